"""Batch over the bundled days on a real Dask cluster (loopback): resumable, parallel, tabulated."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas
import pytest

from conftest import REPO, invoke, write_config
from pipeline.artifacts import DayPaths, PipelineError
from pipeline.batch import default_workers
from pipeline.runner import stage_runs

SHORT_DAYS = [REPO / "configs" / "demo-2.yaml", REPO / "configs" / "demo-3.yaml"]
LOKAKARYA = [sys.executable, "-m", "pipeline"]


def test_workers_leave_whisper_its_two_threads():
    assert default_workers(1) == 1 and default_workers(2) == 1 and default_workers(16) == 8


def test_failed_days_do_not_stop_the_batch(tmp_path):
    """... and the batch leaves its process's environment as it found it: Dask's nanny had left
    OMP_NUM_THREADS=1 there, which the test suite's later subprocesses transcribed with."""
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: broken\ntitel: salah ketik\n")
    missing = write_config(tmp_path, source="tidak-ada.wav")
    nanny_sets = (
        "OMP_NUM_THREADS",
        "MKL_NUM_THREADS",
        "OPENBLAS_NUM_THREADS",
        "MALLOC_TRIM_THRESHOLD_",
        "PYTHONHASHSEED",
    )
    environment = {name: os.environ.get(name) for name in nanny_sets}
    result = invoke("batch", broken, missing, "--outputs", tmp_path / "out")  # global option after
    assert {name: os.environ.get(name) for name in nanny_sets} == environment
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines[0].startswith(f"{broken}: failed:") and "unknown field 'titel'" in lines[0]
    assert lines[1].startswith("test-day: failed:") and "tidak-ada.wav" in lines[1]
    index = pandas.read_csv(tmp_path / "out" / "index.csv")
    assert list(index["status"]) == ["failed"] and "tidak-ada.wav" in index["reason"][0]


def test_a_day_whose_worker_dies_names_its_folder(tmp_path, monkeypatch):
    """A day whose Dask worker was killed (kill -9, out of memory) on every try failed as 'worker
    lost: KilledWorker', naming neither its folder nor what to do."""
    import dask
    import distributed  # noqa: F401  (its defaults loaded first, or leaving the setting below drops them)

    import pipeline.batch
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out", "mati")

    def dies(config_path, outputs, force_from=None):  # pickled whole, to the worker
        os.kill(os.getpid(), signal.SIGKILL)

    monkeypatch.setattr(pipeline.batch, "run_one_day", dies)
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):  # one death is KilledWorker
        result = invoke("--outputs", tmp_path / "out", "batch", "--workers", "1", config)
    assert result.exit_code == 1, result.output
    assert result.output.splitlines()[0] == (
        f"mati: failed: {paths.root}: the Dask worker running this day died (KilledWorker: killed, or out of "
        "memory); what had finished is kept, and the same command takes the day up from there"
    ), result.output


