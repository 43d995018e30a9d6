"""Score the held-out audits behind docs/speaker-counting.md's names audits and docs/measurements.md's
short talks on the code as it is (configs/audits/README.md says what each set is).

python -m pipeline.bench.audits names [--half T|S|X|all] [--set FILE] [--verbose]
tallies, per audit, half and way of finding the unlisted voices ('given': the set's; 'chain':
naming.name_voices decides), what unlisted_names.names_called calls each unlisted voice against
the name the set expects: right names, right "no name", wrong, part of the name, missed, and
('chain') a voice given a configured speaker's name; with --verbose each voice not named right.

python -m pipeline.bench.audits order [--half T|S|all] [--set FILE] [--verbose]
tallies, per audit and half, the name naming.name_voices gives each voice of a case whose configured
speakers speak in another order than the config lists them, against the configured name the set
expects (or none, for a voice no config names): right, another configured speaker's name, left
"Speaker N", a configured name where none; with --verbose each voice not named right.

python -m pipeline.bench.audits topics [--half tuning|scored|all] [--set FILE] [--verbose]
runs topics.extract_topics on each short talk (the host and configs/demo.yaml's two speakers) and
prints per half: expected phrases found, must-not phrases shown, and one subject shown in both its
forms in one list; with --verbose each talk's figures and lists first.

python -m pipeline.bench.audits captions [--half T|S|all] [--set FILE] [--verbose]
puts each paragraph's piece (a photo's caption or a report's sentence, with its credit or label) in
the set's two layouts under the set's opening paragraph, runs furniture.without_furniture on it and
tallies per half, label and layout whether the piece's text is right (a caption left out, a sentence
kept), and per half how many are wholly right (its credit and label left out too, the paragraph's
other sentences kept); with --verbose each case not wholly right and the text kept.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from pipeline.config import GlossaryTerm, Speaker, load_config
from pipeline.evaluate import listed_diarization
from pipeline.records.files import PipelineError, read_record, why
from pipeline.text.furniture import without_furniture
from pipeline.text.language import normalize
from pipeline.topics import extract_topics
from pipeline.voices.naming import name_voices
from pipeline.voices.unlisted_names import names_called

REPO = Path(__file__).resolve().parents[2]
AUDITS = REPO / "configs" / "audits"
DEMO_CONFIG = REPO / "configs" / "demo.yaml"  # the talks' two guests
SECONDS_BETWEEN_LINES = 0.6  # a names case's lines: each its own seconds, then this pause
TALK_LINE_SECONDS = 8.0  # a short talk's lines, back to back
MODES = ("given", "chain")
TALK_VOICES = ("M", "A", "B")  # the host, then configs/demo.yaml's speakers in order
CAPTION_LABELS = ("caption", "sentence")  # a photo's caption, left out; the report's sentence, kept
CAPTION_LAYOUTS = {"inline": " ", "own line": "\n"}  # how the piece joins its paragraph's text
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"])")  # a caption's sentences, each checked left out


def load_set(path: Path, kind: str) -> dict:
    """A set of configs/audits/KIND/, its format checked: one line naming the file and the case or
    talk that is malformed, so a hand-edited set fails before anything is scored."""
    try:
        data = json.loads(read_record(path))  # a FIFO or /dev/zero is refused, not read for ever
        items = data["talks" if kind == "topics" else "cases"]
        halves = data["halves"]
        if kind == "topics" and not all(isinstance(phrase, str) for phrase in data["must_not_in_every_talk"]):
            raise ValueError("must_not_in_every_talk must be a list of phrases")
        if kind == "captions" and not isinstance(data["opening"], str):
            raise ValueError("opening must be a text")
        for number, item in enumerate(items, 1):
            where = f"talk {item.get('number', number)}" if kind == "topics" else f"case {item.get('id', number)}"
            try:
                if item["half"] not in halves:
                    raise ValueError(f"half {item['half']!r} is none of {sorted(halves)}")
                CHECKS[kind](item)
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"{where}: {type(exc).__name__}: {exc}") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise PipelineError(f"{path}: not a {kind} audit set: {why(exc)}") from None
    return data


def check_case(case: dict) -> None:
    """A names case: configured speakers as [name, role], lines as [person, seconds, text], and for
    each expected person a name or null (rightly unnamed)."""
    check_speakers_and_lines(case)
    people = {person for person, _, _ in case["lines"]}
    for person, name in case["expected_called"].items():
        if person not in people or not (name is None or isinstance(name, str)):
            raise ValueError(f"expected_called {person!r}: a person who speaks, and a name or null")


def check_speakers_and_lines(case: dict) -> None:
    if not all(is_texts(speaker, 2) for speaker in case["speakers"]):
        raise ValueError("speakers must be [name, role] pairs of texts")
    for line in case["lines"]:
        if not (is_texts(line[::2], 2) and len(line) == 3 and isinstance(line[1], (int, float)) and line[1] > 0):
            raise ValueError(f"line {line!r} is not [person, seconds, text]")


def check_order_case(case: dict) -> None:
    """An order case: configured speakers as [name, role], lines as [person, seconds, text], and for
    each person who speaks a configured speaker's name or null (no configured speaker)."""
    check_speakers_and_lines(case)
    people = {person for person, _, _ in case["lines"]}
    configured = {name for name, _ in case["speakers"]}
    if set(case["expected"]) != people or not all(
        name is None or name in configured for name in case["expected"].values()
    ):
        raise ValueError("expected must give each person who speaks a configured speaker's name or null")


