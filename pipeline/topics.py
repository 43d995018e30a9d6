"""Stage 4: key phrases overall (YAKE) and per speaker (c-TF-IDF), entities and numbers, with times.

Measured (docs/measurements.md): on ASR-like Indonesian text YAKE with lower-cased input and an explicit stop-word list
held up best overall, and class-based TF-IDF over speakers for per-speaker topics.  Entities come
from the cased config and report and are then searched in the transcript with fuzzy matching,
because Whisper's casing of the transcript is unreliable.
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Literal

import numpy as np
from pydantic import Field, ValidationInfo, model_validator

from pipeline.artifacts import (
    Count,
    DayPaths,
    Provenance,
    Score,
    Seconds,
    Strict,
    check_references,
    clock,
    read_artifact,
    reading,
    schema_version,
    write_artifact,
)
from pipeline.config import DayConfig, speaker_person
from pipeline.diarize import Diarization, Utterance
from pipeline.records.columns import MAX_MENTIONS
from pipeline.records.files import PipelineError
from pipeline.text.formats import quoted
from pipeline.text.language import (
    CALENDAR_NAMES,
    CLAUSE_END,
    CLITICS,
    CONJUNCTIONS,
    DEGREE_AFTER,
    DEGREE_BEFORE,
    HONORIFICS,
    HOST_WORDS,
    NAME_TITLES,
    PARENT_TERMS,
    PEOPLE_ROLES,
    PERSONAL_PRONOUNS,
    PREDICATE_BEFORE,
    PREPOSITIONS,
    PROFESSIONS,
    ROLE_WORDS,
    SAME_NAME_MIN,
    SET_PHRASES,
    TALK_MATERIAL,
    TERM_STOP_WORDS,
    TERM_STOP_WORDS_FIRST,
    TIME_BEFORE,
    TIME_WORDS,
    VILLAGE_ROLES,
    VOICED,
    core_name,
    english_stop_words,
    find_entities,
    has_word_list,
    is_bare_verb,
    is_common_word,
    is_fragment,
    is_prefixed,
    is_saying,
    join_compounds,
    joined_compounds,
    name_words,
    normalize,
    phrase_stop_words,
    split_compounds,
    stop_words,
    voicing_swapped,
)
from pipeline.text.matching import (
    NUMBER_VALUE,
    Occurrence,
    exact_mentions,
    fuzzy_mentions,
    person_mentions,
    surname_mentions,
)
from pipeline.text.narration import hands_out_by_the_call, runs_the_session, says_the_sessions_own, session_words
from pipeline.text.numbers import (
    LETTER_NAMES,
    MEASURE_UNITS,
    YEAR,
    is_duration_word,
    is_number_word,
    is_ordinal_word,
    quantities,
)
from pipeline.text.report import read_report
from pipeline.text.short_forms import (
    CLAUSE_MARK,
    NO_SHORT_FORMS,
    SHORT_FORMS,
    VILLAGE_SHORT_FORMS,
    ShortForms,
    day_short_forms,
    glossed_at,
    in_capitals,
    long_forms_unsaid,
    of_its_field,
    said_in_part,
    village_coinages,
    village_short_forms,
)
from pipeline.transcribe import Transcript
from pipeline.voices.calling_words import NO_NAME, TOKEN
from pipeline.voices.unlisted_names import without_introductions

log = logging.getLogger("lokakarya")
PACKAGES = ("spacy", "yake", "scikit-learn", "rapidfuzz", "num2words", "wordfreq", "numpy")
SHORT_TERM_LETTERS = 5  # a name of capitals this short is said letter by letter ("RI", "PBB", "KBRI")
MAX_PHRASE_CHARS = 1000  # a glossary term is at most a config line long
MAX_OCCURRENCES = MAX_MENTIONS
MIN_COUNT = 2  # a key topic of the whole talk is said more than once
CANDIDATES = 4  # ranked candidates asked for per phrase kept, before filtering
SNAP_MIN = 85  # rapidfuzz ratio for a heard phrase to be shown as the day's own phrase
# Pieces shorter than this are the prefixes and short words ASR splits off ("di gital", "dia
# login"); a piece this long that reads as a day's word as well as its join does is a whole word
# ("negara ya" -> "negaranya" is "negara" and "ya", not a split).
WHOLE_WORD_MIN = 4
# A word snapped within its phrase is one letter off the written word at least: "anat"/"anak" 75,
# "faksin"/"vaksin" 83; "nft"/"era" 0.
MISHEARD_WORD_MIN = 75
# How much rarer (wordfreq Zipf) than a stop word a heard word one letter short of it must be to be
# that stop word garbled: of the bundled days' ASR words one letter short of a stop word, the 23
# pairs 2.6 or more apart are all garbles ("sekaran" 3.0, "sepeti", "masi", "anya", "kit" 2.67),
# and the real words stay below ("sera" 2.44 from "serta", "aga" 2.32, "du" 2.0).
GARBLED_ZIPF_GAP = 2.6
# An English word as common as "template" (3.71), "lunar" (3.77), "task" (4.65) on wordfreq's Zipf
# scale; the garbles the rule is for are not English words ("denga", "tida" 1.43, "sperti" 0).
ENGLISH_WORD_ZIPF = 3.5
# Share of a phrase's utterances a longer phrase holding it must be said in to stand for it: on the
# bundled days 0.5 dropped "diplomasi" (10 utterances) for "diplomasi digital" (7 of them), and 1.0
# kept "digital" (8) beside "diplomasi digital" (7 of them).
NESTED_SHARE = 0.75
# General verbs of handling: "mengatasi grogi" beside "grogi" is the same subject a second time (on
# the tuning set's per-speaker lists all three such phrases were judged a second form), and the verb
# alone names no subject.
HANDLING_VERBS = frozenset({"mengatasi", "menghadapi", "membahas", "mendukung"})
# A word no word list has is the talk's own when it says it in this many utterances in one spelling
# (_coined): at 2, nine ASR garbles of two bundled days read as words ("sekara", "danibu",
# "kedutaran", "seringkatal"), at 3 none; the short talks' new words are said three times or more
# ("pinjol", "deepfake", "stunting"; docs/measurements.md, forty-sixth round) ...
COINED_MIN = 3
# ... and it is written as a word: letters, a vowel, no four consonants or a letter thrice in a row
LOAN_SHAPE = re.compile(r"(?!.*([a-z])\1\1)(?!.*[^aeiouy]{4})(?=.*[aeiouy])[a-z]+")
# ... and wordfreq has seen it written, in the day's language or in English, this often at least
# (Zipf): rarer than its lists of common words, but a word somebody writes.  Of the 20 bundled
# days' ASR, every word the two rules above let through was a garble that wordfreq has never seen
# ("diketal", "terlap", "gafasa", "berhabilan", "syirah", "jadipak"; "pegan" 1.1 in English),
# and three days showed one as a topic; the loans stay ("deepfake" 1.5, "metaverse" 1.7, "stunting" 2.6,
# "hoaks" 3.0, "podcast" 3.6) and coinages no list holds ("pinjol", "judol", "disinformasi")
# are left to the day's report and glossary (docs/measurements.md, forty-sixth round), or to the
# talk's gloss of them (_glossed: "pinjol itu pinjaman online").
COINED_ZIPF = 1.5
# ... but a word no list has that this many voices say (_said_by_voices) ...
COINAGE_VOICES = 2
# ... heard this surely (Whisper's mean probability), needs
# no wordfreq to be a coinage (_coined: "desmigratif"): the tuning days' words no list has that two
# voices or more said three times or more were garbles heard 0.80 at most ("siarah" 0.80, "lebi" 0.78,
# "irah" 0.66, "terlap" 0.64); not a word the talk grades or says as a predicate ("bokek banget": a
# colloquial word, _graded)
COINAGE_HEARD_MIN = 0.9
# A real word Whisper heard once where the talk was garbled ("tapi kencana itu bisa kakal, kropi
# sayar"): rarer than this (Zipf), in an utterance whose other words are mostly no words at all
# (this share, and two at least), it is what Whisper made of the noise, no topic (_amid_garbles).
# Of the tuning days' listed words said once in such an utterance the one garble, "kencana", is 3.70,
# the real words 4.03 ("implementasi") and more ("minus" 4.11, "lisan" 4.17, "negosiasi" 4.20);
# the day's own words are spared ("diplomasi" 3.59).
RARE_WORD_ZIPF = 4.0
GARBLED_SHARE = 0.75
GARBLED_MIN = 2
# A stop word Whisper hears with its first stop voiced or not as a real word, surely and again and
# again ("tari" for "dari" five times on para-16, 0.55-0.98; "jati" for "jadi"): a word this much
# rarer (Zipf) than the stop word it sounds as (_stops_heard_as_words).  Of the stop words' such
# sound-alikes that are common words, those 1.9 or more apart ("tari" 2.51, "tan" 2.86, "gita",
# "galau", "jati" 1.94) are read so where the talk says them in no phrase it repeats (or, said in
# one, where the talk says the stop word in their place too: "galau menjelang" is no "kalau"); the closer
# ones are words said for their own sake ("bara" 1.84 from "para", "paru" 1.59, "akar" 1.28,
# "pekerja" 0.79 from "bekerja", "tua" 0.51 from "dua").  On the tuning days' ASR the rule reads 8
# "tari" on 3 days, every one "dari" ("salam tari peserta", "tari sejarahnya", "layar tari
# kantornya"); the 3 said once there, "dari" too ("peneliti tari haustralia", "Jati saya"), stay
# words, as a dance named once does (docs/measurements.md, forty-ninth round).
STOP_SOUND_ALIKE_GAP = 1.9
# A personal pronoun Whisper hears with its ending longer, surely, as a real word ("sayang" for "saya",
# 0.90-0.93 on the fiftieth round's tuning talks, before a name or a verb: "sayang rahmat dari dinas",
# "sayang kira", "sayang setuju"): at most this many letters added.  "sayang" is only 0.85 rarer
# than "saya", so the sound is no Zipf gap's; a pronoun opens its clause, and the word heard for it
# does in most of its mentions, in no phrase the talk repeats ("kasih sayang orang tua" opens
# none: the word said for itself) (_stops_heard_as_words).
PRONOUN_ENDING_MAX = 2
# ... and said so in this many utterances at least, as a pronoun is said again and again: at 2
# talks-45's "diam itu juga senjata dalam negosiasi" / "Diam memberi ruang ..." read as "dia".
PRONOUN_HEARD_MIN = 3
# mentions in a predicate's place that make a word a quality (_graded): talks-45's nouns were said
# there once each ("itu konsistensi.", "itu gaji tidak ...", "itu juru bicara kami")
PREDICATE_MIN = 2
RUN_MIN = 3  # utterances that say a three-word subject whole for a voice's list to show it so (_runs_said_only_whole)
# "per" before a unit says a rate ("3000 rupiah per kilo", "3 juta per hektar"): the unit of a number
RATE_WORDS = frozenset({"per"})
# Forms of address said before a person's first name, and nothing else ("ibu" and "bapak" are also
# mother and father: "ibu kota", "ibu hamil"), and how often a word must follow one to be a name
# where the talk also says it without one (a word said only after one is a name said once or more).
ADDRESS_TITLES = frozenset({"pak", "bu", "mas", "mbak", "kak", "bang", "dik", "dek", "saudara", "saudari"})
ADDRESSED_MIN = 2
# Titles and professions said before a name that are also said before a word of the language
# ("dokter Andi" and "dokter gigi", "bidan Sari" and "bidan desa", "ahli gizi Rina"): a word after
# one names someone only where the talk writes it with a capital (_addressed).
NAMED_AFTER = (HONORIFICS | PROFESSIONS | NAME_TITLES) - ADDRESS_TITLES - {"yang", "mulia"}
# What a form of address may call a person by before the name, in words: a title, a profession or a
# role with its field or rank, in the list or not ("pak mediator", "bapak guru bahasa jawa", "ibu
# penulis pidato senior", "mas konten kreator")
CALLING_WORDS_MAX = 3
ADDRESS_BEFORE_A_CALLING = ADDRESS_TITLES | {"bapak", "ibu"}  # "bapak dokter andi", "ibu dosen ratna"
# The words after "ibu" or "bapak" that name no one: a mother or a father of a kind, a thing so called
# (language.PARENT_TERMS: "ibu balita", "bapak angkat"), a village's people by what they do or
# serve (language.VILLAGE_ROLES, voices' NO_NAME: "ibu penjual sayur", "ibu kader", "bapak camat") and
# its bodies' short forms ("ibu pkk", "bapak ppl").
NO_NAME_AFTER_A_PARENT = PARENT_TERMS | VILLAGE_ROLES | NO_NAME | VILLAGE_SHORT_FORMS.keys()
# A key phrase is said within a clause (language.CLAUSE_END).  A form of address said twice
# ("teman-teman", "teman teman", "adik-adik" to students) greets the audience and is no topic.
ADDRESS = re.compile(r"\b(teman|rekan|kawan|sahabat|saudara|adik)[ _]\1\b")
# A set phrase (language.SET_PHRASES) ends a clause as an address does; a reduplicated one is joined
# ("ngomong_ngomong", REDUPLICATION).
SET_PHRASE = re.compile(rf"\b(?:{'|'.join(sorted(phrase.replace(' ', '[ _]') for phrase in SET_PHRASES))})\b")
# A written reduplication is one word ("undang-undang", "anak-anak", "masing-masing", a stop word):
# normalised into two it made "undang" a topic.  Kept whole through normalize() by a joiner it keeps;
# one of a stop word stays two stop words ("apa-apa", "sama-sama").
# A partial one repeats the root after a prefix ("pertama-tama", "berbeda-beda", "sebesar-besarnya"):
# the prefix is group 1 (empty in a whole one), the root repeated group 2.
REDUPLICATION = re.compile(r"\b([^\W\d_]*?)([^\W\d_]{3,})[-‐–]\2(nya)?\b", re.IGNORECASE)
# ASR writes a reduplication apart ("anak anak", "kupu kupu", "taman kanak kanak"): a word said twice
# in a row is the language's one word, hyphened as it writes it ("kupu" and "taman kanak" had been
# topics).  On the 22 bundled days' ASR such pairs are all reduplications ("nilai nilai", "pihak pihak",
# "kira kira"), and Whisper keeps no stammer of a word.  Read once compounds are joined: "juru bicara
# bicara ke media" ends a compound and says the word again.
REDUPLICATED_APART = re.compile(r"(?<![\w-])([^\W\d_]{3,}) \1(?![\w-])")
# A whole reduplication of a word the language says often ("anak-anak", "guru-guru", "buku-bukunya",
# "masing-masing", "pelan-pelan": wordfreq's Zipf of the root PLURAL_ROOT_ZIPF or more) is a plural or
# an adverb, no subject: a clause ends there as at an address ("anak-anak" and "pelan-pelan anak-anak"
# had been topics).  The language's own doubled words mostly double a root it seldom says alone
# ("kupu-kupu" 4.4, "kanak-kanak" 4.3, "kura-kura" 4.3) and stay words, and so do DOUBLED_WORDS, whose
# root is a word of its own too ("laba" 4.7, "undang" 5.0).  Chosen on the tuning talks
# (docs/measurements.md, fifty-third round): the plurals' and adverbs' roots there are 4.7 ("pelan")
# to 6.3 ("anak"), the doubled words' 4.3 to 4.7.
PLURAL_ROOT_ZIPF = 4.6
DOUBLED_WORDS = frozenset(
    ("undang-undang", "laba-laba", "paru-paru", "langit-langit", "jari-jari", "kuda-kuda", "mata-mata")
)
WHOLE_REDUPLICATION = re.compile(r"(?<![\w-])([^\W\d_]{3,})-\1(?:nya)?(?![\w-])")
# How many times as often as the language at large (wordfreq) a word alone must be said in a list's
# text to be a topic of it: a long talk says its everyday words often ("orang", "bilang",
# "langsung"), and YAKE ranks the frequent first.  Chosen on the long tuning talks (docs/measurements.md,
# "The long talks' topics"): good topics shown 103 of 237 at 7, 106 at 10, 108 at 15.
SALIENT_MIN = 10.0
# What the host (moderator, MC) says of the talk is what it asks and the themes it announces; the
# rest of its lines run the session or repeat what its guests said (docs/measurements.md, "What
# each voice talks about").
HOST_SENTENCE = re.compile(r"[^.?!…]+[.?!…]*")
QUESTION_WORDS = frozenset({"apa", "apakah", "bagaimana", "gimana", "mengapa", "kenapa", "kapan", "siapa", "berapa"})
QUOTED = re.compile(r'[“"]([^”"]+)[”"]')  # a quoted span of one line, in curly or straight quotes
ANNOUNCING = re.compile(r"\b(?:tema|temanya|topik|topiknya|materi|membahas|dibahas|membawakan)\b", re.IGNORECASE)


class Phrase(Strict):
    # as the day's own vocabulary spells it when a heard form was snapped to it; a phrase is a few
    # words (a 5 MB one, edited in, held the compare stage's fuzzy matching for minutes)
    phrase: str = Field(pattern=r"\w", max_length=MAX_PHRASE_CHARS)
    heard: list[str]  # the forms the transcript has, when they differ from `phrase`
    score: Score  # higher is more salient
    count: Count
    first_time: Seconds | None
    occurrences: list[Occurrence]

    @model_validator(mode="after")
    def _counted(self, info: ValidationInfo) -> Phrase:
        if reading(info) and self.count < len(self.occurrences):
            raise ValueError(f"'{self.phrase}' is counted {self.count} times but listed {len(self.occurrences)}")
        return self


def _once_each(seen: list[str], where: str, what: str) -> None:
    """A phrase or a name once in its list: the archive tables identify its row by it."""
    twice = next((item for item in seen if seen.count(item) > 1), None)
    if twice is not None:
        raise ValueError(f"{where}: the {what} '{twice}' is listed twice")


class SpeakerTopics(Strict):
    speaker: str
    name: str
    phrases: list[Phrase]


class Entity(Strict):
    text: str
    label: str
    origin: Literal["config", "report"]
    found: bool
    # where found: by the name or a form of it, or (a person) by the surname alone (matching.surname_mentions);
    # None where not found, and in records before 1.6.0
    found_by: Literal["name", "surname"] | None = None
    # utterances that say it; `occurrences` lists the first MAX_OCCURRENCES (None before 1.4.0)
    mentions: Count | None = None
    occurrences: list[Occurrence]

    @model_validator(mode="after")
    def _counted(self, info: ValidationInfo) -> Entity:
        if reading(info) and self.mentions is not None and self.mentions < len(self.occurrences):
            raise ValueError(f"'{self.text}' is said {self.mentions} times but listed {len(self.occurrences)}")
        return self


class NumberMention(Strict):
    value: str = Field(pattern=NUMBER_VALUE)
    # what it counts where a word says ("persen", "orang" for peserta, warga, ..., "menit", "rupiah"):
    # numbers.QUANTITY_UNITS; None where no word does, and in records before 1.3.0
    unit: str | None = None
    is_year: bool
    utterance: Count | None = None  # the utterance that states it; None in records before 1.5.0
    start: Seconds
    end: Seconds
    speaker: str
    context: str


class Topics(Strict):
    # 1.2.0: a quantity may be negative; 1.3.0: its unit; 1.4.0: an entity's mentions past those listed;
    # 1.5.0: a quantity's utterance; 1.6.0: an entity's found_by
    schema_version: str = schema_version("1.6.0")
    overall: list[Phrase]
    per_speaker: list[SpeakerTopics]
    entities: list[Entity]
    numbers: list[NumberMention]
    provenance: Provenance

    @model_validator(mode="after")
    def _each_listed_once(self, info: ValidationInfo) -> Topics:
        if reading(info):
            _once_each([p.phrase for p in self.overall], "overall", "phrase")
            for speaker in self.per_speaker:
                _once_each([p.phrase for p in speaker.phrases], f"per_speaker {speaker.speaker}", "phrase")
            _once_each([entity.text for entity in self.entities], "entities", "name")
            labels = [speaker.speaker for speaker in self.per_speaker]
            if len(set(labels)) < len(labels):
                raise ValueError("per_speaker: a speaker is listed twice")
        return self

    def check_against(self, diarization: Diarization, path: Path) -> None:
        """Every voice and utterance the topics name is speakers.json's, and every voice there is
        listed in per_speaker, with an empty list where it has no phrase: a voice left out (a
        per_speaker emptied by hand) would show a talking voice with no topics of its own."""
        check_references(self, diarization, path, "topics")
        if unlisted := sorted({s.label for s in diarization.speakers} - {entry.speaker for entry in self.per_speaker}):
            raise PipelineError(
                f"{path}: per_speaker lists no entry for {', '.join(unlisted)} of speakers.json (edited by hand, or "
                "from another run?); rerun the 'topics' stage"
            )


@lru_cache(maxsize=65536)
def _garbled_stop_word(word: str, language: str) -> bool:
    """A word spelled like a far more common stop word is mostly ASR's garbling of it ("sekaran"
    for "sekarang", "dika" for "dia"), though it may be a word of its own: as little a topic as the
    stop word.  A root word of the dictionary is spared unless it is the stop word with a letter
    lost: the real words close to a stop word ("padam" to "pada", "telaah" to "telah", "adab" to
    "ada") have a letter added or changed."""
    from rapidfuzz import fuzz, process
    from wordfreq import zipf_frequency

    if not has_word_list(language):
        return False
    # of 4 letters or more: a 3-letter word a letter short of a stop word is as often an acronym ("kia")
    close = list(_one_letter_longer(language).get(word, ())) if len(word) >= WHOLE_WORD_MIN else []
    # an English word said in an Indonesian talk ("template", "task") is no garbled "tempat", "tak"
    foreign = language == "id" and zipf_frequency(word, "en") >= ENGLISH_WORD_ZIPF
    if (is_fragment(word) and not foreign) or language != "id":  # the dictionary is Indonesian's
        found = process.extractOne(word, _stop_word_list(language), scorer=fuzz.ratio, score_cutoff=SNAP_MIN)
        close += [found[0]] if found else []
    return any(zipf_frequency(stop, language) - zipf_frequency(word, language) >= GARBLED_ZIPF_GAP for stop in close)


@lru_cache(maxsize=8)
def _stop_word_list(language: str) -> tuple[str, ...]:
    """The stop words in a fixed order (rapidfuzz's best of equals is the first)."""
    return tuple(sorted(stop_words(language)))


@lru_cache(maxsize=8)
def _one_letter_longer(language: str) -> dict[str, list[str]]:
    """Each way of dropping one letter of a stop word, with the stop words it comes from."""
    spelled: dict[str, list[str]] = {}
    for stop in _stop_word_list(language):
        for index in range(len(stop)):
            spelled.setdefault(stop[:index] + stop[index + 1 :], []).append(stop)
    return spelled


@dataclass(frozen=True)
class Vocabulary:
    """The day's own words (report, glossary, speaker names), beside the language's common words.

    ASR misspells ("diplomasi dikital") and cuts words ("gital"): a key phrase close to one of the
    day's own phrases is shown in that spelling, and a phrase with a word that is neither common
    in Indonesian nor the day's own (a fragment, a mishearing) is no topic.
    """

    phrases: dict[int, list[str]]  # by word count: normalised 1-3-word phrases of the day's texts
    words: frozenset[str]
    names: frozenset[str] = frozenset()  # the words of the speakers' names, without titles
    whole_names: frozenset[str] = frozenset()  # the speakers' names, without titles
    # name words that are words of the language ("bayu", "indah") which the talk says after a title
    # in most of their mentions ("pak bayu"): there they name the speaker (talk_calls)
    called: frozenset[str] = frozenset()
    # words of the talk said after a form of address in most of their mentions, twice or more ("mas
    # joko", "kak rizky", "bang fadli"): the names of people the config does not name (a question's
    # asker), not topics (talk_calls)
    addressed: frozenset[str] = frozenset()
    # phrases of one or two words the talk says before such a name in most of their mentions: the
    # titles and professions it calls people by ("bidan" of "bidan sari", "ahli gizi" of "ahli gizi
    # rina"), as little a topic as "pak" (_said_before_names)
    titles: frozenset[str] = frozenset()
    # words the talk writes in capitals in most of their mentions ("BATNA", "BSBI", "PPI"): short
    # forms of its terms, real though no word list has them (talk_calls)
    capitals: frozenset[str] = frozenset()
    # words no word list has that the talk says again and again in one spelling and wordfreq has
    # seen written ("deepfake", "stunting", "metaverse"): its loans, real though unlisted (_coined)
    coined: frozenset[str] = frozenset()
    # the talk's words, each said whole somewhere: what it hears in pieces elsewhere reads as them
    # (_heard_whole: "pe pe ka em", "pin jol") (talk_calls)
    spoken: frozenset[str] = frozenset()
    # real words said once a letter off a coined word said COINED_MIN times or more ("judo" beside
    # "judol"): its mishearing, read as it (readable) (_misheard)
    misheard: frozenset[str] = frozenset()
    # real words the talk says in a stop word's places, a stop's voicing off it ("tari" for "dari"):
    # read as that stop word (_stops_heard_as_words)
    stops_heard: dict[str, str] = field(default_factory=dict)
    # real words said right after a personal pronoun in most of their mentions that are no verb
    # ("kami bambang jembatan" for "membangun"): a word Whisper wrote in a verb's place, read as no
    # word known (_in_a_verbs_place)
    misplaced: frozenset[str] = frozenset()
    # words said after a word of degree in half their mentions or more ("sangat menarik", "penting
    # sekali"): what something is, no topic alone (_graded)
    qualities: frozenset[str] = frozenset()
    # words said right after a number or "per" in half their mentions or more ("50 persen", "3 juta
    # rupiah", "per hektar"): the units the talk counts in, no topic more than the number (_units)
    units: frozenset[str] = frozenset()
    # words the talk says whole and in two pieces, each as written: whole a loan ("paylater"), else
    # apart ("rumahsakit" -> "rumah sakit") (_said_apart)
    apart: dict[str, str] = field(default_factory=dict)
    # pairs the talk says of a stop word that names a thing and a word it says mostly beside it
    # ("kasih sayang", "manajemen waktu", "peringatan dini"), hyphened as one word (_stop_word_compounds)
    compounds: frozenset[str] = frozenset()
    # the glossary's terms of two words or more but names of people, longest first: one subject each,
    # said as one hyphened word as the language's compounds are (_heard_terms)
    terms: tuple[str, ...] = ()
    # the language's short forms and their long forms, the report's and the glossary's (short_forms)
    short_forms: ShortForms = NO_SHORT_FORMS
    # the village's short forms the talk says, never in a long form, with the long form each is shown
    # in (short_forms.long_forms_unsaid: "dbd" -> "demam berdarah dengue"; _in_long_form)
    long_forms: dict[str, str] = field(default_factory=dict)
    # the phrases of the report's title, its first line (title_phrases): what the day is about
    title: frozenset[str] = frozenset()
    language: str = "id"  # the day's: which words are common, which are stop words

    @classmethod
    def of_day(cls, config: DayConfig, report_text: str | None) -> Vocabulary:
        # a name as people write and say it (core_name): "Togar Simanjuntak" of "Simanjuntak, Togar",
        # not the part before its comma, which was the surname alone
        whole_names = frozenset(normalize(core_name(s.name)) for s in config.speakers)
        texts = [report_text or "", *(g.term for g in config.glossary), *whole_names]
        phrases: dict[int, set[str]] = {1: set(), 2: set(), 3: set()}
        for text in texts:
            for size, found in _phrases_of(text).items():
                phrases[size] |= found
        terms = {normalize(g.term) for g in config.glossary if g.type != "PERSON"}
        return cls(
            {size: sorted(found) for size, found in phrases.items()},
            frozenset(w for found in phrases.values() for p in found for w in p.split()),
            frozenset(w for s in config.speakers for w in name_words(s.name)),
            whole_names,
            terms=tuple(sorted((t for t in terms if " " in t), key=lambda t: (-len(t.split()), t))),
            short_forms=day_short_forms(config.language, report_text, config.other_names()),
            title=title_phrases(report_text),
            language=config.language,
        )

    def names_someone(self, phrase: str) -> bool:
        """A speaker's name or words of it, said with or without a title ("ayu larasati", "doktor
        ayu", "larasati"), or a role ("moderator", "peserta"): the speaker is an entity, not a topic.
        Words of a name that are words of the language ("data", "indah", "bank indonesia" of
        "Perwakilan Bank Indonesia") name the speaker only with a title or as the whole name: said
        alone they are what was said."""
        words = phrase.split()
        # a title alone names no topic ("mbak", "pak dubes", "bidan" said before a name), nor one whom
        # the talk addresses ("joko", "bang fadli"), nor a role alone ("mahasiswa", "pak guru",
        # "murid-murid"): the people on the call and its audience, which the judged long talks never
        # counted a topic ("guru honorer" is one)
        if phrase in self.titles or all(
            word in HONORIFICS or word in self.addressed or set(word.split("-")) <= PEOPLE_ROLES for word in words
        ):
            return True
        # nor is a phrase with such a name in it, which is half a name or a name and what it did ("gizi
        # rina" of "ahli gizi Rina", "sari melayani"); a role called by a title is no name ("guru honorer")
        if any(word in self.addressed and word not in ROLE_WORDS for word in words):
            return True
        if not all(word in self.names or word in HONORIFICS for word in words) or not any(
            word in self.names for word in words
        ):
            return False
        return (
            phrase in self.whole_names
            or any(word in HONORIFICS or word in self.called for word in words)
            or any(is_fragment(word) for word in words)  # no word of the language: "larasati", "santoso"
        )

    def talk_calls(
        self,
        normalized: list[str],
        written: list[str],
        voices: list[str] | None = None,
        probabilities: dict[str, float] | None = None,
    ) -> Vocabulary:
        """This vocabulary with the name words the talk says after a title in most of their mentions
        ("silakan pak bayu", "mbak indah permata"): YAKE's candidates leave the title out; with
        the names of anyone else the talk addresses (_addressed; `written` are the utterances as
        written); with the short forms it writes in capitals (_in_capitals); and, given who said each
        utterance (`voices`) and how surely Whisper heard each word (`probabilities`), with the
        coinages its voices share (_coined)."""
        lines = [line.split() for text in normalized for line in text.split("\n")]
        after_title: dict[str, list[bool]] = {}
        for words in lines:
            for index, word in enumerate(words):
                if word in self.names:
                    before = index - 1
                    while before >= 0 and words[before] in self.names:  # "mbak indah permata"
                        before -= 1
                    after_title.setdefault(word, []).append(before >= 0 and words[before] in HONORIFICS)
        called = {word for word, titled in after_title.items() if sum(titled) * 2 >= len(titled)}
        cased = _cased_lines(written)
        addressed = _addressed(lines, self.language, cased) | _named_after_a_parent_word(
            lines, normalized, self.language
        )
        spoken = frozenset(word for words in lines for word in words)
        apart = _said_apart(lines, spoken, self.language)
        loans = frozenset(word for word, written in apart.items() if word == written)
        shared = _said_by_voices(normalized, voices or [])
        heard = probabilities or {}
        kinds = _kinds(lines)
        qualities = _graded(lines, self)  # "bokek banget": a colloquial word, no coinage
        surely = frozenset(word for word in shared if heard.get(word, 1.0) >= COINAGE_HEARD_MIN) - kinds - qualities
        coined = _coined(normalized, self, cased, surely) | _glossed(normalized, self) | loans
        return replace(
            self,
            called=frozenset(called),
            addressed=addressed,
            titles=_said_before_names(lines, addressed, stop_words(self.language)),
            capitals=_in_capitals(cased),
            coined=coined,
            spoken=spoken,
            misheard=_misheard(normalized, coined),
            stops_heard=(heard := _stops_heard_as_words(normalized, self)),
            misplaced=_in_a_verbs_place(lines, heard, self),
            qualities=qualities,
            units=_units(lines, self),
            apart=apart,
            compounds=_stop_word_compounds(normalized, replace(self, addressed=addressed | _titled(lines, cased))),
            long_forms=long_forms_unsaid(normalized, self.language),
        )

    def pronouns_heard(self) -> re.Pattern[str] | None:
        """The words the talk says for a personal pronoun (stops_heard: "sayang" for "saya"), as one
        pattern of the written text; None where it says none."""
        heard = sorted(word for word, said_as in self.stops_heard.items() if said_as in PERSONAL_PRONOUNS)
        return re.compile(rf"\b(?:{'|'.join(heard)})\b", re.IGNORECASE) if heard else None

    def titles_the_day(self, phrase: str) -> bool:
        """Whether the phrase, of two words or more, is one of the report's title (`title`): the day's
        own subject, said whole once as the day's topic where ASR garbled its other sayings (para-6's
        "diplomasi digital" said whole once, then "diplomasi di dukung perangkat digital").  A word
        alone said once may be any word of the title ("digital" of "perangkat dikital")."""
        written = self.written(phrase)
        return " " in written and written in self.title

    def own(self, phrase: str) -> bool:
        """Whether the phrase is one of the day's own (report, glossary, speaker names)."""
        same_length = self.phrases.get(len(phrase.split()), [])
        at = bisect.bisect_left(same_length, phrase)
        return at < len(same_length) and same_length[at] == phrase

    @functools.cached_property
    def joined_terms(self) -> dict[str, str]:
        """Each term as _heard_terms joins it, with one hyphen ("kementerian-luarnegeri"): YAKE
        takes a word of two hyphens for no word at all."""
        return {f"{first}-{''.join(rest)}": term for term in self.terms for first, *rest in [term.split()]}

    def written(self, phrase: str) -> str:
        """A phrase of the text this stage reads with its compounds and terms written apart again."""
        words = (
            word.replace("-", " ") if word in self.compounds else self.joined_terms.get(word, word)
            for word in phrase.split(" ")
        )
        return split_compounds(" ".join(words), self.language)

    def known(self, word: str) -> bool:
        if word in self.misheard or word in self.misplaced:
            return False
        return (
            word in self.words
            or word in self.joined_terms
            or word in self.capitals
            or word in self.coined
            or word in joined_compounds(self.language)
            or word in self.compounds
            or word in SHORT_FORMS.get(self.language, {})  # "ppkm", "wfh", "pjj": the language's, though no word list's
            or (is_common_word(word, self.language) and not _garbled_stop_word(word, self.language))
        )

    def _closeness(self, word: str) -> float:
        """How closely a word reads as one of the day's words (rapidfuzz ratio, 0 below SNAP_MIN)."""
        from rapidfuzz import fuzz, process

        best = process.extractOne(word, self.phrases.get(1, []), scorer=fuzz.ratio, score_cutoff=SNAP_MIN)
        return best[1] if best else 0.0

    def _join_gain(self, first: str, second: str) -> float:
        """How closely two heard words read joined as a day's word, when closer than a whole word
        among them reads alone; 0 when joining does not help ("diplomasi ya" is already "diplomasi")."""
        if first.isdigit() or second.isdigit():
            return 0.0
        joined = self._closeness(first + second)
        whole = [self._closeness(w) for w in (first, second) if len(w) >= WHOLE_WORD_MIN and self.known(w)]
        return joined if joined > max(whole, default=0.0) else 0.0

    def heard_whole(self, normalized: str) -> str:
        """Each line of a normalised text with the talk's words it says in pieces joined (_heard_whole)."""
        return "\n".join(" ".join(self._heard_whole(line.split())) for line in normalized.split("\n"))

    def _heard_whole(self, words: list[str]) -> list[str]:
        """The words with the talk's own words ASR heard in pieces joined: a run of letters said by
        name that spells a word the talk says whole (_spells: "pe pe ka em" -> "ppkm", "be el te"
        -> "blt"), and two words that spell one (_pieces: "pin jol" -> "pinjol", "pay later" ->
        "paylater"; not "negara ya" -> "negaranya"); two words the talk says apart more often than
        joined written apart (apart: "rumahsakit" -> "rumah sakit"); a stop word and the word the talk
        says it with hyphened (compounds: "kasih-sayang"); and a stop word the talk hears as a real
        word read as it (stops_heard: "tari" -> "dari")."""
        out: list[str] = []
        index = 0
        while index < len(words):
            letters = 0
            while index + letters < len(words) and words[index + letters] in LETTER_NAMES:
                letters += 1
            spelt = next((size for size in range(letters, 1, -1) if self._spells(words[index : index + size])), 0)
            pair = words[index : index + 2]
            if spelt:
                out.append("".join(LETTER_NAMES[word] for word in words[index : index + spelt]))
                index += spelt
            elif "-".join(pair) in self.compounds:
                out.append("-".join(pair))
                index += 2
            elif len(pair) == 2 and "".join(pair) in self.spoken and self._pieces(pair):
                out.append("".join(pair))
                index += 2
            else:
                word = words[index]
                out.append(self.apart.get(word) or self.stops_heard.get(word, word))
                index += 1
        return out

    def _pieces(self, pair: list[str]) -> bool:
        """Whether two heard words that spell a word the talk says whole are its pieces: neither is a
        known word of WHOLE_WORD_MIN letters ("pin jol", "iso man"; not "negara ya"), or neither is a
        stop word nor a number, the loan said whole elsewhere written as two words Whisper knows ("pay
        later", "skin care", "free lance" beside "paylater", "skincare", "freelance": _said_apart)."""
        if not any(len(word) >= WHOLE_WORD_MIN and self.known(word) for word in pair):
            return True
        joined = "".join(pair)
        return self.apart.get(joined) == joined

    def heard_terms(self, normalized: str) -> str:
        """A normalised text with the day's terms said in it each one hyphened word (_heard_terms)."""
        return " ".join(self._heard_terms(normalized.split()))

    def _heard_terms(self, words: list[str]) -> list[str]:
        """The words with each glossary term said in them joined as one word, as join_compounds joins
        the language's: a term is one subject, and its words alone are no topics beside it
        ("kementerian", "negeri" beside "kementerian luar negeri"; demo-3's "diplomasi", "digital").
        A word of the term misheard reads as the term's ("diplomasi dikital", "luar ngegeri") where it
        is no word known and a letter or two off, as readable() reads a phrase; a known word is what
        was said ("kementerian dalam negeri" is no "kementerian luar negeri")."""

        def says(heard: list[str], term: list[str]) -> bool:
            """Whether the words from here say the term."""
            return len(heard) >= len(term) and all(
                word in self._reads_as(said) for said, word in zip(heard, term, strict=False)
            )

        out: list[str] = []
        index = 0
        while index < len(words):
            said = (joined for joined, term in self.joined_terms.items() if says(words[index:], term.split()))
            joined = next(said, None) if self._reads_as(words[index]) else None  # most words say no term's
            out.append(words[index] if joined is None else joined)
            index += 1 if joined is None else len(self.joined_terms[joined].split())
        return out

    @functools.cached_property
    def before_a_term(self) -> re.Pattern[str] | None:
        """A word said right before one of the glossary's terms, as group 1 (_acts_on_a_term): one
        pattern for the day, not one for each topic asked."""
        if not self.joined_terms:
            return None
        terms = "|".join(map(re.escape, self.joined_terms))
        return re.compile(rf"(?<![\w-])([\w-]+) (?:{terms})(?![\w-])")

    @functools.cached_property
    def _term_words(self) -> frozenset[str]:
        return frozenset(word for term in self.joined_terms.values() for word in term.split())

    @functools.cached_property
    def _readings(self) -> dict[str, frozenset[str]]:
        """Each heard word _reads_as has read, with the terms' words it says."""
        return {}

    def _reads_as(self, heard: str) -> frozenset[str]:
        """The terms' words a heard word says (_heard_terms): itself, or, where it is no word known,
        each one MISHEARD_WORD_MIN close.  Found once a word, as a talk says its words again and
        again: asked at each word for each term, 30 terms took 1.65 s of CPU on 17,426 words, now
        0.47 s (docs/measurements.md, "Speed after the forty-ninth round's changes")."""
        from rapidfuzz import fuzz

        readings = self._readings.get(heard)
        if readings is None:
            near = frozenset(word for word in self._term_words if fuzz.ratio(heard, word) >= MISHEARD_WORD_MIN)
            # a known word says only itself (asked only where it is near another: known() is the dearer)
            readings = near if near <= {heard} or not self.known(heard) else near & {heard}
            self._readings[heard] = readings
        return readings

    def _spells(self, letters: list[str]) -> bool:
        """Whether the letters said by name spell a word the talk says whole, or, three letters or
        more, a short form of the language's ("ka be er i" though the talk never writes "kbri")."""
        word = "".join(LETTER_NAMES[letter] for letter in letters)
        return word in self.spoken or (len(word) >= 3 and word in SHORT_FORMS.get(self.language, {}))

    def rejoin(self, normalized: str) -> str:
        """Join two heard words that together spell one of the day's words ("di gitar" -> "digitar",
        which then reads as "digital"): ASR splits words it does not know.  Of two joins that
        overlap ("diplomasi di gital") the closer one is made.  The talk's own words heard in pieces
        are joined first (_heard_whole)."""
        words, out = self._heard_whole(normalized.split()), []
        index = 0
        while index < len(words):
            gain = self._join_gain(*words[index : index + 2]) if index + 1 < len(words) else 0.0
            if gain and (index + 2 >= len(words) or gain >= self._join_gain(*words[index + 1 : index + 3])):
                out.append(words[index] + words[index + 1])
                index += 2
            else:
                out.append(words[index])
                index += 1
        return " ".join(out)

    def readable(self, phrase: str) -> str | None:
        """The phrase itself if all its words are real, else with its unknown words read as the
        day spells them; None if they read as nothing of the day's or the result is no topic.

        Only unknown words are read as the day's: a heard real word ("teman", "semangat") is what
        was said, not a misspelling of a close word of the report ("tema", "sangat")."""
        from rapidfuzz import fuzz, process

        words = phrase.split()
        numbers = (
            is_number_word(word) or is_ordinal_word(word) or is_duration_word(word) or word in self.units
            for word in words
        )
        # a phrase of numbers and units ("juta rupiah"), or one a unit opens ("persen petani" of "50
        # persen petani"), says an amount, which the numbers list holds
        if all(numbers) or words[0] in self.units or self.names_someone(phrase):
            return None
        unknown = [index for index, word in enumerate(words) if not self.known(word)]
        if not unknown:
            return phrase
        # a garbled stop word ("pitu" for "itu", "suda" for "sudah") is as little the day's word a
        # letter off ("pintu", "Sudan") as it is a word of its own (known)
        if any(_garbled_stop_word(words[index], self.language) for index in unknown):
            return None
        start, end = unknown[0], unknown[-1] + 1
        heard = " ".join(words[start:end])
        # a word misheard reads as the day's or as a word the talk coined ("pinjo", "judo" for "pinjol", "judol")
        ways = self.phrases.get(end - start, []) + (sorted(self.coined) if end - start == 1 else [])
        snapped = process.extractOne(heard, ways, scorer=fuzz.ratio, score_cutoff=SNAP_MIN)
        if snapped is not None:
            read = " ".join([*words[:start], snapped[0], *words[end:]])
        else:  # a short word a letter off ("faksin", 83) reads as the day's in its phrase ("faksin covid")
            same_length = self.phrases.get(len(words), [])
            whole = process.extractOne(phrase, same_length, scorer=fuzz.ratio, score_cutoff=SNAP_MIN)
            # only its unknown words, each a misspelling of the word written ("teman" is said, not the
            # report's "tema"; "nft transformasi digital" is not "era transformasi digital")
            misheard = whole is not None and all(
                said == written or (index in unknown and fuzz.ratio(said, written) >= MISHEARD_WORD_MIN)
                for index, (said, written) in enumerate(zip(words, whole[0].split(), strict=True))
            )
            if not misheard:
                return None
            read = whole[0]
        # a garbled function word reads as one ("litu" -> "itu"): as little a topic as when heard right
        return read if _meaningful(read, self.language) and not self.names_someone(read) else None


def _phrases_of(text: str) -> dict[int, set[str]]:
    """The normalised phrases of one to three words of a text, none across a punctuation mark."""
    phrases: dict[int, set[str]] = {1: set(), 2: set(), 3: set()}
    for sentence in re.split(r"[.!?;:,()\n]", text):
        words = [w for w in normalize(sentence).split() if not w.isdigit()]
        for size in phrases:
            phrases[size] |= {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}
    return phrases


def title_phrases(report_text: str | None) -> frozenset[str]:
    """The phrases of the report's title, its first line that says anything: the subject the day was
    held on.  Where the title quotes its theme, the quote alone ("WORKSHOP ONLINE DIPLOMASI DAN
    PUBLIK SPEAKING (HARI KE-10) “Strategi dan Tantangan Diplomasi Digital ...”"): the rest names
    the series, which a host says when opening each day (demo-2's "publik speaking", said once, had
    become a topic)."""
    title = next((line for line in (report_text or "").splitlines() if line.strip()), "")
    quoted = QUOTED.findall(title)
    return frozenset(phrase for text in quoted or [title] for found in _phrases_of(text).values() for phrase in found)


def _addressed(lines: list[list[str]], language: str, cased: list[list[str]]) -> frozenset[str]:
    """Words said after a form of address (_after_title) in most of their mentions and at least
    ADDRESSED_MIN times, or in every one of them: people's names ("mas joko" four times in a question
    and its answer, "Mas Rizky" once in the host's question).  In the utterances as written (`cased`), a word
    with a capital after a title or a profession (NAMED_AFTER), or after one and its field ("ahli
    gizi Rina", "dokter gigi Anton"), is said after a title too: "dokter Andi", "bidan Sari", not
    "dokter gigi", "diplomat muda"."""
    said: Counter[str] = Counter()
    titled: Counter[str] = Counter()
    stop = stop_words(language)
    # the words said right after a form of address somewhere ("pak hendra"), as a name after a
    # profession is ("pak mediator hendra"); a field after one is not ("ibu guru honorer")
    called_alone = _called_alone(lines)
    for words in lines:
        for index, word in enumerate(words):
            if word not in stop and not is_number_word(word):
                said[word] += 1
                titled[word] += _after_title(words, index, called_alone, stop)
    for tokens in cased:
        lowered = [token.lower() for token in tokens]
        for index in range(1, len(tokens)):
            field = index > 1 and lowered[index - 2] in NAMED_AFTER and tokens[index - 1].islower()
            if tokens[index].istitle() and lowered[index] in said and (lowered[index - 1] in NAMED_AFTER or field):
                titled[lowered[index]] += 1
    names = {
        word
        for word, count in titled.items()
        if (count >= ADDRESSED_MIN or 0 < count == said[word]) and count * 2 >= said[word]
    }
    # and a name's other words, written with a capital after it wherever they are said ("Dimas
    # Pratama", "Hendra Gunawan")
    after_name: Counter[str] = Counter(
        tokens[index].lower()
        for tokens in cased
        for index in range(1, len(tokens))
        if tokens[index].istitle() and tokens[index - 1].istitle() and tokens[index - 1].lower() in names
    )
    return frozenset(names | {word for word, count in after_name.items() if count == said[word]})


def _named_after_a_parent_word(lines: list[list[str]], normalized: list[str], language: str) -> frozenset[str]:
    """Words said right after "ibu" or "bapak" (language.TERM_STOP_WORDS_FIRST) in two utterances or
    more and in half their mentions or more that make no term with it (language.PARENT_TERMS), and
    are no stop word, title, profession, role, village office, work or short form ("ibu bidan", "ibu
    kader", "bapak camat", "ibu pkk"), no number and no verb by its prefix, with any word so made
    said only right after one of them in two utterances or more: a person's name ASR wrote small,
    words of the language as names often are ("ibu dewi sri" said three times had been a topic, and
    the fifty-third round's made-up test talk's "ibu ratna" a term), not "ibu hamil", "bapak
    angkat", nor the verb of "ibu ratna mengajari warga".  `lines` are the clauses' words,
    `normalized` the utterances they are of."""
    no_name = stop_words(language) | HONORIFICS | PROFESSIONS | NAME_TITLES | ROLE_WORDS | NO_NAME_AFTER_A_PARENT
    said = Counter(word for words in lines for word in words)

    def named(firsts: frozenset[str], share: float) -> set[str]:
        """The words said after one of `firsts` in two utterances or more and in `share` of their
        mentions or more that may name someone."""
        after = Counter(_said_after(lines, firsts))
        utterances = Counter(
            word
            for text in normalized
            for word in set(_said_after((line.split() for line in text.splitlines()), firsts))
        )
        return {
            word
            for word, count in after.items()
            if utterances[word] > 1
            and count >= share * said[word]
            and word not in no_name
            and not (is_number_word(word) or is_prefixed(word))
        }

    names = named(TERM_STOP_WORDS_FIRST, 1 / 2)
    return frozenset(names | named(frozenset(names), 1))


def _said_after(lines: Iterable[list[str]], firsts: frozenset[str]) -> list[str]:
    """The words said right after one of `firsts` in the lines, once a mention."""
    return [word for words in lines for first, word in pairwise(words) if first in firsts]


def _called_alone(lines: list[list[str]]) -> frozenset[str]:
    """The words said right after a form of address somewhere in the talk ("pak hendra", "bu ratna")."""
    return frozenset(words[at] for words in lines for at in range(1, len(words)) if words[at - 1] in ADDRESS_TITLES)


def _titled(lines: list[list[str]], cased: list[list[str]]) -> frozenset[str]:
    """Whom the talk calls by a title though not in most mentions (_addressed): a word said after a
    form of address somewhere ("bu ratna"), or written with a capital after one, "bapak" or "ibu"
    ("Ibu Ratna"), is a person, no term of "ibu" ("Ibu Ratna" said four times had been a topic)."""
    written = frozenset(
        tokens[at].lower()
        for tokens in cased
        for at in range(1, len(tokens))
        if tokens[at - 1].lower() in ADDRESS_BEFORE_A_CALLING and tokens[at].istitle()
    )
    return _called_alone(lines) | written


def _in_capitals(cased: list[list[str]]) -> frozenset[str]:
    """Words of two letters or more written in capitals in most of their mentions, between words
    that are not, outside lines in title case: the talk's short forms ("BATNA", "BSBI"), not ASR's
    garbles, which it writes small or in runs of capitals ("LISTRIPANAM YALANAN MAJIT YALANI")."""
    said: Counter[str] = Counter()
    capitals: Counter[str] = Counter()
    for tokens in cased:
        shouted = [len(token) > 1 and token.isupper() for token in tokens]
        for index, token in enumerate(tokens):
            said[token.lower()] += 1
            capitals[token.lower()] += shouted[index] and not any(
                shouted[max(index - 1, 0) : index] + shouted[index + 1 : index + 2]
            )
    return frozenset(word for word, count in capitals.items() if count * 2 > said[word])


def _coined(
    normalized: list[str], vocabulary: Vocabulary, cased: list[list[str]], shared: frozenset[str] = frozenset()
) -> frozenset[str]:
    """Words no word list has (not `vocabulary.known`) said in COINED_MIN utterances or more, each
    of WHOLE_WORD_MIN letters or more and shaped as a word (LOAN_SHAPE), with no word of the talk
    one letter off it that is known or said as often, and one wordfreq has seen written (COINED_ZIPF):
    the talk's loans ("deepfake", "stunting", "metaverse"), not ASR's mishearings of a word it says
    right elsewhere ("lebi", "ralu", "dikital" beside "lebih", "lalu", "digital"), a garble said
    three times alike ("gafasa", "syirah") nor a fragment said once ("disin"); coinages no list
    holds ("pinjol", "judol") are left to the report and glossary, and to the talk's gloss
    (_glossed).  A word the utterances as written (`cased`) capitalise inside a line in most of its
    mentions there is a name ("Aljir", "Leiden"), not a new word.  A word `shared` (said by two voices
    or more and heard surely, COINAGE_HEARD_MIN) needs no wordfreq: a coinage of the talk's
    ("desmigratif"), where ASR's garbles are one voice's or unsure."""
    from rapidfuzz.distance import Levenshtein
    from wordfreq import zipf_frequency

    said: Counter[str] = Counter(word for text in normalized for word in set(text.split()))
    inside: Counter[str] = Counter(token.lower() for tokens in cased for token in tokens[1:])
    capitalised: Counter[str] = Counter(token.lower() for tokens in cased for token in tokens[1:] if token.istitle())
    unknown = [
        word
        for word, count in said.items()
        if count >= COINED_MIN
        and len(word) >= WHOLE_WORD_MIN
        and LOAN_SHAPE.fullmatch(word)
        and capitalised[word] * 2 <= inside[word]
        and not vocabulary.known(word)
        and (
            word in shared or max(zipf_frequency(word, vocabulary.language), zipf_frequency(word, "en")) >= COINED_ZIPF
        )
    ]
    return frozenset(
        word
        for word in unknown
        if not any(
            other != word
            and Levenshtein.distance(word, other, score_cutoff=1) <= 1
            and (said[other] >= said[word] or vocabulary.known(other))
            for other in said
        )
    )


def _kinds(lines: list[list[str]]) -> frozenset[str]:
    """Words said after one and the same word each time: its kind ("kambing etawa", a goat's breed),
    which the phrase of the two names, no coinage alone (talks-52's "ternak kambing etawa" had stood
    for "ternak kambing")."""
    before: dict[str, set[str]] = {}
    for words in lines:
        for previous, word in zip(["", *words], words, strict=False):
            before.setdefault(word, set()).add(previous)
    return frozenset(word for word, previous in before.items() if len(previous) == 1 and "" not in previous)


def _said_by_voices(normalized: list[str], voices: list[str]) -> frozenset[str]:
    """The words of letters that COINAGE_VOICES voices or more say (`voices`: who said each
    utterance): a word of the talk, where Whisper's garbles of a stretch it heard badly are mostly one
    voice's."""
    said_by: dict[str, set[str]] = {}
    for text, voice in zip(normalized, voices, strict=False):
        for word in text.split():
            said_by.setdefault(word, set()).add(voice)
    return frozenset(word for word, by in said_by.items() if len(by) >= COINAGE_VOICES and word.isalpha())


def _glossed(normalized: list[str], vocabulary: Vocabulary) -> frozenset[str]:
    """Words no word list has that the talk says beside the words they shorten (short_forms.glossed_at:
    "pinjol itu pinjaman online", "galbay, gagal bayar", "ppdb, penerimaan peserta didik baru"): its
    coinages and acronyms, real however seldom said and whatever word is a letter off ("judol" beside
    "judo").  Said again without the gloss, they read as words (_coined's recurrence does not tell
    them from ASR's garbles: docs/measurements.md, forty-seventh round)."""
    said: Counter[str] = Counter(word for text in normalized for word in set(text.split()))
    found = set()
    for text in normalized:
        words = [word for line in text.split("\n") for word in (*line.split(), CLAUSE_MARK)]
        found |= {
            word
            for at, word in enumerate(words)
            if not vocabulary.known(word)
            and glossed_at(words, at, vocabulary.known, vocabulary.language, said_again=said[word] > 1)
        }
    return frozenset(found)


def _said_apart(lines: list[list[str]], spoken: frozenset[str], language: str) -> dict[str, str]:
    """Words the talk says whole that it also says as two words that spell them, neither a stop word
    nor a number, each with how the talk's topics write it.  A loan Whisper wrote both ways ("pay
    later", "skin care": more common together in English than in the day's language), or a word
    said whole at least as often as in two, is one word, real though no word list has it
    ("paylater"; Vocabulary._pieces); two of the language's words said together, more often apart
    than whole, are the two words ("rumahsakit" once beside "rumah sakit" five times).  A stop word
    so said is a stop word still (para-11's "i tu", para-7's "si lakan")."""
    from wordfreq import zipf_frequency

    stop = stop_words(language)
    said = Counter(word for words in lines for word in words)
    apart = Counter(
        (first, second)
        for words in lines
        for first, second in pairwise(words)
        if first + second in spoken
        and not {first, second, first + second} & stop
        and not (first.isdigit() or second.isdigit())
    )
    return {
        first + second: first + second
        if said[first + second] >= count
        or zipf_frequency(f"{first} {second}", "en") >= zipf_frequency(f"{first} {second}", language)
        else f"{first} {second}"
        for (first, second), count in apart.items()
    }


def _stop_word_compounds(normalized: list[str], vocabulary: Vocabulary) -> frozenset[str]:
    """Pairs of a stop word that names a thing (language.TERM_STOP_WORDS: "waktu", "kasih", "dini")
    and a known word that is none, said in two utterances or more, the word said in the pair in half
    its mentions or more: a term of the talk ("manajemen waktu", "waktu layar", "kasih sayang",
    "peringatan dini"), which no phrase could hold, as none ends with a stop word; hyphened as the
    language's compounds are.  Two stop words are speech ("terima kasih", "waktu itu", "kasih tahu",
    "pada waktu"), and a word said beside the stop word once is no term ("kasih contoh").  A verb
    with a prefix before one is said of its object ("menyesuaikan diri", "meluangkan waktu"; after
    one it says what the thing is for: "tempat bermain", "rasa bersalah"), a day or a
    month is only dated ("hari senin", "bulan maret"), and so is a word after a time word the talk
    says after a preposition or a word of time in half the pair's mentions or more
    (language.TIME_BEFORE: "di masa pandemi", "pada akhir acara"): no term of the two."""
    term_stops = TERM_STOP_WORDS.get(vocabulary.language, frozenset())
    if not term_stops:
        return frozenset()
    # nor with whom the talk calls by a title ("Ibu Ratna", "ibu bidan": vocabulary.addressed, _titled)
    people = vocabulary.addressed | HONORIFICS | PROFESSIONS | NAME_TITLES | ROLE_WORDS
    no_term = stop_words(vocabulary.language) | CALENDAR_NAMES | people
    mentions: Counter[str] = Counter()
    in_pair: Counter[tuple[str, str]] = Counter()
    dated: Counter[tuple[str, str]] = Counter()
    utterances: dict[tuple[str, str], set[int]] = {}
    for at, text in enumerate(normalized):
        for words in (line.split() for line in text.split("\n")):
            mentions.update(words)
            for before, pair in zip(["", *words], pairwise(words), strict=False):
                word = (
                    pair[1]
                    if pair[0] in term_stops
                    else pair[0]
                    if pair[1] in term_stops - TERM_STOP_WORDS_FIRST
                    else None
                )
                if (
                    word is not None
                    and word not in no_term
                    and not (word.isdigit() or (word == pair[0] and is_prefixed(word)))
                    and vocabulary.known(word)
                ):
                    in_pair[pair] += 1
                    dated[pair] += pair[0] in TIME_WORDS and before in TIME_BEFORE
                    utterances.setdefault(pair, set()).add(at)
    return frozenset(
        "-".join(pair)
        for pair, count in in_pair.items()
        if len(utterances[pair]) > 1
        and 2 * count >= mentions[pair[1] if pair[0] in term_stops else pair[0]]
        and 2 * dated[pair] < count
    )


def _misheard(normalized: list[str], coined: frozenset[str]) -> frozenset[str]:
    """Words of WHOLE_WORD_MIN letters or more said in one utterance a letter off a word the talk
    coined said in COINED_MIN or more ("judo" once beside "judol" five times): ASR's mishearing of
    the new word as a word it knows."""
    from rapidfuzz.distance import Levenshtein

    said: Counter[str] = Counter(word for text in normalized for word in set(text.split()))
    common = [word for word in coined if said[word] >= COINED_MIN]
    return frozenset(
        word
        for word, count in said.items()
        if count == 1
        and len(word) >= WHOLE_WORD_MIN
        and word not in coined
        and any(Levenshtein.distance(word, new, score_cutoff=1) <= 1 for new in common)
    )


def _amid_garbles(normalized: list[str], vocabulary: Vocabulary) -> frozenset[str]:
    """Rare root words of the language (RARE_WORD_ZIPF) said in one utterance only, and there among
    words no list knows (GARBLED_SHARE of its other words but stop words and numbers, GARBLED_MIN at
    least): Whisper's reading of a garbled stretch as the nearest word it knows ("kencana" among
    "kakal", "kropi", "sayar").  The day's own words are spared, and words joined (a compound, a
    term, a reduplication), which are no single word Whisper chose.  Of the 16 such words of the
    tuning days' ASR 12 were garbles ("anggara", "pasok" for "paspor", "raman" for "laman"), one was
    heard right ("tautan yara dikoro moporan", the link "ada di kolom obrolan") and 3 were real words
    with an affix ("terlindungi", "formatnya", "besoknya"), which are spared: the garbles are roots.
    A root said twice is read as the root ("kaka kaka riburan hidup rekamulai": Whisper chose "kaka"
    twice; hyphened as a reduplication it had become para-16's topic "kaka-kaka")."""
    from wordfreq import zipf_frequency

    stop = stop_words(vocabulary.language)
    said: Counter[str] = Counter(word for text in normalized for word in set(text.split()))
    found = set()
    for text in normalized:
        content = [word for word in text.split() if word not in stop and not word.isdigit()]
        for word in set(content):
            root, *again = word.split("-")
            doubled = bool(again) and all(part == root for part in again)  # "kaka-kaka": the root twice
            if (
                said[word] > 1
                or ("-" in word and not doubled)
                or word in vocabulary.words
                or not vocabulary.known(word)
            ):
                continue
            affixed = is_prefixed(root) or root.endswith(CLITICS)
            if affixed or not 0 < zipf_frequency(root, vocabulary.language) < RARE_WORD_ZIPF:
                continue
            others = [other for other in content if other != word]
            unknown = sum(not vocabulary.known(other) for other in others)
            if unknown >= max(GARBLED_MIN, GARBLED_SHARE * len(others)):
                found.add(word)
    return frozenset(found)


def _stops_heard_as_words(normalized: list[str], vocabulary: Vocabulary) -> dict[str, str]:
    """Real words a stop's voicing off a far more common stop word (_voicing_swapped,
    STOP_SOUND_ALIKE_GAP: "tari" for "dari", "jati" for "jadi") that the talk says in two utterances
    or more, in none of the phrases it repeats, each with that stop word: a word said for its own
    sake comes back in its phrases ("tari piring", "sanggar tari", "kayu jati", "galau menjelang"), a
    stop word heard wrong goes with any word ("tari jepang", "tari peserta", "tari gaji"), as the stop
    word does.  A word in such a phrase is read so only where it is mostly outside them and the talk
    says the stop word itself in one of its places (before the same word or after it): "galau",
    1.95 rarer than "kalau", is a talk's subject.  The day's own words (report, glossary) are spared,
    and a word said once ("ada angklung dan tari saman": a dance named once reads as Whisper's "tari"
    for "dari" does)."""
    from wordfreq import zipf_frequency

    if vocabulary.language != "id":  # Whisper's voicing of Indonesian stops (language.VOICED)
        return {}
    stop = stop_words(vocabulary.language)
    lines = [[line.split() for line in text.split("\n")] for text in normalized]
    # pairs of words said in two utterances or more
    pairs = Counter(pair for utterance in lines for pair in {pair for words in utterance for pair in pairwise(words)})
    repeated = {pair for pair, count in pairs.items() if count > 1 and not stop & set(pair)}
    said = Counter(word for utterance in lines for word in {word for words in utterance for word in words})
    mentions: dict[str, list[bool]] = {}
    neighbours: dict[str, set[tuple[str, str]]] = {}  # (word before, word after) of each mention
    openings: Counter[str] = Counter()  # mentions that open their clause
    for words in (words for utterance in lines for words in utterance):
        for at, word in enumerate(words):
            if word not in stop:
                before, after = words[at - 1] if at else "", words[at + 1] if at + 1 < len(words) else ""
                mentions.setdefault(word, []).append((before, word) in repeated or (word, after) in repeated)
                neighbours.setdefault(word, set()).add((before, after))
                openings[word] += at == 0
    heard = {}
    for word, in_phrases in mentions.items():
        said_as = _voicing_swapped(word)
        pronoun = _pronoun_heard_longer(word)
        if pronoun and 2 * openings[word] > len(in_phrases) and said[word] >= PRONOUN_HEARD_MIN and not any(in_phrases):
            if word not in vocabulary.words and zipf_frequency(pronoun, "id") > zipf_frequency(word, "id"):
                heard[word] = pronoun
            continue
        if (
            said_as in stop
            and said[word] > 1
            and (
                not any(in_phrases)
                or (
                    2 * sum(in_phrases) < len(in_phrases)
                    and any(
                        (before, said_as) in pairs or (said_as, after) in pairs for before, after in neighbours[word]
                    )
                )
            )
            and word not in vocabulary.words
            and vocabulary.known(word)
            and zipf_frequency(said_as, "id") - zipf_frequency(word, "id") >= STOP_SOUND_ALIKE_GAP
        ):
            heard[word] = said_as
    return heard


def _pronoun_heard_longer(word: str) -> str | None:
    """The personal pronoun a word is with its ending heard longer (PRONOUN_ENDING_MAX letters at
    most: "sayang" -> "saya", "kamis" -> "kami"), or None."""
    return next(
        (
            pronoun
            for pronoun in PERSONAL_PRONOUNS
            if word.startswith(pronoun) and 0 < len(word) - len(pronoun) <= PRONOUN_ENDING_MAX
        ),
        None,
    )


def _in_a_verbs_place(lines: list[list[str]], heard: dict[str, str], vocabulary: Vocabulary) -> frozenset[str]:
    """Words of the language said right after a personal pronoun in most of their mentions, in two
    utterances or more (`lines` are clauses, `heard` the stop words read for words), that are no
    verb by their form (language.is_prefixed, is_bare_verb) nor a stop word: Whisper's real word for
    a verb it misheard ("kami bambang jembatan gantung", "kami bambang jalan desa" for "membangun",
    0.94-0.96 sure), which heads no phrase.  A name is said after a title ("pak bambang"); the
    day's own words are spared."""
    stop = stop_words(vocabulary.language)
    after_pronoun: dict[str, list[bool]] = {}
    for words in lines:
        read = [heard.get(word, word) for word in words]
        for at, word in enumerate(read):
            if word not in stop:
                after_pronoun.setdefault(word, []).append(at > 0 and read[at - 1] in PERSONAL_PRONOUNS)
    return frozenset(
        word
        for word, placed in after_pronoun.items()
        if 2 * sum(placed) > len(placed) > 1
        and word not in vocabulary.words
        and not (is_prefixed(word) or is_bare_verb(word) or is_fragment(word))
    )


def _graded(lines: list[list[str]], vocabulary: Vocabulary) -> frozenset[str]:
    """Words said after a word of degree ("sangat menarik", "paling murah") or before one that ends
    the clause ("penting sekali.") in half their mentions or more (language.DEGREE_BEFORE, DEGREE_AFTER): no word-class
    list of the language is installed, and the talk shows these as qualities of its subjects, which
    alone name none ("menarik" had been a voice's topic).  A word in a predicate's place counts as
    graded where the talk says it so in PREDICATE_MIN mentions or more, with no word of degree: at
    its clause's end or before a conjunction (language.CONJUNCTIONS), after a subject with "-nya" or
    a word said before a predicate (language.PREDICATE_BEFORE): "kesepian itu nyata.", "itu wajar
    dan murah", "hasilnya nyata kalau ...".  Before "yang", "di", "untuk" the word is said with what
    it is or where ("ini aplikasi yang membantu petani", "juga petani di desa"), and a word the talk
    says after a preposition is a noun wherever it is said ("ibunya guru." beside "untuk guru").
    Once is a noun's place too ("yang susah itu konsistensi.", "dasarnya dtks"), and so is any
    place of a glossary term ("ini diplomasi digital dan ...").  The day's own words are spared."""
    stop = stop_words(vocabulary.language)
    graded: dict[str, list[bool]] = {}
    predicates: Counter[str] = Counter()
    nouns: set[str] = set()
    for words in lines:
        for at, word in enumerate(words):
            if word not in stop:
                before, after = words[at - 1] if at else "", words[at + 1] if at + 1 < len(words) else ""
                # "sekali" grades only at a clause's end ("penting sekali."), not "plastik sekali pakai";
                # "banget" anywhere ("rame banget di medsos": talks-57's 5)
                degree = before in DEGREE_BEFORE or (
                    after in DEGREE_AFTER and (at + 2 == len(words) or after != "sekali")
                )
                subject = before in PREDICATE_BEFORE or (before.endswith("nya") and before not in stop)
                predicates[word] += subject and (not after or after in CONJUNCTIONS) and "-" not in word
                if before in PREPOSITIONS:
                    nouns.add(word)
                graded.setdefault(word, []).append(degree)
    return frozenset(
        word
        for word, marks in graded.items()
        if 2 * (sum(marks) + (predicates[word] if predicates[word] >= PREDICATE_MIN and word not in nouns else 0))
        >= len(marks)
        > 0
        and word not in vocabulary.words
    )


def _units(lines: list[list[str]], vocabulary: Vocabulary) -> frozenset[str]:
    """Units of measure and money (numbers.MEASURE_UNITS) the talk says right after a number
    (digits, as normalize() writes a number said in words, or a number word it leaves: "juta") or
    "per" in half their mentions or more: the units it counts in ("50 persen", "3 juta rupiah", "200
    ton", "per kilo"), whose amounts are the numbers list's, not topics ("rupiah", "persen", "juta
    rupiah" had been listed).  A unit said alone more often is a subject ("rupiah digital"), and a
    noun a number counts is said of itself ("5 episode", "10 ribu pengikut": any noun after a number
    had lost older talks' "episode", "tagar", "pengikut").  The day's own words are spared."""
    after_a_number: dict[str, list[bool]] = {}
    for words in lines:
        for before, word in zip(["", *words], words, strict=False):
            if word in MEASURE_UNITS:
                after_a_number.setdefault(word, []).append(is_number_word(before) or before in RATE_WORDS)
    return frozenset(
        word
        for word, marks in after_a_number.items()
        if 2 * sum(marks) >= len(marks) > 0 and word not in vocabulary.words
    )


def _voicing_swapped(word: str) -> str:
    """The word with its first letter voiced or unvoiced where that is a stop ("tari" -> "dari",
    "jati" -> "jadi"; not "aba" -> "apa": a stop inside a word is heard as said); the word itself
    where it opens with none."""
    return voicing_swapped(word, 0) if word[:1] in VOICED else word


def _cased_lines(written: list[str]) -> list[list[str]]:
    """The words of each utterance as written, but for those in title case, as ASR sometimes writes
    one: their capitals tell no name nor short form (_addressed, _in_capitals read these)."""
    lines = [TOKEN.findall(text) for text in written]
    return [tokens for tokens in lines if 2 * sum(token[0].isupper() for token in tokens) <= len(tokens)]


def _after_title(words: list[str], at: int, called_alone: frozenset[str], stop: frozenset[str]) -> bool:
    """Whether the word at `at` follows a form of address ("mas joko"), "bapak" or "ibu" as a word
    of no root of the dictionary does ("ibu wati", not "ibu hamil"), or a form of address and what
    it calls the person by (_a_calling: "pak mediator hendra", "bapak penyuluh keuangan hendro", "mas
    konten kreator dimas"), where the talk also says it, or the name it follows ("ibu dosen ratna
    dewi"), after the form of address alone (`called_alone`: "pak hendra", "bu ratna"): ASR writes
    no capitals to tell the name by, and the profession's field stands there as often ("ibu guru
    honorer", "bapak dokter spesialis anak" had lost "guru honorer", "dokter spesialis anak")."""
    before = words[at - 1] if at > 0 else ""
    if before in ADDRESS_TITLES or (
        before in ADDRESS_BEFORE_A_CALLING
        and is_fragment(words[at])
        and words[at] not in NO_NAME_AFTER_A_PARENT  # "ibu balita"
    ):
        return True
    for opening in range(max(at - CALLING_WORDS_MAX - 2, 0), at - 1):
        if words[opening] in ADDRESS_BEFORE_A_CALLING:
            calling = words[opening + 1 : at]
            if (words[at] in called_alone and _a_calling(calling, stop)) or (
                calling[-1] in called_alone and _a_calling(calling[:-1], stop)
            ):
                return True
    return False


def _a_calling(words: list[str], stop: frozenset[str]) -> bool:
    """Whether the words between a form of address and a name call the person by something: a title,
    a profession or a role, with its field or rank, listed or not (PROFESSIONS lacks "penyuluh",
    "kreator", "teller"): one to CALLING_WORDS_MAX words, none a stop word, a number or a form of
    address ("pak chalief dan bu ayu" calls no one "ayu")."""
    return 0 < len(words) <= CALLING_WORDS_MAX and not any(
        word in stop or word in ADDRESS_BEFORE_A_CALLING or is_number_word(word) for word in words
    )


def _said_before_names(lines: list[list[str]], names: frozenset[str], stop: frozenset[str]) -> frozenset[str]:
    """Phrases said right before one of `names` in more than half their mentions: the titles and
    professions the talk calls those people by, of one word or two ("bidan" of "bidan sari", "ahli
    gizi" of "ahli gizi rina"), and a profession before its field, listed ("ahli") or the first word
    of a calling after a form of address (_a_calling: "penyuluh" of "bapak penyuluh keuangan
    hendro")."""
    before: Counter[str] = Counter()
    said: Counter[str] = Counter()
    for words in lines:
        for at in (at for at, word in enumerate(words) if word in names and at > 0):
            before[words[at - 1]] += 1
            if at > 1:
                before[" ".join(words[at - 2 : at])] += 1
                if words[at - 2] in NAMED_AFTER:  # a profession before its field: "ahli" of "ahli gizi rina"
                    before[words[at - 2]] += 1
                elif (
                    calling := next(  # the nearest calling's first word
                        (
                            opening + 1
                            for opening in reversed(range(max(at - CALLING_WORDS_MAX - 1, 0), at - 2))
                            if words[opening] in ADDRESS_BEFORE_A_CALLING and _a_calling(words[opening + 1 : at], stop)
                        ),
                        None,
                    )
                ):
                    before[words[calling]] += 1
    for words in lines:
        said.update(
            phrase
            for size in (1, 2)
            for at in range(len(words) - size + 1)
            if (phrase := " ".join(words[at : at + size])) in before
        )
    return frozenset(phrase for phrase, count in before.items() if count * 2 > said[phrase])


@dataclass(eq=False)
class _Topic:
    """A readable phrase with all its heard forms, and the utterances that say it (each once)."""

    phrase: str
    score: float  # of its best-ranked form
    heard: list[str]
    said: dict[int, Occurrence]  # by utterance index: the first form found there

    def stands_for(self, shorter: _Topic) -> bool:
        """This longer phrase holds the shorter's words and is said in most of its utterances:
        listing both would repeat one topic ("digital" beside "diplomasi digital", "kendala" said
        once, in "kendala utama")."""
        return (
            set(shorter.phrase.split()) < set(self.phrase.split())
            and NESTED_SHARE * len(shorter.said) <= len(self.said.keys() & shorter.said.keys())
            and not self.handles(shorter)
        )

    def forms(self) -> set[str]:
        """The phrase and its heard forms."""
        return {self.phrase, *self.heard}

    def runs_with(self, other: _Topic, language: str) -> list[re.Pattern]:
        """The runs the two phrases make where one's end is the other's start on words that are no
        verb, neither holding the other's words ("layanan teknologi" and "teknologi informasi":
        "layanan teknologi informasi").  Phrases overlapping on a verb are a clause's doer and
        what it does it to ("pandemi mempercepat", "mempercepat diplomasi"): two things."""
        words, others = set(self.phrase.split()), set(other.phrase.split())
        if words <= others or others <= words:
            return []
        runs = {
            f"{left} {' '.join(right.split()[size:])}"
            for first, second in ((self, other), (other, self))
            for left in first.forms()
            for right in second.forms()
            for size in range(1, min(len(left.split()), len(right.split())))
            if left.split()[-size:] == right.split()[:size]
            and not (language == "id" and any(map(is_prefixed, right.split()[:size])))
        }
        return [re.compile(rf"\b{re.escape(run)}\b") for run in sorted(runs)]

    def said_as_one_with(self, other: _Topic, texts: dict[int, str], language: str) -> bool:
        """The two phrases make a run (runs_with) the talk says, and the less-said one is never said
        without the other: one subject heard in two pieces ("layanan teknologi" and "teknologi
        informasi"; "tahap implementasi" and "implementasi kebijakan" said in one sentence and as
        "tahap implementasi kebijakan").  Each said apart as well, they are two ("kebocoran data",
        "data pribadi", once "kebocoran data pribadi")."""
        fewer = min(self, other, key=lambda topic: len(topic.said))
        together = self.said.keys() & other.said.keys()
        if len(together) < len(fewer.said):  # before the runs are made: most pairs part here
            return False
        return any(run.search(texts[at]) for run in self.runs_with(other, language) for at in together)

    def said_apart_from(self, other: _Topic, texts: dict[int, str], language: str) -> int:
        """Utterances that say this phrase other than in a run it makes with the other."""
        runs, forms = self.runs_with(other, language), [re.compile(rf"\b{re.escape(form)}\b") for form in self.forms()]
        rest = {at: functools.reduce(lambda text, run: run.sub("\n", text), runs, texts[at]) for at in self.said}
        return sum(1 for text in rest.values() if any(form.search(text) for form in forms))

    def acts_on(self, subject: _Topic, language: str) -> bool:
        """This phrase is a verb before words of the other phrase and is said with it in most of its
        utterances ("memasukkan diplomasi" beside "strategi diplomasi", "menurunkan angka" beside
        "angka stunting"): what is done to that subject, a second form of it."""
        _, *rest = self.phrase.split()
        return (
            _verb_first(self.phrase, language)
            and set(rest) <= set(subject.phrase.split())
            and not set(subject.phrase.split()) <= set(self.phrase.split())
            and 2 * len(self.said.keys() & subject.said.keys()) > len(self.said)
        )

    def one_subject_with(self, other: _Topic, texts: dict[int, str], language: str) -> bool:
        """The two phrases share a word and are one subject said twice (said_as_one_with, acts_on);
        "diplomasi digital" and "diplomasi budaya" share theirs in one place and stay two."""
        acting = self.acts_on(other, language) or other.acts_on(self, language)
        return acting or self.said_as_one_with(other, texts, language)

    def handles(self, subject: _Topic) -> bool:
        """This phrase is a general verb of handling before the other phrase ("mengatasi grogi",
        "grogi"): a second form of that subject, which keeps the subject's own form."""
        verb, _, rest = self.phrase.partition(" ")
        return verb in HANDLING_VERBS and rest == subject.phrase

    def as_phrase(self, vocabulary: Vocabulary) -> Phrase:
        occurrences = sorted(self.said.values(), key=lambda o: o.start)
        return Phrase(
            phrase=vocabulary.written(self.phrase),
            heard=[vocabulary.written(heard) for heard in self.heard],
            score=round(self.score, 4),
            count=len(occurrences),
            first_time=occurrences[0].start,
            occurrences=occurrences[:MAX_OCCURRENCES],
        )


def select_phrases(
    ranked: list[tuple[str, float]],
    utterances: list[Utterance],
    normalized: list[str],
    top_n: int,
    min_count: int,
    vocabulary: Vocabulary,
    heard_surely: Callable[[str], bool] = lambda heard: True,
    subjects_only: bool = False,
) -> list[Phrase]:
    """Keep the best readable phrases said in at least min_count utterances, counted over all the
    heard forms of each (a term ASR spells four ways is still said four times).  A phrase inside a
    longer one that stands for it is left out ("salam" beside "salam sejahtera"); the longer takes
    the place and score of a shorter one ranked before it.  A subject after a verb of handling is
    listed once, in its own form ("grogi", not "mengatasi grogi" beside it), and the verb alone is
    none.  A heard form that is not heard_surely is left out unless it reads as a phrase of the
    day's own.  With subjects_only, a verb or adjective alone is none either (_lone_verb); in any
    list, one said before a glossary term is none (_acts_on_a_term), nor a word the talk grades
    ("sangat menarik": Vocabulary.qualities)."""
    topics: dict[str, _Topic] = {}
    for heard, score in ranked:
        text = vocabulary.readable(heard)
        if text is None or not (heard_surely(heard) or vocabulary.own(vocabulary.written(text))):
            continue
        topic = topics.setdefault(text, _Topic(text, score, [], {}))
        if heard != text and heard not in topic.heard:
            topic.heard.append(heard)
        for hit in exact_mentions(heard, utterances, normalized):
            topic.said.setdefault(hit.utterance, hit)
    _short_in_long(topics, vocabulary)
    words_said = sum(len(text.split()) for text in normalized)
    texts = {utterance.index: text for utterance, text in zip(utterances, normalized, strict=False)}
    language = vocabulary.language
    kept: list[_Topic] = []
    second_forms: list[_Topic] = []
    for topic in topics.values():
        if (
            len(topic.said) < (1 if vocabulary.titles_the_day(topic.phrase) else min_count)
            or _everyday(topic.phrase, len(topic.said), words_said, language)
            or topic.phrase in HANDLING_VERBS
            or topic.phrase in vocabulary.qualities
            or (
                _lone_verb(topic.phrase, vocabulary)
                and (subjects_only or _acts_on_a_term(topic, texts, vocabulary.before_a_term))
            )
            or any(longer.stands_for(topic) or topic.handles(longer) for longer in kept)
            or any(form.stands_for(topic) for form in second_forms)
        ):
            continue
        inside = [shorter for shorter in kept if topic.stands_for(shorter)]
        handled = [handling for handling in kept if handling.handles(topic)]
        # of two forms of one subject the one that names it better is kept; where neither does
        # (each said only with the other, "kesehatan mental diplomat") both are
        naming = {
            other: (_naming(other, topic, texts, language), _naming(topic, other, texts, language))
            for other in kept
            if other.one_subject_with(topic, texts, language)
        }
        same = [other for other, (theirs, its) in naming.items() if theirs != its]
        if any(theirs > its for theirs, its in naming.values()):
            second_forms.append(topic)  # its pieces are no topics of their own either
            kept = [other for other in kept if other not in inside]
            continue
        replaced = [other for other in kept if other in inside or other in handled or other in same]
        second_forms += [other for other in replaced if other in same]
        if replaced:
            topic.score = max(topic.score, replaced[0].score)
            kept[kept.index(replaced[0])] = topic
            kept = [other for other in kept if other not in replaced[1:]]
        elif len(kept) + len(second_forms) < top_n:  # once full, a phrase ranked lower only takes its pieces' place
            kept.append(topic)  # ("soft power" for "soft" and "power")
    return [topic.as_phrase(vocabulary) for topic in _merged(_in_long_form(topic, vocabulary) for topic in kept)]


def _merged(topics: Iterable[_Topic]) -> list[_Topic]:
    """The topics, those renamed to one phrase (_in_long_form: "hpp" and "hpp gabah" are both "harga
    pembelian pemerintah") as the first of them, with the others' heard forms and mentions: one
    subject listed once."""
    merged: dict[str, _Topic] = {}
    for topic in topics:
        if first := merged.get(topic.phrase):
            first.heard = first.heard + [heard for heard in topic.heard if heard not in first.heard]
            first.said = {**topic.said, **first.said}
        else:
            merged[topic.phrase] = topic
    return list(merged.values())


def _in_long_form(topic: _Topic, vocabulary: Vocabulary) -> _Topic:
    """A short form of the village's the talk says only short (Vocabulary.long_forms: "dbd", "kur")
    shown in its long form, the short form a heard one: what an archivist files (talks-55's and
    -56's "daftar pemilih tetap", "kredit usaha rakyat"); so too the short form before words of its
    meaning's field, which its long form names (short_forms.of_its_field: "hpp gabah").  Renamed
    once chosen, so that a phrase holding the short form ("kader jumantik") still stands for it."""
    short, *rest = topic.phrase.split()
    long = vocabulary.long_forms.get(topic.phrase)
    if long is None and (field := vocabulary.long_forms.get(short)) and of_its_field(field, rest):
        long = field
    return replace(topic, phrase=long, heard=[topic.phrase, *topic.heard]) if long else topic


def _short_in_long(topics: dict[str, _Topic], vocabulary: Vocabulary) -> None:
    """One subject said in a short and a long form, both candidates ("medsos" and "media sosial",
    "pjj" and "pembelajaran jarak jauh": Vocabulary.short_forms), is one topic, in its long form, said
    wherever either is, the short form kept as a heard one: listed apart, the two had stood in one
    list as two topics.  A short form said without its long form is what the talk calls it, but the
    village's the talk never says long (_in_long_form)."""
    by_form = {vocabulary.written(text): text for text in topics}
    for short, long in vocabulary.short_forms.pairs:
        if by_form.get(short) in topics and by_form.get(long) in topics:
            whole, brief = topics[by_form[long]], topics.pop(by_form[short])
            whole.heard += [form for form in (brief.phrase, *brief.heard) if form not in whole.forms()]
            for at, hit in brief.said.items():
                whole.said.setdefault(at, hit)
            whole.score = max(whole.score, brief.score)


def _verb_first(phrase: str, language: str) -> bool:
    """A phrase that opens with a verb or adjective ("mendorong keterbukaan"): what is done, not a
    subject."""
    return language == "id" and " " in phrase and is_prefixed(phrase.split()[0])


def _naming(topic: _Topic, other: _Topic, texts: dict[int, str], language: str) -> tuple[bool, int]:
    """How well a phrase names the subject it is one of two forms of: not opening with a verb
    ("keterbukaan informasi", not "mendorong keterbukaan"), then said in more utterances apart from
    the other ("teknologi informasi" said alone too, "layanan teknologi" only in "layanan teknologi
    informasi")."""
    return not _verb_first(topic.phrase, language), topic.said_apart_from(other, texts, language)


def _lone_verb(phrase: str, vocabulary: Vocabulary) -> bool:
    """A verb or adjective alone ("belajar", "berunding", "tertarik"), or a verb said without its
    prefix ("cari", "lanjutkan": language.is_bare_verb): what a subject does or is, no subject,
    unless the day's own texts (report, glossary) have it.  Of 20 prefixed words the tuning talks'
    lists showed none was judged a topic of the day (docs/measurements.md, "A lone verb
    (forty-fourth round)")."""
    return (
        vocabulary.language == "id"
        and " " not in phrase
        and (is_prefixed(phrase) or is_bare_verb(phrase))
        and not vocabulary.own(vocabulary.written(phrase))
    )


def _acts_on_a_term(topic: _Topic, texts: dict[int, str], before_a_term: re.Pattern[str] | None) -> bool:
    """The phrase is said right before one of the glossary's terms in most of its utterances
    ("menjalankan diplomasi digital"): a voice's list pairs a term with no word (speaker_phrases), so
    a verb there is what is left of the term's clause, the term its subject, listed whole (para-7's
    host listed "menjalankan" alone; docs/measurements.md, forty-ninth round).  `before_a_term` is
    Vocabulary.before_a_term."""
    if before_a_term is None:
        return False
    said_before = sum(
        1 for at in topic.said if any(m.group(1) == topic.phrase for m in before_a_term.finditer(texts[at]))
    )
    return 2 * said_before > len(topic.said)


def _everyday(phrase: str, said: int, words_said: int, language: str) -> bool:
    """A word alone said in `said` utterances of a text of `words_said` words no more than
    SALIENT_MIN times as often as the language says it anywhere: what the talk is about is said
    far more often than elsewhere ("diplomasi" 1,600 times, "orang" once, on a long talk)."""
    from wordfreq import zipf_frequency

    if " " in phrase or not has_word_list(language):
        return False
    zipf = zipf_frequency(phrase, language)  # 0 for a word it does not know: a name, a term
    return zipf > 0 and _times_the_language(said, words_said, zipf) <= np.log10(SALIENT_MIN)


def _times_the_language(said: float, words_said: float, zipf: float) -> float:
    """How many times as often a text of `words_said` words says a word (`said` times) as the
    language does (wordfreq's Zipf: log10 of its count in a billion words), on a log10 scale."""
    return float(np.log10(max(said, 1) / max(words_said, 1)) - (zipf - 9))


def _meaningful(phrase: str, language: str = "id", said_short: frozenset[str] = frozenset()) -> bool:
    """Whether a phrase may be a topic: four letters or more, or a short form or coinage of the
    village's of three (`said_short`: "dbd", "kur", "blt"; not one the talk says as its long form less its last word,
    short_forms.said_in_part), with a word of its own at either end, no number, no material."""
    words, stop = phrase.split(), phrase_stop_words(language)
    return (
        (len(phrase) >= 4 or phrase in said_short)
        and phrase not in TALK_MATERIAL
        and not any(w.isdigit() for w in words)
        and any(w not in stop for w in words)
        and words[0] not in stop
        and words[-1] not in stop
        and not (language == "id" and (is_saying(words[0]) or is_saying(words[-1])))
    )


def steered(sentence: str, people: frozenset[str]) -> str:
    """What of a host's sentence steers the talk: a question whole (it ends in "?" or opens with a
    question word), an announcement from the word that announces on ("Tema kita hari ini adalah
    ..."; not the date or the format before it), nothing of a sentence that runs the session ("Suara
    saya sudah terdengar?", "Mas Arif, siap screenshot?": `people` are the names said to someone).
    An announcement that hands the material out through the call's tools ("Materi presentasi nanti
    dibagikan lewat grup WhatsApp") is no theme; one that names a tool as its subject is ("strategi
    konten YouTube untuk UMKM").  A question may ask of them ("Apa yang beda kalau
    public speaking-nya lewat layar?")."""
    if runs_the_session(sentence, people) is True:
        return ""
    words = normalize(sentence).split()
    if sentence.rstrip().endswith("?") or (words and words[0] in QUESTION_WORDS):
        return ANNOUNCING.sub(",", sentence)  # "kok nggak ada tema batik?" asks of "batik"
    announced = list(ANNOUNCING.finditer(sentence))
    theme = sentence[announced[-1].end() :] if announced else ""  # "membawakan materi tentang X": X
    return "" if hands_out_by_the_call(theme) else theme


def steering(text: str, people: frozenset[str] = frozenset()) -> str:
    """The parts of a host's utterance that steer the talk (steered), one sentence a clause."""
    return ". ".join(part for sentence in HOST_SENTENCE.findall(text) if (part := steered(sentence, people)))


def _off_the_session(text: str, people: frozenset[str], vocabulary: Vocabulary) -> str:
    """A text read by clauses (clauses()) without those that only run the session
    (narration.runs_the_session): the host's lines are steered whole (steering), and a guest says
    "nanti saja saya lanjutkan di tanya jawab", "slide berikutnya" or "saya kembalikan ke moderator"
    too ("lanjutkan", "slide" had been a guest's topics; docs/measurements.md, "Held-out talks:
    ordinary verbs ...").  A word the language's dictionary lacks but the day or the talk knows
    ("ppkm", "pinjol"; not a name) is said of the subject: "ppkm sudah selesai" is no session's."""

    session, stop = session_words()[0] | people, stop_words(vocabulary.language)
    in_a_session_line = says_the_sessions_own(text, people)

    def runs_it(clause: str) -> bool:
        return runs_the_session(clause, people, in_a_session_line=in_a_session_line) is True and not any(
            is_fragment(word) and vocabulary.known(word) and not vocabulary.names_someone(word)
            for word in clause.split()
            if word not in session and word not in stop
        )

    return _in_the_days_language(
        "\n".join(clause for clause in text.split("\n") if not runs_it(clause)), vocabulary.language
    )


def _in_the_days_language(text: str, language: str) -> str:
    """A text read by clauses without the English words of those an Indonesian speaker says in
    English in passing ("see you next week", "we will talk about it later", "every week is
    different"): most of their words more English's than the day's (wordfreq) and one of English's
    stop words among them, those words are no subject ("week", "later", "talk" had been topics),
    nor are those of a clause of English words alone beside one ("practice first, talk later").  The
    clause's Indonesian words stay, each run its own clause ("pelanggan pay once": "pelanggan").  An
    English term said as the subject ("jadi public speaking", "soft power lewat kuliner") holds no
    English stop word or comes in an Indonesian clause, and stays."""
    if language != "id":
        return text
    lines = text.split("\n")
    leaning = [_english_leaning(line.split()) for line in lines]
    english = [len(words) > 1 and 2 * len(en) > len(words) and bool(en & english_stop_words()) for words, en in leaning]
    out = []
    for at, (words, en) in enumerate(leaning):
        beside = len(en) == len(words) and any(english[near] for near in (at - 1, at + 1) if 0 <= near < len(lines))
        if english[at] or beside:
            out += " ".join("\n" if word in en else word for word in words).split("\n")
        else:
            out.append(lines[at])
    return "\n".join(line.strip() for line in out if line.strip())


def _english_leaning(words: list[str]) -> tuple[list[str], set[str]]:
    """The words, and those of them more English's than Indonesian's (wordfreq's Zipf)."""
    from wordfreq import zipf_frequency

    return words, {word for word in words if zipf_frequency(word, "en") > zipf_frequency(word, "id")}


def _lone_word(text: str, passed_over: frozenset[str]) -> str | None:
    """The one word of a text that is none of `passed_over` (stop words, session words, names said
    to someone) and no word of no dictionary ("Pak kentar tu, bu maya, siar": "siar"); None where
    it says none or more."""
    words = {word for word in text.split() if word not in passed_over and not is_fragment(word)}
    return words.pop() if len(words) == 1 else None


def _calls_and_replies(
    utterances: list[Utterance], said: list[str], people: frozenset[str], vocabulary: Vocabulary
) -> set[int]:
    """The utterances (by place) of a call and its replies: one word said alone by voice after voice
    in turn, as a roll call ("Pak Hendarto, Bu Maya, siap?" / "Siap, Mas." / "Siap.") or a toast.
    Whisper hears the session's word as a real word ("siar" for "siap", 0.6-0.9 sure) that the
    session's list lacks, and the exchange had counted three times over (para-12's top topic)."""
    passed_over = session_words()[0] | people | stop_words(vocabulary.language)  # once, not per utterance
    lone = [_lone_word(text, passed_over) for text in said]
    replies: set[int] = set()
    for at in range(1, len(utterances)):
        if lone[at] and lone[at] == lone[at - 1] and utterances[at].speaker != utterances[at - 1].speaker:
            replies |= {at - 1, at}
    return replies


def clauses(text: str, vocabulary: Vocabulary) -> str:
    """An utterance as the topics stage reads it: its clauses normalised, split words joined back,
    compounds hyphened ("kerja-sama"), one clause a line so that no phrase is found across a
    sentence end, an address or a set phrase."""
    stop = stop_words(vocabulary.language)
    text = REDUPLICATION.sub(lambda m: _reduplicated(m, stop), without_introductions(text, vocabulary.language))
    pieces = (
        piece
        for clause in CLAUSE_END.split(text)
        for piece in SET_PHRASE.sub("\n", ADDRESS.sub("\n", normalize(clause))).split("\n")
    )
    lines = (join_compounds(vocabulary.heard_terms(vocabulary.rejoin(piece)), vocabulary.language) for piece in pieces)
    doubled = (REDUPLICATED_APART.sub(lambda m: m[0] if m[1] in stop else f"{m[1]}-{m[1]}", line) for line in lines)
    language = vocabulary.language
    plurals = (
        WHOLE_REDUPLICATION.sub(lambda m: _plural_as_a_break(m, language), line.replace("_", "-")) for line in doubled
    )
    return "\n".join(line.strip() for text in plurals for line in text.split("\n") if line.strip())


def _plural_as_a_break(match: re.Match, language: str) -> str:
    """A reduplication of a word the language says often (PLURAL_ROOT_ZIPF) as a clause's end, any
    other as it stands."""
    from wordfreq import zipf_frequency

    root = match[1].lower()
    plural = f"{root}-{root}" not in DOUBLED_WORDS and zipf_frequency(root, language) >= PLURAL_ROOT_ZIPF
    return "\n" if plural else match[0]


def _reduplicated(match: re.Match, stop: frozenset[str]) -> str:
    """A reduplication as one word, joined by a joiner normalize() keeps ("undang_undang",
    "berbeda_beda"); one of a stop word as stop words ("apa-apa" two, "pertama-tama" "pertama": its
    second part alone, "tama", is a piece of a word)."""
    first, rest = match[0].split(match[0][len(match[1]) + len(match[2])], 1)
    if first.lower() in stop:
        return first if match[1] else match[0]
    return f"{first}_{rest}"


def key_phrases(
    normalized: list[str], top_n: int, language: str = "id", said_short: frozenset[str] = frozenset()
) -> list[tuple[str, float]]:
    """YAKE over the whole talk; its score (lower is better) becomes 1 / (1 + score).  `said_short`:
    the short forms of three letters that may be a phrase (_meaningful)."""
    import yake

    stop = set(phrase_stop_words(language))
    extractor = yake.KeywordExtractor(lan=language, n=3, dedup_lim=0.7, top=top_n * CANDIDATES, stopwords=stop)
    ranked = extractor.extract_keywords(". ".join(line for text in normalized for line in text.split("\n")))
    # YAKE does not end a sentence before a small letter: "media sosial. twitter." crosses two
    # clauses, and "media sosial." is "media sosial" (the best score of the two forms kept)
    phrases: dict[str, float] = {}
    for phrase, score in ranked:
        phrase = phrase.rstrip(".")
        if "." not in phrase and phrase not in phrases and _meaningful(phrase, language, said_short):
            phrases[phrase] = 1 / (1 + score)
    return list(phrases.items())


def _runs_said_only_whole(texts: list[str], language: str) -> dict[tuple[str, str], str]:
    """Each pair of words inside a run of three different words that the talk says in RUN_MIN
    utterances or more, none of the three said anywhere else ("rumah potong hewan", "pupuk organik
    cair", said in four or five), with the run.  A voice's list ranks words and pairs
    (speaker_phrases), so such a subject came as its pieces ("rumah potong", "potong hewan").  A word
    of the run said apart too leaves the pair a subject of its own ("air" of "sumber air bersih" beside
    "air bersih", "virtual" of "kacamata realitas virtual" beside "dunia virtual"), and so does a run
    said twice, where the older talks expect the term before a modifier ("agen penyalur" of "agen
    penyalur ilegal", "protokol kesehatan" of "protokol kesehatan hewan").  A run is a phrase as YAKE's
    are (no stop word at an end) and no verb's ("berbahan rumput laut")."""
    lines = [(at, line.split()) for at, text in enumerate(texts) for line in text.split("\n")]
    mentions = Counter(word for _, words in lines for word in words)
    windows: dict[tuple[str, ...], list[int]] = {}
    for at, words in lines:
        for start in range(len(words) - 2):
            windows.setdefault(tuple(words[start : start + 3]), []).append(at)
    runs = {}
    for run, said in windows.items():
        if (
            len(set(said)) >= RUN_MIN
            and len(set(run)) == 3
            and all(mentions[word] == len(said) for word in run)
            and _meaningful(" ".join(run), language)
            and not (language == "id" and is_prefixed(run[0]))
        ):
            runs |= {pair: " ".join(run) for pair in pairwise(run)}
    return runs


def _pieces_as_runs(ranked: list[tuple[str, float]], runs: dict[tuple[str, str], str]) -> list[tuple[str, float]]:
    """A voice's ranked terms with each pair said only inside a longer run (_runs_said_only_whole)
    ranked as that run, once, in the place of its best-ranked piece."""
    out: dict[str, float] = {}
    for term, score in ranked:
        words = term.split()
        term = runs.get((words[0], words[1]), term) if len(words) == 2 else term
        out.setdefault(term, score)
    return list(out.items())


def speaker_phrases(
    documents: list[str],
    top_n: int,
    language: str = "id",
    terms: frozenset[str] = frozenset(),
    said_short: frozenset[str] = frozenset(),
) -> list[list[tuple[str, float]]]:
    """Class-based TF-IDF: what each speaker says often that the others do not.  A glossary term
    (`terms`, as _heard_terms joins them) is paired with no word: whole, it is one subject, and a word
    beside it makes a clause's piece ("diplomasi digital diukur", "diplomasi digital memakai")."""
    from sklearn.feature_extraction.text import CountVectorizer

    word, stop = re.compile(r"\b[^\W\d_]{3,}(?:-[^\W\d_]+)*\b"), phrase_stop_words(language)  # "undang-undang" one

    def terms_of(document: str) -> list[str]:
        """Words and word pairs (stop words left out) within each clause, one clause a line."""
        found = []
        for line in document.split("\n"):
            words = [w for w in word.findall(line) if w not in stop]
            found += words + [" ".join(pair) for pair in pairwise(words) if not terms & {*pair}]
        return found

    vectorizer = CountVectorizer(analyzer=terms_of)
    try:
        counts = vectorizer.fit_transform(documents).toarray().astype(float)
    except ValueError:  # nothing but stop words
        return [[] for _ in documents]
    terms = vectorizer.get_feature_names_out()
    frequency = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)
    weight = np.log(1 + counts.sum(axis=1).mean() / np.maximum(counts.sum(axis=0), 1))
    scores = frequency * weight
    salience = _day_salience(terms, counts.sum(axis=0), language)
    result = []
    for row, doc_counts in zip(scores, counts, strict=False):
        # ties (a question says most of its terms once) go to the terms more the day's than the language's
        said = [i for i in range(len(terms)) if doc_counts[i] > 0 and _meaningful(terms[i], language, said_short)]
        order = sorted(said, key=lambda i: (-row[i], not salience[i][0], -salience[i][1]))
        result.append([(str(terms[i]), float(row[i])) for i in order[: top_n * CANDIDATES]])
    return result


