"""16 kHz mono audio: the one format every stage after download reads.

A source can hold several audio tracks (an interpreter channel, a second microphone) and several
channels per track; which track and which mix of its channels become audio.wav is decided here
and recorded, so that speech on track 2 or a phase-inverted stereo pair is never called silent,
and music or an interpreter on one channel is not mixed into the speech on the other.
"""

from __future__ import annotations

import errno
import itertools
import shutil
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np
import soundfile

from pipeline.artifacts import PipelineError
from pipeline.media.probe import MIN_RECORDING_SECONDS, open_media, probe_media, too_short
from pipeline.records.files import file_sha256, open_regular

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
# Another track (or channel) is mixed in with the one with most speech where it holds
# SPEAKER_TRACK_SECONDS of speech of its own, and that is most (SPEAKER_TRACK_OWN_SHARE) of its
# speech that the tracks taken do not drown: a speaker of its own (a meeting recorded one track
# or microphone per participant), not an interpreter over the floor or a microphone that the
# mixed track already holds.  Its own speech is where it leads every track taken by
# OWN_SPEECH_LEAD_DB, each one's loudness over OWN_SPEECH_WINDOW_SECONDS against its own level
# (the OWN_LEVEL_PERCENTILE of its speech: a hotter-recorded microphone does not lead everywhere).
# Speaking at the same times is no test: Silero hears one microphone's leak of the other person
# (bleed; 0.1 of it, -20 dB, is speech to it).  Two microphones with bleed 0.1 / 0.3 / 0.5 each
# lead by a median 19-21 / 10-11 / 5-7 dB all through their own person's speech (31 % and 69 % of
# it, the rest under the other); an interpreter leads in 3-10 % of its speech (the floor's pauses)
# and is level with the floor (within 3 dB) in 70-90 %, with or without the floor leaking into it
# at 0.1-0.3; a noisy line feed leads in 0-9 %.  3 dB rather than 6: the lead is the bleed's less
# the speakers' difference, and at bleed 0.5 one 2 dB quieter than the other led by a median 3.7 dB.
SPEAKER_TRACK_SECONDS, SPEAKER_TRACK_OWN_SHARE = 3.0, 0.5
OWN_SPEECH_LEAD_DB, OWN_SPEECH_WINDOW_SECONDS, OWN_LEVEL_PERCENTILE = 3.0, 1.0, 95
# A mix of the channels this much quieter (RMS) than the loudest channel has cancelled out
# (one channel phase-inverted): uncorrelated channels mix at ~0.71, one silent channel at 0.5.
CANCELLED_MIX_RATIO = 0.25
# Channels that correlate this well hold one sound (mono as stereo: 0.99999 after AAC) and are
# averaged at no further cost.  Others (speech on the left and music on the right, a microphone
# and a noisy line feed: 0.66, a floor and its interpreter: 0.08) are chosen by their speech,
# measured as tracks are, where the track has at most CHANNEL_CHOICE_MAX_CHANNELS (7.1 surround):
# the sample of each channel is held in memory and Silero runs on each.
SAME_SOUND_CORRELATION, CHANNEL_CHOICE_MAX_CHANNELS = 0.95, 8
# Two channels whose loudness (RMS of each 32 ms) rises and falls together carry one voice, one
# of them noisier or further off (0.97-0.98 against 0.98 noise of equal level); a floor and its
# interpreter speak at the same times with other rises and falls (about 0).
SAME_VOICE_CORRELATION = 0.8
# Of those, the clearest is taken (its loud moments over its quiet ones: 30 dB for a microphone,
# 5-8 dB for a line feed under noise of the speech's level), the loudest of any as clear within
# CLARITY_MARGIN_DB (a phase-inverted or attenuated copy is no worse, and no better).
CLARITY_MARGIN_DB = 3.0
LOUDNESS_FRAME = 512  # samples: loudness is measured per 32 ms
# A long recording is cut into pieces at the quietest CUT_WINDOW_SECONDS of the stretch from
# CUT_SEARCH_FROM of each piece to its end: a quiet place, never far below the piece length.
CUT_SEARCH_FROM, CUT_WINDOW_SECONDS = 0.8, 0.5
FULL_SCALE = 32767 / 32768  # a 16-bit sample at its most, decoded to float: clipped from here


