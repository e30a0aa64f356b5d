"""Demo data of the People's Inspection Board and two community supervision boards: two terms
with members across the commune's hamlets (one seat vacant, so the warning shows), a year of
plans, inspections (two plans sent too late), recommendations (some answered late, one overdue),
reports, and two supervised projects (one finished and dissolved). Its `STEP` is found
by danvan_desktop.demo; everything is dated relative to `today`."""

from __future__ import annotations

import datetime as dt
import random

from danvan_desktop.demo.commune import DemoStep
from danvan_desktop.domain import inspection as rules
from danvan_desktop.services import inspection as svc
from danvan_desktop.services import investment_supervision as inv
from danvan_desktop.services import petitions, units
from danvan_desktop.services.context import AppContext

PEOPLE = [
    "Nguyễn Văn Thành",
    "Trần Thị Hoa",
    "Lê Đình Quang",
    "Phạm Thị Lý",
    "Hoàng Văn Thắng",
    "Võ Thị Hạnh",
    "Đặng Văn Lợi",
    "Bùi Thị Nga",
    "Phan Xuân Hòa",
    "Dương Thị Thủy",
    "Hồ Văn Tùng",
    "Ngô Thị Liên",
    "Đỗ Văn Khánh",
    "Lê Thị Mến",
    "Trần Văn Hiếu",
    "Nguyễn Thị Sâm",
    "Phạm Văn Lực",
    "Võ Văn Định",
]
SUBJECTS = [
    ("supervision", "Việc thu, chi và công khai quỹ phòng, chống thiên tai năm {y}"),
    ("supervision", "Việc bình xét, công khai danh sách hộ nghèo, hộ cận nghèo"),
    ("inspection", "Việc cấp giấy chứng nhận quyền sử dụng đất tại thôn Hạ Bắc"),
    ("supervision", "Việc thực hiện quy chế dân chủ tại Trạm Y tế xã"),
    ("verification", "Xác minh đơn kiến nghị của công dân về đoạn đường liên thôn sụt lún"),
    ("supervision", "Việc huy động, sử dụng tiền đóng góp xây dựng nhà văn hóa thôn"),
    ("inspection", "Việc chi trả trợ cấp xã hội cho người cao tuổi"),
    ("verification", "Xác minh đơn phản ánh về trang trại lợn gây ô nhiễm"),
    ("supervision", "Việc giải quyết đơn thư tại bộ phận tiếp công dân của xã"),
    ("supervision", "Việc thu các khoản đóng góp tại Trường Tiểu học"),
]
# One per subject above, in the same order.
RECOMMENDATIONS = [
    "Đề nghị thu hồi khoản chi sai mục đích từ quỹ phòng, chống thiên tai",
    "Đề nghị công khai đầy đủ danh sách hộ nghèo, hộ cận nghèo tại nhà văn hóa thôn",
    "Đề nghị chỉ đạo rà soát, cấp giấy chứng nhận cho các hộ đủ điều kiện",
    "Đề nghị Trạm Y tế niêm yết công khai quy chế dân chủ và các khoản thu",
    "Đề nghị sửa chữa đoạn đường liên thôn bị sụt lún trước mùa mưa bão",
    "Đề nghị công khai quyết toán tiền đóng góp xây dựng nhà văn hóa thôn",
    "Đề nghị chi trả trợ cấp đúng kỳ, đúng đối tượng",
    "Đề nghị xử lý dứt điểm tình trạng ô nhiễm từ trang trại chăn nuôi",
    "Đề nghị bổ sung sổ theo dõi tiếp công dân theo quy định",
    "Đề nghị niêm yết công khai các khoản thu tại trường học",
]


