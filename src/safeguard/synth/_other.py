"""Scenarios that are not CSE, and the large background.

They are here so that a classifier has hard negatives: intrafamilial abuse (no exchange),
same-age peers, online sexual abuse with no exchange, indecent images without an identified
child, criminal exploitation (county lines) without a sexual element, adult victims, and
ordinary crime, incidents, missing episodes, referrals and intelligence.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from safeguard.synth._cse import PERPETRATOR_MALE, VICTIM_FEMALE
from safeguard.synth._events import Event, Who, random_day
from safeguard.synth._people import Human, age_on
from safeguard.synth._shard import Shard

# Online abuse with no exchange: sexual grooming/communication (88A), inciting sexual activity
# (22B) and making indecent images of the child (86).
ONLINE_CSA_CODES = ("88A", "88A", "22B", "86")
ONLINE_CSA_EXTRAS = (("grooming", 0.4), ("older_male", 0.3), ("control", 0.15))
ONLINE_CSA_NEGATED = (
    "exchange_gifts",
    "exchange_online",
    "exchange_sextortion",
    "exchange_affection_status",
)


def new_child(sh: Shard, force: str, lo: int, hi: int, female: float = VICTIM_FEMALE) -> Human:
    """A new child aged ``lo`` to ``hi`` at the start of the year."""
    return sh.person(force, sh.sex(female), sh.rng.randint(lo, hi), dt.date(2024, 1, 1))


def new_adult(sh: Shard, force: str, lo: int = 18, hi: int = 60, male: float = 0.5) -> Human:
    """A new adult aged ``lo`` to ``hi``; ``male`` is the chance of being male."""
    return sh.person(force, sh.sex(1 - male), sh.rng.randint(lo, hi), dt.date(2024, 1, 1))


def _sexual(
    sh: Shard,
    scenario: str,
    force: str,
    child: Human,
    suspect: Human,
    codes: tuple[str, ...],
    ind: set[str],
    neg_pool: tuple[str, ...],
) -> None:
    """A child sexual offence that is not exploitation, with its CSA flag and negations."""
    rng = sh.rng
    case = sh.case_id(scenario)
    sh.child_truth(child, False, scenario)
    for _ in range(rng.choice((1, 1, 2))):
        day = random_day(rng)
        neg = set(rng.sample(neg_pool, rng.randint(0, min(2, len(neg_pool)))))
        sh.emit(
            Event(
                "crime",
                "police",
                force,
                day,
                [Who(child, "victim"), Who(suspect, "suspect")],
                scenario,
                case,
                child=child,
                indicators={"sexual_activity", "child_age", *ind},
                negated=neg,
                offences=[rng.choice(codes)],
                child_sexual=True,
                flags=["CSA"] if rng.random() < 0.7 else [],
                actions=rng.choice(
                    (
                        [],
                        ["strategy_meeting"],
                        ["police_protection"],
                        ["referral_to_childrens_social_care"],
                    )
                ),
            )
        )
    if rng.random() < 0.5:
        sh.emit(
            Event(
                "referral",
                rng.choice(("social_care", "school")),
                force,
                random_day(rng),
                [Who(child, "subject")],
                scenario,
                case,
                la_id=sh.la_of(force),
                child=child,
                indicators={"child_age", *ind},
            )
        )


def intrafamilial(sh: Shard, force: str) -> None:
    """Abuse within the family: no exchange, so CSA and not CSE."""
    rng = sh.rng
    child = new_child(sh, force, 4, 16)
    sibling = rng.random() < 0.35  # child-on-child abuse within families is common
    suspect = (
        new_child(sh, force, 13, 17, 1 - PERPETRATOR_MALE)
        if sibling
        else new_adult(sh, force, 25, 60, PERPETRATOR_MALE)
    )
    suspect.surname = child.surname
    young = age_on(child.dob, dt.date(2024, 6, 1)) < 13
    codes = (
        ("21", "20B" if child.sex == "F" else "17B", "19E" if child.sex == "F" else "19H", "23")
        if young
        else ("22B", "23", "19D" if child.sex == "F" else "19G")
    )
    _sexual(
        sh,
        "csa_intrafamilial",
        force,
        child,
        suspect,
        codes,
        {"family_member"},
        ("exchange_gifts", "older_male"),
    )


def peer(sh: Shard, force: str) -> None:
    """Sexual offences between children of about the same age: not CSE."""
    rng = sh.rng
    child = new_child(sh, force, 13, 16)
    other = sh.person(
        force,
        sh.sex(1 - PERPETRATOR_MALE),
        max(age_on(child.dob, dt.date(2024, 1, 1)) + rng.randint(-1, 1), 13),
        dt.date(2024, 1, 1),
    )
    _sexual(
        sh,
        "peer",
        force,
        child,
        other,
        ("22B", "22B", "20A", "19D" if child.sex == "F" else "19G"),
        {"peer_same_age"},
        ("older_male", "exchange_gifts", "control"),
    )


def csa_other(sh: Shard, force: str) -> None:
    """An adult's sexual offence against a child with no exchange or exploitation."""
    child = new_child(sh, force, 8, 16)
    _sexual(
        sh,
        "csa_other",
        force,
        child,
        new_adult(sh, force, 20, 70, PERPETRATOR_MALE),
        ("73", "88E", "20B" if child.sex == "F" else "17B", "22B"),
        set(),
        ("exchange_gifts", "control", "grooming"),
    )


