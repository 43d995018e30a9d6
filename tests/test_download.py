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
    (site / "about.html").write_text("<html><body><p>Tidak ada rekaman di sini.</p></body></html>")
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
    [("missing.wav", "HTTP error 404"), ("about.html", "no audio or video found"), (None, "could not connect")],
)
def test_download_errors_are_one_line(tmp_path, server, path, expected):
    url = _refused_url() if path is None else f"{server}/{path}"
    result, day = _download(tmp_path, url)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0] and url in lines[0], result.output
    assert not (day / "audio.wav").exists()
