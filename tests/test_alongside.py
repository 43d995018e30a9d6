"""The audio jobs a run starts beside the transcription: waited for by the stage that needs them,
stopped when the run ends without it."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

from fakes import write_config, write_tone
from pipeline.alongside import Alongside, audio_jobs
from pipeline.artifacts import DayPaths
from pipeline.config import load_config


def _child(seconds: float) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", f"import time; time.sleep({seconds})"])


def test_a_stage_waits_only_for_its_own_job():
    jobs = Alongside()
    jobs.children = {"voices": _child(0.2), "listening": _child(60)}
    voices = jobs.children["voices"]
    assert jobs.wait_for("topics") == 0.0 and len(jobs.children) == 2
    assert jobs.wait_for("diarize") >= 0.0
    assert voices.returncode == 0 and list(jobs.children) == ["listening"]
    jobs.stop()


def test_jobs_left_running_are_stopped_when_the_run_ends():
    children = []
    try:
        with audio_jobs() as jobs:
            jobs.children = {"voices": _child(60), "listening": _child(60)}
            children = list(jobs.children.values())
            raise RuntimeError("transcription failed")
    except RuntimeError:
        pass
    assert all(child.returncode is not None for child in children)


@pytest.mark.parametrize("beside", [True, False])
def test_jobs_start_with_the_transcription_unless_the_run_is_serial(tmp_path, monkeypatch, beside):
    """`lokakarya run --serial` starts no job: each stage does its own audio work in turn."""
    from pipeline import runner

    write_tone(tmp_path / "talk.wav")
    config = load_config(write_config(tmp_path, id="d"))
    paths = DayPaths.for_day(tmp_path / "out", "d")
    started = []
    monkeypatch.setattr(Alongside, "start", lambda self, *args, **kwargs: started.append(args[0]))
    monkeypatch.setattr(
        runner, "STAGES", tuple(dataclasses.replace(stage, run=lambda *a, **k: None) for stage in runner.STAGES)
    )
    list(runner.run_day(config, paths, force_from="download", beside=beside))
    assert started == ([paths] if beside else [])


def test_a_job_can_wait_for_a_sibling_to_end():
    """The listening job starts its work only once the voices job has ended (its pid is not a
    child of the waiting process); a process that has ended already is no wait."""
    from pipeline.alongside import _wait_for_exit

    sibling = _child(0.5)
    _wait_for_exit(sibling.pid)
    assert sibling.poll() is not None  # ended (a zombie until reaped here)
    _wait_for_exit(sibling.pid)  # returns at once
