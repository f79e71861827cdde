"""The README tells the truth: its example output is what the command prints."""

import re
import shlex
from pathlib import Path

from typer.testing import CliRunner

from dedup.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_check_example_is_current(monkeypatch):
    block = re.search(r"```\n\$ (dedup check .+?)\n(.*?)```", README, re.S)
    assert block, "README has a `$ dedup check` example"
    monkeypatch.chdir(ROOT)
    args = shlex.split(block.group(1))[1:]
    result = CliRunner().invoke(app, args)
    assert result.output == block.group(2)


def test_quick_start_uses_existing_files_and_options():
    command = re.search(r"pip install -e \. && (dedup analyze .+)", README).group(1)
    args = shlex.split(command)
    for value in args:
        if value.startswith("samples/"):
            assert (ROOT / value).is_file(), value
    help_text = CliRunner().invoke(app, ["analyze", "--help"]).output
    for option in (a for a in args if a.startswith("--")):
        assert option in help_text, option
