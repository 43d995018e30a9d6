"""Tables over the whole archive for researchers: every day folder under outputs/, whatever ran last.

`refresh_archive` rebuilds them from the days' artifacts after every `run` and `batch`, under a lock
(two runs finishing together take turns) and each file atomically, so a reader never sees a torn
or partial archive.  Every table has a fixed set, order and type of columns (`pipeline.records.columns`),
also when no day has a date, a report or a ground truth, so tables of two outputs folders
concatenate without dtype fixes.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import json
import logging
import re
import shutil
from collections.abc import Callable, Collection
from pathlib import Path

import pandas
import pyarrow
import pyarrow.parquet

from pipeline import __version__
from pipeline.artifacts import (
    DayPaths,
    DayStatus,
    check_references,
    folder_lock,
    input_stands,
    read_artifact,
    run_holds,
    source_sha256,
    written_before,
)
from pipeline.compare import Comparison, ReportPoint, Span
from pipeline.config import DEFAULT_LANGUAGE, extra_voice, speaker_person, speaker_person_key
from pipeline.diarize import Diarization
from pipeline.download import SourceInfo
from pipeline.evaluate import Evaluation
from pipeline.page import PageRecord, codes_of, day_entry, index_page
from pipeline.records.columns import (
    ALL_SPEAKERS,
    CSV_DIALECT,
    FILES,
    INDEX_CSV,
    PACKAGE,
    PACKAGE_NAME,
    RUNNING,
    RUNNING_ON_ROWS_BEFORE,
    SPREADSHEET_GUARD,
    TABLES,
    data_package,
    days_left_out,
    tables_sha256,
)
from pipeline.records.files import (
    PipelineError,
    arrow_table_file,
    error_text,
    file_sha256,
    link_astray,
    not_a_regular_file,
    own_folder,
    read_record,
    read_regular,
    regular_file_there,
    remove_stale_temporaries,
    write_atomic,
    write_together,
)
from pipeline.runner import failure_reason, files_not_as_written, written_since
from pipeline.stages import STAGES, journal_walls
from pipeline.summary import Summary
from pipeline.system.stops import held, raise_stop_within
from pipeline.text.formats import one_line, printable, undecoded_escaped
from pipeline.text.language import fold, role_in_name
from pipeline.topics import Topics
from pipeline.transcribe import Transcript

log = logging.getLogger("lokakarya")

ROW_GROUP_ROWS = 16_384
# How far down outputs/ another archive copied into it is looked for (a folder of folders of an
# archivist's own is walked that far, no further).
NESTED_DEPTH = 3
# A one-line reason is a few hundred characters; a status.json edited by hand may hold megabytes,
# which would be copied into index.csv and every row of outputs/index.html.
MAX_REASON_CHARS = 1000


def _load(path: Path, kind, made_by: str):
    """The record, None where there is none (a FIFO or a folder in its place is named: regular_file_there)."""
    return read_artifact(path, kind, made_by) if regular_file_there(path, "record") else None


def day_row(paths: DayPaths, records: dict[Path, object] | None = None) -> dict:
    """One index row from the day's status, summary, scores and page record, and of `records`
    (the day's other records, read for the other tables) which ones older code made."""
    status = _load(paths.status, DayStatus, "run")
    summary = _load(paths.summary, Summary, "summary")
    # "incomplete": a run touched the day but none has made its summary yet (killed, or running)
    row: dict = {"id": paths.root.name, "status": "ok" if summary is not None else "incomplete"}
    if summary is not None:
        row.update(
            title=summary.day.title,
            date=summary.day.date,
            language=summary.day.language,
            languages_heard=list(summary.transcript.speech_seconds_by_language),
            model=summary.transcript.model,
            duration_s=summary.source.duration_seconds,
            words=summary.transcript.words,
            mean_word_probability=summary.transcript.mean_word_probability,
            num_speakers=summary.num_speakers,
            speaker_count_estimated=summary.speaker_count_estimated,
            speakers=[_speaker(paths.root.name, s) for s in summary.speakers],
        )
        if (compared := (records or {}).get(paths.comparison)) is not None:
            row.update(
                report=compared.report,
                said_confidence=compared.options.said_confidence,
                covered_share=compared.options.covered_share,
            )
        if summary.comparison is not None:
            comparison = summary.comparison
            row.update(
                points=comparison.points,
                covered=comparison.covered,
                partly=comparison.partly,
                missing_points=comparison.missing,
                coverage=comparison.coverage,
                report_warnings=comparison.warnings,
                report_notes=comparison.notes,
            )
        stages = summary.provenance.stages + [summary.provenance]
        row.update({f"wall_{s.stage}_s": s.wall_seconds for s in stages})
        row.update(
            lokakarya=summary.provenance.lokakarya,
            lokakarya_source=summary.provenance.tools.get("lokakarya-source"),
            lokakarya_sources=codes_of(stages),
            config_file=summary.day.config_file,
            source=summary.source.source,
            media_sha256=summary.source.media_sha256,
            audio_sha256=summary.source.audio_sha256,
            model_sha256=summary.transcript.model_sha256,
            report_sha256=_input_recorded(stages, "compare", "report"),
            truth_sha256=_input_recorded(stages, "evaluate", "truth"),
            summary_sha256=file_sha256(paths.summary),
        )
    if summary is None:
        # incomplete: what its last run's status says, and no figures: no summary records its scores
        # or page record as that run's (they may be an earlier run's)
        return row | ({"title": status.title, "date": status.date, "config_file": status.config_file} if status else {})
    # Scores left from a truth since taken out of the config are not the day's (DayArtifacts.files).
    evaluation = _load(paths.scores, Evaluation, "evaluate") if "scores" in summary.provenance.inputs else None
    if evaluation is not None:
        row.update(evaluation.scores.model_dump(), wall_evaluate_s=evaluation.provenance.wall_seconds)
    page = _load(paths.page_record, PageRecord, "page")
    if page is not None:
        row["wall_page_s"] = page.provenance.wall_seconds
        # the file as the page recorded it, where the page was made from this summary: one made before a
        # summary stage run alone since may be of another config
        if page.provenance.inputs.get("summary") == row["summary_sha256"]:
            row["config_sha256"] = page.config_sha256
    row.update({f"wall_{stage}_s": wall for stage, wall in journal_walls(paths).items() if f"wall_{stage}_s" in row})
    source = _load(paths.source, SourceInfo, "download")
    own = {paths.source: source, paths.summary: summary, paths.scores: evaluation, paths.page_record: page}
    row["out_of_date"] = _out_of_date(paths, (records or {}) | own)
    return row


def _input_recorded(stages: list, stage: str, name: str) -> str | None:
    """What the record of `stage` that the day's summary gathers holds of its input `name` (a report's,
    a truth's sha256), as it read it; None where the stage did not run for the day."""
    return next((s.inputs.get(name) for s in stages if s.stage == stage), None)


def _out_of_date(paths: DayPaths, records: dict[Path, object]) -> list[str]:
    """The day's records older code made, in the stages' order, as 'summary.json 2.10.0 (now
    2.14.0)': a column of the tables that a later schema added is empty in their rows (a summary
    before 2.13.0 records no host), and nothing else says why."""
    return [
        f"{path.name} {record.schema_version} (now {written})"
        for stage in STAGES
        if (record := records.get(path := (stage.record or stage.artifact)(paths))) is not None
        and (written := written_since(path, record.schema_version))
    ]


def _speaker(day_id: str, s) -> dict:
    """A speaker's columns, the same in the index row and in speakers.parquet.  A speaker whose
    config gives no role but whose name holds one (`name: Moderator`, `MC Budi`) has that role: the
    bundled days write a moderator both ways, and `role == "Moderator"` should find every one."""
    person = speaker_person(s.name)
    person_key = speaker_person_key(s.name)
    return {
        "label": s.label,
        "name": s.name,
        "named_by": s.named_by,
        "name_by_order_alone": s.name_by_order_alone,
        "name_doubt": s.name_doubt,
        "person": person,
        "person_key": person_key,
        "voice_key": person_key or voice_of_the_day(day_id, s.label),
        "role": s.role or (None if extra_voice(s.name) else role_in_name(s.name)),
        "host": s.host,
        "called": [called.name for called in s.called],
        "talk_s": s.talk_seconds,
        "talk_share": s.talk_share,
        "words": s.words,
    }


def speaker_rows(day_id: str, summary: Summary) -> list[dict]:
    return [{"day": day_id, **_speaker(day_id, s)} for s in summary.speakers]


def voice_of_the_day(day_id: str, label: str) -> str:
    """The voice_key of a voice that is no person across days (an extra voice, a song, a role without
    a name): its day's alone, with a `/` that no person_key holds (language.person_key keeps letters
    and digits only), so it never joins a person nor another day's voice of the same label."""
    return f"{day_id}/{label}"


def topic_rows(day_id: str, topics: Topics, comparison: Comparison | None = None) -> list[dict]:
    """Phrases of the whole talk and of each voice, keyed like the other tables: the voice label
    (joins speakers and segments) and the name beside it; and whether the day's report leaves the
    phrase out (`comparison`'s talk_only_topics, which only summary.json had listed: no table
    told the topics the report does not mention)."""
    talk_only = None if comparison is None else set(comparison.talk_only_topics)
    groups = [(ALL_SPEAKERS, ALL_SPEAKERS, topics.overall)] + [
        (s.speaker, s.name, s.phrases) for s in topics.per_speaker
    ]
    return [
        {
            "day": day_id,
            "speaker": speaker,
            "speaker_name": name,
            "phrase": p.phrase,
            "score": p.score,
            "count": p.count,
            "first_time_s": p.first_time,
            "first_utterance": min((o.utterance for o in p.occurrences), default=None),
            "heard": p.heard,
            "talk_only": None if talk_only is None else p.phrase in talk_only,
        }
        for speaker, name, phrases in groups
        for p in phrases
    ]


def entity_rows(day_id: str, topics: Topics) -> list[dict]:
    """The day's names and whether the talk says them; a config's role alone ("Moderator"), which
    topics.json of before 2026-12-04 holds as a PERSON, names no one."""
    return [
        {
            "day": day_id,
            "entity": e.text,
            "label": e.label,
            "origin": e.origin,
            # the key speakers.parquet joins a person by: the name as written splits one person over days
            "person_key": speaker_person_key(e.text) if e.label == "PERSON" else None,
            "found": e.found,
            "found_by": e.found_by,
            "mentions": len(e.occurrences) if e.mentions is None else e.mentions,
            "first_time_s": min((o.start for o in e.occurrences), default=None),
            "first_utterance": min((o.utterance for o in e.occurrences), default=None),
            # every one listed, not only the first: who says a name is asked of them all
            "utterances": sorted({o.utterance for o in e.occurrences}),
        }
        for e in topics.entities
        if not (e.origin == "config" and e.label == "PERSON" and speaker_person(e.text) is None)
    ]


def number_rows(day_id: str, topics: Topics, diarization: Diarization | None) -> list[dict]:
    """Every quantity the talk states, numbered in topics.json's order: "2 2" in a short utterance
    is two rows alike in every other column, context included, which their number alone tells
    apart (the table's key)."""
    names = {s.label: s.name for s in diarization.speakers} if diarization is not None else {}
    return [
        {
            "day": day_id,
            "mention": mention,
            **n.model_dump(include={"value", "unit", "is_year", "utterance", "speaker", "context"}),
            "speaker_name": names.get(n.speaker),
            "start_s": n.start,
            "end_s": n.end,
        }
        for mention, n in enumerate(topics.numbers)
    ]


def segment_rows(day_id: str, transcript: Transcript, diarization: Diarization) -> list[dict]:
    """Every utterance with the mean probability of its words (speakers.json keeps the words in
    transcript order, so the i-th speaker word is the i-th transcript word)."""
    probabilities = transcript.probabilities()
    names = diarization.names()
    rows = []
    for utterance in diarization.utterances:
        run = probabilities[utterance.word_start : utterance.word_end]
        rows.append(
            {
                "day": day_id,
                "utterance": utterance.index,
                "start_s": utterance.start,
                "end_s": utterance.end,
                "speaker": utterance.speaker,
                "speaker_name": names[utterance.speaker],
                "text": utterance.text,
                "language": transcript.segments[utterance.segment].language,
                "words": utterance.word_end - utterance.word_start,
                "mean_probability": round(sum(run) / len(run), 4) if run else None,
                "text_folded": fold(utterance.text),
            }
        )
    return rows


def _heard_or_not(point: ReportPoint) -> dict:
    """The point's numbers, those of them and of its words not heard, and the talk's numbers
    instead, each number with its unit ("7 persen; 38 persen; 55 persen": "7 38 55" had said
    neither); empty (as its confidence) for a narration, which is not looked for."""
    if point.status == "narration":
        return dict.fromkeys(
            (
                "missing_terms",
                "numbers",
                "number_values",
                "number_units",
                "number_mentions",
                "numbers_not_heard",
                "talk_numbers_instead",
            )
        )
    # None, never "", for nothing to list: `notna()` and SQL's COUNT then count the points that have some
    return {
        "missing_terms": " ".join(point.missing_terms) or None,
        "numbers": "; ".join(n.stated() for n in point.numbers) or None,
        # the same quantities as numbers.parquet writes them, value and unit apart, to join on
        "number_values": [n.value for n in point.numbers] or None,
        "number_units": [n.unit for n in point.numbers] or None,
        # where the talk says each: the comparison's own match, which a join on value and unit had lost
        # (None before comparison 1.10.0, one item a quantity still, so the three columns explode together)
        "number_mentions": [n.mentions for n in point.numbers] or None,
        "numbers_not_heard": "; ".join(n.stated() for n in point.numbers if not n.heard) or None,
        "talk_numbers_instead": "; ".join(dict.fromkeys(n.stated(v) for n in point.numbers for v in n.talk_says))
        or None,
    }


def _evidence_voices(span: Span | None, version: str, utterance_at: Callable[[float], int | None]) -> dict:
    """Where the named voice's own lines of a point's first evidence start, and every voice in it in
    order: a window of the host's question and a guest's answer, named after the guest, had been
    told only by its first line's start, the host's.  A comparison before 1.10.0 did not tell a
    window's voices apart, so its rows leave them empty rather than guess."""
    if span is None or written_before(version, "1.10.0"):
        return dict.fromkeys(("evidence_speaker_start_s", "evidence_speaker_utterance", "evidence_speakers"))
    own = span.own_part().start
    return {
        "evidence_speaker_start_s": own,
        "evidence_speaker_utterance": utterance_at(own),
        "evidence_speakers": [part.speaker for part in span.voices()],
    }


def _utterances_of(diarization: Diarization | None) -> Callable[[float, bool], int | None]:
    """The utterance a passage of evidence starts in (at its start), or ends in (`ending`: the last
    that starts before its end): the comparison reads a long utterance in pieces, timed within it,
    so a passage's times are an utterance's own or within one."""
    starts = [u.start for u in diarization.utterances] if diarization is not None else []

    def utterance_at(time: float, ending: bool = False) -> int | None:
        at = (bisect.bisect_left(starts, time - 1e-6) if ending else bisect.bisect_right(starts, time + 1e-6)) - 1
        return diarization.utterances[at].index if starts and at >= 0 else None

    return utterance_at


def point_rows(day_id: str, comparison: Comparison, diarization: Diarization | None) -> list[dict]:
    """Every report point with its verdict and best evidence (the one place that reads points),
    and the utterance that evidence starts in, to join the segments."""
    labels = {s.name: s.label for s in diarization.speakers} if diarization is not None else {}
    utterance_at = _utterances_of(diarization)

    return [
        {
            "day": day_id,
            "point": p.index,
            "text": p.text,
            "status": p.status,
            "confidence": p.confidence,
            "score": p.score,
            "evidence_start_s": p.evidence[0].start if p.evidence else None,
            "evidence_end_s": p.evidence[0].end if p.evidence else None,
            "evidence_utterance": utterance_at(p.evidence[0].start) if p.evidence else None,
            "evidence_speaker": p.evidence[0].speaker if p.evidence else None,
            "evidence_speaker_name": p.evidence[0].speaker_name if p.evidence else None,
            **_evidence_voices(p.evidence[0] if p.evidence else None, comparison.schema_version, utterance_at),
            **_heard_or_not(p),
            "attributed_to": p.attributed_to,
            "attributed_speaker": labels.get(p.attributed_to) if p.attributed_to else None,
            "speaker_agrees": p.speaker_agrees,
        }
        for p in comparison.points
    ]


def evidence_rows(day_id: str, comparison: Comparison, diarization: Diarization | None) -> list[dict]:
    """Every passage of every point's evidence, best first, as comparison.json lists them: the
    points table shows the first alone, and where a second passage, in another voice, is what
    makes `speaker_agrees` true (para-12, para-19: the host's question first, the credited guest's
    answer second), a reader of the points table saw the host and a true agreement."""
    utterance_at = _utterances_of(diarization)
    return [
        {
            "day": day_id,
            "point": p.index,
            "rank": rank,
            "start_s": span.start,
            "end_s": span.end,
            "first_utterance": utterance_at(span.start),
            "last_utterance": utterance_at(span.end, ending=True),
            "speaker": span.speaker,
            "speaker_name": span.speaker_name,
            "confidence": span.confidence,
            "text": span.text,
        }
        for p in comparison.points
        for rank, span in enumerate(p.evidence)
    ]


def passage_rows(day_id: str, comparison: Comparison) -> list[dict]:
    """What the talk says that the report leaves out, and the talk's housekeeping, passage by passage."""
    told_apart = not written_before(comparison.schema_version, "1.7.0")
    kinds = [("content", comparison.unreported_passages), ("housekeeping", comparison.housekeeping_passages)]
    return [
        {
            "day": day_id,
            "kind": kind if told_apart else None,
            "first_utterance": p.utterances[0] if p.utterances else None,
            "last_utterance": p.utterances[-1] if p.utterances else None,
            "start_s": p.start,
            "end_s": p.end,
            "speaker": p.speaker,
            "speaker_name": p.speaker_name,
            "text": p.text,
            "words": len(p.text.split()),
            "best_confidence": p.best_confidence,
        }
        for kind, passages in kinds
        for p in passages
    ]


# A day's cached tables are Parquet under another name: a reader of the archive's tables by a
# pattern ("outputs/**/segments.parquet", as DuckDB reads them) would count every row twice.
CACHED = {name: f"{file}.cache" for name, file in FILES.items()}


def _cache_folder(outputs: Path) -> Path | None:
    """outputs/.tables-cache, a real folder: a link there is taken away (the cache is made again),
    or clearing stale entries would delete the files of the folder it leads to.  None, said in one
    warning, where it cannot be made (a file of that name is left as it is): the cache costs time,
    not the tables."""
    cache = outputs / ".tables-cache"
    if cache.is_symlink():
        cache.unlink()
    try:
        return own_folder(cache)
    except PipelineError as exc:
        log.warning(f"{exc}; until then the tables are made without their cache")
        return None


def day_rows(paths: DayPaths) -> dict[str, list[dict]]:
    """Every table's rows for one day, from whichever of its artifacts exist; a day whose
    artifacts this version cannot read is one index row saying so, not a broken archive."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    try:
        _add_day_rows(rows, paths)
    except Exception as exc:  # ours, or a library's crash on a hand-edited artifact: this day only
        raise_stop_within(exc)  # a Ctrl-C a library wrapped is no fault of the day's
        rows = {name: [] for name in TABLES}
        # its files named from the archive's folder ("day-4/summary.json: ..."): the row, and its
        # cache, stay true when the archive is moved or its folder named another way
        # (a message and a folder's name as a line shows them: a break, a byte not UTF-8 escaped)
        reason = printable(_from_archive(failure_reason(exc), paths.root.parent))[:MAX_REASON_CHARS]
        row = {"id": printable(paths.root.name), "status": "unreadable", "reason": reason}
        rows["index"].append(row | _which_day(paths))
    return rows


def _from_archive(message: str, outputs: Path) -> str:
    """The message with the archive's own paths written from its folder: "outputs/day-4/x.json"
    (as typed, or absolute) is "day-4/x.json"; a name that only ends like it ("para-1/" under an
    outputs folder named "1") is left whole."""
    return re.sub(rf"(?<![^\s'\"(]){re.escape(str(outputs))}/", "", message)


def _which_day(paths: DayPaths) -> dict:
    """An unreadable day's title, date and config file, where its last run's status.json or its
    summary tells them: the archive page shows which day it is."""
    for path, kind, made_by in ((paths.status, DayStatus, "run"), (paths.summary, Summary, "summary")):
        try:
            record = _load(path, kind, made_by)
        except Exception as exc:  # it may be what cannot be read
            raise_stop_within(exc)
            continue
        if record is not None:
            day = record if isinstance(record, DayStatus) else record.day
            return {"title": day.title, "date": day.date, "config_file": day.config_file}
    return {}


def _add_day_rows(rows: dict[str, list[dict]], paths: DayPaths) -> None:
    day_id = paths.root.name
    if astray := link_astray(paths.root):  # a loop, or a drive not mounted: named, never passed over
        raise PipelineError(f"{paths.root}: is {astray}, not a day folder; mend or remove the link")
    if paths.root.is_symlink():  # a run refuses to write through it: its record is another folder's
        raise PipelineError(f"{paths.root}: is a link to a folder elsewhere, not a day folder of this archive")
    if undecoded_escaped(day_id) != day_id:  # no day's id: a copy renamed where names are in another encoding
        raise PipelineError(f"{paths.root}: its name is not UTF-8, as a day's id is; rename it to the day's id")
    if printable(day_id) != day_id:  # a line break or another control character, which no day's id holds
        raise PipelineError(
            f"{paths.root}: its name holds a line break or another control character, as no day's id does; "
            "rename it to the day's id"
        )
    summary = _load(paths.summary, Summary, "summary")
    status = _load(paths.status, DayStatus, "run")
    recorded = summary.day.id if summary is not None else status.id if status is not None else day_id
    if recorded != day_id:  # its rows would count that day twice
        raise PipelineError(
            f"{paths.root}: holds the record of day '{recorded}' (a copy of its folder, or a link to it); "
            "left out of the tables"
        )
    if status is not None and status.status in ("failed", "running"):
        # The day is what its last run says: failed, and why; or stopped in a stage, never to say
        # so.  What earlier runs left in its folder stays there for a rerun, but is no row: it may
        # be of the config before the one that failed, or half of one run and half of another (a
        # stage that failed after others ran, one killed between writing a file and its record).
        reason = (
            status.reason[:MAX_REASON_CHARS]
            if status.status == "failed"
            else f"the run stopped during the {status.stage} stage without finishing (killed, or the machine "
            "stopped); run the day again"
        )
        rows["index"].append(
            {"id": day_id, "title": status.title, "date": status.date, "status": "failed"}
            | {"config_file": status.config_file, "failed_stage": status.stage, "reason": reason}
        )
        return
    if summary is None:
        # "incomplete": no summary records its files as one run's (_check_made_from), so they may be
        # half of two runs, and its segments' voices would be in no speakers row: the row alone
        rows["index"].append(day_row(paths))
        return
    _check_made_from(summary, paths)
    diarization = _load(paths.speakers, Diarization, "diarize")
    topics = _load(paths.topics, Topics, "topics")
    transcript = _load(paths.transcript, Transcript, "transcribe")
    # A comparison left from before the day's report was taken out of its config is not the day's.
    comparison = _load(paths.comparison, Comparison, "compare") if "comparison" in summary.provenance.inputs else None
    read = {paths.speakers: diarization, paths.topics: topics, paths.transcript: transcript}
    rows["index"].append(day_row(paths, read | {paths.comparison: comparison}))
    rows["speakers"] += speaker_rows(day_id, summary)
    if topics is not None:
        if diarization is not None:
            topics.check_against(diarization, paths.topics)
        rows["topics"] += topic_rows(day_id, topics, comparison)
        rows["entities"] += entity_rows(day_id, topics)
        rows["numbers"] += number_rows(day_id, topics, diarization)
    if diarization is not None and transcript is not None:
        diarization.check_against(transcript, paths.speakers)
        rows["segments"] += segment_rows(day_id, transcript, diarization)
    if comparison is not None:
        if diarization is not None:
            check_references(comparison, diarization, paths.comparison, "compare")
        rows["points"] += point_rows(day_id, comparison, diarization)
        rows["point_evidence"] += evidence_rows(day_id, comparison, diarization)
        rows["passages"] += passage_rows(day_id, comparison)


def _check_made_from(summary: Summary, paths: DayPaths) -> None:
    """A finished day's rows come from the files its summary was made of, as they were then: a
    stage run alone since (a speaker renamed, a threshold changed) or a file taken away would mix
    two versions of the day in the tables (its counts from one, its points from the other)."""
    for name, recorded in summary.provenance.inputs.items():
        path = paths.input_file(name)
        if path is None:  # the config's files: the run checks those
            continue
        # a folder or a link in its place the run makes again; a FIFO, a device is to move away first
        if not_there := not_a_regular_file(path):
            raise PipelineError(f"{path}: {not_there}, though the day's summary was made from it; run the day again")
        if not input_stands("summary", name, path, recorded):
            raise PipelineError(
                f"{path}: changed since the day's summary was made from it (a stage run alone?); "
                "run the summary stage or the day again"
            )
    # and the files its stages wrote beside their records: captions of another run, or another
    # day's listening copy (a merge that kept the newer of each file), would show another day
    for stage in STAGES:
        if problem := files_not_as_written(stage, paths):
            raise PipelineError(f"{problem}; run the day again")


def table(name: str, rows: list[dict]) -> pandas.DataFrame:
    """The rows as a frame with exactly the table's columns, in order, with their dtypes, every
    text on one line (_one_line)."""
    columns = TABLES[name]
    # None, not NaN, for a value a row lacks: NaN would not cast to a date.
    frame = pandas.DataFrame(
        [[_one_line(row.get(c.name)) for c in columns] for row in rows], columns=[c.name for c in columns], dtype=object
    )
    return frame.astype({c.name: c.pandas_dtype for c in columns})


def _one_line(value):
    """A cell's text on one line, in lists and a speaker's fields too: the pipeline writes its
    reasons, titles, names and warnings on one line, but a record edited by hand (a reason in
    status.json, a title in summary.json) may hold a line break, which parted index.csv's row
    over two lines and a table's cell.  (A folder's name, and a message naming it, show a break
    escaped: day_rows.)"""
    if isinstance(value, str):
        return one_line(value)
    if isinstance(value, list):
        return [_one_line(item) for item in value]
    if isinstance(value, dict):
        return {key: _one_line(item) for key, item in value.items()}
    return value


def write_table(name: str, frame: pandas.DataFrame, folder: Path, file_name: str | None = None) -> None:
    """One table as Parquet, rewritten only when its bytes change (a rerun keeps its mtime)."""
    write_atomic(folder / (file_name or FILES[name]), table_bytes(name, frame))


def table_bytes(name: str, frame: pandas.DataFrame) -> bytes:
    """One table's Parquet file."""
    schema = pyarrow.schema([(c.name, c.type) for c in TABLES[name]])
    data = pyarrow.Table.from_pandas(frame, schema=schema, preserve_index=False)
    # Which columns the file has, for a reader of files of several archives or versions.
    # And which code made its rows (a person's name, a role, the folded text are the tables' own).
    made_by = {
        b"pandas": _pandas_types(data.schema.metadata[b"pandas"], TABLES[name]),
        b"lokakarya": __version__.encode(),
        b"lokakarya.tables": tables_sha256().encode(),
        b"lokakarya.source": source_sha256().encode(),
    }
    data = data.replace_schema_metadata((data.schema.metadata or {}) | made_by)
    sink = pyarrow.BufferOutputStream()
    # Rows are in day order, so row groups of this size let a reader asking for one day
    # (`lokakarya search --day`) skip the others by their statistics.
    pyarrow.parquet.write_table(data, sink, row_group_size=ROW_GROUP_ROWS)
    return sink.getvalue().to_pybytes()


