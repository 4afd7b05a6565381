"""Decisions by phrasing class: decision model 4's classes (added from the generator's truth
and the dev sets' misses) and model 5's (``phrasing_m5.py``, ``phrasing_m5_negatives.py``:
from the second holdout's misses), each with hard negatives that share its words.

Rows as in ``test_phrasing.py``: (description, narrative, victim's age or None, suspects).
Every narrative was written for these files; none is copied from the labelled sets or from
the synthetic generator's phrase banks.
"""

from __future__ import annotations

from typing import Any

import pytest

from safeguard.identify import decide
from tests.identify.conftest import make
from tests.identify.phrasing_m5 import POSITIVES_5
from tests.identify.phrasing_m5_negatives import HARD_NEGATIVES_5
from tests.identify.phrasing_m5_probe import HARD_NEGATIVES_5B, KNOWN_GAPS_5B, POSITIVES_5B

Row = tuple[str, str, int | None, tuple[dict[str, Any], ...]]

POSITIVES: list[Row] = [
    (
        "negated knowing is not negated giving: 'a man she didn't know gave her money'",
        "RHI: a man she didn't know gave her £50 and had sex with her in his car; he is about 30.",
        15,
        (),
    ),
    (
        "sexual extortion: exposure threatened unless more is sent",
        "Y10 pupil says a man online has nudes of her and they'll be posted on the school page "
        "if she doesn't send another video.",
        15,
        ({"age": 31},),
    ),
    (
        "images held over the child",
        "He has photos from last summer which he holds over her to make her meet him; she has "
        "had sex with him twice.",
        15,
        ({"age": 27},),
    ),
    (
        "unexplained money found on the child, with a sign of sexual activity",
        "Foster carer found £150 rolled up in her coat after a night out with a 30 year old; "
        "she has since tested positive for chlamydia.",
        15,
        (),
    ),
    (
        "drinking with adult men, then sex",
        "YP goes drinking with men from the takeaway most weekends and has disclosed sex with "
        "one of them.",
        14,
        (),
    ),
    (
        "somewhere to stay: at an older man's flat",
        "Missing three nights, staying at an older man's flat in town; she says they sleep "
        "together.",
        15,
        (),
    ),
    (
        "an age gap in years: '9 years older than her'",
        "Her boyfriend is 9 years older than her. He buys her vapes and they have slept together.",
        14,
        (),
    ),
    (
        "attention from an adult is what the child wants",
        "Attention from a man she met online seems to matter to her; she has sent him explicit "
        "pictures.",
        13,
        (),
    ),
    (
        "flattery: 'so mature'",
        "He keeps telling her she is so mature and they have had sex in his car.",
        14,
        ({"age": 29},),
    ),
    (
        "non-recent report: a child's age places the events in childhood",
        "Non-recent disclosure: now 24, reports that aged 14 she was given cannabis by a man in "
        "his 40s who had sex with her.",
        24,
        (),
    ),
    (
        "a relationship described as sexual",
        "She describes the relationship as sexual and he pays her phone contract.",
        16,
        ({"age": 38},),
    ),
    (
        "sexual activity in order to get something",
        "Admits she slept with the dealer to get weed for her and her friend.",
        15,
        (),
    ),
    (
        "selling pictures to an adult",
        "Has been selling pics on an app to a man who transfers money to her account.",
        16,
        (),
    ),
    (
        "'or he would share': the threat after the demand",
        "Was told to keep sending explicit videos or he would share the old ones with her brother.",
        15,
        (),
    ),
    (
        "accepting money from an adult",
        "She will accept cash from a man off Snapchat and has sent him nude selfies.",
        14,
        (),
    ),
    (
        "a threat if the child says no, between near-peers",
        "17yo living in a 19yo's flat; he has said she will be out on the street if she says "
        "no, and they have sex most nights. He pays for her food.",
        17,
        ({"age": 19},),
    ),
    (
        "a group of girls of a child's age: 'girls about 14'",
        "Intel: adult males at the shisha bar are supplying girls about 14 to 15 with alcohol "
        "and taking them upstairs for sex.",
        None,
        (),
    ),
    (
        "a purchase verb just before the end of a sentence",
        "Partner is 23. He pays her. She is 14 and has been sexually active with him.",
        14,
        (),
    ),
    (
        "giving to a group of children: 'give the girls vodka'",
        "Men at the garage give the girls vodka and take them upstairs for sex.",
        14,
        (),
    ),
    (
        "waking with underwear missing, after drink from an adult",
        "Woke up at his flat with no knickers on after he gave her vodka; he is 35.",
        15,
        (),
    ),
    (
        "somewhere to live 'in return for favours'",
        "He lets her live at his flat in return for favours; he is 41.",
        16,
        (),
    ),
    (
        "sex for 'a bit of' something",
        "Told the nurse she slept with him for a bit of cash; he is in his 40s.",
        15,
        (),
    ),
    (
        "a 'sugar daddy' is a sexual relationship",
        "Describes an older 'sugar daddy' who buys her clothes and pays her phone bill.",
        16,
        (),
    ),
    (
        "'passed around' men",
        "Info that she is being passed around men at a house on Mill Street and given vodka.",
        14,
        (),
    ),
    (
        "'favours' for men so she can keep a place to stay",
        "She has to do favours for the men who run the hostel so she can keep staying there.",
        17,
        (),
    ),
]

