"""`make bench`: accuracy and speed of every stage on the bundled demo days, beside bare faster-whisper.

Writes outputs/bench/report.json and report.md.  A benchmark, not a test: it asserts nothing,
it measures.  Timings depend on the machine's load, so the load average is recorded with them
and the transcribe overhead is a ratio taken in the same run.

The sections measure in modules of their own (pipeline/bench/__init__.py lists them); this one
runs them in turn, measures the days themselves and writes the report.

    python -m pipeline.bench [--long] [--out outputs/bench]     (make bench, make bench-long)
"""

from __future__ import annotations

import itertools
import json
import os
import platform
import time
from pathlib import Path

import click

from pipeline import __version__
from pipeline.artifacts import DayPaths, PipelineError, read_artifact
from pipeline.bench import housekeeping as housekeeping_bench
from pipeline.bench import language as language_bench
from pipeline.bench import music as music_bench
from pipeline.bench import naming_accuracy as naming_bench
from pipeline.bench import real_voices as voices_bench
from pipeline.bench import themes as themes_bench
from pipeline.bench.asr_settings import asr_matrix, decoding_modes, markdown_decoding, markdown_settings
from pipeline.bench.bundled_days import DEMO_DAYS, REPO, SCORED_DAYS, TUNING_DAYS, load_average, split_of
from pipeline.bench.compare_accuracy import (
    across_report,
    calibration_summary,
    compare_accuracy,
    compare_speed,
    compare_summary,
    long_days,
    markdown_across,
    markdown_padded_days,
    markdown_short_reports,
    markdown_speed,
    short_reports,
    unreported_summary,
    where_summary,
)
from pipeline.bench.compare_tuning import tune_compare
from pipeline.bench.long_talks import long_talks, markdown_spoken, markdown_written, spoken_long_talks
from pipeline.bench.naming_accuracy import naming
from pipeline.bench.real_voices import speaker_counting, voices_cache
from pipeline.bench.run_cost import (
    LONG_MINUTES,
    long_input,
    markdown_long_input,
    markdown_overhead,
    overhead,
    run_stage_measured,
)
from pipeline.bench.tables import table_header
from pipeline.compare import Comparison
from pipeline.config import load_config
from pipeline.diarize import Diarization
from pipeline.evaluate import (
    CALIBRATION_BINS,
    as_config_speakers,
    score,
)
from pipeline.records.files import read_record, why, write_atomic
from pipeline.runner import run_day
from pipeline.stages import STAGE_NAMES
from pipeline.text.language import normalize
from pipeline.topics import Topics
from pipeline.transcribe import Transcript
from pipeline.truth import Truth, load_truth


def pipeline_runs(outputs: Path) -> list[dict]:
    """Every stage of every demo day with the defaults: speed, memory, accuracy."""
    days = []
    for config_path in DEMO_DAYS:
        config = load_config(config_path)
        paths = DayPaths.for_day(outputs, config.id)
        stages = {stage: run_stage_measured(stage, config_path, outputs) for stage in STAGE_NAMES}
        duration = read_artifact(paths.transcript, Transcript, "transcribe").duration
        for record in stages.values():
            record["rtf"] = round(record["wall_s"] / duration, 4)
        truth = load_truth(config.truth_path)
        transcript = read_artifact(paths.transcript, Transcript, "transcribe")
        diarization = read_artifact(paths.speakers, Diarization, "diarize")
        days.append(
            {
                "day": config.id,
                "duration_s": duration,
                "stages": stages,
                "end_to_end": {
                    "wall_s": round(sum(s["wall_s"] for s in stages.values()), 2),
                    "rtf": round(sum(s["wall_s"] for s in stages.values()) / duration, 4),
                    "peak_rss_mb": max(s["peak_rss_mb"] for s in stages.values()),
                },
                "scores": score(
                    as_config_speakers(truth, config), transcript, diarization, set(config.speaker_names())
                ).model_dump(),
                "compare": compare_accuracy(config, truth, read_artifact(paths.comparison, Comparison, "compare")),
                "topics": topics_accuracy(truth, read_artifact(paths.topics, Topics, "topics")),
                "load_average": load_average(),
            }
        )
    return days


