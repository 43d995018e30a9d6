"""A sentence's words and the names in them, as every reader of unlisted_names.py takes them.

The words of a sentence with their marks (sentence_words, utterance_sentences), whether a word may be a name heard
or written (name_like, heard_alone) and the name that starts at it (name_from), and a title and
name called in a sentence (name_addressed: "Mas Bima", "Pak Harjono", not "Pak Konjen", "Bu Bidan" or
a name said of someone), which the hand-overs, thanks, answers and requests all read. Chosen and
measured in docs/speaker-counting.md, "Names the talk gives the voices it does not list".
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from pipeline.text.language import (
    BIRTH_ORDER,
    MEETING_WORDS,
    PARENT_TERMS,
    VILLAGE_ROLES,
    WRITTEN_TITLES,
    is_bare_verb,
    is_fragment,
    is_prefixed,
    men_forms,
    normalize,
    stem,
    stop_words,
)
from pipeline.text.matching import GREETING_TIMES
from pipeline.text.numbers import is_number_word
from pipeline.voices.calling_words import (
    ABBREVIATED,
    ABOUT,
    ABSTRACT_LOAN_ENDING,
    ABSTRACT_LOAN_LETTERS,
    ADDRESSING,
    AFTER_A_NAME,
    AFTER_THIS,
    ASKING_OF,
    BALINESE_OPENINGS,
    BARE_NAME_LETTERS,
    BARE_NAME_ZIPF,
    CALLED_FOR_NOW,
    CALLING_TITLES,
    CLAN_BEFORE,
    COMMON_ENGLISH_ZIPF,
    CUSTOMARY_OFFICES,
    DAYS_BEFORE,
    DIGITS_AND_SPACES,
    ELDERS_KINDS,
    EVERYDAY_STATES,
    FILLERS,
    GIVING,
    GOING_ON,
    GREETINGS,
    HEARD_OR_DONE,
    HERE_AND_THERE,
    INTRODUCED_ZIPF,
    JOBS,
    JOINING,
    KIN_TITLES,
    LETTER_TITLES,
    NAME_PARTICLES,
    NAME_START_LETTERS,
    NAME_WORDS,
    NAME_ZIPF,
    NO_NAME,
    OF_THE_DEAD_OR_KIN,
    PERSONAL_ARTICLES,
    PICKING,
    PLACE_BEFORE,
    PLACED_JOBS,
    PRESENTING_ROOTS,
    PROFESSIONS,
    RANK_COMPLEMENTS,
    REPLIED_STATES,
    REPLYING,
    REPORT_REACH,
    REPORTS,
    ROLE_WORDS_BETWEEN,
    SENTENCE_AFTER_TITLES,
    SHORT_NAME_LETTERS,
    SPANS_OF_TIME,
    SPOKEN_PARTICLES,
    SPOKEN_RANKS,
    STATE_MAKING_ZIPF,
    STOP_WORDS_ALSO_NAMES,
    TITLE_OR_NAME,
    TOKEN,
    TRAINEES,
    TRAINEES_BY,
    TURN_ORDER,
    UNIT_WORDS,
    UNITS,
    UNMARKED_QUESTION,
    VOICE_NOTE_WORDS,
    VOICE_NOTES,
    WORD_TITLES,
    WORKPLACES,
)
from pipeline.voices.naming import (
    NICKNAME_LETTERS,
    NOT_YET,
    OF_SOMEONE,
    WORD_ZIPF,
    NamingEvidence,
)

if TYPE_CHECKING:
    from pipeline.diarize import Utterance


@dataclass(frozen=True)
class MarkedWord:
    lower: str
    written: str
    after_a_mark: bool  # punctuation between it and the word before
    in_a_set_phrase: bool = False  # a stop word that is a name too, in a phrase of its (STOP_WORDS_ALSO_NAMES)


@dataclass(frozen=True)
class FoundName:
    name: str
    moment: NamingEvidence


def sentence_words(sentence: str) -> list[MarkedWord]:
    """The words of a sentence, each with whether a mark stands before it; a word spelled out letter
    by letter is the word (_unspelled), and a name ASR glued to the word after it two (_unglued)."""
    sentence = _unspelled(sentence)
    words: list[MarkedWord] = []
    end = 0
    for match in TOKEN.finditer(sentence):
        mark = sentence[end : match.start()].strip(DIGITS_AND_SPACES)  # "petugas k3 lapangan": no mark
        abbreviated = mark == "." and words and words[-1].lower in ABBREVIATED  # "Mr. Daniel", "Dr. Hj. Nurul"
        written = match.group()
        cut = _unglued(written.lower())
        for piece, said in ((written[:cut], True), (written[cut:], False)) if cut else ((written, True),):
            words.append(MarkedWord(piece.lower(), piece, said and bool(mark) and not abbreviated))
        end = match.end()
    return [
        replace(word, in_a_set_phrase=True) if _in_a_set_phrase(words, at) else word for at, word in enumerate(words)
    ]


def _in_a_set_phrase(words: list[MarkedWord], at: int) -> bool:
    """Whether words[at] is a stop word that is a name too (STOP_WORDS_ALSO_NAMES) in a phrase of
    its, the word before or after it one of the phrase's, no mark between ("deteksi dini", "dini
    hari"; not "Terima kasih, Dini. Hari ini ...")."""
    phrases = STOP_WORDS_ALSO_NAMES.get(words[at].lower)
    if phrases is None:
        return False
    before, after = phrases
    opens = at > 0 and words[at - 1].lower in before and not words[at].after_a_mark
    closes = at + 1 < len(words) and words[at + 1].lower in after and not words[at + 1].after_a_mark
    return opens or closes


# The words said right after a name that ASR glues to it ("mas dimasdulu", "bu nurulya", "mas
# bayusilakan"), longest first
GLUED_AFTER = sorted(PICKING | CALLED_FOR_NOW | GIVING, key=len, reverse=True)


GLUED_LETTERS = 3  # the fewest letters of the word a glued one is cut from


