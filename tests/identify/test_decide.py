"""Decisions on hand-built records: positives, hard negatives, networks, flag review."""

from __future__ import annotations

import pytest

from safeguard.identify import PersonContext, decide
from tests.identify.conftest import make

POSITIVES = [
    (
        "exchange and older suspect",
        "He bought her vodka and a new phone, then had sex with her.",
        ("22B",),
        ({"age": 29},),
    ),
    (
        "online with threats",
        "He made her send nude images and threatened to share the images.",
        (),
        ({"age": 35},),
    ),
    (
        "gifts, lifts and a group",
        "She was given cannabis and lifts by a group of men and was sexually assaulted at a hotel.",
        ("19D",),
        (),
    ),
    ("code 71 alone", None, ("71",), ()),
]
NEGATIVES = [
    (
        "intrafamilial, no exchange",
        "Victim disclosed her stepfather sexually abused her at home over two years.",
        ("19D",),
        ({"age": 44},),
    ),
    (
        "CCE with no sexual element",
        "YP found holding drugs for a county lines group; he was "
        "given a phone and threatened over a drug debt.",
        (),
        ({"age": 22},),
    ),
    (
        "same-age peers",
        "Victim and her boyfriend, both aged 15, had sex; classmates.",
        ("22B",),
        ({"age": 15},),
    ),
    (
        "parent buying a phone",
        "Her mum bought her a new phone. Unknown male sent her sexual messages.",
        (),
        (),
    ),
    (
        "advice only",
        "YP advised about the risks of accepting gifts and lifts from older males. "
        "Nil concerns re sexual activity.",
        (),
        (),
    ),
]


@pytest.mark.parametrize(
    ("description", "text", "codes", "suspects"), POSITIVES, ids=[c[0] for c in POSITIVES]
)
def test_positive(
    description: str, text: str | None, codes: tuple[str, ...], suspects: tuple[dict[str, int], ...]
) -> None:
    d = decide(make(text, codes, suspects=suspects))
    assert d.cse.met, (description, d.to_json())
    assert d.cse.confidence is not None and d.cse.confidence >= 0.7
    assert d.flag_review == "missed"


@pytest.mark.parametrize(
    ("description", "text", "codes", "suspects"), NEGATIVES, ids=[c[0] for c in NEGATIVES]
)
def test_hard_negative(
    description: str, text: str, codes: tuple[str, ...], suspects: tuple[dict[str, int], ...]
) -> None:
    d = decide(make(text, codes, suspects=suspects))
    assert not d.cse.met, (description, d.to_json())
    assert d.flag_review == "agreed"


def test_adult_victim_blocks() -> None:
    d = decide(
        make(
            "He gave her cash for sex and threatened her.",
            victim_age=19,
            suspects=({"age": 40},),
            flags=("CSE",),
        )
    )
    assert not d.cse.met and d.flag_review == "over-flagged"
    assert d.cse.criteria[0].id == "child" and not d.cse.criteria[0].met


def test_flagged_and_met_is_agreed() -> None:
    d = decide(
        make(
            "He gave her vodka and had sex with her.",
            ("22B",),
            suspects=({"age": 30},),
            flags=("cse",),
        )
    )
    assert d.supplier_flagged_cse and d.cse.met and d.flag_review == "agreed"


def test_organised_network_unidentified() -> None:
    d = decide(
        make(
            "He introduced her to his friends who gave her alcohol and had sex with her.",
            ("22B",),
            suspects=({"age": 30}, {"identified": False}),
        )
    )
    assert d.organised_network.met, d.to_json()


def test_single_offender_is_not_a_network() -> None:
    d = decide(make("He gave her vodka and had sex with her.", ("22B",), suspects=({"age": 30},)))
    assert d.cse.met and not d.organised_network.met


