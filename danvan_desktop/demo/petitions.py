"""Demo data of citizen reception, dialogues and petitions: a year of believable sessions, dialogues
with commitments, about 300 petitions in every state (some overdue, a few repeats) and one hot spot
(a pig farm polluting one hamlet, with a crowd). Its `STEP` is found by danvan_desktop.demo."""

from __future__ import annotations

import datetime as dt
import random

from danvan_desktop.demo.commune import DemoStep
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.petitions import Action
from danvan_desktop.services import dialogues, petitions, receptions, units
from danvan_desktop.services.context import AppContext

SURNAMES = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Phan",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
]
MIDDLES = ["Văn", "Thị", "Đình", "Xuân", "Quang", "Thị Thu", "Hữu", "Minh", "Thị Ngọc", "Công"]
GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hà",
    "Hải",
    "Hằng",
    "Hùng",
    "Lan",
    "Long",
    "Mai",
    "Nam",
    "Oanh",
    "Phúc",
    "Quý",
    "Sơn",
    "Tâm",
    "Thảo",
    "Tuấn",
    "Uyên",
    "Vinh",
    "Xuân",
    "Yến",
    "Ánh",
    "Đức",
]
TOPICS = {
    "complaint": [
        (
            "Đất đai",
            "Khiếu nại quyết định thu hồi đất làm đường liên thôn, đề nghị bồi thường đúng giá",
        ),
        (
            "Đất đai",
            "Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất chồng lấn ranh giới với hộ liền kề",
        ),
        ("Chế độ, chính sách", "Khiếu nại việc không được xét hỗ trợ hộ cận nghèo năm nay"),
        ("Xây dựng, trật tự đô thị", "Khiếu nại quyết định xử phạt vi phạm hành chính về xây dựng"),
        ("Chế độ, chính sách", "Khiếu nại việc cắt trợ cấp xã hội hằng tháng của người cao tuổi"),
    ],
    "denunciation": [
        ("Cán bộ, công chức", "Tố cáo cán bộ địa chính gây khó khăn, đòi tiền khi làm hồ sơ đất"),
        (
            "Tài chính, ngân sách",
            "Tố cáo trưởng thôn thu tiền đóng góp xây nhà văn hóa không công khai",
        ),
        ("Đất đai", "Tố cáo hộ gia đình lấn chiếm đất công làm quán"),
    ],
    "recommendation": [
        (
            "Xây dựng, trật tự đô thị",
            "Kiến nghị sửa chữa đoạn đường liên thôn bị sụt lún sau mưa lũ",
        ),
        ("Môi trường", "Kiến nghị bố trí thêm điểm tập kết rác thải sinh hoạt"),
        ("Giáo dục, y tế", "Kiến nghị mở lớp học thêm buổi chiều cho học sinh tiểu học"),
        ("Chế độ, chính sách", "Kiến nghị xem xét hỗ trợ hộ bị thiệt hại do bão"),
        ("An ninh, trật tự", "Kiến nghị lắp đèn chiếu sáng đường quê đoạn qua cánh đồng"),
    ],
    "feedback": [
        ("An ninh, trật tự", "Phản ánh tình trạng thanh niên tụ tập, đua xe ban đêm"),
        ("Môi trường", "Phản ánh kênh mương tưới tiêu bị bồi lấp, ùn tắc"),
        (
            "Xây dựng, trật tự đô thị",
            "Phản ánh công trình xây dựng lấn hành lang an toàn giao thông",
        ),
        ("Đất đai", "Phản ánh việc san lấp đất nông nghiệp trái phép"),
    ],
    "mixed": [
        ("Đất đai", "Khiếu nại việc đo đạc lại thửa đất và tố cáo cán bộ đo đạc sai lệch"),
    ],
}
HOT_TOPIC = (
    "Môi trường",
    "Phản ánh trang trại lợn xả thải gây ô nhiễm nguồn nước, mùi hôi ảnh hưởng đời sống",
)
TYPE_WEIGHTS = [
    ("complaint", 30),
    ("denunciation", 9),
    ("recommendation", 31),
    ("feedback", 25),
    ("mixed", 5),
]
CHANNELS = [
    ("reception", 35),
    ("post", 30),
    ("transferred", 10),
    ("inspection_board", 8),
    ("dialogue", 5),
    ("online", 12),
]


def _pick(rng: random.Random, weighted: list[tuple[str, int]]) -> str:
    return rng.choices([k for k, _ in weighted], [w for _, w in weighted])[0]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVEN)}"


def _id_no(rng: random.Random) -> str:
    return f"042{rng.randint(0, 1)}{rng.randint(40, 99):02d}{rng.randint(0, 999999):06d}"


