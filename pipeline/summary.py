"""Stage 6: one structured JSON record per day for researchers, plus transcript exports.

summary.json follows a versioned JSON Schema kept in pipeline/schema/ (generated from the models
below; a test keeps the two in step) and carries the provenance of every stage that fed it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from pydantic import BaseModel

from pipeline import __version__
from pipeline.artifacts import DayPaths, Provenance, read_artifact, write_artifact, write_atomic
from pipeline.compare import Comparison
from pipeline.config import DayConfig
from pipeline.diarize import Diarization, Utterance
from pipeline.download import SourceInfo
from pipeline.formats import cue_text
from pipeline.topics import Topics
from pipeline.transcribe import Transcript

SCHEMA_VERSION = "1.0.0"
SCHEMA_PATH = Path(__file__).parent / "schema" / "summary.schema.json"
TOP_PHRASES = 10


class DayInfo(BaseModel):
    id: str
    title: str
    date: date | None
    language: str
    config_file: str


class SourceSummary(BaseModel):
    kind: str
    source: str
    title: str | None
    duration_seconds: float
    audio_sha256: str
    media_sha256: str


class TranscriptSummary(BaseModel):
    language: str
    model: str
    segments: int
    words: int
    speech_seconds: float
    mean_word_probability: float


class SpeakerSummary(BaseModel):
    label: str
    name: str
    role: str | None
    talk_seconds: float
    talk_share: float
    words: int
    top_phrases: list[str]


class PhraseSummary(BaseModel):
    phrase: str
    score: float
    count: int
    first_time: float | None


class EntitySummary(BaseModel):
    text: str
    label: str
    found: bool
    first_time: float | None


class TopicsSummary(BaseModel):
    overall: list[PhraseSummary]
    entities: list[EntitySummary]
    years: list[str]


class PointSummary(BaseModel):
    text: str
    score: float
    attributed_to: str | None


class ComparisonSummary(BaseModel):
    report: str
    points: int
    covered: int
    missing: int
    coverage: float
    missing_points: list[PointSummary]
    speaker_disagreements: list[PointSummary]
    report_entities_found: int
    report_entities_missing: list[str]
    talk_only_topics: list[str]
    unreported_passages: int


class StageRecord(BaseModel):
    stage: str
    started_at: datetime
    wall_seconds: float
    tools: dict[str, str]
    model: dict[str, str] | None
    config_hash: str
    inputs: dict[str, str]


class ProvenanceSummary(BaseModel):
    generated_at: datetime
    lokakarya: str
    config_hash: str
    stages: list[StageRecord]
    total_wall_seconds: float


class Summary(BaseModel):
    schema_version: str
    day: DayInfo
    source: SourceSummary
    transcript: TranscriptSummary
    num_speakers: int
    speaker_count_estimated: bool
    speakers: list[SpeakerSummary]
    topics: TopicsSummary
    comparison: ComparisonSummary | None
    provenance: ProvenanceSummary


def _stage(provenance: Provenance) -> StageRecord:
    return StageRecord(**provenance.model_dump(include=set(StageRecord.model_fields)))


def _comparison(comparison: Comparison) -> ComparisonSummary:
    def point(p) -> PointSummary:
        return PointSummary(text=p.text, score=p.score, attributed_to=p.attributed_to)

    return ComparisonSummary(
        report=Path(comparison.report).name, points=len(comparison.points),
        covered=comparison.covered, missing=comparison.missing, coverage=comparison.coverage,
        missing_points=[point(p) for p in comparison.points if p.status == "missing"],
        speaker_disagreements=[point(p) for p in comparison.points if p.speaker_agrees is False],
        report_entities_found=sum(e.found for e in comparison.entities),
        report_entities_missing=[e.text for e in comparison.entities if not e.found],
        talk_only_topics=comparison.talk_only_topics,
        unreported_passages=len(comparison.unreported_passages),
    )


def build_summary(config: DayConfig, source: SourceInfo, transcript: Transcript,
                  diarization: Diarization, topics: Topics, comparison: Comparison | None) -> Summary:
    words = [w for s in transcript.segments for w in s.words]
    talk_total = sum(s.talk_seconds for s in diarization.speakers) or 1.0
    phrases_by_speaker = {s.speaker: [p.phrase for p in s.phrases] for s in topics.per_speaker}
    stages = [source.provenance, transcript.provenance, diarization.provenance, topics.provenance]
    stages += [comparison.provenance] if comparison else []
    return Summary(
        schema_version=SCHEMA_VERSION,
        day=DayInfo(id=config.id, title=config.title, date=config.date, language=config.language,
                    config_file=config.config_path.name),
        source=SourceSummary(kind=source.kind, source=source.source, title=source.title,
                             duration_seconds=source.duration, audio_sha256=source.audio_sha256,
                             media_sha256=source.media_sha256),
        transcript=TranscriptSummary(
            language=transcript.language,
            model=(transcript.provenance.model or {}).get("location", transcript.options.model),
            segments=len(transcript.segments), words=len(words),
            speech_seconds=transcript.speech_duration,
            mean_word_probability=round(sum(w.probability for w in words) / max(len(words), 1), 4),
        ),
        num_speakers=diarization.num_speakers,
        speaker_count_estimated=diarization.count_estimated,
        speakers=[
            SpeakerSummary(label=s.label, name=s.name, role=s.role, talk_seconds=s.talk_seconds,
                           talk_share=round(s.talk_seconds / talk_total, 4), words=s.words,
                           top_phrases=phrases_by_speaker.get(s.label, []))
            for s in diarization.speakers
        ],
        topics=TopicsSummary(
            overall=[PhraseSummary(**p.model_dump(include=set(PhraseSummary.model_fields)))
                     for p in topics.overall[:TOP_PHRASES]],
            entities=[EntitySummary(text=e.text, label=e.label, found=e.found,
                                    first_time=e.occurrences[0].start if e.occurrences else None)
                      for e in topics.entities],
            years=sorted({n.value for n in topics.numbers if n.is_year}),
        ),
        comparison=_comparison(comparison) if comparison else None,
        provenance=ProvenanceSummary(
            generated_at=datetime.now(timezone.utc), lokakarya=__version__, config_hash=config.hash,
            stages=[_stage(p) for p in stages],
            total_wall_seconds=round(sum(p.wall_seconds for p in stages), 3),
        ),
    )


def clock(seconds: float | None) -> str:
    """HH:MM:SS, the way the transcript and the page show times."""
    return "" if seconds is None else str(timedelta(seconds=int(seconds))).zfill(8)


def transcript_text(utterances: list[Utterance], names: dict[str, str]) -> str:
    """Readable transcript: one paragraph per speaker turn, stamped with its start time."""
    paragraphs: list[tuple[float, str, list[str]]] = []
    for u in utterances:
        if paragraphs and paragraphs[-1][1] == u.speaker:
            paragraphs[-1][2].append(u.text)
        else:
            paragraphs.append((u.start, u.speaker, [u.text]))
    return "\n\n".join(f"[{clock(start)}] {names[speaker]}:\n{' '.join(texts)}"
                       for start, speaker, texts in paragraphs) + "\n"


def subtitles(utterances: list[Utterance], names: dict[str, str]) -> tuple[str, str]:
    """SRT and WebVTT with one cue per utterance, prefixed by the speaker's name."""
    import srt
    import webvtt

    cues = [(timedelta(seconds=u.start), timedelta(seconds=max(u.end, u.start + 0.2)),
             cue_text(f"{names[u.speaker]}: {u.text}")) for u in utterances]
    srt_text = srt.compose([srt.Subtitle(i + 1, start, end, text) for i, (start, end, text) in enumerate(cues)])

    def stamp(delta: timedelta) -> str:
        total = delta.total_seconds()
        return f"{int(total // 3600):02d}:{int(total % 3600 // 60):02d}:{total % 60:06.3f}"

    vtt = webvtt.WebVTT(captions=[webvtt.Caption(stamp(s), stamp(e), text) for s, e, text in cues])
    return srt_text, vtt.content


