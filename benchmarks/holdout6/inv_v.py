"""Inventory V: Swedish municipality (Lindeberga kommun), social services, elderly care,
LSS, preschool, compulsory school, upper secondary and adult education, plus the
municipal management office that runs shared IT."""

from common import P

STEM = "holdout6_v_sv"
LANG = "sv"
CREATOR = "Lindeberga kommun IT-enheten"
DOC_TITLE = "Systemförteckning verksamhetssystem"
DATE_FORMAT = "yyyy-mm-dd"
ID_FORMAT = "{n}"
TITLES = {}
N_EXACT_DUP = 2
N_NEAR_DUP = 1
ROWS_RANGE = (150, 200)

SECTORS = [
    "Socialförvaltningen",
    "Vård- och omsorgsförvaltningen",
    "Barn- och utbildningsförvaltningen",
    "Gymnasie- och vuxenutbildningen",
    "Kommunledningskontoret",
]
S, V, B, G, K = SECTORS

DEPTS = {
    "ifo": (S, ["Individ- och familjeomsorg", "IFO"]),
    "ekbist": (S, ["Ekonomiskt bistånd", "Försörjningsstöd"], "nodot"),
    "barnfam": (S, ["Barn och familj", "Barn- och familjeenheten"]),
    "bistand": (V, ["Biståndsenheten", "Myndighetsutövning äldre"]),
    "hemtj": (V, ["Hemtjänst", "Hemtjänsten Norra"]),
    "sabo": (V, ["Särskilt boende", "Äldreboenden"]),
    "lss": (V, ["LSS-verksamheten", "Funktionsstöd (LSS)"], "upper"),
    "hsl": (V, ["Kommunal hälso- och sjukvård (HSL)", "Sjuksköterskeorganisationen"]),
    "forskola": (B, ["Förskola", "Förskoleverksamheten"]),
    "grundskola": (B, ["Grundskola", "Grundskolan F-9", "grundskola"], "lower"),
    "elevhalsa": (B, ["Elevhälsan", "Centrala elevhälsan"]),
    "bufkansli": (B, ["BUF kansli", "Barn- och utbildningskontoret"]),
    "gymn": (G, ["Lindeberga gymnasium", "Gymnasiet"]),
    "komvux": (G, ["Komvux", "Vuxenutbildningen / SFI"]),
    "it": (K, ["IT-enheten", "Kommun-IT"]),
    "hr": (K, ["HR-avdelningen", "Personalavdelningen"]),
    "ekonomi": (K, ["Ekonomiavdelningen", "Ekonomi"]),
    "kansli": (K, ["Kansliet", "Kansli och nämndadministration"]),
    "kommunikation": (K, ["Kommunikationsavdelningen", "Kommunikation"]),
    "kontaktc": (K, ["Kontaktcenter", "Medborgarservice"]),
}

SHEET = "Verksamhetssystem"
SHEETS = [(SHEET, list(DEPTS))]
COLUMNS = {
    SHEET: [
        ("System", "name"),
        ("Leverantör", "vendor"),
        ("Förvaltning/enhet", "dept"),
        ("Syfte / användningsområde", "purpose"),
        ("Kommentar", "notes"),
        ("Antal användare", "users"),
        ("Årskostnad (kr)", "cost"),
        ("Avtalet löper ut", "end"),
        ("Systemägare", "owner"),
        ("Drift", "hosting"),
    ]
}
ORGMAP_HEADER = ["Enhet", "Förvaltning"]
HOSTING = [
    "SaaS",
    "molntjänst",
    "egen drift",
    "leverantörens drift",
    "Inera",
    "",
    "lokalt installerad",
]
OWNERS = [
    "Socialchef",
    "Anna Lindqvist",
    "IT-chef",
    "verksamhetschef",
    "Erik S.",
    "MAS",
    "",
    "förvaltningschef BUF",
    "Karin Holm",
    "rektor",
]
PLACEHOLDERS = ["", "-", "se kommentar", "?", "ej ifyllt", "TBD", "se nedan", "..."]
NOTE_PREFIXES = ["", "Används till: ", "Syfte: "]

