"""Dissemination and grassroots democracy: events, publicity items, matters the people decided,
village charters and their revisions (issue 11)

Revision ID: democracy_tables
Revises: scoring_averages
Create Date: 2026-11-29 05:36:29.398604
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "democracy_tables"
down_revision = "plans_tables"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "democracy_charter",
        sa.Column("hamlet_code", sa.String(length=32), nullable=True),
        sa.Column("hamlet_name", sa.String(length=255), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("adopted_on", sa.Date(), nullable=False),
        sa.Column("decision_no", sa.String(length=64), nullable=False),
        sa.Column("decision_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_democracy_charter")),
    )
    with op.batch_alter_table("democracy_charter", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_democracy_charter_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_democracy_charter_hamlet_code"), ["hamlet_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_democracy_charter_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "democracy_event",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("document", sa.String(length=500), nullable=False),
        sa.Column("place", sa.String(length=255), nullable=False),
        sa.Column("cadres", sa.Integer(), nullable=False),
        sa.Column("party_members", sa.Integer(), nullable=False),
        sa.Column("union_members", sa.Integer(), nullable=False),
        sa.Column("citizens", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("link", sa.String(length=500), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_democracy_event")),
    )
    with op.batch_alter_table("democracy_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_democracy_event_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_democracy_event_held_on"), ["held_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_democracy_event_kind"), ["kind"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_democracy_event_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "democracy_matter",
        sa.Column("matter", sa.String(length=500), nullable=False),
        sa.Column("decision_kind", sa.String(length=16), nullable=False),
        sa.Column("hamlet_code", sa.String(length=32), nullable=True),
        sa.Column("hamlet_name", sa.String(length=255), nullable=False),
        sa.Column("meeting_on", sa.Date(), nullable=False),
        sa.Column("form", sa.String(length=32), nullable=False),
        sa.Column("households_total", sa.Integer(), nullable=False),
        sa.Column("households_attending", sa.Integer(), nullable=False),
        sa.Column("votes_for", sa.Integer(), nullable=False),
        sa.Column("votes_against", sa.Integer(), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_democracy_matter")),
    )
    with op.batch_alter_table("democracy_matter", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_democracy_matter_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_democracy_matter_hamlet_code"), ["hamlet_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_democracy_matter_meeting_on"), ["meeting_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_democracy_matter_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "democracy_publicity",
        sa.Column("content", sa.String(length=500), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("form", sa.String(length=32), nullable=False),
        sa.Column("place", sa.String(length=255), nullable=False),
        sa.Column("posted_from", sa.Date(), nullable=False),
        sa.Column("posted_until", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_democracy_publicity")),
    )
    with op.batch_alter_table("democracy_publicity", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_democracy_publicity_category"), ["category"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_democracy_publicity_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_democracy_publicity_posted_from"), ["posted_from"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_democracy_publicity_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "democracy_charter_revision",
        sa.Column("charter_id", sa.String(length=36), nullable=False),
        sa.Column("revised_on", sa.Date(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("decision_no", sa.String(length=64), nullable=False),
        sa.Column("decision_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["charter_id"],
            ["democracy_charter.id"],
            name=op.f("fk_democracy_charter_revision_charter_id_democracy_charter"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_democracy_charter_revision")),
    )
    with op.batch_alter_table("democracy_charter_revision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_democracy_charter_revision_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_democracy_charter_revision_charter_id"), ["charter_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_democracy_charter_revision_unit_code"), ["unit_code"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("democracy_charter_revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_democracy_charter_revision_unit_code"))
        batch_op.drop_index(batch_op.f("ix_democracy_charter_revision_charter_id"))
        batch_op.drop_index(batch_op.f("ix_democracy_charter_revision_change_seq"))

    op.drop_table("democracy_charter_revision")
    with op.batch_alter_table("democracy_publicity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_democracy_publicity_unit_code"))
        batch_op.drop_index(batch_op.f("ix_democracy_publicity_posted_from"))
        batch_op.drop_index(batch_op.f("ix_democracy_publicity_change_seq"))
        batch_op.drop_index(batch_op.f("ix_democracy_publicity_category"))

    op.drop_table("democracy_publicity")
    with op.batch_alter_table("democracy_matter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_democracy_matter_unit_code"))
        batch_op.drop_index(batch_op.f("ix_democracy_matter_meeting_on"))
        batch_op.drop_index(batch_op.f("ix_democracy_matter_hamlet_code"))
        batch_op.drop_index(batch_op.f("ix_democracy_matter_change_seq"))

    op.drop_table("democracy_matter")
    with op.batch_alter_table("democracy_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_democracy_event_unit_code"))
        batch_op.drop_index(batch_op.f("ix_democracy_event_kind"))
        batch_op.drop_index(batch_op.f("ix_democracy_event_held_on"))
        batch_op.drop_index(batch_op.f("ix_democracy_event_change_seq"))

    op.drop_table("democracy_event")
    with op.batch_alter_table("democracy_charter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_democracy_charter_unit_code"))
        batch_op.drop_index(batch_op.f("ix_democracy_charter_hamlet_code"))
        batch_op.drop_index(batch_op.f("ix_democracy_charter_change_seq"))

    op.drop_table("democracy_charter")
