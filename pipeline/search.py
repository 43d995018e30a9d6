"""`lokakarya search`: find a phrase in every day of the archive, the way people remember it.

Reads outputs/segments.parquet (every utterance of every day, with its text already folded: lower
case, no accents, no punctuation).  The query is folded the same way and matched with rapidfuzz's
partial ratio (>= matching.FUZZY_MIN, as names are found in topics), so ASR spellings like
"Laras Sati" still find "Larasati"; a query shorter than matching.SHORT_TERM must match whole words.
The query must be found in the utterance, never the utterance in the query: an utterance shorter
than the query is compared whole, so "Pak." is no hit for "kerja sama dengan pak duta".
Where a query's words are said apart, in another order or another form of the word ("kirim
sertifikat" for "sertifikat akan dikirim"), the utterance is found after those that say it whole
(every_word_scores), and where a voice says them over utterances in a row, in each of those (its
passages).  As in a web search engine, "a OR b" finds either, "-word" leaves out the
utterances that say it, and a "quoted phrase" is found only as said.
Said in other words ("ongkos kuliah" for "kuliah dengan biaya sendiri"), an utterance is found by
meaning, after every hit of the words, where its day has vectors (pipeline.text.vectors) and it says one
of the query's words.
The table is read and filtered with pyarrow, the fastest of the readers measured in
docs/search-benchmark.md (pandas, pyarrow, DuckDB), from a copy in memory pyarrow owns of a file
Python opens (files.arrow_table_file says why).
"""

from __future__ import annotations

import functools
import logging
import math
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from itertools import pairwise
from pathlib import Path

import pyarrow
import pyarrow.compute
import pyarrow.parquet

from pipeline.artifacts import MAX_SECONDS, DayPaths, PipelineError, clock
from pipeline.config import DEFAULT_LANGUAGE, page_language_of, speaker_person, speaker_person_key
from pipeline.records.columns import TABLES, LeftOut, days_left_out
from pipeline.records.files import arrow_table_file, link_astray, read_record, regular_file_there, why
from pipeline.text.formats import names_listed, quoted
from pipeline.text.language import (
    DOTTED,
    THOUSANDS,
    TITLED,
    UNDOTTED_DEGREES,
    core_name,
    fold,
    is_common_word,
    said_forms,
    stem,
    stop_words,
)
from pipeline.text.matching import (
    FUZZY_MIN,
    LONE_WORD_EDITS,
    SAME_WORD_MIN,
    SHORT_TERM,
    heard_as,
    heard_in_words,
    respelt,
    slipped,
    surname,
    titled_forms,
)
from pipeline.text.numbers import (
    DECIMAL_COMMA,
    Quantity,
    decimals_as_words,
    is_number_word,
    number_as_words,
    numbers_to_digits,
    quantities,
    same_quantity,
)
from pipeline.text.short_forms import CLITIC, day_short_forms
from pipeline.text.vectors import make_day_vectors, usable_vectors
from pipeline.voices.asked_for import called_voices, only_speaker, voice_roles
from pipeline.voices.shown_voices import voice_marks

# The columns search reads, with the types the tables stage writes them in.
READ = ("day", "utterance", "start_s", "speaker", "speaker_name", "text", "text_folded")
COLUMNS = {column.name: column.type for column in TABLES["segments"] if column.name in READ}
SNIPPET_CHARS = 160
INDONESIAN_SHORT_FORMS = day_short_forms("id")  # the series' talk is Indonesian
log = logging.getLogger("lokakarya")

# A search engine's syntax, as people type it into one (and as SQLite's FTS5 and Lucene read it):
# "a OR b" finds either, "-word" leaves out what says it, a "quoted phrase" is found only whole.
ALTERNATIVES = re.compile(r"\s+OR\s+")
LEFT_OUT = re.compile(r"(?:^|(?<=\s))-(?=\w)(\S+)")  # "-digital", not "K-pop" nor "negara-negara"
QUOTED = re.compile(r'\A\s*"([^"]*)"\s*\Z')
# Of a query of up to ALL_WORDS_UP_TO words every one must be said; of a longer one (a sentence
# pasted from the report, which words it in other words than the talk) WORDS_MIN_SHARE of its
# words' weight, as Lucene's minimum_should_match "3<40%" reads.  The share was chosen on the tuning
# half of the held-out queries, the highest of 0.3-1.0 that finds most (docs/search-benchmark.md).
ALL_WORDS_UP_TO = 3
WORDS_MIN_SHARE = 0.4
MOST_WORDS = 60  # a query of more words is no sentence but a pasted page: found only whole
WORDS_SCORE = 80.0  # under FUZZY_MIN: the words said apart rank after the phrase said whole
# A phrase said with its words in another spoken or written form ("nggak ngerti" for "tidak
# mengerti") scores this share of its score: after the phrase as typed (FUZZY_MIN and over), and
# said exactly, before the words said apart (WORDS_SCORE at most).
OTHER_SPOKEN_FORM = 0.84
# A word of a short query said only as ASR misspelt it ("patik" for "batik"): a word of
# NEAR_WORD_LETTERS or more (a shorter one SAME_WORD_MIN alike differs in no letter), counted at
# NEAR_WORD_WEIGHT of its weight, so below the utterances that say every word.
NEAR_WORD_LETTERS = 5
NEAR_WORD_WEIGHT = 0.5
# A query of two words or more said glued inside a text (search.said_glued) is looked for only in
# the texts that hold two of its words glued, by the GLUED_PIECE letters either side of the join.
GLUED_PIECE = 2
# An English word's endings as Indonesian spells the word borrowed (loan_spelling), each after a
# stem of LOAN_STEM letters or more ("ration" is no "rasi").
LOAN_ENDINGS = (("cy", "si"), ("tion", "si"), ("sion", "si"), ("ty", "tas"), ("ics", "ika"))
LOAN_STEM = 3
# A phrase or a report's sentence a voice says over utterances one after another ("... mencapai
# tujuan" then "diplomatik."): its words are also looked for in up to PASSAGE_UTTERANCES of that
# voice's utterances in a row, and each of them that says one of the words is listed at
# PASSAGE_WEIGHT of the passage's score, after the utterances that say them alone.
PASSAGE_UTTERANCES = 3
PASSAGE_WEIGHT = 0.9
# How Indonesian's meN-/peN- prefix joins a root, dropping its first letter ("kirim" -> "mengirim",
# "tulis" -> "menulis", "pukul" -> "memukul", "sapa" -> "menyapa").
NASALISED = {"k": "ng", "p": "m", "t": "n", "s": "ny"}


@dataclass(frozen=True)
class Hit:
    day: str
    utterance: int  # joins segments.parquet's (day, utterance)
    time: str
    start_s: float
    speaker: str  # the voice's label, as every table's speaker: joins speakers.parquet's (day, speaker)
    speaker_name: str  # as every table's speaker_name: the name the day gives that voice
    person: str | None  # as speakers.parquet's person: the name without titles, as this day spells it
    person_key: str | None  # as speakers.parquet's person_key: one person's hits on every day, however spelt
    called: list[str]  # as speakers.parquet's called: the names the talk gives a voice the config does not list
    score: float  # of the words found (0-100); of a hit found by meaning, its cosine to the query x 100
    snippet: str
    link: str
    # or "misspelt": a word of the query said only as ASR misspelt it ("butaya" for "budaya"), listed
    # after the rows that say it; or "meaning": said in other words, found by the utterance vectors (vectors.py);
    # or "surname": a person's name typed whole, said only by the surname (surname_scores), after the rest
    found_by: str = "words"
    # as speakers.parquet's name_by_order_alone: the config's name given by the order alone, to check by ear
    name_by_order_alone: bool = False
    # as speakers.parquet's name_doubt: why the name may be another voice's (two names swapped)
    name_doubt: str | None = None
    page_language: str = DEFAULT_LANGUAGE  # the day's (day_page_languages): its lines mark such a name in it

    def lines(self) -> tuple[str, str]:
        """The match, and under it where to hear it."""
        called = f" ({', '.join(self.called)})" if self.called else ""  # "Speaker 4 (Dewi Lestari)"
        # as the day's page, its exports and the index mark it, in their language
        marks = voice_marks(self.name_by_order_alone, self.name_doubt is not None, self.page_language, short=False)
        called += f" {marks}" if marks else ""
        meant = {"meaning": " (by meaning)", "misspelt": " (spelt otherwise)", "surname": " (by surname)"}.get(
            self.found_by, ""
        )
        return f"{self.day} {self.time} {self.speaker_name}{called}: {self.snippet}{meant}", f"    {self.link}"

    def as_dict(self) -> dict:
        """The JSON's: a name by order is name_by_order_alone, a doubted one has its name_doubt, no mark in
        the page's language."""
        return {key: value for key, value in asdict(self).items() if key != "page_language"}


