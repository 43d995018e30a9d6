"""The archive tables' columns: name, type and meaning of each, the contract with researchers.

The tables stage (`pipeline.index`) writes exactly these, and `lokakarya search` reads its columns
with these types; the module imports pyarrow only (pandas when a column's pandas type is
asked for), so search stays light.  docs/tables.md, the data dictionary, is generated from TABLES
(`python -m pipeline.records.columns`; a test keeps it current).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pyarrow

from pipeline.records.files import write_atomic
from pipeline.stages import STAGE_NAMES

ALL_SPEAKERS = "(all)"
# The audio work a stage waits for, done beside the transcription (pipeline.media.alongside).
BESIDE = {"diarize": "voice analysis done beside the transcription", "page": "listening copy done beside diarize"}
# A voice's name in a table is bare, a key to join on; how sure it is stands in speakers.parquet.
BARE_NAME = (
    "the voice's name as the config writes it, with no mark: speakers.parquet's name_by_order_alone and "
    "name_doubt say how sure it is (its day and label are this row's day and speaker)"
)
MAX_MENTIONS = 25  # the places a topic or a name keeps in topics.json (the page links 8 of them)
DICTIONARY = Path(__file__).resolve().parents[2] / "docs" / "tables.md"


@dataclass(frozen=True)
class Column:
    """A table's column.  `meaning` states what an empty cell means wherever one may be empty
    (tests/test_archive.py checks every column of the made tables).  A column copied from a
    record's field whose model describes it names that field in `field` ("module:Model.field")
    instead of a meaning of its own, so that what the record says and what the tables say are one
    text: read when the package and the dictionary are written, so search imports no model."""

    name: str
    type: pyarrow.DataType
    meaning: str = ""
    field: str | None = None

    @property
    def description(self) -> str:
        if self.field is None:
            return self.meaning
        import importlib

        module, _, path = self.field.partition(":")
        model, _, name = path.partition(".")
        return getattr(importlib.import_module(module), model).model_fields[name].description

    @property
    def pandas_dtype(self):
        """Nullable pandas types, recorded in the Parquet file so every reader gets the same ones:
        each backed by pyarrow, as pandas reads a Parquet file's text (a string of `string` type).
        numpy-masked `boolean` beside pyarrow's text raised on a researcher's first filter,
        `points.speaker_agrees & (points.attributed_speaker != points.evidence_speaker)`: the text's
        comparison is pyarrow's `bool`, which the masked `&` cannot take where a cell is empty."""
        import pandas

        if pyarrow.types.is_string(self.type):
            return pandas.StringDtype("pyarrow")
        if pyarrow.types.is_list(self.type) or pyarrow.types.is_struct(self.type):
            return object
        return pandas.ArrowDtype(self.type)


STRING, INT, FLOAT, BOOL = pyarrow.string(), pyarrow.int64(), pyarrow.float64(), pyarrow.bool_()
SPEAKER = pyarrow.struct(
    [
        ("label", STRING),
        ("name", STRING),
        ("named_by", STRING),
        ("name_by_order_alone", BOOL),
        ("name_doubt", STRING),
        ("person", STRING),
        ("person_key", STRING),
        ("voice_key", STRING),
        ("role", STRING),
        ("host", BOOL),
        ("called", pyarrow.list_(STRING)),
        ("talk_s", FLOAT),
        ("talk_share", FLOAT),
        ("words", INT),
    ]
)

