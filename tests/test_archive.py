"""The archive tables describe every day in the outputs folder, with fixed columns and types."""

from __future__ import annotations

import csv
import dataclasses
import datetime
import io
import itertools
import json
import os
import shutil
import signal
from pathlib import Path

import duckdb
import pandas
import pyarrow.parquet
import pytest

from conftest import ended_pid, invoke, write_config
from fakes import make_day, make_day_of_another_report
from pipeline import index as archive_index
from pipeline.artifacts import DayPaths, DayStatus, day_lock, file_sha256, read_artifact
from pipeline.compare import Comparison, ReportPoint
from pipeline.diarize import Diarization, Utterance
from pipeline.index import number_rows, refresh_archive, speaker_rows, topic_rows
from pipeline.records.columns import (
    DICTIONARY,
    FILES,
    PACKAGE,
    PRIMARY_KEYS,
    TABLES,
    data_dictionary,
    days_left_out,
    read_index_csv,
    tables_sha256,
)
from pipeline.summary import Summary
from pipeline.topics import Topics, number_mentions


def _read(outputs, name):
    return pandas.read_parquet(outputs / FILES[name])


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    """Day one refreshed on its own, then day two: the tables must hold both."""
    folder = tmp_path_factory.mktemp("archive")
    outputs = folder / "outputs"
    make_day(folder / "configs", outputs, "day-one")
    refresh_archive(outputs)
    # day two's second speaker moderates, by role: the tables' `host`
    speakers = [{"name": "H.E. Chalief Akbar", "role": "Duta Besar RI di Aljazair"}]
    speakers.append({"name": "Dr. Ayu Larasati, S.Sos., M.Ikom.", "role": "Moderator"})
    make_day(folder / "configs", outputs, "day-two", date="2021-01-01", title="Hari, kedua", speakers=speakers)
    refresh_archive(outputs)
    return outputs


def test_every_day_is_in_every_table(two_runs):
    outputs = two_runs
    for name in TABLES:
        frame = _read(outputs, name)
        assert list(frame.columns) == [c.name for c in TABLES[name]]
        key = "id" if name == "index" else "day"
        assert set(frame[key]) == {"day-one", "day-two"}, name
    assert pandas.read_csv(outputs / "index.csv")["id"].tolist() == ["day-one", "day-two"]


def test_the_same_recording_under_two_ids_is_named_in_the_index(two_runs, caplog):
    """The made days are one tone under two ids, as a config copied to mend it would be: the
    second names the first, so that a sum over days can leave it out, and a warning says so."""
    refresh_archive(two_runs)
    index = _read(two_runs, "index")
    assert index["same_audio_as"].isna().tolist() == [True, False] and index["same_audio_as"][1] == "day-one"
    assert "day-two: the same recording as day-one" in caplog.text
    csv = pandas.read_csv(two_runs / "index.csv")
    assert csv["same_audio_as"].isna().tolist() == [True, False]
    # the archive page marks it, and counts its words once, as the tables ask
    page = (two_runs / "index.html").read_text()
    assert "the same recording as day-one" in page or "rekaman yang sama dengan day-one" in page
    assert f"{int(index['words'][0])} kata" in page


def test_the_archive_page_says_what_the_tables_say(two_runs, tmp_path):
    """A day folder copied under another name is left out of the tables as unreadable: the archive
    page shows it so, with the reason, and counts none of its figures (it had listed it as done)."""
    copy = tmp_path / "outputs"
    shutil.copytree(two_runs, copy)
    shutil.copytree(copy / "day-one", copy / "day-one (1)")
    index = _read(copy, "index")  # before: two days
    refresh_archive(copy)
    page = (copy / "index.html").read_text()
    assert "tidak terbaca" in page and "holds the record of day &#39;day-one&#39;" in page
    row = _read(copy, "index").set_index("id").loc["day-one (1)"]
    assert row["reason"].startswith("day-one (1): holds the record of day 'day-one'")  # named from the archive
    assert row["config_file"] == "day.yaml" and row["title"]  # which day it is, from its last run's status
    assert "3 hari: 2 selesai, 0 gagal, 1 tidak terbaca ·" in page
    assert f"{int(index['words'][0])} kata" in page  # day-two is day-one's recording, and the copy no day


@pytest.mark.parametrize("name", ["transcript.srt", "diarization.rttm", "audio.webm"])
def test_a_day_whose_exports_are_of_another_run_is_left_out(two_runs, tmp_path, name):
    """Captions, the RTTM or the listening copy of another run (a merge that kept the newer of each
    file) would show another day beside the tables' rows: the day is unreadable, naming the file."""
    copy = tmp_path / "outputs"
    shutil.copytree(two_runs, copy)
    refresh_archive(copy)  # cached as it was
    with open(copy / "day-one" / name, "ab") as export:
        export.write(b"\n")
    refresh_archive(copy)
    index = _read(copy, "index").set_index("id")
    assert index.loc["day-one", "status"] == "unreadable" and name in index.loc["day-one", "reason"]
    assert index.loc["day-one", "reason"].endswith("run the day again")
    assert set(_read(copy, "segments")["day"]) == {"day-two"}
    # one gone is no other run's: the day stays, and the archive page links no such file
    (copy / "day-one" / name).unlink()
    refresh_archive(copy)
    assert _read(copy, "index").set_index("id").loc["day-one", "status"] == "ok"
    # a link in its place is no file the stage wrote, whether or not the cache has the day
    (copy / "day-one" / name).symlink_to(copy / "day-two" / name)
    for cached in (True, False):
        if not cached:
            shutil.rmtree(copy / ".tables-cache")
        refresh_archive(copy)
        assert _read(copy, "index").set_index("id").loc["day-one", "status"] == "unreadable", cached


def test_index_types_are_fixed_even_without_dates_reports_or_truth(two_runs, tmp_path):
    outputs = two_runs
    index = _read(outputs, "index")
    assert index["date"].tolist()[1] == datetime.date(2021, 1, 1) and pandas.isna(index["date"].iloc[0])
    assert str(index["words"].dtype) == "int64[pyarrow]" and str(index["wer"].dtype) == "double[pyarrow]"
    assert index["wer"].isna().all()
    bare = tmp_path / "bare"
    make_day(tmp_path / "configs", bare, "bare", report=None)
    refresh_archive(bare)
    other = _read(bare, "index")
    assert other["points"].isna().all()
    both = pandas.concat([index, other], ignore_index=True)
    assert both.dtypes.equals(index.dtypes) and other.dtypes.equals(index.dtypes)


def test_speakers_are_structs_and_a_long_table(two_runs):
    outputs = two_runs
    speakers = _read(outputs, "index")["speakers"].iloc[0]
    assert [s["name"] for s in speakers] == ["H.E. Chalief Akbar", "Dr. Ayu Larasati, S.Sos., M.Ikom."]
    assert speakers[0]["role"] == "Duta Besar RI di Aljazair"
    csv = pandas.read_csv(outputs / "index.csv")
    assert json.loads(csv["speakers"].iloc[0])[1]["name"] == "Dr. Ayu Larasati, S.Sos., M.Ikom."
    long = _read(outputs, "speakers")
    assert len(long) == 4 and long["talk_share"].between(0, 1).all()
    assert list(long["person"].unique()) == ["Chalief Akbar", "Ayu Larasati"]


def test_a_filter_combines_any_columns_comparisons_in_either_order_on_every_table(two_runs):
    """`points.speaker_agrees & (points.attributed_speaker != points.evidence_speaker)` raised
    `boolean value of NA is ambiguous` (the other order worked): numpy's masked `boolean` beside
    pyarrow's text.  Every scalar column is pyarrow's now: a text's comparison, a boolean column
    and an integer's comparison combine in both orders, with empty cells, on every table."""
    for name, columns in TABLES.items():
        frame = _read(two_runs, name)
        frame = pandas.concat([frame, frame.iloc[:1].map(lambda _: None)], ignore_index=True)  # an empty row
        kinds = {
            kind: [c.name for c in columns if check(c.type)]
            for kind, check in [
                ("text", pyarrow.types.is_string),
                ("flag", pyarrow.types.is_boolean),
                ("whole", pyarrow.types.is_integer),
            ]
        }
        flags = [frame[c] for c in kinds["flag"]] or [frame[kinds["text"][0]].isna()]
        for text, flag, whole in itertools.product(kinds["text"], flags, kinds["whole"]):
            said, counted = frame[text] != frame[kinds["text"][0]], frame[whole] > 0
            for combined in (flag & said, said & flag, flag | counted, counted | flag, said & counted & flag):
                assert len(frame[combined.fillna(False)]) <= len(frame), (name, text, whole)
        assert {str(frame[c].dtype) for c in kinds["flag"]} <= {"bool[pyarrow]"}, name


def test_the_hosts_share_of_talk_per_day_is_read_from_the_speakers_table_alone(two_runs):
    """`role` is free text ("Moderator", "MC", "Pembawa Acara"); `host` is what the day's run
    decided (summary.json), so the hosts' share of a day's talk is one groupby."""
    long = _read(two_runs, "speakers")
    assert str(long["host"].dtype) == "bool[pyarrow]"
    hosts = long[long["host"]]
    assert list(zip(hosts["day"], hosts["role"], strict=True)) == [("day-two", "Moderator")]

    def shares(speakers):  # as README's tables section shows it
        speakers = speakers[speakers["host"].notna()]  # a day whose summary records no host is unknown, not 0
        talk = speakers.groupby("day")["talk_s"].sum()
        host_share = speakers[speakers["host"]].groupby("day")["talk_s"].sum().reindex(talk.index, fill_value=0) / talk
        return host_share, speakers.loc[speakers["host"], "talk_s"].sum() / talk.sum()

    host_share, archive_share = shares(long)
    assert host_share.round(4).to_dict() == {"day-one": 0.0, "day-two": hosts["talk_share"].iloc[0]}
    assert 0 < archive_share < host_share["day-two"] < 1
    # day two's summary older than host (out_of_date): its share is not known, where it had been 0
    host_share, archive_share = shares(long.assign(host=long["host"].where(long["day"] == "day-one")))
    assert host_share.to_dict() == {"day-one": 0.0} and archive_share == 0
    index = _read(two_runs, "index").set_index("id")
    assert [s["host"] for s in index.loc["day-two", "speakers"]] == [False, True]
    # a summary made before 2.13.0 recorded no host: its rows leave the cell empty, not false
    summary = read_artifact(two_runs / "day-two" / "summary.json", Summary, "summary")
    older = summary.model_copy(update={"speakers": [s.model_copy(update={"host": None}) for s in summary.speakers]})
    assert [row["host"] for row in speaker_rows("day-two", older)] == [None, None]


