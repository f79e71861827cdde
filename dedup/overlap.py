"""Overlaps and consolidation clusters: which products do the same job for whom.

An *overlap* is a function served by more than one product. A *cluster* is a small group
of different products whose functions are alike enough to consolidate onto one of them.
Similarity is the share of functions in common (Jaccard, and Software AG Alfabet's
asymmetric "Overlap %"), computed per *signature* (a distinct function set; far fewer
than products) from an inverted index function -> signatures, with bitmasks and popcount.
No pair of systems is ever formed and no bipartite graph is projected: see
docs/overlaps.md for why and for the complexity.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from dedup.model import (
    Cluster,
    ClusterId,
    Function,
    FunctionId,
    Overlap,
    Product,
    ProductId,
    System,
    SystemId,
)

__all__ = [
    "DEFAULT_MAX_SIZE",
    "DEFAULT_THRESHOLD",
    "FunctionIndex",
    "PairSimilarity",
    "Similarity",
    "cluster_json",
    "find_clusters",
    "find_overlaps",
    "function_index",
    "functions_json",
    "overlap_json",
    "product_similarity",
]

DEFAULT_THRESHOLD = 0.5
"""Jaccard two products need to be linked: at least half of their joint functions shared."""
DEFAULT_MAX_SIZE = 20
"""Largest cluster a person can act on; bigger groups are split (see `find_clusters`)."""
_TIGHTER = (0.6, 2 / 3, 0.75, 0.8, 0.9, 1.0)
"""Thresholds tried, in turn, to split a group that is too big."""
_BLOCK = 2_000_000
"""uint64 words per popcount block: bounds temporary memory to about 16 MB."""


# --------------------------------------------------------------------------- index


@dataclass(frozen=True, slots=True)
class FunctionIndex:
    """Function -> who serves it: the inverted index every overlap question starts from."""

    functions: tuple[FunctionId, ...]
    """Every function some system serves, sorted."""
    products: Mapping[FunctionId, tuple[ProductId, ...]]
    departments: Mapping[FunctionId, tuple[str, ...]]
    """Units (`System.unit`, else the department text) of the systems serving it."""
    sectors: Mapping[FunctionId, tuple[str, ...]]
    systems: Mapping[FunctionId, tuple[SystemId, ...]]


def _product_lookup(products: Sequence[Product]) -> dict[SystemId, ProductId]:
    return {sid: p.id for p in products for sid in p.systems}


def _product_of(system: System, lookup: Mapping[SystemId, ProductId]) -> ProductId | None:
    return system.product if system.product is not None else lookup.get(system.id)


def _unit_of(system: System) -> str | None:
    if system.unit:
        return system.unit
    return system.department.strip() if system.department and system.department.strip() else None


def function_index(systems: Sequence[System], products: Sequence[Product] = ()) -> FunctionIndex:
    """Build function -> products, departments, sectors and systems in one pass.

    Parameters
    ----------
    systems
        Systems with `functions` (and, ideally, `product`, `unit`, `sector`) filled in.
    products
        Used only to find the product of a system whose `product` field is empty.

    Notes
    -----
    O(N x F) for N systems serving F functions each, then a sort of each entry. A system
    without a product counts for departments, sectors and systems, not for products.
    """
    lookup = _product_lookup(products)
    prods: dict[FunctionId, set[ProductId]] = {}
    units: dict[FunctionId, set[str]] = {}
    sectors: dict[FunctionId, set[str]] = {}
    sids: dict[FunctionId, list[SystemId]] = {}
    for s in systems:
        if not s.functions:
            continue
        product, unit = _product_of(s, lookup), _unit_of(s)
        for f in s.functions:
            sids.setdefault(f, []).append(s.id)
            if product is not None:
                prods.setdefault(f, set()).add(product)
            if unit:
                units.setdefault(f, set()).add(unit)
            if s.sector:
                sectors.setdefault(f, set()).add(s.sector)
    keys = tuple(sorted(sids))
    return FunctionIndex(
        functions=keys,
        products={f: tuple(sorted(prods.get(f, ()))) for f in keys},
        departments={f: tuple(sorted(units.get(f, ()))) for f in keys},
        sectors={f: tuple(sorted(sectors.get(f, ()))) for f in keys},
        systems={f: tuple(sorted(set(sids[f]))) for f in keys},
    )


def find_overlaps(
    systems: Sequence[System], products: Sequence[Product] = (), index: FunctionIndex | None = None
) -> tuple[Overlap, ...]:
    """One `Overlap` per function served by more than one product.

    Returns
    -------
    tuple of Overlap
        Most products first, then by function id.

    Notes
    -----
    O(N x F) to build the index (or nothing, when `index` is given), then O(sum of entry
    sizes) to copy the entries out.
    """
    index = index or function_index(systems, products)
    found = [
        Overlap(f, index.products[f], index.departments[f], index.sectors[f], index.systems[f])
        for f in index.functions
        if len(index.products[f]) > 1
    ]
    return tuple(sorted(found, key=lambda o: (-len(o.products), o.function)))


# --------------------------------------------------------------------------- profiles


@dataclass(frozen=True, slots=True)
class _Profiles:
    """Per product: functions, the systems behind it; per signature: its products."""

    functions: dict[ProductId, frozenset[FunctionId]]
    systems: dict[ProductId, list[System]]


def _profiles(systems: Sequence[System], products: Sequence[Product]) -> _Profiles:
    lookup = _product_lookup(products)
    funcs: dict[ProductId, set[FunctionId]] = {}
    members: dict[ProductId, list[System]] = {}
    for s in systems:
        product = _product_of(s, lookup)
        if product is None:
            continue
        members.setdefault(product, []).append(s)
        if s.functions:
            funcs.setdefault(product, set()).update(s.functions)
    for group in members.values():
        group.sort(key=lambda s: s.id)
    return _Profiles({p: frozenset(f) for p, f in funcs.items()}, members)


def _core(functions: frozenset[FunctionId], basic: frozenset[FunctionId]) -> frozenset[FunctionId]:
    """The functions a product is compared on: its non-basic ones, else its basic ones.

    E-mail, identity and the like appear in most products' descriptions; counting them
    would glue every product to every other. A product that does *only* basic IT (an
    e-mail system) is compared with other basic-only products on its basic functions.
    """
    specific = functions - basic
    return specific if specific else functions


# --------------------------------------------------------------------------- similarity


@dataclass(frozen=True, slots=True)
class PairSimilarity:
    """How alike two products are, by the functions they serve."""

    a: ProductId
    b: ProductId
    shared: int
    """Functions both serve (core functions, see `product_similarity`)."""
    jaccard: float
    """shared / functions either serves."""
    overlap_a: float
    """Alfabet's Overlap %: shared / functions `a` serves (how much of a b covers)."""
    overlap_b: float


