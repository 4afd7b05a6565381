"""Suppliers (forces and partner organisations), places, vehicles and phones.

Each force area has its police force, a missing-person unit, a sexual-health service, and for
each of its local authorities a children's social care service and a schools safeguarding
team; two voluntary-sector services work across the country. Partner records carry ``force``
as the area they serve.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from functools import cache
from typing import Any

from safeguard.reference import forces, local_authorities
from safeguard.synth._people import STREETS, postcode

VOLUNTARY = ("youth-outreach-voluntary", "children-first-voluntary")
HOTELS = (
    "Star Hotel",
    "Station Hotel",
    "Royal Hotel",
    "Park Inn Lodge",
    "Crown Hotel",
    "Travel Rest",
    "Victoria Guest House",
    "Regent Hotel",
)
TAKEAWAYS = (
    "Pizza Palace",
    "Chicken Express",
    "Kebab House",
    "Golden Dragon",
    "Tasty Grill",
    "Perfect Pizza",
    "Spice Corner",
    "Burger Shack",
)
TAXIS = ("A1 Cars", "Star Taxis", "City Cabs", "Premier Private Hire", "Town Cars", "Ace Taxis")
PARKS = ("Memorial Park", "the recreation ground", "Victoria Park", "the skate park")
MAKES = (
    "silver Toyota Prius",
    "black VW Golf",
    "white Ford Transit",
    "grey Skoda Octavia",
    "blue Vauxhall Corsa",
    "black BMW 3 Series",
    "red Seat Leon",
    "silver Honda Civic",
)
_UPPER = string.ascii_uppercase.replace("I", "").replace("Q", "")


@dataclass(frozen=True, slots=True)
class Area:
    """One force area and the suppliers in it."""

    force: str
    name: str
    code: str  # the two-letter postcode area we invent for it
    las: tuple[tuple[str, str], ...]  # (la_id, name)


@cache
def areas() -> dict[str, Area]:
    """Every force area, by force id."""
    by_force: dict[str, list[tuple[str, str]]] = {}
    for la in local_authorities():
        by_force.setdefault(la.force_id, []).append((la.la_id, la.name))
    out = {}
    for force in forces():
        words = [w for w in force.force_id.split("-") if w not in {"and", "of"}]
        code = (words[0][0] + words[1][0] if len(words) > 1 else words[0][:2]).upper()
        out[force.force_id] = Area(
            force.force_id, force.name, code, tuple(by_force[force.force_id])
        )
    return out


def supplier(kind: str, force: str, la_id: str) -> tuple[str, str]:
    """The (source id, source type) of a supplier kind in an area.

    Args:
        kind: ``police``, ``missing``, ``health``, ``social_care``, ``school`` or ``voluntary``.
        force: the force area.
        la_id: the child's local authority (for social care and schools).
    """
    if kind == "police":
        return force, "police"
    if kind == "missing":
        return f"{force}-missing-persons", "missing_persons"
    if kind == "health":
        return f"{force}-sexual-health", "health"
    if kind == "social_care":
        return f"{la_id}-childrens-social-care", "childrens_social_care"
    if kind == "school":
        return f"{la_id}-schools", "education"
    # voluntary services are national; which one depends only on the area, so it is stable
    return VOLUNTARY[len(force) % len(VOLUNTARY)], "voluntary_sector"


def place(rng: random.Random, ref: str, kind: str, area: Area) -> dict[str, Any]:
    """A location of the given type in the area, as a record holds it."""
    town = rng.choice(area.las)[1]
    street = f"{rng.randint(1, 140)} {rng.choice(STREETS)}"
    names = {"hotel": HOTELS, "takeaway": TAKEAWAYS, "taxi_office": TAXIS, "park": PARKS}
    if kind in names:
        name = f"{rng.choice(names[kind])}, {town}"
    elif kind == "residential":
        name = f"Flat {rng.randint(1, 12)}, {street}"
    else:
        name = f"{town}"
    out: dict[str, Any] = {"ref": ref, "type": kind, "name": name}
    if rng.random() < 0.6:
        out["address"] = f"{street}, {town}"
        out["postcode"] = postcode(rng, area.code)
    return out


def vehicle(rng: random.Random) -> tuple[str, str]:
    """A (registration mark, description) pair in the current GB format."""
    reg = (
        f"{rng.choice(_UPPER)}{rng.choice(_UPPER)}{rng.randint(10, 74)} "
        f"{rng.choice(_UPPER)}{rng.choice(_UPPER)}{rng.choice(_UPPER)}"
    )
    return reg, rng.choice(MAKES)
