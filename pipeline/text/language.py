"""Indonesian language data on top of spaCy's blank "id" pipeline (no trained model exists).

spaCy gives tokens, stop words and number attributes; this module extends that pipeline with the
config's names as an entity ruler plus a component for proper-noun spans in cased text, and adds
the normalisation that ASR text needs before matching (number words to digits, fillers).

Here are the language's words: stop words, stems, word lists, spoken forms, names and titles.  How
texts say numbers and quantities is numbers.py, which reads this module's stop words, clitics and
common words at its top.  Two functions here ask numbers.py in turn, and import it where they run
(a cycle at the top): normalize() its numbers_to_digits, and _joined_stop_words its is_number_word.
Neither moves to numbers.py: this module's own functions (says_nothing, first_normalized_words,
stems_and_words, the role words) normalise too, so the cycle would only turn round.  The sentences
that narrate the event and the words that run the session are narration.py.
"""

from __future__ import annotations

import re
import string
import sys
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from pipeline.text.formats import (
    CLOSING_MARKS,
    CLOSING_QUOTES,
    OPENING_MARKS,
    OPENING_QUOTES,
    QUOTES,
    SINGLE_QUOTES,
)
from pipeline.text.furniture import DATELINE_CITIES

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.language import Language
    from spacy.tokens import Doc

# spaCy is imported where it is used (find_entities), and without torch: see _import_spacy.

# Spoken fillers and politeness formulas that carry no topic.
FILLERS = {
    "eh",
    "em",
    "hmm",
    "ya",
    "yah",
    "nah",
    "nya",  # a clitic written apart ("mic nya dimatikan"), no word of its own
    "gitu",
    "kan",
    "sih",
    "oke",
    "ok",
    "baik",
    "jadi",
    "tadi",
    "terima",
    "kasih",
    "selamat",
    "salam",
    "sejahtera",
    "assalamualaikum",
    "wassalamualaikum",
    "warahmatullahi",
    "wabarakatuh",
    "om",
    "swastiastu",
    "namo",
    "buddhaya",
    "kebajikan",
    "shalom",
    "berbahagia",
    "sekalian",
    "hormati",
    "terhormat",
    "banggakan",
    "yth",
    "halo",
    "siang",
    "pagi",
    "sore",
    "malam",
    "bapak",
    "ibu",
    "pak",
    "bu",
    "saya",
    "kami",
    "kita",
    "yaitu",
    "diantaranya",
    "antaranya",
    "adanya",
    "misal",
    "misalnya",
    "juga",
    "sebagai",
    "secara",
    "untuk",
    "dengan",
    "melalui",
    "tentang",
    "sangat",
    # spoken Indonesian: politeness, agreement, emphasis and colloquial function words
    "maaf",
    "silakan",
    "silahkan",
    "mari",
    "iya",
    "deh",
    "lho",
    "loh",
    "nih",
    "tuh",
    "aja",
    "udah",
    "emang",
    "aduh",
    "sip",
    "banget",
    "keren",
    "mantap",
    "pengen",
    "pingin",
    "pengin",
    "cuman",
    "pokoknya",
    # a speaker's hedges ("istilahnya", so to speak; "intinya", in short) and the English ones Indonesian
    # speakers mix in: "istilahnya" had been a topic and "istilahnya laba-laba" a phrase (docs/
    # measurements.md, fifty-third round); "istilah" and "inti" stay words
    "istilahnya",
    "intinya",
    "basically",
    "literally",
    "actually",
    "honestly",
    "anyway",
    "seriously",
    "macem",
    "kayak",
    "gimana",
    "gini",
    "kalo",
    "trus",
    "yuk",
    "ayo",
    "oh",
    "hai",
    "okay",
    "mohon",
    "aamiin",
    "amin",
    "mas",
    "mbak",
    "kak",
    # "tidak" as it is said, and laughter as transcripts write it
    "nggak",
    "ngga",
    "engga",
    "gak",
    "ga",
    "ha",
    "haha",
    "hahaha",
    "hehe",
    "hihi",
    "wkwk",
    # "assalamu'alaikum" as ASR writes it apart
    "asalamu",
    "assalamu",
    "wassalamu",
    "alaikum",
}
VOICED = {"b": "p", "d": "t", "g": "k", "p": "b", "t": "d", "k": "g"}  # the stops Whisper hears the other way


def voicing_swapped(word: str, at: int) -> str:
    """The word with the stop at `at` voiced or unvoiced, as Whisper hears a fast stop the other way."""
    return word[:at] + VOICED[word[at]] + word[at + 1 :]


def sound_alikes(word: str) -> set[str]:
    """A word as Whisper hears it said fast: its first stop voiced or unvoiced, a final glottal "k"
    lost or heard ("bapak" -> "papak", "bapa", "papa")."""
    at = next((i for i, letter in enumerate(word) if letter in VOICED), None)
    forms = {word} if at is None else {word, voicing_swapped(word, at)}
    return {form[:-1] if form.endswith("k") else form + "k" for form in forms} | forms - {word}


