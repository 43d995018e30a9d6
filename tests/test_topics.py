"""The topics stage's reading of a talk: what is shown as a topic, in which spelling, how often.

Fast: hand-made talks and the bundled days' true text, no ASR model.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.config import DayConfig, GlossaryTerm, load_config
from pipeline.diarize import Diarization, SpeakerStats, SpeakerWord, Utterance
from pipeline.evaluate import truth_diarization
from pipeline.text.clauses import clauses, in_the_days_language
from pipeline.text.language import FILLERS, normalize, phrase_stop_words, sound_alikes, stop_words
from pipeline.text.matching import Occurrence, fuzzy_mentions, person_mentions
from pipeline.text.numbers import quantities
from pipeline.text.phrase_readings import Vocabulary, _graded, _voicing_swapped, amid_garbles
from pipeline.text.report import read_report
from pipeline.text.short_forms import (
    MEANING_FIELDS,
    SHORT_FORMS,
    SHORT_FORMS_OF_TWO_MEANINGS,
    VILLAGE_SHORT_FORMS,
    day_short_forms,
    long_forms_unsaid,
    of_its_field,
    said_in_part,
)
from pipeline.topics import (
    MAX_OCCURRENCES,
    _in_long_form,
    _merged,
    _pieces_as_runs,
    _runs_said_only_whole,
    _Topic,
    extract_topics,
    least_probability,
    select_phrases,
    speaker_phrases,
)
from pipeline.truth import load_truth

REPO = Path(__file__).resolve().parents[1]
DEMO = load_config(REPO / "configs" / "demo.yaml")
REPORT = (
    "Tema acara ini sangat menarik. Isi materi bukan hanya teori. Kita harus memahami tingkatan "
    "implementasi diplomasi digital. Diplomasi itu akan lebih baik dengan teknologi, sekarang juga."
)


@pytest.fixture(scope="module")
def vocabulary():
    return Vocabulary.of_day(DEMO, REPORT)


def _talk(*texts: str, voices: list[int] | None = None) -> Diarization:
    """Utterances of two speakers taking turns (or each of its voice), five seconds each, made of
    their words."""
    labels = ["SPEAKER_00", "SPEAKER_01"]
    words, utterances = [], []
    for i, text in enumerate(texts):
        voice = labels[voices[i] if voices else i % 2]
        said = [f" {word}" for word in text.split()]
        words += [
            SpeakerWord.model_construct(segment=i, start=5.0 * i, end=5.0 * i + 5, word=word, speaker=voice)
            for word in said
        ]
        utterances.append(
            Utterance.model_construct(
                index=i,
                segment=i,
                speaker=voice,
                start=5.0 * i,
                end=5.0 * i + 5,
                text=text,
                word_start=len(words) - len(said),
                word_end=len(words),
            )
        )
    speakers = [
        SpeakerStats.model_construct(label=label, name=label, talk_seconds=1.0, words=1, first_seen=0.0)
        for label in labels
    ]
    return Diarization.model_construct(utterances=utterances, speakers=speakers, words=words)


def _talk_calls(talk: Diarization):
    """What the day's vocabulary, without a report, reads of the talk's own calls (stop words
    heard, misplaced words, compounds), each utterance's clauses read as the stage reads them."""
    vocabulary = Vocabulary.of_day(DEMO, None)
    normalized = [clauses(u.text, vocabulary) for u in talk.utterances]
    return vocabulary.talk_calls(normalized, normalized)


def _all_phrases(topics: dict) -> list[str]:
    return [p.phrase for p in topics["overall"]] + [p.phrase for s in topics["per_speaker"] for p in s.phrases]


@pytest.mark.parametrize(
    "heard, shown",
    [
        # real words are what was said, not a close word of the report
        ("teman", "teman"),
        ("semangat", "semangat"),
        ("sisi", "sisi"),
        ("buka", "buka"),
        ("arus", "arus"),
        ("tingkat", "tingkat"),
        ("arus informasi", "arus informasi"),
        # only the unknown words are read as the day's
        ("diplomasi dikital", "diplomasi digital"),
        ("tingkat dikital", "tingkat digital"),
        # garbled function words read as stop words are no topics, nor is a phrase ending in one
        ("litu", None),
        ("dengyan", None),
        ("lakan", None),
        ("diplomasi litu", None),
        ("sekaran", None),  # a rare word of its own, but mostly "sekarang" garbled
    ],
)
def test_only_unknown_words_are_read_as_the_days(vocabulary, heard, shown):
    assert vocabulary.readable(heard) == shown


@pytest.mark.parametrize(
    "heard, joined",
    [
        ("diplomasi di gital", "diplomasi digital"),  # the closer of two overlapping joins
        ("ya di gital", "ya digital"),
        ("strategi di gitar", "strategi digitar"),  # both pieces words, but together the day's word
        ("diplomasi ya", "diplomasi ya"),  # a whole word and a particle
        ("digital ya", "digital ya"),
        ("diplomasi itu", "diplomasi itu"),
        ("ada 2", "ada 2"),
    ],
)
def test_only_split_words_are_joined(vocabulary, heard, joined):
    assert vocabulary.rejoin(heard) == joined


def test_forms_of_a_phrase_are_counted_together_once_an_utterance(vocabulary):
    talk = _talk(
        "Strategi diplomasi dikital di masa pandemi.",
        "Tantangan diplomasi digitar bagi kementerian.",
        "Manfaat diplomasi digitel bagi warga, diplomasi dikital juga.",
        "Masa depan diplomasi dijital setelah pandemi.",
    )
    normalized = [u.text.lower() for u in talk.utterances]
    ranked = [(f"diplomasi {w}", 0.9 - i / 10) for i, w in enumerate(["dikital", "digitar", "digitel", "dijital"])]
    # each form is said once or twice: only together are they said often enough
    [phrase] = select_phrases(ranked, talk.utterances, normalized, top_n=5, min_count=3, vocabulary=vocabulary)
    assert phrase.phrase == "diplomasi digital" and phrase.count == 4
    assert [o.utterance for o in phrase.occurrences] == [0, 1, 2, 3]
    assert phrase.heard == ["diplomasi dikital", "diplomasi digitar", "diplomasi digitel", "diplomasi dijital"]


def test_a_phrase_is_listed_once_beside_a_longer_one_that_stands_for_it(vocabulary):
    talk = _talk(
        "diplomasi digital penting",
        "diplomasi digital lagi",
        "diplomasi digital dan teknologi",
        "diplomasi klasik",
        "diplomasi umum",
        "diplomasi publik",
    )
    normalized = [u.text for u in talk.utterances]
    ranked = [("digital", 0.9), ("diplomasi", 0.8), ("diplomasi digital", 0.7)]
    phrases = select_phrases(ranked, talk.utterances, normalized, top_n=5, min_count=2, vocabulary=vocabulary)
    # "digital" is only ever said in "diplomasi digital", which takes its place; "diplomasi" is
    # said twice as often as "diplomasi digital" and stays
    assert [(p.phrase, p.count, p.score) for p in phrases] == [("diplomasi digital", 3, 0.9), ("diplomasi", 6, 0.8)]


def test_a_longer_phrase_ranked_after_the_list_is_full_takes_its_pieces_place(vocabulary):
    talk = _talk(*["soft power itu penting", "soft power kita", "soft power budaya", "diplomasi budaya"] * 2)
    normalized = [u.text for u in talk.utterances]
    ranked = [("soft", 0.9), ("power", 0.85), ("diplomasi", 0.8), ("soft power", 0.5)]
    phrases = select_phrases(ranked, talk.utterances, normalized, top_n=3, min_count=2, vocabulary=vocabulary)
    assert [p.phrase for p in phrases] == ["soft power", "diplomasi"]


def test_a_subject_after_a_verb_of_handling_is_listed_once_in_its_own_form(vocabulary):
    """tuning-day-10's questioners listed "menghadapi hoaks" beside "hoaks" and "mengatasi grogi"
    beside "grogi" (judged a second form); the verb alone names no subject."""
    talk = _talk(
        "banyak hoaks di media sosial",
        "bagaimana menghadapi hoaks itu",
        "hoaks tentang indonesia",
        "cara mengatasi grogi",
        "grogi di depan kamera",
    )
    normalized = [u.text for u in talk.utterances]
    ranked = [("mengatasi grogi", 0.9), ("hoaks", 0.8), ("menghadapi hoaks", 0.7), ("grogi", 0.6)]
    ranked += [("mengatasi", 0.5), ("media sosial", 0.4)]
    phrases = select_phrases(ranked, talk.utterances, normalized, top_n=3, min_count=1, vocabulary=vocabulary)
    # "grogi" takes the place and score of its verb form ranked before it; the freed slot goes on
    assert [(p.phrase, p.score) for p in phrases] == [("grogi", 0.9), ("hoaks", 0.8), ("media sosial", 0.4)]


def test_two_pieces_of_one_subject_said_as_one_run_are_listed_once(vocabulary):
    """talks-48 (tuning): "layanan teknologi" beside "teknologi informasi", said only as "layanan
    teknologi informasi"; the piece also said alone names the subject, and takes the place of the
    one ranked before it."""
    talk = _talk(
        "layanan teknologi informasi kami jadi tulang punggung",
        "staf teknologi informasi cuma satu orang",
        "anggaran teknologi informasi naik untuk layanan teknologi informasi",
    )
    normalized = [u.text for u in talk.utterances]
    ranked = [("layanan teknologi", 0.9), ("staf", 0.8), ("teknologi informasi", 0.7)]
    phrases = select_phrases(ranked, talk.utterances, normalized, top_n=5, min_count=1, vocabulary=vocabulary)
    assert [(p.phrase, p.score) for p in phrases] == [("teknologi informasi", 0.9), ("staf", 0.8)]


def test_a_verb_before_a_subject_is_a_second_form_of_it(vocabulary):
    """A verb and the noun beside the noun and its modifier ("menurunkan angka", "angka
    kemiskinan"; talks-48's "angka stunting"), or beside another phrase holding that noun
    ("memasukkan diplomasi", "strategi diplomasi", para-1's ASR): the subject's form is kept, and
    the verb alone is no topic either."""
    talk = _talk(
        "upaya menurunkan angka kemiskinan di desa",
        "memasukkan diplomasi ke dalam strategi diplomasi kita",
    )
    normalized = [u.text for u in talk.utterances]
    ranked = [("menurunkan", 0.95), ("menurunkan angka", 0.9), ("angka kemiskinan", 0.8)]
    ranked += [("memasukkan diplomasi", 0.7), ("strategi diplomasi", 0.6)]
    phrases = select_phrases(ranked, talk.utterances, normalized, top_n=5, min_count=1, vocabulary=vocabulary)
    assert [(p.phrase, p.score) for p in phrases] == [("angka kemiskinan", 0.95), ("strategi diplomasi", 0.7)]


def test_two_subjects_sharing_a_word_both_stay(vocabulary):
    """Sharing a word in one place ("diplomasi digital", "diplomasi budaya", said together once),
    each said apart as well ("kebocoran data", "data pribadi", once "kebocoran data pribadi"), or
    overlapping on a verb (a doer and what it does it to), phrases are two subjects."""
    talk = _talk(
        "diplomasi digital dan diplomasi budaya",
        "diplomasi digital lewat media",
        "diplomasi budaya lewat gamelan",
        "kebocoran data pribadi",
        "kebocoran data paspor",
        "data pribadi dijual",
        "pandemi mempercepat diplomasi",
    )
    normalized = [u.text for u in talk.utterances]
    wanted = ["diplomasi digital", "diplomasi budaya", "kebocoran data", "data pribadi"]
    ranked = [(phrase, 0.9 - i / 10) for i, phrase in enumerate([*wanted, "pandemi mempercepat"])]
    ranked += [("mempercepat diplomasi", 0.3)]
    phrases = select_phrases(ranked, talk.utterances, normalized, top_n=8, min_count=1, vocabulary=vocabulary)
    assert [p.phrase for p in phrases] == [*wanted, "pandemi mempercepat", "mempercepat diplomasi"]


def test_two_pieces_neither_said_apart_both_stay(vocabulary):
    """Said only as one run, neither piece names the subject better ("kesehatan mental diplomat":
    talks-44 expects "kesehatan mental"), and both stay; a second form's slot is not refilled
    from below the list's cut."""
    talk = _talk("kesehatan mental diplomat terganggu", "kesehatan mental diplomat di luar negeri")
    normalized = [u.text for u in talk.utterances]
    ranked = [("mental diplomat", 0.9), ("kesehatan mental", 0.8)]
    phrases = select_phrases(ranked, talk.utterances, normalized, top_n=5, min_count=1, vocabulary=vocabulary)
    assert [p.phrase for p in phrases] == ["mental diplomat", "kesehatan mental"]
    talk = _talk("mendorong keterbukaan informasi", "keterbukaan informasi publik", "gamelan")
    normalized = [u.text for u in talk.utterances]
    ranked = [("mendorong keterbukaan", 0.9), ("keterbukaan informasi", 0.8), ("gamelan", 0.1)]
    phrases = select_phrases(ranked, talk.utterances, normalized, top_n=2, min_count=1, vocabulary=vocabulary)
    assert [p.phrase for p in phrases] == ["keterbukaan informasi"]


@pytest.mark.parametrize(
    ("word", "prefixed"),
    [
        ("menyarankan", True),
        ("berbicara", True),
        ("diukur", True),
        ("tertarik", True),
        ("belajar", True),
        ("bekerja", True),
        ("mengatasinya", True),
        # nouns of pe-, per-, ke-, and words that only open like a prefix
        ("pendidikan", False),
        ("perundingan", False),
        ("kebudayaan", False),
        ("diplomasi", False),
        ("digital", False),
        ("menteri", False),
        ("meja", False),
        ("terminal", False),
        ("beritanya", False),
        ("meteran", False),
    ],
)
def test_a_verbs_prefix_is_told_from_a_word_that_opens_like_one(word, prefixed):
    from pipeline.text.language import is_prefixed

    assert is_prefixed(word) is prefixed


def test_a_lone_verb_is_no_topic_of_the_day_but_may_be_a_voices(vocabulary):
    """tuning-day-7 listed "berunding" beside "perundingan" among the day's topics; none of 20 lone
    verbs or adjectives the tuning talks' lists showed was judged a topic of the day, while a few were
    what one voice talked about ("menertawakan")."""
    talk = _talk(
        "diplomat berunding di meja perundingan",
        "mereka berunding lama",
        "perundingan itu alot",
        "kita harus memahami perundingan",
        "memahami budaya mitra",
    )
    normalized = [u.text for u in talk.utterances]
    ranked = [("berunding", 0.9), ("perundingan", 0.8), ("memahami", 0.7), ("budaya", 0.6)]
    overall = select_phrases(
        ranked, talk.utterances, normalized, top_n=3, min_count=1, vocabulary=vocabulary, subjects_only=True
    )
    # the verb's place goes on to the next; "memahami" is the report's own word and stays
    assert [p.phrase for p in overall] == ["perundingan", "memahami", "budaya"]
    one_voice = select_phrases(ranked, talk.utterances, normalized, top_n=3, min_count=1, vocabulary=vocabulary)
    assert [p.phrase for p in one_voice] == ["berunding", "perundingan", "memahami"]


@pytest.mark.parametrize(
    ("word", "bare"),
    [
        ("cari", True),  # "mencari" written more often than "cari"
        ("ambil", True),
        ("tunggu", True),
        ("lanjutkan", True),  # a root with -kan alone
        ("ikuti", True),
        ("gambar", False),  # a noun that makes a verb: "menggambar" written far less often
        ("kritik", False),
        ("ekspor", False),
        ("pintu", False),
        ("ikan", False),  # a root that ends as -kan does
        ("ekonomi", False),
        ("pertanyaan", False),
        ("mencari", False),  # prefixed: is_prefixed's
    ],
)
def test_a_verb_said_without_its_prefix_is_told_from_a_noun(word, bare):
    from pipeline.text.language import is_bare_verb

    assert is_bare_verb(word) is bare


def test_a_bare_verb_alone_is_no_topic_of_the_day(vocabulary):
    """talks-50's tuning talk 1 listed "cari" ("saya masih bingung cari tombolnya") among the day's
    topics; "lomba masak" stays, a phrase."""
    talk = _talk("saya bingung cari tombolnya", "warga harus cari jadwal", "lomba masak di kbri", "lomba masak lagi")
    normalized = [u.text for u in talk.utterances]
    ranked = [("cari", 0.9), ("lomba masak", 0.8), ("kbri", 0.7)]
    overall = select_phrases(
        ranked, talk.utterances, normalized, top_n=3, min_count=1, vocabulary=vocabulary, subjects_only=True
    )
    assert [p.phrase for p in overall] == ["lomba masak", "kbri"]


def test_a_set_phrase_ends_a_clause_and_its_words_are_no_topic(vocabulary):
    from pipeline.text.clauses import clauses

    assert clauses("Terus terang, aplikasi ini membingungkan", vocabulary).split("\n") == ["aplikasi ini membingungkan"]
    assert clauses("ngomong-ngomong soal sertifikat keahlian", vocabulary) == "soal sertifikat keahlian"
    assert clauses("banjir rob datang dalam semalam", vocabulary) == "banjir rob datang"
    assert clauses("by the way penurunan tanah", vocabulary) == "penurunan tanah"
    assert clauses("terang bulan di dalam kamar semalam", vocabulary) == "terang bulan di dalam kamar semalam"


def test_a_clause_of_a_line_that_hands_over_runs_the_session_with_its_ordinary_words():
    """ "waktu saya sudah habis, saya kembalikan ke moderator": "habis" is a word a talk says as
    often, of the session here because its line hands over; alone ("stoknya habis") it is a word."""
    from pipeline.text.narration import runs_the_session, says_the_sessions_own

    assert says_the_sessions_own("waktu saya sudah habis, saya kembalikan ke moderator")
    assert not says_the_sessions_own("stok kopi gayo sudah habis")
    assert runs_the_session("waktu saya sudah habis", in_a_session_line=True) is True
    assert runs_the_session("waktu saya sudah habis") is not True
    talk = _talk(
        "selamat datang, silakan.",
        "kopi gayo naik harganya. waktu saya sudah habis, saya kembalikan ke moderator.",
        "kopi gayo laris di eropa.",
        "stok kopi gayo cepat habis, kopi gayo dicari pembeli.",
    )
    assert "kopi gayo" in _all_phrases(extract_topics(DEMO, talk, None))


