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
    r"|(?:bagikan|share)[ \t]+(?:artikel|berita|tulisan|halaman)[ \t]+ini"
    r"(?:[ \t]+(?:melalui|lewat|via|ke|di)\b[^.!?,]*)?\W*"
    r"|share[ \t]+this\b[^.!?,]*"
    # a view counter, and the fields beside it: "Dibaca 1.245 kali", "Dilihat 2.431 kali | 3 Komentar"
    r"|(?:dibaca|dilihat|ditonton)[ \t]*:?[ \t]*[\d.,]+[ \t]+(?:kali|x)(?:[ \t]*[|•·][^.!?]*)?\W*"
    # a photo's credit on its own line: "Dok. Humas Kemlu", "Dokumentasi: Humas"
    r"|dok\.[ \t]+[^.!?:\n]{1,60}|dokumentasi[ \t]*:.*"
    r"|(?P<label>tags?|label|topik|kata[ \t]+kunci|kategori|categories)[ \t]*:.*"
    r"|(?:penulis|editor|reporter|pewarta|redaktur|penyunting|fotografer|foto|sumber|kontributor)"
    r"[ \t]*:(?P<credited>.*)"
    # headlines of other articles under a heading of their own: "Baca: ...", "Pilihan Editor: ..."
    r"|(?:baca|artikel[ \t]+lain|berita[ \t]+lain(?:nya)?|pilihan[ \t]+editor|rekomendasi|terpopuler"
    r"|berita[ \t]+populer|baca[ \t]+selanjutnya)[ \t]*:.*"
    # a page's buttons and markers: "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT"
    r"|(?:advertisement|iklan|scroll[ \t]+(?:to[ \t]+continue(?:[ \t]+with[ \t]+content)?|untuk[ \t]+melanjutkan)"
    r"|baca[ \t]+halaman[ \t]+berikutnya|halaman|url[ \t]+telah[ \t]+disalin|(?:zoom-in[ \t]*)?lihat[ \t]+foto"
    r"|berita[ \t]+populer|terpopuler|artikel[ \t]+lain|pilihan[ \t]+editor|berita[ \t]+lainnya|like[ \t]+loading"
    r"|tampilkan[ \t]+utas[ \t]+ini|baca[ \t]+berita[ \t]+tanpa[ \t]+iklan)\W*"
    r"|\[gambas:[^\]\n]*\]"
    # copyright: "Copyright 2008 - 2020 PT. Kompas Cyber Media ...", "© 2020 ...", "COPYRIGHT © ANTARA 2020",
    # "Hak cipta dilindungi undang-undang"
    r"|(?:copyright|hak[ \t]+cipta)[ \t]*(?:©|\(c\)|\d{4}|dilindungi\b).*|(?:©|\(c\)[ \t]*\d{4}).*"
    r"|.*\ball[ \t]+rights[ \t]+reserved\b.*"
    # the site's call to its readers, naming the site, its news or its channels: "Simak breaking news ...",
    # "Artikel ini telah tayang di ...", "Follow kumparanNEWS ...", "... di Google News"
    r"|(?:simak|saksikan|tonton|lihat)[ \t]+(?:juga[ \t]+)?video[ \t]*(?:[:\"“]|pilihan\b|selengkapnya\b|berikut\b).*"
    r"|simak[ \t]+breaking[ \t]+news\b.*|dapatkan[ \t]+(?:update|berita[ \t]+(?:pilihan|terkini|terbaru))\b.*"
    r"|(?:follow|ikuti)[ \t]+(?:kami|us|\w*news\w*)\b.*|.*\b(?:di|on)[ \t]+google[ \t]+news\W*"
    r"|artikel[ \t]+ini[ \t]+(?:telah[ \t]+|sudah[ \t]+)?(?:tayang|terbit|dimuat|diterbitkan)\b.*"
    r"|laporan[ \t]+(?:wartawan|reporter|koresponden|kontributor)[ \t]+[^,!?]{1,40},[ \t]*[^,.!?]{1,60}"
    rf"|(?:download|unduh)[ \t]+(?:aplikasi|app)\b.*{_DOMAIN}.*"
    r"|(?:gabung|bergabung|join)\b.*\b(?:grup|group|channel|saluran)\b.*(?:https?://|\bklik\b).*"
    r"|\S+\+[ \t]+baca[ \t]+berita\b.*|mohon[ \t]+bantu[ \t]+(?:sebar|share|bagikan)\w*\b.*"
    r"|\*?diteruskan\*?(?:[ \t]+berkali-kali)?\W*|(?:forwarded|diteruskan)[ \t]+(?:from|dari)[ \t][^.!?]*"
    r"|(?:\*[ \t]*)?(?:fakta[ \t]+atau[ \t]+hoaks\?[ \t]*)?untuk[ \t]+mengetahui[ \t]+kebenaran[ \t]+informasi\b"
    r".*\bwhatsapp[ \t]+ke[ \t]+nomor\b.*"
    r"|jangan[ \t]+lupa[ \t]+(?:like|subscribe|follow|share)\b.*|catatan[ \t]+redaksi[ \t]*:.*|disclaimer[ \t]*:.*"
    r"|dilarang[ \t]+(?:keras[ \t]+)?(?:mengambil|menyalin|mengutip)[ \t]+(?:konten|artikel|berita)\b.*"
    # a blog's frame: "Posted on December 14, 2020 by admin", "Leave a Reply", "← Previous Post"
    r"|(?:posted|diposting|diterbitkan)[ \t]+(?:on|pada)\b[^.!?]*|(?:leave[ \t]+a|tinggalkan)[ \t]+(?:reply|comment"
    r"|balasan|komentar)\b.*|your[ \t]+email[ \t]+address[ \t]+will[ \t]+not[ \t]+be[ \t]+published\b.*"
    r"|[←«][ \t]*(?:previous|sebelumnya)\b.*|(?:next|selanjutnya)[ \t]*(?:post)?[ \t]*[→»].*"
    r"|kirimkan[ \t]+ini[ \t]+lewat[ \t]+email\b.*"
    # when and by whom, alone: "Sabtu, 12 Desember 2020 18:47 WIB", "Diperbarui 17 Des 2020, 20:15 WIB",
    # "Kompas.com - 14/12/2020, 19:32 WIB", "Diposting oleh admin"
    rf"|(?:(?:diperbarui|dipublikasikan|diterbitkan|diunggah|updated|published|posted)[ \t]*:?[ \t]*"
    rf"|{_DOMAIN}[ \t]*[-–][ \t]*)?(?:{WEEKDAY}[ \t]*,?[ \t]*)?(?:{_DATE})(?:[ \t]*,?[ \t]*{_CLOCK})?"
    r"|(?:diposting|ditulis|diunggah|posted|written)[ \t]+(?:oleh|by)[ \t]+[^.!?,]{1,60}"
    # an e-mail's quoting and its sender's contacts: "Pada tanggal Sen, 21 Des 2020 pukul 08.14 ... menulis:"
    # ("Pada tahun 2012, Fergus Hanson menulis:" is the report's), "Dikirim dari iPhone saya"
    r"|(?:pada|on)[ \t].{5,200}\b\d{1,2}[.:]\d{2}\b.{0,200}[ \t](?:menulis|wrote)[ \t]*:"  # a date and time
    r"|-{2,}[ \t]*(?:original[ \t]+message|pesan[ \t]+asli|forwarded[ \t]+message|pesan[ \t]+(?:yang[ \t]+)?"
    r"diteruskan|pesan[ \t]+terusan)[ \t]*-{2,}"
    r"|(?:dikirim[ \t]+dari|sent[ \t]+from)[ \t]+(?:\S+[ \t]+)?"
    r"(?:iphone|ipad|android|samsung|ponsel|perangkat|my|outlook|yahoo|gmail|mail)\b[^.!?,]*"
    r"|(?P<address>jln?\.[ \t].*)|[^\s@]+@[^\s@]+\.\w+"  # an address, an e-mail address alone
    r"|(?:telp|tel|telepon|hp|wa|whatsapp|fax|faks|e-?mail|surel)\.?[ \t]*:?[ \t]*(?:[+(]?\d[\d ()+.-]{6,}|\S+@\S+).*"
    r"|(?:untuk[ \t]+informasi[ \t]+lebih[ \t]+lanjut[ \t]*,?[ \t]*)?(?:hubungi|narahubung|kontak|contact"
    r"(?:[ \t]+person)?|cp)[ \t]*:.*"
    # a word processor's comments on lines of their own, their mark against the text: "[a]Ini perlu
    # dicek", "Comment [ML1]: ..." ("[1] Periksa sumber" is a list's item)
    r"|comment[ \t]*\[[^\]\n]{1,10}\][ \t]*:.*|\[(?:[a-z]{1,2}|[a-z]{1,4}\d{1,3})\]\S.*"
    r"|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+[ \t]*\S.*"  # a footnote: "¹ Lihat Hanson (2012) ..."
    r"|(?-i:\([a-z0-9]{2,5}(?:/[a-z0-9]{2,5}){0,3}\)|\[[a-z]{2,5}\])",  # the editors' initials: "(rdp/imk)", "(ful)"
    re.I,
)
# Lines that name the writer and the site, in their own case: "Oleh Benedikta Desideria", "Angga
# Laraspati - detikNews", "detikNews", "CNN Indonesia".
BYLINE_NAME = re.compile(
    r"(?:Oleh|By)[ \t]+[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,4}"
    rf"|(?:[A-Z][\w'.-]*[ \t]+){{0,4}}[A-Z][\w'.-]*[ \t]+[-–][ \t]+(?:\w*[Nn][Ee][Ww][Ss]\w*|{_DOMAIN})"
    r"|\w*NEWS|\w*News|CNN[ \t]+Indonesia"
    # a photo's credit, the outlet's name before a slash and the photographer's after ("ANTARA/HO-STEKOM/am.",
    # "ANTARA FOTO/Galih Pradipta/foc.", "KOMPAS.com/KRISTIAN ERDIANTO"), and a caption, which ends with one
    # ("Ilustrasi diplomasi digital. Foto: Shutterstock"); not "ASN/TNI mendominasi daftar hadir."
    r"|(?:[^\n]{0,300}[.!?)][ \t]+)?(?:(?:[A-Z]{2,}(?:[ \t]+FOTO)?|[\w-]+\.(?:com|id|co\.id))"
    r"/[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3}(?:/[a-z]{1,5})?\.?|[Ff](?:oto|OTO)[ \t]*:[^\n]{1,60}"
    r"|[\[(][\w-]+\.(?:com|id|co\.id)/[^\])\n]{1,60}[\])])"  # "[Suara.com/Alfian Winanto]"
)
# A credit's line is the report's sentence when what follows its colon is one ("Sumber: Kementerian
# Luar Negeri mencatat 2.400 WNI ..."): ended by a stop, of as many words as a point has content
# words at least (points.MIN_POINT_WORDS), two of them written small, not only capitalised like a
# name ("Sumber: Kementerian Komunikasi dan Informatika.").
CREDIT_SENTENCE_WORDS = 4
CREDIT_SENTENCE_SMALL_WORDS = 2
# An address is a line of names and numbers ("Jl. Majapahit No. 605 Semarang"); a word of four
# letters or more written small makes it a sentence ("Jl. Pejambon menjadi saksi ...").
ADDRESS_SMALL_WORD = re.compile(r"(?<![\w.])[a-z]{4,}\b")
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
_COUNTER_MARKS = "suka komentar komentari dibagikan likes comments shares views tayangan retweets reaksi reposts"
_COUNTER_WORDS = frozenset(
    f"{_COUNTER_MARKS} kali bagikan balas lihat terjemahan semua ikuti follow like comment share view dilihat"
    " dibaca verified reply retweet jam menit hari mgg minggu yang lalu posting ulang quote tweets tweet".split()
)
_COUNTER_TOKEN = re.compile(rf"[\d.,:]+[kKmM]?|(?<!\w)(?:{MONTH}|{WEEKDAY})(?!\w)|[•·|]", re.I)

