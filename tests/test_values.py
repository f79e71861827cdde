"""Cell value parsers: every documented case, then invariants with hypothesis."""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dedup.inventory.values import (
    Parsed,
    clean_text,
    is_missing,
    parse_count,
    parse_date,
    parse_money,
    split_list,
)

NBSP, NARROW_NBSP, THIN = "\u00a0", "\u202f", "\u2009"

# --- missing and text -------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [None, "", "   ", "\n", "-", "–", "—", "--", "?", "??", "...", "0", 0, 0.0, float("nan"),
     "ei tiedossa", "Ei tiedossa.", "ei tietoa", "tuntematon", "okänd", "saknas", "n/a",
     "N/A", "#N/A", "na", "unknown", "TBD", "&nbsp;", "täydennetään", "(tyhjä)", "Fylls i",
     "To be completed"],
)  # fmt: skip
def test_missing_text(value):
    assert is_missing(value)
    assert clean_text(value) is None


@pytest.mark.parametrize(
    "value", ["x", "X", "ei", "kyllä", "1", 1, "Ahjo", "TBD-projekti", "-5", True]
)
def test_not_missing(value):
    """A lone X marks "yes" in Helsinki 2013 flag columns; it is a value."""
    assert not is_missing(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  Ahjo  ", "Ahjo"),
        (f"12{NBSP}500{NARROW_NBSP}x{THIN}y", "12 500 x y"),
        ("käyttö.&nbsp;Patiolla.fi &amp; muut", "käyttö. Patiolla.fi & muut"),
        ("rivi 1\nrivi 2\r\n  rivi 3", "rivi 1 rivi 2 rivi 3"),
        ("Cafe\u0301", "Café"),  # NFC
        ("zero\u200bwidth", "zerowidth"),
        (2019.0, "2019"),
        (12.5, "12.5"),
        (42, "42"),
        (date(2025, 1, 2), "2025-01-02"),
        (datetime(2025, 1, 2, 13, 30), "2025-01-02 13:30:00"),
    ],
)
def test_clean_text(value, expected):
    assert clean_text(value) == expected


# --- money --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (12500, 12500.0),
        (12500.5, 12500.5),
        (0, 0.0),
        ("0", 0.0),
        ("0,00 €", 0.0),
        ("12500", 12500.0),
        ("12 500 €", 12500.0),
        ("12 500,50", 12500.5),
        ("12 500,50 €", 12500.5),
        (f"12{NBSP}500", 12500.0),
        (f"12{NARROW_NBSP}500,50{NBSP}€", 12500.5),
        (f"1{THIN}200{THIN}000", 1200000.0),
        ("12,5 k€", 12500.0),
        ("12,5 t€", 12500.0),
        ("12,5k€", 12500.0),
        ("12,5 keur", 12500.0),
        ("1,2 M€", 1200000.0),
        ("2 MEUR", 2000000.0),
        ("1,5 milj. €", 1500000.0),
        ("EUR 1,200.00", 1200.0),
        ("EUR1,234.50", 1234.5),
        ("€1,200", 1200.0),
        ("€ 1,200,000", 1200000.0),
        ("1.200,00", 1200.0),
        ("1.200.000", 1200000.0),
        ("1,200,000", 1200000.0),
        ("0,500", 0.5),
        ("1234,567", 1234.567),
        ("12,50", 12.5),
        ("n. 5000 €", 5000.0),
        ("noin 5000", 5000.0),
        ("ca 3000e", 3000.0),
        ("~5000", 5000.0),
        ("5000 €/v", 5000.0),
        ("5000 e/vuosi", 5000.0),
        ("5 000 euroa", 5000.0),
        ("5 000 € vuodessa", 5000.0),
        ("5000 € p.a.", 5000.0),
        ("5000 EUR per year", 5000.0),
        ("500,-", 500.0),
        ("500:-", 500.0),
        ("5000 € (alv 0 %)", 5000.0),
        ("5000 € + alv 24 %", 5000.0),
        ("yhteensä 5000 €", 5000.0),
        ("5000 &euro;", 5000.0),
    ],
)
def test_money_values(value, expected):
    parsed = parse_money(value)
    assert parsed == Parsed(expected), parsed


