"""Classes of decision model 10, with hard negatives that share their words.

Rows for ``test_phrasing_m10.py``: (description, narrative, victim's age or None, suspects,
offence codes). Model 10 reads mechanisms by which the seventh holdout (now ``dev-h.jsonl``)
hid its cases; every sentence here was written afresh for this file, in several voices:

1. what the child or a worker calls a much older partner ("says bf", "me man", "my
   girlfriend", "they love each other") is a relationship, read with the structured ages
   (model 6's affection-or-status exchange, and model 8's frame);
2. a question answered yes whose words would otherwise deny ("asked if anything sexual
   happens, she said 'obviously'") is the child's answer, not a denial;
3. an offer the child refused ("she refused and walked off") is not an exchange;
4. something given is what follows the verb in its own sentence ("bought it him after he sent
   pics. Phone seized": not the phone);
5. "brought" that is being taken somewhere ("brought by ambulance ... alcohol") gives nothing;
6. HIV testing, and a child asking about it, is sexual health screening;
7. children sent into a room with the men are facilitated;
8. a place is not a giver ("met him outside school, buys her vapes");
9. acts the child lets an adult do, not named ("gives you a tenner if you let him do
   stuff"), read as model 9's unnamed acts;
10. (from the eighth holdout, once scored; :data:`POSITIVES_10B`, :data:`HARD_NEGATIVES_10B`)
    a question answered no denies all it asked, up to the answer; between peers love and
    boasting are not an exchange; "the brothers" are a pair of men, not the child's family;
    a treat the child is taken to is not facilitation; an adult's exploitation is not an
    organised network of child sexual exploitation; a National Referral Mechanism referral is
    not criminal exploitation; pictures held over a child to be shared unless paid are sexual;
    something "paid for by a man"; a false age then the true one ("admitted 15"); more words
    and signs ("wandering hands", "fooled around", "UPT +ve");
11. more of what is given: a phone topped up with "my" and the particle after ("tops my phone
   up"), a roof "as long as she has" one.

Each class has hard negatives: peers, a mother's boyfriend, adults, questions answered no or
left open, offers accepted, a parent's gift, a room with staff.
"""

from __future__ import annotations

from typing import Any

Row = tuple[str, str, int | None, tuple[dict[str, Any], ...], tuple[str, ...]]
#: A row and whether organised-network/1 should be met.
NetworkRow = tuple[str, str, int | None, tuple[dict[str, Any], ...], tuple[str, ...], bool]

MAN = ({"age": 31},)

POSITIVES_10: list[Row] = [
    (
        "ED triage: 'says bf', 21 and 13, after sex",
        "ED 02:10. 13 yr old F attended with a male aged 21 (says bf) c/o pain after sex. "
        "Pt tearful, says they are in love. Police informed, male kept in dept.",
        13,
        ({"age": 21},),
        (),
    ),
    (
        "Geordie RHI: 'me man', 26, sleeping together",
        "Return interview. Leah: 'am always at me man's, he's sound, we sleep together an he "
        "says am dead grown up.' Whereabouts overnight not known to carers.",
        14,
        ({"age": 26},),
        (),
    ),
    (
        "boy and a woman of 24: 'my girlfriend', sexual relationship",
        "Mentor session. Kian (15) keeps calling a 24 year old woman 'my girlfriend' and says "
        "they have had sex at her flat more than once.",
        15,
        ({"age": 24},),
        (),
    ),
    (
        "chat shown to staff: 'her bf' of 22, a hotel again, and he buys her vapes",
        "DSL log. Screenshots shown by a friend: a 22yo contact (her bf, she says) writes 'we "
        "can do hotel again fri' and 'ill sort ur nails' and has been buying her vapes. "
        "Referred to police and CSC.",
        14,
        ({"age": 22},),
        (),
    ),
    (
        "asked if anything sexual happens, 'obviously' in her own words",
        "Visit note. Chloe says a man of about 30 gives her weed and lets her stay at his. When "
        "I asked if anything sexual happens she said 'obviously, we're together'.",
        14,
        (),
        (),
    ),
    (
        "online: 'bought it him after he sent pics', the next sentence names a phone",
        "Referral from mum. Console found in bedroom; Ryan (15) said a man from a gaming "
        "server bought it him after he sent pics. Phone handed to police.",
        15,
        ({"age": 38},),
        (),
    ),
    (
        "boy asks about HIV testing, older men off an app, cash",
        "Sexual health outreach. Boy, 15, asked about HIV testing. Meets men from an app, "
        "some about 45, and they give him cash and a lift home.",
        15,
        (),
        (),
    ),
    (
        "a place is not the giver: met him outside school, buys her vapes, sleeps with him",
        "PCSO note. Girl (14) says she met Dale outside school, buys her vapes most days and "
        "she has slept with him at his car.",
        14,
        ({"age": 27},),
        (),
    ),
    (
        "she sleeps with him as long as she has a roof",
        "Homeless duty: 16 yo, sofa surfing, says she sleeps with a 33 year old landlord as "
        "long as she has a roof.",
        16,
        ({"age": 33},),
        (),
    ),
    (
        "'tops my phone up' and has sex with her",
        "In her words: 'Jase tops my phone up and takes me for food, we've had sex at his.' "
        "Jase believed to be 29.",
        14,
        ({"age": 29},),
        (),
    ),
    (
        "an offer refused, but something else given later and sex",
        "Girl (15) refused the offer of £20 for pics. Weeks later the same man gave her vodka "
        "at the park and they had sex in his van.",
        15,
        MAN,
        (),
    ),
]

