"""Organisation: which agency a system belongs to, and which sector that agency is in.

Inventories write departments as people type them: "Sote", "sote", "SOte",
"Sosiaali- ja terveysvirasto", "KV/Tilakeskus", "Taske / Titek", "Liikuntaviraston
laitososasto", "Basware Oyj, TALPA". An `OrgMap` (agency, sector, aliases) turns each of
them into one canonical agency (`System.unit`) and its sector (`System.sector`), so
overlaps and clusters count agencies, not spellings. Helsinki's 2017 reform (about 30
agencies into 4 sectors + central administration) ships as the built-in map
``helsinki2017``.

Every rule works on the *distinct* department strings of an inventory (a few hundred even
for 100k rows), never per row.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, process

from dedup.errors import ConfigError
from dedup.inventory.columns import default_vocabulary
from dedup.model import Finding, Severity, System, evolve, replacer

__all__ = [
    "BUILTIN_MAPS",
    "OrgMap",
    "Resolution",
    "assign_units",
    "department_key",
    "load_org_map",
    "resolve_departments",
]

_PLACED = replacer("unit", "sector")

BUILTIN_MAPS = {"helsinki2017": Path(__file__).parent / "data" / "orgmap_helsinki2017.csv"}
"""Names accepted by `load_org_map` instead of a file path."""

FUZZY_CUTOFF = 90.0
"""rapidfuzz ratio (0..100) a spelling variant needs; high, because a wrong sector misleads."""
FUZZY_MIN_LENGTH = 8
"""Shorter keys are abbreviations, where one letter is another agency (KV vs KSV)."""

_AGENCY_HEADERS = frozenset(
    {"virasto", "virasto liikelaitos", "organisaatio", "hallintokunta", "yksikkö",
     "vastuuyksikkö", "vastuualue", "palveluyksikkö", "tulosyksikkö", "toimintayksikkö",
     "osasto", "förvaltning", "ämbetsverk", "organisation", "enhet", "avdelning",
     "department", "agency", "unit", "business unit", "org unit", "organisational unit",
     "organizational unit", "service unit", "section", "team"}
)  # fmt: skip
_UPPER_AGENCY_HEADERS = default_vocabulary().upper | {"organisaatio", "organisation"}
"""Agency words that are a level above a unit: beside "Enhet", "Förvaltning" is the sector
(the inventory's header levels, `[upper]` in dedup/data/columns.toml, plus the words a map
uses for the whole organisation)."""
_LOWER_SECTOR_HEADERS = default_vocabulary().lower
"""Sector words that are a level below another: beside "Toimiala", "Palvelualue" is the unit."""
_SECTOR_HEADERS = frozenset(
    {"toimiala", "sektori", "palvelualue", "palvelukokonaisuus", "toimialue", "tulosalue", "sektor",
     "verksamhetsområde", "sector", "division", "service area", "directorate", "group",
     "business group"}
)  # fmt: skip
_ALIAS_HEADERS = frozenset(
    {"lyhenteet", "lyhenne", "aliakset", "aliases", "alias", "abbreviations",
     "förkortningar", "förkortning"}
)  # fmt: skip
_HEADER_ROWS = 10
"""A map's header must be within its first rows (a title row above it is fine)."""

_PUNCT = re.compile(r"[^\w]+")
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def department_key(text: str) -> str:
    """Lookup key: Unicode-normalised, case-folded, punctuation and spacing collapsed.

    ``"Taske / Titek"``, ``"taske/titek"`` and ``"TASKE - Titek?"`` all give
    ``"taske titek"``; letters such as ä and å are kept (they distinguish words).
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_PUNCT.sub(" ", text.replace("_", " ")).split())


# --------------------------------------------------------------------------- the map


@dataclass(frozen=True, slots=True)
class OrgMap:
    """Agencies with their sector and the names and abbreviations they go by."""

    name: str
    """`helsinki2017` or the map file's name, for messages."""
    agencies: tuple[tuple[str, str], ...]
    """(agency, sector) in file order."""
    keys: Mapping[str, str] = field(compare=False, hash=False)
    """`department_key` of every agency name and alias -> agency."""

    def sector_of(self, agency: str) -> str | None:
        """The sector of a canonical agency name, None when the map does not list it."""
        return self._sectors().get(agency)

    def _sectors(self) -> dict[str, str]:
        return dict(self.agencies)


