"""Stage: give every system its functions, classifying each distinct text only once.

The classifier (dedup/taxonomy.py) answers for one text; this stage applies the
fallback order purpose (with features) -> description -> name over a whole inventory,
and lists what stayed unmapped with its frequency so the user sees what to add. Many
registers have only a description column ("Kuvaus"): there it is what the row says the
system is for, and it speaks for the product like a purpose does.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from dedup.gcpause import collector_paused
from dedup.matching.aliases import AliasTable, Canonical, plain_words
from dedup.matching.basetail import vocabulary_word
from dedup.matching.normalise import PLACES, STOPWORDS, is_descriptive
from dedup.model import System, replacer
from dedup.taxonomy import Classifier

_LABELLED = replacer("functions", "function_evidence")
GENERIC = ", a generic word"
"""Ends an evidence line whose text named no function but a generic word ("reporting")."""
_OWN_ENDINGS = tuple(f" in {field}{end}" for field in ("purpose", "description")
                     for end in ("", GENERIC))  # fmt: skip
"""Evidence endings of functions a row's own words state (not its name)."""


def purpose_text(system: System) -> str | None:
    """The purpose and features columns together: both say what the system is for."""
    parts = [p for p in (system.purpose, system.features) if p]
    return ". ".join(parts) if parts else None


@collector_paused()
def assign_functions(
    systems: Sequence[System], classifier: Classifier
) -> tuple[tuple[System, ...], tuple[tuple[str, int], ...]]:
    """Systems with `functions` and `function_evidence` set, and the unmapped purposes.

    Notes
    -----
    Each distinct (purpose, description, name) is classified once, so cost grows with
    the number of distinct texts, not rows.
    """
    cache: dict[str | None, tuple] = {}
    labelled: dict[tuple[str, tuple], tuple[tuple, tuple[str, ...]]] = {}

    def classify(text: str | None) -> tuple:
        if text not in cache:
            cache[text] = classifier.classify(text) if text else ()
        return cache[text]

    def labels(field: str, matches: tuple) -> tuple[tuple, tuple[str, ...]]:
        """(function ids, evidence lines), shared by every system with the same answer."""
        key = (field, matches)
        if key not in labelled:
            generic = GENERIC if all(m.term.startswith("~") for m in matches) else ""
            labelled[key] = (
                tuple(m.function for m in matches),
                tuple(f"{m.function}: '{m.found}' in {field}{generic}" for m in matches),
            )
        return labelled[key]

    out = []
    unmapped: Counter[str] = Counter()
    for system in systems:
        purpose = purpose_text(system)
        texts = (("purpose", purpose), ("description", system.description), ("name", system.name))
        field, matches = next(
            ((name, found) for name, text in texts if (found := classify(text))), (None, ())
        )
        if purpose and field != "purpose":
            unmapped[purpose] += 1
        functions, evidence = labels(field, matches) if matches else ((), ())
        out.append(_LABELLED(system, functions, evidence))
    ranked = sorted(unmapped.items(), key=lambda item: (-item[1], item[0]))
    return tuple(out), tuple(ranked)


