"""Consistency checks for the holdout6 outputs (run after make_inventories.py)."""

import csv
import hashlib
import os
from collections import defaultdict

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")
STEMS = ["holdout6_t_fi", "holdout6_u_fi", "holdout6_v_sv", "holdout6_w_en"]
HEADER = ["sheet", "row", "system_name", "product", "functions", "department", "sector", "kind"]
NAME_COLS = {"Järjestelmä", "Järjestelmän nimi", "System", "Application Name"}
DEPT_COLS = {"Yksikkö", "Palvelukokonaisuus / yksikkö", "Förvaltning/enhet", "Department"}
PURPOSE_COLS = {
    "Käyttötarkoitus",
    "Kuvaus / käyttötarkoitus",
    "Syfte / användningsområde",
    "Business Purpose",
}


def main():
    with open(os.path.join(HERE, "functions.csv"), encoding="utf-8") as fh:
        fids = {r["id"] for r in csv.DictReader(fh)}
    for stem in STEMS:
        path = os.path.join(OUT, stem + ".xlsx")
        print(stem, hashlib.sha256(open(path, "rb").read()).hexdigest()[:16])
        wb = openpyxl.load_workbook(path)
        with open(os.path.join(OUT, stem + ".truth.csv"), encoding="utf-8") as fh:
            rd = csv.reader(fh)
            assert next(rd) == HEADER
            truth = list(rd)
        with open(os.path.join(OUT, stem + ".orgmap.csv"), encoding="utf-8") as fh:
            rd = csv.reader(fh)
            next(rd)
            orgmap = dict(rd)
        seen = set()
        names, funcs, depts, purposes = (defaultdict(set) for _ in range(4))
        for sheet, row, name, pid, fs, dept, sector, kind in truth:
            ws = wb[sheet]
            hdr_row = next(
                r
                for r in range(1, 6)
                if any(ws.cell(r, c).value in NAME_COLS for c in range(1, 15))
            )
            cols = {ws.cell(hdr_row, c).value: c for c in range(1, ws.max_column + 1)}
            ncol = next(cols[h] for h in cols if h in NAME_COLS)
            dcol = next(cols[h] for h in cols if h in DEPT_COLS)
            pcol = next(cols[h] for h in cols if h in PURPOSE_COLS)
            r = int(row)
            assert r > hdr_row
            assert ws.cell(r, ncol).value == name, (stem, row, name)
            assert ws.cell(r, dcol).value == dept, (stem, row, dept)
            assert kind == "system"
            assert all(f in fids for f in fs.split(";")), fs
            assert orgmap.get(dept) == sector, (stem, dept)
            seen.add((sheet, r))
            names[pid].add(name)
            funcs[pid].add(fs)
            depts[pid].add(dept)
            purposes[pid].add(str(ws.cell(r, pcol).value or "").strip().lower())
        for ws in wb.worksheets:  # every data row has a truth line
            hdr_row = next(
                r
                for r in range(1, 6)
                if any(ws.cell(r, c).value in NAME_COLS for c in range(1, 15))
            )
            for r in range(hdr_row + 1, ws.max_row + 1):
                assert (ws.title, r) in seen, (stem, ws.title, r)
        assert all(len(v) == 1 for v in funcs.values())
        assert all(1 <= len(v) <= 4 for v in names.values()), names
        assert len(set(orgmap.values())) in range(4, 7)
        by_func = defaultdict(set)
        for pid, fs in funcs.items():
            for f in next(iter(fs)).split(";"):
                by_func[f].add(pid)
        ov = {f: p for f, p in by_func.items() if len(p) >= 2}
        print(
            f"  rows={len(truth)} products={len(funcs)} sectors={len(set(orgmap.values()))} "
            f"departments={len(orgmap)} overlap_functions={len(ov)} "
            f"max_products_per_function={max(len(p) for p in by_func.values())}"
        )
    print("OK")


if __name__ == "__main__":
    main()
