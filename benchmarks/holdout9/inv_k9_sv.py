# k9_sv: Sandhamra kommun (fictional, Skåne, ~85 000 inv.), systemförteckning.
SEED = 9303
LANG = "sv"
CREATOR = "Sandhamra kommun, Digitalisering & IT"
TITLE = "Systemförteckning Sandhamra kommun – {sheet} – uppdaterad 2025-02-20 (KS dnr 2024/311)"
ORDER = "dept"
SHEET_ORDER = ["Systemförteckning"]
def sheet_for(r): return "Systemförteckning"
COLUMNS = [("System", "name"), ("Förvaltning", "sector"), ("Enhet", "dept"), ("Syfte / användning", "purpose"),
           ("Leverantör", "vendor"), ("Systemägare", "owner"), ("Antal användare", "users"),
           ("Årskostnad", "cost"), ("Avtal t.o.m.", "end"), ("Kommentar", "notes")]
WIDTHS = [24, 30, 26, 60, 20, 18, 12, 14, 14, 40]
DATE_FORMAT = "yyyy-mm-dd"
ORGMAP_HEADER = ["Enhet", "Förvaltning"]
OWNERS = ["Anna Lindberg", "Johan Nilsson", "Maria Persson", "Erik Olsson", "Karin Månsson",
          "Lars Jönsson", "Sofia Håkansson", "Mikael Bengtsson", "Eva Svensson", "Per Ohlsson"]
NOTES = ["Molntjänst, PuB-avtal finns", "Via Adda ramavtal", "Integration mot Raindance", "SSO via Entra",
         "Avtalet förlängt 1 år", "Upphandlas 2025", "Ingen personuppgift", "KS beslut 2023-06-12",
         "Driftas av Kommunalförbundet IT", "Ny systemförvaltare 2024"]
DUP_NOTES = ["dubblett?", "", "samma som ovan", "uppdaterad"]
PLACEHOLDERS = ["se kommentar", "-", "?", "se anm.", "se kommentar", "TBD"]
MOVED_PREFIX = ""

KLF, BOU, SBF, VOO, ASF, KOF = ("Kommunledningsförvaltningen", "Barn- och utbildningsförvaltningen",
                                "Stadsbyggnadsförvaltningen", "Vård- och omsorgsförvaltningen",
                                "Arbetsmarknads- och socialförvaltningen", "Kultur- och fritidsförvaltningen")
DEPTS = {
    "Digitalisering & IT": (KLF, ["IT-enheten", "IT", "KLF IT"]),
    "Ekonomienheten": (KLF, ["Ekonomi", "EKONOMIENHETEN"]),
    "HR-enheten": (KLF, ["Personalenheten", "HR"]),
    "Kansliet": (KLF, ["KS kansli", "Kansli/registratur"]),
    "Kommunikationsenheten": (KLF, ["Kommunikation"]),
    "Upphandlingsenheten": (KLF, ["Upphandling"]),
    "Kontaktcenter": (KLF, ["Medborgarservice"]),
    "Näringslivsenheten": (KLF, ["Näringsliv"]),
    "Förskola": (BOU, ["Förskoleverksamheten", "BoU förskola"]),
    "Grundskola": (BOU, ["Grundskolan", "BoU grundskola"]),
    "Sandhamra gymnasieskola": (BOU, ["Gymnasiet"]),
    "Elevhälsan": (BOU, ["Centrala elevhälsan"]),
    "Vuxenutbildningen": (BOU, ["Komvux/SFI", "Vux"]),
    "Bygglovsenheten": (SBF, ["Bygglov", "SBF bygglov"]),
    "Planenheten": (SBF, ["Plan"]),
    "Lantmäteri och GIS": (SBF, ["Lantmäterienheten", "Mät & GIS"]),
    "Gatu- och parkenheten": (SBF, ["Gata/park"]),
    "Miljö- och hälsoskydd": (SBF, ["Miljöenheten", "Miljö"]),
    "Fastighetsenheten": (SBF, ["Fastighet", "Lokalförsörjning"]),
    "VA-enheten": (SBF, ["VA"]),
    "Kost och service": (SBF, ["Kostenheten"]),
    "Hemtjänst": (VOO, ["Hemtjänsten", "VoO hemtjänst"]),
    "Särskilt boende": (VOO, ["SÄBO"]),
    "LSS-enheten": (VOO, ["LSS"]),
    "Hälso- och sjukvård (HSL)": (VOO, ["HSL", "Kommunal hälso- och sjukvård"]),
    "Individ- och familjeomsorg": (ASF, ["IFO", "IFO barn och unga"]),
    "Ekonomiskt bistånd": (ASF, ["Försörjningsstöd", "EKB"]),
    "Arbetsmarknadsenheten": (ASF, ["AME"]),
    "Bibliotek och kultur": (KOF, ["Biblioteket", "Stadsbiblioteket"]),
    "Fritid och idrott": (KOF, ["Fritid"]),
}