def _columns(path: Path, columns: list[str]) -> pyarrow.Table:
    """Those columns of a table (read as files.arrow_table_file says)."""
    return pyarrow.parquet.read_table(arrow_table_file(path), columns=columns)


# The columns search reads of the archive's other tables (ArchiveTables), by table.
TABLE_COLUMNS_READ = {
    "speakers": ("day", "label", "name", "role", "host", "called", "name_by_order_alone", "name_doubt"),
    "entities": ("entity", "label"),
    "index": ("id", "status", "reason", "failed_stage", "summary_sha256", "language", "title"),
    "points": ("text",),
}


class ArchiveTables:
    """The archive's small tables that a query reads beside segments.parquet, each read once a query,
    when first asked for, with every column search reads of it: speakers.parquet had been read four
    times a query (the names the talk calls a voice, the marked names, the roles, the archive's
    words), entities.parquet twice and index.parquet up to three times.  A reader asks for its
    columns and, where the table is missing or unreadable or lacks one of them (a table older than
    the column), gets the error that reading them alone had raised, so each goes without as before;
    a column search does not read (not in TABLE_COLUMNS_READ) is a mistake in the code, a ValueError,
    not an older table to go without.  One there but unreadable is said once: a damaged speakers.parquet
    had dropped the mark of names the order alone gave from every line without a word."""

    def __init__(self, outputs: Path) -> None:
        self.outputs = Path(outputs)
        self._read: dict[str, pyarrow.Table | pyarrow.ArrowException | OSError] = {}

    def columns(self, table: str, columns: list[str]) -> pyarrow.Table:
        """Those columns of outputs/<table>.parquet, read once whatever columns are asked for."""
        if table not in self._read:
            path = self.outputs / f"{table}.parquet"
            try:
                source = arrow_table_file(path)
                present = set(pyarrow.parquet.read_schema(source).names)
                wanted = [name for name in TABLE_COLUMNS_READ[table] if name in present]
                self._read[table] = pyarrow.parquet.read_table(source, columns=wanted)
            except (pyarrow.ArrowException, OSError) as exc:
                self._read[table] = exc
                if os.path.lexists(path):  # an older archive's missing table goes without a word, a link astray not
                    log.warning(
                        f"search: {path} cannot be read ({link_astray(path) or why(exc)}); "
                        "searched without it; `lokakarya tables` makes it again"
                    )
        read = self._read[table]
        if not isinstance(read, pyarrow.Table):
            raise read
        if unread := [name for name in columns if name not in TABLE_COLUMNS_READ[table]]:
            raise ValueError(f"search reads no column {unread[0]} of {table}.parquet: add it to TABLE_COLUMNS_READ")
        if missing := [name for name in columns if name not in read.column_names]:
            raise pyarrow.ArrowInvalid(f"{self.outputs / table}.parquet: no column {missing[0]}")
        return read.select(columns)


def load_segments(path: Path, day: str | None) -> pyarrow.Table:
    """The columns search needs, only the asked day's rows when one is given (the table's row
    groups follow the days, so the others are skipped unread).  A file that is not the archive's
    segments table (damaged, other columns, other types) is one line naming it."""
    rebuild = "`lokakarya tables` makes it again from the day folders"
    try:
        table = arrow_table_file(path)
        schema = pyarrow.parquet.read_schema(table)
        wrong = [
            f"{name} is {schema.field(name).type}, not {kind}" if name in schema.names else f"no column {name}"
            for name, kind in COLUMNS.items()
            if name not in schema.names or schema.names.count(name) > 1 or schema.field(name).type != kind
        ]
        if wrong:
            raise PipelineError(f"{path}: not the archive's segments table ({'; '.join(wrong)}); {rebuild}")
        segments = pyarrow.parquet.read_table(
            table, columns=list(COLUMNS), filters=[("day", "==", day)] if day else None
        )
    except (pyarrow.ArrowException, OSError, KeyError) as exc:
        raise PipelineError(
            f"{path}: cannot be read as a table ({' '.join(str(exc).split())[:200]}); {rebuild}"
        ) from None
    if problem := _bad_values(segments):
        raise PipelineError(f"{path}: not the archive's segments table ({problem}); {rebuild}")
    if day and not segments.num_rows:
        every_day = _columns(path, ["day"])
        if problem := _bad_values(every_day):
            raise PipelineError(f"{path}: not the archive's segments table ({problem}); {rebuild}")
        days = sorted(pyarrow.compute.unique(every_day["day"]).to_pylist())
        if len(alike := days_spelt(day, days)) == 1:
            return load_segments(path, alike[0])
        raise PipelineError(f"search: --day {day!r}: no such day in {path} (days: {names_listed(alike or days)})")
    return segments


def days_spelt(day: str, days: list[str]) -> list[str]:
    """The days `--day` names: itself, or those so spelt in other capitals ("Para-7"), of which
    the one there is is its folder's name."""
    return [day] if day in days else [name for name in days if name.casefold() == day.casefold()]


def _bad_values(segments: pyarrow.Table) -> str | None:
    """Values the tables stage never writes (a table written or edited by another tool): empty
    cells, a time that is no time, a day that is no folder name."""
    compute = pyarrow.compute
    empty = next((name for name in segments.column_names if segments[name].null_count), None)
    if empty is not None:
        return f"column {empty} has empty cells"
    start = segments["start_s"] if "start_s" in segments.column_names else pyarrow.array([], pyarrow.float64())
    if len(start) and not (
        compute.all(compute.is_finite(start)).as_py()
        and compute.min(start).as_py() >= 0
        and compute.max(start).as_py() <= MAX_SECONDS
    ):
        return "column start_s holds times that are negative, not numbers or past any recording"
    days = compute.unique(segments["day"]).to_pylist()
    if any("/" in name or "\\" in name or name in ("", ".", "..") for name in days):
        return "column day holds names that are no day folder"
    return None


def match_scores(query: str, folded: pyarrow.ChunkedArray, whole_word: bool = False) -> dict[int, float]:
    """Row number -> score (0-100) of every folded text in which the folded query is said (with
    `whole_word`, or a query under SHORT_TERM letters, as a whole word only).

    Partial ratio aligns the shorter string inside the longer, so it is given only the texts at
    least as long as the query: a text shorter than the query ("pak") would otherwise score 100
    for being inside it.  Those shorter texts are compared whole, which still forgives an ASR
    spelling of the whole query ("larasati" for "laras sati")."""
    import numpy as np
    from rapidfuzz import fuzz, process

    if len(query) < SHORT_TERM or whole_word:
        joined = CLITIC if whole_word else ""  # a form's clitic: "Pak Dubesnya"
        found = pyarrow.compute.match_substring_regex(folded, rf"\b{re.escape(query)}{joined}\b")
        return dict.fromkeys(np.flatnonzero(found.to_numpy(zero_copy_only=False)).tolist(), 100.0)
    texts = folded.to_numpy()
    holds_query = pyarrow.compute.utf8_length(folded).to_numpy() >= len(query)
    scores = {}
    for rows, scorer in ((np.flatnonzero(holds_query), fuzz.partial_ratio), (np.flatnonzero(~holds_query), fuzz.ratio)):
        matches = process.extract(query, texts[rows], scorer=scorer, score_cutoff=FUZZY_MIN, limit=None)
        scores.update({int(rows[index]): score for _, score, index in matches})
    # as the entities table judges a name said: by the whole words the match stands in
    heard = {row: heard_as(query, texts[row]) if holds_query[row] else (None, score) for row, score in scores.items()}
    found = {row: said[1] for row, said in heard.items() if said}
    if " " in query:
        found.update(said_glued(query, folded, texts, holds_query, set(scores)))
    return found


