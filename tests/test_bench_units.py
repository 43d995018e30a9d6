"""The bench's bookkeeping (no model): a run split by stage from its journal and RSS samples, and a
report of only the sections measured."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from pipeline.artifacts import DayPaths
from pipeline.bench.days import markdown
from pipeline.bench.run_cost import MEASURED_PRELUDE, measured, stage_split

RUN = {"machine": "test", "lokakarya": "0", "started_at": "now"}  # what every report.json starts with


def _entry(stage: str, finished: float, wall: float, cpu: float) -> str:
    return json.dumps(
        {
            "stage": stage,
            "finished_at": datetime.fromtimestamp(finished, timezone.utc).isoformat(),
            "wall_seconds": wall,
            "cpu_seconds": cpu,
        }
    )


def test_a_run_is_split_by_stage_with_each_stage_peak(tmp_path):
    paths = DayPaths.for_day(tmp_path, "long")
    paths.root.mkdir(parents=True)
    paths.journal.write_text(
        "\n".join(
            [
                _entry("transcribe", 900.0, 50.0, 60.0),  # an earlier run
                _entry("transcribe", 1100.0, 100.0, 150.0),
                _entry("diarize", 1130.0, 30.0, 25.0),
            ]
        )
        + "\n"
    )
    run = {"rss": [(1000.5, 200 * 1024), (1050.0, 700 * 1024), (1110.0, 900 * 1024), (1125.0, 800 * 1024)]}
    stages = stage_split(paths, run, since=950.0)
    assert stages == {
        "transcribe": {"wall_s": 100.0, "cpu_s": 150.0, "peak_rss_mb": 700.0},
        "diarize": {"wall_s": 30.0, "cpu_s": 25.0, "peak_rss_mb": 900.0},
    }


def test_the_report_shows_only_the_sections_measured():
    record = {"wall_s": 10.0, "cpu_s": 12.0, "peak_rss_mb": 900.0}
    report = {
        "machine": "test",
        "lokakarya": "0",
        "started_at": "now",
        "wall_s": 1.0,
        "long_30": {
            "minutes": 33.3,
            "repeats": 1,
            "bare": [record],
            "run": [dict(record, wall_s=12.0)],
            "transcribe_alone": [record],
            "stages": {"transcribe": dict(record, wall_s=9.0)},
            "run_vs_bare": {"wall_s": 1.2, "cpu_s": 1.0, "peak_rss_mb": 1.0},
            "transcribe_vs_bare": {"cpu": 1.0, "wall": 1.0, "rss_difference_mb": 0.0},
            "load_average": [1.0],
        },
    }
    text = markdown(report)
    assert "33.3 min" in text and "| **run / bare** | **1.2** |" in text
    assert "outside the stages (start-up, imports, archive tables) | 3.0 | 0.0" in text
    assert "Accuracy and speed per demo day" not in text


def test_each_sections_renderer_in_its_own_module_writes_its_part_of_report_md_in_order():
    """The sections render in their own modules (compare_accuracy, long_talks, naming_accuracy,
    asr_settings, run_cost, real_voices); days.markdown puts them in report.md's order."""
    rec = {"wall_s": 10.0, "cpu_s": 12.0, "peak_rss_mb": 900.0}
    verdicts = {"points": 7, "said": 4, "agreement": 0.8, "recall": 0.75, "false_said": 0.1, "precision": 0.9}
    penalty = {"agreement": 0.7, "recall": 0.5, "said": 4, "false_said": 0.25, "points": 8}
    decoded = {"wer": 0.3, "cer": 0.2, "words": 10, "reference_words": 12, "median_segment_s": 3.1}
    decoded |= {"max_segment_s": 9.9, "wall_s": 5.0, "cpu_s": 9.0}
    long_input = {"minutes": 33.3, "repeats": 1, "bare": [rec], "run": [rec], "transcribe_alone": [rec]}
    long_input |= {"stages": {"transcribe": rec}, "run_vs_bare": {"wall_s": 1.2, "cpu_s": 1.0, "peak_rss_mb": 1.0}}
    long_input |= {"transcribe_vs_bare": {"cpu": 1.0, "wall": 1.0, "rss_difference_mb": 0.0}, "load_average": [1.0]}
    scored = {"points": 3, "agreement": 0.9, "recall": 0.8, "false_said": 0.1}
    setting = {"model": "base", "setting": "beam 1", "wer": 0.5, "cer": 0.3, "rtf": 0.1, "mean_segment_s": 4.2}
    report = RUN | {
        "short_reports": {"tuning": {"by_points": {"1": scored}, "unsaid_claims_called_said": 2}},
        "across_languages": {"tuning, ASR": verdicts},
        "padded_days": {"groups": {"scored, ASR": verdicts}, "talk_hours": [0.7, 1.3]},
        "written_long_talks": {"day-10": verdicts | {"split": "held out", "minutes": 40}, "load_average": [1.0]},
        "spoken_long_talks": {
            "day-3": {
                "split": "held out",
                "minutes": 40,
                "scores": {"wer": 0.5, "der": 0.1, "word_name_accuracy": 0.8},
                "voices_found": 3,
                "voices_heard": 4,
                "wall_s": 100,
                "penalty": {"0": penalty, "0.1": penalty},
            }
        },
        "naming": {"tuning": {"ASR": {"as written": {"configs": 1, "order": 0.5, "talk": 0.75}}}},
        "compare_speed": {"talk_hours": 1.3, "utterances": 900, "wall_s": 4.0, "seconds_per_hour_of_talk": 3.1}
        | {"first_call_s": 1.0, "load_average": [1.0]},
        "asr": [setting | {"load_average": [1.5]}],
        "decoding": [{"setting": "sequential", "days": {"demo": decoded}, "peak_rss_mb": 800.0, "load_average": [2.0]}],
        "overhead": {"audio_s": 60.0, "bare": [rec], "transcribe": [rec], "load_average": [1.0]}
        | {"transcribe_vs_bare": {"cpu": 1.01, "wall": 1.0, "rss_difference_mb": 60.0}},
        "voices": {"right": {"1": 5, "2": 3}, "total": {"1": 6, "2": 4}, "load_average": [1.0], "clips": []},
        "long_30": long_input,
    }
    headings = [line.split(" (")[0].split(":")[0] for line in markdown(report).splitlines() if line.startswith("## ")]
    assert headings == [
        "## Short reports",
        "## An English report of the Indonesian talks",
        "## Long days",
        "## Long talks",
        "## Long talks as speech",
        "## Naming the voices",
        "## Transcription settings",
        "## Batched against sequential decoding, per day",
        "## Overhead against bare faster-whisper",
        "## Speaker counting on real voices",
        "## Whole `lokakarya run` against one bare faster-whisper call",
    ]
    assert "Compare stage on 1.3 h of talk (900 utterances)" in markdown(report)


