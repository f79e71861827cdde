# l9_en: Hallowfield Metropolitan Borough Council (fictional), applications register.
import csv as _csv
import os as _os

SEED = 9404
LANG = "en"
CREATOR = "Hallowfield MBC ICT & Digital"
TITLE = "Hallowfield MBC - Applications Register - {sheet} (IAO review Feb 2025) OFFICIAL-SENSITIVE"
ORDER = "name"
SHEET_ORDER = ["Corporate Systems", "Service Systems"]
_DOM = {r["id"]: r["domain"] for r in _csv.DictReader(open(_os.path.join(_os.path.dirname(__file__), "functions.csv"),
                                                              encoding="utf-8"))}
def sheet_for(r):
    return "Corporate Systems" if _DOM[r["funcs"].split(";")[0]] in ("basic-it", "administration", "finance", "hr") \
        else "Service Systems"
COLUMNS = [("System Name", "name"), ("Team / Service", "dept"), ("Directorate", "sector"),
           ("Business Purpose", "purpose"), ("Supplier", "vendor"), ("Information Asset Owner", "owner"),
           ("No. of Users", "users"), ("Annual Cost (£)", "cost"), ("Contract End", "end"), ("Comments", "notes")]
WIDTHS = [26, 28, 26, 60, 20, 22, 12, 14, 14, 40]
DATE_FORMAT = "dd/mm/yyyy"
ORGMAP_HEADER = ["Department", "Directorate"]
OWNERS = ["J. Patel", "S. Hughes", "K. O'Brien", "M. Wright", "D. Ahmed", "R. Clarke", "L. Thompson",
          "A. Walsh", "H. Begum", "P. Kelly"]
NOTES = ["Cloud hosted (UK South)", "DPIA completed 2023", "Via CCS framework RM6259", "Integration with Unit4",
         "PSN compliant", "Contract extension approved by Cabinet", "Re-procurement due", "On-prem, Windows 2016 - risk",
         "Cyber Essentials Plus supplier", "IAO changed 2024"]
DUP_NOTES = ["duplicate?", "", "as above", "updated"]
PLACEHOLDERS = ["see notes", "-", "TBC", "?", "see comments", "n/a - see notes"]
MOVED_PREFIX = ""

RES, ASC, CHS, PLC, HOU = ("Resources", "Adult Social Care & Health", "Children's Services", "Place",
                           "Housing & Communities")
DEPTS = {
    "ICT & Digital": (RES, ["ICT", "Digital Services", "ICT Services"]),
    "Finance": (RES, ["Corporate Finance", "FINANCE"]),
    "Revenues & Benefits": (RES, ["Revs & Bens", "Revenues and Benefits"]),
    "HR & OD": (RES, ["HR", "Human Resources"]),
    "Legal & Democratic Services": (RES, ["Democratic Services", "Legal Services"]),
    "Customer Services": (RES, ["Contact Centre", "Customer Access"]),
    "Procurement": (RES, ["Strategic Procurement"]),
    "Communications": (RES, ["Comms & Marketing"]),
    "Adult Social Care": (ASC, ["ASC", "Adults Assessment & Care Management"]),
    "Reablement & Home Care": (ASC, ["Reablement"]),
    "Public Health": (ASC, []),
    "Children's Social Care": (CHS, ["CSC", "Childrens Social Care"]),
    "SEND": (CHS, ["SEND Team", "Special Educational Needs & Disabilities"]),
    "School Admissions & Transport": (CHS, ["Admissions", "Home to School Transport"]),
    "Early Years": (CHS, ["Early Years & Childcare"]),
    "Highways": (PLC, ["Highways & Engineering", "HIGHWAYS"]),
    "Waste & Recycling": (PLC, ["Waste Services"]),
    "Planning & Building Control": (PLC, ["Planning", "Building Control"]),
    "Regulatory Services": (PLC, ["Environmental Health", "Licensing"]),
    "Parks & Leisure": (PLC, ["Leisure Services"]),
    "Property Services": (PLC, ["Corporate Property", "Estates"]),
    "Economic Growth": (PLC, ["Business Support"]),
    "Housing Options": (HOU, ["Homelessness & Housing Options", "Housing"]),
    "Libraries & Culture": (HOU, ["Libraries", "Museums & Heritage"]),
    "Community Safety": (HOU, []),
}