def test_a_guests_clause_that_runs_the_session_gives_no_topic():
    """A guest says "nanti saja saya lanjutkan di tanya jawab" and "slide berikutnya" as the host
    does (steering): "lanjutkan", "slide" had been her topics (talks-50, tuning talks 5 and 6)."""
    talk = _talk(
        "selamat datang, silakan.",
        "soal rumah aman, nanti saja saya lanjutkan di tanya jawab.",
        "rumah aman kami penuh.",
        "slide berikutnya. rumah aman itu perlu dana. slide berikutnya.",
    )
    phrases = _all_phrases(extract_topics(DEMO, talk, None))
    assert "rumah aman" in phrases
    assert not {"lanjutkan", "slide", "tanya jawab", "slide berikutnya"} & set(phrases)


def test_a_word_said_alone_by_voice_after_voice_is_a_call_and_its_replies_and_no_topic():
    """para-12's roll call as Whisper heard it ("siar" for "siap", 0.6-0.9 sure): one word said
    alone by voice after voice in turn had been the day's top topic; the same word said by one
    voice twice, or in a sentence of its own, is read as any word."""
    talk = _talk(
        "bu maya, siar.",
        "siar, mas.",
        "siar, eh.",
        "rumah aman kami penuh.",
        "rumah aman itu perlu dana.",
        "siar radio itu tentang rumah aman.",
        voices=[0, 1, 0, 1, 0, 1],
    )
    assert "siar" not in _all_phrases(extract_topics(DEMO, talk, None))
    repeated = _talk("siar.", "siar radio kami.", "siar.", "rumah aman kami penuh.", voices=[0, 0, 0, 1])
    assert "siar" in [p.phrase for p in extract_topics(DEMO, repeated, None)["overall"]]


def test_a_key_phrase_crosses_no_clause_of_one_word():
    from pipeline.topics import key_phrases

    ranked = [p for p, _ in key_phrases(["sudah maksimal di media sosial", "twitter\ninstagram\nya"] * 2, 5)]
    assert "media sosial" in ranked and not any("." in p for p in ranked)


def test_a_meetings_housekeeping_and_casual_thanks_are_no_topics():
    talk = _talk(
        "Mohon matikan mic ya, silakan tulis di kolom chat, link absensi sudah di share.",
        "Makasih guys, link zoom dan sertifikat dikirim, bye bye, terimakasih.",
        "Silakan cek kolom chat, link absensi ya, makasih, mic nya dimatikan dulu.",
        "Sertifikat dikirim lewat link, makasih guys, bye bye, terimakasih semuanya.",
        "Nilainya tiga koma lima, tiga koma nol, koma lagi.",
        "Selamat datang di webinar kita, sertifikat webinar dikirim, rekaman webinar di youtube.",
    )
    junk = {"mic", "kolom", "chat", "link", "absensi", "share", "makasih", "guys", "bye", "terimakasih", "koma", "nya"}
    junk.add("webinar")
    phrases = _all_phrases(extract_topics(DEMO, talk, REPORT))
    assert phrases and not [phrase for phrase in phrases if junk & set(phrase.split())]


def test_a_short_form_written_in_capitals_is_a_word_a_run_of_capitals_is_not():
    """ "BATNA", "COVAX" are in no word list, so they read as ASR's mishearings and were no topic; a
    word the talk writes in capitals between words that are not is a short form of its terms.  ASR's
    garbles in runs of capitals ("LISTRIPANAM YALANAN MAJIT YALANI") stay none."""
    talk = _talk(
        "Kita harus tahu BATNA sebelum negosiasi, negosiasi tanpa BATNA itu lemah.",
        "Betul, BATNA menentukan posisi tawar dalam negosiasi.",
        "LISTRIPANAM YALANAN MAJIT YALANI DULA sudah kelihatan negosiasi.",
        "Posisi tawar kita kuat. KALAUBICHA RUMLINE YALANI DUPENDING soal negosiasi.",
    )
    phrases = _all_phrases(extract_topics(DEMO, talk, REPORT))
    assert "batna" in phrases and "negosiasi" in phrases
    assert not [phrase for phrase in phrases if {"yalani", "majit", "rumline"} & set(phrase.split())]


def test_a_new_word_the_talk_says_again_in_one_spelling_is_a_word_a_one_off_garble_is_not():
    """ "stunting", "metaverse" are in no list of common words, so they read as ASR's mishearings and
    were no topic; a word the talk says in three utterances or more, in one spelling, that wordfreq
    has seen written, is one of its words.  A fragment said once ("disin formasi"), a word one
    letter off a word the talk also says ("lebi" beside "lebih"), a name written with a capital
    ("Aljir") and a garble said again that nobody writes ("gafasa", as Whisper heard "bahasa" on a
    bundled day) stay none."""
    talk = _talk(
        "malam ini kita bahas stunting dan gizi anak, lebi parah dari dugaan, gafasa kita sederhana",
        "stunting membuat anak tumbuh pendek, itu disin formasi juga, lebih parah lagi",
        "banyak keluarga belum paham stunting, lalu kita pakai metaverse, lebi besar, gafasa juga",
        "metaverse itu ruang virtual, stunting juga dibahas di sana, jadi literasi gizi lebi penting",
        "Kami di Aljir melihat metaverse di iklan. Di Aljir iklan metaverse sudah ramai, gafasa lain.",
        "Aljir juga belajar soal literasi gizi, kata warga Aljir.",
        "Di Aljir, literasi gizi masuk sekolah.",
    )
    phrases = _all_phrases(extract_topics(DEMO, talk, None))
    assert {"stunting", "metaverse"} <= set(phrases)
    assert not [phrase for phrase in phrases if {"disin", "lebi", "aljir", "gafasa"} & set(phrase.split())]


def test_a_colloquial_word_two_voices_say_is_no_coinage():
    """ "bokek" (broke) is in no word list and wordfreq has never seen it, as "desmigratif": echoed by
    a second voice, said in two utterances, it is a colloquial one-off (COINED_MIN); said three times
    by two voices it is none where the talk grades it ("bokek banget", _graded)."""
    echoed = ["aku lagi bokek nih", "bokek juga kita", "bayar iuran bulan depan"]
    assert not Vocabulary.of_day(DEMO, None).talk_calls(echoed, echoed, ["A", "B", "A"]).known("bokek")
    graded = ["aku bokek banget", "bokek banget kita", "bokek banget semua"]
    assert not Vocabulary.of_day(DEMO, None).talk_calls(graded, graded, ["A", "B", "A"]).known("bokek")


def test_a_word_no_list_has_two_voices_say_surely_is_a_coinage():
    """ "desmigratif", a programme's coinage that neither wordfreq nor the dictionary knows, said three
    times by two voices and heard surely (COINAGE_HEARD_MIN), is the talk's coinage; one voice's, or
    heard unsurely as ASR's garbles shared by voices are ("siarah" 0.80 on para-12), or said only
    after one word ("kambing etawa", a breed: _kinds), it is none."""
    normalized = ["desa jadi desmigratif", "di desmigratif ada pelatihan", "desmigratif bisa bantu"]
    voices = ["B", "A", "A"]
    assert "desmigratif" in Vocabulary.of_day(DEMO, None).talk_calls(normalized, normalized, voices).coined
    unsure = Vocabulary.of_day(DEMO, None).talk_calls(normalized, normalized, voices, {"desmigratif": 0.8})
    assert "desmigratif" not in unsure.coined
    assert "desmigratif" not in Vocabulary.of_day(DEMO, None).talk_calls(normalized, normalized, ["A"] * 3).coined
    breed = ["ternak kambing etawa", "susu kambing etawa", "kambing etawa sehat"]
    assert not Vocabulary.of_day(DEMO, None).talk_calls(breed, breed, ["M", "A", "B"]).known("etawa")


def test_a_coinage_the_talk_glosses_is_a_word_and_its_garbles_and_pieces_read_as_it():
    """ "pinjol", "judol", "galbay", "nakes" are in no word list and wordfreq has not seen them: they
    read as ASR's mishearings.  Said beside the words they shorten ("pinjol itu pinjaman online",
    "galbay, gagal bayar", "nakes tenaga kesehatan"), they are the talk's words; a word once a letter
    off one ("judo" for "judol") or no word ("pinjo") reads as it, and so do its pieces ("pin jol").
    A garble said again by two voices and glossed by nothing ("syirah", as Whisper heard "siang" on
    a bundled day) stays none (docs/measurements.md, forty-seventh round)."""
    talk = _talk(
        "malam ini kita bahas pinjol dan judol atau judi online, syirah ini",
        "pinjol itu pinjaman online, yang ilegal meneror kontak peminjam",
        "banyak yang terjerat pin jol lalu galbay, gagal bayar, karena kecanduan judol",
        "kecanduan judo itu berat, judol membuat orang pinjam lagi ke aplikasi pinjo",
        "kalau sudah galbay jangan pinjam pinjol lagi, syirah ini kita lanjut",
        "nakes tenaga kesehatan juga banyak yang terjerat pinjol dan judol",
        "syirah tadi saya dengar nakes di puskesmas juga kena",
    )
    found = extract_topics(DEMO, talk, None)
    phrases = _all_phrases(found)
    assert {"pinjol", "judol", "galbay", "nakes"} <= set(phrases)
    assert not [phrase for phrase in phrases if {"judo", "pinjo", "pin", "jol", "syirah"} & set(phrase.split())]
    pinjol = next(phrase for phrase in found["overall"] if phrase.phrase == "pinjol")
    assert pinjol.count == 6 and "pinjo" in pinjol.heard  # "pin jol" and "pinjo" counted, the heard form kept


def test_a_short_form_said_letter_by_letter_is_the_word_the_talk_writes():
    """Whisper writes a short form it hears spelled as the letters' names ("pe pe ka em", "be el te"):
    where the talk also says the word whole, or they spell a short form of the language's ("ppkm",
    "kbri", though no word list has "ppkm"), they are it; letters that spell neither stay as they are."""
    talk = _talk(
        "waktu pe pe ka em kami tidak bisa pulang",
        "ppkm itu pembatasan kegiatan, ppkm level empat paling berat",
        "setelah pe pe ka em dicabut, pasar ramai lagi",
        "ada es te di warung, pe pe ka em sudah selesai",
    )
    found = extract_topics(DEMO, talk, None)
    ppkm = next(phrase for phrase in found["overall"] if phrase.phrase == "ppkm")
    assert ppkm.count == 4
    vocabulary = Vocabulary.of_day(DEMO, None).talk_calls(["ppkm itu", "iso man", "isoman lagi"], ["", "", ""])
    assert vocabulary.heard_whole("kena pe pe ka em\nes te manis") == "kena ppkm\nes te manis"
    assert vocabulary.heard_whole("lapor ke ka be er i") == "lapor ke kbri"  # a short form of the language's
    assert vocabulary.heard_whole("pin jol iso man") == "pin jol isoman"  # pieces of a word the talk says whole
    assert vocabulary.heard_whole("negara ya") == "negara ya"


def test_the_calls_running_with_a_clitic_is_no_topic():
    """ "Sudah kelihatan layarnya?" had put "layarnya" in a guest's list: a word of the call's running
    is none with a clitic either ("linknya", "rekamannya", "sinyalnya", as the lists once had)."""
    from pipeline.topics import speaker_phrases

    guest = "\n".join(["sudah kelihatan layarnya", "linknya di chat", "rekamannya nanti", "simulasi negosiasi"] * 2)
    found = speaker_phrases([guest, "maaf sinyalnya jelek\ndiplomasi digital"], 8)
    words = {word for ranked in found for term, _ in ranked for word in term.split()}
    assert not words & {"layarnya", "linknya", "rekamannya", "sinyalnya"}
    assert "simulasi negosiasi" in {term for term, _ in found[0]}


def test_everyday_words_a_long_talk_says_often_are_no_topics(vocabulary):
    """A long talk says "orang", "bilang", "langsung" dozens of times, as any talk does; YAKE ranks
    them first.  A word alone is a topic only when said far more often than the language says it."""
    from pipeline.topics import SALIENT_MIN, _everyday, _times_the_language

    assert _everyday("orang", 30, 6000, "id")  # wordfreq Zipf 6.75: about 34 in 6,000 words anywhere
    # the one measure the per-speaker lists order their ties by too (_day_salience)
    assert round(10 ** _times_the_language(30, 6000, 6.75), 2) == 0.89
    assert not _everyday("diplomasi", 3, 6000, "id")  # Zipf 3.6: 3 mentions is 130 times the usual
    assert not _everyday("diplomasi digital", 1, 6000, "id")  # a phrase of words is not weighed so
    assert not _everyday("hendarto", 1, 6000, "id")  # a name wordfreq does not know
    # once in every utterance of 30 words: "orang" as often as anywhere, the talk's subject not
    filler = "jadi memang seperti itu ya karena kalau kita lihat dari sana ini juga sudah"
    talk = [f"{filler} orang {filler} lewat diplomasi digital dan media sosial."] * 6
    utterances = _talk(*talk).utterances
    normalized = [normalize(text) for text in talk]
    ranked = [("orang", 0.9), ("diplomasi digital", 0.6), ("media sosial", 0.5)]
    phrases = select_phrases(ranked, utterances, normalized, top_n=5, min_count=2, vocabulary=vocabulary)
    assert [p.phrase for p in phrases] == ["diplomasi digital", "media sosial"]
    assert SALIENT_MIN == 10.0  # chosen on the long tuning talks (docs/measurements.md)


def test_a_calls_roles_ordinals_and_forms_of_address_are_no_topics():
    """The call's roles and running in Indonesian ("narasumber", "peserta", "tautan", "sesi"), an
    ordinal ("ketiga", "keempat") and "adik-adik" or "beliau" said to and of people were topics of
    the long talks."""
    talk = _talk(
        "Narasumber ketiga, beliau bicara soal diplomasi budaya, adik-adik peserta sekalian.",
        "Tautan sesi keempat ada di chat. Diplomasi budaya untuk adik-adik, kata beliau.",
        "Peserta dan narasumber, sesi ketiga tentang diplomasi budaya, tautan menyusul.",
        "Beliau narasumber yang hebat, adik-adik. Sesi keempat, tautan, peserta, diplomasi budaya.",
    )
    phrases = _all_phrases(extract_topics(DEMO, talk, REPORT))
    assert "diplomasi budaya" in phrases
    junk = {"narasumber", "peserta", "tautan", "sesi", "ketiga", "keempat", "beliau", "adik", "adik-adik"}
    assert not [phrase for phrase in phrases if junk & set(phrase.split())]


def test_a_role_alone_is_no_topic_but_a_subject_of_it_is(vocabulary):
    """ "mahasiswa" (15 times on a long talk), "guru", "dosen", "murid-murid" were topics: the
    audience and the speakers by their role, which the judged lists never counted one; "guru
    honorer" and "mahasiswa kedokteran" say what the talk is about."""
    talk = _talk(
        "Guru honorer di daerah terpencil, mahasiswa, gajinya kecil sekali.",
        "Mahasiswa perlu tahu nasib guru honorer, murid-murid juga.",
        "Dosen dan mahasiswa bisa membantu guru honorer.",
        "Mahasiswa, dosen, murid-murid, semua peduli guru honorer.",
    )
    phrases = _all_phrases(extract_topics(DEMO, talk, None))
    assert "guru honorer" in phrases
    assert not {"mahasiswa", "guru", "dosen", "murid", "murid-murid"} & set(phrases)
    assert [vocabulary.readable(heard) for heard in ("pak guru", "peserta", "mahasiswa kedokteran")] == [
        None,
        None,
        "mahasiswa kedokteran",
    ]


def test_the_people_a_talk_addresses_and_its_small_words_are_no_topics():
    """A question's asker is no speaker of the config: "mas joko", "kak rizky" said again and again
    had made "joko" and "rizky" topics; so had "bikin", "contohnya", "raise hand", "sampai jumpa"."""
    talk = _talk(
        "Pertanyaan dari Mas Joko soal sertifikasi halal untuk desa wisata. Silakan raise hand ya.",
        "Terima kasih Mas Joko. Sertifikasi halal itu penting, contohnya di desa wisata Lombok.",
        "Kak Rizky bertanya soal desa wisata, bikin paket wisata halal itu gimana.",
        "Kak Rizky, paket wisata halal bisa dibikin bersama desa wisata. Sertifikasi halal dulu.",
        "Oke Mas Joko dan Kak Rizky, sampai jumpa, jangan lupa raise hand minggu depan.",
    )
    phrases = _all_phrases(extract_topics(DEMO, talk, REPORT))
    assert {"desa wisata", "sertifikasi halal"} <= set(phrases)
    junk = {"joko", "rizky", "bikin", "contohnya", "raise", "hand", "jumpa"}
    assert not [phrase for phrase in phrases if junk & set(phrase.split())]


def test_a_name_said_after_a_profession_and_the_profession_before_it_are_no_topics():
    """A person called by a profession ("bidan Sari", "ahli gizi Rina", "dokter gigi Anton") had been
    a topic, whole or as half a name ("gizi rina", "sari melayani"); a profession before a word of the
    language ("diplomat muda", "dokter gigi" as a field) is what was said."""
    talk = _talk(
        "Ahli gizi Rina dan bidan Sari bicara soal gizi seimbang di posyandu.",
        "Bidan Sari melayani ibu hamil, posyandu butuh timbangan bayi. Diplomat muda ikut membantu.",
        "Ahli gizi Rina bilang gizi seimbang dimulai dari sarapan. Diplomat muda belajar dari posyandu.",
        "Dokter gigi Anton memeriksa gigi anak, dokter gigi Anton bilang kesehatan gigi penting.",
        "Terima kasih bidan Sari. Posyandu dan gizi seimbang, itu pesan diplomat muda untuk kesehatan gigi.",
    )
    phrases = _all_phrases(extract_topics(DEMO, talk, REPORT))
    assert {"gizi seimbang", "posyandu", "diplomat muda", "kesehatan gigi"} <= set(phrases)
    assert not [phrase for phrase in phrases if {"rina", "sari", "anton", "bidan", "ahli"} & set(phrase.split())]


def test_a_name_after_a_form_of_address_and_a_profession_or_said_once_is_no_topic():
    """ASR writes no capitals: a name after a form of address and a profession ("ibu psikolog nadia",
    "bapak advokat karim", "Pak mediator Hendra") had been a topic, as had a question's asker said once
    ("Mas Rizky") and the rest of a name written after it ("Dimas Pratama")."""
    talk = _talk(
        "pertanyaan dari ibu psikolog nadia putri bagaimana bahasa tubuh di rapat daring",
        "terima kasih bu nadia di rapat daring kontak mata artinya melihat kamera",
        "kami kerja sama dengan pengacara lokal bapak advokat karim untuk kasus gaji",
        "pak karim sudah menangani kasus gaji, pengacara lokal itu membantu",
        "Pak mediator Hendra Gunawan mengajari saya: diam itu senjata dalam negosiasi.",
        "Pak Hendra juga melatih negosiasi. Ada pertanyaan dari Mas Rizky soal negosiasi.",
        "Bapak Wartawan Senior Dimas Pratama bertanya soal bahasa tubuh di depan kamera saat rapat daring.",
        "Pak Dimas, negosiasi itu seni, bahasa tubuh juga.",
    )
    phrases = _all_phrases(extract_topics(DEMO, talk, REPORT))
    assert {"negosiasi", "bahasa tubuh", "rapat daring", "gaji"} <= set(phrases)
    names = {"nadia", "karim", "hendra", "gunawan", "rizky", "dimas", "pratama"}
    assert not [phrase for phrase in phrases if names & set(phrase.split())]