# What a page or a document puts inside the article's own lines.
INLINE_FURNITURE = (
    # a link to another article or a photo's credit in brackets: "(Baca juga: ...)", "(Foto: Dok. Humas)"
    re.compile(r"[ \t]*\((?:baca(?:[ \t]+juga)?|(?:lihat|simak)[ \t]+juga)[ \t]*:[^()\n]{1,300}\)", re.I),
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
    re.compile(r"(?<=\S)(?<!m)[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+"),  # not a unit's: "m²", "km³"
    # a link's headline (no sentence: "Baca juga: X Panitia berharap ... ." is the paragraph's own), the
    # editors' initials or a video closing a paragraph: "... kata dia. Baca: Kemenlu Buka ...", "... acara.
    # (rdp/imk)"; not a line that wraps on "Lihat" / "isinya ..."
    re.compile(
        r"(?<=[.!?\"”])[ \t]+(?:(?:baca|lihat|simak)(?:[ \t]+juga)?[ \t]*:(?:[ \t]+[^\s.!?]+){1,20}"
        r"|(?:baca|lihat|simak)[ \t]+juga\W*)$",
        re.M | re.I,
    ),
    re.compile(r"(?<=[.!?\"”])[ \t]+(?:\([a-z0-9]{2,5}(?:/[a-z0-9]{2,5}){0,3}\)|\[[a-z]{2,5}\])[ \t]*$", re.M),
    re.compile(r"[ \t]*\[gambas:[^\]\n]*\]", re.I),
    # hashtags after a sentence's end; "... Lihat selengkapnya" after one, or after "..."
    re.compile(r"(?<=[.!?…\u2190-\u2bff\U0001f000-\U0001faff])(?:[ \t]+#\w+)+[ \t]*$", re.M),  # also after emoji
    re.compile(r"(?:[ \t]*(?:\.{3}|…)[ \t]*|(?<=[.!?])[ \t]+)(?:lihat|baca)[ \t]+selengkapnya\W*$", re.M | re.I),
)
# A dateline before a news article's first words: "JAKARTA, KOMPAS.com - ", "Jakarta (ANTARA) - ",
# "TEMPO.CO, Jakarta - ", "Aljir, 12 Desember 2020 - ", "Aljir, Senin (14/12/2020) – ", "Jakarta - ".
# It names the site and the place, not what was said; as a point's words it gave the year of its
# date as a quantity.  Only the article's first paragraph has one (_without_dateline).
DATELINE = re.compile(
    rf"(?P<place>(?:[A-Z][\w.&'-]*|{_DOMAIN})(?:[ \t]+[A-Z][\w.&'-]*){{0,2}})"
    rf"(?:[ \t]*,[ \t]*(?:(?P<date>(?i:{WEEKDAY}[ \t]*)?\(?(?:{_DATE}|\d{{1,2}}/\d{{1,2}})\)?)|(?P<site>{_DOMAIN})"
    r"|(?P<names>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,1})))?"
    r"(?P<outlet>[ \t]*\([A-Z][A-Z .]{1,30}\))?"  # an agency in capitals: "(ANTARA)"
    r"[ \t]+(?:-{1,2}|–|—)[ \t]+(?=(?P<next>[A-Z]\S*[ \t]+\S+))"
)
DATELINE_SENTENCE_WORDS = 6  # what follows a dateline is a sentence
# Where an article's own text ends: a press release's "###", "***" or "-SELESAI-" before its
# boilerplate ("Tentang Universitas ...", "Untuk informasi lebih lanjut"); a references or notes
# section, whose lines are mostly references ("Hanson, F. (2012). Baked In and Wired ...").  A
# "###" dividing a report, or a "Referensi" heading over prose, ends nothing.
END_OF_RELEASE = re.compile(r"[ \t]*(?:#{3,}|\*{3,}|-{1,3}[ \t]*(?:selesai|end|akhir)[ \t]*-{1,3})[ \t]*", re.I)
BOILERPLATE = re.compile(
    r"[ \t]*(?:tentang|about|profil|catatan[ \t]+(?:untuk|bagi)[ \t]+(?:editor|redaksi)|notes?[ \t]+to[ \t]+editors?"
    r"|kontak|narahubung|media[ \t]+contact|(?:untuk[ \t]+)?informasi[ \t]+lebih[ \t]+lanjut)\b",
    re.I,
)
REFERENCES_HEADING = re.compile(
    r"[ \t]*(?:catatan[ \t]+kaki|referensi|daftar[ \t]+(?:pustaka|rujukan|referensi)|bibliografi|footnotes?"
    r"|endnotes?|references|sumber[ \t]+rujukan)[ \t]*:?[ \t]*",
    re.I,
)
REFERENCE = re.compile(
    r"[ \t]*(?:\[\d{1,3}\]|\d{1,3}[.)]|[-•*])?[ \t]*(?:[A-Z][\w'-]+,[ \t]*[A-Z]|.*\((?:19|20)\d\d[a-z]?\)"
    r"|.*https?://|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079\d]{1,3}[ \t]+[A-Z])"
)
# A letter's close; the short lines under it are its sender's name and post ("Salam,", "Dewi").
SIGN_OFF = re.compile(
    r"[ \t]*(?:(?:salam(?:[ \t]+hangat)?|hormat[ \t]+(?:kami|saya)|regards|best[ \t]+regards|wassalam\w*)"
    r"[ \t]*[,.!]?|--)[ \t]*",  # and the mark an e-mail's signature opens with
    re.I,
)
SIGNATURE_LINE_WORDS = 8
# A note's number against a word ("digital[1]"), and the line of its text ("[1] Materi lengkap ...");
# without a mark in the text, "[1] Periksa sumber ..." is a list's item.
NOTE_MARK = re.compile(r"(?<=[\w.,;:!?)\"”’])\[(\d{1,3})\]")
NOTE_LINE = re.compile(r"[ \t]*\[(\d{1,3})\][ \t]")


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
        small = sum(word[:1].islower() for word in words)
        sentence = line[-1] in ".!?" and len(words) >= CREDIT_SENTENCE_WORDS and small >= CREDIT_SENTENCE_SMALL_WORDS
        return not sentence
    if match and match["address"] is not None:
        return not ADDRESS_SMALL_WORD.search(line)
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


