"""holdout5_q_fi: Finnish joint municipal authority for vocational education."""

import datetime as dt

STEM = "holdout5_q_fi"
SEED = 50502
CREATOR = "Koulutuskuntayhtymä Aktiivi"
ORDER = "shuffle"

HA, KT_, OP, TR, KE = (
    "Hallinto- ja konsernipalvelut",
    "Koulutustoiminta",
    "Opiskelijapalvelut",
    "Tilapalvelut ja ravintolat",
    "Kehittäminen ja työelämäpalvelut",
)
YH = "Yhtymähallinto"
TA = "Talouspalvelut"
HE = "Henkilöstöpalvelut"
ICT = "ICT-palvelut"
ICT2 = "ICT"
VM = "Viestintä ja markkinointi"
TEK = "Tekniikka ja logistiikka"
SOTE = "Sosiaali- ja terveysala"
PAL = "Palvelualat (ravitsemis, matkailu, kauneus)"
KAU = "Kaupan ja hallinnon ala"
AIK = "Aikuiskoulutus"
OPP = "Opiskelijapalvelut"
OHU = "Opiskeluhuolto"
ASU = "Asuntolat"
KIR = "Kirjasto ja tietopalvelu"
KII = "Kiinteistöpalvelut"
RAV = "Ravintolapalvelut"
MAA = "Opetusmaatila"
HAN = "Hankepalvelut"
TYP = "Työelämäpalvelut"

ORGMAP_HEADER = ("Yksikkö", "Tulosalue")
ORGMAP = [
    (YH, HA),
    (TA, HA),
    (HE, HA),
    (ICT, HA),
    (ICT2, HA),
    (VM, HA),
    (TEK, KT_),
    (SOTE, KT_),
    (PAL, KT_),
    (KAU, KT_),
    (AIK, KT_),
    (OPP, OP),
    (OHU, OP),
    (ASU, OP),
    (KIR, OP),
    (KII, TR),
    (RAV, TR),
    (MAA, TR),
    (HAN, KE),
    (TYP, KE),
]
DEPT_ORDER = [d for d, _s in ORGMAP]

LANG = {
    "placeholders": ["-", "ks. huom.", "?", "puuttuu", "", "TODO", "kuvaus tulossa"],
    "note_leads": ["", "Kuvaus: ", "Omistajan mukaan ", "(käyttötarkoitus) "],
    "users": [
        8,
        25,
        140,
        "n. 900 opiskelijaa",
        "henkilöstö",
        "kaikki opiskelijat ja henkilöstö",
        "5 pääkäyttäjää",
        "",
        "?",
        60,
        "n. 20",
        "opettajat",
    ],
    "costs": [
        2400,
        9900,
        "18 500",
        "n. 3000 €",
        "sis. Microsoft-sopimukseen",
        "?",
        "",
        "Opetushallitus (maksuton)",
        "1 200 €/v + alv",
        46000,
        "hankerahoitus",
        "ei tiedossa",
    ],
    "ends": [
        dt.datetime(2027, 7, 31),
        "31.7.2026",
        "2025",
        "toistaiseksi",
        "1/2026",
        "",
        "jatkuu vuosittain",
        "31.12.2028 (+1 optio)",
        "?",
        dt.datetime(2026, 12, 31),
    ],
    "notes": [
        "Opetushallituksen palvelu",
        "MPASSid-kirjautuminen",
        "hankinta yhdessä kuntien kanssa",
        "siirto pilveen suunnitteilla",
        "tietosuojaseloste tehty",
        "Integraatio Primukseen",
        "vastuuhenkilö lomalla, tarkistettava",
        "SaaS, EU-alue",
    ],
}

P = []


def p(pid, names, funcs, vendor, depts, purposes, **extra):
    P.append((pid, names.split("|"), funcs, vendor, depts, purposes, extra))


