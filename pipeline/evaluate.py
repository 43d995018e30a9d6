"""Scores against a day's ground truth (the bundled demo days have one): WER, DER, speaker counts.

The evaluate stage writes them to scores.json when the config names a `truth:` file, so the archive
tables read them from the day's folder like everything else.  DER comes from pyannote.metrics, the
maintained implementation, rather than code of our own.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from pathlib import Path

import numpy as np
from pydantic import Field

from pipeline.artifacts import (
    MAX_COUNT,
    DayPaths,
    FileName,
    Measure,
    PipelineError,
    Provenance,
    Share,
    Strict,
    read_artifact,
    schema_version,
    write_artifact,
)
from pipeline.compare import Passage, ReportPoint, Span, content_points, named_speakers, speaker_words
from pipeline.config import DayConfig, extra_voice, same_name_key, speaker_person_key
from pipeline.diarize import Diarization, SpeakerStats, Utterance
from pipeline.text.formats import first_difference, quoted
from pipeline.text.language import HOST_WORDS, core_name, fold, normalize
from pipeline.text.points import split_points
from pipeline.text.short_forms import day_short_forms
from pipeline.transcribe import Transcript
from pipeline.truth import Place, Truth, check_within_recording, load_truth

PACKAGES = ("jiwer", "pyannote.metrics", "scipy", "numpy")  # the word and diarization error rates
DER_COLLAR = 0.25  # seconds forgiven either side of each reference boundary: the usual value


log = logging.getLogger("lokakarya")


class Scores(Strict):
    wer: Measure
    cer: Measure
    der: Measure
    der_no_collar: Measure
    speaker_count_error: int = Field(ge=-MAX_COUNT, le=MAX_COUNT)  # found minus true
    word_speaker_accuracy: Share
    word_name_accuracy: Share = Field(
        description="share of words whose voice carries the true speaker's name (a voice named 'Speaker N' is "
        "right for a speaker the config leaves out): what a reader of the transcript sees, where "
        "word_speaker_accuracy forgives the names"
    )


class Evaluation(Strict):
    schema_version: str = schema_version("1.1.0")
    truth: FileName
    scores: Scores
    provenance: Provenance


def _annotation(segments):
    """Who speaks when, as pyannote scores it: each (start, end, speaker) a track of its own.
    `annotation[segment] = speaker` is track '_' of its segment, so a second speaker of the same
    times (overlapping speech, two truth turns) had taken the first's place, dropping one speaker
    from the DER without a word; one speaker given twice at the same times speaks once."""
    from pyannote.core import Annotation, Segment

    annotation = Annotation()
    for track, (start, end, speaker) in enumerate(dict.fromkeys(segments)):
        annotation[Segment(start, end), track] = speaker
    return annotation


def der(truth: Truth, diarization: Diarization, collar: float) -> float:
    os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "false")  # no telemetry
    from pyannote.core import Segment, Timeline
    from pyannote.metrics.diarization import DiarizationErrorRate

    reference = _annotation((t.start, t.end, t.speaker) for t in truth.turns)
    hypothesis = _annotation((t.start, t.end, t.speaker) for t in diarization.turns)
    extent = max(reference.get_timeline().extent().end, hypothesis.get_timeline().extent().end)
    metric = DiarizationErrorRate(collar=2 * collar)  # pyannote's collar is the total width
    return float(metric(reference, hypothesis, uem=Timeline([Segment(0, extent)])))


def true_speakers(truth: Truth, diarization: Diarization) -> list[tuple[str, str]]:
    """(true speaker, voice label) of every word said inside a truth turn (of each turn it lies in).

    A word is placed at its time in speakers.json, held to its voice's turn (1.8.0): so this scores
    the turns' voices where the words lie, and cannot see a word Whisper stretched over a voice
    change given to the wrong one of the two (docs/measurements.md, "Which voice a word goes to",
    scores those against the truth's text)."""
    pairs = []
    for word in diarization.words:
        middle = (word.start + word.end) / 2
        pairs += [(turn.speaker, word.speaker) for turn in truth.turns if turn.start <= middle <= turn.end]
    return pairs


def word_speaker_accuracy(truth: Truth, diarization: Diarization) -> float:
    """Share of words whose speaker is the one the best one-to-one voice mapping predicts."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    voices = sorted({t.speaker for t in truth.turns})
    labels = sorted({s.label for s in diarization.speakers})
    counts = np.zeros((len(voices), len(labels)))
    for speaker, label in true_speakers(truth, diarization):
        counts[voices.index(speaker), labels.index(label)] += 1
    rows, columns = linear_sum_assignment(-counts)
    return float(counts[rows, columns].sum() / max(counts.sum(), 1))


def name_is_right(name: str, speaker: str, configured: set[str]) -> bool:
    """A voice's name against the true speaker's (config) name: a made-up 'Speaker N' is right
    for someone the config does not name."""
    return name == speaker or (speaker not in configured and extra_voice(name))


def word_name_accuracy(truth: Truth, diarization: Diarization, configured: set[str]) -> float:
    """Share of words whose voice carries the true speaker's name (truth in the config's names)."""
    names = diarization.names()
    pairs = true_speakers(truth, diarization)
    right = sum(name_is_right(names[label], speaker, configured) for speaker, label in pairs)
    return right / max(len(pairs), 1)


def score(truth: Truth, transcript: Transcript, diarization: Diarization, configured: set[str]) -> Scores:
    import jiwer

    reference = normalize(" ".join(t.text for t in truth.turns))
    hypothesis = normalize(" ".join(s.text for s in transcript.segments))
    return Scores(
        wer=round(jiwer.wer(reference, hypothesis), 4),
        cer=round(jiwer.cer(reference, hypothesis), 4),
        der=round(der(truth, diarization, DER_COLLAR), 4),
        der_no_collar=round(der(truth, diarization, 0.0), 4),
        speaker_count_error=diarization.num_speakers - len({t.speaker for t in truth.turns}),
        word_speaker_accuracy=round(word_speaker_accuracy(truth, diarization), 4),
        word_name_accuracy=round(word_name_accuracy(truth, diarization, configured), 4),
    )


def evaluate(config: DayConfig, paths: DayPaths) -> Evaluation:
    """Write scores.json: the transcript and speakers against the config's ground truth."""
    if config.truth_path is None:
        raise PipelineError(f"{config.named}: field 'truth' is not set; nothing to score against")
    truth, transcript, diarization = _scored_inputs(config, paths, warn=True)
    provenance = Provenance.begin(
        "evaluate",
        config.stage_key("evaluate"),
        {"truth": config.truth_path, "transcript": paths.transcript, "speakers": paths.speakers},
        PACKAGES,
    )
    scores = score(truth, transcript, diarization, set(config.speaker_names()))
    result = Evaluation(truth=config.truth_path.name, scores=scores, provenance=provenance.finish())
    write_artifact(paths.scores, result)
    return result


