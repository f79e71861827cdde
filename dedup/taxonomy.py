"""Reference list of municipal functions and a classifier from free-text purposes to functions.

Inventories describe what a system is for in free Finnish, Swedish or English text
("Asian- ja asiakirjanhallinta-järjestelmä", "lönehantering", "room booking"). The
classifier maps each text to zero or more `Function`s by looking up term stems, so the
overlap stage can see that two departments' differently named systems serve one function.

Term syntax in ``functions.toml`` (after the same normalisation as the text):

- ``stem`` of 5+ characters matches anywhere inside a word (compounds, inflections:
  "asianhallin" finds "asianhallintajärjestelmä" and "sähköisen asianhallinnan");
- ``stem`` of 4 characters matches at the start of a word only;
- a stem of 1-3 characters, or one written ``=word``, matches a whole word only;
- ``^stem`` matches at the start of a word only, whatever its length;
- ``two words`` matches consecutive words, each a prefix (the first as a stem above);
- ``!stem`` (or ``!two words``) suppresses this function where it overlaps a match of it
  (a known false friend: ``!palkkatu`` keeps wage *subsidy* out of payroll);
- ``~stem`` is a generic word ("maksatus", "laskutus"): its function counts only when the
  text names no other function, so "Avustusten haku ja maksatus" is grants, not payments.
  A word that says where or for whom ("kirjastoissa", "nuorisojärjestöille", "in
  libraries") counts the same way: "Asiakastulostus kirjastoissa" is printing.

Words within three after an integration cue ("Integroitu talousjärjestelmään", "interface
to payroll") name another system, not this one's purpose, and are not classified.

Hyphens split compounds ("HR-työpöytä" is "hr" + "työpöytä", and also "hrtyöpöytä"), and a
truncated part is completed from the next word: "Asian- ja asiakirjanhallinta" also yields
"asianhallinta", tried only where a Finnish compound part can begin (a syllable boundary).

Where one match lies inside a longer one (``laskut`` inside ``ostolaskut``), only the
longer counts, so specific terms override general ones.
"""

from __future__ import annotations

import html
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from dedup.errors import ConfigError
from dedup.model import Function, FunctionId

__all__ = [
    "Classification",
    "Classifier",
    "Match",
    "default_functions_path",
    "load_functions",
    "normalise",
]

INFIX_MIN = 5
"""Stems at least this long may match inside a compound word; shorter ones would misfire."""

_HEAD = 3
"""Stems are bucketed by their first characters, so most positions in a word cost one look-up."""

EXACT_MAX = 3
"""Stems this short match whole words only ("ad", "crm", "gis")."""

_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_KEYS = {"id", "fi", "sv", "en", "domain", "basic_it", "deployment", "jhs200", "terms"}
_REQUIRED = ("id", "fi", "sv", "en", "domain", "basic_it")
_DASH = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2212]")
_WORD = re.compile(r"[^\W_]+")
_JOINED_CONJUNCTION = re.compile(r"(?<=\w)-(ja|tai|sekä|och|eller)\b")
_CONJUNCTIONS = frozenset({"ja", "tai", "sekä", "och", "eller", "samt", "and", "or"})


def default_functions_path() -> Path:
    """The shipped reference list, beside this module so it installs with the package."""
    return Path(__file__).parent / "data" / "functions.toml"


# --------------------------------------------------------------------------- loading


def load_functions(path: Path | None = None, extra: Path | None = None) -> tuple[Function, ...]:
    """Read the reference list, then let a user's file add functions or replace them by id.

    Raises `ConfigError` naming the file and entry for anything malformed, so a typo in a
    user file never silently drops a function.
    """
    functions = _read_functions_file(path or default_functions_path())
    if extra is None:
        return functions
    by_id = {f.id: f for f in functions}
    for function in _read_functions_file(extra):
        by_id[function.id] = function
    return tuple(by_id.values())


def _read_functions_file(path: Path) -> tuple[Function, ...]:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: functions file not found") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read functions file: {err}") from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: not valid TOML: {err}") from None
    entries = data.get("function")
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{path}: expected one or more [[function]] tables")
    functions: list[Function] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        function = _parse_entry(path, number, entry)
        if function.id in seen:
            raise ConfigError(f"{path}: function #{number} ({function.id}): duplicate id")
        seen.add(function.id)
        functions.append(function)
    return tuple(functions)


