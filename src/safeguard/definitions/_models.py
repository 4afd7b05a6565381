"""Typed models of a definition file (``definitions/data/<id>/<version>.yaml``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Strict):
    """Who published the definition, when, and in which document."""

    publisher: str
    year: int = Field(ge=1990, le=2100)
    document: str


class CoreElement(_Strict):
    """A later authority's statement of the definition's core element (IICSA for CSE)."""

    publisher: str
    year: int
    document: str
    text: str
    note: str | None = None


class Evidence(_Strict):
    """How a criterion is evidenced: structured fields, indicator groups, linked context."""

    match: Literal["any_of", "all_of"] = "any_of"
    fields: tuple[str, ...] = ()
    indicators: tuple[str, ...] = ()
    context: tuple[str, ...] = ()


class Criterion(_Strict):
    """One criterion of a definition; ``required`` ones must all be met, ``any_of`` are options."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str
    description: str
    requirement: Literal["required", "any_of"]
    evidenced_by: Evidence
    against: str | None = None


class Supporting(_Strict):
    """Context that raises confidence without being a criterion."""

    description: str
    indicators: tuple[str, ...] = ()
    context: tuple[str, ...] = ()


class Definition(_Strict):
    """One version of one definition, with the source's exact words and its criteria."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    version: int = Field(ge=1)
    title: str
    source: Source
    text: str = Field(min_length=20)
    core_element: CoreElement | None = None
    criteria: tuple[Criterion, ...] = Field(min_length=1)
    supporting: Supporting | None = None

    @property
    def key(self) -> str:
        """The versioned id used in decisions, e.g. ``cse/1``."""
        return f"{self.id}/{self.version}"

    def criterion(self, criterion_id: str) -> Criterion:
        """The criterion with this id (KeyError if none)."""
        for criterion in self.criteria:
            if criterion.id == criterion_id:
                return criterion
        raise KeyError(criterion_id)

    def indicator_groups(self) -> set[str]:
        """Every indicator group this definition names (criteria and supporting)."""
        groups: set[str] = set()
        for criterion in self.criteria:
            groups.update(criterion.evidenced_by.indicators)
        if self.supporting is not None:
            groups.update(self.supporting.indicators)
        return groups
