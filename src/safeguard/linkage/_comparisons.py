"""The comparisons of the person-mention model: how two mentions are compared, field by field.

Each comparison is a Splink comparison of ordered levels; the first level whose condition
holds scores the pair. Conditions are written once and translated by Splink for each backend
(custom SQL is DuckDB's, translated by sqlglot for Spark). Columns are those of
``sql/prepare_mentions.sql``. No protected characteristic (sex, ethnicity, nationality,
religion) appears here: a test reads the settings to make sure.

Where a level may never occur in the training data (initials, e-mail, identifiers in the
synthetic data) it starts from a stated prior, which training replaces when it sees the level.
"""

from __future__ import annotations

from typing import Any

import splink.comparison_level_library as cll
import splink.comparison_library as cl

_DUCKDB = "duckdb"
_YEAR = 366
_FIVE_YEARS = 1827


def _custom(sql: str, label: str) -> Any:
    return cll.CustomLevel(sql, label_for_charts=label, base_dialect_str=_DUCKDB)


def _null(column: str) -> Any:
    return cll.NullLevel(column).configure(label_for_charts="Missing on one side or both")


def forename() -> Any:
    """Forename: exact (with term frequencies), nickname or variant, close spelling, initial."""
    return cl.CustomComparison(
        output_column_name="forename",
        comparison_levels=[
            _null("forename"),
            cll.ExactMatchLevel("forename", term_frequency_adjustments=True),
            _custom("list_contains(forename_alts_l, forename_r)", "Nickname or variant"),
            cll.JaroWinklerLevel("forename", 0.92),
            # "K." against "Kayleigh": rare, so a prior: P(one side is an initial) times
            # P(same first letter | different people) of about 1 in 14.
            _custom(
                "(length(forename_l) = 1 OR length(forename_r) = 1) "
                "AND substr(forename_l, 1, 1) = substr(forename_r, 1, 1)",
                "Initial agrees",
            ).configure(m_probability=0.01, u_probability=0.0007),
            cll.JaroWinklerLevel("forename", 0.8),
            cll.ElseLevel(),
        ],
    )


def surname() -> Any:
    """Surname: exact (with term frequencies), one edit, then two Jaro-Winkler bands."""
    return cl.CustomComparison(
        output_column_name="surname",
        comparison_levels=[
            _null("surname"),
            cll.ExactMatchLevel("surname", term_frequency_adjustments=True),
            cll.LevenshteinLevel("surname", 1),
            cll.JaroWinklerLevel("surname", 0.9),
            cll.JaroWinklerLevel("surname", 0.8),
            cll.ElseLevel(),
        ],
    )


def aliases() -> Any:
    """Aliases and street names: one shared, or one side's alias is the other's forename."""
    return cl.CustomComparison(
        output_column_name="aliases",
        comparison_levels=[
            _custom("aliases_l IS NULL AND aliases_r IS NULL", "No alias on either").configure(
                is_null_level=True
            ),
            cll.ArrayIntersectLevel("aliases", 1).configure(
                m_probability=0.3, u_probability=1e-4, label_for_charts="An alias shared"
            ),
            _custom(
                "list_contains(aliases_l, forename_r) OR list_contains(aliases_r, forename_l)",
                "Alias is the other's forename",
            ).configure(m_probability=0.05, u_probability=1e-5),
            _custom("aliases_l IS NULL OR aliases_r IS NULL", "Alias on one side only").configure(
                is_null_level=True
            ),
            cll.ElseLevel().configure(m_probability=0.65, u_probability=0.9999),
        ],
    )


def date_of_birth() -> Any:
    """Date of birth: exact, day and month swapped, one keying error, same month, same year."""
    return cl.CustomComparison(
        output_column_name="dob",
        comparison_levels=[
            _null("dob"),
            cll.ExactMatchLevel("dob", term_frequency_adjustments=True),
            _custom(
                "substr(dob_l, 1, 4) = substr(dob_r, 1, 4) "
                "AND substr(dob_l, 6, 2) = substr(dob_r, 9, 2) "
                "AND substr(dob_l, 9, 2) = substr(dob_r, 6, 2)",
                "Day and month swapped",
            ),
            cll.LevenshteinLevel("dob", 1),
            _custom("substr(dob_l, 1, 7) = substr(dob_r, 1, 7)", "Same year and month"),
            _custom(f"abs(birth_to_l - birth_to_r) <= {_YEAR}", "Within a year"),
            cll.ElseLevel(),
        ],
    )


