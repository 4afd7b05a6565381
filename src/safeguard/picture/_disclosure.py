"""Statistical disclosure control: small counts suppressed, and enough others that none of
them can be worked out from what is published.

A published table is a set of cells and linear constraints between them (a total equals the
sum of its parts: the national figure and the forces', a year and its months, two linked
tables). Primary suppression hides every count from 1 to ``THRESHOLD - 1``. A hidden cell is
still disclosed when the published cells and the constraints fix its value exactly, so
secondary suppression hides more cells, the smallest first, until no hidden cell is fixed.
Whether a cell is fixed is decided by linear algebra: it is free exactly when some change to the
hidden cells keeps every constraint true and moves it (the null space of the constraints on the
hidden cells has a non-zero entry for it). Bounds from counts being non-negative are not used
to decide it, so a hidden cell may be known to lie within a range, never its exact value.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

log = logging.getLogger(__name__)

THRESHOLD = 5
_TOLERANCE = 1e-9


@dataclass(frozen=True, slots=True)
class Constraint:
    """``total`` equals the sum of ``parts`` (cells named by any hashable key)."""

    total: Hashable
    parts: tuple[Hashable, ...]

    def cells(self) -> tuple[Hashable, ...]:
        """Every cell in the constraint, the total first."""
        return (self.total, *self.parts)


def determined(constraints: Sequence[Constraint], hidden: Iterable[Hashable]) -> set[Hashable]:
    """The hidden cells whose exact value follows from the published cells and constraints.

    Args:
        constraints: the linear constraints of the published tables.
        hidden: the suppressed cells.

    Returns:
        the hidden cells fixed by the constraints (empty when the suppression is safe).

    Example:
        >>> determined([Constraint("t", ("a", "b"))], {"a"})
        {'a'}
        >>> determined([Constraint("t", ("a", "b"))], {"a", "b"})
        set()
    """
    order = sorted(set(hidden), key=repr)
    if not order:
        return set()
    index = {key: i for i, key in enumerate(order)}
    rows = []
    for constraint in constraints:
        row = np.zeros(len(order))
        if constraint.total in index:
            row[index[constraint.total]] += 1.0
        for part in constraint.parts:
            if part in index:
                row[index[part]] -= 1.0
        if row.any():
            rows.append(row)
    if not rows:
        return set()
    matrix = np.vstack(rows)
    # The null space of the constraints on the hidden cells, from the eigenvectors of the Gram
    # matrix with eigenvalue zero (entries are small integers, so the gap is wide).
    eigenvalues, vectors = np.linalg.eigh(matrix.T @ matrix)
    null = vectors[:, eigenvalues <= _TOLERANCE * max(1.0, float(eigenvalues.max()))]
    free = np.abs(null).max(axis=1) > 1e-7 if null.shape[1] else np.zeros(len(order), bool)
    return {key for key, moves in zip(order, free, strict=True) if not moves}


def suppress(
    cells: Mapping[Hashable, float],
    constraints: Sequence[Constraint],
    threshold: int = THRESHOLD,
) -> set[Hashable]:
    """Which cells to hide: counts from 1 to ``threshold - 1``, then secondary suppression.

    Zero is published: a true zero discloses nothing about any person. Secondary cells are
    chosen among those sharing a constraint with an exposed cell, the smallest non-zero first,
    so as little as possible is hidden. The result is deterministic.

    Args:
        cells: every published cell's count (a cell named in a constraint but missing here
            is taken as 0).
        constraints: the linear constraints (totals) between the cells.
        threshold: the smallest count that may be published.

    Returns:
        the cells to hide; no hidden cell is fixed by the constraints (see :func:`determined`)
        unless every cell it shares a constraint with is hidden too.

    Example:
        >>> sorted(suppress({"t": 12, "a": 3, "b": 9}, [Constraint("t", ("a", "b"))]))
        ['a', 'b']
    """
    hidden = {key for key, count in cells.items() if 0 < count < threshold}
    member_of: dict[Hashable, list[int]] = defaultdict(list)
    for number, constraint in enumerate(constraints):
        for key in constraint.cells():
            member_of[key].append(number)
    _no_lone_cells(cells, constraints, hidden)
    while exposed := determined(constraints, hidden):
        added = _secondary(exposed, cells, constraints, member_of, hidden)
        if not added:
            log.warning("disclosure control: %d cells cannot be protected further", len(exposed))
            break
        hidden |= added
        _no_lone_cells(cells, constraints, hidden)
    return hidden


def _no_lone_cells(
    cells: Mapping[Hashable, float], constraints: Sequence[Constraint], hidden: set[Hashable]
) -> None:
    """The quick, common case first: a constraint with one hidden cell gives it away, so
    hide the smallest other cell in it; repeat until no constraint has exactly one."""
    changed = True
    while changed:
        changed = False
        for constraint in constraints:
            keys = constraint.cells()
            inside = [k for k in keys if k in hidden]
            if len(inside) != 1:
                continue
            others = [k for k in keys if k not in hidden]
            if others:
                hidden.add(
                    min(others, key=lambda k: (cells.get(k, 0) == 0, cells.get(k, 0), repr(k)))
                )
                changed = True


def _secondary(
    exposed: set[Hashable],
    cells: Mapping[Hashable, float],
    constraints: Sequence[Constraint],
    member_of: Mapping[Hashable, list[int]],
    hidden: set[Hashable],
) -> set[Hashable]:
    """One round of secondary suppression: a partner for each exposed cell.

    A constraint that has just been given a new hidden cell is left alone for the rest of the
    round, so one new cell can protect several exposed ones before the next check.
    """
    added: set[Hashable] = set()
    touched: set[int] = set()
    for key in sorted(exposed, key=repr):
        if touched & set(member_of[key]):
            continue
        partner = _cheapest(key, cells, constraints, member_of, hidden | added)
        if partner is None:
            continue
        added.add(partner)
        touched |= set(member_of[key]) & set(member_of[partner])
    return added


def _cheapest(
    key: Hashable,
    cells: Mapping[Hashable, float],
    constraints: Sequence[Constraint],
    member_of: Mapping[Hashable, list[int]],
    hidden: set[Hashable],
) -> Hashable | None:
    """The smallest published cell sharing a constraint with ``key`` (non-zero first); else
    the smallest published cell in any constraint that holds a hidden cell."""
    near = {k for n in member_of[key] for k in constraints[n].cells()} - hidden
    if not near:
        near = {k for c in constraints if hidden & set(c.cells()) for k in c.cells()} - hidden
    if not near:
        return None
    return min(near, key=lambda k: (cells.get(k, 0) == 0, cells.get(k, 0), repr(k)))
