"""Security at rest and against guessing: lockout counters, the audit hash chain, data key wraps

- user_account: wrong passwords in a row, when the last one was, locked until an administrator
  unlocks it (services.users.authenticate).
- audit_log: state_hash, prev_hash, row_hash; the rows already there are chained here in id
  order, and the chain's head is written to `audit_head` (store.audit).
- data_key_wrap: the data key of the confidential columns, wrapped per account (store.sealed;
  the key itself is made at the first administrator login, which also encrypts what is there).

Revision ID: hands_security
Revises: sync_state
Create Date: 2026-11-29 03:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "hands_security"
down_revision = "sync_state"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from danvan_desktop.store.audit import GENESIS, row_digest

    with op.batch_alter_table("user_account") as batch:
        batch.add_column(
            sa.Column("failed_logins", sa.Integer(), server_default="0", nullable=False)
        )
        batch.add_column(sa.Column("last_failed_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("locked", sa.Boolean(), server_default="0", nullable=False))
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("state_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("row_hash", sa.String(length=64), nullable=True))
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    op.create_table(
        "data_key_wrap",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("kdf", sa.String(length=64), nullable=False),
        sa.Column("salt", sa.String(length=64), nullable=False),
        sa.Column("wrapped", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_data_key_wrap")),
    )
    # Chain the rows already written (in id order; gaps a database already had are kept as
    # they are: each row's link to the one before is what the check relies on).
    conn = op.get_bind()
    audit = sa.table("audit_log", sa.column("id"), sa.column("prev_hash"), sa.column("row_hash"))
    rows = conn.execute(
        sa.text(
            'SELECT id, at, "user", entity, record_id, action, changes FROM audit_log ORDER BY id'
        )
    ).mappings()
    prev, last, updates = GENESIS, 0, []
    for row in rows:
        digest = row_digest(prev, dict(row))
        updates.append({"b_id": row["id"], "b_prev": prev, "b_hash": digest})
        prev, last = digest, row["id"]
    if updates:
        conn.execute(
            audit.update()
            .where(audit.c.id == sa.bindparam("b_id"))
            .values(prev_hash=sa.bindparam("b_prev"), row_hash=sa.bindparam("b_hash")),
            updates,
        )
        head = sa.table("audit_head", sa.column("id"), sa.column("last_id"), sa.column("row_hash"))
        conn.execute(head.insert().values(id=1, last_id=last, row_hash=prev))


def downgrade() -> None:
    op.drop_table("audit_head")
    op.drop_table("data_key_wrap")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("row_hash")
        batch.drop_column("prev_hash")
        batch.drop_column("state_hash")
    with op.batch_alter_table("user_account") as batch:
        batch.drop_column("locked")
        batch.drop_column("last_failed_at")
        batch.drop_column("failed_logins")