def _parse_entry(path: Path, number: int, entry: object) -> Function:
    where = f"{path}: function #{number}"
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected a table")
    if isinstance(entry.get("id"), str):
        where = f"{where} ({entry['id']})"
    unknown = sorted(set(entry) - _KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}")
    for key in _REQUIRED:
        if key not in entry:
            raise ConfigError(f"{where}: missing '{key}'")
    for key in ("id", "fi", "sv", "en", "domain"):
        if not isinstance(entry[key], str) or not entry[key].strip():
            raise ConfigError(f"{where}: '{key}' must be a non-empty string")
    if not _ID_PATTERN.match(entry["id"]):
        raise ConfigError(f"{where}: id must be lowercase words joined by '-'")
    if not isinstance(entry["basic_it"], bool):
        raise ConfigError(f"{where}: 'basic_it' must be true or false")
    if not isinstance(entry.get("deployment", False), bool):
        raise ConfigError(f"{where}: 'deployment' must be true or false")
    jhs200 = entry.get("jhs200")
    if jhs200 is not None and (not isinstance(jhs200, str) or not jhs200.strip()):
        raise ConfigError(f"{where}: 'jhs200' must be a non-empty string when given")
    terms = entry.get("terms", [])
    if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
        raise ConfigError(f"{where}: 'terms' must be a list of strings")
    for term in terms:
        problem = _term_problem(term)
        if problem:
            raise ConfigError(f"{where}: term {term!r} {problem}")
    return Function(
        id=FunctionId(entry["id"]),
        label_fi=entry["fi"].strip(),
        label_sv=entry["sv"].strip(),
        label_en=entry["en"].strip(),
        domain=entry["domain"].strip(),
        basic_it=entry["basic_it"],
        deployment=entry.get("deployment", False),
        terms=tuple(terms),
        jhs200=jhs200.strip() if jhs200 else None,
    )


def _term_problem(term: str) -> str | None:
    words = _term_words(term)
    if not words:
        return "has no letters or digits"
    return None


# --------------------------------------------------------------------------- normalising


def normalise(text: str) -> str:
    """Lowercase, NFKC, decode HTML entities and unify dashes: the form terms are matched in."""
    if "&" in text:
        text = html.unescape(html.unescape(text))
    text = unicodedata.normalize("NFKC", text).lower()
    return _DASH.sub("-", text) if _DASH.search(text) else text


def _term_words(term: str) -> list[str]:
    body = normalise(term).lstrip("!~=^ ")
    return [w for w in re.split(r"[^\w]+|_", body) if w]


class _Word(NamedTuple):
    text: str
    start: int
    """Offset of the word in the text's words joined by spaces (for spans of matches)."""
    index: int
    """Position among the text's real words (for phrases)."""
    junction: int = 0
    """For a built word ("asian" + "hallinta"): length of the first part; matches must cross it."""


def _words(text: str) -> list[_Word]:
    """Real words, plus built words for compounds split by a hyphen.

    "asianhallinta-järjestelmä" also yields "asianhallintajärjestelmä"; a truncated part
    as in "Asian- ja asiakirjanhallinta" yields "asian" + every tail of the next full word,
    one of which is "asianhallinta".
    """
    text = normalise(text)
    if "-" not in text:
        real = []
        offset = 0
        for index, piece in enumerate(_WORD.findall(text)):
            real.append(_Word(piece, offset, index))
            offset += len(piece) + 1
        return real
    text = _JOINED_CONJUNCTION.sub(r"- \1", text)
    real = []
    built: list[_Word] = []
    pending: list[_Word] = []
    offset = 0
    previous_end = -2
    for found in _WORD.finditer(text):
        piece = found.group()
        start, end = found.span()
        word = _Word(piece, offset, len(real))
        offset += len(piece) + 1
        if previous_end == start - 1 and text[start - 1] == "-":
            head = real[-1]
            built.append(_Word(head.text + piece, head.start, head.index, len(head.text)))
        real.append(word)
        if text[end : end + 1] == "-" and not text[end + 1 : end + 2].isalnum():
            pending.append(word)
        elif pending and piece not in _CONJUNCTIONS:
            for head in pending:
                built.extend(
                    _Word(head.text + piece[k:], head.start, head.index, len(head.text))
                    for k in range(2, len(piece) - 3)
                    if _may_start_compound_part(piece, k)
                )
            pending = []
        previous_end = end
    return real + built


