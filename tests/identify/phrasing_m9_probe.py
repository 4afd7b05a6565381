"""A probe of model 9's classes in voices they were not written in.

Rows as in ``phrasing_m9.py`` (description, narrative, victim's age or None, suspects, offence
codes). Written after model 9's classes were built, and scored once before anything was read
for misses: model 9 then met cse/1 on 4 of 8 true rows and correctly did not meet 3 of 6
hard negatives. The misses were read as classes ("bits and stuff" as a slot; waking "in a
car with knickers off" as waking with clothes off; an answer "yes" with no "said"), the false
positives as guards (a carer who "made her do things" round the house, drugs "running
packages" as criminal exploitation, a mum's giving joined by "and", an injury "after
falling"): it now meets 7 of 8 (an "uncle" who is "not a relative" since the fourth probe)
and all 6 negatives, a figure on read text; one stays a known gap (:data:`KNOWN_GAPS_9B`).
"""

from __future__ import annotations

from tests.identify.phrasing_m9 import Row

POSITIVES_9B: list[Row] = [
    (
        "health visitor: 'some stuff' with an uncle who is not an uncle",
        "HV note: 13yo sister of baby says 'Uncle Tariq' (not a relative, 40s) buys her "
        "Nike stuff and she's done some stuff with him in his car.",
        13,
        ({"age": 44},),
        (),
    ),
    (
        "GP letter: question answered 'she said she was'",
        "Dear colleague, I saw Jess (14) today for contraception. Her partner is 23 and gives "
        "her money for her phone. I asked whether she is having intercourse; yes, regularly.",
        14,
        ({"age": 23},),
        (),
    ),
    (
        "Scouse voice: 'I done stuff wiv him' for weed",
        "Quote from Cody (15): 'he's sound, he sorts us wiv weed, I done bits and stuff wiv him "
        "at his gaff, ur not gonna tell me mum are u'.",
        15,
        ({"age": 31},),
        (),
    ),
    (
        "police statement: forced to do things to pay the taxi",
        "Statement: The older one said I owed them for the taxi and the drink so they forced "
        "me to do things in the back bedroom. I was 14.",
        14,
        ({"age": 26}, {"age": 29}),
        (),
    ),
    (
        "school DSL: asked for a picture with her top off, gift card sent",
        "DSL log: Y7 girl (11) was sent a £25 Roblox gift card by 'Jake' online who then "
        "asked for a pic with her top off. He says he is 19.",
        11,
        ({"age": 19},),
        (),
    ),
    (
        "youth worker: text-speak 'coz he got me' with a man",
        "Msg shown to YW: 'only went bk there coz he got me a new phone, had sex wiv him' "
        "(sender 15, man is 30 odd).",
        15,
        ({"age": 32},),
        (),
    ),
    (
        "ED: woke up with knickers off after lifts and vodka",
        "ED triage: 16F. Older males gave her lifts and vodka; she woke up in a car with "
        "knickers off and no memory.",
        16,
        ({"age": 27}, {"age": 35}),
        (),
    ),
]

#: Known gaps: money found on the child written "has £80 in cash" is not read as an exchange;
#: a payment with no recipient ("he paid the taxi") is not read as given to the child;
#: "favours" owed to a man (tried as an unnamed act and dropped: "she jokes she owes him
#: favours now", of a neighbour who fixed her bike, read as CSE). (An
#: "uncle" who is "not a relative" was a gap until the fourth probe's fixes.)
KNOWN_GAPS_9B: list[Row] = [
    (
        "teacher: pupil says she 'owes' a man 'favours' for a phone",
        "Teacher: Ava (14) told a friend she owes a man 'favours' for the iPhone he got "
        "her and that she has to go round his when he texts.",
        14,
        ({"age": 29},),
        (),
    ),
    (
        "teen's WhatsApp: 'had to shag his m8 coz he paid the taxi'",
        "Screenshot: 'had to shag his m8 coz he paid the taxi n the room'. Sender 15, men 25+.",
        15,
        ({"age": 26}, {"age": 28}),
        (),
    ),
    (
        "care home log: bruising inner thighs, cash",
        "Residential log 23:40. A returned by private hire, paid by unknown. Has £80 in cash. "
        "Staff saw bruising on inner thighs when she changed. Adult male (30s) suspected.",
        15,
        ({"age": 34},),
        (),
    ),
]

