"""The stages in order, and when a stage's artifact is still up to date."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from pydantic import BaseModel

from pipeline import __version__
from pipeline.artifacts import DayPaths, file_sha256
from pipeline.compare import compare
from pipeline.config import DayConfig
from pipeline.diarize import diarize
from pipeline.download import download
from pipeline.summary import summarize
from pipeline.topics import topics
from pipeline.transcribe import transcribe


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[DayConfig, DayPaths], BaseModel]
    artifact: Callable[[DayPaths], Path]


STAGES = (
    Stage("download", download, lambda p: p.source),
    Stage("transcribe", transcribe, lambda p: p.transcript),
    Stage("diarize", diarize, lambda p: p.speakers),
    Stage("topics", topics, lambda p: p.topics),
    Stage("compare", compare, lambda p: p.comparison),
    Stage("summary", summarize, lambda p: p.summary),
)
STAGE_NAMES = tuple(stage.name for stage in STAGES)


def _current_input(name: str, config: DayConfig, paths: DayPaths) -> str | None:
    """The value a stage would record for an input now: a content hash, or the URL itself."""
    if name == "source":
        return config.source if config.source_is_url else file_sha256(config.source_path)
    path = config.report_path if name == "report" else getattr(paths, name, None)
    return file_sha256(path) if path is not None and path.is_file() else None


def is_up_to_date(stage: Stage, config: DayConfig, paths: DayPaths) -> bool:
    """True when the artifact exists and was made from today's inputs, config and code version.

    The summary is a view over the other artifacts and is always rebuilt (about a second).
    """
    artifact = stage.artifact(paths)
    if stage.name == "summary" or not artifact.is_file():
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


def run_day(config: DayConfig, paths: DayPaths, stages: tuple[Stage, ...] = STAGES) -> Iterator[tuple[Stage, bool]]:
    """Run the stages in order, skipping up-to-date ones; yield (stage, ran) as each finishes."""
    for stage in stages:
        if stage.name == "compare" and config.report is None:
            continue
        if is_up_to_date(stage, config, paths):
            yield stage, False
            continue
        stage.run(config, paths)
        yield stage, True
