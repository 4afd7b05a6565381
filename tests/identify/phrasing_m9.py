"""Classes of decision model 9, with hard negatives that share their words.

Rows for ``test_phrasing_m9.py``: (description, narrative, victim's age or None, suspects,
offence codes). Model 9 reads general mechanisms by which the sixth holdout (now
``dev-g.jsonl``) hid sexual activity, read as mechanisms, not as sentences; every sentence
here was written afresh for this file, in several voices (police, social care, health,
education, youth work, the child's own words):

1. a practitioner's question answered yes ("asked if ..., she said 'yeah'", "- yes",
   "nodded", "confirmed"); answered no, it stays a question;
2. text-speak and dialect spellings of small words ("wiv", "cos", "u", "ur", "summat", "bare");
3. a slot filled inside a euphemism ("done other stuff with", "did a few things with");
4. acts the child was made or had to do, not named ("made me do things", "had to be nice to
   his mate"), with something given or owed and adults present;
5. signs: bruising to the inner thigh however written, waking with clothes off or torn, and
   (inferred) a forensic service with clothing torn or in disarray,
   (a child's sense of having been "used" is a known gap: see :data:`KNOWN_GAPS_9`);
6. online: pictures asked for "in the bath" or "in her underwear", access to livestreams of
   children sold;
7. networks: a facilitator's cut, sexual activity with "one of his mates";

and (:data:`ALSO`) a family member's gift bound to secrecy or sexual activity, a child's age
told later ("groomed at 13"), primary school years.

Each class has hard negatives: homework and chores, criminal exploitation, family, peers,
questions answered no, filming with a phone, a gamer selling access to his account.
"""

from __future__ import annotations

from typing import Any

Row = tuple[str, str, int | None, tuple[dict[str, Any], ...], tuple[str, ...]]
#: A row and whether organised-network/1 should be met.
NetworkRow = tuple[str, str, int | None, tuple[dict[str, Any], ...], tuple[str, ...], bool]

ADULT = ({"age": 29},)
MEN = ({"age": 33}, {"age": 41})

#: Class 1: a question answered yes.
ANSWERED: list[Row] = [
    (
        "asked if sexually active, answered with a dash and 'yes'",
        "School nurse drop-in. Tia says her boyfriend is 26 and buys her vapes and pays her "
        "phone. Asked if sexually active - yes.",
        15,
        ({"age": 26},),
        (),
    ),
    (
        "asked whether he had touched her, she nodded",
        "PC Dunn: the man at the flat gives the girl cannabis and lets her stay. When asked "
        "whether he had touched her, she nodded and started crying.",
        14,
        ADULT,
        (),
    ),
    (
        "asked if they have slept together, 'yeah course' in the child's words",
        "YOT worker: Ellis (15) gets lifts and free food off a 30 year old called Dean. I "
        "asked if they have slept together and he said 'yeah course, so what'.",
        15,
        ({"age": 30},),
        (),
    ),
    (
        "asked about sexual contact, she confirmed it",
        "Strategy minutes. Mia's 'friend' (24) pays for her nails and taxis. Mia was asked "
        "about sexual contact with him and she confirmed there has been.",
        14,
        ({"age": 24},),
        (),
    ),
]

#: Class 2: text-speak and dialect spellings of small words.
SPOKEN: list[Row] = [
    (
        "'slept wiv' in a child's message",
        "Screenshot from her phone: 'he give me £50 n i slept wiv him after'. Sender is a man "
        "in his 30s.",
        14,
        ({"age": 34},),
        (),
    ),
    (
        "'had sex wif' and 'cos' in a quoted disclosure",
        "RHI: Shannon said 'I had sex wif him cos he got me a new phone, he's like 28'.",
        15,
        ({"age": 28},),
        (),
    ),
    (
        "'do stuff wiv u' as what an adult asks",
        "Chat log: adult male user writes to a 13 year old boy 'ill send u robux if u do stuff "
        "wiv me on cam'. The boy says he did.",
        13,
        ({"age": 40},),
        (),
    ),
]

