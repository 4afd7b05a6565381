"""Definition impact: per force, what each definition counts beside the supplier's own flags."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from safeguard.errors import SafeguardError
from safeguard.identify._sql import statement
from safeguard.warehouse import execute


@dataclass(frozen=True, slots=True)
class ForceComparison:
    """One force area's counts under each definition and under the supplier's flags."""

    force: str
    records: int
    records_cse: int
    children_cse: int
    records_organised_network: int
    supplier_cse_flags: int
    missed: int
    over_flagged: int


def compare_definitions(con: duckdb.DuckDBPyConnection) -> list[ForceComparison]:
    """Compare, per force, records and children meeting cse/1 and organised-network/1 with
    the count of supplier CSE flags, and how many flags were missed or over-applied.

    Args:
        con: a warehouse connection on which ``safeguard identify --db`` has run.

    Returns:
        one row per force area, the most records meeting cse/1 first.

    Example:
        >>> compare_definitions(connect("safeguard.duckdb"))[0].force  # doctest: +SKIP
        'metropolitan'
    """
    (decided,) = execute(con, "SELECT count(*) FROM decisions").fetchall()[0]
    if not decided:
        raise SafeguardError("no decisions yet: run `safeguard identify --db FILE` first")
    return [ForceComparison(*row) for row in execute(con, statement("compare_by_force")).fetchall()]
