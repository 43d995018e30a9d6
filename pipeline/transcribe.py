"""Stage 2: Indonesian speech to segments and words with faster-whisper."""

from __future__ import annotations

import itertools
import json
import logging
import os
import queue
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator

from pipeline.artifacts import (
    SPEED_ONLY_OPTIONS,
    Count,
    DayPaths,
    LanguageCode,
    Length,
    Measure,
    PipelineError,
    Provenance,
    Score,
    Seconds,
    Share,
    Spoken,
    Strict,
    Timed,
    parse_artifact,
    parse_record,
    reading,
    require,
    schema_version,
    write_artifact,
    written_before,
)
from pipeline.config import MAX_THREADS, DayConfig, DecodingOptions, TranscribeOptions
from pipeline.media.audio import SAMPLE_RATE, HeldWav, plan_pieces, read_piece
from pipeline.records.files import append_line, read_kept, regular_file_there, write_atomic
from pipeline.system.memory import return_freed_memory
from pipeline.system.models import ResolvedModel, processor, resolve_whisper
from pipeline.text.language import CLITICS, fold

# tokenizers turns Whisper's tokens into the words; onnxruntime runs Silero VAD (in faster-whisper)
PACKAGES = ("faster-whisper", "ctranslate2", "tokenizers", "onnxruntime", "av", "numpy", "rapidfuzz")
log = logging.getLogger("lokakarya")
# Whisper's guess of the language is warned about only when it is this sure: on the bundled
# demo-2 (Indonesian espeak) it guesses 'la' at p=0.54, on real English speech 'en' at p>=0.9.
CONFIDENT_LANGUAGE_GUESS = 0.8
LANGUAGE_CHECK_SECONDS = 60  # the language guess listens to the first minute of the first piece
# A window is decoded in another of the day's languages (TranscribeOptions.switch_languages) only
# where Whisper gives that language at least this probability: windows of real English speech had
# 0.94-1.0, the tuning days' Indonesian windows 0.25 at most and their utterances heard alone (a
# window holding only a few seconds) up to 0.69; midway (docs/measurements.md, "Windows in
# another language").
SWITCH_PROBABILITY = 0.8
SKIPPED_SPEECH_SECONDS = 3.0  # speech with no word this long is decoded again (shorter: the language guess is unsure)
WORD_MARGIN_SECONDS = 0.5  # around a word heard: Silero pads its speech 0.4 s
# A window decoded again keeps its words only above Whisper's own mark of a failed decoding (its
# log_prob_threshold, -1.0), and where it does not loop (loop_compression_ratio): the speech was
# left out once, and a noisy stretch decoded alone can come back as "Yakin. Yakin. Yakin."
FAILED_LOGPROB = -1.0
# A window whose guess for another of the day's languages is between these may hold both: each of
# its segments of CHECKED_SEGMENT_SECONDS or more is guessed again alone.  The 20 bundled days'
# windows had 0.36 at most but for two short last windows (0.63, 0.71); real English windows 0.94
# to 1.0, windows holding both 0.42-0.84 (docs/measurements.md, "Windows in another language").
MIXED_PROBABILITY = 0.4
SURE_PROBABILITY = 0.97
# Such a segment this long or longer is guessed alone: real English prompts of 0.6-25 s had P(en)
# 0.8 or more 76 times in 80, Indonesian utterances of the tuning days (0.9 s and longer) 0.69 at most.
CHECKED_SEGMENT_SECONDS = 1.0
# Punctuation Whisper writes at the end of a word: a sentence end always ends a segment, a clause
# end is the preferred place to cut one that grew too long (captions break at the same marks).
SENTENCE_END = (".", "?", "!", "…")
TRANSCRIPT_SLACK_SECONDS = 1.0  # rounding, a codec's last frame: times may pass the audio's end this much
SPEECH_DURATION_SLACK_SECONDS = 0.01  # speech_duration is its segments' total rounded to 1 ms
CLAUSE_END = (",", ";", ":")
# A repetition loop (repetition_loops): LOOP_TURNS turns or more of a phrase of LOOP_PHRASE_WORDS
# to LOOP_PHRASE_WORDS_MOST words (a longer one is a sentence, and the bound keeps the search
# short), each word of a turn LOOP_LETTERS_OFF letters off a turn's before it at most.  Chosen on
# the tuning days' ASR and true text (docs/measurements.md, "A loop the decoding keeps, its phrase
# counted once").
LOOP_TURNS = 3
LOOP_PHRASE_WORDS = 3
LOOP_PHRASE_WORDS_MOST = 8
LOOP_LETTERS_OFF = 2


# A word Whisper heard under this probability is marked for checking against the recording, in
# every place that shows the talk's words: the page, the captions and transcript.txt.
LOW_CONFIDENCE = 0.5


class Word(Timed):
    start: Seconds
    end: Seconds
    word: Spoken
    probability: Share


class Segment(Timed):
    id: Count
    start: Seconds
    end: Seconds
    language: LanguageCode  # decoded in: the day's, or one it switched to
    text: Spoken
    avg_logprob: Score
    no_speech_prob: Share
    compression_ratio: Measure
    words: list[Word]