#: Class 3: a slot filled inside a euphemism.
SLOTTED: list[Row] = [
    (
        "'done some stuff with' a much older man who gives her cash",
        "Youth worker: Kayla (14) says she has done some stuff with a man called Lee who is 32. "
        "He gives her cash and drives her about.",
        14,
        ({"age": 32},),
        (),
    ),
    (
        "'did a few things with' the man who pays her phone",
        "Teacher note: Becca (15) told her friend she did a few things with the bloke who pays "
        "her phone contract. He is 38.",
        15,
        ({"age": 38},),
        (),
    ),
    (
        "'doing other stuff with' men at the flat for weed",
        "MASH: Lily, 13, is going to a flat on Canal St where men give her weed and she is "
        "doing other stuff with them.",
        13,
        MEN,
        (),
    ),
]

#: Class 4: acts the child was made or had to do, not named.
COERCED: list[Row] = [
    (
        "'made me do things' by men who then gave money",
        "Police interview summary: Jordan (15) said 'the men at the flat made me do things "
        "then one of them give me £30 for a taxi'.",
        15,
        MEN,
        (),
    ),
    (
        "'had to be nice to his mate' because the mate paid for the hotel",
        "RHI. Tyler (14) said 'his mate paid for the hotel so I had to be nice to his mate, "
        "that's how it works'.",
        14,
        ({"age": 27}, {"age": 30}),
        (),
    ),
    (
        "'has to do whatever' he says to clear a debt to an older man",
        "CSC referral: Amy (15) owes a man called Jay for weed. She told school she has to do "
        "whatever he says till it's paid, and the older lads are always there.",
        15,
        ({"age": 25},),
        (),
    ),
    (
        "'have to let them' at a house where men give vapes",
        "Detached youth work: a Y9 girl said at the house on Mill Rd the men give you vapes and "
        "money but 'you have to let them, that's the deal'.",
        14,
        MEN,
        (),
    ),
]

#: Class 5: signs that sexual activity happened.
SIGNS: list[Row] = [
    (
        "bruises on inner thighs without 'her', money and a much older man",
        "Foster carer log: K came home at 3am with £40 and a new phone from 'a mate' who is 35. "
        "Bruises on inner thighs noted at bath time.",
        13,
        ({"age": 35},),
        (),
    ),
    (
        "woke up with her clothes off after men gave her drink",
        "ED note: 15F, intoxicated. Men at a party gave her vodka. She woke up with her "
        "clothes off in a bedroom and doesn't know what happened.",
        15,
        MEN,
        (),
    ),
]

#: Class 5b: two weak signs together: a forensic service and clothing torn or in disarray.
TWO_SIGNS: list[Row] = [
    (
        "SARC and a ripped top after men gave her pills",
        "Custody nurse: girl (14) found at a bus stop, top ripped. Says men at a flat gave her "
        "pills. Referred to the SARC.",
        14,
        MEN,
        (),
    ),
    (
        "ISVA and clothes in disarray after a man gave him a lift and vodka",
        "Police log: boy (15) returned by a man of 38 who gave him vodka and a lift. Clothes in "
        "disarray; ISVA referral made.",
        15,
        ({"age": 38},),
        (),
    ),
]

#: Class 6: online.
ONLINE: list[Row] = [
    (
        "an online contact sends gifts and asks for a picture 'in her underwear'",
        "DSL: Poppy (13) has been sent AirPods by a man she met on Roblox. He keeps asking for "
        "a selfie in her underwear and she sent one.",
        13,
        ({"age": 36},),
        (),
    ),
    (
        "a man pays a boy for videos 'in the shower'",
        "CEOP referral: adult male paid a 14 year old boy £40 on PayPal for videos in the shower.",
        14,
        ({"age": 45},),
        (),
    ),
]

#: Class 7: networks: a facilitator's cut, a mate's turn, access to streams sold.
NETWORKS: list[NetworkRow] = [
    (
        "two men selling access to livestreams of girls",
        "Intel B/3: two men run a Discord server and are selling access to livestreams of "
        "girls aged about 14. Members pay monthly.",
        14,
        MEN,
        (),
        True,
    ),
    (
        "a landlord lets rooms for a cut and a man brings girls",
        "Source report: the landlord of a B&B lets a man have rooms for a cut of what he "
        "makes. The man brings girls of about 15 there at weekends.",
        15,
        MEN,
        (),
        True,
    ),
    (
        "slept with one of his mates to pay off his debt",
        "RHI: Leah (14) said Kev (24) told her she owed him for the weed so she slept with "
        "one of his mates.",
        14,
        ({"age": 24},),
        (),
        True,
    ),
]

