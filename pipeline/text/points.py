"""The written report as points: the sentences and list items a talk can be held against.

A report comes as archivists have it (pasted from a news site, a PDF or Markdown; with titles,
lists, greetings, lines of names, lost punctuation): what is read here is what `compare` matches
and what `validate` checks, without loading anything the matching needs.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Literal

from pipeline.text.formats import BULLETS
from pipeline.text.furniture import is_prose
from pipeline.text.language import is_common_word, is_fragment, normalize, stop_words
from pipeline.text.sentences import HAS_SENTENCE_END, split_sentences

# A day's report has tens of points (day-10: 30); a thousand is a transcript or a book pasted in,
# and its points against every window of a long talk would take gigabytes.
MAX_REPORT_POINTS = 400
# What the talk does with a point: the verdicts of `compare`, the labels of a ground truth.
Status = Literal["covered", "partly", "missing", "narration"]
MIN_POINT_WORDS = 4  # content words a sentence needs to count as a point
# A title written small opens a sentence before a name ("dr. Budi Santoso membuka ..."); the other
# abbreviations in small letters ("dll.", "dkk.", "s.d.") go on from the line before them.
SMALL_TITLE = re.compile(r"(?:dr|drg)\.$")
# "(1) satu, ... (2) dua" or "a) satu ... b) dua" inside a sentence, two items at least; not
# "Pasal 27(3)" or "Pasal 27 ayat (3)" (a law's clause), nor a year cited ("Hanson dkk. (2020)").
ENUMERATION = re.compile(r"(?<![\w)])(?<![Aa]yat )\(\d{1,2}\)|(?<=\s)[a-h]\)(?=\s)")
# addresses, not words of a point: also a bare domain with a path ("bit.ly/diplomasidigital", "kemlu.go.id/x")
URL = re.compile(r"https?://\S+|www\.\S+|(?<!\S)[^\s@]+@[^\s@]+\.\w+|(?<![\w@.])(?:[\w-]+\.)+[a-z]{2,6}/\S*", re.I)
# A list item of plain text or Markdown ("- ", "* ", "• ", "✅ ", "1. ", "2) ", "1️⃣ ", "a. ", "iv) ")
# starts a point of its own, without its mark.  A number without a period or bracket is no mark: it
# is the sentence's own, also where a wrapped line opens with it ("... pada tanggal" / "12 Maret
# 2022, di Aula ...", "45 peserta hadir ..."); a numbered heading on its own line ("1 Pendahuluan")
# is a title either way.  A section's number is one before a capital ("1.2 Melindungi ..."), not a
# time's ("pukul" / "09.00 WIB ...").
_MARK = (
    rf"(?:[{re.escape(BULLETS)}]\ufe0f?|\d{{1,3}}(?:\.\d{{1,2}})*[.)]|\d{{1,3}}(?:\.\d{{1,2}})+(?=\s+[A-Z])(?!\s+WI)|\d\ufe0f?\u20e3|\(?[a-zA-Z][.)]"
    rf"|\(?[ivxIVX]{{1,4}}[.)]|\(\d{{1,2}}\)|\[\d{{1,2}}\])\s"
)
LIST_ITEM = re.compile(rf"\n\s*(?={_MARK})")
ITEM_MARK = re.compile(rf"^\s*{_MARK}\s*")
# A table's row: cells, not sentences: Markdown's "| ... |", or short cells between tabs as a Word
# table pastes them, three cells or more, or in two lines or more one after the other.  A line of
# two cells alone is no table: a list item as Word pastes it ("•\tText", whose items had all been
# lost), or a justified line.
PIPE_ROW = re.compile(r"\s*\|.*\|\s*")
# A programme's row: a span of the day's clock and what was on then ("09.15 – 09.30   Sambutan Rektor",
# "10.30-11.30 WIB Materi 2: Dr. Ayu Larasati, S.Sos., M.Ikom."), the event's schedule, not a point;
# in two lines or more one after the other (one alone may be a sentence wrapped: "... pukul" / "09.00 -
# 12.00 WIB dan diikuti ...").  A span before a sentence (furniture.is_prose: ended by a stop) is a
# rundown written as prose, each line a point ("09.00 - 10.00 peserta mengikuti sesi pertama tentang
# literasi digital ...."), not a row.
PROGRAMME_ROW = re.compile(
    r"\s*\d{1,2}[.:]\d{2}\s*(?:[-‐‑–—~]{1,2}|s\.?/?d\.?|sampai|hingga)\s*\d{1,2}[.:]\d{2}(?![\d.:])(?P<rest>[^\n]*)",
    re.I,
)
_CELL = r"(?:[^\t\n.!?]|(?<=\d)\.(?=\d))"  # no sentence's end in a cell; "08.00" may be one
TAB_RUN = re.compile(r"\t+")
TAB_ROW = re.compile(rf"[ ]*(?:{_CELL}{{1,80}}\t+)+{_CELL}{{1,80}}[ \t]*")
LIST_ITEM_START = re.compile(rf"\s*{_MARK}")
# A PDF's page number on its own line, between dashes or brackets ("- 12 -", "Hal. 3 dari 10"): of at
# most three digits, as a report has fewer than a thousand pages (a year, "2020", or "75%" on its own
# is the report's, from a table or an infographic).
_PAGE_MARKS = r"[\s\-–—|()\[\].·•]*"
PAGE_NUMBER = re.compile(
    rf"^{_PAGE_MARKS}(?:hal(?:aman)?\.?\s*|page\s+)?\d{{1,3}}(?:\s*(?:/|dari|of)\s*\d{{1,3}})?{_PAGE_MARKS}$", re.I
)
# The word before a hyphen ending a line and the one after (rejoined_word), with the parts of a
# compound they belong to ("people-to-" / "people", "people-" / "to-people").
BROKEN_LEFT = r"((?:[^\W\d_]+-)*[^\W\d_]+)"
BROKEN_RIGHT = r"[^\W\d_]+(?:-[^\W\d_]+)*"
# A clitic after a word the dictionary lacks keeps its hyphen over a line's end ("website-" / "nya"):
# those the dictionary has no word for (it has "mu", "lah", "kah").
CLITICS = ("nya", "ku")
HEADING_MAX_WORDS = 30  # longer lines without a sentence end are sentences that lost their period
# A sentence this long has lost its sentence ends (a report pasted without punctuation): it is cut
# into points of at most POINT_PIECE_WORDS words.  The day-10 report's longest sentence has 57.
MAX_POINT_WORDS = 80
POINT_PIECE_WORDS = 40


class ReportText(str):
    """A report's text as report.read_report gives it, with the text of each Markdown heading
    that has a paragraph of its own under it ("## Poin 7: Melalui penggunaan media sosial"): a
    title over that paragraph, not a point, in sentence case or with a name's periods as much as
    in capitals.  (A heading with no paragraph under it is a line of text like any other: in a
    report of one heading a point, each is a point.)"""

    headings: frozenset[str]

    def __new__(cls, text: str, headings: frozenset[str] = frozenset()) -> ReportText:
        self = super().__new__(cls, text)
        self.headings = headings
        return self

    def __reduce__(self) -> tuple:
        return ReportText, (str(self), self.headings)


def _capitalised(text: str) -> float:
    """Share of the words that start with a capital: most of a title's or a name's words do."""
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return sum(next(c for c in w if c.isalpha()).isupper() for w in words) / len(words) if words else 1.0


def shouts(text: str) -> bool:
    """Written in capitals: most letters are, or it opens with three words in capitals."""
    letters = [c for c in text if c.isalpha()]
    opening = [w for w in text.split()[:3] if sum(c.isalpha() for c in w) >= 2]
    return bool(letters) and (
        sum(c.isupper() for c in letters) / len(letters) > 0.6
        or (len(opening) == 3 and all(w.isupper() for w in opening))
    )


def _is_title_line(line: str) -> bool:
    """A title's line: short, no sentence end, capitalised as titles are, every content word (a
    word in small letters that is no stop word is a sentence's: "Kegiatan didukung oleh Dinas ...
    Provinsi Kalimantan" / "Timur serta ..." is one sentence wrapped)."""
    return (
        not HAS_SENTENCE_END.search(line)
        and len(line.split()) <= 12
        and _capitalised(line) >= 0.5
        and not any(word.islower() and word.isalpha() and word not in stop_words() for word in line.split())
    )


