"""Overlaps, product similarity and consolidation clusters (dedup/overlap.py)."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dedup.model import Function, FunctionId, Product, ProductId, Source, System, SystemId
from dedup.overlap import (
    cluster_json,
    find_clusters,
    find_overlaps,
    function_index,
    functions_json,
    overlap_json,
    product_similarity,
)

REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata"
HELSINKI_2013 = REALDATA / "helsinki_2013_tietojarjestelmaluettelo.csv"


def fn(fid: str, basic: bool = False) -> Function:
    label = fid.replace("-", " ").capitalize()
    return Function(FunctionId(fid), f"{label} (fi)", label, label, "basic-it" if basic else "x",
                    basic)  # fmt: skip


FUNCTIONS = (
    fn("office-email", basic=True),
    fn("identity-access", basic=True),
    fn("time-tracking"),
    fn("shift-planning"),
    fn("payroll"),
    fn("case-management"),
)
SECTOR = {"Heke": "Keskushallinto", "Taske": "Keskushallinto", "Sote": "Sote", "Kymp": "Kymp"}


class Inventory:
    """Builds real System and Product records: one system per (product, department)."""

    def __init__(self) -> None:
        self.systems: list[System] = []
        self.names: dict[str, str] = {}

    def add(self, product: str, departments: list[str], functions: list[str],
            sector: dict[str, str | None] | None = None) -> Inventory:  # fmt: skip
        pid = product.casefold()
        self.names[pid] = product
        for unit in departments:
            n = len(self.systems) + 1
            self.systems.append(
                System(
                    SystemId(f"S{n}"), Source("inv.csv", "inv", n + 1), product,
                    department=unit, unit=unit, sector=(sector or SECTOR).get(unit),
                    product=ProductId(pid), functions=tuple(FunctionId(f) for f in functions),
                )
            )  # fmt: skip
        return self

    @property
    def products(self) -> list[Product]:
        members: dict[str, list[SystemId]] = {}
        for s in self.systems:
            members.setdefault(s.product, []).append(s.id)
        return [Product(ProductId(p), self.names[p], None, tuple(m)) for p, m in members.items()]

    def clusters(self, **options):
        return find_clusters(self.systems, self.products, FUNCTIONS, **options)


# --------------------------------------------------------------------------- overlaps


def test_two_time_tracking_products_give_one_overlap_and_one_cluster():
    inv = Inventory().add("Titania", ["Heke"], ["time-tracking"])
    inv.add("Mepco", ["Sote"], ["time-tracking"])
    overlaps = find_overlaps(inv.systems, inv.products)
    assert len(overlaps) == 1
    o = overlaps[0]
    assert (o.function, o.products) == ("time-tracking", ("mepco", "titania"))
    assert o.departments == ("Heke", "Sote")
    assert o.sectors == ("Keskushallinto", "Sote")
    assert o.systems == ("S1", "S2")
    clusters = inv.clusters()
    assert len(clusters) == 1
    c = clusters[0]
    assert (c.id, c.products, c.functions, c.scope) == ("C001", ("mepco", "titania"),
                                                        ("time-tracking",), "city")  # fmt: skip
    assert c.departments == ("Heke", "Sote") and c.similarity == 1.0
    assert "Mepco and Titania both serve Time tracking in Heke and Sote" in c.evidence
    assert "Mepco ja Titania molemmat: Time tracking (fi) (Heke ja Sote)" in c.evidence_fi
    assert len(c.evidence_fi) == len(c.evidence)


def test_one_product_in_many_departments_is_not_an_overlap_or_a_cluster():
    inv = Inventory().add("Titania", ["Heke", "Sote", "Kymp"], ["time-tracking"])
    assert find_overlaps(inv.systems, inv.products) == ()
    assert inv.clusters() == ()


def test_product_found_through_product_records_when_system_field_empty():
    inv = Inventory().add("Titania", ["Heke"], ["time-tracking"])
    inv.add("Mepco", ["Sote"], ["time-tracking"])
    bare = [replace(s, product=None) for s in inv.systems]
    assert find_overlaps(bare, inv.products)[0].products == ("mepco", "titania")
    assert find_overlaps(bare, ()) == ()  # no product known: nothing to compare


def test_overlaps_most_products_first():
    inv = Inventory().add("A", ["Heke"], ["payroll", "time-tracking"])
    inv.add("B", ["Sote"], ["time-tracking"]).add("C", ["Kymp"], ["time-tracking", "payroll"])
    inv.add("D", ["Kymp"], ["time-tracking"])
    assert [o.function for o in find_overlaps(inv.systems, inv.products)] == [
        "time-tracking", "payroll"
    ]  # fmt: skip


# --------------------------------------------------------------------------- clusters


def test_email_everywhere_does_not_glue_unrelated_clusters():
    everywhere = ["Heke", "Taske", "Sote", "Kymp"]
    inv = Inventory().add("Outlook", everywhere, ["office-email"])
    inv.add("Titania", ["Heke"], ["time-tracking", "office-email"])
    inv.add("Mepco", ["Sote"], ["time-tracking", "office-email", "identity-access"])
    inv.add("Personec", ["Taske"], ["payroll", "office-email"])
    inv.add("Palkka", ["Kymp"], ["payroll", "office-email"])
    inv.add("Ahjo", ["Taske"], ["case-management", "office-email"])
    clusters = inv.clusters()
    assert sorted(c.products for c in clusters) == [("mepco", "titania"), ("palkka", "personec")]
    assert all("office-email" not in c.functions for c in clusters)


def test_two_mail_systems_form_a_basic_it_cluster():
    inv = Inventory().add("Outlook", ["Heke", "Sote"], ["office-email"])
    inv.add("Lotus Notes", ["Kymp"], ["office-email"])
    inv.add("Titania", ["Heke"], ["time-tracking", "office-email"])
    (c,) = inv.clusters()
    assert (c.products, c.scope, c.functions) == (("lotus notes", "outlook"), "basic-it",
                                                  ("office-email",))  # fmt: skip


def test_scope_sector_when_every_system_is_in_one_sector():
    inv = Inventory().add("Titania", ["Heke"], ["time-tracking"])
    inv.add("Mepco", ["Taske"], ["time-tracking"])
    (c,) = inv.clusters()
    assert (c.scope, c.sectors) == ("sector", ("Keskushallinto",))


def test_scope_city_when_a_sector_is_unknown():
    inv = Inventory().add("Titania", ["Heke"], ["time-tracking"])
    inv.add("Mepco", ["Taske"], ["time-tracking"], sector={"Taske": None})
    (c,) = inv.clusters()
    assert (c.scope, c.sectors) == ("city", ("Keskushallinto",))


def test_similarity_threshold_decides_links():
    inv = Inventory().add("Titania", ["Heke"], ["time-tracking", "shift-planning", "payroll"])
    inv.add("Mepco", ["Sote"], ["time-tracking"])
    assert inv.clusters() == ()  # Jaccard 1/3 < 0.5
    (c,) = inv.clusters(threshold=0.3)
    assert c.similarity == pytest.approx(1 / 3, abs=1e-4)
    assert any("Titania covers 100% of Mepco's functions" in e for e in c.evidence)
    assert any("Titania kattaa 100 % tuotteen Mepco toiminnoista" in e for e in c.evidence_fi)


def test_chain_without_a_common_function_is_split():
    inv = Inventory()
    for name in ("T1", "T2", "T3"):
        inv.add(name, ["Heke"], ["time-tracking"])
    inv.add("Suite", ["Sote"], ["time-tracking", "payroll"])
    for name in ("P1", "P2", "P3"):
        inv.add(name, ["Kymp"], ["payroll"])
    clusters = inv.clusters()
    assert len(clusters) == 2
    for c in clusters:  # the suite joins one side (ties: deterministic), never both together
        assert not ({"t1", "p1"} <= set(c.products))
        assert set(c.products) - {"suite"} in ({"t1", "t2", "t3"}, {"p1", "p2", "p3"})
    assert all(len(c.functions) >= 1 for c in clusters)


def test_large_groups_are_split_to_person_size_without_losing_products():
    inv = Inventory()
    units = ["Heke", "Taske", "Sote", "Kymp"]
    for n in range(45):
        inv.add(f"Tt{n:02d}", [units[n % 4]], ["time-tracking"])
    clusters = inv.clusters(max_size=10)
    assert all(2 <= len(c.products) <= 10 for c in clusters)
    covered = [p for c in clusters for p in c.products]
    assert len(covered) == len(set(covered)) == 45
    sote = [c for c in clusters if c.sectors == ("Sote",)]
    assert sote and all(c.scope == "sector" for c in sote)
    assert all(any(e.startswith("Split from 45 linked products") for e in c.evidence)
               for c in clusters)  # fmt: skip
    assert all(any(e.startswith("Jaettu 45 toisiinsa liittyvän") for e in c.evidence_fi)
               for c in clusters)  # fmt: skip


# --------------------------------------------------------------------------- similarity


def _brute_force(product_functions: dict[str, frozenset[str]], basic: frozenset[str]):
    def core(fs):
        return fs - basic or fs

    out = {}
    for p, q in itertools.combinations(sorted(product_functions), 2):
        a, b = core(product_functions[p]), core(product_functions[q])
        if a & b:
            out[(p, q)] = (len(a & b), len(a & b) / len(a | b), len(a & b) / len(a),
                           len(a & b) / len(b))  # fmt: skip
    return out


product_sets = st.dictionaries(
    st.sampled_from([f"p{n:02d}" for n in range(25)]),
    st.frozensets(st.sampled_from([f.id for f in FUNCTIONS]), min_size=1, max_size=4),
    min_size=2,
)


@settings(max_examples=60, deadline=None)
@given(product_sets)
def test_similarity_equals_brute_force(product_functions):
    inv = Inventory()
    for p, fs in sorted(product_functions.items()):
        inv.add(p, ["Heke"], sorted(fs))
    sim = product_similarity(inv.systems, inv.products, FUNCTIONS)
    got = {(x.a, x.b): (x.shared, x.jaccard, x.overlap_a, x.overlap_b) for x in sim.pairs()}
    basic = frozenset(f.id for f in FUNCTIONS if f.basic_it)
    expected = _brute_force(product_functions, basic)
    assert got.keys() == expected.keys()
    for key, value in expected.items():
        assert got[key] == pytest.approx(value)
    assert sim.product_pairs() == len(expected)


def test_similarity_with_more_functions_than_one_mask_word():
    rng = random.Random(5)
    many = [f"f{n:03d}" for n in range(150)]  # three 64-bit words per mask
    product_functions = {
        f"p{n:03d}": frozenset(rng.sample(many[: 20 + n % 130], rng.randint(1, 6)))
        for n in range(200)
    }
    inv = Inventory()
    for p, fs in sorted(product_functions.items()):
        inv.add(p, ["Heke"], sorted(fs))
    sim = product_similarity(inv.systems, inv.products)
    got = {(x.a, x.b): (x.shared, x.jaccard, x.overlap_a, x.overlap_b) for x in sim.pairs()}
    expected = _brute_force(product_functions, frozenset())
    assert got.keys() == expected.keys() and len(expected) > 100
    assert all(got[k] == pytest.approx(v) for k, v in expected.items())
    strong = product_similarity(inv.systems, inv.products, min_jaccard=0.5)
    assert {(x.a, x.b) for x in strong.pairs()} == {k for k, v in expected.items() if v[1] >= 0.5}


def test_similarity_collapses_identical_function_sets():
    inv = Inventory()
    for n in range(50):
        inv.add(f"tt{n}", ["Heke"], ["time-tracking", "office-email"])
    sim = product_similarity(inv.systems, inv.products, FUNCTIONS)
    assert len(sim.signatures) == 1 and len(sim.a) == 1
    assert sim.product_pairs() == 50 * 49 // 2


# --------------------------------------------------------------------------- invariants


inventories = st.lists(
    st.tuples(
        st.integers(0, 14),  # product
        st.sampled_from(["Heke", "Taske", "Sote", "Kymp"]),
        st.frozensets(st.sampled_from([f.id for f in FUNCTIONS]), max_size=3),
    ),
    min_size=1,
    max_size=40,
)


def _build(rows) -> Inventory:
    inv = Inventory()
    for product, unit, functions in rows:
        inv.add(f"P{product:02d}", [unit], sorted(functions))
    return inv


@settings(max_examples=80, deadline=None)
@given(inventories, st.sampled_from([3, 5, 20]), st.randoms(use_true_random=False))
def test_cluster_invariants(rows, max_size, rnd):
    inv = _build(rows)
    clusters = inv.clusters(max_size=max_size)
    seen: set[str] = set()
    for c in clusters:
        assert 2 <= len(c.products) <= max_size
        assert not seen & set(c.products)  # disjoint
        seen.update(c.products)
        assert c.functions and c.scope in ("basic-it", "sector", "city")
        assert 0.0 <= c.similarity <= 1.0
    assert [c.id for c in clusters] == [f"C{n:03d}" for n in range(1, len(clusters) + 1)]
    assert inv.clusters(max_size=max_size) == clusters  # same input, same output
    shuffled = list(inv.systems)
    rnd.shuffle(shuffled)
    products = inv.products
    rnd.shuffle(products)
    assert find_clusters(shuffled, products, FUNCTIONS, max_size=max_size) == clusters
    assert find_overlaps(shuffled, products) == find_overlaps(inv.systems, inv.products)


# --------------------------------------------------------------------------- json


def test_json_helpers_follow_the_result_contract():
    inv = Inventory().add("Titania", ["Heke"], ["time-tracking"])
    inv.add("Mepco", ["Sote"], ["time-tracking"])
    (o,) = find_overlaps(inv.systems, inv.products)
    assert {"function", "products", "departments", "sectors"} <= overlap_json(o).keys()
    (c,) = inv.clusters()
    assert {"id", "products", "functions", "departments", "scope"} <= cluster_json(c).keys()
    entries = functions_json(FUNCTIONS, function_index(inv.systems, inv.products))
    assert [e["id"] for e in entries] == [f.id for f in FUNCTIONS]
    tt = next(e for e in entries if e["id"] == "time-tracking")
    assert (tt["label"], tt["products"], tt["departments"]) == ("Time tracking",
                                                                 ["mepco", "titania"],
                                                                 ["Heke", "Sote"])  # fmt: skip
    import json

    json.dumps([overlap_json(o), cluster_json(c), entries])  # plain JSON types only


# --------------------------------------------------------------------------- real data


def test_helsinki_2013_has_time_tracking_and_case_management_overlaps():
    if not HELSINKI_2013.is_file():
        pytest.skip(f"real inventory not present at {HELSINKI_2013} (only on the team's machines)")
    taxonomy = pytest.importorskip("dedup.taxonomy", reason="classifier not written yet")
    from dedup.inventory import load_inventory
    from dedup.orgmap import assign_units, load_org_map

    functions = taxonomy.load_functions()
    classifier = taxonomy.Classifier(functions)
    systems = [
        replace(s, product=ProductId(" ".join(s.name.casefold().split())),
                functions=classifier.classify_system_texts(s.purpose, s.description,
                                                           s.name).functions)
        for s in load_inventory([HELSINKI_2013]).systems
    ]  # fmt: skip
    systems, _ = assign_units(systems, load_org_map("helsinki2017"))
    overlaps = {o.function: o for o in find_overlaps(systems)}
    assert len(overlaps["time-tracking"].products) >= 3
    assert len(overlaps["case-management"].products) >= 3
    assert len(overlaps["time-tracking"].sectors) >= 2
    clusters = find_clusters(systems, (), functions)
    assert clusters and all(2 <= len(c.products) <= 20 for c in clusters)
    found = {f for c in clusters for f in c.functions}
    assert "time-tracking" in found
    systems = list(systems)
    random.Random(1).shuffle(systems)
    assert find_clusters(systems, (), functions) == clusters