#: Known gaps, kept as strict expected failures: a child's sense of having been "used" was
#: tried as a sign and dropped, because "used" is as often about friends or money.
KNOWN_GAPS_9: list[Row] = [
    (
        "'thinks she was used' after older men gave her drugs",
        "SW note. Ruby (14) was at a flat with older men who gave her pills. She cannot "
        "remember the night and thinks she was used.",
        14,
        MEN,
        (),
    ),
]

#: Also model 9: a family member's gift bound to secrecy or sexual activity; a child's age
#: told later ("groomed at 14"); primary school years.
ALSO: list[Row] = [
    (
        "a stepfather's money 'so she won't tell'",
        "Disclosure to DSL: her stepdad has been giving her £20 so she won't tell anyone that he "
        "touches her at night.",
        13,
        ({},),
        (),
    ),
    (
        "a grandfather's sweets 'if I let him' touch",
        "Y5 pupil said her grandad buys her sweets if I let him touch my bum, don't tell mummy.",
        None,
        ({},),
        (),
    ),
    (
        "an adult told later she was 'groomed at 13' by a man who gave her cider",
        "Adult (24) disclosed she was groomed at 13 by a man in his 30s who gave her cider and "
        "had sex with her in his van.",
        24,
        ({},),
        (),
    ),
]

POSITIVES_9: list[Row] = [
    *ANSWERED,
    *SPOKEN,
    *SLOTTED,
    *COERCED,
    *SIGNS,
    *TWO_SIGNS,
    *ONLINE,
    *ALSO,
]

#: Hard negatives: share the classes' words and are not CSE.
HARD_NEGATIVES_9: list[Row] = [
    (
        "a torn top after a fight, a man gave her a lift home",
        "PCSO: girl (14) with a torn top after a fight with another girl at the park. A man "
        "(30) gave her a lift home.",
        14,
        ({"age": 30},),
        (),
    ),
    (
        "a SARC visit after an assault by a stranger, nothing given",
        "Girl (15) taken to the SARC after a stranger grabbed her; clothes ripped. Nothing was "
        "given or offered.",
        15,
        ({"age": 35},),
        (),
    ),
    (
        "a SARC visit and torn clothes after a peer assault, a vape from him",
        "Girl (14) to SARC after a boy (14) from school assaulted her at a party; torn tights. "
        "He had given her a vape earlier.",
        14,
        ({"age": 14},),
        (),
    ),
    (
        "a mother's money for keeping her room tidy",
        "Mum gives her money for keeping her room tidy and for not telling her brother about "
        "the surprise party.",
        12,
        ({"age": 41},),
        (),
    ),
    (
        "an adult's age 'at 14' for a job, nothing sexual",
        "Adult (25) says she was given cash in hand at the age of 14 by a market trader for "
        "helping on the stall.",
        25,
        ({},),
        (),
    ),
    (
        "asked if sexually active, she said no",
        "School nurse: Tia says her boyfriend is 26 and buys her vapes. Asked if sexually "
        "active, she said no, not yet.",
        15,
        ({"age": 26},),
        (),
    ),
    (
        "asked whether he had touched her, she denied it",
        "PC Dunn: the man at the flat gives the girl cannabis. When asked whether he had "
        "touched her she denied it and said he is just a friend.",
        14,
        ADULT,
        (),
    ),
    (
        "asked about sexual contact, she shook her head",
        "Mia's 'friend' (24) pays for her nails. Asked about sexual contact with him she shook "
        "her head and said they only talk.",
        14,
        ({"age": 24},),
        (),
    ),
    (
        "'made me do my homework' by a tutor who pays her",
        "Mum says the tutor made me do things I hated like homework and revision every night; "
        "he pays her £10 when she finishes.",
        14,
        ({"age": 40},),
        (),
    ),
    (
        "'had to do stuff' for the olders in criminal exploitation",
        "Police: Reece (15) is running county lines. He said the olders gave him a phone and "
        "he had to do stuff for them, drops and that.",
        15,
        MEN,
        (),
    ),
    (
        "'had to be nice to' her nan for pocket money",
        "Family support: Chloe (13) said she had to be nice to her nan so she would give her "
        "pocket money.",
        13,
        ({"age": 67},),
        (),
    ),
    (
        "'have to do things' at a peer's house who gave her a vape",
        "Year 9 pupil says her friend Sam (14) gave her a vape and said she would have to do "
        "things for him like his maths homework.",
        14,
        ({"age": 14},),
        (),
    ),
    (
        "filmed her with his phone at a birthday",
        "Uncle filmed her with his phone at her birthday party and gave her £20 as a present.",
        12,
        ({"age": 45},),
        (),
    ),
    (
        "a gamer selling access to his account",
        "Report: an 18 year old is selling access to his Fortnite account to kids at school "
        "and took £30 off a 13 year old.",
        13,
        ({"age": 18},),
        (),
    ),
    (
        "'used to' in the past tense, criminal exploitation",
        "She thinks she was used to hold drugs for the older boys, who paid her £20 a day.",
        15,
        MEN,
        (),
    ),
    (
        "bath photos from mum on social media",
        "Mum posted photos of her in the bath as a baby on Facebook; the 14 year old is "
        "embarrassed. Mum buys her everything she wants.",
        14,
        ({"age": 40},),
        (),
    ),
    (
        "text-speak 'wiv' with a peer and no exchange",
        "Message: 'i slept wiv my bf last nite hes 15 n ur not my mum'.",
        15,
        ({"age": 15},),
        (),
    ),
]

