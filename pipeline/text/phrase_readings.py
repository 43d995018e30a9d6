"""What a phrase is not: the word-level readings of a talk that decide which of its words are no
topic (a stop word garbled, a name called or addressed, a word Whisper made of a garbled stretch, a
graded word, a unit), and the talk's Vocabulary that holds them for the topics stage."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from pipeline.config import DayConfig
from pipeline.text.language import (
    CALENDAR_NAMES,
    CLITICS,
    CONJUNCTIONS,
    DEGREE_AFTER,
    DEGREE_BEFORE,
    HONORIFICS,
    NAME_TITLES,
    PARENT_TERMS,
    PEOPLE_ROLES,
    PERSONAL_PRONOUNS,
    PREDICATE_BEFORE,
    PREPOSITIONS,
    PROFESSIONS,
    ROLE_WORDS,
    TALK_MATERIAL,
    TERM_STOP_WORDS,
    TERM_STOP_WORDS_FIRST,
    TIME_BEFORE,
    TIME_WORDS,
    VILLAGE_ROLES,
    VOICED,
    core_name,
    has_word_list,
    is_bare_verb,
    is_common_word,
    is_fragment,
    is_prefixed,
    is_saying,
    joined_compounds,
    name_words,
    normalize,
    phrase_stop_words,
    split_compounds,
    stem,
    stop_words,
    voicing_swapped,
)
from pipeline.text.numbers import (
    LETTER_NAMES,
    MEASURE_UNITS,
    is_duration_word,
    is_number_word,
    is_ordinal_word,
)
from pipeline.text.short_forms import (
    CLAUSE_MARK,
    NO_SHORT_FORMS,
    SHORT_FORMS,
    VILLAGE_SHORT_FORMS,
    ShortForms,
    day_short_forms,
    glossed_at,
    long_forms_unsaid,
)
from pipeline.voices.calling_words import NO_NAME, TOKEN

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
# (this share, and two at least), it is what Whisper made of the noise, no topic (amid_garbles).
# Of the tuning days' listed words said once in such an utterance the one garble, "kencana", is 3.70,
# the real words 4.03 ("implementasi") and more ("minus" 4.11, "lisan" 4.17, "negosiasi" 4.20);
# the day's own words are spared ("diplomasi" 3.59).
RARE_WORD_ZIPF = 4.0
GARBLED_SHARE = 0.75
GARBLED_MIN = 2
# A known word Whisper heard once where one voice's turn dropped out ("tadi sapi piring di belakang
# kena hujan", a bad line in a call heard well) is no topic either (amid_garbles): a root not heard
# surely (COINAGE_HEARD_MIN), said once in any form ("kuda-kuda", "kudanya" say "kuda" again), where
# this share of its turn's other words or more are no word known or heard under min_word_probability ...
DOUBTED_SHARE = 0.5
# ... in a voice whose other turns are heard surely: VOICE_CLEAR_MIN content words or more (a voice
# whose one other turn is "setuju" is not heard well), at most this share of them doubted.  Chosen on
# the short talks' tuning halves, whose garbled turns are 0.5 ("beruang" beside "anak", talks-58) to 1
# doubted and whose voices 0.08 at most elsewhere; the bundled days' voices are 0.61 to 0.95, where real
# words said once sit among garbles as unsure as Whisper's guesses ("konflik" 0.73, "butik" 0.68 beside
# "kucing" 0.70), and keep their lists.
VOICE_DOUBTED_MAX = 0.25
VOICE_CLEAR_MIN = 5
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
QUOTED = re.compile(r'[“"]([^”"]+)[”"]')  # a quoted span of one line, in curly or straight quotes


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
        return read if meaningful(read, self.language) and not self.names_someone(read) else None


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


def amid_garbles(
    normalized: list[str],
    vocabulary: Vocabulary,
    voices: list[str] | None = None,
    probabilities: dict[str, float] | None = None,
    least: float = 0.0,
) -> frozenset[str]:
    """Rare root words of the language (RARE_WORD_ZIPF) said in one utterance only, and there among
    words no list knows (GARBLED_SHARE of its other words but stop words and numbers, GARBLED_MIN at
    least): Whisper's reading of a garbled stretch as the nearest word it knows ("kencana" among
    "kakal", "kropi", "sayar").  The day's own words are spared, and words joined (a compound, a
    term, a reduplication), which are no single word Whisper chose.  Of the 16 such words of the
    tuning days' ASR 12 were garbles ("anggara", "pasok" for "paspor", "raman" for "laman"), one was
    heard right ("tautan yara dikoro moporan", the link "ada di kolom obrolan") and 3 were real words
    with an affix ("terlindungi", "formatnya", "besoknya"), which are spared: the garbles are roots.
    A root said twice is read as the root ("kaka kaka riburan hidup rekamulai": Whisper chose "kaka"
    twice; hyphened as a reduplication it had become para-16's topic "kaka-kaka").

    Given who said each utterance (`voices`), Whisper's mean probability of each word and the one
    under which a word is unsure (`least`), a known root said once in any form and not heard surely
    is one too where its turn is mostly doubted in a voice heard surely elsewhere (DOUBTED_SHARE,
    VOICE_CLEAR_MIN, VOICE_DOUBTED_MAX: "beruang", "kuda", "pintu" in a dropout).  A subject is said
    again, and a rare word said once in a clear turn (talks-59's "prasasti" 0.76) is among words
    heard surely.  A clear turn naming villages no list knows, heard unsurely, reads as a dropout
    ("warga dari trangsan gatak sama mranggen ikut pameran batik" loses "warga", "batik"): the
    tuning halves' garbled stretches are as unknown, and a known word heard unsurely asked of them
    too brought back 6 must-nots (talks-49, -51, -52, -54)."""
    from wordfreq import zipf_frequency

    stop = stop_words(vocabulary.language)
    said: Counter[str] = Counter(word for text in normalized for word in set(text.split()))
    contents = [[word for word in text.split() if word not in stop and not word.isdigit()] for text in normalized]
    heard = probabilities or {}
    # the dropout's reading needs who said what; without voices only the rare words amid unknown ones
    roots: Counter[str] = Counter()  # each root however said ("kuda", "kuda-kuda", "kudanya": "kuda" thrice)
    doubted_in: list[tuple[int, int]] = []  # (words doubted, words) of each utterance's content
    by_voice: dict[str, list[int]] = {}
    if voices is not None:
        roots.update(stem(part) for text in normalized for word in text.split() for part in word.split("-"))

        def doubted(word: str) -> bool:
            return not vocabulary.known(word) or heard.get(word, 1.0) < least

        doubted_in = [(sum(map(doubted, content)), len(content)) for content in contents]
        for voice, (unsure, words) in zip(voices, doubted_in, strict=True):
            totals = by_voice.setdefault(voice, [0, 0])
            totals[0] += unsure
            totals[1] += words

    def heard_well_elsewhere(at: int) -> bool:
        """Whether the voice of utterance `at` says VOICE_CLEAR_MIN content words or more in its other
        utterances, and surely (VOICE_DOUBTED_MAX)."""
        unsure, words = (total - own for total, own in zip(by_voice[voices[at]], doubted_in[at], strict=True))
        return words >= VOICE_CLEAR_MIN and unsure <= VOICE_DOUBTED_MAX * words

    found = set()
    for at, content in enumerate(contents):
        counts = Counter(content)
        unknown = sum(not vocabulary.known(word) for word in counts.elements())  # the word itself is known
        for word, count in counts.items():
            root, *again = word.split("-")
            doubled = bool(again) and all(part == root for part in again)  # "kaka-kaka": the root twice
            if (
                said[word] > 1
                or ("-" in word and not doubled)
                or word in vocabulary.words
                or not vocabulary.known(word)
                or is_prefixed(root)
                or root.endswith(CLITICS)
            ):
                continue
            rare = 0 < zipf_frequency(root, vocabulary.language) < RARE_WORD_ZIPF
            dropped = (
                voices is not None
                and roots[word] == 1
                and stem(word) == word
                and heard.get(word, 1.0) < COINAGE_HEARD_MIN
            )
            if not (rare or dropped):
                continue
            others = len(content) - count
            amid_unknown = rare and unknown >= max(GARBLED_MIN, GARBLED_SHARE * others)
            own = count * (heard.get(word, 1.0) < least)  # the word itself, known, if heard unsurely
            in_a_dropout = (
                dropped and doubted_in[at][0] - own >= max(1, DOUBTED_SHARE * others) and heard_well_elsewhere(at)
            )
            if amid_unknown or in_a_dropout:
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


def meaningful(phrase: str, language: str = "id", said_short: frozenset[str] = frozenset()) -> bool:
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
