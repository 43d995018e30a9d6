"""A report's text without what its source put around it: a news page's furniture (links to
other articles, sharing buttons, credits, counters, advertisements, datelines, copyright), a word
processor's leftovers (field codes, comment and note marks, a references section) and an e-mail's
quoting and signature.  None of it is the report's words: left in, it became points the talk was
judged against ("Simak breaking news ..." missing), quantities (2008 and 2020 of a copyright line)
and names (an e-mail's "Salam, Dewi", which made the report look like another day's)."""

from __future__ import annotations

import re

MONTH = r"(?:Jan|Feb|Mar|Apr|May|Mei|Jun|Jul|Aug|Agu|Agt|Sep|Oct|Okt|Nov|Dec|Des)[a-z]{0,6}\.?"
WEEKDAY = r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?"
_DATE = rf"\d{{1,2}}[ \t]+{MONTH}[ \t]+\d{{4}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|\d{{4}}-\d{{1,2}}-\d{{1,2}}"
_CLOCK = r"(?:pukul[ \t]*)?\d{1,2}[:.]\d{2}(?:[ \t]*(?:WIB|WITA|WIT|GMT[+\d]*|UTC[+\d]*))?"
_DOMAIN = r"[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|co|id|net|org|go\.id|ac\.id)\b"

