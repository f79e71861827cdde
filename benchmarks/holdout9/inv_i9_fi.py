# i9_fi: Järvelän kaupunki (fictional, ~100 000 inhabitants), EA-tool export.
SEED = 9101
LANG = "fi"
CREATOR = "QPR EnterpriseArchitect export"
TITLE = None
ORDER = "name"
SHEET_ORDER = ["Sovellukset"]
def sheet_for(r): return "Sovellukset"
COLUMNS = [("Sovellus", "name"), ("Toimiala", "sector"), ("Omistajataho", "dept"),
           ("Sovellusvastaava", "owner"), ("Käyttötarkoitus", "purpose"), ("Elinkaaren vaihe", "life"),
           ("Toimittaja", "vendor"), ("Käyttäjiä", "users"), ("Vuosikustannus", "cost"),
           ("Sopimus päättyy", "end"), ("Lisätiedot", "notes")]
WIDTHS = [28, 26, 30, 20, 60, 16, 22, 12, 16, 16, 40]
DATE_FORMAT = "d.m.yyyy"
ORGMAP_HEADER = ["Yksikkö", "Toimiala"]
EXTRA_SHEETS = [("Raportin tiedot", [["Raportti", "Sovellussalkku / käyttäjäyksiköt"],
                                     ["Ajettu", "14.3.2025"], ["Suodatus", "Elinkaaren vaihe <> Poistettu"]])]
LIFECYCLE = ["Tuotannossa", "Tuotannossa", "Tuotannossa", "Käytössä", "Poistumassa", "Käyttöönotto", "Ylläpito"]
OWNERS = ["Virtanen Sari", "Korhonen Mika", "Mäkinen Anu", "Nieminen Jari", "Heikkinen Tiina",
          "Laine Petri", "Koskinen Johanna", "Järvinen Ville", "Lehtonen Minna", "Salo Antti"]
NOTES = ["SaaS", "Pilvipalvelu, tietosuojan vaikutustenarviointi tehty", "Hanselin puitesopimus",
         "Lisenssit tietohallinnon budjetissa", "Kilpailutus suunnitteilla 2026", "AD-kirjautuminen (SSO)",
         "Integraatio Frendsin kautta", "Sopimus siirtyi hyvinvointialueelta", "Ei henkilötietoja",
         "Vastuuhenkilö vaihtunut 2024"]
DUP_NOTES = ["tupla?", "", "sama kuin yllä", "päivitetty"]
PLACEHOLDERS = ["-", "?", "ks. lisätiedot", "TBD", "täydennetään", "ks. lisätiedot"]
MOVED_PREFIX = ""

KP, KO, KY, KU, EL = ("Konsernipalvelut", "Kasvun ja oppimisen toimiala", "Kaupunkiympäristön toimiala",
                      "Kulttuurin ja vapaa-ajan toimiala", "Elinvoiman ja työllisyyden toimiala")
DEPTS = {
    "Tietohallinto": (KP, ["TIETOHALLINTO", "ICT-palvelut"]),
    "Talouspalvelut": (KP, ["Taloushallinto", "Konsernipalvelut / Talous"]),
    "Henkilöstöpalvelut": (KP, ["HR-palvelut", "HENKILÖSTÖPALVELUT"]),
    "Hallintopalvelut ja kirjaamo": (KP, ["Kirjaamo", "Hallintopalvelut"]),
    "Viestintä ja markkinointi": (KP, ["Viestintä"]),
    "Hankintapalvelut": (KP, ["Hankinnat"]),
    "Asiakaspalvelupiste Jelppi": (KP, ["Palvelupiste Jelppi"]),
    "Järvelän Ateria": (KP, ["Ateriapalvelut"]),
    "Varhaiskasvatus": (KO, ["VAKA", "Varhaiskasvatuspalvelut"]),
    "Perusopetus": (KO, ["Perusopetus ja esiopetus", "PERUSOPETUS"]),
    "Järvelän lukio": (KO, ["Lukiokoulutus"]),
    "Järvelän kansalaisopisto": (KO, ["Kansalaisopisto", "KANSALAISOPISTO"]),
    "Rakennusvalvonta": (KY, ["RAKENNUSVALVONTA", "Rakvalvonta"]),
    "Maankäyttö ja kaavoitus": (KY, ["Kaavoitus"]),
    "Kiinteistö- ja mittauspalvelut": (KY, ["Mittaus ja paikkatieto", "Kiinteistöt ja mittaus"]),
    "Katu- ja viherpalvelut": (KY, ["Kadut ja puistot"]),
    "Ympäristöpalvelut": (KY, ["Ympäristönsuojelu ja -terveys"]),
    "Tilakeskus": (KY, ["Tilapalvelut", "TILAKESKUS"]),
    "Järvelän Vesi -liikelaitos": (KY, ["Järvelän Vesi"]),
    "Liikenne ja pysäköinti": (KY, ["Joukkoliikenne", "Pysäköinninvalvonta"]),
    "Kirjastopalvelut": (KU, ["Kaupunginkirjasto"]),
    "Museopalvelut": (KU, ["Kaupunginmuseo"]),
    "Liikuntapalvelut": (KU, ["LIIKUNTA"]),
    "Nuorisopalvelut": (KU, ["Nuoriso"]),
    "Kulttuuripalvelut": (KU, []),
    "Työllisyyspalvelut": (EL, ["Työllisyyspalvelut (TE24)", "TYÖLLISYYS"]),
    "Elinkeinopalvelut": (EL, ["Yrityspalvelut"]),
    "Asuntopalvelut": (EL, ["Asuntotoimi"]),
}

