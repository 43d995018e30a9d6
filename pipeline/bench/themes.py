"""`make bench`, section "other_themes": the report comparison on talks of eight themes no bundled
report has (configs/other-themes/), written by eight hands that saw neither the comparison nor the
bundled talks.

Each theme's file holds 40 report sentences, and for each seven spoken passages: a light, a medium
and a heavy paraphrase, one that says only part of the claim, two hard negatives that reuse two to
four of the sentence's rarer words without its claim, and another claim of the theme. Two more
hands read every hard negative against its sentence: 4 of 640 state part of its claim
(`says_part`). A talk is put together from them, seeded: half the points said by one of their
paraphrases or the part, the other half left out with one of their other hard negatives in their
place, half the said points with a hard negative of their own as well, in a random order, spoken
by three voices. A hard negative for every unspoken point is more than a real day has: the section
measures how far the comparison takes a borrowed word for the claim, on reports it was never
fitted on. The compare stage's meaning floor was chosen on the talks of four themes
(TUNING_THEMES); the other four are held out (docs/compare.md, "Talks that borrow every unspoken
point's words", "Windows that mean another claim").
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from pipeline.compare import compare_to_report
from pipeline.config import load_config
from pipeline.evaluate import calibration_table, compare_metrics, compare_outcomes, compared_talk, truth_diarization
from pipeline.truth import Truth, TruthPoint, TruthTurn

REPO = Path(__file__).resolve().parents[2]
THEMES = REPO / "configs" / "other-themes"
CONFIG = REPO / "configs" / "para-1.yaml"  # compare options and the day's speakers; none of the themes' people
PARAPHRASES = {"light": "light", "medium": "medium", "heavy": "heavy", "partial": None}
HARD_NEGATIVES = ("hard1", "hard2")
PASSAGE_KEYS = ("theme", "point", *PARAPHRASES, *HARD_NEGATIVES, "other")
VOICES = ("Moderator", "Guest A", "Guest B")
SEEDS = (1, 2, 3)
# The themes the meaning floor (similarity.MEANING_FLOOR) was chosen on; the others are held out.
TUNING_THEMES = ("climate", "consular-protection", "disaster-relief", "export-promotion")
WORDS_PER_SECOND = 2.5
PAUSE_S = 0.5


def theme_rows(path: Path) -> list[dict]:
    """A theme's report sentences with their passages, each line checked for every key, and the
    hard negative a reviewer found stating part of its claim, if any (`says_part`)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for number, row in enumerate(rows, 1):
        if missing := [key for key in PASSAGE_KEYS if not isinstance(row.get(key), str) or not row[key].strip()]:
            raise ValueError(f"{path}, line {number}: no {', '.join(missing)}")
        flagged = row.get("says_part", [])
        if not isinstance(flagged, list) or not set(flagged) < set(HARD_NEGATIVES):
            raise ValueError(f"{path}, line {number}: says_part must list one hard negative at most, not {flagged!r}")
    return rows


def theme_talk(path: Path, seed: int) -> tuple[str, Truth]:
    """The report (one sentence a paragraph) and the talk put together from a theme's passages."""
    rows = theme_rows(path)
    rng = random.Random(f"{path.stem}:{seed}")
    points, passages = [], []
    for row in rows:
        if rng.random() < 0.5:
            kind = rng.choice(list(PARAPHRASES))
            status = "partly" if kind == "partial" else "covered"
            points.append(TruthPoint(point=row["point"], status=status, level=PARAPHRASES[kind]))
            passages.append(row[kind])
            if rng.random() < 0.5:
                passages.append(row[rng.choice(HARD_NEGATIVES)])
        else:  # in its place a hard negative that states none of its claim
            points.append(TruthPoint(point=row["point"], status="missing", level=None))
            passages.append(row[rng.choice([kind for kind in HARD_NEGATIVES if kind not in row.get("says_part", ())])])
    rng.shuffle(passages)
    turns, at = [], 0.0
    for text in passages:
        seconds = len(text.split()) / WORDS_PER_SECOND
        turns.append(TruthTurn(speaker=rng.choice(VOICES), start=round(at, 2), end=round(at + seconds, 2), text=text))
        at += seconds + PAUSE_S
    return "\n\n".join(row["point"] for row in rows), Truth(turns=turns, points=points)


def tuning_talks() -> list[tuple]:
    """The tuning themes' talks as the compare stage compares them (evaluate.compared_talk)."""
    config = load_config(CONFIG)
    talks = []
    for theme in TUNING_THEMES:
        for seed in SEEDS:
            report, truth = theme_talk(THEMES / f"{theme}.jsonl", seed)
            talks.append(compared_talk(config, report, truth_diarization(truth), truth))
    return talks


def other_themes() -> dict:
    """The comparison's verdicts on every theme's talks (SEEDS), per theme, and pooled over the
    tuning themes and over the held-out ones."""
    config = load_config(CONFIG)
    found, pooled = {}, {"tuning": [], "held out": []}
    for path in sorted(THEMES.glob("*.jsonl")):
        outcomes = []
        for seed in SEEDS:
            report, truth = theme_talk(path, seed)
            result = compare_to_report(config, truth_diarization(truth), None, report)
            outcomes += compare_outcomes(truth, result["points"])
        found[path.stem] = compare_metrics(outcomes)
        pooled["tuning" if path.stem in TUNING_THEMES else "held out"] += outcomes
    return {
        "themes": found,
        "pooled": {split: compare_metrics(outcomes) for split, outcomes in pooled.items()},
        "chance_said": calibration_table(pooled["held out"]),
    }


def markdown(result: dict) -> list[str]:
    columns = ("points", "said", "agreement", "recall", "precision", "false_said", "false_covered")
    lines = [
        "## Talks of other themes that borrow every unspoken point's words (configs/other-themes/, true text)",
        "",
        "| theme | " + " | ".join(columns) + " | found: light / medium / heavy |",
        "|---" * (len(columns) + 2) + "|",
    ]
    pooled = [(f"**{split} themes**", m) for split, m in result["pooled"].items()]
    for theme, m in [*result["themes"].items(), *pooled]:
        levels = " / ".join(str(m["found_by_level"].get(level, "–")) for level in ("light", "medium", "heavy"))
        split = " (tuning)" if theme in TUNING_THEMES else ""
        lines.append(f"| {theme}{split} | " + " | ".join(str(m[column]) for column in columns) + f" | {levels} |")
    lines += ["", "| chance said (held-out themes) | points | said in truth |", "|---|---|---|"]
    lines += [f"| {b['from']}–{b['to']} | {b['points']} | {b['said']} |" for b in result["chance_said"]]
    return lines
