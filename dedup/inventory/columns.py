"""Find the header row of a sheet and recognise which column holds which field.

Real inventories put title blocks above the header, break header cells over lines, end
them with `*`, and word them in three languages; the synonym table lives in
`dedup/data/columns.toml` so it can grow without code changes.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from dedup.model import Finding, Severity, Source, column_letter

DATA = Path(__file__).resolve().parent.parent / "data" / "columns.toml"
HEADER_SEARCH_ROWS = 20
"""Header detection looks at this many rows from the top of a sheet."""

FIELDS = (
    "ref", "name", "product", "parent", "vendor", "department", "using_orgs", "sector",
    "purpose", "features", "description", "data_content", "annual_cost", "users",
    "contract_end", "lifecycle", "criticality", "delivery", "integrations",
)  # fmt: skip

MAX_HEADER_CHARS = 90
"""Longer cells are data, not headers (real headers run to about 75 characters)."""
_SPACES = re.compile(r"\s+")
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-[ \t]*[\r\n]+\s*(?=[^\W\d_])")
"""A word hyphenated across a line break in a header cell ("Käyttäjä-\\norganisaatiot")."""
_WORDS = re.compile(r"[\w€#]+")


def clean_header(value: object) -> str:
    """Header text as compared: lower case, one space, no `*` or trailing `:`."""
    if value is None:
        return ""
    text = _BROKEN_WORD.sub("", str(value)).replace("*", " ").replace("\u00a0", " ")
    text = _SPACES.sub(" ", text).strip().lower()
    return text.rstrip(":").strip()


def display_header(value: object) -> str:
    """Header text as shown to people: one line, original case, no `*`."""
    text = _SPACES.sub(" ", str(value).replace("*", " ").replace("\u00a0", " ")).strip()
    return text.rstrip(":").strip()


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Synonyms per field, headers that are not fields, and words of totals rows."""

    synonyms: tuple[tuple[str, tuple[str, ...]], ...]
    """(field, synonyms) pairs, in FIELDS order."""
    not_fields: frozenset[str]
    totals: frozenset[str]
    exclusions: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """(field, words) pairs: a header holding one of the words is not that field."""
    secondary: frozenset[str] = frozenset()
    """Exact synonyms that lose to another synonym of the same field ("Business Owner"
    may name a person; beside "Department" the department column is the unit)."""
    upper: frozenset[str] = frozenset()
    """Department synonyms a level above a unit: beside "Enhet", "Förvaltning" is the
    sector (or, when the sheet has a sector column too, an extra)."""
    top: frozenset[str] = frozenset()
    """Department synonyms two levels above a unit: beside "Department", "Directorate"."""
    lower: frozenset[str] = frozenset()
    """Sector synonyms that are a unit beside a `top` header ("Service Area")."""


@cache
def default_vocabulary() -> Vocabulary:
    data = tomllib.loads(DATA.read_text(encoding="utf-8"))
    synonyms = tuple((f, tuple(clean_header(s) for s in data["fields"][f])) for f in FIELDS)
    return Vocabulary(
        synonyms,
        frozenset(clean_header(h) for h in data["not_fields"]["headers"]),
        frozenset(clean_header(w) for w in data["totals"]["words"]),
        tuple(
            (f, tuple(_exclusion_key(w) for w in words))
            for f, words in data.get("exclude", {}).items()
        ),
        frozenset(clean_header(h) for h in data.get("secondary", {}).get("headers", ())),
        frozenset(clean_header(h) for h in data.get("upper", {}).get("headers", ())),
        frozenset(clean_header(h) for h in data.get("upper", {}).get("top", ())),
        frozenset(clean_header(h) for h in data.get("upper", {}).get("lower", ())),
    )


