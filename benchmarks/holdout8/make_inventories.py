"""Deterministic generator for the holdout8 blind inventories.

Usage: python3 make_inventories.py [outdir]   (default: ./out)
Stdlib + openpyxl only. Every inventory uses its own seeded random.Random,
workbook properties are fixed and the zip container is rewritten with fixed
timestamps, so the output is byte-identical on every run.
"""
import csv, datetime, importlib, io, os, random, re, sys, zipfile
import openpyxl
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
STEM = "holdout8"
INVENTORIES = ["e8_fi", "f8_fi", "g8_sv", "h8_en"]
FIXED = datetime.datetime(2025, 1, 15, 9, 0, 0)

# ---------------------------------------------------------------- formats
def _th(n, sep):  # thousands separator
    s = f"{n:,}"
    return s.replace(",", sep)

def fmt_cost(rng, lang, base):
    n = int(round(base * rng.uniform(0.6, 1.6), -2)) or 300
    r = rng.random()
    if lang == "fi":
        opts = [f"{_th(n,' ')} €", f"{_th(n,' ')} €/v", f"n. {n}", n, f"{n} e", "sis. sopimukseen",
                "", "ei tiedossa", f"{_th(n,' ')} € (alv 0)", f"{n/1000:.1f} t€".replace(".", ","), "?"]
        w = [14, 6, 8, 12, 4, 5, 10, 3, 3, 2, 2]
    elif lang == "sv":
        opts = [f"{_th(n*10,' ')} kr", f"ca {_th(n*10,' ')} kr", f"{round(n/100)} tkr", n * 10, "ingår i avtal",
                "", "okänt", f"{_th(n*10,' ')} kr/år", "se avtal"]
        w = [14, 7, 8, 12, 5, 10, 3, 5, 2]
    else:
        opts = [f"${_th(n,',')}", f"${_th(n,',')} p.a.", f"approx ${round(n/1000) or 1}k", n,
                "incl. in enterprise agreement", "", "TBC", f"${_th(n,',')} (ex GST)", "nil - free tier", "?"]
        w = [14, 6, 6, 12, 4, 10, 4, 5, 2, 2]
    return rng.choices(opts, weights=w)[0]

def fmt_date(rng, lang):
    d = datetime.date(rng.randint(2025, 2029), rng.randint(1, 12), 1)
    last = (d.replace(month=d.month % 12 + 1, year=d.year + d.month // 12) - datetime.timedelta(days=1)).day
    d = d.replace(day=rng.choice([1, 15, last, last]))
    if lang == "fi":
        opts = [f"{d.day}.{d.month}.{d.year}", f"{d.month}/{d.year}", str(d.year), "toistaiseksi", "",
                f"{d.day}.{d.month}.{d.year % 100}", d.isoformat(), "DT", "toistaiseksi voimassa", "ei sopimusta"]
        w = [14, 5, 5, 8, 12, 3, 2, 1, 3, 2]
    elif lang == "sv":
        opts = [d.isoformat(), "tillsvidare", f"{d.day}/{d.month} {d.year}", str(d.year), "", "DT",
                f"{d.year}{d.month:02d}{d.day:02d}", "löpande", "förlängs 1 år i taget"]
        w = [14, 7, 3, 5, 12, 2, 3, 3, 3]
    else:
        mon = d.strftime("%b")
        opts = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.strftime('%B')} {d.year}", d.isoformat(), "ongoing",
                "", f"{d.day}-{mon}-{d.year % 100}", "DT", "month to month", str(d.year)]
        w = [14, 4, 3, 7, 12, 4, 3, 3, 3]
    v = rng.choices(opts, weights=w)[0]
    return datetime.datetime(d.year, d.month, d.day) if v == "DT" else v

def fmt_users(rng, lang, inv):
    n = rng.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 60, 80, 120, 200, 350])
    t = {"fi": [n, f"n. {n}", f"{n} käyttäjää", "", f"{n} lisenssiä", "?"],
         "sv": [n, f"ca {n}", f"{n} användare", "", f"{n} licenser", "?"],
         "en": [n, f"approx {n}", f"{n} users", "", f"{n} named licences", "?"]}[lang]
    opts = t + list(inv.USERS_WORDS)
    return rng.choices(opts, weights=[10, 6, 5, 7, 3, 1] + [2] * len(inv.USERS_WORDS))[0]

