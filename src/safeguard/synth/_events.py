"""What a scenario asks for (an :class:`Event`) and the pieces of a record built from one.

Scenarios describe events in terms of people, places and what the text must say; the shard
(``_shard.py``) turns each into an exchange record, its narrative and its ground truth.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from safeguard.synth._people import Human

YEAR_START = dt.date(2024, 1, 1)
EXTRACT_DATE = dt.date(2025, 9, 30)  # the day the suppliers' extracts were taken

# Indicator groups that decide whether a record's own text shows exploitation (DfE 2017): a
# child, sexual activity (contact or online, or a sexual-health need) and an exchange for
# something the child needs or wants, or the perpetrator's or facilitator's financial advantage.
# Coercion, grooming and facilitation without an exchange are not enough on their own.
SEXUAL = frozenset({"sexual_activity", "online_sexual", "sexual_health"})
EXCHANGE = frozenset(
    {
        "exchange_gifts",
        "exchange_substances",
        "exchange_lifts_or_stay",
        "exchange_affection_status",
        "exchange_online",
        "exchange_sextortion",
        "facilitation_payment",
    }
)

# Outcome mixes (Home Office codes; None = still outstanding). Child sexual offences: about 4%
# charged and about half closed on evidential difficulties (ONS, year ending March 2019).
CHILD_SEXUAL_OUTCOMES = (
    ("1", 0.052),
    ("1A", 0.004),
    ("2", 0.01),
    ("3", 0.01),
    ("8", 0.01),
    ("10", 0.02),
    ("11", 0.03),
    ("14", 0.14),
    ("15", 0.10),
    ("16", 0.25),
    ("18", 0.07),
    ("20", 0.05),
    ("21", 0.05),
    ("22", 0.02),
    (None, 0.168),
)
GENERAL_OUTCOMES = (
    ("1", 0.07),
    ("2", 0.01),
    ("3", 0.02),
    ("6", 0.01),
    ("8", 0.04),
    ("14", 0.12),
    ("15", 0.07),
    ("16", 0.13),
    ("18", 0.38),
    ("20", 0.02),
    ("21", 0.01),
    ("22", 0.01),
    (None, 0.11),
)


@dataclass(slots=True)
class Who:
    """A person's part in one event."""

    human: Human
    role: str
    identified: bool = True


@dataclass(slots=True)
class Event:
    """One event as a scenario describes it; becomes one record."""

    kind: str
    supplier: str  # police, missing, health, social_care, school, voluntary
    force: str
    day: dt.date
    people: list[Who]
    scenario: str
    case_id: str
    la_id: str = ""
    cse: bool = False
    cce: bool = False
    network_id: str | None = None
    child: Human | None = None
    indicators: set[str] = field(default_factory=set)
    negated: set[str] = field(default_factory=set)
    offences: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    locations: list[dict[str, Any]] = field(default_factory=list)
    objects: list[dict[str, Any]] = field(default_factory=list)
    links: list[tuple[str, str, str]] = field(default_factory=list)  # keys like p0, l1, o0
    actions: list[str] = field(default_factory=list)
    offence_label: str | None = None
    child_sexual: bool = False  # a child sexual offence, for the outcome mix


def random_day(rng: random.Random, start: dt.date = YEAR_START, span: int = 365) -> dt.date:
    """A day in ``[start, start + span)``."""
    return start + dt.timedelta(days=rng.randrange(span))


def evidence_in(ev: Event) -> str:
    """Where the evidence of exploitation sits for a CSE record: its own text or its history.

    Its own text when that states the child (their age), sexual activity and an exchange or
    advantage; otherwise only the child's other records do.
    """
    if not ev.cse:
        return "none"
    ind = ev.indicators
    own = "child_age" in ind and bool(ind & SEXUAL) and bool(ind & EXCHANGE)
    return "own_text" if own else "linked_history"


def stamp(day: dt.date, rng: random.Random) -> str:
    """A recorded-at date-time on ``day`` (UTC, whole minutes)."""
    return f"{day.isoformat()}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00Z"


def draw_outcome(rng: random.Random, ev: Event, recorded: dt.date) -> tuple[str, dt.date] | None:
    """An outcome code and the day it was assigned, or None if still outstanding at extract."""
    table = CHILD_SEXUAL_OUTCOMES if ev.child_sexual else GENERAL_OUTCOMES
    roll = rng.random()
    code: str | None = None
    for code, weight in table:  # noqa: B007  # the loop leaves the drawn code behind
        roll -= weight
        if roll < 0:
            break
    if code is None:
        return None
    # Charging takes long (median about 250 days, Children's Commissioner); closures less.
    # The drawn median is set above 250 because charges after the extract date are cut off.
    median = 330.0 if code in {"1", "1A"} else 110.0
    days = int(rng.lognormvariate(0, 0.55) * median)
    at = recorded + dt.timedelta(days=max(days, 1))
    return (code, at) if at <= EXTRACT_DATE else None