def _pandas_types(metadata: bytes, columns) -> bytes:
    """pandas' metadata with each text column's type named with its storage (`string[pyarrow]`):
    pandas writes a bare `string` for either storage, which pandas 2 reads as `string[python]`, so
    under pandas 2 (all Python 3.10 gets) read_parquet gave other types than Column.pandas_dtype and
    read_index_csv (fifty-second round)."""
    types = {c.name: c.pandas_dtype for c in columns}
    pandas_metadata = json.loads(metadata)
    for column in pandas_metadata["columns"]:
        dtype = types.get(column["name"])
        if isinstance(dtype, pandas.StringDtype):
            column["numpy_type"] = f"string[{dtype.storage}]"
    return json.dumps(pandas_metadata).encode()


def day_frames(paths: DayPaths, cache: Path | None, unwritten: list[str]) -> dict[str, pandas.DataFrame]:
    """One day's tables, cached in outputs/.tables-cache/<id>/ (when there is one) until one of its
    files or the package's code changes: a 2-hour day's transcript takes a few tenths of a second to
    read, an archive has hundreds.  A day another run is working on is read from the cache as it was.
    A cache that cannot be written is said in `unwritten`, for the warning once the tables are written."""

    folder = None if cache is None else cache / paths.root.name
    if paths.root.is_symlink() or printable(paths.root.name) != paths.root.name:
        # never cached: its one row says what it is, whatever the cache holds
        return _read_now(paths)
    if run_holds(paths.root):  # never the asking run's own day: it lets the lock go before the tables
        return _while_running(paths, folder)
    if folder is None:
        return _read_now(paths)
    try:
        key = json.dumps(
            {
                "lokakarya": __version__,
                "code": source_sha256(),  # the rows are made by the code: a person's name, the folded text
                "columns": tables_sha256(),
                # by content, as the runner keys a stage's files: an edit that keeps the size and resets
                # the mtime is an edit (a two-hour day's records and exports, some 50 MB, its listening
                # copy 26 MB of them: about 35 ms, as sha256 read 26 MB in 18-19 ms here at load 1-2)
                "files": {f.name: "a link" if f.is_symlink() else file_sha256(f) for f in _keyed_files(paths)},
            }
        )
    except OSError:  # a folder that cannot be listed: its one row says why, and is not cached
        return _read_now(paths)
    cached = _read_cache(folder, key)
    if cached is not None:
        return cached
    frames = _read_now(paths)
    if run_holds(paths.root):  # a run began while its files were read
        return _while_running(paths, folder)
    try:
        _remove(folder)  # stale or damaged: made again whole
        for name, frame in frames.items():
            write_table(name, frame, folder, CACHED[name])
        write_atomic(folder / "key.json", key)
    except (OSError, PipelineError) as exc:  # a read-only or full cache costs time, not the tables
        unwritten.append(f"{folder}: the tables cache was not written ({exc}); the tables are made without it")
    return frames


