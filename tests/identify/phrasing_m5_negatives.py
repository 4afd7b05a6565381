"""Hard negatives of decision model 5's phrasing classes (see ``phrasing_m5.py``): each
shares words with a class and is not CSE (a device "hooked up", babysitting, a relative's
"love", somewhere to stay from family, same-age partners, nothing sexual).
"""

from __future__ import annotations

from tests.identify.phrasing_m5 import Row

HARD_NEGATIVES_5: list[Row] = [
    (
        "'hooked up to' a drip is not hooking up",
        "Paeds ED: 14yo hooked up to a drip after drinking vodka at a party; no disclosures.",
        14,
        (),
    ),
    (
        "'been with friends' is not been with men",
        "Missing overnight; says she has been with friends at the park and was given a lift "
        "home by her dad.",
        14,
        (),
    ),
    (
        "'half dressed' for a sports kit check",
        "Pupil (13) found half dressed in the changing room after PE, upset that classmates "
        "hid his kit.",
        13,
        (),
    ),
    (
        "children messing about in class",
        "Two Y9 boys messing about with a vape in class; confiscated; no concerns.",
        14,
        (),
    ),
    (
        "'free lessons' from a school with nothing sexual",
        "Swimming club offered her free lessons because of the family's finances.",
        12,
        (),
    ),
    (
        "'rent free' with a grandparent, peer relationship",
        "17yo lives rent free with her nan; her boyfriend (17) stays over and they are "
        "sexually active.",
        17,
        ({"age": 17},),
    ),
    (
        "'the only one who understands' said of a teacher, no sexual activity",
        "She says her form tutor is the only one who really listens; no concerns about any adult.",
        13,
        (),
    ),
    (
        "an uncle babysitting is not an exchange",
        "Stepdad's brother touched her when he was babysitting her; he didn't give her anything.",
        11,
        ({"age": 40},),
    ),
    (
        "an aunt looking after her while mum works",
        "Aunt has been looking after her while mum is in hospital; at the aunt's house a "
        "cousin (15) touched her.",
        10,
        (),
    ),
    (
        "a mother giving pocket money",
        "Mum gives her £10 pocket money on Fridays; she has a boyfriend her age and they had sex.",
        15,
        ({"age": 15},),
    ),
    (
        "a welfare question before a peer's account",
        "When I asked if she was okay she said she and her boyfriend, both 16, had sex and "
        "nobody gave her anything.",
        16,
        ({"age": 16},),
    ),
    (
        "a babysitter taking a child to bed at bedtime",
        "Babysitter took the children to the bedroom at 8pm and read them a story.",
        6,
        (),
    ),
    (
        "'per child' costs in a school letter",
        "Trip costs £15 per child; a parent complained about a sexual comment by a coach "
        "driver to the girls.",
        13,
        (),
    ),
    (
        "a relative's love after abuse",
        "Her grandad (70) sexually abused her for years. He always told her he loved her and "
        "that it was their special secret.",
        12,
        ({"age": 70},),
    ),
    (
        "'went all the way' to Leeds",
        "MFH went all the way to Leeds on the train alone; returned safe, no concerns.",
        14,
        (),
    ),
    (
        "'charges them' for a phone repair",
        "Shop owner charges them £20 to fix phones; youths reported shoplifting.",
        15,
        (),
    ),
    (
        "a same-age partner who makes her feel loved",
        "She (16) and her girlfriend (16) say they make each other feel loved; consensual, "
        "nothing given.",
        16,
        ({"age": 16},),
    ),
    (
        "men let in to read the meter",
        "Mum lets the men in to read the meter; daughter (12) later disclosed her brother "
        "touched her.",
        12,
        (),
    ),
    (
        "pregnant by a same-age boyfriend, mum pays",
        "Pregnant 16yo, father is her boyfriend (16); mum paid for the taxi to clinic.",
        16,
        ({"age": 16},),
    ),
    (
        "hooked up to a monitor",
        "Pt 15 hooked up to a monitor after an overdose; lives with mum; no CSE concerns.",
        15,
        (),
    ),
    (
        "couple stuff between 15 year olds",
        "Both 15; they 'do couple stuff'; no gifts; no adults.",
        15,
        ({"age": 15},),
    ),
    (
        "partially clothed after a swim at a lido",
        "Child (9) found partially clothed near the lido changing rooms; had lost her towel; "
        "no concerns.",
        9,
        (),
    ),
    (
        "webcam for school lessons",
        "Pupil uses a webcam for online lessons; stranger exposed himself on the video call; "
        "nothing asked or offered.",
        12,
        ({"age": 40},),
    ),
    (
        "free driving lessons from a dad",
        "Dad gives her free driving lessons; she has a boyfriend, 17, they are sexually active.",
        17,
        ({"age": 17},),
    ),
    (
        "stays for free with grandparents",
        "Stays for free at her grandparents'; stranger (50) touched her on the bus.",
        14,
        ({"age": 50},),
    ),
    (
        "uncle taking money from her bank",
        "Her uncle has been taking money from her savings account; financial abuse; no sexual"
        " element.",
        15,
        (),
    ),
    (
        "a woman renting out rooms to students",
        "A woman at the address rents out rooms to students; missing 15yo found there with "
        "friends, safe.",
        15,
        (),
    ),
    (
        "a stepdad says he loves her after abuse",
        "Stepdad (44) sexually abused her; he kept telling her he loves her.",
        12,
        ({"age": 44},),
    ),
    (
        "advice about escorts",
        "Session on online safety: discussed how escort sites can be used to exploit young people.",
        15,
        (),
    ),
    (
        "tips for a gaming stream",
        "He livestreams Fortnite and viewers send tips; his mum manages the account.",
        14,
        (),
    ),
    (
        "a dad paying for a school trip; sexual assault by a peer",
        "Father paid for the school trip; on the trip a classmate (14) sexually assaulted her.",
        14,
        ({"age": 14},),
    ),
    (
        "a porter tipped for luggage",
        "Night porter tipped by guests for carrying luggage; 15yo guest reported missing then"
        " found with family.",
        15,
        (),
    ),
    (
        "looking out for her, a youth worker",
        "Youth worker has been looking out for her at the club; no concerns about adults.",
        14,
        (),
    ),
    (
        "the cousin arranges a party",
        "Cousin (24) arranges a party for her 13th birthday; a boy (13) kissed her there.",
        13,
        ({"age": 13},),
    ),
    (
        "a man put up a tent; attack by stranger",
        "A man put up a tent for the scouts; separately a stranger exposed himself to a 12 "
        "year old.",
        12,
        ({"age": 35},),
    ),
]
