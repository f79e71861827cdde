"""Product matching: same product under other names together, different products apart."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dedup.match import match_products
from dedup.matching.block import candidate_pairs, similar
from dedup.matching.group import Edge, cohesive_groups
from dedup.matching.normalise import names_several, normalise
from dedup.model import Severity, Source, System, SystemId

REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata"
LABELS = Path(__file__).resolve().parent / "data" / "labels"


def systems_of(*names: str, **common) -> list[System]:
    return [
        System(SystemId(f"S{i + 1}"), Source("inv.xlsx", "Sheet", i + 2), name, **common)
        for i, name in enumerate(names)
    ]


def products_of(systems: list[System], **kwargs) -> list[set[str]]:
    """Groups of names, as sets, sorted: the partition the matcher made."""
    result = match_products(systems, **kwargs)
    by_id = {s.id: s for s in result.systems}
    return sorted(({by_id[sid].name for sid in p.systems} for p in result.products), key=sorted)


def same(*names: str, **kwargs) -> bool:
    return len(products_of(systems_of(*names), **kwargs)) == 1


SAME = [
    ("Wilma", "Visma Wilma", "WILMA (Visma InSchool)"),
    (
        "Basware IP",
        "Basware Invoice Processing",
        "BIP Basware Invoice Processing",
        "Basware Invoice Prosessing",
    ),
    ("AHJO\nAsianhallintajärjestelmä", "Ahjo"),
    ("Helmi-intra", "Helmi, kaupungin sähköinen työpöytä", "Helmi"),
    ("Tilojen- ja varaustenhallintajärjestelmä (Timmi)", "Timmi"),
    ("Hakukonepalvelu (Algolia Search)", "Algolia Search"),
    ("Microsoft 365", "O365", "Office 365", "MS Office 365"),
    ("Trimble Locus", "Trimble Locus Cloud"),
    ("7-Zip 16.x", "7-Zip 18.x"),
    ("Android Studio - Version Android Studio Bumblebee", "Android Studio"),
    ("Timecon 22-järjestelmä", "Timecon", "TIMECON\nTyöajanseuranta"),
    ("MapInfo Professional 10", "MapInfo"),
    ("Kuha kurssienhallinta", "KUHA"),
    ("PrettyLib", "PretyLib", "PrettyLib4"),
    ("Acive Directory, AD", "AD (Acive Directory)", "Active Directory"),
    ("Facta Oy", "Facta"),
    ("Kyyti Group", "Kyyti"),
    ("HIJAT, eHijat", "HIJAT"),
    # base + descriptive tail (rule `base-tail`)
    ("HaiPro", "HaiPro vaaratapahtumat 7.2", "HaiPro 7.4"),
    ("Zylinc", "Zylinc vaihde"),
    ("Visma Sign", "Visma Sign sähköinen allekirjoitus"),
    ("QGIS", "QGIS Desktop"),
    ("PaperCut", "PaperCut MF"),
    ("Meltwater", "Meltwater News"),
    ("Zylinc", "Zylinc-vaihdepalvelu", "Zylinc vaihde"),
    ("Planman", "PlanMan Project"),
    ("Alchemy", "Alchemy diaari"),
    ("Lexmark-turvatulostus", "Lexmark-turvatulostusjärjestelmä", "LexmarkTulostusjärjestelmä"),
    ("Aineistopankki", "Helsingin kaupungin aineistopankki"),
    # aliases added as data
    ("Laura", "Laura Rekry"),
    ("Adobe Connect", "Connect Pro", "Adobe Connect Pro"),
    ("Skype for Business", "SfB", "Lync"),
    ("Milestone XProtect", "Milestone VMS", "XProtect"),
    ("Basware BP", "Business Planning", "BasWare Business Planning"),
    ("Keikka.net", "Keikkanet"),
    # a bracket listing parts keeps the product before it
    ("Microsoft Office 365 (Outlook, Skype)", "Microsoft 365", "O365"),
]

DIFFERENT = [
    ("Basware Finance", "Basware Invoice Processing"),
    ("Basware Finance", "Basware Maksuliikenne"),
    ("Basware Invoice Processing", "Basware Maksuliikenne"),
    ("Microsoft 365", "Microsoft Dynamics 365"),
    ("Microsoft 365", "Microsoft Forms"),
    ("Microsoft Dynamics 365", "Microsoft Forms"),
    ("Microsoft Forms", "Microsoft Teams"),
    ("Visma Sign", "Visma Severa"),
    ("Trimble Locus", "Trimble Connect"),
    ("IMS", "Digia LIMS"),
    ("Pegasos", "Effica"),
    ("RAI-CMH", "RAI-MH"),
    ("Ec-1", "Ec-2"),
    ("Otavan oppilaan maailma", "Otavan opiskelijan maailma"),
    ("Geoteknisen osaston laskutusohjelmisto", "Geoteknisen osaston suunnittelujärjestelmä"),
    # base + tail must not join a vendor's name to its products, nor two products
    ("Basware", "Basware Finance"),
    ("Microsoft", "Microsoft Forms"),
    ("Trimble", "Trimble Feedback"),
    ("SAP", "SAP BI"),
    ("Trimble Locus", "Trimble Locus eContract"),
    ("Microsoft Windows", "Microsoft Windows Server"),
    ("Verkkokauppa", "Enkora verkkokauppa"),
    ("Lippupalvelu", "Lippupiste"),
    ("Microsoft Office 365 (Outlook, Skype)", "Outlook"),
]


@pytest.mark.parametrize("names", SAME, ids=lambda n: n[0][:20])
def test_same_product_under_other_names(names):
    assert same(*names), products_of(systems_of(*names))


@pytest.mark.parametrize("pair", DIFFERENT, ids=lambda n: " vs ".join(n)[:40])
def test_different_products_of_one_vendor_stay_apart(pair):
    assert not same(*pair)


@pytest.mark.parametrize(
    ("name", "hint", "vendor", "key"),
    [
        ("Wilma", "", "", "wilma"),
        ("WILMA", "", "", "wilma"),
        ("Ｗｉｌｍａ", "", "", "wilma"),  # NFKC full-width
        ("Facta Oy", "", "", "facta"),
        ("Basware Oyj", "", "", "basware"),
        ("Effica 6.0", "", "", "effica"),
        ("Effica 2019", "", "", "effica"),
        ("7-Zip 16.x", "", "", "7 zip"),
        ("Trimble Locus Cloud", "", "", "trimble locus"),
        ("Windows 10 Enterprise", "", "", "windows"),
        ("MS Dynamics365", "", "", "microsoft dynamics 365"),
        ("O365", "", "", "microsoft 365"),
        ("Planet-ohjelmisto", "", "", "planet"),
        ("Kursor opistojärjestelmä", "", "", "kursor"),
        ("Toimintajärjestelmä IMS", "", "", "ims"),
        ("AHJO\nAsianhallintajärjestelmä", "", "", "ahjo"),
        ("Aluetietojärjestelmä \nNavitas", "", "", "navitas"),
        ("Hakukonepalvelu (Algolia Search)", "", "", "algolia search"),
        ("Kirjanpito (AdeEko+)", "Hakuna", "", "hakuna"),  # product column wins
        ("Tilojen- ja varaustenhallintajärjestelmä (Timmi)", "Timmi", "Timmi Software Oy", "timmi"),
        ("Granlund Manager (entinen RYHTI)", "", "", "granlund manager"),
        ("Android Studio - Version Android Studio Bumblebee", "", "", "android studio"),
        ("Kerro&nbsp;kartalle", "", "", "kerro kartalle"),
        ("Palautejärjestelmä", "", "", "palautejärjestelmä"),
        ("Microsoft Office 365 (Outlook, Skype)", "", "", "microsoft office 365"),
        ("Microsoft Office 365 (Outlook, Skype)", "v. 7.5", "Microsoft", "microsoft office 365"),
        ("LexmarkTulostusjärjestelmä", "", "", "lexmark"),
        ("MicroStation V8 CAD- ja paikkaTietojärj.", "", "", "microstation"),
    ],
)
def test_normalisation_table(name, hint, vendor, key):
    assert normalise(name, hint, vendor).key == key


@pytest.mark.parametrize(
    "names",
    [
        # a base with two different descriptions is a family of modules: join none
        ("Enkora", "Enkora kassajärjestelmä", "Enkora verkkokauppa"),
        ("Leevi", "Leevi tilanvaraus", "Leevi kurssien myynti"),
        # a base that is also part of another product's name is ambiguous
        ("Finance", "Basware Finance", "Unic Finance"),
        # vendors with several products, from the vendor column
        ("Acmesoft", "Acmesoft Tilakone", "Acmesoft Kassakone", "Acmesoft uutiset"),
    ],
    ids=lambda n: n[0],
)
def test_base_tail_does_not_join_families(names):
    vendor = "Acmesoft Oy" if names[0] == "Acmesoft" else None
    groups = products_of(systems_of(*names, vendor=vendor))
    assert {names[-1]} in groups, groups  # the last description joins nothing
    assert not any({names[1], names[2]} <= g for g in groups), groups


def test_base_tail_link_carries_evidence():
    result = match_products(systems_of("HaiPro", "HaiPro vaaratapahtumat 7.2", "HAIPRO"))
    (product,) = result.products
    (link,) = [link for link in product.evidence if link.rule == "base-tail"]
    assert {link.a, link.b} == {"haipro", "haipro vaaratapahtumat"}
    assert 0 < link.score < 100
    assert "vaaratapahtumat" in link.detail and "function word" in link.detail


def test_an_acronym_the_function_vocabulary_knows_is_a_description():
    # "LIS" (laboratory information system) says what Labrador is; "XQ" says nothing
    result = match_products(systems_of("Labrador", "Labrador LIS", "Labrador LIS"))
    (product,) = result.products
    (link,) = [link for link in product.evidence if link.rule == "base-tail"]
    assert "function acronym" in link.detail
    assert len(match_products(systems_of("Labrador", "Labrador XQ")).products) == 2


def test_base_tail_with_single_product_vendor_column():
    # "Zylinc" is the vendor and its only product: the vendor's name is a distinctive base
    rows = systems_of("Zylinc", "Zylinc vaihde", vendor="Zylinc")
    assert len(match_products(rows).products) == 1


def test_base_must_be_used_on_its_own():
    # no row says only "Enkora": the key "enkora" left after dropping a description
    # is no base for another description
    assert not same("Enkora kassajärjestelmä", "Enkora verkkokauppa")


def test_vendor_repeated_in_name_gives_the_product_as_another_key():
    nk = normalise("Acmesoft Tilakone", "", "Acmesoft Oy")
    assert nk.key == "acmesoft tilakone" and "tilakone" in nk.alts
    assert same("Tilakone", "Acmesoft Tilakone") is False  # no vendor column: not enough
    systems = systems_of("Tilakone") + [
        System(SystemId("S9"), Source("a", "b", 9), "Acmesoft Tilakone", vendor="Acmesoft Oy")
    ]
    assert len(match_products(systems).products) == 1


def test_generic_names_are_not_a_product():
    assert normalise("Kassajärjestelmä").generic
    a = System(SystemId("S1"), Source("a", "s", 2), "Kassajärjestelmä", department="Kirjasto")
    b = System(SystemId("S2"), Source("a", "s", 3), "Kassajärjestelmä", department="Satama")
    c = System(SystemId("S3"), Source("a", "s", 4), "Kassajärjestelmä", department="Kirjasto")
    result = match_products([a, b, c])
    assert len(result.products) == 2


def test_a_generic_name_from_one_named_vendor_is_one_product_but_in_house_ones_are_not():
    def row(n, dept, vendor):
        return System(SystemId(f"S{n}"), Source("a", "s", n + 1), "Kassajärjestelmä",
                      department=dept, vendor=vendor)  # fmt: skip

    assert len(match_products([row(1, "Kirjasto", "Enkora Oy"),
                               row(2, "Satama", "Enkora")]).products) == 1  # fmt: skip
    for vendor in ("oma kehitys", "Helsingin kaupunki"):
        assert len(match_products([row(1, "Kirjasto", vendor),
                                   row(2, "Satama", vendor)]).products) == 2  # fmt: skip


def test_different_vendors_are_strong_evidence_against():
    a = System(SystemId("S1"), Source("a", "s", 2), "Kompassi", vendor="Ebrand Oy")
    b = System(SystemId("S2"), Source("a", "s", 3), "Kompasi", vendor="Other Corp")
    assert len(match_products([a, b]).products) == 2
    c = System(SystemId("S3"), Source("a", "s", 4), "Kompasi", vendor="Ebrand Group Oy")
    assert len(match_products([a, c]).products) == 1


def test_same_vendor_alone_is_not_enough():
    a = System(SystemId("S1"), Source("a", "s", 2), "Haahtela PRIS", vendor="Haahtela Oy")
    b = System(SystemId("S2"), Source("a", "s", 3), "Haahtela RES", vendor="Haahtela Oy")
    assert len(match_products([a, b]).products) == 2


def test_part_of_a_parent_is_not_the_parent():
    a = System(SystemId("S1"), Source("a", "s", 2), "Ahjo")
    b = System(SystemId("S2"), Source("a", "s", 3), "Ahjo-Hela", parent="Ahjo")
    assert len(match_products([a, b]).products) == 2


def test_chaining_resistance_in_grouping():
    # A~B and B~C are linked, A and C are clearly different: C must not join A.
    keys = ["aaaaaaaa", "aaaabbbb", "bbbbbbbb"]
    edges = [Edge(0, 1, "fuzzy", 95.0), Edge(1, 2, "fuzzy", 90.0)]
    groups, used = cohesive_groups(3, edges, lambda x, y: similar(keys[x], keys[y], 80)[0])
    assert groups == [[0, 1], [2]]
    assert used == [edges[0]]


def test_chaining_resistance_end_to_end():
    # each neighbour differs by one typo; the ends differ by three letters
    chain = ["Kalastuspassi", "Kalastuspasso", "Kalastuspesso", "Kalastupesso"]
    groups = products_of(systems_of(*chain), threshold=90)
    assert not any({"Kalastuspassi", "Kalastupesso"} <= g for g in groups)


def test_never_merge_and_user_aliases_are_honoured():
    assert same("Kompassi", "Kompasi")
    assert not same("Kompassi", "Kompasi", never_merge=[("Kompassi", "Kompasi")])
    assert not same("Ahjo", "AHJO", never_merge=[("Ahjo", "AHJO")])
    assert not same("Loota", "Asiakirjasalkku")
    assert same("Loota", "Asiakirjasalkku", aliases={"Loota": "Asiakirjasalkku"})
    result = match_products(
        systems_of("Loota", "Asiakirjasalkku"), aliases={"Loota": "Asiakirjasalkku"}
    )
    assert result.products[0].name == "Asiakirjasalkku"
    assert any(link.rule == "user-alias" for link in result.products[0].evidence)


def test_row_naming_several_systems_gets_a_finding_and_its_own_product():
    systems = systems_of(
        "Henkilöstöhallinnon järjestelmät: HIJAT, TPJAT, NIJAT", "HIJAT", "HIJAT, eHijat"
    )
    result = match_products(systems)
    assert [(f.code, f.severity, f.row) for f in result.findings] == [
        ("names-several-systems", Severity.WARNING, 2)
    ]
    assert result.findings[0].place == "inv.xlsx:Sheet!2"
    assert [s.names_several for s in result.systems] == [True, False, False]
    groups = products_of(systems)
    assert {"HIJAT", "HIJAT, eHijat"} in groups
    assert {"Henkilöstöhallinnon järjestelmät: HIJAT, TPJAT, NIJAT"} in groups


@pytest.mark.parametrize(
    ("text", "several"),
    [
        ("Henkilöstöhallinnon järjestelmät: HIJAT, TPJAT, NIJAT", True),
        ("Dokumenttien asianhallintajärjestelmät (Ahjo, Astu, kokoussovellus, Hela)", True),
        ("eParking / Moovy / ParkMan / EasyPark", True),
        ("HIJAT, eHijat", False),
        ("Acive Directory, AD", False),
        ("Microsoft 365 / Office 365", False),
        ("Karttajärjestelmä, YJK, Johtotietojärjestelmä", False),
        ("Wilma", False),
    ],
)
def test_names_several(text, several):
    assert names_several(text) is several


def test_evidence_explains_the_join_and_ids_are_slugs():
    result = match_products(systems_of("Basware Invoice Prosessing", "BIP", "Basware IP"))
    (product,) = result.products
    assert product.id == "P-basware-ip" and product.name == "Basware IP"
    assert product.vendor == "Basware"
    rules = {link.rule for link in product.evidence}
    assert "alias" in rules and ("fuzzy" in rules or "alias-typo" in rules)
    assert all(s.product == product.id for s in result.systems)


def test_blocking_is_not_all_pairs():
    keys = [f"tuote{i:05d} x" for i in range(3000)]
    pairs = candidate_pairs(keys)
    assert len(pairs) < len(keys) * (len(keys) - 1) // 2 / 10


NAMES = st.sampled_from(
    [
        "Wilma",
        "Visma Wilma",
        "WILMA",
        "Basware IP",
        "BIP",
        "Basware Finance",
        "Ahjo",
        "AHJO\nAsianhallinta",
        "Kompassi",
        "Kompasi",
        "Kompas",
        "Kassajärjestelmä",
        "Helmi-intra",
        "Effica 6.0",
        "Pegasos",
        "IMS",
        "Digia LIMS",
        "HIJAT, TPJAT, NIJAT",
        "Trimble Locus",
        "Trimble Connect",
        "Timmi",
        "Microsoft Forms",
        "MS Teams",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(NAMES, min_size=1, max_size=14), st.randoms(use_true_random=False))
def test_grouping_is_a_deterministic_order_invariant_partition(names, rnd):
    systems = systems_of(*names)
    result = match_products(systems)
    ids = [sid for p in result.products for sid in p.systems]
    assert sorted(ids) == sorted(s.id for s in systems)  # every system exactly once
    assert {s.id: s.product for s in result.systems} == {
        sid: p.id for p in result.products for sid in p.systems
    }
    again = match_products(systems)
    assert again == result
    shuffled = list(names)
    rnd.shuffle(shuffled)
    assert _name_groups(names) == _name_groups(shuffled)


def _name_groups(names):
    return sorted(sorted(g) for g in products_of(systems_of(*names)))


@settings(max_examples=40, deadline=None)
@given(st.lists(NAMES, min_size=1, max_size=12), st.data())
def test_adding_an_exact_duplicate_never_splits_a_group(names, data):
    before = products_of(systems_of(*names))
    extra = data.draw(st.sampled_from(names))
    after = products_of(systems_of(*names, extra))
    for group in before:
        assert any(group <= g for g in after)


def _eval_module():
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "eval_match.py"
    spec = importlib.util.spec_from_file_location("eval_match", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


needs_realdata = pytest.mark.skipif(
    not (REALDATA / "helsinki_2013_tietojarjestelmaluettelo.csv").exists(),
    reason=f"real inventories not present at {REALDATA}",
)


@needs_realdata
@pytest.mark.parametrize(
    ("loader", "labels"),
    [("load_helsinki", "helsinki_2013_families.csv"), ("load_oulu", "oulu_2023_families.csv")],
)
def test_real_register_families_are_found(loader, labels):
    ev = _eval_module()
    scores = ev.evaluate_real(getattr(ev, loader)(), ev.read_families(LABELS / labels))
    assert scores["pairwise"]["recall"] >= 0.9
    assert scores["pairwise"]["precision"] >= 0.99


@needs_realdata
def test_real_register_different_products_kept_apart():
    ev = _eval_module()
    files = {ev.HELSINKI: ev.load_helsinki(), ev.OULU: ev.load_oulu()}
    ok, total, failures = ev.kept_apart(files)
    assert total >= 15
    assert ok / total >= 0.95, failures


@needs_realdata
def test_real_register_labels_cover_enough_families():
    ev = _eval_module()
    fams = set(ev.read_families(LABELS / "helsinki_2013_families.csv").values()) | set(
        ev.read_families(LABELS / "oulu_2023_families.csv").values()
    )
    assert len(fams) >= 40


def test_row_order_does_not_change_product_ids():
    names = ["Wilma", "Visma Wilma", "Basware IP", "BIP", "Kassajärjestelmä", "Ahjo"]
    a = match_products(systems_of(*names))
    shuffled = names[:]
    random.Random(3).shuffle(shuffled)
    b = match_products(systems_of(*shuffled))
    assert sorted((p.id, tuple(sorted(p.names))) for p in a.products) == sorted(
        (p.id, tuple(sorted(p.names))) for p in b.products
    )


SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.mark.skipif(
    not (SAMPLES / "helsinki_inventory.truth.csv").exists()
    or not (SAMPLES / "helsinki_inventory.xlsx").exists(),
    reason="sample inventory or its ground truth not generated yet (dedup sample)",
)
def test_sample_ground_truth_bcubed():
    scores = _eval_module().evaluate_sample(SAMPLES)
    assert scores is not None
    assert scores["bcubed"]["precision"] >= 0.99
    assert scores["bcubed"]["f1"] >= 0.98


def test_a_department_in_brackets_is_not_the_product_name():
    rows = [("Arkistorekisteri (Kv)", "Kv"), ("Wilma", "Kv"), ("Asiakasrekisteri (KSV)", "KSV")]
    systems = [
        System(SystemId(f"S{n}"), Source("f.xlsx", "A", n + 1), name, department=dept)
        for n, (name, dept) in enumerate(rows, start=1)
    ]
    names = {p.name for p in match_products(systems).products}
    assert "Kv" not in names and "KSV" not in names
    assert "Arkistorekisteri (Kv)" in names