TABLES: dict[str, list[Column]] = {
    "index": [
        Column("id", STRING, "the day's id, its folder under outputs/"),
        Column("title", STRING, "title from the config"),
        Column("date", pyarrow.date32(), "date from the config (a date; empty when not given)"),
        Column(
            "status",
            STRING,
            "how the day's last `run` ended: ok or failed (a run killed in a stage is failed there); incomplete "
            "while no run has made its summary; running while a run is working on the day (its rows are those of "
            "the run before, if it was ok, else it is this row alone); unreadable when an artifact cannot be read "
            "(damaged, or of a schema this version cannot read) or is not the one the day's summary was made from "
            "(a stage run alone since, a file edited): run the day again. A failed, incomplete or unreadable day is "
            "this row alone, with no figures and no rows in the other tables, until it runs ok again "
            "(its folder keeps what earlier runs made; without a summary nothing says its files are of one run)",
        ),
        Column(
            "failed_stage",
            STRING,
            "the stage that failed; `validate` when the files the config names failed the check "
            "before any stage ran (empty when ok)",
        ),
        Column(
            "reason",
            STRING,
            "the one-line error of a failed day, as its run gave it; of an unreadable day, naming its files from the "
            "outputs folder (`day-4/summary.json: …`); empty for a day that is ok, incomplete or running",
        ),
        Column("language", STRING, "configured language of the talk"),
        Column(
            "languages_heard",
            pyarrow.list_(STRING),
            "the languages its speech was decoded in: the configured one first, then any other a whole window was "
            "in (transcribe.switch_languages; the segments table says which utterances); index.csv holds it as JSON "
            "text",
        ),
        Column("model", STRING, "Whisper model as configured (`base`, or the configured path)"),
        Column("duration_s", FLOAT, "length of the recording, seconds"),
        Column("words", INT, "words transcribed"),
        Column("mean_word_probability", FLOAT, "Whisper's mean word probability, 0-1"),
        Column(
            "num_speakers",
            INT,
            "voices found (or as configured: speaker_count_estimated says which), a song's among them (`Music N`)",
        ),
        Column(
            "speaker_count_estimated",
            BOOL,
            "true where diarization estimated the count of voices from the audio, false where the config's "
            "`diarize.num_speakers` gave it (then `speaker_count_error` measures the config, not the "
            "diarization: a recording with too few speech windows for the config's count fails diarize, "
            "`lower the count`, rather than give fewer voices under it); as summary.json's field of that name "
            "(added in the fifty-second round: tables written before lack the column)",
        ),
        Column(
            "speakers",
            pyarrow.list_(SPEAKER),
            "list of {label, name, named_by, name_by_order_alone, name_doubt, person, person_key, voice_key, role, "
            "host, called, talk_s, talk_share, words}, in order of first appearance; index.csv holds it as JSON text",
        ),
        Column(
            "points", INT, "report points that are content, narration of the event left out (empty without a report)"
        ),
        Column("covered", INT, "report points the talk makes, possibly in other words"),
        Column("partly", INT, "report points the talk touches on with part of their content"),
        Column("missing_points", INT, "report points not found in the talk"),
        Column("coverage", FLOAT, "(covered + half of partly) / points, 0-1"),
        Column(
            "said_confidence",
            FLOAT,
            "the comparison's `compare.said_confidence` for the day: a point whose confidence reaches it is said "
            "(covered or partly), and every passage of the passages table has its best_confidence below it; empty "
            "without a report",
        ),
        Column(
            "covered_share",
            FLOAT,
            "the comparison's `compare.covered_share` for the day: the share of a said point's content words heard "
            "(the points table's missing_terms are the rest) from which it is covered, else partly; empty without "
            "a report",
        ),
        Column(
            "report_warnings",
            pyarrow.list_(STRING),
            "what may make the comparison's verdicts wrong: a report that may be another day's or another "
            "event's, in another language than the talk, ...; index.csv holds it as JSON text",
        ),
        Column(
            "report_notes",
            pyarrow.list_(STRING),
            "how the report was read: its short sentences left uncompared, ...; index.csv holds it as JSON text",
        ),
        Column("wer", FLOAT, "word error rate against the ground truth (empty without `truth:`)"),
        Column("cer", FLOAT, "character error rate against the ground truth (empty without `truth:`, as every score)"),
        Column("der", FLOAT, "diarization error rate, ±0.25 s collar (empty without `truth:`)"),
        Column("der_no_collar", FLOAT, "diarization error rate, no collar (empty without `truth:`)"),
        Column("speaker_count_error", INT, "voices found minus true voices (empty without `truth:`)"),
        Column("word_speaker_accuracy", FLOAT, "share of words given the right speaker, 0-1 (empty without `truth:`)"),
        Column(
            "word_name_accuracy",
            FLOAT,
            "share of words whose voice carries the true speaker's name, 0-1 (a `Speaker N` is right for someone "
            "the config leaves out; empty without `truth:`)",
        ),
        *[
            Column(
                f"wall_{stage}_s",
                FLOAT,
                f"wall time of the {stage} stage's last run, seconds, as journal.jsonl has it (the walls of a day run "
                "whole add up to its run's; empty where the stage has not run for the day, as evaluate without "
                "`truth:`)"
                + (
                    f": with its wait for the {work}, which its record's provenance.wall_seconds leaves out"
                    if (work := BESIDE.get(stage))
                    else ""
                ),
            )
            for stage in STAGE_NAMES
        ],
        # What made the row, so that days gathered from several archives can be told apart.
        Column("lokakarya", STRING, "lokakarya's version that made the day's summary"),
        Column(
            "lokakarya_source",
            STRING,
            "sha256 of lokakarya's code that made the summary (the version stays over changes; each stage's "
            "own is in its artifact's provenance)",
        ),
        Column(
            "lokakarya_sources",
            pyarrow.list_(STRING),
            "sha256 of the lokakarya code that ran each stage of the day's summary (its own included), each once "
            "in the order the stages ran: more than one, and the day's records were made by code that differs "
            "under one version (the page warns of it); index.csv holds it as JSON text",
        ),
        Column(
            "out_of_date",
            pyarrow.list_(STRING),
            "the day's records older code made, in the stages' order, as `summary.json 2.10.0 (now 2.14.0)`: "
            "what a later schema added is empty in the day's rows (speakers' `host` before summary.json 2.13.0, "
            "`name_doubt` before 2.15.0, "
            "`first_utterance` before topics.json 1.5.0, passages' `kind` before comparison.json 1.7.0), and "
            "`lokakarya run` makes them again; an empty list when none (empty for a failed, incomplete or "
            "unreadable day); index.csv holds it as JSON text",
        ),
        Column(
            "config_file",
            STRING,
            "the day config's file name (empty for a config made in code, which has no file)",
        ),
        Column(
            "config_sha256",
            STRING,
            "sha256 of the day's config file as the day's page was made with it (page.json's `config_sha256`, "
            "which the page shows): days of one `config_file` with other sha256 were made from an edited config, "
            "any field or a comment (what each stage read of it is its record's provenance.config_hash, the sha256 "
            "of those fields alone); empty for a config made in code, which has no file, for a page.json before "
            "its schema 1.3.0, and where the page was not made from the day's summary (a summary stage run alone "
            "since)",
        ),
        Column(
            "source",
            STRING,
            "the recording: its web address (without a user name or password), or the local file as the config "
            "names it",
        ),
        Column("media_sha256", STRING, "sha256 of the recording's file as fetched or read, before decoding"),
        Column("audio_sha256", STRING, "sha256 of the day's 16 kHz audio, as transcribed"),
        Column(
            "same_audio_as",
            STRING,
            "the first day (in the index's order) of the same audio, when this day's recording is that day's "
            "under another id: leave such rows out of sums over days, or the talk counts twice; empty where no day "
            "before it has its audio",
        ),
        Column("model_sha256", STRING, "sha256 of the Whisper model's weights (empty when not known)"),
        Column(
            "report",
            STRING,
            "the written report the comparison read, as the config names it (from the config's folder, "
            "`reports/day-10.txt`); empty without a report",
        ),
        Column(
            "report_sha256",
            STRING,
            "sha256 of the written report the comparison read (empty without a report): days of one report's bytes "
            "have the same points, numbered alike, so one point across days is the points table joined on `day` to "
            "this column and grouped by `report_sha256, point` (`report` names the file; one name may hold other "
            "bytes on another day, an edited report)",
        ),
        Column(
            "truth_sha256",
            STRING,
            "sha256 of the ground truth the day's scores were made against, as the evaluate stage recorded its "
            "`truth` input (summary.json gathers that record): days of one truth file with other sha256 were "
            "scored against an edited truth, and their scores do not compare; empty without `truth:` (as every "
            "score)",
        ),
        Column(
            "summary_sha256",
            STRING,
            "sha256 of the summary.json the row was read from, whose records name each artifact and input of the "
            "day by its sha256 (empty without a summary)",
        ),
    ],
    "speakers": [
        Column("day", STRING, "the day's id"),
        Column("label", STRING, "voice label within the day (SPEAKER_00, …)"),
        Column("name", STRING, "name from the config, `Speaker N` for an extra voice, `Music N` for music or singing"),
        Column(
            "named_by",
            STRING,
            "`order`: the config's order of first appearance gave the name; `talk`: the talk's hand-overs, thanks "
            "or introductions named the voice otherwise (speakers.json holds where); `talk_time`: the order skips a "
            "voice that talked too little to be one of the config's speakers, this one or one before it, or would "
            "give the host's name to a voice that talks four times longer than the voices that could be "
            "the host; "
            "`music`: the voice is music or "
            "singing (a song opening the stream), its words in no topic and no report point",
        ),
        Column(
            "name_by_order_alone",
            BOOL,
            "true where `named_by` is `order` and nothing the talk says (a hand-over, thanks, an introduction) names "
            "the voice: the config's name is a guess to check by ear, which the page and search mark wherever they "
            "show it; false for an extra voice's and a song's; empty for a day whose summary.json is older than "
            "2.14.0",
        ),
        Column("name_doubt", STRING, field="pipeline.summary:SpeakerSummary.name_doubt"),
        Column(
            "person",
            STRING,
            "the name without titles, honorifics and degrees (`Ayu Larasati` for `Dr. Ayu Larasati, S.Sos., "
            "M.Ikom.`, `Ibu Ayu Larasati` or `Ayu Larasati SSos`; `Heri Akhmadi` for an office written before "
            "the name, `Duta Besar RI untuk Jepang, Heri Akhmadi` or `Konjen Heri Akhmadi`; `Wayan Koster` for "
            "`I Wayan Koster`, Bali's "
            "`I` and `Ni` before the order of birth being written or not; `Togar Simanjuntak` for a surname written "
            "first, `Simanjuntak, Togar`; `Dewi Lestari` for a profession written before the name, `Psikolog Dewi "
            "Lestari`): the same person on every day, however each "
            "config writes the name; empty for an extra voice and for a role or a profession alone (`Moderator`, "
            "`MC`, `Pembawa Acara`, `Psikolog`), which names no one person across days. Spellings of one name stay "
            "as each day wrote them (`Soekarno`, `Sukarno`): join and count people by `person_key`",
        ),
        Column(
            "person_key",
            STRING,
            "what one person's `person` shares however it is spelt, to join and count days by, not to show: "
            "lower case without accents, punctuation and spaces, Indonesian's spelling before 1972 as today's "
            "(`oe` `u`, `dj` `j`, `tj` `c`, `ch` `kh`), `j` and `y` one letter (the old `j` is today's `y`), a "
            "doubled letter single, a last `y` an `i`, Muhammad's spellings and a first `M.`, `Moh.` or `Muh.` "
            "one, no `bin` or `binti` between names: `Soekarno` and `Sukarno` are `sukarno`, `Tjahjo Kumolo` "
            "and `Cahyo Kumolo` `cahyokumolo`, `Nur Aini` and `Nuraini` `nuraini`, `Moh. Hatta` and `Mohammad "
            "Hatta` `muhamadhata`. Spellings that also tell two people apart (`Achmad` and `Ahmad`, `Dhani` and "
            "`Dani`, `Santoso` and `Santosa`) keep two keys. A key beside the name, rather than one spelling "
            "chosen for every day, keeps each day's `person` as its config wrote it and a day's row the same "
            "whatever other days the archive holds, so the tables of two archives still concatenate and join; "
            "show a person by the `person` most of their days have; empty where `person` is (a voice no config "
            "names as a person: count those by `voice_key`, as a group by `person_key` leaves them out)",
        ),
        Column(
            "voice_key",
            STRING,
            "who speaks, to group and count voices over days by; never empty: the `person_key` where the voice "
            "is a person the config names, else the voice of its own day alone, `<day>/<label>` "
            "(`para-3/SPEAKER_02`): an extra voice (`Speaker N`), a song (`Music N`), a role without a name "
            "(`Moderator`), whom nothing joins across days. No `person_key` holds a `/`, so such a voice is never "
            "counted as a person nor as another day's voice; `groupby('person_key')` drops these voices (their "
            "key is empty) where `groupby('voice_key')` counts each as its own",
        ),
        Column(
            "role",
            STRING,
            "role from the config; where it gives none, the role the name holds, as written (`Moderator`, the `MC` "
            "of `MC Budi`); empty where neither gives one, and for an extra voice and a song",
        ),
        Column(
            "host",
            BOOL,
            "whether the day's run took this voice for the session's host: a config speaker with a host's word "
            "(`pipeline.text.language.HOST_WORDS`: `Moderator`, `MC`, `Pembawa Acara`, `Pewara`, …) "
            "in its name or role, "
            "as the day's summary.json records it, not read from a config again: the voice whose key phrases "
            "are what it asks and announces and whose lines may run the session in the comparison; false for "
            "every other voice, an extra voice's and a song's; empty for a day whose summary.json is older than "
            "2.13.0 (the index's `out_of_date` names it; run its summary again). A day's share of talk by its "
            "hosts is `talk_share` summed where `host` is true; none is known for a day whose `host` is empty "
            "(pandas takes an empty cell of a mask for false: leave such days out first, or their share is 0)",
        ),
        Column(
            "called",
            pyarrow.list_(STRING),
            "for an extra voice (`Speaker N`), the names the talk calls it: its own introduction (`Nama saya Dewi "
            "Lestari`) or a hand-over by title and name (`Silakan, Mas Bima`); empty when the talk names it by "
            "neither; two when diarization heard two people as one voice (speakers.json holds where each is "
            "said)",
        ),
        Column(
            "talk_s",
            FLOAT,
            "seconds this voice speaks, by the diarization's turns (voice heard, transcribed or not: more than its "
            "segments' sum where Whisper heard no words, less where its segments span pauses or words its turns do not "
            "cover)",
        ),
        Column(
            "talk_share",
            FLOAT,
            "share of the day's talk time, 0-1, over every voice, a song's included (leave out `named_by` music "
            "and divide again for the speakers' shares)",
        ),
        Column("words", INT, "words given to this voice"),
    ],
    "topics": [
        Column("day", STRING, "the day's id"),
        Column(
            "speaker",
            STRING,
            f"voice label (segments.parquet's speaker), `{ALL_SPEAKERS}` for the whole talk, whose phrases are "
            "said at least twice (a talk of a minute may have none: demo-3 has only its voices' phrases)",
        ),
        Column("speaker_name", STRING, f"{BARE_NAME}; `{ALL_SPEAKERS}` for the whole talk"),
        Column("phrase", STRING, "key phrase (lower case, number words as digits)"),
        Column(
            "score",
            FLOAT,
            f"salience within its own list, higher is more, on two scales: for `{ALL_SPEAKERS}`, YAKE's over the "
            "whole talk as 1 / (1 + its score), 0-1; for a voice, class-based TF-IDF, what the voice says often "
            "that the day's other voices do not, from 0 and not bounded by 1 (a voice of few words may score "
            "several times a talkative one's). Rank a list by it, not the whole talk's phrases against a voice's, "
            "nor a voice's against another day's",
        ),
        Column(
            "count",
            INT,
            "utterances that say it (segments.parquet's, as the stage reads their text: split words joined, a "
            "heard spelling as `phrase`): an utterance that says it twice counts once, so times said may be more. "
            "Two limits make it less than other counts of the same words: it counts the phrase as spelt or in a "
            "heard spelling the stage snapped to it, where the entities table's `mentions` finds a name or term by "
            "a looser rule, more of ASR's misspellings ('diplomasi diketal', 'di gitara': demo's 'diplomasi "
            "digital' is 7 here and 10 there); and a host's list (speakers.parquet's `host`) is read from what the "
            "host asks and announces, so its count is of those clauses, not of all the host's lines (para-13's "
            "Moderator: 'menunggu' 1, first_utterance 18, where the host says it in utterances 6, 18 and 35: "
            "segments.parquet's `text_folded` has every line)",
        ),
        Column("first_time_s", FLOAT, "first time said, seconds"),
        Column(
            "first_utterance",
            INT,
            "the utterance that first says it, numbered from 0 (joins segments.parquet's utterance)",
        ),
        Column(
            "heard",
            pyarrow.list_(STRING),
            "the spellings the transcript has where `phrase` is shown as the day's report, glossary or names spell "
            "it ('dikital' for 'digital'; empty when as heard): what to look for in segments.parquet's text, "
            "where words ASR split that the stage read joined stand apart ('digitar' is 'di gitar' there)",
        ),
        Column(
            "talk_only",
            BOOL,
            "true where the day's report leaves the phrase out, false where it mentions it, as the comparison "
            "read them (its `talk_only_topics`, summary.json's list of that name: no close match in the report's "
            "text, and not said within a said point's evidence with most of its words that point's); one value "
            "for a phrase in every list of the day; empty for a day without a report (added in the fifty-second "
            "round: tables written before lack the column)",
        ),
    ],
    # The report's and the config's names, and whether the talk says them (topics.json's entities).
    "entities": [
        Column("day", STRING, "the day's id"),
        Column("entity", STRING, "the name as the report or the config writes it"),
        Column(
            "label",
            STRING,
            "what it names: PERSON, ORG, GPE (a country, a city), TERM (a glossary's term) or MISC (a name of the "
            "report's the stage cannot tell). One label for a name on every day of the archive: the label a day's "
            "config gives it (a speaker is a PERSON, a glossary term its type; the most days' where configs differ, "
            "and of two as many the first in the alphabet), wherever any does; else as the day's report writes it "
            "(PERSON after a title, ORG by an organisation's head word, else MISC). So a day's label may change "
            "when a day whose config labels the name joins the archive; topics.json keeps the day's own. No list "
            "of places is installed: a place no config labels is MISC",
        ),
        Column("origin", STRING, "where the name comes from: config (a speaker, a glossary term) or report"),
        Column(
            "person_key",
            STRING,
            "for a PERSON, what the name shares with the person's other spellings and titles, as speakers.parquet's "
            "`person_key` ('Dr. Ayu Larasati, S.Sos., M.Ikom.' and the report's 'Ibu Ayu Larassati' are both "
            "`ayularasati`): one person's mentions over days however each day writes the name, and, joined on "
            "`day, person_key`, whether the talk names each of its speakers; empty for the other labels",
        ),
        Column(
            "found",
            BOOL,
            "whether the talk says it, allowing for ASR's misspellings by the rule `lokakarya search` follows "
            "(rapidfuzz partial ratio 85 or more, judged by the whole words matched): a person by the whole name, "
            "its first two words, or a title and the first name ('pak bayu'), else by the surname alone where it "
            "is five letters or more and no word of the Indonesian dictionary ('sedus hansom' for Fergus Hanson; "
            "not 'Lestari', a word; `found_by` says which); a name also by a short or long form, the report's own "
            "among them ('STEKOM' for the report's 'Universitas Sains dan Teknologi Komputer (Universitas "
            "STEKOM)'), and in the text as the topics stage reads it, split words joined toward the day's own "
            "('diplomasi di gital'), where `search` knows only the language's short forms and the text as transcribed",
        ),
        Column(
            "found_by",
            STRING,
            "where `found`, how: `name` (the name or a form of it, as `found` lists) or `surname` (a person said "
            "only by the surname, one letter off at most: a lead to check by ear); empty where not found, and for a "
            "day whose topics.json is older than 1.6.0",
        ),
        Column(
            "mentions",
            INT,
            f"utterances that say it (topics.json lists the first {MAX_MENTIONS}; one written before its schema "
            f"1.4.0 counts only those), found as `found` says, by a looser rule than the topics table's `count` "
            f"for a term that is a key phrase too, so this count may be the greater",
        ),
        Column("first_time_s", FLOAT, "first time said, seconds (empty when not found)"),
        Column(
            "first_utterance",
            INT,
            "the utterance that first says it, numbered from 0 (joins segments.parquet's utterance where filled; "
            "empty when not found)",
        ),
        Column(
            "utterances",
            pyarrow.list_(INT),
            f"the utterances that say it, numbered from 0, in order (each joins segments.parquet's utterance: who "
            f"says the name, "
            f"and when): the first {MAX_MENTIONS}, as topics.json lists them, where mentions counts all; empty "
            "when not found",
        ),
    ],
    # Every quantity the talk states (topics.json's numbers).
    "numbers": [
        Column("day", STRING, "the day's id"),
        Column(
            "mention",
            INT,
            "the quantity's number within the day, from 0, in the order topics.json lists them (utterance by "
            "utterance, each utterance's in the order said): with `day` it identifies the row, where the same "
            "quantity said twice in one utterance ('2 2') is two rows alike in every other column (their context "
            "too, in a short utterance)",
        ),
        Column("value", STRING, "the quantity, canonical: digits, a point for decimals, 2500000 for 2,5 juta"),
        Column(
            "unit",
            STRING,
            "what it counts where a word says (persen, orang, menit, rupiah, tahun, ...); tahun also for a year "
            "said after 'tahun' (is_year tells); empty where no word after it says a unit",
        ),
        Column("is_year", BOOL, "whether it is a year"),
        Column(
            "utterance",
            INT,
            "the utterance that states it, numbered from 0 (joins segments.parquet's utterance; empty in a "
            "topics.json before 1.5.0)",
        ),
        Column("start_s", FLOAT, "start of the utterance that states it, seconds"),
        Column("end_s", FLOAT, "end of that utterance, seconds"),
        Column("speaker", STRING, "voice label (segments.parquet's speaker)"),
        Column("speaker_name", STRING, f"{BARE_NAME} (empty when the day's speakers.json is gone)"),
        Column("context", STRING, "the words around it, as the stage read them"),
    ],
    "segments": [
        Column("day", STRING, "the day's id"),
        Column(
            "utterance",
            INT,
            "utterance number within the day, from 0 (the page's #u anchor: #u0 is the first): a transcript "
            "segment, or its part where the voice changes (the pause between the parts is in neither, so the "
            "spans sum to a little less than summary.json's speech_seconds)",
        ),
        Column("start_s", FLOAT, "start, seconds"),
        Column("end_s", FLOAT, "end, seconds"),
        Column("speaker", STRING, "voice label"),
        Column("speaker_name", STRING, BARE_NAME),
        Column("text", STRING, "what was said, as transcribed"),
        Column(
            "language",
            STRING,
            "the language it was decoded in: the day's, or another where Whisper was sure its window was in it",
        ),
        Column("words", INT, "the transcript's words in it (as speakers.parquet counts them)"),
        Column("mean_probability", FLOAT, "mean Whisper probability of its words, 0-1"),
        Column(
            "text_folded", STRING, "text lower-cased, without accents and punctuation: what `lokakarya search` matches"
        ),
    ],
    "points": [
        Column("day", STRING, "the day's id"),
        Column(
            "point",
            INT,
            "point number within the day's report, from 0 (its first point is 0); the same number for the same "
            "sentence on every day that read the same report: for one point across days, join the index on `day` "
            "and group by its `report_sha256` and `point`",
        ),
        Column("text", STRING, "the report point"),
        Column(
            "status",
            STRING,
            "verdict: covered, partly, missing, or narration (a sentence about "
            "the event itself, not looked for in the talk)",
        ),
        Column("confidence", FLOAT, "probability that the talk says the point, 0-1 (empty for narration)"),
        Column("score", FLOAT, "raw similarity of the best evidence, 0-1 (empty for narration)"),
        Column(
            "evidence_start_s",
            FLOAT,
            "start of the first evidence (for a missing point, the closest passage; empty where none comes close), "
            "seconds",
        ),
        Column("evidence_end_s", FLOAT, "end of the first evidence, seconds (empty where evidence_start_s is)"),
        Column(
            "evidence_utterance",
            INT,
            "the utterance the first evidence starts in, numbered from 0 (joins segments.parquet's utterance where "
            "filled); the evidence may run on into the next two; empty where evidence_start_s is",
        ),
        Column(
            "evidence_speaker",
            STRING,
            "voice label the first evidence is named after: whose lines hear most of the point's words, then who "
            "speaks longest in it (not always the speaker of evidence_utterance); joins speakers.parquet's label "
            "where filled; empty where evidence_start_s is",
        ),
        Column("evidence_speaker_name", STRING, f"that speaker's name (empty where evidence_start_s is): {BARE_NAME}"),
        Column(
            "evidence_speaker_start_s",
            FLOAT,
            "where evidence_speaker's own lines in the first evidence start, seconds: evidence_start_s unless the "
            "evidence crosses voices and another voice speaks first (a host's question before the guest's answer); "
            "empty where evidence_start_s is, and for a comparison.json before its schema 1.10.0",
        ),
        Column(
            "evidence_speaker_utterance",
            INT,
            "the utterance those lines start in, numbered from 0 (joins segments.parquet's utterance where filled); "
            "empty where evidence_speaker_start_s is",
        ),
        Column(
            "evidence_speakers",
            pyarrow.list_(STRING),
            "every voice label that speaks in the first evidence, in the order each voice's lines come (one label "
            "where one voice says it all; a voice that speaks twice, around another, is listed twice); empty where "
            "evidence_start_s is, and for a comparison.json before its schema 1.10.0",
        ),
        Column(
            "missing_terms",
            STRING,
            "the point's content words not heard in the evidence, space-separated, as the point writes them "
            "(no word that says nothing, as 'beliau' or 'dimana', nor an English gloss beside its Indonesian "
            "words; stems in a comparison.json before its schema 1.6.0); empty (null) when every one is heard, "
            "and for narration, as the number columns",
        ),
        Column(
            "numbers",
            STRING,
            "the point's quantities, each with its unit where a word says it (a year as 'tahun 2017'), separated "
            "by '; ', to read (number_values and number_units hold them apart, to join); empty (null) when it "
            "states none, and for narration",
        ),
        Column(
            "number_values",
            pyarrow.list_(STRING),
            "the same quantities' values, in that order, as numbers.parquet's `value` writes them (a year as "
            "'2017'): with number_units, the quantity as the report gives it, which a talk may say in another "
            "unit or none (join the talk's quantities through number_mentions); empty where `numbers` is",
        ),
        Column(
            "number_units",
            pyarrow.list_(STRING),
            "each of those quantities' unit, as numbers.parquet's `unit` ('tahun' for a year, a null item where "
            "no word says one); empty where `numbers` is",
        ),
        Column(
            "number_mentions",
            pyarrow.list_(pyarrow.list_(INT)),
            "for each of those quantities, the numbers.parquet rows (`mention`) the talk says it in, where its "
            "evidence or the lines beside it state it (the comparison's own match: one value, and the unit where "
            "both say one, so a year the talk says without 'tahun' and '7 pesan' for '7 persen' are there): "
            "`points.explode(['number_values', 'number_units', 'number_mentions']).explode('number_mentions')` "
            "joined on `day` and `number_mentions` to numbers.parquet's `day, mention` finds every heard quantity "
            "where it is said; an empty item where it is not heard (numbers_not_heard), a null item for a "
            "comparison.json before its schema 1.10.0, which did not record where; empty where `numbers` is",
        ),
        Column(
            "numbers_not_heard",
            STRING,
            "the point's quantities (digits, 2.5 for 2,5) its evidence does not state, each with its unit where "
            "a word says it, separated by '; ' ('7 persen; 38 persen'); empty (null) when it states none or its "
            "evidence states them all",
        ),
        Column(
            "talk_numbers_instead",
            STRING,
            "for a said point: the quantities its evidence states instead (a year for a year), in the point's "
            "unit, separated by '; '; empty (null) when there are none",
        ),
        Column(
            "attributed_to",
            STRING,
            "speaker the report credits with the point (the config's name); empty where the report credits no "
            "speaker of the day (a point before any speaker is named, or after someone the config does not list)",
        ),
        Column(
            "attributed_speaker",
            STRING,
            "voice label of that speaker (segments.parquet's speaker; joins speakers.parquet's label where filled; "
            "empty when not credited, or no voice has the name)",
        ),
        Column("speaker_agrees", BOOL, field="pipeline.compare:ReportPoint.speaker_agrees"),
    ],
    # Every passage of each point's evidence (comparison.json's `evidence`), the points table's first among them.
    "point_evidence": [
        Column("day", STRING, "the day's id"),
        Column("point", INT, "the point it is evidence of, numbered from 0 (joins points.parquet's `day, point`)"),
        Column(
            "rank",
            INT,
            "its place among the point's evidence, from 0, best first (a speaker's sure passage before the host's; "
            "for a missing point, its closest passage): rank 0 is what the points table's evidence_* columns "
            "show, and a point has at most three",
        ),
        Column("start_s", FLOAT, "start, seconds"),
        Column("end_s", FLOAT, "end, seconds"),
        Column(
            "first_utterance",
            INT,
            "the utterance it starts in, numbered from 0 (joins segments.parquet's utterance)",
        ),
        Column(
            "last_utterance",
            INT,
            "the utterance it ends in, numbered from 0 (the same as first_utterance, or one or two after it, of "
            "this voice or another)",
        ),
        Column(
            "speaker",
            STRING,
            "voice label it is named after: whose lines hear most of the point's words, then who speaks longest in "
            "it (joins speakers.parquet's label); `speaker_agrees` in the points table is true where this is the "
            "credited voice in any of the point's rows",
        ),
        Column("speaker_name", STRING, "that speaker's name"),
        Column("confidence", FLOAT, "probability that this passage says the point, 0-1"),
        Column("text", STRING, "what it says, as transcribed"),
    ],
    "passages": [
        Column("day", STRING, "the day's id"),
        Column(
            "kind",
            STRING,
            "content: said in the talk and not in the report (a digression, an anecdote, a question, a point the "
            "report leaves out); housekeeping: only running the session (greetings, thanks, hand-overs, sound, "
            "links); empty in a comparison.json before its schema 1.7.0, which did not tell them apart",
        ),
        Column(
            "first_utterance",
            INT,
            "the utterance it begins in, numbered from 0 (joins segments.parquet's utterance; empty in a "
            "comparison.json before 1.7.0)",
        ),
        Column(
            "last_utterance",
            INT,
            "the utterance it ends in, numbered from 0 (its consecutive utterances of one voice; empty where "
            "first_utterance is)",
        ),
        Column("start_s", FLOAT, "start, seconds"),
        Column("end_s", FLOAT, "end, seconds"),
        Column("speaker", STRING, "voice label (segments.parquet's speaker)"),
        Column("speaker_name", STRING, BARE_NAME),
        Column("text", STRING, "what was said, as transcribed (a long utterance's part where it was read in parts)"),
        Column("words", INT, "its words"),
        Column(
            "best_confidence",
            FLOAT,
            "the highest probability that any of its utterances says one of the report's points, 0-1 (below the "
            "day's said_confidence, the index's column of that name)",
        ),
    ],
}
FILES = {
    "index": "index.parquet",
    "speakers": "speakers.parquet",
    "topics": "topics.parquet",
    "segments": "segments.parquet",
    "points": "points.parquet",
    "point_evidence": "point_evidence.parquet",
    "passages": "passages.parquet",
    "entities": "entities.parquet",
    "numbers": "numbers.parquet",
}


