"""One shard of the country: turns scenario events into exchange records and ground truth.

A shard owns a fixed group of forces and a random stream derived from the seed and its index,
so its output is the same whichever process runs it and in whatever order. Records for another
force's suppliers (a child found in a neighbouring area) are written by the shard that owns
the case; files are joined per supplier in shard order afterwards.
"""

from __future__ import annotations

import datetime as dt
import gzip
import random
from bisect import bisect
from collections import Counter
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

import orjson

from safeguard.exchange import FORMAT_V1
from safeguard.synth._events import EXTRACT_DATE, Event, Who, draw_outcome, evidence_in, stamp
from safeguard.synth._narrative_bridge import writer
from safeguard.synth._narrative_spec import NarrativeSpec
from safeguard.synth._people import Human, age_on, make_human, mention, unidentified
from safeguard.synth._places import areas, supplier
from safeguard.synth._scales import population

RECORD_COLUMNS = (
    "source",
    "record_id",
    "kind",
    "force",
    "case_type",
    "case_id",
    "network_id",
    "cse",
    "cce",
    "evidence",
    "child_id",
    "broken",
)
MENTION_COLUMNS = ("source", "record_id", "person_ref", "person_id", "role", "identified")
_ID_PREFIX = {
    "missing_persons": "MP",
    "health": "SH",
    "childrens_social_care": "CSC",
    "education": "SCH",
    "voluntary_sector": "VS",
}
_DUMPS = orjson.OPT_APPEND_NEWLINE
VICTIM_BLAMING_SHARE = 0.17  # of CSE records, written in victim-blaming language
SUSPECT_ETHNICITY_RECORDED = 1 / 3  # perpetrator ethnicity unrecorded for two-thirds (Casey)


@dataclass(slots=True)
class ShardResult:
    """What a shard hands back: compressed file parts, truth columns, counts."""

    index: int
    parts: dict[str, bytes]  # source -> one gzip member
    lines: dict[str, int]  # source -> number of lines in the part
    broken: list[tuple[str, int, str, str]]  # source, 1-based line in part, record_id, problem
    records: dict[str, list[Any]]
    mentions: dict[str, list[Any]]
    children: dict[str, tuple[bool, str, bool, str, str]]  # pid -> cse, case, in care, sex, force
    networks: list[dict[str, Any]]
    messiness: Counter[str]
    by_kind: Counter[str] = field(default_factory=Counter)
    by_source_type: Counter[str] = field(default_factory=Counter)
    by_force: Counter[str] = field(default_factory=Counter)


