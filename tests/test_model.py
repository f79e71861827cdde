"""The record helpers stages rely on: fast copies must equal `dataclasses.replace`."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from dedup.model import Source, System, SystemId, evolve, replacer

SYSTEM = System(
    id=SystemId("S1"), source=Source("a.xlsx", "Sheet", 2), name="Ahjo", vendor="Tieto",
    annual_cost_eur=1200.0, contract_end=date(2027, 1, 1), functions=("case-management",),
)  # fmt: skip


def test_evolve_equals_dataclasses_replace_and_leaves_the_original():
    changed = evolve(SYSTEM, unit="Kanslia", sector="Keskushallinto")
    assert changed == dataclasses.replace(SYSTEM, unit="Kanslia", sector="Keskushallinto")
    assert SYSTEM.unit is None


def test_replacer_equals_dataclasses_replace_for_its_fields():
    place = replacer("unit", "sector")
    assert place(SYSTEM, "Kanslia", "Keskushallinto") == dataclasses.replace(
        SYSTEM, unit="Kanslia", sector="Keskushallinto"
    )
    assert replacer("time")(SYSTEM, "migrate").time == "migrate"


def test_copies_stay_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        replacer("unit")(SYSTEM, "x").name = "other"  # type: ignore[misc]


def test_replacer_refuses_a_field_system_does_not_have():
    with pytest.raises(ValueError, match="no field"):
        replacer("sectr")
