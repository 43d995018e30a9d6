"""Memory a long day's processes hand back to the system as they go (glibc's malloc, Linux).

glibc keeps what a process frees in its heap and per-thread arenas for reuse, and once a large
freed block has raised its mmap threshold (up to 32 MB), blocks that size no longer go back to
the system when freed either.  A day is worked a 10-minute piece at a time, and each piece's
transients (the voice-activity model's batches, the features, the decoder's states) would
otherwise stay with the process until it ends.  Measured on the voice-activity pass over the
pieces of 33 minutes, which the run's voices job makes beside the transcription: 224 MB of
anonymous memory kept after it, 45 MB with a trim after each piece, for no measurable CPU; on
2 hours the run's peak went from 1.62 to 1.25 GB (docs/measurements.md).  Fixing the mmap
threshold instead costs CPU on every allocation of the decoder: +22 % (1 MB) to +60 % (128 kB)
on the transcription of 20 minutes.
"""

from __future__ import annotations

import contextlib
import ctypes


def return_freed_memory() -> None:
    """Hand the free pages of every malloc arena back to the system (a no-op without glibc).
    The C library is already in the process: it is looked up there, as alongside's prctl is,
    rather than searched for on disk (ctypes.util.find_library) at every piece."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).malloc_trim(0)
