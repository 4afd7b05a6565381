"""The typed model of a mapping profile: what a profile YAML file may say.

Structural rules (types, allowed values, one source per field) live on the models so pydantic
reports every one of them in one pass; rules that span the profile (a ``translate`` naming a
translation that exists) are checked by :mod:`._validate` over the raw data, so that they are
reported together with the structural ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

if TYPE_CHECKING:
    from safeguard.exchange._io import Line

Scalar = str | int | float | bool
ValueType = Literal["string", "integer", "number", "boolean", "date", "datetime", "month_end"]
DATE_TYPES = frozenset({"date", "datetime", "month_end"})
PART_LISTS = ("persons", "locations", "objects")

# A path into a record: names with optional [n] indexes, joined by dots (persons[0].forename).
PATH = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\[\d+\])?(\.[A-Za-z_][A-Za-z0-9_]*(\[\d+\])?)*$")
TEMPLATE_COLUMN = re.compile(r"\{([^{}]+)\}")


class _Strict(BaseModel):
    """Profiles reject unknown keys: a misspelt key must not be silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class FileOptions(_Strict):
    """How to read the file: CSV (delimiter, encoding) or XLSX (sheet)."""

    type: Literal["csv", "xlsx"] = "csv"
    delimiter: str = Field(default=",", min_length=1, max_length=1)
    encoding: str = "utf-8"
    header_row: int = Field(default=1, ge=1)
    sheet: str | None = None

    @field_validator("encoding")
    @classmethod
    def _known_encoding(cls, value: str) -> str:
        import codecs

        try:
            codecs.lookup(value)
        except LookupError:
            raise ValueError(f"unknown encoding {value!r}") from None
        return value

    @model_validator(mode="after")
    def _options_fit_type(self) -> FileOptions:
        if self.type == "csv" and self.sheet is not None:
            raise ValueError("sheet applies to xlsx files only")
        if self.type == "xlsx" and (self.delimiter != "," or self.encoding != "utf-8"):
            raise ValueError("delimiter and encoding apply to csv files only")
        return self


