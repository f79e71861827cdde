"""Recognise one product under different names, keep different products apart.

Pipeline (each step in `dedup/matching/`): normalise every distinct name to a product key
(normalise.py), resolve known names through the alias table (aliases.py), propose links
between distinct keys by blocking and bulk scoring (block.py), veto links that vendors,
parent systems or the user's never-merge list contradict, and group with complete-link
cohesion so chains do not glue different products (group.py). Every product carries the
links that joined its names, so a person sees why rows were judged the same.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.process import extractOne

from dedup.gcpause import collector_paused
from dedup.matching.aliases import AliasTable, Canonical, load_aliases, never_merge_keys
from dedup.matching.basetail import (
    MIN_BASE,
    Extension,
    Phrase,
    TailContext,
    find_extensions,
    generic_base,
    phrase_of,
    tail_signature,
    word_is_descriptive,
)
from dedup.matching.block import MIN_FUZZY_LEN, candidate_pairs, score_pairs, similar, squash
from dedup.matching.group import Edge, cohesive_groups
from dedup.matching.normalise import (
    NameKey,
    _drop_words,
    _key_stems,
    clean,
    in_house,
    literal_key,
    normalise,
    normalise_text,
    owner_words,
    plain_words,
    slug,
    vendor_key,
)
from dedup.model import Finding, Link, Product, ProductId, Severity, System, evolve, replacer

__all__ = ["MatchResult", "match_products", "DEFAULT_THRESHOLD"]

DEFAULT_THRESHOLD = 88.0
"""fuzz.ratio (0..100) of two squashed keys above which a fuzzy link is proposed."""
COHESION_MARGIN = 8.0
"""Group members not linked directly must still be within threshold - margin of each other."""
SHORT_KEY = 3
"""Keys this short ("IMS", "BO") are split by vendor when the rows' vendors disagree."""


@dataclass(frozen=True, slots=True)
class MatchResult:
    """Systems with `.product` set, the products, and findings (e.g. several systems in a row)."""

    systems: tuple[System, ...]
    products: tuple[Product, ...]
    findings: tuple[Finding, ...]


@dataclass(slots=True)
class _Node:
    """One distinct product key (with its context discriminator) and what its rows say."""

    key: str
    disc: str
    canonical: Canonical | None = None
    generic: bool = False
    several: bool = False
    systems: list[int] = dataclasses.field(default_factory=list)
    vendors: set[str] = dataclasses.field(default_factory=set)
    parents: set[str] = dataclasses.field(default_factory=set)
    alts: set[str] = dataclasses.field(default_factory=set)
    names: Counter = dataclasses.field(default_factory=Counter)
    keys: set[str] = dataclasses.field(default_factory=set)
    """Every key its rows gave before alias resolution (fuzzy matching uses them all)."""
    literal: set[str] = dataclasses.field(default_factory=set)
    """Squashed tokens of the rows' literal names: alt-name links must hit one of these."""
    links: dict[str, tuple[str, str]] = dataclasses.field(default_factory=dict)
    phrases: set[Phrase] = dataclasses.field(default_factory=set)
    """Words of its rows' names as written (for the base + tail rule)."""
    displays: Counter = dataclasses.field(default_factory=Counter)
    """Cleaned name texts with row counts (for the display name)."""
    vendor_names: Counter = dataclasses.field(default_factory=Counter)
    """Vendor cells with row counts (for the product's vendor)."""


def match_products(
    systems: Sequence[System],
    *,
    aliases: Mapping[str, str] | None = None,
    never_merge: Iterable[tuple[str, str]] = (),
    threshold: float = DEFAULT_THRESHOLD,
) -> MatchResult:
    """Group systems into products.

    Parameters
    ----------
    systems : the inventory's systems (name, product_hint, vendor, parent, department used).
    aliases : user aliases, alias name -> canonical name; they win over the shipped table.
    never_merge : pairs of names that must never end in one product.
    threshold : fuzz.ratio cut-off for fuzzy links (typos); exact and alias links need none.

    Notes
    -----
    Work is per distinct normalised key, not per row; candidate links come from blocking
    (never all pairs) and are scored in one bulk rapidfuzz call. Output is deterministic
    and, as far as ids go, independent of row order (ids are slugs of product names).
    """
    # The work allocates ~10 objects per row and frees none of them until the end: the
    # cyclic collector would re-scan the growing heap again and again (a third of the
    # time at 100k rows) to find no garbage, so it is paused and restored after.
    with collector_paused():
        return _match(systems, aliases, never_merge, threshold)