def said_glued(query: str, folded: pyarrow.ChunkedArray, texts, holds_query, judged: set[int]) -> dict[int, float]:
    """Row number -> score of the texts (`folded`, as numpy `texts`), not yet `judged`, that say a
    query of two words or more ASR glued or cut a letter with inside them ("tapi yakan sulit" for
    "ya kan", "sama profrata di" for "prof ratna"): partial ratio's window of the query's length is
    cut in the next word there, so such a text is judged by its whole words alone
    (matching.heard_in_words) where its words glued say the query's glued (partial ratio
    FUZZY_MIN).  Only the texts that hold two of its words glued are compared, found by Arrow's
    regular expression over every text (fast): the one's last GLUED_PIECE letters then the next's
    first ("ofra" of "prof ratna", "yaka" of "ya kan"), or with the letter either side of the join
    left out ("asat": "larasati" for "laras sati").  A text that says them apart is the first pass's."""
    import numpy as np
    from rapidfuzz import fuzz, process

    words = query.split()
    joins = dict.fromkeys(
        glued
        for one, then in pairwise(words)
        for glued in (
            one[-GLUED_PIECE:] + then[:GLUED_PIECE],
            one[-GLUED_PIECE - 1 : -1] + then[:GLUED_PIECE],
            one[-GLUED_PIECE:] + then[1 : GLUED_PIECE + 1],
        )
    )
    holds_piece = pyarrow.compute.match_substring_regex(folded, "|".join(map(re.escape, joins)))
    rows = np.flatnonzero(holds_piece.to_numpy(zero_copy_only=False) & holds_query)
    rows = np.array([row for row in rows.tolist() if row not in judged], dtype=np.int64)
    alike = process.extract(
        query.replace(" ", ""), texts[rows], scorer=fuzz.partial_ratio, score_cutoff=FUZZY_MIN, limit=None
    )
    return {int(rows[index]): said[1] for _, _, index in alike if (said := heard_in_words(query, texts[rows[index]]))}


def said_in_any_form(
    query: str, folded: pyarrow.ChunkedArray, written: pyarrow.ChunkedArray | None = None
) -> tuple[dict[int, float], dict[int, str]]:
    """match_scores of the query and of its other forms ("kemlu" for "kementerian luar negeri",
    Indonesian's short forms: pipeline.text.short_forms), each row at its best; and the form each row
    was found by.  A short form is found as a whole word, and one said letter by letter ("ham" of
    "hak asasi manusia") only where the text as `written` has it in capitals (not "roti ham")."""
    scores: dict[int, float] = {}
    said_as: dict[int, str] = {}
    forms = INDONESIAN_SHORT_FORMS
    for form in [query, *forms.variants(query)]:
        for row, score in match_scores(form, folded, whole_word=" " not in form and form != query).items():
            if form != query and written is not None and not forms.spelt(form, written[row].as_py()):
                continue
            if score > scores.get(row, -1.0):
                scores[row], said_as[row] = score, form
    return scores, said_as


def said_in_spoken_form(query: str, folded: pyarrow.ChunkedArray) -> tuple[dict[int, float], dict[int, str]]:
    """Rows that say the folded query with its words in their other spoken or written forms
    ("nggak ngerti" or "tidak ngerti" for "tidak mengerti", "udah" for "sudah": language.SPOKEN_FORMS),
    scored OTHER_SPOKEN_FORM of match_scores; and the query as written, for the snippet.  Such a
    word is read as written in the query and in the texts that say one of its forms."""
    import numpy as np

    groups = [forms for forms in map(said_forms, dict.fromkeys(query.split())) if len(forms) > 1]
    if not groups:
        return {}, {}

    def any_of(forms: tuple[str, ...]) -> str:
        return rf"\b(?:{'|'.join(forms)})\b"

    holds = pyarrow.compute.match_substring_regex(folded, any_of(tuple(form for forms in groups for form in forms)))
    rows = np.flatnonzero(holds.to_numpy(zero_copy_only=False))
    texts = folded.take(pyarrow.array(rows, pyarrow.int64()))
    for forms in groups:
        texts = pyarrow.compute.replace_substring_regex(texts, any_of(forms[1:]), forms[0])
    as_written = " ".join(said_forms(word)[0] for word in query.split())
    found = match_scores(as_written, texts) if len(rows) else {}
    return (
        {int(rows[row]): OTHER_SPOKEN_FORM * score for row, score in found.items()},
        dict.fromkeys((int(rows[row]) for row in found), as_written),
    )


def parsed_query(query: str) -> tuple[list[tuple[str, bool]], list[str]]:
    """The query's alternatives ("a OR b"), each with whether it is quoted (found only as said),
    and the folded words it leaves out ("-digital")."""
    left_out = [fold(word) for word in LEFT_OUT.findall(query) if fold(word)]
    kept = LEFT_OUT.sub(" ", query)
    alternatives = []
    for text in ALTERNATIVES.split(kept):
        phrase = QUOTED.match(text)
        alternatives.append((phrase.group(1), True) if phrase else (text, False))
    return [(text, whole) for text, whole in alternatives if fold(text)] or [(kept, False)], left_out


def query_forms(text: str) -> list[str]:
    """The folded query and the other ways it is written: numbers in words or in digits ("55
    persen" and "lima puluh lima persen", "100%" and "seratus persen", "2017" and "dua ribu tujuh
    belas"; a number word alone, "satu", is an everyday word and stays one)."""
    folded = fold(typed_numbers(text))
    tokens = folded.split()
    in_words = " ".join(
        " ".join(
            decimals_as_words(token) if before == "koma" and token.isdigit() else number_as_words(token) or [token]
        )
        for before, token in zip(["", *tokens[:-1]], tokens, strict=True)
    )
    in_digits = fold(numbers_to_digits(folded))
    forms = [folded, in_words, in_digits if re.search(r"\d\d", in_digits) else folded]
    return list(dict.fromkeys(form for form in forms if form))


def loaned_forms(text: str) -> tuple[list[str], list[str]]:
    """The folded query with its English words as Indonesian spells them borrowed (loan_spelling:
    "hoax", "hoaks"; "diplomacy", "diplomasi"), searched as the query is; and, where a word is
    joined to a loaned one by a hyphen ("e-diplomacy"), the two glued and apart instead ("ediplomasi",
    "e diplomasi"), found only as whole words (as a short form is): fuzzily, "ediplomasi" is one
    letter from every "diplomasi", and "e diplomasi" the same once heard_as lets the lone "e" go
    (55 hits on the bundled days, one right).  Either list is empty where no word is loaned."""
    folded = fold(typed_numbers(text))
    glued, apart = [], []
    for typed in typed_numbers(text).split():
        parts = fold(typed).split()
        loaned = [*parts[:-1], loan_spelling(parts[-1])] if parts else []
        glued.append("".join(loaned) if loaned != parts else " ".join(parts))
        apart.append(" ".join(loaned))
    forms = [" ".join(word for word in words if word) for words in (glued, apart)]
    loans = [form for form in dict.fromkeys(forms) if form and form != folded]
    return ([], loans) if len(loans) > 1 else (loans, [])


def loan_spelling(word: str) -> str:
    """An English word as Indonesian spells it borrowed, by the spelling guide's loanword rules
    (Pedoman Umum Pembentukan Istilah): the endings LOAN_ENDINGS ("diplomacy", "diplomasi";
    "physics", "fisika"), then ph as f, x as ks, c as s before e, i or y and as k elsewhere, y as i
    after the first letter, a doubled consonant as one ("commission", "komisi").  Only for a word
    wordfreq's English list has and its Indonesian one not, which is few: Indonesian talk borrows
    most English words as they are ("digital", "policy", "meeting" are words of both lists and stay);
    another word only has its x as ks ("hoax", "hoaks").  The guide has more rules than these, and a
    word they miss is spelt wrong, a form searched beside the word as typed (loaned_forms)."""
    if not word.isalpha() or is_common_word(word) or not is_common_word(word, "en"):
        return word.replace("x", "ks")
    for english, indonesian in LOAN_ENDINGS:
        if word.endswith(english) and len(word) - len(english) >= LOAN_STEM:
            word = word[: -len(english)] + indonesian
            break
    word = word.replace("ph", "f").replace("x", "ks")
    word = re.sub(r"c(?=[eiy])", "s", word).replace("c", "k")
    return re.sub(r"([^aeiou])\1", r"\1", word[:1] + word[1:].replace("y", "i"))


