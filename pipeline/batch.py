"""Batch runs over many days on Dask distributed: one task per day, resumable stage by stage.

A day that fails does not stop the others.  Each worker runs whole days, so a day's stages stay
in order and its files stay on one machine's view of outputs/ (use a shared folder on a cluster).
Resuming needs nothing special: every stage is skipped while its artifact is up to date, and
artifacts are only ever replaced whole (files.atomic_path).
"""

from __future__ import annotations

import contextlib
import dataclasses
import glob
import logging
import os
import re
import shlex
import sys
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pipeline.artifacts import DayHeld, DayPaths, PipelineError, read_artifact
from pipeline.config import DEFAULT_LANGUAGE, DayConfig, TranscribeOptions, load_config
from pipeline.index import refresh_archive, refresh_archive_after_failure, refuse_another_folders_files
from pipeline.runner import failure_reason, record_interrupted, run_day
from pipeline.stages import STAGES
from pipeline.system.models import libraries_kept_quiet

PROGRESS_TOPIC = "lokakarya-progress"
# The cores one transcribing day uses.
WHISPER_THREADS = TranscribeOptions.model_fields["cpu_threads"].default
SCHEDULER_TIMEOUT_SECONDS = 30  # to reach a running scheduler given by --scheduler
MAX_PORT = 65535
QUIET_RESOURCE_TRACKER = "ignore::UserWarning:multiprocessing.resource_tracker"  # a -W option (_client)


@dataclass(frozen=True)
class DayOutcome:
    config: str
    day_id: str | None
    status: Literal["ok", "failed", "skipped"]
    reason: str = ""
    ran: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()  # what the stages logged as warnings, printed by the client
    held: bool = False  # refused at the day's lock (DayHeld): its reason says a run is working on it

    def line(self) -> str:
        name = self.day_id or self.config
        if self.status == "failed":
            return f"{name}: failed: {self.reason}"
        if self.status == "skipped":
            return f"{name}: skipped: up to date"
        return f"{name}: ok (ran {', '.join(self.ran)})"


def days_given(arguments: list[str]) -> list[Path]:
    """The config files a batch is given, read as the shell reads its words.  `make batch` hands
    DAYS on as one argument, so that a name holding a space, a quote, `$`, `;` or a bracket reaches
    us as typed (the shell had split "hari 10.yaml" in two, and read `;` and `$` as its own).  An
    argument that names a file or a folder stands whole; another that holds spaces is a list, split
    as the shell splits words (its quotes keep a name with spaces whole); a word holding `*`, `?`
    or `[` is a pattern, its files in order, or as typed where none match, for that day to fail
    naming it."""
    days = []
    for argument in arguments:
        if os.path.lexists(argument):
            days.append(Path(argument))
            continue
        try:
            words = shlex.split(argument) if re.search(r"\s", argument) else [argument]
        except ValueError as exc:  # "No closing quotation"
            raise PipelineError(
                f"{argument}: no such config file, and as a list of them: {str(exc).lower()} "
                "(quote a name that holds a space: DAYS='\"configs/hari 10.yaml\" configs/demo.yaml')"
            ) from None
        for word in map(os.path.expanduser, words):
            matches = sorted(glob.glob(word)) if any(c in word for c in "*?[") else []
            days.extend(map(Path, matches or [word]))
    return days


