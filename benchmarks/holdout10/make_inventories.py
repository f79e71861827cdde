"""Deterministic generator for the holdout10 blind inventories.

Reads the hand-written product tables inv_<x>.py and writes, for each x,
out/holdout10_<x>.xlsx, .truth.csv and .orgmap.csv.  Stdlib + openpyxl only.
"""
import csv, datetime, importlib, io, os, random, re, sys, zipfile
from openpyxl import Workbook
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")
STEM = "holdout10"
INVS = ["m10_fi", "n10_fi", "o10_sv", "p10_en"]
FIXED = datetime.datetime(2024, 3, 1, 9, 0, 0)
TRUTH_HEADER = ["sheet", "row", "system_name", "product", "functions",
                "department", "sector", "kind"]


def split(v):
    return v.split("|") if isinstance(v, str) else list(v)


def build_rows(inv, rng):
    rows = []
    for p in inv.PRODUCTS:
        pid, funcs, names, depts, vendor, n, purposes = p[:7]
        extra = p[7] if len(p) > 7 else {}
        names, depts, vendors = split(names), split(depts), split(vendor)
        for i in range(n):
            r = {"pid": pid, "funcs": funcs,
                 "name": names[i] if i < len(names) else rng.choice(names),
                 "dept": depts[i] if i < len(depts) else rng.choice(depts),
                 "purpose": purposes[i % len(purposes)],
                 "vendor": vendors[i % len(vendors)],
                 "users": rng.choice(inv.USERS),
                 "cost": rng.choice(inv.COSTS),
                 "end": rng.choice(inv.DATES),
                 "notes": rng.choice(inv.NOTES) if rng.random() < 0.3 else "",
                 "owner": rng.choice(inv.OWNERS)}
            for role, default in inv.DEFAULTS.items():
                r[role] = split(extra[role])[i % len(split(extra[role]))] \
                    if role in extra else rng.choice(default)
            r["sector"] = inv.ORGMAP[r["dept"]]
            r["sector_cell"] = getattr(inv, "SECTOR_CELL", {}).get(r["sector"], r["sector"])
            rows.append(r)
    # ~10 % placeholder purposes: the real text moves to the notes column
    for k in rng.sample(range(len(rows)), round(0.10 * len(rows))):
        r = rows[k]
        r["notes"] = (inv.NOTE_PREFIX + r["purpose"] +
                      (" " + r["notes"] if r["notes"] else ""))
        r["purpose"] = rng.choice(inv.PLACEHOLDERS)
    return rows


def order(inv, rows, rng):
    for r in rows:
        r["_tie"] = rng.random()
    if inv.ORDER == "dept":
        keys = list(inv.ORGMAP)
        rows.sort(key=lambda r: (keys.index(r["dept"]), r["_tie"]))
    elif inv.ORDER == "name":
        rows.sort(key=lambda r: (r["name"].lower().strip(), r["_tie"]))
    else:
        rows.sort(key=lambda r: r["_tie"])
    return rows


def add_copies(inv, rows, rng):
    """~5 % near-exact copies, inserted directly below the original."""
    picks = set(rng.sample(range(len(rows)), round(0.05 * len(rows))))
    out = []
    for k, r in enumerate(rows):
        out.append(r)
        if k in picks:
            c = dict(r)
            if rng.random() < 0.5:
                c["users"] = ""
            else:
                c["cost"] = rng.choice(inv.COSTS)
            out.append(c)
    return out


def cell_value(role, r):
    v = r.get(role, "")
    if role == "users" and isinstance(v, str) and v.isdigit():
        return int(v)
    return v if v != "" else None


def normalise_zip(path):
    """Rewrite the xlsx with fixed zip timestamps so runs are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":  # openpyxl stamps 'modified' with now()
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-03-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def make(x):
    inv = importlib.import_module("inv_" + x)
    rng = random.Random(inv.SEED)
    rows = build_rows(inv, rng)
    wb = Workbook()
    wb.remove(wb.active)
    truth = []
    for sheet, sectors in inv.SHEETS:
        srows = [r for r in rows if sectors is None or r["sector"] in sectors]
        srows = add_copies(inv, order(inv, srows, rng), rng)
        ws = wb.create_sheet(sheet)
        rno = 1
        if inv.TITLE:
            ws.cell(1, 1, inv.TITLE.format(sheet=sheet)).font = Font(bold=True, size=13)
            rno = 3
        for c, (role, head) in enumerate(inv.COLUMNS, 1):
            ws.cell(rno, c, head).font = Font(bold=True)
            ws.column_dimensions[ws.cell(rno, c).column_letter].width = inv.WIDTHS.get(role, 14)
        for r in srows:
            rno += 1
            for c, (role, head) in enumerate(inv.COLUMNS, 1):
                v = cell_value(role, r)
                cell = ws.cell(rno, c, v)
                if isinstance(v, (datetime.date, datetime.datetime)):
                    cell.number_format = inv.DATE_FORMAT
            truth.append([sheet, rno, r["name"], r["pid"], r["funcs"], r["dept"],
                          r["sector"], "system"])
    wb.properties.creator = inv.CREATOR
    wb.properties.lastModifiedBy = inv.CREATOR
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    base = os.path.join(OUT, "%s_%s" % (STEM, x))
    wb.save(base + ".xlsx")
    normalise_zip(base + ".xlsx")
    with open(base + ".truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(TRUTH_HEADER)
        w.writerows(truth)
    with open(base + ".orgmap.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(inv.ORG_HEADER)
        w.writerows(inv.ORGMAP.items())
    print("%s: %d rows, %d products" % (x, len(truth), len(inv.PRODUCTS)))


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    os.makedirs(OUT, exist_ok=True)
    for x in (sys.argv[1:] or INVS):
        make(x)
