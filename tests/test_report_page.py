"""The day page and the index, opened in headless Chromium (Debian's, driven by Playwright)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import DEMO_CONFIG, invoke

pytestmark = pytest.mark.slow
CHROMIUM = Path("/usr/bin/chromium")
HOSTILE = '<script>document.title="pwned"</script><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("chromium is missing: `make test` installs it (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        yield browser
        browser.close()


def _open(browser, page_file: Path, javascript: bool = True):
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(page_file.resolve().as_uri())
    return page, problems, requests


@pytest.fixture(scope="module")
def hostile_day(demo_day, tmp_path_factory):
    """The demo day's artifacts with a transcript line that tries to run script."""
    paths, _ = demo_day
    outputs = tmp_path_factory.mktemp("hostile")
    shutil.copytree(paths.root, outputs / "demo")
    speakers_file = outputs / "demo" / "speakers.json"
    speakers = json.loads(speakers_file.read_text())
    speakers["words"][0]["word"] = HOSTILE
    speakers["utterances"][0]["text"] = HOSTILE
    speakers_file.write_text(json.dumps(speakers))
    assert invoke("--outputs", outputs, "summary", DEMO_CONFIG).exit_code == 0
    result = invoke("--outputs", outputs, "report", DEMO_CONFIG)
    assert result.exit_code == 0, result.output
    return outputs


def test_run_prints_the_page_path(demo_day):
    paths, output = demo_day
    assert output.strip().splitlines()[-1] == f"page: {paths.page}"


def test_day_page_renders_cleanly(demo_day, browser, tmp_path):
    paths, _ = demo_day
    page, problems, requests = _open(browser, paths.page)
    assert problems == []
    assert all(url.startswith("file://") for url in requests), "pages must carry no external resources"
    assert page.locator("#timeline svg").count() == 1
    points = json.loads(paths.comparison.read_text())["points"]
    assert page.locator("#comparison-table tbody tr").count() == len(points)
    missing = sum(p["status"] == "missing" for p in points)
    assert page.locator("#comparison-table tr.missing").count() == missing
    assert page.locator("mark.low").count() > 0, "low-confidence words are marked"
    first_topic_link = page.locator("#topics a.time").first.get_attribute("href")
    assert page.locator(first_topic_link).count() == 1, "topic times link into the transcript"
    page.screenshot(path=str(paths.root / "page.png"), full_page=True)
    shutil.copy(paths.root / "page.png", tmp_path / "page.png")


def test_content_reads_with_javascript_off(demo_day, browser):
    paths, _ = demo_day
    page, problems, _ = _open(browser, paths.page, javascript=False)
    text = page.inner_text("body")
    assert "H.E. Chalief Akbar" in text and "MISSING" in text and problems == []


def test_transcript_text_is_escaped(hostile_day, browser):
    page, problems, _ = _open(browser, hostile_day / "demo" / "index.html")
    assert problems == [] and page.title() != "pwned"
    assert HOSTILE in page.inner_text("#transcript")


def test_index_lists_days_and_sorts(hostile_day, browser):
    page, problems, _ = _open(browser, hostile_day / "index.html")
    assert problems == []
    assert page.locator("#days tbody tr").count() == 1
    assert page.locator("#days a").first.get_attribute("href") == "demo/index.html"
    page.locator("#days th").first.click()
    assert page.locator("#days th").first.get_attribute("data-order") == "asc"
