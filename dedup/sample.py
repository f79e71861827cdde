"""Synthetic inventory of a Helsinki-like city before its 2017 reform, with a truth file.

Why: the importer, matcher, classifier and org map need a realistic, messy, Finnish
inventory whose right answers are known, at any size. Real registers (2013 Helsinki) have
no ground truth and cannot be scaled, so this module writes one from a catalogue of
products Finnish municipalities really run, spelled the ways departments spell them.

The default city is Helsinki with its ~34 former agencies on five sheets grouped by the
pre-2017 deputy-mayor sectors (which differ from the 2017 sectors on purpose). Larger
`rows` add municipalities "Kunta 2", "Kunta 3"... each on its own sheet, with their own
product choices and local systems, so name variety grows with size.

Notes
-----
Generation is O(rows); each city draws from its own `random.Random("<seed>:<city>")`,
so the same seed gives the same cell values in every run and on every platform.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import random
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dedup.model import column_letter

DATA = Path(__file__).parent / "data"
DEFAULT_SEED = 2017
TRUTH_COLUMNS = (
    "sheet",
    "row",
    "system_name",
    "product",
    "functions",
    "department",
    "sector",
    "kind",
    "annual_cost_eur",
    "contract_end",
)

# fmt: off
# Standard header texts, in the order most sheets use; "\n" and "*" as people type them.
COLUMNS = (
    "Tunnus", "Järjestelmän\nnimi*", "Toimittaja", "Tuote/versio", "Omistaja\n(virasto)*",
    "Käyttäjäorganisaatiot", "Käyttötarkoitus*", "Kuvaus", "Vuosikustannus\n(€)",
    "Käyttäjämäärä", "Sopimus päättyy", "Elinkaari", "Kriittisyys", "Toimitusmalli",
    "Integraatiot", "Huomiot",
)
REF, NAME, VENDOR, PRODUCT, OWNER, USING, PURPOSE, DESCR, COST, USERS, CONTRACT, LIFE, \
    CRIT, DELIVERY, INTEGR, NOTES = range(len(COLUMNS))

# Pre-2017 deputy-mayor sectors: the sheets of the Helsinki workbook (<= 31 characters).
GROUPS = {
    "KJ": "Kaupunginjohtajan toimiala",
    "SIV": "Sivistystoimi",
    "SOS": "Sosiaali- ja terveystoimi",
    "KSK": "Kaupunkisuunnittelu- ja kiint.",
    "RYM": "Rakennus- ja ympäristötoimi",
}
SECTOR_CODES = {
    "KESK": "Keskushallinto",
    "KASKO": "Kasvatuksen ja koulutuksen toimiala",
    "KYMP": "Kaupunkiympäristön toimiala",
    "KUVA": "Kulttuurin ja vapaa-ajan toimiala",
    "SOTE": "Sosiaali- ja terveystoimiala",
}

# key | official name (as in the org map) | sheet group | systems in Helsinki | id style |
# how the owner column spells it (first = most common)
AGENCIES_TABLE = """
kanslia|Kaupunginkanslia|KJ|16|KANSLIA-{n:03d}|Kaupunginkanslia;Kanslia;kanslia
taske|Talous- ja suunnittelukeskus|KJ|33|0|Taske;TASKE;taske;Talous- ja suunnittelukeskus;Taske / Titek;Taske / Tasu
heke|Henkilöstökeskus|KJ|26|Heke{n:04d}|Heke;heke;Henkilöstökeskus;HEKE
halke|Hallintokeskus|KJ|16|0|Halke;halke;Hallintokeskus;Halke / Hallintopalvelut
talpa|Taloushallintopalvelu-liikelaitos|KJ|20|TALPA-{n:02d}|Talpa;talpa;TALPA;Taloushallintopalvelu-liikelaitos
tieke|Tietokeskus|KJ|10|Tieke-{n:02d}|Tieke;Tietokeskus;TIEKE
hank|Hankintakeskus|KJ|8|0|Hankintakeskus;Hank
arkisto|Kaupunginarkisto|KJ|8|0|Kaupunginarkisto;Helsingin kaupunginarkisto
oiva|Oiva Akatemia|KJ|8|OIVA{n:02d}|Oiva Akatemia;Oiva;OIVA
tyke|Työterveyskeskus|KJ|16|Tyke{n:03d}|Työterveyskeskus;Tyke;Työterveyskeskus/hallinto
opev|Opetusvirasto|SIV|49|OPEV-{n:03d}|Opev;OPEV;Opetusvirasto;opev
vakava|Varhaiskasvatusvirasto|SIV|22|0|Vakava;Varhaiskasvatusvirasto;Vaka;VAKA
sto|Suomenkielinen työväenopisto|SIV|12|STO{n:02d}|STO;Työväenopisto;Suomenkielinen työväenopisto
arbis|Ruotsinkielinen työväenopisto|SIV|10|ARBIS-{n:03d}|Arbis;RTO;Ruotsinkielinen työväenopisto;Arbetarinstitutet
kir|Kaupunginkirjasto|SIV|36|Kir-{n:03d}|Kir;Kaupunginkirjasto;Kirjasto;Kir/Tietotekniikkayksikkö
kulke|Kulttuurikeskus|SIV|16|kulke{n:04d}|Kulke;kulke;Kulttuurikeskus
liv|Liikuntavirasto|SIV|29|LIV-{n:03d}|Liv;LIV;Liikuntavirasto
nk|Nuorisoasiainkeskus|SIV|14|NK{n:04d}|Nk;NK;Nuorisoasiainkeskus
taimu|Taidemuseo|SIV|9|0|Taidemuseo;HAM;Helsingin taidemuseo
kmuseo|Kaupunginmuseo|SIV|10|0|Kaupunginmuseo;Helsingin kaupunginmuseo;HKM
orkesteri|Kaupunginorkesteri|SIV|7|ORK_{n:03d}|Kaupunginorkesteri;HKO;Helsingin kaupunginorkesteri
zoo|Korkeasaaren eläintarha|SIV|8|Zoo-{n:02d}|Korkeasaari;Zoo;Korkeasaaren eläintarha
sote|Sosiaali- ja terveysvirasto|SOS|128|SOTE{n:04d}|Sote;sote;Sosiaali- ja terveysvirasto;SoTe
ksv|Kaupunkisuunnitteluvirasto|KSK|44|KSV-{n:03d}|KSV;Ksv;Kaupunkisuunnitteluvirasto
kv|Kiinteistövirasto|KSK|40|KV-{n:03d}|Kv;KV;Kiinteistövirasto;Kv/Geo
tilakeskus|Tilakeskus|KSK|14|0|KV/Tilakeskus;Tilakeskus;Kv/Tilakeskus
rava|Rakennusvalvontavirasto|KSK|16|0|Rakennusvalvontavirasto;Rava;RAKVV
att|Asuntotuotantotoimisto|KSK|11|ATT-{n:02d}|ATT;Asuntotuotantotoimisto;att
hkr|Rakennusvirasto|RYM|31|HKR{n:03d}|HKR;Rakennusvirasto;hkr
stara|Rakentamispalvelu Stara|RYM|29|0|Stara;STARA;Rakentamispalvelu Stara
hkl|Helsingin kaupungin liikennelaitos -liikelaitos|RYM|31|HKL-{n:03d}|HKL;HKL-INFRA;Helsingin kaupungin liikennelaitos;HKL-METRO
ymk|Ympäristökeskus|RYM|20|YMK{n:03d}|Ymk;ymk;Ympäristökeskus;YMK
pel|Pelastuslaitos|RYM|18|0|Pelastuslaitos;Pel;Helsingin kaupungin pelastuslaitos
palmia|Palmia-liikelaitos|RYM|15|0|Palmia;PALMIA;palmia;Palmia-liikelaitos
"""  # noqa: E501

# Products Finnish municipalities run. Fields:
# id | vendor | delivery | annual cost € | users | owners | functions | spellings | purposes
# owners: who has an instance in Helsinki: agency key, sector code or * = probability.
# Spellings: first is canonical; all are the same product. Purposes: fi, some sv/en.
PRODUCTS_TABLE = """
ahjo|Tieto Oyj|on-prem|150000-400000|3000-9000|kanslia=1 *=.3|case-management;meeting-management|Ahjo;AHJO;Ahjo asianhallinta;AHJO \\nAsianhallintajärjestelmä;Ahjo-päätöksenteko|Asian- ja asiakirjanhallinta sekä päätöksenteon valmistelu;Asianhallinta, kirjaamo, esityslistat ja pöytäkirjat;Ärendehantering och beslutsfattande;Case management and decision-making
dynasty|Innofactor Software Oy|on-prem|8000-30000|20-150|palmia=1 stara=.6 hkl=.7|case-management;meeting-management|Dynasty;Dynasty 10;Innofactor Dynasty;Dynasty asianhallinta|Asianhallinta ja päätösten valmistelu liikelaitoksessa;Johtokunnan kokoukset, esityslistat ja pöytäkirjat;Diarointi ja asiakirjojen hallinta
tweb|Triplan Oy|SaaS|6000-25000|20-120||case-management;meeting-management|Tweb;TWeb;Tweb asianhallinta;Triplan Tweb|Asianhallinta ja kokousten hallinta;Diaari, päätökset ja pöytäkirjat
casem|M-Files Oy|SaaS|8000-30000|20-150||case-management;document-management|Case M-Files;M-Files Case;Case M-files asianhallinta|Asianhallinta ja asiakirjojen elinkaaren hallinta;Ärendehantering och dokumenthantering
sharepoint|Microsoft|on-prem|10000-60000|100-3000|*=.08 ksv=.5|document-management|SharePoint;MS SharePoint;Microsoft SharePoint 2013;SharePoint 2010;MOSS|Dokumenttien jakaminen ja työtilat;Projektien työtilat ja dokumentit;Document sharing and team sites
helmi|Helsingin kaupunki|on-prem|80000-200000|10000-38000|halke=1 *=.12|intranet|Helmi-intra;Helmi;Helmi, kaupungin sähköinen työpöytä;Helmi-intranet;HELMI intranet|Kaupungin intranet ja sähköinen työpöytä;Sisäinen viestintä ja ohjeet;Intranät för personalen
m365|Microsoft|SaaS|40000-600000|50-38000|taske=1 *=.45|office-email;video-meetings|Microsoft 365;Office 365;MS Office 365;O365;Office365;Microsoft Office 365 (Outlook, Skype)|Sähköposti, kalenteri ja toimisto-ohjelmat;Toimisto-ohjelmat ja sähköposti koko henkilöstölle;E-post och kontorsprogram;E-mail, calendar and office tools
exchange|Microsoft|on-prem|20000-90000|500-20000|taske=.8 hkl=.5|office-email|Microsoft Exchange Server 2010;Exchange 2010;MS Exchange;Exchange-sähköposti|Sähköpostipalvelin ja kalenterit;Sähköposti ja kalenterit
lync|Microsoft|on-prem|5000-30000|100-8000|*=.12|video-meetings;telephony|Skype for Business;Lync;Microsoft Office Lync;Lync 2013;SfB|Pikaviestintä ja videoneuvottelut;Verkkokokoukset ja läsnäolotieto;Video meetings and chat
adobeconnect|Adobe|SaaS|2000-12000|10-200|*=.05 oiva=.8|video-meetings|Adobe Connect;Adobe Connect Pro;Connect Pro|Verkkoluennot ja webinaarit;Etäkoulutukset ja verkkokokoukset
ad|Microsoft|on-prem|0-40000|500-38000|taske=1 *=.12|identity-access|Active Directory;AD;AD (Active Directory);Acive Directory, AD;Helsinki1 Active Directory;MS Active Directory|Käyttäjätunnusten ja käyttöoikeuksien hallinta;Kirjautuminen ja tunnistautuminen verkkoon;Identity and access management
sccm|Microsoft|on-prem|5000-40000|2-30|*=.08 taske=1|endpoint-management|SCCM (System Center Configuration Manager);Microsoft SCCM;System Center Configuration Manager 2012;ConfigMgr|Työasemien hallinta ja ohjelmistojakelu;Päivitysten ja ohjelmistojen jakelu työasemille
efecte|Efecte Oyj|SaaS|20000-120000|30-400|taske=1 *=.1|itsm|Efecte;EFECTE;Efekte;Efecte ITSM;EFECTE \\nLaiterekisteri;Efecte Service Management|IT-tukipyyntöjen ja muutosten hallinta;Helpdesk, tikettijärjestelmä ja laiterekisteri;IT service desk and asset register
topdesk|TOPdesk Finland Oy|SaaS|6000-30000|10-150|*=.04 hkl=.8 palmia=.6|itsm|TOPdesk;Topdesk;TOPdesk Service Management|Tukipyyntöjen hallinta;Palvelupyynnöt ja vikailmoitukset;Service desk
servicenow|ServiceNow|SaaS|40000-150000|20-300|kir=.6 *=.02|itsm|ServiceNow;Service Now;ServiceNow ITSM|IT-palvelunhallinta;Palvelupyyntöjen ja häiriöiden hallinta;IT service management
webropol|Webropol Oy|SaaS|1500-12000|3-80|*=.38|survey-forms|Webropol;WEBROPOL;Webropol 2.0;Webropol-kyselytyökalu;webropol.fi|Asiakastyytyväisyyskyselyt ja sähköiset lomakkeet;Kyselyt ja palautteet;Enkäter och formulär;Surveys and online forms
questback|Questback Oy|SaaS|3000-15000|3-40|*=.06|survey-forms|Questback;QuestBack;Questback Essentials|Henkilöstö- ja asiakaskyselyt;Kyselytutkimukset
digium|Digium Oy|SaaS|2000-10000|3-40|*=.05|survey-forms|Digium;Digium Enterprise;Digium-kyselyt|Asiakaskyselyt ja palautteen keruu;Kyselyt ja tutkimukset
msforms|Microsoft|SaaS|0-3000|5-300|*=.04|survey-forms|Microsoft Forms;MS Forms;Forms (Office 365)|Lomakkeet ja pikakyselyt;Ilmoittautumislomakkeet
drupal|Wunder Finland Oy|SaaS|5000-40000|5-60|*=.12|web-publishing|Drupal;Drupal 7;Drupal-julkaisujärjestelmä;Drupal CMS|Viraston verkkosivujen julkaisu;Verkkosivut ja sisällönhallinta;Publicering av webbsidor;Website content management
liferay|Liferay Inc.|on-prem|20000-80000|10-100|*=.04 kanslia=.8|web-publishing|Liferay;Liferay Portal;Liferay DXP|Verkkopalvelun sisällönhallinta ja portaali;Portaalin julkaisu
wordpress|WordPress (avoin lähdekoodi)|SaaS|500-8000|2-30|*=.15|web-publishing|WordPress;Wordpress;WordPress-sivusto;WP-julkaisualusta|Kampanja- ja hankesivustot;Blogit ja tapahtumasivut;Blogs and campaign sites
vismasign|Visma Solutions Oy|SaaS|1000-8000|5-100|*=.08|e-signature|Visma Sign;VismaSign;Visma Sign sähköinen allekirjoitus|Sopimusten sähköinen allekirjoitus;Elektronisk underskrift av avtal;Electronic signing of contracts
onnistuu|Onnistuu.fi Oy|SaaS|500-5000|3-40|*=.04|e-signature|Onnistuu.fi;Onnistuu;Onnistuu sähköinen allekirjoitus|Sähköinen allekirjoitus;Asiakirjojen sähköinen allekirjoittaminen
severa|Visma Solutions Oy|SaaS|3000-20000|5-80|*=.03 att=.5 tilakeskus=.4|project-portfolio|Visma Severa;Severa;Severa PSA|Projektien ja tuntien seuranta;Projektinhallinta ja resursointi
planman|Planman Oy|SaaS|4000-20000|10-100|ksv=.6 hkr=.5 *=.02|project-portfolio|PlanMan Project;Projektinhallinta (PlanMan Project);Planman|Projektien aikataulut ja resurssit;Projektisalkun hallinta
msproject|Microsoft|on-prem|3000-25000|5-100|*=.04|project-portfolio|Microsoft Project Server;MS Project Server;Project Online|Projektisalkun hallinta ja aikataulut;Projektien suunnittelu
jira|Atlassian|SaaS|1000-10000|5-80|*=.03 kir=.7|project-portfolio|Jira;JIRA;Atlassian Jira|Kehitystehtävien ja projektien seuranta;Kehitysprojektien tehtävienhallinta
dynamics|Microsoft|SaaS|10000-80000|10-200|*=.04 kanslia=.7|crm|Microsoft Dynamics 365;Dynamics 365 CRM;MS Dynamics CRM;Microsoft Dynamics XRM;Dynamics CRM|Asiakkuuksien ja sidosryhmien hallinta;Yritysasiakkuuksien hallinta;Customer relationship management
salesforce|Salesforce|SaaS|15000-60000|10-100||crm|Salesforce;Salesforce CRM;Salesforce Sales Cloud|Asiakkuudenhallinta;Asiakkaiden ja yhteydenottojen hallinta
hilma|Hansel Oy|SaaS|0-2000|5-50|hank=1 *=.04|procurement|Cloudia Kilpailutus;Cloudia;Tarjouspalvelu.fi (Cloudia)|Hankintojen kilpailuttaminen ja tarjousten vertailu;Kilpailutus ja hankintapäätökset;Upphandling
contractmgr|Sopimuspankki Oy|SaaS|2000-15000|5-60|hank=.7 *=.03|contract-management|Sopimuspankki;Sopimuspankki.fi;SOPIMUSPANKKI|Sopimusten hallinta ja määräaikojen seuranta;Sopimusrekisteri
bo|SAP|on-prem|20000-90000|20-600|taske=1 *=.08|reporting-bi|SAP BusinessObjects;Business Objects;BO;SAP BO;HETA SAP Business Objects InfoView;SAP BI|Johdon raportointi ja tunnusluvut;Talouden ja toiminnan raportointi;Management reporting
qlik|Qlik|on-prem|8000-40000|10-300|*=.08 sote=1|reporting-bi|QlikView;Qlik Sense;Qlikview;QlikView 11|Toiminnan raportointi ja analytiikka;Raportointi ja tietovarasto;Rapportering
powerbi|Microsoft|SaaS|1000-15000|5-200|*=.06|reporting-bi|Power BI;PowerBI;Microsoft Power BI|Raportointi ja visualisointi;Dashboardit ja raportit
cognos|IBM|on-prem|10000-50000|10-200|*=.03 opev=.7|reporting-bi|Cognos BI;IBM Cognos;Cognos|Opetustoimen raportointi;Tilastot ja raportit
gentia|Gentia Software|on-prem|3000-15000|5-40|sote=.7|reporting-bi|Gentia;GENTIA \\nJohdon tietojärjestelmä;Gentia johdon tietojärjestelmä|Johdon tietojärjestelmä;Tavoitteiden ja toiminnan seuranta
sas|SAS Institute|on-prem|20000-80000|5-40|tieke=1 sote=.5|statistics-research|SAS;SAS Enterprise Guide;SAS 9.4|Tilastollinen analyysi ja tutkimus;Tutkimusaineistojen analysointi;Statistical analysis
pcaxis|Tilastokeskus|on-prem|0-3000|5-30|tieke=1 *=.02|statistics-research|PC-Axis;PC-Axis 2006;PX-Web|Tilastotietokantojen julkaisu;Tilastojen jakelu verkossa
basware_ip|Basware Oyj|SaaS|30000-180000|100-4000|talpa=1 *=.2|invoice-processing|Basware IP;Basware Invoice Processing;BIP Basware Invoice Processing;Basware Invoice Prosessing;BIP;Basware IP -ostolaskujen kierrätys;Invoice Processing;Basware Invoice Processing Workstation|Ostolaskujen kierrätys, tarkastus ja hyväksyntä;Sähköinen ostolaskujen käsittely;Hantering av inköpsfakturor;Purchase invoice approval workflow
basware_fin|Basware Oyj|on-prem|20000-90000|20-200|talpa=.9 palmia=.4|accounting|Basware Finance;BasWare Finance;BWF;Basware Financials|Kirjanpito ja reskontrat;Pääkirjanpito
basware_pay|Basware Oyj|on-prem|10000-50000|5-60|talpa=1 hkl=.4|payments|Basware Maksuliikenne;Basware maksuliikenne;Basware Maksuliikenne / Analyste / Kokopankki;Basware In-house Banking|Maksuliikenne ja pankkiyhteydet;Maksujen välitys pankkeihin;Payment transactions
basware_bp|Basware Oyj|on-prem|8000-40000|20-400|taske=1 *=.06|budgeting|Basware Business Planning;BasWare Business Planning;Basware BP;Tasu BP (Business Planning)|Talousarvion ja suunnitelmien laadinta;Budjetointi ja ennusteet;Budgetering
basware_kassa|Basware Oyj|on-prem|2000-15000|5-50|talpa=.6 liv=.5 zoo=.4 *=.02|point-of-sale|Basware Palvelukassa;Basware palvelukassa;Palvelukassa|Käteiskassa ja maksupäätteet asiakaspalvelupisteissä;Kassajärjestelmä
sap|SAP|on-prem|200000-900000|300-3000|taske=1 talpa=1 hkl=.8 *=.05|accounting;fixed-assets|SAP;SAP ERP;SAP Laske;Laske;LASKE;SAP taloushallinnon palvelut;SAP \\nTaloushallinnon järjestelmä|Kaupungin kirjanpito, reskontrat ja käyttöomaisuus;Taloushallinnon laskentajärjestelmä;Bokföring;Financial accounting and fixed assets
raindance|CGI Suomi Oy|on-prem|50000-250000|100-1500||accounting;budgeting|Raindance;Raindance Enterprise;CGI Raindance|Kirjanpito ja budjetointi;Taloushallinto ja talousarvion seuranta
opuscapita|OpusCapita Oy|SaaS|10000-60000|5-50|hkl=.5 palmia=.4|payments|OpusCapita Maksuliikenne;OpusCapita;Opus Capita|Maksuliikenne ja kassanhallinta;Pankkiyhteydet
m2|Visma Solutions Oy|SaaS|15000-80000|1000-20000|talpa=1 *=.15|travel-expenses|M2;M2 \\nMatkahallintaohjelma;M2-matkalaskujärjestelmä;M2 matka- ja kuluhallinta|Matka- ja kululaskujen käsittely;Virkamatkat ja luottokorttiostot;Travel and expense claims
hijat|Helsingin kaupunki|on-prem|300000-900000|400-2000|heke=1 *=.15|hr-management;payroll|HIJAT;Hijat;HIJAT \\nPalkanlaskennan ja henkilöstöhallinnon tietojärjestelmä;HIJAT henkilöstöhallinto;HRHijat;HIJAT, eHijat|Henkilöstö- ja palkkatietojärjestelmä;Palkanlaskenta ja palvelussuhteiden hallinta;Lönehantering och personaladministration
personec|Visma Enterprise Oy|on-prem|40000-160000|20-400|hkl=1 palmia=.6|hr-management;payroll|Personec F;Visma Personec F;Personec;Personec F palkat|Palkanlaskenta ja henkilöstöhallinto;Palkat ja palvelussuhteet
sarastia|Sarastia Oy|SaaS|30000-150000|20-800|stara=.5|payroll|Sarastia;Sarastia 365;Sarastia Palkat;Sarastia palkanlaskenta|Palkanlaskenta palveluna;Palkkojen laskenta ja maksatus
mepco|Mepco Oy|SaaS|20000-120000|20-600||payroll;time-tracking|Mepco;Mepco HRM;MEPCO|Palkanlaskenta ja työajanseuranta;Palkat ja työaikakirjaukset
titania|CGI Suomi Oy|on-prem|60000-400000|200-9000|SOTE=1 pel=1 hkl=.6 palmia=.6 stara=.5 liv=.3 zoo=.3|shift-planning;time-tracking|Titania;TITANIA;Titania \\nTyöajansuunnittelu- ja -hallintajärjestelmä;MD-Titania;CGI Titania;Titania työvuorosuunnittelu|Työvuorosuunnittelu ja työajan seuranta;Työvuorolistat ja poissaolot;Arbetsskiftsplanering;Shift planning and working time
timecon|Timecon Oy|on-prem|3000-20000|30-800|*=.08|time-tracking|Timecon;TIMECON \\nTyöajanseuranta;Timecon 22-järjestelmä;Timecon työajanseuranta ja kulunvalvonta|Työajanseuranta ja leimaukset;Liukuvan työajan seuranta
kronos|Kronos Incorporated|SaaS|15000-80000|50-1500|*=.03|time-tracking;shift-planning|Kronos;Kronos Workforce Central;Kronos Workforce|Työajan seuranta ja vuorosuunnittelu;Workforce management
kuntarekry|Kuntarekry Oy|SaaS|5000-40000|20-500|heke=1 *=.12|recruitment|Kuntarekry;Kuntarekry.fi;Kuntarekry-rekrytointijärjestelmä;KUNTAREKRY|Rekrytointi ja työpaikkailmoitukset;Hakemusten käsittely;Rekrytering;Recruitment
laura|Talentum Oyj|SaaS|3000-20000|10-100|*=.02|recruitment|Laura;Laura rekrytointijärjestelmä;Laura Rekry|Rekrytointi;Hakijoiden hallinta
haipro|Awanic Oy|SaaS|3000-15000|100-9000|*=.25 SOTE=1|occupational-health|HaiPro;Haipro;HaiPro vaaratapahtumat;HAIPRO|Vaaratapahtumien ja läheltä piti -tilanteiden raportointi;Työturvallisuusilmoitukset;Incident reporting
moodle|Moodle (avoin lähdekoodi)|SaaS|2000-20000|30-5000|oiva=1 opev=.6 *=.03|learning-platform;learning-management|Moodle;Moodle 3;Moodle-oppimisympäristö;moodle|Verkkokurssit ja oppimisympäristö;Henkilöstön verkkokoulutukset;Lärplattform
fronter|Pearson Education|SaaS|20000-90000|500-40000|opev=1 *=.01|learning-platform|Fronter;Fronter_Terke Verkko-oppimisympäristö;Fronter 19;Fronter-oppimisalusta|Verkko-oppimisympäristö kouluille;Digitaalinen oppimisympäristö
gsuite|Google|SaaS|0-20000|1000-40000|opev=.9|learning-platform|G Suite for Education;Google Apps for Education;Google G Suite;G Suite|Oppilaiden ja opettajien pilvityökalut;Opetuksen pilvipalvelut
wilma|Visma (ent. StarSoft Oy)|SaaS|80000-300000|5000-60000|opev=1 arbis=.5 sto=.3|pupil-administration|Wilma;Visma Wilma;WILMA (Visma InSchool);WILMA;Wilma-palvelu;StarSoft Wilma|Oppilashallinto ja kodin ja koulun viestintä;Arviointi, poissaolot ja tiedotteet;Elevadministration och kommunikation mellan hem och skola;Pupil administration and home-school messaging
primus|Visma (ent. StarSoft Oy)|on-prem|30000-120000|100-1500|opev=1 arbis=.4|pupil-administration|Primus;StarSoft Primus;Primus-oppilashallinto;PRIMUS|Oppilas- ja opiskelijarekisteri;Oppilashallinnon rekisterit ja todistukset
effica_ece|Tieto Oyj|on-prem|40000-150000|200-2000|vakava=1|early-childhood|Effica päivähoito;Effica varhaiskasvatus;Päivähoidon Effica;Effica-päivähoito|Varhaiskasvatuksen hakemukset, sijoitukset ja asiakasmaksut;Päivähoidon asiakastiedot ja laskutus
daisy|Daisy Solutions Oy|SaaS|20000-90000|200-3000|vakava=.8|early-childhood|Daisy;DaisyNet;Daisy Family;DAISY|Lasten läsnäolon ja hoitoaikojen seuranta;Päiväkotien toiminnanohjaus;Närvaro i daghem
pegasos|CGI Suomi Oy|on-prem|1200000-3500000|3000-9000|sote=1|patient-records;appointment-booking|Pegasos;PEGASOS;Pegasos  \\nTerveydenhuollon tietojärjestelmä;CGI Pegasos;Pegasos potilastietojärjestelmä|Terveydenhuollon potilastiedot ja ajanvaraus;Potilaskertomus ja ajanvaraus terveysasemilla;Patientdatasystem
effica|Tieto Oyj|on-prem|400000-1500000|500-5000||patient-records|Effica;Terveys-Effica;Effica terveydenhuolto;Effica potilaskertomus;Tieto Effica|Potilastietojärjestelmä;Terveydenhuollon potilaskertomus
lifecare|Tieto Oyj|on-prem|300000-1200000|300-4000||patient-records;home-care|Lifecare;Tieto Lifecare;LifeCare;Lifecare potilastietojärjestelmä|Potilastiedot ja kotihoidon kirjaukset;Terveydenhuollon ja kotihoidon asiakastiedot
mediatri|Mediconsult Oy|on-prem|100000-400000|100-1200||patient-records|Mediatri;Mediatri potilastietojärjestelmä;MEDIATRI|Potilastiedot ja hoitokertomus;Potilastietojärjestelmä
apotti|Epic Systems Corporation|SaaS|3000000-9000000|100-500|sote=1|patient-records;social-care-records|Apotti;Apotti (Epic);Epic;Epic / Apotti;Apotti-järjestelmä|Uusi sosiaali- ja terveydenhuollon asiakas- ja potilastietojärjestelmä;Sote-tietojärjestelmän uudistus (Apotti-hanke)
acute|Acute-Data Oy|on-prem|30000-120000|50-250|tyke=1|patient-records;occupational-health|Acute;Acute-työterveys;Työterveyshuollon potilashallinnon atk-järjestelmä (Acute)|Työterveyshuollon potilastiedot;Työterveyden asiakastiedot ja laskutus
effica_sos|Tieto Oyj|on-prem|300000-900000|500-3000|sote=1|social-care-records;income-support;child-welfare|Effica sosiaalihuolto;Effica-YPH \\nPerheneuvola & Lastensuojelu;Effica sosiaalitoimi;Sosiaalihuollon Effica;Effica toimeentulotuki|Sosiaalihuollon asiakastiedot, toimeentulotuki ja lastensuojelu;Sosiaalityön asiakaskirjaukset ja päätökset;Klientdata inom socialvården
proconsona|CGI Suomi Oy|on-prem|80000-300000|50-600|sote=1|social-care-records;child-welfare|ProConsona;Pro Consona;ProConsona\\nLastenvalvojan järjestelmä (+Adoptio);ELTO \\nProconsona elatusturva-arkisto;Pro Consona sosiaalitoimi|Lastenvalvonta, elatusasiat ja adoptio;Perheoikeudelliset palvelut ja sosiaalihuollon asiakastiedot
effica_dent|Tieto Oyj|on-prem|60000-250000|200-800|sote=1|dental-care|Effica suun terveydenhuolto;Effica Suun Terveydenhuollon  järjestelmä;Effica hammashoito|Suun terveydenhuollon potilastiedot;Hammashoitoloiden ajanvaraus ja kirjaukset
raisoft|RAIsoft Oy|SaaS|20000-90000|100-1500|sote=1|home-care|RAIsoft.net;RAI-HC \\nAsiakkaan arviointijärjestelmä;RAI-LTC \\nAsiakkaan arviointijärjestelmä;RAIsoft|Ikäihmisten palvelutarpeen arviointi;Kotihoidon ja ympärivuorokautisen hoidon arviointi
miratel|Miratel Oy|on-prem|10000-60000|200-2000|sote=1|home-care|Miratel;MIRATEL  \\nHoitajankutsujärjestelmä;Miratel hoitajakutsu|Hoitajakutsujärjestelmä palvelutaloissa;Turvapuhelimet ja hoitajakutsut
navici|Navici Oy|SaaS|10000-50000|50-500|sote=.8|appointment-booking|Navici;Navici ajanvaraus;NAVICI|Sähköinen ajanvaraus asukkaille;Vastaanottoaikojen varaus verkossa
weblab|Mylab Oy|on-prem|20000-80000|10-60|tyke=1|laboratory|WebLab \\nLaboratoriojärjestelmä;WebLab;Weblab-laboratoriojärjestelmä|Työterveyslaboratorion tutkimukset ja tulokset;Laboratoriotutkimusten hallinta
weblims|LabWare|on-prem|15000-60000|10-60|ymk=1|laboratory;environmental-monitoring|WebLims;LIMS;WebLIMS-laboratoriojärjestelmä|Ympäristölaboratorion näytteet ja tulokset;Vesinäytteiden analyysit
carestream|Carestream Health|on-prem|60000-250000|100-800|sote=1|medical-imaging|Carestream PACS;Röntgentietojärjestelmä Carestream Vue motion /Pacs;Carestream Vue PACS|Röntgenkuvien arkistointi ja katselu;Kuvantamisen tietojärjestelmä
digora|Soredex|on-prem|5000-30000|20-200|sote=.8|medical-imaging;dental-care|Digora;Digora for Windows;DIGORA|Hammasröntgenkuvien käsittely;Suun terveydenhuollon kuvantaminen
atchost|Tamro Oyj|SaaS|10000-50000|20-200|sote=.8|medication|ATC-Host \\nLääkkeiden annosjakelu;ATC-Host;ATC-Host annosjakelu|Lääkkeiden koneellinen annosjakelu;Annosjakelun tilaukset
pronto|Pelastusopisto|SaaS|0-2000|50-600|pel=1|rescue-services|PRONTO;Pronto;PRONTO-resurssi- ja onnettomuustilasto|Pelastustoimen resurssi- ja onnettomuustilastointi;Onnettomuusselosteet
kejo|Sisäministeriö|SaaS|0-2000|50-400|pel=1|rescue-services|KEJO;Kejo;KEJO-valvontajärjestelmä|Palotarkastukset ja valvontasuunnitelmat;Pelastustoimen valvontatehtävät
merlot|CGI Suomi Oy|SaaS|20000-80000|100-500|pel=.9|rescue-services;patient-records|Merlot Medi;MERLOT Medi;Merlot ensihoitokertomus|Ensihoidon sähköinen potilaskertomus;Ensihoitotehtävien kirjaaminen
locus|Trimble Solutions Oy|on-prem|60000-250000|50-600|kv=1 ksv=.8 hkr=.5 rava=.3|gis;land-use-planning|Trimble Locus;Locus;TRIMBLE LOCUS;Locus-paikkatietojärjestelmä;Trimble Locus GIS|Paikkatietojen ylläpito ja kaavoitus;Kantakartta, asemakaavat ja osoitteet;Geografisk information;Geographic information and zoning
tconnect|Trimble Solutions Oy|SaaS|3000-20000|10-200|ksv=.5 hkr=.5 tilakeskus=.4 att=.4|document-management;project-portfolio|Trimble Connect;Trimble Connect -projektipankki;TrimbleConnect|Rakennushankkeiden mallien ja dokumenttien jakaminen;Projektipankki urakoitsijoille
projectwise|Bentley Systems|on-prem|10000-60000|20-300|ksv=1 hkr=.7 kv=.4|document-management|Bentley ProjectWise;ProjectWise;Projektiarkisto (Bentley ProjectWise, PW);Projectwise|Suunnitelma-aineistojen hallinta;Projektiaineistojen arkistointi
microstation|Bentley Systems|on-prem|10000-60000|10-200|ksv=1 kv=1 hkr=.6|gis;surveying|Bentley MicroStation;MicroStation;MicroStation V8 CAD- ja paikkaTietojärj.;Microstation V8i|CAD-suunnittelu ja karttojen ylläpito;Suunnittelu- ja kartta-aineistot
mapinfo|Pitney Bowes|on-prem|2000-15000|2-40|*=.05 ymk=.8 sote=.4|gis|MapInfo Professional;MapInfo Professional 10;MapInfo;Mapinfo|Paikkatietoanalyysit ja teemakartat;Karttojen laadinta
arcgis|Esri Finland Oy|on-prem|10000-80000|5-120|ymk=.6 tieke=.5 *=.03|gis|ArcGIS;ESRI ArcGIS;ArcGIS Desktop;Esri ArcGIS Online|Paikkatietoanalyysit ja karttapalvelut;Karttajulkaisut
qgis|QGIS (avoin lähdekoodi)|on-prem|0-2000|2-50|*=.04|gis|QGIS;Qgis;QGIS Desktop|Paikkatietojen katselu ja analyysi;Kartat ja analyysit
terrasolid|Terrasolid Oy|on-prem|5000-30000|2-20|kv=1|surveying|TerraScan;Terrasovellukset;TerraScan / TerraModeler;Terrasolid|Laserkeilausaineistojen käsittely;Maastomallit ja mittausaineistot
lupapiste|Solita Oy|SaaS|20000-90000|20-300|rava=1|building-permits;e-services|Lupapiste;Lupapiste.fi;Lupapiste-asiointipalvelu|Sähköinen rakennuslupien haku ja käsittely;Rakennuslupahakemukset verkossa;Bygglov på nätet
facta|Tieto Oyj|on-prem|60000-250000|50-800|kv=1 rava=1 ksv=.5 *=.02|cadastre;building-permits|Facta;Facta kuntarekisteri;Facta rakennusvalvonta;Facta kiinteistörekisteri;Factan kauppahintaosa;Tieto Facta|Kiinteistö- ja rakennusrekisteri;Rakennusvalvonnan lupakäsittely ja kiinteistötiedot;Fastighetsregister
granlund|Granlund Oy|SaaS|30000-120000|50-600|tilakeskus=1 att=.6 liv=.4 palmia=.3|facility-management|Granlund Manager;Granlund Manager (entinen RYHTI) kiinteistöjen ylläpidon hallintajärjestelmä;Ryhti;Granlund Manager kiinteistöjärjestelmä|Kiinteistöjen ylläpito, huoltokirja ja korjaustarpeet;Kiinteistönpidon hallinta;Fastighetsförvaltning
facilityinfo|Buildercom Oy|SaaS|5000-30000|20-200|tilakeskus=.8 palmia=.6 *=.02|facility-management|FacilityInfo;Pakki (Buildercom FacilityInfo);Buildercom FacilityInfo;Kiinteistöpakki|Kiinteistöjen huoltokirja ja vikailmoitukset;Huoltotoimenpiteiden seuranta
enerkey|Enerkey Oy|SaaS|5000-40000|5-60|tilakeskus=1 att=.3|energy-management|EnerKey;Enerkey;EnerKey-energianhallinta|Kiinteistöjen energiankulutuksen seuranta;Energian- ja vedenkulutuksen raportointi
tampuuri|Agenteq Solutions Oy|SaaS|10000-60000|10-150|att=1|housing|Tampuuri;Tampuuri (Agenteq Solutions);Tampuuri isännöinti|Vuokra-asuntojen ja asukkaiden hallinta;Isännöinti ja vuokrareskontra
timmi|Timmi Software Oy|SaaS|10000-60000|20-600|liv=.6 opev=.6 kulke=.5 nk=.5 *=.03|facility-booking|Timmi;Timmi tilavaraus;TIMMI;Timmi Tilanvaraus;Timmi-tilanvarausjärjestelmä|Tilojen ja vuorojen varaaminen;Liikunta- ja koulutilojen vuorojako;Lokalbokning;Facility booking
varaamo|Helsingin kaupunki|SaaS|5000-40000|50-500|kir=.8 nk=.4 kanslia=.4 *=.03|facility-booking;e-services|Varaamo;Varaamo (Respa);varaamo.hel.fi;Varaamo-tilavaraus|Tilojen ja laitteiden varaaminen verkossa;Asukkaiden tilavaraukset;Bokning av lokaler
enkora|Enkora Oy|SaaS|20000-90000|20-400|liv=1 zoo=.5 *=.02|sports-services;point-of-sale;access-control|Enkora;Enkora kassajärjestelmä;Enkora verkkokauppa;ENKORA|Uimahallien ja liikuntapaikkojen kassat ja kulunvalvonta;Liikuntapalveluiden verkkokauppa;Kassasystem för simhallar
favurix|Favurix Oy|SaaS|3000-15000|10-100|liv=.7 nk=.5 kulke=.5 *=.02|grants|Favurix;Liikuntaseurojen avustusjärjestelmä (Favurix, ent. Amara);Favurix-avustusjärjestelmä|Avustusten haku, käsittely ja maksatus;Seura-avustukset;Understöd
sierra|Innovative Interfaces|on-prem|150000-400000|200-1000|kir=1|library|Sierra;Helmet-kirjastojärjestelmä (Sierra);Sierra ILS;Helmet Sierra;HelMet-kirjastojen kokoelmatietokanta ja asiakasrekisteri|Kirjastojärjestelmä, lainaus ja kokoelmat;Helmet-kirjastojen aineistot ja asiakasrekisteri;Biblioteksystem;Library management system
koha|Koha-Suomi Oy|SaaS|30000-120000|50-500||library|Koha;Koha-kirjastojärjestelmä;KOHA|Kirjastojärjestelmä;Lainaus ja kokoelmat
prettylib|Mikromarc (ent. PrettyLib)|on-prem|1000-6000|2-20|orkesteri=.6 tieke=.5 arkisto=.3|library|PrettyLib;PrettyLib  \\nKirjastojärjestelmä;PrettyLib4;PretyLib|Erikoiskirjaston kokoelmat;Käsikirjaston luettelointi
museoplus|Zetcom AG|on-prem|20000-80000|10-80|kmuseo=1 taimu=.3|museum-collections|MuseoPlus;MuseumPlus;Museoplus RIA;MuseumPlus RIA|Museokokoelmien luettelointi ja hallinta;Kokoelmatietokanta;Samlingsförvaltning;Museum collection management
zims|Species360|SaaS|5000-15000|5-30|zoo=1|museum-collections|ZIMS;ZIMS -eläinrekisteri;Species360 ZIMS|Eläinyksilöiden rekisteri ja hoitotiedot;Eläintarhojen kansainvälinen eläinrekisteri
lippupalvelu|Ticketmaster Suomi Oy|SaaS|2000-20000|5-60|kulke=1 orkesteri=1 zoo=.5 liv=.3|event-ticketing|Lippupalvelu;Lippupalvelu ja Lippupiste;Ticketmaster (Lippupalvelu);Lippupiste|Tapahtumien ja konserttien lipunmyynti;Pääsylippujen myynti verkossa;Biljettförsäljning
tiketti|Tiketti Oy|SaaS|1000-10000|5-40|kulke=.4 nk=.3|event-ticketing|Tiketti;Tiketti.fi;Tiketti lipunmyynti|Tapahtumien lipunmyynti;Konserttilippujen myynti
hastus|Giro Inc.|on-prem|80000-300000|20-150|hkl=1|public-transport;shift-planning|Hastus;HASTUS;Giro Hastus|Liikennöinnin aikataulu- ja kiertosuunnittelu;Kuljettajien työvuorot ja kierrot
optram|Lander Oy|on-prem|20000-80000|20-200|hkl=.9|public-transport|Optram;OPTRAM;Optram-kunnossapito|Kaluston ja radan kunnossapito;Raitiovaunujen huollot
aromi|CGI Suomi Oy|on-prem|20000-90000|50-400|palmia=1 sote=.5 opev=.3|catering|Aromi;WebMysli \\n(Aromi) ruokapalvelu;CGI Aromi;Aromi ruokapalvelu|Ruokalistat, reseptit ja tilaukset;Ruokapalvelun tuotannonohjaus;Kosthantering
jamix|Jamix Oy|SaaS|5000-40000|20-200|palmia=.6 vakava=.4|catering|Jamix;JAMIX;Jamix ruokapalvelu|Ruokalistat ja erityisruokavaliot;Ruokatilaukset
bewator|Siemens Osakeyhtiö|on-prem|5000-30000|10-100|*=.08|access-control|Bewator;Kulunvalvonta Bewator;Siemens Bewator|Kulunvalvonta ja kulkuoikeudet;Ovien kulkuoikeudet
milestone|Milestone Systems|on-prem|5000-40000|5-60|*=.08 hkl=.8|access-control|Milestone XProtect;XProtect;Milestone VMS|Kameravalvonta ja tallenteet;Valvontakameroiden tallennus
lexmark|Lexmark|on-prem|5000-40000|200-5000|*=.1|printing|Lexmark-turvatulostus;LexmarkTulostusjärjestelmä;Lexmark-turvatulostusjärjestelmä|Turvatulostus ja tulostuksen seuranta;Tulostinpalvelut
papercut|PaperCut Software|on-prem|2000-15000|50-3000|*=.04 opev=.6|printing|PaperCut;PaperCut MF;Papercut|Tulostuksen hallinta ja kiintiöt;Tulostuskiintiöt oppilaille
genesys|Genesys|on-prem|40000-150000|20-300|sote=.7 kanslia=.5|telephony|Genesys;Genesys Contact Center;Genesys-puhelinpalvelu|Puhelinpalvelun jonotus ja takaisinsoitto;Asiakaspalvelukeskuksen puhelinjärjestelmä
zylinc|Zylinc|on-prem|10000-50000|10-200|*=.04|telephony|Zylinc;Zylinc vaihde;Zylinc-vaihdepalvelu|Puhelinvaihde ja vastaanottajan työpöytä;Vaihdepalvelu
kerrokartalla|Helsingin kaupunki|SaaS|2000-10000|5-40|ksv=1 hkr=.4|customer-feedback;e-services|Kerro kartalla;Kerro kartalle;Kerrokartalla.hel.fi|Asukkaiden palaute ja kyselyt kartalla;Karttapohjainen osallistaminen
"""  # noqa: E501

# Helsinki's own and niche systems, from the 2013 register: agency | spellings | functions | purpose
LOCALS_TABLE = """
kanslia|Asiointi.hel.fi;Asiointi.hel.fi \\nSähköisen asioinnin porttaali|e-services|Sähköinen asiointi ja lomakkeet asukkaille
kanslia|Palvelukartta;Palvelukartta.hel.fi|e-services;gis|Kaupungin toimipisteet kartalla
kanslia|Helsinki Region Infoshare;HRI|statistics-research;web-publishing|Avoimen datan julkaisu
kanslia|Luottamushenkilöportaali;Luottamushenkilöportaali (Luppa)|meeting-management|Luottamushenkilöiden kokousaineistot
taske|HETA;HETA \\nTalouden ja toiminnan tietojärjestelmä;Heta|reporting-bi|Talouden ja toiminnan tunnuslukujen raportointi
taske|Kosti;KOSTI;Kosti \\nOstotilausjärjestelmä|procurement|Ostotilaukset ja sopimustoimittajat
taske|YLEISÖ \\nKaupungin yleisökassa;Yleisökassa|point-of-sale|Kaupungin yleisökassan maksut
taske|Perintä-Karhu;PerintäKarhu;Perintä-Karhu  \\nLakimiesyksikön perintäjärjestelmä|billing|Saatavien perintä
taske|Konsernitietojärjestelmä KOTI;KOTI|reporting-bi;accounting|Konserniyhtiöiden talousraportointi
heke|TPJAT;Tpjat|hr-management|Työpaikka- ja vakanssitiedot
heke|NIJAT;Nijat|hr-management|Nimikkeiden ja palvelussuhteiden rekisteri
heke|VAKAT;Vakat|hr-management|Vakanssien hallinta
heke|MEREX;MEREX   \\nKaupungin henkilöstön yhteystiedot;Merex|identity-access|Henkilöstön yhteystiedot ja käyttäjätunnukset
heke|Keikkanet;Keikka.net;Keikkanet \\nTilapäisvuokratyövoiman tilausjärjestelmä|recruitment|Tilapäisen työvoiman tilaus
heke|PAUS;PAUS  \\nUudelleensijoitus|hr-management|Henkilöstön uudelleensijoitus
halke|Kokoussovellus;Kokoussovellus (Ahjo)|meeting-management|Kokousten sähköiset esityslistat
halke|Palautejärjestelmä;Palauteydin \\nPalautejärjestelmä;Palauteydin|customer-feedback|Asukaspalautteen vastaanotto ja käsittely
halke|Kunniamerkkisovellus|case-management|Kunniamerkkiesitysten käsittely
halke|Hel.fi-verkkopalvelu;Hel.fi–internetsivut;Helsinki-portaali|web-publishing|Kaupungin verkkopalvelu hel.fi
talpa|Laskuhotelli|invoice-processing;archive|Laskujen arkisto ja selaus
talpa|Pro eLaskuarkisto;eLaskuarkisto|archive|Sähköisten laskujen arkistointi
tieke|Aluesarjat;Helsingin seudun Aluesarjat -tilastotietokanta|statistics-research|Seudun tilastotietokanta
tieke|Tilastoportaali \\nTilastojen jakelukanava;Tilastoportaali|statistics-research;web-publishing|Tilastojen jakelukanava
hank|Hankintakalenteri|procurement|Tulevien hankintojen suunnittelu
arkisto|Sinetti;Sinetti Arkistotietojärjestelmä|archive|Arkistoluettelointi ja säilytyksen hallinta
arkisto|Arkki;ARKKI  \\nArkistointijärjestelmä;Arkki Arkistonhallinta|archive|Sähköinen arkisto
arkisto|Tasa-sähköinen käyttöarkisto;TASA|archive|Sähköinen käyttöarkisto
oiva|eTaika;eTaika - koulutuksen hallinta|learning-management|Henkilöstökoulutusten ilmoittautumiset
tyke|Työterveyshuollon laskutus|billing|Työterveyspalvelujen laskutus
opev|Oppilaaksiottojärjestelmä|pupil-administration|Kouluun ilmoittautuminen ja oppilaaksiotto
opev|Koulukuljetusjärjestelmä|school-transport|Koulukuljetusten suunnittelu
opev|Opetusverkko;Edu.hel.fi|learning-platform;web-publishing|Opetuksen verkkopalvelu
vakava|Hoitopaikkahaku;Päivähoidon sähköinen haku|early-childhood;e-services|Varhaiskasvatuksen sähköinen hakemus
sto|Kursor;Kursor opistojärjestelmä;KURSOR|course-management|Kurssien suunnittelu, ilmoittautumiset ja laskutus
sto|KUHA;Kuha kurssienhallinta;KUHA-support|course-management|Vanha kurssinhallintajärjestelmä
arbis|Anmälningsystemet|course-management;e-services|Anmälning till kurser på nätet
kir|Kysy kirjastonhoitajalta;Kysy.fi|library;customer-feedback|Tietopalvelu verkossa
kir|Kirjasampo.fi;Kirjasampo|library;web-publishing|Kaunokirjallisuuden verkkopalvelu
kir|Makupalat.fi;Makupalat|library;web-publishing|Linkkikirjasto
kir|Lainausautomaatit;Lainausautomaatit (RFID)|library|Omatoiminen lainaus
kir|Asta - työasemien ajanvaraus;ASTA-palvelu|facility-booking|Asiakastyöasemien varaus
kir|Libnet-lehtitilausjärjestelmä;Libnet|procurement;library|Lehtitilaukset
kulke|Kultus-verkkosivusto;Kultus|web-publishing;event-ticketing|Kulttuuripalvelut kouluille
kulke|Annantalon kameravalvontajärjestelmä|access-control|Kameravalvonta
liv|Venepaikkojen varausjärjestelmä;Venepaikkavaraus|facility-booking|Venepaikkojen vuokraus
liv|Rastilan leirintäaluejärjestelmä|facility-booking;point-of-sale|Leirintäalueen varaukset
liv|mSki latukarttapalvelu;Latukartta|sports-services;gis|Latujen kunto kartalla
nk|NK Jäsenrekisteri;NK-jäsenrekisteri|youth-services|Nuorisotalojen jäsenet
nk|Harrastushaku;Harrastushaku.fi|youth-services;e-services|Harrastusten haku
taimu|TAMU;Taidemuseojärjestelmä TAMU, TAMU atk-rekisteri;Tamu|museum-collections|Taidekokoelmien rekisteri
kmuseo|Finna-liittymä;Finna|museum-collections;web-publishing|Kokoelmien julkaisu Finnassa
orkesteri|Nuottikirjasto|library|Orkesterin nuottiarkisto
orkesteri|Orkesterin työvuorot|shift-planning|Muusikoiden harjoitus- ja konserttivuorot
zoo|Korkeasaaren kassajärjestelmä;SKJ-kassajärjestelmä|point-of-sale;event-ticketing|Pääsylippujen myynti
sote|ASMA \\nAsunnottomien majoitus;ASMA|social-care-records;housing|Asunnottomien majoituksen asiakastiedot
sote|VELKA \\nTalous- ja velkaneuvonta;VELKA|income-support|Talous- ja velkaneuvonnan asiakkuudet
sote|MAMUT \\nMaahanmuuttajien valtionkorvausten laskentaohjelma;MAMUT|income-support|Maahanmuuttajien valtionkorvaukset
sote|SAS-jononhallintajärjestelmä \\nVanhusten palvelujen SAS-prosessi;SAS-jononhallinta|home-care|Hoitopaikkojen jonot
sote|TOPIS  \\nYksityisten palveluntuottajien rekisteri;TOPIS|contract-management|Palveluntuottajien rekisteri
sote|PALMU  \\nPalvelukeskusten asiakkuus- ja tilahallintajärjestelmä.;PALMU|facility-booking;home-care|Palvelukeskusten asiakkaat ja tilat
sote|POTI  \\nLaitosasiakkaiden käyttövarojen hallinta;POTI|income-support|Laitosasiakkaiden käyttövarat
sote|VASTA \\nAsiakasmaksujen maksatusjärjestelmä;VASTA|billing|Asiakasmaksut
sote|RASTA  \\nHuoltosuhteisen työtoiminnan työrahat ja ateriakorvaukset;RASTA|income-support|Työtoiminnan rahat
sote|TYPPI \\nTyövoiman palvelukeskusten järjestelmä;TYPPI|business-services|Työllistämispalvelut
sote|UMAREK \\nVastaanottokeskusten tietojärjestelmä;UMAREK|social-care-records|Vastaanottokeskusten asiakkaat
sote|Netti-Pompidou \\nHuumehoidon tietojärjestelmä;Pompidou|patient-records|Päihdehoidon potilastiedot
sote|HoitoDW  \\nHoitotietojen tietovarasto;HoitoDW|reporting-bi|Hoitotietojen tietovarasto
sote|DW \\nsote Data Warehouse;Sote DW|reporting-bi|Sote-tietovarasto
sote|Kotipalvelun tietojärjestelmä|home-care|Kotipalvelun käynnit
sote|Clinisoft \\nPäivystyksen toiminnanohjaus;Clinisoft|patient-records|Päivystyksen toiminnanohjaus
sote|RAFAELA\\nHoitoisuusluokitus;RAFAELA|patient-records|Hoitoisuusluokitus
sote|Kuljetuspalvelut \\nMaksujen käsittelyjärjestelmä|payments;income-support|Kuljetuspalvelujen maksut
ksv|Kaavat ja liikennesuunnitelmat|land-use-planning|Kaavoitus- ja liikennesuunnitelmien hallinta
ksv|Emme;EMME/4|land-use-planning|Liikenne-ennustemalli
ksv|www.yleiskaava.fi;yleiskaava.fi|web-publishing;land-use-planning|Yleiskaavan verkkosivut
kv|Karttajärjestelmä, Kantakartta 1:500;Karttajärjestelmä, Osoitekanta;Karttajärjestelmä, Pisterekisteri|gis;surveying|Kaupungin karttatietokanta
kv|Maanvuokrajärjestelmä|cadastre;contract-management|Maanvuokrasopimukset
kv|Sopimusvuokrien järjestelmä|contract-management;billing|Sopimusvuokrien laskutus
kv|Tonttihakutietokanta|cadastre;e-services|Tonttien haku
tilakeskus|Haahtela Kustannustieto TAKU;Haahtela TAKU|facility-management|Rakennushankkeiden kustannuslaskenta
tilakeskus|Projektipankki (Buildercom ProjectInfo);ProjectInfo|project-portfolio;document-management|Rakennusprojektien dokumentit
rava|WebTarkastaja|building-permits|Rakennustarkastusten kirjaukset
rava|Rakennusvalvonnan sähköinen arkisto;Arska;ARSKA|archive;building-permits|Rakennuslupapiirustusten arkisto
att|Asumisoikeusasunto -järjestelmä;Asumisoikeusjärjestelmä|housing|Asumisoikeusasuntojen haku
att|Hitas -järjestelmä;Hitas|housing|Hitas-asuntojen hintasääntely
hkr|Kaivuulupa-sovellus;Kaivuulupa|street-maintenance;building-permits|Katualueiden kaivuluvat
hkr|Leikkivälineseuranta|street-maintenance|Leikkipaikkojen tarkastukset
hkr|Puuvauriosovellus|street-maintenance|Katupuiden vauriot
hkr|Pysäköinninvalvonnan järjestelmä;Pysäköinninvalvonta|parking|Pysäköintivirhemaksut
stara|Arrow kunnossapito-ohjelmisto;Arrow|street-maintenance|Katujen ja puistojen kunnossapitotyöt
stara|Mobilog|time-tracking|Työmaiden tuntikirjaukset mobiilisti
stara|AKP Vuokraus;AKP Ajoluvat|fleet|Ajoneuvojen vuokraus ja ajoluvat
stara|LEO - Varastoautomaatio;LEO|logistics|Varastoautomaatio
stara|Kukkamyyntisovellus|point-of-sale|Kukkien myynti
hkl|Raition raportointi|reporting-bi|Raitioliikenteen raportointi
hkl|Scada;Metron Scada|public-transport|Metron ohjausjärjestelmä
hkl|Infotaulujärjestelmä|public-transport|Pysäkkien matkustajainformaatio
ymk|Meluntorjunnan tietojärjestelmä;Meluntorjunnan Tietojärj.|environmental-monitoring|Melutiedot ja meluselvitykset
ymk|YHTI;Yhti|environmental-health|Ympäristöterveydenhuollon valvonta
ymk|Tupakkaluparekisteri, TURRE;TURRE|environmental-health|Tupakan myyntiluvat
ymk|Vesireki|environmental-monitoring|Vesistöjen tarkkailutulokset
ymk|Envidas Ultimate;Envidas|environmental-monitoring|Ilmanlaadun mittausasemat
pel|Pelastuslaitoksen varallaolojärjestelmä|shift-planning|Varallaolot ja hälytysvalmius
palmia|Palmian kameravalvonta|access-control|Kameravalvonta
palmia|WebCard henkilöstökorttisovellus (Palmia);WebCard|access-control|Henkilökorttien tulostus
palmia|Atop\\nSiivouksen suunnittelu- ja mitoitus;Atop|facility-management|Siivouksen mitoitus
palmia|Palmia takaisinsoittojärjestelmä|telephony|Takaisinsoitot asiakkaille
"""  # noqa: E501

# Helsinki products other cities replace with their own choice (one per city).
ALTERNATIVES = {
    "ahjo": ("ahjo", "dynasty", "tweb", "casem"),
    "pegasos": ("pegasos", "effica", "lifecare", "mediatri"),
    "effica_sos": ("effica_sos", "proconsona"),
    "effica_ece": ("effica_ece", "daisy"),
    "hijat": ("personec", "sarastia", "mepco"),
    "sap": ("sap", "raindance", "basware_fin"),
    "sierra": ("sierra", "koha"),
    "helmi": ("sharepoint", "helmi"),
    "fronter": ("fronter", "moodle", "gsuite"),
    "efecte": ("efecte", "topdesk", "servicenow"),
    "kuntarekry": ("kuntarekry", "laura"),
    "titania": ("titania", "kronos", "titania"),
}

# Topics for generated local systems: sector (or *) | name stem | functions | purpose
TOPICS_TABLE = """
*|avustus|grants|Avustushakemusten käsittely ja maksatus
*|tilavaraus|facility-booking|Tilojen ja laitteiden varaus
*|palaute|customer-feedback|Asiakaspalautteen vastaanotto ja käsittely
*|tilasto|statistics-research|Tilastojen tuottaminen
*|raportointi|reporting-bi|Toiminnan raportointi ja tunnusluvut
*|sopimus|contract-management|Sopimusten hallinta ja seuranta
*|projekti|project-portfolio|Projektien seuranta
*|asiakas|crm|Asiakkuuksien ja yhteystietojen hallinta
*|kalusto|fleet|Ajoneuvojen ja kaluston seuranta
*|varasto|logistics|Varastokirjanpito ja materiaalit
*|kulunvalvonta|access-control|Kulunvalvonta ja kameravalvonta
*|dokumentti|document-management|Asiakirjojen tallennus ja jakaminen
*|arkisto|archive|Arkistoluettelo ja säilytysajat
*|asiointi|e-services|Sähköinen asiointi asukkaille
*|koulutus|learning-management|Henkilöstön koulutusten hallinta
KESK|lasku|billing|Myyntilaskutus ja reskontra
KESK|budjetti|budgeting|Talousarvion valmistelu
KESK|henkilöstö|hr-management|Henkilöstötietojen hallinta
KESK|hankinta|procurement|Hankintojen suunnittelu ja tilaukset
SOTE|asiakasmaksu|billing;income-support|Asiakasmaksujen laskenta
SOTE|kotihoito|home-care|Kotihoidon käynnit ja reitit
SOTE|lastensuojelu|child-welfare|Lastensuojeluilmoitukset
SOTE|toimeentulo|income-support|Toimeentulotukihakemukset
SOTE|vastaanotto|appointment-booking|Vastaanottoaikojen varaus
SOTE|hoito|patient-records|Hoitotietojen kirjaaminen
SOTE|lääke|medication|Lääkehuolto
KYMP|katu|street-maintenance|Katujen kunnossapito
KYMP|puisto|street-maintenance|Puistojen hoito
KYMP|melu|environmental-monitoring|Melun ja ilmanlaadun seuranta
KYMP|kaava|land-use-planning|Kaavoitus
KYMP|mittaus|surveying|Maastomittaukset
KYMP|pysäköinti|parking|Pysäköinnin valvonta
KYMP|asunto|housing|Vuokra-asuntojen hakemukset
KYMP|kiinteistö|facility-management|Kiinteistöjen ylläpito
KYMP|lupa|building-permits|Lupahakemusten käsittely
KYMP|kartta|gis|Karttapalvelu
KASKO|oppilas|pupil-administration|Oppilastietojen hallinta
KASKO|kuljetus|school-transport|Koulukuljetukset
KASKO|kurssi|course-management|Kurssien ilmoittautumiset
KASKO|päiväkoti|early-childhood|Päiväkotien hakemukset ja sijoitukset
KASKO|oppimis|learning-platform|Verkko-oppimisympäristö
KUVA|kokoelma|museum-collections|Kokoelmien luettelointi
KUVA|tapahtuma|event-ticketing|Tapahtumat ja lipunmyynti
KUVA|liikunta|sports-services|Liikuntapalvelut
KUVA|nuoriso|youth-services|Nuorisotoiminta
KUVA|kirjasto|library|Kirjastoaineistot
"""  # noqa: E501
# fmt: on


@dataclass(frozen=True, slots=True)
class Agency:
    """A former agency: who owns rows, how they spell themselves, where they went in 2017."""

    key: str
    name: str
    group: str
    size: int
    ref_style: str
    spellings: tuple[str, ...]
    sector: str


@dataclass(frozen=True, slots=True)
class Product:
    """A catalogue product: every spelling names it; functions are the truth labels."""

    id: str
    vendor: str
    delivery: str
    cost: tuple[int, int]
    users: tuple[int, int]
    owners: tuple[tuple[str, float], ...]
    functions: tuple[str, ...]
    spellings: tuple[str, ...]
    purposes: tuple[str, ...]
    local_to: str | None = None
    """Agency key for a local (one-city) system; None for a market product."""


@dataclass(frozen=True, slots=True)
class TruthRow:
    """What one sheet row really is; see samples/README.md for the file format."""

    sheet: str
    row: int
    system_name: str
    product: str
    functions: tuple[str, ...]
    department: str
    sector: str
    kind: str
    annual_cost_eur: float | None = None
    contract_end: str = ""
    """ISO date, `open` for "toistaiseksi", empty if unknown."""

    def to_csv(self) -> list[str]:
        cost = "" if self.annual_cost_eur is None else f"{self.annual_cost_eur:.2f}"
        cost = cost.rstrip("0").rstrip(".") if "." in cost else cost
        return [
            self.sheet,
            str(self.row),
            self.system_name,
            self.product,
            ";".join(self.functions),
            self.department,
            self.sector,
            self.kind,
            cost,
            self.contract_end,
        ]


@dataclass(frozen=True, slots=True)
class SampleSheet:
    """One worksheet: all its rows from row 1, as cell values (None = empty cell)."""

    name: str
    rows: tuple[tuple, ...]
    columns: tuple[str, ...] = ()
    """Header texts in this sheet's order (empty for sheets without an inventory)."""
    header_row: int = 0
    """1-based row of the header; data start below it."""
    hidden: bool = False
    merged: tuple[str, ...] = ()
    truth: tuple[TruthRow, ...] = ()
    order: tuple[int, ...] = ()
    """Index into COLUMNS of each written column (so CSV output can use one layout)."""


