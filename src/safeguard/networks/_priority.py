"""The priority score of a network: six documented components, each shown, summing to 0-100.

* ``children`` (max 30): 6 per child who meets cse/1;
* ``recency`` (max 20): 20 when the latest record is on the data's last day, falling linearly
  to 0 at 365 days before it;
* ``escalation`` (max 10): 10 x (records in the last 90 days - records in the 90 days before)
  / the larger of the two, when rising;
* ``members`` (max 10): 2 per involved individual (at least);
* ``open_investigations`` (max 15): 3 per crime of the network with no outcome yet;
* ``missed_flags`` (max 15): 3 per record of the network that should carry a CSE flag and
  does not.

Inputs are counts and dates only: never sex, ethnicity, nationality, religion or any other
protected characteristic.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

WINDOW_DAYS = 90
RECENCY_DAYS = 365


@dataclass(frozen=True, slots=True)
class PriorityFacts:
    """What the score is computed from (counts and dates only)."""

    children_exploited: int
    last_seen: dt.datetime | None
    reference: dt.datetime | None  # the latest date of any record in the warehouse
    recent_records: int  # records dated in the last WINDOW_DAYS before the reference
    earlier_records: int  # records dated in the WINDOW_DAYS before those
    individuals: int
    open_investigations: int
    missed_flags: int


@dataclass(frozen=True, slots=True)
class Component:
    """One component of the score: its input value, points, maximum and why."""

    id: str
    value: float
    points: float
    max: float
    explanation: str

    def to_json(self) -> dict[str, object]:
        """The component as stored in ``networks.priority_components``."""
        return {
            "id": self.id,
            "value": self.value,
            "points": self.points,
            "max": self.max,
            "explanation": self.explanation,
        }


def priority(facts: PriorityFacts) -> tuple[float, tuple[Component, ...]]:
    """The priority score and its components.

    Args:
        facts: the network's counts and dates.

    Returns:
        (score 0-100 rounded to 0.1, the six components).

    Example:
        >>> now = dt.datetime(2024, 12, 31)
        >>> score, parts = priority(PriorityFacts(2, now, now, 3, 1, 4, 1, 2))
        >>> score, [p.points for p in parts]
        (55.7, [12.0, 20.0, 6.7, 8.0, 3.0, 6.0])
    """
    parts = (
        _per("children", facts.children_exploited, 6, 30, "child(ren) who meet cse/1"),
        _recency(facts.last_seen, facts.reference),
        _escalation(facts.recent_records, facts.earlier_records),
        _per("members", facts.individuals, 2, 10, "involved individual(s), at least"),
        _per("open_investigations", facts.open_investigations, 3, 15, "crime(s) with no outcome"),
        _per("missed_flags", facts.missed_flags, 3, 15, "record(s) missing a CSE flag"),
    )
    return round(sum(p.points for p in parts), 1), parts


def _per(name: str, count: int, each: float, cap: float, what: str) -> Component:
    points = float(min(cap, each * count))
    return Component(name, count, points, cap, f"{count} {what}, {each:g} points each")


def _recency(last: dt.datetime | None, reference: dt.datetime | None) -> Component:
    if last is None or reference is None:
        return Component("recency", RECENCY_DAYS, 0.0, 20, "no dated record")
    days = max(0, (reference - last).days)
    points = round(20 * max(0.0, 1 - days / RECENCY_DAYS), 1)
    return Component(
        "recency", days, points, 20, f"latest record {days} day(s) before the data's last"
    )


def _escalation(recent: int, earlier: int) -> Component:
    rise = (recent - earlier) / max(recent, earlier, 1)
    points = round(10 * min(1.0, max(0.0, rise)), 1)
    text = (
        f"{recent} record(s) in the last {WINDOW_DAYS} days, {earlier} in the {WINDOW_DAYS} before"
    )
    return Component("escalation", recent - earlier, points, 10, text)
