"""Structured facts read from a record: ages, offence codes, perpetrators, links.

Protected characteristics (sex, ethnicity, nationality, religion) are never read here.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from safeguard.exchange import Person, Record, Role

#: Home Office codes for child sexual offences (BRIEF.md; 86 where indecent images of children).
CHILD_SEXUAL_CODES = frozenset(
    {"19D", "19E", "19G", "19H", "20B", "17B", "21", "22B", "71", "72", "73", "88A", "86"}
)
#: Codes whose wording itself says the victim is a child.
CHILD_AGE_CODES = frozenset({"19D", "19E", "19G", "19H", "20B", "17B", "21", "22B", "71"})
#: Codes that are themselves exploitation (71, 72) or grooming (88A).
EXPLOITATION_CODES = frozenset({"71", "72"})
GROOMING_CODES = frozenset({"88A"})
FAMILIAL_CODES = frozenset({"23"})
NETWORK_LINKS = frozenset({"associate_of", "introduced"})
FACILITATION_LINKS = frozenset({"introduced", "transported", "paid"})


class Facts(NamedTuple):
    """What the structured fields say."""

    victim_age: int | None
    victim_age_basis: str
    suspect_ages: tuple[int, ...]
    suspects: int
    unidentified_suspects: int
    associates_linked: int
    codes: frozenset[str]
    link_types: frozenset[str]


def _event_day(record: Record) -> dt.date:
    when = record.occurred_from or record.recorded_at
    return when.date() if isinstance(when, dt.datetime) else when


def age_at(person: Person, day: dt.date) -> int | None:
    """A person's age in whole years on ``day``, from ``dob``, else the recorded ``age``.

    Example:
        >>> age_at(Person(ref="P1", role="victim", dob="2010-06-01"), dt.date(2024, 5, 31))
        13
    """
    if person.dob is not None:
        years = day.year - person.dob.year
        return years - ((day.month, day.day) < (person.dob.month, person.dob.day))
    return person.age


def _victim_age(record: Record, day: dt.date) -> tuple[int | None, str]:
    """The youngest victim's or subject's age, and whether it came from ``dob`` or ``age``."""
    best: tuple[int, str] | None = None
    for p in record.persons:
        if p.role is Role.VICTIM or p.role is Role.SUBJECT:
            age = age_at(p, day)
            if age is not None:
                found = (age, "dob" if p.dob else "age")
                best = found if best is None or found < best else best
    return best if best is not None else (None, "")


def facts(record: Record) -> Facts:
    """Read the structured facts of one record.

    Args:
        record: the record.

    Returns:
        Its :class:`Facts`; the victim is the youngest person with role victim or subject.
    """
    day = _event_day(record)
    victim_age, basis = _victim_age(record, day)
    suspects = [p for p in record.persons if p.role is Role.SUSPECT]
    associates = 0
    if record.links:
        suspect_refs = {p.ref for p in suspects}
        linked = {
            end
            for link in record.links
            if link.type in NETWORK_LINKS
            for end in (link.from_, link.to)
            if (link.from_ in suspect_refs or link.to in suspect_refs)
        }
        associates = len({p.ref for p in record.persons if p.role is Role.ASSOCIATE} & linked)
    return Facts(
        victim_age=victim_age,
        victim_age_basis=basis,
        suspect_ages=tuple(a for p in suspects if (a := age_at(p, day)) is not None),
        suspects=len(suspects),
        unidentified_suspects=sum(1 for p in suspects if not p.identified),
        associates_linked=associates,
        codes=frozenset(record.offence_codes),
        link_types=frozenset(link.type for link in record.links if link.type),
    )