# ---- basic IT
p(
    "m365",
    "Microsoft 365|Office 365|O365",
    "office-email",
    "Microsoft / Sulava",
    [ICT, YH, TEK, SOTE, KAU, OPP],
    [
        "Sähköposti, kalenterit ja Office-ohjelmat henkilöstölle ja opiskelijoille",
        "Outlook + Word/Excel/PowerPoint, OneDrive tiedostoille",
        "opiskelijoiden sähköposti ja office-sovellukset (A3-lisenssi)",
        "Toimisto-ohjelmat",
    ],
)
p(
    "teams",
    "Teams|MS Teams",
    "video-meetings",
    "Microsoft",
    [ICT2, HE, AIK, SOTE, TEK],
    [
        "Verkkokokoukset ja chat",
        "Etäopetus ja hybridiluokat; tallenteet Streamiin",
        "Palaverit ja ryhmäviestintä, kokoukset työpaikkaohjaajien kanssa",
    ],
)
p(
    "zoom",
    "Zoom",
    "video-meetings",
    "Zoom",
    [TYP, HAN],
    [
        "Webinaarit yrityksille ja hankkeiden verkkotilaisuudet",
        "Kansainvälisten kumppanien etäkokoukset (Erasmus+)",
    ],
)
p(
    "entra",
    "Entra ID|Azure AD",
    "identity-access",
    "Microsoft",
    [ICT],
    [
        "Käyttäjätunnukset, ryhmät ja monivaiheinen tunnistautuminen",
        "identiteetinhallinta; tunnukset luodaan Primuksen tiedoista automaattisesti",
    ],
)
p(
    "mpass",
    "MPASSid",
    "identity-access",
    "Opetushallitus",
    [ICT, TEK],
    [
        "Opiskelijoiden ja opettajien kirjautuminen oppimateriaalipalveluihin",
        "kertakirjautuminen sähköisiin oppikirjoihin",
    ],
)
p(
    "intune",
    "Intune|Microsoft Intune",
    "endpoint-management",
    "Microsoft",
    [ICT, ICT2],
    ["Kannettavien ja puhelimien hallinta, Autopilot-käyttöönotto", "opiskelijakoneiden hallinta"],
)
p(
    "topdesk",
    "TOPdesk",
    "itsm",
    "TOPdesk",
    [ICT, KII, TEK],
    ["IT-tuen tiketit ja laitekanta", "Vikailmoitukset ja palvelupyynnöt itsepalveluportaalista"],
)
p(
    "jira",
    "Jira Service Management|Jira SM|JSM",
    "itsm",
    "Atlassian",
    [ICT2],
    [
        "Kehitystiimin palvelupyynnöt ja muutokset (Primus-integraatiot, Moodle)",
        "järjestelmäkehityksen tukipyynnöt",
    ],
)
p(
    "papercut",
    "PaperCut",
    "printing",
    "Konica Minolta",
    [ICT, KAU],
    ["Tulostus ja kopiointi, opiskelijoiden tulostussaldot", "Tulostinten hallinta"],
)
p(
    "telia",
    "Telia ACE|ACE",
    "telephony",
    "Telia",
    [OPP, ICT, AIK],
    ["Hakijapalvelujen puhelinjono ja chat", "Vaihde ja asiakaspalvelun jonot"],
)
p(
    "azure",
    "Azure|Microsoft Azure",
    "it-infrastructure",
    "Microsoft / Cloud2",
    [ICT2, ICT],
    ["Pilvipalvelimet, varmuuskopiot ja integraatiopalvelut (Logic Apps)", "palvelimet ja verkot"],
)
p(
    "intra",
    "Aktiivi-intra|Intra|SharePoint intranet",
    "intranet",
    "Microsoft",
    [VM, HE, YH],
    [
        "Henkilöstön intranet: ohjeet, uutiset, lomakkeet",
        "Sisäinen tiedotus",
        "henkilöstöohjeet ja tiedotteet, johtoryhmän muistiot",
    ],
)
p(
    "drupal",
    "Drupal|aktiivi.fi (Drupal)|Verkkosivut",
    "web-publishing",
    "Druid Oy",
    [VM, AIK],
    ["Ulkoiset verkkosivut ja koulutustarjonta", "koulutuskalenteri ja hakulinkit sivuille"],
)
p(
    "webropol",
    "Webropol",
    "survey-forms",
    "Webropol",
    [YH, VM, OPP, AIK, TYP],
    [
        "Kyselyt ja palautteet; henkilöstökysely",
        "Tapahtumailmoittautumiset ja lomakkeet",
        "opiskelijakyselyt (oma), raportit johdolle",
    ],
)
p(
    "vismasign",
    "Visma Sign",
    "e-signature",
    "Visma",
    [HE, TA, TYP],
    [
        "Työsopimusten sähköinen allekirjoitus",
        "sähköiset allekirjoitukset",
        "koulutussopimukset ja oppisopimukset allekirjoitetaan sähköisesti",
    ],
)
p(
    "onnistuu",
    "Onnistuu.fi|Onnistuu",
    "e-signature",
    "Onnistuu.fi Oy",
    [ASU],
    ["Asuntolan vuokrasopimusten allekirjoitus", "sähk. allekirjoitus asuntolasopimuksille"],
)
# ---- administration
p(
    "tweb",
    "Tweb|Tweb asianhallinta|TWEB",
    "case-management;meeting-management",
    "CGI",
    [YH, TA, HE, OPP],
    [
        "Asianhallinta, diaari, yhtymähallituksen ja -valtuuston kokoukset ja pöytäkirjat",
        "asiakirjat ja viranhaltijapäätökset",
        "Opiskelijoiden erottamis- ja oikaisuasiat diaariin",
        "Esityslistat ja pöytäkirjat, päätösten julkaisu",
    ],
)
p(
    "disec",
    "Disec|Disec e-arkisto",
    "archive",
    "Disec",
    [YH, OPP],
    [
        "Sähköinen pitkäaikaisarkisto",
        "Opiskelija-asiakirjojen arkistointi (päättötodistukset, suoritusotteet)",
    ],
)
p(
    "mfiles",
    "M-Files",
    "document-management",
    "M-Files",
    [KII, HAN],
    ["Kiinteistöjen dokumentit ja piirustukset", "hankkeiden dokumenttien hallinta ja versiot"],
)
p(
    "canto",
    "Canto|Canto kuvapankki",
    "document-management",
    "Canto",
    [VM],
    ["Markkinoinnin kuvapankki (kuvat, videot, logot)", "Kuva- ja videomateriaalin hallinta"],
)
p(
    "arvo",
    "Arvo|AMIS-palaute (Arvo)|Arvo-palautejärjestelmä",
    "customer-feedback",
    "Opetushallitus",
    [YH, OPP, TYP],
    [
        "Opiskelijapalautteet (aloitus- ja päättövaihe) ja työelämäpalaute",
        "AMIS-palautekyselyt, tulokset Vipuseen",
        "työpaikkaohjaajakyselyt",
    ],
)
p(
    "dynamics",
    "Dynamics 365 CRM|Dynamics CRM",
    "crm",
    "Microsoft / Fellowmind",
    [TYP, VM],
    [
        "Yritysasiakkuuksien ja työpaikkojen hallinta, yhteydenotot",
        "Asiakkuudenhallinta: yritysyhteistyö ja kumppanit",
    ],
)
p(
    "projectplace",
    "Projectplace",
    "project-portfolio",
    "Planview",
    [HAN, ICT],
    ["Hankkeiden ja projektien hallinta", "ICT-projektit"],
)
p(
    "smartsheet",
    "Smartsheet|Hankesalkku (Smartsheet)",
    "project-portfolio",
    "Smartsheet",
    [YH],
    ["Strategisten kehittämishankkeiden salkku ja tilannekuva johtoryhmälle"],
)
p(
    "eura",
    "EURA 2021|Eura2021",
    "grants",
    "Ruokavirasto / TEM",
    [HAN, HAN],
    [
        "EU-hankkeiden rahoitushakemukset ja maksatushakemukset",
        "ESR+ hankkeiden raportointi rahoittajalle ja maksatukset",
    ],
)
p(
    "cloudia",
    "Cloudia|Cloudia Kilpailutus",
    "procurement",
    "Cloudia",
    [TA, KII],
    ["Hankintojen kilpailutus", "urakoiden tarjouspyynnöt"],
)
p(
    "sopimuspankki",
    "Sopimuspankki|Sopimusrekisteri",
    "contract-management",
    "oma Excel / SharePoint",
    [TA, YH],
    [
        "Sopimusten rekisteri ja irtisanomisajat",
        "sopimusrekisteri - muistutukset sähköpostiin ennen päättymistä",
    ],
)
p(
    "powerbi",
    "Power BI",
    "reporting-bi",
    "Microsoft",
    [YH, TA, OPP, AIK],
    ["Johdon raportointi ja tunnusluvut", "taloustiedon raportit", "opiskelijavirrat ja läpäisy"],
)
p(
    "qlik",
    "Qlik Sense|QlikSense",
    "reporting-bi",
    "Qlik",
    [HE, TA],
    [
        "Henkilöstöraportointi (poissaolot, työaika)",
        "kustannusraportit ja opiskelijakohtaiset kustannukset",
    ],
)
p(
    "vipunen",
    "Vipunen",
    "statistics-research",
    "Opetushallitus",
    [YH, OPP],
    ["Koulutuksen tilastot ja vertailutiedot", "Opiskelijamäärät ja rahoituksen perusteet"],
)
p(
    "apsis",
    "Apsis One|Apsis",
    "communications",
    "Apsis",
    [VM],
    ["Markkinointiviestit ja uutiskirjeet hakijoille", "sähköpostimarkkinointi"],
)
p(
    "hootsuite",
    "Hootsuite",
    "communications",
    "Hootsuite",
    [VM, AIK],
    ["Somekanavien julkaisu ja seuranta", "Aikuiskoulutuksen somemarkkinointi"],
)
p(
    "edilex",
    "Edilex",
    "reference-information",
    "Alma Talent",
    [YH, HE],
    ["Lakitietokanta", "Säädökset ja virkaehtosopimukset (OVTES)"],
)
p(
    "qpr",
    "QPR|QPR ProcessDesigner",
    "process-quality",
    "QPR",
    [YH, YH],
    ["Laatukäsikirja ja prosessit (ISO 9001)", "Prosessikuvaukset, riskienhallinta"],
)
p(
    "haipro",
    "HaiPro",
    "occupational-health",
    "Awanic",
    [HE, RAV, TEK, MAA],
    [
        "Vaaratilanneilmoitukset",
        "Työturvallisuusilmoitukset ja läheltä piti -tilanteet",
        "opiskelijoiden tapaturmat ja vaaratilanteet työsaleissa",
    ],
)
# ---- finance / hr
p(
    "basware",
    "Basware|Basware P2P",
    "invoice-processing",
    "Basware",
    [TA, KII],
    ["Ostolaskujen käsittely", "Laskujen hyväksyntä"],
)
p(
    "netvisor",
    "Netvisor",
    "accounting;billing",
    "Visma Netvisor",
    [TA, AIK],
    ["Kirjanpito ja myyntilaskutus", "Tilauskoulutusten ja työvoimakoulutusten laskutus"],
)
p("talgraf", "Talgraf", "budgeting", "Talgraf", [TA], ["Talousarvio ja ennusteet", "Budjetointi"])
p(
    "paytrail",
    "Paytrail",
    "payments",
    "Paytrail",
    [AIK, RAV],
    ["Verkkomaksut (lyhytkurssit)", "opetusravintolan verkkotilaukset"],
)
p(
    "kassamagneetti",
    "Kassamagneetti",
    "point-of-sale",
    "Kassamagneetti",
    [RAV, PAL],
    ["Opetusravintolan kassa", "Kampaamon kassa"],
)
p(
    "sumup",
    "SumUp|Sumup-kortinlukija",
    "point-of-sale",
    "SumUp",
    [OPP, MAA],
    [
        "Opiskelijakahvion korttimaksut ja myyntiraportti",
        "Tilamyymälän kassa (kananmunat, perunat), myynti kirjataan Netvisoriin",
    ],
)
p(
    "sympa",
    "Sympa|Sympa HR",
    "hr-management",
    "Sympa Oy",
    [HE, HE, YH],
    [
        "Henkilöstöhallinto: palvelussuhteet, poissaolot, lomat, kehityskeskustelut",
        "HR-järjestelmä + esihenkilöiden itsepalvelu (mobiili)",
        "Henkilöstötiedot ja organisaatiorakenne",
    ],
)
p(
    "sarastia",
    "Sarastia Palkka|Sarastia|Sarastia 365",
    "payroll",
    "Sarastia Oy",
    [HE, TA],
    [
        "Palkanlaskenta ostopalveluna, palkkojen maksatus ja tulorekisteri-ilmoitukset",
        "palkkakirjanpidon siirto kirjanpitoon",
    ],
)
p(
    "tiima",
    "Tiima|Tiima-työaika",
    "time-tracking",
    "Visma Tiima",
    [KII, RAV, MAA],
    [
        "Työajan kirjaus ja leimaukset (kiinteistöhuolto)",
        "Työaikaseuranta, ylityöt ja liukumat",
        "tilan työntekijöiden tuntikirjaukset",
    ],
)
p(
    "titania",
    "Titania|Titania työvuorot",
    "shift-planning",
    "CGI",
    [RAV, RAV],
    ["Ravintolapalveluiden työvuorosuunnittelu", "Työvuorolistat, vuorotoiveet ja sijaistarpeet"],
)
p(
    "tyovuorovelho",
    "Työvuorovelho|TyövuoroVelho",
    "shift-planning",
    "Työvuorovelho Oy",
    [ASU, ASU],
    [
        "Asuntolan ohjaajien yö- ja viikonloppuvuorot",
        "vuorosuunnittelu; palkka-aineisto Sarastiaan",
    ],
)
p(
    "kuntarekry",
    "Kuntarekry|KuntaRekry",
    "recruitment",
    "KL-Kustannus",
    [HE, HE, RAV],
    [
        "Rekrytointi ja avoimet työpaikat",
        "Sijaisrekisteri ja lyhyet sijaisuudet",
        "kesätyöntekijöiden haku",
    ],
)
p(
    "laura",
    "Laura|Laura rekrytointi",
    "recruitment",
    "Laura Oy",
    [HE],
    ["Opettajien ja johdon rekrytoinnit, hakijoiden arviointi ja videohaastattelut"],
)
p(
    "eduhouse",
    "Eduhouse",
    "learning-management",
    "Eduhouse",
    [HE, ICT],
    [
        "Henkilöstökoulutus (verkkokurssit), osaamiskartoitukset",
        "tietoturvakoulutus koko henkilöstölle",
    ],
)
p(
    "m2",
    "M2|M2 matkalaskut",
    "travel-expenses",
    "Visma",
    [HE, TA],
    ["Matka- ja kululaskut", "Päivärahat, km-korvaukset; työpaikkakäyntien matkat"],
)
# ---- facilities
p(
    "granlund",
    "Granlund Manager|Granlund",
    "facility-management",
    "Granlund Oy",
    [KII, KII],
    [
        "Kiinteistöjen ylläpito, huoltokirja ja PTS",
        "tilatiedot, pinta-alat ja kiinteistöjen kunnossapitosuunnitelmat",
    ],
)
p(
    "iloq",
    "iLOQ|iLOQ S50",
    "access-control",
    "iLOQ Oy",
    [KII, ASU],
    ["Avaimet ja kulkuoikeudet (mobiiliavain)", "Asuntolan huoneiden lukitus ja kulkuoikeudet"],
)
p(
    "nuuka",
    "Nuuka",
    "energy-management",
    "Nuuka Solutions",
    [KII],
    ["Energiankulutuksen ja sisäolosuhteiden seuranta"],
)
p(
    "jamix",
    "Jamix|JAMIX",
    "catering",
    "Jamix Oy",
    [RAV, PAL, RAV],
    [
        "Ruokalistat, reseptiikka, tuotannonohjaus ja allergeenit",
        "Ravintola-alan opetuksen reseptit ja ruokalistat",
        "Erityisruokavaliot ja ruokatilaukset asuntolaan",
    ],
)
p(
    "tampuuri",
    "Tampuuri",
    "housing",
    "Tampuuri Oy",
    [ASU, TA],
    ["Asuntolahuoneiden vuokraus ja asukasrekisteri", "asuntolavuokrien reskontra"],
)
p(
    "timma",
    "Timma|Timma.fi",
    "appointment-booking",
    "Timma Oy",
    [PAL, PAL],
    [
        "Kampaamo- ja kosmetologiapalveluiden ajanvaraus asiakkaille",
        "Asiakkaiden nettiajanvaraus opetusympäristöön, tekstiviestimuistutukset",
    ],
)
p(
    "navirec",
    "Navirec",
    "fleet",
    "Navirec",
    [TEK, KII],
    ["Opetusajoneuvojen (kuorma-autot, bussi) ajoseuranta", "Kiinteistöpalveluiden autot"],
)
p(
    "lemonsoft",
    "Lemonsoft|Lemonsoft varasto",
    "logistics",
    "Lemonsoft Oy",
    [TEK],
    ["Logistiikan opetusvarasto: varastonhallinta ja keräily"],
)
# ---- education
p(
    "primus",
    "Primus|Wilma|Visma Primus|StarSoft Primus",
    "pupil-administration",
    "Visma",
    [OPP, OPP, TEK, SOTE, OHU, AIK],
    [
        "Opiskelijahallinto: opiskelijarekisteri, opintosuoritukset, KOSKI-siirrot",
        "Wilma: poissaolot, viestit ja arvioinnit",
        "Opiskelijoiden tiedot ja tutkinnon osat",
        "WILMA / PRIMUS\nLukujärjestykset, työjärjestys; opiskeluhuoltokertomukset Wilmassa",
    ],
)
p(
    "ehoks",
    "eHOKS|eHOKS-palvelu",
    "pupil-administration",
    "Opetushallitus",
    [TEK, SOTE, KAU],
    [
        "Henkilökohtaiset osaamisen kehittämissuunnitelmat (HOKS)",
        "HOKS-suunnitelmat ja työpaikalla järjestettävä koulutus",
        "opiskelijan HOKS näkyy oma opintopolku -palvelussa",
    ],
)
p(
    "moodle",
    "Moodle|Aktiivi Moodle",
    "learning-platform",
    "Moodle / eCraft",
    [TEK, KAU, SOTE, AIK],
    [
        "Verkko-oppimisympäristö, tehtävät ja näytöt",
        "Verkkokurssit ja oppimateriaalit",
        "MOODLE - etäopiskelu, kokeet ja arvosanojen siirto Primukseen",
        "Aikuisopiskelijoiden verkkototeutukset",
    ],
)
p(
    "pedanet",
    "Peda.net|Pedanet",
    "learning-platform",
    "Peda.net",
    [SOTE, PAL],
    ["Oppimisympäristö ja ryhmien sivut", "kurssisivut ja portfoliot"],
)
p(
    "kurssinetti",
    "Kurssinetti|Eduix Kurssinetti",
    "course-management",
    "Eduix",
    [AIK, TYP],
    [
        "Lyhytkurssien ilmoittautumiset (hygieniapassi, työturvakortti)",
        "tilauskoulutusten osallistujat ja todistukset",
    ],
)
p(
    "hellewi",
    "Hellewi",
    "course-management",
    "Hellewi Oy",
    [AIK],
    ["Vapaan sivistystyön kurssit (entisen opiston kurssit, yhdistetty 2022)"],
)
p(
    "opintopolku",
    "Opintopolku|Opintopolku.fi",
    "e-services",
    "Opetushallitus",
    [OPP, OPP],
    ["Yhteishaku ja jatkuva haku, hakijoiden valinnat", "Hakeminen koulutuksiin sähköisesti"],
)
p("koha", "Koha", "library", "Koha-Suomi Oy", [KIR], ["Oppilaitoskirjastojen lainaus ja kokoelmat"])
p(
    "ellibs",
    "Ellibs",
    "library",
    "Ellibs Oy",
    [KIR, SOTE],
    ["E-kirjat ja e-aineistot opiskelijoille", "Alan e-kirjat (hoitotyö)"],
)
p(
    "simulaatio",
    "SimCapture|Laerdal SimCapture",
    "learning-platform",
    "Laerdal",
    [SOTE],
    ["Hoitotyön simulaatio-opetuksen videointi ja debriefing"],
)

