"""Generate the second blind hold-out set: four inventories with product-level truth.

Written without looking at the classifier (dedup/), its vocabulary, its tests, the synthetic
sample or the first hold-out set; only the list of function ids and their labels was used.
Do not use this output to tune anything.

    python benchmarks/holdout2/make_inventories.py

writes into benchmarks/holdout2/out/:

    holdout2_d_fi.xlsx       Finnish city, sheet "Tietojärjestelmät"
    holdout2_e_fi_hva.xlsx   Finnish wellbeing services county, two sheets
    holdout2_f_sv.xlsx       Swedish municipality, sheet "Applikationer"
    holdout2_g_en.xlsx       English inventory, sheet "Inventory"

and beside each `<stem>.truth.csv` and `<stem>.orgmap.csv`. The output is byte-identical on
every run (fixed seeds, fixed file timestamps).
"""

# ruff: noqa: E501  (the product tables below are data; their lines stay unwrapped)
from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook

OUT = Path(__file__).resolve().parent / "out"
SEED = 20251128
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)
FIXED_DOC_TIME = "2025-01-01T00:00:00Z"
TRUTH_COLUMNS = [
    "sheet",
    "row",
    "system_name",
    "product",
    "functions",
    "department",
    "sector",
    "kind",
]


@dataclass
class Dept:
    key: str
    text: str
    sector: str
    variants: list[str]
    sheet: str = ""


@dataclass
class Product:
    pid: str
    functions: list[str]
    names: list[str]
    vendor: str
    pool: str
    n: int
    purposes: list[str] = field(default_factory=list)
    desc: str = ""


def parse_depts(text: str) -> list[Dept]:
    """One department a line: key | text | sector | variant; variant | sheet."""
    out = []
    for line in text.strip().splitlines():
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")]
        parts += [""] * (5 - len(parts))
        key, name, sector, variants, sheet = parts[:5]
        vs = [v.strip() for v in variants.split(";") if v.strip()]
        out.append(Dept(key, name, sector, vs, sheet))
    return out


def parse_products(text: str, prefix: str) -> list[Product]:
    """`@ id | functions | name; name | vendor | pool | n`, then `= purpose` lines and
    an optional `# description` line. A line starting with `+` continues the previous one."""
    products: list[Product] = []
    lines: list[str] = []
    for raw in text.strip().splitlines():
        s = raw.strip()
        if not s:
            continue
        if s.startswith("+ ") and lines:
            lines[-1] += " " + s[2:]
        else:
            lines.append(s)
    for s in lines:
        if s.startswith("@"):
            pid, funcs, names, vendor, pool, n = (p.strip() for p in s[1:].split("|"))
            products.append(
                Product(
                    pid=f"{prefix}-{pid}",
                    functions=funcs.split(";"),
                    names=[x.strip() for x in names.split(";")],
                    vendor=vendor,
                    pool=pool,
                    n=int(n),
                )
            )
        elif s.startswith("="):
            products[-1].purposes.append(s[1:].strip())
        elif s.startswith("#"):
            products[-1].desc = s[1:].strip()
        else:
            raise ValueError(f"bad line: {s}")
    return products


def pick_depts(rng: random.Random, product: Product, depts: list[Dept]) -> list[Dept]:
    by_key = {d.key: d for d in depts}
    keys = [d.key for d in depts] if product.pool == "ALL" else product.pool.split()
    pool = [by_key[k] for k in keys]
    if product.n > len(pool):
        raise ValueError(f"{product.pid}: n={product.n} > pool {len(pool)}")
    return rng.sample(pool, product.n)


def dept_text(rng: random.Random, d: Dept) -> str:
    if d.variants and rng.random() < 0.25:
        return rng.choice(d.variants)
    return d.text


def spelling(rng: random.Random, p: Product, i: int) -> str:
    if i == 0 or len(p.names) == 1 or rng.random() < 0.45:
        return p.names[0]
    return rng.choice(p.names[1:])


@dataclass
class Lang:
    placeholders: list[str]
    notes: list[str]


def build_rows(
    rng: random.Random, products: list[Product], depts: list[Dept], lang: Lang
) -> list[dict]:
    """One row per (product, department). About 10 % of the rows get a placeholder purpose;
    most of those carry the product description in the notes column instead."""
    rows = []
    for p in products:
        if not 2 <= len(p.purposes) <= 5:
            raise ValueError(f"{p.pid}: {len(p.purposes)} purposes")
        order = list(p.purposes)
        rng.shuffle(order)
        for i, d in enumerate(pick_depts(rng, p, depts)):
            rows.append(
                {
                    "product": p,
                    "dept": d,
                    "department": dept_text(rng, d),
                    "system_name": spelling(rng, p, i),
                    "purpose": order[i % len(order)],
                    "notes": "",
                }
            )
    k = round(0.1 * len(rows))
    placeholder_idx = set(rng.sample(range(len(rows)), k))
    for i, r in enumerate(rows):
        p = r["product"]
        desc = p.desc or next(t for t in p.purposes if t != r["purpose"])
        if i in placeholder_idx:
            r["purpose"] = rng.choice(lang.placeholders)
            x = rng.random()
            r["notes"] = desc if x < 0.8 else (rng.choice(lang.notes) if x < 0.9 else "")
        else:
            x = rng.random()
            if x < 0.3 and p.desc:
                r["notes"] = p.desc
            elif x < 0.55:
                r["notes"] = rng.choice(lang.notes)
    return rows


def fi_cost(rng: random.Random, base: int) -> object:
    v = round(base * rng.uniform(0.6, 1.4), -2)
    x = rng.random()
    if x < 0.45:
        return int(v)
    if x < 0.65:
        return f"{int(v):,} €".replace(",", " ")
    if x < 0.75:
        return f"n. {int(v)}"
    if x < 0.83:
        return rng.choice(["sis. kokonaissopimukseen", "ei tiedossa", "0", "kts. sopimus"])
    return ""


def fi_users(rng: random.Random, base: int) -> object:
    v = max(1, int(base * rng.uniform(0.3, 1.2)))
    x = rng.random()
    if x < 0.55:
        return v
    if x < 0.7:
        return f"n. {v}"
    if x < 0.78:
        return rng.choice(["kaikki", "koko henkilöstö", "muutama", "~" + str(v)])
    return ""


def cost_base(rng: random.Random, p: Product) -> tuple[int, int]:
    return int(rng.lognormvariate(9.3, 1.1)), int(rng.lognormvariate(4.0, 1.3))


def normalise_zip(path: Path, data: bytes) -> None:
    """Rewrite the xlsx with fixed entry timestamps and document dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = content.decode("utf-8")
                text = re.sub(
                    r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                    rf"\g<1>{FIXED_DOC_TIME}\g<3>",
                    text,
                )
                content = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, content)
    path.write_bytes(buf.getvalue())


def save_workbook(wb: Workbook, path: Path) -> None:
    wb.properties.creator = "holdout2"
    wb.properties.created = dt.datetime(2025, 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    normalise_zip(path, buf.getvalue())


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def write_inventory(
    stem: str,
    sheets: list[tuple[str, list[str], list[dict]]],
    make_cells,
    orgmap_header: list[str],
    depts: list[Dept],
    rng: random.Random,
) -> int:
    """sheets: (sheet name, headers, rows). make_cells(row, rng) -> list of cell values."""
    wb = Workbook()
    wb.remove(wb.active)
    truth = []
    for title, headers, rows in sheets:
        ws = wb.create_sheet(title)
        ws.append(headers)
        for r in rows:
            ws.append(make_cells(r, rng))
            excel_row = ws.max_row
            for c in ws[excel_row]:
                if isinstance(c.value, dt.datetime):
                    c.number_format = "d.m.yyyy" if stem.endswith("fi") else "yyyy-mm-dd"
            p = r["product"]
            truth.append(
                [
                    title,
                    excel_row,
                    r["system_name"],
                    p.pid,
                    ";".join(p.functions),
                    r["department"],
                    r["dept"].sector,
                    "system",
                ]
            )
        for col, width in zip("ABCDEFGH", (28, 22, 48, 48, 32, 14, 10, 14), strict=False):
            ws.column_dimensions[col].width = width
        ws.freeze_panes = "A2"
    OUT.mkdir(parents=True, exist_ok=True)
    save_workbook(wb, OUT / f"{stem}.xlsx")
    write_csv(OUT / f"{stem}.truth.csv", TRUTH_COLUMNS, truth)
    org = []
    for d in depts:
        for t in [d.text, *d.variants]:
            org.append([t, d.sector])
    write_csv(OUT / f"{stem}.orgmap.csv", orgmap_header, org)
    return len(truth)


# ---------------------------------------------------------------------------------------------
# D: Finnish city, one sheet, departments written "<toimiala> / <yksikkö>"
# ---------------------------------------------------------------------------------------------

D_DEPTS = """
tal | Kanslia / Talous | Kaupunginkanslia | Kanslia / Talouspalvelut
hen | Kanslia / Henkilöstö | Kaupunginkanslia | Kanslia / HR
tie | Kanslia / Tietohallinto | Kaupunginkanslia | Kanslia / ICT; Kanslia/Tietohallinto
vie | Kanslia / Viestintä | Kaupunginkanslia
hal | Kanslia / Hallinto ja päätöksenteko | Kaupunginkanslia | Kanslia / Hallintopalvelut
kirjaamo | Kanslia / Kirjaamo ja arkisto | Kaupunginkanslia
hank | Kanslia / Hankintakeskus | Kaupunginkanslia
ele | Kanslia / Elinkeinot ja työllisyys | Kaupunginkanslia | Kanslia / Työllisyyspalvelut
strat | Kanslia / Strategia ja tietojohtaminen | Kaupunginkanslia
asp | Kanslia / Asiakaspalvelu | Kaupunginkanslia | Kanslia / Neuvonta
val | Kanslia / Turvallisuus ja valmius | Kaupunginkanslia
pk | Kanslia / Palvelukeskus | Kaupunginkanslia
peru | Kasko / Perusopetus | Kasvatuksen ja koulutuksen toimiala | KASKO / Perusopetus; Kasko/Perusopetus
vaka | Kasko / Varhaiskasvatus | Kasvatuksen ja koulutuksen toimiala | Kasko / Vaka
lukio | Kasko / Lukiokoulutus | Kasvatuksen ja koulutuksen toimiala | Kasko / Lukiot
amm | Kasko / Ammatillinen koulutus | Kasvatuksen ja koulutuksen toimiala
kash | Kasko / Hallinto ja tukipalvelut | Kasvatuksen ja koulutuksen toimiala | Kasko / Hallinto
terv | Sote / Terveysasemat | Sosiaali- ja terveystoimiala | SOTE / Terveysasemat
suun | Sote / Suun terveydenhuolto | Sosiaali- ja terveystoimiala
kot | Sote / Kotihoito | Sosiaali- ja terveystoimiala
vanh | Sote / Ympärivuorokautinen hoiva | Sosiaali- ja terveystoimiala | Sote / Hoivakodit
lsu | Sote / Lastensuojelu | Sosiaali- ja terveystoimiala
aik | Sote / Aikuissosiaalityö | Sosiaali- ja terveystoimiala
soth | Sote / Hallinto | Sosiaali- ja terveystoimiala
rak | Kymp / Rakennusvalvonta | Kaupunkiympäristön toimiala | Kymp / Rava; KYMP / Rakennusvalvonta
kaav | Kymp / Maankäyttö ja kaavoitus | Kaupunkiympäristön toimiala | Kymp / Kaavoitus
mit | Kymp / Kaupunkimittaus | Kaupunkiympäristön toimiala
maa | Kymp / Maaomaisuus | Kaupunkiympäristön toimiala
katu | Kymp / Katu- ja puistoylläpito | Kaupunkiympäristön toimiala | Kymp / Ylläpito
liikenne | Kymp / Liikennesuunnittelu | Kaupunkiympäristön toimiala
pys | Kymp / Pysäköinninvalvonta | Kaupunkiympäristön toimiala
ymp | Kymp / Ympäristöpalvelut | Kaupunkiympäristön toimiala
vesi | Kymp / Vesihuolto | Kaupunkiympäristön toimiala
tila | Kymp / Tilapalvelut | Kaupunkiympäristön toimiala | Kymp / Tilat
asu | Kymp / Asuntopalvelut | Kaupunkiympäristön toimiala
pel | Kymp / Pelastuslaitos | Kaupunkiympäristön toimiala
kymh | Kymp / Hallinto | Kaupunkiympäristön toimiala
kirj | Kuva / Kirjasto | Kulttuurin ja vapaa-ajan toimiala | Kuva / Kirjastopalvelut
mus | Kuva / Kaupunginmuseo | Kulttuurin ja vapaa-ajan toimiala
liiku | Kuva / Liikuntapalvelut | Kulttuurin ja vapaa-ajan toimiala | Kuva / Liikunta
nuo | Kuva / Nuorisopalvelut | Kulttuurin ja vapaa-ajan toimiala | Kuva / Nuoriso
opi | Kuva / Työväenopisto | Kulttuurin ja vapaa-ajan toimiala
kult | Kuva / Kulttuuripalvelut | Kulttuurin ja vapaa-ajan toimiala
kuvh | Kuva / Hallinto | Kulttuurin ja vapaa-ajan toimiala
"""

D_PRODUCTS = """
@ m365 | office-email | Microsoft 365; M365; Office 365; MS Office 365 | Microsoft | ALL | 6
= Sähköposti, kalenteri ja Office-ohjelmat
= Toimisto-ohjelmistot (Word, Excel, PowerPoint) ja Outlook
= sähköpostipalvelu
= Henkilöstön perustyövälineet: posti, kalenterit, tekstinkäsittely ja taulukkolaskenta
# Kaupunkitasoinen lisenssisopimus (E3/E5), hallinnoi tietohallinto

