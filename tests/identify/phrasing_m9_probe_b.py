"""The fourth, fifth and sixth probes of model 9, in voices its classes were not written in.

Rows as in ``phrasing_m9.py``; see ``phrasing_m9_probe.py`` for the first three. Each probe
was written after the previous one's fixes and scored once before anything was read.
"""

from __future__ import annotations

from tests.identify.phrasing_m9 import NetworkRow, Row

#: A fourth probe, of networks (intel, RHI, strategy, an operation note, a DSL, ED), written and
#: scored once after the third probe's fixes: model 9 then met cse/1 on 6 of 6 network rows
#: and organised-network/1 on 5 of 6, and all 4 hard negatives. Read: a child taken "to his
#: mates' houses" (facilitation), and "(not related, 35)" negating what followed it (a family
#: word's denial now ends a negation and negates the family word); 6 of 6 now.
NETWORKS_9E: list[NetworkRow] = [
    (
        "intel: taxi firm driver ferries girls to a flat where men pay the driver",
        "B/2/4 Intel: a taxi driver (40s) collects girls aged 14-15 from care homes and "
        "takes them to a flat on Derby Rd. Men at the flat pay the driver and the girls "
        "are given weed and vodka. One girl said they have to sleep with the men.",
        15,
        ({"age": 44}, {"age": 38}),
        (),
        True,
    ),
    (
        "RHI: her 'boyfriend' shares her with his mates for money",
        "RHI: Maya (14) says her boyfriend (23) makes her go with his mates and they "
        "give him money after. He buys her clothes.",
        14,
        ({"age": 23},),
        (),
        True,
    ),
    (
        "CSC: an older woman takes girls to parties where men give them drugs and have sex",
        "Strategy: an older female (30s) picks up 3 girls (13-15) and takes them to "
        "parties where men give them MDMA and have sex with them. She is paid by the "
        "men.",
        14,
        ({"age": 34}, {"age": 40}),
        (),
        True,
    ),
    (
        "police: a 15yo boy on a 'sugar daddy' app, men pay for meets",
        "Op note: 15yo male on a sugar daddy app. Multiple adult men have paid him £100 "
        "for meets at hotels where sexual activity took place.",
        15,
        ({"age": 45}, {"age": 52}),
        (),
        True,
    ),
    (
        "school: 'my uncle's mates' pay her to stay over",
        "DSL: Y9 girl (14) said her 'uncle' (not related, 35) takes her to his mates' "
        "houses and they give her money to stay over and do stuff.",
        14,
        ({"age": 35},),
        (),
        True,
    ),
    (
        "ED: 14yo after a party, 'they all had a go', given pills",
        "ED: 14F brought by police, found in street. Said older lads gave her pills at "
        "a party and 'they all had a go on me'. SARC referral.",
        14,
        ({"age": 21}, {"age": 24}),
        (),
        True,
    ),
]

HARD_NEGATIVES_9E: list[Row] = [
    (
        "two men arrested for county lines, girls used as runners",
        "Two men (25, 30) arrested for running a county line using 14 and 15 year old "
        "girls as runners; paid £50 a day.",
        15,
        ({"age": 25}, {"age": 30}),
        (),
    ),
    (
        "a taxi firm takes girls home from school, paid by the council",
        "Taxi driver (50) takes three girls (14) to school daily, paid by the council. "
        "Concern only re lateness.",
        14,
        ({"age": 50},),
        (),
    ),
    (
        "a party with older lads, drink, nothing sexual",
        "Y10 girls went to a party where older lads (19, 20) gave them vodka. Nothing "
        "sexual happened per all girls; police spoke to hosts.",
        15,
        ({"age": 19}, {"age": 20}),
        (),
    ),
    (
        "a youth club worker pays girls for helping, with mates",
        "Youth club leader (40) and his mates pay the girls (14) £5 each to help set up discos.",
        14,
        ({"age": 40}, {"age": 42}),
        (),
    ),
]

