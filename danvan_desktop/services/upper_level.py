"""The upper level's use cases (province, or an intermediate level): which communes it oversees,
how complete their submissions are, aggregated views across them (models; petitions and the
People's Inspection Board, counted in SQL over the records the communes sent) with a read-only
drill-down, its own decisions on their records, their standing among peers, and what the
commune sees of all this once a rollup came back down.

Everything the upper level decides or computes is its own record (store.upper_level), never an
edit of a commune's row (DESIGN §2). The import ledger is the sync engine's table; it is read
here through the store only (services never import sync).
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import utcnow
from danvan_desktop.domain.errors import NotFound, RuleViolation
from danvan_desktop.domain.models import ModelStatus
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import clean, nfc, sort_key
from danvan_desktop.services import areas
from danvan_desktop.services.areas import Figures, FigureSpan
from danvan_desktop.services.context import AppContext
from danvan_desktop.store.base import SYNCED, Record
from danvan_desktop.store.model_register import DvkModel, Field
from danvan_desktop.store.settings import get_setting
from danvan_desktop.store.sync_state import ImportLedger
from danvan_desktop.store.units import Unit
from danvan_desktop.store.upper_level import (
    ReferenceDocument,
    RollupStanding,
    SubmissionDeadline,
    UpperDecision,
)

UPPER_LEVELS = ("province", "cluster")
#: statuses counted as "recognised" (recognised and still standing).
RECOGNISED = (
    ModelStatus.RECOGNISED.value,
    ModelStatus.REPLICATED.value,
    ModelStatus.MAINTAINED.value,
    ModelStatus.DECLINING.value,
)
#: Without a deadline set for a period, bundles are due this many days after the period ends.
#: A working assumption, not a rule found in the seeds: the province sets real dates with
#: `set_deadline`, and those travel down to the communes.
DEFAULT_GRACE_DAYS = 10
_PERIOD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.-]{0,31}")


class DecisionKind(StrEnum):
    COMMENT = "comment"
    RECOGNITION = "recognition"
    RETURN_FOR_CORRECTION = "return_for_correction"

    @property
    def label(self) -> str:
        return DECISION_LABELS[self]


DECISION_LABELS = {
    DecisionKind.COMMENT: "Ý kiến",
    DecisionKind.RECOGNITION: "Công nhận",
    DecisionKind.RETURN_FOR_CORRECTION: "Trả lại để hoàn thiện",
}
LEVEL_LABELS = {"province": "cấp tỉnh", "cluster": "cấp cụm", "commune": "cấp xã"}


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


# ---- units in scope -----------------------------------------------------------------------


@dataclass(frozen=True)
class CommuneInfo:
    code: str
    name: str  # full name: "Xã Cẩm Xuyên"


def is_upper_level(ctx: AppContext) -> bool:
    with ctx.read() as s:
        return get_setting(s, "unit_level", "commune") in UPPER_LEVELS


def _require_upper(ctx: AppContext) -> None:
    if not is_upper_level(ctx):
        raise RuleViolation(
            "Chức năng này chỉ dành cho cơ sở dữ liệu của cấp tỉnh hoặc cấp trung gian."
        )


def member_communes(session: Session, upper_code: str) -> list[CommuneInfo]:
    """Communes anywhere below `upper_code` (no fixed depth: a cluster level may sit between)."""
    rows = session.execute(
        select(Unit.code, Unit.name, Unit.kind_label, Unit.level, Unit.parent_code).where(
            Unit.deleted.is_(False), Unit.parent_code.is_not(None)
        )
    ).all()
    kids: dict[str, list] = defaultdict(list)
    for row in rows:
        kids[row.parent_code].append(row)
    out: list[CommuneInfo] = []
    todo, seen = [upper_code], {upper_code}
    while todo:
        for row in kids.get(todo.pop(), ()):
            if row.code in seen:
                continue
            seen.add(row.code)
            if row.level == "commune":
                label = row.kind_label
                name = (
                    row.name
                    if not label or row.name.lower().startswith(label.lower())
                    else f"{label} {row.name}"
                )
                out.append(CommuneInfo(row.code, name))
            elif row.level in UPPER_LEVELS:
                todo.append(row.code)
    return sorted(out, key=lambda c: sort_key(c.name))


def communes(ctx: AppContext) -> list[CommuneInfo]:
    with ctx.read() as s:
        return member_communes(s, ctx.unit_code)


def _names(session: Session, codes: Iterable[str]) -> dict[str, str]:
    codes = list(set(codes))
    out: dict[str, str] = {}
    for i in range(0, len(codes), 500):
        for u in session.execute(select(Unit).where(Unit.code.in_(codes[i : i + 500]))).scalars():
            out[u.code] = u.full_name
    return out


# ---- periods and deadlines ----------------------------------------------------------------


def check_period(period: str) -> str:
    period = clean(period)
    if not _PERIOD_RE.fullmatch(period):
        raise RuleViolation(
            f'Kỳ báo cáo "{period}" không hợp lệ: dùng dạng 2026, 2026-11, 2026-Q4 hoặc 2026-H2.',
            "period",
        )
    return period


def period_end(period: str) -> dt.date | None:
    """Last day of a period written 2026, 2026-11, 2026-Q4 or 2026-H2; None for other labels."""
    m = re.fullmatch(r"(\d{4})(?:-(?:(\d{1,2})|[Qq]([1-4])|[Hh]([12])))?", period)
    if not m:
        return None
    year = int(m.group(1))
    if m.group(2):
        month = int(m.group(2))
        if not 1 <= month <= 12:
            return None
    elif m.group(3):
        month = int(m.group(3)) * 3
    elif m.group(4):
        month = int(m.group(4)) * 6
    else:
        month = 12
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def period_span(period: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of a period written 2026, 2026-11, 2026-Q4 or 2026-H2; None otherwise."""
    end = period_end(period)
    if end is None:
        return None
    m = re.fullmatch(r"\d{4}(?:-(?:(\d{1,2})|[Qq]([1-4])|[Hh]([12])))?", period)
    assert m is not None  # period_end parsed it
    if m.group(1):
        first = int(m.group(1))
    elif m.group(2):
        first = int(m.group(2)) * 3 - 2
    elif m.group(3):
        first = int(m.group(3)) * 6 - 5
    else:
        first = 1
    return dt.date(end.year, first, 1), end


