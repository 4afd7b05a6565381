"""Decision model 8: sexual activity inferred, with its own weaker evidence.

Practitioners often only imply sexual activity: a child "seeing" or "going with" a man much
older who pays for things, men paying someone to be with her, an adult paying a child for
"pics". These rules read such a record as evidence of sexual activity at
:data:`~safeguard.identify._criteria.INFERRED_WEIGHT`, citing ``inferred:`` and the facts it
rests on, so an analyst sees it was inferred. Each needs the child criterion and a met
exchange, and none applies to a record about criminal exploitation (a ``cce`` mention), to a
record that denies sexual activity or says nothing was exchanged (see
``docs/definitions.md``, "Model 8").
"""

from __future__ import annotations

import re
from functools import cache

from safeguard.identify import _criteria as crit
from safeguard.identify._facts import EXPLOITATION_CODES, Facts
from safeguard.identify._partner import adult_partner_ages, kept_only, partner_ages
from safeguard.indicators import Evidence, lexicon

#: The frames in which a record calls it a relationship or uses a euphemism for it.
FRAMES = ("relationship", "partner_frame")
#: Narrative groups that show something was given or paid (the exchange itself).
GIVEN = ("exchange", "exchange_for", "gain", "status", "access_sold")
#: Narrative groups that name an adult ("a man", "older guy", "unknown male").
ADULT = ("older_adult", "unknown_adult")
#: With no age for the child (only "Y10", "a teenager"), an adult this old is at least
#: :data:`~safeguard.identify._criteria.RELATIONSHIP_GAP` years older than any child.
ADULT_OVER_ANY_CHILD = 17 + crit.RELATIONSHIP_GAP
#: Blocks every rule: the record is about criminal exploitation, denies sexual activity, says
#: nothing was exchanged, or is training material ("scenarios discussed"), not a child's record.
BLOCKERS = ("cce", crit.SEXUAL_DENIED, "no_exchange", "not_a_case")
_NUMBER = re.compile(r"\d{2}")
#: Words that name who received what was given ("pays her", "sends him Robux", "paying
#: girls"): the image rule needs the child to be paid, not a photographer who "was paid".
RECIPIENTS = frozenset({"her", "him", "them", "me", "us", "you", "girls", "boys", "kids"})
_WORD = re.compile(r"[a-z]+")
#: Plain words for pictures (with a sexual adjective they are sexual activity already).
IMAGES = frozenset(
    {"pics", "pic", "pictures", "picture", "photos", "photo", "videos", "video", "vids"}
    | {"selfies", "selfie", "images"}
)


#: How far after a frame (characters, within its sentence) the words are read for who it is
#: with: a family member or a professional makes it company or a service, not a relationship
#: ("stays at his flat - he's her older brother", "is seeing a counsellor").
FRAME_AFTER = 60
#: Within this many words after a frame, "to" makes it company on the way somewhere ("been
#: going with her to appointments", "going with a man of 25 to Leeds").
ACCOMPANIED_WITHIN = 4
PROFESSIONALS = frozenset(
    {"counsellor", "counselor", "doctor", "gp", "nurse", "therapist", "camhs", "dentist"}
    | {"midwife", "psychologist", "psychiatrist", "consultant", "social", "worker", "tutor"}
    | {"mentor", "coach", "police", "officer", "solicitor", "support", "teacher", "advocate"}
)
#: Who plain pictures "of" may be of for the image rule: the child ("pics of herself"), not a
#: thing ("pics of the dog for his eBay listing").
PICTURED = frozenset(
    {"her", "him", "herself", "himself", "themselves", "them", "me", "myself", "you"}
    | {"yourself", "girl", "girls", "boy", "boys", "child", "children", "body", "bodies"}
)
#: Model 9: how many words after a coerced act are read for what it was (an ordinary task),
#: and how many characters before it for who made the child do it (a family member, a carer).
COERCED_AFTER = 8
COERCED_BEFORE = 40
#: Ordinary tasks, errands and criminal work a child may be made to do: named, they are not
#: unnamed (sexual) acts ("made me do my homework", "had to do chores", "had to do drops").
ORDINARY = frozenset(
    {"homework", "chores", "chore", "jobs", "job", "housework", "cleaning", "clean", "washing"}
    | {"cooking", "cook", "dishes", "hoovering", "errands", "errand", "shopping", "school"}
    | {"wash", "tidy", "tidying", "garden", "gardening", "customers", "shift", "homeworks"}
    | {"drops", "drop", "runs", "run", "running", "deliveries", "delivery", "deliver", "sell"}
    | {"selling", "shoplifting", "steal", "stealing", "robberies", "robbery", "graft", "shifts"}
    | {"package", "packages", "parcel", "parcels", "drugs", "weed", "county", "lines", "work"}
    | {"revision", "coursework", "exercise", "workout", "training", "practice", "lessons"}
)
#: Model 9: the words of a forensic service, a sign only with another (:func:`_signs`).
FORENSIC = frozenset({"sarc", "isva", "forensic", "assault"})
#: Words that name a coerced act by an example ("things like cleaning his car"), unless what
#: follows is vague ("stuff like that").
EXAMPLES = frozenset({"like", "such", "including"})
VAGUE = frozenset({"that", "this", "dat", "them", "it"})
#: Chores "around the flat", "round the house".
AROUND = frozenset({"around", "round"})
HOME = frozenset({"house", "flat", "home", "kitchen", "garden", "place", "yard"})
#: Possessives and articles before a family member ("with her mum").
_OWNERS = frozenset({"her", "his", "their", "my", "your", "the", "a"})
_ARTICLES = frozenset({"the", "a", "an", "his", "their", "some"})
_SENTENCE_END = re.compile(r"[.!?;\n]")