@dataclass(frozen=True, slots=True)
class Resolution:
    """How one distinct department string was resolved."""

    department: str
    """The text as written in the inventory."""
    unit: str
    """Canonical agency (mapped) or the normalised department (unmapped)."""
    sector: str | None
    rule: str
    """`name`, `sub-unit`, `list-item`, `first-word`, `genitive`, `fuzzy`, `unmapped`,
    `no-map`."""
    evidence: str = ""
    """Which part of the text matched what, e.g. `'Kv/As' -> 'kv' (alias of Kiinteistövirasto)`."""


def load_org_map(spec: str | Path) -> OrgMap:
    """Read an org map: ``"helsinki2017"`` for the built-in one, else an .xlsx or .csv file.

    Parameters
    ----------
    spec
        A built-in map's name or a path. The file needs a header row with an agency column
        (Virasto, Förvaltning, Department, Agency, Organisaatio) and a sector column
        (Toimiala, Sektor, Sector); an aliases column (Lyhenteet, Aliases, Förkortningar)
        is optional and holds `;`-separated names.

    Raises
    ------
    ConfigError
        Naming the file and what is wrong: missing, unreadable, no header, an agency
        without a sector, an agency in two sectors, an alias claimed by two agencies.

    Notes
    -----
    O(rows x aliases).
    """
    key = str(spec).strip()
    if key.casefold() in BUILTIN_MAPS:
        path = BUILTIN_MAPS[key.casefold()]
        name = key.casefold()
    else:
        path = Path(spec)
        name = path.name
    if not path.is_file():
        known = ", ".join(sorted(BUILTIN_MAPS))
        raise ConfigError(
            f"org map {spec}: no such file (give an .xlsx or .csv file, or a built-in map: {known})"
        )
    rows = _read_rows(path)
    return _build_map(name, rows)


def _read_rows(path: Path) -> list[tuple[int, list[str]]]:
    """Rows as (1-based row number, cell texts) from the first sheet with a map header."""
    suffix = path.suffix.casefold()
    if suffix in (".xlsx", ".xlsm"):
        import python_calamine as calamine

        try:
            workbook = calamine.CalamineWorkbook.from_path(str(path))
            sheets = [workbook.get_sheet_by_name(name).to_python() for name in workbook.sheet_names]
        except Exception as exc:  # a corrupt workbook is the user's file, not our bug
            raise ConfigError(
                f"org map {path.name}: the workbook could not be read ({exc}); "
                "save it again as .xlsx or .csv"
            ) from None
        for rows in sheets:
            numbered = [(n, [_cell(c) for c in row]) for n, row in enumerate(rows, start=1)]
            if _header_index(numbered) is not None:
                return numbered
        return [(n, [_cell(c) for c in row]) for n, row in enumerate(sheets[0] if sheets else [],
                                                                   start=1)]  # fmt: skip
    if suffix in (".csv", ".txt", ".tsv"):
        import csv
        import io

        from dedup.inventory.read import decode_text, detect_delimiter

        try:
            text, _ = decode_text(path.read_bytes(), path.name)
        except Exception as exc:
            raise ConfigError(f"org map {path.name}: the file could not be read ({exc})") from None
        reader = csv.reader(io.StringIO(text), delimiter=detect_delimiter(text))
        try:
            return [(n, [c.strip() for c in row]) for n, row in enumerate(reader, start=1)]
        except csv.Error as exc:
            raise ConfigError(f"org map {path.name}: not a valid CSV file ({exc})") from None
    raise ConfigError(
        f"org map {path.name}: unsupported file type '{path.suffix}'; use .xlsx or .csv"
    )


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _header_kind(text: str) -> str | None:
    key = department_key(text.rstrip("*"))
    if key in _AGENCY_HEADERS:
        return "agency"
    if key in _SECTOR_HEADERS:
        return "sector"
    if key in _ALIAS_HEADERS:
        return "aliases"
    return None


def _columns(cells: list[str]) -> dict[str, int]:
    """Position of the agency, sector and aliases columns in a header row.

    With no sector column, a unit column beside a higher level ("Enhet" beside
    "Förvaltning", "Unit" beside "Department") maps the unit to that level; with two
    sector columns, the lower one is the unit ("Palvelualue" beside "Toimiala").
    """
    columns: dict[str, int] = {}
    for position, cell in enumerate(cells):
        kind = _header_kind(cell)
        if kind is not None and kind not in columns:
            columns[kind] = position
    levels = None
    if "sector" not in columns:
        levels = _two_levels(cells, "agency", lambda key: key in _UPPER_AGENCY_HEADERS)
    elif "agency" not in columns:
        levels = _two_levels(cells, "sector", lambda key: key not in _LOWER_SECTOR_HEADERS)
    if levels is not None:
        columns["sector"], columns["agency"] = levels
    return columns