# Lines a news site puts around its article, each a line of its own: links to other articles and
# sharing buttons (their words alone, or a colon before what they name: "Baca juga: ...",
# "Bagikan:", "Bagikan artikel ini ..."), a view counter, the credits of the writer, the photo ("Dok.
# Humas Kemlu", "ANTARA FOTO/...") or the source and the tags ("Penulis: Humas", "Tag: diplomasi
# digital, covid-19, ...").  Not the report's words: compared, "Tag: ..." came out partly said, and
# 1245 of "Dibaca 1.245 kali" a quantity.
_LINK_WORDS = (  # a link's or a sharing button's words
    r"(?:(?:baca|lihat|simak|tonton)[ \t]+(?:juga|selengkapnya)|(?:berita|artikel)[ \t]+terkait|bagikan|share)"
)
PAGE_FURNITURE = re.compile(
    _LINK_WORDS + r"(?:(?:[ \t]+\w+){0,3}[ \t]*:.*|[^\w]*)"  # "Simak selengkapnya di sini: bit.ly/..."
    r"|(?:bagikan|share)[ \t]+(?:artikel|berita|tulisan|halaman)[ \t]+ini\b.*|share[ \t]+this\b.*"
    r"|(?:dibaca|dilihat|ditonton)[ \t]*:?[ \t]*[\d.,]+[ \t]+kali\b[^.!?]*"  # "Dilihat 2.431 kali | 3 Komentar"
    # a photo's credit on its own line: "Dok. Humas Kemlu", "ANTARA FOTO/Galih Pradipta/foc."
    r"|dok(?:\.|umentasi)[ \t]+[^.!?:\n]{1,60}|[\w.]+[ \t]+foto[ \t]*/.*"
    r"|(?:tags?|label|topik|kata[ \t]+kunci|penulis|editor|reporter|pewarta|redaktur|penyunting|fotografer|foto"
    r"|sumber|kontributor)[ \t]*:(?P<credited>.*)"
    # headlines of other articles under a heading of their own: "Baca: ...", "Pilihan Editor: ..."
    r"|(?:baca|artikel[ \t]+lain|berita[ \t]+lain(?:nya)?|pilihan[ \t]+editor|rekomendasi|terpopuler"
    r"|berita[ \t]+populer)[ \t]*:.*"
    # a page's buttons and markers: "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "(rdp/imk)"
    r"|(?:advertisement|iklan|scroll[ \t]+(?:to[ \t]+continue(?:[ \t]+with[ \t]+content)?|untuk[ \t]+melanjutkan)"
    r"|baca[ \t]+halaman[ \t]+berikutnya|halaman|url[ \t]+telah[ \t]+disalin|(?:zoom-in[ \t]*)?lihat[ \t]+foto"
    r"|berita[ \t]+populer|terpopuler|artikel[ \t]+lain|pilihan[ \t]+editor|berita[ \t]+lainnya)\W*"
    r"|\[gambas:[^\]\n]*\]|\((?:[a-z]{2,4}/){1,3}[a-z]{2,4}\)"
    # copyright: "Copyright 2008 - 2020 PT. Kompas Cyber Media ...", "© 2020 ...", "COPYRIGHT © ANTARA 2020"
    r"|(?:copyright|hak[ \t]+cipta|©|\(c\))(?:\W.*)?|.*\ball[ \t]+rights[ \t]+reserved\b.*"
    # the site's call to its readers: videos, apps, channels, "Artikel ini telah tayang di ..."
    r"|(?:simak|saksikan|tonton|lihat)[ \t]+(?:juga[ \t]+)?video\b.*"
    r"|(?:simak|dapatkan)[ \t]+(?:breaking[ \t]+news|update|berita|informasi)\b.*"
    r"|(?:follow|ikuti)[ \t]+(?:kami|akun|kanal|channel|\w*news\w*)\b.*|ikuti\b.*\bgoogle[ \t]+news\b.*"
    r"|artikel[ \t]+ini[ \t]+(?:telah[ \t]+|sudah[ \t]+)?(?:tayang|terbit|dimuat|diterbitkan)\b.*"
    r"|laporan[ \t]+(?:wartawan|reporter|koresponden|jurnalis)\b.*|(?:download|unduh)[ \t]+(?:aplikasi|app)\b.*"
    r"|(?:gabung|bergabung|join)\b.*\b(?:grup|group|channel|saluran|telegram|whatsapp)\b.*"
    r"|\S+\+[ \t]+baca[ \t]+berita\b.*|mohon[ \t]+bantu[ \t]+(?:sebar|share|bagikan)\w*\b.*"
    r"|\*?diteruskan\*?(?:[ \t]+berkali-kali)?\W*"
    r"|(?:\*[ \t]*)?(?:fakta[ \t]+atau[ \t]+hoaks\?[ \t]*)?untuk[ \t]+mengetahui[ \t]+kebenaran[ \t]+informasi\b.*"
    # when and by whom, alone: "Sabtu, 12 Desember 2020 18:47 WIB", "Diperbarui 17 Des 2020, 20:15 WIB",
    # "Kompas.com - 14/12/2020, 19:32 WIB", "Diposting oleh admin"
    rf"|(?:(?:diperbarui|dipublikasikan|diterbitkan|diunggah|updated|published|posted)[ \t]*:?[ \t]*"
    rf"|{_DOMAIN}[ \t]*[-–][ \t]*)?(?:{WEEKDAY}[ \t]*,?[ \t]*)?(?:{_DATE})(?:[ \t]*,?[ \t]*{_CLOCK})?"
    r"|(?:diposting|ditulis|diunggah|posted|written)[ \t]+(?:oleh|by)\b.*"
    # an e-mail's quoting and its sender's contacts: "Pada tanggal ... menulis:", "Dikirim dari iPhone saya"
    r"|(?:pada|on)[ \t].{5,200}[ \t](?:menulis|wrote)[ \t]*:"
    r"|-{2,}[ \t]*(?:original[ \t]+message|pesan[ \t]+asli|forwarded[ \t]+message|pesan[ \t]+(?:yang[ \t]+)?"
    r"diteruskan|pesan[ \t]+terusan)[ \t]*-{2,}|(?:dikirim[ \t]+dari|sent[ \t]+from)[ \t].*"
    r"|jln?\.[ \t].*|[^\s@]+@[^\s@]+\.\w+"  # an address, an e-mail address alone
    r"|(?:telp|tel|telepon|hp|wa|whatsapp|fax|faks|e-?mail|surel)\.?[ \t]*(?::.*|[+(]?\d[\d ()+.-]{6,}.*)"
    r"|(?:untuk[ \t]+informasi[ \t]+lebih[ \t]+lanjut[ \t]*,?[ \t]*)?(?:hubungi|narahubung|kontak|contact"
    r"(?:[ \t]+person)?|cp)[ \t]*:.*"
    # a word processor's comments and notes on lines of their own: "[a]Ini perlu dicek", "Comment [ML1]: ..."
    r"|comment[ \t]*\[[^\]\n]{1,10}\][ \t]*:.*|\[(?:\d{1,3}|[a-z]{1,2}|[a-z]{1,4}\d{1,3})\].*"
    r"|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+[ \t]*\S.*",  # a footnote: "¹ Lihat Hanson (2012) ..."
    re.I,
)
# Lines that name the writer and the site, in their own case: "Oleh Benedikta Desideria", "Angga
# Laraspati - detikNews", "detikNews", "CNN Indonesia".
BYLINE_NAME = re.compile(
    r"(?:Oleh|By)[ \t]+[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,4}"
    rf"|(?:[A-Z][\w'.-]*[ \t]+){{0,4}}[A-Z][\w'.-]*[ \t]+[-–][ \t]+(?:\w*[Nn][Ee][Ww][Ss]\w*|{_DOMAIN})"
    r"|\w*NEWS|\w*News|CNN[ \t]+Indonesia"
    # a photo's credit ("ANTARA/HO-STEKOM/am."), and a caption, which ends with one ("Ilustrasi diplomasi
    # digital. Foto: Shutterstock")
    r"|(?:[^\n]{0,300}[.!?)][ \t]+)?(?:[A-Z]{2,}(?:[ \t]+FOTO)?/[\w .-]{1,40}(?:/[\w.-]{1,20})*\.?"
    r"|[Ff](?:oto|OTO)[ \t]*:[^\n]{1,60})"
)
# A credit's line is the report's sentence when what follows its colon is one ("Sumber: data Kominfo
# menunjukkan ..."): ended by a stop, of as many words as a point has content words at least
# (points.MIN_POINT_WORDS), and not capitalised like a name ("Sumber: Kementerian Komunikasi dan
# Informatika.").
CREDIT_SENTENCE_WORDS = 4
# A byline's fields between bars ("Semarang, 12 Desember 2020 | Penulis: Humas | Dibaca 1.245
# kali") are short: the longest, a date with its time ("Senin, 12 Desember 2020 10:15 WIB"), has 6.
# A field that is furniture itself (a credit, a view counter) or a date makes its line a byline,
# whatever the length of the others ("Penulis: Tim Humas Universitas Sains dan Teknologi Komputer").
BYLINE_FIELD_WORDS = 6
BYLINE_DATE = re.compile(rf"\b(?:{_DATE})\b")
# A sharing button or a link's words alone on a line ("share", "Bagikan:", "Baca juga"): furniture
# wherever it stands, also under a title without a stop ("Kemlu Dorong Diplomasi Digital" / "share").
BARE_FURNITURE = re.compile(rf"\W*{_LINK_WORDS}\W*", re.I)
# A social page's counters and buttons, all a line holds: "Lihat terjemahan 1.204 suka 19 DESEMBER
# 2020 Lihat semua 24 komentar", "12 komentar 9 kali dibagikan Suka Komentari".
_COUNTER_MARKS = "suka komentar komentari dibagikan likes comments shares views tayangan retweets"
_COUNTER_WORDS = frozenset(
    f"{_COUNTER_MARKS} kali bagikan balas lihat terjemahan semua ikuti follow like comment share view dilihat"
    " dibaca verified reply retweet jam menit hari yang lalu".split()
)
_COUNTER_TOKEN = re.compile(rf"[\d.,]+|(?<!\w)(?:{MONTH}|{WEEKDAY})(?!\w)|[•·|]", re.I)

