"""Child sexual exploitation scenarios: lone offender, online, and the child's history.

A CSE victim's story is spread over agencies: missing episodes, a social-care referral about
gifts and an older "boyfriend", sexual-health contacts, school concerns, intelligence, and then
a crime that is often "bare" (a 22B with a short account), so that only the linked history shows
the exploitation. Every record of that story is labelled ``cse`` in the truth, and at least one
of them shows the exchange or advantage that makes the abuse exploitation (DfE 2017).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from safeguard.synth._events import EXCHANGE, Event, Who, random_day
from safeguard.synth._people import Human, age_on
from safeguard.synth._shard import Shard

YEAR_END = dt.date(2024, 12, 31)
BARE_CRIME_SHARE = 0.55  # CSE crimes whose own text shows no exchange or coercion
VICTIM_FEMALE = 0.79  # VKPP 2023: 79% of CSAE victims female
PERPETRATOR_MALE = 0.82  # VKPP 2023: 82% of CSAE perpetrators male
_MISSING_EXTRAS = (
    "older_male",
    "hotel_takeaway_taxi",
    "exchange_gifts",
    "substance_misuse",
    "exchange_lifts_or_stay",
)
_CARE_EXTRAS = (
    "older_male",
    "exchange_gifts",
    "control",
    "substance_misuse",
    "grooming",
    "exchange_substances",
    "self_harm",
    "exchange_affection_status",
)
_EXPLOIT_TEXT = (
    "exchange_gifts",
    "exchange_substances",
    "exchange_lifts_or_stay",
    "control",
    "exchange_affection_status",
    "grooming",
    "older_male",
)
# What each kind of case gives the child (or gains), stated in at least one of its records.
LONE_EXCHANGE = (
    "exchange_gifts",
    "exchange_gifts",
    "exchange_substances",
    "exchange_lifts_or_stay",
    "exchange_affection_status",
)
GROUP_EXCHANGE = (
    "exchange_gifts",
    "exchange_substances",
    "exchange_substances",
    "exchange_lifts_or_stay",
    "exchange_affection_status",
)
ONLINE_EXCHANGE = (
    "exchange_online",  # gift cards, game credit, money sent
    "exchange_online",
    "exchange_sextortion",  # more images sent so that the first are not shared
    "exchange_sextortion",
    "exchange_affection_status",  # "said he loved her"
    "exchange_gifts",  # a phone or clothes sent by post
)
_BARE = frozenset({"sexual_activity", "online_sexual", "child_age"})


@dataclass(slots=True)
class Case:
    """What one exploited child's records share."""

    shard: Shard
    child: Human
    force: str
    la_id: str
    scenario: str
    case_id: str
    start: dt.date
    network_id: str | None = None
    suspects: list[Who] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    objects: list[dict[str, Any]] = field(default_factory=list)
    exchange: str = "exchange_gifts"  # what the child is given, if no record says otherwise
    records: list[Event] = field(default_factory=list)  # held until close()

    def add(
        self, kind: str, supplier: str, day: dt.date, indicators: set[str], **more: Any
    ) -> None:
        """Hold one record of the case until :meth:`close`."""
        self.records.append(self.event(kind, supplier, day, indicators, **more))

    def close(self) -> None:
        """Emit the case's records, one of which (at least) shows the exchange or advantage."""
        if not any(ev.indicators & EXCHANGE for ev in self.records):
            self._carry_exchange()
        for ev in self.records:
            self.shard.emit(ev)
        self.records = []

    def _carry_exchange(self) -> None:
        """Put the case's exchange in one of its records (not a bare crime), or a new referral."""
        rng = self.shard.rng
        can_carry = [
            ev for ev in self.records if not (ev.kind == "crime" and ev.indicators <= _BARE)
        ]
        if can_carry and rng.random() < 0.85:
            rng.choice(can_carry).indicators.add(self.exchange)
            return
        online = self.scenario == "cse_online"
        supplier = rng.choice(("school", "social_care") if online else ("social_care", "voluntary"))
        context = rng.choice(("grooming", "older_male") if online else ("older_male", "missing"))
        self.add("referral", supplier, self.day(), {"child_age", self.exchange, context})

    def event(
        self, kind: str, supplier: str, day: dt.date, indicators: set[str], **more: Any
    ) -> Event:
        people = more.pop("people", [Who(self.child, "subject")])
        return Event(
            kind=kind,
            supplier=supplier,
            force=more.pop("force", self.force),
            day=min(day, YEAR_END),
            people=people,
            scenario=self.scenario,
            case_id=self.case_id,
            la_id=self.la_id,
            cse=True,
            network_id=self.network_id,
            child=self.child,
            indicators=indicators,
            **more,
        )

    def day(self, span: int = 150) -> dt.date:
        return self.start + dt.timedelta(days=self.shard.rng.randrange(span))


