"""`dedup analyze` on the bundled samples and the real registers: every file, consistent.

Checks the contract of result.json (every row accounted for, recommendations that keep
one product and retire others, totals that add up) and that every report opens.
"""

import json
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from dedup.cli import app

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
OUTPUTS = {"result.json", "report.xlsx", "report.html", "report.md", "graph.graphml", "graph.gexf"}


def analyze(path: Path, out: Path, *extra: str) -> dict:
    result = CliRunner().invoke(app, ["analyze", str(path), "--out", str(out), *extra])
    assert result.exit_code == 0, result.output
    assert {p.name for p in out.iterdir()} == OUTPUTS
    return json.loads((out / "result.json").read_text(encoding="utf-8"))


def check_contract(document: dict, out: Path) -> None:
    summary = document["summary"]
    assert len(document["systems"]) + len(document["rejected"]) == (
        summary["rows_read"] - summary["blank_rows"] - summary["totals_rows"]
    )
    products = {p["id"] for p in document["products"]}
    assert {s["product"] for s in document["systems"]} <= products
    retired = [p for r in document["recommendations"] for p in r["retire"]]
    assert len(retired) == len(set(retired))
    for r in document["recommendations"]:
        assert r["keep"] in products and r["keep"] not in r["retire"]
        for money in ("annual_savings_eur", "investment_eur"):
            assert r[money] is None or r[money] >= 0
        if r["annual_savings_eur"] and r["investment_eur"] is not None:
            assert r["payback_years"] == pytest.approx(
                r["investment_eur"] / r["annual_savings_eur"], abs=0.01
            )
    known = [r["annual_savings_eur"] for r in document["recommendations"]
             if r["annual_savings_eur"] is not None]  # fmt: skip
    assert summary["annual_savings_eur"] == (pytest.approx(sum(known)) if known else None)
    workbook = openpyxl.load_workbook(out / "report.xlsx", read_only=True)
    assert len(workbook.sheetnames) >= 8
    workbook.close()
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and "http://" not in html.split("<body", 1)[0]


def test_bundled_sample_with_the_helsinki_map(tmp_path):
    document = analyze(
        SAMPLES / "helsinki_inventory.xlsx", tmp_path / "out", "--org-map", "helsinki2017",
        "--config", str(SAMPLES / "dedup.toml"),
    )  # fmt: skip
    check_contract(document, tmp_path / "out")
    headline = document["summary"]["headline"]
    assert headline["sectors"] == 5 and headline["units"] >= 30
    assert (headline["products_per_overlapping_function_after"]
            < headline["products_per_overlapping_function_before"])  # fmt: skip
    assert all(s["sector"] for s in document["systems"])
    scopes = {c["scope"] for c in document["clusters"]}
    assert {"sector", "city"} <= scopes


def test_shipped_helsinki_2013_register(tmp_path):
    path = SAMPLES / "helsinki_2013_tietojarjestelmaluettelo.csv"
    document = analyze(path, tmp_path / "out", "--org-map", "helsinki2017", "--lang", "fi")
    check_contract(document, tmp_path / "out")
    assert len(document["systems"]) == 1010 and len(document["rejected"]) == 30
    functions = {o["function"] for o in document["overlaps"]}
    assert {"time-tracking", "case-management", "survey-forms", "web-publishing"} <= functions


@pytest.mark.parametrize(
    "name", ["oulu_2023_tietojarjestelmaluettelo.csv", "gsa_2022_it_standards.csv"]
)
def test_real_registers(realdata, tmp_path, name):
    document = analyze(realdata / name, tmp_path / "out", "--lang", "en")
    check_contract(document, tmp_path / "out")


def test_graph_files_written_in_parallel_are_the_same(tmp_path, monkeypatch):
    import networkx as nx

    import dedup.report

    path = SAMPLES / "helsinki_inventory.xlsx"
    analyze(path, tmp_path / "sequential")
    monkeypatch.setattr(dedup.report, "PARALLEL_FROM", 1)
    analyze(path, tmp_path / "parallel")
    for name in sorted(OUTPUTS):
        sequential = (tmp_path / "sequential" / name).read_bytes()
        assert (tmp_path / "parallel" / name).read_bytes() == sequential, name
    graph = nx.read_graphml(tmp_path / "parallel" / "graph.graphml")
    assert graph.number_of_nodes() > 1000
