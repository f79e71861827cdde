"""report.md: the summary and the recommendations table, to paste into a wiki or ticket.

Every input-derived value goes through `md_text`, so a name can never become a link,
HTML, emphasis or an extra table column; the wording comes from text.py.
"""

from __future__ import annotations

from dedup.analysis import Analysis
from dedup.report.safe import md_text
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

ROW_CAP = 200


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def render_md(analysis: Analysis, lang: str = "fi") -> bytes:
    """Markdown (CommonMark + GFM tables) as UTF-8 bytes; deterministic."""
    check_lang(lang)
    a = analysis
    h = headline(a)
    names = {p.id: p.name for p in a.products}
    L = lambda key, **kw: label(lang, key, **kw)  # noqa: E731
    out = [f"# {L('title')}", "", L("subtitle"), ""]
    if a.inputs:
        out += [f"{L('inputs')}: {', '.join(md_text(i) for i in a.inputs)}", ""]
    out += [f"## {L('summary')}", "", _row([L("col_figure"), L("col_value")]), "|---|---:|"]
    figures = [
        ("h_systems", fmt_int(h.systems, lang)),
        ("h_departments", fmt_int(h.departments, lang)),
        ("h_sectors", fmt_int(h.sectors, lang)),
        ("h_products", f"{fmt_int(h.products_before, lang)} → {fmt_int(h.products_after, lang)}"),
        ("h_recommendations", fmt_int(h.recommendations, lang)),
        ("h_savings", fmt_eur(h.savings, lang)),
        ("h_investment", fmt_eur(h.investment, lang)),
        ("h_payback", fmt_years(h.payback_years, lang)),
        ("h_cost_known", f"{fmt_pct(h.cost_known_share, lang)} "
                         f"({fmt_int(h.cost_known, lang)}/{fmt_int(h.systems, lang)})"),
    ]  # fmt: skip
    out += [_row([L(k), v]) for k, v in figures]
    out += [""] + [f"- {line}" for line in summary_lines(h, names, lang, md_text)] + [""]
    recs = roadmap_order(a.recommendations)
    out += [f"## {L('recommendations')}", ""]
    if not recs:
        return "\n".join(out + [L("nothing"), ""]).encode("utf-8")
    keys = ("id", "kind", "keep", "retire", "scope", "payer", "savings", "investment",
            "payback", "cost_known", "start_by", "wave", "reasons")  # fmt: skip
    out += [_row([L(f"col_{k}") for k in keys]),
            "|---|---|---|---|---|---|---:|---:|---:|---:|---|---|---|"]  # fmt: skip
    for r in recs[:ROW_CAP]:
        out.append(_row([
            md_text(r.id), term(lang, "kind", r.kind), md_text(names.get(r.keep, r.keep)),
            ", ".join(md_text(names.get(p, p)) for p in r.retire) or L("none"),
            term(lang, "scope", r.scope),
            md_text(payer_name(r.payer, lang)) if r.payer else L("none"),
            fmt_eur(r.annual_savings_eur, lang), fmt_eur(r.investment_eur, lang),
            fmt_years(r.payback_years, lang), fmt_pct(r.cost_known_share, lang),
            fmt_date(r.start_by, lang), md_text(r.wave or L("no_wave")),
            "; ".join(md_text(x) for x in reasons_in(r, lang)) or L("none"),
        ]))  # fmt: skip
    if len(recs) > ROW_CAP:
        out += ["", L("rows_capped", shown=ROW_CAP, total=len(recs))]
    return "\n".join(out + [""]).encode("utf-8")