def exploited_child(sh: Shard, force: str, in_care: float, age_lo: int = 12) -> Human:
    """A child victim of CSE: mostly 13 to 15, in care with the given probability.

    Ages are at the start of the year and at most 16, so the child is under 18 at every event.
    """
    rng = sh.rng
    age = rng.choice((age_lo, 13, 13, 14, 14, 14, 15, 15, 15, 16, 16))
    child = sh.person(force, sh.sex(VICTIM_FEMALE), age, dt.date(2024, 1, 1))
    child.in_care = rng.random() < in_care
    return child


def history(case: Case) -> None:
    """The child's records at other agencies (and police non-crime records)."""
    rng = case.shard.rng
    for _ in range(rng.choice((1, 1, 2, 2, 3, 4))):
        _missing(case)
    if rng.random() < 0.8:
        ind = {"child_age", *rng.sample(_CARE_EXTRAS, rng.randint(1, 3))}
        actions = ["strategy_meeting"] if rng.random() < 0.5 else []
        actions += ["safety_plan"] if rng.random() < 0.3 else []
        case.add("referral", "social_care", case.day(), ind, actions=actions)
    if rng.random() < 0.45:
        ind = {"sexual_health", "child_age"} | ({"older_male"} if rng.random() < 0.5 else set())
        case.add("referral", "health", case.day(), ind)
    if rng.random() < 0.45:
        ind = {"missing", *rng.sample(("exchange_gifts", "older_male", "substance_misuse"), 1)}
        case.add("referral", "school", case.day(), ind)
    if rng.random() < 0.15:
        ind = {"child_age", "grooming", *rng.sample(_CARE_EXTRAS, 1)}
        case.add("referral", "voluntary", case.day(), ind)
    if case.suspects and rng.random() < 0.4:
        _intelligence(case)


def _missing(case: Case) -> None:
    sh, rng = case.shard, case.shard.rng
    day = case.day()
    ind = {"missing", "child_age", *rng.sample(_MISSING_EXTRAS, rng.randint(0, 2))}
    places = [{"type": "care_home", "name": "children's home"}] if case.child.in_care else []
    actions = ["return_home_interview"] if rng.random() < 0.6 else []
    case.add(
        "missing_episode", "missing", day, ind, flags=["MISSING"], actions=actions, locations=places
    )
    if rng.random() < 0.5:
        # Found by, or reported to, police: sometimes in a neighbouring force's area.
        force = sh.other_force(case.force) if rng.random() < 0.2 else case.force
        ind2 = {"missing", *rng.sample(_MISSING_EXTRAS, rng.randint(0, 2))}
        case.add(
            "missing_episode", "police", day + dt.timedelta(days=1), ind2, force=force,
            flags=["MISSING"],
        )  # fmt: skip


def _intelligence(case: Case) -> None:
    rng = case.shard.rng
    people = [Who(case.child, "subject"), *case.suspects[:3]]
    ind = {
        "older_male",
        *rng.sample(
            (
                "hotel_takeaway_taxi",
                "exchange_gifts",
                "exchange_lifts_or_stay",
                "multiple_perpetrators",
            ),
            2,
        ),
    }
    links = [(f"p{i}", "l0", "seen_at") for i in range(1, len(people))] if case.places else []
    case.add(
        "intelligence",
        "police",
        case.day(),
        ind,
        people=people,
        locations=case.places[:2],
        objects=case.objects[:1],
        links=links,
    )