def _match(
    systems: Sequence[System],
    aliases: Mapping[str, str] | None,
    never_merge: Iterable[tuple[str, str]],
    threshold: float,
) -> MatchResult:
    table = load_aliases().with_user(aliases)
    never_merge = tuple(never_merge)
    forbidden, split_names = never_merge_keys(never_merge, table)
    forbidden_keys = {k for pair in forbidden for k in pair}
    org = frozenset(
        w for d in {s.department for s in systems if s.department} for w in owner_words(d)
    )
    infos = _row_infos(systems, table, threshold, frozenset(forbidden_keys), org)
    nodes = _merge_alt_names(_build_nodes(systems, infos, split_names), forbidden, forbidden_keys)
    edges = _propose_edges(nodes, threshold, forbidden)
    tail_edges = _base_tail_edges(nodes, table, org, forbidden, forbidden_keys)
    extends = {(e.a, e.b) for e in tail_edges}
    edges = sorted(edges + tail_edges, key=lambda e: (e.a, e.b, e.rule))
    low = threshold - COHESION_MARGIN

    def compatible(x: int, y: int) -> bool:
        a, b = nodes[x], nodes[y]
        if _vetoed(a, b, forbidden, forbidden_keys) or a.several or b.several:
            return False
        if a.generic or b.generic:
            return False
        if (min(x, y), max(x, y)) in extends:
            return True
        return any(similar(ka, kb, low)[0] for ka in sorted(a.keys) for kb in sorted(b.keys))

    groups, used = cohesive_groups(len(nodes), edges, compatible)
    return _assemble(systems, infos, nodes, groups, used)


@dataclass(frozen=True, slots=True)
class _RowInfo:
    """What one distinct (name, hint, vendor, department, parent) says: computed once."""

    nk: NameKey
    hit: Canonical | None
    rule: str
    key: str
    raw: str
    literal: str
    vendors: frozenset[str]
    parent: str
    detail: str
    stems: frozenset[str] = frozenset()


def _alias_typo(key: str, table: AliasTable, threshold: float) -> tuple[Canonical | None, str]:
    """A known product the key misspells ("basware invoice prosessing"), with the reason."""
    if len(key) < MIN_FUZZY_LEN:
        return None, ""
    choices = table.keys_by_start.get(key[:2])
    if not choices:
        return None, ""
    found = extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=threshold)
    if found is None:
        return None, ""
    ok, why = similar(key, found[0], threshold, found[1])
    return (table.by_key[found[0]], f" (spelled '{key}', {why})") if ok else (None, "")


def _row_info(
    system: System,
    table: AliasTable,
    department: str | None,
    threshold: float,
    protected: frozenset[str] = frozenset(),
    org_words: frozenset[str] = frozenset(),
) -> _RowInfo:
    """Key, canonical product if known, and context of one system's cells."""
    nk = normalise(
        system.name or "", system.product_hint or "", system.vendor or "", department or ""
    )
    parent_text = clean(system.parent)
    hit = None
    if not nk.several:
        if nk.generic and parent_text:
            parent = normalise_text(parent_text)
            if not parent.generic and not parent.several:
                nk = dataclasses.replace(
                    nk,
                    key=parent.key,
                    generic=False,
                    steps=nk.steps + ("generic name, product from parent",),
                )
        hit = table.resolve(nk.key)
        if hit is None:
            alt_hits = {h.key: h for h in (table.resolve(a) for a in nk.alts) if h is not None}
            if len(alt_hits) == 1:
                hit = next(iter(alt_hits.values()))
    if (
        hit is None
        and not nk.generic
        and not nk.several
        and org_words
        and all(w in org_words or w.rstrip("n") in org_words for w in nk.key.split())
    ):
        words = plain_words(system.product_hint or system.name or "")
        if len(words) > len(nk.key.split()):
            nk = dataclasses.replace(
                nk,
                key=" ".join(sorted(words)),
                generic=True,
                display=clean(system.product_hint or system.name or ""),
                steps=nk.steps + ("only an owner's name left, whole name kept",),
            )
    typo = ""
    if hit is None and not nk.several and not nk.generic and nk.key not in protected:
        hit, typo = _alias_typo(nk.key, table, threshold)
        if (
            hit
            and hit.vendor
            and system.vendor
            and not _vendors_overlap(set(vendor_key(hit.vendor)), set(vendor_key(system.vendor)))
        ):
            hit, typo = None, ""
    rule = (
        "several"
        if nk.several
        else (
            (hit.rule + ("-typo" if typo else ""))
            if hit
            else ("product-hint" if system.product_hint else "normalised")
        )
    )
    raw = clean(system.product_hint) or clean(system.name)
    parent_key = ""
    if parent_text:
        pk = normalise_text(parent_text).key
        ph = table.resolve(pk)
        parent_key = ph.key if ph else pk
    detail = (
        f"{hit.rule} table: {raw} -> {hit.name}{typo}"
        if hit
        else ("; ".join(nk.steps) or "same key")
    )
    return _RowInfo(
        nk,
        hit,
        rule,
        hit.key if hit else nk.key,
        raw,
        literal_key(raw),
        vendor_key(system.vendor),
        parent_key,
        detail,
        _key_stems(nk.key),
    )


