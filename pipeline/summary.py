"""Stage 6: one structured JSON record per day for researchers, plus transcript exports.

summary.json follows a versioned JSON Schema kept in pipeline/schema/ (generated from the models
below by pipeline/records/schemas.py; a test keeps the two in step) and carries the provenance of every
stage that fed it.  Speakers' roles come from the config here, not from diarization; a role also
decides who hosts the session (naming, the host's key phrases, housekeeping), so editing one reruns
the diarize, topics and compare stages as well as this one and the page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, ValidationInfo, model_validator

from pipeline import __version__
from pipeline.artifacts import (
    Count,
    DayArtifacts,
    DayPaths,
    FileName,
    InputName,
    LanguageCode,
    Length,
    ModelRecord,
    PackageName,
    Provenance,
    Score,
    Seconds,
    Sha256,
    Share,
    Strict,
    clock,
    exports_field,
    reading,
    schema_version,
    web_address,
    write_artifact,
    written_before,
)
from pipeline.compare import Comparison, warnings_and_notes
from pipeline.config import DEFAULT_LANGUAGE, DayConfig, page_language_of
from pipeline.diarize import Diarization, Repetition, Turn
from pipeline.exports import captions
from pipeline.exports.page_text import TEXTS, decimal
from pipeline.records.files import write_atomic
from pipeline.stages import journal_walls
from pipeline.text.formats import first_difference
from pipeline.text.points import Status
from pipeline.transcribe import LOW_CONFIDENCE
from pipeline.voices.naming import NamingEvidence
from pipeline.voices.shown_voices import ShownVoice, day_voices, notes
from pipeline.voices.unlisted_names import CalledName

PACKAGES = ("srt",)  # the WebVTT file is written by captions.webvtt itself
TOP_PHRASES = 10
# A speaker's turn in transcript.txt starts a new stamped paragraph at the first utterance this
# long after the last stamp.  Every utterance then starts at most this long after a stamp, and
# lasts up to a segment (12 s by default): a time summary.json gives is found by reading the one
# paragraph of at most ~40 s (about a hundred words) stamped before it, where a 30-minute keynote
# was one line under one stamp.  Shorter would stamp nearly every utterance.
PARAGRAPH_SECONDS = 30.0


SHARE_SLACK = 0.01  # rounded shares of a whole may add up to a little more than 1 (1.0001 seen)


# Seconds in every record are counted from the start of the recording (audio.wav, the player's 0).
AT = "seconds from the start of the recording"


class DayInfo(Strict):
    id: str = Field(description="the day's id, its folder under outputs/")
    title: str = Field(description="the day's title, as the config gives it")
    # Annotated, not `= Field(...)`: a default named `date` would hide the type from the annotation
    date: Annotated[date | None, Field(description="the day's date as the config gives it; null where it gives none")]
    language: str = Field(description="the language the config says the talk is in, as Whisper names it (id, en)")
    config_file: FileName | None = Field(
        description="the name of the config file the day was made from; null for a config made in code, which has "
        "no file (before 2.18.0 the summary stage refused such a config)"
    )


class SourceSummary(Strict):
    kind: Literal["url", "file"] = Field(description="'url': fetched from a web address; 'file': a local file")
    source: str = Field(description="the config's source: the web address, or the file's path as the config gives it")
    title: str | None = Field(description="the site's title of the recording, or a local file's name without suffix")
    duration_seconds: Length
    audio_sha256: Sha256 = Field(description="sha256 of audio.wav, the 16 kHz mono audio every stage read")
    media_sha256: Sha256 = Field(description="sha256 of the recording's file as fetched or read, before decoding")
    warnings: list[str] = Field(
        description="what is wrong with the recording and was kept on request (shorter than its source declares)"
    )

    @model_validator(mode="after")
    def _source_to_link(self) -> SourceSummary:
        """The page links a fetched source: a web address only (see web_address)."""
        if self.kind == "url":
            web_address(self.source)
        return self


class TranscriptSummary(Strict):
    language: str = Field(description="the language the transcript was decoded in (the day's)")
    model: str = Field(description="the Whisper model as configured ('base', or a path the config gives)")
    model_sha256: Sha256 | None = Field(description="sha256 of the Whisper model's weights; null where not known")
    segments: Count = Field(
        description="Whisper's segments as transcript.json has them; segments.parquet holds utterances, the same "
        "segments cut again where the voice changes"
    )
    words: Count = Field(description="the transcript's words, as a reader counts them")
    speech_seconds: Seconds = Field(
        description="the segments' spans summed; an utterance cut where the voice changes leaves out the pause "
        "between its parts, so segments.parquet's spans sum to up to a second less"
    )
    speech_seconds_by_language: dict[LanguageCode, Seconds] = Field(
        description="seconds of speech decoded in each language: the day's, and another where Whisper was sure a "
        "whole window was in it (transcribe.switch_languages)"
    )
    mean_word_probability: Share = Field(
        description="Whisper's probability of each word, averaged over the day's words: how sure the transcript is "
        "(transcript.json gives each word's)"
    )
    # absent before 2.14.0: a loop was told only by reading the transcript
    repetitions: list[Repetition] | None = Field(
        default=None,
        description="probable ASR repetition loops: a phrase of three words or more the transcript writes three "
        "times over or more, each time a letter or two off, where the speaker likely said it once and the words "
        "after it are lost; the topics count it once; null in a summary before 2.14.0",
    )


class SpeakerSummary(Strict):
    label: str = Field(description="the voice's label in speakers.json, the captions and the tables (SPEAKER_00)")
    name: str = Field(
        description="the voice's name: a config speaker's as the config writes it, or 'Speaker N' or 'Music N'"
    )
    named_by: Literal["order", "talk", "talk_time", "music"] = Field(
        description="'talk': the talk's hand-overs, thanks or introductions named this voice, not the config's "
        "order; 'talk_time': the order skips a voice that talked too little to be one of the config's speakers, "
        "this one or one before it, or would give the host's name to a voice that talks four times "
        "longer than the voices that could be the host; 'music': the voice is music or singing, in no topic and no "
        "report point"
    )
    naming_evidence: list[NamingEvidence] = Field(description="where the talk names this voice")
    # absent before 2.14.0, when a name the order alone gave read as a name heard
    name_by_order_alone: bool | None = Field(
        default=None,
        description="true where the name is a config speaker's given by the order of first appearance alone: no "
        "hand-over, thanks or introduction in the talk names this voice (naming_evidence is empty), so the name "
        "is to be checked by ear; the page, the exports and search mark it wherever they show it; null in a "
        "summary before 2.14.0",
    )
    # absent before 2.15.0, when a doubt about the name stood only in the comparison's warnings
    name_doubt: str | None = Field(
        default=None,
        description="why the name may belong to another voice, where the day's records doubt it: the report's "
        "points credited to this name rest on another named voice and that voice's on this one (comparison.json's "
        "crossed_names), so the two names may be swapped; null where nothing doubts it, and in a summary before "
        "2.15.0",
    )
    called: list[CalledName] = Field(
        description="for a voice the config does not list, the names the talk calls it (its own introduction, a "
        "hand-over or thanks by title and name, thanks for its question in the answer, or a request it replies "
        "to), each with where"
    )
    role: str | None = Field(description="the speaker's role as the config gives it; null where it gives none")
    # absent before 2.13.0: a reader told the host by the free text of `role` or `name` alone
    host: bool | None = Field(
        default=None,
        description="whether the run took this voice for the day's host (moderator, MC, pembawa acara: a host's word "
        "in the config speaker's name or role), whose key phrases, housekeeping and naming the stages treat as the "
        "host's; false for a voice the config names no one for; null in a summary before 2.13.0",
    )
    talk_seconds: Seconds = Field(
        description="seconds of the voice's turns in speakers.json, pauses within a turn included, so the voices' "
        "need not add up to transcript.speech_seconds (the segments' spans)"
    )
    talk_share: Share = Field(description="talk_seconds over all voices' talk_seconds (not the recording's length)")
    words: Count = Field(description="the transcript's words said in this voice")
    top_phrases: list[str] = Field(
        description="what this voice says most that the others do not, best first (topics.json's per_speaker); "
        "for the day's host (moderator, MC), of what it asks and the themes it announces only"
    )


class PhraseSummary(Strict):
    phrase: str = Field(description="a key phrase of the whole talk, as the day's own vocabulary spells it")
    score: Score = Field(description="how salient it is, higher is more (YAKE's score s as 1 / (1 + s))")
    count: Count = Field(description="the utterances that say it, in any of the forms heard")
    first_time: Seconds | None = Field(description=f"start of the first utterance that says it, {AT}")


class EntitySummary(Strict):
    text: str = Field(description="a name or term as the config, its glossary or the report writes it")
    label: str = Field(
        description="what it is: PERSON, ORG, GPE (a place), TERM (a glossary term without a type), or MISC: a "
        "name of the report the stage does not class (places among them)"
    )
    found: bool = Field(description="whether the talk's transcript says it")
    first_time: Seconds | None = Field(
        description=f"start of the first utterance that says it, {AT}; null where not found"
    )


class TopicsSummary(Strict):
    overall: list[PhraseSummary] = Field(description="the whole talk's best key phrases, best first (at most 10)")
    entities: list[EntitySummary] = Field(description="the names and terms of the config and the report")
    years: list[str] = Field(description="the years the talk says, in order (other numbers: topics.json)")


class VoicePart(Strict):
    start: Seconds = Field(description=f"where this voice's lines in the evidence start, {AT}")
    end: Seconds = Field(description=f"where they end, {AT}")
    speaker: str = Field(description="label of the voice (speakers[].label)")


class PointSummary(Strict):
    # absent before 2.12.0: a point was told only by its text, which a report may give twice, and
    # a speaker disagreement did not say whose voice makes the point
    point: Count | None = Field(
        default=None,
        description="the point's number in the report, from 0: comparison.json's points[].index and the points "
        "table's point",
    )
    text: str = Field(description="the report's sentence")
    status: Status = Field(
        description="the verdict: 'covered' (said), 'partly' (as likely said, fewer of its words heard: said in "
        "other words, or only part of it), 'missing' (no passage found that makes it; not proof it was not said)"
    )
    confidence: Share | None = Field(
        description="the chance that the talk says the point, 0-1, as the comparison's model estimates it (for a "
        "missing point too)"
    )
    attributed_to: str | None = Field(
        description="the speaker the report credits with the point, as the config names them; null where it credits "
        "none. Not who says it in the talk: see evidence_speaker"
    )
    evidence_start: Seconds | None = Field(
        description=f"start of the point's first evidence in the voice it is named after (evidence_speaker), {AT}: "
        "where the talk says it (a speaker's own words before the host's question or recap), for a missing point the "
        "closest passage, null where none comes close (comparison.json gives its end and text). Where the evidence "
        "crosses voices (evidence_parts), that voice's own lines, not the evidence's first line (before 2.16.0 the "
        "first line, which may be another voice's)"
    )
    evidence_speaker: str | None = Field(
        default=None,
        description="label of the voice (speakers[].label) that says the evidence at evidence_start: not the "
        "report's attributed_to where the two disagree",
    )
    # absent before 2.16.0
    evidence_parts: list[VoicePart] = Field(
        default_factory=list,
        description="where the first evidence crosses voices (a host's line and a guest's), each voice's lines in it "
        "in order; empty where one voice says it all",
    )


class ComparisonSummary(Strict):
    report: str = Field(description="the report's file name (its sha256 is the compare stage's input 'report')")
    points: Count = Field(description="the report's points that are content: covered + partly + missing")
    covered: Count = Field(description="points the talk makes, possibly in other words")
    partly: Count = Field(description="points the talk touches on with part of their words")
    missing: Count = Field(description="points no passage of the talk was found to make")
    narration: Count = Field(
        description="the report's sentences about the event itself (who spoke, where), not looked for and not "
        "among `points`"
    )
    coverage: Share = Field(description="(covered + half of partly) / points")
    warnings: list[str] = Field(description="what may make the verdicts wrong (another day's report, another language)")
    # among the warnings before 2.4.0
    notes: list[str] = Field(default_factory=list, description="how the report was read")
    missing_points: list[PointSummary] = Field(description="the points called missing, in the report's order")
    partly_points: list[PointSummary] = Field(description="the points called partly, in the report's order")
    speaker_disagreements: list[PointSummary] = Field(
        description="points said (covered or partly) none of whose evidence is in the voice of the speaker the "
        "report credits, and another speaker's passage (not the host's) is sure"
    )
    # absent from summaries before 2.2.0 (none then)
    number_disagreements: list[PointSummary] = Field(
        default_factory=list,
        description="points said whose evidence gives another number than the report (comparison.json says which)",
    )
    report_entities_found: Count = Field(
        description="the names and terms of the report's points that the talk says (from 2.14.0 not those only its "
        "narration of the event names: see report_narration_entities; from 2.15.0 the glossary's too, each counted "
        "where a said point naming it says it in its evidence, not wherever the talk says it)"
    )
    report_entities_missing: list[str] = Field(
        description="the names and terms of the report's points that the talk does not say where a said point "
        "naming it is (from 2.15.0; before, anywhere in the talk, and not the glossary's): the talk may say one "
        "elsewhere, in an aside or beside a point not found, as topics.entities tells (found, first_time)"
    )
    # absent before 2.14.0, when these were counted among the points' names
    report_narration_entities: list[str] = Field(
        default_factory=list,
        description="names only the report's sentences about the event itself give (where, how and by whom it was "
        "held: 'Zoom Meeting', the series' name): not looked for, whether the talk says them tells little",
    )
    # absent before 2.14.0
    report_numbers_heard: list[str] = Field(
        default_factory=list,
        description="quantities of the report's points that a said point's evidence states, or its voice in the "
        "sentence just before or after it (comparison.json's numbers; a 1 without a unit, the determiner 'satu', "
        "is none)",
    )
    report_numbers_not_heard: list[str] = Field(
        default_factory=list,
        description="quantities of the report's points that no said point's evidence states: its point missing, or "
        "said without the number (the talk may state it elsewhere: topics.json's numbers)",
    )
    talk_only_topics: list[str] = Field(description="key phrases of the talk that the report does not mention")
    # passages before 2.8.0 were one utterance each, housekeeping among them
    unreported_passages: Count = Field(
        description="passages of the talk's content that the report leaves out (comparison.json lists them)"
    )
    housekeeping_passages: Count = Field(
        default=0,  # absent before 2.8.0
        description="passages that only run the session (greetings, thanks, handing the floor over, the sound, "
        "breaks), counted apart from unreported_passages",
    )


class StageRecord(Strict):
    stage: str = Field(description="the stage that made the record (download, transcribe, ...)")
    started_at: datetime = Field(description="when the stage started, UTC")
    wall_seconds: Seconds = Field(description="how long the stage ran, seconds")
    tools: dict[PackageName, str] = Field(
        description="the version of each package it used; lokakarya-source is the sha256 of lokakarya's own code"
    )
    model: ModelRecord | None = Field(description="the model it ran; null for a stage that runs none")
    config_hash: Sha256 = Field(description="sha256 of the config fields the stage reads")
    inputs: dict[InputName, str] = Field(
        description="sha256 of each file the stage read, by its name; of a record of an earlier stage, of its "
        "findings (its JSON without its provenance) for a stage that reads no more (all but summary and page)"
    )
    cpu: str | None = Field(
        None,
        description="the processor the stage ran on where that may decide its findings (transcribe: its model "
        "name and widest vector instructions, which choose CTranslate2's kernels); null for the other stages",
    )


class ProvenanceSummary(StageRecord):
    """The summary stage's own record (its config_hash and inputs decide when it reruns), the
    records of the stages it gathers, and their total wall time."""

    lokakarya: str = Field(description="lokakarya's version that made this summary")
    stages: list[StageRecord] = Field(description="the records of the stages before it, in the order they run")
    total_wall_seconds: Seconds = Field(
        description="the wall seconds the runs that left the records of `stages` took, added up, as journal.jsonl has "
        "them (each record's own where it has none): with the diarize stage's wait for its voice analysis beside the "
        "transcription, which that record's wall_seconds leaves out (before 2.17.0 the records' own); not this stage's"
    )


class Summary(Strict):
    # 2.3.0: provenance may name the scores it vouches for; 2.4.0: the comparison's notes apart from its warnings;
    # 2.8.0: unreported passages join a voice's consecutive utterances, housekeeping counted apart;
    # 2.11.0: a called name's moment of kind 'answer' or 'asked' (speakers.json 1.7.0);
    # 2.12.0: a listed point's number in the report and the voice that says its evidence;
    # 2.13.0: whether a voice is the day's host; 2.14.0: a name the config's order alone gave is said
    # so, the report's names of its narration apart, its quantities heard at their points, and the
    # transcript's probable repetition loops; 2.15.0: the report's names are the glossary's too that its
    # points give, each found where a said point naming it says it (comparison 1.9.0), and a voice's
    # name the records doubt says why (name_doubt); 2.16.0: a listed point's evidence that crosses voices
    # gives each voice's part (evidence_parts), and evidence_start is the named voice's own (comparison 1.10.0);
    # 2.17.0: total_wall_seconds is the journal's, with diarize's wait beside the transcription;
    # 2.18.0: day.config_file is null for a day made from a config made in code, which has no file; each
    # stage record has the processor it ran on where that may decide its findings (cpu)
    schema_version: str = schema_version("2.18.0")
    day: DayInfo = Field(description="the day as its config gives it")
    source: SourceSummary = Field(description="the recording (source.json)")
    transcript: TranscriptSummary = Field(description="the automatic transcript (transcript.json)")
    num_speakers: Count = Field(description="the voices told apart in the recording")
    speaker_count_estimated: bool = Field(
        description="true where the count was estimated from the audio, false where the config's diarize.num_speakers "
        "gave it"
    )
    speakers: list[SpeakerSummary] = Field(description="each voice, with its name and how much it talks")
    topics: TopicsSummary = Field(description="what the talk is about (topics.json)")
    comparison: ComparisonSummary | None = Field(
        description="the day's written report against the talk (comparison.json); null for a day with no report"
    )
    exports: dict[FileName, Sha256] = exports_field()  # transcript.txt, .srt and .vtt
    provenance: ProvenanceSummary = Field(description="what made this summary and each record it gathers")

    @model_validator(mode="after")
    def _notes_apart(self) -> Summary:
        """A summary written before 2.4.0 told the comparison's notes among its warnings."""
        if self.comparison is not None and written_before(self.schema_version, "2.4.0"):
            self.comparison.warnings, self.comparison.notes = warnings_and_notes(self.comparison.warnings)
        return self

    @model_validator(mode="after")
    def _parts_agree(self, info: ValidationInfo) -> Summary:
        """Checked on reading (a hand edit can break it): the page and the tables add these up."""
        if not reading(info):
            return self
        labels = [speaker.label for speaker in self.speakers]
        if len(set(labels)) < len(labels) or self.num_speakers != len(labels):
            raise ValueError(f"speakers: {len(labels)} listed ({', '.join(labels)}), num_speakers {self.num_speakers}")
        if sum(speaker.talk_share for speaker in self.speakers) > 1 + SHARE_SLACK:
            raise ValueError("speakers: their talk shares add up to more than the whole")
        c = self.comparison
        if c is not None and c.covered + c.partly + c.missing != c.points:
            raise ValueError(f"comparison: {c.covered} + {c.partly} + {c.missing} verdicts for {c.points} points")
        listed = [] if c is None else c.missing_points + c.partly_points + c.speaker_disagreements
        listed += [] if c is None else c.number_disagreements
        for point in listed:
            for speaker in [point.evidence_speaker, *(part.speaker for part in point.evidence_parts)]:
                if speaker is not None and speaker not in labels:
                    raise ValueError(
                        f"comparison: point {point.point}'s evidence names speaker '{speaker}', "
                        "which speakers does not list"
                    )
        return self