@pytest.mark.parametrize(
    ("value", "expected", "note"),
    [
        ("alle 1000", 1000.0, "upper bound"),
        ("max 1000 €", 1000.0, "upper bound"),
        ("yli 1000 €", 1000.0, "lower bound"),
        ("1000+", 1000.0, "lower bound"),
        ("300-400 €", 350.0, "midpoint 350"),
        ("1 000 – 2 000 €", 1500.0, "midpoint 1500"),
        ("n. 5-10 k€", 7500.0, "midpoint 7500"),
        ("500 €/kk", 6000.0, "12 × 500 = 6000 per year"),
        ("500 €/kuukausi", 6000.0, "per month"),
        ("500 € / month", 6000.0, "per month"),
        ("1 200 € per month", 14400.0, "12 × 1200 = 14400"),
        ("500 kr/mån", None, None),
    ],
)
def test_money_read_with_a_note(value, expected, note):
    """Bounds, ranges and monthly sums are read, never silently: the note says how."""
    parsed = parse_money(value)
    if expected is None:
        assert parsed.problem == "not-euro"
        return
    assert parsed.value == expected
    assert parsed.problem is None
    assert note in parsed.reason


@pytest.mark.parametrize(
    "value", [None, "", " ", "-", "–", "?", "ei tiedossa", "n/a", float("nan")]
)
def test_money_missing_is_not_zero(value):
    assert parse_money(value) == Parsed(None)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("12,5,0 €", "bad-number"),
        ("12 50", "bad-number"),
        ("1 2345", "bad-number"),
        ("1,200", "ambiguous-number"),
        ("1.200", "ambiguous-number"),
        ("1,200 €", "ambiguous-number"),
        ("€1.200", "ambiguous-number"),
        ("-500", "negative-money"),
        ("\u2212500 €", "negative-money"),
        ("–500", "negative-money"),
        ("€ -1,200", "negative-money"),
        (-1, "negative-money"),
        (-0.5, "negative-money"),
        ("sisältyy", "not-a-number"),
        ("kaikki", "not-a-number"),
        ("#REF!", "not-a-number"),
        ("palvelumaksu 5000", "bad-number"),
        ("5000 € + 200 €/kk", "bad-number"),
        ("100, 200", "bad-number"),
        ("31.12.2025", "bad-number"),
        ("400-300", "bad-range"),
        ("95 €/h", "not-annual"),
        ("100 €/päivä", "not-annual"),
        ("100 € / käyttäjä", "not-annual"),
        ("5000 € kertamaksu", "not-annual"),
        ("$500", "not-euro"),
        ("1000 SEK", "not-euro"),
        ("5 tkr", "not-euro"),
        ("alle yli 1000", "bad-number"),
        ("500 €/kk/v", "bad-number"),
        (True, "bad-number"),
        (date(2025, 1, 1), "bad-number"),
        (float("inf"), "bad-number"),
        ("9" * 40, "bad-number"),
        ("yli " + "9" * 40, "bad-number"),
    ],
)
def test_money_problems(value, problem):
    parsed = parse_money(value)
    assert parsed.value is None
    assert parsed.problem == problem
    assert parsed.reason


def test_money_reasons_quote_the_cell_and_say_what_to_write():
    assert parse_money("12,5,0 €").reason == (
        "'12,5,0 €' is not a number; write e.g. 12 500 or 12500,50"
    )
    assert "1 200" in parse_money("1,200").reason
    assert "'sisältyy'" in parse_money("sisältyy").reason