# What identifies a row, and the joins that hold for every row (README, "The archive"), in a
# Frictionless Data Package (datapackage.json) beside the tables, so that a tool reads them as one
# dataset.  The joins on an utterance are told in the columns' descriptions only: their column is
# empty in some rows (a narration's evidence, a name the talk never says), and a Data Package
# counts such a row as breaking the key.  A key is declared only where the records make it unique:
# topics.json lists a phrase once in each list, each voice's list once, and a name once (all checked
# on reading; the topics stage keeps a name by its folded form, `(all)` is no voice's label), and a
# quantity has the number the tables give it (`mention`).
# The others have none, for the reason UNKEYED gives (in their resource's description and docs/tables.md).
PRIMARY_KEYS = {"index": ["id"], "speakers": ["day", "label"], "segments": ["day", "utterance"]} | {
    "points": ["day", "point"],
    "point_evidence": ["day", "point", "rank"],
    "topics": ["day", "speaker", "phrase"],
    "entities": ["day", "entity"],
    "numbers": ["day", "mention"],
}
UNKEYED = {
    "passages": (
        "No key: an utterance longer than any Whisper segment (a transcript edited, or imported whole) is read "
        "in pieces, and two passages may begin in it (one `first_utterance`, two `start_s`); `first_utterance` "
        "is empty in a comparison.json before its schema 1.7.0"
    ),
}


