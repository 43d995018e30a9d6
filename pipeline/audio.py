"""16 kHz mono audio: the one format every stage after download reads.

A source can hold several audio tracks (an interpreter channel, a second microphone) and several
channels per track; which track and which mix of its channels become audio.wav is decided here
and recorded, so that speech on track 2 or a phase-inverted stereo pair is never called silent.
"""

from __future__ import annotations

import errno
import itertools
import shutil
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np
import soundfile

from pipeline.artifacts import PipelineError
from pipeline.probe import MIN_RECORDING_SECONDS, open_media, probe_media, too_short

SAMPLE_RATE = 16000
# Decoded audio is handed on in blocks of about 4 s, not codec frame by frame (1,024 samples for
# AAC): the per-frame numpy and write calls were half the CPU of normalising a 10-minute AAC file
# (2.0-2.8 s against 1.05-1.24 s in blocks; docs/measurements.md).
DECODE_BLOCK_SAMPLES = 4 * SAMPLE_RATE
SILENCE_PEAK = 1e-3  # about -60 dBFS: below this nothing audible was recorded
LISTENING_BIT_RATE = 32_000  # Opus speech at 32 kbit/s: clear, and ~26 MB for two hours (28 kbit/s came out)
# The listening copy is encoded from the 16 kHz audio as it is: every Opus stream decodes at 48 kHz
# whatever rate it was encoded from (WebM declares 48 kHz either way), and 48 kHz input only made
# the encoder resample and code an empty high band.  33 minutes: 24.4-26.7 s CPU at 48 kHz,
# 19.4-19.7 s at 16 kHz, a 13 % smaller file, waveform SNR 12.3 dB against 11.1 (docs/measurements.md).
OPUS_INPUT_RATE = SAMPLE_RATE
OPUS_EFFORT = 5  # libopus complexity 0-10; 5 took 6.0 s for the demo day where 10 took 8.8 s (48 kHz input)
SOURCE_TAG = "LOKAKARYA_AUDIO_SHA256"  # which audio.wav a listening copy was made from
# A length the source declares counts as a shortfall beyond this much (seconds, fraction).
LENGTH_TOLERANCE_SECONDS, LENGTH_TOLERANCE_FRACTION = 2.0, 0.02
# Track choice: speech is measured on all of each track's first TRACK_SAMPLE_WHOLE_MINUTES (a
# short recording whose speech starts late is measured whole), then on the first
# TRACK_SAMPLE_EVERY seconds of every minute up to TRACK_SAMPLE_MINUTES (bounded cost on a 2-hour
# day: at most 9 minutes of audio per track).
TRACK_SAMPLE_WHOLE_MINUTES, TRACK_SAMPLE_EVERY, TRACK_SAMPLE_MINUTES = 5, 10, 30
# A mix of the channels this much quieter (RMS) than the loudest channel has cancelled out
# (one channel phase-inverted): uncorrelated channels mix at ~0.71, one silent channel at 0.5.
CANCELLED_MIX_RATIO = 0.25
# A long recording is cut into pieces at the quietest CUT_WINDOW_SECONDS of the stretch from
# CUT_SEARCH_FROM of each piece to its end: a quiet place, never far below the piece length.
CUT_SEARCH_FROM, CUT_WINDOW_SECONDS = 0.8, 0.5
FULL_SCALE = 32767 / 32768  # a 16-bit sample at its most, decoded to float: clipped from here


@dataclass(frozen=True)
class DecodedAudio:
    duration: float
    declared_seconds: float | None
    track: int  # among the audio tracks, 0 = first
    tracks: int
    track_choice: str  # why this track
    channels: str  # which channels were mixed
    damage: str | None  # why the end of the media is missing or undecodable, if it is
    clipped_share: float  # of the samples, those at full scale
    dc_offset: float  # the mean sample (full scale 1): a constant level that carries no sound


def shortfall(decoded: float, declared: float | None) -> bool:
    """Whether decoded audio falls short of a declared length by more than the tolerance."""
    if not declared:
        return False
    return decoded < declared - max(LENGTH_TOLERANCE_SECONDS, LENGTH_TOLERANCE_FRACTION * declared)


def _decoded(container, stream, stopped: list[str]) -> Iterator:
    """The stream's frames.  An error after audio has come out ends them and is noted in
    `stopped`: the end of the file is cut or damaged, and what came before is good audio."""
    import av

    frames, produced = container.decode(stream), False
    while True:
        try:
            frame = next(frames)
        except StopIteration:
            return
        except av.error.FFmpegError as exc:
            if not produced:
                raise
            stopped.append(exc.strerror or type(exc).__name__)
            return
        produced = True
        yield frame