def _two_levels(
    cells: list[str], kind: str, is_upper: Callable[[str], bool]
) -> tuple[int, int] | None:
    """(upper, lower) positions of two header columns of one kind at different levels."""
    positions = [p for p, cell in enumerate(cells) if _header_kind(cell) == kind]
    upper = [p for p in positions if is_upper(department_key(cells[p]))]
    lower = [p for p in positions if p not in upper]
    return (upper[0], lower[0]) if upper and lower else None


def _header_index(rows: Sequence[tuple[int, list[str]]]) -> int | None:
    for index, (_, cells) in enumerate(rows[:_HEADER_ROWS]):
        if {"agency", "sector"} <= _columns(cells).keys():
            return index
    return None


def _build_map(name: str, rows: list[tuple[int, list[str]]]) -> OrgMap:
    index = _header_index(rows)
    if index is None:
        raise ConfigError(
            f"org map {name}: no header row with an agency column (Virasto, Yksikkö, "
            "Vastuualue, Förvaltning, Enhet, Department, Unit) and a sector column (Toimiala, "
            f"Palvelualue, Sektor, Sector, Division; or Förvaltning, Department above a unit, "
            "or Toimiala above Palvelualue) "
            f"in its first {_HEADER_ROWS} rows"
        )
    columns = _columns(rows[index][1])

    def at(cells: list[str], kind: str) -> str:
        position = columns.get(kind)
        return cells[position].strip() if position is not None and position < len(cells) else ""

    agencies: dict[str, str] = {}
    keys: dict[str, str] = {}
    for number, cells in rows[index + 1 :]:
        agency, sector = at(cells, "agency"), at(cells, "sector")
        if not agency and not sector:
            continue
        if not agency:
            raise ConfigError(f"org map {name} row {number}: sector '{sector}' has no agency")
        if not sector:
            raise ConfigError(f"org map {name} row {number}: agency '{agency}' has no sector")
        same = keys.get(department_key(agency))
        if same is not None and same != agency and agencies[same] == sector:
            agency = same  # another spelling of a unit listed above: one more of its names
        if agencies.setdefault(agency, sector) != sector:
            raise ConfigError(
                f"org map {name} row {number}: agency '{agency}' is listed in two sectors, "
                f"'{agencies[agency]}' and '{sector}'"
            )
        names = [agency, at(cells, "agency"), *(a.strip() for a in at(cells, "aliases").split(";"))]
        for alias in names:
            key = department_key(alias)
            if not key:
                continue
            owner = keys.setdefault(key, agency)
            if owner != agency:
                raise ConfigError(
                    f"org map {name} row {number}: '{alias}' is a name of both '{owner}' and "
                    f"'{agency}'; keep it for one of them"
                )
    if not agencies:
        raise ConfigError(f"org map {name}: the header is there but no agency rows follow it")
    return OrgMap(name, tuple(agencies.items()), keys)


# --------------------------------------------------------------------------- resolving


def _candidates(department: str) -> Iterable[tuple[str, str, str]]:
    """(rule, part of the text, key) to try in order: whole, sub-unit, list item, words."""
    yield "name", department, department_key(department)
    bare = _PARENS.sub(" ", department)
    items = [i for i in re.split(r"[,;&]", bare) if i.strip()]
    for item in (i.strip() for i in items):
        if item != department.strip():
            yield ("name" if len(items) == 1 else "list-item"), item, department_key(item)
        segments = [s.strip() for s in item.split("/") if s.strip()]
        for end in range(len(segments) - 1, 0, -1):  # KV/Tilakeskus/x: longest prefix first
            part = "/".join(segments[:end])
            yield "sub-unit", part, department_key(part)
        words = department_key(segments[0] if segments else item).split()
        if len(words) > 1:
            yield "first-word", words[0], words[0]
        if words and len(words[0]) > 4 and words[0].endswith("n"):  # Liikuntaviraston osasto
            yield "genitive", words[0], words[0][:-1]


