"""Cell value parsers for inventory import: text, money, user counts, dates and lists.

Each parser takes one raw cell value as a reader gives it (`str`, `int`, `float`, `bool`,
`date`/`datetime` or `None`) and returns a `Parsed`: the value, or a stable problem code
and a short reason the caller turns into a Finding at the cell's place. Parsers never
guess: text with two readings is a problem, not a value. A `reason` without a `problem`
is a note: the value was read by a rule the user may want to see (a range, a bound, a
monthly figure). Pure functions, stdlib only, regexes compiled once at import.

Decisions (the README cites these)
----------------------------------
Missing
    `None`, blank, only dashes/dots/question marks, and placeholders ("ei tiedossa",
    "ei tietoa", "tuntematon", "okänd", "saknas", "n/a", "unknown", "tbd", ...) are
    missing: value None, no problem. "0" is missing in text (Helsinki 2013 writes 0 for
    empty) and in dates, but a real zero in money and counts. A lone "x"/"X" is NOT
    missing: Helsinki 2013 marks "yes" with it in flag columns.
Number format
    A space (also no-break, narrow no-break and thin space) groups thousands. A comma or
    dot followed by anything but exactly three digits is the decimal mark; with both a
    comma and a dot, the last one is the decimal mark ("1.200,00", "1,200.00"). One comma
    or dot followed by exactly three digits ("1,200", "1.200") may mean 1.2 or 1200, so
    it is "ambiguous-number" - except after a leading currency ("€1,200", "EUR 1,200":
    English style, the comma groups thousands), and in counts, where a decimal cannot be
    meant, so it groups thousands. "500,-" and "500:-" are 500; VAT remarks ("+ alv 24 %",
    "(alv 0 %)") are ignored.
Approximations and bounds
    "n. 5000", "noin", "ca", "~" give the number with no note. "alle 1000", "yli 1000",
    "max", "min", "<", ">", "1000+" give the bound itself, with a note.
Ranges
    "300-400" gives the midpoint (350) with a note, in money and counts alike; counts
    round half up. A range whose low end is above its high end is "bad-range".
Periods and currency
    Money is euros per year. Per month ("/kk", "/kuukausi", "/month", "/mån") is
    multiplied by 12, with a note and no problem. Per day, week, hour or user, and one-off
    sums, are "not-annual"; other currencies ($, £, SEK, kr) are "not-euro". Negative
    money is "negative-money", a negative count "negative-count"; value None for both.
Dates
    Always day first. "31.12.2025"; "31.12.25" (a two-digit year means 20YY); ISO
    "2025-12-31". A date written with "/" or "-" is read only when its order cannot
    matter (the first number is over 12, or day equals month); month-first (US) and
    two-way dates are "ambiguous-date". A date names the END of what it describes (a
    contract end): "12/2025" and "joulukuu 2025" give 31.12.2025, "Q4 2025" gives
    31.12.2025, a bare year "2025" (also the number 2025, years 1900-2199) gives
    31.12.2025 with a note, and a period "2020-2025" or "1.1.2020-31.12.2025" gives its
    end with a note. Numbers 20000-80000 are Excel serial dates (1900 date system).
    "toistaiseksi", "tills vidare", "until further notice" give open_ended=True, value
    None, no problem; figures beside such wording are not read, and a note says so.
    Text around a date is a problem, except "asti", "saakka", "until", "päättyy" and
    the like.
Lists
    `split_list` splits on ";", ",", line breaks, and "/" with a space on at least one
    side ("Sote / Opev", not "TCP/IP"); never inside brackets, never at a comma between
    two digits, and never at a line break after "ja"/"och"/"and" or a hyphen ending a
    word (a phrase wrapped inside the cell). Items are cleaned, placeholders dropped,
    and repeats (ignoring case) dropped, keeping the first spelling. An unclosed bracket
    keeps the rest of the cell as one item.
Problem codes
    bad-number, not-a-number (no digits at all, e.g. "kaikki"), ambiguous-number,
    negative-money, negative-count, not-annual, not-euro, bad-range, bad-date,
    ambiguous-date.
"""

from __future__ import annotations

import calendar
import html
import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Generic, TypeVar

