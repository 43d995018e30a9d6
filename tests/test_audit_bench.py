"""The held-out audit sets in configs/audits/ (docs/speaker-counting.md's names audits 11-24,
docs/measurements.md's short talks and docs/compare.md's captions) and their scorer,
pipeline.bench.audits: every set loads with its halves as documented, a malformed one is one line
naming it, and one case of each kind scores."""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import pytest

from pipeline.bench.audits import (
    AUDITS,
    REPO,
    caption_outcome,
    caption_report,
    load_set,
    main,
    name_outcome,
    order_outcome,
    score_captions,
    score_names,
    score_order,
    score_talks,
    talk_probabilities,
)
from pipeline.records.files import PipelineError

TUNING_AND_HELD_OUT = {"T", "S"}
NAMES_SETS = {
    "audit-11.json": {"X"},  # all held out in its round, all tuning since
    "audit-12.json": TUNING_AND_HELD_OUT,
    "audit-13.json": TUNING_AND_HELD_OUT,
    "audit-14.json": TUNING_AND_HELD_OUT,
    "audit-15.json": TUNING_AND_HELD_OUT,
    "audit-17.json": TUNING_AND_HELD_OUT,
    "audit-18.json": TUNING_AND_HELD_OUT,
    "audit-19.json": TUNING_AND_HELD_OUT,
    "audit-20.json": TUNING_AND_HELD_OUT,
    "audit-21.json": TUNING_AND_HELD_OUT,
    "audit-22.json": TUNING_AND_HELD_OUT,
    "audit-23.json": TUNING_AND_HELD_OUT,
    "audit-24.json": TUNING_AND_HELD_OUT,
    "audit-25.json": TUNING_AND_HELD_OUT,
    "audit-26.json": TUNING_AND_HELD_OUT,
    "audit-27.json": TUNING_AND_HELD_OUT,
}
ORDER_SETS = ("audit-16.json",)
TOPICS_SETS = (
    "talks-44.json",
    "talks-45.json",
    "talks-46.json",
    "talks-47.json",
    "talks-48.json",
    "talks-49.json",
    "talks-50.json",
    "talks-51.json",
    "talks-52.json",
    "talks-53.json",
    "talks-54.json",
    "talks-55.json",
    "talks-56.json",
    "talks-57.json",
    "talks-58.json",
    "talks-59.json",
    "talks-60.json",
)
CAPTIONS_SETS = (
    "captions-53.json",
    "captions-54.json",
    "captions-55.json",
    "captions-56.json",
    "captions-57.json",
    "captions-58.json",
)


