"""The inventory as one typed graph, for Gephi, yEd or a Python user's own analysis.

Nodes are departments (units), systems, products, functions and sectors; edges say
department -owns-> system, system -instance_of-> product, system -serves-> function and
department -in-> sector. This is the only module that imports networkx: the overlap
analysis works on plain records and an inverted index (see docs/overlaps.md), because
projecting this bipartite graph onto products or systems is quadratic in time and memory.
"""

from __future__ import annotations

import gc
import io
import math
from collections.abc import Iterable, Sequence

import networkx as nx

from dedup.model import Function, Product, System

__all__ = ["NODE_KINDS", "build_graph", "node_id", "to_gexf", "to_graphml"]

NODE_KINDS = ("sector", "department", "system", "product", "function")
"""The `kind` attribute of every node; node ids are `kind:key` so kinds never collide."""


def node_id(kind: str, key: str) -> str:
    """`department:Sote`, `system:S12`, `product:P3`, `function:payroll`, `sector:...`."""
    return f"{kind}:{key}"


def build_graph(
    systems: Sequence[System], products: Sequence[Product], functions: Sequence[Function]
) -> nx.DiGraph:
    """Build the typed graph of an analysed inventory.

    Parameters
    ----------
    systems
        Systems with `unit`, `sector`, `product` and `functions` filled in as far as
        known; a system without a unit falls back to its department text.
    products
        Products (labels, vendors); a product no system refers to is still a node.
    functions
        Reference functions (labels, domain, basic IT); only functions some system serves
        become nodes, so the graph stays readable.

    Returns
    -------
    networkx.DiGraph
        Node attributes: `kind`, `label` and per kind a few facts (system: source place,
        vendor, cost, users; product: vendor, systems; function: domain, basic_it). Edge
        attribute `kind`: `owns`, `instance_of`, `serves`, `in`. No attribute is None.

    Notes
    -----
    O(N x F) for N systems serving F functions each: one node and about 2 + F edges per
    system, added in bulk. 100k systems take about a second and a few hundred MB.
    """
    collector = gc.isenabled()
    gc.disable()  # millions of small dicts: the cyclic GC would rescan them all, 2x slower
    try:
        return _build(systems, products, functions)
    finally:
        if collector:
            gc.enable()


def _build(
    systems: Sequence[System], products: Sequence[Product], functions: Sequence[Function]
) -> nx.DiGraph:
    labels = {f.id: f for f in functions}
    nodes: dict[str, dict[str, object]] = {}
    owns: list[tuple[str, str]] = []
    instance_of: list[tuple[str, str]] = []
    serves: list[tuple[str, str]] = []
    unit_sector: dict[str, str] = {}
    units: set[str] = set()
    served: set[str] = set()
    for s in systems:
        sid = f"system:{s.id}"
        nodes[sid] = _clean(
            kind="system", label=s.name, place=s.source.place(), vendor=s.vendor,
            annual_cost_eur=s.annual_cost_eur, users=s.users, lifecycle=s.lifecycle,
            time=s.time,
        )  # fmt: skip
        unit = s.unit or (s.department.strip() if s.department else None)
        if unit:
            units.add(unit)
            owns.append((f"department:{unit}", sid))
            if s.sector:
                unit_sector.setdefault(unit, s.sector)
        if s.product:
            instance_of.append((sid, f"product:{s.product}"))
        if s.functions:
            served.update(s.functions)
            serves.extend((sid, f"function:{f}") for f in s.functions)
    for unit in sorted(units):
        nodes[node_id("department", unit)] = {"kind": "department", "label": unit}
    inside = []
    for unit, sector in sorted(unit_sector.items()):
        nodes.setdefault(node_id("sector", sector), {"kind": "sector", "label": sector})
        inside.append((node_id("department", unit), node_id("sector", sector)))
    for p in products:
        nodes[node_id("product", p.id)] = _clean(
            kind="product", label=p.name, vendor=p.vendor, systems=len(p.systems)
        )
    for _, target in instance_of:  # products named by systems but absent from `products`
        if target not in nodes:
            nodes[target] = {"kind": "product", "label": target.split(":", 1)[1]}
    for f in sorted(served):
        ref = labels.get(f)
        nodes[node_id("function", f)] = _clean(
            kind="function", label=ref.label_en if ref else f,
            label_fi=ref.label_fi if ref else None, domain=ref.domain if ref else None,
            basic_it=ref.basic_it if ref else None,
        )  # fmt: skip
    graph = nx.DiGraph(name="dedup inventory graph")
    graph.add_nodes_from(nodes.items())
    for kind, edges in (("owns", owns), ("instance_of", instance_of), ("serves", serves),
                        ("in", inside)):  # fmt: skip
        graph.add_edges_from(edges, kind=kind)
    return graph


def _clean(**attributes: object) -> dict[str, object]:
    """Drop None and NaN: GraphML and GEXF have no null, and tools choke on 'None'."""
    return {
        k: v
        for k, v in attributes.items()
        if v is not None and not (isinstance(v, float) and math.isnan(v))
    }


def _exportable(graph: nx.DiGraph) -> nx.DiGraph:
    """A copy whose attribute values GraphML/GEXF can hold: str, int, float, bool."""
    out = nx.DiGraph()
    out.graph.update(_values(graph.graph.items()))
    out.add_nodes_from((n, _values(d.items())) for n, d in graph.nodes(data=True))
    out.add_edges_from((a, b, _values(d.items())) for a, b, d in graph.edges(data=True))
    return out


def _values(items: Iterable[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in items:
        if value is None:
            continue
        if isinstance(value, bool | int | float | str):
            result[str(key)] = value
        elif isinstance(value, list | tuple | set | frozenset):
            result[str(key)] = "; ".join(str(v) for v in value)
        else:
            result[str(key)] = str(value)
    return result


def to_graphml(graph: nx.DiGraph) -> bytes:
    """The graph as GraphML (UTF-8), with attribute values stringified where needed.

    Notes
    -----
    O(V + E); networkx's writer builds an XML tree, about 1 KB of memory per element.
    """
    buffer = io.BytesIO()
    nx.write_graphml(_exportable(graph), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


def to_gexf(graph: nx.DiGraph) -> bytes:
    """The graph as GEXF 1.2 (Gephi's own format), with attribute values stringified.

    Notes
    -----
    O(V + E).
    """
    buffer = io.BytesIO()
    nx.write_gexf(_exportable(graph), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()
