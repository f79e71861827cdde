"""Unseen inventory styles import with every row accounted for and >= 99 % of values right.

The cases come from `tests/variety.py`; each holds the truth per row as a person reading
the file would enter it. Run with `-s` to see the per-case table.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

import pytest

from dedup.inventory import load_inventory
from dedup.model import Inventory, System
from tests.variety import ATTRIBUTE, LIST_FIELDS, OPEN, Case, make_all, make_gaps

REQUIRED_SHARE = 0.99


@dataclass
class Score:
    """What came out right for one case."""

    right: int = 0
    expected: int = 0
    wrong: list[str] = field(default_factory=list)
    accounting: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.right / self.expected if self.expected else 1.0


def _actual(system: System, key: str) -> object:
    if key.startswith("extra:"):
        return dict(system.extra).get(key.removeprefix("extra:"))
    if key == "contract_end" and system.open_ended:
        return OPEN if system.contract_end is None else ("open+date", system.contract_end)
    return getattr(system, ATTRIBUTE.get(key, key))


def _same(key: str, actual: object, expected: object) -> bool:
    if key in LIST_FIELDS:
        return tuple(actual or ()) == tuple(expected or ())
    if isinstance(expected, float) and isinstance(actual, int | float):
        return math.isclose(actual, expected, abs_tol=0.005)
    if isinstance(expected, date) or expected == OPEN:
        return actual == expected
    return actual == expected


def score(case: Case, inventory: Inventory) -> Score:
    """Compare an imported inventory with the case's truth, value by value."""
    result = Score()
    by_place = {(s.source.sheet, s.source.row): s for s in inventory.systems}
    expected_places = {(e.sheet, e.row) for e in case.systems}
    for expected in case.systems:
        system = by_place.get((expected.sheet, expected.row))
        for key, want in expected.values.items():
            result.expected += 1
            if system is None:
                result.wrong.append(f"{expected.sheet}!{expected.row} missing ({key})")
                continue
            got = _actual(system, key)
            if _same(key, got, want):
                result.right += 1
            else:
                result.wrong.append(f"{expected.sheet}!{expected.row} {key}: {got!r} != {want!r}")
    stats = inventory.stats
    if stats.rows_read != len(inventory.systems) + len(inventory.rejected) + stats.blank + (
        stats.totals
    ):
        result.accounting.append(f"rows_read {stats.rows_read} not accounted for")
    extra = sorted(set(by_place) - expected_places)
    if extra:
        result.accounting.append(f"unexpected systems at {extra}")
    rejected = sorted((r.source.sheet, r.source.row) for r in inventory.rejected)
    if rejected != sorted(case.rejected):
        result.accounting.append(f"rejected {rejected} != {sorted(case.rejected)}")
    if (stats.blank, stats.totals) != (case.blank, case.totals):
        result.accounting.append(
            f"blank/totals {stats.blank}/{stats.totals} != {case.blank}/{case.totals}"
        )
    if stats.files_failed:
        result.accounting.append("file failed to read")
    return result


@pytest.fixture(scope="module")
def cases(tmp_path_factory) -> list[tuple[Case, Inventory, Score]]:
    folder = tmp_path_factory.mktemp("variety")
    out = []
    for case in make_all(folder):
        inventory = load_inventory([case.path], include_hidden=case.include_hidden)
        out.append((case, inventory, score(case, inventory)))
    lines = [f"{'case':<18} {'style':<38} {'values right':>14} {'share':>7}  rows"]
    for case, inventory, result in out:
        rows = "ok" if not result.accounting else "NOT ACCOUNTED"
        lines.append(
            f"{case.name:<18} {case.style:<38} {result.right:>6} / {result.expected:<5} "
            f"{result.share:>7.1%}  {rows} ({len(inventory.systems)} systems, "
            f"{len(inventory.rejected)} rejected, {inventory.stats.blank} blank, "
            f"{inventory.stats.totals} totals)"
        )
    total_right = sum(r.right for _, _, r in out)
    total = sum(r.expected for _, _, r in out)
    lines.append(f"{'all':<18} {'':<38} {total_right:>6} / {total:<5} {total_right / total:>7.1%}")
    print("\n" + "\n".join(lines))
    return out


CASE_NAMES = [
    "raseborg_sv", "leanix_en", "county_fi", "erottimet_csv", "tab_export", "quoted_breaks",
    "porvoo_bilingual", "servicenow_csv", "title_block_city", "sector_sheets",
    "kunta_utf8_csv", "sv_forteckning", "app_register_en", "sheets_export_csv",
]  # fmt: skip


def test_case_list_is_complete(cases):
    assert [case.name for case, _, _ in cases] == CASE_NAMES


@pytest.mark.parametrize("name", CASE_NAMES)
def test_every_row_accounted_for(cases, name):
    case, inventory, result = next(c for c in cases if c[0].name == name)
    assert not result.accounting, result.accounting


@pytest.mark.parametrize("name", CASE_NAMES)
def test_values_right(cases, name):
    case, inventory, result = next(c for c in cases if c[0].name == name)
    assert result.share >= REQUIRED_SHARE, "\n".join(result.wrong)


def test_hidden_and_helper_sheets_are_reported_not_read(cases):
    _, inventory, _ = next(c for c in cases if c[0].name == "county_fi")
    by_code = {(f.code, f.sheet) for f in inventory.findings}
    assert ("hidden-sheet", "Koodistot") in by_code
    assert inventory.stats.sheets_read == 3


def test_pivot_and_metadata_sheets_are_skipped(cases):
    for name, sheet in (("sector_sheets", "Yhteenveto"), ("leanix_en", "Export info")):
        _, inventory, _ = next(c for c in cases if c[0].name == name)
        assert ("no-header", sheet) in {(f.code, f.sheet) for f in inventory.findings}


@pytest.fixture(scope="module")
def gaps(tmp_path_factory) -> dict[str, tuple[Case, Inventory, Score]]:
    out = {}
    for case in make_gaps(tmp_path_factory.mktemp("gaps")):
        inventory = load_inventory([case.path])
        out[case.name] = (case, inventory, score(case, inventory))
    return out


def test_subtotal_rows_named_after_their_group_are_totals(gaps):
    case, inventory, result = gaps["subtotals_fi"]
    assert not result.accounting, result.accounting


def test_subtotal_case_values_otherwise_right(gaps):
    _, _, result = gaps["subtotals_fi"]
    assert result.share == 1.0, result.wrong


def test_zero_in_an_extra_column_is_kept(gaps):
    case, inventory, result = gaps["zero_in_extra"]
    assert result.share == 1.0, result.wrong
