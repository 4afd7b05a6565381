"""Scanning one narrative: one automaton pass, then scope, giving and pairs.

The pass sorts every match into buckets. A narrative with no indicator, giving verb or pair
that can be made (a first part alone, "paid" or "cash", is not one; most background crime has
none) stops there. Otherwise suppressed phrases are removed, exchanges
are built from giving verbs, pairs are joined, and one ordered pass over the candidate spans
sets negation and hypothetical flags (:mod:`._scope`). Original offsets are worked out only
for the spans reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from safeguard.indicators._exchange import Candidate, Giving
from safeguard.indicators._lexicon import Entry, Lexicon, Pair, lexicon
from safeguard.indicators._normalise import Normalised, normalise
from safeguard.indicators._scope import Scope

Match = tuple[int, int, Entry]  # start and end (exclusive) in the padded text, and the entry
#: What the automaton holds for a pattern: its first word's offset back from the match's end,
#: whether it is a prefix (the match runs on to the end of its word), and its bucketed entries.
Hit = tuple[int, bool, tuple[tuple[int, Entry], ...]]
_NOT_GIVEN = frozenset({"family", "child"})  # givers whose gift is not an exchange
#: Groups that are themselves a negation ("nothing offered"): a cue before them does not undo it.
_SELF_NEGATING = frozenset({"no_exchange"})
_new = tuple.__new__


class Evidence(NamedTuple):
    """One indicator found in a narrative (a named tuple: cheap to make by the thousand).

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
        """True when this is evidence: not negated, not advice or hypothetical, not from family.

        A statement that nothing was exchanged ("was never offered anything") is its own
        negation: a cue before it does not undo it."""
        negated = self.negated and self.indicator not in _SELF_NEGATING
        return not (negated or self.hypothetical) and self.giver not in _NOT_GIVEN


@dataclass(slots=True)
class _Found:
    ind: list[Match] = field(default_factory=list)
    items: list[Match] = field(default_factory=list)
    gives: list[Match] = field(default_factory=list)
    refs: list[Match] = field(default_factory=list)
    cues: list[Match] = field(default_factory=list)
    pairs: list[Match] = field(default_factory=list)
    stops: list[Match] = field(default_factory=list)


def _collect(padded: str, lex: Lexicon) -> _Found:
    found = _Found()
    lists = [found.ind, found.items, found.gives, found.refs, found.pairs, found.stops, found.cues]
    hit: Hit
    for end, hit in lex.automaton.iter(padded):
        offset, prefix, entries = hit
        start: int = end - offset
        stop: int = padded.find(" ", end + 1) if prefix else end
        for bucket, entry in entries:
            lists[bucket].append((start, stop, entry))
    return found


def _may_give(found: _Found) -> bool:
    """Whether a giving verb can make an exchange: a verb alone or passive needs an item."""
    return bool(found.gives) and (
        bool(found.items) or any(m[2].kind == "give" for m in found.gives)
    )


def _may_pair(found: _Found, lex: Lexicon) -> bool:
    """Whether a pair can be made: a second part whose first part was seen or is an indicator
    or item, or an item after the first part of a pair whose second part is any item ("free"
    + an item). A first part alone ("paid", "cash") makes nothing: the text stops here."""
    firsts = {m[2].group for m in found.pairs if m[2].kind == "p1"}
    for m in found.pairs:
        if m[2].kind == "p2" and (m[2].group in firsts or lex.pairs[m[2].group].first_groups):
            return True
    if found.ind and any(rule.name in firsts for rule in lex.group_pairs):
        return True
    return bool(found.items) and any(rule.name in firsts for rule in lex.item_pairs)


def _suppress(found: _Found) -> None:
    """Drop indicator, item and giving matches inside a suppressed phrase ("sex education")."""
    stops = [(s, e) for s, e, _ in found.stops]

    def keep(m: Match) -> bool:
        return not any(s <= m[0] and m[1] <= e for s, e in stops)

    found.ind = [m for m in found.ind if keep(m)]
    found.items = [m for m in found.items if keep(m)]
    found.gives = [m for m in found.gives if keep(m)]


def _firsts(found: _Found, rule: Pair, p1: dict[str, list[Match]]) -> list[Match]:
    """Every match that can be the first part of ``rule``."""
    firsts = p1.get(rule.name, [])
    if rule.first_groups:
        firsts = firsts + [m for m in found.ind if m[2].group in rule.first_groups]
        if "item" in rule.first_groups:
            firsts += found.items
    return firsts


def _seconds(found: _Found, lex: Lexicon, p1: dict[str, list[Match]]) -> list[tuple[Match, Pair]]:
    """Every second part that may make a pair: a pair's own second part (when its first part
    was seen, or is an indicator or item), or any item (indicator of a group) for a pair whose
    second part is any item ("free" + an item) or indicator ("attention from" + an adult's
    age) when its first part was seen."""
    out = []
    for m in found.pairs:
        if m[2].kind == "p2":
            rule = lex.pairs[m[2].group]
            if rule.first_groups or rule.name in p1:
                out.append((m, rule))
    if found.items and p1:
        for rule in lex.item_pairs:
            if rule.name in p1:
                out += [(m, rule) for m in found.items]
    if found.ind and p1:
        for rule in lex.group_pairs:
            if rule.name in p1:
                out += [(m, rule) for m in found.ind if m[2].group in rule.then_groups]
    return out


