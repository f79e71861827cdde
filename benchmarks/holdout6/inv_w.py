"""Inventory W: US county government (Alder County, California), all departments."""

from common import P

STEM = "holdout6_w_en"
LANG = "en"
CREATOR = "Alder County IT"
DOC_TITLE = "Application Inventory FY2025"
DATE_FORMAT = "m/d/yyyy"
ID_FORMAT = "APP-{n:04d}"
TITLES = {}
N_EXACT_DUP = 2
N_NEAR_DUP = 2
ROWS_RANGE = (150, 200)

SECTORS = [
    "Public Safety",
    "Infrastructure & Development",
    "Community Services",
    "Health & Human Services",
    "Administrative Services",
    "Elected Offices",
]
PS, ID, CS, HH, AS, EO = SECTORS

DEPTS = {
    "sheriff": (PS, ["Sheriff's Office", "Sheriff - Patrol", "Sheriffs Office"]),
    "oes": (PS, ["Office of Emergency Services", "OES"]),
    "dispatch": (PS, ["Emergency Communications (911)", "Dispatch / 911"], "upper"),
    "pw": (ID, ["Public Works", "Public Works - Roads", "DPW"], "lower"),
    "fleet": (ID, ["Fleet Services", "PW Fleet"]),
    "util": (ID, ["Water & Sewer Utility", "Utilities"]),
    "plan": (ID, ["Planning & Development", "Planning & Building"]),
    "fac": (ID, ["Facilities Management", "Facilities"]),
    "parks": (CS, ["Parks & Recreation", "Parks and Rec"]),
    "library": (CS, ["County Library", "Library"]),
    "ph": (HH, ["Public Health", "Public Health Dept."]),
    "ss": (HH, ["Social Services", "DSS - Social Services"]),
    "bh": (HH, ["Behavioral Health", "Behavioral Health Services"]),
    "ehs": (HH, ["Environmental Health", "Env. Health"]),
    "it": (AS, ["Information Technology", "IT Dept"]),
    "hr": (AS, ["Human Resources", "HR/Risk Management"]),
    "fin": (AS, ["Auditor-Controller", "Finance"], "nodot"),
    "purch": (AS, ["Purchasing", "Procurement Services"]),
    "ceo": (AS, ["County Administrative Office", "CAO"]),
    "clerk": (EO, ["Clerk-Recorder", "County Clerk"]),
    "assessor": (EO, ["Assessor", "Assessor's Office"]),
    "treas": (EO, ["Treasurer-Tax Collector", "Treasurer"]),
}

SHEET = "Application Inventory"
SHEETS = [(SHEET, list(DEPTS))]
COLUMNS = {
    SHEET: [
        ("App ID", "id"),
        ("Application Name", "name"),
        ("Vendor", "vendor"),
        ("Department", "dept"),
        ("Business Purpose", "purpose"),
        ("Hosting", "hosting"),
        ("# Users", "users"),
        ("Annual Cost", "cost"),
        ("Contract Expiration", "end"),
        ("Business Owner", "owner"),
        ("Notes", "notes"),
    ]
}
ORGMAP_HEADER = ["Department", "Service Area"]
HOSTING = [
    "SaaS",
    "SaaS",
    "On-prem",
    "Vendor hosted",
    "Azure Gov",
    "State hosted",
    "Hybrid",
    "",
    "AWS GovCloud",
]
OWNERS = [
    "J. Martinez",
    "Dept Head",
    "IT Manager",
    "Lisa Chen",
    "",
    "Undersheriff",
    "Deputy Director",
    "R. Thompson",
    "Program Manager",
    "CIO",
]
PLACEHOLDERS = ["", "-", "see notes", "TBD", "N/A", "?", "TBD - ask dept", "..."]
NOTE_PREFIXES = ["", "Purpose: ", "Used for: "]

