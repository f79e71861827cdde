"""Readers: turn an .xlsx/.xlsm or .csv file into tables of raw rows with Excel row numbers.

A reader knows nothing about inventories; it only promises that each row comes with the
number a person sees in Excel (for CSV: the record number, header = 1), that cells start
at column A, and that every problem it meets is a Finding with its place.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine as calamine

from dedup.errors import InputError
from dedup.inventory.sniff import FileKind, Limits
from dedup.inventory.xlsx_scan import SheetScan, scan_sheet, sheet_parts
from dedup.model import Finding, Severity, Source, column_letter

Row = tuple[int, Sequence[object]]
MAX_FINDINGS_PER_KIND = 50
"""Per sheet and code; beyond it one summary finding says how many more there were."""
DENSE_CELL_LIMIT = 30_000_000
"""Above rows x columns this size a sheet is read sparsely (openpyxl), not densely."""


@dataclass
class Table:
    """One sheet (or one CSV file): its rows are read lazily, once."""

    file: str
    sheet: str
    rows: Iterator[Row]
    findings: list[Finding] = field(default_factory=list)
    """Problems met; reading `rows` may add more, so read them after the rows."""
    merged: tuple[tuple[int, int, int, int], ...] = ()
    """Merged ranges as 0-based inclusive (first_row, first_col, last_row, last_col)."""
    hidden: str | None = None
    """'hidden' or 'very hidden' for sheets people do not see; None when visible."""
    skip_reason: Finding | None = None
    """Set when the sheet cannot be read at all; `rows` is then empty."""


def _capped(findings: list[Finding], new: list[Finding]) -> None:
    """Add findings, keeping at most MAX_FINDINGS_PER_KIND of each code."""
    counts: dict[str, int] = {}
    for f in new:
        counts[f.code] = counts.get(f.code, 0) + 1
        if counts[f.code] <= MAX_FINDINGS_PER_KIND:
            findings.append(f)
    for code, n in counts.items():
        if n > MAX_FINDINGS_PER_KIND:
            first = next(f for f in new if f.code == code)
            findings.append(
                Finding(
                    code, first.severity,
                    f"... and {n - MAX_FINDINGS_PER_KIND} more cells like this in this sheet",
                    first.file, first.sheet,
                )
            )  # fmt: skip


# --------------------------------------------------------------------------- xlsx


class SplitMismatch(Exception):
    """The workbook's sheet list differs from its parts' order, so it cannot be split."""


def read_xlsx(path: Path, limits: Limits, sheets: range | None = None) -> Iterator[Table]:
    """Every sheet of a workbook, densely via calamine unless its geometry is hostile.

    `sheets` (positions in the workbook's sheet order) reads only those sheets, scanning
    only their parts: the parallel import gives each process its share of one workbook.
    """
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            parts = sheet_parts(archive)
            if sheets is not None:
                names = list(parts)
                parts = {n: parts[n] for n in names[sheets.start : sheets.stop]}
            scans = {}
            for sheet, part in parts.items():
                try:
                    scans[sheet] = scan_sheet(archive, part)
                except KeyError:
                    scans[sheet] = None
        workbook = calamine.CalamineWorkbook.from_path(str(path))
    except InputError:
        raise
    except Exception as exc:  # corrupt parts: one clear refusal, not a traceback
        raise InputError(
            "corrupt-workbook",
            f"{name}: the workbook could not be read ({type(exc).__name__}: {exc}); "
            "open it in Excel and save it again as .xlsx",
            name,
        ) from None
    metas = workbook.sheets_metadata
    if sheets is not None:
        if [m.name for m in metas] != names:
            raise SplitMismatch(name)
        metas = metas[sheets.start : sheets.stop]
    for meta in metas:
        yield _xlsx_table(path, workbook, meta, scans.get(meta.name), limits)


def _xlsx_table(path, workbook, meta, scan: SheetScan | None, limits: Limits) -> Table:
    name, sheet = path.name, meta.name
    table = Table(name, sheet, iter(()))
    if meta.visible == calamine.SheetVisibleEnum.Hidden:
        table.hidden = "hidden"
    elif meta.visible == calamine.SheetVisibleEnum.VeryHidden:
        table.hidden = "very hidden"
    if meta.typ != calamine.SheetTypeEnum.WorkSheet:
        table.skip_reason = Finding(
            "not-a-worksheet", Severity.INFO,
            f"sheet '{sheet}' is a {meta.typ.name}, not a worksheet; skipped", name, sheet,
        )  # fmt: skip
        return table
    if scan is None:
        table.skip_reason = Finding(
            "missing-sheet-part", Severity.ERROR,
            f"sheet '{sheet}' is listed in the workbook but its data is missing; "
            "open the file in Excel and save it again", name, sheet,
        )  # fmt: skip
        return table
    if scan.out_of_range:
        table.skip_reason = Finding(
            "cell-out-of-range", Severity.ERROR,
            f"sheet '{sheet}' has cells beyond Excel's limits (XFD1048576), e.g. "
            f"{scan.out_of_range[0]}; the file was not written by Excel and may be crafted. "
            "Copy the real data to a new workbook", name, sheet,
        )  # fmt: skip
        return table
    if scan.max_row > limits.max_rows:
        table.skip_reason = Finding(
            "row-cap", Severity.ERROR,
            f"sheet '{sheet}' has {scan.max_row:,} rows, more than the limit of "
            f"{limits.max_rows:,}; split the file or raise max_rows in the config [limits]",
            name, sheet,
        )  # fmt: skip
        return table
    found = [
        Finding.at(
            Source(name, sheet, r), "error-value", Severity.WARNING,
            f"cell holds the error value {text}; the value is taken as missing. "
            "Fix the formula in Excel or type the value",
            c,
        )
        for r, c, text in scan.errors
    ] + [
        Finding.at(
            Source(name, sheet, r), "formula-without-value", Severity.WARNING,
            "cell has a formula but no saved result (the file was not saved by Excel); "
            "the value is taken as missing. Open and save the file in Excel, or type the value",
            c,
        )
        for r, c in scan.uncached_formulas
    ]  # fmt: skip
    _capped(table.findings, found)
    wide = scan.max_column >= 702 and scan.max_row * (scan.max_column + 1) > DENSE_CELL_LIMIT
    gappy = scan.max_row > 2 * scan.row_count + 10_000
    if wide or gappy:
        table.rows = _openpyxl_rows(path, sheet)
        table.findings.append(
            Finding(
                "far-away-cells", Severity.WARNING,
                f"sheet '{sheet}' has values far from the table (row {scan.max_row:,}, column "
                f"{column_letter(scan.max_column)}); read cell by cell (slower). Delete stray "
                "cells far from the table",
                name, sheet,
            )
        )  # fmt: skip
        return table
    data = workbook.get_sheet_by_name(sheet)
    table.merged = tuple((a[0], a[1], b[0], b[1]) for a, b in data.merged_cell_ranges or ())
    table.rows = _calamine_rows(data)
    return table


def _calamine_rows(sheet) -> Iterator[Row]:
    start = sheet.start
    if start is None:
        return
    pad = [""] * start[1]
    for index, row in enumerate(sheet.iter_rows(), start=1):
        yield index, (pad + row) if pad else row


def _openpyxl_rows(path: Path, sheet: str) -> Iterator[Row]:
    """Sparse, streaming read for sheets whose extent lies; reset_dimensions is essential."""
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        worksheet = workbook[sheet]
        worksheet.reset_dimensions()
        yield from enumerate(worksheet.iter_rows(values_only=True), start=1)
    finally:
        workbook.close()


# --------------------------------------------------------------------------- csv

_DELIMITERS = (",", ";", "\t", "|")


def decode_text(data: bytes, name: str) -> tuple[str, list[Finding]]:
    """Decode CSV bytes: BOMs, then UTF-8, else cp1252 per line with findings."""
    findings: list[Finding] = []
    sheet = Path(name).stem
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if data.startswith(bom):
            try:
                return data.decode(encoding), findings
            except UnicodeDecodeError as exc:
                if encoding == "utf-16":
                    raise InputError(
                        "bad-encoding",
                        f"{name}: starts as UTF-16 but is not valid UTF-16 ({exc.reason}); "
                        "save it again as CSV UTF-8",
                        name,
                    ) from None
                data = data[len(bom) :]
                break
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        findings.append(
            Finding(
                "nul-bytes", Severity.WARNING,
                f"the file contains NUL bytes (first on line {line}); they were removed. "
                "The file may be binary or damaged: check the rows around that line",
                name, sheet, line,
            )
        )  # fmt: skip
        data = data.replace(b"\x00", b"")
    try:
        return data.decode("utf-8"), findings
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    good, bad = [], []
    out = []
    for number, raw in enumerate(lines, start=1):
        try:
            out.append(raw.decode("utf-8"))
            if not raw.isascii():
                good.append(number)
        except UnicodeDecodeError:
            out.append(_legacy(raw))
            bad.append(number)
    if good:
        shown = ", ".join(map(str, bad[:10])) + (" ..." if len(bad) > 10 else "")
        findings.append(
            Finding(
                "mixed-encoding", Severity.WARNING,
                f"most of the file is UTF-8 but line(s) {shown} are not; they were read as "
                "Windows-1252. Check those rows' accented letters, and save the file as CSV UTF-8",
                name, sheet, bad[0],
            )
        )  # fmt: skip
    else:
        findings.append(
            Finding(
                "encoding-fallback", Severity.WARNING,
                "the file is not UTF-8; it was read as Windows-1252 (Excel's 'CSV' in Finnish "
                "Windows). Check accented letters, or save it as 'CSV UTF-8'",
                name, sheet,
            )
        )  # fmt: skip
    return "\n".join(out), findings


def _legacy(raw: bytes) -> str:
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def detect_delimiter(text: str) -> str:
    """The delimiter giving the most columns consistently over the first records."""
    sample = text[:65536]
    best, best_score = ",", -1.0
    for delimiter in _DELIMITERS:
        try:
            records = []
            for record in csv.reader(io.StringIO(sample), delimiter=delimiter):
                if record:
                    records.append(len(record))
                if len(records) >= 30:
                    break
        except csv.Error:
            continue
        if not records:
            continue
        widest = max(set(records), key=lambda w: (records.count(w), w))
        score = (records.count(widest) / len(records)) * (widest - 1) + (records[0] - 1) * 0.01
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(path: Path, limits: Limits) -> Iterator[Table]:
    """One table from a CSV file of any common delimiter and encoding."""
    name = path.name
    data = path.read_bytes()
    text, findings = decode_text(data, name)
    del data
    delimiter = detect_delimiter(text)
    table = Table(name, path.stem, iter(()), findings)
    table.rows = _csv_rows(text, delimiter, table, limits)
    yield table


def _csv_rows(text: str, delimiter: str, table: Table, limits: Limits) -> Iterator[Row]:
    """Records numbered from 1 (the header); an unbalanced quote is reported and recovered."""
    csv.field_size_limit(max(limits.max_cell_chars * 4, 1 << 20))
    lines = text.splitlines(keepends=True)
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    number = 0
    consumed = 0
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            start = consumed + 1
            table.findings.append(
                Finding(
                    "unbalanced-quote", Severity.WARNING,
                    f"record {number + 1} (line {start}) could not be read as CSV ({exc}); "
                    "it and the lines after it were read line by line without quote handling. "
                    "Check for a missing closing quote (\") in that row",
                    table.file, table.sheet, number + 1,
                )
            )  # fmt: skip
            for line in lines[start - 1 :]:
                number += 1
                yield (
                    number,
                    next(csv.reader([line], delimiter=delimiter, quoting=csv.QUOTE_NONE), []),
                )
            return
        consumed = reader.line_num
        number += 1
        if number > limits.max_rows:
            table.findings.append(
                Finding(
                    "row-cap", Severity.ERROR,
                    f"the file has more than {limits.max_rows:,} records; the rest were not read. "
                    "Split the file or raise max_rows in the config [limits]",
                    table.file, table.sheet, number,
                )
            )  # fmt: skip
            return
        yield number, record


def read_tables(
    path: Path, kind: FileKind, limits: Limits, sheets: range | None = None
) -> Iterator[Table]:
    """Tables of one input, by the kind its first bytes revealed (`sheets`: see read_xlsx)."""
    if kind == FileKind.CSV:
        return read_csv(path, limits)
    return read_xlsx(path, limits, sheets)
