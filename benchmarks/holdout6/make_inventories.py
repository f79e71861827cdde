"""Generate the holdout6 blind evaluation inventories.

Deterministic: every random choice comes from random.Random seeded with fixed strings,
workbook properties and zip timestamps are fixed, so every run is byte-identical.

Usage:  python3 benchmarks/holdout6/make_inventories.py
Writes: benchmarks/holdout6/out/<stem>.xlsx, <stem>.truth.csv, <stem>.orgmap.csv
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import re
import sys
import zipfile
from collections import defaultdict

import openpyxl
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import inv_t  # noqa: E402
import inv_u  # noqa: E402
import inv_v  # noqa: E402
import inv_w  # noqa: E402

OUT = os.path.join(HERE, "out")
FIXED = dt.datetime(2025, 3, 14, 9, 30, 0)
ZIP_TIME = (2025, 3, 14, 9, 30, 0)
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


# ---------------------------------------------------------------- messy cell pools
COST = {
    "fi": [
        "{k} €",
        "{k} €",
        "n. {k} €/v",
        "{k}",
        "{t} t€",
        "sis. M365-sopimukseen",
        "",
        "",
        "ei tiedossa",
        "{m} €/kk",
        "{k} € (alv 0)",
        "?",
        "kts. sopimus",
        "{k}e",
        "maksuton",
    ],
    "sv": [
        "{k} kr",
        "{k} kr",
        "ca {t} tkr",
        "{k}",
        "ingår i ramavtal",
        "",
        "",
        "se avtal",
        "{m} kr/mån",
        "{t} tkr/år",
        "?",
        "0",
        "{k} kr exkl moms",
        "ingår",
    ],
    "en": [
        "${k}",
        "${k}",
        "~${t}k/yr",
        "{k}",
        "included in EA",
        "",
        "",
        "TBD",
        "${m}/mo",
        "N/A",
        "${k}.00",
        "see contract",
        "{t}K",
        "grant funded",
    ],
}
USERS = {
    "fi": [
        "{n}",
        "{n}",
        "n. {n}",
        "{a}-{b}",
        "kaikki",
        "koko henkilöstö",
        "",
        "?",
        "{n} käyttäjää",
        "{n} lisenssiä",
        "pääkäyttäjät + {n}",
    ],
    "sv": [
        "{n}",
        "{n}",
        "ca {n}",
        "{a}-{b}",
        "alla",
        "samtliga medarbetare",
        "",
        "?",
        "{n} användare",
        "{n} licenser",
        "{n} st",
    ],
    "en": [
        "{n}",
        "{n}",
        "approx. {n}",
        "{a}-{b}",
        "All staff",
        "all employees",
        "",
        "?",
        "{n} users",
        "{n} seats",
        "{n} named + public",
    ],
}
END = {
    "fi": [
        "date",
        "date",
        "{d}.{mo}.{y}",
        "{y}",
        "toistaiseksi",
        "toistaiseksi voimassa",
        "{mo}/{y}",
        "",
        "",
        "jatkuva",
        "{y}-{mo:02d}-{d:02d}",
        "optio {y}+1",
    ],
    "sv": [
        "date",
        "date",
        "{y}-{mo:02d}-{d:02d}",
        "{y}",
        "tillsvidare",
        "löpande",
        "{mo}/{y}",
        "",
        "",
        "uppsägningstid 3 mån",
        "{d}/{mo} {y}",
        "option +2 år",
    ],
    "en": [
        "date",
        "date",
        "{mo}/{d}/{y}",
        "FY{yy}",
        "Evergreen",
        "auto-renew",
        "{mo}/{y}",
        "",
        "",
        "month-to-month",
        "{y}-{mo:02d}-{d:02d}",
        "{mo}/{d}/{yy}",
    ],
}


def fmt_thousands(n: int, lang: str) -> str:
    s = f"{n:,}"
    if lang == "en":
        return s
    return s.replace(",", "\u00a0" if lang == "fi" and n % 7 == 0 else " ")


def cost_cell(rng: random.Random, lang: str):
    pat = rng.choice(COST[lang])
    k = rng.choice(
        [800, 1500, 2400, 3600, 5000, 7200, 9800, 12000, 18500, 24000, 36000, 48000, 65000, 120000]
    )
    if lang == "sv":
        k *= 10
    if pat == "{k}" and rng.random() < 0.5:
        return k  # real number cell
    t = f"{k / 1000:.1f}".replace(".", "," if lang != "en" else ".")
    m = max(50, k // 12)
    return pat.format(k=fmt_thousands(k, lang), t=t, m=fmt_thousands(m, lang))


def users_cell(rng: random.Random, lang: str):
    pat = rng.choice(USERS[lang])
    n = rng.choice([2, 3, 4, 5, 8, 12, 15, 20, 25, 40, 60, 120, 250, 400, 900])
    if pat == "{n}" and rng.random() < 0.6:
        return n
    return pat.format(n=n, a=n, b=n * 2)


def end_cell(rng: random.Random, lang: str):
    pat = rng.choice(END[lang])
    y = rng.choice([2024, 2025, 2025, 2026, 2026, 2027, 2028, 2029])
    mo = rng.choice([1, 3, 5, 6, 8, 12, 12])
    d = 31 if mo in (1, 3, 5, 8, 12) else 30
    if pat == "date":
        return dt.datetime(y, mo, d)
    return pat.format(y=y, mo=mo, d=d, yy=y % 100)


# ---------------------------------------------------------------- row building
STYLE_FUNCS = {
    "plain": lambda s: s,
    "upper": lambda s: s.upper(),
    "lower": lambda s: s[:1].lower() + s[1:],
    "nodot": lambda s: s.rstrip(". "),
}


def build_rows(mod):
    """Return list of row dicts (not yet ordered) for one inventory module."""
    lang = mod.LANG
    rows = []
    for p in mod.PRODUCTS:
        rng = random.Random(f"{mod.STEM}:{p.pid}")
        depts = p.depts.split()
        pinned = defaultdict(list)
        free = []
        for pur in p.purposes:
            if isinstance(pur, tuple):
                pinned[pur[0]].append(pur[1])
            else:
                free.append(pur)
        n_off = rng.randrange(len(p.names))
        f_off = 0  # free texts were written in department order
        vendors = p.vendor if isinstance(p.vendor, list) else [p.vendor]
        v_off = rng.randrange(len(vendors))
        free_i = 0
        pin_i = defaultdict(int)
        for i, dk in enumerate(depts):
            if pinned.get(dk):
                lst = pinned[dk]
                purpose = lst[pin_i[dk] % len(lst)]
                pin_i[dk] += 1
            else:
                purpose = free[(f_off + free_i) % len(free)]
                free_i += 1
            dept = mod.DEPTS[dk]
            variants = dept[1]
            dtext = variants[0] if rng.random() < 0.7 else rng.choice(variants)
            style = dept[2] if len(dept) > 2 else "plain"
            purpose = STYLE_FUNCS[style](purpose)
            note = ""
            if p.notes and rng.random() < 0.45:
                note = rng.choice(p.notes)
            rows.append(
                {
                    "pid": p.pid,
                    "funcs": p.funcs,
                    "dkey": dk,
                    "dept": dtext,
                    "sector": dept[0],
                    "name": p.names[(n_off + i) % len(p.names)],
                    "vendor": vendors[(v_off + i) % len(vendors)],
                    "purpose": purpose,
                    "notes": note,
                    "cost": cost_cell(rng, lang),
                    "users": users_cell(rng, lang),
                    "end": end_cell(rng, lang),
                    "hosting": rng.choice(mod.HOSTING),
                    "owner": ""
                    if rng.random() < 0.2
                    else mod.OWNERS[sum(map(ord, dk)) % len(mod.OWNERS)],
                }
            )
    return rows


def apply_placeholders(mod, rows):
    rng = random.Random(f"{mod.STEM}:placeholders")
    k = round(len(rows) * 0.10)
    idx = sorted(rng.sample(range(len(rows)), k))
    for i in idx:
        r = rows[i]
        real = r["purpose"]
        prefix = rng.choice(mod.NOTE_PREFIXES)
        r["notes"] = (prefix + real + (" " + r["notes"] if r["notes"] else "")).strip()
        r["purpose"] = rng.choice(mod.PLACEHOLDERS)
    return rows


def order_and_duplicate(mod, rows):
    rng = random.Random(f"{mod.STEM}:order")
    by_dept = defaultdict(list)
    for r in rows:
        by_dept[r["dkey"]].append(r)
    sheets = []
    for sheet_name, dkeys in mod.SHEETS:
        ordered = []
        for dk in dkeys:
            grp = by_dept.pop(dk, [])
            rng.shuffle(grp)
            ordered.extend(grp)
        sheets.append([sheet_name, ordered])
    assert not by_dept, f"departments without sheet: {list(by_dept)}"
    # exact and near duplicates, inserted right after the original
    for kind, count in (("exact", mod.N_EXACT_DUP), ("near", mod.N_NEAR_DUP)):
        for _ in range(count):
            s = rng.choice([s for s in sheets if len(s[1]) > 20])
            lst = s[1]
            i = rng.randrange(len(lst))
            copy = dict(lst[i])
            if kind == "near":
                copy["users"] = users_cell(rng, mod.LANG)
                copy["cost"] = cost_cell(rng, mod.LANG)
                if isinstance(copy["purpose"], str) and copy["purpose"].strip():
                    copy["purpose"] = copy["purpose"].rstrip(".") + rng.choice(
                        [" ", ".", "  ", " (sama kuin yllä)" if mod.LANG == "fi" else " "]
                    )
            lst.insert(i + 1, copy)
    return sheets


# ---------------------------------------------------------------- writing
def normalise_xlsx(raw: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
                data = re.sub(
                    rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                    rb"\g<1>" + stamp.encode() + rb"\g<3>",
                    data,
                )
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    return buf.getvalue()


def write_inventory(mod):
    rows = build_rows(mod)
    used = defaultdict(set)
    for r in rows:
        used[r["pid"]].add(r["purpose"].lower())
    few = [pid for pid, s in used.items() if len(s) < 2]
    assert not few, (mod.STEM, "products with <2 distinct purposes", few)
    rows = apply_placeholders(mod, rows)
    sheets = order_and_duplicate(mod, rows)

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    truth = []
    for sheet_name, lst in sheets:
        ws = wb.create_sheet(sheet_name)
        cols = mod.COLUMNS[sheet_name]
        r0 = 1
        title = mod.TITLES.get(sheet_name)
        if title:
            ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=13)
            r0 = 3
        for c, (head, _key) in enumerate(cols, start=1):
            ws.cell(row=r0, column=c, value=head).font = Font(bold=True)
        for n, r in enumerate(lst, start=1):
            xr = r0 + n
            for c, (_head, key) in enumerate(cols, start=1):
                if key == "id":
                    val = mod.ID_FORMAT.format(n=n)
                else:
                    val = r[key]
                if val == "":
                    continue
                cell = ws.cell(row=xr, column=c, value=val)
                if isinstance(val, dt.datetime):
                    cell.number_format = mod.DATE_FORMAT
            truth.append(
                [sheet_name, xr, r["name"], r["pid"], r["funcs"], r["dept"], r["sector"], "system"]
            )
        for c, (head, key) in enumerate(cols, start=1):
            letter = openpyxl.utils.get_column_letter(c)
            ws.column_dimensions[letter].width = {"purpose": 60, "notes": 40}.get(key, 18)
        ws.freeze_panes = ws.cell(row=r0 + 1, column=1)
    wb.properties.creator = mod.CREATOR
    wb.properties.lastModifiedBy = mod.CREATOR
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.title = mod.DOC_TITLE
    buf = io.BytesIO()
    wb.save(buf)
    with open(os.path.join(OUT, mod.STEM + ".xlsx"), "wb") as fh:
        fh.write(normalise_xlsx(buf.getvalue()))

    with open(os.path.join(OUT, mod.STEM + ".truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(TRUTH_HEADER)
        w.writerows(truth)

    seen = {}
    sector_order = {s: i for i, s in enumerate(mod.SECTORS)}
    for t in truth:
        seen.setdefault(t[5], t[6])
    with open(os.path.join(OUT, mod.STEM + ".orgmap.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(mod.ORGMAP_HEADER)
        for d, s in sorted(seen.items(), key=lambda kv: (sector_order[kv[1]], kv[0])):
            w.writerow([d, s])
    return truth


def check_design(mod, func_ids):
    """Sanity checks on the hand-written product table."""
    pids = set()
    by_func = defaultdict(set)
    for p in mod.PRODUCTS:
        assert p.pid not in pids, p.pid
        pids.add(p.pid)
        fs = p.funcs.split(";")
        assert 1 <= len(fs) <= 3, p.pid
        for f in fs:
            assert f in func_ids, (p.pid, f)
            by_func[f].add(p.pid)
        assert 1 <= len(p.names) <= 4, p.pid
        n_pur = len(p.purposes)
        assert 2 <= n_pur <= 4, (p.pid, n_pur)
        depts = p.depts.split()
        assert len(depts) >= 2, (p.pid, "needs >=2 rows")
        assert 1 <= len(set(depts)) <= 6, p.pid
        for d in depts:
            assert d in mod.DEPTS, (p.pid, d)
    overl = {f: sorted(ps) for f, ps in by_func.items() if len(ps) >= 2}
    assert all(len(ps) <= 3 for ps in overl.values()), overl
    return overl


def main():
    with open(os.path.join(HERE, "functions.csv"), encoding="utf-8") as fh:
        func_ids = {r["id"] for r in csv.DictReader(fh)}
    os.makedirs(OUT, exist_ok=True)
    for mod in (inv_t, inv_u, inv_v, inv_w):
        overl = check_design(mod, func_ids)
        truth = write_inventory(mod)
        nprod = len({t[3] for t in truth})
        lo, hi = mod.ROWS_RANGE
        assert lo <= len(truth) <= hi, (mod.STEM, len(truth))
        nfunc = len({f for t in truth for f in t[4].split(";")})
        print(
            f"{mod.STEM}: rows={len(truth)} products={nprod} functions={nfunc} "
            f"overlap_functions={len(overl)}"
        )
        for f, ps in sorted(overl.items()):
            print(f"    {f}: {', '.join(ps)}")


if __name__ == "__main__":
    main()