@functools.lru_cache(maxsize=65536)
def _unglued(lower: str) -> int:
    """Where a word ASR glued to the one after it is cut (0: none): a word wordfreq's Indonesian and
    English lists never saw that is one they hold, GLUED_LETTERS letters at least, then a word said
    right after a name (GLUED_AFTER: "dimasdulu", "nurulya", "gilangaja", "hendrasilakan"). A name
    that ends so is one they hold ("aditya", "widya", "soraya", "cahya") and stays whole."""
    from wordfreq import zipf_frequency

    glued = next((after for after in GLUED_AFTER if lower.endswith(after)), None)
    if glued is None or len(lower) - len(glued) < GLUED_LETTERS:
        return 0
    if zipf_frequency(lower, "id") or zipf_frequency(lower, "en"):
        return 0
    cut = len(lower) - len(glued)
    return cut if zipf_frequency(lower[:cut], "id") or zipf_frequency(lower[:cut], "en") else 0


# A word spelled out, three letters at least, each alone between hyphens, dots or spaces ("nama saya
# dewi, d-e-w-i", "t y a s, tyas mas", "nama saya f-i-t-r-i")
SPELLED = re.compile(r"(?<![^\W_])[^\W\d_](?:[-.\s][^\W\d_](?![^\W_])){2,}")


def _unspelled(sentence: str) -> str:
    """The sentence with each word spelled out letter by letter written whole ("n-u-r-u-l, nurul bu"
    is "nurul, nurul bu"): ASR writes a name so where it is spelled to be written right, and each
    letter had been a word ("nama saya f-i-t-r-i" had named the voice "F")."""
    return SPELLED.sub(lambda spelled: re.sub(r"[-.\s]", "", spelled.group()), sentence)


def utterance_sentences(text: str) -> list[str]:
    """The sentences of an utterance, not cut after a title ("Mr. Daniel, please go ahead")."""
    return [piece for piece in SENTENCE_AFTER_TITLES.split(text.strip()) if piece]


def run_sentences(utterances: list[Utterance], run: tuple[int, int]) -> list[tuple[Utterance, str]]:
    """Each sentence of a turn (a run of utterances, first and last), with its utterance."""
    first, last = run
    return [(u, sentence) for u in utterances[first : last + 1] for sentence in utterance_sentences(u.text)]


def name_end(words: list[MarkedWord], at: int, name: str, otherwise: int | None) -> int | None:
    """Where a name said from words[at] ends: the first word from there that is its last word, or
    `otherwise`."""
    last = name.split()[-1].lower()
    return next((i for i in range(at, len(words)) if words[i].lower == last), otherwise)


def text_cased(text: str) -> bool:
    """Whether the text is written with capitals (Whisper writes names so); ASR in lower case tells
    nothing by case, even with an acronym in capitals ("saya dengan rezki amelia dari ... UNP")."""
    return any(word[0].isupper() and not word.isupper() for word in TOKEN.findall(text))


def name_like(word: MarkedWord, cased: bool, language: str, rarer_than: float = NAME_ZIPF) -> bool:
    """A word that may be a name: written with a capital, or, in lower-case text, rarer than
    `rarer_than` (a word after a title may be commoner: "mbak putri"); no stop word but a given name
    outside its set phrases (STOP_WORDS_ALSO_NAMES: "Terima kasih, Dini.", not "deteksi dini")."""
    from wordfreq import zipf_frequency

    also_a_name = word.lower in STOP_WORDS_ALSO_NAMES and not word.in_a_set_phrase
    stop_word = word.lower in stop_words(language) and not also_a_name
    if stop_word or word.lower in NO_NAME or word.lower in ADDRESSING or len(word.lower) < 2:
        return False
    if word.lower in UNITS:  # a part of an organisation, called by a title too ("terus mas korwil ya, soal aplikasi")
        return False
    if word.lower in GIVING:  # rare in lower case, yet no name: "kepada ustadz dipersilakan"
        return False
    if cased:
        return word.written[0].isupper()
    if _spelled_out(word.lower):
        return False
    return zipf_frequency(word.lower, language) < rarer_than and not occupation(word.lower)


# Two consonants a word of the language opens a syllable with: one then r, l, w, y or h ("pr", "tr",
# "dw", "sy", "kh"), "s" then one ("sp", "st"), a Javanese nasal before its stop ("mb", "nd", "ng"),
# or the old spelling's "tj" and "dj" (Tjahjo, Djoko)
SPOKEN_ONSET = re.compile(r"^(?:[bcdfgkpstvz][rlwyh]|s[a-z]|m[bp]|n[cdgjy]|[td]j)")


def _spelled_out(lower: str) -> bool:
    """Whether lower-case ASR wrote a short form said letter by letter, which no one is called by:
    no vowel ("pln", "bpjs"), or two consonants opening it that open no syllable of the language
    ("kpu", "pdam", "bpbd"); "sri", "tri", "dwi" open as words do ("setelah ini mas pln ya, soal
    meteran kios" is someone of the company)."""
    if not any(letter in "aiueo" for letter in lower):
        return True
    opening = lower[:2]
    return len(lower) > 2 and all(letter not in "aiueo" for letter in opening) and not SPOKEN_ONSET.match(lower)


def occupation(word: str) -> bool:
    """Whether a word is what someone does, by the prefix that makes a doer of a root ("pengrajin",
    "petani", "pedagang", "penulis"), rare enough in lower-case ASR to pass for a name ("saya
    pengrajin batik dari lasem"); not "per-" ("Permadi"), nor a root of three letters ("Pepen")."""
    root = stem(word)
    return word.startswith("pe") and not word.startswith("per") and root != word and len(root) >= 4


def name_from(words: list[MarkedWord], at: int, cased: bool, language: str) -> str:
    """The name that starts at words[at]: it and the name-like words right after it, NAME_WORDS at
    most, or the longer form said again right after it ("Lestiani, Lestiani Purba"). In lower-case
    text a word's rarity alone does not tell a surname from the talk after a name ("mbak dewi
    bendera diletakkan", "saya fajar bismillah"), so more than one word only where a mark or "dari"
    follows."""
    if words[at].lower in CLAN_BEFORE and at + 1 < len(words) and not words[at + 1].after_a_mark:
        at += 1  # "Inang boru Sitorus": her clan is what she is called by
    taken = [words[at]]
    if balinese(words, at):
        taken.append(words[at + 1])  # Balinese "I Wayan Sudarsana", "Ni Luh Putu"
    for position in range(at + len(taken), len(words)):
        word = words[position]
        if len(taken) - sum(w.lower in NAME_PARTICLES for w in taken) >= NAME_WORDS or word.after_a_mark:
            break
        if not cased and taken[-2:-1] and taken[-2].lower in NAME_PARTICLES:
            break  # in lower case the name after a particle is one word ("saya tiurma boru napitupulu usul saya")
        following = words[position + 1] if position + 1 < len(words) else None
        follows = following is not None and not following.after_a_mark and name_like(following, cased, language)
        if word.lower in NAME_PARTICLES and follows:  # "Muhammad Faiz bin Ahmad Zaki", "abdurrahman bin salim"
            taken.append(word)
            continue
        if word.lower in AFTER_A_NAME or not name_like(word, cased, language):
            break
        taken.append(word)
    after = at + len(taken)
    if after < len(words) and words[after].lower == words[at].lower and len(taken) == 1:
        return name_from(words, after, cased, language)
    plain = after < len(words) and (words[after].after_a_mark or words[after].lower in AFTER_A_NAME)
    if not cased and not plain and not particled_name(taken):
        taken = taken[:1]
    return " ".join(
        word.written if cased or word.lower in NAME_PARTICLES else word.written.capitalize() for word in taken
    )