def _row_infos(
    systems: Sequence[System],
    table: AliasTable,
    threshold: float = DEFAULT_THRESHOLD,
    protected: frozenset[str] = frozenset(),
    org: frozenset[str] = frozenset(),
) -> list[_RowInfo]:
    """Row infos, computed once per distinct (name, hint, vendor, parent) and shared.

    The department only matters when the name repeats one of its words ("HelSan
    Helmi-intra" in HelSa); only then is the work redone for that (cells, department).
    Rows with equal cells get the *same* info object, so later steps group by identity.
    """
    base_cache: dict[tuple, _RowInfo] = {}
    dept_cache: dict[tuple, _RowInfo] = {}
    dept_words: dict[str, frozenset[str]] = {}
    out = []
    for s in systems:
        bt = (s.name, s.product_hint, s.vendor, s.parent)
        base = base_cache.get(bt)
        if base is None:
            base = base_cache[bt] = _row_info(s, table, None, threshold, protected, org)
        dept = s.department
        if dept and not base.nk.generic:
            words = dept_words.get(dept)
            if words is None:
                words = dept_words[dept] = _drop_words("", dept)
            if not base.stems.isdisjoint(words):
                dt = (*bt, dept)
                info = dept_cache.get(dt)
                if info is None:
                    info = dept_cache[dt] = _row_info(s, table, dept, threshold, protected, org)
                out.append(info)
                continue
        out.append(base)
    return out


_SET_PRODUCT = replacer("product")


def _with_product(system: System, product: ProductId, several: bool) -> System:
    if several and not system.names_several:
        return evolve(system, product=product, names_several=True)
    return _SET_PRODUCT(system, product)


def _build_nodes(
    systems: Sequence[System], infos: Sequence[_RowInfo], split_names: frozenset[str]
) -> list[_Node]:
    """Distinct (key, discriminator) nodes, in sorted order (deterministic).

    Rows sharing an info object are handled together; only rows that need their own
    discriminator (a generic name is told apart by department, a row naming several
    systems is its own node) are looked at one by one.
    """
    groups: dict[int, list[int]] = {}
    distinct: list[_RowInfo] = []
    for i, info in enumerate(infos):
        rows = groups.get(id(info))
        if rows is None:
            groups[id(info)] = [i]
            distinct.append(info)
        else:
            rows.append(i)
    by_id: dict[tuple[str, str], _Node] = {}
    short_vendors: dict[str, set[str]] = defaultdict(set)
    for info in distinct:
        if len(squash(info.key)) <= SHORT_KEY and not info.hit:
            short_vendors[info.key] |= info.vendors
    for info in distinct:
        rows = groups[id(info)]
        key, nk, hit = info.key, info.nk, info.hit
        if nk.several:
            parts = [(f"several:{systems[i].id}", [i]) for i in rows]
        elif nk.generic and not hit and info.vendors and not in_house(info.vendors):
            # a generic name from one named vendor ("Tarjouspalvelu.fi", Cloudia) is its product
            parts = [("vendor:" + min(info.vendors), rows)]
        elif nk.generic and not hit:
            by_dept: dict[str, list[int]] = {}
            for i in rows:
                s = systems[i]
                dept = clean(s.department).casefold() or clean(s.parent).casefold()
                by_dept.setdefault("dept:" + dept, []).append(i)
            parts = list(by_dept.items())
        elif (
            len(key) <= SHORT_KEY + 2
            and len(squash(key)) <= SHORT_KEY
            and not hit
            and len(short_vendors[key]) > 1
        ):
            parts = [("vendor:" + (min(info.vendors) if info.vendors else ""), rows)]
        else:
            parts = [("", rows)]
        vendor = clean(systems[rows[0]].vendor)
        phrase = phrase_of(nk.display or info.raw)
        for disc, part in parts:
            if split_names and info.raw in split_names:
                disc += "|nm:" + info.raw
            node = by_id.get((key, disc))
            if node is None:
                node = by_id[(key, disc)] = _Node(key, disc)
                node.generic, node.several = nk.generic and not hit, nk.several
            node.systems.extend(part)
            node.names[info.raw] += len(part)
            node.displays[nk.display or info.raw] += len(part)
            if vendor:
                node.vendor_names[vendor] += len(part)
            node.canonical = node.canonical or hit
            if info.vendors:
                node.vendors |= info.vendors
            if info.parent:
                node.parents.add(info.parent)
            if nk.alts:
                node.alts.update(nk.alts)
            node.keys.add(key)
            node.keys.add(nk.key)
            node.literal.add(info.literal)
            node.phrases.add(phrase)
            if info.raw not in node.links:
                node.links[info.raw] = (info.rule, info.detail)
    for node in by_id.values():
        node.systems.sort()
    return [by_id[k] for k in sorted(by_id)]


