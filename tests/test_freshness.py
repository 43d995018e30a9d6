"""Per-stage freshness: a stage reruns only when a config field it reads, an input or the code changed,
or a file it wrote is no longer as it wrote it."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from pathlib import Path

import pytest
import yaml

from conftest import invoke
from fakes import make_day
from pipeline.artifacts import DayPaths, PipelineError, file_sha256
from pipeline.config import DayConfig, load_config
from pipeline.diarize import Diarization, rttm_lines
from pipeline.download import download
from pipeline.index import refresh_archive
from pipeline.media.audio import listening_copy_source
from pipeline.runner import run_day, stage_runs, staleness
from pipeline.stages import STAGES

AFTER_TRANSCRIBE = ["transcribe", "diarize", "topics", "compare", "summary", "page"]


def stale_stages(config, paths) -> list[str]:
    """The first stale stage and every applicable one after it: those a run may run (a stage whose
    inputs' findings the ones before it leave as they were stands)."""
    names = [stage.name for stage in STAGES if stage.applies(config)]
    stale = [stage.name for stage in STAGES if stage.applies(config) and staleness(stage, config, paths) is not None]
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
    # each journal entry names the lokakarya and the record its run left
    summary_run, page_run = [json.loads(line) for line in paths.journal.read_text().splitlines()[-2:]]
    assert summary_run["record_sha256"] == file_sha256(paths.summary) and summary_run["lokakarya"] == "0.1.0"
    assert (
        summary_run["lokakarya_source"]
        == json.loads(paths.summary.read_text())["provenance"]["tools"]["lokakarya-source"]
    )
    assert page_run["record_sha256"] == file_sha256(paths.page_record)
    assert "Judul baru" in paths.page.read_text()


def test_a_comment_edited_into_the_config_remakes_only_the_page_which_shows_the_files_sha256(day):
    """The page shows the config file's sha256 as the file it was made with; a comment added to the
    config had rerun nothing, and the page went on naming the file's former sha256, which no config
    held any more (fifty-second round).  No other record reads the file's bytes."""
    config_path, paths = day
    config_path.write_text("# a note of the archivist's\n" + config_path.read_text())
    config = load_config(config_path)
    assert stale_stages(config, paths) == ["page"]
    list(run_day(config, paths))
    shown = file_sha256(config_path)
    assert json.loads(paths.page_record.read_text())["config_sha256"] == shown
    assert shown[:12] in paths.page.read_text()
    assert stale_stages(config, paths) == []


def test_the_scores_key_holds_the_speakers_they_read(day):
    """evaluate scores the truth's speakers as the config's (their names, and the host by role), and
    its config_hash had hashed no field at all, as though the scores read none of the config."""
    config_path, _ = day
    before = load_config(config_path).stage_key("evaluate")
    config = _edit(config_path, lambda f: f["speakers"][1].update(role="Pemandu acara"))
    assert config.stage_key("evaluate") != before
    assert _edit(config_path, lambda f: f.update(title="Judul baru")).stage_key("evaluate") == config.stage_key(
        "evaluate"
    )


def test_role_edit_reruns_diarize_onward(day):
    """The talk calls a speaker by role ("silakan, Pak Duta Besar"): naming the voices reads it."""
    config_path, paths = day
    config = _edit(config_path, lambda f: f["speakers"][1].update(role="Dosen"))
    assert stale_stages(config, paths) == AFTER_TRANSCRIBE[1:]


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


@pytest.mark.parametrize("threads", [1, 4])
def test_a_thread_count_that_changes_only_the_speed_transcribes_nothing_again(day, threads):
    """cpu_threads decides how fast the words come, not which: the demo's transcript decoded on one
    thread and on two is the same (docs/measurements.md), and a new count had transcribed the day
    again (18.8 s of demo-2's, half an hour of a two-hour day's).  Only the page runs again, as for
    any edit of the config file, whose sha256 it shows."""
    config_path, paths = day
    config = _edit(config_path, lambda f: f.update(transcribe={"cpu_threads": threads}))
    assert stale_stages(config, paths) == ["page"]


def test_a_transcription_run_again_at_another_thread_count_leaves_its_findings(day):
    """transcript.json had echoed the run's cpu_threads in its options: a transcription made again
    at another count (its words the same) had other findings, and diarize, topics and compare ran
    again.  A speed-only option is a fact of the run, in its provenance (transcript.json 1.4.0),
    which the findings the stages after it key leave out."""
    from pipeline.artifacts import findings_sha256, read_artifact
    from pipeline.transcribe import Transcript

    _, paths = day
    made = read_artifact(paths.transcript, Transcript, "transcribe")
    assert made.provenance.cpu_threads == 2 and "cpu_threads" not in json.loads(paths.transcript.read_text())["options"]
    again = made.model_copy(update={"provenance": made.provenance.model_copy(update={"cpu_threads": 4})})
    assert findings_sha256(again.model_dump_json().encode()) == findings_sha256(made.model_dump_json().encode())


def test_a_transcript_before_1_4_0_reads_its_thread_count_as_its_runs(day):
    """A transcript.json before 1.4.0 holds the thread count among its options: read, its options
    are its decoding's alone, as now (the tables and the page read an archive's older days); its
    findings are those the stages after it recorded (the count left out), whatever the count; and
    it stands as it is (artifacts.STANDS_SINCE): no transcription made again (hours on a two-hour
    day) for where a fact of its run is written, nor an out-of-date note in the tables."""
    from pipeline import runner
    from pipeline.artifacts import findings_sha256, read_artifact
    from pipeline.runner import written_since
    from pipeline.transcribe import Transcript

    config_path, paths = day
    now = json.loads(paths.transcript.read_text())
    threads = now["provenance"].pop("cpu_threads")
    del now["provenance"]["cpu"]  # a 1.4.0 field: a real 1.3.0 transcript never had it
    older = dict(now, schema_version="1.3.0", options={**now["options"], "cpu_threads": threads})
    made = hashlib.sha256(paths.transcript.read_bytes()).hexdigest()
    paths.transcript.write_text(json.dumps(older))
    # as older code's run left it: the journal holds its bytes, made by another lokakarya source
    journal = paths.journal.read_text().replace(made, hashlib.sha256(paths.transcript.read_bytes()).hexdigest())
    paths.journal.write_text(journal.replace(runner.source_sha256(), "0" * 64))
    read = read_artifact(paths.transcript, Transcript, "transcribe")
    assert read.schema_version == "1.3.0" and read.provenance.cpu_threads is None
    assert read.options.model_dump(mode="json") == now["options"]
    on_four = json.dumps(dict(older, options={**older["options"], "cpu_threads": 4})).encode()
    assert findings_sha256(on_four) == findings_sha256(paths.transcript.read_bytes())
    config, runs_before, older_bytes = load_config(config_path), len(stage_runs(paths)), paths.transcript.read_bytes()
    assert staleness(next(stage for stage in STAGES if stage.name == "transcribe"), config, paths) is None
    list(run_day(config, paths))  # diarize on: their records here hold the findings of the 1.4.0 one
    assert "transcribe" not in stage_runs(paths)[runs_before:] and paths.transcript.read_bytes() == older_bytes
    assert stale_stages(config, paths) == []
    assert written_since(paths.transcript, "1.3.0") is None and written_since(paths.transcript, "1.2.0") == "1.4.0"


def test_a_record_read_in_place_stands_only_under_the_schema_it_was_judged_against():
    """artifacts.STANDS_SINCE let a 1.3.0 transcript stand with no upper bound: bumped to 1.5.0 for
    something new it records, 1.3.0 and 1.4.0 ones had stood without it.  Each exception holds the
    schema it was judged against and lapses when this code writes another; this test fails at such
    a bump, so that whoever makes it decides the rule again."""
    from pipeline.artifacts import STANDS_SINCE, stands_as_written
    from pipeline.runner import _schema_version_written

    for record, (_, judged_against) in STANDS_SINCE.items():
        assert _schema_version_written(record) == judged_against, f"{record}: decide STANDS_SINCE again"
    assert stands_as_written("transcript", "1.3.0", "1.4.0") and not stands_as_written("transcript", "1.2.0", "1.4.0")
    assert not any(stands_as_written("transcript", recorded, "1.5.0") for recorded in ("1.3.0", "1.4.0"))
    assert not stands_as_written("diarization", "1.0.0", "1.4.0")


def test_speaker_name_edit_reruns_diarize_onward(day):
    config_path, paths = day
    config = _edit(config_path, lambda f: f["speakers"][0].update(name="Chalief Akbar"))
    assert stale_stages(config, paths) == AFTER_TRANSCRIBE[1:]


def test_an_error_names_a_config_made_in_code_by_its_id(day):
    """A DayConfig made in code has no file: its errors had named the file "." (".: field 'truth'
    is not set"); a loaded one's name its file, as before."""
    from pipeline.evaluate import evaluate

    config_path, paths = day
    made = DayConfig(id="tanpa-berkas", title="Tanpa berkas", source="talk.wav", speakers=[{"name": "Budi"}])
    for config, named in ((made, "config 'tanpa-berkas' (made in code)"), (load_config(config_path), str(config_path))):
        with pytest.raises(PipelineError, match=f"^{re.escape(named)}: field 'truth' is not set"):
            evaluate(config, paths)


def test_a_config_made_without_a_file_keys_every_stage():
    """The page's key holds the config file's sha256; a DayConfig made in code has no file (its
    path is "."), and stage_fields("page") had raised IsADirectoryError on it."""
    config = DayConfig(id="tanpa-berkas", title="Tanpa berkas", source="talk.wav", speakers=[{"name": "Budi"}])
    assert "config_sha256" not in config.stage_fields("page")
    keys = {stage.name: config.stage_key(stage.name) for stage in STAGES}
    assert len(keys) == len(STAGES) and all(len(key) == 64 for key in keys.values())


def test_a_config_made_without_a_file_runs_every_stage_and_names_no_file(day, monkeypatch):
    """A DayConfig made in code (a test, a caller of the library) has no file: the page had raised
    IsADirectoryError hashing its path ".", and the summary and status.json refused its name "".
    Every record that names or hashes the config file names none for it, alike; the tables too."""
    config_path, paths = day
    loaded = load_config(config_path)
    monkeypatch.chdir(config_path.parent)  # made in the folder that holds its recording
    config = DayConfig.model_validate(yaml.safe_load(config_path.read_text()))  # as load_config reads it
    assert config.base_dir == loaded.base_dir
    assert config.config_file is None and config.config_file_name is None and config.config_sha256() is None
    # only the records that name the file see that there is none
    assert stale_stages(config, paths) == ["summary", "page"]
    list(run_day(config, paths))
    assert stale_stages(config, paths) == []
    assert json.loads(paths.summary.read_text())["day"]["config_file"] is None
    assert json.loads(paths.status.read_text())["config_file"] is None
    assert json.loads(paths.page_record.read_text())["config_sha256"] is None
    assert "konfigurasi dibuat dalam kode, tanpa berkas" in paths.page.read_text()  # the day's page is Indonesian
    index = refresh_archive(paths.root.parent)
    assert index["status"].tolist() == ["ok"] and index[["config_file", "config_sha256"]].isna().all(axis=None)
    # the file again: named and hashed as before
    list(run_day(loaded, paths))
    assert json.loads(paths.page_record.read_text())["config_sha256"] == file_sha256(config_path)


def test_download_patience_reruns_only_the_page_which_shows_the_config_files_sha256(day):
    config_path, paths = day
    assert stale_stages(_edit(config_path, lambda f: f.update(download={"retries": 3})), paths) == ["page"]


@pytest.mark.parametrize("field, value, recorded", [("source_track", 0, 0), ("source_channel", 1, [1])])
def test_source_track_and_channel_rerun_download_onward(day, field, value, recorded):
    """The track and channels chosen decide what audio.wav holds: a changed source_track had left
    the download up to date (its key held the source alone), so `run` kept the other track's
    audio; and download reuses its audio only where source.json records the same request."""
    config_path, paths = day
    config = _edit(config_path, lambda f: f.update({field: value}))
    assert stale_stages(config, paths) == ["download", *AFTER_TRANSCRIBE]
    download(config, paths)
    assert json.loads(paths.source.read_text())[f"requested_{field.removeprefix('source_')}"] == recorded
    assert staleness(STAGES[0], config, paths) is None


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
    record["schema_version"] = "1.0.2"  # before source_channel: no requested_channel, so none
    del record["requested_channel"]
    paths.source.write_text(json.dumps(record))
    download_stage = STAGES[0]
    assert staleness(download_stage, config, paths) is not None
    audio = paths.audio.stat().st_mtime_ns
    download(config, paths)
    assert staleness(download_stage, config, paths) is None and paths.audio.stat().st_mtime_ns == audio
    # the record stays that of the run that made the audio: its tools and times, not today's
    kept = json.loads(paths.source.read_text())["provenance"]
    assert {key: kept[key] for key in ("tools", "started_at", "wall_seconds")} == {
        key: record["provenance"][key] for key in ("tools", "started_at", "wall_seconds")
    }


def test_a_record_of_another_schema_version_reruns_its_stage(day):
    """lokakarya's version number may stay while a stage's record gains a field: a topics.json of an
    older schema is out of date, and its stage runs again."""
    config_path, paths = day
    config = load_config(config_path)
    record = json.loads(paths.topics.read_text())
    record["schema_version"] = "1.99.0"  # a later lokakarya's, of the same major: it holds all this one records
    paths.topics.write_text(json.dumps(record))
    assert staleness(next(stage for stage in STAGES if stage.name == "topics"), config, paths) is None
    record["schema_version"] = "1.0.0"
    paths.topics.write_text(json.dumps(record))
    assert stale_stages(config, paths) == ["topics", "compare", "summary", "page"]
    # the download keeps its audio and takes today's schema once, with its own record
    source = json.loads(paths.source.read_text())
    source["schema_version"] = "1.0.0"
    paths.source.write_text(json.dumps(source))
    assert staleness(STAGES[0], config, paths) is not None
    download(config, paths)
    assert staleness(STAGES[0], config, paths) is None


def test_a_record_of_a_newer_major_schema_is_named_as_a_newer_lokakarya_s(day):
    """A topics.json that a later lokakarya wrote (schema 2.0.0) had been 'damaged, not a topics
    artifact (schema_version: String should match pattern …)': it is named for what it is, and
    remade as a record this lokakarya cannot read is."""
    from pipeline.runner import staleness

    config_path, paths = day
    record = json.loads(paths.topics.read_text())
    record["schema_version"] = "2.0.0"
    paths.topics.write_text(json.dumps(record))
    topics = next(stage for stage in STAGES if stage.name == "topics")
    kind, why = staleness(topics, load_config(config_path), paths)
    assert kind == "damaged"
    assert why == f"{paths.topics}: written by a newer lokakarya (schema 2.0.0; this one reads 1.x.y)"


@pytest.mark.parametrize(
    "written",
    ["n6.1-static", "2025.01.01.232000", "1.2.0-beta", "v2.0.0", "+2.0.0", "٢.0.0", "1.0", "2", ""]
    + ["1.0.0\n", 2, 1.5, None],
)
def test_a_schema_version_that_is_no_version_is_damage_named_in_one_line(day, written, caplog):
    """A topics.json whose schema_version is no version as lokakarya writes them, edited by hand
    ('1.0', 'v2.0.0', a tool's '2025.01.01.232000', a number) had been 'out of date (…, which
    records more)' or, where int() read its first part above 1 ('+2', '٢', '2025'), 'written by a
    newer lokakarya': it is damaged, its value shown on one line, and the run makes it again."""
    from pipeline.runner import staleness

    config_path, paths = day
    config = load_config(config_path)
    record = json.loads(paths.topics.read_text())
    record["schema_version"] = written
    paths.topics.write_text(json.dumps(record))
    topics = next(stage for stage in STAGES if stage.name == "topics")
    kind, why = staleness(topics, config, paths)
    assert kind == "damaged" and "\n" not in why
    assert why.startswith(f"{paths.topics}: damaged, not a topics artifact (schema_version ")
    assert "is no version as lokakarya writes them (MAJOR.MINOR.PATCH, such as 1.0.0))" in why
    with caplog.at_level(logging.WARNING, logger="lokakarya"):
        list(run_day(config, paths))
    assert [r.getMessage() for r in caplog.records] == [f"{why}; the topics stage runs again"]
    assert json.loads(paths.topics.read_text())["schema_version"] != written


def test_a_record_without_a_schema_version_is_damage_and_a_newer_minor_stays(day):
    """A record with no schema_version had been 'out of date (schema None; …)'; one of a later
    minor version, which a later lokakarya of the same major wrote, is up to date."""
    from pipeline.runner import staleness

    config_path, paths = day
    config = load_config(config_path)
    record = json.loads(paths.topics.read_text())
    topics = next(stage for stage in STAGES if stage.name == "topics")
    paths.topics.write_text(json.dumps({key: value for key, value in record.items() if key != "schema_version"}))
    assert staleness(topics, config, paths) == (
        "damaged",
        f"{paths.topics}: damaged, not a topics artifact (schema_version: missing)",
    )
    paths.topics.write_text(json.dumps(record | {"schema_version": "1.99.0"}))
    assert staleness(topics, config, paths) is None


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


def test_a_run_says_which_stages_it_skipped_and_why_and_names_the_archive_page(day):
    """evaluate without a truth had vanished from run's output, and the archive page was not named."""
    config_path, paths = day
    config = _edit(config_path, lambda f: (f.pop("truth", None), f.pop("report", None)))
    result = invoke("--outputs", paths.root.parent, "run", config_path)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "evaluate: skipped (no `truth:` in the config)" in lines, result.output
    assert "compare: skipped (no `report:` in the config)" in lines, result.output
    assert lines[-1] == f"archive page: {paths.root.parent / 'index.html'}", result.output
    for stage in STAGES:  # every stage a day may go without says why
        assert stage.applies(config) or stage.skipped_because, stage.name


# Every file a stage writes beside its JSON record -> the stages a run then runs: the stage that
# wrote it, and those after it whose inputs that rerun changes.
EXPORTS = {
    "diarization.rttm": ["diarize", "topics", "compare", "summary", "page"],
    "transcript.txt": ["summary", "page"],
    "transcript.srt": ["summary", "page"],
    "transcript.vtt": ["summary", "page"],
    "index.html": ["page"],
    "audio.webm": ["page"],
}


def _edit_keeping_size_and_mtime(path):
    """Other bytes of the same length, with the old mtime: only the content tells."""
    data, mtime = path.read_bytes(), path.stat().st_mtime_ns
    cut = len(data) // 2
    path.write_bytes(data[:cut] + bytes(b ^ 0x20 for b in data[cut : cut + 8]) + data[cut + 8 :])
    os.utime(path, ns=(mtime, mtime))


def _link_to_a_copy(path):
    """A link to a file with the same bytes: what is written there would go elsewhere."""
    copy = path.parent.parent / f"copy-of-{path.name}"
    copy.write_bytes(path.read_bytes())
    path.unlink()
    path.symlink_to(copy)


DAMAGE = {
    "edited": (
        _edit_keeping_size_and_mtime,
        "changed since the {stage} stage wrote it (not the bytes {record} records)",
    ),
    "emptied": (
        lambda path: path.write_bytes(b""),
        "changed since the {stage} stage wrote it (not the bytes {record} records)",
    ),
    "deleted": (lambda path: path.unlink(), "missing (the {stage} stage wrote it)"),
    "folder": (lambda path: (path.unlink(), path.mkdir()), "a folder, not the file the {stage} stage wrote"),
    "link": (_link_to_a_copy, "a link, not the file the {stage} stage wrote"),
}


@pytest.fixture
def warnings():
    """What the run logs as warnings (the CLI prints each as one `Warning: …` line)."""
    messages: list[str] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = lambda record: messages.append(record.getMessage())
    log = logging.getLogger("lokakarya")
    log.addHandler(handler)
    yield messages
    log.removeHandler(handler)


def _files(paths) -> dict:
    return {
        f.name: (f.read_bytes(), f.stat().st_mtime_ns)
        for f in paths.root.iterdir()
        if f.is_file() and f.name != "journal.jsonl" and not f.name.startswith(".")
    }


@pytest.mark.parametrize("damage", DAMAGE)
@pytest.mark.parametrize("name", EXPORTS)
def test_a_damaged_export_reruns_its_stage_and_is_made_again(day, warnings, name, damage):
    """An export edited, emptied, deleted or replaced by a folder or a link was kept "up to date"
    (a page with an injected <script>, captions reading "garbage"): now the stage that wrote it
    runs again, saying which file, and writes it whole; the run after that rewrites nothing."""
    config_path, paths = day
    config = load_config(config_path)
    target, stage = paths.root / name, EXPORTS[name][0]
    original = target.read_bytes()
    harm, what = DAMAGE[damage]
    harm(target)
    assert stale_stages(config, paths) == EXPORTS[name]
    runs = len(stage_runs(paths))
    list(run_day(config, paths))
    assert stage_runs(paths)[runs:] == EXPORTS[name]
    record = {"diarize": "speakers.json", "summary": "summary.json", "page": "page.json"}[stage]
    assert warnings == [f"{target}: {what.format(stage=stage, record=record)}; the {stage} stage runs again"]
    assert target.is_file() and not target.is_symlink()
    if name == "audio.webm":  # encoded anew (the encoder's output differs run to run)
        assert listening_copy_source(target) == file_sha256(paths.audio)
        assert json.loads(paths.page_record.read_text())["exports"][name] == file_sha256(target)
    elif name == "diarization.rttm":  # the voices are the made day's tone, so the turns are the tone's
        diarization = Diarization.model_validate_json(paths.speakers.read_bytes())
        assert target.read_text() == rttm_lines(config.id, diarization)
    else:
        assert target.read_bytes() == original
    before = _files(paths)
    list(run_day(config, paths))
    assert stage_runs(paths)[runs + len(EXPORTS[name]) :] == [] and _files(paths) == before


AUDIO_IN_THE_WAY = {
    "link-to-a-copy": (_link_to_a_copy, "a link"),
    "link-to-a-folder": (lambda path: (path.unlink(), path.symlink_to(path.parent)), "a link"),
    "link-to-nowhere": (lambda path: (path.unlink(), path.symlink_to(path.parent / "moved.wav")), "a link"),
    "folder": (lambda path: (path.unlink(), path.mkdir()), "a folder"),
}


@pytest.mark.parametrize("stands", AUDIO_IN_THE_WAY)
def test_a_folder_or_a_link_at_audio_wav_is_made_again_as_every_artifact_is(day, warnings, stands):
    """audio.wav reads as every other artifact: a link or a folder in its place is not the file the
    download stage wrote, said in one warning, and the download stage makes the file again (its
    bytes as before: no later stage runs).  A link to the audio elsewhere had been kept (the day's
    recording outside its folder), and one to a folder or to nowhere, or a folder, stopped the run."""
    config_path, paths = day
    config = load_config(config_path)
    original = paths.audio.read_bytes()
    harm, what = AUDIO_IN_THE_WAY[stands]
    harm(paths.audio)
    runs = len(stage_runs(paths))
    list(run_day(config, paths))
    assert warnings == [f"{paths.audio}: {what}, not the file the download stage wrote; the download stage runs again"]
    assert stage_runs(paths)[runs:] == ["download", "summary", "page"]
    assert paths.audio.is_file() and not paths.audio.is_symlink() and paths.audio.read_bytes() == original
    if stands == "link-to-a-copy":  # what the link led to is left as it was
        assert (paths.root.parent / "copy-of-audio.wav").read_bytes() == original


def test_an_edited_listening_copy_that_keeps_its_tag_is_encoded_again(day, warnings):
    """The copy names the audio it was made from in its header; an edit of the rest keeps that
    name, so the page holds the copy to the sha256 page.json recorded instead."""
    config_path, paths = day
    data = paths.listening.read_bytes()
    paths.listening.write_bytes(data[:-64] + bytes(64))
    assert listening_copy_source(paths.listening) == file_sha256(paths.audio)
    list(run_day(load_config(config_path), paths))
    assert paths.listening.read_bytes() != data[:-64] + bytes(64)
    assert json.loads(paths.page_record.read_text())["exports"]["audio.webm"] == file_sha256(paths.listening)


def _stages_run_after_editing(day, record: str, change) -> list[str]:
    """Edit the day's `record` (JSON) with `change`, run the day; the stages that ran."""
    config_path, paths = day
    path = paths.root / record
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))
    runs = len(stage_runs(paths))
    list(run_day(load_config(config_path), paths))
    return stage_runs(paths)[runs:]


