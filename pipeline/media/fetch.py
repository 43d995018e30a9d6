"""The downloader child of download.fetch_url: yt-dlp in its own process, so that a transfer
breaking the deadline or the minimum rate can be stopped from outside.

It imports yt-dlp and pipeline.records.files only: importing the pipeline's models as well (pydantic,
numpy, PyAV) took 0.5 s of the 2.3 s of CPU that the child of a short download took here.
"""

from __future__ import annotations

import json
import re
import signal
import sys
from pathlib import Path
from typing import Any

from pipeline.records.files import PipelineError, write_atomic
from pipeline.system.children import die_with_parent, end_group_on_sigterm

FETCH_RESULT = "fetch-result.json"  # what the child hands back, beside the media
LIVE = "a live stream that has not ended (its playlist has no end yet); run again once the recording is published"


# An error whose arguments are a message and the exception beneath, printed as Python writes a
# tuple: "('Received response with content-encoding: gzip, but failed to decode it.',
# error('Error -3 while decompressing data: incorrect header check'))".
_PAIR_REPR = re.compile(r"""\((?P<q>['"])(?P<message>.*?)\.?(?P=q), \w+\((?P<r>['"])(?P<detail>.*?)(?P=r)\)\)""")
# A redirect or a page leading away from http(s) (file://, ftp://, data:): refused by yt-dlp and
# requests in their own words, which name a command-line flag or an "adapter".
_NOT_HTTP = (
    (re.compile(r"No connection adapters were found for '(?P<url>[^']*)'"), "led to {url}, not an http(s) address"),
    (re.compile(r"file:// URLs are disabled.*"), "the page points at a local file (file://), which is refused"),
)


class _Logger:
    """Route yt-dlp's messages away from the terminal; keep the errors for our one-line message."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def debug(self, message: str) -> None:
        pass

    info = warning = debug

    def error(self, message: str) -> None:
        self.errors.append(message)


def _several(count: object) -> str:
    return (
        f"the address lists {count} recordings (a playlist, a channel or a page of several), not the day's "
        "one; give the address of the day's own video or file"
    )


def _refused(info: dict[str, Any], *, incomplete: bool = False) -> str | None:
    """yt-dlp's match_filter: a stream still live, or one of a list of recordings, is not downloaded.

    Recording a live stream would run until it ends (ffmpeg follows a live playlist), and a
    playlist that names itself as its own variant looks live to yt-dlp and made ffmpeg fetch it in
    a loop for ever; the archive wants the published recording, not a capture.  Of a playlist, a
    channel's videos or a page holding several recordings, the first had been archived as the day
    without a word: which one is the day's only the user can say (a page of one is that one).
    """
    if info.get("is_live") or info.get("live_status") == "is_live":
        return LIVE
    count = info.get("playlist_count")
    return _several(count) if isinstance(count, int) and count > 1 else None


def _ytdlp_options(target: Path, logger: _Logger, retries: int, socket_timeout: float) -> dict[str, Any]:
    """Options that differ from yt-dlp's command line and matter here (docs/measurements.md)."""
    return {
        "match_filter": _refused,
        "format": "bestaudio/best",
        # Our own key for the file name: yt-dlp's ids collide for plain URLs and HLS playlists.
        "outtmpl": str(target / "media.%(ext)s"),
        "noplaylist": True,
        "playlist_items": "1",
        "retries": retries,
        "fragment_retries": retries,
        "skip_unavailable_fragments": False,
        "socket_timeout": socket_timeout,
        "continuedl": True,
        "logger": logger,
        "quiet": True,
        "no_warnings": True,
        "noprogress": not sys.stderr.isatty(),
    }


def _not_http(text: str) -> str | None:
    """What to say when the error is a refused address that is not http(s), or None."""
    for pattern, words in _NOT_HTTP:
        if found := pattern.search(text):
            return words.format(**found.groupdict())
    return None


