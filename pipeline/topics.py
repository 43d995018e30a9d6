"""Stage 4: key phrases overall (YAKE) and per speaker (c-TF-IDF), entities and numbers, with times.

Measured (docs/measurements.md): on ASR-like Indonesian text YAKE with lower-cased input and an explicit stop-word list
held up best overall, and class-based TF-IDF over speakers for per-speaker topics.  Entities come
from the cased config and report and are then searched in the transcript with fuzzy matching,
because Whisper's casing of the transcript is unreliable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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
    read_artifact,
    reading,
    schema_version,
    write_artifact,
)
from pipeline.config import DayConfig, read_report
from pipeline.diarize import Diarization, Utterance
from pipeline.language import find_entities, is_common_word, is_number_word, normalize, quantities, stop_words
from pipeline.matching import NUMBER_VALUE, YEAR, Occurrence, exact_mentions, fuzzy_mentions

PACKAGES = ("spacy", "yake", "scikit-learn", "rapidfuzz", "num2words")
MAX_PHRASE_CHARS = 1000  # a glossary term is at most a config line long
MAX_OCCURRENCES = 25
MIN_COUNT = 2  # a key topic of the whole talk is said more than once
CANDIDATES = 4  # ranked candidates asked for per phrase kept, before filtering
SNAP_MIN = 85  # rapidfuzz ratio for a heard phrase to be shown as the day's own phrase


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


def _once_each(phrases: list[Phrase], where: str) -> None:
    seen = [p.phrase for p in phrases]
    twice = next((phrase for phrase in seen if seen.count(phrase) > 1), None)
    if twice is not None:
        raise ValueError(f"{where}: the phrase '{twice}' is listed twice")


class SpeakerTopics(Strict):
    speaker: str
    name: str
    phrases: list[Phrase]


class Entity(Strict):
    text: str
    label: str
    origin: Literal["config", "report"]
    found: bool
    occurrences: list[Occurrence]


class NumberMention(Strict):
    value: str = Field(pattern=NUMBER_VALUE)
    is_year: bool
    start: Seconds
    end: Seconds
    speaker: str
    context: str


class Topics(Strict):
    schema_version: str = schema_version("1.1.0")
    overall: list[Phrase]
    per_speaker: list[SpeakerTopics]
    entities: list[Entity]
    numbers: list[NumberMention]
    provenance: Provenance

    @model_validator(mode="after")
    def _phrases_once(self, info: ValidationInfo) -> Topics:
        if reading(info):
            _once_each(self.overall, "overall")
            for speaker in self.per_speaker:
                _once_each(speaker.phrases, f"per_speaker {speaker.speaker}")
            labels = [speaker.speaker for speaker in self.per_speaker]
            if len(set(labels)) < len(labels):
                raise ValueError("per_speaker: a speaker is listed twice")
        return self


@dataclass(frozen=True)
class Vocabulary:
    """The day's own words (report, glossary, speaker names), beside the language's common words.

    ASR misspells ("diplomasi dikital") and cuts words ("gital"): a key phrase close to one of the
    day's own phrases is shown in that spelling, and a phrase with a word that is neither common
    in Indonesian nor the day's own (a fragment, a mishearing) is no topic.
    """

    phrases: dict[int, list[str]]  # by word count: normalised 1-3-word phrases of the day's texts
    words: frozenset[str]

    @classmethod
    def of_day(cls, config: DayConfig, report_text: str | None) -> Vocabulary:
        texts = [report_text or ""] + [g.term for g in config.glossary]
        texts += [normalize(s.name.split(",")[0]) for s in config.speakers]
        phrases: dict[int, set[str]] = {1: set(), 2: set(), 3: set()}
        for text in texts:
            for sentence in re.split(r"[.!?;:,()\n]", text):
                words = [w for w in normalize(sentence).split() if not w.isdigit()]
                for size in phrases:
                    phrases[size] |= {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}
        return cls(
            {size: sorted(found) for size, found in phrases.items()},
            frozenset(w for found in phrases.values() for p in found for w in p.split()),
        )

    def known(self, word: str) -> bool:
        return word in self.words or is_common_word(word)

    def rejoin(self, normalized: str) -> str:
        """Join two heard words that together spell one of the day's words ("di gitar" -> "digitar",
        which then reads as "digital"): ASR splits words it does not know."""
        from rapidfuzz import fuzz, process

        words, out = normalized.split(), []
        single = self.phrases.get(1, [])
        index = 0
        while index < len(words):
            pair = "".join(words[index : index + 2])
            if (
                index + 1 < len(words)
                and words[index + 1] not in self.words
                and process.extractOne(pair, single, scorer=fuzz.ratio, score_cutoff=SNAP_MIN)
            ):
                out.append(pair)
                index += 2
            else:
                out.append(words[index])
                index += 1
        return " ".join(out)

    def readable(self, phrase: str) -> str | None:
        """The phrase as the day spells it, the phrase itself if all its words are real, else None."""
        from rapidfuzz import fuzz, process

        if all(is_number_word(word) for word in phrase.split()):
            return None
        candidates = self.phrases.get(len(phrase.split()), [])
        if phrase in candidates:
            return phrase
        snapped = process.extractOne(phrase, candidates, scorer=fuzz.ratio, score_cutoff=SNAP_MIN)
        if snapped:
            return snapped[0]
        return phrase if all(self.known(word) for word in phrase.split()) else None


def select_phrases(
    ranked: list[tuple[str, float]],
    utterances: list[Utterance],
    normalized: list[str],
    top_n: int,
    min_count: int,
    vocabulary: Vocabulary,
) -> list[Phrase]:
    """Keep the best readable phrases said at least min_count times, heard forms of one phrase
    merged, skipping any whose words all belong to a phrase already kept ("salam" after "salam
    sejahtera")."""
    kept: dict[str, Phrase] = {}
    for heard, score in ranked:
        text = vocabulary.readable(heard)
        if text is None:
            continue
        hits = exact_mentions(heard, utterances, normalized)
        if text in kept:
            phrase = kept[text]
            if heard not in phrase.heard and heard != text:
                phrase.heard.append(heard)
            phrase.count += len(hits)
            phrase.occurrences = sorted(phrase.occurrences + hits, key=lambda o: o.start)[:MAX_OCCURRENCES]
            phrase.first_time = phrase.occurrences[0].start if phrase.occurrences else None
            continue
        if any(set(text.split()) <= set(p.split()) for p in kept) or len(hits) < min_count:
            continue
        kept[text] = Phrase(
            phrase=text,
            heard=[heard] if heard != text else [],
            score=round(score, 4),
            count=len(hits),
            first_time=hits[0].start,
            occurrences=hits[:MAX_OCCURRENCES],
        )
        if len(kept) == top_n:
            break
    return list(kept.values())


def _meaningful(phrase: str) -> bool:
    words = phrase.split()
    return (
        len(phrase) >= 4
        and not any(w.isdigit() for w in words)
        and any(w not in stop_words() for w in words)
        and words[0] not in stop_words()
        and words[-1] not in stop_words()
    )


def key_phrases(normalized: list[str], top_n: int) -> list[tuple[str, float]]:
    """YAKE over the whole talk; its score (lower is better) becomes 1 / (1 + score)."""
    import yake

    extractor = yake.KeywordExtractor(lan="id", n=3, dedup_lim=0.7, top=top_n * CANDIDATES, stopwords=set(stop_words()))
    ranked = extractor.extract_keywords(". ".join(normalized))
    return [(p, 1 / (1 + s)) for p, s in ranked if _meaningful(p)]


def speaker_phrases(documents: list[str], top_n: int) -> list[list[tuple[str, float]]]:
    """Class-based TF-IDF: what each speaker says often that the others do not."""
    from sklearn.feature_extraction.text import CountVectorizer

    word = r"[^\W\d_]{3,}"
    # Hyphenated stop words ("berkali-kali") can never match a token: leave them out.
    stop = sorted(w for w in stop_words() if re.fullmatch(word, w))
    vectorizer = CountVectorizer(ngram_range=(1, 2), stop_words=stop, token_pattern=rf"(?u)\b{word}\b")
    try:
        counts = vectorizer.fit_transform(documents).toarray().astype(float)
    except ValueError:  # nothing but stop words
        return [[] for _ in documents]
    terms = vectorizer.get_feature_names_out()
    frequency = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)
    weight = np.log(1 + counts.sum(axis=1).mean() / np.maximum(counts.sum(axis=0), 1))
    scores = frequency * weight
    result = []
    for row, doc_counts in zip(scores, counts, strict=False):
        order = [i for i in np.argsort(-row) if doc_counts[i] > 0 and _meaningful(terms[i])]
        result.append([(str(terms[i]), float(row[i])) for i in order[: top_n * CANDIDATES]])
    return result


