# a7_fi: Järvi-Pohjan hyvinvointialue (fictional wellbeing services county). Hand-written, blind.
LANG = "fi"
AUTHOR = "Järvi-Pohjan hyvinvointialue / ICT-palvelut"
S1, S2, S3 = "Perhe- ja sosiaalipalvelut", "Terveys- ja sairaanhoitopalvelut", "Ikääntyneiden palvelut"
S4, S5, S6 = "Pelastuslaitos", "Konsernipalvelut", "Tukipalvelut"
SHEETS = [("Sote-palvelut", {S1, S2, S3}), ("Pelastus ja tukipalvelut", {S4, S5, S6})]
TITLE = {"Sote-palvelut": ["Järvi-Pohjan hyvinvointialue", "Tietojärjestelmäluettelo – sote-palvelut (tilanne 3/2024)"],
         "Pelastus ja tukipalvelut": ["Tietojärjestelmäluettelo – pelastuslaitos, konserni- ja tukipalvelut"]}
COLUMNS = [("name", "Järjestelmä", 26), ("dept", "Yksikkö", 26), ("purpose", "Käyttötarkoitus", 60),
           ("vendor", "Toimittaja", 18), ("users", "Käyttäjiä", 11), ("cost", "Vuosikustannus", 16),
           ("contract", "Sopimus voimassa", 15), ("owner", "Pääkäyttäjä / omistaja", 20), ("notes", "Lisätiedot", 40)]
ORGMAP_HEADER = ["Yksikkö", "Toimiala"]
OWNERS = ["Tiina Mäkelä", "J. Korhonen", "Pekka Niemi", "Sari Heikkinen", "Mikko Laine", "Anu Virtanen",
          "Kari Hämäläinen", "Riikka Salo", "M. Lehtonen", "Heidi Karjalainen", "Juha-Matti Koskinen"]