def period_year(period: str) -> int | None:
    m = re.match(r"(\d{4})", period)
    return int(m.group(1)) if m else None


def due_date(session: Session, upper_code: str, period: str) -> dt.date | None:
    row = session.execute(
        select(SubmissionDeadline.due_on).where(
            SubmissionDeadline.unit_code == upper_code,
            SubmissionDeadline.period == period,
            SubmissionDeadline.deleted.is_(False),
        )
    ).scalar_one_or_none()
    if row is not None:
        return row
    end = period_end(period)
    return end + dt.timedelta(days=DEFAULT_GRACE_DAYS) if end else None


def set_deadline(ctx: AppContext, period: str, due_on: dt.date, note: str = "") -> str:
    """Set (or move) the date by which communes send their bundle for `period`."""
    ctx.require(Permission.EDIT)
    _require_upper(ctx)
    period = check_period(period)
    with ctx.session() as s:
        row = s.execute(
            select(SubmissionDeadline).where(
                SubmissionDeadline.unit_code == ctx.unit_code, SubmissionDeadline.period == period
            )
        ).scalar_one_or_none()
        if row is None:
            row = SubmissionDeadline(period=period, unit_code=ctx.unit_code)
            s.add(row)
        row.due_on, row.note, row.deleted = due_on, nfc(note).strip(), False
        s.flush()
        return row.id


def deadlines(ctx: AppContext) -> list[tuple[str, dt.date, str, str]]:
    """(period, due date, note, owner) of every deadline known here (set here or received)."""
    with ctx.read() as s:
        rows = s.execute(
            select(SubmissionDeadline)
            .where(SubmissionDeadline.deleted.is_(False))
            .order_by(SubmissionDeadline.due_on.desc())
        ).scalars()
        return [(r.period, r.due_on, r.note, r.unit_code) for r in rows]


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
    count = defaultdict(int)
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


# ---- aggregates across communes -----------------------------------------------------------


