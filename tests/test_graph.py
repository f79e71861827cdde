"""The typed inventory graph and its GraphML / GEXF export (dedup/graph.py)."""

from __future__ import annotations

import io
from collections import Counter

import networkx as nx

from dedup.graph import NODE_KINDS, build_graph, to_gexf, to_graphml
from dedup.model import Function, FunctionId, Product, ProductId, Source, System, SystemId

FUNCTIONS = (
    Function(FunctionId("time-tracking"), "Työajanseuranta", "Arbetstid", "Working time tracking",
             "hr", False),
    Function(FunctionId("office-email"), "Sähköposti", "E-post", "E-mail", "basic-it", True),
    Function(FunctionId("payroll"), "Palkat", "Löner", "Payroll", "hr", False),
)  # fmt: skip


def system(n, unit, sector, product, functions, **extra) -> System:
    return System(
        SystemId(f"S{n}"), Source("inv.xlsx", "Sote", n + 1), f"Name {n}", department=unit,
        unit=unit, sector=sector, product=ProductId(product) if product else None,
        functions=tuple(FunctionId(f) for f in functions), **extra,
    )  # fmt: skip


SYSTEMS = (
    system(1, "Heke", "Keskushallinto", "titania", ["time-tracking", "office-email"],
           annual_cost_eur=12000.0, vendor="CGI"),
    system(2, "Sote", "Sote", "mepco", ["time-tracking"], users=300),
    system(3, "Sote", "Sote", "titania", ["time-tracking"]),
    system(4, None, None, None, []),  # nothing known: a lone system node, no None attributes
)  # fmt: skip
PRODUCTS = (
    Product(ProductId("titania"), "Titania", "CGI", (SystemId("S1"), SystemId("S3"))),
    Product(ProductId("mepco"), "Mepco", None, (SystemId("S2"),)),
)


def test_nodes_are_typed_and_prefixed():
    g = build_graph(SYSTEMS, PRODUCTS, FUNCTIONS)
    kinds = Counter(kind for _, kind in g.nodes(data="kind"))
    assert kinds == {"system": 4, "department": 2, "sector": 2, "product": 2, "function": 2}
    assert set(kinds) <= set(NODE_KINDS)
    assert g.nodes["product:titania"]["label"] == "Titania"
    assert g.nodes["function:time-tracking"]["label"] == "Working time tracking"
    assert g.nodes["function:office-email"]["basic_it"] is True
    assert g.nodes["system:S1"]["place"] == "inv.xlsx:Sote!2"
    assert "function:payroll" not in g  # served by no system
    for _, data in g.nodes(data=True):
        assert None not in data.values()


def test_edges_are_typed():
    g = build_graph(SYSTEMS, PRODUCTS, FUNCTIONS)
    edges = {(a, b): kind for a, b, kind in g.edges(data="kind")}
    assert edges[("department:Heke", "system:S1")] == "owns"
    assert edges[("system:S1", "product:titania")] == "instance_of"
    assert edges[("system:S1", "function:office-email")] == "serves"
    assert edges[("department:Sote", "sector:Sote")] == "in"  # same name, no collision
    assert Counter(edges.values()) == {"owns": 3, "instance_of": 3, "serves": 4, "in": 2}


def test_graphml_round_trip():
    g = build_graph(SYSTEMS, PRODUCTS, FUNCTIONS)
    back = nx.read_graphml(io.BytesIO(to_graphml(g)))
    assert set(back.nodes) == set(g.nodes)
    assert {(a, b) for a, b in back.edges} == {(a, b) for a, b in g.edges}
    assert back.nodes["system:S1"]["annual_cost_eur"] == 12000.0
    assert back.nodes["system:S2"]["users"] == 300
    assert back.nodes["sector:Keskushallinto"]["kind"] == "sector"
    assert back.edges["system:S2", "function:time-tracking"]["kind"] == "serves"


def test_graphml_stringifies_values_it_cannot_hold():
    g = build_graph(SYSTEMS, PRODUCTS, FUNCTIONS)
    g.nodes["product:titania"]["names"] = ("Titania", "TITANIA 9")
    g.nodes["product:mepco"]["unknown"] = None
    back = nx.read_graphml(io.BytesIO(to_graphml(g)))
    assert back.nodes["product:titania"]["names"] == "Titania; TITANIA 9"
    assert "unknown" not in back.nodes["product:mepco"]


def test_gexf_export_reads_back():
    g = build_graph(SYSTEMS, PRODUCTS, FUNCTIONS)
    back = nx.read_gexf(io.BytesIO(to_gexf(g)))
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()


