"""A text's sentences: where a period, a stop or a full-width mark ends one and where it is an
abbreviation's, a title's or a degree's, a quotation left open.  A module of its own: the report's
points (points.py) and its photos' captions (furniture.py, which points imports) both split so."""

from __future__ import annotations

import re
import unicodedata

from pipeline.text.formats import CLOSING_MARKS, OPENING_MARKS, OPENING_QUOTES, QUOTES, SINGLE_QUOTES

# A period after these does not end a sentence: titles and degrees ("Dr.", "S.Sos.", "M.Ikom.",
# "H.E."), and Indonesian abbreviations of addresses, dates and lists ("Jl.", "tgl.", "Des.", "dll.").
_ABBREVIATED_WORDS = (
    r"\b(?:Dr|Drs|dr|drg|Prof|Ir|Hj|H|KH|Pj|Plt|Plh|St|No|Jl|Jln|Kab|Kec|Kel|Prov|Bpk|Sdr|Sdri|Yth|Tn|Ny|tgl|Tgl|pk|Pk|"
    r"hlm|Hlm|Vol|vol|Ed|Telp|Ket|Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Sep|Sept|Okt|Nov|Des|dll|dsb|dst|dkk|Jend|Letjen|Mayjen|Brigjen|Kol|"
    r"Letkol|Mayor|Kapt|Kompol|Irjen|Kombes|Ipda|Iptu|Aiptu|AKP|AKBP|Dra|Ust|Gd|Lt|Pemprov|Pemkab|Pemkot|"
    r"PT|CV|Rp|Mr|Mrs|Ms|St|Gen|Col|Capt|Sgt|Jr|Sr|Hon|Rev|Dok|Purn)"
    r"|\b[A-Z]\.[A-Za-z]+|\bH\.E|\b[a-z]\.[a-z]"  # "S.Sos.", "a.n.", "s.d."
)
ABBREVIATION = re.compile(rf"(?:{_ABBREVIATED_WORDS}|(?<![\w.])[A-Z])\.$")  # and an initial: "Ahmad S."
# "Tbk." (a listed company) closes its name, so its period ends the sentence when a capital follows;
# "hal." is a page only before its number ("pada hal. 12"), else the word "hal" ends a sentence.
PAGE_ABBREVIATION = re.compile(r"\b[Hh]al\.$")
# Inside a closing quote or bracket a single capital is a name's end, not an initial ('... sebagai
# "Generasi Z." Mereka ...', "(Rencana B.) Pemerintah ..."); the words above still are abbreviations
# ("(Diskominfo Prov.) Jawa Tengah", "(Dr. Ayu Larasati, S.Sos., M.Ikom.) Dosen ...").
ENCLOSED_ABBREVIATION = re.compile(rf"(?:{_ABBREVIATED_WORDS})\.$")
# A title in capitals is one before a name: in capitals ("DR. AYU LARASATI"), of two capitalised words
# or more ("DR. Ayu Larasati"), or another title ("PROF. DR. Ir. Budi Santoso"); before one
# capitalised word and then small ones it is an acronym ending the sentence ("... sebagai Ketua DR.
# Pemateri menekankan ...").
SHOUTED_TITLE = re.compile(r"\b(?:DR|DRS|PROF|IR|HJ)\.$")
# A sentence ends at . ! ? or an ellipsis written as one character (…, as "..." ends one: "... terbukti
# berharga… Para pemimpin ..." had been one point) and a space (also after a closing quote or bracket:
# '... umumnya.” Kekhawatiran'), or at a full-width 。！？ (after its closing quote: 「…。」), where the next
# one starts with a capital of any script, a letter of a script without case (Chinese, Arabic) or a quote.
_CLOSER = f"[{re.escape(CLOSING_MARKS)}]"
SENTENCE_END = re.compile(
    rf"(?<=[.!?…])\s+|(?<=[.!?…]{_CLOSER})\s+|(?<=[。！？])(?!{_CLOSER})\s*|(?<=[。！？]{_CLOSER})\s*"
    r"|(?<=[.!?]\[\d\])\s+|(?<=[.!?]\[\d\d\])\s+|(?<=[.!?][¹²³⁴⁵⁶⁷⁸⁹⁰])\s+"  # and a footnote's mark: ".[1] ", ".¹ "
)
# A sentence may open with a quote or a bracket (language.OPENING_MARKS).
HAS_SENTENCE_END = re.compile(r"[.!?…。！？]")


def _is_name_after(after: str) -> bool:
    """Whether the text after a title in capitals opens with a name (SHOUTED_TITLE)."""
    words = after.split()
    first = words[0] if words else ""
    if first.isupper():
        return True
    return first[:1].isupper() and (
        bool(ABBREVIATION.search(first) or SHOUTED_TITLE.search(first)) or (len(words) > 1 and words[1][:1].isupper())
    )


