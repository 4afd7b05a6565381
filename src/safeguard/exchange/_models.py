"""Typed models of the national exchange format, version 1 (``safeguard-exchange/1``).

The models are the single source of the contract: the shipped JSON Schema is generated from
them (``make schema``) and a test fails if the two drift apart.

Rules from the contract that the models apply:

* an optional field given as ``null`` or as an empty string is the same as an absent one;
* unknown extra fields are kept (``model_extra``) and reported, never rejected;
* ``flags``, location and object types and link types are open vocabularies: an unknown value
  is kept; the closed enumerations (``source_type``, ``kind``, ``role``, ``sex``,
  ``classification`` and action ``type``) reject an unknown value;
* an outcome code given as an integer (``1``) is read as the string ``"1"``.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    WithJsonSchema,
    field_validator,
)

FORMAT_V1 = "safeguard-exchange/1"


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _to_utc_naive(value: Any) -> Any:
    """Aware date-times become naive UTC; the warehouse stores UTC throughout."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def _null_to_empty_list(value: Any) -> Any:
    return [] if value is None else value


OptStr = Annotated[str | None, BeforeValidator(_blank_to_none)]
# The length constraint comes before the (Python) blank-to-None step so that pydantic checks
# it in its own str validator, not in a second Python call after it: the step still runs first.
ReqStr = Annotated[str, Field(min_length=1), BeforeValidator(_blank_to_none)]


def _date_or_datetime(value: Any) -> dt.date | dt.datetime | None:
    """ISO 8601 date ("2024-03-01") or date-time ("2024-03-01T18:30:00Z"), kept as given."""
    value = _blank_to_none(value)
    if value is None or isinstance(value, dt.date):
        return _to_utc_naive(value)  # type: ignore[no-any-return]  # date or datetime in, same out
    if not isinstance(value, str):
        raise ValueError("expected an ISO 8601 date or date-time string")
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        return _to_utc_naive(dt.datetime.fromisoformat(value))  # type: ignore[no-any-return]
    except ValueError:
        raise ValueError("not an ISO 8601 date or date-time") from None


DateOrDateTime = Annotated[
    dt.datetime | dt.date | None,
    PlainValidator(_date_or_datetime),
    PlainSerializer(lambda v: v.isoformat() if v is not None else None, when_used="json"),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "format": "date"},
                {"type": "string", "format": "date-time"},
                {"type": "null"},
            ]
        }
    ),
]


class SourceType(StrEnum):
    POLICE = "police"
    CHILDRENS_SOCIAL_CARE = "childrens_social_care"
    HEALTH = "health"
    EDUCATION = "education"
    MISSING_PERSONS = "missing_persons"
    VOLUNTARY_SECTOR = "voluntary_sector"
    OTHER = "other"


class Kind(StrEnum):
    CRIME = "crime"
    INCIDENT = "incident"
    MISSING_EPISODE = "missing_episode"
    REFERRAL = "referral"
    INTELLIGENCE = "intelligence"


class Role(StrEnum):
    VICTIM = "victim"
    SUSPECT = "suspect"
    WITNESS = "witness"
    REPORTER = "reporter"
    SUBJECT = "subject"
    ASSOCIATE = "associate"


class Sex(StrEnum):
    F = "F"
    M = "M"
    X = "X"
    U = "U"


class Classification(StrEnum):
    OFFICIAL = "official"
    OFFICIAL_SENSITIVE = "official-sensitive"
    SECRET = "secret"


class ActionType(StrEnum):
    STRATEGY_MEETING = "strategy_meeting"
    REFERRAL_TO_CHILDRENS_SOCIAL_CARE = "referral_to_childrens_social_care"
    POLICE_PROTECTION = "police_protection"
    CHILD_ABDUCTION_WARNING_NOTICE = "child_abduction_warning_notice"
    SEXUAL_RISK_ORDER = "sexual_risk_order"
    RETURN_HOME_INTERVIEW = "return_home_interview"
    SAFETY_PLAN = "safety_plan"
    OTHER = "other"


KNOWN_FLAGS = frozenset({"CSE", "CCE", "CSA", "MISSING", "ONLINE", "DA", "TRAFFICKING"})
KNOWN_LOCATION_TYPES = frozenset(
    {
        "residential",
        "hotel",
        "takeaway",
        "taxi_office",
        "park",
        "school",
        "care_home",
        "vehicle",
        "online",
        "other",
    }
)
KNOWN_OBJECT_TYPES = frozenset({"vehicle", "phone", "online_account"})
KNOWN_LINK_TYPES = frozenset(
    {
        "seen_at",
        "lives_at",
        "drives",
        "uses",
        "associate_of",
        "introduced",
        "transported",
        "paid",
        "parent_of",
    }
)


class _Part(BaseModel):
    """Common configuration: keep unknown fields, strip strings, validate assignments."""

    model_config = ConfigDict(extra="allow", str_strip_whitespace=True, frozen=False)


