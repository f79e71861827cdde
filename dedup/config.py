"""The user's config file (`--config dedup.toml`): every section optional, unknown keys refused.

Refusing unknown keys matters: a misspelt weight silently ignored would change a plan
without anyone noticing. Each error names the file, section and key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from dedup.errors import ConfigError
from dedup.inventory.columns import FIELDS
from dedup.inventory.sniff import Limits


@dataclass(frozen=True)
class Config:
    """Everything a run can be told; defaults are documented in docs/config.md."""

    columns: Mapping[str, str] = field(default_factory=dict)
    """field -> header text as written in the file."""
    include_hidden: bool = False
    limits: Limits = field(default_factory=Limits)
    aliases: Mapping[str, str] = field(default_factory=dict)
    """Product alias -> canonical product name."""
    products: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Product name -> function ids it is for, main first: the user's catalogue entries."""
    never_merge: tuple[tuple[str, str], ...] = ()
    functions_file: Path | None = None
    """A TOML of extra or replacing functions, same shape as dedup/data/functions.toml."""
    plan: Mapping[str, Any] = field(default_factory=dict)
    """Plan parameters ([plan] section): weights, cost model, lead time; see consolidate."""
    source: Path | None = None


def _table(data: dict, name: str, path: Path) -> dict:
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{path}: [{name}] must be a table of keys")
    return value


def load_config(path: Path | None) -> Config:
    """Read and validate a config file; None gives the defaults."""
    if path is None:
        return Config()
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    known = {"columns", "import", "limits", "aliases", "products", "never_merge", "functions",
             "plan"}  # fmt: skip
    for key in data:
        if key not in known:
            raise ConfigError(
                f"{path}: unknown section [{key}]; known sections: {', '.join(sorted(known))}"
            )
    columns = _table(data, "columns", path)
    for key, value in columns.items():
        if key not in FIELDS:
            raise ConfigError(
                f"{path}: [columns] {key}: unknown field; fields are {', '.join(FIELDS)}"
            )
        if not isinstance(value, str):
            raise ConfigError(f"{path}: [columns] {key} must be the header text in quotes")
    importing = _table(data, "import", path)
    for key in importing:
        if key != "include_hidden":
            raise ConfigError(f"{path}: [import] {key}: unknown key (known: include_hidden)")
    limits = Limits()
    limit_names = {f.name for f in fields(Limits)}
    for key, value in _table(data, "limits", path).items():
        if key not in limit_names:
            raise ConfigError(
                f"{path}: [limits] {key}: unknown key (known: {', '.join(sorted(limit_names))})"
            )
        if not isinstance(value, int | float) or value <= 0:
            raise ConfigError(f"{path}: [limits] {key} must be a positive number")
        limits = replace(limits, **{key: value})
    aliases = _table(data, "aliases", path)
    for key, value in aliases.items():
        if not isinstance(value, str):
            raise ConfigError(f"{path}: [aliases] '{key}' must map to a product name in quotes")
    products = _table(data, "products", path)
    for key, value in products.items():
        if not (isinstance(value, list) and value and all(isinstance(f, str) for f in value)):
            raise ConfigError(
                f"{path}: [products] '{key}' must list function ids, e.g. [\"intranet\"]"
            )
    pairs = _table(data, "never_merge", path).get("pairs", [])
    if not all(isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p)
               for p in pairs):  # fmt: skip
        raise ConfigError(f'{path}: [never_merge] pairs must be a list of ["name", "name"]')
    functions = _table(data, "functions", path)
    extra = functions.get("file")
    functions_file = (path.parent / extra) if isinstance(extra, str) else None
    return Config(
        columns=dict(columns),
        include_hidden=bool(importing.get("include_hidden", False)),
        limits=limits,
        aliases=dict(aliases),
        products={name: tuple(ids) for name, ids in products.items()},
        never_merge=tuple((a, b) for a, b in pairs),
        functions_file=functions_file,
        plan=dict(_table(data, "plan", path)),
        source=path,
    )
