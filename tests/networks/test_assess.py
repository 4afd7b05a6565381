"""The organised-network/1 test and members' roles on hand-built groups (table-driven)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from safeguard.networks import Edge, GroupFacts, assess


@dataclass(frozen=True)
class Case:
    description: str
    members: tuple[str, ...]
    acts: dict[str, set[str]]
    exploitation: set[str]
    edges: tuple[Edge, ...] = ()
    unidentified: set[str] = field(default_factory=set)
    meets: bool = True
    individuals: int = 2
    roles: dict[str, str] = field(default_factory=dict)
    failing: set[str] = field(default_factory=set)

    def facts(self) -> GroupFacts:
        return GroupFacts(
            members=self.members,
            identified={m: m not in self.unidentified for m in self.members},
            acts={k: frozenset(v) for k, v in self.acts.items()},
            exploitation=frozenset(self.exploitation),
            children={"child": True},
            edges=self.edges,
        )


CASES = [
    Case("two perpetrators acting together in an exploitation record",
         ("a", "b"), {"r/1": {"a", "b"}}, {"r/1"},
         roles={"a": "perpetrator", "b": "perpetrator"}),
    Case("an unidentified man counts: two in one record are two people",
         ("a", "u"), {"r/1": {"a", "u"}}, {"r/1"}, unidentified={"u"}),
    Case("two unidentified mentions in two records may be one man",
         ("a", "u1", "u2"), {"r/1": {"a", "u1"}, "r/2": {"u2"}}, {"r/1", "r/2"},
         unidentified={"a", "u1", "u2"}, individuals=2),
    Case("one man seen in two records is not two people",
         ("u1", "u2"), {"r/1": {"u1"}, "r/2": {"u2"}}, {"r/1", "r/2"},
         unidentified={"u1", "u2"}, meets=False, individuals=1,
         failing={"two_or_more", "associated"}),
    Case("acting together but in no exploitation (county lines)",
         ("a", "b"), {"r/1": {"a", "b"}}, set(), meets=False, individuals=0,
         roles={"a": "associate", "b": "associate"},
         failing={"two_or_more", "associated", "involved_in_cse"}),
    Case("involved separately, associated only through a shared phone: not shown",
         ("a", "b"), {"r/1": {"a"}, "r/2": {"b"}}, {"r/1", "r/2"},
         edges=(Edge("a", "obj-1", "uses", ("r/1",)), Edge("b", "obj-1", "uses", ("r/2",))),
         meets=False, individuals=2, failing={"associated"}),
    Case("involved separately, a stated link between them: associated",
         ("a", "b"), {"r/1": {"a"}, "r/2": {"b"}}, {"r/1", "r/2"},
         edges=(Edge("a", "b", "associate_of", ("r/3",)),)),
    Case("facilitators by their stated links",
         ("a", "i", "t", "p", "h"), {"r/1": {"a", "i", "t", "p", "h"}}, {"r/1"},
         edges=(Edge("i", "child", "introduced", ("r/1",)),
                Edge("t", "child", "transported", ("r/1",)),
                Edge("a", "p", "paid", ("r/1",)),
                Edge("a", "loc-1", "seen_at", ("r/1",)),
                Edge("h", "loc-1", "owns", ("r/9",))),
         individuals=5,
         roles={"a": "perpetrator", "i": "facilitator:introducer",
                "t": "facilitator:transporter", "p": "facilitator:payee",
                "h": "facilitator:premises"}),
    Case("a link outside any exploitation record makes no facilitator",
         ("a", "b"), {"r/1": {"a", "b"}, "r/2": {"b"}}, {"r/1"},
         edges=(Edge("b", "child", "transported", ("r/2",)),),
         roles={"a": "perpetrator", "b": "perpetrator"}),
    Case("an associate with no involvement is listed, not counted",
         ("a", "b", "c"), {"r/1": {"a", "b"}, "r/2": {"c"}}, {"r/1"},
         roles={"c": "associate"}),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c.description for c in CASES])
def test_assess(case: Case) -> None:
    found = assess(case.facts())
    assert found.meets is case.meets, case.description
    assert found.individuals == case.individuals, case.description
    assert {c.id for c in found.criteria if not c.met} == case.failing, case.description
    for member, role in case.roles.items():
        assert found.roles[member].role == role, f"{case.description}: {member}"


def test_every_role_cites_its_records() -> None:
    found = assess(CASES[7].facts())
    assert found.roles["i"].criterion == "involved_in_cse: introducer (r/1)"
    assert found.roles["a"].criterion == "involved_in_cse: acts in r/1"
    assert [c.id for c in found.criteria] == ["two_or_more", "associated", "involved_in_cse"]
    assert all(c.evidence for c in found.criteria)


def test_long_evidence_is_capped_with_a_count() -> None:
    acts = {f"r/{i}": {"a", "b"} for i in range(30)}
    found = assess(GroupFacts(("a", "b"), {"a": True, "b": True},
                              {k: frozenset(v) for k, v in acts.items()},
                              frozenset(acts), {"child": True}))  # fmt: skip
    evidence = found.criteria[1].evidence
    assert len(evidence) == 13 and evidence[-1] == "and 18 more"