@pytest.mark.parametrize(
    "number, status, reason, tables_written",
    [
        (signal.SIGINT, 130, "interrupted (Ctrl-C)", True),
        (signal.SIGTERM, 143, "stopped (SIGTERM)", True),
        (signal.SIGTERM, 143, "stopped (SIGTERM)", False),
    ],
    ids=["ctrl-c", "sigterm", "sigterm-tables-unwritten"],
)
def test_ctrl_c_of_a_batch_records_the_days_it_stopped_as_interrupted(
    tmp_path, monkeypatch, number, status, reason, tables_written
):
    """Ctrl-C of a batch ended its Dask workers in the middle of their days with nothing recorded:
    status.json said "running" for good, the tables (not made again) listed the day as before the
    batch, and then as 'stopped ... (killed, or the machine stopped)'.  A day begun is now recorded
    as `run` records a Ctrl-C, and the tables are made again; SIGTERM alike, with its own reason
    (it had killed the batch outright).  Tables that cannot be made again (a full disk) are said to
    show the last recorded runs, where nothing had been said."""
    import pipeline.batch
    import pipeline.index
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out", "sela")

    def stuck_in_summary(config_path, outputs, force_from=None):  # pickled whole, to the worker
        import time

        import pipeline.batch
        import pipeline.summary

        pipeline.summary.summarize = lambda *args: time.sleep(600)  # until the cluster ends it
        return pipeline.batch.run_one_day(config_path, outputs, force_from)

    def ctrl_c_once_summary_runs(bars, event):  # the client hears the stage begin: then Ctrl-C
        if (event[1]["day"], event[1]["stage"], event[1]["status"]) == ("sela", "summary", "running"):
            os.kill(os.getpid(), number)

    def disk_full(outputs, *args, **kwargs):
        raise PipelineError(f"{outputs}/index.parquet: could not write: No space left on device")

    monkeypatch.setattr(pipeline.batch, "run_one_day", stuck_in_summary)
    monkeypatch.setattr(pipeline.batch._Bars, "on_event", ctrl_c_once_summary_runs)
    if not tables_written:
        monkeypatch.setattr(pipeline.index, "refresh_archive", disk_full)
    # Python's own Ctrl-C handler, as in a terminal (a process started in the background ignores it)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        result = invoke("--outputs", tmp_path / "out", "batch", "--workers", "1", "--force", "summary", config)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert result.exit_code == status, result.output
    assert result.output.strip().splitlines()[-1] == (
        f"Error: {reason}; what had finished is kept, and the same command goes on"
    )
    recorded = json.loads(paths.status.read_text())
    assert (recorded["status"], recorded["stage"], recorded["reason"]) == ("failed", "summary", reason)
    if not tables_written:
        assert result.output.strip().splitlines()[-2] == (
            "Warning: the archive tables are not made again, so they show each day as its last recorded run "
            f"ended: {(tmp_path / 'out').resolve()}/index.parquet: could not write: No space left on device"
        ), result.output
        return
    row = pandas.read_csv(tmp_path / "out" / "index.csv").set_index("id").loc["sela"]
    assert (row["status"], row["failed_stage"], row["reason"]) == ("failed", "summary", reason)


def test_two_configs_of_one_id_in_a_batch_do_not_overwrite_each_other(tmp_path):
    first = write_config(tmp_path, "a.yaml", source="tidak-ada.wav")
    second = write_config(tmp_path, "b.yaml", source="juga-tidak-ada.wav")
    result = invoke("--outputs", tmp_path / "out", "batch", first, second)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert "tidak-ada.wav" in lines[0] and lines[1].startswith("test-day: failed:"), lines
    assert f"{second}: field 'id': 'test-day' is also the id of {first}" in lines[1]


def _journal_stages(outputs: Path) -> dict[str, list[str]]:
    return {day: stage_runs(DayPaths.for_day(outputs, day)) for day in ("demo-2", "demo-3")}