def test_a_name_after_a_form_of_address_and_a_profession_the_list_lacks_is_no_topic():
    """ "mas konten kreator dimas", "bapak penyuluh keuangan hendro" and "bapak teller bank agus"
    call a person by a profession no list has: the name, said after the form of address alone too
    ("pak hendro"), had been a topic ("kreator dimas", "keuangan hendro", "bank agus"), as had an asker
    said once after "ibu" ("ibu wati"); so had the profession's first word ("penyuluh")."""
    talk = _talk(
        "kami minta mas konten kreator dimas membuat video edukasi soal literasi keuangan",
        "mas dimas bikin tiga video pendek soal literasi keuangan dan bunga pinjaman",
        "bapak penyuluh keuangan hendro cerita satu desa terjerat bunga pinjaman",
        "pak hendro keliling ke pengajian membahas literasi keuangan",
        "bapak teller bank agus bilang nasabah muda bingung bunga pinjaman, pak agus membuat kelas",
        "ada pertanyaan dari ibu wati, bagaimana kalau sudah terjerat bunga pinjaman?",
    )
    phrases = _all_phrases(extract_topics(DEMO, talk, None))
    assert {"literasi keuangan", "bunga pinjaman"} <= set(phrases)
    names = {"dimas", "hendro", "agus", "wati", "penyuluh"}
    assert not [phrase for phrase in phrases if names & set(phrase.split())]


def test_a_profession_and_its_field_after_a_form_of_address_stay_a_topic():
    """From the round's review: with any word after a form of address and a profession read as a
    name, "ibu guru honorer" and "bapak dokter spesialis anak" made "honorer" and "spesialis" names,
    and "guru honorer", "dokter spesialis anak" left the lists; a name there is also said after the
    form of address alone ("bu nadia" for "ibu psikolog nadia")."""
    talk = _talk(
        "saya ibu guru honorer di desa, gaji ibu guru honorer kecil sekali",
        "nasib ibu guru honorer harus diperhatikan pemerintah daerah",
        "guru honorer butuh kepastian status dan gaji layak",
        "bapak dokter spesialis anak bilang imunisasi dasar penting sekali",
        "kata bapak dokter spesialis anak, imunisasi dasar lengkap wajib",
        "dokter spesialis anak di puskesmas memberi imunisasi dasar",
    )
    phrases = _all_phrases(extract_topics(DEMO, talk, None))
    assert {"guru honorer", "dokter spesialis anak"} <= set(phrases)


def test_a_speaker_written_with_a_profession_of_two_words_is_no_topic():
    """A speaker "Ahli Gizi Rina" has the name words "gizi" and "rina": "ahli gizi rina" had been a topic."""
    rina = DEMO.speakers[1].model_copy(update={"name": "Ahli Gizi Rina"})
    config = DEMO.model_copy(update={"speakers": [DEMO.speakers[0], rina]})
    talk = _talk(
        "Hari ini bersama ahli gizi Rina, soal gizi seimbang.",
        "Terima kasih. Gizi seimbang itu sayur, lauk, dan buah.",
        "Ahli gizi Rina, apakah sarapan penting untuk gizi anak?",
        "Sarapan itu kunci gizi seimbang, kata ahli gizi Rina ini.",
    )
    phrases = _all_phrases(extract_topics(config, talk, None))
    assert "gizi seimbang" in phrases and not [phrase for phrase in phrases if "rina" in phrase.split()]


def test_a_line_in_title_case_tells_no_name_by_its_capitals():
    """ASR writes some lines in title case ("Hari Ni Kita Noprol Bersama ..."): a capital there after a
    profession is no name, so the word stays a topic."""
    talk = _talk(
        "Pelatih Senam Lansia Datang Hari Ini, Pelatih Senam Lansia Siap.",
        "Senam lansia bagus untuk jantung, senam lansia rutin tiap pagi.",
    )
    assert "senam lansia" in _all_phrases(extract_topics(DEMO, talk, REPORT))


def test_a_phrase_whisper_was_unsure_of_is_no_topic_unless_it_is_the_days_own():
    """'kucing' heard twice at probability 0.3 in a talk about diplomacy was a mishearing; the
    report's 'diplomasi digital' heard as unsurely ('dikital') is still the day's topic."""
    talk = _talk(
        "Kucing itu datang lagi ke kantor kedutaan.",
        "Diplomasi dikital penting, kucing juga.",
        "Pelatihan pegawai berjalan baik.",
        "Diplomasi dikital di masa pandemi, pelatihan pegawai juga.",
    )
    unsure = {"kucing": 0.3, "dikital": 0.3, "diplomasi": 0.4}
    heard = _all_phrases(extract_topics(DEMO, talk, REPORT))
    assert "kucing" in heard and "diplomasi digital" in heard and "pelatihan pegawai" in heard
    heard = _all_phrases(extract_topics(DEMO, talk, REPORT, unsure))
    assert "kucing" not in heard and "diplomasi digital" in heard and "pelatihan pegawai" in heard
    anything = DEMO.model_copy(update={"topics": DEMO.topics.model_copy(update={"min_word_probability": 0.0})})
    assert "kucing" in _all_phrases(extract_topics(anything, talk, REPORT, unsure))


def test_a_doubled_word_whisper_was_unsure_of_is_looked_up_as_its_halves():
    """word_probabilities keys a word as normalize() splits it ("lai-lai" as "lai"): looked up as
    written, para-8's "lai-lai komunikasi" (Whisper 0.19) was found in none and heard surely."""
    talk = _talk(
        "Lai-lai komunikasi kita penting sekali.",
        "Diplomasi digital penting, lai-lai komunikasi juga.",
        "Pelatihan pegawai berjalan baik.",
        "Diplomasi digital di masa pandemi, pelatihan pegawai juga.",
    )
    heard = _all_phrases(extract_topics(DEMO, talk, REPORT))
    assert [phrase for phrase in heard if "lai-lai" in phrase] and "pelatihan pegawai" in heard
    heard = _all_phrases(extract_topics(DEMO, talk, REPORT, {"lai": 0.19, "komunikasi": 0.9}))
    assert not [phrase for phrase in heard if "lai" in phrase] and "pelatihan pegawai" in heard


def test_least_probability_looks_each_word_up_as_normalize_splits_it():
    probabilities = {"khabar": 0.35, "tanda": 0.47, "komunikasi": 0.9}
    assert least_probability("khabar-khabar", probabilities) == 0.35
    assert least_probability("Tanda-tanda komunikasi,", probabilities) == 0.47
    assert least_probability("komunikasi lain", probabilities) == 0.9


def test_no_phrase_crosses_a_sentence_end():
    talk = _talk(
        "Pemandangan sangat indah. Laut biru. Terima kasih ibu, diplomasi digital penting.",
        "Diplomasi digital di masa pandemi.",
        "Diplomasi digital membantu warga. Sangat indah. Laut tenang.",
    )
    topics = extract_topics(DEMO, talk, REPORT)
    assert "indah laut" not in _all_phrases(topics)
    assert not {"digital", "diplomasi"} & {p.phrase for p in topics["overall"]}
    assert "diplomasi digital" in [p.phrase for p in topics["overall"]]


def test_fillers_greetings_and_politeness_are_no_topics():
    talk = _talk(
        "Eh, ya, jadi, nah, gitu ya. Oke baik, maaf maaf, silakan silakan.",
        "Iya iya, betul betul, banget banget. Pokoknya gitu deh, maaf ya, silakan.",
        "Asalamu'alaikum, selamat sore teman-teman, wassalamu'alaikum.",
        "Asalamu'alaikum warahmatullahi, selamat sore teman-teman. Mantap, keren banget, pengen, cuman gitu.",
        "Nggak apa-apa, hehe, mohon maaf ya, Mas. Ha ha, gak masalah, Mbak, sama-sama.",
        "Oh, hai Kak, nggak kok, haha. Aamiin, amin, yuk, ayo, gini aja, kalo gitu.",
    )
    assert _all_phrases(extract_topics(DEMO, talk, REPORT)) == []


def test_the_whole_talks_scores_and_a_voices_are_two_scales():
    """topics.parquet's score had been "salience, higher is more", as if one scale: the whole talk's
    is YAKE's as 1 / (1 + its score), 0-1, a voice's class-based TF-IDF, not bounded by 1 (para-1's
    true text gives a voice's phrase 4.0, the archive's ASR a tenth of the whole talk's): the data
    dictionary says both, and to rank within one list."""
    config = load_config(REPO / "configs" / "para-1.yaml")
    topics = extract_topics(config, truth_diarization(load_truth(config.truth_path)), read_report(config))
    assert all(0 < phrase.score <= 1 for phrase in topics["overall"])
    assert max(phrase.score for voice in topics["per_speaker"] for phrase in voice.phrases) > 1


def test_idioms_with_a_number_word_state_no_quantity():
    assert quantities("Satu lagi. Komunikasi tidak lagi satu arah, tapi dua arah.") == []
    assert [value for value, _, _ in quantities("Satu lagi: tiga lagi peserta datang.")] == ["3"]


@pytest.mark.parametrize(
    "day", sorted(path.stem for path in (REPO / "configs").glob("*.yaml") if path.stem != "day-10")
)
def test_topics_of_a_days_true_text_are_counted_once_and_listed_once(day):
    config = load_config(REPO / "configs" / f"{day}.yaml")
    topics = extract_topics(config, truth_diarization(load_truth(config.truth_path)), read_report(config))
    for phrases in [topics["overall"], *(s.phrases for s in topics["per_speaker"])]:
        said = {p.phrase: {o.utterance for o in p.occurrences} for p in phrases}
        for phrase in phrases:
            assert not set(phrase.phrase.split()) & FILLERS, phrase.phrase
            assert len(said[phrase.phrase]) == len(phrase.occurrences), f"{phrase.phrase}: an utterance twice"
            if phrase.count <= MAX_OCCURRENCES:
                assert phrase.count == len(phrase.occurrences)
        for shorter in said:
            for longer in said:
                inside = set(shorter.split()) < set(longer.split())
                assert not (inside and said[shorter] <= said[longer]), f"'{shorter}' only inside '{longer}'"


@pytest.mark.parametrize("heard", ["ayu larasati", "doktor ayu", "larasati", "pak chalief akbar", "bu ayu"])
def test_a_speakers_name_is_no_topic(vocabulary, heard):
    """The speaker is an entity of the day; the name, with or without a title, is no key phrase."""
    assert vocabulary.readable(heard) is None


def test_a_speaker_is_found_by_the_name_said_not_the_degrees_written():
    """'Dr. Ayu Larasati, S.Sos., M.Ikom.' is said 'doktor ayu larasati': found, and not a topic."""
    talk = _talk(
        "Mari kita sambut doktor ayu larasati.",
        "Terima kasih, saya ayu larasati dari universitas.",
        "Silakan ibu ayu larasati, tentang diplomasi digital.",
        "Diplomasi digital sangat penting di masa pandemi, diplomasi digital.",
    )
    topics = extract_topics(DEMO, talk, None)
    speaker = next(e for e in topics["entities"] if e.text.startswith("Dr. Ayu"))
    assert speaker.found and len(speaker.occurrences) == 3
    assert not any("larasati" in phrase or phrase == "ayu" for phrase in _all_phrases(topics))


def test_a_name_said_more_often_than_listed_is_counted_in_full():
    """topics.json lists a name's first places only; its count (entities.parquet's mentions) is
    every utterance that says it."""
    from pipeline.index import entity_rows
    from pipeline.topics import Topics

    said = MAX_OCCURRENCES + 5
    topics = extract_topics(DEMO, _talk(*["Terima kasih ibu ayu larasati."] * said), None)
    speaker = next(e for e in topics["entities"] if e.text.startswith("Dr. Ayu"))
    assert speaker.mentions == said and len(speaker.occurrences) == MAX_OCCURRENCES
    rows = entity_rows("demo", Topics.model_construct(**topics))
    assert next(row for row in rows if row["entity"] == speaker.text)["mentions"] == said
    with pytest.raises(ValueError, match="said 1 times but listed 2"):
        type(speaker).model_validate(
            {**speaker.model_dump(), "mentions": 1, "occurrences": speaker.model_dump()["occurrences"][:2]},
            context={"reading": True},
        )


def test_a_name_the_report_misspells_is_the_configs_entity_once():
    """The day-10 report writes "Ayu Larassati" and "Chalief Akbar": the config's speakers."""
    from pipeline.topics import known_entities

    texts = [text for text, _, _ in known_entities(DEMO, read_report(DEMO))]
    assert not any("Larassati" in text or text == "Chalief Akbar" for text in texts)
    assert "Dr. Ayu Larasati, S.Sos., M.Ikom." in texts and "H.E. Chalief Akbar" in texts


@pytest.mark.parametrize("heard", ["pandemi chovid 19", "kovit sembilan belas", "cofid 19", "kobid 19"])
def test_covid_as_asr_spells_it_is_a_name_not_a_quantity(heard):
    assert quantities(heard) == []


def test_a_day_in_another_language_reads_that_languages_words():
    """A day held in English (language: en): English stop words and word frequencies, not
    Indonesian ones ("and the", "the main" were topics and "diplomacy" no word)."""
    english = DEMO.model_copy(update={"language": "en"})
    talk = _talk(
        "Good afternoon everyone. Today we talk about digital diplomacy and the pandemic.",
        "Thank you. Digital diplomacy is the use of the internet for foreign policy goals.",
        "During the pandemic digital diplomacy became the main channel for the embassy.",
        "So the embassy must protect citizens abroad, and the pandemic changed everything.",
    )
    phrases = _all_phrases(extract_topics(english, talk, None))
    assert "digital diplomacy" in phrases and "pandemic" in phrases
    assert not any(word in phrase.split() for phrase in phrases for word in ("the", "and", "of"))


@pytest.mark.parametrize(
    "word", ["padam", "pajak", "telaah", "raksa", "adab", "inci", "jitu", "buku kia", "template", "task"]
)
def test_a_real_word_close_to_a_stop_word_is_what_was_said(vocabulary, word):
    """A root word of the language with a letter added or changed is no garbled stop word."""
    assert vocabulary.readable(word) == word


@pytest.mark.parametrize("heard", ["sekaran", "sepeti", "masi", "anya", "dika", "mbak", "pak dubes"])
def test_a_stop_word_garbled_is_no_topic(vocabulary, heard):
    assert vocabulary.readable(heard) is None


def test_a_stop_word_garbled_is_not_read_as_the_days_word_a_letter_off():
    """ "pitu" for "itu" had been read as the report's "pintu" (para-18), "suda" for "sudah" as the
    glossary's "Sudan" (talks-50); the words themselves said stay."""
    glossary = [*DEMO.glossary, GlossaryTerm(term="Sudan")]
    vocabulary = Vocabulary.of_day(DEMO.model_copy(update={"glossary": glossary}), "Pintu darurat dan pintu masuk.")
    assert vocabulary.readable("pitu") is None and vocabulary.readable("intu") is None
    assert vocabulary.readable("suda") is None
    assert vocabulary.readable("pintu") == "pintu" and vocabulary.readable("sudan") == "sudan"


def test_a_short_word_misheard_reads_as_the_days_in_its_phrase():
    """One letter off a short word is below the snapping ratio alone ("faksin" 83) but not in the
    phrase the day writes; a known word of the phrase is kept as said."""
    vocabulary = Vocabulary.of_day(DEMO, "Program vaksin covid untuk anak muda dan pajak daerah.")
    assert vocabulary.readable("faksin covid") == "vaksin covid"
    assert vocabulary.readable("anat muda") == "anak muda"
    assert vocabulary.readable("faksin") is None
    assert vocabulary.readable("nft covid") is None  # no misspelling of "vaksin"


def test_words_of_a_name_that_are_words_of_the_language_stay_topics():
    """A speaker named "Bapak Data Santoso": "data" said alone is a topic, the name is not; a
    speaker named by a role ("Moderator") is named by it."""
    renamed = [DEMO.speakers[0].model_copy(update={"name": name}) for name in ("Bapak Data Santoso", "Moderator")]
    config = DEMO.model_copy(update={"speakers": renamed})
    vocabulary = Vocabulary.of_day(config, None)
    assert vocabulary.readable("data") == "data" and vocabulary.readable("data pribadi") == "data pribadi"
    assert vocabulary.readable("pak data") is None and vocabulary.readable("data santoso") is None
    assert vocabulary.readable("santoso") is None and vocabulary.readable("moderator") is None


def test_a_surname_written_first_is_the_whole_name_of_the_day():
    """A speaker written "Simanjuntak, Togar" is Togar Simanjuntak among the day's own words and
    phrases (core_name), as in its name words: the part before the comma had been the surname
    alone; the degrees and the dotted title written with a name ("Dr.") are no words of it."""
    renamed = [
        DEMO.speakers[0].model_copy(update={"name": "Simanjuntak, Togar"}),
        DEMO.speakers[1].model_copy(update={"name": "Dr. Ayu Larasati, S.Sos."}),
    ]
    vocabulary = Vocabulary.of_day(DEMO.model_copy(update={"speakers": renamed}), None)
    assert vocabulary.own("togar simanjuntak") and vocabulary.own("togar") and "togar" in vocabulary.words
    assert vocabulary.own("ayu larasati") and not vocabulary.own("dr ayu")
    assert vocabulary.whole_names == {"togar simanjuntak", "ayu larasati"}


def test_one_word_places_of_the_report_are_entities_and_close_names_stay_apart():
    from pipeline.topics import known_entities

    config = DEMO.model_copy(
        update={"speakers": [*DEMO.speakers, DEMO.speakers[1].model_copy(update={"name": "Ayu Laraswati"})]}
    )
    report = (
        "Kerja sama dengan Belanda dan bahasa Inggris. Kunjungan ke Bali, Medan dan Bandung. "
        "Hadir pula Dewi Lestari dan Dewi Lestiari, sejumlah Langkah dibahas."
    )
    texts = [text for text, _, _ in known_entities(config, report)]
    assert {"Belanda", "Inggris", "Bali", "Medan", "Bandung", "Dewi Lestari", "Dewi Lestiari"} <= set(texts)
    assert "Ayu Laraswati" in texts and "Dr. Ayu Larasati, S.Sos., M.Ikom." in texts
    assert "Langkah" not in texts
    roles = known_entities(DEMO, "Sambutan dari Rektor, lalu diskusi antara Pemerintah dan Masyarakat di Desa.")
    assert not {"Rektor", "Pemerintah", "Masyarakat", "Desa"} & {text for text, _, _ in roles}
    opening = known_entities(DEMO, "Hadir Dewi Lestari dari Kemlu. Kegiatan Webinar Literasi Digital dibuka.")
    assert {"Dewi Lestari", "Webinar Literasi Digital"} <= {text for text, _, _ in opening}


