"""A family's facts from the case system, kept apart from what laptops write.

- `families.case_system_json`: the family's name and its children (ids, names, dates of
  birth) exactly as the case system's import gave them; NULL for a family central knows
  only from laptops' records. Laptops' records never overwrite these facts (a record that
  disagrees is flagged for the team lead), and subject access takes children's ages from
  them first.

Revision ID: family_team
Revises: filed_pdf
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "family_team"
down_revision = "filed_pdf"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("families") as table:
        table.add_column(sa.Column("case_system_json", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("families") as table:
        table.drop_column("case_system_json")
