"""The indicator lexicon: YAML data compiled once into one Aho-Corasick automaton.

Every pattern (indicator terms, exchange items, giving verbs, pair parts, negation,
post-negation and hypothetical cues, scope breakers, suppressed phrases) goes into a single
automaton so that a narrative is read in one pass.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import ahocorasick
import yaml

from safeguard.errors import SafeguardError
from safeguard.indicators._forms import Variants, spellings, spoken_table
from safeguard.indicators._normalise import normalise_term

#: Indicator groups reported to callers (the rest are internal to the scanner).
PUBLIC_GROUPS = (
    "child",
    "child_then",
    "non_recent",
    "sexual",
    "sexual_implied",
    "sexual_sign",
    "exchange",
    "exchange_for",
    "gain",
    "status",
    "affection",
    "control",
    "grooming",
    "facilitation",
    "multiple_perpetrators",
    "associates",
    "missing",
    "venue",
    "sexual_health",
    "older_adult",
    "unknown_adult",
    "cce",
    "family_suspect",
    "peer",
    "adult_victim",
    "relationship",
    "no_exchange",
    "partner_frame",
    "access_sold",
    "coerced_act",
    "clothing_sign",
    "image_paid",
    "no_sexual",
    "not_a_case",
    "offer_refused",
    "found_untrue",
)
#: Entry kinds that are evidence in their own right (typo variants are made for these).
_TYPO_KINDS = ("ind", "item")
#: The scanner's bucket for each entry kind (its order of lists); every other kind is a cue.
BUCKETS = {
    "ind": 0,
    "item": 1,
    "give": 2,
    "alone": 2,
    "pass": 2,
    "ref": 3,
    "p1": 4,
    "p2": 4,
    "stop": 5,
}
CUE_BUCKET = 6
#: The flag of a generated age mention ("boyfriend is 24"): no typo variants are made for them.
AGE = "age"


class LexiconError(SafeguardError):
    """The bundled lexicon is invalid."""


@dataclass(frozen=True, slots=True)
class Entry:
    """What one pattern means.

    ``kind``: ``ind`` (indicator of ``group``; ``flag`` "age" for a generated age mention),
    ``item`` (something given), ``ref`` (the child), ``give`` (verb + recipient ``group``;
    ``flag`` "open" needs no item), ``alone`` (a giving verb alone; ``flag`` "for" needs "for
    her" after the item, "from" needs "from" or "off" after it), ``pass`` (passive giving),
    ``p1``/``p2`` (first and second part of pair ``group``), ``neg``, ``post``, ``hyp``
    (``flag`` "offer" for a condition put to the child, "if she'd"), ``acc`` (the condition
    accepted, "and she did": it cancels an "offer" cue before it within ``window``), ``brk``
    (``flag`` "hyp" also ends hypotheticals) or ``stop`` (suppressed phrase).
    """

    kind: str
    group: str
    term: str
    typo: bool = False
    window: int = 0
    flag: str = ""


@dataclass(frozen=True, slots=True)
class Pair:
    """Two parts close together in one sentence make one indicator (``group``)."""

    name: str
    group: str
    window: int
    first_groups: frozenset[str]
    then_item: bool = False  # the second part is any item ("free" + an item)
    then_groups: frozenset[str] = frozenset()  # or any indicator of these groups


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The compiled lexicon: the automaton and the word lists the scanner consults."""

    automaton: Any  # ahocorasick.Automaton has no type stubs
    family: frozenset[str]
    give_window: int
    alone_window: int
    for_recipients: tuple[str, ...]
    not_objects: frozenset[str]  # first words of an object that is not something given
    not_object_heads: frozenset[str]  # words after it that make it so ("phone number")
    object_ends: frozenset[str]  # function words that end an object ("bits and that")
    pairs: dict[str, Pair]
    item_pairs: tuple[Pair, ...]  # the pairs whose second part is any item
    group_pairs: tuple[Pair, ...]  # the pairs whose second part is an indicator of a group
    version: int
    size: int


def _not_text(value: Any, path: str) -> list[str]:
    """Paths of YAML values read as booleans or nulls (an unquoted ``no`` is ``False``)."""
    if isinstance(value, bool) or value is None:
        return [path]
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _not_text(v, f"{path}.{k}")]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _not_text(v, f"{path}[{i}]")]
    return []


