"""A sealed document checked field by field with the shared rules (`fields`), before central
stores anything of it.

A seal proves only that a laptop's key signed these bytes, not that the bytes are
sensible: a hostile laptop can seal anything. So central reads every part of the document
strictly: only the keys this version knows, every text bounded and free of hidden
characters, every time with its zone and within the static bounds, every list bounded, and
a withdrawal that withdraws something (an agency, a document or research; format 1 or 2),
by the adult or by a young person aged 13 or over that day. The answer names the part in
plain words, never its content.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from cssw_core.domain import fields
from cssw_core.domain.consent import ConsentRecordDraft, NotSought
from cssw_core.domain.record_json import RecordFormatError
from cssw_core.domain.sealing import DOCUMENT_FORMAT, RecordKind
from cssw_core.domain.signature import Signature, plain_ink_holds
from cssw_core.domain.withdrawal import Withdrawal
from cssw_core.utc_text import read_utc_text

if TYPE_CHECKING:
    from typing import TypeAlias

    from cssw_core.domain.share import Share

    SealedRecord: TypeAlias = ConsentRecordDraft | Withdrawal | Share

_REQUIRED_KEYS = frozenset(
    (
        "format", "kind", "record", "family", "signatures", "confirmed_at", "sealed_at",
        "device_id", "device_public_key", "worker", "app_version",
    )
)  # fmt: skip
_OPTIONAL_KEYS = frozenset(("young_people_confirmed_at", "training"))
_FAMILY_KEYS = frozenset(("id", "family_name", "address", "case_reference"))
_SIGNATURE_KEYS = frozenset(
    ("role", "signer_name", "signed_at", "width", "height", "strokes", "image_png", "child_id")
)
_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_HEX64_RE = re.compile(r"^[0-9a-f]{64}$")
_UTC_TEXT_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z$")
_TEXT_WORDS = {
    fields.TextProblem.EMPTY: "is empty",
    fields.TextProblem.TOO_LONG: "is too long",
    fields.TextProblem.HIDDEN: "contains hidden or control characters",
}
_TIME_WORDS = {
    fields.TimeProblem.NO_TIME_ZONE: "has no time zone",
    fields.TimeProblem.TOO_EARLY: "is before this app existed",
    fields.TimeProblem.TOO_LATE: "is too far in the future",
}


class DocumentRuleBroken(ValueError):
    """A part of a sealed document breaks a rule; the message names the part, never its
    content, in words safe to show a worker or a team lead."""


def _text(
    value: object, what: str, limit: int, *, required: bool = False, lines: bool = False
) -> None:
    if not isinstance(value, str):
        raise DocumentRuleBroken(f"The record's {what} is not text.")
    problem = fields.text_problem(value, limit, required=required, multiline=lines)
    if problem is not None:
        raise DocumentRuleBroken(f"The record's {what} {_TEXT_WORDS[problem]}.")


def _moment(moment: datetime, what: str) -> None:
    problem = fields.time_problem(moment)
    if problem is not None:
        raise DocumentRuleBroken(f"The record's {what} {_TIME_WORDS[problem]}.")


def _day(day: date, what: str, earliest: date | None = None) -> None:
    problem = fields.date_problem(day, earliest=earliest)
    if problem is not None:
        words = _TIME_WORDS[problem] if earliest is None else "is not a believable date"
        raise DocumentRuleBroken(f"The record's {what} {words}.")


def _utc_text(value: object, what: str) -> datetime:
    if not isinstance(value, str) or not _UTC_TEXT_RE.match(value):
        raise DocumentRuleBroken(f"The record's {what} is not a time in the expected form.")
    try:
        moment = read_utc_text(value)
    except ValueError:
        raise DocumentRuleBroken(f"The record's {what} is not a real time.") from None
    _moment(moment, what)
    return moment


def _bounded(value: object, what: str, limit: int) -> None:
    if len(value) > limit:  # type: ignore[arg-type]
        raise DocumentRuleBroken(f"The record lists too many {what}.")


def check_document(document: Mapping[str, Any]) -> None:
    """Every part of a sealed document within the rules; DocumentRuleBroken otherwise."""
    read_document(document)


def read_document(document: Mapping[str, Any]) -> SealedRecord:
    """`check_document`, returning the record it read on the way (a consent record,
    withdrawal or share), so that whoever checks a document need not read it again."""
    keys = set(document)
    if not keys >= _REQUIRED_KEYS:
        raise DocumentRuleBroken("The record is missing parts this version expects.")
    if keys - _REQUIRED_KEYS - _OPTIONAL_KEYS:
        raise DocumentRuleBroken("The record has parts this version does not know.")
    if document["format"] != DOCUMENT_FORMAT:
        raise DocumentRuleBroken("The record is in a format this version does not know.")
    _check_family(document["family"])
    kind = document["kind"]
    record: SealedRecord
    if kind == RecordKind.CONSENT.value:
        record = _check_consent(document["record"])
    elif kind == RecordKind.WITHDRAWAL.value:
        record = _check_withdrawal(document["record"])
    elif kind == RecordKind.SHARE.value:
        record = _check_share(document["record"])
        if document["signatures"] != [] or document["confirmed_at"] is not None:
            raise DocumentRuleBroken("A share record carries no signatures.")
    else:
        raise DocumentRuleBroken("The record is of a kind this version does not know.")
    _check_signatures(document["signatures"])
    if document["confirmed_at"] is not None:
        _utc_text(document["confirmed_at"], "time of confirmation")
    young = document.get("young_people_confirmed_at", {})
    if not isinstance(young, dict):
        raise DocumentRuleBroken("The record's young people's confirmations are not a list.")
    _bounded(young, "young people's confirmations", fields.MAX_CHILDREN)
    for child_id, when in young.items():
        _id(child_id, "child id")
        _utc_text(when, "time a young person confirmed")
    _utc_text(document["sealed_at"], "time of sealing")
    _id(document["device_id"], "device id")
    if not isinstance(document["device_public_key"], str) or not _HEX64_RE.match(
        document["device_public_key"]
    ):
        raise DocumentRuleBroken("The record's device key is not in the expected form.")
    _text(document["worker"], "worker's name", fields.MAX_WORKER_NAME)
    _text(document["app_version"], "app version", fields.MAX_VERSION)
    return record


def _id(value: object, what: str) -> None:
    if not isinstance(value, str) or not _UUID_RE.match(value):
        raise DocumentRuleBroken(f"The record's {what} is not an identifier.")


def _check_family(family: object) -> None:
    if not isinstance(family, dict) or set(family) != _FAMILY_KEYS:
        raise DocumentRuleBroken("The record's family details are not in the expected form.")
    _id(family["id"], "family id")
    _text(family["family_name"], "family name", fields.MAX_NAME, required=True)
    _text(family["address"], "address", fields.MAX_ADDRESS, lines=True)
    _text(family["case_reference"], "case reference", fields.MAX_CASE_REFERENCE)


def _parsed(parse: Callable[[Mapping[str, Any]], Any], value: object, what: str) -> Any:
    if not isinstance(value, dict):
        raise DocumentRuleBroken(f"The {what} is not in the expected form.")
    try:
        return parse(value)
    except (RecordFormatError, ValueError, TypeError, KeyError, AttributeError):
        raise DocumentRuleBroken(f"The {what} is not in the expected form.") from None


def _check_consent(value: object) -> ConsentRecordDraft:
    draft: ConsentRecordDraft = _parsed(ConsentRecordDraft.from_json, value, "consent record")
    _bounded(draft.covered_children, "children", fields.MAX_CHILDREN)
    for child in draft.covered_children:
        _text(child.name, "child's name", fields.MAX_NAME, required=True)
        _text(child.gender, "child's gender", fields.MAX_GENDER)
        _day(child.date_of_birth, "child's date of birth", fields.EARLIEST_BIRTH_DATE)
    for consent in draft.young_person_consents.values():
        if isinstance(consent, NotSought):
            _text(
                consent.reason, "reason a young person was not asked", fields.MAX_REASON, lines=True
            )
    _text(draft.consent_giver_name, "consent giver's name", fields.MAX_NAME)
    _text(draft.consent_giver_relationship, "relationship", fields.MAX_RELATIONSHIP)
    _text(draft.interpreter_language, "interpreter's language", fields.MAX_LANGUAGE_NAME)
    _text(draft.interpreter_name, "interpreter's name", fields.MAX_NAME)
    _text(draft.leaflet_version, "leaflet version", fields.MAX_VERSION)
    _text(draft.leaflet_hash, "leaflet fingerprint", 64)
    _text(draft.worker, "worker's name", fields.MAX_WORKER_NAME)
    _text(draft.device, "laptop's name", fields.MAX_DEVICE_NAME)
    _bounded(draft.sections_viewed, "leaflet sections", fields.MAX_SECTIONS)
    for section, when in draft.sections_viewed.items():
        _text(section, "leaflet section", fields.MAX_NAME)
        _moment(when, "time a leaflet section was viewed")
    for explained_at in draft.explained.values():
        if explained_at is not None:
            _moment(explained_at, "time a point was explained")
    _day(draft.visit_date, "visit date")
    _moment(draft.visit_start, "visit start")
    if draft.visit_end is not None:
        _moment(draft.visit_end, "visit end")
    return draft


def _check_withdrawal(value: object) -> Withdrawal:
    withdrawal: Withdrawal = _parsed(Withdrawal.from_json, value, "withdrawal")
    if not withdrawal.withdraws_anything:
        raise DocumentRuleBroken("The withdrawal does not withdraw any consent.")
    child = withdrawal.young_person
    if child is not None:
        _text(child.name, "young person's name", fields.MAX_NAME, required=True)
        _text(child.gender, "young person's gender", fields.MAX_GENDER)
        _day(child.date_of_birth, "young person's date of birth", fields.EARLIEST_BIRTH_DATE)
        if not withdrawal.young_person_old_enough():
            raise DocumentRuleBroken(
                "The withdrawal is a young person's own, but they were under 13 that day."
            )
    _text(withdrawal.reason, "reason for the withdrawal", fields.MAX_REASON, lines=True)
    _text(withdrawal.worker, "worker's name", fields.MAX_WORKER_NAME)
    _moment(withdrawal.withdrawn_at, "time of the withdrawal")
    return withdrawal


def _check_share(value: object) -> Share:
    from cssw_core.domain.share import Share

    share: Share = _parsed(Share.from_json, value, "share record")
    if problems := share.problems():
        raise DocumentRuleBroken(f"The share record is not complete: {problems[0]}")
    _bounded(share.children, "children", fields.MAX_CHILDREN)
    for _, name in share.children:
        _text(name, "child's name", fields.MAX_NAME, required=True)
    _text(share.party_name, "name of whom it was shared with", fields.MAX_PARTY_NAME)
    _text(share.details, "details of what was shared", fields.MAX_REASON, lines=True)
    _text(share.law, "law or order", fields.MAX_LAW)
    _text(share.decided_by, "name of who decided", fields.MAX_WORKER_NAME)
    _text(share.worker, "worker's name", fields.MAX_WORKER_NAME)
    _moment(share.shared_at, "time of the share")
    auth = share.authorised_by
    if auth is not None:
        _text(auth.name, "authorising manager's name", fields.MAX_WORKER_NAME, required=True)
        _text(auth.role, "authorising manager's role", fields.MAX_ROLE, required=True)
        _moment(auth.at, "time of authorisation")
    told = share.family_told
    _text(told.why_not, "reason the family was not told", fields.MAX_REASON, lines=True)
    if told.at is not None:
        _moment(told.at, "time the family was told")
    if told.reconsider_on is not None:
        _day(told.reconsider_on, "date to reconsider telling the family")
    return share


def _check_signatures(value: object) -> None:
    if not isinstance(value, list):
        raise DocumentRuleBroken("The record's signatures are not a list.")
    _bounded(value, "signatures", fields.MAX_SIGNATURES)
    for item in value:
        if not isinstance(item, dict) or not _SIGNATURE_KEYS <= set(item) <= (
            _SIGNATURE_KEYS | {"typed_name"}
        ):
            raise DocumentRuleBroken("A signature on the record is not in the expected form.")
        _utc_text(item.get("signed_at"), "time of a signature")
        strokes = item["strokes"]
        if plain_ink_holds(strokes):  # the ink checked without making its points
            if strokes and "typed_name" in item:  # as Signature's own rule: typed, no ink
                raise DocumentRuleBroken("The signature on the record is not in the expected form.")
            item = {**item, "strokes": []}
        signature: Signature = _parsed(Signature.from_json, item, "signature on the record")
        _text(signature.signer_name, "signer's name", fields.MAX_NAME)
        if signature.typed_name is not None:
            _text(signature.typed_name, "typed signature", fields.MAX_NAME)
