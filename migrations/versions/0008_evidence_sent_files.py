"""Evidence files travel in bundles: which file went to which recipient in which bundle

Revision ID: evidence_sent_files
Revises: scoring
Create Date: 2026-11-29 04:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "evidence_sent_files"
down_revision = "scoring"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_sent_file",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("recipient_unit", sa.String(length=32), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_sent_file")),
    )
    op.create_index(
        op.f("ix_sync_sent_file_bundle_id"), "sync_sent_file", ["bundle_id"], unique=False
    )
    op.create_index(
        "ix_sync_sent_file_recipient", "sync_sent_file", ["recipient_unit", "sha256"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_sync_sent_file_recipient", table_name="sync_sent_file")
    op.drop_index(op.f("ix_sync_sent_file_bundle_id"), table_name="sync_sent_file")
    op.drop_table("sync_sent_file")