def test_a_voice_whose_name_the_records_doubt_says_why_in_its_row(tmp_path):
    """para-19's two guests were named the wrong way round, and only a sentence among the index's
    report_warnings said so: the comparison's record of the crossed names is carried by the summary
    onto each of the two voices, so speakers.parquet's `name_doubt` singles them out."""
    from pipeline.artifacts import DayArtifacts
    from pipeline.compare import CrossedNames
    from pipeline.config import load_config
    from pipeline.summary import build_summary

    config_path, paths = make_day(tmp_path / "configs", tmp_path / "outputs", "day-one")
    config = load_config(config_path)
    day = DayArtifacts.load(config, paths)
    one, other = (s.name for s in day.diarization.speakers[:2])
    crossed = CrossedNames(one=one, other=other, one_as_other=7, other_as_one=4, own=1)
    day = dataclasses.replace(day, comparison=day.comparison.model_copy(update={"crossed_names": [crossed]}))
    summary = build_summary(config, day, read_artifact(paths.summary, Summary, "summary").provenance, {})
    doubts = [row["name_doubt"] for row in speaker_rows("day-one", summary)]
    assert doubts[0] == crossed.doubt(one) and doubts[0].startswith(f"may be swapped with {other}: ")
    assert doubts[1] == crossed.doubt(other) and f"the report credits 7 point(s) to {one} that this voice" in doubts[1]
    assert doubts[2:] == [None] * (len(doubts) - 2)
    # without the record, as on every day whose names the report does not cross, nothing is doubted
    refresh_archive(paths.root.parent)
    assert _read(paths.root.parent, "speakers")["name_doubt"].isna().all()


def test_a_name_has_one_label_on_every_day():
    """demo's glossary makes "Aljazair" a GPE and "Fergus Hanson" a PERSON; demo-3 reads the same
    report without them, and had them MISC (no person_key: a join on it lost the day).  The label
    a config gives a name is every day's, and a PERSON so labelled has its person_key."""
    rows = [
        {"day": "demo", "entity": "Aljazair", "label": "GPE", "origin": "config"},
        {"day": "demo", "entity": "Fergus Hanson", "label": "PERSON", "origin": "config"},
        {"day": "demo-3", "entity": "Aljazair", "label": "MISC", "origin": "report"},
        {"day": "demo-3", "entity": "Fergus Hanson", "label": "MISC", "origin": "report"},
        {"day": "demo-3", "entity": "Hamburg", "label": "MISC", "origin": "report"},
        # configs that differ: the most days' label
        {"day": "a", "entity": "Nusantara", "label": "ORG", "origin": "config"},
        {"day": "b", "entity": "Nusantara", "label": "GPE", "origin": "config"},
        {"day": "c", "entity": "Nusantara", "label": "GPE", "origin": "config"},
    ]
    rows = [row | {"person_key": "fergushanson" if row["label"] == "PERSON" else None} for row in rows]
    labelled = archive_index._labelled_alike(archive_index.table("entities", rows))
    assert labelled["label"].tolist() == ["GPE", "PERSON", "GPE", "PERSON", "MISC", "GPE", "GPE", "GPE"]
    assert labelled["person_key"].fillna("").tolist()[:4] == ["", "fergushanson", "", "fergushanson"]


def test_one_person_is_one_person_on_every_day_however_a_config_writes_the_name(tmp_path):
    """A researcher sums a speaker's talk over the archive: the configs of two days name her with
    and without her titles, a third as the made days do; a voice no config names is no person."""
    outputs = tmp_path / "outputs"
    for day, ayu in (("day-one", "Dr. Ayu Larasati, S.Sos., M.Ikom."), ("day-two", "Ibu Ayu Larasati")):
        make_day(tmp_path / "configs", outputs, day, speakers=[{"name": "H.E. Chalief Akbar"}, {"name": ayu}])
    _, paths = make_day(tmp_path / "configs", outputs, "day-three")
    refresh_archive(outputs)
    days = _read(outputs, "speakers").groupby("person")["day"].count().to_dict()
    assert days == {"Chalief Akbar": 3, "Ayu Larasati": 3}
    summary = read_artifact(paths.summary, Summary, "summary")
    extra = summary.speakers[1].model_copy(update={"name": "Speaker 2"})
    rows = speaker_rows("day-three", summary.model_copy(update={"speakers": [summary.speakers[0], extra]}))
    assert [row["person"] for row in rows] == ["Chalief Akbar", None]
    # a role alone is no one person: the moderators of two days are not joined as one, but the
    # role column finds them as it finds a named moderator's role
    for name in ("Moderator", "MC", "Pembawa Acara 2"):
        host = summary.speakers[1].model_copy(update={"name": name, "role": None})
        row = speaker_rows("day-three", summary.model_copy(update={"speakers": [host]}))[0]
        assert row["person"] is None and row["role"] == name
    for name, role in (("MC Budi", "MC"), ("Budi (Moderator)", "Moderator"), ("Dr. Ayu Larasati", None)):
        host = summary.speakers[1].model_copy(update={"name": name, "role": None})
        assert speaker_rows("day-three", summary.model_copy(update={"speakers": [host]}))[0]["role"] == role
    assert rows[1]["role"] == summary.speakers[1].role  # an extra voice has no role from its name


def test_one_persons_days_in_old_and_new_spelling_share_the_person_key(tmp_path):
    """A researcher counts a speaker's days: one config writes him in Indonesian's spelling before
    1972 and with a doubled letter, another as today; each day keeps its spelling in `person` (what
    is shown), and `person_key` joins them, in the long table and in the index's structs alike."""
    outputs = tmp_path / "outputs"
    days = {"day-one": ("Drs. Tjahjo Kumolo", "Ayu Larassati"), "day-two": ("Cahyo Kumolo", "Ayu Larasati")}
    for day, names in days.items():
        make_day(tmp_path / "configs", outputs, day, speakers=[{"name": name} for name in names])
    refresh_archive(outputs)
    speakers = _read(outputs, "speakers")
    assert speakers["person"].tolist() == ["Tjahjo Kumolo", "Ayu Larassati", "Cahyo Kumolo", "Ayu Larasati"]
    assert speakers.groupby("person_key")["day"].count().to_dict() == {"cahyokumolo": 2, "ayularasati": 2}
    structs = _read(outputs, "index")["speakers"]
    assert [[s["person_key"] for s in day] for day in structs] == [["cahyokumolo", "ayularasati"]] * 2
    # the names the talk says carry the key too: one person's mentions count over both days, and
    # each day's speaker joins the name said, which `entity` as written ('Drs. Tjahjo', 'Cahyo') did not
    entities = _read(outputs, "entities")
    people = entities[entities["label"] == "PERSON"]
    assert people["entity"].tolist() == ["Drs. Tjahjo Kumolo", "Ayu Larassati", "Cahyo Kumolo", "Ayu Larasati"]
    assert people.groupby("person_key")["mentions"].sum().to_dict() == {"ayularasati": 0, "cahyokumolo": 2}
    named = people.merge(speakers, on=["day", "person_key"], suffixes=("", "_of_voice"))
    assert named["label_of_voice"].tolist() == ["SPEAKER_00", "SPEAKER_01"] * 2
    assert entities.loc[entities["label"] != "PERSON", "person_key"].isna().all()


def test_the_comparisons_warnings_and_notes_are_columns(tmp_path):
    """A researcher filters the days whose comparison warns: here the day-10 report given to a day
    of two other speakers, which may be another day's report; a day without a report has none.
    What is only told (short sentences not compared) stands apart, so as not to flag every day."""
    outputs = tmp_path / "outputs"
    make_day_of_another_report(tmp_path / "configs", outputs)
    make_day(tmp_path / "configs", outputs, "bare", report=None)
    refresh_archive(outputs)
    index = _read(outputs, "index").set_index("id")
    compared = json.loads((outputs / "other-speakers" / "summary.json").read_text())["comparison"]
    kept, notes = compared["warnings"], compared["notes"]
    assert any("may be the report of another day" in warning for warning in kept)
    assert any("short sentence(s)" in note for note in notes) and not any("short" in w for w in kept)
    assert list(index.loc["other-speakers", "report_warnings"]) == kept
    assert list(index.loc["other-speakers", "report_notes"]) == notes
    assert (
        json.loads(pandas.read_csv(outputs / "index.csv").set_index("id").loc["other-speakers", "report_warnings"])
        == kept
    )
    assert pandas.isna(index.loc["bare", "report_warnings"]) and pandas.isna(index.loc["bare", "report_notes"])


def test_segments_and_points(two_runs):
    outputs = two_runs
    segments = _read(outputs, "segments")
    assert len(segments) == 6 and segments["mean_probability"].between(0, 1).all()
    assert "aljazair" in segments["text_folded"].iloc[2] and "Aljazaïr" in segments["text"].iloc[2]
    points = _read(outputs, "points")
    assert points["status"].tolist() == ["covered", "missing"] * 2
    assert points["evidence_start_s"].notna().all()
    # the joins a researcher makes: a point's evidence to its utterance, an utterance's words to its voice's
    joined = points.merge(segments, left_on=["day", "evidence_utterance"], right_on=["day", "utterance"])
    assert len(joined) == len(points) and (joined["start_s"] <= joined["evidence_start_s"]).all()
    # the named voice's own lines of the evidence, here the whole of it: one voice says each
    assert (points["evidence_speaker_start_s"] == points["evidence_start_s"]).all()
    assert (points["evidence_speaker_utterance"] == points["evidence_utterance"]).all()
    assert [list(voices) for voices in points["evidence_speakers"]] == [[s] for s in points["evidence_speaker"]]
    words = segments.groupby(["day", "speaker_name"])["words"].sum()
    speakers = _read(outputs, "speakers").set_index(["day", "name"])["words"]
    assert words.to_dict() == {key: speakers[key] for key in words.index}
    # every table keys a voice by its label, with the name beside it
    voices = _read(outputs, "speakers")[["day", "label", "name"]]
    keys = [
        ("topics", ["speaker", "speaker_name"]),
        ("points", ["evidence_speaker", "evidence_speaker_name"]),
        ("points", ["attributed_speaker", "attributed_to"]),
        ("passages", ["speaker", "speaker_name"]),
    ]
    for table, key in keys:
        rows = _read(outputs, table).dropna(subset=key)
        rows = rows[rows[key[0]] != "(all)"]
        joined = rows.merge(voices, left_on=["day", *key], right_on=["day", "label", "name"])
        assert len(rows) and len(joined) == len(rows)


def test_utterance_point_and_quantity_numbers_start_at_0_and_say_so(two_runs):
    numbered = [
        c for columns in TABLES.values() for c in columns if "utterance" in c.name or c.name in ("point", "mention")
    ]
    assert len(numbered) == 14 and all("from 0" in c.meaning for c in numbered)
    for name, column in [("segments", "utterance"), ("points", "point"), ("numbers", "mention")]:
        assert _read(two_runs, name).groupby("day")[column].min().tolist() == [0, 0]


def test_passages_the_report_leaves_out_join_the_segments(two_runs, tmp_path):
    passages = _read(two_runs, "passages")
    assert passages["kind"].tolist() == ["content", "housekeeping"] * 2
    segments = _read(two_runs, "segments")
    joined = passages.merge(segments, left_on=["day", "first_utterance"], right_on=["day", "utterance"])
    assert len(joined) == len(passages) and (joined["text_x"] == joined["text_y"]).all()
    # a comparison from before passages were told apart: its rows say nothing of their kind
    outputs = tmp_path / "outputs"
    shutil.copytree(two_runs, outputs)
    path = outputs / "day-one" / "comparison.json"
    record = json.loads(path.read_text())
    record["schema_version"] = "1.6.0"
    record.pop("housekeeping_passages")
    for passage in record["unreported_passages"]:
        passage.pop("utterances")
    path.write_text(json.dumps(record))
    rows = archive_index.passage_rows("day-one", read_artifact(path, Comparison, "compare"))
    assert [(r["kind"], r["first_utterance"]) for r in rows] == [(None, None)]


