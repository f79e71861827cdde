"""The whole pipeline as one pure call: inputs and config in, an Analysis record out.

Stages (see docs/design.md): import -> same product -> functions -> organisation ->
graph and overlaps -> plan. Each stage is a function of the previous stages' records;
this module only wires them, so a Python user gets the same power as the CLI.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dedup.config import Config
from dedup.consolidate import PlanParameters, plan
from dedup.decisions import DecisionSet
from dedup.errors import ConfigError
from dedup.functions_stage import assign_functions, share_product_functions
from dedup.gcpause import collector_paused
from dedup.inventory import load_inventory
from dedup.match import match_products
from dedup.matching.aliases import load_aliases
from dedup.model import (
    Cluster,
    Finding,
    Function,
    Inventory,
    Overlap,
    Product,
    Recommendation,
    System,
    replacer,
)
from dedup.orgmap import assign_units, load_org_map
from dedup.overlap import find_clusters, find_overlaps, function_index
from dedup.taxonomy import Classifier, load_functions

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Analysis:
    """Everything a run found; reports are pure functions of this record."""

    inventory: Inventory
    systems: tuple[System, ...]
    """Systems with product, functions, sector and TIME filled in."""
    products: tuple[Product, ...] = ()
    functions: tuple[Function, ...] = ()
    """The reference functions used (shipped list plus the user's)."""
    unmapped: tuple[tuple[str, int], ...] = ()
    """Purpose texts that mapped to no function, with how many systems use each."""
    overlaps: tuple[Overlap, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    product_time: tuple[tuple[str, str, str], ...] = ()
    """(product id, TIME class, the rule that gave it)."""
    assumptions: tuple[tuple[str, object, str], ...] = ()
    """(parameter, value, meaning) of every parameter the plan used."""
    findings: tuple[Finding, ...] = ()
    summary: dict[str, Any] = field(default_factory=dict)
    inputs: tuple[str, ...] = ()


def analyze(
    paths: Sequence[Path],
    config: Config | None = None,
    progress: Progress | None = None,
    decisions: DecisionSet | None = None,
    org_map: str | Path | None = None,
) -> Analysis:
    """Run every stage on the inputs; raises nothing for bad rows (they become findings).

    The records are made with the cyclic GC paused and are then frozen out of its sight
    (`gc.freeze`) before it resumes: they hold no cycles, and the first collection after
    the pause would otherwise scan them all (0.5 s at 100k systems, seconds at 1M).
    Reference counting still frees them when the Analysis is dropped.
    """
    with collector_paused():
        result = _analyze(paths, config, progress, decisions, org_map)
        gc.freeze()
    return result


def _analyze(paths, config, progress, decisions, org_map) -> Analysis:
    config = config or Config()
    decisions = decisions or DecisionSet()
    params = PlanParameters.from_config(config.plan, str(config.source or "config"))
    org = load_org_map(org_map) if org_map else None
    step = progress or (lambda _: None)
    step("import")
    inventory = load_inventory(
        paths, columns=config.columns, include_hidden=config.include_hidden, limits=config.limits
    )
    findings = list(inventory.findings)
    step("same product")
    aliases = {**config.aliases, **decisions.aliases}
    matched = match_products(
        inventory.systems,
        aliases=aliases,
        never_merge=(*config.never_merge, *decisions.never_merge),
    )
    findings.extend(matched.findings)
    step("functions")
    functions = load_functions(extra=config.functions_file)
    classifier = Classifier.from_functions(functions)
    systems, unmapped = assign_functions(matched.systems, classifier)
    catalogue = (
        load_aliases()
        .with_user(aliases)
        .with_products(_checked_products(config, {f.id for f in functions}))
    )
    systems = share_product_functions(systems, classifier, catalogue)
    step("organisation")
    systems, org_findings = assign_units(systems, org)
    findings.extend(org_findings)
    step("overlaps")
    index = function_index(systems, matched.products)
    overlaps = find_overlaps(systems, matched.products, index)
    clusters = find_clusters(systems, matched.products, functions)
    step("plan")
    result = plan(systems, matched.products, clusters, params, decisions.plan)
    time = dict((p, t) for p, t, _ in result.product_time)
    timed = replacer("time")
    systems = tuple(timed(s, time.get(s.product)) for s in systems)
    summary = {**import_summary(inventory), **result.summary,
               "headline": headline(systems, result.recommendations),
               "decisions": [d.to_json() for d in decisions.items]}  # fmt: skip
    return Analysis(
        inventory=inventory,
        systems=systems,
        products=matched.products,
        functions=functions,
        unmapped=unmapped,
        overlaps=overlaps,
        clusters=clusters,
        recommendations=result.recommendations,
        product_time=result.product_time,
        assumptions=params.assumptions(),
        findings=tuple(findings),
        summary=summary,
        inputs=tuple(Path(p).name for p in paths),
    )


def _checked_products(config: Config, ids: set[str]) -> Mapping[str, tuple[str, ...]]:
    """The config's [products], every function id known (else a ConfigError naming it)."""
    for name, functions in config.products.items():
        unknown = [f for f in functions if f not in ids]
        if unknown:
            raise ConfigError(
                f"{config.source}: [products] '{name}': unknown function id "
                f"'{unknown[0]}'; the ids are in dedup/data/functions.toml or your [functions] file"
            )
    return config.products


def import_summary(inventory: Inventory) -> dict[str, Any]:
    """Row accounting and finding counts, as reported in result.json `summary`."""
    s = inventory.stats
    by_severity: dict[str, int] = {}
    for f in inventory.findings:
        by_severity[str(f.severity)] = by_severity.get(str(f.severity), 0) + 1
    return {
        "rows_read": s.rows_read,
        "systems": len(inventory.systems),
        "rejected": len(inventory.rejected),
        "blank_rows": s.blank,
        "totals_rows": s.totals,
        "sheets_read": s.sheets_read,
        "sheets_skipped": s.sheets_skipped,
        "files_read": s.files_read,
        "files_failed": s.files_failed,
        "findings": dict(sorted(by_severity.items())),
    }


def headline(systems: Sequence[System], recommendations: Sequence[Recommendation]) -> dict:
    """Before -> after in the words decision makers use: units -> sectors, products per function.

    Counts per function the distinct products serving it, before and after the retirements
    the recommendations propose; only functions served by more than one product count as
    overlapping.
    """
    retired = {p for r in recommendations for p in r.retire}
    by_function: dict[str, set[str]] = {}
    for s in systems:
        if s.product:
            for f in s.functions:
                by_function.setdefault(f, set()).add(s.product)
    before = {f: len(ps) for f, ps in by_function.items()}
    after = {f: len(ps - retired) for f, ps in by_function.items()}
    overlapping = sorted(f for f, n in before.items() if n > 1)

    def mean(values: dict[str, int]) -> float | None:
        return (
            round(sum(values[f] for f in overlapping) / len(overlapping), 2)
            if overlapping
            else None
        )

    return {
        "units": len({s.unit or s.department for s in systems if s.unit or s.department}),
        "sectors": len({s.sector for s in systems if s.sector}),
        "functions_with_overlap_before": len(overlapping),
        "functions_with_overlap_after": sum(1 for f in overlapping if after[f] > 1),
        "products_per_overlapping_function_before": mean(before),
        "products_per_overlapping_function_after": mean(after),
        "products_per_function": {f: {"before": before[f], "after": after[f]} for f in overlapping},
    }