# The audience's address, "Bapak Ibu", as Whisper hears it ("Papa Kibu", "Papak Danibu", "papa"):
# fillers as the words it garbles are.  Of the 22 bundled days' ASR every "papa" and "papak" (5 on
# the tuning days, 10 on the scored) was "bapak" garbled, none a father; a word a stop further off
# is another word ("babak final", "papan informasi"; docs/measurements.md, forty-eighth round).
FILLERS |= {form for word in ("bapak", "ibu") for form in sound_alikes(word)}
# The same for a day in English or in Javanese, whose speakers mix in Indonesian: spaCy has English
# stop words but no spoken fillers, and no Javanese list at all ("menika", "kula", "matur nuwun").
SPOKEN_FILLERS = {
    "en": {"okay", "ok", "yeah", "yes", "um", "uh", "er", "hmm", "thank", "thanks"},
    "jv": {"menika", "niki", "punika", "kula", "panjenengan", "badhe", "inggih", "nggih", "mboten", "sanget"}
    | {"saged", "ingkang", "kangge", "kaliyan", "saking", "dhateng", "wonten", "sampun", "ugi", "matur", "nuwun"}
    | {"lha", "dinten"},
    "ms": {"okey", "baiklah", "tuan", "puan"},
}
MALAY_WORDS = {"kebajikan", "sejahtera"}  # greetings' words in Indonesian, content in Malay ("welfare")
ORG_HEADS = {
    "universitas",
    "kementerian",
    "kementrian",
    "kedutaan",
    "kbri",
    "badan",
    "dinas",
    "lembaga",
    "perserikatan",
    "asosiasi",
    "institut",
    "sekolah",
    "fakultas",
    "pemerintah",
    "dewan",
}
SAME_NAME_MIN = 90  # rapidfuzz ratio of two written names of one entity ("Larasati", "Larassati")
# Words before a name in a written text: what makes the capitalised words after them a person's
# name (with roles: "Menteri", "Duta"), as the report and the topics stage's entities read them.
TITLES = {"dr", "dr.", "h.e", "h.e.", "prof", "prof.", "menteri", "duta", "pak", "bu", "ibu", "bapak"}
# Titles said before a name ("doktor ayu larasati", "bu ayu", "pak dubes"), in their spoken forms:
# a title alone names no topic, and a config's name is the same person with or without one.
HONORIFICS = frozenset(
    ("doktor", "dokter", "dr", "prof", "profesor", "bapak", "pak", "ibu", "bu", "saudara", "saudari")
    + ("mas", "mbak", "kak", "bang", "dubes", "yang", "mulia")
    # and as regions and faiths address people ("Bli Oka", "Kang Emil", "Cak Nun", "Ustaz Adi", "Romo Magnis")
    + ("bli", "kang", "cak", "daeng", "gus", "ustaz", "ustadz", "ustazah", "kiai", "kyai", "romo")
)
# Titles only written before a name as configs write them ("Drs.", "Ir.", "Hj.", "H.E.", "Ms",
# "His Excellency").
# The corps and forces written after a rank ("Kapten Inf", "Kolonel (Purn)", "Brigadir Pol"), never
# said as one's title
CORPS = frozenset({"inf", "kav", "arm", "czi", "cpm", "cba", "chk", "pnb", "pol", "tni", "polri", "purn"})
# Police and military ranks and corps written or said before a name ("Bripka Rudi Hartono",
# "Kapten Inf Sugeng Riyadi", "Kolonel (Purn) Hadi"): a person is the same with or without them.
RANKS = frozenset(
    {"bharada", "bharatu", "bharaka", "bripda", "briptu", "brigpol", "bripka", "aipda", "aiptu", "ipda", "iptu"}
    | {"akp", "kompol", "akbp", "kombes", "brigjen", "irjen", "komjen", "prada", "pratu", "praka", "kopda", "koptu"}
    | {"kopka", "serda", "sertu", "serka", "serma", "pelda", "peltu", "letda", "lettu", "kapten", "mayor", "letkol"}
    | {"kolonel", "mayjen", "letjen", "laksma", "laksda", "laksdya", "marsma", "marsda", "marsdya", "purn"}
    | {"jenderal", "laksamana", "marsekal", "brigadir", "letnan", "sersan", "kopral", "tni", "polri"}
    | CORPS
)
WRITTEN_TITLES = (
    frozenset({"drs", "dra", "ir", "h", "hj", "kh", "he", "mr", "mrs", "ms", "miss", "ym", "amb", "sdr", "sdri"})
    | RANKS
)
# Titles of two words, taken off a name only whole: their words alone are names too ("Yang Ming",
# "Mulia Lubis", "Her Suganda").
TITLE_PHRASES = frozenset({"yang mulia", "his excellency", "her excellency", "duta besar", "konsul jenderal"}) | {
    "laksamana pertama",
    "marsekal pertama",
}
# Titles of faith, pilgrimage and age a config writes before a name ("Kyai Haji", "Habib", "Pdt.",
# "Bpk."), taken off a person's name only: "haji", "suster" and "pendeta" are words of a talk too
# (the hajj, a nurse, a pastor), so they are no honorific where the talk is read.
NAME_TITLES = frozenset({"haji", "hajah", "hajjah", "habib", "syekh", "syaikh", "ustadzah", "ust", "pendeta"}) | {
    "pdt",
    "mbah",
    "suster",
    "sr",
    "rm",
    "bpk",
    "ambassador",
}
# Every one-word title a config may write before a name, said or written.
TITLED = (HONORIFICS - {"yang", "mulia"}) | WRITTEN_TITLES | NAME_TITLES
# Degrees written after a name without their dots ("Ahmad Fauzi SH MH", "Hendra Gunawan ST"), as
# written: "Ma" and "St" are a name and a saint, "MD" is Mahfud MD's own.
UNDOTTED_DEGREES = frozenset({"SH", "MH", "SE", "MM", "ST", "MT", "MBA", "MA", "MSc", "MSi", "PhD", "Lc"}) | {
    "SPd",
    "MPd",
    "SKom",
    "MKom",
    "SSos",
    "SIKom",
    "MIKom",
    "SIP",
    "SAg",
    "MAg",
    "SPsi",
    "MPsi",
}
# The names Balinese give a child by its order of birth, which follow "I" (a man) or "Ni" (a
# woman) ("ni ketut sriasih", "I Wayan Sudarsana")
BIRTH_ORDER = frozenset({"wayan", "gede", "putu", "luh", "kadek", "made", "nengah", "komang", "nyoman", "ketut"})
# ... and with a caste's, those before which "I" and "Ni" may be written or left out: "I Made
# Suarjana" is "Made Suarjana".
BALINESE_NAMES = BIRTH_ORDER | {"gde", "gusti"}
# Offices a config writes before a comma and the name after it ("Konjen RI Sydney, Vedi Kurnia
# Buana"), besides the roles of ROLE_WORDS ("Bupati Kudus, H.M. Hartopo").
OFFICES = frozenset({"duta", "dubes", "konjen", "konsul", "wakil", "atase", "atdikbud", "sekretaris", "staf"})
# ... and before the name without the comma ("Konjen Hendarto Wibisono", "Atase Bayu Anggoro"), as
# a role of ROLE_WORDS is; "Duta" is also a given name ("Duta Besar" is a title of TITLE_PHRASES).
OFFICES_BEFORE_A_NAME = OFFICES - {"duta"}
# Professions a config writes beside a name, after its comma or before it ("Dewi, Psikolog",
# "Psikolog, Dewi"): no given name after a surname written first, as "Togar" is in "Simanjuntak,
# Togar" ("Dewi, Psikolog" had been the person "Psikolog Dewi").
PROFESSIONS = frozenset(
    ("psikolog", "psikiater", "dokter", "perawat", "bidan", "apoteker", "terapis", "konselor", "peneliti", "penulis")
    + ("wartawan", "jurnalis", "editor", "notaris", "advokat", "pengacara", "jaksa", "arsitek", "konsultan")
    + ("pengusaha", "seniman", "budayawan", "sastrawan", "penyair", "aktivis", "praktisi", "akademisi", "pakar")
    + ("ahli", "diplomat", "musisi", "penyanyi", "fotografer", "desainer", "ekonom", "sejarawan", "ilmuwan")
    + ("pustakawan", "sosiolog", "antropolog", "kriminolog", "motivator", "pelatih", "trainer", "influencer")
    + ("mediator", "ilustrator", "animator", "kreator")
)
# Words after which one capitalised word of the language names a place, a people or a language
# ("ke Bali", "dengan Belanda", "bahasa Inggris", "kota Medan"), not a word typed in title case
# ("tata Kelola", "sejumlah Langkah" in the day-10 report).
NAME_BEFORE = {"ke", "dari", "di", "dengan", "dan", "atau", "antara", "asal", "seperti", "yaitu"} | {
    "negara",
    "kota",
    "provinsi",
    "pulau",
    "bahasa",
    "bangsa",
    "orang",
    "suku",
    "warga",
    "kabupaten",
}
# The personal pronouns, which open the clause they are the subject of ("saya kira", "kami membangun").
PERSONAL_PRONOUNS = frozenset({"saya", "aku", "kami", "kita", "dia", "mereka", "anda", "kamu", "engkau", "beliau"})
# Words of degree said before an adjective ("sangat menarik", "paling murah", "cukup jauh") or after
# it ("penting sekali", "bagus banget"): the word they grade is what something is, no subject.
DEGREE_BEFORE = frozenset(
    {"sangat", "amat", "lebih", "paling", "cukup", "lumayan", "agak", "terlalu", "makin", "semakin"}
)
DEGREE_AFTER = frozenset({"sekali", "banget"})
# Words said before a predicate ("kesepian itu nyata", "ongkos ke dokter juga mahal", "rumit
# memang"): an adjective ending its clause after one says what its subject is, as a graded one does.
PREDICATE_BEFORE = frozenset({"itu", "ini", "memang", "juga", "masih", "tetap", "terasa", "tidak", "kurang", "belum"})
# Conjunctions, after which a clause goes on ("itu wajar dan murah", "hasilnya nyata kalau ...",
# "sederhana tapi rutin"): a word before one ends its predicate, as a clause's end does; a word before
# "yang", "di" or "untuk" is said with what it is or where ("ini aplikasi yang membantu").
CONJUNCTIONS = frozenset(
    ("dan", "atau", "serta", "tapi", "namun", "kalau", "jika", "bila", "karena", "sebab", "sehingga", "jadi")
    + ("agar", "supaya", "meski", "meskipun", "walau", "walaupun", "padahal", "sedangkan")
)
# Prepositions, which a noun follows ("untuk petani", "dari plastik", "ke guru") and an adjective
# hardly does: a word a talk says after one is said of a thing.
PREPOSITIONS = frozenset({"di", "ke", "dari", "untuk", "bagi", "pada", "kepada", "oleh", "tentang", "terhadap"})
# The names of the days and months, which a word of time before them only dates ("hari senin",
# "bulan maret"): no term of the two.
CALENDAR_NAMES = frozenset(
    ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad", "januari", "februari", "maret")
    + ("april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember")
)
# Words that make a speaker the day's host, in the name or the role ("Moderator", "MC", "Pembawa acara").
# "Pemandu Acara", "Pewara" and "Master of Ceremony" are hosts too (an audit's configs wrote them)
HOST_WORDS = frozenset({"moderator", "mc", "host", "pembawa", "pemandu", "pewara", "ceremony", "ceremonies"})
# People by their part in the event or at school: the speakers and the audience, which a talk says
# again and again ("mahasiswa", "guru", "peserta", "narasumber") and which alone are no topic of it.
PEOPLE_ROLES = frozenset(
    ("rektor", "dekan", "dosen", "guru", "narasumber", "pemateri", "pembicara", "moderator", "peserta", "panitia")
    + ("penanya", "mahasiswa", "siswa", "murid", "pelajar", "hadirin", "audiens")
)
# Roles and bodies a report capitalises after those words without naming anyone ("sambutan dari
# Rektor", "antara Pemerintah dan Masyarakat", "di Desa").
ROLE_WORDS = PEOPLE_ROLES | {
    "penerjemah",
    "mc",
    "host",
    "pembawa",
    "acara",
    "pemerintah",
    "masyarakat",
    "warga",
    "sekolah",
    "kampus",
    "desa",
    "kelurahan",
    "kecamatan",
    "ketua",
    "kepala",
    "direktur",
    "presiden",
    "menteri",
    "gubernur",
    "bupati",
    "walikota",
    # the roles of an online event's programme and its minutes ("Notulis", "Keynote Speaker", "Audience")
    "notulis",
    "notulen",
    "operator",
    "keynote",
    "speaker",
    "audience",
    *ORG_HEADS,
}
# "1.200 peserta", "Rp 4.000.000": Indonesian writes a point between thousands.
THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?!\d|\.\d)")
COMMON_WORD_ZIPF = 2.5  # about once in 3 million words


@lru_cache(maxsize=8)
def stop_words(language: str = "id") -> frozenset[str]:
    """Indonesian: spaCy's stop words and the spoken fillers.  A day in another language: spaCy's
    stop words of that language and its spoken fillers; where spaCy has no list (Javanese,
    Sundanese), Indonesian's as well, which a talk of this series in a language of Indonesia mixes in.
    A Malay day reads the Indonesian fillers too: the two languages share them ("terima kasih")."""
    if language == "id":
        return frozenset(_spacy_stop_words("id") | FILLERS)
    own = _spacy_stop_words(language)
    if language == "ms":
        borrowed = FILLERS - MALAY_WORDS
    elif not own:
        borrowed = _spacy_stop_words("id") | FILLERS
    else:
        borrowed = set()
    return frozenset(own | SPOKEN_FILLERS.get(language, set()) | borrowed)


