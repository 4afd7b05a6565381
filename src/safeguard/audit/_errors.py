"""The audit's errors: one kind for a bad request, one for a file that cannot be imported."""

from __future__ import annotations

from collections.abc import Sequence

from safeguard.errors import SafeguardError


class AuditError(SafeguardError):
    """The audit cannot do what was asked (no decisions yet, an unknown round, a bad size...)."""


class AuditImportError(AuditError):
    """A review or resolution file has problems; nothing from it was loaded.

    ``problems`` holds one line per problem, each naming the file, the row and the column.
    """

    def __init__(self, path: str, problems: Sequence[str], limit: int = 50) -> None:
        shown = list(problems[:limit])
        more = len(problems) - len(shown)
        lines = [
            f"{path}: {len(problems)} problem(s); nothing was imported. Fix them and import again."
        ]
        lines += [f"  {p}" for p in shown]
        if more:
            lines.append(f"  ... and {more} more")
        super().__init__("\n".join(lines))
        self.path = path
        self.problems = list(problems)