def typed_numbers(text: str) -> str:
    """The query with its numbers as the folded text reads them: "%" as "persen", a number's
    thousands points left out ("4.000" as 4000) and its decimal comma said ("1,2" as "1 koma 2"),
    by language's own patterns (THOUSANDS, DECIMAL_COMMA: "10.000,50" is 10000 koma 50).  Folded,
    the punctuation is a space: "1,2 miliar" had been searched as "1 2 miliar", "satu dua miliar",
    and not found where the talk says "satu kroma dua miliran"."""
    text = THOUSANDS.sub(lambda number: number.group().replace(".", ""), text.replace("%", " persen "))
    return DECIMAL_COMMA.sub(r"\1 koma \2", text)


def queried_quantity(text: str) -> Quantity | None:
    """The quantity a query is alone ("2017", "dua ribu tujuh belas", "55 persen": a number and its
    unit), as numbers.quantities reads it; None for a query with other words, and for a number
    word alone ("satu", "dua"), an everyday word unless typed in digits (as query_forms keeps it)."""
    folded = fold(typed_numbers(text))
    found = quantities(folded)
    if len(found) != 1 or not all(is_number_word(word) or word == found[0].unit for word in folded.split()):
        return None
    return found[0] if re.search(r"\d", folded) or len(found[0].value.lstrip("-")) > 1 else None


def called_rows(text: str, people: frozenset[str], folded: pyarrow.ChunkedArray) -> dict[int, float]:
    """Where a speaker of the archive whose name the query is (`people`: each speaker's name
    without titles and degrees, folded) is called as the entities table finds a person said
    (matching.titled_forms: "prof ratna", "profratna"; the first two words of a longer name),
    scored FUZZY_MIN: "Ratna Kusumawardani" had found nothing where the talk says "Profratna"."""
    import numpy as np

    words = fold(core_name(text)).split()
    if " ".join(words) not in people or len(words) < 2:
        return {}
    forms = "|".join(map(re.escape, titled_forms(words, DEFAULT_LANGUAGE)))
    says = pyarrow.compute.match_substring_regex(folded, rf"\b(?:{forms})\b").to_numpy(zero_copy_only=False)
    called = dict.fromkeys(np.flatnonzero(says).tolist(), float(FUZZY_MIN))
    if len(words) >= 3:
        called |= {row: min(score, FUZZY_MIN) for row, score in match_scores(" ".join(words[:2]), folded).items()}
    return called


def stated_numbers(path: Path) -> dict[tuple[str, int], list[Quantity]]:
    """The quantities each utterance states, by (day, utterance), from numbers.parquet: read there
    by numbers.quantities with its repairs ("dua ribu tunjuk belas", "belasitu": 2017), so a number
    query finds what the table lists, where the phrase search alone had missed a number ASR
    misspelt.  None where the table is missing or unreadable (the phrase search stands)."""
    try:
        rows = _columns(path, ["day", "utterance", "value", "unit"]).to_pylist()
    except (pyarrow.ArrowException, OSError, KeyError):
        return {}
    stated: dict[tuple[str, int], list[Quantity]] = {}
    for row in rows:
        if isinstance(row["day"], str) and isinstance(row["utterance"], int) and isinstance(row["value"], str):
            stated.setdefault((row["day"], row["utterance"]), []).append(Quantity(row["value"], "", row["unit"]))
    return stated


def word_rows(word: str, folded: pyarrow.ChunkedArray):
    """Which rows say the word in any form of it (a numpy bool per row): its Indonesian stem
    (PySastrawi) inside a word ("kirim" in "dikirim", "lindung" in "perlindungan"), or as meN-
    joins it ("ngirim" in "mengirim"), or as a whole word in the form it is said or written ("tau" for
    "tahu": said_forms); a stem under SHORT_TERM letters only as a whole word."""
    root = stem(word)
    forms = {word, root} | (
        {NASALISED[root[0]] + root[1:]} if root[0] in NASALISED and len(root) >= SHORT_TERM else set()
    )
    pattern = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    pattern = rf"\b(?:{pattern})\b" if len(root) < SHORT_TERM else pattern
    if spoken := [form for form in said_forms(word) if form != word]:  # words of their own: "tau" is no "atau"
        pattern += rf"|\b(?:{'|'.join(spoken)}){CLITIC}\b"
    return pyarrow.compute.match_substring_regex(folded, pattern).to_numpy(zero_copy_only=False)


def voice_next(segments: pyarrow.Table):
    """Each row's next utterance of the same voice straight after it (same day and voice, the next
    utterance number), as a row number (a numpy int per row); -1 where the next is another voice's."""
    import numpy as np

    compute = pyarrow.compute
    rows = segments.num_rows
    after = np.full(rows, -1)
    if rows > 1:  # compared in Arrow: read into Python, the texts of 110,700 rows' days and voices are slow
        day, voice, number = (segments[name] for name in ("day", "speaker", "utterance"))
        same = compute.and_(compute.equal(day[1:], day[:-1]), compute.equal(voice[1:], voice[:-1]))
        same = compute.and_(same, compute.equal(number[1:], compute.add(number[:-1], 1)))
        same = same.fill_null(False).to_numpy(zero_copy_only=False)  # a null day, voice or number: none
        after[:-1][same] = np.arange(1, rows)[same]
    return after


def passage_rows(after) -> list:
    """The rows of each row's passage (voice_next): the row and the next PASSAGE_UTTERANCES - 1 of
    its voice, each a numpy int per row (-1 past the passage's end)."""
    import numpy as np

    rows = [np.arange(len(after))]
    for _ in range(PASSAGE_UTTERANCES - 1):
        rows.append(np.where(rows[-1] >= 0, after[np.maximum(rows[-1], 0)], -1))
    return rows


def in_passage(says, passage: list):
    """Whether each row's passage (passage_rows) has a row that `says` (a numpy bool per row)."""
    import numpy as np

    return np.logical_or.reduce([(rows >= 0) & says[np.maximum(rows, 0)] for rows in passage])