def _read_now(paths: DayPaths) -> dict[str, pandas.DataFrame]:
    """One day's tables as its files are now, not cached."""
    return {name: table(name, rows) for name, rows in day_rows(paths).items()}


def _while_running(paths: DayPaths, folder: Path | None) -> dict[str, pandas.DataFrame]:
    """A day whose files a run (or a stage run alone) is changing now: its rows as the last tables
    held them (its cache `folder`), for a day that was whole then, marked "running"; else its one
    row saying so.  Read now, its files would be half of the old run and half of the new."""
    cached = None if folder is None else _read_cache(folder)  # cached by any run of this version's columns
    running = {"status": "running", "reason": RUNNING}
    if cached is not None and (cached["index"]["status"] == "ok").all():
        cached["index"] = cached["index"].assign(status="running", reason=RUNNING_ON_ROWS_BEFORE)
        return cached
    rows = {name: [] for name in TABLES} | {"index": [{"id": paths.root.name} | running | _which_day(paths)]}
    return {name: table(name, day) for name, day in rows.items()}


def _keyed_files(paths: DayPaths) -> list[Path]:
    """The files a day's rows are read from or checked against (_check_made_from): its records,
    what its stages wrote beside them, and its journal (the stages' walls: stages.journal_walls); not
    audio.wav, which its record holds by sha256 and which costs ten times the others to hash (a run
    checks it)."""
    written = {path for stage in STAGES for path in stage.files(paths)} | {paths.journal}  # the walls
    return sorted({*paths.root.glob("*.json"), *(path for path in written if path.is_file())})