HARD_NEGATIVES: list[Row] = [
    (
        "an object passed around a class",
        "A phone with a rude meme on it was passed around the class; nobody was given anything.",
        13,
        (),
    ),
    (
        "favours for 'the olders' are criminal exploitation",
        "He does favours for the olders, holding drugs; his girlfriend, who is 15, is pregnant.",
        15,
        (),
    ),
    (
        "a lift with same-age friends is not a lift from an adult",
        "She got into a car with friends (all 16) after the party and they had sex; no one "
        "gave anything.",
        16,
        (),
    ),
    (
        "the child calling herself mature is not flattery",
        "She says she is mature for her age and wants to sleep with her boyfriend who is 16.",
        15,
        (),
    ),
    (
        "pictures 'all over her' feed are not images held over her",
        "Her pictures are all over her Instagram; no concerns about adults; she had sex with her "
        "boyfriend (15).",
        15,
        (),
    ),
    (
        "a same-age boyfriend who 'holds it over her' is not sexual extortion",
        "Her boyfriend, 17, holds it over her that she cheated; they have sex.",
        16,
        ({"age": 17},),
    ),
    (
        "a taxi booked by a social worker",
        "Taxi booked for her by the social worker to get to the SARC after the assault by a "
        "stranger.",
        15,
        ({"age": 30},),
    ),
    (
        "'for favours' with nothing sexual",
        "Neighbour pays him a fiver for favours like washing the car; no sexual element.",
        12,
        (),
    ),
    (
        "underwear missing after a prank between same-age friends, nothing given",
        "Girls at the sleepover woke up with no knickers on after a prank by classmates the "
        "same age; no adults involved.",
        14,
        (),
    ),
    (
        "a real negation after 'did not know' still negates",
        "Stranger she did not know touched her over clothing on the bus. No gifts, money or "
        "lifts were offered.",
        14,
        ({"age": 45},),
    ),
    (
        "a lesson about sextortion to a class",
        "Delivered a safety lesson to Year 9 on sextortion and people offering gift cards for "
        "nude pictures.",
        None,
        (),
    ),
    (
        "asked about sexual contact, she denied: criminal exploitation",
        "Asked directly about sexual contact with the older males she runs for - she denied. "
        "Found with £200 and a second phone.",
        15,
        (),
    ),
    (
        "nil indication of images being held over her; a same-age classmate",
        "Nil indication of images being held over her; explicit photos exchanged with a "
        "classmate the same age.",
        14,
        ({"age": 14},),
    ),
    (
        "no sense that she gets attention from older men; a same-age boyfriend",
        "No sense that she gets attention from older men; sexual contact with her boyfriend, "
        "15, who is the same age.",
        15,
        (),
    ),
    (
        "money found on a child running drugs, no sexual element",
        "Mum found £300 in his coat and a burner phone; believed to be running drugs for older "
        "males. No sexual element.",
        15,
        (),
    ),
    (
        "money from a grandparent found on a child with a same-age boyfriend",
        "Dad found £20 in her bag that her nan gave her; she has a boyfriend, 15, and they are "
        "sexually active.",
        15,
        ({"age": 15},),
    ),
    (
        "drinking with older cousins at family parties is not drink from adult men",
        "She drinks with older cousins at family parties; her uncle is suspected of sexually "
        "touching her there.",
        14,
        ({"age": 45},),
    ),
    (
        "an adult victim, however flattered",
        "Victim aged 22. He compliments her and says she is so mature; sexual assault at a "
        "party after he bought her drinks.",
        22,
        (),
    ),
    (
        "a non-recent report of events in adulthood",
        "Non-recent report: now 30, states that aged 25 she was raped by a colleague who gave "
        "her lifts.",
        30,
        (),
    ),
    (
        "advice about sexual extortion",
        "Advised her that offenders may threaten to share images unless more are sent and that "
        "she should tell staff.",
        15,
        (),
    ),
]


