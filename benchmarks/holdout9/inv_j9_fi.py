# j9_fi: Koillis-Hämeen hyvinvointialue, tukipalvelut (fictional) + Koulutuskuntayhtymä Ahjo (fictional).
SEED = 9202
LANG = "fi"
CREATOR = "KHHA Tietohallinto"
TITLE = "KHHA tukipalvelut & Ahjo-opisto – tietojärjestelmäluettelo: {sheet} (päivitetty 2/2025)"
ORDER = "dept"
KP, TH, ICT, TL, RP, AH = ("Konsernipalvelut", "Talous- ja henkilöstöpalvelut", "Tietohallinto ja digipalvelut",
                           "Tila- ja logistiikkapalvelut", "Ravinto- ja puhtauspalvelut", "Koulutuskuntayhtymä Ahjo")
SHEETS = {KP: "Hallinto", TH: "Talous ja HR", ICT: "ICT", TL: "Tilat ja logistiikka", RP: "Ravinto ja puhtaus",
          AH: "Ahjo-opisto"}
SHEET_ORDER = list(SHEETS.values())
def sheet_for(r): return SHEETS[r["sector"]]
COLUMNS = [("Järjestelmä", "name"), ("Yksikkö", "dept"), ("Käyttötarkoitus / purpose", "purpose"),
           ("Toimittaja", "vendor"), ("Pääkäyttäjä", "owner"), ("Käyttäjät", "users"),
           ("Kustannus / v", "cost"), ("Sopimus päättyy", "end"), ("Huom.", "notes")]
WIDTHS = [26, 28, 60, 20, 18, 12, 14, 16, 40]
DATE_FORMAT = "dd.mm.yyyy"
ORGMAP_HEADER = ["Yksikkö", "Palvelualue"]
OWNERS = ["Rinne Hanna", "Toivonen Jukka", "Lindqvist Paula", "Hakala Eero", "Savolainen Kaisa",
          "Peltonen Marko", "Aalto Riikka", "Ojala Teemu", "N.N.", "Kettunen Satu"]
NOTES = ["SaaS, EU-datakeskus", "Siirtynyt kunnilta 1.1.2023", "Integraatio Mulesoftin kautta", "Pilotti",
         "Hansel-sopimus", "DPIA kesken", "Go-live 9/2024", "Lisenssit per named user", "Harmonisointi 2026",
         "Vanha versio, päivitys tilattu"]
DUP_NOTES = ["duplikaatti?", "", "sama rivi", "päivitetty 1/2025"]
PLACEHOLDERS = ["-", "?", "TBD", "ks. huom", "ks. huom", "-"]
MOVED_PREFIX = "Käyttötarkoitus: "

DEPTS = {
    "Kirjaamo ja arkisto": (KP, ["KIRJAAMO", "Kirjaamo"]),
    "Viestintäpalvelut": (KP, ["Viestintä"]),
    "Hankintapalvelut": (KP, ["Hankinnat", "HANKINTAPALVELUT"]),
    "Riskienhallinta ja tietosuoja": (KP, ["Tietosuoja"]),
    "Kirjanpito ja laskentatoimi": (TH, ["Kirjanpito", "Taloushallinto / kirjanpito"]),
    "Palkkapalvelut": (TH, ["PALKKAPALVELUT"]),
    "HR-palvelut": (TH, ["Henkilöstöpalvelut", "HR"]),
    "Työhyvinvointi ja työsuojelu": (TH, ["Työsuojelu"]),
    "ICT Service Desk": (ICT, ["Service Desk", "ICT-tuki"]),
    "Infra- ja pilvipalvelut": (ICT, ["Infra"]),
    "Digipalvelut ja integraatiot": (ICT, ["Digipalvelut"]),
    "Tiedolla johtaminen": (ICT, ["TJ-yksikkö", "BI-tiimi"]),
    "Kiinteistöpalvelut": (TL, ["Kiinteistöt", "KIINTEISTÖPALVELUT"]),
    "Logistiikkakeskus": (TL, ["Keskusvarasto", "Logistiikka"]),
    "Turvallisuuspalvelut": (TL, []),
    "Kuljetuspalvelut": (TL, ["Kuljetus"]),
    "Ravintopalvelut": (RP, ["Keskuskeittiö", "RAVINTOPALVELUT"]),
    "Puhtaus- ja tekstiilipalvelut": (RP, ["Puhtauspalvelut", "Tekstiilihuolto"]),
    "Ahjo / Opiskelijapalvelut": (AH, ["Opiskelijapalvelut", "Ahjo opiskelijapalvelut"]),
    "Ahjo / Ammatillinen opetus": (AH, ["Ammatillinen opetus", "Ahjo opetus"]),
    "Ahjo / Aikuis- ja täydennyskoulutus": (AH, ["Täydennyskoulutus"]),
    "Ahjo / Hallinto ja talous": (AH, ["Ahjo hallinto"]),
}
A1, A2, A3, A4 = ("Ahjo / Opiskelijapalvelut", "Ahjo / Ammatillinen opetus",
                  "Ahjo / Aikuis- ja täydennyskoulutus", "Ahjo / Hallinto ja talous")

