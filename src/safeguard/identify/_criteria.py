"""The cse/1 criteria as a transparent points model: each piece of evidence has a weight.

A criterion's strength is the weight of its strongest evidence (0 to 1); it is met at 0.5 or
more. Weights (see docs/definitions.md): structured fields 0.85 to 1.0, narrative indicators
0.6 to 0.85, context from the child's other records 0.6 to 0.7.
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
from safeguard.indicators import Evidence
from safeguard.reference import offence_codes

MET_AT = 0.5
NARRATIVE_WEIGHTS = {
    "child": {"child": 0.8},
    "sexual_activity": {"sexual": 0.85},
    "exchange": {"exchange": 0.85},
    "coercion": {"control": 0.85, "grooming": 0.8, "multiple_perpetrators": 0.7,
                 "facilitation": 0.7, "older_adult": 0.65},
}
CONTEXT_WEIGHTS = {
    "exchange": {"exchange": 0.7},
    "coercion": {"control": 0.7, "grooming": 0.7, "multiple_perpetrators": 0.6,
                 "older_adult": 0.6, "unknown_adult": 0.6},
}
#: Facilitation that is itself an advantage for the perpetrator or facilitator.
PAYMENT_TERMS = frozenset({"took payment", "taking payment", "took money from", "charged men",
                           "sold her", "sold to", "pimp*", "passed around", "offered her to",
                           "trafficked", "trafficking"})


@dataclass
class Strength:
    """One criterion's evidence and its strength."""

    id: str
    strength: float = 0.0
    evidence: list[str] = field(default_factory=list)
    blocked: bool = False

    def add(self, weight: float, text: str) -> None:
        if text not in self.evidence:
            self.evidence.append(text)
        self.strength = max(self.strength, weight)

    @property
    def met(self) -> bool:
        return not self.blocked and self.strength >= MET_AT


def _code(code: str) -> str:
    known = offence_codes().get(code)
    return f"offence code {code} ({known.description})" if known else f"offence code {code}"


def _narrative(result: Strength, spans: list[Evidence]) -> None:
    weights = NARRATIVE_WEIGHTS.get(result.id, {})
    for span in spans:
        if span.counts and span.indicator in weights:
            if result.id == "exchange" and span.indicator == "facilitation":
                continue
            result.add(weights[span.indicator], f"'{span.text}'")


def _context(result: Strength, context: PersonContext | None) -> None:
    if context is None:
        return
    for group, weight in CONTEXT_WEIGHTS.get(result.id, {}).items():
        for item in context.of(group):
            result.add(weight, item.cite())


def child(f: Facts, spans: list[Evidence]) -> Strength:
    """Under 18 at the event: structured age first; an adult age blocks the criterion."""
    result = Strength("child")
    if f.victim_age is not None:
        if f.victim_age >= 18:
            result.blocked = True
            result.evidence.append(f"victim aged {f.victim_age} (from {f.victim_age_basis})")
            return result
        result.add(1.0, f"victim aged {f.victim_age} (from {f.victim_age_basis})")
        return result
    for code in sorted(f.codes & CHILD_AGE_CODES):
        result.add(0.95, _code(code))
    _narrative(result, spans)
    if result.strength < 0.95 and any(s.counts and s.indicator == "adult_victim" for s in spans):
        result.blocked = True
    return result


def sexual_activity(f: Facts, spans: list[Evidence]) -> Strength:
    """Sexual activity, contact or online: a child sexual offence code or the narrative."""
    result = Strength("sexual_activity")
    for code in sorted(f.codes & CHILD_SEXUAL_CODES):
        result.add(1.0, _code(code))
    _narrative(result, spans)
    return result


def exchange(f: Facts, spans: list[Evidence], context: PersonContext | None) -> Strength:
    """Something the child needs or wants, or the perpetrator's advantage."""
    result = Strength("exchange")
    for code in sorted(f.codes & EXPLOITATION_CODES):
        result.add(1.0, _code(code))
    if "paid" in f.link_types:
        result.add(0.9, "link: paid")
    _narrative(result, spans)
    for span in spans:
        if span.counts and span.indicator == "facilitation" and span.term in PAYMENT_TERMS:
            result.add(0.85, f"'{span.text}'")
    _context(result, context)
    return result


def coercion(f: Facts, spans: list[Evidence], context: PersonContext | None) -> Strength:
    """An imbalance of power used to coerce, manipulate or deceive."""
    result = Strength("coercion")
    for code in sorted(f.codes & (EXPLOITATION_CODES | GROOMING_CODES)):
        result.add(0.9, _code(code))
    if f.victim_age is not None:
        gaps = [a - f.victim_age for a in f.suspect_ages if a >= 18]
        if gaps and max(gaps) >= 4:
            result.add(0.85, f"suspect {max(gaps)} years older than the victim")
    for link_type in sorted(f.link_types & {"introduced", "transported"}):
        result.add(0.7, f"link: {link_type}")
    _narrative(result, spans)
    _context(result, context)
    return result
