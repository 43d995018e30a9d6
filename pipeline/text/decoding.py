"""Bytes handed in as text (a config, a report, a ground truth) read as UTF-8, or said in one line
what they are instead: a document or a recording by its first bytes, UTF-16 or UTF-32, another
encoding, binary data; and UTF-8 text once decoded in another encoding.

A module of its own because the config, the report and the ground truth are all read through it.
"""

from __future__ import annotations

import itertools
import re

from pipeline.text.formats import quoted

# Documents saved under a .txt name: what the first bytes say they are.
DOCUMENT_MAGIC = {
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (a .docx or .odt document is one)",
    b"\xd0\xcf\x11\xe0": "an old Word or Excel document",
    b"{\\rtf": "an RTF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"<?xml": "an XML document (a Word XML file or an SVG image is one)",
    b"<svg": "an SVG image",
    b"%!PS": "a PostScript document",
    b"\\documentclass": "a LaTeX source",
}
# Recordings, by their first bytes: the day's audio named as its report, ground truth or config by
# mistake.  Their quiet samples are zero bytes, which read as UTF-16 or UTF-32 text, and a long one
# is over every text's size limit: either had been the error line.  Each mark with the bytes after
# it, so that no text's first word ("FORMAT", "caffè") reads as one.
RECORDING_MAGIC = {
    re.compile(rb"(?:RIFF|RF64)....WAVE", re.S): "a WAV recording",
    re.compile(rb"RIFF....AVI ", re.S): "an AVI video",
    re.compile(rb"FORM....AIF[FC]", re.S): "an AIFF recording",
    re.compile(rb"....ftyp", re.S): "an MP4 or M4A recording",
    re.compile(rb"caff\x00\x01"): "a CAF recording",
    re.compile(rb"\.snd\x00\x00\x00"): "an AU recording",
    re.compile(rb"OggS\x00"): "an Ogg recording (Opus or Vorbis)",
    re.compile(rb"fLaC[\x00\x80]"): "a FLAC recording",
    re.compile(rb"ID3[\x02-\x04]|\xff[\xf2\xf3\xfa\xfb]"): "an MP3 recording",
    re.compile(rb"\x1aE\xdf\xa3"): "a Matroska or WebM recording",
    re.compile(rb"0&\xb2u\x8ef\xcf\x11"): "a WMA or WMV recording",
}


def file_kind(data: bytes) -> str | None:
    """What a file that is not text is, by its first bytes: a document (document_kind) or a
    recording (RECORDING_MAGIC), or None."""
    return document_kind(data) or next((kind for magic, kind in RECORDING_MAGIC.items() if magic.match(data)), None)


# The start of an HTML document: a web page saved from the browser, where a report or a recording
# belongs (text.report and media.probe ask it, the latter without importing the report's config).
HTML_START = re.compile(r"\A\s*<(?:!doctype\s+html|html\b)", re.I)
HTML_OPENING = re.compile(rb"<(?:!doctype\s+html|html\b)", re.I)  # its bytes, blank lines and mark taken off


def document_kind(data: bytes) -> str | None:
    """What document a file is by its first bytes (DOCUMENT_MAGIC, also after a byte-order mark or
    blank lines: a PDF, a Word file, an image, a web page), or None.  A page saved from the browser
    under report:, truth: or as the config had been 'JavaScript code' by its scripts, 'not JSON:
    Expecting value' and 'not valid YAML: mapping values are not allowed here'."""
    opening = data[:64].removeprefix(b"\xef\xbb\xbf").lstrip()
    if HTML_OPENING.match(opening):
        return "an HTML page"
    return next((kind for magic, kind in DOCUMENT_MAGIC.items() if opening.startswith(magic)), None)