#: A fifth probe, of CSE written in general (a PC, a sexual health nurse, a teacher, an RHI in
#: dialect, intel, social care, a GP), written and scored once after the fourth probe's
#: fixes: model 9 then met 5 of 8 true rows and all 6 hard negatives. Read: "does wot he
#: wants" ("what" as "wot"), "friend with benefits"; 7 of 8 now ("favours" owed stays a gap).
POSITIVES_9F: list[Row] = [
    (
        "Midlands PC: girl says man 'looks after her' and they 'get close'",
        "PC Aziz: Sophie (14) says Rob (33) looks after her, gets her vapes and a "
        "phone, and they 'get close' when she stays at his.",
        14,
        ({"age": 33},),
        (),
    ),
    (
        "nurse: STI in a 13yo, 'boyfriend' 20 pays for things",
        "Sexual health nurse: 13yo with gonorrhoea. Names 'boyfriend' aged 20 who pays "
        "for her taxis and food.",
        13,
        ({"age": 20},),
        (),
    ),
    (
        "RHI in dialect: 'he gets us wasted n that n then does wot he wants'",
        "RHI: Tyler-Rose (15): 'he's like 30, he gets us wasted n that n then does wot "
        "he wants, I don't care'.",
        15,
        ({"age": 30},),
        (),
    ),
    (
        "intel: man on Grindr meets boys 15-16, pays them",
        "INT: adult male using Grindr meets boys aged 15-16 at his flat and pays them "
        "£50 after sex.",
        15,
        ({"age": 48},),
        (),
    ),
    (
        "social care: 'friend with benefits' 26 with a 15yo, gives weed",
        "CSC: Lacey (15) calls him a 'friend with benefits'. He is 26 and keeps her in weed.",
        15,
        ({"age": 26},),
        (),
    ),
    (
        "police: girl found in hotel with man, he paid, she said they had sex",
        "Officers found Chloe (14) in a Travelodge room with Mark (41) who had booked "
        "and paid. She said they had sex and he bought her McDonald's.",
        14,
        ({"age": 41},),
        (),
    ),
    (
        "GP: 15yo pregnant by 'mate's older brother' 24 who gives her money",
        "GP: 15yo pregnant. Father is her mate's older brother (24). He gives her money and lifts.",
        15,
        ({"age": 24},),
        (),
    ),
]

HARD_NEGATIVES_9F: list[Row] = [
    (
        "a 15yo and 15yo boyfriend, sex, gifts",
        "School nurse: Lacey (15) and her boyfriend (15) are sexually active, he bought "
        "her a necklace.",
        15,
        ({"age": 15},),
        (),
    ),
    (
        "a teacher asked about relationships, no concerns",
        "PSHE: class asked about healthy relationships, discussed gifts and grooming. "
        "No disclosures.",
        14,
        (),
        (),
    ),
    (
        "an uncle pays for a school trip",
        "Her uncle (40) paid for her school trip to Paris. She is 13.",
        13,
        ({"age": 40},),
        (),
    ),
    (
        "county lines boy given money, no sexual element",
        "Reece (15) found with £400 and a burner phone in a trap house. Denies any "
        "sexual contact. Older males involved.",
        15,
        ({"age": 25},),
        (),
    ),
    (
        "adult woman (19) with older man giving gifts",
        "Kerry (19) says her boyfriend (35) buys her clothes and they have sex. She is happy.",
        19,
        ({"age": 35},),
        (),
    ),
    (
        "asked if he touched her - no; he gives her lifts (an uncle)",
        "Asked if her uncle touched her - no. Uncle gives her lifts to school.",
        12,
        ({"age": 45},),
        (),
    ),
]

