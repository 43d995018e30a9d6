"""The report comparison on true text (no ASR model): paraphrase, narration, odd reports, topics."""

from __future__ import annotations

import re
import threading
import time

import numpy as np
import pytest

from conftest import NEAR_LANGUAGES, REPO, REPORT
from pipeline import compare
from pipeline.bench.themes import CONFIG as THEMES_CONFIG
from pipeline.bench.themes import THEMES, theme_talk
from pipeline.compare import (
    CLOSE_MIN,
    PASSAGE_MAX_WORDS,
    SPEAKER_FIRST,
    Passage,
    PointNumber,
    ReportPoint,
    _flag_across_doubted_names,
    _heard_otherwise,
    _said_as_reported,
    compare_to_report,
    evidence_span,
    named_speakers,
    names_crossed,
    session_names,
    unreported_passages,
)
from pipeline.config import CompareOptions, load_config
from pipeline.diarize import Utterance
from pipeline.evaluate import SAID, compare_metrics, compare_outcomes, truth_diarization
from pipeline.records.files import PipelineError
from pipeline.text.language import normalize
from pipeline.text.matching import Occurrence
from pipeline.text.meaning import ENCODER_TOKENS, encoded_texts
from pipeline.text.narration import runs_the_session, session_words
from pipeline.text.phrase_readings import Vocabulary
from pipeline.text.points import report_points, split_points
from pipeline.text.report import read_report
from pipeline.text.report_warnings import another_days_report
from pipeline.text.sentences import split_sentences
from pipeline.text.similarity import (
    ENCODER_BUDGET,
    MEANING_CANDIDATES,
    MEANING_FLOOR,
    MEANING_SENTENCES,
    OTHER_CLAIM_FACTOR,
    Similarity,
    _candidates,
    across_languages,
    similarity,
)
from pipeline.topics import Entity, Phrase, Topics
from pipeline.truth import load_truth

# Days whose labels never chose a weight or threshold (the tuning days are demo, para-1, para-2,
# para-5 to para-8, para-11 and para-12).
SCORED_PARAPHRASE_DAYS = ("para-3", "para-4", "para-9", "para-10")
# Days of other reports (day 7; day 3, written as a news portal writes), by hands that had not seen
# the method, with talk that uses a point's words without its claim.
SCORED_OTHER_REPORT_DAYS = ("para-13", "para-14", "para-15", "para-16", "para-17", "para-18", "para-19")


def _compare(day: str, report: str | None = None, diarization=None):
    config = load_config(REPO / "configs" / f"{day}.yaml")
    truth = load_truth(config.truth_path)
    result = compare_to_report(config, diarization or truth_diarization(truth), None, report or read_report(config))
    return config, truth, result


def _true_text_metrics(days: tuple[str, ...]) -> dict:
    """The comparison on the days' true text, pooled, against their labels."""
    outcomes = []
    for day in days:
        _, truth, result = _compare(day)
        outcomes += compare_outcomes(truth, result["points"])
    metrics = compare_metrics(outcomes)
    print(f"\n{', '.join(days)}, true text: {metrics}")
    return metrics


def test_paraphrased_points_are_found_on_the_true_text():
    metrics = _true_text_metrics(SCORED_PARAPHRASE_DAYS)
    # Measured 0.875 agreement with the shipped weights and meaning floor (0.856 without the floor;
    # para-9, 10, written by a hand that had not seen the method, with hard negatives, are the
    # hardest); the bound leaves room for numerics only.
    assert metrics["agreement"] >= 0.85
    assert metrics["false_covered"] <= 0.10
    assert metrics["narration_recognised"] == 1.0
    # Confidences read as probabilities: measured Brier 0.106, calibration error 0.038.
    assert metrics["brier"] <= 0.12 and metrics["calibration_error"] <= 0.08


def test_points_of_other_days_reports_on_the_true_text():
    """The weights were fitted on the day-10 report's days first; days 7 and 3 have other points,
    words, speakers and (day 3) another way of writing."""
    metrics = _true_text_metrics(SCORED_OTHER_REPORT_DAYS)
    # Measured 0.81 agreement, recall 0.68, 5 % of unspoken points called covered and 10 % covered
    # or partly, every narrating sentence told (para-13 to para-17 alone: 0.81, 0.64, 3 % and 9 %;
    # without the meaning floor 0.70, 0.80, 13 % and 36 %; docs/compare.md, para-18 and para-19 in
    # "Two more days of the day-3 report by a new hand"): a guard against worse, not a target met.
    assert metrics["agreement"] >= 0.77 and metrics["recall"] >= 0.6
    assert metrics["false_covered"] <= 0.08 and metrics["false_said"] <= 0.15
    assert metrics["narration_recognised"] == 1.0


def test_a_one_sentence_report_of_a_claim_never_made_is_mostly_missing():
    """A short report has no other points to weigh a point against: sharing "diplomasi digital"
    with the talk must not make a claim the talk never makes said (scored claims, true text)."""
    from pipeline.bench.compare_accuracy import unsaid_claims

    said = []
    for day in ("demo-2", "demo-3", *SCORED_PARAPHRASE_DAYS):
        for claim in unsaid_claims("scored"):
            point = _compare(day, report=claim)[2]["points"][0]
            said += [(day, point.confidence, claim)] if point.status in ("covered", "partly") else []
    print(f"\nunsaid claims called said: {said}")
    # Measured 2 of 54 (5 of 36 on four days with the weights of the eleventh round, 7 of 36 with
    # those fitted on whole reports only; docs/compare.md).
    assert len(said) <= 4


@pytest.mark.parametrize(
    "rows, brier, error",
    [
        ([(1.0, "covered"), (0.0, "missing")], 0.0, 0.0),
        ([(0.5, "covered"), (0.5, "missing")], 0.25, 0.0),  # right on average, no help per point
        ([(0.95, "missing"), (0.95, "partly")], 0.4525, 0.45),
        ([(None, "narration")], None, None),
    ],
)
def test_calibration_reads_confidences_as_probabilities(rows, brier, error):
    from pipeline.evaluate import calibration

    measured = calibration([{"confidence": c, "truth": t} for c, t in rows])
    assert measured == {"brier": brier, "calibration_error": error}


def test_every_point_has_a_graded_verdict_with_evidence():
    _, _, result = _compare("para-4")
    for point in result["points"]:
        if point.status == "narration":
            assert point.confidence is None and not point.evidence
            continue
        assert 0 <= point.confidence <= 1
        if point.status == "missing":  # its closest passage, where one comes close
            assert len(point.evidence) <= 1 and all(span.confidence >= CLOSE_MIN for span in point.evidence)
        else:  # each passage says it; a speaker's sure ones before the host's, each by its chance
            assert 1 <= len(point.evidence) <= 3 and point.confidence == max(s.confidence for s in point.evidence)
            assert point.evidence == sorted(
                point.evidence,
                key=lambda s: (s.speaker_name == "Moderator" or s.confidence < SPEAKER_FIRST, -s.confidence),
            )
        if point.status in SAID:
            assert point.found_terms, point.text
        if point.status == "partly":
            assert point.missing_terms
        # the words are the point's own, as it writes them (or a number it says in words, in digits),
        # once each, not their stems
        shown = point.found_terms + point.missing_terms
        assert len(shown) == len(set(shown))
        assert all(word in point.text or word in normalize(point.text).split() for word in shown), point.text
    counts = {s: sum(p.status == s for p in result["points"]) for s in ("covered", "partly", "missing", "narration")}
    assert counts == {s: result[s] for s in counts}
    assert 0 < result["coverage"] < 1


def test_narration_carries_attribution_but_is_not_scored():
    _, _, result = _compare("demo")
    narration = [p for p in result["points"] if p.status == "narration"]
    assert [p.text.split()[0] for p in narration] == ["Acara", "Pada", "H.E", "Dr."]
    after_ayu = [p for p in result["points"] if p.index > narration[-1].index]
    assert after_ayu and {p.attributed_to for p in after_ayu} == {"Dr. Ayu Larasati, S.Sos., M.Ikom."}


def test_one_sentence_report():
    said = "Gabungan antara diplomasi secara fisik dan digital akan menjadi norma baru setelah pandemi."
    _, _, result = _compare("para-4", report=said)
    assert [p.status for p in result["points"]] == ["covered"]
    unsaid = "Kementerian luar negeri menetapkan peta strategi diplomasi sejak tahun 2017."
    _, _, result = _compare("para-4", report=unsaid)
    assert [p.status for p in result["points"]] == ["missing"]
    short = "Diplomasi digital penting di masa pandemi."  # three content words, fewer than a point needs
    _, _, result = _compare("para-4", report=short)
    assert [(p.text, p.status != "narration") for p in result["points"]] == [(short, True)]


def test_the_report_of_another_event_is_flagged_and_found_missing():
    cooking = (
        "Lomba memasak tahunan diadakan di balai desa pada hari Minggu pagi. "
        "Peserta datang dari dua belas rukun tetangga dengan membawa bahan masakan sendiri. "
        "Juri menilai rasa, tampilan, dan kebersihan dapur setiap peserta. "
        "Rendang daging sapi buatan ibu Sari mendapat nilai tertinggi dari para juri. "
        "Hadiah utama berupa kulkas dua pintu dan uang tunai lima juta rupiah. "
        "Panitia menyediakan tenda besar karena hujan turun sejak pukul sepuluh. "
        "Kepala desa berjanji lomba akan diadakan lagi tahun depan dengan hadiah lebih besar. "
        "Penjual es kelapa muda mendapat banyak pembeli karena cuaca panas setelah hujan reda. "
        "Sebagian warga mengeluhkan parkir motor yang tidak tertib di pinggir jalan."
    )
    _, _, result = _compare("para-4", report=cooking)
    assert any("another event" in warning for warning in result["warnings"])
    assert {p.status for p in result["points"]} == {"missing"}


def test_english_report_is_flagged_and_not_all_covered():
    english = (
        "Digital diplomacy became part of Indonesia's diplomatic strategy in 2017. "
        "The ambassador explained that world leaders no longer need to travel abroad for meetings. "
        "Cyber security, data privacy and internet governance must be addressed. "
        "Young people now take part in public debate more easily. "
        "The embassy in Algiers promotes Indonesian coffee and batik on Instagram."
    )
    _, _, result = _compare("para-4", report=english)
    assert result["warnings"] and "Indonesian" in result["warnings"][0]
    assert result["covered"] < len(result["points"])


# A report of another event, in English, for the Indonesian talks: nothing in it is said.
IRRIGATION_REPORT = """The field day on irrigation for rice farmers was held in Karawang.
Farmers learned how to schedule water so that the paddy fields dry out between rounds of watering.
Alternate wetting and drying saves up to a third of the water without lowering the harvest.
The extension officer showed how to read a simple water tube pushed into the soil.
Methane from flooded paddies falls sharply when the fields are allowed to dry.
Farmers asked about the cost of building small channels between neighbouring plots.
The district government promised seed subsidies for farmers who join the programme.
Rats and golden snails remain the main pests in the rainy season.
The next field day will cover organic fertiliser made from rice straw and manure.
Young farmers said they want to use phone apps to record their harvests."""


def test_an_english_report_is_matched_by_what_the_talk_means():
    """The day-10 report rendered in English against para-1's Indonesian talk: found by meaning,
    where shared words had found nothing."""
    from pipeline.bench.compare_accuracy import ENGLISH_REPORT, english_labels

    config, truth, _ = _compare("para-1")
    _, _, result = _compare("para-1", report=ENGLISH_REPORT.read_text(encoding="utf-8"))
    assert "matched by what the talk's utterances mean" in result["warnings"][0]
    # nothing quoted: English words are not counted, nor the pieces of its link ("youtu")
    assert result["warnings"][0].startswith("the report does not look like Indonesian, the talk's language")
    metrics = compare_metrics(compare_outcomes(english_labels(config, truth), result["points"]))
    # Measured agreement 0.81, recall 0.77, 2 of 13 unspoken points called said (words alone:
    # agreement 0.54, recall 0.08); para-1 is a tuning day of these weights
    assert metrics["agreement"] >= 0.75 and metrics["recall"] >= 0.6 and metrics["false_said"] <= 0.25
    said = [p for p in result["points"] if p.status in SAID]
    assert said and all(p.status == "covered" and len(p.evidence) >= 1 for p in said)
    assert not any(p.found_terms or p.missing_terms for p in result["points"])
    narrated = {p.text.split()[0] for p in result["points"] if p.status == "narration"}
    assert {"H.E.", "Dr."} <= narrated  # "X explained the ..." narrates, in English too


def test_an_english_report_of_another_event_is_not_found_in_the_talk():
    for day in ("para-1", "para-9"):
        _, _, result = _compare(day, report=IRRIGATION_REPORT)
        assert len(result["points"]) == 10 and result["covered"] <= 2  # measured 1 and 0 of 10


def test_an_english_report_without_the_encoder_keeps_to_shared_words():
    from pipeline.bench.compare_accuracy import ENGLISH_REPORT

    config = load_config(REPO / "configs" / "para-1.yaml")
    config = config.model_copy(update={"compare": CompareOptions(meaning=False)})
    truth = load_truth(config.truth_path)
    result = compare_to_report(config, truth_diarization(truth), None, ENGLISH_REPORT.read_text(encoding="utf-8"))
    assert "found only through words the report and the talk share" in result["warnings"][0]


def test_across_languages_reads_each_utterance_once_within_its_budget(monkeypatch):
    """Nothing leads the encoder to a few windows across languages: it reads the whole talk, each
    utterance cut to its share of ACROSS_BUDGET tokens."""
    monkeypatch.setattr("pipeline.text.similarity.ACROSS_BUDGET", 3_000)
    _, truth, _ = _compare("para-1")
    points = [p.point for p in truth.points if p.status != "narration"]
    utterances = [f"{i}: " + " ".join(turn.text for turn in truth.turns)[:1500] for i in range(60)]
    encoder = _CountingEncoder()
    match = across_languages(points, utterances, encoder)
    assert encoder.passages == 60 and encoder.tokens <= 3_000
    assert match.probability().shape == (len(points), 60)


def test_a_three_line_report_against_a_long_talk():
    """A 2-hour talk (every bundled day's true text, many times) against a 3-line report."""
    days = ["demo", "demo-2", "demo-3", "para-1", "para-2", "para-3", "para-4"]
    diarizations = [truth_diarization(load_truth(REPO / "configs" / d / "truth.json")) for d in days]
    utterances = []
    while len(utterances) < 1500:  # about 2 hours of talk at ~6 s an utterance
        for diarization in diarizations:
            utterances += [
                u.model_copy(update={"index": len(utterances) + i}) for i, u in enumerate(diarization.utterances)
            ]
    speakers = list({s.name: s for d in diarizations for s in d.speakers}.values())
    talk = diarizations[0].model_copy(update={"utterances": utterances, "speakers": speakers})
    report = (
        "Diplomasi hybrid akan menjadi norma baru setelah pandemi berakhir.\n"
        "Kedutaan membuka restoran padang di pusat kota Aljir untuk umum.\n"
        "Partisipasi masyarakat lebih mudah, khususnya anak muda.\n"
    )
    started = time.perf_counter()
    _, _, result = _compare("para-4", report=report, diarization=talk)
    print(f"\n3-line report, {len(utterances)} utterances: {time.perf_counter() - started:.1f} s")
    assert [p.status for p in result["points"]] == ["covered", "missing", "covered"]


@pytest.fixture(scope="module")
def vocabulary():
    config = load_config(REPO / "configs" / "demo.yaml")
    return Vocabulary.of_day(config, REPORT.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "heard, shown",
    [
        ("diplomasi dikital", "diplomasi digital"),  # misheard: the day's own spelling
        ("diplomasi digital", "diplomasi digital"),
        ("menengar", "menengah"),
        ("gital", None),  # a word fragment
        ("terlap", None),  # not an Indonesian word, not the day's
        ("tujuh belas", None),  # a bare number
        ("kantor", "kantor"),  # a real word the report does not have
    ],
)
def test_topics_read_as_the_day_spells_them(vocabulary, heard, shown):
    assert vocabulary.readable(heard) == shown


def test_split_words_are_joined_back(vocabulary):
    assert vocabulary.rejoin("strategi diplomasi di gital di kantor") == "strategi diplomasi digital di kantor"


def test_only_joins_with_a_fragment_are_matched():
    assert "digital" in _candidates(["diplomasi", "di", "gital"])  # "gital" is no word
    assert "selesai" in _candidates(["menye", "lesaikan"])  # the join is stemmed
    candidates = _candidates(["kita", "mulai", "2017"])
    assert sorted(candidates) == ["2017", "kita", "mulai"]  # whole words are never joined


def test_sentences_end_before_capitals_of_any_script_and_at_full_width_stops():
    mixed = (
        "Duta Besar menjelaskan strategi diplomasi digital tahun 2017. Мы обсуждали дипломатию в Алжире "
        "сегодня утром. 大使介绍了数字外交在疫情期间的战略和挑战。Diplomasi digital menjadi bagian dari strategi "
        "kementerian luar negeri. Acara dimulai pukul 10. peserta datang dari berbagai kota di Indonesia."
    )
    assert [text.split()[0] for text, _ in split_points(mixed)] == ["Duta", "Мы", "Diplomasi", "Acara"]


SAID_AT_LENGTH = "Duta Besar menjelaskan manfaat diplomasi digital bagi perwakilan RI di luar negeri."


