"""Indonesian language data on top of spaCy's blank "id" pipeline (no trained model exists).

spaCy gives tokens, stop words and number attributes; this module extends that pipeline with the
config's names as an entity ruler plus a component for proper-noun spans in cased text, and adds
the normalisation that ASR text needs before matching (number words to digits, fillers).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# spaCy is imported where it is used: it pulls in torch (seconds), which commands such as
# `lokakarya search` never need.

# Spoken fillers and politeness formulas that carry no topic.
FILLERS = {
    "eh", "em", "hmm", "ya", "yah", "nah", "gitu", "kan", "sih", "oke", "ok", "baik", "jadi",
    "tadi", "terima", "kasih", "selamat", "siang", "pagi", "sore", "malam", "bapak", "ibu",
    "pak", "bu", "saya", "kami", "kita", "yaitu", "diantaranya", "antaranya", "adanya", "misal",
    "misalnya", "juga", "sebagai", "secara", "untuk", "dengan", "melalui", "tentang", "sangat",
}
ORG_HEADS = {
    "universitas", "kementerian", "kementrian", "kedutaan", "kbri", "badan", "dinas", "lembaga",
    "perserikatan", "asosiasi", "institut", "sekolah", "fakultas", "pemerintah", "dewan",
}
TITLES = {"dr", "dr.", "h.e", "h.e.", "prof", "prof.", "menteri", "duta", "pak", "bu", "ibu", "bapak"}
_MAX_NUMBER = 2100


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    import spacy

    return frozenset(spacy.blank("id").Defaults.stop_words | FILLERS)


def _common_words(doc: Doc) -> set[str]:
    """Words the text also writes in another casing: capitals on them mark a heading, not a name."""
    forms: dict[str, set[str]] = {}
    for token in doc:
        forms.setdefault(token.lower_, set()).add(
            "upper" if token.is_upper else "title" if token.is_title else "lower"
        )
    return {word for word, seen in forms.items() if len(seen) > 1 or "lower" in seen}


def proper_nouns(doc: Doc) -> Doc:
    """Add runs of capitalised words (names, acronyms) of cased text as entities.

    A run is typed ORG by an organisation head word, PERSON after a title, else MISC; spans the
    entity ruler already found (config names, glossary) win.
    """
    from spacy.tokens import Span

    common = _common_words(doc) | stop_words() | TITLES

    def proper(token) -> bool:
        capitalised = token.is_title or (token.is_upper and len(token) >= 2)
        return capitalised and token.is_alpha and token.lower_ not in common

    taken = {index for ent in doc.ents for index in range(ent.start, ent.end)}
    spans, index = [], 0
    while index < len(doc):
        if not proper(doc[index]) or index in taken:
            index += 1
            continue
        start = index
        while index < len(doc) and proper(doc[index]) and index not in taken:
            index += 1
        previous = doc[start - 1].lower_ if start else ""
        if index - start == 1 and not doc[start].is_upper and (
            doc[start].is_sent_start or not previous.strip() or previous in ".:;!?\"“("
        ):
            continue  # one capitalised word opening a sentence is just a sentence
        head = doc[start].lower_
        label = "ORG" if head in ORG_HEADS else "PERSON" if previous in TITLES else "MISC"
        spans.append(Span(doc, start, index, label=label))
    doc.ents = list(doc.ents) + spans
    return doc


def entity_pipeline(patterns: list[dict]) -> Language:
    """spaCy's blank Indonesian pipeline extended with known names and proper-noun spans."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("lokakarya_proper_nouns"):
        Language.component("lokakarya_proper_nouns", func=proper_nouns)
    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(patterns)
    nlp.add_pipe("lokakarya_proper_nouns")
    return nlp


@lru_cache(maxsize=1)
def _number_words() -> dict[tuple[str, ...], int]:
    from num2words import num2words

    return {tuple(num2words(n, lang="id").split()): n for n in range(_MAX_NUMBER + 1)}


def numbers_to_digits(text: str) -> str:
    """Replace Indonesian number words by digits ("dua ribu tujuh belas" -> "2017"), longest first."""
    table = _number_words()
    longest = max(len(key) for key in table)
    tokens = text.split()
    out, index = [], 0
    while index < len(tokens):
        for size in range(min(longest, len(tokens) - index), 0, -1):
            words = tuple(re.sub(r"\W", "", t.lower()) for t in tokens[index:index + size])
            if words in table:
                trailing = re.search(r"\W*$", tokens[index + size - 1]).group()
                out.append(f"{table[words]}{trailing}")
                index += size
                break
        else:
            out.append(tokens[index])
            index += 1
    return " ".join(out)


def fold(text: str) -> str:
    """Lower case without accents or punctuation ("Café-Jazaïr" -> "cafe jazair"): how search
    compares a query with the transcript.  Cheap enough for every utterance of an archive."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", bare).split())


def normalize(text: str) -> str:
    """Lower case, digits for number words, no punctuation: the form texts are compared in."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[-‐–—/]", " ", text)
    text = numbers_to_digits(text)
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())