class TranscribeProvenance(Provenance):
    """The transcription's provenance, with facts of its run: the threads it decoded on, measured to
    decide how fast the words came and not which (the demo's 249 s on one thread and on two: every
    word, time and probability the same; the one 20 s piece that once seemed to say otherwise had
    numpy's thread count in its features, now fixed: docs/measurements.md, "The counterexample
    explained"), and the processor, which may decide which (docs/compare.md).  findings_sha256
    leaves the provenance out, so neither is a finding."""

    cpu_threads: int | None = Field(
        None,
        ge=0,
        le=MAX_THREADS,
        description="the threads it decoded on, the config's transcribe.cpu_threads (0: CTranslate2's own choice): "
        "how fast the words came, not which (docs/measurements.md); "
        "null in a transcript before 1.4.0, whose options.cpu_threads held it",
    )
    cpu: str | None = Field(
        None,
        description="the processor it decoded on, its model name and widest vector instructions (avx512f, avx2), "
        "which choose CTranslate2's kernels: the same audio, model and packages may give other words on another "
        "CPU; null in a transcript before 1.4.0",
    )


class Transcript(Strict):
    # 1.4.0: the thread count is the run's (provenance.cpu_threads), no option among the findings; the
    # processor it ran on (provenance.cpu)
    schema_version: str = schema_version("1.4.0")
    language: str
    detected_language: str
    detected_language_probability: Share
    duration: Length
    speech_duration: Seconds
    pieces: Count
    prompt: str | None
    options: DecodingOptions
    segments: list[Segment]  # cut from the words (resegment): at pauses, sentence ends, a length limit
    warnings: list[str]
    provenance: TranscribeProvenance

    @field_validator("options", mode="before")
    @classmethod
    def _speed_was_an_option(cls, options: object, info: ValidationInfo) -> object:
        """A transcript before 1.4.0 echoed its run's thread count among its options: read, they are
        its decoding's alone (its provenance's cpu_threads is null; the file keeps the count).  Not
        moved there: a validator of the whole record would read its JSON as Python objects, whose
        strict reading refuses every time written as text."""
        version = info.data.get("schema_version")
        if not isinstance(options, dict) or not isinstance(version, str) or not written_before(version, "1.4.0"):
            return options
        return {name: value for name, value in options.items() if name not in SPEED_ONLY_OPTIONS}

    def word_count(self) -> int:
        return sum(len(segment.words) for segment in self.segments)

    def probabilities(self) -> list[float]:
        """Each word's probability, in the words' order: speakers.json's words are in the same order,
        so a word's index is the same in both."""
        return [word.probability for segment in self.segments for word in segment.words]

    def unsure(self) -> list[bool]:
        """Whether each word (in the words' order) is heard under LOW_CONFIDENCE."""
        return [probability < LOW_CONFIDENCE for probability in self.probabilities()]

    def speech_by_language(self) -> dict[str, float]:
        """Seconds of speech decoded in each language, the day's first."""
        seconds = {self.language: 0.0}
        for segment in self.segments:
            seconds[segment.language] = seconds.get(segment.language, 0.0) + segment.end - segment.start
        return {language: round(value, 3) for language, value in seconds.items()}

    @model_validator(mode="after")
    def _parts_agree(self, info: ValidationInfo) -> Transcript:
        """Checked on reading (a hand edit can break it): segments numbered once each, in time
        order, inside the recording, each word inside its segment, no more speech than audio.
        The stage writes no transcript without a segment (a recording it hears no speech in is
        refused) nor a segment without a word (segments are cut from the words), and its
        speech_duration is its segments' total: a transcript emptied by hand over a talk is told
        by these, not taken for a silent day that every later stage then builds on.  A file with
        several faults is refused naming the first in the file's order, and how many more: the
        same fault whichever the checks would meet first (a segment id given twice had been named
        before a fault of an earlier segment)."""
        if not reading(info):
            return self
        if not self.segments:
            raise ValueError(
                f"segments: none, over {self.duration:g} s of audio; the transcribe stage writes no transcript "
                "without speech (emptied by hand?)"
            )
        if faults := self._faults():
            raise ValueError(faults[0] + (f" (and {len(faults) - 1} more fault(s))" if len(faults) > 1 else ""))
        return self

    def _faults(self) -> list[str]:
        """What does not agree, in the order of the file: speech_duration against the audio, then
        each segment's own faults, then speech_duration against the segments' total, which any
        segment's times change (so that an edited segment is named, not the total it moved)."""
        slack = TRANSCRIPT_SLACK_SECONDS
        faults = []
        if self.speech_duration > self.duration + slack:
            faults.append(f"speech_duration {self.speech_duration:g} s is more than the {self.duration:g} s of audio")
        numbered: dict[int, int] = {}
        for number, segment in enumerate(self.segments):
            where = f"segments: segment {number}"
            if (before := numbered.setdefault(segment.id, number)) != number:
                faults.append(f"{where}'s id {segment.id} is given twice (segment {before} has it)")
            if number and segment.start < self.segments[number - 1].start:
                faults.append(f"{where} starts before the one ahead of it (not in time order)")
            if segment.end > self.duration + slack:
                faults.append(f"{where} ends at {segment.end:g} s, after the audio's end")
            if any(w.start < segment.start - slack or w.end > segment.end + slack for w in segment.words):
                faults.append(f"{where} holds a word outside its own time")
            if not segment.words:
                faults.append(f"{where} holds no word (the stage cuts segments from the words)")
        spoken = sum(segment.end - segment.start for segment in self.segments)
        if abs(self.speech_duration - spoken) > SPEECH_DURATION_SLACK_SECONDS:
            faults.append(
                f"speech_duration is {self.speech_duration:g} s, but its segments last {spoken:.2f} s (edited by hand?)"
            )
        return faults


