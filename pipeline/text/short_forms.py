"""Short forms and the long forms they stand for: "Kemlu" said for the report's "Kementerian Luar
Negeri", "medsos" for "media sosial", "Pak Dubes" for the ambassador.

Indonesian officials and their audiences speak in acronyms where a news report spells the words
out, so a talk that says "Kemlu sudah menetapkan diplomasi digital ..." shares none of the words
of the report's "Kementerian Luar Negeri telah menetapkan ..." and the report's entity "Kementerian
Luar Negeri" was never "said".  Three sources, as spaCy keeps language data apart from the
pipeline: the language's own list below (SHORT_FORMS), the short forms a report defines in
brackets ("Universitas Sains dan Teknologi Komputer (Universitas STEKOM)"), and the config's
glossary (a term's `also`).  Matching adds the other forms of what a text says beside it; it
never takes a word away, so a short form that is also a piece of a word ASR split ("poli tik")
keeps its join.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from pipeline.text.language import CLAUSE_END, CLITICS, normalize, stem, stop_words

# Short forms of a village's and a kampung's life: elections, health, farming, schools, the
# neighbourhood, the mosque (the fifty-third round's tuning talks joined "pilkades" and "pemilihan
# kepala desa" said in one talk as one topic only once these were listed; docs/measurements.md).  Not
# the coinages the older talks list as their own topic ("bansos", "nakes", "bumdes", "musdes"; those
# listed are VILLAGE_COINAGES).
# Kept out of the words no name is (voices.calling_words.NO_NAME): "kia", "asi" and "kur" are also
# names ("mbak kia, silakan", "bu asi", "mas kur"), which those of offices ("kadis", "dubes") are not.
VILLAGE_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "pilkada": ("pemilihan kepala daerah",),
    "pilkades": ("pemilihan kepala desa",),
    "pilpres": ("pemilihan presiden",),
    "pileg": ("pemilihan legislatif", "pemilihan anggota legislatif"),
    "dpt": ("daftar pemilih tetap",),
    "tps": ("tempat pemungutan suara",),
    "kpps": ("kelompok penyelenggara pemungutan suara",),
    "kpu": ("komisi pemilihan umum",),
    "bawaslu": ("badan pengawas pemilihan umum", "badan pengawas pemilu"),
    "tbc": ("tuberkulosis",),
    "dbd": ("demam berdarah dengue", "demam berdarah"),
    "psn": ("pemberantasan sarang nyamuk", "proyek strategis nasional"),
    "jumantik": ("juru pemantau jentik",),
    "jkn": ("jaminan kesehatan nasional",),
    "bpjs": ("badan penyelenggara jaminan sosial",),
    "pmo": ("pengawas menelan obat",),
    "asi": ("air susu ibu",),
    "imd": ("inisiasi menyusu dini",),
    "kia": ("kesehatan ibu dan anak",),
    "ispa": ("infeksi saluran pernapasan akut",),
    "gapoktan": ("gabungan kelompok tani",),
    "poktan": ("kelompok tani",),
    "kur": ("kredit usaha rakyat",),
    "ppl": ("penyuluh pertanian lapangan",),
    "hpp": ("harga pembelian pemerintah", "harga pokok produksi"),
    "alsintan": ("alat dan mesin pertanian",),
    "ppdb": ("penerimaan peserta didik baru",),
    "pkl": ("pedagang kaki lima", "praktik kerja lapangan"),
    "paud": ("pendidikan anak usia dini",),
    "siskamling": ("sistem keamanan lingkungan",),
    "linmas": ("perlindungan masyarakat",),
    "pkk": ("pemberdayaan kesejahteraan keluarga",),
    "dkm": ("dewan kemakmuran masjid",),
    "tpq": ("taman pendidikan quran", "taman pendidikan al quran"),
}
# The village's coinages, which the talks file as said ("apbdes", "blt", "posbindu": a listener says
# and writes them so), with what they shorten.  No word list holds them, and a word no list holds
# said three times was read as ASR's garble (topics' _coined: wordfreq has never seen them written),
# and "blt", three letters, was no phrase at all (the fifty-fourth and fifty-fifth rounds' tuning
# talks; docs/measurements.md).
VILLAGE_COINAGES: dict[str, tuple[str, ...]] = {
    "apbdes": ("anggaran pendapatan dan belanja desa",),
    "siltap": ("penghasilan tetap kepala desa dan perangkat desa",),
    "blt": ("bantuan langsung tunai",),
    "posbindu": ("pos pembinaan terpadu",),
    "baduta": ("bawah dua tahun",),
    "pokdarwis": ("kelompok sadar wisata",),
    "huntara": ("hunian sementara",),
}
# The village's short forms that stand for two things a village talks of: "tps", a polling station and
# the dump ("tempat penampungan sementara"), "ppl", a farm adviser and a student teacher's practice,
# "pmo", who watches a patient take his pills and a project's office, "psn", the mosquito drive and
# the state's projects, "pkl", street vendors and a vocational pupil's placement, "hpp", the price the
# state buys grain at and the cost of making a thing.  Said alone, one is left to say what it meant
# (long_forms_unsaid), but where the talk names clearly the field of one meaning a tuning talk showed
# long (MEANING_FIELDS).  "tps", "ppl", "pmo" list one long form still: no tuning talk named a field
# of theirs, and each long form listed is also a pair compare and search read (day_short_forms).
SHORT_FORMS_OF_TWO_MEANINGS = frozenset({"tps", "ppl", "pmo", "psn", "pkl", "hpp"})
# The roots (language.stem) of the words that name a meaning's field, each or with the root after it
# ("ganti rugi"), as the tuning talks said them: the mosquito drive's beside "dbd" and "jentik"
# (talks-56's 3; with its long form's "nyamuk" and the larvae's watcher, "jumantik"), the state's
# projects' beside "jalan tol" and "ganti rugi" (talks-57's 10), street vendors' beside "pedagang",
# "pasar", "retribusi" (talks-57's 9), the state's grain price's beside "gabah", "bulog" (talks-57's
# 4).  No field of the other meanings: no tuning talk named one, and everyday words ("siswa",
# "proyek", "tanam", "suara") had named them in talks of other things.
MEANING_FIELDS: dict[str, frozenset[str]] = {
    "pemberantasan sarang nyamuk": frozenset({"nyamuk", "jentik", "dbd", "jumantik"}),
    "proyek strategis nasional": frozenset({"tol", "ganti rugi"}),
    "pedagang kaki lima": frozenset({"dagang", "pasar", "retribusi"}),
    "harga pembelian pemerintah": frozenset({"gabah", "bulog"}),
}
# How often a talk names a meaning's field, and more often than the other's, to be shown in its long
# form: a field's word said once is said in passing ("hpp keripik ..., bukan gabah").
FIELD_NAMED_LEAST = 2
# Each short form, as normalize() writes it, with the long forms it stands for.  A two-letter form
# only where it is no word of Indonesian or English ("RI", "IG", "UE"; not "SI", "HI", "AS").  A
# form with two meanings in the series' talk lists both (PMI, UKM): each is only ever added beside
# the text, never put in its place.
SHORT_FORMS: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        # foreign affairs and its missions
        "kemlu": ("kementerian luar negeri",),
        "kemenlu": ("kementerian luar negeri",),
        "deplu": ("departemen luar negeri",),
        "menlu": ("menteri luar negeri",),
        "wamenlu": ("wakil menteri luar negeri",),
        "wamen": ("wakil menteri",),
        "dubes": ("duta besar",),
        "kbri": ("kedutaan besar republik indonesia", "kedutaan besar ri", "kedutaan besar indonesia"),
        "kjri": ("konsulat jenderal republik indonesia", "konsulat jenderal ri"),
        "konjen": ("konsul jenderal", "konsulat jenderal"),
        "ptri": ("perutusan tetap republik indonesia",),
        "sekjen": ("sekretaris jenderal",),
        "dirjen": ("direktur jenderal",),
        "pbb": ("perserikatan bangsa bangsa",),
        "asean": ("perhimpunan bangsa bangsa asia tenggara",),
        "oki": ("organisasi kerja sama islam",),
        "ktt": ("konferensi tingkat tinggi",),
        "mou": ("nota kesepahaman", "memorandum of understanding"),
        "ham": ("hak asasi manusia",),
        "ri": ("republik indonesia",),
        "ue": ("uni eropa",),
        "eu": ("uni eropa", "european union"),
        "rrt": ("republik rakyat tiongkok",),
        "korsel": ("korea selatan",),
        "korut": ("korea utara",),
        "timteng": ("timur tengah",),
        "atdikbud": ("atase pendidikan dan kebudayaan",),
        "nego": ("negosiasi",),
        "batna": ("best alternative to a negotiated agreement",),
        # citizens abroad
        "wni": ("warga negara indonesia",),
        "wna": ("warga negara asing",),
        "pmi": ("pekerja migran indonesia", "palang merah indonesia"),
        "tki": ("tenaga kerja indonesia",),
        # the state and its ministries
        "asn": ("aparatur sipil negara",),
        "pns": ("pegawai negeri sipil",),
        "tni": ("tentara nasional indonesia",),
        "polri": ("kepolisian negara republik indonesia", "kepolisian republik indonesia"),
        "dpr": ("dewan perwakilan rakyat",),
        "mpr": ("majelis permusyawaratan rakyat",),
        "bumn": ("badan usaha milik negara",),
        "apbn": ("anggaran pendapatan dan belanja negara",),
        "pemda": ("pemerintah daerah",),
        "pemprov": ("pemerintah provinsi",),
        "pemkot": ("pemerintah kota",),
        "pemkab": ("pemerintah kabupaten",),
        "pemilu": ("pemilihan umum",),
        "kominfo": ("kementerian komunikasi dan informatika", "komunikasi dan informatika"),
        "kemkominfo": ("kementerian komunikasi dan informatika",),
        "kemenkominfo": ("kementerian komunikasi dan informatika",),
        "kemendikbud": ("kementerian pendidikan dan kebudayaan",),
        "kemendag": ("kementerian perdagangan",),
        "kemenkes": ("kementerian kesehatan",),
        "kemenparekraf": ("kementerian pariwisata dan ekonomi kreatif",),
        "bkpm": ("badan koordinasi penanaman modal",),
        "kadin": ("kamar dagang dan industri",),
        "humas": ("hubungan masyarakat",),
        "diklat": ("pendidikan dan pelatihan",),
        "litbang": ("penelitian dan pengembangan",),
        # society, economy, the pandemic
        "lsm": ("lembaga swadaya masyarakat",),
        "ormas": ("organisasi kemasyarakatan",),
        "umkm": ("usaha mikro kecil dan menengah",),
        "ukm": ("usaha kecil dan menengah", "unit kegiatan mahasiswa"),
        "sdm": ("sumber daya manusia",),
        "sda": ("sumber daya alam",),
        "tik": ("teknologi informasi dan komunikasi",),
        "iptek": ("ilmu pengetahuan dan teknologi",),
        "medsos": ("media sosial",),
        "psbb": ("pembatasan sosial berskala besar",),
        "ppkm": ("pemberlakuan pembatasan kegiatan masyarakat",),
        "pjj": ("pembelajaran jarak jauh",),
        "wfh": ("work from home", "kerja dari rumah"),
        "ig": ("instagram",),
        "yt": ("youtube", "you tube"),
        **VILLAGE_SHORT_FORMS,
        **VILLAGE_COINAGES,
        # the campus
        "prodi": ("program studi",),
        "kaprodi": ("ketua program studi",),
        "warek": ("wakil rektor",),
        "ilkom": ("ilmu komunikasi",),
        "fisip": ("fakultas ilmu sosial dan ilmu politik",),
        "bem": ("badan eksekutif mahasiswa",),
        "ptn": ("perguruan tinggi negeri",),
        "pts": ("perguruan tinggi swasta",),
    }
}
# A clitic written joined to a short form ("Kemlunya", "KBRI-lah") leaves it the same word.
CLITIC = rf"(?:{'|'.join(CLITICS)})?"
# A short form a report defines in brackets is a word or two ("KBRI", "Bekraf", "DPR RI",
# "Universitas STEKOM"); what its letters abbreviate is read by defined_in.
_DEFINED = re.compile(r"\(\s*((?:[A-Z][\w-]*\s)?[A-Za-z][\w-]{1,11})\s*\)")
# ... or the short form first and the long form in brackets after it ("KBRI (Kedutaan Besar Republik
# Indonesia) Seoul", as Indonesian news often writes it).
_SHORT_FIRST = re.compile(r"(?<![\w-])([A-Za-z-]*[A-Z]{2}[\w-]*)\s*\(\s*([^()\n]{5,160}?)\s*\)")
SHORT_MAX_LETTERS = 10
LONG_MAX_WORDS = 8
CLAUSE_MARK = ","  # where a clause ends in the words glossed_at reads
# Words a speaker says between a short form and the long form it glosses: "pinjol itu pinjaman
# online", "pinjaman online atau pinjol", "bahasa isyarat indonesia disebut bisindo" (and "galbay,
# gagal bayar", with nothing but a clause's end).
GLOSSING: dict[str, frozenset[str]] = {
    "id": frozenset({"itu", "atau", "adalah", "yaitu", "yakni", "alias", "artinya", "disebut", "disingkat"}),
}


@dataclass(frozen=True)
class ShortForms:
    """The day's pairs of a short form and a long form, as normalize() writes them."""

    pairs: tuple[tuple[str, str], ...]
    # the short forms spelt by their long forms' initials ("kbri", "ham", "tik"): heard only where the
    # talk writes them in capitals (in_capitals)
    initialisms: frozenset[str] = frozenset()

    def toward(self, normalized: str) -> ShortForms:
        """Only the pairs one of whose forms the normalised text says (a report's points): a talk
        is read beside the forms its report uses, and nothing is added where the report writes
        neither (adding "medsos" wherever a talk says "media sosial" had moved every window's
        scores a little against a report that writes "media sosial" too)."""
        pairs = tuple(
            (short, long) for short, long in self.pairs if _said(short, normalized) or _said(long, normalized)
        )
        return ShortForms(pairs, self.initialisms)

    def other_forms(self, normalized: str, wanted: str | None = None, written: str | None = None) -> list[str]:
        """The other forms of each short or long form the normalised text says, to be read beside
        it: "kemlu" gives "kementerian luar negeri", "media sosial" gives "medsos"; with `wanted`,
        only the forms that text says; with the text as `written`, an initialism only in capitals."""
        return [
            other
            for short, long in self.pairs
            for said, other in ((short, long), (long, short))
            if _said(said, normalized)
            and (wanted is None or _said(other, wanted))
            and (written is None or self.spelt(said, written))
        ]

    def spelt(self, form: str, written: str) -> bool:
        """Whether the text as written says the form as this form: an initialism only in capitals
        (in_capitals), any other form as it stands."""
        return form not in self.initialisms or in_capitals(form, written)

    def variants(self, normalized: str) -> list[str]:
        """The phrase written with each of its short forms long, and each of its long forms short
        ("kbri seoul" -> "kedutaan besar republik indonesia seoul", ...): the ways a talk may say it."""
        found = []
        for short, long in self.pairs:
            for said, other in ((short, long), (long, short)):
                pattern = _pattern(said)
                if pattern.search(normalized):
                    found.append(" ".join(pattern.sub(other, normalized).split()))
        return list(dict.fromkeys(variant for variant in found if variant != normalized))