def _exclusion_key(word: str) -> str:
    """A header word that rules a field out, matched inside header words ("hankinta" in
    "hankintakustannus"); an abbreviation written with its dot ("ent.") only as a word."""
    if word.endswith("."):
        return _key(_words(clean_header(word)))
    return clean_header(word)


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORDS.findall(text))


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def _key(words: tuple[str, ...]) -> str:
    """Words joined and padded with spaces: `_key(n) in _key(h)` iff `_contains(h, n)`.

    Words never hold a space, so substring search on the padded join is exactly the
    contiguous-subsequence test, done in C.
    """
    return f" {' '.join(words)} " if words else ""


class _Scorer:
    """A vocabulary prepared for scoring many header texts, with a cache per text.

    Exact synonyms are one dict lookup; contained synonyms are looked up by their first
    word, then confirmed by substring search on the padded word keys (see `_key`).
    """

    def __init__(self, vocabulary: Vocabulary):
        self.not_fields = vocabulary.not_fields
        self.secondary = vocabulary.secondary
        self.blockers = tuple(
            (len(h), key) for h in vocabulary.not_fields if (key := _key(_words(h)))
        )
        self.exact: dict[str, str] = {}
        self.by_word: dict[str, list[tuple[int, int, str, str]]] = {}
        order = 0
        for field, synonyms in vocabulary.synonyms:
            for synonym in synonyms:
                self.exact.setdefault(synonym, field)
                words = _words(synonym)
                if words:  # (length, -order) ranks longest first, then earliest
                    self.by_word.setdefault(words[0], []).append(
                        (len(synonym), -order, field, _key(words))
                    )
                order += 1
        self.exclusions = tuple(
            (field, keys)
            for field, words in vocabulary.exclusions
            if (keys := tuple(key for w in words if (key := _key(_words(w)))))
        )
        self.cache: dict[str, tuple[str, int] | None] = {}
        self.raw_cache: dict[object, tuple[str, int] | None] = {}

    def score(self, header: str) -> tuple[str, int] | None:
        """Best field for one cleaned header and how sure: exact 1000+, contained = length."""
        if header in self.cache:
            return self.cache[header]
        best = self.cache[header] = self._score(header)
        return best

    def score_raw(self, value: object) -> tuple[str, int] | None:
        """`score(clean_header(value))` for a header cell as read, cached per value."""
        if value in self.raw_cache:
            return self.raw_cache[value]
        best = self.raw_cache[value] = self.score(clean_header(value))
        return best

    def _score(self, header: str) -> tuple[str, int] | None:
        if not header or len(header) > MAX_HEADER_CHARS or header in self.not_fields:
            return None
        field = self.exact.get(header)
        if field is not None:
            return (field, (900 if header in self.secondary else 1000) + len(header))
        parts = [p.strip() for p in header.split("/")] if " / " in header else []
        fields = {self.exact.get(p) for p in parts}
        if len(fields) == 1 and None not in fields:  # "Yksikkö / Enhet": one field, two languages
            (field,) = fields
            return (field, 1000 + max(map(len, parts)))
        words = _words(header)
        hay = _key(words)
        blocked = max((n for n, key in self.blockers if key in hay), default=0)
        excluded = {f for f, keys in self.exclusions if any(key in hay for key in keys)}
        best = None
        for word in set(words):
            for candidate in self.by_word.get(word, ()):
                if (
                    candidate[0] > blocked
                    and candidate[3] in hay
                    and candidate[2] not in excluded
                    and (best is None or candidate[:2] > best[:2])
                ):
                    best = candidate
        return None if best is None else (best[2], best[0])


@cache
def _scorer(vocabulary: Vocabulary) -> _Scorer:
    return _Scorer(vocabulary)


