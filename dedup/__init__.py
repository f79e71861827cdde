"""dedup: find overlapping information systems in a city's inventory and plan consolidation."""

__version__ = "0.1.0"