def test_every_passage_of_a_points_evidence_is_a_row(two_runs):
    """The points table shows a point's first evidence; where a second, in another voice, is what
    makes `speaker_agrees` true (para-12, para-19: the host's question first, the credited guest's
    answer second), no table held it.  Each passage is a row, keyed by day, point and rank, joining
    the points, the speakers and the segments."""
    evidence, points = _read(two_runs, "point_evidence"), _read(two_runs, "points")
    assert evidence[["day", "point", "rank"]].values.tolist() == [
        [day, point, 0] for day in ("day-one", "day-two") for point in (0, 1)
    ]
    first = points.merge(evidence, on=["day", "point"])
    assert (first["evidence_start_s"] == first["start_s"]).all() and (
        first["evidence_speaker"] == first["speaker"]
    ).all()
    assert (first["evidence_utterance"] == first["first_utterance"]).all()
    # a second passage, by another voice, the one the report credits
    path = two_runs / "day-one" / "comparison.json"
    comparison = read_artifact(path, Comparison, "compare")
    diarization = read_artifact(two_runs / "day-one" / "speakers.json", Diarization, "diarize")
    host, guest = diarization.utterances[0], diarization.utterances[1]
    span = comparison.points[0].evidence[0]
    answer = span.model_copy(
        update={"start": guest.start, "end": guest.end, "speaker": guest.speaker, "text": guest.text}
    )
    across = span.model_copy(update={"end": guest.end})  # one passage over two lines
    point = comparison.points[0].model_copy(update={"evidence": [span, answer, across]})
    rows = archive_index.evidence_rows("day-one", comparison.model_copy(update={"points": [point]}), diarization)
    assert [(r["rank"], r["speaker"], r["first_utterance"], r["last_utterance"]) for r in rows] == [
        (0, host.speaker, 0, 0),
        (1, guest.speaker, 1, 1),
        (2, host.speaker, 0, 1),
    ]


def test_the_index_names_each_days_report_and_the_thresholds_its_verdicts_rest_on(two_runs):
    """`passages.best_confidence` is below the day's `said_confidence`, which was only in
    comparison.json; and one point across days is grouped by its report, which the index names."""
    index = _read(two_runs, "index").set_index("id")
    comparison = read_artifact(two_runs / "day-one" / "comparison.json", Comparison, "compare")
    assert index.loc["day-one", "report"] == comparison.report and comparison.report.endswith(".txt")
    assert index.loc["day-one", "said_confidence"] == comparison.options.said_confidence
    assert index.loc["day-one", "covered_share"] == comparison.options.covered_share
    passages = _read(two_runs, "passages").merge(index, left_on="day", right_index=True)
    assert len(passages) and (passages["best_confidence"] < passages["said_confidence"]).all()
    points = _read(two_runs, "points").merge(index[["report_sha256"]], left_on="day", right_index=True)
    across = points.groupby(["report_sha256", "point"])["day"].nunique()
    assert across.tolist() == [2, 2]


def test_a_heard_point_quantity_joins_the_talks_quantity_it_is_heard_as(two_runs):
    """The points' `number_values` and `number_units` joined the numbers table on `day, value,
    unit` and lost 10 of the 31 quantities the bundled days' points heard: a year the talk says
    without 'tahun', '7 pesan' for '7 persen'.  `number_mentions` is the comparison's own match."""
    points = _read(two_runs, "points")
    assert [None if cell is None else [list(item) for item in cell] for cell in points["number_mentions"]] == [
        [[]],
        None,
    ] * 2
    comparison = read_artifact(two_runs / "day-one" / "comparison.json", Comparison, "compare")
    numbers = [
        n.model_copy(update={"heard": True, "talk_says": [], "mentions": [0]}) for n in comparison.points[0].numbers
    ]
    point = comparison.points[0].model_copy(update={"numbers": numbers})
    rows = archive_index.point_rows("day-one", comparison.model_copy(update={"points": [point]}), None)
    heard = archive_index.table("points", rows).explode(["number_values", "number_units", "number_mentions"])
    heard = heard.explode("number_mentions").astype({"number_mentions": "int64[pyarrow]"})
    talk = _read(two_runs, "numbers")
    joined = heard.merge(talk, left_on=["day", "number_mentions"], right_on=["day", "mention"])
    assert joined[["number_values", "number_units", "value"]].values.tolist() == [["3", "kali", "3"]]
    assert (
        joined["unit"].isna().all()
    )  # the talk's "tiga kali" as the fake topics record it: a join on the unit lost it
    # a comparison before 1.10.0 did not record where: a null item, not "heard nowhere", one a quantity
    older = [n.model_copy(update={"mentions": None}) for n in numbers]
    point = point.model_copy(update={"numbers": older})
    rows = archive_index.point_rows("day-one", comparison.model_copy(update={"points": [point]}), None)
    assert rows[0]["number_mentions"] == [None] and rows[0]["number_values"] == ["3"]
    exploded = archive_index.table("points", rows).explode(["number_values", "number_units", "number_mentions"])
    assert exploded["number_mentions"].isna().all()


def test_duckdb_reads_every_table(two_runs):
    outputs = two_runs
    for file in FILES.values():
        assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{outputs / file}')").fetchall()[0][0] > 0


def test_failed_day_is_a_row_with_its_reason(two_runs, tmp_path):
    outputs = two_runs
    copy = tmp_path / "outputs"
    shutil.copytree(outputs, copy)
    broken = write_config(tmp_path, id="day-broken", source="tidak-ada.wav")
    result = invoke("run", broken, "--outputs", copy)
    assert result.exit_code == 1 and "tidak-ada.wav" in result.output
    index = _read(copy, "index").set_index("id")
    assert index.loc["day-broken", "status"] == "failed" and "tidak-ada.wav" in index.loc["day-broken", "reason"]
    assert index.loc["day-broken", "config_file"] == broken.name  # which config to mend
    assert index.loc["day-one", "status"] == "ok"


def test_index_csv_reads_with_the_parquets_types_whatever_days_the_archive_holds(two_runs, tmp_path):
    """pandas typed index.csv's columns by the rows at hand: `date`, `failed_stage`, `reason` and
    `same_audio_as` as float64 where every cell was empty, every count as float64 once a day had
    failed, so the CSVs of two archives concatenated to object and float64 columns.
    read_index_csv gives each column index.parquet's type, in an archive of ok days and in one with
    a failed day, and their concatenation keeps them."""
    copy = tmp_path / "outputs"
    shutil.copytree(two_runs, copy)
    result = invoke("run", write_config(tmp_path, id="007", source="tidak-ada.wav"), "--outputs", copy)
    assert result.exit_code == 1
    types = {c: t for c, t in _read(two_runs, "index").dtypes.items() if not pandas.api.types.is_object_dtype(t)}
    ok, with_failed = read_index_csv(two_runs / "index.csv"), read_index_csv(copy / "index.csv")
    for frame in (ok, with_failed, pandas.concat([ok, with_failed], ignore_index=True)):
        # The dtypes themselves: str() names `string[python]` and `string[pyarrow]` alike in pandas 3.
        assert (
            {c: frame[c].dtype for c in types}
            == types
            == {c.name: c.pandas_dtype for c in TABLES["index"] if c.name in types}
        )
    failed = with_failed.set_index("id").loc["007"]  # an id of digits stays the day's id
    assert failed["status"] == "failed" and pandas.isna(failed["words"]) and failed["speakers"] is None
    parquet = _read(two_runs, "index")
    assert ok["speakers"][0] == [dict(s, called=list(s["called"])) for s in parquet["speakers"][0]]
    assert ok["words"].tolist() == parquet["words"].tolist() and ok["date"].equals(parquet["date"])


@pytest.mark.parametrize("title", ['=HYPERLINK("http://x","klik")', "'=cmd", "''dua", " -satu", "Ma'ruf"])
def test_index_csv_reads_back_each_text_as_the_record_holds_it(tmp_path, title):
    """index.csv puts an apostrophe before a text a spreadsheet would run as a formula, and
    read_index_csv had left it in: a title `=HYPERLINK(…)` and a title `'=HYPERLINK(…)` read back
    alike.  A text that begins with an apostrophe gets one more, and the reader takes one off."""
    from fakes import make_day

    make_day(tmp_path / "configs", tmp_path / "out", title=title)
    refresh_archive(tmp_path / "out")
    (row,) = csv.DictReader(io.StringIO((tmp_path / "out" / "index.csv").read_text(encoding="utf-8")))
    guarded = title.lstrip(" ").startswith(("=", "-")) or title.startswith("'")
    assert row["title"] == ("'" + title if guarded else title)
    assert read_index_csv(tmp_path / "out" / "index.csv")["title"].tolist() == [title]
    assert _read(tmp_path / "out", "index")["title"].tolist() == [title]


def test_each_parquet_names_its_text_columns_storage_for_every_pandas(two_runs):
    """pandas writes a bare `string` for text of either storage, which pandas 2 (all Python 3.10
    gets) reads as `string[python]`: there read_parquet gave the 18 text columns of the index other
    types than Column.pandas_dtype and read_index_csv.  Each table's metadata names the storage."""
    for name, columns in TABLES.items():
        metadata = json.loads(pyarrow.parquet.read_schema(two_runs / FILES[name]).metadata[b"pandas"])
        written = {column["name"]: column["numpy_type"] for column in metadata["columns"]}
        for c in columns:
            if isinstance(c.pandas_dtype, pandas.StringDtype):
                assert written[c.name] == f"string[{c.pandas_dtype.storage}]"
                assert pandas.api.types.pandas_dtype(written[c.name]) == c.pandas_dtype


def test_the_index_says_whether_the_count_of_voices_was_estimated_or_configured(two_runs, tmp_path):
    """num_speakers is the voices diarization found or the config's count; which of the two, and so
    whether speaker_count_error measures diarization, summary.json alone had said."""
    assert _read(two_runs, "index")["speaker_count_estimated"].tolist() == [True, True]
    copy = tmp_path / "outputs"
    shutil.copytree(two_runs, copy)
    record = copy / "day-two" / "summary.json"
    record.write_text(json.dumps(dict(json.loads(record.read_text()), speaker_count_estimated=False)))
    refresh_archive(copy)
    assert _read(copy, "index")["speaker_count_estimated"].tolist() == [True, False]


def test_the_topics_say_which_phrases_the_report_leaves_out(tmp_path):
    """The comparison's talk_only_topics, the talk's key phrases the report does not mention, were
    in summary.json and comparison.json only: a researcher asking which topics the reports leave
    out, over days, read every day's JSON.  Each topic row says it, one value for a phrase in every
    list of the day, and nothing for a day without a report."""
    paths = make_day_of_another_report(tmp_path / "configs", tmp_path / "outputs")
    refresh_archive(tmp_path / "outputs")
    topics = _read(tmp_path / "outputs", "topics")
    summary = read_artifact(paths.summary, Summary, "summary")
    assert topics["talk_only"].notna().all()
    assert set(topics.loc[topics["talk_only"], "phrase"]) == set(summary.comparison.talk_only_topics)
    comparison = read_artifact(paths.comparison, Comparison, "compare")
    day_topics = read_artifact(paths.topics, Topics, "topics")
    shown = comparison.model_copy(update={"talk_only_topics": ["diplomasi digital"]})
    rows = topic_rows("d", day_topics, shown)
    said_twice = [r["talk_only"] for r in rows if r["phrase"] == "diplomasi digital"]
    assert said_twice == [True, True]  # the whole talk's list and its voice's
    assert [r["talk_only"] for r in rows if r["phrase"] != "diplomasi digital"] == [False]
    assert {r["talk_only"] for r in topic_rows("d", day_topics)} == {None}  # no report