def balinese(words: list[MarkedWord], at: int) -> bool:
    """Whether words[at] is the "I" or "Ni" that opens a Balinese name: before a word written with
    its capital ("I Wayan Sudarsana", "Ni Luh Putu"), or, in lower case, a birth-order name ("ni
    ketut sriasih")."""
    if words[at].lower not in BALINESE_OPENINGS or at + 1 >= len(words):
        return False
    if words[at].written in ("I", "Ni") and words[at + 1].written[:1].isupper():
        return True
    return words[at].written.islower() and words[at + 1].lower in BIRTH_ORDER


def particled_name(name: list[MarkedWord]) -> bool:
    """Whether a name has a particle inside it ("Tiurma boru Napitupulu", "Abdurrahman bin Salim"):
    a name plainly, in lower-case text too."""
    return any(word.lower in NAME_PARTICLES for word in name[1:-1])


def reads_as_state(word: str, language: str) -> bool:
    """Whether a word said after "saya" reads as a state or a verb, not a name as common as a word
    ("saya senang", "saya setuju", "saya bertanya"; not "saya bagus", "saya indah"): a prefixed or
    bare verb, a word said to agree or understand, or one whose meN-...-kan verb is as common as
    STATE_MAKING_ZIPF (what makes one so: "menyenangkan", "menakutkan")."""
    return word in REPLIED_STATES or is_prefixed(word) or is_bare_verb(word) or _a_state_made(word, language)


def _a_state_made(word: str, language: str) -> bool:
    """Whether a word is a state its meN-...-kan verb, as common as STATE_MAKING_ZIPF, makes one be
    ("senang": "menyenangkan", "lega": "melegakan"); no name's is ("dimas", "sumi")."""
    from wordfreq import zipf_frequency

    return any(zipf_frequency(verb + "kan", language) >= STATE_MAKING_ZIPF for verb in men_forms(word))


def no_word(said: str) -> bool:
    """Whether a word said alone, with no title, is no word of the language: not in the stemmer's
    dictionary nor a common English word ("ini bimo", not "ini tempatnya", "ini saya share")."""
    from wordfreq import zipf_frequency

    return is_fragment(said) and zipf_frequency(said, "en") < COMMON_ENGLISH_ZIPF


def report_from(words: list[MarkedWord], at: int) -> bool:
    """Whether words[at] is the "dari" of whom a report or talk to come is from, REPORT_REACH words
    after it at most ("laporan kas dulu dari bu yanti", "paparan rencana jalan usaha tani dari pak
    wahyu"): the one who gives it, as "mulai dari" says whose turn it is; not a report heard
    ("tadi", "barusan", "sudah": "tadi kita sudah dengar laporan dari bu yanti")."""
    if words[at].lower != "dari" or HEARD_OR_DONE & {word.lower for word in words}:
        return False
    return _said_before_in_clause(words, at, REPORTS, REPORT_REACH)


def _said_before_in_clause(words: list[MarkedWord], at: int, wanted: set[str] | frozenset[str], reach: int) -> bool:
    """Whether a word of `wanted` stands before words[at], `reach` words back at most, in its clause
    (a word after a mark is the clause's first)."""
    for back in range(at - 1, max(-1, at - 1 - reach), -1):
        if words[back].lower in wanted:
            return True
        if words[back].after_a_mark:
            return False
    return False


def presented_by(words: list[MarkedWord], at: int) -> bool:
    """Whether the title and name at words[at] are who will give a talk or report, after a passive
    verb of one (PRESENTING_ROOTS), "oleh" between or not ("laporan ... akan disampaikan bu
    marlina, sekretaris koperasi", "dana kegiatan nanti dijelaskan pak yohanes", "dipaparkan oleh
    pak gregorius"): hers is the floor, as the report's "dari" says (report_from); not one heard or
    given (HEARD_OR_DONE: "tadi sudah dijelaskan pak budi")."""
    verb = at - 2 if at >= 2 and words[at - 1].lower == "oleh" else at - 1
    if verb < 0 or HEARD_OR_DONE & {word.lower for word in words}:
        return False
    said = words[verb].lower
    return passive(said) and stem(said) in PRESENTING_ROOTS


def heard_alone(word: MarkedWord, language: str, rarer_than: float = BARE_NAME_ZIPF) -> bool:
    """Whether a word lower-case ASR wrote alone, no title before it, may be a name handed the floor:
    rarer than BARE_NAME_ZIPF (a committee's section, "konsumsi" 4.6, "dokumentasi" 4.0, is commoner
    than most names, "rudi" 3.9, "nabila" 3.5), of BARE_NAME_LETTERS letters at least with two
    vowels (ASR writes a unit's short form so: "icu", "ugd", "pdd"), no part of an organisation nor
    a short form ("humas", "sie"), nor a common English word or one of the call's running
    (MEETING_WORDS: "silakan, unmute"), nor a word of the language inflected
    (inflected: "silakan, ditanggapi"). The dictionary tells nothing of the word itself: it holds
    "tika", "rudi" and "gilang"."""
    from wordfreq import zipf_frequency

    lower = word.lower
    if len(lower) < BARE_NAME_LETTERS or sum(letter in "aiueo" for letter in lower) < 2:
        return False
    if zipf_frequency(lower, "en") >= COMMON_ENGLISH_ZIPF:  # a unit or a short form is none (name_like)
        return False
    if lower in MEETING_WORDS:  # the call's running, rare as an English word: "oke. silakan, unmute"
        return False
    return not inflected(lower) and name_like(word, False, language, rarer_than=rarer_than)


