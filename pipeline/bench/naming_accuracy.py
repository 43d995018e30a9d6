"""Naming the voices, with the config as written and as an archivist may get it wrong, on the ASR
transcripts and the true text (docs/speaker-counting.md)."""

from __future__ import annotations

import itertools
from pathlib import Path

from pipeline.bench.bundled_days import SCORED_DAYS, TUNING_DAYS, labelled_days
from pipeline.bench.tables import table_header
from pipeline.config import EXTRA_VOICE, DayConfig, Speaker
from pipeline.diarize import Diarization
from pipeline.evaluate import (
    as_config_speakers,
    name_is_right,
    truth_diarization,
)
from pipeline.truth import Truth
from pipeline.voices.naming import name_voices


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
        for number, (config, diarization, truth) in enumerate(labelled_days(outputs, names)):
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


def markdown(result: dict) -> list[str]:
    lines = [
        "## Naming the voices (share of words whose voice gets the true speaker's name)",
        "",
        "The config's speakers as written, in every other order, without the first, and without the "
        "host; named by the config's order alone, and as the talk says (hand-overs, thanks, "
        "introductions).",
        "",
        table_header("days", "text", "config", "configs", "by order", "as the talk says"),
    ]
    for split, texts in result.items():
        for text, conditions in texts.items():
            for condition, m in conditions.items():
                lines.append(
                    f"| {split} | {text} | {condition} | {m['configs']} | {m['order']:.3f} | {m['talk']:.3f} |"
                )
    return lines