@pytest.mark.parametrize(
    "report, expected",
    [
        (  # list items without a period are points, their marks left out
            SAID_AT_LENGTH + "\n\n- Menyebarkan pesan perdamaian kepada masyarakat internasional\n"
            "ii) Menguatkan kerja sama ekonomi dan perdagangan internasional\n",
            [
                SAID_AT_LENGTH,
                "Menyebarkan pesan perdamaian kepada masyarakat internasional",
                "Menguatkan kerja sama ekonomi dan perdagangan internasional",
            ],
        ),
        (  # a sentence ends after a closing quote or bracket too
            "Ia berkata, “Diplomasi digital bukan pengganti diplomasi konvensional.” Kekhawatiran tentang "
            "keamanan siber harus diatasi segera. Indonesia memulai diplomasi digital lewat media sosial (sejak "
            "tahun 2017.) Anggaran infrastruktur digital perlu ditingkatkan.",
            [
                "Ia berkata, “Diplomasi digital bukan pengganti diplomasi konvensional.”",
                "Kekhawatiran tentang keamanan siber harus diatasi segera.",
                "Indonesia memulai diplomasi digital lewat media sosial (sejak tahun 2017.)",
                "Anggaran infrastruktur digital perlu ditingkatkan.",
            ],
        ),
        (  # a hard-wrapped line capitalised like a title is the sentence's start when the next goes on
            "Diplomasi digital menurut Fergus Hanson\nmerupakan penggunaan internet serta teknologi informasi "
            "dan\nkomunikasi dalam rangka mencapai tujuan diplomatik.",
            [
                "Diplomasi digital menurut Fergus Hanson merupakan penggunaan internet serta teknologi informasi "
                "dan komunikasi dalam rangka mencapai tujuan diplomatik."
            ],
        ),
        (  # a lower-case list item wrapped over lines (trailing spaces) is one point with its lead-in
            "Tantangannya yaitu\n(1) satu, diplomasi digital bukan pengganti diplomasi konvensional.\n"
            "(2) dua, komitmen dan kontinuitas   \npenyelenggaraan diplomasi digital oleh kementerian luar negeri "
            "  \nsejak tahun 2017 sebagai bagian dari peta strategi. ",
            [
                "satu, diplomasi digital bukan pengganti diplomasi konvensional.",
                "dua, komitmen dan kontinuitas penyelenggaraan diplomasi digital oleh kementerian luar negeri "
                "sejak tahun 2017 sebagai bagian dari peta strategi.",
            ],
        ),
        (  # a sentence over a PDF's page break (page number, running header) is one point
            "Indonesia telah menjadikan diplomasi digital sebagai bagian dari\n\n2\n\nLAPORAN WORKSHOP DIPLOMASI"
            "\n\ntransformasi strategi diplomasi pada tahun 2017 melalui media sosial.\n\nKemlu juga mengembangkan "
            "situs perwakilan di luar negeri secara dig-\n\n3\n\nital dan terbuka.",
            [
                "Indonesia telah menjadikan diplomasi digital sebagai bagian dari transformasi strategi diplomasi "
                "pada tahun 2017 melalui media sosial.",
                "Kemlu juga mengembangkan situs perwakilan di luar negeri secara digital dan terbuka.",
            ],
        ),
        (  # in a report without stops its paragraphs are its sentences, in lower case too
            "Duta besar menjelaskan bahwa diplomasi digital sangat penting selama pandemi\n\nmanfaat diplomasi "
            "digital adalah penyebaran pesan perdamaian dunia",
            [
                "Duta besar menjelaskan bahwa diplomasi digital sangat penting selama pandemi",
                "manfaat diplomasi digital adalah penyebaran pesan perdamaian dunia",
            ],
        ),
        (  # a paragraph in lower case goes on from no list item, across no title, and not when it
            # opens with a name written small or a title
            SAID_AT_LENGTH + "\n\nPeserta datang dari berbagai kabupaten di Jawa Tengah untuk belajar "
            "diplomasi.\n\nTantangan yang dibahas antara lain:\n- hoaks dan disinformasi di media sosial\n"
            "- rendahnya literasi digital masyarakat desa\n\ne-KTP kini dapat diverifikasi melalui aplikasi resmi "
            "Dukcapil.\n\nPemateri "
            "menampilkan akun resmi pemerintah daerah di Instagram\n\nSesi Kedua\n\ndr. Ayu Larasati menjelaskan "
            "dampak hoaks kesehatan terhadap vaksinasi.\n\nPeserta melihat akun resmi dari pemerintah daerah "
            "lain\n\niPhone menjadi alat utama warga mengakses informasi pemerintah.",
            [
                SAID_AT_LENGTH,
                "Peserta datang dari berbagai kabupaten di Jawa Tengah untuk belajar diplomasi.",
                "hoaks dan disinformasi di media sosial",
                "rendahnya literasi digital masyarakat desa",
                "e-KTP kini dapat diverifikasi melalui aplikasi resmi Dukcapil.",
                "Pemateri menampilkan akun resmi pemerintah daerah di Instagram",
                "dr. Ayu Larasati menjelaskan dampak hoaks kesehatan terhadap vaksinasi.",
                "Peserta melihat akun resmi dari pemerintah daerah lain",
                "iPhone menjadi alat utama warga mengakses informasi pemerintah.",
            ],
        ),
        (  # nor after a lead-in's ":" or an item's ";" (a list that lost its marks)
            SAID_AT_LENGTH + "\n\nPemateri menyebut dua tantangan utama:\n\nhoaks yang menyebar cepat di media "
            "sosial;\n\nrendahnya literasi digital masyarakat di wilayah pedesaan.",
            [
                SAID_AT_LENGTH,
                "Pemateri menyebut dua tantangan utama:",
                "hoaks yang menyebar cepat di media sosial",
                "rendahnya literasi digital masyarakat di wilayah pedesaan.",
            ],
        ),
        (  # a page number is read once; a year or a percentage on its own line is no page number
            SAID_AT_LENGTH + "\n\nIndonesia telah menjadikan diplomasi digital sebagai bagian dari transformasi\n"
            "strategi diplomasi pada tahun 2017 melalui media sosial dan situs resmi\n\n- 2 -\n\nKementerian Luar "
            "Negeri serta perwakilan RI di seluruh dunia sejak tahun itu juga\nmengembangkan situs perwakilan dan "
            "akun media sosial di luar negeri\n\nPeserta bertanya tentang keamanan siber dalam diplomasi.\n\nLaporan "
            "ini disusun oleh panitia sebagai bahan evaluasi pelaksanaan program tahun\nanggaran berikutnya dan "
            "sebagai dokumentasi kegiatan bagi dinas terkait di daerah\n\n2020\n\nPada sesi pertama, pemateri membahas "
            "soft power.\n\nSurvei pemateri menunjukkan tingkat kepercayaan publik terhadap akun resmi\npemerintah "
            "daerah yang aktif di media sosial setiap hari dan responsif\n\n75%\n\nSebagian besar warga lebih "
            "mempercayai akun resmi daripada akun anonim.",
            [
                SAID_AT_LENGTH,
                "Indonesia telah menjadikan diplomasi digital sebagai bagian dari transformasi strategi diplomasi "
                "pada tahun 2017 melalui media sosial dan situs resmi Kementerian Luar Negeri serta perwakilan RI di "
                "seluruh dunia sejak tahun itu juga mengembangkan situs perwakilan dan akun media sosial di luar "
                "negeri",
                "Peserta bertanya tentang keamanan siber dalam diplomasi.",
                "Laporan ini disusun oleh panitia sebagai bahan evaluasi pelaksanaan program tahun anggaran berikutnya "
                "dan sebagai dokumentasi kegiatan bagi dinas terkait di daerah",
                "Pada sesi pertama, pemateri membahas soft power.",
                "Survei pemateri menunjukkan tingkat kepercayaan publik terhadap akun resmi pemerintah daerah yang "
                "aktif di media sosial setiap hari dan responsif",
                "Sebagian besar warga lebih mempercayai akun resmi daripada akun anonim.",
            ],
        ),
        (  # in a report without stops no page break joins its paragraphs either
            "Diplomasi digital menjadi cara baru pemerintah daerah untuk memperkenalkan potensinya\nkepada "
            "masyarakat internasional melalui media sosial dan situs resmi\n\n2\n\nPemateri menjelaskan bahwa "
            "keamanan siber harus menjadi perhatian utama setiap dinas",
            [
                "Diplomasi digital menjadi cara baru pemerintah daerah untuk memperkenalkan potensinya kepada "
                "masyarakat internasional melalui media sosial dan situs resmi",
                "Pemateri menjelaskan bahwa keamanan siber harus menjadi perhatian utama setiap dinas",
            ],
        ),
        (  # a period inside a bracket is an abbreviation's too; a title in capitals is one before capitals
            "Acara diselenggarakan oleh Dinas Komunikasi dan Informatika (Diskominfo Prov.) Jawa Tengah di "
            "Semarang. Narasumber pertama (Dr. Ayu Larasati, S.Sos., M.Ikom.) Dosen Universitas Diponegoro "
            "menjelaskan diplomasi digital. Budi Santoso kini menjabat sebagai Ketua DR. Pemateri menekankan "
            "pentingnya pemulihan bencana di daerah. DR. AYU LARASATI MENJELASKAN DAMPAK HOAKS KESEHATAN.",
            [
                "Acara diselenggarakan oleh Dinas Komunikasi dan Informatika (Diskominfo Prov.) Jawa Tengah di "
                "Semarang.",
                "Narasumber pertama (Dr. Ayu Larasati, S.Sos., M.Ikom.) Dosen Universitas Diponegoro menjelaskan "
                "diplomasi digital.",
                "Budi Santoso kini menjabat sebagai Ketua DR.",
                "Pemateri menekankan pentingnya pemulihan bencana di daerah.",
                "DR. AYU LARASATI MENJELASKAN DAMPAK HOAKS KESEHATAN.",
            ],
        ),
        (  # a title above a line opening with a title written small is no part of its sentence
            SAID_AT_LENGTH + "\n\nSambutan Kepala Dinas\ndr. Budi Santoso membuka acara dengan menekankan "
            "pentingnya diplomasi digital.",
            [SAID_AT_LENGTH, "dr. Budi Santoso membuka acara dengan menekankan pentingnya diplomasi digital."],
        ),
        (  # a title in capitals before a name in title case, or before another title, ends no sentence
            "Materi pertama disampaikan oleh DR. Ayu Larasati yang membahas literasi digital masyarakat. Kegiatan "
            "dibuka oleh Prof. DR. Ir. Budi Santoso selaku rektor universitas penyelenggara webinar.",
            [
                "Materi pertama disampaikan oleh DR. Ayu Larasati yang membahas literasi digital masyarakat.",
                "Kegiatan dibuka oleh Prof. DR. Ir. Budi Santoso selaku rektor universitas penyelenggara webinar.",
            ],
        ),
        (  # a single capital inside a closing quote or bracket ends the sentence; an abbreviation does not
            'Generasi muda kini dikenal sebagai "Generasi Z." Mereka menjadi sasaran utama kampanye diplomasi '
            "digital pemerintah. Strategi cadangan disebut (Rencana B.) Pemerintah menyiapkan anggaran khusus untuk "
            "program diplomasi publik. Kegiatan didukung (Pemprov Jawa Tengah dan Kab.) Semarang sebagai tuan rumah "
            "pelatihan.",
            [
                'Generasi muda kini dikenal sebagai "Generasi Z."',
                "Mereka menjadi sasaran utama kampanye diplomasi digital pemerintah.",
                "Strategi cadangan disebut (Rencana B.)",
                "Pemerintah menyiapkan anggaran khusus untuk program diplomasi publik.",
                "Kegiatan didukung (Pemprov Jawa Tengah dan Kab.) Semarang sebagai tuan rumah pelatihan.",
            ],
        ),
        (  # a capitalised line wrapping onto an abbreviation or a name written small is no title
            "Peserta memanfaatkan berbagai platform seperti Zoom, YouTube, Instagram,\ndll. yang mendukung kegiatan "
            "diplomasi digital.\n\nPeserta dari Kementerian Dalam Negeri dan Pemerintah Daerah Membahas Penggunaan\n"
            "e-KTP sebagai identitas digital dalam layanan publik.\n\nDiplomasi digital menurut Fergus Hanson\ndkk. "
            "adalah penggunaan internet untuk mencapai tujuan diplomatik.",
            [
                "Peserta memanfaatkan berbagai platform seperti Zoom, YouTube, Instagram, dll. yang mendukung "
                "kegiatan diplomasi digital.",
                "Peserta dari Kementerian Dalam Negeri dan Pemerintah Daerah Membahas Penggunaan e-KTP sebagai "
                "identitas digital dalam layanan publik.",
                "Diplomasi digital menurut Fergus Hanson dkk. adalah penggunaan internet untuk mencapai tujuan "
                "diplomatik.",
            ],
        ),
        (  # a paragraph goes on after a ";" in prose (not after a list's item: lower-case-after-colon-or-semicolon)
            SAID_AT_LENGTH + "\n\nDiplomasi digital memiliki dua sisi;\n\nsatu sisi mempercepat komunikasi "
            "antarnegara, sisi lain membuka celah disinformasi.\n\nPeserta bertanya tentang keamanan siber dalam "
            "diplomasi digital;\n\ndan pemateri menjawab dengan contoh serangan siber di daerah.",
            [
                SAID_AT_LENGTH,
                "Diplomasi digital memiliki dua sisi; satu sisi mempercepat komunikasi antarnegara, sisi lain membuka "
                "celah disinformasi.",
                "Peserta bertanya tentang keamanan siber dalam diplomasi digital; dan pemateri menjawab dengan contoh "
                "serangan siber di daerah.",
            ],
        ),
        (  # a lower-case paragraph that lost its period is a point; a title-case line is a title
            "Strategi Diplomasi Digital di Masa Pandemi\n\nduta besar menjelaskan bahwa diplomasi digital sangat "
            "penting selama pandemi",
            ["duta besar menjelaskan bahwa diplomasi digital sangat penting selama pandemi"],
        ),
        ("\n".join([SAID_AT_LENGTH] * 9), [SAID_AT_LENGTH]),  # a repeated sentence is one point
        ("Selamat pagi. Terima kasih. Salam sejahtera.", []),  # greetings say nothing to compare
        ("H.E. Chalief Akbar\nDr. Ayu Larasati, S.Sos., M.Ikom.\nRetno Marsudi\nFergus Hanson", []),  # names
        (  # abbreviations of addresses do not end a sentence; "27(3)" is no enumeration
            "Kantor kedutaan berada di Jl. Sudirman No. 5 Jakarta Pusat sejak lama sekali. Pasal 27(3) tentang "
            "ITE melarang penyebaran hoaks di media sosial.",
            [
                "Kantor kedutaan berada di Jl. Sudirman No. 5 Jakarta Pusat sejak lama sekali.",
                "Pasal 27(3) tentang ITE melarang penyebaran hoaks di media sosial.",
            ],
        ),
        (  # more marks of lists: each item a point, its mark left out
            "+ Menyebarkan pesan perdamaian kepada masyarakat internasional\n"
            "(b) Menguatkan kerja sama ekonomi dan perdagangan internasional\n"
            "1.2 Melindungi warga negara secara lebih efisien untuk layanan visa\n"
            "● Memajukan pembangunan lewat komunikasi antar negara yang lancar\n",
            [
                "Menyebarkan pesan perdamaian kepada masyarakat internasional",
                "Menguatkan kerja sama ekonomi dan perdagangan internasional",
                "Melindungi warga negara secara lebih efisien untuk layanan visa",
                "Memajukan pembangunan lewat komunikasi antar negara yang lancar",
            ],
        ),
        (  # a title right above the text; a sentence in capitals is a sentence
            "Laporan Kegiatan Hari Kesepuluh\n" + SAID_AT_LENGTH + "\n\nDUTA BESAR MENEGASKAN PERAN MEDIA SOSIAL BAGI "
            "PERWAKILAN RI.",
            [SAID_AT_LENGTH, "DUTA BESAR MENEGASKAN PERAN MEDIA SOSIAL BAGI PERWAKILAN RI."],
        ),
        (  # a report in lower case: every sentence end counts, a line without one is a sentence
            "diplomasi digital menjadi strategi penting kementerian selama pandemi. kementerian memakai media sosial "
            "untuk warga.\n\nhoaks dan disinformasi menjadi tantangan utama diplomasi\nkeamanan siber perlu diperkuat "
            "oleh pemerintah pusat",
            [
                "diplomasi digital menjadi strategi penting kementerian selama pandemi.",
                "kementerian memakai media sosial untuk warga.",
                "hoaks dan disinformasi menjadi tantangan utama diplomasi",
                "keamanan siber perlu diperkuat oleh pemerintah pusat",
            ],
        ),
        (  # military ranks, company forms, "a.n.", "s.d." and initials do not end a sentence
            "Dana dari PT. Bank Rakyat disalurkan a.n. Kol. Bambang S. Wijaya dari Senin s.d. Jumat untuk pelatihan.",
            ["Dana dari PT. Bank Rakyat disalurkan a.n. Kol. Bambang S. Wijaya dari Senin s.d. Jumat untuk pelatihan."],
        ),
        (  # stars, arrows and three-digit numbers as marks; emoji around sentences; two title lines
            "Laporan Kegiatan\nWorkshop Diplomasi Digital\n🎉 " + SAID_AT_LENGTH + " 🇮🇩\n\n★ Menyebarkan pesan "
            "perdamaian kepada masyarakat internasional\n"
            "100. Menguatkan kerja sama ekonomi dan perdagangan antar negara\n",
            [
                "🎉 " + SAID_AT_LENGTH + " 🇮🇩",
                "Menyebarkan pesan perdamaian kepada masyarakat internasional",
                "Menguatkan kerja sama ekonomi dan perdagangan antar negara",
            ],
        ),
        (  # lines of names in lower case; greetings of every faith; a sentence repeated in capitals
            "budi santoso\nsiti aminah\n\nSelamat pagi Bapak dan Ibu sekalian yang kami hormati dan banggakan.\n"
            "Salam sejahtera bagi kita semua, shalom, om swastiastu.\n\n"
            + SAID_AT_LENGTH
            + "\n\n"
            + SAID_AT_LENGTH.upper(),
            [SAID_AT_LENGTH],
        ),
        (  # a sentence that only lists names
            "Peserta yang hadir: Budi Santoso, Siti Aminah, Andi Wijaya, dan Agus Salim.\n\nBudi Santoso, Siti "
            "Aminah, Rina Kusuma, Dewi Lestari.\n\n" + SAID_AT_LENGTH,
            [SAID_AT_LENGTH],
        ),
        (  # a number opening a line is the sentence's own, wrapped or not; a year or a law's clause in brackets
            # is no list; abbreviations of office and page do not end a sentence, "Tbk." closes a name
            "Workshop diikuti mahasiswa dari berbagai kampus di Jawa.\n45 peserta hadir langsung di aula "
            "kedutaan besar Jakarta.\nLokakarya dibuka resmi oleh Kepala Badan pada hari Sabtu, tanggal\n12 Maret "
            "2022, di Aula Utama Gedung Kementerian.\nPenelitian Hanson dkk. (2020) menunjukkan diplomasi digital "
            "meningkatkan citra negara.\nKasus tersebut dijerat Pasal 27 ayat (3) UU ITE tentang pencemaran nama "
            "baik.\nPj. Gubernur DKI Jakarta Heru Budi Hartono membuka pelatihan jurnalistik bagi pelajar.\nRincian "
            "anggaran pelatihan tercantum pada hal. 12 laporan panitia.\nAcara didukung PT. Telkom Indonesia Tbk. "
            "Perusahaan itu menyediakan ruang rapat digital gratis bagi peserta.",
            [
                "Workshop diikuti mahasiswa dari berbagai kampus di Jawa.",
                "45 peserta hadir langsung di aula kedutaan besar Jakarta.",
                "Lokakarya dibuka resmi oleh Kepala Badan pada hari Sabtu, tanggal 12 Maret 2022, di Aula Utama "
                "Gedung Kementerian.",
                "Penelitian Hanson dkk. (2020) menunjukkan diplomasi digital meningkatkan citra negara.",
                "Kasus tersebut dijerat Pasal 27 ayat (3) UU ITE tentang pencemaran nama baik.",
                "Pj. Gubernur DKI Jakarta Heru Budi Hartono membuka pelatihan jurnalistik bagi pelajar.",
                "Rincian anggaran pelatihan tercantum pada hal. 12 laporan panitia.",
                "Acara didukung PT. Telkom Indonesia Tbk.",
                "Perusahaan itu menyediakan ruang rapat digital gratis bagi peserta.",
            ],
        ),
        (  # emoji and keycap digits mark list items
            "Tujuan:\n✅ Peserta mampu menyusun pesan diplomasi digital yang efektif.\n1️⃣ Peserta wajib "
            "mengikuti seluruh sesi pelatihan secara daring.",
            [
                "Peserta mampu menyusun pesan diplomasi digital yang efektif.",
                "Peserta wajib mengikuti seluruh sesi pelatihan secara daring.",
            ],
        ),
        (  # a wrapped line opening with a name's second word; a signature; a footnote's mark; a Word table's rows
            "Kegiatan didukung oleh Dinas Komunikasi dan Informatika Provinsi Kalimantan\nTimur serta sejumlah "
            "perguruan tinggi swasta.\n\nDiplomasi digital didefinisikan sebagai penggunaan internet untuk tujuan "
            "diplomatik.[1] Konsep ini berkembang pesat sejak terbit di Jurnal Humas Vol. 3 tahun 2010.\n\n"
            "13.00\tDiskusi Kelompok Penulisan Berita\tTim Fasilitator\n\nDr. Ayu Larasati, S.Sos., M.Ikom.",
            [
                "Kegiatan didukung oleh Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur serta sejumlah "
                "perguruan tinggi swasta.",
                "Diplomasi digital didefinisikan sebagai penggunaan internet untuk tujuan diplomatik.[1]",
                "Konsep ini berkembang pesat sejak terbit di Jurnal Humas Vol. 3 tahun 2010.",
            ],
        ),
        (  # an ellipsis written as one character ends a sentence before a capital, as "..." does
            "Selama pandemi diplomasi dilakukan secara virtual dan segera terbukti berharga… Para pemimpin dunia "
            "tidak mesti bepergian ke luar negeri.\n\n“Diplomasi digital belum bisa menggantikan tatap muka…” "
            "Kekhawatiran tentang keamanan siber harus diatasi segera.\n\nDiplomasi digital… apa sebenarnya "
            "artinya bagi kementerian luar negeri?",
            [
                "Selama pandemi diplomasi dilakukan secara virtual dan segera terbukti berharga…",
                "Para pemimpin dunia tidak mesti bepergian ke luar negeri.",
                "“Diplomasi digital belum bisa menggantikan tatap muka…”",
                "Kekhawatiran tentang keamanan siber harus diatasi segera.",
                "Diplomasi digital… apa sebenarnya artinya bagi kementerian luar negeri?",
            ],
        ),
        (  # a programme's rows are its schedule, in any form of a span; one such line alone is a sentence's
            "Susunan Acara\n09.00 – 09.15   Pembukaan oleh pembawa acara dan doa bersama\n09.15-09.30 WIB Sambutan "
            "Rektor Universitas STEKOM\n10.30 s.d. 11.30 Materi 2: Dr. Ayu Larasati, S.Sos., M.Ikom.\n11.30 sampai "
            "12.00 Tanya jawab dan penutupan acara oleh moderator\n\n" + SAID_AT_LENGTH + "\n\nAcara berlangsung "
            "pada hari Senin pukul\n09.00 - 12.00 WIB dan diikuti oleh empat ratus peserta dari berbagai kota.",
            [
                SAID_AT_LENGTH,
                "Acara berlangsung pada hari Senin pukul 09.00 - 12.00 WIB dan diikuti oleh empat ratus peserta dari "
                "berbagai kota.",
            ],
        ),
        (  # a rundown written as prose: a span before a sentence is a point, beside the rows kept out
            "09.00 - 10.00 peserta mengikuti sesi pertama tentang literasi digital bersama narasumber dari Kominfo.\n"
            "10.00 - 11.00 peserta berdiskusi dalam kelompok kecil tentang strategi pemasaran produk UMKM.\n"
            "13.00 s.d. 14.00 WIB Dr. Ayu menutup sesi dengan tanya jawab bersama para peserta.\n\n"
            "09.15 – 09.30 Pembukaan\n09.30 – 10.00 Sambutan Rektor\n\n" + SAID_AT_LENGTH,
            [
                "09.00 - 10.00 peserta mengikuti sesi pertama tentang literasi digital bersama narasumber dari "
                "Kominfo.",
                "10.00 - 11.00 peserta berdiskusi dalam kelompok kecil tentang strategi pemasaran produk UMKM.",
                "13.00 s.d. 14.00 WIB Dr. Ayu menutup sesi dengan tanya jawab bersama para peserta.",
                SAID_AT_LENGTH,
            ],
        ),
        (  # lines without stops are a sentence each, also where a name's degree ends one
            "Sesi pertama membahas strategi diplomasi digital Kementerian Luar Negeri\nSesi kedua membahas "
            "literasi digital bersama Dr. Ayu Larasati, S.Sos., M.Ikom.\nPeserta berdiskusi tentang keamanan "
            "siber di instansi pemerintah",
            [
                "Sesi pertama membahas strategi diplomasi digital Kementerian Luar Negeri",
                "Sesi kedua membahas literasi digital bersama Dr. Ayu Larasati, S.Sos., M.Ikom.",
                "Peserta berdiskusi tentang keamanan siber di instansi pemerintah",
            ],
        ),
    ],
    ids=[
        "list-items",
        "closing-quote-or-bracket",
        "hard-wrapped-title-like-line",
        "wrapped-lower-case-item",
        "pdf-page-break",
        "paragraphs-without-stops",
        "lower-case-paragraph-not-joined",
        "lower-case-after-colon-or-semicolon",
        "page-numbers",
        "page-break-without-stops",
        "abbreviation-in-brackets-and-capitals",
        "title-above-small-title",
        "capital-title-before-a-name",
        "single-capital-in-quote-or-bracket",
        "wrapped-onto-abbreviation-or-small-name",
        "semicolon-in-prose",
        "lost-period",
        "repeated",
        "greetings",
        "names",
        "abbreviations",
        "more-marks",
        "titles-and-capitals",
        "lower-case",
        "more-abbreviations",
        "stars-arrows-emoji-titles",
        "names-greetings-repeats",
        "a-list-of-names",
        "numbers-brackets-and-abbreviations",
        "emoji-marks",
        "wrapped-before-a-name-signature-footnote-and-table",
        "ellipsis-character",
        "programme-rows",
        "rundown-as-prose",
        "lines-one-ending-in-a-degree",
    ],
)
def test_report_points_are_sentences_and_list_items(report, expected):
    assert [text for text, _ in split_points(report)] == expected


