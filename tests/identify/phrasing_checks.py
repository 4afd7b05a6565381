"""The checks every phrasing-class test module makes on its rows.

A row is ``(description, narrative, victim age, suspects, offence codes)``
(``tests/identify/phrasing_m8.py`` and its kin).
"""

from __future__ import annotations

from typing import Any

from safeguard.identify import Decision, decide
from tests.identify.conftest import make

Row = tuple[str, str, int | None, tuple[dict[str, Any], ...], tuple[str, ...]]


def decide_row(row: tuple[Any, ...]) -> Decision:
    """The decision for the record a row describes (extra fields after the fifth are ignored)."""
    _, text, age, suspects, codes = row[:5]
    return decide(make(text, codes=codes, victim_age=age, suspects=suspects))


def check_met(row: tuple[Any, ...]) -> Decision:
    """The row's record meets cse/1; the decision, for further checks."""
    d = decide_row(row)
    assert d.cse.met, (row[0], d.to_json()["cse"])
    return d


def check_not_met(row: tuple[Any, ...]) -> None:
    """A hard negative: the row's record meets neither cse/1 nor organised-network/1."""
    d = decide_row(row)
    assert not d.cse.met, (row[0], d.to_json()["cse"])
    assert not d.organised_network.met, (row[0], d.to_json()["organised_network"])


def check_network(row: tuple[Any, ...]) -> None:
    """A row ``(description, narrative, age, suspects, codes, network)``: its record meets
    cse/1, and organised-network/1 exactly when ``network`` says so."""
    d = decide_row(row[:5])
    assert d.cse.met, (row[0], d.to_json()["cse"])
    assert d.organised_network.met is row[5], (row[0], d.to_json()["organised_network"])