# Words as they are written and the forms in which a talk says them (and its transcript writes
# them): a reader types "tidak mengerti", "sudah", "bagaimana" where the talk said "nggak ngerti",
# "udah", "gimana", and the other way round.  Only forms that are no other word of the language:
# not "kaya" (rich) for "kayak", "lagi" for "sedang", "sama" for "dengan", "dah" (bye) for "sudah".
SPOKEN_FORMS: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "tidak": ("nggak", "enggak", "gak", "ngga", "engga", "ga", "ndak"),
        "sudah": ("udah",),
        "saja": ("aja",),
        "bagaimana": ("gimana",),
        "begini": ("gini",),
        "begitu": ("gitu",),
        "mengapa": ("kenapa",),
        "mengerti": ("ngerti",),
        "tahu": ("tau",),
        "kalau": ("kalo",),
        "terus": ("trus",),
        "tetapi": ("tapi",),
        "ingin": ("pengen", "pengin", "pingin"),
        "hanya": ("cuma", "cuman"),
        "seperti": ("kayak",),
        "memang": ("emang",),
        "benar": ("bener",),
        "belum": ("belom",),
        "sedikit": ("dikit",),
        "membuat": ("bikin",),
        "bertemu": ("ketemu",),
        "mencari": ("nyari",),
        "lihat": ("liat",),
        "melihat": ("ngeliat",),
        "dengar": ("denger",),
        "pakai": ("pake",),
        "habis": ("abis",),
        "sampai": ("sampe",),
        "kemarin": ("kemaren",),
        "cepat": ("cepet",),
        "dapat": ("dapet",),
        "ramai": ("rame",),
        "pintar": ("pinter",),
        "malas": ("males",),
    }
}


@lru_cache(maxsize=8)
def written_words(language: str = "id") -> dict[str, str]:
    """Each word of SPOKEN_FORMS, written or spoken ("nggak", "tidak"), -> the word as written."""
    return {form: written for written, spoken in SPOKEN_FORMS.get(language, {}).items() for form in (written, *spoken)}


def said_forms(word: str, language: str = "id") -> tuple[str, ...]:
    """The word as written and as said, from any of them ("gak": "tidak", "nggak", "gak", ...); the
    word alone where SPOKEN_FORMS has no other form of it."""
    written = written_words(language).get(word)
    return (written, *SPOKEN_FORMS[language][written]) if written else (word,)


# Indonesian clitics written joined to the word before them: "Larasatinya", "Jakartalah", "Kemlunya".
CLITICS = ("nya", "lah", "kah", "pun")
# The talk's own small words of doing and pointing: no topic, nor housekeeping ("beliau", "he" or
# "she" of respect, is a pronoun spaCy's list lacks).
TALKS_OWN_WORDS = frozenset(("bikin", "pakai", "contohnya", "namanya", "duanya", "gimana", "kayak", "beliau"))
# The roots of the talk's words of saying, asking, answering and listening: a phrase that opens or
# ends with one ("bicara diplomasi digital", "menyebut infrastruktur", "orang bilang", "menyarankan",
# "saya catat") says that something is said, its topic is the rest.  Said bare only as verbs are
# the first ones; bare, "cerita" and "baca" are a story and reading ("minat baca"), "kata" a word,
# "jelas" clear.
SAYING_ROOTS = frozenset(
    ("bicara", "bilang", "ngomong", "omong", "sebut", "bahas", "tanya", "jawab", "saran", "catat", "dengar", "ucap")
)
SAYING_AFFIXED_ROOTS = frozenset(("cerita", "baca", "kata", "jelas", "sampai"))


@lru_cache(maxsize=65536)
def is_saying(word: str) -> bool:
    """A verb of saying (SAYING_ROOTS), bare or with a verb's affixes ("menyarankan",
    "dibacakan", "terdengar"); not a noun made of its root ("pertanyaan", "pembicara",
    "pendengaran", "catatan"), which may be a topic ("gangguan pendengaran")."""
    root = stem(word)
    if word == root:
        return root in SAYING_ROOTS
    noun = word.startswith(("pe", "ke")) or (word.endswith("an") and not word.endswith("kan"))
    return root in SAYING_ROOTS | SAYING_AFFIXED_ROOTS and not noun


# How Indonesian verbs and adjectives open: meN-, ber-, di-, ter- (and "be-", "te-" before some roots:
# "bekerja"); pe-, per- and ke- make nouns ("pendidikan", "kebudayaan").
VERB_PREFIXES = ("me", "be", "di", "te")


@lru_cache(maxsize=65536)
def is_prefixed(word: str) -> bool:
    """A verb or adjective made by a prefix on its root ("menyarankan", "berbicara", "diukur",
    "tertarik"): the word opens with a verb's prefix and its stem is not its opening, so the
    stemmer took the prefix off.  A word that only looks prefixed is its own root ("diplomasi",
    "menteri", "terminal") or opens with it ("beritanya", "meteran")."""
    root = stem(word)
    return word.startswith(VERB_PREFIXES) and not word.startswith(root)


# Set phrases a speaker frames what she says with, in the language's words or English ("terus terang",
# frankly; "singkat cerita", to cut a long story short; "dalam semalam", overnight): their words are
# none of the talk's subjects ("terang", "cerita", "semalam" had been listed; docs/measurements.md,
# "Held-out talks: ordinary verbs ...").
SET_PHRASES = frozenset(
    ("terus terang", "singkat cerita", "singkat kata", "pendek kata", "ngomong ngomong", "omong omong")
    + ("dalam semalam", "by the way")
    # English hedges before a word ("kind of standar minimal": "kind" had been a topic, talks-56)
    + ("kind of", "sort of")
    # "dalam tanda kutip", in quotes: a word's hedge said around it ("tanda kutip" had been a topic)
    + ("dalam tanda kutip",)
)


# The nasal that meN- puts before a root, by the root's first letter, and whether that letter goes
# ("pakai" -> "memakai", "tunggu" -> "menunggu", "kirim" -> "mengirim", "sapa" -> "menyapa").
_MEN_NASALS = {**dict.fromkeys("lmnrwy", ("me", False)), **dict.fromkeys("bfv", ("mem", False))}
_MEN_NASALS |= {"p": ("mem", True), "t": ("men", True), "s": ("meny", True), "k": ("meng", True)}
_MEN_NASALS |= {**dict.fromkeys("cdjz", ("men", False)), **dict.fromkeys("aeiough", ("meng", False))}
VERB_SUFFIXES = ("kan", "i")


def men_forms(root: str) -> tuple[str, ...]:
    """The meN- verbs a root makes: the nasal's usual form, and the one that keeps a first letter
    the nasal usually drops ("mempunyai", "mengkritik")."""
    nasal, drops = _MEN_NASALS.get(root[:1], ("", False))
    if not nasal:
        return ()
    return (nasal + root[1:], nasal + root) if drops else (nasal + root,)


@lru_cache(maxsize=65536)
def is_bare_verb(word: str) -> bool:
    """A verb said without a prefix: a root with -kan or -i alone ("lanjutkan", "tanyakan", "ikuti"),
    or a root the language writes at least as often as a meN- verb as bare ("cari": "mencari" 5.7,
    "cari" 5.5 on wordfreq's Zipf scale; "ambil", "tunggu", "kirim", "tulis"), so that said bare it is
    mostly the verb said casually.  A noun that makes a verb is written more often bare ("gambar" 5.3,
    "menggambar" 4.3; "kritik", "nilai", "ekspor").  Chosen on the forty-eighth round's tuning talks
    (docs/measurements.md, "Held-out talks: ordinary verbs ...")."""
    from wordfreq import zipf_frequency

    root = stem(word)
    if root != word:
        return word in (root + suffix for suffix in VERB_SUFFIXES)
    if is_fragment(word):
        return False
    bare = zipf_frequency(word, "id")
    return any(zipf_frequency(verb, "id") >= bare > 0 for verb in men_forms(word))


# What a speaker calls her own talk as she presents it ("Materi saya Kesehatan Mental Remaja", "topik
# kita hari ini", "temanya"): alone no topic, the words of its title are; before "saya" no
# introduction of hers (unlisted_names).  In a phrase they stay ("topik skripsi", "materi ajar").
TALK_MATERIAL = frozenset(
    ("materi", "materinya", "topik", "topiknya", "tema", "temanya", "judul", "judulnya", "paparan", "paparannya")
)

# The call's tools and channels, and what is handed out through them: a host's announcement that hands
# the material out through one tells where it goes ("Materi presentasi nanti dibagikan lewat grup
# WhatsApp"), not a theme (clauses.steered; narration.HANDING_OUT).
CALL_TOOLS = frozenset(
    ("chat", "kolom", "link", "share", "screen", "mic", "mik", "mikrofon", "microphone", "mute", "unmute", "absen")
    + ("absensi", "presensi", "sertifikat", "join", "raise", "hand", "floor", "follow", "subscribe", "breakout")
    # the same in Indonesian ("tautan zoom", "layar"), the call's platforms and the forms it is attended
    # by ("yang menonton di youtube", "formulir daftar hadir"), its recording and its chat groups
    + ("tautan", "layar", "zoom", "youtube", "formulir", "form", "gform", "rekaman", "kuesioner", "grup")
)
# An online meeting's housekeeping and its casual thanks and goodbyes, in any language of the talk:
# no topic of its own ("kolom chat", "matikan mic", "link zoom", "makasih", "bye bye" had been key
# phrases), though a sentence holding them may say one.
MEETING_WORDS = (
    CALL_TOOLS
    | frozenset(
        ("makasih", "terimakasih", "trims", "guys", "bye", "dadah", "shanti", "jumpa")
        # the roles of the people on the call, who are no topic of it ("narasumber", "peserta",
        # "moderator"), and the session ("sesi tanya jawab", "selamat datang di webinar kita")
        + ("sesi", "webinar", "narasumber", "pemateri", "moderator", "peserta", "panitia", "penanya")
        # and its running said in Indonesian, and the formulas of prayer and thanks that open a talk
        # or a question: judged no speaker's subject in the host's and the others' own lists
        # ("angkat tangan", "daftar hadir", "sinyal", "panjatkan puji syukur", "mudah-mudahan",
        # "atas kesempatannya", "jujur saja"; docs/measurements.md, "What each voice talks about")
        + ("angkat", "hadir", "sebentar", "sinyal", "matikan")
        + ("puji", "syukur", "panjatkan", "mudahan", "masya", "insyaallah", "kesempatannya", "jujur")
    )
    | TALKS_OWN_WORDS
)

