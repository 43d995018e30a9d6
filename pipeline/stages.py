"""The stages in order: each one's name, what it writes and when it applies.

This module imports no stage: a stage's code (and the model libraries it needs) is imported when
the stage runs, so `lokakarya --help`, `validate` and `doctor` start in a fraction of a second.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from pipeline.artifacts import DayPaths
    from pipeline.config import DayConfig


@dataclass(frozen=True)
class StageFunction:
    """A stage's function, imported on the first call."""

    module: str
    function: str

    def __call__(self, config: DayConfig, paths: DayPaths, **options: object) -> object:
        return getattr(importlib.import_module(self.module), self.function)(config, paths, **options)


def _exports(record: dict) -> dict:
    exports = record.get("exports")
    return exports if isinstance(exports, dict) else {}


def _page_files(record: dict) -> dict:
    """page.json names its page and that page's sha256 apart from its other exports."""
    return _exports(record) | (
        {record["page"]: record.get("page_sha256")} if isinstance(record.get("page"), str) else {}
    )


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[DayConfig, DayPaths], object]
    help: str  # the stage command's help line
    artifact: Callable[[DayPaths], Path]
    short_help: str  # its line in `lokakarya --help`'s list, whole (click cuts a longer one mid-sentence)
    # The JSON file holding the stage's provenance, where that is not the artifact itself.
    record: Callable[[DayPaths], Path] | None = None
    applies: Callable[[DayConfig], bool] = lambda config: True
    # Why a day it does not apply to goes without it, as `run` says so ("no `truth:` in the config").
    skipped_because: str = ""
    # Work a killed run left to resume from; a forced rerun discards it and starts fresh.
    resume_files: Callable[[DayPaths], tuple[Path, ...]] = lambda paths: ()
    # Of those, the ones that only a run of the stage resumes from, no cache of its own: of no use
    # once the stage is up to date, so the runner removes them then (a forced transcription killed
    # beside an up-to-date transcript had left its checkpoint in the day's folder for good).
    partial_files: Callable[[DayPaths], tuple[Path, ...]] = lambda paths: ()
    # Takes `progress=False` to draw no progress bar (a batch draws its own).
    has_progress: bool = False
    # What is wrong with the stage's other outputs (damaged or replaced since), or None.
    damaged: Callable[[DayPaths], str | None] = lambda paths: None
    # Every file the stage writes besides its JSON record (its artifact where that is not the
    # record, and its exports), each of which the record holds the sha256 of: the runner calls the
    # stage up to date only while each is a regular file with those bytes.
    files: Callable[[DayPaths], tuple[Path, ...]] = lambda paths: ()
    # Those sha256s by file name, from the record's JSON (its `exports`, where the stage has files).
    recorded_files: Callable[[dict], dict] = _exports
    # Whether another lokakarya version makes the artifact out of date.
    new_version_reruns: bool = True
    # Whether other lokakarya code (its provenance's lokakarya-source) makes it out of date under
    # the same version number: the stages of seconds a day.  A checkout between releases had kept
    # what the code before it made (topics.py finding fewer topics: para-12's topics.json kept six
    # where the code run finds two).  Transcribe and diarize, about a quarter and a twentieth of
    # the recording's length each run, are made again for a new version only.
    new_code_reruns: bool = False
    # The typed model of the stage's JSON record (module, class), imported when a record is checked.
    model: tuple[str, str] = ("", "")
    # Checks of the record (given with its stage and the day's config) against the earlier
    # artifacts it refers to (the words of speakers.json against transcript.json's, a speaker label
    # against speakers.json's, the summary against the records it gathers): PipelineError naming
    # the record where it disagrees with them.
    consistent: Callable[[Stage, object, DayConfig, DayPaths], None] = lambda stage, record, config, paths: None

    def record_model(self) -> type:
        """The pydantic model of the stage's JSON record (its module imported now)."""
        return getattr(importlib.import_module(self.model[0]), self.model[1])


def _audio_damage(paths: DayPaths) -> str | None:
    """audio.wav missing, not the file the download stage wrote, or not the one source.json
    describes (its sha256).  A folder or a link in its place (to the recording elsewhere, to a
    folder, leading nowhere) is read as every other artifact's is (files.not_a_regular_file): the
    download stage makes the file again over it, where a link to the audio had been kept (the day's
    recording then lived outside its folder, lost with whatever the link led to), and one to a
    folder or nowhere had stopped a plain run.  A FIFO, a device or a socket is named there, and
    stops the run."""
    import json

    from pipeline.records.files import file_sha256, not_a_regular_file, read_record

    try:
        recorded = json.loads(read_record(paths.source))["audio_sha256"]
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return None  # source.json itself is judged by its provenance
    not_a_file = not_a_regular_file(paths.audio, "recording")
    if not_a_file == "not found":
        return f"{paths.audio}: missing"
    if not_a_file:
        return f"{paths.audio}: {not_a_file}, not the file the download stage wrote"
    if file_sha256(paths.audio) != recorded:
        return f"{paths.audio}: not the audio {paths.source.name} describes (damaged or replaced)"
    return None