NO_SHORT_FORMS = ShortForms(())


def is_initialism(short: str, long: str) -> bool:
    """Whether the short form's letters are its long form's words' first letters, one each ("KBRI",
    "HAM", "TIK"): said letter by letter, and written in capitals."""
    letters = short.replace(" ", "")
    return letters.isalpha() and _initials_held(letters, long.split()) == len(letters)


def in_capitals(form: str, written: str) -> bool:
    """Whether the text as written has the form in capitals, two at least ("HAM", "KBRI-nya",
    "KBRInya", "MoU"), not only as the word or the piece of a word it also is: "roti ham", "poli tik",
    "Tik Tok", "Oki" (a name)."""
    parts = r"\W+".join(re.escape(part) for part in form.split())
    pattern = rf"(?<![^\W\d_])({parts}){CLITIC}(?![^\W\d_])"
    return any(sum(c.isupper() for c in match[1]) >= 2 for match in re.finditer(pattern, written, re.IGNORECASE))


@lru_cache(maxsize=4096)
def _pattern(form: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(form)}{CLITIC}\b")


def _said(form: str, normalized: str) -> bool:
    return form in normalized and bool(_pattern(form).search(normalized))


def defined_in(text: str) -> list[tuple[str, str]]:
    """(short, long) for each short form the text defines in brackets, after its long form
    ("Kedutaan Besar Republik Indonesia (KBRI)", "Badan Ekonomi Kreatif (Bekraf)", "Universitas
    Sains dan Teknologi Komputer (Universitas STEKOM)", "... (DPR RI)") or before it ("KBRI
    (Kedutaan Besar Republik Indonesia)").  Before the bracket, of the runs of words that hold the
    short form's letters in order from the run's first letter (Schwartz and Hearst's rule), the one
    whose words' first letters the short form holds most of, then the shortest ("Bahasa Indonesia
    bagi Penutur Asing (BIPA)", not "bagi Penutur Asing"); and it must hold those of two words and
    of half the run at least: a bracket that glosses ("... alternatif terbaik jika perundingan gagal
    (BATNA)", "kedekatan dengan publik (closeness)") defines nothing."""
    pairs = []
    cuts = [end.end() for end in CLAUSE_END.finditer(text)]  # the long form is read back to one of them
    for match in _DEFINED.finditer(text):
        short = normalize(match[1])
        if not short or len(short.split()[-1]) > SHORT_MAX_LETTERS:
            continue
        letters = short.replace(" ", "")
        words = _last_words(text, match.start(), cuts)
        # a word the long form has, written out before the abbreviated rest: "Universitas STEKOM"
        head = short.split()[0] if " " in short and short.split()[0] in words else None
        runs = [words[-size:] for size in range(2, len(words) + 1)]
        runs = [run for run in runs if (run[0] == head if head else _abbreviates(letters, run))]
        if not runs:
            continue
        long = " ".join(max(runs, key=lambda run: (_initials_held(letters, run), -len(run))))
        pairs.append((short, long))
        if head:  # "Universitas STEKOM" is said "STEKOM" too
            pairs += [(short.split()[-1], long), (short.split()[-1], short)]
    for match in _SHORT_FIRST.finditer(text):
        short, words = normalize(match[1]), normalize(match[2]).split()
        if short and 2 <= len(words) <= LONG_MAX_WORDS and _abbreviates(short.replace(" ", ""), words):
            pairs.append((short, " ".join(words)))
    return pairs


