"""A day's ground truth (the bundled days have one): who said what when, and what the talk does
with each report point.  Read by `validate` and by the scoring in `pipeline.evaluate`; kept apart
from the scoring so that checking a config loads no scorer.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from pipeline.artifacts import PipelineError, first_problem, no_repeated_keys
from pipeline.text.formats import quoted
from pipeline.text.language import fold
from pipeline.text.points import Status

if TYPE_CHECKING:
    from pipeline.config import DayConfig

# A 2-hour day's truth is ~1,500 turns and ~150 kB; DER's cost grows with the square of the
# turns (20,000 took 58 s here, 200,000 ran out of time at 300 s and 3.8 GB).
MAX_TRUTH_TURNS = 10_000
MAX_TRUTH_BYTES = 10_000_000
# Fields of a day config at a line's start: a config named under truth: had been 'not JSON: Expecting
# value: line 1 column 1 (char 0)'.
DAY_CONFIG_FIELDS = re.compile(r"^(?:id|source|report|speakers):", re.M)


# Speech runs at 2-5 words a second, 6 in a fast burst (the bundled days: 2.1 at most); a truth
# written in minutes gave 25 words in 0.26 s and a DER of 60.  A short turn may be timed loosely.
MAX_WORDS_PER_SECOND = 10
FAST_TURN_MIN_WORDS = 5


class TruthTurn(BaseModel):
    """One turn as written: numbers as numbers (not "1.0" or true) and finite."""

    model_config = ConfigDict(strict=True, allow_inf_nan=False)

    speaker: str = Field(pattern=r"\w")
    start: float = Field(ge=0)
    end: float
    text: str

    @model_validator(mode="after")
    def _scorable(self) -> TruthTurn:
        """A turn lasts some time and holds words: an empty one counted every word heard in its
        time as inserted (WER 0.80 -> 1.44), one of no length as missed speech (DER 0.03 -> 0.75)."""
        if self.end <= self.start:
            raise ValueError(f"lasts no time (ends at {self.end:g} s, starts at {self.start:g} s)")
        words = len(fold(self.text).split())  # fold: no number words to read, so validate stays quick
        if not words:
            raise ValueError(f"holds no word ({quoted(self.text)})")
        seconds = self.end - self.start
        if words >= FAST_TURN_MIN_WORDS and words / seconds > MAX_WORDS_PER_SECOND:
            raise ValueError(f"holds {words} words in {seconds:.2f} s; are its times in seconds?")
        return self


class TruthPoint(BaseModel):
    """What the talk really does with one report point, and how freely it says it."""

    point: str
    status: Status
    level: Literal["verbatim", "light", "medium", "heavy"] | None


class Truth(BaseModel):
    turns: list[TruthTurn] = Field(min_length=1, max_length=MAX_TRUTH_TURNS)
    omitted_report_passages: list[str] = []
    points: list[TruthPoint] = []

    @model_validator(mode="after")
    def _scorable(self) -> Truth:
        """Turns in time order (the reference text is read in it), none given twice."""
        self.turns.sort(key=lambda turn: (turn.start, turn.end))
        seen: dict[tuple, int] = {}
        for number, turn in enumerate(self.turns):
            key = (turn.speaker, turn.start, turn.end, turn.text)
            if key in seen:
                raise ValueError(f"a turn is given twice ({quoted(turn.speaker)}, {turn.start:g}-{turn.end:g} s)")
            seen[key] = number
        return self


def load_truth(path: Path, handle: BinaryIO | None = None) -> Truth:
    """The ground truth at path (read from handle when the caller opened it); a file that is not
    one is one line naming it."""
    if handle is None:
        with open(path, "rb") as opened:
            return load_truth(path, opened)
    data = handle.read(MAX_TRUTH_BYTES + 1)
    if not data:  # json's "Expecting value: line 1 column 1" would not say so
        raise PipelineError(f"{path}: ground-truth file is empty (0 bytes)")
    data = data.removeprefix(codecs.BOM_UTF8)  # an editor's byte-order mark
    from pipeline.text.decoding import file_kind, utf8_text
    from pipeline.text.report import timed_kind

    if kind := file_kind(data):  # the recording named under truth: by mistake, whatever its size
        raise PipelineError(f"{path}: ground-truth file is {kind}, not text")
    if len(data) > MAX_TRUTH_BYTES:
        raise PipelineError(f"{path}: ground-truth file is over {MAX_TRUTH_BYTES:,} bytes; a day's truth is ~150 kB")
    try:
        raw = json.loads(data, object_pairs_hook=no_repeated_keys)
    except ValueError as exc:  # not JSON, or a key given twice
        if isinstance(exc, UnicodeDecodeError):  # what the bytes are, as a report's or a config's say
            try:
                utf8_text(data, "ground-truth file")
            except ValueError as named:
                raise PipelineError(f"{path}: {named}") from None
        # the day's RTTM beside it, or its subtitles: named as what they are (it had been 'not JSON:
        # Expecting value: line 1 column 1 (char 0)')
        text = data.decode("utf-8", errors="replace")
        kind = timed_kind(text, [line for line in text.splitlines() if line.strip()])
        if kind is None and len(DAY_CONFIG_FIELDS.findall(text)) >= 2:  # the config that names it, say
            kind = "a day config (YAML: id, source, ...)"
        if kind:
            raise PipelineError(
                f"{path}: ground-truth file is {kind}, not JSON with 'turns' of speaker, start, end, text"
            ) from None
        problem = f"not JSON: {exc}" if isinstance(exc, json.JSONDecodeError) else str(exc)
        raise PipelineError(f"{path}: not a ground-truth file ({problem})") from None
    except RecursionError:
        raise PipelineError(f"{path}: not a ground-truth file (JSON nested too deeply)") from None
    try:
        return Truth.model_validate(raw)
    except ValidationError as exc:
        raise PipelineError(
            f"{path}: not a ground-truth file (JSON with 'turns' of speaker, start, end, text): {first_problem(exc)}"
        ) from None


TRUTH_OVERRUN_SECONDS = 1.0  # a truth may end this much after the decoded audio (rounding, a codec's last frame)


def check_within_recording(truth: Truth, duration: float, config: DayConfig) -> None:
    """A turn past the recording's end belongs to another recording, or its times are in another
    unit (milliseconds): scored, it would make every number wrong, so it is refused naming the
    turn."""
    for number, turn in enumerate(truth.turns):
        if turn.end > duration + TRUTH_OVERRUN_SECONDS:
            raise PipelineError(
                f"{config.truth_path}: turn {number} ends at {turn.end:g} s, after the end of the recording "
                f"({duration:.1f} s); field 'truth' of {config.named}"
            )


class Quote(BaseModel):
    """A stretch of one true turn that makes a point: the turn's index (in time order, as the truth
    is read) and its words, exactly."""

    model_config = ConfigDict(strict=True)

    turn: int = Field(ge=0)
    quote: str = Field(pattern=r"\w")


class PointPlaces(BaseModel):
    point: str
    says: list[Quote] = Field(min_length=1)  # a said point is said somewhere
    note: str | None = None


class Places(BaseModel):
    """Where the talk says each report point it says (a bundled day's `where.json`, labelled by
    hand from the true text): what the comparison's evidence is checked against."""

    description: str = ""
    points: list[PointPlaces]


