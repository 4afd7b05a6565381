"""Benchmark the identify step's text scan: records/s and MB/s on a corpus built here.

Builds ~1M narratives of ~600 characters from neutral and indicator phrases (not the synthetic
generator's phrasing), scans them with 2 processes, and says whether 1M records in 60 s is met.
Usage: python benchmarks/bench_identify.py [N]
"""

from __future__ import annotations

import random
import sys
import time
from multiprocessing import Pool

from safeguard.indicators import lexicon, scan

PHRASES = [
    "Officers attended the address following a report from the school.",
    "YP was spoken to in the presence of her carer and was withdrawn.",
    "She states he bought her a new phone and vodka.", "No evidence of gifts or money.",
    "Misper returned at 0300 hrs, dropped off by 2 unknown males in a taxi.",
    "Advised about the risks of accepting lifts from older males.",
    "Strategy meeting to be convened; referral made to childrens social care.",
    "The suspect denies any sexual activity with the 14yo.", "Nil concerns re CSE at this time.",
    "She was seen at a takeaway on the high street with an older man.",
]


def corpus(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        text = ""
        while len(text) < 600:
            text += rng.choice(PHRASES) + " "
        out.append(text)
    return out


def _work(chunk: list[str]) -> int:
    lexicon()
    return sum(len(scan(t)) for t in chunk)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    texts = corpus(n)
    size_mb = sum(len(t) for t in texts) / 1e6
    chunks = [texts[i:i + 5000] for i in range(0, n, 5000)]
    with Pool(2, initializer=lexicon) as pool:
        start = time.perf_counter()
        found = sum(pool.imap_unordered(_work, chunks))
        seconds = time.perf_counter() - start
    rate = n / seconds
    print(f"{n} narratives, {size_mb:.0f} MB, {found} indicators in {seconds:.1f} s (2 processes)")
    print(f"{rate:,.0f} records/s, {size_mb / seconds:.1f} MB/s")
    projected = 1_000_000 / rate
    verdict = "met" if projected < 60 else "NOT met"
    print(f"1M records: {projected:.0f} s projected; 60 s target {verdict}")


if __name__ == "__main__":
    main()
