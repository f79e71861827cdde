"""holdout5_s_en: Scottish local council ICT systems register."""

import datetime as dt

STEM = "holdout5_s_en"
SEED = 50504
CREATOR = "Strathallan Council ICT"
ORDER = "dept"

CS, ECS, HSCP, PL, CH = (
    "Corporate Services",
    "Education and Children's Services",
    "Health and Social Care Partnership",
    "Place",
    "Communities and Housing",
)
ICT = "ICT"
ICT2 = "Digital & ICT"
FIN = "Finance"
REV = "Revenues & Benefits"
HRP = "HR & Payroll"
LDS = "Legal & Democratic Services"
COM = "Communications"
CUS = "Customer Services"
PRO = "Procurement"
SCH = "Education - Schools"
EY = "Early Years"
CF = "Children & Families"
ASC = "Adult Social Care"
CJ = "Justice Social Work"
RT = "Roads & Transport"
WF = "Waste & Fleet"
PBS = "Planning & Building Standards"
EHT = "Environmental Health & Trading Standards"
EP = "Estates & Property"
HOU = "Housing Services"
LIB = "Libraries & Culture"
LEI = "Leisure"
ED = "Economic Development"

ORGMAP_HEADER = ("Service Area", "Directorate")
ORGMAP = [
    (ICT, CS),
    (ICT2, CS),
    (FIN, CS),
    (REV, CS),
    (HRP, CS),
    (LDS, CS),
    (COM, CS),
    (CUS, CS),
    (PRO, CS),
    (SCH, ECS),
    (EY, ECS),
    (CF, ECS),
    (ASC, HSCP),
    (CJ, HSCP),
    (RT, PL),
    (WF, PL),
    (PBS, PL),
    (EHT, PL),
    (EP, PL),
    (ED, PL),
    (HOU, CH),
    (LIB, CH),
    (LEI, CH),
]
DEPT_ORDER = [d for d, _s in ORGMAP]

LANG = {
    "placeholders": ["-", "see comments", "TBC", "n/a", "", "?", "tbc - check with service"],
    "note_leads": ["", "Purpose: ", "Per service lead: ", "(desc) "],
    "users": [
        12,
        45,
        300,
        "approx 4,500",
        "All staff",
        "c.80",
        "",
        "?",
        "2 admins",
        "all schools",
        "15-20",
        1100,
    ],
    "costs": [
        8500,
        42000,
        "£12,000",
        "c. £3k",
        "incl. in EA",
        "?",
        "",
        "£125,500 pa",
        "funded by SG",
        0,
        "see contract",
        "£1,250 + VAT",
    ],
    "ends": [
        dt.datetime(2026, 3, 31),
        "31/03/2027",
        "2025",
        "Rolling",
        "TBC",
        "March 2028",
        "",
        "2025-28 (+1+1)",
        "Expired - extension agreed",
        dt.datetime(2027, 9, 30),
        "31.03.26",
    ],
    "notes": [
        "Cloud hosted (UK)",
        "DPIA completed",
        "Integration with Business World",
        "Single sign-on via Entra",
        "Replacement under review",
        "Scotland Excel framework",
        "Cyber Essentials Plus",
        "PSN connection",
        "Supplier support only 9-5",
    ],
}

P = []


def p(pid, names, funcs, vendor, depts, purposes, **extra):
    P.append((pid, names.split("|"), funcs, vendor, depts, purposes, extra))