def test_report_names_survive_the_spaces_of_pasted_text_and_capitals_run_on_are_no_name():
    """A tab, two spaces or a no-break space between words had read as a sentence's start before
    every name; a run of thousands of capitalised words made an entity too long for the record;
    a list's Roman numbers are no names; an accent typed as a combining mark is the same name."""
    from itertools import product

    from pipeline.topics import known_entities

    config = DEMO.model_copy(update={"glossary": []})
    report = "Acara melalui Zoom Meeting dan You Tube Universitas STEKOM. Duta Besar RI di Aljazair hadir."
    expected = {text for text, _, origin in known_entities(config, report) if origin == "report"}
    assert {"Zoom Meeting", "You Tube", "Aljazair"} <= expected
    for space in ("\u00a0", "\t", "  ", "\u3000"):
        spaced = {text for text, _, o in known_entities(config, report.replace(" ", space)) if o == "report"}
        assert spaced == expected, space
    capitals = " ".join("".join(p).capitalize() for p in product(["ba", "di", "ku", "lo"], repeat=4))
    long_run = known_entities(config, f"Kegiatan ini didukung oleh {capitals}. Hadir Wakil Rektor III.")
    assert {text for text, _, o in long_run if o == "report"} == {"Wakil Rektor III"}
    listed = known_entities(config, "I. Pendahuluan acara.\nII. Isi materi.\nXV. Penutup acara di Yogyakarta.")
    assert {text for text, _, o in listed if o == "report"} == {"Yogyakarta"}


def test_english_mixed_into_an_indonesian_talk_gives_no_function_word_topics():
    from pipeline.topics import key_phrases, speaker_phrases

    english = [
        "so the main challenge of the digital diplomacy is how we engage with the public",
        "and the people and the network of course",
    ]
    indonesian = ["diplomasi digital menjadi tantangan utama", "media sosial memperluas jejaring diplomasi digital"]
    talk = [line for pair in zip(indonesian * 3, english * 3, strict=True) for line in pair]
    found = [phrase for phrase, _ in key_phrases(talk, 10, "id")]
    found += [
        phrase
        for phrases in speaker_phrases(["\n".join(talk[::2]), "\n".join(talk[1::2])], 10)
        for phrase, _ in phrases
    ]
    assert found and not [p for p in found if {p.split()[0], p.split()[-1]} & {"the", "and", "with", "of", "so", "how"}]


def test_a_name_written_as_a_title_is_one_entity_not_its_pieces():
    """Three or more capitalised words joined by "dan", "of", "the" are one name, though some are
    words of the language; two names joined by "dan" stay two."""
    from pipeline.topics import known_entities

    report = (
        "Universitas STEKOM menggelar Workshop Online Diplomasi dan Publik Speaking hari ketiga. "
        "Hadir Atase Pendidikan dan Kebudayaan KBRI Seoul. Ia menyebut program Indonesia Spice Up the World "
        "dan Kelas Bahasa Indonesia. Seorang mahasiswa Program Studi Sistem Informasi bertanya. "
        "Acara disiarkan lewat Zoom Meeting dan You Tube. The Ministry of Foreign Affairs agreed. "
        "Hadir pula Ratna Sari dan Bayu Putra."
    )
    texts = {text for text, _, _ in known_entities(DEMO.model_copy(update={"glossary": []}), report)}
    assert {
        "Workshop Online Diplomasi dan Publik Speaking",
        "Atase Pendidikan dan Kebudayaan",
        "KBRI Seoul",
        "Indonesia Spice Up the World",
        "Kelas Bahasa Indonesia",
        "Program Studi Sistem Informasi",
        "Zoom Meeting",
        "You Tube",
        "Ministry of Foreign Affairs",
        "Ratna Sari",
        "Bayu Putra",
    } <= texts
    assert not {"Workshop Online", "Speaking", "Kebudayaan", "World", "Zoom Meeting dan You Tube"} & texts
    sentences = "Diplomasi Digital Adalah Masa Depan Kita Semua. Catatan: PESERTA HADIR TEPAT WAKTU DI RUANG ZOOM."
    assert all(len(text.split()) <= 3 for text, _, origin in known_entities(DEMO, sentences) if origin == "report")


@pytest.mark.parametrize(
    "said, value",
    [
        ("tinggal tiga puluh satu lagi", "31"),
        ("seratus satu lagi", "101"),
        ("jalan tiga puluh dua arah", "32"),
        ("ada dua, salah satu yang utama", "2"),
        ("ada lima satu lagi", "5"),
    ],
)
def test_a_number_ending_in_an_idioms_word_is_read_whole(said, value):
    assert [found for found, _, _ in quantities(said)] == [value]


@pytest.mark.parametrize(
    "written, values",
    [
        ("anggaran 5 milyar", ["5000000000"]),
        ("lima milyar rupiah", ["5000000000"]),
        ("2 trilyun", ["2000000000000"]),
        ("harga 2,5jt per orang", ["2500000"]),
        ("tiket Rp10rb", ["10000"]),
        ("1½ juta peserta", ["1500000"]),
        ("⅔ peserta", ["0.6667"]),
        ("naik 45%¹ tahun ini", ["45"]),
        ("biaya 10–15 juta", ["10000000", "15000000"]),
        ("antara 2 sampai 3 miliar", ["2000000000", "3000000000"]),
        ("anggaran Rp" + "9" * 32, []),
        ("Pesertanya dua puluh. Tiga orang absen.", ["20", "3"]),
        ("umurnya dua puluh, tiga puluh tahun", ["20", "30"]),
        ("pada tahun 2023 ribuan warga mengungsi", ["2023"]),
        ("pada tahun 2020 setengah peserta perempuan", ["2020", "0.5"]),
        ("3 ratus orang", ["300"]),
        ("2 juta 500 ribu rupiah", ["2500000"]),
        ("dua puluh 5 orang", ["25"]),
        ("Jumlah peserta: 45, naik dari 30.", ["45", "30"]),
        ("tiga ratusan peserta", ["300"]),
        ("USD 2.5 million", ["2500000"]),
        ("jarak 10km", ["10"]),
        ("di satu sisi", []),
        ("lima koma tiga puluh dua persen", ["5.32"]),
        ("satu koma dua puluh lima juta", ["1250000"]),
        ("sepuluh sampai lima belas juta", ["10000000", "15000000"]),
        ("dari lima sampai enam orang", ["5", "6"]),
    ],
)
def test_quantities_as_reports_write_them(written, values):
    """Spellings as common as the dictionary's ("milyar"), a scale written against its number, a
    range before one scale, fractions in one character, a footnote's mark, no number of 32 digits;
    a said number ends at a full stop or a comma; a year is no count of thousands or halves; digits
    Whisper writes among number words are read with them."""
    assert [found for found, _, _ in quantities(written)] == values


def test_a_pair_said_with_a_word_said_only_in_it_takes_its_place(vocabulary):
    """Per speaker (said once is enough) "kendala", said only in "kendala utama", is that topic."""
    talk = _talk("kendala utama adalah sinyal", "diplomasi digital penting")
    normalized = [u.text for u in talk.utterances]
    ranked = [("kendala", 0.9), ("digital", 0.8), ("kendala utama", 0.7), ("diplomasi digital", 0.6)]
    phrases = select_phrases(ranked, talk.utterances, normalized, top_n=5, min_count=1, vocabulary=vocabulary)
    assert [(p.phrase, p.score) for p in phrases] == [("kendala utama", 0.9), ("diplomasi digital", 0.8)]


def test_a_name_said_after_a_title_is_no_topic_though_a_word():
    """YAKE leaves the title out of its candidates: "bayu" of "silakan pak bayu" names the speaker."""
    bayu = DEMO.speakers[0].model_copy(update={"name": "Dr. Bayu Pratama"})
    config = DEMO.model_copy(update={"speakers": [bayu, *DEMO.speakers[1:]]})
    talk = _talk(
        "Silakan pak bayu, tentang keamanan data.",
        "Terima kasih. Keamanan data penting, data pribadi dijaga.",
        "Baik pak bayu, keamanan data juga tugas kita.",
        "Pak bayu pratama menutup sesi keamanan data.",
    )
    topics = extract_topics(config, talk, None)
    phrases = _all_phrases(topics)
    assert "keamanan data" in phrases and not any("bayu" in phrase for phrase in phrases)
    # and the speaker is found where called so, not only by the whole name
    speaker = next(entity for entity in topics["entities"] if entity.text == "Dr. Bayu Pratama")
    assert [hit.utterance for hit in speaker.occurrences] == [0, 2, 3]


@pytest.mark.parametrize(
    "language, fillers",
    [("jv", ["menika", "kula", "matur", "yang"]), ("ms", ["okey", "terima"]), ("en", ["okay", "um"])],
)
def test_a_day_in_another_language_reads_its_spoken_fillers(language, fillers):
    from pipeline.text.language import stop_words

    assert set(fillers) <= stop_words(language)
    assert not {"kebajikan", "right"} & (stop_words("ms") | stop_words("en"))  # Malay's welfare, English's rights


def test_a_written_reduplication_is_one_word():
    """ "undang-undang" is one word (a law), not "undang" said twice; "masing-masing" is a stop word."""
    talk = _talk(
        "Undang-undang perlindungan data sudah disahkan, masing-masing lembaga wajib patuh.",
        "Betul, undang-undang itu penting, masing-masing pihak siap.",
        "Undang-Undang tersebut mengatur data pribadi.",
        "Kita tunggu aturan turunan undang-undang tersebut.",
    )
    phrases = _all_phrases(extract_topics(DEMO, talk, None))
    assert "undang-undang" in phrases
    assert not {"undang", "masing", "masing-masing"} & {word for phrase in phrases for word in phrase.split()}


def test_a_compound_with_a_stop_word_is_a_topic_written_apart():
    """ "kata sandi" and "kerja sama" end or begin with a stop word ("kata", "sama"): read as one
    word they are topics, as they are written, where "sandi" and "kerja" alone had been."""
    talk = _talk(
        "Jangan pernah membagikan kata sandi kepada siapa pun.",
        "Betul, kata sandi yang kuat itu panjang. Kerja sama dengan bank juga perlu.",
        "Ganti kata sandi setiap tiga bulan, dan kerja sama antarlembaga diperkuat.",
        "Kerja sama dengan penyedia layanan membantu. Kata sandi jangan ditulis di kertas.",
    )
    topics = extract_topics(DEMO, talk, None)
    overall = {p.phrase: p for p in topics["overall"]}
    assert {"kata sandi", "kerja sama"} <= overall.keys()
    assert overall["kata sandi"].count == 4 and overall["kata sandi"].heard == []
    assert not {"sandi", "kerja", "kata-sandi", "kerja-sama"} & set(_all_phrases(topics))


def test_a_unit_of_time_alone_or_counted_is_no_topic():
    """ "menit" (of "lima belas menit", "dua menit") had been a topic of a talk on speeches at the UN,
    "minggu" (of "minggu depan", "minggu lalu") of two bundled days: as little a topic as a number."""
    talk = _talk(
        "Waktu bicara dibatasi lima belas menit, pidato di PBB harus padat.",
        "Di Dewan HAM cuma dua menit, pidato harus pelan dan jelas.",
        "Minggu depan kita latihan pidato lagi, dua minggu sekali.",
        "Minggu lalu saya berpidato tiga menit saja, pidato pendek lebih baik.",
    )
    phrases = _all_phrases(extract_topics(DEMO, talk, None))
    assert "pidato" in phrases
    assert not {"menit", "minggu", "dua minggu", "dua menit", "minggu depan"} & set(phrases)


def test_a_noun_ending_in_a_word_of_saying_is_a_topic():
    """No phrase ends with a word of saying ("bicara"), so "juru bicara" and "lawan bicara" had left
    their first words alone in the lists ("juru", "lawan")."""
    talk = _talk(
        "Juru bicara harus satu saat krisis, juru bicara bicara ke media.",
        "Perhatikan tangan lawan bicara, lawan bicara yang mengetuk meja tidak sabar.",
        "Juru bicara kedutaan menjawab wartawan. Kontak mata dengan lawan bicara penting.",
        "Lawan bicara membaca bahasa tubuh kita, juru bicara juga.",
    )
    phrases = _all_phrases(extract_topics(DEMO, talk, None))
    assert {"juru bicara", "lawan bicara"} <= set(phrases)
    assert not {"juru", "lawan"} & set(phrases)


def test_another_word_in_the_place_of_a_terms_word_is_no_mention():
    """ "kepentingan luar negeri" (foreign interests) and "menteri luar negeri" (the minister) are
    not the ministry; "kementrian", as often written, and a word split by ASR are."""
    talk = _talk(
        "Kita bicara kepentingan luar negeri Indonesia.",
        "Menteri luar negeri kita pernah cerita.",
        "Kementrian luar negeri juga hadir.",
        "Diplomasi di gital sangat penting.",
    )
    entities = {e.text: e for e in extract_topics(DEMO, talk, None)["entities"]}
    assert [hit.utterance for hit in entities["Kementerian Luar Negeri"].occurrences] == [2]
    assert [hit.utterance for hit in entities["diplomasi digital"].occurrences] == [3]


def test_a_name_written_with_and_without_a_space_is_one_entity():
    from pipeline.topics import known_entities

    report = "Acara disiarkan di You Tube kampus. Rekamannya ada di Youtube dan Instagram."
    texts = [text for text, _, origin in known_entities(DEMO, report) if origin == "report"]
    assert texts == ["You Tube", "Instagram"]


def test_a_report_name_of_a_speakers_words_is_that_speaker():
    """A news report credits "Prof. Ratna": the config's Prof. Dr. Ratna Kusumawardani, not a second person."""
    from pipeline.topics import known_entities

    ratna = DEMO.speakers[0].model_copy(update={"name": "Prof. Dr. Ratna Kusumawardani, M.Si."})
    config = DEMO.model_copy(update={"speakers": [ratna, *DEMO.speakers[1:]]})
    report = "Sementara itu, Prof. Ratna menyoroti citra sebuah negara. Hadir pula Prof. Hendra Saputra."
    texts = [text for text, _, origin in known_entities(config, report) if origin == "report"]
    assert texts == ["Hendra Saputra"]


def test_a_speaker_whose_name_is_a_stop_word_is_that_person_only_where_named():
    """A speaker called Dan: the report's "Sains dan Teknologi" had crashed the stage (the name's
    span inside a body's name), and every "dan" of the talk was him."""
    from pipeline.config import Speaker

    config = DEMO.model_copy(update={"speakers": [Speaker(name="Dan"), Speaker(name="Ayu Larasati")]})
    report = "Acara Universitas Sains dan Teknologi Komputer dibuka oleh Dan. Diplomasi dan teknologi dibahas."
    talk = _talk("Silakan Pak Dan, waktu dan tempat kami persilakan.", "Terima kasih, diplomasi dan teknologi.")
    entities = {e.text: e for e in extract_topics(config, talk, report)["entities"]}
    assert "Universitas Sains dan Teknologi Komputer" in entities
    assert [o.utterance for o in entities["Dan"].occurrences] == [0]


@pytest.mark.parametrize(
    "term, heard, found",
    [
        ("Dr. Maya Puspitasari", "Ya,", False),  # a short utterance alike to a part of the name
        ("Albert Mehrabian", "Eh,", False),
        ("Zoom", "Kita pakai likeroom saja", False),  # a part of a word
        ("Asia", "Asalamualaikum teman-teman", False),
        ("Larasati", "Kata Bu Larasatinya tadi", True),  # the name and a clitic
        ("YouTube", "lewat you tube dan instagram", True),
        ("Instagram", "jangan lupa ikutin stagram kampus", True),  # the words it holds whole
        ("Bali", "lalu kembali pulang", False),
        ("Bali", "saya balik ke Jakarta", False),  # the name and letters more: another word ("back")
        ("Bali", "Balinya indah sekali", True),
        ("Indonesia", "the Indonesian delegation", True),  # English, of a name in -a
        ("Kementerian Luar Negeri", "di kementrian luar negeri kita", True),
    ],
)
def test_a_name_is_found_in_whole_words_heard_not_in_a_part_of_one(term, heard, found):
    utterances = _talk(heard).utterances
    assert bool(fuzzy_mentions(term, utterances, [normalize(heard)])) is found


def test_a_person_is_found_by_a_title_asr_joined_to_the_first_name():
    """Whisper base wrote "Prof. Ratna" as "Profratna" six times on the bundled days."""
    utterances = _talk("Terima kasih Profratna atas materinya", "Baik, terima kasih.").utterances
    spoken = [normalize(u.text) for u in utterances]
    assert [hit.utterance for hit in person_mentions("Prof. Dr. Ratna Sari", utterances, spoken, "id")] == [0]


def test_a_speakers_introduction_is_who_she_is_not_a_topic():
    """ "Saya Rina, mahasiswa Ilmu Komunikasi Universitas STEKOM semester lima." gave a question's
    list "stekom semester", "universitas negeri", "guru ppkn" (the long tuning talks); a name said
    with a title is someone addressed, and a question run on after an introduction is kept."""
    from pipeline.voices.unlisted_names import without_introductions

    assert without_introductions("Selamat siang. Saya Rina, mahasiswa Ilmu Komunikasi Unair. Soal hoaks?", "id") == (
        "Selamat siang. Soal hoaks?"
    )
    assert without_introductions("Saya Dewi, guru PPKn di Kendal.", "id") == ""
    assert without_introductions("saya rina dari unair mau bertanya soal soft power", "id") == (
        "bertanya soal soft power"
    )
    kept = ["Itu dulu dari saya, Mbak Salsa.", "Setiap nama saya tulis besar-besar di kartu.", "Saya senang sekali."]
    assert [without_introductions(text, "id") for text in kept] == kept
    talk = _talk(
        "Saya Fajar, mahasiswa Sistem Informasi STEKOM semester lima. Bagaimana soal batik dan klaim budaya?",
        "Batik itu warisan, klaim budaya biasa terjadi.",
    )
    phrases = _all_phrases(extract_topics(DEMO, talk, None))
    assert "klaim budaya" in phrases
    assert not {"stekom", "semester", "informasi"} & {word for phrase in phrases for word in phrase.split()}


