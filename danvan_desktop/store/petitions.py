"""Tables of citizen reception, dialogues and petitions (DOMAIN §4).

Reception sessions, the petitions they received (a link table), dialogues with the issues raised
and the answers given, commitments followed up to closure, the petition register (sổ theo dõi
đơn thư) with its dated workflow steps, extensions and duplicate links, and the commune's own
calendar edits (extra days off, make-up working days) as records.

References are UUID strings. A petitioner's identity and ID number are `__confidential__`: they
never leave the commune in a bundle (the derived search and duplicate keys carry names too, so
they stay home as well). `row_no` is a local integer used as the FTS5 rowid: SQLite may renumber
implicit rowids on VACUUM, so the full-text index keys on a column of our own, kept by triggers
(see the `petitions` migration). A later migration that rebuilds the petition table in batch
mode drops those triggers with it: it must create them again (the migration's FTS_DDL).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from danvan_desktop.domain import authority
from danvan_desktop.store.base import COMMUNE_ONLY, Record, table_of
from danvan_desktop.store.sealed import BlindIndex, Sealed, SealedExact

# Names of the SQLite full-text table and its triggers (created by the migration).
FTS_TABLE = "petition_fts"


class ReceptionSession(Record):
    """Một buổi tiếp công dân."""

    __tablename__ = "reception_session"
    __authority__ = authority.OWNER
    __entity__ = "reception_sessions"
    __label__ = "Buổi tiếp công dân"

    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(255), default="")
    form: Mapped[str] = mapped_column(String(16), default="in_person")  # in_person, online
    kind: Mapped[str] = mapped_column(String(16), default="regular")  # regular, ad_hoc
    presider_role: Mapped[str] = mapped_column(String(32), default="chairman", index=True)
    presider_name: Mapped[str] = mapped_column(String(255), default="")
    visits: Mapped[int] = mapped_column(Integer, default=0)  # lượt tiếp
    people: Mapped[int] = mapped_column(Integer, default=0)  # số người
    crowd_cases: Mapped[int] = mapped_column(Integer, default=0)  # đoàn đông người
    content: Mapped[str] = mapped_column(Text, default="")  # tóm tắt nội dung công dân trình bày
    conclusion_no: Mapped[str] = mapped_column(String(64), default="")
    conclusion_on: Mapped[dt.date | None] = mapped_column(Date)
    conclusion_text: Mapped[str] = mapped_column(Text, default="")  # thông báo kết luận
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_reception_session_list", "deleted", "held_on", "presider_role"),)


class ReceptionPetition(Record):
    """A petition received at a reception session."""

    __tablename__ = "reception_petition"
    __authority__ = authority.OWNER
    __parents__ = {"session_id": "reception_sessions", "petition_id": "petitions"}
    __entity__ = "reception_petitions"
    __label__ = "Đơn nhận tại buổi tiếp"

    session_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("reception_session.id"), index=True
    )
    petition_id: Mapped[str] = mapped_column(String(36), ForeignKey("petition.id"), index=True)


class Dialogue(Record):
    """Hội nghị đối thoại (với nhân dân, với người khiếu nại, với người lao động)."""

    __tablename__ = "dialogue"
    __authority__ = authority.OWNER
    __parents__ = {"petition_id": "petitions"}
    __entity__ = "dialogues"
    __label__ = "Đối thoại"

    kind: Mapped[str] = mapped_column(String(16), default="people")  # people, complainant, workers
    title: Mapped[str] = mapped_column(String(500), default="")
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(255), default="")
    presider: Mapped[str] = mapped_column(String(255), default="")
    participants: Mapped[str] = mapped_column(Text, default="")
    participant_count: Mapped[int] = mapped_column(Integer, default=0)
    petition_id: Mapped[str | None] = mapped_column(
        String(36), index=True
    )  # a complaint's dialogue
    notes: Mapped[str] = mapped_column(Text, default="")


class DialogueIssue(Record):
    """An issue raised at a dialogue and the answer given."""

    __tablename__ = "dialogue_issue"
    __authority__ = authority.OWNER
    __parents__ = {"dialogue_id": "dialogues"}
    __entity__ = "dialogue_issues"
    __label__ = "Ý kiến tại đối thoại"

    dialogue_id: Mapped[str] = mapped_column(String(36), ForeignKey("dialogue.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    raised_by: Mapped[str] = mapped_column(String(255), default="")
    issue: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str] = mapped_column(String(255), default="")


class Commitment(Record):
    """Cam kết / kết luận sau đối thoại: what, who, by when; followed up to closure."""

    __tablename__ = "commitment"
    __authority__ = authority.OWNER
    __parents__ = {"dialogue_id": "dialogues", "issue_id": "dialogue_issues"}
    __entity__ = "commitments"
    __label__ = "Cam kết sau đối thoại"

    dialogue_id: Mapped[str] = mapped_column(String(36), ForeignKey("dialogue.id"), index=True)
    issue_id: Mapped[str | None] = mapped_column(String(36), index=True)
    what: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(255), default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(
        String(16), default="open"
    )  # open, in_progress, done, dropped
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    result: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_commitment_open", "deleted", "status", "due_on"),)


class CommitmentNote(Record):
    """A dated follow-up note on a commitment."""

    __tablename__ = "commitment_note"
    __authority__ = authority.OWNER
    __parents__ = {"commitment_id": "commitments"}
    __entity__ = "commitment_notes"
    __label__ = "Theo dõi cam kết"

    commitment_id: Mapped[str] = mapped_column(String(36), ForeignKey("commitment.id"), index=True)
    on_date: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text)
    by_user: Mapped[str] = mapped_column(String(64), default="")


class Petition(Record):
    """One entry of the petition register (sổ theo dõi đơn thư)."""

    __tablename__ = "petition"
    __authority__ = authority.OWNER
    __parents__ = {"duplicate_of_id": "petitions"}
    __entity__ = "petitions"
    __label__ = "Đơn thư"
    __confidential__ = (
        "citizen_name",
        "citizen_id_no",
        "citizen_address",
        "citizen_phone",
        "search_text",
        "name_key",
        "address_key",
        "row_no",
    )
    __unaudited__ = ("search_text", "name_key", "address_key", "row_no")
    __serial__ = "row_no"

    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)  # số thứ tự trong năm
    received_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(
        String(16)
    )  # reception, post, transferred, board, dialogue, online
    type: Mapped[str] = mapped_column(
        String(16)
    )  # complaint, denunciation, recommendation, feedback, mixed
    field: Mapped[str] = mapped_column(String(64), default="")  # lĩnh vực: đất đai, môi trường…
    hamlet_code: Mapped[str | None] = mapped_column(String(32))
    summary: Mapped[str] = mapped_column(Text, default="")  # nội dung tóm tắt
    # Who sent it. Confidential: a denouncer's identity is protected by law.
    # Encrypted at rest under the data key (store.sealed): plain text to services only.
    citizen_name: Mapped[str] = mapped_column(Sealed(255, aad="citizen_name"), default="")
    citizen_id_no: Mapped[str] = mapped_column(SealedExact(32, aad="citizen_id_no"), default="")
    citizen_address: Mapped[str] = mapped_column(Sealed(500, aad="citizen_address"), default="")
    citizen_phone: Mapped[str] = mapped_column(Sealed(32, aad="citizen_phone"), default="")
    identity_protected: Mapped[bool] = mapped_column(Boolean, default=False)
    people_count: Mapped[int] = mapped_column(Integer, default=1)  # người đứng tên / đi cùng
    is_crowd: Mapped[bool] = mapped_column(Boolean, default=False)  # đoàn đông người
    complexity: Mapped[str] = mapped_column(
        String(24), default="normal"
    )  # normal, complex, especially_complex
    remote_area: Mapped[bool] = mapped_column(Boolean, default=False)
    multi_site: Mapped[bool] = mapped_column(Boolean, default=False)
    complaint_round: Mapped[int] = mapped_column(Integer, default=1)  # khiếu nại lần đầu / lần hai
    handler: Mapped[str] = mapped_column(String(255), default="")  # người được giao xử lý
    from_agency: Mapped[str] = mapped_column(String(255), default="")  # nơi chuyển đến (đơn chuyển)
    # Workflow state and the clock.
    status: Mapped[str] = mapped_column(String(24), default="received")
    #: Not yet handled or settled (received … dialogue, suspended): what "open longest" ranks.
    is_open: Mapped[bool] = mapped_column(Boolean, default=True)
    accepted_on: Mapped[dt.date | None] = mapped_column(Date)
    #: The deadline of the step now pending; NULL when no clock runs (handled, suspended, closed).
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    due_step: Mapped[str] = mapped_column(String(48), default="")
    warn_on: Mapped[dt.date | None] = mapped_column(
        Date
    )  # warn from this day (N working days ahead)
    #: The last deadline computed (kept when the clock stops: what the register prints).
    last_due_on: Mapped[dt.date | None] = mapped_column(Date)
    rule_version: Mapped[str] = mapped_column(String(48), default="")  # "<rule set>/<version>"
    extensions: Mapped[int] = mapped_column(Integer, default=0)
    suspended_on: Mapped[dt.date | None] = mapped_column(Date)
    #: Calendar days spent suspended: not counted in the settlement time, so added to the deadline.
    paused_days: Mapped[int] = mapped_column(Integer, default=0)
    #: When the case was handled or settled (guided, transferred, filed, decided): on-time is judged here.
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    #: Handled within its time limit; None while unresolved or when withdrawn.
    on_time: Mapped[bool | None] = mapped_column(Boolean)
    outcome: Mapped[str] = mapped_column(Text, default="")  # kết quả giải quyết
    transferred_to: Mapped[str] = mapped_column(String(255), default="")
    duplicate_of_id: Mapped[str | None] = mapped_column(String(36), index=True)
    # Derived, local: what the list search and the duplicate check compare. The search text
    # holds no identity; the name and address keys are keyed HMACs (equality only).
    search_text: Mapped[str] = mapped_column(Text, default="")
    name_key: Mapped[str] = mapped_column(BlindIndex(255, aad="name_key"), default="")
    address_key: Mapped[str] = mapped_column(BlindIndex(500, aad="address_key"), default="")
    row_no: Mapped[int | None] = mapped_column(Integer, unique=True)

    # The register's and early warning's indexes serve one commune's own screens (they lead
    # with `deleted`, not `unit_code`; identities never leave the commune): an upper level's
    # database drops them (store.level_indexes), where they only slowed the import of 170
    # communes' petitions by ~40 %.
    __table_args__ = (
        Index("ix_petition_received", "deleted", "received_on", "number", info=COMMUNE_ONLY),
        Index("ix_petition_number", "deleted", "year", "number", info=COMMUNE_ONLY),
        Index("ix_petition_status", "deleted", "status", "received_on", info=COMMUNE_ONLY),
        Index("ix_petition_type", "deleted", "type", "received_on", info=COMMUNE_ONLY),
        Index("ix_petition_hamlet", "deleted", "hamlet_code", "received_on", info=COMMUNE_ONLY),
        Index("ix_petition_field", "deleted", "field", "received_on", info=COMMUNE_ONLY),
        # Covering the early-warning queries: overdue by type, open cases oldest first.
        Index("ix_petition_due", "deleted", "due_on", "type", info=COMMUNE_ONLY),
        Index(
            "ix_petition_open_received",
            "deleted",
            "is_open",
            "received_on",
            "number",
            info=COMMUNE_ONLY,
        ),
        Index(
            "ix_petition_resolved", "deleted", "resolved_on", "type", "on_time", info=COMMUNE_ONLY
        ),
        Index("ix_petition_id_no", "citizen_id_no", info=COMMUNE_ONLY),
        Index("ix_petition_name_key", "name_key", info=COMMUNE_ONLY),
    )


class PetitionStep(Record):
    """One dated step of a petition's handling: who took it, the note, the deadline after it."""

    __tablename__ = "petition_step"
    __authority__ = authority.OWNER
    __parents__ = {"petition_id": "petitions"}
    __entity__ = "petition_steps"
    __label__ = "Bước xử lý đơn"

    petition_id: Mapped[str] = mapped_column(String(36), ForeignKey("petition.id"), index=True)
    action: Mapped[str] = mapped_column(String(24))
    from_status: Mapped[str] = mapped_column(String(24), default="")
    to_status: Mapped[str] = mapped_column(String(24))
    on_date: Mapped[dt.date] = mapped_column(Date)
    by_user: Mapped[str] = mapped_column(String(64), default="")
    actor: Mapped[str] = mapped_column(String(255), default="")  # người thực hiện (tên)
    note: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date)  # the deadline in force after the step
    late: Mapped[bool] = mapped_column(Boolean, default=False)  # taken after its deadline