def _day_salience(terms: np.ndarray, day_counts: np.ndarray, language: str) -> list[tuple[bool, float]]:
    """How much more each term's words are said in the day than the language says them (wordfreq),
    on a log scale, averaged over its words: "menggantikan diplomasi" is more the day's than
    "suka rapat".  A term with a word wordfreq does not know comes after those it knows: in ASR
    such a word is mostly a mishearing, which is no topic (Vocabulary.readable)."""
    from wordfreq import zipf_frequency

    said = {term: count for term, count in zip(terms, day_counts, strict=True) if " " not in term}
    words_said, listed = sum(said.values()), has_word_list(language)
    # with no word list no word is rarer to the language than another: the day's counts alone order them
    zipf = {word: zipf_frequency(word, language) if listed else 0.0 for word in said}

    def salience(words: list[str]) -> tuple[bool, float]:
        times = [_times_the_language(said.get(word, 1), words_said, zipf.get(word, 0.0)) for word in words]
        return not listed or all(zipf.get(word, 0.0) > 0 for word in words), float(np.mean(times))

    return [salience(term.split()) for term in terms]


def known_entities(config: DayConfig, report_text: str | None) -> list[tuple[str, str, str]]:
    """(text, label, origin): the config's speakers and glossary, then names in the cased report."""
    # A role alone ("Moderator", "MC") names no one: no person to find, and no name to join across days.
    entries = [(s.name, "PERSON", "config") for s in config.speakers if speaker_person(s.name) is not None]
    entries += [(g.term, g.type, "config") for g in config.glossary]
    if report_text:
        patterns = [{"label": label, "pattern": text} for text, label, _ in entries]
        for ent in find_entities(report_text, patterns).ents:
            entries.append((" ".join(ent.text.split()), ent.label_, "report"))
    from rapidfuzz import fuzz

    # One person or thing once: the report's "Ayu Larassati" (a typo) is the config's speaker.  Only a
    # report's name is read as a config entry written another way: the config's own entries, and two
    # names of the report ("Dewi Lestari", "Dewi Lestiari"), are as many people as they are written.
    # A report's name made of words of one speaker's name ("Prof. Ratna") is that speaker.
    each_speakers_words = [set(normalize(core_name(s.name)).split()) for s in config.speakers]
    unique: dict[str, tuple[str, str, str]] = {}
    config_keys: list[str] = []  # kept as they come, not gathered from `unique` for each of thousands of names
    for text, label, origin in entries:
        spoken = normalize(core_name(text))
        key = spoken.replace(" ", "")  # "You Tube" is "Youtube"
        if key not in unique and not (
            origin == "report"
            and (
                any(fuzz.ratio(key, seen) >= SAME_NAME_MIN for seen in config_keys)
                or any(set(spoken.split()) <= words for words in each_speakers_words)
            )
        ):
            unique[key] = (text, label, origin)
            if origin == "config":
                config_keys.append(key)
    return list(unique.values())


