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
