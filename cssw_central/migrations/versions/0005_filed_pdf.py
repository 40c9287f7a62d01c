"""The filed PDF is central's own: laptops' PDFs are no longer kept.

- `records.filed_pdf`, `records.filed_pdf_sha256`: the PDF central made from the verified
  document and signed, kept from the approval on (None before).
- `records.pdf`, `records.pdf_sha256` (the PDF a laptop uploaded) go. A record already
  filed keeps the PDF it was filed with, as its filed PDF; for any other record the
  laptop's PDF is dropped, and central makes its own when the record is approved.

Revision ID: filed_pdf
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "filed_pdf"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("records") as table:
        table.add_column(sa.Column("filed_pdf", sa.LargeBinary(), nullable=True))
        table.add_column(sa.Column("filed_pdf_sha256", sa.String(64), nullable=True))
    op.execute(
        "UPDATE records SET filed_pdf = pdf, filed_pdf_sha256 = pdf_sha256 WHERE state = 'filed'"
    )
    with op.batch_alter_table("records") as table:
        table.drop_column("pdf")
        table.drop_column("pdf_sha256")
    if op.get_bind().dialect.name == "postgresql":  # signed PDFs are compressed already
        op.execute("ALTER TABLE records ALTER COLUMN filed_pdf SET STORAGE EXTERNAL")


def downgrade() -> None:
    with op.batch_alter_table("records") as table:
        table.add_column(sa.Column("pdf", sa.LargeBinary(), nullable=True))
        table.add_column(sa.Column("pdf_sha256", sa.String(64), nullable=True))
    op.execute(
        "UPDATE records SET pdf = COALESCE(filed_pdf, ''), "
        "pdf_sha256 = COALESCE(filed_pdf_sha256, '')"
    )
    with op.batch_alter_table("records") as table:
        table.alter_column("pdf", existing_type=sa.LargeBinary(), nullable=False)
        table.alter_column("pdf_sha256", existing_type=sa.String(64), nullable=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE records ALTER COLUMN pdf SET STORAGE EXTERNAL")
    with op.batch_alter_table("records") as table:
        table.drop_column("filed_pdf")
        table.drop_column("filed_pdf_sha256")