# The reasons of a day a run is working on (index.py): its rows those of the run before where the
# tables held it whole, else its index row alone (its first run, or the one after a failure).
RUNNING = "a run is working on this day"
RUNNING_ON_ROWS_BEFORE = f"{RUNNING}; its rows are those of the run before"
# The statuses of a day that is its index row alone: no words, speakers or points of it in the
# other tables, so nothing of it to search ("running" but where it keeps the rows before).
NOT_IN_TABLES = ("unreadable", "failed", "incomplete", "running")


@dataclass(frozen=True)
class LeftOut:
    """Why a day is its index row alone: its status as a warning names it among several days
    ("unreadable", "failed at compare"), and the reason the day's own line adds."""

    status: str
    reason: str

    def __str__(self) -> str:
        return f"{self.status}: {self.reason}"


def days_left_out(index: Iterable[Mapping], statuses: Collection[str] = NOT_IN_TABLES) -> dict[str, LeftOut]:
    """Each day of these index rows whose status is one of `statuses` and that is its index row
    alone, with why ("unreadable: <reason>", "failed at <stage>: <reason>", "incomplete: no summary
    yet", "running: ..."): the tables (which warn of an unreadable day, and refuse it) and search
    (which names every day it cannot search) read one selection."""
    return {
        row["id"]: _why_left_out(row)
        for row in index
        if row["status"] in statuses and row.get("reason") != RUNNING_ON_ROWS_BEFORE
    }


