"""Header detection and column recognition on the wordings real inventories use."""

import pytest

from dedup.inventory.columns import clean_header, find_header, map_columns


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Järjestelmän nimi*", "name"),
        ("Järjestelmän* \nomistaja (organisaatio)", "department"),
        ("Keskeisin käyttötarkoitus ja hyödyt*", "purpose"),
        ("Järjestelmän keskeisimmät toiminnallisuudet*", "features"),
        ("Tietojärjestelmät", "name"),
        ("Kutsumanimi", "product"),
        ("Toimittajat", "vendor"),
        ("Yksiköt", "using_orgs"),
        ("Standard Name", "name"),
        ("Deployment Type", "delivery"),
        ("Vuosikustannus (€)", "annual_cost"),
        ("Årskostnad", "annual_cost"),
        ("Systemets namn", "name"),
        ("Förvaltning", "department"),
        ("Sopimus päättyy", "contract_end"),
        ("Contract end date", "contract_end"),
        ("Käyttäjämäärä", "users"),
        ("Antal användare", "users"),
        ("Integraatiot", "integrations"),
        ("Toimiala", "sector"),
        ("Application name:", "name"),
    ],
)
def test_recognises_header_wordings(header, field):
    columns = map_columns([header, "Zzz"])
    assert columns.fields == {field: 0}
    assert columns.extras == (1,)


def test_similar_headers_that_mean_something_else_stay_extras():
    headers = [
        "Järjestelmän nimi*",
        "Järjestelmän* \nomistaja (organisaatio)",
        "Järjestelmän sisältämien tietojen omistaja",
        "Järjestelmän tekninen vastuu (organisaatio)*",
    ]
    columns = map_columns(headers)
    assert columns.fields == {"name": 0, "department": 1}
    assert columns.extras == (2, 3)
    assert columns.headers[1] == "Järjestelmän omistaja (organisaatio)"


def test_clean_header_removes_stars_breaks_and_case():
    assert clean_header("  Järjestelmän*\n omistaja  ") == "järjestelmän omistaja"


def test_header_found_below_a_title_block():
    rows = [
        ["Tietojärjestelmäluettelo 2016", None, None],
        ["Päivitetty 1.3.2016", None, None],
        [None, None, None],
        ["Järjestelmä", "Toimittaja", "Virasto"],
        ["Wilma", "Visma", "Opev"],
    ]
    header = find_header(rows)
    assert header is not None
    assert (header.first_row, header.height) == (3, 1)
    assert header.columns.fields == {"name": 0, "vendor": 1, "department": 2}


def test_two_row_header_under_merged_group_cells_is_joined():
    rows = [
        ["Järjestelmä", "Sopimus", None, "Kustannukset"],
        [None, "päättyy", "toimittaja", "vuodessa"],
        ["Wilma", "31.12.2025", "Visma", "1000"],
    ]
    header = find_header(rows)
    assert header is not None
    assert header.height == 2
    assert header.columns.fields["contract_end"] == 1
    assert header.columns.fields["name"] == 0


def test_no_header_on_an_instructions_sheet():
    rows = [["Ohjeet"], ["Täytä jokaisesta järjestelmästä yksi rivi."], ["Kiitos!"]]
    assert find_header(rows) is None


def test_user_mapping_overrides_recognition():
    columns = map_columns(
        ["Palvelu", "Kuka omistaa"], overrides={"name": "Palvelu", "department": "kuka omistaa"}
    )
    assert columns.fields == {"name": 0, "department": 1}
