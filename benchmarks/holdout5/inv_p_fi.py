"""holdout5_p_fi: Finnish mid-size city, whole application portfolio."""

import datetime as dt

FUNCTION_IDS = """office-email identity-access itsm video-meetings intranet e-signature
web-publishing survey-forms endpoint-management printing telephony it-infrastructure
case-management meeting-management archive document-management e-services
customer-feedback crm project-portfolio procurement contract-management grants
reporting-bi statistics-research communications reference-information process-quality
invoice-processing accounting budgeting billing payments fixed-assets point-of-sale
hr-management payroll time-tracking shift-planning recruitment learning-management
travel-expenses occupational-health gis building-permits land-use-planning cadastre
surveying street-maintenance public-transport traffic-management parking
environmental-monitoring environmental-health water-utility housing rescue-services port
facility-booking facility-management access-control energy-management fleet logistics
catering pupil-administration learning-platform early-childhood course-management
school-transport patient-records dental-care appointment-booking laboratory
medical-imaging medication social-care-records home-care income-support child-welfare
library museum-collections event-ticketing sports-services youth-services
business-services construction-design""".split()

STEM = "holdout5_p_fi"
SEED = 50501
CREATOR = "Järvelän kaupunki / Tietohallinto"
ORDER = "dept"

KS, KK, KY, KV, EL = (
    "Konsernipalvelut",
    "Kasvatus ja koulutus",
    "Kaupunkiympäristö",
    "Kulttuuri ja vapaa-aika",
    "Elinvoima ja työllisyys",
)
KH = "Konsernihallinto"
TAL = "Talous- ja hankintapalvelut"
HEN = "Henkilöstöpalvelut"
TH = "Tietohallinto"
TH2 = "Tietohallinto / ICT-palvelut"
VI = "Viestintä"
HL = "Hallinto- ja lakipalvelut"
AP = "Asiakaspalvelukeskus"
VAKA = "Varhaiskasvatus"
PO = "Perusopetus"
LU = "Lukiokoulutus"
KO = "Kansalaisopisto"
KOH = "Kasvatuksen ja opetuksen hallinto"
RV = "Rakennusvalvonta"
KA = "Kaavoitus"
KT = "Kuntatekniikka"
TP = "Tilapalvelut"
YP = "Ympäristöpalvelut"
MP = "Mittaus- ja paikkatietopalvelut"
VL = "Vesihuoltoliikelaitos"
RP = "Ruoka- ja puhtauspalvelut"
KI = "Kirjasto"
MU = "Kaupunginmuseo"
LI = "Liikuntapalvelut"
NU = "Nuorisopalvelut"
KU = "Kulttuuripalvelut"
ELP = "Elinkeinopalvelut"
TY = "Työllisyyspalvelut"
KOT = "Kotoutumispalvelut"
MAT = "Matkailu ja markkinointi"

ORGMAP_HEADER = ("Yksikkö", "Toimiala")
ORGMAP = [
    (KH, KS),
    (TAL, KS),
    (HEN, KS),
    (TH, KS),
    (TH2, KS),
    (VI, KS),
    (HL, KS),
    (AP, KS),
    (VAKA, KK),
    (PO, KK),
    (LU, KK),
    (KO, KK),
    (KOH, KK),
    (RV, KY),
    (KA, KY),
    (KT, KY),
    (TP, KY),
    (YP, KY),
    (MP, KY),
    (VL, KY),
    (RP, KY),
    (KI, KV),
    (MU, KV),
    (LI, KV),
    (NU, KV),
    (KU, KV),
    (ELP, EL),
    (TY, EL),
    (KOT, EL),
    (MAT, EL),
]
DEPT_ORDER = [d for d, _s in ORGMAP]