PRODUCTS = [
("m365", "Microsoft 365|Office 365|M365", "office-email", "Microsoft|Atea", [
    ("Digitalisering & IT", "E-post (Exchange Online), Office-paketet och OneDrive för alla anställda"),
    ("Grundskola", "Lärarnas e-post och office, elever har Google"),
    ("Hemtjänst", "mejl + kalender, F3-licenser för undersköterskor"),
]),
("teams", "Teams|MS Teams", "video-meetings", "Microsoft", [
    ("Digitalisering & IT", "Videomöten och chatt, ersatte Skype"),
    ("Kansliet", "Digitalt deltagande i KF och nämnder, omröstning sker i Netpublicator"),
]),
("entra", "Entra ID|Azure AD", "identity-access", "Microsoft", [
    ("Digitalisering & IT", "Behörigheter, MFA, SSO mot e-tjänster och verksamhetssystem"),
]),
("intune", "Intune|MS Intune", "endpoint-management", "Microsoft", [
    ("Digitalisering & IT", "Hantering av datorer och mobiler, appdistribution"),
    ("Grundskola", "Elevernas iPads (1:1) hanteras här"),
]),
("nilex", "Nilex|Nilex Service Desk", "itsm", "Nilex", [
    ("Digitalisering & IT", "Ärendehantering IT-support, incidenter och beställningar, självserviceportal"),
    ("HR-enheten", "HR-frågor från chefer ärendehanteras i Nilex-kö"),
]),
("easit", "Easit GO|Easit", "itsm", "Easit AB", [
    ("Grundskola", "Pedagogisk IT-support för skolorna, felanmälan på elevdatorer"),
    ("Sandhamra gymnasieskola", "IT-ärenden på gymnasiet"),
]),
("uniflow", "uniFLOW|Canon uniFLOW", "printing", "Canon", [
    ("Digitalisering & IT", "Follow-me utskrift och scanning"),
]),
("touchpoint", "Telia Touchpoint Plus|Touchpoint", "telephony", "Telia", [
    ("Kontaktcenter", "Växel och kontaktcenter: samtalsköer, statistik, tillgänglighet"),
    ("Hemtjänst", "Mobila anknytningar till hemtjänstgrupperna"),
]),
("biztalk", "BizTalk|MS BizTalk Server", "it-infrastructure", "Microsoft|Tieto", [
    ("Digitalisering & IT", "Integrationsplattform: Heroma->Raindance, IST->Entra, filöverföringar"),
]),
("p360", "Public 360|Public 360°|P360", "case-management", "Tietoevry", [
    ("Kansliet", "Diarium och ärendehantering, registrering av allmänna handlingar"),
    ("Planenheten", "Diarieföring av planärenden"),
    ("Miljö- och hälsoskydd", "Diarium för klagomål som inte hanteras i Ecos"),
    ("Fritid och idrott", "registrering av inkomna skrivelser"),
]),
("netpub", "Netpublicator|NetPublicator", "meeting-management", "Netpublicator AB", [
    ("Kansliet", "Digitala handlingar till KS, KF och nämnder, läsplattor för förtroendevalda"),
    ("Särskilt boende", "Nämndhandlingar VoO (läses av enhetschefer)"),
]),
("sydarkivera", "Sydarkivera e-arkiv|e-arkiv|E-arkivet", "archive", "Sydarkivera", [
    ("Kansliet", "Slutarkivering av digitala handlingar, leveranser från P360"),
    ("Individ- och familjeomsorg", "Gallrade och bevarade akter från gamla verksamhetssystemet"),
]),
("sharepoint", "SharePoint|SharePoint Online", "document-management", "Microsoft", [
    ("Digitalisering & IT", "Dokumenthantering och samarbetsytor"),
    ("Ekonomienheten", "Bokslutsdokumentation, mallar"),
]),
("sitevision", "Sitevision|SiteVision|Insidan (Sitevision)", "web-publishing;intranet", "Sitevision AB", [
    ("Kommunikationsenheten", "sandhamra.se – extern webb, publiceringsverktyg"),
    ("HR-enheten", "Insidan: intranät med nyheter, rutiner och HR-handbok"),
    ("Kommunikationsenheten", "Intranätet Insidan + extern webb, samma plattform"),
]),
("mynewsdesk", "Mynewsdesk", "communications", "Mynewsdesk", [
    ("Kommunikationsenheten", "Pressmeddelanden och nyhetsrum"),
]),
("netigate", "Netigate", "survey-forms", "Netigate", [
    ("HR-enheten", "Medarbetarenkät och pulsmätning"),
    ("Kommunikationsenheten", "medborgarenkäter"),
]),
("esmaker", "esMaker|EsMaker", "survey-forms", "Entergate", [
    ("Grundskola", "Elevenkät och vårdnadshavarenkät"),
    ("Särskilt boende", "Brukarenkät SÄBO (egen, utöver Socialstyrelsens)"),
]),
("scrive", "Scrive|Scrive eSign", "e-signature", "Scrive AB", [
    ("HR-enheten", "Digital signering av anställningsavtal med BankID"),
    ("Upphandlingsenheten", "Signering av avtal med leverantörer"),
]),
("comfact", "Comfact Signature|Comfact", "e-signature", "Comfact AB", [
    ("Kansliet", "Justering av protokoll digitalt"),
]),
("openeplatform", "Open ePlatform|Mitt Sandhamra|OeP", "e-services", "Nordic Peak", [
    ("Digitalisering & IT", "E-tjänsteplattform: formulär, BankID, handläggning via Mina sidor"),
    ("Bygglovsenheten", "E-tjänst för nybyggnadskarta och anmälan; ärendet förs över till ByggR"),
    ("Fritid och idrott", "ansökan föreningsbidrag (e-tjänst) – bidragen beslutas i Bidragsportalen"),
]),
("synpunkt", "Dialog Synpunkt|Synpunkt", "customer-feedback", "Dialog Software", [
    ("Kontaktcenter", "Synpunkter och klagomål från medborgare, fördelas till förvaltningarna"),
    ("Gatu- och parkenheten", "felanmälan gata/park från invånare"),
]),
("artvise", "Artvise Kundtjänst|Artvise", "crm", "Artvise AB", [
    ("Kontaktcenter", "Kundtjänstärenden, kunskapsbank och e-post till kontaktcenter"),
]),
("lime", "Lime CRM|LIME", "crm", "Lime Technologies", [
    ("Näringslivsenheten", "Företagskontakter, företagsbesök och etableringsärenden"),
    ("Arbetsmarknadsenheten", "Arbetsgivarkontakter för praktikplatser"),
]),
("antura", "Antura|Antura Projects", "project-portfolio", "Antura AB", [
    ("Digitalisering & IT", "Projektportfölj, digitaliseringsprojekt"),
    ("Fastighetsenheten", "Byggprojekt, tidplaner"),
]),
("tendsign", "Visma Tendsign|TendSign", "procurement", "Visma", [
    ("Upphandlingsenheten", "Annonsering av upphandlingar, anbud och utvärdering (LOU)"),
]),
("proceedo", "Visma Proceedo|Proceedo", "procurement", "Visma", [
    ("Ekonomienheten", "E-handel: beställningar mot avtal, kopplat till fakturaflödet"),
    ("Kost och service", "Livsmedelsbeställningar via e-handeln"),
]),
("kommers", "Kommers Avtalsdatabas|Avtalsdatabasen", "contract-management", "Kommers Annons", [
    ("Upphandlingsenheten", "Avtalskatalog för alla ramavtal, sökbar för förvaltningarna"),
]),
("bidrag", "Bidragsportalen", "grants", "Interbook|FRI Data", [
    ("Fritid och idrott", "Föreningsbidrag: handläggning och utbetalningsunderlag"),
    ("Bibliotek och kultur", "Kulturbidrag och arrangörsstöd"),
]),
("raindance", "Raindance|CGI Raindance", "accounting", "CGI", [
    ("Ekonomienheten", "Ekonomisystem: redovisning, bokslut, kund- och leverantörsreskontra"),
    ("VA-enheten", "VA-kollektivets redovisning"),
]),
("palette", "Palette|Palette Arena", "invoice-processing", "Palette Software", [
    ("Ekonomienheten", "Leverantörsfakturor: scanning, attest och kontering"),
    ("Hemtjänst", "Attest av fakturor (enhetschefer)"),
]),
("hypergene", "Hypergene", "budgeting", "Hypergene AB", [
    ("Ekonomienheten", "Budget och prognos, månadsuppföljning per ansvar"),
]),
("stratsys", "Stratsys", "process-quality", "Stratsys AB", [
    ("Kansliet", "Mål- och resultatstyrning, internkontroll, verksamhetsplaner"),
    ("Särskilt boende", "Egenkontroller och avvikelseuppföljning enligt ledningssystem SOSFS 2011:9"),
]),
("qlik", "Qlik Sense|QlikSense", "reporting-bi", "Qlik", [
    ("Ekonomienheten", "Beslutsstöd: ekonomi, personal, nyckeltal"),
    ("Hemtjänst", "Hemtjänsttimmar, utförd vs beviljad tid"),
]),
("powerbi", "Power BI|PowerBI", "reporting-bi", "Microsoft", [
    ("Grundskola", "Betyg- och närvarostatistik, dashboards för rektorer"),
    ("Digitalisering & IT", "IT-rapporter"),
]),
("kolada", "Kolada", "statistics-research", "RKA", [
    ("Kansliet", "Jämförelser med andra kommuner, KKiK"),
]),
("notisum", "Notisum|Notisum Rättsnätet", "reference-information", "Notisum AB", [
    ("Kansliet", "Lagar och förordningar, rättsfall"),
    ("Individ- och familjeomsorg", "SoL, LVU, rättspraxis"),
]),
("fir", "FIR|Fastighetsinformation (FIR)", "reference-information", "Lantmäteriet|Sokigo", [
    ("Lantmäteri och GIS", "Uppslag i fastighetsregistret: ägare, taxering"),
    ("Bygglovsenheten", "Sakägarförteckningar för grannehöranden"),
]),
("heroma", "Heroma|CGI Heroma", "hr-management;payroll", "CGI", [
    ("HR-enheten", "Personal- och lönesystem: anställningar, lön, frånvaro, självservice"),
    ("Ekonomienheten", "Lönekonteringar"),
    ("Hemtjänst", "Frånvaroregistrering och timanställda"),
]),
("flex", "Flex HRM Time|Flex", "time-tracking", "Flex Applications", [
    ("HR-enheten", "Flextidsregistrering för tjänstemän"),
    ("Fastighetsenheten", "Tidrapportering drifttekniker"),
]),
("tcplan", "Time Care Planering|TimeCare Planering", "shift-planning", "Visma", [
    ("Särskilt boende", "Schemaläggning och bemanning, önskeschema"),
    ("Hemtjänst", "Schemaplanering"),
    ("LSS-enheten", "Scheman LSS-boenden"),
]),
("tcpool", "Time Care Pool|TimeCare Pool", "shift-planning", "Visma", [
    ("Särskilt boende", "Bemanningsenhetens bokning av timvikarier, sms-utskick"),
    ("Förskola", "Vikarieanskaffning förskola"),
]),
("reachmee", "ReachMee", "recruitment", "ReachMee", [
    ("HR-enheten", "Rekrytering, annonsering och urval"),
]),
("learnify", "Learnify", "learning-management", "Learnify AB", [
    ("HR-enheten", "E-learning för anställda, introduktion, GDPR-utbildning"),
]),
("kia", "KIA", "occupational-health", "AFA Försäkring", [
    ("HR-enheten", "Anmälan av arbetsskador och tillbud"),
    ("Grundskola", "Tillbud och hot/våld mot personal"),
]),
("geosecma", "Geosecma|Geosecma för ArcGIS", "gis", "Sokigo", [
    ("Lantmäteri och GIS", "Kommunens GIS-plattform, baskarta och adressregister"),
    ("VA-enheten", "Ledningskartor VA"),
]),
("arcgis", "ArcGIS Online|ArcGIS", "gis", "Esri Sverige", [
    ("Planenheten", "Kartor och analyser i planarbete, StoryMaps"),
]),
("byggr", "ByggR|Tietoevry ByggR", "building-permits", "Tietoevry", [
    ("Bygglovsenheten", "Bygglovshandläggning, tillsyn, PBL-ärenden, beslut och avgifter"),
    ("Bygglovsenheten", "Anmälningar och startbesked, kontrollplaner"),
]),
("trossen", "Trossen|Trossen KLM", "cadastre", "Lantmäteriet", [
    ("Lantmäteri och GIS", "Förrättningshandläggning som KLM (kommunal lantmäterimyndighet)"),
]),
("cityplanner", "CityPlanner", "land-use-planning", "Agency9", [
    ("Planenheten", "Detaljplaner i 3D och digitalt samråd"),
]),
("geopro", "Geo Pro|GeoPro", "surveying", "Sweco", [
    ("Lantmäteri och GIS", "Beräkning av inmätningar, utsättning"),
]),
("infracontrol", "Infracontrol Online|Infracontrol", "street-maintenance", "Infracontrol AB", [
    ("Gatu- och parkenheten", "Drift och underhåll gata/park: arbetsordrar, besiktningar, lekplatser"),
    ("Gatu- och parkenheten", "Vinterväghållning och entreprenörernas rapportering"),
]),
("aquis", "Aquis|Xylem Aquis", "water-utility", "Xylem", [
    ("VA-enheten", "Hydraulisk modell och styrning av vattenverk"),
]),
("ecos", "Ecos 2|Ecos2|ECOS", "environmental-health", "Trimble", [
    ("Miljö- och hälsoskydd", "Tillsyn livsmedel och miljöskydd, avgifter och inspektionsrapporter"),
    ("Miljö- och hälsoskydd", "Handläggning av enskilda avlopp och hälsoskydd"),
]),
("luftkollen", "Luftkollen", "environmental-monitoring", "IVL|Sandhamra (egen)", [
    ("Miljö- och hälsoskydd", "Mätstationer luft och buller, rapportering till Naturvårdsverket"),
]),
("parkster", "Parkster", "parking", "Parkster", [
    ("Gatu- och parkenheten", "Betala parkering via app"),
]),
("easypark", "EasyPark", "parking", "EasyPark", [
    ("Gatu- och parkenheten", "Mobil parkeringsbetalning, månadsrapporter"),
]),
("incit", "Incit Xpand|Xpand", "facility-management", "Incit AB", [
    ("Fastighetsenheten", "Fastighetsförvaltning: hyresavtal, lokalregister, underhållsplaner, felanmälan"),
    ("Kost och service", "Lokalvårdens ytor"),
]),
("momentum", "Momentum|Momentum Pyramid", "facility-management", "Momentum Software", [
    ("Fastighetsenheten", "Fastighetssystem för bostäderna (kommunala lägenheter), felanmälan hyresgäster"),
]),
("metry", "Metry", "energy-management", "Metry AB", [
    ("Fastighetsenheten", "Energiuppföljning, mätardata el/fjärrvärme"),
]),
("arx", "ASSA ARX|ARX", "access-control", "ASSA ABLOY", [
    ("Fastighetsenheten", "Passersystem, taggar och behörigheter i kommunhuset och skolor"),
    ("Grundskola", "Passerbrickor personal"),
]),
("interbook", "Interbook Go|Interbook", "facility-booking", "FRI Data", [
    ("Fritid och idrott", "Lokalbokning: idrottshallar, föreningsbokningar, fakturaunderlag"),
    ("Bibliotek och kultur", "Bokning av samlingslokaler"),
]),
("mashie", "Mashie", "catering", "Mashie AB", [
    ("Kost och service", "Måltidsplanering, recept, specialkoster och näringsberäkning"),
    ("Särskilt boende", "Matbeställning till avdelningar"),
]),
("matilda", "Matilda|Matilda Foodtech", "catering", "Matilda Foodtech", [
    ("Grundskola", "Skolköken: meny och allergier"),
    ("Förskola", "förskolornas matsedel och specialkost"),
]),
("bilpool", "Bilpoolen|Fordonsbokning", "fleet", "Egen", [
    ("Fastighetsenheten", "Kommunens bilpool, bokning och körjournal"),
]),
("ist", "IST Extens|Extens", "pupil-administration", "IST", [
    ("Grundskola", "Elevregister, betyg och placering"),
    ("Sandhamra gymnasieskola", "Elevadministration gy, kurser och betyg, CSN-rapportering"),
]),
("skola24", "Skola24|Skola 24", "pupil-administration", "Skola24 AB", [
    ("Grundskola", "Schema och frånvarorapportering, sms till vårdnadshavare"),
    ("Sandhamra gymnasieskola", "schemaläggning"),
]),
("istforskola", "IST Förskola|IST Barnomsorg", "early-childhood", "IST", [
    ("Förskola", "Köhantering, placeringar och avgifter förskola/fritids"),
    ("Ekonomienheten", "Underlag för barnomsorgsavgifter till Raindance"),
]),
("tyra", "Tyra|Tyra app", "early-childhood", "Tyra AB", [
    ("Förskola", "Dokumentation och kommunikation med vårdnadshavare, närvaro"),
]),
("vklass", "Vklass", "learning-platform", "Vklass AB", [
    ("Grundskola", "Lärplattform: uppgifter, omdömen, IUP"),
    ("Sandhamra gymnasieskola", "kurssidor och inlämningar"),
]),
("unikum", "Unikum", "learning-platform", "Unikum", [
    ("Förskola", "Pedagogisk dokumentation"),
    ("Grundskola", "Lärloggar och planeringar (F-3)"),
]),
("alvis", "Alvis", "course-management", "Alvis Systems", [
    ("Vuxenutbildningen", "Administration Komvux och SFI: kurser, antagning, betyg"),
    ("Vuxenutbildningen", "SFI-kursregistrering och uppföljning av studieresultat"),
]),
("skjutsplan", "SkjutsPlan", "school-transport", "Sandhamra (egen)", [
    ("Grundskola", "Skolskjutsplanering och beslut om skolskjuts"),
]),
("pmo", "PMO|PMO Elevhälsa", "patient-records", "CompuGroup Medical", [
    ("Elevhälsan", "Medicinsk journalföring för skolsköterskor och skolläkare"),
]),
("lifecarehsl", "Lifecare HSL|LifeCare HSL", "patient-records", "Tietoevry", [
    ("Hälso- och sjukvård (HSL)", "HSL-journal för sjuksköterskor, arbetsterapeuter och fysioterapeuter"),
    ("Särskilt boende", "Dokumentation HSL på boendena"),
]),
("pascal", "Pascal", "medication", "E-hälsomyndigheten", [
    ("Hälso- och sjukvård (HSL)", "Ordination dosdispenserade läkemedel, läkemedelslistor"),
]),
("mcss", "Appva MCSS|MCSS", "medication", "Appva", [
    ("Hälso- och sjukvård (HSL)", "Digital signering av läkemedelsöverlämnande"),
    ("Hemtjänst", "Signering läkemedel i hemtjänsten via mobil"),
    ("LSS-enheten", "Signeringslistor läkemedel"),
]),
("treserva", "Treserva|CGI Treserva", "social-care-records", "CGI", [
    ("Individ- och familjeomsorg", "Verksamhetssystem IFO: utredningar, BBIC, placeringar HVB och familjehem"),
    ("LSS-enheten", "Handläggning och dokumentation LSS"),
    ("Hemtjänst", "Biståndsbeslut SoL och genomförandeplaner"),
]),
("tes", "TES|Tunstall TES", "home-care", "Tunstall", [
    ("Hemtjänst", "Planering av hemtjänstinsatser, besök och tidsregistrering"),
]),
("phoniro", "Phoniro Care|Phoniro", "home-care", "Phoniro", [
    ("Hemtjänst", "Digitala lås och besöksregistrering hos brukare"),
    ("Särskilt boende", "Trygghetslarm och nattillsyn via kamera"),
]),
("viva", "Viva|Viva EKB", "income-support", "Pulsen Combine", [
    ("Ekonomiskt bistånd", "Handläggning och utbetalning av försörjningsstöd, e-ansökan"),
]),
("ssbtek", "SSBTEK", "income-support", "Försäkringskassan", [
    ("Ekonomiskt bistånd", "Automatisk informationsinhämtning från FK, CSN, AF och Skatteverket"),
]),
("insats", "Insatsportalen", "business-services", "Egen", [
    ("Arbetsmarknadsenheten", "Deltagare i arbetsmarknadsinsatser, feriepraktik och extratjänster"),
]),
("wis", "WIS", "rescue-services", "MSB", [
    ("Kansliet", "Krisberedskap: lägesbilder och information vid samhällsstörning"),
]),
("quria", "Quria|Axiell Quria", "library", "Axiell", [
    ("Bibliotek och kultur", "Biblioteksdatasystem: utlån, katalog, låntagare"),
    ("Grundskola", "Skolbiblioteken"),
]),
("sofie", "Sofie", "museum-collections", "Sofie Sverige", [
    ("Bibliotek och kultur", "Konstsamlingen och lokalhistoriska samlingar"),
]),
("tickster", "Tickster", "event-ticketing", "Tickster AB", [
    ("Bibliotek och kultur", "Biljettförsäljning kulturhuset"),
    ("Fritid och idrott", "Evenemang i arenan"),
]),
("fritidsgard", "Fritidsgårdsregistret|Ungdomsregistret", "youth-services", "Egen", [
    ("Fritid och idrott", "Besöksstatistik fritidsgårdar och medlemskort"),
]),
]