def _frames(container, stream, stopped: list[str]) -> Iterator[np.ndarray]:
    """The stream as 16 kHz float32 blocks of shape (samples, channels), each at least
    DECODE_BLOCK_SAMPLES long but the last, flushed at the end."""
    import av

    resampler, pending, count = None, [], 0
    for frame in itertools.chain(_decoded(container, stream, stopped), [None]):
        if resampler is None:
            if frame is None:
                return
            resampler = av.AudioResampler(format="flt", layout=frame.layout, rate=SAMPLE_RATE)
            channels = len(frame.layout.channels)
        for chunk in resampler.resample(frame):
            pending.append(chunk.to_ndarray().reshape(-1, channels))
            count += len(pending[-1])
            if count >= DECODE_BLOCK_SAMPLES:
                yield np.concatenate(pending)
                pending, count = [], 0
    if pending:
        yield np.concatenate(pending)


def _speech_seconds(samples: np.ndarray) -> float:
    from faster_whisper.vad import get_speech_timestamps

    return sum(r["end"] - r["start"] for r in get_speech_timestamps(samples)) / SAMPLE_RATE


def _packets_until_damage(container, streams) -> Iterator:
    import av

    packets = container.demux(*streams)
    while True:
        try:
            yield next(packets)
        except (StopIteration, av.error.FFmpegError):
            return


def _track_with_most_speech(media: BinaryIO | Path, tracks: list[int], total: int) -> tuple[int, str]:
    """Measure speech (Silero VAD) on a sample of each of these audio tracks (of `total`, the
    others are unusable); return the best and why."""
    import av

    count = len(tracks)
    samples: dict[int, list[np.ndarray]] = {index: [] for index in range(count)}
    seen = dict.fromkeys(range(count), 0)
    limit = TRACK_SAMPLE_MINUTES * 60 * SAMPLE_RATE
    with open_media(media) as container:
        streams = [container.streams.audio[track] for track in tracks]
        resamplers = {}
        for packet in _packets_until_damage(container, streams):
            index = streams.index(packet.stream)
            if seen[index] >= limit:
                if all(done >= limit for done in seen.values()):
                    break
                continue
            try:
                frames = packet.decode()
            except av.error.FFmpegError:  # a damaged end: the sample so far is what counts
                seen[index] = limit
                continue
            for frame in frames:
                resampler = resamplers.setdefault(
                    index, av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
                )
                for chunk in resampler.resample(frame):
                    block = chunk.to_ndarray().reshape(-1)
                    # NaN or infinity (a damaged float track) is measured as silence; a chosen
                    # track holding any is refused when it is decoded whole.
                    if not np.isfinite(block).all():
                        block = np.where(np.isfinite(block), block, np.float32(0))
                    at = seen[index] + np.arange(len(block))
                    kept = (at < TRACK_SAMPLE_WHOLE_MINUTES * 60 * SAMPLE_RATE) | (
                        at % (60 * SAMPLE_RATE) < TRACK_SAMPLE_EVERY * SAMPLE_RATE
                    )
                    samples[index].append(block[kept])
                    seen[index] += len(block)
    speech = [_speech_seconds(np.concatenate(samples[i] or [np.zeros(0, np.float32)])) for i in range(count)]
    best = int(np.argmax(speech))
    measured = ", ".join(f"{seconds:.0f} s" for seconds in speech)
    if count == total:
        return tracks[best], f"most speech in a sample of each track ({measured})"
    which = ", ".join(str(track) for track in tracks)
    return tracks[best], f"most speech in a sample of each usable track ({which}: {measured})"


@dataclass(frozen=True)
class _Written:
    samples: int
    sound_peak: float  # the peak with each frame's mean taken off: a constant level is no sound
    total: float  # sum of the samples, for the mean level
    mix_rms: float
    channel_rms: np.ndarray
    stopped: str | None  # why decoding ended before the end of the stream
    clipped: int  # samples at full scale


class _NotNumbers(Exception):
    """Decoded samples that are NaN or infinite, the first at `seconds`."""

    def __init__(self, seconds: float):
        super().__init__(seconds)
        self.seconds = seconds


