# c7_sv: Kvarnsund kommun – Kvarnsundin kunta (fictional bilingual municipality in Ostrobothnia), Finland-Swedish.
# Inventory dated 2022, i.e. before social and health care moved to the wellbeing services county. Hand-written, blind.
LANG = "sv"
AUTHOR = "Kvarnsund kommun / IT-enheten"
C, B, S = "Centralförvaltningen", "Bildningsförvaltningen", "Social- och hälsovårdsförvaltningen"
T, M = "Tekniska förvaltningen", "Byggnads- och miljöförvaltningen"
SHEETS = [("System", {C, B, S, T, M})]
TITLE = {"System": ["Kvarnsund kommun – Kvarnsundin kunta", "Förteckning över informationssystem 2022 (uppdaterad 11/2022)"]}
COLUMNS = [("sector", "Förvaltning", 24), ("dept", "Enhet", 24), ("name", "System", 24), ("purpose", "Användningsområde", 60),
           ("vendor", "Leverantör", 18), ("users", "Antal användare", 12), ("cost", "Kostnad/år", 15),
           ("contract", "Avtalet går ut", 14), ("owner", "Kontaktperson", 20), ("notes", "Anmärkningar", 40)]
ORGMAP_HEADER = ["Enhet", "Förvaltning"]
OWNERS = ["Anna Björkqvist", "Mats Nyholm", "Johanna Backlund", "K. Sjöholm", "Peter Granholm", "Lena Storbacka",
          "Tomas Häggblom", "Camilla Westerlund", "Jonas Kronqvist", "Sari Mäki-Kala"]
