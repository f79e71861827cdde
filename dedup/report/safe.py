"""Safety helpers: inventory text is data, never markup, a formula or a hidden instruction.

Every renderer passes input-derived text through these, so a cell saying
`=HYPERLINK(...)`, `<script>` or `[x](javascript:...)` arrives as the plain text it is,
and control, zero-width and bidi characters (U+202E...) are shown as `⟨U+202E⟩` instead
of silently reordering or hiding what a reader sees.
"""

from __future__ import annotations

import re

# C0/C1 controls (newline kept), soft hyphen, Arabic letter mark, Mongolian vowel separator,
# zero-width and directional marks, line/paragraph separators, bidi embeddings/isolates,
# invisible operators, BOM, interlinear annotations, lone surrogates, tag characters.
_HIDDEN = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e"
    "\u2060-\u206f\ufeff\ufff9-\ufffb\ufffe\uffff\ud800-\udfff\U000e0000-\U000e007f]"
)
_FORMULA_START = frozenset("=+-@\t\r")
_EXCEL_ERRORS = frozenset(
    ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA")
)
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&@])")
_MD_LEADING = re.compile(r"^([#+=\-!:])")
_URL = re.compile(r"^https?://[^\s<>\"'`\\]+$", re.IGNORECASE)


def _show(match: re.Match[str]) -> str:
    return f"⟨U+{ord(match.group()):04X}⟩"


def visible(text: object) -> str:
    """The text with every control, zero-width and bidi character shown as `⟨U+XXXX⟩`."""
    if text is None:
        return ""
    s = text if isinstance(text, str) else str(text)
    return _HIDDEN.sub(_show, s) if _HIDDEN.search(s) else s


def needs_text_cell(text: str) -> bool:
    """True when a spreadsheet would read `text` as a formula, error code or command."""
    return bool(text) and (text[0] in _FORMULA_START or text in _EXCEL_ERRORS)


def md_text(text: object) -> str:
    """One line of Markdown showing `text` literally: no links, HTML, emphasis or tables."""
    s = visible(text).replace("\r", " ").replace("\n", " ")
    s = _MD_SPECIAL.sub(r"\\\1", s)
    return _MD_LEADING.sub(r"\\\1", s)


def safe_url(text: object) -> str | None:
    """`text` if it is a plain http(s) URL fit to be a link target, else None."""
    if not isinstance(text, str):
        return None
    s = text.strip()
    return s if _URL.match(s) and not _HIDDEN.search(s) else None