def resolve_departments(
    departments: Iterable[str], org_map: OrgMap | None
) -> dict[str, Resolution]:
    """Resolve each distinct department string to a unit (and a sector, with a map).

    Parameters
    ----------
    departments
        Department texts; duplicates are resolved once.
    org_map
        The map, or None: then every department is its own unit (its first ``X / Y``
        segment, in the spelling most rows use) and no sector is set.

    Returns
    -------
    dict
        Department text -> `Resolution`, with the rule and evidence that decided it.

    Notes
    -----
    Exact rules cost O(D x parts) dictionary look-ups for D distinct strings. The fuzzy
    fallback runs only on the strings no exact rule resolved: O(D_unresolved x K) ratio
    computations for K map keys (rapidfuzz's C implementation, cutoff `FUZZY_CUTOFF`).
    """
    counts = Counter(d for d in departments if d and d.strip())
    result: dict[str, Resolution] = {}
    unresolved: list[str] = []
    for department in sorted(counts):
        found = _exact(department, org_map) if org_map is not None else None
        if found is not None:
            result[department] = found
        else:
            unresolved.append(department)
    if org_map is not None and unresolved:
        unresolved = _fuzzy(unresolved, org_map, result)
    spelling = _spellings(unresolved, counts)
    for department in unresolved:
        unit = spelling[_own_key(department)]
        rule = "no-map" if org_map is None else "unmapped"
        result[department] = Resolution(department, unit, None, rule)
    return result


def _exact(department: str, org_map: OrgMap) -> Resolution | None:
    for rule, part, key in _candidates(department):
        agency = org_map.keys.get(key)
        if agency is None:
            continue
        how = "agency name" if key == department_key(agency) else f"alias of {agency}"
        evidence = "" if part == department else f"'{department}' -> '{part}' ({how})"
        return Resolution(department, agency, org_map.sector_of(agency), rule, evidence)
    return None


def _fuzzy(departments: list[str], org_map: OrgMap, result: dict[str, Resolution]) -> list[str]:
    """Spelling variants of long names; returns the departments still unresolved."""
    choices = sorted(k for k in org_map.keys if len(k) >= FUZZY_MIN_LENGTH)
    left = []
    for department in departments:
        best = None
        for rule, part, key in _candidates(department):
            if rule in ("first-word", "genitive") or len(key) < FUZZY_MIN_LENGTH:
                continue
            hit = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            if hit is not None and (best is None or hit[1] > best[1]):
                best = (hit[0], hit[1], part)
        if best is None:
            left.append(department)
            continue
        key, score, part = best
        agency = org_map.keys[key]
        evidence = f"'{part}' ~ '{key}' ({score:.0f}% alike, a name of {agency})"
        result[department] = Resolution(
            department, agency, org_map.sector_of(agency), "fuzzy", evidence
        )
    return left


def _own_key(department: str) -> str:
    """Unmapped grouping key: the first ``X / Y`` segment, normalised."""
    first = department.split("/")[0]
    return department_key(first) or department_key(department)


def _spellings(departments: list[str], counts: Counter[str]) -> dict[str, str]:
    """Display name per key: the spelling most rows use (ties: alphabetical)."""
    votes: dict[str, Counter[str]] = {}
    for department in departments:
        first = department.split("/")[0].strip() or department.strip()
        text = " ".join(first.split()).rstrip("?!.,; ")
        votes.setdefault(_own_key(department), Counter())[text or first] += counts[department]
    return {k: min(v.items(), key=lambda kv: (-kv[1], kv[0]))[0] for k, v in votes.items()}