HARD_NEGATIVES_9B: list[Row] = [
    (
        "GP letter: question answered no",
        "Dear colleague, I saw Jess (14) today. Her older cousin (23) gives her lifts. I asked "
        "whether she is having intercourse; no, and she has no boyfriend.",
        14,
        ({"age": 23},),
        (),
    ),
    (
        "care log: made to do chores by a foster carer who pays her",
        "Foster carer made her do things round the house and pays her £5 a week pocket money; "
        "Kelsey (13) says it's unfair.",
        13,
        ({"age": 52},),
        (),
    ),
    (
        "police: forced to do things for a dealer, drugs",
        "Intel: Mason (15) owes a dealer £200 and is forced to do things for him, running "
        "packages to Hull.",
        15,
        ({"age": 24},),
        (),
    ),
    (
        "school: PE bruising to inner thigh from a fall",
        "School nurse: bruising to inner thigh after falling off the climbing frame in PE. "
        "Mum collected her and bought her a McDonald's.",
        11,
        (),
        (),
    ),
    (
        "online: peers swap bath bomb photos",
        "Two Y8 girls (13) swap photos in the bath of their bath bombs on Snapchat and send "
        "each other gifts.",
        13,
        ({"age": 13},),
        (),
    ),
    (
        "text-speak: a peer who gets her food",
        "Message: 'me n my bf r goin cinema, he always gets me food cos hes nice' (both 15).",
        15,
        ({"age": 15},),
        (),
    ),
]

#: A second probe, in other voices again (A&E shorthand, a teenager's messages, a PNC note,
#: a YOT worker), written and scored once after the first probe's fixes: model 9 then met 4 of
#: 8 true rows and 3 of 6 hard negatives. Read as classes ("asked re" as a question, "made to
#: do things", "m8", "shag", "what he done with her", access "to live streams" whoever sells
#: it) and guards (childhood photographs "as a toddler", chores "around the flat"): 7 of 8
#: and 6 of 6 now; the miss is in :data:`KNOWN_GAPS_9B`.
POSITIVES_9C: list[Row] = [
    (
        "A&E nurse: asked re intercourse, 'yep' with a 30yo who gives her vodka",
        "Triage 02:10. 14F intox. Bloke she calls 'Daz' (30ish) supplies vodka + weed. "
        "Asked re intercourse w/ him: 'yep, couple of times'.",
        14,
        ({"age": 30},),
        (),
    ),
    (
        "social worker: 'made to do things' at a house for drink",
        "Amber (14) says when they go to the house on Hill St the older men give them "
        "drink and she gets made to do things she doesn't like.",
        14,
        ({"age": 33},),
        (),
    ),
    (
        "police PNC note: wot he done wiv her",
        "Y9 girl says her mate (14) been staying at a 27yo's flat, he gives her money, "
        "and she's told us what he done wiv her in his bed.",
        14,
        ({"age": 27},),
        (),
    ),
    (
        "school nurse: love bites and bruised inner thighs, older male gives lifts",
        "Nurse: Y10 pupil (15) with love bites and bruised inner thighs. Says an older "
        "lad (22) drives her about and buys her food.",
        15,
        ({"age": 22},),
        (),
    ),
    (
        "CEOP: Snapchat user pays for pics in her knickers",
        "CEOP intel: adult Snapchat user has been sending a 13 year old girl money for "
        "pics in her knickers.",
        13,
        ({"age": 41},),
        (),
    ),
    (
        "intel: two men charge for access to girls' livestreams",
        "B/2/4. Two adult males are charging men for access to live streams of girls "
        "aged 13-15 via a private channel.",
        14,
        ({"age": 30}, {"age": 35}),
        (),
    ),
    (
        "YOT: asked did he sleep with her - 'yeah he did'",
        "YOT: Connor (15) admits an older man (35) gives him cash and weed. Asked "
        "whether the man has slept with him he said yeah.",
        15,
        ({"age": 35},),
        (),
    ),
]

HARD_NEGATIVES_9C: list[Row] = [
    (
        "asked re intercourse: 'nah'",
        "Triage: 14F intox. Bloke (30ish) supplies vodka. Asked re intercourse w/ him: "
        "'nah he's just a mate, never'.",
        14,
        ({"age": 30},),
        (),
    ),
    (
        "'had to do stuff' for the olders: running",
        "Kai (15) said he had to do stuff for the olders cos he owed them, going to "
        "Bristol with bags.",
        15,
        ({"age": 22},),
        (),
    ),
    (
        "a 15yo and 16yo boyfriend, text-speak",
        "Msg: 'me n him slept together, hes 16 n he buys me maccies cos he luvs me'.",
        15,
        ({"age": 16},),
        (),
    ),
    (
        "dad bathed her, gave her pocket money",
        "Dad (40) bathed her and took photos in the bath when she was a toddler; he "
        "gives her pocket money now.",
        12,
        ({"age": 40},),
        (),
    ),
    (
        "made him do his chores for money",
        "Mum's partner (38) made him do stuff around the flat and paid him a fiver.",
        13,
        ({"age": 38},),
        (),
    ),
    (
        "a question answered 'no' in dash form",
        "Asked if anyone has touched her - no. Her older cousin's friend (24) buys her trainers.",
        14,
        ({"age": 24},),
        (),
    ),
]

