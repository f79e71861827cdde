# d7_en: Kilbarrow County Council (fictional Irish local authority). Hand-written, blind.
LANG = "en"
AUTHOR = "Kilbarrow County Council - Information Systems"
D1, D2, D3 = "Corporate Services", "Finance", "Housing & Community"
D4, D5, D6 = "Roads & Transportation", "Planning & Economic Development", "Environment, Water & Fire Services"
SHEETS = [("Application Register", {D1, D2, D3, D4, D5, D6})]
TITLE = {"Application Register": ["Kilbarrow County Council - Comhairle Contae Chill Bhearú",
                                  "ICT Application Register (Information Systems Dept) - v2.3, Q1 2024"]}
COLUMNS = [("name", "Application", 26), ("dept", "Section", 24), ("purpose", "Business Purpose", 60),
           ("vendor", "Supplier", 18), ("users", "No. of Users", 11), ("cost", "Annual Cost", 14),
           ("contract", "Contract Expiry", 14), ("owner", "Business Owner", 20), ("notes", "Comments", 40)]
ORGMAP_HEADER = ["Section", "Directorate"]
OWNERS = ["Siobhán Murphy", "P. O'Brien", "Declan Walsh", "Aoife Byrne", "Ciarán Kelly", "Mary Fitzgerald",
          "Niall Doyle", "Gráinne McCarthy", "T. Ryan (SEO)", "Eoin Brennan", "Orla Nolan"]