@dataclass(frozen=True)
class Similarity:
    """Similarity of every compared product pair, stored per pair of signatures.

    A signature is a distinct (core) function set; products with the same one are
    identical for this purpose (Jaccard 1) and are stored once, as the pair (i, i).
    """

    functions: tuple[FunctionId, ...]
    """Bit order of the masks."""
    signatures: tuple[tuple[FunctionId, ...], ...]
    """Core function set of each signature, sorted; signatures in sorted order."""
    members: tuple[tuple[ProductId, ...], ...]
    """Products having each signature, sorted."""
    masks: np.ndarray
    """(signatures, words) uint64 bitmasks of `signatures`."""
    a: np.ndarray
    """Signature index, int32; a <= b, pairs sorted."""
    b: np.ndarray
    shared: np.ndarray
    jaccard: np.ndarray
    """float32, 0..1 (14 bytes per stored pair in all)."""

    @property
    def sizes(self) -> np.ndarray:
        return np.array([len(s) for s in self.signatures], dtype=np.int64)

    def product_pairs(self) -> int:
        """How many product pairs the stored signature pairs stand for."""
        n = np.array([len(m) for m in self.members], dtype=np.int64)
        same = self.a == self.b
        within = (n[self.a[same]] * (n[self.a[same]] - 1) // 2).sum()
        return int(within + (n[self.a[~same]] * n[self.b[~same]]).sum())

    def pairs(self, min_jaccard: float = 0.0) -> Iterator[PairSimilarity]:
        """Product pairs at or above `min_jaccard`, lazily (there may be millions)."""
        sizes = self.sizes.tolist()
        for i, j, shared in zip(self.a.tolist(), self.b.tolist(), self.shared.tolist(),
                                strict=True):  # fmt: skip
            jac = shared / (sizes[i] + sizes[j] - shared)  # exact, not the stored float32
            if jac < min_jaccard - 1e-9:
                continue
            oa, ob = shared / sizes[i], shared / sizes[j]
            if i == j:
                ps = self.members[i]
                for x in range(len(ps)):
                    for y in range(x + 1, len(ps)):
                        yield PairSimilarity(ps[x], ps[y], shared, jac, oa, ob)
            else:
                for p in self.members[i]:
                    for q in self.members[j]:
                        x, y, o1, o2 = (p, q, oa, ob) if p < q else (q, p, ob, oa)
                        yield PairSimilarity(x, y, shared, jac, float(o1), float(o2))


def product_similarity(
    systems: Sequence[System],
    products: Sequence[Product] = (),
    functions: Sequence[Function] = (),
    *,
    min_jaccard: float = 0.0,
) -> Similarity:
    """Share of functions in common for every product pair that shares a core function.

    Parameters
    ----------
    systems, products
        Products are the systems' `product` values (or `Product.systems`); a product's
        functions are the union of its systems' functions.
    functions
        Reference functions; those with `basic_it` are left out of a product's *core*
        set unless it has nothing else (then it is compared only with other basic-only
        products). Functions missing from this list count as non-basic.
    min_jaccard
        Pairs below it are not stored (clusters need only the strong ones).

    Returns
    -------
    Similarity
        Signature pairs with shared-function counts and Jaccard; `pairs()` expands them
        to product pairs with both Overlap % values.

    Notes
    -----
    Products collapse into S distinct core signatures (S << products). For each core
    function f, the signatures containing it (the inverted index) are compared blockwise:
    AND of bitmasks, popcount, and a pair is kept only at the lowest function the two
    share, so no pair is counted twice and no pair list per function is materialised.
    Time O(sum_f k_f^2 x W / 64-bit words) for k_f signatures holding f and
    W = ceil(functions / 64); memory O(kept pairs) plus a 16 MB block.
    """
    basic = frozenset(f.id for f in functions if f.basic_it)
    profiles = _profiles(systems, products)
    by_signature: dict[frozenset[FunctionId], list[ProductId]] = {}
    for product, funcs in profiles.functions.items():
        by_signature.setdefault(_core(funcs, basic), []).append(product)
    return _similarity(by_signature, min_jaccard)


def _similarity(
    by_signature: Mapping[frozenset[FunctionId], list[ProductId]], min_jaccard: float
) -> Similarity:
    signatures = sorted(tuple(sorted(s)) for s in by_signature)
    members = tuple(tuple(sorted(by_signature[frozenset(s)])) for s in signatures)
    bits = tuple(sorted({f for s in signatures for f in s}))
    position = {f: n for n, f in enumerate(bits)}
    words = max(1, (len(bits) + 63) // 64)
    masks = np.zeros((len(signatures), words), dtype=np.uint64)
    holders: list[list[int]] = [[] for _ in bits]
    for row, signature in enumerate(signatures):
        for f in signature:
            k = position[f]
            masks[row, k // 64] |= np.uint64(1) << np.uint64(k % 64)
            holders[k].append(row)
    sizes = np.array([len(s) for s in signatures], dtype=np.int64)
    parts_a, parts_b, parts_s = [], [], []
    for k, rows in enumerate(holders):
        if len(rows) > 1:
            a, b, s = _pairs_at(np.array(rows, dtype=np.int64), k, masks, sizes, min_jaccard)
            parts_a.append(a)
            parts_b.append(b)
            parts_s.append(s)
    twins = np.array([n for n, m in enumerate(members) if len(m) > 1], dtype=np.int64)
    a = np.concatenate([*parts_a, twins]).astype(np.int32)
    b = np.concatenate([*parts_b, twins]).astype(np.int32)
    shared = np.concatenate([*parts_s, sizes[twins]]).astype(np.int16)
    order = np.lexsort((b, a))
    a, b, shared = a[order], b[order], shared[order]
    jaccard = shared / (sizes[a] + sizes[b] - shared) if len(a) else np.zeros(0)
    return Similarity(
        bits, tuple(signatures), members, masks, a, b, shared, jaccard.astype(np.float32)
    )


def _pairs_at(
    rows: np.ndarray, k: int, masks: np.ndarray, sizes: np.ndarray, min_jaccard: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs among `rows` whose lowest shared function is bit k, blockwise.

    Works one 64-bit word at a time on 2-D blocks (long inner loops for numpy), and
    applies the Jaccard cut before extracting indices, so only kept pairs are copied.
    """
    words = masks.shape[1]
    sub = np.ascontiguousarray(masks[rows].T)  # (words, n)
    size = sizes[rows].astype(np.float64)
    n = len(rows)
    step = max(1, _BLOCK // n)
    out_a, out_b, out_s = [], [], []
    for start in range(0, n - 1, step):
        stop = min(n - 1, start + step)
        shared = np.zeros((stop - start, n - start - 1), dtype=np.int16)
        keep = np.arange(start + 1, n)[None, :] > np.arange(start, stop)[:, None]
        for w in range(words):
            both = sub[w, start:stop, None] & sub[w, None, start + 1 :]
            shared += np.bitwise_count(both)
            if w < k // 64:  # a lower function shared: the pair belongs to that function
                keep &= both == 0
            elif w == k // 64 and k % 64:
                keep &= (both & np.uint64((1 << (k % 64)) - 1)) == 0
        if min_jaccard > 0:  # shared / (|a| + |b| - shared) >= t
            union = size[start:stop, None] + size[None, start + 1 :]
            keep &= shared * (1 + min_jaccard) >= min_jaccard * union - 1e-9
        i, j = np.nonzero(keep)
        out_a.append(rows[start + i])
        out_b.append(rows[start + 1 + j])
        out_s.append(shared[i, j])
    return np.concatenate(out_a), np.concatenate(out_b), np.concatenate(out_s)


# --------------------------------------------------------------------------- clusters


def _components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Connected-component label (smallest member index) of n nodes under edges a-b.

    Notes
    -----
    Label propagation with pointer jumping: O((n + E) log n) in vectorised passes.
    """
    labels = np.arange(n, dtype=np.int64)
    if len(a) == 0:
        return labels
    a = a.astype(np.int64)
    b = b.astype(np.int64)
    while True:
        la, lb = labels[a], labels[b]
        low = np.minimum(la, lb)
        if np.array_equal(la, lb):
            return labels
        np.minimum.at(labels, la, low)
        np.minimum.at(labels, lb, low)
        while True:
            jumped = labels[labels]
            if np.array_equal(jumped, labels):
                break
            labels = jumped


Say = tuple[str, str]
"""A phrase in English and in Finnish: evidence is shown in the reader's language."""


@dataclass
class _Piece:
    signatures: list[int]
    products: list[ProductId]
    note: tuple[Say, ...] = ()
    """Why this cluster is a part of a larger linked group, if it is."""


def find_clusters(
    systems: Sequence[System],
    products: Sequence[Product] = (),
    functions: Sequence[Function] = (),
    threshold: float = DEFAULT_THRESHOLD,
    max_size: int = DEFAULT_MAX_SIZE,
) -> tuple[Cluster, ...]:
    """Groups of different products that are candidates to consolidate onto one.

    Parameters
    ----------
    systems, products, functions
        As for `product_similarity`.
    threshold
        Jaccard (on core functions) two products need to be linked.
    max_size
        A connected group with more products is split: first by tightening the threshold
        (0.6, 0.67 ... 1.0, so the most alike stay together; a product left alone rejoins
        the part holding its most similar product), then a group of identical products
        by where they are used (one sector each, the rest city-wide; then by main
        department), and as a last resort into parts of `max_size` by product id.

    Returns
    -------
    tuple of Cluster
        Disjoint, each with >= 2 products, biggest first; ids `C001`... in that order.
        One product used by many departments is never a cluster on its own.

    Notes
    -----
    `product_similarity` with `min_jaccard=threshold`, then connected components over
    signatures (vectorised label propagation), O(S + E) for S signatures and E kept
    signature pairs; each cluster's summary is O(its systems + its signatures^2).
    Deterministic: every step works on sorted ids.
    """
    basic = frozenset(f.id for f in functions if f.basic_it)
    labels = {f.id: (f.label_en, f.label_fi) for f in functions}
    names = {p.id: p.name for p in products}
    profiles = _profiles(systems, products)
    by_signature: dict[frozenset[FunctionId], list[ProductId]] = {}
    for product, funcs in profiles.functions.items():
        by_signature.setdefault(_core(funcs, basic), []).append(product)
    sim = _similarity(by_signature, threshold)
    distinct = sim.a != sim.b
    ea, eb, ej = sim.a[distinct], sim.b[distinct], sim.jaccard[distinct]
    component = _components(len(sim.signatures), ea, eb)
    groups: dict[int, list[int]] = {}
    for row, label in enumerate(component.tolist()):
        groups.setdefault(label, []).append(row)
    neighbours = _Neighbours(len(sim.signatures), ea, eb, ej)
    pieces: list[_Piece] = []
    for rows in groups.values():
        count = sum(len(sim.members[r]) for r in rows)
        if count < 2:
            continue
        if _fits(rows, sim, max_size):
            pieces.append(_Piece(rows, [p for r in rows for p in sim.members[r]]))
        else:
            pieces.extend(_split(rows, sim, neighbours, profiles, max_size, count))
    ordered = sorted(
        (p for p in pieces if len(p.products) >= 2),
        key=lambda p: (-len(p.products), sorted(p.products)),
    )
    width = max(3, len(str(len(ordered))))
    return tuple(
        _cluster(
            ClusterId(f"C{n:0{width}d}"), piece, sim, profiles, basic, labels, names, threshold
        )  # fmt: skip
        for n, piece in enumerate(ordered, start=1)
    )


class _Neighbours:
    """Signature adjacency (both directions) as CSR arrays, for the split step."""

    def __init__(self, n: int, a: np.ndarray, b: np.ndarray, jaccard: np.ndarray):
        src = np.concatenate([a, b]).astype(np.int64)
        dst = np.concatenate([b, a]).astype(np.int64)
        jac = np.concatenate([jaccard, jaccard])
        order = np.lexsort((dst, -jac, src))
        self.dst, self.jac = dst[order], jac[order]
        self.start = np.searchsorted(src[order], np.arange(n + 1))

    def of(self, row: int) -> tuple[np.ndarray, np.ndarray]:
        """Neighbours of a signature, most similar first (ties: lowest index)."""
        lo, hi = self.start[row], self.start[row + 1]
        return self.dst[lo:hi], self.jac[lo:hi]


def _fits(rows: list[int], sim: Similarity, max_size: int) -> bool:
    """Small enough for a person, and one function common to all (no A - AB - B chains)."""
    if sum(len(sim.members[r]) for r in rows) > max_size:
        return False
    return bool(np.bitwise_and.reduce(sim.masks[rows], axis=0).any())


def _split(
    rows: list[int], sim: Similarity, neighbours: _Neighbours, profiles: _Profiles,
    max_size: int, count: int,
) -> list[_Piece]:  # fmt: skip
    pieces = _tighten(rows, sim, neighbours, max_size, 0)
    pieces = _rejoin_strays(pieces, neighbours, max_size)
    if count > max_size:
        why = ("too many to act on at once", "liian monta kerralla käsiteltäviksi")
    else:
        why = ("no function common to all", "kaikille yhteistä toimintoa ei ole")
    note = (f"split from {count} linked products ({why[0]})",
            f"jaettu {count} toisiinsa liittyvän tuotteen joukosta ({why[1]})")  # fmt: skip
    out: list[_Piece] = []
    for piece in pieces:
        piece.note = (note, *piece.note)
        if len(piece.products) <= max_size:
            out.append(piece)
        else:
            out.extend(_split_by_use(piece, profiles, max_size))
    return out


def _tighten(rows: list[int], sim: Similarity, nb: _Neighbours, max_size: int,
             level: int) -> list[_Piece]:  # fmt: skip
    if _fits(rows, sim, max_size) or level == len(_TIGHTER) or len(rows) == 1:
        alike = round(_TIGHTER[level - 1] * 100)
        note = ((f"these are at least {alike}% alike",
                 f"nämä ovat vähintään {alike} % samankaltaisia"),) if level else ()  # fmt: skip
        return [_Piece(rows, [p for r in rows for p in sim.members[r]], note)]
    cut = _TIGHTER[level]
    local = {r: n for n, r in enumerate(rows)}
    ea, eb = [], []
    for r in rows:
        dst, jac = nb.of(r)
        for d, j in zip(dst.tolist(), jac.tolist(), strict=True):
            if j >= cut - 1e-6 and d > r and d in local:
                ea.append(local[r])
                eb.append(local[d])
    labels = _components(len(rows), np.array(ea, dtype=np.int64), np.array(eb, dtype=np.int64))
    groups: dict[int, list[int]] = {}
    for n, label in enumerate(labels.tolist()):
        groups.setdefault(label, []).append(rows[n])
    out: list[_Piece] = []
    for group in groups.values():
        out.extend(_tighten(group, sim, nb, max_size, level + 1))
    return out


def _rejoin_strays(pieces: list[_Piece], nb: _Neighbours, max_size: int) -> list[_Piece]:
    """A product left alone by tightening joins the part holding its most similar product."""
    home = {r: n for n, p in enumerate(pieces) for r in p.signatures}
    strays = [p for p in pieces if len(p.products) == 1]
    for stray in strays:
        row = stray.signatures[0]
        for d in nb.of(row)[0].tolist():
            target = pieces[home[d]] if d in home else None
            if target is None or target is stray or len(target.products) < 2:
                continue
            if len(target.products) < max_size:
                home[row] = home[d]
                target.signatures.append(row)
                target.products.extend(stray.products)
                stray.products = []
                break
    return [p for p in pieces if p.products]


def _split_by_use(piece: _Piece, profiles: _Profiles, max_size: int) -> list[_Piece]:
    """Identical products, too many: per sector where used in one only, the rest city-wide,
    then by main department, then parts of `max_size`."""
    out: list[_Piece] = []
    by_sector: dict[str, list[ProductId]] = {}
    for p in sorted(piece.products):
        sectors = {s.sector for s in profiles.systems.get(p, ())}
        key = "" if len(sectors) > 1 else next(iter(sectors)) or "?"
        by_sector.setdefault(key, []).append(p)
    leftovers: list[ProductId] = []
    for sector in sorted(by_sector):
        group = by_sector[sector]
        where = {
            "": ("used across sectors", "käytössä usealla toimialalla"),
            "?": ("used where the sector is unknown", "käytössä, kun toimiala ei ole tiedossa"),
        }.get(sector, (f"used only in {sector}", f"käytössä vain toimialalla {sector}"))
        if len(group) < 2:
            leftovers.extend(group)
            continue
        if len(group) <= max_size:
            out.append(_Piece(piece.signatures, group, (*piece.note, where)))
            continue
        by_unit: dict[str, list[ProductId]] = {}
        for p in group:
            units = Counter(_unit_of(s) or "" for s in profiles.systems.get(p, ()))
            main = min(units.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            by_unit.setdefault(main, []).append(p)
        for unit in sorted(by_unit):
            members = by_unit[unit]
            if len(members) < 2:
                leftovers.extend(members)
                continue
            label = (*piece.note, (f"{where[0]}, mainly in {unit or 'no department'}",
                                   f"{where[1]}, pääasiassa {unit or 'ei yksikköä'}"))  # fmt: skip
            out.extend(_chunks(piece.signatures, members, label, max_size))
    rest = (*piece.note, ("the rest", "loput"))
    out.extend(_chunks(piece.signatures, sorted(leftovers), rest, max_size))
    return out


def _chunks(signatures: list[int], products: list[ProductId], note: tuple[Say, ...],
            max_size: int) -> list[_Piece]:  # fmt: skip
    if len(products) <= max_size:
        return [_Piece(signatures, products, note)] if len(products) >= 2 else []
    parts = -(-len(products) // max_size)
    size = -(-len(products) // parts)
    return [
        _Piece(
            signatures,
            products[i : i + size],
            (
                *note,
                (f"part {n} of {parts} by product id", f"osa {n}/{parts} tuotetunnuksen mukaan"),
            ),
        )  # fmt: skip
        for n, i in enumerate(range(0, len(products), size), start=1)
        if len(products[i : i + size]) >= 2
    ]


# --------------------------------------------------------------------------- one cluster


def _cluster(
    cid: ClusterId, piece: _Piece, sim: Similarity, profiles: _Profiles,
    basic: frozenset[FunctionId], labels: Mapping[FunctionId, Say],
    names: Mapping[ProductId, str], threshold: float,
) -> Cluster:  # fmt: skip
    products = sorted(piece.products)
    core = {p: _core(profiles.functions[p], basic) for p in products}
    counts = Counter(f for p in products for f in core[p])
    shared = sorted((f for f, n in counts.items() if n >= 2), key=lambda f: (-counts[f], f))
    units: set[str] = set()
    sectors: set[str | None] = set()
    serving: dict[FunctionId, set[str]] = {f: set() for f in shared}
    for p in products:
        for s in profiles.systems.get(p, ()):
            unit = _unit_of(s)
            sectors.add(s.sector)
            if unit:
                units.add(unit)
                for f in s.functions:
                    if f in serving:
                        serving[f].add(unit)
    known = sorted(x for x in sectors if x)
    if shared and all(f in basic for f in shared):
        scope = "basic-it"
    elif len(known) == 1 and None not in sectors:
        scope = "sector"
    else:
        scope = "city"
    similarity, best = _cohesion(products, core, threshold)
    lines = _evidence(products, shared, serving, best, core, labels, names, piece.note)
    return Cluster(cid, tuple(products), tuple(sorted(shared)), tuple(sorted(units)),
                   tuple(known), scope, similarity, tuple(en for en, _ in lines),
                   tuple(fi for _, fi in lines))  # fmt: skip


def _jaccard(x: frozenset, y: frozenset) -> float:
    return len(x & y) / len(x | y) if x or y else 0.0


def _cohesion(
    products: list[ProductId], core: Mapping[ProductId, frozenset[FunctionId]], threshold: float
) -> tuple[float, tuple[ProductId, ProductId] | None]:
    """Mean Jaccard over linked pairs (>= threshold), and the most alike *different* pair.

    Per signature, not per product pair: a cluster holds few distinct function sets.
    """
    sigs: dict[frozenset[FunctionId], list[ProductId]] = {}
    for p in products:
        sigs.setdefault(core[p], []).append(p)
    keys = sorted(sigs, key=lambda s: sorted(s))
    total = weight = 0.0
    best: tuple[float, int, tuple[ProductId, ProductId]] | None = None
    for n, x in enumerate(keys):
        nx_ = len(sigs[x])
        total += nx_ * (nx_ - 1) / 2
        weight += nx_ * (nx_ - 1) / 2
        for y in keys[n + 1 :]:
            j = _jaccard(x, y)
            if j >= threshold:
                total += j * nx_ * len(sigs[y])
                weight += nx_ * len(sigs[y])
            if best is None or (j, len(x & y)) > (best[0], best[1]):
                pair = (sigs[x][0], sigs[y][0])
                best = (j, len(x & y), (min(pair), max(pair)))
    return (round(total / weight, 4) if weight else 0.0), (best[2] if best else None)


def _names(items: Sequence[str], limit: int = 4, lang: str = "en") -> str:
    more, sep = ("more", " and ") if lang == "en" else ("muuta", " ja ")
    shown = list(items[:limit])
    if len(items) > limit:
        return ", ".join(shown) + f"{sep}{len(items) - limit} {more}"
    return sep.join([", ".join(shown[:-1]), shown[-1]]) if len(shown) > 1 else shown[0]


def _evidence(
    products: list[ProductId], shared: list[FunctionId], serving: Mapping[FunctionId, set[str]],
    best: tuple[ProductId, ProductId] | None, core: Mapping[ProductId, frozenset[FunctionId]],
    labels: Mapping[FunctionId, Say], names: Mapping[ProductId, str], note: tuple[Say, ...],
) -> list[Say]:  # fmt: skip
    def name(p: ProductId) -> str:
        return names.get(p, p)

    def label(f: FunctionId) -> Say:
        return labels.get(f, (f, f))

    lines: list[Say] = []
    for f in shared[:4]:
        who = [name(p) for p in sorted((p for p in products if f in core[p]),
                                       key=lambda p: (name(p), p))]  # fmt: skip
        where = sorted(serving[f])
        two = len(who) == 2
        lines.append((
            f"{_names(who)} {'both serve' if two else 'all serve'} {label(f)[0]}"
            + (f" in {_names(where)}" if where else ""),
            f"{_names(who, lang='fi')} {'molemmat' if two else 'kaikki'}: {label(f)[1]}"
            + (f" ({_names(where, lang='fi')})" if where else ""),
        ))  # fmt: skip
    if best is not None:
        x, y = (name(p) for p in best)
        cx, cy = core[best[0]], core[best[1]]
        both, union = len(cx & cy), len(cx | cy)
        jac, in_y, in_x = (
            round(v * 100) for v in (_jaccard(cx, cy), both / len(cx), both / len(cy))
        )
        lines.append((
            f"{x} and {y} share {both} of {union} functions (Jaccard {jac}%); {y} covers "
            f"{in_y}% of {x}'s functions, {x} covers {in_x}% of {y}'s",
            f"{x} ja {y}: yhteisiä toimintoja {both}/{union} (Jaccard {jac} %); {y} kattaa "
            f"{in_y} % tuotteen {x} toiminnoista, {x} {in_x} % tuotteen {y} toiminnoista",
        ))  # fmt: skip
    elif len(products) > 1:
        ids = sorted(core[products[0]])
        lines.append((
            f"all {len(products)} products serve exactly the same functions: "
            + ", ".join(label(f)[0] for f in ids),
            f"kaikki {len(products)} tuotetta hoitavat täsmälleen samat toiminnot: "
            + ", ".join(label(f)[1] for f in ids),
        ))  # fmt: skip
    if note:
        en, fi = "; ".join(n[0] for n in note), "; ".join(n[1] for n in note)
        lines.append((en[0].upper() + en[1:], fi[0].upper() + fi[1:]))
    return lines


# --------------------------------------------------------------------------- json


def overlap_json(o: Overlap) -> dict:
    """result.json `overlaps` entry: function, products, departments, sectors, systems."""
    return {
        "function": o.function,
        "products": list(o.products),
        "departments": list(o.departments),
        "sectors": list(o.sectors),
        "systems": list(o.systems),
    }


def cluster_json(c: Cluster) -> dict:
    """result.json `clusters` entry: the contract's fields plus sectors, similarity, evidence."""
    return {
        "id": c.id,
        "products": list(c.products),
        "functions": list(c.functions),
        "departments": list(c.departments),
        "scope": c.scope,
        "sectors": list(c.sectors),
        "similarity": c.similarity,
        "evidence": list(c.evidence),
        "evidence_fi": list(c.evidence_fi),
    }


def functions_json(functions: Sequence[Function], index: FunctionIndex) -> list[dict]:
    """result.json `functions`: every reference function (served or not), then any other
    function some system serves; with its products, departments and sectors."""
    known = {f.id for f in functions}
    out = []
    for f in functions:
        out.append(_function_entry(f.id, f.label_en, index) | {
            "label_fi": f.label_fi, "label_sv": f.label_sv, "domain": f.domain,
            "basic_it": f.basic_it,
        })  # fmt: skip
    for fid in index.functions:
        if fid not in known:
            out.append(_function_entry(fid, fid, index))
    return out


def _function_entry(fid: FunctionId, label: str, index: FunctionIndex) -> dict:
    return {
        "id": fid,
        "label": label,
        "products": list(index.products.get(fid, ())),
        "departments": list(index.departments.get(fid, ())),
        "sectors": list(index.sectors.get(fid, ())),
        "systems": len(index.systems.get(fid, ())),
    }
