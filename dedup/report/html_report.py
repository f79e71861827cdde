"""report.html: one self-contained page for leadership first, architects second.

The story (summary, money, who saves and who pays) comes first, then pictures (inline
SVG from charts.py), then sortable, filterable tables. Nothing is fetched: CSS and one
small script are inline and the Content-Security-Policy allows only that script, by its
sha256 hash. Jinja2 autoescapes every value; tables are capped (`ROW_CAP`) so 100k
systems stay a page, with a note pointing to report.xlsx for every row.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from dedup.analysis import Analysis
from dedup.model import Recommendation
from dedup.report import charts
from dedup.report.safe import visible
from dedup.report.text import (
    check_lang,
    fmt_date,
    fmt_eur,
    fmt_int,
    fmt_pct,
    fmt_years,
    headline,
    label,
    payer_name,
    reasons_in,
    roadmap_order,
    summary_lines,
    term,
)

ROW_CAP = 2000
TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class Table:
    """One HTML table: cells are (text, sort key or None); `total` counts uncapped rows."""

    id: str
    title: str
    headers: tuple[str, ...]
    rows: list[tuple[tuple[str, object], ...]]
    total: int
    numeric: frozenset[int] = frozenset()


def csp_hash(script: str) -> str:
    """`sha256-...` source expression for an inline script's exact text."""
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()


@cache
def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["csp_hash"] = csp_hash
    return env


def _table(tid: str, title: str, headers: Sequence[str], items: Iterable, total: int,
           row: Callable, numeric: Iterable[int] = ()) -> Table:  # fmt: skip
    rows = []
    for item in items:
        if len(rows) >= ROW_CAP:
            break
        rows.append(tuple(c if isinstance(c, tuple) else (visible(c), None) for c in row(item)))
    return Table(tid, title, tuple(headers), rows, total, frozenset(numeric))


def _money(x: float | None, lang: str) -> tuple[str, object]:
    return fmt_eur(x, lang), ("" if x is None else x)


def _tables(a: Analysis, lang: str, names: dict, fnames: dict, recs: list) -> list[Table]:
    L = lambda *keys: [label(lang, f"col_{k}") for k in keys]  # noqa: E731
    prods = lambda ids: ", ".join(names.get(p, p) for p in ids)  # noqa: E731
    funcs = lambda ids: ", ".join(fnames.get(f, f) for f in ids)  # noqa: E731

    def rec_row(r: Recommendation):
        return (r.id, term(lang, "kind", r.kind), r.cluster or "", names.get(r.keep, r.keep),
                prods(r.retire), term(lang, "scope", r.scope), r.sector or "",
                payer_name(r.payer, lang) if r.payer else "", _money(r.annual_savings_eur, lang),
                _money(r.investment_eur, lang),
                (fmt_years(r.payback_years, lang), "" if r.payback_years is None
                 else r.payback_years),
                (fmt_pct(r.cost_known_share, lang), r.cost_known_share),
                (fmt_date(r.start_by, lang), r.start_by.isoformat() if r.start_by else ""),
                r.wave or "", "; ".join(reasons_in(r, lang)))  # fmt: skip

    def system_row(s):
        return (s.id, s.name, s.vendor or "", s.unit or s.department or "", s.sector or "",
                names.get(s.product, s.product or ""), funcs(s.functions),
                _money(s.annual_cost_eur, lang),
                (fmt_date(s.contract_end, lang),
                 s.contract_end.isoformat() if s.contract_end else ""),
                term(lang, "time", s.time) if s.time else "", s.source.place())  # fmt: skip

    rejected = a.inventory.rejected
    return [
        _table("t-recs", label(lang, "recommendations"),
               L("id", "kind", "cluster", "keep", "retire", "scope", "sector", "payer",
                 "savings", "investment", "payback", "cost_known", "start_by", "wave",
                 "reasons"), recs, len(recs), rec_row, (8, 9, 10, 11)),
        _table("t-clusters", label(lang, "clusters"),
               L("id", "scope", "products", "functions", "departments", "sectors",
                 "similarity"), a.clusters, len(a.clusters),
               lambda c: (c.id, term(lang, "scope", c.scope), prods(c.products),
                          funcs(c.functions), ", ".join(c.departments), ", ".join(c.sectors),
                          (fmt_pct(c.similarity, lang), c.similarity)), (6,)),
        _table("t-overlaps", label(lang, "overlaps"),
               L("function", "products", "departments", "sectors", "n_systems"), a.overlaps,
               len(a.overlaps),
               lambda o: (fnames.get(o.function, o.function), prods(o.products),
                          ", ".join(o.departments), ", ".join(o.sectors),
                          (str(len(o.systems)), len(o.systems))), (4,)),
        _table("t-systems", label(lang, "systems"),
               L("id", "name", "vendor", "department", "sector", "product", "functions",
                 "annual_cost", "contract_end", "time", "source"), a.systems, len(a.systems),
               system_row, (7,)),
        _table("t-rejected", label(lang, "rejected"), L("source", "codes", "messages", "cells"),
               rejected, len(rejected),
               lambda r: (r.source.place(), ", ".join(f.code for f in r.findings),
                          "; ".join(f.message for f in r.findings),
                          "; ".join(f"{k}: {v}" for k, v in r.cells))),
        _table("t-findings", label(lang, "findings"),
               L("source", "severity", "code", "message"), a.findings, len(a.findings),
               lambda f: (f.place, term(lang, "sev", str(f.severity)), f.code, f.message)),
        _table("t-unmapped", label(lang, "unmapped"), L("purpose", "count"), a.unmapped,
               len(a.unmapped), lambda u: (u[0], (fmt_int(u[1], lang), u[1])), (1,)),
        _table("t-assumptions", label(lang, "assumptions"), L("parameter", "value", "meaning"),
               a.assumptions, len(a.assumptions), lambda x: (x[0], str(x[1]), x[2])),
    ]  # fmt: skip


