"""Per-call time of the narrative writer (target: under 40 microseconds on average)."""

from __future__ import annotations

import random
import time

from safeguard.synth._narrative_spec import INDICATORS, NarrativeSpec
from safeguard.synth._narratives import write_narrative

TARGET_US = 40.0


def _specs(rng: random.Random, n: int) -> list[NarrativeSpec]:
    kinds = [("crime", "police"), ("incident", "police"), ("missing_episode", "missing_persons"),
             ("referral", "childrens_social_care"), ("referral", "education"),
             ("referral", "health"), ("intelligence", "police")]  # fmt: skip
    pool = sorted(INDICATORS)
    out = []
    for i in range(n):
        kind, source = kinds[i % len(kinds)]
        out.append(
            NarrativeSpec(
                kind=kind,
                source_type=source,
                scenario="cse_group",
                indicators=frozenset(rng.sample(pool, rng.randint(1, 6))),
                negated=frozenset(rng.sample(pool, rng.randint(0, 2))),
                child_name="Chloe Barnes" if i % 3 else None,
                child_age=14,
                suspect_names=("Kaz", "Mo")[: i % 3],
                unidentified_suspects=i % 3,
                location_names=("the Star Hotel",) if i % 2 else (),
                victim_blaming=i % 5 == 0,
            )
        )
    return out


def main() -> None:
    rng = random.Random(1)
    specs = _specs(rng, 2000)
    write_narrative(rng, specs[0])  # load the phrase banks outside the timing
    calls = 200_000
    started = time.perf_counter()
    for i in range(calls):
        write_narrative(rng, specs[i % len(specs)])
    per_call = (time.perf_counter() - started) / calls * 1e6
    print(f"   write_narrative: {per_call:.1f} us per call (target < {TARGET_US:.0f} us)")


if __name__ == "__main__":
    main()
