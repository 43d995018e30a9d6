"""Numbers as texts say and write them: number words to digits (numbers_to_digits, which
language.normalize applies) and the quantities a text states (quantities, same_quantity,
unit_of_word), with the years, dates, clock times, phone numbers and codes that are no quantity.

Apart from language.py because reading numbers is a task of its own, with its own patterns: the
normalisation (language.normalize) and the comparison of quantities read them, and so do topics
(a number or a unit is no topic), search (a quantity asked for), matching (a quantity heard) and
unlisted_names (a number word is no name).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from pipeline.text.language import CLITICS, THOUSANDS, is_common_word, stop_words

# Number words are read in groups below a thousand (num2words' own words) times a scale word:
# "dua ratus ribu", "empat ribu", "satu juta lima ratus ribu".
_MAX_GROUP = 999
SCALES = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "triliun": 10**12}
ONE_SCALE = {"seribu": 10**3, "sejuta": 10**6, "semiliar": 10**9}


@lru_cache(maxsize=1)
def _number_words() -> dict[tuple[str, ...], int]:
    from num2words import num2words

    return {tuple(num2words(n, lang="id").split()): n for n in range(_MAX_GROUP + 1)}


def is_number_word(word: str) -> bool:
    """ "belas", "ribu", "tujuh": words that only say a number (ASR leaves some unconverted)."""
    return word.isdigit() or word in _number_vocabulary()


def is_ordinal_word(word: str) -> bool:
    """ "ketiga", "kesebelas": a number's place in a list ("kedua", "pertama" are stop words)."""
    return word.startswith("ke") and word[2:] in _number_vocabulary()


def is_duration_word(word: str) -> bool:
    """ "bertahun-tahun", "berjam-jam", "berhari": a time said long; "sehari", "seminggu", "sehari-hari":
    one of a unit, a rate's ("Rp 5.000 sehari", "dua kali sehari" had been topics: talks-57); and a unit
    of time ("menit", "minggu"), of which "lima menit", "dua minggu" are said: as little a topic as a
    number."""
    if word in TIME_UNITS:
        return True
    root, *repeated = word.split("-")
    for prefix in ("ber", "se"):
        if root.startswith(prefix):
            unit = root.removeprefix(prefix)
            return QUANTITY_UNITS.get(unit) in TIME_UNITS and all(r == unit for r in repeated)
    return False


@lru_cache(maxsize=1)
def _number_vocabulary() -> frozenset[str]:
    return frozenset({word for key in _number_words() for word in key} | set(SCALES) | set(ONE_SCALE) | {"koma"})


@lru_cache(maxsize=1)
def _longest_number() -> int:
    return max(len(key) for key in _number_words())


def _group(bare: list[str], index: int, ends: list[bool]) -> tuple[int, int] | None:
    """The number below a thousand that starts at bare[index], longest first, not past a word that
    ends in punctuation ("dua puluh. Tiga orang" is 20 and 3, not 23): (value, words)."""
    table = _number_words()
    longest = min(_longest_number(), len(bare) - index)
    longest = next((k - index + 1 for k in range(index, index + longest) if ends[k]), longest)
    for size in range(longest, 0, -1):
        words = tuple(bare[index : index + size])
        if words in table:
            return table[words], size
    return None


def _number(bare: list[str], index: int, ends: list[bool]) -> tuple[int, int] | None:
    """The number said from bare[index] on: groups each times a smaller scale than the one before
    ("satu juta lima ratus ribu dua puluh"), or all that was said so far times a larger one
    ("seribu dua ratus juta" is 1,200 million), not across punctuation.  (value, words)."""
    value, used, last_scale = 0, 0, None
    while index + used < len(bare):
        at = index + used
        if bare[at] in ONE_SCALE:
            group, size, scale = 1, 1, ONE_SCALE[bare[at]]
        else:
            found = _group(bare, at, ends)
            if found is None:
                break
            group, size = found
            follows = at + size < len(bare) and not ends[at + size - 1]
            scale = SCALES.get(bare[at + size]) if follows else None
            size += scale is not None
        if last_scale is not None and scale is not None and scale > last_scale and value < scale:
            value, used, last_scale = (value + group) * scale, used + size, scale
        elif last_scale is not None and (scale or 1) >= last_scale:
            break
        else:
            value, used, last_scale = value + group * (scale or 1), used + size, scale or 1
        if ends[index + used - 1] or last_scale == 1:
            break
    return (value, used) if used else None


_DIGIT_WORDS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
# Number words written together ("duapuluh", "tigaratus", "limabelas"): the same as written apart.
_JOINED_NUMBER = re.compile(rf"\b({'|'.join(_DIGIT_WORDS[1:])})(puluh|belas|ratus|ribu|juta|miliar|triliun)\b", re.I)


_MAGNITUDES = {"puluh", "belas", "ratus", *SCALES}


def _digits_among_number_words(text: str) -> str:
    """Digits Whisper writes inside a said number, as words ("3 ratus" -> "tiga ratus", "2 juta 500
    ribu" -> "dua juta lima ratus ribu", "dua puluh 5" -> "dua puluh lima"), so that the number is
    read whole (they had been 3, or 2000000 and 500000)."""
    from num2words import num2words

    tokens = text.split(" ")
    for at, token in enumerate(tokens):
        if not (token.isdigit() and len(token) <= 3 and token[0] != "0"):  # a hundred-thousand-digit run is no int
            continue
        # "15 juta.": the word as said, without the sentence's stop (left as 15, "10-15 juta." had been
        # read 10 juta juta)
        after = re.sub(r"\W+$", "", tokens[at + 1]) if at + 1 < len(tokens) else ""
        before = tokens[at - 1] if at else ""
        if after in _MAGNITUDES or before in _MAGNITUDES - {"belas"}:
            tokens[at] = num2words(int(token), lang="id")
    return " ".join(tokens)