def test_a_day_whose_last_run_failed_keeps_no_rows_of_an_earlier_run(two_runs, tmp_path):
    """Its earlier figures and rows may be of another config than the one that failed: the day is
    its failure alone until it runs ok again, and its folder keeps what the earlier run made."""
    copy = tmp_path / "outputs"
    shutil.copytree(two_runs, copy)
    failing = write_config(tmp_path, id="day-two", source="tidak-ada.wav")
    assert invoke("run", failing, "--outputs", copy).exit_code == 1
    index = _read(copy, "index").set_index("id")
    assert index.loc["day-two", "status"] == "failed" and index.loc["day-two", "failed_stage"] == "validate"
    assert index.loc["day-two", ["words", "duration_s", "points", "coverage"]].isna().all()
    for name in ("speakers", "topics", "segments", "points"):
        assert set(_read(copy, name)["day"]) == {"day-one"}, name
    assert (copy / "day-two" / "summary.json").is_file()


def test_a_day_whose_summary_is_gone_keeps_no_rows_and_every_join_holds(two_runs, tmp_path):
    """A day whose last run ended ok but whose summary.json was taken away is incomplete: its
    segments, topics and points had rows while its speakers had none (they come from the summary),
    so a segment's voice joined no speaker and frictionless found the package invalid; nothing
    says its files are of one run either.  It is its index row alone, as a failed day is."""
    copy = tmp_path / "outputs"
    shutil.copytree(two_runs, copy)
    (copy / "day-two" / "summary.json").unlink()
    refresh_archive(copy)
    index = _read(copy, "index").set_index("id")
    assert index.loc["day-two", "status"] == "incomplete" and index.loc["day-two", "title"] == "Hari, kedua"
    # nor a figure of its scores or page record, which no summary says are of its last run
    row = index.loc["day-two"]
    assert set(row[row.notna()].index) == {"title", "date", "status", "config_file"}
    for name in TABLES.keys() - {"index"}:
        assert set(_read(copy, name)["day"]) == {"day-one"}, name
    import frictionless

    report = frictionless.validate(copy / PACKAGE)
    assert report.valid, report.flatten(["taskNumber", "rowNumber", "fieldName", "type", "note"])


def test_the_tables_cache_is_made_again_by_other_code(two_runs, tmp_path, monkeypatch):
    """A day's cached rows were made by the code of their time (a person's name, the folded text):
    another version of the package, whatever its version number, makes them again."""
    copy = tmp_path / "outputs"
    shutil.copytree(two_runs, copy)
    monkeypatch.setattr(archive_index, "speaker_person", lambda name: name.upper())
    refresh_archive(copy)  # the same code as far as the cache can tell: its rows stand
    assert not any(person.isupper() for person in _read(copy, "speakers")["person"].dropna())
    monkeypatch.setattr(archive_index, "source_sha256", lambda: "another version of the code")
    refresh_archive(copy)
    persons = _read(copy, "speakers")["person"].dropna()
    assert len(persons) and all(person.isupper() for person in persons)


def test_the_tables_cache_is_read_in_an_outputs_folder_named_in_bytes_that_are_not_utf8(
    two_runs, tmp_path, monkeypatch
):
    """pyarrow opens a path only as UTF-8 text: there every day's rows had been made again each time."""
    copy = tmp_path / os.fsdecode(b"out-\xff")
    shutil.copytree(two_runs, copy)
    refresh_archive(copy)
    monkeypatch.setattr(archive_index, "speaker_person", lambda name: name.upper())
    refresh_archive(copy)  # read from the cache: the rows of the code that made it
    with open(copy / FILES["speakers"], "rb") as table:  # (as pyarrow cannot open it by its path)
        assert not any(person.isupper() for person in pandas.read_parquet(table)["person"].dropna())


