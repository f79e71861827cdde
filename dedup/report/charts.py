"""Inline SVG pictures for report.html: no library, no script, no fetched fonts.

Each function returns one `<svg role="img">` with a <title> and <desc> (the text
alternative) and draws only from the records passed in; input text is escaped and made
visible, and long names are shortened with the full name in a tooltip <title>.
Layouts are fixed arithmetic, so the same analysis gives the same picture.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from markupsafe import Markup, escape

from dedup.model import Recommendation, System
from dedup.report.safe import visible
from dedup.report.text import fmt_eur, label

FONT = 'font-family="system-ui, sans-serif" font-size="12"'
SAVINGS, INVESTMENT, INK, GRID = "#2a7d4f", "#c0692b", "#222", "#ccc"


def _t(text: object, limit: int = 0) -> str:
    """Escaped visible text, shortened to `limit` characters with an ellipsis."""
    s = visible(text)
    if limit and len(s) > limit:
        s = s[: limit - 1] + "…"
    return str(escape(s))


def _open(uid: str, width: int, height: int, title: str, desc: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-labelledby="{uid}-t {uid}-d" {FONT}>'
        f'<title id="{uid}-t">{_t(title)}</title><desc id="{uid}-d">{_t(desc)}</desc>'
    )


def _label(x: float, y: float, text: object, limit: int, anchor: str = "start") -> str:
    full = _t(text)
    short = _t(text, limit)
    tip = f"<title>{full}</title>" if short != full else ""
    return f'<text x="{x:.0f}" y="{y:.0f}" text-anchor="{anchor}" fill="{INK}">{tip}{short}</text>'


def money_bars(
    recs: Sequence[Recommendation], names: dict[str, str], lang: str, uid: str = "money",
    top: int = 15,
) -> Markup:  # fmt: skip
    """Savings (per year) and investment bars per recommendation, largest first."""
    ranked = sorted(
        recs, key=lambda r: (-max(r.annual_savings_eur or 0, r.investment_eur or 0), r.id)
    )[:top]
    biggest = max([r.annual_savings_eur or 0 for r in ranked] +
                  [r.investment_eur or 0 for r in ranked] + [1.0])  # fmt: skip
    left, bar_w, row_h = 230, 470, 44
    height = 40 + row_h * len(ranked)
    desc = label(lang, "chart_money_alt")
    if len(recs) > top:
        desc += " " + label(lang, "chart_top", shown=top, total=len(recs))
    out = [_open(uid, 820, height, label(lang, "chart_money"), desc)]
    out.append(
        f'<rect x="{left}" y="6" width="12" height="12" fill="{SAVINGS}"/>'
        f'<text x="{left + 18}" y="16">{_t(label(lang, "legend_savings"))}</text>'
        f'<rect x="{left + 150}" y="6" width="12" height="12" fill="{INVESTMENT}"/>'
        f'<text x="{left + 168}" y="16">{_t(label(lang, "legend_investment"))}</text>'
    )
    for i, r in enumerate(ranked):
        y = 32 + i * row_h
        name = f"{r.id} {names.get(r.keep, r.keep)}"
        out.append(_label(left - 8, y + 17, name, 32, "end"))
        for j, (value, colour) in enumerate(
            ((r.annual_savings_eur, SAVINGS), (r.investment_eur, INVESTMENT))
        ):
            by = y + j * 17
            w = 0 if value is None else max(1.0, bar_w * value / biggest)
            if value is not None:
                out.append(
                    f'<rect x="{left}" y="{by}" width="{w:.1f}" height="14" fill="{colour}"/>'
                )
            out.append(
                f'<text x="{left + w + 6:.0f}" y="{by + 12}" fill="{INK}">'
                f"{_t(fmt_eur(value, lang))}</text>"
            )
    out.append("</svg>")
    return Markup("".join(out))


def product_matrix(systems: Iterable[System], column: str) -> dict[tuple[str, str], int]:
    """Distinct products per (function, sector|department); one pass over the systems."""
    cells: dict[tuple[str, str], set[str]] = {}
    by_sector = column == "sector"
    for s in systems:
        if s.product is None:
            continue
        col = s.sector if by_sector else (s.unit or s.department)
        if col is None:
            continue
        for f in s.functions:
            cells.setdefault((f, col), set()).add(s.product)
    return {key: len(products) for key, products in cells.items()}


def _shade(n: int, top: int) -> str:
    """White-to-blue by share of the largest count; 0 is a light grey."""
    if n <= 0:
        return "#f3f3f3"
    share = n / max(top, 1)
    r, g, b = (int(a + (z - a) * share) for a, z in ((222, 8), (235, 69), (247, 148)))
    return f"#{r:02x}{g:02x}{b:02x}"


def heatmap(
    counts: dict[tuple[str, str], int], function_names: dict[str, str], lang: str,
    uid: str = "heat", max_rows: int = 30, max_cols: int = 12,
) -> Markup:  # fmt: skip
    """Functions (rows, most products first) × sectors (columns): number of products."""
    row_total: dict[str, int] = {}
    col_total: dict[str, int] = {}
    for (f, c), n in counts.items():
        row_total[f] = max(row_total.get(f, 0), n)
        col_total[c] = col_total.get(c, 0) + n
    rows = sorted(row_total, key=lambda f: (-row_total[f], function_names.get(f, f)))[:max_rows]
    cols = sorted(col_total, key=lambda c: (-col_total[c], c))[:max_cols]
    top = max(counts.values(), default=1)
    left, cell_w, cell_h, head = 260, 84, 24, 140
    width, height = left + cell_w * len(cols) + 190, head + cell_h * len(rows) + 10
    desc = label(lang, "chart_heatmap_alt")
    if len(row_total) > max_rows:
        desc += " " + label(lang, "chart_top", shown=max_rows, total=len(row_total))
    out = [_open(uid, width, height, label(lang, "chart_heatmap"), desc)]
    for j, c in enumerate(cols):
        x = left + j * cell_w + cell_w / 2
        out.append(
            f'<g transform="translate({x - 4:.0f},{head - 8}) rotate(-35)">'
            f"{_label(0, 0, c, 30)}</g>"
        )
    for i, f in enumerate(rows):
        y = head + i * cell_h
        out.append(_label(left - 8, y + 16, function_names.get(f, f), 38, "end"))
        for j, c in enumerate(cols):
            n = counts.get((f, c), 0)
            x = left + j * cell_w
            ink = "#fff" if n > top / 2 else INK
            out.append(
                f'<rect x="{x}" y="{y}" width="{cell_w - 2}" height="{cell_h - 2}" '
                f'fill="{_shade(n, top)}"/><text x="{x + cell_w / 2 - 1:.0f}" y="{y + 16}" '
                f'text-anchor="middle" fill="{ink}">{n or ""}</text>'
            )
    out.append("</svg>")
    return Markup("".join(out))


def cluster_graph(
    cluster_id: str, products: Sequence[str], product_functions: dict[str, set[str]],
    names: dict[str, str], function_names: dict[str, str], lang: str, uid: str = "cl",
    limit: int = 12,
) -> Markup:  # fmt: skip
    """Bipartite picture: the cluster's products (left) joined to their functions (right)."""
    prods = list(products)[:limit]
    funcs = sorted({f for p in prods for f in product_functions.get(p, ())},
                   key=lambda f: function_names.get(f, f))[:limit]  # fmt: skip
    rows = max(len(prods), len(funcs), 1)
    height = 50 + rows * 30
    lx, rx = 200, 420
    py = {p: 45 + i * 30 + (rows - len(prods)) * 15 for i, p in enumerate(prods)}
    fy = {f: 45 + i * 30 + (rows - len(funcs)) * 15 for i, f in enumerate(funcs)}
    title = f"{label(lang, 'col_cluster')} {cluster_id}"
    out = [_open(uid, 640, height, title, label(lang, "chart_clusters_alt"))]
    out.append(f'<text x="10" y="18" font-weight="bold" fill="{INK}">{_t(title, 60)}</text>')
    for p in prods:
        for f in sorted(product_functions.get(p, ())):
            if f in fy:
                out.append(
                    f'<line x1="{lx}" y1="{py[p]}" x2="{rx}" y2="{fy[f]}" stroke="#8aa" '
                    'stroke-width="1.5"/>'
                )
    for p, y in py.items():
        out.append(f'<circle cx="{lx}" cy="{y}" r="7" fill="{INVESTMENT}"/>')
        out.append(_label(lx - 12, y + 4, names.get(p, p), 28, "end"))
    for f, y in fy.items():
        out.append(f'<rect x="{rx - 6}" y="{y - 6}" width="12" height="12" fill="{SAVINGS}"/>')
        out.append(_label(rx + 12, y + 4, function_names.get(f, f), 30))
    out.append("</svg>")
    return Markup("".join(out))


