"""One streaming pass over a worksheet's XML for what the fast reader cannot tell us.

python-calamine returns an empty string for error values and for formulas without a
cached value, and it stores a sheet densely (rows x columns), so one stray value at
XFD1048576 would ask for billions of cells. This pass reads the compressed XML in
chunks, never whole, and reports the extent of the cells that hold values, the cells
that hold errors or uncached formulas, and references beyond Excel's limits.

Notes
-----
Cost is linear in the XML size and runs in C (zlib, `re`); Python work happens only per
matching cell (`t="e"`, formulas) and per row element.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath

MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
CHUNK = 1 << 20

_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*?\br=\"(\d+)\"")
_PLAIN_ROW = re.compile(rb"<row\b[^>]*?\br=\"(\d+)\"")
"""`_ROW` for XML without namespace prefixes: its literal start lets `re` skip ahead fast."""
_MAYBE_WIDE = re.compile(rb"r=\"[A-Z]{3}")
"""Cheap test before `_WIDE`: most sheets have no cell beyond column ZZ at all."""
_WIDE = re.compile(rb"<(?:\w+:)?c\b[^>]*?\br=\"([A-Z]{3,})(\d+)\"[^>]*?(/?)>")
_ERROR = re.compile(
    rb"<(?:\w+:)?c\b[^>]*?\br=\"([A-Z]+)(\d+)\"[^>]*?\bt=\"e\"[^>]*>.*?<(?:\w+:)?v>([^<]*)</", re.S
)
_FORMULA = re.compile(
    rb"<(?:\w+:)?c\b[^>]*?\br=\"([A-Z]+)(\d+)\"[^>]*>\s*<(?:\w+:)?f\b[^>]*?(?:/>|>[^<]*</(?:\w+:)?f>)"
    rb"\s*(<(?:\w+:)?v>[^<]+</(?:\w+:)?v>)?"
)


def column_index(letters: bytes | str) -> int:
    """0-based column index of Excel letters (A -> 0, XFD -> 16383)."""
    index = 0
    for ch in letters if isinstance(letters, str) else letters.decode():
        index = index * 26 + (ord(ch) - 64)
    return index - 1


@dataclass
class SheetScan:
    """What one pass over a sheet's XML found."""

    max_row: int = 0
    row_count: int = 0
    """Row elements seen; far fewer than max_row means big gaps (sparse geometry)."""
    max_column: int = 0
    """Largest 0-based column seen in a cell that holds something (wide columns only)."""
    errors: list[tuple[int, int, str]] = field(default_factory=list)
    """(row, column, error text) of cells holding error values such as #N/A."""
    uncached_formulas: list[tuple[int, int]] = field(default_factory=list)
    out_of_range: list[str] = field(default_factory=list)
    """Cell references beyond XFD1048576, as written."""


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> XML part path, from workbook.xml and its relationships."""
    import defusedxml.ElementTree as SafeET  # checked at start-up by sniff.check_xml_defences

    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    workbook = SafeET.fromstring(archive.read("xl/workbook.xml"))
    rels = SafeET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    parts = {}
    for sheet in workbook.iter(f"{ns_main}sheet"):
        target = targets.get(sheet.get(f"{ns_rel}id"), "")
        path = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
        parts[sheet.get("name", "")] = path
    return parts


def scan_sheet(archive: zipfile.ZipFile, part: str, max_bytes: int | None = None) -> SheetScan:
    """Stream one sheet part and collect extent, errors and uncached formulas."""
    scan = SheetScan()
    carry = b""
    read = 0
    with archive.open(part) as stream:
        while True:
            chunk = stream.read(CHUNK)
            read += len(chunk)
            if max_bytes is not None and read > max_bytes:
                raise ValueError(f"{part} unpacks to more than {max_bytes} bytes")
            data = carry + chunk
            if chunk:
                cut = data.rfind(b"</c>")
                cut = data.rfind(b"<", 0, max(cut, 0)) if cut < 0 else cut + 4
                cut = max(cut, 0)
                if len(data) - cut > 4 * CHUNK:  # no cell end for megabytes: scan anyway
                    cut = len(data)
                body, carry = data[:cut], data[cut:]
            else:
                body, carry = data, b""
            _scan_body(body, scan)
            if not chunk:
                break
    if scan.max_row > MAX_ROWS:
        scan.out_of_range.append(f"row {scan.max_row}")
    return scan


def _scan_body(body: bytes, scan: SheetScan) -> None:
    rows = (_ROW if b":row" in body else _PLAIN_ROW).findall(body)
    scan.row_count += len(rows)
    if rows:
        scan.max_row = max(scan.max_row, max(map(int, rows)))
    if _MAYBE_WIDE.search(body) is not None:
        for letters, row, empty in _WIDE.findall(body):
            col, r = column_index(letters), int(row)
            if col >= MAX_COLUMNS or r > MAX_ROWS:
                scan.out_of_range.append(f"{letters.decode()}{r}")
            elif not empty:
                scan.max_column = max(scan.max_column, col)
    if b't="e"' in body:
        for letters, row, text in _ERROR.findall(body):
            scan.errors.append((int(row), column_index(letters), text.decode(errors="replace")))
    if b"<f" in body:
        for letters, row, value in _FORMULA.findall(body):
            if not value:
                scan.uncached_formulas.append((int(row), column_index(letters)))