def every_word_scores(
    query: str, folded: pyarrow.ChunkedArray, after=None
) -> tuple[dict[int, float], dict[int, str], set[int]]:
    """Rows that say the query's words (query_words) apart, in any order and form (word_rows), scored
    WORDS_SCORE times the share of the words' weight they say, a word weighing the more the fewer
    rows say it (inverse document frequency); the heaviest word each says, for its snippet; and the
    rows that say a word only as ASR misspelt it (near_spellings), marked so.  Stop words weigh
    nothing, unless the query has no other words ("yang dan di"); in a long query the words no row
    says weigh nothing while they are half its words or fewer (a report's own: "kebijaksanaan";
    half of the pasted report sentences of the held-out queries): where most are unsaid, the few
    said ("Indonesia" of "Beasiswa Seni dan Budaya Indonesia") would be hits on their own.  In a
    short query a word may be said as ASR misspelt it, in a query of one word too ("butaya" for
    "budaya"), below the rows that say it.  A query of one word finds every form of it a longer
    query does ("YouTuber" for "youtube", which the phrase search takes for another word), after
    the phrase search's whole-word hits: it had kept only the misspellings, so "youtube" found 4
    utterances where "youtube kampus" found para-9's "YouTuber stekong".  A query of more than
    MOST_WORDS words is the phrase search's.  Where `after` gives each row's next utterance of the
    same voice (voice_next), a query of two words or more is also found said over a passage of them
    (passage_rows): each row of it that says a word, at PASSAGE_WEIGHT of the passage's score,
    where the row alone says too few ("mencapai tujuan" / "diplomatik.": the day-10 report's
    sentence a voice says in three short utterances had found one of them)."""
    import numpy as np

    words = content_words(query)
    if not words or len(query.split()) > MOST_WORDS:
        return {}, {}, set()
    said = {word: word_rows(word, folded) for word in words}
    if len(words) > ALL_WORDS_UP_TO:
        unsaid = [word for word in words if not said[word].any()]
        if 2 * len(unsaid) <= len(words):
            words = [word for word in words if word not in unsaid]
    # a passage of common words ("ya", then "kan") is no phrase said
    spread = after is not None and sum(word not in stop_words() for word in words) > 1
    passage = passage_rows(after) if spread else None
    if len(words) > ALL_WORDS_UP_TO:
        near = {word: np.zeros(len(folded), bool) for word in words}
    else:
        near = near_spellings(said, folded, passage)
    weights = {word: math.log((len(folded) + 1) / (said[word].sum() + 1)) for word in words}
    total = sum(weights.values())
    if total <= 0:
        return {}, {}, set()
    share = sum(weights[word] * said[word] for word in words) / total
    near_share = sum(weights[word] * near[word] for word in words) / total
    needed = 1.0 if len(words) <= ALL_WORDS_UP_TO else WORDS_MIN_SHARE
    heaviest = sorted(words, key=weights.get, reverse=True)
    rows = np.flatnonzero(share + near_share >= needed - 1e-9).tolist()
    if len(words) == 1 and words[0] in stop_words():  # "yang": the phrase search's, not "sayang"
        rows = [row for row in rows if near_share[row]]
    scores = {row: WORDS_SCORE * float(share[row] + NEAR_WORD_WEIGHT * near_share[row]) for row in rows}
    misspelt = {row for row in rows if near_share[row]}
    if passage is not None:
        passage_said = {word: in_passage(said[word], passage) for word in words}
        passage_share = sum(weights[word] * passage_said[word] for word in words) / total
        passage_near = sum(weights[word] * (in_passage(near[word], passage) & ~passage_said[word]) for word in words)
        passage_near = passage_near / total
        says_one = np.logical_or.reduce([said[word] | near[word] for word in words])
        # a passage whose words one row of it says alone ("Profratna." before "Prof, eh, Prof") is that row's
        enough = in_passage(share + near_share >= needed - 1e-9, passage)
        starts = np.flatnonzero((passage_share + passage_near >= needed - 1e-9) & ~enough)
        passage_score = PASSAGE_WEIGHT * WORDS_SCORE * (passage_share + NEAR_WORD_WEIGHT * passage_near)
        best = np.full(len(folded), -1.0)  # each row's best passage score, and whether a misspelling counted
        best_near = np.zeros(len(folded), bool)
        for rows_of in passage:
            rows = rows_of[starts]
            kept = (rows >= 0) & says_one[np.maximum(rows, 0)]
            for row, start in zip(rows[kept].tolist(), starts[kept].tolist(), strict=True):
                if passage_score[start] > best[row]:
                    best[row], best_near[row] = passage_score[start], bool(passage_near[start])
        for row in np.flatnonzero(best > -1.0).tolist():
            if best[row] > scores.get(row, -1.0):
                scores[row] = float(best[row])
                (misspelt.add if best_near[row] else misspelt.discard)(row)
    return (
        scores,
        {row: next(word for word in heaviest if said[word][row] or near[word][row]) for row in scores},
        misspelt,
    )


def respelt_alternatives(
    query: str, alternatives: list[tuple[str, bool]], tables: ArchiveTables, folded: pyarrow.ChunkedArray
) -> list[tuple[str, bool]]:
    """The alternatives as searched: each unquoted one with its typos respelt (respelt_query), said
    in a line ("searched as ..."); a quoted phrase is found only as typed."""
    lexicon: dict[str, int] | None = None
    searched = []
    for text, whole in alternatives:
        typed = fold(text)
        if not whole and any(len(word) >= NEAR_WORD_LETTERS and word.isalpha() for word in typed.split()):
            lexicon = archive_words(tables) if lexicon is None else lexicon
            if (respelt_text := respelt_query(typed, lexicon, folded)) != typed:
                log.warning(
                    f"search: {quoted(text)} searched as {quoted(respelt_text)}: a word said nowhere, "
                    "taken as the archive's word one slip of the hand from it"
                )
                text = respelt_text
        searched.append((text, whole))
    return searched


def archive_words(tables: ArchiveTables) -> dict[str, int]:
    """The words the archive writes itself, folded, with how often: its configs' names, roles and
    glossary terms and its reports' names (entities.parquet, speakers.parquet), its reports' points
    (points.parquet) and its days' titles (index.parquet).  What a query's word that no utterance
    says is respelt toward (respelt_query); none from a table missing or unreadable."""
    written: Counter[str] = Counter()  # each word as written, folded once: a day's points repeat a report's
    for table, columns in (
        ("entities", ["entity"]),
        ("speakers", ["name", "role"]),
        ("points", ["text"]),
        ("index", ["title"]),
    ):
        try:
            values = tables.columns(table, columns).to_pydict()
        except (pyarrow.ArrowException, OSError, KeyError):
            continue
        written.update(
            word for column in values.values() for text in column if isinstance(text, str) for word in text.split()
        )
    counted: Counter[str] = Counter()
    for token, times in written.items():
        for word in fold(token).split():
            counted[word] += times
    return dict(counted)


def respelt_query(text: str, lexicon: dict[str, int], folded: pyarrow.ChunkedArray) -> str:
    """The folded query with each word of NEAR_WORD_LETTERS or more that no utterance says taken as
    the word the archive writes (`lexicon`: archive_words) one slip of the hand from it (slipped: a
    vowel or "h" put in or left out, two neighbours swapped, "y" for "i"), the language's more usual
    of several.  A word of the language is kept ("balai" is no slip of "Bali", nor "dana" of "danau"),
    unless the archive writes it too as the less usual spelling ("Kementrian" of the day-10 report);
    so is a word of English, a term the talks borrow: "e-diplomacy" had been searched as the day-10
    report's typo "e-diplommacy", which no utterance says either.
    A typo had used up the allowance for ASR's misspellings: "diplomasy digital" found 14 of the 31
    hits of "diplomasi digital"; "kementrian", as the day-10 report spells it and no utterance, 6 of
    the 9 of "kementerian" (docs/search-benchmark.md)."""
    from wordfreq import zipf_frequency

    words = text.split()
    for at, typed in enumerate(words):
        if len(typed) < NEAR_WORD_LETTERS or not typed.isalpha():
            continue
        if pyarrow.compute.any(pyarrow.compute.match_substring_regex(folded, rf"\b{re.escape(typed)}\b")).as_py():
            continue  # said: maybe the ASR's spelling the researcher copied ("dikital")
        near = [
            word
            for word in lexicon
            if word != typed
            and word[0] == typed[0]
            and abs(len(word) - len(typed)) <= 1
            and (slipped(typed, word) or slipped(respelt(typed), respelt(word)))
        ]
        usual = max(near, key=lambda word: (zipf_frequency(word, "id"), lexicon[word], word), default=None)
        # another spelling of one word differs inside it ("kementrian"); at its end it is another word
        # of the same root ("tetapi"/"tetap", "bahas"/"bahasa", "hadiri"/"hadir"), kept as typed
        written_both = (
            typed in lexicon
            and usual is not None
            and not (usual.startswith(typed) or typed.startswith(usual))
            and zipf_frequency(usual, "id") > zipf_frequency(typed, "id")
        )
        if usual and (not (is_common_word(typed) or is_common_word(typed, "en")) or written_both):
            words[at] = usual
    return " ".join(words)


def query_words(text: str) -> str:
    """The folded words of a query that say what is sought: not the titles and degrees a name is
    written with ("Dr.", "H.E.", ", M.A.", "SH"; as language.core_name leaves them out of a name),
    nor the one-letter pieces folding leaves of initials ("m a"), which a row says by chance
    ("Samu'a" for "Dr. Bayu Anggoro, M.A."); the whole query where nothing else is left."""
    tokens = [token.strip(",;") for token in text.split()]
    while len(tokens) > 1 and tokens[-1].rstrip(".") in UNDOTTED_DEGREES:
        tokens.pop()
    kept = [
        word
        for token in tokens
        if not ("." in token and (fold(token).replace(" ", "") in TITLED or DOTTED.search(token)))
        for word in fold(token).split()
        if len(word) > 1 or word.isdigit()
    ]
    return " ".join(kept) or fold(text)


