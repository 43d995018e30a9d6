"""What a media file says of itself before anything is decoded: its audio tracks, the length its
header states, whether its bytes end early, and why a track cannot be used.

Kept apart from `pipeline.media.audio` (which decodes, and needs numpy and soundfile) so that `lokakarya
validate` checks a source without loading them.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pipeline.artifacts import PipelineError
from pipeline.media.media_headers import read_header_facts
from pipeline.text.decoding import HTML_START, document_kind

# Formats whose header states the length exactly, as libavformat reads it; for the others (MP3,
# ADTS AAC, Ogg) it estimates the length from the bit rate and the file size or reads it from the
# last page, which says nothing about a cut file: media_headers reads what their bytes say.
EXACT_LENGTH_FORMATS = ("wav", "matroska", "webm", "mov", "mp4", "m4a", "flac", "aiff", "caf", "w64")

# The containers a recording comes in (FFmpeg's demuxer names; "mov" is also MP4 and M4A,
# "matroska" also WebM, "ogg" also Opus).  Others are refused before anything is read: FFmpeg
# also opens stream descriptions (SDP: it listens on network ports), concat lists and playlists
# (they open other files or addresses), and the only way in from the network is the download.
RECORDING_FORMATS = (
    "wav", "w64", "aiff", "caf", "au", "flac", "mp3", "aac", "ogg", "matroska", "mov", "avi", "asf",
    "mpegts", "mpeg", "flv", "amr", "ac3", "eac3", "dts", "wv", "ape", "tta", "truehd", "mlp", "nut",
)  # fmt: skip
STREAM_DESCRIPTIONS = {
    b"v=0": "an SDP stream description (it names network streams)",
    b"ffconcat": "an FFmpeg concat list (it names other files)",
    b"#EXTM3U": "a playlist (it names other files or addresses)",
}
# Shorter than this there is no speech to transcribe or voice to tell apart: Whisper invents text
# for a 0.5 s clip and no 1.5 s speaker window fits in it (docs/speaker-counting.md).
MIN_RECORDING_SECONDS = 2.0
# A track is decoded only with parameters a recording can have and the resampler takes: a header
# outside them is damage, refused by the probe (so by `validate` already) in words, not as an
# opaque decoder error at download.  Rates: 8 kHz is the lowest any recorder writes, 1 kHz leaves
# room below it; at 1 Hz every sample became a second of audio (96,000 samples resampled to
# 1.5e9).  768 kHz is the highest any converter records; 1e8 Hz resampled to 0 samples and
# 2^31 Hz ran the resampler out of memory.  Channels: libswresample mixes at most 64 (65 failed
# with EINVAL), and no decoder opens with 0.
MIN_SOURCE_RATE, MAX_SOURCE_RATE, MAX_SOURCE_CHANNELS = 1000, 768_000, 64


@dataclass(frozen=True)
class MediaProbe:
    """What the file says about itself, before decoding it."""

    tracks: int
    declared_seconds: float | None  # the longest exact length a header states, if any
    cut: str | None  # why the file's bytes show it ends early (a last frame or box cut off)
    # Per audio track, why it is unusable (None: it is usable); only a track that would be used
    # makes the probe fail, so with several tracks a broken extra one is only left out.
    unusable: tuple[str | None, ...] = ()


def open_media(media: BinaryIO | Path):
    """The media opened by libavformat (a handle from its start), its broken metadata ignored,
    as one of the RECORDING_FORMATS only and with no other file or address opened from it."""
    import av

    if not isinstance(media, Path):
        media.seek(0)
    options = {"format_whitelist": ",".join(RECORDING_FORMATS), "protocol_whitelist": "file"}
    opened = SeekErrorsAsCodes(media) if not isinstance(media, Path) else str(media)
    return av.open(opened, options=options, metadata_errors="ignore")


class SeekErrorsAsCodes:
    """A file handle for libavformat whose failed seeks answer with an error code, as a C
    library's do, instead of raising.

    PyAV keeps one exception a Python file raised and prints any second one as a traceback
    ("PyAV library exception being dropped"): a W64 or CAF whose chunk sizes lead before the
    file's start made the demuxer seek to a negative offset twice, which printed ten lines of
    traceback above the one-line error and called it 'not a readable audio or video file
    (OSError)'.  libavformat reads a negative answer as a failed seek and goes on."""

    def __init__(self, handle: BinaryIO):
        self._handle = handle
        self.read = handle.read
        self.tell = handle.tell

    def seek(self, offset: int, whence: int = 0) -> int:
        try:
            return self._handle.seek(offset, whence)
        except (OSError, ValueError, OverflowError) as exc:
            return -(getattr(exc, "errno", None) or errno.EINVAL)


