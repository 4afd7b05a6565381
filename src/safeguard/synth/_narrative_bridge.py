"""Calling the narrative writer, with a plain stand-in while it is not available.

The narrative writer (``_narratives.write_narrative``) is developed separately; until it is
importable the generator still runs, with short factual text built here, and logs once that
it did so. The stand-in is never graphic and states each indicator it is given.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable

from safeguard.synth._narrative_spec import NarrativeSpec

log = logging.getLogger(__name__)

Writer = Callable[[random.Random, NarrativeSpec], str]

_PHRASES = {
    "child_age": "Child is {age}",
    "sexual_activity": "Disclosure of sexual activity",
    "online_sexual": "Sexual messages and images sent online",
    "exchange_gifts": "Has been given gifts and money",
    "exchange_substances": "Given alcohol and cannabis",
    "exchange_lifts_or_stay": "Given lifts and somewhere to stay",
    "exchange_affection_status": "Was made to feel special",
    "exchange_online": "Was sent gift cards and game credit online",
    "exchange_sextortion": "Told the images would be shared unless more were sent",
    "control": "Appears controlled and scared",
    "grooming": "Befriended over several weeks",
    "older_male": "Associating with a much older male",
    "multiple_perpetrators": "Several males involved",
    "facilitation_introduce": "Was introduced to other men",
    "facilitation_transport": "Was driven to other addresses",
    "facilitation_payment": "Money changed hands between the males",
    "facilitation_premises": "A flat was made available",
    "missing": "Reported missing",
    "hotel_takeaway_taxi": "Seen at a hotel and a takeaway",
    "sexual_health": "Attended for sexual-health testing",
    "self_harm": "History of self-harm",
    "substance_misuse": "Using cannabis and alcohol",
    "county_lines": "Believed to be running drugs for a line",
    "family_member": "Suspect is a family member",
    "peer_same_age": "Other party is a peer of the same age",
    "adult_victim": "Victim is an adult",
    "advice_given": "Advised about risks",
    "background_crime": "Report of {offence}",
    "background_intel": "Intelligence about {offence}",
    "images_possession": "Indecent images of children found on a seized device",
}


def _stand_in(rng: random.Random, spec: NarrativeSpec) -> str:
    parts = [
        f"{spec.kind.replace('_', ' ').capitalize()} concerning {spec.child_name or 'subject'}"
    ]
    for name in sorted(spec.indicators):
        parts.append(
            _PHRASES.get(name, name).format(
                age=spec.child_age or "unknown", offence=spec.offence_label or "an offence"
            )
        )
    parts += [f"No indication: {name.replace('_', ' ')}" for name in sorted(spec.negated)]
    if spec.location_names:
        parts.append(f"Location: {spec.location_names[0]}")
    rng.random()  # keep the stream position independent of which writer ran
    return ". ".join(parts) + "."


def writer() -> Writer:
    """The narrative writer: the real one when importable, else the stand-in."""
    try:
        from safeguard.synth._narratives import write_narrative
    except ImportError:
        log.warning("narrative writer not available; using plain stand-in text")
        return _stand_in
    return write_narrative
