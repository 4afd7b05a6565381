"""Phrasing classes of decision model 5, with hard negatives that share their words.

Rows for ``test_phrasing_classes.py`` (description, narrative, victim's age or None,
suspects). The classes come from the misses of the second holdout (now ``dev-c.jsonl``), but
every sentence here was written afresh for this file, in other words and other voices, to
test the class rather than the sentences it was found in:

1. sexual activity only implied ("hooked up", "what couples do", "been with several men",
   "half dressed" in a car, "taken into the bedrooms", livestreams watched for tips, an escort
   or adult-services advert, a request for a termination);
2. an exchange on terms or for a free service ("rent free as long as", "free tattoos in
   exchange for", "stopped charging ... on the understanding", "paid in weed", "gets £20");
3. affection, attention or belonging from a much older partner as the only exchange ("the
   only one who really listens", "makes me feel wanted", "attention from a 35 year old");
4. facilitators (a parent, a host letting a room, a recruiter paid per girl, a porter tipped
   to let men up, someone taking bookings);
5. negatives: babysitting ("when he was looking after her"), a relative's "love", "hooked up
   to a drip", somewhere to stay from family, a welfare question ("asked if she was okay").
"""

from __future__ import annotations

from typing import Any

Row = tuple[str, str, int | None, tuple[dict[str, Any], ...]]