def test_every_set_loads_with_its_halves():
    assert {path.name for path in (AUDITS / "names").glob("*.json")} == set(NAMES_SETS)
    for name, halves in NAMES_SETS.items():
        cases = load_set(AUDITS / "names" / name, "names")["cases"]
        assert {case["half"] for case in cases} == halves, name
        assert len({case["id"] for case in cases}) == len(cases), name
    assert {path.name for path in (AUDITS / "order").glob("*.json")} == set(ORDER_SETS)
    for name in ORDER_SETS:
        cases = load_set(AUDITS / "order" / name, "order")["cases"]
        # alternating, fixed before anything ran on them
        assert [case["half"] for case in cases] == ["T", "S"] * (len(cases) // 2), name
        assert len({case["id"] for case in cases}) == len(cases), name
    assert {path.name for path in (AUDITS / "topics").glob("*.json")} == set(TOPICS_SETS)
    for name in TOPICS_SETS:
        talks = load_set(AUDITS / "topics" / name, "topics")["talks"]
        assert [talk["number"] for talk in talks] == list(range(1, 21))
        # the split fixed before anything ran on them: talks 1-10 tuning, 11-20 scored
        assert [talk["half"] for talk in talks] == ["tuning"] * 10 + ["scored"] * 10
    assert {path.name for path in (AUDITS / "captions").glob("*.json")} == set(CAPTIONS_SETS)
    for name in CAPTIONS_SETS:
        cases = load_set(AUDITS / "captions" / name, "captions")["cases"]
        # pairs alternating (a caption and a sentence in each), fixed before anything ran on them
        assert [case["half"] for case in cases] == (["T", "T", "S", "S"] * len(cases))[: len(cases)], name
        assert len({case["id"] for case in cases}) == len(cases), name


@pytest.mark.parametrize(
    ("kind", "name", "spoil", "message"),
    [
        ("names", "audit-12.json", lambda data: data["cases"][1].update(half="held out"), "case M-02: .*'held out'"),
        ("names", "audit-13.json", lambda data: data["cases"][0]["lines"][2].pop(1), "case N-01: .*not \\[person"),
        ("names", "audit-14.json", lambda data: data["cases"][3]["expected_called"].update(nobody=None), "case P-04: "),
        ("names", "audit-15.json", lambda data: data["cases"][6]["speakers"][0].pop(), "case Q-07: .*role\\] pairs"),
        ("order", "audit-16.json", lambda data: data["cases"][2]["expected"].update(fitri="Fitri"), "case R-03: "),
        ("order", "audit-16.json", lambda data: data["cases"][4]["expected"].pop("ahmad"), "case R-05: "),
        ("topics", "talks-45.json", lambda data: data["talks"][4]["lines"][0].__setitem__(0, "C"), "talk 5: "),
        ("topics", "talks-44.json", lambda data: data["talks"][0].pop("expected"), "talk 1: KeyError"),
        ("topics", "talks-46.json", lambda data: data["talks"][12]["one_subject"].append(["judol"]), "talk 13: "),
        ("topics", "talks-45.json", lambda data: data.update(must_not_in_every_talk=[1]), "must_not_in_every_talk"),
        ("topics", "talks-49.json", lambda data: data["talks"][0]["lines"][0][2].update(papa=2), "talk 1: "),
        ("topics", "talks-49.json", lambda data: data["talks"][7]["glossary"].append(None), "talk 8: .*glossary"),
        ("captions", "captions-53.json", lambda data: data["cases"][2].update(label="credit"), "case C-03: .*'credit'"),
        (
            "captions",
            "captions-53.json",
            lambda data: data["cases"][3].update(credit=""),
            "case C-04: .*a lead or a credit",
        ),
        ("captions", "captions-53.json", lambda data: data.pop("opening"), "'opening'"),
        ("topics", "talks-55.json", lambda data: data["talks"][5].update(report_title=["x"]), "talk 6: .*report_title"),
    ],
)
def test_a_malformed_set_is_one_line_naming_file_and_case(tmp_path, kind, name, spoil, message):
    data = json.loads((AUDITS / kind / name).read_text(encoding="utf-8"))
    spoil(data)
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PipelineError, match=f"{path}: not a {kind} audit set: {message}") as raised:
        load_set(path, kind)
    assert "\n" not in str(raised.value)


def test_a_names_case_is_scored_given_and_by_naming():
    case = {
        "id": "Z-01",
        "half": "T",
        "speakers": [["Dewi Lestari", "Moderator"]],
        "listed": {"dewi": "Dewi Lestari"},
        "lines": [
            ["dewi", 6, "Selamat pagi semuanya. Silakan Pak Budi, pertanyaannya."],
            ["budi", 5, "Terima kasih Bu Dewi. Saya mau bertanya soal anggaran."],
            ["dewi", 3, "Baik, terima kasih."],
            ["tamu", 2, "Halo, halo."],
        ],
        "expected_called": {"budi": "Budi", "tamu": None},
    }
    tally, misses = score_names({"cases": [case]})
    assert tally == {("T", mode): {"right (name)": 1, "right (none)": 1} for mode in ("given", "chain")}
    assert misses == []