def check_talk(talk: dict) -> None:
    """A short talk: lines as [voice, text] of the voices M, A, B, or [voice, text, {word: probability}]
    with the probability Whisper gave some of the line's words, phrases as texts, one subject's two
    forms as [shorter, longer], terms its glossary adds to the day's and its report's title (optional)."""
    if not talk["lines"] or not all(is_talk_line(line) for line in talk["lines"]):
        raise ValueError(
            f"lines must be [voice, text] or [voice, text, {{word: probability}}] with a voice of {sorted(TALK_VOICES)}"
        )
    if not all(isinstance(phrase, str) for phrase in (*talk["expected"], *talk["must_not"], *talk.get("glossary", []))):
        raise ValueError("expected, must_not and glossary must be lists of phrases")
    if not isinstance(talk.get("report_title", ""), str):
        raise ValueError("report_title must be a text")
    if not all(is_texts(pair, 2) for pair in talk["one_subject"]):
        raise ValueError("one_subject must be [shorter, longer] pairs")


def check_caption_case(case: dict) -> None:
    """A captions case: its label, the piece's text, what opens and closes it (a label such as
    "Foto:", a credit; one at least), and the paragraph's text before and after it."""
    if case["label"] not in CAPTION_LABELS:
        raise ValueError(f"label {case['label']!r} is none of {list(CAPTION_LABELS)}")
    parts = [case[key] for key in ("before", "lead", "text", "credit", "after")]
    if not all(isinstance(part, str) for part in parts) or not case["text"] or not (case["lead"] or case["credit"]):
        raise ValueError("before, lead, text, credit and after must be texts, with a text and a lead or a credit")


def caption_report(opening: str, case: dict, layout: str) -> str:
    """The report a case is read in: the set's opening paragraph, then the case's paragraph with the
    piece in the layout's place."""
    piece = " ".join(part for part in (case["lead"], case["text"], case["credit"]) if part)
    paragraph = CAPTION_LAYOUTS[layout].join(part for part in (case["before"], piece, case["after"]) if part)
    return f"{opening}\n\n{paragraph}\n"


def caption_outcome(case: dict, kept: str) -> str:
    """Whether the piece's text is read as labelled in what without_furniture kept (whitespace aside,
    in the piece too: a wrapped line's break is a space)."""
    kept = " ".join(kept.split())
    text = " ".join(case["text"].split())
    if case["label"] == "sentence":
        return "right (kept)" if text in kept else "WRONG: sentence left out"
    sentences = SENTENCE_END.split(text)
    left = [sentence for sentence in sentences if sentence in kept]
    if not left:
        return "right (left out)"
    return "WRONG: caption kept" if len(left) == len(sentences) else "WRONG: caption partly kept"


