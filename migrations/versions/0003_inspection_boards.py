"""People's Inspection Board and community investment supervision boards

Revision ID: inspection_boards
Revises: petitions
Create Date: 2026-11-21 23:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "inspection_boards"
down_revision = "petitions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inspection_board_term",
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("decision_no", sa.String(length=64), nullable=False),
        sa.Column("decision_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_board_term")),
    )
    with op.batch_alter_table("inspection_board_term", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inspection_board_term_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_board_term_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "inspection_board_member",
        sa.Column("term_id", sa.String(length=36), nullable=False),
        sa.Column("full_name", sa.String(length=255), nullable=False),
        sa.Column("sort_name", sa.String(length=255), nullable=False),
        sa.Column("hamlet_code", sa.String(length=32), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("elected_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("left_reason", sa.String(length=255), nullable=False),
        sa.Column("commune_post", sa.String(length=16), nullable=False),
        sa.Column("occupation", sa.String(length=255), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("replaces_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["term_id"],
            ["inspection_board_term.id"],
            name=op.f("fk_inspection_board_member_term_id_inspection_board_term"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_board_member")),
    )
    with op.batch_alter_table("inspection_board_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inspection_board_member_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_board_member_hamlet_code"), ["hamlet_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_board_member_term_id"), ["term_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_board_member_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "inspection_board_plan",
        sa.Column("term_id", sa.String(length=36), nullable=False),
        sa.Column("period_kind", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("period_no", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("doc_no", sa.String(length=64), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("timing", sa.Text(), nullable=False),
        sa.Column("budget_vnd", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["term_id"],
            ["inspection_board_term.id"],
            name=op.f("fk_inspection_board_plan_term_id_inspection_board_term"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_board_plan")),
    )
    with op.batch_alter_table("inspection_board_plan", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inspection_board_plan_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_board_plan_term_id"), ["term_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_board_plan_unit_code"), ["unit_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_inspection_board_plan_year"), ["year"], unique=False)

    op.create_table(
        "inspection_board_activity",
        sa.Column("term_id", sa.String(length=36), nullable=False),
        sa.Column("plan_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("sent_mttq_on", sa.Date(), nullable=True),
        sa.Column("sent_chairman_on", sa.Date(), nullable=True),
        sa.Column("sent_subject_on", sa.Date(), nullable=True),
        sa.Column("notice_late", sa.Boolean(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("conclusion", sa.Text(), nullable=False),
        sa.Column("minutes_on", sa.Date(), nullable=True),
        sa.Column("minutes_confirmed_on", sa.Date(), nullable=True),
        sa.Column("minutes_confirmed_by", sa.String(length=255), nullable=False),
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
            ["term_id"],
            ["inspection_board_term.id"],
            name=op.f("fk_inspection_board_activity_term_id_inspection_board_term"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_board_activity")),
    )
    with op.batch_alter_table("inspection_board_activity", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inspection_board_activity_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            "ix_inspection_board_activity_list", ["deleted", "starts_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_board_activity_plan_id"), ["plan_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_board_activity_starts_on"), ["starts_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_board_activity_term_id"), ["term_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_board_activity_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "inspection_activity_petition",
        sa.Column("activity_id", sa.String(length=36), nullable=False),
        sa.Column("petition_id", sa.String(length=36), nullable=True),
        sa.Column("petition_ref", sa.String(length=255), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
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
            ["inspection_board_activity.id"],
            name=op.f("fk_inspection_activity_petition_activity_id_inspection_board_activity"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_activity_petition")),
    )
    with op.batch_alter_table("inspection_activity_petition", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inspection_activity_petition_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_activity_petition_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_activity_petition_petition_id"), ["petition_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_activity_petition_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "inspection_board_recommendation",
        sa.Column("term_id", sa.String(length=36), nullable=False),
        sa.Column("activity_id", sa.String(length=36), nullable=True),
        sa.Column("doc_no", sa.String(length=64), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("addressee", sa.String(length=255), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("answer_ref", sa.String(length=128), nullable=False),
        sa.Column("answer_summary", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.String(length=16), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("follow_up_note", sa.Text(), nullable=False),
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
            ["term_id"],
            ["inspection_board_term.id"],
            name=op.f("fk_inspection_board_recommendation_term_id_inspection_board_term"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_board_recommendation")),
    )
    with op.batch_alter_table("inspection_board_recommendation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inspection_board_recommendation_activity_id"),
            ["activity_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_board_recommendation_change_seq"),
            ["change_seq"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_board_recommendation_due_on"), ["due_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_board_recommendation_sent_on"), ["sent_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_board_recommendation_term_id"), ["term_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_board_recommendation_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "inspection_board_report",
        sa.Column("term_id", sa.String(length=36), nullable=True),
        sa.Column("period_kind", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("period_no", sa.Integer(), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("doc_no", sa.String(length=64), nullable=False),
        sa.Column("report_date", sa.Date(), nullable=False),
        sa.Column("narrative", sa.Text(), nullable=False),
        sa.Column("figures_json", sa.Text(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_board_report")),
    )
    with op.batch_alter_table("inspection_board_report", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inspection_board_report_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_board_report_term_id"), ["term_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_board_report_unit_code"), ["unit_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_inspection_board_report_year"), ["year"], unique=False)

    op.create_table(
        "investment_project",
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("sort_name", sa.String(length=500), nullable=False),
        sa.Column("investor", sa.String(length=255), nullable=False),
        sa.Column("capital_source", sa.String(length=255), nullable=False),
        sa.Column("location", sa.String(length=255), nullable=False),
        sa.Column("hamlet_code", sa.String(length=32), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("value_vnd", sa.BigInteger(), nullable=False),
        sa.Column("board_decision_no", sa.String(length=64), nullable=False),
        sa.Column("board_established_on", sa.Date(), nullable=True),
        sa.Column("dissolved_on", sa.Date(), nullable=True),
        sa.Column("dissolution_ref", sa.String(length=64), nullable=False),
        sa.Column("dissolution_note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_investment_project")),
    )
    with op.batch_alter_table("investment_project", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_investment_project_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_investment_project_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "supervision_board_member",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("full_name", sa.String(length=255), nullable=False),
        sa.Column("side", sa.String(length=16), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("hamlet_code", sa.String(length=32), nullable=True),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["investment_project.id"],
            name=op.f("fk_supervision_board_member_project_id_investment_project"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_board_member")),
    )
    with op.batch_alter_table("supervision_board_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_supervision_board_member_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_supervision_board_member_project_id"), ["project_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_supervision_board_member_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "project_supervision",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("minutes_ref", sa.String(length=128), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["investment_project.id"],
            name=op.f("fk_project_supervision_project_id_investment_project"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_supervision")),
    )
    with op.batch_alter_table("project_supervision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_supervision_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_supervision_on_date"), ["on_date"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_supervision_project_id"), ["project_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_supervision_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "project_violation",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("supervision_id", sa.String(length=36), nullable=True),
        sa.Column("found_on", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("value_vnd", sa.BigInteger(), nullable=False),
        sa.Column("handled_on", sa.Date(), nullable=True),
        sa.Column("handling", sa.Text(), nullable=False),
        sa.Column("recovered_vnd", sa.BigInteger(), nullable=False),
        sa.Column("reduced_vnd", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["investment_project.id"],
            name=op.f("fk_project_violation_project_id_investment_project"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_violation")),
    )
    with op.batch_alter_table("project_violation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_violation_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_violation_found_on"), ["found_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_violation_project_id"), ["project_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_violation_supervision_id"), ["supervision_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_violation_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "project_recommendation",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("supervision_id", sa.String(length=36), nullable=True),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("addressee", sa.String(length=255), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("answer_summary", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["investment_project.id"],
            name=op.f("fk_project_recommendation_project_id_investment_project"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_recommendation")),
    )
    with op.batch_alter_table("project_recommendation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_recommendation_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_recommendation_project_id"), ["project_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_recommendation_sent_on"), ["sent_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_recommendation_supervision_id"), ["supervision_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_recommendation_unit_code"), ["unit_code"], unique=False
        )


def downgrade() -> None:
    op.drop_table("project_recommendation")
    op.drop_table("project_violation")
    op.drop_table("project_supervision")
    op.drop_table("supervision_board_member")
    op.drop_table("investment_project")
    op.drop_table("inspection_board_report")
    op.drop_table("inspection_board_recommendation")
    op.drop_table("inspection_activity_petition")
    op.drop_table("inspection_board_activity")
    op.drop_table("inspection_board_plan")
    op.drop_table("inspection_board_member")
    op.drop_table("inspection_board_term")
