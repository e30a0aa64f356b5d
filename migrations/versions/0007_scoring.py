"""Scoring: rubric versions, evaluations with criterion scores, appraisals, council score sheets

Revision ID: scoring
Revises: hands_security
Create Date: 2026-11-29 03:05:19.571821
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "scoring"
down_revision = "hands_security"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "scoring_appraisal",
        sa.Column("evaluation_id", sa.String(length=36), nullable=False),
        sa.Column("commune_code", sa.String(length=32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("base", sa.Float(), nullable=False),
        sa.Column("bonus", sa.Float(), nullable=False),
        sa.Column("deduction", sa.Float(), nullable=False),
        sa.Column("total", sa.Float(), nullable=False),
        sa.Column("class_code", sa.String(length=32), nullable=False),
        sa.Column("class_label", sa.String(length=64), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=True),
        sa.Column("peers", sa.Integer(), nullable=True),
        sa.Column("tie_break", sa.Text(), nullable=False),
        sa.Column("criteria", sa.Text(), nullable=False),
        sa.Column("comments", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decided_by", sa.String(length=255), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scoring_appraisal")),
        sa.UniqueConstraint("unit_code", "evaluation_id", name="uq_scoring_appraisal"),
    )
    with op.batch_alter_table("scoring_appraisal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_scoring_appraisal_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_scoring_appraisal_commune_code"), ["commune_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_scoring_appraisal_evaluation_id"), ["evaluation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_scoring_appraisal_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "scoring_rubric",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("subject", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=255), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scoring_rubric")),
        sa.UniqueConstraint("unit_code", "content_hash", name="uq_scoring_rubric_hash"),
    )
    with op.batch_alter_table("scoring_rubric", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_scoring_rubric_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_scoring_rubric_code"), ["code"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_scoring_rubric_content_hash"), ["content_hash"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_scoring_rubric_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "scoring_evaluation",
        sa.Column("subject", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("model_id", sa.String(length=36), nullable=True),
        sa.Column("rubric_id", sa.String(length=36), nullable=True),
        sa.Column("rubric_hash", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("base", sa.Float(), nullable=False),
        sa.Column("bonus", sa.Float(), nullable=False),
        sa.Column("deduction", sa.Float(), nullable=False),
        sa.Column("total", sa.Float(), nullable=False),
        sa.Column("class_code", sa.String(length=32), nullable=False),
        sa.Column("class_label", sa.String(length=64), nullable=False),
        sa.Column("signed_by", sa.String(length=255), nullable=False),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("locked_at", sa.DateTime(), nullable=True),
        sa.Column("frozen", sa.Text(), nullable=False),
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
            ["model_id"], ["dvk_model.id"], name=op.f("fk_scoring_evaluation_model_id_dvk_model")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scoring_evaluation")),
        sa.UniqueConstraint(
            "unit_code", "subject", "year", "model_id", name="uq_scoring_eval_subject"
        ),
    )
    with op.batch_alter_table("scoring_evaluation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_scoring_evaluation_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_scoring_evaluation_model_id"), ["model_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_scoring_evaluation_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_scoring_evaluation_unit_code"), ["unit_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_scoring_evaluation_year"), ["year"], unique=False)

    op.create_table(
        "scoring_council_score",
        sa.Column("evaluation_id", sa.String(length=36), nullable=False),
        sa.Column("member_name", sa.String(length=255), nullable=False),
        sa.Column("member_role", sa.String(length=255), nullable=False),
        sa.Column("scores", sa.Text(), nullable=False),
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
            ["evaluation_id"],
            ["scoring_evaluation.id"],
            name=op.f("fk_scoring_council_score_evaluation_id_scoring_evaluation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scoring_council_score")),
    )
    with op.batch_alter_table("scoring_council_score", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_scoring_council_score_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_scoring_council_score_evaluation_id"), ["evaluation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_scoring_council_score_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "scoring_criterion_score",
        sa.Column("evaluation_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("points", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["scoring_evaluation.id"],
            name=op.f("fk_scoring_criterion_score_evaluation_id_scoring_evaluation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scoring_criterion_score")),
        sa.UniqueConstraint("evaluation_id", "code", name="uq_scoring_score_code"),
    )
    with op.batch_alter_table("scoring_criterion_score", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_scoring_criterion_score_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_scoring_criterion_score_evaluation_id"), ["evaluation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_scoring_criterion_score_unit_code"), ["unit_code"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("scoring_criterion_score", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scoring_criterion_score_unit_code"))
        batch_op.drop_index(batch_op.f("ix_scoring_criterion_score_evaluation_id"))
        batch_op.drop_index(batch_op.f("ix_scoring_criterion_score_change_seq"))

    op.drop_table("scoring_criterion_score")
    with op.batch_alter_table("scoring_council_score", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scoring_council_score_unit_code"))
        batch_op.drop_index(batch_op.f("ix_scoring_council_score_evaluation_id"))
        batch_op.drop_index(batch_op.f("ix_scoring_council_score_change_seq"))

    op.drop_table("scoring_council_score")
    with op.batch_alter_table("scoring_evaluation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scoring_evaluation_year"))
        batch_op.drop_index(batch_op.f("ix_scoring_evaluation_unit_code"))
        batch_op.drop_index(batch_op.f("ix_scoring_evaluation_status"))
        batch_op.drop_index(batch_op.f("ix_scoring_evaluation_model_id"))
        batch_op.drop_index(batch_op.f("ix_scoring_evaluation_change_seq"))

    op.drop_table("scoring_evaluation")
    with op.batch_alter_table("scoring_rubric", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scoring_rubric_unit_code"))
        batch_op.drop_index(batch_op.f("ix_scoring_rubric_content_hash"))
        batch_op.drop_index(batch_op.f("ix_scoring_rubric_code"))
        batch_op.drop_index(batch_op.f("ix_scoring_rubric_change_seq"))

    op.drop_table("scoring_rubric")
    with op.batch_alter_table("scoring_appraisal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scoring_appraisal_unit_code"))
        batch_op.drop_index(batch_op.f("ix_scoring_appraisal_evaluation_id"))
        batch_op.drop_index(batch_op.f("ix_scoring_appraisal_commune_code"))
        batch_op.drop_index(batch_op.f("ix_scoring_appraisal_change_seq"))

    op.drop_table("scoring_appraisal")
