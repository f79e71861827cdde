"""report.html: escaping, CSP, caps, and the page run in headless Chromium (offline)."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from dedup.report.html_report import ROW_CAP, csp_hash, render_html
from tests.report_fixtures import big_city, hostile_city, small_city

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


def _html(analysis, lang="fi") -> str:
    return render_html(analysis, lang).decode("utf-8")


def test_one_inline_script_allowed_by_its_hash_and_nothing_fetched():
    page = _html(small_city())
    scripts = SCRIPT.findall(page)
    assert len(scripts) == 1 and page.count("<script") == 1
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp and "img-src data:" in csp
    assert f"script-src '{csp_hash(scripts[0])}'" in csp and "unsafe-inline'; img" not in csp
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//|@import|url\(""", page)
    assert 'xmlns="http://www.w3.org/2000/svg"' in page  # the only URL: a namespace name


def test_hostile_names_are_escaped_and_hidden_characters_shown():
    page = _html(hostile_city(), "en")
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'href="javascript' not in page and "<a " not in page.split("<main>")[1]
    assert "evil⟨U+202E⟩gnp.exe" in page and "zero⟨U+200B⟩width" in page
    assert not re.search("[\u202e\u200b\u2066\x07\t\r]", page)
    assert "=HYPERLINK(&#34;http://x&#34;,&#34;y&#34;)" in page
    assert "&amp;#x202E;entity" in page  # an entity in the input stays visible text


def test_summary_speaks_plainly_and_unknown_is_not_zero():
    page = _html(small_city(), "en")
    assert "Savings are €106,000 a year against an investment of €215,000" in page
    assert "Start with: R1 (2025-Q3): Effica replaces Pegasos" in page
    assert "Who pays the investment:" in page and "central funding €5,000" in page
    assert '<td data-v="" class="num">unknown</td>' in page
    for title in ("Savings and investment per recommendation", "Roadmap by quarter",
                  "Number of products by sector and function", "Largest clusters"):  # fmt: skip
        assert f"<h3>{title}</h3>" in page
    assert page.count('role="img"') == 5 and page.count("<desc id=") == 5


def test_systems_table_is_capped_with_a_pointer_to_the_workbook():
    page = _html(big_city(ROW_CAP + 500), "en")
    body = page.split('id="t-systems"')[1].split("</table>")[0]
    assert body.count("<tr>") == ROW_CAP + 1
    assert f"The table shows {ROW_CAP} of {ROW_CAP + 500} rows" in page and "report.xlsx" in page


def test_same_analysis_same_bytes():
    assert render_html(small_city()) == render_html(small_city())
    assert _html(small_city(), "fi").startswith('<!DOCTYPE html>\n<html lang="fi">')


def _chromium(tmp_path: Path, html: str, *args: str) -> subprocess.CompletedProcess:
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'profile'}",
         "--enable-logging=stderr", "--v=0", *args, page.as_uri()],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip


browser = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (CI installs it)")


@browser
@pytest.mark.browser
@pytest.mark.parametrize("fixture", [small_city, hostile_city])
def test_page_runs_in_chromium_without_csp_violations(tmp_path, fixture):
    run = _chromium(tmp_path, _html(fixture()), "--dump-dom")
    dom = run.stdout
    assert 'data-ready="1"' in dom, run.stderr[-2000:]  # the hashed script ran
    assert 'data-csp-violations=""' in dom
    assert ":CONSOLE" not in run.stderr  # no console message: no error, no CSP report
    assert "<script>alert" not in dom
    if fixture is hostile_city:
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom


@browser
@pytest.mark.browser
def test_csp_blocks_a_fetch_and_the_page_reports_it(tmp_path):
    """The detector the test above relies on really sees violations."""
    page = _html(small_city()).replace(
        "<main>", '<main><img alt="" src="http://127.0.0.1:9/x.png">', 1
    )
    run = _chromium(tmp_path, page, "--dump-dom")
    dom = run.stdout
    assert ":CONSOLE" in run.stderr and "Content Security Policy" in run.stderr
    assert 'data-ready="1"' in dom
    assert re.search(r'data-csp-violations="img-src http://127\.0\.0\.1:9/x\.png"', dom)


@browser
@pytest.mark.browser
def test_screenshot_renders(tmp_path):
    shot = tmp_path / "shot.png"
    analysis = replace(small_city(), inputs=("inventaario.xlsx",))
    _chromium(tmp_path, _html(analysis), f"--screenshot={shot}", "--window-size=1280,2000")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000
