"""The cse/1 criteria as a transparent points model: each piece of evidence has a weight.

A criterion's strength is the weight of its strongest evidence (0 to 1); it is met at 0.5 or
more. Weights (see docs/definitions.md): structured fields 0.85 to 1.0, narrative indicators
0.6 to 0.85, context from the child's other records 0.6 to 0.7, and 0.6 for the exchange
itself as evidence of an imbalance of power.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from safeguard.identify._context import PersonContext
from safeguard.identify._facts import (
    CHILD_AGE_CODES,
    CHILD_SEXUAL_CODES,
    EXPLOITATION_CODES,
    GROOMING_CODES,
    Facts,
)
from safeguard.identify._partner import PEER_GAP as PEER_GAP
from safeguard.identify._partner import RELATIONSHIP_GAP as RELATIONSHIP_GAP
from safeguard.identify._partner import UNDER as UNDER
from safeguard.identify._partner import Counted as Counted
from safeguard.identify._partner import (
    age_gap,
    kept_only,
    older_partner,
    without_partner_affection,
)
from safeguard.identify._partner import parental_affection as parental_affection
from safeguard.indicators import Evidence
from safeguard.reference import offence_codes

MET_AT = 0.5
NARRATIVE_WEIGHTS = {
    "child": {"child": 0.8, "child_then": 0.8},
    "sexual_activity": {"sexual": 0.85, "sexual_sign": 0.7, "sexual_implied": 0.6},
    "exchange": {
        "exchange_for": 0.9,
        "exchange": 0.85,
        "gain": 0.85,
        "status": 0.85,
        "affection": 0.6,
        "access_sold": 0.85,
    },
    "coercion": {
        "control": 0.85,
        "grooming": 0.8,
        "gain": 0.75,
        "status": 0.75,
        "multiple_perpetrators": 0.7,
        "facilitation": 0.7,
        "access_sold": 0.7,
        "older_adult": 0.65,
        "associates": 0.6,
    },
}
CONTEXT_WEIGHTS = {
    "exchange": {
        "exchange_for": 0.7,
        "exchange": 0.7,
        "gain": 0.7,
        "status": 0.7,
        "affection": 0.6,
    },
    "coercion": {
        "control": 0.7,
        "grooming": 0.7,
        "multiple_perpetrators": 0.6,
        "older_adult": 0.6,
        "unknown_adult": 0.6,
    },
}
#: The exchange itself evidences the imbalance of power: DfE 2017, "the victim may have been
#: sexually exploited even if the sexual activity appears consensual".
EXCHANGE_AS_POWER = 0.6
#: A record with no age for its child: the age in the child's other records (the context item
#: is made only for an age of 16 or under, so the child is still under 18 a year or more on).
CONTEXT_CHILD = 0.7
AGE_GAP = 4
#: Narrative groups that only suggest sexual activity: health signs and euphemism. In a record
#: about criminal exploitation (a ``cce`` mention: county lines, running, holding) they do not
#: count: "doing stuff for the olders", "drugs hidden in her underwear" and "his pregnant
#: girlfriend" are not sexual activity in exchange; the activity itself must be named.
INDIRECT_SEXUAL = ("sexual_sign", "sexual_implied")
#: Between peers only these narrative groups evidence the imbalance of power: a same-age
#: boyfriend who "takes her to" the cinema is not facilitation.
PEER_COERCION = ("control",)
RELATIONSHIP_WEIGHT = 0.6
#: The key under which affection the text denies is counted ("nil concerns re attention").
AFFECTION_DENIED = "affection_denied"
#: Model 8: the key under which sexual activity the text denies is counted ("denies any
#: sexual activity"): no rule infers what the record says did not happen.
SEXUAL_DENIED = "sexual_denied"
#: Model 8: control the text denies ("no indication of control or pressure"): the frame rule
#: does not infer sexual activity against an assessment that found no imbalance of power.
CONTROL_DENIED = "control_denied"
#: Model 8: the weight of sexual activity inferred (``_infer.py``), not named: met, but the
#: weakest evidence a met criterion can have, so the decision's confidence says so.
INFERRED_WEIGHT = 0.55
#: Model 10: the key of a refusal ("she refused and walked off"): what was only offered or
#: promised was then not given, so an offer is not the exchange (:func:`_not_refused`).
OFFER_REFUSED = "offer_refused"
#: Model 11: the key of a finding that the allegation or rumour is untrue: no sexual activity
#: is established by the record.
FOUND_UNTRUE = "found_untrue"
#: Model 10: between peers, love and boasting are not an exchange (a same-age relationship).
PEER_ONLY = ("affection", "status")
#: How far after an offer (characters) what it was offered for is read ("£30 ... for sex").
OFFERED_FOR = 20
#: The verbs of an offer or a promise, in the first two words of an exchange span.
OFFERS = frozenset(
    {"offered", "offers", "offering", "offer", "promised", "promises", "promising", "promise"}
)


@dataclass(slots=True)
class Strength:
    """One criterion's evidence and its strength."""

    id: str
    strength: float = 0.0
    evidence: list[str] = field(default_factory=list)
    blocked: bool = False

    def add(self, weight: float, text: str) -> None:
        """Cite ``text`` for the criterion; its strength is the strongest weight cited."""
        if text not in self.evidence:
            self.evidence.append(text)
        if weight > self.strength:
            self.strength = weight

    @property
    def met(self) -> bool:
        """Not blocked and at least :data:`MET_AT`."""
        return not self.blocked and self.strength >= MET_AT


