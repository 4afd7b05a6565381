"""Finding the input files and checking each one before anything is loaded.

A run checks every file first (it exists, a gzip file decompresses to the end, the first record
is JSON in the supported format version, a profile can read it) and only then loads. A broken
file therefore stops the whole run before any record is written.
"""

from __future__ import annotations

import gzip
import hashlib
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import BinaryIO, Protocol

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
    """One checked input file: path, SHA-256, size, number of lines (an estimate).

    ``loaded_by`` is set when an earlier successful run already loaded these exact bytes: the
    file is then skipped, and ``lines`` is 0.
    """

    path: Path
    sha256: str
    bytes: int
    lines: int | None
    loaded_by: str | None = None


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


def preflight(path: Path, reader: Reader, loaded: Mapping[str, str] | None = None) -> InputFile:
    """Hash the file; unless already loaded, test a gzip to its end, count lines, read a record.

    Args:
        path: the input file.
        reader: how its lines are read.
        loaded: SHA-256 of files loaded by earlier runs, with the run that loaded each; a file
            found there is not checked further (it will be skipped).

    Raises:
        InputFileError: the file cannot be loaded (named in the message).
    """
    digest, size = _digest(path)
    if loaded and digest in loaded:
        return InputFile(path, digest, size, 0, loaded_by=loaded[digest])
    lines = _count_lines(path)
    for _ in reader(path):  # the reader checks the first record's format, then we stop
        break
    return InputFile(path, digest, size, lines)


def _digest(path: Path) -> tuple[str, int]:
    sha = hashlib.sha256()
    size = 0
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                sha.update(chunk)
                size += len(chunk)
    except OSError as error:
        raise InputFileError(str(path), f"cannot be read ({error.strerror})") from None
    return sha.hexdigest(), size


def _count_lines(path: Path) -> int | None:
    name = path.name.lower()
    gz = name.endswith(".gz")
    if not (gz or name.endswith((".jsonl", ".json", ".ndjson"))):
        return _parquet_rows(path)
    counter = _LineCounter()
    try:
        with path.open("rb") as handle:
            if gz:
                _inflate_all(handle, counter)
            else:
                while chunk := handle.read(_CHUNK):
                    counter.feed(chunk)
    except (zlib.error, gzip.BadGzipFile) as error:
        raise InputFileError(str(path), f"corrupt gzip file ({error})") from None
    except OSError as error:
        raise InputFileError(str(path), f"cannot be read ({error.strerror})") from None
    except EOFError:
        raise InputFileError(
            str(path), "corrupt gzip file (it ends before the data does)"
        ) from None
    return counter.lines


class _LineCounter:
    """Lines in a stream of bytes, a last line without its newline counted too."""

    def __init__(self) -> None:
        self.newlines = 0
        self.last = b"\n"

    def feed(self, data: bytes) -> None:
        if data:
            self.newlines += data.count(b"\n")
            self.last = data[-1:]

    @property
    def lines(self) -> int:
        return self.newlines + (self.last != b"\n")


def _inflate_all(handle: BinaryIO, counter: _LineCounter) -> None:
    """Decompress every member of a (possibly multi-member) gzip file into ``counter``.

    Raises:
        EOFError: the file ends inside a member.
    """
    inflate = zlib.decompressobj(wbits=31)  # 31: a gzip header
    started = False
    while chunk := handle.read(_CHUNK):
        while chunk:
            if not started:
                chunk = chunk.lstrip(b"\0")  # zero padding between or after members
                if not chunk:
                    break
            started = True
            counter.feed(inflate.decompress(chunk))
            if not inflate.eof:
                break
            chunk = inflate.unused_data
            inflate, started = zlib.decompressobj(wbits=31), False
    if started:
        raise EOFError


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
