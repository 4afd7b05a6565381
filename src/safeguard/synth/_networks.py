"""Group-based CSE by organised networks (IICSA working definition).

Two or more associated people, identified or not, who exploit children or facilitate it:
introducing children to others, transporting them, taking payment, letting premises be used.
A network has places (hotels, takeaways, flats, taxi offices), vehicles and a shared phone,
and some span two force areas.
"""

from __future__ import annotations

import random
from typing import Any

from safeguard.synth._cse import (
    GROUP_EXCHANGE,
    PERPETRATOR_MALE,
    Case,
    crime,
    exploited_child,
    history,
)
from safeguard.synth._events import Event, Who, random_day
from safeguard.synth._people import STREET_NAMES, Human, phone_number
from safeguard.synth._places import place, vehicle
from safeguard.synth._shard import Shard

FACILITATOR_ROLES = ("introducer", "transporter", "payee", "premises")
CROSS_FORCE_SHARE = 0.3
IN_CARE_SHARE = 0.5  # about half of IICSA case-study children were in care


def _members(
    sh: Shard, force: str, second: str | None, start: Any
) -> list[tuple[Human, str, bool]]:
    """(person, role, identified) for each member; roles as in the truth."""
    rng = sh.rng
    out: list[tuple[Human, str, bool]] = []
    for i in range(rng.randint(2, 6)):
        home = second if second and i % 2 else force
        human = sh.person(home, sh.sex(1 - PERPETRATOR_MALE), rng.randint(18, 50), start)
        if rng.random() < 0.3:
            human.alias = rng.choice(STREET_NAMES)
        out.append((human, "perpetrator", i == 0 or rng.random() > 0.35))
    for role in rng.sample(FACILITATOR_ROLES, rng.randint(1, 3)):
        age = rng.randint(16, 20) if role == "introducer" else rng.randint(22, 60)
        human = sh.person(force, sh.sex(1 - PERPETRATOR_MALE), age, start)
        out.append((human, f"facilitator:{role}", rng.random() > 0.15))
    return out


def _assets(
    rng: random.Random, sh: Shard, force: str, second: str | None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    kinds = rng.sample(
        ("hotel", "takeaway", "residential", "taxi_office", "park"), rng.randint(2, 4)
    )
    places = []
    for i, kind in enumerate(kinds):
        where = second if second and i == len(kinds) - 1 else force
        loc = place(rng, "", kind, sh.areas[where])
        del loc["ref"]
        places.append(loc)
    reg, desc = vehicle(rng)
    objects = [
        {"type": "vehicle", "value": reg, "description": desc},
        {"type": "phone", "value": phone_number(rng)},
    ]
    return places, objects


def _links(people: list[Who], roles: list[str]) -> list[tuple[str, str, str]]:
    """Links a record can state between its people (p1.. are members, p0 the child)."""
    links: list[tuple[str, str, str]] = []
    for i, role in enumerate(roles, start=1):
        links.append((f"p{i}", "l0", "seen_at"))
        if role == "facilitator:introducer":
            links.append((f"p{i}", "p0", "introduced"))
        elif role == "facilitator:transporter":
            links += [(f"p{i}", "o0", "drives"), (f"p{i}", "p0", "transported")]
        elif role == "facilitator:payee" and len(roles) > 1:
            links.append(("p1" if i != 1 else "p2", f"p{i}", "paid"))
        elif role == "perpetrator":
            links.append((f"p{i}", "o1", "uses"))
    links += [("p1", f"p{i}", "associate_of") for i in range(2, len(people))]
    return links


_FACILITATION = {
    "facilitator:introducer": "facilitation_introduce",
    "facilitator:transporter": "facilitation_transport",
    "facilitator:payee": "facilitation_payment",
    "facilitator:premises": "facilitation_premises",
}


def _child_crimes(case: Case, members: list[tuple[Human, str, bool]], second: str | None) -> None:
    rng = case.shard.rng
    for _ in range(rng.choice((1, 1, 2, 2, 3))):
        chosen = rng.sample(members, min(len(members), rng.randint(2, 4)))
        people = [Who(case.child, "victim")] + [Who(h, "suspect", ok) for h, _, ok in chosen]
        roles = [r for _, r, _ in chosen]
        extra = {
            "multiple_perpetrators",
            "hotel_takeaway_taxi",
            *(_FACILITATION[r] for r in roles if r in _FACILITATION),
        }
        # Some offences fall in the second force's area when the network crosses a boundary.
        force = second if second and rng.random() < 0.5 else case.force
        crime(
            case,
            people,
            extra,
            locations=case.places[:2],
            objects=case.objects,
            links=_links(people, roles),
            force=force,
        )


def group(sh: Shard, force: str) -> None:
    """One organised network, its children, their histories and the network's intelligence."""
    rng = sh.rng
    nid = f"N{sh.index}{sh.case_id('net')[-7:]}"
    second = sh.other_force(force) if rng.random() < CROSS_FORCE_SHARE else None
    start = random_day(rng, span=200)
    members = _members(sh, force, second, start)
    places, objects = _assets(rng, sh, force, second)
    children = []
    for _ in range(rng.randint(2, 6)):
        child = exploited_child(sh, force, IN_CARE_SHARE)
        children.append(child)
        sh.child_truth(child, True, "cse_group")
        case = Case(
            sh,
            child,
            force,
            sh.la_of(force),
            "cse_group",
            sh.case_id("cse_group"),
            random_day(rng, start, 60),
            nid,
            suspects=[Who(h, "suspect", ok) for h, _, ok in members[:3]],
            places=places,
            objects=objects,
            exchange=rng.choice(GROUP_EXCHANGE),
        )
        history(case)
        _child_crimes(case, members, second)
        case.close()
    _network_intelligence(sh, nid, force, second, members, places, objects, children)
    sh.out.networks.append(
        {
            "network_id": nid,
            "home_force": force,
            "forces": sorted({force} | ({second} if second else set())),
            "children": [c.pid for c in children],
            "members": [{"person_id": h.pid, "role": r, "identified": ok} for h, r, ok in members],
        }
    )


def _network_intelligence(
    sh: Shard,
    nid: str,
    force: str,
    second: str | None,
    members: list[tuple[Human, str, bool]],
    places: list[dict[str, Any]],
    objects: list[dict[str, Any]],
    children: list[Human],
) -> None:
    rng = sh.rng
    for _ in range(rng.randint(2, 5)):
        chosen = rng.sample(members, min(len(members), rng.randint(2, 4)))
        child = rng.choice(children)
        people = [Who(child, "subject")] + [Who(h, "associate", ok) for h, _, ok in chosen]
        area = second if second and rng.random() < 0.5 else force
        ind = {
            "multiple_perpetrators",
            "hotel_takeaway_taxi",
            "older_male",
            *rng.sample(
                (
                    "exchange_gifts",
                    "exchange_substances",
                    "exchange_lifts_or_stay",
                    "facilitation_transport",
                    "facilitation_premises",
                ),
                2,
            ),
        }
        sh.emit(
            Event(
                kind="intelligence",
                supplier="police",
                force=area,
                day=random_day(rng),
                people=people,
                scenario="cse_group",
                case_id=nid,
                cse=True,
                network_id=nid,
                child=child,
                indicators=ind,
                locations=places[:2],
                objects=objects,
                links=_links(people, [r for _, r, _ in chosen]),
            )
        )
