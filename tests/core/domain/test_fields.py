"""The shared field rules (cssw_core.domain.fields) and the sealed document's check
(cssw_core.domain.document_rules): one set of rules for the laptop's forms and central."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from cssw_core.domain import fields
from cssw_core.domain.agencies import Agency
from cssw_core.domain.document_rules import DocumentRuleBroken, check_document
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from tests.support.records import complete_draft, family_with_teenager
from tests.support.sealed_documents import (
    SEALED_AT,
    new_device_key,
    seal_consent_document,
    seal_withdrawal_document,
)

BIDI_AND_CONTROL = [
    "\x00", "\x07", "\t", "\x1b", "\x7f", "\x85", "\u061c", "\u200e", "\u200f",
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
    "\u2069", "\u2028", "\u2029", "\ufeff", "\ue000", "\ud800",
]  # fmt: skip


@pytest.mark.parametrize("char", BIDI_AND_CONTROL)
def test_control_and_bidi_characters_are_hidden_characters(char: str) -> None:
    assert fields.has_hidden_characters(f"Ok{char}afor")
    assert fields.text_problem(f"Ok{char}afor", 100) is fields.TextProblem.HIDDEN
    assert "\ufffd" in fields.shown(f"Ok{char}afor")


@pytest.mark.parametrize(
    "text", ["Okafor", "Nowak-Żurek", "O'Brien", "محمد", "می\u200cخواهم", "क्\u200dष", "李 小龍"]
)
def test_ordinary_names_in_any_script_pass(text: str) -> None:
    assert fields.text_problem(text, 100, required=True) is None
    assert fields.shown(text) == text


def test_line_breaks_only_where_a_field_has_lines() -> None:
    assert fields.text_problem("1 Birch Close\nDemoford", 300, multiline=True) is None
    assert fields.text_problem("1 Birch Close\nDemoford", 300) is fields.TextProblem.HIDDEN
    assert fields.text_problem("   ", 10, required=True) is fields.TextProblem.EMPTY
    assert fields.text_problem("x" * 11, 10) is fields.TextProblem.TOO_LONG


def test_times_need_their_zone_and_lie_within_the_static_bounds() -> None:
    assert fields.time_problem(datetime(2026, 3, 14, 10, tzinfo=UTC)) is None
    assert fields.time_problem(datetime(2026, 3, 14, 10)) is fields.TimeProblem.NO_TIME_ZONE
    assert fields.time_problem(datetime(1, 1, 1, tzinfo=UTC)) is fields.TimeProblem.TOO_EARLY
    assert fields.time_problem(fields.EARLIEST_TIME - timedelta(microseconds=1)) is not None
    assert fields.time_problem(fields.EARLIEST_TIME) is None
    late = datetime(9999, 12, 31, tzinfo=timezone(timedelta(hours=5)))
    assert fields.time_problem(late) is fields.TimeProblem.TOO_LATE
    assert fields.date_problem(date(2015, 6, 1), earliest=fields.EARLIEST_BIRTH_DATE) is None
    assert fields.date_problem(date(1, 1, 1), earliest=fields.EARLIEST_BIRTH_DATE) is not None


def test_a_laptops_own_records_pass_the_document_check() -> None:
    key = new_device_key()
    family = family_with_teenager()
    check_document(seal_consent_document(key, family, complete_draft(family)).document)
    withdrawal = Withdrawal(
        family.id, SEALED_AT, CommunicatedBy.PHONE, share=frozenset({Agency.POLICE}),
        reason="They moved.\nNew address to follow.", worker="Wendy Walker",
        worker_attested=True,
    )  # fmt: skip
    check_document(seal_withdrawal_document(key, family, withdrawal).document)


def test_the_document_check_names_the_part_never_its_content() -> None:
    family = family_with_teenager()
    document = copy.deepcopy(
        seal_consent_document(new_device_key(), family, complete_draft(family)).document
    )
    document["family"]["address"] = "Secret\u202e Street"
    with pytest.raises(DocumentRuleBroken) as broken:
        check_document(document)
    assert str(broken.value) == "The record's address contains hidden or control characters."


@pytest.mark.parametrize("wrong", [1, 1.5, True, [], {}])
def test_an_id_of_the_wrong_type_is_refused_not_a_crash(wrong: object) -> None:
    """Found by the envelope fuzz: a signature's child id of 1 made uuid raise
    AttributeError, which escaped the check (central would have answered 500)."""
    family = family_with_teenager()
    document = copy.deepcopy(
        seal_consent_document(new_device_key(), family, complete_draft(family)).document
    )
    document["signatures"][0]["child_id"] = wrong
    with pytest.raises(DocumentRuleBroken):
        check_document(document)