def test_each_name_outcome():
    assert name_outcome([], None) == "right (none)"
    assert name_outcome(["Budi"], None) == "WRONG: name where none"
    assert name_outcome([], "Budi") == "missed"
    assert name_outcome(["budi"], "Budi") == "right (name)"
    assert name_outcome(["Budi", "Sari"], "Budi") == "right + extra name"
    assert name_outcome(["Budi Santoso"], "Budi Hartono") == "part of the name"
    assert name_outcome(["Sari"], "Budi") == "WRONG name"


def test_an_order_case_is_scored_by_naming():
    case = {
        "id": "Z-02",
        "half": "S",
        "speakers": [["Dewi Lestari", "Moderator"], ["Budi Santoso", "Narasumber"]],
        "lines": [
            ["dewi", 6, "Selamat pagi. Kita mulai. Pak Budi, silakan."],
            ["budi", 8, "Terima kasih, Bu Dewi. Saya mulai dari anggaran desa tahun ini."],
            ["dewi", 3, "Terima kasih, Pak. Ada pertanyaan?"],
            ["tamu", 4, "Saya mau tanya soal jalan desa."],
        ],
        "expected": {"dewi": "Dewi Lestari", "budi": "Budi Santoso", "tamu": None},
    }
    assert score_order({"cases": [case]}) == ({"S": {"right": 3}}, [])


def test_each_order_outcome():
    configured = {"Dewi", "Budi"}
    assert order_outcome("Budi", "Budi", configured) == "right"
    assert order_outcome("Speaker 1", None, configured) == "right"
    assert order_outcome("Dewi", None, configured) == "WRONG: a configured name where none"
    assert order_outcome("Dewi", "Budi", configured) == "WRONG: another configured name"
    assert order_outcome("Speaker 1", "Budi", configured) == "unnamed"


def test_a_short_talk_is_scored():
    data = load_set(AUDITS / "topics" / "talks-44.json", "topics")
    one = copy.deepcopy(data) | {"talks": data["talks"][:1]}
    totals, lines = score_talks(one)
    found, expected, bad, shown, twice, holding = totals["tuning"]
    assert expected == 3 and 0 <= found <= 3 and bad <= shown and twice <= holding
    assert lines[0].startswith(f"1 tuning expected {found}/3") and lines[1].startswith("    overall: [")
    assert [line.split(":")[0].strip() for line in lines[2:]] == ["Moderator", "H.E. Chalief", "Dr. Ayu Lara"]


def test_a_half_no_set_has_is_an_error():
    with pytest.raises(PipelineError, match="no set has a half 'Q': their halves are S, T, X"):
        main("names", "Q", sorted((AUDITS / "names").glob("*.json")), verbose=False)


