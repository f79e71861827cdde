"""Every hostile case from tests/hostile.py, judged by dedup.inventory.sniff.

The files are real bytes written by hostile.py; bombs are checked for bounded time and
memory, genuine workbooks and CSVs must pass, and the parsers' own XML defences are
pinned so a library upgrade that drops them fails here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dedup.errors import DedupError, InputError
from dedup.inventory.sniff import (
    FileKind,
    Limits,
    cfb_stream_names,
    check_xml_defences,
    extension_mismatch,
    scan_for_dtd,
    sniff,
    verify_sizes,
    vet,
)
from dedup.model import Severity

sys.path.insert(0, str(Path(__file__).parent))
import hostile  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SNIFF = ROOT / "dedup" / "inventory" / "sniff.py"
REFUSED = {
    name: case.code
    for name, case in hostile.CASES.items()
    if case.stage == "sniff" and case.code not in (None, "wrong-extension")
} | hostile.PATH_CASES
NEED_CONTENT = {
    "zip-lying-plausible",
    "billion-laughs",
    "quadratic-blowup",
    "xxe",
    "dtd-after-comment",
    "dtd-utf16",
}
"""Refused only by vet()'s content checks (scan_for_dtd, verify_sizes), not by sniff()."""
BOMBS = ["zip-bomb", "zip-bomb-ratio", "zip-bomb-lying", "zip-lying-plausible", "too-many-members"]
GENUINE_ROWS = 20_000


@pytest.fixture(scope="session")
def files(tmp_path_factory) -> dict[str, Path]:
    return hostile.make_all(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="session")
def big_genuine(tmp_path_factory) -> Path:
    """A genuine 20k-row inventory (100k takes ~10 s to write; measured in the docs)."""
    path = tmp_path_factory.mktemp("big") / "big.xlsx"
    hostile.genuine_xlsx_rows(path, GENUINE_ROWS)
    return path


def test_every_case_is_catalogued(files):
    assert set(files) == set(hostile.CASES) | set(hostile.PATH_CASES)
    assert all(c.exit in (0, 1, 2) for c in hostile.CASES.values())


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_with_code_and_named_file(files, name):
    path = files[name]
    with pytest.raises(InputError) as info:
        vet(path)
    err = info.value
    assert err.code == REFUSED[name]
    assert err.file == path.name
    assert str(err).startswith(f"{path.name}: ")
    assert err.exit_code == 2
    assert len(str(err)) < 400 and "\n" not in str(err)


@pytest.mark.parametrize("name", sorted(set(REFUSED) - NEED_CONTENT))
def test_sniff_alone_refuses_without_decompressing(files, name):
    with pytest.raises(InputError) as info:
        sniff(files[name])
    assert info.value.code == REFUSED[name]


@pytest.mark.parametrize("name", sorted(NEED_CONTENT))
def test_content_cases_pass_sniff_but_not_vet(files, name):
    assert sniff(files[name]) is FileKind.XLSX
    with pytest.raises(InputError):
        vet(files[name])


@pytest.mark.parametrize(
    "name", sorted(n for n, c in hostile.CASES.items() if c.stage == "reader" or c.code is None)
)
def test_readable_cases_pass(files, name):
    """Genuine files and everything the reader handles must get through to the reader."""
    kind = vet(files[name])
    expected = FileKind.CSV if files[name].suffix == ".csv" else FileKind.XLSX
    assert kind is expected
    assert extension_mismatch(files[name], kind) is None


@pytest.mark.parametrize(
    ("name", "kind"), [("csv-as-xlsx", FileKind.CSV), ("xlsx-as-csv", FileKind.XLSX)]
)
def test_wrong_extension_is_a_warning(files, name, kind):
    path = files[name]
    assert vet(path) is kind
    finding = extension_mismatch(path, kind)
    assert finding.code == "wrong-extension"
    assert finding.severity is Severity.WARNING
    assert finding.file == path.name and path.name in finding.message


@pytest.mark.parametrize("suffix", ["", ".dat", ".XLSX", ".Csv"])
def test_extension_mismatch_only_for_promising_names(suffix):
    kind = FileKind.XLSX if suffix.lower() == ".xlsx" else FileKind.CSV
    assert extension_mismatch(Path(f"inventory{suffix}"), kind) is None


@pytest.mark.parametrize("name", BOMBS)
def test_bombs_bounded_time_and_memory(files, name):
    tracemalloc.start()
    start = time.perf_counter()
    with pytest.raises(InputError) as info:
        vet(files[name])
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert info.value.code == "zip-bomb"
    assert elapsed < 2.0
    assert peak < 10 * 2**20, f"peak {peak / 2**20:.1f} MiB"


def test_zip_bomb_process_stays_small(files):
    """The whole process refusing a 1 GiB bomb stays far below 100 MB resident.

    Reads VmHWM (peak RSS of this address space): ru_maxrss would be inherited from the
    pytest parent across fork and exec.
    """
    code = (
        "import re, sys\n"
        "from dedup.inventory.sniff import vet\n"
        "from dedup.errors import InputError\n"
        "try:\n    vet(sys.argv[1])\nexcept InputError as e:\n    print(e.code)\n"
        "status = open('/proc/self/status').read()\n"
        "print(re.search(r'VmHWM:\\s+(\\d+) kB', status).group(1))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(files["zip-bomb"])],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=60,
    ).stdout.split()
    assert out[0] == "zip-bomb"
    assert int(out[1]) < 100 * 1024, f"peak RSS {int(out[1]) // 1024} MB"


