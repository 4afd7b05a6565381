"""Scanning one narrative: one automaton pass, then negation, hypotheticals and who gave what."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from safeguard.indicators._lexicon import Entry, Lexicon, lexicon
from safeguard.indicators._normalise import Normalised, normalise

_SENTENCE_END = re.compile(r"[.;!?]+(?=\s|$)|\n")
_GIVER_AFTER = re.compile(r" ?(?:from|by) (?:her |his |their |the |a )?(\w+)")
_PRONOUN = re.compile(r" (she|her|he|him|his|they|them|their) ")
# Words that may stand between a mention of the child and the child's own pronoun
# ("the victim, who is 14, she ..."); a reporting verb ("states he ...") is not one of them,
# because the pronoun after it is often someone else.
_BETWEEN = frozenset({"who", "has", "had", "was", "is", "aged", "age", "and"})
_SETS = {
    "she": "f", "her": "f", "hers": "f", "herself": "f", "girl": "f", "daughter": "f",
    "he": "m", "him": "m", "his": "m", "himself": "m", "boy": "m", "son": "m",
    "they": "t", "them": "t", "their": "t",
}

Match = tuple[int, int, Entry]  # start and end (exclusive) in the padded text, and the entry


@dataclass(frozen=True, slots=True)
class Evidence:
    """One indicator found in a narrative.

    ``start``/``end`` are offsets in the original text and ``text`` is ``original[start:end]``.
    ``giver`` is set for an exchange found from a giving verb: ``perpetrator``, ``unknown``,
    ``family`` (a parent or carer: not an exchange) or ``child`` (the child gave it).
    """

    indicator: str
    start: int
    end: int
    text: str
    term: str
    negated: bool = False
    hypothetical: bool = False
    giver: str | None = None
    typo: bool = False

    @property
    def counts(self) -> bool:
        """True when this is evidence: not negated, not advice or hypothetical, not from family."""
        return not (self.negated or self.hypothetical) and self.giver not in ("family", "child")


@dataclass(slots=True)
class _Found:
    norm: Normalised
    text: str
    ind: list[Match] = field(default_factory=list)
    items: list[Match] = field(default_factory=list)
    gives: list[Match] = field(default_factory=list)
    refs: list[Match] = field(default_factory=list)
    cues: list[Match] = field(default_factory=list)
    _ends: list[int] | None = None

    def sentence_ends(self) -> list[int]:
        if self._ends is None:
            self._ends = [m.start() for m in _SENTENCE_END.finditer(self.text)]
        return self._ends


def _collect(norm: Normalised, text: str, lex: Lexicon) -> _Found:
    found = _Found(norm, text)
    padded = norm.padded
    buckets = {"ind": found.ind, "item": found.items, "give": found.gives, "ref": found.refs}
    for end, (length, prefix, entries) in lex.automaton.iter(padded):
        start = end - length + 2
        stop = end + 1 if prefix else end
        if prefix:
            stop = padded.find(" ", stop)
        for entry in entries:
            buckets.get(entry.kind, found.cues).append((start, stop, entry))
    return found


def _cue_applies(found: _Found, start: int, kind: str) -> bool:
    """Whether a cue of ``kind`` (neg or hyp) has ``start`` in its scope."""
    ends = None
    for _c_start, c_end, cue in found.cues:
        if cue.kind != kind or c_end > start or start - c_end > cue.window:
            continue
        if kind == "neg" and any(b.kind == "brk" and c_end <= b_start and b_end <= start
                                 for b_start, b_end, b in found.cues):
            continue
        ends = ends if ends is not None else found.sentence_ends()
        lo, hi = found.norm.to_original(c_end), found.norm.to_original(start)
        if bisect_left(ends, hi) == bisect_left(ends, lo):
            return True
    return False


def _evidence(found: _Found, indicator: str, span: tuple[int, int], entry: Entry,
              giver: str | None = None, term: str | None = None) -> Evidence:
    start = found.norm.to_original(span[0])
    end = found.norm.to_original(span[1] - 1) + 1
    return Evidence(
        indicator, start, end, found.text[start:end], term or entry.term,
        negated=_cue_applies(found, span[0], "neg"),
        hypothetical=_cue_applies(found, span[0], "hyp"),
        giver=giver, typo=entry.typo,
    )


def _family_near(found: _Found, lex: Lexicon, start: int, end: int) -> bool:
    padded = found.norm.padded
    before = padded[max(0, start - 25):start].split()[-3:]
    if any(word in lex.family for word in before):
        return True
    after = _GIVER_AFTER.match(padded, end)
    return bool(after and after.group(1) in lex.family)


def _child_set(found: _Found) -> str | None:
    """Which pronoun set the narrative uses for the child (f, m, t), or None if unclear."""
    padded = found.norm.padded
    for _start, end, entry in sorted(found.refs, key=lambda m: m[0]):
        word = entry.term.split()[-1]
        if word in _SETS:
            return _SETS[word]
        for token in padded[end:end + 40].split()[:4]:
            if token in _SETS and token not in ("her", "his", "their", "him", "them"):
                return _SETS[token]
            if token not in _BETWEEN and not token.isdigit():
                break
    return None


def _giver(found: _Found, lex: Lexicon, give: Match, item: Match) -> str:
    start, _, entry = give
    if _family_near(found, lex, start, item[1]):
        return "family"
    before = found.norm.padded[max(0, start - 12):start].split()
    subject = before[-1] if before else ""
    recipient = entry.group.split()[-1] if entry.group else ""
    if subject in _SETS and recipient in _SETS and _SETS[subject] != _SETS[recipient]:
        child = _child_set(found)
        if child is not None and _SETS[subject] == child:
            return "child"
        return "perpetrator" if child is not None else "unknown"
    return "unknown"


def _exchanges(found: _Found, lex: Lexicon) -> list[Evidence]:
    out = []
    for give in found.gives:
        limit = give[1] + lex.give_window
        item = next((m for m in found.items if give[1] - 1 <= m[0] <= limit), None)
        if item is None:
            continue
        term = f"{give[2].term} ... {item[2].term}"
        out.append(_evidence(found, "exchange", (give[0], item[1]), give[2],
                             _giver(found, lex, give, item), term))
    return out


def scan(text: str | None) -> list[Evidence]:
    """Find exploitation indicators in one narrative.

    Args:
        text: the narrative (None or empty gives no evidence).

    Returns:
        Evidence spans in text order, each flagged negated / hypothetical where a cue
        applies; exchanges from a giving verb carry who gave (``giver``).

    Example:
        >>> [(e.indicator, e.negated) for e in scan("No evidence of gifts. He is 34yo.")]
        [('exchange', True), ('older_adult', False)]
    """
    if not text:
        return []
    lex = lexicon()
    found = _collect(normalise(text), text, lex)
    out: list[Evidence] = []
    seen: set[tuple[str, int, int]] = set()
    for start, end, entry in found.ind:
        if (entry.group, start, end) in seen:
            continue
        seen.add((entry.group, start, end))
        giver = "family" if entry.group == "exchange" and _family_near(
            found, lex, start, end) else None
        out.append(_evidence(found, entry.group, (start, end), entry, giver))
    out.extend(_exchanges(found, lex))
    out.sort(key=lambda e: (e.start, -e.end))
    return _drop_nested(out)


def _drop_nested(spans: list[Evidence]) -> list[Evidence]:
    """Keep the longest span of each indicator: "had sex with" hides "sex" inside it."""
    kept: list[Evidence] = []
    reach: dict[str, int] = {}
    for span in spans:
        if reach.get(span.indicator, -1) >= span.end:
            continue
        reach[span.indicator] = max(reach.get(span.indicator, -1), span.end)
        kept.append(span)
    return kept