def decoding_hints(config: DayConfig) -> str | None:
    """Names and terms Whisper should spell right, as the initial prompt (first window only).

    Opt-in (`transcribe.use_hints`): see TranscribeOptions for what it did on the demo day.
    """
    if not config.transcribe.use_hints:
        return None
    terms = config.speaker_names() + [entry.term for entry in config.glossary]
    return ", ".join(dict.fromkeys(terms)) or None


def decoding_options(options: TranscribeOptions) -> DecodingOptions:
    """The config's options that decide the words: those a transcript records, and a checkpoint resumes by."""
    return DecodingOptions.model_validate(options.model_dump(exclude=set(SPEED_ONLY_OPTIONS)))


def decoding_workers(options: TranscribeOptions, pieces_left: int) -> int:
    """How many pieces are decoded at once, each on cpu_threads // workers threads.

    Sequential decoding keeps only about 1.7 of two cores busy (beam search on one window is
    too small to share well), and a piece's words do not depend on the thread count: two 300 s
    pieces decoded at once on one thread each gave the same segments as one after the other on
    two threads, in 0.80x the wall time and 0.90x the CPU (docs/measurements.md).  Batched
    decoding already fills the cores, and holds 8 windows per piece: one piece at a time.
    """
    if options.batch_size or options.cpu_threads < 2:
        return 1
    return max(1, min(options.cpu_threads, pieces_left))


def load_model(resolved: ResolvedModel, options: TranscribeOptions, workers: int = 1):
    """The model, with `workers` replicas that decode at once from as many threads."""
    local = resolved.source != "hub"
    if local:
        # A local model must never fall back to a 25 s hub timeout (docs/measurements.md).  The hub library
        # reads HF_HUB_OFFLINE once, when first imported, so it is set before the import; where
        # another stage imported it already, local_files_only still keeps the load offline.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from faster_whisper import WhisperModel

    from pipeline.media.whisper_features import BlockwiseFeatureExtractor

    try:
        model = WhisperModel(
            resolved.location,
            device=options.device,
            compute_type=options.compute_type,
            cpu_threads=options.cpu_threads // workers,
            num_workers=workers,
            local_files_only=local,
        )
    except Exception as exc:  # the hub, ctranslate2 and tokenizers raise many kinds
        hint = (
            "no installed model package or local directory by that name, and the hub is not reachable"
            if resolved.source == "hub"
            else "the directory does not hold a loadable faster-whisper model"
        )
        cause = " ".join(str(exc).split())[:200]
        raise PipelineError(f"model '{resolved.location}': {hint} ({type(exc).__name__}: {cause})") from None
    model.feature_extractor = BlockwiseFeatureExtractor(**model.feat_kwargs)
    return model


def _cut_before(group: list[Word], max_seconds: float) -> int:
    """Where to cut a group of words that grew too long: after a clause end if there is one,
    else at the longest pause, in the group's later half (no stub segments) where possible."""
    half = group[0].start + max_seconds / 2
    candidates = [i for i in range(1, len(group)) if group[i - 1].end >= half] or list(range(1, len(group)))
    return max(
        candidates,
        key=lambda i: (group[i - 1].word.rstrip().endswith(CLAUSE_END), group[i].start - group[i - 1].end, i),
    )


def word_groups(words: list[Word], pause_seconds: float, max_seconds: float) -> list[list[Word]]:
    """The words in runs that end at a pause of pause_seconds, after a sentence end, or before
    the run would last longer than max_seconds."""
    groups = [[words[0]]]
    for previous, word in itertools.pairwise(words):
        if word.start - previous.end >= pause_seconds or previous.word.rstrip().endswith(SENTENCE_END):
            groups.append([word])
            continue
        current = groups[-1]
        current.append(word)
        if word.end - current[0].start > max_seconds and len(current) > 1:
            cut = _cut_before(current, max_seconds)
            groups[-1:] = [current[:cut], current[cut:]]
    return groups


def resegment(segment: Segment, options: TranscribeOptions) -> list[Segment]:
    """One decoding window's words as readable segments, each with its own words, timing and
    text.  Batched decoding returns one segment per ~30 s chunk, sequential several per 30 s
    window: both end up cut the same way.  The decoder's scores (avg_logprob, no_speech_prob,
    compression_ratio) belong to the window and are kept on each part."""
    if not segment.words:
        return [segment]
    return [
        segment.model_copy(
            update={
                "start": group[0].start,
                "end": group[-1].end,
                "words": group,
                "text": "".join(w.word for w in group).strip(),
            }
        )
        for group in word_groups(segment.words, options.segment_pause_seconds, options.segment_max_seconds)
    ]


