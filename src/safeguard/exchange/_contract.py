"""Checking one record against the contract, with problems that name the field.

A problem's ``reason`` never carries the offending value: values are personal data, and the
raw record is kept in quarantine for those entitled to see it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from safeguard.exchange._models import (
    FORMAT_V1,
    KNOWN_FLAGS,
    KNOWN_LINK_TYPES,
    KNOWN_LOCATION_TYPES,
    KNOWN_OBJECT_TYPES,
    Record,
)


@dataclass(frozen=True, slots=True)
class Problem:
    """One way a record breaks the contract: the field (a path such as ``persons[1].dob``)."""

    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.field}: {self.reason}" if self.field else self.reason


@dataclass(frozen=True, slots=True)
class Checked:
    """The result of checking one record: the typed record, or the problems that stop it."""

    record: Record | None
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return self.record is not None


def _path(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif "[" in part or part.startswith("function-"):
            continue  # pydantic's internal validator tags, not field names
        else:
            out += f".{part}" if out else part
    return out


def _problems_from(error: ValidationError) -> list[Problem]:
    problems = []
    for err in error.errors(include_url=False, include_input=False):
        if err["type"] == "json_invalid":
            problems.append(Problem("", "not valid JSON"))
            continue
        if err["type"] == "model_type" or err["type"] == "model_attributes_type":
            problems.append(Problem(_path(err["loc"]), "expected a JSON object"))
            continue
        field = _path(err["loc"])
        reason = err["msg"]
        if err["type"] == "missing":
            reason = "required field is missing"
        elif err["type"] == "string_pattern_mismatch" and field == "format":
            reason = f'must be "{FORMAT_V1}"'
        problems.append(Problem(field, reason))
    return problems


def check(data: str | bytes | Mapping[str, Any]) -> Checked:
    """Check one record, given as a JSON text (one JSON Lines line) or an already parsed dict.

    Args:
        data: the record.

    Returns:
        ``Checked`` with the typed record, or with every problem found.

    Example:
        >>> check('{"format": "safeguard-exchange/1"}').problems[0].field
        'record_id'
    """
    if isinstance(data, str | bytes):
        result = check_line(data)
        return Checked(result) if isinstance(result, Record) else Checked(None, result)
    try:
        record = Record.model_validate(data)
    except ValidationError as error:
        return Checked(None, tuple(_problems_from(error)))
    problems = _consistency(record)
    return Checked(None, tuple(problems)) if problems else Checked(record)


def check_line(data: str | bytes) -> Record | tuple[Problem, ...]:
    """:func:`check` for one JSON Lines line, without the :class:`Checked` around its result.

    ``identify -i/-o`` checks every line it reads with this.

    Args:
        data: the record as JSON text.

    Returns:
        The typed record, or every problem found.

    Example:
        >>> check_line('{"format": "safeguard-exchange/1"}')[0].field
        'record_id'
    """
    try:
        # the model's own validator, as ``Record.model_validate_json`` calls it, without
        # that method's argument handling: this runs for every line ``identify`` reads
        record: Record = Record.__pydantic_validator__.validate_json(data)
    except ValidationError as error:
        return tuple(_problems_from(error))
    problems = _consistency(record)
    return tuple(problems) if problems else record


def _consistency(record: Record) -> list[Problem]:
    """Rules that span fields: refs resolve, dates are in order.

    Each rule runs only over the parts the record has: most records have persons and
    nothing else to resolve, and are checked with a few set operations.
    """
    problems: list[Problem] = []
    refs = _refs(record, problems)
    if record.links:
        problems += _links(record, refs)
    if record.arrests or record.safeguarding_actions:
        problems += _pointers(record)
    if (
        record.occurred_from
        and record.occurred_to
        and _day(record.occurred_to) < _day(record.occurred_from)
    ):
        problems.append(Problem("occurred_to", "is before occurred_from"))
    if any(person.dob is not None for person in record.persons):
        recorded = record.recorded_at.date()
        for i, person in enumerate(record.persons):
            if person.dob is not None and person.dob > recorded:
                problems.append(
                    Problem(f"persons[{i}].dob", "is after the date the record was made")
                )
    return problems


def _refs(record: Record, problems: list[Problem]) -> set[str]:
    """Every ref in the record; a ref used twice is a problem (appended to ``problems``)."""
    refs = {p.ref for p in record.persons}
    if len(refs) == len(record.persons) and not (record.locations or record.objects):
        return refs  # persons only, each ref once
    refs = set()
    named: list[tuple[str, list[str]]] = [
        ("persons", [p.ref for p in record.persons]),
        ("locations", [x.ref for x in record.locations]),
        ("objects", [x.ref for x in record.objects]),
    ]
    for name, part_refs in named:
        for i, ref in enumerate(part_refs):
            if ref in refs:
                problems.append(Problem(f"{name}[{i}].ref", "ref is used twice in this record"))
            refs.add(ref)
    return refs


def _links(record: Record, refs: set[str]) -> list[Problem]:
    """Both ends of every link name a person, location or object of the record."""
    return [
        Problem(f"links[{i}].{end}", "refers to no person, location or object in this record")
        for i, link in enumerate(record.links)
        for end, ref in (("from", link.from_), ("to", link.to))
        if ref not in refs
    ]


def _pointers(record: Record) -> list[Problem]:
    """Arrests and safeguarding actions name a person of the record, if any."""
    problems = []
    person_refs = {p.ref for p in record.persons}
    pointers: list[tuple[str, list[str | None]]] = [
        ("arrests", [a.person_ref for a in record.arrests]),
        ("safeguarding_actions", [a.person_ref for a in record.safeguarding_actions]),
    ]
    for name, targets in pointers:
        for i, target in enumerate(targets):
            if target is not None and target not in person_refs:
                problems.append(
                    Problem(f"{name}[{i}].person_ref", "refers to no person in this record")
                )
    return problems


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def notes(record: Record) -> list[str]:
    """What a reader keeps but reports: unknown fields and values outside the known vocabularies.

    Example:
        >>> r = check('{"format": "safeguard-exchange/1", "record_id": "1", "source": "kent", '
        ...           '"source_type": "police", "kind": "crime", "recorded_at": "2024-01-01", '
        ...           '"flags": ["CSE", "GANGS"], "colour": "red"}').record
        >>> notes(r)
        ['unknown field: colour', 'unknown flag: GANGS']
    """
    found = [f"unknown field: {k}" for k in (record.model_extra or {})]
    for name, parts in (
        ("persons", record.persons),
        ("locations", record.locations),
        ("objects", record.objects),
        ("links", record.links),
        ("safeguarding_actions", record.safeguarding_actions),
        ("arrests", record.arrests),
    ):
        for part in parts:
            found += [f"unknown field: {name}[].{k}" for k in (part.model_extra or {})]
    if record.outcome is not None:
        found += [f"unknown field: outcome.{k}" for k in (record.outcome.model_extra or {})]
    found += [f"unknown flag: {f}" for f in record.flags if f not in KNOWN_FLAGS]
    found += [
        f"unknown location type: {x.type}"
        for x in record.locations
        if x.type and x.type not in KNOWN_LOCATION_TYPES
    ]
    found += [
        f"unknown object type: {x.type}"
        for x in record.objects
        if x.type and x.type not in KNOWN_OBJECT_TYPES
    ]
    found += [
        f"unknown link type: {x.type}"
        for x in record.links
        if x.type and x.type not in KNOWN_LINK_TYPES
    ]
    return found
