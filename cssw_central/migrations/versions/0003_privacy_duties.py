"""The privacy notice's duties: case type and retention on records, case facts on families,
and the team on every audit entry (so a team lead can read their team's log).

- `families.case_type`, `case_closed_on`, `adoption_order_on`: the case system's facts the
  retention periods run from (set by `import-families` or `admin case …`).
- `records.case_type`, `retention_until`: copied and worked out when a record is filed;
  `retention_until` stays NULL while the date it runs from is not known yet.
- `audit.team_id`: the team an entry concerns (NULL for entries about no one team);
  `ix_audit_subject` finds one record's entries (subject access, first deliveries).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Written out, not imported: a migration must not change when the models do.
CASE_TYPE_CHECK = (
    "case_type IS NULL OR case_type IN ('child_in_need', 'child_protection', "
    "'looked_after', 'adoption', 'adopter_not_approved')"
)


def upgrade() -> None:
    with op.batch_alter_table("families") as table:
        table.add_column(sa.Column("case_type", sa.String(30), nullable=True))
        table.add_column(sa.Column("case_closed_on", sa.Date(), nullable=True))
        table.add_column(sa.Column("adoption_order_on", sa.Date(), nullable=True))
        table.create_check_constraint("ck_families_case_type", CASE_TYPE_CHECK)
    with op.batch_alter_table("records") as table:
        table.add_column(sa.Column("case_type", sa.String(30), nullable=True))
        table.add_column(sa.Column("retention_until", sa.Date(), nullable=True))
        table.create_check_constraint("ck_records_case_type", CASE_TYPE_CHECK)
        table.create_index("ix_records_retention_until", ["retention_until"])
    with op.batch_alter_table("audit") as table:
        table.add_column(sa.Column("team_id", sa.String(36), nullable=True))
        table.create_index("ix_audit_team_seq", ["team_id", "seq"])
        table.create_index("ix_audit_subject", ["subject"])


def downgrade() -> None:
    with op.batch_alter_table("audit") as table:
        table.drop_index("ix_audit_subject")
        table.drop_index("ix_audit_team_seq")
        table.drop_column("team_id")
    with op.batch_alter_table("records") as table:
        table.drop_index("ix_records_retention_until")
        table.drop_constraint("ck_records_case_type", type_="check")
        table.drop_column("retention_until")
        table.drop_column("case_type")
    with op.batch_alter_table("families") as table:
        table.drop_constraint("ck_families_case_type", type_="check")
        table.drop_column("adoption_order_on")
        table.drop_column("case_closed_on")
        table.drop_column("case_type")