class Person(_Part):
    """A person in a record. ``ref`` is only unique inside the record."""

    ref: ReqStr = Field(description="id of this person inside the record (P1, P2, ...)")
    role: Role = Field(description="the person's part in the event")
    identified: bool = Field(
        default=True, description="false for a person known to exist who cannot be named"
    )
    forename: OptStr = Field(default=None, description="as recorded, however misspelt")
    surname: OptStr = Field(default=None, description="as recorded, however misspelt")
    aliases: list[str] = Field(default_factory=list, description="other names and nicknames")
    dob: Annotated[dt.date | None, BeforeValidator(_blank_to_none)] = Field(
        default=None, description="date of birth, if known"
    )
    age: int | None = Field(
        default=None,
        ge=0,
        le=125,
        description="age at the event where the date of birth is not known",
    )
    sex: Annotated[Sex | None, BeforeValidator(_blank_to_none)] = Field(
        default=None, description="F, M, X (other) or U (not known); statistics only"
    )
    ethnicity: OptStr = Field(default=None, description="ethnicity code; statistics only")
    nationality: Annotated[str | None, BeforeValidator(_blank_to_none)] = Field(
        default=None, pattern=r"^[A-Za-z]{3}$", description="ISO 3166 alpha-3; statistics only"
    )
    postcode: OptStr = None
    address: OptStr = None
    phone: OptStr = None
    email: OptStr = None
    identifiers: dict[str, str] = Field(
        default_factory=dict, description='other references, e.g. {"pnc": "...", "nhs": "..."}'
    )

    @field_validator("aliases", mode="before")
    @classmethod
    def _aliases(cls, value: Any) -> Any:
        return _null_to_empty_list(value)

    @field_validator("identifiers", mode="before")
    @classmethod
    def _identifiers(cls, value: Any) -> Any:
        if value is None:
            return {}
        if isinstance(value, dict):  # numbers as identifiers are read as text
            return {k: str(v) for k, v in value.items() if v is not None and str(v).strip()}
        return value

    @field_validator("nationality")
    @classmethod
    def _upper(cls, value: str | None) -> str | None:
        return value.upper() if value else value


class Location(_Part):
    ref: ReqStr
    type: OptStr = Field(default=None, description="open vocabulary: hotel, takeaway, ...")
    name: OptStr = None
    address: OptStr = None
    postcode: OptStr = None
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)


class Object(_Part):
    ref: ReqStr
    type: OptStr = Field(
        default=None, description="open vocabulary: vehicle, phone, online_account"
    )
    value: OptStr = Field(default=None, description="registration mark, phone number or handle")
    description: OptStr = None


class Link(_Part):
    model_config = ConfigDict(extra="allow", str_strip_whitespace=True, populate_by_name=True)

    from_: ReqStr = Field(alias="from", description="ref of a person, location or object")
    to: ReqStr = Field(description="ref of a person, location or object")
    type: OptStr = Field(default=None, description="open vocabulary: seen_at, introduced, ...")


class Action(_Part):
    type: ActionType
    at: DateOrDateTime = None
    person_ref: OptStr = None


class Arrest(_Part):
    person_ref: ReqStr
    at: DateOrDateTime = None


class Outcome(_Part):
    code: Annotated[str, BeforeValidator(lambda v: str(v) if isinstance(v, int) else v)] = Field(
        pattern=r"^\d{1,2}[A-Za-z]?$", description='Home Office outcome code: "1", "14", "1A"'
    )
    at: DateOrDateTime = None


class Record(_Part):
    """One event known to one organisation."""

    format: str = Field(description=f'always "{FORMAT_V1}"', pattern=r"^safeguard-exchange/1$")
    record_id: ReqStr = Field(description="the supplier's own reference, unique within source")
    source: ReqStr = Field(description="supplying organisation id")
    source_type: SourceType
    force: OptStr = Field(default=None, description="data.police.uk force id of the area")
    kind: Kind
    version: int = Field(default=1, ge=1, description="supplier's revision; higher supersedes")
    recorded_at: Annotated[dt.datetime, BeforeValidator(_blank_to_none)] = Field(
        description="when the supplier recorded it (ISO 8601)"
    )
    occurred_from: DateOrDateTime = None
    occurred_to: DateOrDateTime = None
    offence_codes: list[str] = Field(
        default_factory=list, description='Home Office codes, e.g. ["22B"]'
    )
    narrative: OptStr = None
    flags: list[str] = Field(default_factory=list, description="supplier flags: CSE, CCE, ...")
    persons: list[Person] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    objects: list[Object] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    safeguarding_actions: list[Action] = Field(default_factory=list)
    arrests: list[Arrest] = Field(default_factory=list)
    outcome: Outcome | None = None
    classification: Annotated[
        Classification, BeforeValidator(lambda v: v or "official-sensitive")
    ] = Classification.OFFICIAL_SENSITIVE

    @field_validator(
        "persons",
        "locations",
        "objects",
        "links",
        "safeguarding_actions",
        "arrests",
        mode="before",
    )
    @classmethod
    def _lists(cls, value: Any) -> Any:
        return _null_to_empty_list(value)

    @field_validator("offence_codes", "flags", mode="before")
    @classmethod
    def _codes_upper(cls, value: Any) -> Any:
        """Codes and flags are case-insensitive: "22b" is "22B", "cse" is "CSE"; blanks are
        dropped and ``null`` is an empty list.

        A list of strings is put right here, before pydantic checks it (it strips strings
        too: what it strips, ``str.strip`` has stripped already); anything else is left for
        pydantic to reject. One Python call a field instead of one before and one after.
        """
        if value is None:
            return []
        if not isinstance(value, list):
            return value
        out = []
        for item in value:
            if not isinstance(item, str):
                return value
            item = item.strip()
            if item:
                out.append(item.upper())
        return out

    @field_validator("recorded_at")
    @classmethod
    def _recorded_utc(cls, value: dt.datetime) -> dt.datetime:
        result: dt.datetime = _to_utc_naive(value)
        return result