def score_captions(data: dict, half: str = "all") -> tuple[dict[tuple[str, str, str], Counter], dict, list[str]]:
    """Per (half, label, layout) the tally of outcomes of the piece's text; per half [wholly right,
    cases read] (the text as labelled, lead and credit left out, the paragraph's other sentences and
    the opening kept); and a line for each case not wholly right."""
    tally: dict[tuple[str, str, str], Counter] = {}
    whole: dict[str, list[int]] = {}
    misses = []
    for case in data["cases"]:
        if half not in ("all", case["half"]):
            continue
        for layout in CAPTION_LAYOUTS:
            kept = without_furniture(caption_report(data["opening"], case, layout))
            outcome = caption_outcome(case, kept)
            tally.setdefault((case["half"], case["label"], layout), Counter())[outcome] += 1
            flat = " ".join(kept.split())
            context = [data["opening"], case["before"], case["after"]]
            faults = [outcome] if outcome.startswith("WRONG") else []
            faults += [
                f"{part!r} kept" for part in (case["lead"], case["credit"]) if part and " ".join(part.split()) in flat
            ]
            faults += (
                ["the paragraph's other text lost"]
                if not all(" ".join(part.split()) in flat for part in context)
                else []
            )
            counts = whole.setdefault(case["half"], [0, 0])
            counts[0] += not faults
            counts[1] += 1
            if faults:
                misses.append(f"{case['id']} {case['label']} {layout}: {'; '.join(faults)}\n    kept: {flat}")
    return tally, whole, misses


def is_talk_line(line: object) -> bool:
    if not isinstance(line, list) or len(line) not in (2, 3) or not is_texts(line[:2], 2) or line[0] not in TALK_VOICES:
        return False
    unsure = line[2] if len(line) == 3 else {}
    return isinstance(unsure, dict) and all(
        isinstance(word, str) and isinstance(value, (int, float)) and 0 <= value <= 1 for word, value in unsure.items()
    )


def talk_probabilities(lines: list[list]) -> dict[str, float] | None:
    """As topics.word_probabilities gives a day's: each word's mean probability over the talk, a word
    a line does not list heard surely (1.0); None for a talk that lists none."""
    if not any(len(line) == 3 for line in lines):
        return None
    heard: dict[str, list[float]] = {}
    for line in lines:
        # keyed as the line's words are: "lai-lai" is each "lai" ("lai lai" had been no word's key)
        listed = (line[2] if len(line) == 3 else {}).items()
        unsure = {part: value for word, value in listed for part in normalize(word).split()}
        for word in normalize(line[1]).split():
            heard.setdefault(word, []).append(unsure.get(word, 1.0))
    return {word: sum(values) / len(values) for word, values in heard.items()}


def is_texts(value: object, length: int) -> bool:
    return isinstance(value, list) and len(value) == length and all(isinstance(part, str) for part in value)


def names_case(case: dict) -> tuple[list[str], list[Speaker], list, dict[str, str]]:
    """A case's voices in the order they first speak, its configured speakers, its utterances and
    each person's voice label."""
    people = list(dict.fromkeys(person for person, _, _ in case["lines"]))
    label = {person: f"SPEAKER_{i:02d}" for i, person in enumerate(people)}
    said, at = [], 0.0
    for person, seconds, text in case["lines"]:
        said.append((label[person], round(at, 2), round(at + seconds, 2), text))
        at += seconds + SECONDS_BETWEEN_LINES
    speakers = [Speaker(name=name, role=role) for name, role in case["speakers"]]
    return list(label.values()), speakers, listed_diarization(said).utterances, label


def name_outcome(names: list[str], want: str | None) -> str:
    """How the names called compare with the one expected (None: rightly unnamed)."""
    if want is None:
        return "right (none)" if not names else "WRONG: name where none"
    if not names:
        return "missed"
    if len(names) == 1 and normalize(names[0]) == normalize(want):
        return "right (name)"
    if any(normalize(name) == normalize(want) for name in names):
        return "right + extra name"
    if any(set(normalize(name).split()) & set(normalize(want).split()) for name in names):
        return "part of the name"
    return "WRONG name"


