"""What the runs cost: each stage in a process of its own (wall, CPU, peak RSS), and the overhead
against one bare faster-whisper call, short and long."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import click
import numpy as np
import soundfile
import yaml

from pipeline.artifacts import DayPaths
from pipeline.bench.bundled_days import DEMO_DAYS, REPO, load_average
from pipeline.config import load_config
from pipeline.media.audio import SAMPLE_RATE
from pipeline.system.models import resolve_whisper

LONG_MINUTES = (30, 120)


def run_stage_measured(stage: str, config: Path, outputs: Path) -> dict:
    """Run one stage in its own process; its wall time, CPU time and peak RSS."""
    record = measured(_CLI, "--outputs", str(outputs), stage, str(config))
    return {key: record[key] for key in ("wall_s", "cpu_s", "peak_rss_mb")}


def overhead(outputs: Path, repeats: int = 2) -> dict:
    """Our transcribe stage against one bare faster-whisper call (same model, options and audio:
    the demo day), each in a process of its own, alternated: wall, CPU and peak RSS."""
    config = DEMO_DAYS[0]
    audio = DayPaths.for_day(outputs, load_config(config).id).audio
    ours, bare = [], []
    for _ in range(repeats):
        bare.append(measured(_BARE, str(config), str(audio)))
        ours.append(measured(_CLI, "--outputs", str(outputs), "transcribe", str(config)))
    return {
        "audio_s": round(soundfile.info(audio).duration, 1),
        "bare": _plain(bare),
        "transcribe": _plain(ours),
        "transcribe_vs_bare": _against(ours, bare),
        "load_average": load_average(),
    }


def _ratio(side: list[dict], other: list[dict], key: str) -> float:
    """Of the minimums: the run least disturbed by other load on each side."""
    return round(min(r[key] for r in side) / min(r[key] for r in other), 3)


def _against(ours: list[dict], bare: list[dict]) -> dict:
    return {
        "cpu": _ratio(ours, bare, "cpu_s"),
        "wall": _ratio(ours, bare, "wall_s"),
        "rss_difference_mb": round(min(r["peak_rss_mb"] for r in ours) - min(r["peak_rss_mb"] for r in bare), 1),
    }


def _plain(records: list[dict]) -> list[dict]:
    """The measured records without their RSS samples."""
    return [{key: value for key, value in record.items() if key != "rss"} for record in records]


# A measured process samples its own RSS and its children's (the run's audio jobs) this often, so
# a whole run's memory can be split by stage; its peak is the larger of that and its own VmHWM
# (rusage's ru_maxrss is no use here: Linux carries the parent's high-water mark over fork and exec).
RSS_SAMPLE_SECONDS = 0.5
MEASURED_PRELUDE = (
    "import atexit, json, os, sys, threading, time\n"
    "samples = []\n"
    "def _tree_kb(pid):\n"
    "    try:\n"
    "        total = int(open(f'/proc/{pid}/status').read().split('VmRSS:')[1].split()[0])\n"
    "        for task in os.listdir(f'/proc/{pid}/task'):\n"
    "            total += sum(_tree_kb(c) for c in open(f'/proc/{pid}/task/{task}/children').read().split())\n"
    "        return total\n"
    "    except (OSError, IndexError, ValueError):\n"
    "        return 0\n"
    "def _sample():\n"
    "    while True:\n"
    "        samples.append((round(time.time(), 2), _tree_kb(os.getpid())))\n"
    f"        time.sleep({RSS_SAMPLE_SECONDS})\n"
    "threading.Thread(target=_sample, daemon=True).start()\n"
    "atexit.register(lambda: print('MEASURED', json.dumps({'peak_kb': max([int(open('/proc/self/status').read()"
    ".split('VmHWM:')[1].split()[0])] + [kb for _, kb in samples]), 'rss': samples}), file=sys.stderr))\n"
)
_CLI = MEASURED_PRELUDE + "from pipeline.cli import cli\ncli(sys.argv[1:], prog_name='lokakarya')\n"
_BARE = MEASURED_PRELUDE + "from pipeline.bench.run_cost import bare_transcription\nbare_transcription(*sys.argv[1:])\n"


def bare_transcription(config_path: str, audio: str) -> None:
    """One plain faster-whisper call on the file, with the day's model and decoding options:
    what a user of faster-whisper alone would run (sequential, the whole file at once)."""
    from faster_whisper import WhisperModel

    config = load_config(Path(config_path))
    options = config.transcribe
    model = WhisperModel(
        resolve_whisper(options.model).location,
        device=options.device,
        compute_type=options.compute_type,
        cpu_threads=options.cpu_threads,
    )
    segments, _ = model.transcribe(
        audio,
        language=config.language,
        beam_size=options.beam_size,
        word_timestamps=True,
        vad_filter=True,
        temperature=0.0,
        condition_on_previous_text=options.condition_on_previous_text,
        no_repeat_ngram_size=options.no_repeat_ngram_size,
        hallucination_silence_threshold=options.hallucination_silence_threshold,
    )
    for _ in segments:
        pass


def measured(code: str, *args: str) -> dict:
    """Run `code` with args in a process of its own: wall, CPU (all its threads), peak RSS, and
    its RSS samples over time."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.run(
        [sys.executable, "-c", code, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO, text=True
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    report = [line for line in process.stderr.splitlines() if line.startswith("MEASURED ")]
    if process.returncode != 0 or not report:
        raise click.ClickException(f"{' '.join(args)} failed: {process.stderr[-500:]}")
    result = json.loads(report[-1].split(" ", 1)[1])
    return {
        "wall_s": round(wall, 2),
        "cpu_s": round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 2),
        "peak_rss_mb": round(result["peak_kb"] / 1024, 1),
        "rss": result["rss"],
    }


