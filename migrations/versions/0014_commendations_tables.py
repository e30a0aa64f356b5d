"""Commendations: rounds (đợt khen thưởng), proposals (đề nghị) and decisions (quyết định)

Three new tables, nothing changed in the existing ones: a database upgraded from 0009 simply
has no commendations yet.

Revision ID: commendations_tables
Revises: scoring_averages
Create Date: 2026-11-29 05:38:05.983770
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "commendations_tables"
down_revision = "reports_tables"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "commendation_round",
        sa.Column("occasion", sa.String(length=255), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commendation_round")),
    )
    with op.batch_alter_table("commendation_round", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_commendation_round_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_commendation_round_unit_code"), ["unit_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_commendation_round_year"), ["year"], unique=False)

    op.create_table(
        "commendation_decision",
        sa.Column("round_id", sa.String(length=36), nullable=True),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("issuing_body", sa.String(length=255), nullable=False),
        sa.Column("signer", sa.String(length=255), nullable=False),
        sa.Column("signer_title", sa.String(length=255), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
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
            ["round_id"],
            ["commendation_round.id"],
            name=op.f("fk_commendation_decision_round_id_commendation_round"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commendation_decision")),
    )
    with op.batch_alter_table("commendation_decision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_commendation_decision_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_commendation_decision_round_id"), ["round_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_commendation_decision_signed_on"), ["signed_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_commendation_decision_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "commendation_proposal",
        sa.Column("round_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(length=32), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("subject_kind", sa.String(length=16), nullable=False),
        sa.Column("subject_name", sa.String(length=255), nullable=False),
        sa.Column("position", sa.String(length=255), nullable=False),
        sa.Column("subject_unit", sa.String(length=255), nullable=False),
        sa.Column("model_id", sa.String(length=36), nullable=True),
        sa.Column("achievements", sa.Text(), nullable=False),
        sa.Column("evaluation_id", sa.String(length=36), nullable=True),
        sa.Column("grounds", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("proposed_on", sa.Date(), nullable=False),
        sa.Column("decision_id", sa.String(length=36), nullable=True),
        sa.Column("subject_key", sa.String(length=255), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["commendation_decision.id"],
            name=op.f("fk_commendation_proposal_decision_id_commendation_decision"),
        ),
        sa.ForeignKeyConstraint(
            ["model_id"], ["dvk_model.id"], name=op.f("fk_commendation_proposal_model_id_dvk_model")
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["commendation_round.id"],
            name=op.f("fk_commendation_proposal_round_id_commendation_round"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commendation_proposal")),
    )
    with op.batch_alter_table("commendation_proposal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_commendation_proposal_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_commendation_proposal_decision_id"), ["decision_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_commendation_proposal_model_id"), ["model_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_commendation_proposal_proposed_on"), ["proposed_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_commendation_proposal_round_id"), ["round_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_commendation_proposal_status"), ["status"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_commendation_proposal_subject_key"), ["subject_key"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_commendation_proposal_unit_code"), ["unit_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_commendation_proposal_year"), ["year"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("commendation_proposal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commendation_proposal_year"))
        batch_op.drop_index(batch_op.f("ix_commendation_proposal_unit_code"))
        batch_op.drop_index(batch_op.f("ix_commendation_proposal_subject_key"))
        batch_op.drop_index(batch_op.f("ix_commendation_proposal_status"))
        batch_op.drop_index(batch_op.f("ix_commendation_proposal_round_id"))
        batch_op.drop_index(batch_op.f("ix_commendation_proposal_proposed_on"))
        batch_op.drop_index(batch_op.f("ix_commendation_proposal_model_id"))
        batch_op.drop_index(batch_op.f("ix_commendation_proposal_decision_id"))
        batch_op.drop_index(batch_op.f("ix_commendation_proposal_change_seq"))

    op.drop_table("commendation_proposal")
    with op.batch_alter_table("commendation_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commendation_decision_unit_code"))
        batch_op.drop_index(batch_op.f("ix_commendation_decision_signed_on"))
        batch_op.drop_index(batch_op.f("ix_commendation_decision_round_id"))
        batch_op.drop_index(batch_op.f("ix_commendation_decision_change_seq"))

    op.drop_table("commendation_decision")
    with op.batch_alter_table("commendation_round", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commendation_round_year"))
        batch_op.drop_index(batch_op.f("ix_commendation_round_unit_code"))
        batch_op.drop_index(batch_op.f("ix_commendation_round_change_seq"))

    op.drop_table("commendation_round")