def transcribe_piece(
    model, samples: np.ndarray, offset: float, language: str, options: TranscribeOptions, prompt: str | None
) -> Iterator[Segment]:
    """Lazily decode one piece into segments cut from the words (resegment); times are shifted
    to the whole recording's clock."""
    common = dict(
        language=language,
        beam_size=options.beam_size,
        word_timestamps=True,
        vad_filter=True,
        initial_prompt=prompt,
        # Deterministic decoding; conditioning on previous text is off because it was the one
        # guard that stopped repetition loops here (docs/measurements.md).
        temperature=0.0,
        condition_on_previous_text=options.condition_on_previous_text,
        no_repeat_ngram_size=options.no_repeat_ngram_size,
    )
    heard: list[tuple[float, float]] = []
    for language, unsure, window in _windows(model, samples, options, common):
        parts = [(0.0, language, window)]
        limit = options.loop_compression_ratio
        if limit is not None and window[0].compression_ratio > limit:
            parts = _decoded_alone(model, samples, window, options, common) or parts
        for shift, part_language, part in parts:
            for cut in resegment(_segment(part, offset + shift, part_language), options):
                for segment in _in_its_language(model, samples, offset, cut, options, common) if unsure else [cut]:
                    heard += [(word.start - offset, word.end - offset) for word in segment.words]
                    yield segment
    yield from _left_out(model, samples, offset, heard, options, common)


def _in_its_language(
    model, samples: np.ndarray, offset: float, segment: Segment, options: TranscribeOptions, common: dict
) -> list[Segment]:
    """A segment of a window that may hold both languages (its guess unsure), decoded again alone
    where its own guess says the other language: a guest's English after the host's Indonesian
    in one window was decoded in Indonesian and came out invented ("Tolong mencari lagi" for
    "please try again") or translated.  A segment under CHECKED_SEGMENT_SECONDS is left as it is."""
    if segment.end - segment.start < CHECKED_SEGMENT_SECONDS:
        return [segment]
    clip = _clip(samples, segment.start - offset, segment.end - offset)
    other = model.model.other_probability(model.detect_language(clip, vad_filter=False)[2])
    decoded_in_other = segment.language != common["language"]
    if (decoded_in_other and other >= MIXED_PROBABILITY) or (not decoded_in_other and other < SWITCH_PROBABILITY):
        return [segment]  # its own guess agrees, or is not sure enough to decode it again
    again = _decoded_again(model, clip, segment.start, options, common)
    return again or [segment]


def _left_out(
    model,
    samples: np.ndarray,
    offset: float,
    heard: list[tuple[float, float]],
    options: TranscribeOptions,
    common: dict,
) -> Iterator[Segment]:
    """Speech the decoder wrote no word for, decoded again alone (and in its own language, where
    the day switches languages): a window that opens in Indonesian and goes on in English was
    decoded in Indonesian and its 12.9 s of English left out whole; one mostly English left out
    the 8 s of Indonesian in it; and on the twenty bundled days Whisper left out four stretches of
    Indonesian, 3.3-21.9 s (docs/measurements.md, "Windows in another language")."""
    for start, end in _unheard_speech(samples, heard):
        again = _decoded_again(model, _clip(samples, start, end), offset + start, options, common)
        log.info(f"{end - start:.1f} s of speech at {offset + start:.1f} s with no word heard: {len(again)} segment(s)")
        yield from again


def _decoded_again(model, clip: np.ndarray, start: float, options: TranscribeOptions, common: dict) -> list[Segment]:
    """A clip decoded as one of its own (each window in the language it is sure of, or the
    day's), starting at `start` on the recording's clock; a window Whisper marks as failed or that
    loops gives nothing."""
    loops = options.loop_compression_ratio or float("inf")
    return [
        segment
        for language, _, window in _windows(model, clip, options, common)
        if window[0].avg_logprob >= FAILED_LOGPROB and window[0].compression_ratio <= loops
        for segment in resegment(_segment(window, start, language), options)
    ]


def _clip(samples: np.ndarray, start: float, end: float) -> np.ndarray:
    """The samples from `start` to `end`, seconds into them."""
    return samples[int(start * SAMPLE_RATE) : int(end * SAMPLE_RATE)]


