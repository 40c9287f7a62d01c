"""Rights requests at central: the log with deadlines, rectification notes, restrictions.

- `rights_requests`: each request (access, rectification, erasure, objection,
  restriction) with who asked, when received, its deadline, state and outcome.
- `correction_notes`: a rectification note kept beside a sealed record (append-only).
- `family_restrictions`: a family restricted from `since` until `lifted_at`.

Revision ID: rights_requests
Revises: family_team
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "rights_requests"
down_revision = "family_team"
branch_labels = None
depends_on = None

# Written out, not imported: a migration must not change when the models do.
_KINDS = "kind IN ('access', 'rectification', 'erasure', 'objection', 'restriction')"
_STATES = "state IN ('open', 'extended', 'done', 'refused')"
_BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "rights_requests",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("family_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("requester_relationship", sa.String(100), nullable=False),
        sa.Column("requester_name", sa.String(100), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("extension_reason", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("bundle_sha256", sa.String(64), nullable=True),
        sa.Column("logged_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(_KINDS, name="ck_rights_requests_kind"),
        sa.CheckConstraint(_STATES, name="ck_rights_requests_state"),
    )
    op.create_index("ix_rights_requests_family_id", "rights_requests", ["family_id"])
    op.create_index("ix_rights_requests_state_due", "rights_requests", ["state", "due_on"])
    op.create_table(
        "correction_notes",
        sa.Column("id", _BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.String(36), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("corrected_by", sa.String(200), nullable=False),
        sa.Column("corrected_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("request_id", sa.String(36), nullable=True),
    )
    op.create_index("ix_correction_notes_record", "correction_notes", ["record_id", "version"])
    op.create_index("ix_correction_notes_family_id", "correction_notes", ["family_id"])
    op.create_table(
        "family_restrictions",
        sa.Column("id", _BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("family_id", sa.String(36), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("restricted_by", sa.String(200), nullable=False),
        sa.Column("request_id", sa.String(36), nullable=True),
        sa.Column("lifted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lifted_by", sa.String(200), nullable=True),
    )
    op.create_index("ix_family_restrictions_family_id", "family_restrictions", ["family_id"])


def downgrade() -> None:
    op.drop_table("family_restrictions")
    op.drop_table("correction_notes")
    op.drop_table("rights_requests")
