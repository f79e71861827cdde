"""The two-process import gives exactly the one-process Inventory, whatever happens.

Each test imports the same inputs with `parallel=False` and `parallel=True` (forced, so
small files split too) and compares the whole Inventory: systems with their ids,
rejected rows, findings in order, and the counts.
"""

from __future__ import annotations

import contextlib
import os
import time
import warnings
from pathlib import Path

import pytest

from dedup.errors import InputError
from dedup.inventory import Limits, load_inventory
from dedup.inventory import parallel as par
from dedup.model import Source
from dedup.sample import write_sample
from tests import hostile
from tests.variety import make_all, make_gaps

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")

HEADER = ["System", "Vendor", "Department", "Purpose", "Annual cost (EUR)"]


def both(paths: list[Path], **kw) -> tuple:
    """(sequential, parallel) Inventories and how the parallel one ran."""
    sequential = load_inventory(paths, parallel=False, **kw)
    parallel = load_inventory(paths, parallel=True, **kw)
    return sequential, parallel, par.last_mode


def assert_no_children() -> None:
    """Every forked child was reaped (read from /proc, so no one else's child is reaped)."""
    with contextlib.suppress(OSError):
        for task in Path(f"/proc/{os.getpid()}/task").iterdir():
            assert not (task / "children").read_text().split()


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.xlsx"
    write_sample(path, rows=3000)
    return path