def _end_of_text(lines: list[str]) -> int:
    """The number of the line where the article's own text ends (END_OF_RELEASE, REFERENCES_HEADING),
    each line read once: from the end, how many lines follow and how many of them are references."""
    end, following, references, next_line = len(lines), 0, 0, ""
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k]
        release = END_OF_RELEASE.fullmatch(line) and BOILERPLATE.match(next_line)
        if release or (REFERENCES_HEADING.fullmatch(line) and following and references * 2 >= following):
            end = k
        if line.strip():
            following, references, next_line = following + 1, references + bool(REFERENCE.match(line)), line
    return end


def _without_dateline(line: str, first: bool) -> str:
    """A paragraph's first line without its dateline (DATELINE): one that names its site, a date or
    its agency; or, in the article's first paragraph, a place alone in capitals ("SEMARANG – ") or
    in small letters before a name ("Jakarta - Universitas STEKOM ..."; "Indonesia – Aljazair
    menandai ..." is the sentence's own, and so is "KBRI - Kedutaan Besar ..." in a later paragraph)."""
    match = DATELINE.match(line)
    if match is None or len(line[match.end() :].split()) < DATELINE_SENTENCE_WORDS:
        return line
    place, single = match["place"], len(match["place"].split()) == 1
    site = re.fullmatch(_DOMAIN, place, re.I) or match["site"]
    named = match["names"] and (single or site)  # "Jakarta, CNN Indonesia -- ", "TEMPO.CO, Jakarta - "
    before_name = all(word[:1].isupper() for word in match["next"].split())
    alone = not (match["names"] or match["date"] or match["site"] or match["outlet"]) and (
        (place.isupper() and single) or (single and before_name)
    )
    weak = named or alone
    return line[match.end() :] if site or match["date"] or match["outlet"] or (first and weak) else line


