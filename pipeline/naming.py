"""Which voice is which of the day's speakers: the config's order of first appearance, unless
the talk itself says otherwise.

A webinar says its speakers' names aloud: the moderator hands over ("silakan, Bu Ayu"), a
speaker thanks the one before ("terima kasih, Pak Duta Besar"), someone introduces herself
("saya Nadia, yang memandu acara"), and nobody calls herself "Bu Ayu". An archivist writes the
config from the report, which names the speakers but rarely the moderator who opened the stream,
so a config's order is often one voice off: every name would then be on another person's voice.
Each voice and each configured speaker get a score, the config's order a prior worth
ORDER_PRIOR, each hand-over, thanks or self-introduction one vote, each time a voice calls a
speaker by name ADDRESSED_PENALTY against that voice being the speaker; the names go to the
voices with the best total (scipy's assignment), the order as written or, where the talk says a
voice is none of the config's (an opener, a technician, a participant asking before a speaker's
turn), the order a rank later after that voice, at a cost of UNLISTED_COST.  With nothing
said, or too little to outweigh the order, the order stands.  The weights were chosen on the
tuning days (docs/speaker-counting.md, "Naming the voices").
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np
from pydantic import Field

from pipeline.artifacts import Seconds, Spoken, Strict
from pipeline.config import EXTRA_VOICE, Speaker
from pipeline.language import HONORIFICS, HOST_WORDS, core_name, is_common_word, normalize, person_name
from pipeline.matching import exact_mentions, person_mentions

if TYPE_CHECKING:
    from pipeline.diarize import Utterance

ORDER_PRIOR = 1.5  # votes the config's order is worth: two consistent hand-overs outweigh it, one does not
UNLISTED_COST = 1.0  # a voice the config leaves out, its order a rank later after it (asked only on the talk's word)
ADDRESSED_PENALTY = 1.0  # a voice that calls a speaker by name is most likely not that speaker
HANDOVER_GAP_SECONDS = 20.0  # a hand-over names the voice that speaks next, within this long
EDGE_UTTERANCES = 2  # a hand-over ends a voice's turn, thanks open one: the utterances that count as either
EVIDENCE_SHOWN = 3
# Words around a name that hand the floor over, or thank the voice that had it.
HANDOVER = re.compile(
    r"\b(silakan|silahkan|persilakan|persilahkan|dipersilakan|giliran|kepada|kembali|kembalikan|sambut)\b"
)
THANKS = re.compile(r"\b(terima kasih|makasih|trims|thank you|thanks)\b")
# The words right before a name that make it the speaker's own ("saya Nadia", "saya selaku moderator").
SELF = frozenset(
    {"saya", "aku", "perkenalkan", "saya selaku", "saya sebagai", "nama saya", "saya adalah", "nama saya adalah"}
    | {"anda bersama"}  # "Anda bersama Nadia Rahmawati": the host's own name
    | {"i am", "i m", "im", "my name is", "name is"}
)
# Words before a first name said alone that introduce someone ("saya Nadia"; "adalah Nadia" only
# after "saya", which SELF checks).
INTRODUCING = ("saya", "adalah", "i m", "im", "name is")
# Words between names said as a list, or in a closing round of thanks ("terima kasih Pak Hendarto,
# terima kasih Bu Maya")
LIST_JOINERS = frozenset({"dan", "serta", "juga", "beserta", "bersama", "dengan", "and", "terima", "kasih", "makasih"})
CUE_WORDS = 3  # words before a name (and after it) that carry its "silakan"
THANKS_WORDS = 5  # words before a name that carry its "terima kasih" ("terima kasih juga kepada Pak Duta")
# Words that begin the next thing said, so a "terima kasih" before them is not the name's ("terima
# kasih atas paparannya selanjutnya bu ayu silakan", as ASR writes it without a full stop).
NEXT_WORDS = frozenset({"selanjutnya", "berikutnya", "kemudian", "sekarang", "lalu", "nah", "next", "now"})
# Words before a title and a name that make it said of them, not to them ("paparan dari Pak Duta").
OF_SOMEONE = frozenset({"dari", "oleh", "dengan", "untuk", "seperti", "kata", "menurut", "tentang", "sama", "bersama"})
# The part of a role before where or whose it is ("Duta Besar RI di Aljazair" -> "duta besar").
ROLE_END = re.compile(r"\b(ri|di|dari|untuk|pada|kbri|universitas|of|at)\b")
ROLE_SHORT = {
    "duta besar": "dubes",
    "konsul jenderal": "konjen",
    "wakil menteri": "wamen",
    "menteri luar negeri": "menlu",
}
SENTENCE_END = re.compile(r"(?<=[.?!;])\s+")
ADDRESS = ("pak", "bapak", "bu", "ibu", "yang mulia")  # "kami persilakan Yang Mulia Duta Besar"
Kind = Literal["hand-over", "thanks", "self"]


class NamingEvidence(Strict):
    """A moment the talk names a voice: who said what, and which voice it names."""

    start: Seconds
    said_by: str = Field(description="label of the voice that said it")
    text: Spoken
    kind: Kind


@dataclass(frozen=True)
class Vote:
    voice: str
    position: int  # of the speaker in the config
    weight: float
    moment: NamingEvidence | None  # None for a voice that calls another by name


@dataclass(frozen=True)
class Naming:
    name: str
    by_talk: bool  # the talk's words, not the config's order, gave this voice its name
    evidence: tuple[NamingEvidence, ...]


def role_forms(role: str | None) -> list[str]:
    """How people call a speaker by role: 'Duta Besar RI di Aljazair' -> 'pak duta besar', 'bu
    duta besar', 'pak dubes', ...; a host's role alone ('Moderator') as it is said."""
    if not role:
        return []
    words = normalize(role).split()
    head = " ".join(words[: next((i for i, w in enumerate(words) if ROLE_END.fullmatch(w)), len(words))][:2])
    if not head:
        return []
    if set(head.split()) & HOST_WORDS:
        return [head]
    heads = [head, head.split()[0]] + [short for full, short in ROLE_SHORT.items() if " ".join(words).startswith(full)]
    return [f"{title} {said}" for said in heads for title in ADDRESS]


def mentions(
    speakers: list[Speaker], utterances: list[Utterance], spoken: list[str], language: str, breaks: list[list[int]]
) -> dict[int, dict[int, list[tuple[int, int]]]]:
    """For each utterance, the configured speakers (by position) it says by name, by role or by
    first name in an introduction ("saya Nadia"), each with where in the utterance's normalized
    text (start, end) for every form found.  A role two speakers share names neither."""
    forms = [role_forms(speaker.role) for speaker in speakers]
    counted = Counter(form for own in forms for form in set(own))
    # a mention names its utterance by number; the talk without a song's lyrics skips numbers
    place = {utterance.index: position for position, utterance in enumerate(utterances)}
    said: dict[int, dict[int, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for position, speaker in enumerate(speakers):
        hits = person_mentions(speaker.name, utterances, spoken, language)
        if _a_word_of_the_language(speaker.name, language):  # "Indah": only "Bu Indah" is her
            hits = [hit for hit in hits if hit.matched.split()[0] in HONORIFICS]
        own = [form for form in forms[position] if counted[form] == 1]
        person = person_name(speaker.name)
        own += [f"{lead} {normalize(person).split()[0]}" for lead in INTRODUCING] if person else []
        hits += [hit for form in own for hit in exact_mentions(form, utterances, spoken)]
        for hit in hits:
            text = spoken[place[hit.utterance]]
            for found in re.finditer(rf"\b{re.escape(hit.matched)}\b", text):
                said[place[hit.utterance]][position].append(found.span())
    for index, named in said.items():  # one span for forms that overlap, with the titles before them
        for position, spans in named.items():
            merged: list[tuple[int, int]] = []
            for start, end in sorted(_with_titles(spoken[index], span, breaks[index]) for span in spans):
                if merged and start <= merged[-1][1] + 1:
                    merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
                else:
                    merged.append((start, end))
            named[position] = merged
    return said


def _a_word_of_the_language(name: str, language: str) -> bool:
    """A one-word name that is a common word ("Indah", "Bagus"), which the talk says as that word."""
    words = normalize(core_name(name)).split()
    return len(words) == 1 and words[0] not in HOST_WORDS and is_common_word(words[0], language)


def evidence(speakers: list[Speaker], utterances: list[Utterance], language: str) -> list[Vote]:
    """Every vote the talk casts: +1 for the voice a hand-over, thanks or self-introduction points
    to, and -ADDRESSED_PENALTY for a voice that says another speaker's name.  A hand-over needs its
    word beside the name ("silakan", "kepada", "Bu Ayu dulu"), or a turn ending with a title and a
    name said to them ("..., Pak Duta?"); thanks need "terima kasih" in the words before the name,
    in a turn's first utterances, and are no hand-over.  No name of a list points to a voice:
    "bersama kita Pak Duta Besar dan Bu Ayu" introduces both, "terima kasih Pak Duta Besar dan Bu
    Ayu" closes."""
    sentences = [_sentences(utterance.text) for utterance in utterances]
    spoken = [" ".join(pieces) for pieces in sentences]
    breaks = [list(itertools.accumulate(len(piece) + 1 for piece in pieces[:-1])) for pieces in sentences]
    runs: list[tuple[int, int]] = []  # first and last utterance of each run of one voice
    for index, utterance in enumerate(utterances):
        if runs and utterances[runs[-1][0]].speaker == utterance.speaker:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    run_of = {index: number for number, (first, last) in enumerate(runs) for index in range(first, last + 1)}
    votes = []
    for index, named in sorted(mentions(speakers, utterances, spoken, language, breaks).items()):
        utterance, text, run = utterances[index], spoken[index], run_of[index]
        first, last = runs[run]
        listed = _listed({position: min(spans) for position, spans in named.items()}, text, breaks[index])
        for position, spans in named.items():
            if any(_introduces_self(text, span) for span in spans):
                votes.append(Vote(utterance.speaker, position, 1.0, _moment(utterance, "self")))
                continue
            start, end = min(spans)
            said = text[start:end].split()
            if not set(said) <= HOST_WORDS:  # the moderator says "moderator" of herself too ("izinkan moderator")
                votes.append(Vote(utterance.speaker, position, -ADDRESSED_PENALTY, None))
            if position in listed:
                continue
            before, after = _context(text, (start, end), named, breaks[index])
            since_next = before[max((i + 1 for i, word in enumerate(before) if word in NEXT_WORDS), default=0) :]
            if THANKS.search(" ".join(since_next)):  # thanks are never a hand-over
                sentence = _sentence_of(text, start, breaks[index])
                if index - first < EDGE_UTTERANCES and run > 0 and len(THANKS.findall(sentence)) == 1:
                    votes.append(
                        Vote(utterances[runs[run - 1][1]].speaker, position, 1.0, _moment(utterance, "thanks"))
                    )
                continue
            # said to them ("Pak Duta Besar", "Bu Maya"), not of them ("paparan dari Pak Duta")
            addressed = said[0] in HONORIFICS and not (before[-1:] and before[-1] in OF_SOMEONE)
            if (
                HANDOVER.search(" ".join(before[-CUE_WORDS:] + after))
                or after[:1] == ["dulu"]  # "Bu Ayu dulu": she goes first
                or (addressed and len(named) == 1 and last - index < EDGE_UTTERANCES)  # a turn ends talking to one
            ):
                following = utterances[runs[run + 1][0]] if run + 1 < len(runs) else None
                if following and following.start - utterance.end <= HANDOVER_GAP_SECONDS:
                    votes.append(Vote(following.speaker, position, 1.0, _moment(utterance, "hand-over")))
    return votes