def _scored_inputs(config: DayConfig, paths: DayPaths, *, warn: bool) -> tuple[Truth, Transcript, Diarization]:
    """The day's truth (its speakers as the config's, warning of those the config does not name
    where `warn`), transcript and speakers, the truth checked to lie within the recording."""
    with config.open_local("truth") as handle:  # opened once, checked where opened
        truth = load_truth(config.truth_path, handle)
    transcript = read_artifact(paths.transcript, Transcript, "transcribe")
    diarization = read_artifact(paths.speakers, Diarization, "diarize")
    check_within_recording(truth, transcript.duration, config)
    return as_config_speakers(truth, config, warn=warn), transcript, diarization


def rescored_differs(evaluation: Evaluation, config: DayConfig, paths: DayPaths) -> str | None:
    """Where scores.json is not what its inputs score now (the first field, with both values), or
    None: a WER edited by hand would stand in the tables and the benchmark as measured."""
    # quietly: this is a check of a record, which scores nothing; evaluate warned when it ran, and a
    # run that makes nothing (over records of other code) had repeated its warning every time
    scores = score(*_scored_inputs(config, paths, warn=False), set(config.speaker_names()))
    return first_difference(evaluation.scores.model_dump(mode="json"), scores.model_dump(mode="json"), "scores")


STRANGERS_NAMED = 10  # truth speakers the config does not know that its warning names


