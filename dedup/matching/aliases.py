"""Known product names, their other spellings and what they are for: the shipped table
plus the user's own.

A name the table knows is matched by lookup, not by similarity, so "BIP" and "Basware
Invoice Processing" meet although no string metric would join them, while "Basware
Finance" (its own row in the table) stays apart. The table's `functions` column says
what each product is for (main function first), as an architect would: "Wilma" is pupil
administration although its users write about messages and absences.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from dedup.matching.normalise import clean, normalise_text

ALIASES_CSV = Path(__file__).resolve().parent.parent / "data" / "product_aliases.csv"


@dataclass(frozen=True, slots=True)
class Canonical:
    """A product the alias table knows."""

    key: str
    name: str
    vendor: str | None
    rule: str
    """`alias` for the shipped table, `user-alias` for the user's config."""
    functions: tuple[str, ...] = ()
    """Function ids the product is for, main function first (empty: not catalogued)."""


@dataclass(frozen=True, slots=True)
class AliasTable:
    """Normalised alias key -> canonical product; vendor words that may prefix a name."""

    by_key: Mapping[str, Canonical] = field(default_factory=dict)
    vendor_words: frozenset[str] = frozenset()
    keys_by_start: Mapping[str, list[str]] = field(default_factory=dict)
    """Alias keys long enough for typo matching, by their first two letters (a typo
    rarely hits the start; this keeps typo lookup to a handful of candidates)."""
    multi_vendors: frozenset[str] = frozenset()
    """Vendor words with two or more products in the table (Basware, Microsoft, Visma):
    a name that is only such a word says who made it, not which product."""
    by_words: Mapping[str, Canonical] = field(default_factory=dict)
    """Plain words of each name and alias of a product with functions -> the product,
    for finding a known product inside a longer name ("Primus-Wilma", "Zoom Workplace")."""

    @classmethod
    def build(
        cls,
        by_key: Mapping[str, Canonical],
        vendor_words: frozenset[str],
        by_words: Mapping[str, Canonical] | None = None,
    ) -> AliasTable:
        """A table with its derived indexes computed once."""
        by_words = by_words or {}
        products: dict[str, set[str]] = {}
        for entry in by_key.values():
            if entry.vendor:
                first = entry.vendor.split()[0].casefold()
                products.setdefault(first, set()).add(entry.key)
        multi = frozenset(v for v, keys in products.items() if len(keys) >= 2)
        return cls(by_key, vendor_words, _long_keys(tuple(sorted(by_key))), multi, by_words)

    def resolve(self, key: str) -> Canonical | None:
        """Canonical product of a key, also when a known vendor word prefixes it."""
        hit = self.by_key.get(key)
        if hit is not None:
            return hit
        first, _, rest = key.partition(" ")
        if rest and first in self.vendor_words:
            return self.by_key.get(rest)
        return None

    def known_product(self, name: str) -> Canonical | None:
        """The catalogued product a system name denotes or mentions, if any.

        The whole name first (with a vendor prefix or not), else the longest run of up to
        four words that is a known name. A single word inside a longer name must have four
        letters or more: "AD" is Active Directory only when it is the whole name.
        """
        hit = self.resolve(_key(name))
        if hit is not None and hit.functions:
            return hit
        words = plain_words(name)
        for n in range(min(4, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                phrase = " ".join(words[i : i + n])
                entry = self.by_words.get(phrase)
                if entry is not None and (n > 1 or len(phrase) >= 4 or len(words) == 1):
                    return entry
        return None

    def with_user(self, aliases: Mapping[str, str] | None) -> AliasTable:
        """A copy with the user's alias -> canonical pairs added (they win over the table)."""
        if not aliases:
            return self
        table = dict(self.by_key)
        by_words = dict(self.by_words)
        for alias, canonical in sorted(aliases.items()):
            target = table.get(_key(canonical))
            key = target.key if target else _key(canonical)
            entry = Canonical(
                key,
                target.name if target else clean(canonical),
                target.vendor if target else None,
                "user-alias",
                target.functions if target else (),
            )
            table.setdefault(_key(canonical), entry)
            table[_key(alias)] = entry
            if entry.functions:
                by_words[" ".join(plain_words(alias))] = entry
        return AliasTable.build(table, self.vendor_words, by_words)

    def with_products(self, products: Mapping[str, Sequence[str]] | None) -> AliasTable:
        """A copy where each named product is for the given functions (the user's catalogue).

        A name the table knows keeps its product and every alias of it; another name
        becomes a product of its own.
        """
        if not products:
            return self
        table = dict(self.by_key)
        by_words = dict(self.by_words)
        for name, functions in sorted(products.items()):
            old = self.resolve(_key(name))
            entry = Canonical(
                old.key if old else _key(name),
                old.name if old else clean(name),
                old.vendor if old else None,
                old.rule if old else "user-alias",
                tuple(functions),
            )
            for mapping in (table, by_words):
                for k, v in mapping.items():
                    if old is not None and v == old:
                        mapping[k] = entry
            table.setdefault(_key(name), entry)
            by_words[" ".join(plain_words(name))] = entry
        return AliasTable.build(table, self.vendor_words, by_words)


@lru_cache(maxsize=16)
def _long_keys(keys: tuple[str, ...]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for k in keys:
        if len(k) >= 5:
            out.setdefault(k[:2], []).append(k)
    return out


def _key(text: str) -> str:
    return normalise_text(clean(text)).key


def plain_words(text: str) -> tuple[str, ...]:
    """Lower-case words and numbers of a name, punctuation dropped ("M-Files" -> m, files)."""
    return tuple(re.findall(r"[^\W_]+", unicodedata.normalize("NFKC", text).casefold()))


@lru_cache(maxsize=4)
def load_aliases(path: Path = ALIASES_CSV) -> AliasTable:
    """Read `canonical,vendor,aliases,functions` (`;`-separated lists) into an AliasTable."""
    table: dict[str, Canonical] = {}
    by_words: dict[str, Canonical] = {}
    vendors: set[str] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = clean(row["canonical"])
            vendor = clean(row.get("vendor")) or None
            functions = tuple(f.strip() for f in (row.get("functions") or "").split(";"))
            entry = Canonical(_key(name), name, vendor, "alias", tuple(filter(None, functions)))
            for alias in [name, *(row.get("aliases") or "").split(";")]:
                if clean(alias):
                    table.setdefault(_key(alias), entry)
                    if entry.functions:
                        by_words.setdefault(" ".join(plain_words(alias)), entry)
            if vendor:
                vendors.add(vendor.split()[0].casefold())
    return AliasTable.build(table, frozenset(vendors), by_words)


def never_merge_keys(
    pairs: Iterable[tuple[str, str]], table: AliasTable
) -> tuple[frozenset[frozenset[str]], frozenset[str]]:
    """(key pairs that must stay apart, names to split off when both share one key)."""
    out, split = set(), set()
    for a, b in pairs:
        ka, kb = (_resolved(x, table) for x in (a, b))
        if ka != kb:
            out.add(frozenset((ka, kb)))
        else:
            split.update({clean(a), clean(b)})
    return frozenset(out), frozenset(split)


def _resolved(text: str, table: AliasTable) -> str:
    key = _key(text)
    hit = table.resolve(key)
    return hit.key if hit else key
