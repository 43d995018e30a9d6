"""Captions a player can show, built from the word timestamps: WebVTT with voice tags, and SRT.

The limits are the common subtitling ones (BBC, Netflix): at most 42 characters a line and two
lines a cue, each cue on screen for 1 to 7 seconds and, where a silence after it allows, long enough
to be read at 20 characters a second, never two cues at once, and no gap under half a second
between two (the caption would blink).  No cue outlasts the recording: the last one's second, or its
time to be read, ends where the audio does.  Cues never mix speakers, break where the speaker
pauses or a sentence or clause ends, and never inside a word; a single word longer than a line is
the one thing allowed to overflow it.  A song's lyrics are marked as music (♪ … ♪), not given to a
speaker.  A word heard under transcribe.LOW_CONFIDENCE is underlined (`<u>`, which WebVTT has and
SRT players read), as the page marks it, and the WebVTT's NOTE says why.  Names and words are
untrusted text: whatever they hold (`-->`, `<`, `&`, tabs, newlines) is escaped or replaced so that
it cannot break the format.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta

from pipeline.artifacts import clock, milliseconds
from pipeline.config import DEFAULT_LANGUAGE
from pipeline.diarize import SpeakerWord
from pipeline.exports.page_text import TEXTS, decimal
from pipeline.transcribe import CLAUSE_END, LOW_CONFIDENCE, SENTENCE_END
from pipeline.voices.shown_voices import ShownVoice, notes

MAX_LINE_CHARS = 42
MAX_LINES = 2
MIN_CUE_SECONDS = 1.0
MAX_CUE_SECONDS = 7.0
# A cue no second is free for (words Whisper put at one instant, between other cues) is shown this
# long, the cues after it held back as much: not at all would drop its words from the screen.
MIN_FLASH_SECONDS = 0.2
PAUSE_SECONDS = 0.4  # a silence between words this long is a natural place to break
SEGMENT_BREAK = 2.0  # Whisper's segments end at sentence-like units even where it drops the stop
MAX_GAP_IN_CUE = 1.5  # a longer silence always ends the cue: text must not sit on screen early
# Netflix's Timed Text Style Guide (subtitle timing) closes a gap under 12 frames (half a second at
# 24 fps) between two cues and leaves none under 2 frames: shorter, the caption blinks off and on.
CLOSED_GAP_SECONDS = 0.5
MIN_GAP_SECONDS = 2 / 24
MAX_READING_SPEED = 20.0  # characters a second: Netflix's limit for adult programmes in English
# How good a place to end a cue is: the strengths of what the gap follows add up.
SENTENCE_BREAK, CLAUSE_BREAK, PAUSE_BREAK = 3.0, 1.0, 2.0
PUNCTUATION_LINE_BONUS = 10  # characters of imbalance a line break after punctuation is worth
MUSIC_MARK = "♪"  # around a song's lyrics, as captions mark music
# Around an unsure word while the cues are laid out, made the format's underline once the line is
# safe (the format's escaping would take a tag apart); counted in no line's length.  Never in a
# word: _tokens takes them out.
UNSURE_OPEN, UNSURE_CLOSE = "\x0e", "\x0f"
_NO_UNSURE_MARKS = str.maketrans("", "", UNSURE_OPEN + UNSURE_CLOSE)
UNDERLINE = ("<u>", "</u>")


@dataclass(frozen=True)
class Token:
    text: str
    start: float
    end: float
    segment: int
    unsure: bool = False  # heard under LOW_CONFIDENCE, or a piece glued to it was


@dataclass
class Cue:
    start: float
    end: float
    speaker_name: str
    lines: list[str]
    prefix: str = ""  # shown before the first line (the speaker's name), room for it kept in the lines
    opens_turn: bool = True  # the first cue of its voice's turn: the one the WebVTT shows the prefix in


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


def width(text: str) -> int:
    """The characters a line shows: the unsure words' marks take no room (the tags they become show none)."""
    return len(text) - text.count(UNSURE_OPEN) - text.count(UNSURE_CLOSE)


def with_unsure_marked(text: str, tags: tuple[str, str]) -> str:
    """A laid-out line with its unsure words between `tags`, one pair for a run of them (and for a
    word and the piece glued to it)."""
    text = text.replace(f"{UNSURE_CLOSE} {UNSURE_OPEN}", " ").replace(UNSURE_CLOSE + UNSURE_OPEN, "")
    return text.replace(UNSURE_OPEN, tags[0]).replace(UNSURE_CLOSE, tags[1])


