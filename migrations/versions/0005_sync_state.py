"""Sync state: install key, peer keys, import ledger, export log, conflict register

Local bookkeeping of the sync engine (danvan_desktop/store/sync_state.py); nothing here travels.

Revision ID: sync_state
Revises: upper_level
Create Date: 2026-11-22 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "sync_state"
down_revision = "upper_level"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("sender_unit", sa.String(length=32), nullable=False),
        sa.Column("sender_install", sa.String(length=64), nullable=False),
        sa.Column("local_revision", sa.Integer(), nullable=False),
        sa.Column("incoming_revision", sa.Integer(), nullable=False),
        sa.Column("local_updated_by", sa.String(length=64), nullable=False),
        sa.Column("incoming_updated_by", sa.String(length=64), nullable=False),
        sa.Column("local", sa.Text(), nullable=False),
        sa.Column("incoming", sa.Text(), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index("ix_sync_conflict_record", ["entity", "record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_conflict_status"), ["status"], unique=False)

    op.create_table(
        "sync_export",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("recipient_unit", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("full", sa.Boolean(), nullable=False),
        sa.Column("since_seq", sa.Integer(), nullable=True),
        sa.Column("bundle_sha256", sa.String(length=64), nullable=False),
        sa.Column("prev_bundle_hash", sa.String(length=64), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("period", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("change_seq_high", sa.Integer(), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.Column("acked_at", sa.DateTime(), nullable=True),
        sa.Column("ack_bundle_id", sa.String(length=36), nullable=True),
        sa.Column("acked_by_install", sa.String(length=64), nullable=True),
        sa.Column("ack_result", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_export")),
        sa.UniqueConstraint("bundle_id", name=op.f("uq_sync_export_bundle_id")),
        sa.UniqueConstraint("recipient_unit", "seq", name="uq_sync_export_stream"),
    )
    op.create_table(
        "sync_import",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("sender_unit", sa.String(length=32), nullable=False),
        sa.Column("sender_install", sa.String(length=64), nullable=False),
        sa.Column("recipient_unit", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("full", sa.Boolean(), nullable=False),
        sa.Column("since_seq", sa.Integer(), nullable=True),
        sa.Column("bundle_sha256", sa.String(length=64), nullable=False),
        sa.Column("prev_bundle_hash", sa.String(length=64), nullable=True),
        sa.Column("schema_revision", sa.String(length=64), nullable=False),
        sa.Column("rubric_version", sa.String(length=128), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("period", sa.String(length=64), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("n_new", sa.Integer(), nullable=False),
        sa.Column("n_updated", sa.Integer(), nullable=False),
        sa.Column("n_unchanged", sa.Integer(), nullable=False),
        sa.Column("n_conflicts", sa.Integer(), nullable=False),
        sa.Column("warnings", sa.Text(), nullable=False),
        sa.Column("missing_seqs", sa.Text(), nullable=False),
        sa.Column("ack_bundle_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_import")),
        sa.UniqueConstraint("bundle_id", name=op.f("uq_sync_import_bundle_id")),
    )
    with op.batch_alter_table("sync_import", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_import_imported_at"), ["imported_at"], unique=False
        )
        batch_op.create_index(
            "ix_sync_import_stream", ["sender_unit", "sender_install", "seq"], unique=False
        )

    op.create_table(
        "sync_install_key",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=48), nullable=False),
        sa.Column("encrypted_private", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_install_key")),
    )
    op.create_table(
        "sync_key_wrap",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("kdf", sa.String(length=64), nullable=False),
        sa.Column("salt", sa.String(length=64), nullable=False),
        sa.Column("wrapped", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_sync_key_wrap")),
    )
    op.create_table(
        "sync_peer_key",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("install_id", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=48), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("confirmed_by", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("superseded_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_peer_key")),
    )
    with op.batch_alter_table("sync_peer_key", schema=None) as batch_op:
        batch_op.create_index(
            "ix_sync_peer_key_sender", ["unit_code", "install_id", "status"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("sync_peer_key", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_peer_key_sender")

    op.drop_table("sync_peer_key")
    op.drop_table("sync_key_wrap")
    op.drop_table("sync_install_key")
    with op.batch_alter_table("sync_import", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_import_stream")
        batch_op.drop_index(batch_op.f("ix_sync_import_imported_at"))

    op.drop_table("sync_import")
    op.drop_table("sync_export")
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflict_status"))
        batch_op.drop_index("ix_sync_conflict_record")

    op.drop_table("sync_conflict")