def test_the_tables_cache_knows_an_edit_that_keeps_a_files_size_and_time(two_runs, tmp_path):
    """A day's cache is keyed by its files' sha256, as the runner keys a stage's files: a size and
    mtime would pass an edit made to look untouched."""
    copy = tmp_path / "outputs"
    shutil.copytree(two_runs, copy)
    refresh_archive(copy)
    topics = next(copy.glob("*/topics.json"))
    before = topics.stat()
    text = topics.read_text()
    phrase = json.loads(text)["overall"][0]["phrase"]
    topics.write_text(text.replace(f'"{phrase}"', f'"{phrase[::-1]}"'))
    os.utime(topics, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert topics.stat().st_size == before.st_size
    refresh_archive(copy)
    index = _read(copy, "index").set_index("id")
    assert index.loc[topics.parent.name, "status"] != "ok"  # its summary was made from other topics
    whole = index[index["status"] == "ok"]
    assert len(whole) and all(
        whole["summary_sha256"] == [file_sha256(copy / day / "summary.json") for day in whole.index]
    )


def test_each_day_says_what_made_it(two_runs):
    """Days gathered from several archives are told apart by the code, config, audio and model
    that made them."""
    from pipeline import __version__
    from pipeline.artifacts import source_sha256

    index = _read(two_runs, "index")
    assert (index["lokakarya"] == __version__).all() and (index["lokakarya_source"] == source_sha256()).all()
    assert index["config_file"].tolist() == ["day.yaml"] * 2
    assert index["source"].notna().all() and index["media_sha256"].str.fullmatch("[0-9a-f]{64}").all()
    assert index["audio_sha256"].str.fullmatch("[0-9a-f]{64}").all() and index["model_sha256"].notna().all()
    assert index["report_sha256"].str.fullmatch("[0-9a-f]{64}").all()
    for file in FILES.values():  # and which columns a file has, for files of several archives
        metadata = pyarrow.parquet.read_schema(two_runs / file).metadata
        assert metadata[b"lokakarya.tables"] == tables_sha256().encode() and metadata[b"lokakarya"] == b"0.1.0"
        assert metadata[b"lokakarya.source"] == source_sha256().encode()


def test_each_day_names_the_config_and_the_truth_it_was_made_and_scored_from(tmp_path):
    """A researcher tells which days were made from an edited config or scored against an edited
    truth: the index had named neither by its bytes.  Each is the sha256 a stage recorded (the page
    the config file's, evaluate the truth's), not the files' now; a page made before a summary
    stage run alone since names no config."""
    outputs = tmp_path / "outputs"
    config, _ = make_day(tmp_path / "configs", outputs, "day-one")
    truth = config.parent / "truth.json"
    truth.write_text(json.dumps({"turns": [{"speaker": "A", "start": 0, "end": 1, "text": "diplomasi digital"}]}))
    config.write_text(config.read_text() + "truth: truth.json\n")
    assert invoke("--outputs", outputs, "run", config).exit_code == 0
    row = refresh_archive(outputs).iloc[0]
    made = {"config_sha256": file_sha256(config), "truth_sha256": file_sha256(truth)}
    assert row[list(made)].to_dict() == made
    # an edited truth and a comment in the config: the day made again names the new bytes
    truth.write_text(truth.read_text().replace("digital", "digital sekali"))
    config.write_text("# diperiksa lagi\n" + config.read_text())
    assert invoke("--outputs", outputs, "run", config).exit_code == 0
    row = refresh_archive(outputs).iloc[0]
    remade = {"config_sha256": file_sha256(config), "truth_sha256": file_sha256(truth)}
    assert row[list(remade)].to_dict() == remade and set(remade.values()).isdisjoint(made.values())
    # the files edited again, no stage run: the row is still what the stages recorded
    scored = truth.read_text()
    truth.write_text(scored.replace("sekali", "sekali lagi"))
    config.write_text("# dan lagi\n" + config.read_text())
    assert refresh_archive(outputs).iloc[0][list(remade)].to_dict() == remade
    # a title edit and the summary alone: the page (and its config_sha256) is of the summary before
    truth.write_text(scored)
    config.write_text(config.read_text().replace("Hari uji", "Hari uji kedua"))
    assert invoke("--outputs", outputs, "summary", config).exit_code == 0
    row = refresh_archive(outputs).iloc[0]
    assert row["status"] == "ok" and pandas.isna(row["config_sha256"]) and row["title"] == "Hari uji kedua"
    # a day without a truth has none
    make_day(tmp_path / "configs", outputs, "day-two")
    assert refresh_archive(outputs).set_index("id")["truth_sha256"].isna().to_dict() == {
        "day-one": False,
        "day-two": True,
    }


def test_a_voice_no_config_names_as_a_person_is_counted_as_its_own_days_voice(tmp_path):
    """A researcher sums talk time per voice over days: a voice with no person_key (a role alone,
    an extra voice, a song) was dropped without a word by a group on person_key.  voice_key is the
    person_key of a person and the day's own `day/label` of any other voice, which no person_key
    can equal (it holds no `/`) and no other day shares."""
    outputs = tmp_path / "outputs"
    for day in ("day-one", "day-two"):
        make_day(tmp_path / "configs", outputs, day, speakers=[{"name": "Moderator"}, {"name": "Ibu Ayu Larasati"}])
    refresh_archive(outputs)
    speakers = _read(outputs, "speakers")
    assert speakers["voice_key"].tolist() == ["day-one/SPEAKER_00", "ayularasati", "day-two/SPEAKER_00", "ayularasati"]
    assert speakers.groupby("person_key")["talk_s"].sum().index.tolist() == ["ayularasati"]  # the moderators lost
    by_voice = speakers.groupby("voice_key")["talk_s"].sum()
    assert len(by_voice) == 3 and by_voice.sum() == pytest.approx(speakers["talk_s"].sum())
    assert not speakers["voice_key"].isna().any()
    structs = _read(outputs, "index")["speakers"]
    assert [[s["voice_key"] for s in day] for day in structs] == [
        ["day-one/SPEAKER_00", "ayularasati"],
        ["day-two/SPEAKER_00", "ayularasati"],
    ]
    # an extra voice and a song are their day's alone too
    summary = read_artifact(DayPaths.for_day(outputs, "day-one").summary, Summary, "summary")
    made_up = [
        s.model_copy(update={"name": name}) for s, name in zip(summary.speakers, ("Speaker 3", "Music 1"), strict=True)
    ]
    rows = speaker_rows("day-one", summary.model_copy(update={"speakers": made_up}))
    assert [(row["person_key"], row["voice_key"]) for row in rows] == [
        (None, "day-one/SPEAKER_00"),
        (None, "day-one/SPEAKER_01"),
    ]


def test_a_day_older_code_made_says_which_of_its_records_are_out_of_date(two_runs, tmp_path):
    """An archive of days run before the summary recorded a voice's host had `host` empty on every
    day, their status ok, and nothing in the tables said which days or why (the bundled twenty:
    summary.json 2.10.0, speakers.json 1.6.0, source.json 1.0.2).  The index's out_of_date names
    each record older code made, in the stages' order, and what this code writes now; a day of
    this code's has none."""
    copy = tmp_path / "outputs"
    shutil.copytree(two_runs, copy)
    record = copy / "day-two" / "summary.json"
    record.write_text(json.dumps(dict(json.loads(record.read_text()), schema_version="2.0.1")))
    summary_now, speakers_now = (kind.model_fields["schema_version"].default for kind in (Summary, Diarization))
    refresh_archive(copy)
    index = _read(copy, "index").set_index("id")
    assert index.loc["day-two", "status"] == "ok" and list(index.loc["day-one", "out_of_date"]) == []
    older = [f"summary.json 2.0.1 (now {summary_now})"]
    assert list(index.loc["day-two", "out_of_date"]) == older
    text = pandas.read_csv(copy / "index.csv", dtype=str, keep_default_na=False).set_index("id")
    assert json.loads(text.loc["day-two", "out_of_date"]) == older
    # each record the other tables are read from too, before the summary as the stages run
    paths = DayPaths.for_day(copy, "day-two")
    speakers = read_artifact(paths.speakers, Diarization, "diarize").model_copy(update={"schema_version": "1.6.0"})
    row = archive_index.day_row(paths, {paths.speakers: speakers})
    assert row["out_of_date"] == [f"speakers.json 1.6.0 (now {speakers_now})", *older]


def test_days_are_in_the_order_of_their_numbers(tmp_path):
    for day in ("day-10", "day-2", "day-1"):
        make_day(tmp_path / "configs", tmp_path / "out", day)
    refresh_archive(tmp_path / "out")
    assert _read(tmp_path / "out", "index")["id"].tolist() == ["day-1", "day-2", "day-10"]


def test_a_failure_that_cannot_be_recorded_says_so(two_runs, tmp_path):
    """A status.json that cannot be written (a folder in its place): the day's row is its last
    recorded run, and the run says so before its error."""
    copy = tmp_path / "outputs"
    shutil.copytree(two_runs, copy)
    (copy / "day-two" / "status.json").unlink()
    (copy / "day-two" / "status.json" / "x").mkdir(parents=True)
    result = invoke("run", write_config(tmp_path, id="day-two", source="tidak-ada.wav"), "--outputs", copy)
    assert (
        result.exit_code == 1
        and "the failure is not recorded, so the tables show the last run recorded" in result.output
    )


def test_refresh_is_byte_stable(two_runs):
    outputs = two_runs
    before = {f: (outputs / f).read_bytes() for f in [*FILES.values(), "index.csv", "index.html", PACKAGE]}
    refresh_archive(outputs)
    assert before == {f: (outputs / f).read_bytes() for f in before}


def test_the_tables_describe_themselves_as_one_data_package(two_runs):
    """datapackage.json names every table's file as written, its columns as the dictionary has
    them, and keys that hold on the rows; and index.csv, in the dialect it is written in."""
    package = json.loads((two_runs / PACKAGE).read_text())
    assert package["profile"] == "tabular-data-package"
    resources = {r["name"]: r for r in package["resources"]}
    assert list(resources) == [*TABLES, "index-csv"]
    text = resources.pop("index-csv")
    frames = {name: _read(two_runs, name) for name in TABLES}
    for name, resource in resources.items():
        path = two_runs / resource["path"]
        assert resource["hash"] == f"sha256:{file_sha256(path)}"
        assert [f["name"] for f in resource["schema"]["fields"]] == [c.name for c in TABLES[name]]
        if key := resource["schema"].get("primaryKey"):
            assert not frames[name].duplicated(key).any() and frames[name][key].notna().all().all()
        for foreign in resource["schema"].get("foreignKeys", []):
            referred = frames[foreign["reference"]["resource"]][foreign["reference"]["fields"]]
            values = frames[name][foreign["fields"]]
            assert values.notna().all().all()
            assert values.merge(referred, left_on=foreign["fields"], right_on=foreign["reference"]["fields"]).shape[
                0
            ] == len(values)
    # every table whose each row names a voice declares its join to the speakers (a person_key to
    # count by), checked on the rows above; a topic's `(all)` and a narration's missing evidence do not
    voices = {"fields": ["day", "speaker"], "reference": {"resource": "speakers", "fields": ["day", "label"]}}
    joined = [name for name, resource in resources.items() if voices in resource["schema"].get("foreignKeys", [])]
    assert joined == ["numbers", "segments", "point_evidence", "passages"]
    assert len(frames["numbers"]) and len(frames["passages"]) and len(frames["point_evidence"])
    # and every column that names an utterance in each row joins the segments (checked above): a
    # point's evidence and a name's first mention, empty in some rows, join where filled
    segments = {"resource": "segments", "fields": ["day", "utterance"]}
    utterances = {
        name: [f["fields"][1] for f in resource["schema"].get("foreignKeys", []) if f["reference"] == segments]
        for name, resource in resources.items()
    }
    assert {name: fields for name, fields in utterances.items() if fields} == {
        "topics": ["first_utterance"],
        "numbers": ["utterance"],
        "point_evidence": ["first_utterance", "last_utterance"],
        "passages": ["first_utterance", "last_utterance"],
    }
    # a point's evidence passages belong to it
    owner = {"fields": ["day", "point"], "reference": {"resource": "points", "fields": ["day", "point"]}}
    assert owner in resources["point_evidence"]["schema"]["foreignKeys"]
    types = {f["type"] for r in resources.values() for f in r["schema"]["fields"]}
    assert types == {"string", "integer", "number", "boolean", "date", "any"}
    # a key wherever the records make one unique (a phrase of the whole talk and of a voice is two
    # rows here), and a table without one says why
    keys = {name: resource["schema"].get("primaryKey") for name, resource in resources.items()}
    assert keys["topics"] == ["day", "speaker", "phrase"] and keys["entities"] == ["day", "entity"]
    assert keys["numbers"] == ["day", "mention"]
    assert frames["topics"]["phrase"].duplicated().any()
    assert [name for name, key in keys.items() if key is None] == ["passages"]
    assert resources["passages"]["description"].startswith("No key: ")
    # index.csv: the index's rows and columns as text, each list a JSON array (`array`)
    data = (two_runs / text["path"]).read_bytes()
    assert text["hash"] == f"sha256:{file_sha256(two_runs / text['path'])}" and text["schema"]["primaryKey"] == ["id"]
    dialect = text["dialect"]
    assert data.endswith(dialect["lineTerminator"].encode()) and b"\r" not in data
    reader = csv.DictReader(
        io.StringIO(data.decode(text["encoding"])),
        delimiter=dialect["delimiter"],
        quotechar=dialect["quoteChar"],
        doublequote=dialect["doubleQuote"],
    )
    rows = list(reader)
    assert reader.fieldnames == [f["name"] for f in text["schema"]["fields"]] == [c.name for c in TABLES["index"]]
    assert [row["id"] for row in rows] == frames["index"]["id"].tolist()
    lists = [f["name"] for f in text["schema"]["fields"] if f["type"] == "array"]
    assert lists == [c.name for c in TABLES["index"] if pyarrow.types.is_list(c.type)]
    assert all(isinstance(json.loads(row[name]), list) for row in rows for name in lists if row[name])


def test_frictionless_reads_the_data_package_as_valid(two_runs):
    """frictionless 5.21 reads a Parquet file through pyarrow: it counts none of its bytes (a
    `bytes` failed every table) and hands a list over as a numpy array, which its `array` type
    refuses (every list cell a type error, and None to a reader of its rows).  So no `bytes`, and
    a list is `any` with its Parquet type in its description."""
    package = json.loads((two_runs / PACKAGE).read_text())
    for resource in package["resources"]:
        assert "bytes" not in resource
        fields = {f["name"]: f for f in resource["schema"]["fields"]}
        for column in TABLES[resource["name"]] if resource["format"] == "parquet" else []:
            if pyarrow.types.is_list(column.type):
                field = fields[column.name]
                assert field["type"] == "any" and f"Parquet `{column.type}`" in field["description"]
    import frictionless  # a test dependency: the check a researcher's tools make, never skipped

    report = frictionless.validate(two_runs / PACKAGE)
    assert report.valid, report.flatten(["taskNumber", "rowNumber", "fieldName", "type", "note"])


def _says_empty(description: str) -> bool:
    """A description that says when a cell is empty: a record's field says null, as its JSON has it."""
    return "empty" in description or "null" in description


def test_every_column_that_may_be_empty_says_what_empty_means(two_runs):
    """A researcher reads an empty cell by its column's description: `speaker_agrees` had said it
    was empty only when not credited or not said, while 34 said, credited points of the bundled
    days were empty (not told).  Every column empty in some row of the made tables (an ok day's,
    for the index: a failed day's row is empty throughout, as `status` says) says when; and a
    column copied from a described field of a record has that field's description, one text."""
    untold = []
    for name, columns in TABLES.items():
        frame = _read(two_runs, name)
        rows = frame[frame["status"] == "ok"] if name == "index" else frame
        untold += [f"{name}.{c.name}" for c in columns if rows[c.name].isna().any() and not _says_empty(c.description)]
    assert untold == []
    point = TABLES["points"][[c.name for c in TABLES["points"]].index("speaker_agrees")]
    assert point.description == ReportPoint.model_fields["speaker_agrees"].description
    assert "empty" in point.description and "less sure" in point.description


def test_data_dictionary_is_current():
    assert DICTIONARY.read_text(encoding="utf-8") == data_dictionary(), "regenerate: python -m pipeline.records.columns"


def test_tables_follow_edits_and_removals(two_runs, tmp_path):
    outputs = two_runs
    copy = tmp_path / "outputs"
    shutil.copytree(outputs, copy)
    make_day(tmp_path / "configs", copy, "day-one", title="Judul baru")
    shutil.rmtree(copy / "day-two")
    refresh_archive(copy)
    index = _read(copy, "index")
    assert index["id"].tolist() == ["day-one"] and index["title"].tolist() == ["Judul baru"]
    assert set(_read(copy, "segments")["day"]) == {"day-one"}
    assert [p.name for p in (copy / ".tables-cache").iterdir()] == ["day-one"]


def test_an_unreadable_day_is_a_row_not_a_broken_archive(two_runs, tmp_path):
    outputs = two_runs
    copy = tmp_path / "outputs"
    shutil.copytree(outputs, copy)
    summary = json.loads((copy / "day-two" / "summary.json").read_text())
    (copy / "day-two" / "summary.json").write_text(json.dumps(dict(summary, schema_version="1.0.0")))
    refresh_archive(copy)
    index = _read(copy, "index").set_index("id")
    assert index.loc["day-two", "status"] == "unreadable"
    assert "written by an older lokakarya (schema 1.0.0; this one reads 2.x.y)" in index.loc["day-two", "reason"]
    assert index.loc["day-one", "status"] == "ok"
    # the tables command writes the others' tables, and ends non-zero naming the day left out
    result = invoke("--outputs", copy, "tables")
    said = "tables: 2 day(s), 1 of them unreadable (named above), in "
    assert result.exit_code == 1 and said in result.output, result.output
    assert result.output.strip().splitlines()[-1].endswith("1 day(s) left out, unreadable (named above): day-two")


def test_a_day_folder_whose_name_is_not_utf8_is_an_unreadable_row_named_escaped(two_runs, tmp_path):
    """A copy of a day under a name of bytes that are not UTF-8 ("\\xff", as a folder copied from
    a machine of another encoding is named) had stopped the tables and every run with an internal
    UnicodeEncodeError: no table, page or message can hold the name as Python reads it."""
    copy = tmp_path / "outputs"
    shutil.copytree(two_runs, copy)
    shutil.copytree(copy / "day-one", copy / os.fsdecode(b"day-\xff"))
    result = invoke("--outputs", copy, "tables")
    said = "tables: 3 day(s), 1 of them unreadable (named above), in "
    assert result.exit_code == 1 and said in result.output, result.output
    assert result.output.strip().splitlines()[-1].endswith("left out, unreadable (named above): day-\\xff")
    row = _read(copy, "index").set_index("id").loc["day-\\xff"]
    assert row["status"] == "unreadable" and row["reason"] == (
        "day-\\xff: its name is not UTF-8, as a day's id is; rename it to the day's id"
    )
    assert row["title"]  # which day it is, from its last run's status
    assert set(_read(copy, "segments")["day"]) == {"day-one", "day-two"}
    assert "day-\\xff" in (copy / "index.html").read_text()
    assert sorted(p.name for p in (copy / ".tables-cache").iterdir()) == ["day-one", "day-two"]  # never cached


@pytest.mark.slow  # starts a Dask cluster
def test_run_then_batch_over_other_days_keeps_both(tmp_path):
    """`run` of one day, then `batch` of another: every table holds both, not just the last."""
    outputs = tmp_path / "outputs"
    first, _ = make_day(tmp_path / "configs", outputs, "day-one")
    assert invoke("run", first, "--outputs", outputs).exit_code == 0
    assert set(_read(outputs, "segments")["day"]) == {"day-one"}
    second, _ = make_day(tmp_path / "configs", outputs, "day-two")
    result = invoke("batch", second, "--workers", "1", "--outputs", outputs)
    assert result.exit_code == 0 and "day-two: skipped: up to date" in result.output, result.output
    for name in TABLES:
        key = "id" if name == "index" else "day"
        assert set(_read(outputs, name)[key]) == {"day-one", "day-two"}, name


@pytest.mark.parametrize("how", ["copy", "copy without its summary", "link", "link after the tables were made"])
def test_a_copy_of_a_day_folder_is_not_a_second_day(tmp_path, how):
    """A backup copy or a link beside the original would count the day's talk twice in every
    table and in search; the tables' cache holds no answer of its own for a link."""
    from pipeline.index import refresh_archive

    make_day(tmp_path / "configs", tmp_path / "out")
    original, copy = tmp_path / "out" / "test-day", tmp_path / "out" / "test-day-backup"
    if how.startswith("copy"):
        shutil.copytree(original, copy)
        if how == "copy without its summary":
            (copy / "summary.json").unlink()
    elif how == "link":
        copy.symlink_to(original)
    else:
        shutil.copytree(original, copy)
        refresh_archive(tmp_path / "out")
        shutil.rmtree(copy)
        copy.symlink_to(original)
    refresh_archive(tmp_path / "out")
    index = pandas.read_parquet(tmp_path / "out" / "index.parquet").set_index("id")
    assert index.loc["test-day-backup", "status"] == "unreadable"
    reason = "holds the record of day 'test-day'" if how.startswith("copy") else "is a link to a folder elsewhere"
    assert reason in index.loc["test-day-backup", "reason"]
    segments = pandas.read_parquet(tmp_path / "out" / "segments.parquet")
    assert set(segments["day"]) == {"test-day"}


def test_an_unchanged_rerun_keeps_every_table_as_it_was(two_runs):
    outputs = two_runs
    tables = sorted(outputs.glob("*.parquet")) + [outputs / "index.csv"]
    before = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in tables}
    refresh_archive(outputs)
    assert {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in tables} == before


