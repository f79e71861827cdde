"""report.md against golden files; safety helpers and the language layer."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from dedup.report.md_report import render_md
from dedup.report.safe import md_text, needs_text_cell, safe_url, visible
from dedup.report.text import LABELS, default_lang, fmt_eur, guess_lang, label
from tests.report_fixtures import HOSTILE, hostile_city, small_city

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_markdown_matches_golden(lang):
    """Regenerate after an intended change with UPDATE_GOLDEN=1 pytest tests/test_report_md.py."""
    text = render_md(small_city(), lang).decode("utf-8")
    path = GOLDEN / f"report_{lang}.md"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_markdown_hostile_names_stay_text():
    text = render_md(hostile_city(), "en").decode("utf-8")
    assert not re.search(r"(?<!\\)<script>", text)
    assert not re.search(r"(?<!\\)\]\(javascript", text)
    assert "\\<script\\>alert(1)\\</script\\>" in text
    assert "\\[x\\](javascript:alert(1))" in text
    assert "evil⟨U+202E⟩gnp.exe" in text and "\u202e" not in text and "\u200b" not in text
    rows = [line for line in text.splitlines() if re.match(r"\| R\d ", line)]
    assert len(rows) == 3
    for line in rows:  # an escaped pipe never opens a column
        assert len(re.findall(r"(?<!\\)\|", line)) == 14


def test_markdown_without_recommendations_says_so():
    from dataclasses import replace

    text = render_md(replace(small_city(), recommendations=()), "en").decode()
    assert "There is not enough overlap" in text and text.endswith("No rows.\n")


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("evil\u202egnp.exe", "evil⟨U+202E⟩gnp.exe"),
        ("a\u200bb\u2066c\ufeff", "a⟨U+200B⟩b⟨U+2066⟩c⟨U+FEFF⟩"),
        ("bell\x07\x00", "bell⟨U+0007⟩⟨U+0000⟩"),
        ("line\nbreak", "line\nbreak"),
        ("Päivähoito ÅÄÖ €", "Päivähoito ÅÄÖ €"),
        (None, ""),
    ],
)
def test_visible_shows_hidden_characters(raw, shown):
    assert visible(raw) == shown


@pytest.mark.parametrize("text", HOSTILE)
def test_md_text_escapes_every_hostile_name(text):
    out = md_text(text)
    assert "\n" not in out and "\r" not in out
    assert not re.search(r"(?<!\\)[\[\]<>|`*_]", out)
    assert not re.match(r"[#=+\-@]", out)


def test_formula_detection_and_urls():
    for text in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "#N/A", "#REF!"):
        assert needs_text_cell(text), text
    for text in ("Effica", "", "1-2", "a=b"):
        assert not needs_text_cell(text), text
    assert safe_url("https://hel.fi/x?a=1") == "https://hel.fi/x?a=1"
    for text in ("javascript:alert(1)", "file:///etc/passwd", "https://x\u202e.fi", "http://a b",
                 'http://x"onmouseover=1', None, "data:text/html,x"):  # fmt: skip
        assert safe_url(text) is None, text


def test_every_label_exists_in_both_languages():
    assert set(LABELS["fi"]) == set(LABELS["en"])
    assert label("fi", "rows_capped", shown=1, total=2).startswith("Taulukossa")
    assert fmt_eur(None, "fi") == "ei tiedossa" and fmt_eur(None, "en") == "unknown"
    assert fmt_eur(1234567.4, "fi") == "1 234 567 €" and fmt_eur(1234567.4, "en") == "€1,234,567"


def test_default_language_follows_the_inventory():
    assert default_lang(small_city()) == "fi"
    assert guess_lang(["Department of Public Works", "Finance Office", "Human Resources"]) == "en"
    assert guess_lang(["Kaupunginkanslia", "Opetusvirasto", "Finance Office"]) == "fi"
    assert guess_lang([]) == "fi"