# A clitic or a small word that Whisper writes glued to a number's word ("dua ribu tujuh belasitu"
# on para-7, "tiga ratusnya", "dua puluhlah"): the number's word and the word, as written apart.  The
# number had been read up to the word before (2007, 3, 2).  Not a word of the language that starts as
# a number's does ("satunya", "duanya", "satupun", "ratusan", "satuan", "ribut", "jutawan").
@lru_cache(maxsize=1)
def _number_words_pattern() -> str:
    """Every number's word but "koma", longest first, as a regex alternation."""
    return "|".join(sorted(_number_vocabulary() - {"koma"}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _glued_number_word() -> re.Pattern[str]:
    """A number's word with something glued after it: the word (group 1) and what is glued (group 2)."""
    return re.compile(rf"\b({_number_words_pattern()})([^\W\d_]+)\b", re.IGNORECASE)


# A number's word that Whisper joins to the next word with a hyphen ("ada empat-mantat" for "empat
# manfaat", para-2): read as the two words written apart, so the idioms that read no quantity
# ("satu persatu", "empat mata") hold for it too, and a magnitude after it is the number's
# ("tujuh-belas", "sepuluh-ribu").  Not a doubled number's word ("satu-satunya", "dua-duanya": "the
# only", "both") nor a range of two numbers ("dua-tiga orang").
@lru_cache(maxsize=1)
def _hyphened_number_word() -> re.Pattern[str]:
    """A number's word, a hyphen and a word (group 2) that is no doubling and starts no other number."""
    starts = "|".join(sorted(_number_vocabulary() - _MAGNITUDES - {"koma"}, key=len, reverse=True))
    # no word boundary after `starts`: a range's second number may be written joined ("sebelas-duabelas")
    return re.compile(rf"\b({_number_words_pattern()})-(?!\1)(?!{starts})([^\W\d_]+)\b", re.IGNORECASE)


def _unglued_numbers(text: str) -> str:
    """Each number's word with a clitic or a stop word glued to it (_glued_number_word), or a word
    hyphened to it (_hyphened_number_word), apart from it."""
    text = _hyphened_number_word().sub(r"\1 \2", text)

    def apart(match: re.Match) -> str:
        glued = match.group(2).lower()
        # a number's word is no small word ("duatiga" is a range, as "dua-tiga", not 2 and 3)
        small_word = glued in CLITICS or (len(glued) > 1 and glued in stop_words("id") - _number_vocabulary())
        return (
            f"{match.group(1)} {match.group(2)}"
            if small_word and not is_common_word(match.group().lower())
            else match.group()
        )

    return _glued_number_word().sub(apart, text)


def _misheard_number_end(word: str) -> bool:
    """A magnitude with letters glued after it that are no clitic, no stop word and make no word ("dua
    ributika" on para-10): the number goes on into a mishearing, and its value is unknown.  Only a
    magnitude: a digit's word starts many a word that no list knows ("seratus duafa" is 100)."""
    match = _glued_number_word().fullmatch(word)
    return match is not None and match.group(1).lower() in _MAGNITUDES and not is_common_word(word)


def numbers_to_digits(text: str) -> str:
    """Replace Indonesian number words by digits ("dua ribu tujuh belas" -> "2017", "empat ribu"
    -> "4000", "duapuluh" -> "20", "tiga ratusnya" -> "300 nya"), longest first.  A number that
    goes on into a word misheard ("dua ributika") is left in words: its value is unknown, and it
    had been read as the smaller number before the word (2)."""
    tokens = _unglued_numbers(_JOINED_NUMBER.sub(r"\1 \2", text)).split()
    bare = [re.sub(r"\W", "", token.lower()) for token in tokens]
    ends = [bool(re.search(r"\W$", token)) for token in tokens]
    vocabulary = _number_vocabulary()
    out, index = [], 0
    while index < len(tokens):
        found = _number(bare, index, ends) if bare[index] in vocabulary else None
        if found is not None:
            after = index + found[1]
            if after < len(tokens) and not ends[after - 1] and _misheard_number_end(bare[after]):
                out.extend(tokens[index:after])
                index = after
                continue
        if found is None:
            out.append(tokens[index])
            index += 1
            continue
        value, size = found
        trailing = re.search(r"\W*$", tokens[index + size - 1]).group()
        out.append(f"{value}{trailing}")
        index += size
    return " ".join(out)


# English number words in Indonesian talk (webinars code-switch: "twenty percent", "one million views",
# "two thousand seventeen", "twenty twenty", "one point five", "a hundred participants", "three-day
# workshop"), as digits: they had been no quantity.  A year is said in two pairs ("nineteen
# ninety-eight", "twenty twenty-one": 2021, not 20 and 21); "a" is one only before "hundred" or a
# scale; and "one" alone is no count but before a unit ("one year"; "one of the best", "one team",
# "one day" are not).  Not text2num's alpha2digit (3.1.0): it reads "twenty twenty-one" as 20 21 and
# "nineteen ninety-eight" as 19 98, and leaves "a hundred" and "three-day".  "A dozen" is 12 and "half a
# million" half of one (it had been a million); "dozens of" and "a couple of" (often a few) count nothing.
_EN_SMALL = {
    word: n
    for n, word in enumerate((
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ))
}  # fmt: skip
_EN_TENS = {
    word: 10 * n
    for n, word in enumerate(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"), 2)
}
_EN_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_EN_CENTURIES = ("seventeen", "eighteen", "nineteen", "twenty")  # a year's first pair
_EN_WORD = "|".join(sorted([*_EN_SMALL, *_EN_TENS, "hundred", "dozen", *_EN_SCALES], key=len, reverse=True))
_EN_NUMBER = re.compile(
    rf"\b(?:(?:half\s+)?a\s+(?=(?:hundred|dozen|thousand|million|billion|trillion)\b))?(?:{_EN_WORD})\b"
    rf"(?:(?:\s+and\s+|\s+point\s+|\s+oh\s+|\s+|-)(?:{_EN_WORD})\b|\s+and\s+a\s+half\b)*"
)


def _english_numbers(text: str) -> str:
    """English number words as digits (_EN_NUMBER): "twenty-five" -> "25", "one point five" -> "1.5"."""
    return _EN_NUMBER.sub(lambda m: _english_number(m, text), text)


def _english_number(match: re.Match, text: str) -> str:
    words = re.findall(r"[a-z]+", match.group())
    if words == ["fifty", "fifty"]:
        return match.group()  # evenly, no count
    if words == ["one"]:
        after = re.match(r"(\s+|-)([^\W\d_]+)", text[match.end() : match.end() + 30])
        unit = after and after.group(2) in QUANTITY_UNITS and (after.group(1) == "-" or after.group(2) != "day")
        return "1" if unit else match.group()  # "one year", "one-day workshop"; not "one-on-one"
    out, at = [], 0
    while at < len(words):
        said, at = _english_from(words, at)
        out.append(said)
    return " ".join(out)


def _english_from(words: list[str], at: int) -> tuple[str, int]:
    """The number said from words[at] on, as digits (or the word, where none starts there), and where
    the next starts: a year in two pairs, or groups below a thousand each times a smaller scale, and
    a point's digits one by one."""
    if words[at] == "half":  # "half a million", "half a dozen" (the pattern has "a" and one of them after it)
        return str({"hundred": 100, "dozen": 12, **_EN_SCALES}[words[at + 2]] // 2), at + 3
    pair = [_EN_SMALL.get(w, _EN_TENS.get(w)) for w in words[at + 1 : at + 3]] + [None, None]
    if words[at] in _EN_CENTURIES and words[at + 1 : at + 2] == ["oh"] and pair[1] is not None and 0 < pair[1] < 10:
        return str(100 * _EN_SMALL.get(words[at], 20) + pair[1]), at + 3  # "twenty oh five"
    if words[at] in _EN_CENTURIES and pair[0] is not None and pair[0] >= 10:
        ones = pair[1] if words[at + 1] in _EN_TENS and pair[1] is not None and 0 < pair[1] < 10 else 0
        end = at + 2 + (ones > 0)
        if end == len(words) or words[end] not in ("hundred", *_EN_SCALES):
            return str(100 * _EN_SMALL.get(words[at], 20) + pair[0] + ones), end
    total, group, last, start, half, scale = 0, 0, "start", at, False, 0
    while at < len(words):
        word = words[at]
        if word == "and" and words[at + 1 : at + 3] == ["a", "half"] and last != "start":
            # "a million and a half" is half the scale more; "two and a half (million)" half a unit
            total, half, at = (total + scale // 2, half, at + 3) if last == "scale" else (total, True, at + 3)
            continue
        if word in ("a", "and"):
            at, group = at + 1, group or int(word == "a")
            continue
        small, tens = _EN_SMALL.get(word), _EN_TENS.get(word)
        if small is not None and 0 < small < 10 and last in ("start", "hundred", "scale", "tens"):
            group, last = group + small, "small"
        elif small is not None and small >= 10 and last in ("start", "hundred", "scale"):
            group, last = group + small, "teen"
        elif tens is not None and last in ("start", "hundred", "scale"):
            group, last = group + tens, "tens"
        elif word == "hundred" and 0 < group < 100 and last in ("small", "teen", "start"):  # "fifteen hundred"
            group, last = group * 100, "hundred"
        elif word == "dozen" and 0 < group < 10 and last in ("small", "start"):  # "a dozen", "two dozen"
            group, last = group * 12, "dozen"
        elif word in _EN_SCALES and group and (last != "scale") and (not total or _EN_SCALES[word] < total):
            scale = _EN_SCALES[word]
            total, group, last, half = total + group * scale + (scale // 2 if half else 0), 0, "scale", False
        elif word == "point" and last != "start" and at + 1 < len(words) and words[at + 1] in _EN_SMALL:
            digits = []
            while at + 1 < len(words) and _EN_SMALL.get(words[at + 1], 10) < 10:
                digits, at = [*digits, str(_EN_SMALL[words[at + 1]])], at + 1
            scale = words[at + 1] if at + 1 < len(words) and words[at + 1] in _EN_SCALES else None
            said = f"{total + group}.{''.join(digits)}" + (f" {scale}" if scale else "")
            return said, at + 1 + (scale is not None)
        elif small == 0 and last == "start":
            last = "zero"  # "zero point five"
        else:
            break
        at += 1
    if at == start:
        return words[at], at + 1
    return f"{total + group}.5" if half else str(total + group), at


# How texts state quantities, for the numbers the record lists (read on the original text, since
# normalize() splits "2,5" and keeps "Covid-19"'s 19).
# A number glued to letters names a thing ("Covid-19", "G20", "5G", "ke-10"), except a currency.
_NAMED_NUMBER = re.compile(r"\b(?!rp)[^\W\d_]+[-‐–]?\d+\w*|\b\d+[^\W\d_]+\w*")
_CURRENCY = re.compile(r"\b(rp|usd|idr)\.?\s*(?=\d)")  # "Rp2.500", "Rp. 2.500" -> "rp 2.500"; "USD3 juta"
# "(1)" and "1." / "satu," opening a sentence or a list item count items, they state no quantity.
_MARKER_WORDS = "satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh"
_ENUMERATION = re.compile(
    # (spaces on the line only: "\s*" from every line break ran over every blank line after it)
    rf"\(\s*\d{{1,2}}\s*\)|(?:^|(?<=[.;!?(\n])|(?<=[.;!?]\s)|(?<=\n\s))[ \t]*"
    rf"(?:\d{{1,2}}[ \t]*[.)]|(?:{_MARKER_WORDS})[ \t]*[.),])(?=\s)"
    # after a colon a list starts at one ("Agenda: 1. Pembukaan"): "Jumlah peserta: 45. Acara ..." states 45
    rf"|(?:(?<=:)|(?<=:\s))[ \t]*(?:0?1[ \t]*[.)]|(?:{_MARKER_WORDS})[ \t]*[.),])(?=\s)"
    # digits and a comma count only at a line's start: "Jumlah peserta: 45, naik dari 30" states 45
    rf"|(?:^|(?<=\n)|(?<=\n\s))[ \t]*\d{{1,2}}[ \t]*,(?=\s)",
    re.IGNORECASE,
)
# The nouns "satu" makes an idiom of, no count: "satu sisi" (on one hand), "satu kesatuan" (a
# unity), "kita satu suara" (of one voice), "pada satu titik" (at some point), "satu visi", "satu
# tujuan", "satu hati", the Youth Pledge's "satu nusa, satu bangsa, satu bahasa" (one language to
# speak; "satu bahasa asing" counts one foreign language).
_ONE_IDIOM_WORDS = (
    r"sisi|kesatuan|suara|titik|visi|misi|tujuan|hati|padu|nusa|bangsa|tanah\s+air|persepsi|pemahaman|pandangan"
    r"|frekuensi|semangat|komando|irama|bahasa(?!\s+(?:asing|daerah|lain|lagi|saja|pun|dan|atau)\b)"
)
# Idioms with a number word that state no quantity: "salah satu" (one of), "satu lagi" (one
# more), "satu arah" / "dua arah" (one-way, two-way), "satu pun" (not a single one), "satu" and a
# word above, and the sayings "sekali dayung, dua tiga pulau terlampaui" (two birds with one stone),
# "langkah seribu" (running away), "bagai pinang dibelah dua" (two of a kind), "seribu satu alasan"
# (countless); the word before is kept to tell "tiga puluh satu lagi" (31 more) from them.
_NUMBER_IDIOM = re.compile(
    r"(?:\b(\w+)\s+)?(?:\bsalah\s+satu\b|\bsatu\s+lagi\b|\b(?:satu|dua)\s+arah\b"
    rf"|\bsatu\s+(?:{_ONE_IDIOM_WORDS})\b"
    r"|\bdua[\s-]+duanya\b|\bbermata\s+dua\b|\bsatu\s+dua\s+tiga\b"  # "both", "double-edged", a countdown
    r"|\bsatu\s+satunya\b|\bsetengah[\s-]+(?:hati|mati|matang|setengah)\b|\bkepulauan\s+seribu\b"
    r"|\bempat\s+mata\b(?!\s+(?:pelajaran|kuliah|uang|acara|lomba|anggaran|rantai)\b)"  # "the only", ...
    r"|\bsatu\s+pun\b|\bdua\s+tiga\s+pulau\b|\blangkah\s+seribu\b|\bpinang\s+dibelah\s+dua\b"
    r"|\bseribu\s+satu\s+(?:alasan|cara|macam|malam)\b)"
)
DECIMAL_COMMA = re.compile(r"(?<![\d.,])(\d+),(\d+)(?![\d,])")
# "dua koma lima juta": the words after "koma" are digits, read one by one.
_SAID_FRACTION = re.compile(rf"\bkoma((?:\s+(?:{'|'.join(_DIGIT_WORDS)})\b)+)")
_SAID_TENS_FRACTION = re.compile(  # "lima koma tiga puluh dua" is 5.32, as "lima koma tiga dua"
    rf"\bkoma\s+({'|'.join(_DIGIT_WORDS[2:])})\s+puluh(?:\s+({'|'.join(_DIGIT_WORDS[1:])})\b)?"
)
_SAID_WORDS = "|".join([*_DIGIT_WORDS[1:], "sepuluh", "sebelas", "seratus", "puluh", "belas", "ratus"])
_SAID_GROUP = rf"(?:\d{{1,3}}|(?:{_SAID_WORDS})(?:\s+(?:{_SAID_WORDS})){{0,4}})"  # below a thousand: at most 5 words
# (neither end part of a larger number: "dua ribu dua puluh sampai dua ribu dua puluh empat" is two years)
_SAID_SCALED_RANGE = re.compile(
    rf"(?<![\w.,])(?<!ribu )(?<!juta )(?<!miliar )({_SAID_GROUP})\s+(?:sampai|hingga|s/d)\s+({_SAID_GROUP})\s+"
    rf"(ribu|juta|miliar|triliun)\b(?!\s+(?:{_SAID_WORDS}|\d)\b)"
)
# A year said by its last two digits one by one ("dua ribu dua dua" for 2022, "dua ribu nol lima").
_SAID_YEAR_DIGITS = re.compile(
    rf"\bdua ribu (nol|kosong|satu|dua|tiga) ({'|'.join(_DIGIT_WORDS)})\b(?!\s+(?:puluh|belas|ratus|ribu|juta)\b)"
)
# Digits on either side of a said "koma" ("1 koma 2 juta", "2 koma 5 persen").
_DIGITS_AROUND_KOMA = re.compile(r"(?<![\w.,])(\d+)\s+koma\s+(\d+)(?![\w]|[.,]\d)")
# A hesitation inside a said number ("seratus ee dua puluh lima", "dua koma ee lima juta").
_HESITATION_IN_NUMBER = re.compile(
    rf"\b({_SAID_WORDS}|ribu|juta|miliar|triliun|koma)\s+(?:e+|em+|hm+)\s+(?=(?:{_SAID_WORDS}|koma)\b)"
)
_SAID_DECIMAL = re.compile(r"\b(\d+) koma_(\d+)\b")
_QUANTITY = re.compile(
    r"(?<![\w.])(?:(?<!plus )(minus)\s+)?(\d+(?:\.\d+)?)(?![\w]|\.\d)"
    r"(?:\s+(ribu|juta|miliar|triliun|rb|jt|ribuan|thousand|million|billion|trillion)\b)?"
)
# A negative quantity: "-5,32 persen" written (a sign after a space or a bracket: not the dash of a
# range, "2-3", or of a list, "- 5"), "minus lima koma tiga dua" said; "plus minus 100" is about 100.
_WRITTEN_MINUS = re.compile(r"(?:(?<=[\s(\[])|^)[-−–](?=\d)")
# A decade: "tahun 90-an", "era 1990-an", said "tahun sembilan puluhan": the decade's first year
# ("tahun 90 an" as ASR splits it too).
_SAID_DECADE = re.compile(rf"\b({'|'.join(_DIGIT_WORDS[2:])})\s+puluhan\b")
_DECADE = re.compile(r"\b(tahun|era|dekade|periode|generasi)\s+(19|20)?([1-9]0)[-‐–\s]?an\b")
# A half after a unit ("dua jam setengah", "tiga tahun setengah": 2.5 hours, 3.5 years).
_UNITS = (
    "jam|hari|minggu|pekan|bulan|tahun|abad|dekade|menit|detik|kilo|kilogram|kg|kilometer|km|meter|liter|ton"
    "|hektar|hektare|persen|kali"
)
_HALF_AFTER_UNIT = re.compile(rf"(?<![\w.])(\d+)\s+({_UNITS})\s+(?:setengah|separuh)\b")
# The written short forms of the scales ("Rp50 rb", "1,5 jt", "3 ribuan"), and after a currency the
# one-letter ones ("Rp2 M", "Rp 12,5 T"; elsewhere "5 m" is metres).
_SCALE_WORDS = {**SCALES, "rb": 10**3, "jt": 10**6, "ribuan": 10**3}
_SCALE_WORDS |= {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}  # English mixed in
_SCALE_SPELLING = re.compile(r"\bmilyard?\b|\bmilliar\b|\btrilyun\b|\btrillyun\b")  # as often written as "miliar"
_SCALE_AGAINST = re.compile(rf"(\d)({'|'.join(_SCALE_WORDS)})\b")
_SCALED_RANGE = re.compile(
    rf"(?<![\d.,])(\d{{1,3}}(?:[.,]\d+)?)\s*(?:-|‐|–|—|sampai|hingga|s\.?d\.?|s/d)\s*(\d+(?:[.,]\d+)?)\s+"
    rf"({'|'.join(_SCALE_WORDS)})\b"
)  # the low end below a thousand: "10000000 sampai 15 juta" is no range in millions
_UNIT_AGAINST = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)(km|kg|ha|cm|mm|gb|mb|ml|x)\b")
_ABOUT_SCALE = re.compile(
    rf"(?<![\w.,])((?:\d{{1,3}}|{'|'.join(_DIGIT_WORDS[1:])}|sepuluh|sebelas|belas|puluh|ratus|seratus))\s+"
    r"(belas|puluh|ratus|ribu|juta|miliar|triliun)an\b"
)  # "tiga ratus jutaan rupiah": about 300 million (had been 300)
# A number's "-an" and "se" that ASR writes apart ("tiga ratus juta an rupiah", "lima puluh ribu an";
# "se ratus orang", "se juta peserta"): the word they are part of, its unit kept (it had been lost,
# and "se ratus" was no number at all).
_SPLIT_AN = re.compile(r"\b(puluh|ratus|ribu|juta|miliar|triliun)\s+an\b")
_SPLIT_SE = re.compile(r"\bse\s+(puluh|belas|ratus|ribu|juta|miliar|triliun)\b")
# One of a unit, as said: "sejam", "sehari", "seminggu", "setahun", "setriliun"; not "sehari-hari"
# (daily), "sehari hari" as ASR writes it, or "seharian" (all day).
_ONE_OF_A_UNIT = re.compile(
    r"\bse(detik|menit|jam|hari|minggu|pekan|bulan|tahun|dekade|abad|miliar|triliun)\b(?![-‐–]|\s+\1\b)"
)
# How Whisper base mishears "belas", "puluh" and "ratus" after a digit's word ("dua ribu tujuh
# pelas", "empat puru persen" in the bundled days' transcripts): 2017 had been read as 2007 and 7.
# _misheard_digits reads them (_near_magnitude).
_MISHEARD_MAGNITUDES = {
    **dict.fromkeys(("pelas", "bellas", "belaz", "blas"), "belas"),
    **dict.fromkeys(("pulu", "puru", "puluk", "buluh", "pulur"), "puluh"),
    **dict.fromkeys(("rados", "ratos"), "ratus"),
}
# And a digit's word it mishears between a number and a magnitude ("tahun dua ribu tutup belas",
# "dua ribu tunjuk belas": "tujuh" both times on para-8 and demo-3; 2017 had been read as 2000).
# It is the one digit's word of its first letter at most one edit from it (two from a word of five
# letters or more: "tunjuk", "tutup" -> "tujuh") where the number then reads on through the
# magnitude; else the number's value is unknown and it is no quantity, neither the part before the
# word (2000) nor the part after it ("puluh lima": 5).  Words that stand between a number and a
# magnitude ("dua setengah juta", "dua ratusan ribu", "10 per juta", "belas kasih") are no mishearing.
# So is a number's first word ("Tika puluh delapan" on para-15: 38, not 8; "tuar ribu tujuh pelas" on
# demo, "d" heard "t": none, not 17): one that is no word ("enem puluh", "sembilam belas": 60, 19, as
# after a magnitude) wherever it stands, a word only where number words go on after the magnitude: a
# word before a lone magnitude may be a name ("Pak Tika ribu kali", "seribu" with "se" lost).  And a
# magnitude after a number ("Tiga kuluh hempat" on para-16: 34, not 3): a listed mishearing
# (_MISHEARD_MAGNITUDES), or one with another first letter (the onset is what Whisper mishears: "pelas",
# "buluh", "kuluh") that is no word ("kelas", "gelas", "duta" are words; a letter off elsewhere, "ibu",
# "ratu", "rabu", too), or one of five letters or more a letter lost or changed after its onset that is
# no word ("bels": "dua ribu tujuh bels" had been 2007; one added is read before,
# _magnitudes_with_a_letter_added).  One not listed is read only where number words go on after it or
# more than one come before it: "3 kuluh orang" may be 30 or 3 and a word, and is none.  Right after a
# magnitude a word that is no word is read as the digit's word it is near ("hempat": an "h" before a
# vowel, as in "hutang", "hembus", is no letter off).  Each misheard word is read as the one word it is
# near where exactly one reading reads on (a first word that is a word: through the magnitude and a word
# after it); else, or where the word after the number may be its next digit's (no word, or a word near a
# digit's word: "tiga kuluh nelapan" on para-11, "tiga kuluh dia": 30 or 32?), the number is no
# quantity.
_BETWEEN_NUMBER_AND_MAGNITUDE = ("setengah", "separuh", "seperempat", "perempat", "pertiga", "per")
# Digits' words heard as words of the language: "tuju" ("tujuh", its "h" unsaid), "lapan" (the
# colloquial "delapan"); _near_digits reads them, as the mishearings that are no word.
_MISHEARD_DIGITS = {"tuju": "tujuh", "lapan": "delapan"}


def _near_digit(word: str, any_onset: bool = False) -> str | None:
    """The one digit's word a misheard word is near ("tunjuk", "tutup" -> "tujuh", "hempat" -> "empat"),
    or None."""
    near = _near_digits(word, any_onset)
    return near.pop() if len(near) == 1 else None


def _near_digits(word: str, any_onset: bool = False) -> set[str]:
    """The digits' words a misheard word is near (_near_digit), also a letter off at its onset where a
    digit is what comes next ("nelapan" -> "delapan" after "puluh": _misheard_last_digits)."""
    from rapidfuzz.distance import Levenshtein

    if word in _MISHEARD_DIGITS:
        return {_MISHEARD_DIGITS[word]}
    forms = (word, word[1:]) if re.match(r"h[aeiou]", word) else (word,)
    return {
        digit
        for digit in _DIGIT_WORDS[1:]
        for form in forms
        if (digit[0] == form[0] and Levenshtein.distance(form, digit) <= (2 if len(digit) >= 5 else 1))
        or (any_onset and Levenshtein.distance(form, digit) <= 1)
    }


def _near_magnitude(word: str) -> str | None:
    """The magnitude a misheard word is near: a listed mishearing ("pelas", "puru"), or the magnitude
    with another first letter where that is no word ("kuluh" -> "puluh"; not "kelas", "gelas", "duta"),
    or None."""
    from rapidfuzz.distance import Levenshtein

    if word in _MISHEARD_MAGNITUDES:
        return _MISHEARD_MAGNITUDES[word]
    near = {m for m in _MAGNITUDES if len(word) == len(m) and word[0] != m[0] and word[1:] == m[1:]}
    near |= {m for m in _MAGNITUDES if len(m) >= 5 and word[0] == m[0] and Levenshtein.distance(word, m) == 1}
    return near.pop() if len(near) == 1 and not is_common_word(word) else None


def _one_edit_after_onset(magnitude: str) -> list[str]:
    """Patterns of the words a letter lost or changed after a magnitude's onset (_near_magnitude)."""
    letter, ends = r"[^\W\d_]", range(1, len(magnitude))
    return [
        *(magnitude[:i] + magnitude[i + 1 :] for i in ends),
        *(magnitude[:i] + letter + magnitude[i + 1 :] for i in ends),
    ]


# A magnitude written with a letter added or doubled after its onset ("tujuh belass", "dua belaas",
# "dua ratuss", "sebelass", "seratuss", "tiga ribuh", "ribuu": none, or 3 for 3000, had been read) is
# the magnitude wherever it stands, with no number word after it to confirm it (as "3 kuluh orang"
# needs): it keeps every letter of the magnitude in order and, but "ribut", no such form is a word, so
# it is no other word heard; another onset makes other words ("kelas", "gelas"), and a name the word
# list lacks may be one too.
@lru_cache(maxsize=1)
def _magnitude_with_a_letter_added() -> re.Pattern[str]:
    """A magnitude, or "se" and one, with a letter added after its onset ("belass", "ribuh", "sebelass")."""
    added = (m[:i] + r"[^\W\d_]" + m[i:] for m in _MAGNITUDES for i in range(1, len(m) + 1))
    return re.compile(rf"\b(se)?({'|'.join(added)})\b")


def _magnitudes_with_a_letter_added(text: str) -> str:
    """Each magnitude written with a letter added or doubled as the magnitude ("tiga ribuh" -> "tiga
    ribu"), but a word ("ribut")."""

    def magnitude(match: re.Match) -> str:
        word = match.group(2)
        if is_common_word(match.group()):
            return match.group()
        heard = next(m for m in _MAGNITUDES for i in range(1, len(word)) if word[:i] + word[i + 1 :] == m)
        return f"{match.group(1) or ''}{heard}"

    return _magnitude_with_a_letter_added().sub(magnitude, text)


@lru_cache(maxsize=1)
def _misheard_digit_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A number's last word (or none), a word that is no number's and a magnitude; or a number's last
    word and a word near a magnitude; the number's words before it; the number's words after it."""
    words = "|".join(sorted(_number_vocabulary() - {"koma"}, key=len, reverse=True))
    number = rf"(?:{words}|\d{{1,3}}(?:\.\d{{3}})+|\d+)\b"
    magnitudes = "|".join(sorted({*_MAGNITUDES, *_MISHEARD_MAGNITUDES}, key=len, reverse=True))
    near = "|".join(  # as _near_magnitude
        [
            *(rf"[^\W\d_]{m[1:]}" for m in _MAGNITUDES),
            *_MISHEARD_MAGNITUDES,
            *(edit for m in _MAGNITUDES if len(m) >= 5 for edit in _one_edit_after_onset(m)),
        ]
    )
    between = "|".join(
        (*_BETWEEN_NUMBER_AND_MAGNITUDE, rf"(?:{'|'.join(_MAGNITUDES)})an", rf"ke(?:{'|'.join(_DIGIT_WORDS)})")
    )
    joined = rf"(?:{'|'.join(_DIGIT_WORDS[1:])})(?:{'|'.join(_MAGNITUDES)})"  # "limaratus ribu" (_JOINED_NUMBER)
    heard = rf"(?!(?:{words}|{between}|{joined})\b)"
    return (
        re.compile(
            rf"(?<![\w.,])(?:({number})\s+)?{heard}([^\W\d_]+)\s+({magnitudes})\b(?!\s+kasih)"
            rf"|(?<![\w.,])({number})\s+{heard}((?:{near})\b)"
        ),
        re.compile(rf"(?:(?<![\w.,]){number}\s+)*\Z"),
        # (not into the next number: "... juta dua setengah juta")
        re.compile(rf"(?:\s+(?:{number}|(?:{'|'.join(_MISHEARD_MAGNITUDES)})\b)(?![.,]\d|\s+(?:{between})\b)){{0,12}}"),
    )


def decimals_as_words(digits: str) -> list[str]:
    """A number's digits after its decimal comma as they are said, one by one ("14" -> "satu
    empat"), as the quantities read "koma" (_SAID_FRACTION)."""
    return [_DIGIT_WORDS[int(digit)] for digit in digits]


def number_as_words(token: str) -> list[str] | None:
    """A number's token as words ("2.000" -> "dua ribu"), None for digits no number says ("0812");
    a token that is no number ("5g", "3d", a search's word) as it is: int() of it had been an
    internal error for `lokakarya search 5g`."""
    from num2words import num2words

    if not token[0].isdigit() or not token.replace(".", "").isdecimal():
        return [token]
    value = int(token.replace(".", ""))
    return None if token[0] == "0" or value >= 10**15 else num2words(value, lang="id").split()


def _said_before(text: str, since: int, at: int) -> list[tuple[int, list[str] | None]]:
    """The number's tokens right before text[at] (none before `since`), each where it starts and as
    words (number_as_words)."""
    _, before_it, _ = _misheard_digit_patterns()
    run = before_it.search(text, max(since, at - 200), at)
    return [(run.start() + m.start(), number_as_words(m.group())) for m in re.finditer(r"\S+", run.group())]


def _after_unsaid(tokens: list[tuple[int, list[str] | None]]) -> list[tuple[int, list[str] | None]]:
    """The tokens after the last one no number says: the number starts after digits such as "0812"."""
    last = max((i for i, (_, said) in enumerate(tokens) if said is None), default=-1)
    return tokens[last + 1 :]


_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)\b")


def _a_word(word: str) -> bool:
    """A number's word or a word of the language, not a mishearing ("kuluh", "hempat", "nelapan", "tuju")."""
    return word not in _MISHEARD_DIGITS and (is_number_word(word) or is_common_word(word))


def _words_after(text: str, at: int, after_it: re.Pattern[str]) -> list[tuple[int, list[str]]]:
    """The number's words from text[at] on, each as (where it ends, its words): first a word near a
    digit's word that is no word ("tiga kuluh hempat"; "dia" may be a word or "dua"), then number words."""
    first, heard = [], _WORD_AFTER.match(text, at)
    if heard and not _a_word(heard.group(1)) and heard.group(1) not in _MISHEARD_MAGNITUDES:
        digit = _near_digit(heard.group(1))
        first, at = ([(heard.end(), [digit])], heard.end()) if digit else ([], at)
    after = [
        (at + m.end(), number_as_words(_MISHEARD_MAGNITUDES.get(m.group(), m.group())))
        for m in re.finditer(r"\S+", after_it.match(text, at).group())
    ]
    return first + after[: next((i for i, (_, words) in enumerate(after) if words is None), len(after))]


def _misheard_digits(text: str) -> str:
    """Each number with a word misheard (its first word, a digit's word before a magnitude or a
    magnitude), read with the word it is near, or left out (see _BETWEEN_NUMBER_AND_MAGNITUDE)."""
    core, _, after_it = _misheard_digit_patterns()
    out, done = [], 0
    for match in core.finditer(text):
        if match.start() < done:  # in the tail of a number left out
            continue
        number, heard = (1, 2) if match.group(2) else (4, 5)
        before, start = [], match.start(heard)
        if match.group(number):
            tokens = [*_said_before(text, done, match.start()), (match.start(), number_as_words(match.group(number)))]
            if tokens[-1][1] is None:
                continue
            tokens = _after_unsaid(tokens)
            said = [words for _, words in tokens]
            # the number that ends with the word before the mishearing, as it is read now
            flat = [[w for words in said[i:] for w in words] for i in range(len(said))]
            first = next((i for i, words in enumerate(flat) if _read(words) == len(words)), None)
            if first is None:  # "ribu tunjuk belas": no number before the mishearing
                continue
            before, start = flat[first], tokens[first][0]
        after = [(match.end(3), [_MISHEARD_MAGNITUDES.get(match.group(3), match.group(3))])] if match.group(3) else []
        after += _words_after(text, match.end(), after_it)
        after_words = [w for _, words in after for w in words]
        heard_word = match.group(heard)
        # "Pak Tika ribu kali": a word, and no number words go on after the magnitude
        name_first = not before and _a_word(heard_word)
        if name_first and _read(["dua", *after_words]) < 3:
            continue
        # the number reads on through the word and the magnitude after it (and a word after that, where
        # it is a first word that is a word), or through the magnitude misheard
        near_magnitude = _near_magnitude(heard_word)
        misheard_magnitude = not match.group(3) and near_magnitude is not None
        least = len(before) + (1 if misheard_magnitude else 2 + name_first)
        readings = {}
        # "puluh nelapan ribu" (_misheard_last_digits), not "ribu tua puluh": "tua" is a word
        after_magnitude = bool(before) and before[-1] in _NUMBER_ENDS - {"belas"} and not _a_word(heard_word)
        for near in (_near_digit(heard_word, after_magnitude), near_magnitude):
            said = _read([*before, near, *after_words]) if near else 0
            if said < least:
                continue
            words, end = [*before, near], match.end(heard)
            for token_end, more in after:
                if len(words) >= said:
                    break
                words, end = [*words, *more], token_end
            # the word after it no word, or a word near a digit's word, where a digit could follow: it
            # may be the number's too ("tiga kuluh nelapan", "tiga kuluh dia": 30 or 32)
            unread = _WORD_AFTER.match(text, end)
            unread = unread.group(1) if unread and not is_number_word(unread.group(1)) else None
            if unread and (not _a_word(unread) or _near_digit(unread)) and _read([*words, "satu"]) > len(words):
                continue
            readings[near] = (words, end)
        if misheard_magnitude and heard_word not in _MISHEARD_MAGNITUDES and len(before) < 2 and not after_words:
            readings.pop(near_magnitude, None)  # "3 kuluh orang": 30, or 3 and a word?
        if len(readings) != 1 and not match.group(3) and not misheard_magnitude:
            continue  # "3 kelas": a word, no magnitude misheard
        out.append(text[done:start])
        if len(readings) == 1:
            [(words, done)] = readings.values()
            out.append(" ".join(words))
            continue
        # left out, with what the number says after the word ("dua ribu ... puluh lima")
        magnitude = [] if match.group(3) else [near_magnitude]
        tail, done = _read(["dua", *magnitude, *after_words]) - 1 - len(magnitude), match.end(heard)
        for end, words in after:
            if tail <= 0:
                break
            tail, done = tail - len(words), end
        out.append(" ")
    return "".join([*out, text[done:]])


# A digit's word misheard right after a magnitude heard right ("tiga puluh nelapan", "dua ribu dua
# puluh tika": 30 and 2020 had been read, the number cut short): a word that is no word is read as the
# digit's word it is near, also with its onset misheard ("nelapan" -> "delapan": after a magnitude a
# digit is what may come next), where the number reads on through it; near two ("enat": enam, empat)
# the number's value is unknown and it is no quantity.  Words are left ("dua puluh dia bilang").
_AFTER_MAGNITUDE = re.compile(r"\b(puluh|ratus|seratus|ribu|seribu|juta|sejuta|miliar|triliun)(?=\s+([^\W\d_]+)\b)")


def _misheard_last_digits(text: str) -> str:
    """Each number whose word after a magnitude is a digit's word misheard, read with the digit's word it
    is near, or left out (_AFTER_MAGNITUDE)."""
    out, done = [], 0
    for match in _AFTER_MAGNITUDE.finditer(text):
        word = match.group(2)
        if match.start() < done or _a_word(word) or word in _MISHEARD_MAGNITUDES:
            continue
        near = _near_digits(word, any_onset=True)
        if not near:
            continue
        tokens = _after_unsaid(_said_before(text, done, match.start()))
        words = [*(w for _, said in tokens for w in said), match.group(1)]
        if not all(_read([*words, digit]) == len(words) + 1 for digit in near):
            continue
        start = tokens[0][0] if tokens else match.start()
        out.append(text[done:start])
        out.append(f"{text[start : match.start(2)]}{near.pop()}" if len(near) == 1 else " ")
        done = match.end(2)
    return "".join([*out, text[done:]])


def _read(words: list[str]) -> int:
    """How many of the words the number they start with says (0: they start with none)."""
    found = _number(words, 0, [False] * len(words))
    return found[1] if found else 0


# "lima per seratus" is five percent; "3 per seratus ribu penduduk" and "per seratus gram" are not.
_PER_HUNDRED = re.compile(
    r"\bper\s?seratus\b(?=\s*(?:$|[^\w\s]|(?:dari|dan|atau|yang|saja|lebih|kurang|di|pada|untuk|dalam)\b))"
)
_FOOTNOTE = re.compile(r"(?<=[^\W\d_%]|%|\d)[¹²³⁰⁴⁵⁶⁷⁸⁹]+")
_HALVES = {"½": "5", "¼": "25", "¾": "75"}
_VULGAR_HALVES = re.compile(r"(?:(\d)\s?)?([½¼¾])")  # "1½", "1 ½"
MOST_DIGITS = 18  # a whole part longer than this is no quantity (and past Decimal's 28-digit precision once scaled)
# "Rp 2,5 M" and "2,5 M rupiah" are 2.5 billion ("M" is miliar, "T" triliun), and so is a colloquial
# "5 M" / "1,2 T" with a word of money at most three words before or right after ("anggarannya 5 M",
# "dananya 1,2 T dari APBN", "proyek senilai 2 T", "3 T anggarannya": 5 metres and 1.2 of nothing had
# been read; "anggarannya kira-kira lima M": a hyphened word between, 5 metres); "2,5 m" alone is a
# length ("danau" is no "dana").
_MONEY_WORDS = (
    "anggaran|dana|pendanaan|biaya|ongkos|senilai|bernilai|sebesar|seharga|nilai|modal|investasi|apbn|apbd|harga"
    "|hibah|bantuan|utang|hutang|pinjaman|pendapatan|penerimaan|belanja|subsidi|pajak|omzet|omset|aset|laba"
    "|keuntungan|kerugian|total"
)
_CURRENCY_LETTER = re.compile(
    r"\b(rp\s*\d[\d.,]{0,30})\s*(m|t)\b"
    rf"|(?<![\w.,])(\d[\d.,]{{0,30}})\s*(m|t)(?=\s+(?:rupiah|dolar|dollar|usd|euro|(?:{_MONEY_WORDS})(?:nya)?)\b)"
    rf"|\b((?:{_MONEY_WORDS})(?:nya)?\b(?:\s+[^\W\d][\w-]*){{0,3}}\s+\d[\d.,]{{0,30}})\s*(m|t)\b"
)
# A capital "M" or "T" after a number is miliar or triliun in Indonesian money talk without a word
# of money too ("kira-kira 7 M lebih", "$5 M", "sekitar 2 T": 7 metres, 5 dollars had been read);
# not after a word of length ("tingginya 5 M": metres), nor "M" after a year ("1445 H atau 2023 M":
# Masehi, AD), nor a name's initial ("3 M. Yusuf"), nor a whole number the letter is written against
# without a word of money before it: a name, as "G20" and "5G" ("3M" the company, "daerah 3T", the
# frontier regions; "3M rupiah" is read on with the word of money after it, _CURRENCY_LETTER).
_CAPITAL_SCALE = re.compile(r"(?<![\w.,])(\d[\d.,]{0,30})(\s?)([MT])(?![\w-]|\.\s?[A-Z][a-z])")
_LENGTH_BEFORE = re.compile(
    r"\b(?:se|ke)?(?:tinggi|panjang|lebar|jarak|dalam|luas|jauh|radius|diameter|lari)(?:an)?(?:nya)?\b"
    r"(?:\s+\S+){0,3}\s*$",
    re.IGNORECASE,
)

_MONEY_BEFORE = re.compile(rf"(?:\brp\.?|\$|\busd|\bidr|\b(?:{_MONEY_WORDS})(?:nya)?\b(?:\s+\S+){{0,3}})\s*$", re.I)
_YEAR_WORD_BEFORE = re.compile(r"\b(?:tahun|thn|lahir|wafat|sejak|abad(?:\s+ke)?)[\s-]*$", re.IGNORECASE)


def _capital_scale(match: re.Match, text: str) -> str:
    """ "7 M" -> "7 miliar", "$5 M" -> "$5 miliar"; a length, a year or a name as written (_CAPITAL_SCALE)."""
    number, space, letter = match.groups()
    before = text[max(0, match.start() - 60) : match.start()]
    scaled = f"{number} {'miliar' if letter == 'M' else 'triliun'}"
    if _MONEY_BEFORE.search(before):
        return scaled
    if letter == "M" and (_A_YEAR.fullmatch(number) or _YEAR_WORD_BEFORE.search(before)):
        return number  # Masehi
    if (not space and number.isdigit()) or _LENGTH_BEFORE.search(before):
        return match.group()  # "3M", "3T": a name; "tingginya 5 M": a length
    return scaled


# Numbers a text holds that state no quantity (each pattern reads a bounded stretch from where it
# starts, so a text is read in linear time).
# A clock time: "pukul 10.30", "jam 9", "pukul setengah sebelas" (10:30), "10.30-12.00 WIB", "09:00";
# "jam" after a number is a duration ("2 jam 30 menit") and stays.
_CLOCK = r"\d{1,2}[.:][0-5]\d"
_UNTIL = r"\s*(?:-|‐|–|—|sampai|hingga|s\.?\s?d\.?|s/d)\s*"
_ZONE = r"(?:wib|wita|wit)\b"
_TIME = re.compile(
    rf"(?<![\d,])(?:{_CLOCK}(?:{_UNTIL}{_CLOCK})?\s*{_ZONE}|\d{{1,2}}:[0-5]\d(?![\d:]))"
    rf"|(?<!\d )(?<!per )\b(?:pukul|pkl|jam)\.?\s+(?:setengah\s+)?(?:{_CLOCK}|\d{{1,2}})(?![\d,]|\.\d)"
    rf"(?:\s+(?:lewat|kurang|lebih)\s+(?:\d{{1,2}}|seperempat|setengah)(?:\s+menit)?"
    rf"|\s+[0-5]\d(?=\s*(?:$|[^\w\s]|{_ZONE}|pagi|siang|sore|malam)))?"
    rf"(?:{_UNTIL}(?:pukul\s+|jam\s+)?(?:setengah\s+)?(?:{_CLOCK}|\d{{1,2}})(?![\d,]|\.\d))?"
)
# A date: its day and month state no quantity, its year does ("21/07/2020", "17-08-1945",
# "2020-07-21" -> 2020; "07/2020" -> 2020, a year from 1600 on: "1/1000" is a part per thousand).
_DATE = re.compile(
    r"(?<![\w.,/-])(?:\d{1,2}([/.-])\d{1,2}\1(\d{4}|\d{2})|(\d{4})([/.-])\d{1,2}\4\d{1,2}|\d{1,2}/((?:1[6-9]|20)\d{2}))(?![\w/-]|[.,]\d)"
)
# A day of a month ("17 Agustus 2023", "(12/6)" in a dateline), and a version ("versi 2.0"): no
# quantities.
_MONTHS = (
    "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember"
    "|jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|sept|okt|nov|des"
)
# (also the first days of a range or a list: "12-14 Maret", "12 dan 13 Maret", "1 sampai 3 Desember")
_MORE_DAYS = r"(?:\s*(?:-|‐|–|—|,|dan|sampai|hingga|s\.?d\.?|s/d)\s*\d{1,2}){0,4}"
_DAY_OF_MONTH = re.compile(rf"\b\d{{1,2}}{_MORE_DAYS}(?=\s+(?:{_MONTHS})\b)")
# ... and a day, or a day and month, written after the word for a date ("tanggal 1/10" is the first of
# October, not a tenth; "tanggal 12 nanti", "setiap tanggal 25", "tgl 1 sampai 3": no count)
_DATELINE = re.compile(
    r"\(\s*\d{1,2}\s*/\s*\d{1,2}\s*\)"
    rf"|\b(?:tanggal|tgl)\.?\s*\d{{1,2}}(?:\s*/\s*\d{{1,2}}|{_MORE_DAYS})(?![\w/]|[.,]\d)"
)
# A rundown's clock time before its item: "10.12 – Menurut narasumber ...", "13:30 - Sesi kedua".
_RUNDOWN_TIME = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])[.:][0-5]\d(?![\d.,]\d)(?=\s*[-–—]\s)")
_VERSION = re.compile(r"\b(?:versi|version|ver|v)\.?\s*\d+(?:\.\d+){0,3}")
# Phone, account and ID numbers: "0812-3456-7890", "(021) 384 8626", "+62 812 3456 7890",
# "081234567890", a NIK's 16 digits (and after the word that names them, _READ_OUT); a number
# spoken digit by digit ("nol delapan satu dua ...").
_PHONE = re.compile(
    r"(?<![\w.,])(?:\+\s?62|\(\s?0\d{1,4}\s?\)|0\d{1,4})(?:[\s.-]?\d{2,5}){1,5}(?![\w]|[.,]\d)"
    r"|(?<![\w.,])0\d+(?![\w]|[.,]\d)"
    r"|(?<![\w.,])(?<!rp )\d{10,}(?![\w]|[.,]\d|\s+(?:rupiah|dolar|dollar|usd|euro|ribu|juta|miliar|triliun)\b)"
)
# What is a year, by how sure the words around a number make it.  A number alone is a year from
# 1900 to 2099 (the event's own century and the last): "1500 peserta" counts people.  Four digits
# after "tahun" are one from 1000 to 2199 ("tahun 1453", plans for "tahun 2100").  A year said in
# pieces after "tahun" ("dua kosong dua empat", "sembilan belas sembilan puluh delapan" as "19 98")
# from 1600 to 2099: pieces read as one number only where they make a year that plausible.
YEAR = re.compile(r"^(19|20)\d\d$")
_A_YEAR = re.compile(r"1[0-9]{3}|2[01][0-9]{2}")
FIRST_YEAR_IN_PIECES, LAST_YEAR_IN_PIECES = 1600, 2099
# A year said in pieces after "tahun": digit by digit ("dua kosong dua empat") or in two pairs
# ("sembilan belas sembilan puluh delapan"; Whisper's "20 24"): one year, not digits or two numbers.
_YEAR_BY_DIGITS = re.compile(r"\btahun\s+((?:\d|kosong)(?:\s+(?:\d|kosong)){3})(?![\w]|\.\d|\s+(?:\d|kosong)\b)")
_YEAR_IN_PAIRS = re.compile(r"\btahun\s+(1[6-9]|20)\s+(\d{2})(?![\w]|[.,]\d|\s+\d)")  # 1600-2099 too
_DIGIT_BY_DIGIT = re.compile(r"(?<![\w.])(?:\d|kosong)(?:\s+(?:\d|kosong)){3,}(?![\w]|\.\d)")
# "1 200 peserta": a space between thousands.
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?: \d{3})+(?![\d]|[.,]\d)")
# A number that points at a part of a text or a place in a series: "Pasal 33 ayat 3", "bab 2",
# "nomor 5", "halaman 12", "juara 1", "lantai 3" (also said: "pasal tiga puluh tiga").
_REFERENCE_WORDS = (
    "pasal|ayat|bab|butir|poin|nomor|nomer|nmr|no|halaman|hlm|lampiran|sila|alinea|paragraf|huruf"
    "|lantai|kamar|ruang|blok|kav|kavling|rt|rw|tahap|gelombang|jilid|edisi|volume|vol|seri|episode|eps"
    "|babak|putaran|kuartal|triwulan|semester|kelas|juara|peringkat|urutan|sektor|zona|gate|pintu|jalur"
)
# A number after "dan" that counts people or things starts a quantity: "kelas 3 dan 120 siswa".
_COUNTED = (
    "orang|peserta|siswa|murid|mahasiswa|guru|dosen|pegawai|diplomat|negara|kota|desa|provinsi|kabupaten"
    "|sekolah|kampus|lembaga|instansi|perusahaan|kelompok|tim|kegiatan|program|buah|unit|kali|jam|menit|hari"
)
_REFERENCE = re.compile(
    # (a letter's or a decree's number whole: "Nomor 188/45/KPTS/2021", "Nomor 12/PMK.05/2023")
    rf"\b(?:{_REFERENCE_WORDS})\.?\s*:?\s*\d+[a-z]?\b(?:/[\w.]*\w)*(?:\s*(?:,|dan|atau|-|–|sampai|hingga)\s*\d+[a-z]?\b"
    rf"(?!\s*(?:ribu|juta|miliar|triliun|persen|%|(?:{_COUNTED})\b)))*"
)
# A number said after the name it belongs to: "covid sembilan belas", "ge dua puluh", "UU 11",
# "industri 4.0", a school's ("SMA 3 Bandung", "SMAN 3", "SMP Negeri 1", "MAN 1"; not "10 sd 15", up
# to 15); "satu per satu" / "satu sama lain" (one by one, each other).
_NAME_WORDS = (  # "covid" also as ASR spells it ("chovid", "kovit", "cofid")
    "[ck]h?o[vfbp][iey][dt]|korona|corona|sars|mers|g|ge|uud|windows|iphone|android|ios|pp|uu|perpres|perppu|permen"
    "|perda|pergub|perwal|perbup|inpres|keppres|kepres|hut|dirgahayu|pon|ri"  # "APBN 2024": the budget's year
    r"|(?:(?<!\d\s)sd|smp|sma|smk|smu|mts|man)n?(?:\s+negeri)?"
)
_NAME_NUMBER = re.compile(
    rf"\b(?:{_NAME_WORDS})\s+\d+\b(?!\s*(?:ribu|juta|miliar|triliun|persen|%))|\b(?:industri|society|web|era)\s+\d\.0\b"
)
# What a series counts, before "ke" and its number, with a word between or none.
_ORDINAL_HEADS = (
    "hari|minggu|pekan|bulan|tahun|abad|ktt|hut|dirgahayu|angkatan|urutan|sesi|pertemuan|putaran|babak|generasi"
    "|edisi|seri|episode|workshop|webinar|lokakarya|seminar|konferensi|kongres|sidang|rapat|peringatan|kali|yang"
    "|bagian|tahap|gelombang|juara|peringkat|lantai|kelas|semester|ulang|anak|putra|putri|cucu"
)
_ORDINAL = re.compile(
    rf"(?:\b((?:{_ORDINAL_HEADS})(?:\s+[^\W\d_]+)?)\s+)?\bke\s+\d+(?![\w]|[.,]\d)(?:\s*(%)|\s+([^\W_]+))?"
)
_ONE_BY_ONE = re.compile(r"\b(\d+)\s+(?:per|demi)\s+\1\b|\b1\s+(?:persatu|sama\s+lain)\b|\b1[-‐–]1\b")
# Fractions: "setengah" 0.5, "seperempat" 0.25, "tiga perempat" 0.75, "dua setengah juta" 2500000,
# "dua belas setengah persen" 12.5, "satu per tiga" / "1/3" a third.
_DENOMINATORS = {
    "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
    "sepuluh": 10, "seratus": 100, "seribu": 1000,
}  # fmt: skip
_PARTS = "|".join(_DENOMINATORS)
_SAID_PART = re.compile(
    rf"(?<![\w.])(?:(\d+(?:\.\d+)?)\s+)?(?:(setengah|separuh)|se(?:per)?({_PARTS})|per({_PARTS}))\b"
)
_WRITTEN_PART = re.compile(r"(?<![\w.,/])(\d{1,2})(?:\s+per\s+|/)(\d{1,4})(?![\w/]|[.,]\d)")


def _fraction(numerator: int, denominator: int) -> str:
    """ "0.25" for 1/4, "0.3333" for a third: a canonical value with at most four decimals."""
    from decimal import Decimal

    value = (Decimal(numerator) / Decimal(denominator)).quantize(Decimal("0.0001")).normalize()
    return f"{value:f}"


def _said_part(match: re.Match) -> str:
    whole, half, part, per = match.groups()
    if per is not None and whole is None:
        return match.group()  # "perempat" alone (a quarter-final): no fraction said
    from decimal import Decimal

    scales = [size for size in SCALES.values() if whole and whole.isdigit() and int(whole) % size == 0]
    if per is None and whole and not scales and Decimal(whole) >= 100:  # "tahun 2020 setengah peserta ..."
        return f"{whole} {_said_part(re.match(_SAID_PART, match.group()[len(whole) :].strip()))}"
    if half is not None:  # of the number's largest scale: "dua juta setengah" is 2.5 million
        value = Decimal(whole or 0) + Decimal(max(scales, default=1)) / 2
    elif part is not None:
        value = Decimal(whole or 0) + Decimal(_fraction(1, _DENOMINATORS[part]))
    else:
        value = Decimal(_fraction(int(Decimal(whole)), _DENOMINATORS[per])) if "." not in whole else None
        if value is None:
            return match.group()
    return f"{value.normalize():f}"


_LARGEST_DENOMINATOR = 1000  # as said: "satu per seribu" is 0.001, so "1/1000" is too


def _written_part(match: re.Match) -> str:
    """A fraction's value; "17/8", no fraction but a day and a month (17 August), is none."""
    numerator, denominator = int(match.group(1)), int(match.group(2))
    if 0 < numerator < denominator <= _LARGEST_DENOMINATOR:
        return _fraction(numerator, denominator)
    if "/" in match.group() and 0 < denominator <= 12 and denominator <= numerator <= 31:
        return " "
    return match.group()


def _year_by_digits(match: re.Match) -> str:
    """ "tahun 2 kosong 2 4" -> "tahun 2024": a year said in pieces (FIRST_YEAR_IN_PIECES to
    LAST_YEAR_IN_PIECES), else left as said."""
    year = "".join("0" if digit == "kosong" else digit for digit in match.group(1).split())
    return f"tahun {year}" if FIRST_YEAR_IN_PIECES <= int(year) <= LAST_YEAR_IN_PIECES else match.group()


# The last year a talk names by two digits in this century.  A later year is a plan, said in full
# ("target tahun 2030"); by two digits it is history told ("Sumpah Pemuda tahun 28", "NU berdiri tahun
# 26", "PNI tahun 27": 2028 had been read).  A fixed year, not today's, so that a rerun reads a day as
# before (raise it once talks of later years are read).
LAST_SHORT_YEAR = 25


def _in_full(two_digits: str) -> str:
    """A year said by its last two digits: of this century up to LAST_SHORT_YEAR, else of the last."""
    return ("19" if int(two_digits) > LAST_SHORT_YEAR else "20") + two_digits


def _decade_year(match: re.Match) -> str:
    """ "tahun 90-an" -> "tahun 1990"."""
    word, century, decade = match.groups()
    return f"{word} {century + decade if century else _in_full(decade)}"


_NUMBER_ENDS = {"puluh", "ratus", "seratus", "belas", *SCALES, *ONE_SCALE}  # words a number goes on from


def _one_of_a_unit(match: re.Match, text: str) -> str:
    """ "sejam" is one hour, but after a count or an amount ("24 jam sehari", "tiga kali
    seminggu", "5 juta sebulan", "1.000 kasus sehari") and before one ("seminggu sekali",
    "sehari 6 jam") it says how often: per day, per week."""
    before = re.split(r"[,;:!?]|\.(?!\d)", text[max(0, match.start() - 60) : match.start()])[-1].split()[-3:]
    after = text[match.end() : match.end() + 30].split()[:1]
    counted = any(_a_number(word) or word in ("kali", "sekali") for word in before)
    rate = counted or (after and (after[0].strip(".,;") == "sekali" or _a_number(after[0].strip(".,;"))))
    return match.group() if rate else f"1 {match.group(1)}"


def _a_number(word: str) -> bool:
    """A word that is or holds a number: "24", "rp50.000", "3x", "tiga", "juta", "ribuan"."""
    return any(c.isdigit() for c in word) or is_number_word(word) or word.removesuffix("an") in _MAGNITUDES


def _ordinal_left_out(match: re.Match) -> str:
    """An ordinal as ASR writes it, without the hyphen, after what a series counts ("Hari Ke 10",
    "KTT ASEAN ke 43", "HUT RI ke 78") or before "kalinya" is no quantity; "mengirim surat ke 25
    kedutaan" and "naik ke 15 persen" count."""
    unit = match.group(2) or match.group(3)
    counted = unit and (unit in QUANTITY_UNITS or unit in _SCALE_WORDS)
    return " " if (match.group(1) and not counted) or unit == "kalinya" else match.group()


def _idiom_left_out(match: re.Match) -> str:
    """A number idiom's text gone, unless its number word ends a number ("tiga puluh satu lagi")."""
    before = match.group(1)
    if before in _NUMBER_ENDS and "salah" not in match.group():
        return match.group()
    return f" {before} " if before else " "


def without_list_marks(text: str) -> str:
    """The text without the marks that count a list's items ("(2) dua, ...": both marks, "3. ..."),
    each left a line break: they state nothing a talk could be heard to say ("dua" said anywhere
    matched the point "dua, kemampuan bahasa asing ...")."""
    return _ENUMERATION.sub("\n", _ENUMERATION.sub("\n", text))


def _year_digit(word: str) -> int:
    return 0 if word == "kosong" else _DIGIT_WORDS.index(word)


def _currency_scale(match: re.Match) -> str:
    """ "rp 5 m" -> "rp 5 miliar", "anggarannya 1,2 t" -> "anggarannya 1,2 triliun"."""
    amount, letter = next((match.group(at), match.group(at + 1)) for at in (1, 3, 5) if match.group(at))
    return f"{amount} {'miliar' if letter == 'm' else 'triliun'}"


# What a quantity counts, by the word after it (or the currency before it), one name for words of
# one unit: "45 peserta" and "45 orang" are one count of people, "45 menit" another quantity.  A
# word not here (most nouns: "4 manfaat", "4 hal") says no unit, and such a quantity is the same as
# any of its value.  English mixed into a talk names the same units, singular or plural ("5 billion
# dollars", "50 countries", "2 hours": the unit had been lost); not "person", Whisper's "persen" on
# the bundled days ("tujuh person"), which unit_of_word reads as persen.
_UNIT_WORDS = {
    "orang": "orang org peserta siswa murid mahasiswa pelajar warga jiwa penduduk pegawai karyawan diplomat guru dosen"
    " anggota delegasi penonton pendengar responden relawan pemuda narasumber pembicara people participants"
    " participant student students member members delegate delegates",
    "persen": "persen prosen % percent",
    "rupiah": "rupiah rp idr",
    "dolar": "dolar dollar dollars usd us$ $",
    "detik": "detik seconds",
    "jam": "jam hour hours",
    "hari": "hari day days",
    "bulan": "bulan month months",
    "dekade": "dekade decade decades",
    "abad": "abad century centuries",
    "menit": "menit mnt minute minutes",
    "tahun": "tahun thn year years",  # and a year: "tahun 2017" (quantities)
    "kali": "kali x times",  # "3x", "tiga kali"
    "minggu": "minggu pekan week weeks",
    "negara": "negara country countries",
    "kota": "kota city cities",
    "provinsi": "provinsi province provinces",
    "kabupaten": "kabupaten",
    "desa": "desa village villages",
    "pulau": "pulau island islands",
    "bahasa": "bahasa language languages",
    "euro": "euro euros eur €",
    "kilometer": "kilometer kilometers kilometres km",
    "meter": "meter meters metres m",
    "kilogram": "kilogram kilograms kg",
    "ton": "ton tons tonnes",
}
QUANTITY_UNITS = {word: unit for unit, words in _UNIT_WORDS.items() for word in words.split()}
# The units of measure and money a number is said in ("50 persen", "3 juta rupiah", "200 ton", "per
# hektar"): an amount's, not what a number counts ("5 episode", "10 ribu pengikut", "1 tagar"), which
# is said of itself (topics' _units).
MEASURE_UNITS = frozenset(
    word
    for word, unit in QUANTITY_UNITS.items()
    if unit in ("persen", "rupiah", "dolar", "euro", "kilometer", "meter", "kilogram", "ton") and word.isalpha()
) | frozenset(("kilo", "gram", "liter", "hektar", "hektare"))
# The letters as Indonesian says them, as Whisper writes a short form it hears spelled ("pe pe ka em"
# for PPKM, "be el te" for BLT, "o de ge je" for ODGJ).
LETTER_NAMES = {
    **{vowel: vowel for vowel in "aeiou"},
    **{"be": "b", "ce": "c", "de": "d", "ef": "f", "ge": "g", "ha": "h", "je": "j", "ka": "k", "el": "l"},
    **{"em": "m", "en": "n", "pe": "p", "ki": "q", "er": "r", "es": "s", "te": "t", "ve": "v", "fe": "v"},
    **{"we": "w", "eks": "x", "iks": "x", "ye": "y", "zet": "z"},
}

TIME_UNITS = frozenset(("detik", "menit", "jam", "hari", "minggu", "bulan", "tahun", "dekade", "abad"))
_CURRENCY_BEFORE = frozenset(("rupiah", "dolar", "euro"))
_YEAR_BEFORE = frozenset(("tahun", "thn"))  # "tahun 2017": a year, not 2017 of anything
# "pada tahun 98", "sejak tahun 05", "di tahun 98-99": a year by its last two digits, read in full
# (_in_full), a range's second end too, also after a year said in four ("tahun 1945 sampai 49" is
# 1949); not a number a scale or a unit other than people follows ("akhir tahun 75 miliar", "sampai
# akhir tahun 80 persen", "akhir tahun 30 hari"), nor "setiap tahun 50 orang"; "pada tahun 98
# mahasiswa turun ke jalan" is 1998.  With no word like "pada" before ("Indonesia merdeka tahun 45",
# "reformasi tahun 98", as history is told: it had been the count 45) only where no unit at all
# follows, and "tahun" is no unit of a number before it nor of a rate ("20 tahun 45 hari", "setiap
# tahun 45").
_NOT_A_YEAR_AFTER = "|".join(
    sorted({*_SCALE_WORDS, *(word for word, unit in QUANTITY_UNITS.items() if unit != "orang")}, key=len, reverse=True)
)
_SHORT_YEAR = re.compile(
    r"(?:\b(pada|sejak|semenjak|mulai|hingga|sampai|menjelang|awal|akhir|pertengahan|era|medio|di|dari|sekitar"
    r"|sebelum|sesudah|setelah)\s+)?\b(tahun|thn)\s+((?:19|20)\d{2}|\d{2})"
    r"(?:\s*([-–]|\s(?:sampai|hingga|s/d)\s)\s*(\d{2}))?"
    rf"(?![\w]|[.,]\d|\s+\d|\s+(?:{_NOT_A_YEAR_AFTER})\b)"
)
_RATE_WORDS = frozenset(("setiap", "tiap", "per"))
# The words that name a unit or a scale, for a number that no unit may follow.
_UNIT_OR_SCALE = "|".join(sorted({w for w in (*QUANTITY_UNITS, *_SCALE_WORDS) if w.isalpha()}, key=len, reverse=True))


def _short_years_in_full(text: str) -> str:
    """Written ("pada tahun 05") before a leading zero makes it a phone's, said ("sembilan puluh
    delapan") once the words are digits."""
    return _SHORT_YEAR.sub(lambda m: _short_year_in_full(m, text), text)


def _short_year_in_full(match: re.Match, text: str) -> str:
    """ "pada tahun 98" -> "pada tahun 1998", "tahun 45 sampai 49" -> "tahun 1945 sampai 1949", or
    as said where the number is no year (_SHORT_YEAR)."""
    preposition, word, year, until, end = match.groups()
    if len(year) == 4 and end is None:
        return match.group()  # a year in full already
    after = text[match.end() : match.end() + 30].split()[:1]
    if (preposition is None or len(year) == 4) and after and after[0].rstrip(".,;:!?") in QUANTITY_UNITS:
        return match.group()  # "tahun 45 orang datang", "pada tahun 2020 sampai 25 peserta"
    if preposition is None:
        before = text[max(0, match.start() - 30) : match.start()].split()[-1:]
        if before and (_a_number(before[0]) or before[0] in _RATE_WORDS):
            return match.group()
    start = year if len(year) == 4 else _in_full(year)
    said = f"{preposition} {word} {start}" if preposition else f"{word} {start}"
    return said + (f" {until.strip()} {_range_end(start, end)}" if end else "")


def _range_end(start: str, end: str) -> str:
    """A range's end said by its last two digits, of its start's century or the next one ("1945
    sampai 49" -> 1949, "1998-02" -> 2002)."""
    return f"{int(start[:2]) + (end < start[2:])}{end}"


# A number read out to be typed or dialled, after the word that names it, every group of it: a
# meeting's ID and passcode, a phone's, an account's or an ID card's number ("Zoom ID nya 812 3456
# 7890", "passcode: 2024", "nomor WA 0812-3456-7890", "rekening 123-456-789"), with "nya", "adalah"
# or a colon between; after "nomor" only a phone's, from 0 or +62 ("nomor 5" is a reference).
# Moderators read them out at every session's start and end: each group had been a quantity, one
# from 1900 to 2099 a year.  A group a unit follows is a quantity ("passcode 123456 50 peserta").
_CODE_WORDS = (
    r"(?:zoom|meeting|room|webinar|rapat)\s*id|id(?:\s+(?:zoom|meeting|room|webinar|rapat))?"
    r"|pass\s?code|password|kata\s+sandi|pin|kode(?:\s+(?:akses|meeting|rapat|zoom|room|webinar))?"
    r"|(?:(?:nomor|nomer|no)\.?\s+)?(?:telepon|telp|tel|hp|handphone|ponsel|wa|whats\s?app|fax|faks)"
    r"|rekening|rek|nik|npwp|nip|nim|nrp|nisn"
)
_BEFORE_CODE = r"(?:\s*-?\s*nya\b|\s*:|\.|\s+(?:adalah|yaitu|yakni|ialah|saya|kami|kita)\b)*\s*"
_CODE_GROUP = rf"\d+(?![\w/]|\s+(?:{_UNIT_OR_SCALE})\b)"
_READ_OUT = re.compile(
    rf"\b(?:{_CODE_WORDS}|(?:nomor|nomer|no)(?={_BEFORE_CODE}[+0])){_BEFORE_CODE}(?:\+\s?)?{_CODE_GROUP}"
    rf"(?:(?:\s*[-–]\s*|\.(?=\d)|\s+){_CODE_GROUP})*"
)
# A clock time without "jam" or "pukul" after a word of a schedule ("sesi kedua mulai 13.30", "sampai
# 12.00 ya", "mulai 9 pagi"; Whisper leaves out a "jam" said before): hours and minutes, or an hour a
# part of the day follows; not a number a unit follows ("sampai 12.50 persen", "mulai 10 peserta").
_SCHEDULE_WORDS = (
    "mulai", "dimulai", "sampai", "hingga", "sesi", "istirahat", "rehat", "selesai", "berakhir", "dibuka",
    "ditutup", "lanjut", "dilanjutkan",
)  # fmt: skip
_SCHEDULED_TIME = re.compile(
    "(?:" + "|".join(rf"(?<=\b{word} )" for word in _SCHEDULE_WORDS) + ")"
    rf"(?:(?:[01]?\d|2[0-3])[.:][0-5]\d(?![\d,]|\.\d|\s+(?:{_UNIT_OR_SCALE})\b)"
    r"|\d{1,2}(?=\s+(?:pagi|siang|sore|malam|subuh)\b))"
)
# A year by its last two digits after an apostrophe ("reformasi '98", "era ’90-an"), in full
# (_in_full; it had been the count 98); not a quote's opening mark before a count ("'50 orang'").
_APOSTROPHE_YEAR = re.compile(rf"(?<![\w'’‘])['’‘](\d{{2}})(?![\d'’‘]|[.,:/]\d|\s+(?:{_UNIT_OR_SCALE})\b)")
# A year said in number words without "tahun", by its century (16 to 20) and the rest as a number or
# two digits ("tujuh belas agustus sembilan belas empat lima", "krisis sembilan belas sembilan puluh
# delapan": it had been 19, 4 and 5), where no number word comes before or after and no unit after
# ("sembilan belas dua puluh tahun" is an age).  Two counts one after the other are a rough range
# said without "sampai" ("sembilan belas dua puluh", "dua puluh tiga puluh"), except after "tahun".
# Digits are no such pieces ("ada 19 45").
_CENTURY_WORDS = "enam belas|tujuh belas|delapan belas|sembilan belas|dua puluh"
_YEAR_DIGIT_WORDS = "|".join(["kosong", *_DIGIT_WORDS])
_YEARS_TENS = (
    rf"(?:{'|'.join(_DIGIT_WORDS[2:])})\s+(?:puluh(?:\s+(?:{'|'.join(_DIGIT_WORDS[1:])}))?|belas)|sepuluh|sebelas"
)
_YEAR_IN_SAID_PIECES = re.compile(
    rf"\b({_CENTURY_WORDS})\s+({_YEARS_TENS}|(?:{_YEAR_DIGIT_WORDS})\s+(?:{_YEAR_DIGIT_WORDS}))\b"
    rf"(?!\s+(?:{_SAID_WORDS}|nol|kosong|ribu|juta|miliar|triliun|koma|{_UNIT_OR_SCALE})\b)"
)


def _year_in_said_pieces(match: re.Match, text: str) -> str:
    """ "sembilan belas empat lima" -> "1945", or as said where it is no year (_YEAR_IN_SAID_PIECES)."""
    before = text[max(0, match.start() - 30) : match.start()].split()[-1:]
    if before and _a_number(before[0]):
        return match.group()  # part of a longer number: "seratus dua puluh dua empat"
    century = _number_words()[tuple(match.group(1).split())]
    rest = match.group(2).split()
    if all(word in _YEAR_DIGIT_WORDS.split("|") for word in rest):
        rest_value = 10 * _year_digit(rest[0]) + _year_digit(rest[1])
    else:
        rest_value = _number_words()[tuple(rest)]
    next_count = (century + 1, century + 10) if century % 10 == 0 else (century + 1,)
    if rest_value in next_count and not (before and before[0] in _YEAR_BEFORE):
        return match.group()
    year = 100 * century + rest_value
    return str(year) if FIRST_YEAR_IN_PIECES <= year <= LAST_YEAR_IN_PIECES else match.group()


_RANGE_WORDS = frozenset(("sampai", "hingga", "s/d", "sd", "ke"))  # "10-15 menit", "10 sampai 15 menit"
_SENTENCE_END = re.compile(r"(?<=\w)[.!?;:](?=\s|$)")  # a quantity's unit is in its own sentence


class Quantity(NamedTuple):
    value: str  # canonical: "2500000000", "2.5", "-5.32"
    context: str  # the words around it
    unit: str | None  # what it counts (QUANTITY_UNITS), None when no word says


def same_quantity(one: Quantity, other: Quantity) -> bool:
    """Two quantities of one size and unit: a talk says a fall as "turun 5,32 persen" or "minus
    5,32 persen" where the report writes "-5,32 persen"; "45 menit" is not "45 peserta", but a
    quantity whose unit no word says is the same as any of its value."""
    return one.value.removeprefix("-") == other.value.removeprefix("-") and (
        one.unit is None or other.unit is None or one.unit == other.unit
    )


def quantities(text: str, context_words: int = 4) -> list[Quantity]:
    """The quantities a text states, each with the words around it and its unit: digits, "1.200",
    "2,5", number words ("dua koma lima", "empat ribu", "duapuluh"; English: "twenty percent"), a
    scale after digits ("2,5 miliar", "7 M"), fractions ("dua setengah juta", "dua jam setengah",
    "seperempat", "1/3"), a sign ("-5,32", "minus lima") and a decade ("tahun 90-an": 1990), as one
    canonical value ("2500000000", "2.5", "0.25", "-5.32").  Enumeration marks, idioms ("salah satu",
    "satu lagi"), numbers that are part of a name ("Covid-19", "G20", "covid sembilan belas"), clock
    times, a date's day and month, phone and ID numbers, a meeting's ID and passcode and references
    ("Pasal 33 ayat 3", "nomor 5") are no quantities."""
    from decimal import Decimal

    text = _FOOTNOTE.sub("", text)  # "45%¹", "5 juta²": a note's mark, no digit of the number
    text = _VULGAR_HALVES.sub(lambda m: f"{m.group(1) or 0}.{_HALVES[m.group(2)]}", text)  # "1½" -> "1.5"
    text = _CAPITAL_SCALE.sub(lambda m: _capital_scale(m, text), text)  # "7 M": before the case goes
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2044", "/")  # "⅔" -> "2⁄3" -> "2/3"
    text = _english_numbers(text)  # "twenty percent", "two thousand seventeen"
    text = _READ_OUT.sub(" ", _SPLIT_SE.sub(r"se\1", text))  # "Zoom ID nya 812 3456 7890"; "se ratus"
    text = _unglued_numbers(text)  # "dua ribu tujuh belasitu": 2017 (numbers_to_digits)
    text = _SCALE_SPELLING.sub(lambda m: "miliar" if m.group().startswith("mil") else "triliun", text)
    text = _magnitudes_with_a_letter_added(text)  # "tiga ribuh", "sebelass", "setriliunn"
    text = _PER_HUNDRED.sub("persen", _ONE_OF_A_UNIT.sub(lambda m: _one_of_a_unit(m, text), text))
    text = _misheard_digits(text)  # "dua ribu tunjuk belas": 2017; "dua ribu bahwa belas": none
    text = _misheard_last_digits(text)  # "tiga puluh nelapan": 38
    text = _SCALE_AGAINST.sub(r"\1 \2", _UNIT_AGAINST.sub(r"\1 \2", text))  # "2,5jt", "10rb", "10km"
    text = _SCALED_RANGE.sub(r"\1 \3 sampai \2 \3", text)  # "10-15 juta": both ends in millions
    text = without_list_marks(text)
    text = _WRITTEN_MINUS.sub("minus ", text)
    text = _APOSTROPHE_YEAR.sub(lambda m: _in_full(m.group(1)), text)  # "'98", "era '90-an"
    text = _DECADE.sub(_decade_year, _SAID_DECADE.sub(lambda m: f"{_DIGIT_WORDS.index(m.group(1))}0-an", text))
    text = _SPLIT_AN.sub(r"\1an", text)  # "juta an" as "jutaan"
    text = _ABOUT_SCALE.sub(r"\1 \2", text)  # "tiga ratusan peserta": about 300 (after "tahun 90-an")
    text = _RUNDOWN_TIME.sub(" ", _SCHEDULED_TIME.sub(" ", _TIME.sub(" ", _CURRENCY.sub(r"\1 ", text))))
    text = _CURRENCY_LETTER.sub(_currency_scale, text)
    text = _DAY_OF_MONTH.sub(" ", _DATELINE.sub(" ", _VERSION.sub(" ", text)))
    text = _NAME_NUMBER.sub(" ", _REFERENCE.sub(" ", text))  # "UU 11/2020": before the date
    text = _DATE.sub(lambda m: f" {m.group(2) or m.group(3) or m.group(5)} ", text)
    text = _SPACED_THOUSANDS.sub(lambda m: m.group().replace(" ", "."), text)  # "1 200" -> "1.200"
    text = _PHONE.sub(" ", _short_years_in_full(text))  # "sejak tahun 05": no number of a phone
    text = _NUMBER_IDIOM.sub(_idiom_left_out, _NAMED_NUMBER.sub(" ", text))
    text = THOUSANDS.sub(lambda m: m.group().replace(".", ""), text)
    text = _DIGITS_AROUND_KOMA.sub(r"\1.\2", DECIMAL_COMMA.sub(r"\1.\2", text))
    text = _HESITATION_IN_NUMBER.sub(r"\1 ", text)
    text = _SAID_YEAR_DIGITS.sub(lambda m: f"20{_year_digit(m.group(1))}{_DIGIT_WORDS.index(m.group(2))}", text)
    text = _YEAR_IN_SAID_PIECES.sub(lambda m: _year_in_said_pieces(m, text), text)  # "sembilan belas empat lima"
    text = _SAID_TENS_FRACTION.sub(r"koma \1 \2", text)  # "koma tiga puluh dua": the digits 3, 2
    text = _SAID_FRACTION.sub(lambda m: "koma_" + "".join(str(_DIGIT_WORDS.index(w)) for w in m.group(1).split()), text)
    text = _SAID_SCALED_RANGE.sub(r"\1 \3 sampai \2 \3", text)  # "sepuluh sampai lima belas juta"
    text = numbers_to_digits(_digits_among_number_words(text))
    text = _SCALED_RANGE.sub(r"\1 \3 sampai \2 \3", _SAID_DECIMAL.sub(r"\1.\2", text))  # said
    text = _CURRENCY_LETTER.sub(_currency_scale, text)  # said: "anggarannya lima M"
    text = _SCHEDULED_TIME.sub(" ", _TIME.sub(" ", text))  # said: "pukul setengah sebelas", "jam sembilan pagi"
    text = _DAY_OF_MONTH.sub(" ", _DATELINE.sub(" ", text))  # said: "tujuh belas agustus", "tanggal dua belas"
    text = _short_years_in_full(_YEAR_IN_PAIRS.sub(r"tahun \1\2", _YEAR_BY_DIGITS.sub(_year_by_digits, text)))
    text = _DIGIT_BY_DIGIT.sub(" ", _NAME_NUMBER.sub(" ", _REFERENCE.sub(" ", _READ_OUT.sub(" ", text))))
    text = _ORDINAL.sub(_ordinal_left_out, text)
    text = _ONE_BY_ONE.sub(" ", text)
    text = _HALF_AFTER_UNIT.sub(lambda m: f"{m.group(1)}.5 {m.group(2)}", text)
    text = _WRITTEN_PART.sub(_written_part, _SAID_PART.sub(_said_part, text))
    text = re.sub(r"(?<=\d)\s*%", " persen", re.sub(r"\bus\$|\$(?=\s*\d)", "usd ", text))  # before the symbols go
    text = _SENTENCE_END.sub(" __ ", text.replace("€", " euro "))  # a stop between a number and a word
    text = " ".join(re.sub(r"[^\w\s.]|(?<!\d)\.|\.(?!\d)", " ", text).split())
    found = []
    for match in _QUANTITY.finditer(text):
        sign, number, scale = match.groups()
        if len(number.split(".")[0]) > MOST_DIGITS:
            continue  # no quantity a talk states ("999 999 ..." read as one number of 4,500 digits)
        # a bounded window around the match, so that a long text is read in linear time
        window = 100 * context_words
        before = text[max(0, match.start() - window) : match.start()].split()
        after = text[match.end() : match.end() + window].split()
        said = match.group()
        if scale == "ribuan" and Decimal(number) >= 1000:
            # "pada tahun 2023 ribuan warga ...": thousands of people, not 2,023,000; and the year
            # a year ("tahun 2023"), not 2023 people
            scale, said, after = None, match.group().removesuffix(" ribuan"), ["ribuan", *after]
        value = Decimal(number) * _SCALE_WORDS.get(scale or "", 1) * (-1 if sign else 1)
        canonical = f"{value.normalize():f}"
        found.append(Quantity(canonical, _context(before, said, after, context_words), _unit(before, said, after)))
    return found


# A word after a quantity one slip from a unit's word is that unit ("tujuh person", "empat puluh
# pesen": persen), by the rule misheard magnitudes follow (_near_magnitude): a word of five letters or
# more with a letter lost, added or changed after its onset, near one unit only; and rarer than
# UNIT_SLIP_ZIPF, as Whisper's slips are: a word this common is itself after a number ("dua pesan",
# "tiga warna", "angka bulat", "tujuh permen", a letter off "pekan", "warga", "bulan", "persen").  On
# wordfreq's Indonesian list "person" is 3.87 and "pesen" 3.2, "detak" 4.08, "bulat" 4.51, "pesan" 5.38
# (docs/measurements.md, forty-ninth round: the line topics' RARE_WORD_ZIPF draws for a rare root).
UNIT_SLIP_ZIPF = 4.0
UNIT_SLIP_MIN = 5


def unit_of_word(word: str) -> str | None:
    """The unit a word names (QUANTITY_UNITS), also heard with one slip (UNIT_SLIP_ZIPF); None for
    a word that names none."""
    if word in QUANTITY_UNITS or not word.isalpha():
        return QUANTITY_UNITS.get(word)
    return _unit_slipped(word)


@lru_cache(maxsize=4096)
def _unit_slipped(word: str) -> str | None:
    from rapidfuzz.distance import Levenshtein
    from wordfreq import zipf_frequency

    near = {
        unit
        for written, unit in QUANTITY_UNITS.items()
        if len(written) >= UNIT_SLIP_MIN and written[0] == word[0] and Levenshtein.distance(word, written) == 1
    }
    return near.pop() if len(near) == 1 and zipf_frequency(word, "id") < UNIT_SLIP_ZIPF else None


def _unit(before: list[str], said: str, after: list[str]) -> str | None:
    """What a quantity counts (QUANTITY_UNITS): a currency before it, the word after it, also after
    a range's other end ("10-15 menit", "10 sampai 15 menit"), or "tahun" before a year; not a word
    after a stop ("Jumlah peserta 45. Negara ...").  After "tahun" a number that is no year counts
    what follows it ("setiap tahun 500 mahasiswa", "2 tahun 3 bulan")."""
    currency = QUANTITY_UNITS.get(before[-1]) if before else None
    if currency in _CURRENCY_BEFORE:
        return currency
    if len(after) >= 2 and (after[0] in _RANGE_WORDS or after[0].replace(".", "").isdigit()):
        after = after[2:] if after[0] in _RANGE_WORDS else after[1:]
    counted = unit_of_word(after[0]) if after else None
    if before and before[-1] in _YEAR_BEFORE and _A_YEAR.fullmatch(said):  # not "setiap tahun 500 juta"
        return "tahun"
    return counted


def _context(before: list[str], said: str, after: list[str], words: int) -> str:
    """The words around a quantity, without the stops marked in its text."""
    return " ".join([w for w in before if w != "__"][-words:] + [said] + [w for w in after if w != "__"][:words])