def _merge_alt_names(
    nodes: list[_Node], forbidden: frozenset, forbidden_keys: set[str]
) -> list[_Node]:
    """Fold a node into the one its cell names as another name ("Ostoreskontra (AdeEko+)").

    Only when the other name is some row's literal name and points at one node: one hop,
    so alternative names cannot chain.
    """
    literal: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(nodes):
        if not n.several and not n.generic:
            for lit in n.literal:
                literal[lit].append(i)
    into: dict[int, int] = {}
    for i, n in enumerate(nodes):
        if n.several or n.canonical is not None:
            continue
        targets = {
            j
            for alt in n.alts
            for j in literal.get(squash(alt), ())
            if j != i and not _vetoed(n, nodes[j], forbidden, forbidden_keys)
        }
        if len(targets) == 1:
            into[i] = targets.pop()
    for i, j in sorted(into.items()):
        while j in into and into[j] != i:
            j = into[j]
        if j == i:
            continue
        src, dst = nodes[i], nodes[j]
        dst.systems.extend(src.systems)
        dst.vendors |= src.vendors
        dst.parents |= src.parents
        dst.alts |= src.alts
        dst.names.update(src.names)
        dst.keys |= src.keys
        dst.literal |= src.literal
        dst.phrases |= src.phrases
        dst.displays.update(src.displays)
        dst.vendor_names.update(src.vendor_names)
        for raw, (_rule, detail) in src.links.items():
            dst.links.setdefault(raw, ("alt-name", f"{detail}; names '{dst.key}' in the cell"))
        src.systems = []
    return [n for n in nodes if n.systems]


def _vetoed(a: _Node, b: _Node, forbidden: frozenset, forbidden_keys: set[str]) -> bool:
    """Evidence against: user's never-merge, disjoint vendors, one is the other's part."""
    if a.key == b.key and "nm:" in a.disc + b.disc:
        return True
    if (a.key in forbidden_keys or b.key in forbidden_keys) and frozenset(
        (a.key, b.key)
    ) in forbidden:
        return True
    if a.vendors and b.vendors and not _vendors_overlap(a.vendors, b.vendors):
        return True
    return a.key != b.key and (a.key in b.parents or b.key in a.parents)


def _vendors_overlap(va: set[str], vb: set[str]) -> bool:
    """Vendor sets share a company (first word, so "Visma" ~ "Visma Solutions")."""
    fa = {v.split()[0] for v in va}
    fb = {v.split()[0] for v in vb}
    return bool(fa & fb)


