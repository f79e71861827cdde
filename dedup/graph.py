"""The inventory as one typed graph, for Gephi, yEd or a Python user's own analysis.

Nodes are departments (units), systems, products, functions and sectors; edges say
department -owns-> system, system -instance_of-> product, system -serves-> function and
department -in-> sector. This is the only module that imports networkx: the overlap
analysis works on plain records and an inverted index (see docs/overlaps.md), because
projecting this bipartite graph onto products or systems is quadratic in time and memory.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

import networkx as nx

from dedup.gcpause import collector_paused
from dedup.model import Function, Product, System

__all__ = [
    "NODE_KINDS",
    "build_graph",
    "node_id",
    "to_gexf",
    "to_graphml",
    "write_gexf",
    "write_graphml",
]

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
    with collector_paused():  # millions of small dicts: the GC would rescan them, 2x slower
        return _build(systems, products, functions)


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
    _fill(graph, nodes, (("owns", owns), ("instance_of", instance_of), ("serves", serves),
                         ("in", inside)))  # fmt: skip
    return graph


def _fill(graph: nx.DiGraph, nodes: dict[str, dict], edges: Iterable[tuple[str, list]]) -> None:
    """`add_nodes_from` + `add_edges_from(kind=...)`, the same graph, straight into the
    DiGraph's adjacency dicts: networkx's loop checks and merges per edge, which was two
    thirds of building a million-system graph. Every endpoint is already a node here."""
    node, succ, pred = graph._node, graph._succ, graph._pred  # noqa: SLF001
    for name, data in nodes.items():
        node[name] = data
        succ[name] = {}
        pred[name] = {}
    for kind, pairs in edges:
        for u, v in pairs:
            data = {"kind": kind}
            succ[u][v] = data
            pred[v][u] = data
    clear = getattr(nx, "_clear_cache", None)
    if clear is not None:
        clear(graph)


def _clean(**attributes: object) -> dict[str, object]:
    """Drop None and NaN: GraphML and GEXF have no null, and tools choke on 'None'."""
    return {
        k: v
        for k, v in attributes.items()
        if v is not None and not (isinstance(v, float) and math.isnan(v))
    }


def _values(items: Iterable[tuple[str, object]]) -> dict[str, object]:
    """Attribute values GraphML/GEXF can hold: str, int, float, bool; None dropped."""
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


# --------------------------------------------------------------------------- export
#
# Both formats are written as text by hand, one element per line, streamed in chunks:
# networkx's writers build an ElementTree of the whole graph first (about 1 KB per
# element and ~10 s per 100k systems). The files say the same and read back with
# networkx's readers (tests/test_graph.py).

Write = Callable[[bytes], object]
_CHUNK = 1 << 16
_ATTR_ESCAPE = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\r": "&#13;",
     "\t": "&#9;"}
)  # fmt: skip
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPECIAL = re.compile('[&<>"\n\r\t\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]')
_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def _show(match: re.Match[str]) -> str:
    return f"⟨U+{ord(match.group()):04X}⟩"


def _attr(text: str) -> str:
    """Text fit for a double-quoted XML attribute (and element text): escaped, XML 1.0 only."""
    if _SPECIAL.search(text) is None:
        return text
    return _NOT_XML.sub(_show, text).translate(_ATTR_ESCAPE)


def _value(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return _attr(value if isinstance(value, str) else str(value))


def _schema(items: Iterable[dict]) -> dict[str, str]:
    """Attribute name -> XML type over all items (attribute dicts as `_values` makes them):
    one type per name (int with float -> double, any other mix -> string), in order of
    first appearance."""
    signatures: dict[tuple[tuple, tuple], None] = {}  # distinct (keys, value types), in order
    for data in items:
        signatures[(tuple(data), tuple(map(type, data.values())))] = None
    seen: dict[object, set[type]] = {}
    for keys, types in signatures:
        for key, kind in zip(keys, types, strict=True):
            seen.setdefault(key, set()).add(kind)
    schema = {}
    for key, kinds in seen.items():
        kinds = {k if k in _TYPES else str for k in kinds if k is not type(None)}
        if not kinds:
            continue
        if len(kinds) == 1:
            schema[str(key)] = _TYPES[next(iter(kinds))]
        else:
            schema[str(key)] = "double" if kinds <= {int, float} else "string"
    return schema


class _Chunks:
    """Collects text and passes it on as UTF-8 chunks of about 64 KB."""

    def __init__(self, write: Write):
        self.write, self.parts, self.size = write, [], 0

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)
        if self.size > _CHUNK:
            self.flush()

    def flush(self) -> None:
        if self.parts:
            self.write("".join(self.parts).encode("utf-8"))
            self.parts, self.size = [], 0


def _typed(value: object, kind: str) -> object:
    """The value as its declared type: a value of a mixed-type name becomes text."""
    if kind == "string" and not isinstance(value, str):
        return value if isinstance(value, bool) else str(value)
    return value


def _plain(items: Iterable[tuple[object, object]]) -> Iterator[tuple[str, object]]:
    """`_values(items).items()` without building a dict for the usual plain values."""
    for key, value in items:
        if value is None:
            continue
        t = type(value)
        if t is str or t is int or t is float or t is bool:
            yield (key if type(key) is str else str(key)), value
        else:
            yield from _values(((key, value),)).items()


class _Attributes:
    """Writes one scope's attribute values as XML elements of the declared types."""

    def __init__(self, schema: dict[str, str], ids: dict[str, str], fmt: str, gexf: bool):
        self.parts = {
            name: (*fmt.format(ids[name], "\0").split("\0"), kind) for name, kind in schema.items()
        }
        self.gexf = gexf
        self.small: dict[tuple, str] = {}

    def __call__(self, name: str, value: object) -> str:
        head, tail, kind = self.parts[name]
        if type(value) is str:
            text = value if _SPECIAL.search(value) is None else _attr(value)
        elif self.gexf:
            text = _gexf_value(value, kind)
        else:
            text = _value(_typed(value, kind))
        return head + text + tail

    def all(self, data: dict, skip: str | None = None) -> str:
        """Elements of every attribute of one node or edge but `skip`; '' when none."""
        if len(data) == 1:  # edges: {"kind": ...}, cached
            try:
                key = (*data.items(), skip)
                frag = self.small.get(key)
            except TypeError:
                key = frag = None
            if frag is None:
                frag = self._all(data, skip)
                if key is not None and len(self.small) < 10_000:
                    self.small[key] = frag
            return frag
        return self._all(data, skip)

    def _all(self, data: dict, skip: str | None) -> str:
        parts = []
        for name, value in data.items():
            if value is None or name == skip:
                continue
            t = type(value)
            if t is str and type(name) is str:
                head, tail, _ = self.parts[name]
                text = value if _SPECIAL.search(value) is None else _attr(value)
                parts.append(head + text + tail)
            else:
                for plain_name, plain in _plain(((name, value),)):
                    if plain_name != skip:
                        parts.append(self(plain_name, plain))
        return "".join(parts)


