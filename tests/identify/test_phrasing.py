"""Decisions by phrasing class: how practitioners write CSE, and the hard negatives.

Each row: (description, narrative, victim's age or None, suspects). The narratives are written
in the voices of police logs, intelligence, social-care referrals, school and health notes;
none is copied from the labelled set. Every row names the class of phrasing it stands for.
"""

from __future__ import annotations

from typing import Any

import pytest

from safeguard.identify import decide
from tests.identify.conftest import make

Row = tuple[str, str, int | None, tuple[dict[str, Any], ...]]

POSITIVES: list[Row] = [
    (
        "bought her + slept with",
        "DSL log: Y9 pupil says a man in his 20s bought her a new coat and she slept with him at "
        "his flat.",
        14,
        (),
    ),
    (
        "sexual contact + top-ups",
        "She disclosed sexual contact with a 26 year old who tops up her phone.",
        15,
        (),
    ),
    (
        "intimate + credit",
        "They have been intimate on several occasions and he puts credit on her phone.",
        15,
        ({"age": 24},),
    ),
    (
        "nudes for vouchers",
        "14yo sent nude pictures to an online 'friend' in return for Amazon vouchers.",
        14,
        (),
    ),
    (
        "morning after pill + lifts",
        "School nurse: requested the morning after pill after a night away; an older man gives "
        "her lifts and buys her food.",
        15,
        (),
    ),
    (
        "STI + unexplained cash",
        "Treated for chlamydia. Has large amounts of cash she cannot explain; says older 'mates' "
        "look after her.",
        16,
        (),
    ),
    (
        "pregnant + place to stay",
        "Pregnant and staying at the flat of a 34 year old man who lets her stay rent free.",
        16,
        (),
    ),
    ("done stuff for weed", "He said he has done stuff with the older lads for weed.", 15, ()),
    (
        "given ket then assaulted",
        "She was given ket at a party by adults and then sexually assaulted.",
        14,
        (),
    ),
    (
        "taxi driver vodka",
        "Taxi driver picked her up, gave her vodka and had sex with her in the car.",
        15,
        (),
    ),
    (
        "McDonald's and lifts",
        "He takes her to McDonald's and gives her a lift home, then they have sex in his car.",
        14,
        ({"age": 29},),
    ),
    (
        "debt worked off",
        "Told she owes him 200 pounds for the weed and has to work it off by sleeping with his "
        "friends.",
        15,
        (),
    ),
    ("sexual acts in return", "She performed sexual acts in return for cigarettes.", 13, ()),
    (
        "gain: payment taken",
        "Adult male took payment from other men to have sex with the girl.",
        15,
        (),
    ),
    (
        "sextortion",
        "Boy sent an explicit video to someone he thought was a girl, who now threatens to share "
        "it unless he pays.",
        13,
        (),
    ),
    (
        "non-recent disclosure",
        "Disclosed that when she was 14 a group of men gave her alcohol and raped her.",
        32,
        (),
    ),
    (
        "designer clothes",
        "CSC: has designer clothes and a new iPhone; disclosed sexual activity with a 22 year old.",
        15,
        (),
    ),
    ("boyfriend 23 vapes", "Her 'boyfriend' is 23; he buys her vapes and they have sex.", 14, ()),
    (
        "received money for images",
        "She received money from men she met online after sending them images of herself naked.",
        15,
        (),
    ),
    (
        "sugar daddy",
        "Youth worker: 16yo talks about a 'sugar daddy' who pays for her nails and hair; she "
        "sleeps with him.",
        16,
        (),
    ),
    (
        "paid in drink",
        "Girls were paid in drink and cigarettes by the men at the flat for sexual activity.",
        14,
        (),
    ),
    (
        "the vapes he gave her",
        "The vapes he gave her were 'payment' she said; they had sex at his flat.",
        14,
        (),
    ),
    (
        "bought alcohol for her",
        "He bought alcohol for her and then touched her.",
        13,
        ({"age": 40},),
    ),
    ("free hotel stay", "He pays for the hotel room and she has sex with him.", 15, ({"age": 38},)),
    (
        "unknown-age intel young girls",
        "INT: older men seen buying drinks for young girls who look 14 outside the takeaway, then "
        "taking them to a flat for sex.",
        None,
        (),
    ),
    (
        "parties spice",
        "RHI: she goes to 'parties' at a house where men give her spice and she has to have sex "
        "with them.",
        15,
        (),
    ),
    (
        "A&E drinks",
        "A&E: intoxicated, brought in by taxi; reports sexual assault; states the men bought her "
        "drinks all night.",
        15,
        (),
    ),
    (
        "partially undressed lift",
        "FEMALE 14 FOUND IN VEH WITH MALE 38, PARTIALLY UNDRESSED. MALE STATES HE WAS GIVING HER "
        "A LIFT.",
        14,
        ({"age": 38},),
    ),
    (
        "gonorrhoea gets stuff",
        "Sexual health nurse: has gonorrhoea, says she gets stuff from older men she sees.",
        15,
        (),
    ),
    (
        "given cash and phones",
        "Intel B/2: 16yo male seen with older men at car wash; known to be given cash and phones; "
        "sexual activity with them reported.",
        16,
        (),
    ),
    (
        "woke no clothes",
        "MFH return: stayed at a flat with men in their 20s who gave her weed and vodka; she woke "
        "up with no clothes on.",
        14,
        (),
    ),
    (
        "social worker prose",
        "I am worried that Kayla is being sexually exploited. She has told me that 'Dan', who is "
        "27, lets her stay at his flat when she runs away and that she sleeps with him because "
        "she owes him.",
        15,
        (),
    ),
    (
        "teacher log",
        "Concern: Year 10 girl overheard saying a man bought her a takeaway and a bottle of vodka "
        "and that she 'had to' do stuff with him after.",
        15,
        (),
    ),
    (
        "intel cars",
        "INT: 2x unk males in grey Audi collecting girls (approx 14-15) from the park, supplying "
        "cannabis; girls report sexual activity at an address.",
        None,
        (),
    ),
    (
        "online robux",
        "He sent her Robux and asked her to send naked pictures, which she did.",
        12,
        (),
    ),
    (
        "nudes sold",
        "Pictures of her were sold in a group chat for money by an older boy; she had sent him "
        "nudes.",
        14,
        (),
    ),
    (
        "free rides",
        "Taxi driver has been giving her free rides; she says they have had sex in the cab.",
        16,
        (),
    ),
    (
        "uncle money for sex",
        "Her uncle gave her money in return for sexual acts over several months.",
        13,
        ({"age": 44},),
    ),
    (
        "caseworker",
        "She says the men at the shop give her free cigarettes and vapes and she lets them touch "
        "her.",
        14,
        (),
    ),
    (
        "intel grooming",
        "INT B/2/P: subject (40s) known to pick up schoolgirls in his taxi, give them free rides "
        "and alcohol; one girl disclosed sexual activity with him.",
        None,
        (),
    ),
    (
        "police crime summary",
        "Suspect befriended the IP online, sent her £20 for a 'special photo' and later met her "
        "and had sexual intercourse with her.",
        13,
        ({"age": 33},),
    ),
    (
        "RHI weed debt",
        "RHI: T says she owes 'Kez' for weed and has been 'sorting it' by sleeping with his mate.",
        15,
        (),
    ),
    (
        "GP pregnancy",
        "GP: 14yo pregnant; father is a 25 year old who she says buys her things and lets her "
        "stay over.",
        14,
        (),
    ),
    (
        "victim blaming",
        "She is promiscuous and chooses to go with older men who give her money; she has had sex "
        "with several of them.",
        15,
        (),
    ),
    # model 3 classes (found from train.jsonl misses; rows written afresh)
    (
        "euphemism: keeps him company in bed (a known gap of model 2)",
        "Housing officer: 17yo male sofa surfing; says an older man lets him stay for free if "
        "he 'keeps him company' in bed.",
        17,
        (),
    ),
    (
        "older boyfriend: affection and status",
        "Says her boyfriend is 26, he loves her and calls her his missus; they sleep together.",
        14,
        (),
    ),
    (
        "online: he said he loved her",
        "Her online boyfriend told her he loved her and she sent him pictures with nothing on.",
        13,
        ({"identified": False},),
    ),
    (
        "online: game credit for pics",
        "An adult on a game sent him a Steam card for pics of himself in his boxers.",
        12,
        (),
    ),
    (
        "sextortion: pay or it goes to followers",
        "He was tricked into sending a naked video and told to pay £400 or it would go to all "
        "his followers.",
        16,
        ({"identified": False},),
    ),
    (
        "implied: not for free",
        "She says the man, about 40, sorts her out with trainers, 'not for free obviously', and "
        "she has done it with him in his car.",
        15,
        (),
    ),
    (
        "network: takes money off the men",
        "Her 'boyfriend' tells her which of his mates she has to be with and collects money off "
        "them; they have sex with her.",
        15,
        ({"age": 23}, {"identified": False}),
    ),
    (
        "sexual activity named in a county-lines record",
        "Holding drugs for the olders at a trap house; she says she has to have sex with the "
        "line holders for somewhere to sleep.",
        15,
        (),
    ),
]
HARD_NEGATIVES: list[Row] = [
    (
        "intrafamilial",
        "Stepdad sexually abused her over two years at home; she disclosed to a teacher.",
        12,
        ({"age": 40},),
    ),
    (
        "cce no sexual",
        "Found with 20 wraps; older males gave him a phone, trainers and cash to run a county "
        "line. No sexual element.",
        15,
        (),
    ),
    ("adult victim", "Woman given cocaine and cash by a man who then had sex with her.", 23, ()),
    (
        "adult disclosure as adult",
        "Disclosed that at 25 she was paid for sex by a man she met online.",
        30,
        (),
    ),
    (
        "peers nothing exchanged",
        "She and her boyfriend, both aged 14, have had sex; same age, nothing exchanged.",
        14,
        ({"age": 14},),
    ),
    (
        "parent phone",
        "Mum bought her a new phone for her birthday. She has since had sexual messages from a "
        "boy in her class.",
        14,
        (),
    ),
    (
        "advice",
        "YP was advised about the risks of accepting lifts, gifts and alcohol from older males in "
        "return for sex.",
        14,
        (),
    ),
    ("negation list", "No evidence of gifts, money or sexual activity.", 14, ()),
    (
        "post negation",
        "Gifts and money from older males were denied. She has had sex with her boyfriend who is "
        "15.",
        15,
        (),
    ),
    (
        "nil concerns",
        "Nil concerns re CSE. She has a boyfriend her own age and is sexually active; no gifts.",
        16,
        (),
    ),
    ("conditional", "If she were offered money for sex she says she would tell staff.", 15, ()),
    (
        "training",
        "Staff training on CSE: signs include gifts from older boyfriends and repeat STIs.",
        None,
        (),
    ),
    (
        "robbery handed over",
        "Suspects threatened him and he handed over his phone and cash. He was also sexually "
        "assaulted by one of them.",
        14,
        (),
    ),
    (
        "dad gave money",
        "Her dad gave her money for the bus; on the way a stranger exposed himself to her.",
        13,
        (),
    ),
    (
        "foster carer clothes",
        "Foster carer bought her clothes. She disclosed non-recent sexual abuse by her father.",
        14,
        (),
    ),
    (
        "denies both",
        "Suspect denies that he gave her any money or had sex with her.",
        15,
        ({"age": 30},),
    ),
    ("no one offered", "She said no one has ever offered her money or gifts for sex.", 15, ()),
    (
        "mums partner no gifts",
        "Mum's partner sexually assaulted her; no gifts or money involved.",
        13,
        ({"age": 35},),
    ),
    (
        "routine contraception",
        "Attends for contraception advice; sexually active with boyfriend (16); no concerns of "
        "exploitation; nil gifts.",
        15,
        (),
    ),
    (
        "own money",
        "She bought vodka with her own money and later had sex with a boy from school.",
        15,
        (),
    ),
    (
        "sex education",
        "Sex education session delivered to Y9; pupils discussed gifts and grooming.",
        14,
        (),
    ),
    (
        "paid a visit",
        "Officers paid her a visit at home; she disclosed a sexual assault by a stranger last "
        "year.",
        15,
        (),
    ),
    (
        "phone number",
        "Stranger gave her his phone number and later sexually assaulted her in the park.",
        14,
        (),
    ),
    (
        "gifts were not",
        "She has had sex with her boyfriend (16). No older males. Gifts: none.",
        15,
        (),
    ),
    (
        "peer birthday gift",
        "Boyfriend bought her a necklace for her birthday; they are in a relationship and have "
        "had sex.",
        15,
        ({"age": 15},),
    ),
    (
        "peer boyfriend 15 gift",
        "Her boyfriend (15) bought her a hoodie; they have had sex, she says it was her choice "
        "and there is no pressure.",
        15,
        (),
    ),
    (
        "older sister gave",
        "Her older sister gave her cigarettes. Separately, she reports a boy in her class touched "
        "her.",
        14,
        (),
    ),
    (
        "school gave",
        "School gave her a free laptop. She disclosed her stepfather sexually abused her.",
        13,
        (),
    ),
    (
        "stranger assault",
        "Unknown male exposed himself to her at the bus stop and ran off.",
        12,
        (),
    ),
    (
        "cce debt no sex",
        "He owes the line 400 pounds after being robbed of the drugs; they threatened to stab "
        "him. No sexual element.",
        16,
        (),
    ),
    (
        "adult sugar daddy",
        "Student has a sugar daddy who pays her rent in exchange for sex.",
        20,
        (),
    ),
    (
        "safety plan",
        "Safety plan: if anyone offers her lifts, gifts or money in return for sex she will tell "
        "her key worker.",
        14,
        (),
    ),
    (
        "routine advice",
        "Sexual health advice given. Asked if anyone had given her gifts or money for sex - she "
        "said no.",
        15,
        (),
    ),
    (
        "nfa negation",
        "Allegation that she was given alcohol for sex was investigated and unfounded.",
        15,
        (),
    ),
    (
        "we discussed",
        "We discussed the risks of older men who give gifts in exchange for sex.",
        14,
        (),
    ),
    (
        "ED adult",
        "ED: adult female, alcohol intoxication, reports sexual assault by a man who bought her "
        "drinks at a bar.",
        27,
        (),
    ),
    (
        "child free school meals",
        "Receives free school meals. Disclosed that a boy in her class touched her "
        "inappropriately.",
        12,
        (),
    ),
    (
        "CCE earned",
        "Says he earned 50 pounds a day selling drugs for older males; no sexual concerns.",
        16,
        (),
    ),
    (
        "debt dispute adult sex",
        "Adult male owed money to the victim's partner; argument. No sexual element.",
        30,
        (),
    ),
    (
        "pregnant mum",
        "Mum is pregnant; the child says her stepdad touched her. Stepdad arrested.",
        9,
        ({"age": 38},),
    ),
    (
        "peer STI",
        "15yo treated for chlamydia; boyfriend is 15 and also treated; no concerns of "
        "exploitation.",
        15,
        (),
    ),
    (
        "free taxi home",
        "Police arranged a free taxi home for the girl after she reported being groped by a "
        "stranger on the bus.",
        14,
        (),
    ),
    (
        "hypothetical training",
        "Leaflet: perpetrators often give young people free alcohol or lifts in return for sex.",
        None,
        (),
    ),
    (
        "denied by",
        "Allegation that older males gave her cannabis for sex was denied by the girl and her "
        "friends.",
        15,
        (),
    ),
    # model 3 classes
    (
        "county lines: doing stuff for the olders",
        "YOT: he is doing stuff for the olders, holding and dropping; they gave him a moped and "
        "cash and he owes them, so he has to work it off.",
        15,
        (),
    ),
    (
        "county lines: drugs hidden in underwear",
        "County lines: older males gave the girls phones and cash to hold and deliver; drugs "
        "were hidden in their underwear.",
        15,
        (),
    ),
    (
        "county lines: pregnant peer girlfriend",
        "He is going country for a line run by older males who pay him; his girlfriend (16) is "
        "pregnant.",
        16,
        (),
    ),
    (
        "same-age boyfriend takes her to the cinema",
        "Her boyfriend is 16 and in the same year; he takes her to the cinema and buys her "
        "things. They are sexually active.",
        16,
        (),
    ),
    (
        "parent's 'love' is not an exchange",
        "Her stepfather tells her he loves her and that it is their secret; he has sexually "
        "abused her since she was 9.",
        12,
        ({"age": 44},),
    ),
    (
        "police arranged the taxi",
        "Police arranged a free taxi home for her after she was groped by a stranger.",
        14,
        (),
    ),
]