def _is_heading(paragraph: str, item: bool) -> bool:
    """A title: a short line in capitals not ending a sentence, or (not a list item) a short line
    without a sentence end capitalised like a title, or lines that are each a name or a title.  A
    list item, a lower-case line and a sentence in capitals are points even without a period."""
    words = paragraph.split()
    if item:
        return False
    # (not one that leads into a list, "... SEBAGAI BERIKUT:", nor one ending in a link)
    shouted_title = not HAS_SENTENCE_END.search(paragraph[-1:]) and not paragraph.endswith(":")
    if shouts(paragraph) and len(words) <= HEADING_MAX_WORDS and shouted_title and not URL.search(paragraph):
        return True
    lines = paragraph.splitlines()
    if len(lines) > 1 and all(len(line.split()) <= 12 and _capitalised(line) >= 0.6 for line in lines):
        return True
    if len(lines) > 1 and all(len(line.split()) <= 3 and not HAS_SENTENCE_END.search(line) for line in lines):
        return True  # lines of a name or two words each: a list of names or of titles
    return (
        not HAS_SENTENCE_END.search(paragraph)
        and len(words) <= HEADING_MAX_WORDS
        and (_capitalised(paragraph) >= 0.5 or len(words) <= 3)
    )


def _names_only(sentence: str) -> bool:
    """A list of people ("Peserta yang hadir: Budi Santoso, Siti Aminah, dan Agus Salim."): three
    or more items of two to four words, each word capitalised, say nothing to look for.  Items of
    one word ("Twitter, Instagram, YouTube") are things the talk may name, and stay."""
    listed = sentence.rsplit(":", 1)[-1].strip().rstrip(".!?;")
    items = [item.strip() for item in re.split(r",|;|\s+dan\s+|\s+and\s+", listed) if item.strip()]
    return len(items) >= 3 and all(
        2 <= len(item.split()) <= 4 and _capitalised(item) == 1.0 and not HAS_SENTENCE_END.search(item[-1:])
        for item in items
    )