_VOWELS = frozenset("aeiouyåäöéü")


def _may_start_compound_part(word: str, k: int) -> bool:
    """Compound parts start at a syllable boundary: consonant + vowel ("…n|hallinta"),
    or a vowel after a vowel; this keeps "henkilö-" from joining "kiintei|stötietoja".
    """
    first, second, before = word[k], word[k + 1], word[k - 1]
    if first in _VOWELS:
        return before in _VOWELS and before != first
    return first.isalpha() and second in _VOWELS


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True, slots=True)
class Match:
    """One function found in a text, with the term that found it and the word it was in."""

    function: FunctionId
    term: str
    """The term as written in the functions file."""
    found: str
    """The (normalised) word or words of the text the term matched."""


@dataclass(frozen=True, slots=True)
class Classification:
    """Functions of one system, and which of its text fields they came from."""

    functions: tuple[FunctionId, ...]
    matches: tuple[Match, ...]
    field: str | None
    """`purpose`, `description` or `name`; None when no field mapped to any function."""


@dataclass(frozen=True, slots=True)
class _Term:
    function: FunctionId
    raw: str
    words: tuple[str, ...]
    mode: str
    """`infix`, `prefix` or `exact`: where the first word may match inside a text word."""
    exclude: bool
    weak: bool = False
    """A generic word ("maksatus", "laskutus"): counts only when nothing else is found."""


class _Hit(NamedTuple):
    start: int
    end: int
    term: _Term
    found: str
    order: tuple[int, int]
    head: bool = False
    """Matched the end part of a compound word (see `_is_head`)."""


def _compile_term(function: FunctionId, raw: str) -> _Term:
    text = raw.strip()
    exclude = text.startswith("!")
    text = text.lstrip("!")
    weak = text.startswith("~")
    text = text.lstrip("~")
    words = tuple(_term_words(text))
    if text.startswith("="):
        mode = "exact"
    elif text.startswith("^"):
        mode = "prefix"
    elif len(words[0]) <= EXACT_MAX:
        mode = "exact"
    elif len(words[0]) < INFIX_MIN:
        mode = "prefix"
    else:
        mode = "infix"
    if len(words[0]) < _HEAD:
        mode = "exact"  # too short to bucket by its head, and too short to be a safe stem
    return _Term(function, raw, words, mode, exclude, weak)