def glossed_at(
    words: list[str], at: int, known: Callable[[str], bool], language: str, said_again: bool = True
) -> str | None:
    """The long form the talk says right beside the word at `at` as what that word shortens, or None:
    after it, past a clause's end or a glossing word (GLOSSING: "pinjol itu pinjaman online",
    "galbay, gagal bayar", "ppdb, penerimaan peserta didik baru"), or, after a glossing word, before
    it ("pinjaman online atau pinjol").  `words` mark each clause's end with CLAUSE_MARK: the long
    form is one clause's two to LONG_MAX_WORDS known words (`known`), whose letters the short form
    holds in order with the first letter of each that is no stop word (_abbreviates), or whose
    syllables it blends (_blends).  ASR's garbles beside real words ("samu" before "salam sejahtera
    untuk kita", "patik lewat pameran taring, dan beberapa butik") shorten nothing so, nor does a
    false start run on into the words it began, said nowhere else (not `said_again`: _shortens)."""
    short, glossing, stop = words[at], GLOSSING.get(language, frozenset()), stop_words(language)
    if not short.isalpha() or not 2 <= len(short) <= SHORT_MAX_LETTERS:
        return None
    after = at + 1
    while after < len(words) and after <= at + 2 and (words[after] == CLAUSE_MARK or words[after] in glossing):
        after += 1
    before = at
    while before > 0 and before >= at - 1 and (words[before - 1] == CLAUSE_MARK or words[before - 1] in glossing):
        before -= 1
    # each long form read from the short form out, and whether a mark or a glossing word sets it off:
    # its first words after it, its last before it
    parts: list[tuple[list[str], bool]] = []
    run = _known_run(words[after : after + LONG_MAX_WORDS], known)
    parts += [(run[:size], after > at + 1 or said_again) for size in range(2, len(run) + 1)]
    if any(word in glossing for word in words[before:at]):
        run = _known_run(words[max(before - LONG_MAX_WORDS, 0) : before][::-1], known)[::-1]
        parts += [(run[-size:], True) for size in range(2, len(run) + 1)]
    for part, set_off in parts:
        content = [word for word in part if word not in stop]
        if len(content) >= 2 and _shortens(short, part, content, set_off):
            return " ".join(part)
    return None