@dataclass(frozen=True, slots=True)
class SampleInventory:
    """A whole generated workbook and its ground truth."""

    sheets: tuple[SampleSheet, ...]
    seed: int
    truth: tuple[TruthRow, ...]


def _split(text: str) -> tuple[str, ...]:
    return tuple(x.replace("\\n", "\n") for x in text.split(";") if x)


def _range(text: str) -> tuple[int, int]:
    lo, hi = text.split("-")
    return int(lo), int(hi)


def load_orgmap(path: Path | None = None) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Agency name -> (2017 sector, aliases) from the built-in Helsinki 2017 map."""
    path = path or DATA / "orgmap_helsinki2017.csv"
    with path.open(encoding="utf-8", newline="") as f:
        return {r["agency"]: (r["sector"], _split(r["aliases"])) for r in csv.DictReader(f)}


def _agencies() -> tuple[Agency, ...]:
    orgmap = load_orgmap()
    out = []
    for line in AGENCIES_TABLE.strip().splitlines():
        key, name, group, size, ref, spellings = line.split("|")
        out.append(Agency(key, name, group, int(size), ref, _split(spellings), orgmap[name][0]))
    return tuple(out)


def _owners(text: str) -> tuple[tuple[str, float], ...]:
    return tuple((k, float(v)) for k, v in (tok.split("=") for tok in text.split()))


def _products() -> dict[str, Product]:
    out = {}
    for line in PRODUCTS_TABLE.strip().splitlines():
        pid, vendor, delivery, cost, users, owners, funcs, spell, purposes = line.split("|")
        out[pid] = Product(
            pid,
            vendor,
            delivery,
            _range(cost),
            _range(users),
            _owners(owners),
            _split(funcs),
            _split(spell),
            _split(purposes),
        )
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold().replace("ä", "a").replace("ö", "o")).strip(
        "-"
    )


def _locals() -> tuple[Product, ...]:
    out = []
    for line in LOCALS_TABLE.strip().splitlines():
        agency, spell, funcs, purpose = line.split("|")
        spellings = _split(spell)
        pid = f"local:hki:{_slug(spellings[0].split(chr(10))[0])}"
        out.append(
            Product(
                pid,
                "",
                "on-prem",
                (2000, 40000),
                (5, 200),
                (),
                _split(funcs),
                spellings,
                (purpose,),
                agency,
            )
        )
    return tuple(out)


def _topics() -> tuple[tuple[str, str, tuple[str, ...], str], ...]:
    rows = (line.split("|") for line in TOPICS_TABLE.strip().splitlines())
    return tuple((s, stem, _split(f), p) for s, stem, f, p in rows)


AGENCIES = _agencies()
PRODUCTS = _products()
LOCALS = _locals()
TOPICS = _topics()

SECTOR_CODE_OF = {v: k for k, v in SECTOR_CODES.items()}
COMMODITY: tuple[Product, ...] = ()  # filled below, once _commodity is defined
LIFECYCLE_HINT = {
    "apotti": "uusi",
    "lupapiste": "uusi",
    "varaamo": "uusi",
    "m365": "uusi",
    "fronter": "poistumassa",
    "exchange": "poistumassa",
    "pegasos": "poistumassa",
    "local:hki:kuha": "poistumassa",
}
PLACEHOLDERS = ("0", "-", None)
LOCAL_VENDORS = (
    None,
    "0",
    "Oma kehitys",
    "oma kehitys",
    "Tieto Oyj",
    "CGI Suomi Oy",
    "Digia Oyj",
    "Affecto Finland Oy",
    "Solita Oy",
    "Gofore Oy",
    "Innofactor Oy",
    "Sulava Oy",
    "-",
)
NOTES_TEXT = (
    "Korvataan Apotilla",
    "Kilpailutus käynnissä",
    "Tarkistettava",
    "Lisenssit yhteishankintana",
    "Siirtyy kanslian ylläpitoon",
    "Ks. toinen välilehti",
    "Sopimus jatkuu optiolla",
)
DESCR_TEXT = (
    "Käytössä koko virastossa.",
    "Ylläpito ostetaan toimittajalta.",
    "Vain pääkäyttäjät.",
    "Integroitu talousjärjestelmään.",
    "Käytössä toimipisteissä.",
    "Tietosuojaseloste laadittu.",
    "Used by the whole department.",
    "Används av hela förvaltningen.",
)
ALL_USERS = ("Kaikki virastot", "Kaikki hallintokunnat", "Koko kaupunki", "kaikki")
ONSETS = ("k", "t", "p", "s", "h", "m", "n", "l", "r", "v", "j", "kr", "tr", "st", "pr", "")
VOWELS = ("a", "e", "i", "o", "u", "y", "ä", "ö", "aa", "ei", "ai", "uo", "ie", "ää")
CODAS = ("", "", "n", "l", "r", "s", "t", "k", "nt", "lk")
CITY_NATURAL = 800
"""Rows of a typical additional city; at 100k rows there are about 125 of them."""
MAX_CITIES = 150
LOCALS_PER_CITY = (0.09, 150)
"""Generated local systems in an additional city: this share of its rows, at most this many."""
TOTAL_LOCALS = 9000
"""...and at most this many over all cities, so 1M rows do not bring 5x the names of 100k."""


@dataclass(slots=True)
class _Entry:
    """A row being built (mutable only inside this module)."""

    kind: str
    cells: list
    agency: Agency | None = None
    product: str = ""
    functions: tuple[str, ...] = ()
    cost: float | None = None
    contract: str = ""
    keep: bool = False


def _pick_weighted(rng: random.Random, items, first_weight: float = 0.5):
    """First item with `first_weight`, the rest evenly: canonical names are most common."""
    if len(items) == 1 or rng.random() < first_weight:
        return items[0]
    return items[1 + int(rng.random() * (len(items) - 1))]


def _prob(product: Product, agency: Agency) -> float:
    """Owner probability: the agency's own entry beats its sector's, which beats `*`."""
    found = {k: p for k, p in product.owners}
    for key in (agency.key, SECTOR_CODE_OF[agency.sector], "*"):
        if key in found:
            return found[key]
    return 0.0


def _commodity(product: Product) -> bool:
    """Bought unit by unit (any agency may have it), so several rows per agency are normal."""
    owners = dict(product.owners)
    return "*" in owners and max(owners.values()) < 1.0


COMMODITY = tuple(p for p in PRODUCTS.values() if _commodity(p))


def _cost_share(product: Product, agency: Agency) -> float:
    """Main owners pay the full price; others listing the product pay a share."""
    if _prob(product, agency) >= 0.8 or product.local_to is not None:
        return 1.0
    return 0.15 + 0.85 * min(1.0, agency.size / 130)


def _money(rng: random.Random, value: float) -> tuple[object, float | None]:
    """A cost cell in one of the formats people type, and the euros it means."""
    r = rng.random()
    whole = int(round(value, -2)) if value >= 1000 else int(round(value, -1))
    grouped = f"{whole:,}".replace(",", " ")
    if r < 0.34:
        return whole, float(whole)
    if r < 0.40:
        cents = round(whole + rng.choice((0.5, 0.25, 0.9)), 2)
        return cents, cents
    if r < 0.55:
        return f"{grouped} €", float(whole)
    if r < 0.65:
        return f"{grouped.replace(' ', chr(160))} €", float(whole)
    if r < 0.70:
        return f"{grouped},50", whole + 0.5
    if r < 0.75:
        return f"n. {whole}", float(whole)
    if r < 0.79:
        return str(whole), float(whole)
    if r < 0.84:
        return "-", None
    if r < 0.89:
        return "0", None
    return None, None


def _users(rng: random.Random, lo: int, hi: int) -> object:
    n = int(lo + (hi - lo) * rng.random() ** 2)
    r = rng.random()
    if r < 0.4:
        return n
    if r < 0.55:
        return f"n. {round(n, -1) or n}"
    if r < 0.65:
        return f"{n}-{n + max(10, n // 4)}"
    if r < 0.72:
        return str(n)
    return rng.choice(PLACEHOLDERS + (None, None))


def _contract(rng: random.Random) -> tuple[object, str]:
    year = 2017 + int(rng.random() * 7)
    month = rng.choice((12, 12, 12, 6, 3, 9, 5))
    day = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    end = dt.date(year, month, day)
    r = rng.random()
    if r < 0.4:
        return end, end.isoformat()
    if r < 0.6:
        return f"{end.day}.{end.month}.{end.year}", end.isoformat()
    if r < 0.72:
        return rng.choice(("toistaiseksi", "Toistaiseksi", "toistaiseksi voimassa")), "open"
    if r < 0.77:
        return "-", ""
    return None, ""


def _lifecycle(rng: random.Random, pid: str) -> object:
    hint = LIFECYCLE_HINT.get(pid)
    if hint and rng.random() < 0.8:
        return hint
    r = rng.random()
    if r < 0.78:
        return rng.choice(("käytössä", "Käytössä", "käytössä"))
    if r < 0.86:
        return "poistumassa"
    if r < 0.92:
        return "uusi"
    return None


class _City:
    """Builds one municipality's rows; all randomness from its own generator."""

    def __init__(self, seed: int, number: int, reserved: set[str]):
        self.rng = random.Random(f"{seed}:{number}")
        self.number = number
        self.hki = number == 1
        self.reserved = reserved
        self.versions: dict[str, list[str]] = {}
        self.local_vendor: dict[str, object] = {}
        rng = self.rng
        self.choice = {k: (k if self.hki else rng.choice(v)) for k, v in ALTERNATIVES.items()}
        self.ref_counter: dict[str, int] = {}

    # -- names -------------------------------------------------------------------
    def _stem(self) -> str:
        rng = self.rng
        for _ in range(100):
            parts = [rng.choice(ONSETS[:-1]), rng.choice(VOWELS), rng.choice(CODAS)]
            parts += [rng.choice(ONSETS[:11]), rng.choice(VOWELS)]
            if rng.random() < 0.25:
                parts += [rng.choice(ONSETS[:11]), rng.choice(VOWELS)]
            stem = "".join(parts).capitalize()
            if 4 <= len(stem) <= 10 and stem.casefold() not in self.reserved:
                self.reserved.add(stem.casefold())
                return stem
        raise RuntimeError("no free stem")  # pragma: no cover - 260k combinations

    def new_local(self, agency: Agency) -> Product:
        """A system only this city has: a brand name or an agency-named register."""
        rng = self.rng
        code = SECTOR_CODE_OF[agency.sector]
        topics = [t for t in TOPICS if t[0] in ("*", code)]
        _, word, funcs, purpose = rng.choice(topics)
        if rng.random() < 0.75:
            stem = self._stem()
            spellings = (
                stem,
                stem.upper(),
                f"{stem} \n{word.capitalize()}järjestelmä",
                f"{stem}-{word}rekisteri",
            )
            pid = f"local:k{self.number}:{_slug(stem)}"
        else:
            abbr = agency.spellings[0] if len(agency.spellings[0]) <= 6 else agency.key.upper()
            name = f"{abbr} {word}rekisteri"
            if name.casefold() in self.reserved:
                return self.new_local(agency)
            self.reserved.add(name.casefold())
            spellings = (name, f"{word.capitalize()}rekisteri ({abbr})", f"{name} (Access)")
            pid = f"local:k{self.number}:{_slug(name)}"
        return Product(
            pid,
            "",
            "on-prem",
            (1000, 30000),
            (3, 150),
            (),
            funcs,
            spellings,
            (purpose,),
            agency.key,
        )

    def spell(self, product: Product) -> str:
        """One way a department writes the product's name."""
        rng = self.rng
        name = _pick_weighted(rng, product.spellings, 0.55)
        r = rng.random()
        if product.local_to is None and r < 0.07 and not name[-1].isdigit() and "\n" not in name:
            name = f"{name} {self.version(product)}"
        elif r < 0.10 and "\n" not in name:
            name = name.upper()
        elif r < 0.13:
            name = name + " "
        return name

    def version(self, product: Product) -> str:
        found = self.versions.get(product.id)
        if found is None:
            rng = random.Random(product.id)  # few versions in use, the same everywhere
            major = 1 + int(rng.random() * 10)
            found = [f"{major}.{m}" for m in range(int(rng.random() * 4), 6)]
            self.versions[product.id] = found
        return self.rng.choice(found)

    def owner_text(self, agency: Agency) -> str:
        text = _pick_weighted(self.rng, agency.spellings, 0.55)
        return text + " " if self.rng.random() < 0.05 else text

    def ref(self, agency: Agency) -> object:
        if agency.ref_style == "0":
            return self.rng.choice(("0", "0", None))
        n = self.ref_counter.get(agency.key, 0) + 1
        self.ref_counter[agency.key] = n
        return agency.ref_style.format(n=n)

    # -- rows --------------------------------------------------------------------
    def system(self, agency: Agency, product: Product, siblings: list[Product]) -> _Entry:
        rng = self.rng
        local = product.local_to is not None
        cells: list = [None] * len(COLUMNS)
        cells[REF] = self.ref(agency)
        cells[NAME] = self.spell(product)
        if local:
            if product.id not in self.local_vendor:
                self.local_vendor[product.id] = rng.choice(LOCAL_VENDORS)
            cells[VENDOR] = self.local_vendor[product.id]
        else:
            r = rng.random()
            vendor = product.vendor
            if r < 0.1:
                vendor = re.sub(r"\s+(Oyj|Oy|Ab|Inc\.|AG)$", "", vendor)
            elif r < 0.25:
                vendor = rng.choice(PLACEHOLDERS)
            cells[VENDOR] = vendor
            r = rng.random()
            if r < 0.25:
                cells[PRODUCT] = f"{product.spellings[0]} {self.version(product)}"
            elif r < 0.4:
                cells[PRODUCT] = f"v. {self.version(product)}"
            elif r < 0.5:
                cells[PRODUCT] = rng.choice(PLACEHOLDERS)
        cells[OWNER] = self.owner_text(agency)
        r = rng.random()
        if r < 0.2:
            cells[USING] = cells[OWNER]
        elif r < 0.4:
            others = rng.sample(AGENCIES, 3)
            sep = rng.choice((", ", "; ", ", "))
            cells[USING] = sep.join([cells[OWNER].strip()] + [a.spellings[0] for a in others])
        elif r < 0.47:
            cells[USING] = rng.choice(ALL_USERS)
        elif r < 0.6:
            cells[USING] = "0"
        r = rng.random()
        if r < 0.88:
            cells[PURPOSE] = _pick_weighted(rng, product.purposes, 0.5)
        elif r < 0.95:
            cells[PURPOSE] = rng.choice(PLACEHOLDERS)
        if rng.random() < 0.45:
            cells[DESCR] = rng.choice(DESCR_TEXT)
        lo, hi = product.cost
        value = (lo + (hi - lo) * rng.random() ** 2) * _cost_share(product, agency)
        cells[COST], cost = _money(rng, value)
        cells[USERS] = _users(rng, *product.users)
        cells[CONTRACT], contract = _contract(rng)
        cells[LIFE] = _lifecycle(rng, product.id)
        r = rng.random()
        if r < 0.8:
            crit = ("Kriittinen", "Korkea", "Normaali", "Normaali", "Matala")
            cells[CRIT] = rng.choice(crit)
        elif r < 0.88:
            cells[CRIT] = "-"
        delivery = {
            "SaaS": ("SaaS", "SaaS", "pilvi", "Pilvipalvelu"),
            "on-prem": ("on-prem", "on-prem", "Oma konesali", "Kumppanin konesali"),
        }[product.delivery]
        cells[DELIVERY] = rng.choice(delivery) if rng.random() < 0.85 else None
        if siblings and rng.random() < 0.35:
            picks = rng.sample(siblings, min(len(siblings), 1 + int(rng.random() * 3)))
            cells[INTEGR] = "; ".join(p.spellings[0] for p in picks if p.id != product.id) or None
        if rng.random() < 0.1:
            cells[NOTES] = rng.choice(NOTES_TEXT)
        return _Entry("system", cells, agency, product.id, product.functions, cost, contract)

    def agency_products(self, agency: Agency) -> list[Product]:
        """Market products this agency runs, plus Helsinki's own systems in Helsinki."""
        rng = self.rng
        chosen = []
        for product in PRODUCTS.values():
            p = _prob(product, agency)
            if p and rng.random() < p:
                alt = self.choice.get(product.id, product.id)
                chosen.append(PRODUCTS[alt])
        if self.hki:
            chosen += [p for p in LOCALS if p.local_to == agency.key]
        unique = {p.id: p for p in chosen}
        return list(unique.values())

    # -- quirks ------------------------------------------------------------------
    def multi(self, agency: Agency, products: list[Product], label: str) -> _Entry:
        """One row naming several systems, as registers do for small related systems."""
        entry = self.system(agency, products[0], [])
        names = ", ".join(p.spellings[0] for p in products)
        entry.cells[NAME] = label.format(names)
        entry.cells[PRODUCT] = None
        funcs = sorted({f for p in products for f in p.functions})
        return _Entry("multi", entry.cells, agency, "", tuple(funcs), entry.cost, entry.contract)

    def reject(self, agency: Agency, product: Product) -> _Entry:
        """A row with everything but a name: the importer must reject it."""
        entry = self.system(agency, product, [])
        entry.cells[NAME] = None
        entry.cells[REF] = entry.cells[REF] if self.rng.random() < 0.5 else None
        return _Entry("reject", entry.cells, agency)