PRODUCTS = [
("m365", "Microsoft 365|MS365|Office 365 E3", "office-email", "Microsoft|Microsoft Oy|Atea", [
    ("Tietohallinto", "Toimisto-ohjelmat ja sähköposti (Exchange Online, Outlook, Word, Excel) koko kaupungin henkilöstölle"),
    ("Perusopetus", "Opettajien sähköposti ja office-sovellukset, A3-lisenssit oppilaille"),
    ("Järvelän Ateria", "sähköposti, ruokalistat excelillä"),
]),
("teams", "Teams|MS Teams", "video-meetings", "Microsoft", [
    ("Tietohallinto", "Chat, Teams-kokoukset ja etäneuvottelut. Myös ulkoiset vieraat."),
    ("Hallintopalvelut ja kirjaamo", "Valtuuston ja lautakuntien hybridikokoukset, äänestykset hoidetaan kokousjärjestelmässä"),
]),
("entra", "Entra ID|Azure AD", "identity-access", "Microsoft", [
    ("Tietohallinto", "Käyttäjätunnukset, MFA, SSO-kirjautuminen SaaS-palveluihin, käyttöoikeusryhmät"),
]),
("intune", "Intune|MS Intune", "endpoint-management", "Microsoft", [
    ("Tietohallinto", "Työasemien ja puhelimien hallinta (MDM), sovellusjakelu"),
    ("Perusopetus", "oppilaiden iPadien ja Chromebookien hallinta, profiilit ja sovellukset"),
]),
("efecte", "Efecte|Efecte ITSM|Efecte Service Management", "itsm", "Efecte Oyj|Efecte", [
    ("Tietohallinto", "Käyttötuen tikettijärjestelmä, muutoshallinta, CMDB. Sähköposti-ilmoitukset käyttäjille."),
    ("Tilakeskus", "Tilakeskus käyttää Efectea ICT-tukipyyntöihin kiinteistöautomaation työasemille"),
    ("Henkilöstöpalvelut", "HR:n palvelupyynnöt ohjataan IT-palvelupisteen jonoon, käyttäjätuki"),
]),
("papercut", "PaperCut MF|Papercut", "printing", "Konica Minolta|PaperCut", [
    ("Tietohallinto", "Tulostuksen hallinta, follow me -tulostus, skannaus sähköpostiin"),
    ("Järvelän lukio", "Opiskelijoiden tulostuskiintiöt"),
]),
("frends", "Frends|FRENDS iPaaS", "it-infrastructure", "Frends Technology", [
    ("Tietohallinto", "Integraatioalusta (iPaaS): Mepco -> Raindance, Primus -> Entra ID yms. rajapinnat"),
]),
("ring", "Elisa Ring|Ring", "telephony", "Elisa Oyj|Elisa", [
    ("Tietohallinto", "Mobiilivaihde, soittoryhmät ja jonot"),
    ("Asiakaspalvelupiste Jelppi", "Puhelinvaihde ja vaihteen käyttöliittymä, palvelunumeron ohjaukset"),
]),
("ace", "Telia ACE|ACE contact center", "telephony", "Telia Finland", [
    ("Asiakaspalvelupiste Jelppi", "Kaupungin neuvonnan contact center: puhelut, chat ja takaisinsoittopyynnöt, raportit jonotusajoista"),
    ("Työllisyyspalvelut", "Työllisyyspalvelujen palvelunumero, takaisinsoitot"),
]),
("dynasty", "Dynasty 10|Dynasty|DYNASTY asianhallinta", "case-management;meeting-management", "Innofactor|Innofactor Oyj", [
    ("Hallintopalvelut ja kirjaamo", "Asianhallinta ja diaari, toimielinten esityslistat, pöytäkirjat ja viranhaltijapäätökset. Julkaisu verkkoon."),
    ("Maankäyttö ja kaavoitus", "kaava-asioiden diaarointi ja lautakunnan kokoukset"),
    ("Ympäristöpalvelut", "Ympäristölautakunnan päätökset, asiakirjojen kirjaus"),
    ("Työllisyyspalvelut", "Päätösten tekeminen ja asiakirjojen arkistointi asialle"),
]),
("abilita", "Abilita Asianhallinta|Abilita", "case-management", "Abilita Oy", [
    ("Järvelän Vesi -liikelaitos", "Liikelaitoksen oma asianhallinta, sopimukset ja johtokunnan asiakirjat diaarioidaan tänne"),
    ("Asuntopalvelut", "asuntoasioiden kirjaaminen + vireilletulo"),
]),
("sarake", "Sarake|Sarake e-arkisto", "archive", "Certia|Sarake", [
    ("Hallintopalvelut ja kirjaamo", "Sähköinen pitkäaikaissäilytys (AHTI-yhteensopiva), Dynastyn päättyneet asiat siirretään arkistoon"),
    ("Rakennusvalvonta", "vanhojen lupapiirustusten digitoidut aineistot, arkistohaku"),
]),
("mfiles", "M-Files|Mfiles", "document-management", "M-Files Oy", [
    ("Tilakeskus", "Kiinteistöjen piirustukset, huoltokirjat ja dokumentit versionhallinnassa"),
    ("Katu- ja viherpalvelut", "Urakka-asiakirjat ja valokuvat"),
    ("Järvelän Vesi -liikelaitos", "Verkostokartat pdf, dokumenttien hallinta. Workflow hyväksynnöille."),
]),
("sharepoint", "SharePoint Online|Sharepoint|SPO", "document-management", "Microsoft", [
    ("Tietohallinto", "Tiimisivustot ja dokumenttikirjastot, tiedostojen jakaminen"),
    ("Talouspalvelut", "tilinpäätösaineistot, yhteinen työtila"),
    ("Viestintä ja markkinointi", "Kuvapankki ja materiaalien jakaminen kumppaneille"),
]),
("valo", "Valo Intranet|Jelli-intra (Valo)|Valo", "intranet", "Valo Solutions", [
    ("Viestintä ja markkinointi", "Henkilöstön intranet Jelli: uutiset, ohjeet, henkilöhaku"),
    ("Henkilöstöpalvelut", "HR-ohjeet ja lomakkeet julkaistaan intrassa"),
]),
("opeintra", "Opeintra|Opeintra (Google Sites)", "intranet", "Google|Sisäinen", [
    ("Perusopetus", "Opettajien sisäinen tiedotussivusto: ohjeet, lukuvuosikalenteri, koulujen tiedotteet"),
    ("Järvelän lukio", "opettajien intra, pedagogiset ohjeet"),
]),
("drupal", "jarvela.fi (Drupal)|Drupal|Verkkosivusto jarvela.fi", "web-publishing", "Druid Oy|Druid", [
    ("Viestintä ja markkinointi", "Kaupungin verkkosivut jarvela.fi, julkaisujärjestelmä. Uutiskirjeen tilauslomake ja tapahtumakalenteri upotettu."),
    ("Asiakaspalvelupiste Jelppi", "Asiointiohjeiden päivitys verkkosivuille"),
]),
("wordpress", "WordPress|Wordpress-sivustot", "web-publishing", "Sisäinen / WP-kumppani", [
    ("Museopalvelut", "Museon ja näyttelyiden omat sivut"),
    ("Järvelän kansalaisopisto", "opiston kotisivut (kurssit linkitetty ilmoittautumisjärjestelmään)"),
]),
("lianamailer", "LianaMailer|Liana Mailer", "communications", "Liana Technologies", [
    ("Viestintä ja markkinointi", "Uutiskirjeet asukkaille ja yrityksille, tilaajarekisteri"),
    ("Elinkeinopalvelut", "Yritysuutiskirje kuukausittain"),
]),
("webropol", "Webropol|Webropol 3.0", "survey-forms", "Webropol Oy", [
    ("Viestintä ja markkinointi", "Asukaskyselyt ja tulosten raportointi"),
    ("Varhaiskasvatus", "Huoltajakysely vuosittain"),
    ("Henkilöstöpalvelut", "Kunta10-tyyppiset henkilöstökyselyt, pulssikyselyt"),
]),
("forms", "Microsoft Forms|MS Forms", "survey-forms", "Microsoft", [
    ("Perusopetus", "pikakyselyt huoltajille ja oppilaille, ilmoittautumislomakkeet"),
    ("Liikuntapalvelut", "Palautelomakkeet kesätapahtumiin, ilmoittautumiset"),
]),
("vismasign", "Visma Sign", "e-signature", "Visma Solutions", [
    ("Hallintopalvelut ja kirjaamo", "Pöytäkirjojen ja sopimusten sähköinen allekirjoitus"),
    ("Henkilöstöpalvelut", "Työsopimusten allekirjoitus sähköisesti"),
]),
("docusign", "DocuSign", "e-signature", "DocuSign", [
    ("Elinkeinopalvelut", "Kansainvälisten kumppanisopimusten e-signing"),
    ("Tilakeskus", "vuokrasopimusten sähköinen allekirjoitus"),
]),
("lomakemestari", "Lomakemestari|Lomakemestari 3", "e-services", "Lomakemestari Oy", [
    ("Asiakaspalvelupiste Jelppi", "Sähköinen asiointi: hakemukset ja ilmoitukset verkossa, Suomi.fi-tunnistus"),
    ("Liikenne ja pysäköinti", "Pysäköintitunnushakemukset sähköisesti"),
    ("Nuorisopalvelut", "Kesätyösetelin haku"),
]),
("palautekanava", "Palautekanava|Palaute.jarvela.fi", "customer-feedback", "Kuntapalaute Oy", [
    ("Asiakaspalvelupiste Jelppi", "Kuntalaispalautteiden vastaanotto, ohjaus vastuuyksiköille ja vastaukset julkisesti"),
    ("Katu- ja viherpalvelut", "Katuvalo- ja liukkauspalautteet, vastaamme palautteisiin"),
]),
("aloite", "Kuntalaisaloite.fi", "customer-feedback", "Oikeusministeriö", [
    ("Hallintopalvelut ja kirjaamo", "kuntalaisaloitteiden vastaanotto ja käsittelyn seuranta"),
]),
("dynamics", "Dynamics 365|MS Dynamics CRM|D365 Sales", "crm", "Microsoft|Sulava", [
    ("Elinkeinopalvelut", "Yritysasiakkuuksien hallinta, yrityskäynnit ja kontaktihistoria"),
    ("Työllisyyspalvelut", "Työnantajayhteistyön CRM, rekrytointitapahtumien kutsut"),
]),
("projectplace", "Projectplace|ProjectPlace", "project-portfolio", "Planview", [
    ("Tietohallinto", "ICT-projektien salkku ja projektityötilat"),
    ("Tilakeskus", "Rakennushankkeiden projektinhallinta, aikataulut"),
]),
("cloudiahank", "Cloudia Hankinnat|Cloudia", "procurement", "Cloudia Oy", [
    ("Hankintapalvelut", "Kilpailutukset, tarjouspyynnöt ja tarjousten vertailu, HILMA-ilmoitukset"),
    ("Tilakeskus", "urakoiden kilpailutus"),
]),
("cloudiasop", "Cloudia Sopimus|Cloudia Sopimushallinta", "contract-management", "Cloudia Oy", [
    ("Hankintapalvelut", "Sopimusrekisteri, sopimuskauden päättymishälytykset"),
    ("Talouspalvelut", "Sopimusten seuranta, liitetään ostolaskujen tarkastukseen"),
]),
("avustusnet", "AvustusNet", "grants", "Kuntaohjelmat Oy", [
    ("Kulttuuripalvelut", "Kulttuuri- ja järjestöavustusten haku ja päätökset, maksatukset"),
    ("Liikuntapalvelut", "Seurojen toiminta-avustukset haetaan AvustusNetissä"),
]),
("basware", "Basware|Basware P2P|Basware AP", "invoice-processing", "Basware Oyj", [
    ("Talouspalvelut", "Ostolaskujen kierrätys, asiatarkastus ja hyväksyntä"),
    ("Järvelän Ateria", "elintarvikelaskujen hyväksyntä"),
]),
("raindance", "Raindance|CGI Raindance", "accounting", "CGI Suomi|CGI", [
    ("Talouspalvelut", "Kirjanpito, pääkirja, tilinpäätös, sisäiset laskut"),
    ("Järvelän Vesi -liikelaitos", "Liikelaitoksen kirjanpito ja raportit"),
]),
("talgrafbud", "Talgraf Budjetointi|Talgraf TA", "budgeting", "Talgraf Oy", [
    ("Talouspalvelut", "Talousarvion ja -suunnitelman laadinta yksiköittäin, ennusteet"),
]),
("talgrafbi", "Talgraf|Talgraf Analytics", "reporting-bi", "Talgraf Oy", [
    ("Talouspalvelut", "Talousraportointi esimiehille, kuukausiraportit, toteumavertailut"),
    ("Varhaiskasvatus", "Vakan talous- ja käyttöasteraportit"),
]),
("powerbi", "Power BI|PowerBI", "reporting-bi", "Microsoft", [
    ("Tietohallinto", "Tietojohtamisen alusta, dashboardit ja raportit tietovarastosta"),
    ("Henkilöstöpalvelut", "Henkilöstöraportointi, sairauspoissaolot, vaihtuvuus"),
    ("Perusopetus", "oppilasmäärät ja ennusteet"),
]),
("spss", "IBM SPSS|SPSS Statistics", "statistics-research", "IBM|Atea", [
    ("Viestintä ja markkinointi", "tilastoanalyysit asukaskyselyistä"),
    ("Elinkeinopalvelut", "Väestö- ja elinkeinotilastot, ennusteet"),
]),
("qpr", "QPR ProcessDesigner|QPR", "process-quality", "QPR Software", [
    ("Tietohallinto", "Kokonaisarkkitehtuuri ja prosessikuvaukset, tämä sovellussalkku on QPR:stä"),
    ("Hallintopalvelut ja kirjaamo", "Sisäisen valvonnan ja riskienhallinnan riskikartat"),
]),
("nomentia", "Nomentia|Nomentia Cash Management", "payments", "Nomentia", [
    ("Talouspalvelut", "Maksuliikenne ja pankkiyhteydet, kassanhallinta, viiteaineistot"),
]),
("ropo", "Ropo|Ropo Capital", "billing", "Ropo Capital", [
    ("Talouspalvelut", "Myyntilaskutus ja reskontra, perintä"),
    ("Varhaiskasvatus", "asiakasmaksujen laskut (aineisto Edlevosta)"),
    ("Järvelän Vesi -liikelaitos", "Vesilaskujen laskutus ja saatavienhallinta"),
]),
("mepcohr", "Mepco HR|Mepco Henkilöstö", "hr-management", "Aditro|Mepco", [
    ("Henkilöstöpalvelut", "Henkilöstöhallinto: palvelussuhteet, henkilötiedot, poissaolot, esimiesportaali"),
    ("Järvelän Ateria", "Työsuhteiden kirjaukset ja poissaolot"),
]),
("mepcopalkka", "Mepco Palkka|Mepco Palkat", "payroll", "Aditro|Mepco", [
    ("Henkilöstöpalvelut", "Palkanlaskenta ja tulorekisteri-ilmoitukset"),
    ("Talouspalvelut", "Palkkakirjausten siirto kirjanpitoon"),
]),
("timecon", "Timecon|TimeCon", "time-tracking", "Timecon Oy", [
    ("Henkilöstöpalvelut", "Työaikaseuranta ja liukumat, leimaukset"),
    ("Tilakeskus", "kiinteistönhoitajien työajat kohdistetaan kohteille"),
]),
("tyoaikanetti", "TyöaikaNetti|Työaika-Netti", "time-tracking", "Kuntaohjelmat Oy", [
    ("Katu- ja viherpalvelut", "Katu- ja puistotyöntekijöiden tuntikirjaukset, talvikunnossapidon varallaolot"),
    ("Järvelän Vesi -liikelaitos", "Päivystysten ja ylitöiden kirjaus"),
]),
("titania", "Titania|Titania työvuorosuunnittelu", "shift-planning", "CGI", [
    ("Järvelän Ateria", "Keittiöiden työvuorolistat"),
    ("Liikuntapalvelut", "Uimahallien työvuorosuunnittelu"),
]),
("kuntarekry", "Kuntarekry", "recruitment", "Kuntarekry Oy", [
    ("Henkilöstöpalvelut", "Rekrytointi, työpaikkailmoitukset ja hakemusten käsittely"),
    ("Perusopetus", "Sijaisrekry ja opettajahaut"),
    ("Varhaiskasvatus", "Sijaisrekisteri ja rekryt"),
]),
("eduhouse", "Eduhouse", "learning-management", "Eduhouse Oy", [
    ("Henkilöstöpalvelut", "Henkilöstön verkkokoulutukset (Office, tietoturva)"),
]),
("m2", "M2|Rela M2", "travel-expenses", "Rela Group", [
    ("Henkilöstöpalvelut", "Matkalaskut ja kilometrikorvaukset"),
    ("Talouspalvelut", "Kululaskujen hyväksyntä, kirjanpitoon siirto"),
]),
("haipro", "HaiPro|Haipro", "occupational-health", "Awanic Oy", [
    ("Henkilöstöpalvelut", "Työturvallisuuspoikkeamat, uhka- ja väkivaltatilanteiden ilmoitukset"),
    ("Perusopetus", "Työtapaturmien ja läheltä piti -tilanteiden ilmoitus"),
]),
("arcgis", "ArcGIS|ArcGIS Pro|Esri ArcGIS", "gis", "Esri Finland", [
    ("Kiinteistö- ja mittauspalvelut", "Paikkatietoanalyysit ja karttatuotanto, ArcGIS Online -karttasovellukset"),
    ("Ympäristöpalvelut", "luontokohteiden kartoitus ja kartat"),
]),
("qgis", "QGIS", "gis", "avoin lähdekoodi", [
    ("Maankäyttö ja kaavoitus", "Paikkatietojen käsittely ja kartat kaavaselostuksiin"),
    ("Katu- ja viherpalvelut", "Karttaohjelma"),
]),
("oskari", "Karttapalvelu (Oskari)|Oskari-karttapalvelu", "gis", "Gispo Oy", [
    ("Kiinteistö- ja mittauspalvelut", "Kaupungin julkinen karttapalvelu kartta.jarvela.fi, opaskartta ja ilmakuvat"),
]),
("lupapiste", "Lupapiste|Lupapiste.fi", "building-permits", "Cloudpermit Oy", [
    ("Rakennusvalvonta", "Rakennuslupien sähköinen haku ja käsittely, katselmukset, lupapäätökset"),
    ("Ympäristöpalvelut", "maa-aines- ja ympäristölupien hakemukset"),
    ("Maankäyttö ja kaavoitus", "Poikkeamispäätökset ja suunnittelutarveratkaisut"),
]),
("facta", "Trimble Facta|Facta|Facta kuntarekisteri", "cadastre", "Trimble Solutions", [
    ("Kiinteistö- ja mittauspalvelut", "Kiinteistörekisteri, rakennus- ja huoneistorekisteri, tonttijaot"),
    ("Rakennusvalvonta", "Rakennusrekisterin ylläpito"),
]),
("locus", "Trimble Locus|Locus", "street-maintenance", "Trimble Solutions", [
    ("Katu- ja viherpalvelut", "Katu- ja viheromaisuuden rekisteri, kunnossapitoluokat, työtilaukset urakoitsijoille"),
    ("Liikenne ja pysäköinti", "Liikennemerkkirekisteri katuomaisuudessa"),
]),
("cityplanner", "CityPlanner|Agency9 CityPlanner", "land-use-planning", "Agency9", [
    ("Maankäyttö ja kaavoitus", "Kaavojen 3D-visualisoinnit ja osallistaminen; kuntalaiset voivat kommentoida karttaa"),
]),
("waltti", "Waltti|Waltti-taustajärjestelmä", "public-transport", "Waltti-palvelut", [
    ("Liikenne ja pysäköinti", "Paikallisliikenteen lippu- ja maksujärjestelmä, matkakortit"),
]),
("moovy", "Moovy", "parking", "Moovy Oy", [
    ("Liikenne ja pysäköinti", "Pysäköintimaksut mobiilisti, asukaspysäköintitunnukset"),
]),
("easypark", "EasyPark", "parking", "EasyPark", [
    ("Liikenne ja pysäköinti", "Mobiilipysäköinti toinen palveluntarjoaja; tilitykset kuukausittain"),
]),
("vati", "VATI|Vati", "environmental-health", "Ruokavirasto", [
    ("Ympäristöpalvelut", "Elintarvike- ja terveydensuojeluvalvonnan suunnitelmat ja tarkastukset, Oiva-raportit"),
]),
("envista", "Envista ARM|Envista", "environmental-monitoring", "Envitech", [
    ("Ympäristöpalvelut", "Ilmanlaadun mittausasemien datankeruu ja raportointi"),
]),
("keyaqua", "KeyAqua|Keypro KeyAqua", "water-utility", "Keypro Oy", [
    ("Järvelän Vesi -liikelaitos", "Vesihuoltoverkoston tietojärjestelmä: johtotiedot, venttiilit, vuodot"),
]),
("tampuuri", "Tampuuri", "housing", "Fimx Oy", [
    ("Asuntopalvelut", "Vuokra-asuntojen hakemukset, asukasvalinta ja vuokrasopimukset"),
]),
("granlundmgr", "Granlund Manager|Granlund Manager (GM)", "facility-management", "Granlund Oy", [
    ("Tilakeskus", "Kiinteistöjen ylläpito, huoltokirja, vikailmoitukset, tilatiedot (pinta-alat)"),
    ("Perusopetus", "koulujen vikailmoitukset kiinteistöpalveluun"),
]),
("granlunddes", "Granlund Designer|MagiCAD/Granlund Designer", "construction-design", "Granlund Oy", [
    ("Tilakeskus", "LVI-suunnittelu ja rakennushankkeiden energialaskelmat"),
]),
("nuuka", "Nuuka|Nuuka Solutions", "energy-management", "Nuuka Solutions", [
    ("Tilakeskus", "Energiankulutuksen seuranta kiinteistöittäin, olosuhdemittaukset"),
]),
("fidelix", "Fidelix|Fidelix Fx-2025", "energy-management", "Fidelix Oy", [
    ("Tilakeskus", "Rakennusautomaatio ja valvomo, hälytykset päivystäjälle"),
]),
("iloq", "iLOQ Manager|iLOQ", "access-control", "iLOQ Oy", [
    ("Tilakeskus", "Kulunvalvonta ja sähköiset lukitukset, avainhallinta"),
    ("Perusopetus", "koulujen avainten luovutukset"),
]),
("aromi", "Aromi|CGI Aromi", "catering", "CGI", [
    ("Järvelän Ateria", "Ruokalistat, reseptiikka, ravintosisältölaskenta, tilaukset"),
]),
("jamix", "Jamix|JAMIX", "catering", "Jamix Oy", [
    ("Perusopetus", "Koulujen valmistuskeittiöiden ruokalistat ja erityisruokavaliot"),
    ("Varhaiskasvatus", "päiväkotien ruokatilaukset"),
]),
("edlevo", "Edlevo|Tietoevry Edlevo", "early-childhood", "Tietoevry", [
    ("Varhaiskasvatus", "Varhaiskasvatuksen hakemukset, sijoitukset, läsnäolot ja asiakasmaksut"),
    ("Talouspalvelut", "Asiakasmaksuaineisto laskutukseen"),
]),
("daisy", "DaisyFamily|Daisy", "early-childhood", "Daisy Family Oy", [
    ("Varhaiskasvatus", "Huoltajien viestintä, hoitoaikojen ilmoittaminen mobiilisovelluksella"),
]),
("primus", "Primus|Visma Primus", "pupil-administration", "Visma InSchool", [
    ("Perusopetus", "Oppilashallinto: oppilasrekisteri, todistukset, luokat"),
    ("Järvelän lukio", "Opiskelijarekisteri, kurssitarjotin, ylioppilastutkintoilmoittautumiset"),
]),
("wilma", "Wilma|Visma Wilma", "pupil-administration", "Visma InSchool", [
    ("Perusopetus", "Kodin ja koulun viestintä, poissaolot, arvioinnit"),
    ("Järvelän lukio", "Wilma: viestit, kurssivalinnat ja poissaoloselvitykset"),
]),
("moodle", "Moodle", "learning-platform", "Eduix", [
    ("Järvelän lukio", "Verkkokurssit ja etäopiskelu"),
    ("Järvelän kansalaisopisto", "verkkokurssien alusta"),
]),
("gworkspace", "Google Workspace for Education|Google Classroom", "learning-platform", "Google", [
    ("Perusopetus", "Oppilaiden oppimisympäristö: Classroom, Docs, tehtävät"),
]),
("pedanet", "Peda.net|Pedanet", "learning-platform", "Peda.net", [
    ("Perusopetus", "Koulujen oppimateriaalit ja portfoliot"),
    ("Varhaiskasvatus", "esiopetuksen portfoliot ja kuvat"),
]),
("hellewi", "Hellewi", "course-management", "Hellewi Oy", [
    ("Järvelän kansalaisopisto", "Kurssi-ilmoittautumiset ja kurssimaksut verkossa"),
]),
("eepos", "Eepos|eEPOS", "course-management", "Eepos Oy", [
    ("Järvelän kansalaisopisto", "Opinto-ohjelman hallinta, opettajien palkkiot tuntikirjauksista, tilastot OPH:lle"),
]),
("koha", "Koha|Koha-Suomi", "library", "Koha-Suomi Oy", [
    ("Kirjastopalvelut", "Kirjastojärjestelmä: lainaus, aineiston hankinta ja luettelointi"),
    ("Kirjastopalvelut", "Asiakasrekisteri ja varaukset, Finna-rajapinta"),
]),
("musketti", "Musketti", "museum-collections", "Siisti Oy", [
    ("Museopalvelut", "Kokoelmahallinta: esineet, valokuvat, luettelointi"),
]),
("lippupiste", "Lippupiste|Lippu.fi", "event-ticketing", "Lippupiste Oy", [
    ("Kulttuuripalvelut", "Konserttien ja teatteriesitysten lipunmyynti"),
    ("Museopalvelut", "Näyttelyiden lipunmyynti"),
]),
("lyyti", "Lyyti", "event-ticketing", "Lyyti Oy", [
    ("Viestintä ja markkinointi", "Tapahtumailmoittautumiset ja kutsut, myös maksulliset seminaarit"),
    ("Elinkeinopalvelut", "Yritystapahtumien ilmoittautumiset"),
]),
("timmi", "Timmi|Timmi Tilat", "facility-booking", "Timmi Software", [
    ("Liikuntapalvelut", "Liikuntatilojen ja kenttien vuorojen haku ja varaukset, laskutusaineisto"),
    ("Kulttuuripalvelut", "Koulujen iltakäyttötilojen varaukset"),
]),
("varaamo", "Varaamo", "facility-booking", "avoin lähdekoodi / City of Helsinki", [
    ("Kirjastopalvelut", "Työtilojen, studioiden ja laitteiden varaukset asiakkaille"),
    ("Nuorisopalvelut", "Nuorisotilojen varaus"),
]),
("enkora", "Enkora", "point-of-sale;sports-services", "Enkora Oy", [
    ("Liikuntapalvelut", "Uimahallien ja kuntosalien kassa, sarjakortit, kulunvalvontaportit"),
    ("Liikuntapalvelut", "Liikuntapalvelujen verkkokauppa ja ohjattujen ryhmien ilmoittautuminen"),
]),
("kompassi", "Kompassi", "youth-services", "Nuorisopalvelut (oma)", [
    ("Nuorisopalvelut", "Nuorisotalojen kävijätilastot, etsivän nuorisotyön asiakkuudet"),
]),
("ura", "URA|URA-asiakastietojärjestelmä", "business-services", "KEHA-keskus", [
    ("Työllisyyspalvelut", "Työnhakija-asiakkaiden asiakastiedot ja palvelut (TE-palvelut 2024 -uudistus)"),
]),
]