def entity_mentions(
    text: str, label: str, utterances: list[Utterance], spoken: list[str], language: str, forms: ShortForms
) -> list[Occurrence]:
    """Where a known name or term is said: a person as people are called (person_mentions), anything
    else as written or in another form of it (said_in_any_form)."""
    if label == "PERSON":
        return person_mentions(text, utterances, spoken, language)
    return said_in_any_form(text, utterances, spoken, language, forms)


def said_in_any_form(
    term: str, utterances: list[Utterance], spoken: list[str], language: str, forms: ShortForms
) -> list[Occurrence]:
    """Where a name or term is said, as written or by another form of it: "Kemlu" for the report's
    "Kementerian Luar Negeri", "KBRI Seoul" as "Kedutaan Besar Republik Indonesia Seoul".  A short
    form is a whole word (ASR's spelling is forgiven only in the long forms), and one said letter by
    letter ("RI", "HAM", a term of capitals so written) only where the talk writes it in capitals:
    "jati di ri", "roti ham", "poli tik" say no such name."""
    written = {utterance.index: utterance.text for utterance in utterances}
    capitals = {normalize(term)} if term.isupper() and len(term.replace(" ", "")) <= SHORT_TERM_LETTERS else set()
    said: dict[int, Occurrence] = {}
    for variant in [term, *forms.variants(normalize(term))]:
        hits = (
            exact_mentions(variant, utterances, spoken, clitics=True)
            if variant != term and " " not in variant
            else fuzzy_mentions(variant, utterances, spoken, language)
        )
        for hit in hits:
            text, form = written[hit.utterance], normalize(variant)
            if not forms.spelt(variant, text) or (form in capitals and not in_capitals(form, text)):
                continue
            said.setdefault(hit.utterance, hit)
    return sorted(said.values(), key=lambda hit: hit.utterance)


