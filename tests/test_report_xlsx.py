"""report.xlsx read back with openpyxl: sheets, values, formats, links, hostile text."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from datetime import datetime
from io import BytesIO

import pytest
from openpyxl import load_workbook

from dedup.report.xlsx_report import EURO, render_xlsx
from tests.report_fixtures import HOSTILE, big_city, hostile_city, small_city

SHEETS = {
    "fi": ["Yhteenveto", "Suositukset", "Päällekkäisyysryhmät", "Sama tuote monessa yksikössä",
           "Toiminto × yksikkö", "Järjestelmät", "Hylätyt rivit", "Havainnot",
           "Kohdistamattomat tarkoitukset", "Oletukset"],
    "en": ["Summary", "Recommendations", "Clusters", "Same product, many depts",
           "Function × department", "Systems", "Rejected rows", "Findings", "Unmapped purposes",
           "Assumptions"],
}  # fmt: skip


def _book(analysis, lang="fi", rich=False):
    return load_workbook(BytesIO(render_xlsx(analysis, lang)), rich_text=rich)


def _rows(ws):
    return [list(r) for r in ws.iter_rows(values_only=True)]


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_sheets_frozen_headers_and_filters(lang):
    wb = _book(small_city(), lang)
    assert wb.sheetnames == SHEETS[lang]
    for ws in wb.worksheets[1:]:
        assert ws.freeze_panes in ("A2", "B2"), ws.title
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), ws.title
        assert ws.column_dimensions["A"].width > 5
    assert all(len(name) <= 31 for name in SHEETS[lang])


def test_systems_sheet_keeps_every_system_with_product_functions_time_and_place():
    wb = _book(small_city(), "en")
    rows = _rows(wb["Systems"])
    head, body = rows[0], rows[1:]
    assert head[:7] == ["Id", "Name", "Vendor", "Department", "Sector", "Product", "Functions"]
    assert [r[0] for r in body] == [f"S{i}" for i in range(1, 9)]
    s5 = dict(zip(head, body[4], strict=True))
    assert s5["Product"] == "Primus"
    assert s5["Functions"] == "Pupil and student administration; Early childhood education"
    assert s5["Sector"] == "Kasvatuksen ja koulutuksen toimiala"
    assert s5["TIME"] == "Invest"
    assert s5["Source"] == "inventaario.xlsx:Järjestelmät!6"
    assert s5["Annual cost €"] == "unknown"  # unknown is a word, never 0
    ws = wb["Systems"]
    assert ws["H2"].value == 120000 and ws["H2"].number_format == EURO
    assert ws["J2"].value == datetime(2027, 6, 30) and ws["J2"].number_format == "yyyy-mm-dd"


def test_finnish_number_and_date_formats():
    ws = _book(small_city(), "fi")["Suositukset"]
    head = [c.value for c in ws[1]]
    r1 = {h: c for h, c in zip(head, ws[2], strict=True)}
    assert r1["Tunnus"].value == "R1"
    assert r1["Säästö €/v"].value == 95000 and r1["Säästö €/v"].number_format == EURO
    assert r1["Aloitettava viimeistään"].number_format == "d.m.yyyy"
    assert r1["Kustannus tiedossa"].number_format == "0%"
    r2 = {h: c.value for h, c in zip(head, ws[3], strict=True)}
    assert r2["Säästö €/v"] == "ei tiedossa" and r2["Takaisinmaksu (v)"] == "ei tiedossa"


def test_cluster_evidence_is_in_the_readers_language():
    assert _book(small_city(), "fi")["Päällekkäisyysryhmät"]["H2"].value == (
        "Effica ja Pegasos: potilastiedot"
    )
    assert (
        _book(small_city(), "en")["Clusters"]["H2"].value == "Effica and Pegasos: patient records"
    )
    # no Finnish lines given: the English ones are shown rather than nothing
    assert _book(small_city(), "fi")["Päällekkäisyysryhmät"]["H3"].value == (
        "Primus ja Wilma: oppilashallinto"
    )


def test_recommendation_cluster_links_to_its_cluster_row_and_back():
    wb = _book(small_city(), "en")
    recs, clusters = wb["Recommendations"], wb["Clusters"]
    link = recs["C2"].hyperlink
    assert recs["C2"].value == "C1" and link.location == "'Clusters'!A2"
    assert clusters["A2"].value == "C1"
    back = clusters["I2"].hyperlink
    assert clusters["I2"].value == "R1" and back.location == "'Recommendations'!A2"
    licences = _rows(wb["Same product, many depts"])
    products = {r[0]: r for r in licences[1:]}
    assert set(products) == {"Effica", "Primus", "Microsoft 365"}
    assert products["Microsoft 365"][2] == 2 and products["Microsoft 365"][7] == "R3"
    assert products["Primus"][5] == 40000  # known part of the cost
    assert products["Primus"][6] == 0.5  # half of its systems have a known cost


def test_matrix_counts_products_and_has_colour_scale():
    ws = _book(small_city(), "en")["Function × department"]
    rows = _rows(ws)
    assert rows[0][0] == "Function" and "Terveysvirasto" in rows[0]
    col = rows[0].index("Terveysvirasto")
    patient = next(r for r in rows if r[0] == "Patient records")
    assert patient[col] == 2  # Effica and Pegasos in the same department
    rules = [r for cf in ws.conditional_formatting for r in cf.rules]
    assert rules and rules[0].type == "colorScale"


def test_summary_figures_sentences_and_chart():
    wb = _book(small_city(), "en")
    ws = wb["Summary"]
    figures = {r[0]: r[1] for r in _rows(ws) if r and r[0]}
    assert figures["Systems"] == 8
    assert figures["Products now → after the recommendations"] == "5 → 3"
    assert figures["Savings per year"] == 106000
    assert figures["Investment"] == 215000
    assert figures["Systems with known annual cost"] == 0.75
    assert any(str(k).startswith("Annual cost is known for 6 of 8") for k in figures)
    assert len(ws._charts) == 1
    assert wb["Assumptions"]["B3"].value == 5


def test_hostile_text_is_plain_strings_never_formulas():
    data = render_xlsx(hostile_city(), "en")
    with zipfile.ZipFile(BytesIO(data)) as z:
        sheets = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/")]
    assert not any("<f>" in s or "<f " in s for s in sheets)  # no formula anywhere
    wb = load_workbook(BytesIO(data))
    seen = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    seen.add(cell.value)
                    if cell.value[:1] in ("=", "+", "-", "@") or cell.value == "#N/A":
                        assert cell.data_type == "s" and cell.quotePrefix, (ws.title, cell.value)
    for text in ('=HYPERLINK("http://x","y")', "<script>alert(1)</script>",
                 "[x](javascript:alert(1))", "+cmd|' /C calc'!A0", "@SUM(A1)", "#N/A",
                 "evil⟨U+202E⟩gnp.exe", "zero⟨U+200B⟩width", "⟨U+0009⟩Tab⟨U+000D⟩CR"):  # fmt: skip
        assert text in seen, text
    assert not any(re.search("[\u202e\u200b\x07\t\r]", v) for v in seen)
    assert len(HOSTILE) > 10


def test_same_analysis_same_bytes_and_language_checked():
    assert render_xlsx(small_city()) == render_xlsx(small_city())
    assert render_xlsx(small_city(), "fi") != render_xlsx(small_city(), "en")
    with pytest.raises(ValueError, match="fi, en"):
        render_xlsx(small_city(), "sv")


def test_many_systems_stream_into_the_workbook():
    wb = load_workbook(BytesIO(render_xlsx(big_city(1500), "en")), read_only=True)
    assert sum(1 for _ in wb["Systems"].iter_rows(values_only=True)) == 1501
    assert sum(1 for _ in wb["Findings"].iter_rows(values_only=True)) == 151


def test_streamed_sheets_keep_text_exact_and_xml_valid():
    """The big sheets' rows are written as raw XML: every awkward text must read back."""
    awkward = ("  leading and trailing  ", "line\nbreak", "a & b < c > d",
               'quote " and \' apos', "non\ufffecharacter\uffff", "=1+1", "-5", "#N/A",
               "x" * 40000, "ääkköset €")  # fmt: skip
    base = small_city()
    systems = tuple(
        replace(s, name=awkward[i % len(awkward)], purpose=awkward[(i + 3) % len(awkward)])
        for i, s in enumerate(base.systems)
    )
    findings = tuple(
        replace(f, message=awkward[i % len(awkward)]) for i, f in enumerate(base.findings)
    )
    a = replace(base, systems=systems, findings=findings)
    data = render_xlsx(a, "en")
    wb = load_workbook(BytesIO(data))
    names = [c.value for c in wb["Systems"]["B"][1:]]
    expected = [
        "x" * 32766 + "…" if len(t) > 32767 else t.replace("\ufffe", "⟨U+FFFE⟩")
        .replace("\uffff", "⟨U+FFFF⟩")
        for t in (s.name for s in systems)
    ]  # fmt: skip
    assert names == expected
    for cell in wb["Systems"]["B"][1:]:
        formula_like = cell.value[:1] in ("=", "-", "#")
        assert cell.data_type == "s" and bool(cell.quotePrefix) == formula_like, cell.value
    messages = [c.value for c in wb["Findings"]["D"][1:]]
    assert messages[: len(findings)] == [expected_text(f.message) for f in findings]


def expected_text(text: str) -> str:
    text = text.replace("\ufffe", "⟨U+FFFE⟩").replace("\uffff", "⟨U+FFFF⟩")
    return text if len(text) <= 32767 else text[:32766] + "…"


def test_streamed_rows_use_the_workbook_styles():
    """Numbers and dates in streamed rows carry the same formats as openpyxl's cells."""
    wb = _book(small_city(), "fi")
    ws = wb["Järjestelmät"]
    costs = [c for c in ws["H"][1:] if isinstance(c.value, int | float)]
    dates = [c for c in ws["J"][1:] if c.value is not None]
    assert costs and all(c.number_format == EURO for c in costs)
    assert dates and all(c.number_format == "d.m.yyyy" and isinstance(c.value, datetime)
                         for c in dates)  # fmt: skip
    assert ws["A1"].font.bold  # the header row is openpyxl's, styled
    users = [c.value for c in ws["I"][1:] if c.value is not None]
    assert users and all(isinstance(u, int) for u in users)
