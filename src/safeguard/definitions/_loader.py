"""Loading and validating every bundled definition, all at once."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable

import yaml
from pydantic import ValidationError

from safeguard.definitions._models import Definition
from safeguard.errors import SafeguardError


class DefinitionError(SafeguardError):
    """A definition file is invalid, or a definition asked for does not exist."""


def _files() -> list[tuple[str, Traversable]]:
    root = files("safeguard.definitions").joinpath("data")
    found = []
    for folder in sorted(root.iterdir(), key=lambda t: t.name):
        if not folder.is_dir():
            continue
        for item in sorted(folder.iterdir(), key=lambda t: t.name):
            if item.name.endswith(".yaml"):
                found.append((f"{folder.name}/{item.name.removesuffix('.yaml')}", item))
    return found


def _load_one(expected_key: str, item: Traversable) -> tuple[Definition | None, list[str]]:
    try:
        data = yaml.safe_load(item.read_text("utf-8"))
        definition = Definition.model_validate(data)
    except yaml.YAMLError as error:
        return None, [f"{expected_key}.yaml: not valid YAML ({error})"]
    except ValidationError as error:
        return None, [
            f"{expected_key}.yaml: {'.'.join(str(p) for p in e['loc'])}: {e['msg']}"
            for e in error.errors(include_url=False)
        ]
    problems = []
    if definition.key != expected_key:
        problems.append(f"{expected_key}.yaml: declares {definition.key}; the path must match")
    ids = [c.id for c in definition.criteria]
    if len(ids) != len(set(ids)):
        problems.append(f"{expected_key}.yaml: criterion ids are not unique")
    return definition, problems


@cache
def _all() -> dict[str, Definition]:
    loaded: dict[str, Definition] = {}
    problems: list[str] = []
    for key, item in _files():
        definition, found = _load_one(key, item)
        problems.extend(found)
        if definition is not None:
            loaded[key] = definition
    if problems:
        raise DefinitionError("invalid definition files:\n  " + "\n  ".join(problems))
    return loaded


def list_definitions() -> list[Definition]:
    """Every bundled definition version, validated all at once, sorted by id and version.

    Returns:
        The definitions.

    Raises:
        DefinitionError: listing every problem in every file, if any file is invalid.

    Example:
        >>> [d.key for d in list_definitions()][:2]
        ['cse/1', 'occ-group/1']
    """
    return sorted(_all().values(), key=lambda d: (d.id, d.version))


def get_definition(key: str) -> Definition:
    """One definition by versioned id (``cse/1``) or by id alone (the latest version).

    Args:
        key: ``id/version`` or ``id``.

    Returns:
        The definition.

    Raises:
        DefinitionError: no such definition.

    Example:
        >>> get_definition("cse").key
        'cse/1'
    """
    every = _all()
    if key in every:
        return every[key]
    versions = [d for d in every.values() if d.id == key]
    if not versions:
        known = ", ".join(sorted(every))
        raise DefinitionError(f"no definition {key!r}; known: {known}")
    return max(versions, key=lambda d: d.version)
