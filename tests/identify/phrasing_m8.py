"""Classes of decision model 8: sexual activity inferred, with hard negatives that share words.

Rows for ``test_phrasing_m8.py``: (description, narrative, victim's age or None, suspects,
offence codes). Model 8 infers sexual activity, at a lower weight, from the general forms in
which practitioners only imply it (the fifth holdout, now ``dev-f.jsonl``, read as forms, not
sentences); every sentence here was written afresh for this file, in several voices:

1. a "relationship" or euphemism frame ("her boyfriend", "seeing", "been with", "his girl",
   "messing about") with an adult much older than the child, and something given;
2. access to the child sold: a third person offers the child to others and takes money, or
   men pay someone to be with her;
3. an adult paying or rewarding a child for plain "pictures", "pics", "videos";
4. forensic and sexual-health signs (SARC, ISVA, injuries to the inner thighs).

Each class has hard negatives: criminal exploitation with no sexual element, parents and
family, peers of the same age, adult victims, advice and hypotheticals, a denial of sexual
activity, and intrafamilial abuse with no exchange.
"""

from __future__ import annotations

from typing import Any

Row = tuple[str, str, int | None, tuple[dict[str, Any], ...], tuple[str, ...]]
#: A row and whether organised-network/1 should be met.
NetworkRow = tuple[str, str, int | None, tuple[dict[str, Any], ...], tuple[str, ...], bool]

#: Class 1: a relationship or euphemism frame with a much older adult who gives things.
FRAMED: list[Row] = [
    (
        "'her boyfriend', 27, who buys vapes and taxis",
        "School nurse: Jade says her boyfriend is a bit older than her. He buys her vapes and "
        "pays for her taxis home from his.",
        14,
        ({"age": 27},),
        (),
    ),
    (
        "'going with' a man who gives her cash, no age for the child",
        "PCSO note: a Year 9 girl says she is going with a man who drives a black BMW. He "
        "gives her cash most weekends.",
        None,
        ({"age": 31},),
        (),
    ),
    (
        "a boy who has 'been with' a man who sends him money",
        "SW visit. Kieran (15) admits he has been with a bloke he met on Grindr, the bloke "
        "sends him money for food and credit.",
        15,
        ({"age": 29},),
        (),
    ),
    (
        "'his girl', the man 44, who pays her phone contract",
        "Tutor concern: she is 16 and says she's 'his girl'. He is 44 and pays her phone "
        "contract and takes her for meals.",
        16,
        ({"age": 44},),
        (),
    ),
    (
        "'messed about' with a man who buys him food",
        "Boy, 15, told the mentor they have messed about a bit in the guy's flat. The guy "
        "buys him food and vapes.",
        15,
        ({"age": 32},),
        (),
    ),
    (
        "'gets with' a man, no suspect age, a child under 16",
        "Girl 13 said she gets with a man called Sy sometimes. He lets her smoke weed at his flat.",
        13,
        ({},),
        (),
    ),
    (
        "'seeing' a man, no structured age, written in the child's words",
        "Lola (Y10): 'im seeing this guy hes 25 he gets me food n vapes innit'",
        None,
        ({"age": 25},),
        (),
    ),
    (
        "'linking' with a man of 23 who buys her trainers",
        "Foster carer log: L has been linking with a lad of 23 who bought her new trainers "
        "and gives her weed.",
        14,
        ({"age": 23},),
        (),
    ),
]

FRAMED_NEGATIVES: list[Row] = [
    (
        "a frame, an older man who gives: but the record says no sexual offences were disclosed",
        "She has been seeing a man of 27 who buys her vapes and pays for her nails. Nil sexual "
        "offences disclosed.",
        14,
        ({"age": 27},),
        (),
    ),
    (
        "going with an older male who gives cash: no sexual disclosure made",
        "YP has been going with an older male (31) who gives her cash. No sexual disclosure made; "
        "CSC informed.",
        14,
        ({"age": 31},),
        (),
    ),
    (
        "criminal exploitation: 'going with' the olders, paid to run drugs",
        "Boy 15 is given £50 and trainers by a 24 year old to run drugs. Says he has been "
        "going with the olders to Margate, county lines suspected.",
        15,
        ({"age": 24},),
        (),
    ),
    (
        "a peer boyfriend who buys her chips",
        "Her boyfriend (16) buys her chips after school and they have been seeing each "
        "other since Year 10.",
        15,
        ({"age": 16},),
        (),
    ),
    (
        "an adult victim seeing an older man who pays her rent",
        "Woman (24) says she has been seeing a 50 year old who pays her rent.",
        24,
        ({"age": 50},),
        (),
    ),
    (
        "advice: what to do if an older man pays for things",
        "PSHE lesson: pupils were told that if an older man pays for your nails and calls "
        "you his girlfriend, tell an adult you trust.",
        14,
        (),
        (),
    ),
    (
        "a denial of any sexual activity with the older boyfriend",
        "Her boyfriend is 28 and buys her food. She denies any sexual activity with him.",
        15,
        ({"age": 28},),
        (),
    ),
    (
        "a mother's partner who buys a birthday phone",
        "Mum's partner (35) bought her a new phone for her birthday. He has been with mum "
        "for six years. No concerns.",
        13,
        ({"age": 35},),
        (),
    ),
    (
        "a girlfriend of 17 and a man of 19 who pays for the cinema",
        "She is 17; her boyfriend is 19 and pays for the cinema. Nothing else of note.",
        17,
        ({"age": 19},),
        (),
    ),
]

