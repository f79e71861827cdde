"""Every hostile or broken file case, end to end through `dedup check`: its code and exit.

The files come from tests/hostile.py (one generator per case); each must give its
finding and exit code, in bounded time, with no traceback.
"""

import time

import pytest
from typer.testing import CliRunner

from dedup.cli import app
from tests.hostile import CASES

runner = CliRunner()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("hostile")


@pytest.mark.parametrize("name", sorted(CASES))
def test_case_gives_its_finding_and_exit_code(name, folder, tmp_path):
    case = CASES[name]
    path = folder / name / case.filename
    path.parent.mkdir(exist_ok=True)
    case.write(path)
    args = ["check", str(path)]
    if case.limits:
        config = tmp_path / "limits.toml"
        config.write_text(
            "[limits]\n" + "".join(f"{k} = {v!r}\n" for k, v in case.limits.items()),
            encoding="utf-8",
        )
        args += ["--config", str(config)]
    started = time.perf_counter()
    result = runner.invoke(app, args)
    elapsed = time.perf_counter() - started
    output = result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), output
    assert "Traceback" not in output
    assert result.exit_code == case.exit, output
    if case.code:
        assert f"[{case.code}]" in output or f"{case.code}" in output, output
    assert elapsed < 60