def topics_accuracy(truth: Truth, topics: Topics) -> dict:
    """The day's topics (overall and per speaker) that are right: every word of the phrase is in
    the day's true text.  A mishearing that is a real word ("kucing" in a talk about diplomacy) is
    wrong; a right phrase the talk says in other words than the truth would show as wrong too."""
    said = set(normalize(" ".join(turn.text for turn in truth.turns)).split())
    phrases = [p.phrase for p in topics.overall] + [p.phrase for s in topics.per_speaker for p in s.phrases]
    right = sum(all(word in said for word in phrase.split()) for phrase in phrases)
    return {"right": right, "wrong": len(phrases) - right}


def topics_summary(days: list[dict]) -> dict:
    """Right and wrong topics pooled over the tuning days and over the scored days."""
    pooled: dict[str, dict] = {}
    for day in days:
        split = pooled.setdefault(split_of(day["day"]), {"right": 0, "wrong": 0})
        for key in ("right", "wrong"):
            split[key] += day.get("topics", {}).get(key, 0)
    for split in pooled.values():
        split["precision"] = round(split["right"] / max(split["right"] + split["wrong"], 1), 3)
    return pooled


def _markdown_days(days: list[dict]) -> list[str]:
    lines = [
        "## Accuracy and speed per demo day (default settings)",
        "",
        table_header(
            "day",
            "audio s",
            "WER",
            "CER",
            "DER (±0.25 s)",
            "DER (no collar)",
            "speaker count error",
            "word→speaker",
            "compare agreement",
            "compare vs true text P / R",
            "end-to-end RTF",
            "peak RSS MB",
            "load",
        ),
    ]
    for day in days:
        s, c, e = day["scores"], day["compare"], day["end_to_end"]
        lines.append(
            f"| {day['day']} | {day['duration_s']:.0f} | {s['wer']:.3f} | {s['cer']:.3f} | {s['der']:.3f} | "
            f"{s['der_no_collar']:.3f} | {s['speaker_count_error']} | {s['word_speaker_accuracy']:.3f} | "
            f"{c['metrics']['agreement']:.2f} | {c['against_true_text']['precision']:.2f} / "
            f"{c['against_true_text']['recall']:.2f} | {e['rtf']:.3f} | {e['peak_rss_mb']:.0f} | "
            f"{day['load_average'][0]} |"
        )
    lines += [
        "",
        "## Report comparison against the labelled truth (ASR transcripts)",
        "",
        f"Weights and thresholds chosen on {', '.join(TUNING_DAYS)}; scored on {', '.join(SCORED_DAYS)}. "
        "'Said' is covered or partly covered.",
        "",
        table_header(
            "days",
            "points",
            "said",
            "precision",
            "recall",
            "agreement",
            "three-way",
            "unspoken called covered",
            "unspoken called covered or partly",
            "found: verbatim / light / medium / heavy",
            "Brier",
            "calibration error",
        ),
    ]
    for group, m in compare_summary(days).items():
        levels = " / ".join(
            str(m["found_by_level"].get(level, "–")) for level in ("verbatim", "light", "medium", "heavy")
        )
        lines.append(
            f"| {group} | {m['points']} | {m['said']} | {m['precision']} | {m['recall']} | "
            f"{m['agreement']} | "
            f"{m['three_way']} | {m['false_covered']} | {m['false_said']} | {levels} | {m['brier']} | "
            f"{m['calibration_error']} |"
        )
    lines += [
        "",
        "## Where the evidence is (places labelled by hand from the true text)",
        "",
        "Of the said points found: the share whose best evidence is where the talk says the point, "
        "whose evidence (1-3 spans) is there at all, and whose best evidence is there and names the voice saying it; "
        "the recall counting only points found at their place; and of the said points called missing, the share "
        "whose closest passage is where the talk says them.",
        "",
        table_header(
            "days",
            "said points found",
            "best at its place",
            "any at its place",
            "and by its voice",
            "recall",
            "recall at the place",
            "said, called missing",
            "its closest passage at the place",
        ),
    ]
    for group, m in where_summary(days).items():
        if "placed" in m:
            lines.append(
                f"| {group} | {m['placed']} | {m['in_place']} | {m['any_in_place']} | {m['by_whom']} | "
                f"{m['recall']} | {m['recall_in_place']} | {m['missed']} | {m['missed_closest_in_place']} |"
            )
    lines += [
        "",
        "Passages listed as what the report leaves out that are where the talk says a report point "
        "(points the matching missed):",
        "",
        table_header("days", "passages", "at a point's place", "words", "at a point's place"),
    ]
    for group, c in unreported_summary(days).items():
        lines.append(
            f"| {group} | {c['passages']} | {c['passages_at_a_place']} | {c['words']} | {c['words_at_a_place']} |"
        )
    lines += [
        "",
        "## The chance said against the truth (ASR transcripts)",
        "",
        "Per confidence bin: points, their mean confidence, the share of them said (covered or partly in the truth).",
        "",
        table_header("days", *(f"{low:g}-{high:g}" for low, high in itertools.pairwise(CALIBRATION_BINS))),
    ]
    for group, table in calibration_summary(days).items():
        cells = {row["from"]: f"{row['points']} / {row['mean_confidence']:.2f} / {row['said']:.2f}" for row in table}
        lines.append(f"| {group} | " + " | ".join(cells.get(low, "–") for low in CALIBRATION_BINS[:-1]) + " |")
    lines += [
        "",
        "## Topics against the true text (ASR transcripts)",
        "",
        "Right: every word of the phrase is in the day's true text; overall and per-speaker lists together.",
        "",
        table_header("days", "right", "wrong", "precision"),
    ]
    for split, t in topics_summary(days).items():
        lines.append(f"| {split} | {t['right']} | {t['wrong']} | {t['precision']} |")
    lines += [
        "",
        "## Real-time factor and peak RSS per stage (demo day)",
        "",
        table_header("stage", "wall s", "RTF", "peak RSS MB"),
    ]
    for stage, record in days[0]["stages"].items():
        lines.append(f"| {stage} | {record['wall_s']} | {record['rtf']:.3f} | {record['peak_rss_mb']:.0f} |")
    return lines