def test_a_measured_run_counts_its_children_memory():
    """The run's audio jobs are child processes: its peak is of the whole tree, not the parent."""
    child = (
        "import time; block = bytearray(300 * 1024 * 1024); block[::4096] = b'x' * len(block[::4096]); time.sleep(2)"
    )
    code = MEASURED_PRELUDE + f"import subprocess\nsubprocess.run([sys.executable, '-c', {child!r}], check=True)\n"
    record = measured(code)
    assert record["peak_rss_mb"] > 300
    assert record["cpu_s"] >= 0


def test_the_overhead_section_gives_cpu_wall_and_memory_ratios():
    runs = [{"wall_s": 50.0, "cpu_s": 60.0, "peak_rss_mb": 500.0}]
    report = {
        "machine": "test",
        "lokakarya": "0",
        "started_at": "now",
        "overhead": {
            "audio_s": 249.5,
            "bare": runs,
            "transcribe": [dict(runs[0], cpu_s=61.0, peak_rss_mb=560.0)],
            "transcribe_vs_bare": {"cpu": 1.017, "wall": 1.0, "rss_difference_mb": 60.0},
            "load_average": [1.0],
        },
    }
    assert "**CPU 1.017x, wall 1.0x, peak RSS +60 MB**" in markdown(report)


