"""Normalising text for matching, keeping a map back to the original character offsets."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_KEEP = set("abcdefghijklmnopqrstuvwxyz0123456789")
# Every ASCII character that is not a letter or digit becomes a space; so do common
# typographic punctuation marks. Other characters (accented letters) are kept.
_TABLE = {i: " " for i in range(128) if chr(i).lower() not in _KEEP}
_TABLE.update({ord(c): " " for c in "\u2018\u2019\u201c\u201d\u2013\u2014\u00a3\u00a0\u2026"})
_RUNS = re.compile(r" {2,}")


def normalise_term(term: str) -> str:
    """A lexicon term in the form matched against text: lower case, single spaces.

    Example:
        >>> normalise_term("B&B  y/o")
        'b b y o'
    """
    return " ".join(term.lower().translate(_TABLE).split())


@dataclass(frozen=True, slots=True)
class Normalised:
    """Text padded with one space each side, lower case, punctuation as single spaces.

    ``to_original`` maps an offset in ``padded`` back to the original text.
    """

    padded: str
    _run_at: tuple[int, ...]
    _shift: tuple[int, ...]

    def to_original(self, position: int) -> int:
        """The offset in the original text of ``padded[position]``."""
        k = bisect_right(self._run_at, position) - 1
        return position - 1 + (self._shift[k] if k >= 0 else 0)


def normalise(text: str) -> Normalised:
    """Normalise one narrative.

    Args:
        text: the original text.

    Returns:
        The :class:`Normalised` text with its offset map.

    Example:
        >>> n = normalise("Gifts,  money")
        >>> n.padded, n.to_original(8)
        (' gifts money ', 9)
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lowered
        lowered = "".join(c.lower()[0] for c in text)
    flat = lowered.translate(_TABLE)
    run_at: list[int] = []
    shift: list[int] = []
    removed = 0
    for m in _RUNS.finditer(flat):
        removed += m.end() - m.start() - 1
        run_at.append(m.start() - (removed - (m.end() - m.start() - 1)) + 2)
        shift.append(removed)
    collapsed = _RUNS.sub(" ", flat) if run_at else flat
    return Normalised(f" {collapsed} ", tuple(run_at), tuple(shift))
