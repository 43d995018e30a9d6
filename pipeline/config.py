"""The day config: one YAML file per workshop day, validated before any work starts."""

from __future__ import annotations

import difflib
import errno
import glob
import hashlib
import json
import os
import re
import unicodedata
from datetime import date as Date
from pathlib import Path
from typing import Annotated, BinaryIO, Literal
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

from pipeline.artifacts import (
    CONFIG_INPUTS,
    DAY_ID_PATTERN,
    READ_AS_NO_VALUE,
    READ_AS_NO_VALUE_HINT,
    SPEED_ONLY_OPTIONS,
    LanguageCode,
    PipelineError,
    day_id_refused,
)
from pipeline.media.probe import MAX_SOURCE_CHANNELS
from pipeline.records.config_yaml import (
    BACKSLASH_HINT,
    YAML_REFUSED,
    ConfigLoader,
    as_written,
    misread_value,
    tag_problem,
    unreadable_character,
    yaml_problem,
)
from pipeline.records.files import file_sha256, link_astray, name_not_held, names_held_in_ascii, open_regular, why
from pipeline.text.decoding import decoded_twice, file_kind, utf8_text
from pipeline.text.formats import BIDI_CONTROLS, BLANK_LETTERS, BLANK_SPACES, NONCHARACTER, quoted, visible
from pipeline.text.language import HOST_WORDS, normalize, person_key, person_name


class ConfigError(PipelineError):
    """A config that cannot be used; the message names the file and the field."""


# The archive's talks are Indonesian: a day's language unless its config says otherwise, and then
# the page's interface language; the page of a day in any other language is in English.
DEFAULT_LANGUAGE = "id"
OTHER_LANGUAGES_PAGE = "en"
MAX_CONFIG_BYTES = 1_000_000  # a day config is a few kB; anything this big is a mistake
# Characters that end a line or a record in the formats config text reaches (SRT, VTT, RTTM,
# CSV, the transcript): refused in one-line fields rather than escaped differently in each.
LINE_BREAKING_CATEGORIES = ("Cc", "Zl", "Zp")


# Dashes that look like the hyphen in a name ("Al-Farisi"): one name, whichever was typed.
HYPHENS = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d", "-"))


# The longest title of the series is 70 characters and a name with its titles about 60: a
# one-line field ten times longer than that is a paste gone wrong, and would fill the page.
MAX_LINE_CHARS = 1000


# Control characters a backslash in double quotes makes of a Windows path ("C:\new\table.mp4").
ESCAPED_CONTROLS = frozenset("\n\t\r\a\b\f\v\x1b\x00\x85\u2028\u2029")


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
    raise ValueError(f"write the date as YYYY-MM-DD, e.g. 2021-08-14 (got {as_written(value)})")


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
LOOK_ALIKE_LETTERS = re.compile("[\u0370-\u03ff\u0400-\u04ff]")  # Greek and Cyrillic


def one_script_per_word(value: str) -> str:
    for word in value.split():
        scripts = {unicodedata.name(c, "").split(" ")[0] for c in word if c.isalpha()}
        mixed = [script for script in LOOK_ALIKE_SCRIPTS if script in scripts]
        if len(mixed) > 1:
            raise ValueError(
                f"{word!r} mixes {' and '.join(m.title() for m in mixed)} letters (one looks like another); "
                "type the name again"
            )
    return value