@collector_paused()
def share_product_functions(
    systems: Sequence[System],
    classifier: Classifier | None = None,
    catalogue: AliasTable | None = None,
) -> tuple[System, ...]:
    """Every row of a product gets the product's functions: what its rows agree on.

    One product does the same job wherever it runs. A row with an empty purpose (or one
    classified only from its name or description) learns more from sibling rows than
    from its own name. Where rows disagree, a function stated by only one row while
    another is stated by two or more (a word used in passing, one department's side
    use) is left out of the product's functions; the row's evidence says so. When no
    function is stated twice, every stated one counts. Support is counted per distinct
    purpose text, so a row copied into several departments does not outvote the rest,
    and the product's names (classified once each, given a classifier) back the
    functions they name. A product the catalogue knows (given one) is for what the
    catalogue says: its texts choose among the catalogued functions, and when they name
    none of them, the main one is taken. The evidence names the source.
    """
    stated: dict[str, dict[str, tuple[str, ...]]] = defaultdict(dict)
    generic: dict[str, dict[str, tuple[str, ...]]] = defaultdict(dict)
    named: dict[str, set[str]] = defaultdict(set)
    naming: dict[str, dict[str, str]] = defaultdict(dict)
    for s in systems:
        if s.product and _own(s):
            kind = generic if s.function_evidence[0].endswith(GENERIC) else stated
            kind[s.product].setdefault(_said(s), s.functions)
    for p, texts in generic.items():
        if p not in stated:  # generic words are all the product's rows say
            stated[p] = texts
    if classifier is not None:
        deployment = {f.id for f in classifier.functions if f.deployment}
        names: dict[str, tuple] = {}
        for s in systems:
            if s.product in stated:
                if s.name not in names:
                    names[s.name] = classifier.classify(s.name)
                named[s.product].update(m.function for m in names[s.name])
                branded = _branded(s.name)
                for m in names[s.name]:  # words, not generic words, brands or deployment
                    if (branded and not m.term.startswith(("~", "="))
                            and m.function not in deployment):  # fmt: skip
                        evidence = f"{m.function}: '{m.found}' in name"
                        naming[s.product].setdefault(m.function, evidence)
    domain_of = {f.id: f.domain for f in classifier.functions} if classifier is not None else {}
    known = _catalogued(systems, catalogue, domain_of) if catalogue is not None else {}
    profile = {
        p: _consensus(
            list(stated.get(p, {}).values()), named[p], domain_of, known.get(p), naming[p]
        )
        for p in stated.keys() | known.keys()
    }
    for p, texts in generic.items():
        kept, dropped, _ = profile[p]
        for f in {f for functions in texts.values() for f in functions} - {*kept, *dropped}:
            dropped[f] = "other rows of the product name what it is for"
    evidence_of: dict[tuple, tuple[str, ...]] = {}
    out = []
    for s in systems:
        found = profile.get(s.product or "")
        if found is None:
            out.append(s)
            continue
        kept, dropped, sources = found
        own = _own(s)
        if own and s.functions == kept:
            out.append(s)
            continue
        key = (s.product, s.function_evidence if own else None)
        evidence = evidence_of.get(key)
        if evidence is None:
            mine = dict(zip(s.functions, s.function_evidence, strict=False)) if own else {}
            lines = [
                mine.get(f) or sources.get(f) or f"{f}: stated by other rows of the same product"
                for f in kept
            ]
            lines += [
                f"{f}: {mine[f].split(': ', 1)[-1]}, but {dropped[f]}: not counted"
                for f in s.functions if own and f in dropped
            ]  # fmt: skip
            evidence = evidence_of[key] = tuple(lines)
        out.append(_LABELLED(s, kept, evidence))
    return tuple(out)


def _branded(name: str) -> bool:
    """Does the name carry a product's own word beside any description ("Zeccer
    Sopimushallinta", "Opekanava-intra")? A name made only of common and function words
    ("Projektit.kirjastot.fi", "Tonttijakokartat") is a description, and its function
    word may only say whose it is."""
    return any(
        len(w) >= 3 and not w.isdigit() and w not in STOPWORDS and w not in PLACES
        and not is_descriptive(w) and not vocabulary_word(w)
        for w in plain_words(name)
    )  # fmt: skip


def _own(system: System) -> bool:
    """Were this row's functions found in its own words (purpose, else description)?"""
    first = system.function_evidence[0] if system.function_evidence else ""
    return first.endswith(_OWN_ENDINGS)


def _said(system: System) -> str:
    """The row's own text as written, up to case and spacing: a copied row is not a second
    voice."""
    return " ".join((purpose_text(system) or system.description or "").casefold().split())


def _catalogued(
    systems: Sequence[System], catalogue: AliasTable, domain_of: dict[str, str]
) -> dict[str, Canonical]:
    """Product -> the catalogued product most of its rows' names denote (ties: first seen).

    Only catalogue entries with a function the loaded function list has count, so a
    user's own function list is never given ids it does not know.
    """
    hits: dict[str, Canonical | None] = {}
    votes: dict[str, Counter[Canonical]] = defaultdict(Counter)
    for s in systems:
        if s.product:
            if s.name not in hits:
                hit = catalogue.known_product(s.name)
                if hit is not None and domain_of and not any(f in domain_of for f in hit.functions):
                    hit = None
                hits[s.name] = hit
            entry = hits[s.name]
            if entry is not None:
                votes[s.product][entry] += 1
    return {p: counts.most_common(1)[0][0] for p, counts in votes.items()}


