"""Read queries of the petition area that several services share (petitions, receptions,
dialogues, the calendar): plain values out, no rules applied."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, Integer, Select, and_, column, func, literal_column, select, text
from sqlalchemy.orm import Session

from danvan_desktop.store.petitions import (
    FTS_TABLE,
    CalendarDay,
    Petition,
    PetitionStep,
    ReceptionPetition,
    ReceptionSession,
)
from danvan_desktop.store.units import Unit


def calendar_rows(s: Session) -> list[tuple[dt.date, str, str]]:
    """The commune's calendar adjustments: (date, "day_off"/"make_up", name)."""
    q = select(CalendarDay.on_date, CalendarDay.kind, CalendarDay.name).where(
        CalendarDay.deleted.is_(False)
    )
    return [(d, k, n) for d, k, n in s.execute(q)]


def calendar_day_on(s: Session, on: dt.date) -> str | None:
    """The id of the live adjustment on `on`, if any."""
    return s.execute(
        select(CalendarDay.id).where(CalendarDay.on_date == on, CalendarDay.deleted.is_(False))
    ).scalar()


def running_clocks(s: Session, *, after_id: str, limit: int) -> list[Petition]:
    """The next `limit` live petitions whose deadline clock runs, by id after `after_id`
    (keyset batches, so recomputing a large register never holds it all in memory)."""
    q = (
        select(Petition)
        .where(Petition.deleted.is_(False), Petition.due_on.is_not(None), Petition.id > after_id)
        .order_by(Petition.id)
        .limit(limit)
    )
    return list(s.execute(q).scalars())


def last_step_on(s: Session, petition_id: str) -> dt.date | None:
    """The date of a petition's latest recorded step (a new step may not go before it)."""
    return s.execute(
        select(func.max(PetitionStep.on_date)).where(
            PetitionStep.petition_id == petition_id, PetitionStep.deleted.is_(False)
        )
    ).scalar_one()


def first_handling_on(s: Session, petition_id: str, receive_action: str) -> dt.date | None:
    """The date of the first step after receipt (the receipt date may not move past it)."""
    return s.execute(
        select(func.min(PetitionStep.on_date)).where(
            PetitionStep.petition_id == petition_id, PetitionStep.action != receive_action
        )
    ).scalar_one()


def status_before_last(s: Session, petition_id: str, action: str) -> str | None:
    """The status a petition had before its latest step `action` (where a resume returns to)."""
    return s.execute(
        select(PetitionStep.from_status)
        .where(
            PetitionStep.petition_id == petition_id,
            PetitionStep.action == action,
            PetitionStep.deleted.is_(False),
        )
        .order_by(PetitionStep.on_date.desc(), PetitionStep.created_at.desc())
        .limit(1)
    ).scalar()


def session_links(s: Session, *, session_id: str | None = None, petition_id: str | None = None):  # noqa: ANN201
    """Live links between reception sessions and petitions (by session, petition or both)."""
    q = select(ReceptionPetition).where(ReceptionPetition.deleted.is_(False))
    if session_id is not None:
        q = q.where(ReceptionPetition.session_id == session_id)
    if petition_id is not None:
        q = q.where(ReceptionPetition.petition_id == petition_id)
    return list(s.execute(q).scalars())


def session_petitions(s: Session, session_id: str) -> list[Petition]:
    """The live petitions received at one reception session, in register order."""
    q = (
        select(Petition)
        .join(ReceptionPetition, ReceptionPetition.petition_id == Petition.id)
        .where(
            ReceptionPetition.session_id == session_id,
            ReceptionPetition.deleted.is_(False),
            Petition.deleted.is_(False),
        )
        .order_by(Petition.year, Petition.number)
    )
    return list(s.execute(q).scalars())


def petition_sessions(s: Session, petition_id: str) -> list[ReceptionSession]:
    """The reception sessions a petition was received at."""
    return list(
        s.execute(
            select(ReceptionSession)
            .join(ReceptionPetition, ReceptionPetition.session_id == ReceptionSession.id)
            .where(
                ReceptionPetition.petition_id == petition_id, ReceptionPetition.deleted.is_(False)
            )
        ).scalars()
    )