def _raw() -> dict[str, Any]:
    raw = files("safeguard.indicators").joinpath("data").joinpath("lexicon.yaml")
    data = yaml.safe_load(raw.read_text("utf-8"))
    if not isinstance(data, dict):
        raise LexiconError("lexicon.yaml: expected a mapping")
    return data


Table = dict[str, list[Entry]]


def _add(table: Table, term: str, entry: Entry) -> None:
    key = normalise_term(term.removesuffix("*"))
    if not key:
        raise LexiconError(f"lexicon.yaml: empty term for {entry.group}")
    for form in spellings(key):
        pattern = f" {form}" if term.endswith("*") else f" {form} "
        entries = table.setdefault(pattern, [])
        same = next((i for i, e in enumerate(entries) if _same_meaning(e, entry)), None)
        if same is None:
            entries.append(entry)
        elif normalise_term(entry.term.removesuffix("*")) == form:
            entries[same] = entry  # a pattern reports its own term, not a variant's


def _same_meaning(a: Entry, b: Entry) -> bool:
    """Two entries that the scanner treats alike (only the term they report differs)."""
    return (a.kind, a.group, a.typo, a.window, a.flag) == (
        b.kind,
        b.group,
        b.typo,
        b.window,
        b.flag,
    )


def _ages(data: dict[str, Any], table: Table) -> None:
    templates = data["age_templates"]
    words = {int(k): str(v) for k, v in data.get("number_words", {}).items()}
    for rule in data["age_groups"]:
        group = str(rule["group"])
        for n in range(int(rule["from"]), int(rule["to"]) + 1):
            numbers = (n, words[n]) if n in words else (n,)  # "14 year old", "fourteen year old"
            for name in rule["templates"]:
                for template in templates[name]:
                    for number in numbers:
                        term = str(template).format(n=number)
                        _add(table, term, Entry("ind", group, term, flag=AGE))
                        if group == "child":
                            _add(table, term, Entry("ref", "child_ref", term))
    for decade, word in data["decades"].items():
        for template in data["decade_templates"]:
            term = template.format(d=decade, w=word)
            _add(table, term, Entry("ind", "older_adult", term))


def _terms(data: dict[str, Any], table: Table) -> None:
    variants = Variants(data.get("variants", {}))
    for group, terms in data["groups"].items():
        kind = "item" if group == "item" else "ref" if group == "child_ref" else "ind"
        for term in terms:
            forms = variants.of(str(term)) if group in variants.groups else [str(term)]
            for form in forms:
                _add(table, form, Entry(kind, group, str(term)))
    for possession in data["possessions"]:
        for template in data["possession_templates"]:
            term = template.format(p=possession)
            _add(table, term, Entry("ind", "exchange", term))
    images = data.get("images", {})
    for group, adjectives in images.get("adjectives", {}).items():
        for adjective in adjectives:
            for noun in images["nouns"]:
                term = f"{adjective} {noun}"
                _add(table, term, Entry("ind", str(group), term))
    _ages(data, table)


def _give(data: dict[str, Any], table: Table) -> None:
    give = data["give"]
    open_verbs = set(give["open"])
    for verb in give["verbs"]:
        flag = "open" if verb in open_verbs else "any"
        for recipient in give["recipients"]:
            term = f"{verb} {recipient}"
            _add(table, term, Entry("give", str(recipient), term, flag=flag))
    for phrase in give["phrases"]:
        _add(table, str(phrase), Entry("give", str(phrase).split()[-1], str(phrase), flag="any"))
    for construction in give["constructions"]:
        for verb in construction["verbs"]:
            for rest in construction["rest"]:
                for recipient in give["construction_recipients"]:
                    term = f"{verb} {str(rest).format(r=recipient)}"
                    entry = Entry("give", str(recipient).split()[-1], term, flag="any")
                    _add(table, term, entry)
    for verb in give["alone"]:
        _add(table, str(verb), Entry("alone", "", str(verb)))
    for verb in give["for_verbs"]:
        _add(table, str(verb), Entry("alone", "", str(verb), flag="for"))
    for verb in give["from_verbs"]:
        _add(table, str(verb), Entry("alone", "", str(verb), flag="from"))
    for phrase in give["passive"]:
        _add(table, str(phrase), Entry("pass", "", str(phrase)))


