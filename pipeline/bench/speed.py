"""What the runs cost: each stage in a process of its own (wall, CPU, peak RSS), the transcription
settings and decoding modes, and the overhead against one bare faster-whisper call, short and long."""

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
from pipeline.config import TranscribeOptions, load_config
from pipeline.media.audio import SAMPLE_RATE, plan_pieces, read_piece
from pipeline.system.models import PACKAGED_WHISPER, resolve_whisper
from pipeline.text.language import normalize
from pipeline.transcribe import load_model, transcribe_piece
from pipeline.truth import load_truth

# The ASR settings matrix and the overhead use the verbatim demo days, as before.
ASR_DAYS = [REPO / "configs" / f"{name}.yaml" for name in ("demo", "demo-2", "demo-3")]
# One factor changed at a time from the default (int8, beam 5, sequential, no hints).
ASR_SETTINGS = {
    "default (int8, beam 5, sequential)": {},
    "beam 1": {"beam_size": 1},
    "float32": {"compute_type": "float32"},
    "batched, batch 8": {"batch_size": 8},
    "repeated 6-grams allowed": {"no_repeat_ngram_size": 0},
    "names as initial prompt": {"use_hints": True},
}
# Batched against sequential decoding on every bench day, each setting in a process of its own
# (its peak RSS is its own); segments cut from the words the same way for both.
DECODING_MODES = {
    "sequential": {},
    "batched, batch 8": {"batch_size": 8},
}
LONG_MINUTES = (30, 120)


def run_stage_measured(stage: str, config: Path, outputs: Path) -> dict:
    """Run one stage in its own process; its wall time, CPU time and peak RSS."""
    record = measured(_CLI, "--outputs", str(outputs), stage, str(config))
    return {key: record[key] for key in ("wall_s", "cpu_s", "peak_rss_mb")}


def asr_matrix(outputs: Path) -> list[dict]:
    """WER/CER and cost of each transcription setting, over the demo days' audio."""
    import jiwer

    rows = []
    audio = {
        c.id: (DayPaths.for_day(outputs, c.id).audio, load_truth(c.truth_path), c) for c in map(load_config, ASR_DAYS)
    }
    for model_name in [name for name in PACKAGED_WHISPER if resolve_whisper(name).source == "package"]:
        for label, change in ASR_SETTINGS.items():
            options = TranscribeOptions(model=model_name, **change)
            model = load_model(resolve_whisper(model_name), options)
            references, hypotheses, segments, wall, seconds = [], [], [], 0.0, 0.0
            for path, truth, config in audio.values():
                prompt = ", ".join(config.speaker_names()) if options.use_hints else None
                samples = read_piece(path, plan_pieces(path, 10**6)[0])
                started = time.perf_counter()
                found = list(transcribe_piece(model, samples, 0.0, config.language, options, prompt))
                wall += time.perf_counter() - started
                seconds += len(samples) / SAMPLE_RATE
                references.append(normalize(" ".join(t.text for t in truth.turns)))
                hypotheses.append(normalize(" ".join(s.text for s in found)))
                segments += [s.end - s.start for s in found]
            rows.append(
                {
                    "model": model_name,
                    "setting": label,
                    "options": change,
                    "wer": round(jiwer.wer(references, hypotheses), 4),
                    "cer": round(jiwer.cer(references, hypotheses), 4),
                    "rtf": round(wall / seconds, 4),
                    "mean_segment_s": round(float(np.mean(segments)), 1),
                    "load_average": load_average(),
                }
            )
            click.echo(f"  asr {model_name} / {label}: WER {rows[-1]['wer']}, RTF {rows[-1]['rtf']}", err=True)
    return rows


_DECODE_DAYS = (
    "import json, sys\n"
    "from pipeline.bench.speed import decode_days\n"
    "print(json.dumps(decode_days(json.loads(sys.argv[1]), sys.argv[2], sys.argv[3])))\n"
)


def decode_days(change: dict, outputs: str, keep: str) -> dict:
    """Every bench day's audio.wav decoded whole with the default options changed by `change`:
    WER, CER, segment lengths, wall and CPU seconds per day; this process's peak RSS.  The
    segments go to `keep`/<day>.json for a look at what was lost."""
    import jiwer

    options = TranscribeOptions(**change)
    model = load_model(resolve_whisper(options.model), options)
    days = {}
    for config in map(load_config, DEMO_DAYS):
        path = DayPaths.for_day(Path(outputs), config.id).audio
        samples = read_piece(path, plan_pieces(path, 10**6)[0])
        wall, cpu = time.perf_counter(), time.process_time()
        found = list(transcribe_piece(model, samples, 0.0, config.language, options, None))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        reference = normalize(" ".join(t.text for t in load_truth(config.truth_path).turns))
        hypothesis = normalize(" ".join(s.text for s in found))
        lengths = [s.end - s.start for s in found]
        days[config.id] = {
            "audio_s": round(len(samples) / SAMPLE_RATE, 1),
            "wer": round(jiwer.wer(reference, hypothesis), 4),
            "cer": round(jiwer.cer(reference, hypothesis), 4),
            "words": len(hypothesis.split()),
            "reference_words": len(reference.split()),
            "segments": len(found),
            "median_segment_s": round(float(np.median(lengths)), 2),
            "max_segment_s": round(max(lengths), 2),
            "wall_s": round(wall, 2),
            "cpu_s": round(cpu, 2),
        }
        Path(keep).mkdir(parents=True, exist_ok=True)
        (Path(keep) / f"{config.id}.json").write_text(json.dumps([s.model_dump() for s in found], ensure_ascii=False))
    peak = int(Path("/proc/self/status").read_text().split("VmHWM:")[1].split()[0])
    return {"days": days, "peak_rss_mb": round(peak / 1024, 1)}


def decoding_modes(out: Path, outputs: Path) -> list[dict]:
    """Batched against sequential decoding, per bench day, alternated in one run."""
    from pipeline.download import download

    for config in map(load_config, DEMO_DAYS):
        paths = DayPaths.for_day(outputs, config.id)
        if not paths.audio.is_file():
            download(config, paths)
    rows = []
    for label, change in DECODING_MODES.items():
        keep = out / "decoding" / label.split(",")[0].replace(" ", "-")
        result = subprocess.run(
            [sys.executable, "-c", _DECODE_DAYS, json.dumps(change), str(outputs), str(keep)],
            capture_output=True,
            cwd=REPO,
            text=True,
        )
        if result.returncode != 0:
            raise click.ClickException(f"decoding {label} failed: {result.stderr[-500:]}")
        rows.append(
            {
                "setting": label,
                "options": change,
                **json.loads(result.stdout.splitlines()[-1]),
                "load_average": load_average(),
            }
        )
        click.echo(
            f"  decoding {label}: " + ", ".join(f"{day} WER {d['wer']}" for day, d in rows[-1]["days"].items()),
            err=True,
        )
    return rows


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
_BARE = MEASURED_PRELUDE + "from pipeline.bench.speed import bare_transcription\nbare_transcription(*sys.argv[1:])\n"


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