@pytest.fixture(scope="module")
def resumed_batch(tmp_path_factory):
    """Start a batch, SIGKILL it once the first day's transcript is written, run it again."""
    outputs = tmp_path_factory.mktemp("batch")
    first = subprocess.Popen(
        LOKAKARYA + ["--outputs", str(outputs), "batch", "--workers", "1", *map(str, SHORT_DAYS)],
        cwd=REPO,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and first.poll() is None:
        if any("transcribe" in runs for runs in _journal_stages(outputs).values()):
            break
        time.sleep(0.5)
    os.killpg(first.pid, signal.SIGKILL)  # the client and its Dask workers, mid-run
    first.wait()
    before = _journal_stages(outputs)
    assert any("transcribe" in runs for runs in before.values()), "the batch never got going"
    started = time.monotonic()
    second = subprocess.run(
        LOKAKARYA + ["--outputs", str(outputs), "batch", "--workers", "1", *map(str, SHORT_DAYS)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=900,
    )
    print(f"\nresumed batch of 2 days, 1 worker: {time.monotonic() - started:.0f} s wall")
    assert second.returncode == 0, second.stdout + second.stderr
    return outputs, before, second.stdout


@pytest.mark.slow
def test_resume_after_kill_redoes_no_finished_stage(resumed_batch):
    outputs, before, stdout = resumed_batch
    after = _journal_stages(outputs)
    for day, runs in after.items():
        assert runs[: len(before[day])] == before[day]
        for stage in ("download", "transcribe", "diarize", "topics", "compare"):
            assert runs.count(stage) == 1, f"{day}: {stage} ran {runs.count(stage)} times"
        assert not list((outputs / day).glob(".*.tmp")), "a killed writer's temporary file remains"
        for artifact in (outputs / day).glob("*.json"):
            json.loads(artifact.read_text())  # whole, never torn
    assert "demo-2: ok" in stdout and "demo-3: ok" in stdout


@pytest.mark.slow
def test_index_tables_describe_every_day(resumed_batch):
    outputs, _, _ = resumed_batch
    index = pandas.read_parquet(outputs / "index.parquet")
    assert list(index["id"]) == ["demo-2", "demo-3"] and set(index["status"]) == {"ok"}
    assert list(index["num_speakers"]) == [3, 2]
    assert (index["der"] < 0.1).all() and (index["word_speaker_accuracy"] > 0.9).all()
    assert index["wer"].notna().all() and index["coverage"].between(0, 1).all()
    assert {"wall_transcribe_s", "wall_diarize_s", "speakers", "missing_points"} <= set(index.columns)
    assert [len(speakers) for speakers in index["speakers"]] == [3, 2]
    assert pandas.read_csv(outputs / "index.csv")["id"].tolist() == ["demo-2", "demo-3"]
    topics = pandas.read_parquet(outputs / "topics.parquet")
    assert set(topics["day"]) == {"demo-2", "demo-3"} and "(all)" in set(topics["speaker"])
    assert (outputs / "index.html").is_file()


@pytest.mark.slow
def test_scheduler_option_uses_a_separate_cluster(resumed_batch, tmp_path):
    outputs, _, _ = resumed_batch
    copy = tmp_path / "outputs"
    shutil.copytree(outputs, copy)
    scheduler_file = tmp_path / "scheduler.json"
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    scheduler = subprocess.Popen(
        dask + ["--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", str(scheduler_file)],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    worker = None
    try:
        for _ in range(120):
            if scheduler_file.is_file() and scheduler_file.stat().st_size:
                break
            time.sleep(0.25)
        address = json.loads(scheduler_file.read_text())["address"]
        assert address.startswith("tcp://127.0.0.1:")
        worker = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "distributed.cli.dask_worker",
                address,
                "--nthreads",
                "1",
                "--no-dashboard",
                "--host",
                "127.0.0.1",
            ],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        result = invoke("--outputs", copy, "batch", "--scheduler", address, "--force", "topics", SHORT_DAYS[1])
        assert result.exit_code == 0, result.output
        assert result.output.startswith("demo-3: ok (ran topics, compare, summary, page)")
        assert stage_runs(DayPaths.for_day(copy, "demo-3")).count("topics") == 2
    finally:
        for process in (worker, scheduler):
            if process is not None:
                process.terminate()
                process.wait(timeout=30)


def test_the_config_that_made_a_day_keeps_it_whatever_the_order(tmp_path):
    """A second config of the same id, listed first, must not run over the day another config made."""
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    before = paths.summary.read_bytes()
    other = write_config(tmp_path, "salinan.yaml", id="test-day", source="lain.wav")
    result = invoke("--outputs", tmp_path / "out", "batch", "--workers", "1", other, config)
    assert result.exit_code == 1, result.output
    assert f"{other}: field 'id': 'test-day' is also the id of {config}" in result.output
    assert paths.summary.read_bytes() == before


def test_a_config_listed_twice_runs_its_day_once(tmp_path, monkeypatch):
    """`batch configs/*.yaml configs/day.yaml`, or one file by two spellings: the second listing had
    failed the batch as another config of the same id ("… is also the id of …", exit status 1), or,
    spelt alike, printed the day's line again.  Each file is taken once, with one warning."""
    from fakes import make_day

    config, _ = make_day(tmp_path / "configs", tmp_path / "out")
    monkeypatch.chdir(config.parent)
    again = config.parent / ".." / config.parent.name / config.name
    missing = tmp_path / "tidak-ada.yaml"
    result = invoke("--outputs", tmp_path / "out", "batch", "--workers", "1", config, "day.yaml", again, config)
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[:2] == [
        f"Warning: {config}: listed 4 times (also as {again}, day.yaml); taken once",
        "test-day: skipped: up to date",
    ], lines
    assert len(lines) == 3 and lines[2].startswith("index: "), lines
    result = invoke("--outputs", tmp_path / "out", "batch", "--workers", "1", missing, config, missing)
    assert result.exit_code == 1, result.output
    assert result.output.strip().splitlines()[:3] == [
        f"Warning: {missing}: listed 2 times; taken once",
        f"{missing}: failed: {missing}: config file not found",
        "test-day: skipped: up to date",
    ], result.output