def _write(media: BinaryIO | Path, track: int, target: Path, channel: int | None) -> _Written:
    """Decode one track into target as 16-bit mono: the mean of its channels, or one channel.
    A sample that is not a number (NaN, infinity: float PCM can hold them, a decoder can make
    them of damaged data) raises _NotNumbers: it has no sound to write, and cast to 16 bits it
    became silence, full scale or a numpy warning."""
    samples, sound_peak, total, clipped = 0, 0.0, 0.0, 0
    mix_energy, channel_energy = 0.0, np.zeros(1)
    stopped: list[str] = []
    with (
        open_media(media) as container,
        soundfile.SoundFile(target, "w", SAMPLE_RATE, 1, "PCM_16", format="WAV") as out,
    ):
        for block in _frames(container, container.streams.audio[track], stopped):
            finite = np.isfinite(block).all(axis=1)
            if not finite.all():
                raise _NotNumbers((samples + int(np.argmin(finite))) / SAMPLE_RATE)
            # Finite float samples far past full scale (1e35) overflow float32 on the way to
            # 16 bits: they clip to full scale, as any sample past it does, without a warning.
            with np.errstate(over="ignore"):
                mono = block.mean(axis=1) if channel is None else block[:, channel]
                out.write(np.clip(np.round(mono * 32767), -32768, 32767).astype(np.int16))
            samples += len(mono)
            clipped += int(np.count_nonzero(np.abs(mono) >= FULL_SCALE))
            if len(mono):
                sound_peak = max(sound_peak, float(np.abs(mono - mono.mean()).max()))
                total += float(mono.astype(np.float64).sum())
            mix_energy += float((mono.astype(np.float64) ** 2).sum())
            channel_energy = channel_energy + (block.astype(np.float64) ** 2).sum(axis=0)
    count = max(samples, 1)
    return _Written(
        samples,
        sound_peak,
        total,
        float(np.sqrt(mix_energy / count)),
        np.sqrt(channel_energy / count),
        stopped[0] if stopped else None,
        clipped,
    )


def decode_to_wav(
    media: BinaryIO | Path, target: Path, name: Path | None = None, track: int | None = None
) -> DecodedAudio:
    """Decode any audio or video file into a 16 kHz mono 16-bit WAV at target, frame by frame
    (PyAV, no ffmpeg binary, memory independent of length).

    The track is `track`, or with several tracks the usable one with the most speech.  Channels
    are averaged unless that mix cancels out, then the loudest channel is taken.  Refuses a file
    without audio, an empty one, a silent one and one holding samples that are not numbers.  A
    file whose end is cut or undecodable gives the audio before it, with the damage named for
    the completeness check.
    """
    import av

    name = name or Path(str(media))
    probe = probe_media(media, name, track)
    usable = [index for index, problem in enumerate(probe.unusable) if problem is None]
    try:
        if track is not None:
            chosen, why = track, "configured (source_track)"
        elif len(usable) > 1:
            chosen, why = _track_with_most_speech(media, usable, probe.tracks)
        elif probe.tracks > 1:
            chosen = usable[0]
            why = (
                "the only usable track ("
                + "; ".join(f"track {index}: {problem}" for index, problem in enumerate(probe.unusable) if problem)
                + ")"
            )
        else:
            chosen, why = 0, "the only track"
        written = _write(media, chosen, target, None)
        mixed, channel_rms = written, written.channel_rms
        channels = "mono" if len(channel_rms) == 1 else f"mean of {len(channel_rms)} channels"
        if len(channel_rms) > 1 and mixed.mix_rms < CANCELLED_MIX_RATIO * channel_rms.max():
            loudest = int(np.argmax(channel_rms))
            written = _write(media, chosen, target, loudest)
            channels = (
                f"channel {loudest + 1} of {len(channel_rms)} (the mix is far quieter: the "
                f"channels cancel out or are silent; mix RMS {mixed.mix_rms:.4f} against "
                f"{channel_rms.max():.4f})"
            )
    except _NotNumbers as exc:
        where = f" of audio track {chosen}" if probe.tracks > 1 else ""
        raise PipelineError(
            f"{name}: damaged: samples that are not numbers (NaN or infinity) from {exc.seconds:.1f} s{where}; "
            f"export the recording again from its original"
        ) from None
    except (av.error.FFmpegError, ValueError, IndexError) as exc:
        raise PipelineError(f"{name}: not a readable audio or video file ({type(exc).__name__})") from None
    except soundfile.SoundFileError as exc:  # libsndfile says only "System error."
        full = shutil.disk_usage(target.parent).free < (1 << 20)
        raise OSError(
            errno.ENOSPC if full else errno.EIO,
            "No space left on device" if full else f"writing the audio failed ({exc})",
        ) from None
    samples = written.samples
    if samples == 0:
        raise PipelineError(f"{name}: contains no audio")
    if samples < MIN_RECORDING_SECONDS * SAMPLE_RATE:
        raise PipelineError(too_short(name, samples / SAMPLE_RATE))
    if written.sound_peak < SILENCE_PEAK:  # zeros, or a constant level (DC) with nothing on it
        which = ""
        if probe.tracks > 1:
            which = f" (audio track {chosen} of {probe.tracks}" + (
                ", chosen by source_track)" if track is not None else ")"
            )
        raise PipelineError(f"{name}: the recording is silent{which}")
    damage = probe.cut or (
        written.stopped
        and f"decoding stopped at {samples / SAMPLE_RATE:.1f} s ({written.stopped}): the end is cut off or damaged"
    )
    return DecodedAudio(
        samples / SAMPLE_RATE,
        probe.declared_seconds,
        chosen,
        probe.tracks,
        why,
        channels,
        damage or None,
        written.clipped / samples,
        written.total / samples,
    )


