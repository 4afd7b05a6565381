"""Structural classes of decision model 6, with hard negatives that share their words.

Rows for ``test_phrasing_m6.py``: (description, narrative, victim's age or None, suspects,
offence codes). The classes come from the misses of the third holdout (now ``dev-d.jsonl``),
but they are taken as constructions, not sentences, and every sentence here was written afresh
for this file, in other words and other voices:

1. giving with any object: an adult (not family, not a professional) as the subject of a
   giving verb in any tense, the child as recipient, and any object ("gets me bits", "sent
   her parcels", "put credit on her phone", "helps her out with money", "sorts us with");
2. sexual activity in euphemism as a class ("done stuff", "got together", a night at his,
   images of her body, asked to take clothes off, made to "see" men);
3. affection or status as the only exchange, read from the structured ages when the record
   calls it a relationship: an adult partner 5+ years older, or a child under 16 and a gap
   over 2 years; a near-age partner of a 16 or 17 year old is not;
4. an offence code naming exploitation (71) evidences the exchange only when the text does
   not say nothing was exchanged ("didn't offer her anything").
"""

from __future__ import annotations

from typing import Any

Row = tuple[str, str, int | None, tuple[dict[str, Any], ...], tuple[str, ...]]

#: Class 1: giving constructions with any object.
GIVING: list[Row] = [
    (
        "'gets me bits' from a much older man",
        "RHI. Says Carl (34) 'gets me bits, like hoodies and that' and she stays at his. They "
        "have sex there.",
        15,
        ({"age": 34},),
        (),
    ),
    (
        "sending her parcels, any object",
        "Foster carer log: parcels keep arriving for K from a man she calls Dev, he's been "
        "sending her makeup hauls. K says she sleeps with him when he visits.",
        14,
        ({"age": 29},),
        (),
    ),
    (
        "credit put on her phone",
        "YP disclosed that an older male tops up her phone and put £15 credit on her SIM "
        "last week; she has had sex with him in his van.",
        15,
        ({"age": 41},),
        (),
    ),
    (
        "helps her out with money",
        "Social worker visit. Jade says a man from the takeaway helps her out with money when "
        "her benefits run out. She admitted having sex with him.",
        16,
        ({"age": 38},),
        (),
    ),
    (
        "'got it her', the object named before",
        "New Xbox in her room. When asked she said Ricky got it her. Ricky is 27; she says they "
        "have been having sex since the summer.",
        14,
        ({"age": 27},),
        (),
    ),
    (
        "lets her have his old car to drive",
        "Intel 3x5x2. Subject (16) seen driving a silver Corsa; male known as Tank (31) lets "
        "her have the car at weekends. Source states she is sleeping with him.",
        16,
        ({"age": 31},),
        (),
    ),
    (
        "treats her to nails",
        "Teacher notes pupil (13) talks about a 'friend' in his twenties who treats her to nails "
        "and lashes; she told a friend they have had sex.",
        13,
        ({"age": 24},),
        (),
    ),
    (
        "keeps her in vapes",
        "Night log. Y says the lad from the shop (about 25) keeps her in vapes. She said she "
        "had sex with him behind the shop.",
        14,
        ({"age": 25},),
        (),
    ),
    (
        "pays for her to get her hair done",
        "Paediatric ED. 15F, STI screen positive. Says her partner, 33, pays for her to get her "
        "hair done and they have sex at his flat.",
        15,
        ({"age": 33},),
        (),
    ),
]

