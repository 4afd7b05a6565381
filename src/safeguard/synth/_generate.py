"""Generating a whole synthetic national dataset: plan, run the shards, write the files."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from safeguard.errors import SafeguardError
from safeguard.synth import _background, _cse, _networks, _other
from safeguard.synth._people import name_book
from safeguard.synth._scales import (
    N_SHARDS,
    SCALES,
    apportion,
    flag_accuracy,
    population,
    shard_forces,
)
from safeguard.synth._shard import Shard, ShardResult
from safeguard.synth._summary import Summary
from safeguard.synth._write import write_all

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Plan = dict[str, dict[str, int]]  # force -> scenario -> units

# Order matters for reproducibility: each shard runs scenarios in this order, force by force.
SCENARIOS: dict[str, Callable[[Shard, str], None]] = {
    "cse_group": _networks.group,
    "cse_lone": _cse.lone,
    "cse_online": _cse.online,
    "csa_intrafamilial": _other.intrafamilial,
    "peer": _other.peer,
    "csa_other": _other.csa_other,
    "iioc": _other.iioc,
    "online_csa": _other.online_csa,
    "cce": _other.cce,
    "adult_victim": _other.adult_victim,
    "background_crime": _background.background_crime,
    "background_incident": _background.background_incident,
    "background_missing": _background.background_missing,
    "background_referral": _background.background_referral,
    "background_intel": _background.background_intel,
}


def _plans(units: dict[str, int]) -> list[Plan]:
    """Each shard's plan: how many units of each scenario for each of its forces."""
    pop = population()
    by_force: dict[str, dict[str, int]] = {f: {} for f in pop}
    for scenario in SCENARIOS:
        for force, n in apportion(units[scenario], pop).items():
            # Every force sends an extract, even the smallest at the smallest scale.
            by_force[force][scenario] = max(n, 1) if scenario == "background_crime" else n
    return [{f: by_force[f] for f in sorted(group)} for group in shard_forces()]


def run_shard(
    index: int, seed: int, plan: Plan, accuracy: dict[str, float], broken_share: float
) -> ShardResult:
    """Generate one shard (module level so worker processes can run it)."""
    shard = Shard(index, seed, accuracy, broken_share)
    for force, counts in plan.items():
        for scenario, make in SCENARIOS.items():
            for _ in range(counts.get(scenario, 0)):
                make(shard, force)
    return shard.finish()


def _run(
    seed: int,
    plans: list[Plan],
    accuracy: dict[str, float],
    broken_share: float,
    workers: int,
    progress: Progress | None,
) -> list[ShardResult]:
    total = N_SHARDS + 1
    results: list[ShardResult | None] = [None] * N_SHARDS
    if workers <= 1:
        for i, plan in enumerate(plans):
            results[i] = run_shard(i, seed, plan, accuracy, broken_share)
            if progress:
                progress(i + 1, total)
    else:
        name_book()  # built before the fork, so workers share it instead of each building it
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = [
                pool.submit(run_shard, i, seed, plan, accuracy, broken_share)
                for i, plan in enumerate(plans)
            ]
            for done, future in enumerate(as_completed(futures), start=1):
                result = future.result()
                results[result.index] = result
                if progress:
                    progress(done, total)
    return [r for r in results if r is not None]


def generate(
    scale: str,
    seed: int,
    out: Path,
    progress: Progress | None = None,
    broken_share: float | None = None,
    workers: int | None = None,
) -> Summary:
    """Generate a synthetic national dataset in the exchange format, with its ground truth.

    Args:
        scale: ``tiny`` (about 2,000 records), ``demo`` (about 50,000) or ``national``
            (about 1 million records and 2 million person mentions).
        seed: the same seed gives the same bytes.
        out: folder to write ``exchange/``, ``truth/`` and ``manifest.json`` into.
        progress: called as ``progress(done, total)`` as shards finish.
        broken_share: share of deliberately broken lines (default: the scale's; 0 for none).
        workers: processes to use (default: the scale's, at most the CPUs available). Output
            does not depend on it.

    Returns:
        a :class:`Summary` of counts and paths.

    Example:
        >>> summary = generate("tiny", 7, Path("/tmp/sg-tiny"))  # doctest: +SKIP
        >>> summary.records > 1000  # doctest: +SKIP
        True
    """
    if scale not in SCALES:
        raise SafeguardError(f"unknown scale {scale!r}; choose one of {', '.join(SCALES)}")
    chosen = SCALES[scale]
    share = chosen.broken_share if broken_share is None else broken_share
    if not 0 <= share <= 0.05:
        raise SafeguardError("broken_share must be between 0 and 0.05")
    n_workers = workers or min(chosen.workers, os.cpu_count() or 1)
    started = time.perf_counter()
    log.info("generating scale=%s seed=%d workers=%d", scale, seed, n_workers)
    results = _run(seed, _plans(chosen.units()), flag_accuracy(seed), share, n_workers, progress)
    summary = write_all(Path(out), scale, seed, share, results)
    if progress:
        progress(N_SHARDS + 1, N_SHARDS + 1)
    summary.seconds = time.perf_counter() - started
    log.info("generated %d records in %.1f s", summary.records, summary.seconds)
    return summary
