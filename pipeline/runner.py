"""Running the stages: when a stage's artifact is still up to date, and how a day's run ended.

A stage is up to date while its artifact records the same key as now: the config fields the stage
reads (DayConfig.stage_fields), the sha256 of each input file and the lokakarya version.  So a
title edit reruns only summary and page, a compare option compare onward, and a transcribe option
transcribe onward.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal, get_args

from pipeline import __version__
from pipeline.alongside import Alongside, audio_jobs
from pipeline.artifacts import (
    MADE_BY,
    DayPaths,
    DayStatus,
    InputName,
    PipelineError,
    append_line,
    day_lock,
    file_sha256,
    read_journal,
    write_artifact,
)
from pipeline.config import DayConfig, check_inputs
from pipeline.files import discard, remove_stale_temporaries
from pipeline.stages import STAGE_NAMES, STAGES, Stage

Staleness = Literal["missing", "damaged", "out of date"]


def _current_input(name: str, config: DayConfig, paths: DayPaths) -> str | None:
    """The value a stage would record for an input now: a content hash, or the URL itself."""
    if name == "source":
        return config.source if config.source_is_url else file_sha256(config.source_path)
    files = {"source_info": paths.source, "report": config.report_path, "truth": config.truth_path}
    path = files[name] if name in files else getattr(paths, name, None)
    return file_sha256(path) if path is not None and path.is_file() else None


def staleness(stage: Stage, config: DayConfig, paths: DayPaths) -> tuple[Staleness, str] | None:
    """Why the stage's artifact cannot stand as it is, and how to say so; None while it is up to
    date: there, whole, and made from today's config fields, inputs and code.  Its record is
    read once, for both the damage and the freshness."""
    artifact, record = stage.artifact(paths), (stage.record or stage.artifact)(paths)
    if not (artifact.is_file() and record.is_file()):
        return "missing", f"{record if artifact.is_file() else artifact}: not found"
    damage = stage.damaged(paths)
    if damage:
        return "damaged", damage
    try:
        provenance = _provenance(record)
    except (OSError, ValueError) as exc:
        return "damaged", f"{record}: damaged, not a {stage.name} artifact ({' '.join(str(exc).split())[:120]})"
    recorded = provenance.get("inputs", {})
    if (
        provenance.get("config_hash") != config.stage_key(stage.name)
        or provenance.get("tools", {}).get("lokakarya") != __version__
        or any(_current_input(name, config, paths) != value for name, value in recorded.items())
    ):
        return (
            "out of date",
            f"{artifact}: out of date (its inputs, its config fields or lokakarya changed since it was made)",
        )
    return None


def is_up_to_date(stage: Stage, config: DayConfig, paths: DayPaths) -> bool:
    return staleness(stage, config, paths) is None


def _provenance(record: Path) -> dict:
    """The provenance block of an artifact's JSON record; ValueError saying why when there is none."""
    try:
        provenance = json.loads(record.read_text(encoding="utf-8")).get("provenance")
    except AttributeError:
        raise ValueError("not a JSON object") from None
    except RecursionError:
        raise ValueError("nested too deeply") from None
    if not isinstance(provenance, dict):
        raise ValueError("no provenance")
    for key in ("inputs", "tools"):
        if not isinstance(provenance.get(key, {}), dict):
            raise ValueError(f"provenance.{key} is not a mapping")
    unknown = next((name for name in provenance.get("inputs", {}) if name not in get_args(InputName)), None)
    if unknown is not None:
        raise ValueError(f"provenance.inputs names no input of a stage: {unknown!r}")
    return provenance


def failure_reason(exc: BaseException) -> str:
    """One line for a failed day: our own message, or the type of a library's crash."""
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted (Ctrl-C)"
    return str(exc) if isinstance(exc, PipelineError) else f"{type(exc).__name__}: {exc}"


def record_run(paths: DayPaths, stage: str, seconds: float, cpu_seconds: float | None = None) -> None:
    """Record a completed stage run in journal.jsonl: what ran, when, how long (wall and this
    process's CPU, all threads: `make bench-long` splits a run's cost by stage with them)."""
    entry = {"stage": stage, "finished_at": datetime.now(timezone.utc).isoformat(), "wall_seconds": round(seconds, 3)}
    if cpu_seconds is not None:
        entry["cpu_seconds"] = round(cpu_seconds, 3)
    line = json.dumps(entry)
    append_line(paths.journal, line)


