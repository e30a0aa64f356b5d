"""Who sent what for a period: the sync engine's import ledger read through the store."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.services.context import AppContext
from danvan_desktop.services.upper_level.scope import (
    check_period,
    due_date,
    member_communes,
)
from danvan_desktop.store.sync_state import ImportLedger


class Submission(StrEnum):
    """Where a commune stands for a period's submission."""

    ON_TIME = "on_time"
    LATE = "late"
    MISSING = "missing"  # nothing received and the deadline has passed
    PENDING = "pending"  # nothing received yet, deadline not passed (or none known)

    @property
    def label(self) -> str:
        return {
            "on_time": "Đã gửi đúng hạn",
            "late": "Gửi muộn",
            "missing": "Chưa gửi (quá hạn)",
            "pending": "Chưa gửi",
        }[self.value]


# ---- completeness (reads the sync engine's import ledger) ----------------------------------


@dataclass(frozen=True)
class LedgerEntry:
    """One imported data bundle as the engine's ledger knows it (what completeness needs)."""

    sender_unit: str
    sender_install: str
    seq: int
    period: str
    created_at: dt.datetime | None
    imported_at: dt.datetime | None
    records: int
    full: bool
    since_seq: int | None


def ledger_entries(session: Session, senders: Iterable[str] | None = None) -> list[LedgerEntry]:
    """Data bundles applied here (the sync engine's import ledger), oldest seq first."""
    q = select(
        ImportLedger.sender_unit,
        ImportLedger.sender_install,
        ImportLedger.seq,
        ImportLedger.period,
        ImportLedger.created_at,
        ImportLedger.imported_at,
        ImportLedger.counts,
        ImportLedger.full,
        ImportLedger.since_seq,
    ).where(ImportLedger.kind == "data")
    if senders is not None:
        q = q.where(ImportLedger.sender_unit.in_(list(senders)))
    out = []
    for row in session.execute(q.order_by(ImportLedger.sender_unit, ImportLedger.seq)):
        try:
            records = sum(int(n) for n in json.loads(row.counts or "{}").values())
        except (ValueError, TypeError, AttributeError):
            records = 0
        out.append(
            LedgerEntry(
                row.sender_unit,
                row.sender_install,
                row.seq,
                row.period or "",
                row.created_at,
                row.imported_at,
                records,
                bool(row.full),
                row.since_seq,
            )
        )
    return out


def local_date(moment: dt.datetime) -> dt.date:
    """The calendar day, here, of a stored naive-UTC moment (deadlines are local days: a bundle
    made at 06:00 on the 6th in Hà Tĩnh is 23:00 UTC on the 5th)."""
    return moment.replace(tzinfo=dt.UTC).astimezone().date()


@dataclass(frozen=True)
class CompletenessRow:
    code: str
    name: str
    period: str
    status: Submission
    received: int  # bundles received for the period
    last_seq: int | None
    last_created: dt.datetime | None  # when the commune made its latest bundle (signed)
    last_imported: dt.datetime | None  # when it was imported here
    due_on: dt.date | None
    superseded: int  # earlier bundles of the period replaced by a later one
    gaps: tuple[int, ...]  # seq numbers never received (between 1 and the last)
    records: int  # records carried by the period's bundles

    @property
    def days_late(self) -> int:
        if self.status != Submission.LATE or not self.due_on or not self.last_created:
            return 0
        return (local_date(self.last_created) - self.due_on).days


@dataclass(frozen=True)
class CompletenessSummary:
    period: str
    due_on: dt.date | None
    communes: int
    on_time: int
    late: int
    missing: int
    pending: int
    with_gaps: int


def completeness(
    ctx: AppContext,
    period: str,
    today: dt.date | None = None,
    entries: list[LedgerEntry] | None = None,
) -> list[CompletenessRow]:
    """One row per commune below this unit for `period`, in Vietnamese order of names."""
    today = today or dt.date.today()
    period = check_period(period)
    with ctx.read() as s:
        members = member_communes(s, ctx.unit_code)
        due = due_date(s, ctx.unit_code, period)
        if entries is None:
            entries = ledger_entries(s)
    by_unit: dict[str, list[LedgerEntry]] = defaultdict(list)
    for e in entries:
        by_unit[e.sender_unit].append(e)
    rows = []
    for c in members:
        mine = sorted(
            by_unit.get(c.code, ()), key=lambda e: (e.created_at or dt.datetime.min, e.seq)
        )
        gaps = _gaps(mine)
        of_period = [e for e in mine if e.period == period]
        last = of_period[-1] if of_period else None
        latest = mine[-1] if mine else None
        if last is None:
            status = Submission.MISSING if due and today > due else Submission.PENDING
        else:
            made = last.created_at or last.imported_at
            status = (
                Submission.LATE if due and made and local_date(made) > due else Submission.ON_TIME
            )
        rows.append(
            CompletenessRow(
                code=c.code,
                name=c.name,
                period=period,
                status=status,
                received=len(of_period),
                last_seq=latest.seq if latest else None,
                last_created=last.created_at if last else None,
                last_imported=last.imported_at if last else None,
                due_on=due,
                superseded=max(0, len(of_period) - 1)
                if not last or last.full
                else _superseded(of_period),
                gaps=gaps,
                records=sum(e.records for e in of_period),
            )
        )
    return rows


def _gaps(entries: list[LedgerEntry]) -> tuple[int, ...]:
    """Seq numbers never received and not covered by a later bundle, per install of the commune
    (each install has its own stream). A later full bundle, or an incremental one since an
    earlier seq, carries what the missing one did, so that one is no longer a gap."""
    streams: dict[str, list[LedgerEntry]] = defaultdict(list)
    for e in entries:
        streams[e.sender_install].append(e)
    missing: set[int] = set()
    for stream in streams.values():
        seqs = {e.seq for e in stream}
        for m in range(1, max(seqs)):
            if m in seqs:
                continue
            covered = any(
                e.seq > m and (e.full or (e.since_seq is not None and e.since_seq < m))
                for e in stream
            )
            if not covered:
                missing.add(m)
    return tuple(sorted(missing))


def _superseded(of_period: list[LedgerEntry]) -> int:
    """Bundles of the period before its latest full one: a full bundle replaces them all."""
    fulls = [i for i, e in enumerate(of_period) if e.full]
    return fulls[-1] if fulls else 0


def summarise(rows: list[CompletenessRow]) -> CompletenessSummary:
    count: dict[Submission, int] = defaultdict(int)
    for r in rows:
        count[r.status] += 1
    return CompletenessSummary(
        period=rows[0].period if rows else "",
        due_on=rows[0].due_on if rows else None,
        communes=len(rows),
        on_time=count[Submission.ON_TIME],
        late=count[Submission.LATE],
        missing=count[Submission.MISSING],
        pending=count[Submission.PENDING],
        with_gaps=sum(1 for r in rows if r.gaps),
    )
