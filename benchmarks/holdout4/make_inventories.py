#!/usr/bin/env python3
"""Deterministic generator for the holdout4 blind evaluation set.

Writes four invented information-system inventories (xlsx), one truth file and
one org map per inventory into ./out/.  Everything (products, texts,
departments) lives in this file.  Only the Python standard library and
openpyxl are used; output is byte-identical on every run.

    python3 benchmarks/holdout4/make_inventories.py

The texts were written blind: without reading the tool's code, tests, docs,
samples or other benchmarks; the only input about the tool was the list of
function ids (functions.csv).
"""

import csv
import datetime as dt
import io
import os
import random
import re
import sys
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")
FIXED = dt.datetime(2025, 1, 15, 9, 0, 0)
TRUTH_HEADER = [
    "sheet",
    "row",
    "system_name",
    "product",
    "functions",
    "department",
    "sector",
    "kind",
]


def P(pid, funcs, names, depts, purposes, vendor="", notes=(), orig=()):
    """One product: id, ';'-separated function ids, name spellings, one
    department per row, 2-4 purpose texts, optional vendor, notes and (for
    the merged county) the old organisation per row."""
    return dict(
        id=pid,
        funcs=funcs,
        names=list(names),
        depts=list(depts),
        purposes=list(purposes),
        vendor=vendor,
        notes=list(notes),
        orig=list(orig),
    )


# ---------------------------------------------------------------------------
# messy cell generators, per language
# ---------------------------------------------------------------------------
AMOUNTS = [
    600,
    900,
    1200,
    1850,
    2500,
    3400,
    4800,
    6000,
    7500,
    9900,
    12000,
    15500,
    18000,
    24000,
    32000,
    45000,
    60000,
    85000,
    120000,
    240000,
]


def _grp(n, sep):
    return f"{n:,}".replace(",", sep)


def cost_cell(rng, lang):
    n = rng.choice(AMOUNTS)
    r = rng.random()
    if lang == "fi":
        if r < 0.25:
            return n
        if r < 0.45:
            return _grp(n, " ") + " €"
        if r < 0.55:
            return f"n. {n}"
        if r < 0.62:
            return _grp(n, " ") + " € + alv"
        if r < 0.72:
            return rng.choice(
                [
                    "sis. M365-sopimukseen",
                    "ks. sopimus",
                    "?",
                    "0",
                    "maksuton",
                    "sisältyy palvelumaksuun",
                    "kustannukset keskitetysti ICT:llä",
                ]
            )
        if r < 0.80:
            return f"{n / 1000:g} t€"
        return ""
    if lang == "sv":
        if r < 0.3:
            return n
        if r < 0.5:
            return _grp(n, " ") + " €"
        if r < 0.6:
            return f"ca {n}"
        if r < 0.7:
            return rng.choice(
                [
                    "ingår i avtalet",
                    "?",
                    "0",
                    "gratis",
                    "se avtal",
                    "ingår i IT-avgiften",
                    "ei tiedossa",
                ]
            )
        if r < 0.78:
            return f"{n / 1000:g} k€"
        return ""
    # en
    if r < 0.25:
        return n
    if r < 0.5:
        return "£" + _grp(n, ",")
    if r < 0.58:
        return f"approx £{n / 1000:g}k"
    if r < 0.66:
        return "£" + _grp(n, ",") + " + VAT"
    if r < 0.76:
        return rng.choice(
            [
                "incl. in EA",
                "TBC",
                "?",
                "0",
                "free",
                "n/a",
                "see contract register",
                "part of corporate licence",
            ]
        )
    if r < 0.82:
        return f"${_grp(n, ',')}"
    return ""


def users_cell(rng, lang):
    n = rng.choice([3, 5, 8, 12, 15, 25, 40, 60, 120, 250, 400, 900, 2500])
    r = rng.random()
    if lang == "fi":
        if r < 0.4:
            return n
        if r < 0.55:
            return f"n. {n}"
        if r < 0.65:
            return rng.choice(
                ["kaikki", "koko henkilöstö", "pääkäyttäjät 4", "?", "useita", "n. 10 pääkäyttäjää"]
            )
        if r < 0.72:
            return f"{n}+"
        return ""
    if lang == "sv":
        if r < 0.45:
            return n
        if r < 0.6:
            return f"ca {n}"
        if r < 0.7:
            return rng.choice(["alla", "all personal", "?", "flera", "kaikki", "huvudanvändare 3"])
        return ""
    if r < 0.45:
        return n
    if r < 0.6:
        return f"c. {n}"
    if r < 0.7:
        return rng.choice(["all staff", "All", "?", "unknown", "~50 named", "100 concurrent"])
    if r < 0.75:
        return f"{n}+"
    return ""


def end_cell(rng, lang):
    y = rng.choice([2025, 2026, 2026, 2027, 2028, 2029])
    m = rng.choice([3, 5, 6, 8, 12, 12])
    d = {3: 31, 5: 31, 6: 30, 8: 31, 12: 31}[m]
    r = rng.random()
    if r < 0.25:
        return dt.datetime(y, m, d)
    if lang == "fi":
        if r < 0.45:
            return f"{d}.{m}.{y}"
        if r < 0.55:
            return f"{y}-{m:02d}-{d:02d}"
        if r < 0.65:
            return rng.choice(
                ["toistaiseksi", "toistaiseksi voimassa", "ei sopimusta", "?", "jatkuu optiolla"]
            )
        if r < 0.75:
            return f"{m}/{y}"
        if r < 0.8:
            return f"optio {y + 2} asti"
        return ""
    if lang == "sv":
        if r < 0.45:
            return f"{y}-{m:02d}-{d:02d}"
        if r < 0.55:
            return f"{d}.{m}.{y}"
        if r < 0.67:
            return rng.choice(
                ["tills vidare", "tillsvidare", "?", "löpande", "toistaiseksi", "inget avtal"]
            )
        if r < 0.75:
            return f"{m}/{y}"
        return ""
    if r < 0.42:
        return f"{d:02d}/{m:02d}/{y}"
    if r < 0.5:
        return f"{m:02d}/{d:02d}/{y}"
    if r < 0.6:
        return dt.date(y, m, d).strftime("%B %Y")
    if r < 0.7:
        return rng.choice(["rolling", "TBC", "N/A", "Rolling annual", "perpetual licence", "?"])
    if r < 0.76:
        return f"{y}-{m:02d}-{d:02d}"
    return ""


PLACEHOLDERS = {
    "fi": (
        ["-", "ks. kuvaus", "TBD", "?", "ks. lisätiedot", "", "-", "täydennetään"],
        ["sama kuin yllä", "sama kuin yllä", "kuten yllä", '"'],
    ),
    "sv": (
        ["-", "se beskrivning", "TBD", "?", "", "se anm.", "ks. kuvaus"],
        ["se ovan", "samma som ovan", "se ovan", "d:o"],
    ),
    "en": (
        ["-", "see notes", "TBD", "?", "", "n/a", "tbc"],
        ["as above", "As above", "ditto", "same as above"],
    ),
}
# ---------------------------------------------------------------------------


# ===========================================================================
# L: large Finnish city, education & culture sector + central administration
# ===========================================================================
L_ORG = [
    # (department as written, sector, sheet)
    ("KASKO/Hallinto", "Kasvatuksen ja koulutuksen toimiala"),
    ("KASKO/Varhaiskasvatus", "Kasvatuksen ja koulutuksen toimiala"),
    ("KASKO/Perusopetus", "Kasvatuksen ja koulutuksen toimiala"),
    ("KASKO/Lukiokoulutus", "Kasvatuksen ja koulutuksen toimiala"),
    ("KASKO/Ammatillinen koulutus", "Kasvatuksen ja koulutuksen toimiala"),
    ("KASKO/Svenska bildningstjänster", "Kasvatuksen ja koulutuksen toimiala"),
    ("Kasko - Työväenopisto", "Kasvatuksen ja koulutuksen toimiala"),
    ("Kuva - Hallinto", "Kulttuurin ja vapaa-ajan toimiala"),
    ("Kuva - Kirjastot", "Kulttuurin ja vapaa-ajan toimiala"),
    ("Kuva - Kulttuuripalvelut", "Kulttuurin ja vapaa-ajan toimiala"),
    ("KUVA/Kaupunginmuseo", "Kulttuurin ja vapaa-ajan toimiala"),
    ("Kuva - Liikuntapalvelut", "Kulttuurin ja vapaa-ajan toimiala"),
    ("Kuva - Nuorisopalvelut", "Kulttuurin ja vapaa-ajan toimiala"),
    ("Kanslia, hallinto", "Keskushallinto"),
    ("Kanslia, talous", "Keskushallinto"),
    ("Kanslia, henkilöstö", "Keskushallinto"),
    ("Kanslia, viestintä", "Keskushallinto"),
    ("Kanslia, tietohallinto", "Keskushallinto"),
    ("Kanslia, hankinnat", "Keskushallinto"),
    ("Kanslia, elinkeino", "Keskushallinto"),
    ("Palvelukeskus / taloushallintopalvelut", "Palvelukeskus-liikelaitos"),
    ("Palvelukeskus / palkat", "Palvelukeskus-liikelaitos"),
    ("Palvelukeskus, ruokapalvelut", "Palvelukeskus-liikelaitos"),
    ("KYMP/Tilat", "Kaupunkiympäristön toimiala"),
    ("KYMP/Rakennuttaminen", "Kaupunkiympäristön toimiala"),
]