__all__ = [
    "Parsed",
    "clean_text",
    "is_missing",
    "parse_count",
    "parse_date",
    "parse_money",
    "split_list",
]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Parsed(Generic[T]):
    """A parsed cell: the value, or why there is none; a reason alone is a note."""

    value: T | None
    problem: str | None = None
    """Stable kebab-case code, e.g. `bad-number`, `ambiguous-date`; None when read."""
    reason: str = ""
    """Short plain text: why it could not be read, or how it was read (a note)."""
    open_ended: bool = False
    """Dates only: runs until further notice ("toistaiseksi", "tills vidare")."""


_MISSING: Parsed = Parsed(None)

# --- text normalisation -------------------------------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u2060\ufeff\u00ad"))
_HAS_INVISIBLE = re.compile("[\u200b\u200c\u2060\ufeff\u00ad]")
_MINUS_AND_DASHES = "\u2212\u2010\u2011\u2012\u2013\u2014\u2015\ufe63\uff0d"
_DASHES = str.maketrans(dict.fromkeys(_MINUS_AND_DASHES, "-"))
_WHITESPACE = re.compile(r"\s+")  # str patterns: \s includes NBSP, U+202F, thin spaces
_PLACEHOLDER_MARKS = re.compile(rf"[\s\-{_MINUS_AND_DASHES}?¿.…_*/\\#]*")
_PLACEHOLDERS = frozenset(
    {
        # Finnish
        "ei tiedossa", "ei tietoa", "ei tiedetä", "ei ole tiedossa", "en tiedä",
        "tuntematon", "puuttuu", "ei sovellu", "ei määritelty", "täydennetään",
        "täydennetään myöhemmin", "tyhjä", "(tyhjä)", "kuvaus puuttuu",
        # Swedish
        "okänd", "okänt", "vet ej", "saknas", "ej känd", "ej tillämplig", "fylls i",
        "fylls i senare",
        # English and tool exports
        "n/a", "na", "n.a", "#n/a", "unknown", "not known", "tbd", "tba", "tbc",
        "null", "none", "nan", "to be completed", "to be confirmed",
    }
)  # fmt: skip


def _unescape(text: str) -> str:
    """HTML entities (Oulu writes `&nbsp;`) and Unicode NFC, invisible marks removed.

    `translate` looks every character up in a dict, so it runs only when a regex (in C)
    found an invisible mark: most cells have none."""
    if "&" in text:
        text = html.unescape(text)
    text = unicodedata.normalize("NFC", text)
    return text.translate(_INVISIBLE) if _HAS_INVISIBLE.search(text) else text


def _is_placeholder(text: str) -> bool:
    """Blank, punctuation-only or a known "unknown" word; "0" and "x" are not placeholders."""
    if _PLACEHOLDER_MARKS.fullmatch(text):
        return True
    return text.strip().rstrip(".").casefold() in _PLACEHOLDERS