def _known_run(words: list[str], known: Callable[[str], bool]) -> list[str]:
    """The words up to the first that ends a clause or is not known: a long form is one clause's
    known words, and a longer run holding one of those could not be one either."""
    return list(itertools.takewhile(lambda word: word != CLAUSE_MARK and known(word), words))


def _shortens(short: str, run: list[str], content: list[str], set_off: bool) -> bool:
    """Whether the short form holds the run's letters in order with the first letter of each of its
    `content` words ("ppdb", "galbay", "pinjol"), or blends their syllables (_blends: "nakes").
    Said once, straight before the run, not `set_off` by a mark or a glossing word, it must not
    begin as the run's first word does: a false start run on into the words it began ("mengan
    mengajar anak", "keta kelompok tani", "bangan bantuan pangan"; a review of the forty-seventh
    round), where "nakes tenaga kesehatan" glosses, and "musdes musyawarah desa" said again."""
    if not set_off and short[:2] == run[0][:2]:
        return False
    return (_abbreviates(short, run) and _initials_held(short, content) == len(content)) or _blends(short, content)


def _blends(short: str, words: list[str]) -> bool:
    """Whether the short form is a piece of each word in turn, each piece two letters or more or
    the word's first letter: the syllables Indonesian blends its coinages from ("nakes" of tenaga
    kesehatan, "tagana" of taruna siaga bencana, "karhutla" of kebakaran hutan dan lahan's words)."""
    if not words:
        return not short
    word = words[0]
    ends = range(1, len(short) - len(words) + 2)  # leave a letter at least for each word after
    return any(
        (short[:end] in word and (end >= 2 or word.startswith(short[:end]))) and _blends(short[end:], words[1:])
        for end in ends
    )


