"""Loaders for the bundled reference CSVs."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


def _rows(name: str) -> list[dict[str, str]]:
    text = files("safeguard.reference").joinpath("data", name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@dataclass(frozen=True, slots=True)
class Force:
    """A territorial police force of England and Wales, as data.police.uk ids it."""

    force_id: str
    name: str
    country: str
    population_thousands: int


@dataclass(frozen=True, slots=True)
class LocalAuthority:
    """An English or Welsh local authority and the police force area it lies in."""

    la_id: str
    name: str
    force_id: str
    country: str


@dataclass(frozen=True, slots=True)
class OffenceCode:
    code: str
    description: str
    subgroup: str
    group: str


@cache
def forces() -> tuple[Force, ...]:
    """The 43 territorial forces, in data.police.uk id order."""
    return tuple(
        Force(r["force_id"], r["name"], r["country"], int(r["population_thousands"]))
        for r in _rows("forces.csv")
    )


@cache
def local_authorities() -> tuple[LocalAuthority, ...]:
    """Local authorities (children's services areas), a few or more per force, by force."""
    return tuple(
        LocalAuthority(r["la_id"], r["name"], r["force_id"], r["country"])
        for r in _rows("local_authorities.csv")
    )


@cache
def offence_codes() -> dict[str, OffenceCode]:
    """Home Office offence codes (2017-18 ONS hierarchy), by code."""
    return {
        r["offence_code"]: OffenceCode(
            r["offence_code"], r["offence_description"], r["offence_subgroup"], r["offence_group"]
        )
        for r in _rows("ho_offence_codes_2017-18_ons.csv")
    }


@cache
def outcome_codes() -> dict[str, tuple[str, str]]:
    """Home Office outcome codes: code to (label, outcome group)."""
    return {r["code"]: (r["label"], r["outcome_group"]) for r in _rows("outcome_codes.csv")}


@cache
def first_names() -> tuple[tuple[str, float, str, int], ...]:
    """ONS first names: (name, frequency within sex and year, sex, birth year); lower case."""
    return tuple(
        (r["firstname"], float(r["freq"]), r["sex"], int(r["birthyear"]))
        for r in _rows("sdglinkage_firstname_uk.csv")
    )


@cache
def surnames() -> tuple[tuple[str, float], ...]:
    """UK surnames with their frequency; lower case."""
    return tuple((r["surname"], float(r["freq"])) for r in _rows("sdglinkage_lastname_uk.csv"))


@cache
def name_variants() -> tuple[tuple[str, str, float], ...]:
    """First-name variants and nicknames (name, variant, frequency); lower case."""
    return tuple(
        (r["forename"], r["forename2"], float(r["freq"]))
        for r in _rows("sdglinkage_firstname_uk_variant.csv")
    )
