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
_NONE: frozenset[str] = frozenset()


class Facts(NamedTuple):
    """What the structured fields say."""

    victim_age: int | None
    victim_age_basis: str
    suspect_ages: tuple[int, ...]
    associate_ages: tuple[int, ...]
    other_subject_ages: tuple[int, ...]
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


#: The people that decisions read: (age, basis) of each victim or subject, youngest first;
#: the suspects; the suspects' ages; the associates' ages (a plain tuple: made for every record).
_People = tuple[list[tuple[int, str]], list[Person], tuple[int, ...], tuple[int, ...]]
_new = tuple.__new__


def _people(record: Record, day: dt.date) -> _People:
    """The people that decisions read, with their ages on ``day``, in one pass."""
    victims: list[tuple[int, str]] = []
    suspects: list[Person] = []
    suspect_ages: list[int] = []
    associate_ages: list[int] = []
    for p in record.persons:
        role = p.role
        if role is Role.WITNESS or role is Role.REPORTER:
            continue
        if role is Role.SUSPECT:
            suspects.append(p)
        age = age_at(p, day)
        if age is None:
            continue
        if role is Role.SUSPECT:
            suspect_ages.append(age)
        elif role is Role.ASSOCIATE:
            associate_ages.append(age)
        else:
            victims.append((age, "dob" if p.dob else "age"))
    victims.sort()
    return victims, suspects, tuple(suspect_ages), tuple(associate_ages)


def _associates_linked(record: Record, suspects: list[Person]) -> int:
    """Associates joined to a suspect by a network link (associate_of, introduced)."""
    suspect_refs = {p.ref for p in suspects}
    linked = {
        end
        for link in record.links
        if link.type in NETWORK_LINKS
        for end in (link.from_, link.to)
        if (link.from_ in suspect_refs or link.to in suspect_refs)
    }
    return len({p.ref for p in record.persons if p.role is Role.ASSOCIATE} & linked)


def facts(record: Record) -> Facts:
    """Read the structured facts of one record.

    Args:
        record: the record.

    Returns:
        Its :class:`Facts`; the victim is the youngest person with role victim or subject.
    """
    victims, suspects, suspect_ages, associate_ages = _people(record, _event_day(record))
    victim_age, basis = victims[0] if victims else (None, "")
    links = record.links
    fields = (  # by position, made as a plain tuple is (no Python __new__): for every record
        victim_age,
        basis,
        suspect_ages,
        associate_ages,
        tuple(age for age, _ in victims[1:]) if len(victims) > 1 else (),
        len(suspects),
        sum(1 for p in suspects if not p.identified) if suspects else 0,
        _associates_linked(record, suspects) if links else 0,
        frozenset(record.offence_codes) if record.offence_codes else _NONE,
        frozenset(link.type for link in links if link.type) if links else _NONE,
    )
    return _new(Facts, fields)