#: Class 1 negatives: the same constructions from family or professionals, or with an object
#: that is not something given.
GIVING_NEGATIVES: list[Row] = [
    (
        "a parent buying a phone, and a separate assault",
        "Mum gets her bits every payday. Separately she reports a boy at school touched her "
        "over clothing.",
        14,
        ({"age": 14},),
        (),
    ),
    (
        "a teacher giving a book",
        "Her teacher gave her a book about puberty after a sex education lesson.",
        13,
        (),
        (),
    ),
    (
        "a social worker giving a bus pass",
        "Social worker gave her a bus pass and helped her out with forms for college. She is "
        "sexually active with her boyfriend, 16.",
        16,
        ({"age": 16},),
        (),
    ),
    (
        "a youth worker sorting her out with a place on a course",
        "Youth worker sorts her out with a place on the catering course.",
        15,
        (),
        (),
    ),
    (
        "sent her sexual messages: not something given",
        "Male (40) sent her sexual messages on Snapchat; nothing offered. Reported by mum.",
        13,
        ({"age": 40},),
        (),
    ),
    (
        "gave her a hug and a warning",
        "Officer gave her a warning and her nan gave her a hug when she got home.",
        15,
        (),
        (),
    ),
    (
        "got her pregnant: not a gift",
        "Stepdad got her pregnant; familial abuse, strategy meeting held.",
        15,
        ({"age": 40},),
        (),
    ),
    (
        "the council put credit on her meter key",
        "Housing officer: the council put £20 on her meter key as an emergency payment.",
        17,
        (),
        (),
    ),
    (
        "nan treats her to nails",
        "Nan treats her to nails for her birthday. No concerns about anyone else.",
        14,
        (),
        (),
    ),
    (
        "school paid for her to go on the trip",
        "School paid for her to go on the residential; staff supervised throughout.",
        12,
        (),
        (),
    ),
]

#: Class 2: sexual activity in euphemism.
EUPHEMISM: list[Row] = [
    (
        "'we've done stuff' with an adult who gives vapes",
        "Return interview: 'we've done stuff, he's alright' - about Mikey, 26, who gives her "
        "vapes and weed.",
        14,
        ({"age": 26},),
        (),
    ),
    (
        "stopped over at his, given money",
        "Missing 2 nights. Says she stopped over at his - Darren, 35 - and he gave her £40 for "
        "the bus.",
        15,
        ({"age": 35},),
        (),
    ),
    (
        "photos of her body for gift cards",
        "Online: man asked for photos of her body and sent her £25 Steam cards each time.",
        13,
        (),
        (),
    ),
    (
        "asked to take them off for cash",
        "She said the man on the webcam asked her to take her top off and paid her by PayPal.",
        14,
        (),
        (),
    ),
    (
        "made to see men for a debt",
        "Intel: girl (15) owes a dealer and is made to see men at a flat to clear it.",
        15,
        (),
        (),
    ),
]

#: Class 2 negatives: the same words with no sexual activity, or no exchange.
EUPHEMISM_NEGATIVES: list[Row] = [
    (
        "'done stuff' for the olders: criminal exploitation",
        "County lines: he has done stuff for the olders, running bags; they give him trainers.",
        15,
        ({"age": 22},),
        (),
    ),
    (
        "the family got together for a birthday",
        "The family got together for her nan's birthday and her uncle bought her a cake.",
        13,
        (),
        (),
    ),
    (
        "stayed over at a friend's, a peer",
        "She stayed over at her friend's house; the friend's brother (15) is her boyfriend.",
        15,
        ({"age": 15},),
        (),
    ),
    (
        "a nurse asked her to take her coat off",
        "School nurse asked her to take her coat off to check the rash.",
        12,
        (),
        (),
    ),
]

#: Class 3: a relationship with a much older adult (ages from the structured fields).
RELATIONSHIP: list[Row] = [
    (
        "'dating' a man 12 years older, nothing else given",
        "She says she's been dating Craig for three months and they sleep together at his.",
        16,
        ({"age": 28},),
        (),
    ),
    (
        "an adult 'boyfriend' of a 14 year old",
        "DSL log: Y9 girl talks about her boyfriend who is at uni; they have had sex.",
        14,
        ({"age": 19},),
        (),
    ),
    (
        "'in a relationship' with a much older woman, a boy",
        "Lad (15) says he is in a relationship with Tasha and they have sex at her flat.",
        15,
        ({"age": 27},),
        (),
    ),
    (
        "'been together' with a man 9 years older",
        "Poppy (17) says they have been together for a year and she is on the pill because of him.",
        17,
        ({"age": 26},),
        (),
    ),
]