def age_at_event() -> Any:
    """Age at the event against a date of birth (or another age): are they consistent?

    Scored only when at least one side has an age but no date of birth, so that a pair with
    two dates of birth is not counted twice.
    """
    return cl.CustomComparison(
        output_column_name="age",
        comparison_levels=[
            _custom(
                "(dob_l IS NOT NULL AND dob_r IS NOT NULL) "
                "OR birth_from_l IS NULL OR birth_from_r IS NULL",
                "Both dates of birth known, or an age unknown",
            ).configure(is_null_level=True),
            _custom("birth_from_l <= birth_to_r AND birth_from_r <= birth_to_l", "Age consistent"),
            _custom(
                f"birth_from_l <= birth_to_r + {_YEAR} AND birth_from_r <= birth_to_l + {_YEAR}",
                "Age within a year",
            ),
            _custom(
                f"birth_from_l <= birth_to_r + {_FIVE_YEARS} "
                f"AND birth_from_r <= birth_to_l + {_FIVE_YEARS}",
                "Age within five years",
            ),
            cll.ElseLevel(),
        ],
    )


def postcode() -> Any:
    """Postcode: unit (with term frequencies), sector, district."""
    return cl.CustomComparison(
        output_column_name="postcode",
        comparison_levels=[
            _null("postcode_district"),
            cll.ExactMatchLevel("postcode", term_frequency_adjustments=True),
            cll.ExactMatchLevel("postcode_sector"),
            cll.ExactMatchLevel("postcode_district"),
            cll.ElseLevel(),
        ],
    )


def phone() -> Any:
    """Phone number (digits, +44 read as 0): the same or not."""
    return cl.CustomComparison(
        output_column_name="phone",
        comparison_levels=[
            _null("phone"),
            cll.ExactMatchLevel("phone"),
            cll.LevenshteinLevel("phone", 1),
            cll.ElseLevel(),
        ],
    )


def email() -> Any:
    """E-mail address: the same, or one keying error away."""
    return cl.CustomComparison(
        output_column_name="email",
        comparison_levels=[
            _null("email"),
            cll.ExactMatchLevel("email").configure(m_probability=0.85, u_probability=1e-6),
            cll.LevenshteinLevel("email", 1).configure(m_probability=0.05, u_probability=1e-6),
            cll.ElseLevel().configure(m_probability=0.1, u_probability=0.999998),
        ],
    )


def identifiers() -> Any:
    """Other identifiers (PNC, NHS, child id ...): one shared, or the same kind differing."""
    return cl.CustomComparison(
        output_column_name="identifiers",
        comparison_levels=[
            _null("identifiers"),
            cll.ArrayIntersectLevel("identifiers", 1).configure(
                m_probability=0.95, u_probability=1e-7, label_for_charts="An identifier shared"
            ),
            cll.ArrayIntersectLevel("identifier_types", 1).configure(
                m_probability=0.05,
                u_probability=0.5,
                label_for_charts="Same kind of identifier, different value",
            ),
            # different kinds of identifier say nothing either way
            cll.ElseLevel().configure(is_null_level=True, label_for_charts="No common kind"),
        ],
    )


def area() -> Any:
    """The police force area the record falls in: the same (with term frequencies) or not.

    Most of a person's records fall in the force area they live in; a different area is weak
    evidence against (people move, and networks cross force boundaries).
    """
    return cl.CustomComparison(
        output_column_name="area",
        comparison_levels=[
            _null("area"),
            cll.ExactMatchLevel("area", term_frequency_adjustments=True),
            cll.ElseLevel(),
        ],
    )


def mention_comparisons() -> list[Any]:
    """Every comparison of the person-mention model, in order."""
    return [
        forename(),
        surname(),
        aliases(),
        date_of_birth(),
        age_at_event(),
        postcode(),
        phone(),
        email(),
        identifiers(),
        area(),
    ]
