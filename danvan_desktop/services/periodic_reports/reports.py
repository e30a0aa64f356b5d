"""A periodic report's life: made for a period (the previous period's narratives of the same kind
as a starting point), its narratives written, its computed sections regenerated (narratives
kept), issued with a number from the outgoing register (figures frozen), sent upward.

A report's computed part is every area's `report_section` (services.areas.report_sections) over
the report's own unit; it is stored as a JSON snapshot when generated, so what the officer read
is what is printed, and frozen on issue: records arriving later never change an issued report.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Permission, Role
from danvan_desktop.services import areas, outgoing, records, units
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.periodic_reports import periods
from danvan_desktop.services.report_parts import (
    ReportPeriod,
    ReportSection,
    ReportTable,
    SectionQuery,
)
from danvan_desktop.store.periodic_reports import PeriodicReport, ReportNarrative
from danvan_desktop.store.users import User

#: the officer-written sections around the computed ones: (key, heading)
BEFORE = (("intro", "Tình hình chung"),)
AFTER = (
    ("shortcomings", "Tồn tại, hạn chế"),
    ("directions", "Phương hướng, nhiệm vụ kỳ tới"),
    ("proposals", "Đề xuất, kiến nghị"),
)
STATUSES = {"draft": "Dự thảo", "issued": "Đã ban hành", "sent": "Đã gửi cấp trên"}
LAYOUTS = {"state": "Văn bản hành chính (NĐ 30/2020)", "party": "Văn bản của Đảng (HD 36)"}
WHAT = "báo cáo"


def area_key(section_key: str) -> str:
    """The narrative key of the officer's comment under an area's computed section."""
    return f"area:{section_key}"


# ---- sections as JSON ---------------------------------------------------------------------


def dump_sections(sections: Sequence[ReportSection]) -> list[dict]:
    return [asdict(s) for s in sections]


def load_sections(data: Sequence[Mapping]) -> list[ReportSection]:
    out = []
    for d in data:
        tables = tuple(
            ReportTable(
                t["title"],
                tuple(t["headers"]),
                tuple(tuple(r) for r in t["rows"]),
                tuple(t.get("widths", ())),
            )
            for t in d.get("tables", ())
        )
        out.append(
            ReportSection(
                d["key"],
                d["title"],
                int(d["order"]),
                tuple(d.get("paragraphs", ())),
                tables,
                dict(d.get("figures", {})),
            )
        )
    return out


# ---- the report as read -------------------------------------------------------------------


@dataclass
class ReportView:
    id: str
    revision: int
    unit_code: str
    kind: str
    period: ReportPeriod
    title: str
    layout: str
    parent_agency: str
    issuing_agency: str
    body: str
    place: str
    signer_authority: str
    signer_title: str
    signer_name: str
    recipients: list[str]
    due_on: dt.date | None
    status: str
    issued_on: dt.date | None
    sent_on: dt.date | None
    number_label: str
    generated_on: dt.date | None
    sections: list[ReportSection] = field(default_factory=list)
    narratives: dict[str, str] = field(default_factory=dict)

    @property
    def kind_label(self) -> str:
        return periods.KINDS.get(self.kind, self.kind)

    @property
    def status_label(self) -> str:
        return STATUSES.get(self.status, self.status)

    @property
    def editable(self) -> bool:
        return self.status == "draft"


def _period_of(r: PeriodicReport) -> ReportPeriod:
    return ReportPeriod(r.kind, r.period_start, r.period_end, r.period_label)  # type: ignore[arg-type]


def _narratives(s: Session, report_id: str) -> dict[str, str]:
    rows = s.scalars(
        select(ReportNarrative).where(
            ReportNarrative.report_id == report_id, ReportNarrative.deleted.is_(False)
        )
    )
    return {n.key: n.text for n in rows}


def _view(s: Session, r: PeriodicReport) -> ReportView:
    snap = json.loads(r.snapshot) if r.snapshot else {}
    generated = snap.get("generated_on")
    return ReportView(
        r.id,
        r.revision,
        r.unit_code,
        r.kind,
        _period_of(r),
        r.title,
        r.layout,
        r.parent_agency,
        r.issuing_agency,
        r.body,
        r.place,
        r.signer_authority,
        r.signer_title,
        r.signer_name,
        list(json.loads(r.recipients or "[]")),
        r.due_on,
        r.status,
        r.issued_on,
        r.sent_on,
        r.number_label,
        dt.date.fromisoformat(generated) if generated else None,
        load_sections(snap.get("sections", ())),
        _narratives(s, r.id),
    )


def get_report(ctx: AppContext, report_id: str) -> ReportView:
    with ctx.read() as s:
        return _view(s, records.get(s, PeriodicReport, report_id, WHAT))


def list_reports(ctx: AppContext, unit_code: str | None = None) -> list[ReportView]:
    """The unit's reports, newest period first (without sections: a list needs none)."""
    with ctx.read() as s:
        rows = s.scalars(
            select(PeriodicReport)
            .where(
                PeriodicReport.deleted.is_(False),
                PeriodicReport.unit_code == (unit_code or ctx.unit_code),
            )
            .order_by(PeriodicReport.period_end.desc(), PeriodicReport.created_at.desc())
        ).all()
        out = []
        for r in rows:
            v = _view(s, r)
            v.sections = []
            out.append(v)
        return out