class FieldMap(_Strict):
    """Where one field's value comes from and how it is turned into an exchange value."""

    column: str | None = None
    template: str | None = None
    value: Scalar | None = None
    type: ValueType = "string"
    formats: list[str] = Field(default_factory=list)
    translate: str | None = None
    split: str | None = Field(default=None, min_length=1)
    required: bool = False
    default: Scalar | None = None
    optional_column: bool = False

    @model_validator(mode="after")
    def _one_source(self) -> FieldMap:
        given = [k for k in ("column", "template", "value") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of column, template or value")
        if self.template is not None and not TEMPLATE_COLUMN.search(self.template):
            raise ValueError("template names no {column}")
        if self.type in DATE_TYPES and not self.formats and self.value is None:
            raise ValueError(f"type {self.type} needs at least one entry in formats")
        if self.formats and self.type not in DATE_TYPES:
            raise ValueError("formats apply to date, datetime and month_end types only")
        return self

    def columns(self) -> list[str]:
        """The file columns this field reads."""
        if self.column is not None:
            return [self.column]
        if self.template is not None:
            return TEMPLATE_COLUMN.findall(self.template)
        return []


def _as_field_map(value: object) -> object:
    return {"column": value} if isinstance(value, str) else value


def _check_paths(fields: dict[str, FieldMap]) -> dict[str, FieldMap]:
    bad = [key for key in fields if not PATH.match(key)]
    if bad:
        raise ValueError(f"not a field path: {', '.join(bad)} (use names, dots and [n])")
    return fields


class PartMap(_Strict):
    """One person, location or object a row may hold; emitted only if one of its cells is filled."""

    ref: str = Field(min_length=1)
    constants: dict[str, Scalar] = Field(default_factory=dict)
    fields: dict[str, FieldMap] = Field(default_factory=dict)

    @field_validator("fields", mode="before")
    @classmethod
    def _shorthand(cls, value: object) -> object:
        if isinstance(value, dict):
            return {k: _as_field_map(v) for k, v in value.items()}
        return value

    @field_validator("fields")
    @classmethod
    def _paths(cls, value: dict[str, FieldMap]) -> dict[str, FieldMap]:
        if not any(f.column or f.template for f in value.values()):
            raise ValueError("a part needs at least one field read from a column")
        return _check_paths(value)


class Fallback(_Strict):
    """A record_id made from the row's content when the id column is empty."""

    prefix: str = ""
    columns: list[str] = Field(default_factory=list)
    constants: dict[str, Scalar] = Field(default_factory=dict)


class RecordIdMap(_Strict):
    """Where ``record_id`` comes from, what to do when it is empty, and when it repeats."""

    column: str | None = None
    template: str | None = None
    fallback: Fallback | None = None
    repeated: Literal["keep", "version", "suffix"] = "keep"

    @model_validator(mode="after")
    def _one_source(self) -> RecordIdMap:
        if (self.column is None) == (self.template is None):
            raise ValueError("give exactly one of column or template")
        if self.template is not None and not TEMPLATE_COLUMN.search(self.template):
            raise ValueError("template names no {column}")
        return self

    def columns(self) -> list[str]:
        """The file columns the id reads (not counting the fallback's)."""
        if self.column is not None:
            return [self.column]
        return TEMPLATE_COLUMN.findall(self.template or "")


class Translation(_Strict):
    """A code list: a records system's values to exchange values."""

    map: dict[str, Scalar | None] = Field(default_factory=dict)
    reference: Literal["forces"] | None = None
    unknown: Literal["problem", "keep", "drop"] = "problem"
    case_sensitive: bool = False

    @field_validator("map", mode="before")
    @classmethod
    def _keys_as_text(cls, value: object) -> object:
        if isinstance(value, dict):  # YAML reads 1 and yes as numbers and booleans
            return {str(k).lower() if isinstance(k, bool) else str(k): v for k, v in value.items()}
        return value


class Profile(_Strict):
    """A mapping profile: how one records system's export becomes exchange records.

    Example:
        >>> from safeguard.exchange.profiles import load_profile
        >>> profile = load_profile("example-rms")
        >>> profile.file.type, profile.record_id.template
        ('csv', '{Station}-{Occurrence Ref}')
    """

    name: str = Field(min_length=1)
    description: str = ""
    file: FileOptions = Field(default_factory=FileOptions)
    constants: dict[str, Scalar] = Field(default_factory=dict)
    record_id: RecordIdMap
    fields: dict[str, FieldMap] = Field(default_factory=dict)
    persons: list[PartMap] = Field(default_factory=list)
    locations: list[PartMap] = Field(default_factory=list)
    objects: list[PartMap] = Field(default_factory=list)
    translations: dict[str, Translation] = Field(default_factory=dict)

    @field_validator("fields", mode="before")
    @classmethod
    def _shorthand(cls, value: object) -> object:
        if isinstance(value, dict):
            return {k: _as_field_map(v) for k, v in value.items()}
        return value

    @field_validator("fields")
    @classmethod
    def _paths(cls, value: dict[str, FieldMap]) -> dict[str, FieldMap]:
        return _check_paths(value)

    def parts(self) -> Iterator[tuple[str, int, PartMap]]:
        """Each part with its list name and position in the profile."""
        for name in PART_LISTS:
            for i, part in enumerate(getattr(self, name)):
                yield name, i, part

    def required_columns(self) -> list[str]:
        """Columns the file's header must have, in profile order, without repeats."""
        names = list(self.record_id.columns())
        if self.record_id.fallback is not None:
            names += self.record_id.fallback.columns
        maps = list(self.fields.values())
        maps += [f for _, _, part in self.parts() for f in part.fields.values()]
        names += [c for f in maps if not f.optional_column for c in f.columns()]
        return list(dict.fromkeys(names))

    def read(self, path: str | Path, *, check: bool = True) -> Iterator[Line]:
        """Map a CSV or XLSX export, one :class:`~safeguard.exchange.Line` per data row.

        Args:
            path: the export file.
            check: also apply the exchange contract to each mapped row, so that a Line with
                no problems always passes :func:`safeguard.exchange.check`.

        Returns:
            an iterator of Lines numbered as in the file (CSV: physical line, header = 1;
            XLSX: sheet row). A Line with problems holds what could be mapped plus the raw
            row under ``"_raw"``.

        Raises:
            InputFileError: the file is missing, unreadable, or its header lacks a column
                the profile requires.

        Example:
            >>> lines = load_profile("data.police.uk").read("street.csv")  # doctest: +SKIP
            >>> next(lines).content["kind"]  # doctest: +SKIP
            'crime'
        """
        from safeguard.exchange.profiles._reader import read_with

        return read_with(self, Path(path), check=check)
