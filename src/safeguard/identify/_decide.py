"""Decisions for one record: cse/1, organised-network/1, and the review of the supplier's flag."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Literal, NamedTuple

import orjson

from safeguard.exchange import Record
from safeguard.identify import _criteria as crit
from safeguard.identify._context import PersonContext
from safeguard.identify._facts import EXPLOITATION_CODES, NETWORK_LINKS, Facts, facts
from safeguard.identify._infer import family_euphemisms, infer_sexual
from safeguard.identify._partner import kept_only
from safeguard.indicators import Evidence, scan

CSE = "cse/1"
NETWORK = "organised-network/1"
SUPPORTING = (
    "missing",
    "venue",
    "sexual_health",
    "sexual_sign",
    "unknown_adult",
    "clothing_sign",  # model 9: torn or messed up clothing
)
#: Denied groups, counted under their own key: affection ("nil concerns re attention") for
#: the relationship rule, sexual activity ("denies any sexual activity") for model 8's rules.
_DENIED = {
    "affection": crit.AFFECTION_DENIED,
    "sexual": crit.SEXUAL_DENIED,
    "sexual_implied": crit.SEXUAL_DENIED,
    "control": crit.CONTROL_DENIED,
}
#: Model 10: ``no_sexual`` terms that deny only under a negation ("hasn't done anything
#: sexual", "denies anything sexual"). Neither negated nor hypothetical, the term is in a
#: question answered yes ("asked if anything sexual happens she said 'obviously'"), the
#: only cue that leaves it so (:data:`ASKED`): the child's answer is sexual activity.
POLARITY = frozenset({"anything sexual"})
#: Words of a question put to the child just before a polarity term (within
#: :data:`ASKED_WITHIN` characters); "unclear if anything sexual" is not one.
ASKED = ("asked", "enquired", "questioned")
ASKED_WITHIN = 30
FlagReview = Literal["agreed", "missed", "over-flagged"]
#: How many decisions made from the facts alone are kept (:func:`_from_facts`), about 4 KB
#: each. With two workers, 2,048 ran quicker than 8,192 (which finds more of them kept, but
#: adds 33 MB a worker to what the two cores' shared cache must hold).
FACTS_CACHE = 2_048


class CriterionResult(NamedTuple):
    """One criterion: met or not, and the evidence cited for it."""

    id: str
    met: bool
    evidence: tuple[str, ...]


class DefinitionResult(NamedTuple):
    """A definition applied to a record; ``confidence`` is in the decision as stated."""

    definition: str
    met: bool
    confidence: float | None
    criteria: tuple[CriterionResult, ...]


class Decision(NamedTuple):
    """The decisions for one record, in the "Decisions out" shape of the exchange format."""

    record_id: str
    source: str
    cse: DefinitionResult
    organised_network: DefinitionResult
    supplier_flagged_cse: bool
    flag_review: FlagReview

    def to_json(self) -> dict[str, Any]:
        """The decision as the exchange format's "Decisions out" JSON object."""
        record_id, source, cse, network, flagged, flag_review = self
        return _json(record_id, source, _part(cse), _part(network), flagged, flag_review)


def _json(
    record_id: str, source: str, cse: object, network: object, flagged: bool, flag_review: str
) -> dict[str, Any]:
    """The "Decisions out" object, its two definitions given as objects (or JSON fragments)."""
    return {
        "record_id": record_id,
        "source": source,
        "cse": cse,
        "organised_network": network,
        "supplier_flagged_cse": flagged,
        "flag_review": flag_review,
    }


def _part(result: DefinitionResult) -> dict[str, Any]:
    definition, met, confidence, criteria = result
    out: dict[str, Any] = {"met": met}
    if confidence is not None:
        out["confidence"] = confidence
    out["definition"] = definition
    out["criteria"] = [{"id": i, "met": m, "evidence": list(e)} for i, m, e in criteria]
    return out


def _probability(strengths: list[crit.Strength], mets: list[bool], supporting: int) -> float:
    """P(cse/1 met) from the criteria strengths: the documented points model."""
    if all(mets):
        weakest = min(s.strength for s in strengths)
        return min(0.99, 0.5 + 0.45 * weakest + 0.02 * min(supporting, 3))
    if not mets[1] or any(s.blocked for s in strengths):
        return 0.03  # an adult, or no sexual activity: the definition cannot be met
    partial = sum(min(s.strength, 1.0) for s, met in zip(strengths, mets, strict=True) if met)
    return min(0.45, 0.05 + 0.1 * partial + 0.02 * min(supporting, 3))


