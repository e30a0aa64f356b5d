"""The commendations area's registration (issue 11): per-commune figures (proposals, granted),
the commune's warnings (the 15/10 round near with nothing proposed, recognised models never
proposed), the indicators scoring counts, its section of a periodic report and its sheet of the
consolidated workbook."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.services.areas import (
    FigureGroup,
    Figures,
    FigureSpan,
    Metric,
    ServiceArea,
    WarningLine,
)
from danvan_desktop.services.commendations import vocab
from danvan_desktop.services.commendations.indicators import (
    INDICATORS,
    granted_by_unit,
    proposals_by_unit,
)
from danvan_desktop.services.commendations.queries import ProposalRow, proposal_rows
from danvan_desktop.services.commendations.records import round_warnings
from danvan_desktop.services.commendations.suggest import RECOGNISED
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.report_parts import ReportSection, ReportTable, SectionQuery, Sheet
from danvan_desktop.services.sheet_rows import UnitColumn
from danvan_desktop.store.commendations import (
    CommendationDecision,
    CommendationProposal,
    CommendationRound,
)
from danvan_desktop.store.dvk_models import DvkModel

#: days before a round's date from which "nothing proposed yet" is a warning
ROUND_NOTICE_DAYS = 30


def _figures(s: Session, span: FigureSpan) -> dict[str, Figures]:
    proposals = proposals_by_unit(s, span)
    granted = granted_by_unit(s, span)
    return {
        "commendation_proposals": {
            u: proposals[u].value if u in proposals else 0.0 for u in span.unit_codes
        },
        "commendations_granted": {
            u: granted[u].value if u in granted else 0.0 for u in span.unit_codes
        },
    }


FIGURES = FigureGroup(
    key="commendations",
    label="Khen thưởng",
    metrics=(
        Metric(
            "commendation_proposals",
            "Đề nghị khen thưởng trong kỳ",
            ranked=False,
            short="Đề nghị khen",
        ),
        Metric(
            "commendations_granted",
            "Được khen thưởng trong kỳ",
            ranked=False,
            short="Được khen",
        ),
    ),
    compute=_figures,
)


def _warnings(ctx: AppContext, today: dt.date) -> list[WarningLine]:
    out: list[WarningLine] = []
    with ctx.read() as s:
        soon = list(
            s.scalars(
                select(CommendationRound).where(
                    CommendationRound.deleted.is_(False),
                    CommendationRound.unit_code == ctx.unit_code,
                    CommendationRound.held_on >= today,
                    CommendationRound.held_on <= today + dt.timedelta(days=ROUND_NOTICE_DAYS),
                )
            )
        )
        proposed = set(
            s.scalars(
                select(CommendationProposal.round_id).where(CommendationProposal.deleted.is_(False))
            )
        )
        empty = [r for r in soon if r.id not in proposed]
        if empty:
            first = min(empty, key=lambda r: r.held_on or today)
            out.append(
                WarningLine(
                    "commendation_round_empty",
                    f"Đợt khen thưởng {fmt_date(first.held_on)} sắp đến, chưa có đề nghị nào",
                    len(empty),
                    "warn",
                    "commendation_rounds",
                    tuple(r.id for r in empty),
                )
            )
        flags = sorted(
            {
                line
                for level, year in s.execute(
                    select(CommendationRound.level, CommendationRound.year)
                    .where(
                        CommendationRound.deleted.is_(False),
                        CommendationRound.unit_code == ctx.unit_code,
                    )
                    .distinct()
                )
                for line in round_warnings(s, ctx.unit_code, level, year)
            }
        )
        if flags:
            # the cycle rule (seeds 000, 001): more rounds at a level than it allows in 5 years
            out.append(
                WarningLine(
                    "commendation_rounds_over_cycle",
                    flags[0],
                    len(flags),
                    "warn",
                    "commendation_rounds",
                )
            )
        ever = set(
            s.scalars(
                select(CommendationProposal.model_id).where(
                    CommendationProposal.deleted.is_(False),
                    CommendationProposal.model_id.is_not(None),
                )
            )
        )
        models = [
            m
            for m in s.scalars(
                select(DvkModel.id).where(
                    DvkModel.deleted.is_(False),
                    DvkModel.unit_code == ctx.unit_code,
                    DvkModel.status.in_(RECOGNISED),
                )
            )
            if m not in ever
        ]
        if models:
            out.append(
                WarningLine(
                    "models_never_proposed",
                    "Mô hình, điển hình đã công nhận chưa từng được đề nghị khen thưởng",
                    len(models),
                    "info",
                    "models",
                    tuple(models),
                )
            )
    return out


def _list_row(i: int, r: ProposalRow) -> tuple:
    return (
        i,
        r.subject_name,
        r.position,
        r.subject_unit,
        r.form_label,
        r.level_label,
        r.decision_number,
        r.decision_date,
        r.achievements,
    )


LIST_HEADERS = (
    "STT",
    "Họ tên / Tập thể",
    "Chức vụ",
    "Đơn vị",
    "Hình thức",
    "Cấp",
    "Số QĐ",
    "Ngày QĐ",
    "Thành tích",
)


def _section(s: Session, q: SectionQuery) -> ReportSection | None:
    p = q.period
    rows = proposal_rows(s, q.unit_codes)
    proposed = [r for r in rows if p.contains(r.proposed_on)]
    granted = [r for r in rows if r.status == vocab.GRANTED and p.contains(r.decision_date)]
    decisions = {
        d
        for (d,) in s.execute(
            select(CommendationDecision.id).where(
                CommendationDecision.deleted.is_(False),
                CommendationDecision.unit_code.in_(list(q.unit_codes)),
                CommendationDecision.signed_on >= p.start,
                CommendationDecision.signed_on <= p.end,
            )
        )
    }
    if not proposed and not granted and not decisions:
        return None
    figures = {
        "proposals": float(len(proposed)),
        "granted": float(len(granted)),
        "decisions": float(len(decisions)),
        "granted_collectives": float(sum(r.subject_kind == "collective" for r in granted)),
        "granted_individuals": float(sum(r.subject_kind == "individual" for r in granted)),
        "granted_models": float(sum(r.subject_kind == "model" for r in granted)),
    }
    text = (
        f"Trong {p.label}, đã đề nghị khen thưởng {len(proposed)} tập thể, cá nhân, mô hình; "
        f"{len(decisions)} quyết định khen thưởng được ban hành, khen thưởng {len(granted)} "
        f"trường hợp ({int(figures['granted_collectives'])} tập thể, "
        f"{int(figures['granted_individuals'])} cá nhân, {int(figures['granted_models'])} "
        "mô hình, điển hình)."
    )
    table = ReportTable(
        "Danh sách được khen thưởng trong kỳ",
        LIST_HEADERS,
        tuple(
            tuple(
                "" if v is None else fmt_date(v) if isinstance(v, dt.date) else str(v)
                for v in _list_row(i, r)
            )
            for i, r in enumerate(granted, 1)
        ),
        (0.5, 2.2, 1.4, 1.6, 1.1, 0.9, 1.1, 1.1, 3.0),
    )
    return ReportSection(
        "commendations",
        "Công tác biểu dương, khen thưởng",
        80,
        (text,),
        (table,) if granted else (),
        figures,
    )


def _sheets(s: Session, unit_codes: Sequence[str], today: dt.date) -> list[Sheet]:
    rows = proposal_rows(s, unit_codes)
    col = UnitColumn(s, unit_codes)  # the commune's name first, at the upper level only
    return [
        Sheet(
            "Khen thưởng",
            col.headers(
                (*LIST_HEADERS[:5], "Cấp", "Năm", "Trạng thái", "Số QĐ", "Ngày QĐ", "Thành tích")
            ),
            [
                col.row(
                    r.unit_code,
                    [
                        i,
                        r.subject_name,
                        r.position,
                        r.subject_unit,
                        r.form_label,
                        r.level_label,
                        r.year,
                        r.status_label,
                        r.decision_number,
                        r.decision_date,
                        r.achievements,
                    ],
                )
                for i, r in enumerate(rows, 1)
            ],
            col.widths((6, 30, 18, 24, 14, 14, 8, 14, 16, 12, 50)),
        )
    ]


AREA = ServiceArea(
    key="commendations",
    label="Khen thưởng",
    order=78,
    figures=(FIGURES,),
    warnings=_warnings,
    indicators=INDICATORS,
    report_section=_section,
    sheets=_sheets,
)