@dataclass(frozen=True)
class CommuneModels:
    """Models and exemplars of one commune, by field and status."""

    code: str
    name: str
    total: int
    registered: int  # every status but draft
    recognised: int
    by_status: dict[str, int]
    by_field: dict[str, int]
    cells: dict[tuple[str, str], int]  # (field_code, status) -> count


def model_aggregates(ctx: AppContext, year: int | None = None) -> list[CommuneModels]:
    """Models by field and status for every commune below this unit (zeros included)."""
    with ctx.read() as s:
        return _model_aggregates(s, member_communes(s, ctx.unit_code), year)


def model_cells_by_unit(s: Session, year: int | None) -> dict[str, dict[tuple[str, str], int]]:
    """unit code -> {(field code, status): count} of live models (of `year`), in one grouped
    query over every unit's records (the models area's figures and the models view share it)."""
    # One pass over the table. `deleted` and `year` are wrapped so SQLite does not pick the
    # (deleted, year, status) or year index: with nearly every row matching, hopping from index
    # to rows is 2-4 times slower than reading the rows in unit order (850 k rows: ~1 s).
    q = select(DvkModel.unit_code, DvkModel.field_code, DvkModel.status, func.count()).where(
        func.coalesce(DvkModel.deleted, False).is_(False)
    )
    if year:
        q = q.where(DvkModel.year + 0 == int(year))
    cells: dict[str, dict[tuple[str, str], int]] = defaultdict(dict)
    for unit, fc, st, n in s.execute(
        q.group_by(DvkModel.unit_code, DvkModel.field_code, DvkModel.status)
    ):
        cells[unit][(fc, st)] = n
    return cells


def _model_aggregates(
    s: Session, members: list[CommuneInfo], year: int | None
) -> list[CommuneModels]:
    cells = model_cells_by_unit(s, year)
    out = []
    for c in members:
        mine = cells.get(c.code, {})
        by_status: dict[str, int] = defaultdict(int)
        by_field: dict[str, int] = defaultdict(int)
        for (fc, st), n in mine.items():
            by_status[st] += n
            by_field[fc] += n
        total = sum(mine.values())
        out.append(
            CommuneModels(
                c.code,
                c.name,
                total,
                total - by_status.get(ModelStatus.DRAFT.value, 0),
                sum(by_status.get(st, 0) for st in RECOGNISED),
                dict(by_status),
                dict(by_field),
                dict(mine),
            )
        )
    return out


def field_list(ctx: AppContext) -> list[tuple[str, str]]:
    """(code, name) of the fields, in their order (columns of the aggregated views)."""
    with ctx.read() as s:
        return [
            (c, n)
            for c, n in s.execute(
                select(Field.code, Field.name)
                .where(Field.deleted.is_(False))
                .order_by(Field.sort_order, Field.code)
            )
        ]


# ---- every area's figures per commune ----------------------------------------------------

#: Below this on-time rate (%) a commune's rate is coloured on the upper-level screen. A working
#: assumption (no target found in the seeds): a province sets its own in the setting
#: `upper_rate_threshold`.
DEFAULT_RATE_THRESHOLD = 80.0


@dataclass(frozen=True)
class CommuneActivity(Mapping[str, float | None]):
    """One commune's figures from every registered area (services.areas), read as a mapping:
    `row["petitions_overdue"]`. Counted over the records the commune sent up (counts only:
    petitioners' identities never leave the commune). None: no figure (shown "—")."""

    code: str
    name: str
    values: dict[str, float | None] = field(default_factory=dict)

    def __getitem__(self, key: str) -> float | None:
        return self.values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.values)

    def __len__(self) -> int:
        return len(self.values)


def activity_span(period: str, year: int | None = None) -> tuple[dt.date, dt.date] | None:
    """The days a period's figures count: the period's own (a month, a quarter…), or the whole
    `year` when one is given that the period does not fall in, or everything (None) for a
    period label without dates and no year."""
    span = period_span(period)
    if span is not None and (year is None or span[0].year == year):
        return span
    return (dt.date(year, 1, 1), dt.date(year, 12, 31)) if year else None


