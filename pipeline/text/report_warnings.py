"""What the day's report tells before any of its points is matched (compare_to_report logs and keeps
them): warnings where the verdicts may be wrong (its language or the talk's, too many points, run-on
sentences, another day's report), and notes (a report that only narrates, its short sentences, its
page's furniture, a speaker's name spelt otherwise)."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from pipeline.config import DayConfig
from pipeline.text.formats import clipped, names_listed, quoted
from pipeline.text.language import (
    ROLE_WORDS,
    core_name,
    name_words,
    normalize,
    not_indonesian_words,
    without_quotations,
)
from pipeline.text.matching import respelt, slipped
from pipeline.text.narration import is_narration, starts_a_talk
from pipeline.text.points import MAX_POINT_WORDS, MIN_POINT_WORDS, POINT_PIECE_WORDS, URL, ReportPoints
from pipeline.text.similarity import MAX_MEANING_POINTS, MIN_POINTS_FOR_WINDOW_SCALE

if TYPE_CHECKING:
    from pipeline.topics import Topics

log = logging.getLogger("lokakarya")

SHORT_NAMED = 10  # short sentences a warning quotes (a report of 1,000 had made one of 25,000 characters)
FOREIGN_WORDS_SHOWN = 4  # words of a report that tell it is not Indonesian, quoted for an archivist to judge
FURNITURE_SHOWN = 60  # characters of each piece of furniture a note quotes
# Who leads the day rather than speaks to its theme: often the same person on every day of a series.
INTRODUCED_WORDS = 6
SPECIFIC_ROLE_WORDS = 3
SHOWN_OTHERS = 3


def report_warnings_and_notes(
    config: DayConfig,
    report: str,
    sentences: ReportPoints,
    named: list[list[str]],
    content_count: int,
    report_indonesian: bool,
    talk_indonesian: bool,
    across: bool,
    furniture: list[str],
    topics: Topics | None,
) -> tuple[list[str], list[str]]:
    """What the report and its languages tell before any point is matched, each logged: warnings
    (the languages, more points than the encoder reads, run-on sentences, another day's report) and
    notes (a report that only narrates, its short sentences, its page's furniture, a speaker's name
    spelt otherwise).  `named`: the speakers each sentence names; `content_count`: its points to find."""
    split = sentences.points
    warnings = []
    # (not a link's pieces: "youtu", "w9i29qaeiqa")
    shown = [] if report_indonesian else not_indonesian_words(URL.sub(" ", report))[:FOREIGN_WORDS_SHOWN]
    for problem in language_problems(config, report_indonesian, talk_indonesian, across, shown, content_count):
        warnings.append(problem)
        log.warning(f"{config.report_path}: {problem}")
    if config.compare.meaning and content_count > MAX_MEANING_POINTS:
        warnings.append(
            f"the report has {content_count} points to compare, more than the sentence encoder reads "
            f"({MAX_MEANING_POINTS}): they are compared by their words alone"
        )
        log.warning(f"{config.report_path}: {warnings[-1]}")
    if cut := sentences.run_on:
        warnings.append(
            f"{cut} sentence(s) of the report run over {MAX_POINT_WORDS} words (lost punctuation?): each is "
            f"cut into points of at most {POINT_PIECE_WORDS} words"
        )
        log.warning(f"{config.report_path}: {warnings[-1]}")
    notes = []
    if split and all(is_narration(text, names) for (text, _), names in zip(split, named, strict=True)):
        notes.append(
            f"every sentence of the report narrates the event (who spoke, where, how it was held): all "
            f"{len(split)} are compared as content, as the report says nothing else to look for"
        )
        log.info(f"{config.report_path}: {notes[-1]}")
    if short := sentences.short:  # kept in the record; a note, not an alarm
        notes.append(
            f"{len(short)} short sentence(s) of the report were not compared (under {MIN_POINT_WORDS} content "
            f"words): {names_listed([quoted(text) for text in short], SHORT_NAMED)}"
        )
        log.info(f"{config.report_path}: {notes[-1]}")
    if furniture:  # what read_report left out as the page's, for an archivist to check
        shown = names_listed([quoted(clipped(piece, FURNITURE_SHOWN)) for piece in furniture], SHORT_NAMED)
        notes.append(
            f"{len(furniture)} line(s) or mark(s) of the report's source were left out as its page's furniture, "
            f"not the article: {shown}"
        )
        log.info(f"{config.report_path}: {notes[-1]}")
    for note in names_spelt_otherwise(report, config):  # a note, said as a warning: the name is the user's to mend
        notes.append(note)
        log.warning(f"{config.report_path}: {note}")
    if another := another_days_report(config, split, named, topics):
        warnings.append(another)
        log.warning(f"{config.report_path}: {another}")
    return warnings, notes


def language_problems(
    config: DayConfig,
    report_indonesian: bool,
    talk_indonesian: bool,
    across: bool,
    foreign_words: list[str],
    content_points: int,
) -> list[str]:
    """What the languages of the report and the talk change: the comparison reads Indonesian (its
    stop words, stems and number words), so a report in another language than an Indonesian talk is
    matched by meaning alone (across_languages), and otherwise only through the words they share.
    `foreign_words` are words of the report that tell it is not Indonesian, quoted so that an
    archivist can see which language it is (Malay's "bahawa", Javanese "kanggo")."""
    words_only = (
        "points are found only through words the report and the talk share, "
        "so a point said in other words is likely called missing"
    )
    not_indonesian = "the report does not look like Indonesian" + (
        f" ({', '.join(quoted(word) for word in foreign_words)} are no Indonesian words)" if foreign_words else ""
    )
    if across:
        return [
            f"{not_indonesian}, the talk's language: each point was matched by what the talk's utterances mean (a "
            "multilingual sentence encoder), not by shared words, and a point said is called covered (which part "
            "of it was said is not told across languages)"
        ]
    if config.language != "id":
        return [
            f"the day's language is '{config.language}': the comparison reads Indonesian (stop words, stems): "
            + words_only
        ]
    problems = []
    if not report_indonesian:
        problem = f"{not_indonesian}, the talk's language: {words_only}"
        if talk_indonesian:  # why the encoder did not match it by meaning, as it does a longer report
            why = (
                "compare.meaning: false"
                if not config.compare.meaning
                else f"{content_points} point(s), where matching by meaning needs "
                f"{MIN_POINTS_FOR_WINDOW_SCALE} to {MAX_MEANING_POINTS}"
            )
            problem += f": its missing points and its coverage say little ({why})"
        problems.append(problem)
    if not talk_indonesian:
        problems.append(
            "the talk does not look like Indonesian (another language, or speech the transcription lost): " + words_only
        )
    return problems


def _spelt_as(said: list[str], name: list[str]) -> str | None:
    """How words said stand to a name's: "written" where each is the name's word or it grown
    ("Akbarnya"), "slipped" where some differs by one slip (matching.slipped), else None."""
    if all(word.startswith(part) for word, part in zip(said, name, strict=True)):
        return "written"
    if all(
        word.startswith(part) or slipped(word, part) or slipped(respelt(word), respelt(part))
        for word, part in zip(said, name, strict=True)
    ):
        return "slipped"
    return None


def names_spelt_otherwise(report: str, config: DayConfig) -> list[str]:
    """A note for each speaker whose name the report spells otherwise, each word the config's or it
    but for one slip (matching.slipped: "Chalief" for "Chalif", never another first letter: "Bayu"
    is no "Ayu"), and nowhere as the config does: named_speakers matches the two, so the
    misspelling, which the page and the tables show, had passed without a word.  A word that only
    grows ("Akbarnya", "Larasati's") is the config's spelling."""
    written = re.findall(r"\w+", report)  # the report's own letters, for the note
    words = [normalize(word) for word in written]
    notes = []
    for number, speaker in enumerate(config.speakers):
        name = normalize(core_name(speaker.name)).split()
        if not name:
            continue
        spelt = [(i, _spelt_as(words[i : i + len(name)], name)) for i in range(len(words) - len(name) + 1)]
        close = [written[i : i + len(name)] for i, how in spelt if how == "slipped"]
        if close and not any(how == "written" for _, how in spelt):
            notes.append(
                f"the report spells {quoted(' '.join(close[0]))} the speaker the config names "
                f"{quoted(speaker.name)} (speakers.{number}.name): one of them is misspelt"
            )
    return notes


def another_days_report(
    config: DayConfig, split: list[tuple[str, str]], named: list[list[str]], topics: Topics | None
) -> str | None:
    """A warning when the report reads as another day's: it names people (those the topics stage
    found in it, or whom it says spoke), but none of the day's speakers, by name or by a role of
    their own.  The days of a series share their themes: another bundled day's report held against
    a talk had 1 to 7 of its 22-26 points called said (day 7's against a day-10 talk: 5 of 22,
    partly), and nothing told that the config named the wrong report (docs/compare.md,
    "Nineteenth round").  The day's host is left out: one moderator may lead every day of a series."""
    hosts = config.host_names()
    people = [s for s in config.speakers if s.name not in hosts and set(name_words(s.name)) - ROLE_WORDS]
    if not people or {s.name for s in people} & {name for names in named for name in names}:
        return None
    # or by a role of their own ("Duta Besar RI di Aljazair menjelaskan ..."), not one any speaker has ("Narasumber")
    written = normalize(" ".join(text for text, _ in split))
    roles = [role for s in people if len((role := normalize(s.role or "")).split()) >= SPECIFIC_ROLE_WORDS]
    if any(f" {role} " in f" {written} " for role in roles):
        return None
    # Someone named or said to speak only inside a quotation is the speaker's words, not the report's
    # ("Menurut beliau, ‘Ibu Pertiwi memanggil ...’", "“Saya akan berbicara tentang ...”").
    unquoted = f" {normalize(without_quotations(' '.join(text for text, _ in split)))} "
    others = [
        e.text
        for e in (topics.entities if topics else [])
        if e.origin == "report" and e.label == "PERSON" and f" {normalize(e.text)} " in unquoted
    ]
    introduced = [text for text, _ in split if starts_a_talk(without_quotations(text))]
    if not (others or introduced):
        return None
    # a sentence that says someone spoke is shown by its first words: "Drs. Hendarto Wibisono, M.A. menjelaskan ..."
    shown = [*others, *(" ".join(text.split()[:INTRODUCED_WORDS]) + " ..." for text in introduced)]
    return (
        f"the report names none of the day's speakers ({', '.join(sorted(core_name(s.name) for s in people))}) "
        f"but others ({'; '.join(quoted(text) for text in shown[:SHOWN_OTHERS])}): it may be the report of another day"
    )
