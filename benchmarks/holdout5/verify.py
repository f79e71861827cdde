"""Sanity checks for the holdout5 outputs (run after make_inventories.py)."""

import csv
import os
import sys
from collections import Counter, defaultdict

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")
FUNCS = sys.argv[1] if len(sys.argv) > 1 else "/tmp/holdout3_input/functions.csv"
HEADER = ["sheet", "row", "system_name", "product", "functions", "department", "sector", "kind"]
NAME_HEADS = {"Järjestelmän nimi", "Järjestelmä", "Sovellus", "Systemnamn", "Application"}
DEPT_HEADS = {"Vastuuyksikkö", "Omistajayksikkö", "Yksikkö", "Förvaltning/enhet", "Service Area"}


def main():
    with open(FUNCS, encoding="utf-8") as fh:
        fids = {r["id"] for r in csv.DictReader(fh)}
    ok = True
    for stem in ["holdout5_p_fi", "holdout5_q_fi", "holdout5_r_sv", "holdout5_s_en"]:
        wb = openpyxl.load_workbook(os.path.join(OUT, stem + ".xlsx"))
        with open(os.path.join(OUT, stem + ".truth.csv"), encoding="utf-8") as fh:
            rdr = csv.reader(fh)
            assert next(rdr) == HEADER
            truth = list(rdr)
        with open(os.path.join(OUT, stem + ".orgmap.csv"), encoding="utf-8") as fh:
            org = dict(list(csv.reader(fh))[1:])
        cols = {}
        for ws in wb.worksheets:
            for hr in (1, 3):
                heads = {ws.cell(hr, c).value: c for c in range(1, ws.max_column + 1)}
                nc = [heads[h] for h in heads if h in NAME_HEADS]
                dc = [heads[h] for h in heads if h in DEPT_HEADS]
                if nc and dc:
                    cols[ws.title] = (hr, nc[0], dc[0])
        seen = set()
        prod = defaultdict(lambda: {"names": set(), "depts": set(), "funcs": set()})
        for sh, row, name, pid, funcs, dept, sector, kind in truth:
            ws = wb[sh]
            hr, nc, dc = cols[sh]
            row = int(row)
            assert row > hr
            if ws.cell(row, nc).value != name or ws.cell(row, dc).value != dept:
                print("MISMATCH", stem, sh, row, name, dept)
                ok = False
            assert kind == "system"
            for f in funcs.split(";"):
                if f not in fids:
                    print("BAD FUNCTION", stem, f)
                    ok = False
            if org.get(dept) != sector:
                print("ORGMAP", stem, dept, sector)
                ok = False
            seen.add((sh, row))
            prod[pid]["names"].add(name.strip())
            prod[pid]["depts"].add(dept)
            prod[pid]["funcs"].add(funcs)
        n_data = sum(ws.max_row - cols[ws.title][0] for ws in wb.worksheets)
        if n_data != len(truth) or len(seen) != len(truth):
            print("ROW COUNT", stem, n_data, len(truth))
            ok = False
        for pid, d in prod.items():
            if len(d["funcs"]) != 1 or not 1 <= len(next(iter(d["funcs"])).split(";")) <= 3:
                print("FUNCS", stem, pid, d["funcs"])
                ok = False
            if not 1 <= len(d["names"]) <= 4 or not 1 <= len(d["depts"]) <= 6:
                print("SPREAD", stem, pid, d["names"], d["depts"])
                ok = False
        fc = Counter(f for d in prod.values() for f in next(iter(d["funcs"])).split(";"))
        over = sorted(f for f, n in fc.items() if n >= 2)
        sectors = sorted(set(org.values()))
        print(
            f"{stem}: rows={len(truth)} products={len(prod)} functions={len(fc)} "
            f"overlap_functions={len(over)} max_products_per_function={max(fc.values())} "
            f"sectors={len(sectors)} departments={len(org)}"
        )
        print("   overlaps:", ", ".join(over))
    print("ALL OK" if ok else "PROBLEMS FOUND")


if __name__ == "__main__":
    main()