def _read_cache(folder: Path, key: str | None = None) -> dict[str, pandas.DataFrame] | None:
    """A day's cached tables when their key matches (when None, any key of this version's columns:
    the tables as last made); None when missing, stale or damaged in any way (a cache is made
    again, never trusted over the day's own files)."""

    try:
        if folder.is_symlink():
            return None
        kept = read_regular(folder / "key.json")
        if key is None:
            if json.loads(kept).get("columns") != tables_sha256():  # rows of other columns would not concatenate
                return None
        elif kept != key.encode("utf-8"):
            return None
        frames = {}
        for name in TABLES:  # read as files.arrow_table_file says
            frames[name] = pyarrow.parquet.read_table(arrow_table_file(folder / CACHED[name], follow=False)).to_pandas()
        return frames
    except (OSError, ValueError, AttributeError, pyarrow.ArrowException):  # AttributeError: a key of no object
        return None


def _remove(path: Path) -> None:
    """A cache entry, whatever it became (a folder, a file, a link)."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def _inert_in_spreadsheets(value):
    """A text cell a spreadsheet would run as a formula (a title like '=HYPERLINK(…)') is kept as
    text there: a leading apostrophe, as OWASP advises for CSV.  A text that begins with an
    apostrophe gets one more, so that read_index_csv, which takes exactly one off, gives back the
    record's text: `'=cmd` and `=cmd` had read back alike (fifty-second round)."""
    if not isinstance(value, str):
        return value
    formula = value.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r"))
    return SPREADSHEET_GUARD + value if formula or value.startswith(SPREADSHEET_GUARD) else value


def write_tables(
    outputs: Path,
    cache: Path | None,
    own_day: str | None = None,
    language: str | None = None,
    reported: Collection[str] = (),
) -> dict[str, pandas.DataFrame]:
    """Rebuild every table (and index.csv) from the day folders now in outputs/, with the days'
    rows cached in `cache` (_cache_folder), and with a `language` the archive page
    outputs/index.html in it, all written as one; a day left out is said in a warning, but for
    own_day, whose run says it as its error.  A day another run is working on is said too, own_day's
    as any (a run that took the day as this one ended it, on the success path too), but for the
    `reported` days: those refused at that run's lock (DayHeld), whose command says so in its own
    error (the fifty-eighth round: `Warning: demo: a run is working on this day` had come before it)."""
    folders = DayPaths.of_archive(outputs)
    stale_entries = set(cache.glob("*")) - {cache / paths.root.name for paths in folders} if cache else set()
    for stale in stale_entries:
        with contextlib.suppress(OSError):  # a day removed from the archive; a cache that stays is unread
            _remove(stale)
    # a cache not written is said once the tables are: on a read-only or full disk their own error
    # says it, where each day's cache warning had come before it
    unwritten: list[str] = []
    days = [day_frames(paths, cache, unwritten) for paths in folders]
    for nested in _outputs_inside(outputs):
        log.warning(
            f"{nested}: another outputs folder inside this one (`cp -r` of a whole archive?); its day folders are "
            "not in these tables"
        )
    frames = {
        name: pandas.concat([table(name, [])] + [day[name] for day in days], ignore_index=True) for name in TABLES
    }
    index_rows = frames["index"].to_dict("records")
    for day, why in days_left_out(index_rows, ["unreadable"]).items():  # in its row; here too, where run is watched
        if day != own_day:
            log.warning(f"{day}: left out of the archive tables: {why.reason}")
    for row in index_rows:
        # not yet its run's rows: that run makes the tables again as it ends
        if row["status"] == "running" and row["id"] not in reported:
            log.warning(f"{row['id']}: {row['reason']}")
    frames["index"]["same_audio_as"] = _same_audio_as(frames["index"])
    frames["entities"] = _labelled_alike(frames["entities"])
    targets = [outputs / FILES[name] for name in TABLES] + [outputs / INDEX_CSV, outputs / PACKAGE]
    links = _refuse_what_stands_in_the_way(targets + ([outputs / "index.html"] if language is not None else []))
    # All written as one (write_together): a Ctrl-C or a full disk at the third table had left
    # index.parquet new and the others, index.csv and datapackage.json's hashes, old.
    files = {outputs / FILES[name]: table_bytes(name, frame) for name, frame in frames.items()}
    index = frames["index"]
    lists = [c.name for c in TABLES["index"] if pyarrow.types.is_list(c.type)]
    csv = index.assign(
        **{
            # (a list inside a speaker, read back from parquet, is an array)
            name: index[name].map(
                lambda cell: json.dumps(list(cell), ensure_ascii=False, default=list), na_action="ignore"
            )
            for name in lists
        }
    )
    # in the dialect datapackage.json states, on every system (pandas ends a line as the system does)
    text = csv.map(_inert_in_spreadsheets).to_csv(index=False, lineterminator=CSV_DIALECT["lineTerminator"])
    files[outputs / INDEX_CSV] = text.encode("utf-8")
    described = {name: files[outputs / FILES[name]] for name in TABLES} | {INDEX_CSV: files[outputs / INDEX_CSV]}
    package = data_package({name: hashlib.sha256(data).hexdigest() for name, data in described.items()}, __version__)
    files[outputs / PACKAGE] = (json.dumps(package, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
    if language is not None:
        # The page with them: written after them, a Ctrl-C between had left it one run behind the tables.
        rows = index.astype(object).where(index.notna(), None).to_dict("records")
        entries = [day_entry(row, DayPaths.for_day(outputs, row["id"])) for row in rows]
        page = index_page(entries, language, [path.name for path in files])
        files[outputs / "index.html"] = page.encode("utf-8")
    write_together(files, held)
    for link in links:  # said once the files replaced them: a FIFO or a full disk found later keeps every link
        what = _archive_file_named(link)
        log.warning(
            f"{link}: a link, not the {what} lokakarya wrote; the {what} replaces the link, not what it leads to"
        )
    for warning in unwritten:
        log.warning(warning)
    return frames


def _refuse_what_stands_in_the_way(targets: list[Path]) -> list[Path]:
    """The archive's files read as a day's artifacts do (files.not_a_regular_file), all checked
    before any is written: all the tables or none (one that could not be written, found halfway,
    had left index.parquet new and index.csv old).  A FIFO, a device or a socket in a table's place
    is named and stops them, as in a record's place, where it had been replaced without a word; a
    folder too, even an empty one (a day's artifact takes an empty folder away: files._clear_folder).
    A link, live or leading nowhere, is replaced by the file (what it leads to is left as it was):
    returned, for a warning once the files are written."""
    links = []
    for path in targets:
        what = _archive_file_named(path)
        try:
            not_a_file = not_a_regular_file(path, what)
        except PipelineError as exc:
            raise PipelineError(f"{exc} (no table was written)") from None
        if not_a_file == "a folder":
            raise PipelineError(
                f"{path}: is a folder, where the archive {what} goes; move it away (no table was written)"
            )
        if not_a_file == "a link":
            links.append(path)
    return links


def _archive_file_named(path: Path) -> str:
    """What an archive file is called in a message: the page, the data package, or a table."""
    return {"index.html": "page", PACKAGE: "data package"}.get(path.name, "table")


def _outputs_inside(outputs: Path, depth: int = NESTED_DEPTH) -> list[Path]:
    """Folders under outputs/ (NESTED_DEPTH levels down at most, not into day folders) that hold
    archive tables or day folders of their own: `cp -r old/outputs outputs/backup/` puts one two
    levels down."""
    nested = []
    for folder in sorted(outputs.iterdir()):
        try:
            inside = folder.is_dir() and not folder.name.startswith(".")
            if not inside or DayPaths(folder).touched_by_a_run():
                continue
            if (folder / FILES["index"]).is_file() or _holds_days(folder):
                nested.append(folder)
            elif depth > 1 and not folder.is_symlink():  # a link may lead anywhere ("/"): only the first level
                nested += _outputs_inside(folder, depth - 1)
        except OSError:  # a folder that cannot be looked into: no archive of ours
            continue
    return nested


def _holds_days(folder: Path) -> bool:
    """Whether a folder holds day folders a run made; one that cannot be looked into is none."""
    return any(DayPaths(sub).made_by_a_run() for sub in folder.iterdir())


def _same_audio_as(index: pandas.DataFrame) -> pandas.Series:
    """For each day, the first day before it with the same audio: one recording configured under
    two ids (a config copied to mend it, a day added twice) is in the tables twice, and a sum of
    talk time or words over days counts it twice.  Each such day is named in a warning too."""
    first: dict[str, str] = {}
    same = []
    for day, audio in zip(index["id"], index["audio_sha256"], strict=True):
        earlier = first.setdefault(audio, day) if isinstance(audio, str) else day
        same.append(None if earlier == day else earlier)
        if earlier != day:
            log.warning(
                f"{day}: the same recording as {earlier} (audio sha256 {audio[:12]}…), counted twice in sums over days"
            )
    return pandas.Series(same, index=index.index, dtype=index["id"].dtype)


def _labelled_alike(entities: pandas.DataFrame) -> pandas.DataFrame:
    """Each name with one label on every day: the label a day's config gives it (a speaker is a
    PERSON, a glossary term its type), where any does, the most days' where configs differ.  A
    report's name is typed by how the report writes it and by the day's own config alone:
    "Aljazair" was a GPE on demo, whose glossary says so, and MISC on the twelve days reading the
    same reports without it; "Fergus Hanson" a PERSON on twelve, MISC on demo-3, with no
    person_key there, so a join on it lost the day.  A PERSON so labelled gets its person_key."""
    if entities.empty:
        return entities
    key = entities["entity"].map(lambda name: fold(name).replace(" ", ""))
    given = entities["origin"] == "config"
    counts = pandas.DataFrame({"key": key[given], "label": entities.loc[given, "label"]}).value_counts()
    # the most days' label, and of two as many the first by name, so that every archive decides alike
    chosen = counts.reset_index().sort_values(["key", "count", "label"], ascending=[True, False, True])
    by_key = chosen.drop_duplicates("key").set_index("key")["label"]
    label = key.map(by_key).astype(entities["label"].dtype).fillna(entities["label"])
    person = (label == "PERSON") & entities["person_key"].isna()
    keys = entities.loc[person, "entity"].map(speaker_person_key)
    return entities.assign(label=label, person_key=entities["person_key"].mask(person, keys))


def refresh_archive_after_failure(
    outputs: Path,
    language: str = DEFAULT_LANGUAGE,
    own_day: str | None = None,
    warn: bool = True,
    reported: Collection[str] = (),
) -> None:
    """The tables made again after a run or a batch that failed or was stopped, to list how its days
    ended.  Where they cannot be (a full disk, an outputs folder the user may not write), the run's
    own error is still the one reported, after a warning that the tables show the days as their
    last runs ended (status.json had said failed while index.csv went on saying ok, without a
    word); without `warn` (a run that recorded nothing) the error alone.  `reported`: as for
    refresh_archive."""
    try:
        refresh_archive(outputs, language, own_day, reported)
    except (PipelineError, OSError) as unwritten:
        if warn:
            log.warning(
                f"the archive tables are not made again, so they show each day as its last recorded run ended: "
                f"{error_text(unwritten)}"
            )


def refresh_archive(
    outputs: Path, language: str = DEFAULT_LANGUAGE, own_day: str | None = None, reported: Collection[str] = ()
) -> pandas.DataFrame:
    """The tables and outputs/index.html (in `language`) over every day, one writer at a time;
    returns the index table (one row per day).  own_day: the day of the run that asks, which
    reports that day's own trouble itself; `reported`: the days the command was refused at another
    run's lock (DayHeld), as its error or a batch's lines say, so that the run is not said again
    (write_tables)."""
    outputs = Path(outputs)
    with folder_lock(outputs, ".archive.lock"):
        # A run killed while it wrote the tables, or a day's files, left its temporary files (each
        # named with its writer's pid, which no longer runs); a day a run is working on is its own.
        cache = _cache_folder(outputs)
        days = [
            paths.root
            for paths in DayPaths.of_archive(outputs)
            if not paths.root.is_symlink() and not run_holds(paths.root)
        ]
        cached = [f for f in cache.glob("*/") if not f.is_symlink()] if cache else []
        for folder in [outputs, *cached, *days]:
            with contextlib.suppress(OSError):  # a folder that cannot be looked into is said by its row
                remove_stale_temporaries(folder)
        frames = write_tables(outputs, cache, own_day, language, reported)
    return frames["index"]


def refresh_tables(outputs: Path, language: str = DEFAULT_LANGUAGE) -> pandas.DataFrame:
    """`lokakarya tables`: refresh_archive over an outputs folder that is there; a typo'd --outputs
    would have been made a new, empty archive."""
    if not outputs.is_dir():
        raise PipelineError(f"{outputs}: no such outputs folder (the folder that holds the day folders)")
    refuse_another_folders_files(outputs)
    return refresh_archive(outputs, language)


def refuse_another_folders_files(outputs: Path) -> None:
    """Before a command that makes the archive writes anything: an outputs folder that holds files
    of the archive files' names (index.html, index.csv, datapackage.json, a table) but no sign of an
    archive is another folder (a website's, a folder of spreadsheets), whose files the archive's
    would replace: `--outputs ~/situs` had had its own index.html replaced by the archive page
    without a word (the fifty-eighth round).  Every such file is named in the one error."""
    if not outputs.is_dir():
        return
    names = [FILES[name] for name in TABLES] + [INDEX_CSV, PACKAGE, "index.html"]
    found = [name for name in names if (outputs / name).exists() or (outputs / name).is_symlink()]
    if found and not _an_archive(outputs):
        count = f" ({len(found)} files)" if len(found) > 1 else ""
        raise PipelineError(
            f"{outputs}: holds {', '.join(found)}{count}, not an archive's (no archive of lokakarya's days is "
            "here), and the archive's files would replace them; give --outputs a folder of its own, or move them away"
        )


def _an_archive(outputs: Path) -> bool:
    """Whether a folder is an archive: a making of the tables left `.archive.lock` there, a run a day
    folder, or its datapackage.json is the archive's (an archive of no day yet copied or unzipped
    without its dot-files, or whose day folders and lock were removed)."""
    lock = outputs / ".archive.lock"
    if lock.exists() or lock.is_symlink() or DayPaths.of_archive(outputs):
        return True
    try:
        package = json.loads(read_record(outputs / PACKAGE))
    except (OSError, ValueError, RecursionError):  # none, or not a data package: no sign
        return False
    return isinstance(package, dict) and package.get("name") == PACKAGE_NAME


def refuse_days_left_out(index: pandas.DataFrame) -> None:
    """The tables stand for the other days; a script must still see that some are not in them
    (each named above, in its warning)."""
    left_out = list(days_left_out(index.to_dict("records"), ["unreadable"]))
    if left_out:
        raise PipelineError(f"tables: {len(left_out)} day(s) left out, unreadable (named above): {', '.join(left_out)}")
