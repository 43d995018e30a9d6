"""Stage 5: hold the talk against the day's written report.

The report is split into points (sentences and enumerated items).  Each point is matched to the
transcript with character 2-5-gram TF-IDF cosine over windows of one to three utterances: FINDINGS.md
measured it robust to ASR errors, with one threshold (~0.36) separating covered from missing points
from 600 to 20k words, where word-based scores drift with transcript length.
"""

from __future__ import annotations

import re
from typing import Literal

import numpy as np
from pipeline.artifacts import (
    Count,
    DayPaths,
    PipelineError,
    Provenance,
    Share,
    Strict,
    read_artifact,
    schema_version,
    write_artifact,
)
from pipeline.config import DayConfig, read_report
from pipeline.diarize import Diarization, Utterance
from pipeline.language import normalize, stop_words
from pipeline.topics import (
    FUZZY_MIN,
    Occurrence,
    Topics,
    exact_mentions,
    fuzzy_mentions,
    known_entities,
    YEAR,
)

PACKAGES = ("scikit-learn", "rapidfuzz", "spacy", "num2words")
WINDOW_UTTERANCES = 3
MIN_POINT_WORDS = 4  # content words a sentence needs to count as a point
MIN_PASSAGE_WORDS = 6

# A period after these does not end a sentence: "Dr.", "S.Sos.", "M.Ikom.", "H.E.".
ABBREVIATION = re.compile(r"(?:\b(?:Dr|Drs|Prof|Ir|Hj|H|St|No|dll|dsb|dkk)|\b[A-Z]\.[A-Za-z]+|\bH\.E)\.$")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"(])")
ENUMERATION = re.compile(r"\(\d+\)")
URL = re.compile(r"https?://\S+")


class Span(Strict):
    start: float
    end: float
    speaker: str
    speaker_name: str
    text: str


class ReportPoint(Strict):
    index: int
    text: str
    lead_in: str | None
    attributed_to: str | None
    status: Literal["covered", "missing"]
    score: float
    best_match: Span
    speaker_agrees: bool | None


class ReportMention(Strict):
    text: str
    label: str
    found: bool
    occurrences: list[Occurrence]


class Passage(Strict):
    start: float
    end: float
    speaker: str
    speaker_name: str
    text: str
    best_score: float


class Comparison(Strict):
    schema_version: str = schema_version("1.0.0")
    report: str
    threshold: Share
    points: list[ReportPoint]
    covered: Count
    missing: Count
    coverage: Share
    entities: list[ReportMention]
    numbers: list[ReportMention]
    talk_only_topics: list[str]
    unreported_passages: list[Passage]
    provenance: Provenance


def _is_heading(paragraph: str) -> bool:
    """A title line: no sentence end, or mostly capitals."""
    letters = [c for c in paragraph if c.isalpha()]
    shouting = bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.6
    return shouting or (not re.search(r"[.!?]", paragraph) and len(paragraph.split()) <= 30)


def _content_words(text: str) -> int:
    return sum(1 for word in normalize(text).split() if word not in stop_words() and not word.isdigit())


def _sentences(text: str) -> list[str]:
    sentences: list[str] = []
    for piece in SENTENCE_END.split(" ".join(text.split())):
        if sentences and ABBREVIATION.search(sentences[-1]):
            sentences[-1] += " " + piece
        else:
            sentences.append(piece)
    return [s.strip(" ,;") for s in sentences if s.strip(" ,;")]


def split_points(report: str) -> list[tuple[str, str | None]]:
    """Split a report into (point, lead-in) pairs: sentences, and enumerated items on their own.

    "Tantangan ... yaitu (1) satu, ... (2) dua, ..." gives one point per item, each carrying the
    sentence that introduced the list as its lead-in.
    """
    paragraphs = list(dict.fromkeys(p.strip() for p in re.split(r"\n\s*\n", report) if p.strip()))
    candidates: list[tuple[str, str | None]] = []
    for paragraph in paragraphs:
        if _is_heading(paragraph):
            continue
        intro, *items = ENUMERATION.split(paragraph)
        intro_sentences = _sentences(intro)
        candidates += [(sentence, None) for sentence in intro_sentences]
        lead_in = intro_sentences[-1] if items and intro_sentences else None
        for item in items:
            first, *rest = _sentences(item) or [""]
            candidates += [(first, lead_in)] + [(sentence, None) for sentence in rest]
    return [(text, lead_in) for text, lead_in in candidates
            if _content_words(URL.sub("", text)) >= MIN_POINT_WORDS]


def core_name(name: str) -> str:
    """'Dr. Ayu Larasati, S.Sos., M.Ikom.' -> 'Ayu Larasati': the part people write and say."""
    head = name.split(",")[0]
    return " ".join(word for word in head.split() if "." not in word) or name


def attributions(points: list[tuple[str, str | None]], config: DayConfig) -> list[str | None]:
    """Carry 'X menjelaskan ...' forward: a point naming exactly one speaker starts X's part."""
    from rapidfuzz import fuzz

    names = {speaker.name: normalize(core_name(speaker.name)) for speaker in config.speakers}
    current, result = None, []
    for text, _ in points:
        said = normalize(text)
        named = [name for name, core in names.items() if fuzz.partial_ratio(core, said) >= FUZZY_MIN]
        if len(named) == 1:
            current = named[0]
        elif len(named) > 1:
            current = None
        result.append(current)
    return result


