"""The compare stage against the days' labels: per day and pooled by split and kind of day, where its
evidence is, on short reports, on an English report, padded to a real day's length, and its speed."""

from __future__ import annotations

import random
import time
from collections import Counter
from pathlib import Path

import numpy as np

from pipeline.artifacts import DayPaths, PipelineError, read_artifact
from pipeline.bench.bundled_days import (
    DEMO_DAYS,
    REPO,
    SCORED_DAYS,
    TUNING_DAYS,
    asr_sureness,
    day_places,
    kind_of,
    labelled_days,
    load_average,
    split_of,
)
from pipeline.bench.tables import table_header
from pipeline.compare import Comparison, compare_to_report
from pipeline.config import DayConfig, load_config
from pipeline.diarize import Diarization
from pipeline.evaluate import (
    SAID,
    calibration_table,
    compare_metrics,
    compare_outcomes,
    content_labels,
    listed_diarization,
    truth_diarization,
    truth_sentences,
    unreported_at_places,
)
from pipeline.text.meaning import ENCODED
from pipeline.text.points import split_points
from pipeline.text.report import read_report
from pipeline.truth import Truth, load_truth

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


def compare_summary(days: list[dict]) -> dict:
    """The comparison's agreement with the labelled truth, pooled by kind of day and split.

    Verbatim days speak report sentences nearly word for word; paraphrase days say them in other
    words.  Only the scored days (never used to choose a weight or threshold) show how the
    comparison holds on days it has not seen; the tuning days are listed apart, and each
    group also per report (the weights were fitted on the day-10 report's days first).
    """
    groups: dict[str, list[dict]] = {}
    for day in days:
        kind, split = kind_of(day["day"]), split_of(day["day"])
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
        split, kind = split_of(day["day"]), kind_of(day["day"])
        groups.setdefault(f"{split} {kind}, ASR", []).extend(day["compare"]["outcomes"])
        groups.setdefault(f"{split} {kind}, true text", []).extend(day["compare"].get("true_text_outcomes", []))
    return {group: compare_metrics(outcomes) for group, outcomes in sorted(groups.items())}


def unreported_summary(days: list[dict]) -> dict:
    """The passages listed as what the report leaves out that are where the talk says a report
    point, pooled by split, on the ASR transcripts and the true text."""
    pooled: dict[str, Counter] = {}
    for day in days:
        split = split_of(day["day"])
        for kind, counts in day["compare"].get("unreported", {}).items():
            pooled.setdefault(f"{split}, {kind}", Counter()).update(counts)
    return {group: dict(counts) for group, counts in sorted(pooled.items())}


def calibration_summary(days: list[dict]) -> dict:
    """Per split, all its days pooled (verbatim and paraphrase): each confidence bin's points and
    the share of them said, and the same for the scored days of each report apart (the weights
    were fitted on the day-10 report's days first; on another report the chance said may read
    otherwise)."""
    groups: dict[str, list[dict]] = {}
    for day in days:
        split = split_of(day["day"])
        report = load_config(REPO / "configs" / f"{day['day']}.yaml").report_path
        groups.setdefault(split, []).extend(day["compare"]["outcomes"])
        if split == "scored":
            groups.setdefault(f"scored, {report.name}", []).extend(day["compare"]["outcomes"])
    return {group: calibration_table(outcomes) for group, outcomes in sorted(groups.items())}


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
        sure = dict(zip((u.index for u in asr.utterances), asr_sureness(outputs, config, asr), strict=True))
        talks[name] = {
            "ASR": [(voices[u.speaker], u.start, u.end, u.text) for u in spoken],
            "true text": truth_sentences(truths[name]),
        }
        sureness[name] = [sure[u.index] for u in spoken]
    groups: dict[str, list[dict]] = {}
    hours = []
    for name, config in configs.items():
        if kind_of(name) != "paraphrase":
            continue
        split, truth = split_of(name), truths[name]
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
        "load_average": load_average(),
    }


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
        for config, diarization, truth in labelled_days(outputs, names):
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
        for config, diarization, truth in filter(lambda day: of_day_10(day[0]), labelled_days(outputs, names)):
            labels = english_labels(config, truth)
            kind = kind_of(config.id)
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
        "load_average": load_average(),
    }


def of_day_10(config: DayConfig) -> bool:
    """Whether the day's report is the day-10 report, which ENGLISH_REPORT and the unsaid claims are of."""
    return config.report_path == DAY_10_REPORT


def unsaid_claims(split: str) -> list[str]:
    """The tuning or scored file of UNSAID_CLAIMS."""
    lines = Path(str(UNSAID_CLAIMS).format(split=split)).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


def across_texts(config: DayConfig, truth: Truth) -> tuple[list[str], np.ndarray]:
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
    english, _ = across_texts(config, truth)
    rendered = dict(zip(content_labels(read_report(config), config, truth)[0], english, strict=True))
    points = [p.model_copy(update={"point": rendered.get(p.point, p.point)}) for p in truth.points]
    return truth.model_copy(update={"points": points})


def markdown_short_reports(summary: dict) -> list[str]:
    lines = [
        "## Short reports (drawn from each day's report; unsaid claims alone, against the day-10 talks)",
        "",
        table_header("split", "points in the report", "points scored", "agreement", "recall", "unspoken called said"),
    ]
    for split, s in summary.items():
        for size, m in s["by_points"].items():
            lines.append(f"| {split} | {size} | {m['points']} | {m['agreement']} | {m['recall']} | {m['false_said']} |")
        lines.append(f"| {split} | unsaid claims alone | | | | {s['unsaid_claims_called_said']} |")
    return lines


def markdown_across(groups: dict) -> list[str]:
    lines = [
        "## An English report of the Indonesian talks (matched by meaning alone)",
        "",
        table_header("days", "points", "precision", "recall", "agreement", "unspoken called said"),
    ]
    for group, m in groups.items():
        lines.append(
            f"| {group} | {m['points']} | {m['precision']} | {m['recall']} | {m['agreement']} | {m['false_said']} |"
        )
    return lines


def markdown_padded_days(result: dict) -> list[str]:
    low, high = result["talk_hours"]
    lines = [
        "## Long days (each paraphrase day alone, and with the other reports' days' talk after it)",
        "",
        f"The talk with the other days' is {low}-{high} hours, as long as a real day; the added talk says none of "
        "the day's points. 'At the place': found with its best evidence where the talk says it (where.json).",
        "",
        table_header("days", "points", *VERDICT_COLUMNS),
    ]
    lines += [f"| {group} | {m['points']} | {verdict_cells(m)} |" for group, m in result["groups"].items()]
    return lines


def markdown_speed(s: dict) -> list[str]:
    return [
        f"Compare stage on {s['talk_hours']} h of talk ({s['utterances']} utterances): {s['wall_s']} s, "
        f"**{s['seconds_per_hour_of_talk']} s per hour of talk** (first call in a process {s['first_call_s']} s; "
        f"load {s['load_average']}); an English report of the same talk, read by meaning alone, "
        f"{s.get('english_report_seconds_per_hour_of_talk', '(not measured)')} s per hour of talk."
    ]


VERDICT_COLUMNS = ("agreement", "recall", "recall at the place", "unspoken called said", "precision")


def verdict_cells(m: dict) -> str:
    """A group's verdicts against the truth, as VERDICT_COLUMNS."""
    return f"{m['agreement']} | {m['recall']} | {m.get('recall_in_place', '–')} | {m['false_said']} | {m['precision']}"
