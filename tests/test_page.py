"""The day page and the index, opened in headless Chromium (Debian's, driven by Playwright),
checked by the Nu HTML Checker and axe-core (both installed by `make test` into .tools/)."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import srt
import webvtt

from conftest import DEMO_CONFIG, REPO, invoke, write_config
from pipeline.config import load_config
from pipeline.index import refresh_archive
from pipeline.page import render_day
from test_captions import check_limits, vtt_spans

pytestmark = pytest.mark.slow
CHROMIUM = Path("/usr/bin/chromium")
TOOLS = REPO / ".tools" / "node_modules"
VNU = TOOLS / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE = TOOLS / "axe-core" / "axe.min.js"
HOSTILE = '<script>document.title="pwned"</script><img src=x onerror=alert(1)>'
PHONE = {"width": 375, "height": 740}
SEEK_TOLERANCE = 0.5
# `LOKAKARYA_SCREENSHOTS=docs .venv/bin/pytest tests/test_page.py` refreshes the README's pictures.
SCREENSHOTS = os.environ.get("LOKAKARYA_SCREENSHOTS")
SCREENSHOT_VIEWPORTS = {"day-page.png": {"width": 1000, "height": 1100}, "index.png": {"width": 1280, "height": 840}}


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("chromium is missing: `make test` installs it (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--autoplay-policy=no-user-gesture-required",
            ],
        )
        yield browser
        browser.close()


def _open(browser, page_file: Path, javascript: bool = True, viewport: dict | None = None, fragment: str = ""):
    context = browser.new_context(java_script_enabled=javascript, **({"viewport": viewport} if viewport else {}))
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(page_file.resolve().as_uri() + fragment)
    return page, problems, requests


@pytest.fixture(scope="module")
def hostile_day(demo_day, tmp_path_factory):
    """The demo day's artifacts with a transcript line that tries to run script."""
    from fakes import edit_words

    paths, _ = demo_day
    outputs = tmp_path_factory.mktemp("hostile")
    shutil.copytree(paths.root, outputs / "demo")
    edit_words(outputs / "demo", lambda index, word: HOSTILE if index == 0 else word)
    # The stages that read speakers.json see it changed and run again; nothing before it does.
    result = invoke("--outputs", outputs, "run", DEMO_CONFIG)
    assert result.exit_code == 0, result.output
    assert "transcribe: up to date" in result.output and "diarize: up to date" in result.output, result.output
    return outputs


@pytest.fixture(scope="module")
def archive_index(demo_day, tmp_path_factory):
    """outputs/index.html over the demo day, a day whose recording is not one (failed) and a day
    whose comparison warns (the day-10 report given to a day of two other speakers)."""
    from fakes import make_day_of_another_report

    paths, _ = demo_day
    outputs = paths.root.parent
    folder = tmp_path_factory.mktemp("broken")
    (folder / "talk.wav").write_text("not a recording")
    config = write_config(folder, id="broken-day", title="Hari yang gagal")
    assert invoke("--outputs", outputs, "run", config).exit_code == 1
    make_day_of_another_report(folder / "configs", outputs)
    refresh_archive(outputs)
    return outputs / "index.html"


def test_run_prints_the_page_path(demo_day):
    """The day's page, then the archive's over all days (which `run` had written and not named)."""
    paths, output = demo_day
    assert output.strip().splitlines()[-2:] == [
        f"page: {paths.page}",
        f"archive page: {paths.root.parent / 'index.html'}",
    ]


def test_day_page_renders_cleanly(demo_day, browser):
    paths, _ = demo_day
    page, problems, requests = _open(browser, paths.page)
    assert problems == []
    assert all(url.startswith("file://") for url in requests), "pages must carry no external resources"
    assert page.locator("#timeline svg").count() == 1
    points = json.loads(paths.comparison.read_text())["points"]
    assert page.locator("#comparison-table tbody tr").count() == len(points)
    missing = sum(p["status"] == "missing" for p in points)
    assert page.locator("#comparison-table tr.missing").count() == missing
    comparison = json.loads(paths.comparison.read_text())
    listed = page.locator("#comparison > ul > li").count(), page.locator("#comparison details li").count()
    assert listed == (len(comparison["unreported_passages"]), len(comparison["housekeeping_passages"]))
    assert page.locator("mark.low").count() > 0, "low-confidence words are marked"
    first_topic_link = page.locator("#topics a.time").first.get_attribute("href")
    assert page.locator(first_topic_link).count() == 1, "topic times link into the transcript"


