"""Rate limits on guessing secrets: attempts at an enrollment code inside their window.

- `rate_limit_attempts`: one row per attempt still counted (a failed one, or one in
  flight), by endpoint and client address, so every process of `serve --workers N` sees
  the same counts (`cssw_central.infra.rate_limits`).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "rate_limit_attempts",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("endpoint", sa.String(40), nullable=False),
        sa.Column("address", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_rate_limit_attempts_endpoint_at", "rate_limit_attempts", ["endpoint", "at"])
    op.create_index(
        "ix_rate_limit_attempts_endpoint_address_at",
        "rate_limit_attempts",
        ["endpoint", "address", "at"],
    )


def downgrade() -> None:
    op.drop_index("ix_rate_limit_attempts_endpoint_address_at", "rate_limit_attempts")
    op.drop_index("ix_rate_limit_attempts_endpoint_at", "rate_limit_attempts")
    op.drop_table("rate_limit_attempts")
