"""Write three held-out municipal inventories and their truth files.

Deterministic (fixed seed, stdlib + openpyxl only). Writes into ``benchmarks/holdout/out/``:

- ``holdout_a_fi.xlsx``  Finnish city (Helsinki 2017 agencies), sheet ``Järjestelmät``;
  use ``--org-map helsinki2017`` (no org map file is written for it).
- ``holdout_b_sv.xlsx``  Swedish-speaking municipality, sheet ``System``, plus
  ``holdout_b_sv.orgmap.csv`` (``Förvaltning,Sektor``).
- ``holdout_c_en.xlsx``  English LeanIX-style export, sheet ``Applications``, plus
  ``holdout_c_en.orgmap.csv`` (``Department,Sector``).

Each workbook gets ``<stem>.truth.csv`` with the columns
``sheet,row,system_name,product,functions,department,sector,kind``: one record per data row,
``row`` is the 1-based Excel row, ``functions`` the product-level truth (the same for every row
of a product).

The purpose texts were written by hand without looking at the classifier's vocabulary.
Run: ``python benchmarks/holdout/make_inventories.py``
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
SEED = 20250611


@dataclass(frozen=True)
class Product:
    pid: str
    functions: str
    vendor: str
    names: dict[str, tuple[str, ...]]
    purposes: dict[str, tuple[str, ...]]
    desc: dict[str, str]


CATALOG: dict[str, Product] = {}


def P(  # noqa: N802
    pid,
    functions,
    vendor,
    names,
    fi=(),
    sv=(),
    en=(),
    dfi="",
    dsv="",
    den="",
    nfi=(),
    nsv=(),
    nen=(),
):
    """One product: universal spellings in `names`, language-only spellings in nfi/nsv/nen."""
    assert pid not in CATALOG, pid
    CATALOG[pid] = Product(
        pid,
        functions,
        vendor,
        {
            "fi": tuple(names) + tuple(nfi),
            "sv": tuple(names) + tuple(nsv),
            "en": tuple(names) + tuple(nen),
        },
        {"fi": tuple(fi), "sv": tuple(sv), "en": tuple(en)},
        {"fi": dfi, "sv": dsv, "en": den},
    )


# --------------------------------------------------------------------------------------------
# Product catalogue. Purposes per language are only written for the inventories that use them.
# --------------------------------------------------------------------------------------------

# ---- basic IT ----
P(
    "m365",
    "office-email;video-meetings",
    "Microsoft",
    ["Microsoft 365", "MS 365", "Office 365 E3", "M365 (Outlook, Teams)"],
    fi=[
        "Sähköposti, kalenteri ja Teams-palaverit",
        "Toimisto-ohjelmat ja sähköposti",
        "Sähköpostiviestintä ja etäkokoukset",
        "Outlook-sähköposti sekä Word ja Excel koko henkilöstölle",
    ],
    sv=[
        "E-post, kalender och Teams-möten",
        "Kontorsprogram och e-post",
        "Mejl och digitala möten för alla medarbetare",
    ],
    en=[
        "Email, calendar and Teams meetings",
        "Office productivity suite and mail",
        "Corporate mail plus video calls for all staff",
    ],
    dfi="Pilvipalveluna toimitettava toimisto-ohjelmistopaketti (Exchange Online, Teams, Office).",
    dsv="Molnbaserat kontorspaket med Exchange Online och Teams.",
    den="Cloud office suite: Exchange Online, Teams and the Office apps.",
)
P(
    "zoom",
    "video-meetings",
    "Zoom Video Communications",
    ["Zoom", "Zoom Meetings", "ZOOM Pro -lisenssit"],
    fi=[
        "Videoneuvottelut sidosryhmien kanssa",
        "Webinaarit ja etätilaisuudet asukkaille",
        "Etäpalaverit",
    ],
    dfi="Videokokous- ja webinaaripalvelu.",
)
P(
    "slack",
    "video-meetings",
    "Salesforce",
    ["Slack", "Slack Enterprise Grid", "Slack workspace"],
    en=["Team chat and huddles", "Instant messaging for project teams", "Chat channels"],
    den="Messaging and short video huddles for teams.",
)
P(
    "entra",
    "identity-access",
    "Microsoft",
    ["Azure AD", "Entra ID", "Microsoft Entra ID (AAD)"],
    fi=[
        "Käyttäjien tunnistus ja kertakirjautuminen",
        "Tunnusten ja ryhmien hallinta",
        "Monivaiheinen tunnistautuminen etäkäyttöön",
    ],
    dfi="Pilvihakemisto, SSO ja MFA.",
)
P(
    "okta",
    "identity-access",
    "Okta",
    ["Okta", "Okta Workforce Identity", "Okta SSO"],
    en=[
        "Single sign-on and MFA",
        "Identity provider for SaaS apps",
        "Joiner-mover-leaver account provisioning",
    ],
    den="Workforce identity: SSO, MFA and lifecycle management.",
)
P(
    "nexus",
    "identity-access",
    "Nexus",
    ["Nexus Hybrid Access", "Nexus HA", "Nexus GO"],
    sv=[
        "Inloggning och behörigheter",
        "Användarkonton och SITHS-kort",
        "Stark autentisering för anställda",
    ],
    dsv="Plattform för inloggning, behörighetsstyrning och e-legitimation.",
)
P(
    "jira_sm",
    "itsm",
    "Atlassian",
    ["Jira Service Management", "JSM", "Jira Service Desk"],
    fi=[
        "Tukipyyntöjen vastaanotto ja käsittely",
        "Viraston IT-tuen tikettijärjestelmä",
        "Palvelupyynnöt ja vikailmoitukset (ICT)",
    ],
    dfi="Tikettijärjestelmä ja itsepalveluportaali IT-tuelle.",
)
P(
    "freshservice",
    "itsm",
    "Freshworks",
    ["Freshservice", "Freshworks Freshservice", "FreshService ITSM"],
    fi=["Helpdesk", "Lähituen tiketöinti ja laiteinventaario", "Käyttäjätuen pyyntöjen hallinta"],
    en=["Helpdesk ticketing", "IT asset tracking and support tickets", "User support requests"],
    dfi="SaaS-palvelunhallintatyökalu.",
    den="SaaS service desk with asset inventory.",
)
P(
    "ivanti",
    "itsm",
    "Ivanti",
    ["Ivanti Neurons for ITSM", "Ivanti ITSM", "Ivanti Service Manager"],
    en=[
        "IT service desk",
        "Incident, request and change management",
        "Self-service portal for IT requests",
    ],
    den="ITIL service management platform.",
)
P(
    "easit",
    "itsm",
    "Easit",
    ["Easit GO", "Easit", "EasitGO 2023"],
    sv=[
        "IT-support",
        "Supportärenden och beställningar av IT-utrustning",
        "Incidenter och förfrågningar till servicedesken",
    ],
    dsv="Ärendehanteringssystem för IT-servicedesk.",
)
P(
    "nilex",
    "itsm",
    "Nilex",
    ["Nilex", "Nilex Service Desk"],
    sv=["Servicedesk", "IT-ärenden och incidenthantering"],
    dsv="Servicedesk-verktyg.",
)
P(
    "intune",
    "endpoint-management",
    "Microsoft",
    ["Intune", "Microsoft Intune", "MEM / Intune"],
    fi=[
        "Työasemien ja puhelinten hallinta",
        "Mobiililaitteiden hallinta",
        "Sovellusten jakelu ja tietoturvapäivitykset kannettaviin",
    ],
    sv=["Klienthantering", "Hantering av mobiler och surfplattor"],
    en=["Laptop and phone management", "Patching and app deployment", "MDM for mobile devices"],
    dfi="Päätelaitteiden hallinta pilvestä.",
    dsv="Molnbaserad enhetshantering.",
    den="Cloud endpoint management.",
)
P(
    "jamf",
    "endpoint-management",
    "Jamf",
    ["Jamf Pro", "JAMF", "Jamf School"],
    fi=[
        "Oppilaiden iPadien hallinta",
        "Mac- ja iPad-laitteiden etähallinta",
        "iPadien sovellusjakelu opettajille",
    ],
    en=["Apple device management", "iPad management for classrooms"],
    dfi="Apple-laitteiden hallintaohjelmisto.",
    den="Apple device management.",
)
P(
    "papercut",
    "printing",
    "PaperCut Software",
    ["PaperCut MF", "Papercut", "PaperCut 22.1"],
    fi=[
        "Tulostuksen hallinta ja tulostuskiintiöt",
        "Monitoimilaitteiden tulostus ja skannaus",
        "Asiakastulostus kirjastoissa",
    ],
    en=["Print management", "Secure follow-me printing and scanning"],
    dfi="Tulostuksenhallintaohjelmisto.",
    den="Print management software.",
)
P(
    "pharos",
    "printing",
    "Pharos Systems",
    ["Pharos Blueprint", "Pharos", "Pharos Uniprint"],
    sv=["Utskrifter", "Säker utskrift och skanning", "Utskriftskvoter för elever"],
    dsv="System för utskriftshantering.",
)
P(
    "elisa_ring",
    "telephony",
    "Elisa",
    ["Elisa Ring", "Ring-vaihde", "Elisa Ring mobiilivaihde"],
    fi=["Puhelinvaihde", "Mobiilivaihde ja soitonsiirrot", "Vaihteen palvelunumerot ja jonotus"],
    dfi="Operaattorin mobiilivaihdepalvelu.",
)
P(
    "trio",
    "telephony",
    "Enghouse",
    ["Trio Enterprise", "Trio", "Trio växel"],
    sv=["Växel och kontaktcenter", "Telefonväxel med köer", "Växelns svarsgrupper"],
    dsv="Växel- och kontaktcenterlösning.",
)
P(
    "genesys",
    "telephony",
    "Genesys",
    ["Genesys Cloud CX", "Genesys", "Genesys Cloud"],
    en=["Contact centre telephony", "Call queues and IVR for the resident helpline"],
    den="Cloud contact centre platform.",
)
P(
    "frends",
    "it-infrastructure",
    "Frends",
    ["Frends", "FRENDS iPaaS", "Frends-integraatiot"],
    fi=[
        "Integraatioalusta järjestelmien väliseen tiedonsiirtoon",
        "Rajapintojen hallinta ja tiedostosiirrot",
        "Tekninen integraatioalusta",
    ],
    dfi="Integraatio- ja API-alusta.",
)
P(
    "mulesoft",
    "it-infrastructure",
    "Salesforce",
    ["MuleSoft Anypoint", "MuleSoft", "Anypoint Platform"],
    en=["Integration platform", "APIs between core systems", "Message routing and file transfers"],
    den="Integration and API management platform.",
)
P(
    "veeam",
    "it-infrastructure",
    "Veeam",
    ["Veeam Backup & Replication", "Veeam", "Veeam B&R 12"],
    en=["Backup and restore of servers", "Data protection for virtual machines"],
    den="Backup software.",
)
P(
    "valo",
    "intranet",
    "Valo Solutions",
    ["Valo Intranet", "Valo", "Valo intra"],
    fi=["Intranet", "Sisäinen viestintä ja ohjeet henkilöstölle", "Henkilöstön intra"],
    dfi="SharePoint-pohjainen intranet.",
)
P(
    "staffbase",
    "intranet",
    "Staffbase",
    ["Staffbase", "Staffbase Intranet", "Staffbase app"],
    en=["Employee intranet and app", "Internal news for frontline staff"],
    den="Employee communications app and intranet.",
)

# ---- administration ----
P(
    "tweb",
    "case-management;meeting-management",
    "Triplan",
    ["Tweb", "Triplan Tweb 4.2"],
    nfi=["Tweb asianhallinta"],
    nen=["Tweb (case mgmt)"],
    fi=[
        "Asianhallinta ja lautakunnan kokoukset",
        "Asioiden diaarointi ja päätösvalmistelu",
        "Esityslistat, pöytäkirjat ja asiakirjojen kirjaaminen",
        "asianhallinta-järjestelmä",
    ],
    en=[
        "Case management and board meetings",
        "Registry and decision-making",
        "Agendas, minutes and case files",
    ],
    dfi="Asianhallinta- ja kokousjärjestelmä.",
    den="Case and meeting management system.",
)
P(
    "casem",
    "case-management",
    "Cloudia",
    ["CaseM", "Cloudia CaseM", "Case M"],
    fi=[
        "Asian- ja asiakirjanhallinta",
        "Saapuvan postin kirjaus ja asioiden käsittely",
        "Diaari",
    ],
    en=["Case and records management", "Document registry"],
    dfi="Asianhallintajärjestelmä.",
    den="Case management system.",
)
P(
    "kirjaamo",
    "case-management",
    "oma kehitys",
    ["Kirjaamo", "KIRJAAMO-sovellus", "Kirjaamo (Notes)"],
    fi=[
        "Kirjaamon asiarekisteri",
        "Asiakirjojen rekisteröinti",
        "Vireille tulleiden asioiden seuranta",
    ],
    dfi="Vanha Notes-pohjainen asiarekisteri.",
)
P(
    "prime_kokous",
    "meeting-management",
    "Prime Solutions",
    ["Prime kokoushallinta", "PRIME", "Prime Meetings"],
    fi=[
        "Luottamushenkilöiden kokousmateriaalit tableteilla",
        "Lautakuntien esityslistat ja päätösten julkaisu",
        "Sähköinen kokous ja äänestys",
    ],
    dfi="Kokousten hallinta- ja julkaisujärjestelmä.",
)
P(
    "public360",
    "case-management",
    "Tietoevry",
    ["Public 360", "Public 360°", "P360"],
    sv=[
        "Diarieföring och ärendehantering",
        "Registrering av inkommande handlingar",
        "Ärende- och dokumenthantering",
    ],
    dsv="Ärende- och dokumenthanteringssystem.",
)
P(
    "ciceron",
    "case-management;meeting-management",
    "Ciceron",
    ["Ciceron", "Ciceron Assistent", "Ciceron Dokument- och ärendehantering"],
    sv=[
        "Ärendehantering och nämndadministration",
        "Kallelser och protokoll till nämnderna",
        "Diarium",
    ],
    dsv="Diarium och nämndadministration.",
)
P(
    "w3d3",
    "case-management",
    "Formpipe",
    ["W3D3", "Formpipe W3D3", "W3D3 Ärende"],
    sv=["Diarieföring", "Allmänna ärenden i socialnämnden", "Handläggning och diarium"],
    dsv="Diariesystem.",
)
P(
    "netpublicator",
    "meeting-management",
    "Netpublicator",
    ["Netpublicator", "NetPublicator", "Netpublicator Möten"],
    sv=["Digitala möteshandlingar för förtroendevalda", "Publicering av kallelser och protokoll"],
    dsv="Verktyg för digitala nämndhandlingar.",
)
P(
    "opentext",
    "case-management;document-management",
    "OpenText",
    ["OpenText Extended ECM", "OpenText ECM", "xECM"],
    en=[
        "Records and document management",
        "Case files and document storage",
        "Enterprise content management",
    ],
    den="ECM platform for records, documents and cases.",
)
P(
    "onnistuu",
    "e-signature",
    "Visma Solutions",
    ["Onnistuu.fi", "Onnistuu", "Visma Onnistuu"],
    fi=[
        "Sähköinen allekirjoitus",
        "Vuokrasopimusten allekirjoittaminen verkossa",
        "Työsopimusten sähköinen allekirjoitus",
    ],
    dfi="Sähköisen allekirjoituksen palvelu, vahva tunnistautuminen.",
)
P(
    "docusign",
    "e-signature",
    "DocuSign",
    ["DocuSign", "DocuSign eSignature", "Docusign"],
    fi=["Sopimusten allekirjoitus", "Allekirjoituspalvelu hankintasopimuksille"],
    en=["eSignature", "Signing contracts and HR letters"],
    dfi="Sähköinen allekirjoituspalvelu.",
    den="Electronic signature service.",
)
P(
    "adobesign",
    "e-signature",
    "Adobe",
    ["Adobe Acrobat Sign", "Adobe Sign", "Acrobat Sign"],
    en=["Digital signing of decisions", "E-signatures on agreements"],
    den="E-signature service.",
)
P(
    "scrive",
    "e-signature",
    "Scrive",
    ["Scrive", "Scrive eSign", "Scrive eSign Online"],
    sv=["E-underskrift av avtal", "Digital signering med BankID"],
    dsv="Tjänst för elektronisk underskrift.",
)
P(
    "comfact",
    "e-signature",
    "Comfact",
    ["Comfact Signature", "Comfact"],
    sv=["Elektronisk signering av protokoll", "Signering av avtal och beslut"],
    dsv="E-signeringstjänst.",
)
P(
    "drupal",
    "web-publishing",
    "Druid",
    ["Drupal", "Drupal CMS"],
    nfi=["Drupal 9 -sivusto"],
    nen=["Drupal 10 website"],
    fi=[
        "Viraston verkkosivut",
        "Julkaisujärjestelmä www-sivuille",
        "Kampanjasivujen sisällönhallinta",
    ],
    en=["Public website CMS", "Department web pages", "Campaign microsites"],
    dfi="Avoimen lähdekoodin julkaisujärjestelmä.",
    den="Open source web CMS.",
)
P(
    "sitevision",
    "web-publishing;intranet",
    "Sitevision",
    ["Sitevision", "SiteVision 2023", "Sitevision CMS"],
    sv=["Kommunens webbplats och intranät", "Publicering på webben", "Intranät"],
    dsv="Publiceringsplattform för webb och intranät.",
)
P(
    "surveypal",
    "survey-forms",
    "Surveypal",
    ["Surveypal", "SurveyPal Pro", "Surveypal-kyselyt"],
    fi=[
        "Kyselyt",
        "Asiakastyytyväisyyskyselyt ja lomakkeet",
        "Ilmoittautumislomakkeet ja palautekyselyt",
    ],
    dfi="Kysely- ja lomaketyökalu.",
)
P(
    "netigate",
    "survey-forms",
    "Netigate",
    ["Netigate", "Netigate Enkät"],
    sv=["Enkäter", "Medarbetarenkät och brukarundersökningar"],
    dsv="Enkätverktyg.",
)
P(
    "esmaker",
    "survey-forms",
    "Entergate",
    ["Esmaker", "esMaker NX"],
    sv=["Webbenkäter och formulär", "Elevenkäter"],
    dsv="Verktyg för enkäter.",
)
P(
    "qualtrics",
    "survey-forms",
    "Qualtrics",
    ["Qualtrics", "Qualtrics XM", "Qualtrics CoreXM"],
    en=["Resident surveys", "Surveys and questionnaires", "Employee pulse surveys"],
    den="Survey platform.",
)
P(
    "surveymonkey",
    "survey-forms",
    "Momentive",
    ["SurveyMonkey", "Survey Monkey"],
    en=["Quick polls and online forms", "Parent surveys"],
    den="Online survey tool.",
)
P(
    "mfiles",
    "document-management",
    "M-Files",
    ["M-Files", "M-files 2023", "MFiles"],
    fi=[
        "Dokumenttien hallinta ja versiointi",
        "Suunnitelma-asiakirjojen tallennus ja jakaminen",
        "Laatukäsikirjan dokumentit",
    ],
    dfi="Dokumenttienhallintajärjestelmä.",
)
P(
    "sarake",
    "archive",
    "Sarake",
    ["Sarake", "Sarake e-arkisto", "Sarake Arkisto"],
    fi=[
        "Sähköinen arkisto",
        "Asiakirjojen pitkäaikaissäilytys",
        "Arkistoluettelot ja tietopyyntöjen palvelu",
    ],
    dfi="Arkistonhallinta ja sähköinen päätearkisto.",
)
P(
    "sydarkivera",
    "archive",
    "Sydarkivera",
    ["e-arkiv Sydarkivera", "Sydarkivera e-arkiv", "E-arkivet"],
    sv=[
        "Långtidsbevarande av digitala handlingar",
        "Arkivering från verksamhetssystem",
        "E-arkiv",
    ],
    dsv="Gemensamt e-arkiv för medlemskommunerna.",
)
P(
    "palaute",
    "customer-feedback",
    "oma kehitys",
    ["Palautejärjestelmä", "Anna palautetta -palvelu", "Palaute 2.0"],
    fi=[
        "Asiakaspalaute",
        "Kuntalaisten palautteiden käsittely ja vastaaminen",
        "Palautteet, kysymykset ja kiitokset",
    ],
    dfi="Kaupungin yhteinen palautekanava.",
)
P(
    "synpunkt",
    "customer-feedback",
    "egen utveckling",
    ["Synpunkten", "Synpunktshantering", "Synpunkt & klagomål"],
    sv=["Synpunkter och klagomål", "Hantering av medborgarförslag och synpunkter"],
    dsv="Mottagning och uppföljning av synpunkter.",
)
P(
    "zendesk",
    "customer-feedback",
    "Zendesk",
    ["Zendesk", "Zendesk Support"],
    en=["Resident feedback and complaints", "Handling feedback from library customers"],
    den="Feedback and complaints handling.",
)
P(
    "openeplatform",
    "e-services",
    "Nordic Peak",
    ["Open ePlatform", "OEP", "Open e-Platform e-tjänster"],
    sv=[
        "E-tjänster för invånare",
        "Ansökningar och anmälningar via webben",
        "Självservice för medborgare",
    ],
    dsv="Plattform för e-tjänster.",
)
P(
    "salesforce",
    "crm",
    "Salesforce",
    ["Salesforce", "Salesforce Service Cloud", "SFDC"],
    fi=[
        "Asiakkuudenhallinta",
        "Yritysasiakkaiden ja kumppanien kontaktit",
        "Asiakaspalvelun CRM",
    ],
    en=["Customer relationship management", "Resident contact history and service requests"],
    dfi="CRM-alusta.",
    den="CRM platform.",
)
P(
    "artvise",
    "crm",
    "Artvise",
    ["Artvise", "Artvise Kundtjänst", "Artvise CRM"],
    sv=["Kundtjänstens ärenden och kundregister", "Kontaktcenter, kundkontakter"],
    dsv="CRM för kommunens kontaktcenter.",
)
P(
    "planview",
    "project-portfolio",
    "Planview",
    ["Planview", "Planview PPM Pro", "PlanView"],
    fi=[
        "Projektisalkku",
        "Kehittämisprojektien seuranta ja resurssit",
        "Digihankkeiden salkunhallinta",
    ],
    en=["Project portfolio", "Tracking development projects and their budgets"],
    dfi="Salkun- ja projektinhallinta.",
    den="Project portfolio management.",
)
P(
    "tarjouspalvelu",
    "procurement",
    "Cloudia",
    ["Tarjouspalvelu.fi", "Cloudia Tarjouspalvelu", "Tarjouspalvelu"],
    fi=["Kilpailutukset", "Hankintailmoitukset ja tarjousten vastaanotto", "Julkiset hankinnat"],
    dfi="Kilpailutusjärjestelmä.",
)
P(
    "tendsign",
    "procurement",
    "Visma",
    ["TendSign", "Visma TendSign"],
    sv=["Upphandling", "Annonsering av upphandlingar och anbud"],
    dsv="Upphandlingssystem.",
)
P(
    "proceedo",
    "procurement",
    "Visma",
    ["Proceedo", "Visma Proceedo", "Proceedo e-handel"],
    sv=["E-handel och beställningar", "Inköp från avtalsleverantörer"],
    dsv="E-handelssystem.",
)
P(
    "coupa",
    "procurement;invoice-processing",
    "Coupa",
    ["Coupa", "Coupa P2P", "Coupa Procurement"],
    en=[
        "Purchase requisitions and supplier invoices",
        "eProcurement and invoice approval",
        "Buying from framework suppliers",
    ],
    den="Purchase-to-pay suite.",
)
P(
    "sopimusnet",
    "contract-management",
    "Sopimusnetti",
    ["SopimusNet", "Sopimusnet 3", "Sopimusrekisteri SopimusNet"],
    fi=[
        "Sopimusten hallinta",
        "Sopimusrekisteri ja optioiden seuranta",
        "Vuokra- ja palvelusopimusten tallennus",
    ],
    dfi="Sopimusrekisteri.",
)
P(
    "kommers",
    "contract-management",
    "Kommers Annons",
    ["Kommers Avtalsdatabas", "Kommers", "Avtalsdatabasen Kommers"],
    sv=["Avtalsdatabas", "Avtalsuppföljning"],
    dsv="Databas över kommunens avtal.",
)
P(
    "avustus",
    "grants",
    "oma kehitys",
    ["Avustusasiointi", "Avustusjärjestelmä", "Avustukset (e-haku)"],
    fi=[
        "Avustusten haku ja myöntäminen",
        "Järjestöavustusten hakemukset",
        "Toiminta-avustukset nuorisojärjestöille",
    ],
    dfi="Avustusten sähköinen haku ja käsittely.",
)
P(
    "powerbi",
    "reporting-bi",
    "Microsoft",
    ["Power BI", "PowerBI Pro", "MS Power BI"],
    fi=["Raportointi", "Johdon raportit ja tunnusluvut", "Tiedolla johtamisen dashboardit"],
    en=["Dashboards and reporting", "Management KPIs", "Self-service BI"],
    dfi="Raportointi- ja analytiikkatyökalu.",
    den="BI and reporting tool.",
)
P(
    "qlik",
    "reporting-bi",
    "Qlik",
    ["Qlik Sense", "QlikView", "Qlik"],
    fi=["Talousraportointi", "Toiminnan ja talouden seuranta raporteilla"],
    sv=["Beslutsstöd", "Rapporter och analyser"],
    dfi="BI-työkalu.",
    dsv="BI-verktyg.",
)
P(
    "tableau",
    "reporting-bi",
    "Salesforce",
    ["Tableau", "Tableau Server"],
    en=["Data visualisation", "Analytics for service managers"],
    den="Analytics and visualisation.",
)
P(
    "hypergene",
    "budgeting;reporting-bi",
    "Hypergene",
    ["Hypergene", "Hypergene Budget"],
    sv=["Budget och prognos", "Verksamhetsuppföljning och budget", "Ekonomisk planering"],
    dsv="Verktyg för planering och uppföljning.",
)
P(
    "stratsys",
    "process-quality",
    "Stratsys",
    ["Stratsys", "Stratsys Kvalitet"],
    sv=["Kvalitetsarbete och internkontroll", "Riskanalyser och intern kontroll"],
    dsv="Styr- och kvalitetsverktyg.",
)
P(
    "pxweb",
    "statistics-research",
    "Tilastokeskus",
    ["PX-Web", "PX-Web alueittain", "PxWeb tilastotietokanta"],
    fi=["Tilastotietokanta", "Alueellisten tilastojen julkaisu", "Väestötilastot"],
    dfi="Tilastotietokanta verkossa.",
)
P(
    "mailchimp",
    "communications",
    "Intuit Mailchimp",
    ["Mailchimp", "MailChimp", "Mailchimp Standard"],
    fi=[
        "Uutiskirjeet",
        "Uutiskirjeiden lähetys asiakkaille",
        "Markkinointiviestintä sähköpostilla",
    ],
    dfi="Uutiskirjepalvelu.",
)
P(
    "granicus",
    "communications",
    "Granicus",
    ["Granicus govDelivery", "GovDelivery"],
    en=["Email newsletters to residents", "Public notices and subscriptions"],
    den="Digital communications platform.",
)
P(
    "edilex",
    "reference-information",
    "Alma Talent",
    ["Edilex", "Edilex Premium", "Alma Edilex"],
    fi=["Lakitietopalvelu", "Säädökset ja oikeuskäytäntö juristeille", "Lainsäädäntöhaku"],
    dfi="Juridinen tietopalvelu.",
)
P(
    "karnov",
    "reference-information",
    "Karnov Group",
    ["Karnov", "Karnov Online"],
    sv=["Lagar och rättsfall", "Juridisk informationstjänst"],
    dsv="Juridisk databas.",
)
P(
    "qpr",
    "process-quality",
    "QPR Software",
    ["QPR ProcessDesigner", "QPR", "QPR Suite"],
    fi=[
        "Prosessikuvaukset",
        "Laatujärjestelmän prosessit ja riskit",
        "Kokonaisarkkitehtuuri ja prosessien mallinnus",
    ],
    en=["Process modelling and quality", "Risk management and internal control"],
    dfi="Prosessien mallinnus ja laadunhallinta.",
    den="Process and quality management suite.",
)

# ---- finance ----
P(
    "palette",
    "invoice-processing",
    "Palette Software",
    ["Palette", "Palette Invoice"],
    nfi=["Palette ostolaskut"],
    nsv=["Palette Fakturahantering"],
    nen=["Palette AP automation"],
    fi=["Ostolaskujen käsittely", "Laskujen asiatarkastus ja hyväksyntä", "Ostolaskujen kierrätys"],
    sv=["Fakturahantering", "Skanning och attest av leverantörsfakturor"],
    en=["Invoice automation", "Scanning and approval of purchase invoices"],
    dfi="Ostolaskujen automaatio.",
    dsv="Leverantörsfakturahantering.",
    den="Accounts payable automation.",
)
P(
    "populus",
    "accounting;fixed-assets",
    "CGI",
    ["Populus", "CGI Populus", "Populus talous"],
    fi=[
        "Kirjanpito",
        "Pääkirjanpito ja käyttöomaisuus",
        "Taloushallinnon järjestelmä, tilinpäätös",
    ],
    dfi="Taloushallinnon ERP.",
)
P(
    "board",
    "budgeting;reporting-bi",
    "Board International",
    ["Board", "BOARD", "Board talousarvio"],
    fi=["Talousarvion laadinta", "Budjetointi ja ennusteet", "Taloussuunnittelu ja raportointi"],
    dfi="Suunnittelu- ja raportointialusta.",
)
P(
    "ropo",
    "billing",
    "Ropo Capital",
    ["Ropo", "Ropo Capital", "Ropo365"],
    fi=[
        "Laskutus ja perintä",
        "Asiakasmaksujen perintä",
        "Myyntilaskujen tulostus ja lähettäminen",
    ],
    dfi="Laskutus- ja perintäpalvelu.",
)
P(
    "nomentia",
    "payments",
    "Nomentia",
    ["Nomentia", "Nomentia Cash Management"],
    nfi=["Nomentia maksuliikenne"],
    nen=["Nomentia Payments"],
    fi=["Maksuliikenne", "Pankkiyhteydet ja maksuaineistot", "Kassanhallinta"],
    en=["Bank connectivity and payments", "Cash management"],
    dfi="Maksuliikenne- ja kassanhallintaohjelmisto.",
    den="Payments and cash management.",
)
P(
    "raindance",
    "accounting;invoice-processing",
    "CGI",
    ["Raindance", "CGI Raindance", "Raindance Ekonomi"],
    sv=[
        "Ekonomisystem",
        "Redovisning och leverantörsfakturor",
        "Bokföring och attest av fakturor",
    ],
    dsv="Kommunens ekonomisystem.",
)
P(
    "oracle_erp",
    "accounting;budgeting;fixed-assets",
    "Oracle",
    ["Oracle Fusion ERP", "Oracle ERP Cloud", "Oracle Financials"],
    en=[
        "General ledger, budgets and fixed assets",
        "Financial accounting and year-end close",
        "Budget control",
    ],
    den="Finance ERP.",
)
P(
    "enkora",
    "sports-services;point-of-sale",
    "Enkora",
    ["Enkora", "Enkora Ezy"],
    nfi=["Enkora kassajärjestelmä"],
    nen=["Enkora POS"],
    fi=[
        "Uimahallien kassat ja sarjakortit",
        "Liikuntapalveluiden myynti ja asiakaskortit",
        "Liikuntapaikkojen lipunmyynti ja kassat",
    ],
    en=["Swimming hall tickets and memberships", "Sports facility sales"],
    dfi="Liikuntapaikkojen myynti- ja asiakasjärjestelmä.",
    den="Leisure centre sales and membership system.",
)

# ---- HR ----
P(
    "mepco",
    "hr-management;payroll",
    "Mepco",
    ["Mepco", "Mepco HR", "Mepco palkat"],
    fi=[
        "Henkilöstöhallinto ja palkanlaskenta",
        "Palvelussuhdetiedot ja palkat",
        "HR- ja palkkajärjestelmä",
    ],
    dfi="HR- ja palkkajärjestelmä.",
)
P(
    "sarastia_palkka",
    "payroll",
    "Sarastia",
    ["Sarastia365"],
    nfi=["Sarastia365 Palkat", "Sarastia palkka", "S365 Palkka"],
    nen=["Sarastia365 Payroll", "S365 Payroll"],
    fi=["Palkanlaskenta", "Palkkojen maksaminen", "Luottamushenkilöiden palkkiot"],
    en=["Payroll for hourly staff", "Fee payments to elected officials"],
    dfi="Palkanlaskentapalvelu.",
    den="Payroll service.",
)
P(
    "heroma",
    "hr-management;payroll",
    "CGI",
    ["Heroma", "CGI Heroma", "Heroma Lön"],
    sv=["Personal- och lönesystem", "Lönehantering", "Anställningar och löner"],
    dsv="HR- och lönesystem.",
)
P(
    "personec",
    "hr-management;payroll",
    "Visma",
    ["Personec P", "Visma Personec", "Personec"],
    sv=["Lön", "Löneadministration och personalregister"],
    dsv="Löne- och personalsystem.",
)
P(
    "workday",
    "hr-management;recruitment",
    "Workday",
    ["Workday HCM", "Workday", "WD HCM"],
    en=[
        "Core HR and recruiting",
        "Employee records, positions and hiring",
        "Job requisitions and candidate pipeline",
    ],
    den="HCM suite (core HR and recruiting modules in use).",
)
P(
    "adp",
    "payroll",
    "ADP",
    ["ADP Payroll", "ADP GlobalView"],
    en=["Payroll", "Salary payments and payslips"],
    den="Payroll outsourcing platform.",
)
P(
    "nepton",
    "time-tracking",
    "Nepton",
    ["Nepton", "Nepton työajanseuranta", "Nepton Mobile"],
    fi=[
        "Työajanseuranta",
        "Tuntikirjaukset ja leimaukset mobiililla",
        "Työaikojen kirjaus työmailla",
    ],
    dfi="Mobiili työajanseuranta.",
)
P(
    "quinyx",
    "shift-planning;time-tracking",
    "Quinyx",
    ["Quinyx", "Quinyx WFM", "Quinyx työvuorot"],
    fi=[
        "Työvuorosuunnittelu ja työajan seuranta",
        "Vuorolistat ja leimaukset",
        "Henkilöstön vuorosuunnittelu",
    ],
    dfi="WFM-ratkaisu.",
)
P(
    "vuorovelho",
    "shift-planning",
    "Velho Software",
    ["Vuorovelho", "VuoroVelho 2"],
    fi=["Päiväkotien työvuorolistat", "Sijaisten hallinta ja työvuorot"],
    dfi="Työvuorosuunnittelu.",
)
P(
    "timecare",
    "shift-planning",
    "Visma",
    ["TimeCare Planering", "Time Care", "TimeCare Pool"],
    sv=["Schemaläggning", "Bemanning och vikarier", "Schema för vårdpersonal"],
    dsv="Schemaläggning och bemanning.",
)
P(
    "medvind",
    "shift-planning;time-tracking",
    "Medvind",
    ["Medvind", "Medvind WFM"],
    sv=["Schema och tidrapportering", "Arbetstid och schemaplanering"],
    dsv="Schema- och tidssystem.",
)
P(
    "ukg",
    "shift-planning;time-tracking",
    "UKG",
    ["UKG Dimensions", "Kronos", "UKG Workforce Central"],
    en=["Time clocks and rostering", "Shift scheduling for care staff", "Timesheets and absence"],
    den="Workforce management.",
)
P(
    "kuntarekry",
    "recruitment",
    "Sarastia",
    ["Kuntarekry", "KuntaRekry.fi", "Kuntarekry (Sarastia)"],
    fi=[
        "Rekrytointi",
        "Avoimien työpaikkojen ilmoittaminen ja hakemusten käsittely",
        "Kesätyö- ja sijaisrekrytoinnit",
    ],
    dfi="Kuntien yhteinen rekrytointijärjestelmä.",
)
P(
    "varbi",
    "recruitment",
    "Varbi",
    ["Varbi", "Varbi Rekrytering"],
    sv=["Rekrytering", "Annonsering av lediga tjänster"],
    dsv="Rekryteringssystem.",
)
P(
    "eilearn",
    "learning-management",
    "eilearn",
    ["Eilearn", "eilearn verkkokoulutus", "eLearn"],
    fi=[
        "Henkilöstön verkkokoulutukset",
        "Perehdytyskoulutukset",
        "Pakolliset tietoturvakoulutukset henkilöstölle",
    ],
    dfi="Verkkokoulutusalusta henkilöstölle.",
)
P(
    "learnifier",
    "learning-management",
    "Learnifier",
    ["Learnifier", "Learnifier LMS"],
    sv=["Webbutbildningar för medarbetare", "Introduktionsutbildning för nyanställda"],
    dsv="Lärplattform för personalutbildning.",
)
P(
    "cornerstone",
    "learning-management",
    "Cornerstone",
    ["Cornerstone OnDemand", "CSOD", "Cornerstone Learning"],
    en=[
        "Mandatory training for staff",
        "Learning management and compliance training",
        "Staff skills and courses",
    ],
    den="Staff learning platform.",
)
P(
    "matkaa",
    "travel-expenses",
    "Matkaa",
    ["Matkaa", "MATKAA-matkalaskut", "Matkaa 5.1"],
    fi=["Matkalaskut", "Matka- ja kululaskujen käsittely", "Kilometrikorvaukset"],
    dfi="Matka- ja kululaskujärjestelmä.",
)
P(
    "concur",
    "travel-expenses",
    "SAP",
    ["SAP Concur", "Concur Expense"],
    en=["Travel and expenses", "Mileage claims and travel bookings"],
    den="Travel and expense management.",
)
P(
    "granite",
    "occupational-health",
    "Granite",
    ["Granite Työturvallisuus", "Granite", "Granite HSE"],
    fi=[
        "Työturvallisuusilmoitukset",
        "Työtapaturmat ja vaaratilanteet",
        "Riskien arviointi työpaikoilla",
    ],
    dfi="Työturvallisuuden hallinta.",
)
P(
    "ia_afa",
    "occupational-health",
    "AFA Försäkring",
    ["IA-systemet", "IA", "IA (AFA)"],
    sv=[
        "Tillbud och arbetsskador",
        "Arbetsmiljörapportering",
        "Rapportering av risker och tillbud",
    ],
    dsv="System för arbetsmiljö och tillbudsrapportering.",
)

# ---- land use ----
P(
    "arcgis",
    "gis",
    "Esri",
    ["ArcGIS Pro", "Esri ArcGIS", "ArcGIS Online"],
    fi=["Paikkatiedon analysointi", "Karttojen tuottaminen", "Karttasovellukset asukkaille"],
    en=["GIS", "Web maps for residents", "Spatial analysis"],
    dfi="Paikkatieto-ohjelmisto.",
    den="GIS platform.",
)
P(
    "geosecma",
    "gis",
    "Sokigo",
    ["Geosecma", "Geosecma for ArcGIS", "GSA"],
    sv=["GIS", "Kartor och geodata", "Kartvisare för handläggare"],
    dsv="GIS-plattform.",
)
P(
    "louhi",
    "cadastre;gis",
    "Louhi Systems",
    ["Louhi", "Louhi kiinteistörekisteri", "LOUHI 8"],
    fi=[
        "Kiinteistörekisteri",
        "Kiinteistötoimitukset ja kantakartta",
        "Maanomistuksen ja tonttien rekisteri",
    ],
    dfi="Kiinteistö- ja karttatietojärjestelmä.",
)
P(
    "fir",
    "cadastre",
    "Sokigo",
    ["FIR", "Sokigo FIR", "FIR Fastighetsinformation"],
    sv=["Fastighetsinformation", "Fastighetsregister och ägaruppgifter"],
    dsv="Fastighetsinformationssystem.",
)
P(
    "tbc",
    "surveying",
    "Trimble",
    ["Trimble Business Center", "TBC", "Trimble TBC 5.7"],
    fi=["Maastomittausten laskenta", "Mittausaineistojen käsittely", "Kartoitusmittaukset"],
    sv=["Mätning", "Beräkning av mätdata"],
    dfi="Mittausdatan käsittely.",
    dsv="Programvara för mätdata.",
)
P(
    "kaavaeditori",
    "land-use-planning",
    "Kaavatieto",
    ["Kaavaeditori", "KaavaPro", "Kaavaeditori 2"],
    fi=["Asemakaavojen laadinta", "Kaavoitus ja kaavamerkinnät", "Maankäytön suunnittelu"],
    dfi="Kaavojen laadintaohjelmisto.",
)
P(
    "cloudpermit",
    "building-permits;e-services",
    "Cloudpermit",
    ["Cloudpermit"],
    nfi=["CloudPermit rakennusvalvonta"],
    nen=["Cloudpermit Building Control"],
    fi=[
        "Sähköinen lupa-asiointi",
        "Rakennuslupien haku ja käsittely verkossa",
        "Lupahakemukset ja katselmukset",
    ],
    en=["Online building permits", "Permit applications and inspections"],
    dfi="Rakennusvalvonnan sähköinen asiointi ja käsittely.",
    den="Building permit e-service and case handling.",
)
P(
    "lupapiste",
    "building-permits;e-services",
    "Evolta",
    ["Lupapiste", "Lupapiste.fi", "Lupapiste (Evolta)"],
    fi=[
        "Rakennuslupien sähköinen asiointi",
        "Lupa-asioiden asiointipalvelu hakijoille",
        "Rakentamisen lupahakemukset",
    ],
    dfi="Kansallinen lupa-asiointipalvelu.",
)
P(
    "byggr",
    "building-permits",
    "Sokigo",
    ["ByggR", "Byggr", "Sokigo ByggR"],
    sv=["Bygglov", "Handläggning av bygglov och anmälningar"],
    dsv="Verksamhetssystem för bygglov.",
)
P(
    "haahtela",
    "construction-design",
    "Haahtela",
    ["Haahtela", "HAAHTELA TaKu"],
    nfi=["Haahtela-hankelaskenta"],
    nen=["Haahtela cost planning"],
    fi=[
        "Kustannuslaskenta",
        "Rakennushankkeiden kustannusarviot",
        "Hankesuunnittelun tavoitehinnat",
    ],
    en=["Construction cost estimation", "Target prices for building projects"],
    dfi="Rakennushankkeiden kustannushallinta.",
    den="Construction cost planning.",
)
P(
    "bidcon",
    "construction-design",
    "Trimble",
    ["Bidcon", "Trimble Bidcon"],
    sv=["Kalkyl för byggprojekt", "Kostnadsberäkning"],
    dsv="Kalkylprogram.",
)
P(
    "bentley",
    "construction-design",
    "Bentley Systems",
    ["Bentley OpenRoads", "OpenRoads Designer"],
    en=["Road design", "Infrastructure design models"],
    den="Civil design software.",
)

# ---- urban environment ----
P(
    "katuvahti",
    "street-maintenance",
    "Katuvahti Oy",
    ["Katuvahti", "KatuVahti 3", "Katuvahti mobiili"],
    fi=[
        "Katujen kunnossapito",
        "Talvikunnossapidon toteumat",
        "Puistojen hoitotyöt ja vikailmoitukset",
    ],
    dfi="Kunnossapidon työnohjaus.",
)
P(
    "infracontrol",
    "street-maintenance",
    "Infracontrol",
    ["Infracontrol Online", "Infracontrol"],
    sv=[
        "Drift och underhåll av gator och parker",
        "Felanmälan gatubelysning och vinterväghållning",
    ],
    dsv="Drift- och underhållssystem.",
)
P(
    "cityworks",
    "street-maintenance",
    "Trimble",
    ["Cityworks", "Cityworks AMS"],
    en=[
        "Street and park maintenance work orders",
        "Public works asset maintenance",
        "Winter maintenance tracking",
    ],
    den="Public works asset management.",
)
P(
    "parkster",
    "parking",
    "Parkster",
    ["Parkster", "Parkster Kommun"],
    sv=["Mobil parkeringsbetalning", "Parkering"],
    dsv="Parkeringsapp.",
)
P(
    "envista",
    "environmental-monitoring",
    "Envitech",
    ["Envista ARM", "Envista", "Envista Air"],
    fi=[
        "Ilmanlaadun seuranta",
        "Ilmanlaadun mittausasemien tiedot",
        "Melun ja ilmanlaadun seuranta",
    ],
    en=["Air quality monitoring", "Monitoring stations data"],
    dfi="Mittausdatan keruu ja raportointi.",
    den="Environmental data acquisition.",
)
P(
    "yhti",
    "environmental-health",
    "Ruokavirasto",
    ["YHTI", "Yhti (KUTI)", "YHTI-järjestelmä"],
    fi=[
        "Ympäristöterveydenhuolto",
        "Elintarvikevalvonnan tarkastukset",
        "Valvontakohteiden rekisteri ja valvontasuunnitelma",
    ],
    dfi="Valvonnan tietojärjestelmä.",
)
P(
    "edp",
    "environmental-health",
    "EDP Consult",
    ["EDP Vision", "EDP", "Vision Miljö"],
    sv=[
        "Miljö- och hälsoskydd, livsmedelskontroll",
        "Tillsyn och inspektioner",
        "Livsmedelstillsyn",
    ],
    dsv="Tillsynssystem.",
)
P(
    "inspectorpro",
    "environmental-health",
    "InspectorPro",
    ["InspectorPro", "Inspector Pro EH"],
    en=["Food safety inspections", "Environmental health inspections and sampling"],
    den="Inspection management.",
)
P(
    "vabank",
    "water-utility",
    "Sokigo",
    ["VA-Bank", "VAbank"],
    sv=["Ledningsnät för vatten och avlopp", "VA-ledningar"],
    dsv="Ledningsdatabas för VA.",
)
P(
    "asuntohaku",
    "housing",
    "oma kehitys",
    ["Asuntohaku", "ASHA asuntohakemukset", "Asuntohakemusrekisteri"],
    fi=[
        "Vuokra-asuntojen haku ja asukasvalinta",
        "Asuntohakemusten käsittely",
        "Asumisoikeusasuntojen jonot",
    ],
    dfi="Asuntohakemusten käsittely.",
)
P(
    "pronto",
    "rescue-services",
    "Pelastusopisto",
    ["PRONTO", "Pronto", "Pronto-resurssijärjestelmä"],
    fi=[
        "Onnettomuusselosteet ja pelastustoimen tilastot",
        "Pelastustoimen resurssit",
        "Valvontatoiminta (palotarkastukset)",
    ],
    dfi="Pelastustoimen resurssi- ja onnettomuustilastojärjestelmä.",
)
P(
    "daedalos",
    "rescue-services",
    "Daedalos",
    ["Daedalos", "Daedalos RTJ"],
    sv=["Insatsrapporter och tillsyn", "Räddningstjänstens verksamhetssystem"],
    dsv="Verksamhetssystem för räddningstjänst.",
)
P(
    "eso",
    "rescue-services",
    "ESO",
    ["ESO Fire Incidents", "ESO"],
    en=["Incident reporting", "Fire inspections and incident records"],
    den="Fire service records.",
)

# ---- facilities ----
P(
    "timmi",
    "facility-booking",
    "Tietomitta",
    ["Timmi", "TIMMI 5"],
    nfi=["Timmi tilavaraus"],
    nen=["Timmi Booking"],
    fi=[
        "Tilavaraukset",
        "Liikuntatilojen vuorojen jako ja laskutus",
        "Koulujen iltakäytön varaukset",
    ],
    en=["Booking of sports halls and school premises", "Venue bookings for associations"],
    dfi="Tilanvarausjärjestelmä.",
    den="Facility booking system.",
)
P(
    "varaamo",
    "facility-booking",
    "oma kehitys",
    ["Varaamo", "varaamo.hel.fi", "Respa/Varaamo"],
    fi=[
        "Tilojen ja laitteiden varaaminen verkossa",
        "Kirjaston työpisteiden ja studioiden varaus",
        "Nuorisotilojen varaukset",
    ],
    dfi="Avoimen lähdekoodin varauspalvelu.",
)
P(
    "slotti",
    "facility-booking",
    "Slotti",
    ["Slotti", "Slotti kokoustilat"],
    fi=["Kokoushuoneiden varaus", "Neuvotteluhuoneet ja yhteiskäyttöautot"],
    dfi="Resurssivaraus.",
)
P(
    "interbook",
    "facility-booking;grants",
    "Interbook",
    ["Interbook Go", "Interbook", "IBGO"],
    sv=[
        "Lokalbokning och föreningsbidrag",
        "Bokning av idrottshallar",
        "Föreningsregister och bidrag",
    ],
    dsv="Boknings- och bidragssystem.",
)
P(
    "rbok",
    "facility-booking",
    "Rbok",
    ["Rbok", "RBOK lokalbokning"],
    sv=["Bokning av skollokaler", "Lokal- och resursbokning"],
    dsv="Bokningssystem.",
)
P(
    "skedda",
    "facility-booking",
    "Skedda",
    ["Skedda", "Skedda booking"],
    sv=["Bokning av mötesrum", "Bokningsbara rum och skrivbord i stadshuset"],
    en=["Meeting room booking", "Desk booking"],
    dsv="Rumsbokning.",
    den="Room and desk booking.",
)
P(
    "condeco",
    "facility-booking",
    "Eptura",
    ["Condeco", "Condeco Room Booking"],
    en=["Room booking", "Meeting space reservations"],
    den="Workspace booking.",
)
P(
    "granlund",
    "facility-management;energy-management",
    "Granlund",
    ["Granlund Manager", "GM", "Granlund Manager (kiinteistönpito)"],
    fi=[
        "Kiinteistönpidon huoltokirja ja vikailmoitukset",
        "Tilahallinta ja energiankulutuksen seuranta",
        "Kiinteistöjen ylläpito",
    ],
    dfi="Kiinteistönpidon ja energianhallinnan järjestelmä.",
)
P(
    "incit",
    "facility-management",
    "Incit",
    ["Incit Xpand", "Xpand"],
    sv=["Fastighetsförvaltning", "Felanmälan och underhållsplaner"],
    dsv="Fastighetssystem.",
)
P(
    "planon",
    "facility-management",
    "Planon",
    ["Planon", "Planon Universe"],
    en=["Facility management", "Maintenance work orders", "Space and lease management"],
    den="IWMS.",
)
P(
    "metry",
    "energy-management",
    "Metry",
    ["Metry", "Metry Energiportal"],
    sv=["Energiuppföljning", "Mätvärden för el och värme"],
    dsv="Energiportal.",
)
P(
    "ecostruxure",
    "energy-management",
    "Schneider Electric",
    ["EcoStruxure Building Operation", "EBO"],
    en=["Building automation", "HVAC control and energy use"],
    den="Building management system.",
)
P(
    "iloq",
    "access-control",
    "iLOQ",
    ["iLOQ", "iLOQ Manager", "ILOQ S10"],
    fi=["Avainhallinta", "Kulkuoikeuksien hallinta", "Sähköiset lukot ja avaimet"],
    dfi="Sähkömekaaninen lukitus.",
)
P(
    "genetec",
    "access-control",
    "Genetec",
    ["Genetec Security Center", "Genetec"],
    fi=["Kameravalvonta", "Kulunvalvonta ja tallentava kameravalvonta"],
    en=["Access control and video surveillance", "CCTV"],
    dfi="Turvallisuusjärjestelmä.",
    den="Security platform.",
)
P(
    "assa",
    "access-control",
    "Assa Abloy",
    ["ASSA ARX", "ARX passersystem"],
    sv=["Passersystem", "Passerkort och behörigheter till lokaler"],
    dsv="Passersystem.",
)
P(
    "geotab",
    "fleet",
    "Geotab",
    ["Geotab", "Geotab GO"],
    en=["Vehicle tracking", "Fleet telematics and driver logs"],
    den="Fleet telematics.",
)
P(
    "ruokanet",
    "catering",
    "Ruokanet",
    ["Ruokanet", "RuokaNet 4", "Ruokanet tuotannonohjaus"],
    fi=[
        "Ruokapalvelut",
        "Ruokalistat ja erityisruokavaliot",
        "Keittiöiden tuotannonohjaus ja tilaukset",
    ],
    dfi="Ruokapalvelujen tuotannonohjaus.",
)
P(
    "mashie",
    "catering",
    "Mashie",
    ["Mashie", "Mashie FoodTech", "MashieKost"],
    sv=["Kostdata och matsedlar", "Beställning av specialkost", "Måltidsplanering"],
    en=["Menu planning", "School meal production and special diets"],
    dsv="Kostdatasystem.",
    den="Food service management.",
)

# ---- education ----
P(
    "helmi",
    "pupil-administration",
    "Helmi Systems",
    ["Helmi", "Helmi Oppilashallinto", "HELMI"],
    fi=[
        "Oppilashallinto",
        "Poissaolot, arvioinnit ja huoltajaviestintä",
        "Oppilastietojen hallinta",
    ],
    dfi="Oppilashallinto-ohjelmisto.",
)
P(
    "inschool",
    "pupil-administration",
    "Visma",
    ["Visma InSchool", "InSchool", "VIS"],
    en=["Student information system", "Attendance, grades and timetables"],
    den="Student administration.",
)
P(
    "extens",
    "pupil-administration;early-childhood",
    "IST",
    ["IST Extens", "Extens", "Extens Elevadmin"],
    sv=["Elevregister och betyg", "Placering i förskola och fritidshem", "Skoladministration"],
    dsv="Skoladministrativt system.",
)
P(
    "schoolsoft",
    "pupil-administration;learning-platform",
    "SchoolSoft",
    ["SchoolSoft", "Schoolsoft"],
    sv=["Frånvaro, omdömen och planeringar", "Lärplattform och elevdokumentation"],
    dsv="Skolplattform.",
)
P(
    "pedanet",
    "learning-platform",
    "Peda.net",
    ["Peda.net", "Pedanet", "peda.net -oppimisympäristö"],
    fi=["Oppimisympäristö", "Koulujen oppimateriaalit ja tehtävät", "Verkko-opetus"],
    dfi="Oppimisympäristö.",
)
P(
    "itslearning",
    "learning-platform",
    "itslearning",
    ["itslearning", "Itslearning", "ITSL"],
    fi=["Oppimisalusta lukioille", "Verkkokurssit ja tehtävien palautus"],
    en=["Learning platform", "Assignments and digital learning materials"],
    dfi="Oppimisalusta.",
    den="Learning platform.",
)
P(
    "unikum",
    "learning-platform",
    "Unikum",
    ["Unikum", "Unikum Förskola/Skola"],
    sv=["Lärplattform", "Pedagogisk dokumentation"],
    dsv="Lärplattform.",
)
P(
    "skolon",
    "learning-platform",
    "Skolon",
    ["Skolon", "Skolon läromedelsportal"],
    sv=["Digitala läromedel", "Samlad inloggning till läromedel"],
    dsv="Plattform för digitala läromedel.",
)
P(
    "gclassroom",
    "learning-platform",
    "Google",
    ["Google Classroom", "Classroom (Google Workspace for Education)"],
    en=["Classroom assignments", "Digital learning environment"],
    den="Classroom app.",
)
P(
    "daisy",
    "early-childhood",
    "Daisyfamily",
    ["Daisyfamily", "DaisyNet", "Daisy"],
    fi=[
        "Varhaiskasvatus",
        "Päiväkotien läsnäolot ja hoitoaikavaraukset",
        "Lapsen vasu ja viestintä huoltajille",
    ],
    en=["Daycare attendance and parent communication", "Early childhood education"],
    dfi="Varhaiskasvatuksen toiminnanohjaus.",
    den="Early childhood education app.",
)
P(
    "evaka",
    "early-childhood",
    "Espoon kaupunki (avoin lähdekoodi)",
    ["eVaka", "Evaka"],
    nfi=["eVaka varhaiskasvatus"],
    nen=["eVaka ECEC"],
    fi=[
        "Varhaiskasvatushakemukset ja sijoittelu",
        "Päivähoitopaikan haku ja päätökset",
        "vaka-asiakkuudet",
    ],
    en=["Daycare applications and placements", "Early childhood service decisions"],
    dfi="Varhaiskasvatuksen asiakastietojärjestelmä.",
    den="Early childhood education client system.",
)
P(
    "tempus",
    "early-childhood",
    "Tempus",
    ["Tempus", "Tempus Förskola"],
    sv=["Närvaro och schema i förskolan", "Barnens vistelsetider"],
    dsv="Närvarosystem för förskola.",
)
P(
    "eepos",
    "course-management",
    "Eepos",
    ["Eepos"],
    nfi=["Eepos kurssihallinta"],
    nen=["Eepos Course Admin"],
    fi=[
        "Kurssihallinta",
        "Kurssi-ilmoittautumiset ja kurssimaksut",
        "Liikuntakurssien ilmoittautuminen",
    ],
    en=["Course registration", "Adult education courses and fees"],
    dfi="Kurssien hallinta ja ilmoittautuminen.",
    den="Course administration.",
)
P(
    "alvis",
    "course-management",
    "Alvis",
    ["Alvis", "Alvis Vux"],
    sv=["Vuxenutbildningens kursadministration", "Kursanmälningar för Komvux"],
    dsv="Kursadministration.",
)
P(
    "kyytiplus",
    "school-transport",
    "Kyyti Plus",
    ["KyytiPlus", "Kyyti+", "Koulukyyti"],
    fi=["Koulukuljetukset", "Oppilaskuljetusten tilaaminen ja reitit"],
    dfi="Koulukuljetusten suunnittelu.",
)
P(
    "skjutsplan",
    "school-transport",
    "Skjuts AB",
    ["SkjutsPlan", "Skjutsplan skolskjuts"],
    sv=["Skolskjuts", "Planering av skolskjutsturer"],
    dsv="Skolskjutsplanering.",
)
P(
    "edulog",
    "school-transport",
    "Edulog",
    ["Edulog", "Edulog Routing"],
    en=["School bus routing", "Pupil transport planning"],
    den="School transport routing.",
)

# ---- health and social care ----
P(
    "apotti",
    "patient-records;social-care-records;medication",
    "Epic",
    ["Apotti", "Epic (Apotti)"],
    nfi=["APOTTI asiakas- ja potilastieto"],
    nen=["Apotti / Epic EHR"],
    fi=[
        "Potilastiedot ja sosiaalihuollon asiakastiedot",
        "Lääkehoidon kirjaus ja potilaskertomus",
        "Asiakas- ja potilastietojärjestelmä",
        "Sote-kirjaaminen",
    ],
    en=[
        "Electronic health and social care records",
        "Medication and patient records",
        "EHR",
    ],
    dfi="Sosiaali- ja terveydenhuollon asiakas- ja potilastietojärjestelmä.",
    den="Integrated health and social care record system.",
)
P(
    "opus",
    "dental-care",
    "Opus Dental",
    ["Opus Dental", "Opus"],
    nfi=["OPUS hammashoito"],
    nen=["OPUS dental"],
    fi=["Suun terveydenhuolto", "Hammashoidon potilaskortit ja hoitotoimenpiteet"],
    en=["Dental clinics", "Oral health records and treatment plans"],
    dfi="Hammashoidon järjestelmä.",
    den="Dental practice system.",
)
P(
    "qmatic",
    "appointment-booking",
    "Qmatic",
    ["Qmatic", "Qmatic Orchestra"],
    nfi=["Q-Matic jonotus"],
    nen=["Q-Matic queueing"],
    fi=[
        "Jonotus ja vuoronumerot",
        "Ajanvaraus ja jononhallinta",
        "Asiakaspalvelupisteiden jonotusjärjestelmä",
    ],
    en=["Queue management", "Appointment booking for service points"],
    dfi="Jonotus- ja ajanvarausjärjestelmä.",
    den="Queue and appointment system.",
)
P(
    "sectra",
    "medical-imaging",
    "Sectra",
    ["Sectra PACS", "Sectra IDS7"],
    fi=["Kuvantaminen", "Röntgenkuvien arkisto ja lausunnot"],
    en=["PACS", "Radiology image archive"],
    dfi="Kuvantamisen PACS.",
    den="Imaging archive.",
)
P(
    "nursebuddy",
    "home-care",
    "Nursebuddy",
    ["Nursebuddy", "NurseBuddy"],
    nfi=["Nursebuddy mobiili"],
    nen=["Nursebuddy Mobile"],
    fi=[
        "Kotihoidon mobiilikirjaus",
        "Kotihoidon käyntien suunnittelu",
        "Toteutuneiden käyntien kirjaus",
    ],
    en=["Home care visit scheduling", "Mobile documentation for home care"],
    dfi="Kotihoidon toiminnanohjaus.",
    den="Home care management.",
)
P(
    "treserva",
    "social-care-records;home-care;child-welfare",
    "CGI",
    ["Treserva", "CGI Treserva", "Treserva IFO/ÄO"],
    sv=[
        "Verksamhetssystem för socialtjänsten",
        "Dokumentation inom äldreomsorg och hemtjänst",
        "Barnavårdsutredningar och placeringar",
    ],
    dsv="Verksamhetssystem för vård och omsorg.",
)
P(
    "procapita",
    "social-care-records;income-support",
    "Tietoevry",
    ["Procapita", "Procapita VoO", "Procapita IFO"],
    sv=[
        "Handläggning av ekonomiskt bistånd",
        "Socialtjänstens journaler",
        "Försörjningsstöd och utredningar",
    ],
    dsv="Verksamhetssystem för individ- och familjeomsorg.",
)
P(
    "phoniro",
    "home-care",
    "Phoniro",
    ["Phoniro Care", "Phoniro"],
    sv=["Digitala lås och besöksregistrering i hemtjänsten", "Planering av hemtjänstbesök"],
    dsv="Digital nyckelhantering och planering i hemtjänsten.",
)
P(
    "pmo",
    "patient-records",
    "CompuGroup Medical",
    ["PMO", "PMO Elevhälsa"],
    sv=["Journalsystem för elevhälsan", "Skolsköterskornas journaler"],
    dsv="Journalsystem.",
)
P(
    "pascal",
    "medication",
    "eHälsomyndigheten",
    ["Pascal", "Pascal dosordination"],
    sv=["Läkemedelsordination för dosdispenserade", "Läkemedel"],
    dsv="Ordinationsverktyg.",
)
P(
    "abilita",
    "social-care-records;child-welfare;income-support",
    "Abilita",
    ["Abilita Sosiaalihuolto", "Abilita"],
    en=["Social work client records", "Child welfare and social assistance case files"],
    den="Social care client information system.",
)
P(
    "ura",
    "business-services",
    "KEHA-keskus",
    ["URA"],
    nfi=["URA-asiakastietojärjestelmä"],
    nen=["URA client system"],
    fi=["Työllisyyspalveluiden asiakkuudet", "Työnhakijoiden palvelut ja ohjaus"],
    en=["Employment services client records", "Jobseeker services"],
    dfi="TE-palvelujen asiakastietojärjestelmä.",
    den="Employment services client system.",
)
P(
    "ami",
    "business-services",
    "egen utveckling",
    ["AMI-systemet", "Vägledning AMI"],
    sv=["Arbetsmarknadsinsatser", "Arbetsmarknadsenhetens deltagare och insatser"],
    dsv="System för arbetsmarknadsenheten.",
)

# ---- culture and leisure ----
P(
    "sierra",
    "library",
    "Clarivate",
    ["Sierra", "Sierra ILS", "Helmet Sierra"],
    fi=[
        "Kirjastojärjestelmä",
        "Lainaus, varaukset ja luettelointi",
        "Kirjaston aineistohankinta ja asiakasrekisteri",
    ],
    en=["Integrated library system", "Circulation, holds and cataloguing"],
    dfi="Kirjastojärjestelmä.",
    den="Library system.",
)
P(
    "quria",
    "library",
    "Axiell",
    ["Quria", "Axiell Quria", "Quria bibliotekssystem"],
    sv=["Biblioteksdatasystem", "Utlån och katalog", "Skolbibliotekens utlån"],
    dsv="Bibliotekssystem.",
)
P(
    "axiell",
    "museum-collections",
    "Axiell",
    ["Axiell Collections", "Axiell", "Collections (Axiell)"],
    fi=[
        "Museon kokoelmahallinta",
        "Kokoelmien luettelointi ja digitointi",
        "Esineiden ja valokuvien luettelo",
    ],
    en=["Collections management", "Cataloguing of objects and photographs"],
    dfi="Kokoelmanhallinta.",
    den="Collections management system.",
)
P(
    "sofie",
    "museum-collections",
    "KulturIT",
    ["Sofie", "Sofie 8"],
    sv=["Museets samlingar", "Registrering av föremål och foton"],
    dsv="Samlingsdatabas.",
)
P(
    "linkedevents",
    "event-ticketing",
    "oma kehitys",
    ["LinkedEvents", "Linked Events -rajapinta", "Tapahtumarajapinta"],
    fi=[
        "Tapahtumakalenteri",
        "Tapahtumien julkaisu verkkosivuille",
        "Tapahtumatietojen hallinta",
    ],
    dfi="Tapahtumatietokanta ja rajapinta.",
)
P(
    "tickster",
    "event-ticketing",
    "Tickster",
    ["Tickster", "Tickster biljetter"],
    sv=["Biljettförsäljning", "Evenemang och biljetter till kulturhuset"],
    dsv="Biljettsystem.",
)
P(
    "eventbrite",
    "event-ticketing",
    "Eventbrite",
    ["Eventbrite", "Eventbrite Pro"],
    en=["Event registration and tickets", "Ticketing for workshops"],
    den="Event ticketing.",
)
P(
    "nuorinet",
    "youth-services",
    "oma kehitys",
    ["NuoriNet"],
    nfi=["Nuorinet kävijärekisteri"],
    nen=["NuoriNet youth register"],
    fi=[
        "Nuorisotalojen kävijät ja toiminta",
        "Nuorisotyön tilastointi",
        "Nuorten ryhmätoiminta",
    ],
    en=["Youth centre visitor records", "Youth work activities"],
    dfi="Nuorisotyön toiminnan kirjaus.",
    den="Youth work records.",
)
P(
    "ugregister",
    "youth-services",
    "egen utveckling",
    ["Ungdomsgårdsregistret", "UG-registret"],
    sv=["Besöksstatistik på fritidsgårdar", "Fritidsgårdarnas verksamhet"],
    dsv="Register för fritidsgårdar.",
)

# --------------------------------------------------------------------------------------------
# Inventories
# --------------------------------------------------------------------------------------------

# Inventory A: Helsinki 2017 agencies. Written name -> 2017 sector. Alternative spellings are
# the abbreviations of the built-in helsinki2017 org map.
A_SECTOR = {
    "Opetusvirasto": "Kasvatuksen ja koulutuksen toimiala",
    "Varhaiskasvatusvirasto": "Kasvatuksen ja koulutuksen toimiala",
    "Kaupunkisuunnitteluvirasto": "Kaupunkiympäristön toimiala",
    "Rakennusvirasto": "Kaupunkiympäristön toimiala",
    "Kiinteistövirasto": "Kaupunkiympäristön toimiala",
    "Pelastuslaitos": "Kaupunkiympäristön toimiala",
    "Ympäristökeskus": "Kaupunkiympäristön toimiala",
    "Kaupunginkirjasto": "Kulttuurin ja vapaa-ajan toimiala",
    "Liikuntavirasto": "Kulttuurin ja vapaa-ajan toimiala",
    "Nuorisoasiainkeskus": "Kulttuurin ja vapaa-ajan toimiala",
    "Kulttuurikeskus": "Kulttuurin ja vapaa-ajan toimiala",
    "Helsingin kaupunginmuseo": "Kulttuurin ja vapaa-ajan toimiala",
    "Sosiaali- ja terveysvirasto": "Sosiaali- ja terveystoimiala",
    "Kaupunginkanslia": "Keskushallinto",
    "Taloushallintopalvelu-liikelaitos": "Keskushallinto",
}
A_ALIASES = {
    "Opetusvirasto": ["Opev", "OPEV"],
    "Varhaiskasvatusvirasto": ["Vaka", "VAKA"],
    "Kaupunkisuunnitteluvirasto": ["KSV", "Ksv"],
    "Rakennusvirasto": ["HKR"],
    "Kiinteistövirasto": ["KV", "Kv"],
    "Pelastuslaitos": ["Pel"],
    "Ympäristökeskus": ["Ymk", "YMK"],
    "Kaupunginkirjasto": ["Kir", "Helsingin kaupunginkirjasto"],
    "Liikuntavirasto": ["Liv", "LIV"],
    "Nuorisoasiainkeskus": ["Nk", "NK"],
    "Kulttuurikeskus": ["Kulke"],
    "Helsingin kaupunginmuseo": ["Kaupunginmuseo", "HKM"],
    "Sosiaali- ja terveysvirasto": ["Sote", "SOTE", "Sosv"],
    "Kaupunginkanslia": ["Kanslia"],
    "Taloushallintopalvelu-liikelaitos": ["Talpa", "Taloushallintopalvelu"],
}
OPE, VAKA = "Opetusvirasto", "Varhaiskasvatusvirasto"
KSV, HKR, KV = "Kaupunkisuunnitteluvirasto", "Rakennusvirasto", "Kiinteistövirasto"
PEL, YMK = "Pelastuslaitos", "Ympäristökeskus"
KIR, LIV, NK = "Kaupunginkirjasto", "Liikuntavirasto", "Nuorisoasiainkeskus"
KULKE, HKM = "Kulttuurikeskus", "Helsingin kaupunginmuseo"
SOTE, KANS, TALPA = (
    "Sosiaali- ja terveysvirasto",
    "Kaupunginkanslia",
    "Taloushallintopalvelu-liikelaitos",
)

A_PRODUCTS = {
    "m365": [KANS, TALPA, OPE, VAKA, SOTE, HKR, KSV, KIR, LIV, NK, KULKE, PEL],
    "zoom": [KANS, OPE, KULKE, NK, YMK, SOTE, HKM],
    "entra": [KANS, TALPA, OPE, SOTE, PEL, VAKA],
    "jira_sm": [KANS, OPE, KIR, KSV, YMK, KULKE, HKM],
    "freshservice": [SOTE, HKR, LIV, PEL, KV],
    "intune": [KANS, OPE, VAKA, SOTE, PEL, HKR],
    "papercut": [KIR, OPE, KANS, SOTE, NK, KSV],
    "elisa_ring": [KANS, KV, LIV, YMK, HKR, KULKE, NK],
    "frends": [KANS, TALPA, SOTE, KV, OPE, HKR],
    "valo": [KANS, SOTE, OPE, HKR, VAKA],
    "tweb": [KV, HKR, YMK, KSV, PEL, LIV],
    "casem": [SOTE, OPE, VAKA, KULKE, NK],
    "kirjaamo": [KANS, TALPA, HKM, KIR, PEL, NK],
    "prime_kokous": [KANS, OPE, SOTE, KULKE, LIV],
    "onnistuu": [KV, TALPA, LIV, VAKA, KANS],
    "drupal": [KANS, KIR, LIV, NK, KULKE, HKM],
    "surveypal": [LIV, NK, KULKE, SOTE, OPE, YMK, VAKA],
    "mfiles": [HKR, KSV, PEL, YMK, KV],
    "sarake": [KANS, HKM, SOTE, OPE],
    "palaute": [HKR, LIV, KIR, KSV, NK, SOTE],
    "salesforce": [KANS, KULKE, LIV, NK, HKM],
    "planview": [KANS, SOTE, OPE, HKR, KSV, KV],
    "tarjouspalvelu": [KANS, HKR, SOTE, OPE, PEL, KV],
    "sopimusnet": [KV, KANS, HKR, SOTE, TALPA],
    "avustus": [KULKE, LIV, NK, SOTE, KANS],
    "powerbi": [KANS, SOTE, OPE, VAKA, HKR, TALPA, KSV],
    "pxweb": [KANS, KSV, SOTE, NK, OPE],
    "mailchimp": [KULKE, LIV, NK, HKM, KIR, YMK],
    "edilex": [KANS, SOTE, KV, YMK, KSV],
    "qpr": [KANS, SOTE, PEL, TALPA, HKR],
    "palette": [TALPA, SOTE, OPE, HKR, KULKE, LIV],
    "populus": [TALPA, KANS, KV, OPE, SOTE],
    "board": [KANS, TALPA, SOTE, OPE, HKR],
    "ropo": [TALPA, SOTE, VAKA, LIV],
    "nomentia": [TALPA, KANS, SOTE],
    "enkora": [LIV, NK, KULKE],
    "mepco": [TALPA, KANS, SOTE, OPE, HKR, VAKA],
    "sarastia_palkka": [TALPA, PEL, LIV, KANS],
    "nepton": [HKR, PEL, LIV, YMK, KV],
    "quinyx": [SOTE, LIV, KIR, PEL, KULKE, HKM],
    "vuorovelho": [VAKA, SOTE],
    "kuntarekry": [KANS, SOTE, OPE, VAKA, HKR, LIV, KIR],
    "eilearn": [KANS, SOTE, PEL, OPE, VAKA],
    "matkaa": [TALPA, KANS, SOTE, HKR, KSV],
    "granite": [HKR, PEL, SOTE, LIV, OPE, KV],
    "arcgis": [KSV, KV, YMK, HKR, PEL],
    "louhi": [KV, KSV, HKR, YMK],
    "tbc": [KV, HKR, KSV],
    "kaavaeditori": [KSV, KV],
    "cloudpermit": [KSV, KV, PEL],
    "lupapiste": [KSV, YMK, PEL, KV],
    "haahtela": [HKR, KV, OPE],
    "katuvahti": [HKR, LIV, KV, YMK],
    "envista": [YMK, KSV],
    "yhti": [YMK],
    "asuntohaku": [KV, SOTE],
    "pronto": [PEL],
    "timmi": [LIV, OPE, NK, KULKE, KIR],
    "varaamo": [KIR, NK, KULKE, LIV],
    "slotti": [KANS, SOTE, TALPA, KSV],
    "granlund": [KV, OPE, HKR, SOTE, LIV],
    "iloq": [KV, OPE, VAKA, NK, LIV],
    "genetec": [HKM, KULKE, KIR, OPE, NK],
    "ruokanet": [OPE, VAKA, SOTE],
    "helmi": [OPE, VAKA],
    "pedanet": [OPE, VAKA, NK],
    "daisy": [VAKA, OPE],
    "evaka": [VAKA, OPE],
    "eepos": [LIV, NK, KULKE, OPE],
    "kyytiplus": [OPE, VAKA],
    "apotti": [SOTE, PEL],
    "opus": [SOTE],
    "qmatic": [SOTE, KV, KIR],
    "nursebuddy": [SOTE],
    "ura": [KANS, SOTE],
    "sierra": [KIR, OPE],
    "axiell": [HKM, KULKE],
    "linkedevents": [KULKE, KIR, NK, LIV, HKM],
    "nuorinet": [NK],
}

# Inventory B: Swedish-speaking municipality.
BUF = "Barn- och utbildningsförvaltningen"
GVF = "Gymnasie- och vuxenutbildningsförvaltningen"
SOC = "Socialförvaltningen"
VOF = "Vård- och omsorgsförvaltningen"
TEK = "Tekniska förvaltningen"
MBF = "Miljö- och byggförvaltningen"
SBF = "Samhällsbyggnadsförvaltningen"
RTJ = "Räddningstjänsten"
KFF = "Kultur- och fritidsförvaltningen"
KLK = "Kommunledningskontoret"
B_SECTOR = {
    BUF: "Utbildning",
    GVF: "Utbildning",
    SOC: "Omsorg",
    VOF: "Omsorg",
    TEK: "Samhällsbyggnad",
    MBF: "Samhällsbyggnad",
    SBF: "Samhällsbyggnad",
    RTJ: "Samhällsbyggnad",
    KFF: "Kultur och fritid",
    KLK: "Kommunledning",
}
B_PRODUCTS = {
    "m365": [KLK, BUF, SOC, VOF, TEK, KFF, MBF],
    "nexus": [KLK, SOC, VOF, BUF],
    "easit": [KLK, TEK, BUF, KFF],
    "nilex": [SOC, VOF],
    "intune": [KLK, BUF, GVF, VOF, RTJ],
    "pharos": [BUF, GVF, KLK],
    "trio": [KLK, SOC, TEK, VOF],
    "public360": [KLK, TEK, MBF, SBF, KFF],
    "ciceron": [KLK, BUF, KFF, GVF],
    "w3d3": [SOC, VOF],
    "netpublicator": [KLK, SOC, BUF, TEK],
    "scrive": [KLK, SOC, TEK, VOF, BUF],
    "comfact": [KLK, MBF, SOC, BUF],
    "sitevision": [KLK, BUF, KFF, SOC, TEK],
    "netigate": [KLK, VOF, KFF, BUF],
    "esmaker": [BUF, GVF],
    "sydarkivera": [KLK, SOC, BUF],
    "openeplatform": [KLK, MBF, BUF, TEK, SOC],
    "synpunkt": [KLK, TEK, VOF, KFF],
    "artvise": [KLK, TEK, SOC, VOF],
    "tendsign": [KLK, TEK, VOF, SOC, BUF],
    "proceedo": [KLK, BUF, VOF, TEK, KFF],
    "kommers": [KLK, TEK, SOC, BUF],
    "interbook": [KFF, BUF, GVF],
    "rbok": [BUF, GVF, KFF],
    "skedda": [KLK, SBF, SOC, KFF],
    "hypergene": [KLK, SOC, BUF, VOF],
    "stratsys": [KLK, VOF, BUF, SOC],
    "qlik": [KLK, SOC, BUF, VOF, TEK],
    "karnov": [KLK, SOC, MBF],
    "raindance": [KLK, SOC, BUF, TEK],
    "palette": [KLK, TEK, SOC, BUF, VOF],
    "heroma": [KLK, VOF, SOC, BUF, TEK],
    "personec": [KLK, RTJ, KFF, TEK],
    "timecare": [VOF, SOC],
    "medvind": [VOF, RTJ, TEK],
    "varbi": [KLK, BUF, VOF, SOC],
    "ia_afa": [KLK, VOF, TEK, RTJ, BUF],
    "learnifier": [KLK, VOF, SOC, BUF],
    "geosecma": [SBF, MBF, TEK, RTJ],
    "byggr": [MBF, SBF],
    "edp": [MBF],
    "fir": [SBF, MBF],
    "tbc": [SBF, TEK],
    "bidcon": [TEK, SBF],
    "infracontrol": [TEK, KFF],
    "parkster": [TEK, SBF],
    "vabank": [TEK],
    "daedalos": [RTJ],
    "incit": [TEK, BUF, VOF],
    "assa": [TEK, BUF, KFF],
    "metry": [TEK, SBF, BUF, KFF],
    "mashie": [TEK, BUF, VOF],
    "extens": [BUF, GVF],
    "schoolsoft": [GVF, BUF],
    "unikum": [BUF],
    "skolon": [BUF, GVF],
    "tempus": [BUF],
    "alvis": [GVF],
    "skjutsplan": [BUF, TEK],
    "treserva": [VOF, SOC],
    "procapita": [SOC],
    "phoniro": [VOF],
    "pmo": [BUF, GVF],
    "pascal": [VOF],
    "ami": [SOC, KLK],
    "quria": [KFF, BUF, GVF],
    "sofie": [KFF],
    "tickster": [KFF],
    "ugregister": [KFF],
}

# Inventory C: English LeanIX-style export.
CEO = "City Executive Office"
FIN = "Financial Services"
HR = "Human Resources"
ICT = "ICT Services"
ECE = "Early Childhood Education"
BED = "Basic Education"
USE = "Upper Secondary and Adult Education"
HLT = "Health Services"
SOS = "Social Services"
ELD = "Elderly Care"
UPL = "Urban Planning"
BLD = "Building Control"
STP = "Streets and Parks"
ENV = "Environmental Services"
RES = "Rescue Department"
LIB = "Library Services"
SPO = "Sports Services"
YOU = "Youth Services"
CUL = "Cultural Services"
C_SECTOR = {
    CEO: "Central Administration",
    FIN: "Central Administration",
    HR: "Central Administration",
    ICT: "Central Administration",
    ECE: "Education",
    BED: "Education",
    USE: "Education",
    HLT: "Social Services and Health Care",
    SOS: "Social Services and Health Care",
    ELD: "Social Services and Health Care",
    UPL: "Urban Environment",
    BLD: "Urban Environment",
    STP: "Urban Environment",
    ENV: "Urban Environment",
    RES: "Urban Environment",
    LIB: "Culture and Leisure",
    SPO: "Culture and Leisure",
    YOU: "Culture and Leisure",
    CUL: "Culture and Leisure",
}
C_PRODUCTS = {
    "m365": [ICT, CEO, BED, HLT, STP, LIB, HR],
    "slack": [ICT, CEO, UPL, CUL],
    "okta": [ICT, HR, BED, FIN, HLT],
    "ivanti": [ICT, HLT, BED, SOS],
    "freshservice": [SPO, CUL, LIB],
    "jamf": [BED, ECE, ICT, USE],
    "intune": [ICT, HLT, RES, ELD],
    "papercut": [LIB, BED, USE, ICT],
    "genesys": [CEO, HLT, SOS, ELD],
    "mulesoft": [ICT, FIN, HR],
    "veeam": [ICT, HLT, FIN],
    "staffbase": [HR, ELD, STP, SOS],
    "tweb": [CEO, UPL, ENV, BLD, RES],
    "casem": [SOS, BED, CUL, ECE],
    "opentext": [CEO, FIN, HR, UPL, BLD],
    "docusign": [HR, FIN, CEO, SOS],
    "adobesign": [BLD, SOS, UPL, ENV],
    "drupal": [CEO, LIB, SPO, CUL, YOU],
    "qualtrics": [CEO, HR, HLT, SOS],
    "surveymonkey": [BED, YOU, ECE],
    "salesforce": [CEO, SPO, CUL, YOU],
    "zendesk": [LIB, STP, CEO, SPO],
    "granicus": [CEO, ENV, RES, UPL],
    "powerbi": [FIN, CEO, HLT, BED, SOS, STP],
    "tableau": [UPL, HLT, FIN, SOS],
    "planview": [ICT, CEO, UPL, HLT],
    "qpr": [CEO, HLT, RES],
    "coupa": [FIN, STP, HLT, BED],
    "palette": [FIN, CUL, HLT, STP],
    "oracle_erp": [FIN, CEO],
    "nomentia": [FIN],
    "workday": [HR, CEO, HLT, BED],
    "adp": [HR, FIN, SPO],
    "sarastia_palkka": [HR, SPO],
    "ukg": [HLT, ELD, RES],
    "cornerstone": [HR, HLT, RES, ECE],
    "concur": [FIN, HR, CEO],
    "arcgis": [UPL, BLD, STP, ENV, RES],
    "cloudpermit": [BLD, RES],
    "haahtela": [UPL, STP],
    "bentley": [STP, UPL],
    "cityworks": [STP, SPO],
    "envista": [ENV],
    "inspectorpro": [ENV],
    "eso": [RES],
    "planon": [STP, BED, HLT],
    "skedda": [CEO, ICT, HR, UPL],
    "timmi": [SPO, BED, YOU],
    "condeco": [HR, FIN, CEO],
    "genetec": [CUL, LIB, RES],
    "ecostruxure": [STP, BED, HLT, SPO],
    "geotab": [STP, RES, ELD],
    "mashie": [BED, ECE, ELD],
    "inschool": [BED, USE],
    "itslearning": [USE, BED],
    "gclassroom": [BED],
    "daisy": [ECE],
    "evaka": [ECE, BED],
    "eepos": [USE, SPO],
    "edulog": [BED, ECE],
    "apotti": [HLT, SOS, ELD],
    "qmatic": [HLT, SOS],
    "opus": [HLT],
    "sectra": [HLT],
    "nursebuddy": [ELD],
    "abilita": [SOS],
    "ura": [SOS, CEO],
    "sierra": [LIB, BED],
    "axiell": [CUL],
    "eventbrite": [CUL, YOU, LIB],
    "enkora": [SPO],
    "nuorinet": [YOU],
}

PLACEHOLDERS = {
    "fi": ["-", "ks. kuvaus", "TBD", "", "?", "täydennetään"],
    "sv": ["-", "se beskrivning", "", "TBD", "saknas"],
    "en": ["-", "TBD", "", "See description", "N/A"],
}


@dataclass
class Inventory:
    stem: str
    lang: str
    sheet: str
    headers: list[str]
    title: list[str] | None
    products: dict[str, list[str]]
    sector: dict[str, str]
    aliases: dict[str, list[str]]
    money: str
    orgmap_header: tuple[str, str] | None


def _cost(rng: random.Random, money: str):
    base = rng.choice([800, 1500, 2400, 4800, 7200, 12000, 18500, 26000, 45000, 90000, 150000])
    base = int(base * rng.uniform(0.7, 1.3) // 10 * 10)
    r = rng.random()
    if r < 0.55:
        return base
    if r < 0.7:
        s = f"{base:,}".replace(",", " ")
        return f"{s} {money}"
    if r < 0.8:
        return f"n. {base}" if money == "€" else (f"ca {base}" if money == "kr" else f"~{base}")
    if r < 0.9:
        return "-"
    return None


def _users(rng: random.Random):
    r = rng.random()
    n = rng.choice([3, 8, 15, 40, 120, 300, 900, 2500, 8000])
    if r < 0.7:
        return n
    if r < 0.8:
        return f"n. {n}" if rng.random() < 0.5 or n < 40 else f"{n}-{int(n * 1.25)}"
    if r < 0.9:
        return "-"
    return None


def _contract(rng: random.Random, lang: str):
    r = rng.random()
    d = dt.date(rng.randint(2025, 2030), rng.choice([3, 6, 8, 12]), 1) - dt.timedelta(days=1)
    if r < 0.45:
        return dt.datetime(d.year, d.month, d.day)
    if r < 0.65:
        return d.strftime("%d.%m.%Y") if lang == "fi" else d.isoformat()
    if r < 0.8:
        return {"fi": "toistaiseksi", "sv": "tills vidare", "en": "Perpetual"}[lang]
    if r < 0.9:
        return "-"
    return None


def build_rows(inv: Inventory, rng: random.Random):
    """Return a list of (department_written, official_department, product_id, cells)."""
    rows = []
    for pid, depts in inv.products.items():
        prod = CATALOG[pid]
        purposes = list(prod.purposes[inv.lang])
        assert purposes, (inv.stem, pid)
        n = len(depts)
        k = n if n <= 3 else rng.randint(4, min(6, n))
        chosen = rng.sample(depts, k)
        rng.shuffle(purposes)
        names = list(prod.names[inv.lang])
        rng.shuffle(names)
        for i, dept in enumerate(chosen):
            name = names[i % len(names)]
            r = rng.random()
            if r < 0.10:
                purpose = rng.choice(PLACEHOLDERS[inv.lang])
                desc = prod.desc[inv.lang] if rng.random() < 0.8 else ""
            else:
                purpose = purposes[i % len(purposes)]
                desc = prod.desc[inv.lang] if rng.random() < 0.35 else ""
            written = dept
            if inv.aliases.get(dept) and rng.random() < 0.2:
                written = rng.choice(inv.aliases[dept])
            cells = [
                name,
                prod.vendor if rng.random() < 0.9 else "",
                purpose,
                desc,
                written,
                _cost(rng, inv.money),
                _users(rng),
                _contract(rng, inv.lang),
            ]
            rows.append((written, dept, pid, cells))
    order = {d: i for i, d in enumerate(inv.sector)}
    rng.shuffle(rows)
    rows.sort(key=lambda r: order[r[1]])
    return rows


def write_inventory(inv: Inventory, rng: random.Random) -> tuple[int, int]:
    rows = build_rows(inv, rng)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = inv.sheet
    if inv.title:
        for line in inv.title:
            ws.append([line] if line else [])
    ws.append(inv.headers)
    header_row = ws.max_row
    truth = []
    for i, (written, dept, pid, cells) in enumerate(rows):
        excel_row = header_row + 1 + i
        for col, value in enumerate(cells, start=1):
            if value is None or value == "":
                continue
            cell = ws.cell(row=excel_row, column=col, value=value)
            if isinstance(value, dt.datetime):
                cell.number_format = "dd.mm.yyyy" if inv.lang == "fi" else "yyyy-mm-dd"
        prod = CATALOG[pid]
        truth.append(
            [
                inv.sheet,
                excel_row,
                cells[0],
                pid,
                prod.functions,
                written,
                inv.sector[dept],
                "system",
            ]
        )
    for col, width in zip("ABCDEFGH", (30, 20, 45, 45, 30, 14, 12, 14), strict=True):
        ws.column_dimensions[col].width = width
    OUT.mkdir(parents=True, exist_ok=True)
    wb.save(OUT / f"{inv.stem}.xlsx")
    with open(OUT / f"{inv.stem}.truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(
            ["sheet", "row", "system_name", "product", "functions", "department", "sector", "kind"]
        )
        w.writerows(truth)
    if inv.orgmap_header:
        with open(OUT / f"{inv.stem}.orgmap.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(list(inv.orgmap_header))
            for dept, sector in inv.sector.items():
                w.writerow([dept, sector])
    return len(inv.products), len(rows)


INVENTORIES = [
    Inventory(
        stem="holdout_a_fi",
        lang="fi",
        sheet="Järjestelmät",
        headers=[
            "Järjestelmä",
            "Toimittaja",
            "Käyttötarkoitus",
            "Kuvaus",
            "Vastuuyksikkö/Virasto",
            "Vuosikustannus €",
            "Käyttäjämäärä",
            "Sopimus päättyy",
        ],
        title=["Tietojärjestelmäluettelo 2017", ""],
        products=A_PRODUCTS,
        sector=A_SECTOR,
        aliases=A_ALIASES,
        money="€",
        orgmap_header=None,
    ),
    Inventory(
        stem="holdout_b_sv",
        lang="sv",
        sheet="System",
        headers=[
            "System",
            "Leverantör",
            "Syfte",
            "Beskrivning",
            "Förvaltning",
            "Årskostnad",
            "Antal användare",
            "Avtalet upphör",
        ],
        title=None,
        products=B_PRODUCTS,
        sector=B_SECTOR,
        aliases={},
        money="kr",
        orgmap_header=("Förvaltning", "Sektor"),
    ),
    Inventory(
        stem="holdout_c_en",
        lang="en",
        sheet="Applications",
        headers=[
            "Name",
            "Vendor",
            "Business Capability / Purpose",
            "Description",
            "Owning Department",
            "Annual Cost",
            "Users",
            "Contract End",
        ],
        title=None,
        products=C_PRODUCTS,
        sector=C_SECTOR,
        aliases={},
        money="EUR",
        orgmap_header=("Department", "Sector"),
    ),
]


def main() -> None:
    for n, inv in enumerate(INVENTORIES):
        rng = random.Random(SEED + n)
        n_products, n_rows = write_inventory(inv, rng)
        print(f"{inv.stem}: {n_products} products, {n_rows} rows -> {OUT / (inv.stem + '.xlsx')}")


if __name__ == "__main__":
    main()
