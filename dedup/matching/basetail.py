"""Base + tail: a product name followed (or preceded) by words that only describe it.

"HaiPro vaaratapahtumat 7.2" is HaiPro, "Zylinc vaihde" is Zylinc, "QGIS Desktop" is
QGIS, "Helsingin kaupungin aineistopankki" is Aineistopankki. No string metric joins
them (one name adds words), and the alias table cannot list every description, so
this rule links a longer name to a shorter one when all of these hold:

* the base is a name rows use *on its own* ("HaiPro" is some row's whole name, not
  only the key left after dropping a description as in "Enkora kassajärjestelmä");
* the base is distinctive: four letters or more, not a generic word, and not the name
  of a vendor that makes several products (the alias table's vendors with two or more
  products, vendors of the inventory's vendor column whose rows name two or more
  products, and name prefixes followed by two or more different product names in the
  inventory: "Basware", "Microsoft", "Visma", "Trimble", "SAP");
* every extra word is descriptive: a version, year or edition word, a place or owner
  word, a generic system word ("-järjestelmä", "palvelu"), or a word of the reference
  function vocabulary (dedup/data/functions.toml: "vaaratapahtum", "diaari",
  "turvatulost") or the short list below; an upper-case acronym, a word that is itself
  a product name in the inventory or the alias table, or any other word is not;
* the base is unambiguous: no longer name puts a product-like word beside it ("Finance"
  is also "Unic Finance"), and its descriptive tails all say the same thing (two
  different ones, "Enkora kassajärjestelmä" and "Enkora verkkokauppa", are modules of a
  family), else none is joined;
* a base made only of common words ("Finance", "Aineistopankki", "Projektit") takes only
  place, owner, vendor, version and edition words ("Helsingin kaupungin aineistopankki").

Everything is per distinct name (phrase) and per node; sub-phrase lookup in a dict of
squashed bases, so the cost is O(names · words²) with names of a few words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from dedup.matching.normalise import (
    _DOMAIN_TAIL,
    _VERSION,
    _VERSION_TEXT,
    _WWW,
    _YEAR,
    DESCRIPTIVE_SUFFIXES,
    EDITIONS,
    LEGAL_FORMS,
    PLACES,
    STOPWORDS,
    clean,
    is_descriptive,
    tokens,
)

MIN_BASE = 4
"""Bases shorter than this ("SAP", "AD", "BO", "M2") are too ambiguous to extend."""

TAIL_EDITIONS = frozenset(
    [
        "desktop",
        "web",
        "mobile",
        "mobiili",
        "app",
        "mf",
        "ng",
        "lite",
        "light",
        "plus",
        "basic",
        "viewer",
        "studio",
        "new",
        "uusi",
    ]
)
"""Edition and deployment words that say which variant, not which product."""

DESCRIPTORS = (
    "news", "uutis", "vaihde", "verkko", "sähköi", "digitaal", "oppimis", "opetus", "koulutus",
    "diaari", "tulostus", "turva", "rekry", "kysely", "palaute", "lomake", "asiointi",
    "raportointi", "raportti", "tilasto", "projekt", "project", "hanke", "kalenteri",
    "viestintä", "tiedote", "ilmoitus", "mediaseuranta", "seuranta", "kirjasto", "kartta",
    "työpöytä", "liittymä", "asiakas", "sopimus", "palkka", "kassa", "laskutus", "matka",
    "tjänst", "rapport", "bokning", "nyhet", "reporting", "report", "analytics", "mail",
    "printing", "print", "secure", "service", "services", "portal", "online",
)  # fmt: skip
"""Common descriptive stems the function vocabulary lacks (matched like its terms)."""

_ACRONYM = re.compile(r"^[A-ZÄÖÅ0-9]{2,6}$")
_SMALL_INT = re.compile(r"^\d{1,3}$")
_INNER_CAP = re.compile(r"^[^\W\d_]*[a-zäöå][^\W\d_]*[A-ZÄÖÅ]|^[^\W\d_]+[A-ZÄÖÅ][a-zäöå]")
"""Capitals inside a word ("eContract", "InfoView", "XProtect"): a coined name."""


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words of one name as written, decoration (versions, legal forms) removed."""

    words: tuple[str, ...]
    """Lower-case words."""
    acronym: tuple[bool, ...]
    """Whether each word is written as a coined name: an upper-case acronym ("BI", "HR")
    or with capitals inside ("eContract", "InfoView")."""