def _with_titles(text: str, span: tuple[int, int], breaks: list[int]) -> tuple[int, int]:
    """A name's span with the titles said before it in its sentence: "ibu ayu larasati", "yang
    mulia pak duta besar"; not "pak" ending the sentence before ("Terima kasih Pak. Bu Ayu,
    silakan."), nor before an introduction ("Bapak Ibu, saya Nadia" is hers, not said to her)."""
    if text[span[0] :].startswith(tuple(f"{lead} " for lead in INTRODUCING)):
        return span
    start = span[0]
    while start not in breaks and (words := text[:start].split()) and words[-1] in HONORIFICS:
        start = text.rindex(words[-1], 0, start)
    return start, span[1]


def _sentence_bounds(breaks: list[int], start: int, end: int, length: int) -> tuple[int, int]:
    """Where the sentence around text[start:end] begins and ends, `breaks` being where an
    utterance's later sentences begin."""
    return max((b for b in breaks if b <= start), default=0), min((b for b in breaks if b >= end), default=length)


def _sentence_of(text: str, offset: int, breaks: list[int]) -> str:
    """The sentence of an utterance's normalized text that holds `offset`: a round of thanks in it
    ("terima kasih Mas Fajar, terima kasih Pak Rudi") thanks several people, not the voice before."""
    since, until = _sentence_bounds(breaks, offset, offset + 1, len(text))
    return text[since:until]


