"""The dialogues area's sheets of the consolidated workbook, with the screen's columns
(ui/receptions_screen): the dialogue conferences, and every commitment made at them with its
state (the screen lists the unfinished ones; the workbook keeps the finished ones too)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from danvan_desktop.services.dialogues import COMMITMENT_STATUSES, KINDS, OPEN_COMMITMENT
from danvan_desktop.services.report_parts import Sheet
from danvan_desktop.services.sheet_rows import UnitColumn
from danvan_desktop.store.petitions import Commitment, CommitmentNote, Dialogue, DialogueIssue

DIALOGUE_HEADERS = (
    "Ngày",
    "Loại",
    "Tên hội nghị",
    "Chủ trì",
    "Số người dự",
    "Ý kiến",
    "Cam kết chưa xong",
)
DIALOGUE_WIDTHS = (12, 26, 44, 24, 10, 8, 12)
COMMITMENT_HEADERS = (
    "Hạn",
    "Quá hạn (ngày)",
    "Nội dung cam kết",
    "Người thực hiện",
    "Trạng thái",
    "Theo dõi gần nhất",
    "Hội nghị",
    "Ngày đối thoại",
)
COMMITMENT_WIDTHS = (12, 10, 44, 22, 16, 36, 34, 12)


def sheets(session: Session, unit_codes: Sequence[str], today: dt.date) -> list[Sheet]:
    units = UnitColumn(session, unit_codes)
    codes = list(unit_codes)
    issues = (
        select(DialogueIssue.dialogue_id, func.count().label("n"))
        .where(DialogueIssue.deleted.is_(False))
        .group_by(DialogueIssue.dialogue_id)
        .subquery()
    )
    open_c = (
        select(Commitment.dialogue_id, func.count().label("n"))
        .where(Commitment.deleted.is_(False), Commitment.status.in_(OPEN_COMMITMENT))
        .group_by(Commitment.dialogue_id)
        .subquery()
    )
    q = (
        select(Dialogue, func.coalesce(issues.c.n, 0), func.coalesce(open_c.c.n, 0))
        .outerjoin(issues, issues.c.dialogue_id == Dialogue.id)
        .outerjoin(open_c, open_c.c.dialogue_id == Dialogue.id)
        .where(Dialogue.deleted.is_(False), Dialogue.unit_code.in_(codes))
        .order_by(Dialogue.unit_code, Dialogue.held_on.desc())
    )
    dialogues = [
        units.row(
            d.unit_code,
            [
                d.held_on,
                KINDS.get(d.kind, d.kind),
                d.title,
                d.presider,
                d.participant_count,
                ni,
                nc or None,
            ],
        )
        for d, ni, nc in session.execute(q)
    ]
    # the latest note of each commitment (the last by date, then by when it was written)
    notes: dict[str, str] = {}
    for cid, note in session.execute(
        select(CommitmentNote.commitment_id, CommitmentNote.note)
        .where(CommitmentNote.deleted.is_(False), CommitmentNote.unit_code.in_(codes))
        .order_by(CommitmentNote.on_date, CommitmentNote.created_at)
    ):
        notes[cid] = note
    cq = (
        select(Commitment, Dialogue.title, Dialogue.held_on)
        .join(Dialogue, Dialogue.id == Commitment.dialogue_id)
        .where(
            Commitment.deleted.is_(False),
            Dialogue.deleted.is_(False),
            Commitment.unit_code.in_(codes),
        )
        .order_by(
            Commitment.unit_code, Commitment.due_on.is_(None), Commitment.due_on, Dialogue.held_on
        )
    )
    commitments = []
    for c, title, held_on in session.execute(cq):
        late = (
            (today - c.due_on).days
            if (c.due_on and c.status in OPEN_COMMITMENT and today > c.due_on)
            else 0
        )
        commitments.append(
            units.row(
                c.unit_code,
                [
                    c.due_on,
                    late or None,
                    c.what,
                    c.owner,
                    COMMITMENT_STATUSES.get(c.status, c.status),
                    notes.get(c.id, ""),
                    title,
                    held_on,
                ],
            )
        )
    return [
        Sheet(
            "Đối thoại",
            units.headers(DIALOGUE_HEADERS),
            dialogues,
            units.widths(DIALOGUE_WIDTHS),
        ),
        Sheet(
            "Cam kết sau đối thoại",
            units.headers(COMMITMENT_HEADERS),
            commitments,
            units.widths(COMMITMENT_WIDTHS),
        ),
    ]
