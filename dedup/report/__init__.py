"""Renderers by format, and the one safe way to write them into the output folder.

Each renderer is a pure function Analysis -> bytes; `write_reports` writes each to a
temporary file in the output folder and renames it into place, so a crash never leaves
half a report, and it refuses an output folder that holds an input.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path

from dedup.analysis import Analysis
from dedup.errors import DedupError
from dedup.graph import build_graph, to_gexf, to_graphml
from dedup.report.html_report import render_html
from dedup.report.json_report import render_json
from dedup.report.md_report import render_md
from dedup.report.text import default_lang
from dedup.report.xlsx_report import render_xlsx

Renderer = Callable[[Analysis], bytes]


def renderers(lang: str) -> dict[str, Renderer]:
    """Every output file by name, its renderer bound to the language."""
    return {
        "result.json": render_json,
        "report.xlsx": partial(render_xlsx, lang=lang),
        "report.html": partial(render_html, lang=lang),
        "report.md": partial(render_md, lang=lang),
        "graph.graphml": render_graphml,
        "graph.gexf": render_gexf,
    }


def render_graphml(analysis: Analysis) -> bytes:
    return to_graphml(build_graph(analysis.systems, analysis.products, analysis.functions))


def render_gexf(analysis: Analysis) -> bytes:
    return to_gexf(build_graph(analysis.systems, analysis.products, analysis.functions))


_SAFE_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


class OutputError(DedupError):
    """The output folder cannot be used (it holds an input, or cannot be written)."""


def check_output_folder(out: Path, inputs: Sequence[Path]) -> Path:
    """Resolve the folder and refuse it if it is an input's own folder."""
    out = Path(out).resolve()
    for path in inputs:
        if Path(path).resolve().parent == out:
            raise OutputError(
                f"the output folder {out} holds the input {Path(path).name}; "
                "choose another folder with --out (reports never go next to or over an input)"
            )
    return out


def write_atomic(folder: Path, name: str, data: bytes) -> Path:
    """Write `data` as folder/name via a temporary file and a rename."""
    if not _SAFE_NAME.match(name):
        raise OutputError(f"refusing to write an output named {name!r}")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def render_all(analysis: Analysis, lang: str | None = None) -> Iterator[tuple[str, float]]:
    """Render every format without writing it, yielding (name, seconds): for benchmarks."""
    for name, render in renderers(lang or default_lang(analysis)).items():
        started = time.perf_counter()
        render(analysis)
        yield name, time.perf_counter() - started


def write_reports(
    analysis: Analysis,
    out: Path,
    inputs: Sequence[Path],
    progress: Callable[[str], None] | None = None,
    lang: str | None = None,
) -> list[Path]:
    """Render every format and write it into `out`; returns the written paths."""
    folder = check_output_folder(out, inputs)
    written = []
    for name, render in renderers(lang or default_lang(analysis)).items():
        if progress:
            progress(name)
        try:
            written.append(write_atomic(folder, name, render(analysis)))
        except OSError as exc:
            raise OutputError(f"cannot write {folder / name}: {exc.strerror}") from None
    return written