def unsure_in_words(words: Iterable[tuple[str, bool]]) -> str:
    """The words (Whisper's, each with its leading space) joined, an unsure one's text between the
    marks with_unsure_marked makes a format's."""
    pieces = []
    for word, unsure in words:
        word = word.translate(_NO_UNSURE_MARKS)
        text = word.lstrip()
        space = word[: len(word) - len(text)]
        pieces.append(f"{space}{UNSURE_OPEN}{text}{UNSURE_CLOSE}" if unsure and text else word)
    return "".join(pieces)


def layout(words: list[str], reserve: int = 0) -> list[str] | None:
    """The words as at most two lines of at most MAX_LINE_CHARS (the first line holding `reserve`
    characters of prefix too), breaking after punctuation where that keeps the lines near even;
    None when they do not fit.  A lone word too long for any line is returned as it is."""
    if reserve + width(" ".join(words)) <= MAX_LINE_CHARS or (len(words) == 1 and not reserve):
        return [" ".join(words)]
    best, best_key = None, None
    for split in range(0 if reserve else 1, len(words)):
        first, second = " ".join(words[:split]), " ".join(words[split:])
        if reserve + width(first) > MAX_LINE_CHARS or width(second) > MAX_LINE_CHARS:
            continue
        after_punctuation = split > 0 and words[split - 1].rstrip(UNSURE_CLOSE).endswith(SENTENCE_END + CLAUSE_END)
        key = abs(reserve + width(first) - width(second)) - PUNCTUATION_LINE_BONUS * after_punctuation
        if best_key is None or key < best_key:
            best, best_key = [first, second], key
    if best is None and len(words) == 1:
        return ["", words[0]]  # a prefix, then a word longer than a line
    return best


def _lines(tokens: list[Token], reserve: int, sung: bool) -> list[str] | None:
    """The tokens laid out as a cue's lines; lyrics between music marks, each glued to a word so
    that no line holds a mark alone."""
    texts = [f"{UNSURE_OPEN}{t.text}{UNSURE_CLOSE}" if t.unsure else t.text for t in tokens]
    if sung:
        texts[0] = f"{MUSIC_MARK} {texts[0]}"
        texts[-1] = f"{texts[-1]} {MUSIC_MARK}"
    return layout(texts, reserve)


def _fits(tokens: list[Token], reserve: int, sung: bool) -> bool:
    gaps = (b.start - a.end for a, b in itertools.pairwise(tokens))
    return (
        tokens[-1].end - tokens[0].start <= MAX_CUE_SECONDS
        and all(gap < MAX_GAP_IN_CUE for gap in gaps)
        and _lines(tokens, reserve, sung) is not None
    )


def _break_strength(tokens: list[Token], after: int) -> float:
    """How good a place the gap after tokens[after] is to end a cue."""
    word, following = tokens[after], tokens[after + 1]
    strength = (
        SENTENCE_BREAK if word.text.endswith(SENTENCE_END) else CLAUSE_BREAK if word.text.endswith(CLAUSE_END) else 0.0
    )
    strength += SEGMENT_BREAK if following.segment != word.segment else 0.0
    return strength + (PAUSE_BREAK if following.start - word.end >= PAUSE_SECONDS else 0.0)


def _leaves_a_word_alone(tokens: list[Token], cut: int) -> bool:
    """Whether a cut before tokens[cut] leaves that word, said in under a second, as a cue of its
    own: the run's last word, or the last before a silence that ends a cue."""
    last = cut + 1 == len(tokens) or tokens[cut + 1].start - tokens[cut].end >= MAX_GAP_IN_CUE
    return last and tokens[cut].end - tokens[cut].start < MIN_CUE_SECONDS


