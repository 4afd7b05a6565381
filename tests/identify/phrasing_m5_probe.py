"""A probe of decision model 5 on fresh sentences: rows for ``test_phrasing_classes.py``.

Written for this file in a batch of 20 true and 12 hard-negative narratives after model 5's
classes were added, in voices the classes were not written in (a sexual-health clinic, a
foster carer's log, a capitals incident log, CAMHS, a YOT worker, a return-home interview, a
hotel's call log, a pharmacist), and scored once before being read: model 5 met 11 of the 20
true ones and correctly did not meet all 12 negatives. Each miss was then taken as a class
("got together at his", "made to entertain men", "strip on a video call", "his soulmate",
"gets her into clubs", "a new North Face coat", rent "paid by the council" is no exchange);
three stay as known gaps (strict expected failures: a fix shows up).
"""

from __future__ import annotations

from tests.identify.phrasing_m5 import Row

POSITIVES_5B: list[Row] = [
    (
        "sexual health: 'seeing' a man who pays",
        "Clinic: 15yo attends for STI screen. Says she is 'seeing' a man in his thirties who "
        "pays for her nails and hair.",
        15,
        (),
    ),
    (
        "foster log: came back with a new coat, said they 'got together'",
        "Foster carer log: K (14) back at 1am with a new North Face coat; said she and "
        "'Tommo' (he's 24) 'got together' at his.",
        14,
        (),
    ),
    (
        "intel: girls made to 'entertain' men for drugs",
        "Intel: girls aged 14-16 are made to 'entertain' men at a house on Rye St in return "
        "for drugs.",
        15,
        (),
    ),
    (
        "school: 'sexting' with 20 year old for credit",
        "DSL: 13yo has been sexting a 20 year old who tops up her phone credit.",
        13,
        (),
    ),
    (
        "CAMHS: older man says she's his soulmate, sexual",
        "CAMHS: 14yo says a 27 year old man she met on Discord calls her his soulmate; they "
        "have met and had sex.",
        14,
        (),
    ),
    (
        "YOT: took money to sit on a man's lap",
        "YOT worker: 15yo boy says men at the snooker hall give him cash to sit on their laps"
        " and touch them.",
        15,
        (),
    ),
    (
        "RHI dialect: they 'use' her",
        "RHI: 'they just use me, like, whenever, but I get weed and a place to crash.' Men "
        "are 'older, like 30s'.",
        15,
        (),
    ),
    (
        "hotel CAD: room booked by older man, girl 14",
        "CAD: hotel night manager reports a man about 40 booked a room and took a girl of "
        "about 14 up; she left at 3am with a shopping bag of new clothes. Bedding suggests "
        "sexual activity.",
        14,
        (),
    ),
    (
        "pharmacist EHC with older boyfriend paying",
        "Pharmacist: 15yo requesting EHC; her 'boyfriend' waiting outside looked mid-twenties"
        " and paid for it.",
        15,
        (),
    ),
    (
        "online: paid to strip on video call",
        "13yo boy was paid £30 on PayPal to strip on a video call by someone claiming to be 16.",
        13,
        (),
    ),
    (
        "status: he's 'known', gets her into clubs, sex",
        "She (16) says it is 'a big deal' to be with him (28) because everyone knows him; he "
        "gets her into clubs and they sleep together.",
        16,
        (),
    ),
    (
        "network: older lad drives girls to 'parties' with men",
        "A 20 year old drives girls of 14 to 'parties' at a flat where men give them drink "
        "and have sex with them; he is given money by the men.",
        14,
        (),
    ),
    (
        "lone: shop owner lets her have free stuff, touching",
        "Shop owner (60) lets a 12 year old have free sweets and vapes and touches her in the"
        " storeroom.",
        12,
        (),
    ),
    (
        "victim-blaming: 'willing', sleeps with man for lifts",
        "Victim is 15 and is described as willing; sleeps with a 31 year old man who gives "
        "her lifts and money.",
        15,
        (),
    ),
    (
        "implied: stays at his, comes back with love bites and vapes",
        "Mum reports her 14yo stays out at a 26yo man's flat and comes back with love bites "
        "and new vapes.",
        14,
        (),
    ),
    (
        "affection: 'he treats me like a princess', sexual",
        "Y (15) says her 30 year old boyfriend treats her like a princess and they have sex.",
        15,
        (),
    ),
    (
        "exchange on terms: 'wipe the debt' for sex",
        "Dealer told the 16yo he would wipe her debt if she had sex with him.",
        16,
        (),
    ),
]

HARD_NEGATIVES_5B: list[Row] = [
    (
        "peer 'got together' at a party",
        "She (15) and a boy in her year got together at a party; nothing given; both 15.",
        15,
        ({"age": 15},),
    ),
    (
        "found in bed with sibling during a welfare check",
        "Welfare check: 8yo found in bed with her sister (10) as heating broken; no concerns.",
        8,
        (),
    ),
    (
        "entertain at a birthday party",
        "Her uncle hired a magician to entertain the children at her party.",
        9,
        (),
    ),
    (
        "sexting with same-age boyfriend",
        "Y9 girl sexting her boyfriend (14); no adults; phone confiscated.",
        14,
        ({"age": 14},),
    ),
    (
        "rent paid by council, sexual assault by stranger",
        "Her rent is paid by the council; a stranger (50) groped her on the tram.",
        17,
        ({"age": 50},),
    ),
    (
        "soulmate: two 16 year olds",
        "Two 16 year olds who call each other soulmates; sexually active; no concerns.",
        16,
        ({"age": 16},),
    ),
    (
        "paid to sit a dog",
        "Neighbour paid him £10 to sit their dog; no other concerns.",
        13,
        (),
    ),
    (
        "adult, 19, paid for sex",
        "Woman aged 19 is paid for sex by men at a hotel; adult safeguarding referral.",
        19,
        (),
    ),
    (
        "CCE: older lad drives boys to deal",
        "A 20 year old drives boys of 14 to a flat where men give them drugs to sell; no "
        "sexual element.",
        14,
        (),
    ),
    (
        "advice: leaflet about men offering lifts",
        "Leaflet given: men may offer lifts, drink or money and then expect sex; she understood.",
        14,
        (),
    ),
    (
        "shop owner gives free sweets at Halloween",
        "Shop owner gives children free sweets at Halloween; complaint about parking only.",
        10,
        (),
    ),
    (
        "mother's boyfriend, touching, nothing given",
        "Mum's boyfriend (35) touched her when mum was at work; she says he gave her nothing.",
        11,
        ({"age": 35},),
    ),
]

#: Known gaps from the probe: what they lack is an exchange or sexual activity written only as
#: circumstance (drink and drugs at the address; an adult who "sleeps over"; an age between
#: "her niece" and "upstairs").
KNOWN_GAPS_5B: list[Row] = [
    (
        "police log caps: found in bed with adult",
        "OFFICERS ATTENDED FLAT 3. MFH 15YRS FOUND IN BED WITH MALE 34. VODKA AND CANNABIS AT"
        " ADDRESS.",
        15,
        (),
    ),
    (
        "social worker: he pays her rent, sleeps over",
        "SW: 17yo's rent is paid by a 52 year old man who sleeps over at her flat several "
        "nights a week; she says they are 'together'.",
        17,
        (),
    ),
    (
        "network: auntie lets men take her niece upstairs",
        "Auntie (38) lets men take her niece (13) upstairs at her house and gets paid.",
        13,
        (),
    ),
]