# --- counts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (300, 300),
        (300.0, 300),
        (0, 0),
        ("0", 0),
        ("300", 300),
        ("n. 300", 300),
        ("noin 300", 300),
        ("~300", 300),
        ("ca. 300", 300),
        ("1 200", 1200),
        (f"1{NBSP}200", 1200),
        ("1,200", 1200),  # a count has no decimals, so the comma groups thousands
        ("1.200", 1200),
        ("300 käyttäjää", 300),
        ("300 users", 300),
        ("n. 2 000 hlö", 2000),
        ("50 kpl", 50),
        ("120 användare", 120),
        ("10k", 10000),
    ],
)
def test_count_values(value, expected):
    assert parse_count(value) == Parsed(expected)


@pytest.mark.parametrize(
    ("value", "expected", "note"),
    [
        ("yli 1000", 1000, "lower bound"),
        ("alle 50", 50, "upper bound"),
        ("max 20", 20, "upper bound"),
        ("300-400", 350, "midpoint 350"),
        ("300–400", 350, "midpoint 350"),
        ("300 - 400 users", 350, "midpoint 350"),
        ("301-400", 351, "midpoint 351"),  # half rounds up
    ],
)
def test_count_read_with_a_note(value, expected, note):
    parsed = parse_count(value)
    assert (parsed.value, parsed.problem) == (expected, None)
    assert note in parsed.reason


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("kaikki", "not-a-number"),
        ("all staff", "not-a-number"),
        ("1,5", "bad-number"),
        (300.5, "bad-number"),
        ("300 €", "bad-number"),
        ("300 / kk", "bad-number"),
        ("300 40", "bad-number"),
        ("-5", "negative-count"),
        (-5, "negative-count"),
        ("400-300", "bad-range"),
        (True, "bad-number"),
        ("yli " + "9" * 40, "bad-number"),
    ],
)
def test_count_problems(value, problem):
    parsed = parse_count(value)
    assert (parsed.value, parsed.problem) == (None, problem)
    assert parsed.reason


@pytest.mark.parametrize("value", [None, "", "-", "?", "ei tiedossa", "unknown"])
def test_count_missing(value):
    assert parse_count(value) == Parsed(None)


# --- dates --------------------------------------------------------------------------

END_2025 = date(2025, 12, 31)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (date(2025, 1, 2), date(2025, 1, 2)),
        (datetime(2025, 1, 2, 13, 0), date(2025, 1, 2)),
        (45657, date(2024, 12, 31)),  # Excel serial, 1900 date system
        (45657.75, date(2024, 12, 31)),  # serial with a time of day
        (25569, date(1970, 1, 1)),
        ("31.12.2025", END_2025),
        ("31.12.2025.", END_2025),
        ("31. 12. 2025", END_2025),
        ("31.12.25", END_2025),  # two-digit year means 20YY
        ("1.1.2026", date(2026, 1, 1)),
        ("2025-12-31", END_2025),
        ("2025-12-31 00:00:00", END_2025),
        ("2025-12-31T00:00:00", END_2025),
        ("31/12/2025", END_2025),  # day over 12: only one reading
        ("31-12-2025", END_2025),
        ("5/5/2025", date(2025, 5, 5)),  # day equals month: the order cannot matter
        ("12/2025", END_2025),
        ("12.2025", END_2025),
        ("2/2024", date(2024, 2, 29)),
        ("2025-12", END_2025),
        ("2025 Q4", END_2025),
        ("Q1/2026", date(2026, 3, 31)),
        ("joulukuu 2025", END_2025),
        ("31. joulukuuta 2025", END_2025),
        ("December 31, 2025", END_2025),
        ("Dec 2025", END_2025),
        ("mars 2026", date(2026, 3, 31)),
        ("3 maj 2026", date(2026, 5, 3)),
        ("31.12.2025 asti", END_2025),
        ("päättyy 31.12.2025", END_2025),
        ("31-Dec-25", END_2025),  # a spreadsheet's d-mmm-yy
        ("31-Dec-2025", END_2025),
    ],
)
def test_date_values(value, expected):
    assert parse_date(value) == Parsed(expected)


