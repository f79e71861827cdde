"""Import: read inventory files and map their rows to systems, losing none.

`load_inventory` is the one entry point: several inputs are analysed as one inventory;
a file that cannot be read becomes an error finding and the others still count. Big
inventories of several tables are built by two processes (`parallel.py`), with a result
equal to the one-process import.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from dedup.gcpause import collector_paused
from dedup.inventory import parallel as _parallel
from dedup.inventory.build import InventoryBuilder
from dedup.inventory.pointers import follow_pointers
from dedup.inventory.sniff import Limits
from dedup.model import Inventory

__all__ = ["Limits", "load_inventory"]


def load_inventory(
    paths: Sequence[Path],
    *,
    columns: Mapping[str, str] | None = None,
    include_hidden: bool = False,
    limits: Limits | None = None,
    progress: Callable[[str], None] | None = None,
    parallel: bool | None = None,
) -> Inventory:
    """Read every input into one Inventory; unreadable files become error findings.

    `columns` maps field -> header text, overriding recognition. A purpose that points
    elsewhere ("same as above", "see notes") is read from where it points, with a
    finding. `stats.files_read` tells the caller whether anything at all was usable.
    `parallel`: True splits the tables between two processes whenever there are two,
    False never; None (default) follows $DEDUP_PARALLEL_IMPORT (`1`/`0`), else splits
    when the inputs are big enough to repay a fork and a second core is free. The result
    is the same either way.

    Notes
    -----
    The cyclic garbage collector is paused for the whole import: rows become hundreds of
    thousands of acyclic records, and each collection would rescan those already made.
    """
    limits = limits or Limits()
    paths = [Path(p) for p in paths]
    fields = dict(columns or {})

    def make(cls: type[InventoryBuilder] = InventoryBuilder) -> InventoryBuilder:
        return cls(fields, include_hidden, limits)

    if parallel is None:
        setting = os.environ.get(_parallel.ENV, "")
        parallel = True if setting == "1" else False if setting == "0" else None
    with collector_paused():
        if parallel or (
            parallel is None and _parallel.can_fork() and _parallel.worth_planning(paths)
        ):
            inputs = []
            for path in paths:  # every input is vetted before any is parsed
                if progress:
                    progress(path.name)
                inputs.append(_parallel.vet_input(path, limits))
            inventory = _parallel.load_vetted(inputs, make, limits, force=bool(parallel))
            return follow_pointers(inventory)
        builder = make()
        read = failed = 0
        for path in paths:
            if progress:
                progress(path.name)
            status = _parallel.read_input(builder, _parallel.vet_input(path, limits), limits)
            read, failed = (read + 1, failed) if status is None else (read, failed + 1)
        return follow_pointers(builder.inventory(read, failed))
