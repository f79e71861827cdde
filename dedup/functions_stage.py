"""Stage: give every system its functions, classifying each distinct text only once.

The classifier (dedup/taxonomy.py) answers for one text; this stage applies the
fallback order purpose (with features) -> name -> description over a whole inventory,
and lists what stayed unmapped with its frequency so the user sees what to add.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from dedup.gcpause import collector_paused
from dedup.model import System, replacer
from dedup.taxonomy import Classifier

_LABELLED = replacer("functions", "function_evidence")


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
            labelled[key] = (
                tuple(m.function for m in matches),
                tuple(f"{m.function}: '{m.found}' in {field}" for m in matches),
            )
        return labelled[key]

    out = []
    unmapped: Counter[str] = Counter()
    for system in systems:
        purpose = purpose_text(system)
        texts = (("purpose", purpose), ("name", system.name), ("description", system.description))
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
def share_product_functions(systems: Sequence[System]) -> tuple[System, ...]:
    """Rows without a purpose of their own take the functions their product's rows state.

    One product does the same job wherever it runs; a row with an empty purpose column
    (or one classified only from its name or description) learns more from sibling rows
    whose purpose was classified than from its own name. The evidence says so.
    """
    stated: dict[str, dict[str, None]] = defaultdict(dict)
    for s in systems:
        if s.product and s.function_evidence and s.function_evidence[0].endswith(" in purpose"):
            for f in s.functions:
                stated[s.product][f] = None
    out = []
    for s in systems:
        own = bool(s.function_evidence) and s.function_evidence[0].endswith(" in purpose")
        functions = tuple(stated.get(s.product or "", ()))
        if own or not functions:
            out.append(s)
            continue
        evidence = tuple(f"{f}: stated by other rows of the same product" for f in functions)
        out.append(_LABELLED(s, functions, evidence))
    return tuple(out)