def test_a_report_without_punctuation_is_cut_into_points_and_flagged():
    from pipeline.text.points import MAX_POINT_WORDS, POINT_PIECE_WORDS

    words = " ".join(read_report(load_config(REPO / "configs" / "demo.yaml")).split()[:400])
    unpunctuated = "".join(c for c in words if c.isalnum() or c.isspace())
    _, _, result = _compare("demo", report=unpunctuated)
    assert len(result["points"]) >= 400 // POINT_PIECE_WORDS
    assert all(len(p.text.split()) <= POINT_PIECE_WORDS for p in result["points"])
    assert any(f"over {MAX_POINT_WORDS} words" in w for w in result["warnings"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Beliau kemudian memaparkan tentang peran media sosial bagi kedutaan.",
        "Prof. Sri Wahyuni menguraikan soal etika komunikasi publik.",
        "Kegiatan tersebut berlangsung secara daring selama tiga jam.",
        "Acara sore itu dipandu oleh seorang mahasiswa hubungan internasional.",
        "Di akhir sesi, panitia mengumumkan pemenang kuis kepada seluruh peserta.",
        "Materi pertama disampaikan oleh perwakilan kedutaan.",
        "Kuliah tamu itu diikuti oleh ratusan mahasiswa dari berbagai kampus.",
        "Seminar hari kedua membahas keamanan data di instansi pemerintah.",
        "Pada sesi tanya jawab, beberapa penonton bertanya tentang beasiswa.",
        "Rekaman kegiatan dapat ditonton kembali di kanal universitas.",
        "Materi lengkap tersedia di https://contoh.ac.id/materi untuk para peserta.",
        "Dalam paparannya, beliau berbagi kisah bertugas di Afrika Utara.",
        "Salah satu peserta, mahasiswa Program Studi Sistem Informasi, menanyakan cara mempromosikan budaya.",
        "Seorang penanya dari Demak menanyakan peluang magang di kedutaan.",
        # as news pages write who led, attended and thanked, and how it was held
        "Bertindak sebagai moderator, Rina Kusuma, dosen Hubungan Internasional Universitas STEKOM.",
        "Bertindak sebagai moderator adalah Rina Kusuma.",  # "adalah" names who, no content follows
        "Hadir sebagai narasumber adalah Duta Besar RI untuk Aljazair.",
        "Diskusi dipandu oleh Andi Pratama, mahasiswa semester akhir.",
        "Turut hadir dalam kesempatan tersebut Wakil Rektor Bidang Kemahasiswaan dan para dosen.",
        "Pihak penyelenggara mengucapkan terima kasih kepada Kementerian Luar Negeri atas dukungannya.",
        "Workshop ini digelar atas kerja sama Program Studi Hubungan Internasional dengan Kementerian.",
        "Kegiatan diawali dengan menyanyikan lagu Indonesia Raya bersama seluruh hadirin.",
        # what the organisers say is about the event
        "Ketua Panitia, Siti Nurhaliza, mengatakan bahwa workshop ini merupakan agenda tahunan himpunan.",
        "Menurut keterangan panitia, acara ini diikuti oleh peserta dari 25 provinsi.",
        # what a speaker asks of the audience about the event itself
        "Ia juga mengajak para peserta untuk aktif bertanya selama sesi berlangsung.",
        "Moderator kemudian mengajak peserta menuliskan pertanyaan di kolom chat.",
    ],
)
def test_sentences_about_the_event_in_many_forms_are_narration(sentence):
    from pipeline.text.narration import is_narration

    assert is_narration(sentence, [])


@pytest.mark.parametrize(
    "sentence, named",
    [
        ("Beliau menjelaskan bahwa diplomasi digital mempercepat pelayanan visa.", []),
        ("Dr. Ayu menyampaikan tiga tingkatan, yaitu awal, menengah, dan akhir.", ["Dr. Ayu"]),
        ("Diplomasi dilakukan secara virtual selama pandemi dan terbukti berharga.", []),
        ("Kegiatan diplomasi virtual meliputi negosiasi dan pertemuan multilateral.", []),
        # a claim reported in the news' forms, however many words of the event it holds
        ("Ia menjelaskan bahwa moderator yang baik menjaga alur diskusi dan adil kepada setiap pembicara.", []),
        ("Dalam sesi tanya jawab, Dr. Ayu menjawab bahwa rasa gugup adalah hal yang wajar.", ["Dr. Ayu"]),
        ("Chalief menyampaikan, Indonesia menjadikan diplomasi digital bagian dari strategi sejak 2017.", ["Chalief"]),
        ("Ia menambahkan, public speaking menjadi modal diplomat dalam menyampaikan posisi Indonesia.", []),
        ("Menurut Dr. Ayu, peserta webinar dan rapat daring lebih cepat kehilangan fokus.", ["Dr. Ayu"]),
        ("Beliau mencontohkan, KBRI rutin menggelar acara budaya virtual yang diikuti ribuan warga.", []),
        # a verb that says or judges, without a comma; a quote and who said it
        ("Ayu mengatakan durasi ideal sebuah sesi daring 15 hingga 20 menit agar peserta tetap fokus.", ["Ayu"]),
        ("Ia menilai banyak diplomat muda kurang percaya diri ketika harus berbicara di forum.", []),
        ("Ia mendorong mahasiswa untuk rutin berlatih berbicara di depan cermin.", []),
        ("“Kita harus hadir di ruang digital,” ujar Chalief menanggapi pertanyaan peserta.", ["Chalief"]),
        # advice: a speaker's claim, however many words of the event it holds
        ("Narasumber menyarankan peserta memilih universitas berdasarkan kecocokan topik riset.", []),
        ("Pemateri menganjurkan peserta menyiapkan surat rekomendasi dari dosen pembimbing.", []),
        # Malay, which shares the verbs of speaking, spells "bahwa" and "yaitu" its own way
        ("Tuan Duta Besar Chalief Akbar menerangkan bahawa Kementerian telah menggunakan media sosial.", ["Chalief"]),
        ("Beliau menerangkan tiga tahap, iaitu awal, pertengahan dan akhir.", []),
    ],
)
def test_what_a_speaker_said_is_content_even_after_a_verb_of_speaking(sentence, named):
    from pipeline.text.narration import is_narration

    assert not is_narration(sentence, named)


def test_a_speaker_the_config_does_not_know_is_credited_with_nothing():
    report = (
        "H.E Chalief Akbar menjelaskan tentang diplomasi digital.\n\n"
        "Indonesia telah menjadikan diplomasi digital bagian dari strategi diplomasi pada tahun 2017.\n\n"
        "Prof. Sri Wahyuni menjelaskan tentang etika komunikasi publik di media sosial.\n\n"
        "Seorang diplomat harus menjaga etika ketika menulis di media sosial resmi.\n\n"
        "Beliau juga menjelaskan tentang bahaya berita bohong bagi citra sebuah negara."
    )
    _, _, result = _compare("demo", report=report)
    credited = [p.attributed_to for p in result["points"]]
    assert credited[:2] == ["H.E. Chalief Akbar"] * 2
    assert credited[2:] == [None, None, None]


def test_a_moderator_introduced_ends_the_part_of_the_speaker_named_before():
    from pipeline.compare import attributions

    texts = [
        "H.E Chalief Akbar menjelaskan tentang diplomasi digital.",
        "Bertindak sebagai moderator, Rina Kusuma, dosen Hubungan Internasional.",
        "Seorang diplomat harus menjaga etika ketika menulis di media sosial resmi.",
    ]
    assert attributions(texts, [["H.E. Chalief Akbar"], [], []], frozenset({1})) == ["H.E. Chalief Akbar", None, None]


@pytest.mark.parametrize("report", ["day-3.txt", "day-7.txt", "day-10.txt"])
def test_a_report_in_capitals_keeps_its_points(report):
    """A paragraph in capitals that leads into a list ("... SEBAGAI BERIKUT:"), one ending in a
    link, and list items in capitals are points, not titles: a report in capitals lost up to 7."""
    text = (REPO / "configs" / "reports" / report).read_text(encoding="utf-8")
    assert len(split_points(text.upper())) == len(split_points(text))


def test_a_report_in_capitals_is_judged_as_written():
    """The encoder reads words in capitals as other pieces: the demo's report in capitals had 6 of
    its 30 verdicts moved (covered to missing) before its points were matched in small letters."""
    config = load_config(REPO / "configs" / "demo.yaml")
    _, _, written = _compare("demo")
    _, _, shouted = _compare("demo", report=read_report(config).upper())
    assert [p.status for p in shouted["points"]] == [p.status for p in written["points"]]


def test_a_role_named_with_its_person_is_narration():
    """A role given its holder ("Narasumber pertama adalah X"): "adalah" names who, it states no claim."""
    from pipeline.text.narration import is_narration

    for sentence in (
        "Narasumber pertama adalah H.E. Chalief Akbar, Duta Besar RI di Aljazair.",
        "Moderatornya adalah Rina Wulandari, dosen Hubungan Internasional.",
        "Pembicara kedua adalah Dr. Ayu Larasati.",
    ):
        assert is_narration(sentence, [])


