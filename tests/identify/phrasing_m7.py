"""Classes of decision model 7, with hard negatives that share their words.

Rows for ``test_phrasing_m7.py``: (description, narrative, victim's age or None, suspects,
offence codes). The classes come from the misses of the fourth holdout (now ``dev-e.jsonl``),
taken as constructions, not sentences; every sentence here was written afresh for this file,
in other words and other voices:

1. an exchange bound to sexual activity a few words away ("to do stuff for a bag of weed",
   "given things for going with men"), and a debt paid off through sexual activity ("work it
   off by sleeping with him");
2. facilitation as organised-network evidence, with the men as the second person: a share of
   what men pay, men let in to a property, the child offered to friends or set up with men;
3. payment apps and transfers for images (PayPal, Venmo, bank transfer, "sent money");
4. precision: a near-age partner with nothing given, an offer refused, images on a stolen
   phone, a question the child answered "no" to, pressure for sex with nothing exchanged.
"""

from __future__ import annotations

from typing import Any

Row = tuple[str, str, int | None, tuple[dict[str, Any], ...], tuple[str, ...]]
#: A row and whether organised-network/1 should be met.
NetworkRow = tuple[str, str, int | None, tuple[dict[str, Any], ...], tuple[str, ...], bool]

#: Class 1: the exchange bound to sexual activity, and a debt paid off through it.
BOUND: list[Row] = [
    (
        "'do stuff for' an item a few words on",
        "Learning mentor: Tia says the older lad at the garage makes her do stuff for a bag "
        "of weed, she's done it three times now.",
        14,
        ({"age": 27},),
        (),
    ),
    (
        "'do things for' the vodka",
        "YP said a man at the park wants her to do things for the vodka he brings, and she has.",
        15,
        ({"age": 38},),
        (),
    ),
    (
        "given things 'for going with' older men",
        "Intel: girls from the unit are given phones and tabs for going with older men at a "
        "flat above the bookies.",
        15,
        (),
        (),
    ),
    (
        "a debt worked off by sleeping with the supplier",
        "She owes her supplier £200. He told her she could work it off by sleeping with him "
        "and she has been twice.",
        16,
        ({"age": 29},),
        (),
    ),
    (
        "a debt cleared by spending the night",
        "Boy (15) says the dealer let him clear the debt by spending the night at his house "
        "on Saturday.",
        15,
        ({"age": 33},),
        (),
    ),
    (
        "'adult stuff' done with a man who pays",
        "Carer log: M came back with cash again. Says a bloke called Gaz pays him and they "
        "have done adult stuff in the van.",
        14,
        ({"age": 41},),
        (),
    ),
    (
        "looking after him, in his bed, where she gets food and a bed",
        "RHI: says she stays at Dean's (26), he feeds her and lets her smoke. 'I look after "
        "him, if you know what I mean, in his bed.'",
        15,
        ({"age": 26},),
        (),
    ),
]

BOUND_NEGATIVES: list[Row] = [
    (
        "a debt worked off by running drugs",
        "He owes a dealer £300 and was told to work it off by running parcels to Hull. No "
        "sexual element disclosed.",
        15,
        ({"age": 22},),
        (),
    ),
    (
        "a neighbour who does things for the family",
        "Neighbour (60s) does things for the family, like lifts to school and the weekly "
        "shop. Nothing of concern reported.",
        12,
        ({"age": 64},),
        (),
    ),
    (
        "a parent paying it off with extra shifts",
        "Mum is behind on rent and is paying it off by doing extra shifts at the care home. "
        "Children well cared for.",
        13,
        (),
        (),
    ),
]

#: Class 2: facilitation, with the men as the second person (cse/1 and network both met).
FACILITATION: list[NetworkRow] = [
    (
        "an aunt takes a cut from the men",
        "Strategy meeting: her aunt takes a cut from the men who come to the house for her. "
        "She has had sex with two of them.",
        15,
        ({"age": 44},),
        (),
        True,
    ),
    (
        "a landlord lets men in, and is paid",
        "Neighbours report the landlord lets men in to the back bedroom where Kayla (15) "
        "stays; he charges them £30 and they have sex with her.",
        15,
        ({"age": 52},),
        (),
        True,
    ),
    (
        "a stepfather offers her to his friends for money",
        "Step-dad offered her to his drinking friends for cash; she disclosed two of them "
        "raped her at the flat.",
        13,
        ({"age": 39},),
        (),
        True,
    ),
    (
        "an older girl sets her up with men and keeps most of the money",
        "Older girl (19) sets her up with men from the car wash and keeps most of the money. "
        "J was given £20.",
        15,
        ({"age": 19},),
        (),
        True,
    ),
    (
        "a lone man and a night out with his mates: not a network",
        "A 30 year old man gave her vodka and had sex with her in his car. He went out with "
        "his mates afterwards.",
        14,
        ({"age": 30},),
        (),
        False,
    ),
]

