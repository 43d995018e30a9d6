"""Each voice of a day as every export shows it: its name's forms and its marks, worked out once.

The page (in either language), transcript.txt, the WebVTT, the SRT, the archive index and search
each showed a voice's name with what they had been given: the by-order mark where they read
`named_by_order_alone`, the doubt of the comparison's crossed names on the speakers table alone,
and no caption a mark at all, so that para-19's swapped guests stood as plain fact in all but one
place.  Every writer now takes the day's `ShownVoice`s and writes the marks they carry.

The RTTM (diarize.rttm_lines) carries no mark: its speaker field is the identifier a scoring tool
matches against a reference (a mark would make another speaker of it), it has no comment to say
it in, and the diarize stage writes it before the comparison can doubt a name.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.exports.page_text import TEXTS
from pipeline.text.formats import distinct_forms
from pipeline.text.language import person_name

if TYPE_CHECKING:  # search reads the marks, and starts without naming's numpy
    from pipeline.compare import Comparison
    from pipeline.diarize import Diarization
    from pipeline.voices.naming import NamingEvidence

MAX_CAPTION_NAME = 24  # a caption's name longer than this is shortened, leaving room for words


@dataclass(frozen=True)
class ShownVoice:
    """A voice's name as the config writes it, its caption form, and its marks."""

    label: str
    name: str
    caption_name: str  # short_name, kept apart from the day's other voices' (distinct_forms)
    by_order: bool = False  # the config's order alone gave the name (SpeakerStats.by_order_alone)
    # why the name may be another voice's (CrossedNames.doubt, summary.json's name_doubt), and whose
    doubt: str | None = None
    swapped_with: str | None = None  # the other name, where the writer has the comparison
    # the talk's hand-over, thanks or introduction behind a name the order gave too (named_by 'order')
    handed_over: NamingEvidence | None = None
    sung: bool = False  # a song's voice: its words are lyrics, no person's

    def marks(self, language: str, short: bool = True) -> str:
        """The marks after the name ("(urutan?) (tertukar?)"), '' for none: short where the name
        recurs in little room (the page's headings and timeline, which its help explains), long where
        a reader meets it alone (transcript.txt's paragraphs, the index, search's lines); the captions
        carry one mark of their own (captions.caption_mark)."""
        return voice_marks(self.by_order, self.doubt is not None, language, short)

    def marked(self, name: str, language: str, short: bool = True) -> str:
        """`name` (one of this voice's forms) with the voice's marks after it."""
        marks = self.marks(language, short)
        return f"{name} {marks}" if marks else name


def voice_marks(by_order: bool, doubted: bool, language: str, short: bool = True) -> str:
    """The marks of a voice named by the order alone and/or doubted, in `language`: the one text
    for every writer, a search line's and an index row's as much as the page's."""
    texts = TEXTS[language]
    marks = [texts["by_order_short" if short else "by_order_mark"]] if by_order else []
    marks += [texts["doubt_short" if short else "doubt_mark"]] if doubted else []
    return " ".join(marks)


def short_name(name: str) -> str:
    """The name as a caption shows it: the person's name, without the titles before it and the
    degrees after it ("Dr. Ayu Larasati, S.Sos., M.Ikom." → "Ayu Larasati"), for every voice alike
    (until the fiftieth round the titles stayed where they fitted, so para-19's SRT gave "Dr. Bayu
    Anggoro" beside a "Ratna Kusumawardani" without her "Prof. Dr."); where that is long, with its
    middle names as initials, then without them, then the first name as an initial: cutting the
    end of a name would lose the person.  A role set apart before the name goes ("Moderator: Budi"
    → "Budi").  A role alone ("Moderator") and "Speaker N" stay as written."""
    written = " ".join(name.split()).split(", ")[0]
    person = person_name(name)
    if person is None:
        return _cut(written)
    if len(person) <= MAX_CAPTION_NAME:
        return person
    words = person.split()
    for shown in (
        [words[0], *(f"{word[0]}." for word in words[1:-1]), words[-1]],
        [words[0], words[-1]],
        [f"{words[0][0]}.", words[-1]],
    ):
        if len(shown) > 1 and len(" ".join(shown)) <= MAX_CAPTION_NAME:
            return " ".join(shown)
    return _cut(words[-1])


def _cut(name: str) -> str:
    """A name within MAX_CAPTION_NAME characters, cut at a word boundary where it is longer."""
    if len(name) <= MAX_CAPTION_NAME:
        return name
    return name[: MAX_CAPTION_NAME - 1].rsplit(" ", 1)[0] + "…"


def shown_voices(
    names: Mapping[str, str],
    *,
    by_order: Collection[str] = (),
    sung: Collection[str] = (),
    doubts: Mapping[str, str] | None = None,
    swapped: Mapping[str, str] | None = None,
    handed_over: Mapping[str, NamingEvidence] | None = None,
) -> dict[str, ShownVoice]:
    """The day's voices by label: `names` by label, the labels named `by_order` alone and `sung`,
    and by name the `doubts` (why), the names each may be `swapped` with, and by label the
    evidence a name the order gave was also `handed_over` by.  Caption forms the same for two
    voices ("Dr. Ayu Larasati, S.Sos." and "…, M.Ikom.") are the whole names."""
    doubts, swapped, handed_over = doubts or {}, swapped or {}, handed_over or {}
    forms = distinct_forms(names.values(), short_name, lambda name: " ".join(name.split()))
    return {
        label: ShownVoice(
            label=label,
            name=name,
            caption_name=forms[name],
            by_order=label in by_order,
            doubt=doubts.get(name),
            swapped_with=swapped.get(name),
            handed_over=handed_over.get(label),
            sung=label in sung,
        )
        for label, name in names.items()
    }


def day_voices(diarization: Diarization, comparison: Comparison | None = None) -> dict[str, ShownVoice]:
    """The voices of a day from its records: speakers.json's names, how each was given, and the
    comparison's crossed names (none where the day has no report)."""
    crossed = comparison.crossed_names if comparison is not None else []
    names = diarization.names()
    return shown_voices(
        names,
        by_order=diarization.named_by_order_alone(),
        sung=diarization.sung_voices(),
        doubts={name: doubt for pair in crossed for name in names.values() if (doubt := pair.doubt(name))},
        swapped=comparison.swapped_with() if comparison is not None else {},
        handed_over={
            s.label: s.naming_evidence[0] for s in diarization.speakers if s.named_by == "order" and s.naming_evidence
        },
    )


def notes(voices: Mapping[str, ShownVoice], language: str) -> list[str]:
    """The lines an export opens with about its names, in `language`: the voices the order alone
    named, and the pairs whose names may be swapped (transcript.txt under its first line, the
    WebVTT in NOTEs); the SRT, with no comments, says it in each turn's first cue."""
    texts = TEXTS[language]
    ordered = sorted(voices.values(), key=lambda voice: voice.label)
    lines = []
    if by_order := [voice.name for voice in ordered if voice.by_order]:
        lines.append(texts["by_order_note"].format(names="; ".join(by_order)))
    pairs: dict[frozenset[str], str] = {}  # each pair once, in the order its first voice speaks
    for voice in ordered:
        if voice.swapped_with:
            pairs.setdefault(frozenset((voice.name, voice.swapped_with)), f"{voice.name} ↔ {voice.swapped_with}")
    if pairs:
        lines.append(texts["doubt_note"].format(pairs="; ".join(pairs.values())))
    return lines