def _score_header(header: str, vocabulary: Vocabulary) -> tuple[str, int] | None:
    """Best field for one cleaned header and how sure: exact 1000+, contained = length.

    Notes
    -----
    Cached per distinct header text; a new text costs one dict lookup for exact synonyms
    and a few substring tests for the synonyms starting with one of its words.
    """
    return _scorer(vocabulary).score(header)


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Which 0-based column holds each field; the others are kept as extras."""

    fields: Mapping[str, int]
    headers: tuple[str, ...]
    """Display text of every header cell, by column ('' where blank)."""
    extras: tuple[int, ...]
    """Columns with a header that is no field: kept as extra attributes."""


def map_columns(
    headers: Sequence[object],
    vocabulary: Vocabulary | None = None,
    overrides: Mapping[str, str] | None = None,
) -> ColumnMap:
    """Assign each field to at most one column, best-scoring first; user overrides win.

    `overrides` maps field -> header text as written in the file (compared cleaned).
    """
    vocabulary = vocabulary or default_vocabulary()
    cleaned = [clean_header(h) for h in headers]
    fields: dict[str, int] = {}
    taken: set[int] = set()
    for field, wanted in (overrides or {}).items():
        want = clean_header(wanted)
        for col, header in enumerate(cleaned):
            if header == want and col not in taken:
                fields[field] = col
                taken.add(col)
                break
    candidates = []
    for col, header in enumerate(cleaned):
        scored = _score_header(header, vocabulary)
        if scored:
            candidates.append((-scored[1], col, scored[0]))
    for _, col, field in sorted(_above_units(candidates, cleaned, vocabulary)):
        if field not in fields and col not in taken:
            fields[field] = col
            taken.add(col)
    display = tuple(display_header(h) if c else "" for h, c in zip(headers, cleaned, strict=True))
    extras = tuple(c for c, h in enumerate(cleaned) if h and c not in taken)
    return ColumnMap(fields, display, extras)


def _above_units(
    candidates: list[tuple[int, int, str]], cleaned: list[str], vocabulary: Vocabulary
) -> list[tuple[int, int, str]]:
    """Candidates with a level above a unit column moved off the department.

    "Förvaltning | Enhet", "Directorate | Section" and "Department | Directorate" list
    the unit beside the level(s) above it: the lowest level is the department, the
    highest the sector (unless the sheet has a sector column), any between an extra.
    Beside a directorate and no unit, a lower sector header ("Service Area") is the unit.
    """

    def level(header: str) -> int:
        return 2 if header in vocabulary.top else 1 if header in vocabulary.upper else 0

    levels = {c: level(cleaned[c]) for _, c, f in candidates
              if f == "department" and cleaned[c] not in vocabulary.secondary}  # fmt: skip
    if 2 in levels.values() and 0 not in levels.values():  # "Service Area | Directorate"
        levels.update({c: 0 for _, c, f in candidates
                       if f == "sector" and cleaned[c] in vocabulary.lower})  # fmt: skip
    if len(set(levels.values())) < 2:
        return candidates
    lowest = min(levels.values())
    above = {c: n for c, n in levels.items() if n > lowest}
    highest = max(above, key=lambda c: (above[c], -c))
    to_sector = not any(f == "sector" and c not in levels for _, c, f in candidates)
    kept = [(s, c, f) for s, c, f in candidates
            if c not in above or (c == highest and to_sector)]  # fmt: skip
    return [(s, c, "sector" if c in above else "department" if c in levels else f)
            for s, c, f in kept]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Header:
    """Where a sheet's header is and what its columns mean."""

    first_row: int
    """Index (0-based, in the rows examined) of the header's first row."""
    height: int
    """1, or 2 for a header split over two rows under merged cells."""
    columns: ColumnMap


def _recognised(headers: Sequence[object], vocabulary: Vocabulary) -> int:
    """How many distinct fields a row's cells name."""
    fields = set()
    scorer = _scorer(vocabulary)
    for h in headers:
        scored = scorer.score_raw(h) if isinstance(h, str) else None
        if scored:
            fields.add(scored[0])
    return len(fields)


