"""The bundled evaluation days every bench section reads: which are tuning and which scored, and each
day's labelled truth beside what the pipeline made of it."""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.artifacts import DayPaths, read_artifact
from pipeline.compare import utterance_sureness
from pipeline.config import DayConfig, load_config
from pipeline.diarize import Diarization
from pipeline.evaluate import (
    as_config_speakers,
    truth_diarization,
)
from pipeline.transcribe import Transcript
from pipeline.truth import Place, Truth, load_places, load_truth

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


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def split_of(day: str) -> str:
    return "tuning" if day in TUNING_DAYS else "scored"


def kind_of(day: str) -> str:
    """Verbatim days speak report sentences nearly word for word; paraphrase days in other words."""
    return "paraphrase" if day.startswith("para") else "verbatim"


def day_places(folder: Path, config: DayConfig, truth: Truth) -> dict[str, list[Place]]:
    """Where a talk says each point it says (where.json in the folder of its truth, labelled by
    hand from the true text), its voices under the config's names; none for a talk without one."""
    path = folder / "where.json"
    return load_places(path, as_config_speakers(truth, config, folder / "truth.json")) if path.exists() else {}


def asr_sureness(outputs: Path, config: DayConfig, diarization: Diarization) -> list[float] | None:
    """A labelled day's utterances' words' mean probability from Whisper, as the compare stage
    reads them; None for the true text."""
    if diarization.provenance.stage == "truth":
        return None
    transcript = read_artifact(DayPaths.for_day(outputs, config.id).transcript, Transcript, "transcribe")
    return utterance_sureness(diarization, transcript)


def labelled_days(outputs: Path, names: tuple[str, ...]) -> list[tuple[DayConfig, Diarization, Truth]]:
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
