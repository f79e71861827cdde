"""Renderers by format, and the one safe way to write them into the output folder.

Each renderer is a pure function Analysis -> bytes; `write_reports` writes each to a
temporary file in the output folder and renames it into place, so a crash never leaves
half a report, and it refuses an output folder that holds an input. The big outputs
(result.json, the graph files) are streamed to the file in chunks instead of being held
as one bytes object, and the graph is built once for both graph files.
"""

from __future__ import annotations

import gc
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import networkx as nx

from dedup.analysis import Analysis
from dedup.errors import DedupError
from dedup.graph import build_graph, write_gexf, write_graphml
from dedup.report.html_report import render_html
from dedup.report.json_report import render_json, write_json
from dedup.report.md_report import render_md
from dedup.report.text import default_lang
from dedup.report.xlsx_report import render_xlsx

Renderer = Callable[[Analysis], bytes]
Write = Callable[[bytes], object]
Streamer = Callable[[Analysis, Write], None]
"""Writes one output to `write` in chunks; every renderer has one (see `streamers`)."""


def renderers(lang: str) -> dict[str, Renderer]:
    """The reports rendered whole, by file name, bound to the language (the graph files and
    result.json are streamed instead, see `streamers`)."""
    return {
        "result.json": render_json,
        "report.xlsx": partial(render_xlsx, lang=lang),
        "report.html": partial(render_html, lang=lang),
        "report.md": partial(render_md, lang=lang),
    }


def streamers(lang: str) -> dict[str, Streamer]:
    """Every output file by name, written in chunks; the graph is built once for both files."""
    graph = _GraphOnce()
    whole = {name: _whole(render) for name, render in renderers(lang).items()}
    return {
        **whole,
        "result.json": write_json,
        "graph.graphml": lambda a, write: write_graphml(graph.of(a), write),
        "graph.gexf": lambda a, write: write_gexf(graph.of(a, last=True), write),
    }


def _whole(render: Renderer) -> Streamer:
    return lambda analysis, write: write(render(analysis))


class _GraphOnce:
    """The analysis' graph, built on first use and kept until its last user has it."""

    def __init__(self) -> None:
        self._for: Analysis | None = None
        self._graph: nx.DiGraph | None = None

    def of(self, analysis: Analysis, last: bool = False) -> nx.DiGraph:
        graph = self._graph if self._for is analysis else None
        if graph is None:
            graph = build_graph(analysis.systems, analysis.products, analysis.functions)
        self._for, self._graph = (None, None) if last else (analysis, graph)
        return graph


@contextmanager
def _long_lived() -> Iterator[None]:
    """Move the analysis out of the cyclic GC's sight while reports are made.

    Rendering allocates millions of short-lived dicts and strings; each young-generation
    collection would otherwise rescan the analysis' millions of records (a third of the
    time at 100k systems). The records hold no cycles that need collecting.
    """
    frozen_before = gc.get_freeze_count()  # `analyze` leaves its records frozen: keep them so
    gc.freeze()
    try:
        yield
    finally:
        if not frozen_before:
            gc.unfreeze()


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


def write_atomic(folder: Path, name: str, data: bytes | Callable[[Write], None]) -> Path:
    """Write `data` as folder/name via a temporary file and a rename.

    `data` is the bytes, or a function that writes them in chunks to the write it is given.
    """
    if not _SAFE_NAME.match(name):
        raise OutputError(f"refusing to write an output named {name!r}")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=folder)
    try:
        with os.fdopen(fd, "wb", buffering=1 << 20) as handle:
            if isinstance(data, bytes | bytearray | memoryview):
                handle.write(data)
            else:
                data(handle.write)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def render_all(analysis: Analysis, lang: str | None = None) -> Iterator[tuple[str, float]]:
    """Render every format without writing it, yielding (name, seconds): for benchmarks.

    Renders exactly as `write_reports` does (streamed, graph built once: the graph's build
    is counted in graph.graphml), into a sink that only counts bytes.
    """
    with _long_lived():
        for name, stream in streamers(lang or default_lang(analysis)).items():
            started = time.perf_counter()
            stream(analysis, _discard)
            yield name, time.perf_counter() - started


def _discard(data: bytes) -> int:
    return len(data)


PARALLEL_FROM = 10_000
"""From this many systems the graph files are written by a forked child process while
the parent writes the other reports: the machine has two cores and the graph is the
largest single cost (about 5 s of 11 at 100k systems)."""
_GRAPH_FILES = ("graph.graphml", "graph.gexf")


def write_reports(
    analysis: Analysis,
    out: Path,
    inputs: Sequence[Path],
    progress: Callable[[str], None] | None = None,
    lang: str | None = None,
) -> list[Path]:
    """Render every format and write it into `out`; returns the written paths."""
    folder = check_output_folder(out, inputs)
    folder.mkdir(parents=True, exist_ok=True)
    jobs = streamers(lang or default_lang(analysis))
    written = []
    with _long_lived():
        child = None
        if len(analysis.systems) >= PARALLEL_FROM and hasattr(os, "fork"):
            child = _fork_writer(folder, analysis, {n: jobs.pop(n) for n in _GRAPH_FILES})
        for name, stream in jobs.items():
            if progress:
                progress(name)
            written.append(_write(folder, name, partial(stream, analysis)))
        if child is not None:
            if progress:
                progress(" and ".join(_GRAPH_FILES))
            _, status = os.waitpid(child, 0)
            if os.waitstatus_to_exitcode(status) != 0:
                raise OutputError(f"could not write the graph files into {folder}")
            written.extend(folder / name for name in _GRAPH_FILES)
    return written


def _write(folder: Path, name: str, data: Callable[[Write], None]) -> Path:
    try:
        return write_atomic(folder, name, data)
    except OSError as exc:
        raise OutputError(f"cannot write {folder / name}: {exc.strerror}") from None


def _fork_writer(folder: Path, analysis: Analysis, jobs: dict[str, Streamer]) -> int:
    """Write `jobs` in a forked child (copy-on-write: the analysis is not copied)."""
    pid = os.fork()
    if pid:
        return pid
    code = 0
    try:
        for name, stream in jobs.items():
            write_atomic(folder, name, partial(stream, analysis))
    except BaseException:  # the parent reports it; a child must never return
        code = 1
    finally:
        os._exit(code)
