"""Header detection and column recognition on the wordings real inventories use."""

import pytest

from dedup.inventory.columns import clean_header, find_header, map_columns


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Järjestelmän nimi*", "name"),
        ("Järjestelmän* \nomistaja (organisaatio)", "department"),
        ("Toimiala / yksikkö", "department"),  # a unit path: the org map resolves it
        ("Förvaltning / enhet", "department"),
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
        # wordings of unseen inventories (tests/variety.py), three languages
        ("Järjestelmä / palvelu", "name"),
        ("Sovelluksen nimi", "name"),
        ("Järjestelmän nimi / Systemets namn", "name"),
        ("Benämning", "name"),
        ("Name of system", "name"),
        ("Ylläpitäjä", "vendor"),
        ("Palveluntarjoaja", "vendor"),
        ("Toimittaja/valmistaja", "vendor"),
        ("Supplier name", "vendor"),
        ("Omistava yksikkö", "department"),
        ("Vastuutaho", "department"),
        ("Tulosyksikkö", "department"),
        ("Systemägare", "department"),
        ("Directorate", "department"),
        ("Organisation unit", "department"),
        ("Hallinnonala", "sector"),
        ("Palvelualue", "sector"),
        ("Service Area", "sector"),
        ("Mihin käytetään", "purpose"),
        ("What is it used for?", "purpose"),
        ("Business process", "purpose"),
        ("Hinta/v", "annual_cost"),
        ("Kustannus €/v", "annual_cost"),
        ("Vuosittaiset ylläpitokustannukset (€)", "annual_cost"),
        ("Licenskostnad/år", "annual_cost"),
        ("Yearly licence fee", "annual_cost"),
        ("Annual Support Cost (€)", "annual_cost"),
        ("Käyttäjiä (arvio)", "users"),
        ("Käyttäjiä yhteensä", "users"),
        ("No. of Users", "users"),
        ("Users (approx)", "users"),
        ("Sopimuskausi", "contract_end"),
        ("Sopimus voimassa asti", "contract_end"),
        ("Sopimuksen päättymispäivä", "contract_end"),
        ("Avtal gäller t.o.m.", "contract_end"),
        ("Licence Renewal Date", "contract_end"),
        ("Contract valid until", "contract_end"),
        ("Tila", "lifecycle"),
        ("Elinkaaren vaihe / Livscykel", "lifecycle"),
        ("Livscykelstatus", "lifecycle"),
        ("Life cycle stage", "lifecycle"),
        ("Kritikalitet", "criticality"),
        ("Install type", "delivery"),
        ("Käyttäjä-\norganisaatiot", "using_orgs"),
        ("Used by", "using_orgs"),
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


def test_a_former_organisation_is_not_the_department():
    """A wellbeing county lists the municipality a system came from beside its unit."""
    columns = map_columns(["Järjestelmän nimi", "Palvelualue", "Ent. organisaatio", "Osasto"])
    assert columns.fields == {"name": 0, "sector": 1, "department": 3}
    assert columns.extras == (2,)
    # the dot makes "ent." a whole word: "Department" and "Entity" are untouched
    assert map_columns(["System name", "Owning department"]).fields["department"] == 1


def test_a_unit_column_wins_over_an_owner_column():
    """ "Business Owner" is often a person; the department column is the unit."""
    headers = ["Application Name", "Department", "Business Purpose", "Business Owner"]
    assert map_columns(headers).fields["department"] == 1
    assert map_columns(["Järjestelmä", "Yksikkö", "Omistaja"]).fields["department"] == 1
    assert map_columns(["Järjestelmä", "Omistaja"]).fields["department"] == 1  # alone: it counts


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


@pytest.mark.parametrize(
    "header",
    [
        "Sopimuksen tila",  # contract status, not the system's lifecycle
        "Sopimus alkaa",
        "Contract start date",
        "Hankintahinta (€)",  # one-off, not per year
        "Kustannukset hankinta",
        "Investointi €",
        "One-off cost",
        "Setup fee",
        "Engångskostnad",
        "Cost center",
        "Data Protection Impact Assessment",
        "Vastuuhenkilö",
        "Lisenssien määrä",
        "Yhteyshenkilö",
        "Product owner",
        "Process owner",
        "Data owner",
        "No. of licences",
    ],
)
def test_headers_that_only_resemble_a_field_stay_extras(header):
    columns = map_columns(["Järjestelmä", header])
    assert columns.fields == {"name": 0}
    assert columns.extras == (1,)