# ---- making a report ----------------------------------------------------------------------


def _leader(s: Session) -> str:
    name = s.scalars(
        select(User.full_name)
        .where(User.role == Role.LEADER.value, User.active.is_(True), User.deleted.is_(False))
        .order_by(User.created_at)
    ).first()
    return name or ""


def default_header(ctx: AppContext, s: Session, layout: str) -> dict[str, object]:
    """Agency, numbering body, signer and recipients of the unit's report in `layout`."""
    unit = units.get(ctx, ctx.unit_code)
    name = unit.full_name if unit else ctx.unit_code
    parent = units.get(ctx, unit.parent_code) if unit and unit.parent_code else None
    province = parent.full_name if parent else ""
    place = unit.name if unit else ""
    for prefix in ("Xã ", "Phường ", "Đặc khu ", "Tỉnh ", "Thành phố "):
        place = place.removeprefix(prefix)
    if unit is not None and unit.level != "commune":
        return _upper_header(name, place, layout, _leader(s))
    if layout == "party":
        return {
            "parent_agency": f"ĐẢNG BỘ {province.upper()}" if province else "",
            "issuing_agency": f"ĐẢNG ỦY {name.upper()}",
            "body": "ĐU",
            "place": place,
            "signer_authority": "T/M ĐẢNG ỦY",
            "signer_title": "BÍ THƯ",
            "signer_name": "",
            "recipients": [
                "Ban Thường vụ Tỉnh ủy (để b/c)",
                "Ban Tuyên giáo và Dân vận Tỉnh ủy (để b/c)",
                "Các đồng chí Đảng ủy viên",
                "Các chi bộ trực thuộc",
                "Lưu Văn phòng Đảng ủy",
            ],
        }
    return {
        "parent_agency": "",
        "issuing_agency": f"ỦY BAN NHÂN DÂN\n{name.upper()}",
        "body": "UBND",
        "place": place,
        "signer_authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": "CHỦ TỊCH",
        "signer_name": _leader(s),
        "recipients": [
            "UBND tỉnh (để b/c)",
            "Sở Nội vụ (để b/c)",
            "Thường trực Đảng ủy xã (để b/c)",
            "Ủy ban MTTQ Việt Nam xã",
            "Lưu: VT",
        ],
    }


def _upper_header(name: str, place: str, layout: str, leader: str) -> dict[str, object]:
    """An upper level's report (a province): its mass-mobilisation board for the Party, its
    People's Committee for the state."""
    if layout == "party":
        return {
            "parent_agency": f"TỈNH ỦY {name.removeprefix('Tỉnh ').upper()}",
            "issuing_agency": "BAN TUYÊN GIÁO VÀ DÂN VẬN",
            "body": "BTGDVTU",
            "place": place,
            "signer_authority": "K/T TRƯỞNG BAN",
            "signer_title": "PHÓ TRƯỞNG BAN",
            "signer_name": "",
            "recipients": [
                "Ban Thường vụ Tỉnh ủy (để b/c)",
                "Các đảng ủy xã, phường",
                "Lưu Văn phòng Ban",
            ],
        }
    return {
        "parent_agency": "",
        "issuing_agency": f"ỦY BAN NHÂN DÂN\n{name.upper()}",
        "body": "UBND",
        "place": place,
        "signer_authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        "signer_name": leader,
        "recipients": [
            "Bộ Nội vụ (để b/c)",
            "Thường trực Tỉnh ủy (để b/c)",
            "UBND các xã, phường",
            "Lưu: VT",
        ],
    }


