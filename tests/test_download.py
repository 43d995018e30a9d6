"""download through yt-dlp against a server on 127.0.0.1 that the test starts; no internet."""

from __future__ import annotations

import functools
import json
import shutil
import socket
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
import soundfile

from conftest import invoke, write_config, write_tone


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return tmp_path_factory.mktemp("site")


@pytest.fixture(scope="module")
def server(site):
    """One server for the module (stopping one waits up to half a second)."""
    write_tone(site / "talk.wav", seconds=3)
    (site / "page.html").write_text(
        '<html><head><title>Hari uji</title></head><body><video controls src="talk.wav"></video></body></html>'
    )
    # a page whose metadata is longer than an artifact holds: a programme's whole rundown as its description
    rundown = "Sesi 1: diplomasi digital di masa pandemi. " * 700
    (site / "long.html").write_text(
        f"<html><head><title>{'Webinar diplomasi digital ' * 900}</title>"
        f'<meta property="og:description" content="{rundown}"></head>'
        '<body><video controls src="talk.wav"></video></body></html>'
    )
    (site / "about.html").write_text("<html><body><p>Tidak ada rekaman di sini.</p></body></html>")
    # a page of two recordings, as a playlist or a channel's videos are: the first had been taken as the day
    (site / "two.html").write_text(
        '<html><body><video controls src="talk.wav"></video><video controls src="silent.wav"></video></body></html>'
    )
    (site / "empty.wav").write_bytes(b"")
    write_tone(site / "silent.wav", seconds=3, amplitude=0.0)
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _download(tmp_path, source):
    config = write_config(tmp_path, source=source)
    return invoke("--outputs", tmp_path / "out", "download", config), tmp_path / "out" / "test-day"


@pytest.mark.parametrize("page", ["talk.wav", "page.html"])
def test_media_file_and_video_page(tmp_path, server, page):
    result, day = _download(tmp_path, f"{server}/{page}")
    assert result.exit_code == 0, result.output
    samples, rate = soundfile.read(day / "audio.wav")
    assert rate == 16000 and samples.ndim == 1
    assert abs(len(samples) / rate - 3.0) < 0.1
    source = json.loads((day / "source.json").read_text())
    assert source["kind"] == "url" and source["ytdlp"]["extractor"]
    assert source["provenance"]["inputs"]["source"] == f"{server}/{page}"


def test_a_site_s_long_title_and_description_are_kept_cut(tmp_path, server):
    """The site's metadata is not the user's to shorten: a description or a title longer than an
    artifact holds (30,000 characters) is kept cut, ending in '…', where it had failed the download
    as an internal error (ValidationError: 'title' holds 23,403 characters)."""
    from pipeline.artifacts import MAX_TEXT_CHARS

    result, day = _download(tmp_path, f"{server}/long.html")
    assert result.exit_code == 0, result.output
    source = json.loads((day / "source.json").read_text())
    for text in (source["title"], source["ytdlp"]["title"], source["ytdlp"]["description"]):
        assert len(text) == MAX_TEXT_CHARS and text.endswith("…") and text.startswith(("Webinar", "Sesi 1"))


def test_rerun_does_no_network_work(tmp_path, site, server):
    shutil.copy(site / "talk.wav", site / "rerun.wav")
    result, day = _download(tmp_path, f"{server}/rerun.wav")
    assert result.exit_code == 0
    before = (day / "source.json").read_text()
    (site / "rerun.wav").unlink()  # the server would now answer 404
    result, _ = _download(tmp_path, f"{server}/rerun.wav")
    assert result.exit_code == 0, result.output
    assert (day / "source.json").read_text() == before


def _refused_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/talk.wav"


@pytest.mark.parametrize(
    "path, expected",
    [
        ("missing.wav", "HTTP error 404"),
        ("about.html", "no audio or video found"),
        (None, "could not connect"),
        ("empty.wav", "download failed: the server sent an empty file (no bytes of media)"),
        ("silent.wav", "what it sent: the recording is silent"),
        ("two.html", "download failed: the address lists 2 recordings (a playlist, a channel or a page of several)"),
    ],
)
def test_download_errors_are_one_line(tmp_path, server, path, expected):
    url = _refused_url() if path is None else f"{server}/{path}"
    result, day = _download(tmp_path, url)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0] and url in lines[0], result.output
    assert not (day / "audio.wav").exists()


def test_a_file_link_goes_to_the_generic_extractor_and_then_to_every_one():
    """A link to a file skips yt-dlp's ~1,800 site patterns; where the generic extractor finds no
    media there (a site's page whose address ends in .mp4), every extractor is tried; any other
    failure is the download's error."""
    from yt_dlp.utils import DownloadError, UnsupportedError

    from pipeline.media.fetch import _extract

    class Extractors:
        def __init__(self, generic_fails_with=None):
            self.asked, self.fails_with = [], generic_fails_with

        def extract_info(self, url, download, ie_key=None):
            self.asked.append(ie_key)
            if ie_key == "Generic" and self.fails_with:
                raise DownloadError("failed", exc_info=(type(self.fails_with), self.fails_with, None))
            return {"url": url}

    for url, generic_fails_with, asked in [
        ("http://127.0.0.1:8000/talk.wav", None, ["Generic"]),
        ("http://127.0.0.1:8000/hls/index.m3u8", None, ["Generic"]),
        ("https://www.youtube.com/watch?v=abc", None, [None]),
        ("https://www.example.org/s/rekaman.mp4?dl=0", UnsupportedError("https://www.example.org"), ["Generic", None]),
    ]:
        extractors = Extractors(generic_fails_with)
        assert _extract(extractors, url) == {"url": url}
        assert extractors.asked == asked, url
    extractors = Extractors(OSError("connection reset"))
    with pytest.raises(DownloadError):
        _extract(extractors, "http://127.0.0.1:8000/talk.wav")
    assert extractors.asked == ["Generic"]