PRODUCTS = [
("m365", "Microsoft 365|Office 365|M365 E3", "office-email", "Microsoft|Bytes", [
    ("ICT & Digital", "Email (Exchange Online), Word/Excel/PowerPoint, OneDrive for all staff"),
    ("Adult Social Care", "email & calendars, secure email to NHS via Egress"),
]),
("teams", "Teams|MS Teams", "video-meetings", "Microsoft", [
    ("ICT & Digital", "Chat, calls and online meetings"),
    ("Legal & Democratic Services", "Hybrid committee meetings and webcasting of Planning Committee"),
]),
("entra", "Entra ID|Azure AD", "identity-access", "Microsoft", [
    ("ICT & Digital", "Identity, MFA, conditional access, SSO for SaaS apps, starters/leavers"),
]),
("intune", "Intune", "endpoint-management", "Microsoft", [
    ("ICT & Digital", "Laptop and mobile device management, app deployment, BitLocker"),
]),
("hornbill", "Hornbill|Hornbill Service Manager", "itsm", "Hornbill", [
    ("ICT & Digital", "IT service desk: incidents, requests, change, asset register, self-service portal"),
    ("HR & OD", "HR queries raised via Hornbill HR catalogue"),
]),
("papercut", "PaperCut|Papercut MF", "printing", "PaperCut|Ricoh", [
    ("ICT & Digital", "Managed print, follow-me printing, scan to email"),
]),
("mitel", "Mitel MiContact Center|Mitel", "telephony", "Mitel|Daisy", [
    ("Customer Services", "Contact centre telephony: queues, IVR, call recording, wallboards"),
    ("Revenues & Benefits", "Council tax phone lines"),
]),
("liberty", "Liberty Converse|Liberty", "telephony", "Netcall", [
    ("Adult Social Care", "ASC front door telephony, call-backs (Contact Centre uses Mitel)"),
]),
("boomi", "Dell Boomi|Boomi", "it-infrastructure", "Boomi", [
    ("ICT & Digital", "Integration platform - Salesforce <> back office, Liquidlogic <> ContrOCC feeds"),
]),
("modgov", "Modern.gov|ModGov|mod.gov", "meeting-management", "Civica", [
    ("Legal & Democratic Services", "Committee management: agendas, minutes, decisions, councillor details, published on website"),
    ("Planning & Building Control", "Planning Committee reports published via ModGov"),
]),
("infowork", "Information@Work|Civica Information@Work|I@W", "document-management", "Civica", [
    ("Revenues & Benefits", "EDRMS - scanned correspondence and workflow for council tax and benefits"),
    ("Housing Options", "Document imaging of housing applications"),
]),
("sharepoint", "SharePoint Online|SharePoint", "document-management", "Microsoft", [
    ("ICT & Digital", "Document libraries and team sites, replacing network drives"),
    ("Finance", "Budget working papers"),
]),
("preservica", "Preservica", "archive", "Preservica", [
    ("Libraries & Culture", "Digital preservation for borough archives and corporate records"),
]),
("interact", "Interact|Interact Intranet|The Loop (Interact)", "intranet", "Interact Software", [
    ("Communications", "Staff intranet 'The Loop' - news, policies, staff directory"),
    ("HR & OD", "HR policies and forms hosted on The Loop"),
]),
("staffbase", "Staffbase", "intranet", "Staffbase", [
    ("Waste & Recycling", "Employee app for frontline crews without email - news and shift info"),
    ("Reablement & Home Care", "carers' staff app, comms from managers"),
]),
("jaducms", "Jadu CMS|Jadu", "web-publishing", "Jadu", [
    ("Communications", "Council website content management"),
]),
("jaducxm", "Jadu CXM|Jadu Connect", "e-services", "Jadu", [
    ("Customer Services", "Online forms and case handling for residents - report it, apply for it, pay for it"),
    ("Waste & Recycling", "Missed bin reports and bulky waste bookings online"),
]),
("firmstep", "Granicus Firmstep|Firmstep|Achieve Forms", "e-services", "Granicus", [
    ("Revenues & Benefits", "Council tax self-service forms (moves, discounts) feeding OpenRevenues"),
    ("Highways", "Report a pothole form"),
]),
("govdelivery", "GovDelivery|Granicus GovDelivery", "communications", "Granicus", [
    ("Communications", "Email bulletins to residents, subscriber management"),
    ("Public Health", "Health campaigns email newsletters"),
]),
("salesforce", "Salesforce|Salesforce Service Cloud|SFDC", "crm", "Salesforce|Ameo", [
    ("Customer Services", "Customer contact CRM - single view of resident, contact history, service requests"),
    ("Community Safety", "ASB case contacts logged in Salesforce"),
]),
("respond", "Respond|Aptean Respond", "customer-feedback", "Aptean", [
    ("Legal & Democratic Services", "Complaints, compliments, FOI and SAR case management"),
    ("Adult Social Care", "statutory ASC complaints"),
]),
("smartsurvey", "SmartSurvey", "survey-forms", "SmartSurvey", [
    ("Communications", "Resident surveys"),
    ("HR & OD", "Staff survey"),
]),
("citizenspace", "Citizen Space", "survey-forms", "Delib", [
    ("Legal & Democratic Services", "Public consultations hub, consultation responses"),
    ("Planning & Building Control", "Local Plan consultation questionnaires"),
]),
("docusign", "DocuSign", "e-signature", "DocuSign", [
    ("Legal & Democratic Services", "Electronic signing of contracts and deeds where permitted"),
]),
("adobesign", "Adobe Sign|Adobe Acrobat Sign", "e-signature", "Adobe", [
    ("HR & OD", "Offer letters and contracts of employment"),
]),
("powerbi", "Power BI|PowerBI", "reporting-bi", "Microsoft", [
    ("ICT & Digital", "Corporate performance dashboards, data warehouse reporting"),
    ("Children's Social Care", "CSC performance - caseloads, timeliness, Ofsted ILACS prep"),
    ("Revenues & Benefits", "collection rate dashboards"),
]),
("tableau", "Tableau", "reporting-bi", "Salesforce", [
    ("Public Health", "JSNA dashboards and health intelligence"),
]),
("lginform", "LG Inform", "statistics-research", "LGA", [
    ("Public Health", "Benchmarking and published statistics"),
]),
("lexis", "Lexis+|LexisNexis PSL", "reference-information", "LexisNexis", [
    ("Legal & Democratic Services", "Legal research, case law, precedents"),
]),
("searchlight", "DWP Searchlight|Searchlight", "reference-information", "DWP", [
    ("Revenues & Benefits", "DWP customer information lookups for benefit claims"),
    ("Housing Options", "Benefit checks for homelessness applicants"),
]),
("jcad", "JCAD Core|JCAD", "process-quality", "JCAD", [
    ("Finance", "Corporate risk register and mitigation tracking"),
]),
("pentana", "Pentana|Pentana Audit", "process-quality", "Ideagen", [
    ("Finance", "Internal audit working papers and recommendation tracking"),
]),
("verto", "Verto|Verto 365", "project-portfolio", "Verto", [
    ("ICT & Digital", "Programme & project portfolio (transformation programme), RAID logs"),
    ("Property Services", "Capital programme project tracking"),
]),
("thechest", "The Chest", "procurement", "Proactis / NEPO", [
    ("Procurement", "E-tendering portal for regional procurements, supplier responses"),
]),
("proactis", "Proactis|Proactis P2P", "procurement", "Proactis", [
    ("Procurement", "Purchase requisitions and orders, catalogues"),
    ("Highways", "raising POs for contractors"),
]),
("atamis", "Atamis", "contract-management", "Atamis", [
    ("Procurement", "Contracts register (Transparency Code), pipeline and contract management"),
]),
("flexigrant", "Flexi-Grant|FlexiGrant", "grants", "Flexi-Grant", [
    ("Community Safety", "Community grants applications and assessment"),
    ("Libraries & Culture", "Arts & heritage grant scheme"),
]),
("unit4", "Unit4 ERP|Unit4|Agresso", "accounting", "Unit4", [
    ("Finance", "General ledger, accounts payable/receivable, year-end closedown"),
    ("Adult Social Care", "budget monitoring reports from Unit4"),
]),
("unit4fp", "Unit4 Financial Planning|Unit4 FP&A", "budgeting", "Unit4", [
    ("Finance", "Medium Term Financial Strategy modelling and budget setting"),
]),
("icon", "Civica Pay|ICON|Civica ICON", "payments", "Civica", [
    ("Finance", "Income management - card payments, bank reconciliation, allocation of income"),
    ("Customer Services", "taking card payments over the phone (PCI DSS)"),
]),
("cipfa", "CIPFA Asset Manager|Asset Manager", "fixed-assets", "CIPFA", [
    ("Finance", "Fixed asset register and depreciation for statement of accounts"),
]),
("openrev", "Civica OpenRevenues|OpenRevenues|Open Revs", "billing", "Civica", [
    ("Revenues & Benefits", "Council Tax and Business Rates (NNDR) billing, recovery and collection"),
    ("Revenues & Benefits", "Sundry debt recovery and summons"),
]),
("iworld", "NEC iWorld Benefits|iWorld|Northgate iWorld", "income-support", "NEC Software Solutions", [
    ("Revenues & Benefits", "Housing Benefit and Council Tax Reduction assessment and payments"),
    ("Housing Options", "Discretionary Housing Payments"),
]),
("itrent", "iTrent|MHR iTrent", "hr-management;payroll", "MHR", [
    ("HR & OD", "HR and payroll system - establishment, absence, payroll, manager self-service"),
    ("Finance", "payroll journals into Unit4"),
    ("Reablement & Home Care", "absence recording for carers"),
]),
("softworks", "Softworks|Softworks T&A", "time-tracking", "Softworks", [
    ("HR & OD", "Flexi-time clocking and time & attendance"),
    ("Waste & Recycling", "Crew time recording, overtime"),
]),
("oleeo", "Oleeo", "recruitment", "Oleeo", [
    ("HR & OD", "Recruitment: job adverts, applications, shortlisting, DBS tracking"),
]),
("learningpool", "Learning Pool|LearningPool", "learning-management", "Learning Pool", [
    ("HR & OD", "E-learning and mandatory training (GDPR, safeguarding)"),
    ("Adult Social Care", "Care Certificate modules"),
]),
("sheassure", "SHE Assure|SHE", "occupational-health", "SHE Software", [
    ("HR & OD", "Health & safety incident reporting, RIDDOR, risk assessments"),
    ("Waste & Recycling", "Accidents and near misses on rounds"),
]),
("las", "Liquidlogic ASC|LAS|Liquidlogic Adults", "social-care-records", "System C (Liquidlogic)", [
    ("Adult Social Care", "Adults case management - Care Act assessments, support plans, safeguarding"),
    ("Reablement & Home Care", "reablement episodes recorded in LAS"),
]),
("lcs", "Liquidlogic Children's System|LCS", "child-welfare", "System C (Liquidlogic)", [
    ("Children's Social Care", "Children's social care case records: referrals, CIN, CP plans, LAC"),
    ("SEND", "social care view for SEND children"),
]),
("cm2000", "CM2000|CM 2000", "home-care", "Advanced", [
    ("Reablement & Home Care", "Electronic call monitoring of homecare visits, provider payments"),
]),
("pnc", "PNC8|Tunstall PNC", "home-care", "Tunstall", [
    ("Reablement & Home Care", "Telecare alarm monitoring centre (Careline)"),
]),
("elms", "Elms2|ELMS 2", "logistics", "Elms", [
    ("Adult Social Care", "Community equipment store - stock, deliveries and collections of equipment"),
]),
("capitaone", "Capita One|One|Capita ONE", "pupil-administration", "Capita|ESS", [
    ("School Admissions & Transport", "School admissions, pupil records, attendance & exclusions"),
    ("SEND", "EHCP records in One SEN module"),
    ("Early Years", "funding headcount returns"),
]),
("ehchub", "EHC Hub|Idox EHC Hub", "pupil-administration", "Idox", [
    ("SEND", "Online EHC needs assessment: parents, schools and health contribute to EHC plans"),
]),
("eyportal", "Early Years Provider Portal|EY Portal", "early-childhood", "Synergy / Servelec", [
    ("Early Years", "Nursery funding claims (2/3/4 yr olds, 30 hours eligibility codes)"),
]),
("trapeze", "Trapeze|Trapeze Education", "school-transport", "Trapeze", [
    ("School Admissions & Transport", "Home to school transport routes, contracts with operators, SEND transport"),
]),
("saffron", "Saffron", "catering", "Saffron", [
    ("Early Years", "Menu planning for council nurseries"),
]),
("uniform", "Idox Uniform|Uniform|IDOX Uniform", "building-permits", "Idox", [
    ("Planning & Building Control", "Development management and building control casework, fees, decision notices"),
    ("Planning & Building Control", "planning applications + appeals, enforcement"),
]),
("planningportal", "Planning Portal", "building-permits", "TerraQuest", [
    ("Planning & Building Control", "National online submission of planning & BC applications"),
]),
("keystone", "Objective Keystone", "land-use-planning", "Objective", [
    ("Planning & Building Control", "Local Plan drafting and policy"),
]),
("llc", "HMLR Local Land Charges|Land Charges", "cadastre", "HM Land Registry", [
    ("Legal & Democratic Services", "Local land charges register (migrated to HMLR)"),
]),
("symphony", "Symphony LLPG|Symphony", "gis", "Aligned Assets", [
    ("ICT & Digital", "Local Land & Property Gazetteer, UPRNs"),
]),
("arcgis", "ArcGIS|ArcGIS Pro|Esri", "gis", "Esri UK", [
    ("ICT & Digital", "Corporate GIS and web maps"),
    ("Highways", "mapping of assets and gritting routes"),
    ("Parks & Leisure", "tree survey maps"),
]),
("symology", "Symology Insight|Insight", "street-maintenance", "Symology", [
    ("Highways", "Highway inspections, defects, street works permits (NRSWA)"),
]),
("confirm", "Confirm|Brightly Confirm", "street-maintenance", "Brightly", [
    ("Parks & Leisure", "Grounds maintenance and tree works, job scheduling"),
]),
("whitespace", "Whitespace|Whitespace Work Software", "street-maintenance", "Whitespace", [
    ("Waste & Recycling", "Waste collection rounds, in-cab devices, missed bins, street cleansing jobs"),
]),
("scoot", "UTMC / SCOOT|UTMC", "traffic-management", "Yunex Traffic", [
    ("Highways", "Urban traffic control and signals"),
]),
("chipside", "Chipside|Chipside PCN", "parking", "Chipside", [
    ("Highways", "Penalty charge notices, permits and appeals"),
]),
("ringgo", "RingGo", "parking", "RingGo", [
    ("Highways", "Cashless parking payments"),
]),
("tranman", "Tranman", "fleet", "Civica", [
    ("Waste & Recycling", "Fleet maintenance, MOT and O-licence compliance"),
]),
("app", "Civica APP|APP", "environmental-health", "Civica", [
    ("Regulatory Services", "Food hygiene inspections, pest control, noise complaints"),
    ("Regulatory Services", "Licensing - taxi and premises licences (same system)"),
]),
("aq", "Air Quality England|AQE", "environmental-monitoring", "Ricardo", [
    ("Regulatory Services", "Air quality monitoring data and ASR reporting"),
]),
("necHousing", "NEC Housing|Northgate Housing", "housing", "NEC Software Solutions", [
    ("Housing Options", "Council housing rents, tenancies and repairs (HRA)"),
]),
("abritas", "Abritas", "housing", "Civica", [
    ("Housing Options", "Housing register and choice based lettings"),
]),
("jigsaw", "Jigsaw|Jigsaw H-CLIC", "housing", "Homeconnections", [
    ("Housing Options", "Homelessness casework and H-CLIC returns"),
]),
("concerto", "Concerto|Concerto Live", "facility-management", "Concerto", [
    ("Property Services", "Property asset management, compliance (asbestos, legionella), reactive repairs"),
]),
("systemslink", "Systemslink", "energy-management", "Systems Link", [
    ("Property Services", "Energy bills validation and consumption monitoring"),
]),
("gallagher", "Gallagher Command Centre|Gallagher", "access-control", "Gallagher", [
    ("Property Services", "Door access control and ID cards"),
]),
("condeco", "Condeco", "facility-booking", "Eptura", [
    ("Property Services", "Desk and meeting room booking in the Civic Centre"),
]),
("hallmaster", "Hallmaster", "facility-booking", "Hallmaster", [
    ("Libraries & Culture", "Community room hire in libraries"),
    ("Parks & Leisure", "pavilion bookings"),
]),
("gladstone", "Gladstone Plus2|Gladstone", "sports-services", "Gladstone", [
    ("Parks & Leisure", "Leisure centre memberships, class bookings, tills"),
]),
("spydus", "Spydus|Civica Spydus", "library", "Civica", [
    ("Libraries & Culture", "Library management system - loans, catalogue, borrowers"),
]),
("modes", "Modes", "museum-collections", "Modes Users Association", [
    ("Libraries & Culture", "Museum collections cataloguing"),
]),
("ticketsolve", "Ticketsolve", "event-ticketing", "Ticketsolve", [
    ("Libraries & Culture", "Theatre box office"),
]),
("views", "Views|Substance Views", "youth-services", "Substance", [
    ("Children's Social Care", "Youth work sessions and outcomes monitoring"),
]),
("evolutive", "Evolutive", "business-services", "Evolutive", [
    ("Economic Growth", "Business support programme - business enquiries, grants pipeline"),
]),
("resilience", "ResilienceDirect", "rescue-services", "Cabinet Office", [
    ("Community Safety", "Emergency planning information sharing with LRF partners"),
]),
]