#: A third probe (Welsh and Salford voices, a teacher, a YOT-style RHI, a school nurse), written
#: and scored once after the second probe's fixes: model 9 then met 6 of 8 true rows and all 6
#: hard negatives. Read: a condition inside a question ("asked if she'd been with him")
#: answered by a nod, and "send us one in ur undies" (more states of undress and "send us
#: one"); 8 of 8 now.
POSITIVES_9D: list[Row] = [
    (
        "Welsh SW: 'been with' a 40yo for fags, she nodded when asked",
        "Home visit. Seren (14) has been hanging about with a man called Gethin, he is "
        "40ish, gives her fags and a lift to school. When I asked if she'd been with "
        "him like that she just nodded.",
        14,
        ({"age": 40},),
        (),
    ),
    (
        "ED: 16yo boy, men at a flat, 'I had to do what they said' for coke",
        "ED: 16M, cocaine toxicity. Told nurse men at a flat in Salford gave him coke "
        "all night and he 'had to do whatever they wanted, all of them'.",
        16,
        ({"age": 35}, {"age": 40}),
        (),
    ),
    (
        "teacher: girl shows messages 'send us one in ur undies'",
        "Teacher: Y8 girl (12) showed me Instagram messages from an adult who sent her "
        "a £30 voucher then wrote 'send us one in ur undies'. She sent one.",
        12,
        ({"age": 29},),
        (),
    ),
    (
        "police: a debt cleared by sleeping 'wiv' the dealer's cousin",
        "Intel: Kelly (15) owes a dealer £300. Dealer (28) told her she can clear it if "
        "she sleeps wiv his cousin. Source states she did.",
        15,
        ({"age": 28}, {"age": 30}),
        (),
    ),
    (
        "CSC: 'sugar daddy' pays phone, they've had sex",
        "CSC: Jade, 15, calls him her sugar daddy (52). He pays her phone and gets her "
        "nails done. Asked if they'd had sex - 'yeah a few times'.",
        15,
        ({"age": 52},),
        (),
    ),
    (
        "RHI: hotel, men, 'I had to do stuff' for the room",
        "RHI: Dani (14) was at a Premier Inn with three men in their 30s who paid for "
        "the room and bought her vodka. She said 'I had to do stuff, they said I owed "
        "them'.",
        14,
        ({"age": 33}, {"age": 36}),
        (),
    ),
    (
        "youth worker: boys paid on Snap for vids in the shower",
        "YW: two Y9 boys (14) say a man on Snap sends them £20 each for vids in the shower.",
        14,
        ({"age": 45},),
        (),
    ),
    (
        "school nurse: bruising to inner thighs, older bf 25 gives money",
        "Y11 (15) seen by school nurse: bruising to inner thighs, says bf is 25 and "
        "gives her money when she stays at his.",
        15,
        ({"age": 25},),
        (),
    ),
]

HARD_NEGATIVES_9D: list[Row] = [
    (
        "asked if been with him, shook head",
        "Seren (14) hangs about with Gethin (40ish), who gives her fags. When asked if "
        "she'd been with him like that she shook her head and laughed.",
        14,
        ({"age": 40},),
        (),
    ),
    (
        "'had to do whatever' in a job: cleaning",
        "Seren (16) works at a cafe for the owner (45), paid cash; says she had to do "
        "whatever he said, like cleaning the fryers.",
        16,
        ({"age": 45},),
        (),
    ),
    (
        "county lines boy 'had to do whatever they wanted'",
        "Jay (15) going country. The olders gave him a phone and he had to do whatever "
        "they wanted, holding and shotting.",
        15,
        ({"age": 22},),
        (),
    ),
    (
        "sibling photos in the bath at a party",
        "Big sister (19) posted photos of the kids in the bath on Instagram; mum bought "
        "them pizza.",
        8,
        ({"age": 19},),
        (),
    ),
    (
        "question yes about a lift only",
        "Asked if the man (30) gave her a lift home - yes. Asked if anything sexual happened - no.",
        14,
        ({"age": 30},),
        (),
    ),
    (
        "16 and 17 couple texting 'wiv'",
        "Msg: 'stayed at his wiv his mum there, we had sex, hes 17 n buys me food'. She is 16.",
        16,
        ({"age": 17},),
        (),
    ),
]
