"""Stage 4: key phrases overall (YAKE) and per speaker (c-TF-IDF), entities and numbers, with times.

Measured (docs/measurements.md): on ASR-like Indonesian text YAKE with lower-cased input and an explicit stop-word list
held up best overall, and class-based TF-IDF over speakers for per-speaker topics.  Entities come
from the cased config and report and are then searched in the transcript with fuzzy matching,
because Whisper's casing of the transcript is unreliable.  What of the talk's words is no topic
(a stop word garbled, a name, a garble, a quality, a unit) is read in text/phrase_readings.py, the
clauses a key phrase is said within in text/clauses.py.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
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
from pipeline.text.clauses import calls_and_replies, clauses, in_the_days_language, off_the_session, steering
from pipeline.text.formats import quoted
from pipeline.text.language import (
    HOST_WORDS,
    SAME_NAME_MIN,
    core_name,
    find_entities,
    has_word_list,
    is_bare_verb,
    is_prefixed,
    normalize,
    phrase_stop_words,
)
from pipeline.text.matching import (
    NUMBER_VALUE,
    Occurrence,
    exact_mentions,
    fuzzy_mentions,
    person_mentions,
    surname_mentions,
)
from pipeline.text.numbers import (
    YEAR,
    quantities,
)
from pipeline.text.phrase_readings import Vocabulary, amid_garbles, meaningful
from pipeline.text.report import read_report
from pipeline.text.short_forms import (
    ShortForms,
    in_capitals,
    of_its_field,
    said_in_part,
    village_coinages,
    village_short_forms,
)
from pipeline.transcribe import Transcript

log = logging.getLogger("lokakarya")
PACKAGES = ("spacy", "yake", "scikit-learn", "rapidfuzz", "num2words", "wordfreq", "numpy")
SHORT_TERM_LETTERS = 5  # a name of capitals this short is said letter by letter ("RI", "PBB", "KBRI")
MAX_PHRASE_CHARS = 1000  # a glossary term is at most a config line long
MAX_OCCURRENCES = MAX_MENTIONS
MIN_COUNT = 2  # a key topic of the whole talk is said more than once
CANDIDATES = 4  # ranked candidates asked for per phrase kept, before filtering
# Share of a phrase's utterances a longer phrase holding it must be said in to stand for it: on the
# bundled days 0.5 dropped "diplomasi" (10 utterances) for "diplomasi digital" (7 of them), and 1.0
# kept "digital" (8) beside "diplomasi digital" (7 of them).
NESTED_SHARE = 0.75
# General verbs of handling: "mengatasi grogi" beside "grogi" is the same subject a second time (on
# the tuning set's per-speaker lists all three such phrases were judged a second form), and the verb
# alone names no subject.
HANDLING_VERBS = frozenset({"mengatasi", "menghadapi", "membahas", "mendukung"})
RUN_MIN = 3  # utterances that say a three-word subject whole for a voice's list to show it so (_runs_said_only_whole)
# How many times as often as the language at large (wordfreq) a word alone must be said in a list's
# text to be a topic of it: a long talk says its everyday words often ("orang", "bilang",
# "langsung"), and YAKE ranks the frequent first.  Chosen on the long tuning talks (docs/measurements.md,
# "The long talks' topics"): good topics shown 103 of 237 at 7, 106 at 10, 108 at 15.
SALIENT_MIN = 10.0


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


def key_phrases(
    normalized: list[str], top_n: int, language: str = "id", said_short: frozenset[str] = frozenset()
) -> list[tuple[str, float]]:
    """YAKE over the whole talk; its score (lower is better) becomes 1 / (1 + score).  `said_short`:
    the short forms of three letters that may be a phrase (meaningful)."""
    import yake

    stop = set(phrase_stop_words(language))
    extractor = yake.KeywordExtractor(lan=language, n=3, dedup_lim=0.7, top=top_n * CANDIDATES, stopwords=stop)
    ranked = extractor.extract_keywords(". ".join(line for text in normalized for line in text.split("\n")))
    # YAKE does not end a sentence before a small letter: "media sosial. twitter." crosses two
    # clauses, and "media sosial." is "media sosial" (the best score of the two forms kept)
    phrases: dict[str, float] = {}
    for phrase, score in ranked:
        phrase = phrase.rstrip(".")
        if "." not in phrase and phrase not in phrases and meaningful(phrase, language, said_short):
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
            and meaningful(" ".join(run), language)
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
        said = [i for i in range(len(terms)) if doc_counts[i] > 0 and meaningful(terms[i], language, said_short)]
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
    said = [off_the_session(text, people, vocabulary) for text in normalized]
    replies = calls_and_replies(utterances, said, people, vocabulary)
    said = ["" if at in replies else text for at, text in enumerate(said)]
    top_n = config.topics.top_n
    least = config.topics.min_word_probability

    garbled = amid_garbles(normalized, vocabulary, [u.speaker for u in utterances], probabilities, least)

    def heard_surely(heard: str) -> bool:
        """Neither a word Whisper was unsure of nor one it made of a garbled stretch (amid_garbles)."""
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
        in_the_days_language(clauses(steering(u.text, people), vocabulary), config.language)
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
