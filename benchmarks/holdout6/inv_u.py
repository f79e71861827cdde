"""Inventory U: big-city urban environment sector (Helsinki-style "Kaupunkiympäristön
toimiala"), sector units on sheet 1 (with a title row) and the sector's shared
administration on sheet 2."""

from common import P

STEM = "holdout6_u_fi"
LANG = "fi"
CREATOR = "KYMP / Tietohallinto ja digitalisaatio"
DOC_TITLE = "KYMP järjestelmäsalkku"
DATE_FORMAT = "d.m.yyyy"
ID_FORMAT = "KYMP-{n:03d}"
N_EXACT_DUP = 2
N_NEAR_DUP = 2
ROWS_RANGE = (180, 240)

SECTORS = [
    "Maankäyttö ja kaupunkirakenne",
    "Rakennukset ja yleiset alueet",
    "Lupa- ja valvontapalvelut",
    "Asuntotuotanto ja asumisen palvelut",
    "Hallinto- ja tukipalvelut",
]
M, R, L, A, H = SECTORS

DEPTS = {
    "asemak": (M, ["Asemakaavoitus", "Asemakaavoitus / alueidenkäyttö"]),
    "yleisk": (M, ["Yleiskaavoitus", "Yleiskaava"]),
    "liikenne": (M, ["Liikenne- ja katusuunnittelu", "Liikennesuunnittelu"]),
    "joukko": (M, ["Joukkoliikenne ja HSL-yhteistyö", "Joukkoliikenneyhteistyö"], "nodot"),
    "maaom": (M, ["Maaomaisuuden kehittäminen ja tontit", "Tonttipalvelut"]),
    "mittaus": (M, ["Kaupunkimittauspalvelut", "Kaupunkimittaus"]),
    "katupuisto": (R, ["Katu- ja puistoylläpito", "Ylläpito / kadut ja puistot"]),
    "rakennutt": (R, ["Rakennuttaminen", "Infra- ja rakennuttamispalvelut"]),
    "tilat": (R, ["Tilapalvelut", "Tilapalvelut / kiinteistöt"]),
    "stara": (R, ["Stara", "STARA Rakentamispalvelut"], "upper"),
    "rava": (L, ["Rakennusvalvontapalvelut", "Rakennusvalvonta"]),
    "ymp": (L, ["Ympäristöpalvelut", "Ympäristöpalvelut / ympäristöseuranta"]),
    "ympterv": (L, ["Ympäristöterveys", "Elintarviketurvallisuus"]),
    "pysval": (L, ["Pysäköinninvalvonta", "Pysäköintipalvelut"], "lower"),
    "alueluvat": (L, ["Alueidenkäyttö ja -valvonta", "Alueiden käyttö"]),
    "att": (A, ["Asuntotuotanto (ATT)", "ATT"]),
    "asum": (A, ["Asumisen palvelut", "Asumisneuvonta ja asukasvalinta"]),
    "talous": (H, ["Talous- ja suunnittelupalvelut", "Talous"]),
    "hr": (H, ["Henkilöstöpalvelut", "HR-kumppanit"]),
    "tiha": (H, ["Tietohallinto ja digitalisaatio", "Digi & ICT"]),
    "viest": (H, ["Viestintä", "Viestintä ja vuorovaikutus"]),
    "asp": (H, ["Kaupunkiympäristön asiakaspalvelu", "Asiakaspalvelu"]),
    "hallp": (H, ["Hallintopalvelut (kirjaamo ja arkisto)", "Kirjaamo", "Hallintopalvelut"]),
}