Findable = Annotated[OneLine, AfterValidator(_has_a_word), AfterValidator(one_script_per_word)]


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
    # each number written equal to its default but of another type, as read before it was held as the default
    _written_otherwise: dict[str, int | float] = PrivateAttr(default_factory=dict)

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

    @model_validator(mode="after")
    def _a_written_default_is_the_default(self) -> _Strict:
        """A number written equal to its field's default is held as the default is: a float field
        whose default is an int (piece_seconds' 600) reads a written 600 as 600.0, which its stage's
        key hashed as another number than the default left out ("600.0", "600"), and the day was
        transcribed again for a config that wrote the default.  A default left out was, and is,
        keyed as the default; a record keyed on the number as written before (fifty-third round)
        stands too (DayConfig.stage_keys), so the upgrade transcribes no such day again."""
        fields = type(self).model_fields
        for name in self.model_fields_set:
            default, value = fields[name].default, getattr(self, name)
            if isinstance(default, int | float) and type(value) is not type(default) and value == default:
                self._written_otherwise[name] = value
                self.__dict__[name] = default
        return self

    def _put_back_numbers_as_written(self) -> bool:
        """Put back every number held as its default (_a_written_default_is_the_default) as it was
        read, in this model and the ones it holds; whether there was any."""
        self.__dict__.update(self._written_otherwise)
        held = [item for value in self.__dict__.values() for item in (value if isinstance(value, list) else [value])]
        put_back = [item._put_back_numbers_as_written() for item in held if isinstance(item, _Strict)]
        return bool(self._written_otherwise) or any(put_back)


EXTRA_VOICE = "Speaker {}"  # the diarize stage's name for a voice the config names no one for
MUSIC_VOICE = "Music {}"  # and for a voice that is music or singing (music.py)
# Those names and the others the pipeline gives itself, as same_name_key writes them: an extra
# voice's ("speaker 2"), music's ("music 1"), a voice's label ("speaker_01"), the whole talk's,
# RTTM's empty field.
RESERVED_NAME = re.compile(r"(speaker|music)[ _]*\d+|\(all\)|<na>")


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


class DecodingOptions(_Strict):
    """faster-whisper settings that decide the words; the defaults are the ones measured best here
    (docs/measurements.md).  transcript.json records these as its options: its findings."""

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


