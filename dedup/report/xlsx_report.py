"""report.xlsx: the working copy for architects, one sheet per question, every row kept.

openpyxl (write-only) builds the workbook: structure, styles, charts, links, filters and
the small sheets. The big sheets (systems, findings, rejected rows) get only their header
row from openpyxl; their data rows are written as sheet XML by `_RawRows` and spliced into
the zip while openpyxl writes it, because openpyxl's per-cell cost (~15 µs) would make
100k systems take 20 s. Both paths apply the same rule to input text (`_Book.text`:
visible, cut at Excel's limit, and an explicit string cell with quotePrefix when a
spreadsheet would take it for a formula), and the raw rows use the style ids openpyxl
registered for the same named styles, so formats are the same. The zip and the document
properties carry one fixed timestamp (1980-01-01), so the same Analysis gives the same bytes.
"""

from __future__ import annotations

import math
import re
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from copy import copy
from datetime import date, datetime
from io import BytesIO
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.writer.excel import ExcelWriter

from dedup.analysis import Analysis
from dedup.report.charts import product_matrix
from dedup.report.safe import needs_text_cell, visible
from dedup.report.text import (
    check_lang,
    evidence_in,
    headline,
    label,
    payer_name,
    reasons_in,
    roadmap_order,
    summary_lines,
    term,
)

FIXED_TIME = (1980, 1, 1, 0, 0, 0)
MAX_CELL = 32767
EURO = '#,##0 "€"'
DATES = {"fi": "d.m.yyyy", "en": "yyyy-mm-dd"}


class _FixedZip(ZipFile):
    """A ZipFile whose entries all carry one fixed timestamp (deterministic bytes).

    `raw` maps a worksheet part name to rows to splice into it: when openpyxl hands over
    that sheet's XML, the rows are streamed in just before `</sheetData>`.
    """

    raw: dict[str, _RawRows]

    def _info(self, name: str) -> ZipInfo:
        info = ZipInfo(name, date_time=FIXED_TIME)
        info.compress_type = ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        return info

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo_or_arcname = self._info(zinfo_or_arcname)
        super().writestr(zinfo_or_arcname, data)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        rows = getattr(self, "raw", {}).get(arcname)
        if rows is not None:
            with open(filename, "rb") as src:
                xml = src.read()
            info = self._info(arcname)
            info._compresslevel = RAW_COMPRESSLEVEL  # type: ignore[attr-defined]
            with self.open(info, "w", force_zip64=rows.count > ZIP64_ROWS) as dst:
                rows.splice(xml, dst.write)
            return
        with open(filename, "rb") as src, self.open(self._info(arcname), "w") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)


RAW_COMPRESSLEVEL = 1
"""zlib level for the big sheets: level 1 is several times faster than 6 on sheet XML,
for a file about 15% larger."""
ZIP64_ROWS = 200_000
"""Above this many rows a sheet part may pass 4 GB unpacked: write it with Zip64 headers."""
_XML_ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_NOT_XML = re.compile("[\ufffe\uffff]")
"""Not characters in XML 1.0 and not hidden by `visible`: shown the same way."""
_XML_SPECIAL = re.compile("[&<>\ufffe\uffff]")
_EMPTY_SHEET_DATA = re.compile(rb"<sheetData\s*/>")


class _Styled(tuple):
    """A (value, style name) cell for `_RawRows`: a number or date in a named format."""

    __slots__ = ()