SHEET1 = "Toimialan järjestelmät"
SHEET2 = "Hallinto- ja tukipalvelut"
SHEETS = [
    (SHEET1, [k for k, v in DEPTS.items() if v[0] != H]),
    (SHEET2, [k for k, v in DEPTS.items() if v[0] == H]),
]
TITLES = {SHEET1: "Kaupunkiympäristön toimiala – tietojärjestelmät ja sovellukset (tilanne 2/2025)"}
COLUMNS = {
    SHEET1: [
        ("Tunnus", "id"),
        ("Järjestelmän nimi", "name"),
        ("Palvelukokonaisuus / yksikkö", "dept"),
        ("Toimittaja", "vendor"),
        ("Kuvaus / käyttötarkoitus", "purpose"),
        ("Ympäristö", "hosting"),
        ("Käyttäjät", "users"),
        ("Kustannukset €/v", "cost"),
        ("Sopimuskausi päättyy", "end"),
        ("Huomiot", "notes"),
    ],
    SHEET2: [
        ("Järjestelmä", "name"),
        ("Yksikkö", "dept"),
        ("Käyttötarkoitus", "purpose"),
        ("Toimittaja", "vendor"),
        ("Tuotanto", "hosting"),
        ("Kustannus", "cost"),
        ("Omistaja", "owner"),
        ("Huom.", "notes"),
    ],
}
ORGMAP_HEADER = ["Yksikkö", "Palvelukokonaisuus"]
HOSTING = [
    "SaaS",
    "SaaS",
    "Azure",
    "on-prem (kaupungin konesali)",
    "toimittajan pilvi",
    "hybridi",
    "",
    "kansallinen palvelu",
]
OWNERS = [
    "Tiina Räsänen",
    "yksikön päällikkö",
    "M. Nyberg",
    "tietohallintopäällikkö",
    "",
    "palvelupäällikkö",
    "Kalle Virtanen",
    "Jussi H.",
    "controller",
]
PLACEHOLDERS = ["", "-", "ks. huomiot", "täydennetään", "TBD", "?", "kuvaus puuttuu", "--"]
NOTE_PREFIXES = ["", "Käyttötarkoitus: ", "Kuvaus: "]

