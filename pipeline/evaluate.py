"""Scores against a day's ground truth (the bundled demo days have one): WER, DER, speaker counts.

The evaluate stage writes them to scores.json when the config names a `truth:` file, so the archive
tables read them from the day's folder like everything else.  DER comes from pyannote.metrics, the
maintained implementation, rather than code of our own.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from pydantic import BaseModel, Field

from pipeline.artifacts import (
    DayPaths,
    PipelineError,
    Provenance,
    Share,
    Strict,
    read_artifact,
    schema_version,
    write_artifact,
)
from pipeline.config import DayConfig
from pipeline.diarize import Diarization
from pipeline.language import normalize
from pipeline.transcribe import Transcript

DER_COLLAR = 0.25  # seconds forgiven either side of each reference boundary: the usual value


class TruthTurn(BaseModel):
    speaker: str
    start: float
    end: float
    text: str


class Truth(BaseModel):
    turns: list[TruthTurn]
    omitted_report_passages: list[str] = []


class Scores(Strict):
    wer: float = Field(ge=0)
    cer: float = Field(ge=0)
    der: float = Field(ge=0)
    der_no_collar: float = Field(ge=0)
    speaker_count_error: int
    word_speaker_accuracy: Share


class Evaluation(Strict):
    schema_version: str = schema_version("1.0.0")
    truth: str
    scores: Scores
    provenance: Provenance


def load_truth(path: Path) -> Truth:
    return Truth.model_validate(json.loads(Path(path).read_text(encoding="utf-8")))


def _annotation(segments):
    from pyannote.core import Annotation, Segment

    annotation = Annotation()
    for start, end, speaker in segments:
        annotation[Segment(start, end)] = speaker
    return annotation


def der(truth: Truth, diarization: Diarization, collar: float) -> float:
    os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "false")  # no telemetry
    from pyannote.metrics.diarization import DiarizationErrorRate

    from pyannote.core import Segment, Timeline

    reference = _annotation((t.start, t.end, t.speaker) for t in truth.turns)
    hypothesis = _annotation((t.start, t.end, t.speaker) for t in diarization.turns)
    extent = max(reference.get_timeline().extent().end, hypothesis.get_timeline().extent().end)
    metric = DiarizationErrorRate(collar=2 * collar)  # pyannote's collar is the total width
    return float(metric(reference, hypothesis, uem=Timeline([Segment(0, extent)])))


def word_speaker_accuracy(truth: Truth, diarization: Diarization) -> float:
    """Share of words whose speaker is the one the best one-to-one voice mapping predicts."""
    from scipy.optimize import linear_sum_assignment
    import numpy as np

    voices = sorted({t.speaker for t in truth.turns})
    labels = sorted({s.label for s in diarization.speakers})
    counts = np.zeros((len(voices), len(labels)))
    for word in diarization.words:
        middle = (word.start + word.end) / 2
        for turn in truth.turns:
            if turn.start <= middle <= turn.end:
                counts[voices.index(turn.speaker), labels.index(word.speaker)] += 1
    rows, columns = linear_sum_assignment(-counts)
    return float(counts[rows, columns].sum() / max(counts.sum(), 1))


def score(truth: Truth, transcript: Transcript, diarization: Diarization) -> Scores:
    import jiwer

    reference = normalize(" ".join(t.text for t in truth.turns))
    hypothesis = normalize(" ".join(s.text for s in transcript.segments))
    return Scores(
        wer=round(jiwer.wer(reference, hypothesis), 4),
        cer=round(jiwer.cer(reference, hypothesis), 4),
        der=round(der(truth, diarization, DER_COLLAR), 4),
        der_no_collar=round(der(truth, diarization, 0.0), 4),
        speaker_count_error=diarization.num_speakers - len({t.speaker for t in truth.turns}),
        word_speaker_accuracy=round(word_speaker_accuracy(truth, diarization), 4),
    )


def evaluate(config: DayConfig, paths: DayPaths) -> Evaluation:
    """Write scores.json: the transcript and speakers against the config's ground truth."""
    if config.truth_path is None:
        raise PipelineError(f"{config.config_path}: field 'truth' is not set; nothing to score against")
    transcript = read_artifact(paths.transcript, Transcript, "transcribe")
    diarization = read_artifact(paths.speakers, Diarization, "diarize")
    provenance = Provenance.begin(
        "evaluate", config.stage_key("evaluate"),
        {"truth": config.truth_path, "transcript": paths.transcript, "speakers": paths.speakers},
        ("jiwer", "pyannote.metrics"),
    )
    scores = score(load_truth(config.truth_path), transcript, diarization)
    result = Evaluation(truth=config.truth_path.name, scores=scores, provenance=provenance.finish())
    write_artifact(paths.scores, result)
    return result