def _last_words(text: str, end: int, cuts: list[int]) -> list[str]:
    """normalize(text[:end]).split()[-LONG_MAX_WORDS:], normalising from the last of the `cuts`
    (CLAUSE_END) before `end` that gives as many words: normalising all the text before each
    bracket grew with the square of the report's length (tens of seconds at a million characters)."""
    index = bisect.bisect_left(cuts, end)
    while True:
        index -= 1
        start = cuts[index] if index >= 0 else 0
        words = normalize(text[start:end]).split()
        if len(words) >= LONG_MAX_WORDS or start == 0:
            return words[-LONG_MAX_WORDS:]


def _abbreviates(letters: str, run: list[str]) -> bool:
    """Whether a short form's letters abbreviate the run of words: held in order from its first
    letter, and holding the first letters of two of its words and of half of them at least."""
    held = _initials_held(letters, run)
    return _holds(letters, " ".join(run)) and held >= 2 and 2 * held >= len(run)


def _initials_held(letters: str, run: list[str]) -> int:
    """How many of the run's words' first letters the letters hold, in order ("atdikbud" holds
    those of atase, dan, kebudayaan in "atase pendidikan dan kebudayaan")."""
    at, held = 0, 0
    for word in run:
        found = letters.find(word[0], at)
        if found >= 0:
            at, held = found + 1, held + 1
    return held