class PetitionExtension(Record):
    """Gia hạn giải quyết: the reason and the deadline before → after."""

    __tablename__ = "petition_extension"
    __authority__ = authority.OWNER
    __parents__ = {"petition_id": "petitions"}
    __entity__ = "petition_extensions"
    __label__ = "Gia hạn giải quyết đơn"

    petition_id: Mapped[str] = mapped_column(String(36), ForeignKey("petition.id"), index=True)
    on_date: Mapped[dt.date] = mapped_column(Date)
    days: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    old_due_on: Mapped[dt.date | None] = mapped_column(Date)
    new_due_on: Mapped[dt.date | None] = mapped_column(Date)
    by_user: Mapped[str] = mapped_column(String(64), default="")


class PetitionLink(Record):
    """A petition linked to an earlier one it repeats (or is related to)."""

    __tablename__ = "petition_link"
    __authority__ = authority.OWNER
    __parents__ = {"petition_id": "petitions", "other_id": "petitions"}
    __entity__ = "petition_links"
    __label__ = "Liên kết đơn trùng"

    petition_id: Mapped[str] = mapped_column(String(36), ForeignKey("petition.id"), index=True)
    other_id: Mapped[str] = mapped_column(String(36), ForeignKey("petition.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="duplicate")  # duplicate, related
    score: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")


class CalendarDay(Record):
    """The commune's edit of the working calendar: an extra day off or a make-up working day."""

    __tablename__ = "calendar_day"
    __authority__ = authority.OWNER
    __entity__ = "calendar_days"
    __label__ = "Ngày nghỉ, ngày làm bù"

    on_date: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(16))  # day_off, make_up
    name: Mapped[str] = mapped_column(String(255), default="")


def strip_identity_from_search(conn: Any) -> int:
    """A database from before the data key kept each unprotected citizen's folded name and
    address at the end of the list's search text (and in its full-text index): take them out,
    before the keys themselves are sealed. Returns the rows changed."""
    from sqlalchemy import String as Plain
    from sqlalchemy import bindparam, select, text, type_coerce, update

    t = table_of(Petition)
    name_raw = type_coerce(t.c.name_key, Plain).label("name_key")
    address_raw = type_coerce(t.c.address_key, Plain).label("address_key")
    rows = conn.execute(
        select(t.c.id, t.c.search_text, name_raw, address_raw).where(
            t.c.identity_protected.is_(False), t.c.search_text != ""
        )
    ).mappings()
    params = []
    for r in rows:
        search = r["search_text"]
        for key in (r["address_key"], r["name_key"]):
            if key and not key.startswith("dk") and search.endswith(" " + key):
                search = search[: -len(key) - 1]
        if search != r["search_text"]:
            params.append({"b_id": r["id"], "b_text": search})
    if params:
        conn.execute(
            update(t).where(t.c.id == bindparam("b_id")).values(search_text=bindparam("b_text")),
            params,
        )
    if (
        conn.dialect.name == "sqlite"
        and conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE name = :n"), {"n": FTS_TABLE}
        ).first()
    ):
        # Merge the index's segments so the removed words are not left in older ones.
        conn.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')"))
    return len(params)
