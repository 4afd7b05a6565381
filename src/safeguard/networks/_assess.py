"""The organised-network/1 test for one detected group, and each member's role and criterion.

Pure functions over :class:`GroupFacts`, gathered from the warehouse by the build. The test
follows the IICSA working definition (``definitions/data/organised-network/1.yaml``):

* ``two_or_more``: at least two individuals, identified or not, who are *involved* (below).
  Unidentified people are counted as a lower bound: the most involved members acting in one
  record, or the identified involved members, whichever is more (two "unknown males" in two
  records may be one man; two in one record are two).
* ``associated``: two involved members are associated: acting together in one record, or a
  link the supplier stated between them (a phone, vehicle or account they both use is cited in
  support, but is not enough alone: two mentions sharing an account may be one person).
* ``involved_in_cse``: a member acts (as suspect or associate) in an *exploitation record*: a
  record that meets cse/1, or one about a child of the group who meets cse/1.

Roles: a member with a stated facilitation link in an exploitation record is a facilitator
(``introduced`` a child or someone to a child: introducer; ``transported`` a child:
transporter; was ``paid`` by another member: payee; ``lives_at``/``owns``/``manages``/...
a place where exploitation is recorded: premises); otherwise a member acting in an
exploitation record is a perpetrator; a member with neither is an ``associate`` of the group,
listed but not counted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

DEFINITION = "organised-network/1"
FACILITATOR_ORDER = ("introducer", "transporter", "payee", "premises")
#: Link types by which a person facilitates, from the person (``paid``: to the person).
FACILITATION_LINKS = {"introduced": "introducer", "transported": "transporter"}
PAYMENT_LINKS = frozenset({"paid"})
PREMISES_LINKS = frozenset(
    {"lives_at", "owns", "occupies", "occupier_of", "manages", "works_at", "runs", "controls"}
)
_EVIDENCE_CAP = 12


@dataclass(frozen=True, slots=True)
class Edge:
    """One edge of the group's graph: from, to, type, and the records that evidence it."""

    source: str
    target: str
    type: str
    records: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GroupFacts:
    """What the warehouse says about one detected group.

    Attributes:
        members: offender-side person entities grouped together.
        identified: member to whether any record names them.
        acts: record (``source/record_id``) to the members acting in it (suspect, associate).
        exploitation: records that meet cse/1 or are about a child of the group who does.
        children: child entity to whether the child meets cse/1.
        edges: the group's edges (between members, to children, places and objects).
    """

    members: tuple[str, ...]
    identified: Mapping[str, bool]
    acts: Mapping[str, frozenset[str]]
    exploitation: frozenset[str]
    children: Mapping[str, bool]
    edges: tuple[Edge, ...] = ()


@dataclass(frozen=True, slots=True)
class Criterion:
    """One criterion of the definition for the group: met or not, with its evidence."""

    id: str
    met: bool
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Role:
    """A member's role and the criterion it meets (``None`` for an associate)."""

    role: str
    criterion: str | None


@dataclass(frozen=True, slots=True)
class Assessment:
    """The organised-network/1 test for a group."""

    meets: bool
    individuals: int
    criteria: tuple[Criterion, ...]
    roles: Mapping[str, Role] = field(default_factory=dict)

    def criteria_json(self) -> list[dict[str, object]]:
        """The criteria as ``[{id, met, evidence}]``, as decisions state them."""
        return [{"id": c.id, "met": c.met, "evidence": list(c.evidence)} for c in self.criteria]


def assess(facts: GroupFacts) -> Assessment:
    """Apply organised-network/1 to a group and give each member a role.

    Args:
        facts: the group's members, records, children and edges.

    Returns:
        whether the definition is met, each criterion with evidence, each member's role.

    Example:
        >>> f = GroupFacts(("a", "b"), {"a": True, "b": False},
        ...                {"r/1": frozenset({"a", "b"})}, frozenset({"r/1"}), {"c": True})
        >>> assess(f).meets, assess(f).roles["b"].role
        (True, 'perpetrator')
    """
    involvement = _involvement(facts)
    roles = _roles(facts, involvement)
    involved = {m for m, r in roles.items() if r.criterion is not None}
    individuals = _individuals(facts, involved)
    two = Criterion(
        "two_or_more",
        individuals >= 2,
        (f"{individuals} involved individual(s) at least, of {len(facts.members)} grouped",),
    )
    associated = _associated(facts, involved)
    involved_criterion = Criterion(
        "involved_in_cse", bool(involved), tuple(_cap(sorted(_why_involved(involvement))))
    )
    criteria = (two, associated, involved_criterion)
    return Assessment(all(c.met for c in criteria), individuals, criteria, roles)