@pytest.mark.parametrize(
    "record, change, named, rerun",
    [
        # audit a26: the page's record no longer matches the page
        pytest.param("page.json", lambda d: d.update(page_sha256="0" * 64), "index.html", ["page"], id="page"),
        pytest.param(
            "page.json", lambda d: d["exports"].update({"audio.webm": "0" * 64}), "audio.webm", ["page"], id="webm"
        ),
        pytest.param(
            "summary.json",
            lambda d: d["exports"].update({"transcript.vtt": "0" * 64}),
            "transcript.vtt",
            ["summary", "page"],
            id="vtt",
        ),
        pytest.param(
            "speakers.json",
            lambda d: d["exports"].update({"diarization.rttm": "0" * 64}),
            "diarization.rttm",
            EXPORTS["diarization.rttm"],
            id="rttm",
        ),
    ],
)
def test_a_record_that_does_not_match_its_files_reruns_the_stage(day, warnings, record, change, named, rerun):
    config_path, paths = day
    assert _stages_run_after_editing(day, record, change) == rerun
    assert len(warnings) == 1 and warnings[0].startswith(f"{paths.root / named}: changed since the {rerun[0]} stage")
    assert stale_stages(load_config(config_path), paths) == []


@pytest.mark.parametrize(
    "record, change, rerun",
    [
        pytest.param("speakers.json", lambda d: d.pop("exports"), EXPORTS["diarization.rttm"], id="speakers"),
        pytest.param("summary.json", lambda d: d.pop("exports"), ["summary", "page"], id="summary"),
        pytest.param("page.json", lambda d: d.pop("exports"), ["page"], id="page"),
        pytest.param("page.json", lambda d: d.update(page="elsewhere.html"), ["page"], id="page-names-another"),
    ],
)
def test_a_record_that_holds_no_hash_of_a_file_reruns_its_stage_quietly(day, warnings, record, change, rerun):
    """A record made before lokakarya recorded the files beside it (or edited to name others)
    holds no hash to check them by: the stage runs again once, as after any update, without a
    warning, and records them."""
    config_path, paths = day
    assert _stages_run_after_editing(day, record, change) == rerun and warnings == []
    assert stale_stages(load_config(config_path), paths) == []