@dataclass(frozen=True)
class DecodedAudio:
    duration: float
    declared_seconds: float | None
    track: int  # among the audio tracks, 0 = first; of several mixed, the one with most speech
    tracks: int
    track_choice: str  # why this track (and which others were mixed in)
    channels: str  # which channels were mixed
    damage: str | None  # why the end of the media is missing or undecodable, if it is
    clipped_share: float  # of the samples, those at full scale
    dc_offset: float  # the mean sample (full scale 1): a constant level that carries no sound


def shortfall(decoded: float, declared: float | None) -> bool:
    """Whether decoded audio falls short of a declared length by more than the tolerance."""
    if not declared:
        return False
    return decoded < declared - max(LENGTH_TOLERANCE_SECONDS, LENGTH_TOLERANCE_FRACTION * declared)


def _decoded(container, streams: list, stopped: list[str]) -> Iterator[tuple[int, object]]:
    """The streams' frames, each with the index of its stream.  An error after audio has come
    out ends them and is noted in `stopped`: the end of the file is cut or damaged, and what came
    before is good audio."""
    import av

    packets, produced = container.demux(*streams), False
    while True:
        try:
            packet = next(packets)
            frames = packet.decode()  # the last packet of each stream (no data) flushes its decoder
        except StopIteration:
            return
        except av.error.FFmpegError as exc:
            if not produced:
                raise
            stopped.append(exc.strerror or type(exc).__name__)
            return
        for frame in frames:
            produced = True
            yield streams.index(packet.stream), frame


def _frames(container, streams: list, stopped: list[str]) -> Iterator[list[np.ndarray]]:
    """The streams as 16 kHz float32 blocks side by side, one of shape (samples, channels) per
    stream, each at least DECODE_BLOCK_SAMPLES long but the last; at the end a stream that ran
    shorter is padded with silence."""
    import av

    resamplers: list = [None] * len(streams)
    widths = [1] * len(streams)  # channels, known from a stream's first frame
    pending: list[list[np.ndarray]] = [[] for _ in streams]
    held = [0] * len(streams)

    def taken(count: int) -> list[np.ndarray]:
        blocks = []
        for index, parts in enumerate(pending):
            joined = np.concatenate(parts) if parts else np.zeros((0, widths[index]), np.float32)
            if len(joined) < count:
                joined = np.pad(joined, ((0, count - len(joined)), (0, 0)))
            blocks.append(joined[:count])
            pending[index], held[index] = [joined[count:]], len(joined) - count
        return blocks

    def resampled(index: int, frame) -> None:
        if resamplers[index] is None:
            resamplers[index] = av.AudioResampler(format="flt", layout=frame.layout, rate=SAMPLE_RATE)
            widths[index] = len(frame.layout.channels)
        for chunk in resamplers[index].resample(frame):
            pending[index].append(chunk.to_ndarray().reshape(-1, widths[index]))
            held[index] += len(pending[index][-1])

    for index, frame in _decoded(container, streams, stopped):
        resampled(index, frame)
        if min(held) >= DECODE_BLOCK_SAMPLES:
            yield taken(min(held))
    for index, resampler in enumerate(resamplers):
        if resampler is not None:
            resampled(index, None)  # flushed
    if max(held):
        yield taken(max(held))


def _speech(samples: np.ndarray, length: int) -> np.ndarray:
    """Which of `length` samples are speech (Silero VAD), as a mask; past `samples` none is."""
    from faster_whisper.vad import get_speech_timestamps

    mask = np.zeros(length, bool)
    for region in get_speech_timestamps(samples):
        mask[region["start"] : region["end"]] = True
    return mask


def _packets_until_damage(container, streams) -> Iterator:
    import av

    packets = container.demux(*streams)
    while True:
        try:
            yield next(packets)
        except (StopIteration, av.error.FFmpegError):
            return


