"""Turn the raw rows of each table into systems and rejected rows, accounting for every row.

Each non-empty data row becomes exactly one System or one Rejected (with its reasons);
blank and totals rows are counted. Parsing is cached per distinct cell value, because
inventories repeat the same department, vendor and date thousands of times.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, islice

from dedup.gcpause import collector_paused
from dedup.inventory import values
from dedup.inventory.columns import (
    HEADER_SEARCH_ROWS,
    Header,
    default_vocabulary,
    find_header,
    header_findings,
)
from dedup.inventory.read import Table
from dedup.inventory.sniff import Limits
from dedup.model import (
    Finding,
    ImportStats,
    Inventory,
    Rejected,
    Severity,
    Source,
    System,
    SystemId,
    column_letter,
    fast_constructor,
)

TEXT_FIELDS = (
    "ref", "name", "product", "parent", "vendor", "department", "sector", "purpose",
    "features", "description", "data_content", "lifecycle", "criticality", "delivery",
)  # fmt: skip
SYSTEM_ATTRIBUTE = {"product": "product_hint", "annual_cost": "annual_cost_eur"}
_TEXT_SET = frozenset(TEXT_FIELDS)
_LIST_FIELDS = frozenset(("using_orgs", "integrations"))
_TEXT, _LIST, _PARSE = 0, 1, 2
_TOTAL_SPLIT = re.compile(r"[\s:]+")
_DESCRIPTIVE = ("vendor", "product", "parent", "purpose", "features", "description")
_INVISIBLE = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u2064\u2066-\u2069\ufeff]")  # fmt: skip


_fast_system = fast_constructor(System)
_fast_source = fast_constructor(Source)


@dataclass
class _Counts:
    rows_read: int = 0
    blank: int = 0
    totals: int = 0
    sheets_read: int = 0
    sheets_skipped: int = 0


@dataclass
class InventoryBuilder:
    """Accumulates systems across tables so ids run on over several inputs."""

    columns: Mapping[str, str] = field(default_factory=dict)
    include_hidden: bool = False
    limits: Limits = field(default_factory=Limits)
    systems: list[System] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    counts: _Counts = field(default_factory=_Counts)
    _seen_rows: dict[tuple, Source] = field(default_factory=dict)
    _text: dict[object, tuple[str | None, str | None]] = field(default_factory=dict)
    _money: dict[object, tuple] = field(default_factory=dict)
    """Cell value -> (Parsed, (field, cell text) or None); so are _count and _date."""
    _count: dict[object, tuple] = field(default_factory=dict)
    _date: dict[object, tuple] = field(default_factory=dict)
    _list: dict[object, tuple[str, ...]] = field(default_factory=dict)
    _totals: dict[str, str] = field(default_factory=dict)
    """First cell text -> its `_totals_kind`."""

    _system = staticmethod(_fast_system)
    """What a row becomes; the parallel import's child makes plain tuples instead."""

    def __post_init__(self) -> None:
        self._parsers = {
            "annual_cost": (self._money, values.parse_money),
            "users": (self._count, values.parse_count),
            "contract_end": (self._date, values.parse_date),
        }

    def add_table(self, table: Table) -> None:
        """Read one table's rows into systems, rejected rows and findings.

        Notes
        -----
        The cyclic garbage collector is paused meanwhile: the rows make hundreds of
        thousands of acyclic records, and every young-generation collection would rescan
        the ones already made (about 15% of import time at 100k rows).
        """
        with collector_paused():
            self._add_table(table)

    def _add_table(self, table: Table) -> None:
        if table.skip_reason is not None:
            self.findings.append(table.skip_reason)
            self.counts.sheets_skipped += 1
            return
        if table.hidden and not self.include_hidden:
            rows = sum(1 for _, cells in table.rows if not _is_blank(cells))
            self.findings.append(
                Finding(
                    "hidden-sheet", Severity.WARNING,
                    f"sheet '{table.sheet}' is {table.hidden} ({rows} non-empty rows) and was "
                    "skipped; run with --include-hidden to read it",
                    table.file, table.sheet,
                )
            )  # fmt: skip
            self.counts.sheets_skipped += 1
            return
        rows = iter(table.rows)
        top = list(islice(rows, HEADER_SEARCH_ROWS + 1))
        header = find_header([cells for _, cells in top], default_vocabulary(), self.columns)
        if header is None:
            filled = sum(1 for _, cells in top if not _is_blank(cells))
            self.findings.extend(table.findings)
            self.findings.append(
                Finding(
                    "no-header", Severity.WARNING if filled else Severity.INFO,
                    f"sheet '{table.sheet}' has no recognisable header in its first "
                    f"{HEADER_SEARCH_ROWS} rows (a system-name column such as 'Järjestelmän nimi' "
                    "or 'System name' and one more known column); skipped. If it lists systems, "
                    "map its columns in the config [columns]",
                    table.file, table.sheet,
                )
            )  # fmt: skip
            self.counts.sheets_skipped += 1
            return
        self.counts.sheets_read += 1
        header_row = top[header.first_row][0]
        self.findings.extend(header_findings(Source(table.file, table.sheet, header_row), header))
        data_start = header.first_row + header.height
        fills = self._merged_fills(table, top[data_start - 1][0] if data_start else 0)
        tops = {(src, col) for targets in fills.values() for col, src in targets}
        merged_values: dict[tuple[int, int], object] = {}
        plan = self._plan(header)
        add = self._add_row
        for number, cells in chain(top[data_start:], rows):
            if fills:
                for src, col in tops:
                    if src == number and col < len(cells):
                        merged_values[(src, col)] = cells[col]
                if number in fills:
                    cells = _fill(cells, fills[number], merged_values)
            add(table, header, number, cells, plan)
        self.findings.extend(table.findings)

    def _merged_fills(self, table: Table, last_header_row: int) -> dict[int, list[tuple[int, int]]]:
        """Row (1-based) -> [(column, source row)] covered by a vertical merge below the header."""
        fills: dict[int, list[tuple[int, int]]] = {}
        for r0, c0, r1, c1 in table.merged:
            if r0 + 1 <= last_header_row:
                continue
            self.findings.append(
                Finding(
                    "merged-cells", Severity.INFO,
                    f"merged cells {column_letter(c0)}{r0 + 1}:{column_letter(c1)}{r1 + 1}: the "
                    "value is used for every row of the merge",
                    table.file, table.sheet, r0 + 1, c0,
                )
            )  # fmt: skip
            for row in range(r0 + 2, r1 + 2):
                fills.setdefault(row, []).append((c0, r0 + 1))
        return fills

    def _plan(self, header: Header) -> tuple[tuple, ...]:
        """Per mapped column, once per table: (column, label, kind, attribute, field, the
        per-distinct-value cache, its parser)."""
        plan = []
        for name, col in header.columns.fields.items():
            label = header.columns.headers[col]
            attr = SYSTEM_ATTRIBUTE.get(name, name)
            if name in _TEXT_SET:
                plan.append((col, label, _TEXT, attr, name, self._text, None))
            elif name in _LIST_FIELDS:
                plan.append((col, label, _LIST, attr, name, self._list, values.split_list))
            else:
                cache, parser = self._parsers[name]
                plan.append((col, label, _PARSE, attr, name, cache, parser))
        return tuple(plan)

    def _add_row(
        self,
        table: Table,
        header: Header,
        number: int,
        cells: Sequence[object],
        plan: tuple[tuple, ...] | None = None,
    ) -> None:
        """One data row -> a System, a Rejected or a count (blank, totals).

        Notes
        -----
        The hot loop of import: the column plan is computed once per table and parsed
        values come from per-distinct-value caches, so a row costs a few dict lookups
        per column.
        """
        self.counts.rows_read += 1
        for c in cells:  # _is_blank, inlined: most rows stop at their first cell
            if c is not None and (not isinstance(c, str) or c.strip()):
                break
        else:
            self.counts.blank += 1
            return
        source = _fast_source(table.file, table.sheet, number)
        columns = header.columns.fields
        first = cells[0]  # the usual case of _is_totals, inlined: a text in column A
        if first.__class__ is str and first != "":
            kind = self._totals.get(first)
            if kind is None:
                kind = self._totals[first] = _totals_kind(first, default_vocabulary().totals)
            totals = kind == "yes" or (kind == "maybe" and self._is_totals(cells, columns))
        else:
            totals = self._is_totals(cells, columns)
        if totals:
            self.counts.totals += 1
            self.findings.append(
                Finding.at(source, "totals-row", Severity.INFO, "totals row, not a system; skipped")
            )
            return
        findings: list[Finding] = []
        attrs: dict[str, object] = {}
        original: list[tuple[str, str]] = []
        width = len(cells)
        for col, label, kind, attr, name, cache, parser in plan or self._plan(header):
            if col >= width:
                continue
            raw = cells[col]
            if raw is None or raw == "":
                continue
            key = raw if raw.__class__ is str else (type(raw), raw)  # True == 1 == 1.0
            if kind == _TEXT:
                cached = cache.get(key)
                if cached is None or cached[1] is not None:
                    value = self._clean(raw, source, col, label, findings)
                else:
                    value = cached[0]
                if value is not None:
                    attrs[attr] = value
            elif kind == _LIST:
                items = cache.get(key)
                if items is None:
                    items = cache[key] = parser(raw)
                attrs[name] = items
            else:
                hit = cache.get(key)
                if hit is None:  # the value and the cell's text as (field, text), or None
                    text = str(raw).strip()
                    hit = cache[key] = (parser(raw), (name, text) if text else None)
                parsed, text_pair = hit
                if parsed.problem:
                    findings.append(
                        Finding.at(
                            source, parsed.problem, Severity.WARNING, f"{label}: {parsed.reason}",
                            col,
                        )
                    )  # fmt: skip
                elif parsed.reason:
                    findings.append(
                        Finding.at(
                            source, "value-note", Severity.INFO, f"{label}: {parsed.reason}", col
                        )  # fmt: skip
                    )
                if parsed.value is not None:
                    attrs[attr] = parsed.value
                if parsed.open_ended:
                    attrs["open_ended"] = True
                if text_pair is not None:
                    original.append(text_pair)
        extra = []
        headers = header.columns.headers
        for col in header.columns.extras:
            if col < width and cells[col] not in (None, ""):
                text = self._clean(cells[col], source, col, headers[col], findings)
                if text is None and _is_zero(cells[col]):
                    text = "0"  # a placeholder in text columns, but maybe a value here
                if text is not None:
                    extra.append((headers[col], text))
        for col in range(len(headers), width):
            if cells[col] not in (None, ""):
                text = self._clean(cells[col], source, col, column_letter(col), findings)
                if text is None and _is_zero(cells[col]):
                    text = "0"
                if text is not None:
                    extra.append((f"column {column_letter(col)}", text))
        self._note_duplicate(cells, source, findings)
        if "name" not in attrs:
            col = columns["name"]
            findings.append(
                Finding.at(
                    source, "missing-name", Severity.ERROR,
                    f"row has no system name in column {column_letter(col)} "
                    f"('{headers[col]}'); fill it in, or delete the row",
                    col,
                )
            )  # fmt: skip
            kept = tuple((headers[c] if c < len(headers) else
                          column_letter(c), str(v)) for c, v in enumerate(cells)
                         if v not in (None, ""))  # fmt: skip
            self.rejected.append(Rejected(source, tuple(findings), kept))
            self.findings.extend(findings)
            return
        if findings:
            self.findings.extend(findings)
        system_id = SystemId(f"S{len(self.systems) + 1}")
        self.systems.append(
            self._system(
                id=system_id, source=source, extra=tuple(extra), original=tuple(original),
                **attrs,  # type: ignore[arg-type]
            )
        )  # fmt: skip

    def _is_totals(self, cells: Sequence[object], columns: Mapping[str, int]) -> bool:
        """A totals row: its first text is a totals word ("Yhteensä", "Total"), or starts or
        ends with one ("Sote yhteensä", "Välisumma: Kasvatus") while no other descriptive
        column has text (a real system would have a vendor or a purpose)."""
        words = default_vocabulary().totals
        for index, cell in enumerate(cells):
            if cell in (None, ""):
                continue
            if not isinstance(cell, str):
                return False
            kind = _totals_kind(cell, words)
            if kind != "maybe":
                return kind == "yes"
            for name in _DESCRIPTIVE:
                col = columns.get(name)
                if col is not None and col != index and col < len(cells):
                    other = cells[col]
                    if isinstance(other, str) and other.strip():
                        return False
            return True
        return False

    def _note_duplicate(
        self, cells: Sequence[object], source: Source, findings: list
    ) -> Source | None:
        """Warn about an exact copy of an earlier row; returns that row, None if first."""
        key = row_key(cells)
        first = self._seen_rows.setdefault(key, source)
        if first is source:
            self._first_row(key, source, len(findings))
            return None
        self._copied_row(first, source, len(findings))
        findings.append(duplicate_finding(source, first))
        return first

    def _first_row(self, key: tuple, source: Source, at: int) -> None:
        """Hook: a row seen for the first time; `at` is where its warning would go among
        the row's findings (the parallel import keeps track, see parallel.py)."""

    def _copied_row(self, first: Source, source: Source, at: int) -> None:
        """Hook: a row that copies `first`; its warning goes at `at` among its findings."""

    def _clean(
        self, raw: object, source: Source, col: int, label: str, findings: list
    ) -> str | None:
        key = raw if type(raw) is str else (type(raw), raw)  # True == 1 == 1.0: keep apart
        cached = self._text.get(key)
        if cached is None:
            problem = None
            text = raw if isinstance(raw, str) else str(raw)
            if len(text) > self.limits.max_cell_chars:
                text = text[: self.limits.max_cell_chars]
                problem = "cell-too-long"
            if _INVISIBLE.search(text):
                problem = problem or "control-characters"
                text = _INVISIBLE.sub("", text)
            cached = (values.clean_text(unicodedata.normalize("NFC", text)), problem)
            self._text[key] = cached
        value, problem = cached
        if problem == "cell-too-long":
            findings.append(
                Finding.at(
                    source, problem, Severity.WARNING,
                    f"{label}: cell has more than {self.limits.max_cell_chars:,} characters "
                    "(Excel's own limit); the rest was cut",
                    col,
                )
            )  # fmt: skip
        elif problem == "control-characters":
            shown = ", ".join(sorted({f"U+{ord(c):04X}" for c in _INVISIBLE.findall(str(raw))}))
            findings.append(
                Finding.at(
                    source, problem, Severity.WARNING,
                    f"{label}: invisible or control characters ({shown}) removed; they can make "
                    "two names look alike while differing",
                    col,
                )
            )  # fmt: skip
        return value

    def inventory(self, files_read: int, files_failed: int) -> Inventory:
        c = self.counts
        stats = ImportStats(
            rows_read=c.rows_read, blank=c.blank, totals=c.totals, sheets_read=c.sheets_read,
            sheets_skipped=c.sheets_skipped, files_read=files_read, files_failed=files_failed,
        )  # fmt: skip
        return Inventory(tuple(self.systems), tuple(self.rejected), tuple(self.findings), stats)