def build(ctx: AppContext, rng: random.Random, today: dt.date) -> str:
    hamlets = units.hamlets(ctx)
    cal = svc.work_calendar(ctx)
    y = today.year
    people = list(PEOPLE)
    rng.shuffle(people)

    # Two terms: the last (ended), and the one in force with a member per hamlet.
    old = svc.create_term(
        ctx,
        svc.TermInput(
            f"Nhiệm kỳ {y - 4}–{y - 2}",
            dt.date(y - 4, 7, 1),
            dt.date(y - 2, 6, 30),
            "15/QĐ-MTTQ",
            dt.date(y - 4, 6, 25),
        ),
    )
    term = svc.create_term(
        ctx,
        svc.TermInput(
            f"Nhiệm kỳ {y - 2}–{y + 3}",
            dt.date(y - 2, 7, 1),
            dt.date(y + 3, 6, 30),
            "21/QĐ-MTTQ",
            dt.date(y - 2, 6, 28),
            "Bầu tại hội nghị nhân dân các thôn, tổ dân phố tháng 6",
        ),
    )
    for i, h in enumerate(hamlets[:8]):
        role = "head" if i == 0 else "deputy" if i == 1 else "member"
        svc.add_member(
            ctx,
            old,
            svc.MemberInput(
                people[(i + 9) % len(people)],
                h.code,
                role,
                dt.date(y - 4, 6, 20),
                occupation="Hưu trí" if i % 2 else "Nông dân",
            ),
        )
    members = []
    for i, h in enumerate(hamlets):
        role = "head" if i == 0 else "deputy" if i in (1, 2) else "member"
        members.append(
            svc.add_member(
                ctx,
                term,
                svc.MemberInput(
                    people[i % len(people)],
                    h.code,
                    role,
                    dt.date(y - 2, 6, 20),
                    occupation=["Hưu trí", "Giáo viên nghỉ hưu", "Nông dân", "Cựu chiến binh"][
                        i % 4
                    ],
                ),
            )
        )
    # One member moved away last year and was replaced; another left recently: a seat to refill.
    moved = today - dt.timedelta(days=420)
    svc.member_leaves(ctx, members[-4], moved, "Chuyển nơi cư trú", today=today)
    svc.add_member(
        ctx,
        term,
        svc.MemberInput(
            people[-1],
            hamlets[-4].code,
            "member",
            moved + dt.timedelta(days=40),
            occupation="Nông dân",
            replaces_id=members[-4],
        ),
    )
    svc.member_leaves(
        ctx, members[-2], today - dt.timedelta(days=75), "Xin thôi vì lý do sức khỏe", today=today
    )

    # Plans: the term, the year, both halves and every quarter begun so far.
    svc.create_plan(
        ctx,
        term,
        svc.PlanInput(
            "term",
            f"Chương trình hoạt động nhiệm kỳ {y - 2}–{y + 3}",
            doc_no="01/CTr-TTND",
            issued_on=dt.date(y - 2, 7, 15),
            purpose="Giám sát việc thực hiện chính sách, pháp luật ở xã.",
            content="Mỗi năm ít nhất 4 cuộc giám sát; xác minh các vụ việc do MTTQ giao.",
            timing="Cả nhiệm kỳ",
        ),
    )
    year_plan = svc.create_plan(
        ctx,
        term,
        svc.PlanInput(
            "year",
            f"Kế hoạch hoạt động năm {y}",
            y,
            doc_no="01/KH-TTND",
            issued_on=dt.date(y, 1, 8),
            purpose="Phát huy quyền làm chủ của nhân dân; phòng ngừa sai phạm ở cơ sở.",
            content="Giám sát thu chi ngân sách, chính sách xã hội, đất đai; xác minh đơn thư được giao.",
            timing="Quý I đến quý IV",
            budget_vnd=12_000_000,
        ),
    )
    plans = {}
    for q in (1, 2, 3, 4):
        quarter = rules.period("quarter", y, q)
        start = quarter.start
        if start > today:
            break
        plans[q] = svc.create_plan(
            ctx,
            term,
            svc.PlanInput(
                "quarter",
                f"Kế hoạch giám sát {quarter.label[:1].lower()}{quarter.label[1:]}",
                y,
                q,
                doc_no=f"{q + 1:02d}/KH-TTND",
                issued_on=start + dt.timedelta(days=6),
                purpose="Giám sát theo kế hoạch năm",
                content="Theo danh mục các cuộc giám sát của quý",
                timing=quarter.label,
                budget_vnd=3_000_000,
            ),
        )
    svc.create_plan(
        ctx,
        term,
        svc.PlanInput(
            "half",
            f"Kế hoạch 6 tháng đầu năm {y}",
            y,
            1,
            issued_on=dt.date(y, 1, 10),
            budget_vnd=6_000_000,
        ),
    )

    demo_petitions = petitions.list_petitions(ctx, petitions.PetitionFilter(year=y), limit=4)
    activities: list[tuple[str, dt.date]] = []
    late_notices = 0
    for i, (kind, subject) in enumerate(SUBJECTS):
        start = dt.date(y, 1, 20) + dt.timedelta(days=34 * i + rng.randint(0, 6))
        start = cal.next_working_day(start)
        if start > today - dt.timedelta(days=5):
            break
        latest = rules.latest_notice_day(start, cal)
        sent = latest - dt.timedelta(days=rng.randint(0, 4))
        subject_sent = latest + dt.timedelta(days=2) if i in (2, 6) else sent
        late_notices += i in (2, 6)
        end = start + dt.timedelta(days=rng.randint(1, 3))
        q = (start.month - 1) // 3 + 1
        act = svc.create_activity(
            ctx,
            term,
            svc.ActivityInput(
                kind,
                subject.format(y=y),
                start,
                content="Làm việc với các bộ phận liên quan; kiểm tra hồ sơ, sổ sách; gặp gỡ người dân.",
                ends_on=end,
                plan_id=plans.get(q, year_plan),
                sent_mttq_on=sent,
                sent_chairman_on=sent,
                sent_subject_on=subject_sent,
                findings="Cơ bản thực hiện đúng quy định; còn một số thiếu sót trong công khai."
                if i % 3
                else "Phát hiện một số khoản chi chưa đúng mục đích, chứng từ chưa đầy đủ.",
                conclusion="Đề nghị khắc phục các thiếu sót đã nêu.",
                minutes_on=end,
                minutes_confirmed_on=end + dt.timedelta(days=2) if i != 4 else None,
                minutes_confirmed_by="Nguyễn Văn Tư – Chủ tịch Ủy ban MTTQ xã" if i != 4 else "",
            ),
        )
        activities.append((act, end))
        if kind == "verification":
            for p in demo_petitions[:2] if demo_petitions else []:
                svc.link_petition(
                    ctx,
                    act,
                    p.id,
                    f"{p.number_label} – {p.summary[:60]}",
                    "Nội dung phản ánh đúng một phần",
                )
            if not demo_petitions:
                svc.link_petition(
                    ctx, act, None, f"Đơn của công dân thôn {hamlets[i % len(hamlets)].name}"
                )

    # Recommendations: most answered within 15 days, some late, one overdue, one still waiting.
    answered_late = overdue = 0
    for i, (act, end) in enumerate(activities[: len(RECOMMENDATIONS)]):
        sent = end + dt.timedelta(days=rng.randint(2, 6))
        if sent + dt.timedelta(days=1) > today:  # received the day after: never in the future
            continue
        rec = svc.create_recommendation(
            ctx,
            term,
            svc.RecommendationInput(
                svc.DEFAULT_ADDRESSEE,
                RECOMMENDATIONS[i],
                sent,
                sent + dt.timedelta(days=1),
                f"{i + 1:02d}/KN-TTND",
                act,
            ),
            today=today,
        )
        due = svc.get_recommendation(ctx, rec, today).due_on
        if i in (1, 5):
            answer = due + dt.timedelta(days=rng.randint(6, 20))  # answered late
        elif i == len(activities) - 2:
            answer = None  # left unanswered: overdue by now
        else:
            answer = sent + dt.timedelta(days=rng.randint(5, 13))
        if answer is not None and answer > today:
            answer = None
        if answer is None:
            overdue += due < today
            continue
        answered_late += answer > due
        svc.record_answer(
            ctx,
            rec,
            answer,
            f"{rng.randint(100, 400)}/UBND-VP",
            "UBND xã tiếp thu, chỉ đạo các bộ phận khắc phục.",
            today=today,
        )
        done = answer + dt.timedelta(days=30)
        if done <= today:
            svc.record_follow_up(
                ctx,
                rec,
                "done" if i % 4 else "in_progress",
                done,
                "Ban đã kiểm tra việc thực hiện kiến nghị.",
                today=today,
            )
    # A recommendation from the old term, answered on time.
    old_rec = svc.create_recommendation(
        ctx,
        old,
        svc.RecommendationInput(
            svc.DEFAULT_ADDRESSEE,
            "Đề nghị công khai kết quả bình xét hộ nghèo",
            dt.date(y - 3, 10, 5),
            doc_no="09/KN-TTND",
        ),
        today=today,
    )
    svc.record_answer(
        ctx,
        old_rec,
        dt.date(y - 3, 10, 16),
        "312/UBND-VP",
        "Đã niêm yết kết quả bình xét.",
        today=today,
    )

    # Reports for the quarters finished so far, sent to MTTQ.
    reports = 0
    for q in (1, 2, 3, 4):
        p = rules.period("quarter", y, q)
        if p.end >= today:
            break
        rep = svc.create_report(
            ctx,
            svc.ReportInput(
                "quarter",
                y,
                q,
                report_date=p.end + dt.timedelta(days=5),
                doc_no=f"{q + 10:02d}/BC-TTND",
            ),
            today=today,
        )
        svc.mark_report_sent(ctx, rep, p.end + dt.timedelta(days=6), today=today)
        reports += 1

    projects = _projects(ctx, rng, today, hamlets)
    return (
        f"Ban Thanh tra nhân dân: 2 nhiệm kỳ, {len(members)} thành viên nhiệm kỳ này, "
        f"{len(activities)} cuộc giám sát, "
        f"kiểm tra ({late_notices} gửi kế hoạch chậm), kiến nghị trả lời chậm {answered_late}, quá "
        f"hạn {overdue}, "
        f"{reports} báo cáo quý; {projects} công trình có Ban Giám sát đầu tư của cộng đồng."
    )