FACILITATION_NEGATIVES: list[Row] = [
    (
        "a mother keeps half the wages for rent",
        "Mum keeps half the money from her Saturday job for board. Y/P unhappy about it but "
        "no concerns.",
        16,
        (),
        (),
    ),
    (
        "a father lets men in to read the meter",
        "Dad lets men in to read the gas meter while the kids are at school. Home conditions "
        "adequate.",
        11,
        (),
        (),
    ),
    (
        "a coach offers him to the academy for a trial",
        "Coach offered him to the academy scouts for a trial; they bought him boots.",
        14,
        ({"age": 35},),
        (),
    ),
]

#: Class 3: payment apps and transfers for images.
APPS: list[Row] = [
    (
        "a bank transfer for pictures in her bra",
        "A man she met on Snapchat sends money by bank transfer for pictures of her in her bra.",
        14,
        ({"age": 32},),
        (),
    ),
    (
        "gets paid on PayPal for pics",
        "Y8 boy gets paid on PayPal for pics by an adult he games with, who keeps asking for more.",
        13,
        (),
        (),
    ),
    (
        "Venmo for nudes",
        "She has been getting money on Venmo from an older man for nudes.",
        15,
        (),
        (),
    ),
]

APPS_NEGATIVES: list[Row] = [
    (
        "paid on PayPal for selling her old trainers",
        "She gets paid on PayPal for selling her old trainers on Vinted. Mum aware.",
        15,
        (),
        (),
    ),
    (
        "a bank transfer from her nan, pictures of the party",
        "Bank transfer from her nan for her birthday; she posted pictures of the party.",
        13,
        (),
        (),
    ),
    (
        "a school photographer paid for photos",
        "The school photographer was paid for photos of the Year 7 classes.",
        12,
        ({"age": 45},),
        (),
    ),
]

#: Class 4: hard negatives for precision, each with a positive that shares its words.
PRECISION: list[Row] = [
    (
        "a near-peer who gives weed in return for sex is CSE",
        "Her boyfriend (17) gives her weed in return for sex.",
        15,
        ({"age": 17},),
        (),
    ),
    (
        "a denial, and then a disclosure after 'but'",
        "She denied anything at first, but later said he touched her after buying her vodka.",
        14,
        ({"age": 35},),
        (),
    ),
    (
        "an offer made, and then sexual activity that happened",
        "He offered her money. Weeks later she disclosed he had sex with her in his van and "
        "gave her £50.",
        15,
        ({"age": 40},),
        (),
    ),
]

PRECISION.extend(
    [
        (
            "an offer made on a condition and accepted ('and she did')",
            "He said he'd give her £50 if she'd have sex with him, and she did. It was at his "
            "flat.",
            15,
            ({"age": 35},),
            (),
        ),
        (
            "an offer of vodka on a condition she agreed to",
            "Man offered her vodka if she would sleep with him. She agreed and went to his flat.",
            14,
            ({"age": 40},),
            (),
        ),
    ]
)

PRECISION_NEGATIVES: list[Row] = [
    (
        "an offer on a condition she did not accept",
        "Man offered her vodka if she would sleep with him. She did not and told her mum.",
        14,
        ({"age": 40},),
        (),
    ),
    (
        "a 14 and 18 year old relationship where he has not given her anything",
        "V (14) and S (18) in a relationship and have had sex. He has not given her anything; "
        "they met at youth club.",
        14,
        ({"age": 18},),
        ("22B",),
    ),
    (
        "an offer of cigarettes refused",
        "The shop owner offered her free cigarettes if she would sleep with him. She refused "
        "and told her mum.",
        15,
        ({"age": 50},),
        (),
    ),
    (
        "a rent waiver refused",
        "Landlord said he'd waive the rent if she'd have sex with him; she refused and "
        "reported it.",
        17,
        ({"age": 48},),
        (),
    ),
    (
        "a stolen phone with intimate images",
        "Robbery: two youths stole her handbag, an iPad and a phone with intimate images on "
        "it. Suspects not known to her.",
        16,
        ({"age": 17},),
        (),
    ),
    (
        "a question answered 'no'",
        "I asked directly whether he has ever touched her or asked for photos; she said no. "
        "He buys her chips and lets her sit in his van. Denies anything sexual.",
        14,
        ({"age": 33},),
        (),
    ),
    (
        "a peer who pressured her for sex, nothing given",
        "When she was 14 her boyfriend (15) pressured her for sex. No gifts. They split up.",
        16,
        ({"age": 17},),
        (),
    ),
]

POSITIVES_7: list[Row] = BOUND + [r[:5] for r in FACILITATION if r[5]] + APPS + PRECISION
HARD_NEGATIVES_7: list[Row] = (
    BOUND_NEGATIVES + FACILITATION_NEGATIVES + APPS_NEGATIVES + PRECISION_NEGATIVES
)