def test_a_report_that_only_narrates_is_compared_whole_and_says_so():
    report = (
        "Acara workshop diplomasi digital dilaksanakan secara daring melalui Zoom pada hari Sabtu.\n\n"
        "Kegiatan tersebut dipandu oleh moderator dan diikuti oleh ratusan peserta dari berbagai kampus."
    )
    _, _, result = _compare("demo", report=report)
    assert [p.status for p in result["points"]] != ["narration", "narration"]
    assert any("every sentence of the report narrates the event" in n for n in result["notes"])
    assert not result["warnings"] or not any("narrates" in w for w in result["warnings"])


def test_short_sentences_left_out_are_named_in_a_note_not_a_warning():
    report = (
        "Indonesia menjadikan diplomasi digital bagian dari strategi diplomasi sejak tahun 2017.\n"
        "Keamanan siber perlu diperhatikan.\n"
        "Terima kasih.\n"
    )
    _, _, result = _compare("demo", report=report)
    assert len(result["points"]) == 1
    assert any("1 short sentence(s)" in n and "'Keamanan siber perlu diperhatikan.'" in n for n in result["notes"])
    assert not any("short sentence(s)" in w for w in result["warnings"])


def test_a_thousand_short_sentences_are_counted_not_quoted_whole():
    """Each quoted to the record, they made a warning of 25,000 characters: past what an artifact
    holds, an internal error on every run of the day."""
    from itertools import product

    names = ["".join(p) for p in product(["ba", "di", "ku", "lo", "me", "ni"], repeat=4)][:1000]
    report = "Indonesia menjadikan diplomasi digital bagian dari strategi diplomasi sejak tahun 2017.\n"
    _, _, result = _compare("demo", report=report + " ".join(f"Sesi {name} lancar." for name in names))
    (short,) = [n for n in result["notes"] if "short sentence(s)" in n]
    assert short.startswith("1000 short sentence(s)") and short.endswith("; and 990 more") and len(short) < 1000


def test_the_language_warnings_name_what_is_not_indonesian():
    keywords = "diplomasi digital, pandemi covid-19, media sosial, keamanan siber, infrastruktur, anggaran"
    _, _, result = _compare("demo", report=keywords)
    assert not any("Indonesian" in w for w in result["warnings"])  # key words are Indonesian too
    config = load_config(REPO / "configs" / "demo.yaml")
    truth = load_truth(config.truth_path)
    english_talk = truth_diarization(truth)
    english_talk = english_talk.model_copy(
        update={
            "utterances": [
                u.model_copy(update={"text": "We talked about the weather and the football match of the evening."})
                for u in english_talk.utterances
            ]
        }
    )
    _, _, result = _compare("demo", diarization=english_talk)
    assert any(w.startswith("the talk does not look like Indonesian") for w in result["warnings"])
    english_day = config.model_copy(update={"language": "en"})
    result = compare_to_report(english_day, truth_diarization(truth), None, read_report(config))
    assert any(w.startswith("the day's language is 'en'") for w in result["warnings"])


@pytest.mark.parametrize("language", ["javanese", "malay", "sundanese", "tagalog"])
def test_a_short_report_in_a_language_near_indonesian_is_warned_of(language):
    """The audit's Javanese report of the demo day had 0 % coverage and no warning: most of its
    words are Indonesian roots, so it had passed as key words; the Malay one passed on its stop
    words.  Too short to be matched by meaning, each is matched by shared words, and says so."""
    _, _, result = _compare("demo", report=(NEAR_LANGUAGES / f"{language}.txt").read_text(encoding="utf-8"))
    (warning,) = [w for w in result["warnings"] if "Indonesian" in w]
    assert re.match(r"the report does not look like Indonesian \('\w+', '\w+', '\w+', '\w+' are no Indonesian", warning)
    assert re.search(r"its coverage say little \(\d point\(s\), where matching by meaning needs 8 to \d+\)$", warning)


@pytest.mark.parametrize("language", ["malay", "javanese"])
def test_a_report_in_a_language_near_indonesian_is_matched_by_what_the_talk_means(language):
    """Fourteen points of the demo day, the first ten said in the talk: by meaning, measured 13 and
    14 of 14 verdicts right on the true text, where shared words gave 11 and 13 (on the ASR, 13
    and 12 by meaning, 10 and 12 by words; docs/compare.md)."""
    report = (NEAR_LANGUAGES / f"{language}-14-points.txt").read_text(encoding="utf-8")
    _, _, result = _compare("demo", report=report)
    assert "matched by what the talk's utterances mean" in result["warnings"][0]
    said = [p.status in SAID for p in result["points"]]
    assert len(said) == 14 and sum(s == (i < 10) for i, s in enumerate(said)) >= 12


def test_sentences_that_open_with_a_digit_a_quote_or_a_small_letter_name_are_points_of_their_own():
    report = (
        "Diplomasi digital menjadi strategi utama kementerian sejak tahun 2017. 12 negara mitra mendukung "
        "pelatihan para diplomat muda. 'Hoaks' menjadi tantangan terbesar di media sosial saat ini. "
        "eKTP dan paspor elektronik kini diurus secara daring oleh warga di luar negeri."
    )
    assert [text.split()[0] for text, _ in split_points(report)] == ["Diplomasi", "12", "'Hoaks'", "eKTP"]
    # every quote the quotation reader knows opens one, the low ‚…‘ too (it had been left out)
    quoted = report.replace("'Hoaks'", "‚Hoaks‘")
    assert [text.split()[0] for text, _ in split_points(quoted)] == ["Diplomasi", "12", "‚Hoaks‘", "eKTP"]


def test_a_sentence_naming_two_of_the_days_speakers_and_no_claim_is_narration():
    from pipeline.compare import named_speakers
    from pipeline.text.narration import is_narration

    config = load_config(REPO / "configs" / "demo.yaml")
    sentence = "Kuliah sore itu menampilkan H.E Chalief Akbar serta Dr. Ayu Larasati dari kampus mitra."
    assert is_narration(sentence, named_speakers(sentence, config))
    claim = "H.E Chalief Akbar dan Dr. Ayu Larasati sepakat bahwa diplomasi digital harus terus berjalan."
    assert not is_narration(claim, named_speakers(claim, config))


@pytest.mark.parametrize("sentence", ["Bu Ayu lalu menutup dengan pesan untuk mahasiswa.", "Dr. Ayu menambahkan hal."])
def test_a_speaker_named_by_one_word_of_the_name_is_credited(sentence):
    from pipeline.compare import named_speakers

    config = load_config(REPO / "configs" / "demo.yaml")
    assert named_speakers(sentence, config) == ["Dr. Ayu Larasati, S.Sos., M.Ikom."]
    assert named_speakers("suasana ayu dan tenang di ruang rapat.", config) == []


def test_a_quotation_of_two_sentences_and_a_list_under_a_colon_keep_their_parts_together():
    report = (
        "Menurut beliau, ada dua tahap yang perlu dilalui kementerian:\n"
        "- Tahap pertama, layanan teknologi tersedia untuk kerja diplomasi.\n"
        "- Tahap kedua, pemerintah berinteraksi langsung dengan warga negaranya.\n\n"
        "“Bertemu lewat layar belum bisa menggantikan diplomasi tatap muka. Jabat tangan tetap penting,” "
        "ujar sang duta besar kepada peserta."
    )
    points = split_points(report)
    lead = "Menurut beliau, ada dua tahap yang perlu dilalui kementerian:"
    assert [lead_in for _, lead_in in points[:2]] == [lead, lead]  # the lead-in itself is short: no point
    assert points[-1][0].startswith("“Bertemu") and points[-1][0].endswith("peserta.")


def test_a_point_said_with_another_number_says_which():
    config = load_config(REPO / "configs" / "demo.yaml")
    truth = load_truth(config.truth_path)
    kept = compare_to_report(config, truth_diarization(truth), None, read_report(config))
    said = [p for p in kept["points"] if p.numbers and p.status in SAID]
    assert {n.value for p in said for n in p.numbers} == {"2017", "4"}
    # demo says "tahun 2017" with the year of point 3, and point 12 without its year: not heard,
    # and no other year said instead, so no disagreement
    assert [(p.index, [(n.value, n.heard, n.talk_says) for n in p.numbers]) for p in said] == [
        (3, [("2017", True, [])]),
        (12, [("2017", False, [])]),
        (24, [("4", True, [])]),
    ]
    assert not any(p.numbers_disagree for p in kept["points"])
    assert {n.text for n in kept["numbers"]} == {"2017", "4"}  # no list marks, no Covid-19's 19

    for turn in truth.turns:
        turn.text = turn.text.replace("menyebut empat manfaat", "menyebut tiga manfaat")
    changed = compare_to_report(config, truth_diarization(truth), None, read_report(config))
    (point,) = [p for p in changed["points"] if p.numbers_disagree]
    assert "empat manfaat" in point.text and point.status in SAID
    assert [(n.value, n.heard, n.talk_says) for n in point.numbers] == [("4", False, ["3"])]


def test_a_point_said_with_its_quantities_in_another_form_raises_no_disagreement():
    # the report writes "dua setengah juta", "pukul 10.30 WIB" and a phone number; the talk says
    # "2,5 juta", "pukul setengah sebelas" and reads the number digit by digit: the same quantities,
    # in the turn that lists the four benefits
    config = load_config(REPO / "configs" / "demo.yaml")
    truth = load_truth(config.truth_path)
    for turn in truth.turns:
        turn.text = turn.text.replace(
            "Manfaat diplomasi digital di antaranya",
            "Ada empat manfaat bagi 2,5 juta pengikut pukul setengah sebelas, nomor nol delapan"
            " satu dua tiga empat lima enam tujuh delapan sembilan nol. Manfaat diplomasi digital di antaranya",
        )
    report = read_report(config).replace(
        "ada empat manfaat",
        "ada empat manfaat bagi dua setengah juta pengikut pukul 10.30 WIB, nomor 0812-3456-7890",
    )
    kept = compare_to_report(config, truth_diarization(truth), None, report)
    (point,) = [p for p in kept["points"] if "empat manfaat" in p.text]
    assert point.status in SAID
    assert [(n.value, n.heard, n.talk_says) for n in point.numbers] == [("4", True, []), ("2500000", True, [])]
    assert not any(p.numbers_disagree for p in kept["points"])
    assert {n.text for n in kept["numbers"]} == {"2017", "4", "2500000"}


class _CountingEncoder:
    """The bundled encoder, counting the passages it is given and its calls (from its readers' threads)."""

    def __init__(self):
        from pipeline.system.models import sentence_encoder

        self.encoder, self.passages, self.tokens, self.calls = sentence_encoder(), 0, 0, 0
        self.counting = threading.Lock()

    def query(self, texts):
        return self.encoder.query(texts)

    def passage(self, texts):
        with self.counting:
            self.passages += len(texts)
            self.tokens += sum(self.encoder.token_count(text, False) for text in texts)
            self.calls += 1
        return self.encoder.passage(texts)

    def token_count(self, text, query):
        return self.encoder.token_count(text, query)


def test_the_encoder_reads_each_points_closest_windows_and_no_more():
    """Its cost is set by the report, not by the talk: a talk five times as long is read no more."""
    _, truth, _ = _compare("para-1")
    points = [p.point for p in truth.points if p.status != "narration"]
    utterances = [sentence for turn in truth.turns for sentence in split_sentences(turn.text)]
    encoder = _CountingEncoder()
    once = similarity(points, utterances, encoder)
    first = encoder.passages
    five_times = similarity(points, utterances * 5, _CountingEncoder())
    read_per_point = MEANING_CANDIDATES + MEANING_SENTENCES
    assert 0 < first <= len(points) * read_per_point
    assert np.count_nonzero(five_times.meaning.any(axis=0)) <= len(points) * read_per_point
    read = once.meaning.any(axis=0)
    assert read.sum() == first and not once.meaning[:, ~read].any()
    assert not similarity(points, utterances).meaning.any()  # without the encoder: words alone


def test_what_a_passage_means_lifts_a_point_said_in_other_words():
    """para-1's "tampil langsung di layar dari kantornya sendiri" for the point about speeches given
    virtually: few shared words, the same meaning."""
    config, truth, with_meaning = _compare("para-1")
    words_only = compare_to_report(
        config.model_copy(update={"compare": CompareOptions(meaning=False)}),
        truth_diarization(truth),
        None,
        read_report(config),
    )
    confidence = {p.text: p.confidence for p in words_only["points"]}
    lifted = [p for p in with_meaning["points"] if p.confidence and p.confidence > confidence[p.text] + 0.1]
    assert lifted, "the encoder moved no point"
    said = {p.point for p in truth.points if p.status in SAID}
    assert sum(p.text in said for p in lifted) > len(lifted) / 2


def test_the_encoder_reads_a_points_closest_sentence_alone():
    """para-12's "Berlatih di depan cermin, atau rekam diri sendiri pakai ponsel, lalu tonton
    ulang." says the preparation point in other words; the closest windows by words are three
    utterances, which read it among its neighbours below the meaning floor.  Read alone too, it is
    the point's evidence, and the point is said."""
    _, truth, result = _compare("para-12")
    point = next(p for p in result["points"] if p.text.startswith("Persiapan sebelum tampil"))
    assert point.status in SAID
    assert any(span.text.startswith("Berlatih di depan cermin") for span in point.evidence)
    utterances = [sentence for turn in truth.turns for sentence in split_sentences(turn.text)]
    points = [p.point for p in truth.points if p.status != "narration"]
    match = similarity(points, utterances, _CountingEncoder())
    read = ~np.isnan(match.read_cosine)
    single = [at for at, (i, j) in enumerate(match.windows) if j == i + 1]
    raw = (match.character + match.words) / 2
    for row in range(len(points)):
        assert read[row, single[int(np.argmax(raw[row, single]))]]


def test_a_passage_that_borrows_a_points_words_for_another_claim_is_not_its_evidence(monkeypatch):
    """A climate talk (configs/other-themes/, one of the four themes the meaning floor was chosen
    on): "Saya suka sekali ikan gabus kering dari daerah gambut" shares "gambut" and "kering" with
    the point on restoring drained peatland and stood out by its words; the encoder reads another
    claim, so the point is not called said on it."""
    config = load_config(THEMES_CONFIG)
    report, truth = theme_talk(THEMES / "climate.jsonl", 1)
    peat = next(p for p in truth.points if p.point.startswith("Restorasi lahan gambut"))
    assert peat.status == "missing"

    def verdict() -> tuple[str, str]:
        result = compare_to_report(config, truth_diarization(truth), None, report)
        point = next(p for p in result["points"] if p.text == peat.point)
        return point.status, point.evidence[0].text

    status, evidence = verdict()
    assert status == "missing" and "ikan gabus" in evidence  # still shown as the closest passage
    monkeypatch.setattr("pipeline.text.similarity.MEANING_FLOOR", -1.0)
    assert verdict()[0] in SAID  # by its words alone


def test_the_meaning_floor_is_lower_where_whisper_heard_unsurely():
    """A window the encoder did not read keeps its chance; one it read under the floor has it
    halved, and the floor is lower for a window of words Whisper was unsure of."""
    shape = (1, 3)
    features = dict(
        windows=[(0, 1), (1, 2), (2, 3)],
        character=np.full(shape, 0.6),
        words=np.full(shape, 0.6),
        terms=[["gambut"]],
        term_words=[["gambut"]],
        term_scores=[np.ones((3, 1))],
        meaning=np.zeros(shape),
        window_words=np.full(3, 10),
    )
    plain = Similarity(**features).probability()
    cosine = np.array([[np.nan, MEANING_FLOOR - 0.01, MEANING_FLOOR - 0.01]])
    sure = np.array([1.0, 1.0, 0.5])
    floored = Similarity(**features, read_cosine=cosine, window_sureness=sure).probability()
    assert floored[0, 0] == plain[0, 0]  # not read: no evidence either way
    assert floored[0, 1] == pytest.approx(plain[0, 1] * OTHER_CLAIM_FACTOR)
    assert floored[0, 2] == plain[0, 2]  # heard unsurely: its floor is 0.04 lower


@pytest.mark.parametrize("asked, threads", [("1", 1), ("1,1", 1), ("8", 2), ("", 2), ("0", 2), ("two", 2)])
def test_the_encoder_runs_on_no_more_threads_than_the_user_asked(monkeypatch, asked, threads):
    """OMP_NUM_THREADS=1 (several days side by side) holds for the encoder too: that many readers,
    each running its OpenMP engine on one core; over ENCODER_THREADS, or not a count, ENCODER_THREADS."""
    from threadpoolctl import threadpool_info

    monkeypatch.setattr("os.sched_getaffinity", lambda pid: set(range(4)))
    monkeypatch.setattr("pipeline.text.meaning.ENCODER_BATCH_TOKENS", 50)  # a batch a window: many to share out
    monkeypatch.setenv("OMP_NUM_THREADS", asked)
    readers, cores = set(), set()

    class Watching(_CountingEncoder):
        def passage(self, texts):
            readers.add(threading.get_ident())
            cores.update(pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "openmp")
            return super().passage(texts)

    _, truth, _ = _compare("para-1")
    points = [p.point for p in truth.points if p.status != "narration"]
    similarity(points, [turn.text + " (thread check)" for turn in truth.turns], Watching())
    assert len(readers) == threads and cores == {1}


def test_a_texts_vector_is_the_same_bits_however_its_reading_is_shared(monkeypatch):
    """The encoder reads each text apart: read in batches by two readers, the talk's vectors are
    those of one call on the engine's own threads, so no verdict depends on how it was shared."""
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: {0, 1})
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    monkeypatch.setattr("pipeline.text.meaning.ENCODER_BATCH_TOKENS", 200)
    _, truth, _ = _compare("para-1")
    utterances = [sentence for turn in truth.turns for sentence in split_sentences(turn.text)]
    encoder = _CountingEncoder()  # a new one: nothing read before in this process is reused
    shared = encoded_texts(encoder, utterances, query=False, tokens=ENCODER_TOKENS)
    assert encoder.calls > 2 and encoder.passages == len(set(utterances))
    assert np.array_equal(shared, encoder.encoder.passage(utterances))


