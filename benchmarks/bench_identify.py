"""Benchmark ``safeguard identify``: the text scan alone and the whole per-record path.

The corpus is built here from neutral police and partner phrasing (not the synthetic
generator's): about 600 characters a narrative, and a realistic density mix. Most records are
background crimes with no indicator at all; some carry risk indicators (missing episodes,
taxis, hotels); a few are dense with CSE indicators.

Two figures, each extrapolated to 1,000,000 records against the 60 s target:

* **scan**: :func:`safeguard.indicators.scan` over the narratives;
* **full path**: what ``safeguard identify`` does for each input line: parse and check the
  JSON line (``safeguard.exchange.check``), ``decide``, and serialise the decision with orjson.

Both run in 1 process and in 2 (the target machine has 2 cores). The first line names the
build measured: ``make bench`` runs the compiled one (docs/identification.md, Speed).
Usage: python benchmarks/bench_identify.py [N]   (N >= 100000 for the reported figures)
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from multiprocessing import Pool

import orjson

from safeguard._compiled import build
from safeguard.identify import decide_lines
from safeguard.identify._decide import _from_facts
from safeguard.identify._lines import _decide_chunk
from safeguard.indicators import lexicon, scan

TARGET_RECORDS, TARGET_SECONDS = 1_000_000, 60.0
CHUNK = 2_000
BACKGROUND = [
    "Officers attended the address following a report of a burglary overnight.",
    "Rear door forced with a tool; a television and a laptop were taken.",
    "House to house enquiries conducted with negative results.",
    "CCTV requested from the parade of shops; awaiting footage.",
    "Victim states she parked the vehicle at 1800 and found the window smashed at 0730.",
    "The IP was spoken to at the scene and provided a first account.",
    "Suspect arrested on suspicion of theft and conveyed to custody.",
    "Statement obtained from the witness, who is willing to support a prosecution.",
    "Scene examined by CSI; fingerprints lifted from the frame.",
    "Crime number issued to the victim for insurance purposes.",
    "Neighbour heard shouting from the flat at about 2300 and called police.",
    "Damage to the bus shelter estimated at 400 pounds; council informed.",
    "No forensic opportunities identified. Filed pending further information.",
    "Shop staff detained the male until officers arrived; items recovered.",
    "Vehicle registration checked on PNC: no trace of the keeper at the address.",
    "Victim of fraud: bank details used online for purchases she did not make.",
    "Two pedal cycles stolen from the communal bike store between 2200 and 0600.",
    "Caller reports youths on the park shouting abuse at passers by; dispersed on arrival.",
    "Road traffic collision at the junction, minor injuries, both drivers breath tested.",
    "Male punched in the face outside the public house; suspect left on foot towards town.",
    "Injury consistent with the account given; photographs taken with consent.",
    "Suspect interviewed under caution and made no comment to all questions put.",
    "File passed to CPS for a charging decision; bail to return in four weeks.",
    "Victim does not support police action and signed a withdrawal statement.",
    "Graffiti on the side of the community centre, no suspects identified.",
    "Wallet taken from a handbag on the number 12 bus; bank cards cancelled.",
    "Dispute between neighbours over a boundary fence; words of advice given.",
    "Keyholder contacted and attended; premises made secure by a contractor.",
    "Victim's vehicle was keyed along the driver's side while parked on the street.",
    "Witness describes the suspect as a white van driver in a hi-vis jacket.",
    "Enquiries with the local garage show the fuel was not paid for.",
    "Partner reports ex-partner has been sending abusive messages; DASH completed, standard.",
    "Shed broken into and power tools stolen; padlock cut.",
    "Caller concerned for the welfare of an elderly neighbour; found safe and well.",
    "Suspect's vehicle stopped on the A road; driver arrested for driving while disqualified.",
    "Parcel reported stolen from the doorstep, courier photo shows it was delivered.",
    "Victim was threatened with a knife during the robbery and handed over his phone.",
    "Licensing visit to the premises; staff training records checked and in order.",
    "Anti-social behaviour warning issued to the tenant by the housing officer.",
    "Cash taken from the till during a distraction at the counter.",
]
RISK = [
    "YP reported missing from her placement at 2100; returned at 0300 by taxi.",
    "Return home interview completed; she would not say where she had been.",
    "Seen at a takeaway on the high street with older males after midnight.",
    "School report she has been absent three days this week.",
    "Carer states she has a new phone and will not say who gave it to her.",
    "Advised about the risks of accepting lifts from people she does not know.",
    "No evidence of gifts or money. Nil concerns re CSE at this time.",
    "Referral made to childrens social care; strategy discussion to follow.",
]
CSE = [
    "She disclosed that a 31 year old male bought her vodka and a new phone.",
    "He picked her up in his car and drove her to a flat where she had sex with him.",
    "She was given cannabis and told she owed him for it.",
    "Two unknown males took her to a hotel; she was sexually assaulted.",
    "He threatened to share the images with her friends unless she sent more.",
    "The suspect denies any sexual activity with the 14yo.",
]
MIX = ((0.85, (BACKGROUND,)), (0.12, (BACKGROUND, RISK)), (0.03, (BACKGROUND, RISK, CSE)))


def _narrative(rng: random.Random) -> str:
    roll, pools = rng.random(), MIX[-1][1]
    for share, choice in MIX:
        if roll < share:
            pools = choice
            break
        roll -= share
    target, text = rng.randint(300, 900), ""
    while len(text) < target:
        text += rng.choice(rng.choice(pools)) + " "
    return text.strip()


def corpus(n: int, seed: int = 7) -> list[bytes]:
    """``n`` exchange records as JSON Lines lines (bytes, no newline)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        persons = [{"ref": "P1", "role": "victim", "age": rng.randint(6, 60)}]
        if rng.random() < 0.4:
            persons.append({"ref": "P2", "role": "suspect", "age": rng.randint(14, 60)})
        record = {
            "format": "safeguard-exchange/1",
            "record_id": f"B{i}",
            "source": "kent",
            "source_type": "police",
            "kind": "crime",
            "recorded_at": "2024-03-01T10:00:00",
            "offence_codes": [rng.choice(["28E", "45", "49", "53A", "8N", "22B"])],
            "flags": ["CSE"] if rng.random() < 0.01 else [],
            "persons": persons,
            "narrative": _narrative(rng),
        }
        out.append(orjson.dumps(record))
    return out