def _cues(data: dict[str, Any], table: Table) -> None:
    cues = data["cues"]
    questions = {str(q) for q in cues.get("question", ())}  # model 9: answered yes, they end
    for name, kind in (("negation", "neg"), ("post_negation", "post"), ("hypothetical", "hyp")):
        for cue, window in cues[name]:
            flag = "question" if str(cue) in questions else ""
            _add(table, str(cue), Entry(kind, name, str(cue), window=int(window), flag=flag))
    for cue, window in cues["offer"]:
        _add(table, str(cue), Entry("hyp", "offer", str(cue), window=int(window), flag="offer"))
    for cue, window in cues["accepted"]:
        _add(table, str(cue), Entry("acc", "accepted", str(cue), window=int(window)))
    both = set(cues["break_hypothetical"])
    for cue in sorted(set(cues["break"]) | both):
        _add(table, str(cue), Entry("brk", "break", str(cue), flag="hyp" if cue in both else ""))
    variants = Variants(data.get("variants", {}))
    for phrase in data["suppress"]:
        for form in variants.of(str(phrase)):
            _add(table, form, Entry("stop", "suppress", str(phrase)))


def _pairs(data: dict[str, Any], table: Table) -> dict[str, Pair]:
    items = [str(t) for t in data["groups"]["item"]]
    pairs = {}
    for rule in data["pairs"]:
        name, window = str(rule["name"]), int(rule["window"])
        if name in pairs:  # model 9: a second rule of one name would take the first's terms
            raise LexiconError(f"lexicon.yaml: two pairs named {name!r}")
        groups = frozenset(str(t)[1:] for t in rule["first"] if str(t).startswith("@"))
        then_item = "@item" in rule["then"]
        then_groups = frozenset(
            str(t)[1:] for t in rule["then"] if str(t).startswith("@") and t != "@item"
        )
        pairs[name] = Pair(name, str(rule["group"]), window, groups, then_item, then_groups)
        for term in rule["first"]:
            if not str(term).startswith("@"):
                _add(table, str(term), Entry("p1", name, str(term)))
        for term in rule["then"]:
            if str(term).startswith("@"):
                continue  # matched against the items or indicators found, not entered again
            expanded = (
                [str(term).replace("@item", i) for i in items] if "@item" in term else [str(term)]
            )
            for phrase in expanded:
                _add(table, phrase, Entry("p2", name, phrase))
    return pairs


def _one_edit(word: str) -> set[str]:
    deletions = {word[:i] + word[i + 1 :] for i in range(len(word))}
    swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    return (deletions | swaps) - {word}


def _typos(table: Table, min_length: int, real_words: frozenset[str]) -> Table:
    """One-edit variants of long words, skipping variants that are real words.

    Only a term as written in the lexicon gets them, not its other forms (:mod:`._forms`) nor
    the generated age mentions: those would multiply the automaton for little recall.
    """
    variants: Table = {}
    for pattern, entries in table.items():
        if not pattern.endswith(" "):
            continue  # prefix patterns already cover endings
        words = pattern.split()
        written = " ".join(words)
        chosen = [
            e for e in entries if e.kind in _TYPO_KINDS and e.flag != AGE and _written(e, written)
        ]
        if not chosen:
            continue
        for i, word in enumerate(words):
            if len(word) < min_length or not word.isalpha():
                continue
            for variant in _one_edit(word) - real_words:
                key = " " + " ".join([*words[:i], variant, *words[i + 1 :]]) + " "
                if key not in table:
                    variants.setdefault(key, []).extend(
                        Entry(e.kind, e.group, e.term, typo=True) for e in chosen
                    )
    return variants


