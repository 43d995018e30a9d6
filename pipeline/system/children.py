"""Child processes that must not outlive the run that started them (Linux).

A run killed outright (SIGKILL, SIGTERM, a closed terminal) runs no cleanup of its own: its audio
jobs and its downloader would go on writing into the day's folder under the next run, and a
downloader's ffmpeg would go on fetching.  The kernel tells such a child when its parent dies.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal

PR_SET_PDEATHSIG = 1  # prctl(2) option: the signal this process gets when its parent thread dies


def die_with_parent(parent: int, signal_number: int = signal.SIGKILL) -> None:
    """Have the kernel send `signal_number` to this process when `parent` dies; exit now if it
    already has (it died before this took effect)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal_number)
    if os.getppid() != parent:
        os._exit(1)


def end_group_on_sigterm() -> None:
    """On SIGTERM, kill this process's whole group: this process and what it started (ffmpeg).
    For a child started in a session of its own, whose parent kills it the same way."""
    signal.signal(signal.SIGTERM, lambda *_: os.killpg(os.getpgrp(), signal.SIGKILL))