@pytest.mark.parametrize("change", ["a stage run alone", "a file taken away"])
def test_a_day_whose_files_are_not_those_of_its_summary_is_named_not_mixed(two_runs, tmp_path, change, caplog):
    """Its counts would come from the summary and its points, speakers or segments from newer or
    missing files: the day is one row naming the file, the other days are whole, and the run
    that rebuilt the tables says so."""
    copy = tmp_path / "outputs"
    shutil.copytree(two_runs, copy)
    comparison = copy / "day-two" / "comparison.json"
    if change == "a stage run alone":
        comparison.write_text(comparison.read_text() + "\n")
    else:
        comparison.unlink()
    refresh_archive(copy)
    assert "day-two: left out of the archive tables: " in caplog.text
    assert "tables: unreadable:" not in caplog.text  # its status said once, as "left out"
    index = _read(copy, "index").set_index("id")
    said = "changed since the day's summary" if change == "a stage run alone" else "not found, though the day's"
    assert index.loc["day-two", "status"] == "unreadable" and said in index.loc["day-two", "reason"]
    assert "comparison.json" in index.loc["day-two", "reason"] and index.loc["day-one", "status"] == "ok"
    assert set(_read(copy, "points")["day"]) == {"day-one"}
    # the cached tables are under another name: a reader by pattern counts each row once
    assert sorted(p.name for p in copy.rglob("*.parquet")) == sorted(FILES.values())


def test_a_comparison_left_from_an_earlier_report_is_not_the_days(tmp_path):
    """The report taken out of the day's config: its old comparison.json stays in the folder, but
    the day has no points."""
    outputs = tmp_path / "outputs"
    make_day(tmp_path / "configs", outputs, "day-one")
    kept = (outputs / "day-one" / "comparison.json").read_bytes()
    shutil.rmtree(outputs / "day-one")
    make_day(tmp_path / "other", outputs, "day-one", report=None)
    (outputs / "day-one" / "comparison.json").write_bytes(kept)
    refresh_archive(outputs)
    assert _read(outputs, "points").empty and _read(outputs, "index").loc[0, "status"] == "ok"


def test_scores_left_from_a_truth_taken_out_of_the_config_are_not_the_days(tmp_path):
    """The day scored against a truth, which is then taken out of its config and the day run
    again: scores.json stays in the folder, but the day's row has no WER."""
    outputs = tmp_path / "outputs"
    config, _ = make_day(tmp_path / "configs", outputs, "day-one")
    turns = [{"speaker": "A", "start": 0, "end": 1, "text": "diplomasi digital"}]
    (config.parent / "truth.json").write_text(json.dumps({"turns": turns}))
    plain = config.read_text()
    config.write_text(plain + "truth: truth.json\n")
    assert invoke("--outputs", outputs, "run", config).exit_code == 0
    refresh_archive(outputs)
    assert _read(outputs, "index")["wer"].notna().all()
    # the summary gathers the evaluate stage's record with the others', in the order they run
    records = json.loads((outputs / "day-one" / "summary.json").read_text())["provenance"]["stages"]
    ran = ["download", "transcribe", "diarize", "evaluate", "topics"]
    assert [record["stage"] for record in records] == ran + (["compare"] if len(records) > len(ran) else [])
    config.write_text(plain)
    assert invoke("--outputs", outputs, "run", config).exit_code == 0
    refresh_archive(outputs)
    assert (outputs / "day-one" / "scores.json").is_file() and _read(outputs, "index")["wer"].isna().all()


def test_a_title_changed_and_the_summary_made_again_is_the_tables_title(tmp_path):
    """`lokakarya summary` after a new title: the summary's title, not the last run's status."""
    outputs = tmp_path / "outputs"
    make_day(tmp_path / "configs", outputs, "day-one")
    status = outputs / "day-one" / "status.json"
    status.write_text(status.read_text().replace('"Hari uji"', '"Judul lama"'))
    refresh_archive(outputs)
    assert _read(outputs, "index")["title"].tolist() == ["Hari uji"]


def test_an_older_records_notes_are_not_read_as_warnings(tmp_path):
    """Before comparison 1.4.0 and summary 2.4.0 the notes stood among the warnings: read back,
    they are notes again, so a day is not flagged for its short sentences."""
    from pipeline.compare import Comparison

    paths = make_day_of_another_report(tmp_path / "configs", tmp_path / "outputs")
    for path, kind, stage, version in (
        (paths.comparison, Comparison, "compare", "1.3.0"),
        (paths.summary, Summary, "summary", "2.3.0"),
    ):
        record = json.loads(path.read_text())
        compared = record.get("comparison", record)
        warnings, notes = compared["warnings"], compared.pop("notes")
        compared["warnings"] = notes + warnings
        record["schema_version"] = version
        path.write_text(json.dumps(record))
        read = read_artifact(path, kind, stage)
        told = getattr(read, "comparison", read)
        assert notes and (told.warnings, told.notes) == (warnings, notes)


def test_the_whole_talks_speaker_name_is_one_no_config_may_give():
    from pipeline.config import RESERVED_NAME, same_name_key
    from pipeline.records.columns import ALL_SPEAKERS

    assert RESERVED_NAME.fullmatch(same_name_key(ALL_SPEAKERS))


def test_names_and_quantities_of_the_talk_are_tables_of_their_own(two_runs):
    """topics.json's entities (said or not) and the quantities the talk states, one row each, to
    ask across days which name is said where and what the talks count."""
    entities = _read(two_runs, "entities")
    one = entities[entities["day"] == "day-one"].set_index("entity")
    # the config's two speakers (the first said, the second not), then a name of the report not said
    assert one["found"].tolist() == [True, False, False] and one["mentions"].tolist() == [1, 0, 0]
    assert one["first_time_s"].iloc[0] == 0.0 and one["first_time_s"].iloc[1:].isna().all()
    assert one["first_utterance"].iloc[0] == 0 and one["first_utterance"].iloc[1:].isna().all()
    # who says a name: every utterance that says it, not only the first
    assert [list(said) for said in one["utterances"]] == [[0], [], []]
    # each joins the utterance that says it by number, not by a time's float
    segments = _read(two_runs, "segments")
    topics = _read(two_runs, "topics")
    said = topics.merge(segments, left_on=["day", "first_utterance"], right_on=["day", "utterance"])
    assert len(said) == len(topics) and (said["first_time_s"] == said["start_s"]).all()
    heard = [["diplomasi dikital"] if phrase == "diplomasi digital" else [] for phrase in topics["phrase"]]
    assert [list(forms) for forms in topics["heard"]] == heard
    sayers = entities.explode("utterances").dropna(subset="utterances").astype({"utterances": "Int64"})
    sayers = sayers.merge(segments, left_on=["day", "utterances"], right_on=["day", "utterance"])
    assert len(sayers) == entities["mentions"].sum() and set(sayers["speaker_name"]) == {"H.E. Chalief Akbar"}
    numbers = _read(two_runs, "numbers")
    assert len(numbers.merge(segments, on=["day", "utterance"])) == len(numbers)
    assert numbers["mention"].tolist() == [0, 0]
    assert numbers[["day", "value", "speaker", "speaker_name"]].values.tolist() == [
        ["day-one", "3", "SPEAKER_00", "H.E. Chalief Akbar"],
        ["day-two", "3", "SPEAKER_00", "H.E. Chalief Akbar"],
    ]


def test_a_quantity_said_twice_in_one_utterance_is_two_rows_its_mention_tells_apart():
    """para-13 says "sampe ke temu yang 2 2 yang mauter rima": in a shorter utterance its two rows
    are alike in every column, their context too; the mention, the table's key with the day,
    tells them apart."""
    text = "ke temu yang 2 2 yang"
    said = Utterance(index=7, segment=3, speaker="SPEAKER_01", start=1.0, end=3.0, text=text, word_start=0, word_end=6)
    rows = number_rows("para-13", Topics.model_construct(numbers=number_mentions([said])), None)
    numbers = archive_index.table("numbers", rows)
    alike = ["day", "value", "is_year", "utterance", "start_s", "end_s", "speaker", "context"]
    assert numbers[alike].values.tolist() == [["para-13", "2", False, 7, 1.0, 3.0, "SPEAKER_01", text]] * 2
    assert numbers["mention"].tolist() == [0, 1] and not numbers.duplicated(PRIMARY_KEYS["numbers"]).any()