class TranscribeOptions(DecodingOptions):
    """The config's `transcribe` section: the decoding's settings and those of speed alone
    (artifacts.SPEED_ONLY_OPTIONS), which decide how fast the words come, not which, so that
    transcript.json records them as facts of its run, in its provenance, not among its options."""

    cpu_threads: int = Field(2, ge=0, le=MAX_THREADS)


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
    id: str = Field(pattern=DAY_ID_PATTERN)
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
    # every other key no day config reads is refused.  A config made in code lies in the folder it
    # was made in, absolute as a loaded one's: the unresolved "." had held every file outside it.
    _base_dir: Path = PrivateAttr(default_factory=Path.cwd)
    _config_path: Path = PrivateAttr(Path("."))

    @property
    def base_dir(self) -> Path:
        return self._base_dir

    @property
    def config_path(self) -> Path:
        return self._config_path

    @property
    def named(self) -> str:
        """The config as an error names it: its file, or "config 'ID' (made in code)" for one made
        in code, whose path "." had read as a file named "." (".: field 'truth' is not set")."""
        return str(self._config_path) if self.config_file else f"config '{self.id}' (made in code)"

    @property
    def config_file(self) -> Path | None:
        """The file the config was read from; None for a DayConfig made in code (a test, a caller of
        the library), whose path "." is no file: the records then name no config file and hash none
        (config_file_name, config_sha256), every stage alike."""
        return self._config_path if self._config_path != Path(".") else None

    @property
    def config_file_name(self) -> str | None:
        """The config file's name as summary.json, status.json and the tables record it (None: no file)."""
        return self.config_file.name if self.config_file else None

    def config_sha256(self) -> str | None:
        """sha256 of the config file as it is now, as the page keys and records it (None: no file)."""
        return file_sha256(self.config_file) if self.config_file else None

    @field_validator("id")
    @classmethod
    def _not_an_archive_file(cls, value: str) -> str:
        if refused := day_id_refused(value):
            raise ValueError(refused)
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
            loop = isinstance(exc, RuntimeError) or exc.errno == errno.ELOOP  # "Symlink loop from '...'"
            what = "a loop of links; mend or remove the link" if loop else why(exc)
            raise ConfigError(f"{self.named}: field '{field}': {value} cannot be followed: {what}") from None

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
        written = {field: getattr(self, field) for field in CONFIG_INPUTS}
        if self.source_is_url:
            written["source"] = None
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
                f"{self.named}: {'; '.join(outside)} {'is' if len(outside) == 1 else 'are'} outside the "
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
            written = str(getattr(self, field))
            given = self.base_dir / written
            if given.is_symlink():
                raise ConfigError(
                    f"{self.named}: field '{field}': '{visible(given)}' is a link to '{visible(path)}', "
                    "which does not exist"
                ) from None
            raise ConfigError(
                f"{self.named}: field '{field}': no such file '{visible(path)}'"
                f"{_other_spelling(path) or _path_hint(written, self.base_dir, field) or _near_name(path)}"
            ) from None
        except OSError as exc:
            raise ConfigError(f"{self.named}: field '{field}': {path}: {exc.strerror or exc}") from None
        opened = Path(os.path.realpath(f"/proc/self/fd/{handle.fileno()}"))
        if opened.is_absolute() and opened.exists() and not opened.is_relative_to(self.base_dir):
            handle.close()
            raise ConfigError(
                f"{self.named}: field '{field}': {path} led outside the config's folder when opened ({opened})"
            )
        return handle

    def stage_fields(self, stage: str) -> dict:
        """The config values a stage reads.  Its freshness key hashes only these, so a title edit
        reruns summary and page but not the transcription.  Not in download's key: its retries and
        timeout (how patiently, not what), which rerun the page alone, as any edit of the file; not
        in any: the transcription's options of speed alone (SPEED_ONLY_TRANSCRIBE_DEFAULTS), truth
        (scores read it as a file input; the summary keys only whether there is one).  The page keys
        the config file's sha256 too, where the config has a file, which it shows as the file it was
        made with: a comment edited into the config had left the page naming the file's former
        sha256 (fifty-second round).  A DayConfig made in code, without a file, has none to hash."""
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
            "config_file": self.config_file_name,
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
        if stage == "page" and (config_sha256 := self.config_sha256()):  # the page's key alone reads the file
            fields["page"]["config_sha256"] = config_sha256
        return fields[stage]

    def other_names(self) -> dict[str, list[str]]:
        """Each glossary term's other names (its `also`), for pipeline.text.short_forms."""
        return {term.term: term.also for term in self.glossary if term.also}

    def stage_key(self, stage: str) -> str:
        """sha256 of the config fields `stage` reads (recorded as provenance.config_hash)."""
        canonical = json.dumps(self.stage_fields(stage), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode()).hexdigest()

    def stage_keys(self, stage: str) -> set[str]:
        """The keys a record of `stage` made from this config stands on: stage_key, and where the
        config writes a number equal to its default as another type (piece_seconds: 600, a float
        field whose default is the int 600), the key code before the fifty-third round hashed it
        on (600.0, not the default's 600): the same work, which the upgrade would have done again
        (a day's transcription: hours on a two-hour day)."""
        as_written = self.model_copy(deep=True)
        if not as_written._put_back_numbers_as_written():
            return {self.stage_key(stage)}
        return {self.stage_key(stage), as_written.stage_key(stage)}

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
# which decode otherwise.  Nor are they findings: transcript.json records them in its provenance
# (transcribe.TranscribeProvenance; before 1.4.0 among its options, which artifacts.findings_sha256 leaves out).
SPEED_ONLY_TRANSCRIBE_DEFAULTS = {name: TranscribeOptions.model_fields[name].default for name in SPEED_ONLY_OPTIONS}

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


def _led_to(link: Path) -> str:
    """Where a link leads, as a message shows it (" ('moved.yaml')"); nothing where it is gone since."""
    try:
        return f" ({quoted(os.readlink(link))})"
    except OSError:
        return ""