def test_a_stage_command_refuses_a_damaged_export_of_an_earlier_stage(day):
    """`lokakarya page` would embed captions that are not the summary stage's: one line names
    them and the stage that writes them again."""
    config_path, paths = day
    paths.transcript_vtt.write_text("garbage")  # audit a28
    result = invoke("--outputs", paths.root.parent, "page", config_path)
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == (
        f"Error: {paths.transcript_vtt}: changed since the summary stage wrote it (not the bytes summary.json "
        "records); run the 'summary' stage first, or `lokakarya run`"
    )


def test_a_run_names_a_damaged_export_in_one_warning_line(day):
    config_path, paths = day
    page = paths.page.read_text()
    paths.page.write_text(page.replace("<main", "<script>alert(1)</script><main", 1))  # audit a27
    result = invoke("--outputs", paths.root.parent, "run", config_path)
    assert result.exit_code == 0, result.output
    warned = [line for line in result.output.splitlines() if line.startswith("Warning: ")]
    assert warned == [
        f"Warning: {paths.page}: changed since the page stage wrote it (not the bytes page.json records); "
        "the page stage runs again"
    ]
    assert paths.page.read_text() == page


def test_a_folder_holding_files_where_an_export_goes_is_left_and_named(day):
    """An empty folder in an export's place is taken away; one holding files is not the run's to
    delete: one line says to move it."""
    config_path, paths = day
    paths.transcript_srt.unlink()
    paths.transcript_srt.mkdir()
    (paths.transcript_srt / "notes.txt").write_text("mine")
    result = invoke("--outputs", paths.root.parent, "run", config_path)
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == (
        f"Error: {paths.transcript_srt}: a folder stands where this file goes and holds files; move it away"
    )
    assert (paths.transcript_srt / "notes.txt").read_text() == "mine"