#: Class 3 negatives: near-age partners of 16 and 17 year olds, family, no adult.
RELATIONSHIP_NEGATIVES: list[Row] = [
    (
        "a 17 year old dating a 20 year old: near-age, nothing exchanged",
        "She has been dating Liam for a year; they sleep together and her mum is fine with it.",
        17,
        ({"age": 20},),
        (),
    ),
    (
        "a 16 year old and her 19 year old boyfriend, near-age",
        "Her boyfriend is at college; they are sexually active and use condoms.",
        16,
        ({"age": 19},),
        (),
    ),
    (
        "two 15 year olds in a relationship",
        "In a relationship with a boy from her year, both 15; they have had sex.",
        15,
        ({"age": 15},),
        (),
    ),
    (
        "mum's boyfriend abuses a child: not her relationship",
        "Mum's boyfriend has been touching her at night; he is 38.",
        11,
        ({"age": 38},),
        ("20B",),
    ),
    (
        "a relationship with an older adult, but the text denies any attention from him",
        "Y10 pupil is in a relationship with a 25 year old; sexual images found on her phone. "
        "No concerns re attention from him; she ended it.",
        15,
        ({"age": 25},),
        ("86",),
    ),
    (
        "an adult victim in a relationship with an older man",
        "She is in a relationship with a man 15 years older; they have sex at his house.",
        19,
        ({"age": 34},),
        (),
    ),
]

#: Class 4: code 71 with the text saying nothing was exchanged (negatives), and with the text
#: silent or naming an exchange (positives).
CODE_71: list[Row] = [
    (
        "code 71 with an exchange named",
        "Male sent her vouchers for images; she sent three.",
        14,
        ({"age": 33},),
        ("71",),
    ),
    (
        "code 71, text silent on what was given",
        "Exploitation investigation: suspect had sex with the girl at a hotel in Luton.",
        14,
        ({"age": 44},),
        ("71",),
    ),
]

CODE_71_NEGATIVES: list[Row] = [
    (
        "code 71 but he didn't offer her anything",
        "A man of 35 sent her sexual messages on TikTok. He didn't offer her anything and "
        "didn't ask for anything back.",
        13,
        ({"age": 35},),
        ("71",),
    ),
    (
        "code 71 but nothing was offered or demanded",
        "Boy (12) received explicit images from an adult account. Nothing was offered or "
        "demanded; he blocked it.",
        12,
        (),
        ("71",),
    ),
    (
        "code 71 but 'was never offered anything'",
        "Adult male in his 40s exposed himself on video call to a 14yo. She was never offered "
        "anything and ended the call.",
        14,
        ({"age": 45},),
        ("71",),
    ),
    (
        "an age gap alone, no code, sexual messages",
        "A 30 year old man sent her sexual messages; nothing in return was mentioned.",
        14,
        ({"age": 30},),
        (),
    ),
]

#: Rows of the classes that model 6 still misses, kept as strict expected failures: a giver
#: named as someone else's relative by a name ("Shaz's uncle" reads as family), and "got
#: together" with the couple written as "she and a bloke of 30".
KNOWN_GAPS_6: list[Row] = [
    (
        "'sorts us with' anything",
        "Girls told youth worker that 'Shaz's uncle' sorts us with tabs and bottles at "
        "weekends and two of them have slept with him.",
        14,
        ({"age": 45},),
        (),
    ),
    (
        "'got together' with an older man after drink",
        "CAMHS: she says she and a bloke of 30 from the gym got together after he bought her "
        "drinks in town.",
        15,
        ({"age": 30},),
        (),
    ),
]

POSITIVES_6: list[Row] = GIVING + EUPHEMISM + RELATIONSHIP + CODE_71
HARD_NEGATIVES_6: list[Row] = (
    GIVING_NEGATIVES + EUPHEMISM_NEGATIVES + RELATIONSHIP_NEGATIVES + CODE_71_NEGATIVES
)
