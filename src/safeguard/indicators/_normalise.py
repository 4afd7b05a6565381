"""Normalising text for matching, keeping a map back to the original character offsets.

The hot path is three C-level string operations: lower-case and punctuation to spaces in one
``translate`` (one byte table for ASCII text, the common case), then runs of spaces collapsed
with ``replace``. Both keep the text in step with the original until the collapse, so the map
back to original offsets is built only when a caller asks for one (most narratives yield no
evidence and never need it).
"""

from __future__ import annotations

import re
from bisect import bisect_right

_KEEP = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
# Every ASCII character that is not a letter or digit becomes a space; so do typographic
# punctuation and the Unicode spaces. "£" is kept so that amounts ("£200") can be matched.
_SPACES = (
    "\u2018\u2019\u201c\u201d\u2013\u2014\u00a0\u2026\u0085\u1680\u2028\u2029\u202f\u205f\u3000"
)
_TABLE = {i: " " for i in range(128) if chr(i).lower() not in _KEEP}
_TABLE.update({ord(c): " " for c in _SPACES + "".join(chr(c) for c in range(0x2000, 0x200B))})
_BYTES = bytes(
    c + 32 if 65 <= c <= 90 else c if chr(c) in _KEEP or c >= 128 else 32 for c in range(256)
)
_SENTENCE_END = re.compile(r"[.;!?]+(?=\s|$)|\n")
# A new clause with its own subject: "was not missing, he gave her cash".
_CLAUSE = re.compile(r"(?:[,:(]| -| and)\s+(?:he|she|they|i|we)\b", re.IGNORECASE)
# An answer after a question, written with a colon and a quote: "Asked if anything sexual:
# 'yeah...'" (model 6): it ends a question's (hypothetical) scope.
_ANSWER = re.compile(r"[:\-]\s*['\"\u2018\u201c]")


def _flat(text: str) -> str:
    """Lower case, punctuation as spaces, the same length as ``text``."""
    if text.isascii():
        return text.encode("ascii").translate(_BYTES).decode("ascii")
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lowered
        lowered = "".join(c.lower()[0] for c in text)
    return lowered.translate(_TABLE)


def normalise_term(term: str) -> str:
    """A lexicon term in the form matched against text: lower case, single spaces.

    Example:
        >>> normalise_term("B&B  y/o")
        'b b y o'
    """
    return " ".join(_flat(term).split())


class Normalised:
    """Text padded with one space each side, lower case, punctuation as single spaces.

    ``to_original`` maps an offset in ``padded`` back to the original text; ``same_sentence``
    and ``same_clause`` say whether two offsets lie in one sentence or clause of the original.
    Each builds what it needs on first use.
    """

    __slots__ = ("_flat", "_run_at", "_shift", "padded", "text")

    def __init__(self, text: str, flat: str, padded: str) -> None:
        self.text = text
        self.padded = padded
        self._flat = flat
        self._run_at: list[int] | None = None
        self._shift: list[int] = []

    def _build_map(self) -> list[int]:
        """Where each run of spaces was collapsed, and how much had gone by then."""
        run_at: list[int] = []
        flat = self._flat
        if len(flat) + 2 != len(self.padded):
            removed, size = 0, len(flat)
            i = flat.find("  ")
            while i >= 0:
                j = i + 2
                while j < size and flat[j] == " ":
                    j += 1
                run_at.append(i - removed + 2)
                removed += j - i - 1
                self._shift.append(removed)
                i = flat.find("  ", j)
        self._run_at = run_at
        return run_at

    def to_original(self, position: int) -> int:
        """The offset in the original text of ``padded[position]``."""
        run_at = self._run_at if self._run_at is not None else self._build_map()
        k = bisect_right(run_at, position) - 1
        return position - 1 + (self._shift[k] if k >= 0 else 0)

    def original_offsets(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` of the padded span ``[start, end)``."""
        run_at = self._run_at if self._run_at is not None else self._build_map()
        if not run_at:
            return start - 1, end - 1
        shift = self._shift
        k = bisect_right(run_at, start) - 1
        o_start = start - 1 + (shift[k] if k >= 0 else 0)
        k = bisect_right(run_at, end - 1) - 1
        return o_start, end + (shift[k] if k >= 0 else 0) - 1

    def same_sentence(self, first: int, second: int) -> bool:
        """Whether padded offsets ``first`` <= ``second`` lie in one sentence of the original."""
        lo, hi = self.to_original(first), self.to_original(second)
        return _SENTENCE_END.search(self.text, lo, hi) is None

    def boundary_after(self, first: int, last: int, clause: bool) -> int:
        """The original offset of the first sentence end (or, with ``clause``, clause break;
        without it, a quoted answer after a colon) from padded offset ``first`` up to
        ``last``; past the end of the text if none."""
        text = self.text
        lo = self.to_original(first)
        hi = self.to_original(min(last, len(self.padded) - 2)) + 1
        found = _SENTENCE_END.search(text, lo, hi)
        bound = found.start() if found else len(text) + 1
        found = (_CLAUSE if clause else _ANSWER).search(text, lo, min(hi, bound))
        return found.start() if found else bound

    def same_clause(self, first: int, second: int) -> bool:
        """Whether padded offsets ``first`` <= ``second`` lie in one clause: one sentence, and
        no comma, colon or "and" followed by a new subject ("..., he") between them."""
        lo, hi = self.to_original(first), self.to_original(second)
        text = self.text
        return _SENTENCE_END.search(text, lo, hi) is None and _CLAUSE.search(text, lo, hi) is None


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
    flat = _flat(text)
    collapsed = flat
    while "  " in collapsed:
        collapsed = collapsed.replace("  ", " ")
    return Normalised(text, flat, f" {collapsed} ")