def test_topics_count_right_when_every_word_is_in_the_true_text():
    from pipeline.bench.days import topics_accuracy, topics_summary
    from pipeline.topics import Phrase, SpeakerTopics, Topics
    from pipeline.truth import Truth

    truth = Truth.model_validate(
        {"turns": [{"speaker": "A", "start": 0.0, "end": 2.0, "text": "Diplomasi digital, ya."}]}
    )

    def phrase(text: str) -> Phrase:
        return Phrase.model_construct(phrase=text)

    topics = Topics.model_construct(
        overall=[phrase("diplomasi digital"), phrase("kucing")],
        per_speaker=[SpeakerTopics.model_construct(phrases=[phrase("digital"), phrase("diplomasi kucing")])],
    )
    assert topics_accuracy(truth, topics) == {"right": 2, "wrong": 2}
    days = [{"day": "demo", "topics": {"right": 2, "wrong": 2}}, {"day": "demo-2", "topics": {"right": 3, "wrong": 1}}]
    assert topics_summary(days) == {
        "tuning": {"right": 2, "wrong": 2, "precision": 0.5},
        "scored": {"right": 3, "wrong": 1, "precision": 0.75},
    }


def test_the_music_section_shows_what_it_could_measure():
    """Without the music packages (no registry), only the labelled days' voices; with them, the
    clips and the days with songs put in."""
    from pipeline.bench.music import markdown as music_markdown

    recorded = {"voices": 32, "lowest": 0.25, "music": 0}
    voices = {"scored": {"as recorded": recorded, "pink hiss": recorded | {"lowest": 0.2}}}
    skipped = "\n".join(music_markdown({"threshold": 0.18, "labelled_voices": voices, "skipped": "no registry"}))
    assert "| scored, as recorded | 32 | 0.25 | 0 |" in skipped and "| scored, pink hiss | 32 | 0.2 | 0 |" in skipped
    assert "Songs: skipped (no registry)." in skipped
    clips = {
        "songs": {"tuning": {"track2": 0.08}, "scored": {"track1": 0.06}},
        "instrumental": {"tracks": 43, "median": 0.06, "under_threshold": 0.84},
        "speech": {"real call": {"alone": 0.27, "20 dB under": [0.24, 0.27], "6 dB under": [0.12, 0.15]}},
    }
    day = {"day": "score-1", "from": "para-3", "before": 0.0, "now": 0.995}
    day |= {"song_voices": 1, "song_voices_named_music": 1, "speech_voices_named_music": 0}
    text = "\n".join(music_markdown({"threshold": 0.18, "labelled_voices": voices, "clips": clips, "song_days": [day]}))
    assert "| song (scored) track1 | 0.06 |" in text
    assert "| 43 instrumental tracks | 0.06 (median; 84% under) |" in text
    assert "| real call, alone | 0.27 |" in text and "| real call, music 6 dB under | 0.12-0.15 (of 3 tracks) |" in text
    assert "| score-1 (para-3) | 0.0 -> 0.995 | 1 of 1 | 0 |" in text


def test_english_written_as_said_reads_as_english_and_invented_indonesian_does_not():
    from pipeline.bench.language import english_like

    assert english_like("Please press one to record your greeting.") == (7, 7)
    english, words = english_like("Teman-teman mempunyai teman yang terlalu, tolong cuba lagi.")
    assert words == 7 and english <= 1


def test_the_housekeeping_labels_are_of_each_days_true_sentences():
    """Every labelled day's labels name its true sentences as the comparison reads them, and the
    section scores its true text and the held-out utterances."""
    from conftest import REPO
    from pipeline.bench.housekeeping import day_words, held_out, held_out_talks
    from pipeline.config import load_config
    from pipeline.evaluate import truth_diarization
    from pipeline.truth import load_truth

    labelled = sorted(REPO.glob("configs/*/housekeeping.json"))
    assert len(labelled) == 22
    for path in labelled:
        config_path = REPO / "configs" / f"{path.parent.name}.yaml"
        utterances = truth_diarization(load_truth(load_config(config_path).truth_path)).utterances
        sentences = json.loads(path.read_text())["sentences"]
        assert [(s["sentence"], s["text"]) for s in sentences] == [(u.index, u.text) for u in utterances], path
        assert {s["label"] for s in sentences} <= {"housekeeping", "content", "either"}
    words = day_words(REPO / "configs" / "para-1.yaml", None)
    assert words["housekeeping folded"] > 0 and words["content listed"] > 10 * words["content folded"]
    counts = held_out()
    assert sum(total for _, total in counts.values()) == 131
    assert counts["content, clean"][0] == counts["content, clean"][1]  # no content folded away
    talks = held_out_talks()  # with their speakers: a host's line may say a word more
    assert talks["housekeeping folded"] > talks["housekeeping listed"] and talks["content folded"] < 50
    report = {"machine": "test", "lokakarya": "0", "started_at": "now", "wall_s": 1.0}
    shown = markdown(report | {"housekeeping": {"tuning, true text": words, "held out utterances": counts}})
    assert "| tuning, true text |" in shown and "- content, clean: 53 of 53" in shown