def _cues_of_run(tokens: list[Token], name: str, prefix: Callable[[bool], str], sung: bool) -> Iterator[Cue]:
    first = 0
    while first < len(tokens):
        shown = prefix(not first)
        end = first + 1
        while end < len(tokens) and _fits(tokens[first : end + 1], len(shown), sung):
            end += 1
        if end < len(tokens):
            # The longest cue that fits ends at `end`; end it instead at the best break in it,
            # preferring later breaks among equals and none that leaves a cue under a second, this
            # one or a last word alone after it (moving the cut gives that word company).
            def goodness(cut: int, first: int = first) -> tuple[bool, float, int]:
                long_enough = tokens[cut - 1].end - tokens[first].start >= MIN_CUE_SECONDS
                fine = long_enough and not _leaves_a_word_alone(tokens, cut)
                return (fine, _break_strength(tokens, cut - 1) if fine else 0.0, cut)

            end = max(range(first + 1, end + 1), key=goodness)
        chunk = tokens[first:end]
        yield Cue(chunk[0].start, chunk[-1].end, name, _lines(chunk, len(shown), sung), shown, not first)
        first = end


def _settle_durations(cues: list[Cue], duration: float) -> list[Cue]:
    """Hold every cue on screen 1-7 s, never two at once: SRT cannot stack cues and many players
    show one of two that overlap.  A short cue (a one-word reply) grows into the silence after it,
    then before it, then into the end of the cue before and the start of the cue after, each left a
    second; one that still finds no second is shown shorter (MIN_FLASH_SECONDS at least).  The
    recording's end (`duration`) is the last cue's ceiling, as the next cue's start is the others'."""
    for index, cue in enumerate(cues):
        previous = cues[index - 1] if index else None
        following = cues[index + 1] if index + 1 < len(cues) else None
        floor = previous.end if previous else 0.0
        ceiling = following.start if following else duration
        cue.start = max(cue.start, floor)  # held back by the cue before (words heard over each other)
        cue.end = min(max(cue.end, cue.start), cue.start + MAX_CUE_SECONDS)
        if cue.start < ceiling < cue.end:
            cue.end = ceiling
        cue.end = max(cue.end, min(cue.start + MIN_CUE_SECONDS, ceiling))
        cue.start = min(cue.start, max(cue.end - MIN_CUE_SECONDS, floor))
        if previous and cue.end - cue.start < MIN_CUE_SECONDS:
            previous.end = min(previous.end, max(previous.start + MIN_CUE_SECONDS, cue.end - MIN_CUE_SECONDS))
            cue.start = min(cue.start, max(cue.end - MIN_CUE_SECONDS, previous.end))
        if following is None or cue.end - cue.start < MIN_CUE_SECONDS:
            room = following.end - MIN_CUE_SECONDS if following else duration
            cue.end = max(cue.end, min(cue.start + MIN_CUE_SECONDS, room), cue.start + MIN_FLASH_SECONDS)
        if following is None and cue.end > duration:  # a last word at the very end: its flash ends with it
            cue.end = duration
            cue.start = min(cue.start, max(duration - MIN_FLASH_SECONDS, floor))
    return cues


def _linger_to_be_read(cues: list[Cue], duration: float) -> list[Cue]:
    """Leave a cue said faster than MAX_READING_SPEED on screen into the silence after it, until it
    can be read at that speed, the next cue starts (the recording ends, after the last) or it has
    had its 7 s: a fast speaker's words had gone before they could be read although nothing
    followed them for seconds.  The last cue had lingered past the recording's end (up to 7 s)."""
    for index, cue in enumerate(cues):
        characters = len(cue.prefix) + sum(width(line) for line in cue.lines)
        following = cues[index + 1].start if index + 1 < len(cues) else duration
        readable = min(cue.start + characters / MAX_READING_SPEED, following, cue.start + MAX_CUE_SECONDS)
        cue.end = max(cue.end, readable)
    return cues


def _close_short_gaps(cues: list[Cue]) -> list[Cue]:
    """Hold a cue until the next starts where less than CLOSED_GAP_SECONDS lies between them, as
    this module chains the cues of continuous speech (no gap, never two on screen): gaps of 20-60 ms
    between cues, where the words had them, made the caption blink.  A cue held its 7 s and still
    under 2 frames from the next lets the next start that much earlier, where it stays within 7 s."""
    for cue, following in itertools.pairwise(cues):
        if 0 < following.start - cue.end < CLOSED_GAP_SECONDS:
            cue.end = min(following.start, cue.start + MAX_CUE_SECONDS)
            if following.start - cue.end < MIN_GAP_SECONDS and following.end - cue.end <= MAX_CUE_SECONDS:
                following.start = cue.end
    return cues


