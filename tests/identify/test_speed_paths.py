"""The quick paths of ``decide`` and ``identify -i/-o`` give what the full path gives."""

from __future__ import annotations

import gc
from typing import Any

import orjson
import pytest

from safeguard.exchange import Record
from safeguard.identify import PersonContext, _decide, _lines, decide, facts
from safeguard.identify._decide import _counted, _cse, _from_facts, _network, decide_json
from safeguard.indicators import scan
from tests.identify.conftest import make

SUSPECT_40 = ({"age": 40},)
#: Records whose narrative counts nothing: decided from their facts alone (and kept).
PLAIN = [
    ("no narrative, no code", make(None)),
    ("background crime", make("Rear door damaged; a television was taken.")),
    ("gifts denied", make("No evidence of gifts or money.", suspects=SUSPECT_40)),
    ("advice only", make("She was advised about the risks of accepting gifts from older males.")),
    ("child sexual offence code", make(None, codes=("22B",), suspects=SUSPECT_40)),
    ("exploitation code and a group", make(None, codes=("71",), suspects=SUSPECT_40 * 2)),
    ("an adult victim", make("Shed broken into.", victim_age=30, suspects=SUSPECT_40)),
    ("no age at all", make("Graffiti on the wall.", victim_age=None, codes=("19D",))),
    (
        "paid and introduced links",
        make(
            None,
            codes=("72",),
            suspects=SUSPECT_40 * 2,
            links=(
                {"from": "P2", "to": "P1", "type": "paid"},
                {"from": "P2", "to": "P3", "type": "introduced"},
            ),
        ),
    ),
    ("supplier flag on a plain record", make("Cash taken from the till.", flags=("CSE",))),
]


def _full_path(record: Record, context: PersonContext | None) -> tuple[Any, Any]:
    """cse/1 and organised-network/1 as every rule reads them, without the kept decisions."""
    f = facts(record)
    counted = _counted(scan(record.narrative))
    cse = _cse(f, counted, context, record.narrative)
    return cse, _network(f, counted, cse)


@pytest.mark.parametrize(("description", "record"), PLAIN, ids=[row[0] for row in PLAIN])
def test_a_decision_kept_by_facts_is_the_full_decision(description: str, record: Record) -> None:
    assert not _counted(scan(record.narrative)), f"{description}: the row must count nothing"
    _from_facts.cache_clear()
    first, again = decide(record), decide(record)  # made, then taken from the kept ones
    assert _from_facts.cache_info().hits == 1, description
    expected = _full_path(record, None)
    assert (first.cse, first.organised_network) == expected, description
    assert again == first, description


def test_a_record_with_context_or_counted_evidence_is_never_taken_from_the_kept_ones() -> None:
    _from_facts.cache_clear()
    context = PersonContext.from_records([make("She was missing overnight.", kind="crime")])
    plain = make("Shed broken into.")
    rich = make("He gave her vodka and had sex with her.", suspects=SUSPECT_40)
    assert (decide(plain, context).cse, decide(plain, context).organised_network) == _full_path(
        plain, context
    )
    assert decide(rich).cse == _full_path(rich, None)[0]
    assert _from_facts.cache_info().currsize == 0


RICH = [
    ("an exchange and sex with a child", make("He gave her vodka and had sex with her.")),
    ("gifts from a group", make("She was given cannabis by a group of men.", suspects=SUSPECT_40)),
]


@pytest.mark.parametrize(
    ("description", "record"), PLAIN + RICH, ids=[row[0] for row in PLAIN + RICH]
)
def test_decide_json_is_the_decision_serialised_byte_for_byte(
    description: str, record: Record
) -> None:
    _from_facts.cache_clear()
    evidence = scan(record.narrative)
    expected = orjson.dumps(decide(record, evidence=evidence).to_json())
    assert decide_json(record, evidence) == expected, description
    assert decide_json(record, evidence) == expected, f"{description}: taken from the kept ones"


def test_kept_decisions_are_bounded() -> None:
    assert _from_facts.cache_info().maxsize == _decide.FACTS_CACHE


@pytest.mark.parametrize("enabled", [True, False], ids=["collector on", "collector off"])
def test_a_chunk_pauses_the_collector_and_leaves_it_as_it_was(enabled: bool) -> None:
    seen: list[bool] = []
    line = orjson.dumps(make("He gave her vodka.").model_dump(mode="json", exclude_none=True))
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        with _lines._collector_paused():
            seen.append(gc.isenabled())
        out, errors = _lines._decide_chunk((1, [line, b"not json"]))
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
    assert seen == [False] and errors == 1 and out.count(b"\n") == 2