def test_left_one_day_out_scores_each_day_with_weights_fitted_on_the_others():
    """Every point is scored once, by a fit that did not see its day; points that stand out on
    their best window are called said."""
    from types import SimpleNamespace

    import numpy as np

    from pipeline.bench.compare_tuning import left_one_day_out

    rng = np.random.default_rng(0)
    days, samples = [], []
    for name in ("a", "b", "c"):
        for _ in range(2):  # a day's ASR and its true text
            said = np.array([True, False] * 10)
            features = rng.normal(0.0, 0.1, (20, 6, 5))
            features[said, 2] += 1.0  # the said points' best windows stand out in every feature
            days.append((SimpleNamespace(id=name), None, None))
            samples.append((features, said))
    held = left_one_day_out(days, samples)
    assert held["points"] == 120 and held["roc_auc"] == 1.0
    assert set(held["agreement"]) == {"0.4", "0.5", "0.55"} and held["agreement"]["0.5"] >= 0.95


def test_a_theme_talk_says_half_its_points_and_borrows_the_others_words(tmp_path):
    """Each bundled theme holds 40 sentences with every passage; a talk put together from one is
    the same for a seed, says each said point by one of its paraphrases, and puts a hard negative
    where a point is left out."""
    from conftest import REPO
    from pipeline.bench.themes import HARD_NEGATIVES, PARAPHRASES, theme_rows, theme_talk
    from pipeline.bench.themes import markdown as themes_markdown

    themes = sorted((REPO / "configs" / "other-themes").glob("*.jsonl"))
    assert len(themes) == 8 and all(len(theme_rows(path)) == 40 for path in themes)
    report, truth = theme_talk(themes[0], 1)
    assert theme_talk(themes[0], 1) == (report, truth) and theme_talk(themes[0], 2)[1] != truth
    rows = {row["point"]: row for row in theme_rows(themes[0])}
    assert report.split("\n\n") == list(rows)
    said = {turn.text for turn in truth.turns}
    for point in truth.points:
        paraphrased = [kind for kind in PARAPHRASES if rows[point.point][kind] in said]
        assert (point.status != "missing") == bool(paraphrased), point.point
        if point.status == "missing":
            assert any(rows[point.point][kind] in said for kind in HARD_NEGATIVES)
    assert 10 < sum(point.status != "missing" for point in truth.points) < 30
    flagged = REPO / "configs" / "other-themes" / "law-of-the-sea.jsonl"  # line 15's hard1 states part of it
    point = theme_rows(flagged)[14]
    assert point["says_part"] == ["hard1"]
    for seed in range(1, 30):
        _, truth = theme_talk(flagged, seed)
        if next(p.status for p in truth.points if p.point == point["point"]) == "missing":
            assert point["hard2"] in {turn.text for turn in truth.turns}, seed
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps({"point": "Satu kalimat.", "light": "Ya."}) + "\n")
    with pytest.raises(ValueError, match=r"broken.jsonl, line 1: no theme, medium, heavy"):
        theme_rows(broken)
    both = dict(theme_rows(flagged)[0], says_part=["hard1", "hard2"])
    broken.write_text(json.dumps(both) + "\n")
    with pytest.raises(ValueError, match=r"line 1: says_part must list one hard negative at most"):
        theme_rows(broken)
    shown = "\n".join(
        themes_markdown(
            {
                "themes": {"climate": _THEME_METRICS, "study-abroad": _THEME_METRICS},
                "pooled": {"tuning": _THEME_METRICS, "held out": _THEME_METRICS},
                "chance_said": [{"from": 0.9, "to": 1.0, "points": 4, "said": 0.5}],
            }
        )
    )
    assert "| climate (tuning) | 8 | 4 | 0.5 |" in shown and "| study-abroad | 8 | 4 | 0.5 |" in shown
    assert "| **held out themes** | 8 |" in shown and "| 1.0 / 0.5 / – |" in shown and "| 0.9–1.0 | 4 | 0.5 |" in shown