def test_a_speaker_announcing_her_material_gives_its_title_not_her_name():
    """ "Materi saya Public Speaking bagi Diplomat Muda" (a long talk) was read as the speaker saying
    who she is, and left out: the title of her talk was no topic of it.  The word she calls it by
    ("materi", "topik", "tema") alone is no topic either."""
    from pipeline.voices.unlisted_names import without_introductions

    for said in (
        "Materi saya Kesehatan Mental Remaja.",
        "Topik saya, Literasi Digital, saya bagi dua.",
        "Judul materi saya Soft Power Korea.",
    ):
        assert without_introductions(said, "id") == said
    assert without_introductions("Nama saya Rina, dari Unair.", "id") == ""
    talk = _talk(
        "Materi saya Kesehatan Mental Remaja. Tema ini penting.",
        "Silakan, Bu, materi dan tema ditunggu.",
        "Kesehatan mental remaja itu soal tidur, materi pelajaran, dan tekanan teman.",
        "Baik, topik kesehatan mental remaja, materi yang bagus.",
    )
    phrases = _all_phrases(extract_topics(DEMO, talk, None))
    assert "kesehatan mental remaja" in phrases
    assert not {"materi", "tema", "topik"} & set(phrases)


@pytest.mark.parametrize(
    ("word", "saying"),
    [
        ("bicara", True),
        ("menyarankan", True),
        ("catat", True),
        ("terdengar", True),
        ("dibacakan", True),
        ("bercerita", True),
        ("menjawabnya", True),
        ("cerita", False),  # a story
        ("baca", False),  # "minat baca"
        ("pendengaran", False),  # "gangguan pendengaran"
        ("catatan", False),  # notes
        ("diplomasi", False),
    ],
)
def test_a_word_of_saying_begins_or_ends_no_topic(word, saying):
    """ "bicara diplomasi digital" beside "diplomasi digital", "menyebut infrastruktur", "orang
    bilang", "menyarankan" said once: the topic is what is said, not the saying."""
    from pipeline.text.language import is_saying
    from pipeline.text.phrase_readings import meaningful

    assert is_saying(word) is saying
    assert meaningful(f"{word} diplomasi digital") is not saying
    assert meaningful(f"diplomasi {word}") is not saying


def test_a_partial_reduplication_leaves_no_piece_of_a_word():
    """ "pertama-tama" had left "tama", a piece of a word, as a topic; "berbeda-beda" is one word."""
    talk = _talk(
        "Pertama-tama, budaya kita berbeda-beda, dan budaya itu kekayaan.",
        "Pertama-tama saya setuju, budaya yang berbeda-beda itu kekayaan.",
    )
    words = {word for phrase in _all_phrases(extract_topics(DEMO, talk, None)) for word in phrase.split()}
    assert "tama" not in words and "beda" not in words


def test_a_time_said_long_is_no_topic():
    """ "bertahun-tahun" ("for years") was a topic of a long talk, as "bertahun" had been; a unit of
    time alone is as little one ("menit"), nor one of a unit ("sehari")."""
    from pipeline.text.numbers import is_duration_word

    said_long = ("bertahun-tahun", "bertahun", "berjam-jam", "berhari-hari", "tahun", "menit")
    assert all(is_duration_word(word) for word in said_long)
    assert not any(is_duration_word(word) for word in ("bersama", "bertahun-bulan", "berorang", "tahunan"))
    # one of a unit, a rate's: "Rp 5.000 sehari" had shown "sehari" (talks-57's 6)
    assert all(is_duration_word(word) for word in ("sehari", "seminggu", "sebulan", "setahun", "sehari-hari"))
    assert not any(is_duration_word(word) for word in ("sekali", "semalam", "sekolah", "seharian", "sebelum"))
    canteen = (
        "uang saku anak rata-rata Rp 5.000 sehari, kantin sehat harus murah.",
        "Kantin sehat jangan jual jajanan bermicin, uang saku terbatas.",
        "Jadi kantin sehat dan uang saku.",
    )
    phrases = _all_phrases(extract_topics(DEMO, _talk(*canteen), None))
    assert {"kantin sehat", "uang saku"} <= set(phrases) and "sehari" not in phrases


def test_a_calls_platforms_and_forms_are_no_topics():
    """The host's list of a long talk was "formulir", "youtube", "zoom": the session's running."""
    from pipeline.text.phrase_readings import meaningful

    assert not any(meaningful(word) for word in ("zoom", "youtube", "formulir", "form"))
    assert meaningful("diplomasi digital")


def test_a_voices_own_list_leaves_out_the_calls_running_and_its_formulas():
    """The long talks' per-speaker lists held the host's "angkat tangan", "daftar hadir", a
    questioner's "sinyal" and "atas kesempatannya", and an opening's "panjatkan puji syukur" and
    "mudah-mudahan": none is what the voice talks about; its subject in the same lines stays."""
    from pipeline.topics import speaker_phrases

    host = "\n".join(["silakan angkat tangan", "isi daftar hadir dan kuesioner", "tunggu sebentar ya"] * 3)
    opening = "\n".join(["mari kita panjatkan puji syukur", "mudahan dapat wawasan diplomasi"] * 3)
    asker = "terima kasih atas kesempatannya\nmaaf sinyal saya jelek\njujur saya grogi bicara di depan kamera"
    found = [{term for term, _ in ranked} for ranked in speaker_phrases([host, opening, asker], 8)]
    words = {word for terms in found for term in terms for word in term.split()}
    assert not words & {"angkat", "hadir", "kuesioner", "sebentar", "panjatkan", "puji", "syukur", "mudahan"}
    assert not words & {"kesempatannya", "sinyal", "jujur"}
    assert "wawasan diplomasi" in found[1] and "grogi" in found[2] and "kamera" in found[2]


def test_terms_said_as_often_are_ordered_by_how_much_they_are_the_days():
    """A question says each of its terms once: among equal scores the terms whose words the day
    says far more than the language does come first ("menggantikan diplomasi" before "suka rapat"),
    and a term with a word wordfreq does not know (in ASR mostly a mishearing) after them."""
    from pipeline.topics import speaker_phrases

    host = "\n".join(["diplomasi digital itu penting", "diplomasi kita"] * 5)
    asker = "suka rapat\nmenggantikan diplomasi\nqwzx bantal"
    ranked = [term for term, _ in speaker_phrases([host, asker], 8)[1]]
    assert ranked.index("menggantikan diplomasi") < ranked.index("suka rapat") < ranked.index("qwzx bantal")


def test_the_hosts_list_is_what_it_asks_and_announces():
    """The host's list of the long talks was its session's running ("suaranya", "diunduh",
    "sertifikat"), its guests' names and their subjects repeated (8 of 38 good): it is now read
    from its questions and the themes it announces only; the guest's list stays as it was."""
    from pipeline.text.clauses import steering

    assert steering("Tema kita hari ini adalah Diplomasi Budaya.") == " kita hari ini adalah Diplomasi Budaya."
    assert steering("Sabtu depan, dengan tema Etika Diplomat.") == " Etika Diplomat."
    assert steering("Oh iya, kok nggak ada tema batik?") == "Oh iya, kok nggak ada , batik?"
    assert steering("Suara saya sudah terdengar? Silakan isi daftar hadir di chat.") == ""
    assert steering("Jadi tadi Pak Bayu cerita soal angklung di Sungai Han.") == ""
    host_lines = ["Baik, tema kita hari ini adalah kuliner nusantara.", "Sertifikat bisa diunduh di link."]
    host_lines += ["Sertifikat bisa diunduh di link."] * 3 + ["Tadi soal rendang, angklung dan batik ya."] * 2
    host_lines += ["Bagaimana rendang bisa jadi alat diplomasi?"]
    guest_lines = ["Rendang dan angklung adalah diplomasi budaya kita.", "Batik juga, batik diakui dunia."] * 4
    talk = _talk(*(line for pair in zip(host_lines, guest_lines, strict=True) for line in pair))
    guest_name = DEMO.speakers[0].name
    for speaker, name in zip(talk.speakers, ["Moderator", guest_name], strict=True):
        speaker.name = name
    config = DayConfig.model_validate(DEMO.model_dump() | {"speakers": [{"name": "Moderator"}, {"name": guest_name}]})
    plain = DayConfig.model_validate(DEMO.model_dump() | {"speakers": [{"name": guest_name}]})
    host, guest = ([p.phrase for p in s.phrases] for s in extract_topics(config, talk, None)["per_speaker"])
    before_host, before_guest = (
        [p.phrase for p in s.phrases] for s in extract_topics(plain, talk, None)["per_speaker"]
    )
    assert guest == before_guest
    # a clause that runs the session is no voice's topic, the host named or not (forty-eighth round)
    assert "angklung" in before_host and not {"sertifikat", "diunduh"} & {*before_host, *host, *guest}
    assert "angklung" not in host
    assert "kuliner nusantara" in host and any("rendang" in p for p in host)


def test_the_host_handing_out_the_material_announces_no_theme():
    """ "Materi presentasi nanti dibagikan lewat grup WhatsApp" was read as the host announcing a
    theme ("presentasi", "dibagikan", "whatsapp" in its list); a question may still ask of the call's
    tools ("lewat layar")."""
    from pipeline.text.clauses import steering

    assert steering("Materi presentasi nanti dibagikan lewat grup WhatsApp.") == ""
    handed_out = "Materi dibagikan lewat tautan di kolom chat. Tema besok etika diplomat."
    assert steering(handed_out) == " besok etika diplomat."
    assert "lewat layar" in steering("Apa yang beda kalau public speaking-nya lewat layar?")
    # a theme whose subject is a tool, nothing handed out, is a theme
    assert "konten YouTube" in steering("Tema kita hari ini adalah strategi konten YouTube untuk UMKM.")
    assert "link and match" in steering("Tema kita adalah link and match pendidikan vokasi.")


def test_the_audiences_address_as_whisper_hears_it_is_no_topic():
    """ "Bapak Ibu" heard as "papa kibu", "papak", "bapa" (every "papa" of the bundled days' ASR) is
    a filler as "bapak" is; a word a stop further off is another word ("babak final", "papan")."""
    assert {"papa", "papak", "bapa"} <= FILLERS and not {"babak", "papan"} & FILLERS
    assert sound_alikes("bapak") == {"papak", "bapa", "papa"}
    talk = _talk(
        "Selamat pagi papa kibu, kita bahas babak final lomba debat.",
        "Terima kasih papa kibu. Babak final debat disiarkan, papan skor dipasang.",
        "Papa, babak final itu kapan? Papan skor siapa yang pasang?",
        "Terima kasih papak ibu sekalian, papa kibu, sampai jumpa.",
    )
    phrases = _all_phrases(extract_topics(DEMO, talk, None))
    assert "babak final" in phrases and "papan skor" in phrases
    assert not {"papa", "papak", "kibu"} & {word for phrase in phrases for word in phrase.split()}


def test_a_glossary_term_said_is_listed_whole_and_its_words_not_apart():
    """A glossary term is one subject: said whole, or with a word misheard ("luar ngegeri"), it is
    the term, and its words ("kementerian", "negeri") are no topics beside it in any list; a known
    word in the place of one of its words is what was said ("kementerian dalam negeri")."""
    talk = _talk(
        "Kementerian luar negeri menyiapkan jaring pengaman sosial bagi warga.",
        "Jaring pengaman sosial itu penting, kementerian luar ngegeri mendata warga.",
        "Kementerian luar negeri juga bekerja dengan pemerintah daerah.",
        "Jaring pengaman sosial harus menjangkau warga di mana saja.",
    )
    day = DEMO.model_copy(update={"glossary": [*DEMO.glossary, GlossaryTerm(term="jaring pengaman sosial")]})
    topics = extract_topics(day, talk, None)
    phrases = _all_phrases(topics)
    assert {"kementerian luar negeri", "jaring pengaman sosial"} <= {p.phrase for p in topics["overall"]}
    assert "kementerian luar negeri" in [p.phrase for p in topics["per_speaker"][1].phrases]
    assert not {"kementerian", "jaring", "pengaman", "jaring pengaman", "pengaman sosial"} & set(phrases)
    assert not any("-" in phrase for phrase in phrases)
    vocabulary = Vocabulary.of_day(day, None)
    assert vocabulary.heard_terms("kementerian luar ngegeri dan kementerian dalam negeri") == (
        "kementerian-luarnegeri dan kementerian dalam negeri"
    )
    assert vocabulary.written("kementerian-luarnegeri data") == "kementerian luar negeri data"


def test_each_heard_word_is_read_against_the_terms_once(monkeypatch):
    """A long talk says its words again and again: each is read as the terms' words once, and a
    known word only where a term's word is near it.  The terms read as before: a known word is what
    was said ("dalam" beside "luar"), a word no list knows a letter off reads as the term's."""
    vocabulary = Vocabulary.of_day(DEMO, None)
    asked: list[str] = []
    known = Vocabulary.known
    monkeypatch.setattr(Vocabulary, "known", lambda self, word: asked.append(word) or known(self, word))
    said = "kementerian luar ngegeri dan kementerian dalam negeri diplomasi dikital itu"
    heard = [vocabulary.heard_terms(said) for _ in range(50)]
    assert set(heard) == {"kementerian-luarnegeri dan kementerian dalam negeri diplomasi-digital itu"}
    assert sorted(asked) == ["dikital", "ngegeri"]  # each once; near no term's word, "dan", "itu" are not asked


def test_a_glossary_term_pairs_with_no_word_in_a_voices_list():
    """A voice's terms are words and word pairs; a glossary term joined pairs with none ("diplomasi
    digital diukur" is a clause's piece), the words around it pair as before."""
    documents = ["diplomasi-digital diukur dari pesan\nmedia sosial diplomasi-digital", "pesan lain"]
    ranked = speaker_phrases(documents, 8, "id", frozenset({"diplomasi-digital"}))[0]
    terms = [term for term, _ in ranked]
    assert "diplomasi-digital" in terms and "media sosial" in terms
    assert not [term for term in terms if "diplomasi-digital" in term and " " in term]


def test_a_rare_word_said_once_among_garbles_is_no_topic():
    """Whisper reads a garbled stretch as the nearest word it knows ("tapi kencana itu bisa kakal,
    kropi sayar"): a rare root said once among words no list knows is not heard surely.  Said
    again, or in a clear utterance, affixed ("terlindungi"), or the day's own, it is a word."""
    normalized = [
        "tapi kencana itu bisa kakal kropi sayar",
        "warga kita diluang ngegeri terlindungi sekaran",
        "kencong kendi tapolah",
        "kendi tanah liat dijual di pasar",
        "diplomasi dikitalki betas ratanya",
    ]
    vocabulary = Vocabulary.of_day(DEMO, REPORT).talk_calls(normalized, normalized)
    assert amid_garbles(normalized, vocabulary) == {"kencana"}
    # a rare root said twice there is read as the root (para-16's "kaka kaka riburan hidup rekamulai")
    doubled = [clauses("jadi kaka kaka riburan hidup rekamulai kanalkita", vocabulary), "pentas gamelan di busan"]
    assert amid_garbles(doubled, Vocabulary.of_day(DEMO, REPORT).talk_calls(doubled, doubled)) == {"kaka-kaka"}
    talk = _talk(
        "Tapi kencana itu bisa kakal, kropi sayar sudah pabis.",
        "Kebun raya kita punya koleksi anggrek langka.",
        "Koleksi anggrek itu dirawat tiap hari.",
        "Kencana wungu itu nama anggrek juga, kencana yang ungu.",
    )
    assert "kencana" in _all_phrases(extract_topics(DEMO, talk, None))
    once = _talk(*(line for line in (u.text for u in talk.utterances) if "wungu" not in line))
    assert "kencana" not in _all_phrases(extract_topics(DEMO, once, None))


def test_a_common_word_heard_once_in_a_dropout_is_no_topic():
    """A voice heard surely but for one turn ("tadi sapi piring di belakang kena hujan", a bad line):
    the common words Whisper heard there once, not surely, among words it doubted are no topic.  Said
    again ("sapi" a farm's subject), or in a voice heard badly throughout (the bundled days), they
    stay; without voices or probabilities only the rare words amid unknown ones are read so."""
    normalized = [
        "muzaki di desa kita tahun ini naik banyak yang bayar zakat penghasilan lewat transfer",
        "tapi data mustahik belum rapi ada janda lansia yang belum masuk daftar",
        "tadi sapi piring di belakang kena hujan semua geser ke dalam",
        "zakat penghasilan itu dua setengah persen dibagikan tiap akhir bulan",
    ]
    voices = ["A", "B", "A", "B"]
    heard = {"sapi": 0.72, "piring": 0.69, "belakang": 0.56, "kena": 0.45, "hujan": 0.6, "geser": 0.41}
    vocabulary = Vocabulary.of_day(DEMO, REPORT).talk_calls(normalized, normalized)
    assert {"sapi", "piring"} <= amid_garbles(normalized, vocabulary, voices, heard, 0.65)
    assert not amid_garbles(normalized, vocabulary)
    farm = [*normalized, "sapi perah kami diberi pakan hijauan tiap pagi"]
    vocabulary = Vocabulary.of_day(DEMO, REPORT).talk_calls(farm, farm)
    found = amid_garbles(farm, vocabulary, [*voices, "B"], heard, 0.65)
    assert "sapi" not in found and "piring" in found
    badly = dict.fromkeys(normalized[0].split(), 0.5) | heard
    vocabulary = Vocabulary.of_day(DEMO, REPORT).talk_calls(normalized, normalized)
    assert not {"sapi", "piring"} & amid_garbles(normalized, vocabulary, voices, badly, 0.65)


