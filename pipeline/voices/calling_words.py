"""The words a talk calls a voice by, and the words that tell a name from what is no name.

The language data unlisted_names.py reads the names the talk gives the voices the config does not
list with, kept apart from its readers the way spaCy keeps a language's data apart from its
components: titles and the words that hand over the floor, thank or ask, the words around an
introduction, and the words no name is, each with the reason it is there. Chosen and measured in
docs/speaker-counting.md, "Names the talk gives the voices it does not list".
"""

from __future__ import annotations

import re

from pipeline.text.language import (
    CORPS,
    HONORIFICS,
    HOST_WORDS,
    ORG_HEADS,
    RANKS,
    ROLE_WORDS,
    TALK_MATERIAL,
    WRITTEN_TITLES,
)
from pipeline.text.matching import GREETING_TIMES
from pipeline.text.short_forms import SHORT_FORMS, VILLAGE_SHORT_FORMS
from pipeline.voices.naming import (
    NEXT_WORDS,
    OFFICER_WORDS,
    THANKS_FORMS,
    TITLES,
)

ABBREVIATED = frozenset({"mr", "mrs", "ms", "dr", "prof", "sdr", "sdri", "hj", "h", "ir", "drs", "dra", "br"})
# Sentences, not cut after a title's abbreviation ("Mr. Daniel") or "br." ("Dame br. Siregar"), but after "Bu."
# ("Terima kasih, Bu. Coba ...")
SENTENCE_AFTER_TITLES = re.compile(
    r"(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)(?<!\bProf\.)(?<!\bHj\.)(?<!\bIr\.)(?<!\bDrs\.)(?<!\bSdr\.)"
    r"(?<!\bbr\.)(?<!\bBr\.)"  # Batak "Dame Natalia br. Siregar"
    r"(?<=[.?!;])\s+"
)
TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
DIGITS_AND_SPACES = "0123456789 \t\n"  # between words, no mark: a unit's digit ("k3", "line 3")
# The words that open a self-introduction: after the strong ones any word is a name ("nama saya
# Indah"), after the weak ones only a word written or heard as one ("saya Bayu dari ...", not
# "saya senang").
STRONG_SELF = (("nama", "saya", "adalah"), ("nama", "saya"), ("my", "name", "is"), ("nama", "aku"))
# ... and as Papua and Ambon say "my name" ("sa pu nama Natalis Wenda", "beta pung nama Karel")
STRONG_SELF += (("sa", "pu", "nama"), ("sa", "punya", "nama"), ("saya", "punya", "nama"), ("beta", "pung", "nama"))
STRONG_SELF += (("kita", "pe", "nama"), ("kita", "pu", "nama"))  # ... and Manado ("kita pe nama Fanny Lumintang")
WEAK_SELF = (("saya", "adalah"), ("saya",), ("aku",), ("i", "am"), ("i'm",), ("i’m",), ("this", "is"))
# ... and "I" as the regions say it ("Ambo Fadli" Minang, "Beta Karel" Ambon, "Tiang I Wayan" Bali,
# "ulun Nordiansyah" Banjar)
WEAK_SELF += (("ambo",), ("beta",), ("tiang",), ("kula",), ("abdi",), ("ulun",), ("sa",))  # "sa" Papuan
# Introductions as on the telephone ("saya dengan Rina dari Unair", "saya atas nama Wulan Sari dari
# Semarang"): the name needs where its bearer is from after it, and after a title that to end the
# clause ("saya dengan Pak Budi dari Kemlu sudah ..." is someone else; _where_from_set_off).
JOINED_SELF = (("saya", "dengan"), ("saya", "atas", "nama"))
# The name one is called by, given as "call me ..." ("halo, panggil aja ucup", "panggil saja dimas coach,
# bek kiri"): a name where the words open a clause and a mark or the sentence's end sets it off, not
# someone to fetch ("kalau error panggil aja saya", "kita panggil aja pak mandor langsung": _nickname_given)
NICKNAME_SELF = (("panggil", "aja"), ("panggil", "saja"))
# The people one has, by kin or work: "teman saya, Dinda Aulia, titip pertanyaan" (my friend's name),
# "saya hartono ayahnya salsa" (who the speaker is to someone else); never a word of one's own name.
KIN = ("ayah", "ibu", "bapak", "mama", "papa", "bunda", "istri", "suami", "anak", "kakak", "adik", "nenek", "kakek")
KIN += ("om", "tante", "wali")
COLLEAGUES = ("teman", "kawan", "rekan", "sahabat", "kolega", "atasan", "pimpinan", "dosen", "guru", "pembimbing")
COLLEAGUES += ("mahasiswa", "murid")
# Words before "saya" that make it "my": "teman saya, Dinda Aulia", and "Materi saya Kesehatan
# Mental Remaja" the title of the talk, which is what the day is about.
POSSESSED = frozenset({*KIN, *COLLEAGUES, *TALK_MATERIAL, "presentasi", "makalah", "penelitian", "riset", "skripsi"})
POSSESSED |= {"keluarga", "tim", "my", "of"}
# Words that open an introduction without "saya" ("Perkenalkan, Anindya Kusumawardani dari ...",
# "Dengan Yohanes Bria, dari Kupang", "ini Komang Ayu dari Singaraja", "Daniel Okafor, from the
# Embassy"): a name that opens a sentence or a clause of the turn's opening and ends at "dari" or "from".
PRESENTING = frozenset({"perkenalkan", "dengan", "izin", "saya", "mohon", "permisi", "ini"})
PRESENTING_WORDS = 3  # "Mohon izin, dengan Bagus Wicaksono dari Kemlu"
TURN_ORDER = frozenset({"mulai", "berikutnya", "selanjutnya"})  # before "dari X": X's turn now
PLACE_WORDS = 4  # where one is from, in words ("dari Universitas Negeri Semarang, izin bertanya")
# Words that go on to say what someone did: after "saya dengan Bu Ratna dari Kemlu" they make her
# someone the speaker was with, not the speaker's own name.
PREDICATE_WORDS = frozenset({"sudah", "telah", "akan", "sedang", "pernah", "sempat", "kemarin", "tadi", "bersama"})
# Words after "dari" that say since when, not where from ("Kita Tondano dari dulu ...")
SINCE = frozenset({"dulu", "tadi", "awal", "kecil", "pagi", "siang", "sore", "malam", "kemarin", "zaman", "jaman"})
SINCE |= {"tahun", "sejak", "mana", "sananya", "lahir"}
# Places and peoples of North Sulawesi, where "kita" is "I": "Kita Minahasa dari ..." is "we"
NORTH_SULAWESI = frozenset({"minahasa", "tomohon", "tondano", "bitung", "sangihe", "talaud", "bolmong", "mongondow"})
NORTH_SULAWESI |= {"gorontalo", "sulut", "kawanua", "minahasan", "kotamobagu", "amurang", "airmadidi", "likupang"}
# The small words inside a name ("Muhammad Faiz bin Ahmad Zaki", "Willem van der Berg", Batak
# "Rosmawati boru Simanjuntak", "Dame Natalia br. Siregar")
NAME_PARTICLES = frozenset({"bin", "binti", "van", "der", "den", "de", "al", "el", "boru", "br"})
# ... and the Batak "boru" said before a woman's clan after a title, the clan her name there
# ("Inang boru Sitorus, soal pesta", "bu br tarigan"): name_from starts past it
CLAN_BEFORE = frozenset({"boru", "br"})
# ... and theirs, after a name ("saya hartono ayahnya salsa", "saya bowo rekannya dari asosiasi")
RELATED = frozenset(f"{person}nya" for person in (*KIN, *COLLEAGUES))
# Offices one holds, after a name ("saya sudarto ketua RT tiga", "saya sri wahyuningsih bendahara desa")
HELD_OFFICES = OFFICER_WORDS | {"bendahara", "sekretaris", "anggota", "pengurus", "koordinator", "perwakilan", "wakil"}
HELD_OFFICES |= {"kuasa"}  # counsel: "saya hendrawan siregar kuasa hukum pengadu"
# The parts of a club or an organisation one speaks for, named by place: after a name as "dari" is
# ("saya fendi chapter surabaya", "saya bagas korwil madiun"), and called in a roll call ("chapter
# madiun") they are the part, no one's name.
UNITS = frozenset({"chapter", "korwil", "korda", "korcab", "cabang", "regional", "wilayah", "ranting", "divisi"})
UNITS |= {"bagian", "seksi"}  # a committee's sections: "saya mas rohman bagian distribusi", "saya andi seksi konsumsi"
# a village's and an election's bodies, named by the place they serve: "saya nur aini pps tegalrejo", "bpd sukamaju"
UNITS |= {"pps", "ppk", "kpps", "panwascam", "bpd", "lpm", "pkk", "posyandu", "dasawisma"}
# a committee's and a team's sections as they are called round ("laporan sie lomba", "humas? gilang?")
UNITS |= {"sie", "acara", "humas", "konsumsi", "perlengkapan", "dokumentasi", "pdd", "pubdok", "publikasi"}
UNITS |= {"keamanan", "logistik", "sponsorship", "danus", "kestari", "medis", "registrasi", "transportasi"}
UNITS |= {"backend", "frontend", "devops"}
# ... and the parts of a government office one serves in ("saya klaten pak, dari bidang pemerintahan")
DIVISIONS = UNITS | {"bidang", "direktorat", "subbag", "subbagian", "sekretariat", "fungsi", "dinas", "badan"}
# What follows a name in an introduction ("saya Dewi dari Unpad", "saya Bima, mahasiswa ...").
AFTER_A_NAME = (
    frozenset({"dari", "selaku", "sebagai", "from", "of", "at", "mahasiswa", "mahasiswi", "peserta"})
    | {"ti", "saking"}  # "from" in Sundanese ("abdi kang asep ti cikoneng") and Javanese ("kula ... saking")
    | {"umur", "usia", "lulusan", "fraksi"}  # "nama saya joko susilo umur empat puluh dua", "markus tandi fraksi ..."
    | UNITS
    | RELATED
    | HELD_OFFICES
)
# Titles a moderator gives a participant ("Silakan, Mbak Ayu"), not offices ("Pak Rektor").
# (the abbreviations, "Prof. Darmawan", "Dok"; the words are a profession too: "dokter spesialis anak")
ADDRESSING = (HONORIFICS - {"yang", "mulia", "dubes", "doktor", "dokter", "profesor"}) | {
    "dok",
    "hajah",
    "hj",
    "mba",  # as ASR and chat write "mbak"
    "mak",
    "nona",  # Manado, Ambon
    "ito",  # Batak
    "inang",
    "amang",
    "cik",  # Chinese-Indonesian
    "ci",
    "cici",
    "koh",
    "ko",  # as ASR often writes "Koh" ("saya bu lenny ko")
    "koko",
    "oma",
    "opa",
    "teh",  # Sundanese "Teh Rina"; in lower case only as WORD_TITLES says: "teh" is also tea
    "teteh",  # ... and "Teteh", "Akang" in full ("silakan Akang" names no one)
    "akang",
    "uda",  # Minang
    "uni",
    "abang",
    "nak",
    "kakak",
    "bunda",
    "haji",
    "hajjah",
    "ki",
    "kaka",
    "mama",  # Papua and the east: "Mama Ribka", "Bapa Yakobus"
    "bapa",
    "dik",
    "adik",
    "bung",
    "neng",
    # the regions' uncles, aunts, mothers and fathers ("Wak Mahmud" Malay, "Mbok" Bali and Java,
    # "Pace"/"Mace" Papua, "Mamiq"/"Inaq"/"Amaq" Sasak, "Acil" Banjar, "Lae" Batak, "Nyong" Manado)
    "wak",
    "mbok",
    "pace",
    "mace",
    "mamiq",
    "inaq",
    "amaq",
    "acil",
    "lae",
    "nyong",
    "nduk",  # Javanese, to a girl ("nduk ayu")
    "mpok",  # Betawi's "Mpok Ipah", Minang's "Ajo Ferdi", Sunda's "Mang Ujang" (not Surabaya's "Ning": a name too)
    "ajo",
    "mang",
    "om",  # clubs, families and the road call men and women so ("om sarip", "tante lina ya")
    "tante",
    "mbah",  # Javanese grandparents ("mbah karto monggo"), "Yu" for an elder sister ("saya yu painem")
    "yu",
    "ukhti",  # a kajian's sister and brother ("Ukhti Nurul silakan dibacakan pertanyaannya")
    "akhi",
    "mr",
    "mrs",
    "ms",
    "miss",
    "coach",  # a club's coach ("coach rendy dulu silakan", "makasih coach")
    # Javanese uncles and aunts, Sundanese "Ceu" for an elder sister, before the short name a kampung
    # calls them by ("pakde no, soal pakan", "bulik tin, sindennya", "ceu imas, kas kematian"); alone
    # they call no one ("monggo pakde": NO_NAME)
    "pakde",
    "pakdhe",
    "bude",
    "budhe",
    "paklik",
    "bulik",
    "ceu",
    "euceu",
    "ustadzah",  # as "ustazah" (HONORIFICS) is written too: "ustadzah aisyah, wisuda"
}
# A family's elders called by kin and name as "om" and "tante" are ("ayah teguh, soal tanah", "Kakek
# Darmo, mau sambutan?", "Eyang Harjo, doa pembuka."); alone they call no one ("Ayah, tolong
# mikrofonnya.": ADDRESSING is no name). "ayah X" names the father after his child too, a known cost.
KIN_TITLES = frozenset({"ayah", "papa", "kakek", "nenek", "eyang", "paman", "bibi", "uwak"})
# Police and military ranks said before a name as a title is ("letda anton, silakan", "Aipda Rahman,
# laporan."), not the corps and forces written after them ("Kapten Inf", "TNI")
SPOKEN_RANKS = RANKS - CORPS
# After a kin word or a rank a name is a rare word (NAME_ZIPF), Title Case or not, and none of the words
# that make a term with them: the kind of kin ("ayah mertua", "eyang putri", "nenek moyang": PARENT_TERMS
# and ELDERS_KINDS), whom a rank leads or where it serves ("kapten kapal", "kapten regu", "jenderal
# lapangan", "kolonel purnawirawan": RANK_COMPLEMENTS, VILLAGE_ROLES): _after_kin_or_rank
ELDERS_KINDS = frozenset({"putri", "kakung", "buyut", "moyang", "canggah"})
RANK_COMPLEMENTS = frozenset({"regu", "pilot", "kesebelasan", "purnawirawan", "kapal", "timnas", "lapangan"})
RANK_COMPLEMENTS |= {"polisi", "tim", "pasukan", "kompi", "batalyon", "peleton", "udara", "laut", "darat", "kehormatan"}
# Customary offices, called alone as a name is and before a name as a rank is: a Balinese village's,
# banjar's and subak's ("Silakan, Bendesa.", "Berikutnya, Kelian.", "Silakan, Klian Made."), a Dayak
# customary council's ("silakan, damang", "terus, mantir"), a church's deacon ("silakan, syamas") and
# the mosque's caller as ASR spells him ("Berikutnya, Muazin."): ADDRESSING is no name, _after_kin_or_rank
CUSTOMARY_OFFICES = frozenset({"bendesa", "kelian", "klian", "pekaseh", "penyarikan", "damang", "mantir", "syamas"})
CUSTOMARY_OFFICES |= {"muazin", "muazzin"}
# ... a Batak church's elder and a church's evangelist ("silakan, sintua", "Sintua Hutagalung, silakan")
CUSTOMARY_OFFICES |= {"sintua", "evangelis"}
ADDRESSING |= KIN_TITLES | SPOKEN_RANKS | CUSTOMARY_OFFICES
# A child or pupil called up by "ananda" ("Peserta nomor delapan, ananda Salsa, silakan"): a title
# only before a name, for it is a name too ("saya Rizky Ananda dari Pekanbaru").
CHILD_TITLE = "ananda"
# Titles that are also words of the language, "teh" tea and the Sundanese particle ("teh manis sudah
# datang", "ieu teh kumaha"): in lower case they call a name only as _called_by_a_word_title reads it
WORD_TITLES = frozenset({"teh"})
# Sundanese "A" ("Aa", an elder brother: "a deden, soal harga kedele"), one letter that is a hesitation
# and English's article too: a title only as _called_by_a_word_title reads it, however it is written
LETTER_TITLES = frozenset({"a"})
# Sundanese and Javanese particles and replies and the meeting's loans, in no dictionary, said after
# such a title as a hesitation ("a punten,", "a sakedap,", "teh atuh", "a nggih"): _called_by_a_word_title
SPOKEN_PARTICLES = frozenset({"nggih", "inggih", "sampun", "mboten", "pripun", "atuh", "muhun", "aya", "naon"})
SPOKEN_PARTICLES |= {"sakedap", "punten", "mangga", "nuhun", "kumaha", "teu", "engke", "parantos", "oge", "nya"}
SPOKEN_PARTICLES |= {"mawon", "niki", "nika", "ngoten", "wae", "euy", "meeting", "update", "slide", "online"}
SPOKEN_PARTICLES |= {"offline", "mic", "zoom", "link", "chat", "share", "wifi", "gan", "bro", "cuy"}
# A title that is a name too: Surabaya's "Ning" before a young woman's name ("ning wati, soal
# arisan"), and a name after a title or alone ("bu ning, silakan"): _titles_a_name
TITLE_OR_NAME = frozenset({"ning"})
# Javanese "here", "there", "home", "front", "back", "inside", "the road", "the yard", "the side",
# "up there", "over here": after "ning" ("at") a place, in no dictionary ("ning ndalan, monggo")
HERE_AND_THERE = frozenset(
    {"kene", "kono", "kana", "kunu", "omah", "ngarep", "mburi", "njero", "njaba", "ngisor"}
    | {"ndalan", "dalan", "latar", "pinggir", "ndhuwur", "mrene"}
)
CALLING_TITLES = ADDRESSING | {CHILD_TITLE}
GIVING = frozenset({"silakan", "silahkan", "persilakan", "persilahkan", "dipersilakan", "giliran", "please"}) | {
    "kembalikan",  # "saya kembalikan ke MC kita, Mbak Tasya"
    "serahkan",
    "tolong",  # "Mas Teguh, tolong slide-nya next ya"
    "monggo",  # Javanese ("mbah karto monggo")
}
# The jobs and posts a title calls someone by, alone or before the name ("mas timekeeper", "bu
# bendahara sri silakan", "mbak rias dini", "mas dekor anton"): the job is no name, and the name
# right after it needs nothing said of it elsewhere (_past_an_office), for no place stands there.
# Trainees called by what they are in training as ("koas fikri, pasien bed tiga", "magang ilham,
# salinan"), and by who they are before it ("anak magang tasya, draft aktanya": TRAINEES_BY)
TRAINEES = frozenset({"koas", "koass", "coass", "magang"})
TRAINEES_BY = frozenset({"anak", "mahasiswa", "mahasiswi", "siswa"})
JOBS = frozenset(
    {"bendahara", "sekretaris", "koordinator", "korlap", "humas", "notulis", "notulen", "panitia", "pengurus"}
    | {"komite", "moderator", "mc", "timekeeper", "fotografer", "videografer", "soundman", "kru", "crew", "usher"}
    | {"rias", "perias", "mua", "dekor", "dekorasi", "katering", "catering", "manajer", "manager", "kitman"}
    | {"fisio", "fisioterapis", "terapis", "ofisial", "bidan", "kader", "apoteker", "muadzin", "bilal", "koster"}
    | {
        "penatua",
        "diaken",
        "resepsionis",
        "pembina",
        "jubir",
        "bendum",
        "sekum",
        "ketum",
    }  # "pembina": a scout troop's leader ("kak pembina wening")
    # a debate's, a workshop's and a show's ("adjudicator yusuf, soal aturan mosi", "fasilitator rina,")
    | {"adjudicator", "adjudikator", "juri", "fasilitator", "facilitator", "mentor", "instruktur", "produser"}
    | {"producer"}
    | {"barista", "chef", "koki", "waiter", "waitress"}  # a café's and a kitchen's ("terima kasih, barista.")
    # a hospital's, a school's and a library's posts called alone ("Berikutnya, Sanitarian.", "Silakan, Laboran.")
    | {"sanitarian", "laboran", "pustakawan"}
    | TRAINEES
)
# ... and the jobs said with where or what they serve after them, as an office is with its place
# ("mas satpam komplek gimana posnya", "pak sopir ambulans", "mbak perawat ugd", "bu guru ngaji"):
# a name there only as one the talk says elsewhere
PLACED_JOBS = frozenset(
    {"satpam", "security", "sopir", "supir", "kurir", "kernet", "tukang", "penjaga", "montir", "mekanik"}
    | {"linmas", "hansip", "kasir", "teller", "admin", "operator", "teknisi", "perawat", "mantri", "guru"}
    | {"dosen", "dokter", "marbot", "takmir", "pelatih", "wasit"}
    | {"petugas", "ahli", "tenaga"}  # "petugas kantin tarno, ...", "ahli gizi", "tenaga kesehatan"
    | {"analis", "staf", "supervisor"}  # "analis lab mikro yogi,", "staf tu bu yeni", "supervisor produksi ..."
    | {"perekam"}  # "Silakan, Perekam Medis." had named "Perekam"
)
# The unit a job is said with before the name, in a word or three: a ward, a depot, a station, a
# line, a department ("perawat icu dimas,", "teknisi gardu induk raka,", "analis lab mikro yogi,",
# "dokter jaga igd dokter rio,", "supervisor produksi line tiga mas heru"), which no dictionary
# tells from a first name ("dimas", "raka", "yogi" are the stemmer's words too): listed, and past
# them, a number, a letter or a short form said by its letters ("petugas k3 lapangan bowo",
# "staf hrd"), the name stands (_past_the_unit)
WORKPLACES = frozenset({"icu", "nicu", "picu", "hcu", "iccu", "igd", "ugd", "ok", "vk", "poli", "bangsal", "depo"})
WORKPLACES |= {"lab", "laboratorium", "mikro", "radiologi", "farmasi", "gizi", "rawat", "inap", "jalan", "jaga"}
WORKPLACES |= {"gardu", "induk", "hubung", "lapangan", "produksi", "line", "gudang", "shift", "hrd", "qc", "qa"}
# a trainee's rotation or department ("koas stase saraf", "koas bedah, silakan") and a kind of internship
# ("siswa magang prakerin,", "anak pkl")
WORKPLACES |= {"stase", "bedah", "anestesi", "anak", "obgyn", "obsgyn", "interna", "penyakit", "saraf", "neuro"}
WORKPLACES |= {"kulit", "mata", "tht", "jiwa", "forensik", "ortopedi", "kebidanan", "prakerin", "pkl"}
# ... and the place a profession serves as a whole ("dokter pesantren,", "perawat puskesmas wati,").
# "gizi", "farmasi", "puskesmas", "pustu", "sekolah" are NO_NAME too, for either list reads them in
# its own place: NO_NAME where they are called or thanked alone, WORKPLACES past a job only
WORKPLACES |= {"pesantren", "puskesmas", "pustu", "klinik", "sekolah"}
UNIT_WORDS = 3
# Balinese "I" and "Ni" open a name ("I Wayan Sudarsana", "ni ketut sriasih": balinese): no letter of a
# unit ("perawat i wayan, silakan" names no "Wayan": _past_the_unit)
BALINESE_OPENINGS = frozenset({"i", "ni"})
# Words a place's name follows ("bidan desa sukamaju, ada laporan", "kader rw tiga"): the word after
# one is the place's, no one's name
PLACE_BEFORE = frozenset({"dusun", "kampung", "desa", "kelurahan", "kecamatan", "kabupaten", "kota", "pulau"})
PLACE_BEFORE |= {"rt", "rw", "blok", "gang", "komplek", "perumahan", "lingkungan", "pasar"}
# Loan nouns of the dictionary ending so, and this long at least ("rehabilitasi", "imunisasi"; not
# "nasi", "kasi"): in lower case right after a job, what it serves, no name (sentence_names._an_abstract_loan)
ABSTRACT_LOAN_ENDING = "asi"
ABSTRACT_LOAN_LETTERS = 7
# ... and professions one is called by before the name, no title before it ("perawat dewi, ...",
# "apoteker lusi, ...", "dokter rina,"): _called_by_a_job
PROFESSIONS = frozenset({"dokter", "perawat", "apoteker", "bidan", "pustakawan", "paramedis", "notaris", "ners"})
# Words of handling something, after "yang" and a name: its bearer is in charge (_in_charge)
HANDLING = frozenset({"ngurus", "urus", "mengurus", "pegang", "megang", "memegang", "handle", "tangani", "menangani"})
HANDLING |= {"koordinir", "mengkoordinir", "koordinasi", "mengoordinasi", "bertanggung", "ngatur", "mengatur", "atur"}
# Words after a name called that ask it for now: first, for a moment, while at it ("kak nadia dulu",
# "mas yoga sebentar ya, soal lampu jalan", "bu ani sekalian, soal jadwal jaga"); none is a name
CALLED_FOR_NOW = frozenset({"dulu", "duluan", "sebentar", "bentar", "sekalian"})
# Two short syllables, the second open, as "Oki", "Edi", "Nego" are said: the shape of a nickname
NAME_SHAPED = re.compile(r"[^aiueo]?[aiueo][^aiueo][aiueo]")
# Words no name is ("Mas operator", "Bapak Ibu sekalian", "Mbak moderator").
NO_NAME = (
    ROLE_WORDS
    | HOST_WORDS
    | OFFICER_WORDS
    | TITLES
    # "Pak Konjen", "Pak Dubes", "Ibu Kadis"; not a short form said as a given name is ("bang oki,
    # soal bensin": OKI the organisation is no one a title calls), nor a village's ("mbak kia")
    | {short for short in SHORT_FORMS["id"].keys() - VILLAGE_SHORT_FORMS.keys() if not NAME_SHAPED.fullmatch(short)}
    | {"teknis", "tim", "rekan", "teman", "kawan", "semua", "duta", "besar", "konsul"}
    | CALLED_FOR_NOW
    | {"zoom", "youtube", "google", "meet", "webex", "whatsapp", "instagram", "tiktok", "facebook", "link", "chat"}
    # the marketplaces and ride-hailing apps a class or a drivers' meeting calls on by name as a group
    # ("Sekarang, Shopee.", "lanjut, gojek.")
    | {"shopee", "tokopedia", "lazada", "bukalapak", "blibli", "gojek", "grab", "indrive", "gopay", "ovo"}
    # a region's offices and forces, called on by their short forms as a name is ("Terima kasih,
    # Bappeda.", "danramil, silakan"), and the village's health programmes so called ("Sekarang,
    # Posbindu."): no one's name
    | {"bappeda", "bapenda", "bpkad", "bkpsdm", "dinkes", "disdik", "dispora", "dishub", "disnaker", "dinsos"}
    | {"disdukcapil", "dukcapil", "diskominfo", "kominfo", "dispar", "distan", "disperindag", "kesbangpol"}
    | {"satpol", "damkar", "inspektorat", "samsat", "bulog", "kemenag", "puskesmas", "pustu", "polindes"}
    | {"danramil", "dandim", "danrem", "koramil", "kodim", "polsek", "polres", "kapolres", "kanit", "kasat"}
    # ... and the soldier and policeman each village has, and their posts ("bhabinkamtibmas, silakan")
    | {"babinsa", "bhabinkamtibmas", "bhabin", "danposramil", "posramil", "kapolsek", "kapospol"}
    | {"nakes"}  # the health workers together ("sekarang bersama nakes, perawat dan bidan")
    | {"posbindu", "prolanis", "germas", "stunting", "poskesdes", "posyandu", "pkh", "bpnt", "jumantik"}
    # a puskesmas's programmes and a regency's library thanked by name as a person is ("Terima kasih,
    # Promkes.", "Terima kasih, Gizi.", "Terima kasih, Perpusda.")
    | {"promkes", "gizi", "farmasi", "perpusda"}
    # a Lio clan's customary head, called alone ("silakan, mosalaki"): no title, for the words after
    # it are its own ranks, no name ("mosalaki pu'u", "mosalaki ria bewa")
    | {"mosalaki"}
    # the faiths' holidays a committee prepares ("Terakhir, Idulfitri.", "Sekarang, Imlek.")
    | {"lebaran", "idulfitri", "iduladha", "nyepi", "waisak", "imlek", "galungan"}
    | {"sd", "smp", "sma", "smk", "mts", "kampus", "sekolah"}  # "Terima kasih adik-adik SMA 8"
    | {
        "menteri",
        "wakil",
        "sekretaris",
        "staf",
        "asisten",
        "kadis",
        "kades",
        "kasun",  # village and hamlet offices: "Pak Kasun Curah Kobokan", Aceh's "Pak Keuchik"
        "kadus",
        "sekdes",
        "keuchik",
        "geuchik",
        # Javanese village offices ("pak carik tolong dicatat", "pak bayan", "pak modin")
        "carik",
        "bayan",
        "kebayan",
        "kamituwo",
        "jogoboyo",
        "modin",
        "kaur",
        "sekcam",
        "camat",
        "lurah",
        "bupati",
        "gubernur",
        "wali",
        "rt",  # "Pak RT silakan jelaskan": the neighbourhood's head by office
        "rw",
        "karang",  # the village's youth organisation ("mas karang taruna, bisa bantu ganti")
        "taruna",
    }
    # the staff one calls by the job, title and all ("Pak satpam tolong dicek", "Mas cleaning service",
    # "pak linmas", "mas kernet")
    | JOBS
    | PLACED_JOBS
    | {"cleaning"}
    # the trades one is called by, title and all, in place of a name ("abang ojek yang di pangkalan",
    # "kang parkir di depan", "mas bakso", "mang sayur")
    | {"ojek", "ojol", "becak", "bajaj", "angkot", "parkir", "sayur", "bakso", "sate", "siomay", "batagor"}
    | {"cilok", "martabak", "gorengan", "jamu", "galon", "gas", "sampah", "koran", "cukur", "pijat", "tambal"}
    # kin and the clergy one calls by that word alone, which no list of titles held ("silakan, eyang",
    # "ustadzah, silakan", "monggo pakde" had named the next voice "Eyang", "Ustadzah", "Pakde")
    | {"eyang", "uti", "kakung", "mbah", "pakde", "bude", "budhe", "paklik", "bulik", "kakak", "adik"}
    | {"teteh", "akang", "mbok", "opa", "oma", "encik", "ustadzah", "ustazah", "pendeta", "bruder"}
    # the parties and officers of a court or mediation ("saudara penggugat dan kuasanya silakan")
    | {"penggugat", "tergugat", "pemohon", "termohon", "terdakwa", "pelapor", "terlapor", "saksi", "kuasa"}
    | {"pengadu", "teradu"}  # an ethics council's
    | {"panitera", "jaksa", "mediator", "advokat", "pengacara"}  # not "hakim": Lukman Hakim
    | {
        "haji",
        "hajjah",
        "hajah",
        "dok",
        "suster",
        "bunda",
        "kaka",
        "ki",
        "nyi",
        "opung",
        "uda",
        "uni",
        "abang",
        "om",
        "tante",
        "buya",
    }
    | RELATED  # "saya mamanya bilqis"
    # what one does in a committee, after "saya" ("saya pegang konsumsi bu", "saya urus penyembelihan"):
    # the section after it (UNITS) had made "Pegang" a name
    | HANDLING
    # "saya Dayak dari Katingan", "saya orang Batak": where one is from, not who
    # thanks and greetings that open a sentence ("Suksma, dari tim IT, ...")
    | {"suksma", "mauliate", "danke", "makasih", "matur", "nuwun", "hatur", "nuhun", "horas", "assalamualaikum"}
    | {"maturnuwun", "haturnuhun", "suwun"}
    # the banter a title is said with to someone whose name goes unsaid ("makasih mas ganteng", "mbak cantik")
    | {"ganteng", "cantik", "cakep", "bro", "sis", "bos", "boss", "gan", "sob", "bestie"}
    | {"jawa", "sunda", "batak", "dayak", "bugis", "minang", "betawi", "papua", "bali", "madura", "ambon", "aceh"}
    | {"flores", "toraja", "melayu", "banjar", "sasak", "nias", "timor", "manado", "makassar", "indonesia"}
)
FILLERS = frozenset({"eh", "ehh", "ee", "eee", "eeee", "em", "emm", "ehm", "hm", "hmm", "mm", "mmm", "anu"})
FILLERS |= {"sebenarnya", "yaitu", "yakni", "juga"}  # "saya, eee, Muhammad Ikhsan"
# Words between "saya" and the name ("saya, eh,", "saya Mas Bima", "saya Dr. Hj. Nurul Aini, M.Ag.",
# "saya dengan Ibu Hajjah Siti")
BEFORE_A_NAME = FILLERS | ADDRESSING | TITLES | WRITTEN_TITLES
# Words a presented name never opens with: an institution's head, a title, no name ("dengan Pak Budi
# dari Kemlu kami sudah berkoordinasi", "dengan Universitas Diponegoro dari tahun lalu")
NOT_PRESENTED = ORG_HEADS | ADDRESSING | NO_NAME
# The last word of thanks before a name said alone ("Terima kasih, Nadia", "Thank you, Daniel").
THANKING = frozenset(form.split()[-1] for form in THANKS_FORMS)
TALKING_OVER_WORDS = 5  # a configured speaker's words over a hand-over, the floor going past her
HANDING_SENTENCES = 2  # a hand-over is in the last sentences of the turn that gives the floor
CALLING_WORDS = 6  # the most words of a sentence that ends a turn calling a name with no word giving the floor
# ... where the title opens the sentence or a clause, or follows one of these or a number ("nomor
# dua puluh tujuh ibu sumiati", "dari bpd ada bu siti khotijah"; not "baca pidato Bung Karno")
CALLING_AFTER = NEXT_WORDS | {"lanjut", "terakhir", "ada", "nomor", "no"}
# What a name called is asked about, said right after it with no mark ("koordinator wilayah ... ibu
# marlina soal tanam"): as a mark, it ends the call (_vocative)
ABOUT = frozenset({"soal", "tentang", "terkait", "mengenai", "perihal"})
# ... unless the words from it to the sentence's end say what the person did or holds ("oke. pak budi
# soal anggaran sudah setuju" only mentions him): these aspects, negations and words of saying, or a
# verb (_says_what_is_done)
SAYING_WHAT_IS_DONE = frozenset({"sudah", "udah", "telah", "akan", "sedang", "pernah", "sempat", "belum", "masih"})
SAYING_WHAT_IS_DONE |= {"tidak", "nggak", "gak", "enggak", "ndak", "bilang", "katanya"}
# Words before a name called alone that only go on to the next thing ("nah sekarang mas gilang ya",
# "terus bang udin ya, soal solar", "oke. apoteker lusi, ..."): clause_opening
GOING_ON = NEXT_WORDS | {"terus", "trus", "baik", "oke", "ok", "ya", "sip", "nah"}
# ... and "after this" or "after that" said as they are ("abis itu mas ridwan ya, soal kultum", "setelah
# ini bang roy ya, ..."): the next thing, where "setelah" before the title puts a turn later (NOT_YET)
BRINGING_ON = GOING_ON | {"kita", "kini", "terakhir"}  # before "bersama" and the one next (_brought_on)
# ... and after the name, a word that says who the one brought on is or what she speaks of ("bersama
# nadia dari ...", "bersama Anisa, bendahara ...", "bersama lala, soal ..."): without it "bersama"
# brings on groups and is done together ("sekarang bersama gapoktan", "kita bersama mengawal, ya")
SAYING_WHO = AFTER_A_NAME | JOBS | ABOUT
AFTER_THIS = re.compile(r"\b(setelah|sesudah|habis|abis|sehabis|usai|selepas) (ini|itu)\b")
LATER_INTRODUCTION_UTTERANCES = 4  # an introduction is read this far into a turn, past greetings and a sound check
# A report or a talk someone gives, "dari" her ("laporan kas dulu dari bu yanti"): report_from
REPORTS = TALK_MATERIAL | {"laporan", "laporannya", "pemaparan", "penjelasan", "presentasi", "sambutan", "evaluasi"}
# The roots of the passive verbs a talk or report to come is given with ("disampaikan", "dipaparkan",
# "dijelaskan", "dibacakan", "diterangkan", "dibawakan", "dilaporkan", "diuraikan"): presented_by
PRESENTING_ROOTS = frozenset({"sampai", "papar", "jelas", "baca", "terang", "bawa", "lapor", "urai", "presentasi"})
REPORT_REACH = 5  # words from the report to its "dari" ("paparan rencana jalan usaha tani dari pak wahyu")
REPORTED_SENTENCES = 3  # sentences before a bare "silakan." that may say whose report it is (_reported_before)
HEARD_OR_DONE = frozenset({"tadi", "barusan", "sudah", "telah"})  # a report already given
# Guests announced together, as come or present ("hari ini kita kedatangan pak adi, bu sinta dan
# mas fajar"; _guests), at most ANNOUNCED_GAP words apart ("pak adi dari temanggung, bu sinta ..."),
# and a turn that says they speak in that order, in the word's forms ("urutannya ...", "berurutan")
ARRIVING = frozenset({"kedatangan", "hadir", "menghadirkan", "kehadiran", "bersama", "ada", "bergabung", "tamu"})
ANNOUNCED_GAP = 4
ANNOUNCED_ORDER = re.compile(r"\b(urut|urutan|urutannya|berurutan)\b")
# A title as it is also said ("bapak" for "pak"), so a title alone finds the guest announced with it
SAME_TITLE = {"bapak": "pak", "pa": "pak", "ibu": "bu", "mba": "mbak", "kakak": "kak", "abang": "bang", "adik": "dik"}
# The particles a name is picked with, before "yang" and what is to be done ("mas bima deh yang
# lapor", "pak yusuf aja ya yang koordinir") or after "dulu" ("kak nadia dulu deh"): _picked
PICKING = frozenset({"aja", "saja", "deh", "dong", "ya", "yah", "yuk", "nih"})
# ... of which a pick before "yang" needs one: "pak budi ya yang kemarin datang", "ini pak budi nih
# yang punya rumah" say who he is, not that he does what follows
PICKED_WITH = frozenset({"aja", "saja", "deh", "dong", "yuk"})
# A sentence of these words alone, titles and all ("Silakan.", "Baik, silakan, Mas.") gives the floor to
# the name that ended the sentence before ("Baik, Mas Yogi. Silakan."); "Berikutnya, silakan" gives it
# to someone else.
BARE_GIVING = GIVING | ADDRESSING | {"ya", "baik", "oke", "ok", "monggo", "mangga", "langsung", "saja", "aja"}
COMMON_ENGLISH_ZIPF = 4.0  # an English word this common is a word said in Indonesian ("share"), not a name
BARE_NAME_ZIPF = 4.0  # ... and one said alone, no title before it, in lower-case ASR ("tika, silakan"; heard_alone)
BARE_NAME_LETTERS = 4  # ... of these letters at least: ASR writes a unit's short form in small letters ("icu")
NAME_ZIPF = 4.8  # a word under this on wordfreq's Zipf scale may be a name heard in lower case ("dewi" 4.7)
# ... and one set off after "saya" in a round of introductions, before who she is, as common as a
# word may be ("saya bagus coach, gelandang" 5.7, "saya cinta kak, kelas sepuluh" 5.7, "saya indah kak,
# kelas enam" 5.5), not an adverb's commonness ("saya baru coach, belum pernah main" 6.2)
INTRODUCED_ZIPF = 6.0
# ... and one after a title set off, a short name of this many letters at most ("pakde no,"), a
# dictionary word of them rarer than WORD_ZIPF ("pakde man," 5.1; not "pak tau," 5.4): _name_rarity
SHORT_NAME_LETTERS = 3
PERSONAL_ARTICLES = frozenset({"si", "sang"})  # "pak si, anu, soal kas"
# ... not a word that reads as a state or a verb ("saya senang kak, kelas tujuh", "saya hadir kak, dari
# kelas tujuh"): one whose meN-...-kan verb, what makes one so, is this common ("menyenangkan" 5.3,
# "menakutkan" 4.4, "membingungkan" 4.0, "melupakan" 4.8, "memalukan" 4.2, "menghadirkan" 4.2; the
# names' "mengindahkan" 3.4, "melestarikan" 3.9, "membaguskan" and "mencintakan" none), a prefixed or
# bare verb, or a word said to agree, understand or be there (REPLIED_STATES): that one is a name as rare as
# NAME_ZIPF only, as anywhere ("saya untung pak, jualan sayur": "untung" 4.6)
STATE_MAKING_ZIPF = 3.5
REPLIED_STATES = frozenset({"setuju", "sepakat", "paham", "ngerti", "mengerti", "hadir"})
# ... and how one is today, said after "saya" when asked to speak ("saya gugup kak, boleh nanti aja",
# "saya capek pak, baru pulang", "saya serak kak"): no meN-...-kan verb tells these from names as
# rare ("gugup" 4.1, "grogi" 3.4, "serak" 3.4 beside "sekar" 3.8, "embun" 3.7), nor does a round
# of introductions' "sebut nama" before them, so they are listed: the body's and the mood's everyday
# states, none a name (not "sabar", "tegar", "untung", "indah", "damai", "ceria", names too)
EVERYDAY_STATES = frozenset({"capek", "cape", "capai", "lelah", "letih", "penat", "pegal", "pegel", "ngantuk"})
EVERYDAY_STATES |= {"mengantuk", "lapar", "haus", "kenyang", "pusing", "mual", "serak", "pilek", "batuk", "demam"}
EVERYDAY_STATES |= {"meriang", "sakit", "gugup", "grogi", "nervous", "tegang", "panik", "takut", "malu", "minder"}
EVERYDAY_STATES |= {"bingung", "ragu", "kesal", "marah", "sedih", "bosan", "malas", "males", "kangen", "galau"}
EVERYDAY_STATES |= {"baper", "telat", "sibuk", "puasa", "deg", "sehat"}
NAME_START_LETTERS = 3  # the start of a name it is called by ("Bu Novi" for Novita, "Pak Yos" for Yosef)
NAME_WORDS = 4  # the most words a name is taken with, its particles besides ("Muhammad Faiz bin Ahmad Zaki")
# a post before the title it calls ("ketua lingkungan santo petrus pak yosef"; offices run longer:
# "kepala seksi pemerintahan dan ketertiban umum bapak anwar", five words between, had been too many at 4)
POST_WORDS = 7
ROLE_WORDS_BETWEEN = 2  # a role or office between two titles before a name ("pak ketua komite pak harjono")
# An asker named only in the answer ("Terima kasih Pak Yohanes dari Sumba Timur tadi, pertanyaannya
# bagus sekali"): thanks for a question, in the answer's first ANSWER_SENTENCES sentences, after at
# most ANSWER_BETWEEN turns of configured voices since the question (the moderator reading it again)
QUESTION_WORDS = re.compile(r"\b(pertanyaan\w*|tanya\w*|bertanya|question\w*)\b")
ANSWER_SENTENCES = 4
ANSWER_BETWEEN = 2
ANSWER_ROUND = 8  # turns back to the answering voice's last, where no other unlisted voice may have asked
# An operator named only where the moderator asks something of them ("Mas Dimas, tolong slide-nya
# dibuka." "Baik, sudah, Pak."): a title and name called in one of the last REQUEST_SENTENCES
# sentences of a configured voice's turn, and the next voice's whole turn a reply of REPLY_WORDS
# words at most that opens with one of REPLYING
REQUEST_SENTENCES = 4
REPLY_WORDS = 8
# Words a brief reply opens with (Papuan "su" for "sudah", Sundanese "mangga" and "muhun" among them)
REPLYING = frozenset(
    {
        "baik",
        "sudah",
        "siap",
        "oke",
        "ok",
        "okay",
        "iya",
        "ya",
        "sebentar",
        "nggih",
        "injih",
        "sip",
        "su",
        "mangga",
        "muhun",
    }
)
CALL_GREETINGS = frozenset({"halo", "hallo", "hello", "helo"})  # a call picked up (_picks_up_a_call)
# A turn that asks who the next voice is ("halo dengan siapa di mana", "sebutkan nama dulu"), the name
# asked first ("namanya siapa?", "nama lengkapnya siapa") or how it is written ("namanya gimana nulisnya");
# a caller asked with a title where "dengan" opens its clause, after a mark or a greeting ("halo,
# dengan kak siapa?"; not "kemarin ketemu dengan pak siapa?", "ngobrol dengan dinas siapa?", which ask
# whom someone met: _ends_asking reads each clause too)
CLAUSE_MARKS = re.compile(r"[,;:\u2013\u2014]")  # where a clause opens inside a sentence
WHO_ASKED = re.compile(
    r"\b(dengan siapa|siapa (ini|nih|namanya|nama\w*)|sebut\w* nama\w*|perkenalkan diri|identitas\w*"
    r"|nama\w*( \w+)? (siapa|gimana|bagaimana))\b"
    rf"|(^|\b({'|'.join(sorted(CALL_GREETINGS))}) )dengan ({'|'.join(sorted(CALLING_TITLES))}) siapa\b"
)
# A turn that asks the voices to introduce themselves ("sebelum ditimbang kita kenalan dulu ya"), in
# the colloquial forms too ("kenalin diri dulu", "kenalin dong") or by asking each to say a name
# ("sebut nama sama posisi ya", "sebutin nama sama alamat")
INTRODUCTIONS_ASKED = re.compile(
    r"\b(kenalan|berkenalan|perkenalan|perkenalkan|memperkenalkan|kenalin|kenalkan|ngenalin|sebut\w* nama)\b"
)
ROUND_HAND_ON_WORDS = 10  # the most words of a turn that hands a round of introductions on ("oke. sebelahnya")
# Words right before a title that say its bearer is dead or that someone of their family is meant
# ("keluarga almarhum pak daud", "istri pak harun, silakan"): no hand-over or thanks to them (_addressed)
OF_THE_DEAD_OR_KIN = frozenset({"almarhum", "almarhumah", "alm", "almh", "mendiang", "keluarga", "istri", "suami"})
OF_THE_DEAD_OR_KIN |= {"anak", "cucu"}
DENYING = frozenset({"bukan", "salah"})  # "no" to a name guessed ("oh, bu yati ya?" "bukan pak, ..."): _denies
# What "saya" does or how it is said where a name could stand set off after it ("salah pak, saya ralat,",
# "bukan mas, saya usul,", "dari rt lima, saya nanya,", "saya mah, ikut aja"): no name (given_after_me)
SAID_AFTER_ME = frozenset({"ralat", "koreksi", "ulang", "ulangi", "usul", "usulkan", "nanya", "tanya", "revisi"})
SAID_AFTER_ME |= {"tambah", "tambahin", "nambahin", "catat", "hitung", "simpulkan", "nunggu", "nyimak", "cek"}
SAID_AFTER_ME |= {"doang", "mah", "sih", "kan", "aja", "saja", "pribadi", "sendiri"}
# Words after "dari" that say since when, in what respect or on what grounds, not where one is from
# ("dari kemarin, saya nunggu", "dari segi biaya, saya usul", "dari hasil rapat, saya catat"): _from_before
NOT_WHERE_FROM = frozenset({"tadi", "kemarin", "awal", "dulu", "segi", "hasil", "data", "situ", "sini", "pihak"})
NOT_WHERE_FROM |= {"sisi", "sudut", "pengalaman", "catatan", "laporan", "rapat", "pagi", "siang", "sore", "malam"}
NOT_WHERE_FROM |= {"semalam", "minggu", "bulan", "tahun", "sejak", "mana", "apa", "itu", "ini", "awalnya"}
# Whom or what one fetches, said after "panggil aja" ("panggil aja damkar,", "oke, panggil aja bareng,"):
# no nickname (_nickname_given)
FETCHED = frozenset({"damkar", "ambulans", "ambulan", "satpam", "polisi", "teknisi", "dokter", "perawat", "bidan"})
FETCHED |= {"montir", "tukang", "ojek", "gojek", "grab", "hansip", "linmas", "sekuriti", "security", "bareng"}
# What closes or opens a session or a prayer, or calls the room, said alone at a turn's end ("Kita mulai,
# Bismillah.", "Sekian, Wassalamu'alaikum.", "Kita istirahat dulu, Ishoma.", "Oke, Gaes."): _called_alone
CLOSING_WORDS = frozenset({"bismillah", "hamdalah", "alhamdulillah", "wassalam", "wassalamualaikum", "aamiin"})
CLOSING_WORDS |= {"amin", "wabillahi", "insyaallah", "ishoma", "gaes", "guys", "gais", "gan", "bestie", "cuy"}
# Holidays and an app that are given names too ("nama saya Maulid Hidayat", "Bu Paskah", "natal
# sinaga", "Maxim"): no name only called alone ("Terakhir, Natal.", "sekarang, maxim."): _called_alone
HOLIDAYS_ALSO_NAMES = frozenset({"maulid", "natal", "paskah", "maxim"})
# A given name spaCy lists as a stop word: a name still after a title, a job or thanks ("mbak rias
# dini, ...", "Terima kasih, Dini."), as name_like reads it, but not in its set phrases, the word
# before it or after it one of these, no mark between ("kader deteksi dini", "peringatan dini",
# "sejak dini", "usia dini", "pak dini hari"): sentence_words
STOP_WORDS_ALSO_NAMES = {
    "dini": (frozenset({"deteksi", "peringatan", "sejak", "usia", "kewaspadaan"}), frozenset({"hari"})),
}
# Words that say which item of an agenda, a programme or a campaign the word after them is, opening
# the sentence ("Poin kedua, Sinergi.", "Program kedua, Bank Sampah.", "Temanya, Gotong Royong."):
# _called_alone. Not "sesi" or "materi", whose turn a person takes ("Sesi pertama, Wulan.")
AGENDA_ITEMS = frozenset({"poin", "butir", "tema", "topik", "program", "jargon", "slogan", "motto"})
AGENDA_ITEMS |= {"semboyan", "tagline", "judul", "gerakan"}
ITEM_PLACES = frozenset({"pertama", "berikutnya", "selanjutnya", "terakhir", "utama", "kita"})
ECHOING = frozenset({"oh", "o", "oo", "ooh", "ohh"})  # a name said back when heard ("siapa tadi? oh, yanti": _echoed)
# Words that say who one is, set off after a name in a round of introductions as where one is from is
# ("saya teguh kak, kuliah di atma", "saya ayu bu, tinggal di blok c"): _set_off_before_where_from
SELF_TOLD = frozenset({"kuliah", "tinggal", "kerja", "bekerja", "rumah", "rumahnya", "asal", "alamat", "domisili"})
SELF_TOLD |= {"angkatan", "jurusan", "semester", "kelas", "prodi", "fakultas", "tingkat", "maba"}
SELF_TOLD |= {"sopran", "alto", "tenor", "bas", "bass", "bariton", "mezzo"}  # a choir's voice parts
SELF_TOLD |= {"jualan", "dagang", "berdagang", "usaha", "mangkal", "narik", "ngojek"}  # a trade, a stand
SELF_TOLD |= {"dusun", "kampung", "desa", "rt", "rw", "blok", "gang", "komplek", "perumahan", "lingkungan"}
SELF_TOLD |= {"stasi", "paroki", "warga", "sanggar", "klub", "ukm", "komunitas", "ekskul"}  # a parish, a club
# The words a greeting opens with ("halo", "selamat pagi", Sundanese "punten"), and a church's
# "syalom", which closes a turn after thanks too ("Terima kasih, Syalom.": _thanked) and is a given
# name as well ("saya Syalom Manurung", "Terima kasih, Bu Syalom."): no NO_NAME word
GREETINGS = GREETING_TIMES | {"halo", "hai", "selamat", "hello", "hi", "punten", "assalamualaikum", "salam"}
GREETINGS |= {"shalom", "syalom"}
# Words before the name that answers it: greetings, replies, laughter, titles ("halo mas, ning mas")
BEFORE_AN_ANSWER = REPLYING | FILLERS | ADDRESSING | PRESENTING | THANKING | GREETINGS | {"hehe", "haha"}
# The words a roll call asks and is answered with ("atas nama Melati apakah hadir" "hadir pak")
ATTENDING = frozenset({"hadir", "ada", "present", "here"})
# A recorded message played in the talk, by its sender ("voice note dari nadia", "vn dari ayah dimas")
VOICE_NOTES = frozenset({("voice", "note"), ("pesan", "suara"), ("rekaman", "suara")})
VOICE_NOTE_WORDS = 3  # between the voice note and its "dari" ("voice note terakhir dari mas fikri")
MICROPHONE = frozenset({"mic", "mik", "mikrofon", "mikrofonnya", "microphone"})  # "mic-nya ke Bu Sari ya"
# Words that agree with or confirm what the voice before said ("betul mbah karto", "setuju pak darsono")
ASSENTING = REPLYING | {"betul", "benar", "setuju", "bagus", "mantap", "tepat"}
# Words a request to someone is asked with, before the name ("mohon bantuan Mas Dimas", "minta tolong Mas Dimas")
ASKING_OF = frozenset({"bantuan", "tolong", "minta", "mohon"})
# Words that put a name in writing, someone who may never speak ("pertanyaan dari Pak Yohanes di chat")
WRITTEN_IN = frozenset(
    {"chat", "kolom", "komentar", "komen", "tertulis", "ditulis", "menulis", "ketik", "mengetik", "youtube"}
    | {"whatsapp", "wa", "dm", "titip", "titipan", "dititipkan", "email", "surel", "formulir", "form", "slido"}
)