_THEME_METRICS = {
    "points": 8,
    "said": 4,
    "agreement": 0.5,
    "recall": 1.0,
    "precision": 0.5,
    "false_said": 1.0,
    "false_covered": 0.5,
    "found_by_level": {"light": 1.0, "medium": 0.5},
}


def _placed_truth():
    from pipeline.truth import Truth

    return Truth.model_validate(
        {
            "turns": [
                {"speaker": "Moderator", "start": 0.0, "end": 10.0, "text": "Selamat pagi. Kita mulai saja."},
                {
                    "speaker": "Ayu",
                    "start": 10.0,
                    "end": 30.0,
                    "text": "Kopi saya dingin. Diplomasi digital tidak menggantikan diplomasi biasa.",
                },
            ],
            "points": [
                {
                    "point": "Diplomasi digital bukan pengganti diplomasi konvensional.",
                    "status": "covered",
                    "level": "heavy",
                },
                {"point": "Kopi itu penting.", "status": "missing", "level": None},
            ],
        }
    )


def _said(start: float, end: float, text: str, speaker: str = "Ayu"):
    from pipeline.compare import ReportPoint, Span

    span = Span(start=start, end=end, speaker="SPEAKER_01", speaker_name=speaker, text=text, confidence=0.9)
    return ReportPoint(
        index=0,
        text="Diplomasi digital bukan pengganti diplomasi konvensional.",
        lead_in=None,
        attributed_to=None,
        status="covered",
        confidence=0.9,
        score=0.5,
        evidence=[span],
        found_terms=[],
        missing_terms=[],
        speaker_agrees=None,
    )


def test_evidence_is_checked_against_the_place_the_talk_says_the_point(tmp_path):
    """A quote's time is its turn's shared out by characters; evidence there (on a transcript by
    time, on the true text by its sentences) is at the place, evidence on the coffee is not, and a
    voice other than the one saying it there is counted apart."""
    from pipeline.evaluate import compare_metrics, compare_outcomes
    from pipeline.truth import load_places

    truth = _placed_truth()
    point = truth.points[0].point
    path = tmp_path / "where.json"
    quote = "Diplomasi digital tidak menggantikan diplomasi biasa."
    path.write_text(json.dumps({"points": [{"point": point, "says": [{"turn": 1, "quote": quote}]}]}))
    places = load_places(path, truth)
    (place,) = places[point]
    assert 15.0 < place.start < 15.2 and place.end == 30.0 and place.speaker == "Ayu"

    def outcome(span_point, by_text=False):
        (row,) = compare_outcomes(truth, [span_point], places, by_text)
        return row

    assert outcome(_said(16.0, 29.0, "diplomasi dikital tidak mengganti"))["in_place"]
    assert not outcome(_said(10.0, 13.5, "kopi saya dingin"))["in_place"]
    assert not outcome(_said(18.0, 29.0, "diplomasi dikital", speaker="Moderator"))["by_whom"]
    assert outcome(_said(10.0, 30.0, quote), by_text=True)["in_place"]
    assert not outcome(_said(10.0, 30.0, "Kopi saya dingin."), by_text=True)["in_place"]
    assert not outcome(_said(10.0, 30.0, "Di."), by_text=True)["in_place"]  # whole words, not "diplomasi"
    metrics = compare_metrics([outcome(_said(18.0, 29.0, "x")), outcome(_said(10.0, 13.5, "kopi"))])
    assert metrics["placed"] == 2 and metrics["in_place"] == 0.5 and metrics["recall_in_place"] == 0.5


