"""Captions a player can show, built from the word timestamps: WebVTT with voice tags, and SRT.

The limits are the common subtitling ones (BBC, Netflix): at most 42 characters a line and two
lines a cue, each cue on screen for 1 to 7 seconds.  Cues never mix speakers, break where the
speaker pauses or a sentence or clause ends, and never inside a word; a single word longer than a
line is the one thing allowed to overflow it.  Names and words are untrusted text: whatever they
hold (`-->`, `<`, `&`, tabs, newlines) is escaped or replaced so that it cannot break the format.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta

from pipeline.diarize import SpeakerWord
from pipeline.formats import distinct_forms
from pipeline.transcribe import CLAUSE_END, SENTENCE_END

MAX_LINE_CHARS = 42
MAX_LINES = 2
MIN_CUE_SECONDS = 1.0
MAX_CUE_SECONDS = 7.0
PAUSE_SECONDS = 0.4  # a silence between words this long is a natural place to break
SEGMENT_BREAK = 2.0  # Whisper's segments end at sentence-like units even where it drops the stop
MAX_GAP_IN_CUE = 1.5  # a longer silence always ends the cue: text must not sit on screen early
# How good a place to end a cue is: the strengths of what the gap follows add up.
SENTENCE_BREAK, CLAUSE_BREAK, PAUSE_BREAK = 3.0, 1.0, 2.0
PUNCTUATION_LINE_BONUS = 10  # characters of imbalance a line break after punctuation is worth
MAX_CAPTION_NAME = 24  # an SRT name prefix longer than this is shortened, leaving room for words


@dataclass(frozen=True)
class Token:
    text: str
    start: float
    end: float
    segment: int


@dataclass
class Cue:
    start: float
    end: float
    speaker_name: str
    lines: list[str]


def plain(text: str) -> str:
    """One line of text: tabs, newlines, line and paragraph separators (U+2028, U+2029, which
    editors break lines at) and runs of spaces become single spaces."""
    return " ".join(text.split())


def isolated(name: str) -> str:
    """A name in a right-to-left script between first-strong isolate marks: a plain-text line that
    begins with it ("محمد: ...") is otherwise laid out right to left whole by players and viewers
    that take a line's direction from its first letter.  Other names are left as they are."""
    rtl = any(unicodedata.bidirectional(c) in ("R", "AL") for c in name)
    return f"\u2068{name}\u2069" if rtl else name


def short_name(name: str) -> str:
    """The name as an SRT prefix: academic suffixes after the first comma dropped, then cut at a
    word boundary if still long ("Dr. Ayu Larasati, S.Sos., M.Ikom." → "Dr. Ayu Larasati")."""
    name = plain(name).split(", ")[0]
    if len(name) <= MAX_CAPTION_NAME:
        return name
    cut = name[: MAX_CAPTION_NAME - 1].rsplit(" ", 1)[0]
    return cut + "…"


def _speaker_runs(words: list[SpeakerWord]) -> Iterator[list[SpeakerWord]]:
    run: list[SpeakerWord] = []
    for word in words:
        if run and run[-1].speaker != word.speaker:
            yield run
            run = []
        run.append(word)
    if run:
        yield run


def layout(words: list[str], reserve: int = 0) -> list[str] | None:
    """The words as at most two lines of at most MAX_LINE_CHARS (the first line holding `reserve`
    characters of prefix too), breaking after punctuation where that keeps the lines near even;
    None when they do not fit.  A lone word too long for any line is returned as it is."""
    if reserve + len(" ".join(words)) <= MAX_LINE_CHARS or (len(words) == 1 and not reserve):
        return [" ".join(words)]
    best, best_key = None, None
    for split in range(0 if reserve else 1, len(words)):
        first, second = " ".join(words[:split]), " ".join(words[split:])
        if reserve + len(first) > MAX_LINE_CHARS or len(second) > MAX_LINE_CHARS:
            continue
        after_punctuation = split > 0 and words[split - 1].endswith(SENTENCE_END + CLAUSE_END)
        key = abs(reserve + len(first) - len(second)) - PUNCTUATION_LINE_BONUS * after_punctuation
        if best_key is None or key < best_key:
            best, best_key = [first, second], key
    if best is None and len(words) == 1:
        return ["", words[0]]  # a prefix, then a word longer than a line
    return best


def _fits(tokens: list[Token], reserve: int) -> bool:
    gaps = (b.start - a.end for a, b in itertools.pairwise(tokens))
    return (
        tokens[-1].end - tokens[0].start <= MAX_CUE_SECONDS
        and all(gap < MAX_GAP_IN_CUE for gap in gaps)
        and layout([t.text for t in tokens], reserve) is not None
    )


def _break_strength(tokens: list[Token], after: int) -> float:
    """How good a place the gap after tokens[after] is to end a cue."""
    word, following = tokens[after], tokens[after + 1]
    strength = (
        SENTENCE_BREAK if word.text.endswith(SENTENCE_END) else CLAUSE_BREAK if word.text.endswith(CLAUSE_END) else 0.0
    )
    strength += SEGMENT_BREAK if following.segment != word.segment else 0.0
    return strength + (PAUSE_BREAK if following.start - word.end >= PAUSE_SECONDS else 0.0)