@ teams | video-meetings | Microsoft Teams; Teams; MS Teams | Microsoft | ALL | 5
= Etäkokoukset ja chat
= Videopalaverit, ryhmäkeskustelut ja webinaarit
= Pikaviestintä ja verkkokokoukset
= Teams-kokoukset vanhempainiltoihin ja henkilöstöinfoihin
# Osa M365-kokonaisuutta

@ zoom | video-meetings | Zoom; Zoom Workplace | Zoom Video Communications | opi kult vie ele | 3
= Verkkokurssien videoyhteydet
= Webinaarit ja hybriditilaisuudet ulkoisille osallistujille
= videoneuvottelu
# Käytössä tilaisuuksissa, joissa on paljon ulkopuolisia osallistujia

@ entra | identity-access | Microsoft Entra ID; Azure AD; Entra ID | Microsoft | tie kash | 2
= Käyttäjätunnukset ja kertakirjautuminen (SSO)
= Käyttäjien tunnistautuminen ja MFA
= Identiteetinhallinta pilvipalveluihin
# Tunnukset luodaan automaattisesti henkilöstötietojen perusteella

@ snow | itsm | ServiceNow; ServiceNow ITSM; Service Now | ServiceNow | tie soth kymh | 3
= IT-tukipyynnöt ja häiriöilmoitukset
= Palvelupyyntöjen ja muutosten hallinta, CMDB
= Helpdesk / tiketöinti
= Käyttäjätuen tikettijärjestelmä ja itsepalveluportaali
# Kaupungin keskitetty IT-palvelunhallinta

@ topdesk | itsm | TOPdesk; Topdesk | TOPdesk | kash kuvh | 2
= Koulujen lähituen tukipyynnöt
= Laitteiden vikailmoitukset ja IT-tuen tiketit
# Opetuksen lähituen oma palvelupiste

@ vsign | e-signature | Visma Sign; VismaSign | Visma | tal hen hank kash asu | 4
= Sopimusten sähköinen allekirjoittaminen
= Työsopimusten allekirjoitus verkossa
= Sähköiset allekirjoitukset vahvalla tunnistautumisella
= asiakirjojen e-allekirjoitus
# Allekirjoituspyynnöt lähetetään suoraan asiakirjasta

@ liferay | web-publishing | Liferay DXP; Liferay; Kaupungin verkkosivut (Liferay) | Liferay | vie kuvh kymh | 3
= Kaupungin verkkosivujen sisällönhallinta
= Verkkosivuston julkaisualusta
= Uutisten ja palvelusivujen päivittäminen kaupungin sivuille
# Julkiset verkkosivut, n. 120 sisällöntuottajaa

@ wp | web-publishing | WordPress; Wordpress; WP-sivustot | Automattic / paikallinen kumppani | peru nuo kirj lukio | 4
= Koulujen kotisivut
= Nuorisotalojen blogit ja sivustot
= Kampanjasivujen ja pienten sivustojen CMS
= kirjaston tapahtumasivut ja lukuvinkit
# Useita erillisiä WordPress-asennuksia, ylläpito hajautettu

@ digium | survey-forms | Digium; Digium Enterprise | Digium | strat vie peru vaka kuvh | 4
= Asiakastyytyväisyyskyselyt
= Kyselyt ja lomakkeet
= Huoltajakyselyt ja sähköiset ilmoittautumislomakkeet
= kyselytyökalu
# Kyselytyökalu, jolla tehdään myös ilmoittautumislomakkeita

@ msforms | survey-forms | Microsoft Forms; MS Forms; Forms | Microsoft | ALL | 3
= Pikakyselyt ja ilmoittautumiset
= Yksinkertaiset lomakkeet henkilöstölle
= Sisäiset kyselyt

@ papercut | printing | PaperCut MF; PaperCut | PaperCut Software | tie peru lukio kirj | 4
= Tulostuksen hallinta ja tulostuskiintiöt
= Follow me -tulostus monitoimilaitteille
= Tulostus, kopiointi ja skannaus sähköpostiin
= tulostuskustannusten seuranta
# Monitoimilaitteet leasingilla, PaperCut hoitaa tulostusjonot

@ genesys | telephony | Genesys Cloud; Genesys; Genesys CX | Genesys | asp terv kot | 3
= Asiakaspalvelukeskuksen puhelinjonot ja takaisinsoitot
= Contact center -ratkaisu
= Neuvontapuhelut, chat ja jonotilastot
# Keskitetty asiakaspalvelu- ja neuvontanumero

@ touchpoint | telephony | Telia Touchpoint Plus; Touchpoint; Telia Touchpoint | Telia | ALL | 4
= Mobiililiittymien vaihdepalvelu
= Puhelinvaihde ja soitonohjaus
= Yritysvaihde, ryhmänumerot ja tavoitettavuus
= vaihde

@ jamf | endpoint-management | Jamf Pro; JAMF | Jamf | peru vaka tie | 3
= iPadien ja Mac-koneiden etähallinta
= Oppilaiden tablettien käyttöönotto ja sovellusjakelu
= MDM koulujen iPadeille
# n. 9000 iPadia

@ azint | it-infrastructure | Azure Integration Services; Azure-integraatiot; Logic Apps | Microsoft | tie tal | 2
= Järjestelmien väliset integraatiot ja rajapinnat
= Tiedonsiirrot talousjärjestelmän ja taustajärjestelmien välillä
= API-hallinta
# Integraatioalusta: API Management, Service Bus ja Logic Apps

@ tori | intranet | Tori-intranet; Tori (SharePoint); Intranet Tori | Microsoft / toteutuskumppani | ALL | 4
= Henkilöstön sisäinen tiedotus ja ohjeet
= Sisäinen verkkopalvelu
= intra
= Työntekijöiden uutiset, ohjepankki ja lomakkeet yhdestä paikasta
# SharePoint Online -pohjainen intranet

@ dynasty | case-management;meeting-management | Dynasty 10; Dynasty; Dynasty asianhallinta | Innofactor | hal kirjaamo kash kymh kuvh soth | 5
= Asianhallinta, diaarit ja kokousasiakirjat
= Lautakuntien esityslistat ja pöytäkirjat sekä asioiden vireillepano
= Diaarinpito ja päätösvalmistelu
= Asiakirjojen rekisteröinti, valmistelu ja päätösten julkaisu
# Kaupungin yhteinen asianhallinta- ja päätöksentekojärjestelmä

@ sessio | meeting-management | Sessio; Sessio-kokousportaali | Kuntasessio Oy | hal kymh | 2
= Luottamushenkilöiden kokousmateriaalit tabletilla
= Kokousaineistojen jakelu ja merkinnät luottamushenkilöille
# Luottamushenkilöiden lukusovellus esityslistoille

@ arkiivi | archive | Arkiivi; Arkiivi e-arkisto; Sähköinen arkisto Arkiivi | Arkistotieto Oy | kirjaamo hen soth | 3
= Pitkäaikaissäilytys
= Sähköinen arkisto, pysyvästi säilytettävät asiakirjat
= Päättyneiden asiakirjojen siirto arkistoon (SÄHKE2)
= Arkistointi
# Pysyvästi säilytettävien aineistojen e-arkisto

@ mfiles | document-management | M-Files; Mfiles | M-Files | tila tal peru | 3
= Dokumenttienhallinta ja versiointi
= Piirustusten ja asiakirjojen hallinta
= Projektidokumenttien tallennus ja metatiedot

@ mediaflow | document-management | Mediaflow; Mediaflow kuvapankki | Mediaflow | vie mus kult | 3
= Kuvapankki
= Kuva- ja videoaineistojen hallinta sekä käyttöoikeudet
= Valokuvien arkistointi ja jakaminen
# Kaupungin yhteinen kuva- ja videopankki

@ omakaupunki | e-services | OmaKaupunki; Oma Kaupunki -asiointi; Asiointipalvelu OmaKaupunki | Kuntadigi Oy | asp tal vaka kymh | 4
= Kuntalaisten sähköinen asiointi ja hakemukset
= Asiointitili: hakemukset, liitteet ja päätösten vastaanotto verkossa
= Verkkoasiointi
= sähköiset hakemuslomakkeet kuntalaisille (esim. pysäköintitunnus, avustukset)
# Suomi.fi-tunnistautuminen, asiointitili kuntalaisille

@ kerro | customer-feedback | Kerro meille; Palautepalvelu; Kerro meille -palaute | Kuntadigi Oy | asp katu kuvh vie | 4
= Asiakaspalautteen vastaanotto ja käsittely
= kuntalaispalautteet
= Palautteiden ohjaus vastuuyksiköille ja vastaaminen
= Kuntalaiset voivat antaa palautetta verkossa, ja palaute ohjataan vastuuyksikölle vastattavaksi
# Palautteet ohjautuvat toimialoille käsiteltäviksi

@ d365 | crm | Dynamics 365; MS Dynamics CRM; Dynamics CRM | Microsoft | ele asp | 2
= Yritysasiakkuuksien hallinta
= Asiakkuudenhallinta ja yhteydenpitohistoria
= CRM
# Yrityspalvelujen asiakasrekisteri ja kontaktit

@ projonline | project-portfolio | Project Online; MS Project | Microsoft | strat tie tila | 3
= Projektisalkun hallinta
= Projektien aikataulut, resurssit ja tilannekuva
= hankesalkku

@ asana | project-portfolio | Asana | Asana | vie ele | 2
= Tehtävien ja projektien seuranta tiimeissä
= Kampanjoiden projektinhallinta
# Tiimitason työkalu, maksullinen versio

@ cloudia | procurement;contract-management | Cloudia; Cloudia Kilpailutus; Cloudia Sopimus | Cloudia | hank tila kash soth | 4
= Kilpailutukset ja sopimusten hallinta
= Hankintojen kilpailuttaminen, tarjousten vertailu ja sopimusrekisteri
= Tarjouspyynnöt ja hankintapäätökset
= Sopimusten seuranta ja vanhenemismuistutukset
# Kilpailutus- ja sopimusmoduulit

@ avuha | grants | AvuHa; Avustusten verkkohaku; Avustusjärjestelmä AvuHa | Kuntadigi Oy | kult liiku nuo ele | 4
= Yhdistysten avustushakemukset ja päätökset
= Toiminta-avustusten haku ja maksatus
= Avustusten käsittely
= Kohdeavustukset taiteen ja kulttuurin toimijoille
# Avustusten haku, käsittely ja selvitykset

@ powerbi | reporting-bi | Power BI; PowerBI; Power BI Pro | Microsoft | ALL | 6
= Raportointi ja koontinäkymät
= Johdon raportit ja tunnuslukujen visualisointi
= raportointityökalu
= Toimialan johdon kuukausiraportit, joissa yhdistetään talous-, henkilöstö- ja asiakasmäärätiedot
+ eri lähdejärjestelmistä

@ qlik | reporting-bi | Qlik Sense; Qlik; QlikSense | Qlik | tal soth terv | 3
= Talouden ja toiminnan seurantaraportit
= Sote-palvelujen käyttö- ja jonotilastojen seuranta
= BI
# Vanhempi BI-ympäristö, osittain siirretty Power BI:hin

@ ckan | statistics-research | CKAN; Avoin data -portaali; CKAN-dataportaali | Open Knowledge / ylläpitokumppani | strat tie | 2
= Avoimen datan julkaisu
= Kaupungin tilastojen ja tietoaineistojen julkaisu koneluettavassa muodossa
# Avoimen datan portaali

@ mailchimp | communications | Mailchimp; MailChimp | Intuit | vie kult ele kirj | 4
= Uutiskirjeet
= Sähköpostimarkkinointi ja uutiskirjeiden lähetys
= Tapahtumatiedotteet tilaajille
= uutiskirje yrityksille

@ edilex | reference-information | Edilex; Edita Edilex | Alma Talent | hal hank hen rak | 4
= Lakitietopalvelu
= Säädökset, oikeuskäytäntö ja lomakkeet
= Lainsäädännön seuranta
= Säädöstietokanta juristeille

@ vtj | reference-information | VTJkysely; VTJ-kysely; Väestötietojärjestelmän kyselypalvelu | Digi- ja väestötietovirasto | asp lsu aik tal peru | 4
= Väestötietojen tarkistus
= Henkilö- ja osoitetietojen haku
= Huoltajatietojen tarkistaminen
= VTJ-kyselyt
# Käyttöoikeus myönnetty DVV:n päätöksellä

@ rt | reference-information | RT-kortisto; Rakennustieto RT; RT Ohjeistot | Rakennustieto | rak tila | 2
= Rakentamisen ohjeet ja standardit
= Rakennustiedon ohjekortit