def content_words(query: str) -> list[str]:
    """The folded query's words, once each, without its stop words, unless it has no other ("yang dan di")."""
    every = list(dict.fromkeys(query.split()))
    return [word for word in every if word not in stop_words()] or every


def near_spellings(said: dict, folded: pyarrow.ChunkedArray, passage: list | None = None) -> dict:
    """For each word of a query whose every word is needed (`said`: the rows that say each, a numpy
    bool per row), the rows that say every other word and this one only as ASR misspelt it: a word
    SAME_WORD_MIN alike to one of NEAR_WORD_LETTERS or more that is no stop word ("patik" for "batik",
    "dikital" for "digital"), unless both are words of the language (is_common_word): "harga" is no
    "warga", "butik" no "batik".  Stricter than the phrase search's rule (matching.heard_as), which
    takes such a word where the rest of the phrase is said around it: here nothing else holds it.
    A query's only word, with no other word said beside it, is taken only LONE_WORD_EDITS letters
    from its ASR spelling ("butaya" for "budaya", "halyu" for "hallyu"; not "ranya" for "ratna").
    With a `passage` (passage_rows), the other words may be said in the utterances of the voice
    around the row, before or after it ("maju sedikit," then "mundu sedikit,"): up to
    PASSAGE_UTTERANCES - 1 either side, so in one of the passages that hold the row for a query of
    two words, and for three words possibly in two (five utterances); every_word_scores counts a
    passage only where its own utterances say every word, so such a row is listed only there."""
    import numpy as np

    if passage is not None:  # each row's passage backwards: the rows whose passage holds it
        before = [np.full(len(folded), -1) for _ in passage]
        for back, rows in zip(before, passage, strict=True):
            back[rows[rows >= 0]] = np.flatnonzero(rows >= 0)

    def around(says):
        return says if passage is None else in_passage(says, passage) | in_passage(says, before)

    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import Levenshtein

    near = {word: np.zeros(len(folded), bool) for word in said}
    for word in said:
        others = np.logical_and.reduce([around(rows) for other, rows in said.items() if other != word])
        candidates = np.flatnonzero(others & ~said[word])
        if len(word) < NEAR_WORD_LETTERS or word in stop_words() or not len(candidates):
            continue
        texts = folded.take(pyarrow.array(candidates, pyarrow.int64()))
        heard = pyarrow.compute.unique(pyarrow.compute.list_flatten(pyarrow.compute.utf8_split_whitespace(texts)))
        alike = [
            spelt
            for spelt, _, _ in process.extract(
                word, heard.to_pylist(), scorer=fuzz.ratio, score_cutoff=SAME_WORD_MIN, limit=None
            )
            if not (is_common_word(spelt) and is_common_word(word))
            and (len(said) > 1 or Levenshtein.distance(word, spelt) <= LONE_WORD_EDITS)
        ]
        if alike:
            says = pyarrow.compute.match_substring_regex(texts, rf"\b(?:{'|'.join(map(re.escape, alike))})\b")
            near[word][candidates[says.to_numpy(zero_copy_only=False)]] = True
    return near


def found_rows(
    alternatives: list[tuple[str, bool]],
    left_out: list[str],
    folded: pyarrow.ChunkedArray,
    written: pyarrow.ChunkedArray,
    numbers: dict[int, list[Quantity]] | None = None,
    people: frozenset[str] = frozenset(),
    after=None,
) -> tuple[dict[int, float], dict[int, str], set[int]]:
    """Each row that says an alternative of the query, at its best score, with the form it was
    found by: the phrase in any of its forms (query_forms, short forms), else, unquoted, borrowed
    (loaned_forms), in other spoken forms of its words or its words said apart, a speaker's name as
    people call them (called_rows), and a number alone (queried_quantity) where
    `numbers` (row -> the quantities it states: stated_numbers) says it; none that says a word left
    out; with `after` (voice_next), the words said over a voice's passage too.  And the
    rows found at their best only by a word ASR misspelt (every_word_scores): marked as such."""
    scores: dict[int, float] = {}
    said_as: dict[int, str] = {}
    misspelt: set[int] = set()

    def keep(found: dict[int, float], forms: dict[int, str], near: frozenset[int] | set[int] = frozenset()) -> None:
        for row, score in found.items():
            if score > scores.get(row, -1.0):
                scores[row], said_as[row] = score, forms[row]
                (misspelt.add if row in near else misspelt.discard)(row)

    for text, quoted_phrase in alternatives:
        if not quoted_phrase and (quantity := queried_quantity(text)):
            stating = [row for row, said in (numbers or {}).items() if any(same_quantity(q, quantity) for q in said)]
            said = " ".join(number_as_words(quantity.value) or [quantity.value])  # the snippet's: as said
            keep(dict.fromkeys(stating, 100.0), dict.fromkeys(stating, said))
        if not quoted_phrase and (called := called_rows(text, people, folded)):
            keep(called, dict.fromkeys(called, fold(core_name(text)).split()[0]))
        # as typed, and a speaker's name without its titles and degrees ("Dr. Ratna Kusumawardani, M.Si.")
        name = [named] if (named := fold(core_name(text))) in people else []
        loaned, glued_loans = ([], []) if quoted_phrase else loaned_forms(text)  # a quoted phrase: only as said
        for form in dict.fromkeys([*query_forms(text), *name, *loaned]):
            keep(*said_in_any_form(form, folded, written))
            if not quoted_phrase:
                keep(*said_in_spoken_form(form, folded))
        for form in glued_loans:
            found = match_scores(form, folded, whole_word=True)
            keep(found, dict.fromkeys(found, form))
        if not quoted_phrase:
            keep(*every_word_scores(query_words(text), folded, after))
    for row in saying_any(left_out, folded) & set(scores):
        del scores[row], said_as[row]
        misspelt.discard(row)
    return scores, said_as, misspelt


def saying_any(words: list[str], folded: pyarrow.ChunkedArray) -> set[int]:
    """The rows that say any of the words, in any form, or as ASR spells it ("di gital")."""
    return {
        row
        for word in words
        for row in set(word_rows(word, folded).nonzero()[0].tolist()) | set(match_scores(word, folded))
    }


def meaning_scores(
    alternatives: list[tuple[str, bool]],
    left_out: list[str],
    vectors: dict,
    segments: pyarrow.Table,
    scores: dict[int, float],
) -> dict[int, float]:
    """Row -> cosine x 100 of the rows of `segments` (its column "row": their rows in the table
    `vectors` were matched to) that the words did not find and whose vectors (vectors.usable_vectors)
    are within MEANING_MIN_COSINE of an alternative's, e5's "query: " form, and that say one of the
    query's words in some form (word_rows): the MEANING_SHOWN closest; not of a quoted phrase (found
    only as said), nor a row that says a word left out.  None where the encoder does not load: the
    words' hits stand, and a warning says so.  A hit that says none of the query's words was mostly
    wrong, a short garbled ASR utterance being near almost anything to the encoder
    (docs/search-benchmark.md)."""
    import numpy as np

    from pipeline.text.vectors import MEANING_MIN_COSINE, MEANING_SHOWN, encoded

    texts = [text for text, quoted_phrase in alternatives if not quoted_phrase]
    if not texts:
        return {}
    try:
        queries = encoded(texts, query=True).astype(np.float32)
    except PipelineError as exc:
        log.warning(f"search: {exc}; searched by words alone")
        return {}
    position = {row: at for at, row in enumerate(segments["row"].to_pylist())}  # --speaker's rows
    cosines = {}
    for rows, day_vectors in vectors.values():
        best = (day_vectors.astype(np.float32) @ queries.T).max(axis=1, initial=-1.0)
        for at in np.flatnonzero(best >= MEANING_MIN_COSINE):
            row = position.get(int(rows[at]))
            if row is not None and row not in scores:
                cosines[row] = 100 * float(best[at])
    for row in saying_any(left_out, segments["text_folded"]) & set(cosines):
        del cosines[row]
    if not cosines:
        return {}
    near = list(cosines)
    folded = segments["text_folded"].take(pyarrow.array(near, pyarrow.int64()))
    says = np.logical_or.reduce([word_rows(word, folded) for word in content_words(" ".join(map(fold, texts)))])
    saying = {row: cosines[row] for row, said in zip(near, says, strict=True) if said}
    return dict(sorted(saying.items(), key=lambda found: -found[1])[:MEANING_SHOWN])