#: Class 2: access to the child sold (cse/1 met; organised-network/1 as given).
SOLD: list[NetworkRow] = [
    (
        "men pay a man at the door to be with a 15 year old",
        "Intel: a man known as T is having men round to his flat to be with a 15 year old "
        "girl. The men pay him on the way in.",
        15,
        ({"age": 38}, {}),
        (),
        True,
    ),
    (
        "an aunt takes money from men who visit the child",
        "Strategy: her aunt has been taking money from men who visit her at the house. M is 14.",
        14,
        ({"age": 41}, {}),
        (),
        True,
    ),
    (
        "an older lad renting the girl out to his mates",
        "Source says an older lad is renting her out to his mates. She is 15.",
        15,
        ({"age": 22},),
        (),
        True,
    ),
    (
        "a stepfather charging friends to be alone with her",
        "Disclosure: her stepdad charges his friends to spend time alone with her in her room.",
        12,
        ({"age": 40},),
        (),
        True,
    ),
]

SOLD_NEGATIVES: list[Row] = [
    (
        "a brother dealing, lads paying at the door",
        "Her brother sells weed from the house and the lads pay him at the door. She (14) is "
        "often in the front room. Referred for CCE screening.",
        14,
        ({"age": 19},),
        (),
    ),
    (
        "a dad's car wash where men pay him",
        "Dad runs a car wash and men pay him on the forecourt; his daughter (15) helps out at "
        "weekends for pocket money.",
        15,
        (),
        (),
    ),
    (
        "a club charging parents for sessions",
        "The coach (35) charges the parents £5 a session and looks after the girls (12) after "
        "school.",
        12,
        ({"age": 35},),
        (),
    ),
]

#: Class 3: an adult paying or rewarding a child for plain pictures.
IMAGES: list[Row] = [
    (
        "a man online pays her each time she sends pictures",
        "Online contact: a man she met on Insta pays her £10 each time she sends him "
        "pictures. She is 14.",
        14,
        ({},),
        (),
    ),
    (
        "Robux for selfies from a 40 year old",
        "Lad of 13 told police a 40 year old on Roblox sends him Robux for selfies.",
        13,
        ({"age": 40},),
        (),
    ),
    (
        "a man buys her a phone and asks for more videos",
        "An older man bought her a phone and keeps giving her credit for videos of herself.",
        15,
        ({"age": 33},),
        (),
    ),
]

IMAGES_NEGATIVES: list[Row] = [
    (
        "a dad paying for school photos",
        "Her dad paid £15 for the school photos and bought her a frame.",
        12,
        (),
        (),
    ),
    (
        "a teenager of the same age paying for pics of a car",
        "Two lads the same age, one paid the other £10 for pics of his new bike.",
        15,
        ({"age": 15},),
        (),
    ),
    (
        "advice about being offered money for pictures",
        "Parents were advised that if an adult online offers money for pictures, children "
        "should block and report.",
        13,
        (),
        (),
    ),
]

#: Class 4: injuries that are signs of sexual activity, with an exchange.
SIGNS: list[Row] = [
    (
        "bruising to her inner thighs after a man gave her vodka",
        "Paeds: bruising to her inner thighs noted. She (14) had been at a flat where a man "
        "of 35 gave her vodka and cigarettes.",
        14,
        ({"age": 35},),
        (),
    ),
]

#: Known gaps: a SARC or ISVA referral is supporting context only (a service, not a sign of
#: the activity): read as a sign, it met a social worker's taxi to the SARC as an exchange.
KNOWN_GAPS_8: list[Row] = [
    (
        "taken to the SARC after a night where men gave her vodka",
        "Out of hours: girl (15) taken to the SARC after a night at a flat where two men gave "
        "her vodka and £20.",
        15,
        ({"age": 34},),
        (),
    ),
    (
        "an ISVA referral after a man gave him cannabis",
        "ISVA referral made for T (16) who was given cannabis and a bed for the night by a "
        "man of 40.",
        16,
        ({"age": 40},),
        (),
    ),
]

SIGNS_NEGATIVES: list[Row] = [
    (
        "a SARC visit for a peer assault with nothing given",
        "Taken to the SARC after an assault by a boy in her class at a party. Nothing given.",
        15,
        ({"age": 15},),
        (),
    ),
    (
        "an injury at sport, drugs given for running",
        "Bruising to the inner thighs from a fall. The olders give him weed to run drugs to "
        "Bristol.",
        15,
        ({"age": 22},),
        (),
    ),
]

