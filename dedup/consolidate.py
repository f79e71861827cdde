"""The consolidation plan: per cluster what to keep, what to retire, what it saves and costs, when.

Every number is traceable: each criterion's contribution to the keep score, each cost
assumption (listed in `PlanParameters` and reported as Assumptions), and what is
unknown stays unknown (None) with the share of known costs beside it.

Notes
-----
Linear in systems plus clusters: systems are grouped by product once; each cluster
looks only at its own products.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from functools import lru_cache
from typing import Any

from dedup.errors import ConfigError
from dedup.model import (
    Cluster,
    Product,
    ProductId,
    Recommendation,
    System,
    SystemId,
)

RETIRING = ("poistu", "poisto", "lakkaut", "korvataan", "retir", "phase", "end of life", "eol",
            "sunset", "decommission", "avvecklas", "utfas", "legacy", "vanhentu")  # fmt: skip
NEW = ("uusi", "käyttöönot", "pilot", "new", "implementation", "ny", "införs")
CRITICAL = ("kriittinen", "erittäin", "high", "critical", "kritisk", "hög", "1", "a")


@dataclass(frozen=True)
class PlanParameters:
    """Weights and cost assumptions; every one overridable in the config's [plan] section."""

    w_coverage: float = 3.0
    """Weight: share of the cluster's functions the product serves."""
    w_reach: float = 2.0
    """Weight: departments the product already serves (relative to the cluster's widest)."""
    w_users: float = 2.0
    """Weight: users it already serves (relative to the cluster's largest)."""
    w_cost_per_user: float = 1.0
    """Weight: low annual cost per user (cheapest in the cluster scores 1)."""
    w_lifecycle: float = 1.5
    """Weight: lifecycle phase (in use 1, new 0.8, unknown 0.5, retiring 0)."""
    w_contract: float = 0.5
    """Weight: a contract that runs longest (others' contracts end sooner)."""
    w_integrations: float = 1.0
    """Weight: integrations (many integrations make a product harder to retire)."""
    w_strategic: float = 3.0
    """Weight: the user's strategic flag (config `strategic` or a keep decision)."""
    per_user_eur: float = 40.0
    """Added annual cost of the kept product per moved user, when its own rows give no price."""
    migration_fixed_eur: float = 20_000.0
    """Investment per retired system: project, testing, training."""
    migration_per_user_eur: float = 25.0
    """Investment per moved user: training and support."""
    migration_per_integration_eur: float = 15_000.0
    """Investment per integration of a retired system to rebuild."""
    data_migration_eur: float = 10_000.0
    """Investment per retired system for moving its data (and archiving)."""
    licence_saving_share: float = 0.15
    """Licence consolidation: share of the combined annual cost saved by one contract."""
    licence_fixed_eur: float = 5_000.0
    """Licence consolidation: one-off cost per merged instance (tendering, contract work)."""
    min_coverage: float = 1.0
    """A product is retired onto the kept one only if that serves this share of its functions."""
    tender_lead_months: int = 12
    """A tender must start this long before a contract ends."""
    complex_integrations: int = 5
    """Systems with at least this many integrations, or critical ones, go to later waves."""
    horizon_years: int = 5
    """Years for the net figure (savings x years - investment)."""
    today: date | None = None
    """The plan's 'now' (default: the day of the run); fix it for repeatable plans."""
    strategic: tuple[str, ...] = ()
    """Product names the city has chosen as strategic platforms."""

    @classmethod
    def from_config(cls, plan: Mapping[str, Any], source: str = "config") -> PlanParameters:
        """Validate the [plan] section: unknown keys and wrong types are errors."""
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in plan.items():
            if key not in known:
                raise ConfigError(
                    f"{source}: [plan] {key}: unknown key; known: {', '.join(sorted(known))}"
                )
            if key == "today":
                if not isinstance(value, date):
                    raise ConfigError(f"{source}: [plan] today must be a date like 2026-01-31")
            elif key == "strategic":
                if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                    raise ConfigError(f"{source}: [plan] strategic must be a list of names")
                value = tuple(value)
            elif not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
                raise ConfigError(f"{source}: [plan] {key} must be a non-negative number")
            values[key] = value
        return cls(**values)

    def assumptions(self) -> tuple[tuple[str, object, str], ...]:
        """(name, value, meaning) of every parameter, for the reports' Assumptions sheet."""
        out = []
        for f in fields(self):
            doc = _DOCS.get(f.name, "")
            value = getattr(self, f.name)
            out.append((f.name, list(value) if isinstance(value, tuple) else value, doc))
        return tuple(out)