def _lower_first(name: str) -> str:
    return name[:1].lower() + name[1:]


def _projects(ctx: AppContext, rng: random.Random, today: dt.date, hamlets: list) -> int:
    y = today.year
    road_start = dt.date(y - 1, 9, 1)
    road = inv.create_project(
        ctx,
        inv.ProjectInput(
            f"Đường giao thông {_lower_first(hamlets[1].full_name)} (1,2 km)",
            "UBND xã Cẩm Xuyên",
            "Ngân sách tỉnh hỗ trợ, ngân sách xã và nhân dân đóng góp",
            hamlets[1].full_name,
            hamlets[1].code,
            road_start,
            dt.date(y, 4, 30),
            3_450_000_000,
            "08/QĐ-MTTQ",
            road_start - dt.timedelta(days=10),
        ),
    )
    hall_start = dt.date(y, 5, 10)
    hall = inv.create_project(
        ctx,
        inv.ProjectInput(
            f"Nhà văn hóa {_lower_first(hamlets[2].full_name)}",
            "UBND xã Cẩm Xuyên",
            "Ngân sách xã, xã hội hóa",
            hamlets[2].full_name,
            hamlets[2].code,
            hall_start,
            dt.date(y + 1, 1, 31),
            1_280_000_000,
            "14/QĐ-MTTQ",
            hall_start - dt.timedelta(days=7),
        ),
    )
    for project, start, h in ((road, road_start, hamlets[1]), (hall, hall_start, hamlets[2])):
        joined = start - dt.timedelta(days=10)
        for name, side, role in (
            ("Nguyễn Văn Tư", "mttq", "head"),
            (PEOPLE[3], "bttnd", "deputy"),
            (PEOPLE[12], "resident", "member"),
            (PEOPLE[13], "resident", "member"),
            (PEOPLE[14], "resident", "member"),
            (PEOPLE[15], "resident", "member"),
        ):
            inv.add_supervisor(ctx, project, inv.SupervisorInput(name, side, role, h.code, joined))
    # The road: supervised through the works, one violation handled by recovery and reduction.
    s1 = inv.save_supervision(
        ctx,
        road,
        inv.SupervisionInput(
            road_start + dt.timedelta(days=20),
            "Giám sát chất lượng vật liệu đầu vào",
            "Đá dăm đúng chủng loại",
            "BB-01",
        ),
        today=today,
    )
    s2 = inv.save_supervision(
        ctx,
        road,
        inv.SupervisionInput(
            dt.date(y, 1, 12),
            "Giám sát thi công mặt đường bê tông",
            "Một đoạn 150 m mặt đường mỏng hơn thiết kế",
            "BB-02",
        ),
        today=today,
    )
    inv.save_supervision(
        ctx,
        road,
        inv.SupervisionInput(
            dt.date(y, 4, 25),
            "Giám sát nghiệm thu",
            "Đã khắc phục; đủ điều kiện nghiệm thu",
            "BB-03",
        ),
        today=today,
    )
    inv.save_violation(
        ctx,
        road,
        inv.ViolationInput(
            dt.date(y, 1, 12),
            "Mặt đường đoạn Km0+300–Km0+450 mỏng hơn thiết kế 2 cm",
            62_000_000,
            s2,
            dt.date(y, 3, 20),
            "Nhà thầu làm lại một phần; giảm trừ khối lượng khi quyết toán",
            recovered_vnd=8_500_000,
            reduced_vnd=53_500_000,
        ),
        today=today,
    )
    inv.save_violation(
        ctx,
        road,
        inv.ViolationInput(
            road_start + dt.timedelta(days=20),
            "Biển báo công trình không ghi đủ thông tin",
            0,
            s1,
            road_start + dt.timedelta(days=27),
            "Nhà thầu bổ sung biển báo",
        ),
        today=today,
    )
    inv.save_recommendation(
        ctx,
        road,
        inv.ProjectRecInput(
            dt.date(y, 1, 14),
            "UBND xã (chủ đầu tư)",
            "Đề nghị yêu cầu nhà thầu làm lại đoạn mặt đường không đạt",
            s2,
            dt.date(y, 1, 24),
            "Chủ đầu tư đã yêu cầu nhà thầu khắc phục",
        ),
        today=today,
    )
    inv.dissolve_board(
        ctx,
        road,
        dt.date(y, 6, 15),
        "11/QĐ-MTTQ",
        "Công trình đã nghiệm thu, bàn giao",
        today=today,
    )
    # The cultural house: work in progress.
    if today > hall_start + dt.timedelta(days=30):
        s3 = inv.save_supervision(
            ctx,
            hall,
            inv.SupervisionInput(
                hall_start + dt.timedelta(days=30),
                "Giám sát móng công trình",
                "Thép móng ít hơn bản vẽ",
                "BB-01",
            ),
            today=today,
        )
        inv.save_violation(
            ctx,
            hall,
            inv.ViolationInput(
                hall_start + dt.timedelta(days=30),
                "Thép móng dùng loại nhỏ hơn thiết kế",
                18_000_000,
                s3,
            ),
            today=today,
        )
        inv.save_recommendation(
            ctx,
            hall,
            inv.ProjectRecInput(
                hall_start + dt.timedelta(days=31),
                "UBND xã (chủ đầu tư)",
                "Đề nghị tạm dừng đổ bê tông móng, kiểm tra lại thép",
                s3,
            ),
            today=today,
        )
    if today > hall_start + dt.timedelta(days=90):
        inv.save_supervision(
            ctx,
            hall,
            inv.SupervisionInput(
                hall_start + dt.timedelta(days=90), "Giám sát phần thân", "Đúng thiết kế", "BB-02"
            ),
            today=today,
        )
    return 2


STEP = DemoStep("inspection", 30, build)