def inflected(lower: str) -> bool:
    """Whether a word is a word of the language with its affixes, which a moderator says alone beside
    "silakan" as often as a name ("silakan, ditanggapi", "silakan, perkenalkan", "oke, silakan,
    mikrofonnya", "slidenya", "silakan, dilanjut"; each had been the next voice's name): a root of
    the dictionary with a prefix and a suffix both, with the passive "di-" before a root of
    BARE_NAME_LETTERS letters at least ("dijawab", "dilanjut"), or with "-nya" (a root, or a common
    English word, of as many letters before it). Not another prefix or a suffix alone, as names
    have them ("dimas", "dani", "tambunan", "mentari"; none of the audits' names is taken)."""
    from wordfreq import zipf_frequency

    root = stem(lower)
    if root != lower and not is_fragment(lower):
        if not (lower.startswith(root) or lower.endswith(root)):
            return True
        if lower == f"di{root}" and len(root) >= BARE_NAME_LETTERS:
            return True
    base = lower.removesuffix("nya")
    return (
        base != lower
        and len(base) >= BARE_NAME_LETTERS
        and (not is_fragment(base) or zipf_frequency(base, "en") >= COMMON_ENGLISH_ZIPF)
    )


def passive(word: str) -> bool:
    """Whether a word is a passive verb, "di-" before a root of four letters at least ("dibuka",
    "dicek"; not "dimas")."""
    root = stem(word)
    return word.startswith("di") and root != word and len(root) >= 4 and root == stem(word[2:])


def _after_a_titled_clause(words: list[MarkedWord], at: int) -> bool:
    """Whether words[at] follows a clause with a title in it, set off by a mark: what it says is
    said of that person ("pak yohanes, bendahara komite")."""
    return bool(at) and words[at].after_a_mark and _said_before_in_clause(words, at, CALLING_TITLES, at)


def clause_opening(words: list[MarkedWord], at: int) -> bool:
    """Whether words[at] opens the sentence or a clause, past words that only go on to the next
    thing ("oke", "nah sekarang", "terus", "abis itu", "setelah ini": GOING_ON, AFTER_THIS)."""
    start = next((back for back in range(at, 0, -1) if words[back].after_a_mark), 0)
    going = AFTER_THIS.sub(" ", " ".join(word.lower for word in words[start:at]))
    return all(word in GOING_ON for word in going.split())


def doer_of(words: list[MarkedWord], at: int) -> bool:
    """Whether the name at words[at] does what the passive verb before it says ("terima kasih
    mamanya kevin nanti dijawab pak joko": answered by him, not thanked); not a floor given
    ("dipersilakan Pak Budi"), nor a name the stemmer cuts so ("Dimas" to "mas")."""
    if not at:
        return False
    verb = words[at - 1].lower
    return verb not in GIVING and passive(verb)


def to_lead(words: list[MarkedWord], at: int) -> bool:
    """Whether the name at words[at] is who will lead or read what comes next ("doa yang akan
    dipimpin oleh ustadz fauzan", "Pembacaan firman akan dibawakan oleh saudara kevin"): the floor
    is given to it, where "oleh" after a passive verb says of someone what he did."""
    return (
        at >= 2
        and words[at - 1].lower == "oleh"
        and doer_of(words, at - 1)
        and "akan" in {w.lower for w in words[: at - 2]}
    )


def a_listed_name(name: str, listed: set[str]) -> bool:
    """Whether a name is a configured speaker's as the talk says it: a word of hers, its start
    ("Bu Novi" for Novita, "Pak Herman" for Hermawan) or one letter off as ASR hears it. A Balinese
    birth-order word tells no one apart where the name has another ("bli wayan merta" beside the
    configured I Wayan Sudira is someone else; "bli wayan" alone may be him)."""
    from rapidfuzz.distance import Levenshtein

    words = normalize(name).split()
    telling = [word for word in words if word not in BIRTH_ORDER] or words
    return any(
        said == word
        or (len(said) >= NAME_START_LETTERS and word.startswith(said))
        or said[:NICKNAME_LETTERS] == word[:NICKNAME_LETTERS]
        or (len(said) >= 5 and said[0] == word[0] and Levenshtein.distance(said, word) <= 1)
        for said in telling
        for word in listed
    )