def test_one_off_costs_leave_the_annual_cost_to_the_yearly_column():
    rows = [
        ["Järjestelmä", "Sopimus", None, "Kustannukset", None],
        [None, "alkaa", "päättyy", "hankinta", "vuosittain"],
        ["Wilma", "1.1.2020", "31.12.2025", "1000", "500"],
    ]
    header = find_header(rows)
    assert header is not None and header.height == 2
    assert header.columns.fields == {"name": 0, "contract_end": 2, "annual_cost": 4}
    assert header.columns.extras == (1, 3)


def test_group_label_is_not_carried_onto_a_header_standing_alone_in_the_lower_row():
    rows = [
        [None, None, "Kustannukset", None, None, None],
        ["Sovellus", "Toimittaja", "vuosittain", "investointi €", "Käyttäjämäärä", "Rajapinnat"],
        ["Wilma", "Visma", "500", "1000", "300", "Primus"],
    ]
    header = find_header(rows)
    assert header is not None and header.height == 2
    assert header.columns.fields == {
        "name": 0, "vendor": 1, "annual_cost": 2, "users": 4, "integrations": 5,
    }  # fmt: skip
    assert header.columns.headers[4] == "Käyttäjämäärä"


def test_instructions_listing_the_columns_are_not_a_header():
    rows = [
        ["Ohjeet luettelon täyttämiseen"],
        [None],
        ["Sarake", "Ohje"],
        ["Järjestelmä / palvelu", "Järjestelmän tai palvelun nimi, jolla se tunnetaan"],
        ["Toimittaja", "Yritys, jolta järjestelmä on hankittu (ei henkilön nimeä)"],
        ["Vastuutaho", "Yksikkö, joka vastaa järjestelmän käytöstä"],
        ["Sopimus päättyy", "Päivämäärä muodossa pp.kk.vvvv tai 'toistaiseksi'"],
        ["Kustannukset vuosittain", "Vuosikustannus euroina ilman arvonlisäveroa"],
        ["Tila", "Valitse Koodistot-välilehden listasta"],
    ]
    assert find_header(rows) is None


def test_a_real_header_is_found_even_when_its_title_names_a_field():
    rows = [
        ["Tietojärjestelmät"],
        ["Järjestelmä", "Toimittaja", "Tila"],
        ["Wilma", "Visma", "Käytössä"],
        ["Primus", "Visma", "Käytössä"],
        ["Ahjo", "Tietoevry", "Käytössä"],
    ]
    header = find_header(rows)
    assert header is not None and header.first_row == 1


def test_a_sector_column_first_is_data_not_a_list_of_fields():
    """Every row starting with "… toimiala" names one field again and again: systems."""
    rows = [
        ["Toimiala", "Palvelualue / yksikkö", "Järjestelmän nimi", "Kuvaus"],
        *[["Kasvatuksen ja koulutuksen toimiala", "Vaka", name, "Varhaiskasvatus"]
          for name in ("Päikky", "Power BI", "Daisy", "Wilma")],
    ]  # fmt: skip
    header = find_header(rows)
    assert header is not None and header.first_row == 0
    assert header.columns.fields["name"] == 2


@pytest.mark.parametrize(
    ("headers", "department", "sector"),
    [(["Förvaltning", "Enhet", "System"], 1, 0),
     (["Directorate", "Section", "Application", "Business Owner"], 1, 0),
     (["Toimiala", "Virasto", "Yksikkö", "Järjestelmä"], 2, 0),  # the middle level: an extra
     (["Förvaltning", "Systemägare", "System"], 0, None),  # an owner is no unit
     (["Application", "Department", "Directorate", "Business Owner"], 1, 2),
     (["Directorate", "Department", "Section", "Application"], 2, 0),  # the middle: an extra
     (["Application", "Service Area", "Directorate", "Business Owner"], 1, 2),
     (["Järjestelmä", "Yksikkö / Enhet", "Järjestelmän omistaja"], 1, None)],  # bilingual
)  # fmt: skip
def test_a_unit_beside_the_level_above_it_is_the_department(headers, department, sector):
    fields = map_columns(headers).fields
    assert fields["department"] == department
    assert fields.get("sector") == sector