@pytest.mark.parametrize(
    "no_topic, lines, heard",
    [
        # pieces of a word Whisper split, each a root of KBBI: the word said whole elsewhere or common
        (
            "rakat",
            [
                "warga masya rakat desa sangat mendukung program pelatihan ini",
                "pelatihan ini dibuka kepala desa dan camat",
            ],
            {"rakat": 0.7, "masya": 0.7},
        ),
        (
            "lompok",
            ["perwakilan ke lompok tani hadir dari tiga kecamatan", "kelompok tani mengelola pupuk bersubsidi"],
            {"lompok": 0.7},
        ),
        (
            "kitar",
            ["peserta datang dari se kitar kabupaten bandung barat", "pelatihan keuangan desa dibuka pagi ini"],
            {"kitar": 0.7},
        ),
        (
            "perus",
            ["banyak perus ahaan daerah belum menyusun laporan keuangan", "laporan keuangan diaudit inspektorat"],
            {"perus": 0.7},
        ),
        (
            "hidu",
            ["kualitas hidu warga desa meningkat berkat program air bersih", "program air bersih dibiayai dana desa"],
            {"hidu": 0.7},
        ),
        (
            "selan",
            ["selan jutnya kita dengar paparan kepala dinas pertanian", "kepala dinas pertanian memaparkan program"],
            {"selan": 0.7},
        ),
        (
            "selan",
            ["materi selan kita dengar paparan kepala dinas pertanian", "kepala dinas pertanian memaparkan program"],
            {"selan": 0.7},
        ),
        (
            "talam",
            ["kader posyandu talam memberikan penyuluhan gizi balita", "penyuluhan gizi balita dilakukan tiap bulan"],
            {"talam": 0.7},
        ),
        # a greeting, a surname, colloquial, Javanese and English words KBBI also holds
        (
            "horas",
            [
                "horas bapak ibu selamat datang di pelatihan pengelolaan keuangan desa",
                "anggaran desa harus dilaporkan tiap semester",
            ],
            {},
        ),
        (
            "pontoh",
            [
                "terima kasih kepada bapak pontoh dari dinas perikanan kabupaten",
                "dinas perikanan membina nelayan pesisir",
            ],
            {"pontoh": 0.8},
        ),
        (
            "entar",
            [
                "entar kita bahas lagi anggaran pelatihan di sesi berikutnya",
                "anggaran pelatihan sudah disetujui kepala desa",
            ],
            {"entar": 0.8},
        ),
        (
            "kalih",
            ["wonten kalih pertanyaan dari peserta tentang anggaran desa", "anggaran desa dibahas dalam musyawarah"],
            {},
        ),
        (
            "kalih",
            ["kalih pertanyaan dari peserta tentang anggaran desa", "anggaran desa dibahas dalam musyawarah"],
            {},
        ),
        (
            "mute",
            ["peserta lain tolong mute mikrofon dulu supaya suara jelas", "baik kita lanjutkan materi anggaran desa"],
            {"mute": 0.8},
        ),
        (
            "sending",
            [
                "laporan sending ke dinas setiap akhir bulan lewat aplikasi",
                "aplikasi pelaporan dikembangkan dinas kominfo",
            ],
            {"sending": 0.8},
        ),
    ],
)
def test_a_root_of_kbbi_no_word_list_has_said_once_in_a_clear_turn_is_no_topic(no_topic, lines, heard):
    """A review's ordinary turns (fifty-eighth round): KBBI's roots hold a split word's pieces, greetings,
    surnames, colloquial and English words as well as a field's terms ("mustahik"), so a root no word
    list has, said once in a clear turn, is no topic (the field-term rule tried then was removed,
    docs/measurements.md); a piece rejoins the word said whole ("kelompok tani")."""
    topics = extract_topics(DEMO, _talk(*lines), None, heard)
    assert not [phrase for phrase in _all_phrases(topics) if no_topic in phrase.split()]
    if no_topic == "lompok":
        assert "kelompok tani" in [p.phrase for p in topics["overall"]]


def test_a_subject_said_in_other_forms_a_voice_heard_little_and_a_voice_heard_once_keep_their_words():
    """The review's cases of the dropout's reading (amid_garbles): a bare "kuda" in one bad turn where
    the others say "kuda-kuda" and "kudanya" is the talk's subject said again; a voice whose one other
    turn is "setuju", or who speaks once, is no voice heard surely elsewhere, and keeps "gabah",
    "panen", "anggota" of its one real turn."""
    heard = {"kuda": 0.72, "gabah": 0.8, "panen": 0.78, "anggota": 0.82}
    heard |= {"belakang": 0.5, "kena": 0.45, "hujan": 0.6, "geser": 0.41, "kelompok": 0.5, "turun": 0.4}
    clear = "peternak di desa kami banyak yang mulai beternak untuk pacuan dan wisata"
    bad = "tadi kuda di belakang kena hujan semua geser"
    for forms in (["kuda-kuda kami dilatih tiap pagi sebelum lomba"], ["kudanya diberi rumput dan dedak"]):
        normalized = [clear, *forms, bad]
        vocabulary = Vocabulary.of_day(DEMO, REPORT).talk_calls(normalized, normalized)
        assert "kuda" not in amid_garbles(normalized, vocabulary, ["A", "B", "A"], heard, 0.65)
    normalized = [clear, "lomba pacuan tahun ini diikuti banyak peternak", bad]
    vocabulary = Vocabulary.of_day(DEMO, REPORT).talk_calls(normalized, normalized)
    assert "kuda" in amid_garbles(normalized, vocabulary, ["A", "B", "A"], heard, 0.65)  # said once: a garble
    real = "hasil panen gabah anggota kelompok kami tahun ini turun"
    for normalized, voices in (([clear, "setuju", real], ["B", "A", "A"]), ([clear, real], ["B", "A"])):
        vocabulary = Vocabulary.of_day(DEMO, REPORT).talk_calls(normalized, normalized)
        assert not {"gabah", "panen", "anggota"} & amid_garbles(normalized, vocabulary, voices, heard, 0.65)


def test_a_repetition_loop_says_its_phrase_once():
    """para-9's loop made "ruang digital" the day's top topic: seven turns over two utterances."""
    from test_transcribe_units import LOOPED

    looped, rest = LOOPED.split(" ruang digita lilih")
    talk = _talk(
        "Anggaran diplomasi itu harus naik.",
        looped,
        "ruang digita lilih" + rest,
        "Betul, kita bahas anggaran diplomasi dulu.",
        voices=[1, 0, 0, 1],
    )
    assert [u.text for u in talk.spoken_once()] == [
        "Anggaran diplomasi itu harus naik.",
        looped.split(" ruang digita lalu")[0],
        "Benatur lalu lintas percakapan ya.",
        "Betul, kita bahas anggaran diplomasi dulu.",
    ]
    [loop] = talk.repetitions()  # what summary.json and the page tell
    assert (loop.start, loop.end, loop.phrase, loop.turns) == (5.0, 15.0, "ruang digita litu terlalu besar,", 7)
    overall = [p.phrase for p in extract_topics(DEMO, talk, REPORT)["overall"]]
    assert "anggaran diplomasi" in overall and not [p for p in overall if "ruang" in p]


def test_a_talk_is_searched_for_repetition_loops_once(monkeypatch):
    """The topics stage reads the talk less a loop's repeats and logs the loop: one search serves
    both.  A copy with other words searches its own, and the loops are no field of the record."""
    import pipeline.diarize
    from test_transcribe_units import LOOPED

    searched: list[list[str]] = []
    search = pipeline.diarize.repetition_loops
    monkeypatch.setattr(pipeline.diarize, "repetition_loops", lambda words: searched.append(words) or search(words))
    talk = _talk("Anggaran diplomasi itu harus naik.", LOOPED, voices=[1, 0])
    once, [loop] = talk.spoken_once(), talk.repetitions()
    assert talk.spoken_once() == once and len(searched) == 2  # each voice's run of words, once
    shorter = talk.model_copy(update={"words": talk.words[:5], "utterances": talk.utterances[:1]})
    assert shorter.repetitions() == [] and len(searched) == 3
    assert talk.model_copy().repetitions() == [loop]
    assert "repetition_loops" not in Diarization.model_fields


def test_words_said_again_by_turns_of_two_voices_are_no_loop():
    """A loop is one voice's lost speech: two voices thanking by turns say their words each."""
    talk = _talk(*["Terima kasih ibu ayu larasati."] * 4)
    assert talk.repetitions() == [] and len(talk.spoken_once()) == 4
    assert len(_talk(*["Terima kasih ibu ayu larasati."] * 4, voices=[0] * 4).spoken_once()) == 1


def test_a_stop_word_heard_as_a_real_word_again_and_again_is_that_stop_word():
    """Whisper heard "dari" as "tari" on para-7, para-12 and para-16, surely enough: a word a stop's
    voicing off a far more common stop word, said in several utterances each beside another word,
    reads as the stop word.  The dance said in its phrases again ("tari piring", "sanggar tari"), the
    teak ("kayu jati"), and a dance named once stay words (docs/measurements.md, forty-ninth round)."""
    garbled = _talk(
        "permintaan perawat tari jepang naik terus, tari rumah sakit sampai panti wreda",
        "lulusan tari politeknik kesehatan kita banyak yang gagal ujian bahasa",
        "kursus bahasa harus dimulai tari semester awal",
        "gaji perawat lansia jauh tari gaji di dalam negeri",
    )
    phrases = _all_phrases(extract_topics(DEMO, garbled, None))
    assert not [phrase for phrase in phrases if "tari" in phrase.split()]
    dance = _talk(
        "kita bahas tari piring dari sumatera barat",
        "tari piring kami tampilkan, penarinya dari sanggar tari di padang",
        "kostum tari itu dikirim dari padang, sanggar tari perlu dana hibah",
        "jadi tari piring dan sanggar tari, hutan jati dan kayu jati",
        "kayu jati itu mahal, ada angklung dan tari saman",
    )
    assert _talk_calls(dance).stops_heard == {}
    assert {"tari piring", "sanggar tari"} <= set(_all_phrases(extract_topics(DEMO, dance, None)))


def test_a_loan_said_whole_and_in_two_words_is_one_word():
    """Whisper writes a loan it knows in pieces as two words it knows ("pay later", "skin care", "free
    lance"): where the talk also says it whole, the two are it, and the whole word is the talk's,
    though no word list has it ("paylater").  Said apart in two clauses ("we pay, later ...") the
    words stay as they are."""
    lines = ["pekerja beli tiket pakai pay later", "paylater itu utang", "jangan pakai paylater", "we pay\nlater"]
    lines += ["negaranya kuat"]
    vocabulary = Vocabulary.of_day(DEMO, None).talk_calls(lines, lines)
    assert "paylater" in vocabulary.coined and vocabulary.known("paylater")
    assert vocabulary.heard_whole(lines[0]) == "pekerja beli tiket pakai paylater"
    assert vocabulary.heard_whole("we pay\nlater everyone") == "we pay\nlater everyone"
    assert vocabulary.heard_whole("kuat negara ya") == "kuat negara ya"  # a stop word is no piece
    stops = ["i tu saja", "itu dia"]  # para-11's "i tu": a stop word said in pieces stays one
    assert "itu" not in Vocabulary.of_day(DEMO, None).talk_calls(stops, stops).coined


def test_a_verb_a_voice_says_before_a_glossary_term_is_none_of_its_topics(vocabulary):
    """para-7's host listed "menjalankan" alone: a voice's list pairs a glossary term with no word, and
    the verb said before it was left over.  A verb said for its own sake stays a voice's topic."""
    talk = _talk(
        "bagaimana kita menjalankan diplomasi digital di masa pandemi",
        "siapa yang menjalankan diplomasi digital sehari-hari",
        "menabung emas itu penting, kita menabung sejak muda",
        "menabung di bank juga bisa",
        voices=[0, 0, 1, 1],
    )
    found = extract_topics(DEMO, talk, None)
    lists = {s.speaker: [p.phrase for p in s.phrases] for s in found["per_speaker"]}
    assert "diplomasi digital" in lists["SPEAKER_00"] and "menjalankan" not in lists["SPEAKER_00"]
    assert "menabung" in lists["SPEAKER_01"]


def test_a_rare_word_the_talk_is_about_is_no_stop_word_heard_wrong():
    """The word "galau" is 1.95 Zipf rarer than "kalau", yet a talk about students feeling "galau" never says
    "kalau" where it says "galau": the word is its subject, no stop word heard wrong.  A stop is
    heard the other way only as a word's first letter ("aba" is no "apa")."""
    galau = _talk(
        "banyak mahasiswa merasa galau menjelang ujian akhir semester",
        "rasa galau itu wajar dialami mahasiswa tingkat akhir",
        "mahasiswa yang galau butuh teman bicara dan konselor kampus",
        "galau menjelang wisuda juga biasa dialami mahasiswa",
        "teman yang galau harus didengar dengan sabar",
        "galau berkepanjangan harus ditangani konselor kampus sejak awal",
        "kalau ujian sudah dekat, tidur yang cukup",
    )
    assert _talk_calls(galau).stops_heard == {}
    assert "galau" in {word for phrase in _all_phrases(extract_topics(DEMO, galau, None)) for word in phrase.split()}
    assert _voicing_swapped("aba") == "aba" and _voicing_swapped("tari") == "dari"


def test_two_indonesian_words_joined_once_are_written_apart():
    """Whisper wrote "rumahsakit" once where the talk says "rumah sakit daerah" five times: two
    Indonesian words together, said apart more often than whole, are the two words, each time."""
    hospital = _talk(
        "rumah sakit daerah kekurangan perawat tahun ini",
        "perawat di rumah sakit daerah bekerja dua shift",
        "anggaran rumah sakit daerah dipotong lagi",
        "rumah sakit daerah butuh dokter spesialis",
        "dokter spesialis enggan ke rumah sakit daerah",
        "rumahsakit swasta lebih menarik bagi dokter",
    )
    phrases = _all_phrases(extract_topics(DEMO, hospital, None))
    assert not [phrase for phrase in phrases if "rumahsakit" in phrase]
    assert "rumah sakit daerah" in phrases


def test_a_pronoun_heard_with_a_longer_ending_is_that_pronoun():
    """Whisper hears "saya" as "sayang", surely, at the head of clause after clause ("sayang rahmat
    dari dinas", "sayang kira", "sayang setuju"): the pronoun, no topic, and the introduction it
    opens is read as one.  "kasih sayang orang tua" opens no clause and is a talk's subject; a word
    said so in two utterances only stays ("diam itu juga senjata")."""
    garbled = _talk(
        "terima kasih. sayang rahmat dari dinas pekerjaan umum. kami merawat jembatan gantung",
        "sayang kira jembatan gantung itu menyelamatkan anak sekolah",
        "sayang setuju, perawatan jembatan sering dilupakan",
        "sayang lihat jembatan gantung butuh perawatan jembatan",
    )
    assert _talk_calls(garbled).stops_heard == {"sayang": "saya"}
    words = {word for phrase in _all_phrases(extract_topics(DEMO, garbled, None)) for word in phrase.split()}
    assert not words & {"sayang", "rahmat"} and "jembatan" in words
    meant = _talk(
        "kasih sayang orang tua tidak cukup diucapkan",
        "anak yang kurang kasih sayang orang tua mudah cemas",
        "sayang kalau orang tua baru sadar",
        "orang tua yang sayang anak menyediakan waktu",
    )
    assert _talk_calls(meant).stops_heard == {}
    silence = ["diam itu juga senjata dalam negosiasi", "diam memberi ruang pihak lain"]
    assert Vocabulary.of_day(DEMO, None).talk_calls(silence, silence).stops_heard == {}


def test_a_word_said_in_a_verbs_place_that_is_no_verb_heads_no_phrase():
    """ "bambang" for "membangun", surely, after "kami" again and again ("kami bambang jembatan", "kami
    bambang jalan desa"): a real word where a verb goes that no verb's form makes is Whisper's, no
    topic nor a phrase it opens.  A Pak Bambang said with his title is a name, and a verb there
    ("kami membangun") is a verb."""
    talk = _talk(
        "kami bambang jembatan gantung di dua puluh desa",
        "jembatan gantung menyelamatkan anak sekolah",
        "kami bambang jalan desa menuju jembatan",
        "jalan desa itu dibangun pak bambang bersama warga",
        "kami bambang jalan desa sambil merawat jembatan",
    )
    assert "bambang" in _talk_calls(talk).misplaced
    phrases = _all_phrases(extract_topics(DEMO, talk, None))
    assert not [phrase for phrase in phrases if "bambang" in phrase.split()] and "jalan desa" in phrases
    verbs = ["kami membangun jembatan", "kami membangun jalan desa"]
    assert Vocabulary.of_day(DEMO, None).talk_calls(verbs, verbs).misplaced == frozenset()


def test_a_word_a_voice_grades_is_a_quality_no_topic():
    """A word said after "sangat", "lebih", "paling" or before a clause's "sekali" in half its
    mentions or more is what something is ("menarik" had been a voice's topic); "sekali" inside a
    clause counts once ("plastik sekali pakai")."""
    vocabulary = Vocabulary.of_day(DEMO, None)
    lines = [line.split() for line in ("topiknya sangat menarik", "hasilnya menarik", "penting sekali")]
    lines += [line.split() for line in ("plastik sekali pakai", "plastik sekali pakai sampai ke pantai")]
    assert _graded(lines, vocabulary) == {"menarik"}
    talk = _talk("topiknya sangat menarik, sekolah inklusi", "sekolah inklusi itu menarik dan paling menarik")
    assert "menarik" not in _all_phrases(extract_topics(DEMO, talk, None))


def test_colloquial_degree_words_grade():
    """ "lumayan rame" had been a voice's topic (talks-58's 10): "lumayan" grades as "cukup" does, and
    is as little a phrase's word; "banget" grades inside a clause as at its end ("rame banget di
    medsos"), where "sekali" is also "once"."""
    vocabulary = Vocabulary.of_day(DEMO, None)
    lines = [line.split() for line in ("jualannya lumayan rame", "rame banget di medsos", "sekali pakai dibuang")]
    assert _graded(lines, vocabulary) == {"rame"}
    assert "lumayan" in phrase_stop_words("id") and "rame" not in phrase_stop_words("id")
    assert "lumayan" not in stop_words("id") and "lumayan" not in FILLERS


def test_a_word_said_as_a_predicate_twice_is_a_quality_no_topic():
    """ "kesepian itu nyata", "dampaknya nyata pada kesehatan": an adjective said after a subject with
    "-nya" or a word before a predicate, at its clause's end or before a conjunction, is a quality
    where the talk says it so twice or more, with no word of degree; a noun said there once stays
    ("yang susah itu konsistensi"), and so does "dunia nyata" said as a subject's name."""
    vocabulary = Vocabulary.of_day(DEMO, None)
    lines = [line.split() for line in ("kesepian itu nyata", "dampaknya nyata pada kesehatan", "hasilnya nyata kalau")]
    lines += [line.split() for line in ("yang susah itu konsistensi", "konsistensi lebih penting")]
    assert _graded(lines, vocabulary) == {"nyata"}
    subject = [line.split() for line in ("dunia maya dan dunia nyata", "ke dunia nyata", "itu nyata dan susah")]
    assert _graded(subject, vocabulary) == frozenset()


def test_a_stop_word_that_names_a_thing_makes_a_term_with_the_word_said_beside_it():
    """ "waktu" and "kasih" are stop words, so no phrase could end or open with them: "manajemen
    waktu", "kerja paruh waktu" and "kasih sayang" had been "manajemen", "kerja paruh" and "sayang".
    A pair the talk says in two utterances or more, its other word mostly there, is one term; a
    phrase of speech ("terima kasih", "waktu itu", "kasih tahu") and a pair said once ("kasih
    contoh") are none."""
    talk = _talk(
        "terima kasih. manajemen waktu itu kunci bagi mahasiswa kerja paruh waktu",
        "waktu itu saya kerja paruh waktu di kafe, kasih contoh saja",
        "manajemen waktu juga soal menolak lembur, kasih sayang orang tua membantu",
        "jadi manajemen waktu dan kasih sayang, terima kasih, kasih tahu teman",
    )
    assert _talk_calls(talk).compounds == {"manajemen-waktu", "paruh-waktu", "kasih-sayang"}
    phrases = _all_phrases(extract_topics(DEMO, talk, None))
    assert {"manajemen waktu", "kerja paruh waktu", "kasih sayang"} <= set(phrases)
    assert not {"manajemen", "kerja paruh", "sayang", "kasih contoh", "terima kasih", "waktu itu"} & set(phrases)


