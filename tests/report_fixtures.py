"""Analysis records for the report tests, built from the real dataclasses.

`small_city()` is a tiny city (8 systems, 4 departments, 2 sectors, 5 products, 2 clusters,
3 recommendations, rejected rows, findings, unknown costs); `hostile_city()` is the same
city with every name replaced by text that tries to become a formula, markup, a link or
hidden characters; `big_city(n)` is n systems for render-time measurements.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dedup.analysis import Analysis
from dedup.model import (
    Cluster,
    ClusterId,
    Finding,
    Function,
    FunctionId,
    ImportStats,
    Inventory,
    Link,
    Overlap,
    Product,
    ProductId,
    Recommendation,
    Rejected,
    Severity,
    Source,
    System,
    SystemId,
)

F = FunctionId
P = ProductId
S = SystemId
SOTE = "Sosiaali- ja terveystoimiala"
KASKO = "Kasvatuksen ja koulutuksen toimiala"

FUNCTIONS = (
    Function(F("patient-records"), "Potilastiedot", "Patientuppgifter", "Patient records",
             "health", False),
    Function(F("pupil-administration"), "Oppilashallinto", "Elevadministration",
             "Pupil and student administration", "education", False),
    Function(F("office-email"), "Sähköposti ja toimisto-ohjelmat", "E-post och kontorsprogram",
             "E-mail and office suite", "basic-it", True),
    Function(F("early-childhood"), "Varhaiskasvatus", "Småbarnspedagogik",
             "Early childhood education", "education", False),
)  # fmt: skip

# (id, name, vendor, department, sector, product, functions, cost, users, contract end, TIME)
ROWS = [
    ("S1", "Effica", "Tietoevry", "Sosiaalivirasto", SOTE, "P1", ("patient-records",),
     120000.0, 900, date(2027, 6, 30), "Invest"),
    ("S2", "Effica potilastiedot", "Tietoevry", "Terveysvirasto", SOTE, "P1",
     ("patient-records",), 80000.0, 600, date(2026, 12, 31), "Invest"),
    ("S3", "Pegasos", "CGI", "Terveysvirasto", SOTE, "P2", ("patient-records",), 95000.0, 400,
     date(2026, 9, 30), "Eliminate"),
    ("S4", "Primus", "Visma", "Opetusvirasto", KASKO, "P3", ("pupil-administration",), 40000.0,
     2500, date(2028, 1, 31), "Invest"),
    ("S5", "Primus-oppilashallinto", "Visma", "Varhaiskasvatusvirasto", KASKO, "P3",
     ("pupil-administration", "early-childhood"), None, 300, None, "Invest"),
    ("S6", "Wilma", "Visma", "Opetusvirasto", KASKO, "P4", ("pupil-administration",), None,
     None, date(2027, 3, 31), "Migrate"),
    ("S7", "Office 365", "Microsoft", "Sosiaalivirasto", SOTE, "P5", ("office-email",), 30000.0,
     1200, None, "Tolerate"),
    ("S8", "Microsoft 365", "Microsoft", "Opetusvirasto", KASKO, "P5", ("office-email",),
     25000.0, 3000, date(2026, 12, 31), "Tolerate"),
]  # fmt: skip

PRODUCTS = [
    ("P1", "Effica", "Tietoevry", ("S1", "S2")),
    ("P2", "Pegasos", "CGI", ("S3",)),
    ("P3", "Primus", "Visma", ("S4", "S5")),
    ("P4", "Wilma", "Visma", ("S6",)),
    ("P5", "Microsoft 365", "Microsoft", ("S7", "S8")),
]


def _systems(rows) -> tuple[System, ...]:
    out = []
    for i, (sid, name, vendor, dept, sector, prod, funcs, cost, users, end, time) in enumerate(
        rows
    ):
        out.append(
            System(
                id=S(sid), source=Source("inventaario.xlsx", "Järjestelmät", i + 2), name=name,
                vendor=vendor, department=dept, sector=sector, purpose=f"{name}: käyttö",
                annual_cost_eur=cost, users=users, contract_end=end, product=P(prod),
                functions=tuple(F(f) for f in funcs), unit=dept, time=time,
            )
        )  # fmt: skip
    return tuple(out)


def small_city() -> Analysis:
    """The report fixture: every table non-empty, some costs and one saving unknown."""
    systems = _systems(ROWS)
    products = tuple(
        Product(P(pid), name, vendor, tuple(S(s) for s in sids),
                names=tuple(sorted({x.name for x in systems if x.id in sids})),
                evidence=(Link(sids[0], sids[-1], "alias", 100.0),))
        for pid, name, vendor, sids in PRODUCTS
    )  # fmt: skip
    overlaps = (
        Overlap(F("patient-records"), (P("P1"), P("P2")), ("Sosiaalivirasto", "Terveysvirasto"),
                (SOTE,), (S("S1"), S("S2"), S("S3"))),
        Overlap(F("pupil-administration"), (P("P3"), P("P4")),
                ("Opetusvirasto", "Varhaiskasvatusvirasto"), (KASKO,),
                (S("S4"), S("S5"), S("S6"))),
    )  # fmt: skip
    clusters = (
        Cluster(ClusterId("C1"), (P("P1"), P("P2")), (F("patient-records"),),
                ("Sosiaalivirasto", "Terveysvirasto"), (SOTE,), "sector", 1.0,
                ("Effica and Pegasos: patient records",), ("Effica ja Pegasos: potilastiedot",)),
        Cluster(ClusterId("C2"), (P("P3"), P("P4")), (F("pupil-administration"),),
                ("Opetusvirasto", "Varhaiskasvatusvirasto"), (KASKO,), "sector", 0.5,
                ("Primus ja Wilma: oppilashallinto",)),
    )  # fmt: skip
    recs = (
        Recommendation(
            id="R1", kind="consolidate", keep=P("P1"), retire=(P("P2"),),
            retire_systems=(S("S3"),), scope="sector", cluster=ClusterId("C1"), sector=SOTE,
            annual_savings_eur=95000.0, investment_eur=150000.0, payback_years=1.58,
            net_5y_eur=325000.0, cost_known_share=1.0, start_by=date(2025, 9, 30),
            tender_now=False, wave="2025-Q3", payer=SOTE,
            savings_by_sector=((SOTE, 95000.0),),
            reasons=("Effica palvelee kahta virastoa", "Pegasos-sopimus päättyy 30.9.2026"),
            scores=((P("P1"), 0.8, (("users", 0.5), ("time", 0.3))),),
        ),
        Recommendation(
            id="R2", kind="consolidate", keep=P("P3"), retire=(P("P4"),),
            retire_systems=(S("S6"),), scope="sector", cluster=ClusterId("C2"), sector=KASKO,
            annual_savings_eur=None, investment_eur=60000.0, payback_years=None,
            cost_known_share=0.33, start_by=date(2026, 3, 31), wave="2026-Q1", payer=KASKO,
            reasons=("Wilman kustannus ei tiedossa",),
        ),
        Recommendation(
            id="R3", kind="licence", keep=P("P5"), retire=(), retire_systems=(),
            scope="basic-it", annual_savings_eur=11000.0, investment_eur=5000.0,
            payback_years=0.45, cost_known_share=1.0, start_by=date(2026, 6, 30),
            tender_now=True, wave="2026-Q2", payer="central",
            savings_by_sector=((SOTE, 6000.0), (KASKO, 5000.0)),
            reasons=("Sama tuote kahdella sopimuksella",),
        ),
    )  # fmt: skip
    rejected = (
        Rejected(Source("inventaario.xlsx", "Järjestelmät", 10),
                 (Finding.at(Source("inventaario.xlsx", "Järjestelmät", 10), "missing-name",
                             Severity.ERROR, "Rivillä ei ole järjestelmän nimeä", 0),),
                 (("Toimittaja", "Abilita"), ("Omistaja", "Kaupunginkanslia"))),
        Rejected(Source("inventaario.xlsx", "Järjestelmät", 11),
                 (Finding.at(Source("inventaario.xlsx", "Järjestelmät", 11), "missing-name",
                             Severity.ERROR, "Rivillä ei ole järjestelmän nimeä", 0),),
                 (("Kuvaus", "vanha rivi"),)),
    )  # fmt: skip
    findings = tuple(f for r in rejected for f in r.findings) + (
        Finding.at(Source("inventaario.xlsx", "Järjestelmät", 7), "bad-number", Severity.WARNING,
                   "Vuosikustannus 'n. 40k' ei ole luku; kustannus jätetään tuntemattomaksi", 7),
    )  # fmt: skip
    inventory = Inventory(systems, rejected, findings, ImportStats(rows_read=10, files_read=1))
    return Analysis(
        inventory=inventory, systems=systems, products=products, functions=FUNCTIONS,
        unmapped=(("Kiinteistöjen energiaseuranta", 2), ("Muu käyttö", 1)),
        overlaps=overlaps, clusters=clusters, recommendations=recs,
        product_time=(("P1", "Invest", "most users"), ("P2", "Eliminate", "contract ends")),
        assumptions=(
            ("migration_cost_per_user_eur", 150.0, "Siirtokustannus käyttäjää kohden"),
            ("horizon_years", 5, "Nettohyödyn tarkastelujakso"),
            ("savings_share", 0.8, "Osuus luovutettavan tuotteen kustannuksesta"),
        ),
        findings=findings, summary={"systems": 8}, inputs=("inventaario.xlsx",),
    )  # fmt: skip


HOSTILE = (
    '=HYPERLINK("http://x","y")',
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "+cmd|' /C calc'!A0",
    "@SUM(A1)",
    "-2+3",
    "\tTab\rCR",
    "evil\u202egnp.exe",
    "zero\u200bwidth",
    "# heading | pipe `code` *em*",
    "#N/A",
    "a\x07bell",
    "&#x202E;entity",
)


def hostile_city() -> Analysis:
    """small_city with hostile text in names, vendors, departments, sectors and messages."""
    a = small_city()
    h = HOSTILE
    rename = {
        s.id: replace(
            s, name=h[i % len(h)], vendor=h[(i + 1) % len(h)], department=h[(i + 2) % 4],
            unit=h[(i + 2) % 4], sector=h[7 + i % 2], purpose=h[(i + 3) % len(h)],
            source=Source(h[0], h[1], s.source.row),
        )
        for i, s in enumerate(a.systems)
    }  # fmt: skip
    systems = tuple(rename[s.id] for s in a.systems)
    products = tuple(replace(p, name=h[i + 1], vendor=h[i]) for i, p in enumerate(a.products))
    recs = tuple(
        replace(r, reasons=h, sector=h[7], payer=h[3], savings_by_sector=((h[8], 1.0),))
        for r in a.recommendations
    )
    clusters = tuple(replace(c, departments=h[:4], sectors=h[7:9], evidence=h) for c in a.clusters)
    bad = Finding(h[2], Severity.ERROR, h[1], h[0], h[3], 5, 2)
    rejected = (Rejected(Source(h[0], h[7], 9), (bad,), tuple((x, x) for x in h)),)
    inventory = replace(a.inventory, systems=systems, rejected=rejected, findings=(bad,))
    return replace(
        a, inventory=inventory, systems=systems, products=products, recommendations=recs,
        clusters=clusters, findings=(bad,), unmapped=tuple((x, 1) for x in h),
        assumptions=tuple((x, x, x) for x in h), inputs=h[:2],
    )  # fmt: skip


def big_city(n: int) -> Analysis:
    """n systems, n/4 products, 40 departments in 5 sectors: for render-time measurements."""
    funcs = tuple(
        Function(F(f"f{i}"), f"Toiminto {i}", f"Funktion {i}", f"Function {i}", "d", False)
        for i in range(60)
    )
    n_products = max(2, n // 4)
    systems = tuple(
        System(
            id=S(f"S{i + 1}"), source=Source("big.xlsx", "Sheet1", i + 2), name=f"System {i}",
            vendor=f"Vendor {i % 97}", department=f"Virasto {i % 40}", unit=f"Virasto {i % 40}",
            sector=f"Toimiala {i % 5}", product=P(f"P{i % n_products}"),
            functions=(F(f"f{i % 60}"), F(f"f{(i * 7) % 60}")),
            annual_cost_eur=None if i % 3 == 0 else float(1000 + i % 5000), users=i % 900,
            contract_end=date(2026 + i % 4, 1 + i % 12, 1), time="Tolerate",
        )
        for i in range(n)
    )  # fmt: skip
    products = tuple(
        Product(P(f"P{j}"), f"Product {j}", f"Vendor {j % 97}",
                tuple(S(f"S{i + 1}") for i in range(j, n, n_products)))
        for j in range(n_products)
    )  # fmt: skip
    n_clusters = max(1, n // 50)
    clusters = tuple(
        Cluster(ClusterId(f"C{k}"), (P(f"P{2 * k}"), P(f"P{2 * k + 1}")), (F(f"f{k % 60}"),),
                ("Virasto 1", "Virasto 2"), ("Toimiala 1",), "sector", 0.5)
        for k in range(n_clusters)
    )  # fmt: skip
    recs = tuple(
        Recommendation(
            id=f"R{k}", kind="consolidate", keep=c.products[0], retire=c.products[1:],
            retire_systems=(), scope="sector", cluster=c.id, sector="Toimiala 1",
            annual_savings_eur=float(1000 * (k % 50)) if k % 4 else None,
            investment_eur=float(5000 + 100 * k), wave=f"{2026 + k % 3}-Q{1 + k % 4}",
            start_by=date(2026 + k % 3, 3, 31), payer="central",
        )
        for k, c in enumerate(clusters)
    )  # fmt: skip
    findings = tuple(
        Finding("bad-number", Severity.WARNING, f"bad number {i}", "big.xlsx", "Sheet1", i + 2, 3)
        for i in range(0, n, 10)
    )
    inventory = Inventory(systems, (), findings)
    return Analysis(
        inventory=inventory, systems=systems, products=products, functions=funcs,
        overlaps=tuple(
            Overlap(F(f"f{k}"), (P(f"P{k}"), P(f"P{k + 1}")), ("Virasto 1",), ("Toimiala 1",), ())
            for k in range(60)
        ),
        clusters=clusters, recommendations=recs, findings=findings, inputs=("big.xlsx",),
    )  # fmt: skip
