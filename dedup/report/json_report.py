"""result.json, schema `dedup/result@1`: fields may be added, never removed or renamed."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

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
        "scores": [
            {"product": p, "score": total, "criteria": dict(parts)} for p, total, parts in r.scores
        ],
        "decisions": list(r.decisions),
    }


def result_document(analysis: Analysis) -> dict[str, Any]:
    """The machine-readable result, deterministic for the same input."""
    inventory = analysis.inventory
    return {
        "schema": SCHEMA,
        "inputs": list(analysis.inputs),
        "systems": [system_json(s) for s in analysis.systems],
        "rejected": [
            {
                "source": r.source.to_json(),
                "findings": [f.to_json() for f in r.findings],
                "cells": dict(r.cells),
            }
            for r in inventory.rejected
        ],
        "products": [
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
        ],
        "functions": functions_json(
            analysis.functions, function_index(analysis.systems, analysis.products)
        ),
        "overlaps": [overlap_json(o) for o in analysis.overlaps],
        "clusters": [cluster_json(c) for c in analysis.clusters],
        "recommendations": [recommendation_json(r) for r in analysis.recommendations],
        "time": [{"product": p, "time": t, "rule": rule} for p, t, rule in analysis.product_time],
        "unmapped_purposes": [{"text": t, "systems": n} for t, n in analysis.unmapped],
        "assumptions": [
            {"parameter": k, "value": v, "meaning": m} for k, v, m in analysis.assumptions
        ],
        "findings": [f.to_json() for f in analysis.findings],
        "summary": analysis.summary,
    }


def _default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def render_json(analysis: Analysis) -> bytes:
    return json.dumps(
        result_document(analysis), ensure_ascii=False, indent=1, default=_default
    ).encode("utf-8")