# ---- basic IT
p(
    "m365",
    "Microsoft 365|Office 365|M365 E3",
    "office-email",
    "Microsoft / Softcat",
    [ICT, FIN, SCH, ASC, RT],
    [
        "Email, calendars and Office apps (Word, Excel, PowerPoint) for all staff",
        "Outlook email + OneDrive",
        "Staff email and office productivity. Pupils use Glow instead.",
        "email / office",
    ],
)
p(
    "teams",
    "Microsoft Teams|MS Teams|Teams",
    "video-meetings",
    "Microsoft",
    [ICT2, HRP, CF, LDS],
    [
        "Video calls, chat and team sites",
        "Online meetings incl. child protection case conferences with partners",
        "Hybrid committee meetings and webcasting of Council meetings",
        "chat & meetings",
    ],
)
p(
    "entra",
    "Entra ID|Azure Active Directory|Azure AD",
    "identity-access",
    "Microsoft",
    [ICT, ICT2],
    [
        "Identity, single sign-on and MFA for staff accounts",
        "User accounts, joiners/movers/leavers, conditional access",
    ],
)
p(
    "intune",
    "Intune|Microsoft Intune",
    "endpoint-management",
    "Microsoft",
    [ICT, SCH],
    [
        "Laptop and mobile device management, app deployment",
        "management of school iPads and teacher laptops",
    ],
)
p(
    "hornbill",
    "Hornbill|Hornbill Service Manager",
    "itsm",
    "Hornbill",
    [ICT, ICT2, EP],
    [
        "IT service desk: incidents, requests, change management",
        "Self-service portal for IT requests and knowledge base",
        "property helpdesk requests logged via Hornbill too",
    ],
)
p(
    "hub",
    "The Hub|The Hub (SharePoint)|Intranet",
    "intranet",
    "Microsoft",
    [COM, HRP],
    ["Staff intranet - news, policies, HR forms", "Internal comms, staff news and guidance"],
)
p(
    "jadu",
    "Jadu CMS|Jadu|Council website",
    "web-publishing",
    "Jadu",
    [COM, CUS, LIB],
    [
        "Corporate website content management",
        "website, online forms hosted in Jadu XFP",
        "library and culture pages on council website",
    ],
)
p(
    "docusign",
    "DocuSign",
    "e-signature",
    "DocuSign",
    [LDS, PRO, HRP],
    [
        "Electronic signature of contracts and legal documents",
        "e-signing of contract awards",
        "offer letters and contracts signed electronically",
    ],
)
p(
    "citizenspace",
    "Citizen Space",
    "survey-forms",
    "Delib",
    [COM, PBS, ED],
    [
        "Public consultations and engagement",
        "Local development plan consultation responses",
        "consultations",
    ],
)
p(
    "smartsurvey",
    "SmartSurvey|Smart Survey",
    "survey-forms",
    "SmartSurvey Ltd",
    [HRP, SCH, LEI],
    ["Staff surveys", "Parent and pupil surveys", "customer satisfaction surveys"],
)
p(
    "uniflow",
    "uniFLOW|Canon uniFLOW",
    "printing",
    "Canon",
    [ICT],
    ["Print management and secure follow-me printing", "MFD printing, scanning to email"],
)
p(
    "mitel",
    "Mitel MiContact Center|Mitel",
    "telephony",
    "Mitel / Daisy",
    [CUS, ICT, REV],
    [
        "Contact centre telephony, call queues and call recording",
        "Telephone system (MiVoice) for all offices",
        "Council tax helpline queues",
    ],
)
# ---- corporate / admin
p(
    "iken",
    "Iken|Iken Case Management",
    "case-management",
    "Iken Business",
    [LDS, LDS],
    [
        "Legal case management, time recording and matter files",
        "Litigation, conveyancing and licensing casework",
    ],
)
p(
    "moderngov",
    "ModernGov|modern.gov|Modern.Gov",
    "meeting-management",
    "Civica",
    [LDS, LDS, COM],
    [
        "Committee management: agendas, minutes, decisions published online",
        "Councillor details, meeting papers, register of interests",
        "publishing committee papers to the website",
    ],
)
p(
    "preservica",
    "Preservica",
    "archive",
    "Preservica",
    [LDS, LIB],
    [
        "Digital preservation of council records",
        "Archive of historical records and digitised collections (Archives service)",
    ],
)
p(
    "civicadm",
    "Civica Document Management|Information@Work|W2",
    "document-management",
    "Civica",
    [REV, HOU, ASC],
    [
        "Document management and scanning for revenues & benefits correspondence",
        "scanned tenancy documents and workflow",
        "Scanned social care paper files",
    ],
)
p(
    "idoxdms",
    "Idox DMS|Idox Document Management",
    "document-management",
    "Idox",
    [PBS, EHT],
    [
        "Planning application documents and drawings, public access",
        "document storage for building warrants and inspections",
    ],
)
p(
    "mycouncil",
    "MyCouncil|Granicus MyCouncil|Firmstep",
    "e-services",
    "Granicus",
    [CUS, CUS, WF],
    [
        "Online customer portal: report it, apply for it, pay for it",
        "Self-service forms and customer accounts",
        "Bulky uplift and missed bin requests online",
    ],
)
p(
    "icasework",
    "iCasework",
    "customer-feedback",
    "Civica / Granicus",
    [CUS, LDS],
    [
        "Complaints handling (two-stage CHP) and compliments",
        "Complaints and FOI requests, SPSO reporting",
    ],
)
p(
    "verint",
    "Verint|Lagan CRM|Verint (Lagan)",
    "crm",
    "Verint",
    [CUS, CUS, HOU],
    [
        "Customer contact record (CRM) for contact centre",
        "CRM - logging enquiries, service requests and callbacks",
        "housing repairs enquiries",
    ],
)
p(
    "salesforce",
    "Salesforce",
    "crm",
    "Salesforce",
    [ED],
    [
        "Business contacts, account management and pipeline for inward investment",
        "Contact management for business engagement",
    ],
)
p(
    "verto",
    "Verto",
    "project-portfolio",
    "Verto",
    [ICT2, EP, ED],
    [
        "Project and programme management, highlight reports",
        "capital programme projects",
        "Regeneration projects & funding tracker",
    ],
)
p(
    "pcs",
    "PCS-Tender|Public Contracts Scotland",
    "procurement",
    "Scottish Government",
    [PRO, PRO, RT],
    [
        "Tendering and contract notices (PCS / PCS-Tender)",
        "e-tendering, supplier responses and evaluation",
        "roads works tenders",
    ],
)
p(
    "proactis",
    "Proactis|Proactis Contract Management",
    "contract-management",
    "Proactis",
    [PRO, FIN],
    ["Contract register, contract management and renewals", "contract register (published)"],
)
p(
    "flexigrant",
    "Flexi-Grant",
    "grants",
    "Fluent Technology",
    [ED, LIB, CUS],
    [
        "Community grants applications and assessment",
        "Culture fund grant awards",
        "Community Benefit fund applications",
    ],
)
p(
    "powerbi",
    "Power BI|PowerBI",
    "reporting-bi",
    "Microsoft",
    [ICT2, FIN, SCH, ASC],
    [
        "Corporate performance dashboards and management reporting",
        "budget monitoring reports",
        "attainment and attendance dashboards",
        "Care at home KPIs",
    ],
)
p(
    "govdelivery",
    "GovDelivery|Granicus GovDelivery",
    "communications",
    "Granicus",
    [COM, WF],
    ["Email bulletins and subscriptions for residents", "Bin collection alerts by email"],
)
p(
    "hootsuite",
    "Hootsuite",
    "communications",
    "Hootsuite",
    [COM, LEI],
    ["Social media scheduling and monitoring", "social posts for leisure centres"],
)
p(
    "westlaw",
    "Westlaw|Westlaw UK",
    "reference-information",
    "Thomson Reuters",
    [LDS, LDS],
    ["Legal research: legislation, case law", "LEGAL RESEARCH / PRACTICAL LAW"],
)
p(
    "pentana",
    "Pentana Risk|Pentana",
    "process-quality",
    "Ideagen",
    [FIN, ICT2],
    ["Risk registers, internal audit and performance indicators", "Corporate risk register"],
)
p(
    "figtree",
    "Figtree",
    "occupational-health",
    "Figtree Systems",
    [HRP, EP],
    ["Health & safety incident reporting and investigation", "accident/incident reporting"],
)
p(
    "assessnet",
    "AssessNET",
    "occupational-health",
    "AssessNET",
    [SCH, WF],
    ["Risk assessments and accident reporting in schools", "H&S risk assessments, RIDDOR"],
)
# ---- finance / hr
p(
    "businessworld",
    "Business World|Unit4 Business World|Agresso",
    "accounting",
    "Unit4",
    [FIN, FIN, SCH, PRO],
    [
        "General ledger, accounts payable/receivable, purchasing - core finance system",
        "Finance ERP; year end accounts",
        "School budgets and ordering (devolved school management)",
        "Purchase orders / requisitions raised in Agresso",
    ],
)
p(
    "kofax",
    "Kofax|Kofax AP",
    "invoice-processing",
    "Tungsten / Kofax",
    [FIN, FIN],
    [
        "Supplier invoice scanning and matching to purchase orders",
        "AP automation - invoices scanned, OCR, approval workflow into Business World",
    ],
)
p(
    "openrevs",
    "Civica Open Revenues|Open Revenues",
    "billing",
    "Civica",
    [REV, REV],
    ["Council Tax and Non-Domestic Rates billing and recovery", "council tax"],
)
p(
    "necrb",
    "NEC Revenues & Benefits|Northgate R&B",
    "income-support",
    "NEC Software Solutions",
    [REV, REV],
    ["Housing Benefit and Council Tax Reduction assessments", "benefits processing"],
)
p(
    "swf",
    "Scottish Welfare Fund system|SWF",
    "income-support",
    "Northgate / In-house",
    [REV, CUS],
    ["Crisis Grants and Community Care Grants applications (SWF)", "welfare fund decisions"],
)
p(
    "civicapay",
    "Civica Pay|Paye.net",
    "payments",
    "Civica",
    [FIN, CUS],
    ["Income management, online and telephone card payments", "Payments"],
)
p(
    "parentpay",
    "ParentPay",
    "payments",
    "ParentPay",
    [SCH, EY],
    ["Online payments for school meals and trips", "nursery payments"],
)
p(
    "asset",
    "CIPFA Asset Manager|Asset Manager",
    "fixed-assets",
    "CIPFA",
    [FIN, EP],
    ["Fixed asset register and capital accounting", "asset valuations"],
)
p(
    "itrent",
    "iTrent|MHR iTrent",
    "hr-management;payroll",
    "MHR",
    [HRP, HRP, SCH],
    [
        "HR and payroll system (employee records, absence, pay runs)",
        "Payroll",
        "Teacher records, supply staff",
    ],
)
p(
    "myjob",
    "myjobscotland",
    "recruitment",
    "COSLA / Improvement Service",
    [HRP, HRP],
    ["Recruitment and job advertising", "vacancies"],
)
p(
    "totara",
    "Totara Learn|Totara",
    "learning-management",
    "Totara",
    [HRP, ASC],
    ["Staff e-learning and training records", "Mandatory training for care staff (SSSC)"],
)
p(
    "selenity",
    "Selenity Expenses|Selenity",
    "travel-expenses",
    "Selenity",
    [HRP, FIN],
    ["Staff travel and expenses claims", "mileage"],
)
# ---- social care, education
p(
    "mosaic",
    "Mosaic|Servelec Mosaic",
    "social-care-records",
    "Access Group",
    [ASC, ASC, CJ],
    [
        "Adult social care case management: assessments, care plans, reviews",
        "social work records",
        "Justice social work case records",
    ],
)
p(
    "carefirst",
    "CareFirst|OLM CareFirst",
    "social-care-records",
    "OLM Systems",
    [CF, CF],
    ["Children's social work records (child protection, looked after children)", "case records"],
)
p(
    "cm2000",
    "CM2000|CM2000 Care Monitoring",
    "home-care",
    "Advanced",
    [ASC, ASC],
    [
        "Care at home scheduling, electronic call monitoring of carer visits",
        "Home care rotas for carers; visit times feed provider invoices",
    ],
)
p(
    "seemis",
    "SEEMiS Click+Go|SEEMiS|SEEMIS",
    "pupil-administration",
    "SEEMiS Group",
    [SCH, SCH, CF],
    [
        "School management information system: pupil records, attendance, SQA entries",
        "pupil records, timetabling, reports to parents",
        "Attendance and exclusion data for looked after children",
    ],
)
p(
    "seemisey",
    "SEEMiS Early Years|SEEMiS EY",
    "early-childhood",
    "SEEMiS Group",
    [EY, EY],
    [
        "Early learning and childcare (ELC) places, admissions and 1140 funded hours",
        "nursery admissions & registers",
    ],
)
p(
    "glow",
    "Glow|Glow Scotland",
    "learning-platform",
    "Scottish Government / RM",
    [SCH, SCH, EY],
    [
        "National schools intranet and learning platform; pupil accounts and O365 for pupils",
        "GLOW - pupil email, Teams for learning, blogs",
        "learning journals (ELC)",
    ],
)
p(
    "classroom",
    "Google Classroom|Google Workspace for Education",
    "learning-platform",
    "Google",
    [SCH, SCH],
    ["Digital learning, assignments and feedback", "Chromebooks + Classroom in secondary schools"],
)
p(
    "novus",
    "Trapeze Novus|Novus",
    "school-transport",
    "Trapeze",
    [SCH, RT],
    [
        "School transport routes and eligibility",
        "ASN transport, contracted taxi and bus routes for pupils",
    ],
)
# ---- place
p(
    "uniform",
    "Idox Uniform|Uniform|UNIFORM",
    "building-permits;land-use-planning",
    "Idox",
    [PBS, PBS, PBS],
    [
        "Planning applications and building warrants processing, public access portal",
        "development management, enforcement, local development plan monitoring",
        "building standards - warrants, completion certificates",
    ],
)
p(
    "edev",
    "eDevelopment.scot|eDevelopment",
    "building-permits",
    "Scottish Government",
    [PBS, PBS],
    [
        "Online building warrant and planning applications (national portal)",
        "applications received online and imported to Uniform",
    ],
)
p(
    "arcgis",
    "ArcGIS|Esri ArcGIS|ArcGIS Online",
    "gis",
    "Esri UK",
    [PBS, RT, ICT2],
    [
        "Corporate GIS and web maps",
        "roads maps, gritting routes",
        "GIS server and map viewers on website",
    ],
)
p(
    "cadcorp",
    "Cadcorp SIS|Cadcorp",
    "gis",
    "Cadcorp",
    [EP, HOU],
    ["Mapping for property: land ownership maps and site plans", "Housing stock maps"],
)
p(
    "llpg",
    "LLPG|Idox LLPG|One Scotland Gazetteer",
    "cadastre",
    "Idox",
    [PBS, REV],
    [
        "Local Land and Property Gazetteer (addresses and UPRNs)",
        "Address management - property references for council tax",
    ],
)
p(
    "symology",
    "Symology Insight|Symology",
    "street-maintenance",
    "Symology",
    [RT, RT],
    [
        "Roads asset management, defects inspections, street works and permits",
        "pothole reports, winter maintenance (gritting) records",
    ],
)
p(
    "confirm",
    "Confirm|Brightly Confirm",
    "street-maintenance",
    "Brightly",
    [WF, WF],
    [
        "Parks, grounds maintenance and street cleansing jobs",
        "Grounds maintenance schedules; mobile app for operatives",
    ],
)
p(
    "tranman",
    "Tranman",
    "fleet",
    "Civica",
    [WF, WF],
    ["Fleet management: vehicle servicing, MOTs, workshop jobs, fuel", "Workshop"],
)
p(
    "masternaut",
    "Masternaut|Michelin Connected Fleet",
    "fleet",
    "Michelin",
    [WF, ASC],
    [
        "Vehicle tracking / telematics for refuse and roads vehicles",
        "Tracking of care at home pool cars",
    ],
)
p(
    "mipermit",
    "MiPermit",
    "parking",
    "Chipside",
    [RT, RT],
    [
        "Parking permits and cashless parking payments",
        "PCN processing & decriminalised parking enforcement",
    ],
)
p(
    "app",
    "Civica APP|APP",
    "environmental-health",
    "Civica",
    [EHT, EHT],
    [
        "Environmental health and trading standards: food hygiene inspections, "
        "complaints, licensing",
        "food safety inspections, FHIS ratings, pest control jobs",
    ],
)
p(
    "concerto",
    "Concerto",
    "facility-management",
    "MIS Active Management",
    [EP, EP, SCH],
    [
        "Property asset management: condition surveys, planned maintenance, leases",
        "Statutory compliance (legionella, asbestos) and reactive repairs",
        "School estate condition & suitability",
    ],
)
p(
    "systemslink",
    "Systemslink|SystemsLink",
    "energy-management",
    "Systems Link",
    [EP],
    ["Energy and water consumption monitoring (AMR), carbon reporting"],
)
p(
    "paxton",
    "Paxton Net2|Net2",
    "access-control",
    "Paxton",
    [EP, LIB],
    ["Door access control in council buildings", "Access fobs for libraries"],
)
p(
    "saffron",
    "Saffron",
    "catering",
    "Saffron Systems",
    [SCH, SCH],
    [
        "School catering: menus, recipes, allergen information, stock ordering",
        "School meal menus and nutritional analysis",
    ],
)
p(
    "resdirect",
    "ResilienceDirect",
    "rescue-services",
    "Cabinet Office",
    [LDS, RT],
    [
        "Emergency planning and resilience partnership information sharing",
        "Flood response coordination",
    ],
)
p(
    "autocad",
    "AutoCAD|AutoCAD Civil 3D",
    "construction-design",
    "Autodesk",
    [RT, EP],
    ["Roads and bridges design", "Architectural drawings for capital projects"],
)
# ---- communities
p(
    "necH",
    "NEC Housing|Northgate Housing|NEC Housing Management",
    "housing",
    "NEC",
    [HOU, HOU, FIN],
    [
        "Housing management: tenancies, rent accounts, repairs",
        "Rents, arrears, void management",
        "housing rents interface to GL",
    ],
)
p(
    "abritas",
    "Abritas",
    "housing",
    "Abritas",
    [HOU],
    ["Housing allocations: applications, banding and choice-based lettings"],
)
p(
    "spydus",
    "Spydus|Civica Spydus",
    "library",
    "Civica",
    [LIB, LIB, SCH],
    [
        "Library management system: catalogue, loans, members",
        "LMS + online catalogue",
        "school library loans",
    ],
)
p(
    "borrowbox",
    "BorrowBox",
    "library",
    "Bolinda",
    [LIB],
    ["eBooks and eAudiobooks lending for library members"],
)
p(
    "legend",
    "Legend|Legend Leisure",
    "sports-services;facility-booking",
    "Legend Club Management Systems",
    [LEI, LEI, LEI],
    [
        "Leisure centre management: memberships, class bookings, swimming lessons",
        "online bookings for courts and pitches; till at reception",
        "Gym memberships + direct debits",
    ],
)
p(
    "resbook",
    "Resource Booker",
    "facility-booking",
    "Resource Booker",
    [EP, SCH],
    ["Booking of community halls and meeting rooms", "Community lets of school halls"],
)
p(
    "ticketsolve",
    "Ticketsolve",
    "event-ticketing",
    "Ticketsolve",
    [LIB, LEI],
    ["Box office and ticket sales for the town hall and arts centre", "event tickets"],
)
p(
    "upshot",
    "Upshot",
    "youth-services",
    "Substance",
    [LEI, CF],
    ["Youth work attendance, activities and outcomes reporting", "Youth engagement monitoring"],
)
p(
    "evolutive",
    "Evolutive",
    "business-services",
    "Evolutive",
    [ED, ED],
    [
        "Business Gateway client management - advice to start-ups and SMEs",
        "business support, employability programme tracking",
    ],
)

PRODUCTS = P

SHEETS = [
    {
        "name": "ICT Systems",
        "take": lambda r, s: True,
        "columns": [
            ("name", "Application"),
            ("vendor", "Supplier"),
            ("dept", "Service Area"),
            ("purpose", "Business Purpose"),
            ("users", "No. of Users"),
            ("cost", "Annual Cost (£)"),
            ("end", "Contract End"),
            ("note", "Comments"),
        ],
    }
]
