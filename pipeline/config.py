"""The day config: one YAML file per workshop day, validated before any work starts."""

from __future__ import annotations

import contextlib
import csv
import difflib
import glob
import hashlib
import html
import itertools
import json
import os
import re
import unicodedata
from collections import Counter
from datetime import date as Date
from functools import cache
from pathlib import Path
from typing import Annotated, BinaryIO, ClassVar, Literal, NamedTuple
from urllib.parse import urlparse

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    Strict,
    ValidationError,
    field_validator,
    model_validator,
)

from pipeline.artifacts import DayPaths, LanguageCode, PipelineError, public_url
from pipeline.media.probe import MAX_SOURCE_CHANNELS
from pipeline.records.files import (
    file_sha256,
    module_literal,
    name_not_held,
    names_held_in_ascii,
    open_regular,
    read_record,
)
from pipeline.text.formats import BIDI_CONTROLS, CLOSING_MARKS, CLOSING_QUOTES, NONCHARACTER, OPENING_QUOTES, quoted
from pipeline.text.furniture import MONTH, without_furniture
from pipeline.text.language import HOST_WORDS, normalize, person_key, person_name


class ConfigError(PipelineError):
    """A config that cannot be used; the message names the file and the field."""


# The archive's talks are Indonesian: a day's language unless its config says otherwise, and then
# the page's interface language; the page of a day in any other language is in English.
DEFAULT_LANGUAGE = "id"
OTHER_LANGUAGES_PAGE = "en"
MAX_CONFIG_BYTES = 1_000_000  # a day config is a few kB; anything this big is a mistake
MAX_NESTING = 16  # the deepest real config nests 3 levels
# The bundled configs hold at most ~60 values (keys, items, scalars); a megabyte of "1," or of keys
# is 400,000, which the pure-Python YAML reader took 13 s over before any check could refuse them.
MAX_CONFIG_VALUES = 10_000
# spaCy refuses texts over 1,000,000 characters (nlp.max_length); a day's report is ~10 kB.
MAX_REPORT_CHARS = 1_000_000
# Archive-level files beside the day folders in outputs/: a day id must not take their names.
ARCHIVE_FILE_SUFFIXES = (
    ".html",
    ".htm",
    ".csv",
    ".parquet",
    ".json",
    ".jsonl",
    ".js",
    ".css",
    ".txt",
    ".md",
    ".xml",
    ".zip",
    ".tmp",
    ".lock",
)
# Characters that end a line or a record in the formats config text reaches (SRT, VTT, RTTM,
# CSV, the transcript): refused in one-line fields rather than escaped differently in each.
LINE_BREAKING_CATEGORIES = ("Cc", "Zl", "Zp")


# Letters and marks that draw nothing (Unicode's default-ignorable code points outside the format
# category): Hangul fillers, the combining grapheme joiner, Khmer inherent vowels, Mongolian
# variation selectors, variation selectors; a name of them alone is invisible, and a name with
# one added looks like the name without it.
BLANK_LETTERS = frozenset(
    "\u115f\u1160\u3164\uffa0\u034f\u17b4\u17b5\u180b\u180c\u180d\u180f"
    + "".join(map(chr, range(0xFE00, 0xFE10)))
    + "".join(map(chr, range(0xE0100, 0xE01F0)))
    + "\u2800"  # the braille blank: a character the eye reads as a space
    + "\U0001d159"  # a musical null notehead, drawn as nothing
)
# Of those, the ones drawn as a space (fillers, the braille blank); the others are drawn as nothing.
BLANK_SPACES = frozenset("\u115f\u1160\u3164\uffa0\u2800")
# Dashes that look like the hyphen in a name ("Al-Farisi"): one name, whichever was typed.
HYPHENS = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d", "-"))


# The longest title of the series is 70 characters and a name with its titles about 60: a
# one-line field ten times longer than that is a paste gone wrong, and would fill the page.
MAX_LINE_CHARS = 1000


# Control characters a backslash in double quotes makes of a Windows path ("C:\new\table.mp4").
ESCAPED_CONTROLS = frozenset("\n\t\r\a\b\f\v\x1b\x00\x85\u2028\u2029")
# What to do about any backslash in double quotes, read as an escape or refused as one.
BACKSLASH_HINT = (
    "in double quotes a backslash starts an escape (\\n is a line break): write a path with / between "
    "folders, or put the value in single quotes"
)


def _no_control(value: str) -> str:
    """No tabs, newlines, NUL or other control characters, and no bidi controls: in a name they
    break the formats it reaches, in a path they name a file no one can see.  Nor half of a
    surrogate pair (YAML's "\\ud83d" alone) or a noncharacter, which no UTF-8 file or page holds."""
    bad = [c for c in value if unicodedata.category(c) in LINE_BREAKING_CATEGORIES or c in BIDI_CONTROLS]
    if bad:
        escape = f" ({BACKSLASH_HINT})" if bad[0] in ESCAPED_CONTROLS else ""
        raise ValueError(f"must be one line of plain text; contains the control character {bad[0]!r}{escape}")
    if (odd := _no_character(value)) is not None:
        raise ValueError(odd)
    return value


def _no_character(value: str) -> str | None:
    """What is wrong with a text holding half of a surrogate pair or a noncharacter; None if it holds
    neither.  (Pydantic refuses a lone surrogate itself in a field with a length or a pattern, in
    words that say no more than that it is no valid string: _describe gives these instead.)"""
    odd = next((c for c in value if unicodedata.category(c) == "Cs" or NONCHARACTER.match(c)), None)
    if odd is None:
        return None
    return f"holds U+{ord(odd):04X}, which is no character (a lone surrogate or a noncharacter)"


def _blank(c: str) -> bool:
    """A character that shows nothing by itself: a space, a format character, a filler letter,
    a variation selector or a combining mark with no letter under it."""
    return unicodedata.category(c)[0] in "ZC" or c in BLANK_LETTERS or unicodedata.category(c) in ("Mn", "Me")


def _one_line(value: str) -> str:
    """A one-line text field: no control characters, something visible (not only spaces,
    zero-width characters or filler letters), and at most MAX_LINE_CHARS characters."""
    _no_control(value)
    if all(map(_blank, value)):
        raise ValueError("must not be blank (it holds no visible character)")
    if "\ufffd" in value:
        raise ValueError("holds U+FFFD, the mark of a character lost in decoding; type the text again")
    if len(value) > MAX_LINE_CHARS:
        raise ValueError(f"is {len(value):,} characters long; a title or a name fits in {MAX_LINE_CHARS:,}")
    return value


def _iso_date(value: object) -> object:
    """A date as written, YYYY-MM-DD: a bare number would be read as seconds since 1970
    (`date: 20210101` became an error about times, `date: 0` became 1970-01-01)."""
    if value is None:
        return value
    if isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", written := value.strip()):
        try:
            Date.fromisoformat(written)
        except ValueError as exc:  # "2021-02-30": said here, where pydantic says "day value is outside expected range"
            raise ValueError(f"{written} is no day of the calendar ({exc})") from None
        return written  # " 2021-08-14 " in quotes: pydantic's date reader takes no space
    raise ValueError(f"write the date as YYYY-MM-DD, e.g. 2021-08-14 (got {_as_written(value)})")


def _as_written(value: object) -> str:
    """A value as the config wrote it, not as Python writes it ("datetime.date(2021, 8, 14)", "b'hello'")."""
    if isinstance(value, str):
        return f"'{visible(value)}'"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"the number {value}"
    return {bool: "a yes/no value", list: "a list", dict: "a mapping", bytes: "binary data"}.get(type(value), "no text")


def same_name_key(name: str) -> str:
    """What two names that look the same, or that the RTTM writes the same, share: compatibility
    forms folded (full-width letters), case, dashes that look like a hyphen, invisible characters
    (a soft hyphen, a variation selector, the combining grapheme joiner) ignored, blank letters
    read as the space they look like, an underscore as the space the RTTM writes it for, runs of
    spaces as one."""
    folded = unicodedata.normalize("NFKC", name).casefold().translate(HYPHENS)
    drawn = (c for c in folded if unicodedata.category(c) != "Cf" and (c in BLANK_SPACES or c not in BLANK_LETTERS))
    kept = "".join(" " if c in BLANK_SPACES or c == "_" else c for c in drawn)
    return " ".join(kept.split())


OneLine = Annotated[str, AfterValidator(_one_line)]


def _has_a_word(value: str) -> str:
    """Matching and search ignore punctuation: a glossary term ".*" would be "found" as an empty
    match everywhere, and a speaker named "..." could never be asked for by name."""
    if not any(c.isalnum() for c in value):
        raise ValueError(f"{value!r} holds no letter or digit to look for")
    return value


# Scripts with letters that look alike ("A" and Cyrillic "А"): a word mixing them is a look-alike
# typo (text pasted from elsewhere) that no search or match of the name would find.
LOOK_ALIKE_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def _one_script_per_word(value: str) -> str:
    for word in value.split():
        scripts = {unicodedata.name(c, "").split(" ")[0] for c in word if c.isalpha()}
        mixed = [script for script in LOOK_ALIKE_SCRIPTS if script in scripts]
        if len(mixed) > 1:
            raise ValueError(
                f"{word!r} mixes {' and '.join(m.title() for m in mixed)} letters (one looks like another); "
                "type the name again"
            )
    return value


Findable = Annotated[OneLine, AfterValidator(_has_a_word), AfterValidator(_one_script_per_word)]


def _not_blank(value: object) -> object:
    if isinstance(value, str) and not value.strip():
        raise ValueError("is empty; name a file, or leave the field out")
    return value


def _other_spelling(path: Path) -> str:
    """A hint when the folder holds the file under another Unicode spelling of its name ("café"
    with its accent as a letter of its own or as a combining mark): the two look the same."""
    try:
        names = [entry.name for entry in path.parent.iterdir()]
    except OSError:
        return ""
    wanted = unicodedata.normalize("NFC", path.name)
    other = next((name for name in names if unicodedata.normalize("NFC", name) == wanted), None)
    if other is None:
        return ""
    return (
        f"; the folder holds '{visible(other.encode('ascii', 'backslashreplace').decode())}', the same name "
        "in another Unicode form: write the name as the file has it, or rename the file"
    )


def _near_name(path: Path) -> str:
    """'; did you mean NAME?' for a file beside the one not found whose name is a slip of the
    typed one's ("my-recordng.wav" for my-recording.wav, "Day-10.txt" for day-10.txt)."""
    try:
        names = [entry.name for entry in path.parent.iterdir() if entry.is_file()]
    except OSError:
        return ""
    folded = {name.casefold(): name for name in names}
    near = difflib.get_close_matches(path.name.casefold(), list(folded), n=1, cutoff=0.8)
    return f"; did you mean {quoted(visible(folded[near[0]]))}?" if near else ""


def _path_hint(written: str, base_dir: Path, field: str) -> str:
    """What a path not found may have meant: a web address ("www.youtube.com/…", "<https://…>"),
    folders parted by Windows' backslash, a Windows drive, no file at all ("report: none"), or an
    address of a scheme lokakarya does not fetch ("data:…"; a file "sesi:pagi.wav" that is there is
    read)."""
    if WEB_ADDRESS_TYPO.match(written):
        if field == "source":
            return "; if it is a web address, write it whole, as https://youtu.be/…"
        return "; if it is a web address, save the file beside the config and name it here"
    if WINDOWS_PATH.match(written):
        return "; that is a Windows drive or network path: copy the file beside the config and name it from there"
    scheme = urlparse(written.strip()).scheme
    if field == "source" and len(scheme) > 1 and scheme not in ("http", "https"):  # "data:...", "ytsearch:..."
        return f"; read as a file's name, as lokakarya fetches only http(s) addresses, not {scheme}:"
    if "\\" in written:
        slashed = written.replace("\\", "/")
        there = ", which is there" if (base_dir / slashed).exists() else ""
        return f"; folders are parted by / here: {quoted(slashed)}{there}"
    if written.strip().lower() in NO_VALUE_WORDS:
        return "; for no file, leave the field out"
    return ""


def visible(text: object) -> str:
    """Text as a message shows it: characters that cannot be seen (a zero-width space, a
    non-breaking space at the end of a file name) written as \\uXXXX escapes."""
    return "".join(c if c.isprintable() and c not in BLANK_LETTERS else f"\\u{ord(c):04x}" for c in str(text))


def _a_local_file(value: object) -> object:
    """A report or truth is a file beside the config: a web address would be read as the folders
    "https:" and the site ("no such file"), and "~" is no home folder here."""
    if isinstance(value, str) and re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", value.strip()):
        raise ValueError("is a web address; save the file beside the config and name it here")
    if isinstance(value, str) and value.strip().startswith("~"):
        raise ValueError("starts with '~', which is not read as a home folder; name the file from the config's folder")
    return value


# A path is written as text in YAML: converted (the only conversion a config gets).
PlainPath = Annotated[
    Path,
    Strict(False),
    BeforeValidator(_a_local_file),
    BeforeValidator(_not_blank),
    AfterValidator(lambda path: Path(_no_control(str(path)))),
]


# Every number of a config has an upper bound as well as a lower one: a value past it is a typo
# (no workshop day needs 10^20 threads or a 10^300 s timeout), refused in one line naming the field
# instead of reaching a library that overflows or a stage that quietly does nonsense.
HOUR = 3600
DAY = 24 * HOUR
MIB = 1 << 20
# download.max_bytes: a workshop day's best audio is about 60 MB an hour (128 kbit/s); where a site
# offers only video, 1080p runs to about 2 GB an hour, so 16 GiB holds an 8-hour day with room.
# download.keep_free_bytes: decoding then writes 115 MB of 16 kHz audio an hour of talk.
GIB = 1 << 30
MAX_DISK_BYTES = 1 << 50  # a pebibyte: any byte count above it in a config is a typo
MAX_THREADS = 1024
MAX_SPEAKERS = 100


class _Strict(BaseModel):
    # A typo'd key must fail loudly rather than be ignored; .inf and .nan are no number of seconds;
    # "3" or true for a number, 1 or "yes" for a flag, !!binary for text are refused, not converted.
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, strict=True)

    @model_validator(mode="before")
    @classmethod
    def _empty_section_is_its_defaults(cls, data: object) -> object:
        """A section or a list left empty ("glossary:" with its lines commented out), which YAML
        reads as no value, holds its defaults, as if it were left out."""
        if not isinstance(data, dict):
            return data
        fields = cls.model_fields
        return {
            key: value
            for key, value in data.items()
            if not (value is None and key in fields and isinstance(fields[key].default, list | BaseModel))
        }


EXTRA_VOICE = "Speaker {}"  # the diarize stage's name for a voice the config names no one for
MUSIC_VOICE = "Music {}"  # and for a voice that is music or singing (music.py)
# Those names and the others the pipeline gives itself, as same_name_key writes them: an extra
# voice's ("speaker 2"), music's ("music 1"), a voice's label ("speaker_01"), the whole talk's,
# RTTM's empty field.
RESERVED_NAME = re.compile(r"(speaker|music)[ _]*\d+|\(all\)|<na>")
# The texts pandas' readers take for an empty cell unless told not to (pandas' STR_NA_VALUES, as
# pandas 3.1 has them, written out: a config check imports no pandas), as written, case and all:
# pyannote.database's load_rttm reads an RTTM file with them, so a speaker named "NA" came back as
# no speaker, and a day "nan" (its recording's name in every line) as no recording at all.
READ_AS_NO_VALUE = frozenset(
    ("#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA")
    + ("NULL", "NaN", "None", "n/a", "nan", "null")
)
READ_AS_NO_VALUE_HINT = "reads as no value in a table or an RTTM file (pandas and pyannote take it for an empty cell)"


def extra_voice(name: str) -> bool:
    """Whether a speaker's name is one the diarize stage made up, not the config's."""
    return any(
        re.fullmatch(re.escape(made_up).replace(r"\{\}", r"[1-9]\d*"), name) for made_up in (EXTRA_VOICE, MUSIC_VOICE)
    )


def speaker_person(name: str) -> str | None:
    """The person a speaker's name is on every day (language.person_name); None for a voice the
    diarize stage named, which is no one's across days."""
    return None if extra_voice(name) else person_name(name)


def speaker_person_key(name: str) -> str | None:
    """What a speaker's person shares with the same person's other spellings (language.person_key:
    'Soekarno' and 'Sukarno'), to join and match on; None where the name is no one's person."""
    person = speaker_person(name)
    return None if person is None else person_key(person)


class Speaker(_Strict):
    name: Findable = Field(min_length=1)
    role: OneLine | None = None

    @property
    def is_host(self) -> bool:
        """A moderator, MC or host, by name or role: the one who runs the session."""
        return self.called_by_any(HOST_WORDS)

    def called_by_any(self, words: frozenset[str]) -> bool:
        """Whether the name or the role holds one of `words` (normalized)."""
        return bool(words & set(normalize(f"{self.name} {self.role or ''}").split()))

    @field_validator("name")
    @classmethod
    def _not_a_name_of_the_pipelines_own(cls, name: str) -> str:
        """A config's "Speaker 2" would be the name of the second voice the config names no one for
        too, "Music 1" that of a song's voice, "SPEAKER_01" a voice's label, "(all)" the whole
        talk's topics in topics.parquet, "<NA>" RTTM's empty field: two of one name, which no
        reader could tell apart."""
        if RESERVED_NAME.fullmatch(same_name_key(name)):
            raise ValueError(
                f"'{visible(name)}' is a name the pipeline gives itself (to a voice no one is named for, "
                "music, a voice's label, the whole talk, an empty field); write the person's name or role"
            )
        if name.strip() in READ_AS_NO_VALUE:
            raise ValueError(f"'{name}' {READ_AS_NO_VALUE_HINT}; write the person's name or role")
        return name


def _one_or_a_list(value: object) -> object:
    """ "also: Kemlu" and "source_channel: 2" are lists of one (a mapping is no one value)."""
    return value if value is None or isinstance(value, list | dict) else [value]