def _as_text(value: object) -> str | None:
    """Raw cell as text; None for None and NaN (an empty cell from a dataframe)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date().isoformat()
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _shown(text: str, limit: int = 60) -> str:
    """The cell text as quoted in a reason, cut if long."""
    text = _WHITESPACE.sub(" ", text).strip()
    return f"'{text}'" if len(text) <= limit else f"'{text[: limit - 1]}…'"


def _tidy(text: str) -> str | None:
    """Unescaped text single-spaced and stripped; None for a placeholder or "0"."""
    text = _WHITESPACE.sub(" ", text).strip()
    if text == "0" or _is_placeholder(text):
        return None
    return text


def is_missing(value: object) -> bool:
    """True for an empty TEXT cell: None, blank, "-", "?", "0", "ei tiedossa", "n/a"...

    Text semantics: "0" and 0 count as missing (Helsinki 2013 writes 0 for empty). For
    money and counts use the parsers, where 0 is a value. "x" is not missing (a flag).
    """
    return clean_text(value) is None


def clean_text(value: object) -> str | None:
    """Cell text single-spaced, entities unescaped, NFC, stripped; None when missing."""
    text = _as_text(value)
    return None if text is None else _tidy(_unescape(text))


def _prepare(text: str) -> str:
    """Text for parsing numbers and dates: unescaped, one dash, single spaces, lowercase."""
    return _WHITESPACE.sub(" ", _unescape(text).translate(_DASHES)).strip().casefold()


# --- numbers ------------------------------------------------------------------------

_NUMBER = re.compile(r"[0-9]+(?:[ .,][0-9]+)*")
_SEPARATOR = re.compile(r"[ .,]")
_PRICE_DASH = re.compile(r"(?<=[0-9])\s?[,.:]-{1,2}(?![0-9])")  # "500,-", "500:-"
_VAT = re.compile(
    r"\(?\s*(?:\+\s*|sis\.?\s*|sisältää\s*|ilman\s*|excl?\.?\s*|incl?\.?\s*|exkl\.?\s*"
    r"|inkl\.?\s*|plus\s*)?(?<![a-zåäö])(?:alv|vat|moms)(?![a-zåäö])(?:\s*[0-9]{1,2}(?:[.,][0-9])?\s*%)?\s*\)?"
)
_RANGE_JOIN = re.compile(r"\s*(?:-|\.\.\.?|…|to|till)\s*")
_WORD_ROLES = {
    "approx": r"n\.?|noin|ca\.?|c:a|c\.|cirka|ungefär|omkring|approx\.?|approximately|about"
    r"|around|arviolta|arviol\.|arvio|est\.?|estimated|suunnilleen|~|≈",
    "upper": r"alle|under|below|less than|max\.?|maks\.?|maximum|enintään|korkeintaan|up to"
    r"|högst|upp till|at most|<=?|≤",
    "lower": r"yli|över|over|more than|above|min\.?|minimum|vähintään|at least|minst|>=?|≥",
    "plus": r"\+",
    "kilo_eur": r"keur|teur|ke|te",
    "mega_eur": r"meur",
    "foreign": r"\$|usd|dollars?|£|gbp|tkr|mkr|sek|kr|kronor|nok|dkk|chf|¥|jpy",
    "currency": r"€|euro[as]?|eur|e",
    "kilo": r"k|t|tuh\.?|tuhatta|thousand|tusen",
    "mega": r"m|milj\.?|miljoonaa|miljoona|millions?|mn|mio|miljoner|miljon",
    "year": r"v|vuosi|vuodessa|vuosittain|vuotuinen|year|yr|y|a|år|året|annum|yearly"
    r"|annually|annual|årligen|p\.\s?a\.?|pa",
    "month": r"kk|kuukausi|kuukaudessa|kuussa|kuukausittain|months?|monthly|mo|mth|mån"
    r"|månad|månaden|månadsvis",
    "other_period": r"päivä|päivässä|pv|days?|daily|dag|viikko|viikossa|weeks?|weekly|vecka"
    r"|h|tunti|tunnissa|hours?|hourly|timme|kertamaksu|kertaluonteinen|one-off|one-time"
    r"|once|engångs\w*",
    "people": r"käyttäjä\w*|users?|kpl|hlö\.?|henkilö\w*|henkeä|persons?|people|pcs|st\.?"
    r"|användare|personer|lisenssi\w*|licen[cs]es?|licenser|accounts?|tunnu\w*"
    r"|työntekijä\w*|employees?",
    "filler": r"per|om|i|yhteensä|yht\.?|total|totalt|summa|hinta|price|kustannus\w*"
    r"|cost|kostnad",
}
_WORD = re.compile(
    r"[\s/(),.:;]*(?:"
    + "|".join(f"(?P<{role}>{pattern})" for role, pattern in _WORD_ROLES.items())
    + r")(?![a-zåäöüé])"
)
_TRAILING_PUNCT = re.compile(r"[\s/(),.:;]*")
_MULTIPLIER = {
    "kilo": Decimal(1000),
    "kilo_eur": Decimal(1000),
    "mega": Decimal(10**6),
    "mega_eur": Decimal(10**6),
}
_MULTIPLIER_ROLES = frozenset(_MULTIPLIER)
_FIX_MONEY = "write e.g. 12 500 or 12500,50"
_MAX_DIGITS = 15  # more digits than this is a typo, and floats stay exact


@dataclass(frozen=True, slots=True)
class _Reading:
    """What a number cell says before money/count rules apply."""

    low: Decimal
    high: Decimal | None  # set for a range
    roles: frozenset[str]
    negative: bool


def _scan_words(segment: str) -> tuple[set[str], str | None]:
    """Roles of the known words in a text segment, or the first word not understood."""
    roles: set[str] = set()
    pos = 0
    while pos < len(segment):
        tail = _TRAILING_PUNCT.fullmatch(segment, pos)
        if tail:
            break
        match = _WORD.match(segment, pos)
        if not match:
            rest = segment[pos:].strip(" /(),.:;")
            return roles, rest.split(" ")[0] if rest else segment[pos:]
        roles.add(match.lastgroup or "")
        pos = match.end()
    return roles, None


def _split_groups(token: str, separator: str) -> bool:
    """True when `token` is digits grouped by thousands with `separator`."""
    groups = token.split(separator)
    return 1 <= len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:])


def _read_token(token: str, english: bool, integer_only: bool) -> Decimal | str:
    """The number a token means, or a problem code; see the module notes for the rules."""
    separators = _SEPARATOR.findall(token)
    if not separators:
        return Decimal(token) if len(token) <= _MAX_DIGITS else "bad-number"
    kinds = set(separators)
    decimal_mark: str | None = None
    if "," in kinds and "." in kinds:
        decimal_mark = separators[-1]
    elif kinds - {" "} and " " in kinds:
        decimal_mark = separators[-1] if separators[-1] != " " else None
        if decimal_mark is None:
            return "bad-number"
    elif kinds != {" "} and len(separators) == 1:
        mark = separators[0]
        whole, fraction = token.split(mark)
        if len(fraction) != 3 or whole == "0" or len(whole) > 3:
            decimal_mark = mark
        elif integer_only or (english and mark == ","):
            decimal_mark = None
        else:
            return "ambiguous-number"
    if decimal_mark is not None:
        whole, _, fraction = token.rpartition(decimal_mark)
        if decimal_mark in whole:
            return "bad-number"
    else:
        whole, fraction = token, ""
    thousands = set(_SEPARATOR.findall(whole))
    if len(thousands) > 1:
        return "bad-number"
    if thousands and not _split_groups(whole, thousands.pop()):
        return "bad-number"
    digits = _SEPARATOR.sub("", whole)
    if len(digits) > _MAX_DIGITS or len(fraction) > _MAX_DIGITS:
        return "bad-number"
    return Decimal(f"{digits}.{fraction}" if fraction else digits)


def _read_number_text(text: str, integer_only: bool) -> _Reading | tuple[str, str]:
    """Split a number cell into its number(s) and words; (problem, reason) if it cannot."""
    prepared = _VAT.sub(" ", _PRICE_DASH.sub("", text))
    tokens = list(_NUMBER.finditer(prepared))
    shown = _shown(text)
    if not tokens:
        return "not-a-number", f"{shown} is not a number"
    if len(tokens) > 2 or (
        len(tokens) == 2 and not _RANGE_JOIN.fullmatch(prepared, tokens[0].end(), tokens[1].start())
    ):
        return "bad-number", f"{shown} holds several numbers; give one"
    prefix = prepared[: tokens[0].start()]
    negative = "-" in prefix
    prefix_roles, unknown = _scan_words(prefix.replace("-", " "))
    suffix_roles, unknown_after = _scan_words(prepared[tokens[-1].end() :])
    unknown = unknown or unknown_after
    if unknown:
        return "bad-number", f"{shown} is not a number: cannot read '{unknown}'"
    english = bool(prefix_roles & {"currency", "foreign"})
    values = []
    for token in tokens:
        number = _read_token(token.group(), english, integer_only)
        if number == "ambiguous-number":
            whole, mark, fraction = token.group().partition("," if "," in token.group() else ".")
            return number, (
                f"{shown} could mean {whole}.{fraction} or {whole}{fraction};"
                f" write e.g. {whole} {fraction} or {whole},{fraction.rstrip('0') or '0'}"
            )
        if isinstance(number, str):
            hint = "write e.g. 1 200" if integer_only else _FIX_MONEY
            return number, f"{shown} is not a number; {hint}"
        values.append(number)
    roles = frozenset(prefix_roles | suffix_roles)
    if "plus" in suffix_roles:
        roles |= {"lower"}
    return _Reading(values[0], values[1] if len(values) == 2 else None, roles, negative)


def _bound_note(roles: frozenset[str], shown: str, value: object) -> str:
    """Note for a figure given as an upper or lower bound ("alle 1000", "yli 1000")."""
    if "upper" in roles:
        return f"{shown} is an upper bound; read as {value}"
    if "lower" in roles:
        return f"{shown} is a lower bound; read as {value}"
    return ""


def _format_number(number: Decimal) -> str:
    """Decimal shown without exponent or needless zeros, as in a note."""
    return format(number.normalize(), "f")


def parse_money(value: object) -> Parsed[float]:
    """Euros per year from a cost cell; per-month figures are turned into per year."""
    if value is None:
        return _MISSING
    if isinstance(value, bool):
        return Parsed(None, "bad-number", f"'{value}' is a yes/no value, not an amount")
    if isinstance(value, date):
        return Parsed(None, "bad-number", f"'{value}' is a date, not an amount")
    if isinstance(value, int | float):
        if isinstance(value, float) and math.isnan(value):
            return _MISSING
        if isinstance(value, float) and math.isinf(value):
            return Parsed(None, "bad-number", f"'{value}' is not a number")
        if value < 0:
            return Parsed(None, "negative-money", f"'{value}' is negative; give a cost ≥ 0")
        return Parsed(float(value))
    text = str(value)
    prepared = _prepare(text)
    if _is_placeholder(prepared):
        return _MISSING
    reading = _read_number_text(prepared, integer_only=False)
    shown = _shown(text)
    if isinstance(reading, tuple):
        return Parsed(None, *reading)
    roles = reading.roles
    if "foreign" in roles:
        return Parsed(None, "not-euro", f"{shown} is not in euros; give euros per year")
    if roles & {"other_period", "people"}:
        return Parsed(None, "not-annual", f"{shown} is not a yearly amount; give euros per year")
    if {"upper", "lower"} <= roles or {"year", "month"} <= roles:
        return Parsed(None, "bad-number", f"{shown} is not a number; {_FIX_MONEY}")
    if len(roles & _MULTIPLIER_ROLES) > 1:
        return Parsed(None, "bad-number", f"{shown} is not a number; {_FIX_MONEY}")
    if reading.negative:
        return Parsed(None, "negative-money", f"{shown} is negative; give a cost ≥ 0")
    factor = next((_MULTIPLIER[role] for role in roles if role in _MULTIPLIER), Decimal(1))
    notes = []
    amount = reading.low * factor
    if reading.high is not None:
        high = reading.high * factor
        if amount > high:
            return Parsed(None, "bad-range", f"{shown} is a range whose low end is above its top")
        amount = (amount + high) / 2
        notes.append(f"{shown} is a range; read as its midpoint {_format_number(amount)}")
    elif bound := _bound_note(roles, shown, _format_number(amount)):
        notes.append(bound)
    if "month" in roles:
        notes.append(
            f"{shown} is per month; read as 12 × {_format_number(amount)}"
            f" = {_format_number(amount * 12)} per year"
        )
        amount *= 12
    return Parsed(float(amount), reason="; ".join(notes))


def parse_count(value: object) -> Parsed[int]:
    """A number of users; ranges give the midpoint, bounds the bound, with a note."""
    if value is None:
        return _MISSING
    if isinstance(value, bool | date):
        return Parsed(None, "bad-number", f"'{value}' is not a number of users")
    if isinstance(value, int | float):
        if isinstance(value, float) and math.isnan(value):
            return _MISSING
        if isinstance(value, float) and not value.is_integer():
            return Parsed(None, "bad-number", f"'{value}' is not a whole number")
        if value < 0:
            return Parsed(None, "negative-count", f"'{value}' is negative; give a count ≥ 0")
        return Parsed(int(value))
    text = str(value)
    prepared = _prepare(text)
    if _is_placeholder(prepared):
        return _MISSING
    shown = _shown(text)
    reading = _read_number_text(prepared, integer_only=True)
    if isinstance(reading, tuple):
        return Parsed(None, *reading)
    roles = reading.roles
    not_count = {"currency", "foreign", "kilo_eur", "mega_eur", "year", "month", "other_period"}
    if roles & not_count or {"upper", "lower"} <= roles:
        return Parsed(None, "bad-number", f"{shown} is not a number of users")
    if reading.negative:
        return Parsed(None, "negative-count", f"{shown} is negative; give a count ≥ 0")
    factor = next((_MULTIPLIER[role] for role in roles if role in _MULTIPLIER), Decimal(1))
    low = reading.low * factor
    high = reading.high * factor if reading.high is not None else None
    if low != low.to_integral_value() or (high is not None and high != high.to_integral_value()):
        return Parsed(None, "bad-number", f"{shown} is not a whole number")
    if high is None:
        count = int(low)
        return Parsed(count, reason=_bound_note(roles, shown, count))
    if low > high:
        return Parsed(None, "bad-range", f"{shown} is a range whose low end is above its top")
    count = int(low + high + 1) // 2
    return Parsed(count, reason=f"{shown} is a range; read as its midpoint {count}")


# --- dates --------------------------------------------------------------------------

_EXCEL_EPOCH = date(1899, 12, 30)  # 1900 date system, past the 1900-02-29 bug
_EXCEL_SERIALS = (20000, 80000)  # 1954-10-03 .. 2119-01-10
_YEARS = (1900, 2199)
_OPEN_ENDED = re.compile(
    r"toistaiseksi|until further notice|tills? vidare|tillsvidare|open[- ]?ended"
    r"|indefinite(?:ly)?|no end date|ei päättymis\w*|ei määräaikaa|jatkuva|ongoing"
    r"|fortlöpande|löpande|rolling|evergreen|auto[- ]?renew\w*|tills? vidare"
)
_MONTH_NAMES = (
    r"(?<![a-zåäö])(?:(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu[a-zäö]*"
    r"|jan(?:uary|uari)?|feb(?:ruary|ruari)?|mar(?:ch|s)?|apr(?:il)?|ma[yj]|jun[ei]?"
    r"|jul[yi]?|aug(?:ust|usti)?|sep(?:t|tember)?|o[ck]t(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_FINNISH_MONTHS = ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo",
                   "syys", "loka", "marras", "joulu")  # fmt: skip
_OTHER_MONTHS = ("jan", "feb", "mar", "apr", "ma", "jun", "jul", "aug", "sep", "o", "nov", "dec")
_TIME = r"(?:[t ][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?"
_DATE = re.compile(
    r"(?<![0-9])(?:"
    rf"(?P<iy>[0-9]{{4}})(?P<isep>[-/.])(?P<im>[0-9]{{1,2}})(?P=isep)(?P<id>[0-9]{{1,2}}){_TIME}"
    rf"|(?P<dd>[0-9]{{1,2}})\. ?(?P<dm>[0-9]{{1,2}})\. ?(?P<dy>[0-9]{{4}}|[0-9]{{2}}){_TIME}"
    rf"|(?P<sa>[0-9]{{1,2}})(?P<ssep>[/-])(?P<sb>[0-9]{{1,2}})(?P=ssep)(?P<sy>[0-9]{{4}}|[0-9]{{2}})"
    rf"{_TIME}"
    r"|q(?P<q1>[1-4]) ?[/-]? ?(?P<qy1>[0-9]{4})|(?P<qy2>[0-9]{4}) ?[/-]? ?q(?P<q2>[1-4])"
    rf"|(?P<nd>[0-9]{{1,2}})(?:\.? ?|-)(?P<nm>{_MONTH_NAMES})(?:\.? ?,? ?|-)"
    r"(?P<ny>[0-9]{4}|(?<=-)[0-9]{2})"
    rf"|(?P<nm2>{_MONTH_NAMES})\.? (?P<nd2>[0-9]{{1,2}})(?:st|nd|rd|th)?,? (?P<ny2>[0-9]{{4}})"
    rf"|(?P<nm3>{_MONTH_NAMES})\.?,? (?P<ny3>[0-9]{{4}})"
    r"|(?P<my1>[0-9]{4})-(?P<mm1>[0-9]{1,2})(?![0-9-])"
    r"|(?P<mm2>[0-9]{1,2})[./](?P<my2>[0-9]{4})"
    r"|(?P<y>[0-9]{4})"
    r")(?![0-9])"
)
_DATE_WORDS = re.compile(
    r"(?:[\s.,:;()]|asti|saakka|until|till|to|ends?|expires?|päättyy|voimassa|loppuu|slut"
    r"|sopimus|contract|avtal)*"
)
_DATE_RANGE_JOIN = re.compile(r" ?(?:-|\.\.\.?|…|to|till) ?")
_FIX_DATE = "write e.g. 31.12.2025"


def _month_number(name: str) -> int:
    """1-12 for a Finnish, Swedish or English month name or abbreviation."""
    for number, stem in enumerate(_FINNISH_MONTHS, 1):
        if name.startswith(stem + "kuu"):
            return number
    return next(n for n, stem in enumerate(_OTHER_MONTHS, 1) if name.startswith(stem))


def _month_end(year: int, month: int) -> date | None:
    """Last day of a month, None for a month that does not exist."""
    if not 1 <= month <= 12:
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


def _day(year: int, month: int, day: int) -> date | None:
    """The date, or None when it is not on the calendar (31.2.2025)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_year(digits: str) -> int:
    """Four-digit year; a two-digit year means 20YY (inventories look ahead)."""
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def _date_of(match: re.Match[str]) -> date | str:
    """The date one match names (the end of a month, quarter or year), or a problem code.

    Problem codes here: "ambiguous-date" (slash order unclear), "not-on-calendar" (an
    internal marker for 31.2.2025 and year 1066, reported as "bad-date").
    """
    g = match.groupdict()
    found: date | None
    if g["iy"]:
        found = _day(int(g["iy"]), int(g["im"]), int(g["id"]))
    elif g["dd"]:
        found = _day(_full_year(g["dy"]), int(g["dm"]), int(g["dd"]))
    elif g["sa"]:
        first, second = int(g["sa"]), int(g["sb"])
        if second > 12 or (first <= 12 and first != second):
            return "ambiguous-date"
        found = _day(_full_year(g["sy"]), second, first)
    elif g["q1"] or g["q2"]:
        quarter, year = (g["q1"], g["qy1"]) if g["q1"] else (g["q2"], g["qy2"])
        found = _month_end(int(year), int(quarter) * 3)
    elif g["nm"]:
        found = _day(_full_year(g["ny"]), _month_number(g["nm"]), int(g["nd"]))
    elif g["nm2"]:
        found = _day(int(g["ny2"]), _month_number(g["nm2"]), int(g["nd2"]))
    elif g["nm3"]:
        found = _month_end(int(g["ny3"]), _month_number(g["nm3"]))
    elif g["my1"] or g["my2"]:
        year, month = (g["my1"], g["mm1"]) if g["my1"] else (g["my2"], g["mm2"])
        found = _month_end(int(year), int(month))
    else:
        year = int(g["y"])
        found = date(year, 12, 31) if _YEARS[0] <= year <= _YEARS[1] else None
    return found if found is not None else "not-on-calendar"