# Colloquial words of degree no stop word list holds ("lumayan", "fairly", as "cukup" is): no key
# phrase's first or last word ("lumayan rame" had been a voice's topic, talks-58's 10), yet a word
# of its own to compare, search and naming, which read the stop words (DEGREE_BEFORE grades by it).
SPOKEN_DEGREE_WORDS = frozenset({"lumayan"})

# Indonesian compounds written apart with a stop word at one end ("kerja sama", "luar negeri",
# "kata sandi", "Timur Tengah"): no key phrase begins or ends with a stop word, so the compound was
# never a topic, only its other word ("sandi", "kerja").  The topics stage reads each as one word.
COMPOUNDS = {
    "id": frozenset(
        ("kerja sama", "luar negeri", "dalam negeri", "kedutaan besar", "kata sandi", "kata kunci", "masa depan")
        + ("jangka panjang", "usaha kecil", "hari raya", "jalan tengah", "jalan keluar", "titik balik", "tata cara")
        + ("cara kerja", "cara pandang", "timur tengah", "jawa tengah", "kalimantan tengah", "sulawesi tengah")
        + ("kota besar", "ibu kota", "bahasa ibu", "pemilihan umum", "kepentingan umum", "pendapat umum")
        + ("jarak jauh", "nilai tambah", "tahun baru", "tugas akhir", "nama baik")
        # a village's share of taxes or of a catch ("bagi hasil pajak", "bagi hasil nelayan"): "bagi"
        # is a stop word, and "hasil" alone had been the topic (talks-56 and -57, docs/measurements.md);
        # not where "bagi" is "for" (COMPOUNDS_NOT_AFTER)
        + ("bagi hasil",)
        # a land certificate, which a call's "sertifikat" (CALL_TOOLS) is not ("sertifikat tanah" had
        # been "tanah": talks-57)
        + ("sertifikat tanah",)
        # nouns ending in a word of saying, which no phrase ends with either (is_saying)
        + ("juru bicara", "lawan bicara")
    )
}
COMPOUNDS["ms"] = COMPOUNDS["id"]
# The words after which a compound's first word is a word of its own: "bagi" is "for" after what is
# good, bad or of use for someone ("penting bagi hasil panen", "bermanfaat bagi hasil belajar": the
# harvest, the learning, no share of anything; the tuning talks' "for" follows "adil", "ancaman",
# "keuangan", "baru", "sosial", their "bagi hasil" "bicara", "ditambah", "kalau", "dan").
COMPOUNDS_NOT_AFTER = {
    "bagi hasil": frozenset(
        ("penting", "berguna", "bermanfaat", "manfaat", "berdampak", "dampak", "berpengaruh", "pengaruh", "baik")
        + ("buruk", "bagus", "berbahaya", "bahaya", "ancaman", "adil", "mudah", "sulit", "cocok", "khusus")
        + ("terutama", "berarti", "berharga", "perlu", "wajib", "tantangan", "kesempatan", "pelajaran", "positif")
        + ("negatif", "menguntungkan", "merugikan", "membantu", "berlaku", "tersedia", "sehat", "aman")
    )
}
# Stop words that also name a thing, a time or a kind, and so are a word of terms no list can hold
# ("manajemen waktu", "waktu layar", "kasih sayang", "peringatan dini", "percaya diri"): a talk's
# pair of one with a word it says mostly beside it is one word, as a compound is (topics'
# _stop_word_compounds).  Not the stop words that grade, point or join ("sangat", "itu", "dari"),
# nor the short forms of address ("pak", "bu"), nor "soal" and "kata", which also mean
# "about" and "says" ("soal pajak", "kata bos"), nor a general head a subject follows ("kasus gaji",
# "masalah sampah", "jumlah guru", "pihak sekolah", "cara mengatasi stres"), whose subject is the
# word after it.  "ibu" is also a mother ("ibu hamil", "ibu menyusui"), and the times of day greet
# and name a thing ("ronda malam", "makan siang"): on the tuning talks "ibu hamil" had been "hamil"
# (talks-44, talks-55) and the voices' "makan siang sekolah" "makan" (talks-44; docs/measurements.md,
# fifty-third round); "bapak" a father ("program bapak angkat" had been "program", talks-56).
TERM_STOP_WORDS = {
    "id": frozenset(
        ("waktu", "kasih", "hari", "bulan", "tahun", "tempat", "masa", "rasa", "diri", "akhir", "awal")
        + ("dini", "umum", "ibu", "bapak", "pagi", "siang", "sore", "malam")
    )
}
TERM_STOP_WORDS["ms"] = TERM_STOP_WORDS["id"]
# Those of them that make a term only with the word after them: "ibu hamil", not the "kelas ibu" of
# "kelas ibu hamil".
TERM_STOP_WORDS_FIRST = frozenset({"ibu", "bapak"})
# The words after "ibu" or "bapak" that make a term with it: a mother or a father of a kind ("ibu
# hamil", "ibu balita", "ibu rumah tangga", "bapak angkat") or a thing so called ("ibu kota", "ibu
# jari").  Any other word a talk says after one of them again and again, but a village's office, work
# or body (VILLAGE_ROLES, voices' NO_NAME), is a name ASR wrote small, a word of the language as
# names often are ("ibu dewi sri", "ibu ratna": topics' _named_after_a_parent_word).
PARENT_TERMS = frozenset(
    ("hamil", "menyusui", "nifas", "balita", "bayi", "rumah", "tunggal", "muda", "kandung", "tiri", "angkat")
    + ("asuh", "mertua", "kota", "jari", "pertiwi", "susu", "negara", "bangsa")
)
# The village's people by what they do or serve, said after "ibu" or "bapak" as often as a name is
# ("ibu penjual sayur", "bapak penyuluh pertanian", "ibu pengajian", "bapak pembangunan"), which the
# offices and jobs one is called by (voices' NO_NAME: "kader", "lurah", "camat", "kades", "rt") leave
# out: none is a name.
VILLAGE_ROLES = frozenset(
    ("petani", "tani", "nelayan", "peternak", "pekebun", "buruh", "penyuluh", "pendamping", "penjual", "pedagang")
    + ("pengajian", "majelis", "taklim", "pembangunan", "polisi", "tentara", "babinsa", "bhabinkamtibmas", "kapolsek")
    + ("danramil", "perangkat", "pamong", "pemilik", "pengelola")
)
# Those of them that name a time, and the words said before a time ("di masa pandemi", "pada akhir
# acara", "saat waktu rapat"): a time word so said before another word dates it, no term of the two
# (topics' _stop_word_compounds); "waktu layar" and "waktu tunggu" are said as things.
TIME_WORDS = frozenset({"waktu", "masa", "hari", "bulan", "tahun", "akhir", "awal", "pagi", "siang", "sore", "malam"})
TIME_BEFORE = PREPOSITIONS | {"saat", "selama", "sejak", "sebelum", "setelah", "sesudah", "ketika", "menjelang"}


@lru_cache(maxsize=8)
def _compound_pattern(language: str) -> re.Pattern[str] | None:
    known = sorted(COMPOUNDS.get(language, ()), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, known))})\b") if known else None


def join_compounds(normalized: str, language: str) -> str:
    """The language's compounds in a normalised text as one hyphened word ("kerja-sama"), but after a
    word that makes its first word one of its own (COMPOUNDS_NOT_AFTER: "penting bagi hasil panen")."""
    pattern = _compound_pattern(language)

    def joined(match: re.Match[str]) -> str:
        start = match.start()
        before = normalized[normalized.rfind(" ", 0, max(start - 1, 0)) + 1 : max(start - 1, 0)]
        return match[0] if before in COMPOUNDS_NOT_AFTER.get(match[0], ()) else match[0].replace(" ", "-")

    return pattern.sub(joined, normalized) if pattern else normalized


@lru_cache(maxsize=8)
def joined_compounds(language: str) -> frozenset[str]:
    """The language's compounds as join_compounds writes them ("kerja-sama")."""
    return frozenset(compound.replace(" ", "-") for compound in COMPOUNDS.get(language, ()))


def split_compounds(phrase: str, language: str) -> str:
    """The compounds join_compounds made, written apart again as the language writes them."""
    joined = joined_compounds(language)
    return " ".join(word.replace("-", " ") if word in joined else word for word in phrase.split(" "))


@lru_cache(maxsize=8)
def phrase_stop_words(language: str = "id") -> frozenset[str]:
    """The words no key phrase begins or ends with: the day's stop words, SPOKEN_DEGREE_WORDS and
    MEETING_WORDS, with a clitic too ("layarnya", "linknya", "rekamannya"), and for a talk in
    Indonesian or Malay English's as well, which its speakers mix in ("the public", "and the", "with
    the" had been an Indonesian talk's topics)."""
    mixed = _spacy_stop_words("en") if language in ("id", "ms") else frozenset()
    with_clitic = {word + clitic for word in MEETING_WORDS for clitic in CLITICS}
    return stop_words(language) | mixed | MEETING_WORDS | with_clitic | SPOKEN_DEGREE_WORDS