def _propose_edges(nodes: list[_Node], threshold: float, forbidden: frozenset) -> list[Edge]:
    """Fuzzy links from blocking + bulk scores, and alt-name links, minus vetoed ones."""
    forbidden_keys = {k for pair in forbidden for k in pair}
    active = [i for i, n in enumerate(nodes) if not n.several and not n.generic]
    strings = sorted({(k, i) for i in active for k in nodes[i].keys})
    keys = [k for k, _ in strings]
    owner = [i for _, i in strings]
    best: dict[tuple[int, int], Edge] = {}
    pairs = candidate_pairs(keys)
    scores = score_pairs(keys, pairs, threshold)
    keep = scores > 0
    for (p, q), score in zip(pairs[keep], scores[keep], strict=True):
        a, b = sorted((owner[int(p)], owner[int(q)]))
        if a == b or _vetoed(nodes[a], nodes[b], forbidden, forbidden_keys):
            continue
        ok, why = similar(keys[int(p)], keys[int(q)], threshold, float(score))
        if ok:
            edge = Edge(
                a, b, "fuzzy", round(float(score), 1), f"'{keys[int(p)]}' ~ '{keys[int(q)]}': {why}"
            )
            if (a, b) not in best or best[(a, b)].score < edge.score:
                best[(a, b)] = edge
    return [best[k] for k in sorted(best)]


_PLAIN_EXTRA = frozenset({"version", "edition", "place"})
_WHOSE = _PLAIN_EXTRA | {"owner", "vendor"}


def _base_tail_edges(
    nodes: list[_Node],
    table: AliasTable,
    org: frozenset[str],
    forbidden: frozenset,
    forbidden_keys: set[str],
) -> list[Edge]:
    """`base-tail` links: a longer name is a distinctive base plus descriptive words.

    See dedup/matching/basetail.py for the conditions; here the inventory-wide facts are
    gathered (which words are products, which vendors make several products) and the
    extensions a base has are checked as a whole (two different descriptions of one base
    are a family of modules, so none of them is joined).
    """
    active = [not n.several and not n.generic for n in nodes]
    product_names = frozenset(
        {squash(k) for n, ok in zip(nodes, active, strict=True) if ok for k in n.keys}
        | {squash(k) for k in table.by_key}
    )
    vendor_words = frozenset(
        {v.split()[0] for n, ok in zip(nodes, active, strict=True) if ok for v in n.vendors}
        | table.vendor_words
    )
    ctx = TailContext(org, product_names, vendor_words)
    families = set(table.multi_vendors)
    made_by: dict[str, set[str]] = defaultdict(set)
    for n, ok in zip(nodes, active, strict=True):
        if not ok:
            continue
        words = n.key.split()
        firsts = {v.split()[0] for v in n.vendors}
        if len(words) >= 2:
            firsts.add(words[0])
        for first in firsts:
            rest = [w for w in words if w != first]
            if rest and not all(word_is_descriptive(w, False, ctx)[0] for w in rest):
                made_by[first].add(" ".join(rest))
    families |= {v for v, products in made_by.items() if len(products) >= 2}
    bases: list[set[str]] = []
    for n, ok in zip(nodes, active, strict=True):
        own = {"".join(p.words) for p in n.phrases} if ok else set()
        bases.append(
            {
                squash(k)
                for k in n.keys
                if squash(k) in own and len(squash(k)) >= MIN_BASE and squash(k) not in families
            }
        )
    phrases = [n.phrases if ok else () for n, ok in zip(nodes, active, strict=True)]
    plain_ctx = TailContext(org, frozenset(), vendor_words)

    def content(e: Extension, plain: frozenset[str]) -> tuple[str, ...]:
        """Extra words that say more than `plain` kinds (version, place...) do."""
        return tuple(w for w in e.extra if word_is_descriptive(w, False, plain_ctx)[1] not in plain)

    by_base: dict[int, list[Extension]] = defaultdict(list)
    for ext in find_extensions(phrases, bases, ctx):
        if content(ext, _PLAIN_EXTRA) and generic_base(ext.base_words):
            # "Verkkokauppa" + "Enkora", "Projektit" + "kirjastot": a common word is no
            # base for anything but a place, a version or an edition
            continue
        by_base[ext.base].append(ext)
    edges = []
    for b, exts in sorted(by_base.items()):
        descriptive = [e for e in exts if e.descriptive]
        said = {tail_signature(content(e, _WHOSE)) for e in descriptive} - {frozenset()}
        if len(descriptive) < len(exts) or len(said) >= 2:
            # "Finance" is also "Unic Finance"; "Enkora" is a cash register and a web
            # shop: the base is ambiguous or names a family of modules, join none
            continue
        for e in descriptive:
            if e.ext == b:
                continue  # the base's own row: already one node
            x, base = nodes[e.ext], nodes[b]
            if _vetoed(x, base, forbidden, forbidden_keys):
                continue
            if x.canonical and base.canonical and x.canonical.key != base.canonical.key:
                continue  # the alias table knows them as two products
            a, c = sorted((e.ext, b))
            detail = (
                f"'{' '.join(sorted(x.names)[0].split())}' = '{base.key}' + "
                f"{', '.join(repr(w) for w in e.extra)} ({e.why})"
            )
            edges.append(Edge(a, c, "base-tail", e.score, detail))
    return edges


