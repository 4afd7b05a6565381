"""The narrative writer: every indicator renders, varied, deterministic, non-graphic."""

from __future__ import annotations

import random
import re
import statistics
from importlib.resources import files

import pytest
import yaml

from safeguard.synth._narrative_spec import INDICATORS, NarrativeSpec
from safeguard.synth._narratives import _pick, write_narrative
from safeguard.synth._phrase_bank import phrases as _phrases

KINDS = [
    ("crime", "police"),
    ("incident", "police"),
    ("missing_episode", "police"),
    ("missing_episode", "childrens_social_care"),
    ("missing_episode", "missing_persons"),
    ("referral", "childrens_social_care"),
    ("referral", "education"),
    ("referral", "health"),
    ("intelligence", "police"),
    ("referral", "voluntary_sector"),  # a source type with no register of its own
]
# Words that would make a narrative graphic; the writer must stay in general, factual terms.
GRAPHIC = re.compile(
    r"\b(penis|vagina\w*|anal|oral|semen|ejaculat\w*|genital\w*|breasts?|masturbat\w*|naked|"
    r"nude|porn\w*|fuck\w*|blowjob|orgasm|erect\w*)\b"
)
MARKERS = tuple(
    yaml.safe_load(
        files("safeguard.synth").joinpath("phrases").joinpath("victim_blaming.yaml").read_text()
    )["markers"]
)
NOT_NEGATABLE = {"background_crime"}  # an ordinary crime has nothing to deny
CHILD_FIELDS = re.compile(r"\{(c|C|cfull|agep|she|She|obj|poss|Poss|refl|loc|loc2|venue)\}")
# What an indicator's phrases must not say, because another indicator says it: each template
# expresses its own indicator only (the scenario decides what a record says).
LEAKS = [
    (
        "online_sexual",
        r"threat|unless|pressur|made to|forced|coerc|gift|money|paid|credit|"
        r"voucher|in return|exchange",
        "threats go in control, what is given in exchange_*",
    ),
    ("sexual_activity", r"made to|had to|forced|threat|gift|money", "coercion goes in control"),
    (
        "grooming",
        r"gift|money|bought|paid|credit|voucher|in return|exchange|loves?\b|cares|"
        r"special|the only|boyfriend",
        "affection is exchange_affection_status, age older_male",
    ),
    ("control", r"gift|given|bought|sexual|images|pictures", "no exchange or sexual content"),
    ("missing", r"sex|image|picture|gift|money|older", "only the missing episode"),
    ("exchange_gifts", r"sexual|image|threat|owes", "only what is given"),
    ("exchange_substances", r"sexual|image|threat", "only what is given"),
    ("exchange_lifts_or_stay", r"sexual|image|threat|older", "only lifts and somewhere to stay"),
    (
        "exchange_affection_status",
        r"sexual|image|threat|older|his friends|group",
        "only affection, attention, status",
    ),
    ("exchange_online", r"sexual|image|picture|threat|video", "only what is sent online"),
    ("hotel_takeaway_taxi", r"older|adult male|kept at|stayed", "only the venue"),
    (
        "multiple_perpetrators",
        r"passed between|introduc|paid|money",
        "only that several are involved",
    ),
    ("older_male", r"gift|money|sexual|threat", "only the age gap"),
    (
        "images_possession",
        r"threat|unless|gift|money|cash|paid|pay|victim|\bhe\b|\bhis\b",
        "no victim, threat or exchange",
    ),
]


def _spec(**kw: object) -> NarrativeSpec:
    base: dict[str, object] = {
        "kind": "crime",
        "source_type": "police",
        "scenario": "cse_group",
        "child_name": "Chloe Barnes",
        "child_age": 14,
        "suspect_names": ("Kaz", "Mo"),
        "unidentified_suspects": 2,
        "location_names": ("the Star Hotel", "flat 3, 12 Mill Lane"),
        "vehicle": "a silver Toyota Prius, reg AB12 CDE",
    }
    base.update(kw)
    return NarrativeSpec(**base)  # type: ignore[arg-type]  # test helper: keyword bag


def _blames(text: str) -> bool:
    low = text.lower()
    return any(m in low for m in MARKERS)