def assign_units(
    systems: Sequence[System], org_map: OrgMap | None
) -> tuple[tuple[System, ...], tuple[Finding, ...]]:
    """Set `System.unit` and `System.sector` from the department (or first using organisation).

    Parameters
    ----------
    systems
        Imported systems.
    org_map
        The map; None keeps the inventory's own sector column and uses the normalised
        department as the unit.

    Returns
    -------
    tuple
        The systems (same order, changed copies) and findings: one `unmapped-department`
        warning per unmapped unit with how many systems it concerns, one
        `department-fuzzy` info per fuzzy match (its evidence), one `no-department` info
        counting systems with neither a department nor a using organisation.

    Notes
    -----
    O(N) for N systems plus `resolve_departments` over the distinct department strings.
    """
    texts = [_department_text(s) for s in systems]
    borrowed = _units_in_sector_column(systems, texts, org_map)
    if borrowed:
        texts = [t or (s.sector if s.sector in borrowed else None)
                 for s, t in zip(systems, texts, strict=True)]  # fmt: skip
    resolved = resolve_departments((t for t in texts if t), org_map)
    out: list[System] = []
    unmapped: dict[str, list[System]] = {}
    nameless = 0
    for system, text in zip(systems, texts, strict=True):
        if not text:
            nameless += 1
            out.append(evolve(system, unit=None) if system.unit is not None else system)
            continue
        r = resolved[text]
        sector = r.sector if r.sector is not None else system.sector
        out.append(_PLACED(system, r.unit, sector))
        if r.rule == "unmapped":
            unmapped.setdefault(r.unit, []).append(system)
    findings = _unmapped_findings(unmapped, resolved, org_map)
    if borrowed:
        shown = ", ".join(f"'{b}'" for b in sorted(borrowed)[:3])
        findings.append(
            Finding(
                "sector-column-is-department", Severity.INFO,
                f"{len(borrowed)} sector-column values ({shown}"
                f"{', …' if len(borrowed) > 3 else ''}) stand for the department where it is "
                "empty"
                + (f": org map {org_map.name} lists them as units" if org_map else
                   ": with no org map, each is a unit"),
            )
        )  # fmt: skip
    findings += _fuzzy_findings(resolved, texts, org_map)
    if nameless:
        findings.append(
            Finding(
                "no-department", Severity.INFO,
                f"{nameless} systems name neither an owning department nor a using "
                "organisation; they count in no department's overlaps",
            )
        )  # fmt: skip
    return tuple(out), tuple(findings)


def _units_in_sector_column(
    systems: Sequence[System], texts: Sequence[str | None], org_map: OrgMap | None
) -> frozenset[str]:
    """Sector-column values that the org map lists as units, on rows with no department.

    A UK council's "Service area" column holds what its map calls departments ("Adult
    Social Care" under the "People" directorate); read as a sector it would put every
    system in a sector of its own. With no map, an inventory with no department at
    all compares its sectors as units.
    """
    candidates = {s.sector for s, t in zip(systems, texts, strict=True) if not t and s.sector}
    if org_map is None or not candidates:
        # with no map, a sector-only inventory's sectors are its units
        return frozenset(candidates) if not any(texts) else frozenset()
    sectors = {department_key(sector) for _, sector in org_map.agencies}
    found = resolve_departments(candidates, org_map)
    return frozenset(
        c for c in candidates if found[c].rule != "unmapped" and department_key(c) not in sectors
    )


def _department_text(system: System) -> str | None:
    for text in (system.department, *system.using_orgs):
        if text and text.strip():
            return text
    return None


def _unmapped_findings(
    unmapped: dict[str, list[System]], resolved: dict[str, Resolution], org_map: OrgMap | None
) -> list[Finding]:
    findings = []
    for unit in sorted(unmapped):
        group = unmapped[unit]
        spellings = sorted({r.department for r in resolved.values() if r.unit == unit
                            and r.rule == "unmapped"})  # fmt: skip
        shown = ", ".join(f"'{s}'" for s in spellings[:5])
        more = f" and {len(spellings) - 5} more" if len(spellings) > 5 else ""
        name = org_map.name if org_map is not None else "-"
        first = min(group, key=lambda s: s.source)
        findings.append(
            Finding.at(
                first.source, "unmapped-department", Severity.WARNING,
                f"department '{unit}' ({len(group)} systems; written {shown}{more}) is not in "
                f"the org map {name}, so those systems get no sector. Add it to the map as "
                "agency,sector,aliases",
            )
        )  # fmt: skip
    return findings


def _fuzzy_findings(
    resolved: dict[str, Resolution], texts: Sequence[str | None], org_map: OrgMap | None
) -> list[Finding]:
    if org_map is None:
        return []
    counts = Counter(t for t in texts if t)
    return [
        Finding(
            "department-fuzzy", Severity.INFO,
            f"department '{r.department}' ({counts[r.department]} systems) was taken as "
            f"'{r.unit}' by spelling: {r.evidence}. Add it as an alias to the org map if right",
        )
        for r in sorted(resolved.values(), key=lambda r: r.department)
        if r.rule == "fuzzy"
    ]  # fmt: skip