def infer_sexual(
    result: crit.Strength,
    f: Facts,
    counted: crit.Counted,
    child: crit.Strength,
    exchanged: crit.Strength,
    text: str | None,
) -> None:
    """Add inferred sexual activity to ``result`` when a model 8 rule holds.

    Args:
        result: the sexual-activity criterion, as the record's own evidence left it.
        f: the record's structured facts.
        counted: the counted narrative spans by group.
        child: the child criterion.
        exchanged: the exchange criterion.
        text: the narrative, for the words just after a frame or a picture.
    """
    if result.met or not counted or not text or not (child.met and exchanged.met):
        return
    if any(b in counted for b in BLOCKERS):
        return
    for rule in (_sold, _framed, _images, _coerced, _signs):
        cited = rule(f, counted, text)
        if cited:
            result.add(crit.INFERRED_WEIGHT, f"inferred: {cited}")
            return


def _sold(f: Facts, counted: crit.Counted, text: str) -> str | None:
    """Access to the child sold: men pay someone for her ("renting her out to his mates"), or
    a facilitator who offers the child to others and takes money (facilitation and gain, as
    two separate spans: "keeps half the money" alone is both, and may be a parent's board)."""
    del f, text
    if "access_sold" in counted:
        return f"'{counted['access_sold'][0].text}' (access to the child sold)"
    for helped in counted.get("facilitation", ()):
        for gain in counted.get("gain", ()):
            if not (helped.start < gain.end and gain.start < helped.end):  # two facts, not one
                return f"'{helped.text}' and '{gain.text}' (the child offered to others for money)"
    return None


def _framed(f: Facts, counted: crit.Counted, text: str) -> str | None:
    """A relationship or euphemism frame with an adult much older than the child, and
    something given (not only affection). Not written about a family member, nor company or a
    service (:func:`_partner`)."""
    frames = [
        s
        for g in FRAMES
        for s in counted.get(g, ())
        if not crit.parental_affection(s, counted) and _partner(s, text)
    ]
    if not frames or crit.CONTROL_DENIED in counted or not _given(f, counted):
        return None
    older = _much_older(f, counted)
    if older is None:
        return None
    return f"'{frames[0].text}' with {older}, and something given"


def _images(f: Facts, counted: crit.Counted, text: str) -> str | None:
    """Plain "pictures" just after something given (``image_paid``: "sends him Robux for
    selfies"; or an exchange "for" them: "£20 for photos") to the child (a recipient named:
    "pays her", not a photographer who "was paid"), by an adult, not a peer and not a family
    member: an adult paying a child for images."""
    paid_for = [
        s
        for s in (*counted.get("image_paid", ()), *_for_images(counted))
        if _of_the_child(_words_after(text, s.end))
    ]
    if not paid_for or "peer" in counted or crit._peers(f, counted):
        return None
    gifts = [
        s
        for g in ("exchange", "exchange_for")
        for s in counted.get(g, ())
        if RECIPIENTS.intersection(_WORD.findall(s.text.lower()))
    ]
    for paid in paid_for:
        for gift in gifts:
            if _overlap(paid, gift) and not crit.parental_affection(gift, counted):
                adult = _adult(f, counted)
                if adult:
                    return f"'{gift.text}' for '{paid.text}' from {adult}"
    return None