@pytest.mark.parametrize(("kind", "source"), KINDS)
@pytest.mark.parametrize("indicator", sorted(INDICATORS))
def test_every_indicator_renders_for_every_kind(kind: str, source: str, indicator: str) -> None:
    rng = random.Random(f"{kind}{source}{indicator}")
    for sparse in (False, True):  # with and without names, places and vehicle
        extra = {"child_name": None, "suspect_names": (), "location_names": (), "vehicle": None,
                 "child_age": None, "unidentified_suspects": 0} if sparse else {}  # fmt: skip
        for blame in (False, True):
            spec = _spec(kind=kind, source_type=source, indicators=frozenset({indicator}),
                         victim_blaming=blame, **extra)  # fmt: skip
            text = write_narrative(rng, spec)
            assert text.endswith(".")
            assert "{" not in text and "}" not in text and "[" not in text, text
            assert "  " not in text and " ." not in text and ",." not in text, text
            if indicator not in NOT_NEGATABLE:
                neg = _spec(kind=kind, source_type=source, negated=frozenset({indicator}), **extra)
                assert write_narrative(rng, neg)


def test_output_depends_only_on_rng_state_and_spec() -> None:
    spec = _spec(indicators=frozenset({"older_male", "missing", "exchange_gifts", "child_age"}),
                 negated=frozenset({"self_harm", "online_sexual"}))  # fmt: skip
    first = [write_narrative(random.Random(seed), spec) for seed in range(50)]
    second = [write_narrative(random.Random(seed), spec) for seed in range(50)]
    assert first == second
    assert len(set(first)) > 45


@pytest.mark.parametrize("indicator", sorted(INDICATORS - {"child_age", "background_crime"}))
def test_each_indicator_has_many_paraphrases(indicator: str) -> None:
    ph = _phrases()
    assert len(ph.pos[indicator]) >= 6, "at least six hand-written paraphrases"
    rng = random.Random(indicator)
    rendered = {_pick(rng.random, t) for t in ph.pos[indicator] for _ in range(20)}
    assert len(rendered) >= 15


def test_child_age_is_stated_many_ways_and_only_when_asked() -> None:
    rng = random.Random(3)
    spec = _spec(indicators=frozenset({"child_age"}), child_age=17)
    with_age = {write_narrative(rng, spec) for _ in range(300)}
    assert all(re.search(r"\b17", t) for t in with_age)
    forms = {re.split(r"\b17", t)[1][:4] for t in with_age}
    assert len(forms) >= 6
    without = [write_narrative(rng, _spec(child_age=17)) for _ in range(200)]
    assert not any(re.search(r"\b17\b", t) for t in without)


NEGATIVE_CUES = (
    "no ",
    "not",
    "n't",
    "nil",
    "denies",
    "nothing",
    "never",
    "same age",
    "school year",
    "curfew",
    "sober",
    "unknown",
    "unable",
    "declined",
    "only",
    "under 18",
    "to be given",
    "a child",
)


@pytest.fixture(scope="module")
def routine_sentences() -> set[str]:
    """Every sentence a record says with nothing to say: openings, routine detail, closings."""
    rng = random.Random(0)
    seen: set[str] = set()
    for _ in range(6000):
        seen.update(write_narrative(rng, _spec(child_age=None)).rstrip(".").split(". "))
    return seen


@pytest.mark.parametrize("indicator", sorted(INDICATORS - NOT_NEGATABLE))
def test_negations_appear(indicator: str, routine_sentences: set[str]) -> None:
    rng = random.Random(indicator)
    spec = _spec(negated=frozenset({indicator}), child_age=None)
    negations: set[str] = set()
    missed = []
    for _ in range(60):
        text = write_narrative(rng, spec)
        new = [s for s in text.rstrip(".").split(". ") if s not in routine_sentences]
        if not any(c in s.lower() for s in new for c in NEGATIVE_CUES):
            missed.append(text)  # a typo may hit the cue word
        negations.update(new)
    assert len(missed) <= 6, missed
    assert len(negations) >= 3


def test_victim_blaming_only_when_asked() -> None:
    rng = random.Random(11)
    everything = frozenset(INDICATORS - {"background_crime", "adult_victim"})
    for _ in range(300):
        picked = frozenset(i for i in sorted(everything) if rng.random() < 0.3)
        assert not _blames(write_narrative(rng, _spec(indicators=picked)))
    blamed = [
        _blames(write_narrative(rng, _spec(indicators=frozenset({"missing"}), victim_blaming=True)))
        for _ in range(300)
    ]
    assert sum(blamed) >= 0.9 * len(blamed)  # a typo may break a marker now and then


def test_phrase_banks_keep_blaming_language_apart() -> None:
    ph = _phrases()
    for key in sorted(INDICATORS):
        for tpl in ph.pos[key] + ph.neg[key]:
            for wording in tpl:
                assert not _blames(wording.replace("{refl}", "herself")), (key, wording)
        for tpl in ph.vb.get(key, ()):
            for wording in tpl:
                assert _blames(wording.replace("{refl}", "herself")), (key, wording)
    for tpl in ph.vb_general:
        assert all(_blames(w.replace("{refl}", "herself")) for w in tpl)


