"""One tiny CSV per quirk: what it must import as, and the finding it must give."""

from datetime import date
from pathlib import Path

import pytest

from dedup.inventory import load_inventory

DATA = Path(__file__).parent / "data" / "csv"


def load(name: str):
    return load_inventory([DATA / name])


def codes(inventory) -> set[str]:
    return {f.code for f in inventory.findings}


@pytest.mark.parametrize(
    ("name", "systems", "rejected", "code"),
    [
        ("semicolon_bom.csv", 2, 0, None),
        ("cp1252.csv", 1, 0, "encoding-fallback"),
        ("utf16_tab.csv", 1, 0, None),
        ("title_rows.csv", 1, 0, None),
        ("totals_blank.csv", 2, 0, "totals-row"),
        ("missing_name.csv", 1, 2, "missing-name"),
        ("duplicate_row.csv", 2, 0, "duplicate-row"),
        ("unbalanced_quote.csv", 3, 0, "unbalanced-quote"),
        ("nul_bytes.csv", 1, 0, "nul-bytes"),
        ("mixed_encoding.csv", 2, 0, "mixed-encoding"),
        ("no_header.csv", 0, 0, "no-header"),
    ],
)
def test_quirk_files(name, systems, rejected, code):
    inventory = load(name)
    assert len(inventory.systems) == systems
    assert len(inventory.rejected) == rejected
    if code:
        assert code in codes(inventory)
    stats = inventory.stats
    assert stats.rows_read == systems + rejected + stats.blank + stats.totals


def test_names_and_places_survive_encodings():
    assert [s.name for s in load("cp1252.csv").systems] == ["Pääkäyttäjä"]
    assert [s.name for s in load("utf16_tab.csv").systems] == ["Wilma"]
    mixed = load("mixed_encoding.csv")
    assert [s.name for s in mixed.systems] == ["Pääkäyttäjä", "Työaika"]
    finding = next(f for f in mixed.findings if f.code == "mixed-encoding")
    assert finding.row == 3


def test_rows_are_record_numbers_whatever_the_line_breaks():
    systems = load("quoted_newlines.csv").systems
    assert [(s.name, s.source.row) for s in systems] == [("Ahjo Asianhallinta", 2), ("Wilma", 3)]
    assert systems[0].department == "Kanslia"


def test_title_block_above_the_header():
    system = load("title_rows.csv").systems[0]
    assert (system.name, system.vendor, system.department) == ("Wilma", "Visma", "Opev")
    assert system.source.row == 5


def test_placeholder_zero_name_is_rejected_with_its_cell():
    inventory = load("missing_name.csv")
    places = [f.place for f in inventory.findings if f.code == "missing-name"]
    assert places == ["missing_name.csv:missing_name!A3", "missing_name.csv:missing_name!A4"]
    assert dict(inventory.rejected[0].cells)["Toimittaja"] == "Tieto"


def test_finnish_values_parse_and_bad_ones_are_reported_not_guessed():
    inventory = load("finnish_values.csv")
    by_name = {s.name: s for s in inventory.systems}
    assert by_name["Wilma"].annual_cost_eur == 12500.5
    assert by_name["Wilma"].users == 300
    assert by_name["Wilma"].contract_end == date(2025, 12, 31)
    assert by_name["Ahjo"].annual_cost_eur == 1200.0
    assert by_name["Ahjo"].open_ended and by_name["Ahjo"].contract_end is None
    assert by_name["Kosti"].annual_cost_eur == 12500.0
    assert by_name["Kosti"].contract_end == date(2025, 6, 30)
    assert by_name["Laske"].annual_cost_eur is None
    assert by_name["Laske"].contract_end is None
    bad = [f for f in inventory.findings if f.code == "ambiguous-date"]
    assert [f.place for f in bad] == ["finnish_values.csv:finnish_values!D5"]
    assert dict(by_name["Wilma"].original)["annual_cost"] == "12\u00a0500,50 €"


def test_html_entities_become_text():
    system = load("html_entities.csv").systems[0]
    assert system.purpose == "Haku ja indeksointi & raportit"
    assert system.vendor == "Solita Oy"


def test_totals_row_is_counted_not_a_system():
    inventory = load("totals_blank.csv")
    assert [s.name for s in inventory.systems] == ["Wilma", "Ahjo"]
    assert (inventory.stats.blank, inventory.stats.totals) == (1, 1)


def test_rows_with_the_same_values_in_other_columns_are_not_duplicates(tmp_path):
    path = tmp_path / "shifted.csv"
    path.write_text("Järjestelmä,Toimittaja,Virasto\nWilma,,Opev\nWilma,Opev,\n", encoding="utf-8")
    inventory = load_inventory([path])
    assert "duplicate-row" not in codes(inventory)
