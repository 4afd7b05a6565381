"""Person-centred context: evidence about the child drawn from their other records.

The warehouse (later) finds the child's linked records; this module only turns records into
evidence, so ``safeguard identify`` on a file and the warehouse use the same rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from safeguard.exchange import Kind, Record, SourceType
from safeguard.identify._facts import facts
from safeguard.indicators import scan

#: The oldest age in another record that still places the child under 18 in this one: the
#: records of one child's history mostly fall within a year or two of each other.
CHILD_AGE_CONTEXT = 16

#: Indicator groups taken from other records (sexual activity must be in the record itself).
CONTEXT_GROUPS = frozenset(
    {
        "exchange",
        "exchange_for",
        "gain",
        "status",
        "affection",
        "control",
        "grooming",
        "facilitation",
        "multiple_perpetrators",
        "older_adult",
        "unknown_adult",
        "missing",
        "venue",
        "sexual_health",
    }
)


@dataclass(frozen=True, slots=True)
class ContextEvidence:
    """One piece of evidence from another record about the same child.

    ``indicator`` is an indicator group (``exchange``, ``missing``...), ``referral``, or
    ``child`` (the child's age in that record, :data:`CHILD_AGE_CONTEXT` or under).
    """

    indicator: str
    source: str
    record_id: str
    text: str

    def cite(self) -> str:
        """How the evidence is cited in a decision: the indicator, the record and the words."""
        return f"{self.indicator} in {self.source}/{self.record_id}: '{self.text}'"


@dataclass(frozen=True, slots=True)
class PersonContext:
    """Evidence about the child from their linked history (other records).

    Example:
        >>> PersonContext().groups()
        set()
    """

    evidence: tuple[ContextEvidence, ...] = ()

    def groups(self) -> set[str]:
        """The indicator groups present in the context."""
        return {e.indicator for e in self.evidence}

    def of(self, *groups: str) -> list[ContextEvidence]:
        """The evidence items in any of ``groups``."""
        return [e for e in self.evidence if e.indicator in groups]

    @classmethod
    def from_records(cls, records: Iterable[Record]) -> PersonContext:
        """Build the context from the child's other records.

        Args:
            records: records of the same child (the caller has linked them), excluding the
                record being decided.

        Returns:
            The context: each missing episode, each social-care referral, the child's age
            where it is :data:`CHILD_AGE_CONTEXT` or under, and every counted indicator found
            in their narratives, each citing its source and record id.

        Example:
            >>> PersonContext.from_records([]).evidence
            ()
        """
        found: list[ContextEvidence] = []
        for record in records:
            found.extend(_from_record(record))
        return cls(tuple(found))


def _from_record(record: Record) -> list[ContextEvidence]:
    out = []
    if record.kind is Kind.MISSING_EPISODE:
        out.append(ContextEvidence("missing", record.source, record.record_id, "missing episode"))
    if record.kind is Kind.REFERRAL and record.source_type is SourceType.CHILDRENS_SOCIAL_CARE:
        out.append(
            ContextEvidence("referral", record.source, record.record_id, "social-care referral")
        )
    age = facts(record).victim_age
    if age is not None and age <= CHILD_AGE_CONTEXT:
        out.append(ContextEvidence("child", record.source, record.record_id, f"aged {age}"))
    seen = set()
    for item in scan(record.narrative):
        if item.counts and item.indicator in CONTEXT_GROUPS and item.indicator not in seen:
            seen.add(item.indicator)
            out.append(ContextEvidence(item.indicator, record.source, record.record_id, item.text))
    return out
