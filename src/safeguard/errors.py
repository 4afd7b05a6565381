"""The project's exceptions: one root, a few meaningful kinds.

The CLI turns any :class:`SafeguardError` into one clear line and a non-zero exit.
"""

from __future__ import annotations


class SafeguardError(Exception):
    """Root of every error the project raises on purpose."""


class InputFileError(SafeguardError):
    """A whole input file cannot be read: missing, corrupt, the wrong format or version.

    The message always names the file (and the line, where one is to blame).
    """

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        where = f"{path}, line {line}" if line is not None else path
        super().__init__(f"{where}: {reason}")
        self.path = path
        self.reason = reason
        self.line = line


class ProfileError(SafeguardError):
    """A mapping profile is unknown or invalid."""


class WarehouseError(SafeguardError):
    """A warehouse query or migration failed; carries the SQL that failed."""

    def __init__(self, message: str, sql: str | None = None) -> None:
        super().__init__(message if sql is None else f"{message}\n--- SQL ---\n{sql}")
        self.sql = sql


class StrictModeError(SafeguardError):
    """Raised under ``--strict`` when any record was quarantined."""
