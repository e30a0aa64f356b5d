"""Each commune's standing among its peers on the registered areas' ranked metrics, stored
per commune and period (RollupStanding) and read back at the commune."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select

from danvan_desktop.domain.dates import utcnow
from danvan_desktop.domain.roles import Permission
from danvan_desktop.domain.text import sort_key
from danvan_desktop.services import areas
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.upper_level.completeness import CompletenessRow, completeness
from danvan_desktop.services.upper_level.decisions import decision_counts_in
from danvan_desktop.services.upper_level.figures import (
    CommuneActivity,
    CommuneModels,
    _activity,
    _model_aggregates,
    activity_span,
)
from danvan_desktop.services.upper_level.scope import (
    _names,
    check_period,
    member_communes,
    period_year,
    require_upper,
)
from danvan_desktop.store.upper_level import (
    RollupStanding,
)

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
        dec = decision_counts_in(s, ctx.unit_code)
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
    require_upper(ctx)
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