def test_a_record_is_read_typed_once_and_not_where_this_code_wrote_it(day, monkeypatch):
    """The freshness check reads a record as its typed model (a two-hour day's transcript takes
    ~150 ms) only where the journal holds no run of this code that left those bytes, and once a
    process: the fakes' records are read, those the stages wrote are not."""
    from pipeline import runner
    from pipeline.stages import Stage

    config_path, paths = day
    config = load_config(config_path)
    read: list[str] = []
    typed = Stage.record_model
    monkeypatch.setattr(Stage, "record_model", lambda stage: read.append(stage.name) or typed(stage))
    monkeypatch.setattr(runner, "_VALID", set())
    list(run_day(config, paths))
    assert read == ["download", "transcribe", "diarize", "topics", "compare"]  # summary and page: a run's
    read.clear()
    list(run_day(config, paths))
    assert read == []
    list(run_day(config, paths, force_from="topics"))
    monkeypatch.setattr(runner, "_VALID", set())
    read.clear()
    list(run_day(config, paths))
    assert read == ["download", "transcribe", "diarize"]
    paths.journal.write_text(paths.journal.read_text().replace(runner.source_sha256(), "0" * 64))
    monkeypatch.setattr(runner, "_VALID", set())
    read.clear()
    list(run_day(config, paths))  # another lokakarya's code wrote them: read as this code's readers read
    assert read == [stage.name for stage in STAGES if stage.applies(config)]


