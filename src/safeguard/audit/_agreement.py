"""Agreement between two reviewers: Cohen's kappa over the records both reviewed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Agreement:
    """Cohen's kappa with what it is made of."""

    records: int  # records both reviewers judged
    observed: float  # p_o: share judged the same
    expected: float  # p_e: share the same by chance, from each reviewer's own shares
    kappa: float | None  # (p_o - p_e) / (1 - p_e); None when p_e is 1 (no variation at all)


def cohens_kappa(first: Sequence[str], second: Sequence[str]) -> Agreement:
    """Cohen's (1960) kappa for two reviewers' determinations of the same records.

    Args:
        first: the first reviewer's determination of each record.
        second: the second reviewer's, in the same order.

    Returns:
        the :class:`Agreement`; ``kappa`` is None when there are no records or both reviewers
        gave one and the same determination to every record (chance agreement is then 1).

    Example:
        >>> first = ["cse", "cse", "not-cse", "not-cse"]
        >>> cohens_kappa(first, ["cse", "not-cse", "not-cse", "not-cse"]).kappa
        0.5
    """
    if len(first) != len(second):
        raise ValueError("both reviewers must judge the same records")
    n = len(first)
    if n == 0:
        return Agreement(0, 0.0, 0.0, None)
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    left, right = Counter(first), Counter(second)
    expected = sum(left[c] * right[c] for c in left) / (n * n)
    kappa = None if expected >= 1.0 else (observed - expected) / (1 - expected)
    return Agreement(n, observed, expected, kappa)
