"""Faults: broken networks (a server on 127.0.0.1), kills at any moment, a full disk, a second
run of the same day, models that are not models, recordings in another language."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
import types
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import av
import numpy as np
import pytest
import soundfile

from conftest import REPO, invoke, write_config, write_tone
from pipeline.artifacts import DayPaths, PipelineError, day_lock
from pipeline.config import load_config
from pipeline.runner import stage_runs

LOKAKARYA = [sys.executable, "-m", "pipeline"]
FAST_NETWORK = {"retries": 2, "socket_timeout": 1.0}


def _one_line(result) -> str:
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    return lines[0]


def _mux(container, stream, frame) -> None:
    """Encode a frame into `stream` and mux its packets; None flushes what the encoder holds."""
    for packet in stream.encode(frame):
        container.mux(packet)


def _audio_frame(data: np.ndarray, sample_format: str, rate: int, pts: int, layout: str = "mono"):
    frame = av.AudioFrame.from_ndarray(data, format=sample_format, layout=layout)
    frame.sample_rate, frame.pts = rate, pts
    return frame


def _closed(container, *streams) -> None:
    """Flush each stream's encoder into the container, then close it."""
    for stream in streams:
        _mux(container, stream, None)
    container.close()


def _ts_segment(seconds: float, start: int) -> bytes:
    """A real MPEG-TS piece of a tone, as an HLS server would hold."""
    path = Path(f"/tmp/lokakarya-seg-{os.getpid()}-{start}.ts")
    container = av.open(str(path), "w", format="mpegts")
    stream = container.add_stream("aac", rate=16000, layout="mono")
    t = (np.arange(int(16000 * seconds)) + start) / 16000
    samples = (0.3 * np.sin(2 * np.pi * 220 * t)).astype("float32")
    for i in range(0, len(samples), 1024):
        _mux(container, stream, _audio_frame(samples[None, i : i + 1024], "fltp", 16000, start + i))
    _closed(container, stream)
    data = path.read_bytes()
    path.unlink()
    return data


class FaultyServer(BaseHTTPRequestHandler):
    """Serves one recording in several broken ways, chosen by the path."""

    wav: bytes = b""
    segments: ClassVar[list[bytes]] = []
    cuts: ClassVar[dict[str, int]] = {}
    cut_bodies: ClassVar[dict[str, bytes]] = {}  # /no-length-cut/<name>: served without a length, then closed
    html_as_audio: ClassVar[bool] = False  # /fixed-later.wav sends an error page labelled audio/wav

    def log_message(self, *args) -> None:
        pass

    def _send(self, status: int, body: bytes, kind: str, length: int | None = None, extra=()) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _trickle(self, data: bytes) -> None:
        """`data` a byte at a time, 0.2 s apart: slow, never stalled, until the client gives up."""
        try:
            for byte in data:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:  # the client gave up, as it should
            pass

    def do_GET(self) -> None:
        data, half = self.wav, len(self.wav) // 2
        if self.path == "/ranged-cut.wav":
            offset = int(self.headers.get("Range", "bytes=0-")[6:].split("-")[0])
            if offset == 0 and self.cuts.setdefault(self.path, 0) == 0:
                self.cuts[self.path] += 1
                self._send(200, data[:half], "audio/wav", len(data), [("Accept-Ranges", "bytes")])
            elif offset:
                self._send(
                    206,
                    data[offset:],
                    "audio/wav",
                    extra=[
                        ("Accept-Ranges", "bytes"),
                        ("Content-Range", f"bytes {offset}-{len(data) - 1}/{len(data)}"),
                    ],
                )
            else:
                self._send(200, data, "audio/wav", extra=[("Accept-Ranges", "bytes")])
        elif self.path == "/fixed-later.wav":
            if self.html_as_audio:
                self._send(200, b"<html><body>Maintenance</body></html>", "audio/wav")
            else:
                self._send(200, data, "audio/wav")
        elif self.path == "/plain-cut.wav":  # no ranges, and every attempt is cut
            self._send(200, data[:half], "audio/wav", len(data))
        elif self.path.startswith("/no-length-cut/"):  # the body ends early, nothing says how long
            name = self.path.rsplit("/", 1)[1]
            self.send_response(200)
            self.send_header("Content-Type", f"audio/{name.rsplit('.', 1)[1]}")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(self.cut_bodies.get(name, data[:half]))
            self.close_connection = True
        elif self.path == "/trickle.wav":  # one byte at a time, never slow enough to time out
            self.send_response(200)
            self.send_header("Content-Type", "audio/wav")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self._trickle(data[:200])
        elif self.path == "/slow-headers.wav":  # the headers themselves trickle in
            self._trickle(b"HTTP/1.1 200 OK\r\nContent-Type: audio/wav\r\nX-Padding: " + b"x" * 100)
            self.close_connection = True
        elif self.path == "/endless.wav":  # a body with no length that never ends, sent fast
            self.send_response(200)
            self.send_header("Content-Type", "audio/wav")
            self.end_headers()
            try:
                self.wfile.write(self.wav[:44])
                while True:
                    self.wfile.write(bytes(1 << 16))
            except OSError:
                pass
            self.close_connection = True
        elif self.path == "/endless-page.html":  # a web page that never ends: yt-dlp reads it into memory
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                self.wfile.write(b"<html><body>")
                while True:
                    self.wfile.write(b"<p>halo dunia</p>" * 4096)
            except OSError:
                pass
            self.close_connection = True
        elif self.path == "/redirect-loop.wav":
            self.send_response(302)
            self.send_header("Location", "/redirect-loop.wav")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/hls-trickle/seg1.ts":  # one segment of a playlist trickles
            self.send_response(200)
            self.send_header("Content-Type", "video/mp2t")
            self.send_header("Content-Length", str(len(self.segments[1])))
            self.end_headers()
            self._trickle(self.segments[1][:200])
        elif self.path == "/stall.wav":
            self._send(200, data[:1000], "audio/wav", len(data))
            time.sleep(5)
        elif self.path == "/gzip-garbage.wav":  # says gzip, is not
            self._send(200, b"not gzip at all " * 64, "audio/wav", extra=[("Content-Encoding", "gzip")])
        elif self.path == "/to-file.wav":  # a redirect away from http(s)
            self._send(302, b"", "text/plain", extra=[("Location", "file:///etc/passwd")])
        elif self.path == "/file-page.html":  # a page whose media is a local file of the machine
            self._send(200, b'<html><body><audio src="file:///etc/passwd"></audio></body></html>', "text/html")
        elif self.path == "/hang-up.wav":  # closes the connection without an answer
            self.close_connection = True
        elif self.path == "/hls-self/index.m3u8":  # a master playlist whose only variant is itself
            master = b"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=64000\nindex.m3u8\n"
            self._send(200, master, "application/vnd.apple.mpegurl")
        elif self.path.endswith(".m3u8"):  # a live stream's playlist has no end yet
            playlist = "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:0\n"
            playlist += "".join(f"#EXTINF:2.0,\nseg{i}.ts\n" for i in range(len(self.segments)))
            end = "" if self.path.startswith("/hls-live/") else "#EXT-X-ENDLIST\n"
            self._send(200, (playlist + end).encode(), "application/vnd.apple.mpegurl")
        elif self.path.startswith(("/hls-ok/seg", "/hls-live/seg")) or self.path in (
            "/hls-gap/seg0.ts",
            "/hls-gap/seg2.ts",
            "/hls-trickle/seg0.ts",
            "/hls-trickle/seg2.ts",
        ):
            index = int(self.path.rsplit("seg", 1)[1].split(".")[0])
            self._send(200, self.segments[index], "video/mp2t")
        else:
            self._send(404, b"not found", "text/plain")


@pytest.fixture(scope="module")
def _faulty_server(tmp_path_factory):
    """One server for the module: encoding its recording and segments, and the up to 0.5 s that
    stopping a server waits, would otherwise come again for each of the 43 tests using it."""
    tone = write_tone(tmp_path_factory.mktemp("faulty") / "tone.wav", seconds=6)
    FaultyServer.wav = tone.read_bytes()
    FaultyServer.segments = [_ts_segment(2.0, i * 32000) for i in range(3)]
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FaultyServer)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def faulty(_faulty_server):
    """The server's address, its per-test state (the cut counts, the bodies to cut) cleared."""
    FaultyServer.cuts = {}
    FaultyServer.cut_bodies = {}
    FaultyServer.html_as_audio = False
    return _faulty_server


def _download(tmp_path, url):
    config = write_config(tmp_path, source=url, download=FAST_NETWORK)
    return invoke("--outputs", tmp_path / "out", "download", config), tmp_path / "out" / "test-day"


def test_what_a_server_sent_that_is_not_audio_is_not_kept_and_named_by_its_url(tmp_path, faulty):
    FaultyServer.html_as_audio = True
    result, day = _download(tmp_path, f"{faulty}/fixed-later.wav")
    line = _one_line(result)
    assert line.startswith(f"Error: {faulty}/fixed-later.wav: what it sent is not a readable audio")
    assert "the next run fetches it again" in line and not list((day / "download").rglob("media.*"))
    FaultyServer.html_as_audio = False  # the server is fixed: the next run succeeds
    result, day = _download(tmp_path, f"{faulty}/fixed-later.wav")
    assert result.exit_code == 0, result.output
    assert soundfile.info(day / "audio.wav").duration >= 5.9


@pytest.mark.parametrize("path", ["ranged-cut.wav", "hls-ok/index.m3u8"])
def test_recoverable_faults_give_the_whole_recording(tmp_path, faulty, path):
    result, day = _download(tmp_path, f"{faulty}/{path}")
    assert result.exit_code == 0, result.output
    seconds = soundfile.info(day / "audio.wav").duration
    assert seconds >= 5.9, f"only {seconds:.2f} s of 6 s arrived"


@pytest.mark.parametrize(
    "path",
    ["plain-cut.wav", "stall.wav", "hls-gap/index.m3u8"],
    ids=["cut-no-ranges", "stalled", "hls-missing-segment"],
)
def test_unrecoverable_faults_fail_clearly_and_keep_nothing_short(tmp_path, faulty, path, request):
    url = f"{faulty}/{path}"
    started = time.monotonic()
    result, day = _download(tmp_path, url)
    line = _one_line(result)
    assert url in line and "download failed" in line
    assert "stalled" not in request.node.name or "the server stopped answering" in line, line
    assert not (day / "audio.wav").exists()
    # a hang guard: the stalled server holds each attempt 5 s, so 5 s is what it needs at load 10
    assert time.monotonic() - started < 60


def _truncated(data: bytes, keep: float) -> bytes:
    """About `keep` of the file, cut at an odd byte as a dropped connection leaves it (a cut
    exactly between packets of a format that states no length leaves no trace)."""
    return data[: int(len(data) * keep) - 101]


def _encoded(path: Path, seconds: float, format: str, codec: str, **container_options) -> Path:
    """A mono tone in any container and codec PyAV writes."""
    rate = 48000 if codec == "libopus" else 44100
    container = av.open(str(path), "w", format=format, options=container_options)
    stream = container.add_stream(codec, rate=rate, layout="mono")
    size = stream.codec_context.frame_size or 1024
    sample_format = stream.codec_context.format.name
    t = np.arange(int(rate * seconds)) / rate
    samples = 0.3 * np.sin(2 * np.pi * 220 * t) * (1 + 0.5 * np.sin(t))
    dtype, scale = {"s16": ("int16", 2**15), "s32": ("int32", 2**31)}.get(sample_format[:3], ("float32", 1))
    samples = (samples * scale).astype(dtype)
    for i in range(0, len(samples), size):
        _mux(container, stream, _audio_frame(samples[None, i : i + size], sample_format, rate, i))
    _closed(container, stream)
    return path


def _webm(path: Path, seconds: float) -> Path:
    return _encoded(path, seconds, "webm", "libopus")