def _step(
    ctx: AppContext, pid: str, action: Action, on: dt.date, today: dt.date, **kw: str
) -> bool:
    if on > today:
        return False
    try:
        petitions.take_step(ctx, pid, action, on, today=today, **kw)
    except RuleViolation:
        return False
    return True


def _advance(
    ctx: AppContext,
    rng: random.Random,
    pid: str,
    ptype: str,
    received: dt.date,
    today: dt.date,
    slow: bool,
) -> None:
    """Walk a petition along a believable path, as far as the dates allow by `today`.

    About one case in eight is left standing at some step (forgotten on a desk): most of those
    run past their deadline and show up as overdue.
    """
    stall = rng.choice([0, 1, 2, 3]) if rng.random() < 0.13 else 99
    on = received + dt.timedelta(days=rng.randint(0, 2))
    if stall == 0 or not _step(
        ctx, pid, Action.CLASSIFY, on, today, note="Phân loại, đề xuất xử lý"
    ):
        return
    roll = rng.random()
    if roll < 0.25 and ptype in ("recommendation", "feedback", "complaint"):
        on += dt.timedelta(days=rng.randint(1, 14 if slow else 6))
        action = rng.choice([Action.GUIDE, Action.TRANSFER, Action.FILE_AWAY])
        extra = (
            {"transferred_to": "Phòng Kinh tế, Hạ tầng và Đô thị"}
            if action == Action.TRANSFER
            else {}
        )
        if (
            _step(ctx, pid, action, on, today, note="Đã trả lời, hướng dẫn công dân", **extra)
            and rng.random() < 0.7
        ):
            _step(ctx, pid, Action.CLOSE, on + dt.timedelta(days=rng.randint(1, 10)), today)
        return
    if roll < 0.30:
        _step(
            ctx,
            pid,
            Action.WITHDRAW,
            on + dt.timedelta(days=rng.randint(1, 8)),
            today,
            note="Công dân tự nguyện rút đơn",
        )
        return
    on += dt.timedelta(days=rng.randint(2, 16 if slow else 8))
    if stall == 1 or not _step(ctx, pid, Action.ACCEPT, on, today, note="Quyết định thụ lý"):
        return
    on += dt.timedelta(days=rng.randint(3, 12))
    if stall == 2 or not _step(ctx, pid, Action.VERIFY, on, today, note="Giao tổ xác minh"):
        return
    if ptype == "denunciation" and slow and rng.random() < 0.5:
        _step(
            ctx,
            pid,
            Action.SUSPEND,
            on + dt.timedelta(days=5),
            today,
            reason="Chờ kết quả giám định",
        )
        return
    if ptype in ("complaint", "mixed"):
        on += dt.timedelta(days=rng.randint(3, 10))
        if on > today:
            return
        did = dialogues.create_dialogue(
            ctx,
            dialogues.DialogueInput(
                held_on=on,
                kind="complainant",
                presider="Chủ tịch UBND xã",
                participants="Người khiếu nại, công chức địa chính, trưởng thôn",
                participant_count=rng.randint(4, 9),
                petition_id=pid,
            ),
            [
                dialogues.IssueInput(
                    "Đề nghị xem xét lại nội dung khiếu nại",
                    raised_by="Người khiếu nại",
                    answer="UBND xã tiếp thu, sẽ xác minh thực địa",
                    answered_by="Chủ tịch UBND xã",
                )
            ],
            [
                dialogues.CommitmentInput(
                    "Xác minh thực địa, trả lời bằng văn bản",
                    "Công chức Địa chính xã",
                    on + dt.timedelta(days=10),
                )
            ],
            today=today,
        )
        # Most such commitments are honoured within days; a slow case's may lag behind.
        done_on = on + dt.timedelta(days=rng.randint(4, 25 if slow else 9))
        if done_on <= today and rng.random() < 0.9:
            for c in dialogues.get_dialogue(ctx, did).commitments:
                dialogues.set_commitment_status(
                    ctx, c["id"], "done", done_on, "Đã trả lời bằng văn bản", today=today
                )
    on += dt.timedelta(days=rng.randint(8, 45 if slow else 25))
    if stall == 3 or not _step(
        ctx,
        pid,
        Action.DECIDE,
        on,
        today,
        outcome="Giải quyết theo đúng quy định, công dân đồng tình",
    ):
        return
    on += dt.timedelta(days=rng.randint(1, 5))
    if (
        not _step(ctx, pid, Action.NOTIFY, on, today, note="Gửi văn bản cho công dân")
        or rng.random() < 0.1
    ):
        return
    if rng.random() < 0.3:
        on += dt.timedelta(days=rng.randint(3, 10))
        if not _step(
            ctx, pid, Action.FOLLOW_UP, on, today, note="Theo dõi việc thực hiện quyết định"
        ):
            return
    _step(ctx, pid, Action.CLOSE, on + dt.timedelta(days=rng.randint(3, 20)), today)