LANG = {
    "placeholders": ["-", "ks. lisätiedot", "?", "täydennetään", "TBD", "", "kts. huom", "(tyhjä)"],
    "note_leads": [
        "",
        "Käyttötarkoitus: ",
        "Kuvaus puuttui, yksikön mukaan: ",
        "Tiedot yksiköltä 3/2024: ",
    ],
    "users": [
        5,
        12,
        40,
        250,
        "n. 30",
        "kaikki",
        "koko henkilöstö",
        "10-15",
        "",
        "?",
        "2 pääkäyttäjää",
        1200,
        "n. 600",
        "noin 80",
        3,
    ],
    "costs": [
        1200,
        4800,
        15000,
        "12 000 €",
        "n. 5000",
        "sis. kokonaissopimukseen",
        "?",
        "",
        "3 500 + alv",
        27500.5,
        "ei erillistä kustannusta",
        "ks. M365-sopimus",
        "8 400 €/v",
        0,
        "lisenssit n. 60 €/kk",
    ],
    "ends": [
        dt.datetime(2026, 12, 31),
        "31.12.2025",
        "2027",
        "toistaiseksi voimassa",
        "12/2026",
        "kilpailutus 2025",
        "",
        "30.6.2028",
        "optio 2026 asti",
        dt.datetime(2025, 5, 31),
        "?",
        "jatkuva",
    ],
    "notes": [
        "Integraatio Frendsin kautta",
        "pääkäyttäjä vaihtunut",
        "SaaS",
        "Kilpailutetaan KL-Kuntahankintojen kautta",
        "Henkilötietoja, DPIA tehty",
        "korvataan uudella?",
        "yhteyshenkilö: tietohallinto",
        "pilvipalvelu (EU)",
        "Suomi.fi-tunnistus käytössä",
        "ei integraatioita",
    ],
}

P = []


def p(pid, names, funcs, vendor, depts, purposes, **extra):
    P.append((pid, names.split("|"), funcs, vendor, depts, purposes, extra))


