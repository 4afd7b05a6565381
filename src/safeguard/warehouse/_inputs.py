"""Finding the input files and checking each one before anything is loaded.

A run checks every file first (it exists, a gzip file decompresses to the end, the first record
is JSON in the supported format version, a profile can read it) and only then loads. A broken
file therefore stops the whole run before any record is written.
"""

from __future__ import annotations

import gzip
import hashlib
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Protocol

from safeguard.errors import InputFileError, ProfileError
from safeguard.exchange import Line, read_lines

EXCHANGE_SUFFIXES = (".jsonl", ".jsonl.gz", ".parquet", ".pq")
PROFILE_SUFFIXES = (".csv", ".xlsx")
_CHUNK = 1 << 20

Reader = Callable[[Path], Iterable[Line]]


class Profile(Protocol):
    """What ingest needs of a mapping profile (``safeguard.exchange.profiles``)."""

    def read(self, path: Path, *, check: bool = True) -> Iterator[Line]: ...


@dataclass(frozen=True, slots=True)
class InputFile:
    """One checked input file: its path, SHA-256, size and number of lines (an estimate)."""

    path: Path
    sha256: str
    bytes: int
    lines: int | None


def profile_reader(name: str) -> Reader:
    """The reader of a mapping profile; raises ProfileError for an unknown profile."""
    try:
        profiles = import_module("safeguard.exchange.profiles")
    except ImportError as error:
        raise ProfileError(f"mapping profiles are not available: {error}") from error
    profile: Profile = profiles.load_profile(name)

    def read(path: Path) -> Iterator[Line]:
        # The contract is applied once, by the load itself (in the worker processes).
        return profile.read(path, check=False)

    return read


def discover(paths: Iterable[str | Path], with_profile: bool) -> list[Path]:
    """Expand folders into the exchange files under them (recursively, sorted).

    Raises:
        InputFileError: a path does not exist, or a folder holds no input file.
    """
    suffixes = EXCHANGE_SUFFIXES + (PROFILE_SUFFIXES if with_profile else ())
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise InputFileError(str(path), "no such file or folder")
        if path.is_file():
            found.append(path)
            continue
        inside = sorted(p for p in path.rglob("*") if p.is_file() and _matches(p, suffixes))
        if not inside:
            raise InputFileError(
                str(path), f"no input files ({', '.join(suffixes)}) in this folder"
            )
        found.extend(inside)
    return list(dict.fromkeys(found))


def _matches(path: Path, suffixes: tuple[str, ...]) -> bool:
    return path.name.lower().endswith(suffixes) and not path.name.startswith(".")


def preflight(path: Path, reader: Reader) -> InputFile:
    """Hash the file, test a gzip to its end, count lines and read the first record.

    Raises:
        InputFileError: the file cannot be loaded (named in the message).
    """
    digest, size, lines = _scan(path)
    for _ in reader(path):  # the reader checks the first record's format, then we stop
        break
    return InputFile(path, digest, size, lines)


def _scan(path: Path) -> tuple[str, int, int | None]:
    sha = hashlib.sha256()
    size = 0
    gz = path.name.lower().endswith(".gz")
    text = gz or path.name.lower().endswith((".jsonl", ".json", ".ndjson"))
    # 31: a gzip header. Only the first member of a multi-member gzip is counted (an estimate).
    inflate = zlib.decompressobj(wbits=31) if gz else None
    lines = 0
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                sha.update(chunk)
                size += len(chunk)
                data = chunk if inflate is None else inflate.decompress(chunk)
                lines += data.count(b"\n") if text else 0
        if inflate is not None and not inflate.eof:
            raise InputFileError(str(path), "corrupt gzip file (it ends before the data does)")
    except (zlib.error, gzip.BadGzipFile) as error:
        raise InputFileError(str(path), f"corrupt gzip file ({error})") from None
    except OSError as error:
        raise InputFileError(str(path), f"cannot be read ({error.strerror})") from None
    return sha.hexdigest(), size, lines if text else _parquet_rows(path)


def _parquet_rows(path: Path) -> int | None:
    if not path.name.lower().endswith((".parquet", ".pq")):
        return None
    import pyarrow.parquet as pq

    try:
        return int(pq.ParquetFile(path).metadata.num_rows)
    except Exception:  # a broken file is reported by the reader, with its own message
        return None


def exchange_reader(path: Path) -> Iterable[Line]:
    """The reader for exchange files (JSON Lines, gzip, Parquet)."""
    return read_lines(path)