# What a page or a document puts inside the article's own lines.
INLINE_FURNITURE = (
    # a link to another article or a photo's credit in brackets: "(Baca juga: ...)", "(Foto: Dok. Humas)"
    re.compile(r"[ \t]*\((?:baca|lihat|simak)(?:[ \t]+juga)?[ \t]*:[^()\n]{1,300}\)", re.I),
    re.compile(r"[ \t]*\((?:foto|dok(?:umentasi)?|ilustrasi|gambar|sumber[ \t]+foto)[ \t]*[.:/][^()\n]{1,200}\)", re.I),
    # Word's field codes and the errors of its broken fields: 'HYPERLINK "https://..."', "{ PAGE }",
    # "Error! Reference source not found."
    re.compile(r'HYPERLINK[ \t]+(?:\\l[ \t]+)?"[^"\n]{0,500}"[ \t]*'),
    re.compile(
        r"[ \t]*\{[ \t]*(?:PAGE|NUMPAGES|SECTIONPAGES|TOC|REF|PAGEREF|HYPERLINK|SEQ|DATE|TIME)\b[^{}\n]{0,200}\}"
    ),
    re.compile(
        r"[ \t]*Error![ \t]+(?:Reference source not found|Bookmark not defined|No text of specified style in "
        r"document|Not a valid bookmark self-reference)\.?"
    ),
    # a note's or a comment's mark against a word: "digital[1]", "bulan.[a]", "sosial[AL1]", "negeri¹"
    re.compile(r"(?<=[\w.,;:!?)\"”’])\[(?:\d{1,3}|[a-z]{1,2}|[A-Z]{1,4}\d{1,3})\]"),
    re.compile(r"(?<=\S)[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+"),
    # a link's headline (no sentence: "Baca juga: X Panitia berharap ... ." is the paragraph's own),
    # a video or the editors' initials closing a paragraph: "... kata dia. Baca: Kemenlu Buka ...",
    # "... acara. (rdp/imk)"
    re.compile(
        r"(?<=[.!?\"”])[ \t]+(?:baca|lihat|simak)(?:[ \t]+juga)?[ \t]*(?::(?:[ \t]+[^\s.!?]+){1,20})?$", re.M | re.I
    ),
    re.compile(r"[ \t]*(?:\((?:[a-z]{2,4}/){1,3}[a-z]{2,4}\)|\[gambas:[^\]\n]*\])[ \t]*$", re.M | re.I),
    # hashtags after a sentence's end, or two or more closing a line; "... Lihat selengkapnya"
    re.compile(r"(?<=[.!?…])(?:[ \t]+#\w+)+[ \t]*$|(?:[ \t]+#\w+){2,}[ \t]*$", re.M),
    re.compile(r"[ \t]*(?:\.{3}|…)?[ \t]*(?:lihat|baca)[ \t]+selengkapnya\W*$", re.M | re.I),
)
# A dateline before a news article's first words: "JAKARTA, KOMPAS.com - ", "Jakarta (ANTARA) - ",
# "TEMPO.CO, Jakarta - ", "Aljir, 12 Desember 2020 - ", "Jakarta - ".  It names the site and the
# place, not what was said; as a point's words it gave the year of its date as a quantity.
DATELINE = re.compile(
    rf"(?P<place>(?:[A-Z][\w.&'-]*|{_DOMAIN})(?:[ \t]+[A-Z][\w.&'-]*){{0,3}})"
    rf"(?P<more>[ \t]*,[ \t]*(?:{_DATE}|{_DOMAIN}|[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){{0,2}})"
    r"|[ \t]*\([A-Za-z .]{2,30}\))?"
    r"[ \t]+(?:-{1,2}|–|—)[ \t]+(?=[A-Z\"“‘'])"
)
DATELINE_SENTENCE_WORDS = 6  # what follows a dateline is a sentence; "Indonesia - Aljazair" is not cut
# Where an article's own text ends: a press release's "###" or "-SELESAI-" (its boilerplate after),
# a references or notes section.
END_OF_TEXT = re.compile(
    r"[ \t]*(?:#{3,}|-{1,3}[ \t]*(?:selesai|end|akhir)[ \t]*-{1,3}|(?:catatan[ \t]+kaki|referensi|daftar[ \t]+"
    r"(?:pustaka|rujukan|referensi)|bibliografi|footnotes?|endnotes?|references|sumber[ \t]+rujukan)[ \t]*:?)[ \t]*",
    re.I,
)
# A letter's close; the short lines under it are its sender's name and post ("Salam,", "Dewi").
SIGN_OFF = re.compile(
    r"[ \t]*(?:(?:salam(?:[ \t]+hangat)?|hormat[ \t]+(?:kami|saya)|regards|best[ \t]+regards|wassalam\w*)"
    r"[ \t]*[,.!]?|--)[ \t]*",  # and the mark an e-mail's signature opens with
    re.I,
)
SIGNATURE_LINE_WORDS = 8


