"""Import: read inventory files and map their rows to systems, losing none.

`load_inventory` is the one entry point: several inputs are analysed as one inventory;
a file that cannot be read becomes an error finding and the others still count.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from dedup.errors import InputError
from dedup.inventory.build import InventoryBuilder
from dedup.inventory.read import read_tables
from dedup.inventory.sniff import Limits, extension_mismatch, vet
from dedup.model import Finding, Inventory, Severity

__all__ = ["Limits", "load_inventory"]


def load_inventory(
    paths: Sequence[Path],
    *,
    columns: Mapping[str, str] | None = None,
    include_hidden: bool = False,
    limits: Limits | None = None,
    progress: Callable[[str], None] | None = None,
) -> Inventory:
    """Read every input into one Inventory; unreadable files become error findings.

    `columns` maps field -> header text, overriding recognition. `stats.files_read`
    tells the caller whether anything at all was usable.
    """
    limits = limits or Limits()
    builder = InventoryBuilder(dict(columns or {}), include_hidden, limits)
    read = failed = 0
    for path in paths:
        path = Path(path)
        if progress:
            progress(path.name)
        try:
            kind = vet(path, limits)  # by first bytes; bombs, DTDs, lying sizes refused
            mismatch = extension_mismatch(path, kind)
            if mismatch is not None:
                builder.findings.append(mismatch)
            for table in read_tables(path, kind, limits):
                builder.add_table(table)
            read += 1
        except InputError as exc:
            failed += 1
            builder.findings.append(Finding(exc.code, Severity.ERROR, str(exc), path.name))
    return builder.inventory(read, failed)
