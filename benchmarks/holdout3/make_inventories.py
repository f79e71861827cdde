#!/usr/bin/env python3
"""Generate the holdout3 blind evaluation inventories for dedup.

Deterministic: fixed seeds, fixed workbook timestamps, fixed zip entry
timestamps.  Running it twice gives byte-identical files in ./out/.

Only stdlib + openpyxl.  Python 3.11.

Everything (products, spellings, purpose texts, departments, sectors, truth
functions) lives in this file.  The function ids come from the list of
municipal functions handed to the author (functions.csv); the texts were
written without looking at the tool's code, vocabulary, tests or docs.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")
FIXED_DT = dt.datetime(2024, 11, 4, 9, 30, 0)
ZIP_DT = (2024, 11, 4, 9, 30, 0)


def P(pid, funcs, vendor, names, purposes, depts, notes=(), sheet=0, extra=0):
    """One product.

    pid      stable product id used in the truth file
    funcs    ';'-separated function ids (truth, per product)
    vendor   supplier text (may be '' -> column left empty)
    names    1-4 spellings of the system name used across rows
    purposes 2-4 purpose texts (as the department wrote them)
    depts    department keys (1-6) of the inventory's org
    notes    extra description/notes texts specific to the product
    sheet    sheet index (only inventory i has two sheets)
    extra    extra rows beyond max(len(purposes), len(depts))
    """
    return dict(
        pid=pid,
        funcs=funcs,
        vendor=vendor,
        names=list(names),
        purposes=list(purposes),
        depts=list(depts),
        notes=list(notes),
        sheet=sheet,
        extra=extra,
    )


# ---------------------------------------------------------------------------
# H  —  Harjuniemen kaupunki (large Finnish city, keeps social & health care)
# ---------------------------------------------------------------------------
H_SECT = {
    "KA": "Kaupunginkanslia",
    "KK": "Kasvatuksen ja koulutuksen toimiala",
    "KY": "Kaupunkiympäristön toimiala",
    "KV": "Kulttuurin ja vapaa-ajan toimiala",
    "ST": "Sosiaali-, terveys- ja pelastustoimiala",
}
H_DEPTS = [  # key, text as written in the register, sector key
    ("kh", "Kaupunginkanslia / Hallinto-osasto", "KA"),
    ("kt", "Kaupunginkanslia / Talous- ja suunnitteluosasto", "KA"),
    ("kp", "Kaupunginkanslia / Henkilöstöosasto", "KA"),
    ("kv", "Kaupunginkanslia / Viestintä", "KA"),
    ("ktieto", "Kaupunginkanslia / Tietohallinto", "KA"),
    ("kel", "Kaupunginkanslia / Elinkeino-osasto", "KA"),
    ("thl", "Taloushallintopalvelut-liikelaitos", "KA"),
    ("hank", "Kanslia – Hankintakeskus", "KA"),
    ("vaka", "Kasvatus ja koulutus / Varhaiskasvatus", "KK"),
    ("pk", "Kasvatus ja koulutus / Perusopetus", "KK"),
    ("lukio", "Kasvatus ja koulutus / Lukio- ja ammatillinen koulutus", "KK"),
    ("kasko", "Kasko – hallinto ja tukipalvelut", "KK"),
    ("tvo", "Työväenopisto", "KK"),
    ("rava", "Kaupunkiympäristö / Rakennusvalvonta", "KY"),
    ("maank", "Kaupunkiympäristö / Maankäyttö ja kaupunkirakenne", "KY"),
    ("mittaus", "Kaupunkiympäristö / Kaupunkimittaus", "KY"),
    ("ya", "Kaupunkiympäristö / Rakennukset ja yleiset alueet", "KY"),
    ("liik", "Kaupunkiympäristö / Liikenne- ja katusuunnittelu", "KY"),
    ("ymp", "Kaupunkiympäristö / Ympäristöpalvelut", "KY"),
    ("pys", "Kymp – Pysäköinninvalvonta", "KY"),
    ("asu", "Kymp / Asuntopalvelut", "KY"),
    ("satama", "Satamaliikelaitos", "KY"),
    ("pkeskus", "Palvelukeskus-liikelaitos (ruoka- ja puhtauspalvelut)", "KY"),
    ("kirj", "Kulttuuri ja vapaa-aika / Kaupunginkirjasto", "KV"),
    ("liikunta", "Kuva – Liikuntapalvelut", "KV"),
    ("nuoriso", "Kuva – Nuorisopalvelut", "KV"),
    ("museo", "Kulttuuri ja vapaa-aika / Kaupunginmuseo", "KV"),
    ("kult", "Kuva / Kulttuuripalvelut", "KV"),
    ("terv", "Sote / Terveys- ja päihdepalvelut", "ST"),
    ("sair", "Sote / Sairaala-, kuntoutus- ja hoivapalvelut", "ST"),
    ("perhe", "Sote / Perhe- ja sosiaalipalvelut", "ST"),
    ("suun", "Sote / Suun terveydenhuolto", "ST"),
    ("pel", "Pelastuslaitos", "ST"),
    ("soteh", "Sote – hallinto", "ST"),
]

H_PRODUCTS = [
    # ---- basic IT ----
    P(
        "h-m365",
        "office-email",
        "Microsoft",
        ["Microsoft 365", "M365 (Exchange Online, Office)", "Office 365", "MS Office 365"],
        [
            "Sähköposti, kalenteri ja toimisto-ohjelmat koko henkilöstölle",
            "Outlook-sähköposti ja Office-sovellukset (Word, Excel, PowerPoint)",
            "Toimisto-ohjelmisto + sähköposti, OneDrive tiedostojen tallennukseen",
            "sähköposti",
        ],
        ["ktieto", "kh", "vaka", "rava", "kirj", "terv"],
        ["E5-lisenssit kanslialle, muilla E3", "Lisenssit kaupungin Microsoft-sopimuksen kautta"],
    ),
    P(
        "h-teams",
        "video-meetings",
        "Microsoft",
        ["Microsoft Teams", "Teams", "MS Teams"],
        [
            "Videoneuvottelut, chat ja tiimien yhteiset työtilat",
            "Etäkokoukset ja pikaviestit. Käytetään myös luottamushenkilöiden kokouksissa etäosallistumiseen",
            "Teams-palaverit, chat",
            "etäpalaverit ja sisäinen yhteydenpito tiimeissä",
        ],
        ["ktieto", "kh", "pk", "ymp", "perhe", "liikunta"],
        ["Osa M365-kokonaisuutta", "Teams Rooms -laitteet neuvotteluhuoneissa"],
    ),
    P(
        "h-zoom",
        "video-meetings",
        "Zoom Video Communications",
        ["Zoom", "Zoom Pro", "Zoom-lisenssit"],
        [
            "Verkkokurssien ja webinaarien pitäminen, osallistujina ulkopuoliset kurssilaiset",
            "Videoneuvottelut yritysten ja sijoittajien kanssa (ulkoiset sidosryhmät)",
            "Webinaarit ja verkkotilaisuudet asukkaille",
        ],
        ["tvo", "kel", "kult"],
    ),
    P(
        "h-entra",
        "identity-access",
        "Microsoft",
        ["Microsoft Entra ID", "Azure AD", "AD / Entra ID"],
        [
            "Käyttäjätunnusten ja käyttöoikeuksien hallinta, kertakirjautuminen (SSO)",
            "Keskitetty tunnistautuminen ja monivaiheinen tunnistus (MFA)",
            "Henkilöstön tunnukset, ryhmät ja pääsynhallinta pilvipalveluihin",
        ],
        ["ktieto", "soteh"],
    ),
    P(
        "h-topdesk",
        "itsm",
        "TOPdesk",
        ["TOPdesk", "Topdesk palvelupyynnöt", "TOPdesk SaaS"],
        [
            "IT-tuen palvelupyynnöt ja häiriöilmoitukset, muutoshallinta",
            "Käyttäjätuki: tiketöinti, laitetilaukset, tietopankki",
            "Kiinteistöjen vikailmoitukset ja huoltopyynnöt (tilapalvelut käyttää samaa instanssia kuin IT)",
        ],
        ["ktieto", "kasko", "ya"],
    ),
    P(
        "h-efecte",
        "itsm",
        "Efecte",
        ["Efecte", "Efecte ITSM", "Efecte Service Management"],
        [
            "Sote-ICT:n palvelupyyntöjen ja tukipyyntöjen käsittely",
            "Lääkintälaitteiden ja työasemien tukipyynnöt; integraatio AD:hen käyttäjätietoja varten",
        ],
        ["soteh", "sair"],
    ),
    P(
        "h-intune",
        "endpoint-management",
        "Microsoft",
        ["Microsoft Intune", "Intune MDM", "Intune + Autopilot"],
        [
            "Työasemien ja mobiililaitteiden hallinta, sovellusjakelu",
            "Koulujen oppilaslaitteiden (iPad, Windows) hallinta ja päivitykset",
            "Puhelinten etätyhjennys ja tietoturvapäivitykset",
        ],
        ["ktieto", "pk", "terv"],
    ),
    P(
        "h-harppi",
        "intranet",
        "",
        ["Harppi-intranet", "Harppi (SharePoint Online)", "Intranet Harppi"],
        [
            "Henkilöstön sisäinen tiedotus ja ohjeet",
            "Kaupungin intranet: uutiset, ohjepankki ja henkilöstön lomakkeet",
            "Sisäiset tiedotteet ja toimialan ohjeet",
        ],
        ["kv", "kp", "soteh", "kasko"],
        ["Toteutettu SharePoint Onlinen päälle, toimittaja Sulava"],
    ),
    P(
        "h-drupal",
        "web-publishing",
        "Druid",
        ["harjuniemi.fi (Drupal)", "Verkkosivusto harjuniemi.fi", "Drupal-julkaisujärjestelmä"],
        [
            "Kaupungin verkkosivujen sisällönhallinta",
            "Ulkoiset www-sivut ja palvelukuvaukset asukkaille",
            "Julkaisujärjestelmä, toimialojen omat alisivustot",
        ],
        ["kv", "kirj", "liikunta", "pel"],
    ),
    P(
        "h-webropol",
        "survey-forms",
        "Webropol",
        ["Webropol", "Webropol 3.0", "webropol"],
        [
            "Kyselyt asukkaille ja henkilöstölle, tulosten analysointi",
            "Asiakastyytyväisyyskyselyt",
            "Ilmoittautumislomakkeet tapahtumiin, palautekyselyt",
        ],
        ["kh", "kp", "liikunta", "vaka", "terv"],
    ),
    P(
        "h-lomakefi",
        "survey-forms",
        "Lomake.fi",
        ["Lomakepalvelu Lomake.fi", "Lomake.fi", "e-lomakkeet (Lomake.fi)"],
        [
            "Sähköiset lomakkeet, joilla kuntalainen voi lähettää hakemuksen liitteineen",
            "Hakulomakkeet mm. kesäseteli ja tapahtumailmoittautumiset",
        ],
        ["kel", "nuoriso"],
    ),
    P(
        "h-vismasign",
        "e-signature",
        "Visma",
        ["Visma Sign", "VismaSign", "Visma Sign sähköinen allekirjoitus"],
        [
            "Sopimusten ja päätösten sähköinen allekirjoitus",
            "Työsopimusten allekirjoittaminen sähköisesti",
            "Sähköinen allekirjoitus, integroitu Dynastyyn",
        ],
        ["hank", "kp", "kh"],
    ),
    P(
        "h-docusign",
        "e-signature",
        "DocuSign",
        ["DocuSign", "Docusign eSignature"],
        [
            "Kansainvälisten sopimusten allekirjoitus (varustamot)",
            "Vuokrasopimusten sähköinen allekirjoitus asukkaiden kanssa",
        ],
        ["satama", "asu"],
    ),
    P(
        "h-papercut",
        "printing",
        "PaperCut / Konica Minolta",
        ["PaperCut MF", "Papercut", "Tulostuksenhallinta PaperCut"],
        [
            "Tulostus, kopiointi ja skannaus monitoimilaitteilla, kustannusseuranta",
            "Follow-me-tulostus kouluissa",
            "Skannaus sähköpostiin ja tulostusjonot",
        ],
        ["ktieto", "pk", "lukio", "kirj"],
    ),
    P(
        "h-ring",
        "telephony",
        "Elisa",
        ["Elisa Ring", "Ring-vaihde", "Elisa Ring puhelinvaihde"],
        [
            "Puhelinvaihde ja mobiililiittymien vaihdepalvelu",
            "Vaihteen jonot ja soitonsiirrot",
            "Puhelinpalvelu, takaisinsoitto",
        ],
        ["ktieto", "kh", "vaka", "ya"],
    ),
    P(
        "h-frends",
        "it-infrastructure",
        "Frends",
        ["Frends", "Frends iPaaS", "Integraatioalusta Frends"],
        [
            "Integraatioalusta: talous-, HR- ja asiakasjärjestelmien väliset rajapinnat",
            "Järjestelmäintegraatiot ja tiedonsiirrot, mm. Personec → Raindance ja Primus → Wilma",
            "Integration platform (iPaaS), API management",
        ],
        ["ktieto", "thl"],
    ),
    # ---- administration ----
    P(
        "h-dynasty",
        "case-management;meeting-management",
        "Innofactor",
        ["Dynasty 10", "Dynasty asianhallinta", "Dynasty", "Dynasty kokoushallinta"],
        [
            "Asianhallinta, diaarointi ja päätösten valmistelu, esityslistat ja pöytäkirjat",
            "Lautakunnan kokoukset, viranhaltijapäätökset ja pöytäkirjojen julkaisu verkkoon",
            "Kirjaamo: saapuneiden asiakirjojen kirjaus",
            "Asiakirjahallinta ja päätöksenteko",
        ],
        ["kh", "kasko", "ymp", "soteh", "kult"],
        ["Rajapinta eArkistoon (SÄHKE2)", "Toimielinten kokoukset siirtyivät Dynastyyn 2021"],
    ),
    P(
        "h-tweb",
        "case-management",
        "Triplan",
        ["Tweb", "Tweb asianhallinta", "Triplan Tweb"],
        [
            "Pelastuslaitoksen asiakirjojen ja asioiden käsittely, valvontapäätökset",
            "Asiankäsittely ja diaari, tiedonohjaussuunnitelma (TOS)",
        ],
        ["pel", "sair"],
    ),
    P(
        "h-earkisto",
        "archive",
        "Innofactor",
        ["eArkisto", "Sähköinen arkisto (eArkisto)", "Dynasty eArkisto"],
        [
            "Pitkäaikaisesti säilytettävien asiakirjojen sähköinen arkisto",
            "SÄHKE2-siirrot asianhallinnasta, säilytys ja käytön hallinta",
            "Pysyvästi säilytettävät oppilasasiakirjat sähköisesti",
        ],
        ["kh", "kh", "kasko"],
    ),
    P(
        "h-mfiles",
        "document-management",
        "M-Files",
        ["M-Files", "M-Files dokumentinhallinta"],
        [
            "Dokumenttien hallinta ja versiointi, hankesuunnitelmat ja piirustukset",
            "Projektidokumentaatio ja asiakirjamallit",
        ],
        ["ya", "liik"],
    ),
    P(
        "h-mediaflow",
        "document-management",
        "Mediaflow",
        ["Mediaflow", "Kuvapankki Mediaflow", "Mediapankki"],
        [
            "Kuvapankki: valokuvat, videot ja logot, käyttöoikeudet ja kuvaajatiedot",
            "Markkinointikuvien jakaminen ja arkistointi",
            "Kaupungin kuvamateriaalin hallinta",
        ],
        ["kv", "kel"],
    ),
    P(
        "h-asiointi",
        "e-services",
        "Evolvit",
        ["Harjuniemi asiointi", "Asiointipalvelu (Evolvit)", "e-asiointi"],
        [
            "Kuntalaisten sähköinen asiointi: hakemukset, liitteet ja viestit",
            "Varhaiskasvatushakemukset ja maksupäätösten tiedoksianto asiointipalvelussa",
            "Sähköinen asiointi, tunnistautuminen Suomi.fi:n kautta",
        ],
        ["kh", "vaka", "asu"],
    ),
    P(
        "h-palaute",
        "customer-feedback",
        "Sitowise",
        ["Palauteväylä", "Palauteväylä (Sitowise)", "palautejärjestelmä"],
        [
            "Asukaspalautteen vastaanotto ja käsittely, vastaukset julkisesti verkossa",
            "Katujen ja puistojen kunnossapitoa koskevat palautteet ja korjauspyynnöt",
            "Kuntalaisaloitteiden ja palautteiden seuranta",
        ],
        ["kh", "ya"],
    ),
    P(
        "h-dynamics",
        "crm",
        "Microsoft",
        ["Dynamics 365 CRM", "MS Dynamics CRM", "Yritys-CRM"],
        [
            "Yritysasiakkuuksien hallinta, yrityskäynnit ja kontaktit",
            "Yhteistyökumppanit ja sponsorit kulttuuritapahtumissa",
            "Yrityspalvelujen asiakkuudet; uutiskirjeiden jakelulistat",
        ],
        ["kel", "kult", "kel"],
    ),
    P(
        "h-tport",
        "project-portfolio",
        "Thinking Portfolio",
        ["Thinking Portfolio", "ThinkingPortfolio", "Hankesalkku (Thinking Portfolio)"],
        [
            "Kehittämis- ja digihankkeiden salkunhallinta",
            "Projektien tilaraportointi ja resursointi",
            "ICT-hankkeiden salkku",
        ],
        ["ktieto", "kt", "kasko"],
    ),
    P(
        "h-cloudia",
        "procurement;contract-management",
        "Cloudia",
        ["Cloudia Kilpailutus", "Cloudia Sopimus", "Cloudia"],
        [
            "Kilpailutukset ja tarjouspyyntöjen julkaisu Hilmaan",
            "Sopimusten hallinta ja sopimuskausien seuranta",
            "Hankintojen kilpailutus, myös pienhankinnat",
        ],
        ["hank", "ya", "soteh"],
    ),
    P(
        "h-powerbi",
        "reporting-bi",
        "Microsoft",
        ["Power BI", "Power BI Pro", "PowerBI-raportit"],
        [
            "Johdon raportointi ja tietojohtamisen dashboardit",
            "Talouden ja henkilöstön tunnuslukuraportit",
            "Oppilasmäärien ja kouluverkon raportointi",
        ],
        ["kt", "kp", "kasko", "ktieto"],
    ),
    P(
        "h-qlik",
        "reporting-bi",
        "Qlik",
        ["Qlik Sense", "QlikSense sote-raportointi"],
        [
            "Sote-palvelujen toiminnan ja talouden raportointi, jonotilanteet",
            "Hoitotakuun seuranta ja THL:n tilastoinnin tietopohja",
        ],
        ["soteh", "terv"],
    ),
    P(
        "h-pxweb",
        "statistics-research",
        "Tilastokeskus / oma ylläpito",
        ["PX-Web tilastotietokanta", "Harjuniemen tilastot (PxWeb)", "Tilastotietokanta"],
        [
            "Kaupungin tilastotietokanta ja avoimen datan julkaisu",
            "Väestöennusteet, tilastojulkaisut ja tutkimukset",
        ],
        ["kt", "kh"],
    ),
    P(
        "h-liana",
        "communications",
        "Liana Technologies",
        ["LianaMailer", "Liana uutiskirjeet", "LianaMailer uutiskirje"],
        [
            "Uutiskirjeiden lähettäminen asukkaille ja yrityksille",
            "Markkinointiviestintä ja kampanjat",
            "Tapahtumatiedotteet tilaajille",
        ],
        ["kv", "kel", "kult"],
    ),
    P(
        "h-edilex",
        "reference-information",
        "Alma Talent",
        ["Edilex", "Edilex Lakipalvelu", "Edilex (Alma Talent)"],
        [
            "Lainsäädäntö, oikeuskäytäntö ja viranomaisohjeet lakimiehille",
            "Säädöstietopalvelu, erityisesti kunnallisoikeus ja MRL",
        ],
        ["kh", "rava"],
    ),
    P(
        "h-qpr",
        "process-quality",
        "QPR Software",
        ["QPR ProcessDesigner", "QPR", "Prosessikuvaukset (QPR)"],
        ["Prosessien kuvaaminen ja kokonaisarkkitehtuuri", "Laatukäsikirja ja riskienhallinta"],
        ["ktieto", "soteh"],
    ),
    P(
        "h-haipro",
        "process-quality;occupational-health",
        "Awanic",
        ["HaiPro", "Haipro vaaratapahtumat", "HaiPro (Awanic)"],
        [
            "Potilas- ja asiakasturvallisuuden vaaratapahtumien ilmoittaminen ja käsittely",
            "Työturvallisuusilmoitukset: läheltä piti -tilanteet ja työtapaturmat",
            "Vaaratapahtumailmoitukset ja niiden käsittely yksiköissä",
            "Työtapaturmailmoitukset keittiöissä ja siivouksessa",
        ],
        ["sair", "kp", "terv", "pkeskus"],
    ),
    # ---- finance ----
    P(
        "h-basware",
        "invoice-processing",
        "Basware",
        ["Basware P2P", "Basware ostolaskut", "Basware AP"],
        [
            "Ostolaskujen kierrätys, tarkastus ja hyväksyntä",
            "Ostolaskujen vastaanotto ja kierto, integraatio Raindanceen",
            "Laskujen hyväksyntä esimiehille",
        ],
        ["thl", "ya", "vaka"],
    ),
    P(
        "h-raindance",
        "accounting",
        "CGI",
        ["Raindance", "CGI Raindance", "Raindance kirjanpito"],
        [
            "Kirjanpito, pääkirja ja tilinpäätös",
            "Taloushallinnon perusjärjestelmä: kirjanpito, reskontrat, raportointi",
            "Tilinpäätös ja sisäinen laskenta",
        ],
        ["thl", "kt"],
    ),
    P(
        "h-tabella",
        "budgeting",
        "Kuntamaisema",
        ["Tabella", "Tabella TA", "Kuntamaisema Tabella"],
        [
            "Talousarvion ja taloussuunnitelman laadinta",
            "Budjetointi ja ennusteet toimialoilla, raportointi valtuustolle",
        ],
        ["kt", "kasko", "soteh"],
    ),
    P(
        "h-populus",
        "billing",
        "Visma",
        ["Populus myyntilaskutus", "Populus", "Myyntireskontra Populus"],
        [
            "Myyntilaskutus ja myyntireskontra, perintä",
            "Asiakasmaksujen laskutus (varhaiskasvatus, kotihoito)",
            "Vuokralaskutus ja saatavien seuranta",
        ],
        ["thl", "thl", "asu"],
    ),
    P(
        "h-sitoo",
        "point-of-sale",
        "Sitoo",
        ["Sitoo-kassa", "Sitoo POS", "Kassajärjestelmä Sitoo"],
        [
            "Kassajärjestelmä museokaupassa ja kahvilassa",
            "Uimahallien kassat ja sarjakorttien myynti",
            "Myyntipisteiden kassat, korttimaksut",
        ],
        ["museo", "liikunta", "kult"],
    ),
    # ---- HR ----
    P(
        "h-personec",
        "hr-management;payroll",
        "Visma",
        ["Personec F", "Visma Personec", "Personec F palkka"],
        [
            "Henkilöstöhallinto ja palkanlaskenta, palvelussuhteiden tiedot",
            "Palkanmaksu ja palkkojen raportointi",
            "Palvelussuhdetiedot, palkkahinnoittelu, lomat",
        ],
        ["kp", "thl", "soteh"],
    ),
    P(
        "h-titania",
        "shift-planning",
        "CGI",
        ["Titania", "Titania työvuorosuunnittelu", "Titania (CGI)"],
        [
            "Työvuorosuunnittelu hoitohenkilöstölle",
            "Työvuorolistat ja sijaisuudet, tiedot palkanlaskentaan",
            "Vuorosuunnittelu ympärivuorokautisessa hoidossa",
        ],
        ["sair", "terv"],
    ),
    P(
        "h-kellokortti",
        "time-tracking",
        "Visma",
        ["Kellokortti", "Kellokortti-leimausjärjestelmä"],
        [
            "Työajan leimaukset ja liukumaseuranta",
            "Työaikakirjaukset toimistotyöntekijöille, integraatio palkkoihin",
        ],
        ["kh", "ya", "kt"],
    ),
    P(
        "h-kuntarekry",
        "recruitment",
        "Kuntarekry Oy",
        ["Kuntarekry", "Kuntarekry-rekrytointijärjestelmä", "KuntaRekry"],
        [
            "Avointen työpaikkojen ilmoittaminen ja hakemusten käsittely",
            "Sijaisrekisteri ja sijaisten haku",
            "Rekrytointi, kesätyöpaikat",
        ],
        ["kp", "vaka", "sair", "pk"],
    ),
    P(
        "h-eloomi",
        "learning-management",
        "Eloomi",
        ["Eloomi", "Eloomi-verkkokoulutus", "eloomi"],
        [
            "Henkilöstön verkkokoulutukset ja perehdytys",
            "Tietosuoja- ja tietoturvakoulutus koko henkilöstölle",
            "Osaamisen kehittäminen ja koulutuskalenteri",
        ],
        ["kp", "soteh", "ktieto"],
    ),
    P(
        "h-m2",
        "travel-expenses",
        "Visma",
        ["M2 Matka- ja kulunhallinta", "M2", "Visma M2"],
        ["Matkalaskut ja kulukorvaukset", "Kilometrikorvaukset kotikäynneiltä"],
        ["kp", "terv", "thl"],
    ),
    # ---- land use ----
    P(
        "h-arcgis",
        "gis",
        "Esri Finland",
        ["ArcGIS Pro", "ArcGIS Enterprise", "Esri ArcGIS"],
        [
            "Paikkatietoaineistojen hallinta ja analyysit",
            "Karttapalvelut ja paikkatietoanalyysit kaavoituksen tueksi",
            "Luontotietojen paikkatietokanta",
        ],
        ["mittaus", "maank", "ymp"],
    ),
    P(
        "h-oskari",
        "gis",
        "",
        ["Karttapalvelu (Oskari)", "kartta.harjuniemi.fi", "Oskari-karttapalvelu"],
        [
            "Kaupungin julkinen karttapalvelu asukkaille",
            "Opaskartta, kaavat ja ilmakuvat selainkartalla",
        ],
        ["mittaus", "liik"],
    ),
    P(
        "h-lupapiste",
        "building-permits",
        "Evolta / Cloudpermit",
        ["Lupapiste", "Lupapiste.fi", "Lupapiste-asiointi"],
        [
            "Rakennuslupahakemusten sähköinen jättäminen ja käsittely",
            "Lupa-asioinnin kanava hakijoille, katselmukset",
            "Poikkeamisluvat ja maisematyöluvat",
        ],
        ["rava", "rava", "maank"],
    ),
    P(
        "h-facta",
        "building-permits;cadastre",
        "Trimble",
        ["Facta Rakennusvalvonta", "Facta", "Facta kiinteistötietojärjestelmä"],
        [
            "Rakennusvalvonnan rekisteri: rakennus- ja huoneistotiedot, lupapäätökset",
            "Kiinteistörekisteri ja kiinteistötoimitukset",
            "Osoitteet ja rakennustunnukset; tiedot VTJ:hin",
        ],
        ["rava", "mittaus"],
    ),
    P(
        "h-locus",
        "land-use-planning",
        "Trimble",
        ["Trimble Locus", "Locus kaava", "Trimble Locus – kaavoitus"],
        [
            "Asemakaavojen laadinta ja kaavatietomallit",
            "Kaavoituksen työtila, yleiskaavan muutokset",
            "Kaavoituskatsaus ja kaavojen vireilletulot",
        ],
        ["maank"],
    ),
    # ---- urban environment ----
    P(
        "h-infrakit",
        "street-maintenance",
        "Infrakit",
        ["Infrakit", "InfraKit", "Infrakit kunnossapito"],
        [
            "Katujen ja puistojen kunnossapitotöiden seuranta urakoitsijoiden kanssa",
            "Talvikunnossapidon työmaapäiväkirjat ja havainnot",
            "Viheralueiden hoitoluokitus ja hoitotyöt",
        ],
        ["ya"],
    ),
    P(
        "h-sitraffic",
        "traffic-management",
        "Siemens Mobility",
        ["Siemens Sitraffic Scala", "Liikennevalo-ohjaus", "Sitraffic"],
        [
            "Liikennevalojen keskusohjaus ja vikailmoitukset",
            "Liikennelaskentojen ja valo-ohjelmien hallinta",
        ],
        ["liik"],
    ),
    P(
        "h-waltti",
        "public-transport",
        "Waltti / Tieto",
        ["Waltti", "Waltti-lippujärjestelmä", "Joukkoliikenteen lippu- ja maksujärjestelmä"],
        [
            "Paikallisliikenteen lippu- ja maksujärjestelmä, matkakortit",
            "Joukkoliikenteen matkustajamäärät ja lipputuotteet",
            "Koululaisten bussikortit",
        ],
        ["liik", "liik", "pk"],
    ),
    P(
        "h-pvv",
        "parking",
        "Tiera",
        ["Pysäköinninvalvonnan järjestelmä", "PVV-järjestelmä (Tiera)", "Pysäköintivirhemaksut"],
        [
            "Pysäköintivirhemaksujen kirjaaminen käsipäätteillä ja oikaisuvaatimukset",
            "Pysäköinninvalvonta, laskutus ja perintä",
        ],
        ["pys"],
    ),
    P(
        "h-moovy",
        "parking",
        "Moovy",
        ["Moovy", "Moovy pysäköintisovellus"],
        ["Mobiilipysäköinti ja asukaspysäköintitunnukset", "Pysäköintimaksut sovelluksella"],
        ["liik"],
    ),
    P(
        "h-envimon",
        "environmental-monitoring",
        "Envimon",
        ["Ilmanlaadun mittausverkko (Envimon)", "Envimon", "Ilmanlaatuportaali"],
        [
            "Ilmanlaadun ja melun seuranta mittausasemilla",
            "Mittausaineistojen tallennus ja raportointi ELY-keskukselle",
        ],
        ["ymp"],
    ),
    P(
        "h-vati",
        "environmental-health",
        "Ruokavirasto",
        ["VATI", "Vati-valvontatietojärjestelmä", "Ruokaviraston VATI"],
        [
            "Elintarvike- ja terveydensuojeluvalvonnan kohteet, tarkastukset ja Oiva-raportit",
            "Valvontasuunnitelma, tarkastuskertomukset",
        ],
        ["ymp"],
    ),
    P(
        "h-tampuuri",
        "housing",
        "Tampuuri",
        ["Tampuuri", "Tampuuri asukasvalinta", "Tampuuri vuokrahallinto"],
        [
            "Vuokra-asuntohakemusten käsittely ja asukasvalinta",
            "Vuokralaisten tiedot, vuokrasopimukset ja huoltokirja",
            "Asuntojonon hallinta",
        ],
        ["asu"],
    ),
    P(
        "h-pronto",
        "rescue-services",
        "Pelastusopisto",
        ["PRONTO", "Pronto-onnettomuustietokanta", "Pronto"],
        [
            "Pelastustoimen resurssi- ja onnettomuustilastointi",
            "Valvontatoiminnan kirjaukset, palotarkastukset",
        ],
        ["pel"],
    ),
    P(
        "h-portactivity",
        "port",
        "Awake.AI",
        ["Port Activity App", "PortActivity.fi", "Satama – alusliikenteen järjestelmä"],
        [
            "Alusten saapumiset, laituripaikat ja satamamaksujen perusteet",
            "Satamakäyntien koordinointi ja aikataulut",
        ],
        ["satama"],
    ),
    # ---- facilities ----
    P(
        "h-varaamo",
        "facility-booking",
        "",
        ["Varaamo", "Varaamo-tilavaraus", "Tilavarauspalvelu Varaamo"],
        [
            "Kaupungin tilojen ja laitteiden varaaminen asukkaille",
            "Kirjaston työtilojen ja studioiden varaus",
            "Nuorisotilojen iltavuorojen varaus",
        ],
        ["kh", "kirj", "nuoriso"],
    ),
    P(
        "h-timmi",
        "facility-booking",
        "Timmi Software",
        ["Timmi", "Timmi tilavaraus", "Timmi (Timmi Software)"],
        [
            "Liikuntapaikkojen salivuorojen varaus ja vuorojako seuroille",
            "Urheilukenttien ja jäähallien vuorojen myynti ja laskutus",
            "Koulujen liikuntasalien iltakäyttö",
        ],
        ["liikunta", "liikunta", "pk"],
    ),
    P(
        "h-granlund",
        "facility-management",
        "Granlund",
        ["Granlund Manager", "Granlund Manager (kiinteistönpito)", "GM"],
        [
            "Kiinteistöjen huoltokirjat, huoltotehtävät ja kunnossapito",
            "Tilat ja pinta-alat, sisäiset vuokrat, PTS",
            "Kiinteistöjen kuntoarviot ja korjausvelka",
        ],
        ["ya", "pkeskus"],
    ),
    P(
        "h-nuuka",
        "energy-management",
        "Nuuka Solutions",
        ["Nuuka", "Nuuka energianhallinta"],
        [
            "Rakennusten energiankulutuksen ja sisäolosuhteiden seuranta",
            "Kiinteistöautomaation analytiikka, kulutusraportit",
        ],
        ["ya"],
    ),
    P(
        "h-iloq",
        "access-control",
        "iLOQ",
        ["iLOQ", "iLOQ Manager", "iLOQ kulunvalvonta"],
        [
            "Avainhallinta ja kulkuoikeudet kouluissa ja päiväkodeissa",
            "Sähköiset lukot ja kulkuoikeudet",
        ],
        ["ya", "kasko"],
    ),
    P(
        "h-jamix",
        "catering",
        "Jamix",
        ["Jamix", "Jamix ruokapalvelujärjestelmä", "JAMIX"],
        [
            "Ruokalistat, reseptit, ravintosisällöt ja erityisruokavaliot",
            "Ateriatilaukset ja keittiöiden raaka-ainetilaukset",
            "Ruokahävikin seuranta",
        ],
        ["pkeskus", "vaka"],
    ),
    P(
        "h-aromi",
        "catering",
        "CGI",
        ["Aromi", "CGI Aromi"],
        [
            "Sairaalan potilasruokailu ja dieetit, ateriatilaukset osastoilta",
            "Ruokatuotannon ohjaus",
        ],
        ["sair"],
    ),
    # ---- education ----
    P(
        "h-primus",
        "pupil-administration",
        "Visma",
        ["Primus", "Visma Primus", "Primus-oppilashallinto"],
        [
            "Oppilas- ja opiskelijarekisteri, todistukset ja arviointi",
            "Opiskelijavalinnat ja opintosuoritusrekisteri",
        ],
        ["pk", "lukio", "kasko"],
    ),
    P(
        "h-wilma",
        "pupil-administration",
        "Visma",
        ["Wilma", "Visma Wilma", "Wilma-huoltajaviestintä"],
        [
            "Koti ja koulu -viestintä, poissaolot, arvioinnit",
            "Huoltajien viestit, lukujärjestykset ja kurssivalinnat",
        ],
        ["pk", "lukio"],
    ),
    P(
        "h-moodle",
        "learning-platform",
        "Moodle / Eduix",
        ["Moodle", "Moodle-oppimisympäristö", "moodle.harjuniemi.fi"],
        [
            "Lukiokurssien verkko-oppimisympäristö",
            "Verkkokurssit ja tehtävien palautus",
            "Työväenopiston verkkokurssien alusta",
        ],
        ["lukio", "lukio", "tvo"],
    ),
    P(
        "h-pedanet",
        "learning-platform",
        "Peda.net",
        ["Peda.net", "Pedanet", "Peda.net-oppimisympäristö"],
        ["Koulujen oppimisalusta ja kotisivut", "Oppimateriaalit ja portfoliot perusopetuksessa"],
        ["pk"],
    ),
    P(
        "h-daisy",
        "early-childhood",
        "Tietokeskus / Visma",
        ["eDaisy", "Daisy (Edlevo)", "Daisy varhaiskasvatus"],
        [
            "Varhaiskasvatuspaikkojen haku, sijoitukset ja asiakasmaksupäätökset",
            "Varhaiskasvatuksen asiakastiedot ja läsnäolot",
            "Paikanhaku ja palvelusetelit",
        ],
        ["vaka", "kasko"],
    ),
    P(
        "h-paikky",
        "early-childhood",
        "Päikky Oy",
        ["Päikky", "Päikky-sovellus"],
        [
            "Päiväkotien hoitoaikojen ilmoittaminen ja viestintä huoltajien kanssa",
            "Lasten läsnäolokirjaukset tableteilla, vasu-dokumentit",
            "Esiopetusryhmien läsnäolot ja viestintä huoltajille",
        ],
        ["vaka", "vaka", "pk"],
    ),
    P(
        "h-hellewi",
        "course-management",
        "Hellewi",
        ["Hellewi", "Hellewi-kurssihallinta", "Hellewi ilmoittautumiset"],
        [
            "Opiston kurssitarjonta, ilmoittautumiset ja kurssimaksut",
            "Kurssien suunnittelu ja opettajien tuntiseuranta",
        ],
        ["tvo"],
    ),
    P(
        "h-kyyti",
        "school-transport",
        "Kyyti Group",
        [
            "Kyyti koulukuljetukset",
            "Koulukuljetusten reititys (Kyyti)",
            "Kuljetuspalvelujärjestelmä",
        ],
        [
            "Koulukuljetusoppilaiden reitit ja kuljetustilaukset taksiyrittäjille",
            "Erityisoppilaiden kuljetukset",
        ],
        ["pk", "kasko"],
    ),
    # ---- health & social ----
    P(
        "h-apotti",
        "patient-records;social-care-records",
        "Apotti Oy / Epic",
        ["Apotti", "Apotti (Epic)", "Apotti-asiakas- ja potilastietojärjestelmä"],
        [
            "Potilaskertomus ja hoitotyön kirjaaminen, myös ajanvaraus ja lääkitys",
            "Sosiaalihuollon asiakirjat ja potilastiedot yhdessä järjestelmässä",
            "Terveysasemien ja sairaalan potilastietojärjestelmä",
        ],
        ["terv", "perhe", "sair"],
    ),
    P(
        "h-pegasos",
        "dental-care",
        "Tietoevry",
        ["Pegasos Hammashuolto", "Pegasos suun terveydenhuolto", "Pegasos"],
        [
            "Suun terveydenhuollon potilastiedot ja hoitosuunnitelmat",
            "Hammashoitoloiden ajanvaraus ja hoitojaksot",
        ],
        ["suun"],
    ),
    P(
        "h-klinik",
        "appointment-booking",
        "Klinik Healthcare Solutions",
        ["Klinik", "Klinik Access", "Klinik-yhteydenotto"],
        [
            "Sähköinen yhteydenotto ja hoidon tarpeen arviointi, jonojen ohjaus",
            "Digitaalinen ajanvaraus- ja yhteydenottokanava terveysasemille ja hammashoitoloihin",
        ],
        ["terv", "suun"],
    ),
    P(
        "h-multilab",
        "laboratory",
        "CGI",
        ["Multilab", "Multilab LIS"],
        [
            "Laboratorion tilaukset, näytteet ja tulokset",
            "Laboratoriotutkimusten tulosten siirto Apottiin",
        ],
        ["sair"],
    ),
    P(
        "h-sectra",
        "medical-imaging",
        "Sectra",
        ["Sectra PACS", "PACS (Sectra)", "Sectra IDS7"],
        ["Röntgenkuvien arkistointi ja katselu", "Kuvantamistutkimusten lausunnot ja kuva-arkisto"],
        ["sair", "suun"],
    ),
    P(
        "h-domacare",
        "home-care",
        "Domacare",
        ["Domacare", "DomaCare kotihoito", "Domacare mobiili"],
        [
            "Kotihoidon asiakaskäyntien toiminnanohjaus ja mobiilikirjaukset",
            "Kotihoidon reittisuunnittelu ja käyntiajat",
        ],
        ["sair"],
    ),
    P(
        "h-effica-ls",
        "child-welfare",
        "Tietoevry",
        ["Effica lastensuojelu", "Effica LS", "Lastensuojelun asiakastietojärjestelmä"],
        [
            "Lastensuojeluilmoitukset, asiakkuudet ja sijaishuolto",
            "Perhetyön ja lastensuojelun kirjaukset",
        ],
        ["perhe"],
    ),
    # ---- culture & leisure ----
    P(
        "h-sierra",
        "library",
        "Innovative / Clarivate",
        ["Sierra", "Sierra (III)", "Kirjastojärjestelmä Sierra"],
        [
            "Kirjastojärjestelmä: lainaus, aineistohankinta, asiakasrekisteri",
            "Kirjaston kokoelmat, luettelointi ja varaukset",
            "Kirjastoautojen lainaus",
        ],
        ["kirj"],
    ),
    P(
        "h-muusa",
        "museum-collections",
        "Collecte",
        ["Muusa", "Muusa kokoelmahallinta", "Collecte Muusa"],
        [
            "Museokokoelmien luettelointi ja kuvailu",
            "Esineiden ja valokuvien kokoelmarekisteri, lainaukset",
        ],
        ["museo"],
    ),
    P(
        "h-lippupiste",
        "event-ticketing",
        "Lippupiste",
        ["Lippupiste", "Lippupiste Oy", "Lipunmyynti (Lippupiste)"],
        ["Kulttuuritalon ja konserttien lipunmyynti", "Tapahtumien lipunmyynti ja myyntiraportit"],
        ["kult"],
    ),
    P(
        "h-sporttipassi",
        "sports-services",
        "",
        ["Sporttipassi", "Sporttipassi-järjestelmä"],
        [
            "Ikäihmisten ja nuorten liikuntapassit, ohjattu liikunta",
            "Ohjattujen liikuntaryhmien ilmoittautumiset ja osallistujaseuranta",
        ],
        ["liikunta"],
    ),
    P(
        "h-nuti",
        "youth-services",
        "",
        ["Nuorisotietojärjestelmä Nuti", "NUTI", "Nuti"],
        [
            "Nuorisotalojen kävijätilastot, toimintaryhmät ja etsivä nuorisotyö",
            "Etsivän nuorisotyön asiakaskirjaukset",
        ],
        ["nuoriso"],
    ),
    P(
        "h-ura",
        "business-services",
        "KEHA-keskus",
        ["URA-asiakastietojärjestelmä", "URA (KEHA)", "URA"],
        [
            "Työllisyyspalveluiden asiakkuudet ja työnhakijoiden palvelut",
            "Työnhakijoiden suunnitelmat ja palvelutarpeen arviointi",
        ],
        ["kel"],
    ),
    P(
        "h-haahtela",
        "construction-design",
        "Haahtela",
        ["Haahtela-hankehallinta", "Haahtela HANKE", "Haahtela TaKu"],
        [
            "Rakennushankkeiden tavoitehinta- ja kustannuslaskenta",
            "Hankesuunnittelu, tilaohjelmat ja kustannusarviot",
        ],
        ["ya"],
    ),
]

H_GENERIC_NOTES = [
    "SaaS-palvelu",
    "Pilvipalvelu, toimittajan konesalissa",
    "Pääkäyttäjä nimetty",
    "Tietosuojaseloste päivitetty 2023",
    "Kilpailutetaan uudelleen 2025",
    "Vanha versio, päivitys suunnitteilla",
    "Kaupungin yhteinen sopimus",
    "Käyttöoikeudet AD-ryhmien kautta",
    "On-premise, kaupungin konesali",
    "Lisenssit tietohallinnon budjetissa",
    "Tietoturva-arviointi tehty 2022",
]

# ---------------------------------------------------------------------------
# I  —  Vaaralahden kaupunki (small-to-mid Finnish municipality, post-2023,
#        no social & health care).  Two sheets.
# ---------------------------------------------------------------------------
I_SECT = {
    "KO": "Konsernipalvelut",
    "SI": "Sivistyspalvelut",
    "TE": "Tekniset palvelut",
    "HV": "Hyvinvointi- ja vapaa-aikapalvelut",
    "EL": "Elinvoimapalvelut",
}
I_DEPTS = [
    ("hallinto", "Hallinto ja kirjaamo", "KO"),
    ("talous", "Talouspalvelut", "KO"),
    ("hr", "Henkilöstöpalvelut", "KO"),
    ("ict", "ICT-palvelut", "KO"),
    ("ict2", "Konsernipalvelut/ICT", "KO"),
    ("viestinta", "Viestintä ja markkinointi", "KO"),
    ("vaka", "Varhaiskasvatus", "SI"),
    ("perus", "Perusopetus", "SI"),
    ("perus2", "Sivistys - perusopetus", "SI"),
    ("lukio", "Vaaralahden lukio", "SI"),
    ("opisto", "Kansalaisopisto", "SI"),
    ("sivhal", "Sivistyspalvelujen hallinto", "SI"),
    ("rava", "Rakennusvalvonta", "TE"),
    ("kaava", "Kaavoitus ja maankäyttö", "TE"),
    ("kuntatek", "Kuntatekniikka", "TE"),
    ("tila", "Tilapalvelut", "TE"),
    ("tila2", "Tekn. palv. / tilapalvelut", "TE"),
    ("vesi", "Vaaralahden Vesi (liikelaitos)", "TE"),
    ("ruoka", "Ruoka- ja puhtauspalvelut", "TE"),
    ("ymp", "Ympäristönsuojelu", "TE"),
    ("kirj", "Kirjasto", "HV"),
    ("liikunta", "Liikuntapalvelut", "HV"),
    ("nuoriso", "Nuorisopalvelut", "HV"),
    ("kult", "Kulttuuri ja museo", "HV"),
    ("elink", "Elinkeinopalvelut", "EL"),
    ("tyoll", "Työllisyyspalvelut", "EL"),
    ("matkailu", "Matkailu / Visit Vaaralahti", "EL"),
]

I_PRODUCTS = [
    # ===== sheet 2: Palvelut ja lisenssit (basic IT, SaaS, licences) =====
    P(
        "i-m365",
        "office-email",
        "Microsoft / Atea",
        ["Microsoft 365 E3", "M365", "Office 365 -lisenssit", "Outlook + Office"],
        [
            "Toimisto-ohjelmat ja sähköposti",
            "Sähköposti ja kalenteri, OneDrive",
            "Opettajien Office-lisenssit (A3), sähköposti",
        ],
        ["ict", "hallinto", "perus", "lukio", "tila"],
        sheet=1,
    ),
    P(
        "i-google",
        "office-email;learning-platform",
        "Google",
        ["Google Workspace for Education", "G Suite (koulut)", "Google Workspace"],
        [
            "Oppilaiden sähköposti, Drive ja dokumentit, Classroom-tehtävät",
            "Classroom ja Google-dokumentit opetuksessa",
            "Oppilaiden tunnukset ja tiedostot",
        ],
        ["perus2", "lukio", "sivhal"],
        sheet=1,
    ),
    P(
        "i-teams",
        "video-meetings",
        "Microsoft",
        ["Teams", "Microsoft Teams", "MS Teams -kokoukset"],
        [
            "Etäkokoukset ja chat",
            "Videopalaverit, tiimien keskustelut",
            "Valtuuston ja lautakuntien etäosallistuminen kokouksiin",
        ],
        ["ict", "vaka", "hallinto", "kuntatek"],
        sheet=1,
    ),
    P(
        "i-whereby",
        "video-meetings",
        "Whereby",
        ["Whereby", "Whereby Business"],
        [
            "Etätapaamiset asiakkaiden kanssa ilman asennuksia",
            "Työnhakijoiden etäohjaus ja -tapaamiset",
        ],
        ["elink", "tyoll"],
        sheet=1,
    ),
    P(
        "i-entra",
        "identity-access",
        "Microsoft",
        ["Azure AD", "Entra ID", "Azure AD / käyttäjähallinta"],
        ["Käyttäjätunnukset ja kertakirjautuminen", "Käyttöoikeuksien hallinta ja MFA"],
        ["ict2"],
        sheet=1,
    ),
    P(
        "i-otrs",
        "itsm",
        "Znuny / Avoin Systems",
        ["Znuny (OTRS)", "OTRS helpdesk", "Tukipyynnöt OTRS"],
        ["Käyttäjätuen tiketöinti", "IT-tuki: vikailmoitukset ja laitetilaukset kouluille"],
        ["ict", "perus"],
        sheet=1,
    ),
    P(
        "i-intune",
        "endpoint-management",
        "Microsoft",
        ["Intune", "Microsoft Intune"],
        ["Työasemien hallinta ja päivitykset", "Puhelimien ja läppärien hallinta, sovellusjakelu"],
        ["ict2", "ict"],
        sheet=1,
    ),
    P(
        "i-jamf",
        "endpoint-management",
        "Jamf",
        ["Jamf School", "Jamf", "JAMF iPad-hallinta"],
        ["Koulujen iPadien hallinta ja sovellusjakelu", "Päiväkotien tablettien hallinta"],
        ["perus", "vaka"],
        sheet=1,
    ),
    P(
        "i-vaarainfo",
        "intranet",
        "Sitowise / WordPress",
        ["Vaarainfo intranet", "Vaarainfo", "Intra (WordPress)"],
        ["Henkilöstön intranet, ohjeet ja tiedotteet", "Sisäinen tiedotus"],
        ["viestinta", "hr"],
        sheet=1,
    ),
    P(
        "i-wordpress",
        "web-publishing",
        "Geniem",
        ["vaaralahti.fi – WordPress", "WordPress-verkkosivut", "Kotisivut vaaralahti.fi"],
        [
            "Kaupungin verkkosivujen julkaisujärjestelmä",
            "Verkkosivujen sisällöt ja tiedotteet, saavutettavuus",
            "Kirjaston sivut osana vaaralahti.fi",
        ],
        ["viestinta", "hallinto", "kirj"],
        sheet=1,
    ),
    P(
        "i-visitsite",
        "web-publishing",
        "Sitecore / Mediasignal",
        ["visitvaaralahti.fi", "Matkailusivusto visitvaaralahti.fi"],
        [
            "Matkailun markkinointisivusto ja tapahtumakalenteri",
            "Matkailusivuston sisällöntuotanto ja ylläpito",
        ],
        ["matkailu", "elink"],
        sheet=1,
    ),
    P(
        "i-vismasign",
        "e-signature",
        "Visma",
        ["Visma Sign", "VismaSign"],
        [
            "Sähköinen allekirjoitus sopimuksiin ja pöytäkirjoihin",
            "Työsopimusten sähköinen allekirjoittaminen",
        ],
        ["hallinto", "hr"],
        sheet=1,
    ),
    P(
        "i-webropol",
        "survey-forms",
        "Webropol",
        ["Webropol", "Webropol-kyselyt"],
        [
            "Kyselyt ja lomakkeet",
            "Huoltajakyselyt ja asiakastyytyväisyyskyselyt varhaiskasvatuksessa",
        ],
        ["hallinto", "vaka", "sivhal"],
        sheet=1,
    ),
    P(
        "i-jotform",
        "survey-forms",
        "Jotform",
        ["Jotform", "JotForm-lomakkeet"],
        ["Ilmoittautumislomakkeet leireille ja tapahtumiin", "Sähköiset lomakkeet liikuntaryhmiin"],
        ["nuoriso", "liikunta"],
        sheet=1,
    ),
    P(
        "i-uniflow",
        "printing",
        "Canon",
        ["Canon uniFLOW", "uniFLOW Online", "Tulostus (uniFLOW)"],
        ["Tulostuksen hallinta ja kulunseuranta", "Monitoimilaitteiden tulostus ja skannaus"],
        ["ict", "perus2"],
        sheet=1,
    ),
    P(
        "i-touchpoint",
        "telephony",
        "Telia",
        ["Telia Touchpoint", "Touchpoint-vaihde", "Telia vaihdepalvelu"],
        ["Puhelinvaihde ja palvelunumerot", "Vaihdepalvelu ja soittojonot"],
        ["ict", "hallinto"],
        sheet=1,
    ),
    P(
        "i-azure",
        "it-infrastructure",
        "Microsoft / Atea",
        ["Microsoft Azure", "Azure-pilvipalvelut", "Azure"],
        [
            "Palvelimet ja tallennus pilvessä",
            "Integraatiot ja palvelinympäristö",
            "Cloud hosting for servers (IaaS)",
        ],
        ["ict2"],
        sheet=1,
    ),
    P(
        "i-veeam",
        "it-infrastructure",
        "Veeam",
        ["Veeam Backup", "Veeam", "Varmuuskopiointi (Veeam)"],
        ["Palvelimien varmuuskopiointi", "Varmistukset ja palautukset"],
        ["ict"],
        sheet=1,
    ),
    P(
        "i-adobe",
        "communications",
        "Adobe",
        ["Adobe Creative Cloud", "Adobe CC", "Adobe InDesign / Photoshop"],
        ["Taitto ja kuvankäsittely markkinointimateriaaleihin", "Esitteiden ja julisteiden taitto"],
        ["viestinta", "kult"],
        sheet=1,
    ),
    P(
        "i-canva",
        "communications",
        "Canva",
        ["Canva Pro", "Canva"],
        [
            "Somepostausten ja julisteiden tekeminen",
            "Nuorisotyön somesisällöt",
            "Matkailumarkkinoinnin kampanjakuvat",
        ],
        ["liikunta", "nuoriso", "matkailu"],
        sheet=1,
    ),
    P(
        "i-edilex",
        "reference-information",
        "Alma Talent",
        ["Edilex", "Edilex-lakitietopalvelu"],
        ["Lakitietopalvelu", "Säädökset ja oikeustapaukset hallintojohtajalle"],
        ["rava", "hallinto"],
        sheet=1,
    ),
    P(
        "i-kuntamaisema",
        "statistics-research",
        "Kuntamaisema",
        ["Kuntamaisema", "Kuntamaisema.fi"],
        [
            "Kuntien vertailutiedot ja tunnusluvut",
            "Väestö- ja talousvertailut, tutkimusaineistot valtuustoseminaariin",
        ],
        ["talous", "hallinto"],
        sheet=1,
    ),
    P(
        "i-sympa",
        "hr-management",
        "Sympa",
        ["Sympa HR", "Sympa", "SympaHR"],
        [
            "Henkilöstötiedot, perehdytys, kehityskeskustelut",
            "Henkilöstöhallinnon järjestelmä, poissaolojen kirjaus esimiehille",
        ],
        ["hr", "vaka", "ruoka"],
        sheet=1,
    ),
    P(
        "i-kuntarekry",
        "recruitment",
        "Kuntarekry",
        ["Kuntarekry", "Kuntarekry.fi"],
        ["Työpaikkailmoitukset ja hakemusten käsittely", "Sijaisten rekrytointi"],
        ["hr", "vaka", "perus"],
        sheet=1,
    ),
    P(
        "i-projectplace",
        "project-portfolio",
        "Planview",
        ["Projectplace", "Projectplace (Planview)"],
        [
            "Hankkeiden ja investointiprojektien hallinta",
            "EU-hankkeiden projektinhallinta ja tehtävät",
        ],
        ["kuntatek", "elink"],
        sheet=1,
    ),
    P(
        "i-avustukset",
        "grants",
        "",
        ["Avustukset.fi", "avustukset.fi -palvelu", "Avustusjärjestelmä"],
        [
            "Järjestö- ja kulttuuriavustusten haku, käsittely ja maksatus",
            "Liikuntaseurojen avustusten käsittely",
            "Nuorisoyhdistysten toiminta-avustukset",
        ],
        ["kult", "liikunta", "nuoriso"],
        sheet=1,
    ),
    P(
        "i-zettle",
        "point-of-sale",
        "PayPal",
        ["Zettle", "iZettle-kassat", "Zettle by PayPal"],
        ["Uimahallin kassa ja kahvio", "Museokaupan myynti ja tapahtumien pääsyliput"],
        ["liikunta", "kult"],
        sheet=1,
    ),
    P(
        "i-tarjouspalvelu",
        "procurement",
        "Cloudia",
        ["Tarjouspalvelu.fi", "Tarjouspalvelu (Cloudia)"],
        ["Kilpailutusten tarjouspyynnöt ja tarjousten vertailu", "Hankintailmoitukset HILMAan"],
        ["talous", "tila2"],
        sheet=1,
    ),
    P(
        "i-harrastushaku",
        "youth-services",
        "",
        ["Harrastushaku.fi", "Harrastushaku"],
        [
            "Harrastamisen Suomen mallin kerhojen ilmoittautumiset koululaisille",
            "Nuorten harrastuskerhojen haku ja kävijämäärät",
        ],
        ["perus2", "nuoriso"],
        sheet=1,
    ),
    # ===== sheet 1: Sovellukset =====
    P(
        "i-tweb",
        "case-management;meeting-management",
        "Triplan",
        ["Tweb", "Tweb asianhallinta", "Tweb kokoushallinta", "TWeb"],
        [
            "Asianhallinta, diaari ja kirjaamo",
            "Kokoushallinta: esityslistat, pöytäkirjat, päätösten julkaisu",
            "Viranhaltijapäätökset",
            "Toimielinten kokoukset ja sähköiset kokousmateriaalit",
        ],
        ["hallinto", "sivhal", "rava", "kuntatek", "ymp"],
    ),
    P(
        "i-earkisto",
        "archive",
        "Tiera",
        ["Kunta eArkisto", "eArkisto", "Tiera eArkisto"],
        [
            "Sähköinen pitkäaikaissäilytys",
            "Pysyvästi säilytettävien asiakirjojen arkistointi, SÄHKE2-siirrot",
        ],
        ["hallinto"],
    ),
    P(
        "i-evolvit",
        "e-services",
        "Evolvit",
        ["eAsiointi (Evolvit)", "Evolvit-lomakkeet", "Sähköinen asiointi"],
        [
            "Sähköiset hakemukset kuntalaisille: avustukset, luvat, ilmoittautumiset",
            "Asiointipalvelu, vahva tunnistautuminen",
            "Yritysten sähköiset hakemukset (esim. terassiluvat)",
        ],
        ["hallinto", "kult", "elink"],
    ),
    P(
        "i-palaute",
        "customer-feedback",
        "",
        ["Palautepalvelu (Anna palautetta)", "Palautejärjestelmä", "palaute.vaaralahti.fi"],
        ["Asukaspalaute ja vastaukset", "Katuvalo- ja kunnossapitopalautteet"],
        ["hallinto", "kuntatek"],
    ),
    P(
        "i-sopima",
        "contract-management",
        "Sopima",
        ["Sopima", "Sopima sopimushallinta"],
        ["Sopimusten hallinta, muistutukset sopimuskausien päättymisestä", "Sopimusrekisteri"],
        ["talous", "hallinto"],
    ),
    P(
        "i-rondo",
        "invoice-processing",
        "Visma",
        ["Rondo", "Visma Rondo", "Rondo-ostolaskut"],
        [
            "Ostolaskujen kierto ja hyväksyntä",
            "Ostolaskujen asiatarkastus ja hyväksyntä yksiköissä",
        ],
        ["talous", "vaka", "kuntatek"],
    ),
    P(
        "i-populus",
        "accounting;billing",
        "Visma",
        ["Populus", "Populus taloushallinto", "Populus myyntireskontra"],
        [
            "Kirjanpito, reskontrat ja tilinpäätös",
            "Pääkirjanpito ja sisäinen laskenta",
            "Myyntilaskutus ja perintä, varhaiskasvatusmaksujen laskutus",
        ],
        ["talous", "talous", "vaka"],
    ),
    P(
        "i-talgraf",
        "budgeting",
        "Talgraf",
        ["Talgraf", "Talgraf budjetointi"],
        ["Talousarvion valmistelu ja seuranta", "Budjetin laadinta ja raportointi valtuustolle"],
        ["talous", "sivhal"],
    ),
    P(
        "i-op",
        "payments",
        "OP",
        ["OP Yrityspankki", "OP Corporate", "Maksuliikenne (OP)"],
        ["Maksuliikenne ja kassanhallinta", "Pankkiyhteydet ja tiliotteet"],
        ["talous"],
    ),
    P(
        "i-personec",
        "payroll",
        "Visma / Sarastia",
        ["Personec F palkka", "Palkat (Personec F)", "Personec palkanlaskenta"],
        ["Palkanlaskenta", "Palkat ja palkkioiden maksu, luottamushenkilöiden kokouspalkkiot"],
        ["hr", "talous"],
    ),
    P(
        "i-maxipoint",
        "shift-planning",
        "MaxiPoint",
        ["MaxiPoint", "MaxiPoint työvuorot"],
        [
            "Ruoka- ja puhtauspalvelujen työvuorosuunnittelu",
            "Vuorolistat varhaiskasvatuksessa ja sijaistarve",
        ],
        ["ruoka", "vaka"],
    ),
    P(
        "i-locus",
        "gis",
        "Trimble",
        ["Trimble Locus", "Locus", "Trimble Locus -paikkatieto"],
        [
            "Kunnan paikkatietojärjestelmä ja pohjakartat",
            "Karttojen tulostus ja paikkatietoanalyysit",
        ],
        ["kaava", "kuntatek"],
    ),
    P(
        "i-qgis",
        "gis",
        "QGIS (avoin lähdekoodi)",
        ["QGIS", "QGIS 3.28"],
        [
            "Luontokartoitusten ja pohjavesialueiden karttatyöt",
            "Paikkatietoaineistojen käsittely ympäristönsuojelussa",
        ],
        ["ymp"],
    ),
    P(
        "i-cloudpermit",
        "building-permits",
        "Cloudpermit",
        ["Cloudpermit", "Cloudpermit rakennusvalvonta", "Cloudpermit-lupapalvelu"],
        [
            "Rakennuslupien sähköinen haku ja käsittely, katselmukset",
            "Rakennusvalvonnan lupapäätökset ja lupien arkistointi",
        ],
        ["rava"],
    ),
    P(
        "i-lupapiste",
        "building-permits",
        "Evolta",
        ["Lupapiste", "Lupapiste.fi"],
        ["Maisematyöluvat ja poikkeamispäätökset", "Vanhojen rakennuslupien haku (ennen 2022)"],
        ["kaava", "rava"],
    ),
    P(
        "i-sitokaava",
        "land-use-planning",
        "Sitowise",
        ["Kaavatyökalu (Sitowise)", "Sito Kaavoitus"],
        ["Asemakaavojen ja yleiskaavan laadinta", "Kaavatietomallit ja kaavamerkinnät"],
        ["kaava"],
    ),
    P(
        "i-ktj",
        "cadastre",
        "Maanmittauslaitos",
        ["KTJ-katselu", "KTJ (Kiinteistötietojärjestelmä)", "Maanmittauslaitoksen KTJ"],
        [
            "Kiinteistörekisteriotteet, lainhuudot ja kiinnitykset",
            "Kiinteistötietojen tarkistus maankäyttösopimuksiin",
            "Tonttien omistajatiedot",
        ],
        ["rava", "kaava", "elink"],
    ),
    P(
        "i-trimbleaccess",
        "surveying",
        "Trimble",
        ["Trimble Access", "Mittauskoje-ohjelmisto Trimble Access"],
        ["Maastomittaukset ja merkinnät", "Rakennusten paikan merkinnät ja sijaintikatselmukset"],
        ["kuntatek"],
    ),
    P(
        "i-infraweb",
        "street-maintenance",
        "Infraweb",
        ["Infraweb Kunnossapito", "Infraweb"],
        [
            "Talvikunnossapito ja auraus, urakoitsijoiden seuranta",
            "Katujen ja puistojen hoitotyöt, hoitoluokat",
        ],
        ["kuntatek"],
    ),
    P(
        "i-keyaqua",
        "water-utility",
        "Keypro",
        ["KeyAqua", "Keypro KeyAqua", "Vesijohtoverkoston tietojärjestelmä"],
        [
            "Vesi- ja viemäriverkoston verkostotiedot ja kartat",
            "Verkoston saneerausten suunnittelu ja vuotojen kirjaus",
        ],
        ["vesi", "kuntatek"],
    ),
    P(
        "i-kuulu",
        "water-utility;billing",
        "Kuulu",
        ["Kuulu", "Kuulu asiakas- ja laskutusjärjestelmä"],
        [
            "Vesihuollon asiakasrekisteri, mittarilukemat ja laskutus",
            "Liittymäsopimukset ja vesilaskut",
        ],
        ["vesi"],
    ),
    P(
        "i-hertta",
        "environmental-monitoring",
        "SYKE",
        ["Vesi-Hertta", "Hertta (SYKE)"],
        ["Vesistöjen tarkkailutulokset ja pohjavesiseuranta", "Kunnan velvoitetarkkailuaineistot"],
        ["ymp", "vesi"],
    ),
    P(
        "i-domus",
        "housing",
        "",
        ["Domus vuokrahallinta", "Domus"],
        [
            "Vuokra-asuntojen haku, asukasvalinta ja vuokrasopimukset",
            "Vuokralaiset ja asuntojen vuokraus",
        ],
        ["tila"],
    ),
    P(
        "i-timmi",
        "facility-booking",
        "Timmi Software",
        ["Timmi", "Vaaralahden varauspalvelu (Timmi)", "Timmi tilavaraus"],
        [
            "Liikuntasalien ja kokoustilojen varaus",
            "Koulujen tilojen iltakäytön vuorot",
            "Kulttuuritalon salien varaukset",
        ],
        ["liikunta", "sivhal", "kult"],
    ),
    P(
        "i-optimaze",
        "facility-management",
        "Rapal",
        ["Rapal Optimaze", "Optimaze"],
        ["Tilojen käyttöaste ja tilahallinta", "Kiinteistöjen pinta-alat ja sisäiset vuokrat"],
        ["tila", "talous"],
    ),
    P(
        "i-huoltonet",
        "facility-management",
        "",
        ["HuoltoNet", "Huoltokirja HuoltoNet"],
        [
            "Kiinteistönhuollon huoltokirja ja vikailmoitukset",
            "Huoltotehtävät ja kiinteistönhoitajien työmääräimet",
        ],
        ["tila2"],
    ),
    P(
        "i-enerkey",
        "energy-management",
        "EnerKey",
        ["EnerKey", "Enerkey-energianseuranta"],
        [
            "Kulutusseuranta: sähkö, lämpö, vesi",
            "Energiankulutuksen raportointi ja hälytykset poikkeamista",
        ],
        ["tila"],
    ),
    P(
        "i-salto",
        "access-control",
        "Salto",
        ["Salto KS", "Salto kulunvalvonta"],
        ["Kulunvalvonta ja sähkölukot kouluissa", "Kulkutunnisteet henkilöstölle"],
        ["tila2", "perus"],
    ),
    P(
        "i-aromi",
        "catering",
        "CGI",
        ["Aromi", "Aromi ruokatuotanto"],
        ["Ruokalistat ja reseptit, ravintoarvot", "Erityisruokavaliot kouluissa ja päiväkodeissa"],
        ["ruoka"],
    ),
    P(
        "i-primus",
        "pupil-administration",
        "Visma",
        ["Primus / Wilma", "Wilma", "Visma Primus"],
        [
            "Oppilashallinto ja arviointi",
            "Kodin ja koulun viestintä, poissaolot",
            "Lukion kurssivalinnat ja ylioppilastutkinto-ilmoittautumiset",
        ],
        ["perus", "perus2", "lukio"],
    ),
    P(
        "i-pedanet",
        "learning-platform",
        "Peda.net",
        ["Peda.net", "Pedanet"],
        ["Oppimisympäristö ja koulujen kotisivut", "Oppimateriaalit alakouluissa"],
        ["perus"],
    ),
    P(
        "i-edlevo",
        "early-childhood",
        "Visma",
        ["Edlevo", "Edlevo (Daisy)", "eDaisy"],
        [
            "Varhaiskasvatuksen paikkahaku, sijoitukset ja läsnäolot",
            "Hoitoaikojen ilmoitukset huoltajilta",
        ],
        ["vaka"],
    ),
    P(
        "i-eepos",
        "course-management",
        "Eepos",
        ["Eepos", "Eepos-kurssihallinto"],
        [
            "Kansalaisopiston kurssit, ilmoittautumiset ja kurssimaksut",
            "Opettajien palkkiot ja tuntikirjaukset kursseittain",
        ],
        ["opisto"],
    ),
    P(
        "i-kyyti",
        "school-transport",
        "Kyyti Group",
        ["Kyyti", "Kyyti Group – koulukyydit"],
        ["Koulukuljetusten reitit ja tilaukset", "Kuljetusoppilaiden aikataulut"],
        ["sivhal"],
    ),
    P(
        "i-koha",
        "library",
        "Koha-Suomi",
        ["Koha", "Koha-Suomi", "Kirjastojärjestelmä Koha"],
        ["Kirjastojärjestelmä", "Lainaus, palautukset ja aineistohankinta"],
        ["kirj"],
    ),
    P(
        "i-finna",
        "library",
        "Kansalliskirjasto",
        ["Finna", "vaaralahti.finna.fi"],
        [
            "Verkkokirjasto",
            "Asiakkaiden aineistohaku ja varaukset verkossa",
            "Koulukirjastojen aineistohaku oppilaille",
        ],
        ["kirj", "kirj", "perus"],
    ),
    P(
        "i-collecte",
        "museum-collections",
        "Collecte",
        ["Collecte", "Collecte kokoelmat"],
        ["Museon kokoelmien luettelointi", "Paikallismuseon esine- ja valokuvakokoelmat"],
        ["kult"],
    ),
    P(
        "i-tiketti",
        "event-ticketing",
        "Tiketti",
        ["Tiketti", "Tiketti-lipunmyynti"],
        ["Teatteri- ja konserttilippujen myynti", "Kesätapahtumien lipunmyynti"],
        ["kult", "matkailu"],
    ),
    P(
        "i-lime",
        "crm",
        "Lime Technologies",
        ["Lime CRM", "LIME", "Yrityspalvelujen CRM (Lime)"],
        ["Yritysasiakkuudet ja yrityskäynnit", "Yrityskontaktit ja tapahtumakutsut"],
        ["elink"],
    ),
    P(
        "i-ura",
        "business-services",
        "KEHA-keskus",
        ["URA", "URA-järjestelmä"],
        [
            "Työllisyyspalvelujen asiakastyö ja työnhakijat",
            "Työnhakijoiden palvelut ja työllistämistuet",
        ],
        ["tyoll"],
    ),
    P(
        "i-tocoman",
        "construction-design",
        "Tocoman",
        ["Tocoman", "Tocoman TCM"],
        ["Rakennushankkeiden kustannuslaskenta", "Korjaushankkeiden määrä- ja kustannuslaskenta"],
        ["tila"],
    ),
]

I_GENERIC_NOTES = [
    "SaaS",
    "Pilvipalvelu",
    "Kuntaliiton puitesopimus",
    "Kilpailutettu 2022",
    "Pääkäyttäjä vaihtunut",
    "Päivitys tulossa",
    "Seudullinen yhteishankinta",
    "Tunnukset AD:n kautta",
    "Käyttö vähäistä",
]

# ---------------------------------------------------------------------------
# J  —  Sjöviks kommun (Swedish municipality)
# ---------------------------------------------------------------------------
J_SECT = {
    "KLF": "Kommunledningsförvaltningen",
    "BUF": "Barn- och utbildningsförvaltningen",
    "SOC": "Socialförvaltningen",
    "SBF": "Samhällsbyggnadsförvaltningen",
    "KFF": "Kultur- och fritidsförvaltningen",
}
J_DEPTS = [
    ("ekonomi", "KLF/Ekonomi", "KLF"),
    ("hr", "KLF/HR och lön", "KLF"),
    ("kansli", "KLF/Kansli", "KLF"),
    ("it", "KLF/IT-enheten", "KLF"),
    ("komm", "KLF/Kommunikation", "KLF"),
    ("upph", "KLF/Upphandling", "KLF"),
    ("naring", "KLF/Näringsliv", "KLF"),
    ("kc", "Kontaktcenter", "KLF"),
    ("forskola", "BUF – Förskola", "BUF"),
    ("grund", "BUF – Grundskola", "BUF"),
    ("gymn", "BUF – Gymnasieskolan", "BUF"),
    ("vux", "Vuxenutbildningen", "BUF"),
    ("elevh", "Elevhälsan", "BUF"),
    ("bufstab", "BUF stab", "BUF"),
    ("ifo", "SOC – Individ- och familjeomsorg", "SOC"),
    ("aldre", "SOC – Äldreomsorg", "SOC"),
    ("hemtj", "SOC – Hemtjänsten", "SOC"),
    ("hsl", "SOC – Hälso- och sjukvård", "SOC"),
    ("ami", "Arbetsmarknad och integration", "SOC"),
    ("bygglov", "SBF – Bygglov", "SBF"),
    ("plan", "SBF – Plan och exploatering", "SBF"),
    ("gis", "SBF – Mät och GIS", "SBF"),
    ("gata", "SBF – Gata/park", "SBF"),
    ("miljo", "Miljö- och hälsoskyddsenheten", "SBF"),
    ("va", "VA-enheten", "SBF"),
    ("rtj", "Räddningstjänsten", "SBF"),
    ("fast", "Fastighet", "SBF"),
    ("kost", "Kostenheten", "SBF"),
    ("bibl", "KFF – Bibliotek", "KFF"),
    ("fritid", "KFF – Fritid", "KFF"),
    ("ungdom", "KFF – Ungdom", "KFF"),
    ("kultur", "KFF – Kultur och museum", "KFF"),
]

J_PRODUCTS = [
    P(
        "j-m365",
        "office-email",
        "Microsoft / Atea",
        ["Microsoft 365", "Office 365", "M365 (E3)", "Outlook/Office"],
        [
            "E-post, kalender och Officepaketet för alla anställda",
            "E-post och kontorsprogram",
            "Word, Excel, Outlook – lärare och personal",
            "Mejl och OneDrive",
        ],
        ["it", "kansli", "grund", "aldre", "bygglov"],
    ),
    P(
        "j-teams",
        "video-meetings",
        "Microsoft",
        ["Teams", "Microsoft Teams", "MS Teams"],
        [
            "Videomöten och chatt",
            "Digitala möten, även distansdeltagande på nämndmöten",
            "Samarbete i team, chatt och videosamtal",
        ],
        ["it", "kansli", "ifo", "fast"],
    ),
    P(
        "j-azuread",
        "identity-access",
        "Microsoft",
        ["Azure AD", "Entra ID", "Azure AD (IAM)"],
        [
            "Identitets- och behörighetshantering, single sign-on",
            "Konton och behörigheter för anställda och elever",
        ],
        ["it", "bufstab"],
    ),
    P(
        "j-freja",
        "identity-access",
        "Freja eID",
        ["Freja eID+", "Freja eID Organisation", "Freja"],
        [
            "Inloggning med e-legitimation för personal utan BankID, tvåfaktor",
            "Stark autentisering till journalsystem för hemtjänstens personal",
        ],
        ["it", "hemtj"],
    ),
    P(
        "j-easit",
        "itsm",
        "Easit",
        ["Easit GO", "Easit", "Easit ITSM"],
        [
            "Ärendehantering för IT-supporten, incidenter och beställningar",
            "Service desk tool – incident & request mgmt",
            "Servicedesk, felanmälan IT",
            "Felanmälan och beställningar av lokalvård/fastighet (samma plattform)",
        ],
        ["it", "kc", "it", "fast"],
    ),
    P(
        "j-intune",
        "endpoint-management",
        "Microsoft",
        ["Intune", "Microsoft Intune", "Intune MDM"],
        ["Hantering av datorer och mobiler", "Klientdrift, elevdatorer och appdistribution"],
        ["it", "grund"],
    ),
    P(
        "j-insidan",
        "intranet",
        "Sitevision",
        ["Insidan", "Insidan (Sitevision)", "Intranätet Insidan"],
        [
            "Intranät för medarbetare: nyheter, rutiner och styrdokument",
            "Internkommunikation och personalinformation",
        ],
        ["komm", "hr", "aldre"],
    ),
    P(
        "j-sjovikse",
        "web-publishing",
        "Sitevision",
        ["sjovik.se (Sitevision)", "Webbplatsen sjovik.se", "Sitevision extern webb"],
        [
            "Kommunens externa webbplats",
            "Webbpublicering, information till invånare och näringsliv",
            "Bibliotekets webbsidor på sjovik.se",
        ],
        ["komm", "naring", "bibl"],
    ),
    P(
        "j-netigate",
        "survey-forms",
        "Netigate",
        ["Netigate", "Netigate enkät"],
        ["Medarbetarenkäter och brukarundersökningar", "Enkäter till vårdnadshavare"],
        ["hr", "bufstab", "aldre"],
    ),
    P(
        "j-esmaker",
        "survey-forms",
        "Entergate",
        ["Esmaker", "esMaker NX"],
        ["Elevenkäter och kursutvärderingar", "Formulär och enkäter i vuxenutbildningen"],
        ["gymn", "vux"],
    ),
    P(
        "j-scrive",
        "e-signature",
        "Scrive",
        ["Scrive", "Scrive eSign"],
        ["Elektronisk underskrift av avtal och protokoll", "Signering av anställningsavtal"],
        ["kansli", "hr", "upph"],
    ),
    P(
        "j-papercut",
        "printing",
        "PaperCut / Ricoh",
        ["PaperCut", "Utskriftshantering PaperCut"],
        ["Utskrift, kopiering och skanning – follow me", "Utskrifter i skolorna"],
        ["it", "grund", "gymn"],
    ),
    P(
        "j-smartconnect",
        "telephony",
        "Telia",
        ["Telia Smart Connect", "Växel (Telia Smart Connect)", "Smart Connect"],
        ["Telefoniväxel och mobiltelefoni", "Växeltjänst, samtalsköer"],
        ["it", "kc"],
    ),
    P(
        "j-trio",
        "telephony",
        "Enghouse",
        ["Trio Enterprise", "Trio kontaktcenter"],
        ["Kontaktcenter: telefonköer, callback och statistik", "Växelpersonalens operatörsverktyg"],
        ["kc"],
    ),
    P(
        "j-vmware",
        "it-infrastructure",
        "VMware / Dell",
        ["VMware vSphere", "Serverplattform VMware", "VMware"],
        [
            "Serverdrift och virtualisering",
            "Lagring och servrar för verksamhetssystemen",
            "Server virtualisation platform, on-prem datacenter",
        ],
        ["it"],
    ),
    P(
        "j-p360",
        "case-management",
        "Tietoevry",
        ["Public 360", "P360", "Tieto Public 360°"],
        [
            "Diarieföring och ärendehantering",
            "Ärende- och dokumenthantering, registrering av inkommande handlingar",
            "Diarium för miljö- och byggärenden",
        ],
        ["kansli", "bufstab", "miljo", "ifo"],
    ),
    P(
        "j-netpublicator",
        "meeting-management",
        "Netpublicator",
        ["Netpublicator", "Netpublicator (möteshandlingar)"],
        [
            "Digitala möteshandlingar för förtroendevalda",
            "Kallelser och protokoll till nämnder och styrelse",
        ],
        ["kansli"],
    ),
    P(
        "j-earkiv",
        "archive",
        "Sydarkivera",
        ["e-arkiv (Sydarkivera)", "Sydarkivera e-arkiv", "E-arkivet"],
        [
            "Långtidslagring av allmänna handlingar i e-arkiv",
            "Leverans av avslutade ärenden och elevakter till e-arkivet",
        ],
        ["kansli", "bufstab"],
    ),
    P(
        "j-imagevault",
        "document-management",
        "Meriworks",
        ["ImageVault", "Bildbanken ImageVault"],
        [
            "Bildbank och mediehantering för kommunikatörer",
            "Bilder och filmer med licensinformation, arkiv för pressbilder",
        ],
        ["komm"],
    ),
    P(
        "j-oep",
        "e-services",
        "Nordic Peak",
        ["Open ePlatform", "E-tjänsteplattformen (Open ePlatform)", "OeP"],
        [
            "E-tjänster för invånare, t.ex. ansökan om skolskjuts och bygglov",
            "Självservice och e-tjänster med BankID",
            "Ansökan om föreningsbidrag via e-tjänst",
        ],
        ["komm", "kansli", "fritid"],
    ),
    P(
        "j-artvise",
        "customer-feedback",
        "Artvise",
        ["Synpunkten (Artvise)", "Artvise synpunktshantering", "Synpunkter och klagomål"],
        [
            "Synpunkter, klagomål och beröm från invånare",
            "Felanmälan gata/park och synpunktshantering",
        ],
        ["kc", "gata"],
    ),
    P(
        "j-lime",
        "crm",
        "Lime Technologies",
        ["Lime CRM", "Lime Go", "LIME"],
        ["Kundregister över företag, företagsbesök", "Näringslivsenhetens kontakter och ärenden"],
        ["naring"],
    ),
    P(
        "j-antura",
        "project-portfolio",
        "Antura",
        ["Antura Projects", "Antura"],
        [
            "Projektstyrning och portföljhantering",
            "Digitaliseringsprojekt, projektmodell och rapportering",
        ],
        ["it", "kansli"],
    ),
    P(
        "j-tendsign",
        "procurement",
        "Visma",
        ["TendSign", "Visma TendSign"],
        ["Upphandlingsverktyg, annonsering och anbudsutvärdering", "Upphandlingar enligt LOU"],
        ["upph"],
    ),
    P(
        "j-proceedo",
        "procurement",
        "Visma",
        ["Visma Proceedo", "Proceedo e-handel", "Proceedo"],
        [
            "E-handel och beställningar från avtalade leverantörer",
            "Inköp av förbrukningsmaterial i förskolorna",
        ],
        ["upph", "forskola", "kost"],
    ),
    P(
        "j-fri",
        "facility-booking;grants",
        "FRI Programvara",
        ["FRI Bokning & Bidrag", "FRI", "FRI Webb"],
        [
            "Lokalbokning av idrottshallar och skollokaler",
            "Föreningsregister och föreningsbidrag (LOK-stöd)",
            "Bokning av sporthallar och bidragshantering",
        ],
        ["fritid", "kultur"],
    ),
    P(
        "j-interbook",
        "facility-booking",
        "Interbook",
        ["Interbook Go", "Interbook"],
        ["Bokning av konferensrum och bilar i kommunhuset", "Mötesrum och utrustning"],
        ["kansli", "fast"],
    ),
    P(
        "j-qlik",
        "reporting-bi",
        "Qlik",
        ["Qlik Sense", "QlikSense", "Qlik beslutsstöd"],
        ["Beslutsstöd och uppföljning av ekonomi och personal", "Nyckeltal för förskola och skola"],
        ["ekonomi", "bufstab"],
    ),
    P(
        "j-kolada",
        "statistics-research",
        "RKA",
        ["Kolada", "Kolada (RKA)"],
        ["Jämförelser med andra kommuner, nyckeltal", "Statistik för årsredovisning och analyser"],
        ["ekonomi", "kansli"],
    ),
    P(
        "j-mynewsdesk",
        "communications",
        "Mynewsdesk",
        ["Mynewsdesk", "Mynewsdesk pressrum"],
        ["Pressmeddelanden och nyhetsrum", "Extern kommunikation mot media"],
        ["komm"],
    ),
    P(
        "j-infotorg",
        "reference-information",
        "Bisnode / Dun & Bradstreet",
        ["Infotorg", "Infotorg Juridik", "Infotorg person"],
        ["Lagtext, förarbeten och rättsfall", "Uppslag i person- och fastighetsregister"],
        ["kansli", "ifo"],
    ),
    P(
        "j-navet",
        "reference-information",
        "Skatteverket",
        ["Navet", "Navet (Skatteverket)"],
        [
            "Folkbokföringsuppgifter, kontroll av adresser och vårdnadshavare",
            "Aviseringar från folkbokföringen",
        ],
        ["bufstab", "it"],
    ),
    P(
        "j-stratsys",
        "process-quality",
        "Stratsys",
        ["Stratsys", "Stratsys mål & kvalitet"],
        [
            "Mål- och kvalitetsstyrning, internkontroll och riskanalys",
            "Ledningssystem för kvalitet (SOSFS 2011:9) och avvikelser",
        ],
        ["kansli", "aldre"],
    ),
    P(
        "j-palette",
        "invoice-processing",
        "Palette",
        ["Palette", "Palette leverantörsfakturor", "Palette LF"],
        ["Leverantörsfakturor: skanning, attest och kontering", "Attest av fakturor för chefer"],
        ["ekonomi", "fast", "grund"],
    ),
    P(
        "j-raindance",
        "accounting;billing",
        "CGI",
        ["Raindance", "CGI Raindance", "Raindance ekonomi"],
        [
            "Redovisning, huvudbok och bokslut",
            "Kundfakturering och kundreskontra",
            "Ekonomisystem – redovisning och uppföljning",
        ],
        ["ekonomi"],
    ),
    P(
        "j-hypergene",
        "budgeting",
        "Hypergene",
        ["Hypergene", "Hypergene budget"],
        ["Budget och flerårsplan, prognoser", "Budgetarbete och uppföljning per enhet"],
        ["ekonomi", "bufstab"],
    ),
    P(
        "j-heroma",
        "hr-management;payroll",
        "CGI",
        ["Heroma", "CGI Heroma", "Heroma lön"],
        [
            "Personaladministration och lön",
            "Löneutbetalning och anställningsavtal",
            "Personalsystem med självservice; rapportering av frånvaro",
        ],
        ["hr", "aldre", "grund"],
    ),
    P(
        "j-timecare",
        "shift-planning",
        "Visma",
        ["Time Care Planering", "TimeCare", "Visma Time Care"],
        ["Schemaläggning i äldreomsorgen", "Bemanning och schema för sjuksköterskor"],
        ["aldre", "hsl"],
    ),
    P(
        "j-medvind",
        "shift-planning",
        "Medvind",
        ["Medvind", "Medvind WFM"],
        [
            "Schemaplanering för kostenhetens kök och lokalvård",
            "Schema och bemanning för räddningstjänstens skiftlag",
        ],
        ["kost", "rtj"],
    ),
    P(
        "j-flextime",
        "time-tracking",
        "Flex Applications",
        ["Flex HRM Time", "Flex Tid"],
        ["Tidrapportering och flextid", "Stämpling och tidredovisning"],
        ["kansli", "gata"],
    ),
    P(
        "j-varbi",
        "recruitment",
        "Varbi",
        ["Varbi", "Varbi rekrytering"],
        ["Rekryteringssystem, annonsering och urval", "Vikarierekrytering och sommarjobb"],
        ["hr", "aldre"],
    ),
    P(
        "j-learnify",
        "learning-management",
        "Learnify",
        ["Learnify", "Kompetensportalen (Learnify)"],
        [
            "Webbutbildningar för medarbetare, t.ex. GDPR och brandskydd",
            "Kompetensutveckling och introduktion av nyanställda",
        ],
        ["hr", "aldre"],
    ),
    P(
        "j-kia",
        "occupational-health",
        "AFA Försäkring",
        ["KIA", "KIA – arbetsmiljöanmälan"],
        ["Anmälan av arbetsskador och tillbud", "Arbetsmiljöavvikelser och riskbedömningar"],
        ["hr", "rtj"],
    ),
    P(
        "j-arcgis",
        "gis",
        "Esri Sverige",
        ["ArcGIS", "Esri ArcGIS Pro", "ArcGIS Online"],
        ["GIS-plattform, kartor och analyser", "Kartor och analyser för planering"],
        ["gis", "plan"],
    ),
    P(
        "j-geosecma",
        "gis",
        "Sokigo",
        ["Geosecma", "Sokigo Geosecma"],
        [
            "Kartsystem med baskarta och adressregister",
            "Karthantering för VA-ledningar och gatunät",
        ],
        ["gis", "va"],
    ),
    P(
        "j-byggr",
        "building-permits",
        "Sokigo",
        ["ByggR", "Sokigo ByggR", "ByggR bygglov"],
        ["Bygglovshandläggning och byggnadsnämndens ärenden", "Bygglov, anmälan och tillsyn"],
        ["bygglov"],
    ),
    P(
        "j-locusplan",
        "land-use-planning",
        "Trimble",
        ["Trimble Locus Plan", "Locus Plan"],
        ["Detaljplaner och översiktsplan", "Planarbete och digitala detaljplaner"],
        ["plan"],
    ),
    P(
        "j-fir",
        "cadastre",
        "Lantmäteriet",
        ["FIR", "FIR – Fastighetsinformation", "Lantmäteriets FIR"],
        [
            "Fastighetsregistret, ägare och taxering",
            "Fastighetsinformation för exploatering och markförvaltning",
        ],
        ["plan", "gis"],
    ),
    P(
        "j-dpplus",
        "street-maintenance",
        "Driftprojekt",
        ["DPPlus", "DP Plus driftplanering"],
        [
            "Drift och underhåll av gator och parker, vinterväghållning",
            "Skötselplaner för grönytor",
        ],
        ["gata"],
    ),
    P(
        "j-parkster",
        "parking",
        "Parkster",
        ["Parkster", "Parkster app"],
        [
            "Mobil parkeringsbetalning på kommunens parkeringar",
            "Parkeringsavgifter och boendeparkering",
        ],
        ["gata"],
    ),
    P(
        "j-airviro",
        "environmental-monitoring",
        "Apertum",
        ["Airviro", "Luftkvalitet – Airviro"],
        ["Mätning av luftkvalitet, haltberäkningar", "Luft- och bullerövervakning"],
        ["miljo"],
    ),
    P(
        "j-edpvision",
        "environmental-health",
        "EDP Consult",
        ["EDP Vision", "Vision (EDP)", "EDP Vision Miljö"],
        [
            "Tillsyn av livsmedel och miljö- och hälsoskydd, taxor och avgifter",
            "Livsmedelskontroll och inspektioner",
        ],
        ["miljo"],
    ),
    P(
        "j-edpfuture",
        "water-utility;billing",
        "EDP Consult",
        ["EDP Future", "EDP Future VA", "Future (EDP)"],
        [
            "VA-abonnenter, mätaravläsning och debitering",
            "Kundregister och fakturering av vatten och avlopp",
        ],
        ["va", "ekonomi"],
    ),
    P(
        "j-vabanken",
        "water-utility",
        "VA SYD / Sokigo",
        ["VA-banken", "VA-Banken ledningsnät"],
        [
            "Ledningsnätsregister för vatten och avlopp",
            "Driftstörningar och läckor i ledningsnätet",
        ],
        ["va"],
    ),
    P(
        "j-vitec",
        "housing",
        "Vitec",
        ["Vitec Hyra", "Vitec hyresadministration"],
        [
            "Andrahandskontrakt och sociala bostäder",
            "Hyresavtal och bostadskö för kommunens lägenheter",
        ],
        ["ifo", "fast"],
    ),
    P(
        "j-daedalos",
        "rescue-services",
        "Daedalos",
        ["Daedalos", "Daedalos räddningstjänst"],
        ["Insatsrapporter och tillsyn enligt LSO", "Räddningstjänstens verksamhetssystem"],
        ["rtj"],
    ),
    P(
        "j-wis",
        "rescue-services",
        "MSB",
        ["WIS", "WIS (krisledning)"],
        [
            "Krisberedskap och lägesbilder vid samhällsstörningar",
            "Krisledningsstabens informationsdelning",
        ],
        ["kansli", "rtj"],
    ),
    P(
        "j-xpand",
        "facility-management",
        "Incit",
        ["Incit Xpand", "Xpand"],
        [
            "Fastighetsförvaltning: underhållsplaner, felanmälan, ritningar",
            "Lokalregister och internhyror",
        ],
        ["fast"],
    ),
    P(
        "j-arx",
        "access-control",
        "ASSA ABLOY",
        ["ASSA ARX", "ARX passagesystem"],
        ["Passersystem och larm i skolor och kommunhus", "Passerkort för personal"],
        ["fast", "grund"],
    ),
    P(
        "j-mashie",
        "catering",
        "Mashie FoodTech",
        ["Mashie", "MASHIE", "Mashie FoodTech"],
        ["Matsedlar, recept och specialkost", "Måltidsbeställningar från äldreboenden"],
        ["kost", "aldre"],
    ),
    P(
        "j-edu",
        "pupil-administration;early-childhood",
        "Tietoevry",
        ["Tieto Edu", "Edu (Tieto)", "TietoEvry Edu"],
        [
            "Elevadministration, betyg och placering i förskola",
            "Barnomsorgsplacering, köhantering och avgifter",
            "Elevregister grundskola",
        ],
        ["grund", "forskola", "bufstab"],
    ),
    P(
        "j-extens",
        "pupil-administration",
        "Extens / IST",
        ["Extens", "IST Extens"],
        ["Elevadministration för gymnasiet och antagning", "Kursval, betyg och studieplaner"],
        ["gymn"],
    ),
    P(
        "j-skola24",
        "pupil-administration",
        "Skola24",
        ["Skola24", "Skola24 schema/frånvaro"],
        ["Schema och frånvarorapportering", "Närvaro och frånvaro med sms till vårdnadshavare"],
        ["grund", "gymn"],
    ),
    P(
        "j-tempus",
        "early-childhood",
        "Tempus Information Systems",
        ["Tempus", "Tempus förskola"],
        [
            "Närvaro och schema i förskolan, vårdnadshavarna lämnar schema i app",
            "In- och utcheckning av barn",
        ],
        ["forskola"],
    ),
    P(
        "j-unikum",
        "learning-platform",
        "Unikum",
        ["Unikum", "Unikum lärplattform"],
        [
            "Lärplattform med planering och dokumentation av lärande",
            "Pedagogisk dokumentation i förskola och skola",
        ],
        ["grund", "forskola"],
    ),
    P(
        "j-alvis",
        "course-management",
        "Alvis",
        ["Alvis", "Alvis (vuxenutbildning)"],
        [
            "Kursadministration för komvux och SFI",
            "Ansökan, antagning och kursdeltagare i vuxenutbildningen",
        ],
        ["vux"],
    ),
    P(
        "j-gisplan",
        "school-transport",
        "Gisplan",
        ["Gisplan", "Skolskjutssystemet (Gisplan)"],
        ["Skolskjutsplanering och turlistor", "Beslut om skolskjuts och planering av linjer"],
        ["bufstab"],
    ),
    P(
        "j-pmo",
        "patient-records",
        "CGI",
        ["PMO", "PMO elevhälsa"],
        [
            "Elevhälsans medicinska journal (skolsköterskor, skolläkare)",
            "Vaccinationer och hälsobesök i skolan",
        ],
        ["elevh"],
    ),
    P(
        "j-lifecare",
        "social-care-records;home-care;patient-records",
        "Tietoevry",
        ["Lifecare", "Lifecare SP", "Lifecare HSL"],
        [
            "Biståndshandläggning och dokumentation i äldreomsorgen",
            "HSL-journal för sjuksköterskor och rehab",
            "Verkställighet i hemtjänsten, genomförandeplaner",
        ],
        ["aldre", "hsl", "hemtj"],
    ),
    P(
        "j-phoniro",
        "home-care",
        "Phoniro",
        ["Phoniro Care", "Phoniro", "TES/Phoniro"],
        [
            "Planering och registrering av besök i hemtjänsten, digitala lås",
            "Nyckelfri hemtjänst och tidsregistrering",
        ],
        ["hemtj"],
    ),
    P(
        "j-pascal",
        "medication",
        "eHälsomyndigheten",
        ["Pascal", "Pascal dosförskrivning"],
        ["Ordination av dosdispenserade läkemedel", "Läkemedelslistor för brukare"],
        ["hsl"],
    ),
    P(
        "j-viva",
        "social-care-records;income-support;child-welfare",
        "Pulsen Combine",
        ["Viva", "Combine Viva", "Viva IFO"],
        [
            "Verksamhetssystem för individ- och familjeomsorgen",
            "Ekonomiskt bistånd, barn och unga, missbruk",
            "Utredningar och utbetalningar av försörjningsstöd",
        ],
        ["ifo", "ifo", "ami"],
    ),
    P(
        "j-ssbtek",
        "income-support",
        "Försäkringskassan",
        ["SSBTEK", "SSBTEK (Ekonomiskt bistånd)"],
        [
            "Informationsutbyte vid handläggning av ekonomiskt bistånd",
            "Kontroll av inkomster för försörjningsstöd",
        ],
        ["ifo"],
    ),
    P(
        "j-quria",
        "library",
        "Axiell",
        ["Quria", "Axiell Quria", "Bibliotekssystemet Quria"],
        ["Bibliotekssystem: utlån, katalog och förvärv", "Lånekort, reservationer och webbkatalog"],
        ["bibl"],
    ),
    P(
        "j-carlotta",
        "museum-collections",
        "Carlotta",
        ["Carlotta", "Carlotta samlingsdatabas"],
        ["Samlingsdatabas för museets föremål och foton", "Registrering av föremål"],
        ["kultur"],
    ),
    P(
        "j-tickster",
        "event-ticketing",
        "Tickster",
        ["Tickster", "Tickster biljettsystem"],
        [
            "Biljettförsäljning till kulturhusets föreställningar",
            "Evenemang och biljetter, sommarscen",
        ],
        ["kultur"],
    ),
    P(
        "j-gardsregistret",
        "youth-services",
        "",
        ["Gårdsregistret", "Gårdsregistret (fritidsgårdar)"],
        [
            "Medlemsregister och besöksstatistik på fritidsgårdarna",
            "Ungdomsverksamhet och lovaktiviteter",
        ],
        ["ungdom"],
    ),
    P(
        "j-ami",
        "business-services",
        "",
        ["AMI-systemet", "AMI arbetsmarknadsinsatser", "Insatsregistret AMI"],
        [
            "Arbetsmarknadsinsatser, deltagare och praktikplatser",
            "Uppföljning av deltagare i arbetsmarknadsprojekt",
        ],
        ["ami"],
    ),
]

J_GENERIC_NOTES = [
    "Molntjänst",
    "SaaS",
    "Avtal via SKR Kommentus",
    "Upphandlas 2025",
    "Systemförvaltare utsedd",
    "PuB-avtal finns",
    "Driftas av IT-enheten",
    "Gemensamt med grannkommunerna",
    "Inloggning via SSO",
]

# ---------------------------------------------------------------------------
# K  —  Northmoor Council (English unitary authority)
# ---------------------------------------------------------------------------
K_SECT = {
    "RES": "Resources",
    "CHI": "Children, Education and Families",
    "ADU": "Adults and Health",
    "PLA": "Place",
    "COM": "Communities",
}
K_DEPTS = [
    ("ict", "ICT & Digital", "RES"),
    ("fin", "Finance", "RES"),
    ("revben", "Revenues & Benefits", "RES"),
    ("hr", "HR & OD", "RES"),
    ("legal", "Legal & Democratic Services", "RES"),
    ("comms", "Communications & Marketing", "RES"),
    ("proc", "Procurement", "RES"),
    ("cs", "Customer Services", "RES"),
    ("adm", "School Admissions", "CHI"),
    ("ey", "Early Years", "CHI"),
    ("csc", "Children's Social Care", "CHI"),
    ("send", "SEND & Home to School Transport", "CHI"),
    ("acl", "Adult & Community Learning", "CHI"),
    ("asc", "Adult Social Care", "ADU"),
    ("ph", "Public Health", "ADU"),
    ("ascfin", "ASC Finance & Charging", "ADU"),
    ("plan", "Planning & Building Control", "PLA"),
    ("hwy", "Highways & Transport", "PLA"),
    ("park", "Parking Services", "PLA"),
    ("eh", "Environmental Health & Licensing", "PLA"),
    ("housing", "Housing Services", "PLA"),
    ("prop", "Property & Estates", "PLA"),
    ("fleet", "Fleet & Depot", "PLA"),
    ("ep", "Emergency Planning", "PLA"),
    ("cater", "Catering & Cleaning Services", "PLA"),
    ("lib", "Libraries", "COM"),
    ("leis", "Leisure & Sport", "COM"),
    ("mus", "Museums & Heritage", "COM"),
    ("youth", "Youth Service", "COM"),
    ("ecdev", "Economic Development & Skills", "COM"),
]

K_PRODUCTS = [
    P(
        "k-m365",
        "office-email",
        "Microsoft (via Bytes)",
        ["Microsoft 365", "Office 365", "M365 E3", "Outlook / Office"],
        [
            "Email, calendar and Office apps for all staff",
            "Corporate email and office productivity suite",
            "Word/Excel/Outlook, OneDrive storage",
            "email",
        ],
        ["ict", "fin", "csc", "plan", "lib", "asc"],
    ),
    P(
        "k-teams",
        "video-meetings",
        "Microsoft",
        ["Microsoft Teams", "Teams", "MS Teams"],
        [
            "Video calls, chat and team collaboration",
            "Online meetings incl. hybrid committee meetings in the Council Chamber",
            "Virtual meetings with partners and families",
        ],
        ["ict", "legal", "csc", "asc"],
    ),
    P(
        "k-zoom",
        "video-meetings",
        "Zoom",
        ["Zoom", "Zoom Pro"],
        ["Online courses and webinars for adult learners", "Virtual events and author talks"],
        ["acl", "lib"],
    ),
    P(
        "k-entra",
        "identity-access",
        "Microsoft",
        ["Azure AD", "Entra ID", "Azure Active Directory"],
        [
            "Identity, single sign-on and MFA for staff",
            "Joiners/movers/leavers account provisioning",
        ],
        ["ict", "hr"],
    ),
    P(
        "k-servicenow",
        "itsm",
        "ServiceNow",
        ["ServiceNow", "ServiceNow ITSM", "IT Service Portal (ServiceNow)"],
        [
            "IT service desk: incidents, requests, change and problem management",
            "Self-service IT portal and knowledge base",
            "Facilities helpdesk requests (reactive repairs) logged on the same platform",
        ],
        ["ict", "ict", "prop"],
    ),
    P(
        "k-intune",
        "endpoint-management",
        "Microsoft",
        ["Intune", "Microsoft Intune", "Intune / Autopilot"],
        [
            "Laptop and mobile device management, app deployment",
            "Device compliance and remote wipe for social workers' phones",
        ],
        ["ict", "csc"],
    ),
    P(
        "k-thehub",
        "intranet",
        "Microsoft / in-house",
        ["The Hub (SharePoint intranet)", "The Hub", "Intranet - The Hub"],
        [
            "Staff intranet: news, policies and HR guidance",
            "Internal comms and staff announcements",
        ],
        ["comms", "hr", "ict"],
    ),
    P(
        "k-umbraco",
        "web-publishing",
        "Umbraco / Zengenti",
        ["Umbraco CMS", "northmoor.gov.uk (Umbraco)", "Website CMS"],
        [
            "Public website content management",
            "Council website – service pages and news",
            "Libraries and leisure pages on the main site",
        ],
        ["comms", "comms", "leis"],
    ),
    P(
        "k-smartsurvey",
        "survey-forms",
        "SmartSurvey",
        ["SmartSurvey", "Smart Survey"],
        [
            "Public consultations and staff surveys",
            "Budget consultation, resident satisfaction surveys",
        ],
        ["comms", "fin", "ph"],
    ),
    P(
        "k-docusign",
        "e-signature",
        "DocuSign",
        ["DocuSign", "Docusign eSignature"],
        ["Electronic signature of contracts and deeds", "E-signing of employment contracts"],
        ["legal", "hr", "proc"],
    ),
    P(
        "k-adobesign",
        "e-signature",
        "Adobe",
        ["Adobe Acrobat Sign", "Adobe Sign"],
        ["Tenancy agreements signed electronically", "E-signatures on grant offer letters"],
        ["housing", "ecdev"],
    ),
    P(
        "k-ricoh",
        "printing",
        "Ricoh",
        ["Ricoh Streamline NX", "Print management (Ricoh)", "Streamline NX"],
        [
            "Managed print service, secure print release and scanning",
            "Multi-function devices: print, copy, scan to email",
        ],
        ["ict", "revben"],
    ),
    P(
        "k-netcall",
        "telephony",
        "Netcall",
        ["Netcall Liberty", "Liberty Contact Centre", "Netcall"],
        [
            "Contact centre telephony: IVR, queues, call recording",
            "Call handling for the Customer Services switchboard",
        ],
        ["revben", "cs"],
    ),
    P(
        "k-mitel",
        "telephony",
        "Mitel",
        ["Mitel MiVoice", "Mitel telephony", "MiVoice Business"],
        ["Corporate telephony / desk phones", "Telephony for out-of-hours duty team"],
        ["ict", "csc"],
    ),
    P(
        "k-infoatwork",
        "case-management",
        "Civica",
        ["Information@Work", "Civica Information@Work", "I@W EDRMS"],
        [
            "Electronic document and records management, workflow",
            "Records management and casework for Revenues correspondence",
            "EDRMS – scanning of post and case files",
        ],
        ["legal", "revben", "housing"],
    ),
    P(
        "k-iken",
        "case-management",
        "Iken",
        ["Iken", "Iken Legal Case Management"],
        [
            "Legal case management, time recording and matter files",
            "Child care proceedings case files for legal team",
        ],
        ["legal"],
    ),
    P(
        "k-moderngov",
        "meeting-management",
        "Civica",
        ["Modern.gov", "ModernGov", "Mod.gov"],
        [
            "Committee management: agendas, minutes, decisions and member details",
            "Publication of committee papers and forward plan",
        ],
        ["legal"],
    ),
    P(
        "k-preservica",
        "archive",
        "Preservica",
        ["Preservica", "Preservica digital archive"],
        [
            "Long-term digital preservation of council records",
            "Digital archive for record office collections",
        ],
        ["legal", "mus"],
    ),
    P(
        "k-firmstep",
        "e-services",
        "Granicus",
        ["Firmstep Achieve (MyNorthmoor)", "MyNorthmoor", "Granicus forms"],
        [
            "Online forms and customer accounts (report it, apply for it, pay for it)",
            "Self-service portal for residents",
            "Online applications e.g. garden waste and bulky items",
        ],
        ["cs", "ict", "hwy"],
    ),
    P(
        "k-icasework",
        "customer-feedback",
        "iCasework (Northgate)",
        ["iCasework", "Complaints system (iCasework)"],
        [
            "Complaints, compliments and MP enquiries",
            "Corporate complaints and FOI requests tracking",
        ],
        ["cs", "legal", "asc"],
    ),
    P(
        "k-salesforce",
        "crm",
        "Salesforce",
        ["Salesforce", "Customer CRM (Salesforce)", "Salesforce Service Cloud"],
        [
            "Customer relationship management for the contact centre",
            "Single view of the customer, case tracking for enquiries",
        ],
        ["cs", "housing"],
    ),
    P(
        "k-evolutive",
        "crm",
        "Evolutive",
        ["Evolutive", "Evolutive CRM"],
        [
            "Business engagement CRM – company contacts and account management",
            "Inward investment enquiries and key account management",
        ],
        ["ecdev"],
    ),
    P(
        "k-verto",
        "project-portfolio",
        "Verto",
        ["Verto", "Verto PPM"],
        [
            "Programme and project management, highlight reports",
            "Capital programme portfolio tracking",
        ],
        ["ict", "prop"],
    ),
    P(
        "k-intend",
        "procurement",
        "In-Tend",
        ["In-Tend", "In-tend e-tendering"],
        ["E-tendering portal, Find a Tender notices", "Tender evaluation"],
        ["proc"],
    ),
    P(
        "k-atamis",
        "contract-management",
        "Atamis",
        ["Atamis", "Contract register (Atamis)"],
        [
            "Contract register and contract management, renewals",
            "Contracts database and spend analysis",
        ],
        ["proc", "asc"],
    ),
    P(
        "k-flexigrant",
        "grants",
        "Fluent Technology",
        ["Flexi-Grant", "FlexiGrant", "Flexigrant"],
        ["Community grant applications and assessment", "Business grants and UKSPF funding rounds"],
        ["comms", "ecdev"],
    ),
    P(
        "k-powerbi",
        "reporting-bi",
        "Microsoft",
        ["Power BI", "PowerBI dashboards"],
        [
            "Performance dashboards for CMT",
            "Finance and HR reporting",
            "Children's services performance reporting",
        ],
        ["ict", "fin", "csc"],
    ),
    P(
        "k-tableau",
        "reporting-bi",
        "Salesforce (Tableau)",
        ["Tableau", "Tableau Server"],
        ["Public health intelligence dashboards", "JSNA data visualisation"],
        ["ph"],
    ),
    P(
        "k-lginform",
        "statistics-research",
        "LGA",
        ["LG Inform", "LG Inform Plus"],
        [
            "Benchmarking data and local area statistics",
            "Census and small-area statistics for research",
        ],
        ["fin", "ph"],
    ),
    P(
        "k-govdelivery",
        "communications",
        "Granicus",
        ["GovDelivery", "Granicus GovDelivery", "E-newsletters (GovDelivery)"],
        ["Email bulletins to residents", "Subscriber newsletters and alerts"],
        ["comms", "lib"],
    ),
    P(
        "k-lexis",
        "reference-information",
        "LexisNexis",
        ["Lexis+", "LexisLibrary", "Lexis+ UK"],
        ["Legal research: legislation and case law", "Practical guidance for the legal team"],
        ["legal"],
    ),
    P(
        "k-pentana",
        "process-quality",
        "Ideagen",
        ["Pentana Risk", "Pentana", "Ideagen Pentana"],
        [
            "Corporate risk register and performance management",
            "Internal audit and risk management",
        ],
        ["fin", "legal"],
    ),
    P(
        "k-unit4",
        "accounting;invoice-processing",
        "Unit4",
        ["Unit4 ERP", "Unit4 Business World", "Agresso"],
        [
            "General ledger, accounts payable and year-end accounts",
            "Purchase orders, invoice matching and approval",
            "Financial management system",
        ],
        ["fin", "proc"],
    ),
    P(
        "k-necrb",
        "billing;income-support",
        "NEC Software Solutions",
        ["NEC Revenues & Benefits", "Northgate Revs & Bens", "iWorld"],
        [
            "Council tax and business rates billing and recovery",
            "Housing Benefit and Council Tax Reduction assessments",
            "Revenues and benefits system",
        ],
        ["revben"],
    ),
    P(
        "k-charis",
        "income-support",
        "Charis Grants",
        ["Charis (Local Welfare Assistance)", "Household Support Fund portal", "LWA system"],
        [
            "Local welfare assistance and Household Support Fund applications",
            "Crisis support payments and vouchers",
        ],
        ["revben", "asc"],
    ),
    P(
        "k-contrOCC",
        "billing;payments",
        "System C",
        ["ContrOCC", "ContrOCC finance"],
        [
            "Social care financial assessments, client charging and provider payments",
            "Care provider payments and client invoicing",
        ],
        ["ascfin"],
    ),
    P(
        "k-civicapay",
        "payments",
        "Civica",
        ["Civica Pay", "Civica Income Management", "ICON / Civica Pay"],
        [
            "Online and telephone card payments, income management",
            "Cash receipting and bank reconciliation",
        ],
        ["cs", "fin"],
    ),
    P(
        "k-assetmanager",
        "fixed-assets",
        "CIPFA",
        ["Asset Manager.NET", "CIPFA Asset Manager", "Fixed asset register"],
        [
            "Fixed asset register, depreciation and revaluations for the statement of accounts",
            "Capital accounting for land and buildings valuations",
        ],
        ["fin", "prop"],
    ),
    P(
        "k-itrent",
        "hr-management;payroll",
        "MHR",
        ["iTrent", "MHR iTrent", "iTrent HR/Payroll"],
        [
            "HR and payroll system, employee self-service",
            "Payroll for council and schools",
            "Establishment, absence and payroll reporting",
        ],
        ["hr", "fin"],
    ),
    P(
        "k-totalmobile",
        "shift-planning",
        "Totalmobile",
        ["Totalmobile", "Totalmobile Optimise"],
        ["Rostering of reablement care workers", "Scheduling visits and staff rotas"],
        ["asc"],
    ),
    P(
        "k-tribepad",
        "recruitment",
        "Tribepad",
        ["Tribepad", "Tribepad ATS"],
        ["Applicant tracking and job adverts", "Recruitment of social workers and foster carers"],
        ["hr", "csc"],
    ),
    P(
        "k-learningpool",
        "learning-management",
        "Learning Pool",
        ["Learning Pool", "Learning Pool LMS"],
        ["Staff e-learning, mandatory training", "Social care workforce training records"],
        ["hr", "asc"],
    ),
    P(
        "k-assessnet",
        "occupational-health",
        "AssessNET",
        ["AssessNET", "Assessnet H&S"],
        [
            "Health and safety incident reporting and risk assessments",
            "Accident reporting for depot staff",
        ],
        ["hr", "fleet"],
    ),
    P(
        "k-arcgis",
        "gis",
        "Esri UK",
        ["ArcGIS", "ArcGIS Pro", "Esri ArcGIS Online"],
        ["Corporate GIS and web mapping", "Mapping for highways assets and planning constraints"],
        ["ict", "hwy"],
    ),
    P(
        "k-cadcorp",
        "gis",
        "Cadcorp",
        ["Cadcorp SIS", "Cadcorp"],
        [
            "Mapping for public health and environmental health premises",
            "Legacy GIS desktop used by Planning",
        ],
        ["eh", "plan"],
    ),
    P(
        "k-uniform",
        "building-permits;land-use-planning",
        "Idox",
        ["Idox Uniform", "Uniform", "Uniform (Planning/BC)"],
        [
            "Development management and building control casework",
            "Planning applications, local plan policies and building regs",
            "Building control inspections",
        ],
        ["plan"],
    ),
    P(
        "k-llpg",
        "cadastre",
        "Idox",
        ["LLPG (Idox Gazetteer)", "Local Land & Property Gazetteer", "LLPG"],
        [
            "Address and property gazetteer, UPRNs",
            "Street naming and numbering, land and property register",
        ],
        ["ict", "plan"],
    ),
    P(
        "k-leica",
        "surveying",
        "Leica Geosystems",
        ["Leica Captivate", "Leica survey software"],
        ["Topographical surveys and setting out", "Survey data processing"],
        ["hwy"],
    ),
    P(
        "k-confirm",
        "street-maintenance",
        "Brightly",
        ["Confirm", "Brightly Confirm", "Confirm (highways)"],
        [
            "Highways asset management: defects, inspections and repairs",
            "Street lighting, gully cleansing and grounds maintenance works orders",
        ],
        ["hwy"],
    ),
    P(
        "k-symology",
        "traffic-management",
        "Symology",
        ["Symology Insight", "Street works (Symology)"],
        [
            "Street works coordination and permits, traffic regulation orders",
            "Road closures and temporary traffic management",
        ],
        ["hwy"],
    ),
    P(
        "k-chipside",
        "parking",
        "Chipside",
        ["Chipside", "Chipside PCN processing"],
        ["Penalty charge notice processing and appeals", "Parking permits and enforcement"],
        ["park"],
    ),
    P(
        "k-ringgo",
        "parking",
        "RingGo",
        ["RingGo", "RingGo cashless parking"],
        ["Cashless parking payments", "Pay-by-phone parking in council car parks"],
        ["park", "hwy"],
    ),
    P(
        "k-aqdata",
        "environmental-monitoring",
        "Ricardo",
        ["Air quality monitoring (Ricardo)", "Ricardo AQ data portal"],
        [
            "Air quality monitoring stations and diffusion tubes",
            "Annual air quality status report data",
        ],
        ["eh"],
    ),
    P(
        "k-civicaapp",
        "environmental-health",
        "Civica",
        ["Civica APP", "APP (EH & Licensing)", "Flare / APP"],
        [
            "Food safety inspections, environmental health complaints, licensing",
            "Food hygiene ratings and premises register",
        ],
        ["eh"],
    ),
    P(
        "k-necHousing",
        "housing",
        "NEC Software Solutions",
        ["NEC Housing", "Northgate Housing", "NEC Housing Management"],
        ["Tenancy management, rents and repairs for council housing", "Rent accounts and arrears"],
        ["housing"],
    ),
    P(
        "k-abritas",
        "housing",
        "Abritas",
        ["Abritas", "Abritas housing register"],
        [
            "Housing register and choice based lettings",
            "Homelessness applications and housing options",
            "Housing register enquiries handled at the customer service centre",
        ],
        ["housing", "housing", "cs"],
    ),
    P(
        "k-resilience",
        "rescue-services",
        "Cabinet Office",
        ["ResilienceDirect", "Resilience Direct"],
        [
            "Emergency planning, incident response and multi-agency information sharing",
            "Major incident plans",
        ],
        ["ep"],
    ),
    P(
        "k-planon",
        "facility-management",
        "Planon",
        ["Planon", "Planon Universe"],
        [
            "Property asset management, planned maintenance and compliance",
            "Space management and lease records",
        ],
        ["prop"],
    ),
    P(
        "k-concerto",
        "facility-management",
        "MRI Software",
        ["Concerto", "MRI Concerto"],
        ["Schools condition data and property compliance", "Estates records and rent reviews"],
        ["adm", "prop"],
    ),
    P(
        "k-tranman",
        "fleet",
        "Civica",
        ["Tranman", "Civica Tranman"],
        [
            "Fleet management: vehicle servicing, MOTs and fuel",
            "Workshop job cards and O-licence compliance",
        ],
        ["fleet"],
    ),
    P(
        "k-elms",
        "logistics",
        "Equipment Loan Management",
        ["ELMS2", "ELMS (Community Equipment)"],
        [
            "Community equipment store: stock, deliveries and collections",
            "Warehouse stock control and delivery scheduling",
        ],
        ["asc", "fleet"],
    ),
    P(
        "k-cypad",
        "catering",
        "Cypad",
        ["Cypad", "Cypad catering"],
        [
            "School meals: menus, allergens and food safety records",
            "Kitchen management for traded school catering",
        ],
        ["adm", "cater"],
    ),
    P(
        "k-capitaone",
        "pupil-administration",
        "Capita / ONE",
        ["Capita One", "ONE (Education)", "Capita ONE"],
        [
            "School admissions, pupil database, SEN and attendance",
            "Education management system – admissions and exclusions",
            "EHCP caseload and statutory returns",
        ],
        ["adm", "adm", "send"],
    ),
    P(
        "k-arbor",
        "pupil-administration",
        "Arbor",
        ["Arbor MIS", "Arbor"],
        ["MIS for the council-run pupil referral unit", "Attendance and behaviour at the PRU"],
        ["send"],
    ),
    P(
        "k-eyportal",
        "early-childhood",
        "Synergy",
        ["Early Years Provider Portal", "EY Portal (Synergy)", "Synergy EY"],
        [
            "Early years funding claims from nurseries and childminders",
            "Free childcare entitlement and 2-year-old funding checks",
        ],
        ["ey"],
    ),
    P(
        "k-qroute",
        "school-transport",
        "QRoute",
        ["QRoute", "QRoute transport planning"],
        ["Home to school transport routes and contracts", "SEND transport route planning"],
        ["send"],
    ),
    P(
        "k-ebs",
        "course-management",
        "Tribal",
        ["Tribal ebs", "ebs4", "Tribal EBS"],
        [
            "Adult learning course enrolments and fees",
            "Learner records and ILR returns for adult learning",
        ],
        ["acl"],
    ),
    P(
        "k-lillie",
        "patient-records",
        "Inform Health",
        ["Lillie", "Lillie (sexual health)"],
        [
            "Sexual health clinic patient records",
            "Clinical records for the integrated sexual health service",
        ],
        ["ph"],
    ),
    P(
        "k-systmone",
        "patient-records",
        "TPP",
        ["SystmOne", "TPP SystmOne"],
        ["0-19 health visiting and school nursing records", "Health visitor caseload records"],
        ["ph", "ey"],
    ),
    P(
        "k-swiftqueue",
        "appointment-booking",
        "Swiftqueue",
        ["Swiftqueue", "Swiftqueue booking"],
        [
            "Online booking for NHS health checks and stop smoking clinics",
            "Appointment booking for clinics",
        ],
        ["ph"],
    ),
    P(
        "k-lcs",
        "child-welfare",
        "System C (Liquidlogic)",
        ["Liquidlogic LCS", "LCS", "Liquidlogic Children's System"],
        [
            "Children's social care case management: referrals, assessments, child protection",
            "Looked after children and care leavers records",
        ],
        ["csc"],
    ),
    P(
        "k-las",
        "social-care-records",
        "System C (Liquidlogic)",
        ["Liquidlogic LAS", "LAS", "Liquidlogic Adults' System"],
        [
            "Adult social care case records, assessments and support plans",
            "Care Act assessments and safeguarding adults",
        ],
        ["asc"],
    ),
    P(
        "k-cm2000",
        "home-care",
        "Advanced",
        ["CM2000", "Electronic call monitoring (CM2000)"],
        [
            "Electronic call monitoring of home care visits",
            "Domiciliary care visit verification and provider payments data",
        ],
        ["asc", "ascfin"],
    ),
    P(
        "k-spydus",
        "library",
        "Civica",
        ["Spydus", "Civica Spydus", "Spydus LMS"],
        [
            "Library management system: loans, catalogue, members",
            "Stock management and reservations",
        ],
        ["lib"],
    ),
    P(
        "k-borrowbox",
        "library",
        "Bolinda",
        ["BorrowBox", "Borrowbox eBooks"],
        [
            "eBook and eAudiobook lending",
            "Digital library lending",
            "eBooks for ESOL learners via library membership",
        ],
        ["lib", "lib", "acl"],
    ),
    P(
        "k-axiell",
        "museum-collections",
        "Axiell",
        ["Axiell Collections", "Axiell"],
        ["Museum collections management and documentation", "Object records and loans"],
        ["mus"],
    ),
    P(
        "k-spektrix",
        "event-ticketing",
        "Spektrix",
        ["Spektrix", "Spektrix ticketing"],
        ["Theatre box office and event ticketing", "Ticketed exhibitions and heritage open days"],
        ["leis", "mus"],
    ),
    P(
        "k-gladstone",
        "sports-services",
        "Gladstone",
        ["Gladstone Plus2", "Gladstone", "Plus2 leisure"],
        [
            "Leisure centre memberships, classes and swim lessons",
            "Sports development activity and GP referral scheme",
        ],
        ["leis"],
    ),
    P(
        "k-youthtracker",
        "youth-services",
        "CoreLogic",
        ["Youth Engagement Tracker", "YET (youth tracker)"],
        ["Youth club attendance and detached youth work contacts", "Tracking NEET young people"],
        ["youth"],
    ),
    P(
        "k-workpath",
        "business-services",
        "",
        ["WorkPath", "WorkPath employment support"],
        [
            "Employment support caseload, job matching and skills",
            "Business start-up support and employability programmes",
        ],
        ["ecdev"],
    ),
]

K_GENERIC_NOTES = [
    "SaaS",
    "Hosted by supplier",
    "On-prem, data centre 2",
    "Contract via G-Cloud",
    "Crown Commercial Service framework",
    "DPIA completed",
    "Due for re-procurement",
    "SSO enabled",
    "Business owner TBC",
]


# ---------------------------------------------------------------------------
# Messy cell generators (per language)
# ---------------------------------------------------------------------------
def _thou(n, sep):
    s = f"{n:,}"
    return s.replace(",", sep)


def cost_cell(rng, lang):
    n = rng.choice(
        [
            rng.randrange(5, 100) * 100,
            rng.randrange(10, 200) * 500,
            rng.randrange(1, 60) * 1000,
            rng.randrange(2, 30) * 250,
        ]
    )
    r = rng.random()
    if lang == "fi":
        if r < 0.22:
            return n
        if r < 0.45:
            return _thou(n, " ") + " €"
        if r < 0.55:
            return f"n. {max(1, round(n / 1000))}k"
        if r < 0.63:
            return "ei tiedossa"
        if r < 0.70:
            return "sis. kokonaissopimukseen"
        if r < 0.78:
            return _thou(n, " ") + ",00 €"
        if r < 0.86:
            return f"{n} €/v"
        return None
    if lang == "sv":
        if r < 0.22:
            return n * 10
        if r < 0.45:
            return _thou(n * 10, " ") + " kr"
        if r < 0.55:
            return f"ca {max(1, round(n / 100))} tkr"
        if r < 0.63:
            return "okänt"
        if r < 0.70:
            return "ingår i ramavtal"
        if r < 0.78:
            return _thou(n * 10, " ") + ":-"
        return None
    # en
    if r < 0.22:
        return n
    if r < 0.45:
        return "£" + _thou(n, ",")
    if r < 0.55:
        return f"c. £{max(1, round(n / 1000))}k"
    if r < 0.63:
        return "unknown"
    if r < 0.70:
        return "incl. in EA"
    if r < 0.78:
        return "£" + _thou(n, ",") + ".00"
    if r < 0.84:
        return "TBC"
    return None


def users_cell(rng, lang, basic):
    n = rng.choice([rng.randrange(2, 30), rng.randrange(20, 400), rng.randrange(100, 4000)])
    r = rng.random()
    if basic and r < 0.3:
        return {
            "fi": rng.choice(["kaikki", "koko henkilöstö", "n. 4000"]),
            "sv": rng.choice(["alla", "alla anställda", "ca 3000"]),
            "en": rng.choice(["all staff", "All", "approx 4,500"]),
        }[lang]
    if r < 0.55:
        return n
    if r < 0.68:
        return {"fi": f"n. {n}", "sv": f"ca {n}", "en": f"approx {n}"}[lang]
    if r < 0.76:
        return {"fi": f"~{n}", "sv": f"~{n}", "en": f"c.{n}"}[lang]
    if r < 0.82:
        return {
            "fi": f"{rng.randrange(2, 6)} pääkäyttäjää + {n}",
            "sv": f"{n} (varav {rng.randrange(1, 6)} admin)",
            "en": f"{n} named users",
        }[lang]
    return None


def end_cell(rng, lang):
    y = rng.choice([2024, 2025, 2025, 2026, 2026, 2027, 2028, 2029])
    m = rng.choice([1, 3, 4, 5, 6, 8, 9, 12, 12])
    d = {1: 31, 3: 31, 4: 30, 5: 31, 6: 30, 8: 31, 9: 30, 12: 31}[m]
    r = rng.random()
    if r < 0.25:
        return dt.datetime(y, m, d)
    if lang == "fi":
        if r < 0.45:
            return f"{d}.{m}.{y}"
        if r < 0.55:
            return f"{y}-{m:02d}-{d:02d}"
        if r < 0.65:
            return "toistaiseksi voimassa"
        if r < 0.72:
            return f"optio {y}"
        if r < 0.80:
            return f"{m}/{y}"
        return None
    if lang == "sv":
        if r < 0.50:
            return f"{y}-{m:02d}-{d:02d}"
        if r < 0.60:
            return "tillsvidare"
        if r < 0.68:
            return f"{y}-{m:02d}-{d:02d} + option 2 år"
        if r < 0.75:
            return "löpande"
        return None
    if r < 0.45:
        return f"{d:02d}/{m:02d}/{y}"
    if r < 0.55:
        return dt.date(y, m, d).strftime("%B %Y")
    if r < 0.63:
        return "rolling"
    if r < 0.70:
        return dt.date(y, m, d).strftime("%d-%b-%y")
    if r < 0.76:
        return "TBC"
    return None


PLACEHOLDERS = {
    "fi": ["-", "ks. kuvaus", "?", "TBD", "täydennetään", "ks. lisätiedot"],
    "sv": ["-", "se beskrivning", "?", "TBD", "fylls i", "se kommentar"],
    "en": ["-", "see notes", "TBD", "?", "N/A", "see description"],
}
SAME_AS_ABOVE = {"fi": "sama kuin yllä", "sv": "som ovan", "en": "as above"}

ROLES = {  # owner role titles by sector key (inventories i and j)
    "KO": [
        "talouspäällikkö",
        "hallintosihteeri",
        "ICT-päällikkö",
        "HR-asiantuntija",
        "kirjaamosihteeri",
    ],
    "SI": ["rehtori", "varhaiskasvatusjohtaja", "sivistysjohtaja", "apulaisrehtori"],
    "TE": [
        "rakennustarkastaja",
        "kaavoitusarkkitehti",
        "tilapäällikkö",
        "vesihuoltopäällikkö",
        "kunnossapitoinsinööri",
        "ympäristösihteeri",
        "ruokapalvelupäällikkö",
    ],
    "HV": ["kirjastonjohtaja", "liikuntasihteeri", "nuorisosihteeri", "museonjohtaja"],
    "EL": ["elinkeinojohtaja", "työllisyyskoordinaattori", "matkailupäällikkö"],
    "KLF": ["IT-strateg", "ekonomichef", "nämndsekreterare", "HR-specialist", "kommunikatör"],
    "BUF": ["förskolechef", "rektor", "verksamhetsutvecklare BUF", "skolchef"],
    "SOC": ["MAS", "enhetschef IFO", "verksamhetsutvecklare SOC", "systemförvaltare Lifecare"],
    "SBF": [
        "bygglovschef",
        "GIS-ingenjör",
        "fastighetschef",
        "kostchef",
        "VA-chef",
        "räddningschef",
    ],
    "KFF": ["bibliotekschef", "fritidschef", "kulturchef"],
}
LICENCE_TYPES = [
    "SaaS",
    "käyttäjälisenssi",
    "organisaatiolisenssi",
    "vuosilisenssi",
    "Kuntaliiton puitesopimus",
    "kampuslisenssi",
    "SaaS / vuosimaksu",
]
HOSTING = [
    "SaaS",
    "On-prem",
    "Azure",
    "Hosted (supplier)",
    "On-premise",
    "Cloud",
    "AWS (supplier)",
    "",
]


def typo(rng, text):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 6 and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    k = rng.randrange(1, len(w) - 2)
    words[i] = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
    return " ".join(words)


# ---------------------------------------------------------------------------
# Row builder
# ---------------------------------------------------------------------------
def build_rows(inv, rng):
    lang = inv["lang"]
    depts = {k: (text, sect) for k, text, sect in inv["depts"]}
    dept_order = {k: i for i, (k, _t, _s) in enumerate(inv["depts"])}
    rows = []
    for p in inv["products"]:
        n = max(len(p["purposes"]), len(p["depts"])) + p["extra"]
        basic = p["funcs"].split(";")[0] in BASIC_IT
        for i in range(n):
            dk = p["depts"][i % len(p["depts"])]
            name = p["names"][i] if i < len(p["names"]) else rng.choice(p["names"])
            purpose = p["purposes"][i % len(p["purposes"])]
            if rng.random() < 0.03:
                purpose = typo(rng, purpose)
            elif rng.random() < 0.03:
                purpose = purpose.lower()
            vendor = p["vendor"] if rng.random() > 0.15 else ""
            r = rng.random()
            if p["notes"] and r < 0.45:
                desc = rng.choice(p["notes"])
            elif r < 0.70:
                desc = rng.choice(inv["generic_notes"])
            else:
                desc = ""
            rows.append(
                dict(
                    pid=p["pid"],
                    funcs=p["funcs"],
                    name=name,
                    vendor=vendor,
                    dkey=dk,
                    dept=depts[dk][0],
                    sector=inv["sectors"][depts[dk][1]],
                    dord=dept_order[dk],
                    purpose=purpose,
                    real_purpose=purpose,
                    desc=desc,
                    cost=cost_cell(rng, lang),
                    users=users_cell(rng, lang, basic),
                    end=end_cell(rng, lang),
                    sheet=p["sheet"],
                    x1=rng.choice(ROLES.get(depts[dk][1], [""])),
                    lic=rng.choice(LICENCE_TYPES),
                    hosting=rng.choice(HOSTING),
                )
            )
    return rows


def finish_sheet(rows, inv, rng):
    """Placeholders, duplicates.  rows already in final order."""
    lang = inv["lang"]
    prev = None
    for r in rows:
        same = prev is not None and prev["pid"] == r["pid"]
        x = rng.random()
        if same and x < 0.28:
            r["purpose"] = SAME_AS_ABOVE[lang]
        elif x < 0.07:
            r["purpose"] = rng.choice(PLACEHOLDERS[lang])
        else:
            prev = r
            continue
        # real description goes to the description / notes column
        r["desc"] = r["real_purpose"] + (
            (". " + r["desc"]) if r["desc"] and rng.random() < 0.5 else ""
        )
        prev = r
    # duplicates: two exact copies, one near-exact (different users / cost)
    cand = [i for i, r in enumerate(rows) if r["purpose"] != SAME_AS_ABOVE[lang]]
    picks = sorted(rng.sample(cand, inv["n_dupes"]), reverse=True)
    for j, i in enumerate(picks):
        c = dict(rows[i])
        if j == 0:
            c["users"] = users_cell(rng, lang, False)
            c["cost"] = cost_cell(rng, lang)
        rows.insert(i + 1, c)
    return rows


BASIC_IT = set()


def load_basic_it():
    # the basic-IT flags of functions.csv, copied here so the generator is self-contained
    BASIC_IT.update(
        [
            "office-email",
            "identity-access",
            "itsm",
            "video-meetings",
            "intranet",
            "e-signature",
            "web-publishing",
            "survey-forms",
            "endpoint-management",
            "printing",
            "telephony",
            "it-infrastructure",
        ]
    )


# ---------------------------------------------------------------------------
# Inventory definitions (sheets, headers, ordering)
# ---------------------------------------------------------------------------
INVENTORIES = [
    dict(
        stem="holdout3_h_fi",
        lang="fi",
        seed=3101,
        depts=H_DEPTS,
        sectors=H_SECT,
        products=H_PRODUCTS,
        generic_notes=H_GENERIC_NOTES,
        n_dupes=3,
        orgmap_header=("Yksikkö", "Toimiala"),
        title="Harjuniemen kaupunki – järjestelmäsalkku",
        sheets=[
            dict(
                name="Järjestelmäsalkku",
                order="dept",
                idcol="JS",
                cols=[
                    ("Tunnus", "id"),
                    ("Järjestelmä", "name"),
                    ("Toimittaja", "vendor"),
                    ("Toimiala / yksikkö", "dept"),
                    ("Käyttötarkoitus", "purpose"),
                    ("Kuvaus / lisätiedot", "desc"),
                    ("Vuosikustannus", "cost"),
                    ("Käyttäjämäärä", "users"),
                    ("Sopimus päättyy", "end"),
                ],
            )
        ],
    ),
    dict(
        stem="holdout3_i_fi",
        lang="fi",
        seed=3202,
        depts=I_DEPTS,
        sectors=I_SECT,
        products=I_PRODUCTS,
        generic_notes=I_GENERIC_NOTES,
        n_dupes=2,
        orgmap_header=("Tulosyksikkö", "Palvelualue"),
        title="Vaaralahden kaupunki – sovellukset",
        sheets=[
            dict(
                name="Sovellukset",
                order="name",
                idcol=None,
                cols=[
                    ("Sovellus", "name"),
                    ("Toimittaja", "vendor"),
                    ("Tulosyksikkö", "dept"),
                    ("Käyttötarkoitus", "purpose"),
                    ("Lisätiedot", "desc"),
                    ("Kustannus €/v", "cost"),
                    ("Käyttäjiä", "users"),
                    ("Sopimuskausi päättyy", "end"),
                    ("Pääkäyttäjä", "x1"),
                ],
            ),
            dict(
                name="Palvelut ja lisenssit",
                order="dept",
                idcol=None,
                cols=[
                    ("Palvelu / lisenssi", "name"),
                    ("Toimittaja", "vendor"),
                    ("Lisenssityyppi", "lic"),
                    ("Yksikkö", "dept"),
                    ("Mihin käytetään", "purpose"),
                    ("Huomiot", "desc"),
                    ("Hinta / vuosi", "cost"),
                    ("Lisenssejä kpl", "users"),
                    ("Voimassa asti", "end"),
                ],
            ),
        ],
    ),
    dict(
        stem="holdout3_j_sv",
        lang="sv",
        seed=3303,
        depts=J_DEPTS,
        sectors=J_SECT,
        products=J_PRODUCTS,
        generic_notes=J_GENERIC_NOTES,
        n_dupes=3,
        orgmap_header=("Enhet", "Förvaltning"),
        title="Sjöviks kommun – systemförteckning",
        sheets=[
            dict(
                name="Systemförteckning",
                order="dept",
                idcol=None,
                cols=[
                    ("System", "name"),
                    ("Leverantör", "vendor"),
                    ("Förvaltning/enhet", "dept"),
                    ("Användningsområde", "purpose"),
                    ("Beskrivning", "desc"),
                    ("Årskostnad (kr)", "cost"),
                    ("Antal användare", "users"),
                    ("Avtalet löper ut", "end"),
                    ("Systemförvaltare", "x1"),
                ],
            )
        ],
    ),
    dict(
        stem="holdout3_k_en",
        lang="en",
        seed=3404,
        depts=K_DEPTS,
        sectors=K_SECT,
        products=K_PRODUCTS,
        generic_notes=K_GENERIC_NOTES,
        n_dupes=3,
        orgmap_header=("Department", "Directorate"),
        title="Northmoor Council – application register",
        sheets=[
            dict(
                name="Application register",
                order="random",
                idcol="APP",
                cols=[
                    ("App ID", "id"),
                    ("Application name", "name"),
                    ("Supplier", "vendor"),
                    ("Service area", "dept"),
                    ("Business purpose", "purpose"),
                    ("Notes", "desc"),
                    ("Annual cost", "cost"),
                    ("No. of users", "users"),
                    ("Contract end", "end"),
                    ("Hosting", "hosting"),
                ],
            )
        ],
    ),
]


def order_rows(rows, how, rng):
    if how == "dept":
        return sorted(rows, key=lambda r: (r["dord"], r["name"].casefold(), r["pid"]))
    if how == "name":
        return sorted(rows, key=lambda r: (r["name"].casefold(), r["dord"], r["pid"]))
    rows = list(rows)
    rng.shuffle(rows)
    return rows


def assign_ids(rows, prefix, rng):
    if prefix == "JS":  # ids given when systems were first registered: not in sheet order
        nums = rng.sample(range(1, 400), len(rows))
        for r, n in zip(rows, nums):
            r["id"] = f"JS-{n:03d}"
    elif prefix == "APP":
        n = 1000
        for r in rows:
            n += rng.choice([1, 1, 1, 2, 3])
            r["id"] = f"APP-{n}"


def write_xlsx(path, sheets):
    wb = Workbook()
    wb.remove(wb.active)
    for sh, rows in sheets:
        ws = wb.create_sheet(sh["name"])
        ws.append([h for h, _k in sh["cols"]])
        for c in ws[1]:
            c.font = Font(bold=True)
        for r in rows:
            ws.append([r.get(k) if r.get(k) != "" else None for _h, k in sh["cols"]])
        for r in ws.iter_rows(min_row=2):
            for c in r:
                if isinstance(c.value, dt.datetime):
                    c.number_format = (
                        "d.m.yyyy"
                        if "fi" in path
                        else ("yyyy-mm-dd" if "_sv" in path else "dd/mm/yyyy")
                    )
        widths = {"name": 30, "purpose": 60, "desc": 45, "dept": 38, "vendor": 22}
        for i, (_h, k) in enumerate(sh["cols"]):
            ws.column_dimensions[chr(65 + i)].width = widths.get(k, 16)
        ws.freeze_panes = "A2"
    wb.properties.creator = "tietohallinto"
    wb.properties.lastModifiedBy = "tietohallinto"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    stamp = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%SZ")
    with (
        zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(
                    r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    r"\g<1>%s\g<2>" % stamp,
                    txt,
                )
                txt = re.sub(
                    r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                    r"\g<1>%s\g<2>" % stamp,
                    txt,
                )
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def write_csv(path, header, lines):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(lines)


def make(inv):
    rng = random.Random(inv["seed"])
    rows = build_rows(inv, rng)
    out_sheets = []
    truth = []
    for si, sh in enumerate(inv["sheets"]):
        srows = [r for r in rows if r["sheet"] == si]
        srows = order_rows(srows, sh["order"], rng)
        if sh["idcol"]:
            assign_ids(srows, sh["idcol"], rng)
        srows = finish_sheet(srows, inv, rng)
        out_sheets.append((sh, srows))
        for i, r in enumerate(srows):
            truth.append(
                [
                    sh["name"],
                    i + 2,
                    r["name"],
                    r["pid"],
                    r["funcs"],
                    r["dept"],
                    r["sector"],
                    "system",
                ]
            )
    write_xlsx(os.path.join(OUT, inv["stem"] + ".xlsx"), out_sheets)
    write_csv(
        os.path.join(OUT, inv["stem"] + ".truth.csv"),
        ["sheet", "row", "system_name", "product", "functions", "department", "sector", "kind"],
        truth,
    )
    write_csv(
        os.path.join(OUT, inv["stem"] + ".orgmap.csv"),
        list(inv["orgmap_header"]),
        [[text, inv["sectors"][s]] for _k, text, s in inv["depts"]],
    )
    return truth


def main():
    load_basic_it()
    os.makedirs(OUT, exist_ok=True)
    for inv in INVENTORIES:
        t = make(inv)
        print(f"{inv['stem']}: {len(t)} rows, {len(inv['products'])} products")


if __name__ == "__main__":
    main()
