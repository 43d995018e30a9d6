"""A command stopped from outside rather than failed: Ctrl-C, SIGTERM or SIGHUP (`kill`, a
terminal closed, a service manager stopping it), or its standard output gone (the reader of its
pipe stopped, `lokakarya search … | head -1`; a full disk under `> log`).

Each is a KeyboardInterrupt, so that every path that records a Ctrl-C (a run's status at its stage,
a batch's days begun, the tables' renames held until all are done) records these alike; each has
its own reason and exit status.  Ctrl-C while Python imports the command is `pipeline/__init__.py`'s
to handle, before this module is imported.
"""

from __future__ import annotations

import contextlib
import errno
import signal
import threading
from collections.abc import Iterator

from pipeline import GOES_ON, INTERRUPTED, INTERRUPTED_REASON

# SIGTERM and SIGHUP had killed a run outright: status.json said "running" for good (read as a
# kill), and a kill between two of the tables' renames left the tables of two runs side by side.
STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


class Signalled(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised in the main thread as Python raises Ctrl-C."""

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number

    @property
    def reason(self) -> str:
        return f"stopped ({signal.Signals(self.number).name})"

    @property
    def exit_status(self) -> int:
        return 128 + self.number  # as a shell gives a process killed by that signal


class OutputLost(KeyboardInterrupt):
    """Standard output cannot be written any more.  A closed pipe ends the command without a word
    (the reader wanted no more), as a shell's SIGPIPE would; any other error (`> /dev/full`, a full
    disk) is one line naming standard output."""

    exit_status = 1

    def __init__(self, error: OSError) -> None:
        super().__init__(error)
        self.error = error

    @property
    def quiet(self) -> bool:
        return self.error.errno == errno.EPIPE

    @property
    def reason(self) -> str:
        return f"stopped: standard output could not be written ({self.error.strerror or self.error})"


def stop_within(exc: BaseException) -> KeyboardInterrupt | None:
    """The stop `exc` is, or was raised from or while handling, else None.  A library may wrap a
    Ctrl-C that came during its work in an error of its own: pybind11 makes one that comes while it
    initialises a module (ctranslate2, onnxruntime, matplotlib's) `ImportError: initialization
    failed` raised from it, and a model loader's error of ours keeps that as its context.  Such a
    Ctrl-C had been an internal error with exit status 1, and a day recorded failed for it."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, KeyboardInterrupt):
            return exc
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return None


def raise_stop_within(exc: BaseException) -> None:
    """Raise the stop within `exc` (stop_within) as itself, where there is one: where an error is
    reported or recorded, a Ctrl-C a library wrapped is reported and recorded as a Ctrl-C."""
    if (stop := stop_within(exc)) is not None:
        raise stop from None


@contextlib.contextmanager
def unwrapped() -> Iterator[None]:
    """For the time of a command: a stop a library wrapped in its own error is raised as the stop."""
    try:
        yield
    except Exception as exc:
        raise_stop_within(exc)
        raise


def stop_reason(stop: KeyboardInterrupt) -> str:
    """The one-line reason a stopped day records."""
    return getattr(stop, "reason", INTERRUPTED_REASON)


def stop_line(stop: KeyboardInterrupt) -> str | None:
    """What the command says as it stops (None: nothing, for a reader that went away)."""
    if isinstance(stop, OutputLost):
        return None if stop.quiet else f"Error: standard output: could not write: {stop.error.strerror or stop.error}"
    return f"Error: {stop_reason(stop)}; {GOES_ON}"


def exit_status(stop: KeyboardInterrupt) -> int:
    return getattr(stop, "exit_status", INTERRUPTED)


def _raise_signalled(number: int, _frame: object) -> None:
    raise Signalled(number)


def _raises(number: int, handler: object) -> bool:
    """Whether `handler` raises the stop of signal `number` (as `raised` installs it)."""
    return handler is (signal.default_int_handler if number == signal.SIGINT else _raise_signalled)


@contextlib.contextmanager
def raised() -> Iterator[None]:
    """For the time of a command: Ctrl-C raises KeyboardInterrupt, SIGTERM and SIGHUP raise
    Signalled, each where its signal is not ignored (`nohup` ignores SIGHUP; a shell ignores SIGINT
    for a job it starts in the background); the handlers before are given back after (the start-up's,
    or a test runner's).  In the main thread only, the one that may set handlers."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {number: signal.getsignal(number) for number in (signal.SIGINT, *STOP_SIGNALS)}
    for number, handler in previous.items():
        if handler is not signal.SIG_IGN and handler is not None:
            signal.signal(number, signal.default_int_handler if number == signal.SIGINT else _raise_signalled)
    try:
        yield
    finally:
        for number, handler in previous.items():
            if handler is not None:
                signal.signal(number, handler)


@contextlib.contextmanager
def held() -> Iterator[None]:
    """Ctrl-C, SIGTERM and SIGHUP held back for the time of the block, then raised.  A second Ctrl-C
    (a second press, or `timeout` signalling the process and then its group) came while the first was
    being recorded, and cut status.json's write: the day said "running" for good (3 of 6 interrupts
    of a transcription).  Only a signal whose handler raises its stop (`raised`), in the main thread:
    one that is ignored (a job started in the background) or handled otherwise is left as it is."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    raising = {
        number: handler
        for number in (signal.SIGINT, *STOP_SIGNALS)
        if _raises(number, handler := signal.getsignal(number))
    }
    came: list[int] = []
    try:  # set inside the try: a stop raised between two of them still finds every handler put back
        for number in raising:
            signal.signal(number, lambda number, _frame: came.append(number))
        yield
    finally:
        for number, handler in raising.items():
            signal.signal(number, handler)
    if came:
        raise KeyboardInterrupt if came[0] == signal.SIGINT else Signalled(came[0])