L_PRODUCTS = [
    # ---- basic IT
    P(
        "l-m365",
        "office-email",
        ["Microsoft 365", "M365", "Office 365", "MS Office365"],
        [
            "Kanslia, tietohallinto",
            "KASKO/Hallinto",
            "Kuva - Hallinto",
            "KASKO/Perusopetus",
            "Palvelukeskus / taloushallintopalvelut",
        ],
        [
            "Sähköposti, kalenteri ja toimisto-ohjelmat (Word, Excel, PowerPoint) koko henkilöstölle",
            "toimisto-ohjelmat + sähköposti",
            "Outlook, OneDrive, Office-sovellukset. Opettajien ja oppilaiden A3-lisenssit",
            "Henkilöstön sähköposti ja kalenterit; Exchange Online",
        ],
        vendor="Microsoft",
        notes=[
            "E3/E5-lisenssit, EA-sopimus",
            "Lisenssit hankittu Hanselin puitesopimuksella",
            "Kirjautuminen Entra ID:n kautta (MFA)",
        ],
    ),
    P(
        "l-teams",
        "video-meetings",
        ["Microsoft Teams", "Teams", "MS Teams"],
        [
            "Kanslia, tietohallinto",
            "KASKO/Lukiokoulutus",
            "Kuva - Nuorisopalvelut",
            "Kanslia, hallinto",
        ],
        [
            "Videoneuvottelut, chat ja tiimityötilat",
            "Etäkokoukset ja pikaviestit",
            "Teams-kokoukset, myös valtuuston etäosallistuminen; tallenteet Streamiin",
            "Verkkopalaverit",
        ],
        vendor="Microsoft",
        notes=["osa M365-kokonaisuutta", "Teams Rooms -laitteet neuvotteluhuoneissa"],
    ),
    P(
        "l-zoom",
        "video-meetings",
        ["Zoom", "Zoom Pro", "ZOOM Webinars"],
        ["Kuva - Kulttuuripalvelut", "Kasko - Työväenopisto", "Kuva - Kirjastot"],
        [
            "Verkkotapahtumat ja webinaarit yleisölle",
            "Etäopetus opiston verkkokursseilla (videoyhteys)",
            "kirjailijavierailut striimattuna / webinaarit",
        ],
        vendor="Zoom Video Communications",
        notes=[
            "Luottokorttiostos, 5 lisenssiä",
            "Käytetään koska ulkopuoliset osallistujat eivät pääse Teamsiin",
        ],
    ),
    P(
        "l-entra",
        "identity-access",
        ["Azure AD", "Entra ID", "Microsoft Entra ID (ent. Azure AD)"],
        ["Kanslia, tietohallinto", "Kanslia, tietohallinto", "KASKO/Hallinto"],
        [
            "Käyttäjätunnukset, MFA ja kertakirjautuminen (SSO) pilvipalveluihin",
            "Henkilöstön käyttäjähallinta; ryhmät ja käyttöoikeudet synkronoidaan HR-järjestelmästä",
            "Oppilaiden ja opettajien tunnukset",
        ],
        vendor="Microsoft",
        notes=["Conditional access -politiikat", ""],
    ),
    P(
        "l-mpassid",
        "identity-access",
        ["MPASSid", "MPASSid-tunnistus"],
        ["KASKO/Perusopetus", "KASKO/Lukiokoulutus"],
        [
            "Oppilaiden kirjautuminen oppimateriaalipalveluihin MPASSid-federaatiolla",
            "Tunnistuspalvelu digimateriaaleihin (kertakirjautuminen opiskelijoille)",
        ],
        vendor="Opetushallitus / CSC",
        notes=["Maksuton, OPH", "Liitetty Wilma-tunnuksiin"],
    ),
    P(
        "l-efecte",
        "itsm",
        ["Efecte", "Efecte ESM", "EFECTE"],
        ["Kanslia, tietohallinto", "KASKO/Hallinto", "Palvelukeskus / taloushallintopalvelut"],
        [
            "IT-tuen tiketöinti, muutoshallinta ja CMDB",
            "Käyttäjätuki: tukipyynnöt ja laitetilaukset, service catalog, SLA-raportointi",
            "Palvelupyynnöt ja vikailmoitukset; itsepalveluportaali",
        ],
        vendor="Efecte Oyj",
        notes=["Integraatio AD:hen ja Intuneen", "SaaS, sopimus 2021-"],
    ),
    P(
        "l-topdesk",
        "itsm",
        ["TOPdesk", "Topdesk"],
        ["Kuva - Hallinto", "Kuva - Kirjastot"],
        [
            "Toimialan oma helpdesk: laitevikailmoitukset ja tukipyynnöt",
            "Kirjastojen asiakaspäätteiden ja tulostimien tukipyynnöt",
        ],
        vendor="TOPdesk Finland",
        notes=["Tarkoitus yhdistää Efecteen 2026", "kirjastojen IT-tukihenkilö käsittelee"],
    ),
    P(
        "l-nappi",
        "intranet",
        ["Nappi", "Nappi-intra", "Intranet Nappi (SharePoint)"],
        ["Kanslia, viestintä", "KASKO/Hallinto", "Kuva - Hallinto"],
        [
            "Henkilöstön intranet: uutiset, ohjeet, lomakkeet",
            "Sisäinen viestintä ja ohjepankki",
            "Kaupungin intra, toimialan omat sivut",
        ],
        vendor="SharePoint Online / toteutus Sulava",
    ),
    P(
        "l-drupal",
        "web-publishing",
        ["Drupal", "Kaupungin verkkosivut (Drupal)", "www-sivusto"],
        ["Kanslia, viestintä", "KASKO/Hallinto", "Kuva - Kulttuuripalvelut"],
        [
            "Kaupungin verkkosivujen julkaisujärjestelmä",
            "koulujen ja päiväkotien sivut",
            "Verkkosivujen sisällönhallinta; tapahtumakalenteri integroitu LinkedEvents-rajapintaan",
        ],
        vendor="Wunder",
        notes=["Saavutettavuusvaatimukset huomioitu", "Drupal 10 päivitys 2025"],
    ),
    P(
        "l-wordpress",
        "web-publishing",
        ["WordPress", "Wordpress-sivustot", "WP"],
        ["Kuva - Kulttuuripalvelut", "KUVA/Kaupunginmuseo", "Kuva - Nuorisopalvelut"],
        ["Museon ja festivaalien kampanjasivustot", "Verkkosivut", "nuorten sivusto ja blogi"],
        vendor="avoin lähdekoodi, ylläpito Sofokus",
    ),
    P(
        "l-webropol",
        "survey-forms",
        ["Webropol", "Webropol 3.0", "webropol"],
        [
            "Kanslia, hallinto",
            "KASKO/Perusopetus",
            "KASKO/Varhaiskasvatus",
            "Kuva - Liikuntapalvelut",
        ],
        [
            "KYSELYT JA SÄHKÖISET LOMAKKEET",
            "Huoltaja- ja oppilaskyselyt (esim. kouluhyvinvointi)",
            "Asiakastyytyväisyyskyselyt päiväkodeille; raportit johtoryhmälle",
            "Ilmoittautumislomakkeet uimakouluihin",
        ],
        vendor="Webropol Oy",
    ),
    P(
        "l-intune",
        "endpoint-management",
        ["Microsoft Intune", "Intune", "MEM / Intune"],
        ["Kanslia, tietohallinto", "KASKO/Perusopetus", "KASKO/Ammatillinen koulutus"],
        [
            "Työasemien ja puhelimien hallinta, päivitykset ja sovellusjakelu",
            "Oppilaiden Windows-koneiden hallinta",
            "MDM - mobiililaitteet",
        ],
        vendor="Microsoft",
    ),
    P(
        "l-jamf",
        "endpoint-management",
        ["Jamf Pro", "JAMF", "Jamf School"],
        ["KASKO/Perusopetus", "KASKO/Varhaiskasvatus", "KASKO/Svenska bildningstjänster"],
        [
            "iPadien hallinta alakouluissa ja sovellusten jakelu",
            "Päiväkotien tablettien hallinta (MDM)",
        ],
        vendor="Jamf / Atea",
        notes=["~4000 iPadia", "Apple School Manager -integraatio"],
    ),
    P(
        "l-papercut",
        "printing",
        ["PaperCut MF", "Papercut", "PaperCut (tulostus)"],
        ["Kanslia, tietohallinto", "KASKO/Lukiokoulutus", "Kuva - Kirjastot"],
        [
            "Tulostuksen hallinta, follow-me -tulostus ja skannaus",
            "opiskelijoiden tulostuskiintiöt",
            "Asiakastulostus kirjastoissa; maksut kirjastokortilla",
        ],
        vendor="Konica Minolta",
    ),
    P(
        "l-ring",
        "telephony",
        ["Elisa Ring", "Ring", "Elisa Ring -vaihde"],
        [
            "Kanslia, tietohallinto",
            "Kanslia, viestintä",
            "KASKO/Varhaiskasvatus",
            "Kuva - Liikuntapalvelut",
        ],
        [
            "Puhelinvaihde ja mobiililiittymät",
            "Neuvontapuhelimen jonotus ja takaisinsoitto (asiakaspalvelu)",
            "Varhaiskasvatuksen palveluohjauksen puhelinpalvelu",
            "vaihde",
        ],
        vendor="Elisa",
    ),
    P(
        "l-vismasign",
        "e-signature",
        ["Visma Sign", "VismaSign"],
        ["Kanslia, hankinnat", "Kanslia, henkilöstö", "KASKO/Hallinto"],
        [
            "Sopimusten sähköinen allekirjoitus",
            "Työsopimusten sähköinen allekirjoitus, integraatio Sarastiaan",
            "Sähköinen allekirjoitus, myös huoltajien suostumukset",
        ],
        vendor="Visma",
    ),
    P(
        "l-frends",
        "it-infrastructure",
        ["Frends", "FRENDS iPaaS", "Frends-integraatioalusta"],
        [
            "Kanslia, tietohallinto",
            "Kanslia, tietohallinto",
            "Palvelukeskus / taloushallintopalvelut",
        ],
        [
            "Integraatioalusta: HR -> AD, Primus -> Daisy, laskut -> SAP",
            "Järjestelmien väliset integraatiot ja API-hallinta",
            "Siirtotiedostojen ajastus ja valvonta",
        ],
        vendor="Frends Technology",
    ),
    # ---- administration
    P(
        "l-dynasty",
        "case-management;meeting-management",
        ["Dynasty 10", "Dynasty", "DYNASTY 10 asianhallinta"],
        ["Kanslia, hallinto", "KASKO/Hallinto", "Kuva - Hallinto", "Kanslia, talous"],
        [
            "Asianhallinta, diaarinointi ja päätöksenteko (lautakunnat, kaupunginhallitus)",
            "Asiakirjahallinta ja pöytäkirjat",
            "Viranhaltijapäätökset, esityslistat; julkaisu verkkoon",
            "diaari",
        ],
        vendor="Innofactor",
        notes=["Integraatio eArkistoon (SÄHKE2)", "Ks. tiedonohjaussuunnitelma"],
    ),
    P(
        "l-tweb",
        "meeting-management",
        ["Tweb", "TWeb kokoushallinta"],
        ["KASKO/Ammatillinen koulutus", "KASKO/Ammatillinen koulutus"],
        [
            "Ammattiopiston johtokunnan kokoukset ja pöytäkirjat",
            "kokousten valmistelu, esityslistat",
        ],
        vendor="Triplan",
        notes=["Liikelaitosajan järjestelmä, poistumassa?"],
    ),
    P(
        "l-digiarkisto",
        "archive",
        ["Digia Tiedonhallinta", "eArkisto", "Sähköinen arkisto / Digia"],
        ["Kanslia, hallinto", "Kanslia, hallinto", "KASKO/Hallinto"],
        [
            "Pitkäaikaissäilytys, sähköinen arkisto (SÄHKE2)",
            "Oppilasarkiston siirrot sähköiseen arkistoon",
            "Arkistointi",
        ],
        vendor="Digia",
    ),
    P(
        "l-skyfish",
        "document-management",
        ["Skyfish", "Skyfish kuvapankki", "Kuvapankki"],
        ["Kanslia, viestintä", "KUVA/Kaupunginmuseo", "Kuva - Kulttuuripalvelut"],
        [
            "Kuvapankki: valokuvat, logot ja videot viestinnän käyttöön",
            "Markkinointikuvien jakelu kumppaneille; vanhat kuvat arkistoidaan",
            "Tapahtumakuvien ja esitteiden tallennus ja jakaminen",
        ],
        vendor="Skyfish ApS",
    ),
    P(
        "l-mfiles",
        "document-management",
        ["M-Files", "M-files DMS"],
        ["KASKO/Ammatillinen koulutus", "KASKO/Ammatillinen koulutus", "Kanslia, hankinnat"],
        [
            "Dokumenttienhallinta: laatukäsikirja, opetussuunnitelmat, versionhallinta",
            "Asiakirjat ja liitteet, hyväksyntäkierrot",
            "Tarjousasiakirjojen tallennus",
        ],
        vendor="M-Files Oy",
    ),
    P(
        "l-omakaupunki",
        "e-services",
        ["OmaKaupunki", "Asiointipalvelu OmaKaupunki", "Oma kaupunki -asiointi"],
        [
            "Kanslia, tietohallinto",
            "KASKO/Varhaiskasvatus",
            "KASKO/Perusopetus",
            "Kuva - Liikuntapalvelut",
        ],
        [
            "Kuntalaisten sähköinen asiointi, lomakkeet ja vahva tunnistautuminen (Suomi.fi)",
            "Varhaiskasvatushakemukset ja tulotietojen toimitus sähköisesti",
            "Kouluunilmoittautuminen verkossa",
            "Sähköiset hakemukset: kesäleirit, seurojen avustushaku",
        ],
        vendor="Innofactor",
    ),
    P(
        "l-palaute",
        "customer-feedback",
        ["Palautepalvelu", "Anna palautetta", "Palautejärjestelmä"],
        ["Kanslia, viestintä", "Kuva - Liikuntapalvelut", "KASKO/Hallinto"],
        [
            "Asukaspalautteet, kiitokset, moitteet ja kehitysehdotukset; vastaukset julkisesti",
            "Uimahallien ja liikuntapaikkojen palautteet",
            "kuntalaisaloitteet ja palaute",
        ],
        vendor="Open311-rajapinta, toimittaja Sweco",
    ),
    P(
        "l-dynamics",
        "crm",
        ["Microsoft Dynamics 365", "Dynamics CRM", "D365 Sales"],
        ["Kanslia, elinkeino", "Kanslia, elinkeino", "Kuva - Kulttuuripalvelut"],
        [
            "Yritysasiakkuuksien hallinta: yhteystiedot, tapaamiset, yrityskäynnit",
            "Asiakkuudenhallinta (CRM) sidosryhmille",
            "Kumppani- ja sponsorirekisteri",
        ],
        vendor="Microsoft / Fellowmind",
    ),
    P(
        "l-thinking",
        "project-portfolio",
        ["Thinking Portfolio", "ThinkingPortfolio", "Projektisalkku"],
        ["Kanslia, tietohallinto", "Kanslia, talous", "KASKO/Hallinto"],
        [
            "Projektisalkku ja kehityshankkeiden seuranta",
            "Investointien ja hankkeiden salkunhallinta, raportointi johtoryhmälle",
            "Digihankkeiden projektinhallinta",
        ],
        vendor="Thinking Portfolio Oy",
    ),
    P(
        "l-cloudia",
        "procurement",
        ["Cloudia Kilpailutus", "Cloudia", "CLOUDIA"],
        ["Kanslia, hankinnat", "Kanslia, hankinnat", "Palvelukeskus, ruokapalvelut"],
        [
            "Kilpailutusten hallinta ja tarjousten vastaanotto",
            "Hankintailmoitukset Hilmaan, tarjousvertailu",
            "Elintarvikehankintojen kilpailutus",
        ],
        vendor="Cloudia Oy",
    ),
    P(
        "l-handi",
        "contract-management",
        ["Handi", "Handi sopimushallinta"],
        ["Kanslia, hankinnat", "KASKO/Hallinto", "Kuva - Hallinto"],
        [
            "Sopimusrekisteri ja sopimusten määräaikojen seuranta",
            "Sopimukset, optiot ja muistutukset",
            "sopimushallinta",
        ],
        vendor="Handi Oy",
    ),
    P(
        "l-eavustus",
        "grants",
        ["e-Avustus", "eAvustus", "Avustusjärjestelmä"],
        [
            "Kuva - Kulttuuripalvelut",
            "Kuva - Liikuntapalvelut",
            "Kuva - Nuorisopalvelut",
            "Kanslia, elinkeino",
        ],
        [
            "Kulttuuriavustusten haku, käsittely ja päätökset",
            "Seura-avustukset: hakemukset, käsittely, maksatus",
            "Nuorisojärjestöjen toiminta-avustukset",
            "Yritysten kehittämisavustukset",
        ],
        vendor="Abilita Oy",
    ),
    P(
        "l-powerbi",
        "reporting-bi",
        ["Power BI", "PowerBI", "MS Power BI"],
        [
            "Kanslia, talous",
            "KASKO/Hallinto",
            "Kuva - Hallinto",
            "Kanslia, tietohallinto",
            "KASKO/Varhaiskasvatus",
        ],
        [
            "Raportointi ja tietojohtaminen (talous, henkilöstö)",
            "Oppilasmäärä- ja resurssiraportit",
            "Kävijä- ja talousraportointi toimialan johdolle",
            "BI-alusta, tietovarasto Azure SQL",
        ],
        vendor="Microsoft",
        notes=["Pro-lisenssit raportin tekijöille", "Premium capacity"],
    ),
    P(
        "l-qlik",
        "reporting-bi",
        ["Qlik Sense", "QlikSense", "Qlik"],
        ["Palvelukeskus / taloushallintopalvelut", "Palvelukeskus / palkat", "Kanslia, henkilöstö"],
        [
            "Talousraportit ja kustannuslaskenta",
            "Palkka- ja henkilöstöraportit, tilastot toimialoille",
        ],
        vendor="Qlik / Affecto",
    ),
    P(
        "l-pxweb",
        "statistics-research",
        ["PxWeb", "Tilastotietokanta (PxWeb)"],
        ["Kanslia, talous", "Kanslia, elinkeino"],
        [
            "Kaupungin tilastotietokanta ja avoin data",
            "Väestöennusteet ja aluesarjat; julkaisu avoimena datana",
        ],
        vendor="Tilastokeskus (maksuton)",
    ),
    P(
        "l-mailchimp",
        "communications",
        ["Mailchimp", "MailChimp", "Mailchimp uutiskirje"],
        [
            "Kanslia, viestintä",
            "Kuva - Kulttuuripalvelut",
            "Kasko - Työväenopisto",
            "KUVA/Kaupunginmuseo",
        ],
        [
            "Uutiskirjeet",
            "Tapahtumamarkkinointi ja uutiskirjeet",
            "Kurssiuutiskirje opiskelijoille",
            "Museon uutiskirje ja kampanjat",
        ],
        vendor="Intuit Mailchimp",
    ),
    P(
        "l-meltwater",
        "communications",
        ["Meltwater", "Meltwater mediaseuranta"],
        ["Kanslia, viestintä", "Kanslia, viestintä"],
        ["Mediaseuranta ja somekuuntelu", "Tiedotteiden jakelu toimittajille, media-analyysi"],
        vendor="Meltwater",
    ),
    P(
        "l-edilex",
        "reference-information",
        ["Edilex", "Edilex Premium"],
        ["Kanslia, hallinto", "Kanslia, hankinnat", "Kanslia, henkilöstö"],
        [
            "Lakitietopalvelu ja säädökset",
            "Oikeuskäytäntö, hankintalaki ja kommentaarit",
            "työehtosopimukset ja lainsäädäntö",
        ],
        vendor="Edita Publishing",
    ),
    P(
        "l-qpr",
        "process-quality",
        ["QPR ProcessDesigner", "QPR", "QPR Suite"],
        ["Kanslia, hallinto", "KASKO/Ammatillinen koulutus", "Kuva - Hallinto"],
        [
            "Prosessikuvaukset ja kokonaisarkkitehtuuri",
            "Laatujärjestelmä, auditoinnit ja riskien arviointi",
        ],
        vendor="QPR Software",
    ),
    # ---- finance
    P(
        "l-basware",
        "invoice-processing",
        ["Basware P2P", "Basware", "BASWARE AP Automation"],
        [
            "Palvelukeskus / taloushallintopalvelut",
            "Kanslia, talous",
            "KASKO/Hallinto",
            "Kuva - Hallinto",
        ],
        [
            "Ostolaskujen kierrätys, tarkastus ja hyväksyntä",
            "Ostolaskujen vastaanotto (verkkolaskut) ja tiliöinti",
            "LASKUJEN HYVÄKSYNTÄ",
            "ostolaskut - hyväksyjät kouluilla ja päiväkodeissa",
        ],
        vendor="Basware",
    ),
    P(
        "l-sap",
        "accounting;fixed-assets",
        ["SAP S/4HANA", "SAP", "SAP FI/AA"],
        ["Palvelukeskus / taloushallintopalvelut", "Kanslia, talous", "Kanslia, talous"],
        [
            "Kirjanpito, pääkirja ja tilinpäätös",
            "Käyttöomaisuuskirjanpito ja poistot",
            "Taloushallinnon ERP: kirjanpito, käyttöomaisuus, reskontrat",
        ],
        vendor="SAP / Tietoevry",
    ),
    P(
        "l-planacy",
        "budgeting",
        ["Planacy", "Planacy budjetointi"],
        ["Kanslia, talous", "KASKO/Hallinto", "Kuva - Hallinto"],
        [
            "Talousarvion laadinta ja ennusteet",
            "Toimialan budjetointi ja kuukausiennusteet",
            "TA-valmistelu",
        ],
        vendor="Planacy AB",
    ),
    P(
        "l-kuntalaskutus",
        "billing",
        ["Kuntalaskutus", "Visma Kuntalaskutus", "KUNTALASKUTUS"],
        [
            "Palvelukeskus / taloushallintopalvelut",
            "KASKO/Varhaiskasvatus",
            "Kasko - Työväenopisto",
        ],
        [
            "Myyntilaskutus ja myyntireskontra, perintä",
            "Varhaiskasvatusmaksujen laskutus (aineisto Daisysta)",
            "Kurssimaksujen laskutus",
        ],
        vendor="Visma",
    ),
    P(
        "l-paytrail",
        "payments",
        ["Paytrail", "Paytrail verkkomaksu"],
        ["Kanslia, talous", "Kasko - Työväenopisto", "Kuva - Liikuntapalvelut"],
        [
            "Verkkomaksut sähköisiin palveluihin",
            "Kurssimaksujen maksaminen verkossa ilmoittautumisen yhteydessä",
            "Verkkokaupan maksunvälitys (sarjakortit)",
        ],
        vendor="Paytrail Oyj",
    ),
    P(
        "l-kassamagneetti",
        "point-of-sale",
        ["Kassamagneetti", "Kassamagneetti POS"],
        ["Kuva - Kulttuuripalvelut", "Kuva - Kirjastot"],
        [
            "Kassajärjestelmä kulttuuritalon kahvioon ja narikkaan",
            "Kirjastojen kassat: myöhästymismaksut, kangaskassit ym.",
        ],
        vendor="Kassamagneetti Oy",
    ),
    P(
        "l-lightspeed",
        "point-of-sale",
        ["Lightspeed", "Museokauppa Lightspeed"],
        ["KUVA/Kaupunginmuseo", "KUVA/Kaupunginmuseo"],
        ["Museokaupan kassa ja varastosaldo", "Pääsylippujen ja tuotteiden myynti museon kassalla"],
        vendor="Lightspeed",
    ),
    # ---- HR
    P(
        "l-sarastia",
        "hr-management;payroll",
        ["Sarastia 365", "Sarastia", "SARASTIA 365 HR"],
        ["Palvelukeskus / palkat", "Kanslia, henkilöstö", "KASKO/Hallinto", "Kuva - Hallinto"],
        [
            "Henkilöstöhallinto ja palkanlaskenta (HRM + payroll)",
            "Palvelussuhdetiedot, palkat, raportointi Kevaan ja tulorekisteriin",
            "HR: sijaisuudet ja palvelussuhteet (opettajat)",
            "henkilöstötietojen ylläpito",
        ],
        vendor="Sarastia Oy",
    ),
    P(
        "l-titania",
        "shift-planning;time-tracking",
        ["Titania", "Titania työvuorosuunnittelu", "TITANIA"],
        ["KASKO/Varhaiskasvatus", "Kuva - Liikuntapalvelut", "Palvelukeskus, ruokapalvelut"],
        [
            "Työvuorosuunnitelu ja työajanseuranta päiväkodeissa",
            "Uimahallien työvuorolistat ja toteumat palkanlaskentaan",
            "Keittiöhenkilöstön vuorot; mobiilisovellus leimauksiin",
        ],
        vendor="CGI",
    ),
    P(
        "l-kuntarekry",
        "recruitment",
        ["Kuntarekry", "KuntaRekry", "kuntarekry.fi"],
        ["Kanslia, henkilöstö", "KASKO/Perusopetus", "KASKO/Varhaiskasvatus", "Kuva - Hallinto"],
        [
            "Rekrytointi ja työpaikkailmoitukset",
            "Opettajien sijaisrekry + kesätyöpaikat",
            "rekry",
            "Hakemusten käsittely",
        ],
        vendor="Kuntarekry Oy",
    ),
    P(
        "l-eduhouse",
        "learning-management",
        ["Eduhouse", "Eduhouse verkkokoulutukset"],
        ["Kanslia, henkilöstö", "KASKO/Hallinto", "Kuva - Hallinto"],
        [
            "Henkilöstön verkkokoulutukset (Excel, tietoturva, esihenkilötyö)",
            "Opettajien täydennyskoulutus – webinaarit",
            "Koulutuskirjasto henkilöstölle",
        ],
        vendor="Eduhouse Oy",
    ),
    P(
        "l-m2",
        "travel-expenses",
        ["M2", "M2 kulut", "M2 Matka- ja kululaskut"],
        ["Palvelukeskus / palkat", "Kanslia, henkilöstö", "KASKO/Perusopetus"],
        [
            "Matka- ja kululaskut",
            "Kilometrikorvaukset, päivärahat; integraatio SAPiin",
            "Opettajien leirikoulujen ja retkien kulukorvaukset",
        ],
        vendor="Visma / M2",
    ),
    P(
        "l-haipro",
        "occupational-health",
        ["HaiPro", "Haipro TyTu"],
        ["Kanslia, henkilöstö", "KASKO/Perusopetus", "KASKO/Varhaiskasvatus"],
        [
            "Työturvallisuuspoikkeamien ja läheltä piti -tilanteiden ilmoittaminen",
            "Väkivalta- ja uhkatilanteiden ilmoitukset kouluissa",
            "Työtapaturmat ja vaaratilanneilmoitukset",
        ],
        vendor="Awanic",
    ),
    # ---- facilities
    P(
        "l-varaamo",
        "facility-booking",
        ["Varaamo", "Respa / Varaamo", "Varaamo-tilavaraus"],
        [
            "Kuva - Kirjastot",
            "KASKO/Perusopetus",
            "Kuva - Nuorisopalvelut",
            "Kasko - Työväenopisto",
        ],
        [
            "Tilojen ja laitteiden varaus (kirjastojen työtilat, 3D-tulostimet)",
            "Koulujen tilojen iltakäytön vuokraus",
            "Nuorisotilojen ja studioiden varaukset",
            "Opetustilojen varaukset",
        ],
        vendor="avoin lähdekoodi",
    ),
    P(
        "l-timmi",
        "facility-booking",
        ["Timmi", "Timmi Tilat", "TIMMI"],
        ["Kuva - Liikuntapalvelut", "Kuva - Liikuntapalvelut", "KASKO/Perusopetus"],
        [
            "Liikuntatilojen ja kenttien vuorojen jako seuroille",
            "Salivuorojen haku, laskutus ja kulunvalvontaintegraatio",
            "Koulujen liikuntasalien iltavuorot",
        ],
        vendor="Timmi Software",
    ),
    P(
        "l-granlund",
        "facility-management",
        ["Granlund Manager", "Granlund", "Manager (Granlund)"],
        ["KYMP/Tilat", "KYMP/Tilat", "KASKO/Hallinto"],
        [
            "Kiinteistöjen ylläpito, huoltokirja ja tilatiedot",
            "- vikailmoitukset\n- kunnossapito ja PTS\n- huoltokirja",
            "Koulujen tilatiedot ja pinta-alat",
        ],
        vendor="Granlund Oy",
    ),
    P(
        "l-iloq",
        "access-control",
        ["iLOQ", "iLOQ S50", "iLOQ Manager"],
        ["KYMP/Tilat", "KASKO/Perusopetus", "Kuva - Liikuntapalvelut"],
        [
            "Sähköinen lukitus ja avainhallinta",
            "Koulujen kulkuoikeudet ja avainten luovutus",
            "Liikuntahallien ovien kulunvalvonta",
        ],
        vendor="iLOQ Oy",
    ),
    P(
        "l-nuuka",
        "energy-management",
        ["Nuuka", "Nuuka Energy"],
        ["KYMP/Tilat", "KYMP/Tilat"],
        [
            "Energiankulutuksen seuranta ja sisäolosuhteet",
            "Kiinteistöautomaation datan analysointi, raportit",
        ],
        vendor="Nuuka Solutions",
    ),
    P(
        "l-haahtela",
        "construction-design",
        ["Haahtela-hankeohjaus", "HAAHTELA", "Haahtela TAKU"],
        ["KYMP/Rakennuttaminen", "KYMP/Rakennuttaminen", "KASKO/Hallinto"],
        [
            "Rakennushankkeiden tavoitehinta- ja kustannuslaskenta",
            "Hankesuunnittelu ja tilaohjelmat",
            "Koulujen peruskorjaushankkeiden tilaohjelmat",
        ],
        vendor="Haahtela-yhtiöt",
    ),
    P(
        "l-jamix",
        "catering",
        ["Jamix", "JAMIX Kitchen Intelligence"],
        [
            "Palvelukeskus, ruokapalvelut",
            "Palvelukeskus, ruokapalvelut",
            "KASKO/Varhaiskasvatus",
            "KASKO/Perusopetus",
        ],
        [
            "Ruokalistat, reseptit, ravintoarvot ja tuotannonohjaus",
            "- erityisruokavaliot\n- ruokatilaukset\n- hävikin seuranta\n- ravintolaskennat",
            "Päiväkotien ruokatilaukset",
            "kouluruokailu: ruokalistat huoltajille",
        ],
        vendor="Jamix Oy",
    ),
    P(
        "l-aromi",
        "catering",
        ["Aromi", "CGI Aromi"],
        ["KASKO/Ammatillinen koulutus", "KASKO/Ammatillinen koulutus"],
        [
            "Opetusravintolan ruokatuotannon ohjaus",
            "Ravintolan ruokalistat ja raaka-ainetilaukset; kassa erikseen",
        ],
        vendor="CGI",
    ),
    # ---- education
    P(
        "l-primus",
        "pupil-administration",
        ["Primus", "Wilma / Primus", "Visma InSchool Primus", "Wilma"],
        [
            "KASKO/Perusopetus",
            "KASKO/Lukiokoulutus",
            "KASKO/Ammatillinen koulutus",
            "KASKO/Svenska bildningstjänster",
            "KASKO/Hallinto",
        ],
        [
            "Oppilashallinto: oppilasrekisteri, arviointi, todistukset ja lukujärjestykset",
            "Wilma:\n- kodin ja koulun viestintä\n- poissaolot\n- tuntimerkinnät",
            "Opiskelijahallinto, HOKSit ja KOSKI-tiedonsiirrot",
            "Elevadministration, Wilma för vårdnadshavare",
        ],
        vendor="Visma",
        notes=["Primus-palvelin kaupungin konesalissa", "Kurre-lukujärjestysohjelma liitetty"],
    ),
    P(
        "l-pedanet",
        "learning-platform",
        ["Peda.net", "Pedanet"],
        ["KASKO/Perusopetus", "KASKO/Perusopetus", "KASKO/Svenska bildningstjänster"],
        [
            "Oppimisympäristö ja koulujen sivut",
            "Digitaalinen oppimisalusta, tehtävien palautus",
            "Lärmiljö",
        ],
        vendor="Peda.net-yhdistys",
    ),
    P(
        "l-google",
        "office-email;learning-platform",
        ["Google Workspace for Education", "Google Workspace", "G Suite (Classroom)"],
        ["KASKO/Perusopetus", "KASKO/Lukiokoulutus", "KASKO/Perusopetus"],
        [
            "Oppilaiden sähköposti, Drive ja Classroom",
            "Classroom-kurssit, Docs ja Gmail opiskelijoille",
            "Chromebookien tunnukset ja opetuksen pilvipalvelut",
        ],
        vendor="Google",
    ),
    P(
        "l-moodle",
        "learning-platform",
        ["Moodle", "Moodle (lukio)", "MOODLE"],
        ["KASKO/Lukiokoulutus", "KASKO/Ammatillinen koulutus", "Kasko - Työväenopisto"],
        [
            "Verkkokurssit ja oppimisympäristö",
            "Opetuksen verkkoalusta, tentit ja tehtävät",
            "Verkko-opetus opiston kursseille",
        ],
        vendor="Moodle / ylläpito Eledia",
    ),
    P(
        "l-daisy",
        "early-childhood",
        ["Daisy", "DaisyFamily", "Daisy Net"],
        [
            "KASKO/Varhaiskasvatus",
            "KASKO/Varhaiskasvatus",
            "KASKO/Svenska bildningstjänster",
            "Palvelukeskus / taloushallintopalvelut",
        ],
        [
            "Varhaiskasvatuksen asiakas- ja paikkatiedot, sijoitukset",
            "DaisyFamily: huoltajien hoitoaikailmoitukset ja viestit",
            "Småbarnspedagogik – placeringar",
            "Asiakasmaksupäätökset ja laskutusaineisto",
        ],
        vendor="Daisy Solutions",
    ),
    P(
        "l-evaka",
        "early-childhood",
        ["eVaka", "Evaka"],
        ["KASKO/Varhaiskasvatus", "KASKO/Hallinto"],
        [
            "Varhaiskasvatuksen toiminnanohjaus (korvaa Daisyn vaiheittain)",
            "Uusi vaka-järjestelmä, pilotti 12 päiväkodissa; kirjaukset, lapsen vasu",
        ],
        vendor="Espoon kaupunki / avoin lähdekoodi",
    ),
    P(
        "l-hellewi",
        "course-management",
        ["Hellewi", "Hellewi kurssihallinta"],
        ["Kasko - Työväenopisto", "Kasko - Työväenopisto", "Kuva - Liikuntapalvelut"],
        [
            "Kurssien ilmoittautuminen, opettajien tuntikirjaukset ja kurssitilastot",
            "Opiston kurssihallinta; verkkomaksu Paytrailin kautta",
            "Liikuntakurssien ilmoittautumiset",
        ],
        vendor="Mediamaisteri",
    ),
    P(
        "l-koulukyyti",
        "school-transport",
        ["Koulukyyti", "KoKu kuljetukset"],
        ["KASKO/Perusopetus", "KASKO/Hallinto"],
        [
            "Koulukuljetusten reititys ja oppilaskohtaiset kuljetuspäätökset",
            "koulukuljetukset, taksitilaukset",
        ],
        vendor="Sweco",
    ),
    # ---- culture and leisure
    P(
        "l-koha",
        "library",
        ["Koha", "Koha-kirjastojärjestelmä", "KOHA"],
        ["Kuva - Kirjastot", "Kuva - Kirjastot", "Kuva - Kirjastot", "KASKO/Perusopetus"],
        [
            "Kirjastojärjestelmä: lainaus, aineistohankinta, luettelointi",
            "- lainaus ja palautus\n- varaukset\n- verkkokirjasto (Finna-näkymä)\n- kirjastokortit",
            "Kirjastoauto ja omatoimikirjastot – lainaus",
            "Koulukirjastojen lainaus",
        ],
        vendor="Koha-Suomi Oy",
    ),
    P(
        "l-museumplus",
        "museum-collections",
        ["MuseumPlus", "MuseumPlus RIA", "Museum+"],
        ["KUVA/Kaupunginmuseo", "KUVA/Kaupunginmuseo", "Kuva - Kulttuuripalvelut"],
        [
            "Kokoelmahallinta: luettelointi, sijainnit, lainat",
            "Museoesineiden ja valokuvien digitointi, julkaisu Finnaan",
            "Taidekokoelman teosrekisteri",
        ],
        vendor="zetcom",
    ),
    P(
        "l-lippupiste",
        "event-ticketing",
        ["Lippupiste", "Lippupiste Oy"],
        ["Kuva - Kulttuuripalvelut", "Kuva - Kulttuuripalvelut", "KUVA/Kaupunginmuseo"],
        [
            "Lipunmyyti konsertteihin ja esityksiin",
            "Tapahtumien lipunmyynti ja tilitykset",
            "Näyttelyavajaisten ja erikoistapahtumien liput",
        ],
        vendor="Lippupiste",
    ),
    P(
        "l-lyyti",
        "event-ticketing",
        ["Lyyti", "Lyyti tapahtumanhallinta"],
        ["Kanslia, viestintä", "Kanslia, elinkeino"],
        [
            "Tapahtumien ilmoittautumiset ja osallistujahallinta",
            "Yritystapahtumat ja seminaarit; ilmoittautumiset, kutsut",
        ],
        vendor="Lyyti Oy",
    ),
    P(
        "l-enkora",
        "sports-services;point-of-sale",
        ["Enkora", "Enkora-kassa", "ENKORA"],
        ["Kuva - Liikuntapalvelut", "Kuva - Liikuntapalvelut", "Kuva - Liikuntapalvelut"],
        [
            "Uimahallien ja kuntosalien kassa- ja kulkujärjestelmä",
            "Sarjakortit, ryhmäliikunnan ilmoittautumiset, portit",
            "Liikuntapalveluiden asiakasrekisteri ja myynti",
        ],
        vendor="Enkora Oy",
    ),
    P(
        "l-kompassi",
        "youth-services",
        ["Kompassi", "Nuorisotyön Kompassi"],
        ["Kuva - Nuorisopalvelut", "Kuva - Nuorisopalvelut"],
        [
            "Nuorisotilojen kävijäkirjaukset ja toiminnan tilastointi",
            "Etsivän nuorisotyön asiakkuudet ja ohjaus",
        ],
        vendor="oma kehitys",
    ),
    P(
        "l-ura",
        "business-services",
        ["URA", "URA-asiakastietojärjestelmä"],
        ["Kanslia, elinkeino", "Kanslia, elinkeino"],
        [
            "Työllisyyspalvelujen asiakastiedot (TE24-uudistus)",
            "Työnhakijoiden palvelut, yrityspalvelut",
        ],
        vendor="KEHA-keskus",
    ),
    P(
        "l-arcgis",
        "gis",
        ["ArcGIS", "ArcGIS Online", "Esri ArcGIS"],
        ["KASKO/Hallinto", "KYMP/Tilat", "Kuva - Liikuntapalvelut"],
        [
            "Oppilaaksiottoalueet ja palveluverkkoselvitykset kartalla",
            "Paikkatieto, karttapalvelut",
            "Liikuntapaikkojen kartta (LIPAS-tiedot)",
        ],
        vendor="Esri Finland",
    ),
]


