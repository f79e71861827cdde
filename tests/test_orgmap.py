"""Agency -> sector maps and department normalisation (dedup/orgmap.py)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from dedup.errors import ConfigError
from dedup.model import Severity, Source, System, SystemId
from dedup.orgmap import assign_units, department_key, load_org_map, resolve_departments

REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata"
HELSINKI_2013 = REALDATA / "helsinki_2013_tietojarjestelmaluettelo.csv"

SOTE = ("Sosiaali- ja terveysvirasto", "Sosiaali- ja terveystoimiala")
TASKE = ("Talous- ja suunnittelukeskus", "Keskushallinto")
KYMP = "Kaupunkiympäristön toimiala"
KUVA = "Kulttuurin ja vapaa-ajan toimiala"


def system(n: int, department: str | None = None, *, using: tuple[str, ...] = (),
           sector: str | None = None) -> System:  # fmt: skip
    return System(
        SystemId(f"S{n}"), Source("inv.csv", "inv", n + 1), f"System {n}",
        department=department, using_orgs=using, sector=sector,
    )  # fmt: skip


@pytest.fixture(scope="module")
def helsinki():
    return load_org_map("helsinki2017")


# --------------------------------------------------------------------------- built-in map


@pytest.mark.parametrize(
    ("department", "expected"),
    [
        ("Sote", SOTE),
        ("sote", SOTE),
        ("SOte", SOTE),
        ("Sosiaali- ja terveysvirasto", SOTE),
        ("SOSIAALI- JA TERVEYSVIRASTO", SOTE),
        ("  sosiaali-  ja terveysvirasto ", SOTE),
        ("Sote/Tievi/Tiepa", SOTE),
        ("Taske / Titek", TASKE),
        ("Taske/Tasu", TASKE),
        ("Taske?", TASKE),
        ("KV/Tilakeskus", ("Tilakeskus", KYMP)),  # the map lists it as Tilakeskus' alias
        ("Kv/As", ("Kiinteistövirasto", KYMP)),  # sub-unit: the first part is the agency
        ("KSV Viestintä", ("Kaupunkisuunnitteluvirasto", KYMP)),
        ("Liikuntaviraston merellinen osasto", ("Liikuntavirasto", KUVA)),
        ("Basware Oyj, TALPA", ("Taloushallintopalvelu-liikelaitos", "Keskushallinto")),
        ("HKR", ("Rakennusvirasto", KYMP)),
        ("Heke", ("Henkilöstökeskus", "Keskushallinto")),
    ],
)  # fmt: skip
def test_builtin_map_resolves_helsinki_spellings(helsinki, department, expected):
    r = resolve_departments([department], helsinki)[department]
    assert (r.unit, r.sector) == expected
    assert r.rule not in ("unmapped", "fuzzy")


def test_builtin_map_covers_the_2017_sectors(helsinki):
    sectors = {sector for _, sector in helsinki.agencies}
    assert len(sectors) == 5  # 4 sectors + central administration
    assert len(helsinki.agencies) >= 25


def test_fuzzy_fallback_records_its_evidence(helsinki):
    r = resolve_departments(["Kaupunkisuunitteluvirasto"], helsinki)["Kaupunkisuunitteluvirasto"]
    assert (r.unit, r.rule) == ("Kaupunkisuunnitteluvirasto", "fuzzy")
    assert "kaupunkisuunnitteluvirasto" in r.evidence and "%" in r.evidence


def test_short_abbreviations_are_never_fuzzy(helsinki):
    # KVS is one letter from KSV and KV: guessing would put systems in a wrong agency
    assert resolve_departments(["KVS"], helsinki)["KVS"].rule == "unmapped"


def test_department_key_folds_case_spacing_and_punctuation():
    assert department_key(" Taske / Titek ") == department_key("taske/titek") == "taske titek"
    assert department_key("Heke??") == "heke"
    assert department_key("Kiinteistövirasto") != department_key("Kiinteistovirasto")


# --------------------------------------------------------------------------- assign_units


def test_assign_units_sets_unit_and_sector(helsinki):
    systems = [system(1, "Sote"), system(2, "sote"), system(3, "Taske / Titek"),
               system(4, None, using=("KSV", "Heke"))]  # fmt: skip
    out, findings = assign_units(systems, helsinki)
    assert [s.unit for s in out] == [SOTE[0], SOTE[0], TASKE[0], "Kaupunkisuunnitteluvirasto"]
    assert [s.sector for s in out] == [SOTE[1], SOTE[1], TASKE[1], KYMP]
    assert [s.department for s in out] == ["Sote", "sote", "Taske / Titek", None]  # kept
    assert findings == ()


def test_unmapped_department_reported_once_with_count(helsinki):
    systems = [system(n, "HelSa / HT" if n % 2 else "HelSa/VS") for n in range(1, 8)]
    systems += [system(8, "Sote"), system(9, "Valvira")]
    out, findings = assign_units(systems, helsinki)
    unmapped = [f for f in findings if f.code == "unmapped-department"]
    assert len(unmapped) == 2
    helsa = next(f for f in unmapped if "'HelSa'" in f.message)
    assert helsa.severity == Severity.WARNING
    assert "7 systems" in helsa.message and "helsinki2017" in helsa.message
    assert helsa.row == 2  # the first row using it, so the user can find it
    assert {s.unit for s in out[:7]} == {"HelSa"}
    assert all(s.sector is None for s in out[:7])


def test_inventory_sector_kept_when_the_map_has_no_answer(helsinki):
    out, _ = assign_units([system(1, "Valvira", sector="Valtio")], helsinki)
    assert out[0].sector == "Valtio"


def test_without_a_map_the_normalised_department_is_the_unit():
    departments = ["Sote", "sote", "Sote ", "TASKE", "Taske / Titek", "Taske/Tasu"]
    systems = [system(n, d) for n, d in enumerate(departments, start=1)]
    systems.append(system(7, None, sector="X"))
    out, findings = assign_units(systems, None)
    assert [s.unit for s in out] == ["Sote", "Sote", "Sote", "Taske", "Taske", "Taske", None]
    assert out[6].sector == "X"  # inventory column kept
    assert [f.code for f in findings] == ["no-department"]


def test_a_sector_column_naming_the_maps_units_stands_for_the_department(helsinki):
    """A UK council's "Service area" column holds what its map calls departments."""
    systems = [system(1, None, sector="Opetusvirasto"), system(2, None, sector="Valtio")]
    out, findings = assign_units(systems, helsinki)
    assert (out[0].unit, out[0].sector) == ("Opetusvirasto", "Kasvatuksen ja koulutuksen toimiala")
    assert (out[1].unit, out[1].sector) == (None, "Valtio")  # not a unit of the map: kept
    codes = [f.code for f in findings]
    assert "sector-column-is-department" in codes and "no-department" in codes


