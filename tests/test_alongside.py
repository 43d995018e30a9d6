"""The audio jobs a run starts beside the transcription: waited for by the stage that needs them,
stopped when the run ends without it."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

from fakes import write_config, write_tone
from pipeline.artifacts import DayPaths
from pipeline.config import load_config
from pipeline.media.alongside import Alongside, audio_jobs


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
def test_jobs_start_before_their_stages_unless_the_run_is_serial(tmp_path, monkeypatch, beside):
    """The voice analysis starts with the transcription, the listening copy once it has ended;
    `lokakarya run --serial` starts neither: each stage does its own audio work in turn."""
    from pipeline import runner
    from pipeline.media import alongside

    write_tone(tmp_path / "talk.wav")
    config = load_config(write_config(tmp_path, id="d"))
    paths = DayPaths.for_day(tmp_path / "out", "d")
    events = []
    real_popen = subprocess.Popen

    def popen(args, **kwargs):
        events.append(f"job {args[3]}")
        return real_popen([sys.executable, "-c", "pass"])

    def stub(name):
        return lambda *args, **kwargs: events.append(name)

    monkeypatch.setattr(alongside.subprocess, "Popen", popen)
    monkeypatch.setattr(
        runner, "STAGES", tuple(dataclasses.replace(stage, run=stub(stage.name)) for stage in runner.STAGES)
    )
    list(runner.run_day(config, paths, force_from="download", beside=beside))
    jobs = ["job voices", "transcribe", "job listening", "diarize"] if beside else ["transcribe", "diarize"]
    assert [event for event in events if event in jobs] == jobs


def test_a_job_is_idle_from_its_start_and_its_lift_is_final(tmp_path):
    """The run puts the job in the idle class as it starts it: a job that demoted itself once its
    imports were done could undo a lift that came first and starve beside the later stages."""
    import os

    config = load_config(write_config(tmp_path, id="d"))
    paths = DayPaths.for_day(tmp_path / "out", "d")
    paths.root.mkdir(parents=True)
    write_tone(paths.audio)
    with audio_jobs() as jobs:
        jobs.start(paths, config, fresh=True, before="transcribe")
        assert os.sched_getscheduler(jobs.children["voices"].pid) == os.SCHED_IDLE
        jobs.wait_for("diarize")
    assert paths.voices.exists()
