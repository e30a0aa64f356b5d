"""The "Chính quyền chủ động" screen's data: foresee early, intervene at the start, solve at the root.

Due this week, overdue, the on-time rate this period by type and its trend over months, hot spots
(hamlets and topics with recurring petitions, crowds, cases open longest) and commitments past due.
Every figure is one indexed SQL query (no petitions loaded into Python), so the screen computes in
well under a second on a million petitions; each item carries the PetitionFilter that opens the
cases behind it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, case, func, or_, select

from danvan_desktop.domain.petitions import PetitionType
from danvan_desktop.services import dialogues
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.petitions import (
    PetitionFilter,
    PetitionRow,
    list_petitions,
)
from danvan_desktop.store.petitions import Petition
from danvan_desktop.store.settings import get_setting
from danvan_desktop.store.units import Unit

HOT_WINDOW_DAYS = 90
HOT_MIN_PETITIONS = 5


@dataclass(frozen=True)
class Rate:
    on_time: int
    total: int

    @property
    def percent(self) -> float | None:
        return round(100 * self.on_time / self.total, 1) if self.total else None


@dataclass(frozen=True)
class MonthPoint:
    year: int
    month: int
    received: int
    resolved: int
    on_time: int

    @property
    def label(self) -> str:
        return f"{self.month:02d}/{self.year}"

    @property
    def percent(self) -> float | None:
        return round(100 * self.on_time / self.resolved, 1) if self.resolved else None


@dataclass(frozen=True)
class HotSpot:
    """A hamlet, a topic or a repeated matter with more petitions than usual."""

    kind: str  # hamlet, field, repeat, crowd
    key: str
    label: str
    count: int
    open: int
    crowds: int
    hot: bool
    filter: PetitionFilter


@dataclass
class EarlyWarning:
    today: dt.date
    period_from: dt.date
    period_to: dt.date
    open_total: int = 0
    due_this_week: int = 0
    due_soon: int = 0
    overdue: int = 0
    overdue_by_type: dict[str, int] = field(default_factory=dict)
    on_time: Rate = Rate(0, 0)
    on_time_by_type: dict[str, Rate] = field(default_factory=dict)
    trend: list[MonthPoint] = field(default_factory=list)
    hamlets: list[HotSpot] = field(default_factory=list)
    topics: list[HotSpot] = field(default_factory=list)
    repeats: list[HotSpot] = field(default_factory=list)
    crowds: int = 0
    longest_open: list[PetitionRow] = field(default_factory=list)
    overdue_list: list[PetitionRow] = field(default_factory=list)
    due_week_list: list[PetitionRow] = field(default_factory=list)
    commitments_overdue: list[dialogues.CommitmentRow] = field(default_factory=list)
    filters: dict[str, PetitionFilter] = field(default_factory=dict)


def _months_back(today: dt.date, n: int) -> list[tuple[int, int]]:
    y, m = today.year, today.month
    out = []
    for _ in range(n):
        out.append((y, m))
        m -= 1
        if m == 0:
            y, m = y - 1, 12
    return list(reversed(out))


def _month_end(y: int, m: int) -> dt.date:
    return (dt.date(y + (m == 12), m % 12 + 1, 1)) - dt.timedelta(days=1)


def _is_hot(n: int, counts: list[int], minimum: int) -> bool:
    """Hot: at least `minimum` petitions and at least twice the average of the others."""
    others = list(counts)
    others.remove(n)
    return n >= minimum and n >= 2 * (sum(others) / len(others) if others else 0)


def compute(
    ctx: AppContext,
    today: dt.date | None = None,
    period_from: dt.date | None = None,
    period_to: dt.date | None = None,
    *,
    months: int = 12,
    list_limit: int = 20,
) -> EarlyWarning:
    """Everything the early-warning screen shows, for `today` and the period (default: this year)."""
    today = today or dt.date.today()
    period_from = period_from or dt.date(today.year, 1, 1)
    period_to = period_to or today
    week_end = today + dt.timedelta(days=6 - today.weekday())
    ew = EarlyWarning(today=today, period_from=period_from, period_to=period_to)
    live = Petition.deleted.is_(False)
    with ctx.read() as s:
        hot_setting = get_setting(s, "petition_hot_min")
        hot_min = int(hot_setting) if hot_setting.isdigit() else HOT_MIN_PETITIONS
        ew.open_total = s.execute(
            select(func.count()).where(live, Petition.is_open.is_(True))
        ).scalar_one()
        ew.due_this_week = s.execute(
            select(func.count()).where(live, Petition.due_on >= today, Petition.due_on <= week_end)
        ).scalar_one()
        ew.due_soon = s.execute(
            select(func.count()).where(live, Petition.due_on >= today, Petition.warn_on <= today)
        ).scalar_one()
        # Counted here, not with GROUP BY: SQLite would then walk the type index (to skip a
        # sort) and read every row; the due index holds the type, so this reads the index only.
        ew.overdue_by_type = dict(
            Counter(s.execute(select(Petition.type).where(live, Petition.due_on < today)).scalars())
        )
        ew.overdue = sum(ew.overdue_by_type.values())
        by_type: dict[str, list[int]] = {}
        for ptype, on_time, n in s.execute(
            select(Petition.type, Petition.on_time, func.count())
            .where(
                live,
                Petition.resolved_on >= period_from,
                Petition.resolved_on <= period_to,
                Petition.on_time.is_not(None),
            )
            .group_by(Petition.type, Petition.on_time)
        ):
            acc = by_type.setdefault(ptype, [0, 0])
            acc[1] += n
            acc[0] += n if on_time else 0
        ew.on_time_by_type = {t.value: Rate(*by_type.get(t.value, [0, 0])) for t in PetitionType}
        ew.on_time = Rate(
            sum(r.on_time for r in ew.on_time_by_type.values()),
            sum(r.total for r in ew.on_time_by_type.values()),
        )
        for y, m in _months_back(today, months):
            first, last = dt.date(y, m, 1), _month_end(y, m)
            received = s.execute(
                select(func.count()).where(
                    live, Petition.received_on >= first, Petition.received_on <= last
                )
            ).scalar_one()
            resolved, on_time = s.execute(
                select(
                    func.count(),
                    func.coalesce(func.sum(case((Petition.on_time.is_(True), 1), else_=0)), 0),
                ).where(
                    live,
                    Petition.resolved_on >= first,
                    Petition.resolved_on <= last,
                    Petition.on_time.is_not(None),
                )
            ).one()
            ew.trend.append(MonthPoint(y, m, received, resolved, int(on_time)))

        since = today - dt.timedelta(days=HOT_WINDOW_DAYS)
        window = and_(live, Petition.received_on >= since, Petition.received_on <= today)
        counts = func.count().label("n")
        open_n = func.sum(case((Petition.is_open.is_(True), 1), else_=0))
        crowd_n = func.sum(case((Petition.is_crowd.is_(True), 1), else_=0))
        hamlet_rows = s.execute(
            select(Petition.hamlet_code, counts, open_n, crowd_n)
            .where(window, Petition.hamlet_code.is_not(None))
            .group_by(Petition.hamlet_code)
            .order_by(counts.desc())
            .limit(8)
        ).all()
        names = {}
        if hamlet_rows:
            for u in s.execute(
                select(Unit).where(Unit.code.in_([r[0] for r in hamlet_rows]))
            ).scalars():
                names[u.code] = u.full_name
        ew.hamlets = [
            HotSpot(
                "hamlet",
                code,
                names.get(code, code),
                n,
                int(o or 0),
                int(c or 0),
                _is_hot(n, [r[1] for r in hamlet_rows], hot_min) or bool(c),
                PetitionFilter(hamlet_code=code, received_from=since, today=today),
            )
            for code, n, o, c in hamlet_rows
        ]
        topic_rows = s.execute(
            select(Petition.field, counts, open_n, crowd_n)
            .where(window, Petition.field != "")
            .group_by(Petition.field)
            .order_by(counts.desc())
            .limit(8)
        ).all()
        ew.topics = [
            HotSpot(
                "field",
                f,
                f,
                n,
                int(o or 0),
                int(c or 0),
                _is_hot(n, [r[1] for r in topic_rows], hot_min),
                PetitionFilter(field=f, received_from=since, today=today),
            )
            for f, n, o, c in topic_rows
        ]
        repeat_rows = s.execute(
            select(Petition.duplicate_of_id, counts, open_n, crowd_n)
            .where(
                live,
                Petition.duplicate_of_id.is_not(None),
                Petition.received_on >= today - dt.timedelta(days=365),
            )
            .group_by(Petition.duplicate_of_id)
            .order_by(counts.desc())
            .limit(8)
        ).all()
        for original_id, n, o, c in repeat_rows:
            orig = s.get(Petition, original_id)
            if orig is None:
                continue
            label = f"Đơn số {orig.number:03d}/{orig.year}: {orig.summary[:60]}"
            ew.repeats.append(
                HotSpot(
                    "repeat",
                    original_id,
                    label,
                    n + 1,
                    int(o or 0),
                    int(c or 0),
                    n + 1 >= 3,
                    PetitionFilter(
                        ids=(
                            original_id,
                            *s.execute(
                                select(Petition.id).where(
                                    live, Petition.duplicate_of_id == original_id
                                )
                            ).scalars(),
                        ),
                        today=today,
                    ),
                )
            )
        ew.crowds = s.execute(
            select(func.count()).where(window, Petition.is_crowd.is_(True))
        ).scalar_one()

    ew.filters = {
        "due_this_week": PetitionFilter(due_from=today, due_to=week_end, today=today),
        "due_soon": PetitionFilter(deadline="due_soon", today=today),
        "overdue": PetitionFilter(deadline="overdue", today=today),
        "open": PetitionFilter(open_only=True, today=today),
        "crowds": PetitionFilter(crowd_only=True, received_from=since, today=today),
        "late_in_period": PetitionFilter(
            resolved_from=period_from, resolved_to=period_to, on_time=False, today=today
        ),
        **{
            f"overdue:{t.value}": PetitionFilter(deadline="overdue", type=t.value, today=today)
            for t in PetitionType
        },
        **{
            f"late:{t.value}": PetitionFilter(
                type=t.value,
                resolved_from=period_from,
                resolved_to=period_to,
                on_time=False,
                today=today,
            )
            for t in PetitionType
        },
        **{
            f"month:{p.year}-{p.month:02d}": PetitionFilter(
                resolved_from=dt.date(p.year, p.month, 1),
                resolved_to=_month_end(p.year, p.month),
                today=today,
            )
            for p in ew.trend
        },
    }
    ew.longest_open = list_petitions(
        ctx, ew.filters["open"], limit=list_limit, sort="received", descending=False
    )
    ew.overdue_list = list_petitions(
        ctx, ew.filters["overdue"], limit=list_limit, sort="due", descending=False
    )
    ew.due_week_list = list_petitions(
        ctx, ew.filters["due_this_week"], limit=list_limit, sort="due", descending=False
    )
    ew.commitments_overdue = dialogues.open_commitments(ctx, today, overdue_only=True)
    return ew


@dataclass
class PeriodFigures:
    """The periodic report's tables: reception, petitions received by type and channel, results."""

    date_from: dt.date
    date_to: dt.date
    sessions_by_role: dict[str, list[int]] = field(
        default_factory=dict
    )  # role -> [sessions, visits, people, crowds]
    received: dict[str, dict[str, int]] = field(default_factory=dict)  # type -> channel -> n
    results: dict[str, dict[str, int]] = field(default_factory=dict)  # type -> figures
    commitments: dict[str, int] = field(default_factory=dict)
    #: the day "overdue" is judged on: the period's last day, or today while it runs
    as_of: dt.date | None = None
    #: the cases counted overdue at `as_of`, oldest deadline first: the report lists exactly these
    overdue_ids: list[str] = field(default_factory=list)