def as_config_speakers(truth: Truth, config: DayConfig, path: Path | None = None, *, warn: bool = True) -> Truth:
    """Each truth speaker as the config's speaker it is (config_speaker): two spellings of one
    person were counted as two voices (speaker count off by one, DER 0.03 -> 0.13).  A speaker the
    config does not name is scored as a voice of its own, with a warning naming it and the truth
    file (`path`, where it is not the config's own), unless not `warn`."""
    named = {speaker: config_speaker(speaker, config) for speaker in {t.speaker for t in truth.turns}}
    strangers = sorted(speaker for speaker, name in named.items() if name is None)
    # each name cut short, and only the first few: a name of megabytes made a warning of megabytes
    if strangers and warn:
        shown = ", ".join(quoted(name) for name in strangers[:STRANGERS_NAMED])
        more = f" and {len(strangers) - STRANGERS_NAMED} more" if len(strangers) > STRANGERS_NAMED else ""
        log.warning(
            f"{path or config.truth_path}: truth speaker(s) {shown}{more} are none of the config's "
            "speakers; each is scored as a voice of its own"
        )
    turns = [turn.model_copy(update={"speaker": named[turn.speaker] or turn.speaker}) for turn in truth.turns]
    return truth.model_copy(update={"turns": turns})


def config_speaker(label: str, config: DayConfig) -> str | None:
    """The config's speaker a truth label names, as the long talks' writers label them: the same
    name ("dr. ayu larasati" is "Dr. Ayu Larasati, S.Sos., M.Ikom."), the host for a label led by a
    host word ("Moderator: Dimas Ardiansyah"), or the one speaker sharing a word of the name ("Pak
    Hendarto Wibisono" is "Drs. Hendarto Wibisono, M.A."); none for a participant ("Peserta: Bayu
    dari Undip" is no guest named Bayu) or anyone else."""
    known = {same_name_key(core_name(name)): name for name in config.speaker_names()}
    if name := known.get(same_name_key(core_name(label))):
        return name
    said = normalize(label).split()
    if said[:1] in (["peserta"], ["participant"]):
        return None
    hosts = [speaker.name for speaker in config.speakers if speaker.is_host]
    if hosts and said[:1] and said[0] in HOST_WORDS:
        return hosts[0]
    # the same person but for a title said before the name, case, accents or spelling, as the
    # tables join people (config refuses two speakers of one person_key, so each key is one name)
    people = {key: name for name in known.values() if (key := speaker_person_key(name))}
    if name := people.get(speaker_person_key(label)):
        return name
    words = set(fold(core_name(label)).split())
    long_words = {name: {w for w in fold(core_name(name)).split() if len(w) > 2} for name in known.values()}
    sharing = [name for name, own in long_words.items() if own & words]
    whole = [name for name in sharing if long_words[name] <= words]  # every word of one name, a word of another
    return sharing[0] if len(sharing) == 1 else whole[0] if len(whole) == 1 else None


SAID = ("covered", "partly")


SENTENCE_END = re.compile(r"(?<=[.?!])\s+")  # the true text's sentences, one utterance each


def truth_sentences(truth: Truth) -> list[tuple[str, float, float, str]]:
    """The true text's sentences as (speaker, start, end, text), each timed as its whole turn."""
    return [(t.speaker, t.start, t.end, s) for t in truth.turns for s in SENTENCE_END.split(t.text) if s]


def truth_diarization(truth: Truth) -> Diarization:
    """The true text as the diarize stage would hand it on: one utterance per sentence, the true
    speakers, so the compare stage can be measured without ASR errors."""
    return listed_diarization(truth_sentences(truth))


def listed_diarization(said: list[tuple[str, float, float, str]]) -> Diarization:
    """Utterances given as (speaker, start, end, text), in order, as the diarize stage would hand
    them on: each speaker its own voice, no timed words (the truth has none)."""
    utterances = [
        Utterance(index=i, segment=i, speaker=speaker, start=start, end=end, text=text, word_start=0, word_end=0)
        for i, (speaker, start, end, text) in enumerate(said)
    ]
    talk: dict[str, float] = {}
    for speaker, start, end in dict.fromkeys((speaker, start, end) for speaker, start, end, _ in said):
        talk[speaker] = talk.get(speaker, 0.0) + end - start  # a turn's sentences share its time: counted once
    speakers = [
        SpeakerStats(label=name, name=name, first_seen=0.0, words=0, talk_seconds=seconds)
        for name, seconds in talk.items()
    ]
    return Diarization(
        num_speakers=len(speakers),
        count_estimated=False,
        speakers=speakers,
        turns=[],
        words=[],
        utterances=utterances,
        provenance=Provenance.begin("truth", hashlib.sha256(json.dumps(said).encode()).hexdigest(), {}),
    )