def _written(entry: Entry, pattern: str) -> bool:
    """Whether ``pattern`` is ``entry``'s term as written (or a spelling of it), not a form."""
    return normalise_term(entry.term) in spellings(pattern)


def _misspellings(data: dict[str, Any], table: Table) -> None:
    for wrong, right in data.get("misspellings", {}).items():
        target = f" {normalise_term(str(right).removesuffix('*'))}"
        target = target if str(right).endswith("*") else target + " "
        if target not in table:
            raise LexiconError(f"lexicon.yaml: misspelling {wrong!r} maps to unknown {right!r}")
        for e in table[target]:
            _add(table, str(wrong), Entry(e.kind, e.group, e.term, typo=True, window=e.window))


def _spoken(data: dict[str, Any], table: Table) -> None:
    """Model 9: every pattern also with its small words in text-speak or dialect spellings
    (``text_speak``: "sleep with" as "sleep wiv", "because" as "cos"), meaning the same."""
    spellings_of = {
        normalise_term(str(written)): tuple(normalise_term(str(o)) for o in others)
        for written, others in data.get("text_speak", {}).items()
    }
    table.update(spoken_table(table, spellings_of, _same_meaning))


def build(data: dict[str, Any]) -> Lexicon:
    """Compile lexicon data (the parsed YAML) into a :class:`Lexicon`.

    Raises:
        LexiconError: a term YAML read as a boolean or null (an unquoted ``no``), an empty
            term, a misspelling of an unknown term, or two pairs of one name.
    """
    bad = _not_text(data, "lexicon")
    if bad:
        raise LexiconError(
            "lexicon.yaml: quote these terms (YAML read them as true, false "
            "or null): " + ", ".join(bad)
        )
    table: Table = {}
    _terms(data, table)
    _give(data, table)
    _cues(data, table)
    pairs = _pairs(data, table)
    _misspellings(data, table)
    _spoken(data, table)
    real = frozenset(w for pattern in table for w in pattern.split()) | frozenset(
        str(w) for w in data.get("not_typos", [])
    )
    table.update(_typos(table, int(data["typo_min_length"]), real))
    automaton = ahocorasick.Automaton()
    for pattern, entries in table.items():
        tagged = tuple((BUCKETS.get(e.kind, CUE_BUCKET), e) for e in entries)
        # start of the match's first word = end index - (length - 2)
        automaton.add_word(pattern, (len(pattern) - 2, not pattern.endswith(" "), tagged))
    automaton.make_automaton()
    give = data["give"]
    return Lexicon(
        automaton=automaton,
        family=frozenset(normalise_term(str(w)) for w in data["family"]),
        give_window=int(give["window"]),
        alone_window=int(give["alone_window"]),
        for_recipients=tuple(f" {normalise_term(str(r))} " for r in give["for_recipients"]),
        not_objects=frozenset(normalise_term(str(w)) for w in give["not_objects"]),
        not_object_heads=frozenset(normalise_term(str(w)) for w in give["not_object_heads"]),
        object_ends=frozenset(normalise_term(str(w)) for w in give["object_ends"]),
        pairs=pairs,
        item_pairs=tuple(p for p in pairs.values() if p.then_item),
        group_pairs=tuple(p for p in pairs.values() if p.then_groups),
        version=int(data["version"]),
        size=len(table),
    )


@cache
def lexicon() -> Lexicon:
    """The compiled lexicon, built once per process (about a second).

    The lexicon's tens of thousands of entries live as long as the process, so they are moved
    out of the garbage collector's reach (``gc.freeze``): otherwise every full collection
    while records are scanned would walk them all again.

    Returns:
        The :class:`Lexicon`.

    Example:
        >>> lexicon().version
        11
    """
    built = build(_raw())
    gc.collect()
    gc.freeze()
    return built