def period_as_of(date_to: dt.date, today: dt.date) -> dt.date:
    """The day a period's standing figures (overdue, pending) are taken on."""
    return min(today, date_to)


def overdue_at(as_of: dt.date, today: dt.date) -> Any:
    """Cases received by `as_of` and past their deadline on that day, as it stood then.

    `due_on` is the pending step's deadline (cleared when a case is settled) and `last_due_on`
    keeps the last one, so a case settled after `as_of` but late at `as_of` counts too, and one
    received after `as_of` never does (the period bug of issue 11: the report counted one rule
    and listed today's backlog, cases received after the period included)."""
    cond = and_(Petition.due_on.is_not(None), Petition.due_on < as_of)
    if as_of < today:
        cond = or_(
            cond,
            and_(
                Petition.last_due_on.is_not(None),
                Petition.last_due_on < as_of,
                Petition.resolved_on.is_not(None),
                Petition.resolved_on > as_of,
            ),
        )
    return and_(Petition.deleted.is_(False), Petition.received_on <= as_of, cond)


def open_at(as_of: dt.date) -> Any:
    """Cases received by `as_of` and not yet settled on that day."""
    return and_(
        Petition.deleted.is_(False),
        Petition.received_on <= as_of,
        or_(
            Petition.is_open.is_(True),
            and_(Petition.resolved_on.is_not(None), Petition.resolved_on > as_of),
        ),
    )