class Shard:
    """Builds the records of one shard; scenarios call :meth:`emit` once per event."""

    def __init__(
        self, index: int, seed: int, accuracy: dict[str, float], broken_share: float
    ) -> None:
        self.index = index
        self.rng = random.Random(f"{seed}:{index}:data")
        # The narrative writer draws from its own stream, so a change to the writer's phrasing
        # does not move any other value in the dataset.
        self.nrng = random.Random(f"{seed}:{index}:narrative")
        self.write_narrative = writer()
        self.accuracy = accuracy
        self.broken_share = broken_share
        self.areas = areas()
        pop = population()
        self._forces = sorted(pop)
        self._force_cum = list(accumulate(pop[f] for f in self._forces))
        self.n_people = 0
        self.n_cases = 0
        self._seq: Counter[str] = Counter()
        self.out = ShardResult(
            index,
            {},
            {},
            [],
            {c: [] for c in RECORD_COLUMNS},
            {c: [] for c in MENTION_COLUMNS},
            {},
            [],
            Counter(),
        )
        self._lines: dict[str, list[bytes]] = {}
        self._later: dict[str, list[bytes]] = {}

    # -- people and places ------------------------------------------------------------------

    def person(self, force: str, sex: str, age: int, day: dt.date) -> Human:
        """A new person of ``age`` on ``day``, living in ``force``'s area."""
        self.n_people += 1
        born = day - dt.timedelta(days=age * 365 + self.rng.randrange(365))
        area = self.areas[force]
        return make_human(
            self.rng, f"H{self.index}{self.n_people:08d}", force, area.code, sex, born
        )

    def sex(self, female: float) -> str:
        return "F" if self.rng.random() < female else "M"

    def other_force(self, force: str) -> str:
        """Another force, chosen in proportion to population."""
        while True:
            pick = self._forces[bisect(self._force_cum, self.rng.random() * self._force_cum[-1])]
            if pick != force:
                return pick

    def la_of(self, force: str) -> str:
        return self.rng.choice(self.areas[force].las)[0]

    def case_id(self, scenario: str) -> str:
        self.n_cases += 1
        return f"{scenario}-{self.index}{self.n_cases:07d}"

    def child_truth(self, human: Human, cse: bool, case_type: str) -> None:
        self.out.children[human.pid] = (cse, case_type, human.in_care, human.sex, human.force)

    # -- records ----------------------------------------------------------------------------

    def emit(self, ev: Event) -> None:
        """Turn one event into its record (and perhaps a later version 2), with its truth."""
        rng = self.rng
        source, stype = supplier(ev.supplier, ev.force, ev.la_id)
        self._seq[source] += 1
        prefix = f"{self.areas[ev.force].code}-" if stype == "police" else f"{_ID_PREFIX[stype]}-"
        rid = f"{prefix}{self.index}{self._seq[source]:07d}"
        lag = rng.randint(0, 2) if stype == "police" else rng.randint(0, 14)
        recorded = min(ev.day + dt.timedelta(days=lag), EXTRACT_DATE)
        persons, refs = self._persons(ev, recorded)
        rec: dict[str, Any] = {
            "format": FORMAT_V1,
            "record_id": rid,
            "source": source,
            "source_type": stype,
            "force": ev.force,
            "kind": ev.kind,
            "recorded_at": stamp(recorded, rng),
            "occurred_from": ev.day.isoformat(),
        }
        if ev.offences:
            rec["offence_codes"] = ev.offences
        rec["narrative"] = self._narrative(ev, stype, persons)
        flags = self._flags(ev)
        if flags:
            rec["flags"] = flags
        rec["persons"] = persons
        self._parts(ev, rec, refs)
        later = self._crime(ev, rec, persons, recorded) if ev.kind == "crime" else None
        self._append(source, rec, later)
        self._truth(ev, source, rid, persons)
        self.out.by_kind[ev.kind] += 1
        self.out.by_source_type[stype] += 1
        self.out.by_force[ev.force] += 1

    def _persons(self, ev: Event, day: dt.date) -> tuple[list[dict[str, Any]], dict[str, str]]:
        persons, refs = [], {}
        for i, who in enumerate(ev.people):
            ref = f"P{i + 1}"
            refs[f"p{i}"] = ref
            if not who.identified:
                persons.append(unidentified(self.rng, ref, who.role, who.human, day))
                continue
            share = SUSPECT_ETHNICITY_RECORDED if who.role == "suspect" else 0.8
            persons.append(
                mention(self.rng, who.human, ref, who.role, day, self.out.messiness, share)
            )
        return persons, refs

    def _parts(self, ev: Event, rec: dict[str, Any], refs: dict[str, str]) -> None:
        if ev.locations:
            rec["locations"] = [{"ref": f"L{i + 1}", **loc} for i, loc in enumerate(ev.locations)]
            refs.update({f"l{i}": f"L{i + 1}" for i in range(len(ev.locations))})
        if ev.objects:
            rec["objects"] = [{"ref": f"O{i + 1}", **obj} for i, obj in enumerate(ev.objects)]
            refs.update({f"o{i}": f"O{i + 1}" for i in range(len(ev.objects))})
        links = [
            {"from": refs[a], "to": refs[b], "type": t}
            for a, b, t in ev.links
            if a in refs and b in refs
        ]
        if links:
            rec["links"] = links
        if ev.actions:
            child_ref = next(
                (refs[f"p{i}"] for i, w in enumerate(ev.people) if w.human is ev.child), None
            )
            rec["safeguarding_actions"] = [
                {
                    "type": t,
                    "at": (ev.day + dt.timedelta(days=self.rng.randint(0, 10))).isoformat(),
                    **({"person_ref": child_ref} if child_ref else {}),
                }
                for t in ev.actions
            ]

    def _narrative(self, ev: Event, stype: str, persons: list[dict[str, Any]]) -> str:
        child_name = child_age = None
        # A record with no victim (indecent images, intelligence on adults) is about its
        # suspects or subjects; they are who the text names.
        victim = (
            ev.child is not None
            or ev.kind == "incident"
            or any(w.role == "victim" for w in ev.people)
        )
        named_roles = ("suspect",) if victim else ("suspect", "subject")
        suspects: list[str] = []
        hidden = 0
        for who, p in zip(ev.people, persons, strict=True):
            if who.human is ev.child:
                child_name = f"{p.get('forename', '')} {p.get('surname', '')}".strip() or None
                child_age = age_on(who.human.dob, ev.day)
            elif who.role in named_roles and who.identified:
                suspects.append(f"{p.get('forename', '')} {p.get('surname', '')}".strip())
            elif who.role in named_roles:
                hidden += 1
        vehicle = next(
            (
                f"a {o.get('description')}, reg {o['value']}"
                for o in ev.objects
                if o.get("type") == "vehicle"
            ),
            None,
        )
        spec = NarrativeSpec(
            kind=ev.kind,
            source_type=stype,
            scenario=ev.scenario,
            indicators=frozenset(ev.indicators),
            negated=frozenset(ev.negated),
            child_name=child_name,
            child_age=child_age,
            suspect_names=tuple(suspects),
            unidentified_suspects=hidden,
            location_names=tuple(str(loc["name"]) for loc in ev.locations),
            vehicle=vehicle,
            offence_label=ev.offence_label,
            victim_blaming=ev.cse and self.rng.random() < VICTIM_BLAMING_SHARE,
            victim=victim,
            # the writer takes the child's pronouns from this hint
            extra={"child_sex": ev.child.sex} if ev.child else {},
        )
        if spec.victim_blaming:
            self.out.messiness["victim_blaming_narrative"] += 1
        return self.write_narrative(self.nrng, spec)

    def _flags(self, ev: Event) -> list[str]:
        """Supplier flags: the right ones, then the force's realistic error."""
        flags = (["CSE"] if ev.cse else []) + (["CCE"] if ev.cce else []) + ev.flags
        mess = self.out.messiness
        if ev.cse or ev.cce:
            if self.rng.random() >= self.accuracy[ev.force]:
                mess["flag_wrong_on_exploitation_record"] += 1
                flags.remove("CSE" if ev.cse else "CCE")
                # Missed CSE is often recorded as plain abuse; CCE often got the CSE flag
                # where no CCE flag existed (IICSA H.3).
                if self.rng.random() < 0.5:
                    flags.append("CSA" if ev.cse else "CSE")
        elif ev.child_sexual and self.rng.random() < 0.07:
            mess["flag_cse_on_non_exploitation_record"] += 1
            flags.append("CSE")
        return list(dict.fromkeys(flags))

    def _crime(
        self, ev: Event, rec: dict[str, Any], persons: list[dict[str, Any]], recorded: dt.date
    ) -> dict[str, Any] | None:
        """Arrests and outcome; returns a version 2 when the outcome came after the first send."""
        rng = self.rng
        suspects = [
            p["ref"] for p in persons if p["role"] == "suspect" and p.get("identified", True)
        ]
        if suspects and rng.random() < 0.35:
            at = ev.day + dt.timedelta(days=rng.randint(0, 30))
            rec["arrests"] = [{"person_ref": suspects[0], "at": at.isoformat()}]
        drawn = draw_outcome(rng, ev, recorded)
        if drawn is None:
            return None
        outcome = {"code": drawn[0], "at": drawn[1].isoformat()}
        if rng.random() < 0.06:
            self.out.messiness["version_2_resent_with_outcome"] += 1
            return {**rec, "version": 2, "outcome": outcome}
        rec["outcome"] = outcome
        return None

    def _append(self, source: str, rec: dict[str, Any], later: dict[str, Any] | None) -> None:
        lines = self._lines.setdefault(source, [])
        data = rec
        if self.broken_share and self.rng.random() < self.broken_share:
            data, problem = _break(self.rng, rec)
            self.out.broken.append((source, len(lines) + 1, rec["record_id"], problem))
            self.out.messiness[f"broken_{problem}"] += 1
        lines.append(orjson.dumps(data, option=_DUMPS))
        if later is not None:
            self._later.setdefault(source, []).append(orjson.dumps(later, option=_DUMPS))

    def _truth(self, ev: Event, source: str, rid: str, persons: list[dict[str, Any]]) -> None:
        r = self.out.records
        broken = (
            bool(self.out.broken)
            and self.out.broken[-1][2] == rid
            and self.out.broken[-1][0] == source
        )
        row = (
            source,
            rid,
            ev.kind,
            ev.force,
            ev.scenario,
            ev.case_id,
            ev.network_id,
            ev.cse,
            ev.cce,
            evidence_in(ev),
            ev.child.pid if ev.child else None,
            broken,
        )
        for name, value in zip(RECORD_COLUMNS, row, strict=True):
            r[name].append(value)
        m = self.out.mentions
        for who, p in zip(ev.people, persons, strict=True):
            for name, value in zip(
                MENTION_COLUMNS,
                (source, rid, p["ref"], who.human.pid, who.role, who.identified),
                strict=True,
            ):
                m[name].append(value)

    def finish(self) -> ShardResult:
        """Compress each supplier's part (version 2 lines after the first sends)."""
        for source in sorted(set(self._lines) | set(self._later)):
            lines = self._lines.get(source, []) + self._later.get(source, [])
            self.out.parts[source] = gzip.compress(b"".join(lines), compresslevel=5, mtime=0)
            self.out.lines[source] = len(lines)
        self._lines, self._later = {}, {}
        return self.out


def _break(rng: random.Random, rec: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """A deliberately broken copy of a record, for quarantine tests."""
    problem = rng.choice(("bad_date", "missing_required_field", "link_to_unknown_ref"))
    data = dict(rec)
    if problem == "bad_date":
        data["recorded_at"] = data["recorded_at"][:5] + "02-30" + data["recorded_at"][10:]
    elif problem == "missing_required_field":
        del data["kind"]
    else:
        data["links"] = [*data.get("links", []), {"from": "P1", "to": "X9", "type": "associate_of"}]
    return data, problem


__all__ = ["Event", "Shard", "ShardResult", "Who"]
