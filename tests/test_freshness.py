"""Per-stage freshness: a stage reruns only when a config field it reads, an input or the code changed."""

from __future__ import annotations

import json

import pytest
import yaml

from conftest import invoke
from fakes import make_day
from pipeline.config import load_config
from pipeline.download import download
from pipeline.runner import is_up_to_date, run_day, stage_runs
from pipeline.stages import STAGES

AFTER_TRANSCRIBE = ["transcribe", "diarize", "topics", "compare", "summary", "page"]


def stale_stages(config, paths) -> list[str]:
    """The stages a run would run: the first stale one and every applicable one after it."""
    names = [stage.name for stage in STAGES if stage.applies(config)]
    stale = [stage.name for stage in STAGES if stage.applies(config) and not is_up_to_date(stage, config, paths)]
    return names[names.index(stale[0]) :] if stale else []


@pytest.fixture
def day(tmp_path):
    config_path, paths = make_day(tmp_path / "configs", tmp_path / "outputs")
    return config_path, paths


def _edit(config_path, change):
    fields = yaml.safe_load(config_path.read_text())
    change(fields)
    config_path.write_text(yaml.safe_dump(fields, allow_unicode=True))
    return load_config(config_path)


def test_nothing_changed_nothing_stale(day):
    config_path, paths = day
    assert stale_stages(load_config(config_path), paths) == []


def test_title_edit_reruns_only_summary_and_page(day):
    config_path, paths = day
    config = _edit(config_path, lambda f: f.update(title="Judul baru"))
    assert stale_stages(config, paths) == ["summary", "page"]
    runs_before = len(stage_runs(paths))
    list(run_day(config, paths))
    assert stage_runs(paths)[runs_before:] == ["summary", "page"]
    assert json.loads(paths.summary.read_text())["day"]["title"] == "Judul baru"
    assert "Judul baru" in paths.page.read_text()


def test_role_edit_reruns_only_summary_and_page(day):
    config_path, paths = day
    config = _edit(config_path, lambda f: f["speakers"][1].update(role="Dosen"))
    assert stale_stages(config, paths) == ["summary", "page"]


def test_date_edit_reruns_only_summary_and_page(day):
    config_path, paths = day
    assert stale_stages(_edit(config_path, lambda f: f.update(date="2021-01-01")), paths) == ["summary", "page"]


def test_compare_option_reruns_compare_onward(day):
    config_path, paths = day
    config = _edit(config_path, lambda f: f.update(compare={"said_confidence": 0.7}))
    assert stale_stages(config, paths) == ["compare", "summary", "page"]


def test_topics_option_reruns_topics_onward(day):
    config_path, paths = day
    config = _edit(config_path, lambda f: f.update(topics={"top_n": 5}))
    assert stale_stages(config, paths) == ["topics", "compare", "summary", "page"]


def test_transcribe_option_reruns_transcribe_onward(day):
    config_path, paths = day
    config = _edit(config_path, lambda f: f.update(transcribe={"beam_size": 1}))
    assert stale_stages(config, paths) == AFTER_TRANSCRIBE


def test_speaker_name_edit_reruns_diarize_onward(day):
    config_path, paths = day
    config = _edit(config_path, lambda f: f["speakers"][0].update(name="Chalief Akbar"))
    assert stale_stages(config, paths) == AFTER_TRANSCRIBE[1:]


def test_download_patience_and_truth_rerun_nothing(day):
    config_path, paths = day
    assert stale_stages(_edit(config_path, lambda f: f.update(download={"retries": 3})), paths) == []


def test_changed_input_file_reruns_its_readers(day):
    config_path, paths = day
    report = config_path.parent / "day-10.txt"
    report.write_text(report.read_text() + "\nSatu kalimat baru tentang diplomasi budaya Indonesia.\n")
    assert stale_stages(load_config(config_path), paths) == ["topics", "compare", "summary", "page"]


def test_download_reuse_rekeys_source_json(day):
    """The audio is reused without decoding, and source.json is re-keyed so the runner agrees."""
    config_path, paths = day
    config = load_config(config_path)
    record = json.loads(paths.source.read_text())
    record["provenance"]["config_hash"] = "0" * 64  # as left by an older code version
    paths.source.write_text(json.dumps(record))
    download_stage = STAGES[0]
    assert not is_up_to_date(download_stage, config, paths)
    audio = paths.audio.stat().st_mtime_ns
    download(config, paths)
    assert is_up_to_date(download_stage, config, paths) and paths.audio.stat().st_mtime_ns == audio


def test_unchanged_rerun_is_byte_identical(day):
    config_path, paths = day
    config = load_config(config_path)
    files = {
        f: f.read_bytes()
        for f in paths.root.iterdir()
        if f.is_file() and f.name != "journal.jsonl" and not f.name.startswith(".")
    }
    mtimes = {f: f.stat().st_mtime_ns for f in files}
    runs_before = stage_runs(paths)
    list(run_day(config, paths))
    assert stage_runs(paths) == runs_before
    assert {f: f.read_bytes() for f in files} == files
    assert {f: f.stat().st_mtime_ns for f in files} == mtimes


def test_evaluate_without_truth_is_one_line(day):
    config_path, paths = day
    result = invoke("--outputs", paths.root.parent, "evaluate", config_path)
    assert result.exit_code == 1 and "field 'truth' is not set" in result.output