def _edited(stage: Stage, paths: DayPaths, problem: str | None) -> None:
    """Refuse the stage's record where a check found it other than the stage makes it: one line
    naming the file and what differs, which `run` reads as damage and makes the record again."""
    from pipeline.records.files import PipelineError

    if problem:
        raise PipelineError(f"{stage.artifact(paths)}: {problem} (edited by hand?); rerun the '{stage.name}' stage")


def _quoting_the_talk(stage: Stage, comparison, config: DayConfig, paths: DayPaths) -> None:
    """The comparison's voices and utterances are speakers.json's, and its quotes the talk's words."""
    from pipeline.artifacts import check_references, read_artifact
    from pipeline.compare import misquoted
    from pipeline.diarize import Diarization

    diarization = read_artifact(paths.speakers, Diarization, "diarize")
    check_references(comparison, diarization, stage.artifact(paths), stage.name)
    _edited(stage, paths, misquoted(comparison, diarization))


def _voices_and_names_of_the_day(stage: Stage, topics, config: DayConfig, paths: DayPaths) -> None:
    """The topics' voices and utterances are speakers.json's, and its entities list the config's names."""
    from pipeline.artifacts import read_artifact
    from pipeline.diarize import Diarization
    from pipeline.topics import config_entities_differ

    topics.check_against(read_artifact(paths.speakers, Diarization, "diarize"), stage.artifact(paths))
    _edited(stage, paths, config_entities_differ(topics, config))


def _length_of_its_audio(stage: Stage, record, config: DayConfig, paths: DayPaths) -> None:
    """source.json and transcript.json say how long audio.wav is: a duration edited by hand had
    stretched or cut the page's timeline, and moved the end every later time is held within."""
    from pipeline.media.audio import recorded_length_differs

    _edited(stage, paths, recorded_length_differs(record.duration, paths.audio))


def _words_of_the_transcript(stage: Stage, diarization, config: DayConfig, paths: DayPaths) -> None:
    """speakers.json holds transcript.json's words, in their order and within its recording."""
    from pipeline.artifacts import read_artifact
    from pipeline.transcribe import Transcript

    diarization.check_against(read_artifact(paths.transcript, Transcript, "transcribe"), stage.artifact(paths))


def _scores_of_its_inputs(stage: Stage, evaluation, config: DayConfig, paths: DayPaths) -> None:
    """scores.json is what the day's transcript and speakers score against its truth now."""
    from pipeline.evaluate import rescored_differs

    _edited(stage, paths, rescored_differs(evaluation, config, paths))


def _made_of_its_records(stage: Stage, summary, config: DayConfig, paths: DayPaths) -> None:
    """summary.json is what the summary stage makes of the records it gathers: a figure edited by
    hand (a coverage, a speaker's talk time) would put on the page and in the tables what no
    record says, beside the comparison and the timeline that say otherwise."""
    from pipeline.summary import remade_differs

    _edited(stage, paths, remade_differs(summary, config, paths))


