"""Central's first schema: teams, workers, enrollment, devices, nonces, records, policy, audit.

Revision ID: 0001
Revises:
Create Date: 2026-03-20
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

UUID = sa.String(36)
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def when(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "teams",
        sa.Column("id", UUID, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
    )
    op.create_table(
        "workers",
        sa.Column("id", UUID, primary_key=True),
        sa.Column("team_id", UUID, sa.ForeignKey("teams.id"), nullable=False, index=True),
        sa.Column("username", sa.String(100), nullable=False, unique=True),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        when("created_at"),
        sa.CheckConstraint("role IN ('worker', 'team_lead')", name="ck_workers_role"),
    )
    op.create_table(
        "enrollment_codes",
        sa.Column("id", UUID, primary_key=True),
        sa.Column("secret_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("worker_id", UUID, sa.ForeignKey("workers.id"), nullable=False, index=True),
        when("created_at"),
        when("expires_at"),
        when("used_at", nullable=True),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("burned", sa.Boolean(), nullable=False),
        sa.Column("used_by_device_id", UUID, nullable=True),
    )
    op.create_table(
        "devices",
        sa.Column("id", UUID, primary_key=True),
        sa.Column("worker_id", UUID, sa.ForeignKey("workers.id"), nullable=False, index=True),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        when("enrolled_at"),
        when("revoked_at", nullable=True),
        when("last_contact_at", nullable=True),
        sa.Column("pending", sa.Integer(), nullable=True),
        sa.Column("failed", sa.Integer(), nullable=True),
        sa.Column("synced", sa.Integer(), nullable=True),
        sa.Column("oldest_pending_seconds", sa.Integer(), nullable=True),
        sa.Column("app_version", sa.String(40), nullable=False),
        when("last_sync_at", nullable=True),
    )
    op.create_table(
        "nonces",
        sa.Column("device_id", UUID, nullable=False),
        sa.Column("nonce", sa.String(64), nullable=False),
        when("seen_at"),
        sa.PrimaryKeyConstraint("device_id", "nonce", name="pk_nonces"),
    )
    op.create_index("ix_nonces_seen_at", "nonces", ["seen_at"])
    op.create_table(
        "records",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("record_id", UUID, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("family_id", UUID, nullable=False),
        sa.Column("device_id", UUID, sa.ForeignKey("devices.id"), nullable=False),
        sa.Column("worker_id", UUID, sa.ForeignKey("workers.id"), nullable=False),
        sa.Column("team_id", UUID, sa.ForeignKey("teams.id"), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("seal_signature", sa.String(128), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("pdf_sha256", sa.String(64), nullable=False),
        when("sealed_at"),
        when("received_at"),
        sa.Column("receipt_json", sa.Text(), nullable=False),
        sa.Column("receipt_signature", sa.String(128), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("flags_json", sa.Text(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("reviewed_by", UUID, sa.ForeignKey("workers.id"), nullable=True),
        when("reviewed_at", nullable=True),
        when("filed_at", nullable=True),
        sa.Column("filed_path", sa.Text(), nullable=True),
        sa.UniqueConstraint("record_id", "version", name="uq_records_record_id_version"),
        sa.CheckConstraint(
            "state IN ('received', 'approved', 'returned', 'filed')", name="ck_records_state"
        ),
    )
    op.create_index("ix_records_team_state", "records", ["team_id", "state"])
    op.create_index("ix_records_family", "records", ["family_id"])
    op.create_index("ix_records_worker_state", "records", ["worker_id", "state"])
    op.create_table(
        "families",
        sa.Column("id", UUID, primary_key=True),
        sa.Column("team_id", UUID, sa.ForeignKey("teams.id"), nullable=True, index=True),
        sa.Column("family_name", sa.String(200), nullable=False),
        sa.Column("address", sa.String(300), nullable=False),
        sa.Column("case_reference", sa.String(40), nullable=False),
        sa.Column(
            "allocated_worker_id", UUID, sa.ForeignKey("workers.id"), nullable=True, index=True
        ),
        sa.Column("children_json", sa.Text(), nullable=False),
        when("updated_at"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "audit",
        sa.Column("seq", BIG_ID, primary_key=True, autoincrement=True),
        when("at"),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(100), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("detail_json", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    for table in (
        "audit",
        "settings",
        "families",
        "records",
        "nonces",
        "devices",
        "enrollment_codes",
        "workers",
        "teams",
    ):
        op.drop_table(table)
