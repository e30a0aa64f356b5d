"""Periodic reports in the demo (issue 11): the 6-month report as the People's Committee's
(state layout, NĐ 30/2020) and the 9-month report as the Party committee's (HD 36), both
written, issued with numbers from the outgoing register and sent up; and the current quarter's
report as a draft started from the previous quarter's narratives."""

from __future__ import annotations

import datetime as dt
import random

from danvan_desktop.demo.commune import DemoStep
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.periodic_reports import periods
from danvan_desktop.services.periodic_reports import reports as R

HALF = {
    "intro": (
        "Sáu tháng đầu năm, tình hình kinh tế - xã hội trên địa bàn xã ổn định; Nhân dân phấn "
        "khởi, tin tưởng vào sự lãnh đạo của Đảng ủy, sự điều hành của Ủy ban nhân dân xã.\n"
        "Ủy ban nhân dân xã ban hành kế hoạch thực hiện phong trào thi đua “Dân vận khéo” năm "
        "nay, phân công cán bộ phụ trách từng thôn, tổ dân phố."
    ),
    "area:petitions": (
        "Đơn quá hạn chủ yếu liên quan đến đất đai, cần phối hợp với cấp trên xác minh nguồn "
        "gốc sử dụng đất."
    ),
    "area:models": "Các mô hình về bảo vệ môi trường, xây dựng nông thôn mới được Nhân dân hưởng ứng.",
    "shortcomings": (
        "Một số thôn chưa quan tâm đúng mức việc xây dựng mô hình; việc trả lời kiến nghị của "
        "Ban Thanh tra nhân dân có lúc còn chậm."
    ),
    "directions": (
        "Tiếp tục nhân rộng các mô hình đã được công nhận; giải quyết dứt điểm các đơn quá hạn; "
        "tổ chức đối thoại với Nhân dân về công tác bồi thường, giải phóng mặt bằng."
    ),
    "proposals": "Đề nghị Ủy ban nhân dân tỉnh hỗ trợ kinh phí duy trì các mô hình tiêu biểu.",
}
NINE = {
    **HALF,
    "intro": (
        "Chín tháng qua, Đảng ủy xã tập trung lãnh đạo thực hiện phong trào thi đua “Dân vận "
        "khéo” gắn với nhiệm vụ chính trị của địa phương; cấp ủy các chi bộ quan tâm chỉ đạo."
    ),
    "proposals": (
        "Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức tập huấn kỹ năng dân vận cho cán bộ "
        "cơ sở."
    ),
}


def _make(ctx: AppContext, kind: str, year: int, layout: str, texts: dict, issued: dt.date) -> str:
    rid = R.create_report(ctx, periods.make_period(kind, year), layout, today=issued)
    R.save_narratives(ctx, rid, texts)
    if layout == "party":
        R.update_header(ctx, rid, {"signer_name": "Trần Văn Bình"})
    number = R.issue(ctx, rid, issued, today=issued)
    R.mark_sent(ctx, rid, issued + dt.timedelta(days=1))
    return number


def build(ctx: AppContext, rng: random.Random, today: dt.date) -> str:
    year = today.year if today >= dt.date(today.year, 10, 9) else today.year - 1
    half = _make(ctx, "half", year, "state", HALF, dt.date(year, 7, 8))
    nine = _make(ctx, "nine_months", year, "party", NINE, dt.date(year, 10, 8))
    draft = ""
    if year == today.year:
        q = (today.month - 1) // 3 + 1
        rid = R.create_report(ctx, periods.make_period("quarter", year, q), "state", today=today)
        draft = f"; dự thảo {R.get_report(ctx, rid).period.label}"
    return (
        f"Báo cáo định kỳ: 6 tháng năm {year} số {half} (UBND), 9 tháng năm {year} số {nine} "
        f"(Đảng ủy), đã ghi sổ văn bản đi và gửi cấp trên{draft}."
    )


STEP = DemoStep("reports", 77, build)
