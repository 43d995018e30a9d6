"""Work that needs only audio.wav, done beside the transcription on CPU the decoder leaves idle.

Sequential Whisper decoding leaves part of the machine's two cores idle: one piece on two threads
keeps 1.1-1.7 of them busy, and where pieces are decoded one per core, the core whose pieces end
first waits for the other's (docs/measurements.md).  The diarize stage's voice analysis and the
page's listening copy read only the audio, so `lokakarya run` starts each in a child process of
the idle scheduling class: the voices while transcription runs (the kernel gives the job only
time no other process wants, so the decoder is barely slowed), the listening copy once it has
ended, beside the later stages.  A job the next stage waits for is lifted to normal priority,
and the voices job then embeds on both cores (VOICE_WORKERS).  Each result records the audio it
was made from, and its stage uses it only when that still matches; a child that fails or is
killed costs nothing but its time (the stage then does the work itself, and reports any error as
it always did).
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.artifacts import DayPaths
from pipeline.config import DayConfig
from pipeline.records.files import discard, file_sha256
from pipeline.system.children import die_with_parent

# The voices job embeds this many speech regions at once (at most one per CPU it may use).  In
# the idle class the second runs only on a core the decoder leaves idle; once the transcription
# has ended, the job has both cores while the stage waits for it (docs/measurements.md).
VOICE_WORKERS = 2


@dataclass(frozen=True)
class Job:
    starts: str  # the stage before which the runner starts the job
    stage: str  # the stage that uses the result: the runner waits for the job before it runs
    target: Callable[[DayPaths], Path]  # the file the job writes
    redo_when_forced: bool  # a forced run discards the earlier result (else it is kept if current)


JOBS = {
    # The stage's own --force analyses anew, so a forced run does too.
    "voices": Job("transcribe", "diarize", lambda paths: paths.voices, redo_when_forced=True),
    # The page keeps a listening copy made from the same audio, forced or not.  It starts when
    # the transcription has ended: the little CPU the decoder leaves idle goes to the voices
    # alone (a second idle job slowed the decoder by 7 % on 33 minutes, and Whisper's process
    # shares the memory with one job fewer), and the copy is encoded on the core diarize,
    # topics and compare leave free (docs/measurements.md).
    "listening": Job("diarize", "page", lambda paths: paths.listening, redo_when_forced=False),
}


@dataclass
class Alongside:
    """The child processes of one run, by job name."""

    children: dict[str, subprocess.Popen] = field(default_factory=dict)
    made: set[Path] = field(default_factory=set)  # files this run's jobs write: not leftovers

    def start(self, paths: DayPaths, config: DayConfig, fresh: bool, before: str) -> None:
        """Start the day's jobs that start before stage `before`; with `fresh`, what an earlier run
        prepared is discarded."""
        request = json.dumps(
            {"day": str(paths.root), "diarize": config.diarize.model_dump(mode="json"), "parent": os.getpid()}
        )
        for job, spec in JOBS.items():
            if spec.starts != before:
                continue
            if fresh and spec.redo_when_forced:
                discard(spec.target(paths))
            self.made.add(spec.target(paths))
            child = subprocess.Popen(
                [sys.executable, "-m", "pipeline.media.alongside", job, request],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            # Put in the idle class here, not by the child itself: a child that did it once its
            # imports were done could undo a wait_for that came first (a transcription that is
            # up to date, or quick) and then starve beside the later stages.
            _set_policy(child.pid, os.SCHED_IDLE)
            self.children[job] = child

    def wait_for(self, stage: str) -> float:
        """Before `stage` runs: let the job preparing its input finish, at normal priority from now
        on where the system allows it (else it still has what the run leaves idle while it waits).
        Returns the job's CPU seconds, which count as the stage's."""
        cpu = 0.0
        for job, spec in JOBS.items():
            child = self.children.pop(job, None) if spec.stage == stage else None
            if child is None:
                continue
            _set_policy(child.pid, os.SCHED_OTHER)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            child.wait()
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu += after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        return cpu

    def stop(self) -> None:
        """End every job still running (the run failed, was interrupted, or skipped the stage that
        needed it); a partial file is a temporary that the next run removes."""
        for child in self.children.values():
            child.terminate()
        for child in self.children.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(timeout=10)
        self.children.clear()


@contextlib.contextmanager
def audio_jobs() -> Iterator[Alongside]:
    """The jobs of one run; whatever is still running when the block ends is stopped."""
    running = Alongside()
    try:
        yield running
    finally:
        running.stop()


def _set_policy(pid: int, policy: int) -> None:
    """Every thread of process `pid` to the scheduling `policy`, as far as the system permits (an
    unprivileged process may not always leave the idle class)."""
    for task in os.listdir(f"/proc/{pid}/task") if os.path.isdir(f"/proc/{pid}/task") else ():
        with contextlib.suppress(OSError):
            os.sched_setscheduler(int(task), policy, os.sched_param(0))


def run_job(job: str, request: dict) -> None:
    """One job, in this (child) process, which the run put in the idle scheduling class."""
    die_with_parent(request["parent"])
    paths = DayPaths(Path(request["day"]))
    if job == "voices":
        from pipeline.config import DiarizeOptions
        from pipeline.diarize import prepare_voices
        from pipeline.media.audio import HeldWav

        options = DiarizeOptions.model_validate(request["diarize"])
        workers = min(VOICE_WORKERS, len(os.sched_getaffinity(0)))
        with HeldWav(paths.audio) as audio:
            prepare_voices(audio, options, paths.voices, workers)
    elif job == "listening":
        from pipeline.page import refresh_listening_copy

        refresh_listening_copy(paths, file_sha256(paths.audio))
    else:
        raise ValueError(f"unknown job {job!r} (one of {', '.join(JOBS)})")


if __name__ == "__main__":
    run_job(sys.argv[1], json.loads(sys.argv[2]))