def markdown(report: dict) -> str:
    """report.md: a section for every part report.json holds (a run with --only holds some)."""
    lines = [
        f"# lokakarya benchmark ({report['machine']})",
        "",
        f"lokakarya {report['lokakarya']}, {report['started_at']}, {report.get('wall_s', 0):.0f} s in all.",
    ]
    sections = [
        ("days", _markdown_days),
        ("short_reports", markdown_short_reports),
        ("across_languages", markdown_across),
        ("padded_days", markdown_padded_days),
        ("written_long_talks", markdown_written),
        ("other_themes", themes_bench.markdown),
        ("spoken_long_talks", markdown_spoken),
        ("naming", naming_bench.markdown),
        ("compare_speed", markdown_speed),
        ("asr", markdown_settings),
        ("decoding", markdown_decoding),
        ("overhead", markdown_overhead),
        ("voices", voices_bench.markdown),
        ("housekeeping", housekeeping_bench.markdown),
        ("music", music_bench.markdown),
        ("languages", language_bench.markdown),
    ]
    sections += [
        (key, markdown_long_input)
        for key in sorted(report, key=lambda k: report[k].get("minutes", 0) if isinstance(report[k], dict) else 0)
        if key.startswith("long_")
    ]
    for key, render in sections:
        if key in report:
            lines += [""] + render(report[key])
    return "\n".join(lines) + "\n"


def _measured_before(saved: Path) -> dict:
    """The sections an earlier run saved in report.json; one line naming it where it is no report
    (cut short, edited, another file): json's traceback had been all --keep-measured said."""
    try:
        earlier = json.loads(read_record(saved))
    except (OSError, ValueError) as exc:
        raise click.ClickException(
            f"--keep-measured: {saved}: no report of an earlier run ({why(exc)}); move it away to measure every section"
        ) from None
    if not isinstance(earlier, dict):
        raise click.ClickException(
            f"--keep-measured: {saved}: no report of an earlier run (a JSON {type(earlier).__name__}, not an object); "
            "move it away to measure every section"
        )
    return earlier


def _write_report(path: Path, text: str) -> None:
    """Replace a report file whole (files.write_atomic); a disk that refuses it is one line."""
    try:
        write_atomic(path, text)
    except PipelineError as exc:
        raise click.ClickException(str(exc)) from None


