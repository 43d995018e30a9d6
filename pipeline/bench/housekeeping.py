"""`make bench`, section "housekeeping": what the talk says that the report leaves out, with the
passages that only run the session folded away (compare.unreported_passages, narration.runs_the_session).

Each bundled day's true sentences were labelled housekeeping, content or either
(configs/<day>/housekeeping.json) by a hand that had not seen the code.  A day's passages are made
as the compare stage makes them, every utterance taken as saying no point, from its true text and
from its ASR transcript (an ASR utterance takes the label of the sentences it overlaps longest, their
times spread over their turn by length).  Counted in words: the share of housekeeping folded away,
and the share of content folded away with it (what a researcher would not see in the list).  The
word list was chosen on the tuning days; the held-out utterances (configs/housekeeping/heldout.json,
by another hand, labelled before anything ran) score it on talk no one tuned on, and the held-out
excerpts with their speakers (configs/housekeeping/heldout-talks.json, a host among them, by a
fourth hand, written after every choice) score the whole rule, the host's allowance included.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np

from pipeline.artifacts import DayPaths, read_artifact
from pipeline.compare import session_names, talk_pieces, unreported_passages
from pipeline.config import DayConfig, Speaker, load_config
from pipeline.diarize import Diarization, Utterance
from pipeline.evaluate import SENTENCE_END, truth_diarization
from pipeline.text.narration import runs_the_session
from pipeline.truth import Truth, load_truth

REPO = Path(__file__).resolve().parents[2]
HELD_OUT = REPO / "configs" / "housekeeping" / "heldout.json"
HELD_OUT_TALKS = REPO / "configs" / "housekeeping" / "heldout-talks.json"
HELD_OUT_CONFIG = REPO / "configs" / "demo.yaml"  # whose names the held-out utterances are read with


def sentence_times(truth: Truth) -> list[tuple[float, float]]:
    """Each true sentence's stretch: its turn's time shared out by the sentences' lengths."""
    times = []
    for turn in truth.turns:
        sentences = [s for s in SENTENCE_END.split(turn.text) if s]
        total, at = sum(len(s) + 1 for s in sentences), 0
        for sentence in sentences:
            start = turn.start + (turn.end - turn.start) * at / total
            at += len(sentence) + 1
            times.append((start, turn.start + (turn.end - turn.start) * at / total))
    return times


def _asr_labels(diarization: Diarization, truth: Truth, labels: list[str]) -> dict[int, str]:
    """Each ASR utterance's label: that of the true sentences it overlaps longest."""
    times = sentence_times(truth)
    chosen = {}
    for utterance in diarization.utterances:
        overlap: dict[str, float] = {}
        for (start, end), label in zip(times, labels, strict=True):
            if (shared := min(end, utterance.end) - max(start, utterance.start)) > 0:
                overlap[label] = overlap.get(label, 0.0) + shared
        chosen[utterance.index] = max(overlap, key=overlap.get) if overlap else "either"
    return chosen


def _words(
    utterances: list[Utterance], label_of: dict[int, str], names: dict[str, str], config: DayConfig
) -> dict[str, int]:
    """Words of content and of housekeeping listed and folded away, every utterance taken as making
    no report point, and the passages of each kind."""
    pieces = talk_pieces(utterances)
    passages = unreported_passages(pieces, np.zeros(len(pieces)), names, config)
    words = {"content listed": 0, "content folded": 0, "housekeeping listed": 0, "housekeeping folded": 0}
    length = {u.index: len(u.text.split()) for u in utterances}
    for kind, found in passages.items():
        for passage in found:
            for index in passage.utterances:
                if (label := label_of[index]) != "either":
                    words[f"{label} {'folded' if kind == 'housekeeping' else 'listed'}"] += length[index]
    return words | {f"{kind} passages": len(found) for kind, found in passages.items()}