DEPTS = {
    "ls": (S1, ["Lastensuojelu", "LASTENSUOJELU", "Lastensuojelu ja perhetyö"]),
    "aso": (S1, ["Aikuissosiaalityö", "Aikuissosiaalityö ja toimeentulotuki"]),
    "vam": (S1, ["Vammaispalvelut", "VAMMAISPALVELUT"]),
    "pn": (S1, ["Perheneuvola"]),
    "vo": (S2, ["Vastaanottopalvelut", "Terveysasemat", "vastaanottopalvelut"]),
    "suu": (S2, ["Suun terveydenhuolto", "Suun th", "SUUN TERVEYDENHUOLTO"]),
    "lab": (S2, ["Laboratorio", "Laboratoriopalvelut"]),
    "kuv": (S2, ["Kuvantaminen", "Kuvantamisen yksikkö"]),
    "pay": (S2, ["Yhteispäivystys", "Päivystys"]),
    "apt": (S2, ["Sairaala-apteekki"]),
    "mtp": (S2, ["Mielenterveys- ja päihdepalvelut", "Mielenterveys- ja päihdepalv."]),
    "koti": (S3, ["Kotihoito", "KOTIHOITO"]),
    "ymp": (S3, ["Ympärivuorokautinen palveluasuminen", "Tehostettu palveluasuminen"]),
    "ao": (S3, ["Asiakasohjaus", "Ikäihmisten asiakasohjaus"]),
    "pt": (S4, ["Pelastustoiminta", "Pelastustoiminta / operatiivinen"]),
    "rh": (S4, ["Riskienhallinta", "Valvonta ja riskienhallinta"]),
    "eh": (S4, ["Ensihoito", "ENSIHOITO"]),
    "vs": (S4, ["Valmiussuunnittelu"]),
    "tal": (S5, ["Talouspalvelut", "Taloushallinto"]),
    "hen": (S5, ["Henkilöstöpalvelut", "HR-palvelut"]),
    "ict": (S5, ["ICT-palvelut", "Tietohallinto", "ICT"]),
    "vie": (S5, ["Viestintä", "Viestintä ja markkinointi"]),
    "hal": (S5, ["Hallintopalvelut", "Hallinto / kirjaamo"]),
    "han": (S5, ["Hankintapalvelut", "Hankinnat"]),
    "tj": (S5, ["Tietojohtaminen ja analytiikka", "Tietojohtaminen"]),
    "ruo": (S6, ["Ruokapalvelut"]),
    "log": (S6, ["Logistiikkapalvelut", "Logistiikka"]),
    "til": (S6, ["Tilapalvelut", "Tila- ja kiinteistöpalvelut"]),
}
# (product id, functions, name spellings, vendor, [(dept keys, purpose[, note]), ...])
PRODUCTS = [
    ("lifecare", "patient-records", ["Lifecare", "LifeCare", "Tietoevry Lifecare", "Lifecare potilastietojärjestelmä"], "Tietoevry", [
        ("vo", "Potilaskertomus, kirjaukset, lähetteet ja e-resepti. Kanta-liittymä. Raportit Power BI:hin yön ajossa."),
        ("pay mtp", "Sähköinen potilaskertomus (EPR) koko alueen perusterveydenhuollossa ja päivystyksessä"),
        ("koti", "kotisairaanhoidon kirjaukset ja lääkelistat, hoitajat käyttää myös mobiilisti"),
    ]),
    ("pegasos", "patient-records", ["Pegasos", "Pegasos (Oracle Cerner)", "PEGASOS"], "Oracle Cerner", [
        ("vo", "Entisen Pohjoisen yhteistoiminta-alueen terveysasemien potilastiedot. Siirtymävaiheessa, uudet kirjaukset vielä 2024 loppuun.", "Korvataan Lifecarella"),
        ("ymp", "Asukkaiden terveystiedot ja hoitokertomus (pohjoisen yksiköt), lääkärikierrot"),
    ]),
    ("merlot", "patient-records", ["Merlot Medi", "MerlotMedi", "Merlot"], "CGI", [
        ("eh", "Ensihoitokertomus kentällä, tabletilla. Tiedot siirtyy päivystykseen ja Kantaan."),
        ("pay", "Ensihoidon potilaskertomusten vastaanotto päivystyksessä (luku)"),
    ]),
    ("effica_sos", "social-care-records", ["Effica sosiaalihuolto", "Effica SOS", "Tietoevry Effica"], "Tietoevry", [
        ("ls aso", "Sosiaalihuollon asiakastietojärjestelmä eteläisellä alueella: asiakkuudet, päätökset, asiakaskertomus"),
        ("vam", "vammaispalvelupäätökset ja asiakirjat (etelä). Päätöksistä lähtee kirje asiakkaalle."),
    ]),
    ("proconsona", "social-care-records", ["Pro Consona", "ProConsona", "Pro Consona Sosiaalihuolto"], "CGI", [
        ("ls pn", "Asiakastietojärjestelmä, lastensuojeluilmoitukset, asiakassuunnitelmat, kirjaukset. Kanta-arkistointi"),
        ("aso", "Sosiaalityön asiakasasiakirjat pohjoisen alueella + toimeentulotukipäätökset"),
        ("vam", "Vammaispalveluiden hakemukset ja päätökset, pohjoinen alue"),
    ]),
    ("multilab", "laboratory", ["Multilab", "MultiLab LIS", "Multilab 3"], "CGI", [
        ("lab", "Laboratorion tuotannonohjaus: näytteenotto, analysaattoriliitännät, tulosten vastaus Lifecareen"),
        ("vo", "Laboratoriotutkimusten pyynnöt ja tulokset terveysasemilla (näytteenottoajat tulostetaan)"),
    ]),
    ("sectra", "medical-imaging", ["Sectra PACS", "Sectra IDS7", "PACS"], "Sectra", [
        ("kuv", "Röntgen-, UÄ- ja TT-kuvien tallennus ja lausuminen (PACS/RIS). Etälausunnot ostopalveluna"),
        ("pay", "Kuvien katselu päivystyksessä"),
    ]),
    ("romexis", "dental-care", ["Romexis", "Planmeca Romexis", "Romexis 6"], "Planmeca", [
        ("suu", "Hammasröntgenkuvat ja 3D-kuvantaminen suun terveydenhuollon hoitoloissa"),
        ("suu", "kuvien siirto opus dentaliin, kaikki hoitolat"),
    ]),
    ("opus", "dental-care", ["Opus Dental", "OpusDental", "Opus"], "Opus Systemer", [
        ("suu", "Suun terveydenhuollon potilaskertomus, hoitosuunnitelmat, ajanvaraus ja kutsut hammastarkastuksiin"),
        ("suu", "Hammashoitolan kirjaukset ja hoitotoimenpiteet (SUU), laskutustiedot siirtyy laskutukseen"),
    ]),
    ("medimaker", "medication", ["Medimaker", "MediMaker", "Medimaker lääkehoito"], "Medimaker Oy", [
        ("apt", "Sairaala-apteekin lääketilaukset osastoilta, lääkevarasto ja toimitukset"),
        ("ymp", "Lääkehoidon kirjaaminen ja lääkkeenjako yksiköissä, annosjakelun tilaukset apteekista"),
    ]),
    ("evondos", "medication", ["Evondos", "Evondos-lääkeannostelija", "EVONDOS"], "Evondos Oy", [
        ("koti", "Lääkeannostelurobotit kotihoidon asiakkailla, hälytys hoitajan mobiiliin jos lääke jää ottamatta"),
        ("apt", "annosjakelupussien toimitus robotteihin"),
    ]),
    ("klinik", "appointment-booking", ["Klinik Access", "Klinik", "Klinik Healthcare Solutions"], "Klinik Healthcare Solutions", [
        ("vo", "Oirearvio ja yhteydenotto verkossa, hoitaja ohjaa vastaanotolle tai etäpalveluun, ajanvaraus"),
        ("mtp", "Mt-asiakkaiden yhteydenotot ja ajanvaraus (digitaalinen etuovi)"),
    ]),
    ("qmatic", "appointment-booking", ["Qmatic", "Qmatic Orchestra", "Q-matic jonotus"], "Qmatic", [
        ("lab", "Jonotus ja vuoronumerot näytteenotossa, ajanvarauksella tulevien ilmoittautuminen"),
        ("pay", "Päivystyksen ilmoittautumisautomaatti + odotusaulan näytöt"),
    ]),
    ("omaolo", "e-services", ["Omaolo", "OmaOlo", "Omaolo (DigiFinland)"], "DigiFinland", [
        ("vo", "Kansallinen digipalvelu: oirearviot, palvelutarvearviot, asukkaiden asiointi"),
        ("suu", "Suun terveyden oirearvio, ohjaus ajanvaraukseen"),
    ]),
    ("omajarvi", "e-services", ["OmaJärvipohja", "Oma Järvi-Pohja", "OmaJP"], "Tietoevry", [
        ("aso vam", "Sähköinen asiointi: hakemukset (toimeentulotuki, vammaispalvelut), liitteet ja viestit asiakkaalle"),
        ("ao", "Asiakkaan sähköiset hakemukset ikäihmisten palveluihin + suomi.fi tunnistus"),
        ("vie", "Asiointiportaalin sisällöt ja ohjeet, TBD ruotsinkieliset sivut"),
    ]),
    ("domacare", "home-care", ["DomaCare", "Domacare", "Doma Care"], "Domacare Oy", [
        ("koti", "Kotihoidon toiminnanohjaus: käyntien suunnittelu ja optimointi, mobiilikirjaus, toteutuneet käynnit laskutukseen"),
        ("ymp", "Palveluasumisen hoitotyön kirjaus ja asukastiedot"),
        ("ao", "Palvelupäätösten välitys kotihoidolle"),
    ]),
    ("hilkka", "home-care", ["Hilkka", "Hilkka-mobiili", "HILKKA"], "Hoiwa Oy", [
        ("koti", "Kotihoidon mobiilisovellus pohjoisen alueella (käynnit, avaimet, kirjaukset)."),
        ("koti", "Vanha kotihoidon järjestelmä, käytössä kunnes DomaCare käyttöönotto valmis"),
    ]),
    ("vivago", "home-care", ["Vivago", "Vivago turvaranneke", "VIVAGO"], "Vivago Oy", [
        ("koti", "Turvarannekkeet ja hyvinvointiseuranta kotona asuville, hälytykset turva-auttajille"),
        ("ymp", "Asukkaiden aktiivisuuden seuranta ja hälytykset (hoitajakutsu)"),
    ]),
    ("sijaishaku", "child-welfare", ["SijaisHaku", "Sijaishaku", "Sijaishuollon paikkahaku"], "Sijoitus Oy", [
        ("ls", "Sijaishuoltopaikkojen haku ja sijoitusten vapaat paikat puitesopimustoimittajilta"),
        ("ls", "Lasten sijoitukset perhe- ja laitoshoitoon: paikan haku, sopimukset ja hinnat"),
    ]),
    ("kelmu", "income-support", ["Kelmu", "Kela Kelmu", "KELMU"], "Kela", [
        ("aso", "Perustoimeentulotukitietojen katselu Kelasta täydentävän ja ehkäisevän tt:n päätöksentekoa varten"),
    ]),
    ("titania", "shift-planning", ["Titania", "Titania työvuorosuunnittelu", "CGI Titania", "TITANIA"], "CGI", [
        ("koti ymp", "Työvuorosuunnitelu ja työvuorolistat, vuorotoiveet mobiilisovelluksella, palkkatiedot Mepcoon"),
        ("pay", "Työvuorolistat ja sijaisten haku. Tuntiraportit kuukausittain."),
        ("eh", "ensihoidon työvuorot (24h vuorot)"),
        ("ruo", "Keittiöiden vuorosuunnittelu"),
    ]),
    ("vuoropro", "shift-planning", ["VuoroPro", "Vuoropro", "Vuoro Pro 2"], "Pelastussoft Oy", [
        ("pt", "Pelastuslaitoksen työvuorosuunnittelu, varallaolot ja ylityöt, vuorotiedot palkanlaskentaan"),
        ("pt", "Sopimuspalokuntien hälytysvalmius ja vuorot"),
    ]),
    ("mepco", "payroll;hr-management", ["Mepco", "Mepco HRM", "MEPCO"], "Mepco", [
        ("hen", "Palkanlaskenta ja henkilöstöhallinto: palvelussuhteet, palkat, lomat, henkilöstöraportit"),
        ("tal", "Palkkakirjanpidon siirrot Raindanceen"),
        ("koti ymp", "Esimiehet hyväksyy poissaolot ja kulukorvaukset (Mepco Esimies)"),
    ]),
    ("kuntarekry", "recruitment", ["Kuntarekry", "KuntaRekry", "Kuntarekry.fi"], "KL-Kuntarekry Oy", [
        ("hen", "Rekrytointi, työpaikkailmoitukset ja hakemusten käsittely. Sijaisrekisteri."),
        ("vo ymp", "Hakemusten läpikäynti ja haastattelukutsut esihenkilöille"),
    ]),
    ("moodle", "learning-management", ["Moodle", "Järvi-Pohjan Moodle", "moodle"], "Eduix", [
        ("hen", "Henkilöstön verkkokoulutukset, perehdytys ja pakolliset kurssit (tietosuoja, lääkehoito)"),
        ("pt", "Pelastuslaitoksen koulutukset ja harjoitukset, sopimuspalokuntien kurssit"),
    ]),
    ("oppiportti", "learning-management", ["Oppiportti", "Duodecim Oppiportti", "Oppiportti (LOVe)"], "Kustannus Oy Duodecim", [
        ("vo pay", "Lääkehoidon osaaminen: LOVe-koulutus ja lupatentit hoitajille"),
        ("koti", "Hoitajien täydennyskoulutus verkkokursseina, todistukset"),
    ]),
    ("terveysportti", "reference-information", ["Terveysportti", "Duodecim Terveysportti", "terveysportti.fi"], "Kustannus Oy Duodecim", [
        ("vo pay", "Lääketietokannat, Käypä hoito -suositukset ja päätöstuki lääkäreille"),
        ("apt", "Lääketietokanta, yhteisvaikutukset"),
    ]),
    ("m2", "travel-expenses", ["M2", "M2 matkalaskut", "M2 Matka ja kulu"], "Visma", [
        ("hen", "Matkalaskut, kilometrikorvaukset ja kuluraportit, hyväksyntäkierto"),
        ("koti", "kotihoidon km-korvaukset omalla autolla"),
    ]),
    ("havainto", "occupational-health", ["Havainto", "Havainto-sovellus", "HAVAINTO"], "Safetyapp Oy", [
        ("hen", "Työturvallisuushavainnot, läheltä piti -tilanteet ja työtapaturmat, työsuojelun raportit"),
        ("til ruo", "Työturvallisuusilmoitukset mobiililla"),
    ]),
    ("raindance", "accounting", ["Raindance", "RAINDANCE", "Raindance ERP"], "CGI", [
        ("tal", "Kirjanpito, pääkirja, reskontrat, tilinpäätös. Integraatiot Rondoon ja Mepcoon."),
        ("tal", "Taloushallinnon perusjärjestelmä, kustannuspaikkaraportit esihenkilöille"),
    ]),
    ("rondo", "invoice-processing", ["Rondo", "Sarastia Rondo", "Rondo Ostolaskut"], "Sarastia", [
        ("tal", "Ostolaskujen kierätys, tarkastus ja hyväksyntä, tiliöinti"),
        ("ls koti", "Laskujen asiatarkastus ja hyväksyminen"),
        ("pt", "ostolaskujen hyväksyntä (pelastuslaitos)"),
    ]),
    ("talgraf", "budgeting", ["Talgraf", "TALGRAF", "Talgraf Budjetointi"], "Talgraf Oy", [
        ("tal", "Talousarvion ja taloussuunnitelman laadinta, ennusteet"),
        ("tj", "Talousarvioseuranta ja ennustekierrokset"),
    ]),
    ("intrum", "billing", ["Intrum", "Intrum Online", "Intrum Justitia"], "Intrum", [
        ("tal", "Asiakasmaksujen perintä ja saatavien seuranta, maksumuistutukset"),
    ]),
    ("netbank", "payments", ["Nordea Corporate Netbank", "Nordea CNB", "Nordea netbank"], "Nordea", [
        ("tal", "Maksuliikenne ja tiliotteet, kassanhallinta"),
        ("tal", "maksut ja maksuaineistot pankkiin"),
    ]),
    ("kassamagneetti", "point-of-sale", ["Kassamagneetti", "Kassa Magneetti"], "Kassamagneetti Oy", [
        ("ruo", "Henkilöstöravintoloiden ja sairaalan kahvilan kassajärjestelmä, korttimaksut"),
        ("ruo", "KASSAT, LOUNASSETELIT"),
    ]),
    ("cloudia_k", "procurement", ["Cloudia", "Cloudia Kilpailutus", "CLOUDIA"], "Cloudia Oy", [
        ("han", "Kilpailutusten valmistelu, tarjouspyynnöt ja vertailu, Hilma-ilmoitukset"),
        ("han", "Tarjousten käsittely ja hankintapäätökset"),
        ("ict", "ICT-hankinnat (kilpailutukset)"),
    ]),
    ("cloudia_s", "contract-management", ["Cloudia Sopimushallinta", "Cloudia sopimukset", "Cloudia Sopimus"], "Cloudia Oy", [
        ("han", "Sopimusrekisteri, sopimusten päättymishälytykset ja toimittajaseuranta"),
        ("tal", "Sopimusten hallinta (kuntien sopimukset siirretty 2023)"),
    ]),
    ("dynasty", "case-management;meeting-management", ["Dynasty", "Dynasty 10", "Innofactor Dynasty"], "Innofactor", [
        ("hal", "Asianhallinta ja diaarit, aluehallituksen ja -valtuuston kokoukset, pöytäkirjat ja julkaisu verkkoon"),
        ("hal", "Kirjaamo: asioiden vireillepano ja asiakirjojen rekisteröinti, viranhaltijapäätökset"),
        ("ls aso", "viranhaltijapäätökset ja niiden tiedoksianto"),
    ]),
    ("tweb", "case-management", ["Tweb", "TWeb", "Tweb asianhallinta"], "Triplan", [
        ("pt rh", "Pelastuslaitoksen asiakirjahallinta ja diaari (vanha, ennen hyvinvointialuetta)"),
        ("rh", "Valvontapäätösten ja lausuntojen diaarointi"),
    ]),
    ("disa", "archive", ["Disa", "Disa-arkisto", "DISA"], "Disec Oy", [
        ("hal", "Sähköinen pitkäaikaissäilytys (SÄHKE2), arkistonmuodostussuunnitelma"),
        ("ict", "Arkistointirajapinnat Dynastystä ja Pro Consonasta"),
    ]),
    ("mfiles", "document-management", ["M-Files", "MFiles", "M-files"], "M-Files", [
        ("vs", "Valmiussuunnitelmat, ohjeet ja versiohallinta"),
        ("til", "Kiinteistöjen piirustukset ja dokumentit"),
        ("hal", "Ohjeiden ja lomakepohjien hallinta"),
    ]),
    ("vismasign", "e-signature", ["Visma Sign", "VismaSign", "Visma sign"], "Visma", [
        ("hal han", "Sopimusten sähköinen allekirjoitus"),
        ("hen", "työsopimusten allekirjoitus sähköisesti"),
    ]),
    ("intra", "intranet", ["Järvinet", "Järvinet (SharePoint)", "Intra"], "Microsoft / Sulava", [
        ("vie", "Henkilöstön intranet: uutiset, ohjeet, tiedotteet. Teams-integraatio."),
        ("ict", "SharePoint Online -intranet, sivustojen ylläpito"),
    ]),
    ("sotenet", "intranet", ["Sotenet", "SoteNet", "sotenet (vanha intra)"], "WordPress / Sitesupport Oy", [
        ("vo", "Entisen kuntayhtymän sisäiset sivut, hoito-ohjeet, puhelinluettelo"),
        ("lab", "Laboratorio-ohjeisto ja näytteenotto-ohjeet sisäisesti"),
    ]),
    ("drupal", "web-publishing", ["Drupal", "jarvipohja.fi (Drupal)", "Drupal 10"], "Druid Oy", [
        ("vie", "Hyvinvointialueen verkkosivut jarvipohja.fi, palvelukuvaukset ja uutiset"),
        ("vie", "Julkaisujärjestelmä, sivuston saavutettavuus ja palautelomakkeet"),
    ]),
    ("episerver", "web-publishing", ["Episerver", "Optimizely", "EPiServer CMS"], "Optimizely", [
        ("pt", "Pelastuslaitoksen www-sivut ja ohjeet asukkaille, tiedotteet"),
    ]),
    ("liana", "communications", ["LianaMailer", "Liana", "Lianamailer"], "Liana Technologies", [
        ("vie", "Uutiskirjeet henkilöstölle ja sidosryhmille, tapahtumakutsut"),
        ("hen", "Henkilöstökirje kerran kuussa"),
    ]),
    ("webropol", "survey-forms", ["Webropol", "WEBROPOL", "Webropol 3.0"], "Webropol", [
        ("tj", "Kyselyt ja asiakastyytyväisyys, raportointi"),
        ("hen", "Henkilöstökyselyt ja ilmoittautumislomakkeet koulutuksiin"),
        ("vo", "Potilaskyselyt ja sähköiset lomakkeet"),
    ]),
    ("msforms", "survey-forms", ["Microsoft Forms", "MS Forms", "Forms"], "Microsoft", [
        ("ict", "Sisäiset lomakkeet ja pikakyselyt, M365-lisenssi"),
        ("ymp", "Omaisten ilmoittautumiset ja pienet kyselyt"),
    ]),
    ("happyornot", "customer-feedback", ["HappyOrNot", "Happy or Not", "HappyOrNot-palautepäätteet"], "HappyOrNot", [
        ("vo", "Palautepäätteet terveysasemien auloissa, hymynaamapalaute"),
        ("suu", "Asiakaspalaute (laitteet hoitoloissa)"),
    ]),
    ("roidu", "customer-feedback", ["Roidu", "Roidu palautejärjestelmä", "ROIDU"], "Roidu Oy", [
        ("vie", "Asukkaiden palautteet, muistutukset ja kehitysehdotukset, vastaukset julkisesti"),
        ("hal", "Palautteiden ohjaus vastuuyksiköille"),
    ]),
    ("dynamics", "crm", ["Dynamics 365", "MS Dynamics CRM", "Dynamics"], "Microsoft", [
        ("ao", "Asiakasohjauksen palvelukeskus: yhteydenotot, asiakkuuden vaiheet, takaisinsoitot (CRM)"),
        ("ict", "CRM-alusta, integraatio puhelinjärjestelmään"),
    ]),
    ("hakuna", "grants", ["Hakuna", "Hakuna avustukset", "HAKUNA"], "Hakuna Oy", [
        ("hal", "Järjestöavustusten haku, käsittely ja päätökset"),
        ("tal", "Avustusten maksatus ja selvitykset"),
    ]),
    ("m365", "office-email", ["Microsoft 365", "M365", "Office 365", "O365"], "Microsoft", [
        ("ict", "Sähköposti, Office-ohjelmat, OneDrive"),
        ("ict", "Toimisto-ohjelmistot ja Exchange Online koko henkilöstölle"),
    ]),
    ("teams", "video-meetings", ["Teams", "MS Teams", "Microsoft Teams"], "Microsoft", [
        ("ict", "verkkokokoukset,chat ja tiimityö"),
        ("mtp", "Etävastaanotot ja videopuhelut asiakkaille (Teams Premium)"),
        ("vs", "Valmiusryhmän kokoukset ja tilannekuva-chat"),
    ]),
    ("entra", "identity-access", ["Azure AD", "Entra ID", "Microsoft Entra ID"], "Microsoft", [
        ("ict", "Käyttäjätunnukset, MFA ja kertakirjautuminen pilvipalveluihin"),
        ("ict", "Identiteetinhallinta, ryhmät ja käyttöoikeudet"),
    ]),
    ("topdesk", "itsm", ["TOPdesk", "Topdesk", "TOPDesk"], "TOPdesk", [
        ("ict", "Palvelupyynnöt ja häiriöilmoitukset, IT-tuki (service desk), laiterekisteri"),
        ("til", "Kiinteistöjen vikailmoitukset (TOPdesk FM-moduuli)?"),
    ]),
    ("intune", "endpoint-management", ["Intune", "MS Intune", "Microsoft Intune"], "Microsoft", [
        ("ict", "Työasemien ja mobiililaitteiden hallinta, sovellusjakelu"),
        ("koti", "kotihoidon puhelimet rekisteröity intuneen"),
    ]),
    ("papercut", "printing", ["PaperCut", "Papercut MF", "PAPERCUT"], "Canon", [
        ("ict", "Tulostuksen hallinta ja follow-me tulostus, skannaus sähköpostiin"),
    ]),
    ("frends", "it-infrastructure", ["Frends", "FRENDS iPaaS", "Frends integraatioalusta"], "Frends Technology", [
        ("ict", "Integraatioalusta: potilas- ja asiakastietojärjestelmien rajapinnat, tiedonsiirrot taloushallintoon"),
    ]),
    ("elisaring", "telephony", ["Elisa Ring", "ElisaRing", "Ring"], "Elisa", [
        ("ict", "Puhelinvaihde ja mobiililiittymät, vaihteen palvelunumerot"),
        ("vo", "Takaisinsoittojärjestelmä terveysasemille"),
    ]),
    ("genesys", "telephony", ["Genesys Cloud", "Genesys", "Genesys CX"], "Genesys", [
        ("ao", "Asiakas- ja palveluohjauksen contact center, jonot, puhelutilastot"),
        ("ict", "Contact center -alusta, integraatio Dynamicsiin"),
    ]),
    ("powerbi", "reporting-bi", ["Power BI", "PowerBI", "PBI"], "Microsoft", [
        ("tj", "Tietojohtamisen raportit ja dashboardit, sote-tietoallas"),
        ("tal", "Talousraportit esihenkilöille"),
        ("koti", "Kotihoidon välittömän työajan raportti"),
    ]),
    ("qlik", "reporting-bi", ["Qlik Sense", "Qlik", "QlikSense"], "Qlik", [
        ("tj", "Pohjoisen alueen vanhat raportit (Qlik), ajetaan alas 2025"),
        ("lab", "Laboratorion tuotanto- ja viivetilastot"),
    ]),
    ("jira", "project-portfolio", ["Jira", "Atlassian Jira", "JIRA"], "Atlassian", [
        ("ict", "ICT-projektien ja kehityspyyntöjen hallinta, projektisalkku"),
        ("tj", "Kehittämisprojektit ja tehtävät"),
    ]),
    ("pronto", "rescue-services", ["PRONTO", "Pronto", "Pronto resurssi- ja onnettomuustilasto"], "Pelastusopisto", [
        ("pt", "Onnettomuusselosteet ja tehtävien kirjaus, resurssitiedot, valtakunnalliset tilastot"),
        ("eh", "Ensivastetehtävien selosteet"),
    ]),
    ("kejo", "rescue-services", ["KEJO", "Kejo", "KEJO kenttäjohtojärjestelmä"], "Erillisverkot", [
        ("pt", "Kenttäjohtojärjestelmä: tilannekuva, yksiköiden sijainnit ja tehtävät johtoautossa"),
        ("vs", "Tilannekuva suuronnettomuus- ja häiriötilanteissa"),
    ]),
    ("peke", "rescue-services", ["PEKE", "Peke", "Peke-valvontajärjestelmä"], "Pelastussoft Oy", [
        ("rh", "Palotarkastukset ja valvontasuunnitelma, kohderekisteri, pelastussuunnitelmat"),
        ("rh", "Nuohouksen ja paloilmoittimien valvontatiedot, laskutustieto tarkastuksista"),
    ]),
    ("kalusto", "fleet", ["KaluPro", "Kalustorekisteri KaluPro", "KALUPRO"], "Pelastussoft Oy", [
        ("pt", "Pelastusajoneuvojen ja kaluston huollot, katsastukset ja vikailmoitukset"),
        ("eh", "Ensihoitoyksiköiden autot ja laitteet (huoltohistoria)"),
    ]),
    ("loginet", "logistics", ["LogiNet", "LogiNet varasto", "Loginet"], "Logisoft Oy", [
        ("log", "Keskusvaraston varastonhallinta, tilaukset yksiköistä ja jakeluajot"),
        ("log", "Hoitotarvikejakelu asiakkaille, toimitukset"),
    ]),
    ("aromi", "catering", ["Aromi", "AROMI", "Aromi ruokatuotanto"], "CGI", [
        ("ruo", "Ruokalistat, reseptiikka, ruokatilaukset osastoilta ja erityisruokavaliot"),
        ("ymp", "Asukkaiden aterioiden tilaus keittiöltä"),
    ]),
    ("granlund", "facility-management", ["Granlund Manager", "Manager", "Granlund manager"], "Granlund", [
        ("til", "Kiinteistörekisteri, tilat ja huoltokirja, PTS-suunnittelu"),
        ("til", "Vuokrasopimukset ja tilojen sisäiset vuokrat"),
    ]),
    ("timmi", "facility-booking", ["Timmi", "Timmi tilavaraus", "TIMMI"], "Timmi", [
        ("til", "Kokous- ja koulutustilojen varaukset"),
        ("hen", "Koulutustilojen ja autojen varaus"),
    ]),
    ("condeco", "facility-booking", ["Condeco", "Condeco Desk", "CONDECO"], "Eptura", [
        ("hal", "Monitoimitilan työpisteiden ja neuvotteluhuoneiden varaus (hallintotalo)"),
        ("ict", "Työpistevaraukset ja näytöt neuvotteluhuoneiden ovissa"),
    ]),
    ("iloq", "access-control", ["iLOQ", "iLOQ Manager", "ILOQ S50"], "iLOQ", [
        ("til", "Kulunvalvonta ja avainhallinta, sähköiset avaimet"),
        ("koti", "Asiakkaiden kotien avainhallinta (mobiiliavain)"),
    ]),
    ("nuuka", "energy-management", ["Nuuka", "Nuuka Solutions", "NUUKA"], "Nuuka Solutions", [
        ("til", "Kiinteistöjen energian- ja vedenkulutuksen seuranta, olosuhdemittaukset"),
    ]),
    ("haipro", "process-quality", ["HaiPro", "Haipro", "HAIPRO"], "Awanic", [
        ("vo pay", "Potilasturvallisuuden vaaratapahtumailmoitukset ja käsittely"),
        ("ls ymp", "Asiakasturvallisuusilmoitukset, läheltä piti -tilanteet, raportit johtoryhmälle"),
    ]),
    ("granite", "process-quality", ["Granite", "Granite riskienhallinta", "GRANITE"], "Granite Partners", [
        ("vs", "Riskienhallinta ja jatkuvuussuunnittelu, riskiarviot"),
        ("hal", "Sisäinen valvonta ja riskiarvioinnit, omavalvontasuunnitelmat"),
    ]),
]
