# b7_fi: Rautajärven kaupunki (fictional large city) – education, culture/leisure, central administration. Hand-written, blind.
LANG = "fi"
AUTHOR = "Rautajärven kaupunki / Digi- ja ICT-palvelut"
T1, T2, T3 = "Kasvatuksen ja koulutuksen toimiala", "Kulttuurin ja vapaa-ajan toimiala", "Kaupunginkanslia"
T4, T5 = "Konsernipalvelut", "Tilakeskus"
SHEETS = [("Järjestelmät", {T1, T2, T3, T4, T5})]
TITLE = {}
COLUMNS = [("sector", "Toimiala", 24), ("dept", "Palvelualue / yksikkö", 26), ("name", "Järjestelmän nimi", 26),
           ("purpose", "Kuvaus", 60), ("vendor", "Toimittaja", 18), ("users", "Käyttäjämäärä", 12),
           ("cost", "Kustannus €/v", 15), ("contract", "Sopimuskausi päättyy", 14), ("owner", "Yhteyshenkilö", 20),
           ("notes", "Huom", 40)]
ORGMAP_HEADER = ["Yksikkö", "Toimiala"]
OWNERS = ["Laura Nieminen", "Antti Väisänen", "Tuomas Lehto", "Eija Rantanen", "Petri Kallio", "Minna Aalto",
          "Ville Jokinen", "Hanna-Leena Saarinen", "O. Peltonen", "Jenni Mustonen"]
