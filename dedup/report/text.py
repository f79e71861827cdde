"""The language layer: every label, heading and summary sentence, in Finnish and English.

Renderers never hold wording; they ask here, so a report reads the same in every format
and a new language is one more table. Input-derived text is passed through the caller's
`esc` (Markdown escaping, visible(), ...) before it enters a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from dedup.analysis import Analysis
from dedup.model import Recommendation

LANGS = ("fi", "en")

_FI = {
    "title": "Päällekkäiset tietojärjestelmät",
    "subtitle": "Yhdistämissuunnitelma: mitä kannattaa yhdistää, säästöt, investoinnit "
    "ja aikataulu",
    "inputs": "Lähdeaineisto",
    "unknown": "ei tiedossa",
    "none": "–",
    "yes": "kyllä",
    "no": "ei",
    "more": "+{n} muuta",
    "summary": "Yhteenveto",
    "figures": "Avainluvut",
    "recommendations": "Suositukset",
    "clusters": "Päällekkäisyysryhmät",
    "licences": "Sama tuote monessa yksikössä",
    "matrix": "Toiminto × yksikkö",
    "overlaps": "Päällekkäiset toiminnot",
    "systems": "Järjestelmät",
    "rejected": "Hylätyt rivit",
    "findings": "Havainnot",
    "unmapped": "Kohdistamattomat käyttötarkoitukset",
    "sheet_unmapped": "Kohdistamattomat tarkoitukset",
    "assumptions": "Oletukset",
    "pictures": "Kuvat",
    "chart_money": "Säästö ja investointi suosituksittain",
    "chart_heatmap": "Tuotteiden määrä toimialoittain ja toiminnoittain",
    "chart_clusters": "Suurimmat päällekkäisyysryhmät",
    "chart_roadmap": "Etenemissuunnitelma neljännesvuosittain",
    "h_systems": "Järjestelmät",
    "h_departments": "Yksiköt",
    "h_sectors": "Toimialat",
    "h_products": "Tuotteet nyt → suositusten jälkeen",
    "h_overlaps": "Toiminnot, joita hoitaa useampi tuote",
    "h_clusters": "Päällekkäisyysryhmät",
    "h_recommendations": "Suositukset",
    "h_savings": "Säästö vuodessa",
    "h_investment": "Investointi",
    "h_payback": "Takaisinmaksuaika",
    "h_cost_known": "Järjestelmät, joiden vuosikustannus tiedetään",
    "h_rejected": "Hylätyt rivit",
    "col_id": "Tunnus",
    "col_kind": "Tyyppi",
    "col_cluster": "Ryhmä",
    "col_keep": "Säilytettävä tuote",
    "col_retire": "Luovuttavat tuotteet",
    "col_retire_systems": "Päättyvät järjestelmät",
    "col_scope": "Laajuus",
    "col_sector": "Toimiala",
    "col_payer": "Maksaja",
    "col_savings": "Säästö €/v",
    "col_investment": "Investointi €",
    "col_payback": "Takaisinmaksu (v)",
    "col_net5y": "Nettohyöty 5 v €",
    "col_cost_known": "Kustannus tiedossa",
    "col_start_by": "Aloitettava viimeistään",
    "col_wave": "Aalto",
    "col_tender_now": "Kilpailutus nyt",
    "col_reasons": "Perustelut",
    "col_decisions": "Päätökset",
    "col_products": "Tuotteet",
    "col_functions": "Toiminnot",
    "col_departments": "Yksiköt",
    "col_sectors": "Toimialat",
    "col_similarity": "Samankaltaisuus",
    "col_evidence": "Peruste",
    "col_recommendation": "Suositus",
    "col_product": "Tuote",
    "col_vendor": "Toimittaja",
    "col_n_departments": "Yksiköitä",
    "col_n_systems": "Järjestelmiä",
    "col_annual_cost": "Vuosikustannus €",
    "col_name": "Nimi",
    "col_department": "Yksikkö",
    "col_users": "Käyttäjiä",
    "col_contract_end": "Sopimus päättyy",
    "col_time": "TIME",
    "col_lifecycle": "Elinkaari",
    "col_source": "Lähde",
    "col_codes": "Koodit",
    "col_messages": "Syyt",
    "col_cells": "Solut",
    "col_severity": "Vakavuus",
    "col_code": "Koodi",
    "col_message": "Viesti",
    "col_purpose": "Käyttötarkoitus",
    "col_count": "Järjestelmiä",
    "col_parameter": "Parametri",
    "col_value": "Arvo",
    "col_meaning": "Merkitys",
    "col_function": "Toiminto",
    "col_figure": "Tunnusluku",
    "kind_consolidate": "yhdistäminen",
    "kind_licence": "yhteinen lisenssi",
    "scope_sector": "toimiala",
    "scope_city": "koko kaupunki",
    "scope_basic-it": "perustietotekniikka",
    "payer_central": "keskitetty rahoitus",
    "sev_error": "virhe",
    "sev_warning": "varoitus",
    "sev_info": "huomio",
    "time_Tolerate": "Siedä",
    "time_Invest": "Investoi",
    "time_Migrate": "Siirrä",
    "time_Eliminate": "Poista",
    "filter": "Suodata",
    "filter_hint": "Kirjoita suodattaaksesi riviä; napsauta otsikkoa lajitellaksesi.",
    "rows_capped": "Taulukossa näytetään {shown} riviä {total}:stä. Kaikki rivit ovat "
    "työkirjassa report.xlsx.",
    "nothing": "Ei rivejä.",
    "chart_money_alt": "Pylväskaavio: kunkin suosituksen vuosisäästö ja investointi euroina. "
    "Sama tieto on suositustaulukossa.",
    "chart_heatmap_alt": "Lämpökartta: eri tuotteiden määrä kussakin toiminnossa toimialoittain. "
    "Tummempi solu tarkoittaa useampaa tuotetta samaan tehtävään.",
    "chart_clusters_alt": "Verkkokuva: ryhmän tuotteet vasemmalla, niiden hoitamat toiminnot "
    "oikealla; viiva yhdistää tuotteen toimintoon.",
    "chart_roadmap_alt": "Aikajana: suositukset neljännesvuosittain aloitusajankohdan mukaan.",
    "chart_top": "Näytetään {shown} suurinta {total}:stä.",
    "legend_savings": "Säästö / v",
    "legend_investment": "Investointi",
    "no_wave": "ei ajoitettu",
    "s_inventory": "Inventaariossa on {systems} järjestelmää {departments} yksiköstä ja "
    "{sectors} toimialalta; niistä tunnistettiin {products} eri tuotetta.",
    "s_overlaps": "{overlaps} toimintoa hoidetaan useammalla kuin yhdellä tuotteella. Niistä "
    "muodostuu {clusters} päällekkäisyysryhmää ja {recommendations} suositusta.",
    "s_products": "Suositusten jälkeen tuotteita olisi {before} sijaan {after}.",
    "s_money": "Säästö on {savings} vuodessa ja investointi {investment}; takaisinmaksuaika "
    "on {payback}.",
    "s_money_partial": "Säästöarvio puuttuu {n} suositukselta, joten säästö on vähintään "
    "tämän verran.",
    "s_money_unknown": "Säästöä ei voi arvioida, koska kustannuksia ei tiedetä; investointi "
    "on {investment}.",
    "s_first": "Aloita näistä: {items}.",
    "s_first_item": "{id} ({wave}): säilytetään {keep}, poistetaan {retire}",
    "s_first_licence": "{id} ({wave}): kootaan {keep} yhteen sopimukseen",
    "s_who_saves": "Säästö kertyy: {items}.",
    "s_who_pays": "Investoinnin maksaa: {items}.",
    "s_cost_known": "Vuosikustannus tiedetään {known} järjestelmästä {total}:stä ({share}). "
    "Tuntematonta kustannusta ei lasketa nollaksi: se näkyy merkinnällä \u201cei tiedossa\u201d, "
    "ja todellinen säästö voi olla suurempi.",
    "s_rejected": "{rejected} riviä jäi pois puutteiden vuoksi; ne on lueteltu syineen.",
    "s_no_recommendations": "Päällekkäisyyksiä ei löytynyt niin paljon, että yhdistämistä "
    "kannattaisi suositella.",
}

_EN = {
    "title": "Overlapping information systems",
    "subtitle": "Consolidation plan: what to merge, savings, investment and timing",
    "inputs": "Inputs",
    "unknown": "unknown",
    "none": "–",
    "yes": "yes",
    "no": "no",
    "more": "+{n} more",
    "summary": "Summary",
    "figures": "Headline figures",
    "recommendations": "Recommendations",
    "clusters": "Clusters",
    "licences": "Same product, many depts",
    "matrix": "Function × department",
    "overlaps": "Overlapping functions",
    "systems": "Systems",
    "rejected": "Rejected rows",
    "findings": "Findings",
    "unmapped": "Unmapped purposes",
    "sheet_unmapped": "Unmapped purposes",
    "assumptions": "Assumptions",
    "pictures": "Pictures",
    "chart_money": "Savings and investment per recommendation",
    "chart_heatmap": "Number of products by sector and function",
    "chart_clusters": "Largest clusters",
    "chart_roadmap": "Roadmap by quarter",
    "h_systems": "Systems",
    "h_departments": "Departments",
    "h_sectors": "Sectors",
    "h_products": "Products now → after the recommendations",
    "h_overlaps": "Functions served by more than one product",
    "h_clusters": "Clusters",
    "h_recommendations": "Recommendations",
    "h_savings": "Savings per year",
    "h_investment": "Investment",
    "h_payback": "Payback",
    "h_cost_known": "Systems with known annual cost",
    "h_rejected": "Rejected rows",
    "col_id": "Id",
    "col_kind": "Kind",
    "col_cluster": "Cluster",
    "col_keep": "Keep",
    "col_retire": "Retire",
    "col_retire_systems": "Systems that end",
    "col_scope": "Scope",
    "col_sector": "Sector",
    "col_payer": "Payer",
    "col_savings": "Savings €/yr",
    "col_investment": "Investment €",
    "col_payback": "Payback (yr)",
    "col_net5y": "Net 5 yr €",
    "col_cost_known": "Cost known",
    "col_start_by": "Start by",
    "col_wave": "Wave",
    "col_tender_now": "Tender now",
    "col_reasons": "Reasons",
    "col_decisions": "Decisions",
    "col_products": "Products",
    "col_functions": "Functions",
    "col_departments": "Departments",
    "col_sectors": "Sectors",
    "col_similarity": "Similarity",
    "col_evidence": "Evidence",
    "col_recommendation": "Recommendation",
    "col_product": "Product",
    "col_vendor": "Vendor",
    "col_n_departments": "Departments (n)",
    "col_n_systems": "Systems (n)",
    "col_annual_cost": "Annual cost €",
    "col_name": "Name",
    "col_department": "Department",
    "col_users": "Users",
    "col_contract_end": "Contract end",
    "col_time": "TIME",
    "col_lifecycle": "Lifecycle",
    "col_source": "Source",
    "col_codes": "Codes",
    "col_messages": "Reasons",
    "col_cells": "Cells",
    "col_severity": "Severity",
    "col_code": "Code",
    "col_message": "Message",
    "col_purpose": "Purpose",
    "col_count": "Systems",
    "col_parameter": "Parameter",
    "col_value": "Value",
    "col_meaning": "Meaning",
    "col_function": "Function",
    "col_figure": "Figure",
    "kind_consolidate": "consolidate",
    "kind_licence": "shared licence",
    "scope_sector": "sector",
    "scope_city": "city-wide",
    "scope_basic-it": "basic IT",
    "payer_central": "central funding",
    "sev_error": "error",
    "sev_warning": "warning",
    "sev_info": "note",
    "time_Tolerate": "Tolerate",
    "time_Invest": "Invest",
    "time_Migrate": "Migrate",
    "time_Eliminate": "Eliminate",
    "filter": "Filter",
    "filter_hint": "Type to filter rows; click a column heading to sort.",
    "rows_capped": "The table shows {shown} of {total} rows. Every row is in the workbook "
    "report.xlsx.",
    "nothing": "No rows.",
    "chart_money_alt": "Bar chart: each recommendation's annual savings and investment in "
    "euros. The same figures are in the recommendations table.",
    "chart_heatmap_alt": "Heatmap: number of different products per function in each sector. "
    "A darker cell means more products doing the same job.",
    "chart_clusters_alt": "Network picture: a cluster's products on the left, the functions "
    "they serve on the right; a line joins a product to a function.",
    "chart_roadmap_alt": "Timeline: recommendations by the quarter in which to start them.",
    "chart_top": "Showing the {shown} largest of {total}.",
    "legend_savings": "Savings / yr",
    "legend_investment": "Investment",
    "no_wave": "not scheduled",
    "s_inventory": "The inventory lists {systems} systems in {departments} departments and "
    "{sectors} sectors; they run {products} different products.",
    "s_overlaps": "{overlaps} functions are served by more than one product. They form "
    "{clusters} clusters and {recommendations} recommendations.",
    "s_products": "After the recommendations the city would run {after} products instead "
    "of {before}.",
    "s_money": "Savings are {savings} a year against an investment of {investment}; "
    "payback is {payback}.",
    "s_money_partial": "Savings are not estimated for {n} of the recommendations, so the "
    "savings are at least this much.",
    "s_money_unknown": "Savings cannot be estimated because the costs are unknown; the "
    "investment is {investment}.",
    "s_first": "Start with: {items}.",
    "s_first_item": "{id} ({wave}): {keep} replaces {retire}",
    "s_first_licence": "{id} ({wave}): {keep} under one contract",
    "s_who_saves": "Who saves: {items}.",
    "s_who_pays": "Who pays the investment: {items}.",
    "s_cost_known": "Annual cost is known for {known} of {total} systems ({share}). Unknown "
    "costs are not counted as zero: they are shown as \u201cunknown\u201d, and the real "
    "savings may be larger.",
    "s_rejected": "{rejected} rows were left out because of problems; they are listed "
    "with the reasons.",
    "s_no_recommendations": "There is not enough overlap to recommend any consolidation.",
}

LABELS: dict[str, dict[str, str]] = {"fi": _FI, "en": _EN}


def check_lang(lang: str) -> str:
    """`lang` if it is supported; a ValueError naming the choices otherwise."""
    if lang not in LABELS:
        raise ValueError(f"unsupported language {lang!r}: choose one of {', '.join(LANGS)}")
    return lang


def label(lang: str, key: str, **values: object) -> str:
    """The text for `key` in `lang`, with `{name}` placeholders filled from `values`."""
    text = LABELS[lang].get(key) or LABELS["en"].get(key) or key
    return text.format(**values) if values else text


def term(lang: str, prefix: str, value: str | None) -> str:
    """A coded value (kind, scope, severity, TIME) in words; unknown codes pass through."""
    if value is None:
        return LABELS[lang]["none"]
    return LABELS[lang].get(f"{prefix}_{value}", value)


# --- numbers, money and dates ------------------------------------------------------------


def fmt_int(n: int, lang: str) -> str:
    return f"{n:,}".replace(",", " " if lang == "fi" else ",")


def fmt_eur(x: float | None, lang: str) -> str:
    """Whole euros; `None` is "unknown", never zero."""
    if x is None:
        return LABELS[lang]["unknown"]
    whole = f"{round(x):,}"
    return whole.replace(",", " ") + " €" if lang == "fi" else "€" + whole


def fmt_years(x: float | None, lang: str) -> str:
    if x is None:
        return LABELS[lang]["unknown"]
    return f"{x:.1f}".replace(".", ",") + " vuotta" if lang == "fi" else f"{x:.1f} years"


def fmt_pct(share: float | None, lang: str) -> str:
    if share is None:
        return LABELS[lang]["unknown"]
    return f"{round(share * 100)} %" if lang == "fi" else f"{round(share * 100)}%"


def fmt_date(d: date | None, lang: str) -> str:
    if d is None:
        return LABELS[lang]["none"]
    return f"{d.day}.{d.month}.{d.year}" if lang == "fi" else d.isoformat()


# --- the facts the summary speaks about ---------------------------------------------------


@dataclass(frozen=True)
class Headline:
    """The figures a decision maker asks for first, computed once for every format."""

    systems: int
    departments: int
    sectors: int
    products_before: int
    products_after: int
    overlaps: int
    clusters: int
    recommendations: int
    savings: float | None
    """Sum of the known savings; None when no recommendation has one."""
    savings_unknown: int
    investment: float | None
    investment_unknown: int
    payback_years: float | None
    cost_known: int
    rejected: int
    first: tuple[Recommendation, ...]
    savings_by_sector: tuple[tuple[str, float], ...]
    investment_by_payer: tuple[tuple[str, float], ...]

    @property
    def cost_known_share(self) -> float | None:
        return self.cost_known / self.systems if self.systems else None


def roadmap_order(recs: Iterable[Recommendation]) -> list[Recommendation]:
    """Earliest wave and deadline first, then the larger saving."""
    return sorted(
        recs,
        key=lambda r: (
            r.wave or "9999",
            r.start_by or date.max,
            -(r.annual_savings_eur or 0.0),
            r.id,
        ),
    )


def _known_sum(values: list[float | None]) -> tuple[float | None, int]:
    known = [v for v in values if v is not None]
    return (sum(known) if known else None), len(values) - len(known)


def _totals(pairs: Iterable[tuple[str, float]]) -> tuple[tuple[str, float], ...]:
    acc: dict[str, float] = {}
    for key, value in pairs:
        acc[key] = acc.get(key, 0.0) + value
    return tuple(sorted(acc.items(), key=lambda kv: (-kv[1], kv[0])))


def headline(analysis: Analysis) -> Headline:
    """Headline figures; O(systems + recommendations)."""
    systems = analysis.systems
    recs = analysis.recommendations
    departments = {s.unit or s.department for s in systems} - {None}
    sectors = {s.sector for s in systems} - {None}
    before = len(analysis.products) or len({s.product for s in systems} - {None})
    retired = {p for r in recs if r.kind != "licence" for p in r.retire}
    savings, savings_unknown = _known_sum([r.annual_savings_eur for r in recs])
    investment, investment_unknown = _known_sum([r.investment_eur for r in recs])
    both = [r for r in recs if r.annual_savings_eur is not None and r.investment_eur is not None]
    sav_both = sum(r.annual_savings_eur or 0.0 for r in both)
    payback = sum(r.investment_eur or 0.0 for r in both) / sav_both if sav_both > 0 else None
    return Headline(
        systems=len(systems),
        departments=len(departments),
        sectors=len(sectors),
        products_before=before,
        products_after=before - len(retired),
        overlaps=len(analysis.overlaps),
        clusters=len(analysis.clusters),
        recommendations=len(recs),
        savings=savings,
        savings_unknown=savings_unknown,
        investment=investment,
        investment_unknown=investment_unknown,
        payback_years=payback,
        cost_known=sum(1 for s in systems if s.annual_cost_eur is not None),
        rejected=len(analysis.inventory.rejected),
        first=tuple(roadmap_order(recs)[:3]),
        savings_by_sector=_totals(kv for r in recs for kv in r.savings_by_sector),
        investment_by_payer=_totals(
            (r.payer, r.investment_eur)
            for r in recs
            if r.payer is not None and r.investment_eur is not None
        ),
    )


def payer_name(payer: str, lang: str) -> str:
    return LABELS[lang]["payer_central"] if payer == "central" else payer


def summary_lines(
    h: Headline, names: dict[str, str], lang: str, esc: Callable[[str], str] = str
) -> list[str]:
    """The executive summary as plain sentences; `esc` is applied to input-derived names."""
    n = lambda x: fmt_int(x, lang)  # noqa: E731
    out = [
        label(lang, "s_inventory", systems=n(h.systems), departments=n(h.departments),
              sectors=n(h.sectors), products=n(h.products_before)),
    ]  # fmt: skip
    if not h.recommendations:
        out.append(label(lang, "s_no_recommendations"))
    else:
        out.append(
            label(lang, "s_overlaps", overlaps=n(h.overlaps), clusters=n(h.clusters),
                  recommendations=n(h.recommendations))
        )  # fmt: skip
        if h.products_after != h.products_before:
            out.append(
                label(lang, "s_products", before=n(h.products_before), after=n(h.products_after))
            )
        if h.savings is None:
            money = label(lang, "s_money_unknown", investment=fmt_eur(h.investment, lang))
        else:
            money = label(
                lang, "s_money", savings=fmt_eur(h.savings, lang),
                investment=fmt_eur(h.investment, lang), payback=fmt_years(h.payback_years, lang),
            )  # fmt: skip
        if h.savings_unknown and h.savings is not None:
            money += " " + label(lang, "s_money_partial", n=n(h.savings_unknown))
        out.append(money)
        out.append(label(lang, "s_first", items="; ".join(
            first_item(r, names, lang, esc) for r in h.first)))  # fmt: skip
        if h.savings_by_sector:
            items = ", ".join(f"{esc(k)} {fmt_eur(v, lang)}" for k, v in h.savings_by_sector)
            out.append(label(lang, "s_who_saves", items=items))
        if h.investment_by_payer:
            items = ", ".join(
                f"{esc(payer_name(k, lang))} {fmt_eur(v, lang)}" for k, v in h.investment_by_payer
            )
            out.append(label(lang, "s_who_pays", items=items))
    out.append(
        label(lang, "s_cost_known", known=n(h.cost_known), total=n(h.systems),
              share=fmt_pct(h.cost_known_share, lang))
    )  # fmt: skip
    if h.rejected:
        out.append(label(lang, "s_rejected", rejected=n(h.rejected)))
    return out


def first_item(r: Recommendation, names: dict[str, str], lang: str, esc: Callable) -> str:
    wave = r.wave or label(lang, "no_wave")
    keep = esc(names.get(r.keep, r.keep))
    if r.kind == "licence" or not r.retire:
        return label(lang, "s_first_licence", id=esc(r.id), wave=esc(wave), keep=keep)
    retire = ", ".join(esc(names.get(p, p)) for p in r.retire)
    return label(lang, "s_first_item", id=esc(r.id), wave=esc(wave), keep=keep, retire=retire)


# --- which language to write in ------------------------------------------------------------

_FI_HINT = re.compile(
    r"[äöå]|kunta|keskus|virasto|toimiala|palvelu|osasto|järjestelm|hallinto|kaupunki|"
    r"lautakunta|liikelaitos|kanslia|opetus|kasvatus|kulttuuri|sosiaali|terveys|"
    r"yksikkö|tietohallinto|rakennus|asunto|nimi|toimittaja|omistaja|kustannus|sopimus",
    re.IGNORECASE,
)
_EN_HINT = re.compile(
    r"\b(?:the|and|of|for|department|dept|office|services?|agency|division|bureau|"
    r"administration|management|system|health|education|public|works|finance|human|"
    r"resources|city|name|vendor|owner|cost|contract|purpose)\b",
    re.IGNORECASE,
)


def guess_lang(texts: Iterable[str]) -> str:
    """`fi` when most of the texts that look like either language look Finnish, else `en`.

    With no evidence either way the answer is `fi`, the tool's home language.
    """
    fi = en = 0
    for text in texts:
        if _FI_HINT.search(text):
            fi += 1
        elif _EN_HINT.search(text):
            en += 1
    return "en" if en > fi else "fi"


def default_lang(analysis: Analysis, limit: int = 2000) -> str:
    """Language for the reports from the inventory's department names and column headers."""
    texts: set[str] = set()
    for s in analysis.systems:
        if len(texts) >= limit:
            break
        if s.department:
            texts.add(s.department)
        texts.update(header for header, _ in s.extra)
    for r in analysis.inventory.rejected[:limit]:
        texts.update(header for header, _ in r.cells)
    return guess_lang(sorted(texts))


def evidence_in(cluster, lang: str) -> tuple[str, ...]:
    """A cluster's evidence lines in the reader's language (English when no Finnish given)."""
    if lang == "fi" and cluster.evidence_fi:
        return cluster.evidence_fi
    return cluster.evidence


def reasons_in(recommendation, lang: str) -> tuple[str, ...]:
    """A recommendation's reasons in the reader's language (English when no Finnish given)."""
    if lang == "fi" and recommendation.reasons_fi:
        return recommendation.reasons_fi
    return recommendation.reasons
