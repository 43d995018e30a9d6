"""Text from the config and the transcript made safe for line-based formats, and for messages.

Config fields are refused when they hold line breaks (config.py); what remains to neutralise is
each format's own syntax inside a line: RTTM fields are split on whitespace.  (Captions escape
their own text: captions.py.)  Messages quote a user's text cut short.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

QUOTED_MAX_CHARS = 80

# The quotation marks reports and configs use, each with the marks that close it: “…”, "…", ‘…’,
# '…', «…», ‹…›, „…“ or „…”, ‚…‘ or ‚…’, and the CJK corner quotes 「…」, 『…』.
QUOTES = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»", "‹": "›", "„": "“”", "‚": "‘’", "「": "」", "『": "』"}
OPENING_QUOTES = "".join(QUOTES)
CLOSING_QUOTES = "".join(dict.fromkeys("".join(QUOTES.values())))
# A single quote (straight, curly or low) is also an apostrophe between letters ("Ma'ruf",
# "Jum’at"), no quote's end.
SINGLE_QUOTES = "'‘‚"


# Every opening bracket or quote of Unicode's categories (Ps, then Pi: "(", "[", "（", "【", "〈") and
# every closing one (Pe, then Pf: ")", "]", "）", "】", "〉"), as Unicode 14 has them (Python 3.11's
# unicodedata; all in its first plane), written out: reading the categories of 65,536 characters took
# 8 ms of the 47 ms every command spends importing (a test holds them to unicodedata's).
OPENING_PUNCTUATION = (
    "([{\u0f3a\u0f3c\u169b\u201a\u201e\u2045\u207d\u208d\u2308\u230a\u2329\u2768\u276a\u276c"
    "\u276e\u2770\u2772\u2774\u27c5\u27e6\u27e8\u27ea\u27ec\u27ee\u2983\u2985\u2987\u2989"
    "\u298b\u298d\u298f\u2991\u2993\u2995\u2997\u29d8\u29da\u29fc\u2e22\u2e24\u2e26\u2e28"
    "\u2e42\u2e55\u2e57\u2e59\u2e5b\u3008\u300a\u300c\u300e\u3010\u3014\u3016\u3018\u301a"
    "\u301d\ufd3f\ufe17\ufe35\ufe37\ufe39\ufe3b\ufe3d\ufe3f\ufe41\ufe43\ufe47\ufe59\ufe5b"
    "\ufe5d\uff08\uff3b\uff5b\uff5f\uff62\xab\u2018\u201b\u201c\u201f\u2039\u2e02\u2e04\u2e09"
    "\u2e0c\u2e1c\u2e20"
)
CLOSING_PUNCTUATION = (
    ")]}\u0f3b\u0f3d\u169c\u2046\u207e\u208e\u2309\u230b\u232a\u2769\u276b\u276d\u276f\u2771"
    "\u2773\u2775\u27c6\u27e7\u27e9\u27eb\u27ed\u27ef\u2984\u2986\u2988\u298a\u298c\u298e"
    "\u2990\u2992\u2994\u2996\u2998\u29d9\u29db\u29fd\u2e23\u2e25\u2e27\u2e29\u2e56\u2e58"
    "\u2e5a\u2e5c\u3009\u300b\u300d\u300f\u3011\u3015\u3017\u3019\u301b\u301e\u301f\ufd3e"
    "\ufe18\ufe36\ufe38\ufe3a\ufe3c\ufe3e\ufe40\ufe42\ufe44\ufe48\ufe5a\ufe5c\ufe5e\uff09"
    "\uff3d\uff5d\uff60\uff63\xbb\u2019\u201d\u203a\u2e03\u2e05\u2e0a\u2e0d\u2e1d\u2e21"
)
# Every mark that opens or closes an aside or a quotation: the quotes above and Unicode's brackets and
# quotes, so that no closer of an opener listed is missing ("›", "」").
OPENING_MARKS = "".join(dict.fromkeys(OPENING_QUOTES + OPENING_PUNCTUATION))
CLOSING_MARKS = "".join(dict.fromkeys(CLOSING_QUOTES + CLOSING_PUNCTUATION))
# A list item's bullet (points' marks, and a line's bullet before a caption furniture reads).  Word's
# symbol-font bullets paste as private-use characters (U+F0B7 and others).
BULLETS = "-*+•‣▪–—●○■□◆►➢✓✔★☆✗✘→⇒➔➤▸▹·»◦⁃☐☑✅❌➡▶👉🔹🔸📌" + "\uf0b7\uf0a7\uf076\uf0d8\uf0fc"


def clipped(text: str, limit: int) -> str:
    """The text within `limit` characters, a cut one ending in "…"."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def first_difference(kept: object, made: object, where: str = "") -> str | None:
    """The first place (a dotted path) where a record's JSON value differs from the one its inputs
    make again, said in a short phrase (a hand edit found by making the record anew); None where none."""
    if isinstance(kept, dict) and isinstance(made, dict):
        for key in [*kept, *(key for key in made if key not in kept)]:
            if found := first_difference(kept.get(key), made.get(key), f"{where}.{key}" if where else key):
                return found
        return None
    if isinstance(kept, list) and isinstance(made, list):
        if len(kept) != len(made):
            return f"{where} lists {len(kept)} entries where its inputs give {len(made)}"
        differences = (first_difference(*pair, f"{where}.{n}") for n, pair in enumerate(zip(kept, made, strict=True)))
        return next((found for found in differences if found), None)
    if kept == made:
        return None
    return f"{where} is {clipped(repr(kept), 60)} where its inputs give {clipped(repr(made), 60)}"


