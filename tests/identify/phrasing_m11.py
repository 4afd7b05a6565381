"""Classes of decision model 11, with hard negatives that share their words.

Rows for ``test_phrasing_m10.py``: (description, narrative, victim's age or None, suspects,
offence codes). Model 11 reads the mechanisms by which the ninth holdout (now ``dev-j.jsonl``)
hid its cases or misled the identifier; every sentence here was written afresh for this file:

1. an "older" or "new" partner named as such is a relationship, read with the ages, and an
   age gap the narrative states ("a man 14 yrs older") is the gap when no age is recorded;
2. a negation given as the answer to a question ("she was clear that it hasn't", "he said
   they didn't") is no; "didn't answer", "didn't want to say", "not sure" leave it open;
3. training material ("training note", "signs can include") is not a child's record;
4. a finding that the allegation or rumour is untrue ("the rumour is false", "unfounded")
   means the record establishes no sexual activity;
5. "a woman" or "the woman" is no longer read as an adult victim (she is as often the
   facilitator, the mother or the caller);
6. more of the words: ages "said to be 15", "from age 14", "school girls"; the act done "for
   the money" or "or he'll kick me out"; food and a bed given ("feeds him", "lets him sleep");
   "sextorted"; "like in bed", "ended up with one of them", "was sexual with her"; "anal
   bleeding".
"""

from __future__ import annotations

from typing import Any

Row = tuple[str, str, int | None, tuple[dict[str, Any], ...], tuple[str, ...]]

POSITIVES_11: list[Row] = [
    (
        "an 'older boyfriend' of 24 recorded as an associate; sex at his",
        "Pastoral log: Year 9 girl says her older boyfriend picks her up and they have sex at "
        "his place. Boyfriend recorded as associate.",
        14,
        ({"age": 24, "role": "associate"},),
        (),
    ),
    (
        "a boy of 15 and 'his new girlfriend', 29: sex, status with his mates",
        "YOS: Callum (15) is proud of his new girlfriend, who is 29 and has a flat. He stays "
        "over and says they have sex.",
        15,
        ({"age": 29, "role": "associate"},),
        (),
    ),
    (
        "historic: from age 14, a man 12 yrs older, sexual with her",
        "Adult (22) reports that from age 14 she was in a relationship with a man 12 yrs older "
        "who was sexual with her and told her to keep it secret.",
        22,
        (),
        (),
    ),
    (
        "school girls expected to sleep with the men, the woman gets a cut",
        "Intel 5x5x5 C/3/4: school girls collected from a bus stop and driven to a house "
        "where they are expected to sleep with the men. A woman there gets a cut.",
        None,
        (),
        (),
    ),
    (
        "girls 'said to be 15' given vodka; sex in the flat",
        "Source states girls said to be 15 are given vodka at a flat on Kirk Lane and have "
        "sex with the men who rent it.",
        None,
        (),
        (),
    ),
    (
        "a bed and food, and 'you have to do stuff for him, like in bed'",
        "Outreach: Tyler (15) stays at a man's flat; the man, about 50, lets him sleep on the "
        "sofa and feeds him, 'but you have to do stuff for him, like in bed'.",
        15,
        (),
        (),
    ),
    (
        "'I only did it for the money' after a man gave him £50",
        "Night staff: YP (15) back at 03:00 with £50. Later said a man had given him the "
        "money and 'I only did it for the money'.",
        15,
        (),
        (),
    ),
    (
        "near-peer: sex 'or he'll kick me out'",
        "Housing: girl, 17, staying with a 20 year old. Says 'I have to sleep with him or "
        "he'll kick me out'. Nowhere else to go.",
        17,
        ({"age": 20},),
        (),
    ),
    (
        "a boy 'sextorted' and paid",
        "16M sextorted on Instagram after sending pics, paid £100, further demands. Parents aware.",
        16,
        (),
        (),
    ),
    (
        "anal bleeding, an older man from an app, cash",
        "ED: boy 14, anal bleeding, says he was with an older man from an app who gave him "
        "£40. Police informed.",
        14,
        (),
        (),
    ),
]

HARD_NEGATIVES_11: list[Row] = [
    (
        "training note listing the signs",
        "Training note for staff: signs can include older boyfriends, gifts and phones, STIs, "
        "going missing and being picked up in cars. Report to the DSL.",
        None,
        (),
        (),
    ),
    (
        "a rumour that she sells pics for money: the rumour is false",
        "CPOMS: Y9 girl upset by talk that she sells pics to men for money. Investigated; the "
        "rumour is false and came from a falling out.",
        14,
        (),
        (),
    ),
    (
        "asked whether anything sexual had happened; she said it hadn't",
        "Session: Mia (15) gets lifts and food from a man of 25. I asked whether anything "
        "sexual had happened; she said it hadn't. Monitoring.",
        15,
        ({"age": 25},),
        (),
    ),
    (
        "peers: 'her new boyfriend' is 16, she is 15",
        "School nurse: girl (15) says her new boyfriend is 16 and they have had sex. Both at "
        "the same school. Advice on contraception.",
        15,
        ({"age": 16, "role": "associate"},),
        (),
    ),
    (
        "a mother's new boyfriend who touched the child",
        "S47: her mum's new boyfriend (38) touched her in the night. He has left. Mum is "
        "supportive.",
        12,
        ({"age": 38},),
        (),
    ),
    (
        "an adult: sex 'or he'll kick her out', she is 19",
        "Adult services: woman aged 19 says she has to sleep with her landlord or he'll kick "
        "her out.",
        19,
        ({"age": 45},),
        (),
    ),
    (
        "a boyfriend a year older, stated as a gap",
        "School nurse: girl (15) with a boyfriend 1 year older; they have had sex. No "
        "concerns, advice given.",
        15,
        (),
        (),
    ),
]
