"""Flags a team lead should look at before approving a record, computed when it arrives.

Pure: the sealed document and the time central received it in, flags out. Messages are
plain words for a team lead and never name a child or the family: the review list shows
the family already, and flags travel further (lists, notifications) than the record does.
Ages and agency names are not personal details and help the lead find the point on the
form.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import (
    Answer,
    ConsentRecordDraft,
    DocumentKind,
    NotSought,
    OwnAnswers,
)
from cssw_core.domain.record_json import RecordFormatError, json_object
from cssw_core.domain.sealing import RecordKind
from cssw_core.domain.share import Share
from cssw_core.domain.signature import SignerRole
from cssw_core.domain.withdrawal import Withdrawal
from cssw_core.protocol import Flag, FlagCode
from cssw_core.utc_text import read_utc_text

LATE_SYNC_AFTER = timedelta(hours=72)


def compute_flags(document: Mapping[str, Any], received_at: datetime) -> list[Flag]:
    """The flags for one sealed document (consent record or withdrawal) arriving now.

    A consent record is checked for refused agencies, young people whose own answers differ
    from the consent giver's (question by question, like with like), young people without
    their own signature, and a late sync; a withdrawal for a late sync, and a young
    person's own withdrawal is flagged so the lead sees the adult's consent still stands
    for what the young person withdrew (what an adult's withdrawal withdraws is its whole
    point, not a concern).
    Raises RecordFormatError (a ValueError) if the document is not a sealed record: the
    upload refuses it as malformed before any flag matters.
    """
    if received_at.tzinfo is None:
        raise ValueError("the time a record was received must carry its time zone")
    data = json_object(dict(document), "sealed document")
    kind = data.get("kind")
    record: ConsentRecordDraft | Withdrawal | Share
    if kind == RecordKind.CONSENT.value:
        record = ConsentRecordDraft.from_json(json_object(data.get("record"), "consent record"))
    elif kind == RecordKind.WITHDRAWAL.value:
        record = Withdrawal.from_json(json_object(data.get("record"), "withdrawal"))
    elif kind == RecordKind.SHARE.value:
        record = Share.from_json(json_object(data.get("record"), "share record"))
    else:
        raise RecordFormatError("the sealed document is of a kind this version does not know")
    return flags_for(record, data, _sealed_at(data.get("sealed_at")), received_at)


def flags_for(
    record: ConsentRecordDraft | Withdrawal | Share,
    document: Mapping[str, Any],
    sealed_at: datetime,
    received_at: datetime,
) -> list[Flag]:
    """`compute_flags` for a record already read from its sealed `document` (the upload
    reads it once, when it checks the document's rules, and passes it on)."""
    if received_at.tzinfo is None:
        raise ValueError("the time a record was received must carry its time zone")
    flags: list[Flag] = []
    if isinstance(record, ConsentRecordDraft):
        young_signed = _young_person_signatures(document.get("signatures"))
        flags += _refused_agencies(record)
        flags += _young_people_differing(record)
        flags += _young_people_not_signed(record, young_signed)
    elif isinstance(record, Withdrawal):
        flags += _young_person_withdrew(record)
    else:
        flags += share_flags(record)
    late = _late_sync(sealed_at, received_at)
    if late is not None:
        flags.append(late)
    return flags


def _sealed_at(value: object) -> datetime:
    if not isinstance(value, str):
        raise RecordFormatError("the sealed document has no time of sealing")
    try:
        return read_utc_text(value)
    except ValueError:
        raise RecordFormatError("the sealed document's time of sealing is not readable") from None


def _young_person_signatures(value: object) -> set[str]:
    """Child ids (text) that carry a young person's own signature in the document."""
    if not isinstance(value, list):
        raise RecordFormatError("the sealed document's signatures must be a list")
    signed: set[str] = set()
    for item in value:
        signature = json_object(item, "signature")
        if signature.get("role") == SignerRole.YOUNG_PERSON.value:
            child_id = signature.get("child_id")
            if isinstance(child_id, str):
                signed.add(child_id)
    return signed


def _agency_list(agencies: list[Agency]) -> str:
    labels = [a.label for a in agencies]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


def _refused_agencies(draft: ConsentRecordDraft) -> list[Flag]:
    share = [a for a in AGENCIES if draft.share_with[a] is Answer.NO]
    approach = [a for a in AGENCIES if draft.approach[a] is Answer.NO]
    refused = {*share, *approach}
    if not refused:
        return []
    count = len(refused)
    parts = []
    if share:
        parts.append(f"no sharing with {_agency_list(share)}")
    if approach:
        parts.append(f"no approaching {_agency_list(approach)} for information")
    message = f"Consent refused for {count} of {len(AGENCIES)} agencies: {'; '.join(parts)}."
    return [Flag(code=FlagCode.AGENCY_REFUSED, message=message)]


def _answer_words(answer: Answer) -> str:
    return "Yes" if answer is Answer.YES else "No"


def _young_people_differing(draft: ConsentRecordDraft) -> list[Flag]:
    """Like with like: a young person's answer to a question beside the consent giver's
    answer to the same question. A record before format 3 took one Yes/No "to the same
    choices" from a young person: only its No differs, from all of the choices together.
    (The form's "Parental consent" box said whose consent it was, never an answer.)"""
    flags = []
    for child in draft.young_people():
        consent = draft.young_person_consents.get(child.id)
        age = child.age_on(draft.visit_date)
        if isinstance(consent, OwnAnswers):
            differences = consent.differences(*draft.giver_answers())
            if not differences:
                continue
            said = "; ".join(
                f"{_answer_words(d.own)} to {d.question()} (the person giving consent said "
                f"{_answer_words(d.giver)})"
                for d in differences
            )
            message = f"A young person aged {age} answered differently for themselves: {said}."
        elif consent is Answer.NO:
            message = (
                f"A young person aged {age} did not agree to the choices on this form for "
                "themselves (a record of the earlier format, with one answer for all of them)."
            )
        else:
            continue
        flags.append(
            Flag(code=FlagCode.YOUNG_PERSON_DIFFERS, message=message, child_id=str(child.id))
        )
    return flags


def _young_people_not_signed(draft: ConsentRecordDraft, signed: set[str]) -> list[Flag]:
    flags = []
    for child in draft.young_people():
        if str(child.id) in signed:
            continue
        age = child.age_on(draft.visit_date)
        consent = draft.young_person_consents.get(child.id)
        if isinstance(consent, NotSought):
            message = (
                f"A young person aged {age} has not signed: their own consent was not "
                "sought, and the form records why."
            )
        else:
            message = (
                f"A young person aged {age} has not signed for their own consent, and no "
                "reason is recorded."
            )
        flags.append(
            Flag(code=FlagCode.YOUNG_PERSON_NOT_SIGNED, message=message, child_id=str(child.id))
        )
    return flags


def _young_person_withdrew(withdrawal: Withdrawal) -> list[Flag]:
    child = withdrawal.young_person
    if child is None:
        return []
    age = child.age_on(withdrawal.withdrawn_at.date())
    parts = []
    if withdrawal.share:
        parts.append(f"sharing with {_agency_list(sorted_agencies(withdrawal.share))}")
    if withdrawal.approach:
        parts.append(f"approaching {_agency_list(sorted_agencies(withdrawal.approach))}")
    if withdrawal.documents:
        parts.append(
            "copies of " + ", ".join(d.label for d in DocumentKind if d in withdrawal.documents)
        )
    if withdrawal.research:
        parts.append("research")
    message = (
        f"A young person aged {age} withdrew their own consent ({'; '.join(parts)}). The "
        "adult's consent is unchanged: check what CSSW shares about them."
    )
    return [Flag(code=FlagCode.YOUNG_PERSON_WITHDREW, message=message, child_id=str(child.id))]


def sorted_agencies(agencies: frozenset[Agency]) -> list[Agency]:
    return [a for a in AGENCIES if a in agencies]


def _duration_words(span: timedelta) -> str:
    hours = int(span.total_seconds() // 3600)
    days, rest = divmod(hours, 24)
    if days == 0:
        return f"{hours} hours"
    day_words = "1 day" if days == 1 else f"{days} days"
    if rest == 0:
        return day_words
    return f"{day_words} {rest} hour{'s' if rest != 1 else ''}"


def _late_sync(sealed_at: datetime, received_at: datetime) -> Flag | None:
    delay = received_at.astimezone(UTC) - sealed_at
    if delay <= LATE_SYNC_AFTER:
        return None
    message = (
        f"Reached central {_duration_words(delay)} after it was signed, later than the "
        "72 hours expected."
    )
    return Flag(code=FlagCode.LATE_SYNC, message=message)


def share_flags(share: Share) -> list[Flag]:
    """A share without consent is always for the lead to look at; so is a family not told.
    The words name the party and the reason (not personal details), never the family."""
    flags: list[Flag] = []
    if share.without_consent:
        reason = "" if share.reason is None else f" ({share.reason.label})"
        flags.append(
            Flag(
                code=FlagCode.SHARED_WITHOUT_CONSENT,
                message=f"Information was shared with {share.party.label} without consent{reason}.",
            )
        )
    told = share.family_told
    if not told.told and told.reconsider_on is not None:
        flags.append(
            Flag(
                code=FlagCode.FAMILY_NOT_TOLD,
                message="The family has not been told of this share; telling them is to be "
                f"reconsidered by {_day_words(told.reconsider_on)}.",
            )
        )
    return flags


def _day_words(day: date) -> str:
    """ "1 May 2026": a date as a lead reads it (as the corrections PDF prints one)."""
    return f"{day.day} {day:%B %Y}"