@pytest.mark.parametrize(
    ("value", "expected", "note"),
    [
        (2025, END_2025, "is a year"),
        (2025.0, END_2025, "is a year"),
        ("2025", END_2025, "is a year"),
        ("2020-2025", END_2025, "is a period"),
        ("1.1.2020–31.12.2025", END_2025, "is a period"),
        ("2020 - 31.12.2025", END_2025, "is a period"),
    ],
)
def test_date_read_with_a_note(value, expected, note):
    parsed = parse_date(value)
    assert (parsed.value, parsed.problem) == (expected, None)
    assert note in parsed.reason


@pytest.mark.parametrize(
    "value",
    ["toistaiseksi", "Toistaiseksi voimassa", "voimassa toistaiseksi", "until further notice",
     "tills vidare", "Tillsvidare", "open-ended", "jatkuva", "rolling", "Rolling contract",
     "evergreen", "auto-renews"],
)  # fmt: skip
def test_date_open_ended(value):
    assert parse_date(value) == Parsed(None, open_ended=True)


def test_date_open_ended_says_when_it_ignores_figures():
    parsed = parse_date("toistaiseksi, irtisanomisaika 6 kk")
    assert (parsed.value, parsed.problem, parsed.open_ended) == (None, None, True)
    assert "not read" in parsed.reason


@pytest.mark.parametrize("value", [None, "", "-", "?", "ei tiedossa", "0", 0, float("nan"), "TBC"])
def test_date_missing(value):
    assert parse_date(value) == Parsed(None)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("12/31/2025", "ambiguous-date"),  # month first (US): never read
        ("12-31-2025", "ambiguous-date"),
        ("5/6/2025", "ambiguous-date"),  # 5 June or 6 May
        ("31.2.2025", "bad-date"),
        ("29.2.2025", "bad-date"),
        ("32.1.2025", "bad-date"),
        ("13.2025", "bad-date"),
        ("1066", "bad-date"),
        ("12", "bad-date"),
        (12, "bad-date"),
        (1000000, "bad-date"),
        ("kevät 2025", "bad-date"),
        ("31.12.2025 + optio 2 v", "bad-date"),
        ("31.12.2025 tai 31.12.2026", "bad-date"),
        ("2025-2020", "bad-range"),
        (True, "bad-date"),
        ("pian", "bad-date"),
    ],
)
def test_date_problems(value, problem):
    parsed = parse_date(value)
    assert (parsed.value, parsed.problem, parsed.open_ended) == (None, problem, False)
    assert parsed.reason


# --- lists --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Sote; Opev", ("Sote", "Opev")),
        ("Sote, Opev", ("Sote", "Opev")),
        ("Sote / Opev", ("Sote", "Opev")),
        ("a\nb", ("a", "b")),
        ("a\r\nb\r\n", ("a", "b")),
        ("- Sote\n- Opev", ("Sote", "Opev")),
        (
            "Tilojen- ja varaustenhallintajärjestelmä (Timmi, Varaamo)",
            ("Tilojen- ja varaustenhallintajärjestelmä (Timmi, Varaamo)",),
        ),
        ("A (x; y), B [c, d]", ("A (x; y)", "B [c, d]")),
        ("TCP/IP, SMTP", ("TCP/IP", "SMTP")),
        ("versio 1,5, versio 2", ("versio 1,5", "versio 2")),
        ("Sote, sote, -, 0, Opev, ei tiedossa", ("Sote", "Opev")),
        ("A &amp; B; C&nbsp;D", ("A & B", "C D")),
        ("Opev,,  ;Sote", ("Opev", "Sote")),
        ("RTO, STO", ("RTO", "STO")),
        ("LakiUutiset: Työoikeus ja\nvero-oikeus.", ("LakiUutiset: Työoikeus ja vero-oikeus.",)),
        ("kameravalvon-\ntajärjestelmä", ("kameravalvon- tajärjestelmä",)),
        ("Sote -\nOpev", ("Sote -", "Opev")),
        ("Raja\nOpev", ("Raja", "Opev")),
        ("Timmi (Varaamo, Respa", ("Timmi (Varaamo, Respa",)),
        ("x", ("x",)),
        ("", ()),
        (None, ()),
        ("0", ()),
        (" - ", ()),
    ],
)
def test_split_list(value, expected):
    assert split_list(value) == expected


