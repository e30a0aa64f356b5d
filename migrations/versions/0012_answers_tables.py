"""Answers owed to others (voters' petitions, the Fatherland Front's recommendations) and the
movement's self-inspections: five new tables, nothing existing changes

Revision ID: answers_tables
Revises: scoring_averages
Create Date: 2026-11-29 05:36:27.542489
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "answers_tables"
down_revision = "democracy_tables"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "answer_front_activity",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("doc_no", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer_front_activity")),
    )
    with op.batch_alter_table("answer_front_activity", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_answer_front_activity_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_answer_front_activity_held_on"), ["held_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_answer_front_activity_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "answer_self_inspection",
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("plan_no", sa.String(length=64), nullable=False),
        sa.Column("plan_on", sa.Date(), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=True),
        sa.Column("period_to", sa.Date(), nullable=True),
        sa.Column("team", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer_self_inspection")),
    )
    with op.batch_alter_table("answer_self_inspection", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_answer_self_inspection_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_answer_self_inspection_held_on"), ["held_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_answer_self_inspection_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "answer_finding",
        sa.Column("inspection_id", sa.String(length=36), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("concerned", sa.String(length=255), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["answer_self_inspection.id"],
            name=op.f("fk_answer_finding_inspection_id_answer_self_inspection"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer_finding")),
    )
    with op.batch_alter_table("answer_finding", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_answer_finding_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_answer_finding_inspection_id"), ["inspection_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_answer_finding_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "answer_owed",
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("body", sa.String(length=255), nullable=False),
        sa.Column("session_name", sa.String(length=255), nullable=False),
        sa.Column("activity_id", sa.String(length=36), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("field", sa.String(length=128), nullable=False),
        sa.Column("responsible", sa.String(length=255), nullable=False),
        sa.Column("period_days", sa.Integer(), nullable=True),
        sa.Column("period_reason", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("answer_ref", sa.String(length=128), nullable=False),
        sa.Column("answered_by", sa.String(length=255), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["answer_front_activity.id"],
            name=op.f("fk_answer_owed_activity_id_answer_front_activity"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer_owed")),
    )
    with op.batch_alter_table("answer_owed", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_answer_owed_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_answer_owed_answered_on"), ["answered_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_answer_owed_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_answer_owed_due_on"), ["due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_answer_owed_received_on"), ["received_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_answer_owed_source"), ["source"], unique=False)
        batch_op.create_index(batch_op.f("ix_answer_owed_unit_code"), ["unit_code"], unique=False)

    op.create_table(
        "answer_followup",
        sa.Column("finding_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("responsible", sa.String(length=255), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["finding_id"],
            ["answer_finding.id"],
            name=op.f("fk_answer_followup_finding_id_answer_finding"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer_followup")),
    )
    with op.batch_alter_table("answer_followup", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_answer_followup_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_answer_followup_due_on"), ["due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_answer_followup_finding_id"), ["finding_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_answer_followup_unit_code"), ["unit_code"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("answer_followup", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answer_followup_unit_code"))
        batch_op.drop_index(batch_op.f("ix_answer_followup_finding_id"))
        batch_op.drop_index(batch_op.f("ix_answer_followup_due_on"))
        batch_op.drop_index(batch_op.f("ix_answer_followup_change_seq"))

    op.drop_table("answer_followup")
    with op.batch_alter_table("answer_owed", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answer_owed_unit_code"))
        batch_op.drop_index(batch_op.f("ix_answer_owed_source"))
        batch_op.drop_index(batch_op.f("ix_answer_owed_received_on"))
        batch_op.drop_index(batch_op.f("ix_answer_owed_due_on"))
        batch_op.drop_index(batch_op.f("ix_answer_owed_change_seq"))
        batch_op.drop_index(batch_op.f("ix_answer_owed_answered_on"))
        batch_op.drop_index(batch_op.f("ix_answer_owed_activity_id"))

    op.drop_table("answer_owed")
    with op.batch_alter_table("answer_finding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answer_finding_unit_code"))
        batch_op.drop_index(batch_op.f("ix_answer_finding_inspection_id"))
        batch_op.drop_index(batch_op.f("ix_answer_finding_change_seq"))

    op.drop_table("answer_finding")
    with op.batch_alter_table("answer_self_inspection", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answer_self_inspection_unit_code"))
        batch_op.drop_index(batch_op.f("ix_answer_self_inspection_held_on"))
        batch_op.drop_index(batch_op.f("ix_answer_self_inspection_change_seq"))

    op.drop_table("answer_self_inspection")
    with op.batch_alter_table("answer_front_activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answer_front_activity_unit_code"))
        batch_op.drop_index(batch_op.f("ix_answer_front_activity_held_on"))
        batch_op.drop_index(batch_op.f("ix_answer_front_activity_change_seq"))

    op.drop_table("answer_front_activity")
