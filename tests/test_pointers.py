"""Purposes that point elsewhere ("same as above", "see notes") are read where they point."""

from __future__ import annotations

from dedup.inventory import load_inventory


def read(tmp_path, text: str):
    path = tmp_path / "inv.csv"
    path.write_text(text, encoding="utf-8")
    inventory = load_inventory([path])
    notes = [(f.row, f.severity.value, f.message) for f in inventory.findings
             if f.code == "purpose-pointer"]  # fmt: skip
    return [s.purpose for s in inventory.systems], notes


def test_same_as_above_takes_the_purpose_of_the_row_above(tmp_path):
    purposes, notes = read(tmp_path, "Järjestelmä;Käyttötarkoitus\nWilma;Oppilashallinto\n"
                                     "Primus;sama kuin yllä\nKurre;\"\n")  # fmt: skip
    assert purposes == ["Oppilashallinto"] * 3
    assert notes[0] == (3, "info", "purpose 'sama kuin yllä' read as the purpose of row 2: "
                                   "'Oppilashallinto'")  # fmt: skip
    assert [row for row, _, _ in notes] == [3, 4]


def test_same_as_above_on_the_first_row_is_told_not_guessed(tmp_path):
    purposes, notes = read(tmp_path, "System;Purpose\nTeams;same as above\n")
    assert purposes == ["same as above"]
    assert notes[0][:2] == (2, "warning")
    assert notes[0][2] == (
        "purpose 'same as above' means the row above, but that row has no purpose; write it here"
    )


def test_see_notes_reads_the_notes_column(tmp_path):
    purposes, notes = read(tmp_path, "System;Purpose;Notes;Kuvaus\n"
                                     "Teams;see notes;Video meetings and chat;\n"
                                     "Wilma;ks. kuvaus;;Oppilashallinto\n"
                                     "Zoom;see comments;;\n"
                                     "Kassa;Se toimii;;\n")  # fmt: skip
    assert purposes == ["Video meetings and chat", "Oppilashallinto", "see comments", "Se toimii"]
    assert [(row, level) for row, level, _ in notes] == [(2, "info"), (3, "info"), (4, "warning")]
    assert notes[0][2] == "purpose 'see notes' read from column 'Notes': 'Video meetings and chat'"


def test_a_description_column_points_too(tmp_path):
    """Registers with only a description ("Kuvaus") point from it to the notes."""
    purposes, notes = read(
        tmp_path, "Järjestelmä;Kuvaus;Huom\nWilma;ks. lisätiedot;Oppilashallinto\n"
    )
    assert notes == [(2, "info", "description 'ks. lisätiedot' read from column 'Huom': "
                                 "'Oppilashallinto'")]  # fmt: skip