def number_mentions(utterances: list[Utterance]) -> list[NumberMention]:
    """Every quantity the talk states, in digits or in words ("dua koma lima juta" -> 2500000)."""
    return [
        NumberMention(
            value=value,
            unit=unit,
            is_year=bool(YEAR.match(value)) and unit in (None, "tahun"),  # "2.000 orang" counts people
            utterance=utterance.index,
            start=utterance.start,
            end=utterance.end,
            speaker=utterance.speaker,
            context=context,
        )
        for utterance in utterances
        for value, context, unit in quantities(utterance.text)
    ]


def word_probabilities(transcript: Transcript) -> dict[str, float]:
    """Whisper's mean probability of each word, as normalize() writes it, over all its mentions.
    Each written form is normalised once: a long day says its few thousand forms many times over."""
    heard: dict[str, list[float]] = {}
    forms: dict[str, list[str]] = {}
    for segment in transcript.segments:
        for word in segment.words:
            if word.word not in forms:
                forms[word.word] = normalize(word.word).split()
            for part in forms[word.word]:
                heard.setdefault(part, []).append(word.probability)
    return {word: sum(values) / len(values) for word, values in heard.items()}


def least_probability(phrase: str, probabilities: dict[str, float]) -> float:
    """The lowest probability of a phrase's words, each looked up as word_probabilities keys it: as
    normalize() splits it.  Looked up as written, a doubled word ("lai-lai", "khabar-khabar": Whisper
    0.19, 0.35 on para-8 and para-6) was found in none and heard surely (1.0).  A word not heard: 1.0."""
    parts = (part for word in phrase.split() for part in normalize(word).split())
    return min((probabilities.get(part, 1.0) for part in parts), default=1.0)


