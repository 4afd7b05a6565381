"""Identification: decisions for records (cse/1, organised-network/1) and the flag review.

Person-centred context enters through :class:`PersonContext`, built from the child's other
records; the warehouse integration (later) supplies those records.
"""

from safeguard.identify._context import CONTEXT_GROUPS, ContextEvidence, PersonContext
from safeguard.identify._decide import (
    CriterionResult,
    Decision,
    DefinitionResult,
    FlagReview,
    decide,
    review,
)
from safeguard.identify._facts import CHILD_SEXUAL_CODES, Facts, age_at, facts

__all__ = [
    "CHILD_SEXUAL_CODES",
    "CONTEXT_GROUPS",
    "ContextEvidence",
    "CriterionResult",
    "Decision",
    "DefinitionResult",
    "Facts",
    "FlagReview",
    "PersonContext",
    "age_at",
    "decide",
    "facts",
    "review",
]