def default_title(kind: str, period: ReportPeriod) -> str:
    what = "Kết quả thực hiện phong trào thi đua “Dân vận khéo”"
    if kind == "review":
        return f"Sơ kết, tổng kết phong trào thi đua “Dân vận khéo” {period.label}"
    return f"{what} {period.label}"


def previous_narratives(
    s: Session, unit_code: str, kind: str, period: ReportPeriod
) -> tuple[str | None, dict[str, str]]:
    """The latest report of the same kind on the period before: its id and narratives."""
    before = periods.previous(period)
    if before is None:
        return None, {}
    r = s.scalars(
        select(PeriodicReport)
        .where(
            PeriodicReport.deleted.is_(False),
            PeriodicReport.unit_code == unit_code,
            PeriodicReport.kind == kind,
            PeriodicReport.period_start == before.start,
            PeriodicReport.period_end == before.end,
        )
        .order_by(PeriodicReport.created_at.desc())
    ).first()
    return (r.id, _narratives(s, r.id)) if r else (None, {})


def scope(s: Session, unit_code: str) -> list[str]:
    """The units a report of `unit_code` speaks for: itself (a commune), or every commune below
    it (an upper level's report sums its communes' figures)."""
    from danvan_desktop.services.scoring.appraisals import communes_below

    below = [c for c, _ in communes_below(s, unit_code)]
    return below or [unit_code]


def compute_sections(
    s: Session, unit_codes: Sequence[str], period: ReportPeriod, today: dt.date, unit_name: str = ""
) -> list[ReportSection]:
    return areas.report_sections(s, SectionQuery(list(unit_codes), period, today, unit_name))


def _snapshot(sections: Sequence[ReportSection], today: dt.date) -> str:
    return json.dumps(
        {"generated_on": today.isoformat(), "sections": dump_sections(sections)},
        ensure_ascii=False,
    )


def create_report(
    ctx: AppContext,
    period: ReportPeriod,
    layout: str = "state",
    *,
    title: str = "",
    due_on: dt.date | None = None,
    today: dt.date | None = None,
    start_from_previous: bool = True,
) -> str:
    """A draft report on `period`, its sections generated, the previous period's narratives
    of the same kind copied in as a starting point; returns its id."""
    if layout not in LAYOUTS:
        raise RuleViolation("Kiểu trình bày chỉ nhận “state” (Nhà nước) hoặc “party” (Đảng).")
    ctx.require(Permission.EDIT)
    today = today or dt.date.today()
    with ctx.session() as s:
        header = default_header(ctx, s, layout)
        recipients = header.pop("recipients")
        unit = units.get(ctx, ctx.unit_code)
        row = records.add(
            s,
            PeriodicReport,
            unit_code=ctx.unit_code,
            kind=period.kind,
            period_start=period.start,
            period_end=period.end,
            period_label=period.label,
            title=title or default_title(period.kind, period),
            layout=layout,
            recipients=json.dumps(recipients, ensure_ascii=False),
            due_on=due_on or periods.due_date(period),
            status="draft",
            snapshot=_snapshot(
                compute_sections(
                    s, scope(s, ctx.unit_code), period, today, unit.full_name if unit else ""
                ),
                today,
            ),
            **header,
        )
        s.flush()  # gives the row its id
        if start_from_previous:
            _, texts = previous_narratives(s, ctx.unit_code, period.kind, period)
            for key, text in texts.items():
                records.add(
                    s,
                    ReportNarrative,
                    unit_code=ctx.unit_code,
                    report_id=row.id,
                    key=key,
                    text=text,
                )
        return row.id


def _draft(ctx: AppContext, s: Session, report_id: str, revision: int | None) -> PeriodicReport:
    ctx.require(Permission.EDIT)
    row = records.get_owned(ctx, s, PeriodicReport, report_id, WHAT, revision)
    if row.status != "draft":
        raise RuleViolation(
            f"Báo cáo đã ban hành (số {row.number_label}): không sửa được nội dung và số liệu."
        )
    return row