def test_bomb_really_expands(files):
    """The bomb is genuine: its sheet declares (and holds) over 1 GiB of XML."""
    with zipfile.ZipFile(files["zip-bomb"]) as zf:
        sheet = zf.getinfo("xl/worksheets/sheet1.xml")
    assert sheet.file_size > 2**30
    assert files["zip-bomb"].stat().st_size < 4 * 2**20


def test_big_genuine_workbook_passes_with_margin(big_genuine):
    start = time.perf_counter()
    assert vet(big_genuine) is FileKind.XLSX
    assert time.perf_counter() - start < 3.0
    with zipfile.ZipFile(big_genuine) as zf:
        sheet = zf.getinfo("xl/worksheets/sheet1.xml")
    ratio = sheet.file_size / sheet.compress_size
    assert sheet.file_size > Limits().ratio_min_bytes
    assert ratio < Limits().max_ratio / 3, ratio


def test_limits_are_configurable(files, big_genuine):
    with pytest.raises(InputError, match="more than 1 MiB"):
        sniff(big_genuine, Limits(max_unpacked_bytes=2**20))
    with pytest.raises(InputError, match="limit 5"):
        sniff(files["genuine-xlsx"], Limits(max_members=5))
    with pytest.raises(InputError, match="limit 5:1"):
        sniff(big_genuine, Limits(max_ratio=5))
    assert sniff(files["zip-bomb-ratio"], Limits(max_ratio=1000)) is FileKind.XLSX


def test_declared_sizes_verified(files):
    verify_sizes(files["genuine-xlsx"])
    with pytest.raises(InputError, match="declared size lies"):
        verify_sizes(files["zip-lying-plausible"])


def test_cfb_directory_names(files):
    assert {"EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"} <= cfb_stream_names(
        files["encrypted-workbook"]
    )
    assert "Workbook" in cfb_stream_names(files["legacy-xls"])


def test_dtd_scan_bounded_prolog(tmp_path):
    path = tmp_path / "longprolog.xlsx"
    xml = hostile.sheet_xml(hostile.row(1, hostile.HEADER), prolog=f"<!--{'x' * 70_000}-->")
    hostile.write_xlsx(path, [hostile.Sheet("Inventory", xml)])
    with pytest.raises(InputError, match="within 64 KB") as info:
        scan_for_dtd(path)
    assert info.value.code == "xml-dtd"


def test_dtd_scan_accepts_bom_and_comments(tmp_path):
    path = tmp_path / "bom.xlsx"
    xml = hostile.sheet_xml(hostile.row(1, hostile.HEADER), prolog="<!-- saved by a tool -->\n")
    hostile.write_xlsx(path, [hostile.Sheet("Inventory", b"\xef\xbb\xbf" + xml.encode())])
    scan_for_dtd(path)


@pytest.mark.parametrize("name", ["billion-laughs", "quadratic-blowup", "xxe"])
def test_parsers_refuse_entities_themselves(files, name):
    """Defence in depth: even past scan_for_dtd, neither parser expands entities."""
    import openpyxl
    from python_calamine import CalamineWorkbook

    with pytest.raises(ValueError):  # defusedxml's EntitiesForbidden, wrapped by openpyxl
        wb = openpyxl.load_workbook(files[name], read_only=True)
        list(wb.worksheets[0].iter_rows(values_only=True))
    with pytest.raises(Exception, match="unrecognized entity"):
        CalamineWorkbook.from_path(str(files[name])).get_sheet_by_index(0).to_python()


def test_xml_defences_present():
    check_xml_defences()


@pytest.mark.parametrize(
    ("env", "prelude", "needle"),
    [
        ({"OPENPYXL_DEFUSEDXML": "False"}, "", "OPENPYXL_DEFUSEDXML"),
        ({}, "import sys; sys.modules['defusedxml'] = None\n", "pip install defusedxml"),
    ],
)
def test_xml_defences_missing(env, prelude, needle):
    # Load sniff.py by path: dedup/inventory/__init__ imports the readers, which need
    # defusedxml at import time, so the package itself cannot be imported without it.
    code = prelude + (
        "import importlib.util, json, sys\n"
        "from dedup.errors import DedupError\n"
        f"spec = importlib.util.spec_from_file_location('sniff', {str(SNIFF)!r})\n"
        "sniff = sys.modules['sniff'] = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(sniff)\n"
        "try:\n    sniff.check_xml_defences()\nexcept DedupError as e:\n"
        "    print(json.dumps([type(e).__name__, str(e)]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, **env},
        timeout=60,
    ).stdout
    kind, message = json.loads(out)
    assert kind == "DedupError" and needle in message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    base=st.sampled_from(["genuine-xlsx", "encrypted-workbook", "legacy-xls", "genuine-csv"]),
    flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=8),
    cut=st.one_of(st.none(), st.integers(1, 10**6)),
)
def test_damaged_files_only_raise_input_error(files, base, flips, cut):
    """Any damage to a real file gives a kind or an InputError, never another exception."""
    data = bytearray(files[base].read_bytes())
    for at, value in flips:
        data[at % len(data)] = value
    if cut is not None:
        data = data[: 1 + cut % len(data)]
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "fuzz.xlsx"
        path.write_bytes(bytes(data))
        try:
            assert vet(path) in (FileKind.XLSX, FileKind.CSV)
        except InputError as e:
            assert e.file == "fuzz.xlsx"


def test_not_a_regular_file(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(InputError) as info:
        sniff(fifo)
    assert info.value.code == "not-a-file"


def test_dedup_error_root():
    assert issubclass(InputError, DedupError)
