"""The sync protocol's messages, defined once and used by the laptop and central alike.

Every body is JSON. Times the parties sign (receipts) are UTC text in one fixed format so
their canonical bytes never depend on how a library prints a datetime; times shown only
(last contact, review dates) are also UTC text, for the same simplicity. Sizes are bounded
here so that both sides refuse the same oversized input with the same reason.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictInt, StringConstraints

from cssw_core.domain import fields
from cssw_core.utc_text import read_utc_text

API_PREFIX = "/v1"
PROTOCOL_VERSION = 1

MAX_BODY_BYTES = 12 * 1024 * 1024  # one upload (room for an older laptop's PDF, ignored)
MAX_DOCUMENT_BYTES = 4 * 1024 * 1024  # canonical sealed document
MAX_PDF_BYTES = 6 * 1024 * 1024  # an older laptop's PDF before base64 (never kept)
MAX_COMMENT_CHARS = fields.MAX_COMMENT
CLOCK_SKEW_SECONDS = 300  # requests further out than this are refused
NONCE_TTL_SECONDS = 2 * CLOCK_SKEW_SECONDS  # a nonce need be remembered no longer

UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
HEX64 = r"^[0-9a-f]{64}$"
HEX128 = r"^[0-9a-f]{128}$"
# [0-9], not \d: both Python's and pydantic's \d also match other scripts' digits.
UTC_TEXT_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z$"
UTC_TEXT_RE = re.compile(UTC_TEXT_PATTERN)

Uuid = Annotated[str, StringConstraints(pattern=UUID_PATTERN)]
Hex64 = Annotated[str, StringConstraints(pattern=HEX64)]  # SHA-256 or Ed25519 public key
Hex128 = Annotated[str, StringConstraints(pattern=HEX128)]  # Ed25519 signature


def _real_utc_time(text: str) -> str:
    """The text, provided it names a real moment (the pattern alone allows month 00)."""
    read_utc_text(text)  # ValueError: refused as malformed
    return text


UtcText = Annotated[
    str, StringConstraints(pattern=UTC_TEXT_PATTERN), AfterValidator(_real_utc_time)
]


def _believable_time(text: str) -> str:
    """UTC text within the shared static bounds (cssw_core.domain.fields)."""
    moment = read_utc_text(text)
    if fields.time_problem(moment) is not None:
        raise ValueError("a time out of bounds")  # the value is never repeated
    return text


# A time a laptop reports (central's own times are plain UtcText, so that a row held from
# before the bounds still renders).
BoundedUtcText = Annotated[UtcText, AfterValidator(_believable_time)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=200)]


def _plain_text(*, multiline: bool) -> AfterValidator:
    def check(text: str) -> str:
        if fields.has_hidden_characters(text, multiline=multiline):
            raise ValueError("hidden or control characters")  # the value is never repeated
        return text

    return AfterValidator(check)


# Text a laptop sends that people read (the shared rules, cssw_core.domain.fields): bounded,
# and no control characters, NUL or bidi overrides. A comment may have several lines.
VersionText = Annotated[
    str, StringConstraints(max_length=fields.MAX_VERSION), _plain_text(multiline=False)
]
DeviceName = Annotated[
    str,
    StringConstraints(min_length=1, max_length=fields.MAX_DEVICE_NAME),
    _plain_text(multiline=False),
]
CommentText = Annotated[
    str,
    StringConstraints(min_length=1, max_length=fields.MAX_COMMENT),
    _plain_text(multiline=True),
]
# Strict: JSON true or 1.0 is not a count (pydantic would otherwise read them as 1).
Count = Annotated[StrictInt, Field(ge=0, le=10_000_000)]

# Request headers carrying a device's signature (see `cssw_core.signing`).
HEADER_DEVICE = "X-CSSW-Device"
HEADER_TIMESTAMP = "X-CSSW-Timestamp"
HEADER_NONCE = "X-CSSW-Nonce"
HEADER_SIGNATURE = "X-CSSW-Signature"


class Message(BaseModel):
    """Strict: unknown fields are refused, so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class ProblemCode(StrEnum):
    """Why central refused a request. The laptop maps each to words a worker can act on."""

    UNSIGNED = "unsigned"
    UNKNOWN_DEVICE = "unknown_device"
    DEVICE_REVOKED = "device_revoked"
    CLOCK_SKEW = "clock_skew"
    REPLAYED = "replayed"
    BAD_SIGNATURE = "bad_signature"
    MALFORMED = "malformed"
    TOO_LARGE = "too_large"
    HASH_MISMATCH = "hash_mismatch"
    SEAL_INVALID = "seal_invalid"
    WRONG_DEVICE = "wrong_device"
    CONFLICT = "conflict"
    TRAINING_RECORD = "training_record"  # made in training (fictional): never taken
    CODE_INVALID = "code_invalid"
    CODE_EXPIRED = "code_expired"
    CODE_USED = "code_used"
    NOT_FOUND = "not_found"
    FORBIDDEN = "forbidden"
    WRONG_STATE = "wrong_state"
    RATE_LIMITED = "rate_limited"
    PDF_NOT_MADE = "pdf_not_made"  # approval refused: central could not make its signed PDF
    SERVER_ERROR = "server_error"


