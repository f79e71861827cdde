"""A person's decisions file (`--decisions FILE`, TOML or xlsx): the tool proposes, people decide.

TOML::

    [[same]]        names = ["Titania", "Titania työaika"]      # these are one product
    [[different]]   names = ["Basware Finance", "Basware IP"]  # never the same product
    [[keep]]        product = "Titania"                        # keep it in its cluster
    [[exclude]]     product = "Vanha kassa"                    # leave it out of the plan
    [[not_before]]  department = "Sote"  date = 2027-06-01      # cannot move earlier

xlsx: one sheet with the columns `decision`, `subject`, `other`, `date` (Finnish
headers `päätös`, `kohde`, `toinen`, `päivä` also work); decisions `same`/`sama`,
`different`/`eri`, `keep`/`pidä`, `exclude`/`pois`, `not_before`/`ei ennen`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from dedup.consolidate import Decisions
from dedup.errors import ConfigError

KINDS = {
    "same": "same", "sama": "same", "samat": "same",
    "different": "different", "eri": "different", "never_merge": "different",
    "keep": "keep", "pidä": "keep", "pida": "keep",
    "exclude": "exclude", "pois": "exclude", "jätä pois": "exclude",
    "not_before": "not_before", "not before": "not_before", "ei ennen": "not_before",
}  # fmt: skip
HEADERS = {
    "decision": "decision", "päätös": "decision", "subject": "subject", "kohde": "subject",
    "other": "other", "toinen": "other", "date": "date", "päivä": "date", "pvm": "date",
}  # fmt: skip


@dataclass(frozen=True)
class Decision:
    """One line of the decisions file, as written, with where it came from."""

    kind: str
    subject: str
    other: str | None = None
    day: date | None = None
    place: str = ""

    def to_json(self) -> dict:
        day = self.day.isoformat() if self.day else None
        return {"kind": self.kind, "subject": self.subject, "other": self.other, "date": day,
                "place": self.place}  # fmt: skip


@dataclass(frozen=True)
class DecisionSet:
    """All decisions, and the parameters each stage takes from them."""

    items: tuple[Decision, ...] = ()

    @property
    def aliases(self) -> dict[str, str]:
        """`same` decisions as alias -> canonical (the first name) for matching."""
        out = {}
        for d in self.items:
            if d.kind == "same" and d.other:
                out[d.other] = d.subject
        return out

    @property
    def never_merge(self) -> tuple[tuple[str, str], ...]:
        return tuple((d.subject, d.other) for d in self.items if d.kind == "different" and d.other)

    @property
    def plan(self) -> Decisions:
        return Decisions(
            keep=frozenset(d.subject for d in self.items if d.kind == "keep"),
            exclude=frozenset(d.subject for d in self.items if d.kind == "exclude"),
            not_before={
                " ".join(d.subject.lower().split()): d.day
                for d in self.items
                if d.kind == "not_before" and d.day
            },
        )


def load_decisions(path: Path | None) -> DecisionSet:
    """Read a decisions file; every error names the file and entry."""
    if path is None:
        return DecisionSet()
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"{path}: decisions file not found")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return DecisionSet(tuple(_from_xlsx(path)))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    items = []
    for section, entries in data.items():
        kind = KINDS.get(section)
        if kind is None or not isinstance(entries, list):
            raise ConfigError(
                f"{path}: unknown section [[{section}]]; use same, different, keep, exclude, "
                "not_before"
            )
        for number, entry in enumerate(entries, start=1):
            items.extend(_entry(path, section, number, kind, entry))
    return DecisionSet(tuple(items))


def _entry(path: Path, section: str, number: int, kind: str, entry: dict) -> list[Decision]:
    place = f"{path.name}: [[{section}]] #{number}"
    if kind in ("same", "different"):
        names = entry.get("names")
        if not (
            isinstance(names, list) and len(names) >= 2 and all(isinstance(n, str) for n in names)
        ):
            raise ConfigError(f'{place}: give names = ["A", "B"] (two or more names)')
        return [Decision(kind, names[0], other, None, place) for other in names[1:]]
    if kind in ("keep", "exclude"):
        product = entry.get("product")
        if not isinstance(product, str):
            raise ConfigError(f'{place}: give product = "name"')
        return [Decision(kind, product, None, None, place)]
    department, day = entry.get("department"), entry.get("date")
    if not isinstance(department, str) or not isinstance(day, date):
        raise ConfigError(f'{place}: give department = "name" and date = 2027-01-31')
    return [Decision(kind, department, None, day, place)]


def _from_xlsx(path: Path) -> list[Decision]:
    import python_calamine as calamine

    try:
        rows = calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    except Exception as exc:
        raise ConfigError(f"{path}: cannot read the decisions workbook ({exc})") from None
    if not rows:
        return []
    header = [HEADERS.get(str(h).strip().lower(), "") for h in rows[0]]
    if "decision" not in header or "subject" not in header:
        raise ConfigError(f"{path}: the first row needs the headers decision and subject")
    out = []
    for number, row in enumerate(rows[1:], start=2):
        cells = {h: row[i] for i, h in enumerate(header) if h and i < len(row)}
        if not any(str(v).strip() for v in cells.values()):
            continue
        kind = KINDS.get(str(cells.get("decision", "")).strip().lower())
        place = f"{path.name}: row {number}"
        if kind is None:
            raise ConfigError(f"{place}: unknown decision {cells.get('decision')!r}")
        day = cells.get("date")
        day = day.date() if isinstance(day, datetime) else day if isinstance(day, date) else None
        subject, other = str(cells.get("subject", "")).strip(), str(cells.get("other", "")).strip()
        if not subject or (kind in ("same", "different") and not other):
            raise ConfigError(f"{place}: subject (and other, for same/different) required")
        if kind == "not_before" and day is None:
            raise ConfigError(f"{place}: not_before needs a date")
        out.append(Decision(kind, subject, other or None, day, place))
    return out