def crime_codes(rng: random.Random, child: Human, day: dt.date, online: bool = False) -> list[str]:
    """Offence codes for a sexual crime against the child, by age, sex and route."""
    age = age_on(child.dob, day)
    if online:
        return [rng.choice(("88A", "88A", "86", "22B"))]
    options: tuple[str, ...]
    if age < 13:
        options = ("21", "19E" if child.sex == "F" else "19H", "20B" if child.sex == "F" else "17B")
    elif age < 16:
        options = ("22B", "22B", "22B", "19D" if child.sex == "F" else "19G", "88A", "71")
    else:
        options = ("71", "71", "72", "19C" if child.sex == "F" else "19F")
    return [rng.choice(options)]


def crime(
    case: Case,
    people: list[Who],
    extra: set[str],
    online: bool = False,
    pool: tuple[str, ...] = _EXPLOIT_TEXT,
    **more: Any,
) -> None:
    """A sexual crime in the case: bare (history carries the evidence) or full.

    A full crime states the child's age, the coercion, ``extra`` and two indicators of ``pool``.
    """
    rng = case.shard.rng
    day = case.start + dt.timedelta(days=rng.randint(60, 170))
    sexual = "online_sexual" if online else "sexual_activity"
    if rng.random() < BARE_CRIME_SHARE:
        ind = {sexual} | ({"child_age"} if rng.random() < 0.7 else set())
    else:
        ind = {sexual, "child_age", "control", *rng.sample(pool, 2), *extra}
    actions = ["strategy_meeting"] + (
        ["child_abduction_warning_notice"] if rng.random() < 0.2 else []
    )
    if rng.random() < 0.03:
        actions.append("sexual_risk_order")
    case.add(
        "crime",
        "police",
        day,
        ind,
        people=people,
        offences=crime_codes(rng, case.child, day, online),
        child_sexual=True,
        actions=actions,
        flags=["ONLINE"] if online else [],
        **more,
    )


def lone(sh: Shard, force: str) -> None:
    """One adult exploits one child: gifts, lifts, an older "boyfriend"."""
    rng = sh.rng
    child = exploited_child(sh, force, in_care=0.4)
    start = random_day(rng, span=240)
    perp = sh.person(force, sh.sex(1 - PERPETRATOR_MALE), rng.randint(19, 45), start)
    case = Case(
        sh,
        child,
        force,
        sh.la_of(force),
        "cse_lone",
        sh.case_id("cse_lone"),
        start,
        suspects=[Who(perp, "suspect")],
        exchange=rng.choice(LONE_EXCHANGE),
    )
    sh.child_truth(child, True, "cse_lone")
    history(case)
    for _ in range(rng.choice((1, 1, 2))):
        crime(case, [Who(child, "victim"), Who(perp, "suspect")], {"older_male"})
    case.close()


def online(sh: Shard, force: str) -> None:
    """Online CSE: sexual images or calls in exchange for gift cards, game credit, money or
    affection, or sextortion (more images so that the first are not shared); the offender is
    often unnamed or far away."""
    rng = sh.rng
    child = exploited_child(sh, force, in_care=0.2, age_lo=11)
    start = random_day(rng, span=240)
    home = sh.other_force(force) if rng.random() < 0.4 else force
    perp = sh.person(home, sh.sex(1 - PERPETRATOR_MALE), rng.randint(18, 50), start)
    known = rng.random() < 0.6
    handle = {"type": "online_account", "value": f"@{perp.forename.lower()}{rng.randint(1, 999)}"}
    exchange = rng.choice(ONLINE_EXCHANGE)
    case = Case(
        sh,
        child,
        force,
        sh.la_of(force),
        "cse_online",
        sh.case_id("cse_online"),
        start,
        objects=[handle],
        exchange=exchange,
    )
    sh.child_truth(child, True, "cse_online")
    if rng.random() < 0.6:
        ind = {"child_age", "online_sexual", rng.choice(("grooming", "control"))}
        ind |= {exchange} if rng.random() < 0.4 else set()
        case.add("referral", rng.choice(("school", "social_care")), case.day(), ind)
    if rng.random() < 0.3:
        _missing(case)
    for _ in range(rng.choice((1, 1, 2))):
        crime(
            case,
            [Who(child, "victim"), Who(perp, "suspect", known)],
            {"grooming"},
            online=True,
            pool=(exchange, exchange, "exchange_affection_status", "older_male"),
            objects=[handle],
            links=[("p1", "o0", "uses")],
        )
    case.close()
