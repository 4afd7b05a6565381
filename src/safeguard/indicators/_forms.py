"""Other spellings and forms of a lexicon term, entered into the automaton beside it.

Negative contractions are normalised to two words ("didn't" to "didn t"), so a term written
"didnt" is also entered as "didn t" and the other way round. Terms of the groups named in the
lexicon's ``variants`` are also entered with each verb in its other tenses and each object
pronoun as another ("slept together": "sleep together"; "touched her": "touched him").
"""

from __future__ import annotations

from typing import Any

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


class Variants:
    """Other forms of a term: each verb in its other tenses ("sleep together", "slept
    together") and each object pronoun as another ("touched her", "touched him")."""

    __slots__ = ("forms", "groups")

    def __init__(self, spec: dict[str, Any]) -> None:
        self.groups = frozenset(str(g) for g in spec.get("groups", ()))
        self.forms: dict[str, tuple[str, ...]] = {}
        for verb in spec.get("verbs", ()):
            forms = tuple(str(v) for v in verb)
            for form in forms:
                self.forms[form] = forms
        for word, others in spec.get("pronouns", {}).items():
            self.forms[str(word)] = (str(word), *(str(o) for o in others))

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
        star = "*" if prefix else ""
        variants = [v + star for v in out]
        return [term, *(v for v in variants if v != term)]
