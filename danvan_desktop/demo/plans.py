"""Plans in the demo: two documents from the province as its reference bundle leaves them at the
commune (the plan implementing Directive 08-CT/TU, seed 004, "hoàn thành trong tháng 5/2026", and
a plan for government mass-mobilisation work in 2026 after seed 002) and one the commune noted
from paper; the commune's plans answering them (the one for seed 004 issued late), items in every
state, progress notes and an evidence file; a draft plan for next year; the steering committee
with one change of member; funding for 2025 and 2026.

The documents from above are dated as the seeds date them; the items' deadlines are set around
`today`, so every status (done, in progress, not started, overdue, due within days) shows
whenever the demo is built. Nothing recorded is dated after `today`."""

from __future__ import annotations

import datetime as dt
import random
import tempfile
import uuid
from pathlib import Path

from sqlalchemy import select

from danvan_desktop.demo.commune import DemoStep
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.plans import committee as bcd
from danvan_desktop.services.plans import directives as dirs
from danvan_desktop.services.plans import plans as svc
from danvan_desktop.services.plans.common import money
from danvan_desktop.store.dvk_models import DvkModel
from danvan_desktop.store.plans import PlanDirective
from danvan_desktop.store.units import Unit

D = dt.date


def province_documents(province: str) -> tuple[PlanDirective, PlanDirective]:
    """The province's two documents, unsaved. Their ids are derived from the province and the
    document's number, so every demo commune and the demo province (`danvan demo --province`)
    hold the same records, as a real reference bundle would leave them: the province recomputes
    the communes' plan figures from its own copy."""

    def doc(number: str, **values: object) -> PlanDirective:
        row = PlanDirective(
            id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"danvan-demo:{province}:{number}")),
            unit_code=province,
            number=number,
            **values,
        )
        row.search_text = row.title.lower()
        return row

    seed_004 = doc(
        "45-KH/ĐU",
        issued_on=D(2026, 5, 5),
        issuer="Ban Thường vụ Đảng ủy UBND tỉnh",
        title="Kế hoạch triển khai thực hiện Chỉ thị số 08-CT/TU ngày 18/3/2026 của Ban "
        "Thường vụ Tỉnh ủy về nâng cao hiệu quả Phong trào thi đua “Dân vận khéo” giai đoạn "
        "2026 - 2030",
        plan_due_on=D(2026, 5, 31),  # "hoàn thành trong tháng 5/2026"
        note="Các đơn vị xây dựng kế hoạch thực hiện hoàn thành trong tháng 5/2026.",
    )
    gov = doc(
        "28/KH-UBND",
        issued_on=D(2026, 1, 20),
        issuer="UBND tỉnh",
        title="Kế hoạch thực hiện công tác dân vận chính quyền năm 2026",
        plan_due_on=D(2026, 2, 28),
        report_due_on=D(2026, 11, 29),
        note="100% cơ quan, đơn vị xây dựng kế hoạch; báo cáo kết quả trước ngày 29/11/2026.",
    )
    return seed_004, gov


def _province_documents(ctx: AppContext) -> tuple[str, str]:
    with ctx.session() as s:
        province = s.scalar(select(Unit.parent_code).where(Unit.code == ctx.unit_code)) or "42"
        rows = province_documents(province)
        s.add_all(rows)
        s.flush()
        return rows[0].id, rows[1].id


def _items(
    ctx: AppContext, plan_id: str, rows: list[tuple], today: dt.date, files: Path
) -> list[str]:
    """rows: (content, responsible, due, done or None, [(progress day, note, percent)])."""
    ids = []
    for content, who, due, done, notes in rows:
        iid = svc.add_item(ctx, plan_id, svc.ItemInput(content, who, due), today)
        for on, note, pct in notes:
            svc.add_progress(ctx, iid, min(on, today), note, pct, today)
        if done is not None:
            svc.mark_done(ctx, iid, min(done, today), today)
            proof = files / f"bien-ban-{len(ids) + 1}.txt"
            proof.write_text(f"Biên bản: {content}\n", encoding="utf-8")
            svc.attach_evidence(ctx, iid, proof, "Biên bản, hình ảnh")
        ids.append(iid)
    return ids