def _sheet_plan(city: _City) -> list[tuple[str, list[Agency]]]:
    if city.hki:
        return [(GROUPS[g], [a for a in AGENCIES if a.group == g]) for g in GROUPS]
    return [(f"Kunta {city.number}", list(AGENCIES))]


def _fit(city: _City, blocks: dict, products: dict, target: int, local_cap: int) -> None:
    """Drop or add system rows so that the city has exactly `target` of them."""
    rng = city.rng
    count = sum(len(b) for b in blocks.values())
    cum = list(itertools.accumulate(a.size for a in AGENCIES))
    if count > target:
        flat = [(k, i) for k, b in blocks.items() for i in range(len(b))]
        drop = set(rng.sample(flat, count - target))
        for key, block in blocks.items():
            block[:] = [e for i, e in enumerate(block) if (key, i) not in drop]
        return
    budget = 0 if city.hki else min(int(LOCALS_PER_CITY[0] * target), local_cap)
    extra_locals = []
    by_key = {a.key: a for a in AGENCIES}
    rows = Counter((k, e.product) for k, b in blocks.items() for e in b)
    most = 3 + target // 2000  # rows of one product per agency before units buy their own
    for _ in range(target - count):
        agency = rng.choices(AGENCIES, cum_weights=cum)[0]
        if budget > 0 or not products[agency.key]:
            product = city.new_local(agency)
            budget -= 1
            extra_locals.append(product)
            products[agency.key].append(product)
        elif extra_locals and rng.random() < 0.15:
            product = rng.choice(extra_locals)
            agency = by_key[product.local_to]
        else:
            product = rng.choice(products[agency.key])
        if rows[agency.key, product.id] >= most:
            product = rng.choice(COMMODITY)  # a unit buys its own survey tool, CMS...
        rows[agency.key, product.id] += 1
        blocks[agency.key].append(city.system(agency, product, products[agency.key]))