POSITIVES_10 += [
    (
        "a man gives weed 'if you let him do stuff'; the boy did",
        "Youth club: Jayden (16) says a man of about 40 near the bookies 'sorts you with weed if "
        "you let him do stuff'. Jayden says he went twice.",
        16,
        (),
        (),
    ),
    (
        "she lets him do what he wants, he pays for her nails",
        "CSC referral. Ellie (15) told her friend the 29 year old she sees pays for her nails "
        "and she lets him do what he wants.",
        15,
        ({"age": 29},),
        (),
    ),
]

NETWORKS_10: list[NetworkRow] = [
    (
        "girls told to go in the back room with the men; she takes money at the door",
        "Intel 3x5x2: parties at a flat on Corbett Road. Girls aged 14-15 given vodka, then "
        "told to go in the back room with the men who arrive. The woman who rents the flat "
        "takes money off the men at the door.",
        14,
        (),
        (),
        True,
    ),
]

HARD_NEGATIVES_10: list[Row] = [
    (
        "peers: 'my boyfriend' of 17, sex, nothing given",
        "School nurse. Mia (16) says her boyfriend is 17, they have had sex and use condoms. "
        "'He's my boyfriend, we love each other.' No concerns.",
        16,
        ({"age": 17},),
        (),
    ),
    (
        "a mother's boyfriend who touched the child: not a relationship of the child's",
        "S47. Her mum's boyfriend (34) touched her over clothing while mum was at work. He "
        "is in custody. Mum is protective.",
        12,
        ({"age": 34},),
        (),
    ),
    (
        "an adult: 'my man' and she is 19",
        "DA risk assessment. Victim, 19, describes 'my man' (32) pushing her; they have a "
        "sexual relationship and he controls her money.",
        19,
        ({"age": 32},),
        (),
    ),
    (
        "asked if anything sexual happened, she said no",
        "Chloe (14) gets lifts off a man of 30 who buys her food. Asked if anything sexual "
        "has happened, she said no and that he is her mum's friend.",
        14,
        (),
        (),
    ),
    (
        "unclear if anything sexual happened: not a question to her, not an answer",
        "Strategy minutes: a 28 year old buys the girl (14) vapes. Unclear if anything sexual "
        "has happened; the plan is a return interview.",
        14,
        ({"age": 28},),
        (),
    ),
    (
        "an offer for 'stuff' refused and walked off",
        "Girl, 16, approached by a man in a grey Audi who offered her £40 to get in and 'do "
        "stuff'. She refused and walked off. Partial VRM obtained.",
        16,
        ({"age": 40},),
        (),
    ),
    (
        "a man offered money for sex and she turned him down",
        "Report to police: a 15 year old was offered £30 for sex by an older man in the "
        "park. She turned him down and told her teacher.",
        15,
        ({"age": 45},),
        (),
    ),
    (
        "brought by ambulance with alcohol: no one gave her anything",
        "ED note: 15F brought by ambulance, alcohol on breath, fell at a house party. No "
        "disclosures. Mum attended.",
        15,
        (),
        (),
    ),
    (
        "HIV testing after a needlestick: no exchange, no older person",
        "School nurse: boy (14) asked about HIV testing after a needlestick injury in the "
        "park. Reassured and referred to the GP.",
        14,
        (),
        (),
    ),
    (
        "HIV test asked about, criminal exploitation: the olders give him cash for running",
        "YOT: boy (15) asked about an HIV test. He runs for olders on a county line and they "
        "give him cash and a phone.",
        15,
        ({"age": 22},),
        (),
    ),
    (
        "told to go in the back room with staff: a care home, no sexual activity",
        "Care home log: girls told to go in the back room with the staff after an argument "
        "in the lounge. Night worker takes their phones at 22:00.",
        15,
        (),
        (),
    ),
    (
        "mum tops her phone up: a parent's gift",
        "EHA review: Tia (13) says 'mum tops my phone up every Friday'. She has a boyfriend "
        "in her year. No concerns.",
        13,
        (),
        (),
    ),
    (
        "a father lets him do stuff around the house and gives pocket money",
        "EH worker: dad (44) gives Kai £10 pocket money a week and lets him do stuff around the "
        "house so he feels useful.",
        13,
        (),
        (),
    ),
    (
        "a foster carer lets him do things like cooking, and pays him for it",
        "LAC review: carer lets him do things like cooking tea and pays him £5 for it. Settled "
        "placement.",
        14,
        ({"age": 52},),
        (),
    ),
    (
        "a peer: her boyfriend of 15 buys her sweets and she lets him do stuff",
        "School DSL: Year 10 girl (14) says her boyfriend, 15, buys her sweets and she lets him "
        "do stuff. Both in the same year; RSE follow-up.",
        14,
        ({"age": 15},),
        (),
    ),
]