def _windows(utterances: list[Utterance]) -> list[tuple[int, int]]:
    return [(i, j) for i in range(len(utterances))
            for j in range(i + 1, min(i + WINDOW_UTTERANCES, len(utterances)) + 1)]


def _span(utterances: list[Utterance], names: dict[str, str]) -> Span:
    talk: dict[str, float] = {}
    for u in utterances:
        talk[u.speaker] = talk.get(u.speaker, 0.0) + (u.end - u.start)
    speaker = max(talk, key=talk.get)
    return Span(start=utterances[0].start, end=utterances[-1].end, speaker=speaker,
                speaker_name=names[speaker], text=" ".join(u.text for u in utterances))


def match_points(points: list[str], utterances: list[Utterance]) -> tuple[np.ndarray, list[tuple[int, int]], np.ndarray]:
    """Cosine of each point against every window, and each utterance's best score against any point."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    windows = _windows(utterances)
    texts = [normalize(u.text) for u in utterances]
    window_texts = [" ".join(texts[i:j]) for i, j in windows]
    point_texts = [normalize(p) for p in points]
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)
    vectorizer.fit(window_texts + point_texts)
    point_vectors = vectorizer.transform(point_texts)
    scores = cosine_similarity(point_vectors, vectorizer.transform(window_texts))
    per_utterance = cosine_similarity(vectorizer.transform(texts), point_vectors).max(axis=1)
    return scores, windows, per_utterance


def report_numbers(report: str, utterances: list[Utterance], normalized: list[str]) -> list[ReportMention]:
    values = dict.fromkeys(w for w in normalize(URL.sub("", report)).split() if w.isdigit())
    mentions = []
    for value in values:
        hits = exact_mentions(value, utterances, normalized)
        mentions.append(ReportMention(text=value, label="YEAR" if YEAR.match(value) else "NUMBER",
                                      found=bool(hits), occurrences=hits))
    return mentions


def compare_to_report(config: DayConfig, diarization: Diarization, topics: Topics, report: str) -> dict:
    from rapidfuzz import fuzz

    threshold = config.compare.covered_threshold
    utterances = diarization.utterances
    names = diarization.names()
    split = split_points(report)
    if not split:
        raise PipelineError(f"{config.report_path}: no sentences found in the report")
    scores, windows, per_utterance = match_points([text for text, _ in split], utterances)
    points = []
    for index, ((text, lead_in), attributed, row) in enumerate(zip(split, attributions(split, config), scores)):
        best = int(np.argmax(row))
        i, j = windows[best]
        span = _span(utterances[i:j], names)
        covered = bool(row[best] >= threshold)
        points.append(ReportPoint(
            index=index, text=text, lead_in=lead_in, attributed_to=attributed,
            status="covered" if covered else "missing", score=round(float(row[best]), 4),
            best_match=span,
            speaker_agrees=(span.speaker_name == attributed) if covered and attributed else None,
        ))
    normalized = [normalize(u.text) for u in utterances]
    entities = [
        ReportMention(text=text, label=label, found=bool(hits), occurrences=hits)
        for text, label, origin in known_entities(config, report) if origin == "report"
        for hits in [fuzzy_mentions(text, utterances, normalized)]
    ]
    report_normalized = normalize(report)
    phrases = [p.phrase for p in topics.overall] + [p.phrase for s in topics.per_speaker for p in s.phrases]
    talk_only = [p for p in dict.fromkeys(phrases) if fuzz.partial_ratio(p, report_normalized) < FUZZY_MIN]
    passages = [
        Passage(start=u.start, end=u.end, speaker=u.speaker, speaker_name=names[u.speaker],
                text=u.text, best_score=round(float(score), 4))
        for u, score in zip(utterances, per_utterance)
        if score < threshold and len(u.text.split()) >= MIN_PASSAGE_WORDS
    ]
    covered = sum(p.status == "covered" for p in points)
    return dict(
        report=str(config.report_path), threshold=threshold, points=points, covered=covered,
        missing=len(points) - covered, coverage=round(covered / len(points), 4), entities=entities,
        numbers=report_numbers(report, utterances, normalized), talk_only_topics=talk_only,
        unreported_passages=passages,
    )


def compare(config: DayConfig, paths: DayPaths) -> Comparison:
    """Write comparison.json from speakers.json, topics.json and the report."""
    if config.report_path is None:
        raise PipelineError(f"{config.config_path}: field 'report' is not set; nothing to compare against")
    report = read_report(config)
    diarization = read_artifact(paths.speakers, Diarization, "diarize")
    topics = read_artifact(paths.topics, Topics, "topics")
    provenance = Provenance.begin(
        "compare", config.stage_key("compare"),
        {"report": config.report_path, "speakers": paths.speakers, "topics": paths.topics}, PACKAGES,
    )
    result = Comparison(**compare_to_report(config, diarization, topics, report), provenance=provenance.finish())
    write_artifact(paths.comparison, result)
    return result