class _RawRows:
    """Data rows of one sheet, written as sheet XML straight into the zip.

    Each row is a sequence of cells: None (empty), `str` (input text, with the same rule
    as `_Book.text`), a number, a bool, or `_Styled((value, style))` for a number, date
    or text in one of the book's named styles. Rows are produced lazily, while the zip is
    written, so the sheet never exists in memory as cells.

    Notes
    -----
    O(cells); one f-string per cell. Fragments of repeated texts are cached (bounded).
    """

    CACHE = 200_000

    def __init__(self, book: _Book, first_row: int, count: int, rows: Iterable[Sequence]):
        self.book = book
        self.first_row = first_row
        self.count = count
        self.rows = rows
        self._text: dict[str, str] = {}
        self._styled: dict[tuple, str] = {}

    def splice(self, xml: bytes, write: Callable[[bytes], object]) -> None:
        """Write openpyxl's sheet XML with the rows inserted at the end of sheetData."""
        cut = xml.rfind(b"</sheetData>")
        if cut < 0:
            empty = _EMPTY_SHEET_DATA.search(xml)
            if empty is None:
                raise ValueError("worksheet XML without sheetData")
            write(xml[: empty.start()] + b"<sheetData>")
            self._write_rows(write)
            write(b"</sheetData>" + xml[empty.end() :])
            return
        write(xml[:cut])
        self._write_rows(write)
        write(xml[cut:])

    def _write_rows(self, write: Callable[[bytes], object]) -> None:
        letters: list[str] = []
        out: list[str] = []
        number = self.first_row
        text, cell, cached = self.text, self.cell, self._text.get
        for row in self.rows:
            while len(letters) < len(row):
                letters.append(get_column_letter(len(letters) + 1))
            out.append(f'<row r="{number}">')
            for letter, value in zip(letters, row, strict=False):
                if value is None:
                    continue
                frag = (cached(value) or text(value)) if type(value) is str else cell(value)
                if frag:
                    out.append(f'<c r="{letter}{number}"{frag}')
            out.append("</row>")
            number += 1
            if len(out) > 20_000:
                write("".join(out).encode())
                out.clear()
        if out:
            write("".join(out).encode())
        self._text.clear()
        self._styled.clear()

    def text(self, value: str) -> str:
        """The cell XML after `<c r=".."` for input text: never a formula, always visible."""
        frag = self._text.get(value)
        if frag is None:
            if not value:
                return ""
            shown = self.book.shown(value)
            style = self.book.style_id("text") if needs_text_cell(shown) else None
            frag = _inline(shown, style)
            if len(self._text) < self.CACHE:
                self._text[value] = frag
        return frag

    def cell(self, value: object) -> str:
        if isinstance(value, _Styled):
            frag = self._styled.get(value)
            if frag is None:
                frag = self._styled[value] = self._styled_cell(*value)
            return frag
        if isinstance(value, bool):
            return f' t="b"><v>{int(value)}</v></c>'
        if isinstance(value, int | float):
            return _number(value, None)
        if isinstance(value, date):
            return self._styled_cell(value, "date")
        return self.text(str(value))

    def _styled_cell(self, value: object, style: str) -> str:
        if isinstance(value, str):  # text keeps the text rule; styles are for numbers
            return self.text(value)
        sid = self.book.style_id(style)
        if isinstance(value, date):
            return _number(to_excel(value), sid)
        return _number(value, sid)


def _inline(text: str, style: int | None) -> str:
    """An inline string cell: escaped, whitespace kept, in the style (None: default)."""
    s = "" if not style else f' s="{style}"'
    if _XML_SPECIAL.search(text):
        text = _NOT_XML.sub(_show_code, text.translate(_XML_ESCAPE))
    space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
    return f'{s} t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _show_code(match: re.Match[str]) -> str:
    return f"⟨U+{ord(match.group()):04X}⟩"


def _number(value: float, style: int | None) -> str:
    """A number cell as openpyxl writes it (%.16g); NaN and infinity leave it empty."""
    if isinstance(value, float) and not math.isfinite(value):
        return ""
    s = "" if not style else f' s="{style}"'
    return f'{s} t="n"><v>{value:.16g}</v></c>'


