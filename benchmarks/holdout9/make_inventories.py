"""Deterministic generator for the holdout9 blind inventories.

Reads the hand-written product tables inv_<x>.py and writes, per inventory,
out/holdout9_<x>.xlsx, .truth.csv and .orgmap.csv.  stdlib + openpyxl only.
"""
import csv
import datetime as dt
import importlib
import io
import os
import random
import re
import sys
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")
STEM = "holdout9"
INVENTORIES = ["i9_fi", "j9_fi", "k9_sv", "l9_en"]
FIXED = dt.datetime(2025, 3, 14, 9, 30, 0)

# ---------------------------------------------------------------- messy values
def cost(rng, lang):
    r = rng.random()
    n = rng.choice([800, 1200, 2500, 4000, 5000, 7800, 9600, 12000, 15000, 18500,
                    24000, 32000, 45000, 60000, 85000, 120000, 240000])
    if lang == "sv":
        n *= 10
        opts = [f"{n:,}".replace(",", " ") + " kr", f"ca {n // 1000} tkr", str(n),
                "ingår i avtal", f"{n // 1000} tkr/år", "", "se avtal", f"{n:,} SEK".replace(",", " ")]
    elif lang == "en":
        opts = [f"£{n:,}", f"{n}", f"c. £{n // 1000}k", "incl. in contract", f"£{n:,}.00",
                "", "TBC", f"{n // 1000}k p.a."]
    else:
        opts = [f"{n:,} €".replace(",", " "), f"n. {n}", str(n), "sis. sopimukseen",
                f"{n:,}".replace(",", " ") + " e/v", "", "ks. sopimus", f"{n / 1000:.1f} t€".replace(".", ",")]
    if r < 0.15:
        return n  # a real number cell
    return rng.choice(opts)


def contract_end(rng, lang):
    y = rng.choice([2025, 2026, 2027, 2028, 2029])
    m = rng.randint(1, 12)
    d = 31 if m == 12 else 28 if m == 2 else 30
    r = rng.random()
    if r < 0.2:
        return dt.datetime(y, m, min(d, 30))
    words = {"fi": ["toistaiseksi", "toistaiseksi voimassa", "?", "kilpailutetaan"],
             "sv": ["tillsvidare", "löpande", "?", "upphandlas"],
             "en": ["rolling", "ongoing", "?", "tbc - re-procure"]}[lang]
    if lang == "fi":
        opts = [f"{d}.{m}.{y}", f"{m}/{y}", str(y), f"{d}.{m:02d}.{y}", ""]
    elif lang == "sv":
        opts = [f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}", str(y), f"{d}/{m} {y}", ""]
    else:
        opts = [f"{d:02d}/{m:02d}/{y}", f"{['Jan','Mar','Jun','Sep','Dec'][m % 5]} {y}", str(y),
                f"{y}-{m:02d}-{d:02d}", ""]
    return rng.choice(opts + words[:2] if r < 0.45 else opts)


def users(rng, lang):
    r = rng.random()
    if r < 0.55:
        return rng.choice([3, 5, 8, 12, 15, 20, 25, 40, 60, 80, 120, 250, 400, 1500])
    return rng.choice({"fi": ["n. 30", "koko henkilöstö", "", "10-15", "kaikki", "?"],
                       "sv": ["ca 30", "alla anställda", "", "10-15", "samtliga", "?"],
                       "en": ["approx 30", "all staff", "", "10-15", "c.200", "?"]}[lang])