def _holds(letters: str, text: str) -> bool:
    """Whether the text holds the letters in order, read from the end, the first letter at the
    start of the text's first word."""
    at = len(text) - 1
    for index in range(len(letters) - 1, -1, -1):
        first = index == 0
        while at >= 0 and (text[at] != letters[index] or (first and at > 0)):
            at -= 1
        if at < 0:
            return False
        at -= 1
    return True


def village_short_forms(language: str) -> frozenset[str]:
    """The village's short forms (VILLAGE_SHORT_FORMS) of a language that has them (day_short_forms:
    an English day's "pmo" and "tps" are its own)."""
    return frozenset(VILLAGE_SHORT_FORMS.keys() & SHORT_FORMS.get(language, {}).keys())


def village_coinages(language: str) -> frozenset[str]:
    """The village's coinages (VILLAGE_COINAGES) of a language that has them."""
    return frozenset(VILLAGE_COINAGES.keys() & SHORT_FORMS.get(language, {}).keys())


def long_forms_unsaid(normalized: list[str], language: str = "id") -> dict[str, str]:
    """The village's short forms (village_short_forms) the normalised texts say none of whose long
    forms they say, nor one less its last word (_in_part), each with its long form: what a listener
    knows "dbd" or "kur" said alone stands for, which an archivist files ("demam berdarah dengue",
    "kredit usaha rakyat").  One of two meanings (SHORT_FORMS_OF_TWO_MEANINGS) only where the texts
    name its field clearly (_field_named: "psn" beside "jalan tol" and "ganti rugi"); only the
    village's: the older talks file the state's and the campus's as said ("batna", "ppkm")."""
    texts = [text.replace("-", " ") for text in normalized]

    def said(form: str) -> bool:
        return any(_said(normalize(form), text) for text in texts)

    found = {}
    roots = None
    for short in sorted(village_short_forms(language)):
        longs = VILLAGE_SHORT_FORMS[short]
        if not said(short) or any(said(long) for long in longs + _in_part(short)):
            continue
        if short not in SHORT_FORMS_OF_TWO_MEANINGS:
            found[short] = longs[0]
            continue
        roots = roots if roots is not None else _roots(texts)
        if named := _field_named(longs, roots):
            found[short] = named
    return found