class Classifier:
    """Maps texts to functions; build once from the reference list, then classify many texts.

    Notes
    -----
    Stems are held in one dictionary; a word is scanned once for every start position and
    stem length (O(len(word) x distinct stem lengths)), and each distinct word's result is
    cached, so classifying a text costs a few dictionary look-ups per word, not a pass over
    every function's patterns.
    """

    def __init__(self, functions: Iterable[Function]):
        self.functions: tuple[Function, ...] = tuple(functions)
        self._order = {f.id: n for n, f in enumerate(self.functions)}
        self._exact: dict[str, list[_Term]] = {}
        self._stems: dict[str, list[_Term]] = {}
        by_head: dict[str, set[int]] = {}
        for function in self.functions:
            for raw in function.terms:
                term = _compile_term(function.id, raw)
                first = term.words[0]
                if term.mode == "exact":
                    self._exact.setdefault(first, []).append(term)
                else:
                    self._stems.setdefault(first, []).append(term)
                    by_head.setdefault(first[:_HEAD], set()).add(len(first))
        self._lengths_by_head = {head: tuple(sorted(n)) for head, n in by_head.items()}
        self._word_cache: dict[object, tuple[tuple[int, int, _Term], ...]] = {}

    @classmethod
    def from_functions(cls, functions: Iterable[Function]) -> Classifier:
        return cls(functions)

    # -- public API ----------------------------------------------------------------

    def classify(self, text: str | None) -> tuple[Match, ...]:
        """Functions the text speaks of, in the order they first appear, one match each."""
        if not text:
            return ()
        words = _words(text)
        hits = self._hits(words)
        if hits and _REFERS_TO.search(text):
            hits = _drop_referred(hits, words)
        exclusions = [h for h in hits if h.term.exclude]
        kept = [
            h for h in hits
            if not h.term.exclude
            and not any(e.term.function == h.term.function and e.start < h.end
                        and h.start < e.end for e in exclusions)
        ]  # fmt: skip
        hits = _drop_contained(_drop_genitive_modifiers(_drop_modifiers(kept), words))
        context = _context_words(
            words,
            {h.order[0] for h in hits},
            _aside_words(text) if "(" in text or ">" in text or "→" in text else set(),
        )
        strong = {h.term.function for h in hits
                  if not h.term.weak and h.order[0] not in context}  # fmt: skip
        if strong:
            hits = [h for h in hits if h.term.function in strong]
        best: dict[FunctionId, _Hit] = {}
        for hit in hits:  # per function its first specific hit; a generic one only if no other
            current = best.get(hit.term.function)
            if current is None or (hit.term.weak, hit.order, current.end - current.start) < (
                current.term.weak,
                current.order,
                hit.end - hit.start,
            ):
                best[hit.term.function] = hit
        ordered = sorted(best.values(), key=lambda h: (h.order, self._order[h.term.function]))
        return tuple(Match(h.term.function, h.term.raw, h.found) for h in ordered)

    def classify_many(self, texts: Iterable[str | None]) -> dict[str, tuple[Match, ...]]:
        """Classify each distinct text once; keys are the texts as given."""
        result: dict[str, tuple[Match, ...]] = {}
        for text in texts:
            if text is not None and text not in result:
                result[text] = self.classify(text)
        return result

    def classify_system_texts(
        self, purpose: str | None, description: str | None = None, name: str | None = None
    ) -> Classification:
        """Purpose first; only when it maps to nothing, the description, then the name."""
        for field, text in (("purpose", purpose), ("description", description), ("name", name)):
            matches = self.classify(text)
            if matches:
                return Classification(tuple(m.function for m in matches), matches, field)
        return Classification((), (), None)

    def unmapped_report(
        self, texts_with_counts: Mapping[str, int] | Iterable[tuple[str, int]]
    ) -> list[tuple[str, int]]:
        """Texts with letters that map to no function, most frequent first, to show what to add."""
        items = (
            texts_with_counts.items()
            if isinstance(texts_with_counts, Mapping)
            else texts_with_counts
        )
        counts: dict[str, int] = {}
        for text, count in items:
            if text and any(ch.isalpha() for ch in text):
                counts[text] = counts.get(text, 0) + count
        unmapped = [(text, n) for text, n in counts.items() if not self.classify(text)]
        return sorted(unmapped, key=lambda item: (-item[1], item[0]))

    # -- internals -----------------------------------------------------------------

    def _word_stems(self, word: str, starts: int = 0) -> tuple[tuple[int, int, _Term], ...]:
        """Every (start, end, term) whose first word fits this word; cached per word.

        `starts` limits the start positions scanned (a built word only needs those
        before its junction); 0 means all.
        """
        key = (word, starts) if starts else word
        cached = self._word_cache.get(key)
        if cached is not None:
            return cached
        found = [(0, len(word), term) for term in self._exact.get(word, ())]
        stems = self._stems
        heads = self._lengths_by_head
        size = len(word)
        for start in range(starts or size):
            lengths = heads.get(word[start : start + _HEAD])
            if lengths is None:
                continue
            for length in lengths:
                end = start + length
                if end > size:
                    break
                for term in stems.get(word[start:end], ()):
                    if start == 0 or term.mode == "infix":
                        found.append((start, end, term))
        result = tuple(found)
        if len(self._word_cache) < 500_000:
            self._word_cache[key] = result
        return result

    def _hits(self, words: list[_Word]) -> list[_Hit]:
        plain = [w for w in words if not w.junction]
        hits: list[_Hit] = []
        for word in words:
            for start, end, term in self._word_stems(word.text, word.junction):
                if word.junction and not (start < word.junction < end):
                    continue
                head = _is_head(word, start, start + len(term.words[0]), term)
                if len(term.words) == 1:
                    if word.junction and term.exclude:
                        # a false friend spans both parts: "vtj-kysely" is no survey
                        span = (word.start + start, word.start + end + 1)
                    elif word.junction:
                        span = (word.start + start, word.start + word.junction)
                    else:
                        # a stem reaching the word's inflection stands for the rest of it
                        size = len(word.text)
                        reach = size if size - end <= HEAD_TAIL else end
                        span = (word.start + start, word.start + reach)
                    hits.append(_Hit(span[0], span[1], term, word.text, (word.index, start), head))
                    continue
                if word.junction:
                    continue
                tail = plain[word.index + 1 : word.index + len(term.words)]
                if len(tail) == len(term.words) - 1 and all(
                    w.text.startswith(t) for w, t in zip(tail, term.words[1:], strict=True)
                ):
                    last = tail[-1]
                    found = " ".join([word.text, *(w.text for w in tail)])
                    end = len(term.words[-1])
                    hits.append(
                        _Hit(
                            word.start + start,
                            last.start
                            + (len(last.text) if len(last.text) - end <= HEAD_TAIL else end),
                            term,
                            found,
                            (word.index, start),
                            head,
                        )
                    )
        return hits