def test_each_stage_checks_its_record_with_the_model_its_schema_is_published_from():
    from pipeline.records.schemas import ARTIFACTS

    paths = DayPaths(Path("day"))
    for stage in STAGES:
        assert stage.record_model() is ARTIFACTS[(stage.record or stage.artifact)(paths).stem], stage.name


def test_a_journal_that_is_no_regular_file_vouches_for_no_record(day, tmp_path):
    """Only the day's own journal says which records this code wrote: a link there (to a copy, or
    to /dev/zero, which reads for ever) is not followed, and the records are read typed."""
    from pipeline import runner

    config_path, paths = day
    digest = file_sha256(paths.summary)
    assert runner._written_here(paths, digest)
    elsewhere = tmp_path / "journal-copy.jsonl"
    paths.journal.rename(elsewhere)
    paths.journal.symlink_to(elsewhere)
    assert not runner._written_here(paths, digest)
    paths.journal.unlink()
    paths.journal.symlink_to("/dev/zero")
    assert not runner._written_here(paths, digest)
    assert staleness(STAGES[-2], load_config(config_path), paths) is None


def _first_name_said_otherwise(data: dict) -> None:
    data["entities"][0]["found"] = not data["entities"][0]["found"]


def _first_point_surer(data: dict) -> None:
    data["points"][0]["confidence"] = 0.95


def _page_of_another_config(data: dict) -> None:
    data["config_sha256"] = "0" * 64


@pytest.mark.parametrize(
    "record, change, rerun",
    [
        pytest.param("topics.json", _first_name_said_otherwise, ["topics", "summary", "page"], id="name-found"),
        pytest.param("comparison.json", _first_point_surer, ["compare", "summary", "page"], id="point-confidence"),
        pytest.param("page.json", _page_of_another_config, ["page"], id="page-config"),
    ],
)
def test_a_record_edited_by_hand_that_every_check_passes_is_made_again(day, warnings, record, change, rerun):
    """A record of bytes no run of its stage left, as the journal records them, is changed since:
    whether a name was said, a point's confidence or the page's config hash edited by hand passed every
    check of the record, and the page and the tables showed the edit as the stage's finding."""
    config_path, paths = day
    config = load_config(config_path)
    list(run_day(config, paths, force_from="topics"))  # topics onward journaled, as a run leaves them
    made = json.loads((paths.root / record).read_text())
    assert _stages_run_after_editing(day, record, change) == rerun
    assert warnings == [
        f"{paths.root / record}: changed since the {rerun[0]} stage wrote it (not the bytes journal.jsonl records "
        f"its runs leaving: edited by hand?); the {rerun[0]} stage runs again"
    ]
    remade = json.loads((paths.root / record).read_text())
    assert {**remade, "provenance": None} == {**made, "provenance": None}
    assert stale_stages(config, paths) == []


def test_an_edited_record_of_a_run_before_the_journal_held_its_bytes_is_not_called_edited(day):
    """Where the journal records no run of the stage leaving bytes (a day from before it did, or
    records written by other means than a run, as the fakes' transcript), nothing tells an edit
    that passes every check from the stage's own record: it stands, as before."""
    from pipeline.runner import record_run, staleness

    config_path, paths = day
    config = load_config(config_path)
    transcribe = next(stage for stage in STAGES if stage.name == "transcribe")
    transcript = json.loads(paths.transcript.read_text())
    transcript["segments"][0]["avg_logprob"] = -0.25
    paths.transcript.write_text(json.dumps(transcript))
    assert staleness(transcribe, config, paths) is None
    record_run(paths, "transcribe", 1.0, record=paths.transcript)  # as a run leaves it
    transcript["segments"][0]["avg_logprob"] = -0.5
    paths.transcript.write_text(json.dumps(transcript))
    assert staleness(transcribe, config, paths) == (
        "changed",
        f"{paths.transcript}: changed since the transcribe stage wrote it (not the bytes journal.jsonl records "
        "its runs leaving: edited by hand?)",
    )