def _activity(
    s: Session,
    members: list[CommuneInfo],
    span: tuple[dt.date, dt.date] | None,
    today: dt.date,
    year: int | None,
) -> dict[str, CommuneActivity]:
    start, end = span if span else (None, None)
    by_group = areas.commune_figures(
        s, FigureSpan([c.code for c in members], year, start, end, today)
    )
    merged: dict[str, Figures] = {}
    for figures in by_group.values():
        merged.update(figures)
    return {
        c.code: CommuneActivity(c.code, c.name, {k: v.get(c.code) for k, v in merged.items()})
        for c in members
    }


def activity_figures(
    ctx: AppContext, period: str, today: dt.date | None = None, year: int | None = None
) -> list[CommuneActivity]:
    """Every commune below this unit (zeros included), in Vietnamese order of names, with the
    figures of every registered area for the period (see `activity_span`; models of `year`,
    by default the period's). One grouped query per figure group whatever the number of
    communes."""
    period = check_period(period)
    year = year if year is not None else period_year(period)
    with ctx.read() as s:
        members = member_communes(s, ctx.unit_code)
        rows = _activity(s, members, activity_span(period, year), today or dt.date.today(), year)
    return [rows[c.code] for c in members]


def rate_threshold(ctx: AppContext) -> float:
    """The on-time rate (%) under which the screen colours a commune."""
    with ctx.read() as s:
        raw = get_setting(s, "upper_rate_threshold").strip().replace(",", ".")
    try:
        value = float(raw)
    except ValueError:
        return DEFAULT_RATE_THRESHOLD
    return value if 0 <= value <= 100 else DEFAULT_RATE_THRESHOLD


# ---- decisions on commune records ---------------------------------------------------------


@dataclass(frozen=True)
class DecisionRow:
    id: str
    kind: DecisionKind
    target_entity: str
    target_id: str
    target_unit: str
    target_unit_name: str
    target_label: str
    decided_on: dt.date
    decided_by: str
    level: str
    decision_no: str
    text: str
    due_on: dt.date | None
    owner_unit: str
    #: for a return for correction: the commune changed the record after the decision
    corrected: bool
    created_at: dt.datetime | None

    @property
    def kind_label(self) -> str:
        return self.kind.label


def _target(s: Session, entity: str, target_id: str) -> Record:
    cls = SYNCED.get(entity)
    obj = s.get(cls, target_id) if cls is not None else None
    if obj is None or obj.deleted:
        raise NotFound("Không tìm thấy hồ sơ của xã (có thể chưa được nhập hoặc đã bị xóa).")
    return obj


def _label_of(obj: Record) -> str:
    for attr in ("name", "title", "subject", "full_name"):
        value = getattr(obj, attr, None)
        if isinstance(value, str) and value:
            return value[:500]
    return obj.id