def _why_left_out(row: Mapping) -> LeftOut:
    if row["status"] == "incomplete":
        return LeftOut("incomplete", "no summary yet, its run stopped before one or the file taken away")
    if row["status"] == "running":
        return LeftOut("running", f"{RUNNING}, with no rows of a run before; the tables are made again as it ends")
    status = f"failed at {row.get('failed_stage')}" if row["status"] == "failed" else row["status"]
    return LeftOut(status, row.get("reason"))


PACKAGE = "datapackage.json"
# its "name": an archive copied without its dot-files (no .archive.lock) and holding no day yet is
# still known by it (index.refuse_another_folders_files)
PACKAGE_NAME = "lokakarya-archive"
# The index as text, for a spreadsheet (README, "The archive tables"): a resource of the package too,
# with the dialect index.py writes it in, so that a reader of the CSV alone knows its layout.
INDEX_CSV = "index.csv"
CSV_DIALECT = {"delimiter": ",", "quoteChar": '"', "doubleQuote": True, "lineTerminator": "\n", "header": True}
_TYPES = {"string": "string", "int64": "integer", "double": "number", "bool": "boolean", "date32[day]": "date"}


def _field(column: Column) -> dict:
    """A column as a Data Package field.  A list is `any`, its Parquet type in the description:
    frictionless reads a Parquet list as a numpy array, which its `array` type refuses, so every
    list cell of a valid archive was a type error, and None to a reader of its rows."""
    kind = str(column.type)
    if kind.startswith("list"):
        return {"name": column.name, "type": "any", "description": f"{column.description} (a list: Parquet `{kind}`)"}
    shape = "object" if kind.startswith("struct") else _TYPES[kind]
    return {"name": column.name, "type": shape, "description": column.description}