def _sampled(media: BinaryIO | Path, tracks: list[int], mono: bool) -> list[np.ndarray]:
    """A sample of each of these audio tracks for measuring speech (see TRACK_SAMPLE_MINUTES), of
    shape (samples, channels): each track mixed to one channel, or its channels apart."""
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
                layout = "mono" if mono else frame.layout
                resampler = resamplers.setdefault(
                    index, av.AudioResampler(format="flt", layout=layout, rate=SAMPLE_RATE)
                )
                width = 1 if mono else len(frame.layout.channels)
                for chunk in resampler.resample(frame):
                    block = chunk.to_ndarray().reshape(-1, width)
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
    return [np.concatenate(samples[i]) if samples[i] else np.zeros((0, 1), np.float32) for i in range(count)]


def _frame_loudness(sample: np.ndarray) -> np.ndarray:
    """The RMS of each LOUDNESS_FRAME of each channel of `sample` (samples x channels)."""
    frames, count = len(sample) // LOUDNESS_FRAME, sample.shape[1]
    wide = sample[: frames * LOUDNESS_FRAME].reshape(frames, LOUDNESS_FRAME, count).astype(np.float64)
    return np.sqrt((wide**2).mean(axis=1))


def _with_speakers_of_their_own(masks: list[np.ndarray], loudness: np.ndarray, first: int) -> list[int]:
    """`first`, then every other (most speech first) that holds a speaker of its own to mix with
    it (see SPEAKER_TRACK_SECONDS): its speech mostly where it is louder than all those already
    taken (`loudness`: _frame_loudness of each), each against its own level; not speaking level
    with them (an interpreter, a copy), and not only under them (their voices leaking in)."""
    frames, count = loudness.shape
    speaking = np.stack(
        [mask[: frames * LOUDNESS_FRAME].reshape(frames, LOUDNESS_FRAME).any(axis=1) for mask in masks], 1
    )
    enough = SPEAKER_TRACK_SECONDS * SAMPLE_RATE / LOUDNESS_FRAME  # in frames
    speech = speaking.sum(axis=0)
    others = [index for index in np.argsort(-speech, kind="stable") if index != first and speech[index] >= enough]
    if not others:
        return [first]
    window = round(OWN_SPEECH_WINDOW_SECONDS * SAMPLE_RATE / LOUDNESS_FRAME)
    energy = np.stack([np.convolve(frame**2, np.ones(window) / window, mode="same") for frame in loudness.T], 1)
    level = 10 * np.log10(np.maximum(energy, 1e-12))
    # Each against its own level (one without speech is never compared: any level stands in).
    level -= [
        np.percentile(level[speaking[:, index] if speech[index] else slice(None), index], OWN_LEVEL_PERCENTILE)
        for index in range(count)
    ]
    mixed = [first]
    for index in others:
        lead = level[:, index] - level[:, mixed].max(axis=1)
        own = np.count_nonzero(speaking[:, index] & (lead >= OWN_SPEECH_LEAD_DB))
        level_with = np.count_nonzero(speaking[:, index] & (np.abs(lead) < OWN_SPEECH_LEAD_DB))
        if own >= enough and own >= SPEAKER_TRACK_OWN_SHARE * (own + level_with):
            mixed.append(int(index))
    return mixed


def _tracks_with_speech(media: BinaryIO | Path, tracks: list[int], total: int) -> tuple[list[int], str]:
    """Measure speech (Silero VAD) on a sample of each of these audio tracks (of `total`, the
    others are unusable); return the one with most speech, then any that holds a speaker of its
    own to mix with it, and why."""
    sampled = [sample[:, 0] for sample in _sampled(media, tracks, mono=True)]
    length = max(map(len, sampled))
    masks = [_speech(sample, length) for sample in sampled]
    speech = [np.count_nonzero(mask) / SAMPLE_RATE for mask in masks]
    loudness = _frame_loudness(np.stack([np.pad(sample, (0, length - len(sample))) for sample in sampled], 1))
    mixed = _with_speakers_of_their_own(masks, loudness, int(np.argmax(speech)))
    measured = ", ".join(f"{seconds:.0f} s" for seconds in speech)
    if len(tracks) == total:
        why = f"most speech in a sample of each track ({measured})"
    else:
        which = ", ".join(str(track) for track in tracks)
        why = f"most speech in a sample of each usable track ({which}: {measured})"
    if len(mixed) > 1:
        others = ", ".join(str(tracks[index]) for index in mixed[1:])
        why += f"; mixed with track(s) {others}: most of their speech is where they are the loudest"
        why += " (a speaker per track)"
    return [tracks[index] for index in mixed], why


