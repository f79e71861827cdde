"""Deterministic generator for the holdout11 blind inventories (stdlib + openpyxl)."""
import csv, datetime, importlib, io, os, random, re, sys, zipfile
from openpyxl import Workbook
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")
INVS = ["q11_fi", "r11_fi", "s11_sv", "t11_en"]
FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)

COMMON = {
    "fi": dict(ph=["-", "?", "TBD", "ks. lisätiedot", "ks. huomiot", "..."], pre="",
               notes=["", "", "", "", "", "päivitetty 2023", "tarkistettava", "sopimus päättymässä", "kilpailutus tulossa",
                      "SaaS", "pilvipalvelu", "korvataan?", "omistaja vaihtunut", "DPIA tehty", "ei integraatioita"],
               cost=["sis. ICT-maksuun", "n. {k} 000 €", "{k} 000", "ks. sopimus", "ei tiedossa", "{k}k€"],
               contract=["toistaiseksi", "voimassa toistaiseksi", "2025 loppuun", "optio 2026", "31.12.2026", "?", "kilpailutetaan"]),
    "sv": dict(ph=["-", "?", "TBD", "se kommentar", "se övrigt", "..."], pre="",
               notes=["", "", "", "", "", "uppdaterad 2023", "ska ses över", "avtalet löper ut", "upphandling pågår",
                      "SaaS", "molntjänst", "ersätts?", "ny systemägare", "DPIA klar", "inga integrationer"],
               cost=["ingår i IT-avgift", "ca {k} tkr", "{k} 000", "se avtal", "okänt", "{k} tkr/år"],
               contract=["tills vidare", "löper tills vidare", "2025-12-31", "option 2026", "förlängning 1+1", "?", "upphandlas"]),
    "en": dict(ph=["-", "?", "TBD", "see notes", "see comments", "n/a"], pre="",
               notes=["", "", "", "", "", "updated 2023", "to be reviewed", "contract ending", "re-procurement due",
                      "SaaS", "cloud hosted", "to be replaced?", "new system owner", "DPIA done", "no integrations"],
               cost=["inc. in IT recharge", "approx £{k},000", "{k}000", "see contract", "unknown", "£{k}k pa"],
               contract=["rolling", "rolling annual", "31/03/2026", "option to extend 2026", "2027 (2+1)", "?", "out to tender"]),
}


def build_rows(inv, rng):
    c = COMMON[inv.LANG]
    dept = {k: (sec, v.split("|")) for k, (sec, v) in inv.ORG.items()}
    rows = []
    for pid, fns, names, depts, vendor, purps in inv.PRODUCTS:
        names, depts, purps = names.split("|"), depts.split(), purps.split("|")
        n = max(len(depts), rng.choice([1, 2, 2, 2, 3, 3]))
        for i in range(n):
            dk = depts[i % len(depts)]
            sec, variants = dept[dk]
            r = dict(pid=pid, fns=fns, name=names[i % len(names)] if i < len(names) else rng.choice(names),
                     dk=dk, dept=rng.choice(variants), sector=sec, purpose=purps[i % len(purps)],
                     vendor=rng.choice(vendor.split("|")) if rng.random() > 0.1 else "",
                     users=rng.choice(inv.USERS), owner=rng.choice(inv.OWNERS), notes=rng.choice(c["notes"]))
            x = rng.random()
            if x < 0.3:
                r["cost"] = ""
            elif x < 0.7:
                r["cost"] = rng.randrange(5, 1200) * 100
            else:
                r["cost"] = rng.choice(c["cost"]).format(k=rng.randrange(1, 90))
            x = rng.random()
            if x < 0.3:
                r["contract"] = ""
            elif x < 0.6:
                r["contract"] = datetime.date(rng.randrange(2024, 2030), rng.choice([3, 6, 12]), rng.choice([1, 31 - 1]))
            else:
                r["contract"] = rng.choice(c["contract"])
            if rng.random() < 0.1:
                r["notes"] = (r["notes"] + ". " if r["notes"] else "") + r["purpose"]
                r["purpose"] = rng.choice(c["ph"])
            rows.append(r)
    order = list(inv.ORG)
    sheets = getattr(inv, "SHEETS", None)
    for r in rows:
        r["sheet"] = sheets[r["sector"]] if sheets else inv.SHEET
        r["key"] = (list(dict.fromkeys(sheets.values())).index(r["sheet"]) if sheets else 0,
                    order.index(r["dk"]) if inv.SORT == "dept" else 0,
                    r["name"].lower() if inv.SORT == "name" else rng.random())
    rows.sort(key=lambda r: r["key"])
    c = COMMON[inv.LANG]
    ndup = round(0.05 * len(rows))
    for pos in sorted(rng.sample(range(len(rows)), ndup), reverse=True):
        d = dict(rows[pos])
        d[rng.choice(["cost", "users", "contract"] + ([] if d["purpose"] in c["ph"] else ["notes"]))] = ""
        rows.insert(pos + 1, d)
    return rows


def write_inventory(x):
    inv = importlib.import_module("inv_" + x)
    rng = random.Random(inv.SEED)
    rows = build_rows(inv, rng)
    wb = Workbook()
    wb.remove(wb.active)
    truth = []
    for sheet in dict.fromkeys(r["sheet"] for r in rows):
        ws = wb.create_sheet(sheet)
        rno = 1
        if getattr(inv, "TITLE", None):
            ws.cell(1, 1, inv.TITLE.format(sheet=sheet)).font = Font(bold=True, size=14)
            rno = 3
        for j, (h, _) in enumerate(inv.COLUMNS, 1):
            ws.cell(rno, j, h).font = Font(bold=True)
            ws.column_dimensions[chr(64 + j)].width = 40 if _ in ("purpose", "notes") else 18
        for r in (r for r in rows if r["sheet"] == sheet):
            rno += 1
            for j, (_, f) in enumerate(inv.COLUMNS, 1):
                v = r[f]
                if v != "":
                    cell = ws.cell(rno, j, v)
                    if isinstance(v, datetime.date):
                        cell.number_format = inv.DATEFMT
            truth.append([sheet, rno, r["name"], r["pid"], r["fns"], r["dept"], r["sector"], "system"])
    wb.properties.creator = inv.CREATOR
    wb.properties.lastModifiedBy = inv.CREATOR
    wb.properties.created = wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    stem = os.path.join(OUT, "holdout11_" + x)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(stem + ".xlsx", "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2024-01-01T00:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, (2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    with open(stem + ".truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow("sheet,row,system_name,product,functions,department,sector,kind".split(","))
        w.writerows(truth)
    with open(stem + ".orgmap.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(inv.ORGMAP_HEADER)
        for sec, v in inv.ORG.values():
            for d in v.split("|"):
                w.writerow([d, sec])
    print(x, len(rows), "rows", len(inv.PRODUCTS), "products")


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    os.makedirs(OUT, exist_ok=True)
    for x in sys.argv[1:] or INVS:
        write_inventory(x)