def _supporting(counted: crit.Counted, context: PersonContext | None) -> int:
    if not counted and context is None:
        return 0
    found = {group for group in SUPPORTING if group in counted}
    if context is not None:
        found |= context.groups() & {*SUPPORTING, "referral"}
    return len(found)


def _counted(spans: list[Evidence], text: str | None = None) -> crit.Counted:
    """The spans that count, by indicator group; and, as ``affection_denied``, affection the
    text denies ("nil concerns re attention from adults"), which the relationship rule reads
    as the text contradicting an affection exchange. Model 8: denied sexual activity and every
    ``no_sexual`` statement (negated or not: "they haven't done anything sexual") as
    ``sexual_denied``, denied control as ``control_denied``; they block inference. Model 10:
    a :data:`POLARITY` term in a question answered yes is sexual activity (:func:`_affirmed`).
    """
    counted: crit.Counted = {}
    for span in spans:
        if span.counts:
            counted.setdefault(span.indicator, []).append(span)
        elif span.negated and not span.hypothetical:
            denied = _DENIED.get(span.indicator)
            if denied:
                counted.setdefault(denied, []).append(span)
        if span.indicator == "no_sexual" and not span.hypothetical:
            if span.term in POLARITY and not span.negated:
                if _affirmed(span, text):
                    counted.setdefault("sexual", []).append(span._replace(indicator="sexual"))
                continue
            counted.setdefault(crit.SEXUAL_DENIED, []).append(span)  # negated or not
    if "facilitation" in counted and "exchange" in counted:
        counted = _treats_are_not_facilitation(counted)
    return counted


def _treats_are_not_facilitation(counted: crit.Counted) -> crit.Counted:
    """Model 10: taking the child somewhere that is itself the treat ("takes her to Nandos",
    read as an exchange) is not facilitation: ``counted`` without those facilitation spans."""
    treats = counted["exchange"]
    kept = [
        f
        for f in counted["facilitation"]
        if not any(t.start <= f.start and f.end <= t.end for t in treats)
    ]
    return kept_only(counted, "facilitation", kept)


def _affirmed(span: Evidence, text: str | None) -> bool:
    """Whether a polarity term neither negated nor hypothetical follows a question's words:
    the question was answered yes. Elsewhere ("unclear if anything sexual") it is neither a
    denial nor evidence."""
    before = (text or "")[max(0, span.start - ASKED_WITHIN) : span.start].lower()
    return any(word in before for word in ASKED)


def _cse(
    f: Facts, counted: crit.Counted, context: PersonContext | None, text: str | None = None
) -> DefinitionResult:
    exchanged = crit.exchange(f, counted, context)
    child = crit.child(f, counted, context)
    sexual = crit.sexual_activity(f, family_euphemisms(counted, text))
    infer_sexual(sexual, f, counted, child, exchanged, text)
    strengths = [child, sexual, exchanged, crit.coercion(f, counted, context, exchanged)]
    mets = [s.met for s in strengths]
    p = _probability(strengths, mets, _supporting(counted, context))
    met = all(mets)
    return DefinitionResult(
        CSE,
        met,
        round(p if met else 1 - p, 2),
        tuple(
            [
                CriterionResult(s.id, m, tuple(s.evidence))
                for s, m in zip(strengths, mets, strict=True)
            ]
        ),
    )


def _quoted(counted: crit.Counted, *groups: str) -> list[str]:
    return [f"'{s.text}'" for group in groups for s in counted.get(group, ())]


def _network(f: Facts, counted: crit.Counted, cse: DefinitionResult) -> DefinitionResult:
    helped = _quoted(counted, "facilitation", "gain", "access_sold") if counted else []
    many = _quoted(counted, "multiple_perpetrators") if counted else []
    if helped:  # "his friends" may only be present; with facilitation they take part
        many += _quoted(counted, "associates")
    people = f.suspects + f.associates_linked
    two = [f"{people} suspects or linked associates", *many] if people >= 2 else many
    links = f.link_types & NETWORK_LINKS if f.link_types else None
    associated = [f"link: {t}" for t in sorted(links)] if links else []
    if f.suspects >= 2:
        associated.append("acting together in one event")
    associated += many
    involved: list[str] = []
    if cse.criteria[0].met:  # model 10: an adult's exploitation is not child sexual exploitation
        involved = ["cse/1 met"] if cse.met else []
        codes = f.codes & EXPLOITATION_CODES if f.codes else None
        if codes:
            involved += [f"offence code {c}" for c in sorted(codes)]
        if helped and cse.criteria[1].met:  # sexual activity
            involved += helped
    criteria = (
        CriterionResult("two_or_more", bool(two), tuple(two)),
        CriterionResult("associated", bool(two) and bool(associated), tuple(associated)),
        CriterionResult("involved_in_cse", bool(involved), tuple(involved)),
    )
    met = bool(two) and bool(associated) and bool(involved)
    return DefinitionResult(NETWORK, met, None, criteria)