def _channels_by_speech(sample: np.ndarray) -> tuple[tuple[int, ...], str] | None:
    """Of a track's differing channels (`sample`: samples x channels), those to mix and why: of
    the one with most speech and those carrying its voice (a microphone beside a noisy line feed
    of it), the clearest, with any other that holds a speaker of its own (a microphone per person,
    even one leaking into the other's); a channel without speech (music, noise, a second room) or
    speaking at the same times with another voice (an interpreter over the floor: two languages
    in one transcript) is left out.  None where no channel holds SPEAKER_TRACK_SECONDS of speech:
    there is nothing to choose by."""
    count = sample.shape[1]
    masks = [_speech(np.ascontiguousarray(sample[:, channel]), len(sample)) for channel in range(count)]
    speech = [np.count_nonzero(mask) / SAMPLE_RATE for mask in masks]
    most = int(np.argmax(speech))
    if speech[most] < SPEAKER_TRACK_SECONDS:
        return None
    loudness = _frame_loudness(sample)
    # Speech against what lies under it: the loud moments over the quiet ones, in dB.
    quiet, loud = np.percentile(loudness, [10, 90], axis=0)
    clarity = 20 * np.log10(np.maximum(loud, 1e-6) / np.maximum(quiet, 1e-6))
    with np.errstate(invalid="ignore", divide="ignore"):
        together = np.nan_to_num(np.corrcoef(loudness.T)[most])
    same_voice = [
        channel
        for channel in range(count)
        if speech[channel] >= SPEAKER_TRACK_SECONDS and together[channel] >= SAME_VOICE_CORRELATION
    ]
    clearest = [channel for channel in same_voice if clarity[channel] >= clarity[same_voice].max() - CLARITY_MARGIN_DB]
    first = max(clearest, key=lambda channel: loud[channel])
    taken = _with_speakers_of_their_own(masks, loudness, first)
    left_out: dict[str, list[str]] = {}
    for channel in range(count):
        if channel in taken:
            continue
        if speech[channel] < SPEAKER_TRACK_SECONDS:
            reason = "no speech: music, noise or silence"
        elif channel in same_voice:
            reason = (
                f"the same voice, no clearer: {clarity[channel]:.0f} dB loud over quiet, against {clarity[first]:.0f}"
            )
        else:
            reason = "another voice at the same times: an interpreter?"
        left_out.setdefault(reason, []).append(str(channel + 1))
    measured = ", ".join(f"{seconds:.0f} s" for seconds in speech)
    why = f"speech in a sample of each channel: {measured}"
    if left_out:
        why += "; left out: " + ", ".join(
            f"channel{'s' if len(which) > 1 else ''} {', '.join(which)} ({reason})"
            for reason, which in left_out.items()
        )
    if len(taken) > 1:
        why += "; a speaker of its own on each channel taken"
    return tuple(sorted(taken)), why


@dataclass(frozen=True)
class _Written:
    samples: int
    sound_peak: float  # the peak with each frame's mean taken off: a constant level is no sound
    total: float  # sum of the samples, for the mean level
    mix_rms: list[float]  # per track: of what was taken of it (its channels' mean, or some of them)
    channel_rms: list[np.ndarray]  # per track, per channel
    channel_correlation: list[float]  # per track: the least between two of its channels (1 for mono)
    stopped: str | None  # why decoding ended before the end of the stream
    clipped: int  # samples at full scale


class _NotNumbers(Exception):
    """Decoded samples that are NaN or infinite, the first at `seconds`."""

    def __init__(self, seconds: float):
        super().__init__(seconds)
        self.seconds = seconds