def test_without_a_map_a_sector_only_inventory_compares_its_sectors():
    systems = [system(1, None, sector="People"), system(2, None, sector="Place")]
    out, findings = assign_units(systems, None)
    assert [s.unit for s in out] == ["People", "Place"]
    assert [f.code for f in findings] == ["sector-column-is-department"]


def test_resolution_works_per_distinct_string(helsinki):
    departments = ["Sote"] * 10_000 + ["Taske / Titek"] * 10_000
    assert len(resolve_departments(departments, helsinki)) == 2


# --------------------------------------------------------------------------- user maps


def test_csv_map_with_swedish_headers_and_aliases(tmp_path):
    path = tmp_path / "karta.csv"
    # a ';'-separated file whose aliases column is also ';'-separated cannot quote; use ','
    path.write_text(
        "Förvaltning,Sektor,Förkortningar\n"
        'Social- och hälsovårdsverket,Social- och hälsovårdssektorn,"Sote; SHV"\n'
        "Stadskansliet,Centralförvaltningen,Kansliet\n",
        encoding="cp1252",
    )
    org = load_org_map(path)
    r = resolve_departments(["shv", "Stadskansliet / IT", "Kansliet"], org)
    assert r["shv"].unit == "Social- och hälsovårdsverket"
    assert r["shv"].sector == "Social- och hälsovårdssektorn"
    assert r["Stadskansliet / IT"].sector == "Centralförvaltningen"
    assert r["Kansliet"].unit == "Stadskansliet"


def test_semicolon_csv_map_with_finnish_headers(tmp_path):
    path = tmp_path / "kartta.csv"
    path.write_bytes(
        "\ufeffOrganisaatio;Toimiala\nSosiaali- ja terveysvirasto;Sote-toimiala\n".encode()
    )
    org = load_org_map(path)
    assert org.agencies == (("Sosiaali- ja terveysvirasto", "Sote-toimiala"),)


