"""Clauses of a talk's utterances for its key phrases: each utterance split where a clause ends (an
address, a set phrase, a plural or adverb said doubled) with its reduplications joined, what a host
says that steers the talk, and what runs the session or answers its calls left out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.text.language import (
    CLAUSE_END,
    SET_PHRASES,
    english_stop_words,
    is_fragment,
    join_compounds,
    normalize,
    stop_words,
)
from pipeline.text.narration import hands_out_by_the_call, runs_the_session, says_the_sessions_own, session_words
from pipeline.text.phrase_readings import Vocabulary
from pipeline.voices.unlisted_names import without_introductions

if TYPE_CHECKING:
    from pipeline.diarize import Utterance

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
# What the host (moderator, MC) says of the talk is what it asks and the themes it announces; the
# rest of its lines run the session or repeat what its guests said (docs/measurements.md, "What
# each voice talks about").
HOST_SENTENCE = re.compile(r"[^.?!…]+[.?!…]*")
QUESTION_WORDS = frozenset({"apa", "apakah", "bagaimana", "gimana", "mengapa", "kenapa", "kapan", "siapa", "berapa"})
ANNOUNCING = re.compile(r"\b(?:tema|temanya|topik|topiknya|materi|membahas|dibahas|membawakan)\b", re.IGNORECASE)


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


def off_the_session(text: str, people: frozenset[str], vocabulary: Vocabulary) -> str:
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

    return in_the_days_language(
        "\n".join(clause for clause in text.split("\n") if not runs_it(clause)), vocabulary.language
    )


def in_the_days_language(text: str, language: str) -> str:
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


def calls_and_replies(
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