def _write(media: BinaryIO | Path, tracks: list[int], target: Path, channels: list[tuple[int, ...] | None]) -> _Written:
    """Decode these tracks into target as 16-bit mono: of each the mean of its channels, or of
    some of them; several tracks summed, as a mixing desk sums one microphone per speaker.  A
    sample that is not a number (NaN, infinity: float PCM can hold them, a decoder can make them
    of damaged data) raises _NotNumbers: it has no sound to write, and cast to 16 bits it became
    silence, full scale or a numpy warning."""
    samples, sound_peak, total, clipped = 0, 0.0, 0.0, 0
    mix_energy = np.zeros(len(tracks))
    # Per track, the sums of each channel and of each pair's products: their loudness and how
    # alike they are, for a few multiplications per sample.
    channel_sums, channel_products = [np.zeros(1)] * len(tracks), [np.zeros((1, 1))] * len(tracks)
    stopped: list[str] = []
    with (
        open_media(media) as container,
        soundfile.SoundFile(target, "w", SAMPLE_RATE, 1, "PCM_16", format="WAV") as out,
    ):
        streams = [container.streams.audio[track] for track in tracks]
        for blocks in _frames(container, streams, stopped):
            finite = np.all([np.isfinite(block).all(axis=1) for block in blocks], axis=0)
            if not finite.all():
                raise _NotNumbers((samples + int(np.argmin(finite))) / SAMPLE_RATE)
            # Finite float samples far past full scale (1e35) overflow float32 on the way to
            # 16 bits: they clip to full scale, as any sample past it does, without a warning.
            with np.errstate(over="ignore"):
                taken = [
                    block.mean(axis=1) if channel is None else block[:, list(channel)].mean(axis=1)
                    for block, channel in zip(blocks, channels, strict=True)
                ]
                mono = np.sum(taken, axis=0)
                out.write(np.clip(np.round(mono * 32767), -32768, 32767).astype(np.int16))
            samples += len(mono)
            clipped += int(np.count_nonzero(np.abs(mono) >= FULL_SCALE))
            if len(mono):
                sound_peak = max(sound_peak, float(np.abs(mono - mono.mean()).max()))
                total += float(mono.astype(np.float64).sum())
            for index, (block, part) in enumerate(zip(blocks, taken, strict=True)):
                mix_energy[index] += float((part.astype(np.float64) ** 2).sum())
                wide = block.astype(np.float64)
                channel_sums[index] = channel_sums[index] + wide.sum(axis=0)
                channel_products[index] = channel_products[index] + wide.T @ wide
    count = max(samples, 1)
    return _Written(
        samples,
        sound_peak,
        total,
        [float(np.sqrt(energy / count)) for energy in mix_energy],
        [np.sqrt(np.diag(products) / count) for products in channel_products],
        [
            _least_correlation(sums, products, count)
            for sums, products in zip(channel_sums, channel_products, strict=True)
        ],
        stopped[0] if stopped else None,
        clipped,
    )


def _least_correlation(sums: np.ndarray, products: np.ndarray, count: int) -> float:
    """The least correlation between two channels, from their sums and products; a silent or
    constant channel correlates with nothing (0)."""
    covariance = products / count - np.outer(sums, sums) / count**2
    spread = np.sqrt(np.maximum(np.diag(covariance), 0))
    with np.errstate(invalid="ignore", divide="ignore"):
        correlation = np.nan_to_num(covariance / np.outer(spread, spread))
    return float(correlation.min()) if len(sums) > 1 else 1.0


def _channels_taken(channel_rms: np.ndarray, mix_rms: float, channel: tuple[int, ...] | None, why: str | None) -> str:
    """Which channels of a track went into audio.wav, and why, for source.json."""
    count = len(channel_rms)
    if channel is None:
        taken = "mono" if count == 1 else f"mean of {count} channels"
    elif len(channel) == 1:
        taken = f"channel {channel[0] + 1} of {count}"
    else:
        taken = f"mean of channels {', '.join(str(c + 1) for c in channel)} of {count}"
    if why is None and channel is not None:
        why = (
            f"the mix is far quieter: the channels cancel out or are silent; "
            f"mix RMS {mix_rms:.4f} against {channel_rms.max():.4f}"
        )
    return f"{taken} ({why})" if why else taken


