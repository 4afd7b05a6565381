"""Loading, checking and expanding the phrase files under ``phrases/``.

Templates are expanded once, on first use, into every wording they allow (about 12,000 short
strings in all), so that writing a record (``_narratives.py``) is only random picks, a join and
one ``str.format_map``. See the header of ``phrases/registers.yaml`` for the template syntax
(``[a|b]`` alternatives, ``{name}`` values).
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

from safeguard.errors import SafeguardError
from safeguard.synth._narrative_spec import INDICATORS

INDICATOR_FILES = (
    "people",
    "exchange",
    "abuse",
    "facilitation",
    "welfare",
    "other_harm",
    "images",
)
PRONOUN_KEYS = frozenset(("she", "She", "obj", "poss", "Poss", "refl"))
CONTEXT_KEYS = PRONOUN_KEYS.union(
    ("cfull", "agep", "c", "C", "s", "S", "s2", "grp", "Grp", "loc", "loc2", "venue", "veh", "Veh",
     "off", "Off", "age")
)  # fmt: skip
REGISTER_SECTIONS = ("openings", "routine", "closings")

Template = tuple[str, ...]  # every wording of one template, fully expanded at load time
Bank = tuple[Template, ...]


class PhraseBankError(SafeguardError):
    """The bundled phrase files are malformed (every problem is listed)."""


@dataclass(frozen=True, slots=True)
class Phrases:
    """Every phrase bank, expanded."""

    pos: dict[str, Bank]
    neg: dict[str, Bank]
    vb: dict[str, Bank]
    vb_general: Bank
    registers: dict[str, dict[str, Bank]]  # section -> register key -> templates
    prefixes: dict[str, tuple[str, ...]]
    fallbacks: dict[str, tuple[str, ...]]  # fully expanded; may hold pronoun fields
    unidentified: tuple[str, ...]
    numbers: dict[str, tuple[str, ...]]
    child_refs: dict[str, tuple[str, ...]]


def expand(text: str, start: int = 0) -> tuple[list[str], int]:
    """Expand ``text[start:]`` up to an unmatched ``]`` or ``|`` into every alternative."""
    out, i = [""], start
    while i < len(text) and text[i] not in "]|":
        if text[i] == "[":
            alts, i = _alternatives(text, i + 1)
            out = [o + a for o in out for a in alts]
        else:
            j = i
            while j < len(text) and text[j] not in "[]|":
                j += 1
            out = [o + text[i:j] for o in out]
            i = j
    return out, i


def _alternatives(text: str, start: int) -> tuple[list[str], int]:
    alts: list[str] = []
    i = start
    while True:
        seq, i = expand(text, i)
        alts.extend(seq)
        if i >= len(text):
            raise PhraseBankError(f"unclosed '[' in template: {text!r}")
        i += 1
        if text[i - 1] == "]":
            return alts, i


def _compile(text: str) -> Template:
    """Every wording a template can take, with spacing tidied ("a [b|] c" gives "a c")."""
    out = []
    for variant in expand(text)[0]:
        lead = " " if variant.startswith(" ") else ""
        tidy = " ".join(variant.split()).replace(" ,", ",").replace(" .", ".")
        out.append(lead + tidy)
    return tuple(out)


def fields_of(tpl: Template) -> set[str]:
    """The ``{name}`` values any wording of ``tpl`` uses."""
    return {f for wording in tpl for _, f, _, _ in string.Formatter().parse(wording) if f}


def _bank_of(texts: list[str], where: str, problems: list[str]) -> Bank:
    bank = tuple(_compile(t) for t in texts)
    for text, tpl in zip(texts, bank, strict=True):
        unknown = fields_of(tpl) - CONTEXT_KEYS
        problems.extend(f"{where}: unknown {{{f}}} in {text!r}" for f in sorted(unknown))
    return bank


def _read(name: str) -> dict[str, Any]:
    text = files("safeguard.synth").joinpath("phrases").joinpath(name).read_text("utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise PhraseBankError(f"{name}: expected a mapping at the top level")
    return data


def _load_indicators(problems: list[str]) -> tuple[dict[str, Bank], ...]:
    pos: dict[str, Bank] = {}
    neg: dict[str, Bank] = {}
    vb: dict[str, Bank] = {}
    for name in INDICATOR_FILES:
        for key, entry in _read(f"{name}.yaml").items():
            if key not in INDICATORS:
                problems.append(f"{name}: {key!r} is not an indicator")
            pos[key] = _bank_of(entry.get("pos", []), f"{name}:{key}", problems)
            neg[key] = _bank_of(entry.get("neg", []), f"{name}:{key}", problems)
            vb[key] = _bank_of(entry.get("vb", []), f"{name}:{key}", problems)
    for key in sorted(INDICATORS - pos.keys()):
        problems.append(f"indicator {key!r} has no phrases")
    for key in sorted(k for k in pos if not pos[k] or not neg[k]):
        problems.append(f"indicator {key!r} needs both 'pos' and 'neg' phrases")
    return pos, neg, vb


@cache
def phrases() -> Phrases:
    """Every phrase bank, loaded, checked and expanded on first use."""
    problems: list[str] = []
    pos, neg, vb = _load_indicators(problems)
    reg = _read("registers.yaml")
    vbf = _read("victim_blaming.yaml")
    registers = {
        section: {
            k: _bank_of(v, f"registers:{section}:{k}", problems) for k, v in reg[section].items()
        }
        for section in REGISTER_SECTIONS
    }
    loaded = Phrases(
        pos=pos,
        neg=neg,
        vb=vb,
        vb_general=_bank_of(vbf["general"], "victim_blaming", problems),
        registers=registers,
        prefixes={k: tuple(v) for k, v in reg["prefixes"].items()},
        fallbacks={
            k: tuple(x for t in v for x in expand(t)[0]) for k, v in reg["fallbacks"].items()
        },
        unidentified=tuple(reg["unidentified"]),
        numbers={k: tuple(v) for k, v in reg["numbers"].items()},
        child_refs={k: tuple(v) for k, v in reg["child_refs"].items()},
    )
    if problems:
        raise PhraseBankError("phrase files are invalid:\n  " + "\n  ".join(problems))
    return loaded