POSITIVES_5: list[Row] = [
    (
        "'hooked up' with an older man met on an app, money after",
        "Says she met a bloke off Snapchat, about 30, and they hooked up at his place twice; "
        "he sent her £40 after.",
        15,
        (),
    ),
    (
        "'hook up' arranged with men in return for vapes",
        "Boy (14) admits going to meet older men to hook up; they give him vapes and weed.",
        14,
        (),
    ),
    (
        "'doing what couples do' with a much older 'boyfriend' who buys her things",
        "Mum says L's boyfriend is 27 and buys her trainers; L told mum they do what couples do.",
        14,
        (),
    ),
    (
        "'been with' several men, for drink",
        "Sister reports A has been with several men from the car wash and they give her vodka.",
        15,
        (),
    ),
    (
        "found half dressed in a car with an adult, cash and a new phone unexplained",
        "PCSO found YP half dressed in the back of a car with a male in his 40s. She had £60 "
        "and a new phone she couldn't explain.",
        14,
        (),
    ),
    (
        "'trousers down' in a car, then given cannabis",
        "Officers disturbed a car in the retail park: male 38 with his trousers down and a "
        "15yo girl; she says he gives her cannabis.",
        15,
        (),
    ),
    (
        "livestreams of a child watched for tips",
        "Referral: adult men were paying tips to watch livestreams of a 14 year old on an "
        "app; a man she calls her manager keeps half.",
        14,
        (),
    ),
    (
        "perform on camera for money",
        "Boy, 15, told youth worker he gets paid in game credit to perform on webcam for a "
        "man abroad.",
        15,
        (),
    ),
    (
        "men taking a child into bedrooms at a party house, drink given",
        "Girls as young as 13 given drink at the party house and the men take them into the "
        "bedrooms one by one.",
        13,
        (),
    ),
    (
        "adult services advert for a child, paid in cannabis",
        "Intel: a 16 year old is being advertised on an escort site by a male who takes the "
        "money; she is given cannabis.",
        16,
        (),
    ),
    (
        "termination request with an older man who buys things",
        "School nurse: 15yo requesting a TOP; a man of about 30 collects her from school and "
        "buys her clothes. Will not say who the father is.",
        15,
        (),
    ),
    (
        "'relationship sexual' in a terse log, with gifts",
        "YP 14. Bf 24. Relationship sexual. He buys her vapes.",
        14,
        (),
    ),
    (
        "living 'rent free' on condition of sex",
        "Care leaver aged 17 lives rent free at a 45 year old man's house as long as she "
        "sleeps in his bed.",
        17,
        (),
    ),
    (
        "free tattoos in exchange for sexual activity",
        "Tattooist (40s) gave a 16yo free tattoos in exchange for sexual activity in the studio.",
        16,
        (),
    ),
    (
        "free haircuts, then sexual touching in return",
        "Barber has been giving a 15 year old boy free haircuts and expects him to let him "
        "touch him in return.",
        15,
        (),
    ),
    (
        "stopped charging for tuition on condition",
        "Private tutor (50) stopped charging her family on the understanding that she would "
        "sleep with him.",
        16,
        (),
    ),
    (
        "'paid in' drugs for sex",
        "She says she is paid in weed and pills for having sex with the men at the flat.",
        15,
        (),
    ),
    (
        "sex 'for favours' with a place to sleep",
        "17yo sofa surfing says a man lets her crash at his for favours in the bedroom.",
        17,
        (),
    ),
    (
        "'she sometimes gets £20' after the men visit",
        "After the men visit her bedroom she sometimes gets £20, and her cousin (25) keeps "
        "the rest.",
        14,
        (),
    ),
    (
        "attention and belonging from a man in his late twenties",
        "M, 14, says the man (28) is the only one who really listens and they have slept together.",
        14,
        (),
    ),
    (
        "'makes me feel wanted' from a much older man, sexual",
        "Text messages show a 25 year old telling her he is the only one who wants her; she "
        "says he makes her feel wanted and they have had sex.",
        15,
        (),
    ),
    (
        "a 'special relationship' that is secret, with a 30 year old",
        "He told the girl their relationship is special and must stay secret; they have had "
        "sex at his flat. He is 30.",
        13,
        (),
    ),
    (
        "says he loves him, sexual contact, 12 years older",
        "B (15) says his partner, 27, says he loves him; they have had sexual contact.",
        15,
        (),
    ),
    (
        "a mother who takes money from men who visit her daughter",
        "Mother takes money from the men who come to the house and tells her daughter (14) to"
        " be nice to them; the girl describes sex with them.",
        14,
        ({"age": 41}, {"age": 50}),
    ),
    (
        "a recruiter paid per girl brought to a flat",
        "A 17 year old girl is paid £30 for each girl she brings to the flat, where older men"
        " have sex with them.",
        15,
        (),
    ),
    (
        "a landlord letting a room for cash to men who meet girls there",
        "Shop owner lets the room above the shop for cash to men who meet girls aged 14 there"
        " for sex.",
        14,
        (),
    ),
    (
        "a 'manager' taking bookings for a child",
        "Male takes bookings for a 15 year old and drives her to hotels where she has sex "
        "with men; he keeps the money.",
        15,
        (),
    ),
    (
        "GP: 'went all the way' with a man who gives her lifts",
        "GP note: 14yo disclosed she 'went all the way' with a man of 35 who gives her lifts "
        "to school.",
        14,
        (),
    ),
    (
        "shares a 40 year old's bed, paid phone",
        "RHI: been staying at a 40 year old's, shares his bed, he pays for her phone.",
        15,
        (),
    ),
    (
        "the men use her, a woman charges them",
        "Intel: a woman at the flat charges the men to use her daughter (13) for sex.",
        13,
        (),
    ),
    (
        "advertised online by an older male, drugs as payment",
        "16yo boy advertised online by an older male; men meet him at hotels for sex; he is "
        "paid in ketamine.",
        16,
        (),
    ),
    (
        "lives rent free with an adult in return for sexual activity",
        "Homeless 17yo boy stays for free at a 39 year old's flat in exchange for sexual activity.",
        17,
        (),
    ),
    (
        "makes her feel loved, relationship physical, 21 vs 13",
        "Worker note: 13yo talks about 'Jay', 21, who makes her feel loved; relationship has "
        "become physical.",
        13,
        (),
    ),
    (
        "ED nurse: implied sex, older man paying",
        "Pt (15) brought in intoxicated by ambulance from a hotel. States she was with a man "
        "she met online who 'paid for everything'. Requesting morning after pill.",
        15,
        (),
    ),
    (
        "hooked up for cash, boy",
        "YOT worker: lad (16) says he hooks up with older blokes he meets in the park for cash.",
        16,
        (),
    ),
    (
        "couple euphemism in a CSC assessment",
        "She describes Mo (26) as her boyfriend and says they 'do couple stuff' at his flat; "
        "he gives her money for her nails.",
        14,
        (),
    ),
    (
        "'messing about' found partially clothed in a van",
        "Patrol found a 14 y/o female partially clothed in a works van with a male 41; he had"
        " given her cigarettes and cider.",
        14,
        (),
    ),
    (
        "livestreamed to paying viewers by a man",
        "A 15 year old was livestreamed undressing to paying viewers by a man who gave her a "
        "new phone.",
        15,
        (),
    ),
    (
        "'escort' at 16, paid in drugs",
        "She has been working as an escort since she was 16, paid in drugs by a man who "
        "drives her to jobs.",
        16,
        (),
    ),
    (
        "free driving lessons for sex",
        "Neighbour (48) gives the 17yo free driving lessons and they have had sex in his car.",
        17,
        (),
    ),
    (
        "stays for free, sleeping with him",
        "16yo stays for free at the 33 year old's flat and is sleeping with him.",
        16,
        (),
    ),
    (
        "'in return' favours after a debt",
        "Owes a dealer for weed; he said she could pay it off by sleeping with his mate.",
        15,
        (),
    ),
    (
        "older man makes her feel special, sexual",
        "Ruth (14) says Dean (30) makes her feel special and they have been sexually active.",
        14,
        (),
    ),
    (
        "attention from a 35 year old, sex",
        "Lonely 13yo, attention from a 35 year old at the gym, they have had sex.",
        13,
        (),
    ),
    (
        "uncle pimping a niece",
        "Her uncle has been taking money from men to have sex with her at his flat.",
        14,
        (),
    ),
    (
        "a woman renting rooms to men with girls",
        "A woman at the address rents out rooms to men who bring girls aged 13-15; girls "
        "given vodka; sexual activity reported.",
        14,
        (),
    ),
    (
        "older girl paid to bring friends",
        "A 17 year old gets £50 from the men for every girl she takes to the party; the "
        "younger girls are given drink and have sex with the men.",
        14,
        (),
    ),
    (
        "driver paid to take girls to men",
        "Taxi driver paid by the men to ferry girls of 14 to the hotel, where they are given "
        "drugs and have sex with them.",
        14,
        (),
    ),
    (
        "flat lent to men, cans for the tenant",
        "Tenant lets men use his flat with schoolgirls in return for a few cans; girls say "
        "sex happens in the bedroom.",
        15,
        (),
    ),
    (
        "a dad selling his daughter to friends",
        "Intel: father (45) lets his friends have sex with his 14 year old daughter and they "
        "pay him in cash.",
        14,
        (),
    ),
    (
        "a brothel keeper taking a cut",
        "Woman running a massage parlour takes a cut from a 16 year old who has sex with "
        "customers there.",
        16,
        (),
    ),
    (
        "an older girl introduces, men give weed",
        "Older girl (19) introduces 14yo to men at a flat who give her weed and have sex with her.",
        14,
        (),
    ),
    (
        "hotel receptionist tipped to let men up",
        "Night porter tipped by the men to let them take a girl of 15 up to a room, where "
        "they had sex with her.",
        15,
        (),
    ),
    (
        "a cousin who arranges and gets paid",
        "Cousin (24) arranges for men to meet her (13) and gets paid by them; sexual activity"
        " disclosed.",
        13,
        (),
    ),
    (
        "'boyfriend' of 32 who makes her feel grown up, sexual",
        "She says her boyfriend (32) makes her feel grown up and she has slept with him.",
        14,
        (),
    ),
    (
        "RHI dialect: older man looks after me",
        "RHI: 'he's like 30, he looks out for me, buys me stuff, we sleep together sometimes.'",
        15,
        (),
    ),
    (
        "a place to stay in exchange for sexual activity",
        "Homeless at 16, a man in his 50s put him up in exchange for sexual activity.",
        16,
        (),
    ),
]