def name_addressed(
    words: list[MarkedWord],
    at: int,
    cased: bool,
    language: str,
    cues: frozenset[str] = GIVING,
    names: NamesSaid = frozenset,
) -> str | None:
    """A title and a name said to someone at words[at] ("Mas Bima", "kepada Ibu Ratna"), or a name
    right after a word of `cues` ("Silakan, Bima"; "Thank you, Daniel"); not of someone ("dari
    Mbak Sinta") nor put later ("setelah Mas Arif"). `names`: the words the talk says as names
    (NamesSaid), which tell a name after a title and an office from a place ("pak kades
    mulyono", "Pak Lurah Jebres")."""
    before = words[at - 1].lower if at else ""
    # "Kita mulai dari Ibu Hj. Siti Aminah", "Berikutnya dari Mbak Lia. Silakan, Mbak."
    starting = at > 1 and (words[at - 2].lower in TURN_ORDER or report_from(words, at - 1))
    sent = sent_by(words, at)
    led = to_lead(words, at) or presented_by(words, at) or _joined_to_a_name(words, at)
    if (before in OF_SOMEONE and not (starting or led or sent)) or before in NOT_YET or _on_another_day(words, at):
        return None
    if one_with(words, at):
        return None
    word, following = words[at], words[at + 1] if at + 1 < len(words) else None
    if (
        word.lower in WORD_TITLES | LETTER_TITLES
        and not (cased and word.written[0].isupper() and word.lower not in LETTER_TITLES)
        and not _called_by_a_word_title(words, at, cues, language)
    ):
        return None  # "kopi dan teh Indonesia", "teh manis sudah datang", "jadi a, kita mulai"
    titled = word.lower in CALLING_TITLES | LETTER_TITLES or _titles_a_name(words, at, language)
    if titled and before in OF_THE_DEAD_OR_KIN and not word.after_a_mark:
        return None  # "yang dari keluarga almarhum pak daud, silakan": one of his family
    if titled and at and words[at - 1].lower in CALLING_TITLES and not word.after_a_mark:
        return None  # a title inside a run of them ("pak haji salim"): the run's first calls the name, once
    after = at + 1
    while titled and after < len(words) and words[after].lower in ADDRESSING | WRITTEN_TITLES:
        after += 1  # "Ibu Hj. Siti Aminah", "Bapak Dr. Heru"
    if titled:
        after = _past_the_post_said(words, at, after, language)
    following = words[after] if after < len(words) else None
    # a title and name Whisper wrote in lower case in text with capitals are lower-case ASR there
    # ("Sambutan dulu dari penerbit mas hendro silakan"), as is a title whose capital only opens the
    # sentence ("Bli wayan merta selaku ketua sekaa teruna silakan"): the name is weighed by its rarity
    opening = word.written.islower() or not at
    written_so = cased  # text with capitals, a name after a job has its capital there ("sopir pengantin" is none)
    cased = cased and not (opening and following and following.written.islower())
    if (
        titled
        and following
        and not following.after_a_mark
        and name_like(following, cased, language, rarer_than=_name_rarity(words, at, after, language))
        and not _before_another_title(words, after, language)
        and _after_kin_or_rank(words[at:after], following.lower, language)
    ):
        return name_from(words, after, cased, language)
    if (
        titled
        and following
        and not following.after_a_mark
        and (held := _past_an_office(words, after, names, cased, language))
    ):
        return name_from(words, held, cased, language)
    # "Silakan, Bima", not "Silakan Bertanya"; only where Whisper wrote the capital ("terima kasih pertanyaannya");
    # and the name a moderator reads off the screen ("Silakan yang namanya Tiara di Zoom")
    if (
        (before in cues or before == "namanya")
        and cased
        and word.written[0].isupper()
        and name_like(word, False, language)
    ):
        return name_from(words, at, cased, language)
    if clause_opening(words, at) and (particled := _particled_name(words, at, cased, language)):
        return particled  # "hamid bin osman, soal kebun sawit", "boleh. siti binti ali"
    if sent and word.lower not in ADDRESSING and name_like(word, cased, language) and no_word(word.lower):
        return name_from(words, at, cased, language)  # "voice note dari nadia", not "dari cowok"
    if (job_called := _called_by_a_job(words, at, written_so, language, names)) is not None:  # "perawat dewi, ..."
        return name_from(words, job_called, written_so, language)
    return None


# Put together once for _after_kin_or_rank, which reads them for every title and name
KIN_OR_RANK = KIN_TITLES | SPOKEN_RANKS | CUSTOMARY_OFFICES
NO_NAME_AFTER_KIN_OR_RANK = (
    PARENT_TERMS | VILLAGE_ROLES | ELDERS_KINDS | RANK_COMPLEMENTS | EVERYDAY_STATES | REPLIED_STATES
)


def _after_kin_or_rank(titles: list[MarkedWord], said: str, language: str) -> bool:
    """Whether `said` may be a name after `titles`: any word, but after a kin word or a rank
    (KIN_TITLES, SPOKEN_RANKS) only a rare one (NAME_ZIPF), Title Case or not, that makes no term
    with them ("eyang putri", "ayah mertua", "kapten kapal") nor reads as a state ("nenek lega,",
    "ayah bangga,": an elder saying how she is, of herself: EVERYDAY_STATES, _a_state_made)."""
    from wordfreq import zipf_frequency

    if not any(title.lower in KIN_OR_RANK for title in titles):
        return True
    if said in NO_NAME_AFTER_KIN_OR_RANK:
        return False
    if _a_state_made(said, language):  # not reads_as_state: "dimas" reads as "di-" and "mas", "sumi" as a verb
        return False
    return zipf_frequency(said, language) < NAME_ZIPF


def _name_rarity(words: list[MarkedWord], at: int, name_at: int, language: str) -> float:
    """How common a word may be that is the name after the title at words[at]: WORD_ZIPF, or, where
    the title opens the sentence or follows a mark and the one word after it is set off by a mark or
    ends the sentence, as common as a word said as one's name in a round of introductions
    (INTRODUCED_ZIPF: "mas bagus, oli masuk berapa" 5.7, "pakde no, soal pakan" 5.5, "pakde man,
    kendangnya" 5.1), unless it reads as a state, a reply or a word of agreeing ("pak betul, ...",
    "bu maaf, ...": reads_as_state) or says how one is today (EVERYDAY_STATES). Only the title,
    that word and the mark stand there: nothing else makes it an adjective of the title's bearer.
    Only a short name (SHORT_NAME_LETTERS: "pakde no", "bulik tin"), a dictionary word of them rarer
    than WORD_ZIPF ("pakde man" 5.1; not "pak tau," 5.4, "pak jam," 5.9): a longer word that
    common is a word ("pak langsung,", "mas foto,", "bu besok,"), and "mas bagus" is lost to it."""
    from wordfreq import zipf_frequency

    following = words[name_at + 1] if name_at + 1 < len(words) else None
    called = (not at or words[at].after_a_mark) and name_at == at + 1
    set_off = following is None or following.after_a_mark
    said = words[name_at].lower
    if said in REPLIED_STATES | EVERYDAY_STATES:
        # no one's name: "tante setuju, tapi ...", one's kin word said of oneself, then agreeing;
        # "tante bingung ya, kok layarnya gelap?", "om capek ya?": how the one called is now
        return 0.0
    if not (called and set_off) or said in REPLYING or reads_as_state(said, language):
        return WORD_ZIPF
    if len(said) > SHORT_NAME_LETTERS or said in PERSONAL_ARTICLES:  # "pak langsung,", "mas foto,", "pak si,"
        return WORD_ZIPF
    if not is_fragment(said) and zipf_frequency(said, language) >= WORD_ZIPF:  # "pak tau,", "pak jam,"
        return WORD_ZIPF
    return INTRODUCED_ZIPF


def _particled_name(words: list[MarkedWord], at: int, cased: bool, language: str) -> str | None:
    """The name that starts at words[at] with no title before it where a particle inside makes it
    one ("hamid bin osman", "siti binti ali": particled_name), as in an introduction; else None."""
    if words[at].lower in NO_NAME or not name_like(words[at], cased, language):
        return None
    name = name_from(words, at, cased, language)
    return name if particled_name(sentence_words(name)) else None


