"""Write the free text of one synthetic record from a :class:`NarrativeSpec`.

The scenario generator decides *what* a record says; this module decides *how*: the register of
the writer (police log, social-care referral, school concern, clinic note, 5x5x5 intelligence),
many paraphrases per indicator, negations, abbreviations, typos, routine detail and, when asked,
victim-blaming language. All wording lives in YAML under ``phrases/`` (loaded and expanded by
``_phrase_bank.py``), so that writing a record is only random picks, a join and one
``str.format_map`` (it is called about a million times for a national dataset).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from safeguard.synth._narrative_spec import NarrativeSpec
from safeguard.synth._phrase_bank import Bank as _Bank
from safeguard.synth._phrase_bank import PhraseBankError
from safeguard.synth._phrase_bank import Phrases as _Phrases
from safeguard.synth._phrase_bank import Template as _Template
from safeguard.synth._phrase_bank import phrases as _phrases

__all__ = ["PhraseBankError", "write_narrative"]

_PRONOUNS = {
    "F": {"she": "she", "She": "She", "obj": "her", "poss": "her", "Poss": "Her", "refl": "herself"},  # noqa: E501
    "M": {"she": "he", "She": "He", "obj": "him", "poss": "his", "Poss": "His", "refl": "himself"},
}  # fmt: skip
# When a prefix ("It is reported that ") goes before a sentence, its first value is lower-cased.
_LOWER_KEYS = {"{C}": "{c}", "{She}": "{she}", "{S}": "{s}", "{Grp}": "{grp}", "{Poss}": "{poss}",
               "{Off}": "{off}", "{Veh}": "{veh}"}  # fmt: skip
_VENUE_WORDS = ("hotel", "inn", "lodge", "takeaway", "kebab", "pizza", "chicken", "taxi", "cars")
_NO_VICTIM = "no_victim"  # the register of a record with no victim to describe
_TWO_LINES = frozenset({"background_crime", "background_intel", "images_possession"})  # summaries
_BACKGROUND = frozenset({"background_crime", "background_intel"})
TYPO_RATE = 0.15  # share of records with a typing slip
SHOUTY_RATE = 0.04  # share of incident logs typed in capitals
PREFIX_RATE = 0.25  # share of body sentences put in the writer's voice
VB_SWAP_RATE = 0.6  # share of indicators phrased in victim-blaming terms, when asked

_Rand = Callable[[], float]  # rng.random, bound once per record


def _say(r: _Rand, bank: _Bank) -> str:
    """One wording of one template of ``bank``."""
    tpl = bank[int(r() * len(bank))]
    return tpl[int(r() * len(tpl))]


def _pick(r: _Rand, items: tuple[Any, ...]) -> Any:
    return items[int(r() * len(items))]


_REGISTERS: dict[tuple[str, str, str, bool], _Register] = {}


@dataclass(frozen=True, slots=True)
class _Register:
    """The wording of one kind of record from one source (about the scenario, for closings)."""

    openings: _Bank
    routine: _Bank
    closings: _Bank
    prefixes: tuple[str, ...]
    child_refs: tuple[str, ...]


def _most_specific(table: Mapping[str, Any], *keys: str) -> Any:
    return next(table[k] for k in (*keys, "default") if k in table)


def _register(ph: _Phrases, spec: NarrativeSpec) -> _Register:
    """Openings by ``kind:source``, source, then kind; closings by ``scenario:kind``, then kind;
    the rest by the writer's register. A record with no victim has a register of its own."""
    kind, source, scenario = spec.kind, spec.source_type, spec.scenario
    key = (kind, source, scenario, spec.victim)
    found = _REGISTERS.get(key)
    if found is None:
        writer = "intelligence" if kind == "intelligence" else source
        opening_keys: tuple[str, ...] = (f"{kind}:{source}", source, kind)
        closing_keys = (f"{scenario}:{kind}", kind)
        if not spec.victim:
            closing_keys = (f"{scenario}:{kind}", _NO_VICTIM)
            opening_keys = (f"{kind}:{_NO_VICTIM}", _NO_VICTIM)
            writer = writer if kind == "intelligence" else _NO_VICTIM
        sections = ph.registers
        found = _REGISTERS[key] = _Register(
            openings=_most_specific(sections["openings"], *opening_keys),
            routine=_most_specific(sections["routine"], writer),
            closings=_most_specific(sections["closings"], *closing_keys),
            prefixes=_most_specific(ph.prefixes, writer),
            child_refs=_most_specific(ph.child_refs, writer),
        )
    return found