# ---------------- basic IT ----------------
p(
    "m365",
    "Microsoft 365|MS365|Office 365|M365",
    "office-email",
    "Microsoft / Atea",
    [TH, VI, PO, VAKA, KI, KT],
    [
        "Sähköposti, kalenteri ja toimisto-ohjelmat (Word, Excel, PowerPoint) koko henkilöstölle",
        "sähköposti + office-ohjelmat, OneDrive",
        "Opettajien ja hallinnon sähköposti ja Office-sovellukset. Lisenssit A3/A5.",
        "Henkilöstön perustyövälineet: Outlook, Excel, Word",
    ],
    notes=["E3-lisenssit", "EA-sopimus 2023-2026"],
)
p(
    "teams",
    "Microsoft Teams|Teams",
    "video-meetings",
    "Microsoft",
    [TH2, KH, PO, TY],
    [
        "Etäkokoukset, chat ja ryhmätyötilat",
        "Teams-palaverit ja pikaviestit, myös asiakastapaamiset etänä",
        "videopalaverit / chat\nkäytössä kaikissa kouluissa",
    ],
)
p(
    "zoom",
    "Zoom|Zoom Workplace",
    "video-meetings",
    "Zoom Video Communications",
    [KO, KU],
    [
        "Etäkurssien opetus verkossa (kansalaisopiston etäopetus)",
        "webinaarit ja yleisötilaisuuksien striimaus, ilmoittautuneille linkki sähköpostilla",
    ],
)
p(
    "entra",
    "Entra ID|Azure AD|Microsoft Entra ID",
    "identity-access",
    "Microsoft",
    [TH, TH2],
    [
        "Käyttäjätunnusten ja käyttöoikeuksien hallinta, kertakirjautuminen (SSO) ja MFA",
        "AD/Entra, tunnistautuminen pilvipalveluihin",
    ],
)
p(
    "intune",
    "Microsoft Intune|Intune",
    "endpoint-management",
    "Microsoft",
    [TH, PO],
    [
        "Työasemien ja puhelinten hallinta, ohjelmistojakelu ja päivitykset",
        "Oppilaiden Windows-koneiden hallinta ja sovellusten asennus",
    ],
)
p(
    "jamf",
    "Jamf School|JAMF",
    "endpoint-management",
    "Jamf / Dicaf",
    [PO, VAKA],
    ["iPadien hallinta kouluissa (sovellukset, rajoitukset)", "Päiväkotien tablettien etähallinta"],
)
p(
    "topdesk",
    "TOPdesk|Topdesk",
    "itsm",
    "TOPdesk Finland",
    [TH2, TP, AP],
    [
        "IT-tukipyynnöt, häiriöilmoitukset ja muutoksenhallinta",
        "tikettijärjestelmä; myös kiinteistöjen vikailmoitukset ohjataan tänne",
        "Käyttäjätuen palvelupyynnöt (Service desk), itsepalveluportaali",
    ],
)
p(
    "kaupsu",
    "Kaupsu-intranet|Kaupsu|SharePoint intra",
    "intranet",
    "Microsoft / oma",
    [VI, HEN],
    [
        "Henkilöstön sisäinen viestintä, ohjeet ja uutiset",
        "intranet, johon henkilöstöohjeet ja lomakkeet on koottu",
    ],
)
p(
    "vismasign",
    "Visma Sign",
    "e-signature",
    "Visma Solutions",
    [HL, HEN, TAL],
    [
        "Sopimusten ja päätösten sähköinen allekirjoitus",
        "työsopimusten allekirjoitus sähköisesti",
        "allekirjoitukset (sopimukset, tilausvahvistukset) - integroitu Dynastyyn",
    ],
)
p(
    "dokobit",
    "Dokobit|Dokobit Portal",
    "e-signature",
    "Dokobit",
    [TP, LI],
    [
        "Vuokrasopimusten sähköinen allekirjoittaminen vuokralaisten kanssa",
        "Seurojen vuorosopimukset allekirjoitetaan sähköisesti (linkki sähköpostiin)",
    ],
)
p(
    "wordpress",
    "Kaupungin verkkosivut (WordPress)|WordPress|www.jarvela.fi",
    "web-publishing",
    "Geniem",
    [VI, MAT, KOH],
    [
        "Kaupungin ulkoiset verkkosivut, sisällönhallinta",
        "www-sivujen julkaisujärjestelmä. Koulujen sivut samassa alustassa",
        "Matkailusivusto visitjarvela.fi (WordPress-monisivusto)",
    ],
)
p(
    "sivuviidakko",
    "Sivuviidakko|SivuViidakko",
    "web-publishing",
    "Wunder",
    [KU, KI],
    [
        "Kulttuuritalon tapahtumasivuston julkaisujärjestelmä",
        "kirjaston vanhat sivut, siirretään pääsivustolle",
    ],
)
p(
    "webropol",
    "Webropol",
    "survey-forms",
    "Webropol Oy",
    [KH, KOH, LI, YP],
    [
        "Kyselyt ja tiedonkeruut: asukaskyselyt, henkilöstökyselyt",
        "Huoltajakyselyt ja koulujen hyvinvointikyselyt, raportointi",
        "sähköiset lomakkeet, ilmoittautumiset",
    ],
)
p(
    "digium",
    "Digium Enterprise|Digium",
    "survey-forms",
    "Digium Oy",
    [AP, ELP],
    ["Asiakastyytyväisyyskyselyt palvelupisteessä", "yrityskyselyt ja -barometrit"],
)
p(
    "papercut",
    "PaperCut MF|Papercut",
    "printing",
    "Canon / PaperCut",
    [TH, PO, LU],
    [
        "Seuraa minua -tulostus ja tulostuskiintiöt, skannaus sähköpostiin",
        "tulostuksen hallinta ja kopiokoneet",
    ],
)
p(
    "ring",
    "Elisa Ring|Ring",
    "telephony",
    "Elisa",
    [AP, TH2, VAKA],
    [
        "Matkapuhelinvaihde ja asiakaspalvelun jonot",
        "Puhelinvaihde, soittojonot, takaisinsoitto. Asiakaspalvelukeskuksen raportit",
        "päiväkotien puhelimet vaihteen kautta",
    ],
)
p(
    "frends",
    "Frends|Frends iPaaS",
    "it-infrastructure",
    "Frends Technology",
    [TH],
    [
        "Integraatioalusta: järjestelmien väliset rajapinnat (palkat -> kirjanpito, Primus -> "
        "AD ym.)",
        "Integraatiot ja API-hallinta",
    ],
)
# ---------------- administration ----------------
p(
    "dynasty",
    "Dynasty 10|Dynasty",
    "case-management;meeting-management",
    "Innofactor",
    [HL, KH, KOH, RV, YP],
    [
        "Asianhallinta, diaari ja päätöksenteko: toimielinten kokoukset, pöytäkirjat ja "
        "viranhaltijapäätökset",
        "asiakirjahallinta ja kirjaamo",
        "Lautakunnan esityslistat ja pöytäkirjat, päätösten julkaisu verkkoon",
        "asioiden vireillepano ja diarointi",
    ],
)
p(
    "disec",
    "Disec e-arkisto|Disec|Sähköinen arkisto",
    "archive",
    "Disec Oy",
    [HL, KOH],
    ["Päätearkisto: pitkäaikaissäilytys (SÄHKE2)", "Oppilasasiakirjojen sähköinen arkistointi"],
)
p(
    "mfiles",
    "M-Files",
    "document-management",
    "M-Files Oy",
    [TP, KT],
    [
        "Kiinteistöjen piirustukset ja dokumentit",
        "hankeasiakirjat, suunnitelmat ja urakka-asiakirjat",
    ],
)
p(
    "skyfish",
    "Skyfish|Skyfish kuvapankki",
    "document-management",
    "Skyfish",
    [VI, MAT],
    [
        "Kuvapankki: valokuvien ja videoiden hallinta ja jakaminen",
        "markkinointikuvat ja logot kumppaneille",
    ],
)
p(
    "abilita",
    "Abilita eAsiointi|eAsiointi",
    "e-services",
    "Abilita Oy",
    [AP, RP, LI],
    [
        "Sähköinen asiointi kuntalaisille: hakemukset ja ilmoitukset verkossa",
        "Erityisruokavalioilmoitukset sähköisesti",
        "Liikuntapaikkojen avainhakemukset ja seurojen ilmoitukset",
    ],
)
p(
    "palaute",
    "Palautepalvelu|Anna palautetta (Efecte)|Efecte palaute",
    "customer-feedback",
    "Efecte",
    [AP, KT],
    [
        "Asukaspalautteet, kehitysehdotukset ja niihin vastaaminen",
        "Katujen ja puistojen palautteet ohjautuvat suoraan työnjohdolle",
    ],
)
p(
    "dynamics",
    "Dynamics 365|Microsoft Dynamics CRM",
    "crm",
    "Microsoft / Sulava",
    [ELP, MAT],
    [
        "Yritysasiakkuuksien hallinta: yrityskäynnit, yhteystiedot ja tapaamiset",
        "sidosryhmärekisteri ja kontaktihistoria",
    ],
)
p(
    "hubspot",
    "HubSpot",
    "crm",
    "HubSpot",
    [MAT, KU],
    [
        "Matkailuyritysten ja tapahtumajärjestäjien kontaktit, myyntiputki",
        "Kumppani- ja sponsorirekisteri; HubSpotista lähtee myös markkinointiviestit",
    ],
)
p(
    "projectplace",
    "Projectplace",
    "project-portfolio",
    "Planview",
    [KH, TH, KT],
    [
        "Kehittämishankkeiden projektinhallinta ja salkku",
        "IT-projektien aikataulut, tehtävät ja tilaraportit",
        "rakennushankkeiden projektityötilat",
    ],
)
p(
    "cloudia",
    "Cloudia Kilpailutus|Cloudia",
    "procurement;contract-management",
    "Cloudia Oy",
    [TAL, TP],
    [
        "Kilpailutukset ja hankintapäätökset, tarjouspyynnöt; sopimusten seuranta",
        "Hankintojen kilpailuttaminen\nsopimushallinta (Cloudia Sopimus)",
    ],
)
p(
    "tarjouspalvelu",
    "Tarjouspalvelu.fi|tarjouspalvelu",
    "procurement",
    "Cloudia Oy",
    [KT, VL],
    ["Urakoiden tarjouspyynnöt ja vastaanotto", "Pienhankinnat"],
)
p(
    "powerbi",
    "Power BI|PowerBI",
    "reporting-bi",
    "Microsoft",
    [KH, TAL, KOH, TY],
    [
        "Johdon raportit ja tietojohtamisen mittaristot",
        "Talouden seurantaraportit (kuukausiraportointi)",
        "oppilasmäärät ja kustannukset, raportointi lautakunnalle",
        "Asiakasmäärien seuranta",
    ],
)
p(
    "qlik",
    "Qlik Sense|QlikSense|Qlik",
    "reporting-bi",
    "Qlik / Tietoevry",
    [TAL, HEN],
    [
        "Taloustiedon analysointi ja raportointi (Raindance-data)",
        "henkilöstöraportit: sairauspoissaolot, vaihtuvuus",
    ],
)
p(
    "pxweb",
    "PX-Web",
    "statistics-research",
    "Tilastokeskus",
    [KH, KH],
    [
        "Kaupungin tilastotietokanta ja avoin data (väestö, työpaikat, asuminen)",
        "Tilastojen julkaisu verkossa. Väestöennusteet ja alueelliset tilastot.",
    ],
)
p(
    "mailchimp",
    "Mailchimp|MailChimp",
    "communications",
    "Intuit",
    [KU, ELP, MAT],
    [
        "Uutiskirjeet tapahtumista",
        "Yrityksille lähetettävä uutiskirje",
        "markkinointi-uutiskirjeet, tilaajarekisteri",
    ],
)
p(
    "meltwater",
    "Meltwater",
    "communications",
    "Meltwater",
    [VI],
    ["Mediaseuranta ja some-analytiikka", "Mediaseuranta"],
)
p(
    "edilex",
    "Edilex",
    "reference-information",
    "Alma Talent",
    [HL, RV],
    ["Lakitietopalvelu ja säädökset", "säädöstietokanta, RakMK-ohjeet"],
)
p(
    "qpr",
    "QPR ProcessDesigner|QPR",
    "process-quality",
    "QPR Software",
    [KH, KOH],
    ["Prosessikuvaukset ja kokonaisarkkitehtuuri", "laatujärjestelmän prosessit"],
)
p(
    "haipro",
    "HaiPro",
    "occupational-health",
    "Awanic",
    [HEN, RP, VAKA],
    [
        "Työturvallisuuden vaaratilanteiden ja läheltä piti -tilanteiden ilmoitukset",
        "vaaratilanneilmoitukset",
    ],
)
# ---------------- finance / hr ----------------
p(
    "basware",
    "Basware P2P|Basware|Basware Alusta",
    "invoice-processing",
    "Basware",
    [TAL, KT, PO],
    [
        "Ostolaskujen kierrätys, tarkastus ja hyväksyntä",
        "Laskujen asiatarkastus ja hyväksyminen (verkkolaskut)",
        "ostolaskut",
    ],
)
p(
    "raindance",
    "Raindance|CGI Raindance",
    "accounting;billing",
    "CGI",
    [TAL, VL],
    [
        "Kirjanpito, myyntireskontra ja laskutus, tilinpäätös",
        "vesihuollon laskutus ja saatavien seuranta",
    ],
)
p(
    "intrum",
    "Intrum perintä|Intrum",
    "billing",
    "Intrum",
    [TAL, VL],
    ["Saatavien perintä ja maksumuistutukset", "vesilaskujen perintä, maksusuunnitelmat"],
)
p(
    "tabula",
    "Tabula|Tabula Budjetointi",
    "budgeting",
    "Tabula Oy",
    [TAL, KOH],
    ["Talousarvion ja taloussuunnitelman laadinta", "Budjetin valmistelu ja ennusteet"],
)
p(
    "paytrail",
    "Paytrail",
    "payments",
    "Paytrail Oyj",
    [KO, TAL],
    ["Verkkomaksut kurssimaksuille", "Verkkomaksujen välitys"],
)
p(
    "flowmatic",
    "Flowmatic|Flowmatic kassa",
    "point-of-sale",
    "Flowmatic Oy",
    [LI, MU],
    ["Uimahallin ja kuntosalien kassa sekä kulunvalvontaportit", "museokaupan kassa"],
)
p(
    "sympa",
    "Sympa HR|Sympa",
    "hr-management",
    "Sympa Oy",
    [HEN, KOH],
    ["Henkilöstötiedot, palvelussuhteet, kehityskeskustelut", "HR-järjestelmä"],
)
p(
    "mepco",
    "Mepco|Mepco HRM",
    "payroll",
    "Mepco Oy",
    [HEN],
    ["Palkanlaskenta ja palkkojen maksatus", "palkat, verokortit, Tulorekisteri-ilmoitukset"],
)
p(
    "titania",
    "Titania",
    "shift-planning",
    "CGI",
    [RP, VAKA, LI],
    [
        "Työvuorosuunnittelu ja henkilöstöresurssit",
        "Vuorolistat päiväkodeissa",
        "Uimahallin vuorosuunnittelu",
    ],
)
p(
    "tiima",
    "Tiima",
    "time-tracking",
    "Visma Tiima",
    [KT, TP],
    ["Työaikojen kirjaus ja leimaukset, ylityöt", "Työajanseuranta (mobiili)"],
)
p(
    "kuntarekry",
    "Kuntarekry",
    "recruitment",
    "KL-Kustannus",
    [HEN, VAKA, PO],
    ["Rekrytointi ja työpaikkailmoitukset, sijaisuudet", "Sijaisrekrytointi"],
)
p(
    "eduhouse",
    "Eduhouse",
    "learning-management",
    "Eduhouse Oy",
    [HEN, VAKA],
    [
        "Henkilöstön verkkokoulutukset ja koulutuskalenteri",
        "Täydennyskoulutukset ja osaamisen kehittäminen, koulutustodistukset",
    ],
)
p(
    "m2",
    "M2|M2 Matka",
    "travel-expenses",
    "Visma",
    [HEN, TAL],
    ["matka- ja kululaskut", "Kilometrikorvaukset ja päivärahat"],
)
# ---------------- land use, environment ----------------
p(
    "lupapiste",
    "Lupapiste|Lupapiste.fi",
    "building-permits",
    "Evolta / Solita",
    [RV, YP],
    ["Rakennuslupien sähköinen haku, käsittely ja valvonta", "Ympäristöluvat ja maa-ainesluvat"],
)
p(
    "locus",
    "Trimble Locus|Locus",
    "land-use-planning",
    "Trimble",
    [KA],
    ["Asemakaavojen laadinta ja kaavoitusprosessin hallinta", "Kaavatietomallit (kaavoitus)"],
)
p(
    "facta",
    "Facta|Trimble Facta",
    "cadastre",
    "Trimble",
    [MP, RV],
    ["Kiinteistörekisteri ja rakennus- ja huoneistorekisteri", "Kiinteistötiedot"],
)
p(
    "qgis",
    "QGIS|Quantum GIS",
    "gis",
    "Open source",
    [MP, YP, KA],
    [
        "Paikkatietoaineistojen käsittely ja karttatuotanto",
        "luontokartoitukset",
        "karttojen tekeminen",
    ],
)
p(
    "arcgis",
    "ArcGIS Online|ArcGIS",
    "gis",
    "Esri Finland",
    [MP, KT],
    ["Karttapalvelu ja paikkatietosovellukset (web)", "Kunnossapidon kartat maastoon"],
)
p(
    "3dwin",
    "3D-Win",
    "surveying",
    "Vianova",
    [MP, MP],
    [
        "Maastomittausten laskenta ja kartoitus",
        "mittaustyöt, tonttien merkintä, pohjakartan ylläpito (kartoitus)",
    ],
)
p(
    "civil3d",
    "AutoCAD Civil 3D|Civil 3D",
    "construction-design",
    "Autodesk",
    [KT, VL],
    ["Katujen ja kunnallistekniikan suunnittelu", "Verkostosuunnittelu"],
)
p(
    "haahtela",
    "Haahtela-hankelaskenta|Haahtela",
    "construction-design",
    "Haahtela",
    [TP, KOH],
    [
        "Rakennushankkeiden kustannuslaskenta ja tavoitehinta",
        "Koulurakennushankkeiden tarveselvitykset ja kustannusarviot",
    ],
)
p(
    "keystreet",
    "KeyStreet|Keypro KeyStreet",
    "street-maintenance",
    "Keypro",
    [KT],
    ["Katurekisteri ja kunnossapidon työtilaukset", "viherkunnossapito"],
)
p(
    "keyaqua",
    "KeyAqua",
    "water-utility",
    "Keypro",
    [VL],
    ["Vesijohto- ja viemäriverkoston verkostotietojärjestelmä", "vesihuoltoverkosto, vuodot"],
)
p(
    "easypark",
    "EasyPark",
    "parking",
    "EasyPark",
    [KT, KT],
    [
        "Pysäköintimaksut mobiilisovelluksella",
        "Pysäköinninvalvonta: virhemaksut ja valvojien mobiililaitteet",
    ],
)
p(
    "omnia",
    "Swarco Omnia|Omnia",
    "traffic-management",
    "Swarco",
    [KT, KA],
    ["Liikennevalojen ohjaus ja valvonta", "liikennemäärät ja liikennesuunnittelun laskennat"],
)
p(
    "waltti",
    "Waltti",
    "public-transport",
    "Waltti-palvelut",
    [KT, NU],
    ["Paikallisliikenteen lippujärjestelmä", "nuorten bussikortit"],
)
p(
    "vesla",
    "Vesla|Vesla-tietokanta",
    "environmental-monitoring",
    "SYKE",
    [YP, VL],
    [
        "Vesien tilan seurantatiedot (järvet, pohjavedet)",
        "Talousveden ja jätevesien laboratoriotulokset ja velvoitetarkkailu",
    ],
)
p(
    "vati",
    "VATI",
    "environmental-health",
    "Ruokavirasto",
    [YP, YP],
    [
        "Elintarvikevalvonnan valvontatiedot ja tarkastukset",
        "ympäristöterveydenhuolto: valvontasuunnitelma, Oiva-raportit, terveydensuojelu",
    ],
)
p(
    "secapp",
    "Secapp",
    "rescue-services",
    "Secapp Oy",
    [KH, TH2],
    [
        "Valmiussuunnittelu ja häiriötilanteiden hälytykset",
        "poikkeustilanteiden viestintä ja valmiusorganisaation hälyttäminen mobiilisovelluksella",
    ],
)
p(
    "tampuuri",
    "Tampuuri",
    "housing",
    "Tampuuri Oy",
    [KH, KOT],
    [
        "Vuokra-asuntojen hakemukset ja vuokrasopimukset",
        "Kaupungin vuokra-asunnot: asuntohakemukset, vuokralaisvalinta, vuokrareskontra",
    ],
)
# ---------------- facilities ----------------
p(
    "timmi",
    "Timmi|Timmi Tilat",
    "facility-booking",
    "CGI",
    [LI, TP, PO],
    ["Tilojen ja liikuntapaikkojen varaukset ja vuorojako", "koulujen tilojen iltakäyttö"],
)
p(
    "granlund",
    "Granlund Manager|Granlund",
    "facility-management",
    "Granlund Oy",
    [TP],
    ["Kiinteistöjen ylläpito ja huoltokirjat", "kunnossapidon PTS"],
)
p(
    "gallagher",
    "Gallagher|Gallagher Command Centre",
    "access-control",
    "Gallagher",
    [TP, PO, KI],
    [
        "Kulunvalvonta ja rikosilmoitinjärjestelmä",
        "Koulujen kulkuoikeudet ja avaimet",
        "omatoimikirjaston kulunvalvonta",
    ],
)
p(
    "nuuka",
    "Nuuka",
    "energy-management",
    "Nuuka Solutions",
    [TP, TP],
    [
        "Energiankulutuksen seuranta",
        "Sähkön, lämmön ja veden kulutusraportit kiinteistöittäin, energiatodistukset",
    ],
)
p(
    "fidelix",
    "Fidelix|Fidelix automaatio",
    "energy-management",
    "Fidelix",
    [TP, VL],
    ["Kiinteistöautomaatio ja olosuhdeseuranta", "Pumppaamoiden valvomo"],
)
p(
    "navirec",
    "Navirec",
    "fleet",
    "Navirec",
    [KT, RP, TP],
    [
        "Ajoneuvojen ajopäiväkirjat ja sijainti",
        "kaluston ja työkoneiden huollot, ajoseuranta",
        "ateriakuljetusautojen seuranta",
    ],
)
p(
    "aromi",
    "Aromi|CGI Aromi",
    "catering",
    "CGI",
    [RP],
    ["Ruokalistat, reseptit ja ravintolaskenta", "Ruokatilaukset"],
)
p(
    "jamix",
    "Jamix",
    "catering",
    "Jamix Oy",
    [LU, RP],
    [
        "Ruokapalvelun tuotannonohjaus",
        "Lukion ja opiston ravintolan ruokalistat ja tilaukset (vanha Jamix, sopimus loppuu)",
    ],
)
# ---------------- education ----------------
p(
    "primus",
    "Primus|Wilma|Primus-Wilma|Visma InSchool Primus",
    "pupil-administration",
    "Visma",
    [PO, LU, KOH, PO, KO],
    [
        "Oppilashallinto ja arviointi; Wilma kodin ja koulun yhteistyöhön (viestit, poissaolot)",
        "opiskelijarekisteri, kurssivalinnat, YO-ilmoittautumiset",
        "Oppilaat, ryhmät, lukujärjestykset ja todistukset. Integraatio AD:hen käyttäjätunnusten "
        "luontia varten.",
        "WILMA - huoltajien tiedotteet ja tuntimerkinnät",
    ],
    notes=["Primus-palvelin siirretty pilveen 2023", "myös tuntiopettajat"],
)
p(
    "google",
    "Google Workspace for Education|G Suite|Google Classroom",
    "learning-platform",
    "Google",
    [PO, LU, PO],
    [
        "Oppilaiden oppimisympäristö: Classroom, Docs, Drive. Oppilaiden sähköposti ei käytössä.",
        "Classroom ja Chromebookit 7-9 lk",
        "digitaalinen oppimisympäristö ja tehtävien palautus",
    ],
)
p(
    "moodle",
    "Moodle|Moodle 4.1",
    "learning-platform",
    "Open source / eCraft",
    [LU, KO],
    [
        "Lukion verkkokurssit ja kokeet (lisäksi Abitti)",
        "Kansalaisopiston verkko-oppimisympäristö, kurssimateriaalit ja etätehtävät",
    ],
)
p(
    "daisy",
    "Daisy|DaisyFamily|Daisynet",
    "early-childhood",
    "Daisy Solutions",
    [VAKA, VAKA, KOH],
    [
        "Varhaiskasvatuksen asiakkuudet, paikkahakemukset, sijoitukset ja hoitoajat",
        "DaisyFamily -mobiilisovellus huoltajille: hoitoaikojen ilmoitus, viestit, "
        "poissaolot.\nHenkilökunnalla DaisyNet.",
        "vakan asiakasmaksut lasketaan täällä ja laskutusaineisto siirtyy Raindanceen",
    ],
)
p(
    "hellewi",
    "Hellewi",
    "course-management",
    "Hellewi Oy",
    [KO, KO],
    [
        "Kurssiohjelma, kurssi-ilmoittautumiset, opettajien tuntikirjanpito ja kurssilaskutus",
        "Opiston kurssit ja opiskelijat; verkkokauppa Paytrailin kautta",
    ],
)
p(
    "trapeze",
    "Trapeze|Trapeze Novus",
    "school-transport",
    "Trapeze Group",
    [KOH, KOH],
    [
        "Koulukuljetusten suunnittelu, reitit ja oppilaiden kyytioikeudet",
        "koulukyydit + taksitilaukset erityisoppilaille",
    ],
)
# ---------------- culture, leisure, employment ----------------
p(
    "koha",
    "Koha|Koha-kirjastojärjestelmä",
    "library",
    "Koha-Suomi Oy",
    [KI, KI, PO],
    [
        "Kirjastojärjestelmä: lainaus, varaukset, aineistojen luettelointi ja hankinta. "
        "Verkkokirjasto Finnan kautta",
        "KOHA - asiakasrekisteri, e-mail muistutukset eräpäivistä",
        "Koulukirjastojen lainaus",
    ],
)
p(
    "musketti",
    "Musketti|Musketti-kokoelmahallinta",
    "museum-collections",
    "Musketti-yhteisö",
    [MU, MU],
    [
        "Museoesineiden, valokuvien ja arkistoaineistojen luettelointi sekä kokoelmahallinta",
        "kokoelmatietokanta, kuvat julkaistaan Finnaan",
    ],
)
p(
    "lippupiste",
    "Lippupiste|Lippu.fi",
    "event-ticketing",
    "Lippupiste Oy",
    [KU, KU, LI],
    [
        "Kulttuuritalon konserttien ja teatteriesitysten lipunmyynti",
        "tapahtumien liput, myyntiraportit ja tilitykset",
        "Jäähallin ottelutapahtumien lipunmyynti",
    ],
)
p(
    "lipas",
    "LIPAS|Lipas.fi",
    "sports-services",
    "Jyväskylän yliopisto",
    [LI, LI],
    [
        "Liikuntapaikkojen ja ulkoilureittien tiedot (valtakunnallinen LIPAS)",
        "Liikuntapaikkarekisteri - ladut ja uimarannat kartalle",
    ],
)
p(
    "nuta",
    "Nuokkari|Nuorisotyön tilasto (Nuokkari)",
    "youth-services",
    "oma kehitys",
    [NU, NU],
    [
        "Nuorisotilojen kävijäseuranta, ryhmätoiminta ja etsivän nuorisotyön tilastointi",
        "nuorisotalojen tapahtumat ja kävijät",
    ],
)
p(
    "ura",
    "URA|URA-asiakastietojärjestelmä",
    "business-services",
    "KEHA-keskus",
    [TY, TY, KOT],
    [
        "Työnhakija-asiakkuudet, työnhaku ja palveluihin ohjaus (TE-palvelut siirtyivät "
        "kunnille 2025)",
        "Työllisyyspalveluiden asiakastiedot ja työnhakijoiden suunnitelmat",
        "kotoutumissuunnitelmat",
    ],
)
p(
    "consona",
    "Pro Consona|ProConsona",
    "social-care-records",
    "CGI",
    [TY, KOT],
    [
        "Kuntouttavan työtoiminnan asiakastiedot ja kirjaukset",
        "Maahanmuuttajien sosiaaliohjauksen asiakaskirjaukset",
    ],
)
p(
    "qmatic",
    "Qmatic|Qmatic Orchestra",
    "appointment-booking",
    "Qmatic",
    [AP, RV],
    ["Ajanvaraus ja vuoronumerot palvelupisteessä", "rakennusvalvonnan neuvonta-ajat"],
)
p(
    "tyonhakuportaali",
    "Duunitori Rekry|Duunitori",
    "recruitment",
    "Duunitori Oy",
    [TY],
    ["Kesätyösetelit ja nuorten kesätyöpaikat"],
)

PRODUCTS = P

SHEETS = [
    {
        "name": "Järjestelmät",
        "take": lambda r, s: True,
        "fi_dates": True,
        "columns": [
            ("name", "Järjestelmän nimi"),
            ("vendor", "Toimittaja"),
            ("dept", "Vastuuyksikkö"),
            ("purpose", "Käyttötarkoitus"),
            ("users", "Käyttäjämäärä"),
            ("cost", "Vuosikustannus (€)"),
            ("end", "Sopimus päättyy"),
            ("note", "Lisätiedot"),
        ],
    }
]
