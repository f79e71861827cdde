"""Shared product record for the holdout6 inventory tables."""

from dataclasses import dataclass, field


@dataclass
class P:
    pid: str  # stable product id (truth `product`)
    funcs: str  # ';'-separated function ids (truth `functions`)
    names: list  # 1-4 spellings of the product name
    vendor: object  # str or list of spellings
    depts: str  # space-separated department keys, one row each (repeats allowed)
    purposes: list  # 2-4 purpose texts; (dept_key, text) pins a text to that department
    notes: list = field(default_factory=list)  # optional notes-column texts
