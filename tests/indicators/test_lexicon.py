"""The lexicon as data: it compiles, rejects what YAML misreads, and typos are not real words."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from safeguard.indicators import PUBLIC_GROUPS, LexiconError, lexicon
from safeguard.indicators._lexicon import _raw, build


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    return _raw()


def test_compiles_once() -> None:
    assert lexicon() is lexicon()
    assert lexicon().version == 11
    assert lexicon().size > 10_000


def test_unquoted_no_is_rejected(data: dict[str, Any]) -> None:
    broken = copy.deepcopy(data)
    broken["cues"]["negation"].append([False, 18])  # what YAML makes of an unquoted `no`
    with pytest.raises(LexiconError, match="quote these terms"):
        build(broken)


def test_negation_cue_no_is_a_word(data: dict[str, Any]) -> None:
    assert ["no", 18] in data["cues"]["negation"]


def test_every_group_is_public_or_internal(data: dict[str, Any]) -> None:
    internal = {"item", "child_ref"}
    named = set(data["groups"]) | {g["group"] for g in data["age_groups"]}
    assert named - internal <= set(PUBLIC_GROUPS)


@pytest.mark.parametrize(
    ("variant", "word"),
    [
        ("others", "mothers"),
        ("saying", "staying"),
        ("treats", "threats"),
        ("present", "presents"),
        ("violet", "violent"),
    ],
)
def test_real_words_are_not_typos(variant: str, word: str) -> None:
    entries = lexicon().automaton.get(f" {variant} ", ())
    assert not any(e.typo for _, e in (entries[2] if entries else ())), (variant, word)


def test_misspelling_of_unknown_term_is_rejected(data: dict[str, Any]) -> None:
    broken = copy.deepcopy(data)
    broken["misspellings"]["grooomed"] = "not a term"
    with pytest.raises(LexiconError, match="unknown"):
        build(broken)
