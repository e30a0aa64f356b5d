"""The models' section of a periodic report: models and exemplars registered and recognised in
the period, and those recognised and still in force at its end, by field."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from danvan_desktop.services.periodic_reports.section_kit import n, within
from danvan_desktop.services.report_parts import ReportSection, ReportTable, SectionQuery
from danvan_desktop.store.dvk_models import DvkModel, ModelField, ModelTransition

_IN_FORCE = ("recognised", "replicated", "maintained", "declining")


def report_section(s: Session, q: SectionQuery) -> ReportSection:
    M = DvkModel
    as_of = min(q.period.end, q.today)  # a period still running: as it stands today
    registered = n(
        s,
        M,
        q,
        M.id.in_(
            select(ModelTransition.model_id).where(
                ModelTransition.to_status == "registered", within(ModelTransition.on_date, q)
            )
        ),
    )
    recognised = n(s, M, q, within(M.recognised_on, q))
    in_force = n(s, M, q, M.status.in_(_IN_FORCE), M.recognised_on <= as_of)
    names = {f.code: f.name for f in s.scalars(select(ModelField))}
    by_field = s.execute(
        select(M.field_code, M.kind, func.count())
        .where(
            M.deleted.is_(False),
            M.unit_code.in_(list(q.unit_codes)),
            M.status.in_(_IN_FORCE),
            M.recognised_on <= as_of,
        )
        .group_by(M.field_code, M.kind)
    ).all()
    table: dict[str, list[int]] = {}
    for code, kind, k in by_field:
        table.setdefault(code, [0, 0])[0 if kind == "model" else 1] += int(k)
    rows: list[tuple[str, ...]] = [
        (names.get(code, code), str(a), str(b), str(a + b))
        for code, (a, b) in sorted(table.items())
    ]
    rows.append(
        ("Tổng cộng", *(str(sum(v[i] for v in table.values())) for i in (0, 1)), str(in_force))
    )
    return ReportSection(
        key="models",
        title="Xây dựng mô hình, điển hình “Dân vận khéo”",
        order=10,
        paragraphs=(
            f"Trong kỳ đăng ký mới {registered} mô hình, điển hình; công nhận {recognised} mô "
            f"hình, điển hình. Đến ngày {as_of:%d/%m/%Y} có {in_force} mô hình, điển hình "
            "“Dân vận khéo” đã được công nhận đang duy trì.",
        ),
        tables=(
            ReportTable(
                "Mô hình, điển hình đã công nhận theo lĩnh vực",
                ("Lĩnh vực", "Mô hình", "Điển hình", "Cộng"),
                tuple(rows),
                (60, 20, 20, 20),
            ),
        ),
        figures={
            "models_registered": float(registered),
            "models_recognised": float(recognised),
            "models_in_force": float(in_force),
        },
    )
