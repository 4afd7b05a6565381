"""Definitions as versioned data: each definition's exact source text and its criteria.

One YAML file per definition version in ``definitions/data/<id>/<version>.yaml``; every
decision names the version it used (``cse/1``).
"""

from safeguard.definitions._loader import DefinitionError, get_definition, list_definitions
from safeguard.definitions._models import (
    CoreElement,
    Criterion,
    Definition,
    Evidence,
    Source,
    Supporting,
)

__all__ = [
    "CoreElement",
    "Criterion",
    "Definition",
    "DefinitionError",
    "Evidence",
    "Source",
    "Supporting",
    "get_definition",
    "list_definitions",
]