class _Book:
    """The workbook being written, with its prepared styles and the text-cell rule."""

    def __init__(self, lang: str):
        self.lang = lang
        self.wb = Workbook(write_only=True)
        self.wb.properties.created = self.wb.properties.modified = datetime(*FIXED_TIME)
        self.wb.properties.creator = "dedup"
        probe = self.wb.create_sheet("probe")
        self.styles = {}
        for name, setup in {
            "head": {"font": Font(bold=True, color="FFFFFF"),
                     "fill": PatternFill("solid", fgColor="34495E"),
                     "alignment": Alignment(wrap_text=True, vertical="top")},
            "title": {"font": Font(bold=True, size=16)},
            "bold": {"font": Font(bold=True)},
            "text": {"quotePrefix": True},
            "euro": {"number_format": EURO},
            "date": {"number_format": DATES[lang]},
            "pct": {"number_format": "0%"},
            "years": {"number_format": "0.0"},
            "link": {"font": Font(color="0563C1", underline="single")},
        }.items():  # fmt: skip
            cell = WriteOnlyCell(probe)
            for attr, value in setup.items():
                setattr(cell, attr, value)
            self.styles[name] = cell._style
        self.wb.remove(probe)
        self.raw: list[tuple[object, _RawRows]] = []
        self._style_ids: dict[str, int] = {}

    def style_id(self, style: str) -> int:
        """The workbook's cell-format index of a named style (what openpyxl writes as s=)."""
        sid = self._style_ids.get(style)
        if sid is None:
            sid = self._style_ids[style] = self.wb._cell_styles.add(copy(self.styles[style]))
        return sid

    def shown(self, value: object) -> str:
        """Input text as a cell shows it: hidden characters made visible, cut at Excel's limit."""
        s = visible(value)
        return s if len(s) <= MAX_CELL else s[: MAX_CELL - 1] + "…"

    def rows(self, ws, count: int, rows: Iterable[Sequence]) -> None:
        """Stream `count` data rows into `ws` below what openpyxl wrote (see `_RawRows`)."""
        self.raw.append((ws, _RawRows(self, 2, count, rows)))

    def cell(self, ws, value, style: str) -> WriteOnlyCell:
        """A styled cell; a string is always stored as text (never a formula)."""
        c = WriteOnlyCell(ws)
        c._style = copy(self.styles[style])
        if isinstance(value, str):
            c._value, c.data_type = visible(value)[:MAX_CELL], "s"
            if needs_text_cell(c._value):
                c.quotePrefix = True
        else:
            c.value = value
        return c

    def text(self, ws, value: object):
        """Input text as a plain string cell; never a formula, error code or hidden char."""
        if value is None:
            return None
        s = self.shown(value)
        if not needs_text_cell(s):
            return s
        c = WriteOnlyCell(ws)
        c._style = copy(self.styles["text"])
        c._value, c.data_type = s, "s"
        return c

    def num(self, ws, value: float | None, style: str):
        """A number in the style, or the word for unknown (never a zero)."""
        if value is None:
            return label(self.lang, "unknown")
        return self.cell(ws, value, style)

    def date(self, ws, value):
        return None if value is None else self.cell(ws, value, "date")

    def link(self, ws, text: str | None, sheet: str, row: int | None):
        """Text linking to a row of another sheet (internal links only)."""
        if text is None or row is None:
            return self.text(ws, text)
        c = self.cell(ws, text, "link")
        c.hyperlink = Hyperlink(ref="", location=f"'{sheet}'!A{row}", display=visible(text))
        return c

    def sheet(self, title: str, headers: Sequence[str], widths: Sequence[int], freeze="A2"):
        ws = self.wb.create_sheet(title[:31])
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        for i, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = width
        if freeze:
            ws.freeze_panes = freeze
        if headers:
            ws.append([self.cell(ws, h, "head") for h in headers])
        return ws


def _table(book: _Book, ws, n_cols: int, n_rows: int) -> None:
    """Autofilter over the header and the rows written."""
    ws.auto_filter.ref = f"A1:{get_column_letter(max(n_cols, 1))}{max(n_rows, 1) + 1}"


def _join(items: Iterable[object]) -> str:
    return "; ".join(str(x) for x in items)


class _Names:
    """Lookups shared by the sheets: product and function names, sheet rows to link to."""

    def __init__(self, a: Analysis, lang: str):
        self.product = {p.id: p.name for p in a.products}
        attr = "label_fi" if lang == "fi" else "label_en"
        self.function = {f.id: getattr(f, attr) or f.label_en or f.id for f in a.functions}
        self.recs = roadmap_order(a.recommendations)
        self.rec_row = {r.id: i + 2 for i, r in enumerate(self.recs)}
        self.cluster_row = {c.id: i + 2 for i, c in enumerate(a.clusters)}
        self.cluster_rec = {r.cluster: r.id for r in self.recs if r.cluster is not None}

    def products(self, ids: Iterable[str]) -> str:
        return _join(self.product.get(p, p) for p in ids)

    def functions(self, ids: Iterable[str]) -> str:
        return _join(self.function.get(f, f) for f in ids)


