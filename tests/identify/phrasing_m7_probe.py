"""A probe of model 7's classes in voices they were not written in.

Rows as in ``phrasing_m7.py`` (description, narrative, victim's age or None, suspects, offence
codes). Written after model 7's classes were built, and scored once before anything was read
for misses: model 7 then met cse/1 on 7 of 8 true rows and correctly did not meet 5 of 6
hard negatives, and organised-network/1 on 1 of the 3 network rows. The misses were taken as
classes ("a girl of about 14" as a child's age; a question "asked whether" runs on over "or";
a cut "took" in any tense and sexual activity "with him and his associate" as two or more
people): it now meets all of them, a figure on read text.
"""

from __future__ import annotations

from tests.identify.phrasing_m7 import Row

POSITIVES_7B: list[Row] = [
    (
        "Welsh SW: cider in return for 'being with' him",
        "SW visit. Cerys told me the man by there at the flats gives her cider and in return "
        "she has to sleep with him, isn't it. She's been three or four times.",
        14,
        ({"age": 36},),
        (),
    ),
    (
        "intel log: debt worked off with sex at the trap house",
        "INT 3X2X2: FEMALE (15) OWES LOCAL DEALER APPROX £150. DEALER HAS TOLD HER SHE CAN WORK "
        "IT OFF BY SLEEPING WITH HIM AND HIS ASSOCIATE.",
        15,
        (),
        (),
    ),
    (
        "school nurse: trainers and cash for 'doing stuff for' him",
        "School nurse drop-in. Boy (14) asked about STI testing. Said a man he met online gave "
        "him cash and new trainers to do stuff for him at a hotel.",
        14,
        (),
        (),
    ),
    (
        "RHI: PayPal for photos of her in the shower",
        "RHI: says a lad 'off Insta' who is 23 sent money to her PayPal for photos of her in "
        "the shower. She's done it 'loads'.",
        15,
        ({"age": 23},),
        (),
    ),
    (
        "DSL log: bank transfer for nudes",
        "CPOMS: Y10 student disclosed that an adult man has been sending her money by bank "
        "transfer in exchange for nudes.",
        15,
        (),
        (),
    ),
    (
        "detective: a woman takes a cut from the men",
        "MG summary: Susp 1 (F, 34) took the victim to addresses in Oldham where men paid "
        "susp 1 to have sex with the victim. Susp 1 took a cut and gave the victim £10.",
        14,
        ({"age": 34},),
        (),
    ),
    (
        "housing officer: the tenant lets men in to see the girl",
        "Housing officer visit. Tenant (M, 50s) is letting men in at all hours; a girl of about "
        "14 stays there. Neighbour says the men pay him and go in the bedroom with her.",
        None,
        ({"age": 55},),
        (),
    ),
    (
        "ED nurse: 'keep him company' for a bed, in his bed",
        "ED triage. 16F intoxicated. Says she has been sleeping at an older man's flat and "
        "'keeps him company' in his bed in return for somewhere to stay.",
        16,
        (),
        (),
    ),
]

HARD_NEGATIVES_7B: list[Row] = [
    (
        "Brummie RHI: a lad her age, nothing given",
        "RHI. Been stopping at her boyfriend's yard, he's 16 too. They are sexually active. "
        "Nobody gave her nothing, his mum fed them.",
        16,
        ({"age": 16},),
        (),
    ),
    (
        "a manager's offer turned down",
        "Y12 student (17) says her manager at the takeaway offered her a pay rise if she "
        "would go on a date with him and more. She said no and has left the job.",
        17,
        ({"age": 41},),
        (),
    ),
    (
        "a debt worked off by holding drugs",
        "Boy (15) owes £200 after losing a package. Elders told him to work it off by holding "
        "for them at a flat in Hull.",
        15,
        (),
        (),
    ),
    (
        "burglary: laptop with photos taken",
        "Burglary at the family home. Suspects stole two laptops and her phone with photos on "
        "it. Victim (14) upset.",
        14,
        (),
        (),
    ),
    (
        "PayPal from a grandparent, photos of the holiday",
        "Nan sends money to her PayPal every month. She posts photos of the holiday online.",
        13,
        (),
        (),
    ),
    (
        "a question answered no, gifts from an adult",
        "I asked whether he has ever asked her for anything sexual or tried to touch her - she "
        "said no. He gives her lifts home from college. She is 16 and he is 24.",
        16,
        ({"age": 24},),
        (),
    ),
]

#: The probe's positives that must also meet organised-network/1 (the rest must not).
NETWORK_7B = frozenset(
    {
        "intel log: debt worked off with sex at the trap house",
        "detective: a woman takes a cut from the men",
        "housing officer: the tenant lets men in to see the girl",
    }
)