@ haipro | process-quality | HaiPro; Haipro | Awanic | terv kot lsu vaka | 4
= Vaaratapahtumien ilmoittaminen
= Asiakas- ja potilasturvallisuuspoikkeamien raportointi
= Läheltä piti -tilanteiden ja haittatapahtumien käsittely
= Henkilöstö ilmoittaa vaaratapahtumat ja läheltä piti -tilanteet, jotka käsitellään yksikössä
+ ja raportoidaan johtoryhmälle
# Potilas- ja asiakasturvallisuuden vaaratapahtumat

@ kvalitas | process-quality | Kvalitas; Kvalitas laatujärjestelmä | Laatusoft Oy | strat tal kash | 2
= Prosessikuvaukset ja laatukäsikirja
= Riskienhallinta ja sisäinen valvonta
= Sisäisen valvonnan riskikartoitukset

@ sap | accounting;fixed-assets | SAP; SAP S/4HANA; SAP S4 | SAP | tal tila kash soth kymh | 5
= Kirjanpito ja pääkirja
= Taloushallinnon ERP: kirjanpito, käyttöomaisuus ja tilinpäätös
= Käyttöomaisuuskirjanpito ja poistot
= talousjärjestelmä
# Kaupungin ERP, talouspalvelut pääkäyttäjänä

@ rondo | invoice-processing | Rondo; Visma Rondo; Rondo Pro | Visma | tal kash soth kymh kuvh hank | 5
= Ostolaskujen kierrätys ja hyväksyntä
= Laskujen tarkastus ja hyväksyminen
= Ostoreskontra
= Saapuneiden e-laskujen asiatarkastus ja tiliöinti

@ tasu | budgeting | TaSu; Budjetti-TaSu; TaSu-talousarvio | Kuntalaskenta Oy | tal kash soth kymh kuvh | 4
= Talousarvion valmistelu
= TA-laadinta ja taloussuunnitelma
= Budjetointi ja ennusteet yksiköittäin
# Talousarvio- ja ennustetyökalu

@ intrum | billing | Intrum; Intrum perintä | Intrum | tal asu | 2
= Perintäpalvelu erääntyneille saataville
= Maksumuistutukset ja perintä

@ zettle | point-of-sale | Zettle; iZettle; Zettle by PayPal | PayPal | kirj mus nuo liiku | 4
= Korttimaksut ja pienmyynti
= Kassa ja korttipääte museokauppaan
= Mobiilikassa tapahtumissa
= myyntipiste

@ sympa | hr-management | Sympa HR; Sympa; SympaHR | Sympa | hen kash soth kymh kuvh | 5
= Henkilöstöhallinto
= Henkilöstötiedot, palvelussuhteet ja esihenkilöiden HR-prosessit
= Palvelussuhdeasiat ja työsuhteiden muutokset
= Poissaolojen ja lomien hakeminen

@ personec | payroll | Personec F; Personec; Visma Personec F | Visma | hen tal | 2
= Palkanlaskenta
= Palkkojen ja palkkioiden maksatus, verotiedot tulorekisteriin

@ atj | time-tracking | Personec ATJ; ATJ; Visma ATJ | Visma | hen katu pk kirj | 4
= Työajan leimaukset
= Sähköinen työajanseuranta ja saldot
= Leimauslaitteet ja liukumat
= työaikakirjanpito

@ planday | shift-planning | Planday | Planday | pk liiku kirj | 3
= Työvuorolistat
= Vuorosuunnittelu ja vuorojen vaihto mobiilisti
= työvuorot
# Tuntityöntekijöiden vuorot uimahalleissa ja kirjastoissa

@ numeron | shift-planning | Numeron; Numeron Vuorosuunnittelu | Numeron | kot terv vanh lsu | 3
= Hoitohenkilöstön työvuorosuunnittelu
= Sijaisten hälyttäminen ja vuorojen täyttö
= Työvuorojen suunnittelu ja julkaisu
# Sote-henkilöstön vuorosuunnittelu

@ kuntarekry | recruitment | Kuntarekry; KuntaRekry | Kuntarekry Oy | ALL | 6
= Rekrytointi
= Avoimien työpaikkojen ilmoittaminen ja hakemusten käsittely
= Sijaisrekrytointi ja kesätyöpaikat
= rekry

@ totara | learning-management | Totara; Totara Learn; Oppimisalusta Totara | Totara | hen soth kash | 3
= Henkilöstön verkkokoulutukset
= Perehdytys ja pakollisten koulutusten seuranta
= Osaamisen kehittäminen
# Henkilöstön koulutuskalenteri ja verkkokurssit

@ m2 | travel-expenses | M2; M2 Matka; M2 Matkahallinta | Visma | hen tal kash kymh kuvh | 4
= Matkalaskut ja kulukorvaukest
= Matka- ja kululaskujen käsittely
= Kilometrikorvaukset ja päivärahat
= Matkustussääntöjen mukaiset korvaukset, matkavaraukset hoidetaan erikseen

@ turvahavainto | occupational-health | TurvaHavainto; Turvahavainto-sovellus | Safetysoft Oy | hen katu pk peru | 3
= Työturvallisuushavainnot ja tapaturmailmoitukset
= Työsuojelun riskien arviointi
= Työtapaturmien ja vaaratilanteiden kirjaus
# Työsuojelun havainto- ja tapaturmailmoitukset

@ arcgis | gis | ArcGIS; ArcGIS Pro; Esri ArcGIS | Esri | kaav mit liikenne ymp tila | 5
= Paikkatieto
= Paikkatietoaineistojen analyysi ja karttatuotanto
= Karttapalvelu ja karttasovellukset
= Teemakartat ja tarkastelut

@ lupapiste | building-permits | Lupapiste; Lupapiste.fi | Evolta | rak kaav | 2
= Rakennuslupien sähköinen haku ja käsittely
= Lupahakemukset ja katselmukset
= Rakennusvalvonnan asiointi
# Rakennuslupien sähköinen asiointi ja käsittely

@ kaavakone | land-use-planning | Kaavakone; Kaavakone 3 | Kaavatieto Oy | kaav | 1
= Asemakaavojen laadinta
= Kaavoituksen työohjelma ja kaavatietomallit

@ mapo | cadastre | Mapo; Mapo maaomaisuus | Kaavatieto Oy | maa mit | 2
= Kiinteistörekisterin ylläpito
= Maanvuokrasopimukset ja kaupungin maaomaisuus
= Tonttien luovutus ja maanvuokraus

@ solibri | construction-design | Solibri; Solibri Office | Solibri (Nemetschek) | tila rak | 2
= Tietomallien tarkastus
= BIM-mallien laadunvarmistus rakennushankkeissa

@ ecomond | street-maintenance | Ecomond; EcoMond | Ecomond | katu pk | 2
= Talvikunnossapidon seuranta
= Aurausreittien ja hiekoitusten kirjaus
= katujen kunossapito
# Urakoitsijoiden kunnossapitotöiden seuranta kartalla

@ easypark | parking | EasyPark | EasyPark | pys liikenne | 2
= Mobiilipysäköinti
= Pysäköintimaksut sovelluksella

@ valvoja | parking | PVS Valvoja; Valvoja | Parkkisoft Oy | pys | 1
= Pysäköintivirhemaksut
= Valvojien mobiililaitteet ja virhemaksujen käsittely

@ ilmari | environmental-monitoring | Ilmari; Ilmari-mittausportaali | Ympäristödata Oy | ymp | 1
= Ilmanlaadun mittaukset
= Melu- ja ilmanlaatumittausten tulokset
# Mittausasemien tulokset ja raportit

@ vati | environmental-health | VATI; Vati | Ruokavirasto | ymp | 1
= Elintarvikevalvonnan tarkastukset
= Valvontatiedon kirjaus (VATI)
= Ympäristöterveydenhuollon valvontarekisteri

@ keyaqua | water-utility | KeyAqua; Keypro KeyAqua | Keypro | vesi | 1
= Vesijohto- ja viemäriverkoston dokumentointi
= Vesihuoltoverkoston tiedonhallinta

@ tampuuri | housing | Tampuuri; Tampuuri Asuminen | Fastroi | asu aik | 2
= Vuokra-asuntojen asukasvalinta ja vuokrasopimukset
= Asuntohakemukset
# Kaupungin vuokra-asuntojen hakemukset ja asukasvalinta

@ pronto | rescue-services | Pronto; PRONTO | Pelastusopisto | pel | 1
= Onnettomuusselosteet ja pelastustoimen tilastot
= Pelastustoimen resurssi- ja onnettomuustilasto

@ timmi | facility-booking | Timmi; Timmi Tilanvaraus | Timmi Software | liiku nuo peru tila opi | 5
= Liikuntatilojen vuorojen jako seuroille
= tilavaraukest
= Koulujen iltakäytön tilavaraukset
= Salivuorojen varaus ja laskutus
# Tilojen ja salivuorojen varaus, laskutusaineisto SAPiin

@ varaamo | facility-booking | Varaamo | Avoin lähdekoodi | kirj nuo | 2
= Kirjaston ryhmätyötilojen ja laitteiden varaus
= Tilojen ja laitteiden varaus verkossa

@ fimx | facility-management | Fimx; FIMX | Fimx | tila peru vaka | 3
= Kiinteistöjen vikailmoitukset ja huoltokirja
= Huoltopyynöt
= Kiinteistönhoidon työtilaukset
# Huoltokirja ja kiinteistönhoidon työtilaukset

@ nuuka | energy-management | Nuuka; Nuuka Solutions | Nuuka Solutions | tila | 1
= Kiinteistöjen energiankulutuksen seuranta
= Sisäilman ja energian mittaukset

@ salto | access-control | Salto; SALTO KS | Salto Systems | tila peru kirj nuo | 3
= Kulunvalvonta ja sähkölukot
= Avainten ja kulkutunnisteiden hallinta
= Ovien etäavaus

@ abax | fleet | ABAX; Abax ajopäiväkirja | ABAX | pk katu kot | 3
= Ajopäiväkirjat ja ajoneuvojen seuranta
= Kaluston GPS-paikannus
= Autojen huollot ja ajoneuvokalusto

@ vekka | logistics | Varasto-Vekka; Vekka | Logistiikkasoft Oy | pk | 1
= Keskusvaraston saldot ja keräily
= Tilausten jakelu kouluihin ja päiväkoteihin
# Palvelukeskuksen keskusvarasto ja jakelu

@ jamix | catering | Jamix; JAMIX Kitchen | Jamix | pk peru vaka kot | 4
= Ruokalistat ja reseptiikka
= Erityisruokavalioiden hallinta ja ruokatilaukset
= Ateriatilaukset
= Päiväkotien ja koulujen ruokalistojen suunnittelu, reseptien ravintoarvolaskenta sekä
+ erityisruokavaliot
# Ruokapalvelujen tuotannonohjaus

@ wilma | pupil-administration | Wilma; Visma InSchool Primus; Primus | Visma | peru lukio amm | 3
= Oppilashallinto ja arviointi
= Opiskelijarekisteri, poissaolot ja todistukset
= Kodin ja koulun viestintä
= Lukujärjestykset ja kurssivalinnat
# Primus-rekisteri ja Wilma-käyttöliittymä

@ moodle | learning-platform | Moodle; Moodle-oppimisympäristö | Moodle HQ / palvelukumppani | lukio amm opi | 3
= Verkko-oppimisympäristö
= Kurssimateriaalit ja tehtävien palautus
= Etäopetuksen alusta

@ sanomapro | learning-platform | Sanoma Pro; Sanoma Pro digimateriaalit | Sanoma | peru lukio | 2
= Digitaaliset oppimateriaalit
= Sähköiset oppikirjat ja tehtävät

@ edlevo | early-childhood | Edlevo; Visma Edlevo | Visma | vaka kash | 2
= Varhaiskasvatuksen hakemukset, sijoitukset ja läsnäolot
= Päivähoitopaikkojen hallinta
= Lasten hoitoaikojen ilmoittaminen

@ hellewi | course-management | Hellewi; Hellewi-kurssihallinta | Hellewi | opi kult | 2
= Kurssien ilmoittautuminen ja opettajien tuntikirjanpito
= Opiston kurssitarjonta ja ilmoittautumiset
= kurssihallinto

@ pegasos | patient-records | Pegasos; Pegasos PTJ | CGI | terv kot vanh | 3
= Potilastietojärjestelmä
= Potilaskertomus ja hoitosuunnitelmat
= Terveysasemien sähköinen potilaskertomus
= PTJ

@ opus | dental-care | Opus Dental; Opus | Opus Systemer | suun | 1
= Suun terveydenhuollon potilastiedot ja hoitosuunnitelmat
= Hammashoitolan järjestelmä
# Hammashoitoloiden oma järjestelmä

@ nursebuddy | home-care | Nursebuddy; NurseBuddy | Nursebuddy | kot vanh | 2
= Kotihoidon mobiilikirjaus ja käyntien toteuma
= Asiakaskäyntien reititys
= kotihoito

@ abilita | social-care-records | Abilita; Abilita Sosiaalihuolto | Abilita | lsu aik vanh | 3
= Sosiaalihuollon asiakastietojärjestelmä
= Asiakaskirjaukset ja päätökset sosiaalityössä
= Asiakassuunnitelmat ja sosiaalihuollon päätökset