def day_words(config_path: Path, diarization: Diarization | None) -> dict[str, int]:
    """Words of content and of housekeeping listed and folded away on one day: its true text, or
    `diarization` (its ASR) where given."""
    config = load_config(config_path)
    truth = load_truth(config.truth_path)
    labelled = json.loads((config.truth_path.parent / "housekeeping.json").read_text(encoding="utf-8"))["sentences"]
    labels = [s["label"] for s in labelled]
    if diarization is None:
        diarization = truth_diarization(truth)
        label_of = dict(enumerate(labels))
    else:
        label_of = _asr_labels(diarization, truth, labels)
    return _words(diarization.spoken_utterances(), label_of, diarization.names(), config)


def held_out_talks() -> dict[str, int]:
    """The held-out excerpts, each read with its own speakers as the day's config would name them."""
    base = load_config(HELD_OUT_CONFIG)
    total: Counter[str] = Counter()
    for talk in json.loads(HELD_OUT_TALKS.read_text(encoding="utf-8"))["talks"]:
        speakers = [Speaker(name=s["name"], role=s.get("role")) for s in talk["speakers"]]
        label = {s.name: f"SPEAKER_{n:02d}" for n, s in enumerate(speakers)}
        utterances = [  # three seconds apart: the rule reads no times
            Utterance(
                index=i,
                segment=i,
                speaker=label[u["speaker"]],
                start=3.0 * i,
                end=3.0 * i + 2.5,
                text=u["text"],
                word_start=0,
                word_end=0,
            )
            for i, u in enumerate(talk["utterances"])
        ]
        label_of = {i: u["label"] for i, u in enumerate(talk["utterances"])}
        names = {code: name for name, code in label.items()}
        total.update(_words(utterances, label_of, names, base.model_copy(update={"speakers": speakers})))
    return dict(total)


def held_out() -> dict:
    """The held-out utterances read one by one: each kind's right and all, clean and garbled."""
    utterances = json.loads(HELD_OUT.read_text(encoding="utf-8"))["utterances"]
    names = session_names(load_config(HELD_OUT_CONFIG))
    counts: dict[str, list[int]] = {}
    for utterance in utterances:
        told = runs_the_session(utterance["text"], names)
        said = "content" if told is False else "housekeeping"  # a line of neither goes as housekeeping alone
        key = f"{utterance['label']}, {'garbled' if utterance['note'].startswith('[garbled]') else 'clean'}"
        right, total = counts.setdefault(key, [0, 0])
        counts[key] = [right + (said == utterance["label"]), total + 1]
    return counts


def housekeeping(outputs: Path, splits: dict[str, tuple[str, ...]]) -> dict:
    """Per split, on the true text and the ASR transcripts: words folded away of each kind, and the
    held-out utterances."""
    result: dict = {}
    for split, days in splits.items():
        for text in ("true text", "ASR"):
            total: Counter[str] = Counter()
            for day in days:
                config_path = REPO / "configs" / f"{day}.yaml"
                asr = None
                if text == "ASR":
                    paths = DayPaths.for_day(outputs, load_config(config_path).id)
                    asr = read_artifact(paths.speakers, Diarization, "diarize")
                total.update(day_words(config_path, asr))
            result[f"{split}, {text}"] = dict(total)
    result["held out excerpts, with their speakers"] = held_out_talks()
    result["held out utterances"] = held_out()
    return result


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "-"


def markdown(result: dict) -> list[str]:
    lines = [
        "## Housekeeping apart from what the report leaves out",
        "",
        "Words of the labelled sentences in passages folded away as housekeeping (every utterance taken as",
        "saying no report point). The word list was chosen on the tuning days.",
        "",
        "| days | housekeeping folded | content folded | content passages | housekeeping passages |",
        "| --- | --- | --- | --- | --- |",
    ]
    for key, words in result.items():
        if key == "held out utterances":
            continue
        housekeeping = words["housekeeping listed"] + words["housekeeping folded"]
        content = words["content listed"] + words["content folded"]
        lines.append(
            f"| {key} | {_share(words['housekeeping folded'], housekeeping)} | "
            f"{_share(words['content folded'], content)} | {words['content passages']} | "
            f"{words['housekeeping passages']} |"
        )
    lines += ["", "Held-out utterances (another hand's), told right:", ""]
    lines += [f"- {key}: {right} of {total}" for key, (right, total) in result["held out utterances"].items()]
    return lines
