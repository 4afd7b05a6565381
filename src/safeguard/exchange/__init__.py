"""The national exchange format (``safeguard-exchange/1``): models, contract, files, profiles.

Public surface:

* :class:`Record` and its parts, the typed models;
* :func:`check` (:func:`check_line` for a JSON line) and :func:`notes`, the contract
  applied to one record;
* :func:`read_lines`, :func:`write_jsonl`, :func:`write_parquet`, :func:`to_json_dict`;
* :func:`json_schema`, the machine-readable schema shipped in the package.
"""

from safeguard.exchange._contract import Checked, Problem, check, check_line, notes
from safeguard.exchange._io import Line, read_lines, to_json_dict, write_jsonl, write_parquet
from safeguard.exchange._models import (
    FORMAT_V1,
    Action,
    ActionType,
    Arrest,
    Classification,
    Kind,
    Link,
    Location,
    Object,
    Outcome,
    Person,
    Record,
    Role,
    Sex,
    SourceType,
)
from safeguard.exchange._schema import json_schema

__all__ = [
    "FORMAT_V1",
    "Action",
    "ActionType",
    "Arrest",
    "Checked",
    "Classification",
    "Kind",
    "Line",
    "Link",
    "Location",
    "Object",
    "Outcome",
    "Person",
    "Problem",
    "Record",
    "Role",
    "Sex",
    "SourceType",
    "check",
    "check_line",
    "json_schema",
    "notes",
    "read_lines",
    "to_json_dict",
    "write_jsonl",
    "write_parquet",
]