HEAD_TAIL = 4
"""Letters an inflection may add after a stem that ends a compound ("kurssi|en")."""


def _is_head(word: _Word, start: int, end: int, term: _Term) -> bool:
    """Does a (non-generic) term match the end part of a compound word?

    Finnish and Swedish compounds put the head last: "liikuntakurssien" are courses,
    "nuorisotilojen varaukset" room bookings; the first part only says whose, so a
    function found only in the first part ("liikunta", "nuoriso") gives way
    (`_drop_modifiers`).
    """
    return (start > 0 and not word.junction and not term.weak and not term.exclude
            and len(word.text) - end <= HEAD_TAIL)  # fmt: skip


def _drop_modifiers(hits: list[_Hit]) -> list[_Hit]:
    """Drop hits lying wholly in the first part of a compound whose head matched another
    function. A longer term over the whole word ("sähköpostipalvelin") is not such a hit."""
    heads = [h for h in hits if h.head]
    if not heads:
        return hits
    return [
        x for x in hits
        if not any(h.order[0] == x.order[0] and x.end <= h.start
                   and h.term.function != x.term.function for h in heads)
    ]  # fmt: skip


def _is_genitive(word: str) -> bool:
    """A Finnish genitive ("henkilöstön", "ensihoidon"), not "-nen" nor English "-tion"."""
    return (len(word) >= 5 and word[-1] == "n" and word[-2] in _VOWELS
            and not word.endswith(("nen", "tion", "sion")))  # fmt: skip


def _genitive_heads(words: list[_Word]) -> dict[int, tuple[int, ...]]:
    """For each Finnish genitive, the words it modifies: the next word (with the parts
    hyphened to it), or in "X:n ja Y:n Z" every genitive of the chain and Z."""
    plain = [w for w in words if not w.junction]
    hyphened = {w.index for w in words if w.junction}
    heads: dict[int, tuple[int, ...]] = {}
    for w in plain:
        if not _is_genitive(w.text):
            continue
        after = plain[w.index + 1 : w.index + 2]
        if after and after[0].text in _CONJUNCTIONS:
            after = plain[w.index + 2 : w.index + 3]
            if not after or not _is_genitive(after[0].text):
                continue
        run = []
        for a in plain[after[0].index :] if after else ():
            if a.text not in _CONJUNCTIONS:
                run.append(a.index)
            if a.index in hyphened:
                continue  # "toiminta-avustukset": the head runs on over the hyphen
            if a.text not in _CONJUNCTIONS and not _is_genitive(a.text):
                break
        heads[w.index] = tuple(run)
    return heads


def _drop_genitive_modifiers(hits: list[_Hit], words: list[_Word]) -> list[_Hit]:
    """Drop hits in a Finnish genitive whose head names another function.

    The genitive says whose or where, the head what: "Hoitohenkilöstön työvuorolistat"
    are rosters, "Uimahallin kassa" a till, "Asumispalvelujen asiakasmaksulaskut" billing,
    and in "Talouden ja toiminnan seurantaraportit" both genitives modify the reports.
    A generic (`~`) head says too little to overrule; a phrase term over both words
    ("hautapaikkojen varau") keeps its function.
    """
    if len(hits) < 2:
        return hits
    heads = _genitive_heads(words)
    if not heads:
        return hits
    named: dict[int, set[FunctionId]] = {}
    for h in hits:
        if not h.term.weak:
            named.setdefault(h.order[0], set()).add(h.term.function)
    return [
        h for h in hits
        if len(h.term.words) > 1
        or not any(named.get(i, set()) - {h.term.function} for i in heads.get(h.order[0], ()))
    ]  # fmt: skip