def extract_topics(
    config: DayConfig, diarization: Diarization, report_text: str | None, probabilities: dict[str, float] | None = None
) -> dict:
    """The day's topics, entities and numbers.  With the transcript's word probabilities, a phrase
    Whisper was unsure of is no topic: on the bundled days these were mostly mishearings ("kucing",
    "bensin", "puyuh" in a talk about diplomacy; docs/measurements.md, "Indonesian text")."""
    utterances = diarization.spoken_once()  # a repetition loop's phrase is said once, not once a turn
    day_vocabulary = Vocabulary.of_day(config, report_text)
    normalized = [clauses(u.text, day_vocabulary) for u in utterances]
    written = [u.text for u in utterances]
    vocabulary = day_vocabulary.talk_calls(normalized, written, [u.speaker for u in utterances], probabilities)
    if pronouns := vocabulary.pronouns_heard():  # "sayang rahmat dari dinas ...": an introduction, read again
        normalized = [
            clauses(pronouns.sub(lambda m: vocabulary.stops_heard[m[0].lower()], u.text), day_vocabulary)
            for u in utterances
        ]
    normalized = [vocabulary.heard_whole(text) for text in normalized]
    people = vocabulary.addressed | HOST_WORDS
    # what the voices say of the day: a clause running the session is none of it, a guest's too
    said = [_off_the_session(text, people, vocabulary) for text in normalized]
    replies = _calls_and_replies(utterances, said, people, vocabulary)
    said = ["" if at in replies else text for at, text in enumerate(said)]
    top_n = config.topics.top_n
    least = config.topics.min_word_probability

    garbled = _amid_garbles(normalized, vocabulary)

    def heard_surely(heard: str) -> bool:
        """Neither a word Whisper was unsure of nor one it made of a garbled stretch (_amid_garbles)."""
        if garbled & set(heard.split()):
            return False
        return not probabilities or least_probability(vocabulary.written(heard), probabilities) >= least

    said_short = village_short_forms(config.language) - said_in_part(normalized, config.language)
    said_short |= village_coinages(config.language)  # "blt", filed as said
    ranked = key_phrases(said, top_n, config.language, said_short)
    # a verb alone may be what one voice talks about ("menertawakan"), never what the day was about
    overall = select_phrases(ranked, utterances, said, top_n, MIN_COUNT, vocabulary, heard_surely, subjects_only=True)
    speakers = diarization.speakers

    def documents(texts: list[str]) -> list[str]:
        """Each voice's utterances, one text a voice."""
        return ["\n".join(t for u, t in zip(utterances, texts, strict=True) if u.speaker == s.label) for s in speakers]

    terms = frozenset(vocabulary.joined_terms)
    runs = _runs_said_only_whole(said, config.language)
    ranked_lists = speaker_phrases(documents(said), config.topics.per_speaker_top_n, config.language, terms, said_short)
    # the host's list is ranked on what it asks and announces alone (steering); the others' as before
    host_names = config.host_names()
    hosts = {s.label for s in speakers if s.name in host_names}
    read = [
        _in_the_days_language(clauses(steering(u.text, people), vocabulary), config.language)
        if u.speaker in hosts and at not in replies
        else t
        for at, (u, t) in enumerate(zip(utterances, said, strict=True))
    ]
    if hosts:
        steered_lists = speaker_phrases(
            documents(read), config.topics.per_speaker_top_n, config.language, terms, said_short
        )
        ranked_lists = [steered_lists[i] if s.label in hosts else ranked_lists[i] for i, s in enumerate(speakers)]
    ranked_lists = [_pieces_as_runs(ranked, runs) for ranked in ranked_lists]
    per_speaker = []
    for speaker, ranked in zip(speakers, ranked_lists, strict=True):
        mine = [(u, t) for u, t in zip(utterances, read, strict=True) if u.speaker == speaker.label]
        own_utterances, own_text = [u for u, _ in mine], [t for _, t in mine]
        per_speaker.append(
            SpeakerTopics(
                speaker=speaker.label,
                name=speaker.name,
                phrases=select_phrases(
                    ranked, own_utterances, own_text, config.topics.per_speaker_top_n, 1, vocabulary, heard_surely
                ),
            )
        )
    entities = []
    spoken = [vocabulary.written(text.replace("\n", " ")) for text in normalized]
    forms = vocabulary.short_forms
    for text, label, origin in known_entities(config, report_text):
        hits = entity_mentions(text, label, utterances, spoken, config.language, forms)
        by_surname = label == "PERSON" and not hits
        hits = hits or (surname_mentions(text, utterances, spoken, config.language) if by_surname else [])
        entities.append(
            Entity(
                text=text,
                label=label,
                origin=origin,
                found=bool(hits),
                found_by=("surname" if by_surname else "name") if hits else None,
                mentions=len(hits),
                occurrences=hits[:MAX_OCCURRENCES],
            )
        )
    return dict(overall=overall, per_speaker=per_speaker, entities=entities, numbers=number_mentions(utterances))