@lru_cache(maxsize=1)
def english_stop_words() -> frozenset[str]:
    """English's stop words that are none of Indonesian's: an Indonesian talk's English clause holds
    them ("see you next week")."""
    return _spacy_stop_words("en") - stop_words("id")


def listed_words(name: str) -> list[list[str]]:
    """A word list of pipeline/text/data, one entry a line as normalize() splits it, comments (from "#",
    on a line of their own or after an entry) left out."""
    text = resources.files("pipeline.text").joinpath(f"data/{name}").read_text(encoding="utf-8")
    entries = (normalize(line.split("#", 1)[0]).split() for line in text.splitlines())
    return [entry for entry in entries if entry]


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Indonesia's regencies, cities and provinces as normalize() writes them ("sragen", "kulon progo"),
    from pipeline/text/data/places.txt: a town called alone is no one's name ("Terakhir, Sragen.")."""
    return frozenset(" ".join(entry) for entry in listed_words("places.txt"))


@lru_cache(maxsize=8)
def _spacy_stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words of a language, read from the file of its language data without importing
    spaCy (that import loads torch: seconds for `validate` and every stage command's check)."""
    import importlib.util

    from pipeline.records.files import package_folder

    path = package_folder("spacy") / "lang" / language / "stop_words.py"
    if not re.fullmatch(r"[a-z]{2,3}", language) or not path.is_file():
        return frozenset()
    spec = importlib.util.spec_from_file_location(f"lokakarya_{language}_stop_words", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


def _common_words(doc: Doc) -> set[str]:
    """Words the text also writes in another casing: capitals on them mark a heading, not a name."""
    forms: dict[str, set[str]] = {}
    for token in doc:
        forms.setdefault(token.lower_, set()).add("upper" if token.is_upper else "title" if token.is_title else "lower")
    return {word for word, seen in forms.items() if len(seen) > 1 or "lower" in seen}


def proper_nouns(doc: Doc) -> Doc:
    """Add runs of capitalised words (names, acronyms) of cased text as entities.

    A run is typed ORG by an organisation head word, PERSON after a title, else MISC; spans the
    entity ruler already found (config names, glossary) win.
    """
    from spacy.tokens import Span

    common = _common_words(doc) | stop_words() | TITLES | TITLE_JOINERS
    titled = _titled_characters(doc.text)

    def proper(token) -> bool:
        capitalised = token.is_title or (token.is_upper and len(token) >= 2)
        return (
            capitalised
            and token.is_alpha
            and token.lower_ not in common
            and not titled[token.idx]
            # a unit written against its number ("Rp1,2 miliar") is no name
            and not (not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isdigit())
        )

    def opens_sentence(at: int) -> bool:
        before = doc[at - 1].lower_ if at else ""
        return doc[at].is_sent_start or not before.strip() or before in ".:;!?" + OPENING_MARKS

    def joins(at: int) -> bool:
        """A hyphen inside a name, written without spaces ("IEU-CEPA", "Timor-Leste")."""
        return (
            doc[at].text in "-‐–"
            and not doc[at - 1].whitespace_
            and not doc[at].whitespace_
            and at + 1 < len(doc)
            and proper(doc[at + 1])
        )

    def joins_title(after: int) -> bool:
        """Whether a title goes on over its joining word: over "dan" only between words of the
        language, one of them derived (with an affix, or a noun in "-asi") or written in lower case
        elsewhere ("Pendidikan dan Kebudayaan", "Diplomasi dan Publik", "Seni dan Budaya"); not
        between two names ("Zoom Meeting dan You Tube", "Dewi Lestari dan Dewi Lestiari": names are
        seldom derived words)."""
        if after >= len(doc):
            return False
        if doc[after - 1].lower_ != "dan":
            return True
        words = (doc[after - 2].lower_, doc[after].lower_)
        in_language = not any(is_fragment(word) for word in words)
        return in_language and any(word in common or stem(word) != word or word.endswith("asi") for word in words)

    def title_run(start: int) -> int:
        """Where a name ends that is written as a title: three or more words in title case, some of
        them words of the language, joined by "dan", "of", "the" ("Workshop Online Diplomasi dan
        Publik Speaking", "Indonesia Spice Up the World", "Ministry of Foreign Affairs"); `start`
        where there is none. A body's head word begins a name of its own."""
        at = end = start
        titles, stops, any_proper = 0, 0, False
        while at < len(doc) and at not in taken and not titled[doc[at].idx]:
            if at - start > NAME_LONGEST:
                return start  # a stretch of capitals that long is no name (and each token walks at most this far)
            token = doc[at]
            if token.is_alpha and (token.is_title or token.is_upper) and token.lower_ not in TITLES | TITLE_JOINERS:
                if at > start and token.lower_ in ORG_HEADS:
                    break
                titles += token.is_title
                stops += token.lower_ in stop_words()
                any_proper = any_proper or proper(token)
                at = end = at + 1
            elif end == at > start and token.lower_ in TITLE_JOINERS and joins_title(at + 1):
                at += 1
            else:
                break
        # a sentence written in title case ("... Adalah Masa Depan Kita Semua") or in capitals is no name
        return end if titles >= TITLE_RUN_WORDS and stops <= 1 and any_proper else start

    taken = {index for ent in doc.ents for index in range(ent.start, ent.end)}
    spans, index = [], 0
    named: set[int] = set()  # the one-word names found so far
    while index < len(doc):
        titled_end = title_run(index) if index not in taken else index
        if (not proper(doc[index]) and titled_end == index) or index in taken:
            index += 1
            continue
        start = index
        while index < len(doc) and (proper(doc[index]) or joins(index)) and index not in taken:
            index += 1
            if index < len(doc) and doc[index].lower_ in ORG_HEADS:
                break  # a body's name begins anew ("You Tube | Universitas Sains ...")
        index = max(index, titled_end)
        if doc[start].lower_ in ORG_HEADS:
            index = _name_goes_on(doc, index, proper, taken)
        if index - start > NAME_LONGEST:
            continue  # a stretch of capitals that long is a heading or a shouted line, no name
        if all(ROMAN_NUMERAL.fullmatch(token.text) for token in doc[start:index]):
            continue  # a list's or a chapter's number ("II.", "XV"), not a name; "Wakil Rektor III" is one
        previous = doc[start - 1].lower_ if start else ""
        if (
            opens_sentence(start)
            # after a bracket only a role is no part of the name: "(Dosen Ilmu ...", "(Konsul Jenderal RI ..."
            and (previous != "(" or doc[start].lower_ in ROLE_WORDS)
            and index - start > 1
            and doc[start].is_title
            and doc[start].lower_ not in ORG_HEADS
            and not is_fragment(doc[start].lower_)
        ):
            start += 1  # a sentence's first word before a name is no part of it ("Hadir Dewi Lestari")
            previous = doc[start - 1].lower_
        if index - start == 1 and not doc[start].is_upper and opens_sentence(start):
            continue  # one capitalised word opening a sentence is just a sentence
        if (
            index - start == 1
            and not doc[start].is_upper
            # a place after a word that names one ("ke Bali"), or in a list of names ("ke Bali, Medan")
            and not (
                (previous in NAME_BEFORE or (previous == "," and start - 2 in named))
                and doc[start].lower_ not in ROLE_WORDS
            )
            and previous not in TITLES
            and not is_fragment(doc[start].lower_)
        ):
            continue  # one word of the language capitalised inside a sentence ("sejumlah Langkah", "tata Kelola")
        head = doc[start].lower_
        label = "ORG" if head in ORG_HEADS else "PERSON" if previous in TITLES else "MISC"
        spans.append(Span(doc, start, index, label=label))
        if index - start == 1:  # a list goes on from one-word names ("Bali, Medan"), not "Hanson, Diplomasi"
            named.add(start)
    doc.ents = list(doc.ents) + spans
    return doc


# A heading, a byline or a quoted title: most words capitalised as titles are, not as names are
# ("Tantangan Citra di Era Digital", "Penulis: ... | Editor: ...", the theme "... di Mata Dunia").
TITLE_CAPITALS = 0.6
SPACES = re.compile(r"[^\S\n]+")  # any run of spaces but a line break
# I to XXXIX, as lists and chapters count; not "MC", "DI", "CV", which are also abbreviations
ROMAN_NUMERAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
NAME_PART_MIN = 3  # letters in a part of a name that can stand for the whole ("Ayu")
TITLE_RUN_WORDS = 3  # capitalised words that make a name written as a title
NAME_LONGEST = 12  # tokens; "Workshop Online Diplomasi dan Publik Speaking" is 6
TITLE_JOINERS = {"dan", "of", "the", "for"}  # not "and": "Zoom and YouTube"
_LIST_ITEM = re.compile(r"^\s*(?:[-•*–]|\d{1,2}[.)])\s")
_QUOTED = re.compile(
    "|".join(
        rf"{re.escape(opener)}[^{re.escape(closers)}\n]{{1,300}}[{re.escape(closers)}]"
        for opener, closers in QUOTES.items()
        if opener not in SINGLE_QUOTES
    )
    + r"|(?<!\w)['‘‚](?:[^'’‘\n]|(?<=\w)['’](?=\w)){1,300}['’‘](?!\w)"
)


def without_quotations(text: str) -> str:
    """The text with what it quotes left out: the words quoted are someone's, not the text's own."""
    return _QUOTED.sub(" ", text)


def _titled_characters(text: str) -> bytearray:
    """Per character of the text, whether it is written in title case: in a heading line (not a
    list's item, and no sentence end but a headline's question mark: "Siapkah Diplomasi Kita?")
    or a quotation, of three words or more, most of them capitalised.  A line that ends in "!"
    is no heading: "Terima kasih Bapak Budi Santoso dan Ibu Dewi Lestari!" names people.  Marked
    once, so that each token is one look-up (a half-megabyte report of quoted titles took 40 s
    when every token searched every title)."""

    def titled(piece: str) -> bool:
        words = re.findall(r"[^\W\d_]+", piece)
        return len(words) >= 3 and sum(word[0].isupper() for word in words) >= TITLE_CAPITALS * len(words)

    marked, offset = bytearray(len(text) + 1), 0
    for line in text.splitlines(keepends=True):
        bare = line.strip()
        if bare and bare[-1] not in ".!;," and not _LIST_ITEM.match(line) and titled(bare):
            marked[offset : offset + len(line)] = b"\1" * len(line)
        offset += len(line)
    for match in _QUOTED.finditer(text):
        start, end = match.start() + 1, match.end() - 1  # what is quoted, without its marks
        if titled(text[start:end]):
            marked[start:end] = b"\1" * (end - start)
    return marked


def _name_goes_on(doc: Doc, end: int, proper, taken: set[int]) -> int:
    """Where a body's name ends that goes on after "dan" in words of the language ("Universitas Sains
    dan Teknologi Komputer", "Kementerian Pendidikan dan Kebudayaan"); not over another name ("dan
    Zoom": no word of the dictionary) nor another body ("dan Universitas Gadjah Mada"); not from a
    "dan" that is a name itself (a speaker called Dan)."""
    if end + 1 >= len(doc) or doc[end].lower_ != "dan" or end in taken:
        return end
    after = end + 1
    while after < len(doc) and doc[after].is_title and doc[after].is_alpha and after not in taken:
        if doc[after].lower_ in ORG_HEADS or is_fragment(doc[after].lower_):
            return end
        after += 1
    return after if after > end + 1 else end


def split_brackets(nlp: Language) -> None:
    """A bracket or a curly quote written against a word is no part of it ("ditolak”(Hendarto
    Wibisono)" had made "Wibisono" a name of its own): spaCy's infixes, and these."""
    from spacy.util import compile_infix_regex

    apart = "".join(mark for mark in OPENING_MARKS + CLOSING_MARKS if mark not in "'\"’" + SINGLE_QUOTES)
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, f"[{re.escape(apart)}]"]).finditer