def _is_counters(line: str) -> bool:
    """A line of a social page's counters and buttons only (_COUNTER_WORDS)."""
    words = _COUNTER_TOKEN.sub(" ", line).lower().split()
    return bool(words) and all(w in _COUNTER_WORDS for w in words) and any(w in _COUNTER_MARKS.split() for w in words)


def _is_furniture(line: str) -> bool:
    """A line of a news page around its article (PAGE_FURNITURE), or a byline of fields between bars."""
    line = line.strip()
    if BYLINE_NAME.fullmatch(line) or _is_counters(line):
        return True
    match = PAGE_FURNITURE.fullmatch(line)
    if match and match["credited"] is not None:
        words = match["credited"].split()
        capitalised = sum(word[:1].isupper() for word in words)
        sentence = line[-1] in ".!?" and len(words) >= CREDIT_SENTENCE_WORDS and capitalised * 2 < len(words)
        return not sentence
    fields = line.split("|")
    byline = (
        len(fields) > 2
        and line[-1:] not in ".!?"
        and (
            all(len(field.split()) <= BYLINE_FIELD_WORDS for field in fields)
            or any(BYLINE_DATE.search(field) or (_is_furniture(field) and field.strip()) for field in fields)
        )
    )
    return bool(match) or byline


def _without_dateline(line: str, first: bool) -> str:
    """A paragraph's first line without the dateline before its first sentence (DATELINE): one
    that names its site, a date or a place in capitals, or, in the article's first paragraph (no
    sentence ended before it), a place alone ("Jakarta - "; later "Indonesia - Aljazair ..." is prose)."""
    match = DATELINE.match(line)
    if match is None or len(line[match.end() :].split()) < DATELINE_SENTENCE_WORDS:
        return line
    place = match["place"]
    marked = match["more"] or place.isupper() or re.fullmatch(_DOMAIN, place, re.I)
    return line[match.end() :] if marked or (first and len(place.split()) == 1) else line


