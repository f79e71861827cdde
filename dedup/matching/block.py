"""Candidate pairs by blocking, scored in bulk: never all pairs.

Two keys become a candidate pair only when they share a block: a rare word, one of their
rarest character 3-grams, a 5-character prefix or suffix, or the same sorted words. The
pairs are then scored in one `rapidfuzz.process.cpdist` call; only the few above the
cut-off go through the per-pair guards, which keep products of one vendor apart.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cpdist

MIN_FUZZY_LEN = 5
"""Shorter keys ("IMS", "M2") match only exactly: one letter changes the product."""
RESIDUAL_MIN = 80.0
"""Words the two names do not share must themselves be this similar (a typo, not a product)."""
_DIGITS = re.compile(r"\d+")


def squash(key: str) -> str:
    """Key without spaces: "helmi intra" and "helmiintra" are one spelling."""
    return key.replace(" ", "")


def _blocks(keys: Sequence[str], grams_per_key: int) -> dict[str, list[int]]:
    """Block label -> node indices."""
    squashed = [squash(k) for k in keys]
    gram_lists = [
        sorted({s[i : i + 3] for i in range(len(s) - 2)}) if len(s) >= 3 else [] for s in squashed
    ]
    gram_df = Counter(g for grams in gram_lists for g in grams)
    word_lists = [k.split() for k in keys]
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, (sq, words, grams) in enumerate(zip(squashed, word_lists, gram_lists, strict=True)):
        if len(sq) < MIN_FUZZY_LEN:
            continue
        labels = {"p:" + sq[:5], "s:" + sq[-5:], "t:" + "".join(sorted(words))}
        labels.update("w:" + w for w in words if len(w) >= 3)
        rare = sorted(grams, key=lambda g: (gram_df[g], g))[:grams_per_key]
        labels.update("g:" + g for g in rare)
        for label in labels:
            blocks[label].append(i)
    return blocks


def candidate_pairs(
    keys: Sequence[str], *, max_block: int = 200, grams_per_key: int = 3
) -> np.ndarray:
    """Unique (i, j), i < j, of keys sharing a block; blocks above `max_block` are skipped.

    Notes
    -----
    Cost is the sum of squared block sizes, bounded by `max_block`; an over-full block is a
    word or gram too common to say anything (e.g. "microsoft").
    """
    n = len(keys)
    chunks = []
    for members in _blocks(keys, grams_per_key).values():
        m = len(members)
        if m < 2 or m > max_block:
            continue
        idx = np.asarray(members, dtype=np.int64)
        a, b = np.triu_indices(m, k=1)
        chunks.append(idx[a] * n + idx[b])
    if not chunks:
        return np.empty((0, 2), dtype=np.int64)
    codes = np.unique(np.concatenate(chunks))
    return np.stack([codes // n, codes % n], axis=1)


def score_pairs(keys: Sequence[str], pairs: np.ndarray, cutoff: float) -> np.ndarray:
    """fuzz.ratio of the squashed keys of every pair, in bulk; below `cutoff` -> 0."""
    if len(pairs) == 0:
        return np.empty(0, dtype=np.float64)
    sq = np.asarray([squash(k) for k in keys], dtype=object)
    return cpdist(
        sq[pairs[:, 0]], sq[pairs[:, 1]], scorer=fuzz.ratio, score_cutoff=cutoff, workers=-1
    ).astype(np.float64)


def similar(a: str, b: str, cutoff: float, score: float | None = None) -> tuple[bool, str]:
    """Do keys `a` and `b` read as one product's spellings? (verdict, reason).

    Guards against the usual false friends: short names, different numbers, a different
    first letter, and — the important one — the words not shared must be typos of each
    other: "basware invoice prosessing" ~ "basware invoice processing", but
    "basware finance" !~ "basware maksuliikenne", "microsoft forms" !~ "microsoft teams".
    """
    sa, sb = squash(a), squash(b)
    if sa == sb:
        return True, "same letters"
    if min(len(sa), len(sb)) < MIN_FUZZY_LEN:
        return False, "short names match only exactly"
    if _DIGITS.findall(a) != _DIGITS.findall(b):
        return False, "different numbers"
    score = fuzz.ratio(sa, sb) if score is None else score
    if score < cutoff:
        return False, f"similarity {score:.0f} < {cutoff:.0f}"
    if sa[0] != sb[0] and score < 95:
        return False, "different first letter"
    wa, wb = set(a.split()), set(b.split())
    ra = "".join(w for w in a.split() if w not in wb)
    rb = "".join(w for w in b.split() if w not in wa)
    if bool(ra) != bool(rb):
        return False, "one name adds a word"
    if ra and rb and min(len(ra), len(rb)) < 4:
        return False, f"differing short words '{ra}' / '{rb}'"
    if ra and rb and fuzz.ratio(ra, rb) < RESIDUAL_MIN:
        return False, f"differing words '{ra}' / '{rb}' are not one spelling"
    return True, f"similarity {score:.0f}"
