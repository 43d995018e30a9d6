"""Shared helpers: the repo's paths, a day-config writer, and the CLI run in-process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile
import yaml
from click.testing import CliRunner

from pipeline.cli import cli

REPO = Path(__file__).resolve().parents[1]
DEMO_CONFIG = REPO / "configs" / "demo.yaml"
REPORT = REPO / "configs" / "reports" / "day-10.txt"
# The demo day written up in languages near Indonesian (tests/data/near-languages): its five
# points, and fourteen points of which the talk says the first ten.
NEAR_LANGUAGES = REPO / "tests" / "data" / "near-languages"
# Seconds of a recording that goes on long after a test's words: no caption is held to its end.
RUNS_ON = 10_000.0


def invoke(*args: str):
    """Run the CLI in-process; return the click Result (exit_code, output)."""
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def write_config(folder: Path, name: str = "day.yaml", **fields) -> Path:
    """A day config in folder, with a copy of the day-10 report beside it (paths stay inside)."""
    if not (folder / REPORT.name).exists():
        shutil.copy(REPORT, folder / REPORT.name)
    config = {
        "id": "test-day",
        "title": "Hari uji",
        "source": "talk.wav",
        "report": REPORT.name,
        "speakers": [{"name": "Pembicara Satu"}, {"name": "Pembicara Dua"}],
    }
    config.update(fields)
    path = folder / name
    path.write_text(yaml.safe_dump(config, allow_unicode=True))
    return path


def read_as_report(folder: Path, text: str):
    """`text` as the stages read a day's report (laporan.txt, named by a day config in folder)."""
    from pipeline.config import load_config
    from pipeline.text.report import read_report

    (folder / "laporan.txt").write_text(text, encoding="utf-8")
    return read_report(load_config(write_config(folder, report="laporan.txt")))


def ended_pid() -> int:
    """The pid of a process that ran and has ended (reaped): a killed writer's, which a temporary
    or a lock may still name."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def write_tone(path: Path, seconds: float = 2.0, amplitude: float = 0.3) -> Path:
    """A short audible tone: real audio that decodes, without needing speech."""
    t = np.arange(int(16000 * seconds)) / 16000
    soundfile.write(path, (amplitude * np.sin(2 * np.pi * 220 * t)).astype("float32"), 16000)
    return path


@pytest.fixture(scope="session")
def demo_day(tmp_path_factory):
    """The whole pipeline over the bundled demo day, once per test session.  With
    LOKAKARYA_DEMO_OUTPUTS naming the outputs folder of an earlier run, the up-to-date stages are
    skipped and only the views are rebuilt: seconds instead of minutes while working on the page."""
    from pipeline.artifacts import DayPaths

    earlier = os.environ.get("LOKAKARYA_DEMO_OUTPUTS")
    outputs = Path(earlier) if earlier else tmp_path_factory.mktemp("outputs")
    result = invoke("--outputs", outputs, "run", DEMO_CONFIG)
    assert result.exit_code == 0, result.output
    return DayPaths.for_day(outputs, "demo"), result.output


@pytest.fixture(autouse=True)
def _no_model_in_the_fast_tier(request, monkeypatch):
    """`make test-fast` loads neither Whisper nor CAM++: a test that needs them is marked slow.

    (In-process only; a test that runs the CLI in a subprocess is marked by hand.)
    """
    if request.node.get_closest_marker("slow"):
        return

    def refuse(*args, **kwargs):
        raise AssertionError(f"{request.node.nodeid} loads a model; mark it @pytest.mark.slow")

    monkeypatch.setattr("ctranslate2.models.Whisper", refuse)
    monkeypatch.setattr("pipeline.diarize._load_campplus", refuse)