DEPTS = {
    "kan": (C, ["Kansliet", "Kansli", "KANSLIET"]),
    "eko": (C, ["Ekonomienheten", "Ekonomi"]),
    "per": (C, ["Personalenheten", "Personal / HR"]),
    "ikt": (C, ["IT-enheten", "IT", "ICT-enheten"]),
    "nar": (C, ["Näringsliv och sysselsättning", "Näringslivsenheten"]),
    "kom": (C, ["Kommunikation", "Info/kommunikation"]),
    "dag": (B, ["Småbarnspedagogik", "Dagvården", "Varhaiskasvatus"]),
    "gru": (B, ["Grundläggande utbildning", "Grundskolorna"]),
    "gym": (B, ["Gymnasiet", "Kvarnsunds gymnasium"]),
    "bib": (B, ["Biblioteket", "Bibliotek"]),
    "mi": (B, ["Medborgarinstitutet", "MI"]),
    "fri": (B, ["Fritid och kultur", "Fritids- och kulturbyrån"]),
    "ung": (B, ["Ungdomsarbetet", "Ungdomsbyrån"]),
    "hvc": (S, ["Hälsovårdscentralen", "HVC", "Terveyskeskus"]),
    "tan": (S, ["Tandvården", "Tandvård"]),
    "soc": (S, ["Socialbyrån", "Socialarbete"]),
    "ald": (S, ["Äldreomsorgen", "Äldreomsorg"]),
    "hem": (S, ["Hemvården", "Hemvård och hemsjukvård"]),
    "inf": (T, ["Gator och parker", "Infra"]),
    "vat": (T, ["Vattenverket", "Vatten och avlopp"]),
    "fas": (T, ["Fastighetsenheten", "Lokalservice"]),
    "kos": (T, ["Kostenheten", "Kosthållet"]),
    "byg": (M, ["Byggnadstillsynen", "Byggnadstillsyn", "Rakennusvalvonta"]),
    "pla": (M, ["Planläggning", "Planläggningen"]),
    "mat": (M, ["Mätning och GIS", "Mätningen"]),
    "mil": (M, ["Miljövården", "Miljö- och hälsoskydd"]),
}
PRODUCTS = [
    ("effica_hc", "patient-records", ["Effica Hälsovård", "Effica HVC", "Effica patientjournal", "Tieto Effica PT"], "Tietoevry", [
        ("hvc", "Patientjournal på HVC och bäddavdelningen, remisser, e-recept, Kanta-anslutning"),
        ("hvc", "elektronisk patientjournal (EPJ) + tidsbokning på mottagningen, statistik till THL"),
        ("hem", "Hemsjukvårdens anteckningar och medicinlistor"),
        ("tan", "Remisser mellan HVC och tandvården, läsrättigheter"),
    ]),
    ("effica_soc", "social-care-records", ["Effica Socialvård", "Effica SOS", "Effica socialvården"], "Tietoevry", [
        ("ald", "Klientuppgifter och beslut inom äldreomsorgen, serviceboende, klientavgifter (asiakasmaksut)"),
        ("hem", "Beslut om hemvård och stödtjänster, klientdokumentation"),
    ]),
    ("proconsona", "social-care-records", ["Pro Consona", "ProConsona", "Pro Consona Sosiaalihuolto"], "CGI", [
        ("soc", "Socialvårdens klientdatasystem: barnskydd, vuxensocialarbete, utkomststöd och handikappservice"),
        ("soc", "Barnskyddsanmälningar, klientplaner och tjänsteinnehavarbeslut. Arkivering i Kanta."),
    ]),
    ("opus", "dental-care", ["Opus Dental", "OpusDental", "Opus"], "Opus Systemer", [
        ("tan", "Patientjournal för tandvården, vårdplaner och kallelser till skoltandvård"),
        ("tan", "Tidsbokning och journal i tandvården, röntgenbilder kopplade"),
    ]),
    ("omaolo", "e-services", ["Omaolo", "OmaOlo", "Omaolo (DigiFinland)"], "DigiFinland", [
        ("hvc", "Symtombedömning och e-tjänster för invånare på svenska och finska, styr till mottagningen"),
        ("tan", "Symptombedömning för munhälsa"),
    ]),
    ("nursebuddy", "home-care", ["Nursebuddy", "NurseBuddy", "Nurse Buddy"], "Nursebuddy Oy", [
        ("hem", "Hemvårdens mobila lösning: besök, rutter, nyckelhantering och dokumentation i mobilen"),
        ("hem", "planering av hemvårdsbesök, uppföljning av välitön työaika"),
        ("ald", "Serviceboendets besök och anteckningar"),
    ]),
    ("vivago", "home-care", ["Vivago", "Vivago trygghetsarmband", "VIVAGO"], "Vivago Oy", [
        ("hem", "Trygghetstelefoner och trygghetsarmband för hemmaboende äldre, larm till hemvården"),
        ("ald", "Larm och aktivitetsuppföljning på boendena"),
    ]),
    ("titania", "shift-planning", ["Titania", "CGI Titania", "TITANIA"], "CGI", [
        ("ald hem", "Arbetsschema (työvuorolistat) och bemanning, önskemål via mobilen, uppgifter till lönen"),
        ("hvc", "Arbetsturer för skötare och läkare på HVC och avdelningen"),
        ("kos", "KOSTENHETENS ARBETSTURER"),
    ]),
    ("terveysportti", "reference-information", ["Terveysportti", "Duodecim Terveysportti", "terveysportti.fi"], "Duodecim", [
        ("hvc", "Läkemedelsdatabas, God medicinsk praxis (Käypä hoito) och beslutsstöd för läkare och skötare"),
    ]),
    ("qlik", "reporting-bi", ["Qlik Sense", "Qlik", "QlikView"], "Qlik", [
        ("hvc", "Rapporter från Effica: besök, köer och vårdgarantin"),
        ("ald", "Statistik över beläggning och hemvårdsbesök"),
    ]),
    ("wilma", "pupil-administration", ["Wilma", "WILMA", "Visma Wilma"], "Visma", [
        ("gru gym", "Kommunikation hem-skola, frånvaro, bedömning och betyg. Vårdnadshavarna använder Wilma-appen."),
        ("dag", "Förskolans meddelanden och frånvaro"),
        ("gru", "Elevvårdens anteckningar och pedagogiska dokument (stödbeslut)"),
    ]),
    ("primus", "pupil-administration", ["Primus", "Visma Primus", "PRIMUS"], "Visma", [
        ("gru", "Elevregister, skolplaceringar och överföringar till KOSKI"),
        ("gym", "Studerandeuppgifter, kurser och anmälningar till studentexamen"),
    ]),
    ("daisy", "early-childhood", ["DaisyFamily", "Daisy", "Daisy Family"], "Daisy Oy", [
        ("dag", "Ansökningar till småbarnspedagogik, placeringar, närvaro och vårdtidsbokningar"),
        ("dag", "Vårdnadshavarnas e-tjänst för vårdtider + dagvårdsavgifter till faktureringen"),
        ("eko", "Fakturaunderlag för dagvårdsavgifter"),
        ("gru", "Anmälningar till morgon- och eftermiddagsverksamheten (aamu- ja iltapäivätoiminta)"),
    ]),
    ("itslearning", "learning-platform", ["itslearning", "Itslearning", "It's learning"], "itslearning AS", [
        ("gru", "Lärplattform för uppgifter, material och kommunikation i åk 7–9"),
        ("gym", "Kursernas digitala arbetsrum, inlämningar och prov"),
    ]),
    ("abitti", "learning-platform", ["Abitti", "ABITTI", "Abitti-provsystem"], "Studentexamensnämnden", [
        ("gym", "Digitala prov och övning för studentskrivningarna, provservrar"),
        ("gru", "Elektroniska prov i högstadiet (försök)"),
    ]),
    ("hellewi", "course-management", ["Hellewi", "HELLEWI", "Hellewi kursadministration"], "Hellewi Oy", [
        ("mi", "Kursutbud, anmälningar på nätet på svenska och finska, kursavgifter och lärarnas timrapporter"),
        ("mi", "kursadministration för MI / kansalaisopisto"),
    ]),
    ("koha", "library", ["Koha", "Koha (Fredrika)", "KOHA"], "Koha-Suomi Oy", [
        ("bib", "Bibliotekssystemet i Fredrika-samarbetet: lån, reservationer, katalogisering och låntagarregister"),
        ("gru", "Skolbibliotekens utlåning"),
    ]),
    ("ellibs", "library", ["Ellibs", "ELLIBS", "Ellibs e-bibliotek"], "Ellibs Oy", [
        ("bib", "E-böcker och ljudböcker för låntagarna"),
        ("bib", "e-material, licenser betalas per lån"),
    ]),
    ("timmi", "facility-booking", ["Timmi", "Timmi lokalbokning", "TIMMI"], "Timmi", [
        ("fri", "Bokning av idrottshallen, skolornas gymnastiksalar och planer för föreningar, fakturering av turer"),
        ("fas", "Uthyrning av lokaler till utomstående"),
    ]),
    ("bokamera", "facility-booking", ["BokaMera", "Boka Mera", "bokamera.se"], "BokaMera AB", [
        ("kan", "Bokning av mötesrum och fullmäktigesalen i kommungården"),
        ("fri", "Bastu- och gymturer på simhallen"),
    ]),
    ("nuta", "youth-services", ["Nuta", "NUTA", "Nuta ungdomsarbete"], "Nuta Oy", [
        ("ung", "Besöksstatistik och medlemskort på ungdomsgården, uppsökande ungdomsarbete (etsivä nuorisotyö)"),
        ("ung", "ungdomsarbetets kontakter och grupper"),
    ]),
    ("tiketti", "event-ticketing", ["Tiketti", "TIKETTI", "Tiketti.fi"], "Tiketti Oy", [
        ("fri", "Biljettförsäljning till konserter och teater i kulturhuset"),
        ("fri", "biljetter till sommarteatern"),
    ]),
    ("lyyti", "event-ticketing", ["Lyyti", "LYYTI", "Lyyti event"], "Lyyti Oy", [
        ("kom", "Anmälningar till evenemang, invånarmöten och seminarier"),
        ("nar", "Företagsfrukostar och näringslivsevenemang – anmälningar"),
    ]),
    ("stodportal", "grants", ["Stödportalen", "Stödportal", "Avustusportaali"], "Kuntasoft Oy", [
        ("fri", "Ansökan om förenings- och kulturbidrag, behandling och beslut"),
        ("ung", "Bidrag till ungdomsföreningar"),
    ]),
    ("dynasty", "case-management;meeting-management", ["Dynasty", "Dynasty 10", "Innofactor Dynasty"], "Innofactor", [
        ("kan", "Ärendehantering och diarium, möten för fullmäktige, styrelse och nämnder, protokoll på webben"),
        ("kan", "Registratorskontoret: registrering av inkommande handlingar, tjänsteinnehavarbeslut"),
        ("byg mil", "Nämndens föredragningslistor och beslut"),
        ("dag gru", "Bildningsnämndens möten och beslut, protokollsutdrag"),
    ]),
    ("disa", "archive", ["Disa", "Disa e-arkiv", "DISA"], "Disec Oy", [
        ("kan", "Elektroniskt arkiv för handlingar som ska bevaras varaktigt, arkivbildningsplan"),
    ]),
    ("vismasign", "e-signature", ["Visma Sign", "VismaSign", "Visma sign"], "Visma", [
        ("kan", "Elektronisk underskrift av avtal och protokoll"),
        ("per", "Arbetsavtal undertecknas elektroniskt"),
    ]),
    ("tikon", "accounting", ["Tikon", "Visma Tikon", "TIKON"], "Visma", [
        ("eko", "Bokförning, huvudbok, reskontror och bokslut"),
        ("eko", "Ekonomisystemet, kostnadsställen och rapporter till förvaltningarna"),
    ]),
    ("rondo", "invoice-processing", ["Rondo", "Rondo inköpsfakturor", "Sarastia Rondo"], "Sarastia", [
        ("eko", "Cirkulation, granskning och godkännande av leverantörsfakturor"),
        ("ald fas", "Sakgranskning och godkännande av fakturor"),
        ("gru", "fakturagodkännande rektorer"),
    ]),
    ("talgraf", "budgeting", ["Talgraf", "TALGRAF", "Talgraf budget"], "Talgraf Oy", [
        ("eko", "Budget och ekonomiplan, prognoser"),
        ("kan", "budgetuppföljning till styrelsen"),
    ]),
    ("intrum", "billing", ["Intrum", "Intrum Justitia", "Intrum Online"], "Intrum", [
        ("eko", "Indrivning och kundfordringar, betalningspåminnelser"),
    ]),
    ("personec", "payroll", ["Personec F", "Visma Personec F", "Personec"], "Visma", [
        ("per", "Löneräkning och anställningsuppgifter, lönelistor"),
        ("eko", "Löneöverföringar till bokföringen"),
    ]),
    ("kuntarekry", "recruitment", ["Kuntarekry", "Kommunrekry", "kuntarekry.fi"], "KL-Kuntarekry Oy", [
        ("per", "Rekrytering och platsannonser, vikarieregister på svenska och finska"),
        ("dag gru", "Rekrytering av vikarier"),
    ]),
    ("m2", "travel-expenses", ["M2", "M2 reseräkningar", "M2 resor"], "Visma", [
        ("per", "Reseräkningar, kilometerersättningar och dagtraktamenten"),
        ("hem", "km-ersättningar för hemvården"),
    ]),
    ("tarjouspalvelu", "procurement", ["Tarjouspalvelu.fi", "Tarjouspalvelu", "Cloudia Tarjouspalvelu"], "Cloudia Oy", [
        ("eko", "Upphandlingar, anbudsförfrågnigar och jämförelse av anbud, Hilma-annonser"),
        ("fas", "Entreprenadupphandlingar"),
    ]),
    ("powerbi", "reporting-bi", ["Power BI", "PowerBI", "Power-BI"], "Microsoft", [
        ("eko", "Ekonomirapporter och dashboards för chefer"),
        ("kan", "Nyckeltal till ledningsgruppen"),
        ("hem", "Rapport om hemvårdens direkta arbetstid (välitön työaika) och beläggning"),
    ]),
    ("sotkanet", "statistics-research", ["Sotkanet", "SOTKAnet", "THL Sotkanet"], "THL", [
        ("kan", "Statistik och indikatorer för välfärdsberättelsen"),
        ("hvc", "Jämförelse av nyckeltal inom hälsovården"),
    ]),
    ("elisaring", "telephony", ["Elisa Ring", "ElisaRing", "Ring växel"], "Elisa", [
        ("ikt", "Telefonväxel och mobilabonnemang, växelns servicenummer"),
        ("hvc", "Återuppringning på HVC:s tidsbokning"),
        ("kan", "Kommungårdens växel och telefonservice, röstbrevlåda"),
    ]),
    ("kvarnis", "intranet", ["Kvarnis", "Kvarnis intranät", "Intranätet"], "Microsoft / Sulava", [
        ("kom", "Personalens intranät: nyheter, anvisningar och blanketter på två språk"),
        ("ikt", "Intranätet på SharePoint Online"),
    ]),
    ("personalintra", "intranet", ["Vårdintra", "VårdIntra", "Vårdintra (WordPress)"], "Sitesupport Oy", [
        ("hvc", "Interna vårdanvisningar, telefonlista och jourscheman för social- och hälsovården"),
        ("ald", "Anvisningar för personalen inom äldreomsorgen"),
    ]),
    ("wordpress", "web-publishing", ["WordPress", "Wordpress", "kvarnsund.fi (WordPress)"], "Seravo", [
        ("kom", "Kommunens webbplats kvarnsund.fi på svenska och finska, nyheter och kungörelser"),
        ("fri", "Kulturhusets och simhallens webbsidor"),
    ]),
    ("mailchimp", "communications", ["Mailchimp", "MailChimp", "mailchimp"], "Intuit Mailchimp", [
        ("kom", "Nyhetsbrev till invånare och sommarboende"),
        ("nar", "Företagsnyhetsbrev"),
    ]),
    ("webropol", "survey-forms", ["Webropol", "WEBROPOL", "Webropol 3.0"], "Webropol", [
        ("kan", "Invånarenkäter och kundnöjdhetsenkäter, rapporter"),
        ("per", "Personalenkät och anmälningsblanketter"),
        ("gru", "Enkäter till vårdnadshavare"),
        ("dag", "Kundenkät till föräldrar i småbarnspedagogiken"),
    ]),
    ("msforms", "survey-forms", ["Microsoft Forms", "MS Forms", "Forms"], "Microsoft", [
        ("ikt", "Interna formulär och snabbenkäter (ingår i M365)"),
        ("gym", "Studerandenas kursrespons"),
    ]),
    ("roidu", "customer-feedback", ["Roidu", "Roidu respons", "ROIDU"], "Roidu Oy", [
        ("kom", "Responssystem: invånarnas respons och förslag, svar publiceras"),
        ("inf", "Respons om gator, plogning och parker styrs hit"),
        ("fri", "Respons från simhallens kunder"),
    ]),
    ("kuntaform", "e-services", ["Kuntaform", "KuntaForm", "Kuntaform e-tjänster"], "Kuntaform Oy", [
        ("kan", "E-tjänster för invånare: ansökningar och anmälningar på nätet, Suomi.fi-identifiering"),
        ("fri", "Ansökan om simhallskort och fiskekort"),
        ("byg", "Blanketter: anmälan om påbörjat arbete, ansvarig arbetsledare"),
    ]),
    ("m365", "office-email", ["Microsoft 365", "M365", "Office 365"], "Microsoft", [
        ("ikt", "E-post (Exchange Online), Office-program och OneDrive"),
        ("ikt", "kontorsprogram för all personal"),
    ]),
    ("teams", "video-meetings", ["Teams", "MS Teams", "Microsoft Teams"], "Microsoft", [
        ("ikt", "Videomöten, chatt och teamarbete"),
        ("gru dag", "Föräldramöten på distans, lärarnas och personalens möten"),
        ("kan", "Distansdeltagande i nämndernas möten"),
    ]),
    ("entra", "identity-access", ["Azure AD", "Entra ID", "Azure Active Directory"], "Microsoft", [
        ("ikt", "Användarkonton, MFA och single sign-on, behörighetsgrupper"),
    ]),
    ("topdesk", "itsm", ["TOPdesk", "Topdesk", "TOPDesk"], "TOPdesk", [
        ("ikt", "IT-stöd: ärenden, felanmälningar och beställningar, apparatregister"),
        ("fas", "Felanmälningar för fastigheter (egen kategori i TOPdesk)"),
        ("gru", "Skolornas IT-felanmälningar och beställningar av datorer"),
    ]),
    ("intune", "endpoint-management", ["Intune", "MS Intune", "Microsoft Intune"], "Microsoft", [
        ("ikt", "Hantering av datorer, mobiler och skolornas iPads"),
    ]),
    ("uniflow", "printing", ["uniFLOW", "Canon uniFLOW", "Uniflow"], "Canon", [
        ("ikt", "Utskriftshantering, follow-me-utskrift och skanning till e-post"),
    ]),
    ("veeam", "it-infrastructure", ["Veeam", "Veeam Backup", "VEEAM"], "Veeam", [
        ("ikt", "Säkerhetskopiering av servrar och M365"),
        ("ikt", "backup av virtuella servrar i serverhallen"),
    ]),
    ("ura", "business-services", ["URA", "Ura", "URA-klientdatasystem"], "KEHA-centralen", [
        ("nar", "Sysselsättningsförsökets kunder, arbetssökande och tjänster (työllisyyden kuntakokeilu)"),
        ("nar", "Arbetssökandes planer och lönesubvention"),
    ]),
    ("tampuuri", "housing", ["Tampuuri", "TAMPUURI", "Tampuuri hyresbostäder"], "Tampuuri Oy", [
        ("fas", "Kommunens hyresbostäder: bostadsansökningar, hyresavtal och hyresreskontra"),
        ("fas", "Uthyrning av bostäder, felanmälningar från hyresgäster"),
    ]),
    ("optimaze", "facility-management", ["Optimaze", "OPTIMAZE", "Optimaze.net"], "Optimaze Oy", [
        ("fas", "Fastighets- och lokalregister, planritningar och interna hyror"),
    ]),
    ("fourdeg", "energy-management", ["Fourdeg", "FOURDEG", "Fourdeg smart värme"], "Fourdeg Oy", [
        ("fas", "Smart styrning av uppvärmning och uppföljning av energiförbrukning i skolor och daghem"),
    ]),
    ("routa", "street-maintenance", ["Routa", "ROUTA", "Routa vinterunderhåll"], "Routa Systems Oy", [
        ("inf", "Uppföljning av plogning och sandning, entreprenörernas rutter på karta"),
        ("inf", "Underhåll av gator och parker, arbetsorder och dagböcker"),
    ]),
    ("keyaqua", "water-utility", ["KeyAqua", "Key Aqua", "KEYAQUA"], "Trimble", [
        ("vat", "Vattenverkets kundregister, mätaravläsningar, vattenfakturering och ledningsnät"),
        ("vat", "Ledningsnätets informationssystem och felanmälningar"),
    ]),
    ("kamstrup", "water-utility", ["Kamstrup READy", "Kamstrup", "READy"], "Kamstrup", [
        ("vat", "Fjärravläsning av vattenmätare, läckagelarm"),
    ]),
    ("aromi", "catering", ["Aromi", "AROMI", "Aromi kosthåll"], "CGI", [
        ("kos", "Recept, matsedlar, specialdieter och beställningar från daghem och äldreboenden"),
        ("kos", "Produktionsstyrning i centralköket, matsedeln till webben"),
        ("ald", "Beställning av mat till boendena, specialkost"),
    ]),
    ("iloq", "access-control", ["iLOQ", "iLOQ Manager", "ILOQ S50"], "iLOQ", [
        ("fas", "Passerkontroll och nyckelhantering, elektroniska nycklar"),
        ("hem", "Klienternas nycklar (mobilnyckel) i hemvården"),
        ("gru", "Skolornas nycklar och dörrar, låstider"),
    ]),
    ("lupapiste", "building-permits", ["Lupapiste", "Lupapiste.fi", "LUPAPISTE"], "Evolta / Cloudpermit", [
        ("byg", "Bygglovsansökningar elektroniskt, handläggning och syner, rakennuslupa"),
        ("byg", "Ansökningar om bygglov och åtgärdstillstånd (toimenpidelupa), dokument till arkiv"),
        ("mil", "Miljötillstånd och marktäktstillstånd söks via Lupapiste"),
    ]),
    ("facta", "cadastre", ["Facta", "Facta fastighetsregister", "FACTA"], "CGI", [
        ("mat", "Fastighetsregister och byggnads- och lägenhetsregister, förrättningar"),
        ("byg", "Byggnadsregistret uppdateras efter slutsyn"),
    ]),
    ("locus", "gis", ["Trimble Locus", "Locus", "Locus karttjänst"], "Trimble", [
        ("mat", "Kommunens karttjänst och baskarta, kartor på webben"),
        ("pla", "Kartor för planläggningen och ajantasakaava"),
    ]),
    ("qgis", "gis", ["QGIS", "Qgis", "QGIS 3.28"], "Open source", [
        ("mat", "Geodata-analyser och kartframställning"),
        ("mil", "Kartor för naturinventeringar"),
    ]),
    ("tbc", "surveying", ["Trimble Business Center", "TBC", "Trimble BC"], "Trimble", [
        ("mat", "Bearbetning av mätdata från GNSS och totalstation, utsättning"),
        ("mat", "Mätningsdata, nybyggnadskartor"),
    ]),
    ("cityplanner", "land-use-planning", ["CityPlanner", "City Planner", "Agency9 CityPlanner"], "Agency9", [
        ("pla", "3D-visualisering av detaljplaner och generalplan, invånarnas åsikter om planförslag"),
        ("pla", "Planläggning, planförslag på webben"),
    ]),
    ("vati", "environmental-health", ["Vati", "VATI", "Vati (YHTI)"], "Valvira", [
        ("mil", "Livsmedelstillsyn och hälsoskydd: tillsynsobjekt, inspektioner och Oiva-rapporter"),
        ("mil", "Valvontasuunnitelma och tillsynsregister"),
    ]),
    ("ylva", "environmental-monitoring", ["YLVA", "Ylva", "YLVA-miljödatasystem"], "SYKE", [
        ("mil", "Miljöskyddets tillstånd och övervakning av utsläpp, uppföljning av vattenprov"),
    ]),
    ("dockspot", "port", ["Dockspot", "DockSpot", "Dockspot gästhamn"], "Dockspot Oy", [
        ("fri", "Gästhamnens platsbokning och hamnavgifter"),
        ("inf", "Båtplatser i småbåtshamnen, båtplatshyror"),
    ]),
]