@contextmanager
def open_wav(audio: Path) -> Iterator[soundfile.SoundFile]:
    """audio.wav for reading; one that is not a WAV (damaged, replaced) is one line saying so."""
    try:
        handle = soundfile.SoundFile(audio)
    except soundfile.SoundFileError as exc:
        problem = str(exc).rsplit(": ", 1)[-1].strip() or type(exc).__name__
        raise PipelineError(f"{audio}: not a readable WAV ({problem}); rerun the 'download' stage") from None
    with handle:
        yield handle


def plan_pieces(audio: Path, piece_seconds: float) -> list[tuple[int, int]]:
    """Cut the recording into pieces of at most piece_seconds, each cut at the quietest
    CUT_WINDOW_SECONDS of the piece's last stretch, reading only those stretches of the file."""
    with open_wav(audio) as handle:
        total, rate = handle.frames, handle.samplerate
        size, hop = int(piece_seconds * rate), int(rate * CUT_WINDOW_SECONDS)
        pieces, start = [], 0
        while total - start > size:
            search_from = start + int(CUT_SEARCH_FROM * size)
            handle.seek(search_from)
            stretch = handle.read(start + size - search_from, dtype="float32")
            frames = stretch[: len(stretch) // hop * hop].reshape(-1, hop)
            quietest = int(np.argmin(np.sqrt((frames**2).mean(axis=1))))
            cut = search_from + quietest * hop + hop // 2
            pieces.append((start, cut))
            start = cut
        pieces.append((start, total))
    return pieces


def read_piece(audio: Path, piece: tuple[int, int]) -> np.ndarray:
    with open_wav(audio) as handle:
        handle.seek(piece[0])
        return handle.read(piece[1] - piece[0], dtype="float32")


def listening_copy_source(target: Path) -> str | None:
    """The audio.wav hash a listening copy records, or None when there is no readable copy."""
    import av

    try:
        if not stat.S_ISREG(target.lstat().st_mode):  # a link, a folder, or a FIFO the open would wait on
            return None
        with av.open(str(target)) as container:
            return container.metadata.get(SOURCE_TAG)
    except (av.error.FFmpegError, OSError):
        return None


def encode_listening_copy(wav: Path, target: Path, source_sha256: str) -> None:
    """Opus in WebM, mono, ~32 kbit/s, for the page's player: browsers play it from disk and can
    seek in it (the muxer writes cues).  It records the hash of the audio it was made from."""
    import av

    from pipeline.files import atomic_path

    with open_wav(wav):  # a damaged audio.wav is named as such, not as a failing encoder
        pass
    resampler = av.AudioResampler(format="s16", layout="mono", rate=OPUS_INPUT_RATE)
    with atomic_path(target) as tmp, av.open(str(wav)) as source, av.open(str(tmp), "w", format="webm") as out:
        out.metadata[SOURCE_TAG] = source_sha256
        stream = out.add_stream("libopus", rate=OPUS_INPUT_RATE, layout="mono")
        stream.bit_rate = LISTENING_BIT_RATE
        stream.codec_context.options = {"compression_level": str(OPUS_EFFORT), "application": "voip"}
        # None at the end flushes the resampler, then the encoder.
        for frame in itertools.chain(source.decode(audio=0), [None]):
            for chunk in resampler.resample(frame):
                out.mux(stream.encode(chunk))
        out.mux(stream.encode(None))