def day_info(config: DayConfig) -> DayInfo:
    """The day as summary.json records it and transcript.txt's first line names it."""
    return DayInfo(
        id=config.id,
        title=config.title,
        date=config.date,
        language=config.language,
        config_file=config.config_file_name,
    )


def _stage(provenance: Provenance) -> StageRecord:
    return StageRecord(**provenance.model_dump(include=set(StageRecord.model_fields)))


def _comparison(comparison: Comparison) -> ComparisonSummary:
    def point(p) -> PointSummary:
        return PointSummary(
            point=p.index,
            text=p.text,
            status=p.status,
            confidence=p.confidence,
            attributed_to=p.attributed_to,
            evidence_start=p.evidence[0].own_part().start if p.evidence else None,
            evidence_speaker=p.evidence[0].speaker if p.evidence else None,
            evidence_parts=[
                VoicePart(start=part.start, end=part.end, speaker=part.speaker) for part in p.evidence[0].parts
            ]
            if p.evidence
            else [],
        )

    return ComparisonSummary(
        report=Path(comparison.report).name,
        points=len(comparison.points) - comparison.narration,
        covered=comparison.covered,
        partly=comparison.partly,
        missing=comparison.missing,
        narration=comparison.narration,
        coverage=comparison.coverage,
        warnings=comparison.warnings,
        notes=comparison.notes,
        missing_points=[point(p) for p in comparison.points if p.status == "missing"],
        partly_points=[point(p) for p in comparison.points if p.status == "partly"],
        speaker_disagreements=[point(p) for p in comparison.points if p.speaker_agrees is False],
        number_disagreements=[point(p) for p in comparison.points if p.numbers_disagree],
        report_entities_found=sum(e.found for e in comparison.entities if not e.narration),
        report_entities_missing=[e.text for e in comparison.entities if not (e.found or e.narration)],
        report_narration_entities=[e.text for e in comparison.entities if e.narration],
        report_numbers_heard=[n.text for n in comparison.numbers if n.found and not n.narration],
        report_numbers_not_heard=[n.text for n in comparison.numbers if not (n.found or n.narration)],
        talk_only_topics=comparison.talk_only_topics,
        unreported_passages=len(comparison.unreported_passages),
        housekeeping_passages=len(comparison.housekeeping_passages),
    )