def _sentences(text: str) -> list[str]:
    """An utterance's sentences, each normalized: a name's "terima kasih" or "silakan" is in its own
    sentence ("Terima kasih atas paparannya. Berikutnya Bu Ayu, silakan.")."""
    return [said for piece in SENTENCE_END.split(text) if (said := normalize(piece))] or [""]


def _context(
    text: str, span: tuple[int, int], named: dict[int, list[tuple[int, int]]], breaks: list[int]
) -> tuple[list[str], list[str]]:
    """Up to THANKS_WORDS words before a name and CUE_WORDS after it, within its sentence and not
    past the speakers named beside it: in "Pak Konjen dulu, lalu Bu Maya" the "dulu" is his."""
    since, until = _sentence_bounds(breaks, span[0], span[1], len(text))
    others = [other for spans in named.values() for other in spans if other[1] <= span[0] or other[0] >= span[1]]
    since = max([since] + [other[1] for other in others if other[1] <= span[0]])
    until = min([until] + [other[0] for other in others if other[0] >= span[1]])
    return text[since : span[0]].split()[-THANKS_WORDS:], text[span[1] : until].split()[:CUE_WORDS]


def _introduces_self(text: str, span: tuple[int, int]) -> bool:
    """'saya Nadia', 'nama saya adalah Nadia', "I'm Nadia", 'saya selaku moderator', 'Chalief Akbar
    di sini': the name is the speaker's own."""
    before, found, after = text[: span[0]].split(), text[span[0] : span[1]], text[span[1] :].split()
    if found.split()[0] in HONORIFICS:  # nobody calls herself "Bu Ayu": "pertanyaan saya, Bu Ayu" asks her
        return False
    return (
        any(" ".join(before[-size:]) in SELF for size in (1, 2, 3))
        or found.startswith(tuple(f"{lead} " for lead in INTRODUCING if lead != "adalah"))
        or after[:2] == ["di", "sini"]
    )