@lru_cache(maxsize=262_144)
def phrase_of(text: str) -> Phrase:
    """The words a name is written with (first line), descriptive words kept."""
    line = next((ln for ln in clean(text).split("\n") if ln.strip()), "")
    line = _DOMAIN_TAIL.sub(" ", _WWW.sub(" ", line))
    words, acr = [], []
    for w in tokens(_VERSION_TEXT.sub(" ", line)):
        low = w.casefold()
        if low in LEGAL_FORMS or low in STOPWORDS or _YEAR.match(w) or _VERSION.match(low):
            continue
        words.append(low)
        acr.append((bool(_ACRONYM.match(w)) and not w.isdigit()) or bool(_INNER_CAP.match(w)))
    while len(words) > 1 and (words[-1] in EDITIONS or _SMALL_INT.match(words[-1])):
        words.pop()
        acr.pop()
    return Phrase(tuple(words), tuple(acr))


@lru_cache(maxsize=1)
def _vocabulary_terms() -> tuple[str, ...]:
    """Every term of the shipped function vocabulary, or none if it cannot be read."""
    try:
        from dedup.taxonomy import load_functions

        return tuple(t for f in load_functions() for t in f.terms)
    except Exception:  # noqa: BLE001 - the vocabulary only widens; matching works without it
        return ()


@lru_cache(maxsize=1)
def function_stems() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(stems of 5+ letters, 4-letter stems, prefixes of 5+ letters of the long stems)
    from the reference function vocabulary plus DESCRIPTORS."""
    terms = _vocabulary_terms()
    long, short = set(DESCRIPTORS), set()
    for term in terms:
        if term.startswith(("=", "!")):
            continue
        words = term.lstrip("^").casefold().split()
        for w in words if len(words) == 1 else [w for w in words if len(w) >= 5]:
            w = "".join(ch for ch in w if ch.isalpha())
            if len(w) >= 5:
                long.add(w)
            elif len(w) == 4:
                short.add(w)
    prefixes = {stem[:k] for stem in long for k in range(5, len(stem) + 1)}
    return frozenset(long), frozenset(short), frozenset(prefixes)


@lru_cache(maxsize=1)
def function_acronyms() -> frozenset[str]:
    """Whole-word terms of 2-4 letters in the function vocabulary ("lis", "pos", "crm"):
    "Labrador LIS" is Labrador's laboratory system, not another product."""
    words = (t.lstrip("~^=").casefold() for t in _vocabulary_terms() if not t.startswith("!"))
    return frozenset(w for w in words if 2 <= len(w) <= 4 and w.isalnum() and " " not in w
                     and (len(w) <= 3 or w.isalpha()))  # fmt: skip


@lru_cache(maxsize=65_536)
def vocabulary_word(word: str) -> bool:
    """`word` speaks of a function: starts with a vocabulary stem ("vaaratapahtumat"), or
    starts one ("vaihde" starts "vaihdepalvel"). Only at the word's start, so a brand
    that happens to contain a stem ("Meltwater", "water") is not taken for a word.
    O(len(word)) set lookups."""
    long, short, prefixes = function_stems()
    if len(word) < 4:
        return False
    if word[:4] in short or word in prefixes:
        return True
    return any(word[:k] in long for k in range(4, len(word) + 1))


@dataclass(frozen=True, slots=True)
class TailContext:
    """What the inventory says about words: whose they are, which are products."""

    owner_words: frozenset[str]
    """Department words ("terke", "stara"): a prefix or tail saying whose copy it is."""
    product_names: frozenset[str]
    """Squashed keys of non-generic nodes and alias entries: such a word is a product."""
    vendor_words: frozenset[str] = frozenset()
    """First words of vendor names (vendor column, alias table): "Basware Palvelukassa"."""


def word_is_descriptive(word: str, acronym: bool, ctx: TailContext) -> tuple[bool, str]:
    """(descriptive?, why) for one extra word beside a base."""
    if _VERSION.match(word) or _YEAR.match(word) or word.isdigit():
        return True, "version"
    if word in EDITIONS or word in TAIL_EDITIONS:
        return True, "edition"
    if word in PLACES or word in STOPWORDS:
        return True, "place"
    if word in ctx.vendor_words:
        return True, "vendor"
    if word in ctx.owner_words or (word.endswith("n") and word[:-1] in ctx.owner_words):
        return True, "owner"
    if acronym:
        if word in function_acronyms():
            return True, "function acronym"
        return False, "acronym or coined name"
    if word in ctx.product_names:
        return False, "a product's name"
    if is_descriptive(word):
        return True, "generic word"
    if vocabulary_word(word):
        return True, "function word"
    return False, "not a known descriptive word"


_SUFFIX_END = re.compile("(?:" + "|".join(map(re.escape, DESCRIPTIVE_SUFFIXES)) + ")$")


