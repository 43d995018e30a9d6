"""The stages in order, and when a stage's artifact is still up to date."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from pipeline import __version__
from pipeline.artifacts import (
    DayPaths,
    PipelineError,
    append_line,
    day_lock,
    file_sha256,
    remove_stale_temporaries,
)
from pipeline.compare import compare
from pipeline.config import DayConfig
from pipeline.diarize import diarize
from pipeline.download import download
from pipeline.report import report
from pipeline.summary import summarize
from pipeline.topics import topics
from pipeline.transcribe import transcribe


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[DayConfig, DayPaths], object]
    artifact: Callable[[DayPaths], Path]
    # Views over the other artifacts are rebuilt every run: they take about a second.
    always: bool = False
    # Work a killed run left to resume from; a forced rerun discards it and starts fresh.
    resume_files: Callable[[DayPaths], tuple[Path, ...]] = lambda paths: ()


STAGES = (
    Stage("download", download, lambda p: p.source),
    Stage("transcribe", transcribe, lambda p: p.transcript,
          resume_files=lambda p: (p.transcript_checkpoint,)),
    Stage("diarize", diarize, lambda p: p.speakers),
    Stage("topics", topics, lambda p: p.topics),
    Stage("compare", compare, lambda p: p.comparison),
    Stage("summary", summarize, lambda p: p.summary, always=True),
    Stage("report", report, lambda p: p.page, always=True),
)
STAGE_NAMES = tuple(stage.name for stage in STAGES)


def _current_input(name: str, config: DayConfig, paths: DayPaths) -> str | None:
    """The value a stage would record for an input now: a content hash, or the URL itself."""
    if name == "source":
        return config.source if config.source_is_url else file_sha256(config.source_path)
    path = config.report_path if name == "report" else getattr(paths, name, None)
    return file_sha256(path) if path is not None and path.is_file() else None


def is_up_to_date(stage: Stage, config: DayConfig, paths: DayPaths) -> bool:
    """True when the artifact exists and was made from today's inputs, config and code version."""
    artifact = stage.artifact(paths)
    if stage.always or not artifact.is_file():
        return False
    try:
        provenance = json.loads(artifact.read_text(encoding="utf-8"))["provenance"]
    except (ValueError, KeyError):
        return False
    if provenance.get("config_hash") != config.hash:
        return False
    if provenance.get("tools", {}).get("lokakarya") != __version__:
        return False
    recorded = provenance.get("inputs", {})
    return all(_current_input(name, config, paths) == value for name, value in recorded.items())


def record_run(paths: DayPaths, stage: str, seconds: float) -> None:
    """Append one line per completed stage run to journal.jsonl: what ran, when, how long.

    Appends are whole lines fsynced one by one; a reader skips a line torn by a crash.
    """
    line = json.dumps({"stage": stage, "finished_at": datetime.now(timezone.utc).isoformat(),
                       "wall_seconds": round(seconds, 3)})
    append_line(paths.journal, line)


def stage_runs(paths: DayPaths) -> list[str]:
    """The stages recorded in the journal, in order; a torn last line is ignored."""
    if not paths.journal.is_file():
        return []
    runs = []
    for line in paths.journal.read_text(encoding="utf-8").splitlines():
        try:
            runs.append(json.loads(line)["stage"])
        except (ValueError, KeyError):
            continue
    return runs


def run_stage(stage: Stage, config: DayConfig, paths: DayPaths) -> object:
    """One stage on its own (the stage commands), under the day's lock."""
    with day_lock(paths.root):
        remove_stale_temporaries(paths.root)
        return _run_recorded(stage, config, paths)


def _run_recorded(stage: Stage, config: DayConfig, paths: DayPaths) -> object:
    started = time.perf_counter()
    artifact = stage.run(config, paths)
    record_run(paths, stage.name, time.perf_counter() - started)
    return artifact


def run_day(config: DayConfig, paths: DayPaths, force_from: str | None = None) -> Iterator[tuple[Stage, str]]:
    """Run the stages in order under the day's lock; yield (stage, "running" | "done" |
    "up to date") as they go.  A stage is skipped while its artifact is up to date, unless it
    is force_from or after it."""
    if force_from is not None and force_from not in STAGE_NAMES:
        raise PipelineError(f"--force: unknown stage '{force_from}' (one of {', '.join(STAGE_NAMES)})")
    with day_lock(paths.root):
        remove_stale_temporaries(paths.root)
        forced = False
        for stage in STAGES:
            forced = forced or stage.name == force_from
            if stage.name == "compare" and config.report is None:
                continue
            if not forced and is_up_to_date(stage, config, paths):
                yield stage, "up to date"
                continue
            yield stage, "running"
            if forced:
                for leftover in stage.resume_files(paths):
                    leftover.unlink(missing_ok=True)
            _run_recorded(stage, config, paths)
            yield stage, "done"