def _city_sheets(seed: int, number: int, quota: int | None, reserved: set[str], local_cap: int = 0):
    """All sheets of one city as (name, column order, entries) with quirks in place."""
    city = _City(seed, number, reserved)
    rng = city.rng
    plan = _sheet_plan(city)
    products: dict[str, list[Product]] = {}
    blocks: dict[str, list[_Entry]] = {}
    for agency in AGENCIES:
        chosen = city.agency_products(agency)
        rows = list(chosen)
        if city.hki:
            market = [p for p in chosen if p.local_to is None and _commodity(p)]
            while len(rows) < agency.size:
                if market and rng.random() < 0.35:
                    product = rng.choice(market)  # another unit lists the same product
                    rows.append(product)
                    if rows.count(product) >= 3:
                        market.remove(product)
                else:
                    local = city.new_local(agency)
                    chosen.append(local)
                    rows.append(local)
        products[agency.key] = chosen
        blocks[agency.key] = [city.system(agency, p, chosen) for p in rows]
    natural = sum(len(b) for b in blocks.values())
    quirky = quota is None or quota >= 60
    # Quirks per sheet: blank rows between agency blocks, rejects, multi rows, duplicates.
    quirks: dict[str, list[str]] = {}
    for name, _agencies in plan:
        kinds = ["blank"] * (1 + int(rng.random() * 2))
        if city.hki:
            kinds += {
                GROUPS["KJ"]: ["reject", "multi", "multi"],
                GROUPS["SIV"]: ["duplicate"],
                GROUPS["SOS"]: ["reject"],
                GROUPS["KSK"]: ["duplicate"],
                GROUPS["RYM"]: ["reject"],
            }[name]
        else:
            size = quota or natural
            kinds += ["reject"] * (rng.random() < 0.7) + ["multi"] * (rng.random() < 0.5)
            kinds += ["duplicate"] * max(1, size // 500)
        quirks[name] = kinds if quirky else []
    overhead = sum(len(k) for k in quirks.values()) + (len(plan) if quirky else 0)
    if quota is not None:
        _fit(city, blocks, products, max(0, quota - overhead), local_cap)
    for agency in AGENCIES:
        block = blocks[agency.key]
        block.sort(key=lambda e: str(e.cells[NAME]).casefold())
        if agency.ref_style != "0":  # registers number rows in sheet order
            for n, entry in enumerate(block, 1):
                entry.cells[REF] = agency.ref_style.format(n=n)
            city.ref_counter[agency.key] = len(block)
    sheets = []
    for name, agencies in plan:
        entries = _assemble(city, agencies, blocks, products, quirks[name])
        if quirky:
            entries.append(_totals(entries, city))
        sheets.append((name, entries))
    return sheets


def _assemble(city: _City, agencies, blocks, products, kinds: list[str]) -> list[_Entry]:
    rng = city.rng
    present = [a for a in agencies if blocks[a.key]]
    slots = range(1, max(1, len(present)))
    gaps = set(rng.sample(slots, min(kinds.count("blank"), len(slots))))
    spare_blanks = kinds.count("blank") - len(gaps)
    out: list[_Entry] = []
    for i, agency in enumerate(present):
        if i in gaps:
            out.append(_Entry("blank", [None] * len(COLUMNS)))
        out.extend(blocks[agency.key])
    out.extend(_Entry("blank", [None] * len(COLUMNS)) for _ in range(spare_blanks))
    _place_quirks(city, out, [k for k in kinds if k != "blank"], products)
    return out


def _place_quirks(city: _City, out: list[_Entry], kinds: list[str], products) -> None:
    """Insert rejects, multi rows and duplicates at random places among the systems."""
    rng = city.rng
    hki_multi = [
        (
            "heke",
            ("hijat", "local:hki:tpjat", "local:hki:nijat"),
            "Henkilöstöhallinnon järjestelmät: {}",
        ),
        (
            "halke",
            ("ahjo", "local:hki:kokoussovellus"),
            "Dokumenttien käsittely- ja asianhallintajärjestelmät ({})",
        ),
    ]
    by_id = {**PRODUCTS, **{p.id: p for p in LOCALS}}
    for kind in kinds:
        systems = [i for i, e in enumerate(out) if e.kind == "system"]
        if not systems:
            return
        at = rng.choice(systems)
        agency = out[at].agency
        if kind == "duplicate":
            original = out[at]
            original.keep = True
            copy = _Entry(
                "duplicate",
                list(original.cells),
                agency,
                original.product,
                original.functions,
                original.cost,
                original.contract,
            )
            out.insert(at + 1, copy)
        elif kind == "reject":
            out.insert(at + 1, city.reject(agency, rng.choice(products[agency.key])))
        elif kind == "multi":
            if city.hki and hki_multi:
                key, ids, label = hki_multi.pop(0)
                owner = next(a for a in AGENCIES if a.key == key)
                where = [i for i, e in enumerate(out) if e.agency is owner] or [at]
                entry = city.multi(owner, [by_id[x] for x in ids], label)
                out.insert(where[-1] + 1, entry)
            else:
                own = products[agency.key]
                picks = rng.sample(own, min(len(own), 2 + int(rng.random() * 2)))
                label = rng.choice(("Muut järjestelmät: {}", "Pienjärjestelmät ({})"))
                out.insert(at + 1, city.multi(agency, picks, label))


def _totals(entries: list[_Entry], city: _City) -> _Entry:
    cells: list = [None] * len(COLUMNS)
    cells[REF] = "Yhteensä" if city.hki else city.rng.choice(("Yhteensä", "YHTEENSÄ", "Yht."))
    money = [e.cells[COST] for e in entries if type(e.cells[COST]) in (int, float)]
    cells[COST] = round(sum(money), 2)
    return _Entry("totals", cells)


# -- sheets ----------------------------------------------------------------------
STANDARD_ORDER = tuple(range(len(COLUMNS)))
RYM_ORDER = (
    REF,
    OWNER,
    NAME,
    VENDOR,
    PRODUCT,
    USING,
    PURPOSE,
    DESCR,
    COST,
    USERS,
    CONTRACT,
    LIFE,
    CRIT,
    DELIVERY,
    INTEGR,
)
RYM_HEADERS = {
    NAME: "Järjestelmä*",
    OWNER: "Omistava\nvirasto*",
    COST: "Kustannukset €/v",
    CONTRACT: "Sopimuksen päättyminen",
}
SOS_GROUPS = (
    ("Perustiedot", REF, DESCR),
    ("Talous ja käyttö", COST, CONTRACT),
    ("Hallinta", LIFE, NOTES),
)
INSTRUCTIONS = (
    "Ohjeet tietojärjestelmäluettelon täyttämiseen",
    "1. Kirjaa jokainen järjestelmä omalle rivilleen viraston välilehdelle.",
    "2. Tähdellä (*) merkityt sarakkeet ovat pakollisia.",
    "3. Vuosikustannus euroina ilman arvonlisäveroa (ylläpito, lisenssit, palvelut).",
    "4. Elinkaari: käytössä / poistumassa / uusi.",
    "5. Toimitusmalli: SaaS, pilvi tai on-prem (oma tai kumppanin konesali).",
    "6. Integraatiot puolipisteellä eroteltuna.",
    "Lisätiedot: Taske / Titek, tietohallinto",
)
CODE_LISTS = (
    ("Elinkaari", "Kriittisyys", "Toimitusmalli"),
    ("käytössä", "Kriittinen", "SaaS"),
    ("poistumassa", "Korkea", "pilvi"),
    ("uusi", "Normaali", "on-prem"),
    (None, "Matala", None),
)


def _inventory_sheet(city_name: str, name: str, entries: list[_Entry], rng) -> SampleSheet:
    """Lay out title block, header(s) and rows; number the truth by Excel row."""
    hki = city_name == "Helsinki"
    order = RYM_ORDER if name == GROUPS["RYM"] else STANDARD_ORDER
    texts = RYM_HEADERS if name == GROUPS["RYM"] else {}
    headers = tuple(texts.get(i, COLUMNS[i]) for i in order)
    title = (
        "Helsingin kaupunki – Tietojärjestelmäluettelo 2016"
        if hki
        else f"{name} – tietojärjestelmäluettelo 2016"
    )
    updated = dt.date(2016, 11, 15) if hki else dt.date(2016, 1 + int(rng.random() * 12), 1)
    rows: list[tuple] = [(title,), ("Päivitetty:", updated), ()]
    merged: list[str] = []
    if name == GROUPS["SOS"]:
        group_row: list = [None] * len(order)
        for label, first, last in SOS_GROUPS:
            group_row[first] = label
            merged.append(f"{column_letter(first)}4:{column_letter(last)}4")
        rows.append(tuple(group_row))
    rows.append(headers)
    header_row = len(rows)
    truth = []
    for entry in entries:
        if entry.kind == "blank":
            rows.append(())
        else:
            rows.append(tuple(entry.cells[i] for i in order))
        agency = entry.agency
        name_cell = entry.cells[NAME]
        truth.append(
            TruthRow(
                name,
                len(rows),
                name_cell if isinstance(name_cell, str) else "",
                entry.product,
                entry.functions,
                agency.name if agency else "",
                agency.sector if agency else "",
                entry.kind,
                entry.cost if entry.kind in ("system", "duplicate", "multi") else None,
                entry.contract if entry.kind in ("system", "duplicate", "multi") else "",
            )
        )
    return SampleSheet(
        name, tuple(rows), headers, header_row, False, tuple(merged), tuple(truth), order
    )


def _reserved() -> set[str]:
    """Names generated local systems must not take: every catalogue spelling and word."""
    names = set()
    for product in (*PRODUCTS.values(), *LOCALS):
        for spelling in product.spellings:
            names.add(spelling.casefold().strip())
            names.update(re.findall(r"\w+", spelling.casefold()))
    return names


def _city_quotas(rows: int, first: int, rng: random.Random) -> list[int]:
    """Split the rows left after Helsinki among cities of about CITY_NATURAL rows."""
    rest = rows - first
    if rest <= 0:
        return []
    n = max(1, min(MAX_CITIES, round(rest / CITY_NATURAL)))
    weights = [0.7 + 0.6 * rng.random() for _ in range(n)]
    total = sum(weights)
    sizes = [max(1, int(rest * w / total)) for w in weights]
    sizes[-1] += rest - sum(sizes)
    while sizes[-1] < 1:  # pragma: no cover - only when rest < n
        sizes.pop()
        sizes[-1] += 1
    return sizes


def _iter_sheets(rows: int | None, seed: int) -> Iterator[SampleSheet]:
    """Every sheet of the workbook in order, built one city at a time (O(rows) total)."""
    if rows is not None and rows < 1:
        raise ValueError(f"rows must be at least 1, not {rows}")
    yield SampleSheet("Ohjeet", tuple((line,) for line in INSTRUCTIONS))
    catalogue = _reserved()
    reserved = set(catalogue)  # grows with every generated name, so names never collide
    first = _city_sheets(seed, 1, None, reserved)
    natural = sum(len(entries) for _, entries in first)
    if rows is not None and rows < natural:
        reserved = set(catalogue)
        first = _city_sheets(seed, 1, rows, reserved)
        natural = rows
    layout_rng = random.Random(f"{seed}:layout")
    for name, entries in first:
        yield _inventory_sheet("Helsinki", name, entries, layout_rng)
    quotas = _city_quotas(rows or natural, natural, layout_rng)
    local_cap = min(LOCALS_PER_CITY[1], TOTAL_LOCALS // max(1, len(quotas)))
    for number, quota in enumerate(quotas, 2):
        for name, entries in _city_sheets(seed, number, quota, reserved, local_cap):
            yield _inventory_sheet(name, name, entries, layout_rng)
    yield SampleSheet("Koodistot", CODE_LISTS, hidden=True)


def generate(rows: int | None = None, seed: int = DEFAULT_SEED) -> SampleInventory:
    """Build the sample in memory: default Helsinki (~800 rows), or exactly `rows` rows.

    `rows` counts every row below the headers (systems, rejects, blank and totals rows),
    i.e. the rows of the truth file.
    """
    sheets = tuple(_iter_sheets(rows, seed))
    truth = tuple(t for s in sheets for t in s.truth)
    return SampleInventory(sheets, seed, truth)


def truth_path(path: Path) -> Path:
    """`inventory.xlsx` -> `inventory.truth.csv`, beside it."""
    return path.with_name(f"{path.stem}.truth.csv")


def write_sample(path: Path, rows: int | None = None, seed: int = DEFAULT_SEED) -> Path:
    """Write the sample (.xlsx, or .csv for benchmarks) and its truth file; return the latter.

    The xlsx is streamed with openpyxl's write-only mode, one city at a time, so a million
    rows take minutes and little memory.
    """
    path = Path(path)
    sheets = _iter_sheets(rows, seed)
    target = truth_path(path)
    with target.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(TRUTH_COLUMNS)
        if path.suffix.casefold() == ".csv":
            _write_csv(path, sheets, writer)
        else:
            _write_xlsx(path, sheets, writer)
    return target


def _write_xlsx(path: Path, sheets: Iterator[SampleSheet], truth) -> None:
    from openpyxl import Workbook
    from openpyxl.worksheet.cell_range import CellRange

    wb = Workbook(write_only=True)
    wb.properties.creator = "dedup sample"
    wb.properties.created = dt.datetime(2016, 11, 15, 8, 0)
    for sheet in sheets:
        ws = wb.create_sheet(sheet.name)
        if sheet.hidden:
            ws.sheet_state = "hidden"
        for ref in sheet.merged:
            ws.merged_cells.add(CellRange(ref))
        for row in sheet.rows:
            ws.append(row)
        truth.writerows(t.to_csv() for t in sheet.truth)
    wb.save(path)


def _csv_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return f"{value.day}.{value.month}.{value.year}"
    return str(value)


def _write_csv(path: Path, sheets: Iterator[SampleSheet], truth) -> None:
    """All inventory sheets as one table under the standard header (record 1)."""
    record = 1
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(COLUMNS)
        for sheet in sheets:
            if not sheet.columns:
                continue
            for row, t in zip(sheet.rows[sheet.header_row :], sheet.truth, strict=True):
                cells = [""] * len(COLUMNS)
                for j, value in enumerate(row):
                    cells[sheet.order[j]] = _csv_text(value)
                out.writerow(cells)
                record += 1
                fields = t.to_csv()
                fields[0], fields[1] = path.stem, str(record)
                truth.writerow(fields)


def main() -> None:  # pragma: no cover - manual timing helper
    """`python -m dedup.sample OUT [ROWS]`: write a sample and print the time taken."""
    import sys

    out = Path(sys.argv[1])
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else None
    start = time.perf_counter()
    write_sample(out, rows)
    print(f"{out}: {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":  # pragma: no cover
    main()