#: Known gaps, kept visible: each fails today and says so (strict xfail: a fix shows up).
KNOWN_GAPS: list[Row] = [
    (
        "a purchase with no recipient named",
        "ED: 15yo F, alcohol intoxication, found in a hotel room booked by an adult male; "
        "disclosed sex; says he bought the vodka.",
        15,
        (),
    ),
    (
        "sexual activity only implied by 'partner' and 'after'",
        "GP: 15yo has a partner in his early 30s; says he always gives her money after.",
        15,
        (),
    ),
]


@pytest.mark.parametrize(
    ("description", "text", "age", "suspects"), POSITIVES, ids=[r[0] for r in POSITIVES]
)
def test_positive(
    description: str, text: str, age: int | None, suspects: tuple[dict[str, Any], ...]
) -> None:
    d = decide(make(text, victim_age=age, suspects=suspects))
    assert d.cse.met, (description, d.to_json()["cse"])
    assert d.cse.confidence is not None and d.cse.confidence >= 0.7


@pytest.mark.parametrize(
    ("description", "text", "age", "suspects"), HARD_NEGATIVES, ids=[r[0] for r in HARD_NEGATIVES]
)
def test_hard_negative(
    description: str, text: str, age: int | None, suspects: tuple[dict[str, Any], ...]
) -> None:
    d = decide(make(text, victim_age=age, suspects=suspects))
    assert not d.cse.met, (description, d.to_json()["cse"])


@pytest.mark.xfail(strict=True, reason="known gap: see KNOWN_GAPS")
@pytest.mark.parametrize(
    ("description", "text", "age", "suspects"), KNOWN_GAPS, ids=[r[0] for r in KNOWN_GAPS]
)
def test_known_gap(
    description: str, text: str, age: int | None, suspects: tuple[dict[str, Any], ...]
) -> None:
    assert decide(make(text, victim_age=age, suspects=suspects)).cse.met, description