def _consensus(
    rows: list[tuple[str, ...]],
    named: set[str],
    domain_of: dict[str, str],
    known: Canonical | None = None,
    naming: dict[str, str] | None = None,
) -> tuple[tuple[str, ...], dict[str, str], dict[str, str]]:
    """(the product's functions in order of first mention, why each other one is left out,
    where a function no text states came from).

    Where several texts disagree, the product's name is one more voice, for functions
    the texts state: "Tori-intranet" backs "intra" against a passing "lomakkeet". A name
    alone adds no function ("Tableau Server" is no server). When no function is stated
    twice (one text, or texts that all differ), the main function is the one the name
    backs, else the first named; functions of its domain stay with it ("HR ja
    palkanlaskenta": HR and payroll), functions of other domains are taken for words in
    passing ("Vesiverkoston tiedot ja kartat" is the water utility's, not a GIS).

    A catalogued product chooses the same way among the catalogued functions its texts
    state, main one first in the catalogue's order ("Lifecare" used for social care
    records is not patient records there); with none stated, it is for its main one.
    Functions its texts state and its own names back stay too ("Taloushallinto-
    järjestelmä (Intime Plus)" is this city's finance system); what else its texts say
    is taken for side uses and words in passing.

    A product the catalogue does not know, whose names name a function in words (not a
    generic word, not a brand or abbreviation term) that none of its texts state, is
    for what its name says: "Zeccer Sopimushallinta" is contract management, "Gantner
    kulunvalvonta" access control, "Opekanava-intra" an intranet, whatever a unit writes
    about its own use (`naming`: function -> the name evidence).
    """
    order = tuple(dict.fromkeys(f for functions in rows for f in functions))
    if known is None and naming and not naming.keys() & set(order):
        kept = tuple(naming)
        reason = f"the product's name says {', '.join(kept)}"
        return kept, dict.fromkeys(order, reason), dict(naming)
    if known is None:
        return (*_agreed(rows, list(order), named, domain_of), {}) if order else ((), {}, {})
    listed = [f for f in known.functions if f in domain_of or not domain_of]
    chosen = [f for f in listed if f in order]
    kept, dropped = _agreed(rows, chosen, set(), domain_of) if chosen else ((), {})
    kept += tuple(f for f in order if f in named and f not in kept)
    kept = kept or tuple(listed[:1])
    reason = f"the product catalogue has {known.name} for {', '.join(listed)}"
    dropped = {f: dropped.get(f, reason) for f in order if f not in kept}
    sources = {f: f"{f}: {known.name} in the product catalogue" for f in kept if f not in order}
    return kept, dropped, sources


def _agreed(
    rows: list[tuple[str, ...]], candidates: list[str], named: set[str], domain_of: dict[str, str]
) -> tuple[tuple[str, ...], dict[str, str]]:
    """(the candidates the rows agree on, why each other candidate is left out); see
    `_consensus`. Candidates come main first."""
    if len(rows) >= 2:
        support: Counter[str] = Counter(f for fs in rows for f in set(fs) if f in candidates)
        support.update(named.intersection(candidates))
        if max(support.values(), default=0) >= 2:
            kept = tuple(f for f in candidates if support[f] >= 2)
            reason = "no other row of the product says so"
            return kept, dict.fromkeys((f for f in candidates if f not in kept), reason)
    main = [f for f in candidates if f in named] or candidates[:1]
    domains = {domain_of.get(f) for f in main}
    kept = tuple(f for f in candidates if f in main or domain_of.get(f) in domains)
    reason = (f"the rows do not agree on it and it lies outside the product's main function "
              f"({', '.join(main)})")  # fmt: skip
    return kept, dict.fromkeys((f for f in candidates if f not in kept), reason)
