"""A person's decisions override the tool, from TOML or xlsx, and the result says so."""

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from dedup.cli import app
from dedup.decisions import load_decisions
from dedup.errors import ConfigError

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "helsinki_inventory.xlsx"

TOML = """
[[same]]
names = ["Titania", "Titania työaika"]
[[different]]
names = ["Basware Finance", "Basware IP"]
[[keep]]
product = "Webropol"
[[exclude]]
product = "Vanha kassa"
[[not_before]]
department = "Sosiaali- ja terveysvirasto"
date = 2027-06-01
"""


def test_toml_decisions_become_stage_parameters(tmp_path):
    path = tmp_path / "decisions.toml"
    path.write_text(TOML, encoding="utf-8")
    decisions = load_decisions(path)
    assert decisions.aliases == {"Titania työaika": "Titania"}
    assert decisions.never_merge == (("Basware Finance", "Basware IP"),)
    assert decisions.plan.keep == {"Webropol"}
    assert decisions.plan.exclude == {"Vanha kassa"}
    assert decisions.plan.not_before == {"sosiaali- ja terveysvirasto": date(2027, 6, 1)}


def test_xlsx_decisions_with_finnish_headers(tmp_path):
    path = tmp_path / "paatokset.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Päätös", "Kohde", "Toinen", "Päivä"])
    sheet.append(["sama", "Titania", "Titania työaika", None])
    sheet.append(["pidä", "Webropol", None, None])
    sheet.append(["ei ennen", "Sote", None, date(2027, 1, 1)])
    workbook.save(path)
    decisions = load_decisions(path)
    assert decisions.aliases == {"Titania työaika": "Titania"}
    assert decisions.plan.keep == {"Webropol"}
    assert decisions.plan.not_before == {"sote": date(2027, 1, 1)}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[keep]]\nname = 'x'\n", "give product"),
        ("[[same]]\nnames = ['only one']\n", "two or more names"),
        ("[[merge]]\nnames = ['a', 'b']\n", "unknown section [[merge]]"),
        ("[[not_before]]\ndepartment = 'Sote'\n", "date = 2027-01-31"),
        ("not toml = = =", "not valid TOML"),
    ],
)
def test_bad_decisions_name_the_entry(tmp_path, text, message):
    path = tmp_path / "d.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace("[", r"\[")):
        load_decisions(path)


def test_a_rerun_honours_a_keep_decision_and_shows_it(tmp_path):
    out = tmp_path / "first"
    runner = CliRunner()
    args = ["analyze", str(SAMPLE), "--org-map", "helsinki2017", "--lang", "en"]
    assert runner.invoke(app, [*args, "--out", str(out)]).exit_code == 0
    first = json.loads((out / "result.json").read_text(encoding="utf-8"))
    names = {p["id"]: p["name"] for p in first["products"]}
    rec = next(r for r in first["recommendations"] if r["kind"] == "consolidate")
    other = rec["retire"][0]
    decisions = tmp_path / "decisions.toml"
    decisions.write_text(f"[[keep]]\nproduct = {json.dumps(names[other])}\n", encoding="utf-8")
    out2 = tmp_path / "second"
    result = runner.invoke(app, [*args, "--out", str(out2), "--decisions", str(decisions)])
    assert result.exit_code == 0, result.output
    second = json.loads((out2 / "result.json").read_text(encoding="utf-8"))
    kept = [
        r for r in second["recommendations"] if r["keep"] == other and r["kind"] == "consolidate"
    ]
    assert kept and f"keep {names[other]} (decision)" in kept[0]["decisions"]
    assert second["summary"]["decisions"][0]["kind"] == "keep"
    assert all(other not in r["retire"] for r in second["recommendations"])
