"""The audio jobs a run starts beside the transcription: waited for by the stage that needs them,
stopped when the run ends without it."""

from __future__ import annotations

import subprocess
import sys

from pipeline.alongside import Alongside, audio_jobs


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