# ===========================================================================
# M: Finnish wellbeing services county merged from several municipalities
# ===========================================================================
M_ORG = [
    ("Perusterveydenhuolto / vastaanotot", "Terveyspalvelut", "Sote"),
    ("Päivystys", "Terveyspalvelut", "Sote"),
    ("Suun terveydenhuolto", "Terveyspalvelut", "Sote"),
    ("Erikoissairaanhoito, kuvantaminen", "Terveyspalvelut", "Sote"),
    ("Diagnostiset palvelut", "Terveyspalvelut", "Sote"),
    ("Sairaala-apteekki", "Terveyspalvelut", "Sote"),
    ("Kotihoito, itäinen alue", "Ikääntyneiden palvelut", "Sote"),
    ("Ympärivuorokautinen hoiva", "Ikääntyneiden palvelut", "Sote"),
    ("Lapsi- ja perhepalvelut", "Sosiaalipalvelut", "Sote"),
    ("Aikuissosiaalityö", "Sosiaalipalvelut", "Sote"),
    ("Vammaispalvelut", "Sosiaalipalvelut", "Sote"),
    ("Pelastuslaitos / Operatiivinen", "Pelastuslaitos", "Pelastus"),
    ("Pelastuslaitos / Ensihoito", "Pelastuslaitos", "Pelastus"),
    ("Pelastuslaitos / Riskienhallinta (valvonta)", "Pelastuslaitos", "Pelastus"),
    ("Pelastuslaitos, hallinto", "Pelastuslaitos", "Pelastus"),
    ("Konsernipalvelut / ICT", "Konsernipalvelut", "Tukipalvelut"),
    ("Konsernipalvelut / Talous", "Konsernipalvelut", "Tukipalvelut"),
    ("Konsernipalvelut / HR", "Konsernipalvelut", "Tukipalvelut"),
    ("Konsernipalvelut / Hallinto ja viestintä", "Konsernipalvelut", "Tukipalvelut"),
    ("Tilapalvelut", "Konsernipalvelut", "Tukipalvelut"),
    ("Ravitsemus- ja puhtauspalvelut", "Konsernipalvelut", "Tukipalvelut"),
    ("Logistiikka", "Konsernipalvelut", "Tukipalvelut"),
    ("Asiakaspalvelukeskus", "Konsernipalvelut", "Tukipalvelut"),
]

