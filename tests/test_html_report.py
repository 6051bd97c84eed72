"""The HTML report in a real headless Chromium: highlights on the right
words, details on click, filters that hide, and no script from the article."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from lint.cli import main

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
ARTICLE = """# Knee care

Take the the tablets with food. Stress can make sugar diabetes worse.

<script>document.title = "hacked"</script>
"""


def report(write, tmp_path) -> Path:
    path = write("knee.md", ARTICLE)
    target = tmp_path / "report.html"
    main(["check", path, "--format", "html", "--output", str(target), "--no-cache"])
    return target


def test_report_is_self_contained_and_escaped(write, tmp_path):
    page = report(write, tmp_path).read_text(encoding="utf-8")
    assert "http://" not in page.replace("http://www.w3.org", "") and "https://" not in page
    assert "&lt;script&gt;document.title" in page
    assert 'data-rule="grammar/repeated-word"' in page


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_report_in_a_real_browser(write, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    target = report(write, tmp_path)
    ARTIFACTS.mkdir(exist_ok=True)
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        try:
            page = browser.new_page()
            page.goto(target.as_uri())
            assert page.title() == "healthlint report"  # the article's script did not run
            repeated = page.locator('mark[data-rule="grammar/repeated-word"]')
            assert repeated.inner_text() == "the the"
            assert page.locator('mark[data-rule="terminology/deprecated-term"]').inner_text() == "sugar diabetes"
            repeated.click()
            assert "Repeated word" in page.locator("#details").inner_text()
            assert "Suggestion: the" in page.locator("#details").inner_text()
            page.screenshot(path=str(ARTIFACTS / "html-report.png"), full_page=True)
            page.locator('input[data-category="grammar"]').uncheck()
            assert "hidden-category" in repeated.get_attribute("class")
            term = page.locator('mark[data-rule="terminology/deprecated-term"]')
            assert "hidden-category" not in term.get_attribute("class")
            page.locator('input[data-category="grammar"]').check()
            assert "hidden-category" not in repeated.get_attribute("class")
            repeated.focus()
            page.keyboard.press("Enter")
            assert "Repeated word" in page.locator("#details").inner_text()
        finally:
            browser.close()
    assert os.path.getsize(ARTIFACTS / "html-report.png") > 1000