def score_names(data: dict, half: str = "all") -> tuple[dict[tuple[str, str], Counter], list[str]]:
    """Per (half, mode) the tally of outcomes of each expected person, and a line for each that is
    not right."""
    tally: dict[tuple[str, str], Counter] = {}
    misses = []
    for case in data["cases"]:
        if half not in ("all", case["half"]):
            continue
        voices, speakers, utterances, label = names_case(case)
        configured = {speaker.name for speaker in speakers}
        for mode in MODES:
            if mode == "given":
                unlisted = {label[person] for person in case["expected_called"]}
            else:
                named = name_voices(voices, speakers, utterances, "id")
                unlisted = {voice for voice, naming in named.items() if naming.name not in configured}
            called = names_called(unlisted, speakers, utterances, "id")
            counts = tally.setdefault((case["half"], mode), Counter())
            for person, want in case["expected_called"].items():
                voice = label[person]
                names = [name.name for name in called.get(voice, [])]
                outcome = name_outcome(names, want) if voice in unlisted else "voice named from config"
                counts[outcome] += 1
                if not outcome.startswith("right"):
                    misses.append(f"{mode:5s} {case['id']} {person}: want {want!r} got {names} -> {outcome}")
    return tally, misses


def order_outcome(name: str, want: str | None, configured: set[str]) -> str:
    """How the name a voice is given compares with the configured name expected (None: no configured
    speaker's)."""
    if name == want or (want is None and name not in configured):
        return "right"
    if want is None:
        return "WRONG: a configured name where none"
    return "WRONG: another configured name" if name in configured else "unnamed"


def score_order(data: dict, half: str = "all") -> tuple[dict[str, Counter], list[str]]:
    """Per half the tally of outcomes of each voice's name from naming.name_voices, and a line for
    each voice not named right."""
    tally: dict[str, Counter] = {}
    misses = []
    for case in data["cases"]:
        if half not in ("all", case["half"]):
            continue
        voices, speakers, utterances, label = names_case(case)
        named = name_voices(voices, speakers, utterances, "id")
        configured = {speaker.name for speaker in speakers}
        counts = tally.setdefault(case["half"], Counter())
        for person, want in case["expected"].items():
            name = named[label[person]].name
            outcome = order_outcome(name, want, configured)
            counts[outcome] += 1
            if outcome != "right":
                misses.append(f"{case['id']} {person}: want {want!r} got {name!r} -> {outcome}")
    return tally, misses


def score_talks(data: dict, half: str = "all") -> tuple[dict[str, list[int]], list[str]]:
    """Per half [expected found, expected, must-not shown, shown, lists with one subject twice,
    lists holding it], and each talk's lines: its figures and lists."""
    base = load_config(DEMO_CONFIG)
    config = base.model_copy(update={"speakers": [Speaker(name="Moderator", role="Moderator"), *base.speakers]})
    names = dict(zip(TALK_VOICES, (speaker.name for speaker in config.speakers), strict=False))
    totals: dict[str, list[int]] = {}
    lines = []
    for talk in data["talks"]:
        if half not in ("all", talk["half"]):
            continue
        said = [
            (names[voice], TALK_LINE_SECONDS * i, TALK_LINE_SECONDS * (i + 1), text)
            for i, (voice, text, *_) in enumerate(talk["lines"])
        ]
        glossary = [*config.glossary, *(GlossaryTerm(term=term) for term in talk.get("glossary", []))]
        day = config.model_copy(update={"glossary": glossary})
        # a talk's report is its title line alone: what topics reads as the day's title (title_phrases)
        report = talk.get("report_title")
        found = extract_topics(day, listed_diarization(said), report, talk_probabilities(talk["lines"]))
        lists = {"overall": [phrase.phrase for phrase in found["overall"]]}
        # the host's list first, then the guests', whoever spoke first
        voices = sorted(found["per_speaker"], key=lambda speaker: list(names.values()).index(speaker.name))
        lists.update({speaker.name[:12]: [phrase.phrase for phrase in speaker.phrases] for speaker in voices})
        shown = [phrase for phrases in lists.values() for phrase in phrases]
        must_not = {*talk["must_not"], *data["must_not_in_every_talk"]}
        hit = [phrase for phrase in talk["expected"] if phrase in shown]
        bad = [phrase for phrase in shown if phrase in must_not]
        pairs = talk["one_subject"]
        twice = [
            (key, short, long) for key, phrases in lists.items() for short, long in pairs if {short, long} <= {*phrases}
        ]
        holding = sum(1 for phrases in lists.values() for short, long in pairs if short in phrases or long in phrases)
        total = totals.setdefault(talk["half"], [0] * 6)
        for i, count in enumerate((len(hit), len(talk["expected"]), len(bad), len(shown), len(twice), holding)):
            total[i] += count
        missing = [phrase for phrase in talk["expected"] if phrase not in hit]
        lines.append(
            f"{talk['number']} {talk['half']} expected {len(hit)}/{len(talk['expected'])} "
            f"missing={missing} bad={bad} twice={twice}"
        )
        lines += [f"    {key}: {phrases}" for key, phrases in lists.items()]
    return totals, lines


