"""The interface between the scenario generator and the narrative writer.

The scenario generator decides what a record's text must say (so that the text and the ground
truth agree); the narrative writer (``_narratives.py``) decides how it is said: paraphrases,
register of the writer, abbreviations, typos, negations and victim-blaming phrasing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# What a narrative can express. The scenario generator sets these; the writer must render each
# one it is given (in `indicators`) as a positive statement and each in `negated` as a negation
# ("no concerns about older associates").
INDICATORS = frozenset(
    {
        "child_age",  # the child's age is stated in the text ("14 yr old", "aged 13")
        "sexual_activity",  # sexual activity, in general, non-graphic terms
        "online_sexual",  # images, video calls, sexual messages online (content only, no threats)
        "exchange_gifts",  # gifts, money, phone, clothes, vapes, food given to the child
        "exchange_substances",  # alcohol or drugs given to the child
        "exchange_lifts_or_stay",  # lifts, somewhere to stay
        "exchange_affection_status",  # affection, attention, status
        "exchange_online",  # gift cards, game currency, money or phone credit sent online
        "exchange_sextortion",  # images held over the child: more sent so they are not shared
        "control",  # control, coercion, threats, manipulation, deception
        "grooming",  # befriending, "boyfriend" much older, building trust
        "older_male",  # a much older male or "boyfriend"
        "multiple_perpetrators",  # two or more people, identified or not
        "facilitation_introduce",  # introduced the child to others
        "facilitation_transport",  # drove/transported the child to others
        "facilitation_payment",  # took payment for the child
        "facilitation_premises",  # let premises (flat, hotel room, takeaway) be used
        "missing",  # missing from home, care or school
        "hotel_takeaway_taxi",  # hotels, takeaways, taxi offices named
        "sexual_health",  # sexual-health needs (tests, emergency contraception)
        "self_harm",
        "substance_misuse",  # the child using drugs or alcohol
        "county_lines",  # drug running, county lines, criminal exploitation (no sexual element)
        "family_member",  # the suspect is a family member (intrafamilial)
        "peer_same_age",  # the other party is a peer of about the same age
        "adult_victim",  # the victim is an adult
        "advice_given",  # the child was advised about risks (hypothetical/advice phrasing)
        "background_crime",  # ordinary crime with no child-exploitation content
        "background_intel",  # intelligence about ordinary crime (the subjects, not a victim)
        "images_possession",  # indecent images of children held or shared; no child identified
    }
)


@dataclass(frozen=True, slots=True)
class NarrativeSpec:
    """What one record's narrative must say.

    Names are fictitious and already varied as the record holds them. ``None`` means unknown.
    """

    kind: str  # crime, incident, missing_episode, referral, intelligence
    source_type: str  # police, childrens_social_care, health, education, missing_persons, ...
    scenario: str  # e.g. cse_group, cse_lone, cse_online, csa_intrafamilial, cce, peer, background
    indicators: frozenset[str] = frozenset()
    negated: frozenset[str] = frozenset()
    child_name: str | None = None
    child_age: int | None = None
    suspect_names: tuple[str, ...] = ()  # as recorded: nicknames, first names, "unknown male"
    unidentified_suspects: int = 0  # people known to exist but not named
    location_names: tuple[str, ...] = ()  # "the Star Hotel", "Pizza Express on Mill Lane"
    vehicle: str | None = None  # "a silver Toyota Prius, reg AB12 CDE"
    offence_label: str | None = None  # for background crimes: "theft from a vehicle"
    victim_blaming: bool = False  # write in victim-blaming language
    # False when the record has no victim to describe (indecent images with no child
    # identified): the writer then opens with the offence and the suspect and names no victim.
    victim: bool = True
    extra: dict[str, str] = field(default_factory=dict)  # free-form hints for the writer