def test_an_english_clause_said_in_passing_gives_no_topic():
    """An Indonesian talk's English clause ("see you next week", "we will talk about it later") holds
    no subject, nor one of English words alone beside it ("practice first, talk later"); its
    Indonesian words stay, and an English term said as the subject stays."""
    assert in_the_days_language("see you next week\nkata bos saya tiap jumat", "id") == "kata bos saya tiap jumat"
    assert in_the_days_language("practice first\ntalk later\nitu prinsip saya", "id") == "itu prinsip saya"
    assert in_the_days_language("pelanggan pay once\nlater dapat kopi", "id") == "pelanggan\nlater dapat kopi"
    kept = "jadi public speaking\npublic speaking bisa dilatih\nsoft power lewat kuliner"
    assert in_the_days_language(kept, "id") == kept
    assert in_the_days_language("see you next week", "en") == "see you next week"


def test_a_person_said_by_the_surname_alone_is_found_by_surname():
    """ "Fergus Hanson", a source the bundled talks cite by surname ("sedus hansom", "fengkus
    hansong"), was found on none of its 13 days.  A surname of five letters or more that is no word
    of the dictionary is found alone, one letter off at most, and the entity says so (found_by);
    a surname that is a word ("Lestari": preserved) or another word heard is none."""
    from pipeline.index import entity_rows
    from pipeline.text.matching import surname_mentions

    utterances = _talk("Menurut sedus hansom, diplomasi itu penting.", "Budaya harus lestari.", "Hanya itu.").utterances
    spoken = [normalize(u.text) for u in utterances]
    assert person_mentions("Fergus Hanson", utterances, spoken, "id") == []
    assert [hit.utterance for hit in surname_mentions("Fergus Hanson", utterances, spoken, "id")] == [0]
    assert surname_mentions("Dewi Lestari", utterances, spoken, "id") == []  # a word of the language
    assert surname_mentions("Fergus Hanson", utterances, spoken, "en") == []  # the dictionary is Indonesian's
    config = DEMO.model_copy(update={"glossary": [GlossaryTerm(term="Fergus Hanson", type="PERSON")]})
    topics = extract_topics(config, _talk("Menurut sedus hansom, diplomasi digital penting."), None)
    [hanson] = [e for e in topics["entities"] if e.text == "Fergus Hanson"]
    assert (hanson.found, hanson.found_by, hanson.mentions) == (True, "surname", 1)
    assert all(e.found_by == ("name" if e.found else None) for e in topics["entities"] if e.text != "Fergus Hanson")
    from pipeline.topics import Topics

    rows = entity_rows("demo", Topics.model_construct(**topics))
    assert {row["entity"]: row["found_by"] for row in rows}["Fergus Hanson"] == "surname"


def test_a_noun_said_in_a_predicates_place_stays_a_topic():
    """A word counts in a predicate's place only at its clause's end or before a conjunction: "ini
    aplikasi yang membantu petani" and "juga petani di desa" say a noun with what it is or where,
    and a word the talk says after a preposition is a noun ("ibunya guru." beside "untuk guru");
    adjectives stay qualities ("keadaannya genting.", "itu wajar dan murah")."""
    vocabulary = Vocabulary.of_day(DEMO, None)
    said = (
        "ini aplikasi yang membantu petani",
        "itu aplikasi yang gratis untuk petani",
        "kami membuat aplikasi baru untuk petani",
        "aplikasi petani ini mudah dipakai",
    )
    assert _graded([line.split() for line in said], vocabulary) == frozenset()
    assert "aplikasi" in _all_phrases(extract_topics(DEMO, _talk(*said), None))
    nouns = ("juga petani di desa", "juga petani di kota", "ibunya guru", "ayahnya guru", "bantuan untuk guru")
    nouns += (
        "contohnya plastik",
        "isinya plastik",
        "sampah dari plastik",
        "itu sekolah di desa",
        "ini sekolah yang baru",
    )
    assert _graded([line.split() for line in nouns], vocabulary) == frozenset()
    qualities = ("keadaannya genting", "debit air turun", "situasinya genting", "itu wajar dan murah")
    qualities += ("perasaan itu wajar", "kegiatannya sederhana tapi rutin", "promosinya sederhana")
    assert _graded([line.split() for line in qualities], vocabulary) == {"genting", "wajar", "sederhana"}


def test_a_stop_word_beside_a_verb_a_day_or_a_dated_word_makes_no_term():
    """A verb with a prefix before the stop word is said of its object ("menyesuaikan diri",
    "meluangkan waktu"; after it, it says what the thing is for: "tempat bermain"); "cara" is a
    general head as "masalah" is ("cara mengatasi stres kerja" is about "stres kerja"); a day or
    month is only dated ("hari senin", "bulan maret"), and so is a word after a time word said after
    a preposition or a word of time ("di masa pandemi", "pada akhir acara"): no term.  Terms stay,
    and two stop words stay apart ("hari ini", "diri sendiri")."""

    def compounds(*said: str) -> frozenset[str]:
        return _talk_calls(_talk(*said)).compounds

    apart = (
        "cara mengatasi stres kerja itu penting",
        "kami bahas cara mengatasi stres kerja",
        "cara mengatasi lembur juga",
    )
    assert compounds(*apart) == frozenset()
    phrases = _all_phrases(extract_topics(DEMO, _talk(*apart), None))
    assert "stres kerja" in phrases and not {"cara mengatasi", "cara mengatasi stres kerja"} & set(phrases)
    verbs = ("kami menyesuaikan diri dengan kantor", "sulit menyesuaikan diri di kota", "meluangkan waktu")
    assert compounds(*verbs, "kami meluangkan waktu") == frozenset()
    assert compounds("rapat hari senin batal", "hari senin kantor tutup", "bulan maret panen", "bulan maret") == set()
    dated = ("di masa pandemi usaha turun", "selama masa pandemi warga susah", "masa pandemi berat")
    dated += ("pada waktu rapat kami pindah", "saat waktu rapat hujan", "di akhir acara doa", "pada akhir acara makan")
    assert compounds(*dated) == frozenset()
    assert compounds("hari ini kita bahas", "hari ini cerah", "diri sendiri penting", "jaga diri sendiri") == set()
    terms = ("anak butuh kasih sayang", "kasih sayang orang tua", "mengurangi waktu layar anak", "waktu layar")
    terms += ("zona waktu berbeda", "zona waktu jakarta", "transportasi umum murah", "naik transportasi umum")
    terms += ("rasa kesepian muncul", "rasa kesepian berat", "wajib lapor diri", "lapor diri ke kantor")
    terms += ("kerja paruh waktu berat", "kerja paruh waktu di kafe", "sistem peringatan dini", "peringatan dini")
    terms += ("manajemen waktu", "manajemen waktu penting", "waktu tunggu di puskesmas", "waktu tunggu pasien")
    terms += ("tempat bermain anak", "tempat bermain aman", "rasa bersalah muncul", "rasa bersalah orang tua")
    assert compounds(*terms) == {
        "kasih-sayang",
        "waktu-layar",
        "zona-waktu",
        "transportasi-umum",
        "rasa-kesepian",
        "lapor-diri",
        "paruh-waktu",
        "peringatan-dini",
        "manajemen-waktu",
        "waktu-tunggu",
        "tempat-bermain",
        "rasa-bersalah",
    }


def test_a_reduplication_written_apart_is_one_word_as_the_language_writes_it(vocabulary):
    """ASR writes "kupu kupu", "taman kanak kanak" apart: "kupu" and "taman kanak" had been topics."""
    assert clauses("taman kanak kanak dan kebun kupu kupu", vocabulary) == "taman kanak-kanak dan kebun kupu-kupu"
    assert clauses("Kura kura suka jajan", vocabulary) == "kura-kura suka jajan"
    # a stop word's stays two stop words, and an address said twice still ends a clause
    assert clauses("sama sama, teman teman guru datang", vocabulary).split("\n") == ["sama sama", "guru datang"]
    said = ("kebun kupu kupu di sekolah", "taman kanak kanak punya kebun kupu kupu", "taman kanak kanak baru")
    phrases = _all_phrases(extract_topics(DEMO, _talk(*said), None))
    assert {"kebun kupu-kupu", "taman kanak-kanak"} <= set(phrases)
    assert not {"kupu", "kanak", "taman kanak", "kebun kupu"} & set(phrases)


def test_an_amount_in_a_unit_of_measure_is_a_number_not_a_topic():
    """ "lima puluh persen", "3 juta rupiah", "per hektar": the numbers list holds them; "rupiah"
    said alone more often is a subject, and a noun a number counts is said of itself."""
    said = (
        "harga gabah turun lima puluh persen, tiga ribu rupiah per kilo",
        "petani rugi 3 juta rupiah per hektar, harga gabah jatuh",
        "lima puluh persen petani belum punya gudang",
        "bulog menyerap dua ratus ton",
    )
    talk = _talk(*said)
    assert _talk_calls(talk).units == {"persen", "rupiah", "kilo", "hektar", "ton"}
    phrases = _all_phrases(extract_topics(DEMO, talk, None))
    assert "harga gabah" in phrases
    assert not {"persen", "rupiah", "juta rupiah", "persen petani", "kilo", "hektar", "ton"} & set(phrases)
    subject = ("rupiah digital diuji di pasar", "rupiah digital aman", "harga 5 ribu rupiah", "tiga episode podcast")
    calls = _talk_calls(_talk(*subject, "lima episode podcast"))
    assert not {"rupiah", "episode"} & calls.units


def test_a_short_and_a_long_form_of_one_subject_are_one_topic_in_its_long_form():
    """ "medsos" beside "media sosial" had been two topics of one list."""
    said = (
        "guru memakai medsos untuk tugas",
        "media sosial membantu murid",
        "medsos harus diawasi orang tua",
        "media sosial juga berbahaya",
    )
    overall = extract_topics(DEMO, _talk(*said), None)["overall"]
    [topic] = [phrase for phrase in overall if "medsos" in (phrase.phrase, *phrase.heard)]
    assert topic.phrase == "media sosial" and topic.count == 4
    assert "medsos" not in [phrase.phrase for phrase in overall]


def test_words_of_a_hedge_and_of_a_compound_with_a_stop_word(vocabulary):
    """ "dalam tanda kutip" frames a word ("tanda kutip" had been a topic); "nama baik" is a
    compound, so "pencemaran nama baik" is one phrase (it had been "pencemaran nama")."""
    assert clauses("kritik itu, dalam tanda kutip, bukan penghinaan", vocabulary).split("\n") == [
        "kritik itu",
        "bukan penghinaan",
    ]
    said = ("pencemaran nama baik dilaporkan", "pencemaran nama baik di internet", "nama baik dijaga")
    phrases = _all_phrases(extract_topics(DEMO, _talk(*said), None))
    assert "pencemaran nama baik" in phrases and "pencemaran nama" not in phrases


def test_a_voice_lists_a_three_word_subject_said_only_whole_as_itself_not_its_pieces():
    """A voice's list ranks words and pairs: "rumah potong hewan", said whole again and again and its
    words nowhere else, had come as "rumah potong" and "potong hewan".  Said twice, or with a word
    said apart too ("air bersih" beside "sumber air bersih"), the pieces stay."""
    said = (
        "rumah potong hewan yang lama tidak layak",
        "sumber air bersih cuma satu",
        "rumah potong hewan yang baru punya ruang pendingin",
        "air bersih mahal, sumber air bersih kering",
        "jadi rumah potong hewan ya",
        "agen penyalur ilegal ditindak",
        "sumber air bersih dijaga",
        "agen penyalur ilegal menipu",
    )
    runs = _runs_said_only_whole(list(said), "id")
    assert set(runs.values()) == {"rumah potong hewan"}
    ranked = [("potong hewan", 0.5), ("ruang pendingin", 0.4), ("rumah potong", 0.3), ("agen penyalur", 0.2)]
    assert _pieces_as_runs(ranked, runs) == [
        ("rumah potong hewan", 0.5),
        ("ruang pendingin", 0.4),
        ("agen penyalur", 0.2),
    ]
    phrases = [p.phrase for s in extract_topics(DEMO, _talk(*said), None)["per_speaker"] for p in s.phrases]
    assert "rumah potong hewan" in phrases and not {"rumah potong", "potong hewan"} & set(phrases)


def test_a_plural_or_an_adverb_doubled_ends_a_clause_and_the_languages_doubled_words_stay(vocabulary):
    """ "anak-anak" and "pelan-pelan anak-anak" had been topics: a word the language says often,
    doubled, is a plural or an adverb ("anak-anak", "guru-guru", "buku-bukunya"), no subject, hyphened
    or apart; the language's own doubled words ("kupu-kupu", "undang-undang", "laba-laba") stay."""
    assert clauses("Anak-anak suka jajan, guru guru senang", vocabulary).split("\n") == ["suka jajan", "senang"]
    assert clauses("pelan-pelan anak-anak jadi terbiasa", vocabulary) == "jadi terbiasa"
    assert clauses("buku-bukunya sumbangan orang tua", vocabulary) == "sumbangan orang tua"
    kept = "undang-undang kesehatan, laba-laba sawah, kebun kupu-kupu"
    assert clauses(kept, vocabulary).split("\n") == ["undang-undang kesehatan", "laba-laba sawah", "kebun kupu-kupu"]
    said = (
        "anak-anak suka pojok baca di sekolah",
        "pojok baca ramai, anak anak meminjam buku cerita",
        "buku cerita disukai anak-anak, hak anak untuk membaca",
        "hak anak dijamin, anak-anak senang",
    )
    phrases = _all_phrases(extract_topics(DEMO, _talk(*said), None))
    assert {"pojok baca", "buku cerita", "hak anak"} <= set(phrases)
    assert not [phrase for phrase in phrases if "anak-anak" in phrase or "anak anak" in phrase]


def test_ibu_and_a_time_of_day_make_a_term_with_the_word_beside_them():
    """ "ibu" and "malam" are stop words (an address, a greeting): "ibu hamil" had been "hamil" and
    "ronda malam" no topic.  "ibu" makes a term with the word after it only ("kelas ibu hamil" holds no
    "kelas ibu"), and neither makes one with a stop word ("ibu ibu", "malam ini", "selamat malam")."""
    talk = _talk(
        "selamat malam ibu ibu, kita bahas kelas ibu hamil dan ronda malam",
        "kelas ibu hamil ini tiap bulan, ibu hamil belajar gizi",
        "ibu hamil harus ke puskesmas. ronda malam ini dimulai lagi",
        "jadi ronda malam dan ibu hamil ya, selamat malam",
    )
    assert _talk_calls(talk).compounds == {"ibu-hamil", "ronda-malam"}
    phrases = _all_phrases(extract_topics(DEMO, talk, None))
    assert {"ibu hamil", "ronda malam"} <= set(phrases)
    assert not {"hamil", "ronda", "kelas ibu", "ibu ibu", "malam ini", "selamat malam"} & set(phrases)
    # nor one with whom the talk calls by a title: a profession ("ibu bidan") is no term of "ibu"
    called = _talk("ibu bidan sudah datang, ibu bidan duduk", "ibu bidan dan ibu dokter", "ibu dokter setuju")
    assert not _talk_calls(called).compounds
    # nor with a name: written with a capital after "ibu" ("Ibu Ratna" four times had been a topic), or
    # said after another form of address ("bu ratna")
    named = _talk(
        "Kemarin Ibu Ratna cerita soal posyandu.",
        "Posyandu di desa kata Ibu Ratna ramai.",
        "Ibu Ratna juga kader posyandu.",
        "Jadi posyandu dan Ibu Ratna ya.",
    )
    vocabulary = Vocabulary.of_day(DEMO, None)
    said = [u.text for u in named.utterances]
    assert not vocabulary.talk_calls([clauses(text, vocabulary) for text in said], said).compounds
    lower = _talk("ibu ratna cerita soal posyandu, makasih bu ratna", "kata ibu ratna ramai", "ibu ratna kader")
    assert not _talk_calls(lower).compounds


def test_an_english_hedge_ends_a_clause(vocabulary):
    """ "kind of standar minimal" had made "kind" a topic (talks-56)."""
    assert clauses("packaging harus food grade, kind of standar minimal", vocabulary).split("\n") == [
        "packaging harus food grade",
        "standar minimal",
    ]


def test_a_speakers_hedge_is_no_topic_nor_opens_one():
    """ "istilahnya" had been a topic and "istilahnya laba-laba" a phrase; "istilah" stays a word."""
    assert {"istilahnya", "intinya", "basically", "honestly"} <= stop_words("id")
    assert not {"istilah", "inti", "basic"} & stop_words("id")
    said = (
        "sekolah lapang itu, istilahnya, belajar di sawah",
        "istilahnya musuh alami wereng banyak, basically pestisida dikurangi",
        "musuh alami dijaga, istilahnya sekolah lapang berhasil",
        "basically sekolah lapang dan musuh alami, istilah lokalnya beda",
    )
    phrases = _all_phrases(extract_topics(DEMO, _talk(*said), None))
    assert {"sekolah lapang", "musuh alami"} <= set(phrases)
    assert not [phrase for phrase in phrases if {"istilahnya", "basically"} & set(phrase.split())]


def test_a_village_short_form_beside_its_long_form_is_one_topic_said_alone_what_the_talk_calls_it():
    """ "pilkades" beside "pemilihan kepala desa" had been two topics of one list (the language's list
    lacked the village's short forms).  One the talk never says long is shown long (the next test)."""
    said = (
        "pilkades bulan depan ada tiga calon",
        "pemilihan kepala desa harus jujur, dpt sudah dicek",
        "panitia pilkades melatih petugas",
        "jadi pilkades dan dpt ya, pemilihan kepala desa ini ramai",
    )
    overall = extract_topics(DEMO, _talk(*said), None)["overall"]
    [topic] = [phrase for phrase in overall if "pilkades" in (phrase.phrase, *phrase.heard)]
    assert topic.phrase == "pemilihan kepala desa" and topic.count == 4
    assert not {"pilkades", "dpt"} & {phrase.phrase for phrase in overall}