def _csv_field(column: Column) -> dict:
    """An index column as index.csv holds it: a list as JSON text, which a Data Package's `array` is."""
    if pyarrow.types.is_list(column.type):
        return {"name": column.name, "type": "array", "description": column.description}
    return _field(column)


# The tables whose every row names a voice by its label, which joins the speakers' (for the
# person_key of who says it); a topic's `(all)` is no voice's, and a point's evidence may have none.
VOICE_JOINED = ("segments", "numbers", "point_evidence", "passages")
# The columns of each table that name an utterance in every row of a current record, each declared
# a join to the segments' `day, utterance`.  A point's evidence and a name's first mention may have
# no utterance (a narration, a name never said): a Data Package counts a key with an empty part as
# broken, so those join where filled, as their descriptions say.  An older record's empty cell
# (topics.json before 1.5.0, comparison.json before 1.7.0, which the index's `out_of_date` names)
# breaks the join until `lokakarya run` makes the day again.
UTTERANCE_JOINED = {
    "topics": ("first_utterance",),
    "numbers": ("utterance",),
    "point_evidence": ("first_utterance", "last_utterance"),
    "passages": ("first_utterance", "last_utterance"),
}
# A table each of whose rows belongs to a row of another: a point's evidence to its point.
OWNED_BY = {"point_evidence": ("points", ["day", "point"])}