# extra using teams, appended to the product rows above
EXTRA = {
    "m365": [("Waste & Recycling", "Outlook + Excel for supervisors, frontline on F3"), ("Legal & Democratic Services", "Office apps, mailboxes for councillors (members' email)")],
    "teams": [("Children's Social Care", "Virtual strategy meetings with police and health partners")],
    "hornbill": [("Property Services", "Facilities helpdesk catalogue in Hornbill for IT kit in buildings")],
    "salesforce": [("Waste & Recycling", "Bin enquiries from contact centre logged as cases"), ("Regulatory Services", "Noise complaint first contact, passed to APP")],
    "jaducxm": [("Parks & Leisure", "Allotment applications online")],
    "firmstep": [("Housing Options", "Homelessness triage form (duty to refer)")],
    "sharepoint": [("Adult Social Care", "team procedures and templates"), ("Highways", "Scheme drawings and project documents")],
    "powerbi": [("Adult Social Care", "ASC activity and spend dashboards, SALT returns prep")],
    "unit4": [("Procurement", "Supplier master data"), ("Highways", "Cost codes for highway schemes")],
    "itrent": [("Children's Social Care", "Agency vs permanent staffing report")],
    "learningpool": [("Children's Social Care", "Safeguarding training for partners and staff")],
    "softworks": [("Customer Services", "Contact centre flexi clocking")],
    "capitaone": [("School Admissions & Transport", "In-year admissions and school place planning data")],
    "las": [("Public Health", "Substance misuse referrals (read only)")],
    "arcgis": [("Planning & Building Control", "Constraints mapping for planning applications")],
    "uniform": [("Highways", "Highways adoption and s38 agreements logged in Uniform (BC module)")],
    "app": [("Community Safety", "Shared regulatory cases (ASB noise)")],
    "icon": [("Parks & Leisure", "Income from leisure tills reconciled in ICON")],
    "concerto": [("Libraries & Culture", "Library buildings' repairs and statutory compliance")],
    "gallagher": [("Libraries & Culture", "Staff access to library buildings")],
    "smartsurvey": [("Public Health", "health and wellbeing survey")],
    "sheassure": [("Parks & Leisure", "accidents at leisure centres")],
    "spydus": [("Libraries & Culture", "Home library service and e-book integration (BorrowBox)")],
    "abritas": [("Customer Services", "Housing register enquiries")],
    "chipside": [("Customer Services", "PCN payments and challenges via web")],
}
_uses = {p[0]: p[4] for p in PRODUCTS}
for _pid, _extra in EXTRA.items():
    _uses[_pid].extend(_extra)