def test_the_command_says_an_error_in_one_line(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{", encoding="utf-8")
    command = [sys.executable, "-m", "pipeline.bench.audits", "topics", "--set", str(path)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: {path}: not a topics audit set: ") and result.stderr.count("\n") == 1


def test_a_talks_word_probabilities_are_its_mean_a_word_unlisted_heard_surely():
    lines = [["M", "Papa kibu, selamat pagi.", {"papa": 0.4, "kibu": 0.6}], ["A", "Terima kasih papa kibu."]]
    probabilities = talk_probabilities(lines)
    assert probabilities["papa"] == pytest.approx(0.7) and probabilities["kibu"] == pytest.approx(0.8)
    assert probabilities["pagi"] == 1.0
    assert talk_probabilities([["M", "Selamat pagi."]]) is None


def test_a_talks_doubled_word_listed_unsure_is_keyed_as_its_halves():
    """As topics.word_probabilities keys it: "lai-lai" listed at 0.2 is "lai" at 0.2 (it had been a key
    "lai lai" that no word of the line is)."""
    probabilities = talk_probabilities([["M", "Lai-lai komunikasi penting.", {"lai-lai": 0.2}]])
    assert probabilities["lai"] == pytest.approx(0.2) and probabilities["komunikasi"] == 1.0


def test_a_talks_glossary_and_probabilities_reach_its_topics():
    """talks-49's talk 9 says its glossary's "jaring pengaman sosial" whole: listed as the term."""
    data = load_set(AUDITS / "topics" / "talks-49.json", "topics")
    _, lines = score_talks(data | {"talks": data["talks"][8:9]})
    assert "'jaring pengaman sosial'" in lines[1]


def test_a_captions_case_is_laid_out_both_ways_and_scored():
    case = {
        "id": "Z-03",
        "half": "T",
        "label": "caption",
        "before": "Lokakarya diikuti 40 peserta.",
        "lead": "",
        "text": "Suasana sesi diskusi.",
        "credit": "(Dok. Panitia)",
        "after": "Diskusi berlangsung dua jam.",
    }
    opening = "Kemlu menggelar lokakarya."
    assert caption_report(opening, case, "inline").endswith(
        "\n\nLokakarya diikuti 40 peserta. Suasana sesi diskusi. (Dok. Panitia) Diskusi berlangsung dua jam.\n"
    )
    assert caption_report(opening, case, "own line").endswith(
        "\n\nLokakarya diikuti 40 peserta.\nSuasana sesi diskusi. (Dok. Panitia)\nDiskusi berlangsung dua jam.\n"
    )
    assert caption_outcome(case, "Lokakarya diikuti 40 peserta.\nDiskusi berlangsung dua jam.") == "right (left out)"
    assert caption_outcome(case, "Lokakarya diikuti 40 peserta. Suasana sesi\ndiskusi.") == "WRONG: caption kept"
    sentence = case | {"label": "sentence", "text": "Diskusi dibuka Dekan. Ia mengajak peserta aktif."}
    assert caption_outcome(sentence, "Diskusi dibuka Dekan. Ia mengajak peserta aktif.") == "right (kept)"
    assert caption_outcome(sentence, "Diskusi dibuka Dekan.") == "WRONG: sentence left out"
    two = case | {"text": "Suasana sesi diskusi. Peserta menyimak."}
    assert caption_outcome(two, "Peserta menyimak.") == "WRONG: caption partly kept"
    tally, whole, misses = score_captions({"opening": opening, "cases": [case]})
    assert sum(sum(counts.values()) for counts in tally.values()) == 2 and whole["T"][1] == 2
    assert len(misses) == 2 - whole["T"][0]


def test_a_wrapped_lines_break_in_a_captions_piece_is_read_as_a_space(monkeypatch):
    case = {
        "id": "Z-04",
        "half": "T",
        "label": "caption",
        "before": "",
        "lead": "Foto: Dok.\nPanitia",
        "text": "Suasana sesi diskusi di Aula\nKecamatan Depok.",
        "credit": "",
        "after": "",
    }
    assert caption_outcome(case, "Suasana sesi diskusi di Aula Kecamatan Depok.") == "WRONG: caption kept"
    monkeypatch.setattr("pipeline.bench.audits.without_furniture", lambda text: text.replace("\n", " "))
    _, _, misses = score_captions({"opening": "Kemlu menggelar lokakarya.", "cases": [case]})
    assert len(misses) == 2 and all("'Foto: Dok.\\nPanitia' kept" in miss for miss in misses)


def test_a_talks_report_title_is_the_days_title():
    """talks-55's talk 6 gives its report's title "Literasi Media Sosial bagi Remaja": extract_topics
    is given it as the report, whose first line is the day's title (phrase_readings.title_phrases)."""
    data = load_set(AUDITS / "topics" / "talks-55.json", "topics")
    given = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            "pipeline.bench.audits.extract_topics",
            lambda *args: given.append(args[2]) or {"overall": [], "per_speaker": []},
        )
        score_talks(data | {"talks": data["talks"][5:7] + data["talks"][:1]})
    assert given == ["Literasi Media Sosial bagi Remaja", "Pencegahan Demam Berdarah di Musim Hujan", None]
