"""Identification: decisions for records (cse/1, organised-network/1) and the flag review.

Person-centred context enters through :class:`PersonContext`, built from the child's other
records; :func:`identify_warehouse` supplies them from the warehouse (each child's linked
history) and writes the ``decisions`` and ``child_decisions`` tables; :func:`compare_definitions`
shows, per force, what each definition counts beside the supplier's flags.
"""

from safeguard.identify._compare import ForceComparison, compare_definitions
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
from safeguard.identify._lines import LineCounts, decide_line, decide_lines
from safeguard.identify._warehouse import IdentifyResult, identify_warehouse

__all__ = [
    "CHILD_SEXUAL_CODES",
    "CONTEXT_GROUPS",
    "ContextEvidence",
    "CriterionResult",
    "Decision",
    "DefinitionResult",
    "Facts",
    "FlagReview",
    "ForceComparison",
    "IdentifyResult",
    "LineCounts",
    "PersonContext",
    "age_at",
    "compare_definitions",
    "decide",
    "decide_line",
    "decide_lines",
    "facts",
    "identify_warehouse",
    "review",
]