DEPTS = {
    "cor": (D1, ["Corporate Affairs", "Corporate Services - Meetings Admin"]),
    "hr": (D1, ["Human Resources", "HR", "HR Dept"]),
    "is": (D1, ["Information Systems", "IS Dept", "I.S."]),
    "com": (D1, ["Communications", "Comms Office"]),
    "cs": (D1, ["Customer Services", "Customer Service Desk"]),
    "fra": (D1, ["Franchise Section", "Franchise"]),
    "fin": (D2, ["Financial Management", "Finance"]),
    "ap": (D2, ["Accounts Payable", "AP / Payments"]),
    "rev": (D2, ["Revenue Collection", "Rates Office"]),
    "pro": (D2, ["Procurement", "Procurement Unit"]),
    "ha": (D3, ["Housing Allocations", "Housing - Allocations"]),
    "hm": (D3, ["Housing Maintenance", "Housing Maint."]),
    "hg": (D3, ["Housing Grants", "Housing Adaptation Grants"]),
    "cd": (D3, ["Community Development", "COMMUNITY"]),
    "lib": (D3, ["Library Service", "Libraries", "Kilbarrow Libraries"]),
    "art": (D3, ["Arts Office", "Arts & Heritage"]),
    "rd": (D4, ["Roads Design", "Roads Design Office"]),
    "rm": (D4, ["Road Maintenance", "Roads Maintenance"]),
    "tp": (D4, ["Traffic & Parking", "Traffic Management"]),
    "mach": (D4, ["Machinery Yard", "Machinery Yard / Fleet"]),
    "pdm": (D5, ["Planning Section", "Planning - Development Management", "Planning"]),
    "fp": (D5, ["Forward Planning"]),
    "bc": (D5, ["Building Control", "BCA"]),
    "leo": (D5, ["Local Enterprise Office", "LEO"]),
    "gis": (D5, ["GIS Unit", "GIS"]),
    "env": (D6, ["Environment Section", "Environment"]),
    "ws": (D6, ["Water Services", "Water Services (SLA)"]),
    "fire": (D6, ["Fire Service", "Fire & Emergency Services", "Fire Brigade"]),
    "cdef": (D6, ["Civil Defence"]),
}
PRODUCTS = [
    ("m365", "office-email", ["Microsoft 365", "M365", "Office 365", "O365"], "Microsoft (via Ergo)", [
        ("is", "Email (Exchange Online), Office apps and OneDrive for all staff"),
        ("is", "Office productivity suite - E3/F3 licensing"),
    ]),
    ("teams", "video-meetings", ["Teams", "MS Teams", "Microsoft Teams"], "Microsoft", [
        ("is", "Video calls, chat and collaboration"),
        ("cor", "Hybrid council and MD meetings - remote attendance for members"),
        ("cdef", "Volunteer briefings and training calls"),
        ("fire", "Station officers meetings, and Teams on station PCs"),
    ]),
    ("entra", "identity-access", ["Entra ID", "Azure AD", "AAD"], "Microsoft", [
        ("is", "User accounts, MFA, conditional access and single sign-on"),
    ]),
    ("intune", "endpoint-management", ["Intune", "MS Intune", "Microsoft Intune"], "Microsoft", [
        ("is", "Laptop and mobile device management, app deployment, outdoor staff phones"),
    ]),
    ("sdp", "itsm", ["ServiceDesk Plus", "ManageEngine SDP", "SDP"], "ManageEngine / Zoho", [
        ("is", "IT helpdesk - calls, incidents, change requests and asset inventory"),
        ("is", "Self-service portal for staff to log IT calls"),
    ]),
    ("ricoh", "printing", ["Ricoh Streamline NX", "Streamline NX", "Ricoh SLNX"], "Ricoh Ireland", [
        ("is", "Print management, secure follow-me print and scan-to-email on MFDs"),
    ]),
    ("nutanix", "it-infrastructure", ["Nutanix", "Nutanix AHV", "NUTANIX"], "Nutanix / Datapac", [
        ("is", "Hyperconverged server platform hosting on-prem VMs in Civic Offices and DR site"),
    ]),
    ("mivoice", "telephony", ["Mitel MiVoice", "MiVoice", "Mitel phone system"], "Mitel / Eir", [
        ("is", "Telephone system (PBX), desk phones and voicemail"),
        ("cs", "Main switchboard and call queues, out of hours divert to call centre"),
        ("fire", "Station phones and alerting lines"),
    ]),
    ("hub", "intranet", ["The Hub", "The Hub (SharePoint)", "Intranet"], "In-house / Microsoft", [
        ("com", "Staff intranet - news, policies, staff directory, HR forms"),
        ("is", "SharePoint Online intranet site"),
    ]),
    ("drupal", "web-publishing", ["Drupal", "kilbarrowcoco.ie (Drupal)", "Drupal CMS"], "Annertech", [
        ("com", "Council website kilbarrowcoco.ie - news, public notices, service pages"),
        ("com", "Web CMS; accessibility statement and Irish language pages"),
    ]),
    ("mailchimp", "communications", ["Mailchimp", "MailChimp"], "Intuit Mailchimp", [
        ("com", "Newsletters to residents and businesses, press release mailing list"),
        ("leo", "LEO e-zine to clients"),
    ]),
    ("surveymonkey", "survey-forms", ["SurveyMonkey", "Survey Monkey", "surveymonkey"], "Momentive", [
        ("cd", "Community surveys and public consultations (Age Friendly, Healthy Ireland)"),
        ("com", "Customer satisfaction surveys"),
        ("fp", "Pre-draft public consultation survey for the Development Plan"),
    ]),
    ("msforms", "survey-forms", ["Microsoft Forms", "MS Forms", "Forms"], "Microsoft", [
        ("hr", "Internal forms - training nominations, staff surveys"),
        ("lib", "Event sign-up forms and quick surveys"),
    ]),
    ("fixyourstreet", "customer-feedback", ["FixYourStreet", "FixYourStreet.ie", "Fix Your Street"], "LGMA", [
        ("cs", "Public reports of potholes, street lights, litter etc. routed to sections"),
        ("rm", "Receiving and closing off FixYourStreet reports for the MD"),
        ("env", "Illegal dumping and litter reports from public"),
    ]),
    ("verint", "crm", ["Verint CRM", "Lagan CRM", "CRM (Verint)"], "Verint", [
        ("cs", "Customer service CRM - logging customer contacts and service requests, councillor reps"),
        ("hm", "Tenant repair requests received via CRM"),
        ("env", "Litter / dumping complaints logged by customer services and assigned to wardens"),
    ]),
    ("edocs", "case-management", ["eDocs", "OpenText eDocs", "EDOCS"], "OpenText / Datalex", [
        ("cor", "Electronic records management - file plan, correspondence, registered files"),
        ("pdm", "Planning file records"),
        ("ha", "Housing applications files"),
        ("hr", "Personnel files"),
    ]),
    ("icasework", "case-management", ["iCasework", "Civica iCasework", "iCase"], "Civica", [
        ("cor", "FOI requests, AIE requests, data protection SARs and complaints - case tracking and deadlines"),
        ("cs", "Complaints and Ombudsman cases"),
    ]),
    ("moderngov", "meeting-management", ["ModernGov", "Modern.Gov", "mod.gov"], "Civica", [
        ("cor", "Council, SPC and Municipal District meetings - agendas, minutes, motions, members app"),
        ("cor", "Publishing of minutes and members' questions online"),
    ]),
    ("calm", "archive", ["CALM", "Axiell CALM", "Calm archives"], "Axiell", [
        ("lib", "County Archives catalogue of historic council records and private collections"),
    ]),
    ("laserfiche", "document-management", ["Laserfiche", "LaserFiche", "Laserfiche Repository"], "Laserfiche / ECM Ireland", [
        ("pdm", "Scanning and storage of planning files and drawings"),
        ("bc", "Document storage for commencement notices"),
    ]),
    ("docusign", "e-signature", ["DocuSign", "Docusign", "DOCUSIGN"], "DocuSign", [
        ("pro", "Electronic signing of contracts and SLAs"),
        ("hr", "Contracts of employment e-signature"),
    ]),
    ("franchise", "reference-information", ["Franchise System", "ERS", "Register of Electors (ERS)"], "LGMA", [
        ("fra", "Register of Electors maintenance, checktheregister.ie updates, edited register"),
        ("fra", "Electoral register and polling cards for elections"),
    ]),
    ("corehr", "hr-management", ["CoreHR", "Core HR", "CORE HR"], "Core International", [
        ("hr", "HR system - employee records, leave, sick leave, superannuation, self-service portal"),
        ("hr", "Staff self service (ESS) for leave and travel claims"),
        ("fire", "Retained firefighters HR records"),
    ]),
    ("mypay", "payroll", ["MyPay", "MyPay Payroll", "My Pay"], "LGSS MyPay (Laois CC)", [
        ("hr", "Payroll processed by MyPay shared service; we send payroll inputs"),
        ("fin", "Payroll journals into Agresso"),
    ]),
    ("coretime", "time-tracking", ["Core Time & Attendance", "CoreTime", "Clocking system"], "Core International", [
        ("hr", "Flexi-time clocking and attendance for office staff"),
        ("lib", "Clocking at branch libraries"),
    ]),
    ("timetrack", "time-tracking", ["TimeTrack Field", "Timetrack", "TimeTrack"], "FieldSoft Ltd", [
        ("rm", "Outdoor staff timesheets by job/activity code, overtime, costing to road schemes"),
        ("mach", "TIMESHEETS FOR FITTERS"),
    ]),
    ("candidate", "recruitment", ["Candidate Manager", "CandidateManager", "Recruitment portal"], "Onstream Ltd", [
        ("hr", "Recruitment campaigns, online applications, shortlisting and interview boards"),
    ]),
    ("linkedinlearning", "learning-management", ["LinkedIn Learning", "Linkedin Learning", "LIL"], "LinkedIn", [
        ("hr", "Online training courses for staff"),
        ("is", "Self-paced IT skills training"),
    ]),
    ("learningpool", "learning-management", ["Learning Pool", "LearningPool", "Learning Pool LMS"], "Learning Pool", [
        ("hr", "Mandatory eLearning (GDPR, cyber awareness, manual handling), training records"),
        ("fire", "CPD records for retained firefighters"),
        ("rm", "Manual handling and signing, lighting & guarding refresher courses"),
    ]),
    ("safetyculture", "occupational-health", ["SafetyCulture", "iAuditor", "Safety Culture"], "SafetyCulture", [
        ("hr", "Health & Safety inspections, toolbox talks and incident reporting on phones"),
        ("rm", "Site safety audits for road crews"),
    ]),
    ("agresso", "accounting", ["Agresso", "Unit4 ERP", "Agresso Business World", "Unit 4"], "Unit4", [
        ("fin", "Financial management system - general ledger, AFS, debtors, creditors, purchasing"),
        ("ap", "Purchase orders, goods receipting and supplier payments"),
        ("hm", "Raising POs for repair contractors, checking budgets on housing cost codes"),
        ("lib", "requisitions for book stock (see notes)", "Book fund spend tracked in Agresso"),
    ]),
    ("readsoft", "invoice-processing", ["ReadSoft", "Kofax ReadSoft", "Readsoft Online"], "Kofax / Tungsten", [
        ("ap", "Invoice scaning and capture (OCR), matching to POs, approval workflow into Agresso"),
        ("ap", "Supplier invoice processing"),
    ]),
    ("rdm", "billing", ["RDM", "Rates & Debt Management", "RDM Rates"], "In-house / LGMA", [
        ("rev", "Commercial rates billing, rate demands, arrears and collection"),
        ("rev", "Rates accounts, NPPR and misc. debtors"),
    ]),
    ("realex", "payments", ["Realex", "Global Payments Realex", "Realex Payments"], "Global Payments", [
        ("fin", "Online card payments gateway for rates, rents, fees and motor-related charges"),
        ("cs", "Card payments taken over the phone"),
    ]),
    ("unit4fpa", "budgeting", ["Unit4 FP&A", "Unit4 FPA", "Prevero"], "Unit4", [
        ("fin", "Annual budget preparation and multi-annual financial planning, budget book"),
    ]),
    ("pir", "cadastre", ["PIR", "Property Interest Register", "Property Register (PIR)"], "LGMA", [
        ("fin", "Register of council-owned land and property, titles and disposals"),
        ("cor", "Property interests and leases"),
    ]),
    ("etenders", "procurement", ["eTenders", "etenders.gov.ie", "eTenders (OGP)"], "OGP", [
        ("pro", "Publishing tenders above threshold, receiving tender submissions"),
        ("rd", "Tendering of road contracts"),
    ]),
    ("supplygov", "procurement", ["SupplyGov", "SupplyGov.ie", "Supply Gov"], "LGOPC", [
        ("pro", "Frameworks and mini-competitions for local government (road materials, plant hire)"),
        ("rm", "Mini-competitions for plant hire and road materials"),
    ]),
    ("contractshub", "contract-management", ["ContractsHub", "Contracts Hub", "Contracts Register"], "Procuro Ltd", [
        ("pro", "Contracts register, renewal alerts and supplier details"),
    ]),
    ("civicapay", "point-of-sale", ["Civica Pay", "Cash Receipting (Civica)", "Civica Icon"], "Civica", [
        ("rev", "Cash office receipting at public counter - cash, card, cheque"),
        ("lib", "Library fees and sales at branch counters"),
        ("cs", "Payments taken at the customer service desk"),
    ]),
    ("ihouse", "housing", ["iHouse", "I-House", "iHouse (LGMA)"], "LGMA", [
        ("ha", "Housing applications, social housing list, allocations and CBL, tenancies"),
        ("hm", "Rents, tenancy management and repairs module"),
        ("rev", "Housing rents and arrears"),
    ]),
    ("totalmobile", "housing", ["Totalmobile", "TotalMobile", "Total Mobile"], "Totalmobile", [
        ("hm", "Scheduling and mobile job sheets for housing repair crews, voids"),
        ("hm", "Job management app for maintenance staff"),
    ]),
    ("hgs", "grants", ["HGS", "Housing Grants System", "Housing Grants (HGS)"], "In-house", [
        ("hg", "Housing Adaptation Grants for older people and people with a disability - applications, approvals, payments"),
    ]),
    ("submittable", "grants", ["Submittable", "SUBMITTABLE"], "Submittable", [
        ("art", "Arts Act grants and bursaries - online applications and assessment"),
        ("cd", "Community grants scheme and CEP applications"),
    ]),
    ("pass", "social-care-records", ["PASS", "PASS (Homeless)", "Pathway Accommodation & Support System"], "DRHE", [
        ("ha", "Homeless services - client records, emergency accommodation placements, bed management"),
    ]),
    ("sierra", "library", ["Sierra", "Sierra LMS", "Sierra (LGMA)"], "Innovative / Clarivate", [
        ("lib", "National library management system - loans, members, catalogue, reservations"),
        ("lib", "Stock management, inter-library loans"),
    ]),
    ("borrowbox", "library", ["BorrowBox", "Borrowbox", "Borrow Box"], "Bolinda", [
        ("lib", "eBooks and eAudiobooks for library members"),
    ]),
    ("eventbrite", "event-ticketing", ["Eventbrite", "EventBrite"], "Eventbrite", [
        ("lib", "Bookings for library events, Cruinniú na nÓg, Heritage Week"),
        ("art", "Free ticketing for festival events"),
        ("cd", "Community training evenings and PPN plenary bookings"),
    ]),
    ("ticketsolve", "event-ticketing", ["Ticketsolve", "TicketSolve"], "Ticketsolve", [
        ("art", "Box office for the county arts centre - ticket sales and seating plans"),
    ]),
    ("adlib", "museum-collections", ["Adlib", "Axiell Collections", "ADLIB"], "Axiell", [
        ("art", "County Museum collections database - objects, accessions, loans"),
        ("lib", "Local studies photo collection"),
    ]),
    ("maproad", "street-maintenance", ["MapRoad", "MapRoad PMS", "Map Road"], "LGMA / Yotta", [
        ("rm", "Road schedule, pavement condition (PSCI) surveys and annual road works programmes"),
        ("rd", "Regional and local road network data, restoration improvement grant claims"),
        ("tp", "Road data for speed limit review"),
    ]),
    ("mrl", "street-maintenance", ["MRL", "MapRoad Licensing", "Road Opening Licences (MRL)"], "LGMA", [
        ("rm", "Road opening licences for utilities - applications, conditions, reinstatement inspections"),
        ("tp", "Road opening licences - traffic management plans checked"),
    ]),
    ("civil3d", "construction-design", ["AutoCAD Civil 3D", "Civil 3D", "AutoCAD"], "Autodesk", [
        ("rd", "Design of road schemes, junction upgrades and active travel schemes, drawings"),
        ("ws", "Drawings for minor water and drainage works"),
    ]),
    ("scoot", "traffic-management", ["SCOOT UTC", "UTC system", "Siemens UTC"], "Yunex Traffic", [
        ("tp", "Urban traffic control - traffic signals in the county town, junction timings"),
    ]),
    ("parkingtag", "parking", ["ParkingTag", "Parking Tag", "parkingtag.ie"], "ParkingTag Ltd", [
        ("tp", "Pay-by-phone parking in the towns, permits"),
        ("rev", "Parking income reconciliation"),
    ]),
    ("chipside", "parking", ["Chipside", "ChipSide", "Chipside PCN"], "Chipside", [
        ("tp", "Parking enforcement - handhelds for traffic wardens, fixed charge notices, appeals"),
    ]),
    ("tranman", "fleet", ["Tranman", "Civica Tranman", "TranMan"], "Civica", [
        ("mach", "Fleet and plant register, servicing, repairs and CVRT"),
        ("mach", "Workshop job cards and parts, plant hire charges to sections"),
    ]),
    ("verizon", "fleet", ["Verizon Connect", "Fleetmatics", "Verizon Connect Reveal"], "Verizon Connect", [
        ("mach", "GPS tracking of council vehicles and gritters"),
        ("rm", "Gritter routes during winter maintenance, vehicle location"),
    ]),
    ("iplan", "building-permits", ["iPlan", "IPlan", "iPlan (LGMA)"], "LGMA", [
        ("pdm", "Planning applications - validation, weekly lists, decisions, Section 5s and enforcement"),
        ("fp", "Planning history lookups"),
        ("cs", "Answering public queries on planning applications"),
    ]),
    ("eplanning", "building-permits", ["ePlanning", "ePlanning portal", "eplanning.ie"], "LGMA", [
        ("pdm", "National online planning application portal - applications submitted online, submissions/observations"),
    ]),
    ("bcms", "building-permits", ["BCMS", "Building Control Management System", "BCMS (LGMA)"], "LGMA", [
        ("bc", "Commencement notices, completion certificates, fire safety and disability access certificates"),
        ("fire", "Fire Safety Certificate applications"),
    ]),
    ("myplan", "land-use-planning", ["MyPlan", "MyPlan.ie", "MyPlan GIS"], "DHLGH", [
        ("fp", "County Development Plan zoning maps and LAPs published nationally"),
    ]),
    ("arcgis", "gis", ["ArcGIS", "ArcGIS Pro", "Esri ArcGIS"], "Esri Ireland", [
        ("gis", "GIS - mapping, spatial analysis and web maps for all sections"),
        ("fp", "Zoning maps for the County Development Plan"),
        ("ws", "Water network maps"),
        ("env", "Mapping of complaints, illegal dumping and enforcement sites"),
    ]),
    ("salesforce", "crm", ["Salesforce", "SalesForce", "SFDC"], "Salesforce", [
        ("leo", "LEO client management - enquiries, mentoring, training attendance and client relationships"),
    ]),
    ("leoportal", "business-services", ["LocalEnterprise.ie", "LEO Portal", "localenterprise.ie"], "Enterprise Ireland", [
        ("leo", "Business supports: Trading Online Vouchers, feasibility grants and priming grants for small firms"),
        ("leo", "Start Your Own Business courses and client applications"),
    ]),
    ("eden", "environmental-monitoring", ["EDEN", "EPA EDEN", "Eden"], "EPA", [
        ("env", "Reporting environmental monitoring data to EPA - bathing water, river quality, landfill"),
        ("ws", "Wastewater discharge licence returns"),
    ]),
    ("airsensors", "environmental-monitoring", ["Air Quality Sensors", "AQ sensor network", "Clarity air sensors"], "Clarity Movement", [
        ("env", "Air quality and noise monitoring sensors in towns, live data dashboard"),
    ]),
    ("uisce_sap", "water-utility", ["Uisce Éireann SAP", "Irish Water SAP", "UE SAP WMS"], "Uisce Éireann", [
        ("ws", "Work orders for water and wastewater operations under the SLA with Uisce Éireann"),
        ("ws", "Water services work management, timesheets for SLA recoupment"),
    ]),
    ("scada", "water-utility", ["ClearSCADA", "SCADA", "Geo SCADA"], "Schneider Electric", [
        ("ws", "Telemetry for reservoirs, pumping stations and treatment plants, alarms"),
    ]),
    ("firemis", "rescue-services", ["FireMIS", "Fire MIS", "FIREMIS"], "Stations Software Ltd", [
        ("fire", "Incident reports, turn-outs, retained crew availability and fire station records"),
        ("fire", "Fire service management information system - returns to NDFEM"),
    ]),
    ("cims", "rescue-services", ["CIMS", "Crisis Information Management System"], "NDFEM", [
        ("fire", "Major emergency management - coordination with HSE and Gardaí"),
        ("cdef", "Major emergency exercises"),
    ]),
    ("d4h", "rescue-services", ["D4H", "d4h", "D4H Team Manager"], "D4H Technologies", [
        ("cdef", "Civil Defence volunteer availability, callouts, equipment and training records"),
    ]),
    ("powerbi", "reporting-bi", ["Power BI", "PowerBI", "PBI"], "Microsoft", [
        ("fin", "Management reporting dashboards, NOAC performance indicators"),
        ("ha", "Housing list and voids dashboard"),
        ("rm", "Road works programme dashboard for MD meetings"),
        ("is", "Reporting platform - Agresso and iHouse data"),
    ]),
    ("crystal", "reporting-bi", ["Crystal Reports", "Crystal", "SAP Crystal Reports"], "SAP", [
        ("fin", "Legacy reports out of Agresso and RDM"),
        ("rev", "Rates arrears reports"),
    ]),
    ("smartsheet", "project-portfolio", ["Smartsheet", "SmartSheet", "SMARTSHEET"], "Smartsheet", [
        ("rd", "Capital projects tracker - programme, milestones, funding (TII, NTA, URDF)"),
        ("cor", "Corporate plan actions and project portfolio"),
        ("ha", "Social housing delivery pipeline tracker (Housing for All)"),
    ]),
    ("libcal", "facility-booking", ["LibCal", "Springshare LibCal", "Libcal"], "Springshare", [
        ("lib", "Booking of library meeting rooms, study spaces and PCs"),
    ]),
    ("condeco", "facility-booking", ["Condeco", "Condeco Room Booking", "CONDECO"], "Eptura", [
        ("cor", "Meeting room and hot-desk booking in Civic Offices"),
        ("is", "Room booking panels"),
    ]),
    ("planon", "facility-management", ["Planon", "PLANON", "Planon Universe"], "Planon", [
        ("cor", "Facilities management for council buildings - planned maintenance, reactive requests"),
        ("fire", "Fire station maintenance"),
    ]),
    ("seai", "energy-management", ["SEAI M&R", "SEAI Monitoring & Reporting", "M&R system"], "SEAI", [
        ("env", "Annual energy returns for public sector energy targets (climate action)"),
        ("cor", "Energy data for buildings and public lighting"),
    ]),
    ("paxton", "access-control", ["Paxton Net2", "Net2", "Paxton"], "Paxton", [
        ("cor", "Door access control and fobs for Civic Offices and area offices"),
        ("lib", "My Open Library access control (staffless opening)"),
    ]),
]