def _roots(texts: list[str]) -> str:
    """The texts' words by their roots (language.stem), stemmed once for every short form of two
    meanings a talk says alone."""
    return " ".join(" ".join(stem(word) for word in text.split()) for text in texts)


def _field_named(longs: tuple[str, ...], roots: str) -> str | None:
    """The long form whose field (MEANING_FIELDS) the texts' roots (_roots) name at least
    FIELD_NAMED_LEAST times and more often than the other's ("pedagang", "dagangan": "dagang")."""
    named = {long: sum(len(_pattern(word).findall(roots)) for word in MEANING_FIELDS.get(long, ())) for long in longs}
    most = max(named, key=named.__getitem__)
    others = [count for long, count in named.items() if long != most]
    return most if named[most] >= FIELD_NAMED_LEAST and all(count < named[most] for count in others) else None


def of_its_field(long: str, words: list[str]) -> bool:
    """Whether the words are each one of the field of a short form's meaning (MEANING_FIELDS, by
    their roots): "gabah" after "hpp" says the state's grain price, whose name holds it ("hpp gabah"
    is "harga pembelian pemerintah", talks-57's 4)."""
    field = MEANING_FIELDS.get(long, frozenset())
    return bool(words) and all(stem(word) in field for word in words)


def said_in_part(normalized: list[str], language: str = "id") -> frozenset[str]:
    """The village's short forms whose long form the texts say less its last word, never whole: "dpt"
    beside "daftar pemilih" (talks-54's 16 had listed both), one subject the talk never names in
    full, which its words name."""
    texts = [text.replace("-", " ") for text in normalized]
    return frozenset(
        short
        for short in village_short_forms(language)
        if any(_said(normalize(part), text) for part in _in_part(short) for text in texts)
        and not any(_said(normalize(long), text) for long in VILLAGE_SHORT_FORMS[short] for text in texts)
    )


def _in_part(short: str) -> tuple[str, ...]:
    """A village short form's long forms of three words or more less their last word ("daftar
    pemilih" of "daftar pemilih tetap"), as a talk says them too."""
    return tuple(long.rsplit(" ", 1)[0] for long in VILLAGE_SHORT_FORMS[short] if long.count(" ") >= 2)


def day_short_forms(language: str, report: str | None = None, also: dict[str, list[str]] | None = None) -> ShortForms:
    """The language's short forms, those the report defines, and the glossary's other names of its
    terms (`also`: term -> other names)."""
    pairs = [(short, normalize(long)) for short, longs in SHORT_FORMS.get(language, {}).items() for long in longs]
    pairs += defined_in(report or "")
    for term, others in (also or {}).items():
        pairs += [(normalize(other), normalize(term)) for other in others]
    pairs = list(dict.fromkeys((short, long) for short, long in pairs if short and long and short != long))
    return ShortForms(tuple(pairs), frozenset(short for short, long in pairs if is_initialism(short, long)))