@ koha | library | Koha; Koha-kirjastojärjestelmä | Koha-Suomi | kirj peru | 2
= Kirjastojärjestelmä: lainaus, palautus ja varaukset
= Aineistohankinta ja luettelointi
= Koulukirjastojen lainaus

@ museumplus | museum-collections | MuseumPlus; MuseumPlus RIA | zetcom | mus | 1
= Kokoelmanhallinta
= Museoesineiden luettelointi ja digitointi

@ lippupiste | event-ticketing | Lippupiste | Lippupiste | kult mus liiku | 3
= Lipunmyynti konsertteihin ja esityksiin
= Tapahtumien lipunmyynti
= Pääsylippujen myynti netissä

@ nuotta | youth-services | Nuotta | Nuorisosoft Oy | nuo | 1
= Nuorisotalojen kävijätilastot ja toimintaryhmät
= Nuorten kohtaamisten kirjaus (etsivä nuorisotyö)

@ ura | business-services | URA; URA-asiakastietojärjestelmä | KEHA-keskus | ele | 1
= Työllisyyspalvelujen asiakastiedot
= Työnhakijoiden palveluprosessi ja työllistymisen seuranta
"""


# ---------------------------------------------------------------------------------------------
# E: Finnish wellbeing services county, sheets "Sosiaalipalvelut" and "Terveyspalvelut"
# (last column: S / T = the sheet the unit reports on, * = either)
# ---------------------------------------------------------------------------------------------

E_DEPTS = """
ls | Lastensuojelu | Perhe- ja sosiaalipalvelut | Lastensuojelu ja sijaishuolto | S
pp | Perhesosiaalityö | Perhe- ja sosiaalipalvelut | Perhekeskus / perhesosiaalityö | S
as | Aikuissosiaalityö | Perhe- ja sosiaalipalvelut | Työikäisten sosiaalityö | S
vp | Vammaispalvelut | Perhe- ja sosiaalipalvelut | | S
kh | Kotihoito | Ikääntyneiden palvelut | Ikääntyneiden palvelut / Kotihoito | S
ah | Ympärivuorokautinen palveluasuminen | Ikääntyneiden palvelut | Palveluasuminen | S
so | Asiakasohjaus | Ikääntyneiden palvelut | SAS / asiakasohjaus | S
vo | Vastaanottopalvelut | Terveyspalvelut | Terveysasemat; Terveyspalvelut / Vastaanotot | T
su | Suun terveydenhuolto | Terveyspalvelut | Suun th | T
pa | Päivystys | Terveyspalvelut | Yhteispäivystys | T
ku | Kuvantaminen | Terveyspalvelut | Kuvantamiskeskus | T
la | Laboratoriopalvelut | Terveyspalvelut | Laboratorio | T
ap | Sairaala-apteekki | Terveyspalvelut | | T
kn | Kuntoutus | Terveyspalvelut | Kuntoutuspalvelut | T
os | Sairaalan vuodeosastot | Terveyspalvelut | Osastot | T
mt | Mielenterveys- ja päihdepalvelut | Terveyspalvelut | Mtp-palvelut | T
eh | Ensihoito | Terveyspalvelut | | T
ta | Talouspalvelut | Hallinto- ja tukipalvelut | Talous | *
hr | Henkilöstöpalvelut | Hallinto- ja tukipalvelut | HR | *
ict | Tietohallinto | Hallinto- ja tukipalvelut | ICT-palvelut | *
vi | Viestintä | Hallinto- ja tukipalvelut | Viestintä ja markkinointi | *
hk | Hallinto- ja kirjaamopalvelut | Hallinto- ja tukipalvelut | Kirjaamo | *
ti | Tilapalvelut | Hallinto- ja tukipalvelut | Tila- ja kiinteistöpalvelut | *
ra | Ravitsemuspalvelut | Hallinto- ja tukipalvelut | | *
lo | Hankinnat ja logistiikka | Hallinto- ja tukipalvelut | Logistiikka | *
ke | Kehittäminen ja tietojohtaminen | Hallinto- ja tukipalvelut | Tietojohtaminen | *
pe | Pelastuslaitos / Onnettomuuksien ehkäisy | Pelastustoimi | Pelastuslaitos / Valvonta | T
po | Pelastuslaitos / Pelastustoiminta | Pelastustoimi | Pelastuslaitos | T
"""

E_PRODUCTS = """
@ m365 | office-email | Microsoft 365; Office 365; M365 | Microsoft | ALL | 6
= Sähköposti ja Office-sovellukset
= Outlook, Word, Excel – kaikkien työntekijöiden perustyökalut
= toimisto-ohjelmat
= Sähköpostit, kalenterit ja jaetut postilaatikot
# Hyvinvointialueen yhteinen lisenssi

@ teams | video-meetings | Teams; Microsoft Teams | Microsoft | ALL | 5
= Sisäinen yhteydenpito ja etäpalaverit
= Kokoukset verkossa ja ryhmächatit
= Moniammatillisten tiimien etäkokoukset
= Pikaviestit
# Osa M365-kokonaisuutta

@ cherwell | itsm | Cherwell; Cherwell Service Management; Ivanti Cherwell | Ivanti | ict ti | 2
= ICT-palvelupyynnöt ja häiriöt
= Tukipalvelun tiketit, muutoksenhallinta ja laiterekisteri
# Tietohallinnon palvelupiste

@ mpollux | identity-access | mPollux DigiSign; DigiSign; mPollux | Fujitsu | vo pa su ku | 4
= Ammattikorttien kortinlukijaohjelmisto
= Vahva tunnistautuminen varmennekortilla potilastietojärjestelmiin
= Toimikorttikirjautuminen
# Sosiaali- ja terveydenhuollon ammattikorttien kortinlukijaohjelmisto

@ oneidentity | identity-access | One Identity Manager; One Identity | One Identity | ict hr | 2
= Käyttöoikeuksien hallinta ja pääsynhallintaprosessit
= Tunnusten automaattinen luonti ja poisto palvelussuhteen mukaan
= käyttövaltuushallinta

@ safeq | printing | YSoft SafeQ; SafeQ | Y Soft | ict vo os hk | 3
= Turvatulostus
= Tulosteet vapautetaan tulostimelta henkilökortilla
= skannaus ja tulostus

@ ace | telephony | Telia ACE; ACE | Telia | so vo su kh | 4
= Asiakasohjauksen puhelinpalvelu
= Takaisinsoittopalvelu ja puhelujonot
= Keskitetty puhelinpalvelu terveysasemille
= Palvelunumerot

@ enreach | telephony | Enreach Contact; Enreach; Benemen | Enreach | ls as pa | 3
= Sosiaalipäivystyksen puhelut ja vaihde
= Mobiilivaihde
= puhelinpalvelut

@ dokobit | e-signature | Dokobit; Dokobit Portal | Dokobit | hr lo hk | 3
= Sopimusten allekirjoittaminen sähköisesti
= Sähköinen allekirjoitus ja leimaus
= e-allekirjoitus

@ drupal | web-publishing | Drupal; Drupal (verkkosivut) | Avoin lähdekoodi / toimittaja | vi pe | 2
= Hyvinvointialueen verkkosivut
= Sivuston sisällönhallinta ja palvelukuvaukset
# Julkinen verkkosivusto ja palvelukuvaukset

@ staffbase | intranet | Staffbase; Henkilöstösovellus (Staffbase) | Staffbase | vi hr kh os | 3
= Henkilöstön mobiili-intra
= Sisäiset uutiset myös niille, joilla ei ole omaa työasemaa
= Intranet

@ questback | survey-forms | Questback; Questback Essentials | Questback | ke hr vi | 3
= Henkilöstökyselyt
= Kyselyt ja palautelomakkeet
= kyselytyökalu

@ azure | it-infrastructure | Microsoft Azure; Azure | Microsoft | ict | 1
= Pilvi-infrastruktuuri ja virtuaalipalvelimet
= Palvelinympäristöt pilvessä

@ mecm | endpoint-management | MECM; ConfigMgr | Microsoft | ict | 1
= Työasemahallinta
= Työasemien asennus ja päivitys

@ vireo | case-management;meeting-management | Vireo; Vireo asianhallinta; Vireo-päätöksenteko | Vireo Solutions Oy | hk ta hr ls ke | 5
= Asianhallinta ja päätöksenteko
= Aluehallituksen ja -valtuuston kokoushallinta
= Viranhaltijapäätökset ja diaarikirjaus
= Hallintoasioiden vireillepano, valmistelu ja päätösten tiedoksianto
# Asiakirjahallinta, diaari ja toimielinten kokoukset

@ sailo | archive | Säilö; Säilö e-arkisto | Arkistopalvelu Säilö Oy | hk as | 2
= Sähköinen pitkäaikaisarkisto
= Asiakirjojen siirto e-arkistoon seulonnan jälkeen
= arkisto

@ mfiles | document-management | M-Files | M-Files | ti ke hk | 3
= Dokumenttienhallinta
= Ohjeiden ja asiakirjapohjien versionhallinta
= Laatukäsikirjan dokumentit

@ omaolo | e-services | Omaolo; Omaolo-palvelu | DigiFinland | vo su as | 3
= Oirearviot ja palvelutarpeen arviointi verkossa
= Sähköinen asiointi: oirearvio ja hoitoon ohjaus
= Digitaalinen palvelukanava asukkaille
# Asukkaiden sähköinen asiointikanava

@ roidu | customer-feedback | Roidu; Roidu palautejärjestelmä | Roidu | vo kh ah vi | 4
= Asiakaspalaute
= Palautteen keruu ja käsittely
= Muistutukset ja asiakaspalautteiden käsittely
= NPS-palautteet palvelun jälkeen

@ happyornot | customer-feedback | HappyOrNot; Happy or Not | HappyOrNot | vo su pa | 2
= Hymiöpalautepäätteet odotustiloissa
= Pikapalaute asiakkailta vastaanottokäynnin jälkeen

@ smartsheet | project-portfolio | Smartsheet | Smartsheet | ke ict | 2
= Kehittämishankkeiden projektinhallinta
= Hankesalkku ja tilannekuva

@ mercell | procurement | Mercell; Mercell Source-to-Contract | Mercell | lo ta | 2
= Kilpailutukset
= Julkiset hankinnat ja tarjousten käsittely

@ sopimuskanta | contract-management | Sopimuskanta | Sopimuskanta Oy | lo ta ti | 3
= Sopimusrekisteri
= Ostopalvelusopimusten seuranta ja valvonta
= Sopimusten elinkaaren hallinta

@ powerbi | reporting-bi | Power BI; PowerBI | Microsoft | ALL | 5
= Johdon raportointi
= Toiminnan ja talouden tunnusluvut
= Sote-tietoaltaan raportit
= raportit

@ qlik | reporting-bi | Qlik Sense; Qlik | Qlik | ke os pa | 2
= Jonotilanteen ja hoitoonpääsyn seuranta
= Tiedolla johtamisen raportit

@ haipro | process-quality | HaiPro | Awanic | os kh ah ls vo | 5
= Potilasturvallisuus
= Vaaratapahtumailmoitukset
= Asiakasturvallisuuden poikkeamat ja läheltä piti -tilanteet
= Haittatapahtumien raportointi ja käsittely

@ laatunet | process-quality | LaatuNet | Laatupalvelut Oy | ke ta | 2
= Omavalvontasuunnitelmat ja laatuasiakirjat
= Riskienhallinta ja sisäinen valvonta

@ unit4 | accounting | Unit4 ERP; Unit4; Agresso | Unit4 | ta | 1
= Kirjanpito
= Pääkirja, tilinpäätös ja taloushallinnon perusprosessit
= Taloushallinnon perusjärjestelmä

@ heeros | invoice-processing | Heeros | Heeros | ta hk ti lo | 4
= Ostolaskujen käsittely
= Laskujen asiatarkastus ja hyväksyntä
= Sähköinen laskunkierrätys
= ostolaskujen käsitely

@ maksumies | billing | Maksumies; Asiakasmaksulaskutus Maksumies | Maksusoft Oy | ta kh ah su | 4
= Asiakasmaksujen laskutus
= Kotihoidon ja asumispalvelujen asiakasmaksujen laskutus
= Myyntireskontra
= Hammashoidon maksujen laskutus ja maksumuistutukset

@ intrum | billing | Intrum | Intrum | ta | 1
= Perintä
= Saatavien perintä ja maksusuunnitelmat

@ kyriba | payments | Kyriba | Kyriba | ta | 1
= Maksuliikenne
= Pankkiyhteydet ja kassaennusteet

@ successfactors | hr-management;recruitment;learning-management | SAP SuccessFactors; SuccessFactors; SF | SAP | hr os kh ta | 4
= Henkilöstötietojen hallinta, rekrytointimoduuli ja koulutusten hallinta
= Palvelussuhteiden hallinta ja HR-raportointi
= Rekrytointimoduuli: hakemusten käsittely ja valintapäätökset
= Learning-moduuli: pakolliset koulutukset ja osaamiskartoitukset
# Employee Central, Recruiting ja Learning -moduulit

@ populus | payroll | Populus; CGI Populus | CGI | hr ta | 2
= Palkkahallinto
= Palkanmaksu ja tulorekisteri-ilmoitukset
= palkat