#: A sixth probe, the last (a paramedic, a Scottish social worker, YOT, a DSL, a statement,
#: intel, sexual health, a keyworker), written and scored once after every other fix: model 9
#: met 4 of 8 true rows and all 6 hard negatives. Only "she said aye" was taken as a class
#: (a dialect yes); the other three misses are kept as known gaps, not fixed.
POSITIVES_9G: list[Row] = [
    (
        "paramedic: 14yo at a flat with older men, clothes torn, SARC, they gave her ket",
        "NWAS crew: 14F at flat above shop, older men present who had given her ket. "
        "Clothing torn, pt tearful. Police requested SARC.",
        14,
        ({"age": 38}, {"age": 41}),
        (),
    ),
    (
        "social worker: asked if he's had sex with her - 'she said aye'",
        "Visit: Skye (15) says her 'pal' Davie (29) gets her vapes and pays her bus "
        "pass. Asked if they've had sex she said aye, loads.",
        15,
        ({"age": 29},),
        (),
    ),
    (
        "school: Y8 girl sent money on Cash App for 'feet pics' and 'more'",
        "DSL: Y8 girl (13) has been sent money on Cash App by a man for feet pics and "
        "then 'more' with no clothes on.",
        13,
        ({"age": 39},),
        (),
    ),
    (
        "health: 'done it' with an older lad for vodka, said yes when asked",
        "Sexual health: 15F. Asked whether she had done it with the older lad (23) who "
        "gets her vodka - yes.",
        15,
        ({"age": 23},),
        (),
    ),
    (
        "keyworker: 16yo boy 'has to keep him happy' for the room",
        "Keywork: Jamie (16) is staying with a man (45) who gave him a room and cash; "
        "Jamie says he has to keep him happy or he's out.",
        16,
        ({"age": 45},),
        (),
    ),
]

#: Known gaps from the sixth probe: a debt cleared by "sorting out" a man (an unclear
#: euphemism); an exchange written as a motive ("only went with him cos he had weed"); men
#: paying women "to spend time with the girls" (a babysitter is paid the same way).
KNOWN_GAPS_9G: list[Row] = [
    (
        "YOT: boy had to 'sort out' the dealer's mate for his debt",
        "YOT: Kai (15) owes a dealer for a lost bag. He said the dealer told him to go "
        "to his mate's flat and 'sort him out' to clear it, and he did.",
        15,
        ({"age": 27}, {"age": 33}),
        (),
    ),
    (
        "police: girl says 'I only went wiv him cos he had weed'",
        "Statement: 'I only went wiv him cos he had weed, then we had sex in his car'. "
        "Witness is 14, suspect 24.",
        14,
        ({"age": 24},),
        (),
    ),
    (
        "intel: women take girls to a hotel, men pay them",
        "Intel C/3: two women bring girls (14-15) to a Leeds hotel where men pay the "
        "women to spend time with the girls in the rooms.",
        15,
        ({"age": 35}, {"age": 40}),
        (),
    ),
]

HARD_NEGATIVES_9G: list[Row] = [
    (
        "clothing torn after a robbery, SARC not mentioned, phone stolen",
        "Girl (14) robbed by two men who tore her top and stole her phone. They gave her nothing.",
        14,
        ({"age": 25}, {"age": 27}),
        (),
    ),
    (
        "asked if they've had sex - no, 'he's my cousin'",
        "Asked if they've had sex she said no, he's my cousin and he just gets me vapes.",
        15,
        ({"age": 22},),
        (),
    ),
    (
        "boy 'had to keep him happy', his dad, for pocket money",
        "Jamie (12) says he has to keep his dad happy to get pocket money.",
        12,
        ({"age": 45},),
        (),
    ),
    (
        "feet pics sold by an adult woman",
        "Kerry (24) sells feet pics online and makes £200 a month.",
        24,
        (),
        (),
    ),
    (
        "text-speak 'wiv' with mum",
        "'went shopping wiv mum cos she got paid' - Y9 pupil's message.",
        14,
        ({"age": 40},),
        (),
    ),
    (
        "a yes about a lift, not sex",
        "Asked if the man (30) gave her a lift - yeah. She denies any sexual contact.",
        14,
        ({"age": 30},),
        (),
    ),
]
