"""Repeated petitions: likely repeats found at entry (same person, ID number, address or
content, scored by the domain's fuzzy comparison) and the links that group a repeat under
its original."""

from __future__ import annotations

import datetime as dt
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.petitions import PetitionKey, likely_duplicates
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import fold
from danvan_desktop.services import records
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.petitions.common import (
    OWNER,
    WHAT,
    DuplicateHit,
    PetitionInput,
    id_digits,
    number_label,
    shown_name,
)
from danvan_desktop.store.petition_queries import duplicate_candidates
from danvan_desktop.store.petitions import Petition, PetitionLink


def add_link(
    s: Session, p: Petition, other_id: str, kind: str, score: float = 0, note: str = ""
) -> None:
    other = records.get(s, Petition, other_id, WHAT)
    if other.id == p.id:
        raise RuleViolation("Không thể liên kết một đơn với chính nó.")
    exists = s.execute(
        select(PetitionLink.id).where(
            PetitionLink.petition_id == p.id,
            PetitionLink.other_id == other.id,
            PetitionLink.deleted.is_(False),
        )
    ).first()
    if exists:
        raise RuleViolation(
            f"Đơn đã được liên kết với đơn số {number_label(other.number, other.year)}."
        )
    records.add(
        s,
        PetitionLink,
        petition_id=p.id,
        other_id=other.id,
        kind=kind,
        score=int(round(score * 100)),
        note=note,
        unit_code=p.unit_code,
    )
    if kind == "duplicate":
        # Point at the first petition of the chain so repeats group under one original.
        p.duplicate_of_id = other.duplicate_of_id or other.id


def link_duplicate(
    ctx: AppContext, petition_id: str, other_id: str, note: str = "", score: float = 0
) -> None:
    """Mark `petition_id` as a repeat of the earlier petition `other_id`."""
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        p = records.get_owned(ctx, s, Petition, petition_id, WHAT, owner=OWNER)
        add_link(s, p, other_id, "duplicate", score, note)


def unlink_duplicate(ctx: AppContext, petition_id: str, other_id: str) -> None:
    ctx.require(Permission.EDIT)
    with ctx.session() as s:
        p = records.get_owned(ctx, s, Petition, petition_id, WHAT, owner=OWNER)
        for link in s.execute(
            select(PetitionLink).where(
                PetitionLink.petition_id == p.id,
                PetitionLink.other_id == other_id,
                PetitionLink.deleted.is_(False),
            )
        ).scalars():
            link.deleted = True
        remaining = (
            s.execute(
                select(PetitionLink.other_id).where(
                    PetitionLink.petition_id == p.id,
                    PetitionLink.kind == "duplicate",
                    PetitionLink.deleted.is_(False),
                )
            )
            .scalars()
            .first()
        )
        p.duplicate_of_id = remaining


def find_duplicates(
    ctx: AppContext,
    data: PetitionInput,
    *,
    exclude_id: str | None = None,
    threshold: float = 0.75,
    limit: int = 5,
) -> list[DuplicateHit]:
    """Likely repeats of the petition being entered: same person, ID number, address or content.

    Candidates come from indexed columns (ID number, folded name, hamlet in the last two years),
    so the check stays quick on a large register; scoring is the domain's fuzzy comparison.
    """
    key = PetitionKey(
        name=data.citizen_name,
        id_number=data.citizen_id_no,
        address=data.citizen_address,
        content=data.summary,
    )
    # The entry dialog may check before a receipt date is entered (its date box gives None).
    received = cast("dt.date | None", data.received_on)
    since = (received or dt.date.today()) - dt.timedelta(days=730)
    with ctx.read() as s:
        found = duplicate_candidates(
            s,
            id_no=id_digits(data.citizen_id_no),
            name_key=fold(data.citizen_name),
            hamlet_code=data.hamlet_code,
            since=since,
            address_key=fold(data.citizen_address),
        )
        rows = {p.id: p for p in found if p.id != exclude_id}
        others = [
            PetitionKey(
                name=p.citizen_name,
                id_number=p.citizen_id_no,
                address=p.citizen_address,
                content=p.summary,
                ref=p.id,
            )
            for p in rows.values()
        ]
        hits = likely_duplicates(key, others, threshold)[:limit]
        return [
            DuplicateHit(
                id=ref,
                number_label=number_label(rows[ref].number, rows[ref].year),
                received_on=rows[ref].received_on,
                summary=rows[ref].summary,
                citizen=shown_name(rows[ref]),
                status=rows[ref].status,
                score=score,
            )
            for k, score in hits
            if (ref := k.ref) is not None  # always: every key above carries its row's id
        ]
