"""Synthetic people and how each record writes them down.

A :class:`Human` is the truth about one person; :func:`mention` renders that person as one
record holds them, with the variation real records show (nicknames, typos, swapped day and
month, age instead of date of birth, an old or new address). Every person is drawn from the
same name, ethnicity and nationality distributions whatever part they later play, so that no
protected characteristic carries any signal about offending.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from bisect import bisect
from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from typing import Any

from safeguard.reference import first_names, name_variants, surnames

# Census 2021 (England and Wales) 18+1 ethnic groups as police self-defined codes, with rough
# population shares. The same table serves every person: nothing may learn offending from it.
ETHNICITY = (
    ("W1", 0.745),
    ("W2", 0.009),
    ("W3", 0.001),
    ("W4", 0.002),
    ("W9", 0.062),
    ("M1", 0.009),
    ("M2", 0.004),
    ("M3", 0.012),
    ("M9", 0.009),
    ("A1", 0.031),
    ("A2", 0.027),
    ("A3", 0.011),
    ("A4", 0.007),
    ("A9", 0.016),
    ("B1", 0.011),
    ("B2", 0.025),
    ("B9", 0.005),
    ("O2", 0.006),
    ("O9", 0.016),
)
NATIONALITY = (
    ("GBR", 0.90),
    ("POL", 0.015),
    ("ROU", 0.012),
    ("IND", 0.008),
    ("PAK", 0.006),
    ("IRL", 0.006),
    ("ITA", 0.005),
    ("NGA", 0.004),
    ("PRT", 0.004),
    ("ESP", 0.003),
    ("LTU", 0.003),
    ("BGD", 0.003),
    ("DEU", 0.003),
    ("FRA", 0.003),
    ("ZAF", 0.002),
    ("CHN", 0.002),
    ("SOM", 0.002),
    ("AFG", 0.002),
    ("IRQ", 0.002),
    ("JAM", 0.002),
)
STREETS = (
    "Mill Lane",
    "Church Street",
    "Victoria Road",
    "Park Avenue",
    "Station Road",
    "High Street",
    "Queens Road",
    "Green Lane",
    "Manor Road",
    "Kings Road",
    "Springfield Road",
    "Grange Road",
    "Chapel Street",
    "Albert Road",
    "North Street",
    "York Road",
    "Elm Grove",
    "Moor Lane",
    "Cross Street",
    "Oak Avenue",
    "Market Street",
    "Bridge Street",
    "West Street",
    "New Road",
)
STREET_NAMES = ("Blaze", "Smoke", "Tiny", "Kaz", "Ace", "Prince", "Bigman", "Jay", "Dee", "Ghost")
_LOWER = string.ascii_lowercase
_UPPER = string.ascii_uppercase


@dataclass(slots=True)
class Human:
    """The truth about one synthetic person (the ground truth the records vary from)."""

    pid: str
    sex: str
    dob: dt.date
    forename: str
    surname: str
    ethnicity: str
    nationality: str
    force: str
    address: str
    postcode: str
    moved_on: dt.date | None = None
    new_address: str | None = None
    new_postcode: str | None = None
    phone: str | None = None
    alias: str | None = None
    in_care: bool = False


class _Table:
    """Values with pre-computed cumulative weights: one ``bisect`` per draw."""

    __slots__ = ("cum", "total", "values")

    def __init__(self, pairs: list[tuple[str, float]]) -> None:
        self.values = [v for v, _ in pairs]
        self.cum = list(accumulate(w for _, w in pairs))
        self.total = self.cum[-1]

    def draw(self, rng: random.Random) -> str:
        return self.values[bisect(self.cum, rng.random() * self.total)]


@dataclass(frozen=True, slots=True)
class NameBook:
    """Name frequency tables, built once per process."""

    first: dict[tuple[str, int], _Table]
    last: _Table
    variants: dict[str, _Table]
    ethnicity: _Table
    nationality: _Table


@cache
def name_book() -> NameBook:
    """Build (once) the frequency tables for drawing names and characteristics."""
    by_key: dict[tuple[str, int], list[tuple[str, float]]] = {}
    for name, freq, sex, year in first_names():
        by_key.setdefault(("F" if sex == "female" else "M", year), []).append((name, freq))
    variants: dict[str, list[tuple[str, float]]] = {}
    for name, variant, freq in name_variants():
        if variant != name and variant.isalpha():
            variants.setdefault(name, []).append((variant, freq))
    return NameBook(
        first={k: _Table(v) for k, v in by_key.items()},
        last=_Table(list(surnames())),
        variants={k: _Table(v) for k, v in variants.items()},
        ethnicity=_Table(list(ETHNICITY)),
        nationality=_Table(list(NATIONALITY)),
    )


def postcode(rng: random.Random, area: str) -> str:
    """A made-up postcode in the given two-letter area ("LE7 3AB")."""
    return f"{area}{rng.randint(1, 29)} {rng.randint(1, 9)}{rng.choice(_UPPER)}{rng.choice(_UPPER)}"


def phone_number(rng: random.Random) -> str:
    """A mobile number in the range Ofcom reserves for drama (07700 900000 to 900999)."""
    return f"07700 900{rng.randint(0, 999):03d}"


def make_human(
    rng: random.Random, pid: str, force: str, area: str, sex: str, dob: dt.date
) -> Human:
    """Draw one person: name by sex and birth year, characteristics from the shared tables."""
    book = name_book()
    year = min(max(dob.year, 1996), 2018)  # the ONS baby-name table covers 1996 to 2018
    human = Human(
        pid=pid,
        sex=sex,
        dob=dob,
        forename=book.first[(sex, year)].draw(rng).title(),
        surname=book.last.draw(rng).title(),
        ethnicity=book.ethnicity.draw(rng),
        nationality=book.nationality.draw(rng),
        force=force,
        address=f"{rng.randint(1, 180)} {rng.choice(STREETS)}",
        postcode=postcode(rng, area),
    )
    if rng.random() < 0.6:
        human.phone = phone_number(rng)
    if rng.random() < 0.15:
        human.moved_on = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(30, 330))
        human.new_address = f"{rng.randint(1, 180)} {rng.choice(STREETS)}"
        human.new_postcode = postcode(rng, area)
    return human


def typo(rng: random.Random, word: str) -> str:
    """One keying error: a swap, a drop, a doubled or a wrong letter."""
    if len(word) < 4:
        return word + word[-1]
    i = rng.randint(1, len(word) - 2)
    op = rng.randint(0, 3)
    if op == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == 1:
        return word[:i] + word[i + 1 :]
    if op == 2:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice(_LOWER) + word[i + 1 :]


def age_on(dob: dt.date, day: dt.date) -> int:
    """Whole years of age on ``day``."""
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def _forename(rng: random.Random, human: Human, mess: Counter[str]) -> str:
    roll = rng.random()
    if roll < 0.12:
        table = name_book().variants.get(human.forename.lower())
        if table is not None:
            mess["forename_nickname_or_short_form"] += 1
            return table.draw(rng).title()
    elif roll < 0.19:
        mess["forename_typo"] += 1
        return typo(rng, human.forename)
    return human.forename


def _dob_fields(
    rng: random.Random, human: Human, day: dt.date, out: dict[str, Any], mess: Counter[str]
) -> None:
    roll = rng.random()
    dob = human.dob
    if roll < 0.05 and dob.day <= 12 and dob.day != dob.month:
        mess["dob_day_month_swapped"] += 1
        out["dob"] = dob.replace(month=dob.day, day=dob.month).isoformat()
    elif roll < 0.17:
        mess["dob_missing_age_given"] += 1
        out["age"] = age_on(dob, day)
    elif roll < 0.23:
        mess["dob_and_age_missing"] += 1
    else:
        out["dob"] = dob.isoformat()


def _address_fields(
    rng: random.Random, human: Human, day: dt.date, out: dict[str, Any], mess: Counter[str]
) -> None:
    if rng.random() < 0.25:
        return  # many records hold no address
    if human.moved_on is not None and day >= human.moved_on:
        mess["new_address_after_move"] += 1
        out["address"], out["postcode"] = human.new_address, human.new_postcode
    else:
        out["address"], out["postcode"] = human.address, human.postcode


def mention(
    rng: random.Random,
    human: Human,
    ref: str,
    role: str,
    day: dt.date,
    mess: Counter[str],
    ethnicity_recorded: float = 0.75,
) -> dict[str, Any]:
    """Render ``human`` as one record holds them on ``day``, with realistic variation."""
    out: dict[str, Any] = {"ref": ref, "role": role, "forename": _forename(rng, human, mess)}
    surname = human.surname
    if rng.random() < 0.05:
        mess["surname_typo"] += 1
        surname = typo(rng, surname)
    out["surname"] = surname
    _dob_fields(rng, human, day, out, mess)
    out["sex"] = human.sex if rng.random() < 0.96 else "U"
    if rng.random() < ethnicity_recorded:
        out["ethnicity"] = human.ethnicity
    else:
        mess["ethnicity_not_recorded"] += 1
    if rng.random() < 0.5:
        out["nationality"] = human.nationality
    _address_fields(rng, human, day, out, mess)
    if human.phone and rng.random() < 0.5:
        mess["phone_recorded"] += 1
        out["phone"] = human.phone
    if human.alias and rng.random() < 0.5:
        mess["alias_recorded"] += 1
        out["aliases"] = [human.alias]
    return out


def unidentified(
    rng: random.Random, ref: str, role: str, human: Human, day: dt.date
) -> dict[str, Any]:
    """A person the record knows exists but cannot name ("an unknown older male")."""
    out: dict[str, Any] = {"ref": ref, "role": role, "identified": False, "sex": human.sex}
    if rng.random() < 0.5:
        out["age"] = max(age_on(human.dob, day) + rng.randint(-4, 4), 10)
    if human.alias and rng.random() < 0.3:
        out["aliases"] = [human.alias]  # known only by a street name
    return out
