"""Central's tables as SQLAlchemy 2 models (PostgreSQL in production, SQLite for a trial).

The schema itself is created by the Alembic migrations in `cssw_central/migrations`; these
models must match them. Ids are UUID text so the same schema works on both databases.
Every time is stored timezone-aware and read back as UTC (`UtcDateTime`), because SQLite
keeps no zone and a naive time would silently be "local" somewhere.

Idempotent uploads rest on the database: `records` has UNIQUE(record_id, version), so two
laptops (or one laptop retrying) racing with the same record can never store two copies.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    PrimaryKeyConstraint,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

UUID_LEN = 36
RECORD_STATES = ("received", "approved", "returned", "filed")
# The privacy notice's case types; each has its own retention period (services.retention).
CASE_TYPES = (
    "child_in_need",
    "child_protection",
    "looked_after",
    "adoption",
    "adopter_not_approved",
)
CASE_TYPE_CHECK = "case_type IS NULL OR case_type IN ({})".format(
    ", ".join(f"'{name}'" for name in CASE_TYPES)
)
ROLES = ("worker", "team_lead")
# The unique constraint upload idempotency relies on; its name is matched on conflict.
RECORD_VERSION_CONSTRAINT = "uq_records_record_id_version"


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored as such; always UTC when read back (SQLite too)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("central stores only timezone-aware times")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


# BIGINT autoincrements on PostgreSQL; SQLite only autoincrements an INTEGER primary key.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    pass


class Team(Base):
    __tablename__ = "teams"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class Worker(Base):
    __tablename__ = "workers"
    __table_args__ = (CheckConstraint("role IN ('worker', 'team_lead')", name="ck_workers_role"),)

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True, default=new_id)
    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id"), index=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))  # Argon2id (argon2-cffi)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class EnrollmentCode(Base):
    __tablename__ = "enrollment_codes"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True, default=new_id)
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 hex of the secret
    worker_id: Mapped[str] = mapped_column(ForeignKey("workers.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    burned: Mapped[bool] = mapped_column(Boolean, default=False)
    # The laptop that used the code, so a retried enrollment gets the same answer.
    used_by_device_id: Mapped[str | None] = mapped_column(String(UUID_LEN), default=None)


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)  # the laptop's uuid
    worker_id: Mapped[str] = mapped_column(ForeignKey("workers.id"), index=True)
    public_key: Mapped[str] = mapped_column(String(64))  # hex raw Ed25519
    name: Mapped[str] = mapped_column(String(100))
    enrolled_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    last_contact_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    # The latest heartbeat: counts only, no personal data. None until the first one.
    pending: Mapped[int | None] = mapped_column(Integer, default=None)
    failed: Mapped[int | None] = mapped_column(Integer, default=None)
    synced: Mapped[int | None] = mapped_column(Integer, default=None)
    oldest_pending_seconds: Mapped[int | None] = mapped_column(Integer, default=None)
    app_version: Mapped[str] = mapped_column(String(40), default="")
    last_sync_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)


class Nonce(Base):
    """Every signed request's nonce, kept for `NONCE_TTL_SECONDS` so a replay is refused."""

    __tablename__ = "nonces"
    __table_args__ = (
        PrimaryKeyConstraint("device_id", "nonce", name="pk_nonces"),
        Index("ix_nonces_seen_at", "seen_at"),
    )

    device_id: Mapped[str] = mapped_column(String(UUID_LEN))
    nonce: Mapped[str] = mapped_column(String(64))
    seen_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Record(Base):
    """One sealed record as received, with its receipt, review state and flags."""

    __tablename__ = "records"
    __table_args__ = (
        UniqueConstraint("record_id", "version", name=RECORD_VERSION_CONSTRAINT),
        CheckConstraint(
            "state IN ('received', 'approved', 'returned', 'filed')", name="ck_records_state"
        ),
        Index("ix_records_team_state", "team_id", "state"),
        Index("ix_records_family", "family_id"),
        Index("ix_records_worker_state", "worker_id", "state"),
        CheckConstraint(CASE_TYPE_CHECK, name="ck_records_case_type"),
        Index("ix_records_retention_until", "retention_until"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(String(UUID_LEN))
    version: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(20))  # consent | withdrawal
    family_id: Mapped[str] = mapped_column(String(UUID_LEN))
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    worker_id: Mapped[str] = mapped_column(ForeignKey("workers.id"))
    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id"))
    document: Mapped[str] = mapped_column(Text)  # canonical JSON exactly as received
    seal_signature: Mapped[str] = mapped_column(String(128))
    # The PDF central made from the verified document and signed (services/filed_pdf.py),
    # kept from the approval on so that filing it again writes the same bytes; None
    # before. A laptop's own PDF is never kept.
    filed_pdf: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    filed_pdf_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    sealed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    receipt_json: Mapped[str] = mapped_column(Text)  # SignedReceipt JSON, returned on retry
    receipt_signature: Mapped[str] = mapped_column(String(128))
    state: Mapped[str] = mapped_column(String(20), default="received")
    flags_json: Mapped[str] = mapped_column(Text, default="[]")  # list of protocol.Flag
    comment: Mapped[str] = mapped_column(Text, default="")
    reviewed_by: Mapped[str | None] = mapped_column(ForeignKey("workers.id"), default=None)
    reviewed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    filed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    filed_path: Mapped[str | None] = mapped_column(Text, default=None)
    # Set when filed: the family's case type then, and the date the record may be erased
    # (None while the date the period runs from is not known, or with no case type).
    case_type: Mapped[str | None] = mapped_column(String(30), default=None)
    retention_until: Mapped[date | None] = mapped_column(Date, default=None)


class FamilySnapshot(Base):
    """A family as central last heard of it, for workers' caseloads."""

    __tablename__ = "families"
    __table_args__ = (CheckConstraint(CASE_TYPE_CHECK, name="ck_families_case_type"),)

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    team_id: Mapped[str | None] = mapped_column(ForeignKey("teams.id"), default=None, index=True)
    family_name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    case_reference: Mapped[str] = mapped_column(String(40), default="")
    allocated_worker_id: Mapped[str | None] = mapped_column(
        ForeignKey("workers.id"), default=None, index=True
    )
    children_json: Mapped[str] = mapped_column(Text, default="[]")  # list of CaseloadChild
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    # The case system's facts that retention periods run from (see cssw_central.services.retention).
    case_type: Mapped[str | None] = mapped_column(String(30), default=None)
    case_closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    adoption_order_on: Mapped[date | None] = mapped_column(Date, default=None)
    # The case system's own facts from the last import, JSON {"family_name", "children":
    # [{"id", "name", "date_of_birth"}]}; None for a family known only from records.
    # Laptops never overwrite them (cssw_central.services.family_team).
    case_system_json: Mapped[str | None] = mapped_column(Text, default=None)


class Setting(Base):
    """Policy central sends laptops (auto_lock_minutes, purge_after_days, ...), as text."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEntry(Base):
    """What was done centrally and by whom. `detail_json` never holds personal data."""

    __tablename__ = "audit"
    __table_args__ = (
        Index("ix_audit_team_seq", "team_id", "seq"),
        Index("ix_audit_subject", "subject"),  # a record's entries (subject access, pulls)
    )

    seq: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    actor: Mapped[str] = mapped_column(String(200))  # "admin", "device:<id>", "worker:<id>"
    action: Mapped[str] = mapped_column(String(100))
    subject: Mapped[str] = mapped_column(String(200), default="")
    detail_json: Mapped[str] = mapped_column(Text, default="{}")
    # The team the entry concerns, so a team lead can read their team's log (None: no team).
    team_id: Mapped[str | None] = mapped_column(String(UUID_LEN), default=None)


class RateLimitAttempt(Base):
    """One attempt at a secret (an enrollment code and password) inside its rate window.

    A failed attempt keeps its row for the window; a successful one gives it back
    (`cssw_central.infra.rate_limits`). Counted per endpoint and client address.
    """

    __tablename__ = "rate_limit_attempts"
    __table_args__ = (
        Index("ix_rate_limit_attempts_endpoint_at", "endpoint", "at"),
        Index("ix_rate_limit_attempts_endpoint_address_at", "endpoint", "address", "at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    endpoint: Mapped[str] = mapped_column(String(40))  # "enroll"
    address: Mapped[str] = mapped_column(String(64))  # the client's IP address as seen
    at: Mapped[datetime] = mapped_column(UtcDateTime)


# --- rights requests (services/rights_requests.py, corrections.py, restriction.py) ---------

RIGHTS_KINDS = ("access", "rectification", "erasure", "objection", "restriction")
RIGHTS_STATES = ("open", "extended", "done", "refused")


class RightsRequest(Base):
    """One request under the privacy notice's rights, with its legal deadline and outcome."""

    __tablename__ = "rights_requests"
    __table_args__ = (
        CheckConstraint(
            "kind IN ({})".format(", ".join(f"'{k}'" for k in RIGHTS_KINDS)),
            name="ck_rights_requests_kind",
        ),
        CheckConstraint(
            "state IN ({})".format(", ".join(f"'{s}'" for s in RIGHTS_STATES)),
            name="ck_rights_requests_state",
        ),
        Index("ix_rights_requests_state_due", "state", "due_on"),
    )

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True, default=new_id)
    family_id: Mapped[str] = mapped_column(String(UUID_LEN), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    requester_relationship: Mapped[str] = mapped_column(String(100))
    requester_name: Mapped[str] = mapped_column(String(100), default="")
    received_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)  # one calendar month, or three when extended
    state: Mapped[str] = mapped_column(String(20), default="open")
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")  # done: what was done; refused: why
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    # An access request answered with `admin subject-access --request ID`: the bundle's hash.
    bundle_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    logged_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CorrectionNote(Base):
    """A rectification: a note kept beside a sealed record, never an edit of it (append-only)."""

    __tablename__ = "correction_notes"
    __table_args__ = (Index("ix_correction_notes_record", "record_id", "version"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(String(UUID_LEN))
    version: Mapped[int] = mapped_column(Integer)
    family_id: Mapped[str] = mapped_column(String(UUID_LEN), index=True)
    note: Mapped[str] = mapped_column(Text)
    corrected_by: Mapped[str] = mapped_column(String(200))  # the officer's name
    corrected_at: Mapped[datetime] = mapped_column(UtcDateTime)
    request_id: Mapped[str | None] = mapped_column(String(UUID_LEN), default=None)


class FamilyRestriction(Base):
    """A restriction of processing: while `lifted_at` is NULL nothing of the family is filed
    or shared onward."""

    __tablename__ = "family_restrictions"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    family_id: Mapped[str] = mapped_column(String(UUID_LEN), index=True)
    since: Mapped[datetime] = mapped_column(UtcDateTime)
    restricted_by: Mapped[str] = mapped_column(String(200))
    request_id: Mapped[str | None] = mapped_column(String(UUID_LEN), default=None)
    lifted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    lifted_by: Mapped[str | None] = mapped_column(String(200), default=None)


# --- the team dashboard's facts (services/dashboard_facts.py, services/dashboard.py) ------

FACT_ITEMS = (
    "refused_share", "refused_approach", "withdrawn_share", "withdrawn_approach", "turns_13",
)  # fmt: skip


class RecordFacts(Base):
    """What the team dashboard counts about one record, read once from its sealed document
    so that the figures are SQL over small rows, never a parse of every document. Deleted
    with its record (retention erasure)."""

    __tablename__ = "record_facts"
    __table_args__ = (
        PrimaryKeyConstraint("record_id", "version", name="pk_record_facts"),
        ForeignKeyConstraint(
            ["record_id", "version"],
            ["records.record_id", "records.version"],
            name="fk_record_facts_record",
            ondelete="CASCADE",
        ),
        Index("ix_record_facts_family_kind", "family_id", "kind", "effective_at"),
    )

    record_id: Mapped[str] = mapped_column(String(UUID_LEN))
    version: Mapped[int] = mapped_column(Integer)
    family_id: Mapped[str] = mapped_column(String(UUID_LEN))
    kind: Mapped[str] = mapped_column(String(20))  # consent | withdrawal | share
    # When it takes effect: a form's visit end, a withdrawal's telling, a share's sharing;
    # None when the document could not be read (then nothing else is known either).
    effective_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    # The record's seal time: a family's latest form is the last sealed (as its caseload).
    sealed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    signed_on: Mapped[date | None] = mapped_column(Date, default=None)  # a form's visit date
    by_young_person: Mapped[bool] = mapped_column(Boolean, default=False)  # a withdrawal's
    untold_without_consent: Mapped[bool] = mapped_column(Boolean, default=False)  # a share
    reconsider_on: Mapped[date | None] = mapped_column(Date, default=None)  # an untold share


# The few records returned to their worker, for the dashboard's "accepted" anti-join.
Index(
    "ix_records_returned",
    Record.record_id,
    Record.version,
    postgresql_where=Record.state == "returned",
    sqlite_where=Record.state == "returned",
)


class RecordFactItem(Base):
    """One counted thing in a record: an agency refused or withdrawn (by direction), or a
    covered child's 13th birthday after the form's date (`turns_13`, `on_date`)."""

    __tablename__ = "record_fact_items"
    __table_args__ = (
        ForeignKeyConstraint(
            ["record_id", "version"],
            ["record_facts.record_id", "record_facts.version"],
            name="fk_record_fact_items_facts",
            ondelete="CASCADE",
        ),
        CheckConstraint(
            "what IN ({})".format(", ".join(f"'{w}'" for w in FACT_ITEMS)),
            name="ck_record_fact_items_what",
        ),
        Index("ix_record_fact_items_record", "record_id", "version"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(String(UUID_LEN))
    version: Mapped[int] = mapped_column(Integer)
    what: Mapped[str] = mapped_column(String(20))
    agency: Mapped[str | None] = mapped_column(String(40), default=None)
    on_date: Mapped[date | None] = mapped_column(Date, default=None)


class FamilyChild(Base):
    """A child id a family's `children_json` lists, one row each, kept with it in the same
    transaction (services/family_children.py): "is this child another family's?" is then
    an indexed look-up, not a scan of every family's children. Deleted with the family."""

    __tablename__ = "family_children"
    __table_args__ = (
        PrimaryKeyConstraint("family_id", "child_id", name="pk_family_children"),
        ForeignKeyConstraint(
            ["family_id"], ["families.id"], name="fk_family_children_family", ondelete="CASCADE"
        ),
        Index("ix_family_children_child", "child_id"),
    )

    family_id: Mapped[str] = mapped_column(String(UUID_LEN))
    child_id: Mapped[str] = mapped_column(String(UUID_LEN))