def _plans(ctx: AppContext, today: dt.date, seed_004: str, gov: str, files: Path) -> int:
    y, t = today.year, today

    def day(n: int) -> dt.date:
        return t + dt.timedelta(days=n)

    def issue(number: str, on: dt.date, issuer: str, title: str, directive: str | None) -> str:
        data = svc.PlanInput(title, on.year, issuer, number, min(on, t), True, directive)
        return svc.save_plan(ctx, data, today=t)

    a = issue(
        "05/KH-UBND",
        D(2026, 2, 10),
        "UBND xã",
        "Kế hoạch thực hiện công tác dân vận chính quyền năm 2026",
        gov,
    )
    _items(
        ctx,
        a,
        [
            ("Quán triệt Kế hoạch đến cán bộ, công chức", "Văn phòng HĐND - UBND xã",
             D(2026, 3, 15), D(2026, 3, 10), []),
            ("Rà soát, công khai thủ tục hành chính tại Bộ phận một cửa", "Công chức Tư pháp",
             D(2026, 6, 30), D(2026, 6, 25), [(D(2026, 5, 20), "Đã rà soát 42 thủ tục", 60)]),
            ("Tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân", "Chủ tịch UBND xã",
             day(-20), None, [(day(-45), "Đã dự kiến nội dung, chờ lịch của Mặt trận", 20)]),
            ("Báo cáo kết quả công tác dân vận chính quyền năm gửi UBND tỉnh", "Văn phòng HĐND - "
             "UBND xã", day(5), None, []),
        ],
        t,
        files,
    )  # fmt: skip
    b = issue(
        "18-KH/ĐU",
        D(2026, 6, 3),  # after the 31/5 deadline: "Ban hành chậm"
        "Đảng ủy xã",
        "Kế hoạch thực hiện Chỉ thị số 08-CT/TU về nâng cao hiệu quả Phong trào thi đua “Dân "
        "vận khéo” giai đoạn 2026 - 2030",
        seed_004,
    )
    _items(
        ctx,
        b,
        [
            ("Quán triệt Chỉ thị số 08-CT/TU đến cán bộ, đảng viên", "Ban Xây dựng Đảng",
             D(2026, 6, 30), D(2026, 6, 20), []),
            ("Xây dựng mô hình “Chính quyền chủ động”", "UBND xã", day(40), None,
             [(day(-60), "Đã khảo sát 3 thôn, chọn thôn Trung Hà làm điểm", 30),
              (day(-10), "Đã lập tổ công tác, xây dựng quy chế phối hợp", 50)]),
            ("Xây dựng tiêu chí, thang điểm đánh giá phong trào theo Hướng dẫn 28-HD/BTGDVTU",
             "Ban Chỉ đạo phong trào xã", day(-12), day(-4), []),
            ("Tuyên truyền Chỉ thị trên trang thông tin điện tử và hệ thống loa truyền thanh",
             "Đài truyền thanh xã", day(25), None, []),
        ],
        t,
        files,
    )  # fmt: skip
    paper = dirs.save_directive(
        ctx,
        dirs.DirectiveInput(
            "15-HD/BTGDVTU",
            D(2026, 9, 5),
            "Ban Tuyên giáo và Dân vận Tỉnh ủy",
            "Hướng dẫn tổ chức các hoạt động kỷ niệm Ngày truyền thống công tác dân vận 15/10",
            D(2026, 9, 30),
            note="Văn bản giấy nhận qua bưu điện",
            received_on=D(2026, 9, 9),
        ),
        today=t,
    )
    c = issue(
        "25/KH-UBND",
        D(2026, 9, 25),
        "UBND xã",
        "Kế hoạch tổ chức kỷ niệm Ngày truyền thống công tác dân vận 15/10/2026",
        paper,
    )
    _items(
        ctx,
        c,
        [
            ("Gặp mặt cán bộ làm công tác dân vận qua các thời kỳ", "Ban Tuyên giáo và Dân vận",
             D(2026, 10, 15), D(2026, 10, 15), []),
            ("Biểu dương mô hình, điển hình “Dân vận khéo” tiêu biểu", "Ban Chỉ đạo phong trào xã",
             D(2026, 10, 15), D(2026, 10, 14), []),
        ],
        t,
        files,
    )  # fmt: skip
    draft = svc.save_plan(
        ctx,
        svc.PlanInput(f"Kế hoạch thực hiện phong trào thi đua “Dân vận khéo” năm {y + 1}", y + 1),
        today=t,
    )
    svc.add_item(ctx, draft, svc.ItemInput("Đăng ký mô hình năm mới", "Các thôn", D(y + 1, 3, 31)))
    return 4


