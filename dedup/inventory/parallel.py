"""Import in two processes: a forked child builds the second share of the tables.

Import costs tens of microseconds of Python per row on one core, and big inventories are
workbooks of many sheets (or several files), which split cleanly between tables. The
parent builds the first share while a forked child builds the rest and sends back plain
values; the parent renumbers and appends them, so the result equals the sequential
import exactly:

- system ids run on (the child's `S1..` become `S{n+1}..`), counts add up, findings and
  rejected rows keep table order;
- a row of the child's share that repeats a row of the parent's names the first
  occurrence in the whole inventory: the child sends the hash of each distinct row it
  saw (a forked child shares the parent's hash seed), the parent asks for the full rows
  whose hash it also saw, confirms each by equality (so a collision changes nothing)
  and patches the child's findings;
- a file split between the shares must fail, or not, the same way in both; otherwise
  (and when a workbook's sheet list does not match its parts) everything is redone in
  one process;
- when the child fails in any way (exception, killed, unpicklable, too late), the parent
  reads the child's share itself: rows are never lost and nothing waits forever.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import pickle
import selectors
import signal
import sys
import threading
import time
import warnings
import zipfile
from collections import defaultdict, deque
from collections.abc import Callable, Sequence
from dataclasses import MISSING, astuple, dataclass, fields
from datetime import date
from itertools import groupby, repeat
from operator import attrgetter
from pathlib import Path

from dedup.errors import InputError
from dedup.inventory.build import InventoryBuilder, duplicate_finding
from dedup.inventory.read import SplitMismatch, Table, read_tables
from dedup.inventory.sniff import FileKind, Limits, extension_mismatch, vet
from dedup.inventory.xlsx_scan import sheet_parts
from dedup.model import Finding, Inventory, Rejected, Severity, Source, System

ENV = "DEDUP_PARALLEL_IMPORT"
"""`0`: never fork; `1`: fork whenever there are two tables; unset: decide by size."""
MIN_CHILD_WORK = 1 << 20
"""Estimated sheet-XML bytes (~700 a row) the child's share needs to repay a fork: on an
idle second core the fork pays from ~2k rows (5k rows: 0.46 -> 0.28 s; 1k rows, not
split: 0.13 s alone, 0.09-0.18 s split)."""
BUSY_WORK = 32 << 20
"""Below this much estimated work (~45k rows) a fork is skipped while the machine is
busy (load average >= cores - 0.5): two processes sharing one free core lose to one."""
MIN_DISK_BYTES = MIN_CHILD_WORK // 5
"""Below this many bytes on disk (workbooks compress ~7-10x) not even the plan is made."""
CSV_WEIGHT = 5.0
"""A CSV byte costs about as much to import as this many bytes of sheet XML."""
CHILD_SHARE = 0.5
"""Share of the estimated work given to the child. Half: what the parent spends unpacking
the child's systems (~5 µs a row, between its own tables) about equals what the child
saves by making tuples, not Systems, plus what it spends sending them (at 1M rows the
child finished 0.7 s before the parent with 0.5, 0.6 s after it with 0.51)."""
MIN_PATIENCE = 60.0
"""Seconds to wait for the child beyond the parent's own share (twice that share's time
when longer) before doing its share in the parent."""

Part = tuple[int, "range | None", bool]
"""(input index, sheet positions or None for the whole input, holds the input's start)."""
Status = tuple[str, str] | None
"""None when the input was read, else the (code, message) of its InputError."""

last_mode = ""
"""How the last `load_vetted` ran: sequential, parallel, fallback or redo (for tests)."""


@dataclass
class Input:
    """One vetted input: its kind, or the finding that refused it."""

    path: Path
    kind: FileKind | None = None
    mismatch: Finding | None = None
    error: Finding | None = None


def vet_input(path: Path, limits: Limits) -> Input:
    """Refuse hostile or broken files before any parsing (see sniff.vet)."""
    try:
        kind = vet(path, limits)  # by first bytes; bombs, DTDs, lying sizes refused
        return Input(path, kind, extension_mismatch(path, kind))
    except InputError as exc:
        return Input(path, error=Finding(exc.code, Severity.ERROR, str(exc), path.name))


def read_input(
    builder: InventoryBuilder,
    item: Input,
    limits: Limits,
    sheets: range | None = None,
    first: bool = True,
) -> Status:
    """Build the tables of one input (or of `sheets` of it) into `builder`.

    Only the share holding the input's start (`first`) reports its file-level findings,
    so that a split workbook reports them once.
    """
    if item.error is not None:
        if first:
            builder.findings.append(item.error)
        return item.error.code, item.error.message
    if first and item.mismatch is not None:
        builder.findings.append(item.mismatch)
    try:
        assert item.kind is not None
        for table in read_tables(item.path, item.kind, limits, sheets):
            builder.add_table(table)
    except InputError as exc:
        if first:
            builder.findings.append(Finding(exc.code, Severity.ERROR, str(exc), item.path.name))
        return exc.code, str(exc)
    return None


class _Redo(Exception):
    """The shares disagree about a split file: only one process can tell what it holds."""


def _read_parts(
    builder: InventoryBuilder, inputs: Sequence[Input], parts: Sequence[Part], limits: Limits
) -> list[Status]:
    try:
        return [read_input(builder, inputs[i], limits, s, first) for i, s, first in parts]
    except SplitMismatch:
        raise _Redo from None


def _sequential(make: Callable[..., InventoryBuilder], inputs: Sequence[Input], limits: Limits):
    builder = make()
    statuses = [read_input(builder, item, limits) for item in inputs]
    failed = sum(1 for s in statuses if s is not None)
    return builder.inventory(len(statuses) - failed, failed)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Linux (macOS frameworks are not fork-safe), a second core, and no other thread (a
    fork copies no threads, and no lock a thread may hold)."""
    return sys.platform == "linux" and _cores() >= 2 and threading.active_count() == 1


def _busy() -> bool:
    """Other processes keep the cores busy (1-minute load average)."""
    try:
        return os.getloadavg()[0] >= _cores() - 0.5
    except (AttributeError, OSError):  # pragma: no cover - no load average here
        return False


def worth_planning(paths: Sequence[Path]) -> bool:
    """Cheap first test (file sizes only) so small inventories skip the plan entirely."""
    total = 0
    for path in paths:
        try:
            total += path.stat().st_size
        except OSError:
            continue
    return total >= MIN_DISK_BYTES


# --------------------------------------------------------------------------- plan


def _sheet_weights(path: Path) -> list[float] | None:
    """Sheet XML sizes in the workbook's sheet order, from the zip directory; None when the
    sheet list and the parts disagree (then the workbook is not split)."""
    import python_calamine as calamine

    try:
        with zipfile.ZipFile(path) as archive:
            parts = sheet_parts(archive)
            sizes = {info.filename: info.file_size for info in archive.infolist()}
        workbook = calamine.CalamineWorkbook.from_path(str(path))
        try:
            names = [meta.name for meta in workbook.sheets_metadata]
        finally:
            workbook.close()
    except Exception:  # the read reports it; a plan only guesses
        return None
    if names != list(parts):
        return None
    return [float(sizes.get(parts[name], 0)) for name in names]


def plan(inputs: Sequence[Input], force: bool = False) -> tuple[list[Part], list[Part]] | None:
    """Cut the tables into two contiguous shares of about equal estimated work.

    None when there is one table only, or (unless forced) when the child's share is too
    small to repay a fork.
    """
    units: list[tuple[int, int, float]] = []  # (input, sheet position or -1 for whole, work)
    sheet_count: dict[int, int] = {}
    for i, item in enumerate(inputs):
        if item.error is not None:
            units.append((i, -1, 0.0))
            continue
        try:
            size = float(item.path.stat().st_size)
        except OSError:
            size = 0.0
        weights = _sheet_weights(item.path) if item.kind is FileKind.XLSX else None
        if weights:
            sheet_count[i] = len(weights)
            units.extend((i, k, w) for k, w in enumerate(weights))
        else:
            xml = CSV_WEIGHT if item.kind is FileKind.CSV else 8.0  # a workbook unpacks ~8x
            units.append((i, -1, size * xml))
    if len(units) < 2:
        return None
    total = sum(u[2] for u in units)
    target = total * (1 - CHILD_SHARE)
    best, best_gap, prefix = 1, float("inf"), 0.0
    for k in range(1, len(units)):
        prefix += units[k - 1][2]
        if abs(prefix - target) < best_gap:
            best, best_gap, best_prefix = k, abs(prefix - target), prefix
    if not force and (total - best_prefix < MIN_CHILD_WORK or (total < BUSY_WORK and _busy())):
        return None
    return _parts(units[:best], sheet_count), _parts(units[best:], sheet_count)


def _parts(units: Sequence[tuple[int, int, float]], sheet_count: dict[int, int]) -> list[Part]:
    parts: list[Part] = []
    for i, group in groupby(units, key=lambda u: u[0]):
        positions = [u[1] for u in group]
        if positions[0] == -1 or len(positions) == sheet_count[i]:
            parts.append((i, None, True))  # the whole input: exactly the sequential read
        else:
            parts.append((i, range(positions[0], positions[-1] + 1), positions[0] == 0))
    return parts


# --------------------------------------------------------------------------- run


def load_vetted(
    inputs: Sequence[Input],
    make: Callable[..., InventoryBuilder],
    limits: Limits,
    force: bool = False,
) -> Inventory:
    """Build vetted inputs in two processes when the plan says it pays, else in one."""
    global last_mode
    split = plan(inputs, force) if hasattr(os, "fork") and _WIRE else None
    if split is None:
        last_mode = "sequential"
        return _sequential(make, inputs, limits)
    try:
        return _parallel(inputs, make, limits, *split)
    except _Redo:
        last_mode = "redo"
        return _sequential(make, inputs, limits)


def _parallel(
    inputs: Sequence[Input],
    make: Callable[..., InventoryBuilder],
    limits: Limits,
    mine: list[Part],
    theirs: list[Part],
) -> Inventory:
    global last_mode
    try:
        child = _Child(lambda w, r: _child_main(w, r, inputs, theirs, make, limits))
    except OSError:  # no pipe or process to be had: one process does it all
        last_mode = "sequential"
        return _sequential(make, inputs, limits)
    try:
        builder = make(_HashingBuilder)
        incoming = _Incoming(child.inbox)
        builder.after_table = incoming.poll
        started = time.monotonic()
        statuses = _read_parts(builder, inputs, mine, limits)
        builder.after_table = None
        patience = max(MIN_PATIENCE, 2 * (time.monotonic() - started))
        received = _collect(child, builder, incoming, patience)
        child.stop(grace=0.0 if received is None else 1.0)
        if received is None:
            last_mode = "fallback"
            their_statuses = _read_parts(builder, inputs, theirs, limits)
        else:
            last_mode = "parallel"
            their_statuses, caught = received
            _reemit(caught)
    finally:
        child.stop()
    read = failed = 0
    by_input: dict[int, list[Status]] = defaultdict(list)
    for (i, _, first), status in zip([*mine, *theirs], [*statuses, *their_statuses], strict=True):
        by_input[i].append(status)
        if first:
            read, failed = (read + 1, failed) if status is None else (read, failed + 1)
    if any(len(set(s)) > 1 for s in by_input.values()):
        raise _Redo  # e.g. one share of a workbook hit a corrupt part, the other did not
    return builder.inventory(read, failed)


# --------------------------------------------------------------------------- child side


def _compile_wire() -> tuple[Callable[..., tuple], Callable[[str, tuple], System]] | None:
    """Generate, from `dataclasses.fields` so they follow new fields, the pair that carries
    a System between the processes as a plain tuple (which marshals fast):

    - `wire(**same keywords as System)` -> (file, sheet, row, field values...): the child
      makes these instead of Systems; dates travel as ordinals;
    - `unwire(id, tuple)` -> System, slot by slot (no keyword parsing, no frozen
      `__setattr__` per field: ~2 µs against ~4 µs for `System(...)`).

    None (no parallel import) if System or Source grows a `__post_init__` or a default
    factory: work this would skip.
    """
    for cls in (System, Source):
        if "__post_init__" in vars(cls) or any(
            f.default_factory is not MISSING for f in fields(cls)
        ):
            return None
    env: dict = {"_new": object.__new__, "_System": System, "_Source": Source, "_date": date}
    env["_fromordinal"] = date.fromordinal
    params, values = [], ["source.file", "source.sheet", "source.row"]
    names = [f.name for f in fields(System) if f.name not in ("id", "source")]
    for f in fields(System):
        if f.name in ("id", "source"):
            continue
        if f.default is MISSING:
            params.append(f.name)
        else:
            env[f"_d_{f.name}"] = f.default
            params.append(f"{f.name}=_d_{f.name}")
        if f.name == "contract_end":
            values.append(f"({f.name}.toordinal() if {f.name}.__class__ is _date else {f.name})")
        else:
            values.append(f.name)
    lines = [f"def wire(id, source, *, {', '.join(params)}):", f"    return ({', '.join(values)},)"]
    lines += [
        "def unwire(id, _values):",
        f"    {', '.join(['_file', '_sheet', '_row', *names])}, = _values",
    ]
    if "contract_end" in names:
        lines.append(
            "    if contract_end.__class__ is int: contract_end = _fromordinal(contract_end)"
        )
    lines.append("    _s = _new(_Source)")
    for f in fields(Source):
        env[f"_source_{f.name}"] = vars(Source)[f.name].__set__
        lines.append(f"    _source_{f.name}(_s, _{f.name})")
    lines.append("    _o = _new(_System)")
    for f in fields(System):
        env[f"_set_{f.name}"] = vars(System)[f.name].__set__
        lines.append(f"    _set_{f.name}(_o, {'_s' if f.name == 'source' else f.name})")
    lines.append("    return _o")
    exec("\n".join(lines), env)  # noqa: S102 - code built from field names only
    return env["wire"], env["unwire"]


_WIRE = _compile_wire()
_wire, _unwire = _WIRE or (None, None)
_FINDING_VALUES = attrgetter(*(f.name for f in fields(Finding)))


class _SharingBuilder(InventoryBuilder):
    """A builder that calls `after_table` (if set) after each table: the two processes
    exchange rows between tables, so the pipe never waits for a whole half."""

    after_table: Callable[[], None] | None = None

    def add_table(self, table: Table) -> None:
        super().add_table(table)
        if self.after_table is not None:
            self.after_table()


class _TrackingBuilder(_SharingBuilder):
    """The child's builder: makes tuples, not Systems (see `_compile_wire`), hands them
    over after each table, and notes where each row's duplicate warning is, or would go,
    so that the parent can point rows at first occurrences only it has seen."""

    _system = staticmethod(_wire)

    def __post_init__(self) -> None:
        super().__post_init__()
        self.firsts: list[tuple[int, int, int, Source]] = []
        """Per distinct row, in `_seen_rows` order: (findings index, index among the
        row's findings, rejected index if rejected, source)."""
        self.hashes: list[int] = []
        """hash() of each distinct row, in the same order."""
        self.copies: list[tuple[Source, int, int, int, Source]] = []
        """Rows that copy one of this share: (first, findings index, index among the row's
        findings, rejected index if rejected, source)."""

    def take_rows(self) -> list[tuple]:
        """The rows made since the last call (their ids here mean nothing)."""
        rows, self.systems = self.systems, []
        return rows

    def _first_row(self, key: tuple, source: Source, at: int) -> None:
        self.hashes.append(hash(key))  # now, while the row is in the CPU cache
        self.firsts.append((len(self.findings) + at, at, len(self.rejected), source))

    def _copied_row(self, first: Source, source: Source, at: int) -> None:
        self.copies.append((first, len(self.findings) + at, at, len(self.rejected), source))

    def _rejected_at(self, index: int, source: Source) -> int | None:
        rejected = self.rejected
        return index if index < len(rejected) and rejected[index].source is source else None

    def export(self, statuses: list[Status], caught: list) -> tuple:
        """Everything but the systems, as plain values that pickle fast."""
        findings = list(map(_FINDING_VALUES, self.findings))
        rejected = [
            (r.source.file, r.source.sheet, r.source.row, list(map(_FINDING_VALUES, r.findings)),
             r.cells)
            for r in self.rejected
        ]  # fmt: skip
        notes = [(str(w.message), _category(w.category), w.filename, w.lineno) for w in caught]
        return statuses, astuple(self.counts), findings, rejected, self.hashes, notes

    def answer(self, wanted: Sequence[int]) -> list[tuple]:
        """Full rows for the distinct-row positions the parent asked about, with where their
        warning goes and where their copies' warnings are."""
        keys = list(self._seen_rows)
        copies: dict[int, list[tuple]] = defaultdict(list)
        for first, at, index, rejected, source in self.copies:
            copies[id(first)].append((at, index, self._rejected_at(rejected, source), source))
        out = []
        for k in wanted:
            at, index, rejected, source = self.firsts[k]
            place = (at, index, self._rejected_at(rejected, source), source)
            out.append((keys[k], [place, *copies.get(id(source), ())]))
        return out


class _HashingBuilder(_SharingBuilder):
    """The parent's builder: keeps the hash of each distinct row, taken while the row is
    in the CPU cache (hashing half a million rows afterwards costs seconds of cache
    misses), to find which rows of the child's share it may have seen; and takes the
    child's systems in between its own tables."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.hashes: set[int] = set()

    def _first_row(self, key: tuple, source: Source, at: int) -> None:
        self.hashes.add(hash(key))  # now, while the row is in the CPU cache


def _category(category: type[Warning]) -> type[Warning]:
    try:
        pickle.dumps(category)
    except Exception:
        return UserWarning
    return category


_ROWS, _PICKLED_ROWS, _END, _ANSWER = b"m", b"p", b"e", b"a"
"""Kinds of frame the child sends: systems (marshal, or pickle when marshal cannot carry a
value), the rest of its results, the answer to the parent's question."""


def _child_main(
    w: int,
    r: int,
    inputs: Sequence[Input],
    parts: Sequence[Part],
    make: Callable[..., InventoryBuilder],
    limits: Limits,
) -> int:
    builder = make(_TrackingBuilder)
    outbox = _Outbox(w)

    def hand_over() -> None:
        rows = builder.take_rows()
        if rows:
            try:
                outbox.put(_ROWS, marshal.dumps(rows))
            except ValueError:  # a value marshal does not know (pickle is slower)
                outbox.put(_PICKLED_ROWS, pickle.dumps(rows, pickle.HIGHEST_PROTOCOL))

    builder.after_table = hand_over
    with warnings.catch_warnings(record=True) as caught:
        statuses = _read_parts(builder, inputs, parts, limits)
    hand_over()
    outbox.put(_END, pickle.dumps(builder.export(statuses, caught), pickle.HIGHEST_PROTOCOL))
    outbox.flush()
    wanted = pickle.loads(_Inbox(r).frame(None)[1])
    if wanted:
        outbox.put(_ANSWER, pickle.dumps(builder.answer(wanted), pickle.HIGHEST_PROTOCOL))
        outbox.flush()
    return 0


# --------------------------------------------------------------------------- parent side


class _Incoming:
    """The child's frames as the parent takes them: systems unpacked between the parent's
    own tables (so that work overlaps the child's), then the end message."""

    def __init__(self, inbox: _Inbox) -> None:
        self.inbox = inbox
        self.systems: list[System] = []
        """The child's systems so far, ids still to be given."""
        self.end: tuple | None = None
        self.failed = False

    def poll(self) -> None:
        """Take what has arrived; never raises (the parent is in the middle of its share)."""
        if self.failed or self.end is not None:
            return
        try:
            self.inbox.fill()
            for frame in self.inbox.frames():
                self._take(frame)
        except Exception:
            self.failed = True

    def finish(self, patience: float) -> tuple:
        """Wait for the end message; raises _ChildLost when the child fails or is late."""
        deadline = time.monotonic() + patience
        while self.end is None:
            if self.failed:
                raise _ChildLost("bad frame")
            self._take(self.inbox.frame(deadline))
        return self.end

    def _take(self, frame: tuple[bytes, bytes]) -> None:
        kind, payload = frame
        if kind == _ROWS:
            self.systems.extend(map(_unwire, repeat(None), marshal.loads(payload)))
        elif kind == _PICKLED_ROWS:
            self.systems.extend(map(_unwire, repeat(None), pickle.loads(payload)))
        elif kind == _END:
            self.end = pickle.loads(payload)
        else:
            raise _ChildLost(f"unexpected frame {kind!r}")


_SET_ID = vars(System)["id"].__set__


def _collect(child: _Child, builder: InventoryBuilder, incoming: _Incoming, patience: float):
    """Append the child's share to `builder`; None (builder untouched) if it failed."""
    try:
        statuses, counts, findings, rejected, hashes, caught = incoming.finish(patience)
        seen = builder._seen_rows
        mine = builder.hashes if isinstance(builder, _HashingBuilder) else set(map(hash, seen))
        wanted = [k for k, h in enumerate(hashes) if h in mine]
        child.send(wanted, patience)
        if wanted:
            kind, payload = child.inbox.frame(time.monotonic() + patience)
            if kind != _ANSWER:
                raise _ChildLost(f"unexpected frame {kind!r}")
            findings = _point_at_firsts(pickle.loads(payload), seen, findings, rejected)
        systems = incoming.systems
        start = len(builder.systems) + 1
        deque(map(_SET_ID, systems, [f"S{n}" for n in range(start, start + len(systems))]), 0)
        findings = _findings(findings)
        rejected = [
            Rejected(Source(file, sheet, row), tuple(_findings(found)), cells)
            for file, sheet, row, found, cells in rejected
        ]
    except Exception:  # the child's data is suspect: its share is redone here
        return None
    builder.systems.extend(systems)
    builder.findings.extend(findings)
    builder.rejected.extend(rejected)
    c = builder.counts
    c.rows_read, c.blank, c.totals, c.sheets_read, c.sheets_skipped = (
        a + b for a, b in zip(astuple(c), counts, strict=True)
    )
    return statuses, caught


def _point_at_firsts(answers: list, seen: dict, findings: list, rejected: list) -> list:
    """Make the child's rows that repeat a parent row name the parent's row, exactly as
    the sequential import would have: a new warning on the child's first occurrence, and
    its copies' warnings pointed at the parent's row."""
    inserts = []
    for order, (key, places) in enumerate(answers):
        origin = seen.get(key)
        if origin is None:
            continue  # equal hashes, different rows
        for n, (at, index, rejected_at, source) in enumerate(places):
            warning = _FINDING_VALUES(duplicate_finding(source, origin))
            if n == 0:
                inserts.append((at, order, warning))
                if rejected_at is not None:
                    rejected[rejected_at][3].insert(index, warning)
            else:
                findings[at] = warning
                if rejected_at is not None:
                    rejected[rejected_at][3][index] = warning
    if not inserts:
        return findings
    inserts.sort(key=lambda t: t[:2])
    out, done = [], 0
    for at, _, warning in inserts:
        out.extend(findings[done:at])
        out.append(warning)
        done = at
    out.extend(findings[done:])
    return out


def _findings(rows: list[tuple]) -> list[Finding]:
    return _make(Finding, list(zip(*rows, strict=True))) if rows else []


def _make(cls: type, columns: Sequence[list]) -> list:
    """Instances of a slotted dataclass from columns of field values, slot by slot in C
    (its `__init__` costs a frozen `__setattr__` call per field)."""
    if "__post_init__" in vars(cls):  # pragma: no cover - then its checks must run
        return [cls(*values) for values in zip(*columns, strict=True)]
    objects = list(map(object.__new__, repeat(cls, len(columns[0]))))
    for f, column in zip(fields(cls), columns, strict=True):
        deque(map(vars(cls)[f.name].__set__, objects, column), maxlen=0)
    return objects


def _reemit(caught: list) -> None:
    """Show the child's warnings as if raised here (same module, same once-only registry)."""
    for text, category, filename, lineno in caught:
        module = next(
            (m for m in list(sys.modules.values()) if getattr(m, "__file__", None) == filename),
            None,
        )
        registry = vars(module).setdefault("__warningregistry__", {}) if module else None
        name = module.__name__ if module else None
        warnings.warn_explicit(text, category, filename, lineno, name, registry)


# --------------------------------------------------------------------------- process


class _ChildLost(Exception):
    """The child closed its pipe, sent nonsense, or was too slow."""


class _Child:
    """A forked child running `run(write_fd, read_fd)`; frames both ways (`_Outbox`,
    `_Inbox`). The child never writes to stdout or stderr and leaves by `os._exit`, so
    no buffered output of the parent is written twice and no exit handler runs twice."""

    def __init__(self, run: Callable[[int, int], int]) -> None:
        r1, w1 = os.pipe()  # child -> parent
        r2, w2 = os.pipe()  # parent -> child
        with contextlib.suppress(AttributeError, OSError):  # fewer, larger reads (Linux)
            import fcntl

            fcntl.fcntl(r1, fcntl.F_SETPIPE_SZ, 1 << 20)
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child
            code = 1
            try:
                os.close(r1)
                os.close(w2)
                null = os.open(os.devnull, os.O_WRONLY)
                os.dup2(null, 1)
                os.dup2(null, 2)
                sys.stdout = sys.stderr = open(null, "w", closefd=False)  # noqa: SIM115
                code = run(w1, r2)
            except BaseException:  # noqa: BLE001 - the parent redoes the share
                pass
            finally:
                os._exit(code)
        os.close(w1)
        os.close(r2)
        self.pid: int | None = pid
        self.inbox = _Inbox(r1)
        self.outbox = _Outbox(w2)

    def send(self, message: object, timeout: float) -> None:
        self.outbox.put(b"w", pickle.dumps(message, pickle.HIGHEST_PROTOCOL))
        self.outbox.flush(time.monotonic() + timeout)

    def stop(self, grace: float = 0.0) -> None:
        """Close the pipes and reap the child, killing it unless it ends within `grace`
        seconds (it ends by itself once it has sent everything)."""
        if self.pid is None:
            return
        for fd in (self.inbox.fd, self.outbox.fd):
            with contextlib.suppress(OSError):
                os.close(fd)
        pid, self.pid = self.pid, None
        try:
            end = time.monotonic() + grace
            while os.waitpid(pid, os.WNOHANG)[0] == 0:
                if time.monotonic() > end:
                    os.kill(pid, signal.SIGKILL)
                    os.waitpid(pid, 0)
                    break
                time.sleep(0.001)
        except ChildProcessError:
            pass


class _Outbox:
    """Frames (8-byte length, 1-byte kind, payload) to a pipe: `put` writes what the pipe
    takes without blocking, so the child goes on building while the parent is busy;
    `flush` writes the rest, waiting at most until `deadline`."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.pending: deque[memoryview] = deque()
        os.set_blocking(fd, False)

    def put(self, kind: bytes, payload: bytes) -> None:
        self.pending.append(memoryview(len(payload).to_bytes(8, "little") + kind + payload))
        self._push()

    def _push(self) -> bool:
        """Write without blocking; True when nothing is left."""
        while self.pending:
            view = self.pending[0]
            try:
                written = os.write(self.fd, view[: 1 << 20])
            except BlockingIOError:
                return False
            if written < len(view):
                self.pending[0] = view[written:]
            else:
                self.pending.popleft()
        return True

    def flush(self, deadline: float | None = None) -> None:
        while not self._push():
            _wait(self.fd, selectors.EVENT_WRITE, deadline)


class _Inbox:
    """Frames from a pipe, read without blocking into a buffer."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer = bytearray()
        self.closed = False
        os.set_blocking(fd, False)

    def fill(self) -> None:
        """Read what is there."""
        while not self.closed:
            try:
                data = os.read(self.fd, 1 << 20)
            except BlockingIOError:
                return
            if not data:
                self.closed = True
            self.buffer += data

    def frames(self, most: int = -1) -> list[tuple[bytes, bytes]]:
        """Complete frames in the buffer (at most `most` of them), taken out of it."""
        out, buffer, at = [], self.buffer, 0
        while len(buffer) - at >= 9 and len(out) != most:
            size = int.from_bytes(buffer[at : at + 8], "little")
            if len(buffer) - at - 9 < size:
                break
            out.append((bytes(buffer[at + 8 : at + 9]), bytes(buffer[at + 9 : at + 9 + size])))
            at += 9 + size
        del buffer[:at]
        return out

    def frame(self, deadline: float | None) -> tuple[bytes, bytes]:
        """The next frame, waiting at most until `deadline` (None: as long as it takes)."""
        while True:
            found = self.frames(1)
            if found:
                return found[0]
            if self.closed:
                raise _ChildLost("pipe closed")
            _wait(self.fd, selectors.EVENT_READ, deadline)
            self.fill()


def _wait(fd: int, event: int, deadline: float | None) -> None:
    with selectors.DefaultSelector() as selector:
        selector.register(fd, event)
        if deadline is None:
            selector.select()
            return
        left = deadline - time.monotonic()
        if left <= 0 or not selector.select(left):
            raise _ChildLost("too late")