@pytest.mark.parametrize(
    "header", ["Yksikkö,Toimiala", "Vastuualue,Palvelualue", "Enhet,Verksamhetsområde",
               "Yksikkö,Palvelukokonaisuus",
               "Business unit,Division", "Section,Directorate", "Business Unit,Group"],
)  # fmt: skip
def test_map_headers_cities_and_wellbeing_counties_use(tmp_path, header):
    path = tmp_path / "map.csv"
    path.write_text(f"{header}\nLastensuojelu,Perhepalvelut\n", encoding="utf-8")
    assert load_org_map(path).agencies == (("Lastensuojelu", "Perhepalvelut"),)


@pytest.mark.parametrize(
    "header",
    ["Enhet,Förvaltning", "Förvaltning,Enhet", "Unit,Department", "Yksikkö,Virasto",
     "Palvelualue,Toimiala", "Toimiala,Palvelualue", "Service area,Directorate"],
)  # fmt: skip
def test_a_unit_beside_a_higher_level_maps_to_that_level(tmp_path, header):
    """A Swedish kommun's map lists each unit ("Enhet") under its förvaltning."""
    unit_first = header.split(",")[0] in ("Enhet", "Unit", "Yksikkö", "Palvelualue", "Service area")
    row = "Lastensuojelu,Perhepalvelut" if unit_first else "Perhepalvelut,Lastensuojelu"
    path = tmp_path / "map.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    assert load_org_map(path).agencies == (("Lastensuojelu", "Perhepalvelut"),)


def test_a_second_spelling_of_a_unit_in_the_same_sector_is_one_more_name(tmp_path):
    path = tmp_path / "map.csv"
    path.write_text("Yksikkö,Toimiala\nKanslia / Talous,Kanslia\nKanslia/Talous,Kanslia\n",
                    encoding="utf-8")  # fmt: skip
    assert load_org_map(path).agencies == (("Kanslia / Talous", "Kanslia"),)
    path.write_text("Yksikkö,Toimiala\nKanslia / Talous,Kanslia\nKanslia/Talous,Kasko\n",
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(ConfigError, match="row 3"):
        load_org_map(path)


def test_xlsx_map_with_a_title_row(tmp_path):
    path = tmp_path / "map.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Organisation"
    sheet.append(["City of Example: agencies 2024"])
    sheet.append(["Department", "Sector", "Aliases"])
    sheet.append(["Education Department", "Education", "EDU; Schools"])
    sheet.append(["Parks Department", "Urban Environment", None])
    book.save(path)
    org = load_org_map(path)
    r = resolve_departments(["edu", "Parks Department/North"], org)
    assert (r["edu"].unit, r["edu"].sector) == ("Education Department", "Education")
    assert r["Parks Department/North"].sector == "Urban Environment"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("nohead.csv", "Name,Owner\nA,B\n", "no header row"),
        ("nosector.csv", "Agency,Sector\nSote,\n", "row 2: agency 'Sote' has no sector"),
        ("twice.csv", "Agency,Sector\nA,X\nA,Y\n", "'A' is listed in two sectors"),
        ("clash.csv", "Agency,Sector,Aliases\nA,X,ab\nB,X,AB\n", "'AB' is a name of both"),
        ("empty.csv", "Agency,Sector\n", "no agency rows"),
        ("map.txt.docx", "x", "unsupported file type"),
        ("broken.xlsx", "not a zip", "could not be read"),
    ],
)
def test_bad_map_file_raises_config_error_naming_file_and_problem(tmp_path, name, content,
                                                                  message):  # fmt: skip
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_org_map(path)
    assert name in str(info.value)
    assert message in str(info.value)


def test_missing_map_file_names_the_builtin_maps(tmp_path):
    with pytest.raises(ConfigError, match="no such file.*helsinki2017"):
        load_org_map(tmp_path / "nope.csv")


# --------------------------------------------------------------------------- real data


def test_helsinki_2013_inventory_maps_to_2017_sectors(helsinki):
    if not HELSINKI_2013.is_file():
        pytest.skip(f"real inventory not present at {HELSINKI_2013} (only on the team's machines)")
    from dedup.inventory import load_inventory

    systems = load_inventory([HELSINKI_2013]).systems
    out, findings = assign_units(systems, helsinki)
    with_department = [s for s in out if s.unit]
    mapped = [s for s in with_department if s.sector]
    assert len(mapped) / len(with_department) > 0.8
    units = {s.unit for s in mapped}
    assert {"Sosiaali- ja terveysvirasto", "Talous- ja suunnittelukeskus", "Tilakeskus"} <= units
    unmapped = [f for f in findings if f.code == "unmapped-department"]
    assert len(unmapped) == len({f.message.split("'")[1] for f in unmapped})  # one per unit