def record_decision(
    ctx: AppContext,
    target_entity: str,
    target_id: str,
    kind: DecisionKind | str,
    text: str,
    decided_on: dt.date,
    *,
    decision_no: str = "",
    due_on: dt.date | None = None,
    today: dt.date | None = None,
) -> str:
    """The upper level's own record about a commune's record; the commune's row is untouched."""
    kind = DecisionKind(kind)
    ctx.require(Permission.APPROVE if kind == DecisionKind.RECOGNITION else Permission.EDIT)
    today = today or dt.date.today()
    text = nfc(text).strip()
    if decided_on > today:
        raise RuleViolation(
            "Ngày ra ý kiến, quyết định không thể là ngày trong tương lai.", "decided_on"
        )
    if kind == DecisionKind.RECOGNITION and not clean(decision_no):
        raise RuleViolation("Công nhận cần có số quyết định.", "decision_no")
    if kind != DecisionKind.RECOGNITION and not text:
        raise RuleViolation("Cần ghi nội dung ý kiến hoặc nội dung cần hoàn thiện.", "text")
    if due_on is not None and due_on < decided_on:
        raise RuleViolation("Hạn hoàn thiện không thể trước ngày trả lại.", "due_on")
    with ctx.session() as s:
        level = get_setting(s, "unit_level", "commune")
        if level not in UPPER_LEVELS:
            raise RuleViolation(
                "Chỉ cấp tỉnh hoặc cấp trung gian mới ghi ý kiến, quyết định trên hồ sơ của xã."
            )
        target = _target(s, target_entity, target_id)
        if target.unit_code == ctx.unit_code:
            raise RuleViolation(
                "Đây là hồ sơ của chính đơn vị mình, không phải hồ sơ do xã gửi lên."
            )
        members = {c.code for c in member_communes(s, ctx.unit_code)}
        if target.unit_code not in members:
            raise RuleViolation("Hồ sơ này thuộc đơn vị không trực thuộc đơn vị mình.")
        if (
            kind == DecisionKind.RECOGNITION
            and s.execute(
                select(UpperDecision.id).where(
                    UpperDecision.target_id == target_id,
                    UpperDecision.kind == kind.value,
                    UpperDecision.unit_code == ctx.unit_code,
                    UpperDecision.deleted.is_(False),
                )
            ).first()
        ):
            raise RuleViolation(f"Hồ sơ này đã được công nhận {LEVEL_LABELS.get(level, '')}.")
        d = UpperDecision(
            kind=kind.value,
            target_entity=target_entity,
            target_id=target_id,
            target_unit=target.unit_code,
            target_label=_label_of(target),
            decided_on=decided_on,
            decided_by=ctx.user.full_name,
            level=level,
            decision_no=clean(decision_no),
            text=text,
            due_on=due_on if kind == DecisionKind.RETURN_FOR_CORRECTION else None,
            unit_code=ctx.unit_code,
        )
        s.add(d)
        s.flush()
        return d.id


def withdraw_decision(ctx: AppContext, decision_id: str) -> None:
    """Tombstone one of our decisions (the tombstone travels down like the decision did)."""
    ctx.require(Permission.APPROVE)
    with ctx.session() as s:
        d = s.get(UpperDecision, decision_id)
        if d is None or d.deleted:
            raise NotFound("Không tìm thấy ý kiến, quyết định.")
        if d.unit_code != ctx.unit_code:
            raise RuleViolation("Chỉ thu hồi được ý kiến, quyết định do đơn vị mình ban hành.")
        d.deleted = True


def decisions(
    ctx: AppContext,
    *,
    target_id: str | None = None,
    commune_code: str | None = None,
    received: bool = False,
) -> list[DecisionRow]:
    """Decisions, newest first: ours (upper level) or, with `received`, those on our records."""
    q = select(UpperDecision).where(UpperDecision.deleted.is_(False))
    if target_id:
        q = q.where(UpperDecision.target_id == target_id)
    if commune_code:
        q = q.where(UpperDecision.target_unit == commune_code)
    if received:
        q = q.where(UpperDecision.target_unit == ctx.unit_code)
    with ctx.read() as s:
        rows = list(
            s.execute(
                q.order_by(UpperDecision.decided_on.desc(), UpperDecision.created_at.desc())
            ).scalars()
        )
        names = _names(s, [r.target_unit for r in rows])
        touched = _updated_after(s, rows)
        return [
            DecisionRow(
                id=r.id,
                kind=DecisionKind(r.kind),
                target_entity=r.target_entity,
                target_id=r.target_id,
                target_unit=r.target_unit,
                target_unit_name=names.get(r.target_unit, r.target_unit),
                target_label=r.target_label,
                decided_on=r.decided_on,
                decided_by=r.decided_by,
                level=r.level,
                decision_no=r.decision_no,
                text=r.text,
                due_on=r.due_on,
                owner_unit=r.unit_code,
                corrected=r.kind == DecisionKind.RETURN_FOR_CORRECTION and touched.get(r.id, False),
                created_at=r.created_at,
            )
            for r in rows
        ]


def _updated_after(s: Session, rows: list[UpperDecision]) -> dict[str, bool]:
    """Whether each returned record was changed by its commune after the return."""
    out: dict[str, bool] = {}
    for r in rows:
        if r.kind != DecisionKind.RETURN_FOR_CORRECTION:
            continue
        cls = SYNCED.get(r.target_entity)
        if cls is None:
            continue
        updated = s.execute(
            select(cls.updated_at).where(cls.id == r.target_id)
        ).scalar_one_or_none()
        out[r.id] = bool(updated and r.created_at and updated > r.created_at)
    return out


