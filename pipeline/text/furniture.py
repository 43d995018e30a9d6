"""A report's text without what its source put around it: a news page's furniture (links to
other articles, sharing buttons, credits, counters, advertisements, datelines, copyright), a word
processor's leftovers (field codes, comment and note marks, a references section) and an e-mail's
quoting and signature.  None of it is the report's words: left in, it became points the talk was
judged against ("Simak breaking news ..." missing), quantities (2008 and 2020 of a copyright line)
and names (an e-mail's "Salam, Dewi", which made the report look like another day's)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.text.formats import BULLETS, CLOSING_MARKS, CLOSING_QUOTES
from pipeline.text.sentences import abbreviated, split_sentences

MONTH = r"(?:Jan|Feb|Mar|Apr|May|Mei|Jun|Jul|Aug|Agu|Agt|Sep|Oct|Okt|Nov|Dec|Des)[a-z]{0,6}\.?"
WEEKDAY = r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?"
_DATE = rf"\d{{1,2}}[ \t]+{MONTH}[ \t]+\d{{4}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|\d{{4}}-\d{{1,2}}-\d{{1,2}}"
_CLOCK = r"(?:pukul[ \t]*)?\d{1,2}[:.]\d{2}(?:[ \t]*(?:WIB|WITA|WIT|GMT[+\d]*|UTC[+\d]*))?"
# (A domain opens a word: looked for inside one, it was read again from every letter, a long word's square.)
_DOMAIN = r"(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|co|id|net|org|go\.id|ac\.id)\b"

# Lines a news site puts around its article, each a line of its own.  A label before a colon
# names most of them: links to other articles ("Baca juga: ...", "Pilihan Editor: ..."), the credits
# of the writer, the photo or the source ("Penulis: Humas"), tags ("Tag: diplomasi digital, ..."),
# contacts ("Telp: (024) ...", "Email: humas@...").  Such a line is the report's own when what the
# label opens is a sentence (is_prose: "Sumber: Kementerian Luar Negeri mencatat 2.400 WNI ...",
# "Kategori: mahasiswa (60 persen), ASN (30 persen) ...").  Compared, "Tag: ..." came out partly
# said, and 1245 of "Dibaca 1.245 kali" a quantity.  What a photo's label opens is its caption, a
# sentence or not ("Foto: Duta Besar ... saat menyampaikan materi secara daring"): it tells what the
# picture shows, not what was said, and had been a point found missing.  "Gambar:", "Ilustrasi:" and
# "Caption:" open a sentence of the report as often ("Ilustrasi: narasumber memberi contoh seorang
# petani yang menjual hasil panennya ..."): a label like the others, furniture unless prose; but
# "Gambar:" before a capitalised word is an image's alt text pasted with the page ("Gambar: Peserta
# pelatihan memetakan potensi desa ...", a sentence or not: fifty-fifth round).
# The labels of a byline's names ("Penulis: ...", "Pewarta: ..."), on a line of their own (LABELLED) and
# after a paragraph's last sentence (INLINE_FURNITURE).
_WRITERS_LABEL = r"penulis|editor|reporter|pewarta|redaktur|penyunting|kontributor"
_LINK_WORDS = (  # a link's or a sharing button's words
    r"(?:(?:baca|lihat|simak|tonton)[ \t]+(?:juga|selengkapnya)|(?:berita|artikel)[ \t]+terkait|bagikan|share)"
)
LABELLED = re.compile(
    rf"(?:(?P<link>{_LINK_WORDS}(?:[ \t]+\w+){{0,3}}|baca|artikel[ \t]+lain|berita[ \t]+lain(?:nya)?"
    r"|pilihan[ \t]+editor|rekomendasi|terpopuler|berita[ \t]+populer|baca[ \t]+selanjutnya"
    # a live blog's label over its headline: "LIVE UPDATE: Hari Kedua Lokakarya ..." (fifty-sixth round)
    r"|live(?:[ \t]+(?:update|report|blog))?)"
    r"|tags?|label|topik|kata[ \t]+kunci|kategori"
    rf"|categories|{_WRITERS_LABEL}|sumber"
    r"|(?P<caption>fotografer|foto|keterangan[ \t]+(?:foto|gambar)|gambar(?=[ \t]*:[ \t]*(?-i:[\"“‘]?[A-Z])))"
    r"|caption|gambar|ilustrasi"
    r"|dokumentasi|(?:untuk[ \t]+informasi[ \t]+lebih[ \t]+lanjut[ \t]*,?[ \t]*)?"
    r"(?:hubungi|narahubung|kontak|contact(?:[ \t]+person)?|cp)|telp|tel|telepon|hp|wa|whatsapp|fax|faks|e-?mail"
    r"|surel"
    # a report form's header, the event's details a field a line ("Hari/Tanggal: Senin, 14 Desember 2020",
    # "Tempat: Zoom Meeting", "Narasumber: ..."): joined at a name's last period they had been one point
    r"|nama[ \t]+(?:kegiatan|acara)|kegiatan|tema|judul|hari(?:[ \t]*[/,][ \t]*tanggal)?|tanggal|waktu|pukul"
    r"|tempat|lokasi|narasumber|pemateri|pembicara|moderator|pembawa[ \t]+acara|peserta|jumlah[ \t]+peserta"
    r"|penyelenggara|pelaksana)[ \t]*:(?P<rest>.*)",
    re.I,
)
# The label of a note on the article, not on the talk: an editor's note, an erratum, a correction.
_ARTICLE_NOTE = (
    r"(?:catatan[ \t]+(?:redaksi|editor|penyunting|red\.?)|editor'?s?[ \t]+note|ralat|koreksi|erratum|errata)[ \t]*:"
)
# An advertisement's slot, as a news site marks it: "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT".
_AD_SLOT = r"(?:advertisement|scroll[ \t]+to[ \t]+continue(?:[ \t]+with[ \t]+content)?)"
# Lines of furniture that no label opens, and that nothing but a page's furniture would be.
PAGE_FURNITURE = re.compile(
    r"comment[ \t]*\[[^\]\n]{1,10}\][ \t]*:.*|disclaimer[ \t]*:.*"
    # a note on the article itself, an editor's note or an erratum, as a line ("Catatan editor: Artikel ini
    # diperbarui ...", "Ralat: nama narasumber yang benar ..."; in brackets: INLINE_FURNITURE)
    rf"|{_ARTICLE_NOTE}.*"
    r"|(?:bagikan|share)[ \t]+(?:artikel|berita|tulisan|halaman)[ \t]+ini"
    r"(?:[ \t]+(?:melalui|lewat|via|ke|di)\b[^.!?,]*)?\W*"
    r"|share[ \t]+this\b[^.!?,]*"
    # a view counter, and the fields beside it: "Dibaca 1.245 kali", "Dilihat 2.431 kali | 3 Komentar"
    r"|(?:dibaca|dilihat|ditonton)[ \t]*:?[ \t]*[\d.,]+[ \t]+(?:kali|x)(?:[ \t]*[|•·][^.!?]*)?\W*"
    r"|dok\.[ \t]+[^.!?:\n]{1,60}"  # a photo's credit alone: "Dok. Humas Kemlu"
    # a page's buttons and markers: "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", the two in a row
    rf"|{_AD_SLOT}(?:[ \t]+{_AD_SLOT})+\W*"
    r"|(?:advertisement|iklan|scroll[ \t]+(?:to[ \t]+continue(?:[ \t]+with[ \t]+content)?|untuk[ \t]+melanjutkan)"
    r"|baca[ \t]+halaman[ \t]+berikutnya|halaman|url[ \t]+telah[ \t]+disalin|(?:zoom-in[ \t]*)?lihat[ \t]+foto"
    r"|berita[ \t]+populer|terpopuler|artikel[ \t]+lain|pilihan[ \t]+editor|berita[ \t]+lainnya|like[ \t]+loading"
    r"|tampilkan[ \t]+utas[ \t]+ini|baca[ \t]+berita[ \t]+tanpa[ \t]+iklan)\W*"
    r"|\[gambas:[^\]\n]*\]"
    # copyright: "Copyright 2008 - 2020 PT. Kompas Cyber Media ...", "COPYRIGHT © ANTARA 2020"; not "Hak cipta
    # dilindungi undang-undang, sehingga peserta ..." (a sentence) nor a sentence quoting "all rights reserved"
    r"|(?:copyright|hak[ \t]+cipta)[ \t]*(?:©|\(c\)|\d{4}|dilindungi[ \t]+undang-undang\W*$).*|(?:©|\(c\)[ \t]*\d{4}).*"
    r"|[^.!?\n]{0,80}\ball[ \t]+rights[ \t]+reserved\W*"
    # the site's call to its readers, naming the site, its news or its channels: "Simak breaking news ...",
    # "Artikel ini telah tayang di ...", "Follow kumparanNEWS ...", "Suara.com Hadir di Google News"
    r"|simak[ \t]+breaking[ \t]+news\b.*|dapatkan[ \t]+(?:update|berita[ \t]+(?:pilihan|terkini|terbaru))\b.*"
    r"|(?:follow|ikuti)[ \t]+(?:kami|us|\w*news)\b.*"
    r"|(?:artikel|berita|tulisan)[ \t]+ini[ \t]+(?:telah[ \t]+|sudah[ \t]+)?(?:tayang|terbit|dimuat|diterbitkan"
    r"|diperbarui|dimutakhirkan|direvisi|dikoreksi|diralat|disunting)\b.*"
    r"|laporan[ \t]+(?:wartawan|reporter|koresponden|kontributor)[ \t]+[^,!?]{1,40},[ \t]*[^,.!?]{1,60}"
    rf"|(?:download|unduh)[ \t]+(?:aplikasi|app)\b.*{_DOMAIN}[^.!?]*"
    # (up to the first group's word only: from each of many it read the rest of the line again, a square)
    r"|(?:gabung|bergabung|join)\b(?:(?!\b(?:grup|group|channel|saluran)\b).)*\b(?:grup|group|channel|saluran)\b"
    r".*\bklik\b.*"
    r"|\S+\+[ \t]+baca[ \t]+berita\b.*|mohon[ \t]+bantu[ \t]+(?:sebar|share|bagikan)\w*\b.*"
    r"|\*?diteruskan\*?(?:[ \t]+berkali-kali)?\W*|(?:forwarded|diteruskan)[ \t]+(?:from|dari)[ \t][^.!?]*"
    r"|(?:\*[ \t]*)?(?:fakta[ \t]+atau[ \t]+hoaks\?[ \t]*)?untuk[ \t]+mengetahui[ \t]+kebenaran[ \t]+informasi\b"
    r".*\bwhatsapp[ \t]+ke[ \t]+nomor\b.*"
    r"|jangan[ \t]+lupa[ \t]+(?:like|subscribe)\b.*"
    r"|dilarang[ \t]+(?:keras[ \t]+)?(?:mengambil|menyalin|mengutip)[ \t]+(?:konten|artikel|berita)\b.*"
    # a blog's frame: "Posted on December 14, 2020 by admin", "Leave a Reply", "← Previous Post"
    r"|(?:posted|diposting)[ \t]+(?:on|pada)\b[^.!?]*|(?:leave[ \t]+a[ \t]+(?:reply|comment)|tinggalkan[ \t]+(?:balasan"
    r"|komentar))\W*|your[ \t]+email[ \t]+address[ \t]+will[ \t]+not[ \t]+be[ \t]+published\b.*"
    r"|[←«][ \t]*(?:previous|sebelumnya)\b.*|(?:next|selanjutnya)[ \t]*(?:post)?[ \t]*[→»].*"
    r"|kirimkan[ \t]+ini[ \t]+lewat[ \t]+email\b.*"
    # an e-mail's quoting line, with a date and a time ("Pada tanggal Sen, 21 Des 2020 pukul 08.14 ...
    # menulis:"; "Pada pukul 10.45 WIB, ... Rina menulis:" is the report's), its forwarding mark, and
    # the line its sender's phone adds ("Dikirim dari iPhone saya")
    rf"|(?:pada|on)[ \t].{{0,60}}(?:{_DATE}|{MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{MONTH})"
    r".{0,100}\b\d{1,2}[.:]\d{2}\b.{0,200}[ \t](?:menulis|wrote)[ \t]*:"
    r"|-{2,}[ \t]*(?:original[ \t]+message|pesan[ \t]+asli|forwarded[ \t]+message|pesan[ \t]+(?:yang[ \t]+)?"
    r"diteruskan|pesan[ \t]+terusan)[ \t]*-{2,}"
    r"|(?:dikirim[ \t]+dari|sent[ \t]+from)[ \t]+(?:\S+[ \t]+)?"
    r"(?:iphone|ipad|android|samsung|ponsel[ \t]+saya|perangkat|my|outlook|yahoo|gmail|mail)\b[^.!?,]*"
    # a word processor's comments on lines of their own, their mark against the text ("[a]Ini perlu dicek")
    r"|\[(?:[a-z]{1,2}|[a-z]{1,4}\d{1,3})\]\S.*"
    r"|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+[ \t]*\S.*"  # a footnote: "¹ Lihat Hanson (2012) ..."
    r"|(?-i:\([a-z0-9]{2,5}(?:/[a-z0-9]{2,5}){0,3}\)|\[[a-z]{2,5}\])",  # the editors' initials: "(rdp/imk)", "(ful)"
    re.I,
)
# Lines of furniture that a sentence wrapped over lines may also hold: a date alone ("Sabtu, 9
# Januari 2021" in "... akan digelar pada" / "Sabtu, 9 Januari 2021" / "09.00 WIB melalui Zoom."),
# a contact, a link's words alone; furniture only where no sentence goes on into them or from them
# (without_furniture), and those in OPEN only when they are no sentence themselves (is_prose).
PLAIN_FURNITURE = re.compile(
    # a contact without a colon: "Telp. (024) 6723456 | WA 0812-...", "Email humas@stekom.ac.id"
    r"(?P<open>(?:telp|tel|telepon|hp|wa|whatsapp|fax|faks|e-?mail|surel)\.?[ \t]*(?:[+(]?\d[\d ()+.-]{6,}|\S+@\S+).*"
    r"|(?:simak|saksikan|tonton|lihat)[ \t]+(?:juga[ \t]+)?video[ \t]*(?:[:\"“]|pilihan\b|selengkapnya\b|berikut\b).*)"
    rf"|{_LINK_WORDS}[^\w]*"  # a link's or a button's words alone: "Baca juga", "Bagikan:"
    # when and by whom, alone: "Sabtu, 12 Desember 2020 18:47 WIB", "Diperbarui 17 Des 2020, 20:15 WIB",
    # "Kompas.com - 14/12/2020, 19:32 WIB", "Diposting oleh admin"
    rf"|(?:(?:diperbarui|dipublikasikan|diterbitkan|diunggah|updated|published|posted)[ \t]*:?[ \t]*"
    rf"|{_DOMAIN}[ \t]*[-–][ \t]*)?(?:{WEEKDAY}[ \t]*,?[ \t]*)?(?:{_DATE})(?:[ \t]*,?[ \t]*{_CLOCK})?"
    # (and when, to the minute: "Ditulis oleh Rina pada 14 Desember 2020 pukul 10.15 WIB")
    r"|(?:diposting|ditulis|diunggah|posted|written)[ \t]+(?:oleh|by)[ \t]+[^.!?,]{1,60}"
    rf"(?:,?[ \t]+(?:(?:pada|on)[ \t]+)?(?:{WEEKDAY}[ \t]*,?[ \t]*)?(?:{_DATE})(?:[ \t]*,?[ \t]*{_CLOCK})?)?"
    r"|(?:\S+[ \t]+){0,4}(?:di|on)[ \t]+google[ \t]+news\W*"  # "Suara.com Hadir di Google News."
    r"|(?P<address>jln?\.[ \t].*)|[^\s@]+@[^\s@]+\.\w+",  # an address, an e-mail address alone
    re.I,
)
# Lines that name the writer and the site, in their own case: "Oleh Benedikta Desideria", "Angga
# Laraspati - detikNews", "detikNews", "CNN Indonesia".
BYLINE_NAME = re.compile(
    r"(?:Oleh|By)[ \t]+[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,4}"
    rf"|(?:[A-Z][\w'.-]*[ \t]+){{0,4}}[A-Z][\w'.-]*[ \t]+[-–][ \t]+(?:\w*[Nn][Ee][Ww][Ss]\w*|{_DOMAIN})"
    r"|\w*NEWS|\w*News|CNN[ \t]+Indonesia"
    # a photo's credit, the outlet's name before a slash and the photographer's after ("ANTARA/HO-STEKOM/am.",
    # "ANTARA FOTO/Galih Pradipta/foc.", "KOMPAS.com/KRISTIAN ERDIANTO", "[Suara.com/Alfian Winanto]"), and a
    # caption, which ends with one ("Ilustrasi diplomasi digital. Foto: Shutterstock", "Suasana workshop,
    # Senin (14/12/2020). (ANTARA/HO-STEKOM)", in brackets too); not "ASN/TNI
    # mendominasi daftar hadir." nor "... 2021. (s.id/lokakarya-diplomasi)"
    r"|(?:(?P<captioned>[^\n]{0,300}[.!?)])[ \t]+)?(?:[\[(]?(?:[A-Z]{2,}(?:[ \t]+FOTO)?|[\w-]+\.(?:com|id|co\.id))"
    r"/[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3}(?:/[a-z]{1,5})?\.?[\])]?|[Ff](?:oto|OTO)[ \t]*:[^\n]{1,60}"
    r"|[\[(][\w-]+\.(?:com|id|co\.id)/[A-Z][\w .-]{0,40}[\])])"
)
# A photo's credit after a caption or after the report's own text on its line, at its end or before the
# next sentence (a page's text joined into one paragraph: "... Senin (14/12/2020). ANTARA FOTO/Galih
# Pramudya/foc. Dalam paparannya, ..."): in brackets ("(ANTARA/HO-KBRI)", "[ANTARA FOTO/Galih P]",
# "(KOMPAS.com/Ardi)", "(Foto: Dok. Kemlu RI)", "(Dok. Panitia)", "[Foto: Humas UNS]"), or not, an
# agency's ("KOMPAS/HENDRA WIJAYA", "TEMPO/Shinta R") or a photo's label's ("Foto: Istimewa", "Sumber
# foto: Humas Polines", "Foto: Rengga/detikcom"), whose names end where a capitalised word before one
# written small opens the next sentence ("Foto: Istimewa Panitia juga membuka ..."); an agency's names in
# capitals stop at the first word that is not ("KOMPAS/HENDRA WIJAYA Dekan FISIP UI turut hadir" had
# lost "Dekan FISIP"), and where the split is not told so, the credit stays (_may_run_into_the_next_sentence).
# Only the BYLINE_NAME credit ending a line had been seen: one inside a line was kept in the point, and
# one in brackets was taken out before its caption was looked at, so the caption stayed ("Menlu saat
# membuka pelatihan.").
# A photo's label opens a credit with a colon; a camera's emoji opens one on a social post, colon or not
# ("📸: @kkn.desa ...", "📷️" with its variation selector), whose name is an account's handle.
# "Foto: Istimewa" (a handout's) is whole: a capitalised word after it opens the next sentence ("...
# Foto: Istimewa Dekan Fakultas ..." had kept the credit as one that might have taken the sentence's
# first word).
# A map's or a graphic's credit is a photo's ("(Peta: Google Maps)", "Grafis: Bappeda ..."), and so is an English
# page's ("Photo: Antara/...", "(Image: ...)"; fifty-sixth round, captions-56).
_PHOTO_LABEL = (  # (its first letters looked at first: the engine tries it at every position of a line)
    r"(?=[FfPpIiGgSsKk📸📷])(?:(?:[Ff]oto|FOTO|[Pp]hoto|PHOTO|[Ii]mage|[Pp]eta|PETA|[Gg]rafis|[Ii]nfografis"
    r"|(?:[Ss]umber|[Kk]redit)[ \t]+[Ff]oto)[ \t]*:|[📸📷]\ufe0f?(?:[ \t]*:)?)"
)
CREDIT_LABEL = (  # in brackets, any case
    r"foto|photo|image|peta|(?:info)?grafis|dok(?:umentasi)?|ilustrasi|gambar|(?:sumber|kredit)[ \t]+foto"
)
CREDIT_ENDS = r"[ \t]*$|[ \t]+[\"“‘(]?[A-Z0-9]"  # a credit in brackets ends its text: the line's end, a sentence
_AGENCY = r"(?<![\w-])(?:[A-Z]{2,}(?:[ \t]+FOTO)?|[\w-]+\.(?:com|id|co\.id))/"  # (from a word's opening: see _DOMAIN)
# An English page's credit in brackets: "(Courtesy of Yayasan ...)", "(Photo courtesy of UNICEF ...)", and a national
# agency's written in its own case there, "(Antara/Name)", "(Tempo/Name)" (fifty-seventh round, captions-57).
_ENGLISH_CREDIT = r"(?:(?i:photo[ \t]+)?[Cc]ourtesy[ \t]+of[ \t]+|(?:Antara|Tempo|Kompas)/)"
_CREDIT_NAME = rf"(?:[A-Z][\w.&'-]*|[Dd]ok\.|{_DOMAIN}|@[\w.]*\w)(?:/[\w.-]+)?"
# An office's title opens the report's sentence after a credit, and is none of the credit's names ("Foto: Dok.
# Kemenkop UKM Menteri Koperasi dan UKM meminta ...", "Foto: Humas Pemkab Sleman Bupati Sleman ... mengatakan
# ..."; fifty-eighth round, captions-58): a credit's names had run into it and been left in the sentence.  Only
# where the title's words run on to a word written small (the sentence's verb, _OFFICE_OPENS): a credit's own
# names may hold a title ("Foto: Humas Sekretariat Wakil Presiden", "Foto: Dok. Kantor Camat Depok" ending a
# line; the review's), which had been cut there, the title's words left in the text.  Read after a photo's
# label's credit (PHOTO_CREDIT) and after any credit's end (_may_run_into_the_next_sentence), not inside an
# agency's names: "ANTARA/Rahmad Menteri Desa membuka acara." keeps its credit, as the names may run on.
_OFFICE = (
    r"(?:Menteri|Gubernur|Bupati|Wali[ \t]+Kota|Walikota|Wakil|Camat|Lurah|Kepala|Ketua|Rektor|Dekan|Direktur"
    r"|Sekretaris)\b"
)
_OFFICE_OPENS = rf"{_OFFICE}(?:[ \t]+[A-Z][\w.-]*){{0,6}}[ \t]+[\"“‘]?[a-z]"
PHOTO_CREDIT = re.compile(
    rf"{_PHOTO_LABEL}[ \t]*(?:Istimewa|ISTIMEWA)(?=[ \t]*$|[ \t]+[\"“‘]?[A-Z])"
    rf"|[\[(](?:(?i:{CREDIT_LABEL})[ \t]*[.:/][ \t]*|{_AGENCY}|{_ENGLISH_CREDIT})[A-Z][^()\[\]\n]{{0,200}}[\])]"
    rf"(?={CREDIT_ENDS})"
    rf"|{_AGENCY}[A-Z][A-Z-]*(?:[ \t]+[A-Z][A-Z-]*){{0,3}}(?:/[a-z]{{1,5}})?\.?(?=[ \t]*$|[ \t]+[\"“‘]?[A-Z][a-z])"
    rf"|(?:{_AGENCY}[A-Z][a-z][\w-]*(?:[ \t]+(?:[A-Z][a-z][\w-]*|[A-Z]\b\.?)){{0,3}}(?:/[a-z]{{1,5}})?\.?"
    rf"|{_PHOTO_LABEL}[ \t]*{_CREDIT_NAME}(?:[ \t]+(?!{_OFFICE_OPENS}){_CREDIT_NAME}){{0,5}})"
    rf"(?=[ \t]*$|[ \t]+[\"“‘]?[A-Z][\w.-]*[ \t]+[a-z]|[ \t]+{_OFFICE_OPENS})"
)
# A photo's label before a credit's own first word, a handout's, an office's or an agency's ("Foto: Istimewa",
# "Foto: Humas Pemkab Sleman", "Foto : Dok. KKN UM", "Photo: Antara/Name"), not before a caption ("Foto: Menteri
# ... memberikan sambutan ..."): a credit that may open the line of the report's sentence (fifty-seventh round).
_CREDITS_FIRST_WORD = r"(?:Istimewa|ISTIMEWA|Humas|HUMAS|Dok\.|DOK\.|Dokumentasi|DOKUMENTASI|[A-Za-z][\w.-]*/|@)"
OPENING_CREDIT = re.compile(rf"{_PHOTO_LABEL}[ \t]*{_CREDITS_FIRST_WORD}")
# Every credit holds one of these (its label's colon, its brackets, its agency's slash, a camera): a line
# without them is read no further for credits (PHOTO_CREDIT, BYLINE_NAME's), which had been tried at its
# every position.
CREDIT_MARK = re.compile(r"[:/(\[📸📷]")
AFTER_A_SENTENCE = re.compile(r"[.!?\"”’)\]][ \t]+$")  # where a credit without brackets may stand
# Which of the two a text before a credit is where its place does not tell (a paragraph of one
# sentence, between the report's): a sentence of the report goes on from the story told before it,
# pointing back at its opening ("Ia", "Hal tersebut", "Selain itu", "Menurutnya", a quotation), or
# says whose words it gives ("ujarnya", ", lanjutnya,", ", kata Duta Besar,"); a caption names what
# the picture shows, opening with the picture's own words ("Suasana workshop ...", "Tampak Duta
# Besar ...", "Ilustrasi", "Tangkapan layar"), or places someone in it ("(kiri)", "(dua dari
# kiri)", "(kedua kanan)").  A word that points back inside the text ("acara tersebut", "juga",
# "pula") or a quotation in it is a caption's as often ("Peserta mengikuti workshop "Diplomasi
# Digital" ..."); "Tampak hadir ..." opens a press release's sentence, and "Foto-foto ..." is the
# pictures' story, not one picture's.
GOES_ON_FROM_THE_STORY = re.compile(
    r"[\"“‘]|(?i:(?:ia|dia|beliau|mereka|keduanya|hal[ \t]+(?:ini|itu|tersebut)|selain[ \t]+itu"
    r"|sementara[ \t]+itu|kemudian|selanjutnya|setelah[ \t]+itu|namun|oleh[ \t]+karena[ \t]+itu"
    r"|dengan[ \t]+demikian|menurut(?:nya)?|lebih[ \t]+lanjut)\b)"
)
_SAYING = r"(?:ujar|kata|jelas|tambah|tutur|ungkap|imbuh|papar|tegas|pungkas|lanjut)"
GIVES_WHOSE_WORDS = re.compile(rf"(?i:\b{_SAYING}nya\b)|[,”\"][ \t]*{_SAYING}[ \t]+[A-Z]")
# "Suasana ..." opens a caption ("Suasana lokakarya di Aula ..., Rabu (8/3/2023).") and the report's
# sentence that says how it went, a degree or a linking word just after the scene's one or two words
# ("Suasana diskusi semakin hangat ketika ..."), which had been left out as a caption (fifty-fourth
# round, docs/compare.md); further on, or after "yang", the word is the scene's ("Suasana peserta yang
# sangat antusias mengikuti pelatihan di Aula Desa." is a caption).  A caption names the people
# placed in it from the left ("Dari kiri ke kanan: ...", "Kiri-kanan: ...", "Ki-ka: ...").  "Gambar"
# opens a caption as a label, with a colon or a number ("Gambar 2. ..."); as a word it opens the
# report's sentence ("Gambar peta dusun ... kemudian dikirim ...", fifty-fifth round).  A photo
# gallery's counter opens its caption: "1/5 Peserta lokakarya ...".
_HOW_IT_WENT = r"(?:semakin|makin|kian|sangat|begitu|amat|cukup|terasa|menjadi|berubah)"
_THE_SCENE = rf"suasana(?![ \t]+\w+(?:[ \t]+(?!yang\b)\w+)?[ \t]+{_HOW_IT_WENT}\b)"
NAMES_A_PICTURE = re.compile(
    rf"[\"“‘]?(?:(?:{_THE_SCENE}|tampak(?![ \t]+(?:jelas|bahwa|nyata|hadir))|ilustrasi"
    r"|tangkapan[ \t]+layar|potret|foto(?!-)|gambar(?=[ \t]*(?::|\d))|dok\.|dokumentasi)\b"
    r"|(?-i:\d{1,2}[ \t]*/[ \t]*\d{1,2}[ \t]+[A-Z])"
    r"|(?:dari[ \t]+)?(?:kiri[ \t]*(?:ke|-)[ \t]*kanan|kanan[ \t]*(?:ke|-)[ \t]*kiri)[ \t]*:|(?:ki-ka|ka-ki)[ \t]*:)",
    re.I,
)
PLACES_SOMEONE = re.compile(
    r"\((?:[\w ]{0,20}[ \t])?(?:kiri|kanan|tengah|ki-ka|ka-ki)\b[^)]{0,40}\)",
    re.I,
)
# What else tells a caption by its words, wherever it stands (fifty-third round, docs/compare.md): the
# caption's formula closing it, the place and the day ("... di Jakarta, Senin (14/12/2020).", "... di
# Yogyakarta, 3 Oktober 2023."); someone named at a moment ("Menlu saat membuka pelatihan ...", "Dr.
# Ayu ketika menyampaikan materi"; not "Pemerintah sedang menyiapkan ...", a sentence's aspect); a pose
# ("berfoto bersama", "berpose"); and no verb at all ("Para narasumber dan peserta Webinar Diplomasi
# Digital 2021.").  A verb is any word written small (the first word too) that a verb's prefix opens or
# a common verb without one (VERB_LIKE): nouns so opened ("diplomasi", "media") count too, so a text is
# verbless only where none is there; and a figure other than a year makes it the report's ("Total
# peserta 402 orang."), a fact the comparison weighs.
DATED_SCENE = re.compile(
    rf"\bdi[ \t]+[^.!?]{{1,80}},[ \t]*(?:(?i:{WEEKDAY})[ \t]*\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)"
    rf"|\d{{1,2}}[ \t]+{MONTH}[ \t]+\d{{4}})[ \t]*[.!]?[\"”’]?$"
)
# English's small words that Indonesian lacks: a sentence with two of them is read as English (_in_english).
ENGLISH_FUNCTION_WORD = re.compile(r"\b(?:[Tt]he|of|and|with|for|to|is|are|was|were|has|have|will|would|they|their)\b")
ENGLISH_OPENER = re.compile(r"[ \t]+(?:The|This|These|Those|It|Its|They|Their|He|She|We|An?)[ \t]+[a-z]")
AT_A_MOMENT = re.compile(r"(?:[A-Z][\w.,'’-]*[ \t]+){1,8}(?:saat|ketika)[ \t]+(?:me|ber|di|ter)[a-z]+")
POSES = re.compile(r"\b(?:berfoto|berpose)(?:[ \t]+bersama)?\b")
VERB_LIKE = re.compile(
    r"\b(?:me[a-z]{3,}|ber[a-z]{2,}|di[a-z]{3,}|ter[a-z]{3,}|adalah|ialah|ada|akan|telah|sudah|sedang|masih|bisa"
    r"|dapat|harus|perlu|naik|turun|jadi|tiba|hadir|ikut|datang|pulang|kembali|tetap|mulai|selesai|tinggal|punya"
    r"|ingin|mau|buka|tutup|usai|masuk|keluar|lulus|menang|kalah|lahir|muncul|tumbuh|turut|terus|pergi)\b"
)
FIGURE = re.compile(r"\b(?!(?:19|20)\d\d\b)\d")
# A verb without its prefix, as a headline writes it and a lead after a credit copies it ("Pemkab Sleman
# gelar lokakarya ...", "Warga peringati ...", "Bupati serahkan ..."), or a count's word ("Sebanyak 50
# peserta ..."): words in small letters ending in -kan or -i and a few bare verbs.  Not a noun's -si,
# -gi, -mi or a vowel's -i ("sosialisasi", "teknologi", "ekonomi", "sungai"), nor a caption's nouns of
# those endings ("pendidikan", "para santri"); a title before a name is capitalised ("Bupati Sleman ...").
BARE_VERB = re.compile(
    r"\b(?:(?!(?:pendidikan|bupati|menteri|pemateri|santri|industri)\b)"
    r"(?:[a-z]{3,}kan|[a-z]{3,}(?:[bcdfhjklnprtvwyz]|ng)i)|gelar|tanam|latih|beri|raih|bahas|tinjau|(?i:sebanyak))\b"
)
CAPTION_SENTENCES = 2  # a caption runs one or two sentences before its credit
CAPTION_AHEAD_CHARS = 600  # what is read after a credit for the caption under it: a sentence's length and more
SPLIT_TAIL_CHARS = 2000  # longer than a caption's sentence: where a long text before a credit is split
SPACES = re.compile(r"[ \t]*")
AHEAD_CHARS = 1200  # a word of a report is under 1,000 characters (a longer run is no article's text)
NEXT_WORD = re.compile(r"\S")
FIRST_STOP = re.compile(r"[.!?][\"”’)]*(?=\s|$)")
# A label's line is the report's own when what the label opens is a sentence (is_prose): ended by a
# stop, of as many words as a point has content words at least (points.MIN_POINT_WORDS), two of
# them written small ("Sumber: Kementerian Komunikasi dan Informatika." is a credit), or running
# on in small words with few commas (a list of tags has a comma every word or two).
PROSE_WORDS = 4
PROSE_SMALL_WORDS = 2
RUNNING_SMALL_WORDS = 6
# An address is a line of names and numbers ("Jl. Majapahit No. 605 Semarang"); a word of four
# letters or more written small makes it a sentence ("Jl. Pejambon menjadi saksi ...").
ADDRESS_SMALL_WORD = re.compile(r"(?<![\w.])[a-z]{4,}\b")
# A byline's fields between bars: dates, credits, counters and names ("Semarang, 12 Desember 2020 |
# Penulis: Humas | Dibaca 1.245 kali"); a field in small words is prose ("relevan | jelas |
# bermanfaat", "09.00 WIB pembukaan").
BYLINE_DATE = re.compile(rf"\b(?:{_DATE})\b")
# A sharing button or a link's words alone on a line ("share", "Bagikan:", "Baca juga"): furniture
# wherever it stands, also under a title without a stop ("Kemlu Dorong Diplomasi Digital" / "share"),
# but not where the next line goes on from it ("Baca juga" / "biografi para diplomat ...").
BARE_FURNITURE = re.compile(rf"\W*{_LINK_WORDS}\W*", re.I)
# A social page's counters and buttons, all a line holds: "Lihat terjemahan 1.204 suka 19 DESEMBER
# 2020 Lihat semua 24 komentar", "12 komentar 9 kali dibagikan Suka Komentari": two counts or
# buttons, or a count of none ("0 komentar"); one count alone is a report's figure ("870 komentar").
_MARK_WORDS = (
    "suka komentar komentari dibagikan likes comments shares views tayangan retweets reaksi reposts balas reply"
)
_OTHER_WORDS = (
    "kali bagikan lihat terjemahan semua ikuti follow like comment share view dilihat dibaca verified retweet jam"
    " menit hari mgg minggu yang lalu posting ulang quote tweets tweet"
)
_COUNTER_MARKS = frozenset(_MARK_WORDS.split())  # what counts or is a button
_COUNTER_WORDS = _COUNTER_MARKS | frozenset(_OTHER_WORDS.split())
_COUNTER_TOKEN = re.compile(rf"[\d.,:]+[kKmM]?|(?<!\w)(?:{MONTH}|{WEEKDAY})(?!\w)|[•·|]", re.I)
FIRST_WORD = re.compile(r"\S+")
COUNTER = re.compile(r"(?<![\w.,])(?:\d[\d.,]*[kKmM]?)(?![\w.,])")

# A report sent by e-mail or as a letter (one whose headers are pasted with it is refused as an
# e-mail message): the note that sends it ("Berikut kami lampirkan laporan kegiatan ... untuk
# diarsipkan.", "Terlampir laporan ...", "Bersama email ini kami sampaikan laporan ...") and the
# closing thanks ("Atas perhatian dan kerja samanya kami ucapkan terima kasih.", a chat's "Terima kasih,
# semoga bermanfaat"): each had been a point of the report, judged against the talk (the chat's, read
# as someone introduced, had the report warned of as another day's).  "Berikut kami sampaikan tiga poin penting ..."
# names no document and is the report's own.
LETTER_FURNITURE = (
    re.compile(
        r"^[ \t]*(?:(?:berikut(?:[ \t]+ini)?|bersama[ \t]+(?:ini|(?:e-?mail|surel|pesan)[ \t]+ini)|dengan[ \t]+ini)"
        r"[ \t]+(?:kami|saya)[ \t]+(?:\w*lampir\w*|\w*kirim\w*|teruskan|sampaikan|unggah)|terlampir)\b"
        r"(?=[^.!?\n]{0,40}\b(?:laporan|rilis|siaran[ \t]+pers|dokumen|berkas|file|naskah)\b)[^.!?\n]*[.!:]?",
        re.I | re.M,
    ),
    re.compile(
        r"(?:^|(?<=[.!?])[ \t]+)(?:atas[ \t]+(?:perhatian|kerja[ \t]*sama|bantuan)\w*\b[^.!?\n]{0,80}\bterima"
        r"[ \t]+kasih|terima[ \t]+kasih[ \t]+atas[ \t]+(?:perhatian|kerja[ \t]*sama|bantuan)\w*\b[^.!?\n]{0,60}"
        # a message's thanks alone at its end, to its readers: "Terima kasih, semoga bermanfaat 🙏"
        r"|terima[ \t]+kasih(?:[ \t]*,?[ \t]*semoga[ \t]+bermanfaat)?[^\w\n]*$)"
        r"[ \t]*[.!]?",
        re.I | re.M,
    ),
)

_BYLINE_LABEL = rf"(?i:{_WRITERS_LABEL}|fotografer)"  # a byline's, the photographer's too
_BYLINE_NAMES = r"[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,4}"  # a writer's names, each capitalised
# The spaces after a sentence's stop, from the first: the space is looked for first and the stop behind it
# after, as a pattern opening with a look behind ("(?<=[.!?])[ \t]+") is tried at every position of the text.
_AFTER_A_STOP = rf"[ \t](?<=[.!?{re.escape(CLOSING_QUOTES)}][ \t])[ \t]*"
_LINE_OR_STOP = rf"(?:\n[ \t]*|[.!?{re.escape(CLOSING_QUOTES)}][ \t]+)"  # before what opens a line or a sentence
# What a page or a document puts inside the article's own lines.
# An image's alt text between two sentences of a line, to its stop: "... fasilitator. Gambar: Warga menandai
# lokasi mata air pada peta dusun. Peta itu ..." (fifty-fifth round); where a capitalised word between words
# written small shows the next sentence run into it without a stop ("... kertas plano Peta tersebut kemudian
# ..."), or its stop is an abbreviation's ("Gambar: Prof. Budi Santoso memaparkan ...": without_furniture),
# the line is left as it is.
ALT_TEXT = re.compile(
    rf"{_AFTER_A_STOP}(?:Gambar|GAMBAR)[ \t]*:[ \t]*[A-Z]"
    r"(?:(?![a-z][ \t]+[A-Z][\w-]*[ \t]+[a-z])[^.!?\n]){0,300}[.!?](?=[ \t]+[\"“‘]?[A-Z]|[ \t]*$)",
    re.M,
)
# A photo's caption after its label between two sentences of a line, its credit after it, in brackets or after
# "Dok.": "... selama dua hari. Foto: Kader posyandu mempraktikkan ... Imogiri. (Humas Pemkab Bantul) Setiap kader
# ..." (fifty-seventh round), from the fifty-eighth also opening a line before the report's sentence, after a
# bullet too, which is kept ("- Foto: Kader dilatih ... (Humas Kemenkes) Warga kemudian ...": the review's; alone
# on its line it is LABELLED's; _a_caption_before_prose).  Not a credit's words after the label ("Foto:
# Humas ... Dinas Kesehatan mencatat ...": OPENING_CREDIT's, the report's sentence after a credit).  The bracket
# reads as a credit's where it opens with a credit's word or label or holds two words or more ("(Humas Pemkab
# Bantul)", "(Dok. Panitia)"), not a writer's code ("(Red)", "(HMS)": the review's).
_CAPTIONS_CREDIT = (
    rf"(?:\((?:{_CREDITS_FIRST_WORD}|(?i:{CREDIT_LABEL})\b|[A-Z][^()\s]{{0,60}}[ \t]+[^()\s])[^()\n]{{0,60}}\)"
    r"|(?:Dok\.|Dokumentasi)[ \t]+[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,4}?)"
)
LABELLED_CAPTION = re.compile(
    rf"(?:^(?P<opening>[ \t]*(?:[{re.escape(BULLETS)}]\ufe0f?[ \t]*)?)|{_AFTER_A_STOP})"
    rf"(?P<label>(?:Foto|FOTO)[ \t]*:)[ \t]*(?!{_CREDITS_FIRST_WORD})[A-Z]"
    rf"[^.!?\n]{{0,300}}[.!?][ \t]+(?P<credit>{_CAPTIONS_CREDIT})(?=[ \t]+[\"“‘]?[A-Z][\w.-]*[ \t]+[a-z]|[ \t]*$)",
    re.M,
)
_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"  # a footnote's number against a word
_CREDIT_IN_ITS_CAPTION = r"[.!?][ \t]+(?:[Ff]oto|FOTO)[ \t]*:[^()\n]{1,60}\)"  # "... (5/4/2023). Foto: Dok. Distan)"
_LIVE_STAMP = r"(?i:(?:live[ \t]+)?update)[ \t]*(?:[,:-][ \t]*)?(?i:pukul[ \t]*)?\d{1,2}[.:]\d{2}[ \t]*(?:WIB|WITA|WIT)"
_SHARE_BUTTON = r"(?i:facebook|twitter|whatsapp|telegram|linkedin|e-?mail|salin[ \t]+(?:tautan|link)|copy[ \t]+link)"
# What follows a piece that stands before the report's sentence on its line: a capitalised word, or the line's end
# (a word written small goes on the piece's own sentence: "Update 14.05 WIB menjadi batas akhir ...").
_BEFORE_A_SENTENCE = r"(?=[ \t]+[\"“‘]?[A-Z]|[ \t]*$)"
_SHARE_BUTTONS = rf"(?:[ \t]+{_SHARE_BUTTON}){{2,}}"  # a share bar's, two platforms or more
_COMMENT_COUNTER = r"[ \t]+\d[\d.]*[ \t]+(?i:komentar|comments?)"
_VIDEO_TITLE = r"(?i:video)[ \t]*[\"“'‘][^\"”'’\n]{1,200}[\"”'’][ \t]*:"  # "Video 'Warga ...':"
ABBREVIATION_AFTER_CHARS = 60  # what sentences.abbreviated reads after a stop: a name's few words


@dataclass(frozen=True)
class _Inline:
    """A pattern of INLINE_FURNITURE, read so that the engine need not try it at every position of the
    text (about 0.05 s a megabyte a pattern, most of a pasted page's reading; fifty-sixth round):
    `needs`, a part of every match whose first mark the engine finds at once, is looked for first,
    and where it is not in the text the pattern is not read; `after_spaces`: the match is widened back
    over the run of spaces or tabs before it, from its first, as "(?<![ \t])[ \t]*" opening the
    pattern would (the pattern's matches open with a mark and never end with a space, so the runs are
    each one match's; from each of their positions, a long run of tabs had been read in the square of
    its length)."""

    pattern: re.Pattern
    needs: re.Pattern | None = None
    after_spaces: bool = False
    ends: Callable[[re.Match], int | None] | None = None  # where a match's furniture ends; None: it is none
    # The pattern opens with what is before the furniture, a line's opening or a sentence's stop
    # (_LINE_OR_STOP: its first mark the engine finds at once), which is kept; it reads the text with a
    # newline before it, as the text's start opens a line.
    after_a_mark: bool = False
    # A group the pattern opens with, before the furniture, that is kept where it matched (a line's bullet).
    kept: str | None = None


def _inline_spans(inline: _Inline, text: str) -> list[tuple[int, int]]:
    """Where an inline pattern (_Inline) finds furniture in the text."""
    if inline.needs is not None and not inline.needs.search(text):
        return []
    # After a mark, the text is read with a newline before it: a match's start is then past its mark's first
    # character (kept) in the text, and its end one further on.
    shift = 1 if inline.after_a_mark else 0
    spans = []
    for match in inline.pattern.finditer("\n" * shift + text):
        end = inline.ends(match) if inline.ends else match.end()
        if end is not None:
            start = _spaces_start(text, match.start()) if inline.after_spaces else match.start()
            if inline.kept is not None and match.start(inline.kept) >= 0:
                start = match.end(inline.kept) - shift
            spans.append((start, end - shift))
    return spans


def _labelled_caption_end(match: re.Match) -> int | None:
    """LABELLED_CAPTION's end, None where a name after "Foto:" (two words or more: one is as likely the
    caption's subject, "Foto : Mahasiswa KKN ...") or a credit after "Dok." may run into the next sentence
    (_may_run_into_the_next_sentence, as _credits reads a credit): "Foto: Rizky Pratama Para peserta ...",
    a photographer's name before the report's sentence, and "Dok. KKN UM Mahasiswa KKN juga ...", the
    credit's lazy names ending in the sentence's first words (the review's; both had cut a report's
    sentence)."""
    text = match.string
    named = PHOTO_CREDIT.match(text, match.start("label"))
    if (
        named is not None
        and len(named.group().split(":", 1)[-1].split()) >= 2
        and _may_run_into_the_next_sentence(named.group(), _ahead(text, named.end()))
    ):
        return None
    credit = match.group("credit")
    if not credit.startswith("(") and _may_run_into_the_next_sentence(credit, _ahead(text, match.end())):
        return None
    # opening a line, the spaces after it too, so that the sentence after it opens the line (the review's)
    return match.end() if match["opening"] is None else SPACES.match(text, match.end()).end()


def _alt_text_end(match: re.Match) -> int | None:
    """ALT_TEXT's end, None where its stop is an abbreviation's ("Gambar: Prof. Budi Santoso ...")."""
    after = match.string[match.end() : match.end() + ABBREVIATION_AFTER_CHARS]
    return None if abbreviated(match.group(), after) else match.end()


def _spaces_start(text: str, at: int) -> int:
    """Where the run of spaces or tabs that ends at position at opens (at where there is none)."""
    while at and text[at - 1] in " \t":
        at -= 1
    return at


# A pattern opening with a look behind is tried at every position: those that can open with their mark, the
# look behind after it ("\[(?<=X\[)" for "(?<=X)\[").
INLINE_FURNITURE = (
    *(_Inline(pattern) for pattern in LETTER_FURNITURE),
    # a note on the article in brackets, over its sentences, alone on its line or ending its paragraph:
    # "[Catatan Redaksi: Sebelumnya tertulis ... Kami mohon maaf.]"; inside a sentence it is the
    # sentence's correction ("naik 52 persen (ralat: 25 persen) tahun ini"), whose sentence it had cut
    _Inline(
        re.compile(
            rf"(?:^|(?<![ \t])[ \t]+)[\[(][ \t]*{_ARTICLE_NOTE}"
            rf"[^\[\]()\n]{{1,600}}[\])](?=[ \t]*(?:\n[ \t]*\n|\n?[ \t]*\Z))"
            rf"|^[ \t]*[\[(][ \t]*{_ARTICLE_NOTE}[^\[\]()\n]{{1,600}}[\])][ \t]*$",
            re.I | re.M,
        ),
        needs=re.compile(rf"[\[(][ \t]*{_ARTICLE_NOTE}", re.I),
    ),
    # a link to another article or a photo's credit in brackets: "(Baca juga: ...)", "(Foto: Dok. Humas)"
    _Inline(
        re.compile(r"\((?:baca(?:[ \t]+juga)?|(?:lihat|simak)[ \t]+juga)[ \t]*:[^()\n]{1,300}\)", re.I),
        after_spaces=True,
    ),
    # a caption in brackets with its credit inside them, between sentences or opening a line: "... ternak.
    # (Peserta sekolah lapang mempraktikkan ... Sidomulyo, Rabu (5/4/2023). Foto: Dok. Distan) Pupuk itu
    # ..." (fifty-fifth round); a bracket of its own inside may hold the day
    _Inline(
        re.compile(
            rf"(?:(?<=[.!?{re.escape(CLOSING_QUOTES)}])[ \t]+|^[ \t]*)\([\"“‘]?[A-Z]"
            rf"(?:[^()\n]|\([^()\n]{{0,30}}\)){{0,300}}?{_CREDIT_IN_ITS_CAPTION}",
            re.M,
        ),
        needs=re.compile(_CREDIT_IN_ITS_CAPTION),
    ),
    # (one ending its text is its caption's or its sentence's: PHOTO_CREDIT, _without_captions)
    _Inline(  # "(Foto/Istimewa)", not "(foto/video)"
        re.compile(
            rf"\((?:{CREDIT_LABEL})[ \t]*[.:/][ \t]*(?-i:[A-Z])[^()\n]{{0,200}}\)(?!(?-i:{CREDIT_ENDS}))", re.I | re.M
        ),
        after_spaces=True,
    ),
    # Word's field codes and the errors of its broken fields: 'HYPERLINK "https://..."', "{ PAGE }",
    # "Error! Reference source not found."
    _Inline(re.compile(r'HYPERLINK[ \t]+(?:\\l[ \t]+)?"[^"\n]{0,500}"[ \t]*')),
    _Inline(
        re.compile(r"\{[ \t]*(?:PAGE|NUMPAGES|SECTIONPAGES|TOC|REF|PAGEREF|HYPERLINK|SEQ|DATE|TIME)\b[^{}\n]{0,200}\}"),
        after_spaces=True,
    ),
    _Inline(
        re.compile(
            r"Error![ \t]+(?:Reference source not found|Bookmark not defined|No text of specified style in "
            r"document|Not a valid bookmark self-reference)\.?"
        ),
        after_spaces=True,
    ),
    # a note's or a comment's mark against a word: "digital[1]", "bulan.[a]", "sosial[AL1]", "negeri¹"
    _Inline(
        re.compile(rf"\[(?<=[\w.,;:!?{re.escape(CLOSING_MARKS)}]\[)(?:\d{{1,3}}|[a-z]{{1,2}}|[A-Z]{{1,4}}\d{{1,3}})\]")
    ),
    _Inline(  # not a unit's or a power's: "m²", "10⁶"
        re.compile(rf"[{_SUPERSCRIPTS}](?<=[^\s\d][{_SUPERSCRIPTS}])(?<!m[{_SUPERSCRIPTS}])[{_SUPERSCRIPTS}]*")
    ),
    # a link's headline (no sentence: "Baca juga: X Panitia berharap ... ." is the paragraph's own), the
    # editors' initials or a video closing a paragraph: "... kata dia. Baca: Kemenlu Buka ...", "... acara.
    # (rdp/imk)"; not a line that wraps on "Lihat" / "isinya ..."
    _Inline(
        re.compile(
            rf"{_AFTER_A_STOP}"
            r"(?:(?:baca|lihat|simak)(?:[ \t]+juga)?[ \t]*:(?:[ \t]+[^\s.!?]+){1,20}"
            r"|(?:baca|lihat|simak)[ \t]+juga\W*)$(?!\n[ \t]*(?-i:[a-z]))",
            re.M | re.I,
        )
    ),
    _Inline(
        re.compile(
            rf"{_AFTER_A_STOP}"
            r"(?:\([a-z0-9]{2,5}(?:/[a-z0-9]{2,5}){0,3}\)|\[[a-z]{2,5}\])[ \t]*$",
            re.M,
        )
    ),
    _Inline(ALT_TEXT, ends=_alt_text_end),
    _Inline(LABELLED_CAPTION, needs=re.compile(r"(?:Foto|FOTO)[ \t]*:"), ends=_labelled_caption_end, kept="opening"),
    # a live blog's stamp on an entry, with its time, opening a line or after a sentence's end, then a colon or a
    # dash, a capitalised word or the line's end: "UPDATE 14.05 WIB Peserta ...", "Update 09.15 WIB - Hujan ...",
    # "... (Update 09.15 WIB)"; "update" as a word ("... mendapat update materi"), a time alone ("Pukul 14.05
    # WIB, peserta ...") and a stamp the sentence goes on from ("Update pukul 14.05 WIB menyebutkan ...") are
    # the report's (fifty-sixth round)
    _Inline(
        re.compile(
            rf"{_LINE_OR_STOP}(?:{_LIVE_STAMP}(?:[ \t]*[:-](?=[ \t]|$)|{_BEFORE_A_SENTENCE})"
            rf"|\({_LIVE_STAMP}\){_BEFORE_A_SENTENCE})",
            re.M,
        ),
        needs=re.compile(_LIVE_STAMP),
        after_a_mark=True,
    ),
    # a share bar's buttons, two platforms or more, and its comment counter: "... bersama. Bagikan: Facebook
    # Twitter WhatsApp Salin tautan 12 Komentar Komitmen itu ..."; without the label's colon, the buttons end
    # at a comment counter, a capitalised word or the line's end ("Share Facebook Twitter dan Instagram
    # menjadi kanal ..." is the report's)
    _Inline(
        re.compile(
            rf"{_LINE_OR_STOP}(?i:bagikan|share)(?:[ \t]*:{_SHARE_BUTTONS}(?:{_COMMENT_COUNTER})?(?=[ \t]|$)"
            rf"|{_SHARE_BUTTONS}(?![ \t]+{_SHARE_BUTTON})(?:{_COMMENT_COUNTER}(?=[ \t]|$)|{_BEFORE_A_SENTENCE}))",
            re.M,
        ),
        needs=re.compile(rf"[ \t]{_SHARE_BUTTON}[ \t]+{_SHARE_BUTTON}"),
        after_a_mark=True,
    ),
    # a video's teaser above its embed, its title quoted and a colon after, then the embed, a capitalised word
    # or the line's end: "... di Bantul. Simak juga Video 'Warga Bantul Olah Sampah ...': [Gambas:Video
    # 20detik]"; "Peserta menyimak video ..." and "Tonton video 'Desa Kami': film dokumenter ..." are the report's
    _Inline(
        re.compile(
            rf"{_LINE_OR_STOP}(?i:simak|saksikan|tonton|lihat)[ \t]+(?i:juga[ \t]+)?{_VIDEO_TITLE}"
            rf"(?:(?=[ \t]*\[)|{_BEFORE_A_SENTENCE})",
            re.M,
        ),
        needs=re.compile(_VIDEO_TITLE),
        after_a_mark=True,
    ),
    # an advertisement's slot between two sentences of a line, in capitals: "... longsor. ADVERTISEMENT
    # SCROLL TO CONTINUE WITH CONTENT Relawan berlatih ..." (on a line of its own: PAGE_FURNITURE)
    _Inline(
        re.compile(
            rf"{_AFTER_A_STOP}"
            r"(?:ADVERTISEMENT|SCROLL[ \t]+TO[ \t]+CONTINUE[ \t]+WITH[ \t]+CONTENT)"
            r"(?:[ \t]+SCROLL[ \t]+TO[ \t]+CONTINUE[ \t]+WITH[ \t]+CONTENT)?(?=[ \t]|$)",
            re.M,
        )
    ),
    # the byline closing a paragraph, its names in capitals: "... percontohan. Penulis: Yuliana Sari | Editor:
    # Hendra Gunawan", "... tahun depan. Reporter: Dimas Aditya Editor: Rina Marlina" (a line of its own is
    # LABELLED's); it had stayed in the last point's words.  Its fields stand apart by spaces or a bar, not
    # by a comma: "Editor: Rina Marlina, Reporter: Dimas Aditya, ..." after a sentence is the report's list of
    # roles.  Four fields at most, as each sentence's end opens a try that would run to the line's end.
    _Inline(
        re.compile(
            rf"(?<=[.!?{re.escape(CLOSING_QUOTES)}])(?:(?:[ \t]*[|/])?[ \t]+"
            rf"{_BYLINE_LABEL}[ \t]*:[ \t]*{_BYLINE_NAMES}){{1,4}}"
            r"[ \t]*$(?!\n[ \t]*[a-z])",
            re.M,
        )
    ),
    _Inline(re.compile(r"\[gambas:[^\]\n]*\]", re.I), after_spaces=True),
    # hashtags after a sentence's end; "... Lihat selengkapnya" or "…see more" after one, or after "..."
    _Inline(
        re.compile(r"(?<=[.!?…\u2190-\u2bff\U0001f000-\U0001faff])(?:[ \t]+#\w+)+[ \t]*$(?!\n[ \t]*(?-i:[a-z]))", re.M),
        needs=re.compile("#"),
    ),
    _Inline(
        re.compile(
            r"(?:(?<![ \t])[ \t]*(?:\.{3}|…)[ \t]*|(?<=[.!?])[ \t]+)"
            r"(?:(?:lihat|baca)[ \t]+selengkapnya|see[ \t]+more)\W*$(?!\n[ \t]*(?-i:[a-z]))",
            re.M | re.I,
        ),
        needs=re.compile(r"selengkapnya|see[ \t]+more", re.I),
    ),
)
# A dateline before a news article's first words, in its first paragraph: "JAKARTA, KOMPAS.com - ",
# "Jakarta (ANTARA) - ", "TEMPO.CO, Jakarta - ", "Aljir, 12 Desember 2020 - ", "Aljir, Senin
# (14/12/2020) – ", "Jakarta, CNN Indonesia -- ", "SEMARANG – ".  It names the site and the place,
# not what was said; as a point's words it gave the year of its date as a quantity.
DATELINE = re.compile(
    rf"(?P<place>(?:[A-Z][\w.&'-]*|{_DOMAIN})(?:[ \t]+[A-Z][\w.&'-]*){{0,2}})"
    rf"(?:[ \t]*,[ \t]*(?:(?P<date>(?i:{WEEKDAY}[ \t]*)?\(?(?:{_DATE}|\d{{1,2}}/\d{{1,2}})\)?)|(?P<site>{_DOMAIN})"
    r"|(?P<names>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,1})))?"
    r"(?P<outlet>[ \t]*\([A-Z][A-Z .]{1,30}\))?"  # an agency in capitals: "(ANTARA)"
    r"[ \t]+(?:-{1,2}|–|—)[ \t]+(?=[A-Z])"
)
DATELINE_SENTENCE_WORDS = 6  # what follows a dateline is a sentence
# The cities a dateline written in small letters names ("Jakarta - ", detik's and many campus
# sites' form): Indonesia's larger cities and the capitals and consulates' cities of its missions.
# Another place so written ("Indonesia – Timor Leste menjadi ...") is the sentence's own.
DATELINE_CITIES = frozenset((
    "jakarta", "bandung", "surabaya", "semarang", "yogyakarta", "jogja", "medan", "makassar", "denpasar", "palembang",
    "malang", "solo", "surakarta", "bogor", "depok", "tangerang", "bekasi", "padang", "pekanbaru", "batam",
    "balikpapan", "samarinda", "pontianak", "banjarmasin", "manado", "kupang", "mataram", "jayapura", "ambon",
    "lampung", "jambi", "bengkulu", "serang", "cirebon", "purwokerto", "kediri", "jember", "kendari", "palu",
    "gorontalo", "ternate", "sorong", "merauke", "magelang", "salatiga", "pekalongan", "tegal", "kudus", "madiun",
    "banyuwangi", "sidoarjo", "gresik", "cilacap", "aljir", "algiers", "berlin", "hamburg", "frankfurt", "seoul",
    "tokyo", "osaka", "beijing", "shanghai", "canberra", "sydney", "melbourne", "washington", "london", "paris",
    "amsterdam", "brussel", "jenewa", "geneva", "wina", "roma", "madrid", "moskow", "kairo", "riyadh", "jeddah",
    "doha", "dubai", "ankara", "istanbul", "teheran", "singapura", "bangkok", "manila", "hanoi", "vientiane",
    "yangon", "dili", "islamabad", "dhaka", "colombo", "wellington", "ottawa", "brasilia", "pretoria", "nairobi",
    "rabat", "tunis", "banda aceh", "new york", "den haag", "abu dhabi", "kuala lumpur", "phnom penh", "new delhi",
    "bandar seri begawan", "buenos aires", "addis ababa",
))  # fmt: skip
APPOSITION = re.compile(r"[ \t](?:-{1,2}|–|—)[ \t]")  # "Rina Wulandari – Mahasiswi HI – membuka ..."
# Where an article's own text ends: a press release's "###", "***" or "-SELESAI-" before its
# boilerplate's heading ("Tentang Universitas STEKOM", "Untuk informasi lebih lanjut hubungi:"),
# a short line; a "###" dividing a report, before "Tentang teknik berbicara ..., Dr. Ayu
# menyarankan ...", ends nothing.
END_OF_RELEASE = re.compile(r"[ \t]*(?:#{3,}|\*{3,}|-{1,3}[ \t]*(?:selesai|end|akhir)[ \t]*-{1,3})[ \t]*", re.I)
BOILERPLATE = re.compile(
    r"[ \t]*(?:tentang|about|profil|catatan[ \t]+(?:untuk|bagi)[ \t]+(?:editor|redaksi)|notes?[ \t]+to[ \t]+editors?"
    r"|kontak|narahubung|media[ \t]+contact|(?:untuk[ \t]+)?informasi[ \t]+lebih[ \t]+lanjut)\b[^.!?]{0,60}",
    re.I,
)
# A references section: its heading and the references under it ("Hanson, F. (2012). Baked In ...",
# "[1] Bjola, C. ...", an address alone), to the first line that is none; "Referensi" over prose is
# a heading of the report's.
REFERENCES_HEADING = re.compile(
    r"[ \t]*(?:catatan[ \t]+kaki|referensi|daftar[ \t]+(?:pustaka|rujukan|referensi)|bibliografi|footnotes?"
    r"|endnotes?|references|sumber[ \t]+rujukan)(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*:?[ \t]*",
    re.I,
)
REFERENCE = re.compile(
    r"[ \t]*(?:\[\d{1,3}\]|\d{1,3}[.)]|[-•*])?[ \t]*(?:[A-Z][\w'-]+,[ \t]*(?:[A-Z]\.|[A-Z][\w'-]+[.,(])"
    r"|[^.\n]{1,80}\.?[ \t]*\((?:19|20)\d\d[a-z]?\)[.,:]"  # "Kementerian Luar Negeri RI. (2020). ..."
    r"|https?://\S+[ \t]*$|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+[ \t]*\S)"
)
# A letter's close, and its sender's name, post and contacts under it ("Salam,", "Dewi", "Humas
# STEKOM"): after the text's last sentence, in capitalised lines or lines of numbers.
SIGN_OFF = re.compile(
    r"[ \t]*(?:(?:salam(?:[ \t]+hangat)?|hormat[ \t]+(?:kami|saya)|regards|best[ \t]+regards|warm[ \t]+regards"
    r"|kind[ \t]+regards|wassalam\w*)[ \t]*[,.!]?|--)[ \t]*",  # and the mark an e-mail's signature opens with
    re.I,
)
SIGNATURE_LINE_WORDS = 8
# A note's number against a word ("digital[1]"), and the line of its text ("[1] Materi lengkap ...");
# without a mark in the text, "[1] Periksa sumber ..." is a list's item.
# (The mark first, then what is before it: see INLINE_FURNITURE.)
NOTE_MARK = re.compile(rf"\[(?<=[\w.,;:!?{re.escape(CLOSING_MARKS)}]\[)(\d{{1,3}})\]")
NOTE_LINE = re.compile(r"[ \t]*\[(\d{1,3})\][ \t]")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
TITLE_SHARE = 0.6  # of a line's words capitalised: a title, a name, an address


def _title_like(line: str) -> bool:
    """Whether a line is capitalised like a title or a name (TITLE_SHARE of its words), not prose."""
    words = WORD.findall(line)
    return sum(word[0].isupper() for word in words) >= TITLE_SHARE * len(words)


def is_prose(text: str, headline: bool = False) -> bool:
    """Whether a label's text is a sentence of the report (PROSE_WORDS ...); what a link's label
    opens is a headline ("Baca juga: Workshop hari ke-9 membahas teknik public speaking") unless a
    stop ends it."""
    words = text.split()
    small = sum(word[:1].islower() for word in words)
    ended = text.rstrip()[-1:] in (".", "!", "?", "…") and len(words) >= PROSE_WORDS and small >= PROSE_SMALL_WORDS
    return ended or (not headline and small >= RUNNING_SMALL_WORDS and text.count(",") * 3 < len(words))


@dataclass(frozen=True)
class _Counters:
    """What a line of a social page's counters and buttons holds (_COUNTER_WORDS)."""

    counts: list[str]  # "1.204", "0"
    marks: int  # words that count or are buttons: "suka", "komentar", "Balas"
    button: bool  # a button alone, no count: "Lihat terjemahan", "Suka"


def _counters(line: str) -> _Counters | None:
    """The counts and buttons of a line that holds nothing else; None for a line of other words.  Its
    first word is read as the whole line's words are ("1,2K", "12K" are counts), and a line whose first
    word is none of them is told at once: a long line of prose is not read whole."""
    first = FIRST_WORD.search(line)
    if first and not all(word in _COUNTER_WORDS for word in _COUNTER_TOKEN.sub(" ", first.group()).lower().split()):
        return None
    words = _COUNTER_TOKEN.sub(" ", line).lower().split()
    if not line.strip() or not all(word in _COUNTER_WORDS for word in words):
        return None
    counts = COUNTER.findall(line)
    return _Counters(counts, sum(word in _COUNTER_MARKS for word in words), bool(words) and not counts)


def _is_counters(line: str) -> bool:
    """A line of a social page's counters and buttons only (_COUNTER_WORDS): two counts or buttons
    and a third, or a count of none ("0 komentar"); one count alone is a report's figure."""
    found = _counters(line)
    return (
        found is not None and found.marks > 0 and (len(found.counts) + found.marks >= 3 or found.counts in (["0"], []))
    )


def _counter_blocks(lines: list[str]) -> set[int]:
    """Lines of counters and buttons one to a line ("Lihat terjemahan" / "1.204 suka" / "19 DESEMBER
    2020" / "Lihat semua 24 komentar"): a run of them with a button alone and three items; a list of
    a report's figures ("12.400 tayangan" / "870 komentar") has a count on every line."""
    found: set[int] = set()
    run: list[tuple[int, _Counters]] = []
    for k, line in enumerate([*lines, ""]):
        if (counted := _counters(line)) is not None:
            run.append((k, counted))
            continue
        items = sum(len(counted.counts) + counted.marks for _, counted in run)
        if len(run) > 1 and any(counted.button for _, counted in run) and items >= 3:
            found.update(k for k, _ in run)
        run = []
    return found


def _is_byline(fields: list[str]) -> bool:
    """Fields between bars that are a byline's: each a date, a credit, a counter or a name."""
    return len(fields) > 2 and all(
        not field.strip()
        or BYLINE_DATE.search(field)
        or _furniture(field)
        or (_title_like(field) and not COUNTER.search(field))
        for field in fields
    )


STRONG, PLAIN = 2, 1  # what _furniture says of a line


def _furniture(line: str) -> int:
    """STRONG for a line of a page's furniture that no report's sentence is (PAGE_FURNITURE,
    BYLINE_NAME, counters); PLAIN for one a sentence may run through (LABELLED, PLAIN_FURNITURE,
    a byline of fields between bars); 0 for the report's own.  A bullet or an emoji before it marks
    no sentence ("📌 Tema: ...", "📅 Senin, 14 Desember 2020" of a report sent by chat); a symbol
    may be the furniture's own ("© 2020 ...")."""
    line = line.strip()
    if not line or not _is_mark(line[0]):  # (most lines open with a word: read once, as they are)
        return _line_furniture(line)
    unmarked = line.lstrip("".join(char for char in line[:8] if _is_mark(char)))
    return max(_line_furniture(line), _line_furniture(unmarked))


def _is_mark(char: str) -> bool:
    """Whether a character before a line's words marks it (_furniture): a bullet, a symbol or an emoji,
    a combining or a control character, a space."""
    return char in BULLETS or unicodedata.category(char)[0] in "SMC" or char.isspace()


def _line_furniture(line: str) -> int:
    """What _furniture says of a line as it is written, without spaces around it."""
    if not line:
        return 0
    if _a_credit(BYLINE_NAME.fullmatch(line)) or _is_counters(line) or PAGE_FURNITURE.fullmatch(line):
        return STRONG
    if labelled := LABELLED.fullmatch(line):
        prose = labelled["caption"] is None and is_prose(labelled["rest"], headline=labelled["link"] is not None)
        return 0 if prose or _a_credit_before_prose(line) or _a_caption_before_prose(line) else PLAIN
    if match := PLAIN_FURNITURE.fullmatch(line):
        if match["address"] is not None:
            return 0 if ADDRESS_SMALL_WORD.search(line) else PLAIN
        return 0 if match["open"] is not None and is_prose(line) else PLAIN
    return PLAIN if line[-1] not in ".!?" and _is_byline(line.split("|")) else 0


def _a_credit_before_prose(line: str) -> bool:
    """Whether a line opens with a photo's credit (OPENING_CREDIT, PHOTO_CREDIT) and goes on in prose (is_prose):
    a caption-less photo's credit before the report's sentence ("Foto: Humas Pemkab Bantul Dinas Kesehatan
    mencatat ..."; fifty-seventh round) or before the photo's caption (_credits takes both out where the
    credit's end is told).  Such a line is the report's, as it is after a sentence on a line (the credit in
    it where its names may run into the sentence: _may_run_into_the_next_sentence); it had been lost whole
    as a caption's line."""
    if not OPENING_CREDIT.match(line):
        return False
    credit = PHOTO_CREDIT.match(line)
    return credit is not None and is_prose(line[credit.end() : credit.end() + AHEAD_CHARS])


def _a_caption_before_prose(line: str) -> bool:
    """Whether a line opens with a photo's label, its caption to a stop and the caption's credit
    (LABELLED_CAPTION) and goes on in prose (is_prose): the report's sentence after the photo's piece
    ("Foto : Mahasiswa KKN mendampingi ... Wagir. Dok. KKN UM Mahasiswa KKN juga mendata ..."; fifty-eighth
    round, captions-58), lost whole as a caption's line.  The piece is taken out where its end is told
    (_labelled_caption_end); where it is not the line is kept with it."""
    caption = LABELLED_CAPTION.match(line)
    return caption is not None and is_prose(line[caption.end() : caption.end() + AHEAD_CHARS])


def _a_credit(byline: re.Match | None) -> re.Match | None:
    """A BYLINE_NAME match, but none where what follows a caption's sentence is prose (is_prose): "Foto:"
    and 60 characters after it take a report's sentence too ("Lokakarya dibuka pagi hari. Foto: Dok.
    Humas Kemlu Acara ditutup sore hari." had been lost whole, the first sentence taken for a caption)."""
    if byline and byline["captioned"] and is_prose(byline.string[byline.end("captioned") :]):
        return None
    return byline


def _named_at_a_moment(sentence: str) -> bool:
    """Someone named at a moment and no more (AT_A_MOMENT): a verb after the moment's clause makes it
    the report's sentence ("Menlu Retno Marsudi ketika membuka lokakarya menegaskan ..." had been
    left out as a caption).  A word opened by "di" is not counted: there VERB_LIKE takes a caption's
    nouns ("pelatihan diplomasi digital", captions-53's tuning half) and its passive ("didampingi")."""
    moment = AT_A_MOMENT.match(sentence)
    return bool(moment) and not _does_more_after(sentence, moment.end())


def _does_more_after(sentence: str, at: int) -> bool:
    """Whether a verb follows position at in a sentence (VERB_LIKE, a word opened by "di" not
    counted, as in _named_at_a_moment)."""
    return any(not verb.group().startswith("di") for verb in VERB_LIKE.finditer(sentence, at))


def _shows_the_picture(sentence: str, closes: bool) -> bool:
    """Whether a sentence before a photo's credit is its caption by its words: the picture's own
    words opening it (NAMES_A_PICTURE), someone placed in it (PLACES_SOMEONE), named at a moment
    (AT_A_MOMENT) or posing (POSES), no verb (VERB_LIKE; an English sentence is not read so:
    _in_english), or, where it closes the caption, the place and the day (DATED_SCENE)."""
    return bool(
        NAMES_A_PICTURE.match(sentence)
        or PLACES_SOMEONE.search(sentence)
        or _named_at_a_moment(sentence)
        or POSES.search(sentence)
        or not (
            VERB_LIKE.search(sentence[:1].lower() + sentence[1:]) or FIGURE.search(sentence) or _in_english(sentence)
        )
        or (closes and DATED_SCENE.search(sentence))
    )


def _in_english(sentence: str) -> bool:
    """Whether a sentence is English (two of ENGLISH_FUNCTION_WORD): VERB_LIKE knows Indonesian verbs only, and
    "no verb" had read every English report sentence before a credit as a caption's ("Weavers said they would
    sell ... (Courtesy of ...)"; fifty-seventh round, after the review: a past-tense word list in its place had
    made Indonesian captions with a borrowed "led" or "feed" the report's)."""
    return len(ENGLISH_FUNCTION_WORD.findall(sentence)) >= 2


def _caption_start(sentences: list[str], alone: bool) -> int | None:
    """Where the caption opens among the sentences before a photo's credit, None where they are all
    the report's.  A run of the last CAPTION_SENTENCES is a caption where each of its sentences shows
    the picture (_shows_the_picture) and none goes on from the story (GOES_ON_FROM_THE_STORY,
    GIVES_WHOSE_WORDS): a caption's sentence kept from the report loses less than a report's
    sentence taken as a caption ("Peserta berfoto bersama usai sesi. Kegiatan serupa akan digelar
    ..." had lost both).  A text that is no sentence (is_prose) is a caption by its place, and so is
    one sentence alone in its paragraph before a credit BYLINE_NAME tells (alone: the rule before
    PHOTO_CREDIT, "Duta Besar menyapa peserta dari Aljir. [ANTARA FOTO/...]") unless a figure makes
    it the report's fact (FIGURE); before "(Foto: ...)", "(Dok. ...)" such a sentence had been kept
    ("Acara ini gratis untuk umum ... (Foto: Dok. Panitia)") and is kept."""
    whole = " ".join(sentences)
    if not is_prose(whole, headline=True):
        return 0
    found = None
    for start in range(len(sentences) - 1, max(len(sentences) - 1 - CAPTION_SENTENCES, -1), -1):
        sentence = sentences[start]
        if GOES_ON_FROM_THE_STORY.match(sentence) or GIVES_WHOSE_WORDS.search(sentence):
            break
        if len(sentence) > SPLIT_TAIL_CHARS or not _shows_the_picture(sentence, closes=start == len(sentences) - 1):
            break
        found = start
    if found is None and alone and len(sentences) == 1 and not FIGURE.search(whole):
        return None if GOES_ON_FROM_THE_STORY.match(whole) or GIVES_WHOSE_WORDS.search(whole) else 0
    return found


def _caption_after_credit(sentences: list[str]) -> int:
    """How many of the sentences after a photo's credit that ends no caption are its caption (in
    brackets; from the fifty-fifth round without them too): a page that puts the credit above the
    picture's caption ("(Foto: Humas) Para peserta lokakarya berfoto bersama ..."; fifty-fourth
    round, captions-54).  A run of the first CAPTION_SENTENCES each with a caption's own clue
    (_pictured), or closing with the place and the day and no verb, bare or not, nor a figure
    (_a_dated_scene_alone; fifty-fifth round), none going on from the story.  Here the report's
    sentences follow a caption-less photo's credit as often, so what is a caption's only by its place
    or by the words it lacks is kept: no verb alone ("(Foto: Humas) Semua peserta puas."), the place
    and the day after a verb (a report's lead: "(Foto: Humas) Pemkab Sleman menggelar lokakarya ...
    di Aula Kecamatan Depok, Selasa (14/3/2023).")."""
    count = 0
    for sentence in sentences[:CAPTION_SENTENCES]:
        if GOES_ON_FROM_THE_STORY.match(sentence) or GIVES_WHOSE_WORDS.search(sentence):
            break
        if not (_pictured(sentence) or _a_dated_scene_alone(sentence)):
            break
        count += 1
    return count


def _a_dated_scene_alone(sentence: str) -> bool:
    """Whether a sentence after a credit is a caption by its place and day closing it and no verb:
    none in the sentence (VERB_LIKE), and before the place and day no bare verb (BARE_VERB) and no
    figure (FIGURE).  A lead in a headline's style ("(Foto: Humas) Pemkab Sleman gelar lokakarya ...
    di Aula Kecamatan Depok, Selasa (14/3/2023).") or with a count and no verb ("Sebanyak 50 peserta
    dari 12 desa di ...", "Penyerahan bantuan 20 ton pupuk ...") had been left out as a caption."""
    scene = DATED_SCENE.search(sentence)
    if scene is None or VERB_LIKE.search(sentence[:1].lower() + sentence[1:]):
        return False
    before = sentence[: scene.start()]
    return not (BARE_VERB.search(before) or FIGURE.search(before))


def _pictured(sentence: str) -> bool:
    """Whether a sentence says what a picture shows by a caption's own words: the picture's words
    opening it (NAMES_A_PICTURE), someone placed in it (PLACES_SOMEONE), named at a moment
    (_named_at_a_moment), or posing and doing no more ("Para peserta berfoto bersama narasumber di
    ..."; not "Para peserta berfoto bersama, kemudian kembali ke desa ...")."""
    pose = POSES.search(sentence)
    return bool(
        NAMES_A_PICTURE.match(sentence)
        or PLACES_SOMEONE.search(sentence)
        or _named_at_a_moment(sentence)
        or (pose and not _does_more_after(sentence, pose.end()))
    )


def _may_run_into_the_next_sentence(credit: str, after: str) -> bool:
    """Whether a credit without brackets before more text on its line may have taken the next
    sentence's opening words for its names: that sentence opening with capitals ("... KOMPAS/HENDRA
    WIJAYA UI turut hadir"), or the credit's names two or more and the last a word written like one
    opening a sentence ("Foto: Humas Unair Peserta membuka ...", "TEMPO/Shinta Rahmawati Warga
    ..."): where they are, the credit is left in the text, as a report's sentence cut is worse.  An
    office's title before a word written small opens the sentence, no credit's name (_OFFICE_OPENS: "Foto:
    Humas Unair Rektor membuka ..."; fifty-eighth round)."""
    if not after.strip():
        return False
    if not re.match(r"[ \t]+[\"“‘]?[A-Z][\w.-]*[a-z]", after):
        return True
    if GOES_ON_FROM_THE_STORY.match(after.lstrip()):  # "... Humas Polines Menurut panitia, ...": no name
        return False
    if ENGLISH_OPENER.match(after):  # "Photo: Antara/Adeng Bustomi The training ...": no name (fifty-seventh round)
        return False
    if re.match(rf"[ \t]+{_OFFICE_OPENS}", after):  # "... Pemkab Sleman Bupati Sleman ... mengatakan": no name
        return False
    names = re.split(r"[:/]", credit, maxsplit=1)[-1].split()
    return len(names) >= 2 and re.fullmatch(r"[A-Z][a-z][\w-]*", names[-1]) is not None


def _captions_ahead(text: str) -> bool:
    """Whether the text after a credit without brackets opens with its caption (_caption_after_credit):
    then where the credit's names end matters not, as the credit and the caption are left out together
    ("... sampah. Foto: Humas Pemkab Sleman Peserta lokakarya ... Selasa (14/3/2023). Lokakarya ...").
    Only the words to the first stop are read (an abbreviation's stop ends them too: the credit stays),
    as each credit of a line reads them: a line of many had read 600 characters after each."""
    stop = FIRST_STOP.search(text, 0, CAPTION_AHEAD_CHARS)
    return _caption_after_credit(split_sentences(text[: stop.end() if stop else CAPTION_AHEAD_CHARS])) > 0


def _ahead(line: str, at: int) -> str:
    """The line's text after position at, its spaces and a word's length and more (AHEAD_CHARS) from
    its next word: what _may_run_into_the_next_sentence reads of it.  The rest of the line, copied for
    each credit, had made a line of many credits quadratic ("Selesai. 📸 @a.b " over 1 MB: 16 s)."""
    word = NEXT_WORD.search(line, at)
    return line[at : word.start() + AHEAD_CHARS] if word else ""


def _inside_a_quote(text: str) -> bool:
    """Whether a text opens inside a quotation: a closing quote before any opening one, or an odd
    number of straight quotes."""
    closing, opening = text.find("”"), text.find("“")
    return (closing != -1 and (opening == -1 or closing < opening)) or text.count('"') % 2 == 1


def _sentences_before_a_credit(text: str) -> list[str]:
    """The sentences of the text before a credit, as _caption_start reads them: of a long text only its
    last SPLIT_TAIL_CHARS are split, its earlier words one piece with the first of them (the caption is
    looked for among the last sentences, none longer than SPLIT_TAIL_CHARS; what is before it is kept).
    Splitting a whole line of many short sentences, 60,000 in 1 MB ("Selesai. 📸 @a.b ..."), had taken
    seconds.  A stretch in small letters after capitals is split whole, as split_sentences reads text
    all in small letters otherwise; so is one that opens inside a quotation (a quotation of over
    SPLIT_TAIL_CHARS, its closing mark read without its opening one, had run its last sentence into
    the caption after it)."""
    cut = text.rfind(" ", 0, len(text) - SPLIT_TAIL_CHARS) if len(text) > SPLIT_TAIL_CHARS else -1
    if cut <= 0 or (text[cut:] == text[cut:].lower() and text != text.lower()) or _inside_a_quote(text[cut:]):
        return split_sentences(text)
    tail = split_sentences(text[cut:])
    return [" ".join([*text[:cut].split(), *tail[:1]]), *tail[1:]]


def _credits(line: str) -> list[tuple[int, int]]:
    """The spans of the photos' credits in a line after text (PHOTO_CREDIT; one without brackets
    after a sentence's end), one in brackets opening a line before text, and BYLINE_NAME's credit
    ending a line after its caption."""
    if not CREDIT_MARK.search(line):
        return []
    opens = len(line) - len(line.lstrip())  # (each credit looks back a bounded stretch: a line of many stays linear)
    found = [
        match.span()
        for match in PHOTO_CREDIT.finditer(line)
        if (
            match.start() > opens
            or (
                (line[match.start()] in "[(" or OPENING_CREDIT.match(line, match.start()))
                and line[match.end() :].strip()
            )
        )
        and (
            line[match.start()] in "[("
            or (
                (match.start() <= opens or AFTER_A_SENTENCE.search(line[max(0, match.start() - 20) : match.start()]))
                and (
                    not _may_run_into_the_next_sentence(match.group(), _ahead(line, match.end()))
                    or _captions_ahead(line[match.end() : match.end() + CAPTION_AHEAD_CHARS])
                )
            )
        )
    ]
    credited = _a_credit(BYLINE_NAME.fullmatch(line.rstrip()))
    if credited and credited["captioned"] and (not found or credited.end("captioned") >= found[-1][1]):
        found.append((credited.end("captioned"), len(line.rstrip())))
    return found


def _without_captions(lines: list[str], furniture_line: list[int], k: int) -> tuple[str, list[str]]:
    """Line k without its photos' credits and their captions (_credits, _caption_start), and what was
    taken out; the line unchanged and nothing where it holds no credit after text, "" and the line
    where all of it is captions and credits.  The sentences before a credit are its caption's or
    the report's; what follows a credit on its line is the report's, but where a credit ends no
    caption its own may follow it (_caption_after_credit)."""
    line = lines[k]
    spans = _credits(line)
    if not spans:
        return line, []
    beside = any(lines[j].strip() and not furniture_line[j] for j in (k - 1, k + 1) if 0 <= j < len(lines))
    bylined = BYLINE_NAME.fullmatch(line.rstrip())
    ends = [0, *(end for _, end in spans)]
    segments = [line[at:start].strip() for at, (start, _) in zip(ends, spans, strict=False)]
    segments.append(line[ends[-1] :].strip())  # the texts before each credit, then the rest of the line
    kept, removed = [], []
    for number, (start, end) in enumerate(spans):
        sentences = _sentences_before_a_credit(segments[number]) if segments[number] else []
        alone = not beside and len(spans) == 1 and not segments[-1] and bool(bylined and bylined["captioned"])
        caption = _caption_start(sentences, alone) if sentences else 0
        cut = len(sentences) if caption is None else caption
        kept += sentences[:cut]
        captioned = [*sentences[cut:], line[start:end].strip()]
        if cut == len(sentences) and segments[number + 1]:
            following = split_sentences(segments[number + 1])
            ahead = _caption_after_credit(following)
            captioned += following[:ahead]
            segments[number + 1] = " ".join(following[ahead:]) if ahead else segments[number + 1]
        removed.append(" ".join(captioned))
    kept += [segments[-1]] if segments[-1] else []
    return (" ".join(kept), removed) if kept else ("", [line.strip()])


def _reference_lines(lines: list[str]) -> set[int]:
    """The lines of references sections, headings and references (REFERENCES_HEADING, REFERENCE)."""
    found: set[int] = set()
    for k, line in enumerate(lines):
        if not REFERENCES_HEADING.fullmatch(line):
            continue
        section = []
        for number in range(k + 1, len(lines)):
            if lines[number].strip() and not REFERENCE.match(lines[number]):
                break
            section.append(number)
        if any(lines[number].strip() for number in section):
            found |= {k, *section}
    return found


def _end_of_release(lines: list[str]) -> int:
    """The number of the line where a press release's text ends (END_OF_RELEASE before BOILERPLATE)."""
    following = ""
    for k in range(len(lines) - 1, -1, -1):
        if END_OF_RELEASE.fullmatch(lines[k]) and BOILERPLATE.fullmatch(following):
            return k
        following = lines[k] if lines[k].strip() else following
    return len(lines)


def _without_dateline(line: str, first: bool) -> str:
    """A paragraph's first line without its dateline (DATELINE): one that names its site
    ("REPUBLIKA.CO.ID, JAKARTA -- "); in the article's first paragraph also one that names a date
    or its agency, a place in capitals alone ("SEMARANG – "), or a place and its outlet ("Jakarta,
    CNN Indonesia -- "), or a city of DATELINE_CITIES in small letters ("Jakarta - "); not a name in
    apposition ("Moderator, Rina Wulandari – Mahasiswi HI – membuka ..."), nor another place in
    small letters alone ("Indonesia – Timor Leste menjadi ..." is the sentence's own), nor a route
    ("Jakarta - Bandung ..."), nor "Hari Kedua, Selasa (15/12/2020) – " of a later paragraph."""
    match = DATELINE.match(line)
    rest = line[match.end() :] if match else ""
    if match is None or len(rest.split()) < DATELINE_SENTENCE_WORDS or APPOSITION.search(rest):
        return line
    place, single = match["place"], len(match["place"].split()) == 1
    site = match["site"] or re.fullmatch(_DOMAIN, place, re.I)
    named = match["names"] and single  # "Jakarta, CNN Indonesia -- "
    bare = not (match["names"] or match["date"] or match["site"] or match["outlet"])
    alone = bare and single and place.isupper()
    # a city alone in small letters, not a route to another ("Jakarta - Bandung menjadi ...")
    city = bare and place.lower() in DATELINE_CITIES and (rest.split()[0].strip(",.").lower() not in DATELINE_CITIES)
    return rest if site or (first and (match["date"] or match["outlet"] or named or alone or city)) else line


def _goes_on(line: str, after: str) -> bool:
    """Whether a line's sentence goes on in the next line: hard-wrapped prose, not a title or a
    label's line above the next ("Lokakarya berikutnya akan digelar pada" / "Sabtu, 9 Januari 2021",
    "Baca," / "Pahami," / "Bagikan!").  A photo's label's caption without a stop goes on only into words
    written small: its own words are a sentence's, not a title's ("Gambar: Peserta memetakan potensi desa
    di atas kertas plano" / "Peta tersebut ..." had been kept as one sentence wrapped)."""
    line = line.rstrip()
    if not line or not after.strip() or line[-1] in ".!?:":
        return False
    labelled = LABELLED.fullmatch(line.strip())
    captioned = labelled is not None and labelled["caption"] is not None
    return line[-1] == "," or after.lstrip()[:1].islower() or not (captioned or _title_like(line))


def without_furniture(text: str, removed: list[str] | None = None) -> str:
    """The text without its source's furniture: what stands inside its lines (INLINE_FURNITURE),
    the dateline of its first paragraph, a press release's boilerplate, references sections, a
    letter's close and signature, and lines of furniture (_furniture): those that only furniture
    is, and those that a sentence may run through where it does not (_goes_on), unless the line
    beside it is furniture too.
    What is left out is added to `removed`, for the record."""
    left_out = removed if removed is not None else []
    noted = set(NOTE_MARK.findall(text))  # "[1]" against a word: a line opening with it is the note
    for inline in INLINE_FURNITURE:  # (each read once: the text is copied only where one is found)
        found = _inline_spans(inline, text)
        if found:
            left_out += [text[start:end].strip() for start, end in found]
            ends = [0, *(end for _, end in found)]
            starts = [*(start for start, _ in found), len(text)]
            text = "".join(text[end:start] for end, start in zip(ends, starts, strict=True))
    lines = text.split("\n")
    end = _end_of_release(lines)
    left_out += [line.strip() for line in lines[end:]]
    lines = lines[:end]
    references = _reference_lines(lines)
    counters = _counter_blocks(lines)
    furniture_line = [STRONG if k in counters else _furniture(line) for k, line in enumerate(lines)]
    for k in range(len(lines)):
        text, removed_here = _without_captions(lines, furniture_line, k)
        if removed_here and text:
            left_out += removed_here
            lines[k], furniture_line[k] = text, _furniture(text)
        elif removed_here:  # captions and credits alone: left out whole, as the line
            furniture_line[k] = STRONG
    last_sentence = max(
        (
            k
            for k, line in enumerate(lines)
            if line.rstrip()[-1:] in (".", "!", "?") and not furniture_line[k] and k not in references
        ),
        default=-1,
    )
    kept = []
    signature = headlines = ended = False  # ended: a sentence has ended (the article's first paragraph is over)
    for k, line in enumerate(lines):
        before = lines[k - 1] if k else ""
        after = lines[k + 1] if k + 1 < len(lines) else ""
        if not before.strip():
            whole = line  # a site's dateline anywhere, the others in the first paragraph
            line = _without_dateline(line, first=not ended)
            left_out += [whole[: len(whole) - len(line)].strip()] if line != whole else []
        # a signature's lines open with a capital, a digit or a phone's "+" or "(": "Dewi", "Humas STEKOM"
        signature = bool(line.strip()) and (
            (bool(SIGN_OFF.fullmatch(line)) and k > last_sentence)
            or (
                signature
                and len(line.split()) <= SIGNATURE_LINE_WORDS
                and line.rstrip()[-1:] not in ".!?"
                and (_title_like(line) or bool(re.search(r"\d|@", line)))
            )
        )
        went_on = k > 0 and _goes_on(before, line) and not furniture_line[k - 1]
        goes_on = _goes_on(line, after) and not (k + 1 < len(lines) and furniture_line[k + 1])
        # (a button under a title is no sentence the title goes on into: "Kemlu Dorong ... Pandemi" / "share")
        bare = BARE_FURNITURE.fullmatch(line.strip()) and not after.lstrip()[:1].islower()
        bare = bool(bare) and not (went_on and (before.rstrip().endswith(",") or not _title_like(before)))
        # under a link's words alone ("Baca Juga:", "Artikel Terkait"), the headlines they link, to a stop
        headlines = bool(line.strip()) and (bare or (headlines and line.rstrip()[-1:] not in ".!?" and not went_on))
        note = (opening := NOTE_LINE.match(line)) is not None and opening[1] in noted
        alone = furniture_line[k] == STRONG or (furniture_line[k] and not went_on and not goes_on)
        furniture = signature or headlines or note or k in references or alone
        left_out += [line.strip()] if furniture else []
        kept.append("" if furniture else line)
        ended = ended or (not furniture and line.rstrip()[-1:] in (".", "!", "?"))
    left_out[:] = [piece for piece in left_out if piece]
    return "\n".join(kept)
