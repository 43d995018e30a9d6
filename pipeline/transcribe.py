"""Stage 2: Indonesian speech to segments and words with faster-whisper."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterator

from pydantic import BaseModel

from pipeline.artifacts import DayPaths, PipelineError, Provenance, write_artifact
from pipeline.config import DayConfig, TranscribeOptions
from pipeline.models import ResolvedModel, resolve_whisper

PACKAGES = ("faster-whisper", "ctranslate2", "av")


class Word(BaseModel):
    start: float
    end: float
    word: str
    probability: float


class Segment(BaseModel):
    id: int
    start: float
    end: float
    text: str
    avg_logprob: float
    no_speech_prob: float
    compression_ratio: float
    words: list[Word]


class Transcript(BaseModel):
    language: str
    language_probability: float
    duration: float
    speech_duration: float
    prompt: str | None
    options: TranscribeOptions
    segments: list[Segment]
    provenance: Provenance

    def word_count(self) -> int:
        return sum(len(segment.words) for segment in self.segments)


def decoding_hints(config: DayConfig) -> str | None:
    """Names and terms Whisper should spell right, as the initial prompt (first window only).

    Opt-in (`transcribe.use_hints`): see TranscribeOptions for what it did on the demo day.
    """
    if not config.transcribe.use_hints:
        return None
    terms = config.speaker_names() + [entry.term for entry in config.glossary]
    return ", ".join(dict.fromkeys(terms)) or None


def load_model(resolved: ResolvedModel, options: TranscribeOptions):
    from faster_whisper import WhisperModel

    if resolved.source != "hub":
        # A local model must never fall back to a 25 s hub timeout (MODELS.md).
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        return WhisperModel(
            resolved.location,
            device=options.device,
            compute_type=options.compute_type,
            cpu_threads=options.cpu_threads,
        )
    except Exception as exc:  # the hub, ctranslate2 and tokenizers raise many kinds
        hint = (
            "no installed model package or local directory by that name, and the hub is not reachable"
            if resolved.source == "hub"
            else "the directory does not hold a loadable faster-whisper model"
        )
        raise PipelineError(f"model '{resolved.location}': {hint} ({type(exc).__name__})") from None


def transcribe_segments(
    model, audio: Path, language: str, options: TranscribeOptions, prompt: str | None
) -> tuple[Iterator[Segment], object]:
    """Lazily decode the audio; the work happens while the caller iterates."""
    from faster_whisper import BatchedInferencePipeline

    common = dict(
        language=language,
        beam_size=options.beam_size,
        word_timestamps=True,
        vad_filter=True,
        initial_prompt=prompt,
        # Deterministic decoding; conditioning on previous text is off because it was the one
        # guard that stopped repetition loops here (MODELS.md).
        temperature=0.0,
        condition_on_previous_text=options.condition_on_previous_text,
    )
    if options.batch_size:
        segments, info = BatchedInferencePipeline(model).transcribe(
            str(audio), batch_size=options.batch_size, **common
        )
    else:
        segments, info = model.transcribe(str(audio), hallucination_silence_threshold=2.0, **common)

    def convert() -> Iterator[Segment]:
        for index, raw in enumerate(segments):
            yield Segment(
                id=index,
                start=round(raw.start, 3),
                end=round(raw.end, 3),
                text=raw.text.strip(),
                avg_logprob=raw.avg_logprob,
                no_speech_prob=raw.no_speech_prob,
                compression_ratio=raw.compression_ratio,
                words=[
                    # Whisper's own spacing is kept: "Al" + "-Jazair" must join without a space.
                    Word(start=round(w.start, 3), end=round(w.end, 3), word=w.word,
                         probability=round(w.probability, 4))
                    for w in raw.words or []
                    if w.word.strip()
                ],
            )

    return convert(), info


def transcribe(config: DayConfig, paths: DayPaths) -> Transcript:
    """Transcribe outputs/<day>/audio.wav into transcript.json."""
    from tqdm import tqdm

    options = config.transcribe
    resolved = resolve_whisper(options.model)
    prompt = decoding_hints(config)
    provenance = Provenance.begin(
        "transcribe", config.hash, {"audio": paths.audio}, PACKAGES, resolved.provenance()
    )
    model = load_model(resolved, options)
    segments, info = transcribe_segments(model, paths.audio, config.language, options, prompt)
    collected: list[Segment] = []
    with tqdm(total=round(info.duration, 1), unit="s", desc="transcribe",
              disable=not sys.stderr.isatty() or bool(os.environ.get("LOKAKARYA_QUIET"))) as bar:
        for segment in segments:
            collected.append(segment)
            bar.update(round(segment.end - bar.n, 1))
    if not collected:
        raise PipelineError(f"{paths.audio}: no speech found (voice activity detection kept nothing)")
    transcript = Transcript(
        language=info.language,
        language_probability=info.language_probability,
        duration=round(info.duration, 3),
        speech_duration=round(info.duration_after_vad, 3),
        prompt=prompt,
        options=options,
        segments=collected,
        provenance=provenance.finish(),
    )
    write_artifact(paths.transcript, transcript)
    return transcript
