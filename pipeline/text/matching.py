"""Finding the day's words in the talk: exact and fuzzy mentions, shared by topics, compare, search
and the naming of voices.

ASR misspells names ("Larasati" heard as "Laras Sati"), so names and terms are found with
rapidfuzz's partial ratio and the words found scored whole; at FUZZY_MIN = 85 every key name and
the year of the day-10 report were found in transcripts of about 23 % WER (docs/measurements.md).
Very short terms match anything partially, so they must match a whole word.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pydantic import Field

from pipeline.artifacts import Count, Seconds, Strict
from pipeline.text.language import (
    CLITICS,
    HONORIFICS,
    core_name,
    is_common_word,
    is_fragment,
    normalize,
    person_key,
    stop_words,
)
from pipeline.text.numbers import Quantity, quantities, same_quantity

if TYPE_CHECKING:
    from pipeline.diarize import Utterance

FUZZY_MIN = 85  # rapidfuzz score for a name or term to count as said
# A heard word of a fuzzy match that is another word of the language in the place of the term's
# word, not that word heard wrong: "kepentingan luar negeri" (foreign interests) scored 87 against
# "Kementerian Luar Negeri" (its first words 73 to each other; "kementrian" 95).
SAME_WORD_MIN = 80
# Prepositions ASR writes joined to the name after them: "kebali" for "ke Bali", "dijakarta".
GLUED_BEFORE = ("ke", "di")
SHORT_TERM = 4  # terms shorter than this must match a whole word exactly
# A word said alone, with nothing beside it to hold it (a one-word search, a surname), is taken only
# this many letters from its ASR spelling ("butaya" for "budaya", "hansom" for "Hanson"; not "ranya"
# for "ratna"): docs/search-benchmark.md, forty-ninth round.
LONE_WORD_EDITS = 1
# A surname found alone: of this many letters or more (a shorter word is too often part of another)
# and no word of the language's dictionary (language.is_fragment: not "Lestari", "Cahaya", "Wijaya").
SURNAME_MIN = 5
# "Selamat" (a given name) before a time of day is a greeting: "Bapak Ibu selamat pagi".
GREETING_TIMES = frozenset({"pagi", "siang", "sore", "malam", "datang"})
NUMBER_VALUE = r"^-?\d+(\.\d+)?$"  # a quantity as numbers.quantities() gives it: "2017", "2.5", "-5.32"


class Occurrence(Strict):
    utterance: Count
    start: Seconds
    end: Seconds
    speaker: str
    matched: str
    score: float = Field(ge=0, le=100, description="rapidfuzz similarity, 100 for an exact match")


def _occurrence(utterance: Utterance, matched: str, score: float) -> Occurrence:
    return Occurrence(
        utterance=utterance.index,
        start=utterance.start,
        end=utterance.end,
        speaker=utterance.speaker,
        matched=matched,
        score=round(score, 1),
    )


def exact_mentions(
    phrase: str,
    utterances: list[Utterance],
    normalized: list[str],
    not_before: frozenset[str] = frozenset(),
    clitics: bool = False,
) -> list[Occurrence]:
    """Utterances that hold `phrase` as whole words (`normalized` is each utterance's normalized
    text), not followed by a word of `not_before`; with `clitics`, also with a clitic joined to
    its last word ("kemlunya")."""
    unless = rf"(?! (?:{'|'.join(map(re.escape, sorted(not_before)))})\b)" if not_before else ""
    joined = f"(?:{'|'.join(CLITICS)})?" if clitics else ""
    pattern = re.compile(rf"\b{re.escape(phrase)}{joined}\b{unless}")
    return [
        _occurrence(u, phrase, 100.0) for u, text in zip(utterances, normalized, strict=False) if pattern.search(text)
    ]


def fuzzy_mentions(
    term: str, utterances: list[Utterance], normalized: list[str], language: str = "id"
) -> list[Occurrence]:
    """Where a name or term is said, allowing for ASR misspellings ("Larasati" ~ "Laras Sati")."""
    wanted = normalize(term)
    if len(wanted) < SHORT_TERM:
        return exact_mentions(wanted, utterances, normalized)
    return [
        _occurrence(utterance, *heard)
        for utterance, text in zip(utterances, normalized, strict=False)
        if (heard := heard_as(wanted, text, language))
    ]


def heard_as(wanted: str, text: str, language: str = "id") -> tuple[str, float] | None:
    """The words of `text` that say the term `wanted` (both normalized or both folded), allowing
    for ASR's misspellings, and how like it they are whole; None where the text does not say it.
    The one rule of "said" for the entities, the topics and `lokakarya search`: a search had found
    "zoom" in "likeroom" and "asia" in "asalamualaikum", which the entities did not."""
    from rapidfuzz import fuzz

    alignment = fuzz.partial_ratio_alignment(wanted, text, score_cutoff=FUZZY_MIN)
    if alignment is None:
        return None
    matched, score = _whole_words(wanted, text, alignment.dest_start, alignment.dest_end)
    if score < FUZZY_MIN or _another_word(matched, wanted.split(), language):
        return None
    return matched, score


def heard_in_words(wanted: str, text: str, language: str = "id") -> tuple[str, float] | None:
    """heard_as judged on the text's whole words alone: the run of them, one word fewer to one more
    than `wanted` has, likest it whole, where it is FUZZY_MIN alike and no other word of the language
    (the rule heard_as applies to the words its alignment stands in).  heard_as aligns a window of
    the term's length, so a term ASR glued or cut short inside a text ("tapi yakan sulit" for "ya
    kan", "sama profrata di" for "prof ratna") is judged with the next word's first letter and
    fails, where the same words ending the text pass ("... kita, yakan.", "terima kasih profrata,")."""
    from rapidfuzz import fuzz, process

    words, terms = text.split(), wanted.split()
    sizes = range(max(1, len(terms) - 1), len(terms) + 2)
    spans = [" ".join(words[at : at + size]) for size in sizes for at in range(len(words) - size + 1)]
    alike = process.extract(wanted, spans, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN, limit=None)
    said = [(span, score) for span, score, _ in alike if not _another_word(span, terms, language)]
    return max(said, key=lambda found: found[1], default=None)


def person_mentions(name: str, utterances: list[Utterance], spoken: list[str], language: str) -> list[Occurrence]:
    """Where a person is said: by name, not with the degrees the config writes ("S.Sos., M.Ikom."),
    or as people are called, by the first two words of a longer name ("Bayu Pratama" of "Dr. Bayu
    Pratama Wijaya") or a title and the first name ("pak bayu", "profratna")."""
    words = normalize(core_name(name)).split()
    if not words:
        return []
    # a name of one stop word ("Dan") is every "dan" of the lower-cased talk: only "pak dan" is him
    stop_word = len(words) == 1 and words[0] in stop_words(language)
    forms = [] if stop_word else [fuzzy_mentions(" ".join(words), utterances, spoken, language)]
    if len(words) >= 3:
        forms.append(fuzzy_mentions(" ".join(words[:2]), utterances, spoken, language))
    if len(words) >= 2 or stop_word:  # a one-word name ("Moderator") is no first name
        # a first name that is a greeting's first word only not before a time of day ("Bapak Ibu selamat
        # pagi"); one that is a stop word is called with the next word (titled_forms)
        greeting = words[0] == "selamat" and words[0] not in stop_words(language)
        formula = HONORIFICS if stop_word else GREETING_TIMES if greeting else frozenset()
        forms += [exact_mentions(form, utterances, spoken, formula) for form in titled_forms(words, language)]
    said: dict[int, Occurrence] = {}
    for hit in (hit for form in forms for hit in form):
        said.setdefault(hit.utterance, hit)
    return sorted(said.values(), key=lambda hit: hit.utterance)


def surname(name: str, language: str) -> str | None:
    """The last word of a person's name of two words or more that may be said alone and still be
    the person ("Hanson" of "Fergus Hanson"): SURNAME_MIN letters or more and no word of the
    Indonesian dictionary; None otherwise, and in a talk of another language (the dictionary is
    Indonesian's: an English surname is as often an English word)."""
    words = normalize(core_name(name)).split()
    last = words[-1] if len(words) >= 2 and language == "id" else ""
    return last if len(last) >= SURNAME_MIN and last.isalpha() and is_fragment(last) else None


def surname_mentions(name: str, utterances: list[Utterance], spoken: list[str], language: str) -> list[Occurrence]:
    """Where a person is said by the surname alone (surname): a word of the utterance that is the
    surname or LONE_WORD_EDITS letters from it, SAME_WORD_MIN alike and itself no word of the
    dictionary: "Fergus Hanson", a source the talks cite by surname ("sedus hansom", "fengkus
    hansong"), had been found on none of its 13 days."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Levenshtein

    last = surname(name, language)
    if last is None:
        return []

    def heard(word: str) -> bool:
        near = Levenshtein.distance(word, last) <= LONE_WORD_EDITS and fuzz.ratio(word, last) >= SAME_WORD_MIN
        return word == last or (near and is_fragment(word))

    said = []
    for utterance, text in zip(utterances, spoken, strict=False):
        if word := next((word for word in text.split() if heard(word)), None):
            said.append(_occurrence(utterance, word, fuzz.ratio(word, last)))
    return said


def titled_forms(words: list[str], language: str) -> list[str]:
    """How a person of the name's normalized `words` is called: a title and the first name ("pak
    bayu", "prof ratna"), also as ASR joins them ("profratna" for "Prof. Ratna": six times on the
    bundled days); a first name that is a stop word with the next ("pak dan satriana", not "bapak
    dan ibu").  The entities' rule (person_mentions) and search's for a speaker's name typed whole."""
    called = " ".join(words[:2]) if len(words) >= 2 and words[0] in stop_words(language) else words[0]
    titles = sorted(HONORIFICS - {"yang"})
    return [f"{title} {called}" for title in titles] + [f"{title}{called}" for title in titles if len(title) >= 3]


def _whole_words(wanted: str, text: str, start: int, end: int) -> tuple[str, float]:
    """The words a partial match stands in, and how like the term they are whole.  A partial
    match scores a short text by the part of the term it is like ("ya" 100 inside "dr maya
    puspitasari") and a word by a part of it ("oom" of "likeroom" for "zoom"); whole words score
    what was heard: all the words the match touches, also less a clitic joined to the name
    ("larasatinya") or a preposition before it ("kebali"), or only those it holds whole ("stagram"
    of "ikutin stagram")."""
    from rapidfuzz import fuzz

    matched = text[start:end]
    start, end = start + len(matched) - len(matched.lstrip()), end - len(matched) + len(matched.rstrip())
    first = text.rfind(" ", 0, start) + 1
    last = text.find(" ", end)
    heard = text[first : last if last >= 0 else len(text)]
    held = text[start:end].split()
    if start > 0 and text[start - 1] != " ":  # the match starts inside a word
        held = held[1:]
    if end < len(text) and text[end] != " ":  # ... or ends inside one
        held = held[:-1]
    forms = [(heard, heard), (" ".join(held), " ".join(held))]
    forms += [(heard, heard[: -len(c)]) for c in CLITICS if heard.endswith(c) and len(heard) > len(c) + 2]
    forms += [(heard, heard[len(p) :]) for p in GLUED_BEFORE if heard.startswith(p) and len(heard) > len(p) + 2]
    shown, score = max(((shown, fuzz.ratio(wanted, form)) for shown, form in forms if form), key=lambda f: f[1])
    return shown, score


def _another_word(matched: str, wanted: list[str], language: str) -> bool:
    """Whether a heard word of the match is another word of the language than the term's word in
    its place.  Only judged word for word: where ASR split or joined words ("diplomasi di kita"
    for "diplomasi digital") the pieces are no words of their own."""
    from rapidfuzz import fuzz

    heard = matched.split()
    return len(heard) == len(wanted) and any(
        word != term
        and is_common_word(word, language)
        and (fuzz.ratio(word, term) < SAME_WORD_MIN or _runs_on(word, term))
        for word, term in zip(heard, wanted, strict=True)
    )


def _runs_on(word: str, term: str) -> bool:
    """A word that is the term's and more letters than a clitic: "balik" (back) is no "Bali" said,
    though 89 alike; "Balinya" is, and so is the English "Indonesian", "Korean" of a name in -a."""
    more = word[len(term) :]
    return word.startswith(term) and more not in CLITICS and not (more == "n" and term.endswith("a"))


def stated_quantities(utterances: list[Utterance]) -> list[list[Quantity]]:
    """Per utterance, the quantities it states."""
    return [quantities(u.text) for u in utterances]


def quantity_mentions(
    written: list[Quantity], utterances: list[Utterance], stated: list[list[Quantity]]
) -> list[Occurrence]:
    """Utterances that state a quantity of `written` (one value, as a text writes it in each of its
    places) in any form ("4", "empat", "2,5 juta") and of its unit."""
    hits = []
    for utterance, said in zip(utterances, stated, strict=True):
        context = next((q.context for q in said if any(same_quantity(q, own) for own in written)), None)
        if context is not None:
            hits.append(_occurrence(utterance, context, 100.0))
    return hits


def respelt(word: str) -> str:
    """A word as person_key spells it (old spelling, a doubled letter single), with "y" as "i" and
    "kh" as "h": the spellings a slip is judged in besides the letters typed."""
    return person_key(word).replace("y", "i").replace("kh", "h")


def slipped(typed: str, word: str) -> bool:
    """Whether a word typed is the word, or the word with one slip of the hand or ear: a vowel or
    an "h" put in or left out ("Hendera" for Hendra, "Yudoyono" for Yudhoyono), or two letters side
    by side swapped ("Katrini" for Kartini); never its first letter."""
    from rapidfuzz.distance import OSA, Levenshtein

    if typed == word:
        return True
    if not typed or not word or typed[0] != word[0] or OSA.distance(typed, word) != 1:
        return False
    edits = Levenshtein.editops(typed, word)
    if len(edits) == 2:  # one swap of neighbours, which OSA counts as one edit
        return True
    edit = edits[0]
    if edit.tag == "replace":
        return False
    return (word[edit.dest_pos] if edit.tag == "insert" else typed[edit.src_pos]) in "aeiouh"