_DOCS: dict[str, str] = {}


def _collect_docs() -> None:
    """Field docstrings of PlanParameters, read from the source once, for the Assumptions."""
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(PlanParameters))
    body = tree.body[0].body  # type: ignore[attr-defined]
    for a, b in zip(body, body[1:], strict=False):
        if isinstance(a, ast.AnnAssign) and isinstance(b, ast.Expr):
            _DOCS[a.target.id] = " ".join(str(b.value.value).split())  # type: ignore[union-attr]


_collect_docs()


@dataclass(frozen=True)
class Decisions:
    """A person's overrides of the tool (see dedup/decisions.py for the file format)."""

    keep: frozenset[str] = frozenset()
    """Product names to keep wherever they are in a cluster."""
    exclude: frozenset[str] = frozenset()
    """Product names left out of every recommendation."""
    not_before: Mapping[str, date] = field(default_factory=dict)
    """Department (unit) -> the earliest date it can move."""


@dataclass(frozen=True)
class Plan:
    recommendations: tuple[Recommendation, ...]
    product_time: tuple[tuple[str, str, str], ...]
    summary: dict[str, Any]


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().split())


@lru_cache(maxsize=4096)
def lifecycle_value(text: str | None) -> float:
    """Lifecycle phase as a score; cached, as inventories repeat a handful of phase words."""
    t = _norm(text)
    if not t:
        return 0.5
    if any(w in t for w in RETIRING):
        return 0.0
    if any(t.startswith(w) or f" {w}" in t for w in NEW):
        return 0.8
    return 1.0


@lru_cache(maxsize=4096)
def is_critical(text: str | None) -> bool:
    t = _norm(text)
    return bool(t) and any(t == w or t.startswith(w + " ") or (len(w) > 2 and w in t)
                           for w in CRITICAL)  # fmt: skip


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    last = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31, 30,
            31, 31, 30, 31, 30, 31][month - 1]  # fmt: skip
    return date(year, month, min(day.day, last))