M_PRODUCTS = [
    # ---- health
    P(
        "m-lifecare",
        "patient-records",
        ["Lifecare", "Tieto Lifecare", "Lifecare (ent. KSSHP)", "LifeCare potilastietojärjestelmä"],
        [
            "Perusterveydenhuolto / vastaanotot",
            "Päivystys",
            "Erikoissairaanhoito, kuvantaminen",
            "Diagnostiset palvelut",
            "Ympärivuorokautinen hoiva",
        ],
        [
            "Potilastietojärjestelmä, sähköinen potilaskertomus",
            "Päivystyksen potilaskirjaukset ja lähetteet, Kanta-liittymä",
            "Sairaalan potilastiedot; ajanvarausmoduuli ja osastohoito",
            "Hoitotyön kirjaukset asumispalveluyksiköissä",
        ],
        vendor="Tietoevry",
        orig=["Kuusikoski", "ent. KSSHP", "ent. KSSHP", "ent. KSSHP", "Rantala"],
        notes=["Yhteinen tietokanta koko alueelle 2024 alkaen", "Kanta-arkistointi"],
    ),
    P(
        "m-pegasos",
        "patient-records",
        ["Pegasos", "PEGASOS", "Pegasos (Vaaramäki)"],
        [
            "Perusterveydenhuolto / vastaanotot",
            "Perusterveydenhuolto / vastaanotot",
            "Kotihoito, itäinen alue",
        ],
        [
            "Potilastiedot – Vaaramäen ja Ahjolan terveysasemat (siirtymävaihe)",
            "terveyskeskuksen potilaskertomus + e-resepti",
            "Kotisairaanhoidon kirjaukset",
        ],
        vendor="CGI",
        orig=["Vaaramäki", "Ahjola", "Vaaramäki"],
        notes=["Korvataan Lifecarella 2026", "Lukukäyttöön konversion jälkeen"],
    ),
    P(
        "m-merlot",
        "patient-records",
        ["Merlot Medi", "MerlotMedi"],
        ["Pelastuslaitos / Ensihoito", "Pelastuslaitos / Ensihoito"],
        [
            "Ensihoidon sähköinen potilaskertomus",
            "Ensihoitokertomukset, tehtävätiedot ja raportointi; tablet-sovellus",
        ],
        vendor="Mediconsult",
        orig=["ent. pelastuslaitos", "Hyvinvointialue"],
    ),
    P(
        "m-romexis",
        "dental-care;medical-imaging",
        ["Planmeca Romexis", "Romexis", "ROMEXIS"],
        ["Suun terveydenhuolto", "Suun terveydenhuolto", "Erikoissairaanhoito, kuvantaminen"],
        [
            "Hammasröntgenkuvat ja panoraamakuvaus hammashoitoloissa",
            "Suun terveydenhuollon kuvantamisohjelmisto, 3D-kuvat",
            "Kasvojen alueen kuvantaminen (suu- ja leukakirurgia)",
        ],
        vendor="Planmeca",
        orig=["Kuusikoski", "Rantala", "ent. KSSHP"],
    ),
    P(
        "m-sectra",
        "medical-imaging",
        ["Sectra PACS", "Sectra", "RIS/PACS (Sectra)"],
        [
            "Erikoissairaanhoito, kuvantaminen",
            "Erikoissairaanhoito, kuvantaminen",
            "Päivystys",
            "Perusterveydenhuolto / vastaanotot",
        ],
        [
            "Röntgenkuvien arkistointi ja katselu",
            "Radiologian RIS/PACS, lausunnot ja kuvansiirto",
            "Päivystysröntgenin kuvien katselu",
            "kuvien katselu terveysasemilla",
        ],
        vendor="Sectra",
        orig=["ent. KSSHP"],
    ),
    P(
        "m-assistant",
        "dental-care",
        ["Assistant", "Assistant Dental"],
        ["Suun terveydenhuolto", "Suun terveydenhuolto"],
        [
            "Hammashoitolan potilastiedot, hoitosuunnitelmat ja laskutus",
            "Suun th:n hoitojonot ja kutsut (Kuusikoski)",
        ],
        vendor="Assistant Oy",
        orig=["Kuusikoski", "Kuusikoski"],
    ),
    P(
        "m-qmatic",
        "appointment-booking",
        ["Qmatic", "Qmatic Orchestra", "QMATIC jonotus"],
        ["Diagnostiset palvelut", "Perusterveydenhuolto / vastaanotot", "Päivystys"],
        [
            "Laboratorion jonotus- ja vuoronumerojärjestelmä",
            "Ilmoittautumisautomaatit ja jononhallinta terveysasemilla",
            "Päivystyksen jonotusnäytöt",
        ],
        vendor="Qmatic",
    ),
    P(
        "m-webtimer",
        "appointment-booking",
        ["Webtimer", "WebTimer ajanvaraus"],
        ["Perusterveydenhuolto / vastaanotot", "Suun terveydenhuolto", "Diagnostiset palvelut"],
        [
            "- ajanvaraus verkossa (rokotukset, laboratorio)\n- tekstiviestimuistutukset\n- peruutukset",
            "Suun th:n nettiajanvaraus",
            "Laboratorioaikojen varaus verkossa; tekstiviestimuistutukset",
        ],
        vendor="Webtimer Oy",
        orig=["Rantala", "Rantala", "Hyvinvointialue"],
    ),
    P(
        "m-multilab",
        "laboratory",
        ["Multilab", "MultiLab LIS"],
        ["Diagnostiset palvelut", "Diagnostiset palvelut"],
        [
            "Laboratoriotietojärjestelmä: tutkimuspyynnöt, näytteet, tulokset",
            "NÄYTTEENOTTO JA ANALYSAATTORILIITÄNNÄT",
        ],
        vendor="CGI",
        orig=["ent. KSSHP"],
    ),
    P(
        "m-medimaster",
        "medication",
        ["Medimaster", "MediMaster sairaala-apteekki"],
        ["Sairaala-apteekki", "Ympärivuorokautinen hoiva"],
        [
            "Sairaala-apteekin lääkevarasto ja osastotilaukset",
            "Lääketilaukset apteekista, annosjakelu",
        ],
        vendor="Medimaster Oy",
    ),
    P(
        "m-terveysportti",
        "reference-information",
        ["Terveysportti", "Duodecim Terveysportti"],
        ["Perusterveydenhuolto / vastaanotot", "Päivystys", "Ympärivuorokautinen hoiva"],
        [
            "Käypä hoito -suositukset, lääketietokanta ja hoito-ohjeet",
            "Lääkärin tietokannat",
            "Hoitotyön ohjeet ja lääkeinteraktiot",
        ],
        vendor="Kustannus Oy Duodecim",
    ),
    P(
        "m-omaolo",
        "e-services",
        ["Omaolo", "Omaolo-palvelu"],
        ["Perusterveydenhuolto / vastaanotot", "Suun terveydenhuolto", "Aikuissosiaalityö"],
        [
            "Sähköinen asiointi: oirearviot ja palvelutarpeen arviointi verkossa",
            "Hoidon tarpeen arvio verkossa, yhteydenottopyyntö vastaanotolle",
            "Sosiaalipalvelujen sähköiset hakemukset ja palvelutarvearviot",
        ],
        vendor="DigiFinland",
    ),
    # ---- social care
    P(
        "m-effica",
        "social-care-records",
        ["Effica sosiaalihuolto", "Effica Sos", "Effica (Rantala)"],
        ["Aikuissosiaalityö", "Lapsi- ja perhepalvelut", "Vammaispalvelut"],
        [
            "Sosiaalihuollon asiakastietojärjestelmä",
            "Asiakaskirjaukset, päätökset ja palvelutarpeen arviointi; lastensuojelu-moduuli",
            "Vammaispalvelupäätökset, kuljetuspalvelut",
        ],
        vendor="Tietoevry",
        orig=["Kuusikoski", "Kuusikoski", "Rantala"],
    ),
    P(
        "m-abilita",
        "social-care-records",
        ["Abilita Sosiaalihuolto", "Abilita Sos", "ABILITA"],
        ["Aikuissosiaalityö", "Vammaispalvelut", "Lapsi- ja perhepalvelut"],
        [
            "Sosiaalityön asiakastiedot (Vaaramäki, Ahjola)",
            "Asiakasasiakirjat ja päätökset, Kanta-arkisto",
            "sosiaalihuollon asiakastiedot",
        ],
        vendor="Abilita Oy",
        orig=["Vaaramäki", "Ahjola", "Vaaramäki"],
    ),
    P(
        "m-hilkka",
        "home-care",
        ["Hilkka", "Hilkka kotihoito", "HILKKA"],
        ["Kotihoito, itäinen alue", "Kotihoito, itäinen alue", "Vammaispalvelut"],
        [
            "Kotihoidon toiminnanohjaus, mobiilikirjaus & reittioptimointi",
            "Käyntien suunnittelu, toteutuneet käynnit laskutukseen",
            "Henkilökohtaisen avun ja tukipalveluiden toiminnanohjaus",
        ],
        vendor="Tietoevry",
        orig=["Kuusikoski", "Vaaramäki", "Hyvinvointialue"],
    ),
    P(
        "m-domacare",
        "home-care",
        ["DomaCare", "Domacare", "Visma DomaCare"],
        ["Ympärivuorokautinen hoiva", "Ympärivuorokautinen hoiva", "Kotihoito, itäinen alue"],
        [
            "Asumispalveluyksiköiden asukastiedot ja hoitosuunnitelmat",
            "Hoivakotien asiakastiedot, lääkelistat",
            "ent. Rantalan kotihoito",
        ],
        vendor="Visma",
        orig=["Rantala", "Ahjola", "Rantala"],
    ),
    P(
        "m-saldo",
        "income-support",
        ["Saldo", "Saldo talousneuvonta"],
        ["Aikuissosiaalityö", "Aikuissosiaalityö"],
        [
            "Täydentävä ja ehkäisevä toimeentulotuki, maksatukset",
            "Talous- ja velkaneuvonnan asiakastyö",
        ],
        vendor="Saldo Solutions",
    ),
    P(
        "m-lasu",
        "child-welfare",
        ["Lastensuojeluilmoitus.fi", "LS-ilmoitus", "Lastensuojeluilmoitukset (sähköinen)"],
        ["Lapsi- ja perhepalvelut", "Lapsi- ja perhepalvelut", "Päivystys"],
        [
            "Lastensuojeluilmoitusten vastaanotto ja kiireellisyysarvio",
            "Perhepalvelujen yhteydenotot ja ilmoitukset, sosiaalipäivystys",
            "Terveydenhuollon tekemät lastensuojeluilmoitukset",
        ],
        vendor="Sosiaalikehitys Oy",
    ),
    P(
        "m-haipro",
        "process-quality",
        ["HaiPro", "Haipro"],
        [
            "Konsernipalvelut / Hallinto ja viestintä",
            "Ympärivuorokautinen hoiva",
            "Pelastuslaitos, hallinto",
        ],
        [
            "Potilas- ja asiakasturvallisuuden vaaratapahtumien raportointi",
            "Poikkeamailmoitukset, riskien hallinta",
            "HaiPro-ilmoitukset",
        ],
        vendor="Awanic",
    ),
    P(
        "m-roidu",
        "customer-feedback",
        ["Roidu", "Roidu palaute"],
        [
            "Konsernipalvelut / Hallinto ja viestintä",
            "Perusterveydenhuolto / vastaanotot",
            "Kotihoito, itäinen alue",
        ],
        [
            "Asiakaspalaute ja NPS-mittaus tekstiviestillä",
            "Potilaspalautteet vastaanottokäynnin jälkeen",
            "palautteet",
        ],
        vendor="Roidu Oy",
    ),
    P(
        "m-sotkanet",
        "statistics-research",
        ["Sotkanet", "THL Sotkanet"],
        ["Konsernipalvelut / Hallinto ja viestintä", "Konsernipalvelut / Talous"],
        ["Väestön hyvinvoinnin tilastot ja indikaattorit", "Hyvinvointikertomuksen tilastotiedot"],
        vendor="THL",
    ),
    # ---- rescue
    P(
        "m-kejo",
        "rescue-services",
        ["KEJO", "Kejo kenttäjohtojärjestelmä"],
        [
            "Pelastuslaitos / Operatiivinen",
            "Pelastuslaitos / Operatiivinen",
            "Pelastuslaitos / Ensihoito",
        ],
        [
            "Kenttäjohtojärjestlmä, tilannekuva ja yksiköiden statukset",
            "Pelastustoimen johtamisjärjestelmä (ERICA-liittymä)",
            "Ensihoidon kenttäjohto",
        ],
        vendor="Suomen Erillisverkot",
        orig=["ent. pelastuslaitos"],
    ),
    P(
        "m-pronto",
        "rescue-services",
        ["Pronto", "PRONTO resurssi- ja onnettomuustilasto"],
        [
            "Pelastuslaitos / Operatiivinen",
            "Pelastuslaitos / Riskienhallinta (valvonta)",
            "Pelastuslaitos, hallinto",
        ],
        [
            "Onnettomuus- ja tehtäväselosteet",
            "Valvontatoimenpiteet ja palotarkastukset kirjataan",
            "Pelastustoimen resurssi- ja onnettomuustilastot",
        ],
        vendor="Pelastusopisto",
        orig=["ent. pelastuslaitos"],
    ),
    P(
        "m-halyke",
        "rescue-services",
        ["Hälyke", "Hälyke-sovellus"],
        ["Pelastuslaitos / Operatiivinen", "Pelastuslaitos / Operatiivinen"],
        [
            "Sopimuspalokuntien hälytys ja lähtövalmiuden kuittaus mobiilisovelluksella",
            "VPK/sivutoimisten hälytysviestit",
        ],
        vendor="Hälyke Oy",
        orig=["ent. pelastuslaitos"],
    ),
    P(
        "m-kalusto",
        "fleet",
        ["Kalustorekisteri", "Fleet-kalustonhallinta", "Kalle"],
        [
            "Pelastuslaitos, hallinto",
            "Pelastuslaitos / Operatiivinen",
            "Pelastuslaitos / Ensihoito",
        ],
        [
            "Ajoneuvojen ja kaluston huollot, katsastukset",
            "Paloautojen kalustorekisteri",
            "Ambulanssien huoltohistoria ja renkaat",
        ],
        vendor="oma kehitys (Access)",
        orig=["ent. pelastuslaitos"],
    ),
    P(
        "m-pelmoodle",
        "learning-management",
        ["Moodle", "Pelastuslaitoksen Moodle"],
        ["Pelastuslaitos / Operatiivinen", "Pelastuslaitos / Ensihoito"],
        [
            "Henkilöstön harjoitukset ja koulutusten kirjaukset, osaamisrekisteri",
            "Ensihoitajien lääkehoitoluvat ja verkkokoulutukset",
        ],
        vendor="Moodle / Eledia",
        orig=["ent. pelastuslaitos"],
    ),
    P(
        "m-pelgis",
        "gis",
        ["ArcGIS", "Pelastuksen karttapalvelu (ArcGIS)", "Esri ArcGIS Pro"],
        [
            "Pelastuslaitos / Riskienhallinta (valvonta)",
            "Pelastuslaitos / Operatiivinen",
            "Konsernipalvelut / ICT",
        ],
        [
            "Riskiruudukot ja palvelutasoanalyysit kartalla",
            "Paikkatieto: vesipostit, sammutusvesi",
            "Paikkatietoalusta",
        ],
        vendor="Esri Finland",
    ),
    # ---- support services: basic IT
    P(
        "m-m365",
        "office-email",
        ["Microsoft 365", "M365", "O365", "Office 365 (Kuusikoski)"],
        [
            "Konsernipalvelut / ICT",
            "Perusterveydenhuolto / vastaanotot",
            "Pelastuslaitos, hallinto",
            "Aikuissosiaalityö",
            "Konsernipalvelut / HR",
        ],
        [
            "Sähköposti ja toimisto-ohjelmat",
            "Outlook, Word, Excel; sähköpostit ja kalenterit",
            "TOIMISTO-OHJELMAT JA SÄHKÖPOSTI",
            "Sähköposti (kunnan vanha tenantti, siirretään)",
        ],
        vendor="Microsoft",
        orig=[
            "Hyvinvointialue",
            "Hyvinvointialue",
            "ent. pelastuslaitos",
            "Kuusikoski",
            "Hyvinvointialue",
        ],
    ),
    P(
        "m-teams",
        "video-meetings",
        ["Teams", "Microsoft Teams", "MS Teams"],
        [
            "Konsernipalvelut / ICT",
            "Pelastuslaitos / Operatiivinen",
            "Lapsi- ja perhepalvelut",
            "Perusterveydenhuolto / vastaanotot",
        ],
        [
            "Videoneuvottelut ja chat",
            "Tilannepalaverit etänä",
            "Verkostopalaverit asiakkaiden kanssa (suojattu Teams)",
            "Teams-kokoukset; etävastaanotot pilotissa",
        ],
        vendor="Microsoft",
    ),
    P(
        "m-intune",
        "endpoint-management",
        ["Intune", "Microsoft Intune"],
        ["Konsernipalvelut / ICT", "Kotihoito, itäinen alue"],
        [
            "Työasemien ja mobiililaitteiden hallinta",
            "Kotihoidon puhelimien hallinta ja sovellusjakelu",
        ],
        vendor="Microsoft",
    ),
    P(
        "m-efecte",
        "itsm",
        ["Efecte", "Efecte ITSM", "Palvelupyyntöportaali (Efecte)"],
        ["Konsernipalvelut / ICT", "Konsernipalvelut / ICT", "Tilapalvelut"],
        [
            "IT-palvelunhallinta, tiketit, muutokset",
            "Käyttäjätuki ja palvelupyynnöt, itsepalveluportaali",
            "Tukipyynnöt: ICT- ja kiinteistöpalvelupyynnöt samasta portaalista",
        ],
        vendor="Efecte Oyj",
    ),
    P(
        "m-entra",
        "identity-access",
        ["Entra ID", "Azure AD"],
        ["Konsernipalvelut / ICT", "Konsernipalvelut / ICT"],
        ["Käyttäjätunnukset, MFA, SSO", "Pilvipalveluiden tunnistautuminen ja ehdollinen pääsy"],
        vendor="Microsoft",
    ),
    P(
        "m-oneidentity",
        "identity-access",
        ["One Identity Manager", "OIM", "IDM (One Identity)"],
        ["Konsernipalvelut / ICT", "Konsernipalvelut / HR", "Perusterveydenhuolto / vastaanotot"],
        [
            "Identiteetin- ja käyttöoikeuksien hallinta, roolipohjaiset oikeudet",
            "Käyttöoikeushakemukset ja -poistot HR-tiedon perusteella",
            "Potilastietojärjestelmien käyttöoikeudet (roolit)",
        ],
        vendor="One Identity / Quest",
    ),
    P(
        "m-ring",
        "telephony",
        ["Elisa Ring", "Ring-vaihde"],
        ["Konsernipalvelut / ICT", "Kotihoito, itäinen alue", "Pelastuslaitos, hallinto"],
        ["Mobiilivaihde ja liittymät", "Kotihoidon puhelimet ja vaihdenumerot", "puhelinvaihde"],
        vendor="Elisa",
    ),
    P(
        "m-genesys",
        "telephony",
        ["Genesys Cloud", "Genesys CX", "Genesys"],
        ["Asiakaspalvelukeskus", "Asiakaspalvelukeskus", "Perusterveydenhuolto / vastaanotot"],
        [
            "Asiakaspalvelukeskuksen contact center: jonot, takaisinsoitot, chat",
            "Sote-neuvonnan puhelinpalvelu ja raportointi",
            "Terveysasemien takaisinsoittopalvelu",
        ],
        vendor="Genesys / Telia",
    ),
    P(
        "m-frends",
        "it-infrastructure",
        ["Frends", "Frends integraatiot"],
        ["Konsernipalvelut / ICT", "Konsernipalvelut / ICT"],
        [
            "Integraatioalusta (Lifecare, Sarastia, Raindance, AD)",
            "Integraatiot ja rajapinnat, tiedonsiirtojen monitorointi",
        ],
        vendor="Frends Technology",
    ),
    P(
        "m-papercut",
        "printing",
        ["PaperCut", "Papercut MF"],
        ["Konsernipalvelut / ICT", "Perusterveydenhuolto / vastaanotot"],
        ["Tulostuksen hallinta ja skannaus sähköpostiin", "Follow me -tulostus terveysasemilla"],
        vendor="Canon",
    ),
    P(
        "m-valo",
        "intranet",
        ["Valo Intranet", "Intra (Valo)", "Hyvis-intra"],
        [
            "Konsernipalvelut / Hallinto ja viestintä",
            "Pelastuslaitos, hallinto",
            "Ympärivuorokautinen hoiva",
        ],
        [
            "Henkilöstön intranet",
            "Sisäiset uutiset, ohjeet ja yhteystiedot",
            "intra; hoito-ohjeet ja perehdytysmateriaali",
        ],
        vendor="Valo Solutions",
    ),
    P(
        "m-wordpress",
        "web-publishing",
        ["WordPress", "Verkkosivut (WordPress)"],
        ["Konsernipalvelut / Hallinto ja viestintä", "Pelastuslaitos, hallinto"],
        [
            "Hyvinvointialueen verkkosivut, palveluhakemisto",
            "Pelastuslaitoksen www-sivut ja tiedotteet",
        ],
        vendor="avoin lähdekoodi / Geniem",
    ),
    P(
        "m-webropol",
        "survey-forms",
        ["Webropol", "Webropol-kyselyt"],
        [
            "Konsernipalvelut / Hallinto ja viestintä",
            "Konsernipalvelut / HR",
            "Lapsi- ja perhepalvelut",
        ],
        [
            "Kyselyt ja lomakkeet",
            "Henkilöstökyselyt ja ilmoittautumiset koulutuksiin",
            "Asiakaskyselyt perhekeskuksissa",
        ],
        vendor="Webropol Oy",
    ),
    # ---- support services: administration, finance, HR
    P(
        "m-dynasty",
        "case-management;meeting-management",
        ["Dynasty 10", "Dynasty", "Dynasty10"],
        [
            "Konsernipalvelut / Hallinto ja viestintä",
            "Konsernipalvelut / Hallinto ja viestintä",
            "Pelastuslaitos, hallinto",
        ],
        [
            "Asianhallinta ja aluevaltuuston, -hallituksen sekä lautakuntien kokoukset",
            "Diaari, viranhaltijapäätökset ja pöytäkirjojen julkaisu",
            "asiakirjahallinta",
        ],
        vendor="Innofactor",
        orig=["Hyvinvointialue", "Hyvinvointialue", "ent. pelastuslaitos"],
    ),
    P(
        "m-tweb",
        "case-management;meeting-management",
        ["Tweb", "Tweb (ent. Kuusikoski)", "TWEB"],
        ["Konsernipalvelut / Hallinto ja viestintä", "Aikuissosiaalityö", "Vammaispalvelut"],
        [
            "Vanhan kunnan asianhallinta ja kokoukset – lukukäytössä",
            "Yksilöasioiden jaoston päätökset ja asiakirjat",
        ],
        vendor="Triplan",
        orig=["Kuusikoski", "Kuusikoski"],
    ),
    P(
        "m-sarake",
        "archive",
        ["Sarake", "Sarake eArkisto", "Sähköinen arkisto (Sarake)"],
        [
            "Konsernipalvelut / Hallinto ja viestintä",
            "Aikuissosiaalityö",
            "Pelastuslaitos, hallinto",
        ],
        [
            "Sähköinen pitkäaikaisarkisto",
            "Päättyneiden sosiaalihuollon asiakirjojen arkistointi (ennen Kantaa)",
        ],
        vendor="Sarake Oy",
    ),
    P(
        "m-mfiles",
        "document-management",
        ["M-Files", "M-Files (laatu)"],
        ["Konsernipalvelut / Hallinto ja viestintä", "Diagnostiset palvelut", "Sairaala-apteekki"],
        [
            "Ohjeiden ja dokumenttien hallinta, versiointi",
            "Laboratorion menetelmäohjeet ja akkreditoinnin dokumentit",
            "Apteekin SOP-dokumentit, hyväksyntäkierto",
        ],
        vendor="M-Files Oy",
    ),
    P(
        "m-meltwater",
        "communications",
        ["Meltwater"],
        ["Konsernipalvelut / Hallinto ja viestintä", "Pelastuslaitos, hallinto"],
        ["Mediaseuranta ja tiedotejakelu", "Viestintä: mediaseuranta, somekanavien julkaisut"],
        vendor="Meltwater",
    ),
    P(
        "m-cloudia",
        "procurement",
        ["Cloudia", "Cloudia Kilpailutus"],
        ["Konsernipalvelut / Talous", "Logistiikka"],
        ["Hankintojen kilpailutus", "Tarvikehankintojen kilpailutukset ja tarjousvertailut"],
        vendor="Cloudia Oy",
    ),
    P(
        "m-handi",
        "contract-management",
        ["Handi", "Handi sopimusrekisteri"],
        ["Konsernipalvelut / Talous", "Vammaispalvelut"],
        ["Sopimushallinta", "Ostopalvelu- ja palvelusetelituottajien sopimukset ja valvonta"],
        vendor="Handi Oy",
    ),
    P(
        "m-eavustus",
        "grants",
        ["e-Avustus", "Järjestöavustukset (e-Avustus)"],
        ["Konsernipalvelut / Hallinto ja viestintä", "Lapsi- ja perhepalvelut"],
        ["Järjestöavustusten haku ja käsittely", "Avustushakemukset ja päätökset, maksatus"],
        vendor="Abilita Oy",
    ),
    P(
        "m-thinking",
        "project-portfolio",
        ["Thinking Portfolio", "Projektisalkku"],
        ["Konsernipalvelut / ICT", "Konsernipalvelut / Talous"],
        ["Hanke- ja projektisalkku", "RRP-hankkeiden ja digikehityksen salkunhallinta"],
        vendor="Thinking Portfolio Oy",
    ),
    P(
        "m-powerbi",
        "reporting-bi",
        ["Power BI", "PowerBI", "MS Power BI"],
        [
            "Konsernipalvelut / Talous",
            "Perusterveydenhuolto / vastaanotot",
            "Pelastuslaitos, hallinto",
            "Konsernipalvelut / HR",
        ],
        [
            "Tietojohtamisen raportit, talous ja henkilöstö",
            "Hoitoonpääsyn ja jonojen raportointi",
            "Pelastustoimen tunnusluvut johdolle",
            "raportointi",
        ],
        vendor="Microsoft",
    ),
    P(
        "m-qlik",
        "reporting-bi",
        ["Qlik Sense", "QlikView (ent. KSSHP)"],
        ["Erikoissairaanhoito, kuvantaminen", "Konsernipalvelut / Talous"],
        ["Sairaalan toiminta- ja DRG-raportit", "Kustannuslaskenta ja tuotteistuksen raportit"],
        vendor="Qlik",
        orig=["ent. KSSHP", "ent. KSSHP"],
    ),
    P(
        "m-basware",
        "invoice-processing",
        ["Basware", "Basware P2P"],
        ["Konsernipalvelut / Talous", "Konsernipalvelut / Talous", "Logistiikka"],
        [
            "Ostolaskujen käsittely ja hyväksyntä",
            "Verkkolaskujen vastaanotto, asiatarkastus",
            "Tilausten ja ostolaskujen täsmäytys",
        ],
        vendor="Basware",
    ),
    P(
        "m-raindance",
        "accounting",
        ["Raindance", "CGI Raindance", "Raindance Kirjanpito"],
        ["Konsernipalvelut / Talous", "Konsernipalvelut / Talous", "Pelastuslaitos, hallinto"],
        ["Kirjanpito, pääkirja ja tilinpäätös", "Taloushallinto: kirjanpito ja sisäinen laskenta"],
        vendor="CGI",
    ),
    P(
        "m-planacy",
        "budgeting",
        ["Planacy", "Budjetointi (Planacy)"],
        ["Konsernipalvelut / Talous", "Pelastuslaitos, hallinto"],
        ["Talousarvion ja -suunnitelman valmistelu", "Budjetti ja ennusteet"],
        vendor="Planacy AB",
    ),
    P(
        "m-ropo",
        "billing",
        ["Ropo", "Ropo Billing", "Ropo Capital"],
        ["Konsernipalvelut / Talous", "Ympärivuorokautinen hoiva", "Pelastuslaitos / Ensihoito"],
        [
            "Asiakasmaksujen laskutus ja perintä palveluna",
            "Asumispalvelujen asiakasmaksulaskut",
            "Ensihoidon ja palotarkastusten laskutus",
        ],
        vendor="Ropo Capital",
    ),
    P(
        "m-paytrail",
        "payments",
        ["Paytrail"],
        ["Konsernipalvelut / Talous", "Suun terveydenhuolto"],
        ["Verkkomaksut", "Käyntimaksujen maksaminen verkossa"],
        vendor="Paytrail Oyj",
    ),
    P(
        "m-kassamagneetti",
        "point-of-sale",
        ["Kassamagneetti", "Kassa (Kassamagneetti)"],
        ["Ravitsemus- ja puhtauspalvelut", "Ravitsemus- ja puhtauspalvelut"],
        ["Henkilöstöravintolan ja sairaalakahvion kassajärjestelmä", "kassat, lounasmaksut"],
        vendor="Kassamagneetti Oy",
    ),
    P(
        "m-sarastia",
        "hr-management;payroll",
        ["Sarastia 365", "Sarastia", "SARASTIA"],
        ["Konsernipalvelut / HR", "Konsernipalvelut / HR", "Pelastuslaitos, hallinto"],
        [
            "Henkilöstöhallinto ja palkanlaskenta",
            "Palvelussuhteet, palkat, sijaisuudet",
            "HR ja palkat, ESS/MSS itsepalvelu",
        ],
        vendor="Sarastia Oy",
    ),
    P(
        "m-mepco",
        "payroll",
        ["Mepco", "Mepco (Vaaramäki)"],
        ["Konsernipalvelut / HR", "Konsernipalvelut / HR"],
        [
            "Palkanlaskenta – vanhojen palvelussuhteiden jälkilaskenta",
            "Palkat ja tulorekisteri-ilmoitukset, Vaaramäen ja Ahjolan henkilöstö 2023 asti",
        ],
        vendor="Mepco Oy",
        orig=["Vaaramäki", "Vaaramäki"],
    ),
    P(
        "m-titania",
        "shift-planning;time-tracking",
        ["Titania", "Titania työvuorot", "TITANIA"],
        [
            "Ympärivuorokautinen hoiva",
            "Kotihoito, itäinen alue",
            "Päivystys",
            "Pelastuslaitos / Operatiivinen",
            "Ravitsemus- ja puhtauspalvelut",
        ],
        [
            "Työvuorosuunnittelu ja työajanseuranta",
            "- työvuorolistat\n- toteumat palkanlaskentaan\n- sijaistarpeet",
            "Päivystyksen vuorosuunnittelu, mobiili-Titania",
            "24h-vuorojärjestelmän työvuorot",
        ],
        vendor="CGI",
    ),
    P(
        "m-kuntarekry",
        "recruitment",
        ["Kuntarekry", "KuntaRekry"],
        ["Konsernipalvelut / HR", "Perusterveydenhuolto / vastaanotot", "Pelastuslaitos, hallinto"],
        [
            "Rekrytointi",
            "Sijaisrekrytointi ja työpaikkailmoitukset",
            "Palomiesten ja ensihoitajien haku",
        ],
        vendor="Kuntarekry Oy",
    ),
    P(
        "m-eduhouse",
        "learning-management",
        ["Eduhouse", "Sote-akatemia (Eduhouse)"],
        ["Konsernipalvelut / HR", "Ympärivuorokautinen hoiva"],
        [
            "Henkilöstön verkkokoulutukset",
            "Lääkehoidon ja hoitotyön täydennyskoulutukset, todistukset",
        ],
        vendor="Eduhouse Oy",
    ),
    P(
        "m-m2",
        "travel-expenses",
        ["M2", "M2 Kululaskut"],
        ["Konsernipalvelut / HR", "Kotihoito, itäinen alue"],
        ["Matka- ja kululaskut", "Kotihoidon kilometrikorvaukset"],
        vendor="M2 / Visma",
    ),
    P(
        "m-granite",
        "occupational-health",
        ["Granite", "Granite HSEQ"],
        ["Konsernipalvelut / HR", "Pelastuslaitos / Operatiivinen"],
        [
            "Työsuojelu: työpaikkaselvitykset, vaarojen arviointi",
            "Savusukellus- ja altistumisrekisteri, työturvallisuus",
        ],
        vendor="Granite Partners",
    ),
    P(
        "m-vismasign",
        "e-signature",
        ["Visma Sign", "VismaSign"],
        ["Konsernipalvelut / HR", "Konsernipalvelut / Talous"],
        ["Sähköinen allekirjoitus (työsopimukset)", "Sopimusten allekirjoitus sähköisesti"],
        vendor="Visma",
    ),
    P(
        "m-dokobit",
        "e-signature",
        ["Dokobit", "Dokobit Portal"],
        ["Vammaispalvelut", "Lapsi- ja perhepalvelut"],
        [
            "Asiakassuunnitelmien allekirjoitus vahvalla tunnistautumisella",
            "Palvelusetelisopimusten sähköinen allekirjoitus",
        ],
        vendor="Dokobit",
        orig=["Rantala", "Rantala"],
    ),
    # ---- support services: facilities, logistics, catering, housing
    P(
        "m-granlund",
        "facility-management",
        ["Granlund Manager", "Granlund"],
        ["Tilapalvelut", "Tilapalvelut"],
        ["Kiinteistöjen ylläpito ja huoltokirja", "Tilatiedot, vuokrasopimukset ja huoltotehtävät"],
        vendor="Granlund Oy",
    ),
    P(
        "m-iloq",
        "access-control",
        ["iLOQ", "iLOQ Manager"],
        ["Tilapalvelut", "Kotihoito, itäinen alue"],
        ["Sähkölukitus ja kulunvalvonta", "Asiakkaiden kotien avainhallinta (digiavaimet)"],
        vendor="iLOQ Oy",
    ),
    P(
        "m-nuuka",
        "energy-management",
        ["Nuuka"],
        ["Tilapalvelut", "Tilapalvelut"],
        ["Energiankulutus ja sisäilma", "Kiinteistöjen energiaseuranta"],
        vendor="Nuuka Solutions",
    ),
    P(
        "m-aromi",
        "catering",
        ["Aromi", "CGI Aromi", "AROMI"],
        [
            "Ravitsemus- ja puhtauspalvelut",
            "Ravitsemus- ja puhtauspalvelut",
            "Ympärivuorokautinen hoiva",
        ],
        [
            "Ruokapalveluiden tuotannonohjaus: reseptit, ruokalistat, tilaukset",
            "Potilasruokailun tilaukset osastoilta, erityisruokavaliot",
            "Hoivakotien ateriatilaukset",
        ],
        vendor="CGI",
    ),
    P(
        "m-tilaustori",
        "logistics",
        ["Tilaustori", "Logistiikan tilausjärjestelmä"],
        ["Logistiikka", "Logistiikka", "Kotihoito, itäinen alue"],
        [
            "Varastonhallinta ja hoitotarviketilaukset (WMS)",
            "Keskusvaraston logistiikka, keräily ja kuljetukset",
            "Hoitotarvikejakelu asiakkaille",
        ],
        vendor="Tilaustori Oy",
    ),
    P(
        "m-tampuuri",
        "housing",
        ["Tampuuri", "Tampuuri vuokrahallinta"],
        ["Aikuissosiaalityö", "Vammaispalvelut"],
        [
            "Tukiasuntojen vuokrasopimukset ja asukasvalinta",
            "Tuetun asumisen asunnot ja vuokralaskutus",
        ],
        vendor="Fimx",
    ),
]


