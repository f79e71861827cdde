"""The three real published inventories import whole, with values in the right fields."""

from collections import Counter

from dedup.inventory import load_inventory


def accounted(inventory) -> bool:
    s = inventory.stats
    return s.rows_read == len(inventory.systems) + len(inventory.rejected) + s.blank + s.totals


def test_helsinki_2013(realdata):
    inventory = load_inventory([realdata / "helsinki_2013_tietojarjestelmaluettelo.csv"])
    assert inventory.stats.rows_read == 1040
    assert accounted(inventory)
    assert len(inventory.systems) == 1010
    assert {f.code for r in inventory.rejected for f in r.findings} == {"missing-name"}
    first = inventory.systems[0]
    assert (first.ref, first.name, first.parent) == ("ARBIS-005", "Ahjo", "AHJO")
    assert first.purpose == "Asian- ja asiakirjanhallinta-järjestelmä"
    assert first.department == "Halke / Hallintopalvelut"
    # the header cell with a line break and `*` is the department column
    departments = Counter(s.department for s in inventory.systems)
    assert departments["Sote"] > 50
    # the literal 0 placeholder is missing, not text
    assert all(s.purpose != "0" and s.department != "0" for s in inventory.systems)
    # unrecognised columns are kept
    assert "Järjestelmän tekninen vastuu (organisaatio)" in dict(first.extra)


def test_oulu_2023(realdata):
    inventory = load_inventory([realdata / "oulu_2023_tietojarjestelmaluettelo.csv"])
    assert len(inventory.systems) == 205 and accounted(inventory)
    first = inventory.systems[0]
    assert first.name == "Verkkosivujen keskitetty julkaisualusta (Ouka.fi / Drupal)"
    assert first.product_hint == "Ouka.fi / Drupal"
    assert first.vendor == "Siili Solutions Oyj"
    assert not any("&nbsp;" in (s.purpose or "") for s in inventory.systems)
    assert any(len(s.using_orgs) > 1 for s in inventory.systems)


def test_gsa_2022(realdata):
    inventory = load_inventory([realdata / "gsa_2022_it_standards.csv"])
    assert len(inventory.systems) == 998 and accounted(inventory)
    assert inventory.systems[0].name == "AcroPlot Suite"
    assert inventory.systems[0].lifecycle == "Approved"


def test_several_inputs_are_one_inventory_with_running_ids(realdata):
    inventory = load_inventory(
        [
            realdata / "oulu_2023_tietojarjestelmaluettelo.csv",
            realdata / "gsa_2022_it_standards.csv",
        ]
    )
    assert len(inventory.systems) == 205 + 998
    assert len({s.id for s in inventory.systems}) == len(inventory.systems)
    assert inventory.systems[205].source.file == "gsa_2022_it_standards.csv"