STAGES = (
    Stage(
        "download",
        StageFunction("pipeline.download", "download"),
        "Produce audio.wav and source.json; a rerun with both in place does no network work.",
        lambda p: p.source,
        short_help="Fetch the recording: audio.wav and source.json.",
        damaged=_audio_damage,
        # audio.wav is checked against its source and its record by sha256 (download._reusable):
        # a new lokakarya keeps it, and source.json stays the record of the run that made it.
        new_version_reruns=False,
        model=("pipeline.download", "SourceInfo"),
        consistent=_length_of_its_audio,
    ),
    Stage(
        "transcribe",
        StageFunction("pipeline.transcribe", "transcribe"),
        "Transcribe audio.wav into transcript.json, piece by piece, resumable.",
        lambda p: p.transcript,
        short_help="Transcribe audio.wav into transcript.json.",
        resume_files=lambda p: (p.transcript_checkpoint,),
        partial_files=lambda p: (p.transcript_checkpoint,),
        has_progress=True,
        model=("pipeline.transcribe", "Transcript"),
        consistent=_length_of_its_audio,
    ),
    Stage(
        "diarize",
        StageFunction("pipeline.diarize", "diarize"),
        "Find who spoke when, give every transcript word a speaker: speakers.json and the RTTM.",
        lambda p: p.speakers,
        short_help="Find who spoke when: speakers.json and the RTTM.",
        # The saved voice analysis is keyed by its audio and options; a forced rerun analyses anew.
        # It is no export but a cache that diarize checks itself (a damaged one is analysed anew).
        resume_files=lambda p: (p.voices,),
        files=lambda p: (p.rttm,),
        model=("pipeline.diarize", "Diarization"),
        consistent=_words_of_the_transcript,
    ),
    Stage(
        "evaluate",
        StageFunction("pipeline.evaluate", "evaluate"),
        "Write scores.json: the transcript and speakers against the config's ground truth.",
        lambda p: p.scores,
        short_help="Score the day against its ground truth: scores.json.",
        applies=lambda c: c.truth is not None,
        skipped_because="no `truth:` in the config",
        new_code_reruns=True,
        model=("pipeline.evaluate", "Evaluation"),
        consistent=_scores_of_its_inputs,
    ),
    Stage(
        "topics",
        StageFunction("pipeline.topics", "topics"),
        "Write topics.json from speakers.json, the transcript's word probabilities and the report.",
        lambda p: p.topics,
        short_help="Find key phrases, names and numbers: topics.json.",
        new_code_reruns=True,
        model=("pipeline.topics", "Topics"),
        consistent=_voices_and_names_of_the_day,
    ),
    Stage(
        "compare",
        StageFunction("pipeline.compare", "compare"),
        "Write comparison.json: the written report's points against the talk.",
        lambda p: p.comparison,
        short_help="Check the written report against the talk.",
        applies=lambda c: c.report is not None,
        skipped_because="no `report:` in the config",
        new_code_reruns=True,
        model=("pipeline.compare", "Comparison"),
        consistent=_quoting_the_talk,
    ),
    Stage(
        "summary",
        StageFunction("pipeline.summary", "summarize"),
        "Write summary.json and transcript.txt/.srt/.vtt from the earlier stages' artifacts.",
        lambda p: p.summary,
        short_help="Gather the stages into summary.json and captions.",
        files=lambda p: (p.transcript_txt, p.transcript_srt, p.transcript_vtt),
        new_code_reruns=True,
        model=("pipeline.summary", "Summary"),
        consistent=_made_of_its_records,
    ),
    Stage(
        "page",
        StageFunction("pipeline.page", "page"),
        "Write the day's page index.html (with audio.webm for its player); the page over all days is the tables'.",
        lambda p: p.page,
        short_help="Write the day's page, index.html.",
        record=lambda p: p.page_record,
        # outputs/index.html is not the day's: every run's tables step writes it anew.
        files=lambda p: (p.page, p.listening),
        recorded_files=_page_files,
        new_code_reruns=True,
        model=("pipeline.page", "PageRecord"),
    ),
)
STAGE_NAMES = tuple(stage.name for stage in STAGES)


def journal_walls(paths: DayPaths) -> dict[str, float]:
    """Each stage's wall time as journal.jsonl has it for the run that left the record now there:
    its own work and its wait for the audio work done beside the transcription (the diarize stage's
    voice analysis, the page's listening copy), which its record's provenance.wall_seconds leaves
    out (demo: diarize 32.2 s in the journal, 0.04 s in its record).  So the walls of a day run
    whole add up to its run's.  An entry of another record (a file copied in since) is not that
    run's; an entry from before the journal held records' sha256 is taken as the stage's last.  The
    index's wall columns and the day's page both read them here: the page had shown each record's
    own (r48's para-8: diarize 0.1 s on the page, 31.8 s in index.csv)."""
    import math

    from pipeline.artifacts import MAX_SECONDS, read_journal
    from pipeline.records.files import file_sha256

    records = {stage.name: (stage.record or stage.artifact)(paths) for stage in STAGES}
    written: dict[str, str | None] = {}
    walls = {}
    for entry in read_journal(paths):
        stage, wall, record = entry["stage"], entry.get("wall_seconds"), entry.get("record_sha256")
        if not isinstance(stage, str) or stage not in records or isinstance(wall, bool):
            continue
        if not (isinstance(wall, (int, float)) and math.isfinite(wall) and 0 <= wall <= MAX_SECONDS):
            continue
        if record is not None:
            if stage not in written:
                written[stage] = file_sha256(records[stage]) if records[stage].is_file() else None
            if record != written[stage]:
                continue
        walls[stage] = float(wall)
    return walls


# Old stage names still accepted on the command line for one release, with a note.
RENAMED_STAGES = {"report": "page"}