# ===========================================================================
# N: bilingual Finland-Swedish town (Swedish majority, some Finnish rows)
# ===========================================================================
N_ORG = [
    ("Centralförvaltningen / Ekonomi", "Koncernförvaltningen"),
    ("Centralförvaltningen / Personal", "Koncernförvaltningen"),
    ("Centralförvaltningen / IT", "Koncernförvaltningen"),
    ("Kansliet", "Koncernförvaltningen"),
    ("Keskushallinto / Viestintä", "Koncernförvaltningen"),
    ("Näringslivsenheten", "Koncernförvaltningen"),
    ("Bildning – Småbarnspedagogik", "Bildningssektorn"),
    ("Bildning – Grundskola", "Bildningssektorn"),
    ("Sivistystoimi / suomenkielinen perusopetus", "Bildningssektorn"),
    ("Bildning – Gymnasiet", "Bildningssektorn"),
    ("Medborgarinstitutet", "Bildningssektorn"),
    ("Kultur & fritid – Biblioteket", "Kultur och fritid"),
    ("Kultur & fritid – Idrott", "Kultur och fritid"),
    ("Kultur & fritid – Ungdom", "Kultur och fritid"),
    ("Museet", "Kultur och fritid"),
    ("Tekniska sektorn – Gata och park", "Tekniska sektorn"),
    ("Tekniska sektorn – Lokalservice", "Tekniska sektorn"),
    ("Tekninen toimiala / kiinteistöt", "Tekniska sektorn"),
    ("Vatten och avlopp", "Tekniska sektorn"),
    ("Hamnen", "Tekniska sektorn"),
    ("Kosthållet", "Tekniska sektorn"),
    ("Stadens Bostäder Ab", "Tekniska sektorn"),
    ("Byggnadstillsyn", "Samhällsbyggnad"),
    ("Planläggning", "Samhällsbyggnad"),
    ("Mätning och GIS", "Samhällsbyggnad"),
    ("Miljö- och hälsoskydd", "Samhällsbyggnad"),
]