def default_workers(cores: int | None = None) -> int:
    """One worker per WHISPER_THREADS cores, one thread each: faster-whisper and CAM++ already use
    the cores they are given, so more workers would only make them fight (README: Batch runs)."""
    return max(1, (cores or os.cpu_count() or 1) // WHISPER_THREADS)


def _report_progress(day_id: str, stage: str, status: str) -> None:
    try:
        from distributed import get_worker

        get_worker().log_event(PROGRESS_TOPIC, {"day": day_id, "stage": stage, "status": status})
    except ValueError:  # not inside a Dask worker
        pass


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def run_one_day(config_path: str, outputs: str, force_from: str | None = None) -> DayOutcome:
    """The Dask task: every stage of one day, as `lokakarya run` would, never raising.

    The day's warnings travel back in the outcome: a worker's log is not the user's terminal, and
    what libraries would print on it themselves is left unsaid, as in the command.
    """
    libraries_kept_quiet()
    log = logging.getLogger("lokakarya")
    collect = _Collect()
    log.addHandler(collect)
    log.propagate = False
    try:
        outcome = _run_one_day(config_path, outputs, force_from)
    finally:
        log.removeHandler(collect)
    return dataclasses.replace(outcome, warnings=tuple(collect.messages))


def _run_one_day(config_path: str, outputs: str, force_from: str | None) -> DayOutcome:
    day_id = None
    try:
        config = load_config(Path(config_path))
        day_id = config.id
        ran = []
        # progress=False: the client draws the progress bars
        for stage, status in run_day(config, DayPaths.for_day(Path(outputs), config.id), force_from, progress=False):
            _report_progress(config.id, stage.name, status)
            if status == "done":
                ran.append(stage.name)
    except Exception as exc:  # ours, or a crash in a library: report it, keep the batch going
        return DayOutcome(config_path, day_id, "failed", failure_reason(exc), held=isinstance(exc, DayHeld))
    return DayOutcome(config_path, day_id, "ok" if ran else "skipped", ran=tuple(ran))


class _Bars:
    """One bar for the days, one for the stages of the day whose news came last."""

    def __init__(self, days: int, enabled: bool) -> None:
        from tqdm import tqdm

        self.days = tqdm(total=days, unit="day", desc="days", position=0, disable=not enabled)
        self.stages = tqdm(
            total=len(STAGES),
            unit="stage",
            position=1,
            disable=not enabled,
            bar_format="{desc} {bar} {n_fmt}/{total_fmt} stages",
        )
        self.done: dict[str, int] = {}

    def on_event(self, event) -> None:
        _, message = event
        day = message["day"]
        if message["status"] != "running":
            self.done[day] = self.done.get(day, 0) + 1
        self.stages.set_description_str(f"{day}: {message['stage']}")
        self.stages.n = self.done.get(day, 0)
        self.stages.refresh()

    def close(self) -> None:
        self.stages.close()
        self.days.close()


@contextlib.contextmanager
def _environment_kept() -> Iterator[None]:
    """This process's environment as it was, once the batch ends.  Dask's nanny sets its workers'
    variables (OMP_NUM_THREADS=1 and the other BLAS counts, MALLOC_TRIM_THRESHOLD_, PYTHONHASHSEED)
    in the process that starts them, before each start; left there, they reached what the process
    ran next (a test suite's later tests, a notebook's next cell) and whatever it started."""
    kept = dict(os.environ)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(kept)


def _client(scheduler: str | None, workers: int):
    from distributed import Client, LocalCluster

    if scheduler:
        port = re.search(r":(\d+)/?$", scheduler)
        if port and not 1 <= int(port.group(1)) <= MAX_PORT:  # Dask would wait out its timeout on it
            raise PipelineError(
                f"--scheduler {scheduler!r}: port {int(port.group(1))} is no address a scheduler listens on "
                f"(ports are 1 to {MAX_PORT})"
            )
        try:
            return Client(scheduler, timeout=SCHEDULER_TIMEOUT_SECONDS)
        except (ValueError, TypeError, OSError) as exc:  # not an address; nothing answers there
            reason = " ".join(str(exc).split())[:200] or type(exc).__name__
            raise PipelineError(f"--scheduler {scheduler!r}: no Dask scheduler reached: {reason}") from None
    # A Ctrl-C ends the workers in the middle of their days: multiprocessing's resource tracker (a
    # process of its own, started with the cluster and given this process's -W options) then frees
    # the semaphores they held and says so in two lines of UserWarning, after the batch's own line
    # (3 of 4 Ctrl-Cs of a two-day batch, as README says).  It still frees them; only the lines are left out.
    if QUIET_RESOURCE_TRACKER not in sys.warnoptions:
        sys.warnoptions.append(QUIET_RESOURCE_TRACKER)
    with warnings.catch_warnings():
        # Another batch holding Dask's usual HTTP port is no news: the scheduler takes another.
        warnings.filterwarnings("ignore", message=r"Port \d+ is already in use")
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            # A worker's errors reach us as its day's outcome; what Dask would log besides is the
            # tracebacks of workers stopped by Ctrl-C, printed over the terminal.
            silence_logs=logging.CRITICAL,
        )
    return Client(cluster)


