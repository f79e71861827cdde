"""Errors the CLI turns into a one-line message and an exit code, never a traceback."""

from __future__ import annotations


class DedupError(Exception):
    """Root of every error dedup raises on purpose; `str()` is the message for the user."""

    exit_code = 2


class InputError(DedupError):
    """An input cannot be read at all (missing, wrong kind, hostile, corrupt)."""

    def __init__(self, code: str, message: str, file: str | None = None):
        super().__init__(message)
        self.code = code
        self.file = file


class ConfigError(DedupError):
    """A config, decisions or org-map file is wrong; the message names the place."""