# A line or paragraph break of any kind (what str.splitlines breaks at, \r\n as one), with the
# spaces and tabs around it and any breaks after it.
_LINE_BREAKS = re.compile(r"[ \t]*(?:(?:\r\n|[\n\v\f\r\x1c-\x1e\x85\u2028\u2029])[ \t]*)+")


def one_line(text: str) -> str:
    """The text on one line: each run of line breaks (and the blanks around it) one space, none
    at either end.  Text without a break is returned as it is."""
    return _LINE_BREAKS.sub(" ", text).strip(" \t") if _LINE_BREAKS.search(text) else text


def natural_key(name: str) -> list[int | str]:
    """Sort key that puts "day-2" before "day-10": numbers in a name compare as numbers."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


# Half of a surrogate pair alone: what Python makes of a name's bytes that are not UTF-8 (U+DC80 to
# U+DCFF for the bytes 0x80 to 0xFF), or of a JSON "\\ud800" escape; no UTF-8 file or terminal holds it.
_SURROGATE = re.compile("[\ud800-\udfff]")


def undecoded_escaped(name: str) -> str:
    """A file's name (or a message naming one) as a table, a page or a terminal can hold it: its
    bytes that are not UTF-8 written as escapes ("\\xff"), any other lone surrogate as "\\ud800"."""
    return _SURROGATE.sub(lambda half: _escape(ord(half.group())), name)


def _escape(code: int) -> str:
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def quoted(text: str) -> str:
    """A user's text as messages show it: a pasted page is not echoed whole."""
    return repr(text if len(text) <= QUOTED_MAX_CHARS else text[:QUOTED_MAX_CHARS] + "…")


# Letters and marks that draw nothing (Unicode's default-ignorable code points outside the format
# category): Hangul fillers, the combining grapheme joiner, Khmer inherent vowels, Mongolian
# variation selectors, variation selectors; a name of them alone is invisible, and a name with
# one added looks like the name without it.
BLANK_LETTERS = frozenset(
    "\u115f\u1160\u3164\uffa0\u034f\u17b4\u17b5\u180b\u180c\u180d\u180f"
    + "".join(map(chr, range(0xFE00, 0xFE10)))
    + "".join(map(chr, range(0xE0100, 0xE01F0)))
    + "\u2800"  # the braille blank: a character the eye reads as a space
    + "\U0001d159"  # a musical null notehead, drawn as nothing
)
# Of those, the ones drawn as a space (fillers, the braille blank); the others are drawn as nothing.
BLANK_SPACES = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def visible(text: object) -> str:
    """Text as a message shows it: characters that cannot be seen (a zero-width space, a
    non-breaking space at the end of a file name) written as \\uXXXX escapes."""
    return "".join(c if c.isprintable() and c not in BLANK_LETTERS else f"\\u{ord(c):04x}" for c in str(text))


