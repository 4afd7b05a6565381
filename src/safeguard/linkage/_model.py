"""The linkage model: Splink settings (comparisons, blocking), how it is trained, and moving a
trained model's parameters onto a backend.

A trained model is Splink's JSON (``save_model_to_json``). That JSON is written in one SQL
dialect, so it is not reloaded as it is on another backend: the settings are built afresh for
the backend from :class:`ModelSpec` and the trained parameters (the prior and every level's m
and u) are copied across, comparison by comparison and level by level
(:func:`settings_with_parameters`).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from typing import Any

from splink import SettingsCreator, block_on
from splink.blocking_rule_library import CustomRule

from safeguard.linkage._comparisons import mention_comparisons
from safeguard.linkage._errors import LinkageError

# Never inputs to matching (exchange format, "Rules every reader applies"); tested.
PROTECTED_CHARACTERISTICS = ("sex", "ethnicity", "nationality", "religion")


@dataclass(frozen=True)
class ModelSpec:
    """A Splink model and its unsupervised training plan.

    Attributes:
        name: a short name, recorded with the run.
        settings: the comparisons and the blocking rules for predictions.
        prior_rules: near-certain matching rules to estimate the prior (the probability that
            two random mentions match), with ``prior_recall`` the share of matches they find.
        em_rules: blocking rules of the expectation-maximisation sessions that estimate m;
            each session trains every comparison its rule does not block on.
    """

    name: str
    settings: SettingsCreator
    prior_rules: tuple[Any, ...]
    prior_recall: float
    em_rules: tuple[Any, ...]
    _dicts: dict[str, dict[str, Any]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def settings_dict(self, dialect: str) -> dict[str, Any]:
        """The settings as Splink's dictionary, in a backend's SQL dialect (a fresh copy).

        Splink builds it by parsing every level's SQL (about 0.1 s), so it is built once per
        dialect and copied after.
        """
        if dialect not in self._dicts:
            self._dicts[dialect] = self.settings.create_settings_dict(dialect)
        return copy.deepcopy(self._dicts[dialect])


# Two mentions whose birth ranges (from a date of birth or an age at the event) are no more
# than two years apart, or either of which says nothing about birth: a second key for the
# name rules, so that a common name's block does not grow with the square of everyone so
# named, only of those of about the same age. The generator never records an age more than
# a year out; two years leave room for estimated ages in real records.
_BORN_NEAR = (
    "(l.birth_from IS NULL OR r.birth_from IS NULL "
    "OR (l.birth_from <= r.birth_to + 731 AND r.birth_from <= l.birth_to + 731))"
)


@dataclass(frozen=True, slots=True)
class TypoRule:
    """A blocking rule "the same ``same``, and ``typo`` values sharing a key of ``keys``"
    (with the birth ranges near), at its position ``index`` among the rules."""

    index: int
    same: str
    typo: str
    keys: str


# Rules 2 and 3, as :mod:`safeguard.linkage._blocking` computes them without Splink's explosion.
TYPO_RULES = (
    TypoRule(1, same="forename", typo="surname", keys="surname_dk"),
    TypoRule(2, same="surname", typo="forename", keys="forename_dk"),
)
BORN_NEAR = _BORN_NEAR


def _rule(sql: str, explode: str | None = None) -> Any:
    return CustomRule(sql, sql_dialect="duckdb", arrays_to_explode=[explode] if explode else None)


def _blocking_rules() -> list[Any]:
    # Measured on the generator's truth (docs/linkage.md): these keep pair recall above 0.99.
    # Each rule ties a weak key to a second one so that no block grows with the square of
    # the population on its own (the synthetic phone numbers share 1,000 values, for one).
    first_letter_forename = "substr(forename, 1, 1)"
    first_letter_surname = "substr(surname, 1, 1)"
    return [
        _rule(f"l.forename = r.forename AND l.surname = r.surname AND {_BORN_NEAR}"),
        # a surname typo (any one-letter deletion in common), then a forename typo, nickname
        # or variant: on DuckDB these two are computed name by name (TYPO_RULES)
        _rule(
            f"l.forename = r.forename AND l.surname_dk = r.surname_dk AND {_BORN_NEAR}",
            "surname_dk",
        ),
        _rule(
            f"l.surname = r.surname AND l.forename_dk = r.forename_dk AND {_BORN_NEAR}",
            "forename_dk",
        ),
        block_on("surname", "dob"),
        block_on("forename", "dob"),
        # the same names and day and month of birth: a mistyped year of birth
        block_on("forename", "surname", "substr(dob, 6, 5)"),
        block_on("dob", first_letter_forename),
        block_on("dob", first_letter_surname),
        block_on("postcode", first_letter_forename),
        block_on("postcode", first_letter_surname),
        _rule(f"l.phone = r.phone AND {_first('forename')} AND {_BORN_NEAR}"),
        _rule(f"l.phone = r.phone AND {_first('surname')} AND {_BORN_NEAR}"),
        block_on("email"),
        block_on("identifiers", arrays_to_explode=["identifiers"]),
    ]


def _first(column: str) -> str:
    return f"substr(l.{column}, 1, 1) = substr(r.{column}, 1, 1)"


def mention_model() -> ModelSpec:
    """The person-mention model: every mention in the warehouse against every other.

    Example:
        >>> spec = mention_model()
        >>> [c["output_column_name"] for c in spec.settings_dict("duckdb")["comparisons"]][:3]
        ['forename', 'surname', 'aliases']
    """
    settings = SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        comparisons=mention_comparisons(),
        blocking_rules_to_generate_predictions=_blocking_rules(),
        retain_matching_columns=True,
        retain_intermediate_calculation_columns=True,
        max_iterations=20,
    )
    return ModelSpec(
        name="person-mentions/1",
        settings=settings,
        prior_rules=(block_on("forename", "surname", "dob"),),
        prior_recall=0.6,
        em_rules=(block_on("forename", "surname"), block_on("dob")),
    )


def trained_parameters(model: dict[str, Any]) -> dict[str, Any]:
    """The prior and each level's m and u from a saved Splink model, by comparison name."""
    return {
        "probability_two_random_records_match": model["probability_two_random_records_match"],
        "comparisons": {
            comparison["output_column_name"]: [
                {k: level.get(k) for k in ("m_probability", "u_probability")}
                for level in comparison["comparison_levels"]
            ]
            for comparison in model["comparisons"]
        },
    }


def settings_with_parameters(
    spec: ModelSpec, dialect: str, model: dict[str, Any]
) -> dict[str, Any]:
    """The spec's settings in ``dialect``, carrying a trained model's parameters.

    Raises:
        LinkageError: the model was trained with other comparisons or levels.
    """
    settings = spec.settings_dict(dialect)
    trained = trained_parameters(model)
    settings["probability_two_random_records_match"] = trained[
        "probability_two_random_records_match"
    ]
    for comparison in settings["comparisons"]:
        levels = trained["comparisons"].get(comparison["output_column_name"])
        if levels is None or len(levels) != len(comparison["comparison_levels"]):
            raise LinkageError(
                f"the saved model does not fit this version's comparison "
                f"{comparison['output_column_name']!r}: train the model again"
            )
        for level, values in zip(comparison["comparison_levels"], levels, strict=True):
            level.update({k: v for k, v in values.items() if v is not None})
    return settings


def referenced_names(settings: dict[str, Any]) -> str:
    """All the SQL of a settings dictionary as one lower-case text, to search for columns."""
    return json.dumps(settings).lower()