def _pictures(a: Analysis, lang: str, names: dict, fnames: dict, recs: list) -> list:
    serves: dict[str, set[str]] = {}
    for s in a.systems:
        if s.product is not None and s.functions:
            serves.setdefault(s.product, set()).update(s.functions)
    largest = sorted(a.clusters, key=lambda c: (-len(c.products), -len(c.departments), c.id))[:3]
    return [
        (label(lang, "chart_money"), charts.money_bars(recs, names, lang)) if recs else None,
        (label(lang, "chart_heatmap"),
         charts.heatmap(charts.product_matrix(a.systems, "sector"), fnames, lang)),
        (label(lang, "chart_clusters"), [
            charts.cluster_graph(c.id, c.products, serves, names, fnames, lang, uid=f"cl{i}")
            for i, c in enumerate(largest)]) if largest else None,
        (label(lang, "chart_roadmap"), charts.roadmap(recs, names, lang)) if recs else None,
    ]  # fmt: skip


def render_html(analysis: Analysis, lang: str = "fi") -> bytes:
    """The page as UTF-8 bytes; deterministic for the same analysis and language."""
    check_lang(lang)
    a = analysis
    names = {p.id: p.name for p in a.products}
    attr = "label_fi" if lang == "fi" else "label_en"
    fnames = {f.id: getattr(f, attr) or f.label_en or f.id for f in a.functions}
    recs = roadmap_order(a.recommendations)
    h = headline(a)
    figures = [
        ("h_systems", fmt_int(h.systems, lang)),
        ("h_products", f"{fmt_int(h.products_before, lang)} → {fmt_int(h.products_after, lang)}"),
        ("h_savings", fmt_eur(h.savings, lang)),
        ("h_investment", fmt_eur(h.investment, lang)),
        ("h_payback", fmt_years(h.payback_years, lang)),
        ("h_cost_known", fmt_pct(h.cost_known_share, lang)),
    ]
    page = _env().get_template("report.html.j2").render(
        lang=lang, L=lambda key, **kw: label(lang, key, **kw),
        inputs=", ".join(visible(i) for i in a.inputs),
        summary=summary_lines(h, names, lang, visible),
        figures=[(label(lang, k), v) for k, v in figures],
        pictures=[p for p in _pictures(a, lang, names, fnames, recs) if p],
        tables=_tables(a, lang, names, fnames, recs), cap=ROW_CAP,
    )  # fmt: skip
    return page.encode("utf-8")
