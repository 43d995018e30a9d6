"""Bad input gets one clear line naming the file or field, a non-zero exit, and no torn artifact."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
import soundfile

from conftest import invoke, write_config, write_tone


def _error_line(result) -> str:
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    return lines[0]


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"speakers": None}, "field 'speakers'"),
        ({"speakrs": [{"name": "A"}]}, "unknown field 'speakrs'"),
        ({"transcribe": {"beam_size": "lima"}}, "field 'transcribe.beam_size'"),
        ({"id": "../escape"}, "field 'id'"),
        ({"source": "file:///etc/passwd"}, "field 'source'"),
        ({"date": "kemarin"}, "field 'date'"),
    ],
)
def test_config_errors_name_the_field(tmp_path, fields, expected):
    config = write_config(tmp_path, **fields)
    if fields.get("speakers", 1) is None:
        text = config.read_text().replace("speakers: null\n", "")
        config.write_text(text)
    line = _error_line(invoke("validate", config))
    assert str(config) in line and expected in line


def test_missing_config_and_not_yaml(tmp_path):
    assert "config file not found" in _error_line(invoke("validate", tmp_path / "nope.yaml"))
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: [unclosed\n")
    assert "not valid YAML" in _error_line(invoke("validate", broken))


def test_missing_report_and_source_files(tmp_path):
    write_tone(tmp_path / "talk.wav")
    config = write_config(tmp_path, report="laporan-hilang.txt")
    line = _error_line(invoke("validate", config))
    assert "field 'report'" in line and "laporan-hilang.txt" in line
    config = write_config(tmp_path, source="rekaman-hilang.wav")
    assert "field 'source'" in _error_line(invoke("validate", config))


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda p: p.write_text("ini bukan audio\n" * 50), "not a readable audio or video file"),
        (lambda p: p.write_bytes(b""), "not a readable audio or video file"),
        (lambda p: soundfile.write(p, np.zeros(16000 * 3, dtype="float32"), 16000, format="WAV"),
         "silent"),
    ],
    ids=["text-file", "empty-file", "silence"],
)
def test_bad_recordings_keep_the_good_artifact(tmp_path, make, expected):
    write_tone(tmp_path / "talk.wav")
    out = tmp_path / "out"
    config = write_config(tmp_path)
    assert invoke("--outputs", out, "download", config).exit_code == 0
    audio = out / "test-day" / "audio.wav"
    good = hashlib.sha256(audio.read_bytes()).hexdigest()
    make(tmp_path / "bad.wav")
    line = _error_line(invoke("--outputs", out, "download", write_config(tmp_path, source="bad.wav")))
    assert "bad.wav" in line and expected in line
    assert hashlib.sha256(audio.read_bytes()).hexdigest() == good
    assert not list(audio.parent.glob(".*.tmp"))


def test_stage_before_its_input_names_the_missing_stage(tmp_path):
    write_tone(tmp_path / "talk.wav")
    line = _error_line(invoke("--outputs", tmp_path / "out", "topics", write_config(tmp_path)))
    assert "speakers.json" in line and "'diarize'" in line


def test_tone_without_speech_is_refused_by_transcribe(tmp_path):
    write_tone(tmp_path / "talk.wav", seconds=4)
    out = tmp_path / "out"
    config = write_config(tmp_path)
    assert invoke("--outputs", out, "download", config).exit_code == 0
    assert "no speech found" in _error_line(invoke("--outputs", out, "transcribe", config))
    assert not (out / "test-day" / "transcript.json").exists()


@pytest.mark.parametrize(
    "content, expected",
    [(b"  \n", "report file is empty"), ("Diplomasi ‘digital’".encode("cp1252"), "not UTF-8")],
    ids=["empty", "cp1252"],
)
def test_report_empty_or_not_utf8(tmp_path, content, expected):
    write_tone(tmp_path / "talk.wav")
    (tmp_path / "laporan.txt").write_bytes(content)
    line = _error_line(invoke("validate", write_config(tmp_path, report="laporan.txt")))
    assert "laporan.txt" in line and expected in line


@pytest.mark.parametrize("field", ["report", "source"])
def test_paths_cannot_leave_the_config_folder(tmp_path, field):
    inner = tmp_path / "configs"
    inner.mkdir()
    write_tone(inner / "talk.wav")
    outside = write_tone(tmp_path / "outside.wav") if field == "source" else tmp_path / "x.txt"
    outside.touch()
    for value in (f"../{outside.name}", str(outside)):
        line = _error_line(invoke("validate", write_config(inner, **{field: value})))
        assert f"field '{field}'" in line and "outside the config's folder" in line
