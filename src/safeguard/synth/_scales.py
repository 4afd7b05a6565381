"""Scales, scenario volumes, and how the country is cut into shards.

Volumes are set for a national year (about 1 million records) and scaled down; rare scenarios
keep a floor at small scales so that even the test dataset holds networks that cross force
boundaries. Shards are fixed groups of forces, so output does not depend on how many processes
run them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from safeguard.reference import forces

N_SHARDS = 8

# Scenario units for a national year. A unit is one case: a child with their history, a
# network, or one background event. Calibration against published figures is in
# docs/synthetic-data.md.
NATIONAL_UNITS: dict[str, int] = {
    "background_crime": 500_000,
    "background_incident": 150_000,
    "background_missing": 45_000,
    "background_referral": 40_000,
    "background_intel": 30_000,
    "iioc": 32_000,
    "csa_intrafamilial": 15_500,
    "peer": 18_000,
    "csa_other": 9_500,
    "adult_victim": 20_000,
    "cce": 8_000,
    "cse_lone": 5_000,
    "cse_online": 4_500,
    "online_csa": 3_000,
    "cse_group": 780,
}


@dataclass(frozen=True, slots=True)
class Scale:
    """How big a dataset to make, and its defaults."""

    name: str
    factor: float
    floors: dict[str, int] = field(default_factory=dict)
    broken_share: float = 0.0
    workers: int = 2

    def units(self) -> dict[str, int]:
        """Scenario units for the whole country at this scale."""
        return {
            k: max(round(v * self.factor), self.floors.get(k, 0)) for k, v in NATIONAL_UNITS.items()
        }


SCALES: dict[str, Scale] = {
    "tiny": Scale(
        "tiny",
        0.002,
        {"cse_group": 6, "cse_lone": 12, "cse_online": 8, "cce": 10},
        broken_share=0.0,
        workers=1,
    ),
    "demo": Scale("demo", 0.05, {}, broken_share=0.0002),
    "national": Scale("national", 1.0, {}, broken_share=0.0002),
}


def population() -> dict[str, int]:
    """Force population (thousands), the weight for volumes."""
    return {f.force_id: f.population_thousands for f in forces()}


def apportion(total: int, weights: dict[str, int]) -> dict[str, int]:
    """Split ``total`` over keys in proportion to weights (largest remainder; deterministic)."""
    whole = sum(weights.values())
    exact = {k: total * w / whole for k, w in weights.items()}
    out = {k: int(v) for k, v in exact.items()}
    short = total - sum(out.values())
    for k in sorted(exact, key=lambda k: (-(exact[k] - out[k]), k))[:short]:
        out[k] += 1
    return out


def shard_forces() -> list[list[str]]:
    """Forces in N_SHARDS groups of similar population (greedy, largest first)."""
    groups: list[list[str]] = [[] for _ in range(N_SHARDS)]
    load = [0] * N_SHARDS
    for force, pop in sorted(population().items(), key=lambda kv: (-kv[1], kv[0])):
        i = min(range(N_SHARDS), key=lambda j: (load[j], j))
        groups[i].append(force)
        load[i] += pop
    return groups


def flag_accuracy(seed: int, target: float = 0.37, spread: float = 0.15) -> dict[str, float]:
    """Each force's chance of flagging an exploitation record correctly, averaging ``target``.

    Forces differ (one misrecorded 9 of 10; another about half), so each gets its own rate,
    re-centred so the population-weighted mean is the national figure.
    """
    rng = random.Random(f"{seed}:flag-accuracy")
    pop = population()
    raw = {f: target + rng.uniform(-spread, spread) for f in sorted(pop)}
    mean = sum(raw[f] * pop[f] for f in raw) / sum(pop.values())
    return {f: min(max(v - mean + target, 0.05), 0.9) for f, v in raw.items()}