def _listed(named: dict[int, tuple[int, int]], text: str, breaks: list[int]) -> set[int]:
    """Speakers named one after the other in one sentence ("Pak Duta Besar dan Bu Ayu", "Bu Ayu, Pak
    Bayu"): an introduction or a closing thanks to all, which points to no one voice."""
    spans = sorted((span, position) for position, span in named.items())
    listed = set()
    for (first, one), (second, other) in itertools.pairwise(spans):
        apart = any(first[1] <= b <= second[0] for b in breaks)
        if not apart and set(text[first[1] : second[0]].split()) <= LIST_JOINERS:
            listed |= {one, other}
    return listed


def _moment(utterance: Utterance, kind: Kind) -> NamingEvidence:
    return NamingEvidence(start=utterance.start, said_by=utterance.speaker, text=utterance.text, kind=kind)


def _unlisted_likely(talk: np.ndarray, count: int, unlisted: int) -> bool:
    """Whether the talk says the voice at rank `unlisted` is none of the config's speakers (an
    opener, a participant asking before a speaker's turn): it points to the next voice as the
    speaker this rank stands for, and not to this voice."""
    return unlisted + 1 < len(talk) and talk[unlisted + 1, unlisted] > 0 and talk[unlisted, unlisted] <= 0


def _ordered(talk: np.ndarray, bonus: float, count: int, unlisted: int | None) -> np.ndarray:
    """The scores with the config's order as a prior: voice by rank, or with the voice at rank
    `unlisted` named no one and every later one a rank later."""
    score = talk.copy()
    score[:, :count] += bonus
    for rank in range(min(len(score), count + (unlisted is not None))):
        if unlisted is None or rank < unlisted:
            score[rank, rank] += ORDER_PRIOR
        elif rank == unlisted:
            score[rank, :count] -= 2 * bonus  # named no one
        else:
            score[rank, rank - 1] += ORDER_PRIOR
    return score


def name_voices(
    voices: list[str], speakers: list[Speaker], utterances: list[Utterance], language: str
) -> dict[str, Naming]:
    """Each voice (labels in the order they first speak) its name: a configured speaker's, or
    'Speaker N' for a voice the config names no one for."""
    from scipy.optimize import linear_sum_assignment

    votes = evidence(speakers, utterances, language)
    talk = np.zeros((len(voices), len(speakers) + len(voices)))
    row = {voice: number for number, voice in enumerate(voices)}
    for vote in votes:
        if vote.voice in row:
            talk[row[vote.voice], vote.position] += vote.weight
    # every configured speaker gets a voice while there are voices enough, before any vote counts
    bonus = len(voices) * (ORDER_PRIOR + len(votes) + 1)
    hypotheses = [_ordered(talk, bonus, len(speakers), None)]
    if len(voices) > len(speakers):  # a voice the config does not list, somewhere in its order
        hypotheses += [
            _ordered(talk, bonus, len(speakers), unlisted)
            for unlisted in range(len(speakers))
            if _unlisted_likely(talk, len(speakers), unlisted)
        ]
    solved = [(score, *linear_sum_assignment(score, maximize=True)) for score in hypotheses]
    totals = [
        score[rows, columns].sum() - UNLISTED_COST * (number > 0)
        for number, (score, rows, columns) in enumerate(solved)
    ]
    _, rows, columns = solved[totals.index(max(totals))]  # the order as written on a tie
    named: dict[str, Naming] = {}
    for number, column in zip(rows, columns, strict=True):
        voice = voices[number]
        if column >= len(speakers):
            named[voice] = Naming(EXTRA_VOICE.format(number + 1), bool(number < len(speakers)), ())
            continue
        shown = [vote.moment for vote in votes if vote.moment and (vote.voice, vote.position) == (voice, column)]
        named[voice] = Naming(speakers[column].name, bool(column != number), tuple(shown[:EVIDENCE_SHOWN]))
    return named