N_PRODUCTS = [
    # ---- basic IT
    P(
        "n-m365",
        "office-email",
        ["Microsoft 365", "M365", "Office 365"],
        [
            "Centralförvaltningen / IT",
            "Bildning – Grundskola",
            "Tekniska sektorn – Lokalservice",
            "Kansliet",
            "Sivistystoimi / suomenkielinen perusopetus",
        ],
        [
            "E-post, kalender och Office-program för all personal",
            "Outlook + Office",
            "Kontorsprogram och e-post; OneDrive",
            "Sähköposti ja toimisto-ohjelmat",
        ],
        vendor="Microsoft",
        notes=["A3-licenser för skolorna", "Licenser via Hansel-avtal"],
    ),
    P(
        "n-teams",
        "video-meetings",
        ["Teams", "Microsoft Teams"],
        ["Centralförvaltningen / IT", "Kansliet", "Bildning – Gymnasiet"],
        [
            "Videomöten och chatt",
            "Distansmöten för nämnder och sektioner, chatt",
            "Teams-möten, distansundervisning vid behov",
        ],
        vendor="Microsoft",
    ),
    P(
        "n-zoom",
        "video-meetings",
        ["Zoom", "Zoom Webinar"],
        ["Medborgarinstitutet", "Kultur & fritid – Biblioteket"],
        ["Distanskurser via videolänk", "Webbinarier och författarbesök online"],
        vendor="Zoom",
    ),
    P(
        "n-entra",
        "identity-access",
        ["Entra ID", "Azure AD", "AAD"],
        ["Centralförvaltningen / IT", "Centralförvaltningen / IT", "Bildning – Grundskola"],
        [
            "Användarkonton, MFA och single sign-on",
            "Identitets- och behörighetshantering, grupper styrs från lönesystemet",
            "Elevkonton och lösenordsåterställning",
        ],
        vendor="Microsoft",
    ),
    P(
        "n-efecte",
        "itsm",
        ["Efecte", "Efecte Service Desk"],
        ["Centralförvaltningen / IT", "Centralförvaltningen / IT"],
        [
            "Ärendehantering för IT-support: incidents, requests, change",
            "IT-helpdesk, självbetjäningsportal och CMDB",
        ],
        vendor="Efecte Oyj",
        notes=["Obs! inte samma som kommunens ärendehantering (Dynasty)"],
    ),
    P(
        "n-insidan",
        "intranet",
        ["Insidan", "Intranätet Insidan (SharePoint)", "Intra"],
        ["Kansliet", "Bildning – Småbarnspedagogik", "Tekniska sektorn – Lokalservice"],
        [
            "Intranät för personalen: nyheter, anvisningar, blanketter",
            "Intern information och anvisningar",
            "Intra – sisäinen tiedotus",
        ],
        vendor="Microsoft SharePoint",
    ),
    P(
        "n-optimizely",
        "web-publishing",
        ["Optimizely CMS", "Episerver", "Stadens webbplats (Episerver)"],
        ["Kansliet", "Keskushallinto / Viestintä", "Kultur & fritid – Biblioteket"],
        [
            "Stadens webbplats på svenska och finska",
            "Verkkosivujen julkaisujärjestelmä",
            "Bibliotekets sidor på stadens webb",
        ],
        vendor="Optimizely / Valtech",
    ),
    P(
        "n-wordpress",
        "web-publishing",
        ["WordPress", "Wordpress (turism)"],
        ["Näringslivsenheten", "Museet"],
        ["Turistsajten och evenemangssidor", "Museets webbplats"],
        vendor="open source",
    ),
    P(
        "n-webropol",
        "survey-forms",
        ["Webropol", "WEBROPOL"],
        ["Kansliet", "Bildning – Grundskola", "Keskushallinto / Viestintä"],
        [
            "Enkäter och webbformulär",
            "Vårdnadshavarenkäter, elevenkäter",
            "Kyselyt ja lomakkeet, asukaskyselyt",
        ],
        vendor="Webropol Oy",
    ),
    P(
        "n-msforms",
        "survey-forms",
        ["Microsoft Forms", "MS Forms", "Forms"],
        ["Bildning – Gymnasiet", "Kultur & fritid – Ungdom", "Medborgarinstitutet"],
        [
            "Snabba enkäter och quiz",
            "Anmälningsblanketter och enkäter till unga",
            "kursutvärderingar",
        ],
        vendor="Microsoft",
    ),
    P(
        "n-intune",
        "endpoint-management",
        ["Intune", "Microsoft Intune"],
        ["Centralförvaltningen / IT", "Bildning – Grundskola"],
        ["Hantering av datorer och mobiler", "Elevdatorer och iPads – MDM"],
        vendor="Microsoft",
    ),
    P(
        "n-ricoh",
        "printing",
        ["Ricoh Streamline NX", "Streamline NX"],
        ["Centralförvaltningen / IT", "Bildning – Gymnasiet"],
        [
            "Utskriftshantering, skanning och follow-me",
            "Utskrift och kopiering för studerande (kvoter)",
        ],
        vendor="Ricoh",
    ),
    P(
        "n-touchpoint",
        "telephony",
        ["Telia Touchpoint Plus", "Touchpoint", "Telia växel"],
        ["Centralförvaltningen / IT", "Kansliet", "Tekniska sektorn – Gata och park"],
        [
            "Telefonväxel och mobilabonnemang",
            "Växel, telefonservice och köfunktion",
            "Jourtelefon för gatuunderhåll",
        ],
        vendor="Telia",
    ),
    P(
        "n-vmware",
        "it-infrastructure",
        ["VMware vSphere", "VMware"],
        ["Centralförvaltningen / IT", "Centralförvaltningen / IT"],
        [
            "Servervirtualisering och lagring i eget datacenter",
            "Palvelinympäristö, varmuuskopiot (Veeam)",
        ],
        vendor="Broadcom / VMware",
    ),
    P(
        "n-vismasign",
        "e-signature",
        ["Visma Sign", "VismaSign"],
        ["Kansliet", "Centralförvaltningen / Personal"],
        [
            "Elektronisk underskrift av avtal och protokoll",
            "Sähköinen allekirjoitus, työsopimukset",
        ],
        vendor="Visma",
    ),
    # ---- administration
    P(
        "n-dynasty",
        "case-management;meeting-management",
        ["Dynasty 10", "Dynasty", "Dynasty ärendehantering"],
        [
            "Kansliet",
            "Byggnadstillsyn",
            "Bildning – Småbarnspedagogik",
            "Tekniska sektorn – Gata och park",
        ],
        [
            "Ärende- och dokumenthantering, diarium, nämndernas möten och protokoll",
            "DIARIUM OCH BESLUT",
            "Asianhallinta ja kokoukset (lautakunnat)",
            "möteshantering och protokoll, publicering på webben",
        ],
        vendor="Innofactor",
    ),
    P(
        "n-ua",
        "archive",
        ["UA (Universal Archive)", "Sähköinen arkisto UA", "e-arkivet"],
        ["Kansliet", "Kansliet", "Byggnadstillsyn"],
        ["E-arkiv för långtidsbevaring", "Sähköinen arkisto, SÄHKE2-siirrot"],
        vendor="Triplan",
    ),
    P(
        "n-abilita",
        "e-services",
        ["Abilita eAsiointi", "e-tjänsteportalen", "eTjänster"],
        ["Kansliet", "Bildning – Småbarnspedagogik", "Kultur & fritid – Idrott"],
        [
            "E-tjänster för invånarna, elektroniska blanketter med stark autentisering",
            "Ansökan om dagvård och skolskjuts elektroniskt",
            "Sähköinen asiointi – hakemukset",
        ],
        vendor="Abilita Oy",
    ),
    P(
        "n-feedback",
        "customer-feedback",
        ["Ge respons", "Palautekanava / Ge respons"],
        ["Kansliet", "Tekniska sektorn – Gata och park"],
        [
            "Responskanal för invånare: ris, ros och förslag",
            "Palautteet katukunnossapidosta ja puistoista",
        ],
        vendor="Innofactor",
    ),
    P(
        "n-cloudia",
        "procurement",
        ["Cloudia", "Cloudia Kilpailutus"],
        ["Centralförvaltningen / Ekonomi", "Tekniska sektorn – Gata och park"],
        ["Konkurrensutsättning och anbudshantering", "Kilpailutukset"],
        vendor="Cloudia Oy",
    ),
    P(
        "n-tendsign",
        "procurement",
        ["Tendsign", "TendSign"],
        ["Bildning – Grundskola", "Kosthållet"],
        [
            "Upphandling av läromedel och tjänster (gemensam upphandling med grannkommunerna)",
            "Livsmedelsupphandling",
        ],
        vendor="Visma Commerce",
    ),
    P(
        "n-eavustus",
        "grants",
        ["e-Avustus", "Föreningsbidrag – e-Avustus"],
        ["Kultur & fritid – Idrott", "Kultur & fritid – Ungdom", "Näringslivsenheten"],
        [
            "Föreningsbidrag: ansökan, behandling och utbetalning",
            "Bidrag till ungdomsföreningar",
            "Avustukset yrityksille ja yhdistyksille",
        ],
        vendor="Abilita Oy",
    ),
    P(
        "n-powerbi",
        "reporting-bi",
        ["Power BI", "PowerBI"],
        ["Centralförvaltningen / Ekonomi", "Bildning – Grundskola", "Kansliet"],
        [
            "Rapportering och ledningsinformation",
            "Elevantal och resurser – dashboards",
            "Tietojohtamisen raportit",
        ],
        vendor="Microsoft",
    ),
    P(
        "n-talgraf",
        "reporting-bi",
        ["Talgraf", "Talgraf Kuntaraportointi"],
        ["Centralförvaltningen / Ekonomi", "Centralförvaltningen / Ekonomi"],
        [
            "Ekonomisk rapportering och uppföljning för sektorerna",
            "Taloushallinnon raportointi ja ennusteet",
        ],
        vendor="Talgraf Oy",
    ),
    P(
        "n-edilex",
        "reference-information",
        ["Edilex", "Edilex lagtjänst"],
        ["Kansliet", "Byggnadstillsyn"],
        ["Lagstiftning och rättspraxis", "Lagtjänst, markanvändnings- och bygglagen"],
        vendor="Edita",
    ),
    P(
        "n-mailchimp",
        "communications",
        ["Mailchimp", "MailChimp"],
        ["Keskushallinto / Viestintä", "Näringslivsenheten"],
        ["Uutiskirjeet ja tiedotteet", "Nyhetsbrev till företagare"],
        vendor="Intuit",
    ),
    P(
        "n-hubspot",
        "crm",
        ["HubSpot", "Hubspot CRM"],
        ["Näringslivsenheten", "Näringslivsenheten"],
        [
            "Kundregister över företag, kontakter och besök",
            "CRM för företagsservicen, uppföljning av etableringar",
        ],
        vendor="HubSpot",
    ),
    P(
        "n-ura",
        "business-services",
        ["URA", "URA (sysselsättning)"],
        ["Näringslivsenheten", "Näringslivsenheten"],
        [
            "Sysselsättningstjänster: kundregister över arbetssökande",
            "Työllisyyspalvelujen asiakastietojärjestelmä",
        ],
        vendor="KEHA-keskus",
    ),
    # ---- finance and HR
    P(
        "n-raindance",
        "accounting",
        ["Raindance", "CGI Raindance"],
        ["Centralförvaltningen / Ekonomi", "Centralförvaltningen / Ekonomi", "Vatten och avlopp"],
        [
            "Bokföring och bokslut",
            "Ekonomisystem: huvudbok, anläggningsregister",
            "Affärsverkets bokföring",
        ],
        vendor="CGI",
    ),
    P(
        "n-basware",
        "invoice-processing",
        ["Basware", "Basware P2P"],
        [
            "Centralförvaltningen / Ekonomi",
            "Tekniska sektorn – Lokalservice",
            "Bildning – Grundskola",
        ],
        [
            "Leverantörsfakturor: cirkulation och attest",
            "Fakturagranskning",
            "Ostolaskujen hyväksyntä",
        ],
        vendor="Basware",
    ),
    P(
        "n-kuntalaskutus",
        "billing",
        ["Kommunfakturering (Kuntalaskutus)", "Kuntalaskutus", "Visma Kuntalaskutus"],
        ["Centralförvaltningen / Ekonomi", "Vatten och avlopp", "Bildning – Småbarnspedagogik"],
        [
            "Kundfakturering och reskontra",
            "Vattenfakturor och mätaravläsningar",
            "Dagvårdsavgifter – fakturering",
        ],
        vendor="Visma",
    ),
    P(
        "n-sumup",
        "point-of-sale",
        ["SumUp", "SumUp kassa"],
        ["Hamnen", "Museet"],
        ["Kortbetalning och kassa i gästhamnen", "Museibutikens kassa"],
        vendor="SumUp",
    ),
    P(
        "n-mepco",
        "hr-management;payroll",
        ["Mepco", "Mepco HR & Lön", "MEPCO"],
        [
            "Centralförvaltningen / Personal",
            "Centralförvaltningen / Personal",
            "Bildning – Grundskola",
        ],
        [
            "Löneräkning och personaladministration",
            "Anställningar, lön och rapportering till inkomstregistret",
            "Palkat ja palvelussuhteet",
        ],
        vendor="Mepco Oy",
    ),
    P(
        "n-kuntarekry",
        "recruitment",
        ["Kuntarekry", "KuntaRekry"],
        ["Centralförvaltningen / Personal", "Bildning – Småbarnspedagogik"],
        ["Rekrytering och platsannonser", "Rekrytering av vikarier inom småbarnspedagogiken"],
        vendor="Kuntarekry Oy",
    ),
    P(
        "n-titania",
        "shift-planning",
        ["Titania", "Titania arbetsschema"],
        ["Bildning – Småbarnspedagogik", "Kosthållet", "Kultur & fritid – Idrott"],
        ["Arbetsschema för daghemmen", "Arbetsturer i köken", "Simhallens arbetsturslistor"],
        vendor="CGI",
    ),
    P(
        "n-timecon",
        "time-tracking",
        ["Timecon", "Timecon arbetstid", "TIMECON"],
        [
            "Centralförvaltningen / Personal",
            "Tekniska sektorn – Gata och park",
            "Vatten och avlopp",
        ],
        [
            "Arbetstidsuppföljning, flextid",
            "Stämpling och arbetstid för utearbetare (mobil)",
            "Työajanseuranta, ylityöt ja varallaolo",
        ],
        vendor="Timecon Oy",
    ),
    P(
        "n-m2",
        "travel-expenses",
        ["M2", "M2 reseräkningar"],
        ["Centralförvaltningen / Personal", "Bildning – Grundskola"],
        ["Rese- och utläggsräkningar", "Kilometerersättningar för lärare mellan skolor"],
        vendor="Visma",
    ),
    # ---- land use
    P(
        "n-locus",
        "gis;cadastre",
        ["Trimble Locus", "Locus", "Trimble Locus (kuntarekisteri)"],
        ["Mätning och GIS", "Mätning och GIS", "Byggnadstillsyn", "Planläggning"],
        [
            "Kommunens GIS och fastighetsregister",
            "Kartor, adresser och fastighetsregisterföring",
            "Karttapalvelu ja kiinteistörekisteri",
        ],
        vendor="Trimble Solutions",
    ),
    P(
        "n-arcgis",
        "gis",
        ["ArcGIS Pro", "ArcGIS"],
        ["Miljö- och hälsoskydd", "Vatten och avlopp", "Planläggning"],
        ["Kartanalyser för miljöövervakning", "GIS och kartor", "Analyser till planläggningen"],
        vendor="Esri Finland",
    ),
    P(
        "n-facta",
        "cadastre",
        ["Facta", "Facta fastighetsregister", "FACTA kiinteistörekisteri"],
        ["Mätning och GIS", "Stadens Bostäder Ab", "Byggnadstillsyn"],
        ["Fastighetsregister, ägare och arrenden", "Kiinteistö- ja vuokrasopimustiedot"],
        vendor="Trimble / ent. Tekla",
    ),
    P(
        "n-lupapiste",
        "building-permits",
        ["Lupapiste", "Lupapiste.fi"],
        ["Byggnadstillsyn", "Byggnadstillsyn", "Miljö- och hälsoskydd"],
        [
            "Elektroniska bygglov, syner och byggnadstillsyn",
            "Rakennuslupien sähköinen asiointi",
            "Lov för marktäkt och miljötillstånd via samma tjänst",
        ],
        vendor="Evolta Oy",
    ),
    P(
        "n-cloudpermit",
        "building-permits",
        ["Cloudpermit", "CloudPermit"],
        ["Byggnadstillsyn", "Byggnadstillsyn"],
        ["Nytt bygglovssystem, pilot 2025", "Rakennusvalvonnan lupaprosessi"],
        vendor="Cloudpermit Oy",
    ),
    P(
        "n-autocad",
        "land-use-planning",
        ["AutoCAD Map 3D", "AutoCAD (detaljplaner)"],
        ["Planläggning", "Planläggning"],
        ["Ritning av detaljplaner och generalplan", "Detaljplanering, plankartor"],
        vendor="Autodesk",
    ),
    P(
        "n-tbc",
        "surveying",
        ["Trimble Business Center", "TBC"],
        ["Mätning och GIS", "Mätning och GIS"],
        [
            "Bearbetning av mätdata från GNSS och totalstation",
            "Mittausdatan käsittely, maastomittaukset",
        ],
        vendor="Trimble",
    ),
    P(
        "n-tekla",
        "construction-design",
        ["Tekla Civil", "Tekla"],
        ["Tekniska sektorn – Gata och park", "Tekniska sektorn – Gata och park"],
        ["Gatu- och kommunalteknisk planering", "Katusuunnittelu ja määrälaskenta"],
        vendor="Trimble",
    ),
    # ---- urban environment
    P(
        "n-infrakit",
        "street-maintenance",
        ["Infrakit", "INFRAKIT"],
        ["Tekniska sektorn – Gata och park", "Vatten och avlopp"],
        [
            "- vinterunderhåll\n- gatuunderhåll, uppföljning\n- dagböcker från entreprenörer",
            "Kaivutyömaiden ja katujen kunnossapidon seuranta",
        ],
        vendor="Infrakit Group",
    ),
    P(
        "n-fluent",
        "street-maintenance",
        ["Fluentprogress", "Fluent Progress"],
        ["Tekniska sektorn – Gata och park", "Tekniska sektorn – Gata och park"],
        [
            "Parkskötsel och grönområden, arbetsorder",
            "Viheralueiden hoito ja leikkipaikkatarkastukset",
        ],
        vendor="Fluentprogress Oy",
    ),
    P(
        "n-waltti",
        "public-transport",
        ["Waltti", "Waltti-biljettsystem"],
        ["Tekniska sektorn – Gata och park", "Bildning – Grundskola"],
        [
            "Kollektivtrafikens biljettsystem och resekort",
            "Elevernas busskort (skolresor) laddas i Waltti",
        ],
        vendor="Waltti Solutions",
    ),
    P(
        "n-parkkihubi",
        "parking",
        ["Parkkihubi", "ParkkiHubi"],
        ["Tekniska sektorn – Gata och park", "Tekniska sektorn – Gata och park"],
        ["Parkeringsövervakning och felparkeringsavgifter", "Pysäköinninvalvonnan mobiilisovellus"],
        vendor="Parkkihubi Oy",
    ),
    P(
        "n-easypark",
        "parking",
        ["EasyPark", "Easypark"],
        ["Tekniska sektorn – Gata och park", "Hamnen"],
        ["Betalning av parkering med mobil", "Parkeringsavgifter vid hamnen"],
        vendor="EasyPark Group",
    ),
    P(
        "n-airviro",
        "environmental-monitoring",
        ["Airviro", "Luftkvalitet Airviro"],
        ["Miljö- och hälsoskydd", "Miljö- och hälsoskydd"],
        ["Luftkvalitetsmätningar och rapportering", "Ilmanlaadun seuranta"],
        vendor="Apertum",
    ),
    P(
        "n-yhti",
        "environmental-health",
        ["YHTI", "Digia YHTI"],
        ["Miljö- och hälsoskydd", "Miljö- och hälsoskydd"],
        ["Livsmedelstillsyn och hälsoskydd, inspektioner", "Ympäristöterveydenhuollon valvonta"],
        vendor="Digia",
    ),
    P(
        "n-keyaqua",
        "water-utility",
        ["KeyAqua", "Keypro KeyAqua"],
        ["Vatten och avlopp", "Vatten och avlopp"],
        ["Nätinformationssystem för vatten och avlopp", "Ledningsnät, ventiler och läckor"],
        vendor="Keypro",
    ),
    P(
        "n-tampuuri",
        "housing",
        ["Tampuuri", "Tampuuri hyreshantering"],
        ["Stadens Bostäder Ab", "Stadens Bostäder Ab"],
        [
            "Hyresbostäder: hyresavtal och bostadssökande",
            "Vuokra-asuntojen hallinta ja asukasvalinnat",
        ],
        vendor="Fimx",
    ),
    P(
        "n-portnet",
        "port",
        ["PortNet", "Portnet"],
        ["Hamnen", "Hamnen"],
        ["Fartygsanmälningar och hamnavgifter", "Satamakäynnit ja alusilmoitukset"],
        vendor="Fintraffic",
    ),
    P(
        "n-harba",
        "port",
        ["Harba", "Harba gästhamn"],
        ["Hamnen", "Näringslivsenheten"],
        ["Gästhamnens båtplatser, ankomster och avgifter", "Vierasvenesataman paikat ja maksut"],
        vendor="Harba Oy",
    ),
    # ---- facilities
    P(
        "n-timmi",
        "facility-booking",
        ["Timmi", "Timmi lokalbokning"],
        ["Kultur & fritid – Idrott", "Bildning – Grundskola", "Medborgarinstitutet"],
        [
            "Bokning av idrotshallar och planer",
            "Uthyrning av skolornas lokaler kvällstid",
            "Lokalbokning för kurser",
        ],
        vendor="Timmi Software",
    ),
    P(
        "n-granlund",
        "facility-management",
        ["Granlund Manager", "Granlund"],
        ["Tekninen toimiala / kiinteistöt", "Tekniska sektorn – Lokalservice"],
        ["Kiinteistönpito ja huoltokirja", "Fastighetsförvaltning och felanmälan"],
        vendor="Granlund Oy",
    ),
    P(
        "n-ouman",
        "energy-management",
        ["Ouman Ounet", "Ounet"],
        ["Tekninen toimiala / kiinteistöt", "Tekninen toimiala / kiinteistöt"],
        ["Kiinteistöautomaatio ja lämmönsäätö etänä", "Energian kulutus, hälytykset"],
        vendor="Ouman Oy",
    ),
    P(
        "n-iloq",
        "access-control",
        ["iLOQ", "iLOQ Manager"],
        ["Tekniska sektorn – Lokalservice", "Bildning – Grundskola"],
        ["Elektroniska lås och nyckelhantering", "Passerkontroll i skolorna"],
        vendor="iLOQ Oy",
    ),
    P(
        "n-ecofleet",
        "fleet",
        ["Ecofleet", "Körjournal Ecofleet"],
        ["Tekniska sektorn – Gata och park", "Vatten och avlopp"],
        ["Fordonsflottans körjournaler och positionering", "Ajoneuvojen ajopäiväkirja"],
        vendor="Ecofleet",
    ),
    P(
        "n-jamix",
        "catering",
        ["Jamix", "JAMIX"],
        ["Kosthållet", "Kosthållet", "Bildning – Småbarnspedagogik"],
        [
            "- recept och menyer\n- specialdieter\n- näringsberäkning",
            "Produktionsstyrning i centralköket",
            "Matbeställningar från daghemmen",
        ],
        vendor="Jamix Oy",
    ),
    # ---- education
    P(
        "n-primus",
        "pupil-administration",
        ["Wilma", "Primus", "Visma InSchool (Wilma/Primus)"],
        [
            "Bildning – Grundskola",
            "Bildning – Gymnasiet",
            "Sivistystoimi / suomenkielinen perusopetus",
        ],
        [
            "Elevregister, bedömning, frånvaro och kommunikation med hemmen",
            "Studerandeadministration och kursval",
            "Oppilashallinto ja Wilma",
        ],
        vendor="Visma",
    ),
    P(
        "n-edlevo",
        "early-childhood",
        ["Edlevo", "Visma Edlevo"],
        ["Bildning – Småbarnspedagogik", "Bildning – Småbarnspedagogik"],
        [
            "Småbarnspedagogikens klientregister, placeringar och vårdtider",
            "Barnens närvaro, vårdnadshavarnas app",
        ],
        vendor="Visma",
    ),
    P(
        "n-daisy",
        "early-childhood",
        ["Daisy", "DaisyNet"],
        ["Sivistystoimi / suomenkielinen perusopetus", "Bildning – Småbarnspedagogik"],
        [
            "Suomenkielisen varhaiskasvatuksen ja esiopetuksen asiakastiedot",
            "Förskoleundervisningens placeringar (äldre system)",
        ],
        vendor="Daisy Solutions",
    ),
    P(
        "n-classroom",
        "learning-platform",
        ["Google Classroom", "Classroom"],
        ["Bildning – Grundskola", "Sivistystoimi / suomenkielinen perusopetus"],
        ["Lärplattform: uppgifter och material i årskurs 7–9", "Oppimisalusta, tehtävät"],
        vendor="Google",
    ),
    P(
        "n-itslearning",
        "learning-platform",
        ["itslearning", "Itslearning"],
        ["Bildning – Gymnasiet", "Bildning – Gymnasiet"],
        ["Gymnasiets lärplattform", "Kurser, uppgifter och prov online"],
        vendor="itslearning AS",
    ),
    P(
        "n-eepos",
        "course-management",
        ["Eepos", "Eepos kursadministration"],
        ["Medborgarinstitutet", "Medborgarinstitutet"],
        ["Kursutbud, anmälningar och kursavgifter", "Kurssihallinta ja ilmoittautumiset"],
        vendor="Eepos Oy",
    ),
    # ---- culture and leisure
    P(
        "n-sierra",
        "library",
        ["Sierra", "Bibliotekssystemet Sierra"],
        ["Kultur & fritid – Biblioteket", "Kultur & fritid – Biblioteket"],
        [
            "Lån, reservationer, katalogisering (MARC21), fjärrlån",
            "Bibliotekssystem och webbibliotek (gemensamt med regionen)",
        ],
        vendor="Innovative / Clarivate",
    ),
    P(
        "n-muusa",
        "museum-collections",
        ["Muusa", "MUUSA"],
        ["Museet", "Museet"],
        ["Samlingsförvaltning och katalogisering", "Museets föremåls- och fotoregister"],
        vendor="Muusa-konsortio",
    ),
    P(
        "n-tiketti",
        "event-ticketing",
        ["Tiketti", "Tiketti.fi"],
        ["Kultur & fritid – Ungdom", "Museet"],
        ["Biljettförsäljning till konserter", "Biljetter till evenemang"],
        vendor="Tiketti Oy",
    ),
    P(
        "n-lyyti",
        "event-ticketing",
        ["Lyyti"],
        ["Näringslivsenheten", "Kansliet"],
        ["Evenemangsanmälningar", "Seminarier och företagsfrukostar – anmälan"],
        vendor="Lyyti Oy",
    ),
    P(
        "n-suomisport",
        "sports-services",
        ["Suomisport"],
        ["Kultur & fritid – Idrott", "Kultur & fritid – Idrott"],
        ["Idrottsföreningarnas och motionstjänsternas plattform", "Motionskurser och licenser"],
        vendor="Olympiakomitea",
    ),
    P(
        "n-nuta",
        "youth-services",
        ["Nuta", "NUTA ungdomsregister"],
        ["Kultur & fritid – Ungdom", "Kultur & fritid – Ungdom"],
        ["Ungdomsgårdarnas besöksstatistik och verksamhet", "Uppsökande ungdomsarbete"],
        vendor="Nuta Oy",
    ),
]


# ===========================================================================
# O: English-language inventory (UK unitary council; some US-style writing)
# ===========================================================================
O_ORG = [
    ("Resources - ICT", "Resources"),
    ("Finance", "Resources"),
    ("HR & OD", "Resources"),
    ("Revenues and Benefits", "Resources"),
    ("Procurement", "Resources"),
    ("Legal Services", "Resources"),
    ("Customer Services", "Resources"),
    ("Democratic Services", "Chief Executive's Office"),
    ("Communications & Marketing", "Chief Executive's Office"),
    ("Policy, Performance & Insight", "Chief Executive's Office"),
    ("Adult Social Care", "Adults and Health"),
    ("Public Health", "Adults and Health"),
    ("Housing Needs", "Adults and Health"),
    ("Children's Social Care", "Children and Education"),
    ("Education & Inclusion", "Children and Education"),
    ("Early Years", "Children and Education"),
    ("Home to School Transport", "Children and Education"),
    ("Adult Learning", "Children and Education"),
    ("Highways & Transport", "Place and Environment"),
    ("Planning & Building Control", "Place and Environment"),
    ("Environmental Health", "Place and Environment"),
    ("Parking Services", "Place and Environment"),
    ("Libraries, Arts & Heritage", "Place and Environment"),
    ("Leisure & Culture", "Place and Environment"),
    ("Facilities Management", "Place and Environment"),
    ("Economic Development", "Place and Environment"),
    ("Fleet & Waste", "Place and Environment"),
]