def test_a_village_short_form_the_talk_never_says_long_is_shown_in_its_long_form():
    """ "dbd", "kur" said alone had been no topic (three letters) and "poktan" itself; talks-55 and -56
    file them long.  Only the village's (short_forms.VILLAGE_SHORT_FORMS): "ppkm" said alone stays what
    the talk calls it, as talks-47 files it; nor where the talk says the long form once; and a phrase
    holding the short form ("kader jumantik") still stands for it."""
    assert long_forms_unsaid(["kasus dbd naik", "kader jumantik\ncek jentik"]) == {
        "dbd": "demam berdarah dengue",
        "jumantik": "juru pemantau jentik",
    }
    assert long_forms_unsaid(["kasus dbd naik", "demam berdarah di desa"]) == {}
    said = (
        "kasus dbd di desa naik, kader jumantik keliling",
        "dbd bisa dicegah, kader jumantik cek bak mandi",
        "ppkm dulu bikin posyandu tutup",
        "jadi dbd dan ppkm ya, kader jumantik penting",
    )
    found = extract_topics(DEMO, _talk(*said), None)
    [topic] = [phrase for phrase in found["overall"] if "dbd" in (phrase.phrase, *phrase.heard)]
    assert topic.phrase == "demam berdarah dengue" and topic.heard[0] == "dbd" and topic.count == 3
    phrases = _all_phrases(found)
    assert {"kader jumantik", "ppkm"} <= set(phrases)
    assert not {"dbd", "juru pemantau jentik", "pembatasan kegiatan masyarakat"} & set(phrases)
    # said long once, the talk's lone "dbd" of a voice stays as said
    once_long = ("kasus dbd naik", "dbd di desa", "demam berdarah dengue itu bahaya", "dbd lagi")
    assert "dbd" in _all_phrases(extract_topics(DEMO, _talk(*once_long), None))


def test_a_short_form_of_two_meanings_another_language_or_one_said_long_stays_as_said():
    """ "tps" is a polling station and a dump, "ppl" a farm adviser and a student teacher's practice
    (short_forms.SHORT_FORMS_OF_TWO_MEANINGS): said where the talk names neither field, or both, it
    stays as said ("tps" beside "sampah" and "pemilih").  An English day has no village short forms:
    "the pmo reviews the tps reports" had shown Indonesian long forms.  A three-letter form the talk
    says as its long form less its last word ("daftar pemilih") is no phrase (short_forms.said_in_part:
    talks-54's 16 had listed "dpt" beside "daftar pemilih")."""
    assert long_forms_unsaid(["tps dekat sampah pemilih", "ppl datang", "pmo datang"]) == {}
    assert long_forms_unsaid(["kasus dbd naik"], "en") == {}
    assert long_forms_unsaid(["dpt sudah dicek", "daftar pemilih dicek"]) == {}
    assert said_in_part(["dpt sudah dicek", "daftar pemilih dicek"]) == {"dpt"}
    assert not said_in_part(["dpt sudah dicek", "daftar pemilih tetap dicek"])
    dump = ("sampah dibuang ke tps tiap pagi", "tps penuh sampah", "tps harus dibersihkan, sampah menumpuk")
    assert "tempat pemungutan suara" not in _all_phrases(extract_topics(DEMO, _talk(*dump), None))
    both = ("tps dekat tempat sampah", "pemilih antre di tps", "tps ramai pemilih, sampah menumpuk")
    phrases = _all_phrases(extract_topics(DEMO, _talk(*both), None))
    assert "tempat pemungutan suara" not in phrases
    english = DEMO.model_copy(update={"language": "en"})
    reports = ("the pmo reviews the tps reports", "the pmo said tps reports are late", "pmo and tps again")
    phrases = _all_phrases(extract_topics(english, _talk(*reports), None))
    assert not {"pengawas menelan obat", "tempat pemungutan suara", "pmo", "tps"} & set(phrases)
    voters = ("daftar pemilih sudah dicek, dpt aman", "dpt dan daftar pemilih harus sama", "dpt itu penting")
    phrases = _all_phrases(extract_topics(DEMO, _talk(*voters), None))
    assert "daftar pemilih" in phrases and not {"dpt", "daftar pemilih tetap"} & set(phrases)


def test_a_name_said_small_after_ibu_is_no_term_a_mother_of_a_kind_is():
    """ "ibu dewi sri" said three times had been a topic, as the fifty-third round's made-up test
    talk's "ibu ratna" a term (test_ibu_and_a_time_of_day_make_a_term_with_the_word_beside_them): a
    word said after "ibu" or "bapak" again and again that makes no term with it (language.PARENT_TERMS)
    is a name, and the word said only after it its other word.  "ibu balita" had been no topic ("balita", a
    word of no dictionary root, read as a name), and "program bapak angkat" "program"."""
    talk = _talk(
        "bank sampah dikelola ibu dewi sri, nasabahnya ibu rumah tangga",
        "ibu dewi sri mengajari ibu rumah tangga memilah sampah",
        "jadi bank sampah ya, ibu dewi sri mau menambahkan",
        "ibu balita ikut program bapak angkat",
        "program bapak angkat membantu ibu balita",
    )
    calls = _talk_calls(talk)
    assert {"dewi", "sri"} <= calls.addressed and not {"rumah", "balita", "angkat"} & calls.addressed
    assert calls.compounds == {"ibu-rumah", "ibu-balita", "bapak-angkat"}
    phrases = _all_phrases(extract_topics(DEMO, talk, None))
    assert {"ibu rumah tangga", "ibu balita", "program bapak angkat", "bank sampah"} <= set(phrases)
    assert not [phrase for phrase in phrases if {"dewi", "sri"} & set(phrase.split())]
    # said after "ibu" once, or as often elsewhere, a word is no name
    once = _talk_calls(_talk("ibu kader datang", "kader posyandu rajin", "kader juga capek"))
    assert "kader" not in once.addressed


def test_a_village_office_work_or_body_after_ibu_or_bapak_is_no_name():
    """A village's office, work or body said after "ibu" or "bapak" again and again (language.VILLAGE_ROLES,
    voices' NO_NAME, VILLAGE_SHORT_FORMS) names no one, nor the word said only after it ("mengadakan"
    of "ibu pkk mengadakan"); a name's other word is said after it in two utterances and is no verb
    ("mengajari" of "ibu ratna mengajari warga" said once)."""
    offices = _talk(
        "ibu kader posyandu datang, ibu pkk mengadakan lomba",
        "ibu kader posyandu menimbang balita, bapak camat hadir",
        "ibu pkk mengadakan arisan, bapak camat membuka acara",
        "ibu penjual sayur dan bapak penyuluh pertanian, ibu penjual sayur lagi, bapak penyuluh pertanian lagi",
    )
    assert not _talk_calls(offices).addressed
    assert "ibu kader posyandu" in _all_phrases(extract_topics(DEMO, offices, None))
    named = _talk("bank sampah dikelola ibu ratna", "ibu ratna mengajari warga", "ibu ratna hadir")
    assert _talk_calls(named).addressed == {"ratna"}
    phrases = _all_phrases(extract_topics(DEMO, named, None))
    assert "mengajari warga" in phrases and not [phrase for phrase in phrases if "ratna" in phrase.split()]


def test_a_garbled_word_of_the_reports_title_reads_as_the_titles_phrase():
    """A guard, passing before the fifty-third round too (talks-55's 6 and 7 found so): a talk titled
    "Literasi Media Sosial bagi Remaja" heard as "medira sosial" (para-2, demo-3) reads as its report's
    title phrase; "media massa", another subject one word off, stays itself."""
    vocabulary = Vocabulary.of_day(DEMO, "Literasi Media Sosial bagi Remaja\n\nIsi laporan.")
    assert "media sosial" in vocabulary.title
    assert vocabulary.readable("medira sosial") == "media sosial"
    assert vocabulary.readable("media massa") == "media massa"


def test_a_short_form_before_words_of_its_field_is_shown_in_its_long_form():
    """ "hpp" said only in "hpp gabah" at a rice harvest had stayed "hpp gabah" (talks-57's 4): the
    grain is the field its long form names (short_forms.of_its_field), so the phrase is shown in the
    long form; a word of no field after it ("hpp keripik") keeps the phrase as said."""
    assert of_its_field("harga pembelian pemerintah", ["gabah"])
    assert not of_its_field("harga pembelian pemerintah", ["keripik"])
    assert not of_its_field("harga pembelian pemerintah", [])
    assert not of_its_field("harga pokok produksi", ["gabah"])
    talk = _talk(
        "Harga gabah jatuh di bawah HPP gabah dari Bulog.",
        "HPP gabah kering panen sekarang naik, Bulog beli gabah petani.",
        "Pupuk subsidi hanya bisa ditebus pakai kartu tani.",
        "Jadi HPP gabah dan pupuk subsidi ya.",
    )
    heard = _all_phrases(extract_topics(DEMO, talk, None))
    assert "harga pembelian pemerintah" in heard and "hpp gabah" not in heard


def test_a_subject_shown_in_its_long_form_from_two_phrases_is_listed_once():
    """ "hpp" alone and "hpp gabah" are each shown "harga pembelian pemerintah" (_in_long_form): one
    subject, listed once as the first of them, with both heard forms and both's mentions (_merged)."""
    vocabulary = replace(Vocabulary.of_day(DEMO, None), long_forms={"hpp": "harga pembelian pemerintah"})
    said = {at: Occurrence.model_construct(utterance=at, start=5.0 * at, end=5.0 * at + 5) for at in range(3)}
    alone = _Topic(phrase="hpp", score=0.2, heard=[], said={0: said[0], 1: said[1]})
    before_grain = _Topic(phrase="hpp gabah", score=0.1, heard=[], said={1: said[1], 2: said[2]})
    grain = _Topic(phrase="gabah", score=0.3, heard=[], said={2: said[2]})
    renamed = _merged(_in_long_form(topic, vocabulary) for topic in (alone, grain, before_grain))
    assert [topic.phrase for topic in renamed] == ["harga pembelian pemerintah", "gabah"]
    assert renamed[0].heard == ["hpp", "hpp gabah"] and sorted(renamed[0].said) == [0, 1, 2]
    assert renamed[0].score == 0.2


def test_a_talk_is_stemmed_once_for_every_short_form_of_two_meanings(monkeypatch):
    """long_forms_unsaid had stemmed every word of the talk once for each short form of two meanings
    said alone: the roots are taken once a call, with the same long forms."""
    import pipeline.text.short_forms

    stemmed = []
    stem = pipeline.text.short_forms.stem
    monkeypatch.setattr(pipeline.text.short_forms, "stem", lambda word: stemmed.append(word) or stem(word))
    market = ["pkl di depan pasar", "dagangan pkl laku", "hpp gabah turun", "bulog beli gabah", "psn"]
    assert long_forms_unsaid(market) == {"hpp": "harga pembelian pemerintah", "pkl": "pedagang kaki lima"}
    assert len(stemmed) == sum(len(text.split()) for text in market)
    stemmed.clear()
    assert long_forms_unsaid(["kasus dbd naik"]) == {"dbd": "demam berdarah dengue"}
    assert stemmed == []


def test_a_short_form_of_two_meanings_is_shown_in_the_meaning_whose_field_the_talk_names():
    """ "psn" said alone had been "pemberantasan sarang nyamuk" in a talk on a toll road's land
    (talks-57's 10), and "pkl", "hpp" no candidates: one of two meanings is shown long where the talk
    names its field twice or more and more often than the other's (short_forms.MEANING_FIELDS, by
    the words' roots: "pedagang", "dagangan"); named once, or both as often, it stays as said."""
    assert long_forms_unsaid(["tanah kena psn jalan tol", "ganti rugi psn"]) == {"psn": "proyek strategis nasional"}
    assert long_forms_unsaid(["psn tiap jumat", "jentik di bak mandi", "dbd naik"]) == {
        "dbd": "demam berdarah dengue",
        "psn": "pemberantasan sarang nyamuk",
    }
    market = ["pkl di depan pasar", "dagangan pkl laku", "hpp gabah turun", "bulog beli gabah"]
    assert long_forms_unsaid(market) == {"hpp": "harga pembelian pemerintah", "pkl": "pedagang kaki lima"}
    assert long_forms_unsaid(["psn dan pkl dibahas", "pkl di pasar"]) == {}
    assert long_forms_unsaid(["proyek tol kena psn", "psn cegah nyamuk"]) == {}
    assert long_forms_unsaid(["sampah dibuang ke tps", "tps penuh sampah"]) == {}
    for long in MEANING_FIELDS:
        assert any(long in VILLAGE_SHORT_FORMS[short] for short in SHORT_FORMS_OF_TWO_MEANINGS)
    land = (
        "tanah yang kena psn jalan tol belum diganti",
        "ganti rugi psn dihitung appraisal",
        "psn itu urusan pusat, warga jangan percaya calo",
    )
    phrases = _all_phrases(extract_topics(DEMO, _talk(*land), None))
    assert "proyek strategis nasional" in phrases and "pemberantasan sarang nyamuk" not in phrases


def test_a_short_form_of_two_meanings_whose_field_an_everyday_word_names_stays_as_said():
    """A field word said in passing, or an everyday word ("siswa", "proyek", "tanam", "suara"), had
    shown the other meaning's long form: a canteen's street vendors as a pupil's placement, a dengue
    talk's "psn" as the state's projects, a village election's "tps" as the dump, a snack's cost of
    making as the state's grain price, a student teacher as a farm adviser."""
    talks = {
        "pkl": ("pkl di depan gerbang jual jajanan berpewarna", "siswa jangan jajan di pkl", "kantin sehat"),
        "psn": ("kasus dbd naik", "jentik ada di bekas galian proyek", "psn tiap jumat, psn rutin"),
        "tps": (
            "panitia pilkades siapkan tps",
            "warga mencoblos di tps, pencoblosan jam tujuh",
            "sampah di sekitar tps",
        ),
        "hpp": ("hpp keripik dihitung dari bahan baku, bukan gabah", "hpp keripik naik", "harga jual keripik"),
        "ppl": ("guru ppl ikut tanam pohon", "ppl juga mengajar di kelas", "siswa senang"),
    }
    wrong = {
        "pkl": "praktik kerja lapangan",
        "psn": "proyek strategis nasional",
        "tps": "tempat penampungan sementara",
        "hpp": "harga pembelian pemerintah",
        "ppl": "penyuluh pertanian lapangan",
    }
    for short, lines in talks.items():
        unsaid = long_forms_unsaid([normalize(line) for line in lines])
        assert unsaid.get(short) in (None, "pemberantasan sarang nyamuk"), short
        phrases = _all_phrases(extract_topics(DEMO, _talk(*lines), None))
        assert wrong[short] not in phrases, short


def test_every_short_forms_long_form_is_matched_as_normalize_writes_it():
    """ "pedagang kaki lima" is "pedagang kaki 5" normalised, "bawah dua tahun" "bawah 2 tahun": a talk
    that said one never said it, and "pkl" beside it was shown long as if unsaid."""
    for language in SHORT_FORMS:
        assert all(long == normalize(long) for _, long in day_short_forms(language).pairs)
    for short in VILLAGE_SHORT_FORMS:
        for long in VILLAGE_SHORT_FORMS[short]:
            assert short not in long_forms_unsaid([normalize(f"{short} itu {long}")]), long
    assert long_forms_unsaid([normalize("pkl, pedagang kaki lima, di pasar, pasar ramai")]) == {}
    assert said_in_part([normalize("pkl itu pedagang kaki lima")]) == frozenset()


def test_a_village_coinage_said_only_short_is_a_topic_as_said():
    """ "apbdes", "siltap", "posbindu" (no word list's, wordfreq's never seen) said three times had
    been read as ASR's garbles, and "blt", three letters, no phrase: the village's coinages
    (short_forms.VILLAGE_COINAGES) are topics as said, as talks-56 and -57 file them.  A word no list
    holds said as often is a garble still."""
    said = (
        "apbdes perubahan harus memuat siltap perangkat",
        "siltap telat karena apbdes belum disahkan, blt juga telat",
        "penerima blt didata ulang, kuntaba kuntaba",
        "jadi apbdes, siltap, dan blt ya, kuntaba",
        "kuntaba itu posbindu",
    )
    phrases = _all_phrases(extract_topics(DEMO, _talk(*said), None))
    assert {"apbdes", "siltap", "blt"} <= set(phrases)
    assert not [phrase for phrase in phrases if "kuntaba" in phrase.split()]
    assert not {"anggaran pendapatan dan belanja desa", "penghasilan tetap", "bantuan langsung tunai"} & set(phrases)


def test_a_share_of_taxes_and_a_land_certificate_are_terms_with_a_stop_word():
    """ "bagi hasil" ("bagi" a stop word) had left "hasil" alone a topic, and "sertifikat tanah"
    ("sertifikat" a call's, language.CALL_TOOLS) "tanah": both are compounds (language.COMPOUNDS).
    "bagi" before another word is the preposition still."""
    talk = _talk(
        "bagi hasil pajak dari kabupaten telat, sertifikat tanah juga belum jadi",
        "kalau bagi hasil telat, siltap ikut telat. penting bagi warga desa",
        "jadi bagi hasil dan sertifikat tanah ya, penting bagi warga desa",
        "sertifikat tanah diambil di balai desa",
    )
    phrases = _all_phrases(extract_topics(DEMO, talk, None))
    assert {"bagi hasil", "sertifikat tanah"} <= set(phrases)
    assert not {"hasil", "tanah", "bagi warga", "bagi warga desa"} & set(phrases)


def test_bagi_for_before_hasil_is_no_share():
    """ "bagi" after what is good or of use for something is "for" (language.COMPOUNDS_NOT_AFTER):
    "pupuk organik penting bagi hasil panen" had shown "bagi hasil panen", the harvest's talk's
    subject being "hasil panen"; "bagi hasil" said otherwise is the share still."""
    from pipeline.text.language import join_compounds

    assert join_compounds("pupuk organik penting bagi hasil panen", "id") == "pupuk organik penting bagi hasil panen"
    assert join_compounds("kalau bagi hasil telat", "id") == "kalau bagi-hasil telat"
    assert join_compounds("bagi hasil pajak", "id") == "bagi-hasil pajak"
    harvest = _talk(
        "pupuk organik penting bagi hasil panen, tanah jadi gembur",
        "hasil panen naik kalau pupuk organik dipakai rutin",
        "jadi pupuk organik dan hasil panen ya, pupuk organik penting bagi hasil panen",
    )
    phrases = _all_phrases(extract_topics(DEMO, harvest, None))
    assert "hasil panen" in phrases and not [phrase for phrase in phrases if "bagi" in phrase.split()]
    breakfast = _talk(
        "sarapan penting bagi hasil belajar siswa, jangan berangkat tanpa sarapan",
        "hasil belajar siswa yang sarapan lebih baik",
        "jadi sarapan dan hasil belajar ya, sarapan penting bagi hasil belajar",
    )
    phrases = _all_phrases(extract_topics(DEMO, breakfast, None))
    assert "hasil belajar" in " | ".join(phrases) and not [phrase for phrase in phrases if "bagi" in phrase.split()]