def test_a_failed_reading_drops_the_batches_not_begun(monkeypatch):
    """Ctrl-C (or any error) while the encoder reads stops it within a batch: the batches no reader
    has begun are dropped (Executor.map's), where the whole talk in one call was read to its end
    first (a Ctrl-C 3 s into 800 utterances was answered 6.7 s later; now 0.7-0.8 s)."""
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: {0, 1})
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    monkeypatch.setattr("pipeline.text.meaning.ENCODER_BATCH_TOKENS", 1)  # a batch a text
    calls = []

    class Interrupted:
        def token_count(self, text, query):
            return 10

        def passage(self, texts):
            calls.append(texts)
            if len(calls) == 1:
                raise KeyboardInterrupt
            time.sleep(0.05)
            return np.zeros((len(texts), 384))

    with pytest.raises(KeyboardInterrupt):
        encoded_texts(Interrupted(), [f"kalimat {i}" for i in range(40)], query=False, tokens=ENCODER_TOKENS)
    assert len(calls) < 10


def test_odd_text_is_read_within_the_encoders_token_budget():
    """Emoji are a token each: 2,000 of them after every sentence of the talk once cost the encoder
    two minutes on a four-minute day."""
    _, truth, _ = _compare("para-1")
    points = [p.point for p in truth.points if p.status != "narration"]
    utterances = [
        sentence + " " + "\U0001f600" * 2000 for turn in truth.turns for sentence in split_sentences(turn.text)
    ]
    encoder = _CountingEncoder()
    similarity(points, utterances, encoder)
    assert 0 < encoder.tokens <= ENCODER_BUDGET


def test_a_short_report_does_not_need_the_encoder(monkeypatch):
    """Under eight points the encoder's feature is not defined: a machine where it does not load
    still compares a three-point report."""

    def refuse():
        raise PipelineError("the encoder was loaded")

    monkeypatch.setattr("pipeline.compare.sentence_encoder", refuse)
    report = "\n\n".join(split_points(REPORT.read_text())[i][0] for i in (5, 9, 14))
    assert len(_compare("para-1", report=report)[2]["points"]) == 3


@pytest.mark.parametrize(
    "constant, file", [("ENCODER_SHA256", "e5-small-q4.bin"), ("ENCODER_ENGINE_SHA256", "_engine")]
)
def test_an_encoder_whose_files_do_not_match_is_named_in_one_line(monkeypatch, constant, file):
    from pipeline.system import models

    monkeypatch.setattr(models, constant, "0" * 64)
    models.sentence_encoder.cache_clear()
    try:
        with pytest.raises(PipelineError, match=rf"{file}[^:]*: sha256 does not match the recorded") as error:
            models.sentence_encoder()
        assert "\n" not in str(error.value)
    finally:
        models.sentence_encoder.cache_clear()


def test_evidence_from_utterances_of_the_longest_text_an_artifact_holds_is_kept_whole_enough():
    """Three utterances of 7,000 characters (a hand edit lokakarya accepts; few words, so none is
    read in pieces) make one evidence window: it is cut to what an artifact holds, not an internal
    error."""
    from pipeline.artifacts import MAX_TEXT_CHARS

    config, truth, _ = _compare("demo")
    long = " ".join(["diplomasidigitalindonesia" * 3] * 95)[:7_000]
    talk = truth_diarization(truth)
    talk = talk.model_copy(update={"utterances": [u.model_copy(update={"text": long}) for u in talk.utterances]})
    result = compare_to_report(config, talk, None, read_report(config))
    assert all(len(e.text) <= MAX_TEXT_CHARS for p in result["points"] for e in p.evidence)


def test_a_talk_edited_into_one_utterance_is_read_in_pieces():
    """A whole talk as one utterance (a hand edit, an imported transcript) finds what the same talk
    finds utterance by utterance, with evidence timed inside it, not the whole hour."""
    config, truth, as_said = _compare("demo")
    talk = truth_diarization(truth)
    first, last = talk.utterances[0], talk.utterances[-1]
    whole = first.model_copy(
        update={"end": last.end, "text": " ".join(u.text for u in talk.utterances), "word_end": last.word_end}
    )
    result = compare_to_report(config, talk.model_copy(update={"utterances": [whole]}), None, read_report(config))
    same = sum(a.status == b.status for a, b in zip(as_said["points"], result["points"], strict=True))
    assert same >= len(result["points"]) - 3
    spans = [e for p in result["points"] if p.status != "missing" for e in p.evidence]
    assert spans and all(e.end - e.start < (last.end - first.start) / 10 for e in spans)


def test_the_encoder_never_reads_past_nothing():
    """A limit under what an empty passage costs (its marks and prefix) once looped for ever."""
    from pipeline.system.models import sentence_encoder
    from pipeline.text.meaning import _within_tokens

    assert _within_tokens(sentence_encoder(), "diplomasi digital penting", False, 4)[0] == ""


def test_a_report_of_more_points_than_the_encoder_reads_keeps_to_words(monkeypatch):
    """223 points would each be read as a few tokens ("diplomasi" as "diploma"): words alone,
    said in a warning, and the encoder not loaded."""
    from pipeline.text.similarity import MAX_MEANING_POINTS

    def refuse():
        raise PipelineError("the encoder was loaded")

    monkeypatch.setattr("pipeline.compare.sentence_encoder", refuse)
    words = ["anggaran", "pelatihan", "guru", "desa", "pesisir", "kapal", "nelayan", "listrik", "surya", "sekolah"]
    report = "\n".join(
        f"Program {words[i % 10]} {words[i // 10 % 10]} nomor {i} bagi {words[(i // 100) % 10]} berjalan baik."
        for i in range(MAX_MEANING_POINTS + 1)
    )
    _, _, result = _compare("para-1", report=report)
    assert any("compared by their words alone" in w for w in result["warnings"])


def test_a_report_point_longer_than_an_artifact_holds_is_cut_not_an_internal_error():
    """80 words of 960 letters each pass every limit of a report (no run of 1,000 characters
    without a space, no sentence over 80 words) but not an artifact's 20,000 characters."""
    from pipeline.artifacts import MAX_TEXT_CHARS

    report = (
        "Pertemuan "
        + " ".join(chr(97 + i % 26) * 960 for i in range(22))
        + ".\n\n"
        + read_report(load_config(REPO / "configs" / "para-1.yaml"))
    )
    _, _, result = _compare("para-1", report=report)
    assert max(len(p.text) for p in result["points"]) <= MAX_TEXT_CHARS


def test_a_report_of_a_thousand_points_is_one_line():
    from pipeline.text.points import MAX_REPORT_POINTS

    report = "\n".join(f"Butir laporan nomor {i} tentang anggaran desa {i} berjalan baik." for i in range(1000))
    assert len(split_points(report)) > MAX_REPORT_POINTS
    with pytest.raises(PipelineError, match=r"report of 1,000 points, more than a day's report has") as error:
        _compare("para-1", report=report)
    assert "\n" not in str(error.value)


def test_a_sentence_repeated_with_other_punctuation_is_one_point():
    said = "Diplomasi digital sangat penting bagi negara kita sekarang"
    assert len(split_points(f"{said}. {said}! {said}? {said}...")) == 1


def test_a_passage_of_a_word_or_two_says_no_point():
    """ASR cut "Instagram," out as an utterance of its own: it shared the point's rarest word and
    nothing else, and a one-point report on a cat's Instagram was called covered at 0.90."""
    config = load_config(REPO / "configs" / "demo.yaml")
    diarization = truth_diarization(load_truth(config.truth_path))
    first, second = diarization.utterances[:2]
    alone = [first.model_copy(update={"text": "Instagram,"}), second.model_copy(update={"text": "YouTube,"})]
    talk = diarization.model_copy(
        update={"utterances": [u.model_copy(update={"index": i}) for i, u in enumerate(alone + diarization.utterances)]}
    )
    [point] = compare_to_report(config, talk, None, "Kucing saya suka Instagram.")["points"]
    assert point.status == "missing" and len(point.evidence[0].text.split()) > 2


def test_a_short_report_half_in_english_says_its_words_are_not_matched():
    """Code-switched reports are common; a short one has no encoder to read its meaning, so the
    record says why its points may show as missing (the day-10 report, 4 % English, says nothing)."""
    mixed = (
        "The main challenge adalah controlling interaction antar aktor karena luasnya network. "
        "Hybrid diplomacy will become the new normal setelah pandemi Covid-19 berakhir. "
        "Concerns about cyber security, data privacy dan internet governance harus diatasi."
    )
    _, _, result = _compare("demo", mixed)
    assert any("of the report's words are English" in w for w in result["warnings"])
    _, _, result = _compare("demo")
    assert not any("English" in w for w in result["warnings"])


def test_a_fall_the_report_writes_with_a_sign_is_heard_in_words():
    """The report's "-5,32 persen" is the talk's "turun lima koma tiga dua persen": one size."""
    from pipeline.compare import point_numbers
    from pipeline.text.numbers import quantities

    said = quantities("ekonomi turun lima koma tiga dua persen tahun ini")
    numbers = point_numbers("Ekonomi tumbuh -5,32 persen pada kuartal kedua.", said)
    assert [(n.value, n.heard, n.talk_says) for n in numbers] == [("-5.32", True, [])]
    numbers = point_numbers("Ekonomi tumbuh -5,32 persen pada kuartal kedua.", quantities("minus 3,2 persen"))
    assert [(n.value, n.heard, n.talk_says) for n in numbers] == [("-5.32", False, ["-3.2"])]


def test_a_quantity_is_heard_only_in_its_own_unit():
    """ "5 menit pertama" is not heard in "5 negara", and what the talk states instead is of the
    point's unit; "45 peserta" is "45 orang", and a count whose unit no word says is any unit's."""
    from pipeline.compare import point_numbers
    from pipeline.text.numbers import quantities

    point = "Pesan utama sebaiknya disampaikan dalam 5 menit pertama di depan 45 peserta."
    said = quantities("ada lima negara, sepuluh menit tanya jawab, dan empat puluh lima orang hadir")
    assert [(n.value, n.heard, n.talk_says) for n in point_numbers(point, said)] == [
        ("5", False, ["10"]),
        ("45", True, []),
    ]
    assert [n.heard for n in point_numbers(point, quantities("jumlahnya lima, lalu empat puluh lima yang hadir"))] == [
        True,
        True,
    ]
    assert [n.heard for n in point_numbers("Hadir 45% anggota.", quantities("empat puluh lima orang"))] == [False]
    # each unit of one value is a number of its own; a stop parts a number from the next word
    numbers = point_numbers("Peserta 45 orang dan berlangsung 45 menit.", quantities("ada empat puluh lima orang"))
    assert [(n.value, n.unit, n.heard) for n in numbers] == [("45", "orang", True), ("45", "menit", False)]
    assert [q.unit for q in quantities("Jumlah peserta 45. Negara mitra hadir.")] == [None]


def test_a_number_said_a_sentence_beside_the_evidence_is_heard_but_tells_no_other():
    """para-18's "Sampai tahun dua ribu dua puluh empat" came between its point's two passages and
    was shown "not heard" beside the report's numbers saying it was found: the utterances just
    before and after a window, of its voices, are heard in; what they say is no other number."""
    from pipeline.compare import _with_neighbours, point_numbers
    from pipeline.text.numbers import quantities

    point = "Targetnya 50 ribu pelajar BIPA sampai tahun 2024."
    in_evidence = quantities("targetnya lima puluh ribu pelajar bipa")
    numbers = point_numbers(point, in_evidence, quantities("sampai tahun dua ribu dua puluh empat, dan 300 orang"))
    assert [(n.value, n.heard, n.talk_says) for n in numbers] == [("50000", True, []), ("2024", True, [])]
    assert [n.heard for n in point_numbers(point, in_evidence)] == [True, False]
    talk = _pieces(*(("A" if i < 4 else "B", "kata") for i in range(6)))
    assert [_with_neighbours(talk, window) for window in ((1, 3), (3, 4), (4, 6), (0, 6))] == [
        (0, 4),
        (2, 4),
        (4, 6),
        (0, 6),
    ]


def test_a_heard_quantity_names_the_talks_quantities_it_is_heard_as():
    """demo-3's "tahun 2017" is heard in "senjak tapun 2017", where no word gives 2017 a unit, and
    para-15's "7 persen" in "7 pesan": the tables joined a point's quantity to the talk's by value
    and unit and lost them.  A heard quantity names the topics' quantities it is heard as (their
    `mention`), in its evidence or beside it, so the join holds whatever unit each says; one not
    heard names none."""
    from pipeline.compare import _numbered, _numbers_there
    from pipeline.text.numbers import quantities
    from pipeline.topics import number_mentions

    talk = _pieces(("A", "ada 2017 orang"), ("B", "senjak tapun 2017 kita mulai"), ("B", "sekitar 7 pesan, 38 persen"))
    topics = Topics.model_construct(numbers=number_mentions(talk))
    said = [(q.value, q.unit) for q in quantities(" ".join(u.text for u in talk))]
    assert said == [("2017", "orang"), ("2017", None), ("7", None), ("38", "persen")]
    stated = [quantities(u.text) for u in talk]
    numbered = _numbered(talk, topics)
    point = "Sejak tahun 2017, 7 persen dan 38 persen dan 55 persen."
    numbers = _numbers_there(point, [(1, 2)], [(1, 3)], stated, True, numbered)
    assert [(n.value, n.heard, n.mentions) for n in numbers] == [
        ("2017", True, [1]),  # not the 2017 people of another voice's line, outside the evidence
        ("7", True, [2]),
        ("38", True, [3]),
        ("55", False, []),
    ]
    for number in numbers:  # each mention is a quantity of the same value, in the reach heard
        assert all(
            topics.numbers[m].value == number.value and topics.numbers[m].utterance in (1, 2) for m in number.mentions
        )
    # no topics record to number them by: heard as before, naming none
    assert [n.mentions for n in _numbers_there(point, [(1, 2)], [(1, 3)], stated, True, _numbered(talk, None))] == [
        [],
        [],
        [],
        [],
    ]


def test_a_year_is_shown_as_a_year_not_as_years():
    """ "tahun 2017" reads as 2017 years once its unit is written after it."""
    assert PointNumber(value="2017", unit="tahun", heard=False, talk_says=["2007"]).stated("2007") == "tahun 2007"
    assert PointNumber(value="5", unit="tahun", heard=True, talk_says=[]).stated() == "5 tahun"


@pytest.mark.parametrize(
    "text, units",
    [
        ("10-15 menit", ["menit", "menit"]),  # a range's low end
        ("10 sampai 15 menit", ["menit", "menit"]),
        ("sejak tahun 2017 ada 2017 orang", ["tahun", "orang"]),  # a year is no count
        ("USD3 juta dan IDR5 juta, €5 juta", ["dolar", "rupiah", "euro"]),
        ("45 org, 5 mnt, 20 prosen, 3x seminggu", ["orang", "menit", "persen", "kali"]),
        # after "tahun" a number that is no year counts what follows it
        (
            "Setiap tahun 500 mahasiswa, 2 tahun 3 bulan, per tahun 10 juta rupiah",
            ["orang", "tahun", "bulan", "rupiah"],
        ),
        ("lima per seratus, sejam, Rp. 5 juta", ["persen", "jam", "rupiah"]),
        ("Pada tahun 98 mahasiswa turun, per tahun 15 juta", ["tahun", None]),  # a year, an amount
    ],
)
def test_a_quantity_s_unit_is_read_as_indonesian_writes_it(text, units):
    from pipeline.text.numbers import quantities

    assert [q.unit for q in quantities(text)] == units


def test_the_marks_that_count_a_list_are_no_words_of_its_points():
    """ "(2) dua, kemampuan bahasa asing ...": "dua" said anywhere is no word of that point."""
    match = similarity(
        ["dua, kemampuan bahasa asing terutama bahasa inggris", "3. Infrastruktur dan anggaran"],
        ["Kita punya dua pilihan, tiga malah.", "Anggaran naik."],
    )
    assert match.terms == [["mampu", "bahasa", "asing", "inggris"], ["infrastruktur", "anggar"]]


def test_the_day_speakers_names_are_no_words_of_a_point():
    """ "Menurut Prof. Ratna, ..." is credited to her; "terima kasih Prof Ratna" says nothing of it."""
    from pipeline.compare import speaker_words
    from pipeline.text.similarity import _matched_text

    config = load_config(REPO / "configs" / "para-16.yaml")
    names = speaker_words(config)
    assert names == {"nadia", "rahmawati", "bayu", "anggoro", "ratna", "kusumawardani"}
    assert (
        _matched_text("Menurut Prof. Dr. Ratna, ada tiga tantangan utama:", names)
        == "Menurut ada tiga tantangan utama:"
    )
    assert _matched_text("Ia mengajak mahasiswa menjadi duta budaya digital", names).endswith("duta budaya digital")
    # a name a mark joins to the word before it is a name all the same (day-7's "di tolak”(Hendarto
    # Wibisono)." had listed "Hendarto" as a word not heard); a number such as "2,5" stays whole
    assert _matched_text("merasa di tolak”(Ratna Kusumawardani).", names) == "merasa di tolak”("
    assert _matched_text("kata Prof.Ratna, naik 2,5 persen", names) == "kata naik 2,5 persen"
    # para-17's talk ends "Terima kasih Pak Bayu, terima kasih Prof Ratna, terima kasih semuanya.":
    # with the names as words, two of Prof. Ratna's points were partly said there (0.64, 0.72)
    _, _, result = _compare("para-17")
    for point in result["points"]:
        assert not any("terima kasih Prof Ratna" in span.text for span in point.evidence if point.status != "missing")