def roadmap(
    recs: Sequence[Recommendation], names: dict[str, str], lang: str, uid: str = "roadmap",
    per_wave: int = 8,
) -> Markup:  # fmt: skip
    """One column per quarter (Recommendation.wave), a box per recommendation to start."""
    waves: dict[str, list[Recommendation]] = {}
    for r in recs:
        waves.setdefault(r.wave or label(lang, "no_wave"), []).append(r)
    keys = sorted(waves)
    col_w, box_h = 150, 40
    depth = max((min(len(v), per_wave + 1) for v in waves.values()), default=1)
    width, height = max(col_w * len(keys) + 20, 200), 50 + depth * (box_h + 6)
    title, desc = label(lang, "chart_roadmap"), label(lang, "chart_roadmap_alt")
    out = [_open(uid, width, height, title, desc)]
    for i, key in enumerate(keys):
        x = 10 + i * col_w
        out.append(
            f'<rect x="{x}" y="4" width="{col_w - 8}" height="24" fill="#34495e"/>'
            f'<text x="{x + 8}" y="21" fill="#fff" font-weight="bold">{_t(key, 18)}</text>'
        )
        items = sorted(waves[key], key=lambda r: (-(r.annual_savings_eur or 0), r.id))
        for j, r in enumerate(items[:per_wave]):
            y = 34 + j * (box_h + 6)
            colour = "#e8f3ec" if r.kind != "licence" else "#eef0f8"
            out.append(
                f'<rect x="{x}" y="{y}" width="{col_w - 8}" height="{box_h}" fill="{colour}" '
                f'stroke="{GRID}"/>'
            )
            out.append(_label(x + 6, y + 16, f"{r.id} {names.get(r.keep, r.keep)}", 20))
            out.append(_label(x + 6, y + 32, fmt_eur(r.annual_savings_eur, lang), 20))
        if len(items) > per_wave:
            y = 34 + per_wave * (box_h + 6)
            out.append(_label(x + 6, y + 16, label(lang, "more", n=len(items) - per_wave), 20))
    out.append("</svg>")
    return Markup("".join(out))