def _date_from_number(value: float) -> Parsed[date]:
    """A bare year (2025 -> 31.12.2025, noted) or an Excel serial date."""
    shown = f"'{int(value) if value.is_integer() else value}'"
    if value == 0:
        return _MISSING
    if value.is_integer() and _YEARS[0] <= value <= _YEARS[1]:
        return Parsed(
            date(int(value), 12, 31), reason=f"{shown} is a year; read as 31.12.{int(value)}"
        )
    if _EXCEL_SERIALS[0] <= value <= _EXCEL_SERIALS[1]:
        return Parsed(_EXCEL_EPOCH + timedelta(days=int(value)))
    return Parsed(None, "bad-date", f"{shown} is neither a year nor an Excel date; {_FIX_DATE}")


def parse_date(value: object) -> Parsed[date]:
    """A contract end date, day first; open-ended wording sets `open_ended`, never a date."""
    if value is None:
        return _MISSING
    if isinstance(value, datetime):
        return Parsed(value.date())
    if isinstance(value, date):
        return Parsed(value)
    if isinstance(value, bool):
        return Parsed(None, "bad-date", f"'{value}' is a yes/no value, not a date")
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            return _MISSING if math.isnan(value) else Parsed(None, "bad-date", "not a date")
        return _date_from_number(float(value))
    text = str(value)
    prepared = _prepare(text)
    if _is_placeholder(prepared) or prepared == "0":
        return _MISSING
    shown = _shown(text)
    if _OPEN_ENDED.search(prepared):
        rest = _OPEN_ENDED.sub(" ", prepared)
        note = (
            f"{shown} is open-ended; the rest of it is not read"
            if any(c.isdigit() for c in rest)
            else ""
        )
        return Parsed(None, reason=note, open_ended=True)
    matches = list(_DATE.finditer(prepared))
    joined_range = len(matches) == 2 and _DATE_RANGE_JOIN.fullmatch(
        prepared, matches[0].end(), matches[1].start()
    )
    if not matches or (len(matches) > 1 and not joined_range):
        return Parsed(None, "bad-date", f"{shown} is not a date; {_FIX_DATE}")
    outside = prepared[: matches[0].start()] + " " + prepared[matches[-1].end() :]
    if not _DATE_WORDS.fullmatch(outside):
        return Parsed(None, "bad-date", f"{shown} is not a date; {_FIX_DATE}")
    read = [_date_of(match) for match in matches]
    for found in read:
        if found == "ambiguous-date":
            return Parsed(
                None,
                "ambiguous-date",
                f"{shown} has day and month in an unclear order; {_FIX_DATE}",
            )
        if isinstance(found, str):
            return Parsed(None, "bad-date", f"{shown} is not a valid date; {_FIX_DATE}")
    start, end = read[0], read[-1]
    assert isinstance(start, date) and isinstance(end, date)  # problems returned above
    if len(read) == 2:
        if start > end:
            return Parsed(None, "bad-range", f"{shown} is a period that ends before it starts")
        return Parsed(end, reason=f"{shown} is a period; read its end {end:%d.%m.%Y}")
    if matches[0].group("y"):
        return Parsed(end, reason=f"{shown} is a year; read as 31.12.{end.year}")
    return Parsed(end)