@ numeron | shift-planning | Numeron; Numeron vuorosuunnittelu | Numeron | os kh ah pa eh | 5
= Työvuorosuunnittelu
= Hoitohenkilöstön työvuorolistat
= Vuorolistojen laadinta ja vuorotoiveet
= Jaksotyötä tekevien hoitajien työvuorolistojen laadinta kolmen viikon jaksoissa

@ keikkavahti | shift-planning | Keikkavahti | Keikkavahti Oy | os kh vo | 3
= Sijaisten tilaaminen lyhyisiin poissaoloihin
= Keikkatyöläisten vuorojen täyttö
= Sijaisvälitys

@ aikaleima | time-tracking | Aikaleima | Aikaleima Oy | ta ict ti hr | 3
= Työaikaleimaukset
= Liukuman seuranta
= Työajanseuranta toimistotyössä

@ kuntarekry | recruitment | Kuntarekry | Kuntarekry Oy | ALL | 5
= Rekrytoinnit
= Työpaikkailmoitukset ja hakemusten käsittely
= Harjoittelijoiden ja kesätyöntekijöiden rekrytointi
= rekrytointijärjestlemä

@ oppiportti | learning-management | Duodecim Oppiportti; Oppiportti | Kustannus Oy Duodecim | os vo pa kh | 4
= Terveydenhuollon ammattilaisten verkkokoulutukset
= Lääkehoidon osaamisen varmistaminen (LOVe-tentit)
= Täydennyskoulutus
# Ammattilaisten verkkokurssit ja osaamisen todentaminen

@ moodle | learning-management | Moodle; Moodle (henkilöstökoulutus) | Moodle-kumppani | hr ict | 2
= Henkilöstön perehdytyskoulutukset
= Sisäiset verkkokurssit

@ terveysportti | reference-information | Terveysportti; Duodecim Terveysportti | Kustannus Oy Duodecim | vo pa os su kh | 5
= Käypä hoito -suositukset ja lääketietokannat
= Lääketieteellinen tietokanta
= Hoitosuositukset ja päätöksentuki ammattilaisille
= Lääkeinteraktiot

@ aino | occupational-health | Aino Health; Aino | Aino Health | hr os | 2
= Sairauspoissaolojen ja työkyvyn seuranta
= Varhaisen tuen malli ja työkykyjohtaminen
= Työkyvyn tuki

@ lifecare | patient-records | Lifecare; Tieto Lifecare; LifeCare | Tietoevry | vo os pa kn mt | 5
= Potilastietojärjestelmä
= Sähköinen potilaskertomus ja hoitotyön kirjaukset
= Potilaiden hoitotiedot, lähetteet ja epikriisit
= ptj
# Perusterveydenhuollon ja sairaalan potilaskertomus

@ uranus | patient-records | Uranus; CGI Uranus | CGI | os pa ku | 3
= Sairaalan potilaskertomus
= Osastohoidon kirjaukset
= Erikoissairaanhoidon potilastiedot

@ merlot | patient-records | Merlot Medi; Merlot | Medigo | eh pa | 2
= Ensihoitokertomus sähköisesti
= Ensihoidon potilaskirjaukset tehtävällä

@ romexis | dental-care;medical-imaging | Planmeca Romexis; Romexis | Planmeca | su ku | 2
= Hammasröntgenkuvien ottaminen ja katselu
= Suun alueen kuvantaminen
= 3D- ja panoraamakuvat hammashoidossa

@ effica | dental-care | Effica Suun terveydenhuolto; Effica hammashoito | Tietoevry | su | 1
= Hammashoidon potilastiedot ja hoitojaksot
= Suun terveydenhuollon hoitosuunnitelmat

@ ajasto | appointment-booking | Ajasto; Ajasto-ajanvaraus | Ajasto Oy | vo su kn | 3
= Sähköinen ajanvaraus
= Ajanvarausten hallinta ja tekstiviestimuistutukset
= Asukkaiden omat ajanvaraukset verkossa

@ jonotin | appointment-booking | Jonotin | Jonotin Oy | la pa | 2
= Vuoronumerojärjestelmä laboratorion odotustilaan
= Jonotusnäytöt ja vuoronumerot

@ labrador | laboratory | Labrador LIS; Labrador | Labrador Systems Oy | la pa os | 3
= Laboratoriotutkimusten tilaukset ja vastaukset
= Näytteiden käsittely ja tulosten validointi
= LIS

@ sectra | medical-imaging | Sectra PACS; Sectra IDS7; PACS | Sectra | ku pa | 2
= Röntgenkuvien arkisto ja katselu
= Kuvantamistutkimusten tallennus ja lausunnot

@ carestream | medical-imaging | Carestream RIS; Carestream | Carestream | ku | 1
= Kuvantamistutkimusten ajanvaraus ja työlistat
= Radiologian toiminnanohjaus

@ evondos | medication | Evondos; Evondos-lääkeannostelija | Evondos | kh ah | 2
= Lääkeannostelurobotit kotona asuville
= Automaattinen lääkkeenjako ja muistutukset

@ apteekkipro | medication | ApteekkiPro | Farmasoft Oy | ap os | 2
= Lääketilaukset osastoilta ja varastonhallinta
= Sairaala-apteekin toiminnanohjaus

@ domacare | home-care | Domacare | Domacare | kh ah | 2
= Kotihoidon toiminnanohjaus ja mobiilikirjaus
= Asiakaskäyntien suunnittelu ja reititys

@ everon | home-care | Everon; Everon turvapuhelin | Everon | kh ah so | 3
= Turvapuhelimet ja turvarannekkeet
= Hoitajakutsujärjestelmä palvelutaloissa
= Turvahälytykset
= Ikääntyneiden turvapuhelinpalvelu: hälytykset ohjautuvat auttajalle tai kotihoidolle

@ lifecaresos | social-care-records | Lifecare Sosiaalihuolto; Lifecare SOS; Lifecare sosiaalihuollon asiakastiedot | Tietoevry | ls pp as vp so | 5
= Sosiaalihuollon asiakastietojärjestelmä
= Asiakkuudet, palvelutarpeen arviot ja päätökset
= Sosiaalityön kirjaukset ja asiakassuunnitelmat
= sos.huollon asiakastiedot

@ pesa | child-welfare | Pesä; Pesä-perhehoitoportaali | Perhesoft Oy | ls pp | 2
= Perhehoitajien ja sijaisperheiden yhteydenpito
= Sijaishuollon paikkojen hallinta

@ tukivayla | income-support | Tukiväylä | Sosiaalisoft Oy | as | 1
= Täydentävä toimeentulotuki
= Täydentävän ja ehkäisevän toimeentulotuen hakemusten käsittely ja päätökset
= Toimeentulotukihakemusten laskelmat

@ pronto | rescue-services | Pronto | Pelastusopisto | po pe | 2
= Onnettomuusselosteet
= Pelastustoimen tehtävätilastot

@ palotarkastus | rescue-services | Palotarkastus Mobiili; PaloMobiili | Pelastussoft Oy | pe | 1
= Palotarkastukset ja valvontasuunnitelma
= Paloturvallisuusvalvonta

@ planon | facility-management | Planon | Planon | ti ra | 2
= Tilojen ja kiinteistöjen ylläpito
= Huoltokirja ja vikailmoitukset
= Tilatiedot ja vuokrasopimukset

@ condeco | facility-booking | Condeco | Condeco | hk ti ke | 3
= Neuvotteluhuoneiden varaus
= Työpisteiden ja kokoustilojen varaaminen
= tilavaraus

@ aromi | catering | Aromi; CGI Aromi | CGI | ra os ah | 3
= Ruokapalvelujen tuotannonohjaus
= Potilasruokailun ateriatilaukset
= Ruokalistat, reseptit ja erityisruokavaliot

@ logiq | logistics | Logiq | Logiq Oy | lo os | 2
= Hoitotarvikejakelu ja varastot
= Sisäinen logistiikka ja tavaratilaukset

@ autopooli | fleet | Autopooli | Autopooli Oy | lo kh | 2
= Kotihoidon autojen varaukset ja ajopäiväkirjat
= Ajoneuvokaluston hallinta

@ aeos | access-control | Nedap AEOS; AEOS | Nedap | ti os pa | 3
= Kulkuoikeudet ja kulunvalvonta
= kulkukorttien hallnta
= Turvallisuusjärjestelmä

@ mynewsdesk | communications | Mynewsdesk | Mynewsdesk | vi pe | 2
= Tiedotteet medialle
= Mediatiedotteiden jakelu ja uutishuone
"""


# ---------------------------------------------------------------------------------------------
# F: Swedish municipality, sheet "Applikationer"
# ---------------------------------------------------------------------------------------------

F_DEPTS = """
kls | Kommunledningskontoret | Kommunledning | KLK
eko | KLK / Ekonomi | Kommunledning | Ekonomiavdelningen
hr | KLK / HR | Kommunledning | HR-avdelningen
it | KLK / IT-enheten | Kommunledning | IT-enheten; IT
kom | KLK / Kommunikation | Kommunledning | Kommunikationsavdelningen
kc | KLK / Kontaktcenter | Kommunledning
kans | KLK / Kansli och registratur | Kommunledning | Kansliet
nar | KLK / Näringsliv och arbetsmarknad | Kommunledning | Arbetsmarknadsenheten
fsk | BUF / Förskola | Utbildning | Förskolan
gsk | BUF / Grundskola | Utbildning | Grundskolan
gym | BUF / Gymnasieskola | Utbildning | Gymnasiet
vux | BUF / Vuxenutbildning | Utbildning | Komvux
bufs | BUF / Stab | Utbildning | Barn- och utbildningsförvaltningen
ao | SOF / Äldreomsorg | Vård och omsorg | Äldreomsorgen; Vård och omsorg / Äldreomsorg
ifo | SOF / Individ- och familjeomsorg | Vård och omsorg | IFO
lss | SOF / Funktionsstöd | Vård och omsorg | SOF / LSS
hsl | SOF / Hälso- och sjukvård | Vård och omsorg | HSL-enheten
sofs | SOF / Stab | Vård och omsorg | Socialförvaltningen
byg | SBF / Bygglov | Samhällsbyggnad | Bygglovsenheten
mh | SBF / Miljö och hälsa | Samhällsbyggnad | Miljökontoret
pl | SBF / Plan | Samhällsbyggnad | Planenheten
kart | SBF / Kart och mät | Samhällsbyggnad | Kart- och mätenheten
gata | TKF / Gata och park | Samhällsbyggnad | Tekniska / Gata-park
va | TKF / VA | Samhällsbyggnad | VA-avdelningen
fast | TKF / Fastighet | Samhällsbyggnad | Fastighetsavdelningen
kost | TKF / Kost och service | Samhällsbyggnad | Kostenheten
tf | TKF / Stab | Samhällsbyggnad | Tekniska förvaltningen
rs | Räddningstjänsten | Samhällsbyggnad | Räddningstjänst
bib | KoF / Bibliotek | Kultur och fritid | Biblioteket
fritid | KoF / Fritidsgårdar | Kultur och fritid | Fritid
idr | KoF / Idrott och anläggningar | Kultur och fritid
kul | KoF / Kultur och evenemang | Kultur och fritid | Kulturenheten
mus | KoF / Museum | Kultur och fritid | Kommunmuseet
"""

F_PRODUCTS = """
@ m365 | office-email | Microsoft 365; Office 365; M365 | Microsoft | ALL | 5
= E-post och Office-paketet
= Outlook, Word och Excel
= kontorsprogram och e-post
= Mejl, kalender och dokument i molnet
# Kommungemensamt licensavtal

@ gws | office-email | Google Workspace for Education; Google Workspace; G Suite | Google | gsk gym vux | 3
= Elevkonton med Gmail, Drive och Docs
= Dokument och e-post för elever och lärare
= Googlekonton för skolan

@ teams | video-meetings | Microsoft Teams; Teams | Microsoft | ALL | 3
= Digitala möten och chatt
= Videomöten
= Samarbete och möten på distans
= Teams-möten och kanaler

@ whereby | video-meetings | Whereby | Whereby | ifo hsl | 2
= Säkra videosamtal med klienter
= Digitala besök via webbläsaren

@ nexus | identity-access | Nexus Hybrid Access Gateway; Nexus HAG; Nexus | Nexus | it sofs | 2
= Inloggning med e-legitimation och SITHS-kort
= Behörighetsstyrning för webbapplikationer
= Single sign-on

@ topdesk | itsm | TOPdesk; Topdesk | TOPdesk | it bufs kc | 3
= IT-support och ärenden
= Servicedesk för IT
= Incident- och problemhantering för IT-tjänster

@ scrive | e-signature | Scrive | Scrive | hr kans eko | 3
= E-signering av avtal
= Digital underskrift med BankID
= Elektronisk signering av anställningsavtal

@ assently | e-signature | Assently | Assently | bufs sofs | 2
= Underskrift av dokument med BankID
= e-signatur

@ sitevision | web-publishing;intranet | Sitevision; SiteVision | Sitevision AB | kom it bufs kul | 3
= Kommunens webbplats och intranät
= Publiceringsverktyg för webb och intranät
= Intranätet Insidan och externa webben
= CMS
# Både den externa webbplatsen och intranätet Insidan

@ optimizely | web-publishing | Optimizely; Episerver; EPiServer CMS | Optimizely | kul bib fritid | 2
= Webbplats för kultur och evenemang
= Besöksmålswebben

