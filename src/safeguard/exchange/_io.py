"""Reading and writing exchange files: JSON Lines (plain or ``.gz``) and Parquet.

Readers yield :class:`Line` objects (line number and text or parsed row) and leave checking to
:func:`safeguard.exchange.check`, so that a broken line can be quarantined with its number.
Problems with a whole file (missing, corrupt gzip, not JSON Lines, another format version) raise
:class:`~safeguard.errors.InputFileError`, naming the file.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import orjson

from safeguard.errors import InputFileError, SafeguardError
from safeguard.exchange._arrow import RECORD_SCHEMA, from_arrow_row, to_arrow_row
from safeguard.exchange._contract import Problem, check
from safeguard.exchange._models import FORMAT_V1, Record


@dataclass(frozen=True, slots=True)
class Line:
    """One record as read: its 1-based line (or row) number and its content.

    ``problems`` is set by a reader that already knows the line is broken (for example a
    mapping profile that could not parse a date); such a line goes to quarantine as it is.
    """

    number: int
    content: bytes | dict[str, Any]
    problems: tuple[Problem, ...] = ()


def is_parquet(path: Path) -> bool:
    return path.suffix.lower() in {".parquet", ".pq"}


def _open_text(path: Path) -> IO[bytes]:
    if path.suffix.lower() == ".gz":
        return gzip.GzipFile(path, "rb")  # type: ignore[return-value]  # GzipFile is a binary IO
    return path.open("rb")


def read_lines(path: str | Path) -> Iterator[Line]:
    """Yield the records of an exchange file, one :class:`Line` each, blank lines skipped.

    Raises:
        InputFileError: the file is missing, a corrupt gzip, not JSON Lines, or declares a
            format version other than ``safeguard-exchange/1`` on its first record.
    """
    path = Path(path)
    if not path.exists():
        raise InputFileError(str(path), "no such file")
    if path.is_dir():
        raise InputFileError(str(path), "is a folder, not a file")
    if is_parquet(path):
        yield from _read_parquet(path)
        return
    first = True
    number = 0
    try:
        with _open_text(path) as handle:
            for number, raw in enumerate(handle, start=1):  # noqa: B007  # number used after
                text = raw.strip()
                if not text:
                    continue
                if first:
                    _check_first_line(path, number, text)
                    first = False
                yield Line(number, text)
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:
        raise InputFileError(str(path), f"corrupt gzip file ({error})", number or None) from None


def _check_first_line(path: Path, number: int, text: bytes) -> None:
    try:
        first = orjson.loads(text)
    except orjson.JSONDecodeError:
        raise InputFileError(
            str(path), "not a JSON Lines file: the first record is not JSON", number
        ) from None
    if not isinstance(first, dict):
        raise InputFileError(
            str(path), "not a JSON Lines file: each line must be a JSON object", number
        )
    declared = first.get("format")
    if (
        isinstance(declared, str)
        and declared.startswith("safeguard-exchange/")
        and declared != FORMAT_V1
    ):
        raise InputFileError(
            str(path), f"format {declared} is not supported; this version reads {FORMAT_V1}", number
        )


def _read_parquet(path: Path) -> Iterator[Line]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as error:  # pyarrow raises several types for a bad file
        raise InputFileError(str(path), f"not a readable Parquet file ({error})") from None
    number = 0
    for batch in parquet.iter_batches(batch_size=10_000):
        for row in batch.to_pylist():
            number += 1
            if number == 1 and row.get("format") not in (None, FORMAT_V1):
                raise InputFileError(
                    str(path),
                    f"format {row.get('format')} is not supported; this version reads {FORMAT_V1}",
                    1,
                )
            yield Line(number, from_arrow_row(row))


def to_json_dict(record: Record) -> dict[str, Any]:
    """The record as exchange JSON: nulls and empty lists left out, unknown fields kept."""
    data: dict[str, Any] = _drop_empty(
        record.model_dump(mode="json", by_alias=True, exclude_none=True)
    )
    return data


def _drop_empty(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_empty(v) for k, v in value.items() if v not in ([], {}, None)}
    if isinstance(value, list):
        return [_drop_empty(v) for v in value]
    return value


def write_jsonl(records: Iterable[Record | Mapping[str, Any]], path: str | Path) -> int:
    """Write records as JSON Lines (gzip-compressed when the name ends in ``.gz``).

    Returns:
        the number of records written.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    with opener(path, "wb") as handle:
        for record in records:
            data = to_json_dict(record) if isinstance(record, Record) else record
            handle.write(orjson.dumps(data, option=orjson.OPT_APPEND_NEWLINE))
            count += 1
    return count


def _normalised(record: Record | Mapping[str, Any]) -> dict[str, Any]:
    """Typed columns need normalised values (an outcome code 1 becomes "1"), so check dicts."""
    if isinstance(record, Record):
        return to_json_dict(record)
    checked = check(record)
    if checked.record is None:
        problems = "; ".join(str(p) for p in checked.problems)
        raise SafeguardError(
            f"cannot write a record that breaks the contract as Parquet: {problems}"
        )
    return to_json_dict(checked.record)


def write_parquet(
    records: Iterable[Record | Mapping[str, Any]], path: str | Path, batch_size: int = 50_000
) -> int:
    """Write records as Parquet with nested columns (schema: ``RECORD_SCHEMA``).

    Returns:
        the number of records written.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with pq.ParquetWriter(path, RECORD_SCHEMA, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for record in records:
            batch.append(to_arrow_row(_normalised(record)))
            if len(batch) >= batch_size:
                writer.write_table(pa.Table.from_pylist(batch, schema=RECORD_SCHEMA))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=RECORD_SCHEMA))
            count += len(batch)
    return count