def test_the_tables_command_rebuilds_the_tables_running_no_stage(two_runs, tmp_path):
    copy = tmp_path / "outputs"
    shutil.copytree(two_runs, copy)
    (copy / "index.parquet").unlink()
    journal = (copy / "day-one" / "journal.jsonl").read_bytes()
    result = invoke("--outputs", copy, "tables")
    assert result.exit_code == 0 and "tables: 2 day(s)" in result.output, result.output
    assert _read(copy, "index")["id"].tolist() == ["day-one", "day-two"]
    assert (copy / "day-one" / "journal.jsonl").read_bytes() == journal  # no stage ran
    missing = invoke("--outputs", tmp_path / "outptus", "tables")
    assert missing.exit_code == 1 and "outptus: no such outputs folder" in missing.output
    assert not (tmp_path / "outptus").exists()


def test_an_outputs_folder_copied_inside_another_is_named(two_runs, tmp_path, caplog):
    """`cp -r other/outputs outputs/` puts a whole archive one level down, where no day folder is
    looked for: a warning says so, rather than its days missing without a word."""
    copy = tmp_path / "outputs"
    shutil.copytree(two_runs, copy)
    shutil.copytree(two_runs, copy / "outputs")
    shutil.copytree(two_runs, copy / "lama" / "2025" / "outputs", ignore=shutil.ignore_patterns("*.parquet"))
    (copy / "catatan" / "a" / "b" / "c").mkdir(parents=True)  # a folder of the archivist's own is no archive
    refresh_archive(copy)
    assert f"{copy / 'outputs'}: another outputs folder inside this one" in caplog.text
    assert f"{copy / 'lama' / '2025' / 'outputs'}: another outputs folder inside this one" in caplog.text
    assert "catatan" not in caplog.text


def test_a_day_a_run_is_working_on_keeps_the_rows_of_the_run_before(two_runs, tmp_path, caplog):
    """Read while a run (in another process) rewrites its files, the day would be half of each run
    (unreadable, or mixed): it is "running", with the rows the tables held before, until the run
    ends and makes the tables again."""
    copy = tmp_path / "outputs"
    shutil.copytree(two_runs, copy)
    before = {name: _read(copy, name) for name in TABLES}
    comparison = copy / "day-two" / "comparison.json"
    with day_lock(copy / "day-two"):
        comparison.write_text(comparison.read_text() + "\n")  # the compare stage has run, the summary not yet
        refresh_archive(copy)
        index = _read(copy, "index").set_index("id")
        assert index.loc["day-two", "status"] == "running" and index.loc["day-one", "status"] == "ok"
        assert index.loc["day-two", "reason"].startswith("a run is working on this day")
        assert index.loc["day-two", "words"] == before["index"].set_index("id").loc["day-two", "words"]
        assert days_left_out(_read(copy, "index").to_dict("records")) == {}  # searched in its rows before
        for name in ("segments", "points", "topics", "speakers"):
            pandas.testing.assert_frame_equal(_read(copy, name), before[name])
        assert "day-two: a run is working on this day" in caplog.text
        page = (copy / "index.html").read_text()
        assert "1 hari sedang diproses (angkanya dari proses sebelumnya)" in page
        assert "sedang diproses: angka dan barisnya dari proses sebelumnya" in page
    refresh_archive(copy)  # the run's own tables would come here; this one never made its summary
    assert _read(copy, "index").set_index("id").loc["day-two", "status"] == "unreadable"


def test_a_day_a_first_run_is_working_on_is_one_row(tmp_path):
    outputs = tmp_path / "outputs"
    make_day(tmp_path / "configs", outputs, "day-one")
    with day_lock(outputs / "day-new"):
        status = DayStatus(id="day-new", title="Hari baru", date=None, status="running", stage="transcribe")
        (outputs / "day-new" / "status.json").write_text(status.model_dump_json())
        refresh_archive(outputs)
    index = _read(outputs, "index").set_index("id")
    assert index.loc["day-new", "status"] == "running" and pandas.isna(index.loc["day-new", "words"])
    assert index.loc["day-new", "title"] == "Hari baru"
    assert set(_read(outputs, "segments")["day"]) == {"day-one"}


def test_a_run_killed_in_a_stage_is_failed_there_and_the_next_run_takes_it_up(tmp_path):
    """SIGKILL leaves no failure recorded: the status a run writes as each stage starts says where
    it stopped, and the day is no mix of two runs (a file written, its record not)."""
    outputs = tmp_path / "outputs"
    config, paths = make_day(tmp_path / "configs", outputs, "day-two")
    refresh_archive(outputs)
    record = json.loads(paths.status.read_text())
    paths.status.write_text(json.dumps(record | {"status": "running", "stage": "summary"}))
    paths.transcript_txt.write_text("half of a new run")
    refresh_archive(outputs)
    row = _read(outputs, "index").set_index("id").loc["day-two"]
    assert row["status"] == "failed" and row["failed_stage"] == "summary"
    assert row["reason"].startswith("the run stopped during the summary stage without finishing")
    assert _read(outputs, "segments").empty
    result = invoke("--outputs", outputs, "run", config)
    assert result.exit_code == 0, result.output
    assert "the last run stopped during the summary stage without finishing" in result.output
    assert "changed since the summary stage wrote it" not in result.output  # no hand edit: the killed run's
    assert _read(outputs, "index").set_index("id").loc["day-two", "status"] == "ok"


def test_a_second_run_refused_while_the_first_works_leaves_the_day_running(tmp_path):
    outputs = tmp_path / "outputs"
    config, paths = make_day(tmp_path / "configs", outputs, "day-two")
    refresh_archive(outputs)
    record = json.loads(paths.status.read_text())
    with day_lock(paths.root):  # the first run, in the compare stage
        paths.status.write_text(json.dumps(record | {"status": "running", "stage": "compare"}))
        result = invoke("--outputs", outputs, "run", config)
        assert result.exit_code == 1 and "another lokakarya run" in result.output
        row = _read(outputs, "index").set_index("id").loc["day-two"]
        assert row["status"] == "running" and row["words"] > 0


def test_a_stage_run_alone_is_running_while_it_works_then_leaves_the_status_as_it_was(tmp_path, monkeypatch):
    """Killed, a stage run alone leaves the day failed where it stopped (its file written, its
    record not, would be called a hand edit); ended, the status is the last run's again."""
    from pipeline import summary as summary_stage

    outputs = tmp_path / "outputs"
    config, paths = make_day(tmp_path / "configs", outputs, "day-two")
    before = paths.status.read_bytes()
    seen = []
    real = summary_stage.summarize

    def watched(*args, **kwargs):
        seen.append(json.loads(paths.status.read_text())["status"])
        return real(*args, **kwargs)

    monkeypatch.setattr(summary_stage, "summarize", watched)
    assert invoke("--outputs", outputs, "summary", config).exit_code == 0
    assert seen == ["running"] and paths.status.read_bytes() == before
    paths.status.unlink()
    assert invoke("--outputs", outputs, "summary", config).exit_code == 0
    assert not paths.status.exists()


def test_ctrl_c_is_one_line_and_the_day_failed_where_it_was(tmp_path, monkeypatch):
    from pipeline import summary as summary_stage

    outputs = tmp_path / "outputs"
    config, _paths = make_day(tmp_path / "configs", outputs, "day-two")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(summary_stage, "summarize", interrupted)
    result = invoke("--outputs", outputs, "run", config, "--force", "summary")
    assert result.exit_code == 130 and "Aborted" not in result.output
    assert [line for line in result.output.splitlines() if line.startswith("Error: ")] == [
        "Error: interrupted (Ctrl-C); what had finished is kept, and the same command goes on"
    ]
    row = _read(outputs, "index").set_index("id").loc["day-two"]
    assert (row["status"], row["failed_stage"], row["reason"]) == ("failed", "summary", "interrupted (Ctrl-C)")


def test_the_tables_sweep_what_killed_writers_left_in_day_folders(two_runs, tmp_path):
    copy = tmp_path / "outputs"
    shutil.copytree(two_runs, copy)
    dead = ended_pid()
    left = copy / "day-one" / f".topics.json.{dead}.tmp"
    working = copy / "day-two" / f".topics.json.{dead}.tmp"
    left.write_text("{")
    working.write_text("{")
    with day_lock(copy / "day-two"):
        refresh_archive(copy)
    assert not left.exists() and working.exists()  # a day a run holds is that run's to sweep


def test_a_running_days_rows_cached_with_other_columns_are_not_read(two_runs, tmp_path):
    """Cached by a lokakarya whose tables had other columns: those rows would not concatenate."""
    copy = tmp_path / "outputs"
    shutil.copytree(two_runs, copy)
    key = copy / ".tables-cache" / "day-two" / "key.json"
    key.write_text(json.dumps(json.loads(key.read_text()) | {"columns": "other columns"}))
    with day_lock(copy / "day-two"):
        refresh_archive(copy)
    index = _read(copy, "index").set_index("id")
    assert index.loc["day-two", "status"] == "running" and pandas.isna(index.loc["day-two", "words"])
    assert set(_read(copy, "segments")["day"]) == {"day-one"}


def test_a_stages_wall_time_is_the_journals_with_its_wait_for_the_work_beside(two_runs, tmp_path):
    """The diarize stage's voice analysis runs beside the transcription and its record's
    provenance counts only what came after: the index takes each stage's wall from the journal
    entry of the run that left its record (summed, a day's walls are its run's)."""
    copy = tmp_path / "outputs"
    shutil.copytree(two_runs, copy)
    journal = copy / "day-one" / "journal.jsonl"
    entries = [json.loads(line) for line in journal.read_text().splitlines()]
    last = {entry["stage"]: entry for entry in entries}
    before = _read(copy, "index").set_index("id").loc["day-one"]
    waited = dict(last["page"], wall_seconds=41.5)  # a later entry of the same record
    other = dict(last["summary"], wall_seconds=99.0, record_sha256="0" * 64)  # of a record no longer there
    lines = [json.dumps(e) for e in [*entries, waited, other]] + [
        '{"stage": "topics", "wall_seconds": NaN}',
        '{"stage": ["page"], "wall_seconds": 5}',  # hand-edited lines are no entries of a stage
        '{"stage": "page", "wall_seconds": "5"}',
    ]
    journal.write_text("\n".join(lines) + "\n")
    refresh_archive(copy)
    row = _read(copy, "index").set_index("id").loc["day-one"]
    assert row["wall_page_s"] == 41.5
    assert row["wall_summary_s"] == last["summary"]["wall_seconds"]
    assert row["wall_topics_s"] == before["wall_topics_s"]  # no entry of its own: its record's provenance


@pytest.mark.parametrize("holder", [ended_pid, lambda: "20240101123045123456789"], ids=["killed", "no-pid"])
def test_a_killed_runs_pid_left_in_the_lock_does_not_refuse_the_next_run_while_the_tables_look(tmp_path, holder):
    """The tables ask whether a run holds a day with a shared lock for a moment: a run starting
    then waits it out, also where the lock still holds the pid of a run killed before, or a number
    no pid can be (os.kill had overflowed on it)."""
    import fcntl
    import threading

    root = tmp_path / "day"
    root.mkdir()
    (root / ".lock").write_text(f"{holder()}\n")
    fd = os.open(root / ".lock", os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_SH)
    threading.Timer(0.05, lambda: fcntl.flock(fd, fcntl.LOCK_UN)).start()
    try:
        with day_lock(root):
            assert (root / ".lock").read_text().strip() == str(os.getpid())
    finally:
        os.close(fd)


