"""Finding, reading and validating profiles, with every problem reported at once."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from safeguard.errors import ProfileError
from safeguard.exchange._contract import _path
from safeguard.exchange.profiles._model import PART_LISTS, Profile

_SUFFIXES = (".yaml", ".yml")


class _TextLoader(yaml.SafeLoader):
    """YAML where a plain scalar is text unless it is true, false or null.

    Plain YAML 1.1 reads ``OFF`` and ``no`` as false and ``01`` as 1, which would turn a records
    system's codes into other values; pydantic turns text into numbers where a key needs one.
    """


_TextLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regex)
        for tag, regex in resolvers
        if tag in ("tag:yaml.org,2002:null", "tag:yaml.org,2002:merge")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _first in "tTfF":
    _TextLoader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), [_first]
    )


def list_profiles() -> list[str]:
    """The names of the built-in profiles, sorted.

    Example:
        >>> "data.police.uk" in list_profiles()
        True
    """
    folder = files("safeguard.exchange.profiles").joinpath("builtin")
    names = [p.name.rsplit(".", 1)[0] for p in folder.iterdir() if p.name.endswith(_SUFFIXES)]
    return sorted(names)


def load_profile(name_or_path: str | Path) -> Profile:
    """A built-in profile by name, or a profile YAML file by path.

    Args:
        name_or_path: ``"data.police.uk"``, ``"example-rms"``, or a path to a ``.yaml`` file.

    Returns:
        the validated :class:`Profile`.

    Raises:
        ProfileError: no such profile (the message lists the built-in ones), the file is not
            YAML, or the profile is invalid (the message lists every problem).

    Example:
        >>> load_profile("data.police.uk").constants["kind"]
        'crime'
    """
    text = str(name_or_path)
    if isinstance(name_or_path, Path) or text.endswith(_SUFFIXES) or "/" in text:
        path = Path(name_or_path)
        if not path.is_file():
            raise ProfileError(f"profile file {text} does not exist")
        return _parse(path.read_text("utf-8"), text)
    if text not in list_profiles():
        known = ", ".join(list_profiles())
        raise ProfileError(f"unknown profile {text!r}; the built-in profiles are: {known}")
    return _builtin(text)


@cache
def _builtin(name: str) -> Profile:
    folder = files("safeguard.exchange.profiles").joinpath("builtin")
    return _parse(folder.joinpath(f"{name}.yaml").read_text("utf-8"), f"{name} (built-in)")


def _parse(text: str, where: str) -> Profile:
    try:
        data = yaml.load(text, Loader=_TextLoader)  # a SafeLoader subclass: no objects built
    except yaml.YAMLError as error:
        raise ProfileError(f"profile {where} is not valid YAML: {error}") from None
    return validate_profile(data, where)


def validate_profile(data: Any, where: str = "<profile>") -> Profile:
    """Validate profile data (as read from YAML or JSON), reporting every problem at once.

    Example:
        >>> validate_profile({"name": "x"})  # doctest: +IGNORE_EXCEPTION_DETAIL
        Traceback (most recent call last):
        safeguard.errors.ProfileError: profile <profile> is invalid (1 problem): ...
    """
    if not isinstance(data, Mapping):
        raise ProfileError(f"profile {where} is invalid: expected a mapping of keys at the top")
    problems: list[str] = []
    profile: Profile | None = None
    try:
        profile = Profile.model_validate(data)
    except ValidationError as error:
        for err in error.errors(include_url=False, include_input=False):
            place = _path(err["loc"]) or "(top)"
            problems.append(f"{place}: {_message(err['msg'], err['type'])}")
    problems += cross_references(data)
    if problems or profile is None:
        count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        listing = "\n".join(f"  - {p}" for p in problems)
        raise ProfileError(f"profile {where} is invalid ({count}):\n{listing}")
    return profile


def _message(msg: str, kind: str) -> str:
    if kind == "missing":
        return "required key is missing"
    if kind == "extra_forbidden":
        return "unknown key (see docs/mapping-profiles.md for the keys a profile may have)"
    return msg.removeprefix("Value error, ")


def cross_references(data: Mapping[str, Any]) -> list[str]:
    """Rules spanning the profile, checked over the raw data so that they are reported
    together with structural problems: ``translate`` names a translation that exists;
    ``fields`` do not write into a list that has its own part mappings; ``repeated: version``
    is not combined with a mapped ``version``."""
    problems = []
    tables = data.get("translations")
    names = set(tables) if isinstance(tables, Mapping) else set()
    for place, spec in _field_maps(data):
        wanted = spec.get("translate")
        if isinstance(wanted, str) and wanted not in names:
            problems.append(f"{place}.translate: no translation named {wanted!r} in translations")
    fields = data.get("fields")
    fields = fields if isinstance(fields, Mapping) else {}
    for key in fields:
        head = str(key).split(".")[0].split("[")[0]
        if head in PART_LISTS and data.get(head):
            problems.append(f"fields.{key}: {head} has its own mappings; map it there")
    record_id = data.get("record_id")
    if (
        isinstance(record_id, Mapping)
        and record_id.get("repeated") == "version"
        and "version" in fields
    ):
        problems.append("record_id.repeated: version cannot be used when fields maps version")
    return problems


def _field_maps(data: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    fields = data.get("fields")
    if isinstance(fields, Mapping):
        yield from ((f"fields.{k}", v) for k, v in fields.items() if isinstance(v, Mapping))
    for name in PART_LISTS:
        parts = data.get(name)
        for i, part in enumerate(parts if isinstance(parts, list) else []):
            inner = part.get("fields") if isinstance(part, Mapping) else None
            if isinstance(inner, Mapping):
                yield from (
                    (f"{name}[{i}].fields.{k}", v)
                    for k, v in inner.items()
                    if isinstance(v, Mapping)
                )