@click.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=REPO / "outputs" / "bench")
@click.option(
    "--long",
    "long_run",
    is_flag=True,
    help="Add the 2-hour input and the long talks made into speech (about 65 min more; espeak-ng and ffmpeg).",
)
@click.option(
    "--keep-measured", is_flag=True, help="Keep the sections an earlier, interrupted run already saved in report.json."
)
@click.option(
    "--repeats",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="How many times each side of the long-input comparison runs.",
)
@click.option("--only", multiple=True, help="Measure only these sections (keys of report.json), e.g. decoding.")
@click.option(
    "--tune-compare",
    "tune_compare_only",
    is_flag=True,
    help="Only choose the compare stage's weights and thresholds on the tuning days and print them.",
)
def main(
    out: Path, long_run: bool, keep_measured: bool, repeats: int, only: tuple[str, ...], tune_compare_only: bool
) -> None:
    """Measure accuracy and speed on the demo days; write report.json and report.md."""
    started = time.perf_counter()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # under a file, read-only, a link astray: a traceback had said so
        raise click.ClickException(f"--out '{out}': cannot be made a folder ({exc.strerror or exc})") from None
    outputs = out / "runs"
    if tune_compare_only:
        for name in TUNING_DAYS:  # the transcripts the weights are fitted on
            config = load_config(REPO / "configs" / f"{name}.yaml")
            list(run_day(config, DayPaths.for_day(outputs, config.id)))
        (out / "compare-tuning.json").write_text(json.dumps(tune_compare(outputs), indent=2) + "\n")
        return
    report = {
        "lokakarya": __version__,
        "started_at": time.strftime("%Y-%m-%d %H:%M:%S"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "load_average_at_start": load_average(),
    }
    sections = (
        [  # the stage processes first, while this process is still small
            ("days", "pipeline over the demo days", lambda: pipeline_runs(outputs)),
            ("short_reports", "short reports and unsaid claims", lambda: short_reports(outputs)),
            ("across_languages", "an English report of the Indonesian talks", lambda: across_report(outputs)),
            ("padded_days", "each paraphrase day with other days' talk after it", lambda: long_days(outputs)),
            ("written_long_talks", "long talks, tuning and held out", long_talks),
            ("other_themes", "talks of other themes that borrow the unsaid points' words", themes_bench.other_themes),
            ("naming", "naming the voices, with configs as written and wrong", lambda: naming(outputs)),
            (
                "housekeeping",
                "housekeeping apart from what the report leaves out",
                lambda: housekeeping_bench.housekeeping(outputs, {"tuning": TUNING_DAYS, "scored": SCORED_DAYS}),
            ),
            ("asr", "transcription settings", lambda: asr_matrix(outputs)),
            ("decoding", "batched against sequential decoding per day", lambda: decoding_modes(out, outputs)),
            ("compare_speed", "compare stage on an hour of talk", compare_speed),
            ("overhead", "overhead against bare faster-whisper", lambda: overhead(outputs)),
            ("voices", "speaker counting on real voices", lambda: speaker_counting(out)),
            (
                "music",
                "music and singing against speech",
                lambda: music_bench.music(outputs, out, voices_cache(), {"tuning": TUNING_DAYS, "scored": SCORED_DAYS}),
            ),
            (
                "languages",
                "English speech in an Indonesian day",
                lambda: language_bench.languages(
                    outputs, voices_cache(), {"tuning": TUNING_DAYS, "scored": SCORED_DAYS}
                ),
            ),
        ]
        + [
            (f"long_{minutes}", f"{minutes}-minute input", lambda m=minutes: long_input(out, outputs, m, repeats))
            for minutes in (LONG_MINUTES if long_run else LONG_MINUTES[:1])
        ]
        + ([("spoken_long_talks", "long talks made into speech", lambda: spoken_long_talks(out))] if long_run else [])
    )
    if only:
        unknown = sorted(set(only) - {key for key, _, _ in sections})
        if unknown:
            hint = " (long_120 and spoken_long_talks need --long)" if not long_run else ""
            raise click.UsageError(f"--only: no section {', '.join(unknown)}{hint}")
        sections = [section for section in sections if section[0] in only]
    saved = out / "report.json"
    if keep_measured and saved.is_file():
        earlier = _measured_before(saved)
        report.update({key: earlier[key] for key, _, _ in sections if key in earlier})
    for key, title, measure in sections:
        if key in report:
            click.echo(f"bench: {title}: kept from {saved}", err=True)
            continue
        click.echo(f"bench: {title}", err=True)
        report[key] = measure()
        report["wall_s"] = round(time.perf_counter() - started, 1)
        # Saved after every section, whole or not at all: a long run cut short (or a full disk) still
        # leaves what it measured, and --keep-measured reads it.
        _write_report(out / "report.json", json.dumps(report, indent=2) + "\n")
    _write_report(out / "report.md", markdown(report))
    click.echo(f"bench: wrote {out / 'report.json'} and {out / 'report.md'} in {report['wall_s']:.0f} s", err=True)


if __name__ == "__main__":
    main()