_REFERENCE_CUES = ("integr", "liittym", "rajapin", "kytke", "kopplad", "gränssnitt",
                   "interface", "connected", "linked")  # fmt: skip
"""Words after which a text names *another* system ("Integroitu talousjärjestelmään")."""
_REFERS_TO = re.compile(r"\b(" + "|".join(_REFERENCE_CUES) + ")", re.IGNORECASE)
"""A quick test for any cue, so most texts skip the word-by-word check."""
_CUE_MAX = 12


def _drop_referred(hits: list[_Hit], words: list[_Word]) -> list[_Hit]:
    """Drop functions found in the words right after an integration cue, up to "and".

    "Integroitu talousjärjestelmään" says what the system talks to, not what it is for,
    and "integraatio Raindanceen" does not make it an integration platform. A long
    compound such as "integraatioalusta" (integration platform) is no cue.
    """
    plain = [w for w in words if not w.junction]
    referred: set[int] = set()
    cues: set[int] = set()
    for w in plain:
        if len(w.text) <= _CUE_MAX and w.text.startswith(_REFERENCE_CUES):
            for after in plain[w.index + 1 : w.index + 4]:
                if after.text in _CONJUNCTIONS:
                    break
                referred.add(after.index)
                cues.add(w.index)
    return [
        h for h in hits
        if h.order[0] not in referred
        # the cue is no integration tool either, unless a phrase says so ("integration platform")
        and not (h.order[0] in cues and len(h.term.words) == 1)
    ]  # fmt: skip


_PLACE_ENDINGS = (
    "ssa",
    "ssä",
    "lla",
    "llä",
    "lle",
    "lta",
    "ltä",
    "ihin",
    "iin",
    "sta",
    "stä",
    "oon",
    "öön",
    "uun",
    "yyn",
    "aan",
    "ään",
    "seen",
)
"""Finnish place cases: "kirjastoissa" (in libraries), "seuroille" (for clubs),
"potilastietojärjestelmiin" (into patient record systems), "kirjanpitoon" (into the
accounts), "katukunnossapidosta" (about street maintenance, in "Palautteet
katukunnossapidosta")."""
_POSTPOSITIONS = frozenset({"perusteella", "kautta", "avulla", "välityksellä", "kanssa", "varten"})
"""Finnish postpositions: the word before says by way of what or with whom."""
_CASE_SUFFIXES = frozenset(_PLACE_ENDINGS) | {"hin", "aan", "ään", "een"}
"""A case ending after a colon ("vtj:hin", "Suomi.fi:ssä") makes the word before it context."""
_NOT_PLACES = ("kassa", "massa", "villa", "kulta", "lista", "listä", "usta", "ystä")
"""Words that only look like place cases: "kahvilan kassa" is a till, "vuorolista" a
roster, "varhaiskasvatusta" a partitive."""
_PLACE_WORDS = frozenset({"in", "at", "i", "på", "vid"})
_FOR_WORDS = frozenset({"for", "för", "till", "åt"})
"""Say for whom, once the text has named what: "Lokalbokning för föreningar"."""
_ARTICLES = frozenset({"the", "a", "an", "our", "all"})
_PHRASE_CUES = frozenset({"for", "in", "at"})
"""English puts the head of a phrase last: the words after these are one phrase."""
_NEGATIONS = frozenset({"ei", "eivät", "ilman", "without", "utan", "inte", "not", "no"})
"""What follows is what the system is not, or does not need: "joilla ei ole työasemaa"."""


_EXAMPLE_CUES = {"esim": (), "esimerkiksi": (), "eg": (), "ex": ("t",), "g": ("e",),
                 "as": ("such",), "a": ("bl",)}  # fmt: skip
"""Words that end a cue for examples: "esim.", "e.g.", "t.ex.", "such as", "bl.a."."""


def _example_cue(texts: list[str], index: int) -> bool:
    """Does the word at `index` end a cue for examples? What follows it are examples
    of the use ("E-tjänster, t.ex. skolskjuts och bygglov"), not the system's purpose."""
    before = _EXAMPLE_CUES.get(texts[index])
    if before is None:
        return False
    return not before or (index > 0 and texts[index - 1] in before)