def _assemble(
    systems: Sequence[System],
    infos: Sequence[_RowInfo],
    nodes: list[_Node],
    groups: list[list[int]],
    used: list[Edge],
) -> MatchResult:
    """Products with names, vendors, evidence and slug ids; systems labelled; findings."""
    edges_of: dict[int, list[Edge]] = defaultdict(list)
    group_of = {n: g for g, members in enumerate(groups) for n in members}
    for e in used:
        edges_of[group_of[e.a]].append(e)
    drafts = []
    for g, members in enumerate(groups):
        name, vendor = _product_name([nodes[m] for m in members])
        sys_idx = sorted(i for m in members for i in nodes[m].systems)
        evidence = []
        for m in members:
            node = nodes[m]
            for raw in sorted(node.links):
                rule, detail = node.links[raw]
                evidence.append(Link(raw, node.key, rule, 100.0, detail))
        for e in sorted(edges_of[g], key=lambda e: (nodes[e.a].key, nodes[e.b].key)):
            evidence.append(Link(nodes[e.a].key, nodes[e.b].key, e.rule, e.score, e.detail))
        names = sorted({raw for m in members for raw in nodes[m].names})
        drafts.append([(slug(name), tuple(names)), name, vendor, sys_idx, names, evidence])
    # ties of (slug, names) (a generic name in two departments) are broken by the first
    # row's place, so ids do not depend on row order; computed only where needed
    ties = Counter(d[0] for d in drafts)
    for d in drafts:
        first = ("", "", 0)
        if ties[d[0]] > 1:
            first = min(
                (systems[i].source.file, systems[i].source.sheet, systems[i].source.row)
                for i in d[3]
            )
        d[0] = (*d[0], first)
    drafts.sort(key=lambda d: d[0])
    seen: Counter = Counter()
    product_of: list[ProductId | None] = [None] * len(systems)
    products = []
    for (base, _n, _s), name, vendor, sys_idx, names, evidence in drafts:
        seen[base] += 1
        pid = ProductId(f"P-{base}" + (f"-{seen[base]}" if seen[base] > 1 else ""))
        for i in sys_idx:
            product_of[i] = pid
        products.append(
            Product(
                pid,
                name,
                vendor,
                tuple(systems[i].id for i in sys_idx),
                tuple(names),
                tuple(evidence),
            )
        )
    several = [info.nk.several for info in infos]
    out_systems = tuple(
        _with_product(s, pid, sev) for s, pid, sev in zip(systems, product_of, several, strict=True)
    )
    findings = tuple(
        Finding.at(
            s.source,
            "names-several-systems",
            Severity.WARNING,
            f"'{clean(s.product_hint) or clean(s.name)}' names several systems; it is kept as "
            "its own product and not used to merge others. Split it into one row per system.",
        )
        for s, sev in zip(systems, several, strict=True)
        if sev
    )
    return MatchResult(out_systems, tuple(products), findings)


def _product_name(nodes: list[_Node]) -> tuple[str, str | None]:
    """Canonical display name and vendor: the alias table's, else the commonest spelling."""
    known = [n for n in nodes if n.canonical is not None]
    if known:
        best = max(known, key=lambda n: (len(n.systems), n.canonical.key))
        vendor = best.canonical.vendor
        if vendor is None:
            vendor = _commonest(nodes)
        return best.canonical.name, vendor
    names: Counter = Counter()
    for n in nodes:
        names.update(n.displays)
    name = min(names, key=lambda t: (-names[t], len(t), t))
    return name, _commonest(nodes)


def _commonest(nodes: list[_Node]) -> str | None:
    vendors: Counter = Counter()
    for n in nodes:
        vendors.update(n.vendor_names)
    vendors.pop("", None)
    if not vendors:
        return None
    return min(vendors, key=lambda v: (-vendors[v], v))