# An academic degree written after a name ("S.Sos.", "M.Ikom.", "Ph.D.", "M.A.", "MBA").
DEGREE = re.compile(r"(?:[A-Z][A-Za-z]{0,4}\.){1,3}(?:[A-Za-z]{1,5}\.?)?|MBA|MPA|MSc|PhD|LLM")


def _name_with_degrees(sentence: str) -> bool:
    """A person's name and degrees alone, as a report is signed ("Dr. Ayu Larasati, S.Sos.,
    M.Ikom.", "Dewi Kartika, S.Kom."): no point, though its periods make it look like a sentence."""
    name, *degrees = [part.strip() for part in sentence.split(",")]
    words = name.split()
    return (
        bool(degrees)
        and 1 <= len(words) <= 6
        and all(word[:1].isupper() for word in words)
        and all(DEGREE.fullmatch(degree) for degree in degrees)
    )


def _opens_with_small_letter(text: str) -> bool:
    """Opens with a small letter that is no title before a name ("dr. Ayu"): a word ("merupakan"),
    an abbreviation ("dll.", "dkk.", "s.d.") or a name written small ("e-KTP", "iPhone")."""
    first = next(iter(text.split()), "")
    return first[:1].islower() and not SMALL_TITLE.match(first)


def _goes_on(text: str) -> bool:
    """A paragraph that continues the one before it: it opens with a small letter ("merupakan ..."
    under a hard-wrapped "Diplomasi digital menurut Fergus Hanson", "dll. yang ..."); a name written
    small ("iPhone", "e-KTP") or a title ("dr. Ayu") opens a sentence."""
    first = next(iter(text.split()), "")
    return _opens_with_small_letter(text) and first.islower()


def _wraps_onto(line: str, next_line: str) -> bool:
    """Whether a line's text goes on in the next line of its paragraph: it ends with a comma, or the
    next opens with a small letter (_opens_with_small_letter; "... Membahas Penggunaan" / "e-KTP
    sebagai ...", "... menurut Fergus Hanson" / "dkk. (2020) ...")."""
    return line.rstrip().endswith(",") or _opens_with_small_letter(next_line)