def save_narratives(
    ctx: AppContext, report_id: str, texts: Mapping[str, str], revision: int | None = None
) -> None:
    """Write the officer's texts (one per key); an empty text clears that section."""
    with ctx.session() as s:
        row = _draft(ctx, s, report_id, revision)
        have = {
            n.key: n
            for n in s.scalars(select(ReportNarrative).where(ReportNarrative.report_id == row.id))
        }
        for key, text in texts.items():
            text = records.normalise(ReportNarrative, "text", text or "")
            n = have.get(key)
            if n is None:
                records.add(
                    s,
                    ReportNarrative,
                    unit_code=row.unit_code,
                    report_id=row.id,
                    key=key,
                    text=text,
                )
            elif n.text != text or n.deleted:
                n.text = text
                n.deleted = False
        row.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)


HEADER_FIELDS = (
    "title",
    "parent_agency",
    "issuing_agency",
    "place",
    "signer_authority",
    "signer_title",
    "signer_name",
    "due_on",
)


def update_header(
    ctx: AppContext, report_id: str, values: Mapping[str, object], revision: int | None = None
) -> None:
    """Title, agency, signer, due date and recipients (a list) of a draft."""
    with ctx.session() as s:
        row = _draft(ctx, s, report_id, revision)
        for key, value in values.items():
            if key == "recipients":
                items = [str(x).strip() for x in value]  # type: ignore[attr-defined]
                row.recipients = json.dumps([x for x in items if x], ensure_ascii=False)
            elif key in HEADER_FIELDS:
                setattr(row, key, value if key == "due_on" else str(value or "").strip())
            else:
                raise KeyError(key)


def regenerate(ctx: AppContext, report_id: str, today: dt.date | None = None) -> None:
    """Recompute the report's sections from the records now; the narratives stay as written."""
    today = today or dt.date.today()
    with ctx.session() as s:
        row = _draft(ctx, s, report_id, None)
        unit = units.get(ctx, row.unit_code)
        row.snapshot = _snapshot(
            compute_sections(
                s, scope(s, row.unit_code), _period_of(row), today, unit.full_name if unit else ""
            ),
            today,
        )


def issue(
    ctx: AppContext, report_id: str, day: dt.date | None = None, today: dt.date | None = None
) -> str:
    """Freeze the figures, take the next number of the report's series and mark it issued, all
    in one transaction; returns the number ("05/BC-UBND")."""
    day = day or dt.date.today()
    today = today or day
    with ctx.session() as s:
        row = _draft(ctx, s, report_id, None)
        if not row.signer_name.strip():
            raise RuleViolation(
                "Chưa có người ký báo cáo: hãy ghi họ tên người ký trước khi ban hành."
            )
        unit = units.get(ctx, row.unit_code)
        row.snapshot = _snapshot(
            compute_sections(
                s, scope(s, row.unit_code), _period_of(row), today, unit.full_name if unit else ""
            ),
            today,
        )
        doc = outgoing.take_number(
            ctx,
            s,
            body=row.body,
            doc_type="BC",
            day=day,
            summary=row.title,
            signer=row.signer_name,
            recipients=json.loads(row.recipients or "[]"),
            linked_type="periodic_reports",
            linked_id=row.id,
            layout=row.layout,
        )
        row.status = "issued"
        row.issued_on = day
        row.number_label = doc.number_label
        row.outgoing_id = doc.id
        return doc.number_label


def mark_sent(ctx: AppContext, report_id: str, day: dt.date | None = None) -> None:
    """The issued report went up to the upper level on `day` (by bundle or by hand)."""
    with ctx.session() as s:
        ctx.require(Permission.EDIT)
        row = records.get_owned(ctx, s, PeriodicReport, report_id, WHAT)
        if row.status == "draft":
            raise RuleViolation("Báo cáo chưa ban hành: hãy ban hành trước khi gửi cấp trên.")
        row.status = "sent"
        row.sent_on = day or dt.date.today()


def delete_draft(ctx: AppContext, report_id: str) -> None:
    with ctx.session() as s:
        row = _draft(ctx, s, report_id, None)
        row.deleted = True
        for n in s.scalars(select(ReportNarrative).where(ReportNarrative.report_id == row.id)):
            n.deleted = True