def without_furniture(text: str, removed: list[str] | None = None) -> str:
    """The text without its source's furniture: what stands inside its lines (INLINE_FURNITURE),
    a dateline, all after its end (END_OF_TEXT), a letter's close and signature, and lines of
    furniture (_is_furniture) standing alone, not a line that goes on from an open sentence or that
    the next line goes on from ("... memiliki market" / "share pengguna ...", "relevansi |
    kejelasan | manfaat, dengan" / "skala ..."); a button's words alone on their line are furniture
    wherever they stand (BARE_FURNITURE).  What is left out is added to `removed`, for the record."""
    left_out = removed if removed is not None else []
    for pattern in INLINE_FURNITURE:
        left_out += [match.group().strip() for match in pattern.finditer(text)]
        text = pattern.sub("", text)
    lines = text.split("\n")
    end = next((k for k, line in enumerate(lines) if END_OF_TEXT.fullmatch(line)), len(lines))
    left_out += [line.strip() for line in lines[end:]]
    lines = lines[:end]
    kept = []
    signature = False
    for k, line in enumerate(lines):
        before = lines[k - 1].rstrip() if k else ""
        after = lines[k + 1].lstrip() if k + 1 < len(lines) else ""
        if not before.strip():
            whole = line
            line = _without_dateline(line, not any(kept_line.rstrip()[-1:] in (".", "!", "?") for kept_line in kept))
            left_out += [whole[: len(whole) - len(line)].strip()] if line != whole else []
        signature = bool(line.strip()) and (
            bool(SIGN_OFF.fullmatch(line))
            or (signature and len(line.split()) <= SIGNATURE_LINE_WORDS and line.rstrip()[-1:] not in ".!?")
        )
        # (a line of furniture beside it is no sentence it goes on from or into: "Telp. ..." / "humas@...")
        goes_on = line.lstrip()[:1].islower() and before[-1:] not in ("", ".", "!", "?") and not _is_furniture(before)
        gone_on = after[:1].islower() and line.rstrip()[-1:] not in (".", "!", "?") and not _is_furniture(after)
        bare = bool(BARE_FURNITURE.fullmatch(line.strip()))
        furniture = signature or bare or (_is_furniture(line) and not goes_on and not gone_on)
        left_out += [line.strip()] if furniture else []
        kept.append("" if furniture else line)
    left_out[:] = [piece for piece in left_out if piece]
    return "\n".join(kept)
