"""Short forms a talk says for what a report spells out: "Kemlu", "medsos", "KBRI"."""

from __future__ import annotations

import pyarrow
import pytest

from pipeline.config import GlossaryTerm
from pipeline.diarize import Utterance
from pipeline.search import said_in_any_form as search_forms
from pipeline.text.language import fold, is_common_word, normalize
from pipeline.text.short_forms import NO_SHORT_FORMS, day_short_forms, defined_in, glossed_at
from pipeline.text.similarity import TERM_FOUND, similarity
from pipeline.topics import said_in_any_form


def utterances(*texts: str) -> list[Utterance]:
    return [
        Utterance(
            index=i, segment=i, speaker="SPEAKER_00", start=5.0 * i, end=5.0 * i + 4, text=t, word_start=0, word_end=1
        )
        for i, t in enumerate(texts)
    ]


@pytest.mark.parametrize(
    ("report", "defined"),
    [
        ("dihadiri Kedutaan Besar Republik Indonesia (KBRI) di Seoul", [("kbri", "kedutaan besar republik indonesia")]),
        # the run whose words' first letters spell the form, not the shortest that holds its letters
        ("Kelas Bahasa Indonesia bagi Penutur Asing (BIPA) di KBRI", [("bipa", "bahasa indonesia bagi penutur asing")]),
        (
            "YouTube Universitas Sains dan Teknologi Komputer (Universitas STEKOM) dan",
            [
                ("universitas stekom", "universitas sains dan teknologi komputer"),
                ("stekom", "universitas sains dan teknologi komputer"),
                ("stekom", "universitas stekom"),
            ],
        ),
        ("Perserikatan Bangsa-Bangsa (PBB)", [("pbb", "perserikatan bangsa bangsa")]),
        # the short form first, as news often writes it
        ("KBRI (Kedutaan Besar Republik Indonesia) Seoul", [("kbri", "kedutaan besar republik indonesia")]),
        ("UKM (unit kegiatan) kampus", []),
        ("BATNA (bottom line dan alternatif terbaik jika perundingan gagal)", []),  # a gloss
        ("(bottom line) dan alternatif terbaik jika perundingan gagal (BATNA).", []),  # and after it
        # a short form in small letters, or in two parts
        ("Badan Ekonomi Kreatif (Bekraf) dulu", [("bekraf", "badan ekonomi kreatif")]),
        ("Atase Pendidikan dan Kebudayaan (Atdikbud)", [("atdikbud", "atase pendidikan dan kebudayaan")]),
        ("pembelajaran jarak jauh (pjj)", [("pjj", "pembelajaran jarak jauh")]),
        (
            "Dewan Perwakilan Rakyat Republik Indonesia (DPR RI)",
            [("dpr ri", "dewan perwakilan rakyat republik indonesia")],
        ),
        ("Program Studi Hubungan Internasional (Prodi HI)", [("prodi hi", "program studi hubungan internasional")]),
        ("ibu kota Aljazair (Aljir)", []),
        # a gloss, a description and a name in brackets abbreviate nothing
        ("membangun kedekatan dengan public (closeness)", []),
        ("H.E Chalief Akbar (Duta Besar RI di Aljazair)", []),
        ("pandemi (COVID-19) berakhir", []),
    ],
)
def test_a_report_defines_its_short_forms_in_brackets(report, defined):
    assert defined_in(report) == defined


@pytest.mark.parametrize(
    "said, long",
    [
        ("pinjol itu pinjaman online yang legal", "pinjaman online"),
        ("galbay , gagal bayar", "gagal bayar"),  # across a clause's end, right after the short form
        ("ppdb , penerimaan peserta didik baru", "penerimaan peserta didik baru"),
        ("dtks , data terpadu kesejahteraan sosial", "data terpadu kesejahteraan"),
        ("karhutla , kebakaran hutan dan lahan", "kebakaran hutan dan lahan"),  # a stop word lends no letter
        ("nakes tenaga kesehatan di daerah", "tenaga kesehatan"),  # syllables blended
        ("tagana itu taruna siaga bencana", "taruna siaga bencana"),
        ("pinjaman online atau pinjol", "pinjaman online"),  # before it, after a glossing word
        # ASR's garbles beside real words shorten nothing
        ("samu salam sejahtera untuk kita", None),  # "kita" lends "samu" no letter
        ("patik lewat pameran taring , dan beberapa butik", None),  # across a clause
        ("pinjaman online pinjol", None),  # before it without a glossing word
        ("pinjol itu pinjaman onlen", None),  # a long form with a word that is no word
    ],
)
def test_a_talk_glosses_a_short_form_with_the_words_beside_it(said, long):
    """The short form is the one word no word list has; "," marks a clause's end."""
    words = said.split()
    at = next(index for index, word in enumerate(words) if word != "," and not is_common_word(word))
    assert glossed_at(words, at, is_common_word, "id") == long


