"""Mapping profiles: a records system's CSV or XLSX export read as exchange records.

A profile is a YAML file saying which column is which field, how codes translate and how
dates are written. Built-in profiles (``data.police.uk``, ``example-rms``) are found by name;
any other profile by the path of its YAML file. See ``docs/mapping-profiles.md``.

Example:
    >>> from safeguard.exchange.profiles import load_profile, list_profiles
    >>> list_profiles()
    ['data.police.uk', 'example-rms']
    >>> for line in load_profile("data.police.uk").read("street.csv"):  # doctest: +SKIP
    ...     print(line.number, line.problems or line.content["record_id"])
"""

from safeguard.exchange.profiles._loading import list_profiles, load_profile, validate_profile
from safeguard.exchange.profiles._model import (
    Fallback,
    FieldMap,
    FileOptions,
    PartMap,
    Profile,
    RecordIdMap,
    Translation,
)
from safeguard.exchange.profiles._reader import RAW_KEY

__all__ = [
    "RAW_KEY",
    "Fallback",
    "FieldMap",
    "FileOptions",
    "PartMap",
    "Profile",
    "RecordIdMap",
    "Translation",
    "list_profiles",
    "load_profile",
    "validate_profile",
]