PRODUCTS = [
    # ---------------------------------------------------------------- basic IT
    P(
        "m365",
        "office-email",
        ["Microsoft 365", "M365", "Office 365 (Helsinki-tenant)"],
        "Microsoft",
        "tiha asemak stara rava talous att",
        [
            (
                "tiha",
                "Kaupungin M365-tenant: EXO, SPO, OneDrive, Office-sovellukset. E3/F3 "
                "lisenssit, hallinta keskitetysti kaupungin Digi-yksikössä",
            ),
            "Sähköposti, kalenteri ja toimisto-ohjelmat",
            ("stara", "Sähköposti ja Office, työnjohdolla F3-lisenssit puhelimissa"),
            "Office-työkalut ja sähköposti (peruspaketti)",
        ],
    ),
    P(
        "teams",
        "video-meetings",
        ["Microsoft Teams", "Teams"],
        "Microsoft",
        "tiha viest liikenne ymp rava",
        [
            "Verkkokokoukset, chat ja tiimityötilat",
            (
                "tiha",
                "Teams + Teams Rooms, ulkoiset vieraat sallittu (B2B), liveteams-tapahtumat "
                "korvattu Town hallilla",
            ),
            "Palaverit konsulttien ja HSL:n kanssa, yhteiset kanavat hankkeille",
        ],
    ),
    P(
        "zoom",
        "video-meetings",
        ["Zoom", "Zoom Webinars"],
        "Zoom Video Communications",
        "viest asemak",
        [
            "Asukastilaisuuksien webinaarit ja striimatut kaavaesittelyt",
            "Verkkotilaisuudet asukkaille, kysymykset chatissä; osallistumistiedot "
            "Kerrokantasi-palveluun",
        ],
    ),
    P(
        "entra",
        "identity-access",
        ["Entra ID", "Azure AD"],
        "Microsoft",
        "tiha tiha",
        [
            "Henkilöstön identiteetit, SSO ja MFA, käyttöoikeusryhmät",
            "IAM: Entra ID + PIM, conditional access, guest-käyttäjät konsulteille",
        ],
    ),
    P(
        "tunnistamo",
        "identity-access",
        ["Tunnistamo", "Helsinki-tunnistus", "Helsinki-profiili"],
        "Helsingin kaupunki / oma kehitys",
        "tiha asp",
        [
            "Asukkaiden tunnistautuminen kaupungin sähköisiin palveluihin (Suomi.fi, "
            "Helsinki-profiili), OIDC",
            "Asiakkaiden kirjautuminen verkkopalveluihin, profiilitiedot",
        ],
    ),
    P(
        "intune",
        "endpoint-management",
        ["Intune", "Microsoft Intune", "Endpoint Manager"],
        "Microsoft",
        "tiha stara",
        [
            "Työasemien, puhelimien ja tablettien hallinta (MDM), Autopilot",
            ("stara", "Työmaiden puhelimet ja tabletit, sovellusten jakelu kenttähenkilöstölle"),
        ],
    ),
    P(
        "servicenow",
        "itsm",
        ["ServiceNow", "HelsinkiIT ServiceNow", "SNOW"],
        "ServiceNow",
        "tiha tiha talous",
        [
            "IT-palvelunhallinta: tiketit, muutokset, palveluluettelo",
            "Incident/request/change, CMDB ja SLA-raportointi toimittajille",
            "Käyttäjätuen pyynnöt ja laitetilaukset",
        ],
    ),
    P(
        "helmi",
        "intranet",
        ["Helmi", "Helmi-intranet"],
        "Helsingin kaupunki",
        "viest hr",
        [
            "Kaupungin intranet, toimialan uutiset ja ohjeet",
            "Henkilöstöohjeet, perehdytysmateriaali ja sisäiset tiedotteet",
        ],
    ),
    P(
        "drupal",
        "web-publishing",
        ["hel.fi (Drupal)", "Drupal", "hel.fi-sivusto"],
        "Druid / Wunder",
        "viest viest asp",
        [
            "hel.fi-verkkosivujen sisällönhallinta (Drupal)",
            "Julkaisujärjestelmä, kaavoitus- ja rakentamissivujen ylläpito",
            "Asiointiohjeiden ja palvelukuvausten päivitys verkkoon",
        ],
    ),
    P(
        "kerrokantasi",
        "survey-forms",
        ["Kerrokantasi", "kerrokantasi.hel.fi"],
        "Helsingin kaupunki",
        "asemak yleisk viest",
        [
            "Verkkokyselyt ja kommentointi kaavaluonnoksista",
            "Osallistumiskyselyt yleiskaavan valmisteluun, karttapohjaiset kommentit",
            "Asukaskyselyt ja kommentointi hankkeista",
        ],
    ),
    P(
        "webropol",
        "survey-forms",
        ["Webropol"],
        "Webropol Oy",
        "ymp hr asp",
        [
            "Kyselyt ja lomakkeet, esim. asiakastyytyväisyys",
            "Henkilöstökyselyt ja koulutuspalautteet",
            "Asiakastyytyväisyyskyselyt palvelun jälkeen (tekstiviestilinkki)",
        ],
    ),
    P(
        "vismasign",
        "e-signature",
        ["Visma Sign", "Sähköinen allekirjoitus (Visma Sign)"],
        "Visma",
        "maaom hallp",
        [
            "Tonttien vuokra- ja kauppakirjojen sähköinen allekirjoitus",
            "Sähköinen allekirjoitus pöytäkirjoille ja sopimuksille",
        ],
    ),
    P(
        "uniflow",
        "printing",
        ["Canon uniFLOW", "uniFLOW", "Tulostuspalvelu"],
        "Canon",
        "tiha hallp",
        ["Tulostus, kopiointi ja skannaus (follow me)", "Skannaus kirjaamossa, monitoimilaitteet"],
    ),
    P(
        "genesys",
        "telephony",
        ["Genesys Cloud", "Genesys", "Puhelinpalvelu (Genesys)"],
        "Genesys / Telia",
        "asp asp pysval",
        [
            "Asiakaspalvelun puhelinjonot, takaisinsoitot ja chat",
            "Contact center -ratkaisu: IVR, jonot, raportointi",
            "Pysäköintineuvonnan puhelinlinja ja jonot",
        ],
    ),
    P(
        "frends",
        "it-infrastructure",
        ["Frends", "Frends-integraatioalusta", "FRENDS iPaaS"],
        "Frends Oy",
        "tiha tiha",
        [
            "Integraatioalusta järjestelmien väliseen tiedonsiirtoon",
            "iPaaS: Ahjo -> SAP, Lupapiste -> rekisterit, API-hallinta",
        ],
    ),
    # ---------------------------------------------------------------- administration
    P(
        "ahjo",
        "case-management;meeting-management",
        ["Ahjo", "Ahjo-asianhallinta"],
        "Helsingin kaupunki / Tietoevry",
        "hallp hallp asemak rava talous",
        [
            "Asianhallinta ja päätöksenteko: asiakirjat, esitykset, lautakunnan kokoukset ja "
            "pöytäkirjat",
            "Kirjaamon diaarointi ja asiakirjojen rekisteröinti",
            "Kaavaehdotusten valmistelu lautakunnalle, päätösten julkaisu",
            "Viranhaltijapäätökset ja lautakunnan esitykset",
        ],
    ),
    P(
        "earkisto",
        "archive",
        ["Helsingin sähköinen arkisto", "eArkisto", "Sähköinen arkisto (SA)"],
        "Helsingin kaupunginarkisto",
        "hallp hallp",
        [
            "Asiakirjojen pitkäaikaissäilytys ja arkistonmuodostus",
            "Sähköinen päätearkisto, siirrot Ahjosta",
        ],
    ),
    P(
        "arska",
        "archive",
        ["Arska", "Arska-palvelu", "Rakennusvalvonnan arkisto Arska"],
        "Helsingin kaupunki",
        "rava rava asp",
        [
            "Rakennusvalvonnan arkisto: digitoidut lupapiirustukset ja asiakirjat "
            "asiakkaiden tilattavaksi",
            "Vanhojen rakennuslupa-asiakirjojen haku ja tilaus verkossa",
            "Arkistopiirustusten tilaukset asiakkaille",
        ],
    ),
    P(
        "mfiles",
        "document-management",
        ["M-Files", "MFiles"],
        "M-Files Oy",
        "rakennutt att tilat",
        [
            "Hankeaineistojen ja dokumenttien hallinta versioineen",
            "Asuntotuotantohankkeiden asiakirjat, työmaakokousten pöytäkirjat",
            "Kiinteistöjen dokumentit ja huoltokirjojen liitteet",
        ],
    ),
    P(
        "projectwise",
        "construction-design;document-management",
        ["ProjectWise", "Bentley ProjectWise", "PW"],
        "Bentley Systems",
        "rakennutt liikenne stara",
        [
            "Suunnitelma-aineistojen hallinta ja jakelu rakennushankkeissa",
            "Katu- ja liikennesuunnitelmien mallit ja piirustukset, konsulttien yhteistyöalusta",
            ("stara", "Työmaan suunnitelmat ja piirustukset"),
        ],
    ),
    P(
        "asiointihel",
        "e-services",
        ["Asiointi.hel.fi", "Sähköinen asiointi (asiointi.hel.fi)"],
        "Helsingin kaupunki",
        "asp asp pysval",
        [
            "Asukkaiden ja yritysten sähköinen asiointi, lomakkeet ja hakemukset",
            "Sähköiset hakemukset, liitteet ja tiedoksiannot",
            "asukaspysäköintitunnusten haku verkossa",
        ],
    ),
    P(
        "palautej",
        "customer-feedback",
        ["Palautejärjestelmä", "Helsingin palautejärjestelmä", "Palaute (Open311)"],
        "Helsingin kaupunki",
        "asp katupuisto viest",
        [
            "Asukaspalautteen vastaanotto, ohjaus ja vastaaminen",
            "Katujen ja puistojen palautteet (kuopat, roskat, valaistus) ohjautuvat alueen "
            "vastuuhenkilölle",
            "Palautteiden seuranta ja raportointi",
        ],
    ),
    P(
        "salesforce",
        "crm",
        ["Salesforce", "Salesforce Service Cloud", "SF CRM"],
        "Salesforce / Fujitsu",
        "asp asp maaom",
        [
            "Asiakkuudenhallinta: yhteydenotot, asiakashistoria ja tapausten käsittely",
            "Asiakaspalvelun CRM, yhteydenottojen luokittelu ja siirto asiantuntijoille",
            "Yritys- ja sijoittuja-asiakkuudet, tonttikyselyt",
        ],
    ),
    P(
        "planview",
        "project-portfolio",
        ["Planview", "Planview Portfolios"],
        "Planview",
        "tiha talous",
        [
            "Projektisalkun hallinta ja priorisointi",
            "Digihankkeiden salkku, resursointi ja tilaraportit",
        ],
    ),
    P(
        "primavera",
        "project-portfolio",
        ["Primavera P6", "Oracle Primavera"],
        "Oracle",
        "rakennutt rakennutt att",
        [
            "Investointihankkeiden aikataulut ja hankesalkku",
            "Infrahankkeiden aikataulutus ja resursointi",
            "Asuntotuotannon hankeohjelma ja aikataulut",
        ],
    ),
    P(
        "cloudia",
        "procurement;contract-management",
        ["Cloudia", "Cloudia Sopimus", "Cloudia kilpailutus"],
        "Cloudia Oy",
        "talous rakennutt stara",
        [
            "Kilpailutukset ja sopimushallinta",
            "Urakoiden kilpailutus ja hankintapäätökset",
            ("stara", "Hankintojen kilpailutus ja puitesopimukset"),
        ],
    ),
    P(
        "mapa",
        "contract-management;billing",
        ["MAPA", "Maanvuokrasopimukset (MAPA)"],
        "CGI",
        "maaom maaom talous",
        [
            "Maanvuokrasopimukset ja vuokrien laskutus",
            "Tonttien vuokrasopimusrekisteri, indeksitarkistukset ja laskutusaineisto",
            "Maanvuokralaskutuksen siirto SAPiin",
        ],
    ),
    P(
        "powerbi",
        "reporting-bi",
        ["Power BI", "PowerBI"],
        "Microsoft",
        "talous tiha asemak katupuisto",
        [
            "Johdon raportointi ja tietojohtaminen",
            ("tiha", "Power BI Premium -kapasiteetti, datamallit tietoaltaasta (Azure Synapse)"),
            "Kaavoituksen asuntotuotantotavoitteiden seurantaraportit",
        ],
    ),
    P(
        "hri",
        "statistics-research",
        ["Helsinki Region Infoshare", "HRI", "HRI-avoin data"],
        "Helsingin kaupunki",
        "tiha mittaus",
        [
            "Avoimen datan julkaisu (paikkatiedot, tilastot)",
            "Kaupunkimittauksen aineistojen avaaminen avoimena datana",
        ],
    ),
    P(
        "meltwater",
        "communications",
        ["Meltwater"],
        "Meltwater",
        "viest viest",
        [
            "Mediaseuranta ja tiedotejakelu",
            "Mediaseuranta, somekuuntelu ja tiedotteiden jakelu toimittajille",
        ],
    ),
    P(
        "rtkortisto",
        "reference-information",
        ["RT-kortisto", "Rakennustieto RT", "RT-kortit"],
        "Rakennustieto Oy",
        "rava rakennutt",
        [
            "Rakentamismääräykset ja rakennustietokortit lupakäsittelyn tueksi",
            "Rakentamisen ohjeet ja määräykset (RT-kortit)",
        ],
    ),
    P(
        "qpr",
        "process-quality",
        ["QPR ProcessDesigner", "QPR", "QPR EnterpriseArchitect"],
        "QPR Software",
        "tiha talous",
        [
            "Prosessikuvaukset ja kokonaisarkkitehtuuri",
            "Prosessien mallinnus ja laadunhallinta, sisäisen valvonnan kontrollit",
        ],
    ),
    P(
        "granite",
        "occupational-health",
        ["Granite", "Granite työturvallisuus"],
        "Granite Partners",
        "hr stara",
        [
            "Työtapaturmat, vaaratilanteet ja turvallisuushavainnot",
            ("stara", "Työmaiden turvallisuushavainnot ja tapaturmailmoitukset"),
        ],
    ),
    P(
        "krivat",
        "rescue-services",
        ["KRIVAT", "Kriisijohtamisen tilannekuva"],
        "Insta DefSec",
        "hallp tiha",
        [
            "Valmiussuunnittelu ja häiriötilanteiden tilannekuva",
            "Poikkeusolojen valmiussuunnitelmat ja tilannekuva",
        ],
    ),
    # ---------------------------------------------------------------- finance and HR
    P(
        "sap",
        "accounting;fixed-assets",
        ["SAP", "SAP S/4HANA", "SAP (Talpa)"],
        "SAP / Talpa",
        "talous talous katupuisto",
        [
            "Kirjanpito, käyttöomaisuus ja kustannuslaskenta",
            "Pääkirja ja käyttöomaisuuskirjanpito (kadut, puistot, sillat)",
            "Kustannuspaikkaseuranta ja toteumat",
        ],
    ),
    P(
        "basware",
        "invoice-processing",
        ["Basware", "Basware P2P"],
        "Basware",
        "talous stara tilat rakennutt",
        [
            "Ostolaskujen käsittely ja hyväksyntä",
            ("stara", "Ostolaskujen kierrätys ja hyväksyntä"),
            "Laskujen asiatarkastus",
        ],
    ),
    P(
        "sapbpc",
        "budgeting",
        ["SAP BPC", "Talousarviojärjestelmä BPC"],
        "SAP",
        "talous talous",
        [
            "Talousarvion ja taloussuunnitelman laadinta",
            "Ennusteet ja talousarvion valmistelu toimialalla",
        ],
    ),
    P(
        "successfactors",
        "hr-management;learning-management",
        ["SuccessFactors", "SAP SuccessFactors", "SF HR"],
        "SAP",
        "hr hr stara",
        [
            "Henkilöstötiedot, osaamisen kehittäminen ja koulutukset",
            "Palvelussuhteet, kehityskeskustelut ja verkkokoulutukset",
            ("stara", "Henkilöstötiedot ja pätevyydet (työturvallisuuskortit)"),
        ],
    ),
    P(
        "kuntarekry",
        "recruitment",
        ["Kuntarekry", "Kuntarekry.fi"],
        "Kuntarekry Oy",
        "hr hr",
        ["Rekrytointi ja hakijahallinta", "Avoimet työpaikat ja kesätyöntekijöiden haku"],
    ),
    P(
        "titania",
        "shift-planning",
        ["Titania", "Titania työvuorot"],
        "CGI",
        "stara pysval",
        [
            "Työvuorosuunnittelu (talvikunnossapidon päivystykset)",
            "pysäköinninvalvojien työvuorot ja alueet",
        ],
    ),
    P(
        "tiima",
        "time-tracking",
        ["Tiima", "Tiima-työajanseuranta"],
        "Visma / Tiima",
        "stara rakennutt",
        ["Työaikojen kirjaus projekteille", "Työajanseuranta ja tuntikirjaukset kohteille"],
    ),
    P(
        "m2",
        "travel-expenses",
        ["M2", "M2 Matka ja kulu"],
        "Emce",
        "hr talous",
        ["Matka- ja kululaskut", "Kululaskujen käsittely"],
    ),
    # ---------------------------------------------------------------- land use
    P(
        "karttahel",
        "gis",
        ["kartta.hel.fi", "Karttapalvelu", "Kartta.hel.fi"],
        "Helsingin kaupunki",
        "mittaus asemak katupuisto viest",
        [
            "Kaupungin karttapalvelu: kanta- ja opaskartat, kaavat, ilmakuvat",
            "Paikkatietojen katselu ja karttojen tulostus",
            "Karttapalvelu myös asukkaille",
        ],
    ),
    P(
        "arcgis",
        "gis",
        ["ArcGIS Pro", "Esri ArcGIS", "ArcGIS Online"],
        "Esri Finland",
        "ymp liikenne mittaus",
        [
            "Paikkatietoanalyysit ja teemakartat",
            "Liikenneverkon analyysit ja karttakuvat suunnitelmiin",
            "Paikkatietoaineistojen ylläpito ja julkaisu",
        ],
    ),
    P(
        "hel3d",
        "gis",
        ["Helsingin 3D-kaupunkimalli", "Kaupunkimalli 3D"],
        "Helsingin kaupunki",
        "mittaus asemak",
        [
            "3D-kaupunkimalli ja mesh-malli",
            "Kaupunkimallin hyödyntäminen kaavavaihtoehtojen havainnollistamiseen",
        ],
    ),
    P(
        "teklacivil",
        "land-use-planning;cadastre",
        ["Tekla Civil", "Tekla", "Civil"],
        "Trimble",
        "mittaus asemak maaom",
        [
            "Kaavoituksen ja kiinteistönmuodostuksen tietojärjestelmä",
            "Asemakaavojen laadinta ja kaavayksiköt",
            "Kiinteistörekisteri ja tonttijaot",
        ],
    ),
    P(
        "ktj",
        "cadastre",
        ["KTJ", "Kiinteistötietojärjestelmä (MML)"],
        "Maanmittauslaitos",
        "mittaus maaom",
        ["Kiinteistö- ja lainhuutotiedot", "Kiinteistötiedot, rasitteet ja omistajat"],
    ),
    P(
        "ryhti",
        "land-use-planning",
        ["Ryhti"],
        "SYKE / Ympäristöministeriö",
        "asemak yleisk",
        [
            "Kaavatiedon toimitus kansalliseen Ryhti-järjestelmään",
            "Yleiskaavan tietomalli ja toimitus Ryhtiin",
        ],
    ),
    P(
        "tbc",
        "surveying",
        ["Trimble Business Center", "TBC"],
        "Trimble",
        "mittaus mittaus",
        [
            "Maastomittausten laskenta ja käsittely",
            "Mittausaineistot, pistepilvet ja rakentamisen merkinnät",
        ],
    ),
    P(
        "lupapiste",
        "building-permits",
        ["Lupapiste", "Lupapiste.fi"],
        "Evolta",
        "rava rava asp",
        [
            "Rakennuslupien haku ja käsittely",
            "Rakennusvalvonnan lupaprosessi: hakemukset, lausunnot, päätökset, katselmukset",
            "Lupaneuvonnan tuki asiakkaille",
        ],
    ),
    P(
        "allu",
        "street-maintenance",
        ["Allu", "ALLU alueidenkäyttö"],
        "Helsingin kaupunki",
        "alueluvat alueluvat katupuisto",
        [
            "Katu- ja puistoalueiden käyttöluvat (kaivuluvat, tapahtumat, terassit) ja valvonta",
            "Yleisten alueiden käytön luvat ja työmaiden valvonta kaduilla",
            "Kaivuilmotusten ja tilapäisten liikennejärjestelyjen seuranta",
        ],
    ),
    P(
        "arbogis",
        "street-maintenance",
        ["ArboGIS", "Puistorekisteri", "Viheraluerekisteri ArboGIS"],
        "Arbonaut",
        "katupuisto stara",
        [
            "Puisto- ja katuomaisuusrekisteri, hoitoluokitus",
            ("stara", "Puistojen hoitotyöt ja puiden kaatoluvat kartalla"),
        ],
    ),
    P(
        "jore",
        "public-transport",
        ["Jore", "Jore4", "HSL Jore"],
        "HSL",
        "joukko joukko",
        [
            "Joukkoliikenteen reitti- ja pysäkkirekisteri",
            "Pysäkkitietojen ylläpito yhdessä HSL:n kanssa",
        ],
    ),
    P(
        "digitransit",
        "public-transport",
        ["Digitransit", "Reittiopas-rajapinnat", "Digitransit API"],
        "HSL / Fintraffic",
        "joukko liikenne",
        [
            "Joukkoliikenteen reitti- ja aikataulutiedot rajapinnoista",
            "Reittiopasdata saavutettavuusanalyyseihin",
        ],
    ),
    P(
        "omnia",
        "traffic-management",
        ["Omnia", "SWARCO Omnia", "Liikennevalojen keskusjärjestelmä"],
        "SWARCO",
        "liikenne liikenne stara",
        [
            "Liikennevalojen ohjaus ja valvonta",
            "Liikennevaloristeysten ohjelmointi ja vikailmoitukset",
            ("stara", "Liikennevalojen vikahälytykset ja huolto"),
        ],
    ),
    P(
        "aimsun",
        "traffic-management",
        ["Aimsun", "Aimsun Next"],
        "Aimsun",
        "liikenne joukko",
        ["Liikennemallinnus ja simulointi", "Liikenne-ennusteet ja vaihtoehtojen vertailu"],
    ),
    P(
        "parkkihubi",
        "parking",
        ["Parkkihubi", "Pysäköinnin valvontapalvelu (Parkkihubi)"],
        "Helsingin kaupunki",
        "pysval pysval",
        [
            "Pysäköintioikeuksien tarkistus ja valvonta",
            "pysäköintioikeudet reaaliajassa valvojien laitteille",
        ],
    ),
    P(
        "easypark",
        "parking",
        ["EasyPark", "Easypark-pysäköintimaksut"],
        "EasyPark",
        "pysval talous",
        ["Pysäköintimaksut mobiilisovelluksella", "Pysäköintimaksujen tilitykset ja raportit"],
    ),
    P(
        "cadnaa",
        "environmental-monitoring",
        ["CadnaA", "Cadna A"],
        "DataKustik",
        "ymp ymp",
        [
            "Meluselvitykset ja melumallinnus",
            "Meluntorjunta: meluvyöhykkeet ja meluesteiden vaikutukset",
        ],
    ),
    P(
        "ilmanlaatu",
        "environmental-monitoring",
        ["Ilmanlaadun mittausverkko", "Envista ARM"],
        "Envitech",
        "ymp ymp",
        ["Ilmanlaadun mittausasemien tiedot ja raportointi", "Ilmanlaatu- ja säätietojen keruu"],
    ),
    P(
        "yht",
        "environmental-health",
        ["YHT", "Digia YHT Clouds", "YHT-ympäristöterveys"],
        "Digia",
        "ympterv ympterv",
        [
            "Ympäristöterveydenhuollon valvontakohteet ja tarkastukset",
            "Elintarvikevalvonta ja terveydensuojelu: kohderekisteri ja valvontasuunnitelma",
        ],
    ),
    P(
        "hitas",
        "housing",
        ["HITAS-järjestelmä", "Hitas"],
        "Helsingin kaupunki",
        "asum asum",
        [
            "Hitas-asuntojen enimmäishintojen laskenta ja valvonta",
            "Hitas-asuntojen myynnin ja jälleenmyynnin valvonta: hintalaskelmat, "
            "vahvistetut enimmäishinnat ja ostajien kyselyt. Neuvojat vastaavat "
            "puhelimessa ja sähköpostissa ostajille, ja kaikki tiedot tarkistetaan "
            "tästä järjestelmästä ennen vahvistusta.",
        ],
    ),
    P(
        "ava",
        "housing",
        ["Asukasvalintajärjestelmä AVA", "AVA", "Asuntohakemus"],
        "Helsingin kaupunki",
        "asum att",
        [
            "Vuokra-asuntohakemukset ja asukasvalinta",
            ("att", "Uusien ATT-kohteiden arvonnat ja varaukset"),
        ],
    ),
    P(
        "haahtela",
        "construction-design",
        ["Haahtela TaKu", "Haahtela"],
        "Haahtela-rakennuttaminen",
        "rakennutt att",
        [
            "Rakennushankkeiden kustannusarviot ja tavoitehinnat",
            "Asuntohankkeiden kustannuslaskenta",
        ],
    ),
    P(
        "solibri",
        "construction-design",
        ["Solibri", "Solibri Office"],
        "Solibri",
        "rakennutt rava",
        ["Tietomallien tarkastus ja yhdistely", "Lupavaiheen tietomallien tarkastelu"],
    ),
    P(
        "granlund",
        "facility-management",
        ["Granlund Manager", "Manager"],
        "Granlund",
        "tilat tilat",
        [
            "Kiinteistöjen ylläpito, huoltokirja ja kuntotiedot",
            "Tilatiedot ja vuokrasopimukset, huoltotehtävät",
        ],
    ),
    P(
        "nuuka",
        "energy-management",
        ["Nuuka", "Nuuka Solutions"],
        "Nuuka",
        "tilat tilat",
        [
            "Energiankulutuksen seuranta ja olosuhteet",
            "Rakennusten sisäolosuhteet ja energiaraportit",
        ],
    ),
    P(
        "iloq",
        "access-control",
        ["iLOQ", "iLOQ Manager"],
        "iLOQ",
        "tilat stara",
        ["Lukitus ja kulkuoikeudet", ("stara", "Varikoiden avaimet ja kulkuoikeudet")],
    ),
    P(
        "varaamo",
        "facility-booking",
        ["Varaamo", "varaamo.hel.fi"],
        "Helsingin kaupunki",
        "tilat asp katupuisto",
        [
            "Kaupungin tilojen ja resurssien varaukset",
            "Tilojen ja laitteiden varaus asukkaille",
            "Puistojen tapahtuma-alueiden ja grillipaikkojen varaukset",
        ],
    ),
    P(
        "fleetcomplete",
        "fleet",
        ["FleetComplete", "Kalustonhallinta FleetComplete", "Stara kalusto"],
        "Fleet Complete",
        "stara stara",
        [
            "Ajoneuvojen ja työkoneiden hallinta, huollot ja ajopäiväkirjat",
            "Kaluston GPS-seuranta ja katsastukset",
        ],
    ),
    P(
        "logiq",
        "logistics",
        ["Logiq WMS", "Varastonhallinta (Logiq)"],
        "Logiq",
        "stara stara",
        [
            "Varastonhallinta ja materiaalilogistiikka",
            "Varaston saldot, keräily ja jakelu työmaille",
        ],
    ),
]
