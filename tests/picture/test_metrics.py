"""Every metric against values worked out by hand on the fixture (see conftest.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from safeguard.errors import SafeguardError
from safeguard.picture import Picture, catalogue, compute_picture
from safeguard.warehouse import connect

# (description, metric, area, period, numerator, denominator, value)
CASES = [
    ("every current record", "records", "national", "all", 7, None, 7),
    ("records meeting cse/1", "records_cse", "national", "all", 5, None, 5),
    (
        "records meeting cse/1 in Kent in 2024 (K3 is 2023)",
        "records_cse",
        "kent",
        "2024",
        2,
        None,
        2,
    ),
    ("records meeting cse/1 in Kent in 2023", "records_cse", "kent", "2023", 1, None, 1),
    (
        "records meeting cse/1 nationally in January 2024",
        "records_cse",
        "national",
        "2024-01",
        1,
        None,
        1,
    ),
    ("child A counts in Kent and in Essex", "children_cse", "kent", "all", 3, None, 3),
    ("child A counts in Essex too", "children_cse", "essex", "all", 2, None, 2),
    ("child A counts once nationally", "children_cse", "national", "all", 4, None, 4),
    ("records meeting organised-network/1", "records_network", "national", "all", 1, None, 1),
    ("children in network records", "children_network", "national", "all", 1, None, 1),
    ("supplier CSE flags", "flags_supplier", "national", "all", 2, None, 2),
    ("flags agreed: K1", "flags_agreed", "national", "all", 1, None, 1),
    ("flags missed: K2, K3, E1, E2", "flags_missed", "national", "all", 4, None, 4),
    ("over-flagged: K4", "flags_over", "national", "all", 1, None, 1),
    ("identification accuracy: 1 of 5", "identification_accuracy", "national", "all", 1, 5, 0.2),
    (
        "identification accuracy in Essex: 0 of 2",
        "identification_accuracy",
        "essex",
        "all",
        0,
        2,
        0.0,
    ),
    ("flags that are right: 1 of 2", "flag_precision", "national", "all", 1, 2, 0.5),
    ("networks meeting the definition (N3 does not)", "networks", "national", "all", 2, None, 2),
    ("networks spanning Kent", "networks", "kent", "all", 2, None, 2),
    ("networks spanning Essex", "networks", "essex", "all", 1, None, 1),
    ("cross-force networks", "networks_cross_force", "national", "all", 1, None, 1),
    ("children of N1 and N2: A, B, C", "children_in_networks", "national", "all", 3, None, 3),
    (
        "children of networks spanning Essex: A, B",
        "children_in_networks",
        "essex",
        "all",
        2,
        None,
        2,
    ),
    (
        "actions naming identified children (not D's)",
        "actions_per_child",
        "national",
        "all",
        4,
        4,
        1.0,
    ),
    ("actions per child in Essex: 1 for A and E", "actions_per_child", "essex", "all", 1, 2, 0.5),
    ("arrests on records meeting cse/1 (not K4's)", "arrests", "national", "all", 3, None, 3),
    ("charged: K1 and E1 of 4 crimes", "outcome_charged", "national", "all", 2, 4, 0.5),
    ("evidential difficulties: K2", "outcome_evidential", "national", "all", 1, 4, 0.25),
    ("no suspect identified: none", "outcome_no_suspect", "national", "all", 0, 4, 0.0),
    ("diversion: none", "outcome_diversion", "national", "all", 0, 4, 0.0),
    ("other outcomes: none", "outcome_other", "national", "all", 0, 4, 0.0),
    ("outstanding: K3", "outcome_outstanding", "national", "all", 1, 4, 0.25),
    ("median of 90 and 180 days", "days_to_charge_median", "national", "all", 2, None, 135.0),
    ("90th percentile of 90 and 180 days", "days_to_charge_p90", "national", "all", 2, None, 171.0),
    ("median in Kent: K1 alone", "days_to_charge_median", "kent", "all", 1, None, 90.0),
    ("K3 open since January 2023", "open_over_12_months", "national", "all", 1, None, 1),
    ("victim's age: K2's victim has none", "complete_victim_age", "national", "all", 4, 5, 0.8),
    ("suspect identified: not K2", "complete_suspect_identified", "national", "all", 3, 4, 0.75),
    (
        "ethnicity: K3's 'Z' is not stated",
        "complete_suspect_ethnicity",
        "national",
        "all",
        2,
        4,
        0.5,
    ),
    ("nationality: K1 and K3", "complete_suspect_nationality", "national", "all", 2, 4, 0.5),
    ("partner data linked: A and E", "complete_partner_linked", "national", "all", 2, 4, 0.5),
    (
        "partner data linked in Kent: A of A, B, C",
        "complete_partner_linked",
        "kent",
        "all",
        1,
        3,
        1 / 3,
    ),
    ("known only to partners: E", "children_partner_only", "national", "all", 1, None, 1),
    ("known only to partners in Kent: none", "children_partner_only", "kent", "all", 0, None, 0),
]


@pytest.fixture(scope="module")
def picture(fixture_db: Path) -> Iterator[Picture]:
    con = connect(fixture_db)
    try:
        yield compute_picture(con)
    finally:
        con.close()


@pytest.mark.parametrize(
    ("metric", "area", "period", "numerator", "denominator", "value"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_metric_matches_the_hand_computed_value(
    picture: Picture,
    metric: str,
    area: str,
    period: str,
    numerator: float,
    denominator: float | None,
    value: float,
) -> None:
    cell = picture.get(metric, area, period)
    assert cell is not None, f"no figure for {metric} in {area}, {period}"
    assert cell.numerator == numerator
    assert cell.denominator == denominator
    assert cell.value == pytest.approx(value)


def test_every_metric_has_a_hand_computed_case() -> None:
    checked = {case[1] for case in CASES}
    assert checked == {m.name for m in catalogue().metrics}


def test_the_picture_knows_what_has_run(picture: Picture) -> None:
    assert (picture.identified, picture.linked, picture.networks_built) == (True, True, True)
    assert picture.as_at == dt.datetime(2024, 7, 1, 9, 0)
    assert [n["network_id"] for n in picture.networks] == ["N1", "N2"]
    assert picture.networks[0]["children"] == 2
    assert {v["version"] for v in picture.versions} == {"cse/1", "organised-network/1"}


def test_periods_and_areas(picture: Picture) -> None:
    assert picture.areas() == ["essex", "kent"]
    assert picture.periods("year") == ["2023", "2024"]
    assert picture.periods("month")[0] == "2023-01"


def test_networks_have_no_month(picture: Picture) -> None:
    assert {c.period for c in picture.cells if c.metric == "networks"} == {"all"}


def test_without_networks_tables_the_network_metrics_are_zero(bare_db: Path) -> None:
    con = connect(bare_db)
    try:
        picture = compute_picture(con)
    finally:
        con.close()
    assert not picture.networks_built
    assert picture.value("networks") == 0
    assert picture.value("records_cse") == 5


def test_as_at_ages_open_investigations(fixture_db: Path) -> None:
    con = connect(fixture_db)
    try:
        early = compute_picture(con, as_at=dt.datetime(2023, 6, 1))
    finally:
        con.close()
    assert early.value("open_over_12_months") == 0


def test_an_empty_warehouse_is_an_error(tmp_path: Path) -> None:
    con = connect(tmp_path / "empty.duckdb")
    try:
        with pytest.raises(SafeguardError, match="no records"):
            compute_picture(con)
    finally:
        con.close()