def earliest_received_at_session(s: Session, session_id: str) -> dt.date | None:
    return s.execute(
        select(func.min(Petition.received_on))
        .join(ReceptionPetition, ReceptionPetition.petition_id == Petition.id)
        .where(ReceptionPetition.session_id == session_id, ReceptionPetition.deleted.is_(False))
    ).scalar_one()


def duplicate_candidates(
    s: Session,
    *,
    id_no: str,
    name_key: str,
    hamlet_code: str | None,
    since: dt.date,
    address_key: str,
) -> list[Petition]:
    """Live petitions that may repeat one being entered, found through indexed columns only so
    the check stays quick on a large register: the same ID number or folded name (the latest
    200 each), the same hamlet since `since` (the latest 400), and only when none of those
    gave anything, the same folded address (200). In that order, each petition once."""
    ids: list[str] = []
    live = select(Petition.id).where(Petition.deleted.is_(False))
    latest = Petition.received_on.desc()
    for col, value in ((Petition.citizen_id_no, id_no), (Petition.name_key, name_key)):
        if value:
            ids += s.execute(live.where(col == value).order_by(latest).limit(200)).scalars()
    if hamlet_code:
        near = live.where(Petition.hamlet_code == hamlet_code, Petition.received_on >= since)
        ids += s.execute(near.order_by(latest).limit(400)).scalars()
    if not ids and address_key:
        ids += s.execute(live.where(Petition.address_key == address_key).limit(200)).scalars()
    ids = list(dict.fromkeys(ids))
    rows: dict[str, Petition] = {}
    for chunk in range(0, len(ids), 500):
        for p in s.execute(
            select(Petition).where(Petition.id.in_(ids[chunk : chunk + 500]))
        ).scalars():
            rows[p.id] = p
    return [rows[i] for i in ids if i in rows]


# ---- the register list and its full-text index ---------------------------------------------


def has_fts_table(engine: Engine) -> bool:
    """Whether this database has the trigram full-text index (SQLite only)."""
    if engine.dialect.name != "sqlite":
        return False
    with engine.connect() as conn:
        found = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE name = :n"), {"n": FTS_TABLE}
        ).first()
    return found is not None


def fts_hits(s: Session, match: str, limit: int | None = None) -> int:
    """Rows the full-text index matches; with `limit`, counting stops past it (cheap when dense)."""
    if limit is None:
        return s.execute(
            text(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :m"), {"m": match}
        ).scalar_one()  # count(*) always returns exactly one row
    return s.execute(
        text(
            f"SELECT count(*) FROM (SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :m LIMIT :n)"
        ),
        {"m": match, "n": limit + 1},
    ).scalar_one()


def fts_rowids(match: str):  # noqa: ANN201
    """The row numbers the full-text index matches, as a subquery."""
    return (
        text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :m")
        .bindparams(m=match)
        .columns(column("rowid", Integer))
    )


def register_rows(conds: list) -> Select:
    """The columns of a register line (with the hamlet's name), for the petitions matching
    `conds`; callers add order and paging."""
    return (
        select(
            Petition.id,
            Petition.number,
            Petition.year,
            Petition.received_on,
            Petition.type,
            Petition.channel,
            Petition.field,
            Unit.name,
            Unit.kind_label,
            Petition.summary,
            Petition.citizen_name,
            Petition.identity_protected,
            Petition.status,
            Petition.due_on,
            Petition.warn_on,
            Petition.last_due_on,
            Petition.is_crowd,
            Petition.handler,
            Petition.duplicate_of_id,
            Petition.resolved_on,
            Petition.on_time,
        )
        .select_from(Petition)
        .outerjoin(Unit, Unit.code == Petition.hamlet_code)
        .where(and_(*conds))
    )


def petition_rowid():  # noqa: ANN201
    """SQLite's row id of the petition table (a page is found by row id alone)."""
    return literal_column("petition.rowid")
