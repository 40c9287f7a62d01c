"""Which family lists which child: `family_children`, one row per child id in a family's
`children_json`, so that central's check that a record's children are not another
family's is an indexed look-up instead of a `LIKE` over every family (it grew with the
families central holds).

Families held before this migration are caught up here, once: their `children_json` is
plain JSON central wrote itself (no sealed document is read), so the migration reads it
with the standard library, in batches, and skips anything that is not a list of objects
with a 36-character text id (no record's child id could match such an entry anyway).

Revision ID: family_children_ingest
Revises: dashboard_facts_h3
Create Date: 2026-12-07
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "family_children_ingest"
down_revision = "dashboard_facts_h3"
branch_labels = None
depends_on = None

BATCH = 1000
ID_LEN = 36


def _child_ids(children_json: str | None) -> set[str]:
    """Written out, not imported: a migration must not change when the services do."""
    try:
        children = json.loads(children_json or "[]")
    except ValueError:
        return set()
    if not isinstance(children, list):
        return set()
    return {
        c["id"]
        for c in children
        if isinstance(c, dict) and isinstance(c.get("id"), str) and len(c["id"]) == ID_LEN
    }


def upgrade() -> None:
    table = op.create_table(
        "family_children",
        sa.Column("family_id", sa.String(ID_LEN), nullable=False),
        sa.Column("child_id", sa.String(ID_LEN), nullable=False),
        sa.PrimaryKeyConstraint("family_id", "child_id", name="pk_family_children"),
        sa.ForeignKeyConstraint(
            ["family_id"], ["families.id"], name="fk_family_children_family", ondelete="CASCADE"
        ),
    )
    conn = op.get_bind()
    families = sa.table("families", sa.column("id"), sa.column("children_json"))
    after = ""
    while True:  # keyset pages: every family once, in id order
        rows = conn.execute(
            sa.select(families.c.id, families.c.children_json)
            .where(families.c.id > after)
            .order_by(families.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            break
        found = [
            {"family_id": family_id, "child_id": child_id}
            for family_id, children_json in rows
            for child_id in sorted(_child_ids(children_json))
        ]
        if found:
            conn.execute(sa.insert(table), found)
        after = rows[-1][0]
    op.create_index("ix_family_children_child", "family_children", ["child_id"])


def downgrade() -> None:
    op.drop_index("ix_family_children_child", table_name="family_children")
    op.drop_table("family_children")