def snippet(text: str, folded: str, query: str) -> str:
    """About SNIPPET_CHARS of the original text around where the folded query matched."""
    from rapidfuzz import fuzz

    if len(text) <= SNIPPET_CHARS:
        return text
    alignment = fuzz.partial_ratio_alignment(query, folded)
    middle = int((alignment.dest_start + alignment.dest_end) / 2 / max(len(folded), 1) * len(text))
    start = max(0, min(middle - SNIPPET_CHARS // 2, len(text) - SNIPPET_CHARS))
    return (
        ("…" if start else "")
        + text[start : start + SNIPPET_CHARS].strip()
        + ("…" if start + SNIPPET_CHARS < len(text) else "")
    )


def days_not_as_tabled(tables: ArchiveTables) -> list[str]:
    """Day folders whose summary is not the one the tables were made from, that the tables hold as
    failed though its last run ended well, or as running though no run holds them now (the tables
    were made while it ran), or that they do not hold at all: copied in, merged from
    another archive, or run again elsewhere since.  Read by the index's ids, statuses and
    summary_sha256 (a summary is a few kB: hashing an archive's is cheap)."""
    from pipeline.artifacts import DayStatus, file_sha256, run_holds

    try:
        index = tables.columns("index", ["id", "status", "summary_sha256"])
    except (OSError, pyarrow.ArrowException):
        return []
    tabled = {row["id"]: row for row in index.to_pylist()}
    odd = []
    for paths in DayPaths.of_archive(tables.outputs):
        row = tabled.get(paths.root.name)
        try:
            status = regular_file_there(paths.status, "record")
            summary = file_sha256(paths.summary) if regular_file_there(paths.summary, "record") else None
            ended_well = row is not None and row["status"] == "failed" and status
            ended_well = ended_well and DayStatus.model_validate_json(read_record(paths.status)).status == "ok"
        except PipelineError:  # a FIFO or a folder where a record goes: the tables name it, once made
            if row is None or row["status"] != "unreadable":  # made since: not yet said
                odd.append(paths.root.name)
            continue
        except (OSError, ValueError):
            continue
        ended = row is not None and row["status"] == "running" and not run_holds(paths.root)  # since tabled
        if row is None or ended_well or ended or (summary is not None and row["summary_sha256"] not in (None, summary)):
            odd.append(paths.root.name)
    return odd


def _made_by(outputs: Path) -> str:
    """What makes the archive's tables where they are missing: `lokakarya tables`, from the day folders
    there are (a run or a batch had been named, hours of work for what takes seconds); a run, where
    there are none."""
    try:
        days = bool(DayPaths.of_archive(outputs))
    except OSError:  # no outputs folder, or one that cannot be listed
        days = False
    return "`lokakarya tables` makes it from the day folders" if days else "run a day first (`lokakarya run CONFIG`)"


# A day left out is taken in by its run, the remedy its reason names (a stage run alone since, a
# failure, a run stopped before its summary), and by the tables made again after a hand edit undone.
NOT_SEARCHED_UNTIL = "`lokakarya run` of the day (or `lokakarya tables`, its files mended) takes it in"


def days_left_out_of(tables: ArchiveTables) -> dict[str, LeftOut]:
    """The days that are their index row alone (unreadable, failed, incomplete, a first run's), each with why: none
    of their words is in segments.parquet, and a search that said nothing of them had read as the
    day not saying the query ("no matches"), or `--day` of one as no such day ("days: ...")."""
    try:
        index = tables.columns("index", ["id", "status", "reason", "failed_stage"])
    except (OSError, pyarrow.ArrowException):
        return {}
    return days_left_out(index.to_pylist())


def _left_out_listed(left_out: dict[str, LeftOut]) -> str:
    """The days left out, for search's warning: one with why whole; several each with its status
    alone (a reason a line long each had made the line a paragraph), `--day` of one naming why."""
    if len(left_out) == 1:
        ((name, why),) = left_out.items()
        return f"{name} ({why}): left out of the archive tables"
    named = names_listed([f"{name} ({why.status})" for name, why in sorted(left_out.items())])
    return f"{named}: left out of the archive tables (`--day` of one says why)"


def refuse_a_day_left_out(day: str, tables: ArchiveTables) -> None:
    """`--day` of a day left out of the tables (in any capitals where only one day of the index is
    so spelt, as load_segments finds a day): why, not "no such day"."""
    left_out = days_left_out_of(tables)
    try:
        alike = days_spelt(day, tables.columns("index", ["id"])["id"].to_pylist())
    except (OSError, pyarrow.ArrowException):
        return
    if len(alike) == 1 and alike[0] in left_out:
        raise PipelineError(
            f"search: --day {day!r}: left out of the archive tables ({left_out[alike[0]]}); none of its "
            f"words can be searched until {NOT_SEARCHED_UNTIL}"
        )


def search_archive(
    outputs: Path,
    query: str,
    day: str | None = None,
    speaker: str | None = None,
    limit: int | None = None,
    words_only: bool = False,
) -> list[Hit]:
    """The best matches, best first (then by day and time): all of them, or the first `limit`; after
    those of the words, unless `words_only`, those said in other words, found by the utterance
    vectors of the days that have them (`lokakarya tables --meaning`), closest first."""
    path = Path(outputs) / "segments.parquet"
    if not os.path.lexists(path):
        raise PipelineError(f"{path}: missing; {_made_by(Path(outputs))}")
    if not path.is_file():
        raise PipelineError(
            f"{path}: not a file, so not the archive's segments table; remove it, and `lokakarya tables` makes it again"
        )
    alternatives, left_out = parsed_query(query)
    if not any(fold(text) for text, _ in alternatives):
        what = "only words to leave out (-word)" if left_out else "no letters or digits"
        raise PipelineError(f"search: the query {quoted(query)} has {what}")
    for option, value, every in (("--day", day, "day"), ("--speaker", speaker, "speaker")):
        if value is not None and not fold(value):
            # Taken as no filter, an empty value would silently search everything.
            raise PipelineError(
                f"search: {option} {value!r}: has no letters or digits; leave {option} out to search every {every}"
            )
    tables = ArchiveTables(outputs)
    if day:
        refuse_a_day_left_out(day, tables)
    searched = load_segments(path, day)  # every utterance of the days searched: their vectors are of these
    # each row's number in that table, kept through --speaker, to find its vector by
    segments = searched.append_column("row", pyarrow.array(range(searched.num_rows), pyarrow.int64()))
    called = called_voices(tables)
    by_order, doubts = voices_marked(tables)
    languages = day_page_languages(tables) if by_order or doubts else {}
    if speaker:
        segments = only_speaker(segments, speaker, called, voice_roles(tables))
    numbers = {}
    if any(queried_quantity(text) for text, _ in alternatives):  # a number query: the numbers table's rows
        stated = stated_numbers(Path(outputs) / "numbers.parquet")
        keys = zip(segments["day"].to_pylist(), segments["utterance"].to_pylist(), strict=True)
        numbers = {row: stated[key] for row, key in enumerate(keys) if key in stated}
    people = frozenset(fold(core_name(name)) for name in pyarrow.compute.unique(searched["speaker_name"]).to_pylist())
    folded, written = segments["text_folded"], segments["text"]
    alternatives = respelt_alternatives(query, alternatives, tables, searched["text_folded"])
    scores, said_as, misspelt = found_rows(
        alternatives, left_out, folded, written, numbers, people, voice_next(segments)
    )
    named = people | entity_people(tables)
    by_surname, surname_said = surname_scores(alternatives, left_out, named, folded, written)
    surnamed = set(by_surname) - set(scores)
    for row in surnamed:
        scores[row], said_as[row] = by_surname[row], surname_said[row]
    words = list(dict.fromkeys(word for text, _ in alternatives for word in fold(text).split()))
    if scores and all(word in stop_words() for word in words):  # "yang": found, but everywhere
        log.warning(
            f"search: the query {quoted(query)} holds only common words ({', '.join(words)}): "
            f"{len(scores):,} {'utterance says' if len(scores) == 1 else 'utterances say'} them; a rarer word, --day "
            "or --speaker narrows them"
        )
    # hits by meaning come after every hit of the words: where those fill --limit, none would be
    # shown, and reading the vectors and loading the encoder for them cost the command a second or more
    room = not words_only and (limit is None or len(scores) < limit)
    vectors, without_vectors = usable_vectors(Path(outputs), searched) if room else ({}, "")
    if without_vectors:
        log.warning(without_vectors)
    meant = meaning_scores(alternatives, left_out, vectors, segments, scores) if vectors else {}
    shown = [*ranked_rows(scores, segments), *ranked_rows(meant, segments)][:limit]
    found = segments.take(pyarrow.array(shown, pyarrow.int64())).to_pylist()
    if odd := days_not_as_tabled(tables):
        log.warning(
            f"search: {names_listed(odd)}: not in the tables as the folder now holds it (copied in or run again "
            "since they were made); `lokakarya tables` brings the tables up to date"
        )
    if not day and (left_out := days_left_out_of(tables)):
        log.warning(f"search: {_left_out_listed(left_out)}; not searched until {NOT_SEARCHED_UNTIL}")
    gone = sorted({row["day"] for row in found} - {d.name for d in Path(outputs).iterdir() if d.is_dir()})
    if gone:  # removed from outputs/ since the tables were made: their links lead nowhere
        log.warning(
            f"search: {names_listed(gone)}: in the tables, no longer in {outputs}, so their links lead nowhere; "
            "`lokakarya tables` makes the tables again"
        )
    person, key = functools.cache(speaker_person), functools.cache(speaker_person_key)  # once a voice, not an utterance
    return [
        Hit(
            day=row["day"],
            utterance=row["utterance"],
            time=clock(row["start_s"]),
            start_s=row["start_s"],
            speaker=row["speaker"],
            speaker_name=row["speaker_name"],
            person=person(row["speaker_name"]),
            person_key=key(row["speaker_name"]),
            called=called.get((row["day"], row["speaker"]), []),
            name_by_order_alone=(row["day"], row["speaker"]) in by_order,
            name_doubt=doubts.get((row["day"], row["speaker"])),
            page_language=languages.get(row["day"], DEFAULT_LANGUAGE),
            score=round(scores[index] if index in scores else meant[index], 1),
            snippet=snippet(row["text"], row["text_folded"], said_as.get(index, fold(query))),
            link=page_link(Path(outputs), row["day"], row["utterance"]),
            found_by=found_by(index, scores, misspelt, surnamed),
        )
        for index, row in zip(shown, found, strict=True)
    ]


def found_by(row: int, scores: dict[int, float], misspelt: set[int], surnamed: set[int]) -> str:
    """How a hit was found, as Hit.found_by says."""
    if row not in scores:
        return "meaning"
    return "surname" if row in surnamed else "misspelt" if row in misspelt else "words"


def entity_people(tables: ArchiveTables) -> frozenset[str]:
    """The people the archive's configs and reports name (entities.parquet's PERSON), each as
    language.core_name writes the name, folded; none where the table is missing or unreadable."""
    try:
        rows = tables.columns("entities", ["entity", "label"]).to_pylist()
    except (pyarrow.ArrowException, OSError, KeyError):
        return frozenset()
    names = {row["entity"] for row in rows if row["label"] == "PERSON" and isinstance(row["entity"], str)}
    return frozenset(fold(core_name(name)) for name in names)  # once a name, not once a day


def surname_scores(
    alternatives: list[tuple[str, bool]],
    left_out: list[str],
    people: frozenset[str],
    folded: pyarrow.ChunkedArray,
    written: pyarrow.ChunkedArray,
) -> tuple[dict[int, float], dict[int, str]]:
    """Where an unquoted alternative is a person's name the archive knows (`people`: its speakers
    and entities.parquet's PERSON), the rows that say the surname alone (matching.surname: five
    letters or more, no word of the dictionary), searched as a query of that one word is, at
    NEAR_WORD_WEIGHT of its score, so after the rows that say the name; and the form each row says
    it in ("hansom"), for the snippet.  "Fergus Hanson" had found nothing where the talks cite him as "sedus hansom" and
    "fengkus hansong", which `Hanson` found on 6 days."""
    scores: dict[int, float] = {}
    said_as: dict[int, str] = {}
    for text, quoted_phrase in alternatives:
        name = fold(core_name(text))
        last = surname(name, DEFAULT_LANGUAGE) if name in people and not quoted_phrase else None
        found, forms, _ = found_rows([(last, False)], left_out, folded, written) if last else ({}, {}, set())
        for row, score in found.items():
            if NEAR_WORD_WEIGHT * score > scores.get(row, -1.0):  # the snippet centres on the form said
                scores[row], said_as[row] = NEAR_WORD_WEIGHT * score, forms.get(row, last)
    return scores, said_as


def page_link(outputs: Path, day: str, utterance: int) -> str:
    """The address of the utterance on its day's page, as a browser or a terminal opens it: a file://
    URI, its folders' names percent-encoded.  A path with "#u12" after it had been no address where a
    folder's name holds "#", "?", "%" or a space (`arsip #1`: a browser took "#1 ..." for the
    fragment), nor a path; bytes that are not UTF-8 are encoded as they are ("%FF")."""
    return f"{(outputs.absolute() / day / 'index.html').as_uri()}#u{utterance}"


def ranked_rows(scores: dict[int, float], segments: pyarrow.Table) -> list[int]:
    """The rows by their score, day and time alone; only the rows shown are read whole (a common
    word said apart is found in tens of thousands of a 100-day archive's utterances)."""
    rows = list(scores)
    order = segments.select(["day", "start_s"]).take(pyarrow.array(rows, pyarrow.int64())).to_pydict()
    ranked = sorted(range(len(rows)), key=lambda i: (-scores[rows[i]], order["day"][i], order["start_s"][i]))
    return [rows[i] for i in ranked]


def voices_marked(tables: ArchiveTables) -> tuple[set[tuple[str, str]], dict[tuple[str, str], str]]:
    """The (day, voice label) of the voices whose config name the order alone gave, and those whose
    name the records doubt with why, from speakers.parquet; none where the table is missing,
    unreadable or older than the columns."""
    try:
        rows = tables.columns("speakers", ["day", "label", "name_by_order_alone", "name_doubt"]).to_pylist()
    except (pyarrow.ArrowException, OSError, KeyError):
        return set(), {}
    by_order = {(row["day"], row["label"]) for row in rows if row["name_by_order_alone"] is True}
    doubts = {(row["day"], row["label"]): row["name_doubt"] for row in rows if isinstance(row["name_doubt"], str)}
    return by_order, doubts


def day_page_languages(tables: ArchiveTables) -> dict[str, str]:
    """Each day's page language as its talk's language gives it (config.page_language_of), from the
    index table; none where the table is missing or unreadable.  A config's own page.language is
    in no table: such a day's lines take its talk's."""
    try:
        rows = tables.columns("index", ["id", "language"]).to_pylist()
    except (pyarrow.ArrowException, OSError, KeyError):
        return {}
    return {row["id"]: page_language_of(row["language"]) for row in rows if isinstance(row["language"], str)}


def make_meaning_vectors(outputs: Path) -> Iterator[str]:
    """`lokakarya tables --meaning`: the vectors of every day's utterances in the archive's segments
    table, for search by meaning (text.vectors.make_day_vectors); a line per day, as it goes."""
    return make_day_vectors(outputs, load_segments(outputs / "segments.parquet", None))
