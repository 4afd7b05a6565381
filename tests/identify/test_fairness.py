"""Protected characteristics never change a decision."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from safeguard.identify import decide
from tests.identify.conftest import make

NARRATIVES = [
    "He bought her vodka and a new phone, then had sex with her at a hotel.",
    "2 unknown males picked her up in a taxi; she was given cannabis.",
    "Her mum bought her a phone. No concerns.",
    None,
]
SEX = st.sampled_from(["F", "M", "X", "U", None])
ETHNICITY = st.sampled_from(["W1", "A1", "A2", "B1", "O9", None])
NATIONALITY = st.sampled_from(["GBR", "PAK", "POL", "ROU", None])


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(NARRATIVES),
    st.lists(st.tuples(SEX, ETHNICITY, NATIONALITY), min_size=3, max_size=3),
    st.sampled_from(["muslim", "christian", "none", None]),
)
def test_protected_fields_do_not_change_decisions(
    narrative: str | None, values: list[tuple[str | None, ...]], religion: str | None
) -> None:
    record = make(narrative, ("22B",), suspects=({"age": 30}, {"identified": False}))
    before = decide(record).to_json()
    for person, (sex, ethnicity, nationality) in zip(record.persons, values, strict=True):
        person.sex = sex  # type: ignore[assignment]
        person.ethnicity = ethnicity
        person.nationality = nationality
        setattr(person, "religion", religion)  # noqa: B010  # an unknown extra field
    assert decide(record).to_json() == before