def _combine(
    top: Sequence[object], bottom: Sequence[object], vocabulary: Vocabulary | None = None
) -> list[str]:
    """Join a group header row with the row below it, carrying group labels right.

    A group label is carried over empty upper cells until a lower cell that is a known
    header on its own (an exact synonym, "Käyttäjämäärä") while the joined text is not
    ("Kustannukset Käyttäjämäärä"): that column stands alone, and the group has ended.
    """
    exact = _scorer(vocabulary or default_vocabulary()).exact
    combined, carry = [], ""
    for col in range(max(len(top), len(bottom))):
        upper = str(top[col]).strip() if col < len(top) and top[col] not in (None, "") else ""
        lower = (
            str(bottom[col]).strip() if col < len(bottom) and bottom[col] not in (None, "") else ""
        )
        if upper:
            carry = upper
        elif (
            lower
            and carry
            and clean_header(lower) in exact
            and (clean_header(f"{carry} {lower}") not in exact)
        ):
            carry = ""
        elif lower:
            upper = carry
        combined.append(f"{upper} {lower}".strip() if lower else upper)
    return combined


FIELD_LIST_ROWS = 3
"""Rows below a header whose first cells all name fields: a field list, not a table."""


def _field_list(rows: Sequence[Sequence[object]], start: int, vocabulary: Vocabulary) -> bool:
    """True when the rows from `start` begin with header words, not data.

    An instructions sheet ("Toimittaja | Yritys, jolta järjestelmä on hankittu") or a
    one-system form lists fields down its first column; a row of it can look like a
    header, but the rows under a real header hold systems, not more field names. A
    sector column first ("Kasvatuksen ja koulutuksen toimiala" on every row) names one
    field again and again: that is data.
    """
    below = rows[start : start + FIELD_LIST_ROWS]
    if len(below) < FIELD_LIST_ROWS:
        return False
    scorer = _scorer(vocabulary)
    fields = set()
    for cells in below:
        first = next((c for c in cells if c is not None and str(c).strip()), None)
        scored = scorer.score_raw(first) if isinstance(first, str) else None
        if scored is None:
            return False
        fields.add(scored[0])
    return len(fields) > 1


def find_header(
    rows: Sequence[Sequence[object]],
    vocabulary: Vocabulary | None = None,
    overrides: Mapping[str, str] | None = None,
) -> Header | None:
    """The most recognisable header within the first rows, or None if there is none.

    A header must yield a name column and at least two recognised fields (or the user's
    mapping of the name). Ties go to the earliest row. A two-row header wins only when
    joining the rows recognises more than either row alone.
    """
    vocabulary = vocabulary or default_vocabulary()
    best: tuple[int, int, int] | None = None  # (score, -row, height)
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        single = _recognised(row, vocabulary)
        options = [(single, 1)]
        if index + 1 < len(rows):
            below = _recognised(rows[index + 1], vocabulary)
            joined = _recognised(_combine(row, rows[index + 1], vocabulary), vocabulary)
            if joined > max(single, below):
                options.append((joined, 2))
        for score, height in options:
            if _field_list(rows, index + height, vocabulary):
                continue
            if best is None or score > best[0]:
                best = (score, -index, height)
    if best is None:
        return None
    _, neg_index, height = best
    index = -neg_index
    header_cells = (
        rows[index] if height == 1 else _combine(rows[index], rows[index + 1], vocabulary)
    )
    columns = map_columns(header_cells, vocabulary, overrides)
    if "name" not in columns.fields or len(columns.fields) < 2 and not overrides:
        return None
    return Header(index, height, columns)


def header_findings(source: Source, header: Header) -> list[Finding]:
    """Duplicate and blank header cells among the data columns, with their cells."""
    findings = []
    seen: dict[str, int] = {}
    headers = header.columns.headers
    last_used = max([*header.columns.fields.values(), *header.columns.extras], default=-1)
    for col, text in enumerate(headers):
        key = text.lower()
        if not key:
            if col < last_used:
                findings.append(
                    Finding.at(
                        source, "blank-header", Severity.INFO,
                        f"column {column_letter(col)} has no header; its values are kept "
                        "under that column letter",
                        col,
                    )
                )  # fmt: skip
            continue
        if key in seen:
            findings.append(
                Finding.at(
                    source, "duplicate-header", Severity.WARNING,
                    f"header '{text}' appears again (first in column {column_letter(seen[key])}); "
                    "rename one of them, or map the one you mean in the config [columns]",
                    col,
                )
            )  # fmt: skip
        else:
            seen[key] = col
    return findings