DEPTS = {
    "vk": (T1, ["Varhaiskasvatus", "VARHAISKASVATUS", "Vaka"]),
    "po": (T1, ["Perusopetus", "Perusopetuksen palvelut"]),
    "lu": (T1, ["Lukiokoulutus", "Lukiot"]),
    "opi": (T1, ["Oppilashuolto", "Oppilas- ja opiskelijahuolto"]),
    "ots": (T1, ["Opetuksen tukipalvelut", "Kasko tukipalvelut"]),
    "kir": (T2, ["Kirjastopalvelut", "Kaupunginkirjasto", "KIRJASTO"]),
    "mus": (T2, ["Museopalvelut", "Kaupunginmuseo"]),
    "lii": (T2, ["Liikuntapalvelut", "Liikuntapalv."]),
    "nuo": (T2, ["Nuorisopalvelut"]),
    "ko": (T2, ["Kansalaisopisto", "Rautajärven kansalaisopisto"]),
    "kul": (T2, ["Kulttuuripalvelut", "Kulttuuripalvelut / kulttuuritalo"]),
    "hal": (T3, ["Hallintopalvelut", "Kaupunginkanslia / hallinto"]),
    "vie": (T3, ["Viestintä", "Viestintäyksikkö"]),
    "ely": (T3, ["Elinvoima ja työllisyys", "Elinvoima- ja työllisyyspalvelut"]),
    "str": (T3, ["Strategia ja tietojohtaminen", "Strategiayksikkö"]),
    "asp": (T3, ["Asiointipiste", "Kaupungin asiointipiste"]),
    "tal": (T4, ["Talouspalvelut", "Talous"]),
    "hr": (T4, ["Henkilöstöpalvelut", "HR"]),
    "ict": (T4, ["Digi- ja ICT-palvelut", "ICT", "Tietohallinto"]),
    "han": (T4, ["Hankintapalvelut"]),
    "til": (T5, ["Tilapalvelut", "Tilakeskus / kiinteistöt"]),
    "ruo": (T5, ["Ruoka- ja puhtauspalvelut", "Ruokapalvelut"]),
    "tur": (T5, ["Turvallisuus ja valmius", "Turvallisuuspalvelut"]),
}
PRODUCTS = [
    ("wilma", "pupil-administration", ["Wilma", "WILMA", "Visma Wilma", "Wilma (InSchool)"], "Visma", [
        ("po lu", "Kodin ja koulun viestintä, poissaolot, arvioinnit ja todistukset. Huoltajat käyttää Wilma-appia."),
        ("opi", "Oppilashuollon kirjaukset ja pedagogiset asiakirjat (HOJKS, tehostetun tuen suunnitelmat)"),
        ("ots", "Wilma-lomakkeet: koulukuljetushakemukset ja kouluun ilmoittautuminen"),
        ("vk", "Esiopetuksen viestit ja poissaolot"),
    ]),
    ("primus", "pupil-administration", ["Primus", "Visma Primus", "PRIMUS"], "Visma", [
        ("ots", "Oppilas- ja opiskelijarekisteri, oppilaaksiotto, siirrot Koski-tietovarantoon"),
        ("lu", "Opiskelijarekisteri, kurssisuoritukset ja ylioppilastutkintoilmoittautumiset"),
    ]),
    ("kurre", "pupil-administration", ["Kurre", "Visma Kurre", "kurre"], "Visma", [
        ("po", "Lukujärjestysten ja opetusryhmien suunnittelu, opettajien resursointi"),
        ("lu", "Lukujärjestykset periodeittain, tiedot Wilmaan/Primukseen"),
    ]),
    ("edlevo", "early-childhood", ["Edlevo", "Visma Edlevo", "EDLEVO"], "Visma", [
        ("vk", "Varhaiskasvatuksen hakemukset, sijoitukset, paikkatarjoukset ja asiakasmaksut"),
        ("vk", "Läsnäolot ja hoitoaikavaraukset, huoltajien eAsiointi. Laskutusaineisto talouteen."),
        ("tal", "vaka-asiakasmaksujen laskutusaineisto (siirto SAPiin)"),
    ]),
    ("paikky", "early-childhood", ["Päikky", "Paikky", "Päikky-sovellus"], "Daycare Software Oy", [
        ("vk", "Päiväkotien arjen sovellus: lapsen päivän kirjaukset, kuvat ja viestit huoltajille, vasu-dokumentit"),
        ("vk", "perhepäivähoidon läsnäolot mobiilisti (perhepäivähoitajat)"),
    ]),
    ("gclassroom", "learning-platform", ["Google Classroom", "Google Workspace for Education", "G Suite for Edu"], "Google", [
        ("po", "Oppilaiden tehtävät, digitaaliset oppimateriaalit ja palautukset, Chromebookit"),
        ("lu", "Kurssien verkkotyötilat, tehtävät ja palautus, opiskelijoiden Gmail"),
        ("ict", "Google-ympäristön ylläpito ja tunnukset kouluille (Admin console)"),
    ]),
    ("pedanet", "learning-platform", ["Peda.net", "Pedanet", "peda.net"], "Peda.net-yhteisö", [
        ("po", "Koulujen oppimisympäristö ja portfoliot alakouluissa"),
        ("vk", "Esiopetuksen oppimisympäristö (osa päiväkodeista)"),
    ]),
    ("abitti", "learning-platform", ["Abitti", "ABITTI", "Abitti-koejärjestelmä"], "Ylioppilastutkintolautakunta", [
        ("lu", "Sähköiset kokeet ja ylioppilaskokeiden harjoittelu, koetilan palvelimet"),
        ("po", "Yläkoulujen sähköiset kokeet (pilotti)"),
    ]),
    ("kyyti", "school-transport", ["Kyyti", "Kyyti Group", "Kyyti koulukuljetus"], "Kyyti Group", [
        ("ots", "Koulukuljetusten reititys ja tilaukset, oppilaiden kyytioikeudet ja taksitilaukset"),
        ("ots", "Kuljetuspäätösten mukaiset kyydit, raportit kuljetuskustannuksista"),
    ]),
    ("hellewi", "course-management", ["Hellewi", "HELLEWI", "Hellewi kurssihallinta"], "Hellewi Oy", [
        ("ko", "Kurssitarjonta, ilmoittautumiset verkossa ja kurssimaksut, opettajien tuntikirjaukset"),
        ("ko", "Opiston kurssihallinta ja kurssilaskutus"),
    ]),
    ("eepos", "course-management", ["Eepos", "Eepos Opisto", "EEPOS"], "Eepos Oy", [
        ("kul", "Musiikkiopiston ja taidekoulun oppilaat, ryhmät ja lukukausimaksut"),
        ("kul", "Taiteen perusopetuksen ilmoittautumiset"),
    ]),
    ("koha", "library", ["Koha", "Koha-kirjastojärjestelmä", "KOHA"], "Koha-Suomi Oy", [
        ("kir", "Kirjastojärjestelmä: lainaus,varaukset, luettelointi, asiakasrekisteri, myöhästymismaksut"),
        ("po", "Koulukirjastojen lainaus"),
    ]),
    ("finna", "library", ["Finna", "Rautajärvi-Finna", "finna.fi"], "Kansalliskirjasto", [
        ("kir", "Asiakasliittymä: aineistohaku, omat lainat ja varaukset verkossa"),
        ("mus", "Museon kokoelmakuvien julkaisu Finnassa"),
    ]),
    ("museumplus", "museum-collections", ["MuseumPlus", "Museum Plus", "MuseumPlus RIA"], "Zetcom", [
        ("mus", "Kokoelmahallinta: esineet, valokuvat, taide, sijainnit ja lainat"),
        ("mus", "Museon kokoelmien luettelointi ja digitointi"),
    ]),
    ("lippufi", "event-ticketing", ["Lippu.fi", "Lippupiste", "lippu.fi"], "Eventim / Lippupiste", [
        ("kul", "Kulttuuritalon konserttien ja esitysten lipunmyynti, myyntiraportit"),
        ("mus", "Näyttelyavajaisten ja tapahtumien liput"),
    ]),
    ("tiketti", "event-ticketing", ["Tiketti", "TIKETTI", "Tiketti.fi"], "Tiketti Oy", [
        ("nuo", "Nuorten tapahtumien ja festareiden liput"),
        ("lii", "Urheilutapahtumien lipunmyynti (jäähalli)"),
    ]),
    ("timmi", "facility-booking", ["Timmi", "Timmi tilavaraus", "TIMMI"], "Timmi", [
        ("lii", "Liikuntatilojen ja kenttien vuorojen haku, myönnöt ja laskutus seuroille"),
        ("kul", "Kulttuuritalon salien varaukset"),
        ("po", "Koulujen liikuntasalien iltavuorot (ulkopuolinen käyttö)"),
    ]),
    ("varaamo", "facility-booking", ["Varaamo", "VARAAMO", "varaamo (Respa)"], "Rautajärven kaupunki / oma kehitys", [
        ("kir", "Kirjaston ryhmätilojen, studion ja laitteiden varaus asukkaille"),
        ("nuo", "Nuorisotilojen varaus"),
    ]),
    ("lipas", "sports-services", ["Lipas", "LIPAS", "Lipas liikuntapaikat"], "Jyväskylän yliopisto", [
        ("lii", "Liikuntapaikkojen tiedot valtakunnalliseen rekisteriin (ulkoilureitit, kentät, uimarannat)"),
    ]),
    ("hallikassa", "point-of-sale", ["HalliKassa", "Hallikassa", "Halli-Kassa"], "Sportsoft Oy", [
        ("lii", "Uimahallin ja kuntosalien kassat, sarjakortit ja kulunvalvontaportit"),
        ("lii", "uimahallin lipunmyynti, kassaraportit"),
    ]),
    ("sumup", "point-of-sale", ["SumUp", "Sumup-maksupääte"], "SumUp", [
        ("mus", "Museokaupan korttimaksut"),
        ("kul", "Tapahtumien väliaikatarjoilu ja ovimyynti"),
    ]),
    ("nuta", "youth-services", ["Nuta", "NUTA", "Nuta nuorisotyö"], "Nuta Oy", [
        ("nuo", "Nuorisotilojen kävijätilastot, jäsenkortit ja nuorten ryhmätoiminnan kirjaukset"),
        ("nuo", "Etsivän nuorisotyön asiakkuudet ja kontaktit"),
    ]),
    ("avustuspro", "grants", ["AvustusPro", "Avustus Pro", "AVUSTUSPRO"], "Kuntasoft Oy", [
        ("kul", "Kulttuuri-, liikunta- ja nuorisoavustusten haku, käsittely ja päätökset"),
        ("lii", "SEURA-AVUSTUKSET"),
        ("ely", "Yritysten kehittämisavustukset"),
    ]),
    ("epassi", "hr-management", ["ePassi", "Epassi", "ePassi liikuntaetu"], "ePassi", [
        ("hr", "Henkilöstön liikunta- ja kulttuurietu (työsuhde-etu)"),
        ("hr", "Henkilöstöetujen hallinta"),
    ]),
    ("kuntaform", "e-services", ["Kuntaform", "KuntaForm", "Kuntaform-lomakkeet"], "Kuntaform Oy", [
        ("asp", "Kuntalaisten sähköinen asiointi: hakemukset ja ilmoitukset verkossa, Suomi.fi-tunnistus"),
        ("ict", "eAsioinnin lomakealusta, rajapinta asianhallintaan"),
        ("ots", "Kouluruokailun erityisruokavalioilmoitukset ja muut lomakkeet"),
    ]),
    ("ura", "business-services", ["URA", "Ura", "URA-asiakastietojärjestelmä"], "KEHA-keskus", [
        ("ely", "Työllisyyspalveluiden asiakkuudet, työnhakijat ja palvelut (TE-palvelut kunnille 2025)"),
        ("ely", "Työnhakijoiden palvelusuunnitelmat ja palkkatuki"),
    ]),
    ("salesforce", "crm", ["Salesforce", "SalesForce CRM", "SFDC"], "Salesforce", [
        ("ely", "Yritysasiakkuudet, yrityskäynnit ja investointiliidit (CRM)"),
        ("ely", "yrityspalveluiden asiakashallinta"),
    ]),
    ("dynamics", "crm", ["Dynamics 365", "MS Dynamics", "D365 Customer Service"], "Microsoft", [
        ("asp", "Asiointipisteen ja puhelinpalvelun yhteydenotot, asiakastapaukset ja palautteiden seuranta"),
        ("ict", "CRM-platform, Power Platform integraatiot"),
    ]),
    ("aloite", "customer-feedback", ["Kuntalaisaloite.fi", "kuntalaisaloite", "Kuntalaisaloite"], "Oikeusministeriö", [
        ("hal", "Kuntalaisaloitteiden vastaanotto ja käsittelyn seuranta"),
    ]),
    ("dynasty", "case-management;meeting-management", ["Dynasty", "Dynasty 10", "Innofactor Dynasty"], "Innofactor", [
        ("hal", "Asianhallinta, kirjaamo, lautakuntien ja kaupunginhallituksen kokoukset ja pöytäkirjat"),
        ("po kul", "Lautakunnan esityslistat ja viranhaltijapäätökset"),
        ("ely", "Päätösten valmistelu ja diaarointi"),
    ]),
    ("saily", "archive", ["Säilyke", "Säilyke e-arkisto", "SAILYKE"], "Arkistosoft Oy", [
        ("hal", "Sähköinen arkisto, pysyvästi säilytettävät asiakirjat, SÄHKE2-siirrot"),
        ("ots", "Oppilasasiakirjojen arkistointi Primuksesta"),
    ]),
    ("sharepoint", "document-management", ["SharePoint", "SharePoint Online", "SP tiimisivustot"], "Microsoft", [
        ("hal", "Asiakirjojen tallennus ja jakaminen tiimisivustoilla, versiohallinta"),
        ("str", "Strategiadokumentit ja valmisteluaineistot"),
    ]),
    ("intra", "intranet", ["Rautanet", "RautaNet intra", "Intra"], "Microsoft / Sulava", [
        ("vie", "Henkilöstön intranet: uutiset, ohjeet, henkilöhaku. Rakennettu SharePointin päälle."),
        ("hr", "HR-ohjeet ja lomakkeet intrassa"),
    ]),
    ("gsites", "intranet", ["Google Sites", "Opeintra (Google Sites)", "Opettajien intra"], "Google", [
        ("po", "Opettajien sisäinen sivusto: ohjeet, lukuvuosisuunnitelmat, tiedotteet"),
        ("lu", "Lukioiden henkilöstön intra"),
    ]),
    ("creamailer", "communications", ["Creamailer", "CreaMailer", "Crea mailer"], "Creamailer Oy", [
        ("vie", "Uutiskirjeet asukkaille ja yrityksille, newsletterin tilaajarekisteri"),
        ("kul", "Kulttuuritalon tapahtumauutiskirje"),
    ]),
    ("meltwater", "communications", ["Meltwater", "MELTWATER"], "Meltwater", [
        ("vie", "Mediaseuranta ja somekuuntelu, raportit johdolle"),
    ]),
    ("webropol", "survey-forms", ["Webropol", "WEBROPOL", "Webropol 3.0"], "Webropol", [
        ("str", "Asukaskyselyt ja osallisuuskyselyt, tulosraportit"),
        ("opi", "Oppilaskyselyt ja huoltajakyselyt"),
        ("hr", "Henkilöstökysely ja koulutusten palautteet"),
    ]),
    ("gforms", "survey-forms", ["Google Forms", "Google lomakkeet", "G Forms"], "Google", [
        ("po", "Opettajien pikakyselyt ja ilmoittautumiset"),
        ("lu", "ilmoittautumislomakkeet (esim. retket), pikakyselyt"),
    ]),
    ("liferay", "web-publishing", ["Liferay", "Liferay DXP", "rautajarvi.fi (Liferay)"], "Liferay / Ambientia", [
        ("vie", "Kaupungin verkkosivusto rautajarvi.fi, sisällöntuotanto ja uutiset"),
        ("ict", "Web-alustan ylläpito, hosting ja päivitykset"),
    ]),
    ("wordpress", "web-publishing", ["WordPress", "Wordpress", "WP-koulusivut"], "Seravo", [
        ("po lu", "Koulujen omat kotisivut"),
        ("kul", "Tapahtuma- ja festivaalisivustot (Kesäkonsertit)"),
    ]),
    ("projectplace", "project-portfolio", ["Projectplace", "ProjectPlace", "Planview Projectplace"], "Planview", [
        ("str", "Kaupunkistrategian kärkihankkeiden ja projektisalkun seuranta"),
        ("ict", "Digihankkeiden projektinhallinta, kanban-taulut"),
    ]),
    ("ckan", "statistics-research", ["data.rautajarvi.fi", "CKAN avoin data", "Avoin data (CKAN)"], "Rautajärven kaupunki / oma kehitys", [
        ("str", "Avoimen datan julkaisu (tilastot, väestöennusteet), API-rajapinnat"),
        ("str", "Kaupungin tilastot ja avoimet datasetit"),
    ]),
    ("ktk", "statistics-research", ["Kouluterveyskysely", "THL Kouluterveyskysely", "KTK"], "THL", [
        ("opi", "Kouluterveyskyselyn tulokset hyvinvointikertomukseen ja oppilashuollon suunnitteluun"),
        ("str", "hyvinvointiindikaattorit (THL)"),
    ]),
    ("sap", "accounting", ["SAP", "SAP S/4HANA", "SAP ERP"], "SAP / Tietoevry", [
        ("tal", "Kirjanpito, reskontrat, käyttöomaisuus ja tilinpäätös"),
        ("tal", "Taloushallinnon ERP, kustannuslaskenta"),
        ("til", "Investointien ja kiinteistöjen kustannusten seuranta"),
    ]),
    ("basware", "invoice-processing", ["Basware", "Basware P2P", "BASWARE"], "Basware", [
        ("tal", "Ostolaskujen vastaanotto (verkkolaskut), kierrätys ja hyväksyntä"),
        ("po kul", "Laskujen asiatarkastus ja hyväksyntä"),
    ]),
    ("planacy", "budgeting", ["Planacy", "PLANACY", "Planacy budjetointi"], "Planacy", [
        ("tal", "Talousarvion valmistelu ja ennusteet, talousarviokirja"),
        ("str", "Talousarvio- ja taloussuunnitelmaprosessi, tulosalueiden budjetit"),
    ]),
    ("ropo", "billing", ["Ropo", "Ropo Capital", "Ropo One"], "Ropo Capital", [
        ("tal", "Myyntilaskutus ja perintä, maksumuistutukset"),
    ]),
    ("sympa", "hr-management", ["Sympa", "SympaHR", "Sympa HR"], "Sympa", [
        ("hr", "Henkilöstöhallinta: henkilötiedot, kehityskeskustelut, osaamiset, esihenkilöiden työkalu"),
        ("po", "Opettajien palvelussuhdetiedot ja kehityskeskustelut rehtoreilla"),
    ]),
    ("personec_f", "payroll", ["Personec F", "Visma Personec F", "Personec"], "Visma", [
        ("hr", "Palkanlaskenta ja palkkahallinto"),
        ("tal", "palkkojen kirjanpitosiirrot SAPiin"),
    ]),
    ("personec_atj", "time-tracking", ["Personec ATJ", "Visma Personec ATJ", "ATJ"], "Visma", [
        ("hr", "Työajanseuranta ja leimaukset (liukuma), poissaolot palkkoihin"),
        ("ruo", "Ruoka- ja puhtauspalvelujen työaikakirjaukset ja leimauslaitteet"),
        ("ict", "työajat ja saldot"),
    ]),
    ("tuntinetti", "time-tracking", ["Tuntinetti", "TuntiNetti", "tuntinetti.fi"], "Tuntinetti Oy", [
        ("po", "Sijaisopettajien ja tuntiopettajien pidetyt tunnit, hyväksyntä rehtorilla"),
        ("ko", "Tuntiopettajien tuntikirjaukset"),
    ]),
    ("kuntarekry", "recruitment", ["Kuntarekry", "KuntaRekry", "Kuntarekry.fi"], "KL-Kuntarekry Oy", [
        ("hr", "Rekrytointi, työpaikkailmotukset ja sijaisrekisteri"),
        ("vk", "Varhaiskasvatuksen sijaisten haku"),
    ]),
    ("eduhouse", "learning-management", ["Eduhouse", "EDUHOUSE", "Eduhouse-verkkokoulutukset"], "Eduhouse", [
        ("hr", "Henkilöstön verkkokoulutukset (Office, esihenkilötyö, tietoturva)"),
    ]),
    ("vismaexpense", "travel-expenses", ["Visma Expense", "Visma Matkat", "Visma expense"], "Visma", [
        ("hr", "Matka- ja kululaskut, km-korvaukset ja päivärahat"),
        ("tal", "Kululaskujen hyväksyntä ja kirjaus"),
    ]),
    ("vismasign", "e-signature", ["Visma Sign", "VismaSign", "Visma sign"], "Visma", [
        ("hal", "Sopimusten ja pöytäkirjojen sähköinen allekirjoitus"),
        ("hr", "Työsopimusten e-allekirjoitus"),
    ]),
    ("tarjouspalvelu", "procurement", ["Tarjouspalvelu.fi", "Tarjouspalvelu", "tarjouspalvelu.fi"], "Cloudia Oy", [
        ("han", "Kilpailutukset, tarjouspyynnöt ja tarjousten vertailu"),
        ("ict", "ICT-kilpailutukset (pienhankinnat)"),
    ]),
    ("sopimuspankki", "contract-management", ["Sopimuspankki", "SopimusPankki", "Sopimuspankki 2"], "Kuntasoft Oy", [
        ("han", "Sopimusrekisteri ja sopimusten valvonta, hälytykset päättymisestä"),
        ("hal", "Kaupungin sopimusten arkisto ja vastuuhenkilöt"),
    ]),
    ("m365", "office-email", ["Microsoft 365", "M365", "Office 365"], "Microsoft", [
        ("ict", "Sähköposti (Exchange Online), Office-ohjelmat ja OneDrive henkilöstölle"),
        ("ict", "Toimisto-ohjelmat ja sähköposti"),
    ]),
    ("teams", "video-meetings", ["Teams", "MS Teams", "Microsoft Teams"], "Microsoft", [
        ("ict", "Verkkokokoukset, chat, Teams-puhelut"),
        ("hal", "Hybridikokoukset (lautakunnat), etäosallistuminen"),
    ]),
    ("entra", "identity-access", ["Entra ID", "Azure AD", "AAD"], "Microsoft", [
        ("ict", "Identity and access management, SSO ja MFA henkilöstölle"),
    ]),
    ("mpassid", "identity-access", ["MPASSid", "MPASS", "MPASSid-tunnistus"], "Opetushallitus", [
        ("ict", "Oppilaiden ja opettajien kirjautuminen oppimateriaalipalveluihin (SSO)"),
        ("po", "Oppilaiden kirjautuminen digimateriaaleihin"),
    ]),
    ("intune", "endpoint-management", ["Intune", "MS Intune", "Microsoft Intune"], "Microsoft", [
        ("ict", "Työasemien ja puhelinten hallinta, Autopilot-asennukset"),
    ]),
    ("jamf", "endpoint-management", ["Jamf", "Jamf School", "JAMF"], "Jamf", [
        ("ict", "Koulujen iPadien hallinta ja sovellusjakelu"),
        ("vk", "Päiväkotien iPadit (MDM)"),
    ]),
    ("servicenow", "itsm", ["ServiceNow", "Servicenow", "SNOW"], "ServiceNow", [
        ("ict", "IT-palvelunhallinta: tiketit, muutoksenhallinta, CMDB, self-service portaali"),
        ("ict", "Service desk ja palvelupyynnöt"),
    ]),
    ("safeq", "printing", ["SafeQ", "YSoft SafeQ", "Konica Minolta SafeQ"], "Konica Minolta", [
        ("ict", "Tulostuksen hallinta, tulostuskiintiöt kouluissa"),
        ("po", "Oppilastulostus ja kiintiöt"),
    ]),
    ("vmware", "it-infrastructure", ["VMware vSphere", "VMware", "vSphere"], "Broadcom / VMware", [
        ("ict", "Palvelinvirtualisointi konesalissa, on-prem palvelimet"),
    ]),
    ("touchpoint", "telephony", ["Telia Touchpoint", "Touchpoint Plus", "Telia TP+"], "Telia", [
        ("asp", "Puhelinpalvelu ja vaihde, jonot ja takaisinsoitot (contact center)"),
        ("ict", "Puhelinvaihde ja liittymät"),
    ]),
    ("powerbi", "reporting-bi", ["Power BI", "PowerBI", "Power-BI"], "Microsoft", [
        ("str", "Tietojohtamisen raportit ja dashboardit, kaupunkistrategian mittarit"),
        ("tal", "talousraportointi esihenkilöille"),
        ("vk", "Varhaiskasvatuksen täyttöasteet ja kapasiteetti"),
    ]),
    ("tableau", "reporting-bi", ["Tableau", "TABLEAU", "Tableau Server"], "Salesforce / Tableau", [
        ("lii", "Kävijämäärät ja liikuntapaikkojen käyttöasteet"),
        ("kir", "Kirjaston lainaus- ja kävijätilastot visuaalisesti"),
    ]),
    ("granlund", "facility-management", ["Granlund Manager", "Manager", "Granlund manager"], "Granlund", [
        ("til", "Kiinteistöjen ja tilojen hallinta, huoltokirja, vuokrat ja PTS"),
        ("til", "Tilatiedot ja pohjakuvat, sisäiset vuokrat"),
    ]),
    ("haahtela", "construction-design", ["Haahtela TaKu", "TaKu", "Haahtela-kehittämisjärjestelmä"], "Haahtela", [
        ("til", "Rakennushankkeiden tavoitehintalaskenta ja tilaohjelmat"),
        ("til", "Koulujen ja päiväkotien uudisrakennushankkeiden kustannusarviot"),
    ]),
    ("ouman", "energy-management", ["Ouman Ounet", "Ounet", "OUMAN"], "Ouman", [
        ("til", "Kiinteistöautomaatio ja lämmityksen etäohjaus, energiankulutus"),
    ]),
    ("salto", "access-control", ["Salto", "SALTO KS", "Salto Space"], "Salto Systems", [
        ("til", "Kulunvalvonta ja sähköiset lukot kouluissa ja virastotalossa"),
        ("tur", "Kulkuoikeudet ja lukitusajat"),
    ]),
    ("milestone", "access-control", ["Milestone XProtect", "Milestone", "XProtect"], "Milestone Systems", [
        ("tur", "Kameravalvonta (tallenteet ja live-kuva) kiinteistöissä"),
        ("lii", "Uimahallin kameravalvonta"),
    ]),
    ("jamix", "catering", ["Jamix", "JAMIX", "Jamix Kitchen Intelligence"], "Jamix", [
        ("ruo", "Reseptit, ruokalistat, erityisruokavaliot ja ravintoarvot, ruokalistat nettiin"),
        ("ruo", "Keittiöiden tuotannonohjaus ja raaka-ainetilaukset"),
        ("vk", "päiväkotien ruokalistat ja ruokatilaukset"),
    ]),
    ("granite", "process-quality", ["Granite", "Granite riskienhallinta", "GRANITE"], "Granite Partners", [
        ("tur", "Riskienhallinta, turvallisuussuunnitelmat ja poikkeamailmoitukset"),
        ("po", "Koulujen turvallisuus- ja kriisisuunnitelmat, riskiarviot"),
    ]),
]