def test_a_journal_entry_pairs_the_hash_and_the_start_of_one_record(day, monkeypatch):
    """record_run had read the record twice, once for its sha256 and once for its start: a record
    replaced between the two reads (another run's, renamed into place) paired one run's bytes
    with another run's start, which the next run would take for a hand edit of the first."""
    import builtins

    from pipeline.runner import record_run

    _, paths = day
    replacement = json.loads(paths.transcript.read_text())
    replacement["provenance"]["started_at"] = "2026-12-07T05:00:00Z"
    opened = builtins.open

    def replaced_after_the_first_read(file, *args, **kwargs):
        handle = opened(file, *args, **kwargs)
        if Path(file) == paths.transcript and not replacement.get("written"):
            replacement["written"] = True  # the handle keeps the bytes it opened; the path holds others
            staged = paths.transcript.with_suffix(".other")
            staged.write_text(json.dumps({k: v for k, v in replacement.items() if k != "written"}))
            os.replace(staged, paths.transcript)
        return handle

    first = paths.transcript.read_bytes()
    monkeypatch.setattr(builtins, "open", replaced_after_the_first_read)
    record_run(paths, "transcribe", 1.0, record=paths.transcript)
    monkeypatch.undo()
    entry = json.loads(paths.journal.read_text().splitlines()[-1])
    assert entry["record_sha256"] == hashlib.sha256(first).hexdigest()
    assert entry["record_started_at"] == json.loads(first)["provenance"]["started_at"]


@pytest.mark.parametrize("major", [1, -1], ids=["newer major", "older major"])
def test_the_freshness_check_decides_a_record_s_standing_once(day, monkeypatch, major):
    """staleness says why a record of another major is made again from the standing it decided."""
    from pipeline import artifacts, runner

    config_path, paths = day
    config = load_config(config_path)
    compare = next(stage for stage in STAGES if stage.name == "compare")
    record = json.loads(paths.comparison.read_text())
    ours = [int(part) for part in record["schema_version"].split(".")]
    record["schema_version"] = f"{ours[0] + major}.0.0"
    paths.comparison.write_text(json.dumps(record))
    decided = []
    decide = artifacts.schema_standing
    for module in (artifacts, runner):
        monkeypatch.setattr(module, "schema_standing", lambda *args: decided.append(args) or decide(*args))
    kind, why = runner.staleness(compare, config, paths)
    assert kind == ("damaged" if major > 0 else "out of date")  # a newer one this code cannot read
    assert f"lokakarya (schema {record['schema_version']}; this one reads {ours[0]}.x.y)" in why
    assert len(decided) == 1


@pytest.mark.parametrize(
    "stage, after",
    [
        pytest.param("topics", ["summary", "page"], id="topics"),
        pytest.param("compare", ["summary", "page"], id="compare"),
    ],
)
def test_a_stage_run_again_that_finds_the_same_leaves_the_stages_that_read_its_findings(day, stage, after):
    """A record made again with the same findings differs only in its run's own facts (its start,
    its wall time): the stages after it that read its findings stand (compare had run again for a
    topics.json whose topics were the same, 3 s of the demo's), and the summary and the page, which
    gather and show those facts, run again.  The journal keeps telling a hand edit from a run's."""
    from pipeline.runner import run_stage

    config_path, paths = day
    config = load_config(config_path)
    list(run_day(config, paths, force_from=stage))  # every record journaled, as a run leaves them
    run_stage(next(s for s in STAGES if s.name == stage), config, paths)
    assert stale_stages(config, paths)[:1] == after[:1]
    runs = len(stage_runs(paths))
    list(run_day(config, paths))
    assert stage_runs(paths)[runs:] == after
    assert stale_stages(config, paths) == []


def test_what_a_stage_recorded_of_an_input_file_is_one_rule(day):
    """artifacts.input_stands decides, for the runner's freshness and the tables' check of a
    summary alike, whether a file is still what a stage recorded of it (the runner had its own copy
    of the rule): a record whose findings alone the stage reads stands while its findings do, or
    its bytes, as a stage recorded them before findings; a reader of the whole record (the summary)
    holds it to its bytes."""
    from pipeline.artifacts import findings_sha256, input_sha256, input_stands

    _, paths = day
    transcript = paths.transcript
    for reader in ("diarize", "summary"):
        assert input_stands(reader, "transcript", transcript, input_sha256(reader, "transcript", transcript))
    before = transcript.read_bytes()
    record = json.loads(before)
    record["provenance"]["wall_seconds"] += 1.0  # made again, the same findings
    transcript.write_text(json.dumps(record))
    assert input_stands("diarize", "transcript", transcript, findings_sha256(before))
    assert not input_stands("summary", "transcript", transcript, hashlib.sha256(before).hexdigest())
    # recorded by its bytes, before stages recorded findings: stands while the bytes are the same
    assert input_stands("diarize", "transcript", transcript, hashlib.sha256(transcript.read_bytes()).hexdigest())
    assert not input_stands("diarize", "transcript", transcript, hashlib.sha256(before).hexdigest())
    assert not input_stands("diarize", "transcript", paths.root / "gone.json", findings_sha256(before))


def test_other_code_of_the_same_version_reruns_the_stages_of_seconds(day, monkeypatch):
    """A checkout between releases (the version number kept, the code changed) had rerun nothing,
    so topics.json kept what the code before it found; the stages of seconds a day run again for
    other code, transcribe and diarize (minutes to an hour a day) only for another version."""
    from pipeline import runner

    config_path, paths = day
    config = load_config(config_path)
    monkeypatch.setattr(runner, "source_sha256", lambda: "0" * 64)
    stale = [stage.name for stage in STAGES if stage.applies(config) and staleness(stage, config, paths) is not None]
    assert stale == ["topics", "compare", "summary", "page"]
    assert [stage.name for stage in STAGES if stage.new_code_reruns] == [
        "evaluate",
        "topics",
        "compare",
        "summary",
        "page",
    ]


def test_the_code_hash_takes_the_files_that_ship_and_decide_the_records(tmp_path):
    """The hash of lokakarya's code had taken the top folder's modules and the templates: an edit of
    a word list (text/data/session_words.txt) or of a module in a subpackage left it as it was, and
    `run` kept the records made before the edit.  Then it took every file: a stray editor's swap
    file, a `.DS_Store`, a `config.py~`, a `.pyc` beside its module, or an edit of a demo day's talk
    (demo/data/) or of a benchmark changed it and reran every day archived (fifty-second round)."""
    import pipeline
    from pipeline.artifacts import code_files

    package = tmp_path / "pipeline"
    hashed = (
        "__init__.py",
        "schema/summary.schema.json",
        "templates/day.html.j2",
        "text/__init__.py",
        "text/data/session_words.txt",
        "text/language.py",
    )
    stray = (
        "text/__pycache__/language.cpython-311.pyc",
        "text/language.pyc",
        "text/.language.py.swp",
        "text/.#language.py",
        ".DS_Store",
        "config.py~",
        "text/data/.session_words.txt.swp",
        ".idea/notes.py",
        "demo/__init__.py",
        "demo/data/days/para-1.yaml",
        "bench/days.py",
        "notes.txt",
    )
    for name in hashed + stray:
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(name)
    assert [path.relative_to(package).as_posix() for path in code_files(package)] == list(hashed)
    installed = Path(pipeline.__file__).parent
    wanted = {*installed.rglob("*.py"), *installed.rglob("*.txt"), *installed.rglob("*.j2"), *installed.rglob("*.json")}
    assert {path for path in wanted if path.relative_to(installed).parts[0] not in ("bench", "demo")} - set(
        code_files(installed)
    ) == set()


