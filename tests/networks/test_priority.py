"""The priority score: every component, its points and its cap (table-driven)."""

from __future__ import annotations

import datetime as dt

import pytest

from safeguard.networks import PriorityFacts, priority

NOW = dt.datetime(2024, 12, 31)


def facts(**changes: object) -> PriorityFacts:
    base: dict[str, object] = {
        "children_exploited": 0, "last_seen": NOW, "reference": NOW, "recent_records": 0,
        "earlier_records": 0, "individuals": 0, "open_investigations": 0, "missed_flags": 0,
    }  # fmt: skip
    return PriorityFacts(**{**base, **changes})  # type: ignore[arg-type]


CASES = [
    ("nothing but a record today: recency only", facts(), {"recency": 20.0}, 20.0),
    ("children count 6 each", facts(children_exploited=2), {"children": 12.0}, 32.0),
    ("children cap at 30", facts(children_exploited=9), {"children": 30.0}, 50.0),
    ("half a year ago: half the recency", facts(last_seen=NOW - dt.timedelta(days=182)),
     {"recency": 10.0}, 10.0),
    ("over a year ago: no recency", facts(last_seen=NOW - dt.timedelta(days=400)),
     {"recency": 0.0}, 0.0),
    ("no dated record: no recency", facts(last_seen=None), {"recency": 0.0}, 0.0),
    ("escalation: 4 recent records against 1 before", facts(recent_records=4, earlier_records=1),
     {"escalation": 7.5}, 27.5),
    ("falling activity is no escalation", facts(recent_records=1, earlier_records=4),
     {"escalation": 0.0}, 20.0),
    ("new activity is full escalation", facts(recent_records=2), {"escalation": 10.0}, 30.0),
    ("members 2 each, cap 10", facts(individuals=7), {"members": 10.0}, 30.0),
    ("open investigations 3 each, cap 15", facts(open_investigations=2),
     {"open_investigations": 6.0}, 26.0),
    ("missed flags 3 each, cap 15", facts(missed_flags=40), {"missed_flags": 15.0}, 35.0),
    ("everything at its cap is 100",
     facts(children_exploited=9, recent_records=9, individuals=9, open_investigations=9,
           missed_flags=9), {}, 100.0),
]  # fmt: skip


@pytest.mark.parametrize(("description", "given", "points", "total"), CASES,
                         ids=[c[0] for c in CASES])  # fmt: skip
def test_components(
    description: str, given: PriorityFacts, points: dict[str, float], total: float
) -> None:
    score, parts = priority(given)
    assert [p.id for p in parts] == [
        "children", "recency", "escalation", "members", "open_investigations", "missed_flags",
    ]  # fmt: skip
    by_id = {p.id: p.points for p in parts}
    for name, expected in points.items():
        assert by_id[name] == pytest.approx(expected), description
    assert score == pytest.approx(total), description
    assert all(0 <= p.points <= p.max and p.explanation for p in parts)


def test_the_inputs_are_counts_and_dates_only() -> None:
    names = set(PriorityFacts.__dataclass_fields__)
    for protected in ("sex", "ethnicity", "nationality", "religion"):
        assert not any(protected in name for name in names)
