#!/usr/bin/env python3
"""Sanity checks for the holdout4 outputs (does not touch the tool).

python3 benchmarks/holdout4/verify_outputs.py [path/to/functions.csv]
"""

import csv
import os
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")
HEADER = ["sheet", "row", "system_name", "product", "functions", "department", "sector", "kind"]
NAME_COL = {
    "holdout4_l_fi": ("Järjestelmä", "Yksikkö"),
    "holdout4_m_fi": ("Järjestelmän nimi", "Palvelualue"),
    "holdout4_n_sv": ("Systemnamn", "Förvaltning / enhet"),
    "holdout4_o_en": ("System Name", "Department"),
}


def main():
    fpath = sys.argv[1] if len(sys.argv) > 1 else "/tmp/holdout3_input/functions.csv"
    func_ids = None
    if os.path.exists(fpath):
        with open(fpath, encoding="utf-8") as fh:
            func_ids = {r["id"] for r in csv.DictReader(fh)}
    bad = 0
    for stem, (name_h, dept_h) in NAME_COL.items():
        wb = openpyxl.load_workbook(os.path.join(OUT, stem + ".xlsx"))
        with open(os.path.join(OUT, stem + ".truth.csv"), encoding="utf-8", newline="") as fh:
            rd = csv.reader(fh)
            header = next(rd)
            assert header == HEADER, header
            truth = list(rd)
        with open(os.path.join(OUT, stem + ".orgmap.csv"), encoding="utf-8", newline="") as fh:
            rd = csv.reader(fh)
            next(rd)
            orgmap = {a: b for a, b in rd}
        covered = set()
        for sheet, row, name, product, funcs, dept, sector, kind in truth:
            ws = wb[sheet]
            hdr_row = next(
                r
                for r in range(1, 6)
                if ws.cell(row=r, column=1).value in (name_h,) or name_h in [c.value for c in ws[r]]
            )
            heads = [c.value for c in ws[hdr_row]]
            nc, dc = heads.index(name_h) + 1, heads.index(dept_h) + 1
            r = int(row)
            problems = []
            if r <= hdr_row:
                problems.append("row in header area")
            if ws.cell(row=r, column=nc).value != name:
                problems.append(f"name {ws.cell(row=r, column=nc).value!r} != {name!r}")
            if ws.cell(row=r, column=dc).value != dept:
                problems.append("department mismatch")
            if orgmap.get(dept) != sector:
                problems.append("department/sector not in org map")
            if kind != "system":
                problems.append("kind")
            fl = funcs.split(";")
            if not 1 <= len(fl) <= 3 or (func_ids and not set(fl) <= func_ids):
                problems.append("functions " + funcs)
            if problems:
                bad += 1
                print(stem, sheet, row, problems)
            covered.add((sheet, r))
        # every non-empty data row has a truth line
        for ws in wb.worksheets:
            hdr_row = next(r for r in range(1, 6) if name_h in [c.value for c in ws[r]])
            for r in range(hdr_row + 1, ws.max_row + 1):
                if any(c.value not in (None, "") for c in ws[r]) and (ws.title, r) not in covered:
                    bad += 1
                    print(stem, ws.title, r, "data row without truth")
        prods = {t[3] for t in truth}
        print(
            f"{stem}: {len(truth)} truth rows, {len(prods)} products, sheets {wb.sheetnames}, "
            f"{len(orgmap)} departments in org map, {len(set(orgmap.values()))} sectors"
        )
    print("FAILURES:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