def stage_split(paths: DayPaths, run: dict, since: float) -> dict:
    """The run's stages from its journal entries (wall and CPU), with each stage's peak RSS
    from the run's samples."""
    from datetime import datetime

    from pipeline.artifacts import read_journal

    stages = {}
    for entry in read_journal(paths):
        finished = datetime.fromisoformat(entry["finished_at"]).timestamp()
        if finished < since:
            continue
        began = finished - entry["wall_seconds"]
        inside = [kb for at, kb in run["rss"] if began <= at <= finished]
        stages[entry["stage"]] = {
            "wall_s": round(entry["wall_seconds"], 2),
            "cpu_s": entry.get("cpu_seconds"),
            "peak_rss_mb": round(max(inside) / 1024, 1) if inside else None,
        }
    return stages


def long_input(out: Path, outputs: Path, minutes: int, repeats: int) -> dict:
    """The whole `lokakarya run` on the demo audio repeated to `minutes`, against one bare
    sequential faster-whisper call on the same audio, alternated; then the transcribe stage alone
    against the same bare call (the stage's own overhead).  Ratios are of minimums."""
    demo = DayPaths.for_day(outputs, "demo")
    if not demo.audio.is_file():
        from pipeline.download import download

        download(load_config(DEMO_DAYS[0]), demo)
    samples, _ = soundfile.read(demo.audio, dtype="int16")
    folder = out / f"long-{minutes}"
    folder.mkdir(parents=True, exist_ok=True)
    copies = int(np.ceil(minutes * 60 * SAMPLE_RATE / len(samples)))
    with soundfile.SoundFile(folder / "long.wav", "w", SAMPLE_RATE, 1, "PCM_16") as wav:
        for _ in range(copies):
            wav.write(samples)
    config = folder / "long.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "id": f"long-{minutes}",
                "title": f"{minutes} min",
                "source": "long.wav",
                "speakers": [{"name": "A"}, {"name": "B"}],
            }
        )
    )
    paths = DayPaths.for_day(outputs, f"long-{minutes}")
    runs, bares, stages, alone = [], [], [], []
    for _ in range(repeats):  # bare, run, transcribe alone, in turn: load drifts hit all three
        bares.append(measured(_BARE, str(config), str(folder / "long.wav")))
        since = time.time()
        runs.append(measured(_CLI, "--outputs", str(outputs), "run", "--force", "download", str(config)))
        stages.append(stage_split(paths, runs[-1], since))
        alone.append(measured(_CLI, "--outputs", str(outputs), "transcribe", str(config)))
        click.echo(
            f"  long {minutes} min: bare {bares[-1]['wall_s']} s, run {runs[-1]['wall_s']} s, "
            f"transcribe alone {alone[-1]['wall_s']} s",
            err=True,
        )
    best = min(range(repeats), key=lambda i: runs[i]["wall_s"])
    return {
        "minutes": round(copies * len(samples) / SAMPLE_RATE / 60, 1),
        "repeats": repeats,
        "bare": _plain(bares),
        "run": _plain(runs),
        "stages": stages[best],
        "transcribe_alone": _plain(alone),
        "run_vs_bare": {key: _ratio(runs, bares, key) for key in ("wall_s", "cpu_s", "peak_rss_mb")},
        "transcribe_vs_bare": _against(alone, bares),
        "load_average": load_average(),
    }