class Place(BaseModel):
    """A quote's stretch of the recording, its turn's time shared out by characters (a synthetic
    voice speaks at an even pace), and who says it."""

    start: float
    end: float
    speaker: str
    text: str


def load_places(path: Path, truth: Truth) -> dict[str, list[Place]]:
    """Each said point's places in the talk; a quote that is not its turn's words, or a point the
    truth does not call said, is one line naming the file."""
    try:
        raw = json.loads(path.read_bytes().removeprefix(codecs.BOM_UTF8), object_pairs_hook=no_repeated_keys)
        places = Places.model_validate(raw)
    except OSError as exc:
        raise PipelineError(f"{path}: cannot read the places file ({exc.strerror or exc})") from None
    except ValidationError as exc:
        raise PipelineError(f"{path}: not a places file (points of point, says): {first_problem(exc)}") from None
    except (ValueError, RecursionError) as exc:  # not JSON, or a key given twice
        raise PipelineError(
            f"{path}: not a places file ({exc if isinstance(exc, ValueError) else 'nested too deeply'})"
        ) from None
    said = {p.point for p in truth.points if p.status in ("covered", "partly")}
    found: dict[str, list[Place]] = {}
    for labelled in places.points:
        if labelled.point not in said:
            raise PipelineError(f"{path}: {labelled.point[:60]!r} is no point the truth calls said")
        for quote in labelled.says:
            turn = truth.turns[quote.turn] if quote.turn < len(truth.turns) else None
            at = turn.text.find(quote.quote) if turn else -1
            if turn is None or at < 0:
                raise PipelineError(f"{path}: {quote.quote[:60]!r} is not in turn {quote.turn} of the truth")
            if turn.text.count(quote.quote) > 1:
                raise PipelineError(
                    f"{path}: {quote.quote[:60]!r} is said twice in turn {quote.turn}; quote more of it"
                )
            share = (turn.end - turn.start) / len(turn.text)
            found.setdefault(labelled.point, []).append(
                Place(
                    start=turn.start + share * at,
                    end=turn.start + share * (at + len(quote.quote)),
                    speaker=turn.speaker,
                    text=quote.quote,
                )
            )
    return found