def period_figures(
    ctx: AppContext, date_from: dt.date, date_to: dt.date, today: dt.date | None = None
) -> PeriodFigures:
    """Counts for the periodic report on reception and petitions (grouped in SQL)."""
    from danvan_desktop.store.petitions import Commitment, Dialogue, ReceptionSession

    today = today or dt.date.today()
    pf = PeriodFigures(date_from, date_to)
    live = Petition.deleted.is_(False)
    with ctx.read() as s:
        for role, n, visits, people, crowds in s.execute(
            select(
                ReceptionSession.presider_role,
                func.count(),
                func.sum(ReceptionSession.visits),
                func.sum(ReceptionSession.people),
                func.sum(ReceptionSession.crowd_cases),
            )
            .where(
                ReceptionSession.deleted.is_(False),
                ReceptionSession.held_on >= date_from,
                ReceptionSession.held_on <= date_to,
            )
            .group_by(ReceptionSession.presider_role)
        ):
            pf.sessions_by_role[role] = [n, int(visits or 0), int(people or 0), int(crowds or 0)]
        for ptype, channel, n in s.execute(
            select(Petition.type, Petition.channel, func.count())
            .where(live, Petition.received_on >= date_from, Petition.received_on <= date_to)
            .group_by(Petition.type, Petition.channel)
        ):
            pf.received.setdefault(ptype, {})[channel] = n
        pf.as_of = as_of = period_as_of(date_to, today)
        overdue_rows = s.execute(
            select(Petition.id, Petition.type)
            .where(overdue_at(as_of, today))
            .order_by(func.coalesce(Petition.due_on, Petition.last_due_on), Petition.number)
        ).all()
        pf.overdue_ids = [r[0] for r in overdue_rows]
        overdue_by_type = Counter(r[1] for r in overdue_rows)
        for t in PetitionType:
            base = and_(live, Petition.type == t.value)
            received = s.execute(
                select(func.count()).where(
                    base, Petition.received_on >= date_from, Petition.received_on <= date_to
                )
            ).scalar_one()
            resolved, on_time = s.execute(
                select(
                    func.count(),
                    func.coalesce(func.sum(case((Petition.on_time.is_(True), 1), else_=0)), 0),
                ).where(
                    base,
                    Petition.resolved_on >= date_from,
                    Petition.resolved_on <= date_to,
                    Petition.on_time.is_not(None),
                )
            ).one()
            pending = s.execute(select(func.count()).where(base, open_at(as_of))).scalar_one()
            overdue = overdue_by_type.get(t.value, 0)
            crowds = s.execute(
                select(func.count()).where(
                    base,
                    Petition.is_crowd.is_(True),
                    Petition.received_on >= date_from,
                    Petition.received_on <= date_to,
                )
            ).scalar_one()
            pf.results[t.value] = {
                "received": received,
                "resolved": resolved,
                "on_time": int(on_time),
                "late": resolved - int(on_time),
                "pending": pending,
                "overdue": overdue,
                "crowds": crowds,
            }
        c_live = Commitment.deleted.is_(False)
        c_open = or_(
            Commitment.status.in_(dialogues.OPEN_COMMITMENT),
            and_(Commitment.closed_on.is_not(None), Commitment.closed_on > as_of),
        )
        pf.commitments = {
            "made": s.execute(
                select(func.count())
                .select_from(Commitment)
                .join(Dialogue, Dialogue.id == Commitment.dialogue_id)
                .where(c_live, Dialogue.held_on >= date_from, Dialogue.held_on <= date_to)
            ).scalar_one(),
            "done": s.execute(
                select(func.count()).where(
                    c_live,
                    Commitment.status == "done",
                    Commitment.closed_on >= date_from,
                    Commitment.closed_on <= date_to,
                )
            ).scalar_one(),
            # Standing at the period's end, not today: made by then and not closed by then.
            "open": s.execute(
                select(func.count())
                .select_from(Commitment)
                .join(Dialogue, Dialogue.id == Commitment.dialogue_id)
                .where(c_live, Dialogue.held_on <= as_of, c_open)
            ).scalar_one(),
            "overdue": s.execute(
                select(func.count())
                .select_from(Commitment)
                .join(Dialogue, Dialogue.id == Commitment.dialogue_id)
                .where(c_live, Dialogue.held_on <= as_of, c_open, Commitment.due_on < as_of)
            ).scalar_one(),
        }
    return pf
