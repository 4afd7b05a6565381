"""Weighted estimates of a proportion from a stratified sample, with Wilson 95% intervals.

The estimator (docs/audit.md gives the formulas):

* weights ``w_i = N_h / r_h``, where ``r_h`` is the number of records of stratum ``h`` with a
  usable determination (the design weight ``N_h / n_h``, spread over the records reviewed);
* the point estimate of a proportion in a domain ``D`` (e.g. records judged CSE) is the ratio
  ``p = sum(w y over D) / sum(w over D)``;
* its variance is the Taylor linearised variance of that ratio under stratified simple random
  sampling, with the finite population correction;
* the interval is Wilson's score interval with the *effective sample size*
  ``n_eff = p (1 - p) / v`` (Korn and Graubard, 1998) in place of ``n``; when ``p`` is 0 or 1
  the variance is zero and says nothing, and Kish's ``(sum w)^2 / sum w^2`` over the domain is
  used instead.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Z95 = 1.959963984540054

BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Estimate:
    """A weighted proportion, its 95% interval and the records behind it."""

    value: float | None  # None when no reviewed record is in the domain
    low: float
    high: float
    records: int  # reviewed records in the domain
    effective_size: float  # n_eff used in the Wilson interval

    def text(self) -> str:
        """``"62.1% (55.0-68.7)"``: the estimate and its 95% interval; ``"n/a"`` with no record."""
        if self.value is None:
            return "n/a"
        return f"{self.value:.1%} ({100 * self.low:.1f}-{100 * self.high:.1f})"


def wilson(p: float, n: float, z: float = Z95) -> tuple[float, float]:
    """Wilson's score interval for a proportion ``p`` observed on (effective) size ``n``.

    Args:
        p: the estimated proportion.
        n: the (effective) sample size; may be fractional; infinite for a census.
        z: the normal quantile (95% by default).

    Returns:
        (low, high), both within [0, 1].

    Example:
        >>> [round(v, 4) for v in wilson(0.9, 10)]
        [0.5958, 0.9821]
    """
    if n <= 0:
        return (0.0, 1.0)
    if math.isinf(n):
        return (p, p)
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


def weighted_proportion(
    y: BoolArray,
    domain: BoolArray,
    stratum: IntArray,
    population: IntArray,
) -> Estimate:
    """Estimate the share of ``y`` among the domain's records in the frame.

    Args:
        y: for each reviewed record, whether it has the property counted.
        domain: for each reviewed record, whether it is in the domain (the denominator).
        stratum: for each reviewed record, its stratum's index into ``population``.
        population: ``N_h`` for each stratum of the round (every stratum, reviewed or not).

    Returns:
        the :class:`Estimate`.

    Example:
        >>> e = weighted_proportion(np.array([True, False, True, True]), np.ones(4, bool),
        ...                         np.array([0, 0, 1, 1]), np.array([10, 30]))
        >>> round(e.value, 3)
        0.875
    """
    reviewed = np.bincount(stratum, minlength=len(population)).astype(float)
    weights = population[stratum] / reviewed[stratum]
    wd = weights * domain
    total = float(wd.sum())
    count = int(domain.sum())
    if count == 0 or total <= 0:
        return Estimate(None, 0.0, 1.0, 0, 0.0)
    p = float((wd * y).sum() / total)
    variance = _linearised_variance(wd * (y - p) / total, stratum, reviewed, population)
    if 0.0 < p < 1.0 and variance > 0:
        n_eff = p * (1 - p) / variance
    elif 0.0 < p < 1.0:
        n_eff = math.inf  # every record of the domain's strata reviewed: no sampling error
    else:
        n_eff = total * total / float((wd * wd).sum())
    low, high = wilson(p, n_eff)
    return Estimate(p, low, high, count, n_eff)


def _linearised_variance(
    u: FloatArray, stratum: IntArray, reviewed: FloatArray, population: IntArray
) -> float:
    """``sum_h (1 - r_h/N_h) r_h/(r_h - 1) sum_i (u_i - mean_h u)^2``; strata with r_h < 2 add 0."""
    sums = np.bincount(stratum, weights=u, minlength=len(population))
    means = np.divide(sums, reviewed, out=np.zeros_like(sums), where=reviewed > 0)
    squares = np.bincount(stratum, weights=(u - means[stratum]) ** 2, minlength=len(population))
    usable = reviewed > 1
    fpc = 1 - np.divide(reviewed, population, out=np.ones_like(reviewed), where=population > 0)
    factor = np.where(usable, fpc * reviewed / np.where(usable, reviewed - 1, 1), 0.0)
    return float((factor * squares).sum())
