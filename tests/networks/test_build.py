"""Building networks in a hand-built warehouse whose answer is known (``handmade.py``)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import orjson
import pytest

from safeguard.errors import SafeguardError
from safeguard.networks import build_networks, list_networks, show_network
from safeguard.warehouse import connect
from tests.networks.handmade import RECORDS, rows, warehouse


def network_of(db: Path, entity: str) -> str | None:
    found = rows(db, "SELECT network_id FROM network_members WHERE entity_id = ?", [entity])
    return str(found[0][0]) if found else None


ROLES = [
    ("perpetrator named in two forces", "E-A", "perpetrator"),
    ("perpetrator acting in both crimes", "E-B", "perpetrator"),
    ("the unidentified man is a perpetrator", "E-R1-P4", "perpetrator"),
    ("introduced the child", "E-F", "facilitator:introducer"),
    ("drove the child", "E-T", "facilitator:transporter"),
    ("was paid", "E-P", "facilitator:payee"),
    ("exploited child", "E-C1", "child"),
    ("second exploited child", "E-C2", "child"),
]


@pytest.mark.parametrize(("description", "entity", "role"), ROLES, ids=[r[0] for r in ROLES])
def test_the_network_and_its_roles(built: Path, description: str, entity: str, role: str) -> None:
    network = network_of(built, "E-A")
    found = rows(built, "SELECT role FROM network_members WHERE network_id = ? AND entity_id = ?",
                 [network, entity])  # fmt: skip
    assert found == [(role,)], description


NOT_REPORTED = [
    ("a lone offender is in no group", "E-L", None),
    ("a county-lines exploiter is in no group", "E-K", None),
    ("a county-lines child is in no group", "E-Y", None),
    ("two men who pushed a child: a group that does not meet", "E-G1", False),
    ("the partner-only network meets", "E-Q1", True),
]


@pytest.mark.parametrize(("description", "entity", "meets"), NOT_REPORTED,
                         ids=[r[0] for r in NOT_REPORTED])  # fmt: skip
def test_what_is_and_is_not_a_network(
    built: Path, description: str, entity: str, meets: bool | None
) -> None:
    network = network_of(built, entity)
    if meets is None:
        assert network is None, description
        return
    found = rows(built, "SELECT meets_definition FROM networks WHERE network_id = ?", [network])
    assert found == [(meets,)], description


def test_marks_cross_force_and_partner_only(built: Path) -> None:
    sql = "SELECT forces, cross_force, partner_only FROM networks WHERE network_id = ?"
    cross = rows(built, sql, [network_of(built, "E-A")])
    partner = rows(built, sql, [network_of(built, "E-Q1")])
    assert cross == [(["essex", "kent"], True, False)]
    assert partner == [(["kent"], False, True)]


def test_edges_carry_records_and_dates(built: Path) -> None:
    found = rows(
        built,
        "SELECT records, first_at::DATE::VARCHAR FROM network_edges "
        "WHERE source_id = 'E-T' AND target_id = 'E-C2' AND type = 'transported'",
    )
    assert found == [(["essex/R2"], "2024-06-10")]


def test_the_priority_shows_every_component(built: Path) -> None:
    (priority, components), = rows(built, "SELECT priority, priority_components FROM networks "
                                   "WHERE network_id = ?", [network_of(built, "E-A")])  # fmt: skip
    parts = orjson.loads(components)
    assert {p["id"] for p in parts} == {"children", "recency", "escalation", "members",
                                        "open_investigations", "missed_flags"}  # fmt: skip
    assert priority == pytest.approx(sum(p["points"] for p in parts))


def test_decisions_cite_the_network_and_the_flag_review_covers_it(built: Path) -> None:
    network = network_of(built, "E-A")
    found = {
        r[0]: (r[1], r[2], orjson.loads(r[3]))
        for r in rows(built, "SELECT record_id, network_met, flag_review, decision FROM decisions")
    }
    for record in ("R1", "R2", "R3", "R8"):
        met, review, decision = found[record]
        assert met and decision["organised_network"]["met"], record
        assert review == "missed", record  # none of them carries a CSE flag
    referral = found["R3"][2]["organised_network"]
    assert referral["networks"] == [network]
    assert referral["record_level"]["met"] is False
    assert any(network in e for c in referral["criteria"] for e in c["evidence"])
    for record in ("R4", "R5", "R6", "R7"):
        assert found[record][0] is False, record


def test_a_second_run_changes_nothing(built: Path, built_copy: Path) -> None:
    before = rows(built, "SELECT * EXCLUDE (run_id) FROM networks ORDER BY network_id")
    decisions = rows(built, "SELECT * EXCLUDE (run_id) FROM decisions ORDER BY ALL")
    copy_db = built_copy
    build_networks(copy_db)
    assert rows(copy_db, "SELECT * EXCLUDE (run_id) FROM networks ORDER BY network_id") == before
    assert rows(copy_db, "SELECT * EXCLUDE (run_id) FROM decisions ORDER BY ALL") == decisions


def test_a_mark_is_undone_when_the_network_no_longer_meets(built_copy: Path) -> None:
    db = built_copy
    con = connect(db)
    try:  # identification now finds no exploitation in the partner-only network's referral
        con.execute("UPDATE decisions SET cse_met = false WHERE record_id = 'R8'")
        con.execute("UPDATE child_decisions SET cse_met = false WHERE entity_id = 'E-C4'")
    finally:
        con.close()
    build_networks(db)
    (met, review, decision), = rows(db, "SELECT network_met, flag_review, decision FROM decisions "
                                    "WHERE record_id = 'R8'")  # fmt: skip
    part = orjson.loads(decision)["organised_network"]
    assert not met and "networks" not in part and "record_level" not in part
    assert review == "agreed"


def test_list_and_show(built: Path) -> None:
    listed = list_networks(built)
    assert len(listed) == 2 and all(n.meets_definition for n in listed)
    assert len(list_networks(built, include_unmet=True)) == 3
    assert [n.network_id for n in list_networks(built, force="essex")] == [network_of(built, "E-A")]
    detail = show_network(built, listed[0].network_id[:8])
    assert detail.network_id == listed[0].network_id
    assert [r["occurred_at"] for r in detail.records] == sorted(
        r["occurred_at"] for r in detail.records
    )


def test_unknown_or_ambiguous_ids_are_clear_errors(built: Path) -> None:
    with pytest.raises(SafeguardError, match="no network 'NET-zzz'"):
        show_network(built, "NET-zzz")
    with pytest.raises(SafeguardError, match="more than one network"):
        show_network(built, "NET-")


def test_networks_need_identification_first(tmp_path: Path) -> None:
    db = warehouse(tmp_path)
    con = connect(db)
    try:
        con.execute("DELETE FROM decisions")
    finally:
        con.close()
    with pytest.raises(SafeguardError, match="run `safeguard identify"):
        build_networks(db)
    assert rows(db, "SELECT status FROM runs WHERE command = 'networks'") == [("failed",)]


def _protected_changed() -> list[dict[str, Any]]:
    changed = copy.deepcopy(RECORDS)
    values = [
        ("M", "A1", "PAK", "muslim"),
        ("X", "B2", "POL", "christian"),
        ("U", None, None, None),
    ]
    for i, record in enumerate(changed):
        for j, person in enumerate(record["persons"]):
            sex, ethnicity, nationality, religion = values[(i + j) % len(values)]
            person.update({"sex": sex, "ethnicity": ethnicity, "nationality": nationality,
                           "religion": religion})  # fmt: skip
    return changed


def test_protected_characteristics_change_no_network_or_score(built: Path, tmp_path: Path) -> None:
    other = warehouse(tmp_path, _protected_changed())
    build_networks(other)
    sql = "SELECT * EXCLUDE (run_id) FROM networks ORDER BY network_id"
    assert rows(other, sql) == rows(built, sql)
    members = "SELECT * FROM network_members ORDER BY network_id, entity_id"
    assert rows(other, members) == rows(built, members)


def test_a_warehouse_with_no_network_writes_empty_tables(tmp_path: Path) -> None:
    db = warehouse(tmp_path, [RECORDS[3]])  # the lone offender only
    result = build_networks(db)
    assert (result.groups, result.networks_met, result.records_marked) == (0, 0, 0)
    assert list_networks(db, include_unmet=True) == []
    assert rows(db, "SELECT count(*) FROM decisions WHERE network_met") == [(0,)]