def iioc(sh: Shard, force: str) -> None:
    """Indecent images of children found on a device or shared online; no child identified.

    The record is about the suspect and the devices: it has no victim, and its text names no
    child and carries no threat or exchange (those would make it another scenario).
    """
    rng = sh.rng
    young = rng.random() < 0.25
    suspect = (
        new_child(sh, force, 13, 17, 1 - PERPETRATOR_MALE)
        if young
        else new_adult(sh, force, 20, 70, PERPETRATOR_MALE)
    )
    sh.emit(
        Event(
            "crime",
            "police",
            force,
            random_day(rng),
            [Who(suspect, "suspect")],
            "iioc",
            sh.case_id("iioc"),
            indicators={"images_possession"},
            offences=["86"],
            offence_label="indecent images of children",
            child_sexual=True,
            flags=["ONLINE"] if rng.random() < 0.5 else [],
        )
    )


def online_csa(sh: Shard, force: str) -> None:
    """An adult's online sexual abuse of a child with no exchange or advantage: not CSE.

    Sexual messages, requests for images or sexual video calls, sometimes after grooming or with
    threats to keep it secret, but nothing given, wanted or gained: child sexual abuse under the
    DfE (2017) definition, not exploitation, and so a hard negative beside ``cse_online``.
    """
    rng = sh.rng
    child = new_child(sh, force, 10, 16)
    home = sh.other_force(force) if rng.random() < 0.4 else force
    adult = new_adult(sh, home, 18, 65, PERPETRATOR_MALE)
    case = sh.case_id("online_csa")
    sh.child_truth(child, False, "online_csa")
    handle = {"type": "online_account", "value": f"@{adult.forename.lower()}{rng.randint(1, 999)}"}
    known = rng.random() < 0.5

    def emit(kind: str, supplier: str, people: list[Who], ind: set[str], **more: Any) -> None:
        day = random_day(rng)
        sh.emit(
            Event(
                kind,
                supplier,
                force,
                day,
                people,
                "online_csa",
                case,
                child=child,
                indicators=ind,
                **more,
            )
        )

    for _ in range(rng.choice((1, 1, 1, 2))):
        ind = {"online_sexual", "child_age"} | {i for i, p in ONLINE_CSA_EXTRAS if rng.random() < p}
        flags = (["CSA"] if rng.random() < 0.6 else []) + (["ONLINE"] if rng.random() < 0.5 else [])
        people = [Who(child, "victim"), Who(adult, "suspect", known)]
        negated = set(rng.sample(ONLINE_CSA_NEGATED, rng.randint(0, 2)))
        emit(
            "crime",
            "police",
            people,
            ind,
            negated=negated,
            offences=[rng.choice(ONLINE_CSA_CODES)],
            child_sexual=True,
            flags=flags,
            objects=[handle],
            links=[("p1", "o0", "uses")],
        )
    if rng.random() < 0.5:
        ind = {"child_age", "online_sexual"} | ({"grooming"} if rng.random() < 0.3 else set())
        supplier = rng.choice(("school", "social_care"))
        emit("referral", supplier, [Who(child, "subject")], ind, la_id=sh.la_of(force))


def adult_victim(sh: Shard, force: str) -> None:
    """A sexual offence against an adult: not child exploitation."""
    rng = sh.rng
    victim = new_adult(sh, force, 18, 45, 1 - 0.85)
    suspect = new_adult(sh, force, 18, 60, PERPETRATOR_MALE)
    code = rng.choice(("20A", "19C", "22A") if victim.sex == "F" else ("17A", "19F", "22A"))
    sh.emit(
        Event(
            "crime",
            "police",
            force,
            random_day(rng),
            [Who(victim, "victim"), Who(suspect, "suspect", rng.random() < 0.7)],
            "adult_victim",
            sh.case_id("adult_victim"),
            indicators={"adult_victim", "sexual_activity"},
            offences=[code],
            flags=["DA"] if rng.random() < 0.3 else [],
        )
    )


def cce(sh: Shard, force: str) -> None:
    """Child criminal exploitation (county lines) with no sexual element: not CSE."""
    rng = sh.rng
    child = new_child(sh, force, 13, 16, female=0.25)  # under 18 all year
    exploiter = new_adult(sh, sh.other_force(force) if rng.random() < 0.5 else force, 18, 30, 0.9)
    case, la = sh.case_id("cce"), sh.la_of(force)
    sh.child_truth(child, False, "cce")

    def emit(kind: str, supplier: str, people: list[Who], ind: set[str], **more: Any) -> None:
        sh.emit(
            Event(
                kind,
                supplier,
                force,
                random_day(rng),
                people,
                "cce",
                case,
                la_id=la,
                child=child,
                cce=True,
                indicators=ind,
                negated={"sexual_activity"},
                **more,
            )
        )

    for _ in range(rng.randint(1, 3)):
        emit(
            "missing_episode",
            "missing",
            [Who(child, "subject")],
            {"missing", "county_lines"},
            flags=["MISSING"],
        )
    emit(
        "referral",
        "social_care",
        [Who(child, "subject")],
        {"county_lines", "control", "exchange_gifts", "child_age"},
    )
    emit(
        "crime",
        "police",
        [Who(child, "suspect"), Who(exploiter, "suspect", rng.random() < 0.6)],
        {"county_lines", "child_age", "control"},
        offences=[rng.choice(("92A", "92A", "106"))],
    )
