"""The plans area: documents from above, the commune's implementing plans with their items and
progress, the steering committee with its members over time, and the movement's funding

Revision ID: plans_tables
Revises: scoring_averages
Create Date: 2026-11-29 06:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "plans_tables"
down_revision = "scoring_averages"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan",
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("issuer", sa.String(length=255), nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("directive_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("search_text", sa.String(length=2000), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan")),
    )
    op.create_index(op.f("ix_plan_change_seq"), "plan", ["change_seq"], unique=False)
    op.create_index(op.f("ix_plan_directive_id"), "plan", ["directive_id"], unique=False)
    op.create_index(op.f("ix_plan_issued_on"), "plan", ["issued_on"], unique=False)
    op.create_index(op.f("ix_plan_unit_code"), "plan", ["unit_code"], unique=False)
    op.create_index(op.f("ix_plan_year"), "plan", ["year"], unique=False)
    op.create_table(
        "plan_directive",
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("issuer", sa.String(length=255), nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=False),
        sa.Column("plan_due_on", sa.Date(), nullable=False),
        sa.Column("report_due_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("search_text", sa.String(length=2000), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_directive")),
    )
    op.create_index(
        op.f("ix_plan_directive_change_seq"), "plan_directive", ["change_seq"], unique=False
    )
    op.create_index(
        op.f("ix_plan_directive_plan_due_on"), "plan_directive", ["plan_due_on"], unique=False
    )
    op.create_index(
        op.f("ix_plan_directive_unit_code"), "plan_directive", ["unit_code"], unique=False
    )
    op.create_table(
        "plan_received_directive",
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("issuer", sa.String(length=255), nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=False),
        sa.Column("plan_due_on", sa.Date(), nullable=False),
        sa.Column("report_due_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("search_text", sa.String(length=2000), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_received_directive")),
    )
    op.create_index(
        op.f("ix_plan_received_directive_change_seq"),
        "plan_received_directive",
        ["change_seq"],
        unique=False,
    )
    op.create_index(
        op.f("ix_plan_received_directive_plan_due_on"),
        "plan_received_directive",
        ["plan_due_on"],
        unique=False,
    )
    op.create_index(
        op.f("ix_plan_received_directive_unit_code"),
        "plan_received_directive",
        ["unit_code"],
        unique=False,
    )
    op.create_table(
        "steering_committee",
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("decision_number", sa.String(length=64), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("signer", sa.String(length=255), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_steering_committee")),
    )
    op.create_index(
        op.f("ix_steering_committee_change_seq"), "steering_committee", ["change_seq"], unique=False
    )
    op.create_index(
        op.f("ix_steering_committee_unit_code"), "steering_committee", ["unit_code"], unique=False
    )
    op.create_table(
        "movement_funding",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=16), nullable=False),
        sa.Column("model_id", sa.String(length=36), nullable=True),
        sa.Column("description", sa.String(length=1000), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("source", sa.String(length=255), nullable=False),
        sa.Column("decision_ref", sa.String(length=255), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
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
            ["model_id"], ["dvk_model.id"], name=op.f("fk_movement_funding_model_id_dvk_model")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_movement_funding")),
    )
    op.create_index(
        op.f("ix_movement_funding_change_seq"), "movement_funding", ["change_seq"], unique=False
    )
    op.create_index(
        op.f("ix_movement_funding_decided_on"), "movement_funding", ["decided_on"], unique=False
    )
    op.create_index(
        op.f("ix_movement_funding_model_id"), "movement_funding", ["model_id"], unique=False
    )
    op.create_index(
        op.f("ix_movement_funding_unit_code"), "movement_funding", ["unit_code"], unique=False
    )
    op.create_index(op.f("ix_movement_funding_year"), "movement_funding", ["year"], unique=False)
    op.create_table(
        "plan_item",
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("responsible", sa.String(length=255), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
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
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_plan_item_plan_id_plan")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_item")),
    )
    op.create_index(op.f("ix_plan_item_change_seq"), "plan_item", ["change_seq"], unique=False)
    op.create_index(op.f("ix_plan_item_done_on"), "plan_item", ["done_on"], unique=False)
    op.create_index(op.f("ix_plan_item_due_on"), "plan_item", ["due_on"], unique=False)
    op.create_index(op.f("ix_plan_item_plan_id"), "plan_item", ["plan_id"], unique=False)
    op.create_index(op.f("ix_plan_item_unit_code"), "plan_item", ["unit_code"], unique=False)
    op.create_table(
        "steering_member",
        sa.Column("committee_id", sa.String(length=36), nullable=False),
        sa.Column("person_name", sa.String(length=255), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("position", sa.String(length=500), nullable=False),
        sa.Column("from_on", sa.Date(), nullable=False),
        sa.Column("until_on", sa.Date(), nullable=True),
        sa.Column("replaces_id", sa.String(length=36), nullable=True),
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
            ["committee_id"],
            ["steering_committee.id"],
            name=op.f("fk_steering_member_committee_id_steering_committee"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_steering_member")),
    )
    op.create_index(
        op.f("ix_steering_member_change_seq"), "steering_member", ["change_seq"], unique=False
    )
    op.create_index(
        op.f("ix_steering_member_committee_id"), "steering_member", ["committee_id"], unique=False
    )
    op.create_index(
        op.f("ix_steering_member_unit_code"), "steering_member", ["unit_code"], unique=False
    )
    op.create_table(
        "plan_progress",
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["item_id"], ["plan_item.id"], name=op.f("fk_plan_progress_item_id_plan_item")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_progress")),
    )
    op.create_index(
        op.f("ix_plan_progress_change_seq"), "plan_progress", ["change_seq"], unique=False
    )
    op.create_index(op.f("ix_plan_progress_item_id"), "plan_progress", ["item_id"], unique=False)
    op.create_index(
        op.f("ix_plan_progress_unit_code"), "plan_progress", ["unit_code"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_plan_progress_unit_code"), table_name="plan_progress")
    op.drop_index(op.f("ix_plan_progress_item_id"), table_name="plan_progress")
    op.drop_index(op.f("ix_plan_progress_change_seq"), table_name="plan_progress")
    op.drop_table("plan_progress")
    op.drop_index(op.f("ix_steering_member_unit_code"), table_name="steering_member")
    op.drop_index(op.f("ix_steering_member_committee_id"), table_name="steering_member")
    op.drop_index(op.f("ix_steering_member_change_seq"), table_name="steering_member")
    op.drop_table("steering_member")
    op.drop_index(op.f("ix_plan_item_unit_code"), table_name="plan_item")
    op.drop_index(op.f("ix_plan_item_plan_id"), table_name="plan_item")
    op.drop_index(op.f("ix_plan_item_due_on"), table_name="plan_item")
    op.drop_index(op.f("ix_plan_item_done_on"), table_name="plan_item")
    op.drop_index(op.f("ix_plan_item_change_seq"), table_name="plan_item")
    op.drop_table("plan_item")
    op.drop_index(op.f("ix_movement_funding_year"), table_name="movement_funding")
    op.drop_index(op.f("ix_movement_funding_unit_code"), table_name="movement_funding")
    op.drop_index(op.f("ix_movement_funding_model_id"), table_name="movement_funding")
    op.drop_index(op.f("ix_movement_funding_decided_on"), table_name="movement_funding")
    op.drop_index(op.f("ix_movement_funding_change_seq"), table_name="movement_funding")
    op.drop_table("movement_funding")
    op.drop_index(op.f("ix_steering_committee_unit_code"), table_name="steering_committee")
    op.drop_index(op.f("ix_steering_committee_change_seq"), table_name="steering_committee")
    op.drop_table("steering_committee")
    op.drop_index(
        op.f("ix_plan_received_directive_unit_code"), table_name="plan_received_directive"
    )
    op.drop_index(
        op.f("ix_plan_received_directive_plan_due_on"), table_name="plan_received_directive"
    )
    op.drop_index(
        op.f("ix_plan_received_directive_change_seq"), table_name="plan_received_directive"
    )
    op.drop_table("plan_received_directive")
    op.drop_index(op.f("ix_plan_directive_unit_code"), table_name="plan_directive")
    op.drop_index(op.f("ix_plan_directive_plan_due_on"), table_name="plan_directive")
    op.drop_index(op.f("ix_plan_directive_change_seq"), table_name="plan_directive")
    op.drop_table("plan_directive")
    op.drop_index(op.f("ix_plan_year"), table_name="plan")
    op.drop_index(op.f("ix_plan_unit_code"), table_name="plan")
    op.drop_index(op.f("ix_plan_issued_on"), table_name="plan")
    op.drop_index(op.f("ix_plan_directive_id"), table_name="plan")
    op.drop_index(op.f("ix_plan_change_seq"), table_name="plan")
    op.drop_table("plan")
