"""Citizen reception, dialogues, commitments, the petition register and the commune's calendar edits.

On SQLite also the FTS5 trigram index of the petition list's search text, keyed on `row_no`
(a local integer kept by triggers: implicit rowids may change on VACUUM), so typing in the
search box of a million-petition list stays fast.

Revision ID: petitions
Revises: 0001_core
Create Date: 2026-11-21 23:20:53.765242
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "petitions"
down_revision = "0001_core"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_day",
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_day")),
    )
    with op.batch_alter_table("calendar_day", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_calendar_day_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_calendar_day_on_date"), ["on_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_calendar_day_unit_code"), ["unit_code"], unique=False)

    op.create_table(
        "dialogue",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("legal_basis", sa.Text(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=255), nullable=False),
        sa.Column("presider", sa.String(length=255), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("participant_count", sa.Integer(), nullable=False),
        sa.Column("petition_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dialogue")),
    )
    with op.batch_alter_table("dialogue", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dialogue_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_dialogue_held_on"), ["held_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_dialogue_petition_id"), ["petition_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_dialogue_unit_code"), ["unit_code"], unique=False)

    op.create_table(
        "petition",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("hamlet_code", sa.String(length=32), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("citizen_name", sa.String(length=255), nullable=False),
        sa.Column("citizen_id_no", sa.String(length=32), nullable=False),
        sa.Column("citizen_address", sa.String(length=500), nullable=False),
        sa.Column("citizen_phone", sa.String(length=32), nullable=False),
        sa.Column("identity_protected", sa.Boolean(), nullable=False),
        sa.Column("people_count", sa.Integer(), nullable=False),
        sa.Column("is_crowd", sa.Boolean(), nullable=False),
        sa.Column("complexity", sa.String(length=24), nullable=False),
        sa.Column("remote_area", sa.Boolean(), nullable=False),
        sa.Column("multi_site", sa.Boolean(), nullable=False),
        sa.Column("complaint_round", sa.Integer(), nullable=False),
        sa.Column("handler", sa.String(length=255), nullable=False),
        sa.Column("from_agency", sa.String(length=255), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("is_open", sa.Boolean(), nullable=False),
        sa.Column("accepted_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("due_step", sa.String(length=48), nullable=False),
        sa.Column("warn_on", sa.Date(), nullable=True),
        sa.Column("last_due_on", sa.Date(), nullable=True),
        sa.Column("rule_version", sa.String(length=48), nullable=False),
        sa.Column("extensions", sa.Integer(), nullable=False),
        sa.Column("suspended_on", sa.Date(), nullable=True),
        sa.Column("paused_days", sa.Integer(), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("on_time", sa.Boolean(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("transferred_to", sa.String(length=255), nullable=False),
        sa.Column("duplicate_of_id", sa.String(length=36), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("name_key", sa.String(length=255), nullable=False),
        sa.Column("address_key", sa.String(length=500), nullable=False),
        sa.Column("row_no", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_petition")),
        sa.UniqueConstraint("row_no", name=op.f("uq_petition_row_no")),
    )
    with op.batch_alter_table("petition", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_petition_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index("ix_petition_due", ["deleted", "due_on", "type"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_petition_duplicate_of_id"), ["duplicate_of_id"], unique=False
        )
        batch_op.create_index(
            "ix_petition_field", ["deleted", "field", "received_on"], unique=False
        )
        batch_op.create_index(
            "ix_petition_hamlet", ["deleted", "hamlet_code", "received_on"], unique=False
        )
        batch_op.create_index("ix_petition_id_no", ["citizen_id_no"], unique=False)
        batch_op.create_index("ix_petition_name_key", ["name_key"], unique=False)
        batch_op.create_index("ix_petition_number", ["deleted", "year", "number"], unique=False)
        batch_op.create_index(
            "ix_petition_open_received",
            ["deleted", "is_open", "received_on", "number"],
            unique=False,
        )
        batch_op.create_index(
            "ix_petition_received", ["deleted", "received_on", "number"], unique=False
        )
        batch_op.create_index(
            "ix_petition_resolved", ["deleted", "resolved_on", "type", "on_time"], unique=False
        )
        batch_op.create_index(
            "ix_petition_status", ["deleted", "status", "received_on"], unique=False
        )
        batch_op.create_index("ix_petition_type", ["deleted", "type", "received_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_petition_unit_code"), ["unit_code"], unique=False)

    op.create_table(
        "reception_session",
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=255), nullable=False),
        sa.Column("form", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("presider_role", sa.String(length=32), nullable=False),
        sa.Column("presider_name", sa.String(length=255), nullable=False),
        sa.Column("visits", sa.Integer(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.Column("crowd_cases", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("conclusion_no", sa.String(length=64), nullable=False),
        sa.Column("conclusion_on", sa.Date(), nullable=True),
        sa.Column("conclusion_text", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reception_session")),
    )
    with op.batch_alter_table("reception_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reception_session_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_reception_session_held_on"), ["held_on"], unique=False)
        batch_op.create_index(
            "ix_reception_session_list", ["deleted", "held_on", "presider_role"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_reception_session_presider_role"), ["presider_role"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_reception_session_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "commitment",
        sa.Column("dialogue_id", sa.String(length=36), nullable=False),
        sa.Column("issue_id", sa.String(length=36), nullable=True),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=255), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
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
            ["dialogue_id"], ["dialogue.id"], name=op.f("fk_commitment_dialogue_id_dialogue")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment")),
    )
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_commitment_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_commitment_dialogue_id"), ["dialogue_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_commitment_issue_id"), ["issue_id"], unique=False)
        batch_op.create_index("ix_commitment_open", ["deleted", "status", "due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_commitment_unit_code"), ["unit_code"], unique=False)

    op.create_table(
        "dialogue_issue",
        sa.Column("dialogue_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("raised_by", sa.String(length=255), nullable=False),
        sa.Column("issue", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("answered_by", sa.String(length=255), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["dialogue_id"], ["dialogue.id"], name=op.f("fk_dialogue_issue_dialogue_id_dialogue")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dialogue_issue")),
    )
    with op.batch_alter_table("dialogue_issue", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dialogue_issue_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_dialogue_issue_dialogue_id"), ["dialogue_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_dialogue_issue_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "petition_extension",
        sa.Column("petition_id", sa.String(length=36), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("old_due_on", sa.Date(), nullable=True),
        sa.Column("new_due_on", sa.Date(), nullable=True),
        sa.Column("by_user", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["petition_id"],
            ["petition.id"],
            name=op.f("fk_petition_extension_petition_id_petition"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_petition_extension")),
    )
    with op.batch_alter_table("petition_extension", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_petition_extension_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_petition_extension_petition_id"), ["petition_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_petition_extension_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "petition_link",
        sa.Column("petition_id", sa.String(length=36), nullable=False),
        sa.Column("other_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
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
            ["other_id"], ["petition.id"], name=op.f("fk_petition_link_other_id_petition")
        ),
        sa.ForeignKeyConstraint(
            ["petition_id"], ["petition.id"], name=op.f("fk_petition_link_petition_id_petition")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_petition_link")),
    )
    with op.batch_alter_table("petition_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_petition_link_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_petition_link_other_id"), ["other_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_petition_link_petition_id"), ["petition_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_petition_link_unit_code"), ["unit_code"], unique=False)

    op.create_table(
        "petition_step",
        sa.Column("petition_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=24), nullable=False),
        sa.Column("from_status", sa.String(length=24), nullable=False),
        sa.Column("to_status", sa.String(length=24), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("by_user", sa.String(length=64), nullable=False),
        sa.Column("actor", sa.String(length=255), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["petition_id"], ["petition.id"], name=op.f("fk_petition_step_petition_id_petition")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_petition_step")),
    )
    with op.batch_alter_table("petition_step", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_petition_step_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_petition_step_petition_id"), ["petition_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_petition_step_unit_code"), ["unit_code"], unique=False)

    op.create_table(
        "reception_petition",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("petition_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["petition_id"],
            ["petition.id"],
            name=op.f("fk_reception_petition_petition_id_petition"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["reception_session.id"],
            name=op.f("fk_reception_petition_session_id_reception_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reception_petition")),
    )
    with op.batch_alter_table("reception_petition", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reception_petition_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_reception_petition_petition_id"), ["petition_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_reception_petition_session_id"), ["session_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_reception_petition_unit_code"), ["unit_code"], unique=False
        )

    op.create_table(
        "commitment_note",
        sa.Column("commitment_id", sa.String(length=36), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("by_user", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
            name=op.f("fk_commitment_note_commitment_id_commitment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment_note")),
    )
    with op.batch_alter_table("commitment_note", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_commitment_note_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_commitment_note_commitment_id"), ["commitment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_commitment_note_unit_code"), ["unit_code"], unique=False
        )

    if op.get_bind().dialect.name == "sqlite":
        for statement in FTS_DDL:
            op.execute(statement)


# The full-text index of petition.search_text (SQLite only; other databases search with LIKE).
FTS_DDL = (
    "CREATE VIRTUAL TABLE petition_fts USING fts5(search_text, tokenize='trigram')",
    # A row inserted without row_no (by the ORM or a bundle import) gets the next number.
    """CREATE TRIGGER petition_row_no AFTER INSERT ON petition WHEN new.row_no IS NULL BEGIN
        UPDATE petition SET row_no = (SELECT coalesce(max(row_no), 0) + 1 FROM petition)
        WHERE id = new.id;
    END""",
    """CREATE TRIGGER petition_fts_insert AFTER INSERT ON petition WHEN new.row_no IS NOT NULL BEGIN
        INSERT INTO petition_fts(rowid, search_text) VALUES (new.row_no, new.search_text);
    END""",
    """CREATE TRIGGER petition_fts_update AFTER UPDATE OF row_no, search_text ON petition BEGIN
        DELETE FROM petition_fts WHERE rowid = old.row_no;
        INSERT INTO petition_fts(rowid, search_text)
            SELECT new.row_no, new.search_text WHERE new.row_no IS NOT NULL;
    END""",
)
FTS_DROP = (
    "DROP TRIGGER IF EXISTS petition_fts_update",
    "DROP TRIGGER IF EXISTS petition_fts_insert",
    "DROP TRIGGER IF EXISTS petition_row_no",
    "DROP TABLE IF EXISTS petition_fts",
)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in FTS_DROP:
            op.execute(statement)
    with op.batch_alter_table("commitment_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitment_note_unit_code"))
        batch_op.drop_index(batch_op.f("ix_commitment_note_commitment_id"))
        batch_op.drop_index(batch_op.f("ix_commitment_note_change_seq"))

    op.drop_table("commitment_note")
    with op.batch_alter_table("reception_petition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reception_petition_unit_code"))
        batch_op.drop_index(batch_op.f("ix_reception_petition_session_id"))
        batch_op.drop_index(batch_op.f("ix_reception_petition_petition_id"))
        batch_op.drop_index(batch_op.f("ix_reception_petition_change_seq"))

    op.drop_table("reception_petition")
    with op.batch_alter_table("petition_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_petition_step_unit_code"))
        batch_op.drop_index(batch_op.f("ix_petition_step_petition_id"))
        batch_op.drop_index(batch_op.f("ix_petition_step_change_seq"))

    op.drop_table("petition_step")
    with op.batch_alter_table("petition_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_petition_link_unit_code"))
        batch_op.drop_index(batch_op.f("ix_petition_link_petition_id"))
        batch_op.drop_index(batch_op.f("ix_petition_link_other_id"))
        batch_op.drop_index(batch_op.f("ix_petition_link_change_seq"))

    op.drop_table("petition_link")
    with op.batch_alter_table("petition_extension", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_petition_extension_unit_code"))
        batch_op.drop_index(batch_op.f("ix_petition_extension_petition_id"))
        batch_op.drop_index(batch_op.f("ix_petition_extension_change_seq"))

    op.drop_table("petition_extension")
    with op.batch_alter_table("dialogue_issue", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dialogue_issue_unit_code"))
        batch_op.drop_index(batch_op.f("ix_dialogue_issue_dialogue_id"))
        batch_op.drop_index(batch_op.f("ix_dialogue_issue_change_seq"))

    op.drop_table("dialogue_issue")
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitment_unit_code"))
        batch_op.drop_index("ix_commitment_open")
        batch_op.drop_index(batch_op.f("ix_commitment_issue_id"))
        batch_op.drop_index(batch_op.f("ix_commitment_dialogue_id"))
        batch_op.drop_index(batch_op.f("ix_commitment_change_seq"))

    op.drop_table("commitment")
    with op.batch_alter_table("reception_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reception_session_unit_code"))
        batch_op.drop_index(batch_op.f("ix_reception_session_presider_role"))
        batch_op.drop_index("ix_reception_session_list")
        batch_op.drop_index(batch_op.f("ix_reception_session_held_on"))
        batch_op.drop_index(batch_op.f("ix_reception_session_change_seq"))

    op.drop_table("reception_session")
    with op.batch_alter_table("petition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_petition_unit_code"))
        batch_op.drop_index("ix_petition_type")
        batch_op.drop_index("ix_petition_status")
        batch_op.drop_index("ix_petition_resolved")
        batch_op.drop_index("ix_petition_received")
        batch_op.drop_index("ix_petition_open_received")
        batch_op.drop_index("ix_petition_number")
        batch_op.drop_index("ix_petition_name_key")
        batch_op.drop_index("ix_petition_id_no")
        batch_op.drop_index("ix_petition_hamlet")
        batch_op.drop_index("ix_petition_field")
        batch_op.drop_index(batch_op.f("ix_petition_duplicate_of_id"))
        batch_op.drop_index("ix_petition_due")
        batch_op.drop_index(batch_op.f("ix_petition_change_seq"))

    op.drop_table("petition")
    with op.batch_alter_table("dialogue", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dialogue_unit_code"))
        batch_op.drop_index(batch_op.f("ix_dialogue_petition_id"))
        batch_op.drop_index(batch_op.f("ix_dialogue_held_on"))
        batch_op.drop_index(batch_op.f("ix_dialogue_change_seq"))

    op.drop_table("dialogue")
    with op.batch_alter_table("calendar_day", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calendar_day_unit_code"))
        batch_op.drop_index(batch_op.f("ix_calendar_day_on_date"))
        batch_op.drop_index(batch_op.f("ix_calendar_day_change_seq"))

    op.drop_table("calendar_day")