def _run_days(
    loaded: dict[str, DayConfig],
    outputs: Path,
    scheduler: str | None,
    workers: int | None,
    force_from: str | None,
    bars: _Bars,
    outcomes: dict[str, DayOutcome],
) -> None:
    """Each day on the cluster, as its own task, its outcome put in `outcomes` as it ends (those that
    ended before a Ctrl-C are the caller's too); no more local workers than days (each costs a
    process start and its imports)."""
    from distributed import as_completed

    started: set[str] = set()  # the days whose worker began to run a stage in this batch (its news came)

    def on_event(event) -> None:
        if event[1]["status"] == "running":  # not while it only checked which stages are up to date
            started.add(event[1]["day"])
        bars.on_event(event)

    with _environment_kept():
        client = _client(scheduler, min(workers or default_workers(), len(loaded)))
        try:
            try:
                client.subscribe_topic(PROGRESS_TOPIC, on_event)
                pending = {
                    client.submit(
                        run_one_day,
                        str(Path(path).resolve()),
                        str(outputs),
                        force_from,
                        pure=False,
                        key=f"day-{config.id}-{os.urandom(4).hex()}",
                    ): path
                    for path, config in loaded.items()
                }
                for future in as_completed(pending):
                    path = pending[future]
                    try:
                        outcome = future.result()
                    except Exception as exc:  # the worker itself died (killed, out of memory)
                        day = loaded[path].id
                        outcome = DayOutcome(path, day, "failed", worker_lost(DayPaths.for_day(outputs, day).root, exc))
                    outcomes[path] = outcome
                    bars.days.update(1)
            finally:
                cluster = getattr(client, "cluster", None)
                client.close()
                if cluster is not None:
                    cluster.close()
        except KeyboardInterrupt as stop:
            # The local workers ended with the cluster in the middle of their days' stages, recording
            # nothing (status.json "running" for good, read as a kill): each day begun is recorded as
            # `run` records a Ctrl-C.  A day a worker of another cluster still runs is left to it.
            for path, config in loaded.items():
                if path not in outcomes and config.id in started:
                    record_interrupted(config, DayPaths.for_day(outputs, config.id), stop)
            raise


def worker_lost(folder: Path, exc: BaseException) -> str:
    """The reason of a day whose Dask worker died under it (Dask's KilledWorker after its retries:
    killed, out of memory), or whose cluster went away: it had been 'worker lost: KilledWorker',
    naming neither the day's folder nor what to do."""
    return (
        f"{folder}: the Dask worker running this day died ({type(exc).__name__}: killed, or out of memory); "
        "what had finished is kept, and the same command takes the day up from there"
    )


def _one_config_per_id(loaded: dict[str, DayConfig], outputs: Path) -> dict[str, str]:
    """For each day id, the config that may run it: the one whose file made the day already in
    outputs (its summary names the config file), else the first given.  Which one survives does
    not depend on the order the configs are listed in when the day exists."""
    from pipeline.summary import Summary

    kept: dict[str, str] = {}
    for path, config in loaded.items():
        if config.id not in kept:
            kept[config.id] = path
            continue
        try:
            made_by = read_artifact(DayPaths.for_day(outputs, config.id).summary, Summary, "summary").day.config_file
        except PipelineError:  # no day yet, or one this version cannot read
            continue
        if Path(path).name == made_by and Path(kept[config.id]).name != made_by:
            kept[config.id] = path
    return kept