def _summary(book: _Book, a: Analysis, n: _Names) -> None:
    lang = book.lang
    ws = book.sheet(label(lang, "summary"), [], [48, 22, 22, 40], freeze=None)
    h = headline(a)
    head = lambda *texts: [book.cell(ws, x, "head") for x in texts]  # noqa: E731
    rows: list[list] = [
        [book.cell(ws, label(lang, "title"), "title")],
        [label(lang, "subtitle")],
        [label(lang, "inputs"), book.text(ws, ", ".join(a.inputs))],
        [],
        head(label(lang, "col_figure"), label(lang, "col_value")),
    ]
    figures = [
        ("h_systems", h.systems, None), ("h_departments", h.departments, None),
        ("h_sectors", h.sectors, None),
        ("h_products", f"{h.products_before} → {h.products_after}", None),
        ("h_overlaps", h.overlaps, None), ("h_clusters", h.clusters, None),
        ("h_recommendations", h.recommendations, None),
        ("h_savings", h.savings, "euro"), ("h_investment", h.investment, "euro"),
        ("h_payback", h.payback_years, "years"), ("h_cost_known", h.cost_known_share, "pct"),
        ("h_rejected", h.rejected, None),
    ]  # fmt: skip
    for key, value, style in figures:
        rows.append([label(lang, key), book.num(ws, value, style) if style else value])
    rows.append([])
    rows.extend([book.text(ws, line)] for line in summary_lines(h, n.product, lang, visible))
    rows.append([])
    start = len(rows) + 1
    rows.append(head(label(lang, "col_recommendation"), label(lang, "legend_savings"),
                     label(lang, "legend_investment")))  # fmt: skip
    top = sorted(n.recs, key=lambda r: (-(r.annual_savings_eur or 0), r.id))[:15]
    for r in top:
        sav, inv = r.annual_savings_eur, r.investment_eur
        rows.append([
            book.text(ws, f"{r.id} {n.product.get(r.keep, r.keep)}"),
            None if sav is None else book.cell(ws, sav, "euro"),
            None if inv is None else book.cell(ws, inv, "euro"),
            label(lang, "unknown") if sav is None or inv is None else None,
        ])  # fmt: skip
    for row in rows:
        ws.append(row)
    if top:
        chart = BarChart()
        chart.type = "bar"
        chart.title = label(lang, "chart_money")
        chart.height, chart.width = 4 + len(top) * 0.9, 18
        data = Reference(ws, min_col=2, max_col=3, min_row=start, max_row=start + len(top))
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=start + 1, max_row=start + len(top)))
        chart.y_axis.numFmt = EURO
        chart.x_axis.scaling.orientation = "maxMin"
        ws.add_chart(chart, "F2")


def _recommendations(book: _Book, a: Analysis, n: _Names, systems: dict[str, str]) -> None:
    lang = book.lang
    keys = ("id", "kind", "cluster", "keep", "retire", "retire_systems", "scope", "sector",
            "payer", "savings", "investment", "payback", "net5y", "cost_known", "start_by",
            "wave", "tender_now", "reasons", "decisions")  # fmt: skip
    widths = (7, 16, 9, 24, 28, 30, 16, 24, 22, 14, 14, 10, 14, 10, 12, 10, 9, 60, 40)
    ws = book.sheet(label(lang, "recommendations"), [label(lang, f"col_{k}") for k in keys], widths)
    clusters = label(lang, "clusters")
    for r in n.recs:
        t = book.text
        ws.append([
            t(ws, r.id), term(lang, "kind", r.kind),
            book.link(ws, r.cluster, clusters, n.cluster_row.get(r.cluster)),
            t(ws, n.product.get(r.keep, r.keep)), t(ws, n.products(r.retire)),
            t(ws, _join(f"{s} {systems.get(s, '')}".strip() for s in r.retire_systems)),
            term(lang, "scope", r.scope), t(ws, r.sector),
            t(ws, payer_name(r.payer, lang)) if r.payer else None,
            book.num(ws, r.annual_savings_eur, "euro"), book.num(ws, r.investment_eur, "euro"),
            book.num(ws, r.payback_years, "years"), book.num(ws, r.net_5y_eur, "euro"),
            book.cell(ws, r.cost_known_share, "pct"), book.date(ws, r.start_by), t(ws, r.wave),
            label(lang, "yes" if r.tender_now else "no"), t(ws, _join(reasons_in(r, lang))),
            t(ws, _join(r.decisions)),
        ])  # fmt: skip
    _table(book, ws, len(keys), len(n.recs))