def test_a_place_that_is_not_the_truths_words_is_refused_naming_the_file(tmp_path):
    from pipeline.artifacts import PipelineError
    from pipeline.truth import load_places

    truth = _placed_truth()
    path = tmp_path / "where.json"
    for says, problem in (
        ([{"turn": 1, "quote": "Diplomasi digital adalah"}], "not in turn 1"),
        ([{"turn": 7, "quote": "Kopi saya dingin."}], "not in turn 7"),
        ([{"turn": "1", "quote": "Kopi saya dingin."}], "not a places file"),
    ):
        path.write_text(json.dumps({"points": [{"point": truth.points[0].point, "says": says}]}))
        with pytest.raises(PipelineError, match=problem) as error:
            load_places(path, truth)
        assert str(path) in str(error.value)
    point = truth.points[0].point
    for written, problem in (
        (
            json.dumps({"points": [{"point": "Kopi itu penting.", "says": [{"turn": 0, "quote": "Selamat pagi."}]}]}),
            "no point the truth calls said",
        ),
        (json.dumps({"points": [{"point": point, "says": []}]}), "says"),
        (json.dumps({"points": [{"point": point, "says": [{"turn": 1, "quote": " "}]}]}), "quote"),
        ('{"points": [], "points": []}', "twice"),
        ("{", "not a places file"),
    ):
        path.write_text(written)
        with pytest.raises(PipelineError, match=problem):
            load_places(path, truth)
    twice = truth.model_copy(
        update={"turns": [truth.turns[0].model_copy(update={"text": "Kopi. Kopi."}), truth.turns[1]]}
    )
    path.write_text(json.dumps({"points": [{"point": point, "says": [{"turn": 0, "quote": "Kopi."}]}]}))
    with pytest.raises(PipelineError, match="said twice in turn 0"):
        load_places(path, twice)
    with pytest.raises(PipelineError, match="cannot read"):
        load_places(tmp_path, truth)  # a folder
    quote = {"turn": 1, "quote": "Kopi saya dingin."}
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"points": [{"point": point, "says": [quote]}]}).encode())
    assert load_places(path, truth)[point][0].text == "Kopi saya dingin."  # an editor's byte-order mark


def test_every_bundled_days_places_are_its_truths_words():
    """Each labelled day places every point its truth calls said, each quote in its turn."""
    from conftest import REPO
    from pipeline.config import load_config
    from pipeline.truth import load_places, load_truth

    labelled = sorted(REPO.glob("configs/*/where.json"))
    assert len(labelled) == 22
    for path in labelled:
        truth = load_truth(load_config(REPO / "configs" / f"{path.parent.name}.yaml").truth_path)
        places = load_places(path, truth)
        assert set(places) == {p.point for p in truth.points if p.status in ("covered", "partly")}, path
    from pipeline.bench.long_talks import LONG_TALKS, LONG_TUNING_TALKS

    for talk, day in (LONG_TALKS | LONG_TUNING_TALKS).items():  # each for a bundled day's report
        folder = REPO / "configs" / "long-talks" / talk
        truth, report = load_truth(folder / "truth.json"), load_truth(REPO / "configs" / day / "truth.json")
        assert [p.point for p in truth.points] == [p.point for p in report.points]
        places = load_places(folder / "where.json", truth)
        assert set(places) == {p.point for p in truth.points if p.status in ("covered", "partly")}
        assert sum(len(turn.text.split()) for turn in truth.turns) > 4500


def test_the_bench_shows_where_the_evidence_is():
    """The section pools the days' outcomes by split, on the transcript and the true text."""
    found = {"truth": "covered", "level": "light", "verdict": "partly", "confidence": 0.7}
    missed = {"truth": "covered", "level": "heavy", "verdict": "missing", "confidence": 0.1}
    outcomes = [
        found | {"in_place": True, "any_in_place": True, "by_whom": False},
        missed | {"in_place": True, "any_in_place": True, "by_whom": True},
        missed | {"in_place": False, "any_in_place": False, "by_whom": False},
    ]
    metrics = {"agreement": 0.5, "precision": 1.0, "recall": 0.3}
    day = {
        "day": "para-3",
        "duration_s": 60.0,
        "scores": dict.fromkeys(("wer", "cer", "der", "der_no_collar", "word_speaker_accuracy"), 0.1)
        | {"speaker_count_error": 0},
        "compare": {
            "outcomes": outcomes,
            "true_text_outcomes": outcomes[:1],
            "metrics": metrics,
            "against_true_text": metrics,
        },
        "topics": {"right": 1, "wrong": 0},
        "end_to_end": {"rtf": 0.1, "peak_rss_mb": 100.0},
        "stages": {},
        "load_average": [1.0],
    }
    shown = markdown(RUN | {"days": [day]})
    assert "| scored paraphrase, ASR | 1 | 1.0 | 1.0 | 0.0 | 0.3333 | 0.3333 | 2 | 0.5 |" in shown
    assert "| scored paraphrase, true text | 1 | 1.0 | 1.0 | 0.0 | 1.0 | 1.0 | 0 | None |" in shown


