"""The worker's passphrase rules."""

from __future__ import annotations

import random
import string
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cssw_core.domain.passphrase import (
    COMMON,
    MAX_LENGTH,
    MIN_LENGTH,
    PERSONAL,
    REPEATED,
    SEQUENCE,
    STRENGTH_LABELS,
    TOO_GUESSABLE,
    TOO_LONG,
    TOO_SHORT,
    assess,
    is_common_password,
    rules_text,
)


@pytest.mark.parametrize(
    "passphrase",
    [
        "password123456",
        "Password1!",
        "qwertyuiop123",
        "PASSWORD123456!!",
        "letmein12345!",
        "  iloveyou2024  ",
    ],
)
def test_common_passwords_are_refused_even_with_extras(passphrase: str) -> None:
    result = assess(passphrase)
    assert not result.acceptable
    assert COMMON in result.problems


def test_common_password_check_ignores_case_and_tacked_on_endings() -> None:
    assert is_common_password("PassWord")
    assert is_common_password("password!!!2024")
    assert is_common_password("!!password")
    assert is_common_password("pass word")


@pytest.mark.parametrize("passphrase", ["jessica1990!!", "Wednesday2024!", "international"])
def test_a_single_common_word_or_name_with_extras_is_refused(passphrase: str) -> None:
    result = assess(passphrase)
    assert not result.acceptable
    assert COMMON in result.problems


@pytest.mark.parametrize("passphrase", ["michaeljordan", "sunshineflower", "princess123abc"])
def test_easily_guessed_passphrases_get_the_general_advice(passphrase: str) -> None:
    result = assess(passphrase)
    assert not result.acceptable
    assert result.problems == [TOO_GUESSABLE]
    assert result.score < 3
    assert not is_common_password("kettle orbit maple drum")


@pytest.mark.parametrize("passphrase", ["", "a", "Tr0ub4dor&3", "x7#Kq!2mZ@p"])
def test_short_passphrases_are_refused(passphrase: str) -> None:
    assert len(passphrase) < MIN_LENGTH
    result = assess(passphrase)
    assert not result.acceptable
    assert result.problems[0] == TOO_SHORT


def test_the_length_limit_is_1024_and_checked_quickly() -> None:
    rng = random.Random(0)
    longest = "".join(rng.choice(string.ascii_lowercase + " ") for _ in range(MAX_LENGTH))
    assert assess(longest).acceptable
    started = time.perf_counter()
    result = assess(longest + "q")
    assert time.perf_counter() - started < 1
    assert not result.acceptable
    assert result.problems == [TOO_LONG]


def test_a_long_repeated_phrase_is_refused() -> None:
    result = assess("kettle orbit maple drum " * 40)
    assert REPEATED in result.problems


@pytest.mark.parametrize(
    "passphrase",
    ["1234567890123", "abcdefghijklmnop", "asdfghjkl;asdf", "zxcvbnm,./zxcv", "789456123654"],
)
def test_keyboard_and_number_runs_are_refused(passphrase: str) -> None:
    result = assess(passphrase)
    assert not result.acceptable
    assert SEQUENCE in result.problems


@pytest.mark.parametrize(
    "passphrase",
    ["aaaaaaaaaaaab", "zzzzzzzzzzzzzzzzzzzz", "abcabcabcabcabc", "river river river river"],
)
def test_repeats_are_refused(passphrase: str) -> None:
    result = assess(passphrase)
    assert not result.acceptable
    assert REPEATED in result.problems


@pytest.mark.parametrize(
    "passphrase",
    [
        "kettle orbit maple drum",
        "lunchbox ravioli canyon",
        "opera tulip hedgehog",
        "gardening concert alerted",  # holds the keyboard run "ert" by chance
        "blue-horse-42-tango",
        "Correct horse battery staple",
    ],
)
def test_random_word_passphrases_are_accepted(passphrase: str) -> None:
    result = assess(passphrase)
    assert result.acceptable, result.problems
    assert result.problems == []
    assert result.score >= 3
    assert result.strength_label in ("Strong", "Very strong")


def test_the_workers_own_name_is_not_a_passphrase() -> None:
    result = assess("sampatel2024!!x", user_inputs=["Sam Patel"])
    assert not result.acceptable
    assert PERSONAL in result.problems
    assert assess("sampatel2024!!x").acceptable  # only because it is this worker's name


def test_a_refused_passphrase_is_never_called_strong() -> None:
    result = assess("Tr0ub4dor&3")  # zxcvbn alone would rate it well
    assert result.score <= 2
    assert result.strength_label == STRENGTH_LABELS[result.score]


@given(st.text(max_size=60))
@settings(max_examples=60, deadline=None)
def test_assessment_is_consistent(passphrase: str) -> None:
    result = assess(passphrase)
    assert 0 <= result.score <= 4
    assert result.strength_label == STRENGTH_LABELS[result.score]
    assert result.acceptable is (not result.problems)
    if result.acceptable:
        assert result.score >= 3
        assert len(passphrase) >= MIN_LENGTH


@pytest.mark.parametrize(
    "passphrase", ["", "password123456", "aaaaaaaaaaaab", "asdfghjkl;asdf", "Sam Patel rocks"]
)
def test_problems_are_short_plain_sentences(passphrase: str) -> None:
    for problem in assess(passphrase, user_inputs=["Sam Patel"]).problems:
        assert problem[0].isupper()
        assert problem.endswith(".")
        assert len(problem) < 200
        for jargon in ("zxcvbn", "entropy", "score", "dictionary", "l33t"):
            assert jargon not in problem.lower()


def test_problems_never_echo_the_passphrase() -> None:
    for problem in assess("password123456").problems:
        assert "password123456" not in problem


def test_rules_text_states_the_minimum() -> None:
    text = rules_text()
    assert f"{MIN_LENGTH} characters" in text
    assert text.endswith(".")