def _code(code: str) -> str:
    known = offence_codes().get(code)
    return f"offence code {code} ({known.description})" if known else f"offence code {code}"


def _narrative(result: Strength, counted: Counted) -> None:
    if not counted:
        return
    for group, weight in NARRATIVE_WEIGHTS.get(result.id, {}).items():
        for span in counted.get(group, ()):
            result.add(weight, f"'{span.text}'")


def _context(result: Strength, context: PersonContext | None) -> None:
    if context is None:
        return
    for group, weight in CONTEXT_WEIGHTS.get(result.id, {}).items():
        for item in context.of(group):
            result.add(weight, item.cite())


def child(f: Facts, counted: Counted, context: PersonContext | None = None) -> Strength:
    """Under 18 at the event: structured age first; an adult age blocks the criterion unless
    the narrative places the events when the victim was under 18 (a non-recent disclosure).
    With no age in the record, the child's age in their other records counts
    (:data:`CONTEXT_CHILD`)."""
    result = Strength("child")
    then: tuple[Evidence, ...] = tuple(counted.get("child_then", ()))
    if "non_recent" in counted:  # a report of past events: a child's age in it is then
        then = (*then, *counted.get("child", ()))
    if f.victim_age is not None:
        age = f"victim aged {f.victim_age} (from {f.victim_age_basis})"
        if f.victim_age < 18:
            result.add(1.0, age)
        elif then:
            for span in then:
                result.add(0.8, f"'{span.text}' (under 18 at the time; {age})")
        else:
            result.blocked = True
            result.evidence.append(age)
        return result
    if "not_a_case" in counted and not f.codes:
        result.blocked = True  # model 11: training material ("signs can include"): no child
        return result
    for code in sorted(f.codes & CHILD_AGE_CODES):
        result.add(0.95, _code(code))
    _narrative(result, counted)
    if result.strength < 0.95 and not then and "adult_victim" in counted:
        result.blocked = True
    elif not result.met and context is not None:
        for item in context.of("child"):
            result.add(CONTEXT_CHILD, item.cite())
    return result


def sexual_activity(f: Facts, counted: Counted) -> Strength:
    """Sexual activity, contact or online: a child sexual offence code or the narrative
    (words for the activity, euphemisms, and health signs that it happened)."""
    result = Strength("sexual_activity")
    if FOUND_UNTRUE in counted:  # model 11: "the rumour is false", "found to be untrue"
        result.blocked = True
        result.evidence.append(f"'{counted[FOUND_UNTRUE][0].text}' (found untrue)")
        return result
    for code in sorted(f.codes & CHILD_SEXUAL_CODES):
        result.add(1.0, _code(code))
    if "cce" in counted:
        counted = _without(counted, INDIRECT_SEXUAL)
    _narrative(result, counted)
    return result


def exchange(f: Facts, counted: Counted, context: PersonContext | None) -> Strength:
    """Something the child needs or wants (a), or the perpetrator's advantage (b).

    Affection ("says he loves her", "his missus") counts at a lower weight, and not when it
    is written about a family member (:func:`parental_affection`): a parent's "love" is not
    an exchange.
    """
    result = Strength("exchange")
    if OFFER_REFUSED in counted:
        counted = _not_refused(counted)
    if _peers(f, counted) and ("affection" in counted or "status" in counted):
        counted = _without(counted, PEER_ONLY)  # model 10: a peer's love or boasting
    if "no_exchange" not in counted:  # "nothing offered": the code's exchange is not shown
        for code in sorted(f.codes & EXPLOITATION_CODES):
            result.add(1.0, _code(code))
    if "paid" in f.link_types:
        result.add(0.9, "link: paid")
    if older_partner(f, counted) is False and "affection" in counted:
        counted = without_partner_affection(counted)
    if "family_suspect" in counted and "affection" in counted:
        kept = [s for s in counted["affection"] if not parental_affection(s, counted)]
        counted = kept_only(counted, "affection", kept)
    _narrative(result, counted)
    _context(result, context)
    _relationship(result, f, counted)
    return result


