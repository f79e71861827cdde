"""Deterministic generator for the holdout7 blind inventories.

Reads the hand-written product tables inv_<x>.py and writes, for each inventory,
out/holdout7_<x>.xlsx, out/holdout7_<x>.truth.csv and out/holdout7_<x>.orgmap.csv.
Only stdlib + openpyxl. Output is byte-identical on every run.
"""
import csv, datetime, importlib, io, os, random, re, sys, zipfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")
STEM = "holdout7"
INVS = [("a7_fi", 7101), ("b7_fi", 7202), ("c7_sv", 7303), ("d7_en", 7404)]
FIXED = datetime.datetime(2024, 5, 6, 8, 0, 0)

LOC = {
    "fi": dict(
        incl=["sis. sopimukseen", "sis. ylläpitosopimukseen", "ICT-budjetissa", "ei tiedossa"],
        approx="n. {}", peryear="{} €/v", open=["toistaiseksi", "toistaiseksi voimassa", "jatkuva"],
        users_txt=["koko henkilöstö", "kaikki", "useita", "n. 50 pääkäyttäjää", "yksikön työntekijät"],
        ph=["-", "?", "ks. lisätiedot", "ks. lisätiedot", "TBD", "täydennetään", ""],
        ph_note=["", "Käyttötarkoitus: ", "", "KÄYTTÖ: "],
        dup=["", "päivitetty", "tarkista", "kopio edellisestä riviltä?"],
        notes=["SSO käytössä", "Kilpailutus käynnissä", "Optio +2 v", "Sopimus siirtyi kunnilta 1.1.2023",
               "Pääkäyttäjä vaihtunut, päivitä", "Tietosuojaseloste tehty", "DPIA kesken", "Integraatio ESB:n kautta",
               "Pilvipalvelu (SaaS)", "Vanha versio, päivitys 2025", "Korvautuu myöhemmin?", "Lisenssit vuosittain",
               "Tarkistettava kustannus", "Ylläpito talon sisällä", "Hankintapäätös 2021"]),
    "sv": dict(
        incl=["ingår i avtalet", "ingår i licensen", "ICT-budgeten", "okänt"],
        approx="ca {}", peryear="{} €/år", open=["tills vidare", "tillsvidare", "löpande"],
        users_txt=["all personal", "alla", "flera", "hela förvaltningen", "enhetens personal"],
        ph=["-", "?", "se kommentar", "se anmärkningar", "TBD", "kompletteras", ""],
        ph_note=["", "Användning: ", "", "OBS: "],
        dup=["", "uppdaterad", "kolla", "dubblett?"],
        notes=["SSO i bruk", "Upphandling pågår", "Option +1 år", "Avtalet överfört till välfärdsområdet?",
               "Huvudanvändare bytt", "Dataskyddsbeskrivning finns", "Molntjänst (SaaS)", "Gammal version",
               "Integration via Frends", "Licenser per år", "Kostnaden ska kontrolleras", "Upphandlat via Hansel",
               "Tvåspråkig version saknas", "Finns endast på finska"]),
    "en": dict(
        incl=["incl. in SLA", "incl. in licence", "TBC", "see IS budget"],
        approx="approx {}", peryear="{} p.a.", open=["Rolling", "Ongoing", "Evergreen"],
        users_txt=["All staff", "all", "various", "section staff", "c. 30 power users"],
        ph=["-", "?", "see notes", "See comments", "TBD", "tbc", ""],
        ph_note=["", "Purpose: ", "", "Used for: "],
        dup=["", "updated", "check", "duplicate?"],
        notes=["SSO via Entra", "Tender in progress", "OGP framework", "DPIA completed", "DPIA outstanding",
               "Hosted by supplier", "On-prem, server in Civic Offices", "Old version - upgrade planned",
               "Licence renewed annually", "Cost to be confirmed by Finance", "LGMA shared service",
               "Owner changed - update", "Integration via API", "Data held in EU"]),
}


def fmt_num(n, lang):
    if lang == "en":
        return "€{:,}".format(n)
    return "{:,}".format(n).replace(",", " ") + " €"


def cost(rng, lang, base):
    L = LOC[lang]
    n = base
    r = rng.random()
    if r < 0.14: return ""
    if r < 0.24: return rng.choice(L["incl"])
    if r < 0.42: return n
    if r < 0.64: return fmt_num(n, lang)
    if r < 0.80:
        return L["approx"].format("{}k".format(round(n / 1000)) if lang == "en" and n >= 1000 else round(n, -2))
    return L["peryear"].format(fmt_num(n, lang).replace(" €", ""))


def product_meta(rng):
    """Annual cost and contract end shared by all rows of one product."""
    base = rng.choices([800, 2500, 6000, 15000, 40000, 90000, 250000], weights=[3, 5, 6, 5, 3, 2, 1])[0]
    base = int(base * rng.uniform(0.6, 1.5)) // 100 * 100
    d = datetime.datetime(rng.choice([2024, 2025, 2025, 2026, 2027, 2028]), rng.choice([1, 3, 5, 6, 8, 12]), 1)
    d = d.replace(day=rng.choice([1, 15, 28])) if d.month != 12 else d.replace(day=31)
    return base, d


def contract(rng, lang, d):
    r = rng.random()
    if r < 0.15: return ""
    if r < 0.30: return rng.choice(LOC[lang]["open"])
    if r < 0.48: return d
    if r < 0.68: return d.strftime("%d/%m/%Y") if lang == "en" else "{}.{}.{}".format(d.day, d.month, d.year)
    if r < 0.80: return str(d.year)
    if r < 0.90: return d.strftime("%Y-%m-%d")
    return d.strftime("%b %Y") if lang == "en" else "{}/{}".format(d.month, d.year)


