"""The sampling design: stratified simple random sampling without replacement.

Pure functions over counts and a seed, so that the same frame and seed always give the same
sample, and inclusion probabilities are exact: ``n_h / N_h`` for every record of stratum ``h``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from safeguard.audit._errors import AuditError


def allocate(populations: Sequence[int], size: int, minimum: int) -> list[int]:
    """How many records to draw from each stratum.

    Each stratum first gets ``min(N_h, minimum)`` records (all of a small stratum); the rest of
    the sample is shared in proportion to what each stratum has left, by largest remainder.
    A sample as large as the frame takes every record (a census).

    Args:
        populations: ``N_h``, the frame records in each stratum.
        size: the sample size asked for.
        minimum: the least each stratum gets (at least 2 lets its variance be estimated).

    Returns:
        ``n_h`` for each stratum, in the order given; they sum to ``min(size, sum(N_h))``.

    Example:
        >>> allocate([900, 90, 10], 100, 10)
        [74, 16, 10]
    """
    if size < 1:
        raise AuditError(f"the sample size must be at least 1 (got {size})")
    total = sum(populations)
    if size >= total:
        return list(populations)
    base = [min(n, minimum) for n in populations]
    if sum(base) > size:
        raise AuditError(
            f"a sample of {size} cannot give each of the {len(populations)} strata "
            f"{minimum} records: ask for --size {sum(base)} or more, stratify by fewer "
            "columns, or lower --min-per-stratum"
        )
    spare = [n - b for n, b in zip(populations, base, strict=True)]
    left = size - sum(base)
    shares = [left * s / sum(spare) for s in spare]
    extra = [int(s) for s in shares]
    order = sorted(range(len(shares)), key=lambda i: (-(shares[i] - extra[i]), i))
    for i in order[: left - sum(extra)]:
        extra[i] += 1
    return [b + e for b, e in zip(base, extra, strict=True)]


def draw(populations: Sequence[int], sizes: Sequence[int], seed: int) -> list[np.ndarray]:
    """Draw a simple random sample without replacement in each stratum.

    Args:
        populations: ``N_h`` for each stratum, in a fixed order (the caller sorts strata and
            the records inside each, so that positions mean the same records every time).
        sizes: ``n_h`` for each stratum.
        seed: the seed; the same seed, populations and sizes give the same sample.

    Returns:
        for each stratum, the sorted positions (0 to ``N_h - 1``) of the records drawn.

    Example:
        >>> a, b = draw([5, 3], [2, 3], seed=1), draw([5, 3], [2, 3], seed=1)
        >>> all((x == y).all() for x, y in zip(a, b))
        True
    """
    rng = np.random.default_rng(seed)
    return [
        np.sort(rng.choice(n, size=k, replace=False))
        for n, k in zip(populations, sizes, strict=True)
    ]


def second_review(sampled: int, share: float, seed: int) -> np.ndarray:
    """Which of the sampled records (by position) get an independent second review.

    A simple random subset of ``round(share * sampled)`` records, from its own random stream
    (seeded by ``(seed, 2)``), so changing the share never changes the sample itself.

    Args:
        sampled: how many records the sample holds.
        share: the share to review twice, from 0 to 1.
        seed: the round's seed.

    Returns:
        the sorted positions (in the sample's order) of the records to review twice.

    Example:
        >>> len(second_review(100, 0.2, seed=7))
        20
    """
    if not 0.0 <= share <= 1.0:
        raise AuditError(f"--second-review must be a share between 0 and 1 (got {share})")
    rng = np.random.default_rng([seed, 2])
    return np.sort(rng.choice(sampled, size=round(share * sampled), replace=False))