@lru_cache(maxsize=131_072)
def _stem_variants(word: str) -> tuple[tuple[str, str], ...]:
    """(stem, removed descriptive suffix) for "turvatulostusjärjestelmä"."""
    if len(word) < 7 or _SUFFIX_END.search(word) is None:
        return ()
    return tuple(
        (word[: -len(suffix)], suffix)
        for suffix in DESCRIPTIVE_SUFFIXES
        if word.endswith(suffix) and len(word) - len(suffix) >= 4
    )


@dataclass(frozen=True, slots=True)
class Extension:
    """Node `ext` writes node `base`'s name with extra words around it."""

    ext: int
    base: int
    base_key: str
    """The base as squashed in the phrase ("vismasign")."""
    base_words: tuple[str, ...]
    """The phrase's words that spell the base (the last one may be a compound's stem)."""
    extra: tuple[str, ...]
    descriptive: bool
    why: str
    score: float


def find_extensions(
    phrases: Sequence[Iterable[Phrase]],
    bases: Sequence[Iterable[str]],
    ctx: TailContext,
) -> list[Extension]:
    """Every (node, base node) where a phrase of the node contains a base with extra words,
    and (with `ext == base`) a base's own rows that add words to it ("Meltwater
    uutisseuranta" beside "Meltwater": one description the family check must see).

    Parameters
    ----------
    phrases : per node, the phrases of its rows' names.
    bases : per node, the squashed base names it may be extended from (already checked
        to be used on their own and distinctive).
    """
    index: dict[str, list[int]] = defaultdict(list)
    for i, names in enumerate(bases):
        for b in names:
            index[b].append(i)
    found: dict[tuple[int, int], Extension] = {}
    own: set[Extension] = set()
    for x, node_phrases in enumerate(phrases):
        for ph in sorted(set(node_phrases), key=lambda p: p.words):
            words, n = ph.words, len(ph.words)
            if n < 2 and not (n == 1 and _stem_variants(words[0])):
                continue
            for i in range(n):
                run = ""
                for j in range(i + 1, n + 1):
                    last = words[j - 1]
                    cands = [(run + last, "")]
                    cands.extend((run + stem, suf) for stem, suf in _stem_variants(last))
                    run += last
                    for sq, suffix in cands:
                        if (i, j) == (0, n) and not suffix:
                            continue
                        for b in index.get(sq, ()):
                            if b != x and (x, b) in found:
                                continue
                            ext = _judge(x, b, sq, ph, i, j, suffix, ctx)
                            if ext is None:
                                continue
                            if b == x:
                                own.add(ext)
                            else:
                                found[(x, b)] = ext
    return [found[k] for k in sorted(found)] + sorted(own, key=lambda e: (e.base, e.extra))


def _judge(
    x: int, b: int, sq: str, ph: Phrase, i: int, j: int, suffix: str, ctx: TailContext
) -> Extension | None:
    extra_idx = [k for k in range(len(ph.words)) if k < i or k >= j]
    extra = [ph.words[k] for k in extra_idx] + ([suffix] if suffix else [])
    if not extra:
        return None
    reasons, descriptive = [], True
    for k in extra_idx:
        ok, why = word_is_descriptive(ph.words[k], ph.acronym[k], ctx)
        reasons.append(f"'{ph.words[k]}' {why}")
        descriptive = descriptive and ok
    if suffix:
        reasons.append(f"'-{suffix}' generic word")
    tail = "".join(ph.words[k] for k in extra_idx if k >= j)
    if len(extra_idx) > 1 and tail in ctx.product_names:
        descriptive = False
        reasons.append(f"'{tail}' a product's name")
    total = sum(len(w) for w in ph.words)
    score = round(100.0 * len(sq) / max(total, 1), 1)
    base_words = ph.words[i : j - 1] + (
        (ph.words[j - 1][: -len(suffix)],) if suffix else (ph.words[j - 1],)
    )
    return Extension(x, b, sq, base_words, tuple(extra), descriptive, "; ".join(reasons), score)


def generic_base(words: Sequence[str]) -> bool:
    """A base made only of common words ("Finance", "Paikkatieto", "Projektit") names a
    kind of thing, not one product: extending it would join unrelated systems."""
    return all(
        w in PLACES or w in STOPWORDS or is_descriptive(w) or vocabulary_word(w) for w in words
    )


def tail_signature(words: Iterable[str]) -> frozenset[str]:
    """What a tail says, descriptive suffixes dropped: "vaihdepalvelu" and "vaihde" say
    the same ("vaihde"), "kassajärjestelmä" and "verkkokauppa" do not."""
    out = set()
    for w in words:
        stems = _stem_variants(w)
        out.add(min(stems, key=lambda v: len(v[0]))[0] if stems else w)
    return frozenset(out)
