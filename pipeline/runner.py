"""Running the stages: when a stage's artifact is still up to date, and how a day's run ended.

A stage is up to date while its artifact records the same key as now: the config fields the stage
reads (DayConfig.stage_fields), the sha256 of each input file (of a record of an earlier stage,
of its findings, its provenance aside, for every stage but the summary and the page, which gather
and show the provenance: a stage made again with the same findings leaves the stages that read
them up to date) and the lokakarya version (but for the download, whose audio is held
to its source by sha256), for the stages of seconds the sha256
of lokakarya's code (Stage.new_code_reruns), and a schema no older than this code writes.  So a
title edit reruns only summary and page, a compare option compare onward, and a transcribe option
transcribe onward.  And while every file it wrote is still as it wrote it: its JSON record a
regular file, and each other file it wrote (Stage.files: the summary's transcript.txt/.srt/.vtt,
the page's index.html and audio.webm, diarize's RTTM) a regular file with the sha256 its record
holds.  A file edited, emptied, deleted or replaced (by a folder, a link) makes the stage run
again, with one warning naming the file; the stages after it rerun only if their inputs changed.
And while its record is one the stage's readers take: a hand edit that leaves it JSON but not
the typed model's (a time as text, a field taken out, a speaker speakers.json does not have) is
damaged, and made again, instead of failing the next stage that reads it on every run.  And while
its record is the bytes a run of the stage left, as journal.jsonl records them: an edit that every
check passes (other bytes under a run's start the journal holds) is changed since, and made again,
not spread by the stages that read it; another run's record (copied, restored) stands.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cache
from pathlib import Path
from typing import Literal, get_args

from pipeline import __version__
from pipeline.artifacts import (
    CONFIG_INPUTS,
    MADE_BY,
    SCHEMA_DIR,
    DayHeld,
    DayPaths,
    DayStatus,
    InputName,
    PipelineError,
    day_lock,
    file_sha256,
    input_stands,
    no_version,
    not_json,
    of_version,
    other_major,
    parse_artifact,
    parse_record,
    read_artifact,
    read_journal,
    schema_standing,
    source_sha256,
    stands_as_written,
    write_artifact,
)
from pipeline.config import DayConfig, load_config
from pipeline.media.alongside import Alongside, audio_jobs
from pipeline.preflight import check_day_folder_apart, check_inputs, check_not_another_day
from pipeline.records.files import (
    append_line,
    discard,
    link_astray,
    not_a_regular_file,
    read_kept,
    read_record,
    regular_file_there,
    regular_sha256,
    remove_stale_temporaries,
    still_held,
    write_atomic,
)
from pipeline.stages import STAGE_NAMES, STAGES, Stage
from pipeline.system.stops import held, raise_stop_within, stop_reason, stop_within
from pipeline.text.formats import printable

# "changed": a file the stage wrote is missing, other bytes than its record holds, or no longer a
# regular file; the run says so in a warning before it runs the stage again.
Staleness = Literal["missing", "damaged", "out of date", "changed"]
log = logging.getLogger("lokakarya")


def _input_stands(stage: Stage, name: str, recorded: object, config: DayConfig, paths: DayPaths) -> bool:
    """Whether an input is still what the stage recorded of it: a URL source the URL itself, a file
    as artifacts.input_stands decides (the one rule of what a stage records of a file)."""
    if name == "source":
        return recorded == (config.source if config.source_is_url else file_sha256(config.source_path))
    path = config.local_paths().get(name) if name in CONFIG_INPUTS else paths.input_file(name)
    return path is not None and input_stands(stage.name, name, path, recorded)


def staleness(stage: Stage, config: DayConfig, paths: DayPaths) -> tuple[Staleness, str] | None:
    """Why the stage's artifact cannot stand as it is, and how to say so; None while it is up to
    date: there, whole, made from today's config fields, inputs and code, and every other file the
    stage wrote still the bytes its record holds.  Its record is read once, for all of these."""
    artifact, record = stage.artifact(paths), (stage.record or stage.artifact)(paths)
    not_a_file = not_a_regular_file(record)
    if not_a_file == "not found":
        return "missing", f"{record}: not found"
    if not_a_file:
        return "changed", f"{record}: {not_a_file}, not the file the {stage.name} stage wrote"
    damage = stage.damaged(paths)
    if damage:
        return "damaged", damage
    try:
        text = read_record(record)
        data = _parsed(text)
    except ValueError as exc:
        return _damaged(stage, record, str(exc))
    except OSError as exc:  # permissions, a failing disk: not this stage's to make again over it
        raise PipelineError(f"{record}: cannot be read: {exc.strerror or exc}") from None
    written = _schema_version_written(record.stem)
    found = data.get("schema_version")
    standing = "same" if written is None else schema_standing(found, written)
    if standing == "none":
        return _damaged(stage, record, no_version(data))
    if standing == "newer major":  # this code cannot read it: made again, the day goes on
        return "damaged", f"{record}: {other_major(standing, found, written)}"
    if standing == "older major":
        return "out of date", f"{record}: out of date ({other_major(standing, found, written)})"
    provenance = data["provenance"]
    recorded = provenance.get("inputs", {})
    # a newer minor or patch (of a later lokakarya, read as its major allows) holds all this code
    # would record, and stays: its other lokakarya version and code rerun nothing (below)
    if standing == "older" and not stands_as_written(record.stem, found, written):  # as written_since tells
        return (
            "out of date",
            f"{record}: out of date (schema {found}; this lokakarya writes {written}, which records more)",
        )
    if (
        provenance.get("config_hash") not in config.stage_keys(stage.name)
        or (
            stage.new_version_reruns
            and standing != "newer"
            and provenance.get("tools", {}).get("lokakarya") != __version__
        )
        or (
            stage.new_code_reruns
            and standing != "newer"
            and provenance.get("tools", {}).get("lokakarya-source") != source_sha256()
        )
        or not all(_input_stands(stage, name, value, config, paths) for name, value in recorded.items())
    ):
        return (
            "out of date",
            f"{artifact}: out of date (its inputs, its config fields or lokakarya changed since it was made)",
        )
    changed = _files_changed(stage, paths, record, stage.recorded_files(data))
    if changed is not None:
        return changed
    invalid = _invalid(stage, config, paths, record, text, of_version(standing, found, written or ""))
    if invalid is None:
        return _left_otherwise(stage, paths, record, text, provenance.get("started_at"))
    if _written_by_other_code(paths, hashlib.sha256(text).hexdigest()):
        # the same version number, other code (a checkout between releases): no hand edit
        made_otherwise = invalid.removesuffix(" (edited by hand?)")[:200]
        return "out of date", f"{record}: out of date (other lokakarya code made it otherwise: {made_otherwise})"
    return _damaged(stage, record, invalid)


def _left_otherwise(
    stage: Stage, paths: DayPaths, record: Path, text: bytes, started_at: object
) -> tuple[Staleness, str] | None:
    """A record of other bytes than every run of its stage left, as the journal records them:
    changed since where an entry of the stage holds its run's start (provenance.started_at) with
    other bytes (a hand edit each check passes: a topic's score, a point's confidence, a voice's
    talk time, which the page and the tables had shown as the stage's), so made again.  A start no
    entry holds is another run's: a record copied or restored from another day's folder or machine
    stands, as its provenance matched (transcribe and diarize had run again, hours on a long day),
    but for one a run of this day wrote and was stopped before journaling (status.json failed or
    stopped in the stage): out of date, made again, no hand edit.  None also where the journal
    records the bytes of no run of the stage (a day from before it did; records written by other
    means than a run)."""
    entries = [
        entry for entry in read_journal(paths, holding=f'"stage": "{stage.name}"') if entry["stage"] == stage.name
    ]
    left = {entry.get("record_sha256") for entry in entries}
    if hashlib.sha256(text).hexdigest() in left or not any(isinstance(digest, str) for digest in left):
        return None
    if started_at is not None and any(entry.get("record_started_at") == started_at for entry in entries):
        return (
            "changed",
            f"{record}: changed since the {stage.name} stage wrote it (not the bytes {paths.journal.name} "
            "records its runs leaving: edited by hand?)",
        )
    if _last_run_ended_in(paths) == stage.name:
        return (
            "out of date",
            f"{record}: out of date (the last run stopped in the {stage.name} stage before journaling it)",
        )
    return None


def _damaged(stage: Stage, record: Path, why: str) -> tuple[Staleness, str]:
    """A record to make again, and why (the first problem, its field named; kept to one line)."""
    article = "an" if stage.name[0] in "aeiou" else "a"  # "an evaluate artifact"
    return "damaged", f"{record}: damaged, not {article} {stage.name} artifact ({' '.join(why.split())[:300]})"


# Records (path, sha256 of their bytes) this process found valid: a run checks each stage once,
# a stage run alone every earlier stage, a batch each day; bytes not changed are not checked again.
_VALID: set[tuple[str, str]] = set()


def _invalid(stage: Stage, config: DayConfig, paths: DayPaths, record: Path, text: bytes, version: str) -> str | None:
    """What the stage's readers would refuse in a record that is otherwise up to date (a hand edit
    that leaves it JSON: a time as text, a list for an object, a field taken out, a word of
    speakers.json not transcript.json's), as its typed model reads it; None where they take it.

    Run only on a record that would stand, and not on one whose bytes this very code wrote (the
    journal holds their sha256): a two-hour day's transcript and speakers take ~150 ms each to
    read typed, which a run with nothing to do would otherwise spend on every run.  The earlier
    artifacts a record is checked against are those its provenance holds the sha256 of, which
    the run has found unchanged: its own bytes decide."""
    digest = hashlib.sha256(text).hexdigest()
    key = (str(record), digest)
    if key in _VALID or _written_here(paths, digest):
        return None
    try:
        model = parse_artifact(text, stage.record_model())
    except ValueError as exc:
        return version + str(exc)
    try:
        stage.consistent(stage, model, config, paths)
    except PipelineError as exc:
        message = str(exc)
        if not message.startswith(f"{record}: "):  # another artifact's problem: its own check says so
            return None
        return message.removeprefix(f"{record}: ").split("; rerun the ")[0]
    _VALID.add(key)
    return None


def _sources_that_wrote(paths: DayPaths, digest: str) -> set[str | None]:
    """The lokakarya sources (by sha256) whose stage runs the journal records leaving a record of these bytes."""
    return {
        entry.get("lokakarya_source")
        for entry in read_journal(paths, holding=digest)
        if entry.get("record_sha256") == digest
    }


def _written_by_other_code(paths: DayPaths, digest: str) -> bool:
    """Whether the journal records a stage run of other lokakarya source that left a record of these
    bytes: a record that differs from what this code makes of its inputs is then that code's, not a
    hand edit (the evaluate stage's CER moved with this round's number reading, and `run` had
    called a day's untouched scores.json damaged and "edited by hand?")."""
    return bool(_sources_that_wrote(paths, digest) - {source_sha256()})


def _written_here(paths: DayPaths, digest: str) -> bool:
    """Whether the journal records a stage run of this code (lokakarya's source, by sha256) that
    left a record of these bytes: one it wrote and nothing has changed since."""
    return source_sha256() in _sources_that_wrote(paths, digest)


@cache
def _schema_version_written(artifact: str) -> str | None:
    """The schema version this code writes for an artifact, from its published JSON schema (the
    stages' models are not imported here: `lokakarya --help` stays fast).  A record of an older
    version was made by older code, though lokakarya's version number may be the same."""
    try:
        schema = json.loads((SCHEMA_DIR / f"{artifact}.schema.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return schema["properties"]["schema_version"]["default"]


def written_since(record: Path, recorded: str) -> str | None:
    """The schema version this code writes for `record` where its `recorded` one is older: made by
    older code, it lacks what this code records, and a run makes it again (staleness calls it out
    of date); None where it is this code's or newer, or an older one read in place (STANDS_SINCE)."""
    written = _schema_version_written(record.stem)
    older = written is not None and schema_standing(recorded, written) in ("older", "older major")
    return written if older and not stands_as_written(record.stem, recorded, written) else None


def _refuse_special_files(stage: Stage, paths: DayPaths) -> None:
    """A FIFO, a device or a socket where a stage run alone writes (its record, its artifact, the
    files beside them: index.html, transcript.txt) is named and stops it, as it stops `run`
    (staleness), where `lokakarya page` had put its page in a FIFO's place without a word."""
    for path in dict.fromkeys(((stage.record or stage.artifact)(paths), stage.artifact(paths), *stage.files(paths))):
        not_a_regular_file(path)


def _files_changed(
    stage: Stage, paths: DayPaths, record: Path, recorded: dict, missing: bool = True
) -> tuple[Staleness, str] | None:
    """The first file the stage wrote beside its record that is not as the record says (`missing`:
    one that is not there counts).

    Each is hashed whole: the costliest, a two-hour day's listening copy (26 MB), takes about 20 ms
    at the 1.5 GB/s sha256 runs at here, a tenth of hashing that day's audio.wav (230 MB), which
    every run already does for the download, transcribe and diarize stages' keys.  A size and mtime
    record would save those milliseconds but pass an edit that keeps the size and resets the mtime,
    and call a copied day folder (`cp -r` sets new mtimes) changed."""
    for path in stage.files(paths):
        expected = recorded.get(path.name)
        if not isinstance(expected, str):  # a record from before lokakarya recorded the file
            return "out of date", f"{record}: records no sha256 of {path.name} (made by an older lokakarya?)"
        not_a_file = not_a_regular_file(path)
        if not_a_file == "not found" and not missing:
            continue
        if not_a_file == "not found":
            return "changed", f"{path}: missing (the {stage.name} stage wrote it)"
        if not_a_file:
            return "changed", f"{path}: {not_a_file}, not the file the {stage.name} stage wrote"
        try:
            actual = regular_sha256(path)
        except OSError as exc:
            return "changed", f"{path}: cannot be read ({exc.strerror or exc})"
        if actual != expected:
            return (
                "changed",
                f"{path}: changed since the {stage.name} stage wrote it (not the bytes {record.name} records)",
            )
    return None


def files_not_as_written(stage: Stage, paths: DayPaths) -> str | None:
    """Why a file the stage wrote beside its record (captions, the RTTM, the day's page, the
    listening copy) is another than its record holds, or None: also where the file is gone (the
    archive page then links no such file) or the record is not there or cannot be read, which its
    readers say themselves."""
    record = (stage.record or stage.artifact)(paths)
    try:
        data = _parsed(read_record(record))
    except (OSError, ValueError):
        return None
    changed = _files_changed(stage, paths, record, stage.recorded_files(data), missing=False)
    return changed[1] if changed is not None and changed[0] == "changed" else None


def _parsed(text: bytes) -> dict:
    """A record's JSON, with a provenance block; ValueError saying why when it has none, or holds
    JSON the artifact's reader refuses (it would fail every run that took it as up to date)."""
    try:
        data = parse_record(text.decode("utf-8-sig"))  # as read_artifact: a byte-order mark is no part
        provenance = data.get("provenance")
    except json.JSONDecodeError as exc:  # as read_artifact says it
        raise ValueError(not_json(exc)) from None
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
    return data


def failure_reason(exc: BaseException) -> str:
    """One line for a failed day: our own message, or the type of a library's crash."""
    if (stop := stop_within(exc)) is not None:  # Ctrl-C, SIGTERM or SIGHUP, the output gone
        return stop_reason(stop)
    return str(exc) if isinstance(exc, PipelineError) else f"{type(exc).__name__}: {exc}"


def record_run(
    paths: DayPaths, stage: str, seconds: float, cpu_seconds: float | None = None, record: Path | None = None
) -> None:
    """Record a completed stage run in journal.jsonl: what ran, when, how long (wall and this
    process's CPU, all threads: `make bench-long` splits a run's cost by stage with them), by which
    lokakarya (its version and the sha256 of its code), and the sha256 and provenance.started_at of
    the record it left (which tie the entry to that artifact, and tell an edit of it from another
    run's record), both of the one read of its bytes."""
    entry = {"stage": stage, "finished_at": datetime.now(timezone.utc).isoformat(), "wall_seconds": round(seconds, 3)}
    if cpu_seconds is not None:
        entry["cpu_seconds"] = round(cpu_seconds, 3)
    entry["lokakarya"] = __version__
    entry["lokakarya_source"] = source_sha256()  # the version number stays while the code changes
    if record is not None and record.is_file():
        text = read_record(record)  # read once: a record replaced since gives no other run's start
        entry["record_sha256"] = hashlib.sha256(text).hexdigest()
        with contextlib.suppress(ValueError, KeyError, TypeError):  # its run's start: a copy of another's is told apart
            entry["record_started_at"] = json.loads(text)["provenance"]["started_at"]
    line = json.dumps(entry)
    append_line(paths.journal, line)


def stage_runs(paths: DayPaths) -> list[str]:
    """The completed stage runs recorded in the journal, in order."""
    return [entry["stage"] for entry in read_journal(paths)]


def run_stage(stage: Stage, config: DayConfig, paths: DayPaths) -> object:
    """One stage on its own (the stage commands), under the day's lock.  An earlier artifact it
    may read that no longer matches its own inputs (a new recording, an edited config) is
    refused: mixing it with newer ones would make a record that matches nothing."""
    check_day_folder_apart(config, paths)  # before the lock, which is a file in that folder
    with day_lock(paths.root):
        remove_stale_temporaries(paths.root)
        check_not_another_day(config, paths)  # as `run` does, before the day's status is touched
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
        _say_if_stopped(paths, "`lokakarya run` takes it up from there")  # a stage alone does not end the run
        # "running" while the stage works, so a kill leaves the day failed there, not half of two
        # runs; then the status the last run left (a stage run alone is no run of the day).
        _refuse_special_files(stage, paths)
        before = read_kept(paths.status, "status record") if _status_there(paths) else None  # given back as it was
        try:
            _write_status(config, paths, "running", stage.name)
            return _run_recorded(stage, config, paths)
        finally:
            _give_back(paths, before, stage.name)


def _give_back(paths: DayPaths, status: bytes | None, stage: str) -> None:
    """status.json as the last run left it (none, if it left none), after a stage run alone; a
    Ctrl-C while it is written waits until it is (held), else the day stayed "running"."""
    try:
        still_held(paths.root)
    except PipelineError:  # the day's folder is gone or another: nothing to give back, as the error says
        return
    try:
        with held():
            if status is None:
                paths.status.unlink(missing_ok=True)
            else:
                write_atomic(paths.status, status)
    except (PipelineError, OSError) as exc:  # the stage's own error (a full disk) is the one to report
        log.warning(f"{paths.status}: not given back ({exc}); the tables call the day stopped in {stage}")


def _run_recorded(
    stage: Stage, config: DayConfig, paths: DayPaths, progress: bool = True, jobs: Alongside | None = None
) -> object:
    """Run the stage and journal its wall and CPU time, including the audio job it waited for."""
    started, cpu = time.perf_counter(), time.process_time()
    job_cpu = jobs.wait_for(stage.name) if jobs else 0.0
    artifact = stage.run(config, paths, progress=progress) if stage.has_progress else stage.run(config, paths)
    record_run(
        paths,
        stage.name,
        time.perf_counter() - started,
        time.process_time() - cpu + job_cpu,
        (stage.record or stage.artifact)(paths),
    )
    return artifact


@dataclass
class StatusWrites:
    """Whether a run's write of the day's status.json landed: one that replaced the file.  A write
    refused (a full disk) or never made (the day's lock not taken on a read-only outputs folder)
    does not count, nor one that found the file already saying it (the same failure recorded
    again): a run with none left the day as its last run recorded it.  run_day only ever sets the
    flag, never resets it: a caller passes a fresh one per run."""

    written: bool = False


def run_day(
    config: DayConfig,
    paths: DayPaths,
    force_from: str | None = None,
    progress: bool = True,
    beside: bool = True,
    writes: StatusWrites | None = None,
) -> Iterator[tuple[Stage, str]]:
    """Run the stages in order under the day's lock; yield (stage, "running" | "done" |
    "up to date" | "skipped") as they go ("skipped": the stage does not apply to the day).  A
    stage is not run while its artifact is up to date, unless it is force_from or after it.
    Without `progress`, stages draw no progress bars.  With `beside`, the audio-only work of later
    stages runs beside the transcription (pipeline.media.alongside); without it, each stage does its own
    work in turn (slower, and the peak memory is one stage's).  A stage run again because a file
    it wrote changed since is named in one warning first.  How the run ended is written to
    status.json; `writes` is told whether a write of it landed."""
    if force_from is not None and force_from not in STAGE_NAMES:
        raise PipelineError(f"--force: unknown stage '{force_from}' (one of {', '.join(STAGE_NAMES)})")
    if writes is None:
        writes = StatusWrites()
    check_day_folder_apart(config, paths)
    with day_lock(paths.root), audio_jobs() as jobs:
        remove_stale_temporaries(paths.root)
        forced, current, changing = False, "validate", False
        stopped = _say_if_stopped(paths)
        check_not_another_day(config, paths)  # outside the try: no failure of this config recorded in that day's status
        try:
            check_inputs(config)
            _whisper_ready(config, paths, force_from)
            for stage in STAGES:
                forced = forced or stage.name == force_from
                if not stage.applies(config):
                    yield stage, "skipped"
                    continue
                current = stage.name  # checked, then perhaps run: where a Ctrl-C or a failure stops the run
                problem = None if forced else staleness(stage, config, paths)
                if not forced and problem is None:
                    for leftover in stage.partial_files(paths):
                        discard(leftover)  # a killed run's work, redone by none: the stage's record stands
                    yield stage, "up to date"
                    continue
                # perhaps a hand edit, lost now; in the stage a killed run stopped in, that run's (said above)
                if problem is not None and problem[0] in ("changed", "damaged") and stage.name != stopped:
                    log.warning(f"{problem[1]}; the {stage.name} stage runs again")
                # Where a killed run stopped (SIGKILL records no failure); a run with nothing to do
                # writes nothing, leaving every file as it was.
                changing = True  # from the status's own write: a Ctrl-C there is recorded, not left as a kill
                _write_status(config, paths, "running", current, writes=writes)
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
            # error is the one to report; that the tables then show the last run recorded is said
            # first.  Ctrl-C (or another stop: pipeline.system.stops) is recorded once a stage has begun to
            # change the day's files; before, while the run only checked them, the day is as the
            # last run left it, and says so.
            stop = stop_within(exc)
            if stop is not None and not changing:
                raise_stop_within(exc)
            still_held(paths.root)  # a day folder gone has no status to record: that is the error
            try:
                _write_status(config, paths, "failed", current, failure_reason(exc), writes)
            except PipelineError as unrecorded:
                if str(unrecorded) != str(exc):  # else the failure was status.json's own write: said once, as the error
                    log.warning(f"the failure is not recorded, so the tables show the last run recorded: {unrecorded}")
            raise_stop_within(exc)
            raise
        _write_status(config, paths, "ok", writes=writes)


def _whisper_ready(config: DayConfig, paths: DayPaths, force_from: str | None) -> None:
    """Where the run will transcribe (no transcript yet, or forced from a stage up to transcribe),
    the Whisper model is made ready before the first stage: a model that cannot be had (a damaged
    copy in a cache that cannot be written, a local folder not of the configured sha256) stops the
    run in one line before the download's work, not after it.  A transcript out of date is not read
    here (its inputs' hashes are the loop's to take): its stage resolves the model before its work.
    The weights are hashed once for both (models._weights_sha256)."""
    from pipeline.system.models import resolve_whisper

    forced = force_from is not None and STAGE_NAMES.index(force_from) <= STAGE_NAMES.index("transcribe")
    if forced or not paths.transcript.exists():
        resolve_whisper(config.transcribe.model, config.transcribe.model_sha256)


def _say_if_stopped(paths: DayPaths, then: str = "this run takes it up from there") -> str | None:
    """A warning when the day's last run never ended (status.json still "running" as the lock is
    taken): killed or cut off in a stage, whose files this run makes again.  Returns that stage."""
    stopped = _stopped_in(paths)
    if stopped is not None:
        log.warning(
            f"{paths.status}: the last run stopped during the {stopped} stage without finishing "
            f"(killed, or the machine stopped); {then}"
        )
    return stopped


def _last_run(paths: DayPaths) -> DayStatus | None:
    """How status.json says the day's last run went (None where there is none, or it is damaged:
    written anew at the end of the next run; see _status_there)."""
    if not _status_there(paths):
        return None
    try:
        return read_artifact(paths.status, DayStatus, "run")
    except PipelineError:
        return None


def _status_there(paths: DayPaths) -> bool:
    """Whether status.json is there to read, asked alike by `run` and a stage run alone.  A folder or
    a link (astray, or to a folder) in its place is none: the status written next takes it away (an
    empty folder, a link, never written through) or names it (a folder holding files), as main had
    it; a FIFO, a device or a socket is named and stops the command, where it had been written over."""
    if paths.status.is_dir() or link_astray(paths.status):
        return False
    return regular_file_there(paths.status, "record")


def _last_run_ended_in(paths: DayPaths) -> str | None:
    """The stage status.json says the last run failed, was stopped or is at (a Ctrl-C, SIGTERM or
    a full disk between a stage's record and its journal entry leaves "failed" there)."""
    last = _last_run(paths)
    return last.stage if last is not None and last.status in ("failed", "running") else None


def _stopped_in(paths: DayPaths) -> str | None:
    """The stage status.json says a run is at (asked under the day's lock: that run never ended)."""
    last = _last_run(paths)
    return last.stage if last is not None and last.status == "running" else None


def record_interrupted(config: DayConfig, paths: DayPaths, stop: KeyboardInterrupt) -> None:
    """A day whose run was stopped (`stop`: a Ctrl-C, SIGTERM or SIGHUP) where it could not record
    it itself (a batch's Dask worker, ended with the batch's cluster) is recorded as `run` records
    one: failed in the stage it was at, with the stop's reason ("interrupted (Ctrl-C)", "stopped
    (SIGTERM)"), not "running" for good (which reads as killed).  Only where no run holds the day
    now, and best effort, as any record of a failure."""
    with contextlib.suppress(PipelineError), day_lock(paths.root):
        stopped = _stopped_in(paths)
        if stopped is not None:
            _write_status(config, paths, "failed", stopped, failure_reason(stop))


def _write_status(
    config: DayConfig,
    paths: DayPaths,
    status: Literal["ok", "failed", "running"],
    stage: str | None = None,
    reason: str | None = None,
    writes: StatusWrites | None = None,
) -> None:
    """status.json, written whole: a Ctrl-C that comes while it is written waits until it is, and
    `writes` is told of a write that replaced the file before that Ctrl-C is raised."""
    with held():
        replaced = write_artifact(
            paths.status,
            DayStatus(
                id=config.id,
                title=config.title,
                date=config.date,
                config_file=config.config_file_name,
                status=status,
                stage=stage,
                reason=printable(reason) if reason else None,  # the terminal's line
            ),
        )
        if replaced and writes is not None:
            writes.written = True


def day_of(config_path: Path, outputs: Path, check: bool = True) -> tuple[DayConfig, DayPaths]:
    """The day a config names, and its folder in `outputs`; with `check`, the files it names are
    checked first (a whole run leaves that to run_day, which records a failure there)."""
    config = load_config(config_path)
    if check:
        check_inputs(config)
    return config, DayPaths.for_day(outputs, config.id)


def run_day_and_archive(
    config: DayConfig, paths: DayPaths, outputs: Path, force_from: str | None = None, beside: bool = True
) -> Generator[str, None, None]:
    """`lokakarya run`: run_day, then the archive tables made again over every day in `outputs`;
    yields the lines to print as they come (a stage's end, then where the tables and pages are).

    A stop the caller meets while it prints a line (Ctrl-C between two reports, standard output
    gone under `| head -3`) is to be handed back with `throw`: the run waits at its next stage,
    and is stopped there so that status.json records it (it had said "running" for good, and the
    tables listed the day as running).  After a failure or a stop the tables are made again to
    list the day as it ended (index.refresh_archive_after_failure), and the error goes on (a day
    refused at another run's lock, DayHeld, is not said there to be running: the error says it;
    after a success, or another failure, a run that has taken the day since is said); where
    the run recorded nothing (no write of status.json landed, as run_day tells in StatusWrites: the
    day's lock not taken on a read-only outputs folder, its failure not written on a full disk),
    tables that cannot be made lose nothing of it and go unsaid, where they had been a second line
    of the error's cause.  A day whose artifact the run took as up to date, but holds what no stage
    writes, is an error after the tables: its reason names its file from the outputs folder."""
    from pipeline.index import (  # pandas: not for a stage alone
        refresh_archive,
        refresh_archive_after_failure,
        refuse_another_folders_files,
    )

    refuse_another_folders_files(outputs)
    writes = StatusWrites()
    stages = run_day(config, paths, force_from, beside=beside, writes=writes)
    try:
        for stage, status in stages:
            if status == "skipped":
                yield f"{stage.name}: skipped ({stage.skipped_because})"
            elif status != "running":
                yield f"{stage.name}: {status} -> {stage.artifact(paths)}"
    except (Exception, KeyboardInterrupt) as exc:  # not GeneratorExit: a caller that stops early
        if isinstance(exc, KeyboardInterrupt):
            with contextlib.suppress(KeyboardInterrupt):
                stages.throw(exc)
        held = (config.id,) if isinstance(exc, DayHeld) else ()  # refused at the lock: the error says it
        refresh_archive_after_failure(outputs, config.page_language, config.id, warn=writes.written, reported=held)
        raise
    index = refresh_archive(outputs, config.page_language, own_day=config.id)
    unreadable = index[(index["id"] == config.id) & (index["status"] == "unreadable")]
    if len(unreadable):
        reason = str(unreadable["reason"].iloc[0])
        raise PipelineError(f"{outputs}{os.sep}{reason}" if reason.startswith(f"{config.id}/") else reason)
    yield f"tables: {outputs / 'index.parquet'} and the others in {outputs}"
    yield f"summary: {paths.summary}"
    yield f"page: {paths.page}"
    yield f"archive page: {outputs / 'index.html'}"