def _tallied(counts: Counter) -> str:
    """A tally's outcomes with their counts, in the order of the outcomes' names."""
    return ", ".join(f"{outcome} {count}" for outcome, count in sorted(counts.items()))


CHECKS = {"names": check_case, "order": check_order_case, "topics": check_talk, "captions": check_caption_case}


def main(kind: str, half: str, sets: list[Path], verbose: bool) -> list[str]:
    out = []
    loaded = {path: load_set(path, kind) for path in sets}
    halves = {name for data in loaded.values() for name in data["halves"]}
    if half != "all" and half not in halves:
        raise PipelineError(f"no set has a half {half!r}: their halves are {', '.join(sorted(halves))}")
    for path, data in loaded.items():
        if kind == "names":
            tally, misses = score_names(data, half)
            out += [
                f"{path.name} {case_half} {mode}: {_tallied(counts)}"
                for (case_half, mode), counts in sorted(tally.items())
            ]
            out += misses if verbose else []
        elif kind == "order":
            tally, misses = score_order(data, half)
            out += [f"{path.name} {case_half}: {_tallied(counts)}" for case_half, counts in sorted(tally.items())]
            out += misses if verbose else []
        elif kind == "captions":
            tally, whole, misses = score_captions(data, half)
            out += [
                f"{path.name} {case_half} {label} {layout}: {_tallied(counts)}"
                for (case_half, label, layout), counts in sorted(tally.items())
            ]
            out += [
                f"{path.name} {case_half}: wholly right {right}/{read}"
                for case_half, (right, read) in sorted(whole.items())
            ]
            out += misses if verbose else []
        else:
            totals, lines = score_talks(data, half)
            out += [f"{path.name}:", *lines] if verbose else [f"{path.name}:"]
            out += [
                f"{talk_half}: expected found {h}/{e}, must-not shown {b} of {s} shown, "
                f"one subject twice in {tw} of {pl} lists holding it"
                for talk_half, (h, e, b, s, tw, pl) in totals.items()
            ]
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench.audits", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "kind", choices=tuple(CHECKS), help="the names audits, the order audits, the short talks or the captions"
    )
    parser.add_argument(
        "--half",
        default="all",
        help="one half of the sets (names: T, S or X; order, captions: T or S; topics: tuning, scored)",
    )
    parser.add_argument("--set", type=Path, action="append", help="a set file (default: configs/audits/KIND/*.json)")
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="names, order: each voice not named right; topics: the lists; captions: each case not wholly right",
    )
    arguments = parser.parse_args()
    sets = arguments.set or sorted((AUDITS / arguments.kind).glob("*.json"))
    try:
        print("\n".join(main(arguments.kind, arguments.half, sets, arguments.verbose)))
    except PipelineError as exc:
        raise SystemExit(f"error: {exc}") from None