def _group(ph: _Phrases, r: _Rand, spec: NarrativeSpec, pron: dict[str, str]) -> str:
    """Describe everyone involved: "Kaz, Mo and 2 unk males"."""
    parts = list(spec.suspect_names)
    n = spec.unidentified_suspects
    if n > 0:
        count = _pick(r, ph.numbers.get(str(n), (str(n),)))
        ic = _pick(r, ("1", "1", "2", "3", "4", "6"))
        parts.append(_pick(r, ph.unidentified).format(n=count, ic=ic))
    elif len(parts) == 1:
        parts.append(_pick(r, ph.fallbacks["more_names"]))
    elif not parts:
        return str(_pick(r, ph.fallbacks["group"]).format_map(pron))
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _venue(ph: _Phrases, r: _Rand, spec: NarrativeSpec) -> str:
    """A hotel, takeaway or taxi office among the places named, else a made-up one."""
    if "hotel_takeaway_taxi" not in spec.indicators and "hotel_takeaway_taxi" not in spec.negated:
        return ""
    for name in spec.location_names:
        low = name.lower()
        if any(w in low for w in _VENUE_WORDS):
            return name
    return str(_pick(r, ph.fallbacks["venue"]))


def _child(ph: _Phrases, r: _Rand, spec: NarrativeSpec, reg: _Register) -> tuple[str, str]:
    """The child's first mention and the short reference used after it."""
    fb = ph.fallbacks
    if not spec.victim:  # only an unidentified child in images can be meant
        return str(_pick(r, fb[_NO_VICTIM])), "the child"
    if "adult_victim" in spec.indicators:
        pool, short = fb["adult"], "the victim"
    elif spec.indicators & _BACKGROUND:
        pool, short = fb["background_person"], "IP"
    else:
        male = spec.extra.get("child_sex", "F")[:1].upper() == "M"
        pool, short = (fb["child_male"] if male else fb["child"]), "the YP"
    if not spec.child_name:
        return str(_pick(r, pool)), short
    ref = _pick(r, reg.child_refs)
    return spec.child_name, ref.replace("{first}", spec.child_name.split()[0])


def _age_phrase(ph: _Phrases, r: _Rand, spec: NarrativeSpec) -> str:
    if "child_age" not in spec.indicators:
        return ""
    if spec.child_age is None:
        adult = "adult_victim" in spec.indicators
        return str(_pick(r, ph.fallbacks["unknown_age_adult" if adult else "unknown_age"]))
    return _say(r, ph.pos["child_age"]).replace("{age}", str(spec.child_age))


def _location_pool(spec: NarrativeSpec) -> str:
    """Unnamed places: said from the child's side ("an address she couldn't name") only when
    there is a child or victim to say it."""
    return "location" if spec.victim and "background_crime" not in spec.indicators else "place"


def _context(ph: _Phrases, r: _Rand, spec: NarrativeSpec, reg: _Register) -> dict[str, str]:
    male = spec.extra.get("child_sex", "F")[:1].upper() == "M"
    pron = _PRONOUNS["M" if male else "F"]
    fb = ph.fallbacks
    names, locs = spec.suspect_names, spec.location_names
    cfull, c = _child(ph, r, spec, reg)
    unnamed = fb["suspect" if spec.victim else "suspect_only"]
    s = names[0] if names else str(_pick(r, unnamed).format_map(pron))
    grp = _group(ph, r, spec, pron) if "multiple_perpetrators" in spec.indicators else s
    veh = spec.vehicle or _pick(r, fb["vehicle"])
    off = spec.offence_label or _pick(r, fb["offence"])
    ctx = {
        "cfull": cfull, "agep": _age_phrase(ph, r, spec), "c": c, "C": c[:1].upper() + c[1:],
        "s": s, "S": s[:1].upper() + s[1:], "grp": grp, "Grp": grp[:1].upper() + grp[1:],
        "s2": names[1] if len(names) > 1 else _pick(r, fb["suspect2"]),
        "loc": locs[0] if locs else _pick(r, fb[_location_pool(spec)]).format_map(pron),
        "loc2": locs[1] if len(locs) > 1 else _pick(r, fb["location2"]),
        "venue": _venue(ph, r, spec), "veh": veh, "Veh": veh[:1].upper() + veh[1:],
        "off": off, "Off": off[:1].upper() + off[1:], "age": str(spec.child_age or ""),
    }  # fmt: skip
    ctx.update(pron)
    return ctx