def markdown_overhead(o: dict) -> list[str]:
    against = o["transcribe_vs_bare"]

    def runs(key: str) -> str:
        return " against ".join(" / ".join(f"{r[key]}" for r in o[side]) for side in ("bare", "transcribe"))

    return [
        "## Overhead against bare faster-whisper",
        "",
        f"Same model, options and {o['audio_s']} s of audio, each in its own process, alternated; bare against "
        f"lokakarya's transcribe stage: wall {runs('wall_s')} s, CPU {runs('cpu_s')} s, peak RSS "
        f"{runs('peak_rss_mb')} MB. Ratios of minimums: **CPU {against['cpu']}x, wall {against['wall']}x, peak RSS "
        f"{against['rss_difference_mb']:+.0f} MB** (load {o['load_average']}).",
    ]


def markdown_long_input(row: dict) -> list[str]:
    ratio, alone = row["run_vs_bare"], row["transcribe_vs_bare"]

    def walls(records, key="wall_s"):
        return " / ".join(str(r[key]) for r in records)

    def side(label, records):
        return f"| {label} | {walls(records)} | {walls(records, 'cpu_s')} | {walls(records, 'peak_rss_mb')} |"

    lines = [
        f"## Whole `lokakarya run` against one bare faster-whisper call: {row['minutes']} min",
        "",
        f"Alternated, {row['repeats']} of each, ratios of minimums (load at the end {row['load_average']}).",
        "",
        "| | wall s | CPU s | peak RSS MB |",
        "|---|---|---|---|",
        side("bare faster-whisper (sequential)", row["bare"]),
        side("`lokakarya run` (every stage)", row["run"]),
        side("`lokakarya transcribe` alone", row["transcribe_alone"]),
        f"| **run / bare** | **{ratio['wall_s']}** | {ratio['cpu_s']} | {ratio['peak_rss_mb']} |",
        "",
        f"Transcribe stage alone against the bare call: CPU {alone['cpu']}x, wall {alone['wall']}x, peak RSS "
        f"{alone['rss_difference_mb']:+.0f} MB.",
        "",
        "| stage (fastest run) | wall s | CPU s | peak RSS MB |",
        "|---|---|---|---|",
    ]
    lines += [f"| {stage} | {r['wall_s']} | {r['cpu_s']} | {r['peak_rss_mb']} |" for stage, r in row["stages"].items()]
    fastest = min(row["run"], key=lambda r: r["wall_s"])
    outside = [fastest[key] - sum(r[key] or 0 for r in row["stages"].values()) for key in ("wall_s", "cpu_s")]
    lines.append(f"| outside the stages (start-up, imports, archive tables) | {outside[0]:.1f} | {outside[1]:.1f} | |")
    return lines