def row_key(cells: Sequence[object]) -> tuple:
    """What makes two rows exact copies: their cells by position, trailing empties (which
    vary between readers) dropped, None and "" alike."""
    end = len(cells)
    while end and (cells[end - 1] is None or cells[end - 1] == ""):
        end -= 1
    key = tuple(cells[:end])
    if None in key:
        key = tuple("" if c is None else c for c in key)
    return key


def duplicate_finding(source: Source, first: Source) -> Finding:
    """The warning on a row that repeats `first` cell for cell (also used by the merge of
    the parallel import, which learns some first occurrences only afterwards)."""
    return Finding.at(
        source, "duplicate-row", Severity.WARNING,
        f"exact copy of row {first.place()}; both are kept. Delete one if it was entered twice",
    )  # fmt: skip


@lru_cache(maxsize=65_536)
def _totals_kind(cell: str, words: frozenset[str]) -> str:
    """`yes` for a totals word alone, `maybe` when one starts or ends the text, else `no`.

    Cached: the first cell of a row is usually its name, repeated across departments."""
    text = cell.strip().lower().rstrip(":").strip()
    if text in words:
        return "yes"
    tokens = [t for t in _TOTAL_SPLIT.split(text) if t]
    return "maybe" if tokens and (tokens[0] in words or tokens[-1] in words) else "no"


def _is_zero(value: object) -> bool:
    return (value == 0 and not isinstance(value, bool)) or (
        isinstance(value, str) and value.strip() == "0"
    )


def _is_blank(cells: Sequence[object]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def _fill(
    cells: Sequence[object],
    fills: Iterable[tuple[int, int]],
    merged: Mapping[tuple[int, int], object],
) -> list[object]:
    """Copy merged values down: the merge's top cell value into this row's empty cell."""
    out = list(cells)
    for col, source_row in fills:
        while len(out) <= col:
            out.append(None)
        if out[col] in (None, ""):
            out[col] = merged.get((source_row, col))
    return out
