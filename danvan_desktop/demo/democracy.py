"""Dissemination and grassroots democracy in the demo: a year of dissemination (the conference
that disseminated Directive 08-CT/TU and the plan of seed 004 among them, broadcasts, articles,
posts), what the commune made public (one posting coming down within days, one posted too
briefly), three matters the hamlets decided or voted on, and two village charters, one revised
and one not reviewed for more than five years (the early warning shows it)."""

from __future__ import annotations

import datetime as dt
import random

from danvan_desktop.demo.commune import DemoStep
from danvan_desktop.services import units
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.democracy import charters as C
from danvan_desktop.services.democracy import dissemination as E
from danvan_desktop.services.democracy import matters as M
from danvan_desktop.services.democracy import publicity as P

PLAN_08 = (
    "Chỉ thị số 08-CT/TU ngày 18/3/2026 của Ban Thường vụ Tỉnh ủy và Kế hoạch triển khai thực "
    "hiện giai đoạn 2026 - 2030"
)

#: (month, day, kind, title, document, place, (cadres, party, union, people), items)
EVENTS = [
    (
        1,
        14,
        "conference",
        "Hội nghị triển khai nhiệm vụ công tác dân vận năm",
        "",
        "Hội trường UBND xã",
        (32, 45, 20, 0),
        0,
    ),
    (
        2,
        5,
        "loudspeaker",
        "Tuyên truyền Luật Thực hiện dân chủ ở cơ sở trên loa truyền thanh",
        "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15",
        "Đài truyền thanh xã",
        (0, 0, 0, 0),
        12,
    ),
    (
        3,
        20,
        "training",
        "Tập huấn kỹ năng dân vận cho cán bộ thôn",
        "",
        "Nhà văn hóa thôn Trung Hà",
        (18, 12, 25, 0),
        0,
    ),
    (
        4,
        23,
        "conference",
        "Hội nghị quán triệt Chỉ thị số 08-CT/TU và Kế hoạch thực hiện giai đoạn 2026 - 2030",
        PLAN_08,
        "Hội trường UBND xã",
        (35, 120, 46, 30),
        0,
    ),
    (
        5,
        8,
        "website",
        "Chuyên mục “Dân vận khéo” trên trang thông tin điện tử xã",
        PLAN_08,
        "",
        (0, 0, 0, 0),
        6,
    ),
    (6, 12, "article", "Tin bài về mô hình “Chính quyền chủ động” của xã", "", "", (0, 0, 0, 0), 3),
    (
        7,
        3,
        "social",
        "Đăng tải trên trang Zalo của xã về Ngày hội Đại đoàn kết",
        "",
        "",
        (0, 0, 0, 0),
        9,
    ),
    (
        8,
        19,
        "cell_meeting",
        "Sinh hoạt chi bộ chuyên đề quán triệt Chỉ thị số 08-CT/TU",
        PLAN_08,
        "Các chi bộ thôn",
        (0, 210, 0, 0),
        0,
    ),
    (
        9,
        25,
        "poster",
        "Pano, áp phích tuyên truyền phong trào thi đua “Dân vận khéo”",
        "",
        "Các trục đường chính",
        (0, 0, 0, 0),
        8,
    ),
    (
        10,
        15,
        "conference",
        "Hội nghị tuyên truyền Ngày truyền thống công tác dân vận 15/10",
        "",
        "Hội trường UBND xã",
        (40, 60, 80, 120),
        0,
    ),
]


def _day(year: int, month: int, day: int, today: dt.date) -> dt.date | None:
    d = dt.date(year, month, day)
    return d if d <= today else None