def _scan_chunk(lines: list[bytes]) -> tuple[int, float]:
    start = time.process_time()
    found = sum(len(scan(orjson.loads(line)["narrative"])) for line in lines)
    return found, time.process_time() - start


def _full_chunk(lines: list[bytes]) -> tuple[bytes, float]:
    """What ``safeguard identify`` does per chunk: check, decide, serialise; output joined."""
    start = time.process_time()
    out, _ = _decide_chunk((1, lines))
    return out, time.process_time() - start


def _command(lines: list[bytes], workers: int) -> float:
    """Wall seconds of ``safeguard identify -i/-o``'s own loop (file reading aside)."""
    _cold()
    start = time.perf_counter()
    written = sum(len(out) for out, _ in decide_lines(lines, workers=workers))
    assert written > 0
    return time.perf_counter() - start


Work = Callable[[list[bytes]], tuple[object, float]]


def _cold() -> None:
    """Forget the decisions kept by facts: each timing starts as a new ``identify`` process
    does (forked workers would inherit what an earlier timing kept)."""
    _from_facts.cache_clear()


def _timed(work: Work, chunks: list[list[bytes]], procs: int) -> tuple[float, float]:
    """Wall seconds, and CPU seconds of every process involved (workers and parent)."""
    _cold()
    parent = time.process_time()
    if procs == 1:
        start = time.perf_counter()
        for chunk in chunks:
            work(chunk)
        wall = time.perf_counter() - start
        return wall, time.process_time() - parent
    cpu = 0.0
    with Pool(procs, initializer=lexicon) as pool:
        start = time.perf_counter()
        for _, seconds in pool.imap(work, chunks):  # in order, as identify writes its output
            cpu += seconds
        wall = time.perf_counter() - start
    return wall, cpu + time.process_time() - parent


def _report(name: str, n: int, size_mb: float, timing: tuple[float, float], procs: int) -> None:
    wall, cpu = timing
    rate, cpu_rate = n / wall, n / (cpu / procs)
    projected = TARGET_RECORDS / rate
    verdict = "met" if projected < TARGET_SECONDS else "NOT met"
    cpu_verdict = "met" if TARGET_RECORDS / cpu_rate < TARGET_SECONDS else "NOT met"
    print(
        f"{name:>9} x{procs}: {rate:>9,.0f} records/s {size_mb / wall:>6.1f} MB/s  "
        f"1M in {projected:5.1f} s: 60 s target {verdict} | CPU-bound {cpu_rate:>7,.0f} "
        f"records/s, 1M in {TARGET_RECORDS / cpu_rate:5.1f} s: {cpu_verdict}"
    )


def main() -> None:
    """Build the corpus, time scan and the full path in 1 and 2 processes, print figures.

    Two rates per line: by the wall clock, and "CPU-bound" (records over the CPU seconds of
    all processes, spread over ``procs`` cores): what an otherwise idle machine would give.
    On a shared machine the wall-clock rate is lower than the CPU-bound one.
    """
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    lines = corpus(n)
    size_mb = sum(len(orjson.loads(line)["narrative"]) for line in lines) / 1e6
    chunks = [lines[i : i + CHUNK] for i in range(0, n, CHUNK)]
    lexicon()
    _full_chunk(chunks[0][:200])  # warm caches (definitions, offence codes)
    print(
        f"{n:,} records, {size_mb:.0f} MB of narrative "
        f"({TARGET_RECORDS / n * size_mb:.0f} MB at 1M); mix {[m[0] for m in MIX]}; "
        f"{build()} build"
    )
    for procs in (1, 2):
        for name, work in (("scan", _scan_chunk), ("full path", _full_chunk)):
            _report(name, n, size_mb, _timed(work, chunks, procs), procs)
    wall = _command(lines, workers=2)
    verdict = "met" if TARGET_RECORDS / n * wall < TARGET_SECONDS else "NOT met"
    print(
        f"safeguard identify -i/-o (2 workers): {n / wall:,.0f} records/s by the wall clock, "
        f"1M in {TARGET_RECORDS / n * wall:.1f} s: 60 s target {verdict}"
    )


if __name__ == "__main__":
    main()
