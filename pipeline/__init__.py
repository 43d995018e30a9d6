"""lokakarya: turn a recorded Indonesian workshop day into an archive record that can be trusted.

The stages, one module each at the top, in order: download, transcribe, diarize, topics, compare,
summary, then page (evaluate scores a day with ground truth).  Beside them at the top: cli (the
command), config and inputs (what a run is given, checked), stages and runner (which stages run),
artifacts, batch, index and search (the archive), truth, doctor.  What the stages share lives in
subpackages, none a stage: text/ (language data, mentions, the report read and as points),
voices/ (who each voice is), media/ (probing and decoding), records/ (files, the config's YAML,
schemas, table columns), system/ (child processes, memory, stops, models), exports/ (captions,
the pages' text); demo/ builds the bundled days and bench/ measures.
"""

import contextlib
import os
import signal
import sys

__version__ = "0.1.0"

INTERRUPTED = 130  # the exit status of a command stopped by Ctrl-C, as a shell gives one killed by SIGINT
INTERRUPTED_REASON = "interrupted (Ctrl-C)"
GOES_ON = "what had finished is kept, and the same command goes on"


def _the_command() -> bool:
    """Whether this process is the `lokakarya` command: its script, or `python -m pipeline` (or
    `pipeline.cli`), whose package is imported while sys.argv[0] is still "-m".  A program or a
    test that imports the package keeps its own Ctrl-C, and so does a process multiprocessing starts
    (a batch's Dask worker): it is handed the command's sys.argv before it imports the package, and
    had said the command's Ctrl-C line and ended itself, one line per worker after the batch's own."""
    if "multiprocessing.spawn" in sys.modules:  # spawn_main runs first in such a process, never in the command
        return False
    argv = getattr(sys, "argv", None) or [""]
    if os.path.basename(argv[0]) == "lokakarya":
        return True
    given = getattr(sys, "orig_argv", [])
    module = given[given.index("-m") + 1] if "-m" in given[:-1] else None
    return argv[0] == "-m" and module in ("pipeline", "pipeline.cli")


def _interrupted_at_start_up(_number: int, _frame: object) -> None:
    """Ctrl-C while Python imports the command (about 0.1 s; more on a loaded machine): nothing is
    touched yet, so the command ends at once with the line and status of any later Ctrl-C
    (pipeline.system.stops), not Python's traceback of the import it was in.  Set here, the first lines of
    the project that both the `lokakarya` script and `python -m pipeline` run, before any other
    import; the command's own handlers take over once it runs (stops.raised)."""
    with contextlib.suppress(OSError):  # a closed or full stderr has no one to tell
        os.write(2, f"Error: {INTERRUPTED_REASON}; {GOES_ON}\n".encode())
    os._exit(INTERRUPTED)


# A Ctrl-C that a shell starting the command in the background has it ignore stays ignored.
if _the_command() and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
    signal.signal(signal.SIGINT, _interrupted_at_start_up)