# Words that make a sentence a question or a turn to someone where ASR wrote no question mark:
# question words and "you" ("bang jenggot lu kan yang kemarin ikut")
UNMARKED_QUESTION = frozenset({"gimana", "bagaimana", "berapa", "apa", "apakah", "kapan", "mana", "kenapa", "mengapa"})
UNMARKED_QUESTION |= {"belum", "lu", "lo", "kamu", "anda", "sampeyan"}
SPOKEN_OF = frozenset({"itu", "ini", "tadi", "kemarin", "katanya", "bilang"})  # after a name: said of them
# Words right before a title that put its bearer on another day, someone spoken of, not called now
# ("terima kasih, kemarin pak lukas dari dinas juga bilang begitu", "minggu lalu mbak rani ..."):
# _on_another_day; "lalu" only after a span of time ("lalu mas dimas" hands over), and "tadi" only
# before a time of day ("tadi pagi pak burhan ..."; "tadi pak budi" is as often the voice just heard)
DAYS_BEFORE = frozenset({"kemarin", "kemaren", "semalam"})
SPANS_OF_TIME = frozenset({"hari", "minggu", "pekan", "bulan", "tahun"})
ME = frozenset({"saya", "aku", "gue", "gua"})  # "I": "ini aku yanti"; not "kami", a group ("ini kami dari ...")
MY = ME | {"kami"}  # after a noun, "my" or "our": "pelatih saya", "orang tua kami"
# "Mas Rizal, dan Bapak ...", Manado "deng Pak Lurah", and "sama" between two people ("coach heri, coach
# melati sama mbak rosa"), where it is "and" as often as "with": a person either way
JOINING = frozenset({"dan", "serta", "deng", "and", "sama"})
ALSO_TO = frozenset({"juga", "kepada", "untuk", "buat", "also"})  # between the two: "dan juga kepada Bapak"
# thanks "also" (_also_thanked), and as Sundanese ("oge") and Javanese ("ugi") say it
ALSO = frozenset({"juga", "pula", "oge", "ugi", "also"})


# Kinds of naming that a name another voice introduced itself as or was handed the floor as
# overrules: thanks, thanks or a call in an answer, and a request by name
AT_SECOND_HAND = frozenset({"thanks", "answer", "asked"})