def _coerced(f: Facts, counted: crit.Counted, text: str) -> str | None:
    """Model 9: acts the child was made or had to do, not named (``coerced_act``: "they made
    me do things", "had to be nice to his mate"), with something given or owed and an adult
    or several people present; not an ordinary task named just after it ("made me do my
    homework", "had to do chores"), nor for a family member or a professional ("had to be
    nice to her nan"), nor between peers."""
    acts = [
        s
        for s in counted.get("coerced_act", ())
        if _unnamed_act(s, text, _words_after(text, s.end))
    ]
    if not acts or "peer" in counted or crit._peers(f, counted) or not _given(f, counted):
        return None
    adult = _adult(f, counted) or _several(counted)
    if adult is None:
        return None
    acted = f"'{acts[0].text}' (unnamed acts, made to do or let happen)"
    return f"{acted} with {adult}, and something given"


def _signs(f: Facts, counted: crit.Counted, text: str) -> str | None:
    """Model 9: two weak signs together, a forensic service (SARC, ISVA, a forensic
    examination) and clothing torn or in disarray ("torn top", "clothes messed up"), with
    something given and an adult or several people present. Either alone is supporting
    context only (a SARC visit may follow anything; a torn top, a fight)."""
    del text
    forensic = [
        s for s in counted.get("sexual_health", ()) if FORENSIC.intersection(s.text.lower().split())
    ]
    clothing = counted.get("clothing_sign", ())
    if not forensic or not clothing or "peer" in counted or crit._peers(f, counted):
        return None
    adult = _adult(f, counted) or _several(counted)
    if adult is None or not _given(f, counted):
        return None
    return (
        f"'{forensic[0].text}' and '{clothing[0].text}' (signs) with {adult}, and something given"
    )


def _unnamed_act(span: Evidence, text: str, after: list[str]) -> bool:
    """An act (or, model 10, a frame) left unnamed by the words ``after`` it (:func:`_unnamed`)
    and by the word just before it: not done for, made or let by a family member or a
    professional ("foster carer made her do things", "carer lets him do things")."""
    return _unnamed(after) and _unnamed(_words_before(text, span.start)[-1:])


def _unnamed(words: list[str]) -> bool:
    """Whether the words after (or before) a coerced act leave it unnamed: no ordinary task,
    errand or criminal work among them, and no family member or professional it is done for
    (or who made the child do it, the word just before it: "foster carer made her do
    things")."""
    if len(words) > 1 and words[0] in EXAMPLES and words[1] not in VAGUE:
        return False  # "things like set out cones": named by an example ("like that" is not)
    if words[:1] and words[0] in AROUND and HOME.intersection(words[1:4]):
        return False  # "do stuff around the flat": chores
    return _naming().isdisjoint(words[:COERCED_AFTER])


@cache
def _family_or_professional() -> frozenset[str]:
    """Family words (the lexicon's) and professionals: who an act or a frame may be about."""
    return lexicon().family | PROFESSIONALS


@cache
def _naming() -> frozenset[str]:
    """The words that name what a coerced act was, or who it was for (:func:`_unnamed`)."""
    return ORDINARY | _family_or_professional()


def family_euphemisms(counted: crit.Counted, text: str | None) -> crit.Counted:
    """``counted`` without the euphemisms done with a family member or a professional named
    just after them ("done some stuff with her mum at the weekend").

    Args:
        counted: the counted narrative spans by group.
        text: the narrative.

    Returns:
        ``counted``, or a copy without those ``sexual_implied`` spans.
    """
    spans = counted.get("sexual_implied")
    if not spans or not text:
        return counted
    near = _family_or_professional()
    kept = [s for s in spans if not _with_family(_words_after(text, s.end, 25), near)]
    if len(kept) == len(spans):
        return counted
    return kept_only(counted, "sexual_implied", kept)


def _with_family(words: list[str], near: frozenset[str]) -> bool:
    rest = [w for w in words[:3] if w not in _OWNERS]
    return bool(rest) and rest[0] in near