class Problem(Message):
    code: ProblemCode
    message: str  # plain words, safe to show a worker; never personal data
    skew_seconds: int | None = None  # for CLOCK_SKEW: laptop minus server, in seconds


class ErrorBody(Message):
    error: Problem


# --- enrollment -------------------------------------------------------------------------

Role = Literal["worker", "team_lead"]


class WorkerProfile(Message):
    worker_id: Uuid
    display_name: ShortText
    role: Role
    team_id: Uuid
    team_name: ShortText


class Policy(Message):
    """Settings central decides for every laptop."""

    auto_lock_minutes: Annotated[int, Field(ge=1, le=60)] = 5
    purge_after_days: Annotated[int, Field(ge=0, le=365)] = 7
    sync_interval_seconds: Annotated[int, Field(ge=30, le=86_400)] = 300
    # Months after a consent form before it is reviewed with the family. Optional: None
    # (left out of the JSON) while central has not set it, so each laptop keeps its own
    # setting, and a laptop from before this field is not sent one it would refuse.
    review_months: Annotated[int, Field(ge=1, le=36)] | None = None


class EnrollmentRequest(Message):
    code_secret: Annotated[str, StringConstraints(min_length=16, max_length=64)]
    # The worker's own central password: a code alone, if intercepted, enrolls nothing.
    password: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    device_id: Uuid
    device_public_key: Hex64
    device_name: DeviceName
    app_version: VersionText
    # The device's signature over `signing.enrollment_proof_message(...)`: proves it holds
    # the private key it registers.
    proof: Hex128


class EnrollmentResponse(Message):
    profile: WorkerProfile
    server_signing_key: Hex64  # Ed25519 public key that signs receipts
    policy: Policy
    enrolled_at: UtcText


# --- upload and receipts ----------------------------------------------------------------

RecordKindName = Literal["consent", "withdrawal", "share"]