def find_entities(text: str, patterns: list[dict]) -> Doc:
    """Run spaCy's blank Indonesian pipeline, extended with known names and proper-noun spans, on `text`.

    spaCy's Indonesian tokenizer holds 15,963 special cases (reduplications such as
    "kegiatan-kegiatan", abbreviations such as "Dr."); loading them all took 4.1-5.7 s CPU of every
    topics stage, for a day-10 report whose tokens meet 17 of them.  A special case can only match a
    piece of the text, so loading just those that occur in it gives the same tokens (a test holds
    this): the report's entities then take 0.2-0.35 s.
    """
    _import_spacy()
    from spacy.lang.id import IndonesianDefaults
    from spacy.language import Language

    if not Language.has_factory("lokakarya_proper_nouns"):
        Language.component("lokakarya_proper_nouns", func=proper_nouns)
    nlp = _indonesian_without_special_cases()()
    special = IndonesianDefaults.tokenizer_exceptions
    occurring = _occurring(special, text)
    nlp.tokenizer.rules = {case: tokens for case, tokens in special.items() if case in occurring}
    split_brackets(nlp)
    nlp.add_pipe("sentencizer")
    if patterns:  # a ruler of none warned on stderr (spaCy's W036) for a day with no names to find
        ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
        # A name made of stop words ("Dan") matches as written, or every "dan" of the text is that person.
        stop = stop_words("id")
        ruler.add_patterns(
            [
                pattern | {"pattern": [{"ORTH": word} for word in pattern["pattern"].split()]}
                if isinstance(pattern["pattern"], str) and all(w in stop for w in pattern["pattern"].lower().split())
                else pattern
                for pattern in patterns
            ]
        )
    nlp.add_pipe("lokakarya_proper_nouns")
    # a tab, two spaces or a no-break space is a space token of its own to spaCy, which read as a
    # sentence's start before every name (a report pasted from the web lost 6 of its 8 names)
    return nlp(SPACES.sub(" ", text))


def _occurring(cases: Iterable[str], text: str) -> set[str]:
    """The cases that occur in the text (`case in text`).  Searching a report of a million
    characters for each of spaCy's 15,963 special cases took 13 s: a case without a space can only
    occur inside a word, so it is looked for in the text's words, each written once, and only where
    they hold each three letters of it."""
    words = set(text.split())
    trigrams = {word[at : at + 3] for word in words for at in range(len(word) - 2)}
    in_words = "\n".join(words)
    return {
        case
        for case in cases
        if (
            case in text
            if any(c.isspace() for c in case)
            else all(case[at : at + 3] in trigrams for at in range(len(case) - 2)) and case in in_words
        )
    }


def _import_spacy() -> None:
    """Import spaCy with thinc's optional torch probe answered "not installed".

    thinc imports torch whenever it is installed, for torch-backed layers that a blank pipeline
    never uses.  The first find_entities in a process took 4.5 s and 282 MB peak with torch, 1.5 s
    and 101 MB without (2026-12-02).  Later imports of torch (the voices job) work as usual.
    """
    if "spacy" in sys.modules or "torch" in sys.modules:
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # makes `import torch` raise ImportError
    try:
        import spacy  # noqa: F401
    finally:
        del sys.modules["torch"]


@lru_cache(maxsize=1)
def _indonesian_without_special_cases() -> type[Language]:
    """spaCy's Indonesian language with its tokenizer's special cases left for find_entities to load."""
    from typing import ClassVar

    from spacy.lang.id import Indonesian, IndonesianDefaults

    class Defaults(IndonesianDefaults):
        tokenizer_exceptions: ClassVar[dict] = {}

    return type("IndonesianWithoutSpecialCases", (Indonesian,), {"Defaults": Defaults})


# Characters that show nothing and join or split nothing a reader sees (a soft hyphen, a zero-width
# space, a byte-order mark, bidi marks): "Santo\u00adso" pasted into a config is "Santoso".
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]")


def fold(text: str) -> str:
    """Lower case without accents, punctuation or invisible characters ("Café-Jazaïr" -> "cafe
    jazair"): how search compares a query with the transcript.  Cheap enough for every utterance
    of an archive."""
    decomposed = unicodedata.normalize("NFKD", INVISIBLE.sub("", text).lower())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", bare).split())


def normalize(text: str) -> str:
    """Lower case, digits for number words, no punctuation: the form texts are compared in.  numbers
    is imported here, not at the top: it imports this module (the module's docstring)."""
    from pipeline.text.numbers import numbers_to_digits

    text = unicodedata.normalize("NFKC", text).lower()
    text = THOUSANDS.sub(lambda m: m.group().replace(".", ""), text)
    text = re.sub(r"[-‐–—/]", " ", text)
    text = numbers_to_digits(text)
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


# A sentence or clause mark ends a clause where a space or the end follows ("2,5" and "2.500" are
# numbers).  normalize() reads no number across a word that ends in one ("dua puluh. Tiga" is 20 and
# 3), so a text cut after such a mark normalises to the whole text's words, cut there.
CLAUSE_END = re.compile(r"[.!?;:,]+(?=\s|$)")


def first_normalized_words(text: str, count: int) -> list[str]:
    """normalize(text).split()[:count], normalising the text only up to the first clause end
    (CLAUSE_END) that gives as many words: a sample of a report of a million characters had
    normalised all of it (2-3 s)."""
    limit = 8 * count  # characters: about a word of Indonesian each, with its space
    while True:
        end = CLAUSE_END.search(text, min(limit, len(text)))
        cut = end.end() if end else len(text)
        words = normalize(text[:cut]).split()
        if len(words) >= count or cut == len(text):
            return words[:count]
        limit *= 2


@lru_cache(maxsize=1)
def _stemmer():
    """PySastrawi's Indonesian stemmer (Nazief-Adriani with its own root-word dictionary)."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Root form of one normalised word: "penyelesaian" -> "selesai", "menjadikan" -> "jadi".

    Digits are kept as they are; a word the stemmer cannot reduce (a misspelling, a name, an
    English word) comes back unchanged, which the character-level matching then tolerates.
    """
    return word if word.isdigit() else (_stemmer().stem(word) or word)


def is_fragment(word: str) -> bool:
    """A word whose stem is no root of the stemmer's dictionary: a piece of a word ASR split
    ("di gital"), a misspelling, a name, a foreign word, or a particle the dictionary leaves out
    ("di", "ke": also prefixes that ASR splits off).  Digits are whole words."""
    return not word.isdigit() and not _stemmer().delegatedStemmer.get_dictionary().contains(stem(word))


def content_stems(normalized: str) -> list[str]:
    """The stems of the words that carry content: no stop words, no fillers."""
    return [stem(word) for word in normalized.split() if word not in stop_words()]


def stems_and_words(text: str) -> dict[str, str]:
    """content_stems of the text (normalized whole, as matched) once each, with the word of the text
    as written that each stems from: what a reader is shown ("Penyelenggaraan", "Kementrian",
    "1990-an", "dua", not the stems "selenggara", "tri" nor the tokens "1990 an", "2"); a stem no
    word gives alone (a number said in words) is shown as the token."""
    words: dict[str, str] = {}
    for token in normalize(text).split():
        if token not in stop_words():
            words.setdefault(stem(token), token)
    shown: dict[str, str] = {}
    for written in re.findall(r"\w+(?:[-'’.,/]\w+)*", text):
        for token in normalize(written).split():
            if (root := stem(token)) in words and root not in shown:
                shown[root] = written
    return {root: shown.get(root, token) for root, token in words.items()}