def build_summary(config: DayConfig, day: DayArtifacts, provenance: Provenance, walls: Mapping[str, float]) -> Summary:
    """The day's summary made of its records and the walls of the runs that left them
    (stages.journal_walls): summarize writes it, remade_differs holds a kept one to it."""
    source, transcript, diarization, topics = day.source, day.transcript, day.diarization, day.topics
    comparison, evaluation = day.comparison, day.evaluation
    words = [w for s in transcript.segments for w in s.words]
    talk_total = sum(s.talk_seconds for s in diarization.speakers) or 1.0
    phrases_by_speaker = {s.speaker: [p.phrase for p in s.phrases] for s in topics.per_speaker}
    # in the order the stages run (the page's provenance table lists them so)
    stages = [source.provenance, transcript.provenance, diarization.provenance]
    stages += [evaluation.provenance] if evaluation else []
    stages += [topics.provenance]
    stages += [comparison.provenance] if comparison else []
    roles = {speaker.name: speaker.role for speaker in config.speakers}
    hosts = config.host_names()
    voices = day_voices(diarization, comparison)
    model = transcript.provenance.model
    return Summary(
        day=day_info(config),
        source=SourceSummary(
            kind=source.kind,
            source=source.source,
            title=source.title,
            duration_seconds=source.duration,
            audio_sha256=source.audio_sha256,
            media_sha256=source.media_sha256,
            warnings=source.warnings,
        ),
        transcript=TranscriptSummary(
            language=transcript.language,
            model=transcript.options.model,
            model_sha256=model.sha256 if model and model.sha256 != "unknown" else None,
            segments=len(transcript.segments),
            words=len(words),
            speech_seconds=transcript.speech_duration,
            speech_seconds_by_language=transcript.speech_by_language(),
            mean_word_probability=round(sum(w.probability for w in words) / max(len(words), 1), 4),
            repetitions=diarization.repetitions(),
        ),
        num_speakers=diarization.num_speakers,
        speaker_count_estimated=diarization.count_estimated,
        speakers=[
            SpeakerSummary(
                label=s.label,
                name=s.name,
                named_by=s.named_by,
                naming_evidence=s.naming_evidence,
                name_by_order_alone=s.by_order_alone,
                name_doubt=voices[s.label].doubt,
                called=s.called,
                role=roles.get(s.name),
                host=s.name in hosts,
                talk_seconds=s.talk_seconds,
                talk_share=round(s.talk_seconds / talk_total, 4),
                words=s.words,
                top_phrases=phrases_by_speaker.get(s.label, []),
            )
            for s in diarization.speakers
        ],
        topics=TopicsSummary(
            overall=[
                PhraseSummary(**p.model_dump(include=set(PhraseSummary.model_fields)))
                for p in topics.overall[:TOP_PHRASES]
            ],
            entities=[
                EntitySummary(
                    text=e.text,
                    label=e.label,
                    found=e.found,
                    first_time=e.occurrences[0].start if e.occurrences else None,
                )
                for e in topics.entities
            ],
            years=sorted({n.value for n in topics.numbers if n.is_year}),
        ),
        comparison=_comparison(comparison) if comparison else None,
        provenance=ProvenanceSummary(
            **_stage(provenance).model_dump(),
            lokakarya=__version__,
            stages=[_stage(p) for p in stages],
            total_wall_seconds=round(sum(walls.get(p.stage, p.wall_seconds) for p in stages), 3),
        ),
    )