def _networkx_bytes(graph: nx.DiGraph, writer) -> bytes:
    """What networkx's own writer makes of the graph (values made exportable first)."""
    plain = nx.DiGraph()
    plain.graph.update(graph.graph)
    for node, data in graph.nodes(data=True):
        plain.add_node(node, **{k: v for k, v in data.items() if v is not None})
    plain.add_edges_from(graph.edges(data=True))
    buffer = io.BytesIO()
    writer(plain, buffer)
    return buffer.getvalue()


def _same(a: nx.Graph, b: nx.Graph) -> None:
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(data=True)) == list(b.edges(data=True))


def test_export_reads_back_as_networkx_own_writers_do():
    """The hand-written GraphML and GEXF say exactly what networkx's writers say."""
    g = build_graph(SYSTEMS, PRODUCTS, FUNCTIONS)
    _same(nx.read_graphml(io.BytesIO(to_graphml(g))),
          nx.read_graphml(io.BytesIO(_networkx_bytes(g, nx.write_graphml))))  # fmt: skip
    _same(nx.read_gexf(io.BytesIO(to_gexf(g))),
          nx.read_gexf(io.BytesIO(_networkx_bytes(g, nx.write_gexf))))  # fmt: skip


def test_export_escapes_hostile_text_and_types_mixed_values():
    awkward = 'a "quoted" <tag> & amp\nnew line\ttab \ufffe end'
    g = nx.DiGraph(name="x & y")
    g.add_node(awkward, kind="system", label=awkward, cost=1, flag=True)
    g.add_node("n2", kind="system", label="n2", cost=2.5, flag=False)
    g.add_node("n3", kind="product", cost="unknown")
    g.add_edge(awkward, "n2", kind=awkward)
    shown = awkward.replace("\ufffe", "⟨U+FFFE⟩")
    back = nx.read_graphml(io.BytesIO(to_graphml(g)))
    assert back.graph["name"] == "x & y"
    assert back.nodes[shown]["label"] == shown
    assert back.nodes["n2"]["cost"] == "2.5" and back.nodes["n3"]["cost"] == "unknown"
    assert back.nodes[shown]["flag"] is True and back.nodes["n2"]["flag"] is False
    assert back.edges[shown, "n2"]["kind"] == shown
    gexf = nx.read_gexf(io.BytesIO(to_gexf(g)))
    assert gexf.nodes[shown]["label"] == shown and gexf.nodes["n2"]["flag"] is False
    assert gexf.edges[shown, "n2"]["kind"] == shown
    numeric = nx.DiGraph()
    numeric.add_node("a", cost=1)
    numeric.add_node("b", cost=2.5)
    assert nx.read_graphml(io.BytesIO(to_graphml(numeric))).nodes["a"]["cost"] == 1.0


def test_export_is_reproducible():
    g = build_graph(SYSTEMS, PRODUCTS, FUNCTIONS)
    assert to_gexf(g) == to_gexf(build_graph(SYSTEMS, PRODUCTS, FUNCTIONS))
    assert to_graphml(g) == to_graphml(build_graph(SYSTEMS, PRODUCTS, FUNCTIONS))


def test_reports_build_the_graph_once(tmp_path, monkeypatch):
    import dedup.report as report
    from tests.report_fixtures import small_city

    calls = []
    real = report.build_graph
    monkeypatch.setattr(report, "build_graph", lambda *a: calls.append(1) or real(*a))
    written = report.write_reports(small_city(), tmp_path / "out", [])
    assert {p.name for p in written} >= {"graph.graphml", "graph.gexf", "result.json"}
    assert len(calls) == 1
    gexf = nx.read_gexf(tmp_path / "out" / "graph.gexf")
    graphml = nx.read_graphml(tmp_path / "out" / "graph.graphml")
    assert gexf.number_of_nodes() == graphml.number_of_nodes()


def test_the_graph_is_the_one_networkx_own_methods_build():
    g = build_graph(SYSTEMS, PRODUCTS, FUNCTIONS)
    same = nx.DiGraph(name=g.graph["name"])
    same.add_nodes_from(g.nodes(data=True))
    for u, v, data in g.edges(data=True):
        same.add_edge(u, v, **data)
    assert nx.utils.graphs_equal(g, same)
    assert list(g.edges) == list(same.edges) and list(g.pred["function:time-tracking"]) == list(
        same.pred["function:time-tracking"]
    )
    assert g.in_degree("function:time-tracking") == same.in_degree("function:time-tracking") > 0