# An ASR utterance's times are Whisper's, a quote's are its turn's time shared out by characters:
# evidence is at a quote's place when it overlaps the quote's stretch, widened by this much on
# either side, by this much (or by half of a shorter evidence span).
PLACE_SLACK_S = 1.0


def at_a_place(span: Span | Passage, places: list[Place], by_text: bool) -> Place | None:
    """The labelled place of its point that the evidence span is at, if any.  On the true text the
    evidence is the truth's own sentences, so a place is one whose sentences it shares; on a
    transcript, one whose stretch it overlaps by a second (half of a shorter span)."""
    said = [f" {normalize(s)} " for s in SENTENCE_END.split(span.text) if s.strip()] if by_text else []
    for place in places:
        if by_text:  # whole words: "Di." is no sentence of "diplomasi"
            quoted = [f" {normalize(s)} " for s in SENTENCE_END.split(place.text) if s.strip()]
            if any(q.strip() and s.strip() and (q in s or s in q) for q in quoted for s in said):
                return place
        else:
            overlap = min(span.end, place.end + PLACE_SLACK_S) - max(span.start, place.start - PLACE_SLACK_S)
            if overlap >= min(PLACE_SLACK_S, (span.end - span.start) / 2):
                return place
    return None


def content_labels(report: str, config: DayConfig, truth: Truth) -> tuple[list[str], np.ndarray]:
    """The report's points that are not narration, and whether the talk `truth` labels says each."""
    labels = {p.point: p.status for p in truth.points}
    split = split_points(report)
    scored = content_points(split, [named_speakers(text, config) for text, _ in split])
    return [split[i][0] for i in scored], np.array([labels[split[i][0]] in SAID for i in scored])


def compared_talk(config: DayConfig, report: str, diarization: Diarization, truth: Truth) -> tuple:
    """A labelled talk as the compare stage compares it with `report`: the content points, whether
    the talk says each, the utterances' texts, the speakers' words and the report's short forms."""
    texts, said = content_labels(report, config, truth)
    who = speaker_words(config)  # as the stage matches them
    forms = day_short_forms(config.language, report, config.other_names())
    return texts, said, [u.text for u in diarization.utterances], who, forms


def compare_outcomes(
    truth: Truth, points: list[ReportPoint], places: dict[str, list[Place]] | None = None, by_text: bool = False
) -> list[dict]:
    """One row per report point: its true status and level beside the compare stage's verdict, and,
    where the day's places are labelled and the point is said, whether its best evidence (for a
    point called missing, its closest passage) is where the talk says it (`in_place`), any of its
    evidence is (`any_in_place`), and the best evidence's voice is the one saying it there
    (`by_whom`)."""
    verdicts = {p.text: p for p in points}
    rows = []
    for p in truth.points:
        if p.point not in verdicts:
            continue
        verdict = verdicts[p.point]
        row = {"truth": p.status, "level": p.level, "verdict": verdict.status, "confidence": verdict.confidence}
        if places and p.point in places and p.status in SAID:
            best = at_a_place(verdict.evidence[0], places[p.point], by_text) if verdict.evidence else None
            row["in_place"] = best is not None
            row["any_in_place"] = any(at_a_place(span, places[p.point], by_text) for span in verdict.evidence)
            row["by_whom"] = best is not None and same_name_key(core_name(best.speaker)) == same_name_key(
                core_name(verdict.evidence[0].speaker_name)
            )
        rows.append(row)
    return rows


def compare_metrics(outcomes: list[dict]) -> dict:
    """Agreement of the compare stage with the truth, pooled over the given point outcomes.

    A point counts as said when it is covered or partly covered (in the truth and in the verdict):
    precision and recall are of 'said', agreement is said/not said, three_way also tells covered
    from partly; false_covered is the share of unspoken points called covered.
    """
    content = [o for o in outcomes if o["truth"] != "narration"]
    said = [o for o in content if o["truth"] in SAID]
    unsaid = [o for o in content if o["truth"] == "missing"]
    found = [o for o in content if o["verdict"] in SAID]
    hits = sum(o["truth"] in SAID for o in found)
    levels = sorted({o["level"] for o in said if o["level"]})
    narration = [o for o in outcomes if o["truth"] == "narration"]
    return {
        "points": len(content),
        "said": len(said),
        "unsaid": len(unsaid),
        "precision": _share(hits, len(found)),
        "recall": _share(hits, len(said)),
        "agreement": _share(sum((o["truth"] in SAID) == (o["verdict"] in SAID) for o in content), len(content)),
        "three_way": _share(sum(o["truth"] == o["verdict"] for o in content), len(content)),
        "false_covered": _share(sum(o["verdict"] == "covered" for o in unsaid), len(unsaid)),
        "false_said": _share(sum(o["verdict"] in SAID for o in unsaid), len(unsaid)),
        "found_by_level": {
            level: _share(
                sum(o["verdict"] in SAID for o in said if o["level"] == level), sum(o["level"] == level for o in said)
            )
            for level in levels
        },
        "narration_recognised": _share(sum(o["verdict"] == "narration" for o in narration), len(narration)),
        **where_found(content),
        **calibration(content),
    }


