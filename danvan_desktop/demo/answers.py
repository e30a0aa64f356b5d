"""Answers owed and self-inspection in the demo (demo day 20/11/2026): voters' petitions from
the mid-year session of the commune People's Council (answered on time, one answered late, one
overdue now, one passed down later and due in 3 days), a Fatherland Front supervision with 3
recommendations, and one self-inspection with findings and follow-ups (one overdue)."""

from __future__ import annotations

import datetime as dt
import random

from danvan_desktop.demo.commune import DemoStep
from danvan_desktop.services.answers import owed, selfcheck
from danvan_desktop.services.context import AppContext

SESSION = "Kỳ họp thường lệ giữa năm 2026"
BODY = "HĐND xã"
RECEIVED = dt.date(2026, 7, 20)  # passed down after the session; due 19/08/2026

#: content, field, responsible, answered (days after receipt) or None: still open
VOTERS = [
    (
        "Đề nghị nâng cấp tuyến đường liên thôn Trung Hà – Thượng Nam bị xuống cấp",
        "Giao thông",
        "Công chức Địa chính – Xây dựng",
        12,
    ),
    (
        "Đề nghị sớm chi trả hỗ trợ giống lúa vụ Hè Thu cho các hộ bị thiệt hại",
        "Nông nghiệp",
        "Phòng Kinh tế",
        20,
    ),
    (
        "Đề nghị lắp đặt thêm đèn chiếu sáng tại khu dân cư Tổ dân phố Ấp Tây",
        "Hạ tầng",
        "Công chức Địa chính – Xây dựng",
        30,
    ),  # answered on the due day itself: on time
    (
        "Đề nghị giải quyết tình trạng ô nhiễm mùi từ trang trại lợn thôn Hạ Bắc",
        "Môi trường",
        "Công chức Nông nghiệp – Môi trường",
        41,
    ),  # answered late
    (
        "Đề nghị cấp giấy chứng nhận quyền sử dụng đất cho các hộ thôn Song Lộc",
        "Đất đai",
        "Công chức Địa chính – Xây dựng",
        None,
    ),  # overdue now
]


def build(ctx: AppContext, rng: random.Random, today: dt.date) -> str:
    for content, field, who, after in VOTERS:
        item = owed.save_item(
            ctx, owed.OwedInput(content, RECEIVED, "voters", BODY, SESSION, None, field, who)
        )
        if after is not None:
            owed.record_answer(
                ctx,
                item,
                RECEIVED + dt.timedelta(days=after),
                f"UBND xã đã xem xét và trả lời: {content[9:].rstrip('.')} được đưa vào kế "
                "hoạch thực hiện.",
                f"{100 + after}/UBND-VP",
                "Chủ tịch UBND xã",
                today=today,
            )
    # Passed down later by the Standing Board of the council: still within its 30 days.
    owed.save_item(
        ctx,
        owed.OwedInput(
            "Đề nghị bố trí điểm trông giữ trẻ ngoài giờ tại thôn Đông Xuyên",
            today + dt.timedelta(days=3) - dt.timedelta(days=30),
            "voters",
            "Thường trực HĐND xã",
            SESSION + " (chuyển sau)",
            None,
            "Giáo dục",
            "Công chức Văn hóa – Xã hội",
        ),
    )
    # A long period set for one petition, with its reason (the rule's 30 days overridden).
    owed.save_item(
        ctx,
        owed.OwedInput(
            "Đề nghị quy hoạch lại bãi tập kết rác thải tập trung của xã",
            RECEIVED,
            "voters",
            BODY,
            SESSION,
            None,
            "Môi trường",
            "Công chức Nông nghiệp – Môi trường",
            period_days=150,
            period_reason="Cần khảo sát, lấy ý kiến nhân dân và xin chủ trương của cấp trên",
        ),
    )
    act = owed.save_activity(
        ctx,
        owed.ActivityInput(
            "Giám sát việc thực hiện chính sách hỗ trợ hộ nghèo, hộ cận nghèo năm 2026",
            dt.date(2026, 9, 15),
            "supervision",
            "25/TB-MTTQ",
        ),
    )
    front = [
        ("Rà soát, bổ sung 3 hộ đủ điều kiện nhưng chưa được công nhận hộ cận nghèo", 14),
        ("Công khai danh sách hộ được hỗ trợ tại nhà văn hóa các thôn", 35),
        ("Kiểm tra việc sử dụng vốn vay ưu đãi tại thôn Tây Sơn", None),
    ]
    for content, after in front:
        received = dt.date(2026, 9, 22)
        item = owed.save_item(
            ctx,
            owed.OwedInput(
                content,
                received,
                "front",
                activity_id=act,
                field="Chính sách xã hội",
                responsible="Công chức Văn hóa – Xã hội",
            ),
        )
        if after is not None:
            owed.record_answer(
                ctx,
                item,
                received + dt.timedelta(days=after),
                "Đã tiếp thu và thực hiện.",
                f"{200 + after}/UBND-VX",
                "Phó Chủ tịch UBND xã",
                today=today,
            )
    insp = selfcheck.save_inspection(
        ctx,
        selfcheck.InspectionInput(
            "Tự kiểm tra việc thực hiện phong trào “Dân vận khéo” 6 tháng đầu năm 2026",
            dt.date(2026, 7, 8),
            "15/KH-BCĐ",
            dt.date(2026, 6, 25),
            "Các thôn, tổ dân phố và các mô hình “Dân vận khéo” đã đăng ký năm 2026",
            dt.date(2026, 1, 1),
            dt.date(2026, 6, 30),
            "Đồng chí Phó Bí thư Đảng ủy (trưởng đoàn); Chủ tịch MTTQ xã; công chức Văn phòng",
        ),
    )
    findings = [
        (
            "Hồ sơ 2 mô hình thiếu biên bản đánh giá giữa kỳ",
            "shortcoming",
            "Thôn Trung Hà",
            [("Bổ sung biên bản đánh giá giữa kỳ", dt.date(2026, 8, 15), dt.date(2026, 8, 10))],
        ),
        (
            "Cách làm hay: tổ tự quản vệ sinh môi trường do phụ nữ đảm nhận",
            "good",
            "Tổ dân phố Ấp Tây",
            [("Tổng kết, nhân rộng sang các thôn", dt.date(2026, 10, 31), dt.date(2026, 11, 6))],
        ),
        (
            "Chưa công khai kết quả đăng ký mô hình tại nhà văn hóa",
            "shortcoming",
            "Thôn Yên Lạc",
            [("Niêm yết công khai danh sách mô hình", dt.date(2026, 9, 30), None)],
        ),
    ]
    for content, severity, unit, ups in findings:
        fid = selfcheck.add_finding(ctx, insp, selfcheck.FindingInput(content, severity, unit))
        for action, due_on, done in ups:
            uid = selfcheck.add_followup(
                ctx, fid, selfcheck.FollowUpInput(action, due_on, "Trưởng thôn, tổ trưởng")
            )
            if done is not None:
                selfcheck.mark_done(ctx, uid, done, today)
    rows = owed.list_items(ctx, owed.OwedFilter(), today)
    overdue = sum(1 for r in rows if r.status.value == "overdue")
    return (
        f"Trả lời kiến nghị: {sum(1 for r in rows if r.source == 'voters')} kiến nghị cử tri, "
        f"{sum(1 for r in rows if r.source == 'front')} kiến nghị của MTTQ ({overdue} quá hạn "
        "chưa trả lời); 1 cuộc tự kiểm tra với 3 nội dung phát hiện."
    )


STEP = DemoStep("answers", 45, build)
