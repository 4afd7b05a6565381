"""``explain`` and ``safeguard link explain``: the waterfall adds up and names its parts."""

from __future__ import annotations

from pathlib import Path

import duckdb
import orjson
import pytest
from typer.testing import CliRunner

import safeguard.cli._link  # noqa: F401  # registers the command
from safeguard.cli._app import app
from safeguard.linkage import LinkageError, explain

from .conftest import Linked


def _pair(db: Path, where: str) -> tuple[str, str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        sql = f"SELECT mention_l, mention_r FROM match_pairs WHERE {where} ORDER BY 1, 2 LIMIT 1"
        a, b = con.execute(sql).fetchall()[0]
    finally:
        con.close()
    return str(a), str(b)


def test_the_waterfall_adds_up_to_the_match_weight(tiny_linked: Linked) -> None:
    a, b = _pair(tiny_linked.db, "match_weight > 10")
    found = explain(a, b, tiny_linked.db)
    total = found.prior_match_weight + sum(part.total for part in found.contributions)
    assert total == pytest.approx(found.match_weight, abs=1e-6)
    assert found.links and found.found_by_blocking and found.same_entity
    assert [part.comparison for part in found.contributions][:2] == ["forename", "surname"]


def test_a_weak_pair_does_not_link(tiny_linked: Linked) -> None:
    a, b = _pair(tiny_linked.db, "match_weight < 0")
    found = explain(b, a, tiny_linked.db)  # either order
    assert not found.links
    assert found.match_probability < 0.5


def test_a_pair_no_blocking_rule_finds_is_still_explained(tiny_linked: Linked) -> None:
    a, _ = _pair(tiny_linked.db, "match_weight > 10")
    _, b = _pair(tiny_linked.db, f"mention_l <> '{a}' AND match_weight > 10 AND mention_r > 'w'")
    found = explain(a, b, tiny_linked.db)
    assert not found.found_by_blocking
    assert not found.links


def test_unknown_mentions_are_refused(tiny_linked: Linked) -> None:
    with pytest.raises(LinkageError, match="no identified person mention"):
        explain("kent/NOPE/P1", "kent/NOPE/P2", tiny_linked.db)
    with pytest.raises(LinkageError, match="not a mention key"):
        explain("kent", "kent/NOPE/P2", tiny_linked.db)


def test_the_command_prints_the_waterfall_and_the_verdict(tiny_linked: Linked) -> None:
    a, b = _pair(tiny_linked.db, "match_weight > 10")
    result = CliRunner().invoke(app, ["link", "explain", a, b, "--db", str(tiny_linked.db)])
    assert result.exit_code == 0, result.output
    for text in ("prior", "forename", "surname", "dob", "postcode", "links at the threshold"):
        assert text in result.output
    as_json = CliRunner().invoke(
        app, ["link", "explain", a, b, "--db", str(tiny_linked.db), "--json"]
    )
    parsed = orjson.loads(as_json.stdout)
    assert parsed["links"] is True and len(parsed["contributions"]) == 10


def test_explaining_before_any_link_run_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(LinkageError, match="run `safeguard link` first"):
        explain("kent/A/P1", "kent/B/P1", tmp_path / "empty.duckdb")