def _several(counted: crit.Counted) -> str | None:
    """Several people who may take part ("the lads", "him and his mates")."""
    spans = [s for g in ("multiple_perpetrators", "associates") for s in counted.get(g, ())]
    return f"'{spans[0].text}'" if spans else None


def _words_after(text: str, end: int, width: int = FRAME_AFTER) -> list[str]:
    """The lower-case words in the ``width`` characters after ``end``, to the sentence end."""
    after = _SENTENCE_END.split(text[end : end + width], maxsplit=1)[0]
    return _WORD.findall(after.lower())


def _words_before(text: str, start: int, width: int = COERCED_BEFORE) -> list[str]:
    """The lower-case words in the ``width`` characters before ``start``, from the sentence
    start."""
    before = _SENTENCE_END.split(text[max(0, start - width) : start])[-1]
    return _WORD.findall(before.lower())


def _partner(frame: Evidence, text: str) -> bool:
    """Whether a frame is about a partner: no "to" just after it (company on the way
    somewhere), no family member or professional named just after it, and (model 10) not a
    task named after it or let by a carer before it (:func:`_unnamed_act`: "lets him do
    things like cooking")."""
    words = _words_after(text, frame.end)
    if "to" in words[:ACCOMPANIED_WITHIN]:
        return False
    if _family_or_professional().intersection(words):
        return False
    return _unnamed_act(frame, text, words)


def _of_the_child(words: list[str]) -> bool:
    """Plain pictures not "of" something other than a person ("pics of the dog")."""
    if not words or words[0] != "of":
        return True
    rest = [w for w in words[1:] if w not in _ARTICLES]
    return bool(rest) and rest[0] in PICTURED


def _for_images(counted: crit.Counted) -> list[Evidence]:
    """The exchanges made "for" plain pictures ("£20 for photos", "credit for videos")."""
    return [
        s
        for s in counted.get("exchange_for", ())
        if IMAGES.intersection(_WORD.findall(s.text.lower()))
    ]


def _overlap(a: Evidence, b: Evidence) -> bool:
    return a.start <= b.end and b.start <= a.end


def _given(f: Facts, counted: crit.Counted) -> bool:
    return bool(
        f.codes & EXPLOITATION_CODES or "paid" in f.link_types or any(g in counted for g in GIVEN)
    )


def _much_older(f: Facts, counted: crit.Counted) -> str | None:
    """Who the much older adult is, from the structured ages, else the narrative; None when
    the ages say a peer or nothing says an adult.

    Structured: an adult (18+) :data:`~crit.RELATIONSHIP_GAP` years or more older than the
    child, or more than :data:`~crit.PEER_GAP` older than a child under 16; with no age for
    the child, an adult of :data:`ADULT_OVER_ANY_CHILD` or more. Narrative: an age written
    with the adult or the frame ("a 30 year old", "going with a 29yo") as above, or any adult
    ("a man") with a child under 16.
    """
    if "peer" in counted:
        return None
    ages = partner_ages(f)
    if ages:
        return _gap(max(ages), f.victim_age)
    v = f.victim_age
    for span in (s for g in (*ADULT, *FRAMES) for s in counted.get(g, ())):
        numbers = [int(n) for n in _NUMBER.findall(span.text)]
        if numbers:
            found = _gap(max(numbers), v)
            if found:
                return found
        elif v is not None and v < crit.UNDER and span.indicator in ADULT:
            return f"'{span.text}' (an adult, the child {v})"
    return None


def _gap(adult: int, child: int | None) -> str | None:
    if adult < 18:
        return None
    if child is None:
        return f"an adult aged {adult}" if adult >= ADULT_OVER_ANY_CHILD else None
    gap = adult - child
    if gap >= crit.RELATIONSHIP_GAP or (child < crit.UNDER and gap > crit.PEER_GAP):
        return f"an adult {gap} years older"
    return None


def _adult(f: Facts, counted: crit.Counted) -> str | None:
    """An adult: a structured adult age at least :data:`~crit.AGE_GAP` older than the child
    (or any adult with no age for the child), else an adult named in the narrative."""
    adults = adult_partner_ages(f)
    if adults:
        oldest = max(adults)
        if f.victim_age is None or oldest - f.victim_age >= crit.AGE_GAP:
            return f"an adult aged {oldest}"
        return None
    spans = [s for g in (*ADULT, "grooming") for s in counted.get(g, ())]
    return f"'{spans[0].text}'" if spans else None