PRODUCTS = [
    # ---------------------------------------------------------------- basic IT
    P(
        "m365",
        "office-email",
        ["Microsoft 365", "M365", "Office 365"],
        "Microsoft / Atea",
        "it ifo hemtj grundskola bufkansli ekonomi",
        [
            (
                "it",
                "M365 tenant: Exchange Online, OneDrive, SharePoint, Office-appar. E3 för "
                "tjänstemän, F3 för omsorgspersonal. Licenser via Adda-avtal",
            ),
            "E-post, kalender och Officeprogram",
            ("grundskola", "mejl och Word/Excel, alla lärare har konto"),
            ("hemtj", "E-post i mobilen för undersköterskor (F3-licens)"),
        ],
    ),
    P(
        "teams",
        "video-meetings",
        ["Microsoft Teams", "Teams"],
        "Microsoft",
        "it ifo bistand gymn",
        [
            "Digitala möten och chatt",
            ("it", "Teams ingår i M365, externa gäster tillåtna, Teams Rooms i sessionssalen"),
            "Möten med region och skola (SIP-möten), chatt inom arbetsgruppen",
            "Lektioner på distans vid behov, kanaler per klass",
        ],
    ),
    P(
        "visiba",
        "video-meetings",
        ["Visiba Care", "Visiba"],
        "Visiba Group",
        "bistand ifo",
        [
            "Säkra videomöten med brukare och anhöriga (BankID-inloggning)",
            "Digitala vårdplaneringsmöten och uppföljningar via säker video",
        ],
    ),
    P(
        "azuread",
        "identity-access",
        ["Azure AD", "Entra ID", "AAD"],
        "Microsoft",
        "it it",
        [
            "Identitets- och behörighetshantering, SSO, MFA",
            "Hybrid-AD med Entra Connect, Conditional Access, self-service password reset",
        ],
    ),
    P(
        "siths",
        "identity-access",
        ["SITHS", "SITHS-kort", "SITHS eID"],
        "Inera",
        "hsl it sabo",
        [
            "Inloggning med SITHS-kort till NPÖ, Pascal och journal",
            ("it", "SITHS eID och HSA-katalogen, korten beställs via IT, RA-funktion hos oss"),
            "Säker inloggning för sjuksköterskor till nationella tjänster",
        ],
    ),
    P(
        "intune",
        "endpoint-management",
        ["Intune", "Microsoft Intune"],
        "Microsoft",
        "it it grundskola",
        [
            "Hantering av datorer, mobiler och plattor (MDM)",
            "Autopilot, compliance policies, appdistribution",
            "elevernas datorer hanteras av IT, appar pushas ut",
        ],
    ),
    P(
        "easit",
        "itsm",
        ["Easit GO", "Easit", "EasitGO"],
        "Easit AB",
        "it it kontaktc",
        [
            "Ärendehantering IT-support och beställningar",
            "ITSM: incidenter, förändringar, CMDB",
            "Medborgarservice registrerar även felanmälan här",
        ],
    ),
    P(
        "sitevision",
        "web-publishing;intranet",
        ["Sitevision", "SiteVision", "Sitevision (intranät)"],
        "Sitevision AB",
        "kommunikation kommunikation forskola hr",
        [
            "Kommunens webbplats och intranät",
            "Publicering på lindeberga.se och Insidan (intranätet)",
            "Förskolornas sidor på webben",
            "Intranätet: HR-information, rutiner och blanketter",
        ],
    ),
    P(
        "esmaker",
        "survey-forms",
        ["Esmaker", "Esmaker NX"],
        "Entergate",
        "kommunikation grundskola sabo",
        [
            "Enkäter och formulär",
            "elevenkäter och vårdnadshavarenkäter",
            "Brukarenkät på boendena, anhörigenkät",
        ],
    ),
    P(
        "netigate",
        "survey-forms",
        ["Netigate"],
        "Netigate AB",
        "hr gymn",
        ["Medarbetarenkät och pulsmätningar", "Kursutvärderingar för elever"],
    ),
    P(
        "scrive",
        "e-signature",
        ["Scrive", "Scrive eSign"],
        "Scrive AB",
        "hr kansli",
        [
            "Elektronisk underskrift av anställningsavtal",
            "E-signering av protokoll och avtal med BankID",
        ],
    ),
    P(
        "uniflow",
        "printing",
        ["Follow Me-utskrift", "uniFLOW", "Utskriftshantering"],
        "Canon / Atea",
        "it gymn",
        ["Utskrifter, kopiering och scanning via passerkort", "Elevutskrifter med kvot"],
    ),
    P(
        "touchpoint",
        "telephony",
        ["Telia Touchpoint Plus", "Touchpoint", "Telia Touchpoint"],
        "Telia",
        "kontaktc it hemtj",
        [
            "Växel och kontaktcenter, köer och statistik",
            "Mobil växel, hänvisningar",
            "Hemtjänstens gruppnummer och kö",
        ],
    ),
    P(
        "serverdrift",
        "it-infrastructure",
        ["Serverdrift (VMware)", "VMware", "Kommunens serverhall"],
        "Atea",
        "it it",
        [
            "Servrar, lagring och nätverk i egen serverhall",
            "VMware-kluster, SAN, backup (Veeam), brandväggar",
        ],
    ),
    # ---------------------------------------------------------------- administration
    P(
        "ciceron",
        "case-management;meeting-management",
        ["Ciceron", "Ciceron Diarium", "Ciceron Assistent"],
        "Formpipe",
        "kansli kansli bufkansli ifo",
        [
            "Diarium, ärendehantering och nämndadministration",
            "Registrering av allmänna handlingar, kallelser och protokoll",
            "Diarieföring av ärenden till nämnden",
            (
                "ifo",
                "Diarieföring av inkomna handlingar som inte är personakter, t.ex. tillsynsärenden",
            ),
        ],
    ),
    P(
        "netpublicator",
        "meeting-management",
        ["Netpublicator", "Netpub"],
        "Netpublicator AB",
        "kansli bufkansli",
        [
            "Digitala sammanträdeshandlingar till förtroendevalda",
            "Handlingar till barn- och utbildningsnämnden i läsplatta",
        ],
    ),
    P(
        "earkiv",
        "archive",
        ["e-arkiv (Sydarkivera)", "Sydarkivera e-arkiv", "E-arkivet"],
        "Sydarkivera",
        "kansli kansli",
        [
            "Långtidsbevarande av digitala handlingar",
            "Leveranser till e-arkiv, gallring och arkivredovisning",
        ],
    ),
    P(
        "openeplatform",
        "e-services",
        ["Open ePlatform", "E-tjänsteplattformen", "Mina sidor"],
        "Nordic Peak",
        "kontaktc kansli forskola ekbist",
        [
            "E-tjänster för invånare med BankID",
            "Plattform för e-tjänster och blanketter",
            "ansökan om förskoleplats via e-tjänst, överförs till IST",
            "E-ansökan om ekonomiskt bistånd, kopplad till Viva",
        ],
    ),
    P(
        "dfrespons",
        "customer-feedback",
        ["DF Respons", "Synpunktshantering DF Respons"],
        "DF Kompetens",
        "kontaktc sabo kansli",
        [
            "Synpunkter och klagomål från invånare",
            "Klagomål och synpunkter på äldreomsorgen, uppföljning i kvalitetsarbetet",
            "Synpunktshantering och rapporter till nämnden",
        ],
    ),
    P(
        "stratsys",
        "process-quality",
        ["Stratsys", "Stratsys Planering"],
        "Stratsys AB",
        "ekonomi bufkansli hemtj",
        [
            "Verksamhetsplanering, mål och uppföljning, intern kontroll",
            "Systematiskt kvalitetsarbete i skolan",
            "Egenkontroller och kvalitetsledningssystem (SOSFS 2011:9)",
        ],
    ),
    P(
        "hypergene",
        "reporting-bi;budgeting",
        ["Hypergene", "Hypergene Beslutsstöd"],
        "Hypergene AB",
        "ekonomi ekonomi bufkansli",
        [
            "Budget, prognos och uppföljning",
            "Beslutsstöd och budgetering per ansvar",
            "Uppföljning av skolornas ekonomi",
        ],
    ),
    P(
        "powerbi",
        "reporting-bi",
        ["Power BI", "PowerBI"],
        "Microsoft",
        "it ifo",
        [
            "Rapporter och dashboards",
            "Statistik över placeringar och kostnader för institutionsvård",
        ],
    ),
    P(
        "kolada",
        "statistics-research",
        ["Kolada", "Kolada (RKA)"],
        "RKA",
        "ekonomi kansli",
        ["Nyckeltal och jämförelser med andra kommuner", "Kommunstatistik och öppna jämförelser"],
    ),
    P(
        "juno",
        "reference-information",
        ["JUNO", "Norstedts Juridik JUNO"],
        "Norstedts Juridik",
        "kansli ifo",
        [
            "Lagar, förarbeten och rättsfall",
            "Juridisk informationstjänst (SoL, LVU, förvaltningslagen)",
        ],
    ),
    P(
        "netjuridik",
        "reference-information",
        ["Netjuridik", "InfoTorg Juridik"],
        "Bisnode / Dun & Bradstreet",
        "ekbist barnfam",
        ["Rättsfall och socialrättsliga kommentarer", "Juridiskt stöd i utredningar, rättsfall"],
    ),
    P(
        "tendsign",
        "procurement;contract-management",
        ["TendSign", "Visma TendSign"],
        "Visma",
        "ekonomi ekonomi",
        [
            "Upphandling och avtalsdatabas",
            "Annonsering av upphandlingar, anbud och avtalsuppföljning",
        ],
    ),
    P(
        "proceedo",
        "procurement",
        ["Visma Proceedo", "Proceedo", "e-handel Proceedo"],
        "Visma",
        "ekonomi sabo forskola",
        [
            "E-handel och beställningar mot avtal",
            "Beställning av förbrukningsmaterial och inkontinensskydd",
            "Beställningar av material till förskolorna",
        ],
    ),
    P(
        "raindance",
        "accounting;invoice-processing",
        ["Raindance", "Raindance Ekonomi"],
        "CGI",
        "ekonomi ekonomi",
        [
            "Redovisning, leverantörsfakturor och attest",
            "Ekonomisystem: huvudbok och fakturaattest",
        ],
    ),
    P(
        "heroma",
        "hr-management;payroll",
        ["Heroma", "Heroma HR", "Heroma Lön"],
        "CGI",
        "hr hr hemtj",
        [
            "Personaladministration och lön",
            "Anställningar, lön och frånvaro",
            "Chefer registrerar frånvaro och timanställdas tid",
        ],
    ),
    P(
        "timecare",
        "shift-planning",
        ["Time Care Planering", "TimeCare", "Time Care Pool"],
        "Visma",
        "hemtj sabo lss",
        [
            "Schemaläggning och bemanning",
            "Schema för undersköterskor, lediga pass läggs ut i Time Care Pool",
            "Bemanningsplanering på gruppbostäder",
        ],
    ),
    P(
        "medvind",
        "shift-planning;time-tracking",
        ["Medvind", "Medvind WFM"],
        "Medvind Informationsteknik",
        "forskola hr",
        [
            "Schema och tidrapportering för förskolans personal",
            "Arbetstidsregistrering och schemaplanering",
        ],
    ),
    P(
        "reachmee",
        "recruitment",
        ["Visma Recruit", "ReachMee"],
        "Visma",
        "hr hr",
        ["Rekrytering och annonsering", "Rekryteringssystem, kopplat till Offentliga jobb"],
    ),
    P(
        "learnify",
        "learning-management",
        ["Learnify", "Lärportalen (Learnify)"],
        "Learnify AB",
        "hr sabo",
        [
            "Digitala utbildningar för medarbetare",
            "Obligatoriska utbildningar: basala hygienrutiner, lyftteknik, delegering",
        ],
    ),
    P(
        "kia",
        "occupational-health",
        ["KIA", "KIA-anmälan"],
        "AFA Försäkring",
        "hr hemtj grundskola",
        [
            "Anmälan av arbetsskador och tillbud",
            "Tillbud och skador registreras av chef",
            "elevers och personals tillbud rapporteras",
        ],
    ),
    # ---------------------------------------------------------------- social services
    P(
        "treserva",
        "social-care-records",
        ["Treserva", "CGI Treserva", "Treserva IFO", "Treserva LSS"],
        "CGI",
        "ifo barnfam lss bistand",
        [
            "Verksamhetssystem för socialtjänsten: akter, utredningar, beslut och journal",
            "Barnavårdsutredningar enligt BBIC, beslut och journalanteckningar",
            ("lss", "Genomförandeplaner, social dokumentation och beslut enligt LSS"),
            "Biståndsbedömning och beslut inom äldreomsorgen",
        ],
    ),
    P(
        "procapita",
        "social-care-records",
        ["Procapita", "Procapita VoO", "Procapita (läsbehörighet)"],
        "Tietoevry",
        "ifo bistand",
        [
            "Gamla akter före 2021, endast läsbehörighet",
            "Historiska personakter, avvecklas när arkivering är klar",
        ],
    ),
    P(
        "viva",
        "income-support",
        ["Viva", "Viva Ekonomiskt bistånd", "Viva EKB"],
        "Tietoevry",
        "ekbist ekbist",
        [
            "Handläggning av ekonomiskt bistånd: ansökan, beräkning och utbetalning",
            "Försörjningsstöd, normberäkning och utbetalningar",
        ],
    ),
    P(
        "ssbtek",
        "income-support",
        ["SSBTEK", "SSBTek"],
        "Försäkringskassan",
        "ekbist ekbist",
        [
            "Digital informationsinhämtning från Försäkringskassan, CSN, A-kassa vid ansökan "
            "om försörjningsstöd",
            "Kontroll av inkomster och ersättningar för sökande",
        ],
    ),
    P(
        "familjehemsbanken",
        "child-welfare",
        ["Familjehemsbanken", "FHB"],
        "Familjehemsbanken AB",
        "barnfam barnfam",
        [
            "Rekrytering och matchning av familjehem",
            "Förmedling av familjehem och jourhem för placerade barn",
        ],
    ),
    P(
        "momentum",
        "housing",
        ["Momentum", "Momentum Pyramid"],
        "Momentum Software",
        "ifo ekbist",
        ["Sociala kontrakt och andrahandsuthyrning", "Lägenheter för sociala kontrakt, hyresavier"],
    ),
    # ---------------------------------------------------------------- elderly care, LSS, HSL
    P(
        "phoniro",
        "home-care",
        ["Phoniro Care", "Phoniro", "Digitala lås Phoniro"],
        "Phoniro Systems",
        "hemtj hemtj",
        [
            "Digitala lås och besöksregistrering i hemtjänsten",
            "Personalen låser upp hos brukaren med mobilen och besöket registreras "
            "automatiskt, så vi ser utförd tid mot beviljad tid. Nycklar behövs inte "
            "längre, vilket var ett stort problem förut.",
        ],
    ),
    P(
        "tes",
        "home-care",
        ["TES", "TES-appen", "Tunstall TES"],
        "Tunstall",
        "hemtj sabo",
        ["Planering av hemtjänstinsater och besök", "Larmhantering och planering på boendena"],
    ),
    P(
        "dorocare",
        "home-care",
        ["Trygghetslarm (Doro Care)", "Doro Care"],
        "Doro Care",
        "hemtj bistand",
        [
            "Trygghetslarm i ordinärt boende, larmmottagning",
            "Beviljade trygghetslarm, installation och avslut",
        ],
    ),
    P(
        "mcss",
        "medication",
        ["MCSS", "Appva MCSS", "Appva"],
        "Appva AB",
        "hsl sabo lss",
        [
            (
                "hsl",
                "Digital signering av läkemedel och HSL-insatser. Sjuksköterskan lägger "
                "upp ordinationerna från dosrecept och undersköterskorna signerar i "
                "mobilen när de gett medicinen. Vi ser direkt om någon dos är missad och "
                "kan följa upp avvikelser.",
            ),
            "Signering av läkemedelsgivning och delegerade insatser",
            ("lss", "Signering av läkemedel på gruppbostäder"),
        ],
    ),
    P(
        "pascal",
        "medication",
        ["Pascal", "Pascal (dosförskrivning)"],
        "eHälsomyndigheten",
        "hsl hsl",
        [
            "Dosförskrivning och läkemedelslistor för patienter med dosdispensering",
            "Läkemedelslistor, se aktuella ordinationer",
        ],
    ),
    P(
        "npo",
        "patient-records",
        ["NPÖ", "Nationell patientöversikt"],
        "Inera",
        "hsl hsl",
        [
            "Ta del av journaluppgifter från regionen (med samtycke)",
            "Läsa regionens journal, provsvar och diagnoser för våra patienter",
        ],
    ),
    P(
        "pmo",
        "patient-records",
        ["PMO", "PMO Elevhälsa"],
        "CGM / Compugroup",
        "elevhalsa elevhalsa gymn",
        [
            "Journalsystem för elevhälsans medicinska insats (skolsköterska, skolläkare)",
            "Elevhälsojournal, hälsobesök och vaccinationer",
            "Skolsköterskornas journal på gymnasiet",
        ],
    ),
    P(
        "tidbok1177",
        "appointment-booking",
        ["1177 Tidbokning", "Tidbok 1177"],
        "Inera",
        "elevhalsa gymn",
        [
            "Tidbokning för elever och vårdnadshavare till skolsköterskan",
            "Webbtidbok för elevhälsan",
        ],
    ),
    # ---------------------------------------------------------------- education
    P(
        "extens",
        "pupil-administration",
        ["IST Extens", "Extens", "Extens elevregister"],
        "IST",
        "grundskola gymn bufkansli",
        [
            "Elevregister, betyg och antagning",
            "Gymnasieadministration: kurser, betyg, CSN-rapportering",
            "Elevregistret och statistik till SCB",
        ],
    ),
    P(
        "skola24",
        "pupil-administration",
        ["Skola24", "Skola 24", "Skola24 Schema"],
        "Skola24 AB",
        "grundskola grundskola gymn",
        [
            "Schema och frånvarorapportering",
            "frånvaro, schema och meddelanden till vårdnadshavare",
            "Schemaläggning och närvaro",
        ],
    ),
    P(
        "unikum",
        "learning-platform",
        ["Unikum", "Unikum lärplattform"],
        "Unikum AB",
        "grundskola forskola",
        [
            "Lärplattform: planering, bedömning och dokumentation",
            "Pedagogisk dokumentation och lärloggar i förskolan",
        ],
    ),
    P(
        "google",
        "learning-platform",
        ["Google Workspace for Education", "Google Classroom", "Chromebooks/Google"],
        "Google",
        "grundskola gymn it",
        [
            "Classroom, Docs och Drive i undervisningen",
            "uppgifter och inlämningar i Classroom",
            (
                "it",
                "Google Workspace Edu-domän för elever, SSO via Skolfederation, "
                "Chromebooks enrolled i Admin console",
            ),
        ],
    ),
    P(
        "vklass",
        "learning-platform",
        ["Vklass"],
        "Vklass AB",
        "gymn komvux",
        [
            "Lärplattform för kurser, inlämningar och omdömen",
            "Distansstudier och kursmaterial för vuxenelever",
        ],
    ),
    P(
        "tyra",
        "early-childhood",
        ["Tyra", "Tyra förskoleapp"],
        "Tyra AB",
        "forskola forskola",
        [
            "Närvaro, kommunikation med vårdnadshavare och dokumentation i förskolan",
            "Förskoleappen: in- och utcheckning av barnen, schema och bilder till föräldrarna",
        ],
    ),
    P(
        "istforskola",
        "early-childhood",
        ["IST Förskola", "Förskoleplacering (IST)"],
        "IST",
        "bufkansli forskola",
        [
            "Kö, placering och avgifter i förskola och fritidshem",
            "Placeringar och barnens vistelsetider",
        ],
    ),
    P(
        "alvis",
        "course-management",
        ["Alvis", "Alvis Komvux"],
        "Pulsen",
        "komvux komvux",
        [
            "Administration av vuxenutbildning: ansökan, kurser, betyg",
            "SFI och Komvux, kursutbud och elevregistrering",
        ],
    ),
    P(
        "nettrip",
        "school-transport",
        ["NetTrip", "Skolskjutsplanering NetTrip"],
        "Pulsen",
        "bufkansli bufkansli",
        ["Planering av skolskjuts", "Skolskjutsbeslut och turlistor"],
    ),
    P(
        "mashie",
        "catering",
        ["Mashie", "Mashie FoodTech"],
        "Mashie AB",
        "sabo forskola grundskola",
        [
            "Matsedlar och beställningar från boendenas kök",
            "Måltidsplanering, recept och specialkost",
            "skolmaten, specialkost och allergier",
        ],
    ),
    P(
        "micromarc",
        "library",
        ["Micromarc", "Skolbiblioteket (Micromarc)"],
        "Micromarc",
        "grundskola gymn",
        ["skolbibliotekets utlån och katalog", "Biblioteksystem för skolbiblioteket"],
    ),
    P(
        "interbook",
        "facility-booking;grants",
        ["Interbook Go", "Interbook", "Föreningsbidrag Interbook"],
        "Interbook AB",
        "kansli ifo",
        [
            "Lokalbokning och föreningsbidrag",
            "Bidrag till ideella föreningar inom det sociala området",
        ],
    ),
    P(
        "avgift",
        "billing",
        ["Vomsa Avgift", "Avgiftssystemet Vomsa"],
        "Vomsa AB",
        "bistand ekonomi",
        [
            "Beräkning och fakturering av omsorgsavgifter (maxtaxa, förbehållsbelopp)",
            "Kundfakturor för hemtjänst- och boendeavgifter, överförs till Raindance",
        ],
    ),
    P(
        "ungnavi",
        "youth-services",
        ["UngNavi", "UngNavi fältverksamhet"],
        "UngNavi AB",
        "ifo ifo",
        [
            "Fältsekreterarnas registrering av kontakter med ungdomar och fritidsgårdsbesök",
            "Uppsökande ungdomsarbete, statistik över kontakter och aktiviteter",
        ],
    ),
]