# ---------------------------------------------------------------- rows
def build_rows(x, inv):
    rng = random.Random(f"{STEM}-{x}-2025")
    dept_order = list(inv.DEPTS)
    rows = []
    for pid, names, vendor, funcs, depts, purposes in inv.P:
        names = names.split("|")
        dk = depts.split()
        base = rng.choice([800, 1500, 3000, 5000, 8000, 12000, 20000, 35000, 60000])
        for i, d in enumerate(dk):
            variants = inv.DEPTS[d][1]
            nm = names[0] if i == 0 else rng.choice(names)
            rows.append(dict(pid=pid, name=nm, vendor=vendor, funcs=funcs, dkey=d,
                             dept=rng.choice(variants), purpose=purposes[i % len(purposes)],
                             base=base, ndept=len(dk), nnames=len(names)))
    # order: grouped by department order, shuffled inside each department
    rng.shuffle(rows)
    rows.sort(key=lambda r: dept_order.index(r["dkey"]))
    n = len(rows)
    owner = {d: rng.choice(inv.OWNERS) for d in inv.DEPTS}
    for r in rows:
        r["notes"] = rng.choice(inv.NOTES) if rng.random() < 0.35 else ""
        r["cost"] = fmt_cost(rng, inv.LANG, r["base"])
        r["end"] = fmt_date(rng, inv.LANG)
        r["users"] = fmt_users(rng, inv.LANG, inv)
        r["owner"] = owner[r["dkey"]] if rng.random() > 0.15 else rng.choice(inv.OWNERS)
        r["vendor_txt"] = r["vendor"] if rng.random() > 0.08 else ""
    # ~10 % placeholder purposes, real text moved to notes
    for r in rng.sample(rows, round(0.10 * n)):
        r["notes"] = rng.choice(inv.NOTE_PREFIX) + r["purpose"]
        r["purpose"] = rng.choice(inv.PLACEHOLDERS)
    # a few rows written fully in upper case (style of some units)
    for r in rng.sample(rows, round(inv.UPPER_RATE * n)):
        r["purpose"] = r["purpose"].upper()
        if r["nnames"] < 4 and r["ndept"] > 1:
            r["name"] = r["name"].upper()
    # ~5 % near-exact duplicates of the row above
    for idx in sorted(rng.sample(range(n), round(0.05 * n)), reverse=True):
        c = dict(rows[idx])
        c["cost"] = rng.choice(["", c["cost"]])
        c["notes"] = rng.choice([c["notes"], inv.DUP_NOTE])
        rows.insert(idx + 1, c)
    return rows

def cell_value(r, key, inv, seq):
    return {"name": r["name"], "dept": r["dept"], "purpose": r["purpose"], "vendor": r["vendor_txt"],
            "users": r["users"], "cost": r["cost"], "end": r["end"], "notes": r["notes"],
            "owner": r["owner"], "no": seq, "sector": inv.SECTOR_LABEL.get(inv.DEPTS[r["dkey"]][0], inv.DEPTS[r["dkey"]][0])}[key]

def deterministic_save(wb, path):
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps 'modified' with now() on save
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-15T09:00:00Z", data)
            zout.writestr(zi, data)

def make(x, outdir):
    inv = importlib.import_module("inv_" + x)
    rows = build_rows(x, inv)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    wb.properties.creator = inv.CREATOR
    wb.properties.lastModifiedBy = inv.CREATOR
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    truth = []
    for sheet, sectors in inv.SHEETS:
        ws = wb.create_sheet(sheet)
        r0 = 1
        for line in inv.TITLE:
            ws.cell(row=r0, column=1, value=line).font = Font(bold=True, size=13 if r0 == 1 else 10)
            r0 += 1
        if inv.TITLE:
            r0 += 1
        for c, (hdr, _) in enumerate(inv.COLUMNS, 1):
            ws.cell(row=r0, column=c, value=hdr).font = Font(bold=True)
            ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = 45 if c == inv.PURPOSE_COL else 18
        ws.freeze_panes = ws.cell(row=r0 + 1, column=1)
        seq = 0
        for r in rows:
            sec = inv.DEPTS[r["dkey"]][0]
            if sectors is not None and sec not in sectors:
                continue
            seq += 1
            rr = r0 + seq
            for c, (_, key) in enumerate(inv.COLUMNS, 1):
                v = cell_value(r, key, inv, seq)
                if v == "":
                    continue
                cell = ws.cell(row=rr, column=c, value=v)
                if isinstance(v, datetime.datetime):
                    cell.number_format = inv.DATE_FMT
            truth.append([sheet, rr, r["name"], r["pid"], r["funcs"], r["dept"], sec, "system"])
    os.makedirs(outdir, exist_ok=True)
    base = os.path.join(outdir, f"{STEM}_{x}")
    deterministic_save(wb, base + ".xlsx")
    with open(base + ".truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["sheet", "row", "system_name", "product", "functions", "department", "sector", "kind"])
        w.writerows(truth)
    with open(base + ".orgmap.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(inv.ORG_HEADER)
        for k, (sec, variants) in inv.DEPTS.items():
            for v in variants:
                w.writerow([v, sec])
    return len(truth)

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "out")
    for x in INVENTORIES:
        print(x, make(x, out), "rows")