def _clusters(book: _Book, a: Analysis, n: _Names) -> None:
    lang = book.lang
    keys = ("id", "scope", "products", "functions", "departments", "sectors", "similarity",
            "evidence", "recommendation")  # fmt: skip
    widths = (8, 16, 36, 36, 40, 30, 12, 60, 14)
    ws = book.sheet(label(lang, "clusters"), [label(lang, f"col_{k}") for k in keys], widths)
    recs = label(lang, "recommendations")
    for c in a.clusters:
        rec = n.cluster_rec.get(c.id)
        t = book.text
        ws.append([
            t(ws, c.id), term(lang, "scope", c.scope), t(ws, n.products(c.products)),
            t(ws, n.functions(c.functions)), t(ws, _join(c.departments)),
            t(ws, _join(c.sectors)), book.cell(ws, c.similarity, "pct"),
            t(ws, _join(evidence_in(c, lang))), book.link(ws, rec, recs, n.rec_row.get(rec)),
        ])  # fmt: skip
    _table(book, ws, len(keys), len(a.clusters))


def _licences(book: _Book, a: Analysis, n: _Names) -> None:
    """Products whose systems sit in several departments: one contract could serve all."""
    lang = book.lang
    groups: dict[str, list] = {}
    for s in a.systems:
        if s.product is not None:
            g = groups.setdefault(s.product, [set(), 0, 0.0, 0])
            g[0].add(s.unit or s.department or "")
            g[1] += 1
            if s.annual_cost_eur is not None:
                g[2] += s.annual_cost_eur
                g[3] += 1
    keys = ("product", "vendor", "n_departments", "departments", "n_systems", "annual_cost",
            "cost_known", "recommendation")  # fmt: skip
    ws = book.sheet(label(lang, "licences"), [label(lang, f"col_{k}") for k in keys],
                    (28, 20, 12, 50, 12, 16, 12, 14))  # fmt: skip
    vendors = {p.id: p.vendor for p in a.products}
    rec_of = {r.keep: r.id for r in reversed(n.recs) if r.kind == "licence"}
    recs = label(lang, "recommendations")
    rows = sorted(
        ((pid, g) for pid, g in groups.items() if len(g[0] - {""}) > 1),
        key=lambda item: (-len(item[1][0]), -item[1][1], item[0]),
    )
    for pid, (depts, count, cost, known) in rows:
        rec = rec_of.get(pid)
        ws.append([
            book.text(ws, n.product.get(pid, pid)), book.text(ws, vendors.get(pid)),
            len(depts - {""}), book.text(ws, _join(sorted(depts - {""}))), count,
            book.num(ws, cost if known else None, "euro"),
            book.cell(ws, known / count, "pct"), book.link(ws, rec, recs, n.rec_row.get(rec)),
        ])  # fmt: skip
    _table(book, ws, len(keys), len(rows))


def _matrix(book: _Book, a: Analysis, n: _Names) -> None:
    lang = book.lang
    counts = product_matrix(a.systems, "department")
    depts = sorted({d for _, d in counts})[:16000]
    funcs = sorted({f for f, _ in counts}, key=lambda f: (n.function.get(f, f), f))
    ws = book.sheet(label(lang, "matrix"), [], [40] + [14] * len(depts), freeze="B2")
    ws.append([book.cell(ws, label(lang, "col_function"), "head")]
              + [book.cell(ws, visible(d), "head") for d in depts])  # fmt: skip
    book.rows(ws, len(funcs), (
        [n.function.get(f, f)] + [counts.get((f, d)) for d in depts] for f in funcs
    ))  # fmt: skip
    if depts and funcs:
        ref = f"B2:{get_column_letter(len(depts) + 1)}{len(funcs) + 1}"
        ws.conditional_formatting.add(ref, ColorScaleRule(
            start_type="num", start_value=1, start_color="DEEBF7",
            end_type="max", end_color="08519C"))  # fmt: skip
    _table(book, ws, len(depts) + 1, len(funcs))


def _systems(book: _Book, a: Analysis, n: _Names) -> None:
    lang = book.lang
    keys = ("id", "name", "vendor", "department", "sector", "product", "functions", "annual_cost",
            "users", "contract_end", "time", "lifecycle", "purpose", "source")  # fmt: skip
    widths = (8, 32, 20, 28, 28, 26, 36, 14, 10, 14, 10, 14, 50, 36)
    ws = book.sheet(label(lang, "systems"), [label(lang, f"col_{k}") for k in keys], widths)
    book.rows(ws, len(a.systems), _system_rows(a, n, lang))
    _table(book, ws, len(keys), len(a.systems))