@ netigate | survey-forms | Netigate | Netigate | kls hr bufs sofs | 3
= Enkäter
= Medarbetarenkät och brukarundersökningar
= Webbenkäter
= Enkätverktyg för uppföljning

@ esmaker | survey-forms | esMaker; Esmaker | Entergate | gsk gym | 2
= Elevenkäter
= Enkäter till vårdnadshavare

@ telavox | telephony | Telavox | Telavox | ALL | 3
= Växel och mobiltelefoni
= Telefonväxel
= Mobil växel med köer
= telefoni

@ artvise | telephony | Artvise Contact Center; Artvise | Artvise | kc ao | 2
= Kontaktcenter: samtal, chatt och e-post i samma kö
= Kundtjänstsystem för Kontaktcenter
# Kontaktcenterlösning för kommunens växel och kundtjänst

@ papercut | printing | PaperCut; PaperCut MF | PaperCut Software | it gsk gym bib | 3
= Utskrifter
= Utskriftshantering och kvoter för elever
= Skanna till e-post

@ jamf | endpoint-management | Jamf School; Jamf | Jamf | gsk fsk it | 3
= Hantering av elevernas iPads
= MDM för lärplattor i förskolan
= Enhetshantering

@ vmware | it-infrastructure | VMware; VMware vSphere | Broadcom | it | 1
= Virtuella servrar
= Serverdrift

@ biztalk | it-infrastructure | BizTalk Server; BizTalk | Microsoft | it eko | 2
= Integrationer mellan verksamhetssystem
= Filöverföring och meddelandeflöden

@ p360 | case-management | Public 360; P360; Public360 | Tietoevry | kans kls byg mh ifo | 4
= Ärendehantering och diarium
= Registrering av inkommande handlingar
= Diarieföring
= Dokument- och ärendehantering för nämndernas ärenden
# Kommunens diarium och ärendehantering

@ netpublicator | meeting-management | Netpublicator; NetPublicator | Netpublicator | kans bufs sofs tf | 3
= Digitala sammanträdeshandlingar för förtroendevalda
= Publicering av kallelser och protokoll
= Nämndhandlingar i läsplatta

@ flta | archive | Formpipe Long-Term Archive; FLTA; e-arkivet | Formpipe | kans it | 2
= E-arkiv för bevarande
= Långtidslagring av allmänna handlingar
= Slutarkiv

@ oep | e-services | Open ePlatform; OeP; E-tjänsteplattformen | Nordic Peak | kc byg fsk ifo kom | 4
= E-tjänster för medborgare
= Digitala ansökningar och blanketter
= Plattform för kommunens e-tjänster (t.ex. ansökan om förskoleplats)
= e-tjänster

@ tycktill | customer-feedback | Tyck till; Synpunktshantering Tyck till | Dialogsystem AB | kc gata kom | 3
= Synpunkter och klagomål
= Medborgarförslag och synpunkter
= Hantering av synpunkter

@ lime | crm | Lime CRM; Lime | Lime Technologies | nar kc | 2
= Kundregister och kontakthistorik för företagskontakter
= CRM

@ stratsys | process-quality | Stratsys | Stratsys | kls eko sofs bufs | 3
= Mål- och kvalitetsstyrning
= Internkontroll och riskanalyser
= Kvalitetsledningssystem
= Systematiskt kvalitetsarbete, egenkontroller och avvikelser

@ hypergene | budgeting;reporting-bi | Hypergene | Hypergene | eko kls tf | 3
= Budget och prognos
= Budgetering och beslutsstöd
= Rapporter och budgetarbete

@ kolada | statistics-research | Kolada | RKA | kls eko | 2
= Nyckeltal för jämförelser mellan kommuner
= Öppna jämförelser och kommunstatistik

@ powerbi | reporting-bi | Power BI; PowerBI | Microsoft | it eko bufs sofs | 3
= Rapporter och nyckeltalsvyer
= Verksamhetsuppföljning
= beslutsstöd

@ raindance | accounting | Raindance; CGI Raindance | CGI | eko tf bufs sofs | 3
= Ekonomisystem
= Redovisning och bokslut
= Huvudbok och bokföring
= Kommunens ekonomisystem för redovisning, bokslut och ekonomisk uppföljning per ansvar och
+ verksamhet

@ proceedo | procurement;invoice-processing | Visma Proceedo; Proceedo | Visma | eko kost fast gsk | 3
= E-handel och beställningar från avtalade leverantörer
= Inköp och leverantörsfakturor
= Fakturahantering och attest
= Beställningar

@ tendsign | procurement | TendSign; Visma TendSign | Visma | eko | 1
= Upphandlingsverktyg
= Annonsering av upphandlingar och anbudsutvärdering

@ avtalsportalen | contract-management | Avtalsportalen; Avtalsdatabasen | Intern utveckling | eko kls | 2
= Avtalsregister
= Avtalsuppföljning och bevakning av avtalstider

@ collectors | billing | Visma Collectors; Collectors | Visma | eko | 1
= Inkasso och påminnelser
= Kravhantering för kundfakturor

@ swish | payments | Swish Handel; Swish | Getswish | kul idr bib | 2
= Betalning via Swish
= Mobila betalningar

@ zettle | point-of-sale | iZettle; Zettle | PayPal | bib mus kul | 3
= Kassa i museibutiken
= Kortläsare och kassa
= Försäljning vid evenemang

@ heroma | hr-management;payroll | Heroma; CGI Heroma | CGI | hr eko sofs bufs | 3
= Personal- och lönesystem
= Lön och personaladministration
= Anställningar, lön och frånvaro
= Personalsystem

@ medvind | shift-planning;time-tracking | Medvind; Medvind WFM | Medvind Informationsteknik | ao lss hsl kost | 3
= Schemaläggning och bemanning
= Schema och tidrapportering
= Bemanningsplanering i vård och omsorg
= Arbetstidsplanering

@ timecare | shift-planning | Time Care Pool; TimeCare Pool | Time Care | ao lss | 2
= Bemanningsenhetens vikarieförmedling
= Bokning av timvikarier

@ varbi | recruitment | Varbi | Varbi | ALL | 3
= Rekrytering
= Annonsering av lediga tjänster
= rekryteringsystem
= Ansökningar och urval

@ larportalen | learning-management | Lärportalen; Kompetensportalen | Intern utveckling | hr sofs ao | 3
= Utbildningar för personal
= E-learning och kompetensregistrering
= Introduktionsutbildning för nyanställda

@ resekollen | travel-expenses | Resekollen | Resekollen AB | hr eko | 2
= Reseräkningar och utlägg
= Milersättning och traktamente

@ kia | occupational-health | KIA | AFA Försäkring | hr ao gsk tf | 2
= Rapportering av arbetsskador och tillbud
= Arbetsmiljöavvikelser
= Tillbudsrapportering

@ skola24 | pupil-administration | Skola24 | Skola24 | gsk gym | 2
= Schemaläggning och frånvarohantering
= Elevers frånvaro och schema

@ extens | pupil-administration | IST Extens; Extens | IST | gsk gym vux bufs | 3
= Elevregister och betyg
= Skoladministration
= Elevadministration, placering och betyg
= Betygsdokument

@ classroom | learning-platform | Google Classroom; Classroom | Google | gsk gym | 2
= Lärplattform för uppgifter
= Digitala klassrum

@ skolon | learning-platform | Skolon | Skolon | gsk gym vux | 3
= Digitala läromedel och inloggning
= Tillgång till läromedel och verktyg
= Läromedelsportal

@ tyra | early-childhood | Tyra | Tyra | fsk | 1
= Förskoleapp för dokumentation och kontakt med vårdnadshavare
= Närvaro och pedagogisk dokumentation i förskolan

@ alvis | course-management | Alvis | Alvis | vux | 1
= Kursadministration för vuxenutbildningen
= Kursanmälningar och kursbetyg

@ skjuts | school-transport | Skjutsplaneraren | Skjutsdata AB | bufs | 1
= Planering av skolskjutsar
= Beslut om skolskjuts och turlistor

@ treserva | social-care-records | Treserva; CGI Treserva | CGI | ifo lss ao sofs | 3
= Verksamhetssystem för socialtjänsten
= Journalföring och beslut inom socialtjänsten
= Dokumentation enligt SoL och LSS
= Socialtjänstens verksamhetssystem

@ phoniro | home-care | Phoniro Care; Phoniro | Phoniro | ao lss | 2
= Digitala lås och besöksregistrering i hemtjänsten
= Nyckelfri hemtjänst
= Hemtjänstens tidsregistrering vid besök hos brukare

@ tunstall | home-care | Tunstall; Tunstall trygghetslarm | Tunstall | ao | 1
= Trygghetslarm
= Larmmottagning för trygghetslarm

@ ssbtek | income-support | SSBTEK | Försäkringskassan | ifo | 1
= Uppgifter från andra myndigheter vid ansökan om ekonomiskt bistånd
= Samordnad behovsprövning (ekonomiskt bistånd)

@ familjehem | child-welfare | Familjehemsbanken | Familjehemsbanken AB | ifo | 1
= Register över familjehem och kontaktfamiljer
= Matchning av familjehem

@ npo | patient-records | NPÖ; Nationell patientöversikt | Inera | hsl ao | 2
= Ta del av journaluppgifter från regionen
= Patientöversikt för sjuksköterskor

@ pascal | medication | Pascal | eHälsomyndigheten | hsl | 1
= Ordination av dosdispenserade läkemedel
= Dosläkemedel

@ byggr | building-permits | ByggR | Sokigo | byg pl | 2
= Bygglovshantering
= Ärenden om bygglov och anmälan
= Bygglov

@ ecos | environmental-health | Ecos; ECOS 2 | EDP Consult | mh | 1
= Tillsyn inom miljö och hälsoskydd
= Livsmedelskontroll och tillsynsregister

@ geosecma | gis | Geosecma; GEOSECMA for ArcGIS | Sokigo | kart pl byg gata | 3
= GIS-plattform
= Kartor och geodata
= Kommunens kartsystem
= Baskartan och geodata i webbkartan

@ topocad | surveying | Topocad | Adtollo | kart | 1
= Mätningsberäkning
= Inmätning och utsättning

@ cityplanner | land-use-planning | CityPlanner | Agency9 | pl kom | 2
= 3D-visualisering av detaljplaner
= Medborgardialog om planförslag

@ markreg | cadastre | Markreg | Markdata AB | kart eko | 2
= Kommunens markinnehav och arrenden
= Markförvaltning och tomtkö

@ infracontrol | street-maintenance | Infracontrol Online; Infracontrol | Infracontrol | gata tf | 2
= Drift och underhåll av gator och parker
= Felanmälan av gatubelysning och skador i gatan
= Vinterväghållning

@ parkster | parking | Parkster | Parkster | gata | 1
= Parkering med app
= Betalning av parkering

@ edpfuture | water-utility;billing | EDP Future; EDP Future VA | EDP Consult | va eko | 2
= VA-abonnenter, mätarbyten och debitering av vatten och avlopp
= Taxedebitering för VA och avfall
= Vattenmätare

@ incit | facility-management | Incit Xpand; Xpand | Incit | fast tf | 2
= Fastighetsförvaltning och underhållsplaner
= Felanmälan och arbetsordrar för fastigheter
= Lokalförsörjning

@ momentum | housing | Momentum; Momentum Pyramid | Momentum Software | fast ifo | 2
= Uthyrning av kommunala bostäder
= Hyresavtal och bostadskö
= Sociala kontrakt

@ metry | energy-management | Metry | Metry | fast | 1
= Energiuppföljning
= Mätdata för el, värme och vatten i kommunens fastigheter

@ rco | access-control | RCO; R-CARD M5 | RCO Security | fast gsk bib | 2
= Passersystem
= Passerkort och larm i skolor
= Inbrottslarm och passage

@ abax | fleet | ABAX | ABAX | tf gata ao | 3
= Körjournaler
= Fordonsflotta och GPS
= Elektronisk körjournal för hemtjänstens bilar

@ matilda | catering | Matilda Foodtech; Matilda | Matilda Foodtech | kost ao gsk | 3
= Kostdatasystem med recept och menyplanering
= Specialkost och matsedlar
= Måltidsplanering

@ mashie | catering | Mashie; MASHIE | Mashie | kost fsk | 2
= Matbeställning till förskolor
= Recepthantering och näringsberäkning

@ interbook | facility-booking;grants | Interbook Go; Interbook | Interbook | idr fritid kul fast | 3
= Lokalbokning för föreningar
= Bokning av idrottshallar och lokaler
= Bokningsystem och föreningsregister med ansökan om föreningsbidrag
= Uthyrning av kommunala lokaler och handläggning av lokalbidrag

@ bidrag | grants | Bidragsportalen | Intern utveckling | idr kul fritid kls | 3
= Föreningsbidrag
= Ansökan och handläggning av kulturstöd
= Bidragshantering

@ quria | library | Quria; Axiell Quria | Axiell | bib gsk | 2
= Bibliotekssystem
= Utlån, reservationer och katalog
= Skolbiblioteken

@ carlotta | museum-collections | Carlotta | Carlotta (öppen källkod) | mus | 1
= Samlingsdatabas
= Föremålsregistrering

@ tickster | event-ticketing | Tickster | Tickster | kul mus | 2
= Biljettförsäljning till evenemang
= Biljetter

