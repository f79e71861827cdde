"""The command line: parse options, make one library call, print, choose the exit code.

Nothing here decides or counts; that lives in the library so Python users get the same.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from dedup import __version__
from dedup.analysis import analyze as run_analysis
from dedup.config import load_config
from dedup.errors import DedupError
from dedup.inventory import load_inventory
from dedup.model import Severity

app = typer.Typer(
    help="Find overlapping information systems in a city's inventory and plan their consolidation.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

Inputs = Annotated[
    list[Path],
    typer.Argument(help="Inventory files (.xlsx, .xlsm, .csv); several are one inventory."),
]
ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="Config file (TOML): columns, aliases, plan...")
]
HiddenOption = Annotated[
    bool, typer.Option("--include-hidden", help="Also read hidden sheets (skipped by default).")
]


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"dedup: {message}", err=True)
    return typer.Exit(code)


class _Progress:
    """One line per finished stage with its elapsed time, on stderr, and the running stage
    as a live status line. Only made when stderr is a terminal (see `_progress`)."""

    def __init__(self) -> None:
        from rich.console import Console

        self.console = Console(stderr=True)
        self.status = self.console.status("")
        self.stage: str | None = None
        self.started = self.began = time.perf_counter()

    def __call__(self, stage: str) -> None:
        self._finish()
        self.stage, self.started = stage, time.perf_counter()
        self.status.update(f"[dim]{stage}…[/dim]")
        self.status.start()

    def _finish(self) -> None:
        if self.stage is not None:
            seconds = time.perf_counter() - self.started
            self.console.print(
                f"[green]✓[/green] {self.stage:<16} [dim]{seconds:6.1f} s[/dim]", highlight=False
            )
            self.stage = None

    def close(self) -> None:
        """End the last stage's line and the status display, with the total time."""
        self._finish()
        self.status.stop()
        total = time.perf_counter() - self.began
        self.console.print(f"[dim]  {'total':<16} {total:6.1f} s[/dim]", highlight=False)


def _progress() -> _Progress | None:
    """Stage progress for long runs; silent (None) when stderr is not a terminal."""
    if not sys.stderr.isatty():
        return None
    return _Progress()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dedup {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Find overlapping information systems and plan their consolidation."""


@app.command()
def check(
    inputs: Inputs, config: ConfigOption = None, include_hidden: HiddenOption = False
) -> None:
    """Import the inventory and list every problem as FILE:SHEET!CELL [code] message.

    Exit 0: no errors; 1: errors found (e.g. rows without a name); 2: nothing readable.
    """
    try:
        cfg = load_config(config)
        inventory = load_inventory(
            inputs, columns=cfg.columns, include_hidden=include_hidden or cfg.include_hidden,
            limits=cfg.limits,
        )  # fmt: skip
    except DedupError as exc:
        raise _fail(str(exc), exc.exit_code) from None
    for finding in inventory.findings:
        typer.echo(f"{finding.place} [{finding.code}] {finding.message}")
    s = inventory.stats
    counts = {sev: sum(1 for f in inventory.findings if f.severity == sev) for sev in Severity}
    typer.echo(
        f"{s.files_read} file(s) read, {s.files_failed} failed; {s.rows_read} data rows: "
        f"{len(inventory.systems)} systems, {len(inventory.rejected)} rejected, {s.blank} blank, "
        f"{s.totals} totals; {counts[Severity.ERROR]} errors, {counts[Severity.WARNING]} warnings, "
        f"{counts[Severity.INFO]} notes"
    )
    if (reason := inventory.unreadable()) is not None:
        raise _fail(reason, 2)
    if counts[Severity.ERROR]:
        raise typer.Exit(1)


@app.command()
def analyze(
    inputs: Inputs,
    out: Annotated[Path, typer.Option("--out", help="Folder for the reports.")] = Path(
        "dedup-report"
    ),
    config: ConfigOption = None,
    org_map: Annotated[
        str | None,
        typer.Option(
            "--org-map",
            help="Agency -> sector map: a .xlsx/.csv file, or 'helsinki2017' for the built-in "
            "map of Helsinki's 2017 reform.",
        ),
    ] = None,
    decisions: Annotated[
        Path | None,
        typer.Option(
            "--decisions",
            help="Your decisions (TOML or xlsx): same/different "
            "products, keep, exclude, not-before dates.",
        ),  # fmt: skip
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="Report language: fi or en (default: from the input)."),
    ] = None,
    include_hidden: HiddenOption = False,
) -> None:
    """Analyse the inventory and write result.json and the reports into --out.

    Exit 0 when at least one input was usable (row problems are listed in the reports);
    2 when none was, or the command line is wrong.
    """
    from dedup.decisions import load_decisions
    from dedup.report import write_reports

    if lang not in (None, "fi", "en"):
        raise _fail(f"--lang must be fi or en, not {lang!r}")
    progress: _Progress | None = None
    try:
        cfg = load_config(config)
        chosen = load_decisions(decisions)
        if include_hidden:
            from dataclasses import replace

            cfg = replace(cfg, include_hidden=True)
        progress = _progress()
        result = run_analysis(inputs, cfg, progress, chosen, org_map=org_map)
        if (reason := result.inventory.unreadable()) is not None:
            raise _fail(reason, 2)
        written = write_reports(result, out, inputs, progress, lang=lang)
    except DedupError as exc:
        raise _fail(str(exc), exc.exit_code) from None
    finally:
        if progress is not None:
            progress.close()
    s = result.summary
    typer.echo(
        f"{s['systems']} systems, {s['rejected']} rejected rows, "
        f"{sum(s['findings'].values())} findings; wrote {len(written)} files to {out}"
    )


@app.command()
def sample(
    out: Annotated[Path, typer.Option("--out", help="The .xlsx (or .csv) file to write.")] = Path(
        "helsinki_inventory.xlsx"
    ),
    rows: Annotated[
        int | None, typer.Option("--rows", min=1, help="Rows to generate (default: one city).")
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Random seed; same seed, same file.")] = 2017,
) -> None:
    """Write a synthetic Helsinki-like inventory and its ground truth beside it."""
    from dedup.sample import write_sample

    try:
        truth = write_sample(out, rows=rows, seed=seed)
    except DedupError as exc:
        raise _fail(str(exc), exc.exit_code) from None
    except OSError as exc:
        raise _fail(f"cannot write {out}: {exc.strerror}") from None
    typer.echo(f"wrote {out} and its ground truth {truth}")


def run() -> None:
    """Console entry point: a bug becomes one line and exit 3, not a traceback."""
    try:
        app(prog_name="dedup")
    except KeyboardInterrupt:
        typer.echo("dedup: interrupted", err=True)
        sys.exit(130)
    except MemoryError:
        typer.echo(
            "dedup: out of memory; split the inventory or lower [limits] max_rows in the config",
            err=True,
        )
        sys.exit(2)
    except Exception as exc:
        if os.environ.get("DEDUP_DEBUG"):
            raise
        typer.echo(
            f"dedup: internal error ({type(exc).__name__}: {exc}). This is a bug in dedup, "
            "not in your file: please report it. Set DEDUP_DEBUG=1 to see the details.",
            err=True,
        )
        sys.exit(3)
