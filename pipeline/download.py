"""Stage 1: fetch the recording (yt-dlp) or read a local file, keep its metadata, make audio.wav."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any, Literal

from pipeline.artifacts import (
    Count,
    DayPaths,
    PipelineError,
    Provenance,
    Seconds,
    Sha256,
    Strict,
    atomic_path,
    file_sha256,
    package_versions,
    schema_version,
    write_artifact,
)
from pipeline.audio import SAMPLE_RATE, decode_to_wav
from pipeline.config import DayConfig, DownloadOptions

PACKAGES = ("yt-dlp", "av", "faster-whisper")


class YtdlpInfo(Strict):
    """The yt-dlp metadata worth keeping in the archive record."""

    id: str | None = None
    title: str | None = None
    description: str | None = None
    uploader: str | None = None
    channel: str | None = None
    upload_date: str | None = None
    duration: Seconds | None = None
    webpage_url: str | None = None
    extractor: str | None = None
    format_id: str | None = None
    ext: str | None = None
    acodec: str | None = None
    abr: Seconds | None = None
    asr: Count | None = None
    filesize: Count | None = None


class SourceInfo(Strict):
    schema_version: str = schema_version("1.0.0")
    kind: Literal["url", "file"]
    source: str
    title: str | None
    media_file: str
    media_sha256: Sha256
    duration: Seconds
    advertised_duration: Seconds | None
    audio_sha256: Sha256
    sample_rate: Count
    ytdlp: YtdlpInfo | None
    provenance: Provenance


class _Logger:
    """Route yt-dlp's messages away from the terminal; keep the errors for our one-line message."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def debug(self, message: str) -> None:
        pass

    info = warning = debug

    def error(self, message: str) -> None:
        self.errors.append(message)


def _ytdlp_options(target: Path, logger: _Logger, options: DownloadOptions) -> dict[str, Any]:
    """Options that differ from yt-dlp's command line and matter here (FINDINGS.md)."""
    return {
        "format": "bestaudio/best",
        # Our own key for the file name: yt-dlp's ids collide for plain URLs and HLS playlists.
        "outtmpl": str(target / "media.%(ext)s"),
        "noplaylist": True,
        "playlist_items": "1",
        "retries": options.retries,
        "fragment_retries": options.retries,
        "skip_unavailable_fragments": False,
        "socket_timeout": options.socket_timeout,
        "continuedl": True,
        "logger": logger,
        "quiet": True,
        "no_warnings": True,
        "noprogress": not sys.stderr.isatty(),
    }


def _explain(exc: BaseException, logger: _Logger) -> str:
    """Turn yt-dlp's nested exceptions into one readable phrase."""
    from yt_dlp.networking.exceptions import HTTPError, TransportError
    from yt_dlp.utils import UnsupportedError

    cause = getattr(exc, "exc_info", None)
    cause = cause[1] if cause else exc
    if isinstance(cause, HTTPError):
        return f"HTTP error {cause.status}"
    if isinstance(cause, UnsupportedError) or isinstance(exc, UnsupportedError):
        return "no audio or video found at this address"
    if isinstance(cause, TransportError):
        return f"could not connect ({str(cause).splitlines()[0]})"
    text = (logger.errors[-1] if logger.errors else str(exc)) or type(exc).__name__
    for noise in ("ERROR:", "[download]", "Got error:", "\r"):
        text = text.replace(noise, " ")
    return " ".join(text.split())


def fetch_url(url: str, target: Path, options: DownloadOptions) -> tuple[Path, dict[str, Any]]:
    """Download the best audio of a URL into target/ (resuming a .part file); return file and info."""
    import yt_dlp

    target.mkdir(parents=True, exist_ok=True)
    logger = _Logger()
    try:
        with yt_dlp.YoutubeDL(_ytdlp_options(target, logger, options)) as ydl:
            info = ydl.sanitize_info(ydl.extract_info(url, download=True))
    except yt_dlp.utils.YoutubeDLError as exc:
        raise PipelineError(f"{url}: download failed: {_explain(exc, logger)}") from None
    except Exception as exc:  # yt-dlp raises plain errors for some broken inputs
        raise PipelineError(f"{url}: download failed: {type(exc).__name__}: {exc}") from None
    if info.get("_type") == "playlist":
        entries = [entry for entry in info.get("entries") or [] if entry]
        if not entries:
            raise PipelineError(f"{url}: download failed: the page lists no media")
        info = entries[0]
    downloads = info.get("requested_downloads") or [info]
    media = Path(downloads[0].get("filepath") or downloads[0].get("_filename", ""))
    if not media.is_file():
        raise PipelineError(f"{url}: download failed: yt-dlp reported no file")
    return media, info


def check_complete(source: str, duration: float, advertised: float | None) -> None:
    """Refuse a recording shorter than its source said it was: never archive a silent cut."""
    if advertised and duration < advertised - max(2.0, 0.02 * advertised):
        raise PipelineError(f"{source}: download is incomplete: {duration:.1f} s of audio, "
                            f"the source advertises {advertised:.1f} s")


def _reusable(config: DayConfig, paths: DayPaths) -> SourceInfo | None:
    """The existing record when audio.wav was made from this very source: no network work then."""
    if not (paths.audio.is_file() and paths.source.is_file()):
        return None
    try:
        existing = SourceInfo.model_validate_json(paths.source.read_bytes())
    except ValueError:
        return None
    if existing.source != config.source or existing.audio_sha256 != file_sha256(paths.audio):
        return None
    if existing.kind == "file" and existing.media_sha256 != file_sha256(config.source_path):
        return None
    return existing


def download(config: DayConfig, paths: DayPaths) -> SourceInfo:
    """Produce audio.wav and source.json; a rerun with both in place does no network work."""
    existing = _reusable(config, paths)
    if existing is not None:
        # Re-keyed to today's config and code so the runner sees it as up to date from now on.
        existing.provenance.config_hash = config.stage_key("download")
        existing.provenance.tools = package_versions(PACKAGES)
        write_artifact(paths.source, existing)
        return existing
    if config.source_is_url:
        url_key = hashlib.sha256(config.source.encode()).hexdigest()[:16]
        provenance = Provenance.begin("download", config.stage_key("download"), {"source": config.source},
                                      PACKAGES)
        media, info = fetch_url(config.source, paths.downloads / url_key, config.download)
        kind, title = "url", info.get("title")
        ytdlp = YtdlpInfo(**{key: info.get(key) for key in YtdlpInfo.model_fields})
        advertised = info.get("duration")
    else:
        media = config.source_path
        if not media.is_file():
            raise PipelineError(f"{config.config_path}: field 'source': no such file {media}")
        provenance = Provenance.begin("download", config.stage_key("download"), {"source": media},
                                      PACKAGES)
        kind, title, ytdlp, advertised = "file", media.stem, None, None
    with atomic_path(paths.audio) as tmp:
        duration = decode_to_wav(media, tmp)
        check_complete(config.source, duration, advertised)
    info = SourceInfo(
        kind=kind,
        source=config.source,
        title=title,
        media_file=media.name,
        media_sha256=file_sha256(media),
        duration=round(duration, 3),
        advertised_duration=advertised,
        audio_sha256=file_sha256(paths.audio),
        sample_rate=SAMPLE_RATE,
        ytdlp=ytdlp,
        provenance=provenance.finish(),
    )
    write_artifact(paths.source, info)
    return info
