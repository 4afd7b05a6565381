"""The review pack's columns and the determinations a reviewer may give: one place for both."""

from __future__ import annotations

#: What a reviewer may determine about a record, in the order offered in the drop-down.
DETERMINATIONS = ("cse", "not-cse", "cannot-tell")
DETERMINATION_HELP = {
    "cse": "the record shows child sexual exploitation (cse/1 as written in the guide sheet)",
    "not-cse": "the record does not show child sexual exploitation",
    "cannot-tell": "the record does not say enough to decide (left out of the estimates)",
}
_SPELLINGS = {
    "cse": "cse",
    "not-cse": "not-cse",
    "not cse": "not-cse",
    "not_cse": "not-cse",
    "notcse": "not-cse",
    "cannot-tell": "cannot-tell",
    "cannot tell": "cannot-tell",
    "cannot_tell": "cannot-tell",
    "can't tell": "cannot-tell",
}

SHEET = "Review"
GUIDE_SHEET = "How to review"

#: Every column of a review pack, in order; the last three are the reviewer's.
PACK_COLUMNS = (
    "round",
    "record",
    "review",
    "force",
    "source type",
    "kind",
    "recorded",
    "occurred",
    "offence codes",
    "people",
    "supplier flags",
    "our decision",
    "our evidence",
    "narrative",
    "determination",
    "reviewer",
    "comment",
)
#: Hidden in a blind pack: what the supplier and Safeguard already think.
BLIND_HIDES = ("supplier flags", "our decision", "our evidence")
#: What an import needs.
REQUIRED_COLUMNS = ("round", "record", "review", "determination", "reviewer")

#: The resolution sheet written by ``disagreements`` and read by ``resolve``.
RESOLUTION_SHEET = "Resolve"
RESOLUTION_COLUMNS = (
    "round",
    "record",
    "determination 1",
    "reviewer 1",
    "comment 1",
    "determination 2",
    "reviewer 2",
    "comment 2",
    "narrative",
    "resolved determination",
    "resolver",
    "note",
)
RESOLUTION_REQUIRED = ("round", "record", "resolved determination", "resolver")


def determination(text: str) -> str | None:
    """The determination a cell means (any case, spaces or underscores), or None.

    Example:
        >>> determination(" Not CSE ")
        'not-cse'
    """
    return _SPELLINGS.get(" ".join(text.strip().lower().split()))


def safe_cell(value: object) -> object:
    """A value for a spreadsheet cell: text a spreadsheet would run as a formula is quoted.

    Example:
        >>> safe_cell("=HYPERLINK(1)")
        "'=HYPERLINK(1)"
    """
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
