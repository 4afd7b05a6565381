"""The identification stage's SQL, kept in ``identify/sql/*.sql``."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def statement(name: str) -> str:
    """The text of ``identify/sql/<name>.sql``."""
    return files("safeguard.identify").joinpath("sql", f"{name}.sql").read_text("utf-8")