def is_common_word(word: str, language: str = "id") -> bool:
    """A word written often enough in the language to be real, not an ASR fragment or mishearing.

    wordfreq's Indonesian list: "digital" 5.0, "anggaran" 4.7, "diplomasi" 3.6 on the Zipf scale,
    while fragments and mishearings from the demo days ("gital", "dikital", "sekara", "terlap")
    are all 0.
    """
    from wordfreq import zipf_frequency

    if not has_word_list(language):  # nothing to tell by (Javanese, Sundanese): a word
        return True
    return zipf_frequency(word, language) >= COMMON_WORD_ZIPF


@lru_cache(maxsize=8)
def has_word_list(language: str) -> bool:
    """Whether wordfreq has a list for the language: asked once, as wordfreq reads its data folder
    to answer (asked per word, it made a long day's topics 19 times slower)."""
    from wordfreq import available_languages

    return language in available_languages()


# Share of a text's words that are Indonesian stop words: ~0.3-0.4 in Indonesian prose, under
# 0.1 in English (measured on the day-10 report and its English rendering; see docs/compare.md).
INDONESIAN_MIN_STOP_SHARE = 0.15
# A list of key words has no stop words: then the share of words that are stop words or roots of
# the stemmer's dictionary tells, 0.59-1.0 on Indonesian key-word lists (names included) and
# 0.09 on English prose (measured 2026-12-02, docs/compare.md).  The first words suffice.
INDONESIAN_MIN_WORD_SHARE = 0.5
INDONESIAN_SAMPLE_WORDS = 2000
# Malay prose has Indonesian's stop words (0.41 of a Malay report of the demo day) and mostly its
# roots, but spells words its own way ("bahawa", "mesyuarat", "cabaran"): common in Malay and a
# hundred times rarer in Indonesian (wordfreq).  0.085 and 0.11 of two Malay reports; at most 0.004
# of the bundled Indonesian reports and talks (measured 2026-12-06, docs/compare.md).
MALAY_SPELLING_GAP = 2.0  # Zipf: a hundred times
MALAY_MIN_SHARE = 0.04
MALAY_MIN_WORDS = 2  # different ones: one such word in a short report is a name or a quote
# Nor has Javanese, Sundanese, Minangkabau or Tagalog prose Indonesian's stop words (0.04-0.09),
# yet Javanese written about the day passed as key words (0.6 of its words Indonesian roots:
# "diplomasi", "pemimpin", "tantangan").  A list of key words has none of the words no Indonesian
# list knows ("kanggo", "nerangake", "pikeun"): 0.23-0.39 of such prose, at most 0.017 of the
# bundled Indonesian reports (their misspellings).  Not asked of prose with Indonesian's stop words:
# a report copied from the demo day's garbled ASR has 0.15.
UNKNOWN_MAX_SHARE = 0.1


# A title written against the name ("Dr.Ayu"), a role in brackets or before a colon ("Budi
# (Moderator)", "Moderator: Budi"), a degree or title with its dots ("S.Sos.", "Ph.D.", "H.E.",
# "Prof."): none of them part of the name people say.
_GLUED_TITLE = re.compile(r"\b(dr|drs|dra|prof|ir|hj|kh|mr|mrs|ms)\.(?=[^\W\d_])", re.IGNORECASE)
_SPACED_HE = re.compile(r"\bH\.\s+E\.", re.IGNORECASE)  # "H. E." is "H.E."
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
# a degree written with its dots: "S.Sos.", "M.A." (core_name, search.query_words)
DOTTED = re.compile(r"[^\W\d_]\.[^\W\d_]")
# A role set apart from a name: "Moderator: Budi", "MC | Budi", "Budi Santoso - Moderator".
ROLE_APART = re.compile(r"\s*[:|]\s*|\s+[-\u2013\u2014]\s+")


def role_in_name(name: str) -> str | None:
    """The role a speaker's name holds, as written: 'Moderator', 'Pembawa Acara 2', 'MC' of 'MC
    Budi', 'Moderator: Budi' or 'Budi (Moderator)'; None for a name with none ('Dr. Ayu Larasati')."""
    run: list[str] = []
    for word in re.findall(r"\w+", name):
        if normalize(word) in ROLE_WORDS or (run and word.isdigit()):
            run.append(word)
        elif run:
            break
    return " ".join(run) or None


def _only_a_role(part: str) -> bool:
    return all(word in ROLE_WORDS or word.isdigit() for word in normalize(part).split())


def core_name(name: str) -> str:
    """'Dr. Ayu Larasati, S.Sos., M.Ikom.' and 'Ahmad Fauzi SH MH' -> 'Ayu Larasati', 'Ahmad Fauzi':
    the part people write and say.  An abbreviated part of the name stays ('M. Nuh', 'Abd. Rahman',
    'Budi H. Santoso', 'A.M. Fatwa'); a sentence's stop after it goes ('Ayu Larasati.'); a role set
    apart by a colon or a dash is no part of it ('Moderator: Budi', 'Dr. Ayu Larasati: Narasumber')."""
    text = unicodedata.normalize("NFKC", INVISIBLE.sub("", name))
    unbracketed = _BRACKETED.sub(" ", _GLUED_TITLE.sub(r"\1. ", _SPACED_HE.sub("H.E.", text)))
    commas = unbracketed.split(",")
    head = _given_name_before_surname(commas) or _named_after_an_office(commas)
    parts = [part for part in ROLE_APART.split(head) if part.strip()]
    head = next((part for part in parts if not _only_a_role(part)), parts[0] if parts else head)
    words: list[str] = []
    for word in (word.strip(OPENING_QUOTES + CLOSING_QUOTES) for word in head.split()):
        bare = word.rstrip(".!?;")
        initials = not words and bare.lower().replace(".", "") not in TITLED  # "A.M. Fatwa", not "H.E."
        if "." in word and ((DOTTED.search(word) and not initials) or (not words and bare.lower() in TITLED)):
            continue  # a degree anywhere; a title before the name
        if bare:
            words.append(bare if len(bare) > 3 else word.rstrip("!?;"))
    while len(words) > 1 and words[-1].rstrip(".") in UNDOTTED_DEGREES:
        words.pop()
    return " ".join(words) or name


def _named_after_an_office(commas: list[str]) -> str:
    """The part of a name, split at its commas, that names the person: the first ('Dr. Ayu
    Larasati' of 'Dr. Ayu Larasati, S.Sos.'), but the name after an office written before it
    ('Heri Akhmadi' of 'Duta Besar RI untuk Jepang, Heri Akhmadi'), as the office is no one
    person across days (the consuls of many years)."""
    first = commas[0].split()
    if (
        not first
        or first[0].lower().strip(".") not in ROLE_WORDS | OFFICES | PROFESSIONS
        or ROLE_APART.search(commas[0])
    ):
        return commas[0]
    return next((part for part in commas[1:] if _names_someone(part)), commas[0])


def _given_name_before_surname(commas: list[str]) -> str | None:
    """'Togar Simanjuntak' of 'Simanjuntak, Togar': a surname written first, as a list or a
    library writes it, and after the comma one given name (no degree, body or city: 'Ayu, Lc',
    'Budi, Jakarta' stay as they were); else None.  Read as a name and what follows it, every
    'Simanjuntak, ...' had been one person, Simanjuntak."""
    if len(commas) < 2 or any(_names_someone(part) for part in commas[2:]):
        return None
    surname, given = commas[0].split(), commas[1].split()
    if len(surname) != 1 or len(given) != 1 or given[0].lower() in DATELINE_CITIES:
        return None
    return f"{given[0]} {surname[0]}" if _names_someone(commas[0]) and _names_someone(commas[1]) else None


def _names_someone(part: str) -> bool:
    """Whether a part of a name between commas is a person's name ('Bapak Ahmad Fauzi', 'Heri
    Akhmadi'), not degrees, a body, a place or a profession ('S.H.', 'Lc', 'Universitas STEKOM', 'guru
    SMA di Kendal', 'Kabupaten Kendal', 'Psikolog')."""
    words = [word for word in part.split() if "." not in word and word.lower() not in TITLED]
    return bool(words) and all(
        word[:1].isupper()
        and not word.isupper()
        and not any(char.isdigit() for char in word)
        and word not in UNDOTTED_DEGREES
        and normalize(word) not in ROLE_WORDS | NAME_BEFORE | PROFESSIONS
        for word in words
    )


def person_name(name: str) -> str | None:
    """The name a person has on every day, however a day's config writes it: 'Dr. Ayu Larasati,
    S.Sos., M.Ikom.', 'Ayu Larasati, M.Ikom.' and 'Ibu Ayu  Larasati' are all 'Ayu Larasati'.

    None for a role alone ('Moderator', 'MC', 'Pembawa Acara'): the moderators of many days are
    not one person, and compare does not take such a name for anyone's either (speaker_words)."""
    words = core_name(name).split()
    # titles, roles, offices and professions before the name ("Duta Besar", "Moderator Budi", "Konjen
    # Hendarto", "Psikolog Dewi Lestari", who is Dewi Lestari on a day that writes her without it)
    before_a_name = TITLED | ROLE_WORDS | PROFESSIONS | OFFICES_BEFORE_A_NAME
    while len(words) > 1:
        lowered = [word.lower().strip(".") for word in words]
        if len(words) > 2 and " ".join(lowered[:2]) in TITLE_PHRASES:
            words = words[2:]
        elif lowered[0] in before_a_name:
            words = words[1:]
        else:
            break
    alone = TITLED | PROFESSIONS | OFFICES_BEFORE_A_NAME
    if _only_a_role(" ".join(words)) or (len(words) == 1 and words[0].lower().strip(".") in alone):
        return None  # a role, or a title, an office or a profession alone ("Bapak", "Konjen"): no one person
    if len(words) > 2 and words[0].lower() in ("i", "ni") and words[1].lower() in BALINESE_NAMES:
        words = words[1:]  # "I Wayan Koster" is "Wayan Koster"; "Wayan" and "Made" stay apart
    # "AYU LARASATI" and "ayu larasati" are "Ayu Larasati"; a name written with its own capitals
    # stays as written ("BJ Habibie", "van der Berg", "McDonald")
    whole = " ".join(words)
    return string.capwords(whole) if whole.isupper() or whole.islower() else whole