def unreported_at_places(passages: list[Passage], places: dict[str, list[Place]], by_text: bool) -> dict[str, int]:
    """How many of the passages listed as what the report leaves out (and their words) are where
    the talk says a report point: points the matching missed, listed as the talk's own."""
    every = [place for found in places.values() for place in found]
    reported = [p for p in passages if at_a_place(p, every, by_text)]
    return {
        "passages": len(passages),
        "words": sum(len(p.text.split()) for p in passages),
        "passages_at_a_place": len(reported),
        "words_at_a_place": sum(len(p.text.split()) for p in reported),
    }


def where_found(content: list[dict]) -> dict:
    """Of the said points found whose places are labelled: the share whose best evidence is at a
    place that says them, whose evidence is there at all, and whose best evidence also names the
    voice saying it there; the recall of the placed points counting only those found at their place; and of the said
    points called missing, the share whose closest passage is where the talk says them (a listen
    there would find them)."""
    labelled = [o for o in content if "in_place" in o]
    if not labelled:
        return {}
    placed = [o for o in labelled if o["verdict"] in SAID]
    missed = [o for o in labelled if o["verdict"] not in SAID]

    def share(key: str, rows: list[dict]) -> float | None:
        return _share(sum(o[key] for o in rows), len(rows))

    return {
        "placed": len(placed),
        "in_place": share("in_place", placed),
        "any_in_place": share("any_in_place", placed),
        "by_whom": share("by_whom", placed),
        "recall_in_place": _share(sum(o["in_place"] for o in placed), len(labelled)),
        "missed": len(missed),
        "missed_closest_in_place": share("in_place", missed),
    }


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


CALIBRATION_BINS = (0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0)


def _binned(content: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Confidences, whether each point was said, and each one's CALIBRATION_BINS bin."""
    scored = [(o["confidence"], o["truth"] in SAID) for o in content if o["confidence"] is not None]
    confidence, said = np.array([c for c, _ in scored]), np.array([s for _, s in scored], dtype=float)
    bins = np.clip(np.digitize(confidence, CALIBRATION_BINS[1:-1]), 0, len(CALIBRATION_BINS) - 2)
    return confidence, said, bins


def calibration_table(content: list[dict]) -> list[dict]:
    """Per confidence bin: its points, their mean confidence and the share of them said (what the
    README's table of the chance said reads from `make bench`)."""
    confidence, said, bins = _binned([o for o in content if o["truth"] != "narration"])
    return [
        {
            "from": CALIBRATION_BINS[b],
            "to": CALIBRATION_BINS[b + 1],
            "points": int((bins == b).sum()),
            "mean_confidence": round(float(confidence[bins == b].mean()), 3),
            "said": round(float(said[bins == b].mean()), 3),
        }
        for b in np.unique(bins)
    ]


def calibration(content: list[dict]) -> dict:
    """How far the confidences can be read as probabilities that the point was said.

    brier: mean squared gap between confidence and truth (0 is perfect; always answering the
    share of said points scores that share times its complement).  calibration_error: the gap
    between mean confidence and the share said, per confidence bin, weighted by the bin's points.
    """
    confidence, said, bins = _binned(content)
    if not len(confidence):
        return {"brier": None, "calibration_error": None}
    gap = sum(abs(confidence[bins == b].mean() - said[bins == b].mean()) * (bins == b).sum() for b in np.unique(bins))
    return {
        "brier": round(float(np.mean((confidence - said) ** 2)), 4),
        "calibration_error": round(float(gap / len(confidence)), 4),
    }