def decision_counts(ctx: AppContext) -> dict[str, dict[str, int]]:
    """commune code -> {kind: count} of our live decisions (for the aggregated views)."""
    with ctx.read() as s:
        return _decision_counts(s, ctx.unit_code)


def _decision_counts(s: Session, upper_code: str) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for unit, kind, n in s.execute(
        select(UpperDecision.target_unit, UpperDecision.kind, func.count())
        .where(UpperDecision.deleted.is_(False), UpperDecision.unit_code == upper_code)
        .group_by(UpperDecision.target_unit, UpperDecision.kind)
    ):
        out[unit][kind] = n
    return out


# ---- standing among peers -----------------------------------------------------------------


def ordered_metrics(metrics: dict[str, dict]) -> list[tuple[str, dict]]:
    """A standing's metrics in ranking order (areas.ranked_metrics; the stored JSON sorts its
    keys), any this version does not know (an area not installed here) after them."""
    order = {m.key: i for i, m in enumerate(areas.ranked_metrics())}
    return sorted(metrics.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))


@dataclass
class StandingFigures:
    """What a commune learns about itself in a rollup (stored as JSON in RollupStanding)."""

    period: str
    year: int | None
    commune_code: str
    commune_name: str
    peers: int
    rank: int
    metrics: dict[str, dict] = field(default_factory=dict)  # key -> label, value, rank, avg, max
    models_by_field_status: dict[str, dict[str, int]] = field(default_factory=dict)
    peer_table: list[dict] = field(default_factory=list)  # every peer: code, name, values, rank
    submission: dict = field(default_factory=dict)  # status, last seq, received, due
    decisions: dict[str, int] = field(default_factory=dict)  # kind -> count

    def to_json(self) -> str:
        # vars(), not dataclasses.asdict: the values are already plain JSON data, and asdict's
        # deep copy of 170 peers for each of 170 communes cost more than the rest of a rollup.
        return json.dumps(vars(self), ensure_ascii=False, sort_keys=True, default=str)

    @classmethod
    def from_json(cls, text: str) -> StandingFigures:
        data = json.loads(text or "{}")
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})


def _rank_key(value: float | None, higher_is_better: bool) -> tuple[int, float]:
    """Greater is better; a missing figure (None) after every real one, whatever the direction."""
    if value is None:
        return (0, 0)
    return (1, value if higher_is_better else -value)


def _competition_ranks(values: dict[str, tuple]) -> dict[str, int]:
    """1224 ranking: equal values share a rank, the next rank skips."""
    ordered = sorted(values.items(), key=lambda kv: kv[1], reverse=True)
    ranks: dict[str, int] = {}
    prev, rank = None, 0
    for i, (code, value) in enumerate(ordered, start=1):
        if value != prev:
            rank, prev = i, value
        ranks[code] = rank
    return ranks


