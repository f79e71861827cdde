"""The plan: what to keep, what to retire, money that adds up, timing, decisions."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from dedup.consolidate import Decisions, PlanParameters, plan
from dedup.model import Cluster, ClusterId, FunctionId, Product, ProductId, Source, System, SystemId

TODAY = date(2026, 1, 1)
PARAMS = PlanParameters(today=TODAY)


def system(n, product, unit, sector, cost=None, users=None, end=None, **kw):
    return System(
        id=SystemId(f"S{n}"), source=Source("inv.xlsx", "Sheet", n + 1), name=product,
        product=ProductId(product), unit=unit, department=unit, sector=sector,
        annual_cost_eur=cost, users=users, contract_end=end,
        functions=kw.pop("functions", (FunctionId("time-tracking"),)), **kw,
    )  # fmt: skip


def products_of(systems):
    ids = sorted({s.product for s in systems})
    return [Product(ProductId(p), p, None, tuple(s.id for s in systems if s.product == p))
            for p in ids]  # fmt: skip


def cluster(*products, scope="city", sectors=("KASKO", "SOTE")):
    return Cluster(ClusterId("C1"), tuple(ProductId(p) for p in products),
                   (FunctionId("time-tracking"),), (), sectors, scope, 0.5)  # fmt: skip


def test_keeps_the_widely_used_product_and_retires_the_other():
    systems = [
        system(1, "Titania", "Sote", "SOTE", 50_000, 1000, date(2029, 12, 31)),
        system(2, "Titania", "Opev", "KASKO", 30_000, 600, date(2029, 12, 31)),
        system(3, "Mepco", "Heke", "KESKUS", 20_000, 100, date(2027, 6, 30)),
    ]
    result = plan(systems, products_of(systems), [cluster("Titania", "Mepco")], PARAMS)
    consolidate = [r for r in result.recommendations if r.kind == "consolidate"]
    assert len(consolidate) == 1
    rec = consolidate[0]
    assert rec.keep == "Titania" and rec.retire == ("Mepco",)
    assert rec.retire_systems == ("S3",)
    # price per user from Titania's own rows: 80 000 / 1 600 = 50 €/user
    assert rec.annual_savings_eur == 20_000 - 50 * 100
    assert rec.investment_eur == 20_000 + 10_000 + 25 * 100
    assert rec.payback_years == round(rec.investment_eur / rec.annual_savings_eur, 2)
    assert rec.start_by == date(2026, 6, 30)
    assert not rec.tender_now and rec.wave == "2026-Q2"
    assert any(r.startswith("keep Titania") for r in rec.reasons)
    # Titania is also bought separately by two departments: a licence recommendation
    licence = [r for r in result.recommendations if r.kind == "licence"]
    assert [r.keep for r in licence] == ["Titania"]
    time = {p: t for p, t, _ in result.product_time}
    assert time == {"Mepco": "Eliminate", "Titania": "Invest"}


def test_unknown_costs_stay_unknown_never_zero():
    systems = [system(1, "A", "Sote", "SOTE", users=10), system(2, "B", "Opev", "KASKO")]
    result = plan(systems, products_of(systems), [cluster("A", "B")], PARAMS)
    rec = result.recommendations[0]
    assert rec.annual_savings_eur is None and rec.payback_years is None
    assert rec.cost_known_share == 0.0
    assert result.summary["annual_savings_eur"] is None
    assert result.summary["cost_known_share"] == 0.0


def test_expired_or_open_ended_contracts_mean_tender_now():
    systems = [
        system(1, "A", "Sote", "SOTE", 100, 10, date(2030, 1, 1), lifecycle="käytössä"),
        system(2, "B", "Opev", "KASKO", 100, 1, open_ended=True),
    ]
    rec = plan(systems, products_of(systems), [cluster("A", "B")], PARAMS).recommendations[0]
    assert rec.retire == ("B",) and rec.tender_now


def test_sector_scope_is_paid_by_the_sector():
    systems = [system(1, "A", "Sote", "SOTE", 100, 10), system(2, "B", "Sote", "SOTE", 100, 5)]
    rec = plan(systems, products_of(systems), [cluster("A", "B", scope="sector",
                                                        sectors=("SOTE",))], PARAMS)  # fmt: skip
    assert rec.recommendations[0].payer == "SOTE"
    assert rec.recommendations[0].sector == "SOTE"


def test_decisions_keep_exclude_and_not_before_are_honoured():
    systems = [
        system(1, "A", "Sote", "SOTE", 100, 100),
        system(2, "B", "Opev", "KASKO", 100, 5, end=date(2026, 3, 1)),
        system(3, "C", "Heke", "KESKUS", 100, 5),
    ]
    decisions = Decisions(keep=frozenset({"B"}), exclude=frozenset({"C"}),
                          not_before={"sote": date(2028, 1, 1)})  # fmt: skip
    rec = plan(systems, products_of(systems), [cluster("A", "B", "C")], PARAMS,
               decisions).recommendations[0]  # fmt: skip
    assert rec.keep == "B" and rec.retire == ("A",)
    assert "keep B (decision)" in rec.decisions
    assert rec.wave == "2028-Q1"


def test_plan_parameters_refuse_unknown_keys():
    import pytest

    from dedup.errors import ConfigError

    with pytest.raises(ConfigError, match="w_coverge"):
        PlanParameters.from_config({"w_coverge": 1})
    assert PlanParameters.from_config({"w_coverage": 5}).w_coverage == 5


names = st.sampled_from(["A", "B", "C", "D", "E"])
units = st.sampled_from([("Sote", "SOTE"), ("Opev", "KASKO"), ("Heke", "KESKUS")])
money = st.one_of(st.none(), st.floats(0, 1e6, allow_nan=False))
people = st.one_of(st.none(), st.integers(0, 5000))
rows = st.lists(st.tuples(names, units, money, people), min_size=2, max_size=25)


@settings(max_examples=60, deadline=None)
@given(rows, st.lists(st.lists(names, min_size=2, max_size=4, unique=True), max_size=3))
def test_plan_invariants(rows, groups):
    systems = [system(i, p, u, s, c, n) for i, (p, (u, s), c, n) in enumerate(rows, start=1)]
    products = products_of(systems)
    present = {p.id for p in products}
    clusters, used = [], set()
    for i, group in enumerate(groups):
        members = [p for p in group if p in present and p not in used]
        if len(members) >= 2:
            used.update(members)
            functions = (FunctionId("time-tracking"),)
            clusters.append(Cluster(ClusterId(f"C{i}"), tuple(members), functions, (), ("SOTE",),
                                    "city", 0.5))  # fmt: skip
    result = plan(systems, products, clusters, PARAMS)
    retired = [p for r in result.recommendations for p in r.retire]
    assert len(retired) == len(set(retired)), "a product is retired at most once"
    for r in result.recommendations:
        assert r.keep not in r.retire
        assert r.annual_savings_eur is None or r.annual_savings_eur >= 0
        assert r.investment_eur is None or r.investment_eur >= 0
        if r.annual_savings_eur and r.investment_eur is not None:
            assert abs(r.payback_years - r.investment_eur / r.annual_savings_eur) < 0.01
        involved = [s for s in systems if s.id in r.retire_systems
                    or (r.kind == "licence" and s.product == r.keep)]  # fmt: skip
        if involved and all(s.annual_cost_eur is None for s in involved):
            assert r.annual_savings_eur is None, "unknown costs never become 0"
    known = [
        r.annual_savings_eur for r in result.recommendations if r.annual_savings_eur is not None
    ]
    assert result.summary["annual_savings_eur"] == (round(sum(known), 2) if known else None)
    assert plan(systems, products, clusters, PARAMS) == result


def test_a_keep_decision_wins_over_any_score_and_is_never_retired():
    archive, imaging = FunctionId("archive"), FunctionId("medical-imaging")
    systems = [
        system(1, "Big", "Sote", "SOTE", 100_000, 5000, date(2030, 1, 1)),
        system(2, "Big", "Opev", "KASKO", 100_000, 5000, date(2030, 1, 1)),
        system(3, "Small", "Heke", "KESKUS", 100, 5),
    ]
    decided = Decisions(keep=frozenset({"Small"}))
    rec = plan(systems, products_of(systems), [cluster("Big", "Small")], PARAMS,
               decided).recommendations[0]  # fmt: skip
    assert rec.keep == "Small" and rec.retire == ("Big",)
    assert "Small is kept by decision, whatever its score" in rec.reasons
    assert any(r.startswith("retire Big onto Small") for r in rec.reasons)
    # a product kept by decision that cannot take the others is not retired either
    both = (archive, imaging)
    systems = [
        system(1, "Wide", "Sote", "SOTE", 100, 500, functions=both),
        system(2, "Twin", "Opev", "KASKO", 100, 50, functions=both),
        system(3, "Narrow", "Heke", "KESKUS", 100, 5, functions=(archive,)),
    ]
    rec = plan(systems, products_of(systems), [cluster("Wide", "Twin", "Narrow")], PARAMS,
               Decisions(keep=frozenset({"Narrow"}))).recommendations[0]  # fmt: skip
    assert rec.keep == "Wide" and rec.retire == ("Twin",)
    assert "Narrow stays: kept by decision" in rec.reasons


def test_a_product_doing_more_than_the_kept_one_is_not_retired_onto_it():
    archive, imaging = FunctionId("archive"), FunctionId("medical-imaging")
    systems = [
        system(1, "ProjectWise", "Rakennusvirasto", "KYMP", 100, 500, functions=(archive,)),
        system(2, "ProjectWise", "KSV", "KYMP", 100, 500, functions=(archive,)),
        system(3, "Carestream PACS", "Sote", "SOTE", 100, 50, functions=(archive, imaging)),
        system(4, "Arkki", "Kanslia", "KESKUS", 100, 20, functions=(archive,)),
    ]
    result = plan(systems, products_of(systems), [cluster("ProjectWise", "Carestream PACS",
                                                           "Arkki")], PARAMS)  # fmt: skip
    rec = next(r for r in result.recommendations if r.kind == "consolidate")
    assert rec.keep == "ProjectWise" and rec.retire == ("Arkki",)
    assert any("Carestream PACS stays: it also serves medical-imaging" in r for r in rec.reasons)


def test_every_reason_is_given_in_finnish_too():
    systems = [
        system(1, "Titania", "Sote", "SOTE", 50_000, 1000, date(2029, 12, 31)),
        system(2, "Titania", "Opev", "KASKO", 30_000, None, None, open_ended=True),
        system(3, "Mepco", "Heke", "KESKUS", 20_000, None, date(2027, 6, 30)),
    ]
    result = plan(systems, products_of(systems), [cluster("Titania", "Mepco")], PARAMS)
    for rec in result.recommendations:
        assert len(rec.reasons_fi) == len(rec.reasons) > 0
        assert not set(rec.reasons_fi) & set(rec.reasons)
    rec = next(r for r in result.recommendations if r.kind == "consolidate")
    assert rec.reasons_fi[0].startswith("säilytetään Titania")
    assert any("30.6.2027" in r for r in rec.reasons_fi)