def remade_differs(summary: Summary, config: DayConfig, paths: DayPaths) -> str | None:
    """Where summary.json is not the summary its records make now (the first field, with both
    values), or None: the summary stage's only input is those records, so a difference is an edit."""
    own = Provenance(**summary.provenance.model_dump(include=set(Provenance.model_fields)))
    remade = build_summary(config, DayArtifacts.load(config, paths), own, {})  # its total is not compared
    # schema_version is the version of the code that wrote the record, no figure of its records:
    # a later lokakarya's newer minor or patch stays (runner.staleness), and its summary is no edit.
    # total_wall_seconds is journal.jsonl's, a fact of the runs and no input the record names: a day
    # copied or restored without its journal makes another total, and that is no edit either.
    unchecked = {"exports": True, "schema_version": True, "provenance": {"total_wall_seconds"}}
    kept, made = (s.model_dump(mode="json", exclude=unchecked) for s in (summary, remade))
    return first_difference(kept, made)


def _wordless_music(diarization: Diarization, music: set[str], language: str) -> list[tuple[float, str, list[str]]]:
    """A paragraph for each stretch a song's voice holds without a word heard: summary.json lists
    the voice with its talk time, and the transcript says when it played."""
    stretches: list[Turn] = []
    for turn in diarization.turns:
        if stretches and stretches[-1].speaker == turn.speaker:
            stretches[-1] = stretches[-1].model_copy(update={"end": max(turn.end, stretches[-1].end)})
        else:
            stretches.append(turn)
    return [
        (turn.start, turn.speaker, [TEXTS[language]["no_words_until"].format(time=clock(turn.end))])
        for turn in stretches
        if turn.speaker in music
        and not any(
            u.speaker == turn.speaker and u.start < turn.end and u.end > turn.start for u in diarization.utterances
        )
    ]