def _tokens(words: list[tuple[SpeakerWord, bool]]) -> list[Token]:
    """Whole words, each with whether it is unsure: Whisper starts each word with a space, so a
    piece without one (a suffix, punctuation) is glued to the word before it rather than shown apart."""
    tokens: list[Token] = []
    for word, unsure in words:
        text = plain(word.word).translate(_NO_UNSURE_MARKS)
        if not text:
            continue
        if tokens and not word.word[:1].isspace():
            glued = tokens[-1]
            end = max(word.end, glued.end)
            tokens[-1] = Token(glued.text + text, glued.start, end, glued.segment, glued.unsure or unsure)
        else:
            tokens.append(Token(text, word.start, max(word.end, word.start), word.segment, unsure))
    return tokens


def build_cues(
    words: list[SpeakerWord],
    voices: Mapping[str, ShownVoice],
    prefix: Callable[[ShownVoice, bool], str] = lambda voice, opens_turn: "",
    *,
    duration: float,
    unsure: Sequence[bool] = (),
) -> list[Cue]:
    """Cues over the day's words, none past `duration` (the recording's length, source.json's);
    `prefix(voice, opens_turn)` is text the first line of each cue will carry (the first cue of a
    turn, or a later one).  A voice `sung` sings: its lyrics are between music marks, with no
    prefix, as no person says them.  `unsure`: whether each word is heard under LOW_CONFIDENCE (the
    transcript's Transcript.unsure; none where empty), its line's text marked so (with_unsure_marked)."""
    cues: list[Cue] = []
    flagged = zip(words, itertools.chain(unsure, itertools.repeat(False)), strict=False)
    for speaker, run in itertools.groupby(flagged, key=lambda word_unsure: word_unsure[0].speaker):
        tokens = _tokens(list(run))
        if tokens:
            voice = voices[speaker]
            shown = (lambda opens_turn: "") if voice.sung else (lambda opens_turn, v=voice: prefix(v, opens_turn))
            cues.extend(_cues_of_run(tokens, voice.name, shown, voice.sung))
    return _close_short_gaps(_linger_to_be_read(_settle_durations(cues, duration), duration))


def caption_cues(
    words: list[SpeakerWord],
    voices: Mapping[str, ShownVoice],
    language: str,
    duration: float,
    unsure: Sequence[bool] = (),
) -> list[Cue]:
    """The day's cues, laid out once for both formats: each turn's first cue opens with the voice's
    caption name and its mark ("Ayu Larasati (nama?): ", caption_mark), each later cue with the name alone,
    which the SRT shows and the WebVTT (its voice tag naming the speaker) leaves out.  Laid out
    apart, the room each format kept for the name had cut the same words into other cues (para-11:
    75 WebVTT cues, 98 SRT, 65 of their starts shared), so a time cited from one file was not in
    the other."""

    def prefix(voice: ShownVoice, opens_turn: bool) -> str:
        mark = caption_mark(voice, language) if opens_turn else ""
        name = f"{voice.caption_name} {mark}" if mark else voice.caption_name
        # untrusted text: the layout's own marks in a name would become the format's underline
        return f"{isolated(plain(name).translate(_NO_UNSURE_MARKS))}: "

    return build_cues(words, voices, prefix, duration=duration, unsure=unsure)


def caption_mark(voice: ShownVoice, language: str) -> str:
    """The mark after a name in a turn's first cue, '' for none: one short mark that reads alone,
    "(nama?)", whether the config's order alone gave the name or it may be swapped, or both.  The
    SRT has no comments to say what the page's "(urutan?)" means, and the two marks in words that
    read alone (up to 39 characters beside a 24-character name) overflowed the cue's first line
    (para-19's "Bayu Anggoro (nama dari urutan?) (nama tertukar?):", 50 characters)."""
    return TEXTS[language]["name_caption"] if voice.by_order or voice.doubt is not None else ""


def caption_mark_notes(voices: Iterable[ShownVoice], language: str) -> list[str]:
    """What caption_mark means, where one of these (speaking) voices carries it: the WebVTT's NOTE
    and transcript.txt's line under the first (beside which an SRT is read)."""
    return [TEXTS[language]["name_caption_note"]] if any(caption_mark(voice, language) for voice in voices) else []