@dataclass(frozen=True)
class DayArtifacts:
    """Everything the earlier stages wrote for one day, loaded and validated."""

    source: SourceInfo
    transcript: Transcript
    diarization: Diarization
    topics: Topics
    comparison: Comparison | None

    @classmethod
    def load(cls, config: DayConfig, paths: DayPaths) -> "DayArtifacts":
        return cls(
            source=read_artifact(paths.source, SourceInfo, "download"),
            transcript=read_artifact(paths.transcript, Transcript, "transcribe"),
            diarization=read_artifact(paths.speakers, Diarization, "diarize"),
            topics=read_artifact(paths.topics, Topics, "topics"),
            comparison=read_artifact(paths.comparison, Comparison, "compare") if config.report else None,
        )


def summarize(config: DayConfig, paths: DayPaths) -> Summary:
    """Write summary.json and transcript.txt/.srt/.vtt from the earlier stages' artifacts."""
    day = DayArtifacts.load(config, paths)
    diarization = day.diarization
    summary = build_summary(config, day.source, day.transcript, diarization, day.topics, day.comparison)
    names = diarization.names()
    srt_text, vtt_text = subtitles(diarization.utterances, names)
    write_atomic(paths.transcript_txt, transcript_text(diarization.utterances, names))
    write_atomic(paths.transcript_srt, srt_text)
    write_atomic(paths.transcript_vtt, vtt_text)
    write_artifact(paths.summary, summary)
    return summary


def json_schema() -> dict:
    schema = Summary.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://lokakarya.invalid/schema/summary-{SCHEMA_VERSION}.json"
    return schema