# transcript.txt's marks around unsure words; the words' own braces become look-alikes
UNSURE_BRACES = ("{", "}")
_NO_BRACES = str.maketrans({"{": "｛", "}": "｝"})


def transcript_text(
    diarization: Diarization,
    day: DayInfo,
    voices: Mapping[str, ShownVoice],
    language: str = DEFAULT_LANGUAGE,
    unsure: Sequence[bool] = (),
) -> str:
    """Readable transcript: a line naming the day (a copy taken out of its folder still says what
    it is of), then one paragraph per speaker turn, stamped with its start time, and a new one
    within a long turn every PARAGRAPH_SECONDS or so.  A song's lyrics are marked as music.  A name
    the config's order alone gave, or one the records doubt, carries its marks (`voices`, as every
    export has them), and the voices so named are listed under the first line, with what the
    captions' mark after such a name means.  Its own words are in `language`, the talk's
    (page_text's texts; a page set to another language by `page.language` is the page's alone): an
    Indonesian day's had been in English beside its Indonesian page.  The
    `unsure` words (transcribe.Transcript.unsure) are between braces, as the page marks them, and a
    line under the first says why: no export had carried the page's marks."""
    music = diarization.sung_voices()
    flags = list(unsure) + [False] * (len(diarization.words) - len(unsure))
    paragraphs: list[tuple[float, str, list[str]]] = []
    for u in diarization.utterances:
        words = range(u.word_start, u.word_end)
        text = captions.unsure_in_words((diarization.words[i].word.translate(_NO_BRACES), flags[i]) for i in words)
        if paragraphs and paragraphs[-1][1] == u.speaker and u.start - paragraphs[-1][0] < PARAGRAPH_SECONDS:
            paragraphs[-1][2].append(text)
        else:
            paragraphs.append((u.start, u.speaker, [text]))
    paragraphs = sorted(paragraphs + _wordless_music(diarization, music, language), key=lambda paragraph: paragraph[0])

    def said(speaker: str, lines: list[str]) -> str:
        text = captions.with_unsure_marked(captions.plain(" ".join(lines)), UNSURE_BRACES)
        return f"{captions.MUSIC_MARK} {text} {captions.MUSIC_MARK}" if speaker in music else text

    header = TEXTS[language]["transcript_of"].format(day=day.id, title=captions.isolated(captions.plain(day.title)))
    header += f", {day.date.isoformat()}" if day.date else ""
    # on the header's next lines: the paragraphs after it are the talk's
    speaking = {word.speaker for word in diarization.words if word.speaker not in music}
    # and what the captions' mark after a name means, for a reader of the SRT beside it
    header_notes = notes(voices, language) + captions.caption_mark_notes(
        (voices[label] for label in speaking), language
    )
    header += "".join("\n" + captions.plain(note) for note in header_notes)
    if any(flags):
        threshold = decimal(LOW_CONFIDENCE, 1, language)
        header += "\n" + TEXTS[language]["unsure_text_note"].format(threshold=threshold)
    blocks = [header]
    blocks += [
        f"[{clock(start)}] {captions.isolated(voices[speaker].marked(voices[speaker].name, language, short=False))}:\n"
        f"{said(speaker, lines)}"
        for start, speaker, lines in paragraphs
    ]
    return "\n\n".join(blocks) + "\n"