def unsure_note(language: str) -> str:
    """What a caption's underline means, in `language`."""
    return TEXTS[language]["unsure_captions_note"].format(threshold=decimal(LOW_CONFIDENCE, 1, language))


def _vtt_escape(text: str) -> str:
    return plain(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _shown_lines(cue: Cue, safe: Callable[[str], str], with_prefix: bool = True) -> str:
    """The cue's text, its prefix before the first line where shown, each line made safe for the
    format.  Without its prefix, the cue's words are laid out again in the room the prefix had kept
    (the same words, in the same cue): a first line of two words beside an empty place read oddly."""
    if with_prefix or not cue.prefix:
        lines = [cue.prefix + cue.lines[0], *cue.lines[1:]]
    else:
        lines = layout(" ".join(cue.lines).split()) or cue.lines
    return "\n".join(with_unsure_marked(safe(line), UNDERLINE) for line in lines if line)


def webvtt(
    words: list[SpeakerWord],
    voices: Mapping[str, ShownVoice],
    *,
    duration: float,
    language: str = DEFAULT_LANGUAGE,
    unsure: Sequence[bool] = (),
) -> str:
    """WebVTT with the speaker as a voice tag (`<v Name>`), which players can style but do not
    show: where the voice changes, the cue shows the (short) name and its mark too, as the SRT
    does, unless one voice speaks all the words.  The voices named by the config's order alone and
    the names that may be swapped are said in NOTEs after the header, in `language`
    (shown_voices.notes), with what the name's mark means where one is shown (caption_mark_notes),
    and, where a word is `unsure` (underlined), what the underline means."""
    speaking = {word.speaker for word in words if not voices[word.speaker].sung}
    said = notes(voices, language)
    said += caption_mark_notes((voices[speaker] for speaker in speaking), language) if len(speaking) > 1 else []
    said += [unsure_note(language)] if any(unsure) else []
    blocks = ["WEBVTT"] + ["NOTE " + _vtt_escape(note) for note in said]
    for cue in caption_cues(words, voices, language, duration, unsure):
        # a name that ends in "--" would close its tag as "-->", which ends the cue: a space between
        voice = _vtt_escape(cue.speaker_name) + (" " if cue.speaker_name.endswith("-") else "")
        text = _shown_lines(cue, _vtt_escape, cue.opens_turn and len(speaking) > 1)
        blocks.append(f"{clock(cue.start, '.')} --> {clock(cue.end, '.')}\n<v {voice}>{text}")
    return "\n\n".join(blocks) + "\n"


SRT_LOOK_ALIKES = str.maketrans({"<": "‹", ">": "›", "{": "｛", "}": "｝", "\\": "＼"})


def _srt_safe(text: str) -> str:
    # SRT has no escapes, and players read <i>-like tags and libass reads {\an8}-like override
    # blocks and \N, \n, \h as line breaks and spaces: angle and curly brackets and the backslash
    # become look-alikes, which also defuses "-->".
    return plain(text).translate(SRT_LOOK_ALIKES)


def srt(
    words: list[SpeakerWord],
    voices: Mapping[str, ShownVoice],
    *,
    duration: float,
    language: str = DEFAULT_LANGUAGE,
    unsure: Sequence[bool] = (),
) -> str:
    """SRT with the speaker's (short) name as a prefix of each cue, and the voice's marks in the
    first cue of each turn, one that reads alone ("(nama?)", caption_mark): SRT has no comments
    to say what it means, and a cue cited alone had given a name the order alone gave, or one the
    records doubt, as plain fact.  A song's lyrics, between music marks, need no name.  The `unsure` words
    are underlined, as in the WebVTT; only the README can say why."""
    import srt as srt_format

    subtitles = []
    for number, cue in enumerate(caption_cues(words, voices, language, duration, unsure), start=1):
        text = _shown_lines(cue, _srt_safe)
        # the times to the millisecond as the WebVTT's (artifacts.milliseconds): the library cuts
        # a timedelta's microseconds to milliseconds, where the WebVTT rounds
        start, end = (timedelta(milliseconds=milliseconds(time)) for time in (cue.start, cue.end))
        subtitles.append(srt_format.Subtitle(number, start, end, text))
    return srt_format.compose(subtitles, reindex=False)
