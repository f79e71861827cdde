"""Functions per system: purpose first, then what the product's rows agree on."""

from __future__ import annotations

from dedup.functions_stage import assign_functions, share_product_functions
from dedup.model import ProductId, Source, System, SystemId
from dedup.taxonomy import Classifier, load_functions

CLASSIFIER = Classifier(load_functions())


def rows(*purposes: str | None, product: str = "P", name: str = "Zyx") -> list[System]:
    return [
        System(id=SystemId(f"S{n}"), source=Source("a.xlsx", "S", n + 1), name=name,
               product=ProductId(product), purpose=purpose)
        for n, purpose in enumerate(purposes, start=1)
    ]  # fmt: skip


def labelled(systems: list[System]) -> tuple[System, ...]:
    return share_product_functions(assign_functions(systems, CLASSIFIER)[0])


def named(systems: list[System]) -> tuple[System, ...]:
    """Labelled with the product's names as one more voice."""
    return share_product_functions(assign_functions(systems, CLASSIFIER)[0], CLASSIFIER)


def test_rows_without_a_purpose_take_what_the_product_rows_state():
    out = labelled(rows("Palkanlaskenta", None))
    assert [s.functions for s in out] == [("payroll",), ("payroll",)]
    assert out[1].function_evidence == ("payroll: stated by other rows of the same product",)


def test_a_function_only_one_row_states_gives_way_to_what_rows_agree_on():
    out = labelled(rows("Palkanlaskenta", "Palkanlaskenta", "Palkanlaskenta ja kirjasto"))
    assert {s.functions for s in out} == {("payroll",)}
    note = out[2].function_evidence[-1]
    assert note.startswith("library: 'kirjasto' in purpose, but no other row")
    assert note.endswith("not counted")


def test_when_no_function_is_stated_twice_every_stated_one_counts():
    out = labelled(rows("Palkanlaskenta", "Työajanseuranta"))
    assert {s.functions for s in out} == {("payroll", "time-tracking")}
    assert out[0].function_evidence[0] == "payroll: 'palkanlaskenta' in purpose"


def test_copies_of_one_text_are_one_voice():
    """A row copied into two departments does not outvote a third row."""
    out = labelled(rows("Palkanlaskenta ja kirjasto", "Palkanlaskenta ja kirjasto",
                        "Työajanseuranta"))  # fmt: skip
    assert {s.functions for s in out} == {("payroll", "library", "time-tracking")}


def test_the_product_name_backs_a_function_its_texts_state():
    systems = rows("intra", "Tiedotus ja uutiset", "Uutiset ja lomakkeet",
                   name="Tori-intranet")  # fmt: skip
    assert {s.functions for s in named(systems)} == {("intranet",)}
    assert len({s.functions for s in labelled(systems)}) == 1  # without names: all kept
    assert labelled(systems)[0].functions != ("intranet",)


def test_a_name_alone_adds_no_function():
    out = named(rows("Data visualisation", "Dashboards for managers", name="Tableau Server"))
    assert {s.functions for s in out} == {("reporting-bi",)}


def test_one_text_cannot_disagree_with_itself():
    out = named(rows("Vuorolistat ja leimaukset", name="Quinyx työvuorot"))
    assert out[0].functions == ("shift-planning", "time-tracking")


def test_without_agreement_a_function_of_another_domain_is_a_word_in_passing():
    """One text: its main (first) function keeps the functions of its own domain."""
    out = named(rows("Vesi- ja viemäriverkoston tiedot ja kartat"))
    assert out[0].functions == ("water-utility",)
    assert out[0].function_evidence[-1].startswith("gis: ")
    assert "outside the product's main function (water-utility)" in out[0].function_evidence[-1]
    assert named(rows("Henkilöstöhallinto ja palkanlaskenta"))[0].functions == (
        "hr-management",
        "payroll",
    )


def test_the_name_chooses_the_main_function_when_texts_disagree():
    texts = ("Vesijohtoverkosto", "Karttapalvelu")
    assert {s.functions for s in named(rows(*texts, name="Verkkotietojärjestelmä GIS"))} == {
        ("gis",)
    }
    assert {s.functions for s in named(rows(*texts))} == {("water-utility",)}  # first named


def catalogue(tmp_path, text: str):
    from dedup.matching.aliases import load_aliases

    path = tmp_path / "products.csv"
    path.write_text("canonical,vendor,aliases,functions\n" + text, encoding="utf-8")
    return load_aliases(path)


def test_the_catalogue_finds_a_known_product_in_a_name(tmp_path):
    table = catalogue(tmp_path, "Wilma,Visma,StarWilma,pupil-administration\n"
                                "Active Directory,Microsoft,AD,identity-access\n"
                                "M-Files,M-Files,,document-management\n")  # fmt: skip
    found = {n: (hit.name if (hit := table.known_product(n)) else None)
             for n in ("Wilma", "Visma Wilma", "Primus-Wilma", "STARWILMA 4.2", "AD",
                       "AD-tunnukset", "M-Files Cloud", "Wilmar")}  # fmt: skip
    assert found == {"Wilma": "Wilma", "Visma Wilma": "Wilma", "Primus-Wilma": "Wilma",
                     "STARWILMA 4.2": "Wilma", "AD": "Active Directory",
                     "AD-tunnukset": None,  # a short alias only as the whole name
                     "M-Files Cloud": "M-Files", "Wilmar": None}  # fmt: skip


