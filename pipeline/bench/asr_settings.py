"""Transcription settings against the truth: each setting of the ASR matrix on the verbatim demo days,
and batched against sequential decoding on every bench day, each in a process of its own."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import click
import numpy as np

from pipeline.artifacts import DayPaths
from pipeline.bench.bundled_days import DEMO_DAYS, REPO, load_average
from pipeline.bench.tables import table_header
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
    "from pipeline.bench.asr_settings import decode_days\n"
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


def markdown_settings(rows: list[dict]) -> list[str]:
    lines = [
        "## Transcription settings (all demo days pooled)",
        "",
        table_header("model", "setting", "WER", "CER", "RTF", "mean segment s", "load"),
    ]
    for row in rows:
        lines.append(
            f"| {row['model']} | {row['setting']} | {row['wer']:.3f} | {row['cer']:.3f} | {row['rtf']:.3f} | "
            f"{row['mean_segment_s']} | {row['load_average'][0]} |"
        )
    return lines


def markdown_decoding(rows: list[dict]) -> list[str]:
    lines = [
        "## Batched against sequential decoding, per day (segments cut from the words)",
        "",
        "| day | setting | WER | CER | words / reference | median segment s | max segment s | wall s | CPU s | load |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for day in rows[0]["days"]:
        for row in rows:
            d = row["days"][day]
            lines.append(
                f"| {day} | {row['setting']} | {d['wer']:.3f} | {d['cer']:.3f} | "
                f"{d['words']} / {d['reference_words']} | {d['median_segment_s']} | {d['max_segment_s']} | "
                f"{d['wall_s']} | {d['cpu_s']} | {row['load_average'][0]} |"
            )
    lines += [
        "",
        "Peak RSS of each setting's process: "
        + ", ".join(f"{r['setting']} {r['peak_rss_mb']:.0f} MB" for r in rows)
        + ".",
    ]
    return lines
