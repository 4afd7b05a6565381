"""Disclosure control: no published count below 5, and no hidden count can be worked out.

"Worked out" is checked here independently of the implementation: a hidden cell is exactly
derivable when its unit vector lies in the row space of the constraints restricted to the
hidden cells (a rank test with numpy), i.e. some combination of the published totals gives
its value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Sequence
from itertools import product

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safeguard.picture import (
    NATIONAL,
    THRESHOLD,
    Cell,
    Constraint,
    Picture,
    catalogue,
    determined,
    make_publishable,
    suppress,
)

counts = st.one_of(st.integers(0, 6), st.integers(0, 60))


def derivable(constraints: Sequence[Constraint], hidden: set[Hashable]) -> set[Hashable]:
    """Hidden cells whose value some combination of the constraints fixes (rank test)."""
    order = sorted(hidden, key=repr)
    index = {k: i for i, k in enumerate(order)}
    rows = []
    for c in constraints:
        row = np.zeros(len(order))
        for key, sign in [(c.total, 1.0)] + [(p, -1.0) for p in c.parts]:
            if key in index:
                row[index[key]] += sign
        rows.append(row)
    if not order or not rows:
        return set()
    matrix = np.vstack(rows)
    rank = np.linalg.matrix_rank(matrix)
    found = set()
    for key, i in index.items():
        unit = np.zeros(len(order))
        unit[i] = 1.0
        if np.linalg.matrix_rank(np.vstack([matrix, unit])) == rank:
            found.add(key)
    return found


def table(values: list[list[int]]) -> tuple[dict[Hashable, float], list[Constraint]]:
    """A table with row totals, column totals and a grand total, and their constraints."""
    rows, cols = len(values), len(values[0])
    cells: dict[Hashable, float] = {(r, c): values[r][c] for r in range(rows) for c in range(cols)}
    for r in range(rows):
        cells[(r, "T")] = sum(values[r])
    for c in range(cols):
        cells[("T", c)] = sum(values[r][c] for r in range(rows))
    cells[("T", "T")] = sum(map(sum, values))
    constraints = [Constraint((r, "T"), tuple((r, c) for c in range(cols))) for r in range(rows)]
    constraints += [Constraint(("T", c), tuple((r, c) for r in range(rows))) for c in range(cols)]
    constraints.append(Constraint(("T", "T"), tuple((r, "T") for r in range(rows))))
    constraints.append(Constraint(("T", "T"), tuple(("T", c) for c in range(cols))))
    return cells, constraints


tables = st.tuples(st.integers(1, 6), st.integers(1, 6)).flatmap(
    lambda shape: st.lists(
        st.lists(counts, min_size=shape[1], max_size=shape[1]).map(tuple),
        min_size=shape[0],
        max_size=shape[0],
    )
)


@settings(max_examples=200, deadline=None)
@given(tables)
def test_no_suppressed_cell_can_be_derived_from_totals(values: list[tuple[int, ...]]) -> None:
    cells, constraints = table([list(r) for r in values])
    hidden = suppress(cells, constraints)
    published = {k: v for k, v in cells.items() if k not in hidden}
    assert all(v == 0 or v >= THRESHOLD for v in published.values())
    assert derivable(constraints, hidden) == set()


@settings(max_examples=200, deadline=None)
@given(tables)
def test_every_suppressed_line_has_two_or_none(values: list[tuple[int, ...]]) -> None:
    """The classic check: no row or column (totals included) with exactly one hidden cell."""
    cells, constraints = table([list(r) for r in values])
    hidden = suppress(cells, constraints)
    for constraint in constraints:
        assert sum(k in hidden for k in constraint.cells()) != 1


# (description, constraints, hidden, the cells a reader can work out)
DETERMINED_CASES = [
    ("one hidden part of a total", [Constraint("t", ("a", "b"))], {"a"}, {"a"}),
    ("two hidden parts of a total", [Constraint("t", ("a", "b"))], {"a", "b"}, set()),
    ("a hidden total with published parts", [Constraint("t", ("a", "b"))], {"t"}, {"t"}),
    (
        "a 2x2 block hidden in a table with totals is safe",
        table([[1, 9], [9, 2]])[1],
        {(0, 0), (0, 1), (1, 0), (1, 1)},
        set(),
    ),
    (
        "an L of three hidden cells gives all three away",
        table([[1, 9], [9, 2]])[1],
        {(0, 0), (0, 1), (1, 0)},
        {(0, 0), (0, 1), (1, 0)},
    ),
    (
        "each of two totals with one hidden part gives it away",
        [Constraint("t", ("a", "b")), Constraint("t", ("a", "c"))],
        {"b", "c"},
        {"b", "c"},
    ),
    (
        "the same cell hidden with its only partner, twice over",
        [Constraint("t", ("a", "b")), Constraint("u", ("a", "c"))],
        {"a", "b"},
        {"a", "b"},
    ),
]


@pytest.mark.parametrize(
    ("constraints", "hidden", "expected"),
    [case[1:] for case in DETERMINED_CASES],
    ids=[case[0] for case in DETERMINED_CASES],
)
def test_determined(
    constraints: list[Constraint], hidden: set[Hashable], expected: set[Hashable]
) -> None:
    assert determined(constraints, hidden) == expected
    assert derivable(constraints, hidden) == expected


def test_zero_is_published_and_large_tables_are_untouched() -> None:
    cells, constraints = table([[0, 10], [12, 30]])
    assert suppress(cells, constraints) == set()


def test_secondary_suppression_hides_the_smallest_partner() -> None:
    cells, constraints = table([[3, 40, 7], [20, 50, 9]])
    hidden = suppress(cells, constraints)
    assert (0, 0) in hidden and (0, 2) in hidden and (1, 2) in hidden and (1, 0) in hidden
    assert (0, 1) not in hidden and (1, 1) not in hidden


# A picture made in code: per force and month, flags agreed, missed and over-flagged, with
# records_cse and flags_supplier adding up from them (the linked tables of metrics.yaml).
AREAS = ("essex", "kent", "surrey")
MONTHS = ("2023-11", "2023-12", "2024-01", "2024-02")
LINKED = ("flags_agreed", "flags_missed", "flags_over")


def _picture(draw: dict[tuple[str, str, str], int]) -> Picture:
    def value(metric: str, area: str, month: str) -> int:
        if metric == "records_cse":
            return value("flags_agreed", area, month) + value("flags_missed", area, month)
        if metric == "flags_supplier":
            return value("flags_agreed", area, month) + value("flags_over", area, month)
        return draw[(metric, area, month)]

    cells = []
    for metric in (*LINKED, "records_cse", "flags_supplier"):
        for area in (*AREAS, NATIONAL):
            areas = AREAS if area == NATIONAL else (area,)
            for period_type, period in (
                [("all", "all")]
                + [("year", y) for y in ("2023", "2024")]
                + [("month", m) for m in MONTHS]
            ):
                months = [m for m in MONTHS if period == "all" or m.startswith(period)]
                total = sum(value(metric, a, m) for a in areas for m in months)
                cells.append(Cell(metric, area, period_type, period, total, None, total))
    return Picture(catalogue(), cells, dt.datetime(2024, 3, 1), True, True, False)


def _constraints(metrics: Sequence[str]) -> list[Constraint]:
    """The published layout's constraints, written out independently of _publish.py."""
    found = []
    periods = ["2023", "2024", "all"]
    for metric in metrics:
        for period in periods:
            found.append(
                Constraint((metric, NATIONAL, period), tuple((metric, a, period) for a in AREAS))
            )
        for area in (*AREAS, NATIONAL):
            found.append(
                Constraint((metric, area, "all"), ((metric, area, "2023"), (metric, area, "2024")))
            )
        for year in ("2023", "2024"):
            months = tuple((metric, NATIONAL, m) for m in MONTHS if m.startswith(year))
            found.append(Constraint((metric, NATIONAL, year), months))
    places = [(a, p) for a, p in product(AREAS, periods)] + [
        (NATIONAL, p) for p in [*periods, *MONTHS]
    ]
    for area, period in places:
        found.append(
            Constraint(
                ("records_cse", area, period),
                (("flags_agreed", area, period), ("flags_missed", area, period)),
            )
        )
        found.append(
            Constraint(
                ("flags_supplier", area, period),
                (("flags_agreed", area, period), ("flags_over", area, period)),
            )
        )
    return found


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        counts,
        min_size=len(LINKED) * len(AREAS) * len(MONTHS),
        max_size=len(LINKED) * len(AREAS) * len(MONTHS),
    )
)
def test_a_publishable_picture_gives_nothing_away(values: list[int]) -> None:
    keys = list(product(LINKED, AREAS, MONTHS))
    picture = make_publishable(_picture(dict(zip(keys, values, strict=True))))
    metrics = (*LINKED, "records_cse", "flags_supplier")
    published = [c for c in picture.cells if c.metric in metrics]
    assert not any(c.area != NATIONAL and c.period_type == "month" for c in published)
    hidden = {(c.metric, c.area, c.period) for c in published if c.suppressed}
    shown = [c for c in published if not c.suppressed]
    assert all(c.value == 0 or (c.value or 0) >= THRESHOLD for c in shown)
    assert derivable(_constraints(metrics), hidden) == set()
    assert all(c.value is None and c.numerator is None for c in published if c.suppressed)