class UploadRequest(Message):
    record_id: Uuid
    version: Annotated[StrictInt, Field(ge=1, le=1_000_000)]
    kind: RecordKindName
    content_hash: Hex64
    seal_signature: Hex128
    # The sealed document's canonical JSON, exactly as hashed and signed on the laptop.
    document: Annotated[str, StringConstraints(min_length=2, max_length=MAX_DOCUMENT_BYTES)]
    # Laptops no longer send a PDF: central makes the one it files from the verified
    # document. The field stays, optional, so older laptops' uploads are still taken; what
    # they send in it is ignored, never stored or filed.
    pdf_base64: (
        Annotated[str, StringConstraints(max_length=(MAX_PDF_BYTES * 4) // 3 + 4)] | None
    ) = None


class Receipt(Message):
    format: Literal["cssw.receipt/1"] = "cssw.receipt/1"
    receipt_id: Uuid
    record_id: Uuid
    version: int
    content_hash: Hex64
    device_id: Uuid
    received_at: UtcText


class SignedReceipt(Message):
    receipt: Receipt
    signature: Hex128  # server's Ed25519 over SHA-256 of the receipt's canonical JSON


class UploadResponse(Message):
    receipt: SignedReceipt
    duplicate: bool  # True: these bytes had arrived before; this is the original receipt


# --- heartbeat, pull --------------------------------------------------------------------


class Heartbeat(Message):
    """What waits on the laptop, in counts only: no personal data."""

    pending: Count
    failed: Count
    synced: Count
    oldest_pending_seconds: Count | None
    app_version: VersionText
    last_sync_at: BoundedUtcText | None


class HeartbeatResponse(Message):
    policy: Policy
    server_time: UtcText


class ReturnedRecord(Message):
    record_id: Uuid
    version: int
    kind: RecordKindName
    family_id: Uuid
    comment: Annotated[str, StringConstraints(max_length=MAX_COMMENT_CHARS)]
    returned_at: UtcText
    returned_by: ShortText


class ReturnedList(Message):
    returned: list[ReturnedRecord]


class CaseloadChild(Message):
    id: Uuid
    name: ShortText
    gender: Annotated[str, StringConstraints(max_length=40)]
    date_of_birth: Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]


AnswerName = Literal["yes", "no"] | None


class CaseloadYoungPerson(Message):
    """A young person's own consent now (their answers with their own withdrawals applied)."""

    name: ShortText
    gender: Annotated[str, StringConstraints(max_length=40)]
    date_of_birth: Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    share_with: dict[str, AnswerName]
    approach: dict[str, AnswerName]
    documents: dict[str, AnswerName]
    research_consent: AnswerName
    withdrawn: bool = False  # they withdrew some of their own consent since the form


class CaseloadConsent(Message):
    """The family's consent now, as central holds it (by agency / document value names)."""

    record_id: Uuid | None
    record_version: int | None
    share_with: dict[str, AnswerName]
    approach: dict[str, AnswerName]
    documents: dict[str, AnswerName]
    research_consent: AnswerName
    signed_at: UtcText | None
    # Each young person's own consent, by child id (absent from a central before withdrawals
    # by young people: read as none).
    young_people: Annotated[dict[Uuid, CaseloadYoungPerson], Field(max_length=30)] = {}


class CaseloadCorrection(Message):
    """A correction note central keeps beside one of the family's sealed records."""

    record_id: Uuid
    version: int
    corrected_at: UtcText
    corrected_by: str = Field(max_length=fields.MAX_NAME)
    note: str = Field(max_length=fields.MAX_REASON)


class CaseloadFamily(Message):
    id: Uuid
    family_name: ShortText
    address: Annotated[str, StringConstraints(max_length=300)]
    case_reference: Annotated[str, StringConstraints(max_length=40)]
    allocated_worker: Annotated[str, StringConstraints(max_length=200)]
    children: list[CaseloadChild]
    consent: CaseloadConsent
    # Rectifications of the family's records (absent from a central before them: none).
    corrections: list[CaseloadCorrection] = Field(default_factory=list, max_length=200)


class Caseload(Message):
    families: list[CaseloadFamily]
    as_of: UtcText


# --- team lead review -------------------------------------------------------------------

ReviewState = Literal["received", "approved", "returned", "filed"]


class FlagCode(StrEnum):
    AGENCY_REFUSED = "agency_refused"
    YOUNG_PERSON_DIFFERS = "young_person_differs"
    YOUNG_PERSON_NOT_SIGNED = "young_person_not_signed"
    LATE_SYNC = "late_sync"
    CASE_SYSTEM_DIFFERS = "case_system_differs"  # a name or date of birth unlike the import's
    YOUNG_PERSON_WITHDREW = "young_person_withdrew"  # their own consent; the adult's stands
    SHARED_WITHOUT_CONSENT = "shared_without_consent"  # always, for the lead to look at
    FAMILY_NOT_TOLD = "family_not_told"  # of a share; a date to reconsider is recorded
    SHARE_CONSENT_NOT_HELD = "share_consent_not_held"  # "with consent", central's say No


class Flag(Message):
    code: FlagCode
    message: str
    # The young person a flag is about (an id, never a name: flags are stored). Central
    # puts the child's name into the message only when it lists records for their lead.
    child_id: Uuid | None = None


class ReviewItem(Message):
    record_id: Uuid
    version: int
    kind: RecordKindName
    family_id: Uuid
    family_name: str
    worker_name: str
    device_name: str
    sealed_at: UtcText
    received_at: UtcText
    state: ReviewState
    flags: list[Flag]
    case_reference: str = ""  # the case system's reference, when central holds one
    comment: str = ""
    reviewed_by: str = ""
    reviewed_at: UtcText | None = None
    filed_at: UtcText | None = None


class ReviewList(Message):
    items: list[ReviewItem]


class CorrectionNote(Message):
    """A rectification kept beside a sealed record at central (never an edit of it)."""

    corrected_at: UtcText
    corrected_by: str = Field(max_length=fields.MAX_NAME)
    note: str = Field(max_length=fields.MAX_REASON)


class ReviewDetail(Message):
    item: ReviewItem
    document: str  # the sealed canonical JSON
    content_hash: Hex64
    seal_signature: Hex128
    device_public_key: Hex64
    pdf_base64: str = ""  # the PDF central filed (signed), once filed; "" before
    corrections: list[CorrectionNote] = Field(default_factory=list, max_length=200)


class UntoldShare(Message):
    """A share without consent whose family has not been told: a decision on telling them
    is awaited by `reconsider_on` (ISO date; "" when none was recorded). Party and reason
    are sent as their value names; the laptop says them in the lead's language."""

    record_id: Uuid
    version: int
    family_id: Uuid
    family_name: str
    case_reference: str = ""
    worker_name: str
    party: Annotated[str, StringConstraints(max_length=40)]
    party_name: str = ""
    shared_at: UtcText
    reason: Annotated[str, StringConstraints(max_length=40)] = ""
    law: str = ""
    why_not: str = ""
    reconsider_on: Annotated[str, StringConstraints(max_length=10)] = ""
    state: ReviewState


class UntoldShareList(Message):
    """Soonest date to reconsider first; shares with no date last."""

    shares: list[UntoldShare]


class ReturnRequest(Message):
    comment: CommentText


class DeviceStatus(Message):
    device_id: Uuid
    device_name: str
    worker_name: str
    pending: int | None  # None until the laptop's first heartbeat
    failed: int | None
    oldest_pending_seconds: int | None
    last_contact_at: UtcText | None
    last_sync_at: UtcText | None
    app_version: str
    revoked: bool


class DeviceList(Message):
    devices: list[DeviceStatus]


# --- the team's audit log (team leads) ---------------------------------------------------

MAX_AUDIT_PAGE = 500
# Who did it: a worker (their own laptop's request), a laptop (uploads, pulls), or central
# itself (IT's admin commands, scheduled jobs; `actor_name` is the operator's if given).
AuditActorKind = Literal["worker", "laptop", "central"]


class TeamAuditEntry(Message):
    """One entry of central's audit log: ids, counts and staff names only, never family data."""

    seq: int
    at: UtcText
    action: Annotated[str, StringConstraints(max_length=100)]  # e.g. "record_viewed"
    actor_kind: AuditActorKind
    actor_name: str = ""  # the worker's (or operator's) display name; "" for IT
    device_name: str = ""  # the laptop, when a laptop acted
    record_id: Uuid | None = None
    version: int | None = None
    detail: dict[str, str | int | bool | None] = {}


class TeamAuditList(Message):
    """Newest first. `more`: older entries exist beyond this page (ask with before_seq)."""

    entries: list[TeamAuditEntry]
    more: bool


def json_schema_of(model: type[BaseModel]) -> dict[str, Any]:
    """For tests and docs: the JSON schema both sides agree on."""
    return model.model_json_schema()