# An academic degree after a name's comma ends the sentence before what opens a new one: "...,
# Drs. Hendarto Wibisono, M.A. Ia menyebut ...", "..., M.Si. KBRI Aljazair ...", "..., M.A. 45
# peserta ...".  Degrees by their shape: a bachelor's, master's or diploma (S., M., D.) and its
# field ("S.Sos.", "S.I.Kom.", "M.Si.", "M.A.", "M.Ikom."), or a doctorate or a foreign degree
# ("Ph.D.", "M.Sc.", "LL.M.", "Lc."); not a title or an initial before a name ("..., K.H. Ahmad",
# "..., R.A. Kartini", "..., M. Fadli Rahman", "..., Jl. Pejambon", "..., PT. Telkom") nor "D.I. Yogyakarta".
CLOSING_DEGREE = re.compile(
    r",[ \t]*(?!D\.I\.)(?:[SMD]\.(?:[A-Z][A-Za-z]{0,4}\.){1,2}|Ph\.D\.|[BM]\.Sc\.|B\.A\.|LL\.M\.|Lc\.|M\.B\.A\.)$"
)
# What opens a sentence after such a degree: a capitalised word written small after its capital
# ("Ia", "Kegiatan"), an acronym ("KBRI"), a number or a quote; in text all in capitals a capital
# says nothing.
OPENS_AFTER_DEGREE = re.compile(rf"[A-Z][a-z]|[A-Z]{{2,}}\b(?!\.)|\d|[{re.escape(OPENING_QUOTES)}]")


def abbreviated(piece: str, after: str) -> bool:
    """The period ending a piece is an abbreviation's, also inside a bracket ("(Diskominfo Prov.)
    Jawa Tengah"), not a sentence's end; a single capital inside one ends it ("(Rencana B.)"), and
    so does a degree closing a name before a capital (CLOSING_DEGREE)."""
    enclosed = piece.rstrip(CLOSING_MARKS)
    shouted = not any(c.islower() for c in piece)  # in capitals, a capital after a degree says nothing
    if enclosed == piece and not shouted and CLOSING_DEGREE.search(piece) and OPENS_AFTER_DEGREE.match(after):
        return False
    abbreviation = ABBREVIATION if enclosed == piece else ENCLOSED_ABBREVIATION
    return bool(
        abbreviation.search(enclosed)
        or (SHOUTED_TITLE.search(enclosed) and _is_name_after(after))
        or (PAGE_ABBREVIATION.search(piece) and after[:1].isdigit())
    )


def starts_sentence(piece: str) -> bool:
    """Opens with a capital of any script, a letter of a script without case, a digit ("17
    negara ..."), a quote or a bracket, or a name written with a small first letter ("iPhone",
    "eKTP"); an emoji or a symbol before it ("🇮🇩 Kementerian ...") does not count."""
    piece = piece.lstrip("".join(c for c in piece[:8] if unicodedata.category(c)[0] in "SMC" or c.isspace()))
    first = piece[:1]
    if first and (first in OPENING_MARKS or first.isdigit()):
        return True
    return first.isalpha() and (not first.islower() or piece[1:2].isupper())


# Quotations whose closing mark opens none, so that one left open is followed into the next piece:
# “…”, «…», ‹…›, 「…」, 『…』 (a single quote is also an apostrophe; „ closes with “, itself an opener).
PAIRED_QUOTES = {opener: closer for opener, closer in QUOTES.items() if opener not in f"{SINGLE_QUOTES}„\"'"}


def _inside_quote(quotes: tuple[int, int], piece: str) -> bool:
    """Whether a quotation the sentence so far opened (quotes: curly ones left open, straight
    ones counted) closes in the next piece: "“... tatap muka. Jabat tangan ...”, ujarnya." is one
    sentence, the speaker's words quoted whole.  (A quote mark left open by a typo joins nothing:
    it has to close.)"""
    return (quotes[0] > 0 and any(closer in piece for closer in PAIRED_QUOTES.values())) or (
        quotes[1] % 2 == 1 and '"' in piece
    )


def ends_sentence(line: str) -> bool:
    """Whether a line ends with a sentence's stop, not an abbreviation's ("... Dr. Ayu Larasati,
    S.Sos., M.Ikom." ending a programme's row)."""
    line = line.rstrip()
    return bool(HAS_SENTENCE_END.search(line[-1:])) and not abbreviated(line, "")


def split_sentences(text: str) -> list[str]:
    """The text's sentences.  In text written all in lower case every sentence end counts; lines
    that each open with a capital and none of which ends a sentence are a sentence each (a name's
    degree ending one is no sentence's end: a programme's rows had been one point)."""
    lines = [line for line in text.splitlines() if line.strip()]
    lower_case = not any(c.isupper() for c in text)
    if (
        len(lines) > 1
        and all(not ends_sentence(line) and (lower_case or starts_sentence(line.strip())) for line in lines)
        and all(len(line.split()) >= 4 for line in lines)
    ):
        return [sentence for line in lines for sentence in split_sentences(line)]
    # Each sentence as its pieces, each piece looked at once: joining strings and searching the
    # sentence so far again made "Dr. Dr. Dr. ..." take minutes (docs/measurements.md).
    sentences: list[list[str]] = []
    quotes = (0, 0)
    for piece in SENTENCE_END.split(" ".join(text.split())):
        if sentences and (
            abbreviated(sentences[-1][-1], piece)
            or _inside_quote(quotes, piece)
            or not (lower_case or starts_sentence(piece))
        ):
            sentences[-1].append(piece)
        else:
            sentences.append([piece])
            quotes = (0, 0)
        opened = sum(piece.count(opener) - piece.count(closer) for opener, closer in PAIRED_QUOTES.items())
        quotes = (quotes[0] + opened, quotes[1] + piece.count('"'))
    joined = (" ".join(pieces).strip(" ,;") for pieces in sentences)
    return [s for s in joined if s]