def test_content_reads_with_javascript_off(demo_day, browser):
    paths, _ = demo_day
    page, problems, _ = _open(browser, paths.page, javascript=False)
    text = page.inner_text("body")
    assert "H.E. Chalief Akbar" in text and "tidak ditemukan" in text and problems == []
    link = page.locator("#comparison-table a.time").first
    target = link.get_attribute("href")
    link.click()
    assert page.url.endswith(target) and page.locator(f"#transcript {target}").count() == 1


def test_transcript_text_is_escaped(hostile_day, browser):
    page, problems, _ = _open(browser, hostile_day / "demo" / "index.html")
    assert problems == [] and page.title() != "pwned"
    assert HOSTILE in page.inner_text("#transcript")


def test_index_lists_days_and_sorts(hostile_day, browser):
    page, problems, _ = _open(browser, hostile_day / "index.html")
    assert problems == []
    assert page.locator("#days tbody tr").count() == 1
    assert page.locator("#days a").first.get_attribute("href") == "demo/index.html"
    hrefs = [a.get_attribute("href") for a in page.locator("#days tbody a").all()]
    assert {"demo/audio.webm", "demo/summary.json", "demo/transcript.vtt", "demo/transcript.srt"} <= set(hrefs)
    for _ in range(30):  # tab along (past the archive tables' links) until a sort button has the focus
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.closest('#days th') !== null"):
            break
    page.keyboard.press("Enter")
    assert page.locator("#days th").first.get_attribute("aria-sort") == "ascending"
    page.keyboard.press("Enter")
    assert page.locator("#days th").first.get_attribute("aria-sort") == "descending"
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid", "keyboard focus is visible"


def test_report_point_time_plays_the_evidence(demo_day, browser):
    paths, _ = demo_day
    page, problems, _ = _open(browser, paths.page)
    points = json.loads(paths.comparison.read_text())["points"]
    evidence = next(p["evidence"][0] for p in points if p["status"] == "covered")
    link = page.locator("#comparison-table tr.covered").first.locator("a.time").first
    link.click()
    page.wait_for_function("() => !document.getElementById('player').paused")
    page.wait_for_function("() => document.querySelector('#transcript .playing') !== null")
    now = page.evaluate("() => document.getElementById('player').currentTime")
    assert abs(now - evidence["start"]) < SEEK_TOLERANCE
    playing = page.locator("#transcript .playing")
    assert playing.get_attribute("id") == link.get_attribute("href")[1:]
    assert playing.is_visible() and problems == []


def test_a_time_link_opened_in_a_new_tab_stays_a_link(demo_day, browser):
    """From an audit: a Ctrl- or Shift-click on a time link, to keep the moment in a tab of its own,
    played it here instead and opened nothing."""
    paths, _ = demo_day
    page, problems, _ = _open(browser, paths.page)
    link = page.locator("#comparison-table a.time").first
    for modifier in ("Control", "Shift"):
        with page.context.expect_page() as opened:
            link.click(modifiers=[modifier])
        assert opened.value.url.endswith(link.get_attribute("href"))
        opened.value.close()
    assert page.evaluate("() => document.getElementById('player').paused") and problems == []


def test_a_page_opened_at_an_utterance_plays_from_it(demo_day, browser):
    """From an audit: a time link kept or opened in a new tab showed the utterance, but the player
    played the day from its start."""
    paths, _ = demo_day
    utterance = json.loads(paths.speakers.read_text())["utterances"][12]
    page, problems, _ = _open(browser, paths.page, fragment=f"#u{utterance['index']}")
    cued = page.evaluate("() => document.getElementById('player').currentTime")
    assert cued == pytest.approx(utterance["start"], abs=0.01)
    assert page.evaluate("() => document.getElementById('player').paused") and problems == []


@pytest.mark.parametrize("fragment", ["#%", "#%E0%A4%A", "#u99999", "#u1x", "#"])
def test_a_page_opened_at_no_utterance_plays_from_the_start(demo_day, browser, fragment):
    """From the round's review: an address no utterance has stays at the start, and a malformed one
    ("#%") had thrown in the script (decodeURIComponent), which then never marked the utterance playing."""
    paths, _ = demo_day
    page, problems, _ = _open(browser, paths.page, fragment=fragment)
    assert page.evaluate("() => document.getElementById('player').currentTime") == 0 and problems == []