def compute_standings(
    ctx: AppContext,
    period: str,
    *,
    year: int | None = None,
    today: dt.date | None = None,
    completeness_rows: list[CompletenessRow] | None = None,
    aggregates: list[CommuneModels] | None = None,
    activities: list[CommuneActivity] | None = None,
) -> list[StandingFigures]:
    """Every commune's figures and rank among its peers (overall rank: the metrics in order).

    `completeness_rows`, `aggregates` (of the same year) and `activities` (of the same period
    and day) save reading them again when the caller already has them."""
    period = check_period(period)
    year = year if year is not None else period_year(period)
    rows = completeness_rows if completeness_rows is not None else completeness(ctx, period, today)
    subs = {r.code: r for r in rows}
    ranked = areas.ranked_metrics()
    with ctx.read() as s:
        members = member_communes(s, ctx.unit_code)
        acts = (
            {a.code: a for a in activities}
            if activities is not None
            else _activity(s, members, activity_span(period, year), today or dt.date.today(), year)
        )
        values = {m.key: {c: a.get(m.key, 0) for c, a in acts.items()} for m in ranked}
        aggs = (
            {a.code: a for a in aggregates}
            if aggregates is not None
            else {a.code: a for a in _model_aggregates(s, members, year)}
        )
        dec = _decision_counts(s, ctx.unit_code)
    codes = [c.code for c in members]
    overall = _competition_ranks(
        {
            c: tuple(_rank_key(values[m.key].get(c, 0), m.higher_is_better) for m in ranked)
            for c in codes
        }
    )
    per_metric = {
        m.key: _competition_ranks(
            {c: _rank_key(values[m.key].get(c, 0), m.higher_is_better) for c in codes}
        )
        for m in ranked
    }
    stats: dict[str, tuple] = {}
    for m in ranked:
        # Over the communes that have the figure (a rate nobody can be judged on is not a 0).
        vals = [v for v in (values[m.key].get(c, 0) for c in codes) if v is not None]
        stats[m.key] = (
            (round(sum(vals) / len(vals), 2), max(vals), min(vals)) if vals else (None, None, None)
        )
    peer_table = [
        {
            "code": c.code,
            "name": c.name,
            "rank": overall.get(c.code, 0),
            **{m.key: values[m.key].get(c.code, 0) for m in ranked},
        }
        for c in sorted(members, key=lambda c: (overall.get(c.code, 0), sort_key(c.name)))
    ]
    out = []
    for c in members:
        agg = aggs[c.code]
        by_fs: dict[str, dict[str, int]] = defaultdict(dict)
        for (fc, st), n in agg.cells.items():
            by_fs[fc][st] = n
        sub = subs.get(c.code)
        out.append(
            StandingFigures(
                period=period,
                year=year,
                commune_code=c.code,
                commune_name=c.name,
                peers=len(members),
                rank=overall.get(c.code, 0),
                metrics={
                    m.key: {
                        "label": m.label,
                        "value": values[m.key].get(c.code, 0),
                        "rank": per_metric[m.key].get(c.code, 0),
                        "average": stats[m.key][0],
                        "max": stats[m.key][1],
                        "min": stats[m.key][2],
                    }
                    for m in ranked
                },
                models_by_field_status=dict(by_fs),
                peer_table=peer_table,
                submission={
                    "status": sub.status.value,
                    "received": sub.received,
                    "last_seq": sub.last_seq,
                    "due_on": sub.due_on.isoformat() if sub.due_on else None,
                    "gaps": list(sub.gaps),
                }
                if sub
                else {},
                decisions=dict(dec.get(c.code, {})),
            )
        )
    return out


def publish_standings(
    ctx: AppContext,
    period: str,
    *,
    year: int | None = None,
    communes_only: Iterable[str] | None = None,
    today: dt.date | None = None,
) -> list[str]:
    """Compute and store (in place, per commune and period) the rollup standings; returns ids."""
    ctx.require(Permission.SYNC)
    _require_upper(ctx)
    figures = compute_standings(ctx, period, year=year, today=today)
    wanted = set(communes_only) if communes_only is not None else None
    now = utcnow()
    ids = []
    with ctx.session() as s:
        existing = (
            {
                r.commune_code: r
                for r in s.execute(
                    select(RollupStanding).where(
                        RollupStanding.unit_code == ctx.unit_code,
                        RollupStanding.period == figures[0].period,
                    )
                ).scalars()
            }
            if figures
            else {}
        )
        for f in figures:
            if wanted is not None and f.commune_code not in wanted:
                continue
            row = existing.get(f.commune_code)
            if row is None:
                row = RollupStanding(
                    commune_code=f.commune_code, period=f.period, unit_code=ctx.unit_code
                )
                s.add(row)
            text = f.to_json()
            if row.figures != text or row.rank != f.rank or row.peers != f.peers or row.deleted:
                row.figures, row.rank, row.peers, row.deleted = text, f.rank, f.peers, False
                # `figures` is not audited: the new computed_at is what bumps the revision (so
                # the commune takes this version over the one it has).
                row.computed_at = now
            ids.append(row)
        s.flush()
        return [row.id for row in ids]


@dataclass(frozen=True)
class ReceivedStanding:
    """A standing as the commune received it from an upper unit."""

    id: str
    from_unit: str
    from_unit_name: str
    period: str
    computed_at: dt.datetime | None
    rank: int
    peers: int
    figures: StandingFigures


