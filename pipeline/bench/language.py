"""`make bench`, section "languages": English speech in an Indonesian day, decoded as the day's
language only and with the windows Whisper is sure are English decoded in English
(TranscribeOptions.switch_languages; docs/measurements.md, "Windows in another language").

The English is real read speech, the prompts of Debian's one-voice package (fetched as the
speaker-counting section fetches them), split as the days are: the prompts in even places chose
SWITCH_PROBABILITY, those in odd places and the real call score it.  A word is English-like where
wordfreq finds it at least as common in English as in Indonesian, so invented Indonesian ("Teman-
teman mempunyai ...") counts against and English written as said counts for.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from pipeline.artifacts import DayPaths, read_artifact
from pipeline.bench.music import read_mono
from pipeline.config import TranscribeOptions
from pipeline.media.audio import SAMPLE_RATE
from pipeline.transcribe import SWITCH_PROBABILITY, Transcript

CHUNK_SECONDS = 90.0  # a guest's answer: three decoding windows
CHUNKS = 3  # per split


def english_like(text: str) -> tuple[int, int]:
    """(English-like words, words) of a text."""
    from wordfreq import zipf_frequency

    words = [word.strip(".,?!:;\"'()").lower() for word in text.split()]
    words = [word for word in words if word.isalpha()]
    return sum(zipf_frequency(w, "en") >= zipf_frequency(w, "id") for w in words), len(words)


def _chunks(prompts: list[Path]) -> list[np.ndarray]:
    from pipeline.bench.real_voices import joined_prompts

    audio = joined_prompts(prompts)
    size = int(CHUNK_SECONDS * SAMPLE_RATE)
    return [audio[at : at + size] for at in range(0, len(audio) - size + 1, size)][:CHUNKS]


def decoded(clips: dict[str, list[np.ndarray]]) -> dict:
    """Each split's clips decoded with switch_languages [] and ["en"]: English-like words and
    words, and the words decoded in English."""
    from pipeline.system.models import resolve_whisper
    from pipeline.transcribe import load_model, switching_languages, transcribe_piece

    options = TranscribeOptions()
    model = load_model(resolve_whisper(options.model), options)
    result: dict = {}
    for switch in ([], ["en"]):
        chooser = switching_languages(model, "id", options.model_copy(update={"switch_languages": switch}))
        for split, audios in clips.items():
            counts = np.zeros(3, dtype=int)
            for audio in audios:
                for segment in transcribe_piece(model, audio, 0.0, "id", options, None):
                    english, words = english_like(segment.text)
                    counts += (english, words, words if segment.language == "en" else 0)
            key = "switching" if switch else "day's language only"
            result.setdefault(split, {})[key] = {
                "words": int(counts[1]),
                "english_like": round(counts[0] / max(counts[1], 1), 3),
                "decoded_in_english": round(counts[2] / max(counts[1], 1), 3),
            }
        if chooser:
            model.model = chooser.engine
    return result


def labelled_days(outputs: Path, days: dict[str, tuple[str, ...]]) -> dict:
    """The labelled (Indonesian) days as the bench's own runs transcribed them: seconds of speech
    decoded in another language than the day's."""
    result = {}
    for split, names in days.items():
        speech = other = 0.0
        for name in names:
            transcript = read_artifact(DayPaths.for_day(outputs, name).transcript, Transcript, "transcribe")
            by_language = transcript.speech_by_language()
            speech += sum(by_language.values())
            other += sum(seconds for language, seconds in by_language.items() if language != transcript.language)
        result[split] = {"days": len(names), "speech_s": round(speech, 1), "other_language_s": round(other, 1)}
    return result


def languages(outputs: Path, cache: Path, days: dict[str, tuple[str, ...]]) -> dict:
    """The section (the labelled days' runs must be in outputs)."""
    from pipeline.bench.real_voices import fetch_one_voice_prompts, fetch_real_call

    result: dict = {"threshold": SWITCH_PROBABILITY, "labelled_days": labelled_days(outputs, days)}
    prompts = fetch_one_voice_prompts(cache)
    if not prompts:
        return result | {"skipped": "the one-voice prompts could not be fetched"}
    clips = {"tuning": _chunks(prompts[::2]), "scored": _chunks(prompts[1::2])}
    call = fetch_real_call(cache)
    if call is not None:
        clips["scored"].append(read_mono(call / "sample.wav"))
    return result | {"english": decoded(clips)}


def markdown(result: dict) -> list[str]:
    lines = [
        f"## English in an Indonesian day (a window decoded in English where Whisper gives it {result['threshold']})",
        "",
        "| labelled days | days | speech, s | decoded in another language, s |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {split} | {row['days']} | {row['speech_s']} | {row['other_language_s']} |"
        for split, row in result["labelled_days"].items()
    ]
    if "skipped" in result:
        return lines + ["", f"English speech: skipped ({result['skipped']})."]
    lines += ["", "| English speech | decoding | words | English-like | decoded in English |", "|---|---|---|---|---|"]
    lines += [
        f"| {split} | {mode} | {row['words']} | {row['english_like']} | {row['decoded_in_english']} |"
        for split, modes in result["english"].items()
        for mode, row in modes.items()
    ]
    return lines