def known_entities(config: DayConfig, report_text: str | None) -> list[tuple[str, str, str]]:
    """(text, label, origin): the config's speakers and glossary, then names in the cased report."""
    entries = [(s.name, "PERSON", "config") for s in config.speakers]
    entries += [(g.term, g.type, "config") for g in config.glossary]
    if report_text:
        patterns = [{"label": label, "pattern": text} for text, label, _ in entries]
        for ent in find_entities(report_text, patterns).ents:
            entries.append((" ".join(ent.text.split()), ent.label_, "report"))
    unique: dict[str, tuple[str, str, str]] = {}
    for text, label, origin in entries:
        unique.setdefault(normalize(text), (text, label, origin))
    return list(unique.values())


def number_mentions(utterances: list[Utterance]) -> list[NumberMention]:
    """Every quantity the talk states, in digits or in words ("dua koma lima juta" -> 2500000)."""
    return [
        NumberMention(
            value=value,
            is_year=bool(YEAR.match(value)),
            start=utterance.start,
            end=utterance.end,
            speaker=utterance.speaker,
            context=context,
        )
        for utterance in utterances
        for value, context in quantities(utterance.text)
    ]


def extract_topics(config: DayConfig, diarization: Diarization, report_text: str | None) -> dict:
    utterances = diarization.utterances
    vocabulary = Vocabulary.of_day(config, report_text)
    normalized = [vocabulary.rejoin(normalize(u.text)) for u in utterances]
    top_n = config.topics.top_n
    overall = select_phrases(key_phrases(normalized, top_n), utterances, normalized, top_n, MIN_COUNT, vocabulary)
    speakers = diarization.speakers
    documents = [
        " ".join(t for u, t in zip(utterances, normalized, strict=False) if u.speaker == s.label) for s in speakers
    ]
    per_speaker = []
    for speaker, ranked in zip(speakers, speaker_phrases(documents, config.topics.per_speaker_top_n), strict=False):
        mine = [(u, t) for u, t in zip(utterances, normalized, strict=False) if u.speaker == speaker.label]
        own_utterances, own_text = [u for u, _ in mine], [t for _, t in mine]
        per_speaker.append(
            SpeakerTopics(
                speaker=speaker.label,
                name=speaker.name,
                phrases=select_phrases(
                    ranked, own_utterances, own_text, config.topics.per_speaker_top_n, 1, vocabulary
                ),
            )
        )
    entities = []
    for text, label, origin in known_entities(config, report_text):
        hits = fuzzy_mentions(text, utterances, normalized)
        entities.append(
            Entity(text=text, label=label, origin=origin, found=bool(hits), occurrences=hits[:MAX_OCCURRENCES])
        )
    return dict(overall=overall, per_speaker=per_speaker, entities=entities, numbers=number_mentions(utterances))


def topics(config: DayConfig, paths: DayPaths) -> Topics:
    """Write topics.json from speakers.json (speaker-attributed utterances) and the report."""
    diarization = read_artifact(paths.speakers, Diarization, "diarize")
    inputs: dict[str, Path | str] = {"speakers": paths.speakers}
    if config.report_path:
        inputs["report"] = config.report_path
    report_text = read_report(config)
    provenance = Provenance.begin("topics", config.stage_key("topics"), inputs, PACKAGES)
    result = Topics(**extract_topics(config, diarization, report_text), provenance=provenance.finish())
    write_artifact(paths.topics, result)
    return result
