"""The large background: ordinary crime, incidents, missing episodes, referrals, intelligence.

None of it is exploitation; it is most of what forces and partners record, and what a
classifier must not mistake for CSE.
"""

from __future__ import annotations

from bisect import bisect
from functools import cache
from itertools import accumulate

from safeguard.reference import offence_codes
from safeguard.synth._events import Event, Who, random_day
from safeguard.synth._other import new_adult, new_child
from safeguard.synth._shard import Shard

# A rough mix of police recorded crime (non-sexual), by Home Office code.
BACKGROUND_CODES = (
    ("105A", 13),
    ("8N", 10),
    ("8L", 6),
    ("8R", 7),
    ("8Q", 3),
    ("46", 10),
    ("49", 8),
    ("45", 4),
    ("48", 3),
    ("28E", 5),
    ("30C", 2),
    ("58A", 3),
    ("58B", 1),
    ("58C", 2),
    ("58D", 2),
    ("92D", 3),
    ("92E", 1),
    ("92A", 1),
    ("9A", 6),
    ("34B", 1.5),
    ("39", 2),
    ("44", 2),
    ("10D", 1),
    ("3B", 1),
    ("11A", 0.5),
    ("126", 0.5),
    ("802", 0.5),
    ("56B", 0.5),
    ("83", 0.5),
)
INCIDENTS = (
    "concern for welfare",
    "anti-social behaviour",
    "domestic dispute (verbal)",
    "suspicious vehicle",
    "noise complaint",
    "road traffic collision",
    "sudden death",
)
REFERRAL_EXTRAS = ("self_harm", "substance_misuse", "missing", "advice_given")


@cache
def _code_table() -> tuple[list[str], list[float], dict[str, str]]:
    labels = {c: offence_codes()[c].description.lower() for c, _ in BACKGROUND_CODES}
    return (
        [c for c, _ in BACKGROUND_CODES],
        list(accumulate(w for _, w in BACKGROUND_CODES)),
        labels,
    )


def background_crime(sh: Shard, force: str) -> None:
    """An ordinary crime with no child-exploitation content."""
    rng = sh.rng
    codes, cum, labels = _code_table()
    code = codes[bisect(cum, rng.random() * cum[-1])]
    victim = new_child(sh, force, 10, 17) if rng.random() < 0.1 else new_adult(sh, force, 18, 85)
    people = [Who(victim, "victim")]
    if rng.random() < 0.7:
        people.append(Who(new_adult(sh, force, 16, 60, 0.75), "suspect", rng.random() < 0.8))
    if rng.random() < 0.45:
        people.append(Who(new_adult(sh, force), "witness"))
    if rng.random() < 0.2:
        people.append(Who(new_adult(sh, force), "reporter"))
    sh.emit(
        Event(
            "crime",
            "police",
            force,
            random_day(rng),
            people,
            "background",
            sh.case_id("bg"),
            indicators={"background_crime"},
            offences=[code],
            offence_label=labels[code],
            flags=["DA"] if rng.random() < 0.08 else [],
        )
    )


def background_incident(sh: Shard, force: str) -> None:
    rng = sh.rng
    people = [Who(new_adult(sh, force, 16, 85), "subject")]
    if rng.random() < 0.8:
        people.append(Who(new_adult(sh, force), "reporter"))
    if rng.random() < 0.4:
        people.append(Who(new_adult(sh, force), "witness"))
    sh.emit(
        Event(
            "incident",
            "police",
            force,
            random_day(rng),
            people,
            "background",
            sh.case_id("bg"),
            indicators={"background_crime"},
            offence_label=rng.choice(INCIDENTS),
        )
    )


def background_missing(sh: Shard, force: str) -> None:
    """A child missing from home with no sign of exploitation."""
    rng = sh.rng
    child = new_child(sh, force, 11, 16, female=0.5)
    case, day = sh.case_id("bg_missing"), random_day(rng)
    sh.child_truth(child, False, "background")
    neg = set(rng.sample(("older_male", "exchange_gifts", "substance_misuse"), rng.randint(0, 2)))
    ind = {"missing", "child_age"} | ({"advice_given"} if rng.random() < 0.3 else set())
    parent = Who(new_adult(sh, force, 30, 55), "reporter")
    sh.emit(
        Event(
            "missing_episode",
            "missing",
            force,
            day,
            [Who(child, "subject"), parent],
            "background",
            case,
            child=child,
            indicators=ind,
            negated=neg,
            flags=["MISSING"],
        )
    )
    if rng.random() < 0.5:
        sh.emit(
            Event(
                "missing_episode",
                "police",
                force,
                day,
                [Who(child, "subject")],
                "background",
                case,
                child=child,
                indicators={"missing"},
                negated=neg,
            )
        )


def background_referral(sh: Shard, force: str) -> None:
    """A referral about a child for another reason (neglect, self-harm, school attendance)."""
    rng = sh.rng
    child = new_child(sh, force, 2, 16, female=0.5)
    supplier = rng.choice(("social_care", "social_care", "school", "health", "voluntary"))
    ind = {"child_age", *rng.sample(REFERRAL_EXTRAS, rng.randint(0, 2))}
    if supplier == "health":
        ind.add("sexual_health")
    sh.child_truth(child, False, "background")
    people = [Who(child, "subject")] + (
        [Who(new_adult(sh, force, 25, 60), "reporter")] if rng.random() < 0.6 else []
    )
    sh.emit(
        Event(
            "referral",
            supplier,
            force,
            random_day(rng),
            people,
            "background",
            sh.case_id("bg_ref"),
            la_id=sh.la_of(force),
            child=child,
            indicators=ind,
            negated={"older_male"} if rng.random() < 0.3 else set(),
        )
    )


def background_intel(sh: Shard, force: str) -> None:
    rng = sh.rng
    people = [Who(new_adult(sh, force, 16, 60, 0.8), "subject") for _ in range(rng.randint(1, 3))]
    sh.emit(
        Event(
            "intelligence",
            "police",
            force,
            random_day(rng),
            people,
            "background",
            sh.case_id("bg_int"),
            indicators={"background_intel"},
            offence_label=rng.choice(("drug supply", "burglary", "shoplifting gang")),
        )
    )