#: Intrafamilial abuse with no exchange: never met (the inference needs something given).
FAMILY_NEGATIVES: list[Row] = [
    (
        "an uncle in a 'relationship' frame, nothing given",
        "Her uncle (41) told her they were 'boyfriend and girlfriend' and to keep it secret.",
        12,
        ({"age": 41},),
        (),
    ),
]


#: A probe in other voices, written after the classes were built and scored once before it
#: was read (figures in docs/definitions.md, "Model 8").
PROBE_POSITIVES: list[Row] = [
    (
        "probe: intel, 'going with' a 29 year old who supplies cannabis",
        "INT: 14yo F believed to be going with a 29yo male, who supplies her with cannabis. "
        "Seen at his address late at night.",
        14,
        ({"age": 29},),
        (),
    ),
    (
        "probe: 'her man' of 23 who pays for nails and phone",
        "Aaliyah keeps saying her man (he's 23) gets her nails done and pays her phone.",
        15,
        ({"age": 23},),
        (),
    ),
    (
        "probe: a mother's partner pimping her out to men",
        "Concerns mum's partner is pimping her out to men from the pub.",
        14,
        ({"age": 45},),
        (),
    ),
    (
        "probe: vapes for videos from a man in his 40s",
        "J (14) says a man in his 40s gives him vapes for videos.",
        14,
        ({},),
        (),
    ),
    (
        "probe: stayed at his, 31, buys vodka",
        "She admitted she has stayed at his a few times. He is 31 and buys her vodka.",
        15,
        ({"age": 31},),
        (),
    ),
]

PROBE_NEGATIVES: list[Row] = [
    (
        "probe: weekends at her dad's flat, he buys clothes",
        "She spends weekends at his flat - her dad (38) - and he buys her clothes.",
        13,
        ({"age": 38},),
        (),
    ),
    (
        "probe: no concerns, not sexually active, older boyfriend",
        "Her boyfriend is 25 and pays for her bus pass. She says they are not sexually "
        "active; assessment continues.",
        15,
        ({"age": 25},),
        (),
    ),
    (
        "probe: dad takes money from men who buy his car",
        "Dad took money from men who came to buy his old car. Daughter (13) was at home.",
        13,
        (),
        (),
    ),
    (
        "probe: a training case study",
        "Case study used at the DSL network: a 14 year old seeing a man of 30 who buys her "
        "trainers.",
        None,
        (),
        (),
    ),
]

#: Hard negatives written to break the rules once they passed everything above; 4 of 7 were
#: met when first scored (company "going with her to appointments", a brother's flat, "seeing
#: a counsellor", "pics of the dog"): the frame and picture context guards came from them.
ADVERSARIAL_NEGATIVES: list[Row] = [
    (
        "adversarial: a support worker going with her to appointments",
        "Her support worker (30) has been going with her to appointments and pays for her bus "
        "fare.",
        15,
        ({"age": 30},),
        (),
    ),
    (
        "adversarial: going with a man to Leeds, paid a trip, drugs found",
        "Jay (15) has been going with a man of 25 to Leeds most weekends; he pays him £100 a "
        "trip. Drugs found in his bag.",
        15,
        ({"age": 25},),
        (),
    ),
    (
        "adversarial: stays at his flat, he is her older brother",
        "She stays at his flat some nights - he's her older brother (24) - and he buys her food.",
        14,
        ({"age": 24},),
        (),
    ),
    (
        "adversarial: seeing a counsellor, a cafe owner gives food",
        "Is seeing a counsellor weekly. A man of 50 who runs the cafe gives her free food.",
        14,
        ({"age": 50},),
        (),
    ),
    (
        "adversarial: money for pictures of the dog",
        "Her mum's boyfriend (33) pays her £5 to wash his car and gave her money for pics of "
        "the dog for his eBay listing.",
        13,
        ({"age": 33},),
        (),
    ),
    (
        "adversarial: a tutor pays students for website photos",
        "The tutor (45) pays students £20 for photos used on the college website.",
        16,
        ({"age": 45},),
        (),
    ),
    (
        "adversarial: a dad renting out a room and taking money",
        "Dad is 'renting out' the spare room to lodgers and takes money from them; daughter "
        "(14) lives there.",
        14,
        ({"age": 44},),
        (),
    ),
]

POSITIVES_8: list[Row] = FRAMED + [r[:5] for r in SOLD] + IMAGES + SIGNS + PROBE_POSITIVES
HARD_NEGATIVES_8: list[Row] = (
    FRAMED_NEGATIVES
    + SOLD_NEGATIVES
    + IMAGES_NEGATIVES
    + SIGNS_NEGATIVES
    + FAMILY_NEGATIVES
    + PROBE_NEGATIVES
    + ADVERSARIAL_NEGATIVES
)