def _voice(prefix: str, sentence: str) -> str:
    """Put ``prefix`` before a sentence led by its subject ("{C} says"), not "Denies ..."."""
    if not sentence.startswith("{"):
        return sentence
    end = sentence.find("}") + 1
    return prefix + _LOWER_KEYS.get(sentence[:end], sentence[:end]) + sentence[end:]


def _body(ph: _Phrases, r: _Rand, spec: NarrativeSpec) -> list[str]:
    """One sentence per indicator and per negation, before values are filled in."""
    out: list[str] = []
    blamed = False
    for ind in sorted(spec.indicators):
        if ind == "child_age":
            continue
        vb = ph.vb.get(ind)
        if spec.victim_blaming and vb and r() < VB_SWAP_RATE:
            out.append(_say(r, vb))
            blamed = True
            continue
        bank = ph.pos[ind]
        i = int(r() * len(bank))
        out.append(_pick(r, bank[i]))
        if ind in _TWO_LINES:  # an offence summary takes two different lines
            out.append(_pick(r, bank[(i + 1 + int(r() * (len(bank) - 1))) % len(bank)]))
    out.extend(_say(r, ph.neg[ind]) for ind in sorted(spec.negated))
    if spec.victim_blaming and (not blamed or r() < 0.3):
        out.append(_say(r, ph.vb_general))
    return out


def _arrange(r: _Rand, body: list[str], reg: _Register, n_routine: int) -> None:
    """Shuffle the body (Fisher-Yates on ``r``) and mix in routine detail at random places."""
    for i in range(len(body) - 1, 0, -1):
        j = int(r() * (i + 1))
        body[i], body[j] = body[j], body[i]
    last: _Template | None = None
    for _ in range(n_routine):
        tpl = _pick(r, reg.routine)
        if tpl is not last:  # never the same routine line twice
            body.insert(int(r() * (len(body) + 1)), _pick(r, tpl))
        last = tpl


def _typo(r: _Rand, text: str) -> str:
    """Swap or drop a letter inside one longer word, as a hurried typist would."""
    for _ in range(4):
        i = int(r() * len(text))
        start = text.rfind(" ", 0, i) + 1
        end = text.find(" ", i)
        end = len(text) if end < 0 else end
        word = text[start:end]
        if len(word) >= 5 and word.isalpha() and word.islower():
            j = 1 + int(r() * (len(word) - 3))
            if r() < 0.5:
                word = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
            else:
                word = word[:j] + word[j + 1 :]
            return text[:start] + word + text[end:]
    return text


def write_narrative(rng: random.Random, spec: NarrativeSpec) -> str:
    """Write the narrative of one record.

    Args:
        rng: the only source of randomness; the text depends on its state and ``spec`` alone.
        spec: what the text must say. ``spec.extra["child_sex"]`` ("F" or "M", default "F")
            chooses the child's pronouns; ``spec.victim=False`` (no victim to describe, as for
            indecent images with no child identified) writes in a register that names the
            suspects or subjects and calls no one the victim, IP or YP.

    Returns:
        One paragraph in the register of ``spec.kind`` and ``spec.source_type``.

    Example:
        >>> spec = NarrativeSpec(kind="missing_episode", source_type="police", scenario="cse_lone",
        ...                      indicators=frozenset({"missing", "child_age"}), child_age=14)
        >>> text = write_narrative(random.Random(1), spec)
    """
    ph = _phrases()
    r = rng.random
    kind = spec.kind
    reg = _register(ph, spec)
    ctx = _context(ph, r, spec, reg)
    body = _body(ph, r, spec)
    if "background_crime" not in spec.indicators:  # a victim's crime summary stays plain
        for i, sentence in enumerate(body):
            if r() < PREFIX_RATE:
                body[i] = _voice(_pick(r, reg.prefixes), sentence)
    n = len(body)
    _arrange(r, body, reg, 2 if n <= 2 else 1 if n <= 5 else 0)
    body.insert(0, _say(r, reg.openings))
    if n < 8 or r() < 0.5:
        body.append(_say(r, reg.closings))
    joiner = " - " if kind == "incident" and r() < 0.3 else ". "
    text = joiner.join(body).format_map(ctx)
    text = text[:1].upper() + text[1:] + "."
    if r() < TYPO_RATE:
        text = _typo(r, text)
    if kind == "incident" and r() < SHOUTY_RATE:
        text = text.upper()
    return text