@ ungdom | youth-services | Ungdomsappen | Ungdomsappen AB | fritid | 1
= Fritidsgårdarnas besöksregistrering och aktiviteter
= Fritidsgårdar

@ insats | business-services | Insatsregistret | Intern utveckling | nar | 1
= Deltagarregister för arbetsmarknadsinsatser
= Uppföljning av feriejobb och arbetsmarknadsåtgärder

@ daedalos | rescue-services | Daedalos | Daedalos | rs | 1
= Insatsrapporter
= Tillsyn och insatsrapporter inom räddningstjänsten

@ ungapped | communications | Ungapped | Ungapped | kom nar | 2
= Nyhetsbrev
= Utskick av nyhetsbrev till företagare
"""


# ---------------------------------------------------------------------------------------------
# G: English inventory of a Nordic city, sheet "Inventory"
# ---------------------------------------------------------------------------------------------

G_DEPTS = """
fin | Central Admin - Finance | Central Administration | Finance Dept.; Finance
hr | Central Admin - HR | Central Administration | Human Resources
ict | Central Admin - ICT Services | Central Administration | ICT; IT Services
com | Central Admin - Communications | Central Administration | Communications
legal | Central Admin - Legal and Records | Central Administration | Legal & Records
proc | Central Admin - Procurement | Central Administration | Procurement Unit
strat | Central Admin - Strategy and Research | Central Administration | Strategy & Research
cs | Central Admin - Customer Service Centre | Central Administration | Customer Service
econ | Economic Development and Employment | Central Administration | Business & Employment
edb | Education - Basic Education | Education | EDU / Basic Ed.
edec | Education - Early Childhood | Education | EDU / ECEC
edus | Education - Upper Secondary | Education | EDU / Upper Secondary
adult | Education - Adult Education Centre | Education | Adult Education Centre
hc | Social and Health - Health Centres | Social and Health Services | Health Centres
dent | Social and Health - Dental Care | Social and Health Services | Dental
hcare | Social and Health - Home Care | Social and Health Services | Home Care
sw | Social and Health - Social Work and Child Welfare | Social and Health Services | Social Work
bc | Urban Environment - Building Control | Urban Environment | Building Control
plan | Urban Environment - City Planning | Urban Environment | City Planning
streets | Urban Environment - Streets and Parks | Urban Environment | Streets & Parks
env | Urban Environment - Environmental Services | Urban Environment | Environment
tp | Urban Environment - Transport and Parking | Urban Environment | Transport
prop | Urban Environment - Property Management | Urban Environment | Property Mgmt
port | Urban Environment - Port Operations | Urban Environment | Port
rescue | Urban Environment - Rescue Department | Urban Environment | Rescue Dept
lib | Culture and Leisure - Library | Culture and Leisure | Library
sports | Culture and Leisure - Sports | Culture and Leisure | Sports Services
youth | Culture and Leisure - Youth | Culture and Leisure | Youth Services
mus | Culture and Leisure - City Museum | Culture and Leisure | Museum
cult | Culture and Leisure - Culture and Events | Culture and Leisure | Events
"""

G_PRODUCTS = """
@ gws | office-email | Google Workspace; G Workspace; Google Workspace Enterprise | Google | ALL | 4
= Email, calendar and office apps
= Gmail, Docs and Sheets for staff
= office suite
= Email and document collaboration for all employees
# City-wide licence, managed by ICT

@ slack | video-meetings | Slack | Slack Technologies | ict com edb | 3
= Team chat
= Instant messaging and huddles
= Chat channels for project teams

@ webex | video-meetings | Webex; Cisco Webex | Cisco | ALL | 3
= Video conferencing
= Online meetings and webinars
= Video link for hybrid council meetings
= remote meetings

@ okta | identity-access | Okta; Okta Workforce Identity | Okta | ict hr | 2
= Single sign-on and MFA
= User provisioning and access reviews
= Identity provider for cloud apps

@ freshservice | itsm | Freshservice; FreshService | Freshworks | ict edb | 2
= IT helpdesk
= Service desk tickets and asset tracking
= Incident and request management

@ docusign | e-signature | DocuSign; Docusign | DocuSign | legal hr proc prop | 4
= E-signatures
= Electronic signing of contracts and HR documents
= Digital signing with bank ID
= Signature workflows

@ umbraco | web-publishing | Umbraco; Umbraco CMS | Umbraco | com lib sports | 3
= City website CMS
= Public website content management
= Library website

@ workvivo | intranet | Workvivo | Zoom | ALL | 4
= Employee intranet and news
= Staff communications app
= Intranet
= Internal news feed and employee directory

@ surveymonkey | survey-forms | SurveyMonkey; Survey Monkey | SurveyMonkey | com strat edb | 3
= Online surveys
= Resident and staff surveys
= Questionaires

@ typeform | survey-forms | Typeform | Typeform | youth cult | 2
= Sign-up forms for events
= Simple web forms and polls

@ ws1 | endpoint-management | Workspace ONE; VMware Workspace ONE; WS1 | Omnissa | ict hc hcare | 3
= Mobile device management
= Managing staff phones and tablets
= Endpoint management for laptops and mobiles

@ uniflow | printing | uniFLOW; Canon uniFLOW | Canon | ict edb lib | 3
= Secure print and scan
= Follow-me printing on multifunction devices
= Print accounting

@ genesys | telephony | Genesys Cloud; Genesys | Genesys | cs hc hcare | 3
= Contact centre telephony
= Call queues and call-back
= Customer service phone lines

@ meraki | it-infrastructure | Cisco Meraki; Meraki | Cisco | ict | 1
= Network management (Wi-Fi, switches)
= Wireless network

@ mulesoft | it-infrastructure | MuleSoft; Mulesoft Anypoint | MuleSoft | ict fin | 2
= Integration platform / APIs
= System integrations

@ caseflow | case-management | CaseFlow; Caseflow ECM | Caseflow Ltd | legal bc env sw | 4
= Case management and registry
= Registering incoming documents and tracking cases
= Records management
= Case handling and document registry for all permit decisions

@ escribe | meeting-management | eScribe | eScribe | legal strat | 2
= Council and committee meeting agendas and minutes
= Agenda management for elected officials

@ preservica | archive | Preservica | Preservica | legal mus | 2
= Digital preservation / long-term archive
= E-archive for permanent records

@ sharepoint | document-management | SharePoint Online; SharePoint; SPO | Microsoft | ALL | 4
= Document libraries and file sharing
= Team sites for documents
= File storage
= Document managment for teams

@ canto | document-management | Canto; Canto DAM | Canto | com mus | 2
= Photo bank
= Digital asset management for images and videos

@ mycity | e-services | MyCity; MyCity e-services portal | CityDigital Oy | cs bc econ edec | 4
= Online services for residents
= Resident e-services and application forms
= E-services portal with strong authentication
= digital services

@ citizenlab | customer-feedback | CitizenLab; Go Vocal | Go Vocal | com plan | 2
= Citizen participation and idea collection
= Public consultations and resident initiatives

@ fixmystreet | customer-feedback | FixMyStreet | mySociety | streets cs | 2
= Resident reports of potholes and broken street lights
= Feedback on street issues

@ d365cs | crm | Dynamics 365 Customer Service; Dynamics 365; D365 | Microsoft | cs econ | 2
= Customer relationship management
= Business customer contacts and interaction history

@ hubspot | crm;communications | HubSpot; Hubspot | HubSpot | econ cult | 2
= Business contacts and newsletters
= CRM and email marketing for events and tourism

@ smartsheet | project-portfolio | Smartsheet | Smartsheet | ict prop plan | 3
= Project tracking
= Project portfolio management and status reporting
= Capital projects schedule

@ coupa | procurement | Coupa | Coupa | proc fin | 2
= Purchasing and sourcing
= Tendering and supplier management

@ agiloft | contract-management | Agiloft | Agiloft | proc legal | 2
= Contract repository
= Contract lifecycle management and renewals

@ submittable | grants | Submittable | Submittable | cult youth econ | 3
= Grant applications
= Arts and culture funding applications and reviews
= Youth project grants

@ tableau | reporting-bi | Tableau; Tableau Server | Tableau Software | fin strat hc | 3
= KPI views and scorecards
= Management reporting
= KPI reports for health centres

@ looker | reporting-bi | Looker Studio; Google Data Studio | Google | com sports | 2
= Web analytics reports
= Visitor numbers reporting

@ opendatasoft | statistics-research | Opendatasoft; ODS | Opendatasoft | strat ict | 2
= Open data portal
= Publishing city datasets and statistics

@ meltwater | communications | Meltwater | Meltwater | com | 1
= Media monitoring
= Press releases and media monitoring

@ mailchimp | communications | Mailchimp | Intuit | lib com sports | 3
= Newsletters
= Email newsletters to library patrons
= Mailing lists

@ sfsonline | reference-information | SFS Online; SFS standards | Finnish Standards Association | bc prop | 2
= Access to building standards
= Standards library (SFS, EN)

@ asiakastieto | reference-information | Asiakastieto; Enento Asiakastieto | Enento | fin proc | 2
= Company and credit information lookups
= Credit checks and company register data

@ resolver | process-quality | Resolver | Resolver | fin legal | 2
= Risk management and internal control
= Risk register and control self-assessments

@ oracle | accounting;fixed-assets | Oracle Fusion Cloud ERP; Oracle Fusion; Oracle ERP Cloud | Oracle | fin prop edb | 3
= General ledger and financial accounting
= Finance system: GL, fixed asset register
= Accounting
= Asset register and depreciation

@ anaplan | budgeting | Anaplan | Anaplan | fin strat | 2
= Budget planning
= Annual budget and forecasting

@ esker | invoice-processing | Esker; Esker AP | Esker | fin proc | 2
= Accounts payable automation
= Purchase invoice approval

@ lowell | billing | Lowell | Lowell | fin | 1
= Debt collection
= Collection of overdue customer invoices

@ paytrail | payments | Paytrail | Paytrail | fin cult | 2
= Online payments for e-services
= Payment gateway

@ square | point-of-sale | Square; Square POS | Block | mus sports cult | 3
= Point of sale at the museum shop
= Card payments at the swimming hall cafe
= POS terminals

@ workday | hr-management | Workday; Workday HCM | Workday | hr fin edb hc | 3
= HR core: employee records, contracts
= Human resources system
= Core HR system holding employee records, employment contracts, org structure and manager
+ self-service
= Employee self-service for HR matters

@ adp | payroll | ADP; ADP Payroll | ADP | hr fin | 2
= Payroll
= Salary payments and tax reporting

@ ukg | shift-planning;time-tracking | UKG Pro Workforce Management; UKG; Kronos | UKG | hcare hc sports port | 4
= Rostering and time clocks
= Staff scheduling and time & attendance
= Shift rosters
= Clocking in/out

@ deputy | shift-planning | Deputy | Deputy | lib youth | 2
= Staff rosters
= Shift scheduling app

@ smartrecruiters | recruitment | SmartRecruiters | SmartRecruiters | ALL | 3
= Recruitment
= Job postings and applicant tracking
= Hiring
= Recruiting summer workers

@ cornerstone | learning-management | Cornerstone OnDemand; Cornerstone; CSOD | Cornerstone | hr hc | 2
= Staff e-learning
= Mandatory training tracking

@ concur | travel-expenses | SAP Concur; Concur | SAP | fin hr legal | 3
= Travel and expense claims
= Expence reports
= Mileage claims

@ safetyculture | occupational-health | SafetyCulture; iAuditor | SafetyCulture | streets prop port | 3
= Workplace safety inspections
= Health and safety checklists and incident reports
= Site safety audits

@ arcgis | gis | ArcGIS Online; ArcGIS; AGOL | Esri | plan streets env bc rescue | 4
= GIS
= Web maps and spatial analysis
= Mapping
= Map services for the public

@ cloudpermit | building-permits | Cloudpermit | Cloudpermit | bc plan | 2
= Building permits online
= Permit applications and inspections

@ civil3d | construction-design | Autodesk Civil 3D; Civil 3D | Autodesk | streets plan | 2
= Street design drawings
= Civil engineering design

@ revit | construction-design | Autodesk Revit; Revit | Autodesk | prop | 1
= Building design (BIM)
= Design models for school renovations

@ cityworks | street-maintenance | Cityworks | Cityworks (Azteca Systems) | streets | 1
= Work orders for street and park maintenance
= Asset management for roads and green areas

@ parkmobile | parking | ParkMobile; Parkmobile | ParkMobile | tp | 1
= Mobile parking payments
= Pay-by-phone parking

@ optibus | public-transport | Optibus | Optibus | tp | 1
= Bus route planning and scheduling
= Public transport timetables

@ aeroqual | environmental-monitoring | Aeroqual; Aeroqual Cloud | Aeroqual | env | 1
= Air quality sensors
= Air quality monitoring network

@ portactivity | port | PortActivity.fi; PortActivity | Fintraffic | port | 1
= Port call coordination
= Vessel arrivals and berth planning

@ skedda | facility-booking | Skedda | Skedda | legal ict lib | 2
= Meeting room booking
= Desk and room reservations

@ playtomic | facility-booking | Playtomic | Playtomic | sports | 1
= Booking of tennis and padel courts
= Court bookings