def test_a_talks_short_form_is_heard_as_the_reports_long_form():
    point = "Kementerian Luar Negeri telah menetapkan diplomasi digital sejak tahun 2017."
    talk = ["Jadi Kemlu sudah menetapkan diplomasi digital sejak 2017.", "Baik, terima kasih.", "Ada pertanyaan?"]
    forms = day_short_forms("id")
    with_forms = similarity([point], talk, forms=forms)
    without = similarity([point], talk)
    kementerian = with_forms.terms[0].index("menteri")  # the stem of "Kementerian"
    assert with_forms.term_scores[0][0, kementerian] >= TERM_FOUND
    assert without.term_scores[0][0, kementerian] < TERM_FOUND
    assert with_forms.words[0, 0] > without.words[0, 0]


def test_forms_are_added_only_toward_the_reports_own():
    """A talk's "media sosial" is read as "medsos" only where the report writes "medsos"."""
    forms = day_short_forms("id")
    assert forms.other_forms("lewat media sosial", wanted="diplomasi lewat medsos") == ["medsos"]
    assert forms.other_forms("lewat media sosial", wanted="diplomasi lewat media sosial") == []
    toward = forms.toward(normalize("Kementerian Luar Negeri dan KBRI"))
    assert {short for short, _ in toward.pairs} == {"kemlu", "kemenlu", "kbri"}


def test_an_entity_is_said_by_its_short_form_as_a_whole_word():
    forms = day_short_forms("id")
    talk = utterances("Website Kemlu sudah diperbarui.", "Kemlunya juga aktif.", "Kemluar dari situ.")
    spoken = [normalize(u.text) for u in talk]
    hits = said_in_any_form("Kementerian Luar Negeri", talk, spoken, "id", forms)
    assert [(hit.utterance, hit.matched) for hit in hits] == [(0, "kemlu"), (1, "kemlu")]
    # and a short-form name by its long form
    talk = utterances("Kedutaan Besar Republik Indonesia Seoul membuka kelas.")
    hits = said_in_any_form("KBRI Seoul", talk, [normalize(u.text) for u in talk], "id", forms)
    assert [hit.utterance for hit in hits] == [0]


def test_the_glossary_names_other_forms_of_a_term():
    term = GlossaryTerm(term="Universitas Sains dan Teknologi Komputer", also="Kampus Biru")
    assert term.also == ["Kampus Biru"]
    forms = day_short_forms("id", also={term.term: term.also})
    talk = utterances("Selamat datang di Kampus Biru.")
    hits = said_in_any_form(term.term, talk, [normalize(u.text) for u in talk], "id", forms)
    assert [hit.utterance for hit in hits] == [0]
    assert said_in_any_form(term.term, talk, [normalize(u.text) for u in talk], "id", NO_SHORT_FORMS) == []


def test_search_finds_a_short_form_for_the_long_form_asked():
    folded = pyarrow.chunked_array([["jadi kemlu sudah siap", "kementerian luar negeri", "kemluar dari sini", "lain"]])
    scores, said_as = search_forms("kementerian luar negeri", folded)
    assert sorted(scores) == [0, 1] and said_as[0] == "kemlu" and said_as[1] == "kementerian luar negeri"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Soal HAM, diplomasi kita aktif.", True),
        ("Roti ham dan keju.", False),  # the meat
        ("Ham pir semua hadir.", False),  # a piece of "hampir"
        ("Ham, itu nama panggilan saya.", False),  # a name
    ],
)
def test_an_initialism_is_heard_only_in_capitals(text, said):
    """A short form said letter by letter (its letters its long form's initials) is also a word or
    a piece of one: the talk writes it in capitals where it means the name."""
    talk = utterances(text)
    hits = said_in_any_form("Hak Asasi Manusia", talk, [normalize(u.text) for u in talk], "id", day_short_forms("id"))
    assert bool(hits) is said
    assert (
        bool(
            search_forms("hak asasi manusia", pyarrow.chunked_array([[fold(text)]]), pyarrow.chunked_array([[text]]))[0]
        )
        is said
    )


def test_a_name_in_capitals_is_heard_in_capitals():
    """'RI' as the report writes it is no 'ri' of an ASR-split 'di ri'."""
    talk = utterances("Ini jati di ri bangsa kita.", "Dubes RI di Aljir.")
    hits = said_in_any_form("RI", talk, [normalize(u.text) for u in talk], "id", day_short_forms("id"))
    assert [hit.utterance for hit in hits] == [1]


def test_search_finds_a_short_form_with_its_clitic():
    folded = pyarrow.chunked_array([["terima kasih pak dubesnya", "pak duta besar"]])
    assert sorted(search_forms("duta besar", folded)[0]) == [0, 1]