def _channels_chosen(
    media: BinaryIO | Path, chosen: list[int], mixed: _Written
) -> tuple[list[tuple[int, ...] | None], list[str | None]]:
    """Of each track decoded as `mixed` (the mean of its channels), the channels to take (None:
    all) and why: by their speech where they differ; without speech to choose by, the loudest
    where their mix cancels out."""
    channels: list[tuple[int, ...] | None] = [None] * len(chosen)
    reasons: list[str | None] = [None] * len(chosen)
    differing = [
        index
        for index, (rms, correlation) in enumerate(zip(mixed.channel_rms, mixed.channel_correlation, strict=True))
        if correlation < SAME_SOUND_CORRELATION and len(rms) <= CHANNEL_CHOICE_MAX_CHANNELS
    ]
    if differing:
        samples = _sampled(media, [chosen[index] for index in differing], mono=False)
        for index, sample in zip(differing, samples, strict=True):
            by_speech = _channels_by_speech(sample)
            if by_speech:
                taken, reasons[index] = by_speech
                channels[index] = None if len(taken) == sample.shape[1] else taken
    for index, rms in enumerate(mixed.channel_rms):
        cancelled = len(rms) > 1 and mixed.mix_rms[index] < CANCELLED_MIX_RATIO * rms.max()
        if reasons[index] is None and cancelled:
            channels[index] = (int(np.argmax(rms)),)
    return channels, reasons


def decode_to_wav(
    media: BinaryIO | Path,
    target: Path,
    name: Path | None = None,
    track: int | None = None,
    source_channel: list[int] | None = None,
) -> DecodedAudio:
    """Decode any audio or video file into a 16 kHz mono 16-bit WAV at target, frame by frame
    (PyAV, no ffmpeg binary, memory independent of length).

    The track is `track`, or with several tracks the usable one with the most speech, with any
    other that holds a speaker of its own mixed in.  Its channels are `source_channel` (1 =
    first; several: their mean), or chosen (_channels_chosen): averaged where they hold one
    sound.  Refuses a file without audio, an empty one, a silent one and one holding samples
    that are not numbers.  A file whose end is cut or undecodable gives the audio before it,
    with the damage named for the completeness check.
    """
    import av

    name = name or Path(str(media))
    probe = probe_media(media, name, track, source_channel)
    usable = [index for index, problem in enumerate(probe.unusable) if problem is None]
    chosen = [track if track is not None else usable[0]]
    try:
        if track is not None:
            why = "configured (source_track)"
        elif len(usable) > 1:
            chosen, why = _tracks_with_speech(media, usable, probe.tracks)
        elif probe.tracks > 1:
            why = (
                "the only usable track ("
                + "; ".join(f"track {index}: {problem}" for index, problem in enumerate(probe.unusable) if problem)
                + ")"
            )
        else:
            why = "the only track"
        if source_channel is not None:  # of the one track: the probe refuses it beside several
            channels: list[tuple[int, ...] | None] = [tuple(sorted(channel - 1 for channel in source_channel))]
            reasons: list[str | None] = ["configured (source_channel)"]
            written = mixed = _write(media, chosen, target, channels)
        else:
            written = mixed = _write(media, chosen, target, [None] * len(chosen))
            channels, reasons = _channels_chosen(media, chosen, mixed)
            if channels != [None] * len(chosen):
                written = _write(media, chosen, target, channels)
    except _NotNumbers as exc:
        where = f" of audio track {', '.join(map(str, chosen))}" if probe.tracks > 1 else ""
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
        which = []
        if probe.tracks > 1:
            which.append(
                f"audio track {', '.join(map(str, chosen))} of {probe.tracks}"
                + (", chosen by source_track" if track is not None else "")
            )
        if source_channel is not None:
            numbers = ", ".join(map(str, sorted(source_channel)))
            which.append(
                f"channel{'s' if len(source_channel) > 1 else ''} {numbers} of {len(mixed.channel_rms[0])}, "
                "chosen by source_channel"
            )
        raise PipelineError(f"{name}: the recording is silent" + (f" ({'; '.join(which)})" if which else ""))
    damage = probe.cut or (
        written.stopped
        and f"decoding stopped at {samples / SAMPLE_RATE:.1f} s ({written.stopped}): the end is cut off or damaged"
    )
    taken = [
        _channels_taken(rms, mix, channel, why)
        for rms, mix, channel, why in zip(mixed.channel_rms, mixed.mix_rms, channels, reasons, strict=True)
    ]
    return DecodedAudio(
        samples / SAMPLE_RATE,
        probe.declared_seconds,
        chosen[0],
        probe.tracks,
        why,
        taken[0] if len(chosen) == 1 else "; ".join(f"track {t}: {d}" for t, d in zip(chosen, taken, strict=True)),
        damage or None,
        written.clipped / samples,
        written.total / samples,
    )


