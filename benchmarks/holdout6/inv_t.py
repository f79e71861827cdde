"""Inventory T: small Finnish municipality (Kalliolan kunta, ~14 000 inhabitants), 2025.

After the 2023 health and social services reform: no health or social care systems left,
only education, early childhood, technical, leisure, central administration, employment
(2025 reform) and regional cooperation with the neighbour municipalities.
"""

from common import P

STEM = "holdout6_t_fi"
LANG = "fi"
CREATOR = "Kalliolan kunta / ICT-palvelut"
DOC_TITLE = "Tietojärjestelmäluettelo 2025"
DATE_FORMAT = "d.m.yyyy"
ID_FORMAT = "{n}"
TITLES = {}
N_EXACT_DUP = 2
N_NEAR_DUP = 2
ROWS_RANGE = (150, 200)

SECTORS = [
    "Konsernipalvelut",
    "Sivistyspalvelut",
    "Tekniset palvelut",
    "Vapaa-aikapalvelut",
    "Elinvoimapalvelut",
    "Seudulliset yhteistoiminta-alueet",
]
K, S, T, V, E, Y = SECTORS

# key: (sector, [department text as written, variants...], purpose style)
DEPTS = {
    "hallinto": (K, ["Hallinto- ja talouspalvelut", "Hallintopalvelut", "hallinto/talous"]),
    "hr": (K, ["Henkilöstöpalvelut", "HR-palvelut"]),
    "ict": (K, ["ICT-palvelut", "Tietohallinto", "ICT"]),
    "viest": (K, ["Viestintä ja markkinointi", "Viestintä"], "nodot"),
    "asiointi": (K, ["Asiointipiste Kalliola", "Kunnantalon asiointipiste"], "lower"),
    "sivhal": (S, ["Sivistystoimen hallinto", "Sivistyspalvelut / hallinto"]),
    "perus": (S, ["Perusopetus", "Perusopetus (Keskuskoulu, Ojalan koulu)", "perusopetus"]),
    "lukio": (S, ["Kalliolan lukio", "Lukio"]),
    "vaka": (S, ["Varhaiskasvatus", "Varhaiskasvatuspalvelut"]),
    "tekhal": (T, ["Tekninen toimi", "TEKNINEN TOIMI / HALLINTO"], "upper"),
    "kiint": (T, ["Kiinteistöpalvelut", "Tilapalvelut"]),
    "kuntatek": (T, ["Kuntatekniikka", "Kadut ja viheralueet"]),
    "maank": (T, ["Maankäyttö ja kaavoitus", "Kaavoitus"]),
    "ruoka": (T, ["Ruoka- ja puhtauspalvelut", "Ruokapalvelut"]),
    "vesi": (T, ["Kalliolan Vesi", "Vesihuoltolaitos"]),
    "kansal": (V, ["Kansalaisopisto", "Kalliolan-Virtasalmen kansalaisopisto"]),
    "kirjasto": (V, ["Kirjasto", "Kirjastopalvelut"]),
    "liikunta": (V, ["Liikuntapalvelut", "Liikunta ja uimahalli"]),
    "nuoriso": (V, ["Nuorisopalvelut", "nuorisotoimi"], "lower"),
    "kulttuuri": (V, ["Kulttuuripalvelut", "Kulttuuri ja museo"]),
    "elinv": (E, ["Elinvoimapalvelut", "Elinkeinopalvelut"]),
    "tyoll": (E, ["Työllisyyspalvelut", "Kalliolan työllisyysalue"]),
    "asunto": (E, ["Kalliolan Vuokratalot Oy", "Vuokra-asunnot (KVT)"]),
    "rakval": (Y, ["Seudullinen rakennusvalvonta", "Rakennusvalvonta (Kalliola-Virtasalmi)"]),
    "ympterv": (
        Y,
        ["Ympäristöterveydenhuolto (isäntäkunta Virtasalmi)", "Seudullinen ympäristöterveys"],
    ),
    "ympsuoj": (Y, ["Ympäristönsuojelu, seudullinen", "Ympäristönsuojelu"]),
}

SHEETS = [("Tietojärjestelmät", list(DEPTS))]
COLUMNS = {
    "Tietojärjestelmät": [
        ("Nro", "id"),
        ("Järjestelmä", "name"),
        ("Toimittaja", "vendor"),
        ("Yksikkö", "dept"),
        ("Käyttötarkoitus", "purpose"),
        ("Käyttäjiä", "users"),
        ("Vuosikustannus €", "cost"),
        ("Sopimus päättyy", "end"),
        ("Yhteyshenkilö", "owner"),
        ("Lisätiedot", "notes"),
    ]
}
ORGMAP_HEADER = ["Yksikkö", "Palvelualue"]
HOSTING = ["SaaS", "pilvi", "on-prem", "toimittajan konesali", ""]
OWNERS = [
    "Mikko Kallio",
    "Riikka Laine",
    "hallintojohtaja",
    "tietohallintopäällikkö",
    "J. Heikkinen",
    "Sari P.",
    "",
    "rehtori",
    "vaka-johtaja",
    "Tekninen johtaja",
    "Anne-Mari Toivonen",
    "kirjastotoimenjohtaja",
]
PLACEHOLDERS = ["", "-", "ks. lisätiedot", "TBD", "täydennetään", "?", "katso huom.", "xx", "..."]
NOTE_PREFIXES = ["", "Käyttötarkoitus: ", "Käyttö: ", ""]