def _explain(exc: BaseException, logger: _Logger) -> str:
    """Turn yt-dlp's nested exceptions into one readable phrase."""
    from yt_dlp.networking.exceptions import HTTPError, TransportError
    from yt_dlp.utils import UnsupportedError

    cause = getattr(exc, "exc_info", None)
    cause = cause[1] if cause else exc
    if isinstance(cause, HTTPError):
        loop = " (redirected too many times)" if 300 <= cause.status < 400 else ""
        return f"HTTP error {cause.status}{loop}"
    if isinstance(cause, UnsupportedError) or isinstance(exc, UnsupportedError):
        return "no audio or video found at this address"
    if isinstance(cause, TransportError):
        text = str(cause).splitlines()[0]
    else:
        text = (logger.errors[-1] if logger.errors else str(exc)) or type(exc).__name__
        for noise in ("ERROR:", "[download]", "Got error:", "\r"):
            text = text.replace(noise, " ")
        text = " ".join(text.split())
    refused = _not_http(text)
    if refused:
        return refused
    text = _PAIR_REPR.sub(r"\g<message> (\g<detail>)", text)
    if "Did not get any data blocks" in text:  # yt-dlp's words for a body of no bytes
        return "the server sent an empty file (no bytes of media)"
    # Connected, then nothing came (in the transport's error or in yt-dlp's own message).
    if "Read timed out" in text:
        return f"the server stopped answering ({text})"
    return f"could not connect ({text})" if isinstance(cause, TransportError) else text


def fetch_in_child() -> None:
    """The child's entry: argv is url, target folder, retries, socket timeout (seconds), and the
    parent's pid.  It runs in a session of its own, so that the parent can stop it together with
    the ffmpeg yt-dlp may start, and it ends with them when the parent is killed outright."""
    die_with_parent(int(sys.argv[5]), signal.SIGTERM)
    end_group_on_sigterm()
    url, target, retries, socket_timeout = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
    try:
        media, info = _fetch(url, target, retries, socket_timeout)
        outcome = {"media": str(media), "info": info}
    except PipelineError as exc:
        outcome = {"error": str(exc)}
    except Exception as exc:  # never a traceback on the user's terminal
        outcome = {"error": f"{url}: download failed: {type(exc).__name__}: {exc}"}
    try:
        write_atomic(target / FETCH_RESULT, json.dumps(outcome, default=str))
    except PipelineError:  # a full disk: the parent says the downloader stopped
        sys.exit(1)


def _is_file_link(url: str) -> bool:
    """Whether the URL's path names a media file or a stream's playlist (".../talk.mp3",
    ".../index.m3u8"), which yt-dlp's generic extractor downloads."""
    from yt_dlp.utils import KNOWN_EXTENSIONS, determine_ext

    return determine_ext(url) in KNOWN_EXTENSIONS


def _extract(ydl, url: str) -> dict[str, Any]:
    """yt-dlp's extraction; a link to a file goes to the generic extractor first.

    yt-dlp otherwise tries the URL patterns of its ~1,800 site extractors in turn, compiling each
    on first use: about 0.7 s of CPU in every download's child, most of what a short download
    costs (docs/measurements.md), for a link that no site's pattern but the generic one matches
    as a rule.  Where the generic extractor finds no media at such a link (a site's page that
    ends in ".mp4"), every extractor is tried as before.
    """
    from yt_dlp.utils import DownloadError, UnsupportedError

    if _is_file_link(url):
        try:
            return ydl.extract_info(url, download=True, ie_key="Generic")
        except DownloadError as exc:
            if not isinstance((exc.exc_info or (None, None))[1], UnsupportedError):
                raise
    return ydl.extract_info(url, download=True)


def _fetch(url: str, target: Path, retries: int, socket_timeout: float) -> tuple[Path, dict[str, Any]]:
    import yt_dlp

    logger = _Logger()
    try:
        with yt_dlp.YoutubeDL(_ytdlp_options(target, logger, retries, socket_timeout)) as ydl:
            info = ydl.sanitize_info(_extract(ydl, url))
    except yt_dlp.utils.YoutubeDLError as exc:
        raise PipelineError(f"{url}: download failed: {_explain(exc, logger)}") from None
    except Exception as exc:  # yt-dlp raises plain errors for some broken inputs
        raise PipelineError(f"{url}: download failed: {type(exc).__name__}: {exc}") from None
    if info.get("_type") == "playlist":
        refused = _refused(info)
        if refused:
            raise PipelineError(f"{url}: download failed: {refused}")
        entries = [entry for entry in info.get("entries") or [] if entry]
        if not entries:
            raise PipelineError(f"{url}: download failed: the page lists no media")
        info = entries[0]
    if _refused(info) == LIVE:
        raise PipelineError(f"{url}: download failed: {LIVE}")
    downloads = info.get("requested_downloads") or [info]
    media = Path(downloads[0].get("filepath") or downloads[0].get("_filename", ""))
    if not media.is_file():
        raise PipelineError(f"{url}: download failed: yt-dlp reported no file")
    return media, info
