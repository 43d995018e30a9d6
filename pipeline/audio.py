"""16 kHz mono audio: the one format every stage after download reads."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile

from pipeline.artifacts import PipelineError, atomic_path

SAMPLE_RATE = 16000
SILENCE_PEAK = 1e-3  # about -60 dBFS: below this nothing audible was recorded


def decode(path: Path) -> np.ndarray:
    """Decode any audio or video file to 16 kHz mono float32 (PyAV, no ffmpeg binary needed)."""
    import av
    from faster_whisper import decode_audio

    try:
        samples = decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except (av.error.FFmpegError, ValueError, IndexError, StopIteration) as exc:
        raise PipelineError(f"{path}: not a readable audio or video file ({type(exc).__name__})") from None
    if samples.size == 0:
        raise PipelineError(f"{path}: contains no audio")
    if float(np.max(np.abs(samples))) < SILENCE_PEAK:
        raise PipelineError(f"{path}: the recording is silent")
    return samples


def write_wav(path: Path, samples: np.ndarray) -> None:
    with atomic_path(path) as tmp:
        soundfile.write(tmp, samples, SAMPLE_RATE, subtype="PCM_16", format="WAV")


def load_wav(path: Path) -> np.ndarray:
    if not path.is_file():
        raise PipelineError(f"{path}: missing; run the 'download' stage first")
    samples, rate = soundfile.read(path, dtype="float32")
    if rate != SAMPLE_RATE or samples.ndim != 1:
        raise PipelineError(f"{path}: expected 16 kHz mono, found {rate} Hz with shape {samples.shape}")
    return samples