def _cues_of_run(tokens: list[Token], name: str, reserve: int) -> Iterator[Cue]:
    first = 0
    while first < len(tokens):
        end = first + 1
        while end < len(tokens) and _fits(tokens[first : end + 1], reserve):
            end += 1
        if end < len(tokens):
            # The longest cue that fits ends at `end`; end it instead at the best break in it,
            # preferring later breaks among equals and none that leaves a cue under a second.
            def goodness(cut: int, first: int = first) -> tuple[float, int]:
                too_short = tokens[cut - 1].end - tokens[first].start < MIN_CUE_SECONDS
                return (0.0 if too_short else _break_strength(tokens, cut - 1), cut)

            end = max(range(first + 1, end + 1), key=goodness)
        chunk = tokens[first:end]
        yield Cue(chunk[0].start, chunk[-1].end, name, layout([t.text for t in chunk], reserve))
        first = end


def _settle_durations(cues: list[Cue]) -> list[Cue]:
    """Hold every cue on screen 1-7 s: a short one grows into the silence after it, then before
    it, and only then over its neighbour (a one-word reply stays readable)."""
    for index, cue in enumerate(cues):
        cue.end = min(cue.end, cue.start + MAX_CUE_SECONDS)
        following = cues[index + 1].start if index + 1 < len(cues) else float("inf")
        cue.end = max(cue.end, min(cue.start + MIN_CUE_SECONDS, following))
        previous = cues[index - 1].end if index else 0.0
        cue.start = min(cue.start, max(cue.end - MIN_CUE_SECONDS, previous))
        cue.end = max(cue.end, cue.start + MIN_CUE_SECONDS)
    return cues


def _tokens(words: list[SpeakerWord]) -> list[Token]:
    """Whole words: Whisper starts each word with a space, so a piece without one (a suffix,
    punctuation) is glued to the word before it rather than shown apart."""
    tokens: list[Token] = []
    for word in words:
        text = plain(word.word)
        if not text:
            continue
        if tokens and not word.word[:1].isspace():
            glued = tokens[-1]
            tokens[-1] = Token(glued.text + text, glued.start, max(word.end, glued.end), glued.segment)
        else:
            tokens.append(Token(text, word.start, max(word.end, word.start), word.segment))
    return tokens


def build_cues(
    words: list[SpeakerWord], names: dict[str, str], prefix: Callable[[str], str] = lambda name: ""
) -> list[Cue]:
    """Cues over the day's words; `prefix(name)` is text the first line of each cue will carry."""
    cues: list[Cue] = []
    for run in _speaker_runs(words):
        tokens = _tokens(run)
        if tokens:
            name = names[run[0].speaker]
            cues.extend(_cues_of_run(tokens, name, len(prefix(name))))
    return _settle_durations(cues)


def _vtt_escape(text: str) -> str:
    return plain(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _vtt_time(seconds: float) -> str:
    millis = round(seconds * 1000)
    return f"{millis // 3_600_000:02d}:{millis // 60_000 % 60:02d}:{millis // 1000 % 60:02d}.{millis % 1000:03d}"


def webvtt(words: list[SpeakerWord], names: dict[str, str]) -> str:
    """WebVTT with the speaker as a voice tag (`<v Name>`), which players can show or style."""
    blocks = ["WEBVTT"]
    for cue in build_cues(words, names):
        text = "\n".join(_vtt_escape(line) for line in cue.lines)
        blocks.append(f"{_vtt_time(cue.start)} --> {_vtt_time(cue.end)}\n<v {_vtt_escape(cue.speaker_name)}>{text}")
    return "\n\n".join(blocks) + "\n"


SRT_LOOK_ALIKES = str.maketrans({"<": "‹", ">": "›", "{": "｛", "}": "｝", "\\": "＼"})


def _srt_safe(text: str) -> str:
    # SRT has no escapes, and players read <i>-like tags and libass reads {\an8}-like override
    # blocks and \N, \n, \h as line breaks and spaces: angle and curly brackets and the backslash
    # become look-alikes, which also defuses "-->".
    return plain(text).translate(SRT_LOOK_ALIKES)


def srt(words: list[SpeakerWord], names: dict[str, str]) -> str:
    """SRT with the speaker's (short) name as a prefix of each cue."""
    import srt as srt_format

    shown = distinct_forms(names.values(), lambda name: _srt_safe(short_name(name)), _srt_safe)

    def prefix(name: str) -> str:
        return f"{isolated(shown.get(name) or _srt_safe(short_name(name)))}: "

    subtitles = []
    for number, cue in enumerate(build_cues(words, names, prefix), start=1):
        lines = [_srt_safe(line) for line in cue.lines]
        lines[0] = (prefix(cue.speaker_name) + lines[0]).rstrip()
        subtitles.append(
            srt_format.Subtitle(number, timedelta(seconds=cue.start), timedelta(seconds=cue.end), "\n".join(lines))
        )
    return srt_format.compose(subtitles, reindex=False)
