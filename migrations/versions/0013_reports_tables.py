"""Periodic reports, their narratives and the outgoing-documents register (issue 11)

Revision ID: reports_tables
Revises: scoring_averages
Create Date: 2026-11-29 06:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "reports_tables"
down_revision = "answers_tables"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outgoing_document",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("body", sa.String(length=32), nullable=False),
        sa.Column("layout", sa.String(length=8), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("doc_type", sa.String(length=16), nullable=False),
        sa.Column("symbol", sa.String(length=64), nullable=False),
        sa.Column("number_label", sa.String(length=80), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("signer", sa.String(length=255), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("linked_type", sa.String(length=64), nullable=False),
        sa.Column("linked_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outgoing_document")),
        sa.UniqueConstraint("unit_code", "year", "body", "number", name="uq_outgoing_number"),
    )
    with op.batch_alter_table("outgoing_document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outgoing_document_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_outgoing_document_day"), ["day"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_outgoing_document_linked_id"), ["linked_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_outgoing_document_unit_code"), ["unit_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_outgoing_document_year"), ["year"], unique=False)

    op.create_table(
        "periodic_report",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("period_label", sa.String(length=120), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("layout", sa.String(length=8), nullable=False),
        sa.Column("parent_agency", sa.String(length=255), nullable=False),
        sa.Column("issuing_agency", sa.String(length=255), nullable=False),
        sa.Column("body", sa.String(length=32), nullable=False),
        sa.Column("place", sa.String(length=120), nullable=False),
        sa.Column("signer_authority", sa.String(length=120), nullable=False),
        sa.Column("signer_title", sa.String(length=120), nullable=False),
        sa.Column("signer_name", sa.String(length=255), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("outgoing_id", sa.String(length=36), nullable=True),
        sa.Column("number_label", sa.String(length=80), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_periodic_report")),
    )
    with op.batch_alter_table("periodic_report", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_periodic_report_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_periodic_report_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_periodic_report_kind"), ["kind"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_periodic_report_period_end"), ["period_end"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_periodic_report_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_periodic_report_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "report_narrative",
        sa.Column("report_id", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["periodic_report.id"],
            name=op.f("fk_report_narrative_report_id_periodic_report"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_narrative")),
        sa.UniqueConstraint("report_id", "key", name="uq_report_narrative_key"),
    )
    with op.batch_alter_table("report_narrative", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_report_narrative_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_report_narrative_report_id"), ["report_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_report_narrative_unit_code"), ["unit_code"], unique=False
        )


def downgrade() -> None:
    op.drop_table("report_narrative")
    op.drop_table("periodic_report")
    op.drop_table("outgoing_document")
