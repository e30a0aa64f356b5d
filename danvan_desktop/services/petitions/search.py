"""Finding petitions: filter, search (diacritic-free, by the trigram full-text index when it
answers faster than a scan), count and page the register in SQL fast enough for a million
rows, and stream it for exports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select, tuple_
from sqlalchemy.orm import Session

from danvan_desktop.domain.text import fold
from danvan_desktop.services.citizen_search import chunk_rows, citizen_rows, rows_in
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.petitions.common import (
    FIELDS,
    FTS_DENSE,
    FTS_DENSE_FILTERED,
    HIDDEN,
    PetitionRow,
    number_label,
)
from danvan_desktop.services.petitions.deadlines import deadline_state
from danvan_desktop.store.petition_queries import (
    fts_hits,
    fts_rowids,
    has_fts_table,
    petition_rowid,
    register_rows,
)
from danvan_desktop.store.petitions import Petition
from danvan_desktop.store.queries import distinct_years, like_escaped


@dataclass
class PetitionFilter:
    text: str = ""
    status: str | None = None
    type: str | None = None
    channel: str | None = None
    field: str | None = None
    hamlet_code: str | None = None
    year: int | None = None
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    #: "overdue", "due_soon" (in the warning window), "pending" (any clock running)
    deadline: str | None = None
    due_from: dt.date | None = None
    due_to: dt.date | None = None
    open_only: bool = False
    crowd_only: bool = False
    resolved_from: dt.date | None = None
    resolved_to: dt.date | None = None
    on_time: bool | None = None
    duplicates_only: bool = False
    ids: tuple[str, ...] | None = None
    unit_code: str | None = None
    today: dt.date | None = None


SORTS = {
    "received": (Petition.received_on, Petition.number),
    "number": (Petition.year, Petition.number),
    "due": (Petition.due_on, Petition.number),
    "status": (Petition.status, Petition.received_on),
    "type": (Petition.type, Petition.received_on),
}


# ---- queries ----------------------------------------------------------------------------


def _has_fts(ctx: AppContext) -> bool:
    flag = ctx.extra.get("petition_fts")
    if flag is None:
        flag = ctx.extra["petition_fts"] = has_fts_table(ctx.engine)
    return flag


def search_chunks(text_: str) -> list[str]:
    """The folded search text cut into chunks, each matched as a substring.

    A word of one or two letters is glued to the next word ("o nhiem"), or to the one before
    when it is the last ("nguyen v", as it is typed), so every chunk has at least three letters
    — what the trigram index can look up — unless the whole query is that short.
    """
    chunks: list[str] = []
    pending = ""
    for word in fold(text_).split():
        word = f"{pending} {word}" if pending else word
        pending = ""
        if len(word) < 3:
            pending = word
        else:
            chunks.append(word)
    if pending:
        if chunks:
            chunks[-1] += " " + pending
        else:
            chunks.append(pending)
    return chunks


def _fts_query(chunks: list[str]) -> str:
    return " ".join('"' + c.replace('"', '""') + '"' for c in chunks)


def _like(chunk: str):  # noqa: ANN202
    return like_escaped(Petition.search_text, chunk)


def _text_conds(ctx: AppContext, s: Session, chunks: list[str], others: bool) -> tuple[list, bool]:
    """Search conditions, and whether they scan (LIKE) rather than look up (FTS5).

    The trigram index answers when its hits are few enough to fetch; when a chunk matches a
    large share of the register (or the query is one or two letters), LIKE on the folded
    column is faster: walking the date index finds a page of matches at once. With other
    filters the index is used up to more hits, since the walk may then pass many rows.
    """
    conds, scans = _search_text_conds(ctx, s, chunks, others)
    citizen = citizen_rows(ctx, s, chunks)
    if citizen:  # or in a citizen's name and address (decrypted in memory)
        return [or_(and_(*conds), rows_in(ctx, citizen))], scans
    mixed = chunk_rows(ctx, s, chunks)
    if mixed:  # a name and other words: each chunk in the search text or in the name
        return [and_(*(or_(_like(c), rows_in(ctx, mixed[c])) for c in chunks))], True
    return conds, scans


def _search_text_conds(
    ctx: AppContext, s: Session, chunks: list[str], others: bool
) -> tuple[list, bool]:
    if not _has_fts(ctx) or any(len(c) < 3 for c in chunks):
        return [_like(c) for c in chunks], True
    match = _fts_query(chunks)
    dense = FTS_DENSE_FILTERED if others else FTS_DENSE
    if fts_hits(s, match, dense) > dense:
        return [_like(c) for c in chunks], True
    return [Petition.row_no.in_(fts_rowids(match))], False


def _conds(f: PetitionFilter) -> list:
    today = f.today or dt.date.today()
    conds: list[ColumnElement[bool]] = [Petition.deleted.is_(False)]
    for col, value in (
        (Petition.status, f.status),
        (Petition.type, f.type),
        (Petition.channel, f.channel),
        (Petition.field, f.field),
        (Petition.hamlet_code, f.hamlet_code),
        (Petition.year, f.year),
        (Petition.unit_code, f.unit_code),
    ):
        if value not in (None, ""):
            conds.append(col == value)
    if f.received_from:
        conds.append(Petition.received_on >= f.received_from)
    if f.received_to:
        conds.append(Petition.received_on <= f.received_to)
    if f.deadline == "overdue":
        conds.append(Petition.due_on < today)
    elif f.deadline == "due_soon":
        conds += [Petition.due_on >= today, Petition.warn_on <= today]
    elif f.deadline == "pending":
        conds.append(Petition.due_on.is_not(None))
    if f.due_from:
        conds.append(Petition.due_on >= f.due_from)
    if f.due_to:
        conds.append(Petition.due_on <= f.due_to)
    if f.open_only:
        conds.append(Petition.is_open.is_(True))
    if f.crowd_only:
        conds.append(Petition.is_crowd.is_(True))
    if f.resolved_from:
        conds.append(Petition.resolved_on >= f.resolved_from)
    if f.resolved_to:
        conds.append(Petition.resolved_on <= f.resolved_to)
    if f.on_time is not None:
        conds.append(Petition.on_time.is_(f.on_time))
    if f.duplicates_only:
        conds.append(Petition.duplicate_of_id.is_not(None))
    if f.ids is not None:
        conds.append(Petition.id.in_(list(f.ids)))
    return conds


def _only_text(f: PetitionFilter) -> bool:
    return f == PetitionFilter(text=f.text, today=f.today)


def count_petitions(
    ctx: AppContext, f: PetitionFilter | None = None, *, cap: int | None = None
) -> int:
    """How many petitions match. With `cap`, a count of a text search stops past `cap`
    (returns cap + 1: the list shows "more than cap") so a keystroke never waits on it."""
    f = f or PetitionFilter()
    chunks = search_chunks(f.text)
    with ctx.read() as s:
        if (
            chunks
            and _only_text(f)
            and _has_fts(ctx)
            and all(len(c) >= 3 for c in chunks)
            and not citizen_rows(ctx, s, chunks)
            and not chunk_rows(ctx, s, chunks)
        ):
            # Tombstones carry no search text, so the index count is the answer.
            return fts_hits(s, _fts_query(chunks), cap)
        text_conds, scans = _text_conds(ctx, s, chunks, True) if chunks else ([], False)
        q = select(Petition.id).where(and_(*_conds(f), *text_conds))
        if cap is not None and scans:
            return s.execute(
                select(func.count()).select_from(q.limit(cap + 1).subquery())
            ).scalar_one()
        return s.execute(
            select(func.count()).select_from(Petition).where(and_(*_conds(f), *text_conds))
        ).scalar_one()


def register_row(r, today: dt.date) -> PetitionRow:  # noqa: ANN001
    hamlet = r[7] or ""
    if r[8] and hamlet and not hamlet.lower().startswith(r[8].lower()):
        hamlet = f"{r[8]} {hamlet}"
    citizen = HIDDEN if r[11] and r[10] else r[10]
    return PetitionRow(
        id=r[0],
        number_label=number_label(r[1], r[2]),
        received_on=r[3],
        type=r[4],
        channel=r[5],
        field=r[6],
        hamlet_name=hamlet,
        summary=r[9],
        citizen=citizen,
        status=r[12],
        due_on=r[13],
        last_due_on=r[15],
        deadline=deadline_state(r[13], r[14], r[20], r[19], today),
        is_crowd=bool(r[16]),
        handler=r[17],
        duplicate_of_id=r[18],
        resolved_on=r[19],
        on_time=r[20],
    )


def list_petitions(
    ctx: AppContext,
    f: PetitionFilter | None = None,
    *,
    offset: int = 0,
    limit: int = 200,
    sort: str = "received",
    descending: bool = True,
) -> list[PetitionRow]:
    """One page of the register, filtered and sorted in SQL (newest first by default).

    On SQLite the page is found first by row id alone (an index-only walk, cheap even at a
    large offset), then only its rows are read and joined.
    """
    f = f or PetitionFilter()
    today = f.today or dt.date.today()
    cols = SORTS.get(sort, SORTS["received"])
    order = [c.desc() if descending else c.asc() for c in cols]
    chunks = search_chunks(f.text)
    with ctx.read() as s:
        text_conds = _text_conds(ctx, s, chunks, not _only_text(f))[0] if chunks else []
        conds = [*_conds(f), *text_conds]
        if ctx.engine.dialect.name == "sqlite":
            page = (
                select(petition_rowid())
                .select_from(Petition)
                .where(and_(*conds))
                .order_by(*order)
                .offset(offset)
                .limit(limit)
            )
            q = register_rows([petition_rowid().in_(page)]).order_by(*order)
        else:
            q = register_rows(conds).order_by(*order, Petition.id).offset(offset).limit(limit)
        return [register_row(r, today) for r in s.execute(q)]


def iter_petitions(
    ctx: AppContext, f: PetitionFilter | None = None, batch: int = 2000, descending: bool = False
) -> Iterator[PetitionRow]:
    """Every matching petition in register order (year, number), streamed for exports.

    Keyset paging on (year, number, id): each batch starts after the last row of the one
    before, so the export stays linear however long the register.
    """
    f = f or PetitionFilter()
    today = f.today or dt.date.today()
    chunks = search_chunks(f.text)
    after: tuple | None = None
    while True:
        with ctx.read() as s:
            text_conds = _text_conds(ctx, s, chunks, True)[0] if chunks else []
            conds = [*_conds(f), *text_conds]
            key = tuple_(Petition.year, Petition.number, Petition.id)
            if after is not None:
                conds.append(key < after if descending else key > after)
            order = [Petition.year, Petition.number, Petition.id]
            q = (
                register_rows(conds)
                .order_by(*[c.desc() if descending else c for c in order])
                .limit(batch)
            )
            raw = list(s.execute(q.add_columns(Petition.year, Petition.number, Petition.id)))
        if not raw:
            return
        for r in raw:
            yield register_row(r, today)
        last = raw[-1]
        after = (last[-3], last[-2], last[-1])


def years(ctx: AppContext) -> list[int]:
    with ctx.read() as s:
        return distinct_years(s, Petition.year)


def fields_in_use(ctx: AppContext) -> list[str]:
    """The shipped fields plus any others officers typed, for the filter and the form."""
    with ctx.read() as s:
        used = [
            f
            for (f,) in s.execute(
                select(Petition.field).where(Petition.deleted.is_(False)).distinct()
            )
            if f
        ]
    return list(dict.fromkeys([*FIELDS, *sorted(used)]))