POSITIVES_10B: list[Row] = [
    (
        "sextortion: pictures to be sent to his followers unless he paid",
        "Cyber referral. Boy, 14, swapped pictures with an account claiming to be a girl of 15; "
        "it then said the pictures would be sent to his followers unless he paid £200 in vouchers.",
        14,
        (),
        (),
    ),
    (
        "'the brothers give them weed' and sex at their flat",
        "Obs log: the brothers (31 and 33) collect two girls from the chippy most Fridays. One "
        "girl (14) later said the brothers give them weed and she has sex with the older one.",
        14,
        ({"age": 31}, {"age": 33}),
        (),
    ),
    (
        "a debt cleared by 'stuff done to him', an NRM referral",
        "YOT: boy (16) owed a dealer £300; the dealer sent him to a man's flat where he had "
        "'stuff done to him' to clear it. NRM referral submitted.",
        16,
        ({"age": 44},),
        (),
    ),
    (
        "clothes 'paid for by a man', morning after pill",
        "Parent call: daughter (15) has designer trainers paid for by a man she met online. "
        "Parent found a morning after pill packet in her room.",
        15,
        (),
        (),
    ),
    (
        "false age given, then 'admitted 14'; sex at his flat, vodka",
        "Stop check 01:30. Female passenger gave her age as 19, then admitted 14. Driver (36) "
        "had bought her vodka; she said they had sex at his flat earlier.",
        None,
        ({"age": 36},),
        (),
    ),
    (
        "a man in his 50s with 'wandering hands' gives girls cash",
        "Community intel: a man in his 50s at the allotments lets girls of 13-14 drink in his "
        "shed, gives them cash, and is said to have 'wandering hands'.",
        None,
        (),
        (),
    ),
    (
        "'UPT +ve' at 14, a partner of 23 who gives her money",
        "Paeds: 14F, UPT +ve. Says partner is 23 and gives her money and cigs. Referral made.",
        14,
        ({"age": 23},),
        (),
    ),
]

HARD_NEGATIVES_10B: list[Row] = [
    (
        "asked about pressure or anything given for sex - denies",
        "Clinic: 17F, partner 19M for a year. Asked re any pressure, threats or anything given "
        "for sex - denies all. Routine screen.",
        17,
        ({"age": 19},),
        (),
    ),
    (
        "peers: a 15-year-old boasting about sex with his girlfriend of 15",
        "Detached youth work: lads 14-15 at the rec, one boasting about having sex with his "
        "girlfriend, both 15 and in the same year. Chat about consent.",
        15,
        (),
        (),
    ),
    (
        "an adult victim trafficked: not a child's organised network",
        "MASH: woman aged 20 given a room by a man who makes her sleep with his friends for "
        "money. Offence 72 recorded. Adult safeguarding.",
        20,
        ({"age": 38}, {"age": 40}),
        ("72",),
    ),
    (
        "'gave her age as' is not something given",
        "Stop check: female gave her age as 22 and was with her boyfriend (24). Both sober. No "
        "concerns.",
        22,
        ({"age": 24},),
        (),
    ),
    (
        "pictures of a car that 'would be posted' online: no child, no sexual image",
        "Fraud: seller said the pictures of the car would be posted once he paid the deposit. "
        "Victim (34) lost £500.",
        34,
        (),
        (),
    ),
]

NETWORKS_10B: list[NetworkRow] = [
    (
        "a treat is not facilitation: 'takes her to Nandos', his cousins at a party",
        "CSC: 14yo seeing a 20yo who takes her to Nandos and got her nails done; they are "
        "sleeping together. He is planning a party with his cousins.",
        14,
        ({"age": 20},),
        (),
        False,
    ),
]