def without_furniture(text: str, removed: list[str] | None = None) -> str:
    """The text without its source's furniture: what stands inside its lines (INLINE_FURNITURE),
    a dateline, all after its end (END_OF_TEXT), a letter's close and signature, and lines of
    furniture (_is_furniture) standing alone, not a line that goes on from an open sentence or that
    the next line goes on from ("... memiliki market" / "share pengguna ...", "relevansi |
    kejelasan | manfaat, dengan" / "skala ..."); a button's words alone on their line are furniture
    wherever they stand (BARE_FURNITURE).  What is left out is added to `removed`, for the record."""
    left_out = removed if removed is not None else []
    noted = set(NOTE_MARK.findall(text))  # "[1]" against a word: a line opening with it is the note
    for pattern in INLINE_FURNITURE:
        left_out += [match.group().strip() for match in pattern.finditer(text)]
        text = pattern.sub("", text)
    lines = text.split("\n")
    end = _end_of_text(lines)
    left_out += [line.strip() for line in lines[end:]]
    lines = lines[:end]
    kept = []
    signature = headlines = ended = False  # ended: a sentence has ended (the article's first paragraph is over)
    for k, line in enumerate(lines):
        before = lines[k - 1].rstrip() if k else ""
        after = lines[k + 1].lstrip() if k + 1 < len(lines) else ""
        if not before.strip():
            whole = line  # in the article's first paragraph no sentence has ended before it
            line = _without_dateline(line, not ended)
            left_out += [whole[: len(whole) - len(line)].strip()] if line != whole else []
        # a signature's lines open with a capital, a digit or a phone's "+" or "(": "Dewi", "Humas STEKOM"
        signature = bool(line.strip()) and (
            bool(SIGN_OFF.fullmatch(line))
            or (
                signature
                and len(line.split()) <= SIGNATURE_LINE_WORDS
                and line.rstrip()[-1:] not in ".!?"
                and (line.lstrip()[:1].isupper() or line.lstrip()[:1] in "+(0123456789")
            )
        )
        # (a line of furniture beside it is no sentence it goes on from or into: "Telp. ..." / "humas@...")
        goes_on = line.lstrip()[:1].islower() and before[-1:] not in ("", ".", "!", "?") and not _is_furniture(before)
        gone_on = after[:1].islower() and line.rstrip()[-1:] not in (".", "!", "?") and not _is_furniture(after)
        bare = bool(BARE_FURNITURE.fullmatch(line.strip()))
        # under a link's words alone ("Baca Juga:", "Artikel Terkait"), the headlines they link, to a stop
        headlines = bool(line.strip()) and (bare or (headlines and line.rstrip()[-1:] not in ".!?"))
        note = (opening := NOTE_LINE.match(line)) is not None and opening[1] in noted
        furniture = signature or headlines or note or (_is_furniture(line) and not goes_on and not gone_on)
        left_out += [line.strip()] if furniture else []
        kept.append("" if furniture else line)
        ended = ended or (not furniture and line.rstrip()[-1:] in (".", "!", "?"))
    left_out[:] = [piece for piece in left_out if piece]
    return "\n".join(kept)
