"""Decisions for one record: cse/1, organised-network/1, and the review of the supplier's flag."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from safeguard.exchange import Record
from safeguard.identify import _criteria as crit
from safeguard.identify._context import PersonContext
from safeguard.identify._facts import EXPLOITATION_CODES, NETWORK_LINKS, Facts, facts
from safeguard.indicators import Evidence, scan

CSE = "cse/1"
NETWORK = "organised-network/1"
SUPPORTING = ("missing", "venue", "sexual_health", "unknown_adult")
FlagReview = Literal["agreed", "missed", "over-flagged"]


@dataclass(frozen=True, slots=True)
class CriterionResult:
    """One criterion: met or not, and the evidence cited for it."""

    id: str
    met: bool
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DefinitionResult:
    """A definition applied to a record; ``confidence`` is in the decision as stated."""

    definition: str
    met: bool
    confidence: float | None
    criteria: tuple[CriterionResult, ...]


@dataclass(frozen=True, slots=True)
class Decision:
    """The decisions for one record, in the "Decisions out" shape of the exchange format."""

    record_id: str
    source: str
    cse: DefinitionResult
    organised_network: DefinitionResult
    supplier_flagged_cse: bool
    flag_review: FlagReview

    def to_json(self) -> dict[str, Any]:
        """The decision as the exchange format's "Decisions out" JSON object."""
        def part(result: DefinitionResult) -> dict[str, Any]:
            out: dict[str, Any] = {"met": result.met}
            if result.confidence is not None:
                out["confidence"] = result.confidence
            out["definition"] = result.definition
            out["criteria"] = [{"id": c.id, "met": c.met, "evidence": list(c.evidence)}
                               for c in result.criteria]
            return out

        return {"record_id": self.record_id, "source": self.source, "cse": part(self.cse),
                "organised_network": part(self.organised_network),
                "supplier_flagged_cse": self.supplier_flagged_cse,
                "flag_review": self.flag_review}


def _probability(strengths: list[crit.Strength], supporting: int) -> float:
    """P(cse/1 met) from the criteria strengths: the documented points model."""
    if all(s.met for s in strengths):
        weakest = min(s.strength for s in strengths)
        return min(0.99, 0.5 + 0.45 * weakest + 0.02 * min(supporting, 3))
    if any(s.blocked for s in strengths) or not strengths[1].met:
        return 0.03  # an adult, or no sexual activity: the definition cannot be met
    partial = sum(min(s.strength, 1.0) for s in strengths if s.met)
    return min(0.45, 0.05 + 0.1 * partial + 0.02 * min(supporting, 3))


def _supporting(spans: list[Evidence], context: PersonContext | None) -> int:
    found = {s.indicator for s in spans if s.counts and s.indicator in SUPPORTING}
    if context is not None:
        found |= context.groups() & {*SUPPORTING, "referral"}
    return len(found)


def _cse(f: Facts, spans: list[Evidence], context: PersonContext | None) -> DefinitionResult:
    strengths = [crit.child(f, spans), crit.sexual_activity(f, spans),
                 crit.exchange(f, spans, context), crit.coercion(f, spans, context)]
    p = _probability(strengths, _supporting(spans, context))
    met = all(s.met for s in strengths)
    return DefinitionResult(
        CSE, met, round(p if met else 1 - p, 2),
        tuple(CriterionResult(s.id, s.met, tuple(s.evidence)) for s in strengths))


def _network(f: Facts, spans: list[Evidence], cse: DefinitionResult) -> DefinitionResult:
    many = [f"'{s.text}'" for s in spans if s.counts and s.indicator == "multiple_perpetrators"]
    facilitation = [f"'{s.text}'" for s in spans if s.counts and s.indicator == "facilitation"]
    people = f.suspects + f.associates_linked
    two: list[str] = [f"{people} suspects or linked associates"] if people >= 2 else []
    two += many
    linked = [f"link: {t}" for t in sorted(f.link_types & NETWORK_LINKS)]
    associated = linked + (["acting together in one event"] if f.suspects >= 2 else []) + many
    involved = (["cse/1 met"] if cse.met else []) + [
        f"offence code {c}" for c in sorted(f.codes & EXPLOITATION_CODES)]
    sexual = cse.criteria[1].met
    involved += facilitation if sexual else []
    criteria = (CriterionResult("two_or_more", bool(two), tuple(two)),
                CriterionResult("associated", bool(two) and bool(associated),
                                tuple(associated)),
                CriterionResult("involved_in_cse", bool(involved), tuple(involved)))
    return DefinitionResult(NETWORK, all(c.met for c in criteria), None, criteria)


def review(flagged: bool, met: bool) -> FlagReview:
    """The flag review: ``agreed``, ``missed`` (met, not flagged) or ``over-flagged``.

    Example:
        >>> review(False, True)
        'missed'
    """
    if flagged == met:
        return "agreed"
    return "missed" if met else "over-flagged"


def decide(record: Record, context: PersonContext | None = None) -> Decision:
    """Decide whether one record meets cse/1 and organised-network/1, and review its flag.

    Reads offence codes, the victim's age at the event (dob with occurred_from or
    recorded_at, else age), suspects (identified or not), links and the narrative; never
    sex, ethnicity, nationality or religion. The supplier's flags are only compared with the
    decision, never used to make it.

    Args:
        record: the record.
        context: evidence from the child's other records (missing episodes, referrals);
            ``None`` decides on the record alone.

    Returns:
        The :class:`Decision`, with per-criterion evidence.

    Example:
        >>> from safeguard.exchange import check
        >>> r = check({"format": "safeguard-exchange/1", "record_id": "1", "source": "kent",
        ...            "source_type": "police", "kind": "crime",
        ...            "recorded_at": "2024-01-01T00:00:00", "offence_codes": ["22B"],
        ...            "persons": [{"ref": "P1", "role": "victim", "age": 14}],
        ...            "narrative": "He gave her vodka and threatened her."}).record
        >>> decide(r).cse.met
        True
    """
    f = facts(record)
    spans = scan(record.narrative)
    cse = _cse(f, spans, context)
    flagged = "CSE" in record.flags
    return Decision(record.record_id, record.source, cse, _network(f, spans, cse), flagged,
                    review(flagged, cse.met))