def _schemas(graph: nx.DiGraph, skip_node: str | None = None) -> tuple[dict, dict, dict]:
    graph_attrs = _values(graph.graph.items())
    nodes = _schema(d for _, d in graph.nodes(data=True))
    nodes.pop(skip_node, None)  # type: ignore[arg-type]
    edges = _schema(d for _, _, d in _edges(graph))
    return graph_attrs, nodes, edges


def _edges(graph: nx.DiGraph) -> Iterator[tuple[object, object, dict]]:
    """(source, target, data) in `graph.edges(data=True)` order, through the adjacency
    dicts: the edge view's generator costs a second per million edges."""
    for source, targets in graph.adjacency():
        for target, data in targets.items():
            yield source, target, data


def write_graphml(graph: nx.DiGraph, write: Write) -> None:
    """Stream the graph as GraphML (UTF-8) to `write`; see `to_graphml`.

    Notes
    -----
    O(V + E) time; memory is the attribute schema, the escaped node ids and one 64 KB
    chunk.
    """
    graph_attrs, node_schema, edge_schema = _schemas(graph)
    out = _Chunks(write)
    out.add(
        "<?xml version='1.0' encoding='utf-8'?>\n"
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    )
    keys: dict[str, dict[str, str]] = {"graph": {}, "node": {}, "edge": {}}
    number = 0
    for scope, schema in (("graph", _schema([graph_attrs])), ("node", node_schema),
                          ("edge", edge_schema)):  # fmt: skip
        for name, kind in schema.items():
            key = keys[scope][name] = f"d{number}"
            number += 1
            out.add(f'<key id="{key}" for="{scope}" attr.name="{_attr(name)}" '
                    f'attr.type="{kind}"/>\n')  # fmt: skip
    direction = "directed" if graph.is_directed() else "undirected"
    out.add(f'<graph edgedefault="{direction}">\n')
    for name, value in graph_attrs.items():
        out.add(f'<data key="{keys["graph"][name]}">{_value(value)}</data>\n')
    fmt = '<data key="{}">{}</data>'
    node_data = _Attributes(node_schema, keys["node"], fmt, gexf=False)
    edge_data = _Attributes(edge_schema, keys["edge"], fmt, gexf=False)
    ids: dict[object, str] = {}
    add = out.add
    for node, data in graph.nodes(data=True):
        ids[node] = escaped = _attr(str(node))
        add(f'<node id="{escaped}">{node_data.all(data)}</node>\n')
    for source, target, data in _edges(graph):
        add(f'<edge source="{ids[source]}" target="{ids[target]}">{edge_data.all(data)}</edge>\n')
    add("</graph>\n</graphml>\n")
    out.flush()