def received_standings(ctx: AppContext, commune_code: str | None = None) -> list[ReceivedStanding]:
    """Standings computed for this commune (or, upstairs, for `commune_code`), newest first."""
    code = commune_code or ctx.unit_code
    with ctx.read() as s:
        rows = list(
            s.execute(
                select(RollupStanding)
                .where(RollupStanding.commune_code == code, RollupStanding.deleted.is_(False))
                .order_by(RollupStanding.period.desc(), RollupStanding.computed_at.desc())
            ).scalars()
        )
        names = _names(s, [r.unit_code for r in rows])
    return [
        ReceivedStanding(
            r.id,
            r.unit_code,
            names.get(r.unit_code, r.unit_code),
            r.period,
            r.computed_at,
            r.rank,
            r.peers,
            StandingFigures.from_json(r.figures),
        )
        for r in rows
    ]


# ---- reference documents ------------------------------------------------------------------

REFERENCE_KINDS = {
    "deadline_rules": "Quy định về thời hạn",
    "holidays": "Lịch ngày nghỉ",
    "rubric": "Bộ tiêu chí chấm điểm",
}


@dataclass(frozen=True)
class ReferenceInfo:
    id: str
    kind: str
    kind_label: str
    version: str
    sha256: str
    title: str
    owner_unit: str
    updated_at: dt.datetime | None


def publish_reference(
    ctx: AppContext, kind: str, content: str, version: str = "", title: str = ""
) -> str:
    """Register (or replace) the reference file of `kind` this unit distributes downward.

    Without `version`, the file's own is used: the newest of its `versions` list (deadline rules)
    or its `version` field (a rubric), else the start of its hash."""
    ctx.require(Permission.EDIT)
    _require_upper(ctx)
    if kind not in REFERENCE_KINDS:
        raise RuleViolation(f"Loại tài liệu tham chiếu không hợp lệ: {kind}.", "kind")
    try:
        doc = json.loads(content)
    except ValueError:
        raise RuleViolation("Tài liệu tham chiếu phải là tệp JSON hợp lệ.", "content") from None
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    version = clean(version) or _own_version(doc) or digest[:12]
    with ctx.session() as s:
        row = s.execute(
            select(ReferenceDocument).where(
                ReferenceDocument.unit_code == ctx.unit_code, ReferenceDocument.kind == kind
            )
        ).scalar_one_or_none()
        if row is None:
            row = ReferenceDocument(kind=kind, unit_code=ctx.unit_code)
            s.add(row)
        row.version, row.sha256, row.content, row.deleted = version, digest, content, False
        own_title = clean(str(doc.get("title", ""))) if isinstance(doc, dict) else ""
        row.title = (clean(title) or own_title or REFERENCE_KINDS[kind])[:255]
        s.flush()
        return row.id


def _own_version(doc: object) -> str:
    if not isinstance(doc, dict):
        return ""
    versions = doc.get("versions")
    if isinstance(versions, list) and versions and isinstance(versions[-1], dict):
        return clean(str(versions[-1].get("version", "")))[:64]
    return clean(str(doc.get("version", "")))[:64]


def reference_documents(ctx: AppContext) -> list[ReferenceInfo]:
    with ctx.read() as s:
        rows = s.execute(
            select(ReferenceDocument)
            .where(ReferenceDocument.deleted.is_(False))
            .order_by(ReferenceDocument.kind)
        ).scalars()
        return [
            ReferenceInfo(
                r.id,
                r.kind,
                REFERENCE_KINDS.get(r.kind, r.kind),
                r.version,
                r.sha256,
                r.title,
                r.unit_code,
                r.updated_at,
            )
            for r in rows
        ]


def reference_content(ctx: AppContext, kind: str) -> str | None:
    """The newest content of a reference kind received from (or published by) an upper unit."""
    with ctx.read() as s:
        row = s.execute(
            select(ReferenceDocument.content)
            .where(ReferenceDocument.kind == kind, ReferenceDocument.deleted.is_(False))
            .order_by(ReferenceDocument.updated_at.desc())
            .limit(1)
        ).scalar_one_or_none()
        return row