def _without(counted: Counted, groups: tuple[str, ...]) -> Counted:
    return {g: spans for g, spans in counted.items() if g not in groups}


def _not_refused(counted: Counted) -> Counted:
    """``counted`` without the exchanges that were only offered or promised ("offered her £50
    to get in", "was offered £30"), and what they were offered for just after ("... for
    sex"), in a record where the child refused: nothing was given."""
    offers = [
        s
        for g in ("exchange", "exchange_for")
        for s in counted.get(g, ())
        if OFFERS.intersection(s.text.lower().split()[:2])
    ]
    if not offers:
        return counted

    def offered(span: Evidence) -> bool:
        return any(o.start <= span.start <= o.end + OFFERED_FOR for o in offers)

    for group in ("exchange", "exchange_for"):
        if group in counted:
            counted = kept_only(counted, group, [s for s in counted[group] if not offered(s)])
    return counted


def _relationship(result: Strength, f: Facts, counted: Counted) -> None:
    """A "relationship" with a much older adult: its affection or status is the exchange.

    Ages come from the structured fields: an adult suspect (18+) and either a child under
    :data:`UNDER` or a gap of :data:`RELATIONSHIP_GAP` years or more. Not when the record
    says nothing was exchanged or denies the affection ("nil concerns re attention from
    adults"), nor about a family member.
    """
    if result.met or not older_partner(f, counted):
        return
    if "no_exchange" in counted or AFFECTION_DENIED in counted:
        return
    own = [s for s in counted["relationship"] if not parental_affection(s, counted)]
    gap = age_gap(f, counted)
    if own and gap is not None:
        span = own[0]
        result.add(
            RELATIONSHIP_WEIGHT,
            f"'{span.text}' with an adult {gap} years older (affection or status)",
        )


def _ages(result: Strength, f: Facts) -> None:
    adults = [a for a in f.suspect_ages if a >= 18]
    if f.victim_age is None or not adults:
        return
    oldest = max(adults)
    if oldest - f.victim_age >= AGE_GAP:
        result.add(0.85, f"suspect {oldest - f.victim_age} years older than the victim")
    elif f.victim_age < UNDER:
        result.add(0.85, f"an adult suspect ({oldest}) and a victim under {UNDER}")


def _peers(f: Facts, counted: Counted) -> bool:
    """A ``peer`` mention, or every suspect within :data:`PEER_GAP` years of the victim; with
    no suspect at all, every associate (the "boyfriend"), else every other subject."""
    if "peer" in counted:
        return True
    others = f.suspect_ages
    if not f.suspects:
        others = f.associate_ages or f.other_subject_ages
    if f.victim_age is None or not others:
        return False
    return all(abs(a - f.victim_age) <= PEER_GAP for a in others)


def _explicit(f: Facts, counted: Counted) -> bool:
    """An exchange that is explicitly for sexual activity, a debt, a threat or a gain."""
    return bool(
        f.codes & EXPLOITATION_CODES
        or "paid" in f.link_types
        or "exchange_for" in counted
        or "gain" in counted
        or "status" in counted
    )


def coercion(
    f: Facts, counted: Counted, context: PersonContext | None, exchanged: Strength | None = None
) -> Strength:
    """An imbalance of power used to coerce, manipulate or deceive.

    Evidenced by codes, a suspect aged 18+ at least 4 years older than the victim or with a
    victim under 16, introducing or transporting links, narrative control or grooming, the
    child's other records, and, at :data:`EXCHANGE_AS_POWER`, a met ``exchanged`` criterion
    (between peers only an explicit exchange).
    """
    result = Strength("coercion")
    for code in sorted(f.codes & (EXPLOITATION_CODES | GROOMING_CODES)):
        result.add(0.9, _code(code))
    _ages(result, f)
    for link_type in sorted(f.link_types & {"introduced", "transported"}):
        result.add(0.7, f"link: {link_type}")
    peers = bool(counted) and _peers(f, counted)
    if counted:  # between peers only control is the imbalance of power
        _narrative(
            result, {g: counted[g] for g in PEER_COERCION if g in counted} if peers else counted
        )
    _context(result, context)
    if (
        exchanged is not None
        and exchanged.met
        and result.strength < MET_AT
        and (_explicit(f, counted) or not (peers or _peers(f, counted)))
    ):
        result.add(
            EXCHANGE_AS_POWER,
            f"the exchange itself (consent is not a defence: {exchanged.evidence[0]})",
        )
    return result
