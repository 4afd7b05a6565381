"""Definitions as data: all load, texts are exact, every one is documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from safeguard.definitions import DefinitionError, get_definition, list_definitions
from safeguard.indicators import PUBLIC_GROUPS

DOCS = Path(__file__).parents[2] / "docs" / "definitions.md"
CSE_TEXT = (
    "Child sexual exploitation is a form of child sexual abuse. It occurs where an individual or "
    "group takes advantage of an imbalance of power to coerce, manipulate or deceive a child or "
    "young person under the age of 18 into sexual activity (a) in exchange for something the "
    "victim needs or wants, and/or (b) for the financial advantage or increased status of the "
    "perpetrator or facilitator. The victim may have been sexually exploited even if the sexual "
    "activity appears consensual. Child sexual exploitation does not always involve physical "
    "contact; it can also occur through the use of technology."
)
NETWORK_START = "An organised network is characterised by two or more individuals (whether"


def test_all_four_load() -> None:
    keys = [d.key for d in list_definitions()]
    assert keys == ["cse/1", "occ-group/1", "organised-network/1", "pnd-categories/1"]


def test_exact_texts() -> None:
    assert get_definition("cse/1").text == CSE_TEXT
    network = get_definition("organised-network").text
    assert network.startswith(NETWORK_START)
    assert network.endswith("property to be used for sexual activities with a child.")


def test_cse_criteria_ids_used_by_decisions() -> None:
    ids = [c.id for c in get_definition("cse/1").criteria]
    assert ids == ["child", "sexual_activity", "exchange", "coercion"]


def test_pnd_categories() -> None:
    ids = [c.id for c in get_definition("pnd-categories/1").criteria]
    assert ids == ["familial", "cse", "institutional", "ritualistic", "other", "unknown"]


def test_unknown_definition() -> None:
    with pytest.raises(DefinitionError, match="no definition"):
        get_definition("nope/1")


@pytest.mark.parametrize("definition", list_definitions(), ids=lambda d: d.key)
def test_indicator_groups_exist(definition: object) -> None:
    from safeguard.definitions import Definition

    assert isinstance(definition, Definition)
    assert definition.indicator_groups() <= set(PUBLIC_GROUPS)


@pytest.mark.parametrize("definition", list_definitions(), ids=lambda d: d.key)
def test_documented(definition: object) -> None:
    from safeguard.definitions import Definition

    assert isinstance(definition, Definition)
    assert f"## {definition.key}" in DOCS.read_text("utf-8")


def test_decision_model_documented() -> None:
    """Every indicator group the decision weighs, and the exchange-as-power rule, are documented."""
    from safeguard.identify._criteria import EXCHANGE_AS_POWER, NARRATIVE_WEIGHTS, PEER_GAP

    text = DOCS.read_text("utf-8")
    groups = {g for weights in NARRATIVE_WEIGHTS.values() for g in weights}
    missing = [g for g in sorted(groups) if g.replace("_", " ") not in text and g not in text]
    assert not missing, missing
    assert f"{EXCHANGE_AS_POWER}" in text and f"within {PEER_GAP} years" in text