def run_batch(
    config_paths: list[Path],
    outputs: Path,
    scheduler: str | None = None,
    workers: int | None = None,
    force_from: str | None = None,
    progress: bool = False,
) -> tuple[list[DayOutcome], Exception | None]:
    """Run every day (in parallel), then rebuild the archive tables and outputs/index.html.

    Returns each config's outcome and, when the tables could not be rebuilt (a full disk), the
    error, for the caller to raise once the days' own outcomes are reported."""
    outputs = Path(outputs).resolve()
    refuse_another_folders_files(outputs)  # before any day is run into it
    config_paths, repeats = _once_each(config_paths)
    outcomes: dict[str, DayOutcome] = {}  # by the config path as given
    loaded: dict[str, DayConfig] = {}
    for path in map(str, config_paths):
        try:
            loaded[path] = load_config(Path(path))
        except Exception as exc:  # ours, or a crash in a library: that config fails, the others run
            outcomes[path] = DayOutcome(path, None, "failed", failure_reason(exc))
    kept = _one_config_per_id(loaded, outputs)  # two configs of one id would overwrite each other's day
    for path, config in list(loaded.items()):
        if kept[config.id] != path:
            del loaded[path]
            outcomes[path] = DayOutcome(
                path,
                config.id,
                "failed",
                f"{path}: field 'id': '{config.id}' is also the id of {kept[config.id]}; each day needs its own",
            )
    bars = _Bars(len(config_paths), progress)
    bars.days.update(len(outcomes))
    languages = {config.page_language for config in loaded.values()}
    language = languages.pop() if len(languages) == 1 else DEFAULT_LANGUAGE
    try:
        try:
            if loaded:
                _run_days(loaded, outputs, scheduler, workers, force_from, bars, outcomes)
        finally:
            bars.close()
    except KeyboardInterrupt:
        # As `run` after a Ctrl-C: the days that ended, and those interrupted, are in the tables
        # (else the tables still showed the days begun as they were before the batch).
        refresh_archive_after_failure(outputs, language, reported=_held(outcomes))
        raise
    try:
        refresh_archive(outputs, language, reported=_held(outcomes))
        archive_error = None
    except (PipelineError, OSError) as exc:
        archive_error = exc
    said = []
    for path in map(str, config_paths):
        outcome = outcomes[path]
        said.append(dataclasses.replace(outcome, warnings=(*repeats.get(path, ()), *outcome.warnings)))
    return said, archive_error


def _held(outcomes: dict[str, DayOutcome]) -> list[str]:
    """The days refused at another run's lock, whose lines say a run is working on them: the tables
    made after the batch do not say it again (a day that failed otherwise, and that a run took since,
    they do)."""
    return [outcome.day_id for outcome in outcomes.values() if outcome.held and outcome.day_id]


def _once_each(config_paths: list[Path]) -> tuple[list[Path], dict[str, tuple[str, ...]]]:
    """The configs given, each file once (`batch configs/*.yaml configs/day-3.yaml`, or one file by
    two spellings, `day.yaml ./day.yaml`): one run of a day, where the second listing had failed as
    another config of the same id, or run the day twice, and with the warning that says so."""
    kept: dict[object, Path] = {}
    spellings: dict[Path, list[str]] = {}
    for path in config_paths:
        try:
            stat = Path(path).stat()
            identity: object = (stat.st_dev, stat.st_ino)
        except (OSError, ValueError):  # not there, or no path: the loader says so, once
            identity = str(path)
        first = kept.setdefault(identity, path)
        spellings.setdefault(first, []).append(str(path))
    repeats = {
        str(first): (f"{first}: listed {len(given)} times{_also(given, str(first))}; taken once",)
        for first, given in spellings.items()
        if len(given) > 1
    }
    return list(kept.values()), repeats


def _also(given: list[str], first: str) -> str:
    others = sorted(set(given) - {first})
    return f" (also as {', '.join(others)})" if others else ""