def rejoined_word(left: str, right: str) -> str:
    """A word broken over a line's end by a hyphen ("Imple-" / "mentasi"), whole: where the two
    make a word of the dictionary ("implementasi", "matahari") or one written often (a name: "Kali-"
    / "mantan", "Mar-" / "sudi", "Suka-" / "bumi"; wordfreq has no compound written whole), or where
    the part after is no word of its own (a name or a foreign word broken: "Komin-" / "fo",
    "engage-" / "ment").  A compound or reduplication keeps its hyphen: neither list has it written
    whole, and its second part is a word ("perundang-undangan", "sosial-budaya", "terus-menerus");
    so does one of three parts ("people-to-people"), a doubled word, a one-letter prefix
    ("e-diplomasi") and a clitic after a foreign word ("website-nya")."""
    whole = left + right
    if len(left) > 1 and left.casefold() != right.casefold() and "-" not in whole:
        if not is_fragment(whole.casefold()) or is_common_word(whole.casefold()):
            return whole
        if is_fragment(right.casefold()) and right.casefold() not in CLITICS:
            return whole
    return f"{left}-{right}"


def _without_title_lines(paragraph: str) -> str:
    """A title on its own line right above the text ("Laporan Kegiatan" then "Pada hari ini ..."),
    with no blank line between, is not the start of the first sentence; a line the next one goes
    on from is (_wraps_onto: "... Instagram," / "dll. yang ...")."""
    lines = paragraph.splitlines()
    while (
        len(lines) > 1
        and _is_title_line(lines[0])
        and not _wraps_onto(lines[0], lines[1])
        and not all(map(_is_title_line, lines[1:]))
    ):
        lines = lines[1:]
    return "\n".join(lines)


def _content_words(text: str) -> int:
    return sum(1 for word in normalize(text).split() if word not in stop_words() and not word.isdigit())


def _cut_long(sentence: str) -> list[str]:
    """A run-on "sentence" over MAX_POINT_WORDS words, cut into near-equal points."""
    words = sentence.split()
    if len(words) <= MAX_POINT_WORDS:
        return [sentence]
    count = math.ceil(len(words) / POINT_PIECE_WORDS)
    size = math.ceil(len(words) / count)
    return [" ".join(words[i : i + size]) for i in range(0, len(words), size)]


def without_tables(report: str) -> str:
    """The report with its tables' and its programme's rows left blank (a row is read once: linear
    in the report)."""
    lines = report.split("\n")
    cells = [len(TAB_RUN.findall(line)) + 1 if TAB_ROW.fullmatch(line) else 0 for line in lines]
    # two cells of which the first is a list's mark are a list item ("1.\tText"), not a row
    tabbed = [
        count >= 3 or (count == 2 and not LIST_ITEM_START.match(line)) for count, line in zip(cells, lines, strict=True)
    ]
    in_table = [
        tabbed[i] and (cells[i] >= 3 or (i > 0 and tabbed[i - 1]) or (i + 1 < len(lines) and tabbed[i + 1]))
        for i in range(len(lines))
    ]
    spans = [PROGRAMME_ROW.fullmatch(line) for line in lines]
    timed = [span is not None and not is_prose(span["rest"], headline=True) for span in spans]
    in_table = [
        table or (timed[i] and ((i > 0 and timed[i - 1]) or (i + 1 < len(lines) and timed[i + 1])))
        for i, table in enumerate(in_table)
    ]
    rows = zip(lines, in_table, strict=True)
    return "\n".join("" if table or PIPE_ROW.fullmatch(line) else line for line, table in rows)


def _fills_its_lines(paragraph: str) -> bool:
    """Its last line runs as far as the lines above it: the text was cut by the page, not ended."""
    lines = [line.strip() for line in paragraph.splitlines()]
    return len(lines) > 1 and len(lines[-1]) >= 0.75 * max(map(len, lines[:-1]))