def test_the_code_hash_takes_the_package_data_pyproject_ships():
    """RECORDS_DATA, the package data the hash takes, is pyproject's package-data but the demo days'
    (which ship and decide no record): a data file added to one list and not the other would ship
    unhashed, or be hashed and not ship."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11 on
    from pipeline.artifacts import NOT_RUN, RECORDS_DATA

    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    shipped = {
        package.removeprefix("pipeline").removeprefix(".").replace(".", "/"): tuple(patterns)
        for package, patterns in project["tool"]["setuptools"]["package-data"].items()
    }
    assert {folder: patterns for folder, patterns in shipped.items() if folder not in NOT_RUN} == RECORDS_DATA


def test_a_record_a_killed_run_wrote_but_did_not_journal_is_made_again_without_calling_it_edited(day, warnings):
    """A kill between a stage's record and its journal entry leaves bytes no run is recorded leaving:
    the next run makes that stage again, naming the stopped run, not the record as edited by hand."""
    from pipeline.runner import _write_status

    config_path, paths = day
    config = load_config(config_path)
    list(run_day(config, paths, force_from="topics"))
    record = json.loads(paths.topics.read_text())
    record["provenance"]["started_at"] = "2026-12-07T05:00:00Z"  # the killed run's record, renamed into place
    paths.topics.write_text(json.dumps(record))
    _write_status(config, paths, "running", "topics")
    runs = len(stage_runs(paths))
    list(run_day(config, paths))
    assert stage_runs(paths)[runs:] == ["topics", "summary", "page"]  # the same topics: compare stands
    assert len(warnings) == 1 and "the last run stopped during the topics stage" in warnings[0]


def _stopped_journaling(monkeypatch, stage: str, stop: BaseException) -> None:
    """The journal append of `stage`'s run fails with `stop` (a Ctrl-C, a SIGTERM's stop, a full
    disk): its record is written, its entry not."""
    from pipeline import runner

    record_run = runner.record_run

    def stopping(paths, name, *args, **kwargs):
        if name == stage:
            raise stop
        record_run(paths, name, *args, **kwargs)

    monkeypatch.setattr(runner, "record_run", stopping)


@pytest.mark.parametrize(
    "stop",
    [
        pytest.param(KeyboardInterrupt(), id="ctrl-c"),
        pytest.param(PipelineError("journal.jsonl: could not write: No space left on device"), id="disk-full"),
    ],
)
def test_a_run_stopped_between_a_record_and_its_journal_entry_reruns_the_stage_not_calling_it_edited(
    day, warnings, monkeypatch, stop
):
    """A Ctrl-C, SIGTERM or full disk after a stage's record was written and before its journal
    entry leaves status.json failed in that stage: the next run makes the stage again, and says
    nothing of a hand edit (it had warned 'edited by hand?')."""
    config_path, paths = day
    config = load_config(config_path)
    list(run_day(config, paths, force_from="topics"))
    _stopped_journaling(monkeypatch, "topics", stop)
    with pytest.raises(type(stop)):
        list(run_day(config, paths, force_from="topics"))
    monkeypatch.undo()
    status = json.loads(paths.status.read_text())
    assert (status["status"], status["stage"]) == ("failed", "topics")
    runs = len(stage_runs(paths))
    list(run_day(config, paths))
    assert stage_runs(paths)[runs:] == ["topics", "summary", "page"]  # the same topics: compare stands
    assert not [warning for warning in warnings if "edited by hand" in warning]
    assert stale_stages(config, paths) == []


def test_a_run_stopped_before_a_stage_wrote_its_record_leaves_the_journaled_record_standing(day, warnings, monkeypatch):
    """Stopped in a stage before its record was written, the record is the last run's, which the
    journal holds: it stands, and no warning calls it edited."""
    config_path, paths = day
    config = load_config(config_path)
    list(run_day(config, paths, force_from="topics"))

    def stopped(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("pipeline.topics.topics", stopped)
    with pytest.raises(KeyboardInterrupt):
        list(run_day(config, paths, force_from="topics"))
    monkeypatch.undo()
    runs = len(stage_runs(paths))
    list(run_day(config, paths))
    assert stage_runs(paths)[runs:] == []
    assert warnings == []


def _as_another_run(data: dict, started_at: str, inputs: dict | None = None) -> None:
    """The record another run of the same inputs leaves (another machine, a backup): its own start and wall."""
    data["provenance"].update(started_at=started_at, wall_seconds=data["provenance"]["wall_seconds"] + 1.0)
    data["provenance"]["inputs"].update(inputs or {})


def test_records_copied_from_another_run_stand_where_their_provenance_matches(day, warnings):
    """transcript.json and speakers.json copied from another machine's run of the same recording
    into a day whose journal stays were each 'edited by hand?' and made again (transcribe and
    diarize, hours on a long day): a start no journal entry holds is another run's, and stands;
    the summary and the page, which gather each record's run, run again, and the stages that read
    the records' findings only where those changed (here none)."""
    from pipeline.runner import record_run

    config_path, paths = day
    config = load_config(config_path)
    record_run(paths, "transcribe", 1.0, record=paths.transcript)  # the day's own, journaled as a run leaves them
    record_run(paths, "diarize", 1.0, record=paths.speakers)
    transcript = json.loads(paths.transcript.read_text())
    _as_another_run(transcript, "2026-12-01T09:00:00.000001Z")
    paths.transcript.write_text(json.dumps(transcript))
    speakers = json.loads(paths.speakers.read_text())
    _as_another_run(speakers, "2026-12-01T09:30:00.000001Z", {"transcript": file_sha256(paths.transcript)})
    paths.speakers.write_text(json.dumps(speakers))
    runs = len(stage_runs(paths))
    list(run_day(config, paths))
    assert stage_runs(paths)[runs:] == ["summary", "page"]  # the same findings: topics and compare stand
    assert warnings == []
    assert json.loads(paths.transcript.read_text()) == transcript


def test_a_restored_backup_of_a_record_stands_and_an_edit_of_it_is_caught(day, warnings):
    """A topics.json restored from a backup (bytes an earlier run of the day left, or another run's)
    stands; the same run's start with other bytes is a hand edit, made again."""
    config_path, paths = day
    config = load_config(config_path)
    list(run_day(config, paths, force_from="topics"))
    backup = paths.topics.read_bytes()
    list(run_day(config, paths, force_from="topics"))
    paths.topics.write_bytes(backup)
    runs = len(stage_runs(paths))
    list(run_day(config, paths))
    assert stage_runs(paths)[runs:] == ["summary", "page"]  # what gathers the later topics' run
    assert warnings == []
    assert _stages_run_after_editing(day, "topics.json", _first_name_said_otherwise) == ["topics", "summary", "page"]
    assert len(warnings) == 1 and "edited by hand?" in warnings[0]


