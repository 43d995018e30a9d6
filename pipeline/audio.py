"""16 kHz mono audio: the one format every stage after download reads."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import soundfile

from pipeline.artifacts import PipelineError

SAMPLE_RATE = 16000
SILENCE_PEAK = 1e-3  # about -60 dBFS: below this nothing audible was recorded
LISTENING_BIT_RATE = 32_000  # Opus speech at 32 kbit/s: clear, and ~30 MB for two hours
OPUS_RATE = 48000  # the rate Opus decodes at; encoding at it avoids a resample in every browser
OPUS_EFFORT = 5  # libopus complexity 0-10; 5 took 6.0 s for the demo day where 10 took 8.8 s
SOURCE_TAG = "LOKAKARYA_AUDIO_SHA256"  # which audio.wav a listening copy was made from


def decode_to_wav(media: Path, target: Path) -> float:
    """Decode any audio or video file into a 16 kHz mono 16-bit WAV at target, frame by frame
    (PyAV, no ffmpeg binary, memory independent of length); return its duration in seconds.

    Refuses a file without audio, an empty one and a silent one.
    """
    import av

    resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
    samples, peak = 0, 0
    try:
        with av.open(str(media), metadata_errors="ignore") as container, \
                soundfile.SoundFile(target, "w", SAMPLE_RATE, 1, "PCM_16", format="WAV") as out:
            if not container.streams.audio:
                raise PipelineError(f"{media}: has no audio stream")
            # None at the end flushes the resampler.
            for frame in itertools.chain(container.decode(audio=0), [None]):
                for chunk in resampler.resample(frame):
                    block = chunk.to_ndarray().reshape(-1)
                    out.write(block)
                    samples += len(block)
                    peak = max(peak, int(np.abs(block.astype(np.int32)).max(initial=0)))
    except (av.error.FFmpegError, ValueError, IndexError) as exc:
        raise PipelineError(f"{media}: not a readable audio or video file ({type(exc).__name__})") from None
    if samples == 0:
        raise PipelineError(f"{media}: contains no audio")
    if peak / 32768 < SILENCE_PEAK:
        raise PipelineError(f"{media}: the recording is silent")
    return samples / SAMPLE_RATE


def plan_pieces(audio: Path, piece_seconds: float) -> list[tuple[int, int]]:
    """Cut the recording into pieces of at most piece_seconds, each cut at the quietest half
    second of the piece's last fifth, reading only those stretches of the file."""
    with soundfile.SoundFile(audio) as handle:
        total, rate = handle.frames, handle.samplerate
        size, hop = int(piece_seconds * rate), rate // 2
        pieces, start = [], 0
        while total - start > size:
            search_from = start + int(0.8 * size)
            handle.seek(search_from)
            stretch = handle.read(start + size - search_from, dtype="float32")
            frames = stretch[: len(stretch) // hop * hop].reshape(-1, hop)
            quietest = int(np.argmin(np.sqrt((frames ** 2).mean(axis=1))))
            cut = search_from + quietest * hop + hop // 2
            pieces.append((start, cut))
            start = cut
        pieces.append((start, total))
    return pieces


def read_piece(audio: Path, piece: tuple[int, int]) -> np.ndarray:
    with soundfile.SoundFile(audio) as handle:
        handle.seek(piece[0])
        return handle.read(piece[1] - piece[0], dtype="float32")


def listening_copy_source(target: Path) -> str | None:
    """The audio.wav hash a listening copy records, or None when there is no readable copy."""
    import av

    try:
        with av.open(str(target)) as container:
            return container.metadata.get(SOURCE_TAG)
    except (av.error.FFmpegError, OSError):
        return None


def encode_listening_copy(wav: Path, target: Path, source_sha256: str) -> None:
    """Opus in WebM, mono, ~32 kbit/s, for the page's player: browsers play it from disk and can
    seek in it (the muxer writes cues).  It records the hash of the audio it was made from."""
    import av

    from pipeline.artifacts import atomic_path

    resampler = av.AudioResampler(format="s16", layout="mono", rate=OPUS_RATE)
    with atomic_path(target) as tmp, av.open(str(wav)) as source, \
            av.open(str(tmp), "w", format="webm") as out:
        out.metadata[SOURCE_TAG] = source_sha256
        stream = out.add_stream("libopus", rate=OPUS_RATE, layout="mono")
        stream.bit_rate = LISTENING_BIT_RATE
        stream.codec_context.options = {"compression_level": str(OPUS_EFFORT), "application": "voip"}
        # None at the end flushes the resampler, then the encoder.
        for frame in itertools.chain(source.decode(audio=0), [None]):
            for chunk in resampler.resample(frame):
                out.mux(stream.encode(chunk))
        out.mux(stream.encode(None))
