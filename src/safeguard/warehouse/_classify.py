"""Deciding, for each good record in a batch, what it does to the warehouse.

The rule, applied in file order, is the same within a batch, across batches and across runs:

* a (source, record_id) not seen before is **new** and becomes current;
* a higher ``version`` **supersedes** the current one, which moves to history;
* the same version with the same content hash, or any version already kept, is **unchanged**;
* the same version as the current one with a different content is a **conflict** and goes to
  quarantine (the supplier must send a higher version to change a record);
* a lower version than the current one is **stale**: kept in history, never current.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

Key = tuple[str, str]
Outcome = Literal["new", "superseded", "unchanged", "stale", "conflict"]
Fate = Literal["current", "history"] | None


@dataclass(slots=True)
class Decision:
    """What one staged record does: its outcome, where it goes, and why."""

    outcome: Outcome
    fate: Fate = None
    reason: str | None = None  # for history: superseded | stale
    by_version: int | None = None  # the version current when it went to history


@dataclass(slots=True)
class _State:
    version: int
    content_hash: str
    index: int | None  # row in this batch, or None for the version already in records


def classify(
    rows: Sequence[tuple[Key, int, str]],
    known: Iterable[tuple[Key, int, str, bool]],
) -> tuple[list[Decision], dict[Key, int]]:
    """Decide every row of a batch against what the warehouse already holds.

    Args:
        rows: (key, version, content hash) of each staged record, in file order.
        known: (key, version, content hash, is current) already in the warehouse for those keys.

    Returns:
        one decision per row, and the keys whose current version in the warehouse is displaced,
        with the version that displaced it.
    """
    state: dict[Key, _State] = {}
    seen: set[tuple[Key, int, str]] = set()
    for key, version, digest, is_current in known:
        seen.add((key, version, digest))
        if is_current:
            state[key] = _State(version, digest, None)
    decisions: list[Decision] = []
    displaced: dict[Key, int] = {}
    for index, (key, version, digest) in enumerate(rows):
        decision = _decide(index, key, version, digest, state, seen, decisions, displaced)
        if decision.fate is not None:
            seen.add((key, version, digest))
        decisions.append(decision)
    return decisions, displaced


def _decide(
    index: int,
    key: Key,
    version: int,
    digest: str,
    state: dict[Key, _State],
    seen: set[tuple[Key, int, str]],
    decisions: list[Decision],
    displaced: dict[Key, int],
) -> Decision:
    current = state.get(key)
    if (key, version, digest) in seen:
        return Decision("unchanged")
    if current is None:
        state[key] = _State(version, digest, index)
        return Decision("new", "current")
    if version > current.version:
        if current.index is None:
            displaced[key] = version
        else:  # superseded inside this batch: it goes to history instead of records
            earlier = decisions[current.index]
            earlier.fate, earlier.reason, earlier.by_version = "history", "superseded", version
        state[key] = _State(version, digest, index)
        return Decision("superseded", "current")
    if version == current.version:
        return Decision("conflict")
    return Decision("stale", "history", "stale", current.version)
