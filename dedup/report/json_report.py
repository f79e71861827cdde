"""result.json, schema `dedup/result@1`: fields may be added, never removed or renamed."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import orjson

from dedup.analysis import Analysis
from dedup.model import Recommendation, System
from dedup.overlap import cluster_json, function_index, functions_json, overlap_json

SCHEMA = "dedup/result@1"


def system_json(system: System) -> dict[str, Any]:
    return {
        "id": system.id,
        "source": system.source.to_json(),
        "name": system.name,
        "ref": system.ref,
        "vendor": system.vendor,
        "product_hint": system.product_hint,
        "parent": system.parent,
        "department": system.department,
        "using_orgs": list(system.using_orgs),
        "sector": system.sector,
        "product": system.product,
        "functions": list(system.functions),
        "purpose": system.purpose,
        "features": system.features,
        "description": system.description,
        "data_content": system.data_content,
        "annual_cost_eur": system.annual_cost_eur,
        "users": system.users,
        "contract_end": system.contract_end.isoformat() if system.contract_end else None,
        "open_ended": system.open_ended,
        "lifecycle": system.lifecycle,
        "criticality": system.criticality,
        "delivery": system.delivery,
        "integrations": list(system.integrations),
        "function_evidence": list(system.function_evidence),
        "unit": system.unit,
        "time": system.time,
        "extra": dict(system.extra),
        "original": dict(system.original),
    }


def recommendation_json(r: Recommendation) -> dict[str, Any]:
    return {
        "id": r.id,
        "kind": r.kind,
        "cluster": r.cluster,
        "keep": r.keep,
        "retire": list(r.retire),
        "retire_systems": list(r.retire_systems),
        "scope": r.scope,
        "sector": r.sector,
        "payer": r.payer,
        "annual_savings_eur": r.annual_savings_eur,
        "investment_eur": r.investment_eur,
        "payback_years": r.payback_years,
        "net_5y_eur": r.net_5y_eur,
        "cost_known_share": r.cost_known_share,
        "start_by": r.start_by.isoformat() if r.start_by else None,
        "tender_now": r.tender_now,
        "wave": r.wave,
        "savings_by_sector": dict(r.savings_by_sector),
        "reasons": list(r.reasons),
        "reasons_fi": list(r.reasons_fi),
        "scores": [
            {"product": p, "score": total, "criteria": dict(parts)} for p, total, parts in r.scores
        ],
        "decisions": list(r.decisions),
    }


def _sections(analysis: Analysis) -> Iterator[tuple[str, object]]:
    """(key, value) of the document in order; list values are iterators, made lazily."""
    inventory = analysis.inventory
    yield "schema", SCHEMA
    yield "inputs", iter(analysis.inputs)
    yield "systems", (system_json(s) for s in analysis.systems)
    yield (
        "rejected",
        (
            {
                "source": r.source.to_json(),
                "findings": [f.to_json() for f in r.findings],
                "cells": dict(r.cells),
            }
            for r in inventory.rejected
        ),
    )
    yield (
        "products",
        (
            {
                "id": p.id,
                "name": p.name,
                "vendor": p.vendor,
                "systems": list(p.systems),
                "names": list(p.names),
                "evidence": [
                    {
                        "a": e.a,
                        "b": e.b,
                        "rule": e.rule,
                        "score": round(e.score, 1),
                        "detail": e.detail,
                    }  # fmt: skip
                    for e in p.evidence
                ],
            }
            for p in analysis.products
        ),
    )
    yield (
        "functions",
        iter(
            functions_json(analysis.functions, function_index(analysis.systems, analysis.products))
        ),
    )
    yield "overlaps", (overlap_json(o) for o in analysis.overlaps)
    yield "clusters", (cluster_json(c) for c in analysis.clusters)
    yield "recommendations", (recommendation_json(r) for r in analysis.recommendations)
    yield "time", ({"product": p, "time": t, "rule": rule} for p, t, rule in analysis.product_time)
    yield "unmapped_purposes", ({"text": t, "systems": n} for t, n in analysis.unmapped)
    yield (
        "assumptions",
        ({"parameter": k, "value": v, "meaning": m} for k, v, m in analysis.assumptions),
    )
    yield "findings", (f.to_json() for f in analysis.findings)
    yield "summary", analysis.summary


def result_document(analysis: Analysis) -> dict[str, Any]:
    """The machine-readable result, deterministic for the same input."""
    return {
        key: list(value) if isinstance(value, Iterator) else value
        for key, value in _sections(analysis)
    }


def _default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _encode(value: object) -> bytes:
    """One value as compact UTF-8 JSON: orjson, ~4x the json module's C encoder.

    The json module takes over for what orjson refuses (an integer beyond 64 bits)."""
    try:
        return orjson.dumps(value, default=_default, option=orjson.OPT_NON_STR_KEYS)
    except orjson.JSONEncodeError:
        return json.dumps(value, ensure_ascii=False, default=_default).encode("utf-8")


def write_json(analysis: Analysis, write: Callable[[bytes], object]) -> None:
    """Stream result.json to `write`: one line per record of each list, UTF-8.

    Notes
    -----
    O(size of the document) time; memory is one record at a time (plus a 64 KB chunk),
    never the whole document: at a million systems the text alone is over 1 GB.
    """
    parts: list[bytes] = [b"{"]
    size = 0
    first_key = True
    for key, value in _sections(analysis):
        parts.append(b"%s\n %s: " % (b"" if first_key else b",", _encode(key)))
        first_key = False
        if not isinstance(value, Iterator):
            parts.append(_encode(value))
            continue
        separator = b"[\n  "
        for item in value:
            text = _encode(item)
            parts.append(separator)
            parts.append(text)
            separator = b",\n  "
            size += len(text)
            if size > 1 << 16:
                write(b"".join(parts))
                parts.clear()
                size = 0
        parts.append(b"[]" if separator == b"[\n  " else b"\n ]")
    parts.append(b"\n}\n")
    write(b"".join(parts))


def render_json(analysis: Analysis) -> bytes:
    buffer = io.BytesIO()
    write_json(analysis, buffer.write)
    return buffer.getvalue()