def _opening(media: BinaryIO | Path):
    """What the file's first bytes say: its header facts, and what it is if it is a text file
    that FFmpeg would follow elsewhere (one open for both); no facts for an empty file."""
    if isinstance(media, Path):
        with open(media, "rb") as handle:
            return _opening(handle)
    media.seek(0)
    if not media.read(1):  # 0 bytes: FFmpeg's InvalidDataError would call it no audio file, not empty
        return None, None
    facts = read_header_facts(media)
    media.seek(0)
    opening = media.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    return facts, next((kind for magic, kind in STREAM_DESCRIPTIONS.items() if opening.startswith(magic)), None)


def _what_it_is(media: BinaryIO | Path) -> str:
    """': it is …' for a source that is a document, a web page or text by its first 4 KB (a PDF, a
    Word file, an image, an HTML page, notes or subtitles), else "": each had been 'not a readable
    audio or video file (ArgumentError)' or '(InvalidDataError)', and an image FFmpeg opens as a
    picture 'has no audio stream'.  Text is UTF-8 without control characters but breaks and tabs."""
    try:  # a second read that fails (the file gone, a disk error) leaves the first error's line
        if isinstance(media, Path):
            with open(media, "rb") as handle:
                return _what_it_is(handle)
        media.seek(0)
        opening = media.read(4096)
    except OSError:
        return ""
    text = opening.decode("utf-8", errors="replace").lstrip("\ufeff")
    if kind := document_kind(opening) or ("an HTML page" if HTML_START.match(text) else None):
        return f": it is {kind}"
    read = text[:-3] if len(opening) == 4096 else text  # but a character cut at the 4 KB mark
    return "" if any((c < " " and c not in "\t\r\n") or c == "\ufffd" for c in read) else ": it is a text file"


def _parameter_problem(channels: int, rate: int) -> str | None:
    """Why a track stating these channels and sample rate cannot be a recording, if it cannot."""
    if channels == 0:
        return "it declares 0 audio channels"
    if channels > MAX_SOURCE_CHANNELS:
        return f"it declares {channels} audio channels (at most {MAX_SOURCE_CHANNELS} can be mixed)"
    if not MIN_SOURCE_RATE <= rate <= MAX_SOURCE_RATE:
        plausible = f"{MIN_SOURCE_RATE:,} to {MAX_SOURCE_RATE:,} Hz"
        return f"it declares a sample rate of {rate:,} Hz (a recording has {plausible})"
    return None


def _channel_count(stream, facts) -> int | None:
    """The channels an audio track states (a WAV's as its header states them); None without a decoder."""
    context = stream.codec_context
    if context is None:
        return None
    return facts.channels if facts.channels is not None else context.channels


def _track_problem(stream, facts) -> str | None:
    """Why an audio track is unusable, found without decoding: a codec with no decoder
    here, a WAV header whose fields contradict one another, channels or a rate that no recording
    has (a WAV's as its header states them), or a decoder that refuses to open with them."""
    import av

    context = stream.codec_context
    if context is None:
        return "there is no decoder for its codec (unknown, or not in this build of FFmpeg)"
    channels = _channel_count(stream, facts)
    rate = facts.sample_rate if facts.sample_rate is not None else context.sample_rate
    problem = _parameter_problem(channels, rate) or facts.contradiction
    if problem:
        return problem
    try:
        context.open()
    except av.error.FFmpegError as exc:
        return f"its {context.name} decoder does not accept it ({exc.strerror or type(exc).__name__})"
    return None


def _refusal(name: Path, unusable: tuple[str | None, ...], track: int | None) -> str | None:
    """The error for the unusable tracks, if one that would be used is among them."""
    count = len(unusable)
    if track is not None:
        problem = unusable[track]
        where = "its audio track" if count == 1 else f"audio track {track} (source_track)"
        return problem and f"{name}: {where} is unusable: {problem}"
    if all(unusable):
        if count == 1:
            return f"{name}: its audio track is unusable: {unusable[0]}"
        reasons = "; ".join(f"track {index}: {problem}" for index, problem in enumerate(unusable))
        return f"{name}: none of its {count} audio tracks is usable ({reasons})"
    return None


def _audio_length(stream) -> float | None:
    """The length an audio track states of itself: Matroska's DURATION tag (ffmpeg's muxer writes
    it per track; the track's duration there is libavformat's copy of the container's), else the
    track's duration (MP4's own).  Not the container's: in a video whose picture runs on after the
    sound (an end card, a screen recording stopped late), that length is the picture's, and whole
    audio had been refused as incomplete against it."""
    hours, _, rest = stream.metadata.get("DURATION", "").partition(":")
    minutes, _, seconds = rest.partition(":")
    try:
        return int(hours) * 3600 + int(minutes) * 60 + float(seconds)
    except ValueError:
        pass
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    return None


