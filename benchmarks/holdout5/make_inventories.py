"""Deterministic generator for the holdout5 blind evaluation set.

Writes four inventory workbooks plus truth and org-map CSV files to ./out/.
Product data lives in the inv_*.py modules next to this file. Only the
standard library and openpyxl are used; output is byte-identical per run.
"""

import csv
import datetime as dt
import io
import os
import random
import re
import sys
import zipfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import inv_p_fi  # noqa: E402
import inv_q_fi  # noqa: E402
import inv_r_sv  # noqa: E402
import inv_s_en  # noqa: E402
import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Font  # noqa: E402

OUT = os.path.join(HERE, "out")
FIXED_TIME = dt.datetime(2024, 11, 4, 9, 30, 0)
ZIP_TIME = (2024, 11, 4, 9, 30, 0)
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


def load_function_ids():
    """Function ids are copied here so the generator has no outside input."""
    return set(inv_p_fi.FUNCTION_IDS)


def build_rows(inv, rng):
    """Expand product specs into row dicts (one per department mention)."""
    rows = []
    for prod in inv.PRODUCTS:
        pid, names, funcs, vendor, depts, purposes = prod[:6]
        extra = prod[6] if len(prod) > 6 else {}
        notes = extra.get("notes", [])
        for i, dept in enumerate(depts):
            name = names[i % len(names)] if i < 2 * len(names) else rng.choice(names)
            purpose = purposes[i % len(purposes)]
            note = notes[i % len(notes)] if notes and rng.random() < 0.6 else ""
            rows.append(
                {
                    "pid": pid,
                    "funcs": funcs,
                    "name": name,
                    "vendor": vendor if rng.random() > 0.06 else "",
                    "dept": dept,
                    "purpose": purpose,
                    "note": note,
                }
            )
    # placeholders, upper case, near-exact duplicates
    lang = inv.LANG
    for r in rows:
        x = rng.random()
        if x < 0.10:
            real = r["purpose"].replace("\n", " ")
            r["purpose"] = rng.choice(lang["placeholders"])
            lead = rng.choice(lang["note_leads"])
            r["note"] = (lead + real + (" " + r["note"] if r["note"] else "")).strip()
        elif x < 0.14:
            r["purpose"] = r["purpose"].upper()
        r["users"] = rng.choice(lang["users"])
        r["cost"] = rng.choice(lang["costs"])
        r["end"] = rng.choice(lang["ends"])
        if not r["note"] and rng.random() < 0.25:
            r["note"] = rng.choice(lang["notes"])
    dups = []
    for r in rows:
        if rng.random() < 0.05:
            d = dict(r)
            if rng.random() < 0.5:
                d["name"] = d["name"] + " "
            elif rng.random() < 0.5:
                d["note"] = rng.choice(lang["notes"])
            dups.append((r, d))
    for orig, d in dups:
        rows.insert(rows.index(orig) + 1, d)
    return rows


def order_rows(inv, rows, rng):
    mode = inv.ORDER
    if mode == "dept":
        order = {d: i for i, d in enumerate(inv.DEPT_ORDER)}
        rows.sort(key=lambda r: (order.get(r["dept"], 99), r["name"].lower()))
    elif mode == "name":
        rows.sort(key=lambda r: r["name"].lower().lstrip())
    elif mode == "shuffle":
        # keep exact duplicates next to their original
        groups, cur = [], None
        for r in rows:
            if cur is not None and r["pid"] == cur[-1]["pid"] and r["dept"] == cur[-1]["dept"]:
                cur.append(r)
            else:
                cur = [r]
                groups.append(cur)
        rng.shuffle(groups)
        rows[:] = [r for g in groups for r in g]
    return rows


def cell_value(r, key):
    return {
        "name": r["name"],
        "vendor": r["vendor"],
        "dept": r["dept"],
        "purpose": r["purpose"],
        "users": r["users"],
        "cost": r["cost"],
        "end": r["end"],
        "note": r["note"],
    }[key]


def write_sheet(ws, sheet_spec, rows, truth, sectors):
    title = sheet_spec.get("title")
    r0 = 1
    if title:
        ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=13)
        r0 = 3
    cols = sheet_spec["columns"]
    for c, (key, head) in enumerate(cols, start=1):
        cell = ws.cell(row=r0, column=c, value=head)
        cell.font = Font(bold=True)
        ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = {
            "purpose": 55,
            "note": 40,
            "name": 28,
            "dept": 26,
        }.get(key, 16)
    for i, r in enumerate(rows):
        xrow = r0 + 1 + i
        for c, (key, _h) in enumerate(cols, start=1):
            v = cell_value(r, key)
            if v == "":
                continue
            cell = ws.cell(row=xrow, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "d.m.yyyy" if sheet_spec.get("fi_dates") else "yyyy-mm-dd"
            if key in ("purpose", "note") and isinstance(v, str) and "\n" in v:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        truth.append(
            [
                ws.title,
                xrow,
                r["name"],
                r["pid"],
                r["funcs"],
                r["dept"],
                sectors[r["dept"]],
                "system",
            ]
        )
    ws.freeze_panes = ws.cell(row=r0 + 1, column=1)


def normalise_zip(data):
    """Fix zip entry timestamps and the core.xml modified date."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            payload = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = payload.decode("utf-8")
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>" + stamp + r"\2", txt)
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>" + stamp + r"\2", txt)
                payload = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, payload)
    return buf.getvalue()


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def generate(inv):
    rng = random.Random(inv.SEED)
    sectors = {d: s for d, s in inv.ORGMAP}
    rows = build_rows(inv, rng)
    for r in rows:
        if r["dept"] not in sectors:
            raise SystemExit(f"{inv.STEM}: department not in org map: {r['dept']!r}")
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    truth = []
    for spec in inv.SHEETS:
        part = [r for r in rows if spec["take"](r, sectors)]
        part = order_rows(inv, part, rng)
        ws = wb.create_sheet(spec["name"])
        write_sheet(ws, spec, part, truth, sectors)
    wb.properties.creator = inv.CREATOR
    wb.properties.lastModifiedBy = inv.CREATOR
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    with open(os.path.join(OUT, inv.STEM + ".xlsx"), "wb") as fh:
        fh.write(normalise_zip(buf.getvalue()))
    write_csv(os.path.join(OUT, inv.STEM + ".truth.csv"), TRUTH_HEADER, truth)
    write_csv(
        os.path.join(OUT, inv.STEM + ".orgmap.csv"),
        list(inv.ORGMAP_HEADER),
        [list(x) for x in inv.ORGMAP],
    )
    return truth


def main():
    os.makedirs(OUT, exist_ok=True)
    fids = load_function_ids()
    for inv in (inv_p_fi, inv_q_fi, inv_r_sv, inv_s_en):
        for prod in inv.PRODUCTS:
            for f in prod[2].split(";"):
                if f not in fids:
                    raise SystemExit(f"{inv.STEM}: unknown function {f} in {prod[0]}")
        truth = generate(inv)
        print(f"{inv.STEM}: {len(truth)} rows, {len(inv.PRODUCTS)} products")


if __name__ == "__main__":
    main()
