"""Exploitation indicators in free text: pure functions, lexicon kept as data.

:func:`scan` reads one narrative in a single automaton pass and returns :class:`Evidence`
spans, each with negation, hypothetical/advice and (for exchanges) who-gave-whom flags;
:func:`scan_many` does the same for a batch of narratives, more quickly.
"""

from safeguard.indicators._lexicon import PUBLIC_GROUPS, Lexicon, LexiconError, lexicon
from safeguard.indicators._normalise import Normalised, normalise, normalise_term
from safeguard.indicators._scan import Evidence, scan, scan_many

__all__ = [
    "PUBLIC_GROUPS",
    "Evidence",
    "Lexicon",
    "LexiconError",
    "Normalised",
    "lexicon",
    "normalise",
    "normalise_term",
    "scan",
    "scan_many",
]