class HeldWav:
    """audio.wav opened once, for a stage that reads it piece by piece for minutes (the
    transcription, the voice analysis): every piece comes from the bytes its record's sha256 is
    of, whatever becomes of the path meanwhile.  Opened anew for each piece, an audio.wav replaced
    by a shorter recording during a transcription had failed as 'internal error: LibsndfileError:
    Internal psf_fseek() failed' and a segmentation fault, and a longer one gave a transcript of
    two recordings, recorded as made from the first.  Its readers take turns: the decoding and
    embedding threads share the one handle."""

    def __init__(self, path: Path):
        self.path = path
        try:  # never waits on a FIFO put there since it was checked
            self._file = open_regular(path, "recording")
        except OSError as exc:
            raise PipelineError(f"{path}: cannot be read: {exc.strerror or exc}; rerun the 'download' stage") from None
        try:
            self.sha256 = file_sha256(self._file)
        except OSError as exc:  # a failing disk: the file is not left open
            self._file.close()
            raise PipelineError(f"{path}: cannot be read: {exc.strerror or exc}") from None
        self._turn = threading.Lock()

    def __enter__(self) -> HeldWav:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._file.close()


@contextmanager
def open_wav(audio: Path | HeldWav) -> Iterator[soundfile.SoundFile]:
    """audio.wav for reading (a HeldWav's own bytes, one reader at a time); one that is not a WAV
    (damaged, replaced) is one line saying so."""
    if isinstance(audio, HeldWav):
        with audio._turn:
            audio._file.seek(0)
            with _wav_of(audio.path, audio._file) as handle:
                yield handle
    else:
        with _wav_of(audio, audio) as handle:
            yield handle


@contextmanager
def _wav_of(audio: Path, source: Path | BinaryIO) -> Iterator[soundfile.SoundFile]:
    try:
        handle = soundfile.SoundFile(source)
    except soundfile.SoundFileError as exc:
        problem = str(exc).rsplit(": ", 1)[-1].strip() or type(exc).__name__
        raise PipelineError(f"{audio}: not a readable WAV ({problem}); rerun the 'download' stage") from None
    with handle:
        yield handle


RECORDED_DURATION_SLACK = 0.001  # a record's duration is audio.wav's rounded to 1 ms


def recorded_length_differs(duration: float, audio: Path) -> str | None:
    """How a record's `duration` (source.json's, transcript.json's) is not audio.wav's length (its
    header's frames at its rate), in a phrase; None where it is that length."""
    with open_wav(audio) as handle:
        seconds = handle.frames / handle.samplerate
    if abs(duration - seconds) <= RECORDED_DURATION_SLACK:
        return None
    return f"duration is {duration:g} s, but {audio.name} lasts {seconds:.3f} s"


def plan_pieces(audio: Path | HeldWav, piece_seconds: float) -> list[tuple[int, int]]:
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


def read_piece(audio: Path | HeldWav, piece: tuple[int, int]) -> np.ndarray:
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
    seek in it (the muxer writes cues).  It records the hash of the audio it was made from.
    Muxed bit-exact: the muxer otherwise draws a random track id for each file, and two runs of
    one day had left two copies of other bytes, and two page.json (fifty-second round)."""
    import av

    from pipeline.records.files import atomic_path

    with open_wav(wav):  # a damaged audio.wav is named as such, not as a failing encoder
        pass
    resampler = av.AudioResampler(format="s16", layout="mono", rate=OPUS_INPUT_RATE)
    with (
        atomic_path(target) as tmp,
        av.open(str(wav)) as source,
        av.open(str(tmp), "w", format="webm", options={"fflags": "+bitexact"}) as out,
    ):
        out.metadata[SOURCE_TAG] = source_sha256
        stream = out.add_stream("libopus", rate=OPUS_INPUT_RATE, layout="mono")
        stream.bit_rate = LISTENING_BIT_RATE
        stream.codec_context.options = {"compression_level": str(OPUS_EFFORT), "application": "voip"}
        # None at the end flushes the resampler, then the encoder.
        for frame in itertools.chain(source.decode(audio=0), [None]):
            for chunk in resampler.resample(frame):
                out.mux(stream.encode(chunk))
        out.mux(stream.encode(None))