def _read_config_text(path: Path) -> str:
    try:
        with open_regular(path, "config file") as handle:
            if os.fstat(handle.fileno()).st_size > MAX_CONFIG_BYTES:
                kind = file_kind(handle.read(64))
                size = f"is over {MAX_CONFIG_BYTES:,} bytes; a day config is a few kB"
                raise ConfigError(f"{path}: config file {f'is {kind}, not text' if kind else size}")
            data = handle.read(MAX_CONFIG_BYTES + 1)
    except OSError as exc:
        if astray := link_astray(path):  # it is there to `ls`: not "not found", nor "Too many levels of ..."
            raise ConfigError(f"{path}: the config is {astray}{_led_to(path)}; mend or remove the link") from None
        if isinstance(exc, FileNotFoundError):
            raise ConfigError(f"{path}: config file not found{_config_meant(path)}") from None
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


def _timed_text(text: str) -> str | None:
    """What timed text a config file is (the day's subtitles, its RTTM, a chat), as the report's and
    the truth's readers name it: it had been 'not valid YAML: line 2: mapping values are not allowed
    here', or 'a single text'."""
    from pipeline.text.report import timed_kind  # it reads DayConfig

    return timed_kind(text, [line for line in text.splitlines() if line.strip()])


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
    if garbled := decoded_twice(text):  # a speaker's name so would be shown and matched so everywhere
        raise ConfigError(f"{path}: the config holds {garbled}; type it again")
    if (mark := text.find("\ufeff", 1)) > 0:  # YAML skips one at the start only; elsewhere it is a key's letter
        raise ConfigError(
            f"{path}: the config holds a byte-order mark (U+FEFF) on line {text.count(chr(10), 0, mark) + 1}, "
            "which no one sees (two files joined, or one saved with the mark twice); delete it"
        )
    if (unreadable := YAML_REFUSED.search(text)) is not None:
        raise ConfigError(f"{path}: {unreadable_character(text, unreadable.start())}")
    loader = ConfigLoader(text)
    try:
        node = loader.get_single_node()
        if node is not None and (problem := tag_problem(loader, node)):
            raise ConfigError(f"{path}: {problem}")
        raw = None if node is None else loader.construct_document(node)
    except yaml.YAMLError as exc:
        if kind := _timed_text(text):
            raise ConfigError(f"{path}: config file is {kind}, not a day config") from None
        raise ConfigError(f"{path}: not valid YAML: {yaml_problem(exc)}") from None
    except RecursionError:
        raise ConfigError(f"{path}: not valid YAML: nested too deeply") from None
    except (ValueError, OverflowError, KeyError, TypeError) as exc:  # refused by a tag: !!int abc
        raise ConfigError(f"{path}: not valid YAML: a value it cannot read ({visible(exc)})") from None
    finally:
        loader.dispose()
    if misread := misread_value(text):
        raise ConfigError(f"{path}: {misread}")
    if raw is None:
        raise ConfigError(f"{path}: the config is empty (only blank lines or comments)")
    raw = _pairs_joined(raw)
    if not isinstance(raw, dict):
        if isinstance(raw, str) and (kind := _timed_text(text)):
            raise ConfigError(f"{path}: config file is {kind}, not a day config")
        what = {list: "a list", str: "a single text", int: "a single number", float: "a single number"}
        raise ConfigError(f"{path}: the config is {what.get(type(raw), 'a single value')}, not a mapping of fields")
    if "turns" in raw and not raw.keys() & {"id", "source"}:  # it had been eight fields required or unknown
        raise ConfigError(
            f"{path}: config file is a ground-truth file ('turns' of speaker, start, end, text), not a day config; "
            "name it under truth: of the day's config"
        )
    try:
        config = DayConfig.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(_describe(error) for error in exc.errors())
        raise ConfigError(f"{path}: {problems}") from None
    config._base_dir = path.resolve().parent
    config._config_path = path
    config.local_paths()  # refuses a path that leads outside the config's folder
    return config