def _closed(paragraph: str, before: str) -> bool:
    """Ends a sentence, a lead-in (":") or a list's item (";" after a lead-in or an item, in the
    paragraph before it or a line above): what follows does not go on from it.  A ";" in prose
    does not end it ("... memiliki dua sisi;" / "satu sisi ...")."""
    end = paragraph.rstrip()[-1:]
    if end == ";":
        return bool(re.search(r"[:;]\s*$", before) or re.search(r"[:;][ \t]*\n", paragraph))
    return bool(HAS_SENTENCE_END.search(end)) or end == ":"


def _between_pages(paragraph: str, item: bool, headings: frozenset[str] = frozenset()) -> bool:
    """A title (a Markdown heading over a paragraph among them: ReportText) or a page number ("- 2
    -" too, read as a list's item): no text of the report's."""
    return paragraph in headings or _is_heading(paragraph, item) or bool(PAGE_NUMBER.match(paragraph))


def _rejoined(paragraphs: list[tuple[str, bool]], headings: frozenset[str] = frozenset()) -> list[tuple[str, bool]]:
    """A paragraph that opens with a small letter goes on from the one before it that left its
    sentence open, also across a PDF's page break (its page number and running header, then left
    out); a word broken there ("Dipl-" / "omasi") is one word again.  A list's item neither goes
    on nor is gone on from."""
    # Only where sentences end with stops: in a report that lost them, its paragraphs are its sentences.
    prose = [paragraph for paragraph, item in paragraphs if not _between_pages(paragraph, item, headings)]
    if sum(bool(HAS_SENTENCE_END.search(paragraph)) for paragraph in prose) * 2 < len(prose):
        return paragraphs
    joined: list[tuple[str, bool]] = []
    for paragraph, item in paragraphs:
        start = len(joined)  # where the titles and page numbers since the last paragraph of text start
        while start and _between_pages(*joined[start - 1], headings):
            start -= 1
        last, last_item = joined[start - 1] if start else ("", True)
        before = joined[start - 2][0] if start > 1 else ""
        page_break = any(PAGE_NUMBER.match(between) for between, _ in joined[start:])
        # After a page number a sentence goes on whatever its next word ("... Diplomasi" / "Digital
        # ..."), where the page's last line is as full as the lines above it.
        goes_on = _goes_on(paragraph) and (page_break or start == len(joined))
        cut = page_break and _fills_its_lines(last) and not _is_heading(paragraph, item)  # not the running header
        if item or last_item or not (goes_on or cut) or _closed(last, before):
            joined.append((paragraph, item))
            continue
        last = last.rstrip()
        broken = re.search(BROKEN_LEFT + "-$", last)
        rest = re.match(BROKEN_RIGHT, paragraph)
        if broken and rest:
            last, paragraph = last[: broken.start()] + rejoined_word(broken[1], rest[0]), paragraph[rest.end() :]
        else:
            last += " "
        joined[start - 1 :] = [(last + paragraph, False)]  # the page number and running header read once
    return joined