O_PRODUCTS = [
    # ---- basic IT
    P(
        "o-m365",
        "office-email",
        ["Microsoft 365", "O365", "MS Office 365", "M365 E3"],
        [
            "Resources - ICT",
            "Adult Social Care",
            "Children's Social Care",
            "Highways & Transport",
            "Democratic Services",
        ],
        [
            "Email, calendar and Office apps for all staff",
            "Outlook/Exchange Online + Office suite",
            "Corporate email & office productivity (Word, Excel, PowerPoint); OneDrive",
            "EMAIL AND OFFICE",
        ],
        vendor="Microsoft",
        notes=[
            "Enterprise Agreement via CCS framework",
            "MFA enforced",
            "Licence true-up in March",
        ],
    ),
    P(
        "o-teams",
        "video-meetings",
        ["Microsoft Teams", "Teams", "MS Teams"],
        ["Resources - ICT", "Democratic Services", "Adult Social Care"],
        [
            "Video conferencing, chat and team sites",
            "Hybrid committee meetings (webcast via separate supplier)",
            "Online meetings with families and providers",
        ],
        vendor="Microsoft",
    ),
    P(
        "o-zoom",
        "video-meetings",
        ["Zoom", "Zoom Meetings"],
        ["Adult Learning", "Public Health"],
        [
            "Online classes for adult learners",
            "Webinars and partner calls where external orgs can't join Teams",
        ],
        vendor="Zoom Video Communications",
    ),
    P(
        "o-entra",
        "identity-access",
        ["Azure AD", "Entra ID"],
        ["Resources - ICT", "Resources - ICT"],
        [
            "Identity and access management – SSO, MFA, conditional access",
            "User accounts, joiners/movers/leavers automated from iTrent",
        ],
        vendor="Microsoft",
    ),
    P(
        "o-servicenow",
        "itsm",
        ["ServiceNow", "Service Now ITSM", "SNOW"],
        ["Resources - ICT", "Resources - ICT", "Facilities Management"],
        [
            "IT service desk – incidents, requests, change and CMDB",
            "Self-service portal for staff IT requests",
            "Service desk; FM helpdesk module for building faults",
        ],
        vendor="ServiceNow",
    ),
    P(
        "o-freshservice",
        "itsm",
        ["Freshservice", "FreshService"],
        ["Education & Inclusion", "Libraries, Arts & Heritage"],
        [
            "IT support ticketing for traded schools service",
            "Library public PC & Wi-Fi support tickets",
        ],
        vendor="Freshworks",
    ),
    P(
        "o-interact",
        "intranet",
        ["Interact", "Interact Intranet", "The Hub (Interact)"],
        ["Communications & Marketing", "HR & OD", "Resources - ICT"],
        [
            "Staff intranet – news, policies, forms",
            "Internal comms and HR policies for employees",
            "intranet",
        ],
        vendor="Interact Software",
    ),
    P(
        "o-jadu",
        "web-publishing",
        ["Jadu CMS", "Jadu", "Council website (Jadu)"],
        ["Communications & Marketing", "Communications & Marketing", "Libraries, Arts & Heritage"],
        [
            "Public website content management",
            "Website CMS incl. online forms integration",
            "Library & heritage pages on the council site",
        ],
        vendor="Jadu",
    ),
    P(
        "o-smartsurvey",
        "survey-forms",
        ["SmartSurvey", "Smart Survey"],
        ["Policy, Performance & Insight", "HR & OD", "Public Health"],
        [
            "Surveys – resident satisfaction, budget consultation",
            "Staff surveys & pulse checks",
            "Health needs questionnaires",
        ],
        vendor="SmartSurvey Ltd",
    ),
    P(
        "o-citizenspace",
        "survey-forms",
        ["Citizen Space", "CitizenSpace"],
        ["Policy, Performance & Insight", "Planning & Building Control"],
        [
            "Online consultation hub for public consultations",
            "Consultations on supplementary planning documents",
        ],
        vendor="Delib",
    ),
    P(
        "o-intune",
        "endpoint-management",
        ["Intune", "Microsoft Intune", "MEM/Intune"],
        ["Resources - ICT", "Adult Social Care", "Children's Social Care"],
        [
            "Device management for laptops and mobiles",
            "MDM for care workers' phones",
            "Mobile device management – social worker tablets",
        ],
        vendor="Microsoft",
    ),
    P(
        "o-jamf",
        "endpoint-management",
        ["Jamf Pro", "JAMF"],
        ["Communications & Marketing", "Libraries, Arts & Heritage"],
        [
            "Mac management for the design team",
            "iPad lending scheme devices – configuration & wipe",
        ],
        vendor="Jamf",
    ),
    P(
        "o-papercut",
        "printing",
        ["PaperCut", "PaperCut MF"],
        ["Resources - ICT", "Libraries, Arts & Heritage"],
        [
            "Print management, follow-me printing, scan to email",
            "Public printing in libraries incl. card payments",
        ],
        vendor="Ricoh",
    ),
    P(
        "o-mitel",
        "telephony",
        ["Mitel MiContact Center", "Mitel", "Mitel MiCC"],
        ["Customer Services", "Customer Services", "Revenues and Benefits"],
        [
            "Contact centre telephony – queues, IVR, call recording",
            "Main switchboard and contact center",
            "Council tax phone line queues",
        ],
        vendor="Mitel / Daisy",
    ),
    P(
        "o-ringcentral",
        "telephony",
        ["RingCentral", "Ring Central"],
        ["Adult Social Care", "Housing Needs"],
        [
            "Cloud telephony for the Adult Social Care front door",
            "Housing options helpline (out of hours)",
        ],
        vendor="RingCentral",
    ),
    P(
        "o-vmware",
        "it-infrastructure",
        ["VMware", "VMware vSphere"],
        ["Resources - ICT", "Resources - ICT"],
        [
            "Server virtualisation (on-prem data centre)",
            "Hosting platform for line-of-business apps; backups via Veeam",
        ],
        vendor="Broadcom",
    ),
    P(
        "o-docusign",
        "e-signature",
        ["DocuSign", "Docusign eSignature"],
        ["Legal Services", "HR & OD", "Procurement"],
        [
            "Electronic signature of contracts and deeds",
            "E-signing offer letters",
            "Contract award signatures",
        ],
        vendor="DocuSign",
    ),
    # ---- corporate / administration
    P(
        "o-infoatwork",
        "case-management",
        ["Information@Work", "Civica Information@Work", "I@W"],
        ["Legal Services", "Revenues and Benefits", "Planning & Building Control"],
        [
            "EDRMS – case files, document workflow and records retention",
            "Document imaging & workflow for benefits claims",
            "Planning file records",
        ],
        vendor="Civica",
    ),
    P(
        "o-moderngov",
        "meeting-management",
        ["Modern.gov", "ModernGov"],
        ["Democratic Services", "Democratic Services"],
        [
            "Committee management – agendas, minutes, decisions, councillor info",
            "Publishing council and cabinet papers; forward plan",
        ],
        vendor="Civica",
    ),
    P(
        "o-preservica",
        "archive",
        ["Preservica", "Preservica Cloud Edition"],
        ["Libraries, Arts & Heritage", "Legal Services"],
        [
            "Digital preservation for the borough archives",
            "Long-term archive for born-digital council records",
        ],
        vendor="Preservica",
    ),
    P(
        "o-sharepoint",
        "document-management",
        ["SharePoint Online", "SharePoint", "SPO"],
        ["Resources - ICT", "Finance", "Policy, Performance & Insight"],
        [
            "Team sites and document libraries",
            "Document management & collaboration (replacing network drives)",
            "Shared docs for performance reports",
        ],
        vendor="Microsoft",
    ),
    P(
        "o-granicusportal",
        "e-services",
        ["Granicus Customer Portal", "Firmstep", "MyAccount (Firmstep)"],
        ["Customer Services", "Customer Services", "Fleet & Waste", "Revenues and Benefits"],
        [
            "Online forms & resident self-service accounts (MyAccount)",
            "Digital e-forms platform; integrations to back office",
            "Report a missed bin / order a new bin online",
            "Council tax online change of address forms",
        ],
        vendor="Granicus",
    ),
    P(
        "o-reportit",
        "customer-feedback",
        ["Report It", "Abavus Report It", "My Council Services app"],
        ["Customer Services", "Highways & Transport", "Fleet & Waste"],
        [
            "Resident reporting app – fly-tipping, potholes, street lights",
            "Pothole & defect reports from the public, routed to Confirm",
        ],
        vendor="Abavus",
    ),
    P(
        "o-icasework",
        "customer-feedback",
        ["iCasework", "ICasework"],
        ["Customer Services", "Legal Services", "Adult Social Care"],
        [
            "Complaints, compliments and comments handling",
            "FOI / SAR and complaints case tracking",
            "Statutory social care complaints",
        ],
        vendor="Civica (formerly Aptean)",
    ),
    P(
        "o-salesforce",
        "crm",
        ["Salesforce", "Salesforce CRM"],
        ["Customer Services", "Economic Development"],
        [
            "Customer relationship management – single view of resident contacts",
            "Business account management and inward investment enquiries",
        ],
        vendor="Salesforce",
    ),
    P(
        "o-verto",
        "project-portfolio",
        ["Verto", "Verto 365"],
        ["Policy, Performance & Insight", "Resources - ICT"],
        [
            "Programme and project management, portfolio dashboards",
            "Change programme tracking, RAID logs",
        ],
        vendor="Verto Cloud",
    ),
    P(
        "o-intend",
        "procurement",
        ["In-Tend", "InTend"],
        ["Procurement", "Procurement"],
        ["E-tendering and supplier portal", "Tender process management, bid evaluation"],
        vendor="In-Tend Ltd",
    ),
    P(
        "o-atamis",
        "contract-management",
        ["Atamis", "Atamis Contract Management"],
        ["Procurement", "Adult Social Care", "Finance"],
        [
            "Contract register and contract management",
            "Care provider contract monitoring",
            "Contracts register (transparency publication)",
        ],
        vendor="Atamis",
    ),
    P(
        "o-flexigrant",
        "grants",
        ["Flexigrant", "FlexiGrant"],
        ["Economic Development", "Policy, Performance & Insight"],
        [
            "Grant applications & assessment for business grants",
            "Community grants programme – applications, monitoring",
        ],
        vendor="Amberley Innovations",
    ),
    P(
        "o-powerbi",
        "reporting-bi",
        ["Power BI", "PowerBI"],
        ["Policy, Performance & Insight", "Finance", "Children's Social Care"],
        [
            "Corporate performance dashboards & BI",
            "Budget monitoring reports",
            "Children's services performance reporting",
        ],
        vendor="Microsoft",
    ),
    P(
        "o-tableau",
        "reporting-bi",
        ["Tableau", "Tableau Server"],
        ["Public Health", "Public Health"],
        ["Public health intelligence dashboards", "JSNA data visualisation"],
        vendor="Salesforce / Tableau",
    ),
    P(
        "o-lginform",
        "statistics-research",
        ["LG Inform", "LG Inform Plus"],
        ["Policy, Performance & Insight", "Public Health"],
        ["Benchmarking and local area statistics", "Ward profiles, census data, open data"],
        vendor="Local Government Association",
    ),
    P(
        "o-govdelivery",
        "communications",
        ["GovDelivery", "Granicus GovDelivery"],
        ["Communications & Marketing", "Communications & Marketing", "Fleet & Waste"],
        [
            "Email newsletters and bulletins to residents",
            "Subscriber bulletins, campaign marketing",
            "Bin collection reminders / service alerts by email",
        ],
        vendor="Granicus",
    ),
    P(
        "o-lexis",
        "reference-information",
        ["Lexis+", "LexisLibrary"],
        ["Legal Services", "Legal Services"],
        ["Legal research – legislation, case law, practical guidance", "Online legal library"],
        vendor="LexisNexis",
    ),
    P(
        "o-jcad",
        "process-quality",
        ["JCAD CORE", "JCAD"],
        ["Policy, Performance & Insight", "Finance"],
        ["Corporate risk register and risk management", "Internal audit actions & risk"],
        vendor="JC Applications Development",
    ),
    # ---- finance
    P(
        "o-unit4",
        "accounting;fixed-assets",
        ["Unit4 ERP", "Agresso", "Unit 4 Business World"],
        ["Finance", "Finance", "Procurement", "Adult Social Care"],
        [
            "General ledger, financial accounting, year end",
            "Financials: GL, fixed asset register, purchasing",
            "Purchase orders (requisitions)",
            "Cost centre budgets for care commissioning",
        ],
        vendor="Unit4",
    ),
    P(
        "o-proactis",
        "invoice-processing",
        ["Proactis", "PROACTIS P2P"],
        ["Finance", "Highways & Transport"],
        [
            "Accounts payable – invoice scanning, matching and approval",
            "Supplier invoice approval workflow",
        ],
        vendor="Proactis",
    ),
    P(
        "o-academy",
        "billing;income-support",
        ["Capita Academy", "Academy Revenues & Benefits", "Academy R&B"],
        [
            "Revenues and Benefits",
            "Revenues and Benefits",
            "Revenues and Benefits",
            "Housing Needs",
        ],
        [
            "Council tax and business rates billing, recovery",
            "Housing benefit & council tax support assessment",
            "Revenues & Benefits back office",
            "Discretionary housing payments",
        ],
        vendor="Capita",
    ),
    P(
        "o-civicapay",
        "payments",
        ["Civica Pay", "Civica Icon", "ICON payments"],
        ["Finance", "Customer Services", "Parking Services"],
        [
            "Income management & cash receipting",
            "Card payments taken over the phone",
            "PCN payments receipted into Icon",
        ],
        vendor="Civica",
    ),
    P(
        "o-govukpay",
        "payments",
        ["GOV.UK Pay", "GovPay"],
        ["Customer Services", "Planning & Building Control"],
        ["Online card payments for e-forms", "Pre-application advice fees paid online"],
        vendor="Government Digital Service",
    ),
    # ---- HR
    P(
        "o-itrent",
        "hr-management;payroll",
        ["iTrent", "MHR iTrent", "I-Trent"],
        ["HR & OD", "HR & OD", "Finance", "Education & Inclusion"],
        [
            "HR and payroll system",
            "- payroll\n- pensions\n- HR records\n- ESS/MSS self-service",
            "Payroll journals to the GL",
            "Payroll for maintained schools (traded service)",
        ],
        vendor="MHR",
    ),
    P(
        "o-tribepad",
        "recruitment",
        ["Tribepad", "TribePad ATS"],
        ["HR & OD", "Children's Social Care"],
        ["Applicant tracking and recruitment", "Social worker recruitment campaigns"],
        vendor="Tribepad",
    ),
    P(
        "o-learningpool",
        "learning-management",
        ["Learning Pool", "LearningPool LMS"],
        ["HR & OD", "Adult Social Care", "Children's Social Care"],
        [
            "E-learning for staff – mandatory training (GDPR, H&S); licenses renewed yearly",
            "Care Certificate & safeguarding training records",
            "Workforce development / CPD",
        ],
        vendor="Learning Pool",
    ),
    P(
        "o-selenity",
        "travel-expenses",
        ["Selenity Expenses", "Selenity"],
        ["HR & OD", "Adult Social Care"],
        ["Travel and expense claims, mileage", "Mileage claims for community staff"],
        vendor="Selenity",
    ),
    P(
        "o-evotix",
        "occupational-health",
        ["Evotix Assure", "SHE Assure", "SHE Software"],
        ["HR & OD", "Fleet & Waste", "Facilities Management"],
        [
            "Health & safety incident reporting and risk assessments",
            "Accident/incident reports for crews; RIDDOR",
            "H&S audits, asbestos & fire risk assessments",
        ],
        vendor="Evotix",
    ),
    # ---- land use / planning
    P(
        "o-arcgis",
        "gis",
        ["ArcGIS", "Esri ArcGIS Enterprise", "ArcGIS Online"],
        ["Policy, Performance & Insight", "Planning & Building Control", "Highways & Transport"],
        ["Corporate GIS and web mapping", "Constraints mapping for planning", "Highway asset maps"],
        vendor="Esri UK",
    ),
    P(
        "o-uniform",
        "building-permits",
        ["Idox Uniform", "UNIFORM"],
        ["Planning & Building Control", "Planning & Building Control"],
        [
            "Planning applications (development management) and building control",
            "Building regs applications, inspections and completion certificates",
        ],
        vendor="Idox",
    ),
    P(
        "o-keystone",
        "land-use-planning",
        ["Objective Keystone", "Keystone"],
        ["Planning & Building Control", "Planning & Building Control"],
        ["Local Plan preparation and consultation", "Planning policy – local plan representations"],
        vendor="Objective",
    ),
    P(
        "o-symphony",
        "cadastre",
        ["Symphony LLPG", "LLPG (Aligned Assets)"],
        ["Planning & Building Control", "Resources - ICT"],
        [
            "Local Land and Property Gazetteer (addresses & UPRNs)",
            "Address gazetteer, street naming & numbering",
        ],
        vendor="Aligned Assets",
    ),
    # ---- place
    P(
        "o-confirm",
        "street-maintenance",
        ["Confirm", "Brightly Confirm", "Confirm (Pitney Bowes)"],
        ["Highways & Transport", "Highways & Transport", "Fleet & Waste"],
        [
            "Highway asset management:\n- inspections\n- defects\n- works orders to contractor",
            "Street lighting & gully cleansing programmes",
            "Street cleansing and grounds maintenance jobs",
        ],
        vendor="Brightly (Siemens)",
    ),
    P(
        "o-mayrise",
        "street-maintenance",
        ["Mayrise", "Yotta Mayrise"],
        ["Highways & Transport", "Leisure & Culture"],
        [
            "Streetworks & winter gritting routes (legacy)",
            "Parks and open spaces maintenance schedules",
        ],
        vendor="Yotta",
    ),
    P(
        "o-chipside",
        "parking",
        ["Chipside", "ChipsideNEXT"],
        ["Parking Services", "Parking Services"],
        [
            "Penalty charge notice processing, permits, apeals",
            "Resident parking permits & visitor vouchers",
        ],
        vendor="Chipside",
    ),
    P(
        "o-taranto",
        "parking",
        ["Taranto", "Imperial / Taranto"],
        ["Parking Services", "Highways & Transport"],
        [
            "Civil enforcement officers' handhelds and PCN back office",
            "Bus lane camera enforcement",
        ],
        vendor="NSL / Conduent",
    ),
    P(
        "o-aqmesh",
        "environmental-monitoring",
        ["AQMesh", "Air Quality Monitoring (AQMesh)"],
        ["Environmental Health", "Public Health"],
        [
            "Air quality sensors – NO2 and PM2.5 monitoring",
            "Air pollution data for the annual status report",
        ],
        vendor="Environmental Instruments Ltd",
    ),
    P(
        "o-civicaapp",
        "environmental-health",
        ["Civica APP", "APP (Civica)", "Flare"],
        ["Environmental Health", "Environmental Health", "Housing Needs"],
        [
            "Food hygiene inspections, licensing and pest control",
            "Environmental health casework, noise complaints",
            "HMO licensing & housing standards (private sector)",
        ],
        vendor="Civica",
    ),
    P(
        "o-orchard",
        "housing",
        ["Orchard Housing", "Orchard"],
        ["Housing Needs", "Housing Needs"],
        [
            "Housing management – tenancies, rents, repairs",
            "COUNCIL HOUSING RENT ACCOUNTS AND TENANCY MANAGEMENT",
        ],
        vendor="Capita / Orchard",
    ),
    P(
        "o-abritas",
        "housing",
        ["Abritas", "Abritas Housing Register"],
        ["Housing Needs", "Housing Needs", "Adult Social Care"],
        [
            "Housing register and choice based lettings",
            "Homelessness applications & allocations",
            "Adapted housing nominations",
        ],
        vendor="Abritas",
    ),
    P(
        "o-resilience",
        "rescue-services",
        ["ResilienceDirect", "Resilience Direct"],
        ["Policy, Performance & Insight", "Highways & Transport"],
        [
            "Emergency planning – incident response, plans and LRF sharing",
            "Flood incident coordination",
        ],
        vendor="Cabinet Office",
    ),
    P(
        "o-condeco",
        "facility-booking",
        ["Condeco", "Condeco desk booking"],
        ["Facilities Management", "Democratic Services"],
        ["Desk and meeting room booking", "Room bookings for committee rooms"],
        vendor="Eptura",
    ),
    P(
        "o-planon",
        "facility-management",
        ["Planon", "Planon Universe"],
        ["Facilities Management", "Facilities Management"],
        [
            "Corporate property & facilities management, planned maintenance program",
            "Estates: leases, asset condition surveys",
        ],
        vendor="Planon",
    ),
    P(
        "o-gallagher",
        "access-control",
        ["Gallagher Command Centre", "Gallagher", "Gallagher Command Center"],
        ["Facilities Management", "Facilities Management", "Resources - ICT"],
        [
            "Building access control – ID cards and door controllers",
            "Door access & intruder alarms",
            "Staff ID badges",
        ],
        vendor="Gallagher Security",
    ),
    P(
        "o-stark",
        "energy-management",
        ["Stark", "STARK energy"],
        ["Facilities Management", "Facilities Management"],
        [
            "Energy monitoring and targeting, smart meter data",
            "Utility bill validation and carbon reporting",
        ],
        vendor="Stark",
    ),
    P(
        "o-tranman",
        "fleet",
        ["Tranman", "TranMan"],
        ["Fleet & Waste", "Fleet & Waste"],
        ["Fleet management – vehicle maintenance, MOT, O-licence", "Workshop job cards and fuel"],
        vendor="Civica",
    ),
    P(
        "o-cypad",
        "catering",
        ["Cypad", "CYPAD"],
        ["Education & Inclusion", "Education & Inclusion"],
        [
            "School catering – menus, allergens, meal numbers",
            "School meals service stock and ordering",
        ],
        vendor="Cypad",
    ),
    # ---- children and education
    P(
        "o-capitaone",
        "pupil-administration",
        ["Capita One", "One (Capita)", "ONE"],
        [
            "Education & Inclusion",
            "Education & Inclusion",
            "Home to School Transport",
            "Early Years",
        ],
        [
            "Education management system – admissions, attendance, SEN (EHCP)",
            "School admissions and pupil database",
            "Pupil data for transport eligibility",
            "Early years funding headcount",
        ],
        vendor="Capita / Access",
    ),
    P(
        "o-arbor",
        "pupil-administration",
        ["Arbor", "Arbor MIS"],
        ["Education & Inclusion", "Education & Inclusion"],
        [
            "Schools MIS for the pupil referral unit and virtual school",
            "Pupil records, attendance, behaviour",
        ],
        vendor="Arbor Education",
    ),
    P(
        "o-tapestry",
        "early-childhood",
        ["Tapestry", "Tapestry Online Learning Journal"],
        ["Early Years", "Early Years"],
        [
            "Online learning journal for council-run nurseries",
            "EYFS observations and parent sharing",
        ],
        vendor="The Foundation Stage Forum",
    ),
    P(
        "o-ebs",
        "course-management",
        ["ebs", "Tribal ebs"],
        ["Adult Learning", "Adult Learning"],
        [
            "Adult and community learning – courses, enrollments, ILR returns",
            "Course enrolment and fees for the adult education service",
        ],
        vendor="Tribal",
    ),
    P(
        "o-qroutes",
        "school-transport",
        ["QRoutes", "Q Routes"],
        ["Home to School Transport", "Home to School Transport"],
        ["Home to school transport route planning", "SEN transport routes & operator allocation"],
        vendor="QRoutes",
    ),
    # ---- social care, health
    P(
        "o-mosaic",
        "social-care-records",
        ["Mosaic", "Servelec Mosaic", "MOSAIC"],
        ["Adult Social Care", "Adult Social Care", "Children's Social Care"],
        [
            "Adult social care case management system (client records, assessments, care plans)",
            "Social care records; provider payments interface to Unit4",
            "Transitions cases (18-25)",
        ],
        vendor="Servelec / System C",
    ),
    P(
        "o-lcs",
        "child-welfare",
        ["Liquidlogic LCS", "Liquidlogic Children's"],
        ["Children's Social Care", "Children's Social Care"],
        [
            "Children's social care – referrals, child protection, looked after children",
            "Child protection & CiN casework",
        ],
        vendor="System C",
    ),
    P(
        "o-cm2000",
        "home-care",
        ["CM2000", "CM 2000"],
        ["Adult Social Care", "Adult Social Care"],
        [
            "Homecare electronic call monitoring",
            "Domiciliary care visit verification & provider payments",
        ],
        vendor="Advanced",
    ),
    # ---- culture, leisure, economy
    P(
        "o-spydus",
        "library",
        ["Spydus", "Civica Spydus"],
        ["Libraries, Arts & Heritage", "Libraries, Arts & Heritage"],
        [
            "Library management system – catalogue, loans, reservations",
            "Library catalog and self-service kiosks",
        ],
        vendor="Civica",
    ),
    P(
        "o-axiell",
        "museum-collections",
        ["Axiell Collections", "Axiell"],
        ["Libraries, Arts & Heritage", "Libraries, Arts & Heritage"],
        ["Museum collections management", "Object catalogue & loans for the museum service"],
        vendor="Axiell",
    ),
    P(
        "o-spektrix",
        "event-ticketing",
        ["Spektrix", "SPEKTRIX"],
        ["Leisure & Culture", "Libraries, Arts & Heritage"],
        ["Box office & ticketing for the theatre", "Ticketed events and fundraising"],
        vendor="Spektrix",
    ),
    P(
        "o-gladstone",
        "sports-services",
        ["Gladstone Plus2", "Gladstone"],
        ["Leisure & Culture", "Leisure & Culture"],
        [
            "Leisure centre management – memberships, class bookings, tills",
            "Swim school & gym memberships",
        ],
        vendor="Gladstone",
    ),
    P(
        "o-legend",
        "sports-services",
        ["Legend", "Legend Leisure"],
        ["Leisure & Culture", "Public Health"],
        ["Sports development programmes and activity bookings", "Exercise on referral scheme"],
        vendor="Legend Club Management",
    ),
    P(
        "o-evolutive",
        "business-services",
        ["Evolutive", "Evolutive CRM"],
        ["Economic Development", "Economic Development"],
        [
            "Business support & employment programmes – client tracking",
            "Employment support outcomes (UKSPF)",
        ],
        vendor="Evolutive",
    ),
]