def test_child_prostitute_is_rare() -> None:
    rng = random.Random(2)
    spec = _spec(indicators=frozenset({"facilitation_payment", "missing"}), victim_blaming=True)
    hits = sum("child prostitute" in write_narrative(rng, spec) for _ in range(1000))
    assert 0 < hits < 150


def test_never_graphic() -> None:
    rng = random.Random(8)
    for kind, source in KINDS:
        for _ in range(150):
            picked = frozenset(i for i in sorted(INDICATORS) if rng.random() < 0.25)
            spec = _spec(kind=kind, source_type=source, indicators=picked,
                         victim_blaming=rng.random() < 0.3)  # fmt: skip
            assert not GRAPHIC.search(write_narrative(rng, spec).lower())


@pytest.mark.parametrize(("kind", "source"), KINDS)
def test_typical_length_is_sensible(kind: str, source: str) -> None:
    rng = random.Random(kind + source)
    pool = sorted(INDICATORS - {"background_crime", "adult_victim", "advice_given"})
    lengths = []
    for _ in range(200):
        picked = frozenset(rng.sample(pool, rng.randint(1, 5)) + ["child_age"])
        negated = frozenset(rng.sample(sorted(set(pool) - picked), rng.randint(0, 2)))
        spec = _spec(kind=kind, source_type=source, indicators=picked, negated=negated)
        lengths.append(len(write_narrative(rng, spec).split()))
    assert 20 <= statistics.median(lengths) <= 120
    assert min(lengths) >= 10 and max(lengths) <= 220


def test_background_crime_reads_like_an_ordinary_crime() -> None:
    rng = random.Random(4)
    spec = _spec(scenario="background", indicators=frozenset({"background_crime"}),
                 offence_label="theft from a motor vehicle", child_name=None, child_age=None,
                 suspect_names=(), unidentified_suspects=0)  # fmt: skip
    texts = [write_narrative(rng, spec) for _ in range(100)]
    assert sum("theft from a motor vehicle" in t.lower() for t in texts) >= 90
    assert not any(w in t.lower() for t in texts for w in ("mash", "strategy", "csc"))


def test_advice_is_hypothetical() -> None:
    rng = random.Random(6)
    spec = _spec(indicators=frozenset({"advice_given"}))
    texts = [write_narrative(rng, spec).lower() for _ in range(200)]
    assert sum("lift" in t or "gift" in t or "cars" in t for t in texts) >= 20
    cues = ("advi", "safe", "discuss", "told", "explained", "talked", "leaflet", "info")
    assert sum(any(c in t for c in cues) for t in texts) >= 190


def test_boys_get_his_pronouns() -> None:
    rng = random.Random(9)
    spec = _spec(indicators=frozenset({"county_lines", "control", "self_harm"}),
                 child_name="Tyler Reid", extra={"child_sex": "M"})  # fmt: skip
    texts = " ".join(write_narrative(rng, spec) for _ in range(100)).lower()
    assert " his " in texts and " herself" not in texts and " she " not in texts


@pytest.mark.parametrize(("indicator", "forbidden", "why"), LEAKS)
def test_templates_express_only_their_own_indicator(
    indicator: str, forbidden: str, why: str
) -> None:
    pattern = re.compile(forbidden)
    leaks = [w for tpl in _phrases().pos[indicator] for w in tpl if pattern.search(w.lower())]
    assert leaks == [], (why, leaks[:3])


def test_indecent_images_phrases_name_no_child() -> None:
    for tpl in _phrases().pos["images_possession"] + _phrases().neg["images_possession"]:
        assert not any(CHILD_FIELDS.search(w) for w in tpl), tpl[0]


@pytest.mark.parametrize("kind", ["crime", "intelligence", "incident", "referral"])
def test_a_record_without_a_victim_invents_none(kind: str) -> None:
    rng = random.Random(kind)
    spec = _spec(kind=kind, scenario="iioc", indicators=frozenset({"images_possession"}),
                 child_name=None, child_age=None, suspect_names=("Dean Lowe",),
                 unidentified_suspects=0, location_names=(), vehicle=None,
                 offence_label="indecent images of children", victim=False)  # fmt: skip
    invented = re.compile(
        r"\b(victim|ip(?! address)|yp|vic|aggrieved|she|her|attended station|female child|"
        r"male child|unnamed|mum|carer)\b"
    )
    for _ in range(300):
        text = write_narrative(rng, spec)
        assert not invented.search(text.lower()), text
        assert "dean lowe" in text.lower()
