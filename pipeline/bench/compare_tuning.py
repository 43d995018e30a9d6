"""`python -m pipeline.bench --tune-compare`: the compare stage's weights and thresholds chosen on the
tuning days only (text/similarity.py and CompareOptions take what it prints)."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterator
from pathlib import Path

import click
import numpy as np

from pipeline.bench import themes as themes_bench
from pipeline.bench.bundled_days import TUNING_DAYS, asr_sureness, labelled_days
from pipeline.bench.compare_accuracy import across_texts, of_day_10, unsaid_claims
from pipeline.compare import compare_to_report
from pipeline.config import CompareOptions, DayConfig
from pipeline.diarize import Diarization
from pipeline.evaluate import (
    compare_metrics,
    compare_outcomes,
    compared_talk,
)
from pipeline.system.models import sentence_encoder
from pipeline.text import similarity as window_model
from pipeline.text.report import read_report
from pipeline.text.similarity import Similarity, across_languages, similarity
from pipeline.truth import Truth

SAID_GRID = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
SHARE_GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
MEANING_FLOOR_GRID = tuple(round(0.86 + 0.0025 * step, 4) for step in range(17))  # 0.86 to 0.90
UNSURE_SLOPE_GRID = (0.0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2)


def tune_compare(outputs: Path) -> dict:
    """Choose the compare stage's weights and thresholds on the tuning days' ASR transcripts.

    Weights first (with the weights in text/similarity.py as the starting point); then the confidence
    from which a point counts as said, for the best said / not-said agreement; then the share of
    heard content words that tells covered from partly, for the best three-way agreement; then
    the meaning floor (choose_meaning_floor).  Prints the constants to put in text/similarity.py and the
    defaults for CompareOptions, and the whole-report model's agreement on each tuning day when
    fitted on the others.
    """
    days = labelled_days(outputs, TUNING_DAYS)
    sureness = [asr_sureness(outputs, config, diarization) for config, diarization, _ in days]  # read once
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
            english, _ = across_texts(config, truth)
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
    """The days' comparison under `options`, each day's ASR read with its `sureness` (asr_sureness)."""
    outcomes = []
    for (config, diarization, truth), heard in zip(days, sureness, strict=True):
        result = compare_to_report(
            config.model_copy(update={"compare": options}), diarization, None, read_report(config), sureness=heard
        )
        outcomes += compare_outcomes(truth, result["points"])
    return compare_metrics(outcomes)


def _weights(fitted: dict) -> contextlib.AbstractContextManager[None]:
    """text/similarity.py's weights set to `fitted` for the time of the block."""
    return similarity_constants(
        {f"WEIGHTS_{key}": tuple(value["weights"]) for key, value in fitted.items()}
        | {f"BIAS_{key}": value["bias"] for key, value in fitted.items()}
    )


@contextlib.contextmanager
def similarity_constants(values: dict) -> Iterator[None]:
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
    with its `sureness` (asr_sureness)."""
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
    with similarity_constants({"MEANING_FLOOR": -1.0}):
        floorless = {group: _said_agreement(matches, said_at) for group, matches in groups.items()}
    candidates = []
    for floor, slope in itertools.product(MEANING_FLOOR_GRID, UNSURE_SLOPE_GRID):
        with similarity_constants({"MEANING_FLOOR": floor, "UNSURE_FLOOR_SLOPE": slope}):
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
