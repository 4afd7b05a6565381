"""``safeguard networks``: build, list, show (text, JSON, HTML), export, and file mode."""

from __future__ import annotations

import gzip
from pathlib import Path

import igraph as ig
import orjson
import pytest
from typer.testing import CliRunner

import safeguard.cli._networks  # noqa: F401  # registers the commands
from safeguard.cli._app import app
from safeguard.synth import generate
from tests.networks.handmade import rows

runner = CliRunner()


def invoke(*args: str) -> str:
    # wide enough that rich folds no id or role across lines
    result = runner.invoke(app, list(args), catch_exceptions=False, env={"COLUMNS": "240"})
    assert result.exit_code == 0, result.output
    return result.output


def test_build_prints_the_summary(built_copy: Path) -> None:
    output = invoke("networks", "--db", str(built_copy), "--no-progress")
    assert "meeting organised-network/1" in output and "cross-force" in output
    assert rows(built_copy, "SELECT count(*) FROM networks WHERE meets_definition") == [(2,)]


def test_list(built: Path) -> None:
    assert invoke("networks", "list", "--db", str(built)).count("NET-") == 2
    assert invoke("networks", "list", "--db", str(built), "--all").count("NET-") == 3
    lines = invoke("networks", "list", "--db", str(built), "--json").splitlines()
    assert [orjson.loads(line)["meets_definition"] for line in lines] == [True, True]


def test_show_prints_members_evidence_and_timeline(built: Path) -> None:
    network = rows(built, "SELECT network_id FROM network_members WHERE entity_id = 'E-T'")[0][0]
    output = invoke("networks", "show", network, "--db", str(built))
    for expected in ("facilitator:transporter", "criteria", "priority components",
                     "evidence: edges", "timeline", "kent/R1", "essex/R2"):  # fmt: skip
        assert expected in output, expected


def test_show_json_has_the_issue_shape(built: Path) -> None:
    network = rows(built, "SELECT network_id FROM network_members WHERE entity_id = 'E-T'")[0][0]
    found = orjson.loads(invoke("networks", "show", network, "--db", str(built), "--json"))
    assert list(found) == ["network_id", "meets_definition", "forces", "members", "children",
                           "evidence", "priority"]  # fmt: skip
    member = next(m for m in found["members"] if m["entity_id"] == "E-T")
    mention = {"source": "essex", "record_id": "R2", "person_ref": "P3"}
    assert member == {"entity_id": "E-T", "role": "facilitator:transporter", "mentions": [mention]}
    assert {c["entity_id"] for c in found["children"]} == {"E-C1", "E-C2"}
    assert [e["criterion"] for e in found["evidence"]] == ["two_or_more", "associated",
                                                           "involved_in_cse"]  # fmt: skip


def test_export_graphml_reads_back_with_igraph(built: Path, tmp_path: Path) -> None:
    graphml, as_json = tmp_path / "n.graphml", tmp_path / "n.json"
    invoke(
        "networks", "export", "--db", str(built), "--graphml", str(graphml), "--json", str(as_json)
    )
    graph = ig.Graph.Read_GraphML(str(graphml))
    assert set(graph.vs["id"]) >= {"E-A", "E-B", "E-T", "E-Q1", "E-C1"}
    roles = dict(zip(graph.vs["id"], graph.vs["role"], strict=True))
    assert roles["E-T"] == "facilitator:transporter" and roles["E-C1"] == "child"
    transported = [e for e in graph.es if e["type"] == "transported"]
    assert [(e["records"], e["first_at"][:10]) for e in transported] == [("essex/R2", "2024-06-10")]
    document = orjson.loads(as_json.read_bytes())
    assert document["format"] == "safeguard-networks/1" and len(document["networks"]) == 2
    assert all(n["nodes"] and n["edges"] for n in document["networks"])


def test_export_needs_a_file(built: Path) -> None:
    result = runner.invoke(app, ["networks", "export", "--db", str(built)])
    assert result.exit_code != 0


@pytest.mark.slow
def test_file_mode_writes_one_object_per_group(tmp_path: Path) -> None:
    data = generate("tiny", 5, tmp_path / "data")
    assert data.records > 0
    combined = tmp_path / "records.jsonl.gz"
    with gzip.open(combined, "wb") as sink:
        for part in sorted((tmp_path / "data" / "exchange").glob("*.jsonl.gz")):
            sink.write(gzip.decompress(part.read_bytes()))
    out = tmp_path / "networks.jsonl"
    invoke("networks", "-i", str(combined), "-o", str(out), "--no-progress")
    found = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    keys = [
        "network_id",
        "meets_definition",
        "forces",
        "members",
        "children",
        "evidence",
        "priority",
    ]
    assert found and all(list(n) == keys for n in found)
    assert sum(n["meets_definition"] for n in found) >= 4  # tiny has at least 6 true networks
    mention = found[0]["members"][0]["mentions"][0]
    assert set(mention) == {"source", "record_id", "person_ref"}
