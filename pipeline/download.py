"""Stage 1: fetch the recording (yt-dlp) or read a local file, keep its metadata, make audio.wav."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationInfo, model_validator

from pipeline.artifacts import (
    MAX_TEXT_CHARS,
    READING,
    Count,
    DayPaths,
    FileName,
    Length,
    PipelineError,
    Provenance,
    Seconds,
    Sha256,
    Strict,
    WebAddress,
    file_sha256,
    public_url,
    reading,
    schema_version,
    web_address,
    write_artifact,
)
from pipeline.config import GIB, MIB, DayConfig, DownloadOptions
from pipeline.media.audio import SAMPLE_RATE, DecodedAudio, decode_to_wav, recorded_length_differs, shortfall
from pipeline.media.fetch import FETCH_RESULT
from pipeline.media.probe import incomplete_error
from pipeline.records.files import atomic_path, not_a_regular_file, own_folder, read_record
from pipeline.text.formats import clipped

# soundfile writes audio.wav; Silero VAD (in faster-whisper, run by onnxruntime) weighs a recording's tracks
PACKAGES = ("yt-dlp", "av", "soundfile", "numpy", "faster-whisper", "onnxruntime")
log = logging.getLogger("lokakarya")
RATE_CHECK_SECONDS = 0.5
# yt-dlp reads a web page or an HLS playlist into memory, not into the download folder, so a
# server that sends one for ever is bounded here (one grew by 400 MB/s).  The downloader holds
# 44 MB once yt-dlp is imported; the media itself streams to disk.
DOWNLOADER_MEMORY_MAX = 2 * GIB
LOW_DISK_BYTES = 1 << 20  # free space under which a downloader that stopped is taken to have filled the disk
# Share of clipped samples from which a recording is said to be too loud.  The bundled recordings
# have none; the demo recording turned up 6 dB had 0.13 %, 12 dB 3 %, 20 dB 16 %, and written as
# float on the 16-bit scale (32767 for full scale) 91 %.
CLIPPED_WARNING = 0.01
# Mean level (full scale 1) from which a recording is said to sit off centre: the bundled ones sit
# within 0.001 of zero; a tenth of full scale is a faulty recorder, not speech.
DC_OFFSET_WARNING = 0.1


class YtdlpInfo(Strict):
    """The yt-dlp metadata worth keeping in the archive record."""

    id: str | None = None
    title: str | None = None
    description: str | None = None
    uploader: str | None = None
    channel: str | None = None
    upload_date: str | None = None
    duration: Seconds | None = None
    webpage_url: WebAddress | None = None
    extractor: str | None = None
    format_id: str | None = None
    ext: str | None = None
    acodec: str | None = None
    abr: Seconds | None = None
    asr: Count | None = None
    filesize: Count | None = None


def _as_kept(value: Any) -> Any:
    """A site's metadata as source.json keeps it: a text (a description holding a whole programme,
    a title) cut to what an artifact holds.  The site's, not the user's to shorten: a longer one had
    failed the download as an internal error."""
    return clipped(value, MAX_TEXT_CHARS) if isinstance(value, str) else value


class SourceInfo(Strict):
    schema_version: str = schema_version("1.1.0")
    kind: Literal["url", "file"]
    source: str
    title: str | None
    media_file: FileName
    media_sha256: Sha256
    duration: Length
    advertised_duration: Seconds | None
    declared_duration: Seconds | None  # what the media file's own header states
    requested_track: Count | None  # the config's source_track
    requested_channel: list[Count] | None = None  # the config's source_channel (none before schema 1.1.0)
    track: Count  # the audio track used, 0 = first
    tracks: Count
    track_choice: str
    channels: str
    audio_sha256: Sha256
    sample_rate: Count
    ytdlp: YtdlpInfo | None
    warnings: list[str]  # e.g. an incomplete recording kept with download.allow_incomplete
    provenance: Provenance

    @model_validator(mode="after")
    def _source_to_link(self) -> SourceInfo:
        """The page links a source that was fetched: it must be a web address (see web_address)."""
        if self.kind == "url":
            web_address(self.source)
        return self

    @model_validator(mode="after")
    def _title_of_its_recording(self, info: ValidationInfo) -> SourceInfo:
        """Checked on reading (a hand edit): the title is the recording's file name without its
        extension, or the site's title, which the record keeps twice (`ytdlp.title`).  An edited
        title had gone into summary.json as the recording's.  Both of a fetched recording's edited
        alike cannot be told: the site's metadata is not kept beside it, and only a download
        (the network) would give it again."""
        if not reading(info):
            return self
        if self.kind == "url" and self.ytdlp is None:
            raise ValueError("ytdlp: none, for a recording fetched from a web address")
        given = self.ytdlp.title if self.ytdlp is not None else Path(self.media_file).stem
        if self.title != given:
            where = "its ytdlp.title" if self.kind == "url" else f"its recording's file name ({self.media_file})"
            raise ValueError(f"title is {self.title!r} where {where} gives {given!r} (edited by hand?)")
        return self


class _TransferGuard:
    """Watches the files a download writes: fails one that stays below options.min_rate bytes/s
    for options.stall_seconds, still runs after options.deadline_seconds, grows past
    options.max_bytes, or would leave less than options.keep_free_bytes on the disk.

    socket_timeout alone never fires on a server that sends a byte every few seconds, and
    yt-dlp's own reads block until a whole buffer arrives, so the watching happens from outside;
    a server that sends for ever, fast, would otherwise fill the disk the whole archive is on.
    """

    def __init__(self, options: DownloadOptions, target: Path) -> None:
        self.options = options
        self.target = target
        self.started = time.monotonic()
        self.samples: list[tuple[float, int]] = []
        self.child: int | None = None  # the downloader's pid, once started

    def problem(self) -> str | None:
        held = _resident_bytes(self.child) if self.child else 0
        if held > DOWNLOADER_MEMORY_MAX:  # a page or playlist read into memory, not into files
            return (
                f"the downloader held {_gigabytes(held)} of memory reading the address: a page or playlist that "
                "never ends"
            )
        done = sum(f.stat().st_size for f in self.target.iterdir() if f.is_file())
        if self.options.max_bytes and done > self.options.max_bytes:
            return f"more than download.max_bytes ({_gigabytes(self.options.max_bytes)}) arrived"
        free = shutil.disk_usage(self.target).free
        if free < self.options.keep_free_bytes:
            return (
                f"{_gigabytes(free)} left free on the disk of {self.target}, under download.keep_free_bytes "
                f"({_gigabytes(self.options.keep_free_bytes)})"
            )
        return self._too_slow(done)

    def _too_slow(self, done: int) -> str | None:
        now = time.monotonic()
        deadline = self.options.deadline_seconds
        if deadline and now - self.started > deadline:
            return f"still downloading after download.deadline_seconds ({deadline:g} s)"
        if not self.options.min_rate:
            return None
        self.samples.append((now, done))
        window = self.options.stall_seconds
        while len(self.samples) > 1 and now - self.samples[1][0] >= window:
            self.samples.pop(0)
        then, before = self.samples[0]
        rate = (done - before) / (now - then) if now > then else 0.0
        if now - then >= window and rate < self.options.min_rate:
            return (
                f"slower than download.min_rate ({self.options.min_rate:g} bytes/s) for "
                f"{window:g} s: {rate:.0f} bytes/s"
            )
        return None


def _resident_bytes(pid: int) -> int:
    """The memory a process holds (its resident set), 0 when it is gone."""
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, IndexError, ValueError):
        return 0


def _gigabytes(size: int) -> str:
    return f"{size / GIB:.1f} GiB" if size >= GIB else f"{size / MIB:.0f} MiB"


def fetch_url(url: str, target: Path, options: DownloadOptions) -> tuple[Path, dict[str, Any]]:
    """Download the best audio of a URL into target/ (resuming a .part file); return file and info.

    yt-dlp runs in a child process (pipeline.media.fetch) so that a transfer breaking the deadline or
    the minimum rate can be stopped (a blocked read in this process could not be); its .part file
    stays to resume.
    """
    target.mkdir(parents=True, exist_ok=True)
    result = target / FETCH_RESULT
    result.unlink(missing_ok=True)
    package_root = str(Path(__file__).resolve().parents[1])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")])))
    guard = _TransferGuard(options, target)
    if problem := guard.problem():  # a disk already too full: no child at all
        raise PipelineError(f"{url}: download failed: {problem}")
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from pipeline.media.fetch import fetch_in_child; fetch_in_child()",
            url,
            str(target),
            str(options.retries),
            str(options.socket_timeout),
            str(os.getpid()),
        ],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: stopped with the ffmpeg it may start
    )
    guard.child = child.pid
    try:
        while child.poll() is None:
            try:
                child.wait(RATE_CHECK_SECONDS)
            except subprocess.TimeoutExpired:
                problem = guard.problem()
                if problem:
                    raise PipelineError(f"{url}: download failed: {problem}") from None
    finally:
        # The child and what it started (yt-dlp's ffmpeg for a stream): a transfer stopped for
        # its rate or deadline, or by Ctrl-C here, must not go on writing into the day's folder.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(child.pid, signal.SIGKILL)
        child.wait()
    try:
        outcome = json.loads(result.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        if shutil.disk_usage(target).free < LOW_DISK_BYTES:  # it could not even write its result
            raise PipelineError(
                f"{target}: could not write: no space left on the device (the downloader stopped; "
                f"its .part file stays there to resume)"
            ) from None
        raise PipelineError(
            f"{url}: download failed: the downloader stopped (exit status {child.returncode})"
        ) from None
    finally:
        result.unlink(missing_ok=True)
    if "error" in outcome:
        raise PipelineError(outcome["error"])
    return Path(outcome["media"]), outcome["info"]


def incomplete(
    duration: float,
    declared: dict[str, float | None],
    received_bytes: int | None = None,
    expected_bytes: int | None = None,
    damage: str | None = None,
) -> str | None:
    """Why the recording is shorter than its source says, or None: the decoded length is held
    against every length declared (the site, the media header), the bytes against the size the
    server announced, and the end of the file must be whole (no frame cut off, no decoding
    error there)."""
    for who, seconds in declared.items():
        if shortfall(duration, seconds):
            return f"{duration:.1f} s of audio, {who} declares {seconds:.1f} s"
    if expected_bytes and received_bytes is not None and received_bytes < expected_bytes:
        return f"{received_bytes:,} bytes arrived of the {expected_bytes:,} the server announced"
    if damage:
        return f"{damage}; {duration:.1f} s of audio decoded"
    return None


def _loudness_warnings(source: str, decoded: DecodedAudio) -> list[str]:
    """Warnings, kept in source.json, when so much of the recording is clipped, or its level so
    far off centre, that the transcript and the voices may suffer: nothing can be done about it
    here, but the archive should know why a day reads badly."""
    warnings = []
    if decoded.clipped_share >= CLIPPED_WARNING:
        warnings.append(
            f"{source}: {decoded.clipped_share:.0%} of the samples are clipped (at full scale): the recording "
            f"is far too loud, or float audio was written on the wrong scale; the transcript may suffer"
        )
    if abs(decoded.dc_offset) >= DC_OFFSET_WARNING:
        warnings.append(
            f"{source}: the level sits off centre (a DC offset of {decoded.dc_offset:+.2f} of full scale, from a "
            f"faulty recorder or sound card); kept as recorded, its loud parts may clip"
        )
    for warning in warnings:
        log.warning(warning)
    return warnings


def check_complete(source: str, problem: str | None, allow_incomplete: bool) -> list[str]:
    """Refuse a recording shorter than its source said it was (never archive a silent cut), or
    with download.allow_incomplete keep it with a warning that stays in source.json."""
    if problem is None:
        return []
    if not allow_incomplete:
        raise incomplete_error(source, problem)
    warning = f"{source}: INCOMPLETE recording kept (download.allow_incomplete): {problem}"
    log.warning(warning)
    return [warning]


def _file_state(handle) -> tuple[int, int]:
    """The size and modification time of an open file: a recording still being written (a
    stream's WebM or Ogg, which states no length) grows while it is read, and its sha256, its
    decoded audio and its length checks would each be of another file."""
    status = os.fstat(handle.fileno())
    return status.st_size, status.st_mtime_ns


def _reusable(config: DayConfig, paths: DayPaths) -> SourceInfo | None:
    """The existing record when audio.wav was made from this very source: no network work then.
    Regular files alone are reused: a folder or a link where source.json goes the runner calls a
    change, and it is made anew (a link had been reused through, called a change again by every
    run and by the tables; offline, that fetch fails where the link had served).  So is a folder or
    a link where audio.wav goes (stages._audio_damage)."""
    if not_a_regular_file(paths.audio) or not_a_regular_file(paths.source):
        return None
    try:
        existing = SourceInfo.model_validate_json(read_record(paths.source), context=READING)  # edited: made anew
    except ValueError:
        return None
    if existing.source != config.source or existing.audio_sha256 != file_sha256(paths.audio):
        return None
    if recorded_length_differs(existing.duration, paths.audio):  # a duration edited by hand: made anew
        return None
    if (existing.requested_track, existing.requested_channel) != (config.source_track, config.source_channel):
        return None
    if existing.kind == "file":
        with config.open_local("source") as handle:
            if existing.media_sha256 != file_sha256(handle):
                return None
    return existing


def _refetch_next_time(url: str, media: Path, error: PipelineError) -> PipelineError:
    """What a URL sent that cannot be used (an HTML page served as audio/wav, a cut file) is not
    kept: yt-dlp would take it for a finished download and every later run would fail on it,
    even once the server is fixed.  The error names the URL, not the cache file."""
    media.unlink(missing_ok=True)
    message = str(error)
    if message.startswith(f"{media}: "):
        problem = message[len(str(media)) + 2 :]
        # "what it sent is not a readable audio ...", "what it sent: the recording is silent"
        sent = f"what it sent is {problem}" if problem.startswith("not ") else f"what it sent: {problem}"
        message = f"{url}: {sent}"
    return PipelineError(f"{message}; not kept, the next run fetches it again")


def download(config: DayConfig, paths: DayPaths) -> SourceInfo:
    """Produce audio.wav and source.json; a rerun with both in place does no network work."""
    existing = _reusable(config, paths)
    if existing is not None:
        # Re-keyed to today's config fields and schema so the runner sees it as up to date from
        # now on; its tools and times stay those of the run that made the audio.
        key, schema = config.stage_key("download"), SourceInfo.model_fields["schema_version"].default
        if (existing.provenance.config_hash, existing.schema_version) != (key, schema):
            existing.provenance.config_hash, existing.schema_version = key, schema
            write_artifact(paths.source, existing)
        return existing
    if config.source_is_url:
        url_key = hashlib.sha256(config.source.encode()).hexdigest()[:16]
        source = {"source": public_url(config.source)}
        provenance = Provenance.begin("download", config.stage_key("download"), source, PACKAGES)
        media, info = fetch_url(config.source, own_folder(paths.downloads) / url_key, config.download)
        kind, title = "url", _as_kept(info.get("title"))
        if info.get("webpage_url"):
            info["webpage_url"] = public_url(info["webpage_url"])
        ytdlp = YtdlpInfo(**{key: _as_kept(info.get(key)) for key in YtdlpInfo.model_fields})
        advertised, expected_bytes = info.get("duration"), info.get("filesize")
        handle = open(media, "rb")  # noqa: SIM115 (closed by the `with handle` below, as the other branch's)
    else:
        handle = config.open_local("source")  # opened once: what is checked is what is read
        media = config.source_path
        kind, title, ytdlp, advertised, expected_bytes = "file", media.stem, None, None, None
    try:
        with handle:
            before = _file_state(handle)
            media_sha256 = file_sha256(handle)
            if kind == "file":
                provenance = Provenance.begin(
                    "download", config.stage_key("download"), {"source": media_sha256}, PACKAGES
                )
            with atomic_path(paths.audio) as tmp:
                decoded: DecodedAudio = decode_to_wav(handle, tmp, media, config.source_track, config.source_channel)
                problem = incomplete(
                    decoded.duration,
                    {"the source": advertised, "the media header": decoded.declared_seconds},
                    handle.seek(0, 2),
                    expected_bytes,
                    decoded.damage,
                )
                named = config.source if kind == "url" else str(media)  # a path that holds from any folder
                if _file_state(handle) != before:
                    raise PipelineError(
                        f"{named}: the file changed while it was read ({before[0]:,} bytes, then "
                        f"{_file_state(handle)[0]:,}): a recording still being written? run again once it is finished"
                    )
                warnings = check_complete(named, problem, config.download.allow_incomplete)
                warnings += _loudness_warnings(named, decoded)
    except PipelineError as exc:
        if kind == "url":
            raise _refetch_next_time(config.source, media, exc) from None
        raise
    info = SourceInfo(
        kind=kind,
        source=public_url(config.source) if kind == "url" else config.source,
        title=title,
        media_file=media.name,
        media_sha256=media_sha256,
        duration=round(decoded.duration, 3),
        advertised_duration=advertised,
        declared_duration=decoded.declared_seconds,
        requested_track=config.source_track,
        requested_channel=config.source_channel,
        track=decoded.track,
        tracks=decoded.tracks,
        track_choice=decoded.track_choice,
        channels=decoded.channels,
        audio_sha256=file_sha256(paths.audio),
        sample_rate=SAMPLE_RATE,
        ytdlp=ytdlp,
        warnings=warnings,
        provenance=provenance.finish(),
    )
    write_artifact(paths.source, info)
    return info