def users(rng, lang):
    n = rng.choice([3, 5, 8, 12, 20, 35, 60, 120, 250, 600, 1500])
    r = rng.random()
    if r < 0.15: return ""
    if r < 0.45: return n
    if r < 0.60: return LOC[lang]["approx"].format(n)
    if r < 0.75: return "{}-{}".format(n, n + rng.choice([5, 10, 20, 50]))
    return rng.choice(LOC[lang]["users_txt"])


def build(inv, rng):
    """Return list of (sheet, rowdict, truthdict)."""
    lang = inv.LANG
    L = LOC[lang]
    rows = []
    meta = {p[0]: product_meta(rng) for p in inv.PRODUCTS}
    for pid, funcs, names, vendor, entries in inv.PRODUCTS:
        for ent in entries:
            deps, purpose = ent[0], ent[1]
            pnote = ent[2] if len(ent) > 2 else ""
            for dk in deps.split():
                rows.append(dict(pid=pid, funcs=funcs, names=names, vendor=vendor, dk=dk,
                                 purpose=purpose, pnote=pnote))
    order = {k: i for i, k in enumerate(inv.DEPTS)}
    rng.shuffle(rows)
    rows.sort(key=lambda r: order[r["dk"]])
    out = []
    for r in rows:
        sector, spellings = inv.DEPTS[r["dk"]]
        w = [6] + [2] * (len(spellings) - 1)
        dept = rng.choices(spellings, weights=w)[0]
        nw = [5] + [2] * (len(r["names"]) - 1)
        name = rng.choices(r["names"], weights=nw)[0]
        vendor = r["vendor"] if rng.random() > 0.12 else ""
        if vendor and rng.random() < 0.15: vendor = vendor.upper() if lang != "en" else vendor.lower()
        purpose, notes = r["purpose"], r["pnote"]
        if not notes and rng.random() < 0.4: notes = rng.choice(L["notes"])
        if rng.random() < 0.10:
            notes = (rng.choice(L["ph_note"]) + purpose + (". " + notes if notes else "")).strip()
            purpose = rng.choice(L["ph"])
        cells = dict(name=name, dept=dept, sector=sector, purpose=purpose, vendor=vendor,
                     users=users(rng, lang), cost=cost(rng, lang, meta[r["pid"]][0]),
                     contract=contract(rng, lang, meta[r["pid"]][1]),
                     owner=rng.choice(inv.OWNERS) if rng.random() < 0.75 else "", notes=notes)
        sheet = next(s for s, secs in inv.SHEETS if sector in secs)
        truth = dict(system_name=name, product=r["pid"], functions=r["funcs"], department=dept, sector=sector)
        out.append((sheet, cells, truth))
        if rng.random() < 0.05:  # near-exact copy of the row above
            c2 = dict(cells)
            k = rng.choice(["users", "notes", "cost", "none"])
            if k == "users": c2["users"] = users(rng, lang)
            elif k == "notes": c2["notes"] = rng.choice(L["dup"])
            elif k == "cost": c2["cost"] = ""
            out.append((sheet, c2, dict(truth)))
    return out


def deterministic_save(wb, path):
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with open(path, "wb") as fh:
        zout = zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED)
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", lambda m: m.group(1) + stamp, data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 6, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
        zout.close()


def make(x, seed):
    inv = importlib.import_module("inv_" + x)
    rng = random.Random(seed)
    rows = build(inv, rng)
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.creator = inv.AUTHOR
    wb.properties.lastModifiedBy = inv.AUTHOR
    wb.properties.created = FIXED
    truth, orgmap = [], {}
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for sheet, _ in inv.SHEETS:
        ws = wb.create_sheet(sheet)
        r = 1
        for t in inv.TITLE.get(sheet, []):
            ws.cell(r, 1, t).font = Font(bold=True, size=13 if r == 1 else 10)
            r += 1
        if inv.TITLE.get(sheet): r += 1
        for c, (key, head, width) in enumerate(inv.COLUMNS, 1):
            cell = ws.cell(r, c, head)
            cell.font, cell.fill = bold, fill
            ws.column_dimensions[cell.column_letter].width = width
        ws.freeze_panes = ws.cell(r + 1, 1)
        for sh, cells, t in rows:
            if sh != sheet: continue
            r += 1
            for c, (key, head, width) in enumerate(inv.COLUMNS, 1):
                v = cells[key]
                if v == "" : continue
                cell = ws.cell(r, c, v)
                if isinstance(v, datetime.datetime): cell.number_format = "d.m.yyyy" if inv.LANG != "en" else "dd/mm/yyyy"
                if key in ("purpose", "notes"): cell.alignment = Alignment(wrap_text=True, vertical="top")
            truth.append(dict(sheet=sheet, row=r, kind="system", **t))
            orgmap[t["department"]] = t["sector"]
    deterministic_save(wb, os.path.join(OUT, "%s_%s.xlsx" % (STEM, x)))
    with open(os.path.join(OUT, "%s_%s.truth.csv" % (STEM, x)), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, ["sheet", "row", "system_name", "product", "functions", "department", "sector", "kind"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(truth)
    with open(os.path.join(OUT, "%s_%s.orgmap.csv" % (STEM, x)), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(inv.ORGMAP_HEADER)
        for d in sorted(orgmap, key=str.casefold): w.writerow([d, orgmap[d]])
    print("%s: %d rows, %d products" % (x, len(truth), len(inv.PRODUCTS)))


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    os.makedirs(OUT, exist_ok=True)
    for x, seed in INVS:
        if len(sys.argv) == 1 or x in sys.argv[1:]:
            make(x, seed)