def review(flagged: bool, met: bool) -> FlagReview:
    """The flag review: ``agreed``, ``missed`` (met, not flagged) or ``over-flagged``.

    Example:
        >>> review(False, True)
        'missed'
    """
    if flagged == met:
        return "agreed"
    return "missed" if met else "over-flagged"


def decide(
    record: Record, context: PersonContext | None = None, *, evidence: list[Evidence] | None = None
) -> Decision:
    """Decide whether one record meets cse/1 and organised-network/1, and review its flag.

    Reads offence codes, the victim's age at the event (dob with occurred_from or
    recorded_at, else age), suspects (identified or not), links and the narrative; never
    sex, ethnicity, nationality or religion. The supplier's flags are only compared with the
    decision, never used to make it.

    Args:
        record: the record.
        context: evidence from the child's other records (missing episodes, referrals);
            ``None`` decides on the record alone.
        evidence: ``scan(record.narrative)``, where the caller has it already (``identify
            -i/-o`` scans a chunk's narratives in one pass); ``None`` scans here.

    Returns:
        The :class:`Decision`, with per-criterion evidence.

    Example:
        >>> from safeguard.exchange import check
        >>> r = check({"format": "safeguard-exchange/1", "record_id": "1", "source": "kent",
        ...            "source_type": "police", "kind": "crime",
        ...            "recorded_at": "2024-01-01T00:00:00", "offence_codes": ["22B"],
        ...            "persons": [{"ref": "P1", "role": "victim", "age": 14}],
        ...            "narrative": "He gave her vodka and threatened her."}).record
        >>> decide(r).cse.met
        True
    """
    f = facts(record)
    counted = _counted(scan(record.narrative) if evidence is None else evidence, record.narrative)
    return _decision(record, f, counted, context)


def _decision(
    record: Record, f: Facts, counted: crit.Counted, context: PersonContext | None
) -> Decision:
    """The decision from the record's facts and counted evidence, and the child's context."""
    if counted or context is not None:
        cse = _cse(f, counted, context, record.narrative)
        network = _network(f, counted, cse)
    else:
        cse, network, _, _ = _from_facts(f)
    flagged = "CSE" in record.flags
    met = cse.met
    return Decision(record.record_id, record.source, cse, network, flagged, review(flagged, met))


def decide_json(record: Record, evidence: list[Evidence]) -> bytes:
    """``orjson.dumps(decide(record, evidence=evidence).to_json())``, byte for byte.

    Quicker for a record decided from its facts alone (:func:`_from_facts`): its two
    definitions are kept serialised and written as they are.

    Args:
        record: the record.
        evidence: ``scan(record.narrative)``.

    Returns:
        The "Decisions out" object as JSON (no newline).
    """
    f = facts(record)
    counted = _counted(evidence, record.narrative)
    if counted:
        return orjson.dumps(_decision(record, f, counted, None).to_json())
    kept = _from_facts(f)
    flagged = "CSE" in record.flags
    flag_review = review(flagged, kept.cse.met)
    return orjson.dumps(
        _json(
            record.record_id, record.source, kept.cse_json, kept.network_json, flagged, flag_review
        )
    )


class _Kept(NamedTuple):
    """A decision made from the facts alone: its two definitions, and each as JSON."""

    cse: DefinitionResult
    network: DefinitionResult
    cse_json: orjson.Fragment
    network_json: orjson.Fragment


@lru_cache(maxsize=FACTS_CACHE)
def _from_facts(f: Facts) -> _Kept:
    """cse/1 and organised-network/1 for a record with no counted evidence and no context.

    Every rule reads the narrative only through its counted evidence (:func:`_counted`): with
    none, the decision is a function of the facts alone. Most records say nothing that counts
    (background crime), and their facts (ages, codes, links) repeat, so the decisions are kept
    by facts; they are immutable tuples, safe to share.
    """
    cse = _cse(f, {}, None)
    network = _network(f, {}, cse)
    as_json = (
        orjson.Fragment(orjson.dumps(_part(cse))),
        orjson.Fragment(orjson.dumps(_part(network))),
    )
    return _Kept(cse, network, *as_json)