def test_person_context_identifies_bare_22b() -> None:
    crime = make(None, ("22B",), record_id="CRIME-1")
    history = [
        make(
            "Misper returned at 0300, seen getting into a car with unknown older men.",
            kind="missing_episode",
            source_type="missing_persons",
            record_id="MISS-1",
            victim_age=14,
        ),
        make(
            "Missing overnight again; dropped off by unknown males in a taxi.",
            kind="missing_episode",
            source_type="missing_persons",
            record_id="MISS-2",
        ),
        make(
            "School report unexplained gifts: a new phone and designer clothes from older "
            "males she met in town.",
            kind="referral",
            source_type="childrens_social_care",
            record_id="CSC-9",
        ),
    ]
    assert not decide(crime).cse.met
    d = decide(crime, PersonContext.from_records(history))
    assert d.cse.met, d.to_json()
    cited = " ".join(e for c in d.cse.criteria for e in c.evidence)
    assert "CSC-9" in cited and ("MISS-1" in cited or "MISS-2" in cited)


def test_json_shape() -> None:
    out = decide(make("He gave her vodka and had sex with her.", ("22B",))).to_json()
    assert list(out) == [
        "record_id",
        "source",
        "cse",
        "organised_network",
        "supplier_flagged_cse",
        "flag_review",
    ]
    assert out["cse"]["definition"] == "cse/1"
    assert out["organised_network"]["definition"] == "organised-network/1"
    assert {c["id"] for c in out["cse"]["criteria"]} == {
        "child",
        "sexual_activity",
        "exchange",
        "coercion",
    }


# (description, narrative, victim age, suspects, met): rules of the decision model
RULES = [
    (
        "non-recent: an adult now, a child then",
        "She disclosed that when she was 14 a man gave her cannabis and had sex with her.",
        31,
        ({"age": 52},),
        True,
    ),
    (
        "an adult then and now",
        "She disclosed that at 25 a man gave her cannabis and had sex with her.",
        31,
        ({"age": 52},),
        False,
    ),
    (
        "the exchange itself is the imbalance of power",
        "A man gave her vapes and she sent him nude pictures.",
        15,
        (),
        True,
    ),
    (
        "peers: a plain gift is not enough",
        "Her boyfriend bought her a hoodie; they have had sex.",
        15,
        ({"age": 16},),
        False,
    ),
    (
        "peers: an explicit exchange is",
        "A boy gave her vapes in return for nude pictures.",
        15,
        ({"age": 16},),
        True,
    ),
    (
        "an adult and a child under 16",
        "He gave her vodka and had sex with her.",
        15,
        ({"age": 18},),
        True,
    ),
    (
        "sexual activity from a health sign",
        "Requested the morning after pill; an older man buys her clothes.",
        15,
        (),
        True,
    ),
]


@pytest.mark.parametrize(
    ("description", "text", "age", "suspects", "met"), RULES, ids=[r[0] for r in RULES]
)
def test_rule(
    description: str, text: str, age: int, suspects: tuple[dict[str, int], ...], met: bool
) -> None:
    d = decide(make(text, victim_age=age, suspects=suspects))
    assert d.cse.met is met, (description, d.to_json()["cse"])


def test_exchange_as_power_is_cited() -> None:
    d = decide(make("Someone gave her vapes and she sent him nude pictures.", victim_age=15))
    coercion = d.cse.criteria[3]
    assert coercion.met and coercion.evidence[0].startswith("the exchange itself")


def test_friends_alone_are_not_a_network() -> None:
    d = decide(
        make(
            "He bought her vodka and had sex with her, then showed the pictures to his friends.",
            ("22B",),
            suspects=({"age": 30},),
        )
    )
    assert d.cse.met and not d.organised_network.met


def test_friends_with_facilitation_are_a_network() -> None:
    d = decide(
        make(
            "He took her to a flat and let his friends have sex with her for cash.",
            ("22B",),
            suspects=({"age": 30},),
        )
    )
    assert d.cse.met and d.organised_network.met, d.to_json()["organised_network"]


def test_facilitation_with_an_adult_is_not_involvement_in_cse() -> None:
    d = decide(
        make(
            "Two men took her to a flat and introduced her to other men who had sex with her.",
            victim_age=24,
            suspects=({"age": 40}, {"age": 41}),
        )
    )
    assert not d.cse.met and not d.organised_network.met