def test_a_long_day_is_the_days_talk_with_other_days_after_it():
    """Each appended talk starts after the one before, its own times kept apart; the utterances
    are the compare stage's, each speaker a voice with its talk time counted once per turn."""
    from pipeline.bench.compare_accuracy import DAYS_APART_S, appended
    from pipeline.evaluate import listed_diarization

    own = [("Ayu", 1.0, 4.0, "Diplomasi digital itu penting."), ("Ayu", 1.0, 4.0, "Sangat penting.")]
    other = [("Budi (para-11)", 30.0, 35.0, "Negosiasi butuh kesabaran.")]
    said = appended([own, other, [], other])  # a day of no speech adds nothing
    assert [(start, end) for _, start, end, _ in said] == [
        (1.0, 4.0),
        (1.0, 4.0),
        (4.0 + DAYS_APART_S, 9.0 + DAYS_APART_S),
        (9.0 + 2 * DAYS_APART_S, 14.0 + 2 * DAYS_APART_S),
    ]
    diarization = listed_diarization(said)
    assert [u.text for u in diarization.spoken_utterances()] == [text for *_, text in said]
    assert {s.name: s.talk_seconds for s in diarization.speakers} == {"Ayu": 3.0, "Budi (para-11)": 10.0}
    metrics = {"points": 2, "agreement": 0.5, "recall": 1.0, "false_said": 1.0, "precision": 0.5}
    shown = markdown(RUN | {"padded_days": {"groups": {"scored, ASR, own talk": metrics}, "talk_hours": [0.7, 1.3]}})
    assert "0.7-1.3 hours" in shown and "| scored, ASR, own talk | 2 | 0.5 | 1.0 | – | 1.0 | 0.5 |" in shown


def test_the_long_talks_as_speech_section_counts_the_verdicts():
    """Found and false verdicts are shown as counts, with the penalty off and on."""
    off = {"agreement": 0.5, "recall": 0.75, "said": 4, "points": 8, "false_said": 0.75}
    on = {"agreement": 0.75, "recall": 0.5, "said": 4, "points": 8, "false_said": 0.0}
    talk = {"split": "tuning", "minutes": 50.0, "wall_s": 300.0, "voices_heard": 7, "voices_found": 3}
    talk |= {"scores": {"wer": 0.55, "der": 0.08, "word_name_accuracy": 0.95}, "penalty": {"0": off, "0.5": on}}
    row = markdown(RUN | {"spoken_long_talks": {"tuning-day-7": talk}}).splitlines()[-1]
    assert "| 3 (7) |" in row and "| 0.5 → 0.75 | 3 → 2 of 4 | 3 → 0 of 4 |" in row


def test_a_long_talks_speakers_take_their_configs_names(caplog):
    """The long talks' writers label speakers as people call them: the bench scores (and demo/build.py
    voices) each label as the day's config names the speaker; a participant who shares a guest's
    name stays a participant, a voice of her own."""
    from pipeline.bench.long_talks import long_talk
    from pipeline.evaluate import as_config_speakers, config_speaker

    config, truth, places = long_talk("day-7")
    assert config_speaker("Moderator: Fajar Nugroho", config) == "Moderator"
    assert config_speaker("Pak Hendarto Wibisono", config) == "Drs. Hendarto Wibisono, M.A."
    assert config_speaker("Peserta: Maya dari Undip", config) is None
    scored = {turn.speaker for turn in truth.turns}
    assert set(config.speaker_names()) <= scored
    assert all(name.startswith("Peserta") for name in scored - set(config.speaker_names()))
    assert {place.speaker for found in places.values() for place in found} <= scored
    assert as_config_speakers(truth, config).turns == truth.turns
    assert "Moderator: Fajar" not in caplog.text and "Peserta" in caplog.text