def _unheard_speech(samples: np.ndarray, heard: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Stretches of at least SKIPPED_SPEECH_SECONDS of speech (Silero VAD, as the decoder's own
    filter finds it) that hold no word heard (each word's time widened by WORD_MARGIN_SECONDS)."""
    from faster_whisper.vad import get_speech_timestamps

    covered = sorted((start - WORD_MARGIN_SECONDS, end + WORD_MARGIN_SECONDS) for start, end in heard)
    unheard = []
    for region in get_speech_timestamps(samples):
        at, region_end = region["start"] / SAMPLE_RATE, region["end"] / SAMPLE_RATE
        for start, end in covered:
            if start >= region_end:
                break
            if start - at >= SKIPPED_SPEECH_SECONDS:
                unheard.append((at, start))
            at = max(at, end)
        if region_end - at >= SKIPPED_SPEECH_SECONDS:
            unheard.append((at, region_end))
    return unheard


class WindowLanguage:
    """The decoder's engine with its guess of each window's language narrowed to the day's
    language and its switch_languages: another only where Whisper gives it at least
    SWITCH_PROBABILITY (its free guess took the Indonesian espeak voices for Latin, Thai or
    English).  faster-whisper asks the engine before decoding each window when told `multilingual`;
    the language chosen is kept per thread, where that window's segments are read next."""

    def __init__(self, engine, language: str, others: list[str]) -> None:
        self.engine = engine
        self.language = language
        self.others = [other for other in others if other != language]
        self._chosen = threading.local()

    def __getattr__(self, name: str):
        return getattr(self.engine, name)

    def detect_language(self, features, *args, **kwargs) -> list[list[tuple[str, float]]]:
        return [self._choose(guesses) for guesses in self.engine.detect_language(features, *args, **kwargs)]

    def _choose(self, guesses: list[tuple[str, float]]) -> list[tuple[str, float]]:
        probability = {token[2:-2]: value for token, value in guesses}  # "<|en|>" -> "en"
        likeliest, sureness = self._likeliest_other(probability)
        chosen = likeliest if sureness >= SWITCH_PROBABILITY else self.language
        self._chosen.language = chosen
        self._chosen.unsure = MIXED_PROBABILITY <= sureness < SURE_PROBABILITY
        token = f"<|{chosen}|>"
        return [(token, probability.get(chosen, 0.0)), *(guess for guess in guesses if guess[0] != token)]

    def _likeliest_other(self, probability: dict[str, float]) -> tuple[str, float]:
        """The other language Whisper finds likeliest, and how likely."""
        likeliest = max(self.others, key=lambda other: probability.get(other, 0.0))
        return likeliest, probability.get(likeliest, 0.0)

    @property
    def chosen(self) -> str:
        """The language of the window this thread decodes now."""
        return getattr(self._chosen, "language", self.language)

    @property
    def unsure(self) -> bool:
        """Whether that window may hold both languages: its guess between MIXED_PROBABILITY and
        SURE_PROBABILITY."""
        return getattr(self._chosen, "unsure", False)

    def other_probability(self, guesses: list[tuple[str, float]]) -> float:
        """The probability Whisper gives the likeliest of the other languages, in a guess as
        faster-whisper's detect_language returns it ((language, probability), ...)."""
        return self._likeliest_other(dict(guesses))[1]


def switching_languages(model, language: str, options: TranscribeOptions) -> WindowLanguage | None:
    """Let the model decode a window in another of the day's languages (sequential decoding only:
    TranscribeOptions says why); the returned chooser's `engine` is the model's own again."""
    chooser = WindowLanguage(model.model, language, options.switch_languages)
    if not chooser.others or options.batch_size or not model.model.is_multilingual:
        return None
    model.model = chooser
    return chooser


def _windows(model, samples: np.ndarray, options: TranscribeOptions, common: dict) -> Iterator[tuple[str, bool, list]]:
    """Whisper's segments grouped by decoding window (seek is the window's start), with the
    language the window was decoded in and whether it may hold another of the day's languages
    too: one window's segments share its scores."""
    from faster_whisper import BatchedInferencePipeline

    chooser = model.model if isinstance(model.model, WindowLanguage) else None
    if options.batch_size:
        segments, _ = BatchedInferencePipeline(model).transcribe(samples, batch_size=options.batch_size, **common)
    else:
        segments, _ = model.transcribe(
            samples,
            hallucination_silence_threshold=options.hallucination_silence_threshold,
            multilingual=chooser is not None,
            **common,
        )
    # A window's language is the choice made just before its first segment arrives: a window
    # decoded again alone meanwhile (_decoded_alone) makes choices of its own.
    choices: dict[int, tuple[str, bool]] = {}
    with_choice = (
        (
            choices.setdefault(raw.seek, (chooser.chosen, chooser.unsure) if chooser else (common["language"], False)),
            raw,
        )
        for raw in segments
    )
    for (_, (language, unsure)), window in itertools.groupby(with_choice, key=lambda pair: (pair[1].seek, pair[0])):
        yield language, unsure, [raw for _, raw in window]


def _decoded_alone(model, samples: np.ndarray, window: list, options: TranscribeOptions, common: dict):
    """A window Whisper looped in, decoded again as a clip of just its own time: [(the clip's
    start, its language, its windows)], or None when that loops as much (then the first decoding
    stays)."""
    start = window[0].start
    clip = _clip(samples, start, window[-1].end)
    again = list(_windows(model, clip, options, common)) if len(clip) else []
    if not again or max(w[0].compression_ratio for _, _, w in again) >= window[0].compression_ratio:
        return None
    log.info(f"a repetition loop at {start:.1f} s of this piece decoded again on its own")
    return [(start, language, w) for language, _, w in again]


def _segment(window: list, offset: float, language: str) -> Segment:
    """One decoding window as one segment on the recording's clock, to be cut by resegment.  Its
    words are cut afresh, across Whisper's own segment ends, which split phrases that the compare
    stage matches whole (docs/measurements.md)."""
    first = window[0]
    return Segment(
        id=0,  # numbered once all pieces are joined
        start=round(offset + first.start, 3),
        end=round(offset + window[-1].end, 3),
        language=language,
        text=" ".join(raw.text.strip() for raw in window),
        avg_logprob=first.avg_logprob,
        no_speech_prob=first.no_speech_prob,
        compression_ratio=first.compression_ratio,
        words=[word for raw in window for word in whole_words(raw.words or [], offset)],
    )


def whole_words(pieces: list, offset: float) -> list[Word]:
    """Whisper's words of one segment as a reader sees them: a piece it gives without a space
    before it ("-teman" after "teman", "-Jazair" after "Al") is the end of the word before, so
    that every count of words (summary, tables, captions) counts the same words.  The word is as
    sure as its least sure piece."""
    words: list[Word] = []
    for piece in pieces:
        if not piece.word.strip():
            continue
        if words and not piece.word[:1].isspace():
            before = words[-1]
            words[-1] = before.model_copy(
                update={
                    "end": round(offset + piece.end, 3),
                    "word": before.word + piece.word,
                    "probability": min(before.probability, round(piece.probability, 4)),
                }
            )
            continue
        words.append(
            Word(
                start=round(offset + piece.start, 3),
                end=round(offset + piece.end, 3),
                word=piece.word,
                probability=round(piece.probability, 4),
            )
        )
    return words


@dataclass(frozen=True)
class RepetitionLoop:
    """A phrase Whisper wrote over and over in the place of speech: words `start` to `end` (indices
    into the words looked in), the first turn up to `repeats`, the others after it."""

    start: int
    repeats: int
    end: int
    turns: int


def repetition_loops(words: list[str]) -> list[RepetitionLoop]:
    """The repetition loops in a run of words (Whisper's, as the transcript writes them): LOOP_TURNS
    or more turns of a phrase of LOOP_PHRASE_WORDS words or more, each turn the words of one of the
    turns before it, a word more or less at most, each a letter or two off (_near).  `no_repeat_ngram_size`
    stops only a loop that repeats itself exactly; one that changes a letter a turn ("ruang digita
    litu terlalu besar, ruang digita lalu besar, ruang digita liti terlalu besar, ...") slips past
    it, and past its window's decoding again alone where that loops as well (loop_compression_ratio)."""
    folded = [fold(word) for word in words]
    loops: list[RepetitionLoop] = []
    at = 0
    while at < len(folded):
        ends = _turns(folded, at)
        if len(ends) < LOOP_TURNS:
            at += 1
            continue
        # the loop's own first turn: of the starts inside the turn found first, the one that makes the most turns
        at, ends = max(((start, _turns(folded, start)) for start in range(at, ends[0])), key=lambda t: len(t[1]))
        loops.append(RepetitionLoop(start=at, repeats=ends[0], end=ends[-1], turns=len(ends)))
        at = ends[-1]
    return loops


def _turns(folded: list[str], start: int) -> list[int]:
    """Where each turn of the longest-running loop from `start` ends (the first turn's end alone
    where none runs): of first turns LOOP_PHRASE_WORDS to LOOP_PHRASE_WORDS_MOST words long, the one
    that makes the most turns, and of those the one that runs furthest."""
    runs = (_run(folded, start, length) for length in range(LOOP_PHRASE_WORDS, LOOP_PHRASE_WORDS_MOST + 1))
    return max(runs, key=lambda ends: (len(ends), ends[-1:]))


def _run(folded: list[str], start: int, length: int) -> list[int]:
    """Where each turn ends of a run whose first turn is `length` words from `start`, each turn
    like one of the turns before it (_alike: "ruang digita lalu besar" is 3 letters off "... liti
    terlalu besar" after it, 2 off the first turn's "litu"): of a turn as long as the one before, a
    word shorter and a word longer, the first after which the next turn opens as this one does (a
    loop's turns open alike) or the words end."""
    ends = [start + length] if start + length <= len(folded) else []
    while ends:
        at = ends[-1]
        turns = [folded[begin:end] for begin, end in zip([start, *ends], ends, strict=False)]
        last = len(turns[-1])
        sizes = [size for size in (last, last - 1, last + 1) if at + size <= len(folded)]
        sizes.sort(key=lambda size: not (at + size == len(folded) or _near(folded[at], folded[at + size])))
        end = next((at + size for size in sizes if any(_alike(turn, folded[at : at + size]) for turn in turns)), None)
        if end is None:
            return ends
        ends.append(end)
    return ends


def _alike(before: list[str], turn: list[str]) -> bool:
    """Two turns of a loop: LOOP_PHRASE_WORDS words or more each, word for word near (_near), one
    of them a word longer at most (that word left out where it fits)."""
    if min(len(before), len(turn)) < LOOP_PHRASE_WORDS:
        return False
    if len(before) == len(turn):
        return all(map(_near, before, turn))
    longer, shorter = (before, turn) if len(before) > len(turn) else (turn, before)
    return len(longer) == len(shorter) + 1 and any(
        all(map(_near, longer[:skip] + longer[skip + 1 :], shorter)) for skip in range(len(longer))
    )


@lru_cache(maxsize=1 << 16)
def _near(word: str, other: str) -> bool:
    """The same word or a letter or two off it (LOOP_LETTERS_OFF, at most half the longer's
    letters: "lalu" and "litu", not "ya" and "eh"), a clitic joined to it left out ("besarnya").
    Cached: a talk's loop search asks of the same few word pairs again and again (20,000 words of a
    talk's vocabulary: 6.7 s uncached, 2.0 s cached, load 0.7)."""
    from rapidfuzz.distance import Levenshtein

    if word == other:
        return True
    word, other = (_without_clitic(w) for w in (word, other))
    return Levenshtein.distance(word, other) <= min(LOOP_LETTERS_OFF, max(len(word), len(other)) / 2)


def _without_clitic(word: str) -> str:
    return next((word[: -len(c)] for c in CLITICS if word.endswith(c) and len(word) > len(c) + 2), word)


class _CheckpointHeader(BaseModel):
    audio_sha256: str
    options: str
    pieces: list[tuple[int, int]]


class _CheckpointPiece(BaseModel):
    piece: int = Field(ge=0)
    segments: list[Segment]


def checkpoint_options(decoding: DecodingOptions, prompt: str | None, language: str) -> str:
    """What a checkpoint of pieces is resumed by besides its audio and pieces: what decides the
    words, not the thread count (resumed on any; decoding_workers gives each piece a whole run's
    threads).  One JSON list, each part apart: joined end to end, a prompt and a language that
    spell the same text together (a prompt of "" and none too) had resumed one run's pieces in
    another.  A checkpoint begun before this (fifty-third round) starts afresh once: its header
    is no longer matched."""
    return json.dumps([decoding.model_dump(mode="json"), prompt, language], ensure_ascii=False)


class Checkpoint:
    """transcript.checkpoint.jsonl: a header, then one fsynced line per finished piece.

    A killed transcription resumes after the last whole line; a header that does not match the
    audio, options and pieces of this run starts the file afresh.  A piece's line is read as
    read_artifact reads a transcript (strictly, with its reading checks) and must fit the plan
    (its piece once, its segments in time order inside the piece, no more speech than audio): a
    line that parses but does not (a hand edit, a flipped byte) is damaged, and that piece and
    the ones after it are decoded again, with one warning naming the file and line, where it had
    made a transcript.json the readers refuse.  A torn last line (a kill mid-write) is dropped
    without a word.
    """

    def __init__(self, path: Path, header: _CheckpointHeader) -> None:
        self.path, self.header = path, header
        self.done: dict[int, list[Segment]] = {}
        if regular_file_there(path, "checkpoint"):
            data = read_kept(path, "transcription checkpoint")  # rewritten below from what it holds
            lines = data.splitlines()
            try:
                matches = bool(lines) and _CheckpointHeader.model_validate_json(lines[0]) == header
            except ValueError:  # a foreign or torn header: start afresh
                matches = False
            for number, line in enumerate(lines[1:] if matches else [], start=2):
                try:
                    record = self._piece(line)
                except ValueError as exc:  # a torn or foreign line: keep what was whole before it
                    torn = number == len(lines) and not data.endswith(b"\n")
                    if not torn:
                        log.warning(
                            f"{path}: line {number}: damaged ({' '.join(str(exc).split())[:200]}); "
                            "its piece and those after it are transcribed again"
                        )
                    break
                self.done[record.piece] = record.segments
        # Rewritten without any torn tail, so appends start on a clean line.
        write_atomic(
            path,
            header.model_dump_json()
            + "\n"
            + "".join(self._line(i, segments) for i, segments in sorted(self.done.items())),
        )

    def _piece(self, line: bytes) -> _CheckpointPiece:
        """A piece's line, read as a transcript is read, checked against the plan and the pieces
        read before it; ValueError says what is wrong."""
        try:
            parse_record(line.decode("utf-8"))  # a key given twice, NaN: refused as in a record
        except UnicodeDecodeError:
            raise ValueError("not UTF-8 text") from None
        except RecursionError:
            raise ValueError("nested too deeply") from None
        record = parse_artifact(line, _CheckpointPiece)
        pieces, slack = self.header.pieces, TRANSCRIPT_SLACK_SECONDS
        if record.piece >= len(pieces):
            raise ValueError(f"piece {record.piece} is not one of the plan's {len(pieces)}")
        if record.piece in self.done:
            raise ValueError(f"piece {record.piece} is given twice")
        start, end = (sample / SAMPLE_RATE for sample in pieces[record.piece])
        segments = record.segments
        for number, segment in enumerate(segments):
            where = f"piece {record.piece}, segment {number}"
            if number and segment.start < segments[number - 1].start:
                raise ValueError(f"{where} starts before the one ahead of it (not in time order)")
            if not start - slack <= segment.start <= end + slack or segment.end > end + slack:
                raise ValueError(f"{where} ({segment.start:g}-{segment.end:g} s) is not inside the piece")
            if any(w.start < segment.start - slack or w.end > segment.end + slack for w in segment.words):
                raise ValueError(f"{where} holds a word outside its own time")
        earlier = [self.done[i] for i in sorted(self.done) if i < record.piece and self.done[i]]
        later = [self.done[i] for i in sorted(self.done) if i > record.piece and self.done[i]]
        if segments and (
            (earlier and segments[0].start < earlier[-1][-1].start)
            or (later and segments[-1].start > later[0][0].start)
        ):
            raise ValueError(f"piece {record.piece}'s segments are out of time order with another piece's")
        speech = sum(s.end - s.start for piece in [*self.done.values(), segments] for s in piece)
        if speech > pieces[-1][1] / SAMPLE_RATE + slack:
            raise ValueError(f"{speech:g} s of speech, more than the recording's {pieces[-1][1] / SAMPLE_RATE:g} s")
        return record

    @staticmethod
    def _line(piece: int, segments: list[Segment]) -> str:
        return json.dumps({"piece": piece, "segments": [s.model_dump() for s in segments]}) + "\n"

    def record(self, piece: int, segments: list[Segment]) -> None:
        append_line(self.path, self._line(piece, segments))
        self.done[piece] = segments


def decode_pieces(
    todo: list[int], workers: int, decode: Callable[[int], list[Segment]]
) -> Iterator[tuple[int, list[Segment]]]:
    """(index, segments) of each piece in `todo` as it is done, `workers` pieces at once.

    Daemon threads: an interrupted or failed transcription returns at once instead of waiting
    for the other pieces' decoding (the checkpoint keeps the pieces that were finished), and no
    new piece is begun after a failure.
    """
    waiting: queue.SimpleQueue[int] = queue.SimpleQueue()
    for index in todo:
        waiting.put(index)
    done: queue.SimpleQueue[tuple[int, list[Segment] | None, BaseException | None]] = queue.SimpleQueue()
    failed = threading.Event()

    def work() -> None:
        while not failed.is_set():
            try:
                index = waiting.get_nowait()
            except queue.Empty:
                return
            try:
                done.put((index, decode(index), None))
            except BaseException as exc:  # handed to the caller's thread, which raises it
                failed.set()
                done.put((index, None, exc))

    for number in range(workers):
        threading.Thread(target=work, name=f"transcribe-{number}", daemon=True).start()
    try:
        for _ in todo:
            index, segments, error = done.get()
            if error is not None:
                raise error
            yield index, segments
    finally:
        failed.set()


def language_check(
    model, audio: HeldWav, pieces: list[tuple[int, int]], expected: str
) -> tuple[str, float, str | None]:
    """Whisper's own guess of the language of the first minute of speech, and a warning if it
    is confidently not the configured one (the config is still obeyed)."""
    first = read_piece(audio, (pieces[0][0], min(pieces[0][1], pieces[0][0] + LANGUAGE_CHECK_SECONDS * SAMPLE_RATE)))
    detected, probability, _ = model.detect_language(first, vad_filter=True)
    warning = None
    if detected != expected and probability >= CONFIDENT_LANGUAGE_GUESS:
        warning = (
            f"{audio.path}: the speech sounds like '{detected}' (p={probability:.2f}), "
            f"not the configured language '{expected}'"
        )
    return detected, round(probability, 4), warning


def transcribe(config: DayConfig, paths: DayPaths, progress: bool = True) -> Transcript:
    """Transcribe outputs/<day>/audio.wav into transcript.json, piece by piece, resumable; with
    `progress`, a bar on a terminal's stderr."""
    require(paths.audio)
    with HeldWav(paths.audio) as audio:
        return _transcribe(config, paths, audio, progress)


def _transcribe(config: DayConfig, paths: DayPaths, audio: HeldWav, progress: bool) -> Transcript:
    from tqdm import tqdm

    options = config.transcribe
    resolved = resolve_whisper(options.model, options.model_sha256)
    prompt = decoding_hints(config)
    provenance = TranscribeProvenance.begin(
        "transcribe",
        config.stage_key("transcribe"),
        {"audio": audio.sha256},
        PACKAGES,
        resolved.provenance(options.model),
        cpu_threads=options.cpu_threads,  # how fast, a fact of the run
        cpu=processor(),
    )
    decoding = decoding_options(options)
    pieces = plan_pieces(audio, options.piece_seconds)
    resuming = paths.transcript_checkpoint.exists()
    checkpoint = Checkpoint(
        paths.transcript_checkpoint,
        _CheckpointHeader(
            audio_sha256=provenance.inputs["audio"],
            pieces=pieces,
            options=checkpoint_options(decoding, prompt, config.language),
        ),
    )
    todo = [index for index in range(len(pieces)) if index not in checkpoint.done]
    workers = decoding_workers(options, len(todo))
    try:
        model = load_model(resolved, options, workers)
    except BaseException:  # a model that does not load did no work: no checkpoint of none is left
        if not resuming:
            paths.transcript_checkpoint.unlink(missing_ok=True)
        raise
    chooser = switching_languages(model, config.language, options)
    total = pieces[-1][1] / SAMPLE_RATE
    with tqdm(
        total=round(total, 1), unit="s", desc="transcribe", disable=not (progress and sys.stderr.isatty())
    ) as bar:
        bar.update(round(sum(pieces[index][1] - pieces[index][0] for index in checkpoint.done) / SAMPLE_RATE, 1))
        heard = threading.Lock()

        def decode(index: int) -> list[Segment]:
            start, end = (sample / SAMPLE_RATE for sample in pieces[index])
            found: list[Segment] = []
            for segment in transcribe_piece(
                model, read_piece(audio, pieces[index]), start, config.language, options, prompt
            ):
                with heard:
                    bar.update(max(0.0, round(segment.end - (found[-1].end if found else start), 1)))
                found.append(segment)
            with heard:
                bar.update(max(0.0, round(end - (found[-1].end if found else start), 1)))
            return sorted(found, key=lambda segment: segment.start)  # speech decoded again comes last

        for index, found in decode_pieces(todo, workers, decode):
            checkpoint.record(index, found)
            return_freed_memory()  # the piece's transients: a long day does not pile them up
    segments = [segment for index in range(len(pieces)) for segment in checkpoint.done[index]]
    if not segments:
        paths.transcript_checkpoint.unlink(missing_ok=True)
        raise PipelineError(f"{paths.audio}: no speech found (voice activity detection kept nothing)")
    for number, segment in enumerate(segments):
        segment.id = number
    if chooser:
        model.model = chooser.engine  # the language check guesses freely
    detected, detected_probability, warning = language_check(model, audio, pieces, config.language)
    model = None  # the decoder's memory is freed before it is handed back
    return_freed_memory()
    if warning:
        log.warning(warning)
    transcript = Transcript(
        language=config.language,
        detected_language=detected,
        detected_language_probability=detected_probability,
        duration=round(total, 3),
        speech_duration=round(sum(s.end - s.start for s in segments), 3),
        pieces=len(pieces),
        prompt=prompt,
        options=decoding,
        segments=segments,
        warnings=[warning] if warning else [],
        provenance=provenance.finish(),
    )
    write_artifact(paths.transcript, transcript)
    paths.transcript_checkpoint.unlink(missing_ok=True)
    return transcript
