"""The JSON Schema of the exchange format, shipped in the package and generated from the models.

``make schema`` regenerates the shipped file; a test fails when the file and the models drift.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

from safeguard.exchange._models import FORMAT_V1, Record

SCHEMA_FILE = "safeguard-exchange-1.schema.json"


def generate() -> dict[str, Any]:
    """Build the schema from the typed models."""
    schema = Record.model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://safeguard.invalid/schema/{FORMAT_V1}",
        "title": f"Safeguard exchange format ({FORMAT_V1}): one record",
        **{k: v for k, v in schema.items() if k != "title"},
    }


def json_schema() -> dict[str, Any]:
    """The shipped schema (the file in ``safeguard/exchange/schema/``)."""
    text = files("safeguard.exchange").joinpath("schema", SCHEMA_FILE).read_text("utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


if __name__ == "__main__":
    print(json.dumps(generate(), indent=2, ensure_ascii=False))  # noqa: T201  # make schema