def _titles_a_name(words: list[MarkedWord], at: int, language: str) -> bool:
    """Whether a word that is a name and a title (TITLE_OR_NAME: Surabaya's "Ning") is the title at
    words[at]: it opens a clause, and the word right after it, no mark between, may be a name and
    ends what is called, at a mark, the sentence's end or a word that gives the floor, asks or says
    about what ("ning wati, soal arisan"; "bu ning, silakan" calls Ning). Javanese "ning" is "at"
    too: "ning kene wis kumpul", "ning kono," (HERE_AND_THERE), and, in lower case or Title Case
    (the word after the name has its capital too, mid-sentence: "Ning Sawah, Monggo.", where the
    name's capital tells nothing), before any word of the dictionary, "ning sawah, monggo", "ning
    pasar, monggo", name no one; the names that are words too ("ning tika", "ning ayu") are missed
    with them, as a wrong name is worse."""
    if words[at].lower not in TITLE_OR_NAME or at + 2 > len(words) or words[at + 1].after_a_mark:
        return False
    name = words[at + 1]
    if not clause_opening(words, at) or name.lower in HERE_AND_THERE or not name_like(name, False, language):
        return False
    ending = words[at + 2] if at + 2 < len(words) else None
    title_case = ending is not None and ending.written[0].isupper() and not ending.written.isupper()
    if (name.written.islower() or title_case) and _of_the_dictionary(name.lower):
        return False
    return ending is None or ending.after_a_mark or ending.lower in GIVING | UNMARKED_QUESTION | CALLED_FOR_NOW | ABOUT


def _called_by_a_word_title(words: list[MarkedWord], at: int, cues: frozenset[str], language: str) -> bool:
    """Whether a title that is also a word (WORD_TITLES, LETTER_TITLES), in lower case at words[at], calls the name
    after it: it opens a clause or follows a word of `cues` ("nuhun teh euis"), and the word after it
    is no word of the dictionary, rarer than NAME_ZIPF, and no hesitation, reply, greeting, particle
    (SPOKEN_PARTICLES) or common English word ("muhun. teh euis, soal timbangan"; not "teh manis sudah
    datang", "ieu teh kumaha", "nah, a ee,", "a punten,", "a sakedap,", "oke. a mic,")."""
    from wordfreq import zipf_frequency

    following = words[at + 1] if at + 1 < len(words) else None
    placed = clause_opening(words, at) or (at > 0 and words[at - 1].lower in cues)
    if not placed or following is None or following.after_a_mark or not is_fragment(following.lower):
        return False
    said = following.lower
    if said in FILLERS | REPLYING | GREETINGS | SPOKEN_PARTICLES | MEETING_WORDS:
        return False
    return zipf_frequency(said, language) < NAME_ZIPF and zipf_frequency(said, "en") < COMMON_ENGLISH_ZIPF


def _past_the_post_said(words: list[MarkedWord], at: int, after: int, language: str) -> int:
    """Where the name stands after the title at words[at] where the words after the title repeat
    the post the sentence named before it, with no title before them, or its initials ("pengawas
    lapangan, bu pengawas ratih", "mandor proyek jalan, pak mandor sugeng", "seksi konsumsi, bu seksi
    konsumsi wati", "penanggung jawab farmasi, mbak pj farmasi dinda"), ROLE_WORDS_BETWEEN words at
    most: no list holds every post, and the sentence has just said it. Else `after`: "pak budi, pak
    budi santoso" says a name twice, the first time after a title."""
    untitled = [
        word.lower for place, word in enumerate(words[:at]) if not (place and words[place - 1].lower in CALLING_TITLES)
    ]
    named_before = set(untitled) - stop_words(language)
    initials = {
        "".join(word[0] for word in untitled[start:end])
        for start in range(len(untitled))
        for end in range(start + 2, min(len(untitled), start + 3) + 1)
    }
    position = after
    while (
        position < len(words)
        and position - after < ROLE_WORDS_BETWEEN
        and not (position > after and words[position].after_a_mark)
        and (words[position].lower in named_before or words[position].lower in initials)
    ):
        position += 1
    if position == after or position >= len(words) or words[position].after_a_mark:
        return after
    return position


def _called_by_a_job(
    words: list[MarkedWord], at: int, cased: bool, language: str, names: NamesSaid = frozenset
) -> int | None:
    """Where the name stands that a job or profession opening the sentence or a clause, no title
    before it, calls (_called_by_the_job: set off after it by a mark, or before a word that gives
    the floor or asks): right after it ("perawat dewi, pasien bed tiga semalam gimana", "apoteker
    lusi, stok insulin aman", "dokter rina,"), or past one word of the dictionary that says what or
    where it serves ("perawat gigi nisa, ...", "petugas kantin tarno, ...", "teknisi listrik agus,
    ..."; not a first name no dictionary holds: "perawat nisa lestari"); else None. Two vowels at
    least: a unit's short form after a job is where it serves ("perawat icu,", "Guru IPA, kapan
    remedial?"), and in text with capitals the name has its capital ("Pak Pendi, sopir pengantin,
    sudah cek mobil?"). A job said with where or what it serves (PLACED_JOBS, no profession) has a
    word of the dictionary right after it as that, as after a title (_past_an_office), but for one
    the talk says elsewhere as a name (`names`): "terus penjaga gawang, silakan mas", the goalkeeper;
    so has one a prefix makes a doer of a root (occupation: "terus penata panggung, silakan mas").
    A job said with the unit it works in calls the name after the unit, past a title or the job said
    again (_past_the_unit: "perawat icu dimas,", "dokter jaga igd dokter rio,"), or no one
    ("perawat icu,"); a word after a place word is the place's (PLACE_BEFORE: "bidan desa sukamaju,")."""
    job = words[at].lower
    if not (job in JOBS | PLACED_JOBS | PROFESSIONS or occupation(job)) or not clause_opening(
        words, by_whom(words, at)
    ):
        return None
    if _after_a_titled_clause(words, at):  # "disampaikan bu marlina, sekretaris koperasi.": her post
        return None
    if (past := _past_the_unit(words, at)) > at + 1:
        # "perawat icu dimas,", "dokter jaga igd dokter rio,"; "perawat icu," calls no one
        while past < len(words) and words[past].lower in CALLING_TITLES | {job} and not words[past].after_a_mark:
            past += 1
        return past if _called_by_the_job(words, past, cased, language) else None
    served = at + 1 < len(words) and (_serves(words[at + 1], language) or _coined(words[at + 1]))
    for name_at in (at + 1, at + 2) if served else (at + 1,):
        name = words[name_at] if name_at < len(words) else None
        if name is None:
            return None
        if sum(letter in "aiueo" for letter in name.lower) < 2 or name.written.isupper():
            continue  # what it serves ("guru tpa lukman,"), no name
        if words[name_at - 1].lower in PLACE_BEFORE:
            return None  # a place: "bidan desa sukamaju, ada laporan"
        placed = job in PLACED_JOBS - PROFESSIONS or (occupation(job) and job not in PROFESSIONS)
        served_here = name_at == at + 1 and placed and not cased
        if served_here and _of_the_dictionary(name.lower) and name.lower not in names():
            continue  # "penjaga gawang,", "tukang kebun parman,", "penata panggung,"
        if name_at == at + 1 and not cased and _an_abstract_loan(name.lower):
            continue  # "perawat rehabilitasi, silakan": what the job serves
        if name_at > at + 1 and (passive(name.lower) or inflected(name.lower)):
            return None  # "kasir tolong dicatat", "bendahara tolong rinciannya": a request, no name
        # a profession is said before a whole name as a title is; after another job a word no
        # dictionary holds may be what it serves ("pelatih hadroh zaki,"), and is no first name
        if _called_by_the_job(words, name_at, cased, language, whole=job in PROFESSIONS or name_at > at + 1):
            return name_at
    return None