def _missing_channel(
    name: Path, track: int | None, channels: list[int | None], source_channel: list[int]
) -> str | None:
    """Why the configured channels (1 = first) cannot be taken, if they cannot: they are channels
    of one track, so with several tracks source_track must say which; or one is past its last."""
    if track is None and len(channels) > 1:
        return (
            f"{name}: has {len(channels)} audio tracks, so source_channel needs source_track to say whose "
            "channels it names (0 is the first track)"
        )
    count = channels[track or 0] or 0
    beyond = [channel for channel in source_channel if channel > count]
    if not beyond:
        return None
    where = "its audio track" if len(channels) == 1 else f"audio track {track} (source_track)"
    return f"{name}: {where} has {count} channel(s), so source_channel {beyond[0]} does not exist (1 is the first)"


def probe_media(
    media: BinaryIO | Path, name: Path, track: int | None = None, source_channel: list[int] | None = None
) -> MediaProbe:
    """Open the media without decoding it: it must be readable, hold audio, hold `track` and the
    channels of `source_channel` (1 = first), and the track (or with several and none
    configured, one of them) must be usable."""
    import av

    try:
        facts, elsewhere = _opening(media)
    except OSError as exc:
        raise PipelineError(f"{name}: cannot read: {exc.strerror or exc}") from None
    if facts is None:
        raise PipelineError(
            f"{name}: the file is empty (0 bytes), not a recording; give the audio or video file itself"
        )
    if elsewhere:
        raise PipelineError(f"{name}: {elsewhere}, not a recording; give the audio or video file itself")
    try:
        with open_media(media) as container:
            streams = container.streams.audio
            if not streams and (what := _what_it_is(media)):  # an image FFmpeg opens as a picture
                raise PipelineError(f"{name}: not a readable audio or video file{what}")
            if not streams:
                raise PipelineError(f"{name}: has no audio stream")
            lengths = [length for length in map(_audio_length, streams) if length]
            if not lengths and container.duration:  # the container's length, which may be its video's
                lengths.append(container.duration / 1e6)
            exact = any(part in EXACT_LENGTH_FORMATS for part in container.format.name.split(","))
            declared = [length for length in lengths if exact]
            if facts.declared_seconds is not None:
                declared.append(facts.declared_seconds)
            count = len(streams)
            unusable = tuple(_track_problem(stream, facts) for stream in streams)
            channels = [_channel_count(stream, facts) for stream in streams]
    except (av.error.FFmpegError, ValueError, IndexError, OSError) as exc:
        if facts.cut:  # e.g. an MP4 whose index (moov) was to follow the cut media data
            raise PipelineError(
                f"{name}: the file is cut short and nothing of it can be decoded: {facts.cut}"
            ) from None
        # A WAV header libavformat refuses (a 0 Hz rate) is named by what it states.
        problem = facts.contradiction or (
            facts.channels is not None and _parameter_problem(facts.channels, facts.sample_rate or 0)
        )
        if problem:
            raise PipelineError(f"{name}: its audio track is unusable: {problem}") from None
        if what := _what_it_is(media):
            raise PipelineError(f"{name}: not a readable audio or video file{what}") from None
        raise PipelineError(f"{name}: not a readable audio or video file ({type(exc).__name__})") from None
    if track is not None and track >= count:
        raise PipelineError(
            f"{name}: has {count} audio track(s), so source_track {track} does not exist (0 is the first)"
        )
    refusal = _refusal(name, unusable, track)
    if refusal is None and source_channel is not None:
        refusal = _missing_channel(name, track, channels, source_channel)
    if refusal:
        raise PipelineError(refusal)
    if declared and max(declared) == 0:
        raise PipelineError(f"{name}: contains no audio (the file ends where its samples would begin)")
    if declared and max(declared) < MIN_RECORDING_SECONDS:
        raise PipelineError(too_short(name, max(declared)))
    return MediaProbe(count, max(declared) if declared else None, facts.cut, unusable)


def incomplete_error(source: str, problem: str) -> PipelineError:
    """The refusal of a recording that ends before its source said it would."""
    return PipelineError(
        f"{source}: download is incomplete: {problem} (set download.allow_incomplete: true to keep what arrived)"
    )


def too_short(name: object, seconds: float) -> str:
    return (
        f"{name}: the recording is {seconds:.2f} s long; at least {MIN_RECORDING_SECONDS:g} s are needed to "
        "transcribe it and tell voices apart"
    )
