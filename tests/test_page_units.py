"""The pages' parts that need no models: the listening copy, the index over days (failed days
with their reason), the interface language and its texts."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pandas
import pytest

from conftest import invoke, write_config, write_tone
from pipeline.artifacts import DayPaths, DayStatus, clock, milliseconds, read_artifact
from pipeline.config import ConfigError, load_config
from pipeline.exports.page_text import TEXTS
from pipeline.index import refresh_archive
from pipeline.media.audio import LISTENING_BIT_RATE, encode_listening_copy, listening_copy_source
from pipeline.page import _size, decimal, moment, refresh_listening_copy, whole_percents
from pipeline.runner import stage_runs
from pipeline.stages import STAGE_NAMES


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _archive_page(outputs, language: str = "id") -> str:
    """outputs/index.html as the tables' refresh writes it, over the index table's rows."""
    refresh_archive(outputs, language)
    return (outputs / "index.html").read_text()


def page_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def test_listening_copy_is_small_mono_opus_made_once(tmp_path):
    import av

    paths = DayPaths(tmp_path)
    seconds = 20
    write_tone(paths.audio, seconds=seconds)
    copy = refresh_listening_copy(paths, "first")
    with av.open(str(copy)) as container:
        stream = container.streams.audio[0]
        assert (stream.codec_context.name, stream.codec_context.channels) == ("opus", 1)
        assert abs(container.duration / 1e6 - seconds) < 0.1
    assert copy.stat().st_size * 8 / seconds < 1.5 * LISTENING_BIT_RATE
    made = copy.stat().st_mtime_ns
    assert refresh_listening_copy(paths, "first").stat().st_mtime_ns == made, "unchanged audio: kept"
    assert refresh_listening_copy(paths, "second").stat().st_mtime_ns != made, "new audio: remade"


def test_the_listening_copy_of_the_same_audio_is_the_same_bytes(tmp_path):
    """Two runs of one day gave two audio.webm of other bytes, and so another page.json: the
    muxer drew a random track id for each (fifty-second round).  Encoded bit-exact, the same
    audio gives the same file, which names no encoder version of its own (page.json's `av` does)."""
    write_tone(tmp_path / "audio.wav", seconds=3)
    copies = [tmp_path / "first.webm", tmp_path / "second.webm"]
    for copy in copies:
        encode_listening_copy(tmp_path / "audio.wav", copy, "a" * 64)
    first, second = (copy.read_bytes() for copy in copies)
    assert first == second
    assert listening_copy_source(copies[0]) == "a" * 64


def test_a_failed_day_is_recorded_and_listed_with_its_reason(tmp_path):
    (tmp_path / "talk.wav").write_text("not audio")
    config = write_config(tmp_path, title="Hari yang gagal")
    outputs = tmp_path / "outputs"
    assert invoke("--outputs", outputs, "run", config).exit_code == 1
    paths = DayPaths.for_day(outputs, "test-day")
    status = read_artifact(paths.status, DayStatus, "run")
    assert status.stage == "validate" and "not a readable audio or video file" in status.reason
    assert stage_runs(paths) == [], "a failure is not a stage run"
    text = page_text(_archive_page(outputs))
    assert "Hari yang gagal" in text and "gagal pada tahap pemeriksaan masukan" in text
    assert "not a readable audio or video file" in text
    assert "1 hari: 0 selesai, 1 gagal, 0 tidak terbaca ·" in text
    assert "0 dari 0 poin laporan tercakup, 0 sebagian" in text  # partly covered points counted apart


def test_a_batch_day_whose_recording_is_missing_is_listed(tmp_path):
    from pipeline.batch import run_one_day

    config = write_config(tmp_path, source="missing.wav")
    outputs = tmp_path / "outputs"
    assert run_one_day(str(config), str(outputs)).status == "failed"
    status = read_artifact(DayPaths.for_day(outputs, "test-day").status, DayStatus, "run")
    assert status.status == "failed" and status.stage == "validate"
    assert "gagal pada tahap pemeriksaan masukan" in page_text(_archive_page(outputs))


def test_index_in_english_on_request(tmp_path):
    outputs = tmp_path / "outputs"
    (outputs / "day-x").mkdir(parents=True)
    (outputs / "day-x" / "status.json").write_text(
        DayStatus(id="day-x", title="X", date=None, status="ok").model_dump_json()
    )
    html = _archive_page(outputs, "en")
    assert '<html lang="en">' in html and "not finished" in page_text(html)
    assert pandas.read_parquet(outputs / "index.parquet")["status"].tolist() == ["incomplete"]  # as the page


def test_both_languages_say_everything():
    assert TEXTS["id"].keys() == TEXTS["en"].keys()


def test_page_language_follows_the_day_unless_set(tmp_path):
    assert load_config(write_config(tmp_path)).page_language == "id"
    assert load_config(write_config(tmp_path, language="en")).page_language == "en"
    assert load_config(write_config(tmp_path, page={"language": "en"})).page_language == "en"
    with pytest.raises(ConfigError, match=r"page\.language"):
        load_config(write_config(tmp_path, page={"language": "fr"}))
    with pytest.raises(ConfigError, match=r"unknown field 'page\.lang'"):
        load_config(write_config(tmp_path, page={"lang": "en"}))


def test_the_page_option_does_not_invalidate_the_stages(tmp_path):
    plain = load_config(write_config(tmp_path))
    english = load_config(write_config(tmp_path, page={"language": "en"}))
    assert all(plain.stage_key(stage) == english.stage_key(stage) for stage in STAGE_NAMES if stage != "page")


def test_a_recording_kept_incomplete_says_so_on_the_page(tmp_path):
    from fakes import make_day
    from pipeline.artifacts import write_artifact
    from pipeline.download import SourceInfo
    from pipeline.runner import run_day

    config_path, paths = make_day(tmp_path / "configs", tmp_path / "outputs")
    source = read_artifact(paths.source, SourceInfo, "download")
    warning = "talk.wav: INCOMPLETE recording kept (download.allow_incomplete): 12 s of 60 s"
    write_artifact(paths.source, source.model_copy(update={"warnings": [warning]}))
    list(run_day(load_config(config_path), paths))
    # in the page's language, the decoder's own words kept as they are, marked English
    shown = "talk.wav: rekaman TIDAK LENGKAP tetap disimpan (download.allow_incomplete): 12 s of 60 s"
    assert shown in page_text(paths.page.read_text())
    assert '<span lang="en">12 s of 60 s</span>' in paths.page.read_text()


def test_housekeeping_is_folded_away_below_what_the_report_leaves_out(tmp_path):
    from fakes import TALK, make_day
    from pipeline.runner import run_day

    config_path, paths = make_day(tmp_path / "configs", tmp_path / "outputs")
    list(run_day(load_config(config_path), paths))
    html = paths.page.read_text()
    unreported, folded = html[: html.index('<section id="transcript">')].split("<details>")
    assert TALK[2][2] in page_text(unreported) and TALK[1][2] not in page_text(unreported)
    assert TEXTS["id"]["housekeeping"].format(count=1) in page_text(folded) and TALK[1][2] in page_text(folded)


def test_the_timeline_of_odd_names_draws_without_warnings():
    """An emoji the font lacks and a 10,000-character name: no warning reaches the terminal, and
    the long name is cut on the timeline only."""
    import warnings

    from pipeline.diarize import Diarization, Turn
    from pipeline.page import timeline_svg

    speakers = [
        type("S", (), {"label": f"S{i}", "name": name})() for i, name in enumerate(["Ayu 👩🏽‍💻", "A" * 10_000])
    ]
    turns = [Turn(speaker="S0", start=0, end=1), Turn(speaker="S1", start=1, end=2)]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        svg = timeline_svg(Diarization.model_construct(speakers=speakers, turns=turns), 120.0, language="id")
    assert "A" * 39 + "…" in svg and "A" * 41 not in svg


@pytest.mark.parametrize(
    "duration, ticks, label",
    [(600.0, ["0", "1", "10"], "menit"), (7300.0, ["0:00", "1:00", "2:00"], "jam:menit")],
)
def test_the_timeline_reads_hours_and_minutes_past_an_hour(duration, ticks, label):
    """From the fifty-first round's probe of times past an hour: a two-hour day's timeline had read
    "66" (minutes) where every other time on the page reads 01:06:00."""
    from pipeline.diarize import Diarization, Turn
    from pipeline.page import timeline_svg

    speakers = [type("S", (), {"label": "S0", "name": "Ayu"})()]
    turns = [Turn(speaker="S0", start=0, end=duration)]
    svg = timeline_svg(Diarization.model_construct(speakers=speakers, turns=turns), duration, language="id")
    shown = re.findall(r"<!-- ([^>]*) -->", svg)
    assert set(ticks) <= set(shown) and label in shown


def test_an_interrupted_run_replaces_an_earlier_failure_in_the_record(tmp_path, monkeypatch):
    """Ctrl-C during the page: status.json says so, not the failure of the run before."""
    from fakes import make_day
    from pipeline import page as page_stage
    from pipeline.config import load_config
    from pipeline.runner import run_day

    config_path, paths = make_day(tmp_path / "configs", tmp_path / "out")
    paths.status.write_text(paths.status.read_text().replace('"ok"', '"failed"'))
    config_path.write_text(config_path.read_text().replace("title: ", "title: Baru "))

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(page_stage, "render_day", interrupted)
    with pytest.raises(KeyboardInterrupt):
        list(run_day(load_config(config_path), paths))
    status = read_artifact(paths.status, DayStatus, "run")
    assert (status.status, status.stage, status.reason) == ("failed", "page", "interrupted (Ctrl-C)")


def test_a_point_said_with_another_number_is_shown_on_the_page_in_the_summary_and_the_table(tmp_path):
    import json

    from fakes import make_day
    from pipeline.index import refresh_archive
    from pipeline.runner import run_day

    config_path, paths = make_day(tmp_path / "configs", tmp_path / "outputs")
    list(run_day(load_config(config_path), paths))
    assert "angka dalam laporan: 3 kali; dalam rekaman: 2 kali" in page_text(paths.page.read_text())
    summary = json.loads(paths.summary.read_text())
    assert [p["text"] for p in summary["comparison"]["number_disagreements"]] == [
        "Diplomasi digital di masa pandemi dibahas tiga kali."
    ]
    refresh_archive(tmp_path / "outputs")
    points = pandas.read_parquet(tmp_path / "outputs" / "points.parquet")
    assert points[["numbers", "numbers_not_heard", "talk_numbers_instead"]].values.tolist()[0] == [
        "3 kali",
        "3 kali",
        "2 kali",
    ]
    # and apart, value and unit, as numbers.parquet writes a quantity: the two join on them
    assert (list(points.loc[0, "number_values"]), list(points.loc[0, "number_units"])) == (["3"], ["kali"])
    # a point that states no quantity: nothing to list is null in every such column, never ""
    assert points.loc[1, ["numbers", "numbers_not_heard", "talk_numbers_instead"]].isna().all()
    assert points.loc[1, ["number_values", "number_units"]].isna().all()
    assert not (points.select_dtypes("string") == "").any().any()


def test_the_index_page_and_the_tables_give_a_failed_days_title_alike(tmp_path):
    """A run that failed after the title changed: its config's title, newer than the summary's."""
    from fakes import make_day

    _, paths = make_day(tmp_path / "configs", tmp_path / "outputs", "day-one")
    status = read_artifact(paths.status, DayStatus, "run")
    failed = status.model_copy(update={"status": "failed", "stage": "compare", "reason": "x", "title": "Judul baru"})
    paths.status.write_text(failed.model_dump_json())
    text = page_text(_archive_page(tmp_path / "outputs"))
    assert "Judul baru" in text and "gagal pada tahap perbandingan dengan laporan: x" in text
    # and, as in the tables, none of the older summary's figures
    assert "Chalief" not in text and "1 hari: 0 selesai, 1 gagal, 0 tidak terbaca ·" in text


def test_the_index_links_each_days_exports_the_transcript_text_among_them(tmp_path):
    """From an archivist's reading (fifty-eighth round): the archive page linked a day's page,
    recording, JSON, WebVTT and SRT, but not transcript.txt, the export that reads alone."""
    from fakes import make_day

    outputs = tmp_path / "outputs"
    make_day(tmp_path / "configs", outputs, "day-one")
    index = _archive_page(outputs)
    for name in ("index.html", "transcript.txt", "summary.json", "transcript.vtt", "transcript.srt"):
        assert f'href="day-one/{name}"' in index, name
    assert " · teks · " in page_text(index)


def test_the_index_marks_a_day_whose_comparison_warns_and_its_page_tells_warnings_from_notes(tmp_path):
    """A warning (the report may be another day's) flags the day on the index; a note (short
    sentences not compared, on most days) does not, and the day's page tells the two apart."""
    from fakes import make_day, make_day_of_another_report

    outputs = tmp_path / "outputs"
    paths = make_day_of_another_report(tmp_path / "configs", outputs)
    make_day(tmp_path / "configs", outputs, "day-one")
    index = page_text(_archive_page(outputs))
    assert "1 hari dengan peringatan tentang laporan" in index
    # the stages write them in English (the records keep them so); the Indonesian pages give them in Indonesian
    assert index.count("1 peringatan tentang laporan laporan tidak menyebut satu pun pembicara hari ini") == 1
    day = page_text(paths.page.read_text())
    assert "Peringatan tentang laporan: laporan tidak menyebut satu pun pembicara hari ini" in day
    assert "Catatan: 1 kalimat pendek laporan tidak dibandingkan" in day
    assert '<span lang="en">' not in paths.page.read_text() and '<span lang="en">' not in _archive_page(outputs)
    english = page_text(_archive_page(outputs, "en"))
    assert "1 day(s) with a warning about the report" in english
    assert "the report names none of the day's speakers" in english


def test_a_name_in_a_right_to_left_script_keeps_its_place_beside_times_and_colons(tmp_path):
    """An Arabic name before a time or a colon would take them to its side: each name shown beside
    other text is isolated (<bdi>), on the day's page and in the index's speakers."""
    from fakes import make_day
    from pipeline.index import refresh_archive

    name = "محمد عبد الله"
    _, paths = make_day(tmp_path / "configs", tmp_path / "out", speakers=[{"name": name}, {"name": "Ayu"}])
    refresh_archive(tmp_path / "out", "id")
    page = paths.page.read_text(encoding="utf-8")
    texts = TEXTS["id"]
    mark = f' <small class="by-order" title="{texts["by_order_mark"]}">{texts["by_order_short"]}</small>'
    assert f"<h3><bdi>{name}</bdi>{mark} " in page and f"<bdi>{name}</bdi>{mark}:" in page  # both named by order
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    mark = f' <small class="by-order">{texts["by_order_mark"]}</small>'
    assert f"<bdi>{name}</bdi>{mark}, <bdi>Ayu</bdi>{mark}" in index


def test_a_name_the_configs_order_alone_gave_is_marked_wherever_it_is_shown(tmp_path):
    """The made day's voices are named by the config's order, nothing the talk says naming them:
    the page (both languages), the index, the summary, the tables, transcript.txt, the WebVTT and
    search say so wherever they show the name, not as a name heard."""
    import json
    import re

    from fakes import make_day
    from pipeline.search import search_archive

    outputs = tmp_path / "outputs"
    _, paths = make_day(tmp_path / "configs", outputs)
    summary = json.loads(paths.summary.read_text())
    names = [s["name"] for s in summary["speakers"]]
    assert [s["name_by_order_alone"] for s in summary["speakers"]] == [True, True]
    page, texts = paths.page.read_text(), TEXTS["id"]
    # in full once: under each name in the speakers' table, and what it means once under the table
    assert page.count(texts["named_by_order"]) == 1 and page.count(f">{texts['by_order_mark']}<") == len(names)
    table = page.split("</table>")[0].split('id="speakers"')[-1]
    assert all(f'{name}<br><small class="by-order">{texts["by_order_mark"]}</small>' in table for name in names)
    # the speaker a report point credits is the report's word, not a voice's name
    voices = re.sub(re.escape(texts["report_credits"].split("{name}")[0]) + "<bdi>[^<]*</bdi>", "", page)
    short = f'<small class="by-order" title="{texts["by_order_mark"]}">{texts["by_order_short"]}</small>'
    for name in names:  # every evidence, passage, topic and transcript heading that names the voice: short
        shown = re.findall(rf"<bdi>{re.escape(name)}</bdi>( {re.escape(short)})?", voices)
        assert shown and all(shown), name
    # the timeline's labels are drawn as paths, each with its text in a comment
    assert texts["by_order_short"] in page.split('<figure id="timeline">')[1].split("</figure>")[0]
    # the exports in the page's language (Indonesian: the made day's talk is)
    text = paths.transcript_txt.read_text()
    note = text.splitlines()[1]
    assert note.startswith(texts["by_order_note"].split("{names}")[0]) and all(name in note for name in names)
    headings = re.findall(r"^\[\d\d:\d\d:\d\d\] (.+):$", text, re.MULTILINE)
    assert headings and all(h.endswith(f" {texts['by_order_mark']}") for h in headings)
    assert f"\n\nNOTE {texts['by_order_note'].split('{names}')[0]}" in paths.transcript_vtt.read_text()
    refresh_archive(outputs, "en")
    assert pandas.read_parquet(outputs / "speakers.parquet")["name_by_order_alone"].tolist() == [True, True]
    index = (outputs / "index.html").read_text()
    assert index.count(f'<small class="by-order">{TEXTS["en"]["by_order_mark"]}</small>') == 2
    (hit, *_) = search_archive(outputs, "diplomasi digital", words_only=True)
    assert hit.name_by_order_alone and f"{texts['by_order_mark']}:" in hit.lines()[0]
    assert "page_language" not in hit.as_dict()  # the JSON keeps name_by_order_alone


def test_a_name_the_talk_confirms_or_gave_is_not_marked():
    from pipeline.diarize import SpeakerStats
    from pipeline.voices.naming import NamingEvidence

    said = NamingEvidence(start=1.0, said_by="SPEAKER_00", text="Silakan Pak Duta.", kind="hand-over")
    stats = dict(label="SPEAKER_01", talk_seconds=1, words=1, first_seen=0)
    assert SpeakerStats(name="H.E. Chalief Akbar", named_by="order", **stats).by_order_alone
    assert not SpeakerStats(name="H.E. Chalief Akbar", named_by="order", naming_evidence=[said], **stats).by_order_alone
    assert not SpeakerStats(name="H.E. Chalief Akbar", named_by="talk", naming_evidence=[said], **stats).by_order_alone
    assert not SpeakerStats(name="Speaker 3", named_by="order", **stats).by_order_alone  # no config name to check
    assert not SpeakerStats(name="Music 1", named_by="music", **stats).by_order_alone


def test_a_quantity_the_page_shows_carries_the_unit_its_point_gives():
    from pipeline.compare import PointNumber
    from pipeline.page import _quantity_shown

    assert _quantity_shown(PointNumber(value="5", unit="menit", heard=False, talk_says=["10"])) == "5 menit"
    assert _quantity_shown(PointNumber(value="4", heard=False, talk_says=["3"])) == "4"


def test_an_utterance_decoded_in_another_language_carries_its_own_lang(tmp_path):
    from fakes import make_day
    from pipeline.diarize import Diarization
    from pipeline.page import speaker_turns
    from pipeline.transcribe import Transcript

    _, paths = make_day(tmp_path / "configs", tmp_path / "outputs")
    transcript = read_artifact(paths.transcript, Transcript, "transcribe")
    diarization = read_artifact(paths.speakers, Diarization, "diarize")
    english = diarization.utterances[1].segment
    transcript.segments[english] = transcript.segments[english].model_copy(update={"language": "en"})
    languages = {u.index: u.language for turn in speaker_turns(transcript, diarization) for u in turn.utterances}
    assert {index for index, language in languages.items() if language} == {
        u.index for u in diarization.utterances if u.segment == english
    }
    assert set(languages.values()) == {None, "en"}  # the day's own language is the turn's, not repeated


def test_a_speaker_without_key_phrases_gets_a_line_not_an_empty_list(tmp_path):
    """A host who only greets and hands over has no key phrases (topics.json lists the voice with
    none); the page says why instead of an empty list under the name."""
    import json

    from fakes import make_day
    from pipeline.page import render_day
    from pipeline.runner import run_day

    config_path, paths = make_day(tmp_path / "configs", tmp_path / "outputs")
    config = load_config(config_path)
    list(run_day(config, paths))
    topics = json.loads(paths.topics.read_text())
    assert all(speaker["phrases"] for speaker in topics["per_speaker"])
    assert TEXTS["id"]["no_phrases"] not in page_text(paths.page.read_text())
    topics["per_speaker"][0]["phrases"] = []
    paths.topics.write_text(json.dumps(topics))
    html = render_day(config, paths).read_text()
    assert page_text(html).count(TEXTS["id"]["no_phrases"]) == 1
    assert '<ul class="phrases" lang="id">\n</ul>' not in html


def test_two_voices_whose_names_look_swapped_are_marked_in_the_speakers_table(tmp_path):
    """para-19's swapped names were told only among the report's warnings: the speakers table says
    under each of the two names which other name it may be swapped with."""
    import json

    from fakes import make_day
    from pipeline.page import render_day
    from pipeline.runner import run_day

    config_path, paths = make_day(tmp_path / "configs", tmp_path / "outputs")
    config = load_config(config_path)
    list(run_day(config, paths))
    assert 'class="name-doubt"' not in paths.page.read_text()
    comparison = json.loads(paths.comparison.read_text())
    one, other = (speaker.name for speaker in config.speakers[:2])
    crossed = {"one": one, "other": other, "one_as_other": 7, "other_as_one": 4, "own": 1}
    paths.comparison.write_text(json.dumps(comparison | {"crossed_names": [crossed]}))
    marks = re.findall(r'class="name-doubt">(.*?)</small>', render_day(config, paths).read_text())
    assert [re.sub(r"</?bdi>", "", mark) for mark in marks] == [
        TEXTS["id"]["name_doubt"].format(other=swapped) for swapped in (other, one)
    ]


def test_a_doubted_name_carries_its_mark_in_every_export(tmp_path):
    """From an archivist's reading of para-19: the swapped names were doubted on the speakers table,
    in the report's warnings and in summary.json, but transcript.txt, the WebVTT, the SRT, the
    page's headings and the index gave them with the by-order mark only, or none."""
    import json

    import srt

    from fakes import make_day
    from pipeline.index import refresh_archive
    from pipeline.page import page
    from pipeline.runner import run_day
    from pipeline.search import search_archive
    from pipeline.summary import summarize

    outputs = tmp_path / "outputs"
    config_path, paths = make_day(tmp_path / "configs", outputs)
    config = load_config(config_path)
    list(run_day(config, paths))
    comparison = json.loads(paths.comparison.read_text())
    one, other = (speaker.name for speaker in config.speakers[:2])
    crossed = {"one": one, "other": other, "one_as_other": 7, "other_as_one": 4, "own": 1}
    paths.comparison.write_text(json.dumps(comparison | {"crossed_names": [crossed]}))
    summarize(config, paths)
    page(config, paths)
    texts = TEXTS["id"]
    summary = json.loads(paths.summary.read_text())
    assert all(speaker["name_doubt"] for speaker in summary["speakers"])
    text = paths.transcript_txt.read_text()
    assert texts["doubt_note"].format(pairs=f"{one} ↔ {other}") in text.splitlines()
    headings = re.findall(r"^\[\d\d:\d\d:\d\d\] (.+):$", text, re.MULTILINE)
    assert headings and all(h.endswith(f" {texts['doubt_mark']}") for h in headings)
    vtt = paths.transcript_vtt.read_text()
    assert "NOTE " + texts["doubt_note"].format(pairs=f"{one} ↔ {other}") in vtt
    subtitles = list(srt.parse(paths.transcript_srt.read_text()))
    assert subtitles[0].content.split(":")[0].endswith(texts["name_caption"])
    # what the captions' one short mark means, where a reader of the SRT can find it
    assert "NOTE " + texts["name_caption_note"] in vtt and texts["name_caption_note"] in text.splitlines()
    html = paths.page.read_text()
    mark = f'<small class="name-doubt" title="{texts["doubt_mark"]}">{texts["doubt_short"]}</small>'
    assert f"<h3><bdi>{one}</bdi>" in html and all(f"<bdi>{name}</bdi>" in html for name in (one, other))
    # every heading, evidence and passage that names the voice (not the speakers table, which says it in
    # full, nor the report's word for whom it credits)
    voices = re.sub(re.escape(texts["report_credits"].split("{name}")[0]) + "<bdi>[^<]*</bdi>", "", html)
    voices = voices.split('id="speakers"')[0] + voices.split('id="speakers"')[1].split("</table>", 1)[1]
    for name in (one, other):
        shown = re.findall(rf"<bdi>{re.escape(name)}</bdi>((?: <small[^>]*>[^<]*</small>)*)", voices)
        assert shown and all(mark in marks for marks in shown), name
    refresh_archive(outputs, "id")
    index = (outputs / "index.html").read_text()
    assert index.count(f'<small class="name-doubt">{texts["doubt_mark"]}</small>') == 2
    (hit, *_) = search_archive(outputs, "diplomasi digital", words_only=True)
    assert hit.name_doubt and texts["doubt_mark"] in hit.lines()[0]


def test_a_name_the_order_gave_and_a_hand_over_confirms_shows_the_hand_over(tmp_path):
    """From an archivist's reading of para-8: the ambassador, named by the order with the host's
    "Pak Dutabesar, silakan." behind it in summary.json, was shown bare on the page."""
    import json

    from fakes import make_day
    from pipeline.page import render_day
    from pipeline.runner import run_day

    config_path, paths = make_day(tmp_path / "configs", tmp_path / "outputs")
    config = load_config(config_path)
    list(run_day(config, paths))
    speakers = json.loads(paths.speakers.read_text())
    voice, host = speakers["speakers"][0], speakers["speakers"][1]
    said = {"start": 1.0, "said_by": host["label"], "text": "Pak Dutabesar, silakan.", "kind": "hand-over"}
    voice["naming_evidence"] = [said]
    paths.speakers.write_text(json.dumps(speakers))
    table = render_day(config, paths).read_text().split('id="speakers"')[1].split("</table>")[0]
    assert f"{TEXTS['id']['named_by_order_heard']}: " in table and "<q" in table and "Pak Dutabesar, silakan." in table


def _run_with_a_long_diarize(tmp_path):
    """A day run whole, whose journal then says diarize's run took 31.81 s (its wait beside the
    transcription): the config's path, the config and the day's paths."""
    import hashlib
    import json

    from fakes import make_day
    from pipeline.runner import run_day

    config_path, paths = make_day(tmp_path / "configs", tmp_path / "outputs")
    config = load_config(config_path)
    list(run_day(config, paths))
    speakers_sha256 = hashlib.sha256(paths.speakers.read_bytes()).hexdigest()
    with paths.journal.open("a") as journal:
        journal.write(json.dumps({"stage": "diarize", "wall_seconds": 31.81, "record_sha256": speakers_sha256}) + "\n")
    return config_path, config, paths


def _summarised_after_a_long_diarize(tmp_path):
    """_run_with_a_long_diarize, then summarised again: the config and the day's paths."""
    from pipeline.runner import run_stage
    from pipeline.stages import STAGES

    _, config, paths = _run_with_a_long_diarize(tmp_path)
    run_stage(next(stage for stage in STAGES if stage.name == "summary"), config, paths)
    return config, paths


def test_the_provenance_says_what_made_the_records(tmp_path):
    """From an archivist's reading of r48's archive: the page's stage times were each record's own
    (para-8's diarize 0.1 s, 31.8 s in index.csv) without the summary's or a total, one version hid
    two builds of the code, and its "config hash" was the summary stage's key, not the config file's."""
    import hashlib
    import json

    from pipeline.page import render_day

    config_path, config, paths = _run_with_a_long_diarize(tmp_path)
    summary = json.loads(paths.summary.read_text())
    summary["provenance"]["stages"][0]["tools"]["lokakarya-source"] = "a7b2320e" + "0" * 56
    paths.summary.write_text(json.dumps(summary))
    html = render_day(config, paths).read_text()
    provenance = html.split('id="provenance"')[1]
    texts = TEXTS["id"]
    rows = re.findall(r"<tr><td>([^<]*)</td><td>[^<]*</td><td class=\"num\">([^<]*)</td>", provenance)
    stages = [stage for stage, _ in rows]
    assert stages[-2:] == [texts["stage_summary"], texts["total_wall"]] and texts["stage_diarize"] in stages
    assert dict(rows)[texts["stage_diarize"]] == "31,8 s"
    assert texts["code_differs"].split("{codes}")[0] in provenance and "a7b2320e" in provenance
    config_sha256 = hashlib.sha256(config_path.read_bytes()).hexdigest()
    assert f"{config_path.name}: {config_sha256[:12]}" in provenance
    assert summary["provenance"]["config_hash"][:12] in provenance  # the summary stage's key, labelled so


def test_the_summary_s_total_wall_is_its_records_runs_with_the_wait_beside_the_transcription(tmp_path):
    """summary.json's total_wall_seconds had added up the records' own walls, without the diarize
    stage's wait for its voice analysis beside the transcription (the demo: 88 s, where its run
    took 105 s): it adds up the walls journal.jsonl has for the runs that left the records, as the
    page and the index do (stages.journal_walls), each record's own where the journal has none."""
    import json

    from pipeline.stages import journal_walls

    _, paths = _summarised_after_a_long_diarize(tmp_path)
    provenance = json.loads(paths.summary.read_text())["provenance"]
    walls = journal_walls(paths)
    assert walls["diarize"] == 31.81
    expected = sum(walls.get(stage["stage"], stage["wall_seconds"]) for stage in provenance["stages"])
    assert provenance["total_wall_seconds"] == round(expected, 3)


def test_numbers_on_an_indonesian_page_have_a_decimal_comma():
    """ "0.7 MB" and a word's confidence "0.83" read as decimals only to an English reader: the
    Indonesian page writes "0,7 MB" and "0,83", the English one points; machine-read values (the
    player's times, the index's sort keys) keep the point."""
    assert (decimal(0.834, 2, "id"), decimal(0.834, 2, "en"), decimal(12.0, 1, "id")) == ("0,83", "0.83", "12,0")
    assert (_size(712_000, "id"), _size(712_000, "en"), _size(41_000, "id")) == ("0,7 MB", "0.7 MB", "41 kB")


def test_the_coverage_line_says_how_it_is_counted(tmp_path):
    """ "4 of 22 points covered, 2 partly (23 %)" could not be checked against the table below it
    (26 rows, 4 of them narration): the line says partly counts half and how many sentences
    narrating the event are left out.  The percentage comes first, alone: after the partly count it
    read as the partly points' share."""
    from fakes import make_day
    from pipeline.runner import run_day
    from pipeline.summary import Summary

    config_path, paths = make_day(tmp_path / "configs", tmp_path / "outputs")
    list(run_day(load_config(config_path), paths))
    comparison = read_artifact(paths.summary, Summary, "summary").comparison
    text = page_text(paths.page.read_text())
    counts = TEXTS["id"]["coverage_counts"].format(
        covered=comparison.covered, partly=comparison.partly, missing=comparison.missing, points=comparison.points
    )
    percent = round(comparison.coverage * 100)
    assert f"Cakupan laporan {percent} %: {counts}" in text and "(dihitung setengah)" in counts
    narration = TEXTS["id"]["coverage_narration"].format(narration=comparison.narration)
    assert (narration in text) == bool(comparison.narration)


def _every_stage_text() -> list[str]:
    """Each kind of warning and note the stages write that a page shows, made by the stages' own
    code: the recording's (download), the comparison's (compare)."""
    from types import SimpleNamespace

    from conftest import REPO
    from pipeline.compare import (
        ReportPoint,
        Span,
        compare_to_report,
        named_speakers,
        names_crossed,
    )
    from pipeline.download import _loudness_warnings, check_complete
    from pipeline.evaluate import truth_diarization
    from pipeline.text.points import report_points
    from pipeline.text.report import read_report
    from pipeline.text.report_warnings import another_days_report, language_problems, names_spelt_otherwise
    from pipeline.text.similarity import MAX_MEANING_POINTS
    from pipeline.truth import load_truth

    config = load_config(REPO / "configs" / "demo.yaml")
    words_alone = config.model_copy(update={"compare": config.compare.model_copy(update={"meaning": False})})
    texts = _loudness_warnings("talk.wav", SimpleNamespace(clipped_share=0.3, dc_offset=-0.25))
    texts += check_complete("talk.wav", "12 s of 60 s decoded", allow_incomplete=True)
    for day, indonesian, talk, across, foreign in (
        (config, False, True, True, ["bahawa", "kanggo"]),
        (config, False, True, True, []),
        (config.model_copy(update={"language": "en"}), True, True, False, []),
        (config, False, True, False, ["bahawa"]),
        (words_alone, False, True, False, []),
        (config, False, False, False, []),
    ):
        texts += language_problems(day, indonesian, talk, across, foreign, 3)
    other = "Prof. Hikmahanto Juwana menjelaskan tentang hukum laut internasional dan sengketa perbatasan."
    split = report_points(other).points
    texts.append(another_days_report(config, split, [named_speakers(t, config) for t, _ in split], None))
    crossed = [
        ReportPoint.model_construct(
            status="covered", attributed_to=credited, evidence=[Span.model_construct(speaker_name=voice)]
        )
        for credited, voice in [("Ayu", "Chalief")] * 2 + [("Chalief", "Ayu")] * 2
    ]
    texts.append(names_crossed(crossed).warning)
    misspelt = config.model_copy(deep=True)
    misspelt.speakers[0].name = "H.E. Chalif Akbar"
    texts += names_spelt_otherwise("H.E. Chalief Akbar menjelaskan diplomasi digital.", misspelt)
    truth = load_truth(config.truth_path)
    talk = truth_diarization(truth)
    truth.turns = truth.turns[:1]  # a short talk, that 223 points take no minute to compare with
    short_talk = truth_diarization(truth)
    unpunctuated = "".join(c for c in " ".join(read_report(config).split()[:200]) if c.isalnum() or c.isspace())
    many = " ".join(
        f"Poin ke {i} membahas diplomasi digital bagi kedutaan di negara sahabat."
        for i in range(MAX_MEANING_POINTS + 1)
    )
    english = "Digital diplomacy helps embassies protect citizens abroad during the pandemic."
    for day, said, report, furniture in (
        (words_alone, talk, unpunctuated, ()),
        (config, short_talk, many, ()),
        (words_alone, talk, english, ()),
        (config, talk, english, ()),
        (
            words_alone,
            talk,
            "Resep rendang membutuhkan santan kelapa, cabai merah dan daging sapi yang dimasak lama.",
            (),
        ),
        (
            words_alone,
            talk,
            "Acara Workshop Online Diplomasi diadakan melalui Zoom Meeting dan YouTube Universitas STEKOM. "
            "H.E. Chalief Akbar menjelaskan tentang diplomasi digital. Dan menciptakan solusi.",
            ["Baca juga: Diplomasi budaya", "SEMARANG –"],
        ),
    ):
        result = compare_to_report(day, said, None, report, list(furniture))
        texts += result["warnings"] + result["notes"]
    assert len(read_report(config)) and len(many.split(". ")) > MAX_MEANING_POINTS
    return texts


def test_every_stage_warning_and_note_the_page_shows_is_given_in_indonesian():
    """An Indonesian page gives each warning and note of the stages in Indonesian (the records keep
    them in English); only a decoder's own words on a damaged file stay English, marked so."""
    import re

    from pipeline.page import _in_indonesian, stage_text_in_indonesian

    texts = _every_stage_text()
    made = {
        "clipped",
        "DC offset",
        "INCOMPLETE",
        "matched by what the talk's utterances mean",
        "the day's language is",
        "say little (3 point(s)",
        "say little (compare.meaning: false)",
        "the talk does not look like Indonesian",
        "more than the sentence encoder reads",
        "lost punctuation",
        "it may be the report of another day",
        "of the report's words are English",
        "no sentence encoder for a report this short",
        "best match",
        "may be swapped",
        "every sentence of the report narrates",
        "short sentence(s)",
        "page's furniture",
        "one of them is misspelt",
    }
    assert {kind for kind in made if any(kind in text for text in texts)} == made
    for text in texts:
        shown = stage_text_in_indonesian(text)
        assert shown is not None, text
        english = re.findall(r'<span lang="en">(.*?)</span>', shown)
        assert english == (["12 s of 60 s decoded"] if "INCOMPLETE" in text else []), shown
        indonesian = re.sub(r"<span lang=\"en\">.*?</span>|'[^']*'|‘[^’]*’|„[^“]*“", "", str(shown))  # less quotes
        assert not re.search(r"\b(the|of|is|are|and)\b", indonesian), shown
    # a text the table does not give (an older record's, another stage's) is shown, marked English
    assert _in_indonesian("a warning of older code") == '<span lang="en">a warning of older code</span>'
    assert _in_indonesian("x & <y>") == '<span lang="en">x &amp; &lt;y&gt;</span>'


def test_a_repetition_loop_is_told_above_the_transcript_in_the_pages_language(tmp_path):
    """A loop the transcript writes (summary.json's transcript.repetitions) is told where the
    transcript starts, with a link to its time and its phrase."""
    from fakes import make_day
    from pipeline.artifacts import write_artifact
    from pipeline.diarize import Repetition
    from pipeline.page import render_day
    from pipeline.summary import Summary

    config_path, paths = make_day(tmp_path / "configs", tmp_path / "out")
    summary = read_artifact(paths.summary, Summary, "summary")
    loop = Repetition(start=4.2, end=8.9, phrase="ruang digita litu terlalu besar,", turns=7)
    summary.transcript.repetitions = [loop]
    write_artifact(paths.summary, summary)
    config = load_config(config_path)
    for language in ("id", "en"):
        render_day(config.model_copy(update={"page": config.page.model_copy(update={"language": language})}), paths)
        text = page_text(paths.page.read_text())
        said = TEXTS[language]["repetition"].split("{time}")[0]
        assert f"{said}00:00:04" in text and "ruang digita litu terlalu besar," in text and " 7 " in text


def test_a_missing_point_that_no_passage_comes_close_to_says_so(tmp_path):
    """A missing point links no passage where none reaches compare.CLOSE_MIN: the page says so rather
    than leave its evidence cell empty."""
    from fakes import make_day
    from pipeline.artifacts import write_artifact
    from pipeline.compare import Comparison
    from pipeline.page import page

    config_path, paths = make_day(tmp_path / "configs", tmp_path / "outputs")
    comparison = read_artifact(paths.comparison, Comparison, "compare")
    missing = comparison.points[1].model_copy(update={"evidence": []})
    write_artifact(paths.comparison, comparison.model_copy(update={"points": [comparison.points[0], missing]}))
    page(load_config(config_path), paths)
    shown = page_text(paths.page.read_text())
    assert "tidak ada bagian yang cukup dekat untuk ditautkan (peluang di bawah 4 %)" in shown
    assert "paling mirip:" not in shown and "bila peluangnya mencapai 4 %" in shown


def test_a_share_beside_a_threshold_is_never_rounded_across_it():
    """para-16's missing points at 0.0382 and 0.0365 read "4 %" beside "no passage close enough (chance
    under 4 %)": a share under a threshold it rounds up to reads "<4"; one at or over it, as the
    stage tests it, keeps its percent; so does one no threshold is near."""
    from pipeline.page import chance_thresholds
    from pipeline.text.formats import percent_beside

    thresholds = chance_thresholds(0.55)
    assert [percent_beside(share, thresholds) for share in (0.0382, 0.0365, 0.04, 0.0349)] == ["<4", "<4", "4", "3"]
    assert [percent_beside(share, thresholds) for share in (0.5449, 0.5451, 0.55, 0.8951, 0.2951)] == [
        "54",
        "<55",
        "55",
        "<90",
        "<30",
    ]
    assert percent_beside(0.5549, [0.555]) == "55" and percent_beside(0.5545, [0.554]) == "≥55.4"
    assert percent_beside(0.38) == "38" and percent_beside(1.0, thresholds) == "100"


def test_shares_shown_together_add_up_to_the_whole():
    """Rounded alone, para-4's talk shares came to 99 % and para-12's to 101 %; the largest
    remainders take the percent that is left, and shares that round to the whole stay as they were."""
    assert whole_percents([0.1734, 0.4933, 0.3333]) == [18, 49, 33]
    assert whole_percents([0.3962, 0.3263, 0.2774]) == [39, 33, 28]
    assert whole_percents([0.729, 0.271]) == [73, 27]
    assert whole_percents([1 / 3] * 3) == [34, 33, 33]
    assert whole_percents([]) == [] and whole_percents([0.0, 0.0]) == [0, 0]


def test_the_speakers_shares_on_the_page_add_up_to_the_whole(tmp_path):
    from fakes import make_day
    from pipeline.runner import run_day

    config_path, paths = make_day(tmp_path / "configs", tmp_path / "outputs")
    list(run_day(load_config(config_path), paths))
    html = paths.page.read_text()
    table = html[html.index('<section id="speakers">') : html.index("</table>", html.index('<section id="speakers">'))]
    shares = re.findall(r'<td class="num">(\d+) %</td>', table)
    assert shares and sum(map(int, shares)) == 100


def test_the_provenance_names_the_stages_in_the_pages_language_and_folds_the_hashes(tmp_path):
    """An Indonesian page had listed the stages by their ids ("download, transcribe, diarize") and
    the models with their hashes in its table; it names the stages in Indonesian, says what the
    hashes are for, and keeps models and hashes in a folded block."""
    from fakes import make_day
    from pipeline.runner import run_day

    config_path, paths = make_day(tmp_path / "configs", tmp_path / "outputs")
    list(run_day(load_config(config_path), paths))
    html = paths.page.read_text()
    section = html[html.index('<section id="provenance">') :]
    section = section[: section.index("</section>")]
    shown, folded = section.split("<details>")
    assert "transkripsi" in page_text(shown) and "pemisahan pembicara" in page_text(shown)
    assert TEXTS["id"]["provenance_hashes"] in page_text(shown)
    assert "sha256" not in shown.lower() and ">transcribe<" not in shown
    assert "sha256 audio" in folded


def test_every_stage_has_a_label_in_both_languages():
    from typing import get_args

    from pipeline.artifacts import RunStep

    for language in ("id", "en"):
        assert {f"stage_{step}" for step in get_args(RunStep)} <= TEXTS[language].keys()
    assert {f"stage_{stage}" for stage in STAGE_NAMES} <= TEXTS["id"].keys()


def test_evidence_across_voices_figures_beside_thresholds_heard_forms_and_point_numbers(tmp_path):
    """What an archivist held the page to (fiftieth round): a passage across a hand-over quotes each
    voice's part under its own name and time (demo-2's moderator's line had been put under Dr.
    Ayu's name); a missing point's chance of 0.0382 beside "under 4 %" reads "<4 %", not "4 %"; a
    heard word is listed with the words the talk says it in; and each row gives the point's number
    as the records do (from 0), with an id to link to."""
    from fakes import make_day
    from pipeline.artifacts import write_artifact
    from pipeline.compare import Comparison, evidence_span
    from pipeline.diarize import Diarization
    from pipeline.page import page

    config_path, paths = make_day(tmp_path / "configs", tmp_path / "outputs")
    comparison = read_artifact(paths.comparison, Comparison, "compare")
    diarization = read_artifact(paths.speakers, Diarization, "diarize")
    across = evidence_span(diarization.utterances[:2], diarization.names(), 0.9, heard=[0, 2])
    assert across.speaker == "SPEAKER_01" and len(across.parts) == 2
    said, missing = comparison.points
    heard = {"found_terms": ["digital"], "heard_as": {"digital": "di gital"}}
    said = said.model_copy(update={"status": "partly", "evidence": [across], **heard})
    # a missing point's found_terms (its closest passage's words) are the record's, not the page's: listed
    # as "heard" beside MISSING they read as part of the point said (the README had said the page lists them)
    missing = missing.model_copy(update={"evidence": [], "confidence": 0.0382, "found_terms": ["sesi"]})
    data = comparison.model_dump() | {"points": [said.model_dump(), missing.model_dump()], "covered": 0, "partly": 1}
    write_artifact(paths.comparison, Comparison.model_validate(data | {"coverage": 0.25}))
    for language, listed in (("id", "digital (diucapkan „di gital“)"), ("en", "digital (said “di gital”)")):
        config = load_config(config_path)
        page(config.model_copy(update={"page": config.page.model_copy(update={"language": language})}), paths)
        html = paths.page.read_text()
        table = html[html.index('id="comparison-table"') : html.index("</table>", html.index('id="comparison-table"'))]
        row = r"<tr class=\"(\w+)\" id=\"(point-\d+)\">\s*<td class=\"num\"><a href=\"#\2\">(\d+)</a>"
        rows = re.findall(row, table)
        assert rows == [("partly", "point-0", "0"), ("missing", "point-1", "1")]
        shown = page_text(table)
        host, guest = (f"{at} {name}" for at, name in (("00:00:00", "H.E. Chalief Akbar"), ("00:00:04", "Dr. Ayu")))
        assert host in shown and guest in shown and shown.index(host) < shown.index(guest)
        first, second = across.parts
        assert f"{first.text}" in shown and f"{second.text}" in shown
        quote = re.search(r'<p class="evidence">(.*?)</p>', table, re.DOTALL).group(1)
        assert quote.count("<q ") == 2  # each voice's words quoted apart, under its own name
        assert re.findall(r'<td class="num">([^<]*) %</td>', table) == ["90", "&lt;4"]  # the chances said
        assert listed in shown
        assert TEXTS[language]["heard_terms"].format(terms="sesi") not in shown


@pytest.mark.parametrize("seconds", [0.0, 12.34, 59.996, 59.9996, 3599.9995, 3723.4, 90000.0])
def test_a_time_link_plays_from_the_second_it_shows(seconds):
    """A link's data-t had been "%.2f" of the time and its label the time cut to its second, so
    59.996 s read 00:00:59 and played from 60.00; both now come from the time's millisecond."""
    assert clock(float(moment(seconds))) == clock(seconds)
    assert milliseconds(float(moment(seconds))) == milliseconds(seconds)


def test_a_summary_copied_without_its_journal_is_no_hand_edit(tmp_path):
    """total_wall_seconds comes from journal.jsonl, which is no input the summary's record names: a
    day copied or restored without its journal (demo-2, this round: 27.959 s where the records' own add
    up to 27.31) had been called "damaged ... (edited by hand?)" and its summary made again."""

    from pipeline.summary import Summary, remade_differs

    config, paths = _summarised_after_a_long_diarize(tmp_path)
    paths.journal.unlink()
    summary = Summary.model_validate_json(paths.summary.read_text())
    assert remade_differs(summary, config, paths) is None
    summary.provenance.stages[0].wall_seconds += 1.0  # a record's own figure is still checked
    assert "wall_seconds" in (remade_differs(summary, config, paths) or "")


def test_a_quote_of_evidence_is_not_cut_before_a_word_the_point_heard_there():
    """What an archivist found (fifty-seventh round): para-13's point 14 listed "catatan" as heard
    while its quote ended "... selesai, tulis…", the word cut off after it.  A said point's quote
    runs on to the last word heard in it; a missing point's closest passage, whose words the row
    does not list, is cut at its share as before, and so is a said point's whose words are in view."""
    from pipeline.compare import ReportPoint, Span
    from pipeline.page import QUOTE_CHARS, _environment, _quoted_parts

    said = (
        "Malu sekali saya. Terusnya apa namanya pesan sahibu atian masih buta, Cangan bahwa perasaan pribadi "
        "kemejar runding, Dan setiap pertemuhan selesai, tulis catatan rasilnya, Cangan cuma mengandalkan ingatan,"
    )
    span = Span(start=121.0, end=150.0, speaker="SPEAKER_01", speaker_name="Hendarto", text=said, confidence=0.84)
    heard = {"found_terms": ["pribadi", "perundingan", "catatan"], "heard_as": {"perundingan": "runding"}}
    point = ReportPoint.model_construct(status="partly", **heard)
    env = _environment("id")
    (quoted,) = _quoted_parts(env, span, point)
    assert quoted.text == said[: said.index(" rasilnya")] + "…"
    (closest,) = _quoted_parts(env, span, point.model_copy(update={"status": "missing"}))
    (in_view,) = _quoted_parts(env, span, point.model_copy(update={"found_terms": ["pribadi"], "heard_as": {}}))
    assert closest.text == in_view.text == env.filters["truncate"](said, QUOTE_CHARS)
    assert "catatan" not in closest.text and closest.text.endswith("tulis…")


def test_a_quote_runs_on_to_a_heard_word_only_so_far_and_in_time():
    """The review's (fifty-seventh round): a heard word at the end of a 2,000-character part had
    taken 0.78 s to find (each word count's whole prefix normalised, once per heard word; 67 s for
    20,000 characters, 25 ms now) and put all 2,000 characters on the page.  A quote runs on at most
    QUOTE_CHARS past its share, and a number said in words is found where it is said whole.  The
    20,000-character part is a hang guard, its bound far above the linear read on a busy machine."""
    import time

    from pipeline.compare import ReportPoint, Span
    from pipeline.page import QUOTE_CHARS, _environment, _quoted_parts

    env = _environment("id")
    filler = " ".join(["mereka bilang begitu"] * 100)  # 2,099 characters
    far = filler + " lalu tulis catatan rasilnya"
    near = filler[:200] + " tulis catatan, dua ribu tujuh belas. " + filler[200:]
    point = ReportPoint.model_construct(
        status="covered", found_terms=["catatan", "2017", "tahun", "bilang"], heard_as={"tahun": "tahunnya"}
    )
    long_far = " ".join(["mereka bilang begitu"] * 950) + " lalu tulis catatan rasilnya"
    for text in (long_far, far, near):
        span = Span(start=0.0, end=90.0, speaker="SPEAKER_00", speaker_name="Hendarto", text=text, confidence=0.8)
        started = time.process_time()
        (quoted,) = _quoted_parts(env, span, point)
        assert time.process_time() - started < 5
        assert len(quoted.text) <= 2 * QUOTE_CHARS + 1 and quoted.text.endswith("…")
    assert quoted.text.endswith("tulis catatan, dua ribu tujuh belas.…")
    (far_quoted,) = _quoted_parts(env, span.model_copy(update={"text": far}), point)
    assert far_quoted.text == env.filters["truncate"](far, QUOTE_CHARS)  # "catatan" beyond the reach: cut as before


def test_a_notes_report_sentences_are_quoted_on_the_page_as_the_report_writes_them():
    """What an archivist found (fifty-seventh round): the notes gave the report's sentences as the
    stage quotes them, Python's literals, "'Sesi ditutup dengan tanya jawab.'." on 17 of the 22
    bundled days' pages (a no-break space would read "\\xa0").  The Indonesian page gives each
    as written between its own quote marks, and a note ends in one full stop."""
    from markupsafe import Markup

    from pipeline.page import _environment
    from pipeline.text.formats import quoted

    sentences = ["Sesi ditutup dengan tanya jawab.", "Doa\xa0penutup oleh Ma'ruf."]
    short = "2 short sentence(s) of the report were not compared (under 4 content words): " + "; ".join(
        map(quoted, sentences)
    )
    narrated = (
        "every sentence of the report narrates the event (who spoke, where, how it was held): all 3 are compared "
        "as content, as the report says nothing else to look for"
    )
    note = "{{ t.report_note | filled(note=note | stages_words) | stopped }}"
    page = _environment("id").from_string(note)
    assert Markup(page.render(note=short)).unescape() == (
        "Catatan: 2 kalimat pendek laporan tidak dibandingkan (kurang dari 4 kata isi): "
        "„Sesi ditutup dengan tanya jawab.“; „Doa\xa0penutup oleh Ma'ruf.“"
    )
    assert page.render(note=narrated).endswith("tidak menyebut hal lain untuk dicari.")
    english = _environment("en").from_string(note).render(note=short)
    assert Markup(english).unescape() == (
        "Note: 2 short sentence(s) of the report were not compared (under 4 content words): "
        "“Sesi ditutup dengan tanya jawab.”; “Doa\xa0penutup oleh Ma'ruf.”"
    )


def test_a_notes_quotes_that_only_look_like_literals_are_left_as_they_are():
    """The review's (fifty-seventh round): a hand-edited comparison.json's note ("'\\N'", which
    Python reads as no literal) had broken the page's build, and the apostrophes of "Jum'at dan
    Ma'ruf" had read as quote marks; an English text the table does not give, ending in a stop, had
    read ".</span>." on the Indonesian page."""
    from markupsafe import Markup

    from pipeline.page import _as_written, _environment, _stopped

    assert _as_written("Jum'at \\N x'") == "Jum'at \\N x'"
    assert _as_written("'\\N x'; 'Sesi.'") == "'\\N x'; „Sesi.“"
    assert _as_written("Jum'at dan Ma'ruf") == "Jum'at dan Ma'ruf"
    assert _as_written("'Jum\\'at dan Ma\\'ruf'") == "„Jum'at dan Ma'ruf“"
    edited = "1 short sentence(s) of the report were not compared (under 4 content words): 'Doa \\N'"
    note = "{{ t.report_note | filled(note=note | stages_words) | stopped }}"
    for language in ("id", "en"):
        assert _environment(language).from_string(note).render(note=edited).endswith("&#39;Doa \\N&#39;.")
    assert _stopped(Markup('Catatan: <span lang="en">an older note.</span>')).endswith("note.</span>")


def test_a_name_the_report_spells_otherwise_is_quoted_as_written_in_both_languages():
    """The review's (fifty-seventh round): compare's note on a speaker's name spelt otherwise quotes
    the report and the config, and the Indonesian page had shown it in English with Python's
    quotes."""
    from markupsafe import Markup

    from conftest import REPO
    from pipeline.page import _environment
    from pipeline.text.report_warnings import names_spelt_otherwise

    config = load_config(REPO / "configs" / "demo.yaml")
    config.speakers[0].name = "H.E. Chalif Akbar"
    (misspelt,) = names_spelt_otherwise("H.E. Chalief Akbar menjelaskan.", config)
    note = "{{ t.report_note | filled(note=note | stages_words) | stopped }}"
    shown = {
        language: Markup(_environment(language).from_string(note).render(note=misspelt)).unescape()
        for language in ("id", "en")
    }
    assert shown["id"] == (
        "Catatan: laporan mengeja „Chalief Akbar“ untuk pembicara yang dinamai „H.E. Chalif Akbar“ oleh "
        "konfigurasi (speakers.0.name): salah satunya salah eja."
    )
    assert shown["en"] == (
        "Note: the report spells “Chalief Akbar” the speaker the config names “H.E. Chalif Akbar” "
        "(speakers.0.name): one of them is misspelt."
    )