def _aside_words(text: str) -> set[int]:
    """Indexes of the words inside brackets or beside an arrow: "Asiakasmaksujen laskutus
    (varhaiskasvatus, kotihoito)" lists for whom, and in "Integraatioalusta: HR -> AD"
    the arrow joins two other systems; the rest of the text says what."""
    depth, inside = 0, set()
    pieces = re.finditer(
        r"->|→|=>|[()\[\]]|[^\W_]+", _JOINED_CONJUNCTION.sub(r"- \1", normalise(text))
    )
    index = 0
    arrow_after = False
    for piece in pieces:
        token = piece.group()
        if token in ("->", "→", "=>"):
            inside.add(index - 1)
            arrow_after = True
        elif token in "([":
            depth += 1
        elif token in ")]":
            depth = max(0, depth - 1)
        else:
            if depth or arrow_after:
                inside.add(index)
            arrow_after = False
            index += 1
    return inside


def _case_context(plain: list[_Word], words: list[_Word]) -> set[int]:
    """Finnish words whose case says where, into what or by way of what: place cases,
    a case ending after a colon ("vtj:hin") and the word before a postposition
    ("HR-tiedon perusteella", "Suomi.fi:n kautta")."""
    context = {w.index for w in plain
               if w.text.endswith(_PLACE_ENDINGS) and not w.text.endswith(_NOT_PLACES)}  # fmt: skip
    context.update(w.index - 1 for w in plain if w.index and w.text in _CASE_SUFFIXES)
    joined = {(w.index, w.text[w.junction :]) for w in words if w.junction}
    for w in plain:  # "HR-tiedon perusteella", "Suomi.fi:n kautta": by way of, not what
        if w.index and w.text in _POSTPOSITIONS:
            before = w.index - 1
            context.add(before)
            if before and (
                len(plain[before].text) <= 2 or (before - 1, plain[before].text) in joined
            ):
                context.add(before - 1)  # "Suomi.fi:n", "HR-tiedon": one word before it
    return context


def _context_words(
    words: list[_Word], named: set[int], aside: set[int] | frozenset[int] = frozenset()
) -> set[int]:
    """Indexes of words that say where or for whom, not what: "Asiakastulostus
    kirjastoissa" is printing, "Avustukset nuorisojärjestöille" grants, "printing in
    libraries" printing, "Online payments for e-services" payments. A function found
    only there counts like a generic word. "for" is context only after a function is
    named ("System for payroll" is payroll), and an article after it is skipped; the
    three words after a negation ("ei", "without", "utan") say what it is not, and the
    four after "esim.", "e.g." or "t.ex." (once a function is named) are examples.

    `named` holds the indexes of words in which some function was found.
    """
    plain = [w for w in words if not w.junction]
    context = _case_context(plain, words)
    context.update(aside)
    texts = [w.text for w in plain]
    for w in plain:
        if w.text in _NEGATIONS:
            context.update(range(w.index + 1, w.index + 4))
        elif _example_cue(texts, w.index) and any(i < w.index for i in named):
            words_after = [a for a in plain[w.index + 1 :] if a.text not in _CONJUNCTIONS]
            context.update(a.index for a in words_after[:4])
        elif w.text in _PLACE_WORDS or (w.text in _FOR_WORDS and any(i < w.index for i in named)):
            after = w.index + 1
            while after < len(plain) and plain[after].text in _ARTICLES:
                after += 1
            context.add(after)
            if w.text in _PHRASE_CUES:  # "for the Adult Social Care front door": a phrase
                context.update(range(after + 1, min(after + 3, len(plain))))
            # "för kultur och evenemang": the whole coordinated phrase
            while after + 2 < len(plain) and plain[after + 1].text in _CONJUNCTIONS:
                after += 2
                context.add(after)
    return context


def _drop_contained(hits: list[_Hit]) -> list[_Hit]:
    """Keep a hit only if no longer hit of another function covers its whole span; over
    the same span the longer term wins ("reseptiik" over "resepti" in "reseptiikka")."""
    kept = []
    for hit in hits:
        covered = any(
            other.start <= hit.start
            and hit.end <= other.end
            and (other.end - other.start, _stem_size(other))
            > (hit.end - hit.start, _stem_size(hit))
            and other.term.function != hit.term.function
            for other in hits
        )
        if not covered:
            kept.append(hit)
    return kept


def _stem_size(hit: _Hit) -> int:
    return sum(map(len, hit.term.words))
