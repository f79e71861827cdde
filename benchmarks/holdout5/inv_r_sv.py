"""holdout5_r_sv: Swedish region (healthcare, public transport, culture, development)."""

import datetime as dt

STEM = "holdout5_r_sv"
SEED = 50503
CREATOR = "Region Norrsund, Regional IT"
ORDER = "name"

RL, HS, KT, KB, RU, RS = (
    "Regionledningsförvaltningen",
    "Hälso- och sjukvård",
    "Kollektivtrafik",
    "Kultur och bildning",
    "Regional utveckling",
    "Regionservice",
)
RLK = "Regionledningskontoret"
EKO = "Ekonomienheten"
HR = "HR-avdelningen"
IT = "Regional IT"
IT2 = "IT-avdelningen"
KOM = "Kommunikationsenheten"
UPP = "Upphandlingsenheten"
KAN = "Regionkansliet"
NSV = "Närsjukvården"
LSH = "Länssjukhuset Norrsund"
FTV = "Folktandvården"
LAB = "Laboratoriemedicin"
BFM = "Bild- och funktionsmedicin"
PSY = "Psykiatrin"
LTR = "Länstrafiken"
SER = "Serviceresor"
KUL = "Kulturenheten"
RBI = "Regionbiblioteket"
FHS = "Folkhögskolan Norrsund"
NLT = "Näringsliv och tillväxt"
SPI = "Samhällsplanering och infrastruktur"
FAS = "Regionfastigheter"
KOS = "Kostservice"
FOR = "Förråd och logistik"

ORGMAP_HEADER = ("Enhet", "Verksamhetsområde")
ORGMAP = [
    (RLK, RL),
    (EKO, RL),
    (HR, RL),
    (IT, RL),
    (IT2, RL),
    (KOM, RL),
    (UPP, RL),
    (KAN, RL),
    (NSV, HS),
    (LSH, HS),
    (FTV, HS),
    (LAB, HS),
    (BFM, HS),
    (PSY, HS),
    (LTR, KT),
    (SER, KT),
    (KUL, KB),
    (RBI, KB),
    (FHS, KB),
    (NLT, RU),
    (SPI, RU),
    (FAS, RS),
    (KOS, RS),
    (FOR, RS),
]
DEPT_ORDER = [d for d, _s in ORGMAP]

LANG = {
    "placeholders": ["-", "se kommentar", "?", "saknas", "", "Ej ifyllt", "TBD"],
    "note_leads": ["", "Syfte: ", "Enl. systemägaren: ", "Beskrivning: "],
    "users": [
        15,
        60,
        300,
        "ca 4000",
        "alla anställda",
        "ca 50",
        "",
        "?",
        "3 adm.",
        1200,
        "vårdpersonal",
        "20-30",
    ],
    "costs": [
        45000,
        120000,
        "350 000 kr",
        "ca 80 tkr",
        "ingår i regionavtalet",
        "?",
        "",
        "1,2 mkr",
        "enl. avtal",
        18500,
        "via Inera",
        "okänt",
    ],
    "ends": [
        dt.datetime(2027, 3, 31),
        "2026-12-31",
        "2025",
        "tillsvidare",
        "31/12 2025",
        "förlängt t.o.m. 2027",
        "",
        "upphandling pågår",
        "?",
        dt.datetime(2028, 6, 30),
        "2026-06",
    ],
    "notes": [
        "Informationsklassning gjord",
        "Integration via Rhapsody",
        "Molntjänst",
        "Ersätts av nytt system 2026?",
        "Personuppgiftsbiträdesavtal finns",
        "SITHS-inloggning",
        "Systemförvaltare: Regional IT",
        "gemensamt med kommunerna",
    ],
}

P = []


def p(pid, names, funcs, vendor, depts, purposes, **extra):
    P.append((pid, names.split("|"), funcs, vendor, depts, purposes, extra))


