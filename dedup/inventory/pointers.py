"""Purposes that point elsewhere: "sama kuin yllä" (same as above), "ks. lisätiedot" (see notes).

People filling an inventory save typing: a purpose "same as above" means the purpose of
the row above, and "see notes" means the text is in the notes column. Read literally,
such a row says nothing about what the system is for, and a user expects the tool to
follow the pointer as a reader would. Every pointer followed, or that leads nowhere, is
a finding at the row, so nothing changes silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from dedup.model import Finding, Inventory, Severity, System, replacer

_DITTO = frozenset(
    {"sama kuin yllä", "sama kuin edellä", "sama kuin ylempänä", "kuten yllä", "kuten edellä",
     "ks. yllä", "katso yllä", "same as above", "as above", "see above", "ditto", "som ovan",
     "samma som ovan", "se ovan", "dito", "idem", '"', "''", "〃", "”", "“"}
)  # fmt: skip
"""Whole purposes meaning "the purpose of the row above" (fi, sv, en; ditto marks)."""

_POINTER = re.compile(r"(?:ks|kts|katso|see|se|vide)\.?\s+(\w+)\.?", re.IGNORECASE)
"""A purpose that sends the reader to another column: "ks. lisätiedot", "se kommentar"."""

_DESCRIPTION_WORDS = ("kuvau", "descr", "beskr", "lisäti")
"""Pointer targets that mean the description column when no extra column matches."""
_NOTES_WORDS = ("lisä", "huom", "komment", "comment", "note", "anm", "remark", "övrig",
                "muuta")  # fmt: skip
"""Words of a notes column: a pointer to one means whichever the sheet has."""
_COLUMN_WORDS = (*_DESCRIPTION_WORDS, *_NOTES_WORDS, "info", "tiedot", "liite", "bilag",
                 "attach")  # fmt: skip
"""Pointer targets that surely name a column: without one, the row is told to fill in."""

_FIELDS = {"purpose": replacer("purpose"), "description": replacer("description")}
"""The free-text fields a pointer may stand in, and how to replace each."""


def follow_pointers(inventory: Inventory) -> Inventory:
    """The inventory with ditto and see-column purposes (and descriptions, which many
    registers use as the purpose) replaced by the text they point to.

    Notes
    -----
    One pass in row order; only short texts are tested, so cost is a set lookup or a
    regex match per row.
    """
    above: dict[tuple[str, str | None], System] = {}
    systems: list[System] = []
    findings: list[Finding] = []
    changed = False
    for system in inventory.systems:
        place = (system.source.file, system.source.sheet)
        for field in _FIELDS:
            text = getattr(system, field)
            if text is not None and len(text) <= 40:
                followed = _follow(system, field, text.strip(), above.get(place), findings)
                if followed is not system:
                    system, changed = followed, True
        above[place] = system
        systems.append(system)
    if not changed and not findings:
        return inventory
    return replace(inventory, systems=tuple(systems), findings=(*inventory.findings, *findings))


def _follow(
    system: System, field: str, text: str, previous: System | None, findings: list
) -> System:
    key = text.casefold()
    if key in _DITTO:
        earlier = getattr(previous, field) if previous is not None else None
        if earlier is None:
            findings.append(_note(system, Severity.WARNING,
                                  f"{field} '{text}' means the row above, but that row has "
                                  f"no {field}; write it here"))  # fmt: skip
            return system
        findings.append(_note(system, Severity.INFO,
                              f"{field} '{text}' read as the {field} of row "
                              f"{previous.source.row}: '{_cut(earlier)}'"))  # fmt: skip
        return _FIELDS[field](system, earlier)
    match = _POINTER.fullmatch(text)
    if match is None:
        return system
    target = match.group(1).casefold()
    stem = target[: max(3, min(len(target), 5))]
    column, found = _extra(system, lambda words: any(w.startswith(stem) for w in words))
    if found is None and target.startswith(_NOTES_WORDS):  # "ks. lisätiedot" beside "Huom"
        column, found = _extra(system, lambda words: words[0].startswith(_NOTES_WORDS))
    if (found is None and field != "description" and system.description
            and target.startswith(_DESCRIPTION_WORDS)):  # fmt: skip
        column, found = "description", system.description
    if found is None:
        if not target.startswith(_COLUMN_WORDS):
            return system  # "se toimii" is no pointer
        findings.append(_note(system, Severity.WARNING,
                              f"{field} '{text}' points to another column, but the row has no "
                              f"text there; write the {field} here"))  # fmt: skip
        return system
    message = f"{field} '{text}' read from column '{column}': '{_cut(found)}'"
    findings.append(_note(system, Severity.INFO, message))
    return _FIELDS[field](system, found)


def _extra(
    system: System, wanted: Callable[[list[str]], bool]
) -> tuple[str, str] | tuple[None, None]:
    """(header, text) of the row's first extra column whose header words are wanted."""
    for header, text in system.extra:
        words = re.findall(r"\w+", header.casefold())
        if words and wanted(words):
            return header, text
    return None, None


def _note(system: System, severity: Severity, message: str) -> Finding:
    return Finding.at(system.source, "purpose-pointer", severity, message)


def _cut(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