@pytest.mark.parametrize("day, report", [("para-1", "day-7.txt"), ("para-11", "day-10.txt"), ("para-16", "day-7.txt")])
def test_another_days_report_is_told(day, report):
    """The days of a series share their themes, so another day's report still finds some of its
    points said: that it names none of the day's speakers, but others, says what happened."""
    _, _, result = _compare(day, report=(REPO / "configs" / "reports" / report).read_text(encoding="utf-8"))
    told = [w for w in result["warnings"] if "it may be the report of another day" in w]
    assert len(told) == 1 and "names none of the day's speakers" in told[0]


def test_another_days_report_is_told_by_the_names_the_topics_found():
    """The day-3 report credits its points by name ("kata Bayu") and says no "X menjelaskan": the
    people the topics stage found in it tell it from the day's report."""
    from pipeline.topics import extract_topics

    config = load_config(REPO / "configs" / "para-1.yaml")
    diarization = truth_diarization(load_truth(config.truth_path))
    for report, told in (
        ((REPO / "configs" / "reports" / "day-3.txt").read_text(encoding="utf-8"), True),
        (read_report(config), False),
    ):
        topics = Topics.model_construct(**extract_topics(config, diarization, report))
        warnings = compare_to_report(config, diarization, topics, report)["warnings"]
        assert any("it may be the report of another day" in w for w in warnings) is told


def test_a_report_that_names_a_speaker_by_role_is_the_days():
    """ "Duta Besar RI di Aljazair menjelaskan ..." names the day's ambassador by his own role; a
    role any speaker has ("Narasumber") names no one."""
    config = load_config(REPO / "configs" / "para-1.yaml")
    report = read_report(config)
    ayu = re.compile(r"Dr\. Ayu Laras+ati, S\.Sos\., M\.Ikom\.")
    assert "H.E Chalief Akbar" in report and ayu.search(report)
    for role, told in (("Duta Besar RI di Aljazair", False), ("Narasumber", True)):
        text = ayu.sub(
            "Narasumber", report.replace(" (Duta Besar RI di Aljazair)", "").replace("H.E Chalief Akbar", role)
        )
        assert (_suspected(config, text) is not None) is told


def test_each_days_own_report_is_not_taken_for_another_days():
    """Every bundled day with its own report, and the day-10 report in English: no such warning; a
    report that names no one (one sentence) is not suspected either."""
    from pipeline.bench.compare_accuracy import ENGLISH_REPORT, of_day_10

    for config in map(load_config, sorted((REPO / "configs").glob("*.yaml"))):
        reports = [read_report(config), "Diplomasi digital membutuhkan anggaran dan infrastruktur yang memadai."]
        if of_day_10(config):
            reports.append(ENGLISH_REPORT.read_text(encoding="utf-8"))
        for report in reports:
            assert _suspected(config, report) is None, config.id


@pytest.mark.parametrize("opening, closing", [("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»"), ("„", "“")])
def test_what_a_report_quotes_is_no_one_of_another_day(opening, closing):
    """A report that names none of the day's speakers ("beliau", "narasumber") and quotes a slide's
    title in title case, a sentence with a name-like word and a line that says someone spoke: those
    are the speaker's words, not people of another day.  Another day's report that quotes the same
    is still told by the name it writes outside its quotes."""
    from pipeline.topics import Entity, Topics, known_entities

    config = load_config(REPO / "configs" / "para-1.yaml")

    def quote(text: str) -> str:
        return f"{opening}{text}{closing}"

    report = (
        f"Slide berjudul {quote('Ibu Pertiwi Memanggil Generasi Muda')} ditampilkan. "
        f"Menurut beliau, {quote('Ibu Pertiwi memanggil generasi muda untuk berdiplomasi')}. "
        f"Narasumber membuka dengan {quote('Saya akan berbicara tentang diplomasi digital')}. "
        "Diplomasi digital membutuhkan anggaran dan infrastruktur yang memadai."
    )
    for text, told in ((report, False), ("Prof. Hikmahanto Juwana hadir sebagai narasumber. " + report, True)):
        entities = [
            Entity.model_construct(text=name, label=label, origin=origin)
            for name, label, origin in known_entities(config, text)
        ]
        split = report_points(text).points
        named = [named_speakers(point, config) for point, _ in split]
        warning = another_days_report(config, split, named, Topics.model_construct(entities=entities))
        assert (warning is not None) is told
        assert not told or ("Hikmahanto" in warning and "Pertiwi" not in warning)


def _suspected(config, report: str) -> str | None:
    """The another-day warning for `report`, from the report's points as the stage reads them."""
    split = report_points(report).points
    return another_days_report(config, split, [named_speakers(text, config) for text, _ in split], None)


def _pieces(*said: tuple[str, str]) -> list[Utterance]:
    """Utterances of (speaker, text), two seconds apart."""
    return [
        Utterance(
            index=i, segment=i, speaker=who, start=2.0 * i, end=2.0 * i + 1.5, text=text, word_start=0, word_end=0
        )
        for i, (who, text) in enumerate(said)
    ]


NAMES = {"A": "Moderator", "B": "Drs. Hendarto Wibisono, M.A."}


def _unreported(pieces: list[Utterance], chances: list[float]) -> dict:
    config = load_config(REPO / "configs" / "para-14.yaml")
    return unreported_passages(pieces, np.array(chances), NAMES, config)


@pytest.mark.parametrize(
    "text",
    [
        "Assalamualaikum warahmatullahi wabarakatuh, selamat pagi semuanya, selamat datang di hari ketujuh.",
        "Langsung saja, Pak Hendarto, waktu dan tempat kami persilakan.",
        "Eh, Bu, mic-nya masih mute, Bu.",
        "Jangan lupa isi formulir umpan balik, linknya nanti saya taruh di chat.",
        "Terima kasih banyak Pak Hendarto atas paparannya.",
        "Koneksi saya putus-putus, mohon maaf ya.",  # a listed word that normalize() splits
        "Terima kasih sebesar-besarnya kepada bapak-bapak dan ibu-ibu sekalian.",
    ],
)
def test_running_the_session_is_housekeeping(text):
    config = load_config(REPO / "configs" / "para-14.yaml")
    assert runs_the_session(text, session_names(config)) is True


@pytest.mark.parametrize(
    "text",
    [
        "Di sini lagi dingin sekali, tadi pagi empat derajat, gerimis terus.",
        "Terima kasih Mbak, jadi negosiasi itu pada dasarnya mencari titik temu.",
        "Bu, untuk kita yang sering tampil lewat Zoom begini, tipsnya apa?",
        "Hubungan kedua negara putus.",  # "putus-putus" is of the session, "putus" alone is not
        "Pemerintah dan masyarakat desa harus bekerja bersama-sama.",  # roles a talk is about
    ],
)
def test_what_is_said_about_something_is_content(text):
    config = load_config(REPO / "configs" / "para-14.yaml")
    assert runs_the_session(text, session_names(config)) is False


def test_a_filler_line_is_neither():
    assert runs_the_session("Karena apa?") is None


@pytest.mark.parametrize(
    "text",
    [
        "Kendalanya, eh, yang pertama soal komitmen.",
        "Jadi hal yang paling penting langsung taruh di depan.",
        "Bertengkar di medsos tidak ada gunanya, Mas.",
        "Kendalaia, eh, yuan pertama soel klomitmen.",  # Whisper's: its garbled words are no names
        "Ponsel yang ada di tangan kalian sekarang itu sudah cukup.",
    ],
)
def test_words_a_talk_says_as_often_do_not_run_the_session_alone(text):
    """ "pertama", "langsung", "taruh", "mas", "ponsel" are of the session only in a line with a word
    that is its alone: here the line says something (docs/compare.md, forty-eighth round)."""
    config = load_config(REPO / "configs" / "para-18.yaml")
    assert runs_the_session(text, session_names(config), others_allowed=1) is False


def test_stop_words_and_a_number_with_such_a_word_alone_are_neither():
    """Neither: compare reads the line with its voice's neighbours (the next test)."""
    assert runs_the_session("Sampai tahun dua ribu dua puluh empat.") is None
    assert runs_the_session("Tapi kalau di bagi satu tahun, iya,") is None  # Whisper's


@pytest.mark.parametrize(
    "text",
    [
        "Sampai ketemu Sabtu depan di hari keempat ya, semuanya.",
        "Sampai jumpa di hari keempat, Sabtu depan.",
        "Sampai bertemu minggu depan.",
        "Oh iya, maaf, maaf.",
        "Terima kasih banyak, Mas, sampai di sini dulu.",
    ],
)
def test_such_words_with_a_word_of_the_session_alone_run_it(text):
    config = load_config(REPO / "configs" / "para-18.yaml")
    assert runs_the_session(text, session_names(config)) is True


def test_ketemu_alone_is_no_word_of_the_session():
    """ "sampai ketemu" is a farewell; "ketemu" alone is what a talk says."""
    config = load_config(REPO / "configs" / "para-14.yaml")
    line = "Bapak kan tiap hari ketemu orang Jerman."
    assert runs_the_session(line, session_names(config), others_allowed=1) is False


def test_the_words_a_talk_says_as_often_are_words_of_the_session():
    listed, ordinary, _ = session_words()
    assert ordinary and ordinary <= listed


def test_unreported_passages_join_a_voices_utterances_and_keep_housekeeping_apart():
    pieces = _pieces(
        ("A", "Assalamualaikum, selamat pagi semuanya, selamat datang di hari ketujuh workshop kita."),
        ("A", "Langsung saja, Pak Hendarto, silakan."),
        ("B", "Di sini lagi dingin sekali, tadi pagi empat derajat."),
        ("B", "Karena apa?"),  # neither: goes with its neighbours
        ("B", "Saya tiap pagi naik sepeda ke kantor lewat pelabuhan."),
        ("B", "Negosiasi itu komunikasi dua arah untuk mencapai kesepakatan bersama."),  # says a point
        ("B", "Di pinggir pelabuhan ada yang jual roti isi ikan, sarapan favorit saya."),
        ("A", "Oke."),  # too short to list
    )
    passages = _unreported(pieces, [0.0, 0.1, 0.2, 0.0, 0.1, 0.9, 0.3, 0.0])
    content, housekeeping = passages["content"], passages["housekeeping"]
    assert [p.utterances for p in content] == [[2, 3, 4], [6]]
    assert content[0].text.startswith("Di sini lagi dingin") and content[0].speaker_name == NAMES["B"]
    assert (content[0].start, content[0].end, content[0].best_confidence) == (4.0, 9.5, 0.2)
    assert [p.utterances for p in housekeeping] == [[0, 1]]


def test_a_talk_longer_than_the_fitted_ones_lowers_every_points_odds(monkeypatch):
    """A long talk offers each point more passages that share its words without its claim: past
    the longest talk the weights were fitted on, a whole report's log-odds are lowered by
    LENGTH_PENALTY per unit of log(windows / FITTED_WINDOWS); a short report's model weighs the
    length itself, and a short talk is judged as fitted."""
    import math

    from pipeline.text.similarity import FITTED_WINDOWS, LENGTH_PENALTY, MIN_WINDOW_WORDS

    config = load_config(REPO / "configs" / "demo.yaml")
    texts = [text for text, _ in split_points(read_report(config))][3:11]
    talk = [u.text for u in truth_diarization(load_truth(config.truth_path)).utterances]
    other = [u.text for u in truth_diarization(load_truth(REPO / "configs" / "para-11" / "truth.json")).utterances]
    short, long = similarity(texts, talk), similarity(texts, talk + other * 8)
    windows = int((long.window_words >= MIN_WINDOW_WORDS).sum())
    assert short.length_penalty() == 0.0 and windows > FITTED_WINDOWS
    assert long.length_penalty() == pytest.approx(LENGTH_PENALTY * math.log(windows / FITTED_WINDOWS))
    assert similarity(texts[:2], talk + other * 8).length_penalty() > 0  # computed, not applied: few points
    lowered = long.probability()
    monkeypatch.setattr("pipeline.text.similarity.LENGTH_PENALTY", 0.0)
    judged = lowered > 0  # windows of too few words say no point either way
    as_fitted = long.probability()[judged]
    shift = np.log(as_fitted / (1 - as_fitted)) - np.log(lowered[judged] / (1 - lowered[judged]))
    assert np.allclose(shift, LENGTH_PENALTY * math.log(windows / FITTED_WINDOWS))


def test_a_said_points_evidence_is_not_listed_as_what_the_report_leaves_out():
    """ASR cuts a sentence in two: neither half says the point alone, both together do.  The
    half that says nothing alone had been listed as talk the report leaves out, beside the
    evidence of the point it makes (68 of the twenty days' 206 ASR passages)."""
    config = load_config(REPO / "configs" / "demo.yaml")
    said = truth_diarization(load_truth(config.truth_path)).utterances
    whole = said[5]
    assert whole.text.startswith("Adapun kegiatan diplomatik virtual")
    words = whole.text.split()
    halves = [whole.model_copy(update={"text": " ".join(part)}) for part in (words[:8], words[8:])]
    talk = [u.model_copy(update={"index": i}) for i, u in enumerate(said[:5] + halves + said[6:])]
    _, _, result = _compare(
        "demo", diarization=truth_diarization(load_truth(config.truth_path)).model_copy(update={"utterances": talk})
    )
    [point] = [p for p in result["points"] if p.text.startswith("Adapun")]
    assert point.status == "covered" and point.evidence[0].text.startswith(halves[0].text + " " + halves[1].text)
    listed = {
        i for passage in result["unreported_passages"] + result["housekeeping_passages"] for i in passage.utterances
    }
    assert not listed & {5, 6}


def test_the_rest_of_a_said_points_sentence_goes_with_its_evidence():
    """ASR cuts "Melalui penggunaan media sosial Twitter, Instagram, YouTube, dan pengembangan situs
    Kementerian Luar Negeri ..." after "YouTube,": the rest says more of the point and goes with
    its evidence; a line after a sentence's end, in another voice, after a long pause, or saying
    nothing more of the point (Whisper's comma where the speaker ended: "... dari kantornya
    sendiri," before "Di Aljir sekarang lagi musim hujan") stays apart."""
    from pipeline.compare import sentence_rest, usual_pause

    pieces = _pieces(
        ("B", "Melalui penggunaan media sosial Twitter, Instagram, YouTube,"),
        ("B", "dan pengembangan situs kementerian luar negeri,"),
        ("B", "dan perwakilan RI."),
        ("B", "Di Aljir sekarang lagi musim hujan."),
    )
    # the point's words: media, youtube, situs, kementerian, perwakilan; windows 0-3 are the pieces alone
    heard = np.array([[1, 1, 0, 0, 0], [0, 0, 1, 1, 0], [0, 0, 0, 0, 1], [0, 0, 0, 0, 0]], dtype=float)
    single, pause = [0, 1, 2, 3], usual_pause(pieces)
    assert pause == pytest.approx(0.5)
    assert sentence_rest(pieces, (0, 1), heard, single, 0, pause) == [1, 2]  # ends at "RI."
    assert sentence_rest(pieces, (0, 1), heard, single, 0, 0.4) == []  # a longer pause than the day's
    heard_before = heard.copy()
    heard_before[0, 2:4] = 1  # the evidence heard "situs kementerian" already: nothing more
    assert sentence_rest(pieces, (0, 1), heard_before, single, 0, pause) == []
    other = [pieces[0], pieces[1].model_copy(update={"speaker": "A"}), *pieces[2:]]
    assert sentence_rest(other, (0, 1), heard, single, 0, pause) == []
    ended = [pieces[0].model_copy(update={"text": "Melalui media sosial, YouTube."}), *pieces[1:]]
    assert sentence_rest(ended, (0, 1), heard, single, 0, pause) == []


def test_talk_that_says_the_reports_narration_is_not_what_it_leaves_out():
    """The ambassador thanks Universitas STEKOM for inviting him from Aljazair and announces the
    day's theme: the report's narration says it ("Pada hari ke-10 dengan tema Strategi dan
    Tantangan Diplomasi Digital ... H.E Chalief Akbar (Duta Besar RI di Aljazair) ..."), scored
    apart for this list alone; the points' verdicts do not change."""
    _, _, result = _compare("demo")
    listed = " ".join(p.text for p in result["unreported_passages"] + result["housekeeping_passages"])
    assert "Universitas STEKOM" not in listed and "Hari ini saya akan menjelaskan" not in listed
    assert [p.status for p in result["points"]][:3] == ["narration"] * 3


def test_a_long_digression_is_listed_in_parts():
    sentence = "Saya tiap pagi naik sepeda ke kantor lewat pelabuhan yang dingin sekali."
    pieces = _pieces(*[("B", sentence)] * 30)
    content = _unreported(pieces, [0.0] * 30)["content"]
    assert len(content) > 1
    assert all(len(p.text.split()) <= PASSAGE_MAX_WORDS for p in content)
    assert [i for p in content for i in p.utterances] == list(range(30))


def test_a_passage_stays_within_the_text_an_artifact_holds():
    """Two utterances of few but very long words (text without spaces) are not joined past
    MAX_TEXT_CHARS, and one longer than it is cut."""
    from pipeline.artifacts import MAX_TEXT_CHARS

    long = " ".join(["x" * 1900] * 10)
    content = _unreported(_pieces(("B", long), ("B", long)), [0.0, 0.0])["content"]
    assert [p.utterances for p in content] == [[0], [1]]
    assert all(len(p.text) <= MAX_TEXT_CHARS for p in content)


def test_a_passages_utterances_are_in_order():
    with pytest.raises(ValueError, match=r"not in order, each once"):
        Passage(start=0, end=1, speaker="A", speaker_name="A", text="x", best_confidence=0, utterances=[8, 5])


def test_a_line_of_neither_between_two_of_its_voices_content_lines_is_content():
    """ "Sampai tahun dua ribu dua puluh empat" said inside a guest's account is part of it."""
    pieces = _pieces(
        ("B", "Anggaran kami untuk mengenalkan budaya tahun ini kira-kira satu koma dua miliar rupiah."),
        ("B", "Sampai tahun dua ribu dua puluh empat."),
        ("B", "Ada empat ribu rumah makan Indonesia di mancanegara."),
    )
    passages = _unreported(pieces, [0.0, 0.0, 0.0])
    assert not passages["housekeeping"]
    assert [p.utterances for p in passages["content"]] == [[0, 1, 2]]


