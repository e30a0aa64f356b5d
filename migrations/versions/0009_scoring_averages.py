"""The upper level's averages by criterion group travel down on each published appraisal

Revision ID: scoring_averages
Revises: evidence_sent_files
Create Date: 2026-11-29 05:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "scoring_averages"
down_revision = "evidence_sent_files"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Appraisals published before this revision simply have no averages (""): the commune's
    # chart then compares with last year only, as it did.
    with op.batch_alter_table("scoring_appraisal") as batch:
        batch.add_column(sa.Column("averages", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("scoring_appraisal") as batch:
        batch.drop_column("averages")