def _foreign_keys(name: str) -> list[dict]:
    keys = [] if name == "index" else [{"fields": ["day"], "reference": {"resource": "index", "fields": ["id"]}}]
    if name in OWNED_BY:
        owner, fields = OWNED_BY[name]
        keys.append({"fields": fields, "reference": {"resource": owner, "fields": fields}})
    if name in VOICE_JOINED:
        keys.append({"fields": ["day", "speaker"], "reference": {"resource": "speakers", "fields": ["day", "label"]}})
    keys += [
        {"fields": ["day", column], "reference": {"resource": "segments", "fields": ["day", "utterance"]}}
        for column in UTTERANCE_JOINED.get(name, ())
    ]
    return keys


def data_package(sha256: dict[str, str], version: str) -> dict:
    """The archive's tables and index.csv (`sha256` by table name and INDEX_CSV) as a Frictionless
    Data Package (datapackage.json): each file with its columns' types and meanings, its keys and
    its joins, its sha256.  Written with the tables; no date in it, so an archive rebuilt from the
    same days writes the same bytes.  No `bytes`: frictionless reads a Parquet file through
    pyarrow, counts none of its bytes, and called every table of a valid archive invalid for its
    size."""
    resources = []
    for name, columns in TABLES.items():
        schema: dict = {"fields": [_field(c) for c in columns]}
        if name in PRIMARY_KEYS:
            schema["primaryKey"] = PRIMARY_KEYS[name]
        if keys := _foreign_keys(name):
            schema["foreignKeys"] = keys
        resources.append(
            {
                "profile": "tabular-data-resource",
                "name": name,
                "path": FILES[name],
                "format": "parquet",
                "mediatype": "application/vnd.apache.parquet",
                "hash": f"sha256:{sha256[name]}",
                "schema": schema,
            }
            | ({"description": UNKEYED[name]} if name in UNKEYED else {})
        )
    resources.append(
        {
            "profile": "tabular-data-resource",
            "name": "index-csv",
            "path": INDEX_CSV,
            "description": (
                "index.parquet as text, for a spreadsheet: its lists as JSON text, and a text cell that begins with "
                "`=`, `+`, `-`, `@`, a tab or a carriage return (after any spaces) begins with an apostrophe, so "
                "that a spreadsheet shows it rather than runs it, and so does one that begins with an apostrophe: "
                "take exactly one off a text that begins with one to read it as written"
            ),
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": CSV_DIALECT,
            "hash": f"sha256:{sha256[INDEX_CSV]}",
            "schema": {"fields": [_csv_field(c) for c in TABLES["index"]], "primaryKey": PRIMARY_KEYS["index"]},
        }
    )
    return {
        "profile": "tabular-data-package",
        "name": PACKAGE_NAME,
        "title": "Workshop recordings: transcripts, speakers, topics and report comparisons",
        "description": (
            "Every day of the archive in nine tables, and the index again as text (index.csv). Empty cells are "
            "missing values; see each column's description. Made by lokakarya "
            + version
            + "; tables "
            + tables_sha256()
        ),
        "resources": resources,
    }


# Before a text of index.csv that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or
# a carriage return, after any spaces) or that begins with it: OWASP's advice for CSV.
SPREADSHEET_GUARD = "'"


def index_csv_types() -> dict:
    """pandas.read_csv's `dtype` for index.csv's scalar columns, each the type pandas reads from
    index.parquet: left to guess, pandas typed each column by the rows at hand (an empty column, no
    day dated or none failed, as float64; every count as float64 once one day was unreadable), so
    two archives' index.csv concatenated to object and float64 columns.  Column.pandas_dtype itself:
    a type spelled from pyarrow's name (`string[pyarrow]`) drifts from it between pandas versions."""
    return {c.name: c.pandas_dtype for c in TABLES["index"] if not pyarrow.types.is_list(c.type)}


def _json_cell(text: str):
    return json.loads(text) if text else None


def read_index_csv(path):
    """index.csv as pandas reads index.parquet: the same types whatever days the archive holds, only
    an empty cell empty (an id `007` or `nan` kept as text), each list parsed from its JSON (a
    Python list where the Parquet gives an array), and each text as the record holds it: index.csv
    puts SPREADSHEET_GUARD before a text a spreadsheet would run as a formula and before one that
    begins with it (index.py's _inert_in_spreadsheets), and exactly one is taken off here."""
    import pandas

    lists = [c.name for c in TABLES["index"] if pyarrow.types.is_list(c.type)]
    frame = pandas.read_csv(
        path,
        dtype=index_csv_types(),
        keep_default_na=False,
        na_values=[""],
        converters=dict.fromkeys(lists, _json_cell),
    )
    for c in TABLES["index"]:
        if pyarrow.types.is_string(c.type):
            frame[c.name] = frame[c.name].str.removeprefix(SPREADSHEET_GUARD)
    return frame