PRODUCTS = [
("m365", "Microsoft 365|M365|O365", "office-email", "Microsoft|Telia", [
    ("Infra- ja pilvipalvelut", "Exchange Online mailbox + Office-sovellukset koko henkilöstölle (E3/F3 lisenssit)"),
    (A4, "Henkilöstön ja opiskelijoiden sähköposti ja office, A1 edu"),
]),
("teams", "Teams|MS Teams", "video-meetings", "Microsoft", [
    ("Infra- ja pilvipalvelut", "Teams chat & meetings, Teams Rooms neuvotteluhuoneissa"),
    (A2, "etäopetus ja opettajien palaverit"),
]),
("entra", "Entra ID|Azure AD", "identity-access", "Microsoft", [
    ("Infra- ja pilvipalvelut", "Identity provider, conditional access, MFA"),
]),
("efecteiga", "Efecte IGA|Efecte Identity", "identity-access", "Efecte Oyj", [
    ("ICT Service Desk", "Käyttöoikeushakemukset ja -hyväksynnät, joiner-mover-leaver prosessi HR-datasta"),
    ("HR-palvelut", "Esihenkilö tilaa uuden työntekijän tunnukset ja oikeudet"),
]),
("efecteitsm", "Efecte ITSM|Efecte Service Management", "itsm", "Efecte Oyj", [
    (A4, "Ahjon IT-tuen tiketit ja laitehallinnan tilaukset"),
]),
("servicenow", "ServiceNow|SNOW|ServiceNow ITSM", "itsm", "ServiceNow|Fujitsu", [
    ("ICT Service Desk", "Incident, request ja change management, SLA-raportointi, self-service portaali"),
    ("Kiinteistöpalvelut", "ICT-tikettien välitys kiinteistöpalveluille (kiinteistöautomaation laitteet)"),
    ("Digipalvelut ja integraatiot", "Muutospyynnöt ja release-hallinta"),
]),
("intune", "Intune|Microsoft Intune", "endpoint-management", "Microsoft", [
    ("Infra- ja pilvipalvelut", "MDM/MAM, Autopilot-asennukset, compliance policies"),
    (A4, "Opiskelijakoneiden hallinta"),
]),
("mulesoft", "MuleSoft|Mulesoft Anypoint", "it-infrastructure", "Salesforce", [
    ("Digipalvelut ja integraatiot", "Integraatioalusta: HR -> IGA, Aromi <-> potilastietojärjestelmä ruokatilaukset, API management"),
]),
("uniflow", "uniFLOW|Canon uniFLOW", "printing", "Canon Finland", [
    ("ICT Service Desk", "Secure print, tulostusjonot ja skannaus"),
]),
("ace", "Telia ACE|ACE", "telephony", "Telia", [
    ("ICT Service Desk", "Service Deskin puhelinpalvelu, jonot ja callback"),
    ("HR-palvelut", "Palkka- ja HR-neuvonnan palvelunumero"),
]),
("dynasty", "Dynasty|Dynasty 10", "case-management;meeting-management", "Innofactor", [
    ("Kirjaamo ja arkisto", "Asianhallinta, diaari, aluehallituksen ja -valtuuston kokousasiakirjat ja päätökset"),
    ("Hankintapalvelut", "Hankintapäätökset ja niiden julkaisu"),
    ("HR-palvelut", "Viranhaltijapäätökset (HR)"),
]),
("uharc", "UHARC|Innofactor UHARC", "archive", "Innofactor", [
    ("Kirjaamo ja arkisto", "Sähköinen arkisto, pysyvästi säilytettävien aineistojen pitkäaikaissäilytys"),
]),
("evolta", "Evolta Asianhallinta|Evolta Case", "case-management", "Evolta Oy", [
    (A4, "Yhtymähallituksen asiakirjat, diaari, opiskelijoiden oikaisupyynnöt kirjataan"),
]),
("sharepoint", "SharePoint|SharePoint Online", "document-management", "Microsoft", [
    ("Infra- ja pilvipalvelut", "Dokumenttien hallinta ja ryhmätyötilat (Teams-tiimien taustalla)"),
    ("Riskienhallinta ja tietosuoja", "Tietosuojadokumentaatio, selosteet ja DPIA:t"),
]),
("mfiles", "M-Files", "document-management", "M-Files", [
    ("Kiinteistöpalvelut", "Kiinteistödokumentit, piirustukset, versionhallinta, hyväksyntäworkflow"),
    ("Hankintapalvelut", "Tarjousasiakirjojen dokumenttiarkisto"),
]),
("omnia", "Omnia Intranet|Omnia", "intranet", "Precio Fishbone", [
    ("Viestintäpalvelut", "Henkilöstön intranet: uutiset, ohjeet, yksiköiden sivut"),
    ("HR-palvelut", "HR-ohjeet ja onboarding-materiaalit intrassa"),
]),
("ahjonet", "AhjoNet|Ahjonet-intra", "intranet", "Sisäinen", [
    (A4, "Ahjon henkilöstön intranet, tiedotteet ja ohjeet"),
    (A2, "Opettajien ohjeet, lukujärjestysmuutokset tiedotetaan täällä"),
]),
("liferay", "Liferay|Liferay DXP", "web-publishing", "Liferay|Ambientia", [
    ("Viestintäpalvelut", "Hyvinvointialueen verkkosivusto, CMS, palvelukuvaukset"),
]),
("wordpress", "WordPress", "web-publishing", "Sisäinen", [
    (A4, "ahjo.fi verkkosivut, hakuohjeet ja uutiset"),
    (A3, "Täydennyskoulutusten markkinointisivut, lomake linkitetty Hellewiin"),
]),
("meltwater", "Meltwater", "communications", "Meltwater", [
    ("Viestintäpalvelut", "Mediaseuranta ja somekanavien julkaisukalenteri"),
]),
("webropol", "Webropol", "survey-forms", "Webropol", [
    ("Viestintäpalvelut", "Kyselyt ja palautteet, raportit johdolle"),
    ("Työhyvinvointi ja työsuojelu", "Työhyvinvointikysely 2x vuodessa"),
    (A1, "Opiskelijapalautekyselyt (Amispalaute hoidetaan OPH:n kautta)"),
]),
("forms", "Microsoft Forms|MS Forms", "survey-forms", "Microsoft", [
    ("Ravintopalvelut", "Asiakaspalautelomake henkilöstöravintoloihin"),
    (A2, "tehtävät ja pikakyselyt opiskelijoille"),
]),
("vismasign", "Visma Sign", "e-signature", "Visma", [
    ("HR-palvelut", "Työsopimusten sähköinen allekirjoitus"),
    (A4, "Koulutussopimukset ja oppisopimukset allekirjoitetaan sähköisesti"),
]),
("dokobit", "Dokobit", "e-signature", "Dokobit", [
    ("Kirjaamo ja arkisto", "Pöytäkirjojen tarkastus ja e-signing, vahva tunnistus"),
]),
("qlik", "Qlik Sense|QlikSense|Qlik", "reporting-bi", "Qlik|Bilot", [
    ("Tiedolla johtaminen", "Johdon dashboardit, talous- ja henkilöstöraportointi, data warehouse -> Qlik"),
    ("Kirjanpito ja laskentatoimi", "Kustannuspaikkaraportit esihenkilöille"),
    ("Ravintopalvelut", "Ateriamäärä- ja hävikkiraportit"),
]),
("powerbi", "Power BI|PowerBI", "reporting-bi", "Microsoft", [
    (A4, "Opiskelijamäärät, läpäisy ja rahoitusmittarit, raportit yhtymähallitukselle"),
]),
("granite", "Granite|Granite GRC", "process-quality", "Granite Partners", [
    ("Riskienhallinta ja tietosuoja", "Riskienhallinta, sisäinen valvonta, tietosuojapoikkeamat"),
]),
("projectonline", "Project Online|MS Project", "project-portfolio", "Microsoft", [
    ("Digipalvelut ja integraatiot", "Projektisalkku ja resursointi, portfolio reporting"),
    ("Kiinteistöpalvelut", "Investointihankkeiden aikataulut"),
]),
("cloudia", "Cloudia Hankinnat|Cloudia", "procurement", "Cloudia", [
    ("Hankintapalvelut", "Kilpailutukset ja tarjouspalvelu, HILMA"),
    (A4, "Ahjon pienhankinnat ja kilpailutukset"),
]),
("zeccer", "Zeccer|Zeccer Sopimushallinta", "contract-management", "Zeccer", [
    ("Hankintapalvelut", "Sopimusrekisteri, toimittajaseuranta ja optioiden muistutukset"),
]),
("raindance", "Raindance|Sarastia Raindance", "accounting", "CGI|Sarastia", [
    ("Kirjanpito ja laskentatoimi", "Pääkirjanpito, tilinpäätös, sisäinen laskenta"),
    ("Logistiikkakeskus", "Varastokirjanpidon vienti pääkirjaan"),
]),
("fivaldi", "Visma Fivaldi|Fivaldi", "accounting", "Visma", [
    (A4, "Kuntayhtymän kirjanpito ja ostoreskontra"),
]),
("basware", "Basware|Basware AP", "invoice-processing", "Basware", [
    ("Kirjanpito ja laskentatoimi", "Ostolaskujen käsittely, e-invoice, hyväksyntäkierto"),
    ("Logistiikkakeskus", "Tavarantoimittajien laskujen tiliöinti tilauksiin"),
]),
("ropo", "Ropo|Ropo Capital", "billing", "Ropo Capital", [
    ("Kirjanpito ja laskentatoimi", "Myyntilaskutus ja perintä (mm. ravintopalvelujen ulkoiset asiakkaat)"),
]),
("talgraf", "Talgraf Budjetointi|Talgraf", "budgeting", "Talgraf", [
    ("Kirjanpito ja laskentatoimi", "Talousarvio ja ennusteet, budjettipohjat yksiköille"),
]),
("personec", "Personec F|Personec|Visma Personec F", "hr-management;payroll", "Visma Enterprise", [
    ("HR-palvelut", "Henkilöstöhallinto: palvelussuhteet, organisaatio, poissaolot"),
    ("Palkkapalvelut", "Palkanlaskenta, tulorekisteri, palkkakirjaukset"),
    ("Työhyvinvointi ja työsuojelu", "sairauspoissaolojen seuranta (raportit)"),
]),
("mepco", "Mepco Palkka|Mepco", "payroll", "Aditro", [
    (A4, "Ahjon palkanlaskenta, tuntiopettajien palkkiot"),
]),
("timecon", "Timecon", "time-tracking", "Timecon", [
    ("HR-palvelut", "Työajan leimaukset ja liukumasaldot tukipalveluissa"),
    ("Kiinteistöpalvelut", "työajanseuranta + projektikohdistus"),
]),
("tuntimaatti", "Tuntimaatti", "time-tracking", "Tuntimaatti Oy", [
    (A2, "Opettajien vuosityöaika ja tuntiseuranta, työaikasuunnitelmat"),
]),
("titania", "Titania|CGI Titania", "shift-planning", "CGI", [
    ("Ravintopalvelut", "Keittiöhenkilöstön työvuorosuunnittelu"),
    ("Puhtaus- ja tekstiilipalvelut", "Laitoshuoltajien vuorolistat, sijaistarve"),
]),
("planday", "Planday", "shift-planning", "Planday", [
    ("Kuljetuspalvelut", "Kuljettajien vuorot mobiilisti"),
    ("Turvallisuuspalvelut", "Vartijoiden työvuorot"),
]),
("kuntarekry", "Kuntarekry|KuntaRekry", "recruitment", "Kuntarekry", [
    ("HR-palvelut", "Rekrytointi ja hakemusten käsittely, sijaisrekry"),
    (A4, "Opettajarekrytoinnit"),
]),
("oppiportti", "Oppiportti|Duodecim Oppiportti", "learning-management", "Duodecim", [
    ("HR-palvelut", "Henkilöstön verkkokurssit ja pakolliset koulutukset (tietosuoja, lääkehoito yms.)"),
]),
("eduhouse", "Eduhouse", "learning-management", "Eduhouse", [
    (A4, "Henkilöstön täydennyskoulutus, digitaidot"),
]),
("m2", "M2|Rela M2", "travel-expenses", "Rela", [
    ("Palkkapalvelut", "Matka- ja kululaskut, päivärahat"),
]),
("haipro", "HaiPro|Haipro TT", "occupational-health", "Awanic", [
    ("Työhyvinvointi ja työsuojelu", "Työturvallisuusilmoitukset, väkivaltatilanteet, läheltä piti"),
    ("Turvallisuuspalvelut", "Turvallisuuspoikkeamien ilmoitukset"),
]),
("granlund", "Granlund Manager|GM", "facility-management", "Granlund", [
    ("Kiinteistöpalvelut", "Kiinteistöjen huolto-ohjelmat, vikailmoitukset, tilatiedot ja vuokrasopimukset"),
    ("Puhtaus- ja tekstiilipalvelut", "Siivottavien tilojen pinta-alat"),
]),
("cleanmaster", "CleanMaster|Clean Master", "facility-management", "Siivousohjelmat Oy", [
    ("Puhtaus- ja tekstiilipalvelut", "Siivouksen mitoitus, työohjelmat ja INSTA 800 laatuarvioinnit"),
]),
("haahtela", "Haahtela HHS|Haahtela-hankesuunnittelu", "construction-design", "Haahtela", [
    ("Kiinteistöpalvelut", "Rakennushankkeiden tilaohjelmat ja kustannusarviot"),
]),
("ecostruxure", "EcoStruxure|Schneider EcoStruxure BMS", "energy-management", "Schneider Electric", [
    ("Kiinteistöpalvelut", "Rakennusautomaatio, talotekniikan valvomo, energiankulutus"),
]),
("iloq", "iLOQ|iLOQ Manager", "access-control", "iLOQ", [
    ("Turvallisuuspalvelut", "Kulunvalvonta, kulkuoikeudet ja avaimet"),
    (A4, "Ahjon toimipisteiden lukitus"),
]),
("condeco", "Condeco", "facility-booking", "Condeco|Eptura", [
    ("Kiinteistöpalvelut", "Neuvotteluhuoneiden ja monitoimitilan työpisteiden varaus"),
    ("Viestintäpalvelut", "Tilaisuuksien tilavaraukset + tarjoilutilaukset"),
]),
("timmi", "Timmi", "facility-booking", "Timmi Software", [
    (A4, "Ahjon tilojen ulosvuokraus iltaisin, liikuntasalit"),
]),
("finnlog", "FinnLog WMS|Finnlog", "logistics", "Finnlog Oy", [
    ("Logistiikkakeskus", "Keskusvaraston varastonhallinta, keräily ja toimitukset yksiköihin"),
    ("Kuljetuspalvelut", "Kuljetusreitit ja toimituslistat"),
]),
("tarvikeportaali", "Tarvikeportaali|eTarvike", "logistics", "Logistiikkakeskus (oma)", [
    ("Logistiikkakeskus", "Yksiköiden tarviketilaukset keskusvarastosta"),
    ("Ravintopalvelut", "kertakäyttötarvikkeiden tilaukset"),
]),
("lindstrom", "Lindström ePortal|Lindström", "logistics", "Lindström", [
    ("Puhtaus- ja tekstiilipalvelut", "Tekstiilien tilaukset, toimitukset ja saldot osastoille"),
]),
("fleet", "FleetOnline|Fleet Online", "fleet", "FleetOnline Oy", [
    ("Kuljetuspalvelut", "Ajoneuvojen huollot, polttoainekortit, ajopäiväkirja"),
]),
("aromi", "Aromi|CGI Aromi", "catering", "CGI", [
    ("Ravintopalvelut", "Ruokatuotannon ohjaus: reseptit, ruokalistat, erityisruokavaliot, ateriatilaukset osastoilta"),
    ("Ravintopalvelut", "Elintarvikkeiden tilaukset tukkureilta ja varastosaldot"),
]),
("jamix", "Jamix", "catering", "Jamix", [
    (A2, "Restonomi-/kokkiopetuksen opetusravintolan ruokalistat ja reseptit"),
    (A1, "Opiskelijaravintolan ruokalista mobiiliin"),
]),
("lightspeed", "Lightspeed|Lightspeed POS", "point-of-sale", "Lightspeed", [
    (A2, "Opetusravintolan ja -kahvilan kassajärjestelmä"),
]),
("primus", "Primus|Visma Primus", "pupil-administration", "Visma InSchool", [
    (A1, "Opiskelijahallinto: hakeutuminen, opiskelijarekisteri, todistukset, KOSKI-siirrot"),
    (A2, "Arvioinnit ja opintosuoritukset (Wilma-käyttöliittymä)"),
]),
("ehoks", "eHOKS", "pupil-administration", "Opetushallitus", [
    (A2, "Opiskelijoiden HOKSit (henkilökohtainen osaamisen kehittämissuunnitelma)"),
    (A1, "HOKS-laadinta ja päivitys ohjauksessa"),
]),
("koski", "KOSKI|Koski-palvelu", "pupil-administration", "Opetushallitus", [
    (A1, "Kansallinen opintosuoritusrekisteri, tarkistukset ja virhekorjaukset"),
]),
("moodle", "Moodle|Ahjo Moodle", "learning-platform", "Eduix", [
    (A2, "Verkko-opetus, tehtävät, tentit"),
    (A3, "täydennyskoulutusten verkkokurssit"),
]),
("itslearning", "itslearning|Itslearning", "learning-platform", "itslearning AS", [
    (A2, "Tekniikan alojen oppimisympäristö (vanha, siirtymä Moodleen)"),
]),
("hellewi", "Hellewi", "course-management", "Hellewi", [
    (A3, "Täydennyskoulutusten ilmoittautumiset, laskutusaineisto ja osallistujalistat"),
]),
("koha", "Koha", "library", "Koha-Suomi", [
    (A1, "Ahjon kirjasto: lainaus ja kokoelmat"),
]),
("tampuuri", "Tampuuri", "housing", "Fimx", [
    (A1, "Opiskelija-asuntolan huonevaraukset ja vuokralaskut"),
]),
]