def _pairs(found: _Found, lex: Lexicon) -> list[Candidate]:
    """Join the two parts of each pair that lie close together in order."""
    out: list[Candidate] = []
    p1: dict[str, list[Match]] = {}
    for m in found.pairs:
        if m[2].kind == "p1":
            p1.setdefault(m[2].group, []).append(m)
    for (s_start, s_end, second), rule in _seconds(found, lex, p1):
        near = [
            m for m in _firsts(found, rule, p1) if m[1] <= s_start and s_start - m[1] <= rule.window
        ]
        if near:
            first = max(near, key=lambda m: m[1])
            term = f"{first[2].term} ... {second.term}"
            out.append((first[0], s_end, rule.group, term, first[2].typo or second.typo, None))
    return out


def _candidates(found: _Found, giving: Giving, pairs: list[Candidate]) -> list[Candidate]:
    """Indicator spans and pairs; an exchange whose giver is a parent or carer says so."""
    out: list[Candidate] = [(s, e, m.group, m.term, m.typo, None) for s, e, m in found.ind]
    out += pairs
    for i, (start, end, group, term, typo, _) in enumerate(out):
        if group == "exchange" and giving.family_gave(start, end):
            out[i] = (start, end, group, term, typo, "family")
    return out


def _inherit_family(candidates: list[Candidate], exchanges: list[Candidate]) -> list[Candidate]:
    """An exchange term inside a parent's gift ("mum bought her a new phone", "dad put credit
    on her phone") is the parent's."""
    family = [(s, e) for s, e, _, _, _, giver in (*exchanges, *candidates) if giver == "family"]
    if not family:
        return candidates
    return [
        (
            s,
            e,
            g,
            t,
            typo,
            "family"
            if g == "exchange" and any(fs <= s and e <= fe for fs, fe in family)
            else giver,
        )
        for s, e, g, t, typo, giver in candidates
    ]


def _outermost(candidates: list[Candidate]) -> list[Candidate]:
    """In text order, the longest span of each indicator: "had sex with" hides "sex".

    A span given by someone who is not a parent or the child is kept inside one that is ("i
    paid him back" is the child's payment, but "paid him back" is still a debt).
    """
    kept: list[Candidate] = []
    reach: dict[tuple[str, bool], int] = {}
    for candidate in sorted(candidates, key=lambda c: (c[0], -c[1])):
        group, end = candidate[2], candidate[1]
        counts = candidate[5] not in _NOT_GIVEN
        if reach.get((group, True), -1) >= end or (
            not counts and reach.get((group, False), -1) >= end
        ):
            continue
        key = (group, counts)
        if reach.get(key, -1) < end:
            reach[key] = end
        kept.append(candidate)
    return kept


def _one_sentence(norm: Normalised, span: tuple[int, int], original: tuple[int, int]) -> bool:
    """Whether the padded ``span`` (``original`` in the text) lies in one sentence: only a
    collapsed run of punctuation can hide a sentence end, so a span as long as its original
    needs no look."""
    start, end = span
    return original[1] - original[0] == end - start or norm.same_sentence(start, end - 1)


def _in_sentences(norm: Normalised, candidates: list[Candidate]) -> list[Candidate]:
    """Drop built spans (exchanges, pairs) that run over the end of a sentence before the
    longest span is chosen: "paid for it. She had a new iPhone" is not one exchange, and must
    not hide "new iPhone"."""
    return [
        c
        for c in candidates
        if _one_sentence(norm, (c[0], c[1]), norm.original_offsets(c[0], c[1]))
    ]


def _evidence(norm: Normalised, scope: Scope, candidates: list[Candidate]) -> list[Evidence]:
    """Evidence in text order; a span that runs over the end of a sentence is not one."""
    out = []
    original = norm.original_offsets
    text = norm.text
    for start, end, group, term, typo, giver in candidates:
        o_start, o_end = original(start, end)
        if not _one_sentence(norm, (start, end), (o_start, o_end)):
            continue
        negated, hypothetical = scope.flag(start, end, o_start)
        said = text[o_start:o_end]
        found = (group, o_start, o_end, said, term, negated, hypothetical, giver, typo)
        out.append(_new(Evidence, found))  # as Evidence(*found), without its Python __new__
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
    norm = normalise(text)
    return _finish(norm, _collect(norm.padded, lex), lex)


def scan_many(texts: Sequence[str | None]) -> list[list[Evidence]]:
    """``[scan(text) for text in texts]``, in two passes: quicker for a few dozen texts.

    Every text is normalised and read by the automaton first, then each is finished: the
    automaton (over 10 MB) stays in the CPU's caches for the first pass, and the rest of the
    scanner's code for the second.

    Args:
        texts: narratives (None or empty gives no evidence).

    Returns:
        The evidence of each text, as :func:`scan` gives it, in the order of ``texts``.

    Example:
        >>> [len(found) for found in scan_many(["He is 34yo.", None])]
        [1, 0]
    """
    lex = lexicon()
    norms = [normalise(text) for text in texts if text]
    found = [_collect(norm.padded, lex) for norm in norms]
    finished = iter([_finish(norm, f, lex) for norm, f in zip(norms, found, strict=True)])
    return [next(finished) if text else [] for text in texts]


def _finish(norm: Normalised, found: _Found, lex: Lexicon) -> list[Evidence]:
    """The evidence in a text, from what the automaton found in it."""
    if not (found.ind or _may_give(found) or _may_pair(found, lex)):
        return []
    if found.stops:
        _suppress(found)
    giving = Giving(norm, lex, found.gives, found.items, found.refs)
    exchanges = giving.exchanges() if found.gives else []
    if exchanges:
        exchanges = _in_sentences(norm, exchanges)
    pairs = _pairs(found, lex) if found.pairs else []
    if pairs:
        pairs = _in_sentences(norm, pairs)
    candidates = exchanges
    if found.ind or pairs:
        candidates = _inherit_family(_candidates(found, giving, pairs), exchanges) + exchanges
    if not candidates:
        return []
    return _evidence(norm, Scope(norm, found.cues), _outermost(candidates))
