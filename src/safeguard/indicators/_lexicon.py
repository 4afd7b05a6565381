"""The indicator lexicon: YAML data compiled once into one Aho-Corasick automaton.

Every pattern (indicator terms, exchange items, giving verbs, negation and hypothetical cues,
scope breakers) goes into a single automaton so that a narrative is read in one pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import ahocorasick
import yaml

from safeguard.errors import SafeguardError
from safeguard.indicators._normalise import normalise_term

#: Indicator groups reported to callers (the rest are internal to the scanner).
PUBLIC_GROUPS = (
    "child", "sexual", "exchange", "control", "grooming", "facilitation",
    "multiple_perpetrators", "missing", "venue", "sexual_health", "older_adult",
    "unknown_adult", "cce", "family_suspect", "peer", "adult_victim",
)


class LexiconError(SafeguardError):
    """The bundled lexicon is invalid."""


@dataclass(frozen=True, slots=True)
class Entry:
    """What one pattern means. ``kind``: ind, item, ref, give, neg, hyp or brk."""

    kind: str
    group: str
    term: str
    typo: bool = False
    window: int = 0


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The compiled lexicon: the automaton and the word lists the scanner consults."""

    automaton: Any  # ahocorasick.Automaton has no type stubs
    family: frozenset[str]
    give_window: int
    version: int
    size: int


def _raw() -> dict[str, Any]:
    raw = files("safeguard.indicators").joinpath("data").joinpath("lexicon.yaml")
    text = raw.read_text("utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise LexiconError("lexicon.yaml: expected a mapping")
    return data


def _add(table: dict[str, list[Entry]], term: str, entry: Entry) -> None:
    key = normalise_term(term.removesuffix("*"))
    if not key:
        raise LexiconError(f"lexicon.yaml: empty term for {entry.group}")
    pattern = f" {key}" if term.endswith("*") else f" {key} "
    table.setdefault(pattern, []).append(entry)


def _terms(data: dict[str, Any], table: dict[str, list[Entry]]) -> None:
    for group, terms in data["groups"].items():
        kind = "item" if group == "item" else "ref" if group == "child_ref" else "ind"
        for term in terms:
            _add(table, str(term), Entry(kind, group, str(term)))
    for rule in data["age_groups"]:
        for n in range(int(rule["from"]), int(rule["to"]) + 1):
            for template in data["age_templates"]:
                term = template.format(n=n)
                _add(table, term, Entry("ind", rule["group"], term))
                if rule["group"] == "child":
                    _add(table, term, Entry("ref", "child_ref", term))


def _cues_and_give(data: dict[str, Any], table: dict[str, list[Entry]]) -> None:
    for kind in ("negation", "hypothetical"):
        for cue, window in data["cues"][kind]:
            _add(table, str(cue), Entry(kind[:3], kind, str(cue), window=int(window)))
    for cue in data["cues"]["break"]:
        _add(table, str(cue), Entry("brk", "break", str(cue)))
    give = data["give"]
    for verb in give["verbs"]:
        for recipient in give["recipients"]:
            _add(table, f"{verb} {recipient}", Entry("give", recipient, f"{verb} {recipient}"))
    for phrase in give["passive"]:
        _add(table, str(phrase), Entry("give", "", str(phrase)))


def _one_edit(word: str) -> set[str]:
    deletions = {word[:i] + word[i + 1:] for i in range(len(word))}
    swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    return (deletions | swaps) - {word}


def _typos(table: dict[str, list[Entry]], min_length: int) -> dict[str, list[Entry]]:
    variants: dict[str, list[Entry]] = {}
    for pattern, entries in table.items():
        if not pattern.endswith(" "):
            continue  # prefix patterns already cover endings
        chosen = [e for e in entries if e.kind in ("ind", "item")]
        words = pattern.split()
        for i, word in enumerate(words):
            if len(word) < min_length or not word.isalpha():
                continue
            for variant in _one_edit(word):
                key = " " + " ".join([*words[:i], variant, *words[i + 1:]]) + " "
                if key not in table:
                    for e in chosen:
                        variants.setdefault(key, []).append(
                            Entry(e.kind, e.group, e.term, typo=True, window=e.window))
    return variants


def _misspellings(data: dict[str, Any], table: dict[str, list[Entry]]) -> None:
    for wrong, right in data.get("misspellings", {}).items():
        target = f" {normalise_term(str(right).removesuffix('*'))}"
        target = target if str(right).endswith("*") else target + " "
        if target not in table:
            raise LexiconError(f"lexicon.yaml: misspelling {wrong!r} maps to unknown {right!r}")
        for e in table[target]:
            _add(table, str(wrong), Entry(e.kind, e.group, e.term, typo=True, window=e.window))


@cache
def lexicon() -> Lexicon:
    """The compiled lexicon, built once per process (about a second).

    Returns:
        The :class:`Lexicon`.

    Example:
        >>> lexicon().version
        1
    """
    data = _raw()
    table: dict[str, list[Entry]] = {}
    _terms(data, table)
    _cues_and_give(data, table)
    _misspellings(data, table)
    table.update(_typos(table, int(data["typo_min_length"])))
    automaton = ahocorasick.Automaton()
    for pattern, entries in table.items():
        automaton.add_word(pattern, (len(pattern), not pattern.endswith(" "), tuple(entries)))
    automaton.make_automaton()
    family = frozenset(normalise_term(str(w)) for w in data["family"])
    return Lexicon(automaton, family, int(data["give"]["window"]), int(data["version"]), len(table))
