"""The synthetic inventory: deterministic, exactly sized, quirky, and its truth is right."""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from dedup import sample
from dedup.sample import generate, write_sample
from dedup.taxonomy import load_functions

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def _values(path: Path) -> dict[str, list[tuple]]:
    """Every sheet's cell values; dates as dates, since xlsx stores them as datetimes."""
    wb = load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows(values_only=True):
            rows.append(tuple(v.date() if isinstance(v, dt.datetime) else v for v in row))
        while rows and not any(v is not None for v in rows[-1]):
            rows.pop()
        out[ws.title] = rows
    return out


def _truth(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> tuple[Path, Path]:
    path = tmp_path_factory.mktemp("sample") / "helsinki_inventory.xlsx"
    return path, write_sample(path)


@pytest.fixture(scope="module")
def book(written):
    return load_workbook(written[0])


@pytest.fixture(scope="module")
def truth(written) -> list[dict[str, str]]:
    return _truth(written[1])


def _header(ws) -> tuple[int, list[str]]:
    """Find the header row the way a person does: the row that starts with `Tunnus`."""
    for number, row in enumerate(ws.iter_rows(max_row=10, values_only=True), 1):
        if row and row[0] == "Tunnus":
            return number, [str(v or "") for v in row]
    raise AssertionError(f"no header on {ws.title}")


def _column(headers: list[str], *starts: str) -> int:
    return next(i for i, h in enumerate(headers) if h.startswith(starts))


def test_same_seed_gives_same_cells(tmp_path):
    a = write_sample(tmp_path / "a.xlsx", rows=400, seed=7)
    b = write_sample(tmp_path / "b.xlsx", rows=400, seed=7)
    assert _values(tmp_path / "a.xlsx") == _values(tmp_path / "b.xlsx")
    assert a.read_text(encoding="utf-8") == b.read_text(encoding="utf-8")
    assert generate(seed=3) == generate(seed=3)


def test_different_seeds_differ():
    one, two = generate(seed=1), generate(seed=2)
    assert [s.rows for s in one.sheets] != [s.rows for s in two.sheets]
    assert [t.system_name for t in one.truth] != [t.system_name for t in two.truth]


@pytest.mark.parametrize("rows", [1, 2, 7, 59, 60, 61, 333, 5000])
def test_row_count_as_asked(rows):
    inv = generate(rows)
    assert len(inv.truth) == rows
    data = sum(len(s.rows) - s.header_row for s in inv.sheets if s.columns)
    assert data == rows


@settings(max_examples=12, deadline=None)
@given(rows=st.integers(min_value=1, max_value=2500), seed=st.integers(0, 10_000))
def test_row_count_and_kinds_hold_for_any_size(rows, seed):
    inv = generate(rows, seed)
    assert len(inv.truth) == rows
    for t in inv.truth:
        assert bool(t.product) == (t.kind in ("system", "duplicate"))
        assert bool(t.department) == (t.kind not in ("blank", "totals"))


def test_rows_must_be_positive():
    with pytest.raises(ValueError, match="at least 1"):
        generate(0)


def test_default_is_helsinki_of_about_800_systems():
    inv = generate()
    kinds = Counter(t.kind for t in inv.truth)
    assert 750 <= kinds["system"] <= 850
    assert {t.department for t in inv.truth if t.department} == {a.name for a in sample.AGENCIES}


def test_truth_points_at_the_named_row(book, truth):
    """Every truth record's sheet/row is the row with that name; kinds match the cells."""
    by_sheet = defaultdict(list)
    for t in truth:
        by_sheet[t["sheet"]].append(t)
    assert set(by_sheet) == {
        ws.title for ws in book.worksheets if ws.title in sample.GROUPS.values()
    }
    for name, records in by_sheet.items():
        ws = book[name]
        header_row, headers = _header(ws)
        name_col = _column(headers, "Järjestelmä")
        rows = {i: r for i, r in enumerate(ws.iter_rows(values_only=True), 1)}
        numbers = [int(t["row"]) for t in records]
        assert numbers == list(range(header_row + 1, header_row + 1 + len(records)))
        assert max(rows) == numbers[-1]
        for t in records:
            cells = rows[int(t["row"])]
            assert (cells[name_col] or "") == t["system_name"], (name, t["row"])
            if t["kind"] == "blank":
                assert all(v is None for v in cells)
            elif t["kind"] == "totals":
                assert cells[0] == "Yhteensä"
            elif t["kind"] == "reject":
                assert cells[name_col] is None
                assert sum(v not in (None, "", "0", "-") for v in cells) >= 3
            elif t["kind"] == "duplicate":
                assert rows[int(t["row"]) - 1] == cells
            else:
                assert cells[name_col].strip()


def test_truth_functions_exist():
    ids = {f.id for f in load_functions()}  # the truth must name functions the tool knows
    inv = generate(3000, seed=11)
    used = {f for t in inv.truth for f in t.functions}
    assert used <= ids
    for product in [*sample.PRODUCTS.values(), *sample.LOCALS]:
        assert product.functions and set(product.functions) <= ids, product.id
    for t in inv.truth:
        assert bool(t.functions) == (t.kind in ("system", "duplicate", "multi"))


def _aliases(path: Path, agency: str, sector: str, aliases: str, sep: str) -> dict[str, str]:
    out: dict[str, tuple[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            for text in [r[agency], *r[aliases].split(sep)]:
                key = text.strip().casefold()
                assert out.get(key, (r[agency], r[sector])) == (r[agency], r[sector]), key
                out[key] = (r[agency], r[sector])
    return out


def test_every_agency_in_the_sample_maps_to_its_sector(book, truth):
    """Owner cells, however spelled, find their agency and 2017 sector in both org maps."""
    builtin = _aliases(sample.DATA / "orgmap_helsinki2017.csv", "agency", "sector", "aliases", ";")
    user = _aliases(SAMPLES / "helsinki_2017_orgmap.csv", "Virasto", "Toimiala", "Lyhenteet", ";")
    assert builtin == user
    assert len({v[0] for v in builtin.values()}) == len(sample.AGENCIES) >= 31
    sectors = {v[1] for v in builtin.values()}
    assert sectors == set(sample.SECTOR_CODES.values())
    spellings = Counter()
    for t in truth:
        if not t["department"]:
            continue
        ws = book[t["sheet"]]
        _, headers = _header(ws)
        owner = ws.cell(int(t["row"]), _column(headers, "Omistaja", "Omistava") + 1).value
        assert builtin[owner.strip().casefold()] == (t["department"], t["sector"])
        spellings[owner] += 1
    sote = {s for s in spellings if builtin[s.strip().casefold()][0].startswith("Sosiaali")}
    assert {"Sote", "sote", "Sosiaali- ja terveysvirasto"} <= sote


def test_sheet_groups_are_not_2017_sectors(truth):
    """Sivistystoimi holds two 2017 sectors, so a sheet name cannot stand for a sector."""
    per_sheet = defaultdict(set)
    for t in truth:
        if t["sector"]:
            per_sheet[t["sheet"]].add(t["sector"])
    assert len(per_sheet["Sivistystoimi"]) == 2
    assert "Keskushallinto" in per_sheet["Rakennus- ja ympäristötoimi"]  # Palmia


def test_quirks_are_present(book, truth):
    sheets = {ws.title: ws for ws in book.worksheets}
    assert book.worksheets[0].title == "Ohjeet"
    assert all(len(r) == 1 for r in sheets["Ohjeet"].iter_rows(values_only=True))
    hidden = [ws.title for ws in book.worksheets if ws.sheet_state == "hidden"]
    assert hidden == ["Koodistot"]
    sos = sheets["Sosiaali- ja terveystoimi"]
    assert {str(r) for r in sos.merged_cells.ranges} == {"A4:H4", "I4:K4", "L4:P4"}
    for name in sample.GROUPS.values():
        ws = sheets[name]
        assert "Tietojärjestelmäluettelo 2016" in ws["A1"].value
        assert isinstance(ws["B2"].value, dt.datetime)
        header_row, headers = _header(ws)
        assert any("\n" in h and h.endswith("*") for h in headers)
    assert _header(sheets["Rakennus- ja ympäristötoimi"])[1][1] == "Omistava\nvirasto*"
    kinds = Counter(t["kind"] for t in truth)
    assert kinds["totals"] == 5 and kinds["blank"] >= 5
    assert kinds["reject"] >= 2 and kinds["multi"] >= 2 and kinds["duplicate"] >= 2
    assert any(
        t["system_name"].startswith("Henkilöstöhallinnon järjestelmät: HIJAT") for t in truth
    )
    cells = Counter()
    for name in sample.GROUPS.values():
        for row in sheets[name].iter_rows(min_row=5, values_only=True):
            for v in row:
                if isinstance(v, str):
                    cells["nbsp"] += "\u00a0" in v
                    cells["n."] += v.startswith("n. ")
                    cells["trailing"] += v != v.rstrip(" ")
                    cells["toistaiseksi"] += "toistaiseksi" in v.casefold()
                    cells["linebreak"] += "\n" in v
                cells[v] += v in ("0", "-")
    for quirk in ("nbsp", "n.", "trailing", "toistaiseksi", "linebreak", "0", "-"):
        assert cells[quirk] >= 5, quirk


def test_same_vendor_products_stay_apart():
    ids = {}
    for product in [*sample.PRODUCTS.values(), *sample.LOCALS]:
        for spelling in product.spellings:
            key = spelling.strip().casefold()
            assert ids.setdefault(key, product.id) == product.id, spelling
    assert len({ids[k] for k in ("basware ip", "basware finance", "basware maksuliikenne")}) == 3
    assert ids["office 365"] != ids["microsoft dynamics 365"]
    assert ids["visma sign"] != ids["visma severa"]
    assert ids["trimble locus"] != ids["trimble connect"]
    assert ids["bip basware invoice processing"] == ids["basware invoice prosessing"]
    assert ids["wilma (visma inschool)"] == ids["visma wilma"]


def test_overlaps_and_shared_products_exist(truth):
    by_function = defaultdict(set)
    by_product = defaultdict(set)
    for t in truth:
        if t["product"]:
            by_product[t["product"]].add(t["department"])
            for f in t["functions"].split(";"):
                by_function[f].add(t["product"])
    assert {"ahjo", "dynasty"} <= by_function["case-management"]
    assert {"webropol", "questback"} <= by_function["survey-forms"]
    assert len(by_product["webropol"]) >= 5
    assert len(by_product["titania"]) >= 3


def test_totals_sum_the_numeric_costs(book, truth):
    for name in sample.GROUPS.values():
        ws = book[name]
        header_row, headers = _header(ws)
        cost = _column(headers, "Vuosikustannus", "Kustannukset")
        numbers = []
        for row in ws.iter_rows(min_row=header_row + 1, values_only=True):
            if row and row[0] == "Yhteensä":
                assert row[cost] == pytest.approx(sum(numbers))
            elif row and type(row[cost]) in (int, float):
                numbers.append(row[cost])


def test_truth_cost_reads_the_cell(book, truth):
    for t in truth[:300]:
        if t["kind"] != "system":
            continue
        ws = book[t["sheet"]]
        _, headers = _header(ws)
        cell = ws.cell(int(t["row"]), _column(headers, "Vuosikustannus", "Kustannukset") + 1).value
        if t["annual_cost_eur"] == "":
            assert cell in (None, "0", "-")
        else:
            digits = str(cell).replace("\u00a0", "").replace(" ", "").replace("€", "")
            digits = digits.removeprefix("n.").replace(",", ".")
            assert float(digits) == pytest.approx(float(t["annual_cost_eur"]))


def test_csv_output_points_at_records(tmp_path):
    path = tmp_path / "bench.csv"
    truth_path = write_sample(path, rows=1500, seed=5)
    assert truth_path.name == "bench.truth.csv"
    with path.open(encoding="utf-8", newline="") as f:
        records = list(csv.reader(f))
    truth = _truth(truth_path)
    assert len(records) == 1 + 1500 == 1 + len(truth)
    name_col = _column(list(records[0]), "Järjestelmän")
    for t in truth:
        assert t["sheet"] == "bench"
        assert records[int(t["row"]) - 1][name_col] == t["system_name"]


def test_names_grow_with_size():
    inv = generate(20_000, seed=4)
    spellings = {t.system_name for t in inv.truth if t.product}
    products = {t.product for t in inv.truth if t.product}
    assert len(spellings) > 5000 and len(products) > 2000
    sheets = [s.name for s in inv.sheets]
    assert sheets[-1] == "Koodistot" and "Kunta 2" in sheets


def test_committed_sample_equals_a_fresh_one(written):
    committed = SAMPLES / "helsinki_inventory.xlsx"
    assert _values(committed) == _values(written[0])
    assert (SAMPLES / "helsinki_inventory.truth.csv").read_text(encoding="utf-8") == written[
        1
    ].read_text(encoding="utf-8")


def test_no_name_is_shared_by_two_products():
    """Generated local systems never take a name another product uses (truth stays clean)."""
    inv = generate(6000, seed=9)
    owner: dict[str, str] = {}
    for t in inv.truth:
        if t.product:
            key = t.system_name.strip().casefold()
            assert owner.setdefault(key, t.product) == t.product, t.system_name