@pytest.mark.parametrize(
    ("description", "text", "age", "suspects"),
    POSITIVES + POSITIVES_5 + POSITIVES_5B,
    ids=[r[0] for r in POSITIVES + POSITIVES_5 + POSITIVES_5B],
)
def test_positive(
    description: str, text: str, age: int | None, suspects: tuple[dict[str, Any], ...]
) -> None:
    d = decide(make(text, victim_age=age, suspects=suspects))
    assert d.cse.met, (description, d.to_json()["cse"])


@pytest.mark.parametrize(
    ("description", "text", "age", "suspects"),
    HARD_NEGATIVES + HARD_NEGATIVES_5 + HARD_NEGATIVES_5B,
    ids=[r[0] for r in HARD_NEGATIVES + HARD_NEGATIVES_5 + HARD_NEGATIVES_5B],
)
def test_hard_negative(
    description: str, text: str, age: int | None, suspects: tuple[dict[str, Any], ...]
) -> None:
    d = decide(make(text, victim_age=age, suspects=suspects))
    assert not d.cse.met, (description, d.to_json()["cse"])


#: Rows of ``POSITIVES_5`` (by description) where a facilitator or several abusers take
#: part: each must also meet organised-network/1.
NETWORKS_5 = frozenset(
    {
        "men taking a child into bedrooms at a party house, drink given",
        "livestreams of a child watched for tips",
        "a mother who takes money from men who visit her daughter",
        "a recruiter paid per girl brought to a flat",
        "a landlord letting a room for cash to men who meet girls there",
        "a 'manager' taking bookings for a child",
        "the men use her, a woman charges them",
        "advertised online by an older male, drugs as payment",
        "uncle pimping a niece",
        "a woman renting rooms to men with girls",
        "older girl paid to bring friends",
        "driver paid to take girls to men",
        "flat lent to men, cans for the tenant",
        "a dad selling his daughter to friends",
        "a brothel keeper taking a cut",
        "an older girl introduces, men give weed",
        "hotel receptionist tipped to let men up",
        "a cousin who arranges and gets paid",
    }
)

NETWORK_ROWS = [r for r in POSITIVES_5 if r[0] in NETWORKS_5]


def test_every_network_row_is_a_positive() -> None:
    assert {r[0] for r in NETWORK_ROWS} == NETWORKS_5


@pytest.mark.parametrize(
    ("description", "text", "age", "suspects"), NETWORK_ROWS, ids=[r[0] for r in NETWORK_ROWS]
)
def test_facilitated_network(
    description: str, text: str, age: int | None, suspects: tuple[dict[str, Any], ...]
) -> None:
    d = decide(make(text, victim_age=age, suspects=suspects))
    assert d.organised_network.met, (description, d.to_json()["organised_network"])


@pytest.mark.parametrize(
    ("description", "text", "age", "suspects"),
    HARD_NEGATIVES_5,
    ids=[r[0] for r in HARD_NEGATIVES_5],
)
def test_hard_negative_is_no_network(
    description: str, text: str, age: int | None, suspects: tuple[dict[str, Any], ...]
) -> None:
    d = decide(make(text, victim_age=age, suspects=suspects))
    assert not d.organised_network.met, (description, d.to_json()["organised_network"])


@pytest.mark.xfail(strict=True, reason="known gap: see KNOWN_GAPS_5B")
@pytest.mark.parametrize(
    ("description", "text", "age", "suspects"), KNOWN_GAPS_5B, ids=[r[0] for r in KNOWN_GAPS_5B]
)
def test_known_gap_5b(
    description: str, text: str, age: int | None, suspects: tuple[dict[str, Any], ...]
) -> None:
    assert decide(make(text, victim_age=age, suspects=suspects)).cse.met, description