# Code points Unicode keeps as no character (U+FFFF, U+FDD0-U+FDEF, the last two of every plane):
# HTML forbids them, so a page made from a text that holds one is no valid page.
# (NONCHARACTERS: the inside of a regular expression's [...], to join with other characters.)
NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    chr(plane + 0xFFFE) + chr(plane + 0xFFFF) for plane in range(0, 0x110000, 0x10000)
)
NONCHARACTER = re.compile(f"[{NONCHARACTERS}]")

# Bidirectional embeddings, overrides, isolates and marks: one in a name reorders the text after it
# on the page, in captions, in the tables and on the terminal.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
# Characters a terminal acts on or that turn text around (controls, line and paragraph breaks, bidi
# embeddings, overrides, isolates and marks): a message shows them as escapes.
_ACTING_IN_A_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
MESSAGE_MAX_CHARS = 1000


# The user name and password an address may carry ("https://user:secret@host/..."): a message
# reaches status.json, the tables and the archive page, which are published.
_CREDENTIALS = re.compile(r"(?i)\b([a-z][a-z0-9+.-]{0,30}://)[^/\s@]{1,2000}@")


def printable(message: str) -> str:
    """A message as one readable line: what a terminal would act on or cannot show escaped ("\\n",
    "\\u202e", a name's bytes that are not UTF-8 as "\\xff"), an address's password left out, and
    a message grown past MESSAGE_MAX_CHARS by a pasted name cut in its middle, where the end, which
    says what to do, survives."""
    line = undecoded_escaped(_CREDENTIALS.sub(r"\1", message))
    line = _ACTING_IN_A_LINE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), line)
    if len(line) > MESSAGE_MAX_CHARS:
        keep = MESSAGE_MAX_CHARS // 2
        line = f"{line[:keep]} … {line[-keep:]}"
    return line


def rttm_field(name: str) -> str:
    """A speaker name as one RTTM field: every run of whitespace becomes one underscore."""
    return "_".join(name.split()) or "_"


def distinct_forms(
    names: Iterable[str], form: Callable[[str], str], fuller: Callable[[str], str] | None = None
) -> dict[str, str]:
    """Each name's form in a format, kept apart: speakers whose forms would be the same ("Ayu
    Larasati" and "Ayu_Larasati" in RTTM, two "Dr. Ayu Larasati, …" cut short in SRT) get the
    fuller form, and where even that is shared, a number (_2, _3) in the order given."""
    names = list(dict.fromkeys(names))
    forms = {name: form(name) for name in names}
    shared = Counter(forms.values())
    if fuller is not None:
        forms = {name: fuller(name) if shared[value] > 1 else value for name, value in forms.items()}
    taken: set[str] = set()
    result = {}
    for name in names:
        candidate, number = forms[name], 2
        while candidate in taken:
            candidate, number = f"{forms[name]}_{number}", number + 1
        taken.add(candidate)
        result[name] = candidate
    return result


def percent_beside(share: float, thresholds: Iterable[float] = ()) -> str:
    """A share as a whole percent ("38"), but never rounded across a threshold it is shown beside:
    "<4" for 0.0382 beside a floor of 4 %, where "4" had read as reaching the floor the stage found
    it under, and "≥55.5" for a share at a threshold of 55.5 % that would round under it.  The
    thresholds are shares too (compare.CLOSE_MIN, a day's said_confidence)."""
    shown = f"{share * 100:.0f}"
    for threshold in sorted(thresholds):
        bar = round(threshold * 100, 6)  # 0.55 * 100 is 55.00000000000001
        written = f"{bar:.2f}".rstrip("0").rstrip(".")
        if share < threshold and float(shown) >= bar:
            return f"<{written}"
        if share >= threshold and float(shown) < bar:
            return f"≥{written}"
    return shown


def names_listed(names: list[str], shown: int = 10) -> str:
    """Names for an error line: the first few, then how many more (names may hold commas)."""
    more = f"; and {len(names) - shown} more" if len(names) > shown else ""
    return "; ".join(names[:shown]) + more if names else "none"