PRODUCTS = P

HEAD1 = [
    ("name", "Järjestelmä"),
    ("vendor", "Palveluntarjoaja"),
    ("dept", "Omistajayksikkö"),
    ("purpose", "Kuvaus"),
    ("users", "Käyttäjät"),
    ("cost", "Kustannus €/v"),
    ("end", "Sopimuskausi"),
    ("note", "Huom."),
]
HEAD2 = [
    ("name", "Sovellus"),
    ("dept", "Yksikkö"),
    ("purpose", "Mihin käytetään"),
    ("vendor", "Toimittaja"),
    ("users", "Käyttäjät"),
    ("end", "Sopimus voimassa"),
    ("cost", "Hinta/vuosi"),
    ("note", "Kommentit"),
]
SHEETS = [
    {
        "name": "Yhteiset palvelut",
        "columns": HEAD1,
        "fi_dates": True,
        "take": lambda r, s: s[r["dept"]] not in (KT_, OP),
    },
    {
        "name": "Koulutus ja opiskelijapalv.",
        "columns": HEAD2,
        "fi_dates": True,
        "title": "Koulutuksen ja opiskelijapalveluiden tietojärjestelmät 2024 (luonnos)",
        "take": lambda r, s: s[r["dept"]] in (KT_, OP),
    },
]
