"""The model's settings: no protected characteristic anywhere; the configuration round-trips."""

from __future__ import annotations

import re

import pyarrow as pa
import pytest

from safeguard.linkage import (
    PROTECTED_CHARACTERISTICS,
    LinkageConfig,
    mention_model,
    prepare_mentions,
)
from safeguard.warehouse import connect


@pytest.mark.parametrize("dialect", ["duckdb", "spark"])
def test_settings_reference_no_protected_characteristic(dialect: str) -> None:
    settings = mention_model().settings_dict(dialect)
    text = str(settings).lower()
    for name in (*PROTECTED_CHARACTERISTICS, "gender", "race", "faith"):
        assert not re.search(rf"\b{name}\b", text), f"settings mention {name!r}"
    # and none of their columns is compared or blocked on under another name
    assert "sex" not in {c["output_column_name"] for c in settings["comparisons"]}


def test_training_rules_reference_no_protected_characteristic() -> None:
    spec = mention_model()
    rules = [*spec.prior_rules, *spec.em_rules]
    text = " ".join(rule.get_blocking_rule("duckdb").blocking_rule_sql for rule in rules).lower()
    for name in PROTECTED_CHARACTERISTICS:
        assert name not in text


def test_prepared_mentions_carry_no_protected_characteristic() -> None:
    con = connect(":memory:")
    table = prepare_mentions(con)
    assert isinstance(table, pa.Table)
    for name in PROTECTED_CHARACTERISTICS:
        assert not any(name in column for column in table.column_names)


def test_comparisons_cover_the_issue_fields() -> None:
    names = [
        c["output_column_name"] for c in mention_model().settings_dict("duckdb")["comparisons"]
    ]
    for needed in ("forename", "surname", "aliases", "dob", "age", "postcode", "phone", "email"):
        assert needed in names
    assert "identifiers" in names


def test_forename_has_nicknames_and_term_frequencies() -> None:
    settings = mention_model().settings_dict("duckdb")
    forename = next(c for c in settings["comparisons"] if c["output_column_name"] == "forename")
    labels = [level.get("label_for_charts", "") for level in forename["comparison_levels"]]
    assert "Nickname or variant" in labels
    assert any(
        level.get("tf_adjustment_column") == "forename" for level in forename["comparison_levels"]
    )


def test_configuration_round_trips_through_json() -> None:
    config = LinkageConfig(threshold_match_weight=3.5, backend="spark", seed=7)
    again = LinkageConfig.model_validate_json(config.model_dump_json())
    assert again == config
    assert (again.review_low, again.review_high) == (-0.5, 6.5)


def test_configuration_rejects_unknown_fields_and_backends() -> None:
    with pytest.raises(ValueError):
        LinkageConfig.model_validate({"backend": "oracle"})
    with pytest.raises(ValueError):
        LinkageConfig.model_validate({"threshold": 2})


def test_the_documentation_covers_the_model() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    doc = (root / "docs" / "linkage.md").read_text("utf-8")
    decision = (root / "docs" / "decisions" / "0002-linkage-threshold.md").read_text("utf-8")
    settings = mention_model().settings_dict("duckdb")
    for comparison in settings["comparisons"]:
        assert f"| {comparison['output_column_name']} |" in doc
    rules = settings["blocking_rules_to_generate_predictions"]
    assert f"{len(rules)}. " in doc, "every blocking rule is listed in docs/linkage.md"
    threshold = LinkageConfig().threshold_match_weight
    assert f"**{threshold}**" in doc and f"**Threshold: match weight {threshold}**" in decision
    low, high = LinkageConfig().review_low, LinkageConfig().review_high
    assert f"−{abs(low):g} to {high:g}" in doc
