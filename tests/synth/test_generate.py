"""The synthetic dataset: layout, determinism, validity, truth, networks, variation."""

from __future__ import annotations

import gzip
from collections import defaultdict
from pathlib import Path
from typing import Any

import orjson
import pyarrow.parquet as pq
import pytest

from safeguard.exchange import check
from safeguard.reference import forces
from safeguard.synth import SCALES, Summary, generate
from safeguard.synth._calibration import latest_records

SEED = 11


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def _lines(root: Path) -> list[tuple[str, int, bytes]]:
    out = []
    for path in sorted((root / "exchange").glob("*.jsonl.gz")):
        with gzip.open(path, "rb") as handle:
            out += [(f"exchange/{path.name}", n, raw) for n, raw in enumerate(handle, start=1)]
    return out


def _truth(root: Path, name: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = pq.read_table(root / "truth" / f"{name}.parquet").to_pylist()
    return rows


def test_same_seed_gives_same_bytes_whatever_the_workers(tiny: Summary, tmp_path: Path) -> None:
    again = generate("tiny", SEED, tmp_path / "again", workers=2)
    assert _files(again.out) == _files(tiny.out)


def test_another_seed_gives_another_dataset(tiny: Summary, tmp_path: Path) -> None:
    other = generate("tiny", SEED + 1, tmp_path / "other")
    first, second = _files(tiny.out), _files(other.out)
    police = "exchange/west-yorkshire.jsonl.gz"
    assert first[police] != second[police]
    assert first["truth/mentions.parquet"] != second["truth/mentions.parquet"]


def test_gzip_headers_carry_no_time_or_name(tiny: Summary) -> None:
    for path in tiny.exchange_files:
        head = path.read_bytes()[:10]
        assert head[4:8] == b"\x00\x00\x00\x00", path.name  # mtime 0
        assert head[3] & 0x08 == 0, path.name  # no FNAME field


def test_layout_and_manifest(tiny: Summary) -> None:
    manifest = orjson.loads((tiny.out / "manifest.json").read_bytes())
    assert manifest["scale"] == "tiny" and manifest["seed"] == SEED
    assert manifest["counts"]["records"] == tiny.records
    for rel in manifest["files"]["exchange"] + manifest["files"]["truth"]:
        assert (tiny.out / rel).is_file(), rel
    names = {p.name.removesuffix(".jsonl.gz") for p in tiny.exchange_files}
    assert {f.force_id for f in forces()} <= names  # every force sends its own extract
    assert set(tiny.by_source_type) == {
        "police",
        "childrens_social_care",
        "health",
        "education",
        "missing_persons",
        "voluntary_sector",
    }
    assert any(n.endswith("-childrens-social-care") for n in names)
    assert set(tiny.by_force) == {f.force_id for f in forces()}


def test_tiny_record_count(tiny: Summary) -> None:
    assert 1_500 <= tiny.records <= 3_000
    assert 1.7 <= tiny.mentions / tiny.records <= 2.4


def test_every_record_passes_the_contract(tiny: Summary) -> None:
    failures = [(f, n, c.problems) for f, n, raw in _lines(tiny.out) if not (c := check(raw)).ok]
    assert failures == []


def test_broken_lines_are_listed_and_only_they_fail(tiny_broken: Summary) -> None:
    listed = orjson.loads((tiny_broken.out / "truth" / "messiness.json").read_bytes())
    broken = {(b["file"], b["line"]) for b in listed["broken_lines"]}
    assert broken, "a 1% share on ~2,000 records must break some lines"
    failing = {(f, n) for f, n, raw in _lines(tiny_broken.out) if not check(raw).ok}
    assert failing == broken
    problems = {b["problem"] for b in listed["broken_lines"]}
    assert problems <= {"bad_date", "missing_required_field", "link_to_unknown_ref"}


def test_truth_is_complete(tiny: Summary) -> None:
    truth = {(r["source"], r["record_id"]): r for r in _truth(tiny.out, "records")}
    mentions = {
        (m["source"], m["record_id"], m["person_ref"]): m["person_id"]
        for m in _truth(tiny.out, "mentions")
    }
    seen = set()
    for _, _, raw in _lines(tiny.out):
        rec = orjson.loads(raw)
        key = (rec["source"], rec["record_id"])
        seen.add(key)
        assert key in truth
        for person in rec.get("persons", []):
            assert mentions.get((*key, person["ref"])), (key, person["ref"])
    assert seen == set(truth)
    assert len(mentions) == tiny.mentions


@pytest.mark.parametrize(
    ("case_type", "cse", "cce"),
    [
        ("cse_lone", True, False),
        ("cse_group", True, False),
        ("cse_online", True, False),
        ("csa_intrafamilial", False, False),
        ("peer", False, False),
        ("csa_other", False, False),
        ("online_csa", False, False),
        ("iioc", False, False),
        ("adult_victim", False, False),
        ("cce", False, True),
        ("background", False, False),
    ],
)
def test_record_labels_follow_the_definition(
    tiny: Summary, case_type: str, cse: bool, cce: bool
) -> None:
    rows = [r for r in _truth(tiny.out, "records") if r["case_type"] == case_type]
    assert rows, case_type
    assert {(r["cse"], r["cce"]) for r in rows} == {(cse, cce)}


def test_online_csa_children_are_not_cse(tiny: Summary) -> None:
    children = [c for c in _truth(tiny.out, "children") if c["case_type"] == "online_csa"]
    assert children and not any(c["cse"] for c in children)


def test_iioc_records_name_no_victim(tiny: Summary) -> None:
    iioc = {
        (r["source"], r["record_id"])
        for r in _truth(tiny.out, "records")
        if r["case_type"] == "iioc"
    }
    roles = {
        m["role"] for m in _truth(tiny.out, "mentions") if (m["source"], m["record_id"]) in iioc
    }
    assert iioc and roles == {"suspect"}
    texts = [
        rec["narrative"].lower() for key, rec in latest_records(tiny.out).items() if key in iioc
    ]
    assert not any(w in t for t in texts for w in ("victim", "female child", "the yp", "threat"))


def test_cse_children_have_history_and_bare_crimes(tiny: Summary) -> None:
    rows = [r for r in _truth(tiny.out, "records") if r["cse"]]
    kinds_by_child: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        kinds_by_child[r["child_id"]].add(r["kind"])
    assert sum(len(k) >= 3 for k in kinds_by_child.values()) > len(kinds_by_child) / 2
    crimes = [r for r in rows if r["kind"] == "crime"]
    evidence = {r["evidence"] for r in crimes}
    assert evidence == {"own_text", "linked_history"}
    children = {c["person_id"]: c for c in _truth(tiny.out, "children")}
    assert all(children[c]["cse"] for c in kinds_by_child)


def test_networks_cross_forces_and_hold_unidentified_members(tiny: Summary) -> None:
    networks = _truth(tiny.out, "networks")
    assert len(networks) >= 6
    assert any(len(n["forces"]) > 1 for n in networks)
    assert any(not m["identified"] for n in networks for m in n["members"])
    roles = {m["role"] for n in networks for m in n["members"]}
    assert "perpetrator" in roles and any(r.startswith("facilitator:") for r in roles)
    assert all(len(n["members"]) >= 2 and n["children"] for n in networks)


def test_network_records_carry_places_objects_and_links(tiny: Summary) -> None:
    records = latest_records(tiny.out)
    truth = {(r["source"], r["record_id"]): r for r in _truth(tiny.out, "records")}
    network = [records[k] for k, t in truth.items() if t["network_id"] and k in records]
    link_types = {link["type"] for r in network for link in r.get("links", [])}
    assert {"seen_at", "associate_of", "uses"} <= link_types
    assert {"introduced", "transported", "drives", "paid"} & link_types
    assert {o["type"] for r in network for o in r.get("objects", [])} >= {"vehicle", "phone"}
    place_types = {loc["type"] for r in network for loc in r.get("locations", [])}
    assert place_types & {"hotel", "takeaway", "taxi_office"}
    assert any(p.get("identified") is False for r in network for p in r["persons"])


def test_same_person_is_written_differently_across_records(tiny: Summary) -> None:
    person_of = {
        (m["source"], m["record_id"], m["person_ref"]): m["person_id"]
        for m in _truth(tiny.out, "mentions")
    }
    forms: dict[str, set[tuple[Any, ...]]] = defaultdict(set)
    for _, _, raw in _lines(tiny.out):
        rec = orjson.loads(raw)
        for p in rec.get("persons", []):
            if p.get("identified", True):
                pid = person_of[(rec["source"], rec["record_id"], p["ref"])]
                forms[pid].add((p.get("forename"), p.get("surname"), p.get("dob"), p.get("age")))
    repeated = [f for f in forms.values() if len(f) > 1]
    assert len(repeated) > 100  # people seen in several records, written in several ways


@pytest.mark.parametrize(
    "kind",
    [
        "forename_nickname_or_short_form",
        "forename_typo",
        "surname_typo",
        "dob_day_month_swapped",
        "dob_missing_age_given",
        "new_address_after_move",
        "phone_recorded",
        "alias_recorded",
        "victim_blaming_narrative",
        "flag_wrong_on_exploitation_record",
        "version_2_resent_with_outcome",
    ],
)
def test_messiness_counts_each_kind_of_variation(tiny: Summary, kind: str) -> None:
    counts = orjson.loads((tiny.out / "truth" / "messiness.json").read_bytes())["counts"]
    assert counts.get(kind, 0) > 0


def test_version_two_follows_version_one_in_the_same_file(tiny: Summary) -> None:
    first_seen: dict[tuple[str, str], tuple[str, int, int]] = {}
    later = 0
    for file, number, raw in _lines(tiny.out):
        rec = orjson.loads(raw)
        key = (rec["source"], rec["record_id"])
        if rec.get("version", 1) == 2:
            v1 = first_seen[key]
            assert v1[0] == file and v1[1] < number and v1[2] == 1
            assert "outcome" in rec
            later += 1
        else:
            first_seen[key] = (file, number, 1)
    assert 0 < later < 0.05 * tiny.records


def test_cli_scale_choices_match_the_package() -> None:
    from safeguard.cli._generate import ScaleName

    assert {s.value for s in ScaleName} == set(SCALES)


def test_unknown_scale_is_a_clear_error(tmp_path: Path) -> None:
    from safeguard.errors import SafeguardError

    with pytest.raises(SafeguardError, match="unknown scale"):
        generate("huge", 1, tmp_path)


def test_exploited_children_are_under_18_at_every_record(tiny: Summary) -> None:
    truth = {(r["source"], r["record_id"]): r for r in _truth(tiny.out, "records")}
    person = {
        (m["source"], m["record_id"], m["person_ref"]): m["person_id"]
        for m in _truth(tiny.out, "mentions")
    }
    ages = []
    for key, rec in latest_records(tiny.out).items():
        if not truth[key]["cse"]:
            continue
        for p in rec["persons"]:
            if person[(*key, p["ref"])] == truth[key]["child_id"] and "age" in p:
                ages.append(p["age"])
    assert ages and max(ages) < 18


def test_cli_generate_writes_the_dataset(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    import safeguard.cli._generate  # noqa: F401  # registers the command on the app
    from safeguard.cli import app

    result = CliRunner().invoke(
        app, ["generate", "--scale", "tiny", "--seed", "5", "--out", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert "records" in result.output
    assert (tmp_path / "manifest.json").is_file()
    help_text = CliRunner().invoke(app, ["generate", "--help"]).output
    assert "--scale" in help_text and "national" in help_text