# extra using units, appended to the product rows above
EXTRA = {
    "m365": [("Ravintopalvelut", "sähköposti ja excel-tilauspohjat"), ("Kiinteistöpalvelut", "Outlook, Word, Excel. Kalenterit kiinteistönhoitajille mobiilissa")],
    "teams": [("HR-palvelut", "Rekrytointihaastattelut etänä"), ("Kirjaamo ja arkisto", "Aluehallituksen etäosallistuminen, kokouksen striimaus")],
    "entra": [(A4, "Opiskelijoiden ja henkilöstön tunnukset, SSO Moodleen ja Wilmaan")],
    "servicenow": [("Infra- ja pilvipalvelut", "problem mgmt + CMDB, monitoroinnin hälytykset tiketeiksi")],
    "dynasty": [("Riskienhallinta ja tietosuoja", "Tietopyyntöjen ja tarkastuspyyntöjen kirjaus ja vastaukset")],
    "uharc": [(A4, "Ahjon opiskelija-asiakirjojen e-arkistointi (ostopalveluna KHHA:lta)")],
    "sharepoint": [("Tiedolla johtaminen", "raporttien dokumentaatio"), (A2, "Opettajien yhteiset materiaalit")],
    "omnia": [("ICT Service Desk", "Häiriötiedotteet ja IT-ohjeet intrassa"), ("Kiinteistöpalvelut", "Kiinteistöpalvelujen yhteystiedot ja ohjeet henkilöstölle")],
    "webropol": [("HR-palvelut", "exit-kyselyt ja rekrytointikokemus")],
    "qlik": [("HR-palvelut", "HR-raportointi: henkilöstömäärät, vaihtuvuus, sairauspoissaolot"), ("Logistiikkakeskus", "varaston kiertonopeus")],
    "powerbi": [(A2, "opiskelijoiden läsnäolot ja keskeytykset")],
    "cloudia": [("Logistiikkakeskus", "Tarvikkeiden ja kuljetuspalvelujen kilpailutus"), ("Ravintopalvelut", "Elintarvikehankinnat")],
    "zeccer": [("Kiinteistöpalvelut", "Huoltosopimukset ja vuokrasopimukset")],
    "basware": [("Ravintopalvelut", "Tukkulaskujen asiatarkastus"), (A4, "ostolaskut Fivaldiin (integraatio)")],
    "personec": [("Kirjanpito ja laskentatoimi", "palkkojen tiliöinnit pääkirjaan")],
    "timecon": [("Logistiikkakeskus", "Varastotyöntekijöiden leimaukset"), ("Turvallisuuspalvelut", "leimaus")],
    "titania": [("Logistiikkakeskus", "Varaston kaksivuorotyön suunnittelu")],
    "kuntarekry": [("Ravintopalvelut", "kesätyöntekijöiden haku")],
    "m2": [(A4, "Ahjon matkalaskut"), ("Kiinteistöpalvelut", "Km-korvaukset")],
    "haipro": [(A2, "Työpaja- ja opetustilanteiden tapaturmat ja vaaratilanteet")],
    "granlund": [("Turvallisuuspalvelut", "pelastussuunnitelmat ja poistumisturvallisuusselvitykset liitetään kohteisiin")],
    "iloq": [("Kiinteistöpalvelut", "urakoitsijoiden avaimet")],
    "finnlog": [("Ravintopalvelut", "Elintarvikevaraston saldot"), ("Puhtaus- ja tekstiilipalvelut", "Siivousaineiden varastointi")],
    "tarvikeportaali": [("Kiinteistöpalvelut", "Huoltotarvikkeiden tilaus")],
    "fleet": [("Ravintopalvelut", "Ruokakuljetusautot"), ("Kiinteistöpalvelut", "Huoltoautot, katsastukset")],
    "aromi": [("Kirjanpito ja laskentatoimi", "Ateriakustannusten seuranta ja sisäinen laskutusaineisto")],
    "primus": [(A4, "Opiskelijamäärät tilastointiin ja rahoitukseen")],
    "ehoks": [(A3, "Oppisopimusopiskelijoiden HOKSit")],
    "moodle": [(A1, "Ohjauksen ja opinto-ohjauksen kurssialueet")],
    "hellewi": [(A4, "Kurssilaskutus myyntireskontraan")],
    "jamix": [(A4, "Opetusravintolan ravintoarvolaskenta")],
    "ace": [("Kiinteistöpalvelut", "Kiinteistöpäivystyksen puhelinnumero")],
    "condeco": [(A4, "Neuvotteluhuoneet Ahjon hallintotalossa")],
    "efecteiga": [(A4, "Ahjon henkilöstön käyttöoikeudet (yhteinen palvelu)")],
}
_uses = {p[0]: p[4] for p in PRODUCTS}
for _pid, _extra in EXTRA.items():
    _uses[_pid].extend(_extra)