def _involvement(facts: GroupFacts) -> dict[str, list[str]]:
    """Member to the exploitation records they act in."""
    found: dict[str, list[str]] = {}
    for record in sorted(facts.exploitation):
        for member in sorted(facts.acts.get(record, ())):
            found.setdefault(member, []).append(record)
    return found


def _facilitation(facts: GroupFacts) -> dict[str, dict[str, list[str]]]:
    """Member to facilitator role to the exploitation records stating it."""
    members = set(facts.members)
    places = _exploitation_places(facts)
    found: dict[str, dict[str, list[str]]] = {}
    for edge in facts.edges:
        records = [r for r in edge.records if r in facts.exploitation]
        role, who = _facilitation_role(edge, members, places)
        if role is None or who is None:
            continue
        if role == "premises":
            records = list(edge.records)  # the place is where exploitation is recorded
        if records:
            found.setdefault(who, {}).setdefault(role, []).extend(records)
    return found


def _facilitation_role(
    edge: Edge, members: set[str], places: set[str]
) -> tuple[str | None, str | None]:
    if edge.source in members and edge.type in FACILITATION_LINKS:
        return FACILITATION_LINKS[edge.type], edge.source
    if edge.type in PAYMENT_LINKS and edge.target in members and edge.source in members:
        return "payee", edge.target
    if edge.source in members and edge.type in PREMISES_LINKS and edge.target in places:
        return "premises", edge.source
    return None, None


def _exploitation_places(facts: GroupFacts) -> set[str]:
    return {
        e.target
        for e in facts.edges
        if e.target.startswith("loc-")
        and any(r in facts.exploitation for r in e.records)
        and e.type not in PREMISES_LINKS
    }


def _roles(facts: GroupFacts, involvement: dict[str, list[str]]) -> dict[str, Role]:
    facilitation = _facilitation(facts)
    roles: dict[str, Role] = {}
    for member in facts.members:
        helped = facilitation.get(member, {})
        kind = next((k for k in FACILITATOR_ORDER if k in helped), None)
        if kind is not None:
            cited = ", ".join(sorted(set(helped[kind]))[:3])
            roles[member] = Role(f"facilitator:{kind}", f"involved_in_cse: {kind} ({cited})")
        elif member in involvement:
            cited = ", ".join(involvement[member][:3])
            roles[member] = Role("perpetrator", f"involved_in_cse: acts in {cited}")
        else:
            roles[member] = Role("associate", None)
    return roles


def _individuals(facts: GroupFacts, involved: set[str]) -> int:
    named = sum(1 for m in involved if facts.identified.get(m, False))
    together = max((len(involved & acting) for acting in facts.acts.values()), default=0)
    return max(named, together)


def _associated(facts: GroupFacts, involved: set[str]) -> Criterion:
    evidence = [
        f"{len(involved & acting)} act together in {record}"
        for record, acting in sorted(facts.acts.items())
        if len(involved & acting) >= 2
    ]
    for edge in facts.edges:
        if edge.type == "co_offending" or edge.source == edge.target:
            continue
        if edge.source in involved and edge.target in involved:
            evidence.append(f"link {edge.type} in {', '.join(edge.records[:3])}")
    # A shared phone or account supports association but cannot show it alone: two mentions
    # sharing one may be one person that linkage did not join (the definition's evidence is
    # acting together in one event, or a stated link).
    met = bool(evidence)
    evidence += _shared_objects(facts, involved)
    return Criterion("associated", met, tuple(_cap(evidence)))


def _shared_objects(facts: GroupFacts, involved: set[str]) -> list[str]:
    users: dict[str, set[str]] = {}
    for edge in facts.edges:
        if (
            edge.source in involved
            and edge.target.startswith("obj-")
            and edge.type != "same_record"
        ):
            users.setdefault(edge.target, set()).add(edge.source)
    return [f"{len(who)} members use {obj}" for obj, who in sorted(users.items()) if len(who) > 1]


def _why_involved(involvement: dict[str, list[str]]) -> set[str]:
    return {f"exploitation record {r}" for records in involvement.values() for r in records}


def _cap(items: list[str]) -> list[str]:
    if len(items) <= _EVIDENCE_CAP:
        return items
    return [*items[:_EVIDENCE_CAP], f"and {len(items) - _EVIDENCE_CAP} more"]
