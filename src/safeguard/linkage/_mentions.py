"""Person mentions as linkage sees them: their keys, and the standardised table Splink reads.

A mention is named by its key ``source/record_id/person_ref`` (the supplier's organisation id,
its record reference and the person's ref inside the record). Sources and refs never contain a
slash; a record id may, so the key is split at the first and the last slash.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import NamedTuple

import duckdb
import pyarrow as pa

from safeguard.errors import WarehouseError
from safeguard.linkage._errors import LinkageError
from safeguard.reference import name_variants

VARIANTS_VIEW = "__sg_name_variants"


class MentionKey(NamedTuple):
    """The three parts that name a person mention."""

    source: str
    record_id: str
    person_ref: str

    def __str__(self) -> str:
        return f"{self.source}/{self.record_id}/{self.person_ref}"


def parse_mention(text: str) -> MentionKey:
    """Read ``source/record_id/person_ref`` (a record id may itself contain slashes).

    Example:
        >>> parse_mention("kent/CR/123/24/P1")
        MentionKey(source='kent', record_id='CR/123/24', person_ref='P1')
    """
    source, _, rest = text.partition("/")
    record_id, _, person_ref = rest.rpartition("/")
    if not (source and record_id and person_ref):
        raise LinkageError(f"not a mention key (source/record_id/person_ref): {text!r}")
    return MentionKey(source, record_id, person_ref)


def settle(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """Finish any result left unread on the connection (DuckDB 2 refuses other work until)."""
    complete = getattr(con, "complete", None)
    if complete is not None:
        complete()
    return con


@cache
def statement(name: str) -> str:
    """The text of ``linkage/sql/<name>.sql``."""
    return files("safeguard.linkage").joinpath("sql", f"{name}.sql").read_text("utf-8")


@cache
def _variants_table() -> pa.Table:
    rows = name_variants()
    return pa.table({"forename": [r[0] for r in rows], "forename2": [r[1] for r in rows]})


def prepare_mentions(con: duckdb.DuckDBPyConnection) -> pa.Table:
    """Every identified mention in the warehouse, standardised for the linkage model.

    Names are lower-cased letters (the first word of the forename), with each name's
    one-letter deletions and, for forenames, the ONS nicknames and variants, as blocking keys;
    a date of birth or an age at the event becomes the range of birth dates it allows;
    postcodes are split into unit, sector and district; phone numbers keep their digits;
    identifiers become ``type:VALUE`` strings. Sex, ethnicity, nationality and religion are
    not read.

    Returns:
        one row per identified mention, ordered by ``unique_id`` (the mention key).
    """
    sql = statement("prepare_mentions")
    settle(con).register(VARIANTS_VIEW, _variants_table())
    try:
        return con.sql(sql).to_arrow_table()
    except duckdb.Error as error:
        raise WarehouseError(f"preparing mentions failed: {error}", sql) from error
    finally:
        con.unregister(VARIANTS_VIEW)