# The spellings of Muhammad a config writes, whole or cut short ("Moh. Hatta", "Muh. Yusuf Kalla",
# "Mochammad"), and a first "M." ("M. Jusuf Kalla"): one person's name either way.
MUHAMMAD = frozenset({"muhammad", "muhamad", "mohammad", "mohamad", "mohammed", "mohamed", "muhammed"}) | {
    "mochammad",
    "mochamad",
    "muchammad",
    "muchamad",
    "mokhammad",
    "mokhamad",
    "moehammad",
    "moch",
    "moh",
    "muh",
    "mohd",
    "muhd",
    "mhd",
}
# Indonesian's spelling before 1972 beside today's ("Soekarno", "Djoko", "Tjahjo", "Sjahrir",
# "Chairul": "Sukarno", "Joko", "Cahyo", "Syahrir", "Khairul"), replaced in this order: a name's
# old "j" is today's "y" and its old "dj" today's "j", so both spellings' "j" and "y" are one letter.
OLD_SPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("ch", "kh"), ("j", "y"))
PATRONYMIC = frozenset({"bin", "binti"})  # "Fatimah binti Hasan" is "Fatimah Hasan"


def person_key(person: str) -> str:
    """What one person's names share however they are spelt, to join on (speakers.parquet's
    person_key), not to show: lower case without accents, punctuation and spaces ('Nur Aini',
    'Nuraini'; "Ma'ruf"), Indonesian's old spelling as today's (OLD_SPELLINGS), a doubled letter
    single ('Larassati'), a last 'y' an 'i' ('Hendry'), Muhammad's spellings one (MUHAMMAD), and no
    'bin' or 'binti' between names: 'Tjahjo Kumolo' and 'Cahyo Kumolo' are both 'cahyokumolo'.
    Spellings a name may also differ by ('Achmad', 'Dhani', 'Santosa', 'Iqbal' and 'Ikbal') stay
    apart, as two people are often so told apart."""
    words = fold(person).split()
    words = [w for at, w in enumerate(words) if not (0 < at < len(words) - 1 and w in PATRONYMIC)]
    if len(words) > 1 and words[0] == "m":
        words[0] = "muhammad"
    spelt = []
    for word in ("muhammad" if word in MUHAMMAD else word for word in words):
        for old, new in OLD_SPELLINGS:
            word = word.replace(old, new)
        spelt.append(re.sub(r"y$", "i", word))
    return re.sub(r"(.)\1+", r"\1", "".join(spelt))


def name_words(name: str) -> list[str]:
    """The words of a person's name that can stand for the whole, as normalize() writes them:
    'Dr. Ayu Larasati, S.Sos.' -> ['ayu', 'larasati'] (no degrees, none under NAME_PART_MIN letters),
    'Mbak Citra Lestari' -> ['citra', 'lestari'] (a title said before it is no part of it)."""
    return [word for word in normalize(person_name(name) or core_name(name)).split() if len(word) >= NAME_PART_MIN]


def english_share(text: str) -> float:
    """Share of a text's words that are English rather than Indonesian (is_english): "diplomacy",
    "the", "challenge", not "digital" or "data".  The day-10 report 0.04, whole; its most mixed
    sentence 0.24 (the English terms in brackets); a report written half in English 0.34."""
    words = [word for word in first_normalized_words(text, INDONESIAN_SAMPLE_WORDS) if not word.isdigit()]
    return sum(map(is_english, words)) / len(words) if words else 0.0


def is_english(word: str) -> bool:
    """Whether a normalised word is English rather than Indonesian (wordfreq: common in English, at
    least ten times rarer in Indonesian)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= 3.0 and zipf_frequency(word, "en") - zipf_frequency(word, "id") >= 1.0


# A pronoun of respect spaCy's Indonesian stop words lack ("beliau", he or she): who, not what.
RESPECT_PRONOUNS = frozenset({"beliau"})
_GLOSS = re.compile(r"\(([^()]*)\)")


def says_nothing(word: str) -> bool:
    """Whether a word of a report point, as the point writes it, carries none of its content: a
    pronoun of respect ("Beliau"), two stop words written as one ("dimana", "diatas"), the number
    one written as a word ("satu pasal": a single article), or an English stop word ("of", "the").
    A reader told that the talk does not say "Beliau", "dimana" or "satu" learns nothing of it."""
    if word.lower() == "satu":
        return True
    tokens = normalize(word).split()
    return bool(tokens) and all(
        token in RESPECT_PRONOUNS
        or _joined_stop_words(token)
        or (token in _spacy_stop_words("en") and is_english(token))
        for token in tokens
    )


JOINED_PREPOSITIONS = ("di", "ke", "dari")


def _joined_stop_words(token: str) -> bool:
    """A preposition written joined to the stop word after it, as reports often write "di mana",
    "di atas" ("dimana", "diatas", "kemana"): not "ketiga" (third), "dini", "menurutnya", nor
    "diterima" (accepted: "terima" is a filler of "terima kasih", no stop word of the language).
    numbers is imported here, not at the top: it imports this module (the module's docstring)."""
    from pipeline.text.numbers import is_number_word

    stops = _spacy_stop_words("id")
    return token not in stop_words() and any(
        token.startswith(before)
        and len(rest := token[len(before) :]) >= 3
        and rest in stops
        and not is_number_word(rest)
        for before in JOINED_PREPOSITIONS
    )


def english_glosses(text: str) -> set[str]:
    """The words of a report point's English glosses: what it brackets beside its Indonesian words,
    at least half of it English ("kebijaksanaan (tact)", "berbicara di depan umum (public
    speaking)", "(bottom line)"), normalised.  Not a bracketed name or short form ("(BATNA)",
    "(Konsul Jenderal RI di Hamburg)").  A word the point also says outside its brackets is its own
    ("diplomasi digital (digital diplomacy)" glosses "diplomacy" only)."""
    glossed: set[str] = set()
    for inside in _GLOSS.findall(text):
        words = normalize(inside).split()
        english = [w for w in words if is_english(w) or (w in _spacy_stop_words("en") and not w.isdigit())]
        if words and 2 * len(english) >= len(words):
            glossed.update(words)
    return glossed - set(normalize(_GLOSS.sub(" ", text)).split())


def looks_indonesian(text: str) -> bool:
    """Whether a text is Indonesian, told by its share of Indonesian stop words (prose, unless Malay
    spells its words) or else of words that are stop words or roots of the stemmer's dictionary,
    with hardly a word no Indonesian list knows (a list of key words)."""
    words = first_normalized_words(text, INDONESIAN_SAMPLE_WORDS)
    if not words:
        return False
    base = _spacy_stop_words("id")
    if sum(word in base for word in words) / len(words) >= INDONESIAN_MIN_STOP_SHARE:
        malay = _malay_spellings(words)
        return len(set(malay)) < MALAY_MIN_WORDS or len(malay) / len(words) < MALAY_MIN_SHARE
    if len(_unknown_words(words, text)) / len(words) >= UNKNOWN_MAX_SHARE:
        return False
    return sum(word in base or not is_fragment(word) for word in words) / len(words) >= INDONESIAN_MIN_WORD_SHARE


def not_indonesian_words(text: str) -> list[str]:
    """The words that tell a text is not Indonesian where looks_indonesian says so, once each in
    their order (Malay's spellings, words no Indonesian list knows): what a warning quotes."""
    words = first_normalized_words(text, INDONESIAN_SAMPLE_WORDS)
    return list(dict.fromkeys(_malay_spellings(words) + _unknown_words(words, text)))


def _malay_spellings(words: list[str]) -> list[str]:
    """Words common in Malay and MALAY_SPELLING_GAP rarer in Indonesian ("bahawa", "mesyuarat"),
    not English ones (Malay's list holds the English its writers mix in)."""
    from wordfreq import zipf_frequency

    def malay(word: str) -> bool:
        in_malay = zipf_frequency(word, "ms")
        return in_malay >= 3.0 and in_malay - zipf_frequency(word, "id") >= MALAY_SPELLING_GAP

    return [word for word in words if malay(word) and not is_common_word(word, "en")]


def _unknown_words(words: list[str], text: str) -> list[str]:
    """Words of no Indonesian list: no stop word, no root of the stemmer's dictionary, rare in
    Indonesian and in English, and not written with a capital in the text (a name)."""
    names = {normalize(word) for word in re.findall(r"[^\W\d_]+", text) if word[0].isupper()}
    base = _spacy_stop_words("id")
    return [
        word
        for word in words
        if word not in base
        and word not in names
        and not word.isdigit()
        and is_fragment(word)
        and not is_common_word(word, "id")
        and not is_common_word(word, "en")
    ]