def write_book(path: Path, sheets: dict[str, list[list]]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def duplicates(tmp_path_factory) -> Path:
    """Exact copies within and across the two halves, blank, totals and rejected rows."""
    effica = ["Effica", "Tietoevry", "Sote", "Patient records", 120000]
    pegasos = ["Pegasos", "CGI", "Sote", "Patient records", "95 000 €"]
    primus = ["Primus", "Tietoevry", "Kasko", "Student administration", "bad money"]
    nameless = [None, "CGI", "Kasko", "Something", 5]
    first = [HEADER, effica, effica, [None] * 5, pegasos, ["Yhteensä", None, None, None, 215000],
             nameless, primus]  # fmt: skip
    wilma = ["Wilma", "Visma", "Kasko", "School", 1]
    total = ["Total", None, None, None, 1]
    second = [HEADER, wilma, primus, pegasos, primus, nameless, [], effica, wilma, nameless,
              total, ["Abilita", "Abilita", "Kasko", "Cases", 2]]  # fmt: skip
    path = tmp_path_factory.mktemp("dups") / "dups.xlsx"
    return write_book(path, {"First": first, "Second": second})


def test_plan_cuts_into_contiguous_halves(sample):
    inputs = [par.vet_input(sample, Limits())]
    mine, theirs = par.plan(inputs, force=True)
    assert mine[0][0] == theirs[0][0] == 0
    assert mine[0][1].start == 0 and mine[0][1].stop == theirs[0][1].start
    assert mine[0][2] and not theirs[0][2]


def test_generated_sample_is_equal(sample):
    sequential, parallel, mode = both([sample])
    assert mode == "parallel"
    assert parallel == sequential
    assert len(sequential.systems) > 2500 and sequential.stats.sheets_read > 2
    ids = [s.id for s in parallel.systems]
    assert ids == [f"S{n}" for n in range(1, len(ids) + 1)]
    assert_no_children()


def test_row_cap_and_hidden_sheets_are_equal(sample):
    sequential, parallel, mode = both([sample], limits=Limits(max_rows=40), include_hidden=True)
    assert mode == "parallel"
    assert any(f.code == "row-cap" for f in sequential.findings)
    assert parallel == sequential


def test_duplicates_across_the_halves_name_the_first_row(duplicates):
    sequential, parallel, mode = both([duplicates])
    assert mode == "parallel"
    assert parallel == sequential
    copies = [f for f in sequential.findings if f.code == "duplicate-row"]
    assert [(f.sheet, f.row, f.message.split(";")[0]) for f in copies] == [
        ("First", 3, "exact copy of row dups.xlsx:First!2"),
        ("Second", 3, "exact copy of row dups.xlsx:First!8"),
        ("Second", 4, "exact copy of row dups.xlsx:First!5"),
        ("Second", 5, "exact copy of row dups.xlsx:First!8"),
        ("Second", 6, "exact copy of row dups.xlsx:First!7"),
        ("Second", 8, "exact copy of row dups.xlsx:First!2"),
        ("Second", 9, "exact copy of row dups.xlsx:Second!2"),
        ("Second", 10, "exact copy of row dups.xlsx:First!7"),
    ]
    rejected = {r.source.row: [f.code for f in r.findings] for r in sequential.rejected}
    assert rejected[6] == ["duplicate-row", "missing-name"]  # Second!6 (First!7 is row 7)
    assert sequential.stats.blank == 2 and sequential.stats.totals == 2


def test_equal_hashes_of_different_rows_change_nothing():
    """A hash match is confirmed by the full row: an unknown row gets no warning."""
    findings = [("value-note", "info", "x", "f", "s", 1, 4)]
    place = (0, 0, None, Source("f", "s", 1))
    assert par._point_at_firsts([(("other", "row"), [place])], {}, findings, []) == findings


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> list[Path]:
    """Every variety case (csv and xlsx, hidden sheets, merges, title blocks), a refused
    legacy .xls, a truncated workbook and a zip that is no workbook, as one inventory."""
    folder = tmp_path_factory.mktemp("many")
    paths = [case.path for case in make_all(folder / "v")]
    paths += [case.path for case in make_gaps(folder / "g")]
    for name, make in (("old.xls", hostile.legacy_xls), ("cut.xlsx", hostile.truncated_xlsx),
                       ("zip.xlsx", hostile.random_zip)):  # fmt: skip
        make(folder / name)
        paths.insert(len(paths) // 2, folder / name)
    return paths


def test_several_files_with_unreadable_ones_are_equal(many):
    calls: list[list[str]] = [[], []]
    sequential = load_inventory(many, parallel=False, progress=calls[0].append)
    parallel = load_inventory(many, parallel=True, progress=calls[1].append)
    assert par.last_mode == "parallel"
    assert parallel == sequential
    assert calls[0] == calls[1] == [p.name for p in many]
    assert sequential.stats.files_failed == 3
    assert sequential.stats.files_read == len(many) - 3


def test_each_variety_case_split_alone_is_equal(many):
    for path in many:
        sequential, parallel, _ = both([path], include_hidden=True)
        assert parallel == sequential, path.name


def test_child_failure_falls_back(duplicates, monkeypatch):
    expected = load_inventory([duplicates], parallel=False)

    def crash(*args):
        raise RuntimeError("boom")

    monkeypatch.setattr(par, "_child_main", crash)
    assert load_inventory([duplicates], parallel=True) == expected
    assert par.last_mode == "fallback"

    monkeypatch.setattr(par, "_child_main", lambda *args: os._exit(3))
    assert load_inventory([duplicates], parallel=True) == expected
    assert par.last_mode == "fallback"

    unpicklable = par._TrackingBuilder.export
    monkeypatch.setattr(
        par._TrackingBuilder, "export", lambda self, *a: (lambda: 0, unpicklable(self, *a))
    )
    assert load_inventory([duplicates], parallel=True) == expected
    assert par.last_mode == "fallback"
    assert_no_children()


def test_a_child_too_slow_is_killed_and_its_share_redone(duplicates, monkeypatch):
    expected = load_inventory([duplicates], parallel=False)
    monkeypatch.setattr(par, "_child_main", lambda *args: time.sleep(60) or 0)
    monkeypatch.setattr(par, "MIN_PATIENCE", 0.3)
    started = time.monotonic()
    assert load_inventory([duplicates], parallel=True) == expected
    assert par.last_mode == "fallback"
    assert time.monotonic() - started < 20
    assert_no_children()


def test_halves_that_disagree_about_a_file_redo_it_in_one_process(duplicates, monkeypatch):
    """One half of a split workbook fails to open: only one process can say what it holds."""
    parent = os.getpid()
    real = par.read_tables

    def flaky(path, kind, limits, sheets=None):
        if os.getpid() != parent:
            raise InputError("corrupt-workbook", "only in the child", path.name)
        return real(path, kind, limits, sheets)

    monkeypatch.setattr(par, "read_tables", flaky)
    sequential, parallel, mode = both([duplicates])
    assert mode == "redo"
    assert parallel == sequential


def test_a_split_file_failing_in_both_halves_fails_once(sample, monkeypatch):
    def broken(path, kind, limits, sheets=None):
        raise InputError("corrupt-workbook", f"{path.name}: broken", path.name)

    monkeypatch.setattr(par, "read_tables", broken)
    other = sample.with_name("copy.xlsx")
    other.write_bytes(sample.read_bytes())
    sequential, parallel, mode = both([sample, other])
    assert mode == "parallel"
    assert parallel == sequential
    assert sequential.stats.files_failed == 2


def test_the_child_writes_nothing_and_its_warnings_reach_the_parent(duplicates, monkeypatch, capfd):
    parent = os.getpid()
    real = par.read_tables

    def warn(path, kind, limits, sheets=None):
        if os.getpid() != parent:
            warnings.warn("from the child", UserWarning, stacklevel=1)
            print("child stdout")
        return real(path, kind, limits, sheets)

    monkeypatch.setattr(par, "read_tables", warn)
    capfd.readouterr()
    with pytest.warns(UserWarning, match="from the child"):
        load_inventory([duplicates], parallel=True)
    assert par.last_mode == "parallel"
    out, err = capfd.readouterr()
    assert "child stdout" not in out and "child stdout" not in err


def test_environment_switch(duplicates, monkeypatch):
    monkeypatch.setenv(par.ENV, "1")
    load_inventory([duplicates])
    assert par.last_mode == "parallel"
    par.last_mode = ""
    monkeypatch.setenv(par.ENV, "0")
    load_inventory([duplicates])
    assert par.last_mode == ""


def test_small_inventories_stay_in_process(sample, duplicates, monkeypatch):
    tiny = [par.vet_input(duplicates, Limits())]
    assert par.plan(tiny) is None and par.plan(tiny, force=True) is not None
    assert not par.worth_planning([duplicates])
    inputs = [par.vet_input(sample, Limits())]
    monkeypatch.setattr(par, "MIN_CHILD_WORK", 0)
    monkeypatch.setattr(par, "_busy", lambda: False)
    assert par.plan(inputs) is not None
    monkeypatch.setattr(par, "_busy", lambda: True)
    assert par.plan(inputs) is None  # small, and no idle core: one process is faster
    monkeypatch.setattr(par, "BUSY_WORK", 0)
    assert par.plan(inputs) is not None


def test_rows_marshal_cannot_carry_travel_pickled(duplicates, monkeypatch):
    import marshal

    class NoMarshal:
        loads = staticmethod(marshal.loads)

        @staticmethod
        def dumps(value):
            raise ValueError("unmarshallable object")

    monkeypatch.setattr(par, "marshal", NoMarshal)
    sequential, parallel, mode = both([duplicates])
    assert mode == "parallel"
    assert parallel == sequential
