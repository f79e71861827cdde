"""Benchmark harness: time every stage and the whole `dedup analyze`, against the floor.

The floor is openpyxl's read-only mode merely iterating every cell of the same file:
what any openpyxl-based tool pays before doing anything. Each measurement runs in a
fresh process so peak memory (max RSS) is its own.

    python benchmarks/run.py                      # 1k, 5k, 10k, 100k rows
    python benchmarks/run.py --rows 1000000 --skip-floor

Results go to benchmarks/out/results.json and a Markdown table on stdout; the recorded
results and the targets are in benchmarks/README.md. Stage times come from a second
process (`analyze` plus `dedup.report.render_all`, which renders exactly as the CLI writes:
streamed, graph built once and counted under graph.graphml).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"

MEASURE = r"""
import resource, subprocess, sys, time
t = time.perf_counter()
p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
elapsed = time.perf_counter() - t
if p.returncode not in (0, 1):
    sys.stderr.write(p.stderr)
    sys.exit(p.returncode)
print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""

FLOOR = r"""
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
n = 0
for ws in wb.worksheets:
    ws.reset_dimensions()
    for row in ws.iter_rows(values_only=True):
        for value in row:
            n += 1
print(n)
"""

STAGES = r"""
import json, sys, time
from pathlib import Path
from dedup.analysis import analyze
from dedup.config import load_config
from dedup.report import render_all
marks = [("start", time.perf_counter())]
config = load_config(Path(sys.argv[3])) if len(sys.argv) > 3 else None
result = analyze([Path(sys.argv[1])], config,
                 progress=lambda s: marks.append((s, time.perf_counter())),
                 org_map=sys.argv[2] if len(sys.argv) > 2 else None)
marks.append(("done", time.perf_counter()))
stages = {a[0]: round(b[1] - a[1], 3) for a, b in zip(marks[1:], marks[2:])}
for name, seconds in render_all(result):
    stages[name] = round(seconds, 3)
print(json.dumps(stages))
"""


def measure(command: list[str]) -> tuple[float, float]:
    """(seconds, peak MB) of one command in a fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), int(out[1]) / 1024


def sample(rows: int) -> Path:
    path = OUT / f"inventory_{rows}.xlsx"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "dedup", "sample", "--rows", str(rows), "--out", str(path)],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        print(f"generated {path.name} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


BIG_CONFIG = """# benchmarks/run.py: a million rows unpack to ~700 MB, over the default 256 MiB cap
[limits]
max_unpacked_bytes = 2147483648
"""
BIG_ROWS = 300_000
"""From this many rows the run uses BIG_CONFIG (without it, dedup refuses the file cleanly)."""


def run(rows: int, skip_floor: bool) -> dict:
    path = sample(rows)
    extra: list[str] = []
    if rows >= BIG_ROWS:
        config = OUT / "big.toml"
        config.write_text(BIG_CONFIG, encoding="utf-8")
        extra = [str(config)]
    result: dict = {"rows": rows, "file_mb": round(path.stat().st_size / 2**20, 1)}
    if not skip_floor:
        result["floor_s"], result["floor_mb"] = measure([sys.executable, "-c", FLOOR, str(path)])
    out = OUT / f"report_{rows}"
    command = [sys.executable, "-m", "dedup", "analyze", str(path), "--out", str(out),
               "--org-map", "helsinki2017", *(["--config", *extra] if extra else [])]  # fmt: skip
    result["analyze_s"], result["analyze_mb"] = measure(command)
    if "floor_s" in result:
        result["ratio"] = round(result["analyze_s"] / result["floor_s"], 2)
    done = subprocess.run(
        [sys.executable, "-c", STAGES, str(path), "helsinki2017", *extra],
        capture_output=True,
        text=True,
    )
    if done.returncode:
        sys.exit(f"stage timing failed for {path.name}:\n{done.stderr}")
    result["stages"] = json.loads(done.stdout)
    return result


def machine() -> str:
    cpu = "unknown cpu"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}, " \
           f"Python {platform.python_version()}"  # fmt: skip


def table(results: list[dict]) -> str:
    lines = [
        "| rows | file MB | floor s | floor MB | analyze s | analyze MB | analyze/floor |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r['rows']:,} | {r['file_mb']} | {r.get('floor_s', float('nan')):.1f} | "
            f"{r.get('floor_mb', float('nan')):.0f} | {r['analyze_s']:.1f} | "
            f"{r['analyze_mb']:.0f} | {r.get('ratio', '-')} |"
        )
    stage_names = list(results[-1]["stages"])
    lines += ["", "| rows | " + " | ".join(stage_names) + " |",
              "|---:|" + "---:|" * len(stage_names)]  # fmt: skip
    for r in results:
        lines.append(
            f"| {r['rows']:,} | "
            + " | ".join(f"{r['stages'].get(s, 0):.2f}" for s in stage_names)
            + " |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[1000, 5000, 10000, 100000])
    parser.add_argument("--skip-floor", action="store_true", help="skip the openpyxl floor")
    args = parser.parse_args()
    results = [run(n, args.skip_floor) for n in args.rows]
    OUT.mkdir(parents=True, exist_ok=True)
    name = "results.json" if args.rows == parser.get_default("rows") else "results_" + "_".join(
        map(str, args.rows)) + ".json"  # fmt: skip
    (OUT / name).write_text(json.dumps({"machine": machine(), "results": results},
                                                 indent=1))  # fmt: skip
    print(f"Machine: {machine()}\n")
    print(table(results))


if __name__ == "__main__":
    main()