def stage_runs(paths: DayPaths) -> list[str]:
    """The completed stage runs recorded in the journal, in order."""
    return [entry["stage"] for entry in read_journal(paths)]


def run_stage(stage: Stage, config: DayConfig, paths: DayPaths) -> object:
    """One stage on its own (the stage commands), under the day's lock.  An earlier artifact it
    may read that no longer matches its own inputs (a new recording, an edited config) is
    refused: mixing it with newer ones would make a record that matches nothing."""
    with day_lock(paths.root):
        remove_stale_temporaries(paths.root)
        missing: Stage | None = None  # the first earlier artifact that is not there
        for earlier in STAGES[: STAGES.index(stage)]:
            if not (earlier.artifact(paths).name in MADE_BY and earlier.applies(config)):
                continue
            problem = staleness(earlier, config, paths)
            if problem is None:
                continue
            kind, message = problem
            if kind == "missing":
                missing = missing or earlier
                continue
            if missing is not None and kind == "out of date":  # because what it was made from is gone
                first = f"run the '{missing.name}' stage first, or `lokakarya run`"
                raise PipelineError(f"{missing.artifact(paths)}: not found; {first}")
            raise PipelineError(f"{message}; run the '{earlier.name}' stage first, or `lokakarya run`")
        return _run_recorded(stage, config, paths)


def _run_recorded(
    stage: Stage, config: DayConfig, paths: DayPaths, progress: bool = True, jobs: Alongside | None = None
) -> object:
    """Run the stage and journal its wall and CPU time, including the audio job it waited for."""
    started, cpu = time.perf_counter(), time.process_time()
    job_cpu = jobs.wait_for(stage.name) if jobs else 0.0
    artifact = stage.run(config, paths, progress=progress) if stage.has_progress else stage.run(config, paths)
    record_run(paths, stage.name, time.perf_counter() - started, time.process_time() - cpu + job_cpu)
    return artifact


def run_day(
    config: DayConfig,
    paths: DayPaths,
    force_from: str | None = None,
    progress: bool = True,
    beside: bool = True,
) -> Iterator[tuple[Stage, str]]:
    """Run the stages in order under the day's lock; yield (stage, "running" | "done" |
    "up to date") as they go.  A stage is skipped while its artifact is up to date, unless it
    is force_from or after it.  Without `progress`, stages draw no progress bars.  With
    `beside`, the audio-only work of later stages runs beside the transcription (pipeline.alongside);
    without it, each stage does its own work in turn (slower, and the peak memory is one stage's).
    How the run ended is written to status.json."""
    if force_from is not None and force_from not in STAGE_NAMES:
        raise PipelineError(f"--force: unknown stage '{force_from}' (one of {', '.join(STAGE_NAMES)})")
    with day_lock(paths.root), audio_jobs() as jobs:
        remove_stale_temporaries(paths.root)
        forced, current = False, "validate"
        try:
            check_inputs(config)
            for stage in STAGES:
                forced = forced or stage.name == force_from
                if not stage.applies(config):
                    continue
                if not forced and is_up_to_date(stage, config, paths):
                    yield stage, "up to date"
                    continue
                current = stage.name
                yield stage, "running"
                if forced:
                    for leftover in set(stage.resume_files(paths)) - jobs.made:
                        discard(leftover)  # a folder in its place is left: the stage says so
                if beside:  # the audio-only work of later stages, on CPU the stages leave idle
                    jobs.start(paths, config, fresh=forced, before=stage.name)
                _run_recorded(stage, config, paths, progress, jobs)
                yield stage, "done"
        except (Exception, KeyboardInterrupt) as exc:  # not GeneratorExit: a caller that stops early
            # Best effort: on a full disk the status cannot be written either, and the stage's own
            # error is the one to report.  Ctrl-C is recorded too, or an earlier run's failure
            # would stand in status.json and the tables.
            with contextlib.suppress(PipelineError):
                _write_status(config, paths, "failed", current, failure_reason(exc))
            raise
        _write_status(config, paths, "ok")


def _write_status(
    config: DayConfig,
    paths: DayPaths,
    status: Literal["ok", "failed"],
    stage: str | None = None,
    reason: str | None = None,
) -> None:
    write_artifact(
        paths.status,
        DayStatus(id=config.id, title=config.title, date=config.date, status=status, stage=stage, reason=reason),
    )