def by_whom(words: list[MarkedWord], at: int) -> int:
    """Where the call of a trainee at words[at] opens: at who is in training, right before ("anak magang
    tasya, draft aktanya": TRAINEES_BY), or at the word itself."""
    before = words[at - 1].lower if at else ""
    return at - 1 if words[at].lower in TRAINEES and before in TRAINEES_BY and not words[at].after_a_mark else at


def _past_the_unit(words: list[MarkedWord], at: int) -> int:
    """Where the words after the job at words[at] that say the unit it works in end (WORKPLACES, a
    number, a letter or a short form said by its letters), UNIT_WORDS words on at most: "perawat
    icu dimas", "petugas k3 lapangan bowo"; a Balinese "i" is no letter (BALINESE_OPENINGS)."""
    position = at + 1
    while position < len(words) and position - at <= UNIT_WORDS and not words[position].after_a_mark:
        lower = words[position].lower
        letter = len(lower) == 1 and lower not in BALINESE_OPENINGS
        if not (lower in WORKPLACES or letter or is_number_word(lower) or _spelled_out(lower)):
            break
        position += 1
    return position


def _serves(word: MarkedWord, language: str) -> bool:
    """Whether a word right after a job may say what or where it serves ("gigi", "kantin", "listrik"):
    one of the dictionary's, in its colloquial form too, or a short form said by its letters ("guru
    ngaji rohim,", "guru tpa lukman,": _of_the_dictionary), no mark before it, not a word of the
    language's running talk, nor one that asks or gives the floor ("kitman ada masukan", "penelepon
    dari grobogan,", "kasir tolong dicatat")."""
    lower = word.lower
    if word.after_a_mark or not _of_the_dictionary(lower) or lower in stop_words(language):
        return False
    return lower not in GIVING | ASKING_OF | REPLYING


def _an_abstract_loan(lower: str) -> bool:
    """Whether a word is a loan noun of the dictionary ending "-asi" ("rehabilitasi", "imunisasi",
    "administrasi"), which right after a job says what it serves and is no given name, as a
    dictionary word alone cannot tell ("dewi", "sari" are names and words): ABSTRACT_LOAN_ENDING,
    long enough not to be "nasi" or "kasi". A given name that is such a word ("perawat
    reformasi,") is lost in lower case."""
    return len(lower) >= ABSTRACT_LOAN_LETTERS and lower.endswith(ABSTRACT_LOAN_ENDING) and _of_the_dictionary(lower)


def _coined(word: MarkedWord) -> bool:
    """Whether a word after a job is a coinage it serves ("koordinator pokmaswas ridwan,", "pelatih
    hadroh zaki,", "kader jumantik yuni,"): no word of the dictionary, and one neither wordfreq's
    Indonesian nor its English list has seen, as the names said after one have been ("ridwan" 4.1,
    "zaki", "yuni"); a name they never saw ("wening", "euis") before a surname ("pelatih wening
    lestari,") is taken for one, and the surname named."""
    from wordfreq import zipf_frequency

    lower = word.lower
    unseen = not zipf_frequency(lower, "id") and not zipf_frequency(lower, "en")
    return not word.after_a_mark and is_fragment(lower) and unseen


def _of_the_dictionary(lower: str) -> bool:
    """Whether a word is no name by the stemmer's dictionary: one of its words, one said with the
    colloquial nasal prefix before a root of it, whole or with the "k" or "s" the nasal replaces
    ("ngaji" for "mengaji", "ngopi" for "mengopi", "nyapu"; the stemmer takes more off a name:
    "menyoman" to "som", "mengadiman" to "kadim"), or a short form said letter by letter
    (_spelled_out: "tpa")."""
    root = stem(f"me{lower}")
    colloquial = lower.startswith(("ng", "ny")) and not is_fragment(root) and lower[2:] in (root, root[1:])
    return not is_fragment(lower) or colloquial or _spelled_out(lower)


def _on_another_day(words: list[MarkedWord], at: int) -> bool:
    """Whether the words right before words[at] put its bearer on another day (DAYS_BEFORE: "kemarin
    pak lukas dari dinas juga bilang begitu", "minggu lalu mbak rani yang jaga gerbang", "tadi pagi
    pak burhan"): someone spoken of, whom neither thanks nor a hand-over is for; not a mark between
    ("juara dua tahun lalu, ananda Muhammad Rafi.")."""
    if words[at].after_a_mark:
        return False
    before = [word.lower for word in words[max(0, at - 2) : at]]
    if before[-1:] and before[-1] in DAYS_BEFORE:
        return True
    return (
        len(before) == 2
        and not words[at - 1].after_a_mark
        and (
            (before[0] in SPANS_OF_TIME and before[1] == "lalu")
            or (before[0] == "tadi" and before[1] in GREETING_TIMES)
        )
    )


def _joined_to_a_name(words: list[MarkedWord], at: int) -> bool:
    """Whether "sama" before words[at] joins it to a title and name right before ("om frans sama tante
    lusi", "coach melati sama mbak rosa"): a second person of a list, not one said of ("ketemu sama
    bang ucok", "latihannya sama coach wisnu")."""
    if at < 3 or words[at - 1].lower != "sama" or words[at - 1].after_a_mark:
        return False
    return _said_before_in_clause(words, at - 1, CALLING_TITLES, NAME_WORDS)