def quarter(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


@dataclass(frozen=True)
class _ProductFacts:
    """What the plan needs to know of one product, computed once from its systems."""

    product: Product
    systems: tuple[System, ...]
    functions: frozenset[str]
    units: frozenset[str]
    sectors: frozenset[str]
    users: int | None
    cost: float | None
    known_cost: int
    price_per_user: float | None
    lifecycle: float
    contract_end: date | None
    integrations: int


def _facts(product: Product, systems: Sequence[System]) -> _ProductFacts:
    costs = [s.annual_cost_eur for s in systems if s.annual_cost_eur is not None]
    users = [s.users for s in systems if s.users is not None]
    priced = [(s.annual_cost_eur, s.users) for s in systems
              if s.annual_cost_eur is not None and s.users]  # fmt: skip
    price = (sum(c for c, _ in priced) / sum(u for _, u in priced)) if priced else None
    ends = [s.contract_end for s in systems if s.contract_end]
    phases = [lifecycle_value(s.lifecycle) for s in systems]
    return _ProductFacts(
        product=product,
        systems=tuple(systems),
        functions=frozenset(f for s in systems for f in s.functions),
        units=frozenset(u for s in systems if (u := s.unit or s.department)),
        sectors=frozenset(s.sector for s in systems if s.sector),
        users=sum(users) if users else None,
        cost=sum(costs) if costs else None,
        known_cost=len(costs),
        price_per_user=price,
        lifecycle=max(phases) if phases else 0.5,
        contract_end=max(ends) if ends else None,
        integrations=sum(len(s.integrations) for s in systems),
    )


def _score(
    candidates: Sequence[_ProductFacts],
    cluster_functions: frozenset[str],
    params: PlanParameters,
    strategic: frozenset[str],
) -> list[tuple[ProductId, float, tuple[tuple[str, float], ...]]]:
    """Transparent weighted score per product; each criterion's contribution is kept."""
    reach = max(len(c.units) for c in candidates) or 1
    users = max((c.users or 0) for c in candidates) or 1
    priced = [c.price_per_user for c in candidates if c.price_per_user]
    cheapest = min(priced) if priced else None
    ends = [c.contract_end for c in candidates if c.contract_end]
    latest, earliest = (max(ends), min(ends)) if ends else (None, None)
    integrations = max(c.integrations for c in candidates) or 1
    scored = []
    for c in candidates:
        parts = {
            "coverage": params.w_coverage
            * (len(c.functions & cluster_functions) / max(len(cluster_functions), 1)),
            "reach": params.w_reach * len(c.units) / reach,
            "users": params.w_users * (c.users or 0) / users,
            "cost_per_user": params.w_cost_per_user
            * ((cheapest / c.price_per_user) if cheapest and c.price_per_user else 0.0),
            "lifecycle": params.w_lifecycle * c.lifecycle,
            "contract": params.w_contract
            * (
                ((c.contract_end - earliest).days / max((latest - earliest).days, 1))
                if c.contract_end and latest and earliest and latest != earliest
                else (1.0 if c.contract_end and latest == c.contract_end else 0.0)
            ),
            "integrations": params.w_integrations * c.integrations / integrations,
            "strategic": params.w_strategic * (1.0 if _norm(c.product.name) in strategic else 0.0),
        }
        contributions = tuple((k, round(v, 3)) for k, v in parts.items())
        scored.append((c.product.id, round(sum(parts.values()), 3), contributions))
    scored.sort(key=lambda t: (-t[1], t[0]))
    return scored


def _migration_cost(systems: Iterable[System], params: PlanParameters) -> tuple[float, list[Say]]:
    total, notes, unknown_users = 0.0, [], 0
    for s in systems:
        total += params.migration_fixed_eur + params.data_migration_eur
        total += params.migration_per_integration_eur * len(s.integrations)
        if s.users is None:
            unknown_users += 1
        else:
            total += params.migration_per_user_eur * s.users
    if unknown_users:
        notes.append((
            f"users unknown for {unknown_users} retired system(s): their per-user migration "
            "cost is not included",
            f"käyttäjämäärä puuttuu {unknown_users} poistuvalta järjestelmältä: niiden "
            "käyttäjäkohtaista siirtokustannusta ei ole laskettu",
        ))  # fmt: skip
    return total, notes


def _timing(
    retired: Sequence[System], params: PlanParameters, today: date, decisions: Decisions
) -> tuple[date | None, bool, str, list[Say]]:
    """start_by from the earliest contract end, tender-now flags, the roadmap wave, reasons."""
    notes = []
    ends = [s.contract_end for s in retired if s.contract_end]
    open_ended = any(s.open_ended for s in retired)
    start_by = _add_months(min(ends), -params.tender_lead_months) if ends else None
    tender_now = open_ended or (start_by is not None and start_by <= today)
    if start_by:
        notes.append((
            f"earliest retiring contract ends {min(ends).isoformat()}: start the tender by "
            f"{start_by.isoformat()} ({params.tender_lead_months} months' lead time)",
            f"aikaisin päättyvä poistuvan järjestelmän sopimus päättyy {_fi(min(ends))}: "
            f"kilpailutus aloitettava viimeistään {_fi(start_by)} "
            f"({params.tender_lead_months} kk:n valmisteluaika)",
        ))  # fmt: skip
    if open_ended:
        notes.append(("a retiring contract is open-ended (toistaiseksi): give notice and "
                      "tender now",
                      "poistuvan järjestelmän sopimus on voimassa toistaiseksi: irtisano ja "
                      "kilpailuta nyt"))  # fmt: skip
    elif tender_now:
        notes.append(
            (
                "the tender lead time has already begun: tender now",
                "kilpailutuksen valmisteluaika on jo alkanut: kilpailuta nyt",
            )
        )
    if not ends and not open_ended:
        notes.append(("contract end unknown: check the contracts before scheduling",
                      "sopimuksen päättymispäivä ei tiedossa: tarkista sopimukset ennen "
                      "aikataulutusta"))  # fmt: skip
    begin = max(start_by or today, today)
    if any(len(s.integrations) >= params.complex_integrations or is_critical(s.criticality)
           for s in retired):  # fmt: skip
        begin = _add_months(begin, 6)
        notes.append(("critical or highly integrated systems: scheduled two quarters later",
                      "kriittisiä tai paljon integroituja järjestelmiä: ajoitettu kaksi "
                      "vuosineljännestä myöhemmäksi"))  # fmt: skip
    for s in retired:
        limit = decisions.not_before.get(_norm(s.unit or s.department))
        if limit and limit > begin:
            begin = limit
            notes.append(
                (
                    f"decision: {s.unit or s.department} cannot move before {limit}",
                    f"päätös: {s.unit or s.department} ei voi siirtyä ennen {_fi(limit)}",
                )
            )
    return start_by, tender_now, quarter(begin), notes


Say = tuple[str, str]
"""A reason in English and in Finnish: the reports speak the reader's language."""
CRITERIA_FI = {
    "coverage": "kattavuus", "reach": "yksiköt", "users": "käyttäjät",
    "cost_per_user": "hinta per käyttäjä", "lifecycle": "elinkaari", "contract": "sopimus",
    "integrations": "integraatiot", "strategic": "strateginen",
}  # fmt: skip


def _fi(day: date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def _eur(value: float) -> str:
    return f"{value:,.0f} €".replace(",", " ")


def plan(
    systems: Sequence[System],
    products: Sequence[Product],
    clusters: Sequence[Cluster],
    params: PlanParameters | None = None,
    decisions: Decisions | None = None,
) -> Plan:
    """Recommendations for every cluster and every product bought several times.

    A cluster keeps its best-scoring product and retires the others onto it; a product
    used by several departments outside any retirement gets a licence recommendation.
    """
    params = params or PlanParameters()
    decisions = decisions or Decisions()
    today = params.today or date.today()
    by_product: dict[str, list[System]] = defaultdict(list)
    for s in systems:
        if s.product:
            by_product[s.product].append(s)
    facts = {p.id: _facts(p, by_product.get(p.id, [])) for p in products}
    strategic = frozenset(_norm(n) for n in (*params.strategic, *decisions.keep))
    excluded = frozenset(_norm(n) for n in decisions.exclude)
    recommendations: list[Recommendation] = []
    retired_products: set[str] = set()
    kept_products: set[str] = set()
    for cluster in sorted(clusters, key=lambda c: c.id):
        candidates = [facts[p] for p in cluster.products
                      if p in facts and _norm(facts[p].product.name) not in excluded]  # fmt: skip
        candidates = [c for c in candidates if c.product.id not in retired_products]
        if len(candidates) < 2:
            continue
        rec = _consolidate(cluster, candidates, params, decisions, strategic, today)
        if rec is None:
            continue
        rec = replace(rec, id=f"R{len(recommendations) + 1}")
        recommendations.append(rec)
        retired_products.update(rec.retire)
        kept_products.add(rec.keep)
    for product in sorted(products, key=lambda p: p.id):
        f = facts[product.id]
        if (product.id in retired_products or len(f.units) < 2 or len(f.systems) < 2
                or _norm(product.name) in excluded):  # fmt: skip
            continue
        rec = _licence(f, params, today, decisions)
        recommendations.append(replace(rec, id=f"R{len(recommendations) + 1}"))
    time = _time_classes(products, facts, retired_products, kept_products)
    summary = plan_summary(systems, products, recommendations, facts)
    return Plan(tuple(recommendations), time, summary)


def covers(keep: _ProductFacts, other: _ProductFacts, share: float) -> bool:
    """Can `other` move onto `keep`? Only if `keep` serves enough of what `other` does."""
    if not other.functions:
        return False
    return len(other.functions & keep.functions) / len(other.functions) >= share


def _choose_keep(scores, candidates, min_coverage: float, protected: frozenset[str] = frozenset()):
    """The best-scoring product that can take at least one other (rank, keep, others, retired).

    A product the user decided to keep (`protected`, normalised names) is never retired,
    even when another product is kept because it cannot take the rest.
    """
    by_id = {c.product.id: c for c in candidates}
    for rank, (keep_id, _total, _parts) in enumerate(scores):
        keep = by_id[keep_id]
        others = [c for c in candidates if c.product.id != keep_id]
        retired = [
            c for c in others
            if covers(keep, c, min_coverage) and _norm(c.product.name) not in protected
        ]  # fmt: skip
        if retired:
            return rank, keep, others, retired
    return None


def _consolidate(cluster, candidates, params, decisions, strategic, today) -> Recommendation | None:
    functions = frozenset(cluster.functions)
    scores = _score(candidates, functions, params, strategic)
    protected = frozenset(_norm(n) for n in decisions.keep)
    name_of = {c.product.id: _norm(c.product.name) for c in candidates}
    # a product the user decided to keep is the first choice, whatever its score
    ranked = sorted(scores, key=lambda sc: name_of[sc[0]] not in protected)
    chosen = _choose_keep(ranked, candidates, params.min_coverage, protected)
    if chosen is None:
        return None
    rank, keep, others, retired = chosen
    total, parts = ranked[rank][1], ranked[rank][2]
    by_decision = name_of[keep.product.id] in protected
    retired_systems = [s for c in retired for s in c.systems]
    reasons: list[Say] = [(
        f"keep {keep.product.name}: score {total:.2f} ("
        + ", ".join(f"{k} +{v:.2f}" for k, v in parts if v) + ")",
        f"säilytetään {keep.product.name}: pisteet {total:.2f} ("
        + ", ".join(f"{CRITERIA_FI[k]} +{v:.2f}" for k, v in parts if v) + ")",
    )]  # fmt: skip
    if by_decision:
        reasons.append((f"{keep.product.name} is kept by decision, whatever its score",
                        f"{keep.product.name} säilytetään päätöksen mukaan pisteistä "
                        "riippumatta"))  # fmt: skip
    elif rank:
        reasons.append((
            f"the {rank} higher-scoring product(s) do not serve everything any other product "
            "of the cluster does, so none could be retired onto them",
            f"{rank} paremmat pisteet saanutta tuotetta eivät hoida kaikkea, mitä ryhmän muut "
            "tuotteet hoitavat, joten niihin ei voi siirtää mitään",
        ))  # fmt: skip
    names = {c.product.id: c.product.name for c in retired}
    for pid, total, _parts in scores:
        if pid in names:
            reasons.append((
                f"retire {names[pid]} onto {keep.product.name}: score {total:.2f}",
                f"{names[pid]} poistetaan, käyttö siirtyy tuotteeseen {keep.product.name}: "
                f"pisteet {total:.2f}",
            ))  # fmt: skip
    for c in others:
        if c not in retired and _norm(c.product.name) in protected:
            reasons.append((f"{c.product.name} stays: kept by decision",
                            f"{c.product.name} jää: säilytetään päätöksen mukaan"))  # fmt: skip
        elif c not in retired:
            missing = ", ".join(sorted(c.functions - keep.functions))
            reasons.append((
                f"{c.product.name} stays: it also serves {missing}, which "
                f"{keep.product.name} does not",
                f"{c.product.name} jää: se hoitaa myös toiminnot {missing}, joita "
                f"{keep.product.name} ei hoida",
            ))  # fmt: skip
    applied = [f"keep {keep.product.name} (decision)"] if _norm(keep.product.name) in {
        _norm(n) for n in decisions.keep} else []  # fmt: skip
    known = [s for s in retired_systems if s.annual_cost_eur is not None]
    share = len(known) / len(retired_systems) if retired_systems else 0.0
    savings = None
    by_sector: dict[str, float] = defaultdict(float)
    if known:
        run_cost = sum(s.annual_cost_eur for s in known)  # type: ignore[misc]
        price = keep.price_per_user if keep.price_per_user is not None else params.per_user_eur
        added, unknown_users = 0.0, 0
        for s in known:
            extra = price * s.users if s.users is not None else 0.0
            unknown_users += s.users is None
            added += extra
            by_sector[s.sector or "-"] += s.annual_cost_eur - extra  # type: ignore[operator]
        net = run_cost - added
        savings = max(net, 0.0)
        own = keep.price_per_user is not None
        reasons.append((
            f"run cost of retired instances with known cost {_eur(run_cost)}/yr minus the "
            f"added cost of {keep.product.name} for moved users {_eur(added)}/yr "
            f"(per-user price {_eur(price)} from "
            f"{'its own rows' if own else 'the assumed price'}); costs known for "
            f"{share:.0%} of retired systems",
            f"poistuvien järjestelmien tunnettu käyttökustannus {_eur(run_cost)}/v miinus "
            f"tuotteen {keep.product.name} lisäkustannus siirtyville käyttäjille "
            f"{_eur(added)}/v (käyttäjähinta {_eur(price)} "
            f"{'sen omista riveistä' if own else 'oletushinnasta'}); kustannus tiedossa "
            f"{share:.0%}:lla poistuvista järjestelmistä",
        ))  # fmt: skip
        if unknown_users:
            reasons.append((
                f"users unknown for {unknown_users} retired system(s): no added cost counted "
                "for them",
                f"käyttäjämäärä puuttuu {unknown_users} poistuvalta järjestelmältä: niille ei "
                "laskettu lisäkustannusta",
            ))  # fmt: skip
        if net < 0:
            by_sector.clear()
            reasons.append((
                "the kept product costs more for the moved users: no run-cost saving",
                "säilytettävä tuote maksaa siirtyville käyttäjille enemmän: käyttökustannus "
                "ei laske",
            ))  # fmt: skip
    else:
        reasons.append((
            "no retired system has a known annual cost: savings unknown",
            "yhdenkään poistuvan järjestelmän vuosikustannusta ei tiedetä: säästö ei tiedossa",
        ))  # fmt: skip
    investment, notes = _migration_cost(retired_systems, params)
    reasons.extend(notes)
    start_by, tender_now, wave, timing = _timing(retired_systems, params, today, decisions)
    reasons.extend(timing)
    savings, investment = _round(savings), _round(investment)
    payback = investment / savings if savings else None
    net5 = savings * params.horizon_years - investment if savings is not None else None
    sector = cluster.sectors[0] if cluster.scope == "sector" and cluster.sectors else None
    return Recommendation(
        id="",
        kind="consolidate",
        keep=keep.product.id,
        retire=tuple(c.product.id for c in retired),
        retire_systems=tuple(SystemId(s.id) for s in retired_systems),
        scope=cluster.scope,
        cluster=cluster.id,
        sector=sector,
        annual_savings_eur=_round(savings),
        investment_eur=_round(investment),
        payback_years=round(payback, 2) if payback is not None else None,
        net_5y_eur=_round(net5),
        cost_known_share=round(share, 3),
        start_by=start_by,
        tender_now=tender_now,
        wave=wave,
        payer=sector if sector else "central",
        savings_by_sector=tuple(sorted((k, round(v, 2)) for k, v in by_sector.items())),
        reasons=tuple(en for en, _ in reasons),
        reasons_fi=tuple(fi for _, fi in reasons),
        scores=tuple(scores),
        decisions=tuple(applied),
    )


def _licence(f: _ProductFacts, params: PlanParameters, today: date, decisions) -> Recommendation:
    """One product bought by several departments: one contract, one instance."""
    ordered = sorted(f.systems, key=lambda s: (-(s.users or 0), s.id))
    merged = ordered[1:]
    known = [s for s in f.systems if s.annual_cost_eur is not None]
    share = len(known) / len(f.systems)
    savings = (sum(s.annual_cost_eur for s in known) * params.licence_saving_share
               if known else None)  # type: ignore[misc]  # fmt: skip
    savings, investment = _round(savings), _round(params.licence_fixed_eur * len(merged))
    start_by, tender_now, wave, timing = _timing(f.systems, params, today, decisions)
    units = ", ".join(sorted(f.units))
    reasons: list[Say] = [
        (f"{f.product.name} is bought separately by {len(f.units)} departments ({units}): "
         "one contract and one instance, no migration",
         f"{f.product.name} on hankittu erikseen {len(f.units)} yksikköön ({units}): yksi "
         "sopimus ja yksi instanssi, ei siirtoa"),
        (f"assumed saving {params.licence_saving_share:.0%} of the combined annual cost"
         + (f" ({_eur(savings)}/yr)" if savings is not None else ": costs unknown"),
         f"oletettu säästö {params.licence_saving_share:.0%} yhteenlasketusta vuosikustannuksesta"
         + (f" ({_eur(savings)}/v)" if savings is not None else ": kustannukset ei tiedossa")),
        (f"costs known for {share:.0%} of its systems",
         f"kustannus tiedossa {share:.0%}:lla sen järjestelmistä"),
        *timing,
    ]  # fmt: skip
    payback = investment / savings if savings else None
    sectors = sorted(f.sectors)
    scope = "sector" if len(sectors) == 1 else "city"
    return Recommendation(
        id="",
        kind="licence",
        keep=f.product.id,
        retire=(),
        retire_systems=tuple(SystemId(s.id) for s in merged),
        scope=scope,
        sector=sectors[0] if scope == "sector" else None,
        annual_savings_eur=_round(savings),
        investment_eur=_round(investment),
        payback_years=round(payback, 2) if payback is not None else None,
        net_5y_eur=_round(savings * params.horizon_years - investment)
        if savings is not None
        else None,  # fmt: skip
        cost_known_share=round(share, 3),
        start_by=start_by,
        tender_now=tender_now,
        wave=wave,
        payer=sectors[0] if scope == "sector" else "central",
        savings_by_sector=_sector_split(known, params.licence_saving_share),
        reasons=tuple(en for en, _ in reasons),
        reasons_fi=tuple(fi for _, fi in reasons),
    )


def _sector_split(systems: Sequence[System], share: float) -> tuple[tuple[str, float], ...]:
    out: dict[str, float] = defaultdict(float)
    for s in systems:
        out[s.sector or "-"] += (s.annual_cost_eur or 0.0) * share
    return tuple(sorted((k, round(v, 2)) for k, v in out.items()))


def _round(value: float | None) -> float | None:
    return None if value is None or math.isnan(value) else round(value, 2)


def _time_classes(products, facts, retired, kept) -> tuple[tuple[str, str, str], ...]:
    """TIME per product with the rule that gave it."""
    out = []
    for p in sorted(products, key=lambda p: p.id):
        if p.id in retired:
            out.append((p.id, "Eliminate", "retired onto another product in a recommendation"))
        elif p.id in kept:
            out.append((p.id, "Invest", "kept as the platform others consolidate onto"))
        elif facts[p.id].lifecycle == 0.0:
            out.append((p.id, "Migrate", "its lifecycle says it is being retired"))
        else:
            out.append((p.id, "Tolerate", "no overlap calls for change"))
    return tuple(out)


def plan_summary(systems, products, recommendations, facts) -> dict[str, Any]:
    """Totals that add up: summary savings = the sum over recommendations."""
    savings = [r.annual_savings_eur for r in recommendations if r.annual_savings_eur is not None]
    investment = [r.investment_eur for r in recommendations if r.investment_eur is not None]
    total_savings = round(sum(savings), 2) if savings else None
    total_investment = round(sum(investment), 2) if investment else None
    retired_products = {p for r in recommendations for p in r.retire}
    retired_systems = {s for r in recommendations for s in r.retire_systems}
    per_sector: dict[str, dict[str, float]] = defaultdict(lambda: {"savings": 0.0,
                                                                   "investment": 0.0})  # fmt: skip
    for r in recommendations:
        for sector, amount in r.savings_by_sector:
            per_sector[sector]["savings"] += amount
        per_sector[r.payer or "central"]["investment"] += r.investment_eur or 0.0
    known = sum(1 for s in systems if s.annual_cost_eur is not None)
    return {
        "annual_savings_eur": total_savings,
        "investment_eur": total_investment,
        "payback_years": round(total_investment / total_savings, 2)
        if total_savings and total_investment is not None
        else None,
        "net_5y_eur": round(total_savings * 5 - (total_investment or 0), 2)
        if total_savings is not None
        else None,
        "recommendations": len(recommendations),
        "recommendations_without_known_savings": sum(
            1 for r in recommendations if r.annual_savings_eur is None
        ),
        "cost_known_share": round(known / len(systems), 3) if systems else 0.0,
        "systems_before": len(systems),
        "systems_after": len(systems) - len(retired_systems),
        "products_before": len(products),
        "products_after": len(products) - len(retired_products),
        "per_sector": {
            k: {kk: round(vv, 2) for kk, vv in v.items()} for k, v in sorted(per_sector.items())
        },  # fmt: skip
    }
