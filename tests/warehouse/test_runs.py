"""``recorded_run``: every stage's run is recorded, finished or failed, without quoting data."""

from __future__ import annotations

import contextlib
from pathlib import Path

import orjson
import pytest

from safeguard.errors import SafeguardError
from safeguard.warehouse import connect, new_run_id, recorded_run

CASES = [
    # (description, exception raised in the block, status, error stored)
    ("a run that ends normally", None, "ok", None),
    ("a user-facing error keeps its message", SafeguardError("no decisions yet"), "failed",
     "no decisions yet"),
    ("any other error's text may quote data: only its type", ValueError("Kayleigh Smyth"),
     "failed", "ValueError"),
]  # fmt: skip


@pytest.mark.parametrize(("description", "raised", "status", "error"), CASES)
def test_recorded_run(
    tmp_path: Path, description: str, raised: Exception | None, status: str, error: str | None
) -> None:
    con = connect(tmp_path / "w.duckdb")
    run_id = new_run_id()
    counted = {"networks": 0}
    recording = recorded_run(con, "networks", {"x": 1}, run_id=run_id, counts=lambda: dict(counted))
    with contextlib.suppress(Exception), recording as run:
        counted["networks"] = 3  # counts are read when the block ends
        if raised is not None:
            raise raised
    row = con.execute(
        "SELECT command, status, error, counts, parameters, duration_s FROM runs WHERE run_id = ?",
        [run_id],
    ).fetchone()
    con.close()
    assert row is not None, description
    command, got_status, got_error, counts, parameters, seconds = row
    assert (command, got_status, got_error) == ("networks", status, error), description
    assert orjson.loads(counts) == {"networks": 3} and orjson.loads(parameters) == {"x": 1}
    assert seconds == pytest.approx(run.seconds) and seconds >= 0