def write_gexf(graph: nx.DiGraph, write: Write) -> None:
    """Stream the graph as GEXF 1.2 (Gephi's own format) to `write`; see `to_gexf`.

    Node `label` is GEXF's own label attribute (as networkx writes it); every other
    attribute is a declared `attvalue`. No date is written, so the bytes are reproducible.

    Notes
    -----
    O(V + E) time; memory is the attribute schema, the escaped node ids and one 64 KB
    chunk.
    """
    graph_attrs, node_schema, edge_schema = _schemas(graph, skip_node="label")
    out = _Chunks(write)
    name = graph_attrs.get("name")
    direction = "directed" if graph.is_directed() else "undirected"
    out.add(
        "<?xml version='1.0' encoding='utf-8'?>\n"
        '<gexf xmlns="http://www.gexf.net/1.2draft" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" '
        'version="1.2">\n'
        "  <meta>\n    <creator>dedup</creator>\n  </meta>\n"
        f'  <graph defaultedgetype="{direction}" mode="static"'
        + (f' name="{_value(name)}"' if name is not None else "")
        + ">\n"
    )
    ids: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
    number = 0
    for scope, schema in (("edge", edge_schema), ("node", node_schema)):
        if not schema:
            continue
        out.add(f'    <attributes mode="static" class="{scope}">\n')
        for attr, kind in schema.items():
            ids[scope][attr] = str(number)
            number += 1
            out.add(f'      <attribute id="{ids[scope][attr]}" title="{_attr(attr)}" '
                    f'type="{kind}" />\n')  # fmt: skip
        out.add("    </attributes>\n")
    fmt = '<attvalue for="{}" value="{}" />'
    node_data = _Attributes(node_schema, ids["node"], fmt, gexf=True)
    edge_data = _Attributes(edge_schema, ids["edge"], fmt, gexf=True)
    escaped_ids: dict[object, str] = {}
    add = out.add
    add("    <nodes>\n")
    for node, data in graph.nodes(data=True):
        escaped_ids[node] = escaped = _attr(str(node))
        label = data.get("label")
        if label is None:
            label = escaped
        else:
            label = _value(label if type(label) is str else _values([("label", label)])["label"])
        values = node_data.all(data, skip="label")
        values = f"<attvalues>{values}</attvalues>" if values else ""
        add(f'      <node id="{escaped}" label="{label}">{values}</node>\n')
    add("    </nodes>\n    <edges>\n")
    for number, (source, target, data) in enumerate(_edges(graph)):
        values = edge_data.all(data)
        values = f"<attvalues>{values}</attvalues>" if values else ""
        add(f'      <edge source="{escaped_ids[source]}" target="{escaped_ids[target]}" '
            f'id="{number}">{values}</edge>\n')  # fmt: skip
    add("    </edges>\n  </graph>\n</gexf>\n")
    out.flush()


def _gexf_value(value: object, kind: str) -> str:
    value = _typed(value, kind)
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("INF" if value > 0 else "-INF")
    return _value(value)


def to_graphml(graph: nx.DiGraph) -> bytes:
    """The graph as GraphML (UTF-8), with attribute values stringified where needed.

    Notes
    -----
    O(V + E); see `write_graphml` to stream to a file instead.
    """
    return _to_bytes(write_graphml, graph)


def to_gexf(graph: nx.DiGraph) -> bytes:
    """The graph as GEXF 1.2 (Gephi's own format), with attribute values stringified.

    Notes
    -----
    O(V + E); see `write_gexf` to stream to a file instead.
    """
    return _to_bytes(write_gexf, graph)


def _to_bytes(writer, graph: nx.DiGraph) -> bytes:
    buffer = io.BytesIO()
    writer(graph, buffer.write)
    return buffer.getvalue()