# ---- basic IT
p(
    "m365",
    "Microsoft 365|Office 365|M365",
    "office-email",
    "Microsoft / Atea",
    [IT, RLK, LSH, LTR, KUL],
    [
        "E-post, kalender och Officepaketet för alla medarbetare",
        "Outlook, Word, Excel; OneDrive för lagring",
        "e-post och kontorsstöd",
        "Kontorsprogram och mejl",
    ],
)
p(
    "teams",
    "Microsoft Teams|Teams",
    "video-meetings",
    "Microsoft",
    [IT2, HR, NLT, KUL],
    [
        "Digitala möten och chatt internt",
        "Teamsmöten med kommuner och näringsliv",
        "chatt, videomöten, samarbetsytor",
    ],
)
p(
    "pexip",
    "Pexip|Pexip Infinity",
    "video-meetings",
    "Pexip / Inera",
    [NSV, PSY, LSH],
    [
        "Videomöten med patienter och mellan vårdenheter (videokonferens)",
        "Digitala vårdmöten / videobesök, integrerat med 1177",
        "videokonferens för ronder och MDK",
    ],
)
p(
    "siths",
    "SITHS|SITHS eID|Inera SITHS",
    "identity-access",
    "Inera",
    [IT, LSH],
    [
        "E-legitimation och behörighetsstyrning för vårdpersonal (SITHS-kort, HSA)",
        "inloggning i journalsystem med SITHS",
    ],
)
p(
    "sccm",
    "MECM|SCCM|Microsoft Endpoint Configuration Manager",
    "endpoint-management",
    "Microsoft",
    [IT],
    [
        "Klienthantering, paketering och utrullning av program till arbetsstationer",
        "Patchning av datorer",
    ],
)
p(
    "servicenow",
    "ServiceNow",
    "itsm",
    "ServiceNow",
    [IT, IT2, FAS],
    [
        "Ärendehantering för IT-support, incidenter och beställningar (självservice)",
        "IT-servicedesk ärenden och CMDB",
        "Felanmälan fastighet via samma portal",
    ],
)
p(
    "uniflow",
    "Uniflow|Canon uniFLOW",
    "printing",
    "Canon",
    [IT, LSH],
    [
        "Follow-me utskrift och skanning till e-post",
        "Utskrifter av etiketter och blanketter på avdelningar",
    ],
)
p(
    "trio",
    "Trio Enterprise|Trio",
    "telephony",
    "Enghouse",
    [NSV, IT2, LTR],
    [
        "Telefoni och köhantering för vårdcentralernas telefontid",
        "växel och kontaktcenter",
        "Kundtjänst Länstrafiken - telefonkö och chat",
    ],
)
p(
    "rhapsody",
    "Rhapsody|Orion Rhapsody|Integrationsmotorn",
    "it-infrastructure",
    "Rhapsody / Lifepoint",
    [IT],
    [
        "Integrationsplattform mellan vårdsystem (HL7, FHIR)",
        "integrationer; meddelanden mellan Cosmic, lab och röntgen",
    ],
)
p(
    "sitevision",
    "SiteVision|Sitevision",
    "intranet;web-publishing",
    "Sitevision AB",
    [KOM, KOM, KUL, FHS],
    [
        "Intranätet Insidan - nyheter, rutiner och styrdokument för medarbetare",
        "Webbplatsen norrsund.se, publicering",
        "Kulturwebben, publicering av evenemang",
        "Skolans webbplats",
    ],
)
p(
    "scrive",
    "Scrive",
    "e-signature",
    "Scrive AB",
    [UPP, HR],
    ["Digital signering av avtal", "e-signering av anställningsavtal"],
)
p(
    "underskrift",
    "Inera Underskriftstjänst|Underskriftstjänst",
    "e-signature",
    "Inera",
    [LSH, KAN],
    ["Elektronisk underskrift av intyg och remisser med SITHS", "Signering av protokoll"],
)
p(
    "esmaker",
    "esMaker|EsMaker",
    "survey-forms",
    "Entergate",
    [RLK, FHS, KUL],
    [
        "Enkäter och undersökningar",
        "kursutvärderingar",
        "publikundersökningar och ansökningsformulär",
    ],
)
p(
    "netigate",
    "Netigate",
    "survey-forms",
    "Netigate",
    [HR, LTR],
    ["Medarbetarenkät", "Kundnöjdhetsundersökningar, resenärsenkäter"],
)
# ---- administration
p(
    "platina",
    "Platina",
    "case-management;meeting-management",
    "Formpipe",
    [KAN, RLK, NLT, HR],
    [
        "Ärende- och dokumenthantering, diarium samt nämndadministration (kallelser, protokoll)",
        "Diarieföring och registrering av allmänna handlingar",
        "Handläggning av ärenden; beslut",
        "diarium",
    ],
)
p(
    "p360",
    "Public 360°|Public 360|P360",
    "case-management",
    "Tietoevry",
    [LTR, SER],
    [
        "Ärendehantering och diarium för kollektivtrafikmyndigheten",
        "Dokumenthantering av ärenden för färdtjänst och sjukresor",
    ],
)
p(
    "netpub",
    "Netpublicator",
    "meeting-management",
    "Netpublicator AB",
    [KAN, KAN],
    [
        "Digitala möteshandlingar för regionfullmäktige och nämnder (läsplattor)",
        "Politikernas möteshandlingar i app",
    ],
)
p(
    "earkiv",
    "Formpipe Long-Term Archive|e-arkiv|FLTA",
    "archive",
    "Formpipe",
    [KAN, LSH],
    ["Regionens e-arkiv, slutarkivering", "Arkivering av avställda journalsystem"],
)
p(
    "opeplat",
    "Open ePlatform|E-tjänsteplattform",
    "e-services",
    "Nordic Peak",
    [KAN, KUL, NLT],
    ["E-tjänster för invånare och organisationer", "Ansökan kulturstöd via e-tjänst", "e-tjänster"],
)
p(
    "lime",
    "Lime CRM|Lime",
    "crm",
    "Lime Technologies",
    [NLT, NLT],
    [
        "Kundregister för företagskontakter och näringslivsarbete",
        "CRM - företagsbesök, kontakter, ärenden",
    ],
)
p(
    "antura",
    "Antura Projects|Antura",
    "project-portfolio",
    "Antura AB",
    [RLK, IT],
    ["Projekt- och portföljstyrning", "IT-projektportfölj"],
)
p(
    "proceedo",
    "Proceedo|Visma Proceedo",
    "procurement",
    "Visma",
    [UPP, FOR, LSH],
    [
        "E-handel: beställningar mot avtal",
        "avropsbeställningar från e-handelssystem",
        "beställning av förbrukningsmaterial",
    ],
)
p(
    "tendsign",
    "TendSign|Visma TendSign",
    "procurement",
    "Visma",
    [UPP],
    ["Annonsering och upphandling (LOU), anbudsutvärdering"],
)
p(
    "kommers",
    "Kommers Avtal|Avtalsdatabasen",
    "contract-management",
    "Kommers",
    [UPP, EKO],
    ["Avtalsdatabas och avtalsuppföljning", "avtalskatalog"],
)
p(
    "stipendie",
    "Stipendiehanteraren",
    "grants",
    "Stipendiehanteraren",
    [KUL, KUL],
    [
        "Ansökningar om kulturstöd och stipendier, handläggning och beslut",
        "Verksamhetsbidrag och projektstöd kultur",
    ],
)
p(
    "nyps",
    "Nyps 2020|NYPS",
    "grants",
    "Tillväxtverket",
    [NLT, SPI],
    ["Handläggning av regionala projektmedel och företagsstöd", "Stöd till kommersiell service"],
)
p(
    "diver",
    "Diver|Diver beslutsstöd",
    "reporting-bi",
    "Dimensional Insight",
    [RLK, LSH, NSV],
    [
        "Vårdens beslutsstöd och verksamhetsuppföljning",
        "produktion, väntetider och vårdtillfällen",
        "uppföljning vårdval",
    ],
)
p(
    "qlikview",
    "QlikView",
    "reporting-bi",
    "Qlik",
    [EKO, HR],
    ["Ekonomiuppföljning", "Personalstatistik och sjukfrånvaro"],
)
p(
    "powerbi",
    "Power BI",
    "reporting-bi",
    "Microsoft",
    [LTR, NLT],
    ["Resandestatistik och rapporter", "Regional statistik dashboards"],
)
p(
    "pxweb",
    "PX-Web|Statistikdatabasen",
    "statistics-research",
    "SCB",
    [SPI, NLT],
    ["Regional statistik och öppna data", "befolkningsprognoser"],
)
p(
    "meltwater",
    "Meltwater",
    "communications",
    "Meltwater",
    [KOM, RLK],
    ["Mediebevakning och omvärldsanalys", "bevakning av press och sociala medier"],
)
p(
    "mynewsdesk",
    "Mynewsdesk",
    "communications",
    "Mynewsdesk",
    [KOM, LTR],
    ["Pressmeddelanden och nyhetsrum", "Trafikinformation till press"],
)
p(
    "karnov",
    "Karnov|Karnov Juridik",
    "reference-information",
    "Karnov Group",
    [KAN, UPP],
    ["Juridisk informationstjänst (lagar, förarbeten)", "LOU, rättsfall"],
)
p(
    "synergi",
    "Synergi|Synergi Life",
    "process-quality",
    "DNV",
    [LSH, NSV, PSY],
    [
        "Avvikelsehantering och riskanalys (patientsäkerhet)",
        "avvikelser och händelseanalyser",
        "Lex Maria-utredningar",
    ],
)
p(
    "kia",
    "KIA",
    "occupational-health",
    "AFA Försäkring",
    [HR, LSH, KOS],
    ["Arbetsmiljö: tillbud och arbetsskador", "Tillbudsrapportering"],
)
# ---- finance / hr
p(
    "palette",
    "Palette",
    "invoice-processing",
    "Palette",
    [EKO, LSH],
    ["Leverantörsfakturor, attest och kontering", "fakturaattest"],
)
p(
    "raindance",
    "Raindance",
    "accounting;budgeting",
    "CGI",
    [EKO, EKO, LTR],
    [
        "Redovisning, huvudbok och budget",
        "Ekonomisystem: bokföring, kundreskontra, budget och prognos",
        "Ekonomi",
    ],
)
p(
    "hypergene",
    "Hypergene",
    "budgeting",
    "Hypergene",
    [EKO, RLK],
    [
        "Budget och verksamhetsplanering",
        "Budgetprocess, verksamhetsplan och årsredovisning (uppföljning)",
    ],
)
p(
    "swish",
    "Swish Företag|Swish",
    "payments",
    "Getswish",
    [FTV, KUL],
    ["Betalning patientavgifter", "Betalningar vid evenemang"],
)
p(
    "extenda",
    "Extenda|Kassasystem Extenda",
    "point-of-sale",
    "Extenda Retail",
    [KOS, KOS],
    ["Kassa i personalrestaurangen", "kassasystem café på sjukhuset"],
)
p(
    "heroma",
    "Heroma",
    "hr-management;payroll",
    "CGI",
    [HR, HR, LSH],
    [
        "Personaladministration och lön: anställningar, frånvaro, lönekörning",
        "Löneadministration",
        "HEROMA\nAnställningar och självservice för chefer",
    ],
)
p(
    "timecare",
    "Time Care Planering|TimeCare Planering",
    "shift-planning",
    "Tietoevry",
    [LSH, NSV, PSY],
    [
        "Schemaläggning för vårdpersonal",
        "bemanning och scheman",
        "Schemaplanering psykiatri, önskeschema",
    ],
)
p(
    "timepool",
    "Time Care Pool|TimeCare Pool",
    "shift-planning",
    "Tietoevry",
    [LSH, HR],
    ["Bemanningspool för timanställda", "Förmedling av vikarier/ timvikarier till enheterna"],
)
p(
    "varbi",
    "Varbi",
    "recruitment",
    "Varbi",
    [HR, HR],
    ["Rekrytering", "Annonsering av tjänster och urval, kandidater"],
)
p(
    "learnify",
    "Kompetensportalen|Learnify",
    "learning-management",
    "Learnify",
    [HR, LSH],
    [
        "Utbildning och kompetens för medarbetare",
        "Webbutbildningar (HLR, brandskydd), kursregistrering",
    ],
)
# ---- health
p(
    "cosmic",
    "Cosmic|COSMIC|Cambio Cosmic",
    "patient-records",
    "Cambio",
    [LSH, NSV, PSY, LSH, FTV],
    [
        "Vårdens journalsystem: journal, remisser, läkemedelslista, vårdadministration",
        "Patientjournal",
        "Journalföring psykiatri, tvångsvård",
        "COSMIC - journal, vårdplanering och remisser",
    ],
)
p(
    "t4",
    "T4|T4 Tandvård",
    "dental-care",
    "Carestream Dental",
    [FTV, FTV, FTV],
    [
        "Folktandvårdens journal, behandlingsplaner och tidbok; kallelser via SMS",
        "Tandvårdsjournal och debitering av patientavgifter",
        "T4 - journal + röntgenbilder (intraoral)",
    ],
)
p(
    "opus",
    "Opus Dental|Opus",
    "dental-care",
    "Opus Systemer",
    [FTV],
    ["Specialisttandvårdens journalsystem (käkkirurgi, ortodonti) - kvar sedan sammanslagningen"],
)
p(
    "flexlab",
    "Flexlab|FlexLab",
    "laboratory",
    "Tietoevry",
    [LAB, LAB, NSV],
    [
        "Laboratorieinformationssystem för klinisk kemi och mikrobiologi",
        "Provsvar, remisser och analysbeställningar; svar skickas till Cosmic",
        "Beställning av labbprover från vårdcentralerna",
    ],
)
p(
    "sympathy",
    "Sympathy|Sympathy patologi",
    "laboratory",
    "Tietoevry",
    [LAB, LAB],
    ["Patologi och cytologi: preparat, utlåtanden", "PAD-svar och biobank"],
)
p(
    "sectrapacs",
    "Sectra PACS|Sectra IDS7|IDS7",
    "medical-imaging",
    "Sectra",
    [BFM, BFM, LSH],
    [
        "Bildlagring och granskning av röntgen-, DT- och MR-bilder",
        "PACS, bildarkiv och bildgranskning; bildöverföring till universitetssjukhuset",
        "Granskning av bilder på avdelningarna",
    ],
)
p(
    "sectraris",
    "Sectra RIS|RIS",
    "medical-imaging",
    "Sectra",
    [BFM, BFM],
    [
        "Radiologiskt informationssystem: remisshantering, bokning av undersökningar",
        "röntgenremisser och svar",
    ],
)
p(
    "pascal",
    "Pascal",
    "medication",
    "eHälsomyndigheten",
    [NSV, PSY],
    [
        "Förskrivning av dosdispenserade läkemedel",
        "ordination av dosläkemedel till patienter i särskilt boende",
    ],
)
p(
    "cytodos",
    "Cytodos",
    "medication",
    "Cytodos AB",
    [LSH, LSH],
    [
        "Ordination och beredning av cytostatika (onkologen)",
        "CYTOSTATIKAORDINATION, kurer och doser",
    ],
)
p(
    "1177",
    "1177|1177 Vårdguiden|1177 e-tjänster",
    "e-services;appointment-booking",
    "Inera",
    [NSV, NSV, FTV, PSY],
    [
        "E-tjänster för invånare: boka och avboka tid, förnya recept, säkra meddelanden",
        "Webbtidbok och egen vårdplan",
        "Tidbokning för tandvård via 1177",
        "Invånartjänster, journalen via nätet",
    ],
)
p(
    "qmatic",
    "Qmatic|Qmatic Orchestra",
    "appointment-booking",
    "Qmatic",
    [LSH, LAB],
    [
        "Köhantering och incheckning i receptionerna (kölappar, skärmar)",
        "Provtagningens tidbokning och kösystem",
    ],
)
# ---- transport
p(
    "hastus",
    "Hastus|GIRO Hastus",
    "public-transport",
    "GIRO Inc.",
    [LTR, LTR],
    [
        "Planering av busstrafik: tidtabeller, fordons- och förarplanering",
        "Tidtabeller och omloppsplanering för upphandlad trafik",
    ],
)
p(
    "pubtrans",
    "PubTrans|Hogia PubTrans",
    "public-transport",
    "Hogia",
    [LTR, LTR],
    [
        "Realtidsinformation om bussar till app, skyltar och hållplatser",
        "Trafikledning och störningsinformation",
    ],
)
p(
    "pass",
    "Trapeze PASS|PASS",
    "public-transport",
    "Trapeze",
    [SER, SER],
    [
        "Beställning och planering av färdtjänst och sjukresor",
        "Serviceresor: bokning, samordning av resor, tillstånd",
    ],
)
# ---- culture, education, development
p(
    "quria",
    "Quria|Axiell Quria",
    "library",
    "Axiell",
    [RBI, FHS],
    [
        "Biblioteksystem för regionbiblioteket och länets bibliotek (samkatalog)",
        "Skolbiblioteket, utlån",
    ],
)
p(
    "carlotta",
    "Carlotta",
    "museum-collections",
    "Göteborgs stad / Carlotta",
    [KUL, KUL],
    [
        "Samlingsdatabas för regionmuseets föremål och fotografier",
        "Registrering av museiföremål och digitalisering",
    ],
)
p(
    "tickster",
    "Tickster",
    "event-ticketing",
    "Tickster AB",
    [KUL, FHS],
    [
        "Biljettförsäljning till länsteaterns föreställningar",
        "Anmälan och biljetter till kurser och konserter",
    ],
)
p(
    "schoolsoft",
    "SchoolSoft|Schoolsoft",
    "pupil-administration",
    "SchoolSoft AB",
    [FHS, FHS],
    ["Deltagaradministration, närvaro och intyg på folkhögskolan", "Schema, närvaro, omdömen"],
)
p(
    "canvas",
    "Canvas|Canvas LMS",
    "learning-platform",
    "Instructure",
    [FHS, FHS],
    ["Lärplattform för kurser och distansundervisning", "kursmaterial och inlämningar"],
)
p(
    "arcgis",
    "ArcGIS|ArcGIS Pro",
    "gis",
    "Esri Sverige",
    [SPI, SPI, LTR],
    [
        "GIS-analyser och kartor för regional planering",
        "Kartor över infrastruktur och bredband",
        "hållplatskartor",
    ],
)
p(
    "vitec",
    "Vitec Fastighet|Vitec",
    "facility-management",
    "Vitec",
    [FAS, FAS],
    ["Fastighetsförvaltning: hyresavtal, lokaler och underhållsplaner", "Felanmälan och underhåll"],
)
p(
    "pondus",
    "Pondus",
    "energy-management",
    "Pondus Kommunal",
    [FAS],
    ["Energiuppföljning per byggnad (el, värme, vatten)"],
)
p(
    "rco",
    "RCO R-CARD M5|R-Card M5",
    "access-control",
    "RCO Security",
    [FAS, LSH],
    ["Passersystem och larm", "Passerkort och behörigheter på sjukhuset"],
)
p(
    "matilda",
    "Matilda|Matilda Foodtech",
    "catering",
    "Matilda Foodtech",
    [KOS, KOS],
    [
        "Kostdatasystem: recept, menyer, näringsberäkning, specialkost",
        "Patientmåltider - beställning från avdelningar",
    ],
)
p(
    "autoplan",
    "Autoplan",
    "fleet",
    "Autoplan AB",
    [FOR, LSH],
    ["Fordonsadministration och leasingbilar", "Bilpool ambulanssjukvård"],
)
p(
    "astro",
    "Astro WMS|Astro",
    "logistics",
    "Consafe Logistics",
    [FOR, FOR],
    ["Lagersystem för centralförrådet", "Plock, leveranser och transporter till vården"],
)
p(
    "interbook",
    "Interbook Go|Interbook",
    "facility-booking",
    "Interbook AB",
    [FAS, FHS],
    ["Bokning av konferenslokaler och resurser", "lokalbokning internat och konferens"],
)
p(
    "wis",
    "WIS",
    "rescue-services",
    "MSB",
    [RLK, LSH],
    [
        "Krisberedskap: lägesbilder och information vid samhällsstörningar",
        "Katastrofmedicinsk beredskap, stabsarbete",
    ],
)
p(
    "revit",
    "Revit|Autodesk Revit",
    "construction-design",
    "Autodesk",
    [FAS],
    ["Projektering och BIM-modeller för byggprojekt"],
)

PRODUCTS = P

SHEETS = [
    {
        "name": "Systemkarta",
        "take": lambda r, s: True,
        "columns": [
            ("name", "Systemnamn"),
            ("vendor", "Leverantör"),
            ("dept", "Förvaltning/enhet"),
            ("purpose", "Syfte/beskrivning"),
            ("users", "Antal användare"),
            ("cost", "Årskostnad (kr)"),
            ("end", "Avtalet löper ut"),
            ("note", "Kommentar"),
        ],
    }
]
