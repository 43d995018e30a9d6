"""Tables over many days for researchers (pandas): outputs/index.{parquet,csv}, outputs/topics.parquet.

index columns, one row per day:
  id, title, date, status            the day and how its last batch run ended
  duration_s, words, speakers,       from summary.json; speakers are names joined by "; ",
  num_speakers, talk_s               talk_s is "name=seconds; …" in speaker order
  coverage, covered, missing_points  report points covered (share and count), missing count
  wer, cer, der, der_no_collar,      against the day's ground truth, where the config names one
  word_speaker_accuracy
  wall_<stage>_s                     wall time of each stage's artifact, from its provenance
topics columns: day, speaker ("(all)" for the whole talk), phrase, score, count, first_time_s.
"""

from __future__ import annotations

from pathlib import Path

import pandas

from pipeline.artifacts import DayPaths, atomic_path, read_artifact
from pipeline.config import DayConfig
from pipeline.diarize import Diarization
from pipeline.evaluate import load_truth, score
from pipeline.summary import Summary
from pipeline.topics import Topics
from pipeline.transcribe import Transcript

ALL_SPEAKERS = "(all)"


def day_row(config: DayConfig, paths: DayPaths, status: str) -> dict:
    row: dict = {"id": config.id, "title": config.title,
                 "date": config.date.isoformat() if config.date else None, "status": status}
    if not paths.summary.is_file():
        return row
    summary = Summary.model_validate_json(paths.summary.read_bytes())
    comparison = summary.comparison
    row.update(
        duration_s=summary.source.duration_seconds, words=summary.transcript.words,
        speakers="; ".join(s.name for s in summary.speakers), num_speakers=summary.num_speakers,
        talk_s="; ".join(f"{s.name}={s.talk_seconds:.1f}" for s in summary.speakers),
        coverage=comparison.coverage if comparison else None,
        covered=comparison.covered if comparison else None,
        missing_points=comparison.missing if comparison else None,
    )
    if config.truth_path:
        transcript = read_artifact(paths.transcript, Transcript, "transcribe")
        diarization = read_artifact(paths.speakers, Diarization, "diarize")
        row.update(score(load_truth(config.truth_path), transcript, diarization).model_dump())
    row.update({f"wall_{s.stage}_s": s.wall_seconds for s in summary.provenance.stages})
    return row


def topic_rows(day_id: str, paths: DayPaths) -> list[dict]:
    if not paths.topics.is_file():
        return []
    topics = Topics.model_validate_json(paths.topics.read_bytes())
    groups = [(ALL_SPEAKERS, topics.overall)] + [(s.name, s.phrases) for s in topics.per_speaker]
    return [{"day": day_id, "speaker": speaker, "phrase": p.phrase, "score": p.score,
             "count": p.count, "first_time_s": p.first_time}
            for speaker, phrases in groups for p in phrases]


def write_table(frame: pandas.DataFrame, path: Path) -> None:
    with atomic_path(path) as tmp:
        if path.suffix == ".parquet":
            frame.to_parquet(tmp, index=False)
        else:
            frame.to_csv(tmp, index=False)


def write_index(days: list[tuple[DayConfig, str]], outputs: Path) -> pandas.DataFrame:
    """Write the day and topic tables for these (config, status) pairs; return the day table."""
    index = pandas.DataFrame([day_row(c, DayPaths.for_day(outputs, c.id), s) for c, s in days])
    topics = pandas.DataFrame(
        [row for c, _ in days for row in topic_rows(c.id, DayPaths.for_day(outputs, c.id))],
        columns=["day", "speaker", "phrase", "score", "count", "first_time_s"],
    )
    write_table(index, outputs / "index.parquet")
    write_table(index, outputs / "index.csv")
    write_table(topics, outputs / "topics.parquet")
    return index