def config_entities_differ(topics: Topics, config: DayConfig) -> str | None:
    """How topics.json's entities of the config are not the config's names and terms, each listed
    once whether the talk says it or not (known_entities), in a phrase; None where they are.  One
    taken out by hand would drop a speaker or a glossary term from the page and the tables as
    though the day had never named it."""
    listed = [(entity.text, entity.label) for entity in topics.entities if entity.origin == "config"]
    named = [(text, label) for text, label, _ in known_entities(config, None)]
    missing = [text for text, label in named if (text, label) not in listed]
    if missing:
        return f"entities: the config's {quoted(missing[0])} is not listed ({len(missing)} of {len(named)} left out)"
    if listed != named:
        return "entities: those of the config are not its names and terms, each once, in its order"
    return None


def topics(config: DayConfig, paths: DayPaths) -> Topics:
    """Write topics.json from speakers.json (speaker-attributed utterances), the transcript's word
    probabilities and the report."""
    diarization = read_artifact(paths.speakers, Diarization, "diarize")
    transcript = read_artifact(paths.transcript, Transcript, "transcribe")
    inputs: dict[str, Path | str] = {"speakers": paths.speakers, "transcript": paths.transcript}
    if config.report_path:
        inputs["report"] = config.report_path
    report_text = read_report(config)
    provenance = Provenance.begin("topics", config.stage_key("topics"), inputs, PACKAGES)
    for repeated in diarization.repetitions():
        log.warning(
            f"{paths.transcript}: probable ASR repetition at {clock(repeated.start)}: {quoted(repeated.phrase)} "
            f"written {repeated.turns} times over; the topics count it once"
        )
    found = extract_topics(config, diarization, report_text, word_probabilities(transcript))
    result = Topics(**found, provenance=provenance.finish())
    write_artifact(paths.topics, result)
    return result