def _candidates(report: str) -> tuple[list[tuple[str, str | None]], list[int], int]:
    """Every (sentence, lead-in) of the report that could be a point, its content words, and how
    many sentences were cut for running over MAX_POINT_WORDS words (_cut_long)."""
    text = without_tables(report)
    # A Markdown heading over a paragraph (ReportText) is a paragraph of its own, and a title.
    headings = getattr(report, "headings", frozenset())
    if headings:
        text = "\n".join(f"\n{line}\n" if line.strip() in headings else line for line in text.split("\n"))
        headings = headings | {ITEM_MARK.sub("", heading) for heading in headings}
    pieces = (piece for paragraph in re.split(r"\n\s*\n", text) for piece in LIST_ITEM.split(paragraph))
    paragraphs = _rejoined(
        list(dict.fromkeys((ITEM_MARK.sub("", p.strip()), bool(ITEM_MARK.match(p))) for p in pieces if p.strip())),
        headings,
    )
    candidates: list[tuple[str, str | None]] = []
    introduced = None  # "Menurutnya, ada tiga level:" above a list: its items' lead-in
    for paragraph, item in paragraphs:
        paragraph = _without_title_lines(paragraph)
        if not paragraph or paragraph in headings or _is_heading(paragraph, item):
            continue
        intro, *items = ENUMERATION.split(paragraph)
        # A list of short items ("... yaitu (1) struktur pesan, (2) intonasi suara, dan (3) kontak
        # mata") is one claim: each item alone is too short to judge, and the sentence went unjudged.
        if len(items) < 2 or all(_content_words(item) < MIN_POINT_WORDS for item in items):
            intro, items = paragraph, []
        intro_sentences = split_sentences(intro)
        if item and introduced and intro_sentences:
            candidates.append((intro_sentences[0], introduced))
            intro_sentences = intro_sentences[1:]
        elif not item:
            introduced = intro_sentences[-1] if intro_sentences and intro_sentences[-1].endswith(":") else None
        candidates += [(sentence, None) for sentence in intro_sentences]
        lead_in = intro_sentences[-1] if items and intro_sentences else None
        for item in items:
            first, *rest = split_sentences(item) or [""]
            candidates += [(first, lead_in)] + [(sentence, None) for sentence in rest]
    run_on = sum(len(text.split()) > MAX_POINT_WORDS for text, _ in candidates)
    candidates = [
        (piece, lead if number == 0 else None)
        for text, lead in candidates
        for number, piece in enumerate(_cut_long(text))
    ]
    # A sentence the report repeats (also in other case, spacing or punctuation) is one point: the first.
    first = {}
    for text, lead in candidates:
        first.setdefault(normalize(text) or " ".join(text.casefold().split()), (text, lead))
    candidates = [
        candidate for candidate in first.values() if not (_names_only(candidate[0]) or _name_with_degrees(candidate[0]))
    ]
    return candidates, [_content_words(URL.sub("", text)) for text, _ in candidates], run_on


@dataclass(frozen=True)
class ReportPoints:
    """The report's points, and its sentences too short to judge beside them."""

    points: list[tuple[str, str | None]]  # (point, lead-in)
    # Sentences of two or three content words left out beside the longer points ("Keamanan siber
    # perlu diperhatikan."): too few words to tell a passage that says them from one that shares
    # a word, so they are named in a warning instead of judged.  A list's lead-in ("Tantangannya
    # yaitu") goes with its items, and a line with a link points elsewhere.
    short: list[str]
    run_on: int = 0  # sentences cut into points for running over MAX_POINT_WORDS words (lost stops?)

    @property
    def text(self) -> str:
        """Every sentence read, lead-ins included: the report's own words, without its titles,
        page numbers and running headers (where its quantities are read)."""
        read = [text for point in self.points for text in point if text] + self.short
        return "\n".join(dict.fromkeys(read))


def report_points(report: str) -> ReportPoints:
    """Split a report into (point, lead-in) pairs: sentences, and enumerated items on their own.

    "Tantangan ... yaitu (1) satu, ... (2) dua, ..." gives one point per item, each carrying the
    sentence that introduced the list as its lead-in.
    """
    candidates, words, run_on = _candidates(report)
    counted = list(zip(candidates, words, strict=True))
    points = [candidate for candidate, count in counted if count >= MIN_POINT_WORDS]
    if not points:
        # A report of one or two short sentences ("Diplomasi digital penting di masa pandemi.")
        # has no long one: its sentences of two content words or more are its points.
        return ReportPoints([candidate for candidate, count in counted if count >= 2], [], run_on)
    lead_ins = {lead for _, lead in candidates}
    short = [
        text
        for (text, _), count in counted
        if 2 <= count < MIN_POINT_WORDS and text not in lead_ins and not URL.search(text)
    ]
    return ReportPoints(points, short, run_on)


def too_many_points(points: list) -> str | None:
    """Why a report of these points is not compared, in words for an error line; None if it is."""
    if len(points) <= MAX_REPORT_POINTS:
        return None
    return (
        f"{len(points):,} points, more than a day's report has ({MAX_REPORT_POINTS} at most): a transcript pasted in?"
    )


def split_points(report: str) -> list[tuple[str, str | None]]:
    """The report's (point, lead-in) pairs (report_points)."""
    return report_points(report).points