def _system_rows(a: Analysis, n: _Names, lang: str) -> Iterator[list]:
    product, fnames, times = n.product, {}, {}
    unknown = label(lang, "unknown")
    for s in a.systems:
        funcs = fnames.get(s.functions)
        if funcs is None:
            funcs = fnames[s.functions] = n.functions(s.functions) or None
        cost = s.annual_cost_eur
        time = times.get(s.time)
        if time is None and s.time:
            time = times[s.time] = term(lang, "time", s.time)
        yield [
            s.id, s.name, s.vendor, s.department, s.sector, product.get(s.product, s.product),
            funcs, unknown if cost is None else _Styled((cost, "euro")), s.users,
            None if s.contract_end is None else _Styled((s.contract_end, "date")), time,
            s.lifecycle, s.purpose, s.source.place(),
        ]  # fmt: skip


def _problems(book: _Book, a: Analysis) -> None:
    lang = book.lang
    ws = book.sheet(label(lang, "rejected"), [label(lang, f"col_{k}") for k in
                    ("source", "codes", "messages", "cells")], (36, 20, 60, 80))  # fmt: skip
    rejected = a.inventory.rejected
    book.rows(ws, len(rejected), (
        [r.source.place(), _join(f.code for f in r.findings),
         _join(f.message for f in r.findings), _join(f"{k}: {v}" for k, v in r.cells)]
        for r in rejected
    ))  # fmt: skip
    _table(book, ws, 4, len(rejected))
    ws = book.sheet(label(lang, "findings"), [label(lang, f"col_{k}") for k in
                    ("source", "severity", "code", "message")], (36, 12, 20, 90))  # fmt: skip
    severity = {str(s): term(lang, "sev", str(s)) for s in {f.severity for f in a.findings}}
    book.rows(ws, len(a.findings), (
        [f.place, severity[str(f.severity)], f.code, f.message] for f in a.findings
    ))  # fmt: skip
    _table(book, ws, 4, len(a.findings))


def _unmapped_and_assumptions(book: _Book, a: Analysis) -> None:
    lang = book.lang
    ws = book.sheet(label(lang, "sheet_unmapped"),
                    [label(lang, "col_purpose"), label(lang, "col_count")], (70, 12))  # fmt: skip
    book.rows(ws, len(a.unmapped), ([text, count] for text, count in a.unmapped))
    _table(book, ws, 2, len(a.unmapped))
    ws = book.sheet(label(lang, "assumptions"), [label(lang, f"col_{k}") for k in
                    ("parameter", "value", "meaning")], (34, 18, 80))  # fmt: skip
    for name, value, meaning in a.assumptions:
        shown = (
            value
            if isinstance(value, int | float) and not isinstance(value, bool)
            else (book.text(ws, value if not isinstance(value, bool) else str(value).lower()))
        )
        ws.append([book.text(ws, name), shown, book.text(ws, meaning)])  # fmt: skip
    _table(book, ws, 3, len(a.assumptions))


def render_xlsx(analysis: Analysis, lang: str = "fi") -> bytes:
    """The workbook as bytes; deterministic for the same analysis and language."""
    book = _Book(check_lang(lang))
    names = _Names(analysis, lang)
    needed = {s for r in analysis.recommendations for s in r.retire_systems}
    systems = {s.id: s.name for s in analysis.systems if s.id in needed}
    _summary(book, analysis, names)
    _recommendations(book, analysis, names, systems)
    _clusters(book, analysis, names)
    _licences(book, analysis, names)
    _matrix(book, analysis, names)
    _systems(book, analysis, names)
    _problems(book, analysis)
    _unmapped_and_assumptions(book, analysis)
    buffer = BytesIO()
    with _FixedZip(buffer, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        # ExcelWriter numbers worksheets 1.. in workbook order as it writes them
        index = {id(ws): i for i, ws in enumerate(book.wb.worksheets, 1)}
        archive.raw = {f"xl/worksheets/sheet{index[id(ws)]}.xml": rows for ws, rows in book.raw}
        ExcelWriter(book.wb, archive).write_data()
    return buffer.getvalue()