# ===========================================================================
# inventory configurations
# ===========================================================================
INVENTORIES = [
    dict(
        stem="holdout4_l_fi",
        lang="fi",
        seed=41001,
        org=L_ORG,
        products=L_PRODUCTS,
        sheets=["Järjestelmät"],
        title="Tietojärjestelmäluettelo – Kasvatus ja koulutus, Kulttuuri ja vapaa-aika, "
        "Keskushallinto (päivitetty 11/2024)",
        blank_after_title=False,
        columns=[
            ("Järjestelmä", "name"),
            ("Toimittaja", "vendor"),
            ("Yksikkö", "dept"),
            ("Käyttötarkoitus", "purpose"),
            ("Kuvaus / lisätiedot", "notes"),
            ("Vuosikustannus (€)", "cost"),
            ("Käyttäjiä", "users"),
            ("Sopimus päättyy", "end"),
        ],
        order="dept",
        orgmap_header=("Yksikkö", "Toimiala"),
        date_fmt="d.m.yyyy",
        ndup=5,
        dup_note="tupla? sama kuin rivi yllä",
    ),
    dict(
        stem="holdout4_m_fi",
        lang="fi",
        seed=41002,
        org=M_ORG,
        products=M_PRODUCTS,
        sheets=["Sote", "Pelastus", "Tukipalvelut"],
        title=None,
        blank_after_title=False,
        columns=[
            ("Järjestelmän nimi", "name"),
            ("Palvelualue", "dept"),
            ("Käyttötarkoitus", "purpose"),
            ("Toimittaja", "vendor"),
            ("Ent. organisaatio", "orig"),
            ("Lisätiedot", "notes"),
            ("Kustannukset / vuosi", "cost"),
            ("Käyttäjämäärä", "users"),
            ("Sopimuskausi päättyy", "end"),
        ],
        order="name",
        orgmap_header=("Palvelualue", "Toimiala"),
        date_fmt="d.m.yyyy",
        ndup=5,
        dup_note="kaksi kertaa listalla?",
        orig_default=["Hyvinvointialue", "Hyvinvointialue", "", "koko alue"],
    ),
    dict(
        stem="holdout4_n_sv",
        lang="sv",
        seed=41003,
        org=N_ORG,
        products=N_PRODUCTS,
        sheets=["IT-system"],
        title="Systemförteckning / Järjestelmäluettelo – uppdaterad 2024-10-01",
        blank_after_title=True,
        columns=[
            ("Systemnamn", "name"),
            ("Förvaltning / enhet", "dept"),
            ("Syfte", "purpose"),
            ("Leverantör", "vendor"),
            ("Beskrivning / anmärkningar", "notes"),
            ("Årskostnad (€)", "cost"),
            ("Antal användare", "users"),
            ("Avtalet löper ut", "end"),
        ],
        order="sector",
        orgmap_header=("Förvaltning", "Verksamhetsområde"),
        date_fmt="yyyy-mm-dd",
        ndup=4,
        dup_note="dubblett?",
    ),
    dict(
        stem="holdout4_o_en",
        lang="en",
        seed=41004,
        org=O_ORG,
        products=O_PRODUCTS,
        sheets=["Systems"],
        title=None,
        blank_after_title=False,
        columns=[
            ("System Name", "name"),
            ("Supplier", "vendor"),
            ("Department", "dept"),
            ("Purpose / business function", "purpose"),
            ("Notes", "notes"),
            ("Annual cost", "cost"),
            ("No. of users", "users"),
            ("Contract end", "end"),
        ],
        order="dept-name",
        orgmap_header=("Department", "Directorate"),
        date_fmt="dd/mm/yyyy",
        ndup=4,
        dup_note="duplicate entry? check with owner",
    ),
]


# ===========================================================================
# engine
# ===========================================================================
def org_lookup(inv):
    table = {}
    for i, entry in enumerate(inv["org"]):
        dept, sector = entry[0], entry[1]
        sheet = entry[2] if len(entry) > 2 else inv["sheets"][0]
        table[dept] = (i, sector, sheet)
    return table


def build_rows(inv):
    rng = random.Random(inv["seed"])
    lang = inv["lang"]
    org = org_lookup(inv)
    rows = []
    for p in inv["products"]:
        for i, dept in enumerate(p["depts"]):
            if p["orig"]:
                orig = p["orig"][i % len(p["orig"])]
            else:
                orig = rng.choice(inv.get("orig_default", [""]))
            note = ""
            if p["notes"] and rng.random() < 0.55:
                note = rng.choice(p["notes"])
            rows.append(
                dict(
                    pid=p["id"],
                    funcs=p["funcs"],
                    name=p["names"][i % len(p["names"])],
                    dept=dept,
                    sector=org[dept][1],
                    sheet=org[dept][2],
                    dept_idx=org[dept][0],
                    purpose=p["purposes"][i % len(p["purposes"])],
                    notes=note,
                    vendor=p["vendor"] if rng.random() < 0.7 else "",
                    orig=orig,
                    cost=cost_cell(rng, lang),
                    users=users_cell(rng, lang),
                    end=end_cell(rng, lang),
                    rand=rng.random(),
                    placeholder=False,
                    dup=False,
                )
            )
    # order within sheets
    mode = inv["order"]
    sector_order = []
    for entry in inv["org"]:
        if entry[1] not in sector_order:
            sector_order.append(entry[1])
    prng = random.Random(inv["seed"] + 7)
    prand = {p["id"]: prng.random() for p in inv["products"]}
    if mode == "dept":
        # rows of one product within one department are listed together
        key = lambda r: (r["dept_idx"], prand[r["pid"]], r["rand"])
    elif mode == "name":
        key = lambda r: (r["name"].casefold(), r["rand"])
    elif mode == "sector":
        key = lambda r: (sector_order.index(r["sector"]), prand[r["pid"]], r["rand"])
    else:  # dept-name
        key = lambda r: (r["dept_idx"], r["name"].casefold(), r["rand"])
    sheets = {s: sorted([r for r in rows if r["sheet"] == s], key=key) for s in inv["sheets"]}
    # placeholder purposes (~10 %), description moved to the notes column
    plain, ditto = PLACEHOLDERS[lang]
    for s in inv["sheets"]:
        prev = None
        for r in sheets[s]:
            u = rng.random()
            same_prev = prev is not None and prev["pid"] == r["pid"]
            if (same_prev and u < 0.13) or u < 0.08:
                ph = rng.choice(ditto) if same_prev and rng.random() < 0.7 else rng.choice(plain)
                r["notes"] = (r["purpose"] + (". " + r["notes"] if r["notes"] else "")).strip()
                r["purpose"] = ph
                r["placeholder"] = True
            prev = r
    # duplicated rows (same system listed twice)
    candidates = [
        (s, i) for s in inv["sheets"] for i, r in enumerate(sheets[s]) if not r["placeholder"]
    ]
    picks = rng.sample(candidates, inv["ndup"])
    picks.sort(key=lambda t: (inv["sheets"].index(t[0]), -t[1]))
    for s, i in picks:
        orig_row = sheets[s][i]
        copy = dict(orig_row)
        copy["dup"] = True
        variant = rng.randrange(4)
        if variant == 1:
            copy["cost"] = ""
        elif variant == 2 and copy["name"] != copy["name"].upper():
            copy["name"] = copy["name"].upper()
        elif variant == 3:
            copy["notes"] = inv["dup_note"]
        pos = i + 1 if rng.random() < 0.5 else rng.randrange(len(sheets[s]) + 1)
        sheets[s].insert(pos, copy)
    # an "as above" placeholder must follow a row of the same product
    for s in inv["sheets"]:
        for i, r in enumerate(sheets[s]):
            if (
                r["placeholder"]
                and r["purpose"] in ditto
                and (i == 0 or sheets[s][i - 1]["pid"] != r["pid"])
            ):
                r["purpose"] = rng.choice(plain)
    return sheets


def save_deterministic(wb, path):
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                for tag in (b"dcterms:created", b"dcterms:modified"):
                    data = re.sub(
                        b"(<" + tag + b"[^>]*>)[^<]*(</" + tag + b">)",
                        b"\\g<1>" + stamp + b"\\g<2>",
                        data,
                    )
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def write_inventory(inv):
    sheets = build_rows(inv)
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.creator = "tietohallinto"
    wb.properties.lastModifiedBy = "tietohallinto"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    truth = []
    cols = inv["columns"]
    for s in inv["sheets"]:
        ws = wb.create_sheet(s)
        rowno = 0
        if inv["title"]:
            ws.append([inv["title"]])
            ws.cell(row=1, column=1).font = Font(bold=True, size=13)
            rowno += 1
            if inv["blank_after_title"]:
                ws.append([])
                rowno += 1
        ws.append([h for h, _ in cols])
        rowno += 1
        for c in range(1, len(cols) + 1):
            ws.cell(row=rowno, column=c).font = Font(bold=True)
        ws.freeze_panes = f"A{rowno + 1}"
        for r in sheets[s]:
            ws.append([r[f] for _, f in cols])
            rowno += 1
            for c, (_, f) in enumerate(cols, start=1):
                cell = ws.cell(row=rowno, column=c)
                if isinstance(r[f], dt.datetime):
                    cell.number_format = inv["date_fmt"]
                elif isinstance(r[f], str) and "\n" in r[f]:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
            truth.append(
                [s, rowno, r["name"], r["pid"], r["funcs"], r["dept"], r["sector"], "system"]
            )
        widths = {
            "name": 30,
            "vendor": 22,
            "dept": 34,
            "purpose": 60,
            "notes": 50,
            "cost": 16,
            "users": 14,
            "end": 16,
            "orig": 18,
        }
        for c, (_, f) in enumerate(cols, start=1):
            ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = widths[f]
    stem = inv["stem"]
    save_deterministic(wb, os.path.join(OUT, stem + ".xlsx"))
    with open(os.path.join(OUT, stem + ".truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(TRUTH_HEADER)
        w.writerows(truth)
    with open(os.path.join(OUT, stem + ".orgmap.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(inv["orgmap_header"])
        for entry in inv["org"]:
            w.writerow([entry[0], entry[1]])
    return sheets


def stats(inv, sheets):
    rows = [r for s in inv["sheets"] for r in sheets[s]]
    prods = inv["products"]
    by_func = {}
    for p in prods:
        for f in p["funcs"].split(";"):
            by_func.setdefault(f, []).append(p["id"])
    overl = {f: v for f, v in by_func.items() if len(v) >= 2}
    sets = {}
    for p in prods:
        sets.setdefault(p["funcs"], []).append(p["id"])
    return dict(
        rows=len(rows),
        products=len(prods),
        sectors=len({e[1] for e in inv["org"]}),
        functions_used=len(by_func),
        overlap_functions=len(overl),
        max_products_per_function=max(len(v) for v in by_func.values()),
        shared_function_sets=sum(1 for v in sets.values() if len(v) > 1),
        placeholders=sum(1 for r in rows if r["placeholder"]),
        duplicates=sum(1 for r in rows if r["dup"]),
        per_sheet={s: len(sheets[s]) for s in inv["sheets"]},
        overlaps={f: v for f, v in sorted(overl.items())},
    )


def validate(inv):
    ids = [p["id"] for p in inv["products"]]
    assert len(ids) == len(set(ids)), "duplicate product id"
    org = org_lookup(inv)
    used = set()
    for p in inv["products"]:
        n = len(p["depts"])
        assert 1 <= len(p["funcs"].split(";")) <= 3, p["id"]
        assert 1 <= len(p["names"]) <= 4 and len(p["names"]) <= n, p["id"]
        assert 2 <= len(p["purposes"]) <= 4 and len(p["purposes"]) <= n, p["id"]
        assert len(set(p["purposes"])) == len(p["purposes"]), p["id"]
        assert 1 <= len(set(p["depts"])) <= 6, p["id"]
        for d in p["depts"]:
            assert d in org, (p["id"], d)
            used.add(d)
    unused = [e[0] for e in inv["org"] if e[0] not in used]
    assert not unused, ("org entries not used", unused)


def main():
    os.makedirs(OUT, exist_ok=True)
    for inv in INVENTORIES:
        validate(inv)
        sheets = write_inventory(inv)
        st = stats(inv, sheets)
        if "-q" not in sys.argv:
            print(inv["stem"], {k: v for k, v in st.items() if k != "overlaps"})
            for f, v in st["overlaps"].items():
                print("   ", f, v)


if __name__ == "__main__":
    main()