PRODUCTS = [
    # ---------------------------------------------------------------- basic IT
    P(
        "m365",
        "office-email",
        ["Microsoft 365", "M365", "Office 365", "MS Office"],
        ["Microsoft", "Microsoft / Atea"],
        "ict hallinto perus vaka tekhal",
        [
            (
                "ict",
                "M365 E3 -tenant: Exchange Online, OneDrive, Office-sovellukset. "
                "SSO Entran kautta, lisenssit CSP:n kautta",
            ),
            "Sähköposti, kalenteri ja toimisto-ohjelmat (Word, Excel, PowerPoint).",
            "sähköpostit, tekstinkäsittely ja taulukot, kaikilla opettajilla oma tunnus",
            ("tekhal", "Sähköposti ja Office-ohjelmat"),
        ],
        ["Lisenssit kuntakonsernin yhteishankinnasta", "A1-lisenssit oppilaille erikseen"],
    ),
    P(
        "teams",
        "video-meetings",
        ["Microsoft Teams", "Teams", "MS Teams"],
        "Microsoft",
        "ict hallinto sivhal vaka",
        [
            "Valtuuston ja lautakuntien hybridikokousten etäyhteydet",
            (
                "ict",
                "Teams osana M365-tenanttia; Teams Rooms valtuustosalissa. Guest access "
                "sallittu naapurikuntien tunnuksille",
            ),
            "Etäkokoukset, chat ja tiimien yhteiset kanavat.",
            "Palaverit Teamsilla, myös vanhempainvartit etänä ja päiväkotien johtajien "
            "viikkopalaverit",
        ],
    ),
    P(
        "discord",
        "video-meetings",
        ["Discord", "Discord-palvelin"],
        "Discord Inc.",
        "nuoriso nuoriso",
        [
            "Digitaalinen nuorisotyö: nuorisotalon Discord-palvelin, jossa ohjaajat päivystävät "
            "iltaisin chatissa ja puhekanavilla.",
            "pelitoiminta ja chat nuorten kanssa, etsivä nuorisotyö tavoittaa osan nuorista vain "
            "tätä kautta",
        ],
        ["Ilmainen versio, moderointisäännöt hyväksytty 2023"],
    ),
    P(
        "entra",
        "identity-access",
        ["Entra ID", "Azure AD", "Azure Active Directory"],
        "Microsoft",
        "ict ict",
        [
            "Käyttäjätunnusten ja käyttöoikeuksien hallinta, SSO ja MFA pilvipalveluihin.",
            "Hybrid identity: on-prem AD synkataan Entra Connectilla, Conditional Access, SSPR",
        ],
    ),
    P(
        "mpassid",
        "identity-access",
        ["MPASSid", "MPASS"],
        "Opetushallitus / CSC",
        "sivhal perus lukio ict",
        [
            "Oppilaiden ja opettajien kirjautuminen oppimisen palveluihin. Kansallinen "
            "tunnistuksen välityspalvelu.",
            "oppilaiden kertakirjautuminen digimateriaaleihin Wilma-tunnuksilla",
            ("ict", "Federointi MPASSid <-> Entra ID (SAML), ylläpito ICT, sopimus OPH"),
        ],
    ),
    P(
        "intune",
        "endpoint-management",
        ["Microsoft Intune", "Intune", "Intune/Autopilot"],
        "Microsoft",
        "ict ict perus",
        [
            "Työasemien ja puhelimien hallinta, Autopilot-käyttöönotto, päivitykset ja "
            "sovellusjakelu.",
            "MDM + MAM, compliance policyt, BitLocker. Oppilaskoneet omassa ryhmässä",
            "opettajien läppärit ja koulun lainakoneet hallitaan tätä kautta, ICT asentaa ohjelmat",
        ],
    ),
    P(
        "jamf",
        "endpoint-management",
        ["Jamf School", "JAMF"],
        "Jamf",
        "perus vaka",
        [
            (
                "vaka",
                "Päiväkotien tableteissa on Päikky ja kamera, Jamfilla saadaan sovellukset "
                "laitteille ja ne lukittua ettei lapset pääse säätämään. Jos laite jumittaa "
                "niin soitetaan ICT:lle.",
            ),
            "Koulujen iPadien hallinta: sovellusten asennus, luokkatilat, lukitus.",
        ],
    ),
    P(
        "topdesk",
        "itsm",
        ["TOPdesk", "Topdesk", "IT-tukipyynnöt (TOPdesk)"],
        "TOPdesk Finland",
        "ict hallinto kiint",
        [
            "Tukipyynnöt ja IT-palvelupyynnöt, muutoksenhallinta, laiterekisteri (CMDB).",
            "Palvelupyyntöjen kirjaus: it-tuki, käyttäjätunnukset, laitetilaukset.",
            (
                "kiint",
                "Kiinteistöjen vikailmoitukset tehdään myös TOPdeskiin omalla lomakkeella, "
                "pääkäyttö on IT-tuessa",
            ),
        ],
    ),
    P(
        "intra",
        "intranet",
        ["Kalliola-intra", "Intra (SharePoint)", "Henkilöstöintra"],
        "Microsoft / oma toteutus",
        "viest hr hallinto",
        [
            "Henkilöstön sisäinen viestintä, ohjeet ja uutiset",
            "Intranet SharePoint Onlinessa: ohjepankki ja lomakkeet henkilöstölle",
            "Esihenkilöohjeet, HR-ohjeet ja tiedotteet henkilöstölle.",
        ],
    ),
    P(
        "sivuviidakko",
        "web-publishing",
        ["Sivuviidakko", "Viidakko", "kalliola.fi"],
        "Viidakko Oy",
        "viest kirjasto liikunta",
        [
            "Kunnan verkkosivujen julkaisujärjestelmä (kalliola.fi)",
            "Omien alasivujen päivitys: aukioloajat, tapahtumat ja uutiset",
            "www-sivusto, saavutettavuusseloste, uutiset ja kuulutukset",
        ],
    ),
    P(
        "webropol",
        "survey-forms",
        ["Webropol", "Webropol 3.0"],
        "Webropol Oy",
        "hallinto perus vaka",
        [
            "Kyselyt ja sähköiset lomakkeet, esim. asiakastyytyväisyys ja huoltajakyselyt.",
            (
                "vaka",
                "Varhaiskasvatuksen vanhempainkysely keväisin ja henkilöstön "
                "työhyvinvointikysely. Tulokset käydään läpi tiimeissä ja viedään "
                "lautakunnalle.",
            ),
            "Kyselytyökalu, tunnukset pääkäyttäjältä",
        ],
    ),
    P(
        "vismasign",
        "e-signature",
        ["Visma Sign", "VismaSign"],
        "Visma",
        "hallinto hr tekhal",
        [
            "Sopimusten ja pöytäkirjojen sähköinen allekirjoitus",
            "työsopimukset allekirjoitetaan sähköisesti",
            ("tekhal", "Urakkasopimusten ja vuokrasopimusten sähköinen allekirjoitus"),
        ],
    ),
    P(
        "papercut",
        "printing",
        ["PaperCut", "Papercut MF", "Tulostuksenhallinta"],
        "Konica Minolta",
        "ict perus lukio",
        [
            "Follow-me -tulostus, tulostuskiintiöt ja skannaus sähköpostiin.",
            "Oppilaiden tulostuskiintiöt ja tulostus koulun monitoimilaitteille",
            "print server + PaperCut, kortinlukijat Konica Minoltan laitteissa",
        ],
    ),
    P(
        "elisaring",
        "telephony",
        ["Elisa Ring", "Ring", "Elisa Ring -vaihde"],
        "Elisa",
        "ict asiointi hallinto",
        [
            "Puhelinvaihde ja mobiililiittymät, palvelunumerot ja jonotus",
            "Asiointipisteen palvelunumero ja takaisinsoitto, jonojen seuranta",
            "Vaihdepalvelu",
        ],
    ),
    P(
        "vmware",
        "it-infrastructure",
        ["VMware-palvelinympäristö", "vSphere", "Palvelinympäristö (VMware)"],
        "Broadcom / Atea",
        "ict ict",
        [
            "On-prem virtualisointi, n. 40 VM:ää: tiedostopalvelimet, AD, print server. "
            "Varmistukset Veeamilla.",
            "Palvelimet, levyjärjestelmä ja kuntaverkko, konesali kunnantalon kellarissa",
        ],
    ),
    # ---------------------------------------------------------------- administration
    P(
        "dynasty",
        "case-management;meeting-management",
        ["Dynasty 10", "Dynasty", "Dynasty asianhallinta"],
        "Innofactor",
        "hallinto hallinto sivhal tekhal",
        [
            "Asianhallinta, diaarointi ja päätöksenteko (esityslistat, pöytäkirjat, "
            "viranhaltijapäätökset)",
            "Lautakunnan esityslistat ja pöytäkirjat sekä asioiden kirjaaminen",
            (
                "hallinto",
                "Kirjaamo: saapuvat asiakirjat, diaari, kokoushallinta ja julkaisu verkkoon",
            ),
            ("tekhal", "Teknisen lautakunnan kokoukset, päätökset ja diaari"),
        ],
    ),
    P(
        "earkisto",
        "archive",
        ["eArkisto", "Sähköinen arkisto (eArkisto)"],
        "Arkistokeskus Oy",
        "hallinto hallinto sivhal",
        [
            "Pitkäaikaissäilytettävien asiakirjojen sähköinen arkisto, SÄHKE2-siirrot Dynastystä",
            "Arkistonmuodostus ja sähköinen pitkäaikaissäilytys.",
            ("sivhal", "Päättötodistukset ja oppilaskortit pysyvään säilytykseen"),
        ],
    ),
    P(
        "omakalliola",
        "e-services",
        ["OmaKalliola", "Sähköinen asiointi (OmaKalliola)", "eAsiointi"],
        "Abilita Oy",
        "asiointi hallinto sivhal",
        [
            "Kuntalaisten sähköinen asiointi: hakemukset ja ilmoitukset verkossa, "
            "Suomi.fi-tunnistus",
            "Kuntalaisen asiointikanava, hakemukset liitteineen ja päätösten tiedoksianto",
            "Huoltajien hakemukset (koulukuljetus, koulunkäynti toisessa koulussa) verkossa",
        ],
    ),
    P(
        "palaute",
        "customer-feedback",
        ["Palautteet.fi", "Anna palautetta -palvelu"],
        "Dialogi Oy",
        "asiointi kuntatek viest",
        [
            "Kuntalaispalautteen vastaanotto ja käsittely, vastaukset julkisesti verkossa",
            "Katuvalojen viat, aurauspalautteet ym. tulevat palautejärjestelmän kautta ja ne "
            "ohjataan työnjohtajalle",
            "Palautteet ja kuntalaisaloitteet",
        ],
    ),
    P(
        "cloudia",
        "procurement;contract-management",
        ["Cloudia Kilpailutus", "Cloudia", "Cloudia Sopimus"],
        "Cloudia Oy",
        "hallinto tekhal kiint",
        [
            "Hankintojen kilpailutus ja hankintapäätökset; sopimusten hallinta ja valvonta",
            "Kilpailutukset (Hilma-ilmoitukset) ja sopimusrekisteri",
            "Sopimusrekisteri, muistutukset sopimusten päättymisestä",
        ],
    ),
    P(
        "avustusnetti",
        "grants",
        ["Avustusnetti", "Avustushaku"],
        "Avustusnetti Oy",
        "kulttuuri liikunta nuoriso",
        [
            "Yhdistysten ja seurojen avustushaut sähköisesti, käsittely ja päätökset",
            "Seura-avustusten haku ja käsittely, kohdeavustukset",
            "nuorisoyhdistysten toiminta-avustukset",
        ],
    ),
    P(
        "powerbi",
        "reporting-bi",
        ["Power BI", "PowerBI", "MS Power BI Pro"],
        "Microsoft",
        "hallinto sivhal ict",
        [
            "Johdon raportointi ja tietojohtaminen (talous, henkilöstö, oppilasmäärät)",
            "Raportit: oppilasmäärät, ryhmäkoot, poissaolot. Primus-data ajetaan yöllä "
            "tietovarastoon",
            "Power BI Pro 15 lisenssiä, dataflowt Azure SQL:stä, gateway on-prem",
        ],
    ),
    P(
        "talgraf",
        "reporting-bi;budgeting",
        ["Talgraf", "Talgraf Tilannekuva", "Talgraf BI"],
        "Talgraf Oy",
        "hallinto hallinto tekhal",
        [
            "Talousarvion laadinta ja talouden seuranta, kuukausiraportit",
            "Budjetointi ja toteumaraportointi tulosyksiköittäin",
            ("tekhal", "Talouden seuranta ja budjetin valmistelu"),
        ],
    ),
    P(
        "lianamailer",
        "communications",
        ["LianaMailer", "Liana"],
        "Liana Technologies",
        "viest elinv",
        ["Uutiskirjeet kuntalaisille ja yrityksille", "Yrityskirje 4 krt/v ja tapahtumakutsut"],
    ),
    P(
        "edilex",
        "reference-information",
        ["Edilex", "Edilex Kunta"],
        "Alma Talent",
        "hallinto hr tekhal",
        [
            "Lainsäädäntö, oikeuskäytäntö ja kuntasektorin ohjeet",
            "Säädöstietopankki, hallintojohtajan ja lakimiehen käytössä",
            "TES- ja virkaehtosopimustulkinnat, lait",
        ],
    ),
    P(
        "granite",
        "process-quality;rescue-services",
        ["Granite", "Granite riskienhallinta", "Granite GRC"],
        "Granite Partners",
        "hallinto hallinto tekhal",
        [
            "Riskienhallinta, sisäinen valvonta sekä valmiussuunnittelu ja jatkuvuudenhallinta",
            "Kunnan valmiussuunnitelma, häiriötilanneharjoitukset ja riskikartoitukset",
            "Sisäisen valvonnan ja riskienhallinnan raportointi tarkastuslautakunnalle",
        ],
    ),
    P(
        "haipro",
        "occupational-health;process-quality",
        ["HaiPro", "Haipro"],
        "Awanic",
        "hr perus vaka ruoka",
        [
            "Työturvallisuuden vaara- ja läheltä piti -ilmoitukset, käsittely ja raportointi",
            (
                "vaka",
                "Kun sattuu tapaturma tai läheltä piti -tilanne, esim. lapsi pääsee "
                "karkaamaan pihalta tai työntekijä liukastuu, tehdään ilmoitus HaiProon. "
                "Johtaja käsittelee ilmoituksen ja se menee tiedoksi työsuojeluun.",
            ),
            "vaaratilanneilmoitukset, poikkeamat ja kehittämistoimenpiteet",
        ],
    ),
    # ---------------------------------------------------------------- finance and HR
    P(
        "basware",
        "invoice-processing",
        ["Basware P2P", "Basware", "Basware Alusta"],
        "Basware (Sarastian kautta)",
        "hallinto sivhal tekhal",
        [
            "Ostolaskujen kierrätys, tarkastus ja hyväksyntä",
            ("tekhal", "Ostolaskujen hyväksyntä"),
            "laskujen asiatarkastus ja hyväksyntä, tiliöinti",
        ],
    ),
    P(
        "raindance",
        "accounting",
        ["Raindance", "Raindance (Sarastia)"],
        "CGI / Sarastia",
        "hallinto hallinto",
        [
            "Kirjanpito, tilinpäätös ja pääkirja. Palvelu ostetaan Sarastialta.",
            "Taloushallinnon ydinjärjestelmä (pääkirjanpito), Sarastian palvelukeskus",
        ],
    ),
    P(
        "enkora",
        "point-of-sale",
        ["Enkora", "Enkora kassa"],
        "Enkora Oy",
        "liikunta liikunta kulttuuri",
        [
            "Uimahallin ja kuntosalin kassajärjestelmä, sarjakortit ja rannekkeet",
            "Kassa ja lipunmyynti uimahallissa, porteilla rannekkeet",
            "Museon ja kulttuuritalon pääsymaksut kassalla",
        ],
    ),
    P(
        "mepco",
        "hr-management",
        ["Mepco HR", "Mepco"],
        "Mepco Oy",
        "hr hr hallinto",
        [
            "Henkilöstöhallinto: palvelussuhteet, tehtävät ja esihenkilörakenne",
            "Palvelussuhdetiedot, sijaisuudet ja virkavapaat",
        ],
    ),
    P(
        "personec",
        "payroll",
        ["Personec F", "Personec", "Personec palkat"],
        "Visma / Sarastia",
        "hr hr",
        ["Palkanlaskenta ja palkkojen maksatus (Sarastia)", "Palkat, lomarahat ja verokortit"],
    ),
    P(
        "titania",
        "shift-planning",
        ["Titania", "Titania työvuorot"],
        "CGI",
        "vaka ruoka liikunta",
        [
            (
                "vaka",
                "Työvuorosuunnittelu päiväkodeissa. Vuorolistat tehdään kolmeksi viikoksi "
                "kerrallaan ja siinä näkyy myös sijaistarve, kun joku on sairaana niin "
                "johtaja näkee heti missä ryhmässä on vajetta.",
            ),
            "Keittiöiden ja siivouksen työvuorolistat",
            "Uimahallin valvojien ja kassojen vuorot",
        ],
    ),
    P(
        "kuntarekry",
        "recruitment",
        ["Kuntarekry", "KuntaRekry"],
        "Kuntarekry Oy",
        "hr vaka perus",
        [
            "Rekrytointi ja työpaikkailmoitukset",
            "Sijaisrekry ja avoimet paikat, hakemusten käsittely",
            "Opettajien ja sijaisten haku, hakemusten vertailu",
        ],
    ),
    P(
        "m2",
        "travel-expenses",
        ["M2", "M2 matkalaskut"],
        "Emce Solution Partner",
        "hr hallinto",
        ["Matka- ja kululaskut, km-korvaukset", "Matkalaskujen hyväksyntä esihenkilöille"],
    ),
    # ---------------------------------------------------------------- technical services
    P(
        "locus",
        "gis",
        ["Trimble Locus", "Locus", "Locus-paikkatieto"],
        "Trimble",
        "maank kuntatek rakval",
        [
            "Paikkatietojärjestelmä: kantakartta, opaskartta, kaava-aineistot",
            "Kartat ja paikkatieto kunnallistekniikan suunnitteluun",
            "Karttapalvelu rakennuspaikkojen tarkasteluun ja sijaintikatselmuksiin",
        ],
    ),
    P(
        "qgis",
        "gis",
        ["QGIS", "QGis"],
        "avoin lähdekoodi",
        "maank ympsuoj",
        [
            "Paikkatietoanalyysit ja teemakartat, avoin lähdekoodi",
            "Luontokohteiden ja pilaantuneiden maiden kartoitus, karttatulosteet lausuntoihin",
        ],
    ),
    P(
        "factakr",
        "cadastre",
        ["Facta kiinteistörekisteri", "Facta KR"],
        "CGI",
        "maank maank",
        [
            "Kiinteistörekisteri ja kiinteistönmuodostus (kunta kiinteistörekisterinpitäjänä "
            "asemakaava-alueella)",
            "Tonttijaot, lohkomiset ja kiinteistörekisterin ylläpito",
        ],
    ),
    P(
        "lupapiste",
        "building-permits",
        ["Lupapiste", "Lupapiste.fi"],
        "Evolta Oy",
        "rakval rakval kuntatek",
        [
            "Rakennuslupien sähköinen hakeminen ja käsittely",
            "Rakennus- ja toimenpidelupien asiointi, lupapäätökset ja katselmukset",
            ("kuntatek", "Kaivuluvat ja sijoitusluvat katualueille haetaan Lupapisteen kautta"),
        ],
    ),
    P(
        "factarv",
        "building-permits",
        ["Facta Rakennusvalvonta", "Facta RaVa"],
        "CGI",
        "rakval rakval",
        [
            "Rakennusvalvonnan rekisteri: rakennukset, huoneistot, RHR-ilmoitukset DVV:lle",
            "Rakennuslupien rekisteröinti ja arkistopiirustukset",
        ],
    ),
    P(
        "ryhti",
        "land-use-planning",
        ["Ryhti", "Ryhti-tietojärjestelmä"],
        "Suomen ympäristökeskus",
        "maank maank",
        [
            "Kaavojen tallennus valtakunnalliseen alueidenkäytön tietojärjestelmään "
            "tietomallimuodossa",
            "Kaavoitus: kaava-aineistojen toimitus Ryhtiin, kaavatietomalli",
        ],
    ),
    P(
        "arbogis",
        "street-maintenance",
        ["ArboGIS", "Arbonaut ArboGIS", "Viheraluerekisteri"],
        "Arbonaut",
        "kuntatek kuntatek",
        [
            "Katu- ja viheralueiden rekisteri, hoitoluokat ja kunnossapidon työt",
            "Puistojen puurekisteri, leikkikenttien tarkastukset ja kunnossapito",
            "Talvikunnossapidon ja katujen hoidon kohteet kartalla",
        ],
    ),
    P(
        "auraus",
        "street-maintenance",
        ["Aurausseuranta", "Auraus.kalliola.fi", "Talvihuollon seuranta"],
        "GPS-Kuljetus Oy",
        "kuntatek kuntatek viest",
        [
            "Aurauskaluston GPS-seuranta ja kuntalaisille näkyvä auraustilanne",
            "urakoitsijoiden aurausreitit ja hiekoitus, raportit urakkalaskutusta varten",
            ("viest", "Auraustilanne-kartta verkkosivuille, talvikaudella paljon kyselyjä"),
        ],
    ),
    P(
        "keyaqua",
        "water-utility",
        ["KeyAqua", "Keypro KeyAqua"],
        "Keypro",
        "vesi vesi kuntatek",
        [
            "Vesihuoltoverkoston tietojärjestelmä: johdot, venttiilit, vuodot ja "
            "saneeraussuunnittelu",
            "Verkostotiedot kartalla, johtonäytöt kaivutöitä varten",
        ],
    ),
    P(
        "kvv",
        "water-utility;billing",
        ["KVV", "KVV-laskutus", "Vesilaitoksen laskutus"],
        "Kuntatieto Oy",
        "vesi vesi hallinto",
        [
            "Vesihuollon asiakkuudet, vesimittarit ja kulutuslaskutus",
            "Vesilaskut ja mittarilukemat, liittymissopimukset",
            "Vesilaitoksen myyntilaskutus ja saatavat, siirto kirjanpitoon",
        ],
    ),
    P(
        "granlund",
        "facility-management",
        ["Granlund Manager", "Manager", "Granlund"],
        "Granlund Oy",
        "kiint kiint tekhal",
        [
            "Kiinteistöjen huoltokirja, vikailmoitukset ja huoltotehtävät",
            "Tilatiedot, kunnossapidon PTS ja kiinteistöjen kuntoarviot",
            ("tekhal", "Kiinteistöjen ja tilojen hallinta"),
        ],
    ),
    P(
        "fidelix",
        "energy-management",
        ["Fidelix", "Fidelix-valvomo"],
        "Fidelix Oy",
        "kiint kiint",
        [
            "Rakennusautomaation valvomo: ilmanvaihto, lämmitys, hälytykset",
            "Kiinteistöautomaatio ja etävalvonta, lämpötilojen säätö kouluissa",
        ],
    ),
    P(
        "enerkey",
        "energy-management",
        ["EnerKey", "Enerkey"],
        "EnerKey Oy",
        "kiint tekhal",
        [
            "Energian- ja vedenkulutuksen seuranta ja raportointi kohteittain",
            "Energiatehokkuussopimuksen raportointi, kulutusseuranta",
        ],
    ),
    P(
        "iloq",
        "access-control",
        ["iLOQ", "iLOQ Manager"],
        "iLOQ Oy",
        "kiint kiint perus",
        [
            "Sähkömekaaninen lukitus ja avainhallinta, kulkuoikeudet",
            "Koulujen avaimet ja kulkuoikeudet (iltakäyttäjät, seurat)",
        ],
    ),
    P(
        "timmi",
        "facility-booking",
        ["Timmi", "Timmi tilavaraus", "Timmi Tilat"],
        "Timmi Software",
        "liikunta kiint kansal",
        [
            "Liikuntapaikkojen ja koulujen tilojen vuorojen haku ja varaukset",
            "Tilavaruakset ja laskutusperusteet, kuntalaisten nettivaraus",
            "Kansalaisopiston kurssien opetustilat kouluilta",
        ],
    ),
    P(
        "aromi",
        "catering",
        ["Aromi", "CGI Aromi"],
        "CGI",
        "ruoka ruoka",
        [
            "Ruokalistat, reseptiikka, ravintoarvot ja erityisruokavaliot",
            "Keittiöiden tilaukset ja tuotanto, ruokalistat kouluille ja päiväkodeille",
        ],
    ),
    P(
        "haahtela",
        "construction-design",
        ["Haahtela TaKu", "TaKu", "Haahtela-kehitys"],
        "Haahtela-rakennuttaminen Oy",
        "kiint tekhal",
        [
            "Rakennushankkeiden tavoitehinta- ja kustannuslaskenta",
            "Hankesuunnittelu ja kustannusarviot (kouluhankkeet)",
        ],
    ),
    P(
        "vati",
        "environmental-health",
        ["VATI", "Vati"],
        "Ruokavirasto",
        "ympterv ympterv",
        [
            "Elintarvike-, terveydensuojelu- ja tupakkavalvonnan valvontatiedot, tarkastukset "
            "ja Oiva-raportit",
            "Valtakunnallinen valvontatietojärjestelmä, valvontasuunnitelman toteuma",
        ],
    ),
    P(
        "hertta",
        "environmental-monitoring",
        ["Hertta", "Hertta-ympäristötieto"],
        "SYKE",
        "ympsuoj ympsuoj",
        [
            "Pinta- ja pohjavesien seurantatulosten tallennus",
            "Vesistöseurannan tulokset ja luontotiedot",
        ],
    ),
    P(
        "tampuuri",
        "housing",
        ["Tampuuri", "Tampuuri isännöinti"],
        "Visma Tampuuri",
        "asunto asunto",
        [
            "Vuokra-asuntojen hakemukset, asukasvalinta, vuokrasopimukset ja vuokrareskontra",
            "Vuokratalojen isännöinti ja asukasvalinnat",
        ],
    ),
    # ---------------------------------------------------------------- education
    P(
        "ecolane",
        "school-transport",
        ["Ecolane", "Kuljetusohjaus (Ecolane)"],
        "Ecolane Finland",
        "sivhal sivhal",
        [
            "Koulukuljetusten reittien suunnittelu ja oppilaiden kuljetusoikeudet",
            "Koulukyydit: taksiajojen suunnittelu ja kuljetusoppilaat",
        ],
    ),
    P(
        "primus",
        "pupil-administration",
        ["Primus", "Visma InSchool Primus"],
        "Visma",
        "perus lukio sivhal",
        [
            "Oppilashallinto: oppilasrekisteri, luokat, arvosanat ja todistukset",
            "Opiskelijarekisteri, kurssit ja ylioppilastutkintoilmoittautumiset",
            "Oppilasrekisteri ja tilastointi (KOSKI-siirrot)",
        ],
    ),
    P(
        "wilma",
        "pupil-administration",
        ["Wilma", "Wilma-palvelu"],
        "Visma",
        "perus lukio vaka",
        [
            "Kodin ja koulun viestintä, poissaolot, arviointi ja tuntimerkinnät",
            "Opiskelijoiden kurssivalinnat, poissaolot ja viestit huoltajille",
            (
                "vaka",
                "Esiopetuksen viestit huoltajille kulkevat Wilmassa, koska esiopetus on "
                "samassa järjestelmässä kuin koulut. Muuten päiväkodeissa käytetään "
                "Päikkyä.",
            ),
        ],
    ),
    P(
        "gwfe",
        "learning-platform",
        ["Google Workspace for Education", "Google Classroom", "G Suite Edu"],
        "Google",
        "perus lukio ict",
        [
            "Oppilaiden oppimisympäristö: Classroom, Docs, Drive",
            "Oppilaiden ja opettajien Gmail, tehtävät Classroomissa, Chromebookit",
            (
                "ict",
                "Google Workspace -domain oppilaille, hallinta Admin consolessa, SSO "
                "MPASSidin kautta",
            ),
        ],
    ),
    P(
        "pedanet",
        "learning-platform",
        ["Peda.net", "Pedanet"],
        "Peda.net ry",
        "perus kansal",
        ["Koulujen oppimisympäristö ja kurssisivut", "Kurssien materiaalit ja verkkokurssit"],
    ),
    P(
        "edlevo",
        "early-childhood",
        ["Edlevo", "Visma Edlevo", "Varhaiskasvatuksen asiakasjärjestelmä"],
        "Visma",
        "vaka vaka sivhal",
        [
            (
                "vaka",
                "Varhaiskasvatuksen asiakkuudet: hakemukset, sijoitukset päiväkoteihin ja "
                "perhepäivähoitoon, asiakasmaksupäätökset. Huoltajat hakevat paikkaa "
                "sähköisesti ja päiväkodinjohtajat tekevät sijoitusehdotukset, "
                "palveluohjaus tarkistaa tulotiedot.",
            ),
            ("vaka", "Varhaiskasvatuksen hakemukset, sijoitukset ja maksut"),
            "Vaka-paikkojen käyttöaste ja tilastot lautakunnalle",
        ],
    ),
    P(
        "paikky",
        "early-childhood",
        ["Päikky", "Paikky"],
        "Päikky Oy",
        "vaka vaka",
        [
            "Lasten läsnäolon kirjaus tableteilla päiväkodin eteisessä, hoitoaikavaraukset "
            "huoltajilta ja viestit vanhemmille. Tärkeä myös turvallisuuden kannalta kun "
            "ulkoilussa näkee kuka on paikalla.",
            "hoitoaikojen varaus ja lasten läsnäolo, henkilöstömitoituksen seuranta",
        ],
    ),
    P(
        "hellewi",
        "course-management",
        ["Hellewi", "Hellewi kurssihallinto"],
        "Opistopalvelut Oy",
        "kansal kansal liikunta",
        [
            "Kurssien ilmoittautumiset, kurssimaksut ja opettajien palkkiot",
            "Opiston kurssihallino ja verkkoilmottautuminen",
            "Liikuntaryhmien (vesijumppa, kuntosaliryhmät) ilmoittautumiset",
        ],
    ),
    # ---------------------------------------------------------------- leisure
    P(
        "koha",
        "library",
        ["Koha", "Koha-kirjastojärjestelmä", "Kirjastojärjestelmä Koha"],
        "Koha-Suomi Oy",
        "kirjasto kirjasto perus",
        [
            "Kirjastojärjestelmä: lainaus, varaukset, aineistohankinta ja asiakasrekisteri "
            "(kimppa naapurikuntien kanssa)",
            "Kirjaston lainaus ja palautus, itsepalveluautomaatit",
            "Koulukirjastojen aineistot ja lainaus",
        ],
    ),
    P(
        "finna",
        "library",
        ["Finna", "Kalliola-Finna", "Finna-hakupalvelu"],
        "Kansalliskirjasto",
        "kirjasto kulttuuri",
        [
            "Kirjaston verkkokirjasto: aineistohaku, omat lainat ja varaukset",
            "Verkkokirjasto, kotiseutukokoelman kuvat näkyvät myös Finnassa",
        ],
    ),
    P(
        "lippufi",
        "event-ticketing",
        ["Lippu.fi", "Lippupiste"],
        "Eventim / Lippupiste",
        "kulttuuri kulttuuri",
        ["Kulttuuritalon konserttien ja teatterin lipunmyynti", "Tapahtumien lipunmyynti verkossa"],
    ),
    P(
        "lipas",
        "sports-services",
        ["Lipas", "LIPAS-liikuntapaikat"],
        "Jyväskylän yliopisto",
        "liikunta liikunta",
        [
            "Liikuntapaikkojen ja ulkoilureittien tiedot valtakunnalliseen rekisteriin",
            "Ladut, kuntoradat ja uimarannat kartalle (liikuntapaikkatiedot)",
        ],
    ),
    P(
        "nuorinet",
        "youth-services",
        ["NuoriNet", "Nuorisotilojen kävijärekisteri"],
        "Kompassi Software",
        "nuoriso nuoriso",
        [
            "Nuorisotilojen kävijäkirjaukset ja toiminnan tilastointi",
            "Etsivän nuorisotyön ja työpajan asiakkuudet, ohjauksen kirjaukset",
        ],
    ),
    # ---------------------------------------------------------------- vitality
    P(
        "ura",
        "business-services",
        ["URA", "URA-asiakastietojärjestelmä", "TE-URA"],
        "KEHA-keskus",
        "tyoll tyoll",
        [
            "Työnhakijoiden asiakkuudet ja palveluprosessit (työllisyysalue 1.1.2025 alkaen)",
            "Työllisyyspalveluiden asiakastiedot, palkkatuet ja palvelutarpeen arviointi",
        ],
    ),
    P(
        "dynamics",
        "crm",
        ["Dynamics 365", "MS Dynamics CRM", "Dynamics 365 Sales"],
        "Microsoft / Innofactor",
        "elinv elinv tyoll",
        [
            "Yrityspalvelujen asiakkuudenhallinta: yrityskontaktit, tapaamiset ja neuvonta",
            "CRM: yritysasiakkaat, kontaktihistoria, tonttikyselyt",
            "Työnantaja-asiakkuuksien hallinta (yrityskäynnit, rekrytointitarpeet)",
        ],
    ),
]