def build(ctx: AppContext, rng: random.Random, today: dt.date) -> str:
    year = today.year
    events = 0
    for month, day, kind, title, document, place, people, items in EVENTS:
        on = _day(year, month, day, today)
        if on is None:
            continue
        cadres, party, union, citizens = people
        E.create_event(
            ctx,
            E.EventInput(
                kind, on, title, "", document, place, cadres, party, union, citizens, items
            ),
            today,
        )
        events += 1
    soon_from = today - dt.timedelta(days=27)
    for content, category, form, start, until, place in (
        (
            "Dự toán ngân sách xã năm " + str(year),
            "budget",
            "posting_office",
            dt.date(year, 1, 8),
            dt.date(year, 2, 20),
            "Bảng tin trụ sở UBND xã",
        ),
        (
            "Kế hoạch sử dụng đất năm " + str(year),
            "land_use",
            "posting_office",
            soon_from,
            today + dt.timedelta(days=4),
            "Bảng tin trụ sở UBND xã",
        ),
        (
            "Các khoản đóng góp xây dựng nhà văn hóa thôn",
            "contributions",
            "posting_hamlet",
            today - dt.timedelta(days=40),
            today - dt.timedelta(days=26),
            "Nhà văn hóa thôn Hạ Bắc",
        ),
        (
            "Thủ tục hành chính thuộc thẩm quyền của UBND xã",
            "admin_procedures",
            "website",
            dt.date(year, 1, 2),
            None,
            "Trang thông tin điện tử xã",
        ),
        (
            "Kết quả giải quyết khiếu nại về đất đai quý II",
            "inspection_results",
            "loudspeaker",
            dt.date(year, 7, 10),
            dt.date(year, 7, 10),
            "Đài truyền thanh xã",
        ),
    ):
        if start <= today:
            P.create_item(
                ctx, P.PublicityInput(content, category, form, start, until, place), today
            )
    hamlets = units.hamlets(ctx)
    decided = 0
    for i, (matter, kind, form, month, total, attending, yes, no, follow) in enumerate(
        (
            (
                "Mức đóng góp làm đường bê tông liên thôn",
                "decide",
                "meeting",
                3,
                186,
                160,
                121,
                30,
                "Thôn thu đóng góp theo danh sách, khởi công tháng 5",
            ),
            (
                "Chủ trương xây dựng nhà văn hóa thôn mới",
                "vote",
                "ballot",
                6,
                142,
                131,
                68,
                55,
                "Chưa đủ trên 50% số hộ tán thành: thôn tổ chức lấy ý kiến lại sau khi điều chỉnh "
                "phương án",
            ),
            (
                "Bầu Trưởng thôn nhiệm kỳ mới",
                "decide",
                "meeting",
                9,
                210,
                188,
                170,
                12,
                "UBND xã ra quyết định công nhận Trưởng thôn",
            ),
        )
    ):
        on = _day(year, month, 10 + i, today)
        if on is None or not hamlets:
            continue
        M.create_matter(
            ctx,
            M.MatterInput(
                matter,
                on,
                hamlets[i % len(hamlets)].code,
                "",
                kind,
                form,
                total,
                attending,
                yes,
                no,
                follow,
            ),
            today,
        )
        decided += 1
    charters = 0
    if len(hamlets) >= 2:
        revised = C.create_charter(
            ctx,
            C.CharterInput(
                f"Hương ước {hamlets[0].full_name}",
                dt.date(2019, 6, 15),
                hamlets[0].code,
                decision_no="128/QĐ-UBND",
                decision_on=dt.date(2019, 7, 2),
            ),
            today,
        )
        C.add_revision(
            ctx,
            revised,
            C.RevisionInput(
                dt.date(2024, 9, 10),
                "Bổ sung quy định về phân loại rác tại nguồn và giữ gìn vệ sinh môi trường",
                "215/QĐ-UBND",
                dt.date(2024, 9, 25),
            ),
            today,
        )
        C.create_charter(
            ctx,
            C.CharterInput(
                f"Quy ước {hamlets[1].full_name}",
                dt.date(2018, 11, 20),
                hamlets[1].code,
                kind="quy_uoc",
                decision_no="301/QĐ-UBND",
                decision_on=dt.date(2018, 12, 5),
            ),
            today,
        )
        charters = 2
    return (
        f"Tuyên truyền, dân chủ cơ sở: {events} hoạt động tuyên truyền, {decided} nội dung Nhân "
        f"dân bàn và quyết định, {charters} hương ước, quy ước."
    )


STEP = DemoStep("democracy", 45, build)