class GlossaryTerm(_Strict):
    term: Findable = Field(min_length=1)
    type: Literal["PERSON", "ORG", "GPE", "TERM"] = "TERM"
    also: Annotated[list[Findable], BeforeValidator(_one_or_a_list)] = Field(
        [],
        max_length=20,
        description='other names the talk may use for it ("Kemlu", "STEKOM"): said as the term, in the '
        "entities and the report comparison",
    )


class DownloadOptions(_Strict):
    """yt-dlp's network patience: enough for a flaky archive link, short enough to fail clearly."""

    retries: int = Field(10, ge=0, le=100)
    socket_timeout: float = Field(30, gt=0, le=HOUR)
    min_rate: float = Field(
        1024, ge=0, le=1e9, description="bytes/s; a download slower than this over stall_seconds fails (0: never)"
    )
    stall_seconds: float = Field(120, gt=0, le=DAY, description="how long a download may stay under min_rate")
    deadline_seconds: float | None = Field(
        None, gt=0, le=7 * DAY, description="fail a download still running after this long (none: no limit)"
    )
    max_bytes: int | None = Field(
        16 * GIB,
        ge=1,
        le=MAX_DISK_BYTES,
        description="fail a download whose files pass this size (none: no limit); a server can send for ever",
    )
    keep_free_bytes: int = Field(
        512 * MIB,
        ge=0,
        le=MAX_DISK_BYTES,
        description="stop a download before the disk holding it has less than this free",
    )
    allow_incomplete: bool = Field(
        False, description="keep a recording shorter than its source declares, with a warning"
    )


class TranscribeOptions(_Strict):
    """faster-whisper settings; the defaults are the ones measured best here (docs/measurements.md)."""

    model: OneLine = Field("base", min_length=1, description="a size (base, small, …), a hub id or a local folder")
    model_sha256: (
        Annotated[str, BeforeValidator(lambda value: value.lower() if isinstance(value, str) else value)] | None
    ) = Field(
        None,
        pattern=r"^[0-9a-f]{64}$",
        description="the config's pin: the sha256 the model's model.bin must have (a local folder's, the packaged "
        "model's, a hub model's once fetched), or the run stops before decoding; "
        "null: not pinned.  The weights used are in the record's provenance.model.sha256 ('unknown' for a hub "
        "model not pinned, which is fetched on load)",
    )  # PowerShell's Get-FileHash prints it in capitals.  Kept as configured in transcript.json's
    # options (not filled in from the weights): it says what the config asked, as every option does
    compute_type: Literal["int8", "int8_float32", "float32", "float16", "int8_float16"] = "int8"
    device: OneLine = "cpu"
    beam_size: int = Field(5, ge=1, le=10)
    batch_size: int = Field(0, ge=0, le=64, description="0 = sequential decoding")
    cpu_threads: int = Field(2, ge=0, le=MAX_THREADS)
    condition_on_previous_text: bool = False
    # Whisper base fell into repetition loops on noisy espeak days ("nantam nantam …" over 20 s of
    # para-3, "na-na-na" on demo-3).  Forbidding a repeated 6-token n-gram inside one 30 s window
    # stopped them: WER no worse on any of the 7 bundled days, better on 3 (para-3 0.881 -> 0.675,
    # demo-3 0.804 -> 0.661, demo 0.476 -> 0.471); 4 tokens was worse on para-1 (docs/measurements.md).
    no_repeat_ngram_size: int = Field(6, ge=0, le=100, description="0 = allow repeats")
    # Loops that vary their words slip past that ("terakhir terakhiri terakhira ..." over 23 s of
    # para-5, "Assalamualaikum" x 20 on demo): their text compresses 5.9 and 16 times where every
    # other window of the nine bundled days compresses 1.7 at most.  Above Whisper's own limit for
    # a failed decoding (2.4) the window is decoded again as a clip of its own, which heard the
    # speech both times (docs/measurements.md).
    loop_compression_ratio: float | None = Field(
        2.4, gt=1, le=100, description="a window whose text compresses more is decoded again alone; empty = never"
    )
    piece_seconds: float = Field(600, ge=20, le=4 * HOUR, description="decode and checkpoint in pieces this long")
    # Sequential decoding only (the batched pipeline has no such guard): a segment that follows
    # this much silence is dropped when it looks like invented text (faster-whisper's heuristic).
    hallucination_silence_threshold: float | None = Field(
        2.0, gt=0, le=HOUR, description="seconds of silence around a likely hallucination; empty = off"
    )
    # Segments are cut from the words after decoding, so batched and sequential decoding give the
    # same kind of segments: a pause this long, a sentence end, or segment_max_seconds.  0.5 s is
    # a breath between phrases (captions break at 0.4 s); 12 s is about two caption cues and keeps
    # a point's evidence link near the words that make it (docs/measurements.md).
    segment_pause_seconds: float = Field(0.5, gt=0, le=60, description="a pause this long between words ends a segment")
    segment_max_seconds: float = Field(12.0, ge=2, le=HOUR, description="longest segment cut from the words")
    # Off by default: on the demo day the names as hotwords raised WER from 0.48 to 0.78, and as a
    # list-like initial prompt Whisper base copied the list over and over into the first window.
    # The report's own words before every window fared no better on the tuning days: its sentences
    # were written in place of speech, its rare words in place of real ones ("visa" for "bisa"), and
    # fewer points were found (docs/compare.md, "The report's words while decoding").
    use_hints: bool = Field(False, description="speaker names and glossary as the initial prompt")
    # Told the day's language, Whisper wrote a window of real English speech as invented
    # Indonesian about half the time ("Teman-teman mempunyai ..." for a voicemail menu); decoded in
    # English it wrote the English (docs/measurements.md, "Windows in another language").
    switch_languages: list[LanguageCode] = Field(
        default_factory=lambda: ["en"],
        max_length=8,
        description="languages a window or a segment may be decoded in instead of the day's, where Whisper is"
        " sure of it (sequential decoding); [] = never",
    )

    @field_validator("switch_languages")
    @classmethod
    def _each_language_once(cls, languages: list[str]) -> list[str]:
        twice = sorted({language for language in languages if languages.count(language) > 1})
        if twice:
            raise ValueError(f"'{twice[0]}' is given twice")
        return languages

    @model_validator(mode="before")
    @classmethod
    def _switching_decodes_sequentially(cls, data: object) -> object:
        """The batched decoder reads a batch's languages at once, before any of its windows: which
        window was decoded in which language could not be recorded.  Batched decoding switches
        no language, and its options say so."""
        if not isinstance(data, dict) or not data.get("batch_size"):
            return data
        if data.get("switch_languages"):
            raise ValueError(
                "switch_languages works with sequential decoding: set batch_size: 0, or switch_languages: []"
            )
        return {**data, "switch_languages": []}


class DiarizeOptions(_Strict):
    num_speakers: int | None = Field(None, ge=1, le=MAX_SPEAKERS, description="known count; estimated when empty")
    max_speakers: int = Field(8, ge=1, le=MAX_SPEAKERS)
    window_seconds: float = Field(1.5, gt=0.5, le=30)
    hop_seconds: float = Field(0.75, gt=0.1, le=30)
    threads: int = Field(1, ge=1, le=MAX_THREADS, description="torch threads; one is fastest beside other work")
    detect_music: bool = Field(
        True,
        description="a voice that is music or singing (a song opening the stream) is 'Music N', in no topic and no "
        "report point (music.py); false for a day whose speakers talk over music throughout",
    )

    @model_validator(mode="after")
    def _consistent(self) -> DiarizeOptions:
        if self.num_speakers is not None and self.num_speakers > self.max_speakers:
            raise ValueError(f"num_speakers ({self.num_speakers}) is more than max_speakers ({self.max_speakers})")
        if self.hop_seconds > self.window_seconds:
            raise ValueError(
                f"hop_seconds ({self.hop_seconds:g}) is longer than window_seconds "
                f"({self.window_seconds:g}): parts of the recording would never be heard"
            )
        return self


class TopicsOptions(_Strict):
    top_n: int = Field(15, ge=1, le=1000)
    per_speaker_top_n: int = Field(8, ge=1, le=1000)
    min_word_probability: float = Field(
        0.65,
        ge=0,
        le=1,
        description="a phrase with a word Whisper heard with a lower probability (the word's mean over the talk) is "
        "no topic, unless it is a phrase of the day's own (report, glossary, names); chosen on the tuning days "
        "(docs/measurements.md)",
    )


class CompareOptions(_Strict):
    """When a report point counts as said: chosen on the tuning days only (docs/compare.md)."""

    said_confidence: float = Field(0.55, gt=0, lt=1, description="probability from which a point counts as said")
    covered_share: float = Field(
        0.3, gt=0, le=1, description="share of a said point's content words heard for 'covered' (else 'partly')"
    )
    meaning: bool = Field(
        True,
        description="also weigh what the closest passages mean (multilingual-e5-small, bundled), not only their words",
    )


class PageOptions(_Strict):
    """The day's page; its interface is Indonesian for an Indonesian day unless set here."""

    language: Literal["id", "en"] | None = Field(None, description="interface language of the page")


# The longest address web servers are asked to take (RFC 9110 recommends at least 8,000 octets;
# Apache and nginx refuse a longer request line): a longer one is a paste gone wrong, and the
# records and warnings quoting it had failed the download as an internal error past 20,000.
MAX_URL_CHARS = 8000
# A web address typed short or copied with its marks, and a Windows path (a drive, a network
# share): each is read as a file beside the config, and named so when that file is not there.
WEB_ADDRESS_TYPO = re.compile(r"<|www\.|(?:m\.)?youtube\.com/|youtu\.be/|https?//|https?:/(?!/)", re.I)
WINDOWS_PATH = re.compile(r"[A-Za-z]:[\\/]|\\\\")


class DayConfig(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]{0,63}$")
    title: OneLine = Field(min_length=1)
    date: Annotated[Date | None, Strict(False), BeforeValidator(_iso_date)] = None
    language: str = Field(DEFAULT_LANGUAGE, pattern=r"^[a-z]{2,3}$")
    source: str = Field(min_length=1, description="http(s) URL or local file path")
    source_track: int | None = Field(
        None,
        ge=0,
        le=1000,
        description=(
            "which audio track of the source to use (0 = first); when empty, the track with the most speech, "
            "with any track holding a speaker of its own mixed in"
        ),
    )
    source_channel: Annotated[
        list[Annotated[int, Field(ge=1, le=MAX_SOURCE_CHANNELS)]] | None, BeforeValidator(_one_or_a_list)
    ] = Field(
        None,
        min_length=1,
        description=(
            "which channel of the track to use (1 = first), or a list of channels to mix (their mean); a source "
            "with several audio tracks needs source_track set with it. When empty, the channels are chosen by "
            "their speech (a channel of music, noise or an interpreter is left out)"
        ),
    )
    report: PlainPath | None = None
    truth: PlainPath | None = Field(None, description="ground truth (turns with text) for WER and DER")
    speakers: list[Speaker] = Field(min_length=1)
    glossary: list[GlossaryTerm] = []
    download: DownloadOptions = DownloadOptions()
    transcribe: TranscribeOptions = TranscribeOptions()
    diarize: DiarizeOptions = DiarizeOptions()
    topics: TopicsOptions = TopicsOptions()
    compare: CompareOptions = CompareOptions()
    page: PageOptions = PageOptions()

    # Set by load_config: the config file and its folder, where relative paths are resolved.  No
    # fields: a config's "base_dir: /etc" had been taken without a word and then set aside, where
    # every other key no day config reads is refused.
    _base_dir: Path = PrivateAttr(Path("."))
    _config_path: Path = PrivateAttr(Path("."))

    @property
    def base_dir(self) -> Path:
        return self._base_dir

    @property
    def config_path(self) -> Path:
        return self._config_path

    @field_validator("id")
    @classmethod
    def _not_an_archive_file(cls, value: str) -> str:
        if value.endswith(ARCHIVE_FILE_SUFFIXES):
            raise ValueError(
                f"'{value}' looks like a file name; archive-level files such as "
                f"index.html live beside the day folders: choose another id"
            )
        if value in READ_AS_NO_VALUE:
            raise ValueError(f"'{value}' {READ_AS_NO_VALUE_HINT}; choose another id")
        return value

    @field_validator("source_channel")
    @classmethod
    def _each_channel_once(cls, channels: list[int] | None) -> list[int] | None:
        """In order: their mean is the same in any, and so is the download's key."""
        repeated = next((channel for channel in channels or () if channels.count(channel) > 1), None)
        if repeated is not None:
            raise ValueError(f"channel {repeated} is given twice; give each channel once")
        return sorted(channels) if channels else channels

    @field_validator("speakers")
    @classmethod
    def _names_differ(cls, speakers: list[Speaker]) -> list[Speaker]:
        """Every speaker her own name, and her own person: the tables, search and the captions
        know a speaker by the name without its titles ("H.E. Chalief Akbar" and "Chalief Akbar"
        are one person there), and join people by its person_key ("Soekarno" and "Sukarno")."""
        seen: dict[str, str] = {}
        people: dict[str, str] = {}
        for speaker in speakers:
            key = same_name_key(speaker.name)
            if (first := seen.get(key)) is not None:
                name = visible(speaker.name)
                if "_" in first + speaker.name:  # "Ayu Larasati" and "Ayu_Larasati": one name in the RTTM and search
                    raise ValueError(
                        f"'{visible(first)}' and '{name}' read as the same name (in the RTTM, search and the "
                        "tables); every speaker needs their own name"
                    )
                raise ValueError(f"the name '{name}' is given twice; every speaker needs their own name")
            seen[key] = speaker.name
            person = person_name(speaker.name)
            if person is None:
                continue
            # as the tables join people: by person_key, so "Soekarno" and "Sukarno" are one too
            if (other := people.get(person_key(person))) is not None:
                other_person = person_name(other)
                if same_name_key(other_person) == same_name_key(person):
                    raise ValueError(
                        f"'{visible(other)}' and '{visible(speaker.name)}' are one person's name ({visible(person)}) "
                        "without titles; every speaker needs their own name"
                    )
                raise ValueError(
                    f"'{visible(other)}' and '{visible(speaker.name)}' are one person's name spelt two ways "
                    f"({visible(other_person)}, {visible(person)}: the tables join them by person_key); every speaker "
                    "needs their own name"
                )
            people[person_key(person)] = speaker.name
        return speakers

    @field_validator("glossary")
    @classmethod
    def _one_type_a_term(cls, glossary: list[GlossaryTerm]) -> list[GlossaryTerm]:
        """A term listed twice as two kinds ("Aljazair" a GPE and an ORG): the topics would keep
        one of them silently."""
        kinds: dict[str, GlossaryTerm] = {}
        for term in glossary:
            first = kinds.setdefault(same_name_key(term.term), term)
            if first.type != term.type:
                raise ValueError(
                    f"'{visible(term.term)}' is given twice, as {first.type} and as {term.type}; give it once"
                )
        return glossary

    @model_validator(mode="after")
    def _count_fits_names(self) -> DayConfig:
        count = self.diarize.num_speakers
        if count is not None and count < len(self.speakers):
            raise ValueError(
                f"field 'diarize.num_speakers': {count} is fewer than the {len(self.speakers)} speakers named"
            )
        if len(self.speakers) > self.diarize.max_speakers:
            raise ValueError(
                f"field 'speakers': {len(self.speakers)} names, more than "
                f"diarize.max_speakers ({self.diarize.max_speakers}) voices can be found"
            )
        return self

    @field_validator("source")
    @classmethod
    def _http_or_path(cls, value: str) -> str:
        _no_control(value)
        url = urlparse(value)
        # another scheme's address ("ftp://", "file:///") is refused; "sesi:pagi.wav" is a file's
        # name with a colon in it, and "C:..." a Windows drive (open_local names both if not found)
        if url.scheme not in ("", "http", "https") and value.strip()[len(url.scheme) + 1 :].startswith("//"):
            raise ValueError(f"only http(s) URLs or local paths are accepted, not {url.scheme}:")
        if url.scheme in ("http", "https"):
            try:
                port = url.port  # raises for a port that is not a number from 0 to 65535
            except ValueError:
                port = 0
            if port == 0:  # port 0 is no server's: "any free port" for a listener
                raise ValueError(f"the URL's port is not a number from 1 to 65535: {value}")
            if not url.hostname:
                raise ValueError(f"the URL names no host: {value}")
            if any(c.isspace() for c in value):
                raise ValueError("a URL cannot hold spaces (write them as %20)")
            if len(value) > MAX_URL_CHARS:
                raise ValueError(
                    f"the URL is {len(value):,} characters long, more than the {MAX_URL_CHARS:,} web servers take "
                    "(a paste gone wrong?)"
                )
        return value

    @property
    def source_is_url(self) -> bool:
        return urlparse(self.source).scheme in ("http", "https")

    def _resolved(self, field: str, value: str | Path) -> Path:
        """The file a field names, resolved now: a file may be swapped for a symlink during a run."""
        try:
            return (self.base_dir / value).resolve()
        except (RuntimeError, OSError) as exc:  # a symlink loop: RuntimeError up to Python 3.12, OSError after
            raise ConfigError(f"{self.config_path}: field '{field}': {value} cannot be followed: {exc}") from None

    @property
    def source_path(self) -> Path:
        return self.local_paths()["source"] if not self.source_is_url else self._resolved("source", self.source)

    @property
    def report_path(self) -> Path | None:
        return self.local_paths()["report"] if self.report else None

    @property
    def truth_path(self) -> Path | None:
        return self.local_paths()["truth"] if self.truth else None

    def local_paths(self) -> dict[str, Path]:
        """The local files the config names, by field, each checked to stay in its folder; every
        field that leaves it is named at once (a recording and its report copied from elsewhere
        had been refused one a try)."""
        written = {"source": None if self.source_is_url else self.source, "report": self.report, "truth": self.truth}
        paths, outside = {}, []
        for field, value in written.items():
            if value is None:
                continue
            resolved = self._resolved(field, value)
            if resolved.is_relative_to(self.base_dir):
                paths[field] = resolved
            else:
                outside.append(f"field '{field}': {value}")
        if outside:
            raise ConfigError(
                f"{self.config_path}: {'; '.join(outside)} {'is' if len(outside) == 1 else 'are'} outside the "
                f"config's folder {self.base_dir}; keep recordings, reports and truths in the config's folder "
                "or a folder below it"
            )
        return paths

    def open_local(self, field: str) -> BinaryIO:
        """Open the file a field names once, and check that file, as opened, is a regular file
        inside the config's folder: what is then read is what was checked."""
        path = self.local_paths()[field]
        try:
            handle = open_regular(path)
        except FileNotFoundError:
            written = str({"source": self.source, "report": self.report, "truth": self.truth}[field])
            given = self.base_dir / written
            if given.is_symlink():
                raise ConfigError(
                    f"{self.config_path}: field '{field}': '{visible(given)}' is a link to '{visible(path)}', "
                    "which does not exist"
                ) from None
            raise ConfigError(
                f"{self.config_path}: field '{field}': no such file '{visible(path)}'"
                f"{_other_spelling(path) or _path_hint(written, self.base_dir, field) or _near_name(path)}"
            ) from None
        except OSError as exc:
            raise ConfigError(f"{self.config_path}: field '{field}': {path}: {exc.strerror or exc}") from None
        opened = Path(os.path.realpath(f"/proc/self/fd/{handle.fileno()}"))
        if opened.is_absolute() and opened.exists() and not opened.is_relative_to(self.base_dir):
            handle.close()
            raise ConfigError(
                f"{self.config_path}: field '{field}': {path} led outside the config's folder when opened ({opened})"
            )
        return handle

    def stage_fields(self, stage: str) -> dict:
        """The config values a stage reads.  Its freshness key hashes only these, so a title edit
        reruns summary and page but not the transcription.  Not keyed: download's retries and
        timeout (how patiently, not what), the transcription's options of speed alone
        (SPEED_ONLY_TRANSCRIBE_DEFAULTS), truth (scores read it as a file input; the summary keys
        only whether there is one).  The page keys the config file's sha256 too, which it shows as
        the file it was made with: a comment edited into the config had left the page naming the
        file's former sha256 (fifty-second round)."""
        names = self.speaker_names()
        glossary = [term.model_dump() for term in self.glossary]
        report = str(self.report) if self.report else None
        hints = names + [term.term for term in self.glossary] if self.transcribe.use_hints else None
        day = {
            "id": self.id,
            "title": self.title,
            "date": self.date and self.date.isoformat(),
            "language": self.language,
            "source": self.source,
            "speakers": [speaker.model_dump() for speaker in self.speakers],
            "config_file": self.config_path.name,
            "report": report,
        }
        fields = {
            "download": {
                "source": self.source,
                "source_track": self.source_track,
                "source_channel": self.source_channel,
            },
            "transcribe": {
                "language": self.language,
                "transcribe": self.transcribe.model_dump() | SPEED_ONLY_TRANSCRIBE_DEFAULTS,
                "hints": hints,
            },
            "diarize": {
                "id": self.id,
                "diarize": self.diarize.model_dump(),
                "speakers": [speaker.model_dump() for speaker in self.speakers],  # names and roles: naming.py
                "language": self.language,  # the words of hand-overs and introductions
            },
            "topics": {
                "topics": self.topics.model_dump(),
                "speakers": names,
                "glossary": glossary,
                "report": report,
                "language": self.language,  # its stop words and word frequencies
            },
            "compare": {
                "compare": self.compare.model_dump(),
                "speakers": names,
                "glossary": glossary,
                "report": report,
            },
            # the truth's speakers are scored as the config's (evaluate.as_config_speakers): its key had
            # hashed no field, as though the scores read none of the config
            "evaluate": {"speakers": [speaker.model_dump() for speaker in self.speakers]},
            "summary": {**day, "scored": self.truth is not None},  # vouches for scores.json (DayArtifacts)
            "page": {**day, "page": self.page.model_dump()},
        }
        if stage == "page":  # read for the page's key alone: the other stages' keys read no file
            fields["page"]["config_sha256"] = file_sha256(self.config_path)
        return fields[stage]

    def other_names(self) -> dict[str, list[str]]:
        """Each glossary term's other names (its `also`), for pipeline.text.short_forms."""
        return {term.term: term.also for term in self.glossary if term.also}

    def stage_key(self, stage: str) -> str:
        """sha256 of the config fields `stage` reads (recorded as provenance.config_hash)."""
        canonical = json.dumps(self.stage_fields(stage), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode()).hexdigest()

    @property
    def page_language(self) -> str:
        return page_language_of(self.language, self.page.language)

    def speaker_names(self) -> list[str]:
        return [speaker.name for speaker in self.speakers]

    def host_names(self) -> frozenset[str]:
        """The names of the speakers who run the session (Speaker.is_host)."""
        return frozenset(speaker.name for speaker in self.speakers if speaker.is_host)