# Bytes no text file holds (NUL and the other controls but tab, line and page breaks, escape): a
# file with many of them is binary, whatever bytes of it are not UTF-8.
BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def utf8_text(data: bytes, what: str) -> str:
    """The bytes of a text file as text, or a ValueError saying what they are instead: a document
    or a recording (file_kind), UTF-16 or UTF-32 (Windows' "Unicode"), a one-byte code page
    (Windows-1252, Latin-1) or an East Asian or EBCDIC encoding with the byte and line that is not
    UTF-8, binary data, or UTF-8 cut short inside its last letter (which had been called "a
    character typed or pasted in another encoding"; after ASCII alone, a code page named too)."""
    kind = file_kind(data)
    if kind:  # a recording's quiet samples are zero bytes, as UTF-16 or UTF-32 text is
        raise ValueError(f"{what} is {kind}, not text")
    if data[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        raise ValueError(f"{what} is UTF-32 text; save it as UTF-8")
    zeros = data[:400].count(b"\x00")
    if zeros > len(data[:400]) * 0.6:  # UTF-32 without its byte-order mark: three zero bytes a letter
        raise ValueError(f"{what} is UTF-32 text; save it as UTF-8")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or zeros > len(data[:400]) // 4:
        raise ValueError(f"{what} is UTF-16 text; save it as UTF-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if len(BINARY_BYTES.findall(data[:4096])) * 20 > len(data[:4096]):
            raise ValueError(f"{what} holds binary data, not text") from None
        sample = data[:4096]
        if sample.count(b"\x40") > sample.count(b"\x20") * 4:  # EBCDIC's space, and no lines to count
            raise ValueError(f"{what} is not UTF-8 text (EBCDIC, a mainframe's encoding?); save it as UTF-8") from None
        line = data.count(b"\n", 0, exc.start) + 1
        where = f"byte 0x{data[exc.start]:02x} on line {line}"
        # two or three bytes of a letter begun, and the file ends: cut UTF-8 where the rest holds UTF-8's
        # letters; after ASCII alone either reading is named, as a code page's ("André’" in Windows-1252
        # is e9 92, a UTF-8 letter begun) or cut (e2 80, the start of a curly quote, a dash or an
        # ellipsis, the commonest cut, had been guessed 'Shift-JIS' or 'Mac Roman' from two bytes)
        if exc.reason == "unexpected end of data" and len(data) - exc.start > 1:
            code_page = (
                f", or its last letters are in another encoding ({where}: {ONE_BYTE_CODE_PAGE})"
                if data[: exc.start].isascii()
                else ""
            )
            raise ValueError(
                f"{what} ends in the middle of a character (line {line}){code_page}: cut short as it was "
                "copied, downloaded or saved? save it whole as UTF-8"
            ) from None
        decoded = data.decode("utf-8", errors="replace")
        if decoded.count("\ufffd") <= STRAY_BYTES and any(ord(c) > 0x7F and c != "\ufffd" for c in decoded):
            raise ValueError(
                f"{what} is UTF-8 text but for a few bytes ({where}): a character typed or pasted in another "
                "encoding; type it again and save the file as UTF-8"
            ) from None
        raise ValueError(f"{what} is not UTF-8 text ({where}: {_encoding_guess(sample)}); save it as UTF-8") from None


# A file that is UTF-8 but for this many bytes or fewer had a character typed in another encoding.
STRAY_BYTES = 3
# The guess for text in none of _ENCODING_FAMILIES, and for an ASCII text's last letters begun as UTF-8's.
ONE_BYTE_CODE_PAGE = "Windows-1252, Latin-1 or another one-byte code page?"
# What charset_normalizer takes a file to be, in the words of the error line.
_ENCODING_FAMILIES = (
    (re.compile(r"gb|hz|big5|cp950"), "GB18030 or Big5 (Chinese)"),  # a short text may read as either
    (re.compile(r"shift_jis|cp932|euc_jp|iso2022_jp"), "Shift-JIS or EUC-JP (Japanese)"),
    (re.compile(r"euc_kr|cp949|johab|iso2022_kr"), "EUC-KR (Korean)"),
    (re.compile(r"cp(?:037|273|500|875|1026|1140)"), "EBCDIC, a mainframe's encoding"),
    (re.compile(r"mac_"), "Mac Roman or another Mac encoding"),
)


def _encoding_guess(data: bytes) -> str:
    """Which encoding text that is not UTF-8 is in, as a question: an East Asian one, EBCDIC, a
    Mac's, or a one-byte code page such as Windows-1252 (charset_normalizer's best reading)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    name = best.encoding if best is not None else ""
    family = next((words for pattern, words in _ENCODING_FAMILIES if pattern.match(name)), None)
    return f"{family}?" if family else ONE_BYTE_CODE_PAGE


# UTF-8 text once decoded as Windows-1252 or Latin-1 and saved again ("â€œ" for “, "Ã¯" for ï): the
# lead byte of a two- or three-byte letter, read as Â, Ã, Ä, Å or â, then its continuation bytes as
# those code pages write them.  Such a report's words with accents or quotes would not match the
# talk's.  Three such characters are no text; two are, in Portuguese or Norwegian ("IRMÃ”", "«Â»",
# "Desa “Å”"), unless inside a word ("AljazaÃ¯r") or found twice.
_CONTINUATION = re.escape(bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore")) + "\u0080-\u009f"
MOJIBAKE = re.compile(f"\u00e2[{_CONTINUATION}]{{2}}|(?P<pair>[\u00c2-\u00c5][{_CONTINUATION}])")
IN_WORD = re.compile(r"[^\W\d_]")


def _garbled(text: str) -> str | None:
    """The first characters of UTF-8 decoded twice in the text (MOJIBAKE), if it has them."""
    found = list(itertools.islice(MOJIBAKE.finditer(text), 2))
    for match in found:
        around = text[max(match.start() - 1, 0) : match.start()] + text[match.end() : match.end() + 1]
        if not match["pair"] or len(found) > 1 or len(IN_WORD.findall(around)) == 2:
            return match.group()
    return None


def _undecoded(garbled: str) -> str:
    """What characters decoded twice were: their bytes as Windows-1252 (or Latin-1) wrote them, as UTF-8."""
    data = b"".join(c.encode("cp1252") if ord(c) > 0xFF else bytes([ord(c)]) for c in garbled)
    return data.decode("utf-8", errors="replace")


def decoded_twice(text: str) -> str | None:
    """Where a text holds UTF-8 decoded twice and what it was, for a report's or a config's error line."""
    garbled = _garbled(text)
    if garbled is None:
        return None
    line = text.count("\n", 0, text.find(garbled)) + 1
    return (
        f"{quoted(garbled)} on line {line}, UTF-8 text once read as Windows-1252 or Latin-1 "
        f"(for {quoted(_undecoded(garbled))})"
    )
