"""Turn a messy inventory name into a product key: what the name says the product *is*.

People write one product many ways ("AHJO\\nAsianhallintajärjestelmä", "Visma Wilma",
"Basware IP -ostolaskujen kierrätys", "Hakukonepalvelu (Algolia Search)"). The key keeps
the words that name the product and drops decoration: case, punctuation, versions, years,
editions, legal forms, descriptive tails ("-järjestelmä"), the vendor's own name, the
owning department. Everything here is a pure function of strings, cached per distinct
input, so the matcher works per distinct name and not per row.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

LEGAL_FORMS = frozenset(
    [
        "oy",
        "oyj",
        "ab",
        "ltd",
        "inc",
        "gmbh",
        "llc",
        "ag",
        "corp",
        "corporation",
        "co",
        "plc",
        "bv",
        "ry",
        "ky",
        "tmi",
        "lp",
        "sa",
        "srl",
        "limited",
        "incorporated",
        "group",
    ]
)
"""Company-form words: they say what kind of company, never which product."""

EDITIONS = frozenset(
    [
        "enterprise",
        "professional",
        "pro",
        "standard",
        "cloud",
        "saas",
        "online",
        "edition",
        "premium",
        "express",
        "community",
        "x64",
        "x86",
        "64bit",
        "32bit",
        "bit",
        "suite",
        "version",
        "versio",
    ]
)
"""Edition words, dropped only at the end of a name ("Trimble Locus Cloud")."""

ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "ms": ("microsoft",),
    "o365": ("microsoft", "365"),
    "m365": ("microsoft", "365"),
    "office365": ("microsoft", "365"),
}
"""Token abbreviations expanded before matching (MS -> Microsoft, O365 -> Microsoft 365)."""

PLACES = frozenset(
    [
        "helsinki",
        "helsingin",
        "espoo",
        "espoon",
        "vantaa",
        "vantaan",
        "kauniainen",
        "kauniaisten",
        "oulu",
        "oulun",
        "tampere",
        "tampereen",
        "turku",
        "turun",
        "suomi",
        "suomen",
        "finland",
        "kaupunki",
        "kunta",
        "kunnan",
    ]
)
"""Place and owner words: a name left with only these says whose, not which product."""

STOPWORDS = frozenset(
    [
        "ja",
        "och",
        "and",
        "the",
        "of",
        "for",
        "för",
        "&",
        "und",
        "ent",
        "entinen",
        "formerly",
        "ex",
        "kaupungin",
    ]
)
"""Filler words that never identify a product."""

DESCRIPTIVE_SUFFIXES = (
    "järjestelmä", "järjestelmät", "järjestelmän", "järjestelmien", "järjestelmiä", "järj",
    "ohjelmisto", "ohjelmistot", "ohjelma", "ohjelmat", "sovellus", "sovellukset",
    "hallinta", "hallinto", "seuranta", "valvonta", "rekisteri", "tietokanta", "intranet",
    "intra", "portaali", "porttaali", "alusta", "työkalu", "arkisto", "palvelu", "palvelut",
    "systemet", "system", "systems", "software", "application", "applications", "platform",
    "tool", "tools", "app", "sivut", "sivusto", "suunnittelu", "allekirjoitus", "varaus",
    "laskenta", "päätöksenteko",
)  # fmt: skip
"""A word ending like this describes what a system does, not which product it is."""

PLURAL_MARKERS = ("järjestelmät", "järjestelmiä", "systems", "ohjelmistot", "sovellukset",
                  "tietojärjestelmät", "järj.t", "system:", "palvelut:")  # fmt: skip
"""Words that announce a list of several systems in one cell."""

_VERSION = re.compile(r"^(?:v|r)?\d+(?:[.,]\d+)*(?:[.,]x)+$|^(?:v|r)?\d+(?:[.,]\d+)+$|^v\d+$")
_YEAR = re.compile(r"^(?:19[89]\d|20[0-4]\d)$")
_SMALL_INT = re.compile(r"^\d{1,2}$")
_VERSION_TEXT = re.compile(
    r"(?<![\w.])(?:v|r|ver\.?\s?)?\d+(?:\.\d+)*\.x(?![\w.])"
    r"|(?<![\w.])(?:v|ver\.?\s?)?\d+(?:\.\d+)+(?![\w.])"
    r"|(?<![\w.])v\d+(?![\w.])",
    re.IGNORECASE,
)
_VERSION_TAIL = re.compile(r"\s[-–]\s*(?:version|versio|ver\.?|v\.?)\s.*$", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:\+(?![^\W_]))?", re.UNICODE)
_LETTER_DIGIT = re.compile(r"^([^\W\d_]{4,})(\d{2,})$")
_CAMEL = re.compile(r"^([A-ZÄÖÅ][^\W\d_]*[a-zäöå])([A-ZÄÖÅ][a-zäöå]{3,})$")
"""Brand glued to a capitalised descriptive word: "LexmarkTulostusjärjestelmä"."""
_LISTSEP = re.compile(r"\s*(?:[,;/+]|\s(?:ja|och|and|&)\s)\s*")
_ELIDED = re.compile(r"([^\W\d_]+)-\s+(?:ja|tai|och|and)\s", re.IGNORECASE)
"""First half of a coordinated Finnish compound ("Sähköposti- ja kalenterijärjestelmät")."""
_WWW = re.compile(r"(?:https?://)?\bwww\.", re.IGNORECASE)
_DOMAIN_TAIL = re.compile(
    r"(?<=\w)\.(?:hel\.fi|ouka\.fi|fi|com|net|org|eu|io|se)\b(?![.\w])", re.IGNORECASE
)
_VERSION_ONLY = re.compile(r"^(?:v(?:er(?:sio(?:n)?)?)?\.?\s*)?[\d.,x\s-]*$", re.IGNORECASE)
_LIST_HINT = re.compile(r"[,;/+:&]|\s(?:ja|och|and)\s", re.IGNORECASE)
_FORMER = re.compile(r"^\s*(?:ent\.?|entinen|formerly|ex\.?)\s+", re.IGNORECASE)


@lru_cache(maxsize=262_144)
def clean(text: str | None) -> str:
    """NFKC, HTML entities and odd spaces resolved; `0`/blank (Helsinki's missing) -> ''."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", html.unescape(str(text)))
    text = text.replace("\u00a0", " ").replace("\r", "\n")
    text = "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()
    return "" if text in {"0", "-", "?", "–"} else text


DESCRIPTIVE_WORDS = frozenset(["gis", "crm", "psa", "cms", "itsm", "erp"])
"""Whole words (not suffixes: "ArcGIS") that name a kind of system."""

_DESCRIPTIVE_END = re.compile("(?:" + "|".join(map(re.escape, DESCRIPTIVE_SUFFIXES)) + ")$")


@lru_cache(maxsize=131_072)
def is_descriptive(token: str) -> bool:
    """A generic word (what it does, a genitive, filler), not a product's name."""
    t = token.casefold()
    if t in STOPWORDS or t in DESCRIPTIVE_WORDS:
        return True
    if len(t) >= 9 and t.endswith(("jen", "iden", "tten", "sten", "den")):
        return True  # Finnish genitive plural: "ostolaskujen", "palvelujen"
    return "järjestelm" in t or _DESCRIPTIVE_END.search(t) is not None


def tokens(text: str) -> list[str]:
    """Words of `text`, case kept, punctuation dropped, abbreviations expanded."""
    out: list[str] = []
    for raw in _WORD.findall(text):
        word = raw.rstrip("+") or raw
        low = word.casefold()
        if low in ABBREVIATIONS:
            out.extend(ABBREVIATIONS[low])
            continue
        m = _LETTER_DIGIT.match(word)
        if m and not low.startswith(("ess",)):
            out.extend([m.group(1), m.group(2)])
            continue
        m = _CAMEL.match(word)
        if m and is_descriptive(m.group(2)):
            out.extend([m.group(1), m.group(2)])
        else:
            out.append(word)
    return out


def _strip_decoration(words: list[str], drop: frozenset[str]) -> list[str]:
    """Drop legal forms, years, versions, department/vendor words."""
    kept = [
        w
        for w in words
        if w.casefold() not in LEGAL_FORMS
        and not _YEAR.match(w)
        and not _VERSION.match(w.casefold())
        and w.casefold() not in STOPWORDS
    ]
    if drop:
        rest = [w for w in kept if not _in_drop(w.casefold(), drop)]
        if rest and len("".join(rest)) >= 3:
            kept = rest
    return kept


def _strip_tail(words: list[str]) -> list[str]:
    """Drop trailing editions and small release numbers ("Timecon 22", "Locus Cloud")."""
    words = list(words)
    while len(words) > 1 and (
        words[-1].casefold() in EDITIONS
        or (_SMALL_INT.match(words[-1]) and len("".join(words[:-1])) >= 4)
    ):
        words.pop()
    return words


def _in_drop(word: str, drop: frozenset[str]) -> bool:
    """`word` is a drop word or its Finnish genitive ("HelSan" for department "HelSa")."""
    if word in drop:
        return True
    return (word.endswith("in") and word[:-2] in drop) or (word.endswith("n") and word[:-1] in drop)


def core_words(text: str, drop: frozenset[str] = frozenset()) -> tuple[list[str], bool]:
    """(the words that name the product, generic?) for one name part.

    Descriptive words are dropped when something else remains; a name made only of
    descriptive words ("Palautejärjestelmä") is *generic*: it says what, not which.
    """
    text = _DOMAIN_TAIL.sub(" ", _WWW.sub(" ", text))
    elided = {m.casefold() for m in _ELIDED.findall(text)}
    words = _strip_decoration(tokens(_VERSION_TEXT.sub(" ", text)), drop)
    core = [w for w in words if not is_descriptive(w) and w.casefold() not in elided]
    if core and not (len(core) < len(words) and all(_whose(w) for w in core)):
        return _strip_tail(core), False
    return _strip_tail(words), True


_FINNISH = re.compile(r"^[a-zäöå]+$")


def _whose(word: str) -> bool:
    """A place/owner word or a Finnish genitive ("Geoteknisen osaston ..."): says whose."""
    w = word.casefold()
    if w in PLACES:
        return True
    return (
        len(w) >= 5 and w.endswith("n") and bool(_FINNISH.match(w)) and not set(w) & set("bcfqwxz")
    )


def key_of(words: list[str]) -> str:
    """Lower-case key with single spaces: the identity a product is matched by."""
    return " ".join(w.casefold() for w in words)


def is_acronym_of(short: str, long: str) -> bool:
    """`short` ("TPR", "AD") reads as the initials/subsequence of `long`."""
    s = "".join(short.casefold().split())
    words = long.casefold().split()
    if not (2 <= len(s) <= 6) or len(words) == 0 or s[0] != words[0][0]:
        return False
    if len(words) > 1 and "".join(w[0] for w in words) == s:
        return True
    it = iter("".join(words))
    return all(ch in it for ch in s) and len("".join(words)) > len(s) + 2


@dataclass(frozen=True, slots=True)
class NameKey:
    """What one (name, product hint, vendor, department) says about its product."""

    key: str
    """Primary key: matched exactly, by alias, or fuzzily."""
    alts: tuple[str, ...] = ()
    """Other keys the cell itself gives: acronym/expansion, former name, slash alternative."""
    generic: bool = False
    """Only descriptive words ("Kassajärjestelmä"): not a product's name."""
    several: bool = False
    """The cell lists several systems ("Henkilöstöhallinnon järjestelmät: HIJAT, TPJAT")."""
    display: str = ""
    """Cleaned text the key came from, for showing people."""
    steps: tuple[str, ...] = ()
    """What normalisation did, in words, for the evidence trail."""


def _split_brackets(text: str) -> tuple[str, str, str]:
    """("head", "inner", "tail") for "head (inner) tail"; inner '' when no brackets."""
    m = re.search(r"\(([^()]*)\)?", text)
    if not m:
        return text, "", ""
    return text[: m.start()].strip(), m.group(1).strip(), text[m.end() :].strip()


def list_items(text: str) -> list[str]:
    """Parts of a cell that lists names: split on , ; / + and 'ja'/'and'/'&'."""
    return [p.strip() for p in _LISTSEP.split(text) if p and p.strip()]


def _distinct_products(items: list[str], drop: frozenset[str]) -> list[str]:
    """Items that name a product, with acronym/variant pairs counted once."""
    keys: list[str] = []
    for item in items:
        words, generic = core_words(item, drop)
        if generic or not words:
            continue
        k = key_of(words)
        sq = k.replace(" ", "")
        if any(
            sq in o.replace(" ", "")
            or o.replace(" ", "") in sq
            or is_acronym_of(k, o)
            or is_acronym_of(o, k)
            for o in keys
        ):
            continue
        keys.append(k)
    return keys


def names_several(text: str, drop: frozenset[str] = frozenset()) -> bool:
    """The cell lists several distinct systems (used for the `names-several-systems` finding).

    A plural system word with a list after it, or three or more distinct product names.
    Two variants of one name ("HIJAT, eHijat") or a name and its acronym are one product.
    """
    text = clean(text)
    if not text or not _LIST_HINT.search(text):
        return False
    low = text.casefold()
    head, inner, _tail = _split_brackets(text.replace("\n", " "))
    listed = inner if inner else (low.split(":", 1)[1] if ":" in low else text)
    items = list_items(listed)
    distinct = _distinct_products(items, drop)
    plural = any(m in low for m in PLURAL_MARKERS)
    if plural and len(distinct) >= 2:
        return True
    return len(distinct) >= 3


@lru_cache(maxsize=262_144)
def normalise(name: str, hint: str = "", vendor: str = "", department: str = "") -> NameKey:
    """Key of the product a row names; `hint` (a product/short-name column) wins when given.

    The vendor's and the department's own words are dropped from the key when the name
    repeats them ("Visma Wilma" with vendor Visma, "HelSan Helmi-intra" in HelSa).

    Notes
    -----
    The text work is cached per distinct cell text, the drop step per vendor/department:
    an inventory repeats names, so the cost is per distinct name. O(len(name)).
    """
    if _VERSION_ONLY.match(clean(hint)):
        hint = ""  # a version column ("v. 9.5") says which release, not which product
    base = normalise_text(clean(hint) or clean(name))
    if hint and base.generic and clean(name):
        other = normalise_text(clean(name))
        if not other.generic:
            base = NameKey(
                other.key,
                other.alts + base.alts,
                False,
                base.several or other.several,
                other.display,
                ("product column generic, name used",) + other.steps,
            )
    elif hint:
        base = NameKey(
            base.key,
            base.alts,
            base.generic,
            base.several,
            base.display,
            ("product column",) + base.steps,
        )
    drop = _drop_words(vendor or "", department or "")
    if drop and _key_stems(base.key).isdisjoint(drop):
        return base
    if drop and not base.generic and not _DOMAIN.search(base.display):
        words = base.key.split()
        rest = [w for w in words if not _in_drop(w, drop)]
        if rest != words and len("".join(rest)) >= 3 and not core_words(" ".join(rest))[1]:
            return NameKey(
                base.key,
                (" ".join(rest),) + base.alts,
                False,
                base.several,
                base.display,
                base.steps + ("vendor or department name dropped",),
            )
    return base


_DOMAIN = re.compile(r"\w\.\w{2,}")


@lru_cache(maxsize=262_144)
def _key_stems(key: str) -> frozenset[str]:
    """Words of a key and their stems without a genitive -n/-in (for the drop test)."""
    out = set()
    for w in key.split():
        out.add(w)
        if w.endswith("n"):
            out.add(w[:-1])
        if w.endswith("in"):
            out.add(w[:-2])
    return frozenset(out)


@lru_cache(maxsize=65_536)
def _drop_words(vendor: str, department: str) -> frozenset[str]:
    return frozenset(_vendor_words(vendor) | _department_words(department))


@lru_cache(maxsize=262_144)
def normalise_text(text: str) -> NameKey:
    """Key of one cleaned cell text, without vendor/department context (cached)."""
    drop: frozenset[str] = frozenset()
    several = names_several(text, drop)
    steps: list[str] = []
    key, alts, generic, display = _key_from_text(text, drop, steps)
    if not key:
        key, generic, display = key_of(tokens(text)) or text.casefold(), True, text
    alts = tuple(
        dict.fromkeys(
            a for a in alts if a and a != key and not all(is_descriptive(w) for w in a.split())
        )
    )
    return NameKey(key, alts, generic, several, display, tuple(dict.fromkeys(steps)))


def _key_from_text(
    text: str, drop: frozenset[str], steps: list[str]
) -> tuple[str, tuple[str, ...], bool, str]:
    """(key, alts, generic, display) of one cell's text."""
    lines = [ln for ln in text.split("\n") if ln.strip()] or [text]
    chosen = lines[0]
    if len(lines) > 1:
        for line in lines:
            if not core_words(_split_brackets(line)[0] or line, drop)[1]:
                chosen = line
                break
        steps.append("first naming line")
    text = _VERSION_TAIL.sub("", chosen)
    if text != chosen:
        steps.append("version tail")
    head, inner, tail = _split_brackets(text)
    alts: list[str] = []
    if inner:
        head_words, head_generic = core_words(head, drop)
        former = _FORMER.match(inner)
        inner_clean = _FORMER.sub("", inner)
        inner_parts = [p for p in re.split(r",\s*(?:ent\.?|entinen)\s+", inner_clean) if p]
        inner_main = inner_parts[0]
        inner_words, inner_generic = core_words(inner_main, drop)
        inner_raw = key_of(tokens(inner_main))
        # A head of three or more words is a description ("Tilojen varaus ja laskutus
        # (Timmi)") only when it has descriptive words; "Microsoft Office 365 (Outlook,
        # Skype)" names the product and its bracket lists what it contains.
        head_is_description = head_generic or (
            len(head.split()) >= 3 and len(head_words) < len(tokens(head))
        )
        inner_is_list = len(list_items(inner_main)) >= 2
        if former or not head_words:
            text = head or inner_clean
            alts += [key_of(core_words(p, drop)[0]) for p in inner_parts]
            steps.append("former name in brackets")
        elif head_words and is_acronym_of(key_of(head_words), inner_raw):
            text = inner_main
            alts.append(key_of(head_words))
            steps.append("acronym expanded")
        elif head_words and is_acronym_of(inner_raw, key_of(tokens(head))):
            text = head
            alts.append(key_of(inner_words))
            steps.append("acronym dropped")
        elif head_is_description and not inner_generic and not (inner_is_list and not head_generic):
            text = inner_main
            alts += [key_of(core_words(p, drop)[0]) for p in inner_parts[1:]]
            steps.append("product in brackets")
        else:
            text = head
            if not inner_generic and not inner_is_list:
                alts.append(key_of(inner_words))
            steps.append("bracket lists parts" if inner_is_list else "bracket dropped")
        del tail
    parts = [p for p in re.split(r",\s*|\s[-–]\s*", text) if p.strip()]
    if len(parts) >= 2:
        first, second = parts[0], ", ".join(parts[1:])
        w1, g1 = core_words(first, drop)
        w2, g2 = core_words(second, drop)
        k1, k2 = key_of(w1), key_of(w2)
        if g1 and not g2 or is_acronym_of(k1, k2):
            text, alts = second, alts + [k1]
        else:
            text = first
            if not g2 and len(w2) <= 2:
                alts.append(k2)
        steps.append("description after comma or dash")
    slash = [p for p in re.split(r"\s*/\s*", text) if p.strip()]
    if len(slash) == 2:
        alts += [key_of(core_words(p, drop)[0]) for p in slash]
        steps.append("slash alternatives")
    words, generic = core_words(text, drop)
    if not generic and words != tokens(text):
        steps.append("descriptive words or decoration dropped")
    return key_of(words), tuple(alts), generic, " ".join(text.split())


def _vendor_words(vendor: str) -> set[str]:
    """Words of the vendor's name, to drop where the name repeats it ("Visma Wilma")."""
    out: set[str] = set()
    for part in list_items(clean(vendor)):
        words = [w.casefold() for w in tokens(part) if w.casefold() not in LEGAL_FORMS]
        if words and len(words[0]) >= 3:
            out.add(words[0])
    return out


@lru_cache(maxsize=65_536)
def owner_words(department: str) -> frozenset[str]:
    """Words of a department cell, short abbreviations included ("Kv", "HKL", "Opev")."""
    return frozenset(
        w.casefold()
        for w in tokens(clean(department))
        if len(w) >= 2 and not is_descriptive(w) and w.casefold() not in LEGAL_FORMS
    )


def _department_words(department: str) -> set[str]:
    """Short department tokens ("HelSa", "KSV"): an owner prefix in a name is not the product."""
    return {
        w.casefold()
        for w in tokens(clean(department))
        if 3 <= len(w) <= 8 and not is_descriptive(w) and w.casefold() not in LEGAL_FORMS
    }


_IN_HOUSE = frozenset({
    "oma", "oma kehitys", "omakehitys", "itse kehitetty", "itse tehty", "oma tuotanto",
    "in house", "inhouse", "own development", "internal", "egen utveckling", "egenutvecklad",
    "egen", "intern",
})  # fmt: skip
_OWNER_WORDS = ("kaupunki", "kaupungin", "kunta", "kunnan", "kommun", "stad", "city",
                "municipality", "hyvinvointialue", "välfärdsområde")  # fmt: skip


def in_house(vendors: frozenset[str]) -> bool:
    """Built by the city itself ("oma kehitys", "Helsingin kaupunki"): a vendor that says
    nothing about which product a generic name is, because every department has one."""
    return any(v in _IN_HOUSE or any(w in v.split() for w in _OWNER_WORDS) for v in vendors)


@lru_cache(maxsize=65_536)
def vendor_key(vendor: str | None) -> frozenset[str]:
    """Set of normalised vendor names in one cell ("IBM, Solita Oy" -> {ibm, solita})."""
    out = set()
    for part in list_items(clean(vendor)):
        words = [w.casefold() for w in tokens(part) if w.casefold() not in LEGAL_FORMS]
        if words:
            out.add(" ".join(words))
    return frozenset(out)


@lru_cache(maxsize=262_144)
def plain_words(text: str) -> tuple[str, ...]:
    """Lower-case words of a name without decoration but with its descriptive words."""
    text = _DOMAIN_TAIL.sub(" ", _WWW.sub(" ", clean(text)))
    return tuple(
        w.casefold() for w in _strip_decoration(tokens(_VERSION_TEXT.sub(" ", text)), frozenset())
    )


@lru_cache(maxsize=262_144)
def literal_key(text: str) -> str:
    """Squashed lower-case words of a literal name ("AdeEko+" -> "adeeko")."""
    return "".join(w.casefold() for w in tokens(text))


def slug(text: str) -> str:
    """ASCII slug for ids: 'Järjestelmä X' -> 'jarjestelma-x'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-") or "x"
