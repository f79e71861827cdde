"""The CLI through typer's runner: messages, exit codes, and what lands on disk."""

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dedup.cli import app

DATA = Path(__file__).parent / "data" / "csv"
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def test_check_clean_file_exits_0():
    result = run("check", DATA / "semicolon_bom.csv")
    assert result.exit_code == 0, result.output
    assert "2 systems, 0 rejected" in result.output


def test_check_lists_findings_by_cell_and_exits_1_on_errors():
    result = run("check", DATA / "missing_name.csv")
    assert result.exit_code == 1
    assert "missing_name.csv:missing_name!A3 [missing-name]" in result.output


def test_check_missing_file_exits_2_with_one_line(tmp_path):
    result = run("check", tmp_path / "nope.xlsx")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "nope.xlsx" in result.output


def test_analyze_writes_result_json(tmp_path):
    out = tmp_path / "out"
    result = run("analyze", DATA / "totals_blank.csv", "--out", out)
    assert result.exit_code == 0, result.output
    document = json.loads((out / "result.json").read_text(encoding="utf-8"))
    assert document["schema"] == "dedup/result@1"
    assert [s["name"] for s in document["systems"]] == ["Wilma", "Ahjo"]
    assert document["systems"][0]["source"] == {
        "file": "totals_blank.csv", "sheet": "totals_blank", "row": 2,
    }  # fmt: skip
    assert document["systems"][0]["annual_cost_eur"] == 12500
    assert document["summary"]["totals_rows"] == 1


def test_analyze_keeps_unknown_costs_null(tmp_path):
    out = tmp_path / "out"
    assert run("analyze", DATA / "semicolon_bom.csv", "--out", out).exit_code == 0
    document = json.loads((out / "result.json").read_text(encoding="utf-8"))
    assert all(s["annual_cost_eur"] is None for s in document["systems"])


def test_analyze_refuses_to_write_beside_its_input(tmp_path):
    source = tmp_path / "inv.csv"
    shutil.copy(DATA / "semicolon_bom.csv", source)
    result = run("analyze", source, "--out", tmp_path)
    assert result.exit_code == 2
    assert "holds the input inv.csv" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inv.csv"]


def test_analyze_with_one_bad_input_still_analyses_the_other(tmp_path):
    bad = tmp_path / "empty.xlsx"
    bad.write_bytes(b"")
    out = tmp_path / "out"
    result = run("analyze", bad, DATA / "semicolon_bom.csv", "--out", out)
    assert result.exit_code == 0, result.output
    document = json.loads((out / "result.json").read_text(encoding="utf-8"))
    assert len(document["systems"]) == 2
    assert any(f["source"] and f["source"]["file"] == "empty.xlsx" for f in document["findings"])


def test_analyze_with_no_usable_input_exits_2(tmp_path):
    bad = tmp_path / "empty.csv"
    bad.write_bytes(b"")
    result = run("analyze", bad, "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert "no input could be read" in result.output


def test_bad_config_is_a_clear_error(tmp_path):
    config = tmp_path / "dedup.toml"
    config.write_text("[columns]\nnmae = 'Järjestelmä'\n", encoding="utf-8")
    result = run("check", DATA / "semicolon_bom.csv", "--config", config)
    assert result.exit_code == 2
    assert "[columns] nmae: unknown field" in result.output


def test_config_products_say_what_a_local_product_is_for(tmp_path):
    """A consultant teaches the catalogue a city's own product once, in the config."""
    inventory = tmp_path / "inv.csv"
    inventory.write_text("Järjestelmä;Toimiala\nKaupsu;Keskushallinto\nWilma;Opev\n",
                         encoding="utf-8")  # fmt: skip
    config = tmp_path / "dedup.toml"
    config.write_text('[products]\n"Kaupsu" = ["intranet"]\n"Wilma" = ["learning-platform"]\n',
                      encoding="utf-8")  # fmt: skip
    out = tmp_path / "out"
    result = run("analyze", inventory, "--config", config, "--out", out)
    assert result.exit_code == 0, result.output
    systems = json.loads((out / "result.json").read_text(encoding="utf-8"))["systems"]
    assert [(s["functions"], s["function_evidence"]) for s in systems] == [
        (["intranet"], ["intranet: Kaupsu in the product catalogue"]),
        (["learning-platform"], ["learning-platform: Wilma in the product catalogue"]),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [('[products]\n"Kaupsu" = "intranet"\n', "[products] 'Kaupsu' must list function ids"),
     ('[products]\n"Kaupsu" = ["intarnet"]\n', "[products] 'Kaupsu': unknown function id "
                                                  "'intarnet'")],
)  # fmt: skip
def test_a_bad_products_entry_is_a_clear_error(tmp_path, text, message):
    config = tmp_path / "dedup.toml"
    config.write_text(text, encoding="utf-8")
    result = run("analyze", DATA / "semicolon_bom.csv", "--config", config, "--out",
                 tmp_path / "out")  # fmt: skip
    assert result.exit_code == 2, result.output
    assert message in result.output


def test_config_maps_a_header_by_hand(tmp_path):
    config = tmp_path / "dedup.toml"
    config.write_text("[columns]\nname = 'a'\ndepartment = 'b'\n", encoding="utf-8")
    result = run("check", DATA / "no_header.csv", "--config", config)
    assert result.exit_code == 0, result.output
    assert "1 systems" in result.output


@pytest.mark.parametrize("command", ["analyze", "check", "sample"])
def test_every_command_has_help(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert len(app.registered_commands) == 3
    doc = next(
        c for c in app.registered_commands if c.callback.__name__ == command
    ).callback.__doc__
    assert doc and doc.strip()


def test_version():
    assert run("--version").output.startswith("dedup ")


def test_a_bug_is_one_line_and_exit_3_not_a_traceback(monkeypatch, capsys):
    import dedup.cli as cli

    def broken(**_):
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "app", broken)
    monkeypatch.delenv("DEDUP_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exit_info:
        cli.run()
    assert exit_info.value.code == 3
    err = capsys.readouterr().err
    assert "internal error (RuntimeError: boom)" in err and "Traceback" not in err


def test_sample_writes_an_inventory_that_check_reads(tmp_path):
    out = tmp_path / "city.xlsx"
    result = run("sample", "--out", out, "--rows", 60, "--seed", 7)
    assert result.exit_code == 0, result.output
    assert out.is_file() and (tmp_path / "city.truth.csv").is_file()
    checked = run("check", out)
    assert checked.exit_code in (0, 1), checked.output
    assert "systems" in checked.output.splitlines()[-1]
