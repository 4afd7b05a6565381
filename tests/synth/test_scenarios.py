"""Scenarios against the DfE (2017) definition, checked on what each record was asked to say.

The truth tables hold labels, not the indicators a record's text was written from, so these
tests run the scenarios on a shard that keeps every event it emits.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import defaultdict

import pytest

from safeguard.synth._cse import lone, online
from safeguard.synth._events import EXCHANGE, SEXUAL, Event, evidence_in
from safeguard.synth._narrative_spec import NarrativeSpec
from safeguard.synth._networks import group
from safeguard.synth._other import iioc, online_csa
from safeguard.synth._scales import flag_accuracy
from safeguard.synth._shard import Shard

FORCE = "west-yorkshire"
# Words that would put a threat, an exchange or a victim into an indecent-images record.
NOT_IN_IMAGES_TEXT = re.compile(
    r"\b(threat\w*|unless|in return|in exchange|gifts?|money|cash|paid|pay\w*|bought|owes?|"
    r"credit|vouchers?|victim|ip(?! address)|yp|aggrieved|vic|she|her|he|him|his|"
    r"attended station|unnamed|female child|male child)\b"
)


class _Recording(Shard):
    """A shard that keeps each event it turns into a record."""

    def __init__(self) -> None:
        super().__init__(0, 5, flag_accuracy(5), 0.0)
        self.events: list[Event] = []
        self.texts: list[str] = []
        writer = self.write_narrative

        def keep(rng: random.Random, spec: NarrativeSpec) -> str:
            text = writer(rng, spec)
            self.texts.append(text)
            return text

        self.write_narrative = keep

    def emit(self, ev: Event) -> None:
        self.events.append(ev)
        super().emit(ev)


@pytest.fixture(scope="module")
def shard() -> _Recording:
    sh = _Recording()
    for make, n in ((lone, 150), (online, 150), (group, 25), (online_csa, 150), (iioc, 150)):
        for _ in range(n):
            make(sh, FORCE)
    return sh


def _by_child(sh: _Recording, scenario: str) -> dict[str, set[str]]:
    said: dict[str, set[str]] = defaultdict(set)
    for ev in sh.events:
        if ev.scenario == scenario and ev.child is not None:
            said[ev.child.pid] |= ev.indicators
    return said


@pytest.mark.parametrize("scenario", ["cse_lone", "cse_online", "cse_group"])
def test_every_cse_child_has_a_record_showing_an_exchange(shard: _Recording, scenario: str) -> None:
    said = _by_child(shard, scenario)
    assert len(said) >= 25
    assert [pid for pid, ind in said.items() if not ind & EXCHANGE] == []
    assert all(ind & SEXUAL for ind in said.values())


def test_the_exchange_sits_in_different_kinds_of_record(shard: _Recording) -> None:
    carriers = {
        (ev.kind, ev.supplier) for ev in shard.events if ev.cse and ev.indicators & EXCHANGE
    }
    assert {"crime", "referral", "missing_episode", "intelligence"} <= {k for k, _ in carriers}
    assert {"social_care", "school", "missing", "police"} <= {s for _, s in carriers}


def test_online_cse_uses_online_exchanges_and_sextortion(shard: _Recording) -> None:
    said = set().union(*_by_child(shard, "cse_online").values())
    assert {"exchange_online", "exchange_sextortion", "exchange_affection_status"} <= said


def test_online_csa_is_online_sexual_abuse_without_exchange(shard: _Recording) -> None:
    events = [ev for ev in shard.events if ev.scenario == "online_csa"]
    assert events and not any(ev.cse or ev.cce for ev in events)
    assert not any(ev.indicators & EXCHANGE for ev in events)
    assert all("online_sexual" in ev.indicators for ev in events)
    assert any("grooming" in ev.indicators for ev in events)
    children = {ev.child.pid for ev in events if ev.child is not None}
    assert children and all(shard.out.children[pid][0] is False for pid in children)
    assert {shard.out.children[pid][1] for pid in children} == {"online_csa"}


def test_iioc_records_have_no_victim_threat_or_exchange(shard: _Recording) -> None:
    pairs = [
        (ev, text) for ev, text in zip(shard.events, shard.texts, strict=True)
        if ev.scenario == "iioc"
    ]  # fmt: skip
    assert len(pairs) == 150
    for ev, text in pairs:
        assert ev.child is None and {w.role for w in ev.people} == {"suspect"}
        assert ev.indicators == {"images_possession"}
        assert not NOT_IN_IMAGES_TEXT.search(text.lower()), text


@pytest.mark.parametrize(
    ("indicators", "expected"),
    [
        ({"child_age", "sexual_activity", "exchange_gifts"}, "own_text"),
        ({"child_age", "online_sexual", "exchange_sextortion"}, "own_text"),
        ({"child_age", "sexual_health", "exchange_substances"}, "own_text"),
        ({"child_age", "sexual_activity", "facilitation_payment"}, "own_text"),
        ({"child_age", "online_sexual", "control", "grooming"}, "linked_history"),  # no exchange
        ({"sexual_activity", "exchange_gifts"}, "linked_history"),  # no child stated
        ({"child_age", "exchange_gifts", "missing"}, "linked_history"),  # nothing sexual
        ({"child_age", "sexual_activity", "facilitation_transport"}, "linked_history"),
    ],
)
def test_evidence_is_own_text_only_with_child_sex_and_exchange(
    indicators: set[str], expected: str
) -> None:
    ev = Event("crime", "police", FORCE, dt.date(2024, 3, 1), [], "cse_lone", "c1", cse=True)
    ev.indicators = indicators
    assert evidence_in(ev) == expected