def test_the_hosts_lines_may_say_a_word_more_and_still_run_the_session():
    """ "Baik, kita lanjut ke sesi berikutnya, waktunya singkat ya" (one word besides: "singkat")
    is the moderator's housekeeping; the same from a speaker stays in the list."""
    line = "Baik, kita lanjut ke sesi berikutnya, waktunya singkat ya."
    host = _unreported(_pieces(("A", line), ("A", line)), [0.0, 0.0])
    guest = _unreported(_pieces(("B", line), ("B", line)), [0.0, 0.0])
    assert (len(host["housekeeping"]), len(host["content"])) == (1, 0)
    assert (len(guest["housekeeping"]), len(guest["content"])) == (0, 1)
    asks = "Baik, Pak, sambil menunggu, negosiasi itu apa, Pak?"
    question = _unreported(_pieces(("A", asks), ("A", asks)), [0.0, 0.0])
    assert (len(question["housekeeping"]), len(question["content"])) == (0, 1)


def test_the_compare_stage_reads_how_surely_whisper_heard_each_utterance(tmp_path):
    """The meaning floor is lowered by Whisper's doubt of a window's words: the stage reads each
    utterance's words' mean probability from the transcript, and records the transcript as its
    input."""
    from fakes import make_day_of_another_report
    from pipeline.artifacts import read_artifact
    from pipeline.compare import Comparison, utterance_sureness
    from pipeline.diarize import Diarization
    from pipeline.transcribe import Transcript

    paths = make_day_of_another_report(tmp_path / "configs", tmp_path / "outputs")
    transcript = read_artifact(paths.transcript, Transcript, "transcribe")
    diarization = read_artifact(paths.speakers, Diarization, "diarize")
    sureness = utterance_sureness(diarization, transcript)
    words = [len(u.text.split()) for u in diarization.utterances]
    # every made word was heard at 0.9 but each segment's second, at 0.4
    assert sureness == pytest.approx([(0.9 * (n - 1) + 0.4) / n for n in words])
    assert "transcript" in read_artifact(paths.comparison, Comparison, "compare").provenance.inputs


def test_a_passage_across_a_hand_over_is_named_after_the_voice_that_says_the_point():
    """The host's two long lines around the guest's short one that says the point: the passage had
    been named after the host, who talks longest in it, and the point shown as said by another
    speaker than the report's (48 of the twenty days' 533 evidence passages crossed a hand-over)."""
    pieces = _pieces(("A", "Baik terima kasih, silakan."), ("B", "Diplomasi digital itu penting."), ("A", "Oke."))
    pieces[0] = pieces[0].model_copy(update={"end": 9.0})
    span = evidence_span(pieces, NAMES, 0.9, heard=[0, 2, 0])
    assert span.speaker == "B" and span.speaker_name == NAMES["B"]
    assert span.text.startswith("Baik") and (span.start, span.end) == (0.0, 5.5)
    assert evidence_span(pieces, NAMES, 0.9, heard=[0, 0, 0]).speaker == "A"  # no word heard: who talks longest


def test_a_passage_across_voices_keeps_each_voices_part_and_the_named_voices_own_start():
    """demo-2's closest passage at 00:00:07 was quoted whole under Dr. Ayu's name, where the
    moderator speaks until 00:00:13: each voice's consecutive lines are a part, with its own start,
    end, voice and words, and the named voice's own part starts where that voice does."""
    pieces = _pieces(
        ("A", "Bersama kita hari ini."), ("B", "Tingkatan implementasi diplomasi digital."), ("B", "Itu awal.")
    )
    span = evidence_span(pieces, NAMES, 0.3, heard=[0, 2, 1])
    assert span.speaker == "B" and span.start == 0.0 and span.text.startswith("Bersama")
    assert [(part.speaker, part.speaker_name, part.start, part.end) for part in span.parts] == [
        ("A", NAMES["A"], 0.0, 1.5),
        ("B", NAMES["B"], 2.0, 5.5),
    ]
    assert span.parts[1].text == "Tingkatan implementasi diplomasi digital. Itu awal."
    assert span.own_part().start == 2.0 and span.voices() == span.parts
    one = evidence_span(pieces[1:], NAMES, 0.3, heard=[2, 1])
    assert one.parts == [] and [(v.speaker, v.start, v.end) for v in one.voices()] == [("B", 2.0, 5.5)]
    assert one.own_part().start == one.start == 2.0


@pytest.mark.parametrize(
    ("parts", "refused"),
    [
        (lambda ps: ps[:1], "more than one voice"),
        (lambda ps: ps[::-1], "not the span's"),
        (lambda ps: [ps[0], ps[1].model_copy(update={"end": 9.0})], "not the span's"),
    ],
)
def test_a_span_refuses_parts_that_do_not_cover_it_in_two_voices(parts, refused):
    """A part edited by hand would credit words to another voice than says them."""
    from pipeline.compare import Span

    span = evidence_span(
        _pieces(("A", "Bersama kita hari ini."), ("B", "Diplomasi digital.")), NAMES, 0.3, heard=[0, 2]
    )
    with pytest.raises(ValueError, match=refused):
        Span.model_validate({**span.model_dump(), "parts": [p.model_dump() for p in parts(span.parts)]})


def test_a_heard_word_is_shown_with_the_words_the_talk_says_it_in():
    """para-16's "negaranya" heard where the talk says "negara", para-19's "warisan" where Whisper
    wrote "wa risan": the page lists what a listener hears beside the report's word; a word said as
    written, and one heard only as a number, have none."""
    from pipeline.text.similarity import heard_forms

    said = ["Kita menjaga wa risan budaya negara kita.", "Diplomasi itu penting."]
    terms = {"negara": "negaranya", "waris": "warisan", "diplomasi": "Diplomasi", "55": "55"}
    assert heard_forms(terms, said) == {"negaranya": "negara", "warisan": "wa risan"}
    assert heard_forms(terms, []) == {}
    # said as written too, though another of its forms comes first and stems alike
    assert heard_forms({"diplomasi": "Diplomasi"}, ["Kita berdiplomasi.", "Diplomasi itu penting."]) == {}


def test_a_topic_said_where_a_point_is_found_is_not_talk_the_report_leaves_out():
    """A topic in a said point's evidence, most of its words the point's heard there, is the
    report's subject in other words; elsewhere, or with fewer of the point's words, it stays
    talk-only.  A mention past the topic's listed ones is found in the evidence's text."""
    at = Occurrence(utterance=3, start=10.0, end=12.0, speaker="B", matched="memasukkan diplomasi", score=100)
    topic = Phrase(phrase="memasukkan diplomasi", heard=[], score=1.0, count=1, first_time=10.0, occurrences=[at])
    evidence = _pieces(("B", "Tahun ini kami masukkan tema lain"))[0].model_copy(update={"start": 9.0, "end": 13.0})
    span = evidence_span([evidence], NAMES, 0.9, heard=[2])
    text = f" {normalize(span.text)} "
    assert _said_as_reported(topic, [(span, {"masuk", "diplomasi", "kurikulum"}, text)])
    assert not _said_as_reported(topic, [(span, {"diplomasi", "kurikulum"}, text)])  # half its words
    elsewhere = span.model_copy(update={"start": 20.0, "end": 24.0, "text": "Memasukkan diplomasi ke kurikulum."})
    assert not _said_as_reported(topic, [(elsewhere, {"masuk", "diplomasi"}, " tema lain ")])
    assert _said_as_reported(topic, [(elsewhere, {"masuk", "diplomasi"}, " memasukkan diplomasi ke kurikulum ")])


def _credited(attributed: str, voice: str, status: str = "covered") -> ReportPoint:
    span = evidence_span(_pieces(("B", "Diplomasi digital itu penting.")), {"B": voice}, 0.9, heard=[2])
    return ReportPoint.model_construct(status=status, attributed_to=attributed, evidence=[span])


def test_two_voices_whose_names_look_swapped_are_warned_of():
    """para-19's two guests were named the wrong way round (the host's announcement garbled): the
    points the report credits to each rested on the other's voice, both ways."""
    swapped = [_credited("Bayu", "Ratna")] * 7 + [_credited("Ratna", "Bayu")] * 4 + [_credited("Ratna", "Ratna")]
    crossed = names_crossed(swapped)
    warning = crossed.warning
    assert warning.startswith("the report credits 7 point(s) to Bayu that the voice named Ratna says, and 4 to Ratna")
    assert "may be swapped" in warning
    # and each voice's doubt, a record the tables and the page carry onto that voice, not the sentence
    assert (crossed.one, crossed.other, crossed.one_as_other, crossed.other_as_one, crossed.own) == (
        "Bayu",
        "Ratna",
        7,
        4,
        1,
    )
    assert crossed.doubt("Ratna").startswith("may be swapped with Bayu: the report credits 7 point(s) to Bayu that")
    assert crossed.doubt("Bayu").startswith("may be swapped with Ratna: the report credits 4 point(s) to Ratna")
    assert crossed.doubt("Nadia") is None
    # one crossing each way among points on their own voices, or crossings one way only: no warning
    assert (
        names_crossed([_credited("Bayu", "Ratna"), _credited("Ratna", "Bayu")] + [_credited("Bayu", "Bayu")] * 3)
        is None
    )
    assert names_crossed([_credited("Bayu", "Ratna")] * 5) is None
    assert (
        names_crossed([_credited("Bayu", "Ratna", "missing")] * 3 + [_credited("Ratna", "Bayu", "missing")] * 3) is None
    )


def test_no_point_is_said_by_another_speaker_on_the_strength_of_a_doubted_name():
    """Where two voices' names look swapped, "said by another speaker" resting on the other of the
    two is not told: the flag would repeat the doubt.  A third voice's sure passage still flags,
    beside the partner's too."""
    crossed = names_crossed([_credited("Bayu", "Ratna")] * 3 + [_credited("Ratna", "Bayu")] * 3)
    flagged = _credited("Bayu", "Ratna").model_copy(update={"speaker_agrees": False})
    assert _flag_across_doubted_names(flagged, crossed, frozenset()).speaker_agrees is None
    by_a_third = _credited("Bayu", "Nadia").model_copy(update={"speaker_agrees": False})
    assert _flag_across_doubted_names(by_a_third, crossed, frozenset()).speaker_agrees is False
    both = flagged.model_copy(update={"evidence": [*flagged.evidence, *by_a_third.evidence]})
    assert _flag_across_doubted_names(both, crossed, frozenset()).speaker_agrees is False
    assert _flag_across_doubted_names(both, crossed, frozenset({"Nadia"})).speaker_agrees is None  # the host's
    outside = _credited("Nadia", "Ratna").model_copy(update={"speaker_agrees": False})
    assert _flag_across_doubted_names(outside, crossed, frozenset()).speaker_agrees is False
    own = _credited("Bayu", "Bayu").model_copy(update={"speaker_agrees": True})
    assert _flag_across_doubted_names(own, crossed, frozenset()).speaker_agrees is True


def test_a_points_word_heard_by_its_number_or_its_name_is_heard():
    """A said point's number the number check hears ("lima kuluh lima" for 55) and a word of a name
    of the report the topics stage found in the evidence ("saya-yakorea selatan") are heard: the
    point's row had listed them as not heard beside the number check and the names table."""
    evidence = [evidence_span(_pieces(("B", "lima kuluh lima person saya-yakorea selatan")), NAMES, 0.9, heard=[0])]
    found_there = Occurrence(utterance=0, start=0.5, end=1.0, speaker="B", matched="yakorea selatan", score=90)
    korea = Entity.model_construct(text="Korea Selatan", label="GPE", origin="report", occurrences=[found_there])
    numbers = [PointNumber(value="55", heard=True, talk_says=[]), PointNumber(value="7", heard=False, talk_says=[])]
    named, said_there = [(korea, "korea selatan")], [f" {normalize(span.text)} " for span in evidence]
    heard = _heard_otherwise(["55", "Korea", "7", "Jepang", "persen"], numbers, named, evidence, said_there)
    assert heard.tolist() == [True, True, False, False, False]
    elsewhere = [evidence[0].model_copy(update={"start": 30.0, "end": 35.0})]
    assert _heard_otherwise(["Korea"], [], named, elsewhere, [" tema lain "]).tolist() == [False]


def test_a_question_from_the_audience_and_the_event_are_credited_to_no_speaker():
    """A participant's question ends the part of the speaker named before, and a sentence about
    the event is no one's claim unless it names a speaker or goes on about one ("Beliau ...")."""
    from pipeline.compare import attributions

    texts = [
        "Ratna menilai kuliner adalah duta budaya yang paling mudah diterima.",
        "Salah satu peserta, mahasiswa Sistem Informasi, menanyakan cara mempromosikan budaya.",
        "Jawabannya, warisan budaya perlu didokumentasikan.",
        "Bayu menyarankan agar budaya didaftarkan ke UNESCO.",
        "Workshop hari keempat akan digelar pada Sabtu (21/8/2021).",
        "Beliau juga berbagi tentang kelas BIPA di Seoul.",
    ]
    named = [["Ratna"], [], [], ["Bayu"], [], []]
    assert attributions(texts, named, frozenset({1, 4, 5})) == ["Ratna", None, None, "Bayu", None, "Bayu"]
    # a speaker's point about an audience asking is hers, and so is what follows
    texts = [
        "Ratna Dewi menjelaskan tentang pendidikan karakter.",
        "Menurutnya, peserta didik harus berani bertanya kepada guru.",
        "Pembicara mendorong para peserta untuk aktif bertanya.",
        "Guru juga perlu memberi ruang untuk diskusi.",
    ]
    assert attributions(texts, [["Ratna Dewi"], [], [], []], frozenset({0})) == ["Ratna Dewi"] * 4


def _year_point(replaced_by: str | None = None) -> ReportPoint:
    """para-12's point on the IEU-CEPA negotiations in 2019, compared on its true text, the turn
    that says it replaced by `replaced_by` where given (its closing line about Brussels kept)."""
    config = load_config(REPO / "configs" / "para-12.yaml")
    truth = load_truth(config.truth_path)
    if replaced_by is not None:
        (turn,) = [turn for turn in truth.turns if turn.text.startswith("Tahun dua ribu sembilan belas")]
        turn.text = f"{replaced_by} Saya sampai hafal menu kantin di Brussel."
    result = compare_to_report(config, truth_diarization(truth), None, read_report(config))
    return next(p for p in result["points"] if "IEU-CEPA" in p.text)


def test_a_point_said_with_its_year_and_its_words_is_covered():
    point = _year_point()
    assert point.status == "covered"
    assert [(n.value, n.heard) for n in point.numbers] == [("2019", True), ("1", True)]
    assert {"2019", "perundingan", "perdagangan", "pasal"} <= set(point.found_terms)


def test_a_passage_that_shares_only_the_points_year_does_not_say_it():
    """Forty-eighth round: para-14's talk says 2019 only of moving house, and the point was called
    partly said there on the year and two side words ("pasal", "berminggu-minggu").  The year alone
    says nothing of the negotiations: the point is not said, and that line is not even its closest
    passage (docs/compare.md, "Decoys that share a number")."""
    point = _year_point("Tahun dua ribu sembilan belas, Mas, saya pindah rumah ke Jakarta, anak saya baru masuk SD.")
    assert point.status == "missing" and point.confidence < 0.5
    assert "pindah rumah" not in point.evidence[0].text and "2019" not in point.found_terms


def test_the_reports_numbers_are_found_where_a_said_point_states_them():
    """A report quantity is found where a said point that states it hears it in its evidence, the
    point's own number check: "5 menit" said by the host about the wait, while the point that gives
    it is not said, is no finding, nor is the determiner "satu" of "satu pasal saja" a number."""
    config = load_config(REPO / "configs" / "para-11.yaml")
    truth = load_truth(config.truth_path)
    truth.turns[0].text += " Kita tunggu 5 menit lagi ya, sambil menunggu peserta masuk."
    result = compare_to_report(config, truth_diarization(truth), None, read_report(config))
    numbers = {n.text: n for n in result["numbers"]}
    assert set(numbers) == {"2019", "7", "38", "55", "5"}  # no "1": "satu pasal saja" counts nothing
    (percent,) = [p for p in result["points"] if "Mehrabian" in p.text]
    assert percent.status in SAID and all(n.heard for n in percent.numbers)
    for value in ("7", "38", "55"):
        assert numbers[value].found and numbers[value].points == [percent.index]
        assert all(
            any(e.start <= o.start and o.end <= e.end for e in percent.evidence) for o in numbers[value].occurrences
        )
    (minutes,) = [p for p in result["points"] if "5 menit pertama" in p.text]
    assert minutes.status == "missing"
    assert not numbers["5"].found and numbers["5"].occurrences == [] and numbers["5"].points == [minutes.index]
    assert not any(n.narration for n in numbers.values())


def test_the_reports_names_of_its_narration_are_marked_so():
    """A name only the sentences about the event give ("Zoom Meeting", where it was held) is marked
    as narration, apart from the names of the points to find ("Jerman")."""
    from pipeline.topics import Entity, Topics

    config = load_config(REPO / "configs" / "para-11.yaml")
    truth = load_truth(config.truth_path)
    entities = [
        Entity(text=name, label="MISC", origin="report", found=False, occurrences=[])
        for name in ("Zoom Meeting", "Universitas STEKOM", "Jerman", "IEU-CEPA")
    ]
    topics = Topics.model_construct(entities=entities, overall=[], per_speaker=[], numbers=[])
    result = compare_to_report(config, truth_diarization(truth), topics, read_report(config))
    marked = {
        e.text: (e.narration, [result["points"][at].status == "narration" for at in e.points])
        for e in result["entities"]
    }
    assert marked == {
        "Zoom Meeting": (True, [True]),
        "Universitas STEKOM": (True, [True]),
        "Jerman": (False, [False]),
        "IEU-CEPA": (False, [False]),
    }


