"""Citizen reception and petitions out of the app.

Excel: the reception book (sổ tiếp công dân) and the petition register (sổ theo dõi đơn thư).
PDF in the official layout (NĐ 30/2020): the "thông báo kết luận" of a reception session and the
periodic report on reception and petitions with its tables. A denouncer's identity never appears
in any of them (the services hand over lists with protected identities already hidden).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from danvan_desktop.domain.deadlines import DeadlineStatus
from danvan_desktop.domain.errors import Progress
from danvan_desktop.domain.petitions import Channel, PetitionState, PetitionType
from danvan_desktop.reports.common import (
    layout_callbacks,
    leader_signature,
    party_issuer,
    state_issuer,
    unit_header,
)
from danvan_desktop.reports.excel_layout import Column, SheetSpec, write_table_workbook
from danvan_desktop.reports.pdf_layout import (
    OfficialDocument,
    Signature,
    build_pdf,
    heading,
    paragraph,
    table_flowables,
)
from danvan_desktop.services import early_warning, petitions, receptions
from danvan_desktop.services.context import AppContext

REGISTER_COLUMNS = [
    Column("Số đơn", 11),
    Column("Ngày nhận", 12, "date"),
    Column("Nguồn đơn", 22, wrap=True),
    Column("Loại đơn", 14),
    Column("Lĩnh vực", 18),
    Column("Thôn, tổ dân phố", 18),
    Column("Người gửi đơn", 22),
    Column("Nội dung tóm tắt", 48, wrap=True),
    Column("Đông người", 9, "bool"),
    Column("Người xử lý", 18),
    Column("Trạng thái", 20),
    Column("Hạn xử lý", 12, "date"),
    Column("Tình trạng hạn", 16),
    Column("Ngày giải quyết", 12, "date"),
    Column("Đúng hạn", 9, "bool"),
    Column("Mã hồ sơ", 38),
]

BOOK_COLUMNS = [
    Column("STT", 6, "int"),
    Column("Ngày tiếp", 12, "date"),
    Column("Người chủ trì", 24),
    Column("Họ tên, địa chỉ người đến", 30, wrap=True),
    Column("Nội dung vụ việc", 48, wrap=True),
    Column("Phân loại", 14),
    Column("Số đơn", 11),
    Column("Hướng xử lý, kết quả", 26, wrap=True),
]

SESSION_COLUMNS = [
    Column("STT", 6, "int"),
    Column("Ngày tiếp", 12, "date"),
    Column("Người chủ trì", 26),
    Column("Chức vụ", 22),
    Column("Hình thức", 11),
    Column("Định kỳ / đột xuất", 12),
    Column("Địa điểm", 26, wrap=True),
    Column("Lượt tiếp", 9, "int"),
    Column("Số người", 9, "int"),
    Column("Đoàn đông người", 10, "int"),
    Column("Số đơn nhận", 10, "int"),
    Column("Thông báo kết luận", 18),
]


def _register_rows(
    ctx: AppContext, f: petitions.PetitionFilter, progress: Progress | None
) -> Iterator[list]:
    for i, r in enumerate(petitions.iter_petitions(ctx, f), start=1):
        if progress is not None and i % 500 == 0:
            progress.check()
        yield [
            r.number_label,
            r.received_on,
            Channel(r.channel).label,
            r.type_label,
            r.field,
            r.hamlet_name,
            r.citizen,
            r.summary,
            r.is_crowd,
            r.handler,
            r.status_label,
            r.due_on or r.last_due_on,
            r.deadline_label,
            r.resolved_on,
            r.on_time,
            r.id,
        ]


def _summary_rows(ctx: AppContext, f: petitions.PetitionFilter) -> list[list]:
    rows = []
    for t in PetitionType:
        sub = petitions.PetitionFilter(**{**f.__dict__, "type": t.value})
        total = petitions.count_petitions(ctx, sub)
        open_n = petitions.count_petitions(
            ctx, petitions.PetitionFilter(**{**sub.__dict__, "open_only": True})
        )
        overdue = petitions.count_petitions(
            ctx, petitions.PetitionFilter(**{**sub.__dict__, "deadline": "overdue"})
        )
        rows.append([t.label, total, open_n, overdue])
    rows.append(["Tổng cộng", *[sum(r[i] for r in rows) for i in (1, 2, 3)]])
    return rows


def export_register_xlsx(
    ctx: AppContext,
    out: Path,
    f: petitions.PetitionFilter | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> Path:
    """Sổ theo dõi đơn thư: every petition matching the filter, in register order."""
    today = today or dt.date.today()
    f = f or petitions.PetitionFilter(today=today)
    if f.today is None:
        f = petitions.PetitionFilter(**{**f.__dict__, "today": today})
    h = unit_header(ctx)
    total = petitions.count_petitions(ctx, f)
    title = f"SỔ THEO DÕI ĐƠN THƯ{f' NĂM {f.year}' if f.year else ''}"
    heading_text = (
        f"{h.unit_name.upper()} — {h.province_name}\n{title}\n"
        f"Tính đến ngày {today:%d/%m/%Y}: {total} đơn (danh tính người tố cáo được bảo mật)"
    )
    sheets = [
        SheetSpec(
            "Sổ đơn thư",
            REGISTER_COLUMNS,
            _register_rows(ctx, f, progress),
            heading=heading_text,
            landscape=True,
        ),
        SheetSpec(
            "Tổng hợp",
            [
                Column("Loại đơn", 24),
                Column("Tổng số", 10, "int"),
                Column("Chưa giải quyết xong", 14, "int"),
                Column("Quá hạn", 10, "int"),
            ],
            _summary_rows(ctx, f),
            heading=f"{h.unit_name.upper()}\nTỔNG HỢP THEO LOẠI ĐƠN",
        ),
    ]
    return write_table_workbook(
        Path(out), sheets, **layout_callbacks(progress, "Đang ghi sổ theo dõi đơn thư…")
    )


def _book_rows(ctx: AppContext, year: int) -> Iterator[list]:
    n = 0
    for row in sorted(receptions.list_sessions(ctx, year), key=lambda r: r.held_on):
        detail = receptions.get_session(ctx, row.id)
        presider = (
            f"{row.presider_name} ({row.presider_label})"
            if row.presider_name
            else row.presider_label
        )
        if not detail.petitions:
            n += 1
            yield [
                n,
                row.held_on,
                presider,
                f"{row.people} người" if row.people else "Không có công dân đến",
                detail.content,
                "",
                "",
                detail.conclusion_text,
            ]
            continue
        for p in detail.petitions:
            n += 1
            yield [
                n,
                row.held_on,
                presider,
                p["citizen"],
                p["summary"],
                PetitionType(p["type"]).label,
                p["number_label"],
                PetitionState(p["status"]).label,
            ]


def _session_rows(ctx: AppContext, year: int) -> list[list]:
    rows = []
    for i, r in enumerate(
        sorted(receptions.list_sessions(ctx, year), key=lambda r: r.held_on), start=1
    ):
        detail = receptions.get_session(ctx, r.id)
        rows.append(
            [
                i,
                r.held_on,
                r.presider_name,
                r.presider_label,
                receptions.FORMS.get(r.form, r.form),
                receptions.KINDS.get(r.kind, r.kind),
                r.place,
                r.visits,
                r.people,
                r.crowd_cases,
                r.petitions,
                detail.conclusion_no,
            ]
        )
    return rows


def _compliance_rows(ctx: AppContext, year: int, today: dt.date) -> list[list]:
    return [
        [f"{c.month:02d}/{year}", c.label, c.held, c.required, "Đạt" if c.ok else "Chưa đạt"]
        for c in receptions.compliance(ctx, year, today)
    ]


def export_reception_book_xlsx(
    ctx: AppContext,
    out: Path,
    year: int,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> Path:
    """Sổ tiếp công dân of a year: the book, the sessions, and monthly compliance held/required."""
    today = today or dt.date.today()
    h = unit_header(ctx)
    sheets = [
        SheetSpec(
            "Sổ tiếp công dân",
            BOOK_COLUMNS,
            _book_rows(ctx, year),
            landscape=True,
            heading=f"{h.unit_name.upper()} — {h.province_name}\nSỔ TIẾP CÔNG DÂN NĂM {year}",
        ),
        SheetSpec(
            "Buổi tiếp",
            SESSION_COLUMNS,
            _session_rows(ctx, year),
            landscape=True,
            heading=f"{h.unit_name.upper()}\nCÁC BUỔI TIẾP CÔNG DÂN NĂM {year}",
        ),
        SheetSpec(
            "Tần suất tiếp",
            [
                Column("Tháng", 10),
                Column("Người chủ trì", 26),
                Column("Đã tiếp", 10, "int"),
                Column("Phải tiếp", 10, "int"),
                Column("Kết quả", 12),
            ],
            _compliance_rows(ctx, year, today),
            heading=f"{h.unit_name.upper()}\nTIẾP CÔNG DÂN ĐỊNH KỲ: ĐÃ TIẾP / PHẢI TIẾP (NGÀY, TUẦN)",
        ),
    ]
    return write_table_workbook(
        Path(out), sheets, **layout_callbacks(progress, "Đang ghi sổ tiếp công dân…")
    )


# ---- PDF ----------------------------------------------------------------------------------


def export_conclusion_pdf(
    ctx: AppContext,
    out: Path,
    session_id: str,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> Path:
    """Thông báo kết luận of the head who presided at a reception session."""
    d = receptions.get_session(ctx, session_id)
    h = unit_header(ctx)
    issued = d.conclusion_on or today or dt.date.today()
    # Who presided decides the issuing body and the signature: the Party secretary's notice is
    # a Party document (HD 36), the chairman's a state one (NĐ 30/2020).
    if d.presider_role == "party_secretary":
        role_title, who = "Bí thư Đảng ủy xã", f"Bí thư Đảng ủy xã {d.presider_name}".strip()
        issuer, number_suffix = party_issuer(ctx), "-TB/ĐU"
        signature = Signature("T/M ĐẢNG ỦY", "BÍ THƯ", d.presider_name)
    else:
        role_title = {"vice_chairman": "Phó Chủ tịch UBND xã"}.get(
            d.presider_role, "Chủ tịch UBND xã"
        )
        if d.presider_role == "other":
            role_title = "người chủ trì"
        who = f"{role_title} {d.presider_name}".strip()
        issuer, number_suffix = state_issuer(ctx), "/TB-UBND"
        if d.presider_role == "vice_chairman":
            signature = Signature(
                "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", d.presider_name
            )
        elif d.presider_name:
            signature = Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", d.presider_name)
        else:
            signature = leader_signature(ctx)
    body = [
        paragraph(
            f"Ngày {d.held_on:%d/%m/%Y}, tại {d.place or 'trụ sở tiếp công dân xã'}, {who} đã chủ trì "
            f"buổi tiếp công dân {receptions.KINDS.get(d.kind, '').lower()} "
            f"(hình thức {receptions.FORMS.get(d.form, '').lower()}). Tham dự có đại diện Ủy ban MTTQ Việt "
            "Nam xã, công chức chuyên môn và trưởng các thôn, tổ dân phố có liên quan."
        ),
        paragraph(
            f"Đã tiếp {d.visits} lượt với {d.people} người"
            + (f", trong đó có {d.crowd_cases} đoàn đông người" if d.crowd_cases else "")
            + f"; tiếp nhận {len(d.petitions)} đơn."
        ),
    ]
    if d.content:
        body.append(heading("I. NỘI DUNG CÔNG DÂN TRÌNH BÀY"))
        body += [paragraph(line) for line in d.content.splitlines() if line.strip()]
    if d.petitions:
        body.append(heading("II. CÁC ĐƠN TIẾP NHẬN TẠI BUỔI TIẾP"))
        body += table_flowables(
            ["STT", "Số đơn", "Người gửi", "Nội dung", "Loại"],
            [
                [i, p["number_label"], p["citizen"], p["summary"], PetitionType(p["type"]).label]
                for i, p in enumerate(d.petitions, start=1)
            ],
            [12, 22, 38, 68, 25],
        )
    body.append(heading(f"{'III' if d.petitions else 'II'}. KẾT LUẬN"))
    conclusion = d.conclusion_text or "Chưa ghi nội dung kết luận."
    body += [paragraph(line) for line in conclusion.splitlines() if line.strip()]
    body.append(
        paragraph(
            f"{_in_sentence(h.unit_name, first=True)} thông báo để công dân và các cơ quan, đơn vị "
            "có liên quan biết, "
            "thực hiện."
        )
    )
    doc = OfficialDocument(
        issuer=issuer,
        number=d.conclusion_no or f"      {number_suffix}",
        place=h.place,
        date=issued,
        doc_type="THÔNG BÁO",
        title=f"Kết luận của {role_title} tại buổi tiếp công dân ngày {d.held_on:%d/%m/%Y}",
        body=body,
        recipients=[
            "Công dân có đơn",
            "Ủy ban MTTQ Việt Nam xã",
            "Các công chức có liên quan",
            "Lưu: VT",
        ],
        signature=signature,
    )
    return build_pdf(doc, Path(out), **layout_callbacks(progress, "Đang ghi thông báo kết luận…"))


def export_period_report_pdf(
    ctx: AppContext,
    out: Path,
    date_from: dt.date,
    date_to: dt.date,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> Path:
    """Báo cáo kết quả tiếp công dân, xử lý đơn thư for a period, with its tables."""
    today = today or dt.date.today()
    h = unit_header(ctx)
    pf = early_warning.period_figures(ctx, date_from, date_to, today)
    as_of = pf.as_of or date_to
    period = f"từ ngày {date_from:%d/%m/%Y} đến ngày {date_to:%d/%m/%Y}"
    sessions = sum(v[0] for v in pf.sessions_by_role.values())
    totals = {
        k: sum(r[k] for r in pf.results.values())
        for k in ("received", "resolved", "on_time", "late", "pending", "overdue", "crowds")
    }
    rate = early_warning.Rate(totals["on_time"], totals["resolved"]).percent
    body = [
        heading("I. CÔNG TÁC TIẾP CÔNG DÂN"),
        paragraph(
            f"Trong kỳ ({period}), {_in_sentence(h.unit_name)} tổ chức {sessions} buổi tiếp công dân, tiếp "
            f"{sum(v[1] for v in pf.sessions_by_role.values())} lượt, "
            f"{sum(v[2] for v in pf.sessions_by_role.values())} người, "
            f"{sum(v[3] for v in pf.sessions_by_role.values())} đoàn đông người."
        ),
        *table_flowables(
            ["Người chủ trì", "Số buổi", "Lượt tiếp", "Số người", "Đoàn đông người"],
            [
                [receptions.PRESIDER_ROLES.get(role, role), *vals]
                for role, vals in sorted(pf.sessions_by_role.items())
            ]
            + [["Tổng cộng", *[sum(v[i] for v in pf.sessions_by_role.values()) for i in range(4)]]],
            [60, 25, 25, 25, 30],
        ),
        heading("II. TIẾP NHẬN, PHÂN LOẠI ĐƠN"),
        paragraph(
            f"Trong kỳ tiếp nhận {totals['received']} đơn, trong đó {totals['crowds']} đơn đông người."
        ),
        *table_flowables(
            ["Loại đơn", *[c.label for c in Channel], "Tổng"],
            [
                [
                    t.label,
                    *[pf.received.get(t.value, {}).get(c.value, 0) for c in Channel],
                    sum(pf.received.get(t.value, {}).values()),
                ]
                for t in PetitionType
            ],
            [30, 20, 20, 20, 20, 20, 20, 15],
            font_size=10,
        ),
        heading("III. KẾT QUẢ GIẢI QUYẾT"),
        paragraph(
            f"Đã giải quyết {totals['resolved']} đơn, trong đó {totals['on_time']} đơn đúng hạn"
            + (f" (đạt {rate:.1f}%".replace(".", ",") + ")" if rate is not None else "")
            + f"; còn {totals['pending']} đơn đang giải quyết, {totals['overdue']} đơn quá hạn."
        ),
        *table_flowables(
            [
                "Loại đơn",
                "Tiếp nhận",
                "Đã giải quyết",
                "Đúng hạn",
                "Quá hạn khi giải quyết",
                "Đang giải quyết",
                "Đang quá hạn",
                "Tỷ lệ đúng hạn (%)",
            ],
            [
                [
                    t.label,
                    r["received"],
                    r["resolved"],
                    r["on_time"],
                    r["late"],
                    r["pending"],
                    r["overdue"],
                    _pct(early_warning.Rate(r["on_time"], r["resolved"]).percent),
                ]
                for t, r in ((t, pf.results[t.value]) for t in PetitionType)
            ]
            + [
                [
                    "Tổng cộng",
                    totals["received"],
                    totals["resolved"],
                    totals["on_time"],
                    totals["late"],
                    totals["pending"],
                    totals["overdue"],
                    _pct(rate),
                ]
            ],
            [30, 18, 20, 18, 22, 20, 18, 20],
            font_size=10,
        ),
        heading("IV. THỰC HIỆN CAM KẾT SAU ĐỐI THOẠI"),
        paragraph(
            f"Trong kỳ có {pf.commitments.get('made', 0)} cam kết mới, hoàn thành "
            f"{pf.commitments.get('done', 0)} cam kết; hiện còn {pf.commitments.get('open', 0)} cam kết "
            f"đang thực hiện, trong đó {pf.commitments.get('overdue', 0)} cam kết đã quá hạn."
        ),
    ]
    overdue_rows = [
        [
            r.number_label,
            r.received_on,
            r.type_label,
            r.hamlet_name,
            r.summary,
            r.due_on or r.last_due_on,
        ]
        for r in _listed(ctx, pf.overdue_ids, today)
    ]
    if overdue_rows:
        body += [
            heading("V. DANH SÁCH ĐƠN QUÁ HẠN CẦN TẬP TRUNG GIẢI QUYẾT"),
            # A sentence between heading and table: the heading keeps with it, not with the
            # whole table (which would push both to the next page and leave a blank one).
            paragraph(f"Đến ngày {as_of:%d/%m/%Y} có {totals['overdue']} đơn quá hạn, cụ thể:"),
            *table_flowables(
                ["Số đơn", "Ngày nhận", "Loại", "Thôn", "Nội dung", "Hạn"],
                overdue_rows,
                [20, 22, 20, 28, 62, 22],
                font_size=10,
            ),
        ]
    doc = OfficialDocument(
        issuer=state_issuer(ctx),
        number="      /BC-UBND",
        place=h.place,
        date=today,
        doc_type="BÁO CÁO",
        title=f"Kết quả công tác tiếp công dân, xử lý đơn thư {period}",
        body=body,
        recipients=[
            "UBND tỉnh (để b/c)",
            "Thanh tra tỉnh (để b/c)",
            "Thường trực Đảng ủy xã (để b/c)",
            "Ủy ban MTTQ Việt Nam xã",
            "Lưu: VT",
        ],
        signature=leader_signature(ctx),
    )
    return build_pdf(doc, Path(out), **layout_callbacks(progress, "Đang ghi báo cáo…"))


DEADLINE_LABELS = {s.value: s.label for s in DeadlineStatus}


def _listed(ctx: AppContext, ids: list[str], today: dt.date) -> list[petitions.PetitionRow]:
    """The overdue cases the period's count counted, in its order (deadline, then number)."""
    if not ids:
        return []
    by_id = {
        r.id: r
        for r in petitions.list_petitions(
            ctx, petitions.PetitionFilter(ids=tuple(ids), today=today), limit=len(ids)
        )
    }
    return [by_id[i] for i in ids if i in by_id]


def _in_sentence(unit_name: str, first: bool = False) -> str:
    """ "Xã Cẩm Xuyên" inside a sentence is written "xã Cẩm Xuyên" (only the proper name capitalised)."""
    if first or not unit_name:
        return unit_name
    return unit_name[0].lower() + unit_name[1:]


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}".replace(".", ",")
