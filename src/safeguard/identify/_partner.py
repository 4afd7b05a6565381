"""Who the child's partner is and how much older: the ages the relationship rules read.

Model 6 reads a "relationship" with a much older adult as the affection-or-status exchange;
model 8 infers sexual activity from a relationship frame with a much older adult who gives
things. Both read the partner's age gap here: from the structured ages, else (model 11) as
the narrative states it. A family member's affection is not a partner's.
"""

from __future__ import annotations

import re

from safeguard.identify._facts import Facts
from safeguard.indicators import Evidence

#: Counted narrative spans by indicator group.
Counted = dict[str, list[Evidence]]
#: Under this age a gap of more than :data:`PEER_GAP` years is already an imbalance of power.
UNDER = 16
#: Suspects within this many years of the victim are peers: between peers a plain gift is
#: not the imbalance of power; an explicit exchange (for sex, a debt, a threat) still is.
PEER_GAP = 2
#: Model 6: a "relationship" with an adult this many years older than the child, or with a
#: child under :data:`UNDER`, is read as the affection-or-status exchange of the definition
#: (the labelled sets' ``pos_older_boyfriend``); a smaller gap with a 16 or 17 year old is not
#: ("a relationship that began at 17 and 21 with nothing exchanged is not").
RELATIONSHIP_GAP = 5
#: How near a family mention an affection span must be to be read as a family member's
#: "love" (characters after the mention, and before it).
FAMILY_AFTER = 120
FAMILY_BEFORE = 40
#: Model 11: an age gap stated in an ``older_adult`` span ("14 yrs older", "15 years her
#: senior", "a 12 year age gap"): its number is the gap, not an age.
STATED_GAP = re.compile(r"older|senior|gap", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


def kept_only(counted: Counted, group: str, kept: list[Evidence]) -> Counted:
    """``counted`` with ``group``'s spans replaced by ``kept``, the group dropped when none is
    kept; ``counted`` itself is left as it was."""
    out = {g: spans for g, spans in counted.items() if g != group}
    if kept:
        out[group] = kept
    return out


def older_partner(f: Facts, counted: Counted) -> bool | None:
    """Whether the record's "relationship" is with a much older adult, from the structured
    ages: an adult suspect (18+) and a gap of :data:`RELATIONSHIP_GAP` years or more, or a
    child under :data:`UNDER` and a gap over :data:`PEER_GAP`. None when it cannot be told
    (no relationship mention, no victim age or no adult suspect's age)."""
    if "relationship" not in counted:
        return None
    gap = age_gap(f, counted)
    if gap is None:
        return None
    if not adult_partner_ages(f):  # model 11: the gap the narrative states
        return gap >= RELATIONSHIP_GAP
    return gap >= RELATIONSHIP_GAP or (
        f.victim_age is not None and f.victim_age < UNDER and gap > PEER_GAP
    )


def age_gap(f: Facts, counted: Counted) -> int | None:
    """The partner's age gap: from the structured ages (an adult partner and the victim's age),
    else (model 11) as the narrative states it ("a man 14 yrs older"); None when neither."""
    adults = adult_partner_ages(f)
    if adults and f.victim_age is not None:
        return max(adults) - f.victim_age
    if adults:
        return None
    stated = [
        int(n)
        for s in counted.get("older_adult", ())
        if STATED_GAP.search(s.text)
        for n in _DIGITS.findall(s.text)
    ]
    return max(stated) if stated else None


def partner_ages(f: Facts) -> list[int]:
    """The partner's possible ages: the suspects'; with no suspect, the associates', else
    the other subjects' (as the peer rule reads them)."""
    if f.suspects:
        return list(f.suspect_ages)
    return list(f.associate_ages or f.other_subject_ages)


def adult_partner_ages(f: Facts) -> list[int]:
    """The partner's possible ages (:func:`partner_ages`) that are an adult's (18 or over)."""
    return [a for a in partner_ages(f) if a >= 18]


def without_partner_affection(counted: Counted) -> Counted:
    """``counted`` less the affection spans that are only the relationship's name ("her
    boyfriend"): with a near-age partner of a 16 or 17 year old, that is not an exchange."""
    names = [(s.start, s.end) for s in counted.get("relationship", ())]
    kept = [s for s in counted["affection"] if not any(a < s.end and s.start < b for a, b in names)]
    return kept_only(counted, "affection", kept)


def parental_affection(span: Evidence, counted: Counted) -> bool:
    """Whether an affection span is written about a family member: it follows a family
    mention ("her uncle ... told her he loved her") within :data:`FAMILY_AFTER` characters, or
    comes just before one (within :data:`FAMILY_BEFORE`). A family member named further away
    ("... the only one who gets her. They sleep together at his when her dad thinks she's at
    a friend's") is not the one giving the affection."""
    for family in counted.get("family_suspect", ()):
        if 0 <= span.start - family.end <= FAMILY_AFTER:
            return True
        if 0 <= family.start - span.end <= FAMILY_BEFORE or family.start <= span.start < family.end:
            return True
    return False