@ planon | facility-management | Planon; Planon Universe | Planon | prop edb | 2
= Property maintenance and work orders
= Facility management

@ genetec | access-control | Genetec Security Center; Genetec | Genetec | prop port lib | 3
= Access control and CCTV
= Security system
= Door access

@ ecostruxure | energy-management | EcoStruxure Building; EcoStruxure | Schneider Electric | prop | 1
= Building automation and energy metering
= Energy monitoring

@ samsara | fleet | Samsara | Samsara | streets hcare | 2
= Vehicle tracking
= Fleet telematics

@ wilma | pupil-administration | Wilma; Visma Wilma | Visma | edb edus | 2
= Student information system: attendance, grades
= Home-school messaging and absences

@ classroom | learning-platform | Google Classroom | Google | edb edus | 2
= Assignments and class materials
= Online classroom

@ kindiedays | early-childhood | Kindiedays | Kindiedays | edec | 1
= Daycare attendance and parent communication
= Early childhood documentation

@ coursedesk | course-management | CourseDesk | CourseDesk Oy | adult | 1
= Course registration
= Adult education course catalogue and enrolment

@ pegasos | patient-records | Pegasos | CGI | hc hcare | 2
= Electronic patient records
= Patient records for health centres

@ bookmycare | appointment-booking | BookMyCare | CareSoft Oy | hc dent | 2
= Online appointment booking
= Appointment scheduling and reminders

@ carepath | home-care | CarePath Mobile; CarePath | CareSoft Oy | hcare | 1
= Home care visit documentation
= Home care route and visit management

@ abilita | social-care-records | Abilita; Abilita Social | Abilita | sw | 1
= Social services client records
= Client records and decisions in social work

@ sierra | library | Sierra; Sierra ILS | Innovative (Clarivate) | lib edb | 2
= Library management system: loans, holds
= Catalogue and circulation

@ collectiveaccess | museum-collections | CollectiveAccess | Whirl-i-Gig | mus | 1
= Collections management
= Object catalogue for the museum collections

@ eventbrite | event-ticketing | Eventbrite | Eventbrite | cult youth lib | 2
= Free event registrations and tickets
= Event sign-ups and ticketing

@ youthhub | youth-services | Youth Hub | YouthSoft Oy | youth | 1
= Youth centre activities and visitor counts
= Outreach youth work records

@ jobmatch | business-services | JobMatch | JobMatch Oy | econ | 1
= Employment services: matching job seekers with employers
= Employment services client records

@ noggin | rescue-services | Noggin | Noggin | rescue legal | 2
= Emergency preparedness and crisis management
= Incident response coordination

@ sitraffic | traffic-management | Siemens Sitraffic; Sitraffic | Yunex Traffic | tp | 1
= Traffic signal control
= Traffic light management centre

@ inspectpro | environmental-health | InspectPro | InspectPro Oy | env | 1
= Food safety inspections and health protection supervision
= Food control inspections

@ menumaster | catering | MenuMaster | MenuMaster Oy | edb edec hcare | 3
= School meal menus and recipes
= Special diets and meal orders
= Catering production planning
"""


# ---------------------------------------------------------------------------------------------
# Cell formatting per inventory
# ---------------------------------------------------------------------------------------------

FI_LANG = Lang(
    placeholders=["-", "ks. kuvaus", "TBD", "?", "", "katso lisätiedot", "täydennetään"],
    notes=[
        "Sopimus kilpailutetaan 2026",
        "Pääkäyttäjä nimetty",
        "SaaS-palvelu",
        "Lisenssit keskitetysti tietohallinnon kautta",
        "Korvautuu uudella järjestelmällä",
        "Tietosuojaseloste päivitettävä",
        "Käyttö vähäistä",
        "Optiovuosi käytössä",
        "Vanha versio, päivitys suunnitteilla",
        "Yhteiskäyttöinen usean yksikön kanssa",
    ],
)

E_LANG = Lang(
    placeholders=["-", "ks. kuvaus", "?", "", "TBD", "tarkistetaan"],
    notes=[
        "Siirtynyt kunnilta hyvinvointialueelle 2023",
        "Useita rinnakkaisia sopimuksia, yhtenäistetään",
        "Pääkäyttäjä tietohallinnossa",
        "Pilvipalvelu",
        "Korvautuu alueellisella ratkaisulla",
        "Käyttäjämäärä arvio",
        "Sopimus päättyy 2026",
    ],
)

SV_LANG = Lang(
    placeholders=["-", "se kommentar", "TBD", "?", "", "saknas", "xx"],
    notes=[
        "Avtal löper ut 2026",
        "Systemägare utsedd",
        "Molntjänst",
        "Ska ersättas",
        "Licenser via IT-enheten",
        "Begränsad användning",
        "Ny version planeras",
        "Gemensamt med grannkommunen",
    ],
)

EN_LANG = Lang(
    placeholders=["-", "see notes", "TBD", "?", "", "n/a", "TODO"],
    notes=[
        "Contract up for renewal",
        "System owner assigned",
        "SaaS",
        "To be replaced",
        "Licences via ICT",
        "Low usage",
        "Upgrade planned",
        "Shared with the neighbouring municipality",
    ],
)


def vendor_cell(rng: random.Random, p: Product) -> str:
    return "" if rng.random() < 0.08 else p.vendor


def product_bases(rng: random.Random, products: list[Product]) -> dict[str, tuple[int, int, int]]:
    out = {}
    for p in products:
        cost, users = cost_base(rng, p)
        out[p.pid] = (cost, users, rng.choice([2025, 2026, 2026, 2027, 2028, 2029]))
    return out


def d_cells(bases):
    def make(r: dict, rng: random.Random) -> list:
        p = r["product"]
        cost, users, year = bases[p.pid]
        x = rng.random()
        if x < 0.5:
            end: object = dt.datetime(year, rng.choice([3, 6, 12]), rng.choice([1, 15, 28]))
        elif x < 0.7:
            end = f"31.12.{year}"
        elif x < 0.82:
            end = "toistaiseksi"
        else:
            end = ""
        return [
            r["system_name"],
            vendor_cell(rng, p),
            r["purpose"],
            r["notes"],
            r["department"],
            fi_cost(rng, cost),
            fi_users(rng, users),
            end,
        ]

    return make


def e_cells(bases):
    def make(r: dict, rng: random.Random) -> list:
        p = r["product"]
        cost, users, _ = bases[p.pid]
        return [
            r["system_name"],
            vendor_cell(rng, p),
            r["purpose"],
            r["notes"],
            r["department"],
            fi_cost(rng, cost),
            fi_users(rng, users),
        ]

    return make


def f_cells(bases):
    def make(r: dict, rng: random.Random) -> list:
        p = r["product"]
        cost, users, _ = bases[p.pid]
        sek = round(cost * 11.5 * rng.uniform(0.6, 1.4), -3)
        x = rng.random()
        if x < 0.5:
            c: object = int(sek)
        elif x < 0.7:
            c = f"{int(sek):,} kr".replace(",", " ")
        elif x < 0.8:
            c = f"ca {int(sek / 1000)} tkr"
        elif x < 0.87:
            c = rng.choice(["ingår i avtal", "okänt", "0"])
        else:
            c = ""
        u = max(1, int(users * rng.uniform(0.3, 1.2)))
        y = rng.random()
        us: object = u if y < 0.6 else (f"ca {u}" if y < 0.75 else ("alla" if y < 0.8 else ""))
        return [
            r["system_name"],
            vendor_cell(rng, p),
            r["purpose"],
            r["notes"],
            r["department"],
            c,
            us,
        ]

    return make


def g_cells(bases):
    def make(r: dict, rng: random.Random) -> list:
        p = r["product"]
        cost, users, year = bases[p.pid]
        v = round(cost * rng.uniform(0.6, 1.4), -2)
        x = rng.random()
        if x < 0.5:
            c: object = int(v)
        elif x < 0.65:
            c = f"{int(v):,}"
        elif x < 0.75:
            c = f"EUR {round(v / 1000)}k"
        elif x < 0.83:
            c = rng.choice(["incl. in enterprise agreement", "unknown", "0"])
        else:
            c = ""
        u = max(1, int(users * rng.uniform(0.3, 1.2)))
        y = rng.random()
        us: object = u if y < 0.6 else (f"~{u}" if y < 0.75 else ("all staff" if y < 0.8 else ""))
        z = rng.random()
        if z < 0.55:
            end: object = dt.datetime(year, rng.choice([1, 6, 9, 12]), rng.choice([1, 30]))
        elif z < 0.7:
            end = f"{year}-12-31"
        elif z < 0.8:
            end = rng.choice(["Perpetual", "Rolling", "Open-ended"])
        else:
            end = ""
        return [
            r["system_name"],
            vendor_cell(rng, p),
            r["purpose"],
            r["notes"],
            r["department"],
            c,
            us,
            end,
        ]

    return make


# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------


def check_products(products: list[Product]) -> None:
    seen = set()
    for p in products:
        if p.pid in seen:
            raise ValueError(f"duplicate {p.pid}")
        seen.add(p.pid)
        if not 1 <= len(p.functions) <= 3 or not 1 <= len(p.names) <= 4:
            raise ValueError(f"{p.pid}: functions/names out of range")
        if not 2 <= len(p.purposes) <= 4 or not 1 <= p.n <= 6:
            raise ValueError(f"{p.pid}: purposes/n out of range")


def start(number: int, dept_table: str, product_table: str, tag: str, lang):
    """What every inventory begins with: its own seeded generator, departments,
    checked products and their rows (in this order, so the output never changes)."""
    rng = random.Random(SEED + number)
    depts = parse_depts(dept_table)
    products = parse_products(product_table, tag)
    check_products(products)
    return rng, depts, products, build_rows(rng, products, depts, lang)


def build_d() -> tuple[int, int]:
    rng, depts, products, rows = start(1, D_DEPTS, D_PRODUCTS, "D", FI_LANG)
    rows.sort(key=lambda r: (r["dept"].text, rng.random()))
    headers = [
        "Nimi",
        "Toimittaja",
        "Käyttötarkoitus",
        "Lisätietoja",
        "Toimiala / yksikkö",
        "Kustannukset €/v",
        "Käyttäjiä",
        "Sopimuskausi päättyy",
    ]
    n = write_inventory(
        "holdout2_d_fi",
        [("Tietojärjestelmät", headers, rows)],
        d_cells(product_bases(rng, products)),
        ["Yksikkö", "Toimiala"],
        depts,
        rng,
    )
    return n, len(products)


def build_e() -> tuple[int, int]:
    rng, depts, products, rows = start(2, E_DEPTS, E_PRODUCTS, "E", E_LANG)
    # Shared support units report on the sheet where the product is mostly used.
    home: dict[str, str] = {}
    for p in products:
        sheets = [r["dept"].sheet for r in rows if r["product"] is p and r["dept"].sheet != "*"]
        if sheets:
            home[p.pid] = max(sorted(set(sheets)), key=sheets.count)
        else:
            home[p.pid] = rng.choice(["S", "T"])
    for r in rows:
        s = r["dept"].sheet
        r["sheet"] = home[r["product"].pid] if s == "*" else s
    rng.shuffle(rows)
    headers = [
        "Järjestelmä",
        "Valmistaja",
        "Mihin käytetään",
        "Kuvaus",
        "Vastuualue",
        "Vuosikulut",
        "Käyttäjät",
    ]
    sheets = [
        ("Sosiaalipalvelut", headers, [r for r in rows if r["sheet"] == "S"]),
        ("Terveyspalvelut", headers, [r for r in rows if r["sheet"] == "T"]),
    ]
    n = write_inventory(
        "holdout2_e_fi_hva",
        sheets,
        e_cells(product_bases(rng, products)),
        ["Vastuualue", "Palvelualue"],
        depts,
        rng,
    )
    return n, len(products)


def build_f() -> tuple[int, int]:
    rng, depts, products, rows = start(3, F_DEPTS, F_PRODUCTS, "F", SV_LANG)
    rows.sort(key=lambda r: (r["system_name"].lower(), r["department"]))
    headers = [
        "Applikation",
        "Leverantör",
        "Ändamål",
        "Kommentar",
        "Förvaltning",
        "Kostnad/år",
        "Användare",
    ]
    n = write_inventory(
        "holdout2_f_sv",
        [("Applikationer", headers, rows)],
        f_cells(product_bases(rng, products)),
        ["Förvaltning", "Sektor"],
        depts,
        rng,
    )
    return n, len(products)


def build_g() -> tuple[int, int]:
    rng, depts, products, rows = start(4, G_DEPTS, G_PRODUCTS, "G", EN_LANG)
    rng.shuffle(rows)
    headers = [
        "Application Name",
        "Vendor",
        "Purpose",
        "Notes",
        "Department",
        "Annual Cost (EUR)",
        "Users",
        "Contract End",
    ]
    n = write_inventory(
        "holdout2_g_en",
        [("Inventory", headers, rows)],
        g_cells(product_bases(rng, products)),
        ["Department", "Sector"],
        depts,
        rng,
    )
    return n, len(products)


def main() -> None:
    for name, build in (("D", build_d), ("E", build_e), ("F", build_f), ("G", build_g)):
        rows, products = build()
        print(f"{name}: {rows} rows, {products} products")
    print(f"written to {OUT}")


if __name__ == "__main__":
    main()