def test_a_newer_lokakarya_s_record_of_this_major_is_kept(day):
    """A record of a newer minor schema, which a newer lokakarya of the same major wrote, is kept
    by `run` as the README says: its other lokakarya version and code had made every stage but
    the download run it again with older code, losing what the newer one recorded."""
    from pipeline.runner import _schema_version_written, staleness

    config_path, paths = day
    config = load_config(config_path)
    list(run_day(config, paths, force_from="topics"))
    topics = next(stage for stage in STAGES if stage.name == "topics")
    record = json.loads(paths.topics.read_text())
    _as_another_run(record, "2026-12-08T09:00:00.000001Z")
    major = record["schema_version"].split(".")[0]
    record["schema_version"] = f"{major}.99.0"
    record["provenance"]["tools"].update({"lokakarya": "0.99.0", "lokakarya-source": "1" * 64})
    paths.topics.write_text(json.dumps(record))
    assert staleness(topics, config, paths) is None
    record["schema_version"] = _schema_version_written("topics")
    paths.topics.write_text(json.dumps(record))  # this schema, another lokakarya: made again
    assert staleness(topics, config, paths)[0] == "out of date"


# The stage keys of two bundled days, as the archive's records hold them (the page's, which hashes the
# config file's bytes, aside): how a config is keyed may change only with every day made again.
BUNDLED_KEYS = {
    "demo": {
        "download": "432c6b8da9d4c108c080cb872780e8802bb67f5ba6d0265d07f44657f91d55ec",
        "transcribe": "eb0662d5b9def9d643cfdf8dae5995c10dc7fe18b674d202dea511e70c19ef13",
        "diarize": "0128838d886a2daaa557fc93b487d5fcfef58212193ef18ab2abad0ddc975e57",
        "evaluate": "736c66354f671a1aefe6b4bfaf68f6da68f371e808c3cd7577b768be193a6dae",
        "topics": "2e7acba96c97c862b74e7a4cce1b3af0e62659d22d2781fa049514aacfef3e76",
        "compare": "637dfb9b51645d6d8561022b7a3f41a4a56d92b5d9159c425725ab5686e4d646",
        "summary": "9082df8844c4ca2d6be60f9e422173de1e650c2d52e764200a09fbe6692d8cbc",
    },
    "para-1": {
        "download": "467d2b6c68db7f24ba2c2b4a666b248ff60bcab48d3b2a6d0450eb00f5319967",
        "transcribe": "eb0662d5b9def9d643cfdf8dae5995c10dc7fe18b674d202dea511e70c19ef13",
        "diarize": "b27decf5df0b9525728553f0384d601704f027beb78344c4c5128405ed29c4c3",
        "evaluate": "6d7b2838adcc7c528e704191705ecf05f581999cd387e6ad4d833a1342681f2c",
        "topics": "2f0e600a7264f2192559ab3eef9bdd4dfce6f48dfad5d73584e2d999a1c92103",
        "compare": "1dddddc8cbaf449dac32c1708955303f4ca465ebafbd5299e4242f4bffdf8cad",
        "summary": "aa52c4022a7775100096d8381db0e0011d5bb4c8aec96b429c4800e58c746a4f",
    },
}


@pytest.mark.parametrize("day_id", sorted(BUNDLED_KEYS))
def test_the_bundled_days_keep_their_stage_keys(day_id):
    config = load_config(Path(__file__).resolve().parents[1] / "configs" / f"{day_id}.yaml")
    assert {stage: config.stage_key(stage) for stage in BUNDLED_KEYS[day_id]} == BUNDLED_KEYS[day_id]


def _numeric_options():
    from pipeline.config import SECTIONS

    for section, model in SECTIONS.items():
        for name, field in getattr(model, "model_fields", {}).items():
            if isinstance(field.default, int | float) and not isinstance(field.default, bool):
                yield section, name, field.default


@pytest.mark.parametrize("section, name, default", list(_numeric_options()))
def test_a_number_written_as_its_default_keys_as_the_default_left_out(section, name, default):
    """A config that writes a default is keyed as one that leaves it out, every stage: piece_seconds
    (a float, its default the int 600) read a written 600 as 600.0, another key, and the day was
    transcribed again for it.  Written as YAML gives it: an integral number as an int, or with '.0'."""
    day = {"id": "hari-uji", "title": "Hari uji", "source": "talk.wav", "speakers": [{"name": "Budi"}]}
    left_out = DayConfig.model_validate(day)
    for written in (default, float(default), *([int(default)] if float(default).is_integer() else [])):
        try:
            config = DayConfig.model_validate({**day, section: {name: written}})
        except ValueError:  # an int field refuses 5.0: no key to compare
            continue
        assert {stage.name: config.stage_key(stage.name) for stage in STAGES} == {
            stage.name: left_out.stage_key(stage.name) for stage in STAGES
        }, (section, name, written)


def test_a_record_keyed_on_a_default_as_written_before_stands(day):
    """Code before the fifty-third round keyed a config that writes `piece_seconds: 600` on 600.0
    (demo's transcription on 069e86..., as that code computed it), now on the default's 600 (the
    key with it left out): a record made on the former stands beside today's, or the upgrade had
    transcribed such a day again for no other word.  A key of other fields still reruns it."""

    demo = yaml.safe_load((Path(__file__).resolve().parents[1] / "configs" / "demo.yaml").read_text())
    demo.setdefault("transcribe", {})["piece_seconds"] = 600
    before = "069e86000d7b573fe13bb44af8a1dba8757fb7acba9f3e569b78997021a0a50a"
    assert DayConfig.model_validate(demo).stage_keys("transcribe") == {BUNDLED_KEYS["demo"]["transcribe"], before}
    assert DayConfig.model_validate({**demo, "transcribe": {}}).stage_keys("transcribe") == {
        BUNDLED_KEYS["demo"]["transcribe"]
    }

    config_path, paths = day
    config = _edit(config_path, lambda fields: fields.setdefault("transcribe", {}).update(piece_seconds=600))
    transcribe = next(stage for stage in STAGES if stage.name == "transcribe")
    (as_written,) = config.stage_keys("transcribe") - {config.stage_key("transcribe")}
    for key, stands in ((as_written, True), ("0" * 64, False)):
        record = json.loads(paths.transcript.read_text())
        record["provenance"]["config_hash"] = key
        made = hashlib.sha256(paths.transcript.read_bytes()).hexdigest()
        paths.transcript.write_text(json.dumps(record))  # as the run before the upgrade left it
        paths.journal.write_text(
            paths.journal.read_text().replace(made, hashlib.sha256(paths.transcript.read_bytes()).hexdigest())
        )
        assert (staleness(transcribe, config, paths) is None) == stands, key
