"""Upper level: decisions on commune records, rollup standings, submission deadlines, reference documents

Revision ID: upper_level
Revises: inspection_boards
Create Date: 2026-11-22 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "upper_level"
down_revision = "inspection_boards"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reference_document",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_document")),
        sa.UniqueConstraint("unit_code", "kind", name="uq_reference_document_key"),
    )
    op.create_index(
        op.f("ix_reference_document_change_seq"), "reference_document", ["change_seq"], unique=False
    )
    op.create_index(
        op.f("ix_reference_document_kind"), "reference_document", ["kind"], unique=False
    )
    op.create_index(
        op.f("ix_reference_document_unit_code"), "reference_document", ["unit_code"], unique=False
    )
    op.create_table(
        "rollup_standing",
        sa.Column("commune_code", sa.String(length=32), nullable=False),
        sa.Column("period", sa.String(length=32), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.Column("peers", sa.Integer(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("figures", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rollup_standing")),
        sa.UniqueConstraint("unit_code", "commune_code", "period", name="uq_rollup_standing_key"),
    )
    op.create_index(
        op.f("ix_rollup_standing_change_seq"), "rollup_standing", ["change_seq"], unique=False
    )
    op.create_index(
        op.f("ix_rollup_standing_commune_code"), "rollup_standing", ["commune_code"], unique=False
    )
    op.create_index(
        op.f("ix_rollup_standing_unit_code"), "rollup_standing", ["unit_code"], unique=False
    )
    op.create_table(
        "submission_deadline",
        sa.Column("period", sa.String(length=32), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_submission_deadline")),
        sa.UniqueConstraint("unit_code", "period", name="uq_submission_deadline_key"),
    )
    op.create_index(
        op.f("ix_submission_deadline_change_seq"),
        "submission_deadline",
        ["change_seq"],
        unique=False,
    )
    op.create_index(
        op.f("ix_submission_deadline_unit_code"), "submission_deadline", ["unit_code"], unique=False
    )
    op.create_table(
        "upper_decision",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("target_entity", sa.String(length=64), nullable=False),
        sa.Column("target_id", sa.String(length=36), nullable=False),
        sa.Column("target_unit", sa.String(length=32), nullable=False),
        sa.Column("target_label", sa.String(length=500), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("decided_by", sa.String(length=255), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("decision_no", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_upper_decision")),
    )
    op.create_index(
        op.f("ix_upper_decision_change_seq"), "upper_decision", ["change_seq"], unique=False
    )
    op.create_index(op.f("ix_upper_decision_kind"), "upper_decision", ["kind"], unique=False)
    op.create_index(
        "ix_upper_decision_target", "upper_decision", ["target_entity", "target_id"], unique=False
    )
    op.create_index(
        op.f("ix_upper_decision_target_id"), "upper_decision", ["target_id"], unique=False
    )
    op.create_index(
        op.f("ix_upper_decision_target_unit"), "upper_decision", ["target_unit"], unique=False
    )
    op.create_index(
        op.f("ix_upper_decision_unit_code"), "upper_decision", ["unit_code"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_upper_decision_unit_code"), table_name="upper_decision")
    op.drop_index(op.f("ix_upper_decision_target_unit"), table_name="upper_decision")
    op.drop_index(op.f("ix_upper_decision_target_id"), table_name="upper_decision")
    op.drop_index("ix_upper_decision_target", table_name="upper_decision")
    op.drop_index(op.f("ix_upper_decision_kind"), table_name="upper_decision")
    op.drop_index(op.f("ix_upper_decision_change_seq"), table_name="upper_decision")
    op.drop_table("upper_decision")
    op.drop_index(op.f("ix_submission_deadline_unit_code"), table_name="submission_deadline")
    op.drop_index(op.f("ix_submission_deadline_change_seq"), table_name="submission_deadline")
    op.drop_table("submission_deadline")
    op.drop_index(op.f("ix_rollup_standing_unit_code"), table_name="rollup_standing")
    op.drop_index(op.f("ix_rollup_standing_commune_code"), table_name="rollup_standing")
    op.drop_index(op.f("ix_rollup_standing_change_seq"), table_name="rollup_standing")
    op.drop_table("rollup_standing")
    op.drop_index(op.f("ix_reference_document_unit_code"), table_name="reference_document")
    op.drop_index(op.f("ix_reference_document_kind"), table_name="reference_document")
    op.drop_index(op.f("ix_reference_document_change_seq"), table_name="reference_document")
    op.drop_table("reference_document")
