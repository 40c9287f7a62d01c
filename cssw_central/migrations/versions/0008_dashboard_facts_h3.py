"""The team dashboard's facts: what each record says that the dashboard counts.

- `record_facts`: one row per record (kind, when it takes effect, a form's date, an untold
  share without consent and its reconsider date), deleted with its record.
- `record_fact_items`: agencies refused or withdrawn (by direction) and covered children's
  13th birthdays after a form's date.
- `ix_records_returned`: the few records returned to their worker (a partial index), so
  "accepted records" is a cheap anti-join.

Records held before this migration get their facts the first time a dashboard for their
team is asked for (services/dashboard_facts.py reads them once); a migration does not
import the services that read documents.

Revision ID: dashboard_facts_h3
Revises: rights_requests
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "dashboard_facts_h3"
down_revision = "rights_requests"
branch_labels = None
depends_on = None

# Written out, not imported: a migration must not change when the models do.
_WHAT = (
    "what IN ('refused_share', 'refused_approach', 'withdrawn_share', 'withdrawn_approach', "
    "'turns_13')"
)
_BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "record_facts",
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("effective_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sealed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("by_young_person", sa.Boolean(), nullable=False),
        sa.Column("untold_without_consent", sa.Boolean(), nullable=False),
        sa.Column("reconsider_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("record_id", "version", name="pk_record_facts"),
        sa.ForeignKeyConstraint(
            ["record_id", "version"],
            ["records.record_id", "records.version"],
            name="fk_record_facts_record",
            ondelete="CASCADE",
        ),
    )
    op.create_index(
        "ix_record_facts_family_kind", "record_facts", ["family_id", "kind", "effective_at"]
    )
    op.create_table(
        "record_fact_items",
        sa.Column("id", _BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("what", sa.String(20), nullable=False),
        sa.Column("agency", sa.String(40), nullable=True),
        sa.Column("on_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["record_id", "version"],
            ["record_facts.record_id", "record_facts.version"],
            name="fk_record_fact_items_facts",
            ondelete="CASCADE",
        ),
        sa.CheckConstraint(_WHAT, name="ck_record_fact_items_what"),
    )
    op.create_index("ix_record_fact_items_record", "record_fact_items", ["record_id", "version"])

    returned = sa.text("state = 'returned'")
    op.create_index(
        "ix_records_returned", "records", ["record_id", "version"],
        postgresql_where=returned, sqlite_where=returned,
    )  # fmt: skip


def downgrade() -> None:
    op.drop_index("ix_records_returned", table_name="records")
    op.drop_table("record_fact_items")
    op.drop_table("record_facts")