def test_a_catalogued_product_is_for_what_the_catalogue_says(tmp_path):
    """Texts choose among the catalogued functions; the main one always stays."""
    table = catalogue(tmp_path, "Raindance,CGI,,accounting;budgeting;billing\n")
    systems = rows("Kirjanpito ja kyselyt", "Talousarvion valmistelu", None,
                   name="Raindance")  # fmt: skip
    out = share_product_functions(assign_functions(systems, CLASSIFIER)[0], CLASSIFIER, table)
    assert {s.functions for s in out} == {("accounting", "budgeting")}
    assert out[2].function_evidence == (
        "accounting: stated by other rows of the same product",
        "budgeting: stated by other rows of the same product",
    )
    dropped = [line for line in out[0].function_evidence if line.endswith("not counted")]
    assert dropped == ["survey-forms: 'kyselyt' in purpose, but the product catalogue has "
                       "Raindance for accounting, budgeting, billing: not counted"]  # fmt: skip


def test_texts_choose_a_suites_module_over_its_main_function(tmp_path):
    """A social care unit's Lifecare is its social care records, not patient records."""
    table = catalogue(tmp_path, "Lifecare,TietoEVRY,,patient-records;social-care-records\n")
    systems = rows("Sosiaalihuollon asiakastiedot", None, name="Lifecare")
    out = share_product_functions(assign_functions(systems, CLASSIFIER)[0], CLASSIFIER, table)
    assert {s.functions for s in out} == {("social-care-records",)}


def test_a_catalogued_side_function_one_row_states_gives_way_to_what_rows_agree_on(tmp_path):
    """Basware is for invoices and purchasing; here its rows agree on invoices."""
    table = catalogue(tmp_path, "Basware,Basware,,invoice-processing;procurement\n")
    systems = rows("Ostolaskujen käsittely", "Ostolaskujen kierrätys ja hyväksyntä",
                   "Ostolaskut ja hankinnat", name="Basware")  # fmt: skip
    out = share_product_functions(assign_functions(systems, CLASSIFIER)[0], CLASSIFIER, table)
    assert {s.functions for s in out} == {("invoice-processing",)}
    assert out[2].function_evidence[-1].endswith(", but no other row of the product says so: "
                                                 "not counted")  # fmt: skip


def test_a_function_the_name_and_texts_both_state_stays_beside_the_catalogue(tmp_path):
    """Oulu's "Taloushallintojärjestelmä (Intime Plus)" is its finance system."""
    table = catalogue(tmp_path, "Intime,Visma,Intime Plus,time-tracking\n")
    systems = rows("Kirjanpito ja reskontrat", name="Taloushallintojärjestelmä (Intime Plus)")
    out = share_product_functions(assign_functions(systems, CLASSIFIER)[0], CLASSIFIER, table)
    assert out[0].functions == ("accounting",)


def test_a_catalogued_product_with_no_purpose_gets_its_main_function(tmp_path):
    table = catalogue(tmp_path, "Zoom,Zoom,Zoom Workplace,video-meetings\n")
    out = share_product_functions(
        assign_functions(rows(None, name="Zoom Workplace"), CLASSIFIER)[0], CLASSIFIER, table
    )
    assert out[0].functions == ("video-meetings",)
    assert out[0].function_evidence == ("video-meetings: Zoom in the product catalogue",)


def test_catalogued_ids_the_function_list_lacks_are_ignored(tmp_path):
    """A user's own function list is never given ids it does not know."""
    table = catalogue(tmp_path, "Zyx,,,no-such-function\n")
    out = share_product_functions(
        assign_functions(rows("Palkanlaskenta"), CLASSIFIER)[0], CLASSIFIER, table
    )
    assert out[0].functions == ("payroll",)


def test_a_user_alias_of_a_catalogued_product_carries_its_functions(tmp_path):
    table = catalogue(tmp_path, "Wilma,Visma,,pupil-administration\n")
    hit = table.with_user({"Koulun reissuvihko": "Wilma"}).known_product("Koulun reissuvihko")
    assert hit is not None and hit.functions == ("pupil-administration",)


def test_the_users_products_replace_functions_for_every_alias(tmp_path):
    table = catalogue(tmp_path, "Wilma,Visma,StarWilma,pupil-administration\n")
    mine = table.with_products({"Wilma": ["learning-platform"], "Kaupsu": ["intranet"]})
    assert mine.known_product("StarWilma 4").functions == ("learning-platform",)
    assert mine.known_product("Kaupsu-intra").name == "Kaupsu"
    assert table.known_product("StarWilma").functions == ("pupil-administration",)


def test_a_generic_word_gives_way_to_what_other_rows_of_the_product_name():
    """One unit writes "incident reporting", another "incident register": not a BI tool."""
    out = labelled(rows("H&S hazard reporting", "Työsuojelun vaaratilanneilmoitukset"))
    assert {s.functions for s in out} == {("occupational-health",)}
    assert out[0].function_evidence[-1] == (
        "reporting-bi: 'reporting' in purpose, a generic word, but other rows of the product "
        "name what it is for: not counted"
    )


def test_generic_words_alone_still_say_something():
    out = labelled(rows("Monthly reporting", None))
    assert {s.functions for s in out} == {("reporting-bi",)}


def test_a_name_that_names_a_function_outvotes_texts_that_name_another():
    """A unit writes about its own use; "Zeccer Sopimushallinta" is contract management."""
    out = named(rows("Huoltosopimukset ja vuokrasopimukset kiinteistöille",
                     "Kiinteistöjen huoltosopimukset", name="Zeccer Sopimushallinta"))  # fmt: skip
    assert {s.functions for s in out} == {("contract-management",)}
    assert out[0].function_evidence[0] == "contract-management: 'sopimushallinta' in name"
    assert (
        out[0]
        .function_evidence[-1]
        .endswith("but the product's name says contract-management: not counted")
    )


def test_a_name_of_common_words_is_a_description_and_does_not_overrule():
    out = named(rows("Projektinhallinta kirjastoille", name="Projektit.kirjastot.fi"))
    assert out[0].functions == ("project-portfolio",)