def test_captions_track_holds_every_cue(demo_day, browser):
    paths, _ = demo_day
    cues = webvtt.from_buffer(io.StringIO(paths.transcript_vtt.read_text()))
    page, problems, _ = _open(browser, paths.page)
    page.wait_for_function("() => document.querySelector('#player track').readyState === 2")
    assert page.evaluate("() => document.getElementById('player').textTracks[0].cues.length") == len(cues)
    assert problems == []


def test_demo_captions_keep_the_limits(demo_day):
    paths, _ = demo_day
    cues = list(webvtt.from_buffer(io.StringIO(paths.transcript_vtt.read_text())))
    check_limits([c.text.split("\n") for c in cues], vtt_spans(cues))
    assert all(c.voice for c in cues)
    subtitles = list(srt.parse(paths.transcript_srt.read_text()))
    check_limits(
        [s.content.split("\n") for s in subtitles],
        [(s.start.total_seconds(), s.end.total_seconds()) for s in subtitles],
    )


def test_pages_validate(demo_day, archive_index):
    if not VNU.exists():
        pytest.fail("vnu-jar is missing: `make test` installs it (npm, Java)")
    paths, _ = demo_day
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", str(paths.page), str(archive_index)],
        capture_output=True,
        text=True,
    )
    errors = [m for m in json.loads(result.stderr)["messages"] if m["type"] != "info"]
    assert errors == []


@pytest.mark.parametrize("viewport", [None, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("which", ["day", "index"])
def test_pages_pass_axe_and_fit_a_phone(demo_day, archive_index, browser, which, viewport):
    if not AXE.exists():
        pytest.fail("axe-core is missing: `make test` installs it (npm)")
    paths, _ = demo_day
    page, problems, _ = _open(browser, paths.page if which == "day" else archive_index, viewport=viewport)
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']}))"
        ".violations.map(v => `${v.id} (${v.impact}): ${v.nodes.length}`)"
    )
    assert violations == []
    assert page.locator("header").count() == 1 and page.locator("main").count() == 1
    assert page.locator("nav").count() >= 1
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    assert problems == []


def test_english_interface_on_request(demo_day, browser, tmp_path):
    paths, _ = demo_day
    shutil.copytree(paths.root, tmp_path / "demo")
    config = load_config(DEMO_CONFIG)
    config.page.language = "en"
    page_file = render_day(config, type(paths)(tmp_path / "demo"))
    page, _, _ = _open(browser, page_file)
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("#transcript .turn p").first.get_attribute("lang") == "id"
    assert "Transcript" in page.inner_text("#transcript h2") and "MISSING" in page.inner_text("#comparison")


def test_index_marks_the_day_whose_comparison_warns(archive_index, browser):
    page, problems, _ = _open(browser, archive_index)
    assert page.locator("#days details.warning").count() == 1
    marked = page.locator("#days tr", has=page.locator("details.warning"))
    assert "other-speakers" in marked.inner_text() and "1 peringatan tentang laporan" in marked.inner_text()
    marked.locator("summary").click()
    # the stage's English warning in the index's Indonesian (page_text.STAGE_TEXTS)
    assert "mungkin ini laporan hari lain" in marked.locator("details li").inner_text()
    assert "1 hari dengan peringatan tentang laporan" in page.inner_text("#totals") and problems == []


def test_index_lists_the_failed_day(archive_index, browser):
    page, problems, _ = _open(browser, archive_index)
    failed = page.locator("#days tr.failed")
    assert failed.count() == 1 and "Hari yang gagal" in failed.inner_text()
    assert "not a readable audio or video file" in failed.inner_text() and problems == []


def test_screenshots_for_the_readme(demo_day, archive_index, browser):
    if not SCREENSHOTS:
        pytest.skip("set LOKAKARYA_SCREENSHOTS=docs to refresh the README's screenshots")
    paths, _ = demo_day
    folder = Path(SCREENSHOTS)
    folder.mkdir(parents=True, exist_ok=True)
    for page_file, name in ((paths.page, "day-page.png"), (archive_index, "index.png")):
        page, _, _ = _open(browser, page_file, viewport=SCREENSHOT_VIEWPORTS[name])
        page.screenshot(path=str(folder / name))