# ------------------------------------------------------------------- building
def build(x):
    mod = importlib.import_module(f"inv_{x}")
    rng = random.Random(mod.SEED)
    lang = mod.LANG
    rows = []
    for pid, names, funcs, vendor, uses in mod.PRODUCTS:
        names = names.split("|")
        vend = vendor.split("|")
        owner = rng.choice(mod.OWNERS)
        for i, use in enumerate(uses):
            dept, purpose = use[0], use[1]
            note = use[2] if len(use) > 2 else ""
            name = names[i] if i < len(names) else rng.choice(names)
            sector, variants = mod.DEPTS[dept]
            cell_dept = rng.choice(variants) if variants and rng.random() < 0.3 else dept
            if not note and rng.random() < 0.3:
                note = rng.choice(mod.NOTES)
            rows.append(dict(pid=pid, funcs=funcs, name=name, dept=cell_dept, sector=sector,
                             purpose=purpose, vendor=rng.choice(vend) if rng.random() < 0.9 else "",
                             users=users(rng, lang), cost=cost(rng, lang), end=contract_end(rng, lang),
                             notes=note, owner=owner if rng.random() < 0.85 else "",
                             life=rng.choice(getattr(mod, "LIFECYCLE", [""]))))
    # ~10 % placeholder purposes: the real text moves to the notes column
    for r in rng.sample(rows, round(len(rows) * 0.10)):
        r["notes"] = (mod.MOVED_PREFIX + r["purpose"] + (" / " + r["notes"] if r["notes"] else ""))
        r["purpose"] = rng.choice(mod.PLACEHOLDERS)
    # ordering
    if mod.ORDER == "name":
        rows.sort(key=lambda r: (r["name"].lower(), r["dept"]))
    elif mod.ORDER == "dept":
        rows.sort(key=lambda r: (r["sector"], r["dept"].lower(), r["name"].lower()))
    else:
        rng.shuffle(rows)
    # ~5 % near-exact copies of the row above
    out = []
    dup_at = set(rng.sample(range(len(rows)), round(len(rows) * 0.05)))
    for i, r in enumerate(rows):
        out.append(r)
        if i in dup_at:
            c = dict(r)
            c["users"], c["cost"] = users(rng, lang), rng.choice([r["cost"], "", cost(rng, lang)])
            c["notes"] = rng.choice(mod.DUP_NOTES + [r["notes"]])
            out.append(c)
    return mod, out


def fixed_zip(data):
    """Rewrite the xlsx zip with fixed timestamps and fixed core properties."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                s = body.decode("utf-8")
                s = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*", r"\g<1>2025-03-14T09:30:00Z", s)
                body = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, body)
    return buf.getvalue()


def write(x):
    mod, rows = build(x)
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.creator = mod.CREATOR
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = mod.CREATOR
    heads = [h for h, _ in mod.COLUMNS]
    sheets, truth = {}, []
    for sname in mod.SHEET_ORDER:
        ws = wb.create_sheet(sname)
        r0 = 1
        if mod.TITLE:
            ws.cell(1, 1, mod.TITLE.format(sheet=sname)).font = Font(bold=True, size=13)
            r0 = 3
        for j, h in enumerate(heads, 1):
            ws.cell(r0, j, h).font = Font(bold=True)
        for j, w in enumerate(mod.WIDTHS, 1):
            ws.column_dimensions[chr(64 + j)].width = w
        ws.freeze_panes = ws.cell(r0 + 1, 1)
        sheets[sname] = [ws, r0 + 1]
    for r in rows:
        sname = mod.sheet_for(r)
        ws, rr = sheets[sname]
        for j, (_, key) in enumerate(mod.COLUMNS, 1):
            v = r[key]
            c = ws.cell(rr, j, v if v != "" else None)
            if isinstance(v, dt.datetime):
                c.number_format = mod.DATE_FORMAT
        truth.append([sname, rr, r["name"], r["pid"], r["funcs"], r["dept"], r["sector"], "system"])
        sheets[sname][1] = rr + 1
    for extra in getattr(mod, "EXTRA_SHEETS", []):
        ws = wb.create_sheet(extra[0])
        for i, line in enumerate(extra[1], 1):
            for j, v in enumerate(line, 1):
                ws.cell(i, j, v)
    os.makedirs(OUT, exist_ok=True)
    base = os.path.join(OUT, f"{STEM}_{x}")
    bio = io.BytesIO()
    wb.save(bio)
    with open(base + ".xlsx", "wb") as f:
        f.write(fixed_zip(bio.getvalue()))
    with open(base + ".truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["sheet", "row", "system_name", "product", "functions", "department", "sector", "kind"])
        w.writerows(truth)
    with open(base + ".orgmap.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(mod.ORGMAP_HEADER)
        for d, (sec, variants) in mod.DEPTS.items():
            for v in [d] + list(variants):
                w.writerow([v, sec])
    print(f"{x}: {len(truth)} rows, {len(mod.PRODUCTS)} products -> {base}.xlsx")


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    for x in sys.argv[1:] or INVENTORIES:
        write(x)