#: Adversarial hard negatives, written after the probe to break model 9's rules (a question
#: answered yes about a request, a family member after a euphemism, a task named by example,
#: customers, videos of girls' matches, a sleepover, an accident); each broke a first version
#: of a rule (6 of 12 held) and is now a guard; two more were written after the fifth probe.
ADVERSARIAL_9: list[Row] = [
    (
        "a question answered yes about a request she ran from",
        "Asked if anyone has asked her for sex, she said yes, a man at the park asked but she "
        "ran off.",
        14,
        ({"age": 30},),
        (),
    ),
    (
        "'no cause for concern re' sexual activity",
        "Mum says a man (40) bought her a phone. No cause for concern re sexual activity per "
        "school.",
        14,
        ({"age": 40},),
        (),
    ),
    (
        "'done some stuff with her mum' and a family friend who buys clothes",
        "Lily (14) has done some stuff with her mum at the weekend and an older friend of the "
        "family, 35, bought her clothes.",
        14,
        ({"age": 35},),
        (),
    ),
    (
        "'made me do things like' washing a car for a tenner",
        "Neighbour (60) made me do things like wash his car and weed his garden and gave me a "
        "tenner each time.",
        13,
        ({"age": 60},),
        (),
    ),
    (
        "'had to be nice to the customers' in a paid job",
        "Her manager at the cafe (30) gave her extra shifts and she had to be nice to the "
        "customers.",
        16,
        ({"age": 30},),
        (),
    ),
    (
        "woke up at a sleepover with clothes all over the floor",
        "Sleepover at Amy's: she woke up and her clothes were all over the floor; Amy's dad "
        "(45) bought them pizza.",
        12,
        ({"age": 45},),
        (),
    ),
    (
        "a club charging for access to videos of girls' matches",
        "Club secretary (45) is charging for access to videos of girls matches from the U14 "
        "league; parents pay £5.",
        13,
        ({"age": 45},),
        (),
    ),
    (
        "'has to do things like' set out cones for a paid coach",
        "Coach (34) pays Jake (14) £10 to help at sessions and says he has to do things like "
        "set out cones.",
        14,
        ({"age": 34},),
        (),
    ),
    (
        "asked if sexually active, no; asked if safe at home, yes",
        "Asked if sexually active with the 25 year old who buys her vapes she said no. Asked if "
        "she feels safe at home: yes.",
        15,
        ({"age": 25},),
        (),
    ),
    (
        "'thinks she was used' by friends for her money",
        "Tia (14) says her friends only want her for her money and she thinks she was used; a "
        "20 year old lad gives her lifts.",
        14,
        ({"age": 20},),
        (),
    ),
    (
        "'friends with benefits' between two 15 year olds, a hoodie",
        "Jess (15) says she and Liam (15) are friends with benefits; he bought her a hoodie.",
        15,
        ({"age": 15},),
        (),
    ),
    (
        "'owes him favours' as a joke about a neighbour who fixed her bike",
        "Neighbour (60) fixed her bike and gave her £10 for sweets; she jokes she owes him "
        "favours now.",
        13,
        ({"age": 60},),
        (),
    ),
    (
        "bruising to inner thigh after a fall, mum bought food",
        "School nurse: bruising to inner thigh after falling off the climbing frame in PE. Mum "
        "collected her and bought her a McDonald's.",
        11,
        (),
        (),
    ),
]