def page_language_of(language: str, chosen: str | None = None) -> str:
    """The language of a day's page: the one its config chooses (page.language), else Indonesian
    for a talk in Indonesian and English for any other.  The exports' and search's own words take
    the latter (the day's language): page.language is the page's alone, and no table holds it."""
    return chosen or (DEFAULT_LANGUAGE if language == DEFAULT_LANGUAGE else OTHER_LANGUAGES_PAGE)


# The transcription's options that decide how fast its words come, not which, keyed at their
# defaults: a new value transcribes nothing again, and a record keyed with the default before keeps
# its key.  cpu_threads: the demo's 249 s decoded on one thread and on two gave the same transcript,
# every word, time and probability (so did demo-2's, and two pieces decoded at once on one thread
# each; docs/measurements.md).  Not device, compute_type, beam_size, batch_size or piece_seconds,
# which decode otherwise.
SPEED_ONLY_TRANSCRIBE_DEFAULTS = {"cpu_threads": TranscribeOptions.model_fields["cpu_threads"].default}

# The config's sections and lists, by the models of their fields.
SECTIONS = {
    "speakers": Speaker,
    "glossary": GlossaryTerm,
    "download": DownloadOptions,
    "transcribe": TranscribeOptions,
    "diarize": DiarizeOptions,
    "topics": TopicsOptions,
    "compare": CompareOptions,
    "page": PageOptions,
}
# What a field's pattern asks, in words (pydantic would show the pattern).
PATTERN_HINTS = {
    "id": "an id: up to 64 small letters, digits, '.', '_' or '-', from a letter or a digit (hari-10)",
    "language": "a language code of two or three small letters, as Whisper names it (id, en, ms)",
    "model_sha256": "a sha256: 64 hexadecimal digits, as sha256sum prints them",
}
# How a list of the config is written, where a value of another shape stands for it or its items.
SHAPE_HINTS = {
    "speakers": {
        "list": "write each speaker on a line of its own as '- name: Budi Santoso', with 'role: …' under 'name'",
        "item": "write each speaker as '- name: Budi Santoso', with 'role: …' under 'name'",
    },
    "glossary": {
        "list": "write each term on a line of its own as '- term: …'",
        "item": "write each term as '- term: …'",
    },
    **{
        section: {"item": "write its settings indented under it, or leave it out", "list": ""}
        for section in SECTIONS.keys() - {"speakers", "glossary"}
    },
}
FLOW_COMMA_HINT = (
    "a field's name is small letters and '_'; inside { } a comma parts fields, so a value holding one must be in quotes"
)
NO_VALUE_WORDS = frozenset(("none", "null", "nil", "kosong", "tidak ada", "-", "n/a"))


def _unknown_field_hint(where: tuple) -> str:
    """What an unknown field may have meant: a field written in capitals, one of another section
    ("num_speakers" under transcribe), or the words after a comma inside { }."""
    key, parent = str(where[-1]), str(where[-2]) if len(where) > 1 else ""
    known = {name for model in (DayConfig, *SECTIONS.values()) for name in model.model_fields}
    if key != key.lower() and key.lower() in known:
        return f" (field names are written in small letters: '{key.lower()}')"
    homes = [home for home, model in SECTIONS.items() if key in model.model_fields and home != parent]
    if homes:
        return f" (a field of {' or '.join(homes)}: indent it under its section)"
    if hidden := next((c for c in key if unicodedata.category(c) == "Cf"), None):  # a zero-width space
        return f" (it holds U+{ord(hidden):04X}, which no one sees: delete it)"
    plain = unicodedata.normalize("NFKC", key).strip()  # full-width letters, a no-break space after the name
    if plain != key and plain in known:
        return f" (it is '{plain}' typed with full-width letters or another space: type it in plain letters)"
    if look_alike := LOOK_ALIKE_LETTERS.search(key):
        return (
            f" (it holds {look_alike.group()!r}, a Cyrillic or Greek letter that looks like a Latin one: type it again)"
        )
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", key):
        return f" ({FLOW_COMMA_HINT})"
    # a field misspelt ("detect_musik", "speakrs"): the section's own field it is closest to
    section = str(where[-3]) if parent.isdigit() and len(where) > 2 else parent  # a list's item: its list
    own = SECTIONS[section].model_fields if section in SECTIONS else DayConfig.model_fields if len(where) == 1 else ()
    # or its letters in another order ("di" for "id", too short for difflib's likeness to find)
    meant = [name for name in own if sorted(name) == sorted(key)] or difflib.get_close_matches(
        key, list(own), n=1, cutoff=0.75
    )
    return f" (did you mean '{meant[0]}'?)" if meant else ""


def _describe(error: dict) -> str:
    message = error["msg"].removeprefix("Value error, ")  # pydantic's prefix for our own checks
    if not error["loc"]:  # a check across fields: its message names them
        return message
    field = ".".join(str(part) for part in error["loc"])
    if error["type"] == "extra_forbidden":
        return f"unknown field '{visible(field)}'{_unknown_field_hint(error['loc'])}"
    if error["type"] == "path_type":
        return f"field '{field}': must be a file name, not {error['input']!r}"
    given = error.get("input")
    if error["type"] == "string_unicode" and isinstance(given, str) and (odd := _no_character(given)):
        return f"field '{field}': {odd}"
    if error["type"] == "string_pattern_mismatch" and error["loc"][-1] in PATTERN_HINTS:
        return f"field '{field}': {quoted(str(given))} is not {PATTERN_HINTS[error['loc'][-1]]}"
    if (
        error["type"] in ("model_type", "dict_type", "list_type")
        and error["loc"][0] in SHAPE_HINTS
        and (len(error["loc"]) == 1 or (len(error["loc"]) == 2 and isinstance(error["loc"][1], int)))
    ):  # the section, or an item of its list: not a field inside them
        kind = "list" if error["type"] == "list_type" and len(error["loc"]) == 1 else "item"
        message += f" ({SHAPE_HINTS[error['loc'][0]][kind]})"
    elif error["type"] == "list_type":  # a field that is a list ("also", "switch_languages")
        message += " (write it as a list in brackets: [first, second])"
    elif error["type"] == "string_type" and isinstance(given, bool):
        message += " (YAML reads a bare no, yes, on, off, true or false as a yes/no value: put it in quotes)"
    elif error["type"] == "string_type" and isinstance(given, int | float):
        message += " (YAML reads it as a number: put it in quotes)"
    elif error["type"] == "string_type" and given is None:
        message += " (YAML reads ~, null or nothing as no value: write the text, in quotes if it is ~ or null)"
    elif (
        error["type"] in ("int_type", "float_type")
        and isinstance(given, str)
        and given.strip().lower() in NO_VALUE_WORDS
    ):
        message += f" (it reads as the text {quoted(given)}: for no value, leave the field out)"
    elif error["type"] in ("int_type", "float_type") and isinstance(given, str):
        message += f" (it reads as the text {quoted(given)}: write the number in plain digits, as 90 or 0.5)"
    elif error["type"] in ("int_type", "int_from_float") and isinstance(given, float):
        message += " (a whole number: write 5, not 5.0 or 1e9)"
    elif error["type"] == "bool_type" and isinstance(given, str):
        message += f" (it reads as the text {quoted(given)}: write true or false, without quotes)"
    elif error["type"] == "bool_type" and given is not None:
        message += " (write true or false)"
    return f"field '{field}': {message}"


# PyYAML reads YAML 1.1, whose numbers are not what an archivist types: 010 is 8 (octal), 1:30 is
# 90 (base 60), 0x5 and 1_000 are numbers.  A day config reads numbers as YAML 1.2 does, in
# decimal digits only; the rest stay text, which a number field refuses naming the field.
_YAML_11_NUMBERS = ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
_YAML_12_NUMBERS = (
    ("tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        re.compile(
            r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
        ),
        "-+.0123456789",
    ),
)


def _config_resolvers() -> dict:
    """PyYAML's implicit types by first character, without timestamps and with YAML 1.2's numbers."""
    resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag not in _YAML_11_NUMBERS]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    for tag, pattern, firsts in _YAML_12_NUMBERS:
        for first in firsts:
            resolvers.setdefault(first, []).append((tag, pattern))
    return resolvers


