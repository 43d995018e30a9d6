"""Sentences that narrate the event rather than say its content (is_narration, starts_a_talk,
audience_asks, about_the_speaker) and the words of running the session (session_words,
runs_the_session, says_the_sessions_own, hands_out_by_the_call).

Apart from language.py because they read what a sentence does in a report or a talk, not the
language's words: compare, topics (the session's own words are no topic) and the housekeeping
bench ask them, normalisation does not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.text.formats import CLOSING_QUOTES
from pipeline.text.language import (
    CALL_TOOLS,
    CLITICS,
    HOST_WORDS,
    MEETING_WORDS,
    TALKS_OWN_WORDS,
    is_fragment,
    listed_words,
    normalize,
    stem,
    stop_words,
)

# Words that describe the event rather than its content: a report sentence with two of them
# narrates ("Acara workshop ... dilaksanakan melalui Zoom ... dihadiri oleh mahasiswa").
EVENT_WORDS = {
    "acara",
    "workshop",
    "webinar",
    "seminar",
    "lokakarya",
    "tema",
    "zoom",
    "dilaksanakan",
    "diselenggarakan",
    "dihadiri",
    "diisi",
    "dibuka",
    "ditutup",
    "peserta",
    "narasumber",
    "moderator",
    "pembicara",
    "sesi",
    # how it was held, opened, led, followed and closed ("Kegiatan ini berlangsung secara daring",
    # "dipandu oleh moderator", "diikuti oleh 300 mahasiswa", "panitia membagikan e-sertifikat")
    "kegiatan",
    "berlangsung",
    "diikuti",
    "dipandu",
    "dimoderatori",
    "disiarkan",
    "panitia",
    "sertifikat",
    "kuliah",
    "materi",
    "disampaikan",
    # who watched and where to watch it again ("sesi tanya jawab", "penonton", "rekaman ... dapat
    # ditonton di kanal YouTube", "menghadirkan dua narasumber")
    "tanya",
    # a participant's question reported ("Salah satu peserta ... menanyakan cara ...")
    "menanyakan",
    "bertanya",
    "penanya",
    "penonton",
    "rekaman",
    "ditonton",
    "disaksikan",
    "tautan",
    "menghadirkan",
    # how news pages say it was held, opened and attended ("Workshop ini digelar atas kerja sama ...",
    # "Kegiatan diawali dengan ...", "merupakan rangkaian dari ...", "Turut hadir ...")
    "digelar",
    "menggelar",
    "diadakan",
    "diawali",
    "diakhiri",
    "rangkaian",
    "hadir",
    "penyelenggara",
    "sambutan",
    "sambutannya",
    # the same in an English report of the day (compare matches it across languages)
    "event",
    "session",
    "theme",
    "held",
    "hosted",
    "attended",
    "moderated",
    "participants",
    "broadcast",
    "streamed",
    "organized",
    "organised",
}
# A verb of speaking: with "tentang ..." after it ("Beliau menjelaskan tentang ...", "Narasumber
# kedua memaparkan mengenai ...") the sentence says who spoke about what, not what was said; so
# does a speaker of the day's config or the event with the verb and its topic ("Dr. Ayu
# menjelaskan strategi ...", "Webinar ini membahas ..."); unless what was said follows.
SPEAKING = (
    r"(?:menjelaskan|memaparkan|menyampaikan|membahas|menerangkan|membawakan|mengulas|berbicara|menguraikan"
    r"|berbagi|bercerita|explained|presented|discussed|described|delivered|talked|spoke|shared)"
)
# A sentence with a link points to where the event can be found ("Rekaman lengkap: https://...").
LINK = re.compile(r"https?://|www\.")
REPORTING = re.compile(rf"\b{SPEAKING}\s+(?:tentang|mengenai|soal|materi|perihal|terkait|about|on)\b")
REPORTING_TOPIC = re.compile(rf"\b{SPEAKING}\s+\w")
# ... but not when the sentence goes on to say it: "menyampaikan empat manfaat, yaitu ..." (or ":").
CONTENT_FOLLOWS = re.compile(
    r"\b(?:bahwa|yaitu|yakni|adalah|antara lain|diantaranya|di antaranya|meliputi|that|namely|including"
    r"|bahawa|iaitu)\b"  # Malay's spellings: it shares the verbs of speaking ("Ia menerangkan bahawa ...")
)
# A claim reported in the news' own forms: "bahwa ..." (CONTENT_FOLLOWS), a verb of speaking and a
# comma ("Chalief menyampaikan, Indonesia telah ..."), a verb that says or judges ("Ayu mengatakan
# durasi ...", "Ia menilai ...", "Ia berharap ...", "Ia mendorong mahasiswa untuk ..."), a quote and
# who said it ("“...,” ujar Chalief"), "Menurut X, ...".  Such a sentence is content however many
# words of the event or of speaking its claim holds ("Ia menjelaskan bahwa moderator yang baik ...
# setiap pembicara", "... berlatih berbicara di depan cermin").  "yaitu", "adalah" do not count
# there: "Tema acara ini adalah ...", "Narasumbernya yaitu ..." narrate.
CLAIMED = re.compile(
    rf"\b(?:bahwa|bahawa|that)\b|\b{SPEAKING}\s*,"
    r"|\b(?:mengatakan|menambahkan|menegaskan|menekankan|mengungkapkan|menuturkan|menilai|berpendapat|mengingatkan"
    r"|menyebut|menyebutkan|menjawab|mencontohkan|berpesan|meyakini|said|added|stressed|argued"
    r"|menyarankan|menganjurkan|merekomendasikan|mengusulkan|menyoroti|suggested|recommended|advised)\b"
    r"|\b(?P<exhorting>berharap|mendorong|mengajak|mengimbau|urged)\b"
    rf"|[{re.escape(CLOSING_QUOTES)}]\s*,?\s*(?P<after>(?:ujar|kata|tutur|ucap|tegas|jelas|imbuh|tambah)(?:nya)?\b)"
    r"|^\W*(?P<according>menurut(?:nya)?\b)|,\s*(?P<according_within>menurut(?:nya)?\b)",
    re.I,
)
# Who says what the organisers, hosts and officials of the event say is about the event ("Ketua
# Panitia ... mengatakan bahwa workshop ini merupakan agenda tahunan", "Menurut keterangan panitia,
# acara ini diikuti ...", "Moderator mengajak peserta ...", "Rektor berharap kegiatan ini ..."):
# no claim to find.
ORGANISERS = HOST_WORDS | frozenset(
    ("panitia", "penyelenggara", "rektor", "dekan", "organizer", "organiser", "organizers", "organisers", "committee")
)
# The event's people introduced, thanked or leading it, with nothing said: "Bertindak sebagai
# moderator, ...", "Diskusi dipandu oleh ...", "Turut hadir ...", "... mengucapkan terima kasih kepada ...".
_EVENT_ROLES = "moderator|narasumber|pembicara|pemateri|pembawa acara|mc|host"
# One of the day's roles given its holder: "Narasumber pertama adalah H.E. Chalief Akbar", "Moderatornya
# adalah Rina"; a role alone before "adalah" defines the role ("Moderator adalah pemandu diskusi ..." in a
# talk on public speaking).
_ROLE_HOLDER = rf"(?:{_EVENT_ROLES})(?:nya| (?:pertama|kedua|ketiga|keempat|utama|\d))"
INTRODUCED = re.compile(
    rf"\b(?:(?:bertindak|hadir|tampil) sebagai (?:{_EVENT_ROLES})|{_ROLE_HOLDER} adalah"
    r"|(?:dipandu|dimoderatori|dibawakan) oleh|turut hadir|(?:ber)?terima kasih)\b"
)
# "Bertindak sebagai moderator adalah Budi", "Narasumber pertama adalah ...": "adalah" names who, it
# states no content (CONTENT_FOLLOWS).
_ROLE_IS = re.compile(rf"\b(sebagai (?:{_EVENT_ROLES})|{_ROLE_HOLDER}) adalah\b")
# Who a sentence is about when it names no one: "beliau" goes on with the last speaker named.
SAME_SPEAKER = re.compile(r"\b(?:beliau|ia|dia|he|she)\b")
NARRATION_MIN_EVENT_WORDS = 2


def _joined_passive(normalized: str) -> str:
    """Reports often write passive verbs apart ("di laksanakan", "di hadiri"): join them."""
    return re.sub(r"\bdi (laksanakan|selenggarakan|hadiri|isi|buka|tutup)\b", r"di\1", normalized)


def is_narration(sentence: str, named_speakers: list[str]) -> bool:
    """True for a report sentence about the event itself, not a point a speaker made."""
    if LINK.search(sentence):
        return True
    words = _joined_passive(normalize(sentence))
    event_words = _event_words(words)
    # "Dr. Ayu ...", "Webinar hari ke-10 membahas ...", "Beliau berbagi ..."
    speaker = named_speakers or event_words or SAME_SPEAKER.search(words)
    speaking = REPORTING.search(words) or (speaker and REPORTING_TOPIC.search(words))
    claimed = _claimed(sentence)
    # "Sesi itu menghadirkan X dan Y": the day's speakers named together, with nothing said.
    told = speaking or len(named_speakers) > 1 or INTRODUCED.search(words)
    if told and not claimed and not CONTENT_FOLLOWS.search(_ROLE_IS.sub(r"\1", words)) and ":" not in sentence:
        return True
    return event_words >= NARRATION_MIN_EVENT_WORDS and not claimed


@lru_cache(maxsize=1)
def session_words() -> tuple[frozenset[str], frozenset[str], frozenset[tuple[str, ...]]]:
    """The words of running an online session rather than saying something: greeting and
    welcoming, thanking, handing over, the sound, camera and screen, links, attendance,
    certificates, photos, breaks, the programme and farewells (pipeline/text/data/session_words.txt,
    with the meeting words that are no talk's own; docs/compare.md, "Housekeeping"); those of them a
    talk says for its substance as often (ordinary_session_words.txt: "sampai", "pertama",
    "langsung", "mas"); and the entries normalize() splits ("putus-putus", "e-sertifikat",
    "sampai ketemu"), runs of words matched together: a piece not listed alone ("putus") is not of
    the session."""
    entries = listed_words("session_words.txt")
    words = {entry[0] for entry in entries if len(entry) == 1} | (MEETING_WORDS - TALKS_OWN_WORDS)
    ordinary = {entry[0] for entry in listed_words("ordinary_session_words.txt")}
    return frozenset(words), frozenset(ordinary), frozenset(tuple(entry) for entry in entries if len(entry) > 1)


def runs_the_session(
    text: str, names: frozenset[str] = frozenset(), others_allowed: int = 0, in_a_session_line: bool = False
) -> bool | None:
    """Whether an utterance only runs the session (greets, thanks, hands over, asks whether the
    sound is heard): "Selamat pagi semuanya, silakan Pak Hendarto" is not something the talk says
    that the report leaves out.  It does when it says a word of the session (session_words(), with or
    without a clitic, or one of `names`) and every other word is a stop word, a number or no
    Indonesian word at all (a name, a word ASR misheard: "Pak Dutabesar, silakan"), but for
    `others_allowed` words.  One other word makes a line content ("Selamat pagi dari Hamburg, di
    sini dingin sekali"): allowing one in every line had moved 73 % of the housekeeping words out
    of the tuning days' lists against 56 %, but hid 3.6 % of their content words against 0.7 %
    (6.2 % against 0.9 % in their ASR; the round's first list, docs/compare.md), so only the
    host's lines may (compare).  A word a talk says as often ("sampai", "pertama", "langsung",
    "iya", "mas") counts only in a line with a word that is the session's alone, a listed run or a
    name, and is read as any word elsewhere: alone it had folded "Sampai tahun dua ribu dua puluh empat" and Whisper's
    "Kendalaia, eh, yuan pertama soel klomitmen" (docs/compare.md, forty-eighth round);
    `in_a_session_line`: the text is a clause of a line that has one ("waktu saya sudah habis" of
    "..., saya kembalikan ke moderator").  None when it says neither ("Karena apa?"): compare reads
    such a line as content between two content lines of its voice, as housekeeping elsewhere."""
    words = normalize(text).split()
    of_session, alone = _session_marks(words, names)
    if not (any(alone) or in_a_session_line):
        of_session = [False] * len(words)
    content = [
        word
        for word, told in zip(words, of_session, strict=True)
        if not told and word not in stop_words() and not word.isdigit()
    ]
    if not any(of_session) and not content:
        return None
    return any(of_session) and sum(not is_fragment(word) for word in content) <= others_allowed


def says_the_sessions_own(text: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether a text says a word that is the session's alone, a listed run or one of `names`
    (runs_the_session): then the words a talk says as often count as the session's in it."""
    return any(_session_marks(normalize(text).split(), names)[1])


def _session_marks(words: list[str], names: frozenset[str]) -> tuple[list[bool], list[bool]]:
    """Of each word, whether it is the session's (a listed word, with or without a clitic, a run or
    a name) and whether it is the session's alone (not one a talk says as often)."""
    listed, ordinary, runs = session_words()
    forms = [word if word in listed else _CLITIC_END.sub("", word) for word in words]
    named = [word in names for word in words]
    of_session = [name or form in listed for name, form in zip(named, forms, strict=True)]
    alone = [name or (form in listed and form not in ordinary) for name, form in zip(named, forms, strict=True)]
    for length in {len(run) for run in runs}:
        for at in range(len(words) - length + 1):
            if tuple(words[at : at + length]) in runs:
                of_session[at : at + length] = alone[at : at + length] = [True] * length
    return of_session, alone


_CLITIC_END = re.compile(rf"(?:{'|'.join(CLITICS)})$")  # "linknya", "silakanlah"


# Stems of handing something out ("dibagikan", "kami kirim", "di-share", "diunggah"): with a call's tool
# named, an announcement of the material says where it goes, while a theme may name a tool as its
# subject ("strategi konten YouTube untuk UMKM", "perfilman layar lebar").
HANDING_OUT = frozenset(("bagi", "kirim", "share", "dishare", "unggah", "upload", "unduh", "download"))


def hands_out_by_the_call(text: str) -> bool:
    """Whether a text hands something out through one of the call's tools or channels (CALL_TOOLS,
    with or without a clitic: "linknya", "grup WhatsApp"): "Materi dan rekaman kami kirim lewat
    email", not "Tema kita: strategi konten YouTube"."""
    words = normalize(text).split()
    return any(word in CALL_TOOLS or _CLITIC_END.sub("", word) in CALL_TOOLS for word in words) and any(
        stem(word) in HANDING_OUT for word in words
    )


def _event_words(words: str) -> int:
    """How many distinct words of the event (EVENT_WORDS) a normalised text holds."""
    return len(set(words.split()) & EVENT_WORDS)


def _claimed(sentence: str) -> bool:
    """Whether the sentence reports a claim (CLAIMED) by someone other than the event's organisers:
    the one who claims stands before the verb, after a quote's "ujar", or after "menurut".  What a
    speaker asks of the audience about the event itself is no claim ("Ia juga mengajak para peserta
    untuk aktif bertanya selama sesi berlangsung"), what they urge about the subject is ("Ia mendorong
    mahasiswa untuk rutin berlatih berbicara ...")."""
    match = CLAIMED.search(sentence)
    if match is None:
        return False
    if match["after"]:
        source = sentence[match.end() :]
    elif match["according"] or match["according_within"]:
        source = sentence[match.end() :].split(",")[0]
    else:
        source = sentence[: match.start()]
    if match["exhorting"]:
        asked = _joined_passive(normalize(sentence[match.end() :]))
        if _event_words(asked) >= NARRATION_MIN_EVENT_WORDS:
            return False
    return not ORGANISERS & set(normalize(source).split())


# Someone of the audience asks: "Salah satu peserta, mahasiswa ..., menanyakan cara ...", "Seorang
# penanya dari Bandung ingin tahu ...".
# Someone of the audience asks, as the sentence's subject: "Salah satu peserta, mahasiswa ...,
# menanyakan cara ...", "Seorang penanya dari Bandung bertanya ...".  Not a speaker's point about an
# audience ("peserta didik harus berani bertanya", "mendorong para peserta untuk bertanya").
AUDIENCE_ASKS = re.compile(
    r"^(?:\w+ ){0,4}?(?:salah (?:satu|1)|seorang|sejumlah|beberapa|para|one of the|an?)?\s?"
    r"(?:peserta|penanya|penonton|hadirin|audiens|participants?|audience(?: member)?)\b"
    r"(?: \w+){0,8}? (?:menanyakan|bertanya|mengajukan pertanyaan|asked)\b"
)
# ... unless they are urged to ask, or the sentence is a speaker's claim about them.
_URGED = re.compile(r"\b(?:untuk|agar|supaya|harus|perlu|diajak|didorong|mendorong|menurutnya|didik)\b")


def starts_a_talk(sentence: str) -> bool:
    """Whether a sentence says that someone, other than the speaker named last ("Beliau juga
    menjelaskan ..."), spoke about something ("Prof. Hikmahanto menjelaskan tentang ...") or
    is introduced ("Bertindak sebagai moderator, Rina Kusuma ...", "Diskusi dipandu oleh ...")."""
    words = normalize(sentence)
    return bool(REPORTING.search(words) or INTRODUCED.search(words)) and not SAME_SPEAKER.search(words)


def audience_asks(sentence: str) -> bool:
    """Whether a sentence reports a question from the audience ("Salah satu peserta ... menanyakan
    cara ..."): the part that follows is no longer the speaker named before."""
    words = normalize(sentence)
    return bool(AUDIENCE_ASKS.search(words)) and not (_URGED.search(words) or SAME_SPEAKER.search(words))


def about_the_speaker(sentence: str) -> bool:
    """Whether a sentence that names no one goes on about the speaker named before ("Beliau ...")."""
    return bool(SAME_SPEAKER.search(normalize(sentence)))