PRODUCTS = [
    # ---------------------------------------------------------------- basic IT
    P(
        "m365",
        "office-email",
        ["Microsoft 365", "O365", "Office 365 GCC"],
        ["Microsoft", "Microsoft (via CDW-G)"],
        "it sheriff pw ss hr fin",
        [
            (
                "it",
                "M365 GCC tenant - Exchange Online, OneDrive, SPO, Office apps. G3/G5 "
                "licensing under the county EA",
            ),
            "Email, calendar and Office apps.",
            ("pw", "email + word/excel for crews and office staff"),
            ("sheriff", "Email and Office for sworn and civilian staff (CJIS-compliant tenant)"),
        ],
    ),
    P(
        "teams",
        "video-meetings",
        ["Microsoft Teams", "Teams"],
        "Microsoft",
        "it ceo bh",
        [
            "Chat, video meetings and team channels",
            ("it", "Teams GCC, federation w/ state agencies, Teams Rooms in board chambers"),
            (
                "bh",
                "We use Teams for internal case consults and supervision between clinic "
                "sites. Client telehealth sessions are NOT on Teams, they go through Zoom "
                "for Healthcare because of the BAA.",
            ),
        ],
    ),
    P(
        "zoom",
        "video-meetings",
        ["Zoom", "Zoom for Government", "Zoom for Healthcare"],
        "Zoom Video Communications",
        "ceo ph bh",
        [
            "Public webinars and hybird public meetings",
            "Virtual community meetings and trainings",
            (
                "bh",
                "Telehealth video visits with clients (HIPAA BAA in place). Clinicians send "
                "the link by text, sessions are documented afterwards in myAvatar.",
            ),
        ],
    ),
    P(
        "okta",
        "identity-access",
        ["Okta", "Okta SSO"],
        "Okta",
        "it it",
        [
            "Single sign-on and MFA for cloud applications",
            "IdP for SAML/OIDC apps, lifecycle mgmt from Munis HR, adaptive MFA",
        ],
    ),
    P(
        "ad",
        "identity-access",
        ["Active Directory", "AD (on-prem)", "Microsoft AD DS"],
        "Microsoft",
        "it sheriff",
        [
            "User accounts, groups and permissions on the county network",
            "Separate AD forest for Sheriff (CJIS), advanced authentication for MDTs",
        ],
    ),
    P(
        "intune",
        "endpoint-management",
        ["Intune", "Microsoft Intune", "MEM"],
        "Microsoft",
        "it it",
        [
            "Device management for laptops and county phones",
            "MDM/MAM, Autopilot, compliance policies, patching rings",
        ],
    ),
    P(
        "servicenow",
        "itsm",
        ["ServiceNow", "SNOW", "ServiceNow ITSM"],
        "ServiceNow",
        "it it fac",
        [
            "IT help desk tickets, service catalog, change management",
            "ITSM - incident/request/change, CMDB, asset mgmt",
            (
                "fac",
                "Work orders for building issues are also submitted through the ServiceNow "
                "portal and routed to Facilities",
            ),
        ],
    ),
    P(
        "countynet",
        "intranet",
        ["CountyNet (SharePoint)", "CountyNet", "SharePoint Intranet"],
        "Microsoft / in-house",
        "it hr ceo",
        [
            "Employee intranet - news, policies, forms",
            "HR policies, benefits info, employee forms",
            "Internal announcements from the CAO",
        ],
    ),
    P(
        "govaccess",
        "web-publishing",
        ["Granicus govAccess", "govAccess", "County website (govAccess)"],
        "Granicus",
        "ceo parks library",
        [
            "Public website content management (aldercounty.gov)",
            "Parks pages, program info and closures",
            "Library website and event listings",
        ],
    ),
    P(
        "surveymonkey",
        "survey-forms",
        ["SurveyMonkey", "Survey Monkey"],
        "Momentive",
        "parks ph hr",
        [
            "Online surveys",
            "Community health needs assessment survey",
            "Employee engagement and exit surveys",
        ],
    ),
    P(
        "docusign",
        "e-signature",
        ["DocuSign", "Docusign eSignature"],
        "DocuSign",
        "purch hr plan",
        [
            "Electronic signatures for contracts and agreements",
            "Offer letters and onboarding forms e-signed",
            "Permit applicant acknowledgements signed electronically",
        ],
    ),
    P(
        "adobesign",
        "e-signature",
        ["Adobe Acrobat Sign", "Adobe Sign"],
        "Adobe",
        "ss sheriff",
        ["E-signature for client forms and consents", "Signing of internal forms and MOUs"],
    ),
    P(
        "papercut",
        "printing",
        ["PaperCut MF", "PaperCut"],
        "PaperCut / Ricoh",
        "it library",
        [
            "Print management, secure release printing",
            "Public print & copy stations, patron pay-for-print",
        ],
    ),
    P(
        "ringcentral",
        "telephony",
        ["RingCentral", "RingCentral MVP"],
        "RingCentral",
        "it ss treas",
        [
            "Cloud phone system (UCaaS), call queues and voicemail",
            "Call center queues for benefits line",
            "Tax payment phone line / call queues",
        ],
    ),
    P(
        "nutanix",
        "it-infrastructure",
        ["Nutanix", "Nutanix AHV cluster", "Data center (Nutanix)"],
        "Nutanix / Dell",
        "it it",
        [
            "On-prem hyperconverged infrastructure for county servers",
            "Primary DC cluster (AHV), ~180 VMs, replication to DR site",
        ],
    ),
    # ---------------------------------------------------------------- administration
    P(
        "legistar",
        "meeting-management",
        ["Legistar", "Granicus Legistar"],
        "Granicus",
        "ceo clerk",
        [
            "Board of Supervisors agendas, minutes and legislative files",
            "Agenda management and meeting video archive for the Board",
        ],
    ),
    P(
        "onbase",
        "case-management;document-management",
        ["OnBase", "Hyland OnBase"],
        "Hyland",
        "ss clerk fin",
        [
            "Scanning and indexing of client case documents, workflow for eligibility paperwork",
            "Enterprise content management and case workflow",
            "AP document imaging and workflow",
        ],
    ),
    P(
        "laserfiche",
        "document-management;archive",
        ["Laserfiche", "Laserfiche Rio", "Laserfiche Records Mgmt", "Laserfische"],
        "Laserfiche",
        "clerk sheriff plan hr",
        [
            "Document imaging and records retention",
            "Records management per retention schedule, public records requests",
            "Scanned plan sets and permit files",
            "Personnel files, retention",
        ],
    ),
    P(
        "axon",
        "document-management",
        ["Axon Evidence", "Evidence.com", "Axon"],
        "Axon",
        "sheriff sheriff",
        [
            "Body-worn camera and digital evidence management",
            "Storage and sharing of BWC video, photos and interview recordings with the DA",
        ],
    ),
    P(
        "seeclickfix",
        "customer-feedback",
        ["SeeClickFix", "SeeClickFix 311"],
        "CivicPlus",
        "pw ceo",
        [
            "Resident issue reporting (potholes, graffiti, streetlights) and responses",
            "311 request/feedback portal for residents",
        ],
    ),
    P(
        "smartsheet",
        "project-portfolio",
        ["Smartsheet"],
        "Smartsheet",
        "pw it ceo",
        [
            "capital project tracking, schedules",
            "IT project portfolio and intake",
            "Strategic plan initiatives tracking",
        ],
    ),
    P(
        "bonfire",
        "procurement",
        ["Bonfire", "Bonfire eProcurement"],
        "Euna Solutions",
        "purch purch",
        ["Solicitations (RFPs, RFQs), bid evaluation", "Sourcing and bid management portal"],
    ),
    P(
        "demandstar",
        "procurement",
        ["DemandStar"],
        "DemandStar",
        "purch pw",
        ["Bid notifications to vendors", "posting construction bids for road projects"],
    ),
    P(
        "contractlogix",
        "contract-management",
        ["ContractLogix", "Contract Logix"],
        "ContractLogix",
        "purch ceo",
        ["Contract repository and renewal alerts", "Contract lifecycle management"],
    ),
    P(
        "ecivis",
        "grants",
        ["eCivis", "eCivis Grants Network"],
        "Euna Solutions",
        "ceo ph",
        [
            "Grant research, applications and post-award tracking",
            "Tracking of state and federal public health grants and reporting",
        ],
    ),
    P(
        "powerbi",
        "reporting-bi",
        ["Power BI", "PowerBI"],
        "Microsoft",
        "it fin ph",
        [
            "Dashboards and reporting",
            "Budget-to-actual dashboards",
            "Epidemiology dashboards and disease surveillance reporting",
        ],
    ),
    P(
        "tableau",
        "reporting-bi",
        ["Tableau", "Tableau Server"],
        "Salesforce",
        "bh sheriff",
        [
            "Program outcome dashboards for state reporting",
            "Crime statistics and staffing dashboards",
        ],
    ),
    P(
        "socrata",
        "statistics-research",
        ["Open Data Portal (Socrata)", "Tyler Data & Insights", "Socrata"],
        "Tyler Technologies",
        "it ceo",
        ["Public open data portal", "Open data and performance measures published to the public"],
    ),
    P(
        "govdelivery",
        "communications",
        ["GovDelivery", "Granicus GovDelivery"],
        "Granicus",
        "ceo ph parks",
        [
            "Email and text newsletters to subscribers",
            "Health advisories and press releases",
            "Program guide announcements and newsletters",
        ],
    ),
    P(
        "municode",
        "reference-information",
        ["Municode", "Municode Library"],
        "CivicPlus",
        "clerk plan",
        ["County Code online (codification)", "Zoning ordinance and code references"],
    ),
    P(
        "westlaw",
        "reference-information",
        ["Westlaw", "Thomson Reuters Westlaw"],
        "Thomson Reuters",
        "ceo sheriff",
        ["Legal research for County Counsel", "Case law and statutes research"],
    ),
    P(
        "origami",
        "occupational-health",
        ["Origami Risk", "Origami"],
        "Origami Risk",
        "hr hr",
        [
            "Workers' comp claims and workplace injury reporting",
            "Risk management, incident reports, OSHA logs",
        ],
    ),
    # ---------------------------------------------------------------- finance and HR
    P(
        "munis",
        "accounting;payroll",
        ["Tyler Munis", "Munis", "Munis ERP"],
        "Tyler Technologies",
        "fin fin hr pw treas",
        [
            "General ledger, AP, payroll (ERP)",
            "Financial system of record: GL, accounts payable, fixed assets",
            "Payroll processing, timesheets import, deductions",
            "Purchase requisitions and budget checks",
        ],
    ),
    P(
        "opengov",
        "budgeting",
        ["OpenGov", "OpenGov Budgeting"],
        "OpenGov",
        "fin ceo",
        ["Budget development and forecasting", "Recommended budget book and budget requests"],
    ),
    P(
        "paymentus",
        "payments",
        ["Paymentus"],
        "Paymentus",
        "treas util",
        [
            "Online and IVR payments (property tax, fees)",
            "Customer online payments for utility bills",
        ],
    ),
    P(
        "incode",
        "water-utility;billing",
        ["Incode Utility Billing", "Tyler Incode", "Incode UB"],
        "Tyler Technologies",
        "util util fin",
        [
            "Water and sewer customer accounts, meter reads and billing",
            "Utility billing, service orders, shutoffs",
            "Utility receivables",
        ],
    ),
    P(
        "neogov",
        "recruitment",
        ["NEOGOV", "NeoGov Insight", "GovernmentJobs.com"],
        "NEOGOV",
        "hr hr",
        ["Recruitment and applicant tracking", "Job postings, eligibility lists, exams"],
    ),
    P(
        "ukg",
        "time-tracking",
        ["UKG Workforce Central", "Kronos", "UKG"],
        "UKG",
        "hr pw fac",
        ["Timekeeping and attendance", "crew time clocks", "Time clocks and leave requests"],
    ),
    P(
        "telestaff",
        "shift-planning",
        ["TeleStaff", "Kronos TeleStaff", "UKG TeleStaff"],
        "UKG",
        "sheriff dispatch",
        [
            "Shift scheduling, overtime and callbacks for deputies",
            "Dispatcher shift scheduling and minimum staffing",
        ],
    ),
    P(
        "vector",
        "learning-management",
        ["Vector Solutions", "TargetSolutions"],
        "Vector Solutions",
        "hr sheriff",
        [
            "Online training and compliance courses for employees",
            "POST training records and online courses",
        ],
    ),
    # ---------------------------------------------------------------- infrastructure
    P(
        "arcgis",
        "gis",
        ["ArcGIS Enterprise", "Esri ArcGIS", "ArcGIS Online", "AGOL"],
        "Esri",
        "it plan pw assessor util",
        [
            "Enterprise GIS, web maps and spatial data",
            ("it", "ArcGIS Enterprise 11 on-prem + AGOL org, Portal federated w/ Okta"),
            "road centerlines, culverts, signs mapped",
            "Parcel fabric maintenance and assessment maps",
        ],
    ),
    P(
        "accela",
        "building-permits;land-use-planning",
        ["Accela", "Accela Civic Platform", "ACA (Accela Citizen Access)"],
        "Accela",
        "plan plan",
        [
            "Building permits, inspections, planning/zoning cases",
            "Permit intake, plan check tracking, inspections scheduling; use permits and "
            "general plan amendments",
        ],
    ),
    P(
        "bluebeam",
        "construction-design",
        ["Bluebeam Revu", "Bluebeam"],
        "Bluebeam",
        "plan pw",
        ["Electronic plan review markups", "design review and markups on construction drawings"],
    ),
    P(
        "civil3d",
        "construction-design",
        ["AutoCAD Civil 3D", "Civil 3D"],
        "Autodesk",
        "pw pw",
        ["road and drainage design", "civil design for capital projects, quantity takeoffs"],
    ),
    P(
        "tbc",
        "surveying",
        ["Trimble Business Center", "TBC"],
        "Trimble",
        "pw pw",
        [
            "county surveyor - processing GPS and total station data",
            "survey data processing, record of survey",
        ],
    ),
    P(
        "iasworld",
        "cadastre",
        ["iasWorld", "Tyler iasWorld", "CAMA (iasWorld)"],
        "Tyler Technologies",
        "assessor assessor",
        [
            "Property assessment and parcel records (CAMA)",
            "Assessment roll, ownership changes, parcel characteristics",
        ],
    ),
    P(
        "cartegraph",
        "street-maintenance",
        ["Cartegraph", "Cartegraph OMS"],
        "OpenGov",
        "pw pw parks",
        [
            "road maintenance work orders & asset inventory",
            "pavment mgmt, signs, striping",
            "Park asset inventory and maintenance work orders",
        ],
    ),
    P(
        "cityworks",
        "water-utility",
        ["Cityworks", "Cityworks AMS"],
        "Trimble",
        "util util",
        [
            "Water and sewer asset management, work orders",
            "Hydrant flushing, main breaks, sewer CCTV inspections",
        ],
    ),
    P(
        "centracs",
        "traffic-management",
        ["Centracs", "Econolite Centracs"],
        "Econolite",
        "pw pw",
        ["traffic signal management system", "signal timing & detection monitoring"],
    ),
    P(
        "envision",
        "environmental-health",
        ["EnvisionConnect", "Envision Connect"],
        "Accela",
        "ehs ehs",
        [
            "Food facility inspections, permits and complaints",
            "Retail food, pools, septic permits and inspections; online inspection scores",
        ],
    ),
    P(
        "wims",
        "environmental-monitoring",
        ["Hach WIMS", "WIMS"],
        "Hach",
        "util ehs",
        [
            "Water quality lab data and regulatory reporting",
            "Recreational water sampling results (beach monitoring)",
        ],
    ),
    P(
        "yardi",
        "housing",
        ["Yardi Voyager", "Yardi"],
        "Yardi Systems",
        "ss ss",
        [
            "Housing Choice Voucher program: tenants, landlords, HAP payments",
            "Public housing authority rent & inspections",
        ],
    ),
    P(
        "hmis",
        "housing",
        ["Clarity HMIS", "HMIS", "Clarity Human Services"],
        "Bitfocus",
        "ss bh",
        [
            "Homeless Management Information System - coordinated entry and housing placements",
            (
                "bh",
                "Our outreach team enters unsheltered clients into HMIS for coordinated "
                "entry so they get prioritized for housing. It is separate from the "
                "clinical chart.",
            ),
        ],
    ),
    P(
        "cad",
        "rescue-services",
        ["CentralSquare CAD", "CAD", "CentralSquare Enterprise CAD"],
        "CentralSquare",
        "dispatch dispatch sheriff",
        [
            "Computer-aided dispatch for 911 calls, unit status, fire and EMS dispatch",
            "911 call taking and dispatch, AVL, MDT messaging",
            "Deputy dispatch and call history",
        ],
    ),
    P(
        "everbridge",
        "rescue-services",
        ["Everbridge", "Alert Alder (Everbridge)"],
        "Everbridge",
        "oes oes ph",
        [
            "Mass notification / emergency alerts to residents",
            "Evacuation warnings and orders (wildfire, flood)",
            "Health alerts to providers",
        ],
    ),
    P(
        "webeoc",
        "rescue-services",
        ["WebEOC", "Juvare WebEOC"],
        "Juvare",
        "oes ph",
        [
            "EOC incident management and situational awareness",
            "Resource requests during activations",
        ],
    ),
    P(
        "fleetfocus",
        "fleet",
        ["FleetFocus", "AssetWorks FleetFocus", "M5"],
        "AssetWorks",
        "fleet fleet",
        [
            "Fleet maintenance, fuel and vehicle lifecycle",
            "Vehicle work orders, PM schedules, fuel transactions",
        ],
    ),
    P(
        "samsara",
        "fleet",
        ["Samsara", "Samsara GPS"],
        "Samsara",
        "fleet pw",
        ["GPS telematics for county vehicles", "vehicle tracking for plows and sweepers"],
    ),
    P(
        "lenel",
        "access-control",
        ["Lenel OnGuard", "OnGuard", "Badge system (Lenel)"],
        "LenelS2",
        "fac sheriff",
        [
            "Badge access control for county buildings",
            "Jail and substation door control and badge access",
        ],
    ),
    P(
        "energycap",
        "energy-management",
        ["EnergyCAP"],
        "EnergyCAP",
        "fac fac",
        [
            "Utility bill tracking and energy use benchmarking",
            "Energy consumption reporting for county facilities",
        ],
    ),
    P(
        "brightly",
        "facility-management",
        ["Brightly Asset Essentials", "Brightly", "Dude Solutions"],
        "Brightly (Siemens)",
        "fac fac parks",
        [
            "Facility maintenance work orders, preventive maintenance",
            "Building asset inventory and PMs",
            "Restroom and building maintenance in parks",
        ],
    ),
    # ---------------------------------------------------------------- community services
    P(
        "activenet",
        "sports-services;facility-booking",
        ["ActiveNet", "Active Net", "ActiveNet (Active Network)"],
        "Active Network",
        "parks parks",
        [
            "Recreation program registration, facility and picnic reservations",
            "Class and camp registration, league management, campground reservations",
        ],
    ),
    P(
        "square",
        "point-of-sale",
        ["Square", "Square POS"],
        "Block Inc.",
        "parks library",
        [
            "Point of sale at park entrances and events",
            "Card payments for fines, fees and book sales",
        ],
    ),
    P(
        "eventbrite",
        "event-ticketing",
        ["Eventbrite"],
        "Eventbrite",
        "parks library",
        [
            "Event registration and tickets (concerts in the park)",
            "Library program sign-ups and author events",
        ],
    ),
    P(
        "polaris",
        "library",
        ["Polaris ILS", "Polaris", "Polaris (Innovative)"],
        "Innovative / Clarivate",
        "library library",
        [
            "Integrated library system: catalog, circulation, patrons",
            "Circulation, holds, aquisitions",
        ],
    ),
    P(
        "overdrive",
        "library",
        ["OverDrive", "Libby / OverDrive"],
        "OverDrive",
        "library library",
        ["eBook and audiobook lending", "Digital collection for patrons (Libby app)"],
    ),
    # ---------------------------------------------------------------- health & human services
    P(
        "epic",
        "patient-records",
        ["Epic", "OCHIN Epic", "Epic (OCHIN)"],
        "OCHIN",
        "ph ph bh",
        [
            "Electronic health record for county clinics",
            "EHR for immunization clinic, TB and STD clinic visits",
            (
                "bh",
                "Primary care side of the integrated clinic is in Epic; nurses document "
                "vitals and med reconciliation there, and we read it when coordinating "
                "care for our shared clients.",
            ),
        ],
    ),
    P(
        "avatar",
        "patient-records",
        ["myAvatar", "Netsmart myAvatar", "Avatar EHR"],
        "Netsmart",
        "bh bh",
        [
            "Behavioral health EHR and billing to Medi-Cal",
            "Clinical record for mental health and SUD services: assessments, "
            "treatment plans, progress notes, e-prescribing. Every clinician and "
            "nurse uses it daily, and the front desk does scheduling in it too.",
        ],
    ),
    P(
        "starlims",
        "laboratory",
        ["STARLIMS", "StarLIMS"],
        "Abbott",
        "ph ph",
        [
            "Public health laboratory information system",
            "Lab specimen tracking, results reporting to CalREDIE",
        ],
    ),
    P(
        "dentrix",
        "dental-care",
        ["Dentrix", "Dentrix Enterprise"],
        "Henry Schein",
        "ph ph",
        ["Dental clinic charting and scheduling", "School-based dental sealant program records"],
    ),
    P(
        "qless",
        "appointment-booking",
        ["QLess", "Qless"],
        "QLess",
        "ss clerk",
        [
            "Lobby queue management and appointments",
            "Virtual line for marriage licenses and recording counter",
        ],
    ),
    P(
        "calsaws",
        "income-support",
        ["CalSAWS", "CalSAWS (benefits)"],
        "CalSAWS Consortium",
        "ss ss",
        [
            "Eligibility and case management for CalFresh, CalWORKs, Medi-Cal",
            "Public assistance benefits - state system",
        ],
    ),
    P(
        "cwscms",
        "child-welfare",
        ["CWS/CMS", "CWS-CARES"],
        "CDSS",
        "ss ss",
        [
            "Child welfare case management (state system)",
            "CPS referrals, investigations and foster care placements",
        ],
    ),
    P(
        "cmips",
        "home-care",
        ["CMIPS", "CMIPS II (IHSS)"],
        "CDSS",
        "ss ss",
        [
            "In-Home Supportive Services case management and provider payroll",
            "IHSS recipients, assessed hours and providers",
        ],
    ),
    P(
        "harmony",
        "social-care-records",
        ["Harmony (APS)", "WellSky Harmony"],
        "WellSky",
        "ss ss",
        ["Adult Protective Services case records", "APS and Public Guardian case management"],
    ),
]