def one_with(words: list[MarkedWord], at: int) -> bool:
    """Whether the title and name at words[at] are what "yang" and an active verb before them act on
    ("Yang mendampingi Pak Karto, anaknya ya?", "silakan yang mewakili Bu Sumiati"): the one who
    accompanies or stands in for them is meant, not they.  A mark before the title ends what the
    verb acts on: "untuk yang menyimak, Mas Bima, silakan" hands Bima the floor."""
    if at < 2 or at + 1 >= len(words) or words[at - 2].lower != "yang" or words[at].after_a_mark:
        return False
    verb = words[at - 1].lower
    root = stem(verb)
    return verb.startswith("me") and root != verb and len(root) >= 4


def _past_an_office(words: list[MarkedWord], at: int, names: NamesSaid, cased: bool, language: str) -> int | None:
    """Where the name stands after the office or job at words[at], a title before it ("pak kades
    mulyono", "bu rt yayuk", "Pak ketua poktan warsito"), ROLE_WORDS_BETWEEN words on at most: a
    word the talk says elsewhere as a name (`names`: "baik pak mulyono", "saya warsito"). A place
    stands there as often ("Pak Lurah Jebres", "pak kades sumberejo"), and nothing in its letters
    tells it from a name; no one calls a place by a title or says it as "saya". After a job (JOBS:
    "bu bendahara sri silakan", "mbak rias dini, pengantinnya ...") no place stands, and the word
    right after it is the name where it ends what is called (_called_by_the_job)."""
    if words[at].lower not in NO_NAME or words[at].lower in CALLING_TITLES:
        return None
    if words[at].lower in JOBS and _called_by_the_job(words, at + 1, cased, language):
        return at + 1
    for position in range(at + 1, min(len(words), at + 1 + ROLE_WORDS_BETWEEN)):
        if words[position].after_a_mark:
            return None
        if words[position].lower in names() and name_like(words[position], cased, language, rarer_than=WORD_ZIPF):
            return position
    return None


def _called_by_the_job(words: list[MarkedWord], at: int, cased: bool, language: str, whole: bool = True) -> bool:
    """Whether words[at], right after a title and a job (JOBS), is the name it calls: a word that may
    be a name (in lower case rarer than NAME_ZIPF: not "bu bendahara umum"), no part of an
    organisation nor a short form ("bu kader posyandu"), that ends what is called: the sentence's
    end, a mark, a word that gives the floor or asks or asks it for now ("bu bendahara sri silakan",
    "bu kader yanti dulu ya", "mbak bidan rina gimana"), after the whole name ("dokter rina kusuma,
    silakan") or, not `whole`, its first word."""
    if at >= len(words) or words[at].after_a_mark:  # a unit or a short form is none: name_like
        return False
    if not name_like(words[at], cased, language):
        return False
    end = at + (len(name_from(words, at, cased, language).split()) if whole else 1)  # "dokter rina kusuma,"
    ending = words[end] if end < len(words) else None
    return ending is None or ending.after_a_mark or ending.lower in GIVING | UNMARKED_QUESTION | CALLED_FOR_NOW


# The words a talk says as names (_said_as_names), read when a title and an office first ask for them
# (_past_an_office): most talks never do (none of the six long talks), and reading every utterance's
# words for them had made names_called 1.2-1.7 times as slow on the long talks' ASR.
NamesSaid = Callable[[], frozenset[str]]


def sent_by(words: list[MarkedWord], at: int) -> bool:
    """Whether the word at words[at] follows the "dari" of a voice note, a few words after it ("voice
    note dari nadia di bekasi", "vn dari ayah dimas", "voice note terakhir dari mas fikri"): the one
    who sent it, whose voice plays next, as one handed the floor speaks next."""
    if not at or words[at - 1].lower != "dari":
        return False
    before = [word.lower for word in words[max(0, at - 1 - VOICE_NOTE_WORDS) : at - 1]]
    return "vn" in before or any(pair in VOICE_NOTES for pair in itertools.pairwise(before))


def _before_another_title(words: list[MarkedWord], at: int, language: str) -> bool:
    """Whether the word or two at words[at], after a title, go on unbroken to another title and a
    name ("Pak satpam mas toni tolong dicek", "mbak kasir mbak tutik", "pak ketua komite pak
    harjono"): they say what the one named after the second title is, no name of their own.  Only
    words of the stemmer's dictionary: a name outside it is a second person ("terima kasih kak yudha
    kak sinta"), and so is a place ("pak kasun tegalsari pak slamet" is left: docs/speaker-counting.md)."""
    for between in range(1, ROLE_WORDS_BETWEEN + 1):
        second = at + between
        if second + 1 >= len(words) or any(word.after_a_mark for word in words[at + 1 : second + 2]):
            return False
        if is_fragment(words[second - 1].lower) or words[second - 1].lower in JOINING:
            return False  # a name, a second person: "terima kasih kak yudha kak sinta", "pak adi dan bu sinta"
        if words[second].lower in CALLING_TITLES and name_like(words[second + 1], False, language, WORD_ZIPF):
            return True
    return False


def same_person(one: str, other: str) -> bool:
    """Two forms of one name: a part of the other ("Dewi", "Dewi Lestari"), one letter apart as
    ASR hears it ("Dewy", "Dewi"), a first name and the end of it it is called by ("Yanto" for
    "Suryanto"; NICKNAME_LETTERS at least, as for the start of a name naming.py reads), or the start
    of it ("Pak Yos" for "Yosef Laka", as a_listed_name reads "Bu Novi" for Novita)."""
    from rapidfuzz.distance import Levenshtein

    first, second = normalize(one).split(), normalize(other).split()
    if not first or not second:
        return False
    shorter, longer = sorted((first, second), key=len)
    short, long = sorted((first[0], second[0]), key=len)
    return (
        longer[: len(shorter)] == shorter
        or Levenshtein.distance(first[0], second[0]) <= 1 < len(first[0])
        or (len(shorter) == 1 and len(short) >= NICKNAME_LETTERS and long.endswith(short))
        or (len(shorter) == 1 and len(short) >= NAME_START_LETTERS and long.startswith(short))
    )