# --- invariants ---------------------------------------------------------------------


@st.composite
def money(draw) -> Decimal:
    """A non-negative amount with cents, whole amounts often written without decimals."""
    amount = draw(st.decimals(min_value=0, max_value=10**12, places=2))
    whole = amount.quantize(Decimal(1))
    return whole if amount == whole and draw(st.booleans()) else amount


def finnish(amount: Decimal, euro_sign: bool) -> str:
    """12 345,5 € style: space-grouped thousands, comma decimals."""
    text = f"{amount:,}".replace(",", " ").replace(".", ",")
    return text + (" €" if euro_sign else "")


@given(money(), st.booleans(), st.sampled_from([" ", "\u00a0", "\u202f", "\u2009"]))
def test_finnish_money_round_trips(amount, euro_sign, space):
    text = finnish(amount, euro_sign).replace(" ", space)
    assert parse_money(text) == Parsed(float(amount))


@given(money(), st.sampled_from(["EUR {}", "EUR{}", "€{}", "€ {}", "{} EUR"]))
def test_english_money_round_trips(amount, pattern):
    text = pattern.format(f"{amount:,}")
    parsed = parse_money(text)
    if pattern.startswith("{}") and re.search(r"^\d{1,3},\d{3}$", f"{amount:,}"):
        assert parsed.problem == "ambiguous-number"  # no leading currency: 1,200 is unclear
    else:
        assert parsed == Parsed(float(amount))


@given(st.integers(min_value=0, max_value=10**9))
def test_counts_round_trip(count):
    assert parse_count(f"{count:,}".replace(",", " ")) == Parsed(count)
    assert parse_count(count) == Parsed(count)


@given(st.dates(min_value=date(1000, 1, 1)))
def test_dates_round_trip(day):
    assert parse_date(f"{day.day}.{day.month}.{day.year}") == Parsed(day)
    assert parse_date(day.isoformat()) == Parsed(day)


CELLS = st.one_of(
    st.none(),
    st.text(),
    st.text(alphabet="0123456789 ,.-–€kKtM/€eurovkn~<>+()"),
    st.floats(),
    st.integers(),
    st.booleans(),
    st.dates(),
)


@given(CELLS)
def test_parsers_never_raise_and_problems_are_explained(value):
    for parse in (parse_money, parse_count, parse_date):
        parsed = parse(value)
        assert isinstance(parsed, Parsed)
        if parsed.problem is not None:
            assert parsed.value is None
            assert re.fullmatch(r"[a-z]+(-[a-z]+)*", parsed.problem)
            assert parsed.reason
    assert parse_money(value).value is None or parse_money(value).value >= 0
    assert parse_count(value).value is None or parse_count(value).value >= 0


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _is_subsequence(part: str, whole: str) -> bool:
    rest = iter(whole)
    return all(char in rest for char in part)


@given(st.one_of(st.text(), st.text(alphabet="ab ,;/\n()[]-0?x&;amp")))
def test_split_list_items_are_clean_and_come_from_the_input(text):
    items = split_list(text)
    source = unicodedata.normalize("NFC", html.unescape(text))
    assert all(item and item == item.strip() for item in items)
    assert len({item.casefold() for item in items}) == len(items)
    assert _is_subsequence(_squeeze("".join(items)), _squeeze(source))