def _wav_with_a_chunk_before_its_data(path: Path, seconds: float) -> Path:
    """A WAV whose data chunk starts after 70 kB of metadata (past any fixed-size peek)."""
    import struct

    pcm = (0.3 * 32767 * np.sin(2 * np.pi * 220 * np.arange(int(16000 * seconds)) / 16000)).astype("<i2")
    fmt = struct.pack("<HHIIHH", 1, 1, 16000, 32000, 2, 16)
    chunks = (
        b"fmt "
        + struct.pack("<I", len(fmt))
        + fmt
        + b"LIST"
        + struct.pack("<I", 70_000)
        + b"\0" * 70_000
        + b"data"
        + struct.pack("<I", pcm.nbytes)
        + pcm.tobytes()
    )
    path.write_bytes(b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WAVE" + chunks)
    return path


# Every way a format tells its length or its end: a header (WAV data size, MP3 Xing, FLAC
# STREAMINFO, the MP4 index, Matroska, AIFF) or only its last frame, page or packet (MP3 and MP2
# without Xing, ADTS AAC, Ogg, MPEG-TS).  Each makes a whole 20 s file.
FORMATS = {
    "wav": lambda p: write_tone(p, seconds=20),
    "big-chunk.wav": lambda p: _wav_with_a_chunk_before_its_data(p, 20),
    "webm": lambda p: _webm(p, 20),
    "xing.mp3": lambda p: _encoded(p, 20, "mp3", "libmp3lame"),
    "cbr.mp3": lambda p: _encoded(p, 20, "mp3", "libmp3lame", write_xing="0", id3v2_version="0"),
    "aac": lambda p: _encoded(p, 20, "adts", "aac"),
    "opus": lambda p: _encoded(p, 20, "ogg", "libopus"),
    "flac": lambda p: _encoded(p, 20, "flac", "flac"),
    "m4a": lambda p: _encoded(p, 20, "ipod", "aac", movflags="faststart"),
    "aiff": lambda p: _encoded(p, 20, "aiff", "pcm_s16be"),
    "ts": lambda p: _encoded(p, 20, "mpegts", "aac"),
    "mp2": lambda p: _encoded(p, 20, "mp2", "mp2"),
}


@pytest.fixture(scope="module")
def whole_media(tmp_path_factory):
    """FORMATS[name]'s whole file, made once for the module (encoding was most of these tests' time)."""
    folder = tmp_path_factory.mktemp("whole-media")
    made: dict[str, Path] = {}

    def whole(name: str) -> Path:
        if name not in made:
            made[name] = FORMATS[name](folder / f"whole.{name}")
        return made[name]

    return whole


def _ogg_cut_between_pages(data: bytes) -> bytes:
    """Cut where a page starts: every page whole, but the stream never ends."""
    return data[: data.index(b"OggS", len(data) // 3)]


@pytest.mark.parametrize("name", FORMATS)
def test_whole_media_of_every_format_pass_without_a_warning(tmp_path, whole_media, name):
    shutil.copy(whole_media(name), tmp_path / f"talk.{name}")
    out = tmp_path / "out"
    result = invoke("--outputs", out, "download", write_config(tmp_path, source=f"talk.{name}"))
    assert result.exit_code == 0 and "Warning" not in result.output, result.output
    info = json.loads((out / "test-day" / "source.json").read_text())
    assert abs(info["duration"] - 20) < 0.2 and info["warnings"] == []


@pytest.mark.parametrize(
    "kind", [*FORMATS, "page-boundary.opus", "http-no-length.wav", "http-no-length.cbr.mp3", "http-no-length.aac"]
)
@pytest.mark.parametrize("allow", [False, True], ids=["refused", "allowed"])
def test_media_that_lie_about_their_length(tmp_path, faulty, whole_media, kind, allow):
    """A file or an HTTP body cut to 30 %: its header (or the site) declares more than it holds,
    or its last frame or page is cut off.  An error, or with download.allow_incomplete a record
    that says so loudly, in source.json and as a warning."""
    name = kind.split(".", 1)[1] if kind.startswith(("http-", "page-")) else kind
    full = whole_media(name).read_bytes()
    cut = _ogg_cut_between_pages(full) if kind.startswith("page-") else _truncated(full, 0.3)
    if kind.startswith("http-"):
        FaultyServer.cut_bodies[f"talk.{name}"] = cut
        source = f"{faulty}/no-length-cut/talk.{name}"
    else:
        (tmp_path / f"talk.{name}").write_bytes(cut)
        source = f"talk.{name}"
    config = write_config(tmp_path, source=source, download=dict(FAST_NETWORK, allow_incomplete=allow))
    out = tmp_path / "out"
    result = invoke("--outputs", out, "download", config)
    if not allow:
        line = _one_line(result)
        assert "download is incomplete" in line and "allow_incomplete" in line
        assert not (out / "test-day" / "audio.wav").exists()
        return
    assert result.exit_code == 0, result.output
    assert "Warning:" in result.output and "INCOMPLETE" in result.output
    info = json.loads((out / "test-day" / "source.json").read_text())
    assert info["warnings"] and "INCOMPLETE" in info["warnings"][0]
    assert info["duration"] < 10


@pytest.mark.parametrize("allow", [False, True], ids=["refused", "allowed"])
def test_an_mp4_cut_before_its_index_is_an_error_either_way(tmp_path, allow):
    full = _encoded(tmp_path / "full.m4a", 20, "ipod", "aac").read_bytes()  # the index (moov) at the end
    (tmp_path / "talk.m4a").write_bytes(_truncated(full, 0.5))
    config = write_config(tmp_path, source="talk.m4a", download={"allow_incomplete": allow})
    line = _one_line(invoke("--outputs", tmp_path / "out", "download", config))
    assert "talk.m4a: the file is cut short and nothing of it can be decoded" in line and "'mdat'" in line


def _video_longer_than_its_sound(path: Path, format: str, audio_codec: str) -> Path:
    """30 s of picture (a tiny MJPEG frame a second) over 20 s of tone: an end card, or a screen
    recording stopped after the microphone."""
    container = av.open(str(path), "w", format=format)
    video = container.add_stream("mjpeg", rate=1)
    video.width, video.height, video.pix_fmt = 16, 16, "yuvj420p"
    audio = container.add_stream(audio_codec, rate=48000, layout="mono")
    for second in range(30):
        frame = av.VideoFrame.from_ndarray(np.full((16, 16, 3), 8 * second, np.uint8), format="rgb24")
        frame.pts = second
        _mux(container, video, frame.reformat(format="yuvj420p"))
    size = audio.codec_context.frame_size or 1024
    sample_format = audio.codec_context.format.name  # fltp for AAC, s16 for Opus
    tone = 0.3 * np.sin(2 * np.pi * 220 * np.arange(20 * 48000) / 48000)
    tone = (tone * 32767).astype("int16") if sample_format == "s16" else tone.astype("float32")
    for i in range(0, len(tone), size):
        _mux(container, audio, _audio_frame(tone[None, i : i + size], sample_format, 48000, i))
    _closed(container, video, audio)
    return path


@pytest.mark.parametrize("name, format, codec", [("mp4", "mp4", "aac"), ("webm", "matroska", "libopus")])
def test_a_video_whose_picture_runs_on_after_its_sound_is_whole(tmp_path, name, format, codec):
    """The container's 30 s are the picture's; the sound states its own 20 s and is whole (it
    had been refused: `download is incomplete: 20.0 s of audio, the media header declares 30.0 s`)."""
    _video_longer_than_its_sound(tmp_path / f"talk.{name}", format, codec)
    config = write_config(tmp_path, source=f"talk.{name}")
    assert "declares 20.0 s" in invoke("validate", config).output
    out = tmp_path / "out"
    result = invoke("--outputs", out, "download", config)
    assert result.exit_code == 0 and "Warning" not in result.output, result.output
    info = json.loads((out / "test-day" / "source.json").read_text())
    assert abs(info["duration"] - 20) < 0.2 and abs(info["declared_duration"] - 20) < 0.2


def test_whole_media_with_declared_lengths_pass():
    from pipeline.download import incomplete

    assert incomplete(599.0, {"the source": 600.0, "the media header": None}) is None
    assert "declares 20.0 s" in incomplete(16.0, {"the source": 20.0})
    assert "bytes arrived" in incomplete(10.0, {}, 500, 1000)


def _speech(seconds: float = 8.0) -> np.ndarray:
    import av as _av

    with _av.open(str(REPO / "tests" / "data" / "english.opus")) as container:
        resampler = _av.AudioResampler(format="flt", layout="mono", rate=16000)
        blocks = [c.to_ndarray().reshape(-1) for f in container.decode(audio=0) for c in resampler.resample(f)]
    return np.concatenate(blocks)[: int(16000 * seconds)]


def test_speech_with_no_word_heard_is_found_and_words_heard_cover_theirs():
    from pipeline.transcribe import SKIPPED_SPEECH_SECONDS, _unheard_speech

    speech = np.concatenate([np.zeros(32000, dtype="float32"), _speech(12.0)])
    unheard = _unheard_speech(speech, [])
    assert unheard and all(end - start >= SKIPPED_SPEECH_SECONDS for start, end in unheard)
    assert unheard[0][0] >= 1.5  # the two seconds of silence before are no speech
    every_second = [(at / 2, at / 2 + 0.4) for at in range(28)]
    assert _unheard_speech(speech, every_second) == []
    # words heard over the first half leave the second half unheard
    first_half = [(at / 2, at / 2 + 0.4) for at in range(14)]
    assert all(start >= 7.0 for start, _ in _unheard_speech(speech, first_half))


@pytest.mark.parametrize("logprob, ratio, kept", [(-0.6, 1.2, True), (-1.3, 1.2, False), (-0.6, 3.5, False)])
def test_speech_left_out_is_decoded_again_unless_that_fails_or_loops(logprob, ratio, kept):
    """A window decoded again alone keeps its words above Whisper's own mark of a failed decoding
    and where it does not loop."""
    from types import SimpleNamespace as Raw

    from pipeline.config import TranscribeOptions
    from pipeline.transcribe import _left_out

    def transcribe(samples, **_):
        word = Raw(word=" lagi", start=0.2, end=0.6, probability=0.9)
        window = Raw(seek=0, start=0.2, end=0.6, text=" lagi", avg_logprob=logprob, no_speech_prob=0.1)
        window.compression_ratio, window.words = ratio, [word]
        return iter([window]), None

    model = Raw(model=None, transcribe=transcribe)
    speech = np.concatenate([np.zeros(32000, dtype="float32"), _speech(8.0)])
    found = list(_left_out(model, speech, 100.0, [], TranscribeOptions(), {"language": "id"}))
    assert (found != []) is kept
    assert all(segment.start > 101.0 and segment.language == "id" for segment in found)  # on the recording's clock


def _tracks(path: Path, signals: list[np.ndarray]) -> Path:
    """A Matroska file with one mono FLAC track per signal."""
    container = av.open(str(path), "w", format="matroska")
    streams = [container.add_stream("flac", rate=16000, layout="mono") for _ in signals]
    for stream, signal_ in zip(streams, signals, strict=True):
        pcm = (signal_ * 32767).astype("int16")
        for i in range(0, len(pcm), 4096):
            _mux(container, stream, _audio_frame(pcm[None, i : i + 4096], "s16", 16000, i))
        _mux(container, stream, None)
    container.close()
    return path


def test_speech_that_starts_late_in_a_short_recording_picks_its_track(tmp_path):
    """Speech from 12 s on in a 40 s recording (a sample of the first 10 s of each minute alone
    would hear none of it) beside a tone on the first track."""
    speech = _speech()
    late = np.zeros(40 * 16000, dtype="float32")
    late[12 * 16000 : 12 * 16000 + len(speech)] = speech
    tone = (0.1 * np.sin(2 * np.pi * 440 * np.arange(len(late)) / 16000)).astype("float32")
    _tracks(tmp_path / "talk.mkv", [tone, late])
    out = tmp_path / "out"
    assert invoke("--outputs", out, "download", write_config(tmp_path, source="talk.mkv")).exit_code == 0
    assert json.loads((out / "test-day" / "source.json").read_text())["track"] == 1


@pytest.mark.parametrize("speech_on", [0, 1, 2])
def test_the_track_with_speech_is_chosen(tmp_path, speech_on):
    """Speech on any one of three tracks (the others a tone and near-silence) is found."""
    speech = _speech()
    t = np.arange(len(speech)) / 16000
    others = [0.2 * np.sin(2 * np.pi * 440 * t), 0.002 * np.random.default_rng(0).normal(size=len(t))]
    signals = others[:speech_on] + [speech] + others[speech_on:]
    _tracks(tmp_path / "talk.mkv", [s.astype("float32") for s in signals])
    out = tmp_path / "out"
    result = invoke("--outputs", out, "download", write_config(tmp_path, source="talk.mkv"))
    assert result.exit_code == 0, result.output
    info = json.loads((out / "test-day" / "source.json").read_text())
    assert info["tracks"] == 3 and info["track"] == speech_on and "most speech" in info["track_choice"]
    forced = write_config(tmp_path, source="talk.mkv", source_track=(speech_on + 1) % 3)
    assert invoke("--outputs", out, "download", forced).exit_code == 0
    assert json.loads((out / "test-day" / "source.json").read_text())["track"] == (speech_on + 1) % 3
    line = _one_line(invoke("validate", write_config(tmp_path, source="talk.mkv", source_track=3)))
    assert "has 3 audio track(s)" in line and "source_track 3" in line


@pytest.mark.parametrize("second", ["other-speaker", "other-speaker-bleed", "interpreter", "same-microphone"])
def test_a_track_per_speaker_is_mixed_and_a_track_of_the_same_speech_is_not(tmp_path, second):
    """A meeting recorded one track per participant: each track speaks while the other is silent
    or only leaks in (each microphone hearing the other person at 0.3), and both are heard (the
    one with most speech alone had been kept, the other speaker lost).  A track speaking at the
    same times (an interpreter a second behind, the host's microphone that the first track
    already holds) is not mixed in."""
    speech = _speech(12.0)
    first, other = np.zeros(24 * 16000, np.float32), np.zeros(24 * 16000, np.float32)
    first[: len(speech)] = speech
    if second.startswith("other-speaker"):
        other[12 * 16000 :] = 0.8 * speech[::-1]  # another voice (backwards), after the first
        if second.endswith("bleed"):
            first, other = first + 0.3 * other, other + 0.3 * first
    elif second == "interpreter":
        other[16000 : 11 * 16000] = 0.8 * speech[::-1][: 10 * 16000]
    else:
        other[: len(speech) // 2] = 0.5 * speech[: len(speech) // 2]
    _tracks(tmp_path / "talk.mkv", [first, other])
    out = tmp_path / "out"
    result = invoke("--outputs", out, "download", write_config(tmp_path, source="talk.mkv"))
    assert result.exit_code == 0, result.output
    info = json.loads((out / "test-day" / "source.json").read_text())
    audio, _ = soundfile.read(out / "test-day" / "audio.wav")
    second_half = np.sqrt((audio[12 * 16000 :] ** 2).mean())
    assert info["track"] == 0
    if second.startswith("other-speaker"):
        assert "mixed with track(s) 1" in info["track_choice"] and second_half > 0.02
        assert info["channels"] == "track 0: mono; track 1: mono"
    else:
        assert "mixed" not in info["track_choice"] and second_half < 0.001
        assert np.allclose(audio[: len(speech)], np.round(speech * 32767) / 32768, atol=1e-4)


def _centre_only(speech: np.ndarray) -> np.ndarray:
    channels = np.zeros((len(speech), 6), dtype="float32")
    channels[:, 2] = speech
    return channels


@pytest.mark.parametrize("right", ["inverted", "nearly-inverted", "silent", "other-voice", "surround-centre", "tone"])
def test_a_stereo_mix_that_cancels_is_not_called_silent(tmp_path, right):
    """A phase-inverted pair, a silent channel, speech on a surround file's centre alone: the
    channel with speech is taken; without speech to choose by (a tone, inverted), the louder
    channel where the mix cancels."""
    speech = _speech()
    if right == "tone":
        speech = (0.1 * np.sin(2 * np.pi * 440 * np.arange(len(speech)) / 16000)).astype("float32")
    channels = (
        _centre_only(speech)
        if right == "surround-centre"
        else np.stack(
            [
                speech,
                {
                    "inverted": -speech,
                    "nearly-inverted": -0.9 * speech,
                    "silent": np.zeros_like(speech),
                    "other-voice": np.roll(speech, 16000 * 3),
                    "tone": -speech,
                }[right],
            ],
            axis=1,
        )
    )
    soundfile.write(tmp_path / "talk.wav", channels, 16000)
    out = tmp_path / "out"
    result = invoke("--outputs", out, "download", write_config(tmp_path))
    assert result.exit_code == 0, result.output
    info = json.loads((out / "test-day" / "source.json").read_text())
    audio, _ = soundfile.read(out / "test-day" / "audio.wav")
    assert np.sqrt((audio**2).mean()) > 0.9 * np.sqrt((speech**2).mean())
    assert ("cancel" in info["channels"]) == (right == "tone")
    # An exact inverse is as good a channel as the original; of a quieter one, the louder is taken.
    taken = {"surround-centre": "channel 3 of 6", "inverted": "channel "}.get(right, "channel 1 of 2")
    assert info["channels"].startswith(taken), info["channels"]


def _music(samples: int) -> np.ndarray:
    """Chords of a few harmonics, one every half second, louder than the speech."""
    t = np.arange(samples) / 16000
    roots = np.array([220.0, 262.0, 330.0, 392.0])[(t * 2).astype(int) % 4]
    chord = sum(np.sin(2 * np.pi * roots * ratio * t) / ratio for ratio in (1, 1.25, 1.5, 2))
    return (0.12 * chord).astype("float32")


@pytest.mark.parametrize(
    "case",
    [
        "music",
        "noisy-feed",
        "interpreter",
        "interpreter-bleed-0.1",
        "interpreter-bleed-0.3",
        "speaker-each",
        "speaker-each-bleed-0.1",
        "speaker-each-bleed-0.3",
        "speaker-each-bleed-0.5",
        "identical",
    ],
)
def test_a_recordings_channels_are_chosen_by_their_speech(tmp_path, monkeypatch, case):
    """Speech on the left and loud music on the right had been averaged into audio.wav (and the
    transcript garbled); now a channel without speech is left out, of two channels carrying one
    voice the clearer is taken (a microphone beside a noisy line feed), an interpreter speaking
    over the floor is not mixed in (two languages in one transcript), even with the floor leaking
    into the interpreter's microphone, a speaker on each channel is kept, even where each leaks
    into the other's microphone (bleed: Silero hears the leak as speech, and the second speaker
    had been left out as an interpreter), and identical channels are averaged without measuring
    their speech at all."""
    speech = _speech(12.0)
    left, right = speech.copy(), np.zeros_like(speech)
    bleed = float(case.rpartition("-")[2]) if "bleed" in case else 0.0
    if case == "music":
        right = _music(len(speech))
    elif case == "noisy-feed":
        noise = np.random.default_rng(0).normal(size=len(speech)).astype("float32")
        left, right = 0.9 * speech + noise * np.sqrt((speech**2).mean() / (noise**2).mean()), speech
    elif case.startswith("interpreter"):
        right[16000:] = 0.8 * speech[::-1][: len(speech) - 16000]  # another voice, a second behind
        right += bleed * left
    elif case.startswith("speaker-each"):
        # The first voice, then another (0.9 as loud), then the first again: each microphone
        # hears the other person `bleed` as loud.
        first, other = speech.copy(), np.zeros_like(speech)
        first[4 * 16000 : 9 * 16000], other[4 * 16000 : 9 * 16000] = 0, 0.9 * speech[::-1][: 5 * 16000]
        left, right = first + bleed * other, other + bleed * first
    else:
        right = speech
        monkeypatch.setattr("pipeline.media.audio._sampled", lambda *args, **kwargs: pytest.fail("speech was measured"))
    soundfile.write(tmp_path / "talk.wav", np.stack([left, right], axis=1), 16000)
    out = tmp_path / "out"
    result = invoke("--outputs", out, "download", write_config(tmp_path))
    assert result.exit_code == 0, result.output
    channels = json.loads((out / "test-day" / "source.json").read_text())["channels"]
    audio, _ = soundfile.read(out / "test-day" / "audio.wav", dtype="float32")
    taken = {
        "music": ("channel 1 of 2", "channel 2 (no speech"),
        "noisy-feed": ("channel 2 of 2", "channel 1 (the same voice, no clearer"),
        "interpreter": ("channel 1 of 2", "channel 2 (another voice at the same times: an interpreter?)"),
        "speaker-each": ("mean of 2 channels", "a speaker of its own on each channel"),
        "identical": ("mean of 2 channels", None),
    }[case.partition("-bleed")[0]]
    assert channels.startswith(taken[0]) and (taken[1] in channels if taken[1] else channels == taken[0]), channels
    expected = (left + right) / 2 if channels.startswith("mean") else (left if "channel 1 of" in channels else right)
    assert np.allclose(audio, np.round(expected * 32767) / 32768, atol=1e-3)


def test_a_configured_channel_is_taken_as_it_is(tmp_path):
    """The archivist's source_channel overrides the choice by speech: the interpreter's channel
    alone, or a list of channels averaged; a channel the track does not have, or channels of an
    unnamed track of several, is one line from validate and from download, and the audio made
    before is kept; a configured channel that is silent is refused as a silent recording."""
    speech = _speech(12.0)
    floor, interpreter = speech.copy(), np.zeros_like(speech)
    interpreter[16000:] = 0.8 * speech[::-1][: len(speech) - 16000]
    soundfile.write(tmp_path / "talk.wav", np.stack([floor, interpreter, np.zeros_like(speech)], axis=1), 16000)
    out = tmp_path / "out"
    day = out / "test-day"
    for source_channel, requested, taken, expected in [
        (None, None, "channel 1 of 3 (speech in a sample", floor),
        (2, [2], "channel 2 of 3 (configured (source_channel))", interpreter),
        ([2, 1], [1, 2], "mean of channels 1, 2 of 3 (configured (source_channel))", (floor + interpreter) / 2),
    ]:
        result = invoke("--outputs", out, "download", write_config(tmp_path, source_channel=source_channel))
        assert result.exit_code == 0, result.output
        info = json.loads((day / "source.json").read_text())
        assert info["channels"].startswith(taken) and info["requested_channel"] == requested, info["channels"]
        audio, _ = soundfile.read(day / "audio.wav", dtype="float32")
        assert np.allclose(audio, np.round(expected * 32767) / 32768, atol=1e-3)
    kept = (day / "audio.wav").read_bytes()
    for command in (["validate"], ["--outputs", out, "download"]):
        line = _one_line(invoke(*command, write_config(tmp_path, source_channel=[1, 4])))
        assert line.endswith(
            "talk.wav: its audio track has 3 channel(s), so source_channel 4 does not exist (1 is the first)"
        )
    line = _one_line(invoke("--outputs", out, "download", write_config(tmp_path, source_channel=3)))
    assert line.endswith("talk.wav: the recording is silent (channel 3 of 3, chosen by source_channel)"), line
    assert (day / "audio.wav").read_bytes() == kept
    _tracks(tmp_path / "talk.mkv", [floor, interpreter])
    line = _one_line(invoke("validate", write_config(tmp_path, source="talk.mkv", source_channel=1)))
    assert "talk.mkv: has 2 audio tracks, so source_channel needs source_track" in line, line
    line = _one_line(invoke("validate", write_config(tmp_path, source="talk.mkv", source_channel=2, source_track=1)))
    assert "talk.mkv: audio track 1 (source_track) has 1 channel(s), so source_channel 2 does not exist" in line
    config = write_config(tmp_path, source="talk.mkv", source_channel=1, source_track=1)
    assert invoke("--outputs", out, "download", config).exit_code == 0
    assert json.loads((day / "source.json").read_text())["channels"] == "channel 1 of 1 (configured (source_channel))"


@pytest.mark.parametrize(
    "path, case",
    [
        ("trickle.wav", "slow-trickle"),
        ("trickle.wav", "deadline"),
        ("slow-headers.wav", "slow-trickle"),
        ("slow-headers.wav", "deadline"),
        ("hls-trickle/index.m3u8", "slow-trickle"),
        ("redirect-loop.wav", None),
    ],
)
def test_a_trickling_server_fails_in_bounded_time(tmp_path, faulty, path, case):
    limits = {
        "slow-trickle": {"min_rate": 2000, "stall_seconds": 1},
        "deadline": {"min_rate": 0, "deadline_seconds": 1.5},
        None: {},  # no limit of ours: yt-dlp gives up on the loop (a deadline could fire first on a busy machine)
    }
    options = dict(FAST_NETWORK, socket_timeout=5, **limits[case])
    config = write_config(tmp_path, source=f"{faulty}/{path}", download=options)
    started = time.monotonic()
    line = _one_line(invoke("--outputs", tmp_path / "out", "download", config))
    assert (
        "download failed" in line
        and {"slow-trickle": "min_rate", "deadline": "deadline"}.get(case, "redirected too many times") in line
    )
    # the message names the limit that fired; this bounds what follows it (the downloader and its
    # ffmpeg ended, the part removed): 1-2 s at load 10, below what no limit of ours would take
    # (each attempt trickles 23 s, trickle.wav's 40 s, and FAST_NETWORK retries twice)
    assert time.monotonic() - started < 60
    assert not (tmp_path / "out" / "test-day" / "audio.wav").exists()
    assert _processes_naming(tmp_path) == []  # neither the downloader nor an ffmpeg it started


def test_an_endless_page_is_stopped_before_it_fills_the_memory(tmp_path, faulty, monkeypatch):
    from pipeline import download

    monkeypatch.setattr(download, "DOWNLOADER_MEMORY_MAX", 300 * 1024 * 1024)
    config = write_config(tmp_path, source=f"{faulty}/endless-page.html", download=dict(FAST_NETWORK, min_rate=0))
    started = time.monotonic()
    line = _one_line(invoke("--outputs", tmp_path / "out", "download", config))
    assert "of memory reading the address: a page or playlist that never ends" in line, line
    assert time.monotonic() - started < 60  # a hang guard: the page never ends; 3.4 s at load 10
    assert _processes_naming(tmp_path) == []


@pytest.mark.parametrize(
    "limit, expected",
    [
        ({"max_bytes": 3_000_000}, "more than download.max_bytes (3 MiB) arrived"),
        ({"keep_free_bytes": 1 << 50}, "GiB left free on the disk of"),
    ],
)
def test_a_server_that_sends_for_ever_is_stopped_before_the_disk_fills(tmp_path, faulty, limit, expected):
    """No min_rate or deadline fires on a fast endless body: the size of what arrived and the
    space left on the disk do."""
    config = write_config(tmp_path, source=f"{faulty}/endless.wav", download=dict(FAST_NETWORK, min_rate=0, **limit))
    started = time.monotonic()
    line = _one_line(invoke("--outputs", tmp_path / "out", "download", config))
    assert line.startswith(f"Error: {faulty}/endless.wav: download failed: ") and expected in line, line
    assert time.monotonic() - started < 60  # a hang guard: the body never ends; 1.7 s at load 10
    assert not (tmp_path / "out" / "test-day" / "audio.wav").exists()
    assert _processes_naming(tmp_path) == []


@pytest.mark.parametrize(
    "path, expected",
    [
        ("gzip-garbage.wav", "failed to decode it (Error -3 while decompressing data"),
        ("hang-up.wav", "could not connect (Connection aborted (Remote end closed connection"),
        ("to-file.wav", "download failed: led to file:///etc/passwd, not an http(s) address"),
        ("file-page.html", "download failed: the page points at a local file (file://), which is refused"),
    ],
)
def test_errors_of_the_transfer_read_as_words_not_python(tmp_path, faulty, path, expected):
    """The errors beneath yt-dlp's carry a message and an exception, which it prints as a Python
    tuple ("('Received response ...', error('Error -3 ...'))")."""
    line = _one_line(_download(tmp_path, f"{faulty}/{path}")[0])
    assert expected in line and "('" not in line and "')" not in line, line


@pytest.mark.parametrize("path", ["hls-live/index.m3u8", "hls-self/index.m3u8"])
def test_a_live_stream_is_refused_at_once_without_limits(tmp_path, faulty, path):
    """Recording a live stream would run until it ends; a playlist naming itself as its variant
    looks live too, and ffmpeg fetched it in a loop for ever.  No min_rate, no deadline here."""
    config = write_config(tmp_path, source=f"{faulty}/{path}", download=dict(FAST_NETWORK, min_rate=0))
    started = time.monotonic()
    line = _one_line(invoke("--outputs", tmp_path / "out", "download", config))
    assert line.startswith(f"Error: {faulty}/{path}: download failed: a live stream that has not ended"), line
    assert time.monotonic() - started < 60  # a hang guard: the stream never ends; 2 s at load 10
    assert not (tmp_path / "out" / "test-day" / "audio.wav").exists()
    assert _processes_naming(tmp_path) == []


def _processes_naming(folder) -> list[str]:
    """Command lines of the live processes that name `folder` (a downloader, an ffmpeg)."""
    lines = []
    for entry in Path("/proc").glob("[0-9]*/cmdline"):
        with contextlib.suppress(OSError):
            line = entry.read_bytes().replace(b"\0", b" ").decode(errors="replace")
            if str(folder) in line and entry.parent.name != str(os.getpid()):
                lines.append(line)
    return lines


def test_second_run_of_a_day_refuses_while_the_first_holds_it(tmp_path):
    write_tone(tmp_path / "talk.wav")
    config = write_config(tmp_path)
    with day_lock(tmp_path / "out" / "test-day"):
        line = _one_line(invoke("--outputs", tmp_path / "out", "download", config))
        assert "another lokakarya run" in line and f"pid {os.getpid()}" in line
    assert invoke("--outputs", tmp_path / "out", "download", config).exit_code == 0


def test_disk_full_keeps_the_previous_artifact(tmp_path, monkeypatch):
    write_tone(tmp_path / "talk.wav")
    write_tone(tmp_path / "other.wav", seconds=3)
    out = tmp_path / "out"
    assert invoke("--outputs", out, "download", write_config(tmp_path)).exit_code == 0
    audio = out / "test-day" / "audio.wav"
    before = audio.read_bytes()

    real_fsync = os.fsync

    def full(fd):  # the disk fills as the audio is written (status.json, written first, went in)
        if ".audio.wav." not in os.readlink(f"/proc/self/fd/{fd}"):
            return real_fsync(fd)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    line = _one_line(invoke("--outputs", out, "download", write_config(tmp_path, source="other.wav")))
    assert "audio.wav: could not write: No space left on device" in line
    monkeypatch.undo()
    assert audio.read_bytes() == before
    assert not list(audio.parent.glob(".*.tmp"))


def test_model_paths_that_are_not_models(tmp_path):
    write_tone(tmp_path / "talk.wav")
    out = tmp_path / "out"
    assert invoke("--outputs", out, "download", write_config(tmp_path)).exit_code == 0
    for path, problem in [
        (tmp_path / "talk.wav", "is a file, not a model folder"),
        (tmp_path / "gone", "no such model folder"),
    ]:
        line = _one_line(
            invoke("--outputs", out, "transcribe", write_config(tmp_path, transcribe={"model": str(path)}))
        )
        assert f"{path}: {problem}" in line
    empty = tmp_path / "no-model"
    empty.mkdir()
    line = _one_line(invoke("--outputs", out, "transcribe", write_config(tmp_path, transcribe={"model": str(empty)})))
    assert "no-model: not a faster-whisper model directory" in line
    broken = tmp_path / "broken-model"
    broken.mkdir()
    (broken / "model.bin").write_bytes(b"\0" * 1024)
    (broken / "tokenizer.json").write_text("{}")
    line = _one_line(invoke("--outputs", out, "transcribe", write_config(tmp_path, transcribe={"model": str(broken)})))
    assert "does not hold a loadable faster-whisper model" in line
    assert not (out / "test-day" / "transcript.checkpoint.jsonl").exists()  # no work, no checkpoint of it
    line = _one_line(
        invoke(
            "--outputs",
            out,
            "transcribe",
            write_config(tmp_path, transcribe={"model": str(broken), "model_sha256": "0" * 64}),
        )
    )
    assert "is not the configured transcribe.model_sha256" in line


def test_doctor_reports_one_line_per_check(tmp_path):
    result = invoke("--outputs", tmp_path, "doctor", "--no-network")
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert [line.split(":")[0].split()[-1] for line in lines] == [
        "python",
        "decoder",
        "model",
        "model",
        "encoder",
        "nlp",
        "disk",
    ]
    assert all(line.startswith("ok ") for line in lines)


@pytest.mark.slow
def test_other_language_is_warned_with_the_detected_one(tmp_path):
    shutil.copy(REPO / "tests" / "data" / "english.opus", tmp_path / "talk.opus")
    config = write_config(tmp_path, source="talk.opus")
    out = tmp_path / "out"
    assert invoke("--outputs", out, "download", config).exit_code == 0
    result = invoke("--outputs", out, "transcribe", config)
    assert result.exit_code == 0, result.output
    assert "Warning:" in result.output and "sounds like 'en'" in result.output
    transcript = json.loads((out / "test-day" / "transcript.json").read_text())
    assert transcript["detected_language"] == "en" and transcript["warnings"]
    # decoded in English, as said, not written as invented Indonesian (transcribe.switch_languages)
    assert {segment["language"] for segment in transcript["segments"]} == {"en"}
    words = " ".join(segment["text"] for segment in transcript["segments"]).lower().split()
    assert sum(word.strip(".,?!") in {"the", "and", "of", "to", "is", "a", "in"} for word in words) >= 3, words


def _decoded(path: Path) -> np.ndarray:
    with av.open(str(path)) as container:
        resampler = av.AudioResampler(format="flt", layout="mono", rate=16000)
        return np.concatenate(
            [c.to_ndarray().reshape(-1) for f in container.decode(audio=0) for c in resampler.resample(f)]
        )


@pytest.mark.slow
def test_english_in_an_indonesian_day_is_decoded_in_english_and_the_rest_in_indonesian(tmp_path):
    """A guest speaking English for a while: Whisper told 'id' writes such a window as invented
    Indonesian; the window is decoded in English where Whisper is sure of it."""
    indonesian = _decoded(REPO / "configs" / "demo-3" / "recording.opus")
    english = _decoded(REPO / "tests" / "data" / "english.opus")
    pause = np.zeros(16000, dtype="float32")
    soundfile.write(tmp_path / "talk.wav", np.concatenate([indonesian, pause, english, pause, indonesian]), 16000)
    config = write_config(tmp_path, source="talk.wav")
    out = tmp_path / "out"
    for stage in ("download", "transcribe"):
        assert invoke("--outputs", out, stage, config).exit_code == 0
    segments = json.loads((out / "test-day" / "transcript.json").read_text())["segments"]
    english_starts = len(indonesian) / 16000 + 1
    english_ends = english_starts + len(english) / 16000
    inside = [s for s in segments if s["start"] >= english_starts - 0.5 and s["end"] <= english_ends + 0.5]
    outside = {s["language"] for s in segments if s["end"] < english_starts - 2 or s["start"] > english_ends + 2}
    # Written as said (decoded in English, or Whisper kept the English though told Indonesian: the
    # window then holds some Indonesian too), never invented Indonesian; the Indonesian stays "id".
    said = " ".join(s["text"] for s in inside).lower()
    assert all(word in said for word in ("afternoon", "diplomacy", "workshop")), inside
    assert outside == {"id"}, segments


def _demo3_day(folder: Path, **fields) -> Path:
    shutil.copy(REPO / "configs" / "demo-3" / "recording.opus", folder / "recording.opus")
    return write_config(folder, source="recording.opus", **fields)


@pytest.mark.slow
def test_more_names_than_voices_is_an_error(tmp_path):
    speakers = [{"name": n} for n in ("Satu", "Dua", "Tiga")]
    config = _demo3_day(tmp_path, speakers=speakers)
    out = tmp_path / "out"
    for stage in ("download", "transcribe"):
        assert invoke("--outputs", out, stage, config).exit_code == 0
    line = _one_line(invoke("--outputs", out, "diarize", config))
    assert "names 3 speakers" in line and "2 distinct voice(s)" in line


@pytest.mark.slow
def test_killed_transcription_resumes_from_its_checkpoint(tmp_path, monkeypatch):
    """Kill transcription after two of its pieces; the resumed transcript equals an
    uninterrupted one, and the resumed run decodes only the pieces the checkpoint lacks (counted,
    where a wall-clock comparison of the two runs had measured the machine's load as much as the
    work).  The uninterrupted run decodes two pieces at once on one thread each, the resumed one
    its last piece on two threads: the same words either way.  The uninterrupted run is a
    subprocess of the test process: where an earlier test's Dask nanny had left OMP_NUM_THREADS=1
    there, its features had been summed on one BLAS thread and one word came out other."""
    from pipeline import transcribe

    config = _demo3_day(tmp_path, transcribe={"piece_seconds": 20})
    decoded, decode = [], transcribe.transcribe_piece

    def counted(*args):  # the resumed run's decoding, one offset per piece
        decoded.append(args[2])
        return decode(*args)

    runs = {}
    for name in ("whole", "killed"):
        out = tmp_path / name
        assert invoke("--outputs", out, "download", config).exit_code == 0
        command = LOKAKARYA + ["--outputs", str(out), "transcribe", str(config)]
        paths = DayPaths.for_day(out, "test-day")
        if name == "killed":
            process = subprocess.Popen(command, cwd=REPO)
            while process.poll() is None:
                checkpoint = paths.transcript_checkpoint
                lines = checkpoint.read_text().splitlines() if checkpoint.exists() else []
                if len(lines) >= 3:  # the header and two pieces
                    process.send_signal(signal.SIGKILL)
                    break
                time.sleep(0.1)
            process.wait()
            assert not paths.transcript.exists(), "the kill came too late"
            # the checkpoint's whole lines after its header; a torn last one has no line break
            kept = [json.loads(line)["piece"] for line in paths.transcript_checkpoint.read_text().split("\n")[1:-1]]
            monkeypatch.setattr(transcribe, "transcribe_piece", counted)
            assert invoke("--outputs", out, "transcribe", config).exit_code == 0
            assert kept and len(decoded) == 3 - len(kept), (kept, decoded)
        else:
            subprocess.run(command, cwd=REPO, check=True, capture_output=True)
        runs[name] = json.loads(paths.transcript.read_text())
        assert not paths.transcript_checkpoint.exists()
    assert runs["whole"]["pieces"] == 3
    assert runs["killed"]["segments"] == runs["whole"]["segments"]


@pytest.mark.slow
def test_kill_at_any_moment_leaves_whole_artifacts(tmp_path):
    """SIGKILL `run` at random moments; every artifact left is whole, the tables call the day
    failed where the run stopped (never unreadable: half of one run and half of another); a final
    run completes."""
    config = _demo3_day(tmp_path)
    out = tmp_path / "out"
    day = out / "test-day"
    command = LOKAKARYA + ["--outputs", str(out), "run", str(config)]
    rng = random.Random(7)
    for delay in sorted(rng.uniform(0.5, 30) for _ in range(5)):
        process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        for artifact in day.glob("*.json"):
            json.loads(artifact.read_text())
        if (day / "audio.wav").exists():
            assert soundfile.info(day / "audio.wav").duration > 40
        tabled = invoke("--outputs", out, "tables")
        assert "unreadable" not in tabled.output and "left out" not in tabled.output, tabled.output
    final = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    assert final.returncode == 0, final.stdout + final.stderr
    assert not list(day.glob(".*.tmp"))
    completed = stage_runs(DayPaths.for_day(out, "test-day"))
    for stage in ("download", "diarize", "topics", "compare"):
        assert completed.count(stage) == 1, completed


FILE_SIZE_LIMITED = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
limit = int(sys.argv.pop(1))
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from pipeline.cli import cli
cli(prog_name="lokakarya")
"""


@pytest.mark.parametrize("limit", [0, 1, 600, 30_000, 150_000])
def test_a_write_failing_at_any_size_is_one_line_and_keeps_the_last_artifact(tmp_path, limit):
    """Every file a run writes (the lock, audio.wav, source.json, the journal) fails in turn as
    the size limit grows: always one line naming the file, never a torn artifact."""
    write_tone(tmp_path / "talk.wav", seconds=2)
    write_tone(tmp_path / "long.wav", seconds=8)
    out = tmp_path / "out"
    assert invoke("--outputs", out, "download", write_config(tmp_path)).exit_code == 0
    audio = out / "test-day" / "audio.wav"
    before = audio.read_bytes()
    (out / "test-day" / ".lock").write_text("")
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            FILE_SIZE_LIMITED,
            str(limit),
            "--outputs",
            str(out),
            "download",
            str(write_config(tmp_path, source="long.wav")),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = (result.stdout + result.stderr).strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1, lines
    assert lines[0].startswith(f"Error: {out / 'test-day'}") and "could not write" in lines[0], lines
    assert audio.read_bytes() == before
    assert not list(audio.parent.glob(".*.tmp"))


@pytest.mark.parametrize("where", ["checkpoint", "journal"])
def test_disk_full_while_appending_is_one_line(tmp_path, monkeypatch, where):
    from pipeline.artifacts import PipelineError
    from pipeline.runner import record_run
    from pipeline.transcribe import Checkpoint, _CheckpointHeader

    paths = DayPaths.for_day(tmp_path, "day")
    paths.root.mkdir()
    checkpoint = Checkpoint(
        paths.transcript_checkpoint, _CheckpointHeader(audio_sha256="0" * 64, options="", pieces=[(0, 1)])
    )

    def full(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    target = paths.transcript_checkpoint if where == "checkpoint" else paths.journal
    with pytest.raises(PipelineError, match=f"{target.name}: could not write: No space left on device"):
        checkpoint.record(0, []) if where == "checkpoint" else record_run(paths, "download", 1.0)


def test_forced_transcription_discards_the_checkpoint_of_a_killed_run(tmp_path, monkeypatch):
    import dataclasses

    from pipeline import runner

    write_tone(tmp_path / "talk.wav")
    config = load_config(write_config(tmp_path, id="d"))
    paths = DayPaths.for_day(tmp_path / "out", "d")
    paths.root.mkdir(parents=True)
    paths.transcript_checkpoint.write_text('{"stale": true}\n')
    seen = {}

    def stage_stub(name):
        def run(_config, p, **_options):
            seen[name] = p.transcript_checkpoint.exists()

        return run

    monkeypatch.setattr(
        runner, "STAGES", tuple(dataclasses.replace(stage, run=stage_stub(stage.name)) for stage in runner.STAGES)
    )
    list(runner.run_day(config, paths, force_from="transcribe"))
    assert seen["transcribe"] is False


def test_the_checkpoint_of_a_killed_transcription_beside_an_up_to_date_transcript_is_removed(tmp_path):
    """`run --force transcribe` (or `--force download`) killed while it transcribed left its
    checkpoint beside the transcript it was redoing; that transcript still up to date, the next
    runs skipped the stage and kept the checkpoint in the day's folder for good."""
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    transcript = paths.transcript.read_bytes()
    paths.transcript_checkpoint.write_text('{"audio_sha256": "…", "pieces": [[0, 16000]]}\n{"piece": 0')
    runs = stage_runs(paths)
    result = invoke("--outputs", tmp_path / "out", "run", config)
    assert result.exit_code == 0, result.output
    assert "transcribe: up to date" in result.output and stage_runs(paths) == runs
    assert not paths.transcript_checkpoint.exists() and paths.transcript.read_bytes() == transcript


def test_local_models_load_offline(tmp_path, monkeypatch):
    """The hub switch is set before faster-whisper (and with it the hub library) is imported,
    and local_files_only is passed; a directory without a tokenizer is refused at once."""
    import faster_whisper

    from pipeline.artifacts import PipelineError
    from pipeline.config import TranscribeOptions
    from pipeline.system.models import resolve_whisper
    from pipeline.transcribe import load_model

    model = tmp_path / "model"
    model.mkdir()
    (model / "model.bin").write_bytes(b"\0")
    with pytest.raises(PipelineError, match=r"no tokenizer\.json"):
        resolve_whisper(str(model))
    (model / "tokenizer.json").write_text("{}")
    calls = {}
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)

    def whisper_model(*args, **kwargs):
        calls.update(kwargs, offline=os.environ.get("HF_HUB_OFFLINE"))
        return types.SimpleNamespace(feat_kwargs={})

    monkeypatch.setattr(faster_whisper, "WhisperModel", whisper_model)
    load_model(resolve_whisper(str(model)), TranscribeOptions())
    assert calls["local_files_only"] is True and calls["offline"] == "1"
    # its weights' sha256 is the provenance's, pinned or not
    assert resolve_whisper(str(model)).sha256 == hashlib.sha256(b"\0").hexdigest()


def test_a_models_weights_are_hashed_once_while_they_stay_as_they_were(tmp_path, monkeypatch):
    """`run` makes the model ready before its first stage and the transcribe stage resolves it
    again: the weights are hashed once, and again as soon as the file is changed or replaced."""
    from pipeline.system import models

    model = tmp_path / "model"
    model.mkdir()
    (model / "model.bin").write_bytes(b"\0")
    (model / "tokenizer.json").write_text("{}")
    hashed = []
    monkeypatch.setattr(
        models, "file_sha256", lambda path: hashed.append(path) or hashlib.sha256(path.read_bytes()).hexdigest()
    )
    assert models.resolve_whisper(str(model)).sha256 == models.resolve_whisper(str(model)).sha256
    assert len(hashed) == 1
    (model / "model.bin").write_bytes(b"\1\1")  # another file in its place
    assert models.resolve_whisper(str(model)).sha256 == hashlib.sha256(b"\1\1").hexdigest()
    assert len(hashed) == 2


def test_a_pin_is_checked_on_the_packaged_model_and_on_a_hub_model_before_it_is_loaded(tmp_path, monkeypatch):
    """transcribe.model_sha256 had been read for a local folder only: a pin on `base` (the packaged
    model) or on a hub model passed whatever it said.  The packaged model is checked against its
    recorded hash before it is assembled, a hub model once fetched, before anything is decoded."""
    import faster_whisper.utils

    from pipeline.artifacts import PipelineError
    from pipeline.system import models

    spec = models.PACKAGED_WHISPER["base"]
    monkeypatch.setattr(models, "_packages_installed", lambda spec: True)
    monkeypatch.setattr(models, "_assemble", lambda spec, key: tmp_path / "assembled")
    with pytest.raises(PipelineError, match=r"the packaged Whisper base: sha256 .* is not the configured"):
        models.resolve_whisper("base", "0" * 64)
    assert models.resolve_whisper("base", spec.model_sha256).sha256 == spec.model_sha256
    fetched = tmp_path / "hub-model"
    fetched.mkdir()
    (fetched / "model.bin").write_bytes(b"\2")
    (fetched / "tokenizer.json").write_text("{}")
    monkeypatch.setattr(faster_whisper.utils, "download_model", lambda name: str(fetched))
    with pytest.raises(PipelineError, match=r"hub-model/model\.bin: sha256 .* is not the configured"):
        models.resolve_whisper("small", "0" * 64)
    digest = hashlib.sha256(b"\2").hexdigest()
    resolved = models.resolve_whisper("small", digest)
    assert (resolved.location, resolved.source, resolved.sha256) == (str(fetched), "hub", digest)
    assert models.resolve_whisper("small") == models.ResolvedModel("small", "hub", None)  # unpinned: fetched on load

    def unreachable(name):
        raise OSError("Network is unreachable")

    monkeypatch.setattr(faster_whisper.utils, "download_model", unreachable)
    with pytest.raises(PipelineError, match=r"model 'small': transcribe.model_sha256 pins it.*Network is unreachable"):
        models.resolve_whisper("small", digest)


def test_audio_replaced_while_a_stage_reads_it_in_pieces_is_read_as_it_was_hashed(tmp_path):
    """The transcription and the voice analysis read audio.wav piece by piece for minutes, and had
    opened it anew for each piece: replaced by a shorter recording after the first pieces, the
    transcription failed as 'internal error: LibsndfileError: Internal psf_fseek() failed' and a
    segmentation fault; by a longer one it would have gone on in the other recording, under the
    first one's sha256.  Held open once, every piece is the hashed recording's, in any thread."""
    import hashlib
    from concurrent.futures import ThreadPoolExecutor

    from pipeline.media.audio import HeldWav, plan_pieces, read_piece

    audio = write_tone(tmp_path / "audio.wav", seconds=60)
    whole = soundfile.read(audio, dtype="float32")[0]
    with HeldWav(audio) as held:
        assert held.sha256 == hashlib.sha256(audio.read_bytes()).hexdigest()
        pieces = plan_pieces(held, 20)
        first = read_piece(held, pieces[0])
        write_tone(tmp_path / "other.wav", seconds=3, amplitude=0.1).replace(audio)
        with ThreadPoolExecutor(3) as pool:
            rest = list(pool.map(lambda piece: read_piece(held, piece), pieces[1:]))
    assert len(pieces) > 2 and np.array_equal(np.concatenate([first, *rest]), whole)


def test_a_fifo_put_in_audio_wavs_place_is_one_line_not_a_wait(tmp_path):
    """Held open for a stage, audio.wav is opened without waiting: a FIFO put in its place after the
    stage's check had held the stage for ever on a plain open."""
    from pipeline.artifacts import PipelineError
    from pipeline.media.audio import HeldWav

    fifo = tmp_path / "audio.wav"
    os.mkfifo(fifo)
    with pytest.raises(PipelineError, match=r"audio\.wav: cannot be read: is a FIFO, not a regular recording; rerun"):
        HeldWav(fifo)


@pytest.mark.parametrize("guess, warned", [(("la", 0.54), False), (("en", 0.92), True), (("id", 0.99), False)])
def test_language_warning_only_for_a_confident_other_guess(tmp_path, guess, warned):
    from pipeline.media.audio import HeldWav
    from pipeline.transcribe import language_check

    class Model:
        def detect_language(self, *_args, **_kwargs):
            return guess[0], guess[1], []

    with HeldWav(write_tone(tmp_path / "audio.wav")) as audio:
        _, _, warning = language_check(Model(), audio, [(0, 32000)], "id")
    assert bool(warning) == warned


def test_batch_days_bring_their_warnings_back(monkeypatch):
    import logging

    from pipeline import batch

    def day_with_warning(*_args):
        logging.getLogger("lokakarya").warning("the speech sounds like 'en'")
        return batch.DayOutcome("x.yaml", "x", "ok", ran=("transcribe",))

    monkeypatch.setattr(batch, "_run_one_day", day_with_warning)
    outcome = batch.run_one_day("x.yaml", "out")
    assert outcome.warnings == ("the speech sounds like 'en'",)


@pytest.mark.parametrize("limit", [0, 200, 5000, 20000])
def test_a_write_failing_in_the_later_stages_is_one_line_and_keeps_the_last_artifacts(tmp_path, limit):
    """A title edit reruns summary, page and tables; the lock, summary.json, the captions, the
    page, the listening copy and the tables fail in turn as the size limit grows: one line
    naming the day's file (not a table written after it), and the last artifacts stay whole."""
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    paths.listening.unlink(missing_ok=True)
    before = {path: path.read_bytes() for path in (paths.summary, paths.page)}
    config.write_text(config.read_text().replace("title: ", "title: Baru "))
    result = subprocess.run(
        [sys.executable, "-c", FILE_SIZE_LIMITED, str(limit), "--outputs", str(tmp_path / "out"), "run", str(config)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [line for line in (result.stdout + result.stderr).splitlines() if "up to date" not in line]
    errors = [line for line in lines if line.startswith("Error: ")]
    assert result.returncode == 1 and len(errors) == 1 and "Traceback" not in result.stderr, lines
    assert errors[0].startswith(f"Error: {paths.root}/") and "could not write" in errors[0], errors
    json.loads(paths.summary.read_bytes())  # the old one, or a whole new one
    assert paths.page.read_bytes() == before[paths.page] or paths.page.read_bytes().endswith(b"</html>\n")
    assert not list(paths.root.glob(".*.tmp"))


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO, errno.EROFS], ids=["ENOSPC", "EIO", "EROFS"])
def test_every_write_error_of_a_run_is_one_line(tmp_path, monkeypatch, code):
    from fakes import make_day

    config, _paths = make_day(tmp_path / "configs", tmp_path / "out")
    config.write_text(config.read_text().replace("title: ", "title: Baru "))

    def failing(_fd):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", failing)
    result = invoke("--outputs", tmp_path / "out", "run", config)
    errors = [line for line in result.output.splitlines() if line.startswith("Error: ")]
    assert result.exit_code == 1 and len(errors) == 1, result.output
    # the first file the run writes: where it is at (status.json), before the summary stage's record
    assert f"status.json: could not write: {os.strerror(code)}" in errors[0]


@pytest.mark.parametrize(
    "unwritten",
    [
        PipelineError("{outputs}/index.parquet: could not write: No space left on device"),
        OSError(errno.EACCES, "Permission denied", "{outputs}/.archive.lock"),
        OSError(errno.EROFS, "Read-only file system", "{outputs}/index.csv"),
    ],
    ids=["full", "not-permitted", "read-only"],
)
def test_a_failed_run_whose_tables_cannot_be_written_says_they_show_the_last_run(tmp_path, monkeypatch, unwritten):
    """A stage fails and the archive tables cannot be made again (a full disk, an outputs folder the
    user may not write): status.json records the failure, and a warning says the tables still list
    the day as its last run ended, where they had gone on calling it "ok" without a word."""
    import pipeline.index
    import pipeline.runner
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    outputs = str(tmp_path / "out")

    def failing_stage(stage, *args, **kwargs):
        raise PipelineError(f"{paths.root}/summary.json: could not write: No space left on device")

    def unwritable(*args, **kwargs):
        if isinstance(unwritten, PipelineError):
            raise PipelineError(str(unwritten).format(outputs=outputs))
        raise OSError(unwritten.errno, unwritten.strerror, unwritten.filename.format(outputs=outputs))

    monkeypatch.setattr(pipeline.runner, "_run_recorded", failing_stage)
    monkeypatch.setattr(pipeline.index, "refresh_archive", unwritable)
    result = invoke("--outputs", tmp_path / "out", "run", "--force", "summary", config)
    errors = [line for line in result.output.splitlines() if line.startswith("Error: ")]
    warnings = [line for line in result.output.splitlines() if line.startswith("Warning: ")]
    assert result.exit_code == 1 and errors == [
        f"Error: {paths.root}/summary.json: could not write: No space left on device"
    ]
    reason = f"{unwritten.filename}: {unwritten.strerror}" if isinstance(unwritten, OSError) else str(unwritten)
    assert warnings == [
        "Warning: the archive tables are not made again, so they show each day as its last recorded run ended: "
        + reason.format(outputs=outputs)
    ], result.output
    assert json.loads(paths.status.read_bytes())["status"] == "failed"


@pytest.mark.parametrize(
    "full_from, written, status",
    [("start", False, "ok"), (None, True, "failed"), ("stage", True, "running")],
    ids=["full-disk", "failure-recorded", "disk-filled-in-the-stage"],
)
def test_run_day_tells_whether_a_status_write_landed(tmp_path, monkeypatch, full_from, written, status):
    """run_day tells whether it wrote status.json (runner.StatusWrites), which `run` had guessed from
    the file's inode, mtime and size before and after: on a disk full from the start no write lands
    and the day stays as its last run recorded it (so tables that cannot be made go unsaid); a stage
    that fails has its failure recorded, or, where the disk filled in the stage, the "running"
    written as it began."""
    import pipeline.records.files
    import pipeline.runner
    from fakes import make_day
    from pipeline.runner import StatusWrites, run_day

    config_path, paths = make_day(tmp_path / "configs", tmp_path / "out")
    before = paths.status.read_bytes()
    replace, full = pipeline.records.files._replace, full_from == "start"

    def refused_when_full(tmp, path):
        if full:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        replace(tmp, path)

    def failing_stage(stage, *args, **kwargs):
        nonlocal full
        full = full or full_from == "stage"
        raise PipelineError(f"{paths.summary}: could not write: No space left on device")

    monkeypatch.setattr(pipeline.records.files, "_replace", refused_when_full)
    monkeypatch.setattr(pipeline.runner, "_run_recorded", failing_stage)
    writes = StatusWrites()
    with pytest.raises(PipelineError):
        list(run_day(load_config(config_path), paths, force_from="summary", beside=False, writes=writes))
    assert writes.written == written and json.loads(paths.status.read_bytes())["status"] == status
    assert written or paths.status.read_bytes() == before


def _run_telling_writes(config, paths) -> tuple[bool, str]:
    """run_day's StatusWrites for one run of the day, and the status it left."""
    from pipeline.runner import StatusWrites, run_day

    writes = StatusWrites()
    with contextlib.suppress(PipelineError):
        list(run_day(config, paths, beside=False, writes=writes))
    return writes.written, json.loads(paths.status.read_bytes())["status"]


def test_run_day_counts_a_status_write_only_where_it_replaced_the_file(tmp_path):
    """The "failed" write alone (the recording not found, before any stage) and the "ok" write alone
    (every stage up to date) each count.  The same failure again finds status.json already saying
    it, left untouched (write_atomic), and counts no write: it had counted, and a run on a disk
    still full said that the tables it could not make show the day as recorded, unsaid before."""
    from fakes import make_day

    config_path, paths = make_day(tmp_path / "configs", tmp_path / "out")
    config = load_config(config_path)
    recording = config.source_path
    aside = recording.rename(recording.with_name("elsewhere.wav"))
    assert _run_telling_writes(config, paths) == (True, "failed")
    assert _run_telling_writes(config, paths) == (False, "failed")
    aside.rename(recording)
    assert _run_telling_writes(config, paths) == (True, "ok")


@pytest.mark.parametrize("status", ["failed", "ok"])
def test_a_status_write_that_lands_counts_though_a_ctrl_c_came_while_it_was_written(tmp_path, monkeypatch, status):
    """A Ctrl-C held back while status.json is written is raised once it is (stops.held): the write
    landed, and counts, where the flag set after the write had been skipped ("failed": the
    recording not found; "ok": every stage up to date after a failed run).  Python's own Ctrl-C
    handler is set for the test: one started with SIGINT ignored (`nohup`, a shell's `&` without job
    control) held nothing back, ignored the Ctrl-C and failed with the recording's error."""
    import pipeline.runner
    from fakes import make_day
    from pipeline.runner import StatusWrites, run_day

    config_path, paths = make_day(tmp_path / "configs", tmp_path / "out")
    config = load_config(config_path)
    recording = config.source_path
    aside = recording.rename(recording.with_name("elsewhere.wav"))
    if status == "ok":
        _run_telling_writes(config, paths)  # status.json says failed
        aside.rename(recording)
    real = pipeline.runner.write_artifact

    held_then = []

    def signalled_while_written(path, artifact):
        if artifact.status == status:
            held_then.append(signal.getsignal(signal.SIGINT) is not signal.default_int_handler)  # held()'s
            signal.raise_signal(signal.SIGINT)  # taken here, in this thread, before it returns
        return real(path, artifact)

    monkeypatch.setattr(pipeline.runner, "write_artifact", signalled_while_written)
    writes = StatusWrites()
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a terminal
    try:
        with pytest.raises(KeyboardInterrupt):
            list(run_day(config, paths, beside=False, writes=writes))
    finally:
        signal.signal(signal.SIGINT, previous)
    assert held_then == [True]
    assert writes.written and json.loads(paths.status.read_bytes())["status"] == status


@pytest.mark.parametrize(
    "tail",
    [
        b'{"piece": 0}',
        b"[1, 2]",
        b"\xff\xfe not utf-8",
        b'{"piece": "x", "segments": []}',
        b'{"piece": 0, "segments": 5}',
        b'{"piece": 7, "segments": []}',
        b'{"piece": 1, "segm',
    ],
    ids=["no-segments", "a-list", "not-utf8", "piece-as-text", "segments-not-a-list", "piece-out-of-plan", "torn"],
)
def test_a_damaged_checkpoint_keeps_only_its_whole_pieces(tmp_path, tail):
    """A checkpoint line that is torn, foreign or out of the plan ends what is trusted; the
    pieces before it are kept and the file is rewritten clean."""
    from fakes import segment
    from pipeline.transcribe import Checkpoint, _CheckpointHeader

    header = _CheckpointHeader(audio_sha256="0" * 64, options="", pieces=[(0, 1), (1, 2)])
    halo = segment(0.0, 1.0, "halo", no_speech_prob=0.1)
    path = tmp_path / "transcript.checkpoint.jsonl"
    path.write_bytes(header.model_dump_json().encode() + b"\n" + Checkpoint._line(0, [halo]).encode() + tail)
    checkpoint = Checkpoint(path, header)
    assert checkpoint.done == {0: [halo]}
    assert path.read_bytes().count(b"\n") == 2


def _piece_line(piece: int, begin: float, finish: float, **changes) -> dict:
    """A checkpoint line of one segment of one word, as Checkpoint writes it, changed."""
    word = {"start": begin, "end": finish, "word": " kata", "probability": 0.9}
    segment = {
        "id": 0,
        "start": begin,
        "end": finish,
        "language": "id",
        "text": "kata",
        "avg_logprob": -0.2,
        "no_speech_prob": 0.0,
        "compression_ratio": 1.0,
        "words": [word],
    }
    segment.update(changes)
    return {"piece": piece, "segments": [segment]}


_LATE_WORD = {"start": 15.0, "end": 15.5, "word": " x", "probability": 1.0}
_LONG_SEGMENT = _piece_line(1, 10.0, 19.0)["segments"][0]


@pytest.mark.parametrize(
    "line, expected",
    [
        (json.dumps(_piece_line(1, 10.0, 11.0, start="10.0")), "Input should be a valid number"),
        (json.dumps(_piece_line(1, 10.0, 11.0, end=9.0)), "before its start"),
        (json.dumps(_piece_line(1, 10.0, 11.0, no_speech_prob=1e9)), "no_speech_prob"),
        (json.dumps(_piece_line(1, 10.0, 11.0, text=5)), "text"),
        (json.dumps(_piece_line(1, 10.0, 11.0, language="indonesia")), "language"),
        (json.dumps(_piece_line(1, 10.0, 11.0)).replace('"kata"', "NaN", 1), "NaN is no JSON number"),
        (json.dumps(_piece_line(1, 10.0, 11.0)).replace('{"piece": 1', '{"piece": 1, "piece": 1'), "given twice"),
        (json.dumps(_piece_line(1, 500.0, 501.0)), "is not inside the piece"),
        (json.dumps(_piece_line(1, 2.0, 3.0)), "is not inside the piece"),
        (json.dumps(_piece_line(0, 1.0, 2.0)), "piece 0 is given twice"),
        (json.dumps(_piece_line(1, 10.0, 11.0, words=[_LATE_WORD])), "a word outside"),
        (json.dumps(_piece_line(1, 10.0, 19.0) | {"segments": [_LONG_SEGMENT] * 3}), "of speech, more than"),
    ],
    ids=[
        "time-as-text",
        "ends-before-start",
        "probability-huge",
        "text-a-number",
        "language-not-a-code",
        "nan",
        "key-twice",
        "past-the-recording",
        "in-another-piece",
        "piece-twice",
        "word-outside",
        "more-speech-than-audio",
    ],
)
def test_a_checkpoint_line_that_parses_but_a_transcript_reader_refuses_is_damaged(tmp_path, caplog, line, expected):
    """A hand-edited or corrupted checkpoint line that parses is read as read_artifact reads a
    transcript: one warning names the file, its line and the problem, that piece is decoded
    again, and the transcript made from what is kept is one the readers take (before, the line
    was taken and made a transcript.json every later stage refused)."""
    import logging

    from pipeline.artifacts import Provenance
    from pipeline.config import DecodingOptions
    from pipeline.transcribe import Checkpoint, TranscribeProvenance, Transcript, _CheckpointHeader

    rate = 16000
    header = _CheckpointHeader(audio_sha256="0" * 64, options="", pieces=[(0, 10 * rate), (10 * rate, 20 * rate)])
    path = tmp_path / "transcript.checkpoint.jsonl"
    first = json.dumps(_piece_line(0, 1.0, 2.0))
    path.write_text(f"{header.model_dump_json()}\n{first}\n{line}\n")
    with caplog.at_level(logging.WARNING, logger="lokakarya"):
        checkpoint = Checkpoint(path, header)
    assert list(checkpoint.done) == [0]
    (warning,) = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warning.startswith(f"{path}: line 3: damaged (") and expected in warning, warning
    assert "transcribed again" in warning and "\n" not in warning
    assert path.read_text().count("\n") == 2  # the header and piece 0
    segments = checkpoint.done[0]
    transcript = Transcript(
        language="id",
        detected_language="id",
        detected_language_probability=1.0,
        duration=20.0,
        speech_duration=sum(s.end - s.start for s in segments),
        pieces=2,
        prompt=None,
        options=DecodingOptions(),
        segments=segments,
        warnings=[],
        provenance=TranscribeProvenance(
            **Provenance.begin("transcribe", "0" * 64, {}, ()).finish().model_dump(), cpu_threads=2
        ),
    )
    Transcript.model_validate_json(transcript.model_dump_json(), strict=True, context={"reading": True})


def test_a_checkpoint_torn_by_a_kill_is_dropped_without_a_warning(tmp_path, caplog):
    """The last line cut short (no line end: a kill while it was written) is what a resume
    expects: dropped, and no warning."""
    import logging

    from pipeline.transcribe import Checkpoint, _CheckpointHeader

    header = _CheckpointHeader(audio_sha256="0" * 64, options="", pieces=[(0, 160000), (160000, 320000)])
    path = tmp_path / "transcript.checkpoint.jsonl"
    path.write_text(f"{header.model_dump_json()}\n{json.dumps(_piece_line(0, 1.0, 2.0))}\n" + '{"piece": 1, "seg')
    with caplog.at_level(logging.WARNING, logger="lokakarya"):
        assert list(Checkpoint(path, header).done) == [0]
    assert not [r for r in caplog.records if r.levelno == logging.WARNING]


@pytest.mark.slow
@pytest.mark.parametrize(
    "seconds, stated, expected",
    [(2.3, None, 1), (12.5, None, 1), (12.5, 2, 2), (4.0, 3, 3)],
    ids=["2.3s", "12.5s", "12.5s-stated-2", "4s-stated-3"],
)
def test_a_short_single_voice_becomes_a_whole_record_with_the_stated_count(tmp_path, seconds, stated, expected):
    """One real voice (the bundled English clip), cut short: one speaker unless a count is
    stated, and a stated count is obeyed; the whole run ends with a page."""
    soundfile.write(tmp_path / "talk.wav", _speech(seconds), 16000)
    names = [{"name": f"Pembicara {n + 1}"} for n in range(stated or 1)]
    config = write_config(tmp_path, speakers=names, diarize={"num_speakers": stated} if stated else {})
    result = invoke("--outputs", tmp_path / "out", "run", config)
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "out" / "test-day" / "speakers.json").read_text())["num_speakers"] == expected


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_a_download_killed_outright_leaves_no_downloader_behind(tmp_path, faulty, how):
    """The next run would otherwise race the orphan for the same .part file."""
    config = write_config(tmp_path, source=f"{faulty}/trickle.wav", download=FAST_NETWORK)
    run = subprocess.Popen(
        [*LOKAKARYA, "--outputs", str(tmp_path / "out"), "download", str(config)],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60  # starting takes about a second at load 10: a guard, not a timing
    while not any("fetch_in_child" in line for line in _processes_naming(tmp_path)):
        assert time.monotonic() < deadline and run.poll() is None, "the downloader never started"
        time.sleep(0.1)
    run.send_signal(how)
    run.wait()
    deadline = time.monotonic() + 30  # an orphan stays for ever; the children end within a second
    while _processes_naming(tmp_path) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_naming(tmp_path) == []


def _damaged_float_wav(path: Path, damage: str) -> float:
    """A 4 s float WAV (a tone) with samples that are not numbers; returns where the first is (s)."""
    rate = 44100 if damage.endswith("44k") else 16000
    t = np.arange(4 * rate) / rate
    tone = 0.3 * np.sin(2 * np.pi * 220 * t)
    samples = np.stack([tone, tone], axis=1) if damage.startswith("stereo") else tone.copy()
    half = 2 * rate
    if damage == "nan-half":
        samples[half:] = np.nan
    elif damage == "nan-one":
        samples[30000] = np.nan
    elif damage == "nan-every-other":
        samples[1::2] = np.nan
    elif damage == "inf-half":
        samples[half:] = np.inf
    elif damage == "minus-inf-half-float64-44k":
        samples[half:] = -np.inf
    elif damage == "stereo-nan-right-from-1s":
        samples[rate:, 1] = np.nan
    subtype = "DOUBLE" if "float64" in damage else "FLOAT"
    soundfile.write(path, samples if subtype == "DOUBLE" else samples.astype("float32"), rate, subtype=subtype)
    rows = ~np.isfinite(samples).reshape(len(samples), -1).all(axis=1)
    return float(np.argmax(rows)) / rate


@pytest.mark.parametrize(
    "damage",
    [
        "nan-half",
        "nan-one",
        "nan-every-other",
        "inf-half",
        "minus-inf-half-float64-44k",
        "stereo-nan-right-from-1s",
    ],
)
def test_samples_that_are_not_numbers_are_damage_in_one_line(tmp_path, damage):
    """NaN or infinity in float PCM was cast to 16 bits with a numpy RuntimeWarning and called
    silent, kept with a warning, or (infinity) written as full-scale DC: now one line naming the
    file and where, no warning, and no audio.wav made or the previous one kept."""
    import warnings

    first = _damaged_float_wav(tmp_path / "talk.wav", damage)
    write_tone(tmp_path / "good.wav", seconds=3)
    out = tmp_path / "out"
    audio = out / "test-day" / "audio.wav"
    expected = f"talk.wav: damaged: samples that are not numbers (NaN or infinity) from {first:.1f} s"
    for previous in (False, True):
        if previous:
            assert invoke("--outputs", out, "download", write_config(tmp_path, source="good.wav")).exit_code == 0
        before = audio.read_bytes() if previous else None
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = invoke("--outputs", out, "download", write_config(tmp_path))
        line = _one_line(result)
        assert expected in line, line
        assert "silent" not in line and "Warning" not in result.output
        assert [w for w in caught if not issubclass(w.category, DeprecationWarning)] == []
        if previous:
            assert audio.read_bytes() == before
        else:
            assert not audio.exists()
        assert not list(audio.parent.glob(".*.tmp"))


def _wav_stating(path: Path, channels: int, rate: int, samples: int = 32000, tag: int = 1) -> Path:
    """A 16-bit WAV whose fmt chunk states these channels, rate and format tag over a tone."""
    import struct

    pcm = (0.3 * 32767 * np.sin(2 * np.pi * 220 * np.arange(samples) / 16000)).astype("<i2")
    frame = 2 * max(channels, 1)
    fmt = struct.pack("<HHIIHH", tag, channels, rate, (rate * frame) & 0xFFFFFFFF, frame & 0xFFFF, 16)
    chunks = b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", pcm.nbytes) + pcm.tobytes()
    path.write_bytes(b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WAVE" + chunks)
    return path


@pytest.mark.parametrize(
    "channels, rate, samples, tag, problem",
    [
        (0, 16000, 96000, 1, "it declares 0 audio channels"),
        (1, 1, 5, 1, "it declares a sample rate of 1 Hz (a recording has 1,000 to 768,000 Hz)"),
        (1, 999, 32000, 1, "a sample rate of 999 Hz"),
        (1, 0, 32000, 1, "a sample rate of 0 Hz"),
        (1, 2**31 - 1, 32000, 1, "a sample rate of 2,147,483,647 Hz"),
        (65, 16000, 65 * 16000, 1, "it declares 65 audio channels (at most 64 can be mixed)"),
        (1000, 16000, 32000, 1, "it declares 1000 audio channels"),
        (1, 16000, 32000, 0x1234, "there is no decoder for its codec"),
    ],
    ids=["0-channels", "1-hz", "999-hz", "0-hz", "2^31-hz", "65-channels", "1000-channels", "unknown-codec"],
)
def test_a_wav_header_no_recording_has_is_refused_by_validate_and_download(
    tmp_path, channels, rate, samples, tag, problem
):
    """validate passed these and download failed with `(ArgumentError)`, `contains no audio` or
    a MemoryError: both now give the same line with the reason, and nothing is written."""
    _wav_stating(tmp_path / "talk.wav", channels, rate, samples, tag)
    config = write_config(tmp_path)
    line = _one_line(invoke("validate", config))
    assert "talk.wav: its audio track is unusable: " in line and problem in line, line
    out = tmp_path / "out"
    assert _one_line(invoke("--outputs", out, "download", config)) == line
    assert not (out / "test-day" / "audio.wav").exists()


def test_plausible_wav_headers_still_pass(tmp_path):
    """The bounds leave every rate and channel count a recorder writes: 8 kHz and 768 kHz, 64 channels."""
    for channels, rate in [(1, 8000), (1, 768_000), (64, 16000)]:
        _wav_stating(tmp_path / "talk.wav", channels, rate, samples=rate * 3 * channels)
        assert invoke("validate", write_config(tmp_path)).exit_code == 0, (channels, rate)


@pytest.mark.parametrize("container", ["wav", "w64"])
@pytest.mark.parametrize(
    "field, value, problem",
    [
        ("rate", 8000, "(8,000 Hz of 2-byte samples is 16,000 bytes a second; it states 32,000)"),
        ("channels", 2, "(2 channel(s) of 16 bits need 4 bytes a sample; it states 2)"),
    ],
    ids=["rate-edited", "channels-edited"],
)
def test_a_wav_header_that_contradicts_itself_is_refused_by_validate_and_download(
    tmp_path, container, field, value, problem
):
    """16 kHz mono samples under a header edited to 8,000 Hz (its byte rate left at 32,000) had
    been decoded at half speed, twice as long, without a word; edited to 2 channels (its frame
    left at 2 bytes), download called it 'incomplete: 2.0 s of audio, the media header declares
    4.0 s'.  Which field is wrong cannot be told, so the recording is refused in one line."""
    import struct

    talk = tmp_path / "talk.wav"
    soundfile.write(talk, 0.3 * np.sin(2 * np.pi * 220 * np.arange(64000) / 16000), 16000, format=container.upper())
    data = bytearray(talk.read_bytes())
    body = data.index(b"fmt ") + (8 if container == "wav" else 24)  # W64's chunk ids are 16-byte GUIDs
    struct.pack_into("<I" if field == "rate" else "<H", data, body + (4 if field == "rate" else 2), value)
    talk.write_bytes(bytes(data))
    config = write_config(tmp_path)
    line = _one_line(invoke("validate", config))
    assert f"talk.wav: its audio track is unusable: its header contradicts itself {problem}" in line, line
    out = tmp_path / "out"
    assert _one_line(invoke("--outputs", out, "download", config)) == line
    assert not (out / "test-day" / "audio.wav").exists()


def _state_one_second(data: bytearray, container: str) -> None:
    """Edit every size a header of this container states to say 1 s of 16 kHz 16-bit mono, alike."""
    import struct

    second = 32000
    if container == "wav":
        data_at = data.index(b"data")
        struct.pack_into("<I", data, 4, data_at + 8 + second - 8)
        struct.pack_into("<I", data, data_at + 4, second)
    elif container == "w64":
        data_at = data.index(b"data")
        struct.pack_into("<Q", data, 16, data_at + 24 + second)
        struct.pack_into("<Q", data, data_at + 16, 24 + second)
    elif container == "caf":
        struct.pack_into(">q", data, data.index(b"data") + 4, 4 + second)
    else:  # au
        struct.pack_into(">I", data, 8, second)


@pytest.mark.parametrize("container", ["wav", "w64", "caf", "au"])
def test_a_header_whose_sizes_all_stop_short_of_its_samples_is_refused(tmp_path, container):
    """A recorder stopped before it rewrote its header leaves every size in it alike and too small
    (RIFF's and data's both 1 s over a 4 s file): validate passed it as 1 s and download archived
    1 s of it without a word (239 s of the demo day's 249 s lost).  The samples past the data
    chunk are named and the recording refused.  The W64 and CAF had also printed ten lines of
    PyAV traceback (the demuxer seeking before the file's start) over 'not a readable audio or
    video file (OSError)'."""
    talk = tmp_path / f"talk.{container}"
    soundfile.write(
        talk, 0.3 * np.sin(2 * np.pi * 220 * np.arange(64000) / 16000), 16000, "PCM_16", format=container.upper()
    )
    data = bytearray(talk.read_bytes())
    _state_one_second(data, container)
    talk.write_bytes(bytes(data))
    config = write_config(tmp_path, source=talk.name)
    line = _one_line(invoke("validate", config))
    expected = (
        f"talk.{container}: its audio track is unusable: its header states 1.0 s of audio, and 3.0 s more of samples"
    )
    assert expected in line, line
    out = tmp_path / "out"
    assert _one_line(invoke("--outputs", out, "download", config)) == line
    assert not (out / "test-day" / "audio.wav").exists()


def test_chunks_a_tag_and_zeros_after_the_samples_are_no_samples_past_the_header(tmp_path):
    """A LIST chunk after an odd-sized data chunk's pad byte, an ID3v2 tag appended after the RIFF
    and a run of zeros leave the recording whole (as do FFmpeg's LIST, id3 and bext chunks, and
    libsndfile's WAV, W64, CAF and AU of every subtype, 1 to 3 channels, tried by hand)."""
    import struct

    soundfile.write(tmp_path / "tone.wav", 0.3 * np.sin(2 * np.pi * 220 * np.arange(48001) / 16000), 16000)
    data = bytearray((tmp_path / "tone.wav").read_bytes())
    data_at = data.index(b"data")
    struct.pack_into("<I", data, data_at + 4, 48001 * 2 - 1)  # odd: one pad byte follows
    info = b"INFOINAM" + struct.pack("<I", 8) + b"Hari 10\0"
    listing = b"LIST" + struct.pack("<I", len(info)) + info
    tag = b"ID3\x04\x00\x00" + bytes([0, 0, 1, 0]) + bytes(128)
    talk = tmp_path / "talk.wav"
    talk.write_bytes(bytes(data[: data_at + 8 + 48001 * 2 - 1]) + b"\0" + listing + tag + bytes(100_000))
    assert invoke("validate", write_config(tmp_path)).exit_code == 0


def test_a_metadata_chunk_cut_short_after_the_samples_is_no_samples_past_the_header(tmp_path):
    """A copy stopped inside a LIST chunk after the audio (its cover art or notes: 100 KB of a stated
    1 MB) leaves the recording whole; its bytes had been read as 3 s of samples a header never
    counted, and the recording refused."""
    import struct

    rng = np.random.default_rng(0)
    soundfile.write(tmp_path / "tone.wav", 0.1 * rng.standard_normal(5 * 16000), 16000, subtype="PCM_16")
    cut = b"LIST" + struct.pack("<I", 1 << 20) + rng.integers(0, 256, 100_000, dtype=np.uint8).tobytes()
    (tmp_path / "talk.wav").write_bytes((tmp_path / "tone.wav").read_bytes() + cut)
    assert invoke("validate", write_config(tmp_path)).exit_code == 0


def test_an_unusable_extra_track_is_left_out_and_a_configured_one_refused(tmp_path):
    """A Matroska file whose first track has 65 channels (more than can be mixed) and whose second
    is a tone: the second is taken, saying why; configured as source_track, the first is refused."""
    container = av.open(str(tmp_path / "talk.mkv"), "w", format="matroska")
    wide = container.add_stream("pcm_s16le", rate=16000, layout="65 channels")
    mono = container.add_stream("pcm_s16le", rate=16000, layout="mono")
    tone = (0.3 * 32767 * np.sin(2 * np.pi * 220 * np.arange(3 * 16000) / 16000)).astype("int16")
    for i in range(0, len(tone), 4000):
        for stream, data, layout in (
            (wide, np.zeros((1, 4000 * 65), "int16"), "65 channels"),
            (mono, tone[None, i : i + 4000], "mono"),
        ):
            _mux(container, stream, _audio_frame(data, "s16", 16000, i, layout))
    _closed(container, wide, mono)
    out = tmp_path / "out"
    result = invoke("--outputs", out, "download", write_config(tmp_path, source="talk.mkv"))
    assert result.exit_code == 0, result.output
    info = json.loads((out / "test-day" / "source.json").read_text())
    assert info["track"] == 1 and "track 0: it declares 65 audio channels" in info["track_choice"]
    config = write_config(tmp_path, source="talk.mkv", source_track=0)
    line = _one_line(invoke("validate", config))
    assert "talk.mkv: audio track 0 (source_track) is unusable: it declares 65 audio channels" in line


@pytest.mark.parametrize("gain, warned", [(1.0, False), (4.0, True), (32767.0, True)])
def test_a_clipped_recording_is_kept_with_a_warning(tmp_path, gain, warned):
    """Too loud (a tone at 4x full scale) or float audio on the 16-bit scale: most samples clip.
    Kept, as nothing better can be made of it, but said on the terminal and in source.json."""
    seconds = np.arange(3 * 16000) / 16000
    tone = (0.5 * gain * np.sin(2 * np.pi * 220 * seconds)).astype("float32")
    soundfile.write(tmp_path / "talk.wav", tone, 16000, subtype="FLOAT")
    out = tmp_path / "out"
    result = invoke("--outputs", out, "download", write_config(tmp_path))
    assert result.exit_code == 0, result.output
    info = json.loads((out / "test-day" / "source.json").read_text())
    assert ("are clipped" in result.output) == warned and bool(info["warnings"]) == warned
    assert not warned or "of the samples are clipped (at full scale)" in info["warnings"][0]


@pytest.mark.parametrize("own", ["lock", "journal", "archive-lock", "checkpoint"])
def test_a_link_planted_for_a_file_of_lokakarya_is_never_written_through(tmp_path, own):
    """A day folder's lock, journal or checkpoint, or the archive's lock, that is a link to a file
    elsewhere: the run refuses in one line and the file linked to keeps its bytes."""
    from pipeline.artifacts import folder_lock
    from pipeline.records.files import PipelineError, append_line

    victim = tmp_path / "precious.txt"
    victim.write_text("precious\n")
    day = tmp_path / "out" / "test-day"
    day.mkdir(parents=True)
    link = {"lock": day / ".lock", "journal": day / "journal.jsonl", "archive-lock": tmp_path / "out" / ".archive.lock"}
    link["checkpoint"] = day / "transcript.checkpoint.jsonl"
    link[own].symlink_to(victim)
    with pytest.raises(PipelineError, match=r"is a link, not a file lokakarya wrote; remove it$") as caught:
        if own == "lock":
            with day_lock(day):
                pass
        elif own == "archive-lock":
            with folder_lock(tmp_path / "out", ".archive.lock"):
                pass
        else:
            append_line(link[own], '{"stage": "download"}')
    assert str(link[own]) in str(caught.value) and "\n" not in str(caught.value)
    assert victim.read_text() == "precious\n"
    if own == "lock":
        write_tone(tmp_path / "talk.wav")
        line = _one_line(invoke("--outputs", tmp_path / "out", "download", write_config(tmp_path)))
        assert line == f"Error: {link['lock']}: is a link, not a file lokakarya wrote; remove it"
        assert victim.read_text() == "precious\n"


@pytest.mark.parametrize("stated", [0, 32000, 0xFFFFFFFF])
def test_a_wav_that_ends_where_its_samples_begin_is_no_audio_at_validate(tmp_path, stated):
    """Whatever its data chunk states (0 and 0xFFFFFFFF: length unknown), a WAV with no byte after
    that chunk's header holds no sample: validate says so, as download did."""
    import struct

    _wav_stating(tmp_path / "talk.wav", 1, 16000, samples=0)
    data = bytearray((tmp_path / "talk.wav").read_bytes())
    data[-4:] = struct.pack("<I", stated)
    (tmp_path / "talk.wav").write_bytes(bytes(data))
    line = _one_line(invoke("validate", write_config(tmp_path)))
    assert line.endswith("talk.wav: contains no audio (the file ends where its samples would begin)"), line


def test_a_streamed_wav_of_unknown_length_with_samples_still_passes(tmp_path):
    import struct

    _wav_stating(tmp_path / "talk.wav", 1, 16000, samples=48000)
    data = bytearray((tmp_path / "talk.wav").read_bytes())
    at = data.index(b"data") + 4
    data[at : at + 4] = struct.pack("<I", 0)
    (tmp_path / "talk.wav").write_bytes(bytes(data))
    assert invoke("validate", write_config(tmp_path)).exit_code == 0


def test_a_hard_link_or_a_fifo_for_a_file_of_lokakarya_is_refused_at_once(tmp_path):
    """A hard link has no link to refuse (O_NOFOLLOW lets it by) and a FIFO held the open for ever:
    both are one line naming the file, and the other file keeps its bytes."""
    from pipeline.records.files import PipelineError, append_line

    victim = tmp_path / "precious.txt"
    victim.write_text("precious\n")
    day = tmp_path / "out" / "test-day"
    day.mkdir(parents=True)
    os.link(victim, day / ".lock")
    hard_link = r"\.lock: is a hard link to a file with another name; remove it$"
    with pytest.raises(PipelineError, match=hard_link), day_lock(day):
        pass
    assert victim.read_text() == "precious\n"
    os.mkfifo(day / "journal.jsonl")
    started = time.monotonic()
    with pytest.raises(PipelineError, match=r"journal\.jsonl: is not a regular file \(a pipe, a socket or a device\)"):
        append_line(day / "journal.jsonl", "{}")
    assert time.monotonic() - started < 5  # a wait on the pipe, with any timeout of its own; refusing takes ms


@pytest.mark.parametrize("change", ["deleted", "moved", "replaced"])
@pytest.mark.parametrize("command", [["summary"], ["run", "--force", "summary"]], ids=["stage", "run"])
def test_a_day_folder_deleted_moved_or_replaced_while_a_stage_runs_is_not_written_into(
    tmp_path, monkeypatch, change, command
):
    """The day folder taken away just before the summary stage writes: the stage had made the
    folder again, written summary.json (and status.json, the journal) into it and said `summary:
    wrote …` with exit status 0, leaving a day of three files; into a copy put in its place it
    wrote over the copy.  Now one line names the folder, nothing is written, and a folder moved
    away or put in its place keeps its files as they were."""
    from fakes import make_day
    from pipeline import artifacts

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    copy = shutil.copytree(paths.root, tmp_path / "copy")
    writing = artifacts.replace_if_different

    def take_the_folder_away(path, data):
        if path.name == "summary.json" and paths.root.exists():
            if change == "moved":
                paths.root.rename(tmp_path / "moved")
            else:
                shutil.rmtree(paths.root)
            if change == "replaced":
                shutil.copytree(copy, paths.root)
        return writing(path, data)

    monkeypatch.setattr(artifacts, "replace_if_different", take_the_folder_away)
    result = invoke("--outputs", tmp_path / "out", *command, config)
    assert result.exit_code == 1 and "Warning" not in result.output and "Traceback" not in result.output
    assert result.output.strip().splitlines()[-1] == (
        f"Error: {paths.root}: the day's folder was deleted, moved or replaced while lokakarya worked in it; "
        "nothing more is written there; run the command again"
    )
    if change == "deleted":
        assert not paths.root.exists()
    kept = {"moved": tmp_path / "moved", "replaced": paths.root}.get(change)
    if kept is not None:  # the folder as it was (its status says the stage was at work: it was)
        assert (kept / "summary.json").read_bytes() == (copy / "summary.json").read_bytes()
        assert not list(kept.glob(".*.tmp"))


def test_a_day_folder_taken_away_is_not_made_again_for_its_downloads(tmp_path):
    """The download stage's folder inside the day (own_folder) had been made with its parents, so a
    day deleted during a run came back as a folder of a download of minutes; now the one line."""
    from pipeline.records.files import PipelineError, own_folder

    paths = DayPaths(tmp_path / "day")
    with day_lock(paths.root):
        shutil.rmtree(paths.root)
        with pytest.raises(PipelineError, match=r"day: the day's folder was deleted, moved or replaced while"):
            own_folder(paths.downloads)
    assert not paths.root.exists()


def test_a_day_folder_or_a_tables_cache_that_is_a_link_never_leads_a_write_or_a_removal_outside(tmp_path):
    from fakes import make_day
    from pipeline.index import refresh_archive
    from pipeline.records.files import PipelineError

    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "keep").mkdir(parents=True)
    (elsewhere / "keep" / "file.txt").write_text("mine")
    make_day(tmp_path / "configs", tmp_path / "out")
    cache = tmp_path / "out" / ".tables-cache"
    shutil.rmtree(cache, ignore_errors=True)
    cache.symlink_to(elsewhere, target_is_directory=True)
    refresh_archive(tmp_path / "out")
    assert (elsewhere / "keep" / "file.txt").read_text() == "mine" and not cache.is_symlink()
    linked = tmp_path / "out" / "linked-day"
    linked.symlink_to(elsewhere, target_is_directory=True)
    refused = r"linked-day: is a link to a folder elsewhere, not a day folder"
    with pytest.raises(PipelineError, match=refused), day_lock(linked):
        pass
    refresh_archive(tmp_path / "out")  # one unreadable row
    assert sorted(p.name for p in elsewhere.iterdir()) == ["keep"]


def test_a_fifo_in_place_of_the_listening_copy_is_read_as_no_copy(tmp_path):
    from pipeline.media.audio import listening_copy_source

    os.mkfifo(tmp_path / "audio.webm")
    started = time.monotonic()
    assert listening_copy_source(tmp_path / "audio.webm") is None
    assert time.monotonic() - started < 5  # a wait on the pipe, with any timeout of its own; refusing takes ms


def test_a_folder_of_lokakarya_that_is_a_link_is_refused_before_anything_is_written_in_it(tmp_path):
    """The downloads folder (yt-dlp writes the media there) that is a link to a folder elsewhere."""
    from pipeline.records.files import PipelineError, own_folder

    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "download").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    with pytest.raises(PipelineError, match=r"download: is a link to a folder elsewhere, not a folder lokakarya"):
        own_folder(tmp_path / "download")
    assert own_folder(tmp_path / "fresh").is_dir()


@pytest.mark.parametrize("tail", ["half", "utf-16"])
def test_a_journal_torn_at_its_end_keeps_the_next_stage_run(tmp_path, tail):
    """A journal whose last line was cut (a crash while appending) or is no UTF-8: the next stage
    run starts a line of its own, and is read (glued to the torn line, both had been skipped)."""
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    lines = paths.journal.read_bytes().splitlines(keepends=True)
    last = lines[-1][: len(lines[-1]) // 2] if tail == "half" else lines[-1].decode().encode("utf-16")
    paths.journal.write_bytes(b"".join(lines[:-1]) + last.rstrip(b"\n"))
    before = stage_runs(paths)
    result = invoke("--outputs", tmp_path / "out", "summary", config)
    assert result.exit_code == 0, result.output
    assert stage_runs(paths) == [*before, "summary"]


def test_an_artifact_that_cannot_be_read_stops_the_run_in_one_line_and_is_not_made_again(tmp_path, monkeypatch):
    """A record the user may not read (permissions) is no damage to repair by running its stage
    over it: the run stops naming the file and why (an audit ran as another user: it had said
    "damaged" and rerun transcribe)."""
    from fakes import make_day
    from pipeline.records import files

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    journal = paths.journal.read_bytes()

    def unreadable(path):
        if path == paths.transcript:
            raise PermissionError(13, "Permission denied", str(path))
        return files.read_record(path)

    for reader in ("pipeline.runner.read_record", "pipeline.artifacts.read_record"):
        monkeypatch.setattr(reader, unreadable)
    result = invoke("--outputs", tmp_path / "out", "run", config)
    assert result.exit_code == 1, result.output
    assert result.output.strip().splitlines()[-1] == f"Error: {paths.transcript}: cannot be read: Permission denied"
    assert paths.journal.read_bytes() == journal


def test_a_status_or_checkpoint_far_larger_than_any_is_refused_unread_and_kept(tmp_path):
    """status.json (given back as it was after a stage run alone) and the transcription's checkpoint
    (rewritten from what it holds) were read whole: a recording renamed over one was read into
    memory, 3 GB took 6 GB.  Over any record's size each is one line naming it, and it stays."""
    from fakes import make_day
    from pipeline.artifacts import PipelineError
    from pipeline.transcribe import Checkpoint, _CheckpointHeader

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    os.truncate(paths.status, 300 << 20)  # sparse: no disk, and nothing read if it is refused
    started = time.monotonic()
    result = invoke("--outputs", tmp_path / "out", "topics", config)
    assert result.exit_code == 1 and result.output == (
        f"Error: {paths.status}: not a status record (314,572,800 bytes, more than any record lokakarya "
        "writes (256 MB)); move it away, and run this again\n"
    ), result.output
    # a hang guard (1-3 s at load 10); "unread" is the message's size
    assert time.monotonic() - started < 30 and paths.status.stat().st_size == 300 << 20
    checkpoint = tmp_path / "transcript.checkpoint.jsonl"
    checkpoint.touch()
    os.truncate(checkpoint, 300 << 20)
    header = _CheckpointHeader(audio_sha256="0" * 64, options="", pieces=[(0, 16000)])
    with pytest.raises(PipelineError, match=r"not a transcription checkpoint \(314,572,800 bytes, more than any"):
        Checkpoint(checkpoint, header)
    assert checkpoint.stat().st_size == 300 << 20


# A command stopped from outside (pipeline.system.stops): its standard output gone, SIGTERM or SIGHUP, a
# Ctrl-C while Python starts it or shuts down after it; and a locale whose file names are ASCII.

GONE = "Error: standard output: could not write: No space left on device\n"
COMMANDS_THAT_PRINT = {
    "version": ["--version"],
    "help": ["--help"],
    "run-help": ["run", "--help"],
    "validate": ["validate", "{config}"],
    "doctor": ["--outputs", "{outputs}", "doctor", "--no-network"],
    "search": ["--outputs", "{outputs}", "search", "diplomasi"],
    "search-json": ["--outputs", "{outputs}", "search", "diplomasi", "--json"],
    "tables": ["--outputs", "{outputs}", "tables"],
    "run": ["--outputs", "{outputs}", "run", "{config}"],
}


@pytest.fixture(scope="module")
def tabled_day(tmp_path_factory):
    from fakes import make_day
    from pipeline.index import refresh_archive

    folder = tmp_path_factory.mktemp("stops")
    config, paths = make_day(folder / "configs", folder / "outputs")
    refresh_archive(folder / "outputs")
    return config, paths


def _into(stdout_fd: int, arguments: list[str], config: Path, outputs: Path) -> subprocess.CompletedProcess:
    command = [part.format(config=config, outputs=outputs) for part in arguments]
    try:
        return subprocess.run([*LOKAKARYA, *command], stdout=stdout_fd, stderr=subprocess.PIPE, cwd=REPO, timeout=120)
    finally:
        os.close(stdout_fd)


def _closed_pipe() -> int:
    reading, writing = os.pipe()
    os.close(reading)
    return writing


@pytest.mark.parametrize("name", COMMANDS_THAT_PRINT)
@pytest.mark.parametrize("where", ["closed-pipe", "full-disk"])
def test_every_command_that_prints_ends_quietly_into_a_closed_pipe_and_in_one_line_into_a_full_disk(
    tabled_day, name, where
):
    """`lokakarya … | head -0` and `lokakarya … > /dev/full`: the reader that went away is told
    nothing, as a shell's SIGPIPE would leave it, and a full disk is named as standard output;
    both exit 1.  `--help` and `--version` into a full disk had printed a traceback, the others
    'Error: lokakarya: No space left on device'."""
    config, paths = tabled_day
    stdout = _closed_pipe() if where == "closed-pipe" else os.open("/dev/full", os.O_WRONLY)
    status = paths.status.read_bytes()
    result = _into(stdout, COMMANDS_THAT_PRINT[name], config, paths.root.parent)
    assert result.returncode == 1
    assert result.stderr.decode() == ("" if where == "closed-pipe" else GONE)
    assert paths.status.read_bytes() == status


def test_a_warning_that_standard_error_cannot_take_stops_nothing(tabled_day):
    """`2> /dev/full`: the old name's warning had failed the command (exit status 1, no stage run)."""
    config, paths = tabled_day
    full = os.open("/dev/full", os.O_WRONLY)
    try:
        result = subprocess.run(
            [*LOKAKARYA, "--outputs", str(paths.root.parent), "report", str(config)],
            stdout=subprocess.PIPE,
            stderr=full,
            cwd=REPO,
            timeout=120,
        )
    finally:
        os.close(full)
    assert (result.returncode, result.stdout.decode()) == (0, f"page: wrote {paths.page}\n")


def test_a_run_that_finds_its_output_gone_before_any_stage_leaves_the_day_and_its_tables_as_they_were(tabled_day):
    """Its first line ('download: up to date') met the closed pipe: the tables were made while the
    run still held the day, and listed it as running for good."""
    import pandas

    config, paths = tabled_day
    before = paths.status.read_bytes()
    result = _into(_closed_pipe(), COMMANDS_THAT_PRINT["run"], config, paths.root.parent)
    assert result.returncode == 1 and result.stderr == b""
    tables = pandas.read_parquet(paths.root.parent / "index.parquet")
    assert paths.status.read_bytes() == before and tables["status"].tolist() == ["ok"]


@pytest.mark.parametrize(
    "error, said",
    [(errno.EPIPE, ""), (errno.ENOSPC, "Error: standard output: could not write: No space left on device")],
)
def test_a_run_whose_output_goes_after_a_stage_records_where_it_stopped(tmp_path, monkeypatch, error, said):
    """`lokakarya run … | head -3`, the reader gone once a stage had changed the day: recorded as a
    Ctrl-C is, at that stage with its reason, and the tables say so (status.json had said
    "running", and the tables, made while the run held the day, listed it as running)."""
    import click
    import pandas

    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    echo = click.echo

    def gone_at_summary(message=None, file=None, nl=True, err=False, color=None):
        if not err and str(message).startswith("summary: done"):
            raise OSError(error, os.strerror(error))
        echo(message, file, nl, err, color)

    monkeypatch.setattr(click, "echo", gone_at_summary)
    result = invoke("--outputs", tmp_path / "out", "run", config, "--force", "summary")
    assert result.exit_code == 1
    assert [line for line in result.output.splitlines() if line.startswith("Error")] == ([said] if said else [])
    status = json.loads(paths.status.read_text())
    reason = f"stopped: standard output could not be written ({os.strerror(error)})"
    assert (status["status"], status["stage"], status["reason"]) == ("failed", "summary", reason)
    row = pandas.read_parquet(tmp_path / "out" / "index.parquet").iloc[0]
    assert (row["status"], row["failed_stage"], row["reason"]) == ("failed", "summary", reason)


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_sigterm_or_sighup_in_a_stage_is_recorded_as_a_ctrl_c_is(tmp_path, monkeypatch, number):
    """`kill`, a closed terminal: the run had died at once, status.json "running" for good (the
    tables then read it as killed) and the tables' renames not held until all were done."""
    from fakes import make_day
    from pipeline import summary as summary_stage

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")

    def signalled(*_args, **_kwargs):
        os.kill(os.getpid(), number)
        time.sleep(5)  # the handler raises long before this ends
        raise AssertionError("the signal was not raised")

    monkeypatch.setattr(summary_stage, "summarize", signalled)
    result = invoke("--outputs", tmp_path / "out", "run", config, "--force", "summary")
    name = signal.Signals(number).name
    assert result.exit_code == 128 + number
    assert result.output.strip().splitlines()[-1] == (
        f"Error: stopped ({name}); what had finished is kept, and the same command goes on"
    )
    status = json.loads(paths.status.read_text())
    assert (status["status"], status["stage"], status["reason"]) == ("failed", "summary", f"stopped ({name})")
    assert signal.getsignal(number) is signal.SIG_DFL  # the test runner's own, given back


def _wrapped_ctrl_c(how: str) -> Exception:
    """A Ctrl-C as a library hands it on: pybind11's error for one that came while it initialised a
    module (`ImportError: initialization failed`, raised from it), or that error as a model loader
    of ours words it (raised from None, the ImportError its context)."""
    try:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as stop:
            raise ImportError("initialization failed") from stop
    except ImportError as wrapped:
        if how == "pybind11":
            return wrapped
        try:
            raise PipelineError("model 'base': the directory does not hold a loadable model") from None
        except PipelineError as ours:
            return ours


WRAPPED = ["pybind11", "ours"]


@pytest.mark.parametrize("how", WRAPPED)
def test_a_ctrl_c_a_library_wrapped_in_a_stage_is_recorded_as_a_ctrl_c(tmp_path, monkeypatch, how):
    """A real Ctrl-C 4 s into `run --force diarize` of the demo day, while ctranslate2 or onnxruntime
    was imported, had been `internal error: ImportError: initialization failed` (exit status 1) and
    the day failed for that reason."""
    from fakes import make_day
    from pipeline import summary as summary_stage

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")

    def interrupted(*_args, **_kwargs):
        raise _wrapped_ctrl_c(how)

    monkeypatch.setattr(summary_stage, "summarize", interrupted)
    result = invoke("--outputs", tmp_path / "out", "run", config, "--force", "summary")
    assert result.exit_code == 130, result.output
    assert [line for line in result.output.splitlines() if line.startswith("Error: ")] == [
        "Error: interrupted (Ctrl-C); what had finished is kept, and the same command goes on"
    ]
    status = json.loads(paths.status.read_text())
    assert (status["status"], status["stage"], status["reason"]) == ("failed", "summary", "interrupted (Ctrl-C)")


@pytest.mark.parametrize("how", WRAPPED)
def test_a_ctrl_c_a_library_wrapped_while_the_run_checks_leaves_the_day_as_it_was(tmp_path, monkeypatch, how):
    """Before any stage began (validate imports the decoder), the day stays as the last run left it:
    it had been recorded failed at 'validate' with 'ImportError: initialization failed'."""
    from fakes import make_day
    from pipeline import runner

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    before = paths.status.read_bytes()

    def interrupted(*_args):
        raise _wrapped_ctrl_c(how)

    monkeypatch.setattr(runner, "check_inputs", interrupted)
    result = invoke("--outputs", tmp_path / "out", "run", config)
    assert result.exit_code == 130 and "internal error" not in result.output, result.output
    assert paths.status.read_bytes() == before


@pytest.mark.parametrize("how", WRAPPED)
def test_a_ctrl_c_a_library_wrapped_is_no_failed_check_and_no_unreadable_day(tmp_path, monkeypatch, how):
    """`doctor` had listed it as a failed check and gone on; the tables had listed the day being
    read as unreadable, `ImportError: initialization failed`."""
    from fakes import make_day
    from pipeline import doctor, index

    def interrupted(*_args):
        raise _wrapped_ctrl_c(how)

    monkeypatch.setattr(doctor, "_python", interrupted)
    result = invoke("doctor", "--no-network")
    assert result.exit_code == 130 and "python" not in result.output, result.output
    make_day(tmp_path / "configs", tmp_path / "out")
    monkeypatch.setattr(index, "_add_day_rows", interrupted)
    result = invoke("--outputs", tmp_path / "out", "tables")
    assert result.exit_code == 130 and "unreadable" not in result.output, result.output


def test_a_held_block_finishes_before_sigterm_is_raised_and_an_ignored_sighup_stays_ignored():
    from pipeline.system.stops import Signalled, held, raised

    finished = False
    with pytest.raises(Signalled) as stop, raised(), held():
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(0.1)
        finished = True
    assert finished and stop.value.number == signal.SIGTERM
    before = signal.signal(signal.SIGHUP, signal.SIG_IGN)  # as under nohup
    try:
        with raised():
            os.kill(os.getpid(), signal.SIGHUP)
            time.sleep(0.1)
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGHUP, before)


def _interrupting_click(folder: Path) -> Path:
    """A `click` that sends this process Ctrl-C as pipeline.cli imports it: a Ctrl-C while Python
    starts the command, at a set moment (a real one lands there in the first ~0.2 s)."""
    (folder / "click").mkdir()
    (folder / "click" / "__init__.py").write_text(
        "import os, signal, time\nos.kill(os.getpid(), signal.SIGINT)\ntime.sleep(5)\n"
    )
    return folder


def _as_from_a_terminal() -> None:
    """Start a child with SIGINT as a terminal's job has it: a suite started in the background has
    SIGINT ignored, which its children inherit, deaf to the Ctrl-C these tests send."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_while_python_imports_the_command_is_the_one_line_of_any_ctrl_c(tmp_path):
    """It had been Python's traceback of the import it was in (exit status 1, or killed by SIGINT)."""
    shim = _interrupting_click(tmp_path)
    script = tmp_path / "lokakarya"  # as the console script pip writes
    script.write_text("import sys\nfrom pipeline.cli import main\nsys.exit(main())\n")
    environment = dict(os.environ, PYTHONPATH=f"{shim}{os.pathsep}{REPO}")
    line = "Error: interrupted (Ctrl-C); what had finished is kept, and the same command goes on\n"
    for command in ([*LOKAKARYA, "--version"], [sys.executable, str(script), "--version"]):
        result = subprocess.run(
            command, capture_output=True, env=environment, timeout=60, preexec_fn=_as_from_a_terminal
        )
        assert (result.returncode, result.stderr.decode(), result.stdout) == (130, line, b"")
    # a program that imports the package keeps Python's own Ctrl-C
    library = subprocess.run(
        [sys.executable, "-c", "import pipeline.cli"],
        capture_output=True,
        env=environment,
        timeout=60,
        preexec_fn=_as_from_a_terminal,
    )
    assert library.returncode != 130 and b"KeyboardInterrupt" in library.stderr


def test_a_process_the_command_starts_keeps_its_own_ctrl_c(tmp_path):
    """A batch's Dask worker is started by multiprocessing with the command's sys.argv, and had taken
    the start-up's handler for good: at a Ctrl-C each worker said the command's line and ended itself."""
    script = tmp_path / "lokakarya"  # as the console script pip writes, starting a worker as a batch does
    script.write_text(
        "import multiprocessing, signal\nimport pipeline\n\n"
        "def handler():\n    return signal.getsignal(signal.SIGINT) is signal.default_int_handler\n\n"
        "if __name__ == '__main__':\n"
        "    with multiprocessing.get_context('spawn').Pool(1) as pool:\n"
        "        print(pool.apply(handler))\n"
    )
    result = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        timeout=60,
        preexec_fn=_as_from_a_terminal,
    )
    assert (result.returncode, result.stdout) == (0, b"True\n"), result.stderr