def summarize(config: DayConfig, paths: DayPaths) -> Summary:
    """Write summary.json and transcript.txt/.srt/.vtt from the earlier stages' artifacts."""
    provenance = Provenance.begin("summary", config.stage_key("summary"), DayArtifacts.files(config, paths), PACKAGES)
    day = DayArtifacts.load(config, paths)
    diarization, duration = day.diarization, day.source.duration
    voices = day_voices(diarization, day.comparison)  # one name and one set of marks a voice, in every export
    language = page_language_of(config.language)  # the exports' own words, as the day's page has them
    unsure = day.transcript.unsure()  # the words the page marks, marked in every export
    texts = {
        paths.transcript_txt: transcript_text(diarization, day_info(config), voices, language, unsure),
        paths.transcript_srt: captions.srt(
            diarization.words, voices, duration=duration, language=language, unsure=unsure
        ),
        paths.transcript_vtt: captions.webvtt(
            diarization.words, voices, duration=duration, language=language, unsure=unsure
        ),
    }
    # Made whole before any file is written: a summary that cannot be made leaves the exports as
    # they were, not of a newer run than summary.json and the page.
    summary = build_summary(config, day, provenance.finish(), journal_walls(paths))
    summary.exports = {path.name: write_atomic(path, text) for path, text in texts.items()}
    write_artifact(paths.summary, summary)
    return summary