def _committee(ctx: AppContext, today: dt.date) -> None:
    founded = D(2025, 2, 15)
    cid = bcd.save_committee(
        ctx,
        bcd.CommitteeInput("12/QĐ-UBND", founded, "Nguyễn Văn Quản - Chủ tịch UBND xã"),
        today=today,
    )
    people = [
        ("Trần Văn Hùng", "head", "Bí thư Đảng ủy xã"),
        ("Nguyễn Văn Quản", "deputy", "Chủ tịch UBND xã"),
        ("Lê Thị Thu Hà", "standing", "Trưởng ban Xây dựng Đảng, phụ trách công tác dân vận"),
        ("Phạm Văn Tình", "member", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
        ("Hoàng Văn Nam", "member", "Bí thư Đoàn xã"),
        ("Võ Thị Hạnh", "member", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
    ]
    ids = {
        name: bcd.add_member(ctx, cid, bcd.MemberInput(name, role, pos, founded), today)
        for name, role, pos in people
    }
    bcd.replace_member(
        ctx,
        ids["Hoàng Văn Nam"],
        min(D(2026, 4, 1), today),
        "Phan Thị Mai",
        "Bí thư Đoàn xã",
        note="Thay đồng chí Hoàng Văn Nam chuyển công tác",
        today=today,
    )


def _funding(ctx: AppContext, today: dt.date) -> int:
    with ctx.read() as s:
        model = s.scalar(
            select(DvkModel.id)
            .where(DvkModel.unit_code == ctx.unit_code, DvkModel.deleted.is_(False))
            .order_by(DvkModel.created_at)
        )
    lines = [
        bcd.FundingInput(2025, 15_000_000, D(2025, 1, 10), source="Ngân sách xã",
                         decision_ref="Quyết định số 05/QĐ-UBND ngày 10/01/2025"),
        bcd.FundingInput(2026, 20_000_000, D(2026, 1, 12), source="Ngân sách xã",
                         decision_ref="Quyết định số 07/QĐ-UBND ngày 12/01/2026"),
        bcd.FundingInput(2026, 8_000_000, D(2026, 3, 20), "model", model,
                         "" if model else "Mô hình “Chính quyền chủ động”",
                         "Xã hội hóa", "Quyết định số 31/QĐ-UBND ngày 20/3/2026"),
    ]  # fmt: skip
    total = 0
    for f in lines:
        if f.decided_on <= today:
            bcd.save_funding(ctx, f, today=today)
            total += f.amount
    return total


def build(ctx: AppContext, rng: random.Random, today: dt.date) -> str:
    seed_004, gov = _province_documents(ctx)
    with tempfile.TemporaryDirectory() as tmp:
        n = _plans(ctx, today, seed_004, gov, Path(tmp))
    _committee(ctx, today)
    total = _funding(ctx, today)
    return f"Kế hoạch: {n} kế hoạch, Ban Chỉ đạo phong trào, kinh phí {money(total)}"


STEP = DemoStep("plans", 40, build)
