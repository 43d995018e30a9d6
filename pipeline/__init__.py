"""lokakarya: turn a recorded Indonesian workshop day into an archive record that can be trusted."""

import os
import sys

__version__ = "0.1.0"


def _the_command() -> bool:
    """Whether this process is the `lokakarya` command: its script, or `python -m pipeline` (or
    `pipeline.cli`), whose package is imported while sys.argv[0] is still "-m".  A program or a
    test that imports the package keeps its own Ctrl-C."""
    argv = getattr(sys, "argv", None) or [""]
    if os.path.basename(argv[0]) == "lokakarya":
        return True
    given = getattr(sys, "orig_argv", [])
    module = given[given.index("-m") + 1] if "-m" in given[:-1] else None
    return argv[0] == "-m" and module in ("pipeline", "pipeline.cli")


if _the_command():  # the earliest line of the project a Ctrl-C can meet
    from pipeline.stops import interrupt_ends_start_up

    interrupt_ends_start_up()
