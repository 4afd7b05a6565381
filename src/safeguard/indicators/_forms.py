"""Other spellings and forms of a lexicon term, entered into the automaton beside it.

Negative contractions are normalised to two words ("didn't" to "didn t"), so a term written
"didnt" is also entered as "didn t" and the other way round. Terms of the groups named in the
lexicon's ``variants`` are also entered with each verb in its other tenses and each object
pronoun as another ("slept together": "sleep together"; "touched her": "touched him"), and
(model 9) with a slot filled in a euphemism ("done stuff with": "done other stuff with"). Every
pattern is also entered (model 9) with its small words in text-speak and dialect spellings
("sleep with": "sleep wiv"; "because": "cos"), so a phrase is read however its small words are
written (:func:`spoken`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

#: Negative contractions: "didn't" is normalised to "didn t", so a term written "didnt" (or
#: "didn t") is also entered in the other form.
_SHORT = ("dont", "doesnt", "didnt", "wont", "cant", "couldnt", "wouldnt", "shouldnt")
_SHORT_MORE = ("isnt", "wasnt", "arent", "werent", "hasnt", "havent", "hadnt", "mustnt", "aint")
_CONTRACTIONS = {w: w[:-2] + "n t" for w in (*_SHORT, *_SHORT_MORE)}
_UNSPACED = frozenset(_CONTRACTIONS)
_CONTRACTIONS |= {v: k for k, v in _CONTRACTIONS.items()}


def spellings(key: str) -> set[str]:
    """The key and its forms with each negative contraction written the other way.

    Example:
        >>> sorted(spellings("doesnt charge me"))
        ['doesn t charge me', 'doesnt charge me']
    """
    words = key.split()
    if "t" not in words and _UNSPACED.isdisjoint(words):
        return {key}  # most terms: no contraction in either form
    forms = {key}
    for short, spaced in _CONTRACTIONS.items():
        if f" {short} " in f" {key} ":
            forms |= {f" {f} ".replace(f" {short} ", f" {spaced} ").strip() for f in forms}
    return forms


#: Most forms one term may have (a term with several verbs and pronouns multiplies them).
MAX_VARIANTS = 64
#: Most forms a term may have once its slots are filled (model 9); past it the slots are left.
MAX_SLOTTED = 256
#: Most text-speak spellings one pattern may have (model 9).
MAX_SPOKEN = 16


def spoken(pattern: str, spellings_of: dict[str, tuple[str, ...]]) -> list[str]:
    """Other spellings of an automaton ``pattern`` (padded, " sleep with "), with each small
    word or phrase in ``spellings_of`` written as each of its text-speak or dialect forms.

    A prefix pattern (no trailing space) keeps its last, partial word as written.

    Example:
        >>> spoken(" sleep with ", {"with": ("wiv", "wif")})
        [' sleep wiv ', ' sleep wif ']
    """
    prefix = not pattern.endswith(" ")
    words = pattern.split()
    last = words.pop() if prefix and words else ""
    body = f" {' '.join(words)} "
    forms = [body]
    for written, others in spellings_of.items():
        needle = f" {written} "
        if needle not in body:
            continue
        forms += [f.replace(needle, f" {o} ") for f in forms for o in others]
        if len(forms) > MAX_SPOKEN:
            break
    if prefix:
        return [f"{f}{last}" for f in forms[1 : MAX_SPOKEN + 1]]
    return forms[1 : MAX_SPOKEN + 1]


def spoken_table(
    table: dict[str, list[T]],
    spellings_of: dict[str, tuple[str, ...]],
    same: Callable[[T, T], bool],
) -> dict[str, list[T]]:
    """The patterns to add to an automaton ``table`` for its text-speak spellings
    (:func:`spoken`), each with the entries of the pattern it spells; a spelling that is a
    pattern of its own keeps its own meaning. ``same`` tells entries that mean the same."""
    added: dict[str, list[T]] = {}
    for pattern, entries in table.items():
        for form in spoken(pattern, spellings_of):
            if form in table:
                continue
            kept = added.setdefault(form, [])
            kept += [e for e in entries if not any(same(e, k) for k in kept)]
    return added


class Variants:
    """Other forms of a term: each verb in its other tenses ("sleep together", "slept
    together") and each object pronoun as another ("touched her", "touched him")."""

    __slots__ = ("forms", "groups", "slots")

    def __init__(self, spec: dict[str, Any]) -> None:
        self.groups = frozenset(str(g) for g in spec.get("groups", ()))
        self.forms: dict[str, tuple[str, ...]] = {}
        for verb in spec.get("verbs", ()):
            forms = tuple(str(v) for v in verb)
            for form in forms:
                self.forms[form] = forms
        for word, others in spec.get("pronouns", {}).items():
            self.forms[str(word)] = (str(word), *(str(o) for o in others))
        self.slots: dict[str, tuple[str, ...]] = {
            str(word): (str(word), *(str(o) for o in others))
            for word, others in spec.get("slots", {}).items()
        }

    def of(self, term: str) -> list[str]:
        """``term`` and its other forms (at most :data:`MAX_VARIANTS`).

        Example:
            >>> Variants({"verbs": [["sleep", "slept"]]}).of("slept with")
            ['slept with', 'sleep with']
        """
        prefix = term.endswith("*")
        out = [""]
        for word in term.removesuffix("*").split():
            out = [
                f"{head} {form}".strip() for head in out for form in self.forms.get(word, (word,))
            ]
            if len(out) > MAX_VARIANTS:
                return [term]
        if self.slots and not self.slots.keys().isdisjoint(term.split()):
            out = self._slotted(out)
        star = "*" if prefix else ""
        variants = [v + star for v in out]
        return [term, *(v for v in variants if v != term)]

    def _slotted(self, forms: list[str]) -> list[str]:
        """``forms`` with each slot word also as its filled forms ("stuff": "other stuff"),
        unless that makes more than :data:`MAX_SLOTTED` (then ``forms`` as they are)."""
        out = [""]
        for form in forms:
            filled = [""]
            for word in form.split():
                filled = [f"{h} {w}".strip() for h in filled for w in self.slots.get(word, (word,))]
            out += filled
            if len(out) > MAX_SLOTTED:
                return forms
        return out[1:]