def test_ctrl_c_as_python_shuts_down_after_the_command_keeps_its_status(tmp_path):
    """0.15 s after `search` had printed its lines the process was killed by the signal, without a
    word; its work was done and said, and its status is its own."""
    (tmp_path / "sitecustomize.py").write_text(
        "import atexit, os, signal, time\n"
        "atexit.register(lambda: (os.kill(os.getpid(), signal.SIGINT), time.sleep(0.2)))\n"
    )
    environment = dict(os.environ, PYTHONPATH=f"{tmp_path}{os.pathsep}{REPO}")
    result = subprocess.run([*LOKAKARYA, "--version"], capture_output=True, env=environment, timeout=60)
    assert (result.returncode, result.stdout.decode(), result.stderr) == (0, "lokakarya, version 0.1.0\n", b"")


def test_another_unicode_encode_error_is_the_one_line_of_an_internal_error(tmp_path, monkeypatch):
    """Only an ASCII file name is the line naming PYTHONUTF8; any other UnicodeEncodeError had been
    re-raised past the internal error's handler, a traceback."""
    import pipeline.preflight

    def unencodable(path):
        raise UnicodeEncodeError("latin-1", "Séverine 🎤", 9, 10, "ordinal not in range(256)")

    monkeypatch.setattr(pipeline.preflight, "load_config", unencodable)
    result = invoke("validate", write_config(tmp_path))
    assert result.exit_code == 1 and result.output.count("\n") == 1, result.output
    assert result.output.startswith("Error: internal error: UnicodeEncodeError: 'latin-1' codec")


def test_file_names_this_python_cannot_hold_are_one_line_naming_the_setting(tmp_path):
    """PYTHONUTF8=0 under the C locale names files in ASCII: an accented recording had been an
    internal error (UnicodeEncodeError), an accented config's UTF-8 name called 'not UTF-8'."""
    write_tone(tmp_path / "rekaman Séverine.wav")
    accented_source = write_config(tmp_path, source="rekaman Séverine.wav")
    accented_name = write_config(tmp_path, "Séverine.yaml", source="rekaman Séverine.wav")
    environment = dict(os.environ, LC_ALL="C", LANG="C", PYTHONUTF8="0", PYTHONPATH=str(REPO))
    for config, named in ((accented_source, "rekaman Séverine.wav"), (accented_name, "Séverine.yaml")):
        result = subprocess.run([*LOKAKARYA, "validate", str(config)], capture_output=True, env=environment)
        error = result.stderr.decode("utf-8")
        assert result.returncode == 1 and error.count("\n") == 1, error
        assert error.startswith("Error: ") and named in error and "run lokakarya with PYTHONUTF8=1" in error