# --- lists --------------------------------------------------------------------------

_LIST_SEPARATOR = re.compile(r";|\r\n|[\n\r\u2028\u2029]|(?<![0-9]),|,(?![0-9])|\s+/\s*|/\s+")
_WRAPPED = re.compile(r"(?:(?<![^\W\d_])(?:ja|sekä|tai|och|eller|samt|and|or)|[^\W\d_]-)[ \t]*$")
_BULLET = re.compile(r"^\s*[-•*·‣◦]\s+")
_OPENING, _CLOSING = "([{", ")]}"


_BREAKS = frozenset("\r\n\u2028\u2029")


def _top_level_cuts(text: str) -> list[tuple[int, int]]:
    """Separator spans outside brackets and not at a wrapped line, in order.

    A line break after "ja"/"och"/"and" or a hyphen continues a phrase, not a list.
    """
    cuts = []
    for m in _LIST_SEPARATOR.finditer(text):
        start, end = m.span()
        if text[start] in _BREAKS and _WRAPPED.search(text, 0, start):
            continue
        cuts.append((start, end))
    if not cuts or ("(" not in text and "[" not in text and "{" not in text):
        return cuts
    depth_at = []
    depth = 0
    for char in text:
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(0, depth - 1)
        depth_at.append(depth)
    return [(start, end) for start, end in cuts if depth_at[start] == 0]


@lru_cache(maxsize=65_536)
def _list_item(text: str) -> str | None:
    """One list item tidied; cached, as the same department recurs across many lists."""
    return _tidy(_BULLET.sub("", text))


def split_list(value: object) -> tuple[str, ...]:
    """Items of a list cell ("Sote; Opev", "a\\nb"), never split inside brackets."""
    raw = _as_text(value)
    if raw is None:
        return ()
    text = _unescape(raw)
    cuts = _top_level_cuts(text)
    if not cuts:  # one item: most list cells name one organisation
        item = _list_item(text)
        return () if item is None else (item,)
    items: list[str] = []
    seen: set[str] = set()
    start = 0
    cuts.append((len(text), len(text)))
    for cut_start, cut_end in cuts:
        item = _list_item(text[start:cut_start])
        start = cut_end
        if item is None:
            continue
        folded = item.casefold()
        if folded not in seen:
            seen.add(folded)
            items.append(item)
    return tuple(items)