def test_a_roles_name_in_an_older_topics_record_is_no_person_of_the_tables(two_runs):
    from pipeline.index import entity_rows
    from pipeline.topics import Entity, Topics

    topics = read_artifact(two_runs / "day-one" / "topics.json", Topics, "topics")
    role = Entity(text="Moderator", label="PERSON", origin="config", found=False, mentions=0, occurrences=[])
    rows = entity_rows("day-one", topics.model_copy(update={"entities": [*topics.entities, role]}))
    assert "Moderator" not in [row["entity"] for row in rows] and len(rows) == len(topics.entities)


def test_ctrl_c_while_the_run_only_checks_leaves_the_day_as_it_was(tmp_path, monkeypatch):
    from pipeline import runner

    outputs = tmp_path / "outputs"
    config, paths = make_day(tmp_path / "configs", outputs, "day-two")
    refresh_archive(outputs)
    before = paths.status.read_bytes()

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(runner, "staleness", interrupted)
    result = invoke("--outputs", outputs, "run", config)
    assert result.exit_code == 130 and paths.status.read_bytes() == before
    assert _read(outputs, "index").set_index("id").loc["day-two", "status"] == "ok"


def test_ctrl_c_in_a_stage_run_alone_gives_the_status_back(tmp_path, monkeypatch):
    from pipeline import summary as summary_stage

    outputs = tmp_path / "outputs"
    config, paths = make_day(tmp_path / "configs", outputs, "day-two")
    before = paths.status.read_bytes()

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(summary_stage, "summarize", interrupted)
    assert invoke("--outputs", outputs, "summary", config).exit_code == 130
    assert paths.status.read_bytes() == before


def test_a_running_status_names_its_stage(two_runs, tmp_path):
    copy = tmp_path / "outputs"
    shutil.copytree(two_runs, copy)
    status = copy / "day-two" / "status.json"
    status.write_text(json.dumps(json.loads(status.read_text()) | {"status": "running", "stage": None}))
    refresh_archive(copy)
    row = _read(copy, "index").set_index("id").loc["day-two"]
    assert row["status"] == "unreadable" and "a running run names its stage" in row["reason"]


def test_a_link_in_the_outputs_folder_is_not_walked_for_archives_inside(two_runs, tmp_path, caplog):
    copy = tmp_path / "outputs"
    shutil.copytree(two_runs, copy)
    (copy / "semua").symlink_to("/")
    refresh_archive(copy)
    assert "another outputs folder" not in caplog.text


def test_a_ctrl_c_while_a_stage_alone_gives_the_status_back_waits_until_it_is_written(tmp_path, monkeypatch):
    from pipeline import runner

    outputs = tmp_path / "outputs"
    config, paths = make_day(tmp_path / "configs", outputs, "day-two")
    before = paths.status.read_bytes()
    real = runner.write_atomic

    def interrupted_while_written(path, data):
        os.kill(os.getpid(), signal.SIGINT)  # as Ctrl-C: a signal, taken where Python next looks
        return real(path, data)

    monkeypatch.setattr(runner, "write_atomic", interrupted_while_written)
    # Python's own Ctrl-C handler, as in a terminal: a test process started in the background
    # (`nohup ... &`) inherits SIGINT ignored, and a Ctrl-C there is never taken at all
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        assert invoke("--outputs", outputs, "summary", config).exit_code == 130
    finally:
        signal.signal(signal.SIGINT, previous)
    assert paths.status.read_bytes() == before


def test_a_ctrl_c_between_two_stages_reports_is_recorded(tmp_path, monkeypatch):
    """Ctrl-C while the command printed a stage's line, the run waiting at its next stage: it had
    left status.json "running"."""
    from pipeline import cli

    outputs = tmp_path / "outputs"
    config, paths = make_day(tmp_path / "configs", outputs, "day-two")
    said = cli._say

    def interrupted_at_summary(line):
        if line.startswith("summary:"):
            raise KeyboardInterrupt
        said(line)

    monkeypatch.setattr(cli, "_say", interrupted_at_summary)
    assert invoke("--outputs", outputs, "run", config, "--force", "summary").exit_code == 130
    status = json.loads(paths.status.read_text())
    assert (status["status"], status["reason"]) == ("failed", "interrupted (Ctrl-C)")


def test_a_second_ctrl_c_while_the_first_is_recorded_leaves_the_day_failed(tmp_path, monkeypatch):
    """A second press, or `timeout` signalling the process and then its group, came while
    status.json recorded the first: the day had stayed "running"."""
    from pipeline import runner
    from pipeline import summary as summary_stage

    outputs = tmp_path / "outputs"
    config, paths = make_day(tmp_path / "configs", outputs, "day-two")
    real = runner.write_artifact

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    def signalled_while_written(path, artifact):
        if artifact.status == "failed":
            os.kill(os.getpid(), signal.SIGINT)
        return real(path, artifact)

    monkeypatch.setattr(summary_stage, "summarize", interrupted)
    monkeypatch.setattr(runner, "write_artifact", signalled_while_written)
    assert invoke("--outputs", outputs, "run", config, "--force", "summary").exit_code == 130
    status = json.loads(paths.status.read_text())
    assert (status["status"], status["stage"], status["reason"]) == ("failed", "summary", "interrupted (Ctrl-C)")


def _archive_files(outputs):
    names = [FILES[name] for name in TABLES] + ["index.csv", PACKAGE, "index.html"]
    return {name: (outputs / name).read_bytes() for name in names}


def _changed_day(tmp_path):
    """A day whose tables are made, then its title changed so that every table is made anew."""
    outputs = tmp_path / "outputs"
    _, paths = make_day(tmp_path / "configs", outputs, "day-two")
    refresh_archive(outputs)
    before = _archive_files(outputs)
    summary = json.loads(paths.summary.read_text())
    summary["day"]["title"] = "Judul yang baru"
    paths.summary.write_text(json.dumps(summary))
    return outputs, before


def _package_matches(outputs):
    package = json.loads((outputs / PACKAGE).read_text())
    return all(
        file_sha256(outputs / resource["path"]) == resource["hash"].removeprefix("sha256:")
        for resource in package["resources"]
    )


def _tables_interrupted(monkeypatch, outputs, when) -> list[Path]:
    """Run `tables` with a Ctrl-C sent as a file is renamed into `outputs` once `when` holds for
    the files renamed there so far; they are returned."""
    from pipeline.records import files

    real, renamed = os.replace, []

    def interrupting(source, target):
        if Path(target).parent == outputs:
            renamed.append(Path(target))
            if when(renamed):
                os.kill(os.getpid(), signal.SIGINT)  # as Ctrl-C: taken where Python next looks
        return real(source, target)

    monkeypatch.setattr(files.os, "replace", interrupting)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a terminal (see above)
    try:
        assert invoke("--outputs", outputs, "tables").exit_code == 130
    finally:
        signal.signal(signal.SIGINT, previous)
    return renamed


def test_a_ctrl_c_while_the_tables_are_written_leaves_them_all_new(tmp_path, monkeypatch):
    """Ctrl-C between two tables' writes had left some new and the others, index.csv or
    datapackage.json's hashes, old: the tables are replaced as one, the Ctrl-C taken once they are."""
    outputs, before = _changed_day(tmp_path)
    _tables_interrupted(monkeypatch, outputs, lambda renamed: len(renamed) == 2)  # between two tables
    after = _archive_files(outputs)
    assert after != before and b"Judul yang baru" in after["index.csv"]
    assert _package_matches(outputs)
    assert not list(outputs.glob(".*.tmp"))
    refresh_archive(outputs)
    assert _archive_files(outputs) == after  # nothing had been left to write


def test_a_full_disk_while_the_tables_are_written_leaves_them_all_as_they_were(tmp_path, monkeypatch):
    """A full disk at the third table had left the first two new beside the others old: now no
    table changes, the error names the file, and no temporary is left."""
    import builtins
    import errno

    outputs, before = _changed_day(tmp_path)
    real, opened = builtins.open, []

    def full_at_the_third(file, mode="r", *args, **kwargs):
        if "w" in mode and str(file).endswith(".tmp") and len(opened) == 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        if "w" in mode and str(file).endswith(".tmp"):
            opened.append(file)
        return real(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", full_at_the_third)
    result = invoke("--outputs", outputs, "tables")
    monkeypatch.undo()
    assert result.exit_code == 1 and "could not write: No space left on device" in result.output, result.output
    assert _archive_files(outputs) == before
    assert _package_matches(outputs)
    assert not list(outputs.glob(".*.tmp"))


def test_a_ctrl_c_as_the_tables_are_written_leaves_the_archive_page_new_with_them(tmp_path, monkeypatch):
    """outputs/index.html was written after the tables: a Ctrl-C as their renames ended left the
    page one run behind them.  It is written with them now, as one."""
    outputs, before = _changed_day(tmp_path)
    assert "Judul yang baru" not in before["index.html"].decode()
    renamed = _tables_interrupted(monkeypatch, outputs, lambda renamed: renamed[-1].name == PACKAGE)
    assert "index.html" in [path.name for path in renamed]
    page = (outputs / "index.html").read_text(encoding="utf-8")
    assert "Judul yang baru" in page and 'href="datapackage.json"' in page
    assert not list(outputs.glob(".*.tmp"))


def _texts(value):
    """Every text in a cell, in its lists (arrays read back) and a speaker's fields."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif hasattr(value, "__iter__"):
        for item in value:
            yield from _texts(item)


def test_text_a_hand_edit_breaks_over_lines_is_one_line_in_every_table(tmp_path):
    """A failure reason edited into status.json with a newline (and a title with \\r\\n, one in
    summary.json with U+2028) had parted index.csv's row over lines, unlike the one-line reasons
    the pipeline writes: every text the tables take is one line.  A day folder renamed with a
    newline is named with it escaped, in its row and its reason, as a name not in UTF-8 is."""
    import csv
    import io

    outputs = tmp_path / "outputs"
    make_day(tmp_path / "configs", outputs, "day-one")
    _, paths = make_day(tmp_path / "configs", outputs, "day-two")
    failed = outputs / "day-one" / "status.json"
    status = json.loads(failed.read_text())
    reason = "disk penuh\nlagi; ganti\r\n\r\n  disk  "
    failed.write_text(
        json.dumps(status | {"status": "failed", "stage": "transcribe", "reason": reason} | {"title": "Judul\r\nlama"})
    )
    summary = json.loads(paths.summary.read_text())
    summary["day"]["title"] = "Hari\u2028kedua\n"
    paths.summary.write_text(json.dumps(summary))
    make_day(tmp_path / "configs", outputs, "day-three")
    (outputs / "day-three").rename(outputs / "day\nthree")
    refresh_archive(outputs)
    text = (outputs / "index.csv").read_text(encoding="utf-8")
    assert len(text.splitlines()) == 4, text  # the header and three rows, one line each
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(text))}
    assert rows["day-one"]["reason"] == "disk penuh lagi; ganti disk"
    assert (rows["day-one"]["title"], rows["day-two"]["title"]) == ("Judul lama", "Hari kedua")
    assert rows["day\\nthree"]["status"] == "unreadable"
    assert rows["day\\nthree"]["reason"].startswith("day\\nthree: its name holds a line break")
    for name in TABLES:  # and no cell of any table, a list's items or a speaker's fields among them
        texts = list(_texts(_read(outputs, name).to_numpy().ravel().tolist()))
        assert texts and not [text for text in texts if len(text.splitlines()) > 1], name
    page = (outputs / "index.html").read_text(encoding="utf-8")
    assert "disk penuh lagi; ganti disk" in page and "Hari kedua" in page