class _ConfigLoader(yaml.SafeLoader):
    """YAML as a day config needs it: dates stay text for the schema to check (PyYAML would raise
    a bare ValueError on 2021-13-45), numbers are YAML 1.2's (_YAML_12_NUMBERS), a key given twice
    is an error, nesting is bounded, no aliases (one alias can expand into gigabytes)."""

    yaml_implicit_resolvers: ClassVar[dict] = _config_resolvers()

    def __init__(self, stream) -> None:
        super().__init__(stream)
        self._depth = 0
        self._values = 0

    def construct_scalar(self, node) -> str:
        """A block value ("title: >" and its lines) without the line break YAML ends it with,
        which no one typed."""
        value = super().construct_scalar(node)
        return value.rstrip("\n") if node.style in ("|", ">") else value

    def construct_yaml_int(self, node) -> int:
        """An integer in decimal digits, leading zeros and all ("010" is ten, not YAML 1.1's eight)."""
        return int(self.construct_scalar(node))

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise yaml.MarkedYAMLError(
                problem="anchors and aliases (*name) are not allowed in a day config",
                problem_mark=self.peek_event().start_mark,
            )
        if getattr(self.peek_event(), "anchor", None) is not None:  # "title: &Diplomasi Digital" would lose a word
            raise yaml.MarkedYAMLError(
                problem="anchors and aliases (&name, *name) are not allowed in a day config; a value that starts "
                "with & must be in quotes",
                problem_mark=self.peek_event().start_mark,
            )
        self._values += 1
        if self._values > MAX_CONFIG_VALUES:
            raise yaml.MarkedYAMLError(
                problem=f"more than {MAX_CONFIG_VALUES:,} values (keys, list items, texts, numbers); a day config "
                "holds a few hundred: is it data pasted in?",
                problem_mark=self.peek_event().start_mark,
            )
        self._depth += 1
        try:
            if self._depth > MAX_NESTING:
                raise yaml.MarkedYAMLError(
                    problem=f"nested deeper than {MAX_NESTING} levels", problem_mark=self.peek_event().start_mark
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise yaml.MarkedYAMLError(
                    problem="merge keys (<<) are not allowed in a day config", problem_mark=key_node.start_mark
                )
            if not isinstance(key_node, yaml.ScalarNode):
                raise yaml.MarkedYAMLError(
                    problem="a key must be a plain name, not a list or a mapping", problem_mark=key_node.start_mark
                )
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str):  # `true:`, `1:`, `null:` are a bool, a number, nothing
                kind = {bool: "a yes/no value", int: "a number", float: "a number"}.get(type(key), "no text")
                decimal = (
                    " (between { }, a comma parts fields: write a decimal with a point, 1.5)"
                    if kind == "a number"
                    else ""
                )
                raise yaml.MarkedYAMLError(
                    problem=f"the key '{key_node.value}' is not a field name: YAML reads it as {kind}{decimal}",
                    problem_mark=key_node.start_mark,
                )
            if key in seen:
                raise yaml.MarkedYAMLError(problem=f"the key '{key}' is given twice", problem_mark=key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


_ConfigLoader.add_constructor("tag:yaml.org,2002:int", _ConfigLoader.construct_yaml_int)
# "date: !!timestamp 2021-08-14" is text too, for the schema to check as it checks any date: PyYAML's
# own reading failed as "day is out of range for month" naming no field (2021-02-30), as
# AttributeError on a value that is no timestamp at all ("!!timestamp abc"), or gave a datetime
# refused in Python's words ("got datetime.date(2021, 8, 14)").
_ConfigLoader.add_constructor("tag:yaml.org,2002:timestamp", _ConfigLoader.construct_scalar)


# The tags a value may be written with besides the type YAML reads it as anyway (!!int 5, !!map
# {...}): text (!!str, and !!timestamp, read as text for the date check), and a number for a number.
_TEXT_TAGS = ("tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp")
_NUMBER_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")


def _tag_problem(loader: _ConfigLoader, node: yaml.Node, field: tuple = ()) -> str | None:
    """The first value, depth first, written with a YAML tag that does not fit it ("title: !!int
    abc", "speakers: !!map x", "!!binary", "!!null x", "!foo", "!!python/object"), named by its
    field as pydantic names fields (speakers.0.name) and shown as written; else None.  A number
    tagged as the other kind of number ("date: !!float 2021") is left to its field's check.
    PyYAML's own words had named no field ("invalid literal for int() with base 10: 'abc'", "not
    enough values to unpack"), or a tag it read ("!!binary", "!!null x") had been "Input should be
    a valid string"."""
    inner = []
    if isinstance(node, yaml.MappingNode):
        inner = [(field + (key.value,), part) for key, value in node.value for part in (key, value)]
    elif isinstance(node, yaml.SequenceNode):
        inner = [(field + (at,), item) for at, item in enumerate(node.value)]
    for where, part in inner:
        if problem := _tag_problem(loader, part, where):
            return problem
    if isinstance(node, yaml.ScalarNode):
        implicit = loader.resolve(yaml.ScalarNode, node.value, (node.style is None, node.style is not None))
    else:
        implicit = loader.resolve(type(node), None, True)
    if node.tag == implicit:  # no tag written, or the type YAML reads anyway
        return None
    if node.tag in _TEXT_TAGS or (node.tag in _NUMBER_TAGS and implicit in _NUMBER_TAGS):
        try:
            loader.construct_object(node, deep=True)
            return None
        except (yaml.constructor.ConstructorError, ValueError, OverflowError, KeyError, TypeError):
            pass  # "!!int 1.5": a number, not one of that type
    if isinstance(node, yaml.ScalarNode):
        shown = _as_written(loader.construct_scalar(node))
    else:
        shown = "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"
    tag = node.tag.replace("tag:yaml.org,2002:", "!!")
    named = f"field '{'.'.join(map(str, field))}'" if field else "the config"
    return (
        f"{named}: the YAML tag {visible(tag)} on {shown} is not one a day config reads there; write the value "
        "without the tag (a value that starts with ! must be in quotes)"
    )


# What to do about PyYAML's problems that a text typed without quotes makes.
_YAML_HINTS = {
    "mapping values are not allowed here": 'a value holding ": " must be in quotes (title: "Hari ke-10: Diplomasi"); '
    "each field stands on a line of its own, indented as far as the fields beside it",
    "expected <block end>, but found '?'": "a field is indented as far as the fields beside it",
    "tag:yaml.org,2002:value": "a value = must be in quotes",
    "could not determine a constructor for the tag": "a value that starts with ! must be in quotes",
    "that cannot start any token": "a value that starts with %, @ or ` must be in quotes",
}
# ... and those that the line YAML stopped on shows the cause of (the line where a key or a quote
# began, not the line after it where YAML noticed).
_YAML_LINE_HINTS = (
    (re.compile(r"\t"), "found character '\\t'", "YAML indents and parts words with spaces, not tabs: type spaces"),
    (re.compile(r"^[^'\"\n]*："), "", "the colon is a full-width '：': type ':' and a space"),
    (
        re.compile(r"^[ \t]*(?:-[ \t]+)?[^\s:#'\"]+:[\u00a0\u2000-\u200b\u202f\u205f\u3000]"),
        "",
        "the space after the colon is not an ordinary space (a no-break or wide space): type it again",
    ),
    (
        re.compile(r"^[ \t]*(?:-[ \t]+)?[^\s:#'\"]+:[^\s:/]"),
        "",
        "a key's colon wants a space after it: title: Diplomasi",
    ),
    (
        re.compile(r"^[^:#\n]+$"),
        "could not find expected ':'",
        "each line is a field and its value; a value going on to the next line is indented under its field",
    ),
    (
        re.compile(r":[ \t]+'[^'\n]*'\w"),
        "",
        "inside '…' an apostrophe is written twice ('Ma''ruf Amin'), or put the value in double quotes",
    ),
    (re.compile(r""), "found unknown escape character", BACKSLASH_HINT),
    (re.compile(r""), "expected escape sequence", BACKSLASH_HINT),  # "C:\Users\..." (\U and 8 digits)
    (
        re.compile(r":[ \t]+\"[^\"\n]*\"[ \t]*[^\s#]"),
        "",
        'inside "…" a quote is written \\" ("Seminar \\"Diplomasi\\" Digital"), or put the value in single quotes',
    ),
    (re.compile(r":[ \t]+-[ \t]*$"), "", "a '-' alone starts a list item; for no value, leave the field out"),
    (re.compile(r"['\"]"), "found unexpected end of stream", "the quote opened on this line is not closed"),
)
# Any other problem of YAML's reading: a value that holds one of its marks.
YAML_MARKS_HINT = (
    "a value that starts with or holds a mark YAML reads (: # ! & * % @ ` | > [ ] { } ' \") must be in quotes"
)


# A comment typed against a text value ("title: Workshop #10", "name: Budi #moderator"): YAML
# drops everything from " #" on, silently.  Only in the fields of free text, where a hashtag or a
# number after "#" may be meant as the value's own; a comment written as comments are ("title: X
# # ...", "# " and a space, "######") passes, and so does one after a date, a code or a number.
HASH_AGAINST_VALUE = re.compile(r"[ \t]+(#\w[^\n]*)")
# ... or on a line of its own under it, indented as the value's next line would be ("title: Workshop
# Diplomasi" and "  #10 hari kesepuluh" below it: YAML drops the second line).
HASH_UNDER_VALUE = re.compile(r"[ \t]*\n([ \t]+)(#\w[^\n]*)")
FREE_TEXT_FIELDS = frozenset(("title", "name", "role", "term"))
COMMENT_AS_WRITTEN = "or write a comment as '# ' with a space"
# Word's and the phone keyboards' quotes around a whole value: YAML keeps them as the value's own
# characters ("“Budi Santoso”" as the name, a source "“https://…”" read as a file name).
TYPOGRAPHIC_OPENING = OPENING_QUOTES.replace('"', "").replace("'", "")
TYPOGRAPHIC_CLOSING = CLOSING_QUOTES.replace('"', "").replace("'", "")
# In double quotes a backslash starts an escape: "C:\new\table.mp4" holds a line break and a tab
# (refused as control characters, BACKSLASH_HINT); "Daring \ Luring" loses its backslash and
# "Hybrid\_Diplomasi" gets a no-break space, silently: those two are refused here.
ESCAPE = re.compile(r"\\(.)", re.S)
SILENT_ESCAPES = " _"


def _misread_value(text: str) -> str | None:
    """'line L: ...' for the first value that YAML reads otherwise than it looks typed, else None."""
    loader = _ConfigLoader(text)
    key, key_column, after_key = "", 0, False
    try:
        while not loader.check_token(yaml.StreamEndToken):
            token = loader.get_token()
            if isinstance(token, yaml.ScalarToken) and after_key:
                key, key_column = token.value, token.start_mark.column
            elif isinstance(token, yaml.ScalarToken) and (problem := _misread(text, token, loader, key, key_column)):
                return f"line {problem[0]}, field '{visible(key)}': {problem[1]}"
            if isinstance(token, yaml.ValueToken) and (problem := _commented_out(text, token, loader, key, key_column)):
                return f"line {problem[0]}, field '{visible(key)}': {problem[1]}"
            after_key = isinstance(token, yaml.KeyToken)
    finally:
        loader.dispose()
    return None


def _comment_against(text: str, token: yaml.Token, key: str, key_column: int) -> tuple[int, str] | None:
    """(line, comment) of a comment typed right after a token of a free-text field
    (HASH_AGAINST_VALUE), or on the line under it, indented past the field's key
    (HASH_UNDER_VALUE); None if there is none."""
    if key not in FREE_TEXT_FIELDS:
        return None
    end = token.end_mark.pointer
    if cut := HASH_AGAINST_VALUE.match(text, end):
        return token.end_mark.line + 1, cut.group(1).rstrip()
    if (cut := HASH_UNDER_VALUE.match(text, end)) and len(cut.group(1).expandtabs()) > key_column:
        return text.count("\n", 0, cut.start(2)) + 1, cut.group(2).rstrip()
    return None


def _commented_out(
    text: str, token: yaml.ValueToken, loader: _ConfigLoader, key: str, key_column: int
) -> tuple[int, str] | None:
    """A value that starts with # ("title: #10 Diplomasi", "- term: #DiplomasiDigital"): YAML
    reads all of it as a comment, and the field as empty."""
    found = _comment_against(text, token, key, key_column)
    following = loader.peek_token()
    if found is None or isinstance(
        following, yaml.ScalarToken | yaml.FlowSequenceStartToken | yaml.FlowMappingStartToken
    ):
        return None
    if isinstance(following, yaml.BlockMappingStartToken | yaml.BlockSequenceStartToken | yaml.BlockEntryToken):
        return None  # a section under it: "speakers: #list"
    line, comment = found
    return line, (
        f"YAML reads {quoted(comment)} as a comment, which leaves the field empty; if it is the value, put it "
        f"in quotes ({quoted(comment)}), {COMMENT_AS_WRITTEN}"
    )


def _misread(
    text: str, token: yaml.ScalarToken, loader: _ConfigLoader, key: str, key_column: int
) -> tuple[int, str] | None:
    """(line, what is wrong) for a scalar YAML reads otherwise than it looks typed, else None."""
    value, line = token.value, token.end_mark.line + 1
    if token.style == '"':
        written = text[token.start_mark.pointer : token.end_mark.pointer]
        if any(escape[1] in SILENT_ESCAPES for escape in ESCAPE.finditer(written)):
            return line, f"{visible(written)}: {BACKSLASH_HINT}"
    if not token.plain:
        return None
    quotes_inside = any(c in TYPOGRAPHIC_OPENING + TYPOGRAPHIC_CLOSING for c in value[1:-1])  # “A” dan “B”
    if len(value) > 1 and value[0] in TYPOGRAPHIC_OPENING and value[-1] in TYPOGRAPHIC_CLOSING and not quotes_inside:
        return line, (
            f"{quoted(value)} is between typographic quotes ({value[0]} {value[-1]}), which YAML keeps as part "
            'of the value; type straight quotes (") or none'
        )
    found = _comment_against(text, token, key, key_column)
    if found and loader.resolve(yaml.ScalarNode, value, (True, False)) == "tag:yaml.org,2002:str":
        line, comment = found
        return line, (
            f"YAML reads {quoted(comment)} after {quoted(value)} as a comment and drops it; if it belongs to the "
            f"value, put the value in quotes ({quoted(f'{value} {comment}')}), {COMMENT_AS_WRITTEN}"
        )
    return None


# A line of a block: its indent, a "- " of a list item, and the key it opens (none for an item
# written bare, "- Budi"), and whether a value follows the key on the line.
_BLOCK_LINE = re.compile(r"^(?P<indent> *)(?P<dash>-[ \t]+)?(?:(?P<key>[^\s:#'\"][^:#]*?):(?:\s+(?P<value>\S.*))?$)?")
# PyYAML's problems that a line indented as far as no field above it gives.
_INDENT_PROBLEMS = ("expected <block end>", "mapping values are not allowed here")


def _indent_slip(problem: str, mark: yaml.Mark | None) -> str | None:
    """'line L: ...' when the line YAML stopped on is indented as far as no open field or list
    above it ("   role:" under "  - name:", " title:" under "id:"), naming the fields it should
    line up with; PyYAML's own words for it ("expected <block end>, but found '<block mapping
    start>'") name no field and read like a quoting problem."""
    if mark is None or not isinstance(mark.buffer, str) or not any(cause in problem for cause in _INDENT_PROBLEMS):
        return None
    lines = YAML_LINE_BREAK.split(mark.buffer.rstrip("\0"))
    slipped = _BLOCK_LINE.match(lines[mark.line]) if mark.line < len(lines) else None
    if slipped is None or not (slipped["key"] or slipped["dash"]):
        return None
    column = len(slipped["indent"])
    # The columns still open at the slipped line: a field's (its key's column), a list's (its
    # dashes'), and a field's that has no value on its line (a list may start at its own column).
    open_at: dict[int, tuple[str, int, bool]] = {}  # column -> (what stands there, line, takes a list)
    limit = column + 1_000
    for number in range(mark.line - 1, -1, -1):
        line = _BLOCK_LINE.match(lines[number])
        if line is None or not (line["key"] or line["dash"]) or lines[number].lstrip().startswith("#"):
            continue
        indent = len(line["indent"])
        if indent >= limit:
            continue
        key_column = indent + len(line["dash"] or "")
        if line["key"] and key_column < limit:
            open_at.setdefault(key_column, (f"'{line['key'].strip()}'", number + 1, not line["value"]))
        if line["dash"]:
            open_at.setdefault(indent, ("the list item", number + 1, True))
        limit = indent
    lines_up = column in open_at and (
        slipped["dash"] is None or open_at[column][2] or open_at[column][0] == "the list item"
    )
    if lines_up or not open_at:
        return None
    what = f"'{slipped['key'].strip()}'" if slipped["key"] and not slipped["dash"] else "the list item"
    beside = ", ".join(
        f"{name} on line {number} at {col}" for col, (name, number, _) in sorted(open_at.items(), reverse=True)
    )
    spaces = "space" if column == 1 else "spaces"
    return (
        f"line {mark.line + 1}: {what} is indented {column} {spaces}, which lines up with no field or list "
        f"open above it ({beside}); indent it as far as the fields it goes with"
    )


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """'line L, column C: cause (context)' from PyYAML's error, 1-based as editors count, and what
    to do where a value wants quotes."""
    if not isinstance(exc, yaml.MarkedYAMLError):
        return str(exc).splitlines()[0]
    if slip := _indent_slip(exc.problem or "", exc.problem_mark):
        return slip
    mark = exc.problem_mark or exc.context_mark
    if exc.context_mark and exc.context in ("while scanning a simple key", "while scanning a quoted scalar"):
        mark = exc.context_mark  # where the key or the quote began
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
    context = f" ({exc.context})" if exc.context else ""
    problem = exc.problem or "not valid YAML"
    reading = isinstance(exc, yaml.scanner.ScannerError | yaml.parser.ParserError | yaml.constructor.ConstructorError)
    hint = _line_hint(problem, _marked_line(mark))
    if not hint and mark and "mapping values are not allowed here" in problem:  # "- name:Budi" is noticed
        hint = _line_hint(problem, _marked_line(mark, before=1))  # on the line after it
        where = f"line {mark.line}: " if hint else where
    hint = hint or next((f"; {hint}" for cause, hint in _YAML_HINTS.items() if cause in problem), "")
    hint = hint or (f"; {YAML_MARKS_HINT}" if reading else "")
    return f"{where}{problem}{context}{hint}"


YAML_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # the breaks YAML counts lines by
# What YAML's reader refuses anywhere in a file, a comment too (control characters but tab and the
# line breaks, noncharacters): PyYAML raises its ReaderError as the loader is made, with an offset
# for a position, and that had been an internal error.
YAML_UNREADABLE = yaml.reader.Reader.NON_PRINTABLE
# The line breaks YAML reads where an editor shows none (NEL, a C1 control pasted from a legacy
# export; the line and paragraph separators): one had folded a quoted title's letters apart
# ("Strat\x85egi" became "Strat egi" without a word), ended an unquoted name or a comment in the
# middle of a line (`could not find expected ':'` on the line after), or been called a backslash's
# escape in double quotes, where none was typed (fifty-first round).
HIDDEN_BREAK_NAMES = {"\x85": "NEL, next line", "\u2028": "a line separator", "\u2029": "a paragraph separator"}
# Either, the first in the file: lines before it are then counted alike by YAML and by an editor.
YAML_REFUSED = re.compile(f"{YAML_UNREADABLE.pattern}|[{''.join(HIDDEN_BREAK_NAMES)}]")


def _unreadable_character(text: str, position: int) -> str:
    """'holds ... on line L, column C ...' for the character at `position` that YAML does not read,
    or reads as a line break no one sees (YAML_REFUSED), counted as YAML's other errors are (a page
    break pasted from Word, an escape from a terminal)."""
    character = text[position]
    lines = YAML_LINE_BREAK.split(text[:position])
    where = f"on line {len(lines)}, column {len(lines[-1]) + 1}"
    if NONCHARACTER.match(character):
        return f"the config holds U+{ord(character):04X} {where}, which is no character; delete it"
    if character in HIDDEN_BREAK_NAMES:
        return (
            f"the config holds U+{ord(character):04X} ({HIDDEN_BREAK_NAMES[character]}) {where}, which YAML reads "
            "as a line break though no editor shows one; type a space there, or a line break where one is meant"
        )
    return f"the config holds the control character {character!r} {where}, which YAML does not read; delete it"


def _line_hint(problem: str, typed: str) -> str:
    """ "; what to do" for a line of the config that one of _YAML_LINE_HINTS tells, else ""."""
    return next(
        (f"; {hint}" for shown, cause, hint in _YAML_LINE_HINTS if cause in problem and shown.search(typed)), ""
    )


def _marked_line(mark: yaml.Mark | None, before: int = 0) -> str:
    """The line of the config a YAML error's mark stands on (or one before it), as typed."""
    if mark is None or not isinstance(mark.buffer, str) or mark.line < before:
        return ""
    lines = YAML_LINE_BREAK.split(mark.buffer.rstrip("\0"))
    return lines[mark.line - before] if mark.line - before < len(lines) else ""


# Bytes no text file holds (NUL and the other controls but tab, line and page breaks, escape): a
# file with many of them is binary, whatever bytes of it are not UTF-8.
BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def utf8_text(data: bytes, what: str) -> str:
    """The bytes of a text file as text, or a ValueError saying what they are instead: a document
    or a recording (file_kind), UTF-16 or UTF-32 (Windows' "Unicode"), a one-byte code page
    (Windows-1252, Latin-1) or an East Asian or EBCDIC encoding with the byte and line that is not
    UTF-8, or binary data."""
    kind = file_kind(data)
    if kind:  # a recording's quiet samples are zero bytes, as UTF-16 or UTF-32 text is
        raise ValueError(f"{what} is {kind}, not text")
    if data[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        raise ValueError(f"{what} is UTF-32 text; save it as UTF-8")
    zeros = data[:400].count(b"\x00")
    if zeros > len(data[:400]) * 0.6:  # UTF-32 without its byte-order mark: three zero bytes a letter
        raise ValueError(f"{what} is UTF-32 text; save it as UTF-8")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or zeros > len(data[:400]) // 4:
        raise ValueError(f"{what} is UTF-16 text; save it as UTF-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if len(BINARY_BYTES.findall(data[:4096])) * 20 > len(data[:4096]):
            raise ValueError(f"{what} holds binary data, not text") from None
        sample = data[:4096]
        if sample.count(b"\x40") > sample.count(b"\x20") * 4:  # EBCDIC's space, and no lines to count
            raise ValueError(f"{what} is not UTF-8 text (EBCDIC, a mainframe's encoding?); save it as UTF-8") from None
        line = data.count(b"\n", 0, exc.start) + 1
        where = f"byte 0x{data[exc.start]:02x} on line {line}"
        decoded = data.decode("utf-8", errors="replace")
        if decoded.count("\ufffd") <= STRAY_BYTES and any(ord(c) > 0x7F and c != "\ufffd" for c in decoded):
            raise ValueError(
                f"{what} is UTF-8 text but for a few bytes ({where}): a character typed or pasted in another "
                "encoding; type it again and save the file as UTF-8"
            ) from None
        raise ValueError(f"{what} is not UTF-8 text ({where}: {_encoding_guess(sample)}); save it as UTF-8") from None


# A file that is UTF-8 but for this many bytes or fewer had a character typed in another encoding.
STRAY_BYTES = 3
# What charset_normalizer takes a file to be, in the words of the error line.
_ENCODING_FAMILIES = (
    (re.compile(r"gb|hz|big5|cp950"), "GB18030 or Big5 (Chinese)"),  # a short text may read as either
    (re.compile(r"shift_jis|cp932|euc_jp|iso2022_jp"), "Shift-JIS or EUC-JP (Japanese)"),
    (re.compile(r"euc_kr|cp949|johab|iso2022_kr"), "EUC-KR (Korean)"),
    (re.compile(r"cp(?:037|273|500|875|1026|1140)"), "EBCDIC, a mainframe's encoding"),
    (re.compile(r"mac_"), "Mac Roman or another Mac encoding"),
)


def _encoding_guess(data: bytes) -> str:
    """Which encoding text that is not UTF-8 is in, as a question: an East Asian one, EBCDIC, a
    Mac's, or a one-byte code page such as Windows-1252 (charset_normalizer's best reading)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    name = best.encoding if best is not None else ""
    family = next((words for pattern, words in _ENCODING_FAMILIES if pattern.match(name)), None)
    return f"{family}?" if family else "Windows-1252, Latin-1 or another one-byte code page?"


def _config_meant(path: Path) -> str:
    """The config of a near name beside the one not found ("configs/demo2.yaml": configs/demo-2.yaml),
    the name with .yaml, or in configs/ ("demo.yaml"): a typo costs a new user a guess.  A shell
    pattern that matched nothing (`make batch DAYS='configs/hari-*.yaml'`) reaches us as typed."""
    if any(c in path.name for c in "*?["):
        matches = sorted(glob.glob(str(path)))
        if not matches:
            return " (a pattern that no file matches: the shell gives it on as typed when nothing matches)"
        return f" (a pattern, not expanded: it matches {len(matches)} file(s), {matches[0]} first; name the files)"
    beside = path.with_suffix(".yaml") if path.suffix != ".yaml" else Path("configs") / path
    if beside.is_file() and beside != path:  # "demo.yaml" run from the repository: configs/demo.yaml
        return f" (did you mean {beside}?)"
    try:
        names = [p.name for p in path.parent.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()]
    except OSError:
        return ""
    meant = difflib.get_close_matches(path.name, names, n=1, cutoff=0.75)
    return f" (did you mean {path.parent / meant[0]}?)" if meant else ""


def _read_config_text(path: Path) -> str:
    try:
        with open_regular(path, "config file") as handle:
            if os.fstat(handle.fileno()).st_size > MAX_CONFIG_BYTES:
                kind = file_kind(handle.read(64))
                size = f"is over {MAX_CONFIG_BYTES:,} bytes; a day config is a few kB"
                raise ConfigError(f"{path}: config file {f'is {kind}, not text' if kind else size}")
            data = handle.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found{_config_meant(path)}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config: {exc.strerror or exc}") from None
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(f"{path}: config file is over {MAX_CONFIG_BYTES:,} bytes")
    try:
        return utf8_text(data, "config file")
    except ValueError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def _pairs_joined(value: object) -> object:
    """A config written as JSON escapes an emoji as a surrogate pair ("\\ud83d\\ude00"), which YAML
    keeps as two halves: joined into the character; a lone half stays, and is refused."""
    if isinstance(value, str) and any("\ud800" <= c <= "\udfff" for c in value):
        return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    if isinstance(value, dict):
        return {_pairs_joined(key): _pairs_joined(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_pairs_joined(item) for item in value]
    return value


def _is_utf8(name: bytes) -> bool:
    try:
        name.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def load_config(path: Path) -> DayConfig:
    """Read and validate a day config; every problem becomes one ConfigError line."""
    path = Path(path)
    # summary.json records the name, a name without folders, as UTF-8 text
    if "\\" in path.name:
        raise ConfigError(
            f"{path}: the config's file name holds a backslash, which separates folders on Windows; rename it"
        )
    odd = next((c for c in path.name if unicodedata.category(c) == "Cs"), None)
    if odd is not None:
        if names_held_in_ascii() and _is_utf8(os.fsencode(path.name)):
            raise ConfigError(name_not_held(os.fsencode(path).decode("utf-8", "backslashreplace")))
        raise ConfigError(f"{path}: the config's file name is not UTF-8 (byte 0x{ord(odd) - 0xDC00:02x}); rename it")
    hidden = next((c for c in path.name if c in BIDI_CONTROLS or NONCHARACTER.match(c)), None)
    if hidden is not None:  # a direction override would be dropped from the name recorded, a noncharacter kept
        raise ConfigError(f"{path}: the config's file name holds U+{ord(hidden):04X}, which no one sees; rename it")
    control = next((c for c in path.name if unicodedata.category(c) in LINE_BREAKING_CATEGORIES), None)
    if control is not None:  # as in a path field (_no_control): a newline would part index.csv's row in two
        raise ConfigError(
            f"{path}: the config's file name holds the control character {control!r}, which the day's "
            "records and the archive's tables cannot hold in one line; rename it"
        )
    text = _read_config_text(path)
    if garbled := _decoded_twice(text):  # a speaker's name so would be shown and matched so everywhere
        raise ConfigError(f"{path}: the config holds {garbled}; type it again")
    if (mark := text.find("\ufeff", 1)) > 0:  # YAML skips one at the start only; elsewhere it is a key's letter
        raise ConfigError(
            f"{path}: the config holds a byte-order mark (U+FEFF) on line {text.count(chr(10), 0, mark) + 1}, "
            "which no one sees (two files joined, or one saved with the mark twice); delete it"
        )
    if (unreadable := YAML_REFUSED.search(text)) is not None:
        raise ConfigError(f"{path}: {_unreadable_character(text, unreadable.start())}")
    loader = _ConfigLoader(text)
    try:
        node = loader.get_single_node()
        if node is not None and (problem := _tag_problem(loader, node)):
            raise ConfigError(f"{path}: {problem}")
        raw = None if node is None else loader.construct_document(node)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {_yaml_problem(exc)}") from None
    except RecursionError:
        raise ConfigError(f"{path}: not valid YAML: nested too deeply") from None
    except (ValueError, OverflowError, KeyError, TypeError) as exc:  # refused by a tag: !!int abc
        raise ConfigError(f"{path}: not valid YAML: a value it cannot read ({visible(exc)})") from None
    finally:
        loader.dispose()
    if misread := _misread_value(text):
        raise ConfigError(f"{path}: {misread}")
    if raw is None:
        raise ConfigError(f"{path}: the config is empty (only blank lines or comments)")
    raw = _pairs_joined(raw)
    if not isinstance(raw, dict):
        what = {list: "a list", str: "a single text", int: "a single number", float: "a single number"}
        raise ConfigError(f"{path}: the config is {what.get(type(raw), 'a single value')}, not a mapping of fields")
    try:
        config = DayConfig.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(_describe(error) for error in exc.errors())
        raise ConfigError(f"{path}: {problems}") from None
    config._base_dir = path.resolve().parent
    config._config_path = path
    config.local_paths()  # refuses a path that leads outside the config's folder
    return config


# Control characters a text file may not hold (tabs, line and page breaks it may).
REPORT_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
# The start of an HTML document, or markup through the text (HTML_TAGS_MIN tags or more): an
# article saved from the browser.
HTML_START = re.compile(r"\A\s*<(?:!doctype\s+html|html\b)", re.I)
HTML_ENTITY = r"&(?:[a-z]{2,8}|#\d{1,7}|#x[0-9a-f]{1,6});"
HTML_TAG = re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>|" + HTML_ENTITY, re.I)
ESCAPED_ENTITY = re.compile(r"&(?:amp;)*" + HTML_ENTITY[1:], re.I)  # `&nbsp;`, or escaped once more: `&amp;nbsp;`
HTML_TAGS_MIN = 2  # any tag or entity: one "<p>" or "&amp;" may be quoted in an article; two are markup
# ... and one for every so many words: a Markdown article may hold an HTML block ("<div
# align=center>" and its end in 300 words), a saved page holds a tag every sentence or more often.
HTML_WORDS_PER_TAG = 50
# Documents saved under a .txt name: what the first bytes say they are.
DOCUMENT_MAGIC = {
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (a .docx or .odt document is one)",
    b"\xd0\xcf\x11\xe0": "an old Word or Excel document",
    b"{\\rtf": "an RTF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"<?xml": "an XML document (a Word XML file or an SVG image is one)",
    b"<svg": "an SVG image",
    b"%!PS": "a PostScript document",
    b"\\documentclass": "a LaTeX source",
}
# Recordings, by their first bytes: the day's audio named as its report, ground truth or config by
# mistake.  Their quiet samples are zero bytes, which read as UTF-16 or UTF-32 text, and a long one
# is over every text's size limit: either had been the error line.  Each mark with the bytes after
# it, so that no text's first word ("FORMAT", "caffè") reads as one.
RECORDING_MAGIC = {
    re.compile(rb"(?:RIFF|RF64)....WAVE", re.S): "a WAV recording",
    re.compile(rb"RIFF....AVI ", re.S): "an AVI video",
    re.compile(rb"FORM....AIF[FC]", re.S): "an AIFF recording",
    re.compile(rb"....ftyp", re.S): "an MP4 or M4A recording",
    re.compile(rb"caff\x00\x01"): "a CAF recording",
    re.compile(rb"\.snd\x00\x00\x00"): "an AU recording",
    re.compile(rb"OggS\x00"): "an Ogg recording (Opus or Vorbis)",
    re.compile(rb"fLaC[\x00\x80]"): "a FLAC recording",
    re.compile(rb"ID3[\x02-\x04]|\xff[\xf2\xf3\xfa\xfb]"): "an MP3 recording",
    re.compile(rb"\x1aE\xdf\xa3"): "a Matroska or WebM recording",
    re.compile(rb"0&\xb2u\x8ef\xcf\x11"): "a WMA or WMV recording",
}


def file_kind(data: bytes) -> str | None:
    """What a file that is not text is, by its first bytes: a document (document_kind) or a
    recording (RECORDING_MAGIC), or None."""
    return document_kind(data) or next((kind for magic, kind in RECORDING_MAGIC.items() if magic.match(data)), None)


def document_kind(data: bytes) -> str | None:
    """What document a file is by its first bytes (DOCUMENT_MAGIC, also after a byte-order mark or
    blank lines: a PDF, a Word file, an image), or None."""
    opening = data[:64].removeprefix(b"\xef\xbb\xbf").lstrip()
    return next((kind for magic, kind in DOCUMENT_MAGIC.items() if opening.startswith(magic)), None)


# Scripts written without spaces between words: the comparison matches words and cannot read them.
UNSPACED_SCRIPT = re.compile(
    r"[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u1a00-\u1aaf\u1b00-\u1b7f\u1b80-\u1bff"
    r"\u3040-\u30ff\u3400-\u9fff\ua980-\ua9df\uaa00-\uaa5f\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f]"
)  # Thai, Lao, Tibetan, Burmese, Khmer, Buginese, Tai Tham, Balinese, Sundanese, Javanese, Cham, CJK
# Invisible format characters (Cf) are taken out of a report, except the joiners that emoji
# sequences and Arabic or Persian words need: kept when they follow a character beyond ASCII.
JOINERS = "\u200c\u200d" + "".join(map(chr, range(0xE0020, 0xE0080)))  # and the tags of a flag emoji
# Markdown's inline markup and line marks: a report copied from a Markdown page keeps its words.
# A caption's timing line, SRT ("00:00:01,000 --> 00:00:04,000"), WebVTT ("00:01.000 --> ...") or
# a Teams transcript's ("0:0:3.450 --> 0:0:8.120").
SUBTITLE_CUE = re.compile(r"^[ \t]*(?:\d{1,3}:){1,2}\d{1,2}(?:[,.]\d{1,3})?[ \t]*[-‐‑–—]{1,2}>", re.M)
# A time stamp opening a line of a transcript, a chat or a log, or ending a line that names who
# speaks ("Budi Santoso  0:03", "Budi, [01.12.21 09:15]"): a time in a recording ("0:05",
# "1:02:03", "00:01.500") or of the day ("9:15 AM", "09:15:22"), or a date and its time
# ("01/12/20 09.15", "1/12/21, 9:15:22 AM", "2021-12-01T09:15:22Z", "Dec  1 09:15:22", "01-Dec-21
# 09:15", "01/Dec/2021:09:15:22").  Without a date only a colon parts hours and minutes: "09.00"
# is a time the prose gives, "1.10" a section's number.
STAMP_DATE = (
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}[-/]\d{1,2}"
    rf"|\d{{1,2}}[-/ .]{MONTH}[-/ .,]{{1,2}}\d{{2,4}}|{MONTH}[ \t]{{1,2}}\d{{1,2}}(?:,?[ \t]\d{{4}})?"
)
STAMP = (
    rf"[\[(]?(?:(?P<date>{STAMP_DATE})(?:,?[ \t]{{1,3}}|T|:(?=\d\d:\d\d:\d\d))"
    r"\d{1,2}[:.](?P<day_minutes>\d{2})(?:[:.](?P<day_seconds>\d{2}))?"
    r"|(?P<hours>\d{1,3}):(?P<minutes>\d{2})(?::(?P<seconds>\d{2}))?)(?P<fraction>[.,]\d{1,9})?"
    r"(?:[ \t]?[AaPp]\.?[Mm]\b\.?)?(?:[ \t]?(?:Z|[+-]\d{2}:?\d{2}|WIB|WITA|WIT|UTC|GMT)\b)?[\])]?(?!\d|[:.]\d)"
)
# Who speaks or writes: up to six words, a name ("Dr. Ayu Larasati, S.Sos.", "[Budi Santoso]") or a
# user name ("budi_s", "budi#1234"); what stands between a name and its stamp ("—", "Today at").
NAME = r"[\[(]?[^\W_][\w.'’@#-]{0,40}(?:,?[ \t]{1,3}[^\W_][\w.'’-]{0,40}){0,5}[\])]?"
LOG_LEVEL = r"[\[(<]?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|SEVERE|CRIT|CRITICAL|FATAL|ALERT|EMERG)\b[\])>]?"
STAMPED_LINE = re.compile(rf"[ \t]*(?P<level>{LOG_LEVEL}[ \t:|-]{{1,3}})?{STAMP}")
NAMED_STAMP = re.compile(
    rf"[ \t]*(?P<name>{NAME})[ \t]*[,|·•–—-]?[ \t]*(?:(?:Today|Yesterday|Hari ini|Kemarin)[ \t]+)?"
    rf"(?:(?:at|pukul|jam)[ \t]+)?{STAMP}"
)
LOGGED_STAMP = re.compile(rf"[ \t]*(?:[^\s:]{{1,60}}[ \t]+){{1,3}}?{STAMP}")  # "127.0.0.1 - - [01/Dec/2021:..."
NAME_ONLY = re.compile(rf"[ \t,|·•–—-]*(?P<name>{NAME})[ \t]*")
SENDER = re.compile(r"[ \t]*(?:<[^<>\s]{1,40}>|[-–—|]?[ \t]*(?P<name>[^:\n]{1,60}?)[ \t]*:)(?:[ \t]|$)")
TIME_RANGE = re.compile(r"[ \t]*(?:[-‐‑–—~]{1,2}|s\.?/?d\.?|sampai|hingga|to|until)[ \t]*[\[(]?\d", re.I)
LOG_MARK = re.compile(  # a level ("INFO", "[ERROR]") or a process ("sshd[42]:") after the stamp
    rf"[ \t]*(?:\S{{1,60}}[ \t]+){{0,2}}?{LOG_LEVEL}|[ \t]*\S{{1,60}}[ \t]+[\w./-]{{1,60}}\[\d{{1,10}}\]:"
)
# A live report's or a timeline's entry: a clock time with its zone ("09:17 WIB") or a dash after
# it, and a sentence: "09:17 WIB – Menteri tiba di lokasi." is prose that gives a time, not a
# transcript's line (that is a stamp to the second, or a speaker's words).
TIMELINE_ENTRY = re.compile(r"[ \t]*(?:[-‐‑–—|][ \t]*)?(?P<words>\S+(?:[ \t]+\S+){3,})")
ZONED = re.compile(r"(?:WIB|WITA|WIT|UTC|GMT|[+-]\d{2}:?\d{2})$")
DASHED = re.compile(r"[ \t]*[-‐‑–—|][ \t]")
# A chat export that gives each day's date on a line of its own (LINE: "2021/01/01 Jumat") and the
# sender between tabs after each time ("09:15<TAB>Budi Santoso<TAB>Selamat pagi").
DAY_LINE = re.compile(
    rf"[ \t]*(?:[A-Za-z]{{2,10}},?[ \t]+)?(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|{STAMP_DATE}"
    r"|\d{1,2}[ \t]+[A-Za-z]{3,10}[ \t]+\d{4})(?:,?[ \t]+[A-Za-z]{2,10})?[ \t]*"
)
TAB_SENDER = re.compile(r"\t(?P<name>[^\t\n]{1,60})\t\S")
# A stamp that ends each line (what was said, then when): "Tantangannya adalah ... (00:01:12)".
END_STAMP = re.compile(
    r"[\[(](?:(?P<hours>\d{1,2}):)?(?P<minutes>\d{1,2}):(?P<seconds>\d{2})(?P<fraction>[.,]\d{1,3})?[\])][ \t]*$"
)
SPEAKER_LINE = re.compile(rf"(?P<name>{NAME})[ \t]*:[ \t]+\S")
# A transcript, a chat or a log has a stamp on most lines (TIMED_SHARE, of TIMED_MIN_LINES or
# more; two to the second do), or on the line that opens each turn or message (TURN_SHARE: a turn
# may run over several lines), and most of its stamps are precise: to the second, in the first
# hour of a recording ("0:41"), at a minute that is no multiple of five, or the stamp of the line
# before (messages in one minute).  An agenda's "09:00", "09:15", "10:30" are round, and its
# "09:00 - 09:15" a range.  A meeting's transcript may instead be speakers' lines ("Budi Santoso:
# ...") with a stamp to the second on a line of its own now and then.
TIMED_SHARE, TURN_SHARE, TIMED_MIN_LINES = 0.3, 0.15, 3
TRANSCRIPT = "a subtitle file or a timed transcript (captions, chat: what was said)"
CHAT = "a chat export (messages with their date, time and sender)"
# The speech tools' own timing files, a line each: RTTM ("SPEAKER demo 1 0.815 56.773 <NA> …", as
# diarization.rttm and a truth's .rttm), STM ("demo 1 Budi 0.82 57.59 text") and CTM ("demo 1 12.34
# 0.30 kata 1.00"): a name or two and a channel before a start and a length (or end) in seconds.
SPEECH_TIMING = "a speech timing file (RTTM, STM or CTM: who spoke, or what was said, when)"
SPEECH_TIMING_LINE = re.compile(r"[ \t]*\S+[ \t]+\S+[ \t]+(?:\S+[ \t]+)?\d+\.\d+[ \t]+\d+\.\d+(?:[ \t]|$)")
LOG = "a log file (lines opening with a date and time)"
TIME_HINT = re.compile(r"\d[:.]\d\d")  # what every stamp holds: a line without it is passed over at once
SUBSTATION = re.compile(r"^\[Script Info\]|^Dialogue:[ \t]*\d", re.M)  # ASS/SSA subtitles
# A data file given as the report: most of its lines (DATA_SHARE, of DATA_MIN_LINES or more) are
# records.  A key is one word ("poin1 = ...", "judul:"), a section "[laporan]": "Hari/Tanggal:
# Selasa" in an article's header block has no such key; YAML is keys and, indented under them,
# list items, and nothing else.  A table row has three cells or more.
DATA_MIN_LINES, DATA_SHARE, DATA_MIN_COLUMNS = 5, 0.6, 3
DATA_PROSE_LINES, PROSE_MIN_WORDS = 2, 4  # sentences around a table that make a file a report
# A question and its answer ("Tanya: ...", "J: ...") or each speaker's answer in an interview is a
# label before a sentence: the same label again and again, each before a sentence of words; a data
# file's keys are each given once (at one indent), or hold values, not sentences.
PROSE = re.compile(rf"[ \t]*\S+(?:[ \t]+\S+){{2,}}[.?!…][{re.escape(CLOSING_MARKS)}]?[ \t]*$")
YAML_MARKER = re.compile(r"^(?:---|\.\.\.)[ \t]*$")  # a YAML document's start or end (front matter)
KEY_VALUE = re.compile(r"^[ \t]*(?:[A-Za-z_][\w.-]*[ \t]*(?:=|:(?:[ \t]|$))|\[[\w. -]+\][ \t]*$)")
YAML_ITEM = re.compile(r"^[ \t]+-[ \t]")
DATA_COMMENT = re.compile(r"^[ \t]*[#;]")  # a comment line of YAML, TOML or INI between the keys
RTF_BODY = re.compile(r"\s*\{\s*\\rtf", re.I)
RTF_PARAGRAPH = re.compile(r"\\pard?\b")
# Text that is a file of another kind, each told by marks no article holds.  iCalendar and vCard
# are BEGIN:/END: records; an e-mail opens with (or forwards) headers naming who sends and who
# receives, with e-mail's own headers ("Subject:", "Subjek:", "Received:") or, in English, an
# address (a memo's "Dari:", "Kepada:", "Perihal:" are no e-mail); a diff or patch has a hunk
# ("@@ -1,3 +1,3 @@", "*** 1,5 ****", "1,2c1" over "< ") or "--- " over "+++ "; markup is
# MARKUP_MIN of its commands or more (LaTeX's "\begin{", "\textbf{", "\item"; Typst's "#set ",
# "#strong[", and its "= " headings beside those; troff's ".TH", ".PP", "\fB"; Org-mode's
# "#+TITLE:", ":PROPERTIES:", "[[url][words]]").
RECORD_BEGIN = re.compile(r"^[ \t]*BEGIN:([A-Za-z-]{1,40})[ \t]*$", re.M | re.I)
RECORD_END = re.compile(r"^[ \t]*END:[A-Za-z-]{1,40}[ \t]*$", re.M | re.I)
CALENDAR_RECORDS = frozenset({"VCALENDAR", "VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE", "VALARM"})
MAIL_HEADER = re.compile(r"[ \t]*(?P<name>[A-Za-z][\w-]{0,40}):[ \t]")
MAIL_SENDER = frozenset({"from", "sender", "dari", "pengirim"})
MAIL_SENDER_LINE = re.compile(r"^[ \t]*(?:from|sender|dari|pengirim):[ \t]", re.M | re.I)
MAIL_RECEIVER = frozenset({"to", "cc", "bcc", "kepada", "subject", "subjek", "tembusan"})
MAIL_ONLY = frozenset(
    {
        "subject",
        "subjek",
        "message-id",
        "received",
        "return-path",
        "mime-version",
        "content-type",
        "reply-to",
        "in-reply-to",
        "delivered-to",
        "x-mailer",
        "user-agent",
        "references",
    }
)
MAIL_ADDRESS = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,200}")
DIFF_HUNK = re.compile(
    r"^(?:@@[ \t]+-\d+(?:,\d+)?[ \t]+\+\d+(?:,\d+)?[ \t]+@@|\*{3}[ \t]+\d+(?:,\d+)?[ \t]+\*{4}"
    r"|---[ \t]+\S[^\n]*\n\+\+\+[ \t]+\S|\d+(?:,\d+)?[acd]\d+(?:,\d+)?[ \t]*\n[<>][ \t]"
    r"|diff[ \t]+--git[ \t]+\S|index[ \t]+[0-9a-f]{7,40}\.\.[0-9a-f]{7,40}\b)",  # git's header (a word diff: no hunk)
    re.M,
)
WORD_DIFF = re.compile(r"\[-[^\]\n]{0,300}-\]|\{\+[^}\n]{0,300}\+\}")  # git diff --word-diff's changes
# A printed or forwarded e-mail's sender line without "From:" (Gmail's print: "Budi <budi@x.id>  1 Jan").
MAIL_FROM_LINE = re.compile(r"[ \t]*[^<>\n:@]{1,80}<[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,200}>(?:[ \t][^\n]{0,80})?$")
MARKUP = (
    (
        "a LaTeX source",
        re.compile(
            r"\\[A-Za-z]{2,40}\*?[\[{]|^[ \t]*\\(?:item|par|noindent|maketitle|newpage"
            r"|clearpage|centering|hline|tableofcontents|bigskip|medskip|smallskip|starttext|stoptext)\b",
            re.M,
        ),
    ),
    (
        "Typst markup",
        re.compile(
            r"^[ \t]*#(?:set|show|let|import|include)\b|(?:^|(?<=[\s(\[{]))#[a-z][\w-]{0,40}[(\[]"
            r"|^=+[ \t]+[^=\n]*$",  # a heading, where a command is given too
            re.M,
        ),
    ),
    (
        "troff markup (a man page)",
        re.compile(
            r"^\.(?:TH|SH|SS|PP|LP|IP|TP|HP|RS|RE|BI|BR|IB|IR|RB|RI|SM|SB|B|I|P|br|sp|nf|fi|ft|ps|vs|ce|in|ti|ll|ad"
            r"|na|ne|bp|de|ds|nr|so|tl|EX|EE|UR|UE|MT|ME|Dd|Dt|Os|Nm|Nd|Sh|Ss|Pp|Bl|El|It|Fl|Ar|Op|Xr|Em|Sy|Pa"
            r"|Ql|Dl|Bd|Ed|Ns|An|Lk)(?=[ \t]|$)|^\.\\\"|\\f[BIRP1-4]|\\f\([A-Z]{2}|\\\([a-z]{2}",
            re.M,
        ),
    ),
    (
        "reStructuredText markup",
        re.compile(
            r"^[ \t]*\.\.[ \t]+(?:[\w-]{1,40}::|_[^:\n]{1,300}:|\[[^\]\n]{1,40}\])|`[^`\n]{1,300}<[^<>`\n]{1,2000}>`__?"
            r"|:(?:ref|doc|term|math|code|class|func|meth|mod|abbr|sup|sub):`",
            re.M,
        ),
    ),
    (
        "Org-mode markup",
        re.compile(
            r"^[ \t]*#\+[A-Za-z_]{2,40}(?::|[ \t]|$)|^[ \t]*:[A-Za-z_]{2,40}:[ \t]*$"
            r"|\[\[[^\[\]\n]{1,2000}\]\[[^\[\]\n]{1,300}\]\]|<\d{4}-\d{2}-\d{2} [A-Za-z]{2,3}\.?(?: \d{1,2}:\d{2})?>",
            re.M,
        ),
    ),
)
MARKUP += (
    (
        "AsciiDoc markup",
        re.compile(
            r"^:!?[\w-]{1,40}!?:(?:[ \t][^\n]*)?$|^\[(?:NOTE|TIP|WARNING|IMPORTANT|CAUTION|source|quote|verse|listing"
            r"|literal|example|sidebar|abstract|partintro|appendix|glossary|bibliography|index|preface|colophon"
            r"|cols=|options=|\.|#)[^\]\n]{0,200}\]$|\b(?:image|include|link|xref|footnote|kbd|btn|menu)::?[^\s\[]{0,300}\[",
            re.M,
        ),
    ),
    (
        "MediaWiki markup (a wiki page's source)",
        re.compile(
            r"^\{\{[^{}\n|]{1,100}|\{\{[^{}\n|]{1,100}\}\}|\[\[[^\[\]\n|]{1,300}(?:\|[^\[\]\n]{0,300})?\]\]"
            r"|'{3}[^'\n]{1,300}'{3}|^={2,6}[^=\n]{1,300}={2,6}[ \t]*$|<ref[ >/]",
            re.M,
        ),
    ),
    (
        "BBCode markup (a forum post's source)",
        re.compile(
            r"\[/(?:b|i|u|s|url|img|quote|list|color|size|font|code|center|left|right|spoiler|table|tr|td|email)\]"
            r"|^[ \t]*\[\*\]",
            re.M | re.I,
        ),
    ),
    (
        "Textile markup",
        re.compile(
            r"^(?:h[1-6]|p|bq|bc|pre|notextile|fn\d{1,3})"
            r"(?:\([^)\n]{0,100}\)|\{[^}\n]{0,300}\}|\[[a-z-]{2,10}\]|[<>=]{1,2})*\.\.?[ \t]"
            r'|"[^"\n]{1,300}":(?:https?://|/)\S',
            re.M,
        ),
    ),
    (
        "POD markup (Perl's documentation)",
        re.compile(r"^=(?:pod|head[1-6]|over|item|back|cut|begin|end|for|encoding)\b", re.M),
    ),
    (
        "Texinfo markup",
        re.compile(
            r"^\\input[ \t]+texinfo|^@(?:node|top|chapter|section|subsection|subsubsection|unnumbered|appendix"
            r"|setfilename|settitle|itemize|enumerate|table|end|item|bye|c|comment|example|menu|cindex|include|copying|titlepage)\b"
            r"|@(?:emph|strong|code|var|samp|file|url|uref|xref|ref|pxref|email|kbd|key|dfn|cite|acronym)\{",
            re.M,
        ),
    ),
)
MARKUP_MIN = 2
# Code and data in a script, given as the report.  A notebook saved as a script has its cells
# marked ("# %%", "# In[3]:"); JavaScript wraps its data in a call or a variable ("laporan({...});",
# "var laporan = {...};") or is code (functions, arrows, declarations, the page's objects); a
# stylesheet is rules ("p{color:#333}"); an SQL dump its statements.
NOTEBOOK_CELL = re.compile(r"^#[ \t]?%%|^# In\[[\d ]{0,6}\]:", re.M)
JS_WRAPPED = re.compile(
    r"\s*(?:(?:var|let|const)\s+[\w$.]{1,100}\s*=\s*|(?:module\.exports|export\s+default|window\.[\w$.]{1,100})\s*=?\s*"
    r"|[\w$.]{1,100}\s*\(\s*)[\[{]"
)
JS_WRAPPED_END = re.compile(r"[}\]]\s*\)?\s*;?\s*$")
JS_MARK = re.compile(
    r"\bfunction\s*[\w$]{0,40}\s*\(|\)\s*=>|\b(?:var|let|const)\s+[\w$]{1,40}\s*=|\b(?:document|window|console)\.[\w$]"
    r"|\b(?:require|import)\s*\(\s*[\"']|[;{}]\s*(?:if|for|while)\s*\(|[;{]\s*return\b"
)
# A rule's declaration block; not a YAML flow mapping ("- {term: X, type: ORG}", "compare: {meaning:
# true}"), which a list item's dash or a key's colon opens and no CSS selector ends with.
CSS_RULE = re.compile(r"(?<![-:])(?<![-:] )\{[ \t\n]*-?[a-z][\w-]{1,40}[ \t]*:[^;{}\n]{1,300}[;}]")
SQL_STATEMENT = re.compile(
    r"^[ \t]*(?:INSERT[ \t]+INTO|CREATE[ \t]+(?:TABLE|DATABASE|INDEX|VIEW)|DROP[ \t]+(?:TABLE|DATABASE)"
    r"|ALTER[ \t]+TABLE|LOCK[ \t]+TABLES|UNLOCK[ \t]+TABLES|DELETE[ \t]+FROM|UPDATE[ \t]+[`\"\w.]{1,100}[ \t]+SET"
    r"|SELECT[ \t][^\n]{0,300}\bFROM\b"
    r"|--[ \t]+(?:MySQL|MariaDB|PostgreSQL|SQLite)\b|/\*!\d{5})",
    re.M | re.I,
)
CODE_MIN = 3
# Lines only code opens so: Python's definitions, imports and main guard; a shell's loops and
# settings (an article may quote one such line, not three).
PYTHON_MARK = re.compile(
    r"^[ \t]*(?:def[ \t]+\w{1,60}[ \t]*\(|class[ \t]+\w{1,60}[ \t]*[(:]|(?:from[ \t]+[\w.]{1,60}[ \t]+)?import[ \t]+\w"
    r"|if[ \t]+__name__[ \t]*==|return\b|elif[ \t]|except\b[^\n]{0,60}:$|with[ \t][^\n]{1,100}:$)",
    re.M,
)
SHEBANG = re.compile(r"\s*#!/")
SHELL_MARK = re.compile(
    r"^[ \t]*(?:set[ \t]+-[euxo]|export[ \t]+\w{1,60}=|for[ \t]+\w{1,40}[ \t]+in[ \t][^\n]{0,200};[ \t]*do\b"
    r"|done\b|fi\b|if[ \t]+\[|echo[ \t]+[\"'$]|\w{1,40}=\$\()",
    re.M,
)
XML_TAG = re.compile(r"</?[A-Za-z][\w.-]*:[A-Za-z][\w.-]*[\s/>]")  # a namespaced tag: "<w:p>" of Word's XML
# Every pattern runs in time linear in the report's length: spans are bounded (300 characters for
# a link's words or an emphasis, 2,000 for an address) and no line is scanned from two ends, so a
# report pasted as one 1 MB line reads in a fraction of a second (it took 6 minutes).  A link's
# address may hold brackets of its own (a page named "..._(disambiguation)"); each step of it is a
# bracketed part or one other character, so no text is tried twice.
_LINK_TARGET = r"(?:<[^<>\n]{0,2000}>|(?:[^()\s\[\]]|\([^()\s]{0,200}\)){0,2000})"
# and a title after it, in double or single quotes or in brackets
_LINK_TITLE = r"(?:\s+(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'|\([^()\n]{0,300}\)))?"
# A link's or an image's words, with brackets of their own ("[transformasi [strategi] diplomasi]").
_LINK_TEXT = r"(?:[^\[\]\n]|\[[^\[\]\n]{0,60}\]){0,300}"
# a header of metadata (Jekyll, Hugo, Obsidian): "---", lines of "key: value" or "- item", "---"
FRONT_MATTER = re.compile(
    r"\A\ufeff?[ \t]*---[ \t]*\n(?:[ \t]*(?:[\w-]+[ \t]*:|-[ \t])[^\n]*\n|[ \t]*\n){1,60}?---[ \t]*(?:\n|\Z)"
)
MARKDOWN = (
    (FRONT_MATTER, ""),
    (re.compile(r"<!--.*?-->", re.S), ""),  # a comment
    # a fenced block of code, whole (its lines are no sentences of the article); a fence left open: its line
    (re.compile(r"^[ \t]*(```|~~~)[^\n]*\n.{0,20000}?^[ \t]*\1[ \t]*$", re.M | re.S), ""),
    (  # a table, with or without outer pipes: its header, its rule and its rows
        re.compile(
            r"^(?=[^\n]*\|)[^\n]*\n[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$"
            r"(?:\n(?=[^\n]*\|)[^\n]*$)*",
            re.M,
        ),
        "",
    ),
    (re.compile(rf"!\[{_LINK_TEXT}\]\({_LINK_TARGET}{_LINK_TITLE}\)"), ""),  # an image
    (re.compile(r"!\[[^\]\n]{0,300}\]\[[^\]\n]{0,300}\]"), ""),  # an image by reference
    (re.compile(rf"\[({_LINK_TEXT})\]\({_LINK_TARGET}{_LINK_TITLE}\)"), r"\1"),  # a link: its words
    (re.compile(r"^[ \t]*\[[^\]\n]{1,300}\]:[ \t]*\S[^\n]*$", re.M), ""),  # a reference's target, a footnote's text
    (re.compile(r"\[([^\]\n]{1,300})\]\[[^\]\n]{0,300}\]"), r"\1"),  # a reference link: its words
    (re.compile(r"<(?:https?|mailto):[^>\s]+>|<[^<>\s@]+@[^<>\s@]+\.[A-Za-z]{2,}>"), ""),  # an autolink: no words
    (re.compile(r"\^?\[\^[^\]\n]{0,300}\]|\^\[[^\]\n]{0,300}\]"), ""),  # a footnote mark, an inline footnote
    (re.compile(r"~~(?=\S)(.{1,300}?)(?<=\S)~~"), ""),  # struck out: not said by the report
    (re.compile(r"^([ \t]*(?:[-*+]|\d+[.)])[ \t]+)\[[ xX]\][ \t]+", re.M), r"\1"),  # a task box
    # Strong and emphasis; an escaped mark ("\\*") is none.
    (re.compile(r"(?<!\\)(\*\*|__)(?=\S)(.{1,300}?)(?<=[^\s\\])\1"), r"\2"),
    (re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]+?)(?<=[^\s\\])\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w\\])_(?=\S)([^_\n]+?)(?<=[^\s\\])_(?!\w)"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # inline code
    (re.compile(r"^[ \t]*(?:```|~~~).*$", re.M), ""),  # a code fence
    (re.compile(r"^[ \t]*#{1,6}[ \t]+(.*?)[ \t#]*$", re.M), r"\1"),  # a heading: kept, a title line
    (re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M), ""),  # a quote's marks
    (re.compile(r"\\$", re.M), ""),  # a line break written as a backslash at the line's end
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])"), r"\1"),  # an escaped mark: the character itself
    (re.compile(r"^[ \t]*(?:([-*_])(?:[ \t]*\1){2,}|=+)[ \t]*$", re.M), ""),  # a rule; "===" underlining no paragraph
    # HTML a Markdown article may hold (an image, a centred block; a page is refused before): its
    # tags go, its entities are their characters
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>\n]{0,500})?/?>"), ""),
    (re.compile(r"&(?:[A-Za-z]{2,8}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});"), lambda entity: html.unescape(entity.group())),
)

# Text copied from a PDF breaks words at line ends ("Imple-\nmentasi"): a word goes on when the next
# line opens with a small letter, whole or with its hyphen as points.rejoined_word tells (told the
# other parts of a compound too: "people-to-" / "people").  The line still ends after the word, so
# that the lines keep their lengths for telling a page's cut from a paragraph's end (points.py).
LINE_END_HYPHEN = re.compile(
    r"((?:[^\W\d_]{1,100}-){0,5}[^\W\d_]{1,100})-[ \t]*\n[ \t]*([^\W\d_]{1,100}(?:-[^\W\d_]{1,100}){0,5})([ \t]+)?"
)


def _rejoin_word(match: re.Match) -> str:
    """A word broken at a line's end, whole (LINE_END_HYPHEN); a capital after the hyphen opens a
    word of its own ("Jawa-" / "Bali")."""
    from pipeline.text.points import rejoined_word

    left, right, space = match.groups()
    if not right[0].islower():
        return match.group()
    return rejoined_word(left, right) + ("\n" if space else "")


def _data_kind(lines: list[str]) -> str | None:
    """What kind of data file a report's lines are, if most of them are records, not prose: JSON
    lines, keys with values (YAML, TOML, INI; a day's config, its comments and all), or rows of a
    table (CSV, TSV)."""
    if len(lines) < DATA_MIN_LINES:
        return None
    most = DATA_SHARE * len(lines)
    if sum(line.strip().startswith("{") and line.strip().endswith("}") for line in lines) >= most:
        return "JSON lines data"
    matches = [(line, KEY_VALUE.match(line)) for line in lines]
    labels = Counter(m.group().rstrip(": \t") for line, m in matches if m and m.group().rstrip().endswith(":"))
    keys = sum(
        bool(m)
        and not (
            labels[m.group().rstrip(": \t")] >= 2 and m.group().rstrip().endswith(":") and PROSE.match(line, m.end())
        )
        for line, m in matches
    )
    items = sum(bool(YAML_ITEM.match(line) or YAML_MARKER.match(line) or DATA_COMMENT.match(line)) for line in lines)
    if keys >= most or (keys >= 2 and keys + items == len(lines)):
        return "configuration data (YAML, TOML or INI keys and values)"
    for delimiter in (",", "\t", ";"):
        # an entity's closing ';' (`&nbsp;`, `&amp;`, escaped again `&amp;nbsp;`) parts no columns: a text
        # with a few in every line was 'a table (CSV or TSV rows)'; it is HTML's text, refused as that below
        cells = [ESCAPED_ENTITY.sub("", line) for line in lines] if delimiter == ";" else lines
        try:
            table = list(csv.reader(cells, delimiter=delimiter))
        except csv.Error:  # a quote opened and never closed joins the lines after it into one field
            continue
        width, rows = Counter(len(row) for row in table).most_common(1)[0]
        numbered = delimiter == "," and sum(len(row) >= 2 and row[0].strip().isdigit() for row in table)
        # three columns or more; or two, the first a row number ("0,\"Diplomasi digital ...\""; a list
        # written "1<tab>..." is still a list)
        # a report with a table pasted in (a schedule from a Word file) still has its prose around it
        prose = sum(len(row) < width and _is_prose(line) for row, line in zip(table, lines, strict=False))
        if ((width >= DATA_MIN_COLUMNS and rows >= most) or numbered >= most) and prose < DATA_PROSE_LINES:
            return "a table (CSV or TSV rows)"
    return None


def _is_prose(line: str) -> bool:
    """A line that reads as a sentence: words, a sentence's end ("Seluruh sesi berlangsung di Aula.")."""
    return line.rstrip().endswith((".", "!", "?")) and len(line.split()) >= PROSE_MIN_WORDS


def _is_name(name: str) -> bool:
    """Whether words before a stamp or a colon name someone: capitalised words ("Dr. Ayu
    Larasati, S.Sos.", "Speaker 1"), or one user name ("budi_s", "budi#1234"); not a sentence's
    words ("Acara dimulai pukul")."""
    words = name.strip("[]() ,").split()
    if len(words) == 1 and re.search(r"[._#@\d]", words[0]):
        return True
    return bool(words) and all(word[0].isupper() or word[0].isdigit() for word in words) and words[0][0].isupper()


class Stamp(NamedTuple):
    """A line's stamp (see STAMP): its text, whether it is precise (see TIMED_SHARE), to the
    second, dated, and what the line is: "turn" where it opens a turn or a message (a name, a
    sender before a colon, or nothing else on the line), "log" where a log's level or process
    follows, "line" where other text does."""

    text: str
    precise: bool
    to_the_second: bool
    dated: bool
    role: str


def _stamp(line: str) -> Stamp | None:
    """The stamp of a line of a transcript, a chat or a log (see STAMP); None for a line without
    one, and for an agenda's range ("09:00 - 09:15")."""
    if not TIME_HINT.search(line):
        return None
    match = STAMPED_LINE.match(line)
    named = logged = None
    if match is None and len(line) <= 120:
        named = NAMED_STAMP.match(line)
        if named and not _is_name(named.group("name")):
            named = None
    if match is None and named is None:
        logged = LOGGED_STAMP.match(line)  # a log's line that opens with an address or a number
        if logged is None or logged.group("date") is None or not logged.group("day_seconds"):
            return None
    match = match or named or logged
    rest = line[match.end() :]
    dated = match.group("date") is not None
    to_the_second = bool(match.group("seconds") or match.group("day_seconds") or match.group("fraction"))
    minutes = int(match.group("minutes") or match.group("day_minutes"))
    precise = to_the_second or minutes % 5 != 0 or (not dated and int(match.group("hours")) == 0)
    if TIME_RANGE.match(rest) and not precise:
        return None
    text = line[match.start("date" if dated else "hours") : match.end()].strip()
    if not (dated or to_the_second or named or int(match.group("hours")) == 0):
        entry = TIMELINE_ENTRY.match(rest)
        sender = entry and SENDER.match(rest, entry.start("words"))  # "09:15 - Budi: ..." is a chat's
        if (
            entry
            and (ZONED.search(text) or DASHED.match(rest))
            and not (sender and _is_name(sender.group("name") or "_"))
            and len(entry.group("words")) > 20
        ):
            return None  # a live report's or a timeline's entry: a time and a sentence
    if named and rest.strip() and not re.match(r"[ \t]*:(?:[ \t]*\S|[ \t]*$)", rest):
        return None  # words, a stamp and more words: a sentence that gives a time
    if logged or (not named and match.group("level")) or LOG_MARK.match(rest):
        return Stamp(text, precise, to_the_second, dated, "log")
    alone = NAME_ONLY.fullmatch(rest)
    sender = SENDER.match(rest)
    tabbed = TAB_SENDER.match(rest)
    opens_a_turn = (
        named is not None
        or (tabbed is not None and _is_name(tabbed.group("name")))
        or not rest.strip()
        or (alone is not None and _is_name(alone.group("name")))
        or (sender is not None and len((sender.group("name") or "").split()) <= 6)
    )
    return Stamp(text, precise, to_the_second, dated, "turn" if opens_a_turn else "line")


def timed_kind(text: str, written: list[str]) -> str | None:
    """What kind of timed text a report is, if it is one: subtitles or a transcript (what was
    said, with its times), a chat export or a log.  See TIMED_SHARE for how its lines are told."""
    if text.lstrip().upper().startswith("WEBVTT") or SUBTITLE_CUE.search(text) or SUBSTATION.search(text):
        return TRANSCRIPT
    if 2 * sum(bool(SPEECH_TIMING_LINE.match(line)) for line in written) >= len(written):
        return SPEECH_TIMING  # an RTTM's "<NA>" fields had read as HTML tags, an STM or a CTM as an article
    stamps = [stamp for stamp in map(_stamp, written) if stamp is not None]
    ends = [m for m in (END_STAMP.search(line[-24:]) for line in written) if m]
    ends_precise = sum(
        bool(m.group("hours") or m.group("fraction"))
        or int(m.group("seconds")) % 5 != 0
        or int(m.group("minutes")) == 0
        for m in ends
    )
    if len(ends) >= TIMED_MIN_LINES and len(ends) >= TIMED_SHARE * len(written) and 2 * ends_precise >= len(ends):
        return TRANSCRIPT  # what was said, each line with its time at its end
    texts = [""] + [stamp.text for stamp in stamps]
    precise = sum(stamp.precise or stamp.text == last for stamp, last in zip(stamps, texts, strict=False))
    to_the_second = sum(stamp.to_the_second for stamp in stamps)
    turns = sum(stamp.role == "turn" for stamp in stamps)
    lines = len(written)
    if not (
        (to_the_second >= 2 and to_the_second >= TIMED_SHARE * lines)
        or (
            len(stamps) >= TIMED_MIN_LINES
            and 2 * precise >= len(stamps)
            and (len(stamps) >= TIMED_SHARE * lines or turns >= TURN_SHARE * lines)
        )
        or (  # a meeting's transcript: speakers' lines, and a stamp on a line of its own now and then
            any(stamp.to_the_second and stamp.role == "turn" for stamp in stamps)
            and 2 * sum(bool(m) and _is_name(m.group("name")) for m in map(SPEAKER_LINE.match, written)) >= lines
        )
    ):
        return None
    if 2 * sum(stamp.role == "log" for stamp in stamps) >= len(stamps):
        return LOG
    days = any(len(line) <= 60 and DAY_LINE.fullmatch(line) for line in written)  # dated by a day's line
    dated = [stamp.role for stamp in stamps if stamp.dated or days]
    if 2 * len(dated) >= len(stamps):
        return CHAT if 2 * dated.count("turn") >= len(dated) else LOG
    return TRANSCRIPT


def _markup_kind(text: str, written: list[str]) -> str | None:
    """What kind of file other than an article's text a report is, if its marks say so: RTF, a
    calendar or contact card, an e-mail, a diff, or markup (see MARKUP)."""
    if RTF_BODY.match(text) or len(RTF_PARAGRAPH.findall(text)) >= 2:
        return "an RTF document"
    begin = RECORD_BEGIN.search(text)
    if begin and (begin.group(1).upper().startswith("V") or RECORD_END.search(text)):
        record = begin.group(1).upper()
        if record == "VCARD":
            return "a vCard file (contacts)"
        return "an iCalendar file (calendar events)" if record in CALENDAR_RECORDS else f"a {record} record file"
    names: set[str] = set()
    addressed = False
    printed = [bool(len(line) <= 400 and MAIL_FROM_LINE.match(line)) for line in written]
    for line, sender in (
        zip(written + [""], printed + [False], strict=True) if MAIL_SENDER_LINE.search(text) or any(printed) else []
    ):
        header = MAIL_HEADER.match(line)
        if header or sender or (names and line[:1] in (" ", "\t")):  # a header, or one folded onto this line
            names.update([header.group("name").lower()] if header else ["from"] if sender else [])
            addressed = addressed or bool(MAIL_ADDRESS.search(line))
            continue
        if names & MAIL_SENDER and names & MAIL_RECEIVER and (names & MAIL_ONLY or (addressed and "from" in names)):
            return "an e-mail message (From:, To:, Subject: headers)"
        names, addressed = set(), False
    if DIFF_HUNK.search(text) or len(WORD_DIFF.findall(text)) >= 2:
        return "a diff or patch (changes marked with + and -)"
    for kind, pattern in MARKUP:
        marks = pattern.findall(text)
        if len(marks) >= MARKUP_MIN and (kind != "Typst markup" or any(not mark.startswith("=") for mark in marks)):
            return kind
    return None


def _code_kind(text: str) -> str | None:
    """What kind of code a report is, if it is code or data in a script (see NOTEBOOK_CELL)."""
    if len(NOTEBOOK_CELL.findall(text)) >= 2:
        return "a notebook saved as a script (cells marked '# %%')"
    if (JS_WRAPPED.match(text) and JS_WRAPPED_END.search(text[-200:])) or len(JS_MARK.findall(text)) >= CODE_MIN:
        return "JavaScript code"
    if len(CSS_RULE.findall(text)) >= 2:
        return "a CSS stylesheet"
    if len(SQL_STATEMENT.findall(text)) >= 2:
        return "an SQL dump or script"
    if len(PYTHON_MARK.findall(text)) >= CODE_MIN:
        return "Python code"
    if SHEBANG.match(text) or len(SHELL_MARK.findall(text)) >= CODE_MIN:
        return "a shell script"
    return None


JSON_COMMENTS = re.compile(r"(?:\s*(?://[^\n]*|/\*.*?\*/))*", re.S)


def _is_json(text: str) -> bool:
    stripped = text[JSON_COMMENTS.match(text).end() :].strip().rstrip(",").rstrip()  # after comments ("// ...")
    if stripped[:1] == '"' and stripped[-1:] == '"' and "\\n" in stripped:  # a whole article as one JSON string
        with contextlib.suppress(ValueError, RecursionError):
            return isinstance(json.loads(stripped), str)
    if stripped[:1] not in ("{", "["):
        return False
    if stripped[-1:] in ("}", "]") and stripped[:1] == "{":  # JSON5, a trailing comma: still data
        return True
    try:
        json.loads(stripped)
    except RecursionError:  # nested deeper than Python reads: data all the same
        return True
    except ValueError:
        return False
    return True


# A run of characters without a space longer than any word or link of an article (1,000): a base64 blob,
# minified code or a number pasted whole (a point made of it would pass every text limit).
LONG_RUN = re.compile(r"(?<!\S)\S{1000,}")


ZERO_WIDTH_SPACES = re.compile("[\u200b\u2060\u180e]")
LOOK_ALIKE_LETTERS = re.compile("[\u0370-\u03ff\u0400-\u04ff]")  # Greek and Cyrillic


def _mixed_script_word(text: str) -> tuple[str, int] | None:
    """The first word that mixes Latin letters with Greek or Cyrillic ones ("diplomаsi" with a
    Cyrillic "а"), and its line: pasted text that looks right and matches nothing."""
    for number, line in enumerate(text.splitlines(), start=1):
        for word in line.split():
            try:
                _one_script_per_word(word)
            except ValueError:
                return word, number
    return None


OVER_THE_LIMIT = (
    f"report is over {MAX_REPORT_CHARS:,} characters (the text analysis limit); split it or keep the day's part"
)


# A PDF's ligatures as one character each ("deﬁnisi"): shown so in the points and matched only
# once folded; their letters are what the report says.
LIGATURES = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
# UTF-8 text once decoded as Windows-1252 or Latin-1 and saved again ("â€œ" for “, "Ã¯" for ï): the
# lead byte of a two- or three-byte letter, read as Â, Ã, Ä, Å or â, then its continuation bytes as
# those code pages write them.  Such a report's words with accents or quotes would not match the
# talk's.  Three such characters are no text; two are, in Portuguese or Norwegian ("IRMÃ”", "«Â»",
# "Desa “Å”"), unless inside a word ("AljazaÃ¯r") or found twice.
_CONTINUATION = re.escape(bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore")) + "\u0080-\u009f"
MOJIBAKE = re.compile(f"\u00e2[{_CONTINUATION}]{{2}}|(?P<pair>[\u00c2-\u00c5][{_CONTINUATION}])")
IN_WORD = re.compile(r"[^\W\d_]")


def _garbled(text: str) -> str | None:
    """The first characters of UTF-8 decoded twice in the text (MOJIBAKE), if it has them."""
    found = list(itertools.islice(MOJIBAKE.finditer(text), 2))
    for match in found:
        around = text[max(match.start() - 1, 0) : match.start()] + text[match.end() : match.end() + 1]
        if not match["pair"] or len(found) > 1 or len(IN_WORD.findall(around)) == 2:
            return match.group()
    return None


def _undecoded(garbled: str) -> str:
    """What characters decoded twice were: their bytes as Windows-1252 (or Latin-1) wrote them, as UTF-8."""
    data = b"".join(c.encode("cp1252") if ord(c) > 0xFF else bytes([ord(c)]) for c in garbled)
    return data.decode("utf-8", errors="replace")


def _decoded_twice(text: str) -> str | None:
    """Where a text holds UTF-8 decoded twice and what it was, for a report's or a config's error line."""
    garbled = _garbled(text)
    if garbled is None:
        return None
    line = text.count("\n", 0, text.find(garbled)) + 1
    return (
        f"{quoted(garbled)} on line {line}, UTF-8 text once read as Windows-1252 or Latin-1 "
        f"(for {quoted(_undecoded(garbled))})"
    )


def read_report(config: DayConfig, furniture: list[str] | None = None) -> str | None:
    """The written report's text, as plain text: every kind of line break (CR alone, U+2028, a
    page break) made a newline, and invisible format characters (zero-width spaces, a byte-order
    mark, bidi controls, soft hyphens) taken out, as they come with text copied from the web and
    would split or hide words; words broken at a line's end joined, a news page's furniture (tags,
    credits, "Baca juga": pipeline.text.furniture) taken out, and added to `furniture`.  An empty,
    non-UTF-8 or HTML file is an error naming it."""
    path = config.report_path
    if path is None:
        return None
    field = f"field 'report' of {config.config_path}"
    with config.open_local("report") as handle:
        data = handle.read(4 * MAX_REPORT_CHARS + 1)  # UTF-8 takes at most 4 bytes a character
    kind = file_kind(data)
    if kind:
        raise ConfigError(f"{path}: report is {kind}, not plain text; save the article's text alone ({field})")
    if len(data) > 4 * MAX_REPORT_CHARS:  # more bytes than any text of the limit (and the read may cut a letter)
        raise ConfigError(f"{path}: {OVER_THE_LIMIT}")
    try:
        text = utf8_text(data, "report")
    except ValueError as exc:
        raise ConfigError(f"{path}: {exc} ({field})") from None
    odd = NONCHARACTER.search(text)
    if odd is not None:
        line = text.count("\n", 0, odd.start()) + 1
        raise ConfigError(
            f"{path}: report holds U+{ord(odd.group()):04X} on line {line}, a code point that is no character; "
            f"it is not plain text ({field})"
        )
    if garbled := _decoded_twice(text):  # before the control characters, which Latin-1 makes of it
        raise ConfigError(f"{path}: report holds {garbled}; save the text again from its source ({field})")
    control = REPORT_CONTROL.search(text)
    if control is not None:
        line = text.count("\n", 0, control.start()) + 1
        raise ConfigError(
            f"{path}: report holds the control character {control.group()!r} on line {line}; it is "
            f"not plain text ({field})"
        )
    if len(text) > MAX_REPORT_CHARS:
        raise ConfigError(f"{path}: {OVER_THE_LIMIT}")
    if (lost := text.find("\ufffd")) >= 0:
        raise ConfigError(
            f"{path}: report holds U+FFFD on line {text.count(chr(10), 0, lost) + 1}, the mark of a character "
            f"lost in decoding: its words would be matched in pieces; save the text again from its source ({field})"
        )
    text = unicodedata.normalize("NFC", text)  # "Aljazaïr" typed with a combining mark is the same name
    text = text.translate(LIGATURES)
    # a line whose words only a zero-width space parts is read with spaces, not run together
    lines = "\n".join(ZERO_WIDTH_SPACES.sub(" ", line) if " " not in line else line for line in text.splitlines())
    text = "".join(
        c
        for before, c in zip((" " + lines)[: len(lines)], lines, strict=True)
        if (unicodedata.category(c) != "Cf" or (c in JOINERS and not before.isascii()))
        and not (c in "\ufe0e\ufe0f" and before.isascii())  # an emoji's style asked of a letter ("a\ufe0f")
    )
    if LOOK_ALIKE_LETTERS.search(text) and (mixed := _mixed_script_word(text)):
        word, line = mixed
        raise ConfigError(
            f"{path}: report word {quoted(word)} on line {line} mixes Latin letters with look-alikes of another "
            f"script; it could not be matched: type it again ({field})"
        )
    if not text.strip():
        raise ConfigError(f"{path}: report file is empty ({field})")
    written = [line for line in text.splitlines() if line.strip()]
    timed = timed_kind(text, written)
    if timed:
        raise ConfigError(f"{path}: report is {timed}, not the written report ({field})")
    markup = _markup_kind(text, written)
    if markup:
        raise ConfigError(f"{path}: report is {markup}, not plain text; save the article's text alone ({field})")
    code = _code_kind(text)
    if code:
        raise ConfigError(f"{path}: report is {code}, not the article's text ({field})")
    notebook = '"nbformat"' in text and '"cells"' in text
    data = ("a Jupyter notebook (JSON)" if notebook else "JSON data") if _is_json(text) else _data_kind(written)
    if data:
        raise ConfigError(f"{path}: report is {data}, not the article's text ({field})")
    tags = len(HTML_TAG.findall(text)) + len(XML_TAG.findall(text))
    if HTML_START.match(text) or tags >= max(HTML_TAGS_MIN, len(text.split()) / HTML_WORDS_PER_TAG):
        raise ConfigError(f"{path}: report is an HTML page, not plain text; save the article's text alone ({field})")
    letters = sum(c.isalpha() for c in text)
    if len(UNSPACED_SCRIPT.findall(text)) > letters / 2:
        raise ConfigError(
            f"{path}: report is written in a script without spaces between words (Chinese, Japanese, "
            f"Thai, ...); the comparison matches words and cannot read it ({field})"
        )
    if blob := LONG_RUN.search(text):
        line = text.count("\n", 0, blob.start()) + 1
        raise ConfigError(
            f"{path}: report holds {len(blob.group()):,} characters without a space on line {line} (data or an "
            f"encoded file pasted in?), not the text of an article ({field})"
        )
    from pipeline.text.points import ReportText

    marks = HEADING_MARK not in text  # (a report holding the character itself has its headings read as text)
    text = _setext_as_atx(text)
    text = _shortcut_links(_marked_headings(text) if marks else text)
    for pattern, replacement in MARKDOWN:
        text = pattern.sub(replacement, text)
    marked = (line for line in text.split("\n") if marks and HEADING_MARK in line)
    headings = frozenset(line.replace(HEADING_MARK, "").strip() for line in marked)
    if headings:
        text = text.replace(HEADING_MARK, "")
    text = without_furniture(LINE_END_HYPHEN.sub(_rejoin_word, text), furniture)
    return ReportText(text, headings) if headings else text


# A Markdown heading ("## Poin 7: Melalui penggunaan media sosial") and what is no paragraph under
# one: another heading, a setext heading's underline or a rule.
ATX_HEADING = re.compile(r"^([ \t]*#{1,6}[ \t]+)(?=\S)")
UNDERLINE = re.compile(r"^[ \t]*(?:=+|-+|(?:[-*_][ \t]*){3,})[ \t]*$")
HEADING_MARK = "\ue000"  # a private-use character: a heading's text, from the # marks to read_report's end


def _marked_headings(text: str) -> str:
    """The text with HEADING_MARK after the # marks of each heading that has a paragraph of its own
    under it, or a deeper one ("# Laporan" over "## Poin 1"): its line is a title over that text
    (ReportText.headings), not a point.  A heading with neither (the next line a heading of its
    level or above, or the end: a report of one heading a point) stays a line of text, and so does
    one ending in ':' (a list's lead-in).  Setext headings are ATX ones by now (_setext_as_atx)."""
    if "#" not in text:
        return text
    lines = text.split("\n")
    below: list[int | None] = [None] * len(lines)  # the next line with text, under each line
    following = None
    for k in range(len(lines) - 1, -1, -1):
        below[k] = following
        if lines[k].strip():
            following = k

    def level(k: int) -> int:
        """A heading's level (1 for "#", 6 for "######"); 0 for a line of text."""
        mark = ATX_HEADING.match(lines[k])
        return mark[1].count("#") if mark else 0

    for k, line in enumerate(lines):
        body = below[k]
        if (
            ATX_HEADING.match(line)
            and not line.rstrip(" \t#").endswith(":")
            and body is not None
            and not UNDERLINE.match(lines[body])
            and (not level(body) or level(body) > level(k))  # a paragraph, or a section's heading under a title
        ):
            lines[k] = ATX_HEADING.sub(lambda mark: mark[1] + HEADING_MARK, line)
    return "\n".join(lines)


# Setext headings (CommonMark): a paragraph's lines with a line of "=" (level 1) or "-" (level 2)
# directly under them; a "---" after a blank line, a list item, a quote or a table's row is a rule.
SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:(=+)|-+)[ \t]*$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# Lines that open no paragraph, and those after which no line is one until a blank line (a list
# item's, a quote's or a table's go on in them)
ENDS_PARAGRAPH = re.compile(r"^[ \t]*(?:#{1,6}(?:[ \t]|$)|(?:[-*_][ \t]*){3,}$)")
HOLDS_NO_PARAGRAPH = re.compile(r"^[ \t]*(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>)|^[ \t]*\|?[ \t]*:?-+:?[ \t]*\|")


def _setext_as_atx(text: str) -> str:
    """The text with each setext heading ("Poin 7: Melalui penggunaan media sosial" over a line of
    "---") written as the ATX heading it is ("## Poin 7: ..."), its lines joined: read as ATX ones
    are, a title over its paragraph or a point of its own, where its text had been dropped with the
    underline.  A metadata header and fenced code are left as they are (MARKDOWN drops them)."""
    header = FRONT_MATTER.match(text)
    lines = text[header.end() if header else 0 :].split("\n")
    paragraph: list[int] | None = []  # the lines of the paragraph so far; None in a list, quote or table
    taken: set[int] = set()  # a heading's underline and its paragraph's later lines, now in its line
    fence = None
    for k, line in enumerate(lines):
        if fence:
            fence = None if line.strip().startswith(fence) else fence
            continue
        if opened := FENCE.match(line):
            fence, paragraph = opened[1], []
            continue
        underline = SETEXT_UNDERLINE.match(line)
        if underline and paragraph:
            lines[paragraph[0]] = ("# " if underline[1] else "## ") + " ".join(lines[i].strip() for i in paragraph)
            taken.update([*paragraph[1:], k])
            paragraph = []
        elif not line.strip() or ENDS_PARAGRAPH.match(line) or underline:
            paragraph = []
        elif HOLDS_NO_PARAGRAPH.match(line):
            paragraph = None
        elif paragraph is not None:
            paragraph.append(k)
    read = "\n".join(line for k, line in enumerate(lines) if k not in taken)
    return text[: header.end()] + read if header else read


REFERENCE_TARGET = re.compile(r"^[ \t]{0,3}\[([^\]\n^]{1,300})\]:[ \t]*\S", re.M)
SHORTCUT_LINK = re.compile(r"(?<![\]!\\])\[([^\[\]\n]{1,300})\](?:\[\])?(?![(\[:])")


def _shortcut_links(text: str) -> str:
    """Markdown's shortcut references ("[Instagram]" with "[instagram]: https://..." below): their
    words; a bracketed word no reference names stays as written."""
    named = {label.casefold() for label in REFERENCE_TARGET.findall(text)}
    if not named:
        return text
    return SHORTCUT_LINK.sub(lambda link: link[1] if link[1].casefold() in named else link[0], text)


def _check_device(config: DayConfig) -> None:
    """The configured device exists here and computes in the configured type (a model that
    cannot load for these reasons is not a broken model)."""
    import ctranslate2

    options = config.transcribe
    if options.device == "auto":
        return
    try:
        supported = ctranslate2.get_supported_compute_types(options.device)
    except (RuntimeError, ValueError) as exc:
        raise ConfigError(
            f"{config.config_path}: field 'transcribe.device': no usable {options.device} "
            f"device on this machine ({str(exc).splitlines()[0]})"
        ) from None
    if options.compute_type not in supported:
        raise ConfigError(
            f"{config.config_path}: field 'transcribe.compute_type': {options.compute_type} "
            f"does not run on {options.device} here (it runs {', '.join(sorted(supported))})"
        )


@cache
def whisper_languages() -> frozenset[str]:
    """The language codes Whisper transcribes (faster-whisper gives them no public name)."""
    return frozenset(module_literal("faster_whisper", "tokenizer", "_LANGUAGE_CODES"))


def check_not_another_day(config: DayConfig, paths: DayPaths) -> None:
    """Refuse a config whose id is that of a day made from another config file and another
    recording (a config copied for a new day, its id left as it was): its download would replace
    that day's audio, and the stages after it the rest of the day.  The same config given a new
    source, or the same recording (its address, or its file's sha256) under a renamed config,
    makes the day anew as before."""
    made_by = _made_by(paths)
    if made_by is None or made_by == config.config_path.name:
        return
    try:
        kept = json.loads(read_record(paths.source))
        recorded, media = str(kept["source"]), kept["media_sha256"]
    except (OSError, ValueError, KeyError, TypeError):  # no recording kept, or none that can be read
        return
    if config.source_is_url and public_url(config.source) == recorded:
        return
    if not config.source_is_url:  # a source not found is named as such, not as a clash of ids
        with config.open_local("source") as handle, contextlib.suppress(OSError):
            if file_sha256(handle) == media:  # the same file, wherever it lies
                return
    raise PipelineError(
        f"{config.config_path}: field 'id' is '{config.id}', the id of the day in {paths.root}, made from "
        f"{made_by} of another recording ({recorded}); give this day an id of its own, or move {paths.root} "
        "away to make it anew from this config"
    )


def check_day_folder_apart(config: DayConfig, paths: DayPaths) -> None:
    """Refuse a day's folder that holds one of the day's own files (its config, recording, report or
    truth), as `--outputs` naming the configs' folder makes `configs/<id>/`, where a day keeps its
    recording: the stages write there, and a report named transcript.txt had been written over by
    the transcript (a recording named audio.wav would be by its 16 kHz copy), and `make clean`
    empties it."""
    root = paths.root.resolve()
    for field, path in ({"config": config.config_path} | config.local_paths()).items():
        if path.resolve().is_relative_to(root):
            raise PipelineError(
                f"{paths.root}: this day's folder holds its {field} file ({path.name}), which lokakarya would write "
                "beside and over; give --outputs a folder apart from the configs and recordings"
            )


def _made_by(paths: DayPaths) -> str | None:
    """The config file name the day's summary, else its last run's status, says made it."""
    for record, field in ((paths.summary, ("day", "config_file")), (paths.status, ("config_file",))):
        try:
            found = json.loads(read_record(record))
            for key in field:
                found = found[key]
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if isinstance(found, str):
            return found
    return None


# At most this many configs beside a day's are read for `_config_of_the_truth` (the bundled
# folder holds 23): a folder of thousands is not read at every validate.
SIBLING_CONFIGS_MAX = 200


def _config_of_the_truth(config: DayConfig) -> Path | None:
    """The config beside this one that names the same ground-truth file for another recording (a
    local file of another size) that lies beside the truth, where this one's does not: a config
    copied from the demo's keeps its `truth:`, which scores the new day against the demo's words
    and voices.  Read only where cheap and sure: the configs of the same folder, their `source` and
    `truth` as plain YAML, files compared by size; the recording beside the truth tells whose it is."""
    if config.truth_path is None or config.source_is_url or config.source_path.parent == config.truth_path.parent:
        return None
    size = config.source_path.stat().st_size
    siblings = sorted({*config.base_dir.glob("*.yaml"), *config.base_dir.glob("*.yml")})[:SIBLING_CONFIGS_MAX]
    for sibling in siblings:
        if sibling.resolve() == config.config_path.resolve():
            continue
        try:
            fields = yaml.safe_load(sibling.read_text(encoding="utf-8"))
            truth, source = (
                (config.base_dir / fields["truth"]).resolve(),
                (config.base_dir / fields["source"]).resolve(),
            )
            other_size = source.stat().st_size
        except (OSError, ValueError, yaml.YAMLError, KeyError, TypeError):
            continue  # not a config, or one whose files are not there: nothing sure to say
        if truth == config.truth_path and source.parent == truth.parent and other_size != size:
            return sibling
    return None


def check_inputs(config: DayConfig) -> str:
    """Check that the files a config names are there and usable, without running a model: the
    media opens and has the configured track, the report has points to compare.  Returns what
    the media says of itself, for `validate` to show.  The ground truth, when named, is read
    whole: a broken one would otherwise pass here and fail only at evaluate."""
    from pipeline.media.probe import incomplete_error, probe_media
    from pipeline.system.models import check_whisper_model
    from pipeline.text.points import split_points, too_many_points

    if config.language not in whisper_languages():
        raise ConfigError(
            f"{config.config_path}: field 'language': '{config.language}' is not a language "
            f"Whisper transcribes (e.g. id, en, ms, jw, su)"
        )
    unknown = sorted(set(config.transcribe.switch_languages) - whisper_languages())
    if unknown:
        raise ConfigError(
            f"{config.config_path}: field 'transcribe.switch_languages': '{unknown[0]}' is not a language "
            f"Whisper transcribes (e.g. en, ar, zh)"
        )
    _check_device(config)
    check_whisper_model(config.transcribe.model, f"{config.config_path}: field 'transcribe.model'")
    media, declared = "a URL, checked when downloaded", None
    if not config.source_is_url:
        with config.open_local("source") as handle:
            probe = probe_media(handle, config.source_path, config.source_track, config.source_channel)
        declared = probe.declared_seconds
        length = f", declares {probe.declared_seconds:.1f} s" if probe.declared_seconds else ""
        if probe.cut and not config.download.allow_incomplete:
            raise incomplete_error(str(config.source_path), probe.cut)
        if probe.cut:
            length += f", INCOMPLETE: {probe.cut}"
        media = f"{probe.tracks} audio track(s){length}"
    if config.truth_path is not None:
        from pipeline.truth import check_within_recording, load_truth

        with config.open_local("truth") as handle:
            truth = load_truth(config.truth_path, handle)
        if declared:  # the media states its length: a truth past it is of another recording
            check_within_recording(truth, declared, config)
        if other := _config_of_the_truth(config):
            raise ConfigError(
                f"{config.config_path}: field 'truth': {config.truth} is the ground truth of {other.name}, "
                f"whose recording is another file; leave 'truth' out (it is optional) or name this recording's own"
            )
    report = read_report(config)
    points = split_points(report) if report is not None else None
    if points == []:
        raise ConfigError(
            f"{config.report_path}: no sentences found in the report that say something to compare "
            f"(titles, numbers and greetings alone do not); field 'report' of {config.config_path}"
        )
    if points and (excess := too_many_points(points)):
        raise ConfigError(f"{config.report_path}: report of {excess} (field 'report' of {config.config_path})")
    return media