def build(ctx: AppContext, rng: random.Random, today: dt.date) -> str:
    hamlets = units.hamlets(ctx)
    start = today - dt.timedelta(days=365)
    # Reception sessions: the chairman every week (a few weeks missed), the Party secretary twice a month.
    session_days: list[tuple[dt.date, str]] = []
    week = start - dt.timedelta(days=start.weekday())
    while week <= today:
        if rng.random() > 0.08:
            session_days.append((week + dt.timedelta(days=rng.choice([0, 2, 3])), "chairman"))
        week += dt.timedelta(days=7)
    month = dt.date(start.year, start.month, 1)
    while month <= today:
        for day in rng.sample([5, 12, 15, 20, 25], 2 if rng.random() > 0.15 else 1):
            session_days.append((month.replace(day=day), "party_secretary"))
        month = (month + dt.timedelta(days=32)).replace(day=1)
    sessions: list[tuple[dt.date, str]] = []
    n_sessions = 0
    for day, role in sorted(session_days):
        if day < start or day > today:
            continue
        people = rng.randint(0, 7)
        crowd = 1 if rng.random() < 0.05 else 0
        sid = receptions.create_session(
            ctx,
            receptions.SessionInput(
                held_on=day,
                presider_role=role,
                presider_name="Lê Văn Hùng" if role == "chairman" else "Nguyễn Thị Hồng",
                place="Trụ sở tiếp công dân xã",
                form="in_person",
                kind="regular" if rng.random() > 0.1 else "ad_hoc",
                visits=people,
                people=people + 8 * crowd,
                crowd_cases=crowd,
                content="Công dân phản ánh, kiến nghị về đất đai, môi trường, chế độ chính sách."
                if people
                else "Không có công dân đến.",
                conclusion_no=(
                    f"{rng.randint(10, 250)}{'/TB-UBND' if role == 'chairman' else '-TB/ĐU'}"
                    if people
                    else ""
                ),
                conclusion_on=day + dt.timedelta(days=1) if people and day < today else None,
                conclusion_text=(
                    "Giao công chức chuyên môn xác minh, trả lời công dân trong thời hạn luật định; "
                    "các nội dung không thuộc thẩm quyền hướng dẫn công dân gửi đến cơ quan có thẩm quyền."
                )
                if people
                else "",
            ),
            today=today,
        )
        if people:  # petitions are received only where someone came
            sessions.append((day, sid))
        n_sessions += 1

    # Petitions across the year; the hot spot crowds into the last 90 days.
    hot = hamlets[3 % len(hamlets)] if hamlets else None
    created: list[tuple[str, str, dt.date]] = []
    people_seen: list[petitions.PetitionInput] = []
    repeats = 0
    for i in range(300):
        hot_case = hot is not None and i % 15 == 0
        received = today - dt.timedelta(
            days=rng.randint(0, 85) if hot_case else rng.randint(0, 360)
        )
        ptype = "feedback" if hot_case else _pick(rng, TYPE_WEIGHTS)
        field, summary = HOT_TOPIC if hot_case else rng.choice(TOPICS[ptype])
        channel = _pick(rng, CHANNELS)
        hamlet = hot if hot_case else rng.choice(hamlets)
        session_id = None
        if channel == "reception" and sessions:
            before = [(d, s) for d, s in sessions if d <= received]
            if before:
                received, session_id = before[-1]
        data = petitions.PetitionInput(
            received_on=received,
            channel=channel,
            type=ptype,
            summary=summary,
            field=field,
            hamlet_code=hamlet.code,
            citizen_name=_person(rng),
            citizen_id_no=_id_no(rng),
            citizen_address=f"{hamlet.full_name}, xã Cẩm Xuyên",
            citizen_phone=f"09{rng.randint(10000000, 99999999)}",
            people_count=1,
            is_crowd=hot_case and i % 45 == 0,
            complexity="complex" if rng.random() < 0.1 else "normal",
            remote_area=False,
            complaint_round=2 if ptype == "complaint" and rng.random() < 0.1 else 1,
            handler=rng.choice(["Trần Thị Lan", "Đặng Đình Khải", "Phan Văn Tuấn"]),
            from_agency="UBND tỉnh Hà Tĩnh" if channel == "transferred" else "",
            reception_session_id=session_id,
        )
        if data.is_crowd:
            data.people_count = rng.randint(8, 25)
        duplicate_of = None
        if people_seen and i % 40 == 7:
            # A citizen sends the same petition again: the officer links it at entry.
            earlier = rng.choice(people_seen)
            data.citizen_name, data.citizen_id_no = earlier.citizen_name, earlier.citizen_id_no
            data.citizen_address, data.summary, data.type = (
                earlier.citizen_address,
                earlier.summary,
                earlier.type,
            )
            data.field, data.hamlet_code = earlier.field, earlier.hamlet_code
            data.received_on = max(data.received_on, earlier.received_on)
            data.reception_session_id = None if data.received_on != received else session_id
            hits = petitions.find_duplicates(ctx, data)
            duplicate_of = hits[0].id if hits else None
            repeats += duplicate_of is not None
        pid = petitions.register_petition(ctx, data, duplicate_of=duplicate_of, today=today)
        people_seen.append(data)
        created.append((pid, data.type, data.received_on))
    for n, (pid, ptype, received) in enumerate(sorted(created, key=lambda c: c[2])):
        _advance(ctx, rng, pid, ptype, received, today, slow=n % 6 == 0)

    # Dialogues with the people (the yearly conference) and with workers, with commitments.
    n_commitments = 0
    for when, kind, title in (
        (
            today - dt.timedelta(days=300),
            "people",
            "Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân năm nay",
        ),
        (
            today - dt.timedelta(days=120),
            "people",
            "Đối thoại với Nhân dân về giải phóng mặt bằng đường liên xã",
        ),
        (
            today - dt.timedelta(days=60),
            "workers",
            "Đối thoại với người lao động các cơ sở sản xuất trên địa bàn",
        ),
    ):
        did = dialogues.create_dialogue(
            ctx,
            dialogues.DialogueInput(
                held_on=when,
                kind=kind,
                title=title,
                place="Hội trường UBND xã",
                presider="Lê Văn Hùng – Chủ tịch UBND xã; Ủy ban MTTQ xã phối hợp",
                participants="Đại diện cấp ủy, HĐND, UBND, MTTQ xã; trưởng thôn; nhân dân",
                participant_count=rng.randint(60, 150),
            ),
            [
                dialogues.IssueInput(
                    "Đường liên thôn xuống cấp, đề nghị sớm sửa chữa",
                    "Ông Nguyễn Văn Bình",
                    "Đưa vào kế hoạch đầu tư công năm tới",
                    "Chủ tịch UBND xã",
                ),
                dialogues.IssueInput(
                    "Ô nhiễm từ trang trại lợn",
                    "Bà Phạm Thị Mai",
                    "Giao kiểm tra, xử lý dứt điểm",
                    "Phó Chủ tịch UBND xã",
                ),
                dialogues.IssueInput(
                    "Chậm chi trả tiền hỗ trợ thiệt hại do bão",
                    "Ông Hồ Quang Sơn",
                    "Chi trả trước ngày 30 tháng sau",
                    "Chủ tịch UBND xã",
                ),
            ],
            [
                dialogues.CommitmentInput(
                    "Khảo sát, lập dự toán sửa chữa đường liên thôn",
                    "Ban Quản lý dự án xã",
                    when + dt.timedelta(days=45),
                ),
                dialogues.CommitmentInput(
                    "Kiểm tra, xử lý trang trại lợn xả thải",
                    "Công chức Địa chính – Môi trường",
                    when + dt.timedelta(days=30),
                ),
                dialogues.CommitmentInput(
                    "Chi trả tiền hỗ trợ thiệt hại do bão",
                    "Văn phòng – Kế toán UBND xã",
                    when + dt.timedelta(days=20),
                ),
            ],
            today=today,
        )
        for c in dialogues.get_dialogue(ctx, did).commitments:
            n_commitments += 1
            note_on = min(when + dt.timedelta(days=rng.randint(5, 15)), today)
            dialogues.add_commitment_note(
                ctx, c["id"], note_on, "Đã triển khai, đang thực hiện", today=today
            )
            if c["due_on"] <= today - dt.timedelta(days=20) and rng.random() < 0.8:
                dialogues.set_commitment_status(
                    ctx,
                    c["id"],
                    "done",
                    min(c["due_on"], today),
                    "Đã hoàn thành, báo cáo tại kỳ họp",
                    today=today,
                )
    return (
        f"Tiếp công dân, đối thoại và đơn thư: {n_sessions} buổi tiếp, {len(created)} đơn "
        f"({repeats} đơn trùng được liên kết), 3 hội nghị đối thoại với {n_commitments} cam kết."
    )


STEP = DemoStep(
    "petitions",
    20,
    build,
    empty={
        "petition_extensions": "gia hạn giải quyết chỉ có khi vụ việc phức tạp được gia hạn "
        "bằng văn bản; dữ liệu mẫu để các hạn chạy theo quy định",
        "calendar_days": "ngày nghỉ bù, làm bù chỉ nhập khi Nhà nước đổi lịch; lịch mặc định "
        "(ngày lễ, Tết) đã có sẵn trong chương trình",
    },
)
