"""Table-driven indicator cases: positive, negated, hypothetical, who gave whom, typos."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safeguard.indicators import normalise, scan

# (description, text, indicator, expected: "yes" counted, "neg", "hyp", "family", "child", "no")
CASES = [
    ("age abbreviation", "Victim is a 14yo female", "child", "yes"),
    ("age with slash", "YP 15 y/o reported", "child", "yes"),
    ("aged N", "girl aged 13 from the estate", "child", "yes"),
    ("school year", "she is a year 9 pupil", "child", "yes"),
    ("a minor", "knowing she was a minor", "child", "yes"),
    ("online sexual", "he asked her to send nudes over snapchat", "sexual", "yes"),
    ("sexting", "concerns re sexting with an adult", "sexual", "yes"),
    ("gift phrase", "she has unexplained gifts and money", "exchange", "yes"),
    ("perpetrator bought her", "he bought her a new phone", "exchange", "yes"),
    ("passive given", "she was given vodka and cannabis by older males", "exchange", "yes"),
    ("somewhere to stay", "offered her somewhere to stay", "exchange", "yes"),
    ("negated gifts", "No evidence of gifts or money.", "exchange", "neg"),
    ("denies", "She denies receiving gifts from anyone.", "exchange", "neg"),
    ("nil concerns", "Nil concerns re threats at this time.", "control", "neg"),
    ("not believed", "He is not believed to have threatened her.", "control", "neg"),
    ("negation stops at sentence", "No injuries. He threatened her.", "control", "yes"),
    ("negation stops at but", "She did not want to but he forced her", "control", "yes"),
    ("advice", "YP was advised about the risks of accepting lifts from males", "exchange", "hyp"),
    ("if anyone offers", "told what to do if anyone offers her money", "exchange", "hyp"),
    ("safety planning", "safety planning around older males giving gifts", "exchange", "hyp"),
    ("reported speech still counts", "she disclosed that he gave her cash for sex", "exchange",
     "yes"),
    ("mum bought phone", "Her mum bought her a phone for Christmas.", "exchange", "family"),
    ("given by dad", "She was given a phone by her dad.", "exchange", "family"),
    ("child gave", "The girl says she bought him a phone.", "exchange", "child"),
    ("typo in lexicon term", "she was threatend by him", "control", "yes"),
    ("one-edit transposition", "he was very manipualtive", "control", "yes"),
    ("misspelt passive", "recieved cash from him", "exchange", "yes"),
    ("two unknown males", "picked up by 2 unknown males", "multiple_perpetrators", "yes"),
    ("his friends", "he introduced her to his friends", "multiple_perpetrators", "yes"),
    ("facilitation", "he introduced her to other men at the flat", "facilitation", "yes"),
    ("let property be used", "he let them use his flat", "facilitation", "yes"),
    ("missing abbreviation", "MFH overnight, returned 0300", "missing", "yes"),
    ("venue", "seen at a Travelodge", "venue", "yes"),
    ("county lines", "suspected county lines involvement", "cce", "yes"),
    ("older boyfriend", "has a much older boyfriend", "grooming", "yes"),
    ("B&B venue punctuation", "taken to a B&B", "venue", "yes"),
    ("case and punctuation", "GROOMED!!!", "grooming", "yes"),
    ("no exchange words", "She went to school today.", "exchange", "no"),
]


def _state(text: str, indicator: str) -> str:
    spans = [s for s in scan(text) if s.indicator == indicator]
    if not spans:
        return "no"
    if any(s.counts for s in spans):
        return "yes"
    s = spans[0]
    if s.giver in ("family", "child"):
        return s.giver
    return "neg" if s.negated else "hyp"


@pytest.mark.parametrize(("description", "text", "indicator", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_case(description: str, text: str, indicator: str, expected: str) -> None:
    assert _state(text, indicator) == expected, description


def test_spans_point_into_original() -> None:
    text = "Victim (14yo),  said:  he BOUGHT her a new phone."
    for span in scan(text):
        assert text[span.start:span.end] == span.text
    assert any(s.text == "BOUGHT her a new phone" for s in scan(text))


def test_nested_spans_collapsed() -> None:
    texts = [s.text for s in scan("he had sex with her") if s.indicator == "sexual"]
    assert texts == ["had sex", "sex with"]  # overlapping spans kept; "sex" inside dropped


@given(st.text(max_size=300))
def test_any_text_never_fails_and_spans_are_exact(text: str) -> None:
    for span in scan(text):
        assert text[span.start:span.end] == span.text
        assert 0 <= span.start < span.end <= len(text)


@given(st.text(max_size=200))
def test_normalise_maps_back(text: str) -> None:
    norm = normalise(text)
    for i, ch in enumerate(norm.padded):
        if ch != " " and 0 < i < len(norm.padded) - 1:
            assert text[norm.to_original(i)].lower()[0] == ch