def tables_sha256() -> str:
    """sha256 of every table's columns and types: Parquet files of one value concatenate as they are."""
    spec = {name: [[c.name, str(c.type)] for c in columns] for name, columns in TABLES.items()}
    return hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()


def data_dictionary() -> str:
    """docs/tables.md: every table's columns, types and meaning."""
    lines = [
        "# The archive tables",
        "",
        "Written by `lokakarya run` and `lokakarya batch` into the outputs folder, rebuilt from",
        "every day's artifacts each time (generated from `pipeline/records/columns.py`; do not edit).",
        "Parquet types are exact; pandas reads every other column backed by pyarrow: strings as",
        "`string` (pyarrow storage), integers as `int64[pyarrow]`, floats as `double[pyarrow]`,",
        "booleans as `bool[pyarrow]`, dates as `date32[day][pyarrow]` (all nullable), so that a",
        "comparison of any column is pyarrow's `bool` and combines with any other in either order",
        "(`points.speaker_agrees & (points.attributed_speaker != points.evidence_speaker)`: numpy's",
        "masked `boolean` beside pyarrow's text raised `boolean value of NA is ambiguous` before",
        "the fiftieth round); lists and structs as `object` (Python lists and dicts). A list's items are",
        "`item` below and `element` in the Parquet files' own schema (the same type, as Parquet",
        "names it). `index.csv` is UTF-8 without a byte-order mark (Excel: Data > From Text/CSV);",
        "its lists are JSON text, and a text cell that begins with `=`, `+`, `-`, `@`, a tab or a",
        "carriage return (after any spaces) begins with an apostrophe there, so that a spreadsheet shows it rather",
        "than runs it as a formula (`index.parquet` holds the text as written), and so does a text that begins",
        "with an apostrophe: take exactly one off a text that begins with one to read it as written (`'=cmd`",
        "is `''=cmd` in the CSV, `=cmd` is `'=cmd`; before the fifty-second round the two read back alike).",
        "CSV has no types, and pandas guesses each column's from the rows at hand: an empty column (no day dated, none",
        "failed) read as float64, every count as float64 once one day was unreadable, an id `007`",
        "as 7, so two archives' CSVs concatenated to object and float64 columns (before the",
        "fifty-second round the recipe here typed the id and title alone). Read it with",
        "`pipeline.records.columns.read_index_csv(path)`: each column of the type `index.parquet` reads as,",
        "only an empty cell empty, each list parsed from its JSON, each text as written. Without lokakarya,",
        "the same is",
        '`pandas.read_csv(path, keep_default_na=False, na_values=[""], dtype=...)`, each scalar column',
        '`pandas.StringDtype("pyarrow")` where below it is `string`, else `pandas.ArrowDtype` of its type',
        "(`pandas.ArrowDtype(pyarrow.int64())`, ...), `json.loads` on each list's cells and one apostrophe",
        'taken off the start of a text that begins with one (`.str.removeprefix("\'")`). Each',
        "Parquet file's pandas metadata names text `string[pyarrow]`: pandas writes a bare `string`",
        "for either storage, which pandas 2 reads as `string[python]` (fifty-second round).",
        "Each Parquet file's metadata names the lokakarya version",
        "that wrote it and `lokakarya.tables`, the sha256 of every table's columns and types: files",
        "with the same value concatenate as they are (`pipeline.records.columns.tables_sha256()`), and a",
        "file of another value has other columns: the fifty-second round added the index's",
        "`speaker_count_estimated` and the topics' `talk_only`, the fifty-third the index's",
        "`config_sha256` and `truth_sha256` and the speakers' `voice_key` (files written before lack them,",
        "and `pandas.concat` leaves them empty in those files' rows: read those as unknown, or run",
        "`lokakarya tables` on the older archive first, which fills them from its days' records); and",
        "`lokakarya.source`, the sha256 of the code that made its rows (a person, a role, the folded",
        "text are the tables' own): two files of one version and other code may differ. A day's id",
        "is unique within one outputs folder, not across archives: concatenating the tables of two,",
        "add a column naming each archive before joining on `day` (two versions of one day have",
        "other `summary_sha256` in the index).",
        "",
        "`datapackage.json`, beside the tables, describes them as a Frictionless Data Package",
        "(tabular-data-package, v1): each file's columns with these types and meanings, its sha256,",
        "the key that identifies a row where the records make one unique (under each table below;",
        "a table without one says why) and the joins that hold for every row (each table's",
        "`day` to the index's `id`; a point's evidence passage's `day, point` to the points'; the",
        "`day, speaker` of a segment, a quantity, a point's evidence passage and a passage to the",
        "speakers' `day, label`, the speaker's `person_key` to join them by; a topic's",
        "`first_utterance`, a quantity's `utterance` and an evidence passage's and a passage's first",
        "and last to the segments' `day, utterance`). A column that names an utterance or a voice in",
        "some rows only (the points table's first evidence, a name's first mention) joins where",
        "filled, as its meaning says: a Data Package counts a join with an empty part as broken. A",
        "point's quantities join the talk's through the points' `number_mentions`, a list of lists",
        "(each quantity's numbers rows), which no Data Package key can state.",
        "A list column is a field of type `any`, its Parquet type in its description, and no file",
        "states its size: frictionless reads a Parquet list as a numpy array, which its `array`",
        "type refuses (every list cell was an error), and counts no bytes of a Parquet file (every",
        "table was invalid for its size).",
        "`index.csv` is its resource `index-csv`: the index's columns and key, a list a JSON",
        "array (`array`), in the dialect it is written in (a comma, double quotes doubled inside",
        "quotes, each line ending in a line feed, a header row), with its sha256.",
        "`frictionless validate datapackage.json` (frictionless 5.21, with `frictionless[parquet]`)",
        "finds the bundled days' tables and `index.csv` valid, their keys and joins included;",
        "the tests make the same check on every run (frictionless is a test dependency since the",
        "forty-fourth round: before, the test was skipped where it was not installed, as in CI).",
        "",
    ]
    for name, columns in TABLES.items():
        lines += [
            f"## `{FILES[name]}`" + (" and `index.csv`" if name == "index" else ""),
            "",
            f"Key: `{', '.join(PRIMARY_KEYS[name])}`." if name in PRIMARY_KEYS else f"{UNKEYED[name]}.",
            "",
            "| column | type | meaning |",
            "| --- | --- | --- |",
        ]
        lines += [f"| `{c.name}` | `{c.type}` | {c.description} |" for c in columns]
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    DICTIONARY.parent.mkdir(exist_ok=True)
    write_atomic(DICTIONARY, data_dictionary())
