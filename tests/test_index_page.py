"""The index over days lists failed days with their reason; the interface language and its texts."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from conftest import invoke, write_config
from pipeline.artifacts import DayPaths, read_journal
from pipeline.config import ConfigError, load_config
from pipeline.page_text import TEXTS
from pipeline.report import render_index
from pipeline.runner import stage_runs


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def page_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def test_a_failed_day_is_journalled_and_listed_with_its_reason(tmp_path):
    (tmp_path / "talk.wav").write_text("not audio")
    config = write_config(tmp_path, title="Hari yang gagal")
    outputs = tmp_path / "outputs"
    assert invoke("--outputs", outputs, "run", config).exit_code == 1
    paths = DayPaths.for_day(outputs, "test-day")
    failure = read_journal(paths)[-1]
    assert failure["stage"] == "download" and "not a readable audio or video file" in failure["reason"]
    assert stage_runs(paths) == [], "a failure is not a stage run"
    text = page_text(render_index(outputs).read_text())
    assert "Hari yang gagal" in text and "gagal pada tahap download" in text
    assert "not a readable audio or video file" in text
    assert "1 hari: 0 selesai, 1 gagal" in text


def test_index_in_english_on_request(tmp_path):
    outputs = tmp_path / "outputs"
    (outputs / "day-x").mkdir(parents=True)
    (outputs / "day-x" / "journal.jsonl").write_text('{"stage": "download", "wall_seconds": 1}\n')
    html = render_index(outputs, "en").read_text()
    assert '<html lang="en">' in html and "not finished" in page_text(html)


def test_both_languages_say_everything():
    assert TEXTS["id"].keys() == TEXTS["en"].keys()


def test_page_language_follows_the_day_unless_set(tmp_path):
    assert load_config(write_config(tmp_path)).page_language == "id"
    assert load_config(write_config(tmp_path, language="en")).page_language == "en"
    assert load_config(write_config(tmp_path, page={"language": "en"})).page_language == "en"
    with pytest.raises(ConfigError, match="page.language"):
        load_config(write_config(tmp_path, page={"language": "fr"}))
    with pytest.raises(ConfigError, match="unknown field 'page.lang'"):
        load_config(write_config(tmp_path, page={"lang": "en"}))


def test_the_page_option_does_not_invalidate_the_stages(tmp_path):
    plain = load_config(write_config(tmp_path))
    english = load_config(write_config(tmp_path, page={"language": "en"}))
    assert plain.hash == english.hash