def test_a_said_points_evidence_leads_with_a_speakers_passage_before_the_hosts():
    """The host asks about a point ("Soal emosi bagaimana?") and recaps it ("Saya rangkum dua hal:
    pertama, diplomat muda harus sabar ..."): a recap in the report's own words had led the evidence
    of a point the guest makes in other words, and the point read as said by another speaker."""
    windows = [(0, 1), (1, 2), (2, 3), (0, 2)]
    chances = np.array([0.95, 0.92, 0.2, 0.97])
    host = {0, 3}  # the recap alone, and the recap with the guest's line after it (named after the host)
    assert compare._evidence(chances, windows, True, 0.55) == [3]
    assert compare._evidence(chances, windows, True, 0.55, relays=lambda c: c in host) == [1, 0]
    # the host's passages alone say it: they are its evidence, best first
    assert compare._evidence(chances, windows, True, 0.55, relays=lambda c: True) == [3]
    # a speaker's passage the model is less sure of (a passage of another point) stays behind
    unsure = np.array([0.95, 0.7, 0.2, 0.97])
    assert compare._evidence(unsure, windows, True, 0.55, relays=lambda c: c in host) == [3]
    # four passages apart: the host's best is not left out for the cap, only put behind
    apart = [(0, 1), (1, 2), (2, 3), (3, 4)]
    chances = np.array([0.99, 0.95, 0.93, 0.92])
    assert compare._evidence(chances, apart, True, 0.55, relays=lambda c: c == 0) == [1, 2, 0]


def test_a_recap_by_the_host_follows_the_guests_own_words():
    """para-12's host recaps two points at the end nearly as the report writes them; the guests made
    them earlier in other words: their passages lead, and the point is the report's speaker's."""
    from pipeline.evaluate import as_config_speakers

    config = load_config(REPO / "configs" / "para-12.yaml")
    truth = as_config_speakers(load_truth(config.truth_path), config, warn=False)
    result = compare_to_report(config, truth_diarization(truth), None, read_report(config))
    [patience] = [p for p in result["points"] if p.text.startswith("tiga, kesabaran")]
    assert patience.status in SAID and patience.attributed_to == "Drs. Hendarto Wibisono, M.A."
    assert [span.speaker_name for span in patience.evidence][:2] == [patience.attributed_to, "Moderator"]
    assert "Diplomat yang baik itu bisa menolak permintaan lawan" in patience.evidence[0].text
    assert patience.speaker_agrees is True
    assert patience.confidence == max(span.confidence for span in patience.evidence)  # the recap's, unchanged


def test_a_guests_point_only_the_hosts_lines_say_rests_on_the_windows_apart_from_them():
    """The host's housekeeping ("Muro milikan, komunikasi dua arah.") or recap had made a guest's
    point said on its own: the windows apart from the host's lines that say it, in another voice,
    now tell whether a guest says what the host relays (RELAY_SUPPORT)."""
    from pipeline.compare import RELAY_SUPPORT, _apart_from_relays

    windows = [(0, 1), (1, 2), (2, 3), (3, 4), (2, 4)]
    host = {2, 4}  # the host's line, alone and with the guest's line before it (named after the host)
    chances = np.array([0.3, 0.2, 0.97, 0.1, 0.9])
    # the best window that overlaps none of the host's saying ones, in a guest's voice
    assert _apart_from_relays(chances, windows, 0.55, lambda c: c in host) == 0
    assert chances[0] >= RELAY_SUPPORT > chances[1]
    # a guest's window says it too: the host's lines do not say it alone
    assert _apart_from_relays(np.array([0.6, 0.2, 0.97, 0.1, 0.9]), windows, 0.55, lambda c: c in host) is None
    # nothing apart from the host's lines, in another voice: today's rule
    assert _apart_from_relays(chances, windows, 0.55, lambda c: True) is None
    # the guest's line joined to the host's recap in a window named after the host is still the
    # guest's own (the review's case: it had been left out with the window, the point missing)
    windows, host = [(0, 1), (1, 2), (2, 3), (1, 3)], {2, 3}
    assert _apart_from_relays(np.array([0.1, 0.5, 0.97, 0.9]), windows, 0.55, lambda c: c in host) == 1


def test_a_guests_point_said_only_in_the_hosts_recap_is_missing():
    """para-12's host recaps "Kesalahan yang sering dilakukan diplomat muda" that no guest says
    (its truth: missing): the point had been partly said on the recap alone.  The recap stays linked
    as its closest passage."""
    from pipeline.evaluate import as_config_speakers

    config = load_config(REPO / "configs" / "para-12.yaml")
    truth = as_config_speakers(load_truth(config.truth_path), config, warn=False)
    result = compare_to_report(config, truth_diarization(truth), None, read_report(config))
    [mistakes] = [p for p in result["points"] if p.text.startswith("Kesalahan yang sering")]
    assert mistakes.attributed_to == "Drs. Hendarto Wibisono, M.A." and mistakes.status == "missing"
    assert mistakes.confidence < compare.RELAY_SUPPORT
    assert [span.speaker_name for span in mistakes.evidence] == ["Moderator"]
    assert mistakes.evidence[0].confidence >= config.compare.said_confidence


def test_a_missing_points_closest_passage_is_no_housekeeping_and_none_where_nothing_comes_close():
    windows = [(0, 1), (1, 2), (2, 3)]
    close = np.array([True, True, False])  # the third only runs the session ("Terima kasih, kita mulai")
    assert compare._evidence(np.array([0.2, 0.1, 0.3]), windows, False, 0.55, close=close) == [0]
    assert compare._evidence(np.array([0.03, 0.02, 0.3]), windows, False, 0.55, close=close) == []
    assert compare._evidence(np.array([0.03, 0.02, 0.3]), windows, False, 0.55) == [2]
    assert compare._evidence(np.array([CLOSE_MIN, 0.0, 0.0]), windows, False, 0.55) == [0]


def test_a_missing_point_is_linked_to_no_passage_where_none_comes_close():
    """A claim no talk makes: its chances are all near the model's floor, and the best of them had
    linked a greeting or a hand-over as its closest passage."""
    config = load_config(REPO / "configs" / "demo.yaml")
    report = read_report(config) + "\n\nHarga cabai rawit di pasar tradisional naik menjelang hari raya Lebaran."
    result = compare_to_report(config, truth_diarization(load_truth(config.truth_path)), None, report)
    [chillies] = [p for p in result["points"] if p.text.startswith("Harga cabai")]
    assert chillies.status == "missing" and chillies.evidence == [] and chillies.confidence < CLOSE_MIN
    assert chillies.missing_terms and not chillies.found_terms


@pytest.mark.parametrize(
    "point, heard, counted",
    [
        # a pronoun of respect, a preposition joined to a stop word, and "satu" (a single article)
        ("Beliau menceritakan perundingan dimana satu pasal dibahas", [0, 0, 1, 0, 0, 1, 1], [0, 1, 1, 0, 0, 1, 1]),
        # an English gloss counts where heard, not where not; an English stop word never
        ("kebijaksanaan (tact) dan kemampuan berbicara (public speaking)", [1, 0, 1, 1, 1, 0], [1, 0, 1, 1, 1, 0]),
        ("batas minimal yang bisa diterima (bottom line)", [1, 1, 1, 0, 1], [1, 1, 1, 0, 1]),
    ],
)
def test_words_that_say_nothing_are_not_counted_as_unheard(point, heard, counted):
    from pipeline.text.language import stems_and_words

    words = list(stems_and_words(point).values())
    assert len(words) == len(heard)
    assert compare._counted_terms(point, words, np.array(heard, dtype=bool)).astype(int).tolist() == counted


def test_a_point_is_shown_said_by_another_speaker_only_on_sure_evidence():
    """Of the tuning days' 17 'said by another speaker' flags 11 were wrong, 7 on points never said:
    the flag stands where the best evidence is sure; under it the speaker is not told."""
    from pipeline.compare import SURE_OTHER_VOICE, Span, _speaker_agrees

    def span(name: str, confidence: float) -> Span:
        return Span(start=0.0, end=1.0, speaker="SPEAKER_00", speaker_name=name, text="kata", confidence=confidence)

    no_host = frozenset()
    assert _speaker_agrees("Ayu", [span("Budi", 0.99), span("Ayu", 0.7)], no_host) is True
    assert _speaker_agrees("Ayu", [span("Budi", SURE_OTHER_VOICE)], no_host) is False
    assert _speaker_agrees("Ayu", [span("Budi", 0.85), span("Budi", 0.6)], no_host) is None


def test_the_hosts_words_do_not_make_a_point_said_by_another_speaker():
    """The host asks about a guest's point, introduces it and recaps it ("Saya rangkum dua hal ...",
    para-12): all five tuning-day flags that rested on the host's voice alone were wrong.  Another
    guest's sure passage still tells, and a point the report credits to the host is judged on every
    voice."""
    from pipeline.compare import Span, _speaker_agrees

    def span(name: str, confidence: float) -> Span:
        return Span(start=0.0, end=1.0, speaker="SPEAKER_00", speaker_name=name, text="kata", confidence=confidence)

    host = frozenset({"Moderator"})
    assert _speaker_agrees("Ayu", [span("Moderator", 0.99)], host) is None
    assert _speaker_agrees("Ayu", [span("Moderator", 0.99), span("Budi", 0.7)], host) is None
    assert _speaker_agrees("Ayu", [span("Moderator", 0.99), span("Budi", 0.95)], host) is False
    assert _speaker_agrees("Ayu", [span("Moderator", 0.99), span("Ayu", 0.6)], host) is True
    assert _speaker_agrees("Moderator", [span("Budi", 0.95)], host) is False
    assert _speaker_agrees("Moderator", [span("Moderator", 0.95)], host) is True


def test_a_recap_by_the_host_alone_does_not_tell_who_made_the_point():
    """para-12's patience point with Hendarto's own turn taken out: the host's recap ("Pertama,
    diplomat muda harus sabar ...") is all that says it, which had shown it as said by another
    speaker than the report's.  No guest's passage supports the recap (RELAY_SUPPORT), so the point
    is missing, and the host's words tell nothing of who made it."""
    from pipeline.evaluate import as_config_speakers

    config = load_config(REPO / "configs" / "para-12.yaml")
    truth = as_config_speakers(load_truth(config.truth_path), config, warn=False)
    without = [turn for turn in truth.turns if "Diplomat yang baik itu bisa menolak" not in turn.text]
    assert len(without) == len(truth.turns) - 1
    truth = truth.model_copy(update={"turns": without})
    result = compare_to_report(config, truth_diarization(truth), None, read_report(config))
    [patience] = [p for p in result["points"] if p.text.startswith("tiga, kesabaran")]
    assert patience.status == "missing" and patience.attributed_to == "Drs. Hendarto Wibisono, M.A."
    assert patience.speaker_agrees is None


def test_a_word_the_report_misspells_beside_it_is_one_term():
    """Forty-ninth round: para-7's "empat, insfrastruktur dan anggaran, ... infrastruktur digital"
    was covered on an aside about campus repairs, its one "infrastruktur" heard as two terms.  A word
    that is no known word, a letter or two off another of the point's, is that word; two known words
    a letter apart ("kontrak", "kontak") and a short form ("BATNA" beside "batas") stay two."""
    from pipeline.text.language import stems_and_words
    from pipeline.text.similarity import _one_spelling

    def terms(point: str) -> list[str]:
        return list(_one_spelling(stems_and_words(point)).values())

    assert terms("insfrastruktur dan anggaran, peningkatan anggaran dan pembangunan infrastruktur digital") == [
        "anggaran",
        "peningkatan",
        "pembangunan",
        "infrastruktur",
        "digital",
    ]
    assert "digitail" not in terms("diplomasi digital bukan pengganti, Diplomasi digitail belum bisa menggantikan")
    assert terms("kontrak dan kontak, BATNA dan batas") == ["kontrak", "kontak", "BATNA", "batas"]
    match = similarity(
        ["insfrastruktur dan anggaran, peningkatan anggaran dan pembangunan infrastruktur digital"],
        ["Pak, kampus kami juga lagi banyak perbaikan infrastruktur, keduanya baru."],
    )
    assert match.heard_words().tolist() == [[1]]


def test_a_missing_points_number_is_checked_where_its_words_are():
    """para-7's point 3 (ASR) listed "2017" among the words its closest passage says and its 2017 as
    not heard: a missing point's number was checked in no passage.  It is checked in the passage the
    point shows, as its words are, and beside it; that passage tells no other number."""
    from pipeline.compare import _numbers_there
    from pipeline.text.numbers import quantities

    point = "Indonesia menjadikan diplomasi digital bagian dari strategi pada tahun 2017 dengan 4 pilar."
    talk = ["kementerian sudah mencantumkan diplomasi digital sejak dua ribu tujuh belas", "ada tiga pilar", "lain"]
    stated = [quantities(normalize(text)) for text in talk]
    missing = _numbers_there(point, [(0, 1)], [(0, 2)], stated, False, [[]] * len(talk))
    assert [(n.value, n.heard, n.talk_says) for n in missing] == [("2017", True, []), ("4", False, [])]
    said = _numbers_there(point, [(0, 2)], [(0, 3)], stated, True, [[]] * len(talk))
    assert [(n.value, n.heard, n.talk_says) for n in said] == [("2017", True, []), ("4", False, ["3"])]
    assert [n.heard for n in _numbers_there(point, [], [], stated, False, [[]] * len(talk))] == [False, False]


def _names_compared(day: str) -> tuple[dict, object, dict]:
    """A day's true text compared with the names the topics stage knows (the glossary's, the
    report's), each placed where its matching places it: the comparison's names, its summary, and
    the topics stage's own finding of each."""
    from pipeline.summary import _comparison
    from pipeline.topics import entity_mentions, known_entities

    config = load_config(REPO / "configs" / f"{day}.yaml")
    diarization = truth_diarization(load_truth(config.truth_path))
    report = read_report(config)
    utterances = diarization.spoken_utterances()
    spoken = [normalize(u.text) for u in utterances]
    forms = compare.day_short_forms(config.language, report, config.other_names())
    entities = []
    for text, label, origin in known_entities(config, report):
        hits = entity_mentions(text, label, utterances, spoken, config.language, forms)
        entities.append(Entity(text=text, label=label, origin=origin, found=bool(hits), occurrences=hits))
    topics = compare.Topics.model_construct(entities=entities, overall=[], per_speaker=[], numbers=[])
    result = compare_to_report(config, diarization, topics, report)
    summary = _comparison(compare.Comparison.model_construct(**result))
    return {e.text: e for e in result["entities"]}, summary, {e.text: e.found for e in entities}


def test_the_reports_names_are_every_name_its_points_give_found_where_a_said_point_is():
    """Forty-ninth round: the report's names were only those the topics stage read in the report
    itself, and of a name the glossary also gives it keeps the glossary's, so the report's "Albert
    Mehrabian" and "Uni Eropa" were in no list; and a name counted found wherever the talk said it.
    A name is now found where a said point naming it says it in its evidence: para-11's talk says
    "Uni Eropa" only of Hamburg's port, and its point (the IEU-CEPA talks) is not said; para-12's
    is.  The day's speakers are who speaks, not names to find."""
    names, summary, anywhere = _names_compared("para-11")
    assert {"Albert Mehrabian", "Uni Eropa", "Ernest Satow", "Zoom Meeting"} <= set(names)
    assert not any("Hendarto" in name or "Maya" in name for name in names)
    assert names["Albert Mehrabian"].found and names["Albert Mehrabian"].points
    assert names["Zoom Meeting"].narration and "Zoom Meeting" in summary.report_narration_entities
    assert anywhere["Uni Eropa"] and not names["Uni Eropa"].found and names["Uni Eropa"].occurrences == []
    assert "Uni Eropa" in summary.report_entities_missing
    names, summary, _ = _names_compared("para-12")
    assert names["Uni Eropa"].found and "Uni Eropa" not in summary.report_entities_missing


def test_a_speaker_name_the_report_spells_otherwise_is_noted_with_its_field(caplog):
    """'Chalif Akbar' in the config, 'Chalief Akbar' in the report: named_speakers matches the two,
    and the misspelling had passed without a word."""
    from pipeline.text.report_warnings import names_spelt_otherwise

    config = load_config(REPO / "configs" / "demo.yaml")
    report = read_report(config)
    assert names_spelt_otherwise(report, config) == []  # spelt as the report does
    config.speakers[0].name = "H.E. Chalif Akbar"
    expected = (
        "the report spells 'Chalief Akbar' the speaker the config names 'H.E. Chalif Akbar' (speakers.0.name): "
        "one of them is misspelt"
    )
    assert names_spelt_otherwise(report, config) == [expected]
    grown = report.replace("Chalief Akbar", "Chalief Akbarnya")
    assert names_spelt_otherwise(grown, config) == [expected.replace("'Chalief Akbar'", "'Chalief Akbarnya'")]
    # a name grown by an ending or a possessive is the config's; another first letter is another name
    config.speakers[0].name = "Dr. Ayu Larasati"
    assert names_spelt_otherwise("Dr. Ayu Larasati’s argument was heard.", config) == []
    assert names_spelt_otherwise("Kata Ayu Larasatinya begitu.", config) == []
    config.speakers[0].name = "Ayu"
    assert names_spelt_otherwise("Bayu menjelaskan.", config) == []
    config.speakers[0].name = "H.E. Chalief Akbar"
    assert names_spelt_otherwise(grown, config) == []
    config.speakers[0].name = "H.E. Chalif Akbar"
    truth = load_truth(config.truth_path)
    with caplog.at_level("WARNING", logger="lokakarya"):
        result = compare_to_report(config, truth_diarization(truth), None, report)
    assert expected in result["notes"] and expected in caplog.text
