"""The shipped JSON Schema: generated from the models, in step with them, and usable."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema

from safeguard.exchange import json_schema
from safeguard.exchange._schema import generate
from tests.exchange.test_contract import BASE, INVALID


def test_shipped_schema_matches_the_models() -> None:
    assert json_schema() == generate(), "run `make schema` and commit the result"


def test_schema_accepts_a_valid_record_and_rejects_broken_ones() -> None:
    validator = jsonschema.Draft202012Validator(json_schema())
    assert not list(validator.iter_errors(BASE))
    for description, record, *_ in INVALID:
        if isinstance(record, dict) and description in {
            "unknown kind",
            "record_id missing",
            "unknown role",
            "version zero",
        }:
            assert list(validator.iter_errors(record)), description


def test_schema_command_prints_it() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "safeguard", "schema"], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == json_schema()
