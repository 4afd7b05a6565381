"""The networks stage's SQL, kept in ``networks/sql/*.sql``."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def statement(name: str) -> str:
    """The text of ``networks/sql/<name>.sql``."""
    return files("safeguard.networks").joinpath("sql", f"{name}.sql").read_text("utf-8")
