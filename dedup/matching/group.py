"""Group product keys into products without chaining.

Links are applied strongest first; two groups join only when *every* pair across them is
compatible (complete link): linked directly, or similar enough on their own, and not
vetoed by vendors, parents or the user's never-merge list. So "A~B" and "B~C" never glue
A to C when A and C are clearly different products.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

MAX_CROSS_CHECKS = 4096
"""Above this many cross pairs only the groups' first members (their cores) are compared."""

RULE_STRENGTH = {"alias": 3, "user-alias": 3, "alt-name": 2, "fuzzy": 1, "base-tail": 1}


@dataclass(frozen=True, slots=True)
class Edge:
    """A proposed link between nodes `a` and `b` (indices), with its rule and score."""

    a: int
    b: int
    rule: str
    score: float
    detail: str = ""


def cohesive_groups(
    n: int,
    edges: Sequence[Edge],
    compatible: Callable[[int, int], bool],
) -> tuple[list[list[int]], list[Edge]]:
    """(groups of node indices, edges that joined them), deterministic.

    Notes
    -----
    Union-find with member lists; each accepted merge checks |X|·|Y| cross pairs (or the
    cores only when that exceeds MAX_CROSS_CHECKS), so cost is near-linear in the edges
    for the small groups real inventories have.
    """
    parent = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    linked = {(min(e.a, e.b), max(e.a, e.b)) for e in edges}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def ok(x: int, y: int) -> bool:
        return (min(x, y), max(x, y)) in linked or compatible(x, y)

    used: list[Edge] = []
    order = sorted(edges, key=lambda e: (-RULE_STRENGTH.get(e.rule, 0), -e.score, e.a, e.b))
    for edge in order:
        rx, ry = find(edge.a), find(edge.b)
        if rx == ry:
            continue
        mx, my = members[rx], members[ry]
        if len(mx) * len(my) <= MAX_CROSS_CHECKS:
            fits = all(ok(x, y) for x in mx for y in my)
        else:
            fits = ok(mx[0], my[0]) and ok(edge.a, edge.b)
        if not fits:
            continue
        if len(mx) < len(my) or (len(mx) == len(my) and rx > ry):
            rx, ry, mx, my = ry, rx, my, mx
        parent[ry] = rx
        mx.extend(my)
        del members[ry]
        used.append(edge)
    groups = sorted(sorted(m) for m in members.values())
    return groups, used
