"""The demo's models and exemplars: ~40 in every state with dated steps, yearly reviews and
evidence, owned by the demo commune's hamlets and organisations (demo.commune)."""

from __future__ import annotations

import datetime as dt
import random
import struct
import tempfile
import zlib
from pathlib import Path

from danvan_desktop.demo.commune import DEMO_PASSWORD, HAMLETS, DemoStep
from danvan_desktop.domain.models import ModelKind, ModelStatus, ReviewResult, Transition
from danvan_desktop.services import models, units
from danvan_desktop.services.context import AppContext
from danvan_desktop.services.scoring import model_appraisal

MODEL_NAMES = [
    ("economy", "Dân vận khéo trong phát triển kinh tế vườn hộ gắn với nông thôn mới kiểu mẫu"),
    ("economy", "Tổ hợp tác trồng rau an toàn theo chuỗi giá trị"),
    ("economy", "Hiến đất mở rộng đường giao thông nông thôn"),
    ("economy", "Liên kết nuôi trồng thủy sản ven sông Gia Hội"),
    ("economy", "Chuyển đổi số trong tiêu thụ nông sản OCOP"),
    ("economy", "Quỹ tín dụng xoay vòng giúp hội viên phụ nữ thoát nghèo"),
    ("economy", "Vườn mẫu, khu dân cư kiểu mẫu"),
    ("economy", "Dồn điền đổi thửa, tích tụ ruộng đất"),
    ("culture_society", "Ngày Chủ nhật xanh – sạch – đẹp"),
    ("culture_society", "Thắp sáng đường quê"),
    ("culture_society", "Phân loại rác thải tại nguồn"),
    ("culture_society", "Tủ sách cộng đồng và đọc sách cùng con"),
    ("culture_society", "Bữa cơm nghĩa tình cho bệnh nhân nghèo"),
    ("culture_society", "Câu lạc bộ dân ca ví, giặm Nghệ Tĩnh"),
    ("culture_society", "Nhà nhân ái cho hộ khó khăn về nhà ở"),
    ("culture_society", "Đổi rác thải nhựa lấy quà"),
    ("culture_society", "Cổng trường an toàn giao thông"),
    ("culture_society", "Hỗ trợ người cao tuổi cô đơn"),
    ("defence_security", "Camera an ninh – mắt thần khu dân cư"),
    ("defence_security", "Tổ tự quản an ninh trật tự liên gia"),
    ("defence_security", "Khu dân cư không có tội phạm và tệ nạn ma túy"),
    ("defence_security", "Hòa giải viên giỏi ở cơ sở"),
    ("defence_security", "Dân quân tự vệ giúp dân mùa mưa bão"),
    ("defence_security", "Zalo an ninh trật tự thôn xóm"),
    (
        "political_system",
        "Chính quyền chủ động: dự liệu từ sớm, can thiệp từ đầu, giải quyết từ gốc",
    ),
    ("political_system", "Bí thư chi bộ gần dân, sát dân"),
    ("political_system", "Một cửa thân thiện, không hẹn lần hai"),
    ("political_system", "Đảng viên giúp hộ nghèo"),
    ("political_system", "Tiếp công dân định kỳ tại thôn"),
    ("political_system", "Đối thoại trực tiếp với nhân dân cuối tuần"),
]
EXEMPLARS = [
    ("economy", "Nguyễn Thị Hường", "Hộ nông dân sản xuất kinh doanh giỏi"),
    ("culture_society", "Trần Văn Đức", "Trưởng thôn tiên phong hiến đất làm đường"),
    ("defence_security", "Lê Quang Ủy", "Công an viên gần dân, hiểu dân"),
    ("political_system", "Phạm Thị Ánh", "Bí thư chi bộ dân vận khéo"),
    ("culture_society", "Hoàng Văn Ước", "Người cao tuổi làm kinh tế giỏi, giúp người nghèo"),
    ("economy", "Võ Thị Ngọc Ánh", "Nữ doanh nhân tạo việc làm cho lao động địa phương"),
    ("political_system", "Đặng Đình Khải", "Cán bộ một cửa tận tụy"),
    ("defence_security", "Bùi Văn Ấn", "Hòa giải viên tiêu biểu"),
    ("culture_society", "Ngô Thị Ơn", "Giáo viên vận động học sinh đến trường"),
    ("economy", "Đinh Xuân Ưng", "Chủ trang trại liên kết tiêu thụ sản phẩm"),
]
# The path each model has walked by "today", ending in every state of the lifecycle.
PATHS: list[list[Transition]] = [
    [],
    [Transition.REGISTER],
    [Transition.REGISTER, Transition.LAUNCH],
    [Transition.REGISTER, Transition.LAUNCH, Transition.PROPOSE],
    [Transition.REGISTER, Transition.LAUNCH, Transition.PROPOSE, Transition.APPRAISE_PASS],
    [Transition.REGISTER, Transition.LAUNCH, Transition.PROPOSE, Transition.APPRAISE_FAIL],
    [
        Transition.REGISTER,
        Transition.LAUNCH,
        Transition.PROPOSE,
        Transition.APPRAISE_PASS,
        Transition.RECOGNISE,
    ],
    [
        Transition.REGISTER,
        Transition.LAUNCH,
        Transition.PROPOSE,
        Transition.APPRAISE_PASS,
        Transition.RECOGNISE,
        Transition.REPLICATE,
    ],
    [Transition.REGISTER, Transition.LAUNCH, Transition.STOP],
    [
        Transition.REGISTER,
        Transition.LAUNCH,
        Transition.PROPOSE,
        Transition.APPRAISE_PASS,
        Transition.RECOGNISE,
        Transition.WITHDRAW,
    ],
]


def _tiny_png(rgb: tuple[int, int, int]) -> bytes:
    """A 16×16 solid-colour PNG (stdlib only) standing in for a photo of the model."""
    raw = b"".join(b"\x00" + bytes(rgb) * 16 for _ in range(16))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def build(ctx: AppContext, rng: random.Random, today: dt.date) -> str:
    """The model register; its line opens the demo's summary (the commune and its accounts)."""
    owner_units = units.sub_units(ctx)
    hamlet_units = [u for u in owner_units if u.level in ("hamlet", "residential_group")]

    created = 0
    evidence_dir = Path(tempfile.mkdtemp(prefix="danvan-demo-"))
    recognised: list[str] = []
    entries = [(f, n, ModelKind.MODEL, "") for f, n in MODEL_NAMES] + [
        (f, desc, ModelKind.EXEMPLAR, person) for f, person, desc in EXEMPLARS
    ]
    for i, (field_code, name, kind, person) in enumerate(entries):
        owner = hamlet_units[i % len(hamlet_units)] if i % 3 else rng.choice(owner_units)
        year = today.year - (i % 3)
        start = dt.date(year, 1 + i % 10, 1 + i % 27)
        start = min(start, today - dt.timedelta(days=200))
        data = models.ModelInput(
            name=name,
            field_code=field_code,
            year=start.year,
            kind=kind.value,
            owner_unit_code=owner.code,
            owner_kind=owner.level
            if owner.level in ("agency", "party_cell", "mass_org", "school")
            else "hamlet",
            person_name=person,
            situation=(
                f"Trước khi có mô hình, {owner.full_name} còn nhiều khó khăn; cần một cách làm gần dân, "
                "hợp lòng dân, được nhân dân đồng tình và tham gia."
            ),
            goals="Nâng cao đời sống vật chất, tinh thần của nhân dân; phát huy quyền làm chủ của nhân dân.",
            criteria="Có kế hoạch, có kết quả cụ thể, được nhân dân đồng tình, có khả năng nhân rộng.",
            content=(
                "Tuyên truyền, vận động nhân dân tham gia; "
                "phân công cán bộ, đảng viên phụ trách từng hộ."
            ),
            scope=f"Địa bàn {owner.full_name}"
            if owner.level in ("hamlet", "residential_group")
            else "Toàn xã",
            beneficiaries=f"{rng.randint(40, 400)} hộ dân",
            lead_force=owner.full_name,
            coordinating_forces="Ủy ban MTTQ xã, các đoàn thể",
            participating_forces="Nhân dân trên địa bàn",
            budget_vnd=rng.randint(5, 300) * 1_000_000,
            labour_days=rng.randint(20, 900),
            contributions_vnd=rng.randint(0, 500) * 1_000_000,
            start_date=start,
            milestones="Quý I: khảo sát; quý II–III: triển khai; quý IV: đánh giá",
            evaluation_date=min(start + dt.timedelta(days=330), today),
            outputs="Số hộ tham gia, số mét đường, số hộ thoát nghèo được thống kê hằng quý.",
            sustainability="Có quy chế hoạt động, có nguồn lực duy trì, dễ áp dụng ở thôn khác.",
        )
        model_id = models.create_model(ctx, data)
        created += 1
        path = PATHS[i % len(PATHS)]
        on = start
        for step in path:
            on = min(on + dt.timedelta(days=rng.randint(10, 40)), today)
            if step == Transition.REPLICATE and recognised:
                copy = models.ModelInput(
                    **{
                        **data.__dict__,
                        "name": f"{name} (nhân rộng)",
                        "owner_unit_code": rng.choice(hamlet_units).code,
                        "owner_name": "",
                        "replicated_from_id": None,
                        "start_date": on,
                        "evaluation_date": None,
                        "year": on.year,
                    }
                )
                models.replicate(ctx, model_id, copy, on, today=today)
                created += 1
                continue
            if step == Transition.PROPOSE:  # a proposal needs its evidence (issue 10)
                local = random.Random(i)
                rgb = (local.randint(0, 255), local.randint(0, 255), local.randint(0, 255))
                _attach(ctx, model_id, evidence_dir, i, name, start, rgb)
            if step in (Transition.APPRAISE_PASS, Transition.APPRAISE_FAIL):
                # The council's sheets decide the step (issue 10): the demo's members score.
                passed = step == Transition.APPRAISE_PASS
                appraised = _council(ctx, model_id, passed, random.Random(1000 + i))
                if model_appraisal.appraise_model(ctx, model_id, on, today=today) != appraised:
                    raise AssertionError(f"demo council of {name} decided otherwise")
                continue
            recognise = step == Transition.RECOGNISE
            models.transition(
                ctx,
                model_id,
                step,
                on,
                _note(step),
                recognised_level="commune" if recognise else None,
                decision_no=f"{rng.randint(10, 300)}/QĐ-UBND" if recognise else "",
                decision_on=on if recognise else None,
                today=today,
            )
            if recognise:
                recognised.append(model_id)
        status = models.get_model(ctx, model_id).status
        if status in (ModelStatus.RECOGNISED, ModelStatus.REPLICATED) and on.year < today.year:
            result = ReviewResult.MAINTAINED if i % 4 else ReviewResult.DECLINING
            reviewed_on = max(on, dt.date(on.year, 12, 20))
            models.add_review(
                ctx, model_id, on.year, result, reviewed_on, "Rà soát cuối năm", today=today
            )
        # The evidence of a model never proposed comes last, as it always did; the colour is
        # drawn for every model so the shared random stream (and every later area's figures)
        # stays what it was before proposals needed their evidence first.
        if path:
            rgb = (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255))
            if Transition.PROPOSE not in path:
                _attach(ctx, model_id, evidence_dir, i, name, start, rgb)
    return (
        f"Đã tạo dữ liệu mẫu cho đơn vị {ctx.unit_code}: {len(HAMLETS)} thôn/tổ dân phố, 4 tài "
        f"khoản (mật khẩu: {DEMO_PASSWORD}), {created} mô hình, điển hình."
    )


def _attach(
    ctx: AppContext,
    model_id: str,
    folder: Path,
    i: int,
    name: str,
    start: dt.date,
    rgb: tuple[int, int, int],
) -> None:
    """A photo and the hamlet meeting's minutes: the evidence a proposal for appraisal needs."""
    photo = folder / f"anh-mo-hinh-{i + 1:02d}.png"
    photo.write_bytes(_tiny_png(rgb))
    models.attach_evidence(ctx, model_id, photo, note="Ảnh hoạt động của mô hình")
    minutes = folder / f"bien-ban-{i + 1:02d}.txt"
    minutes.write_text(
        f"BIÊN BẢN HỌP TRIỂN KHAI MÔ HÌNH\n{name}\nNgày {start:%d/%m/%Y}\n", encoding="utf-8"
    )
    models.attach_evidence(ctx, model_id, minutes, note="Biên bản họp thôn")


COUNCIL = [
    ("Lê Văn Hùng", "Chủ tịch UBND xã, Chủ tịch hội đồng"),
    ("Nguyễn Thị Mai", "Trưởng khối Dân vận, Phó Chủ tịch hội đồng"),
    ("Trần Quốc Bảo", "Chủ tịch Ủy ban MTTQ xã, Ủy viên"),
]


def _council(ctx: AppContext, model_id: str, passed: bool, rng: random.Random) -> str:
    """Each member's sheet on the model rubric: around 80 % of every maximum for a model the
    council passes, around 45 % for one it does not; returns the status the result leads to."""
    rubric = model_appraisal.model_rubric(ctx, model_id)
    share = 0.8 if passed else 0.45
    for member, role in COUNCIL:
        scores = {
            c.code: float(
                min(c.max_points, max(0, round(c.max_points * share) + rng.randint(-1, 1)))
            )
            for c in rubric.leaves()
        }
        model_appraisal.set_sheet(ctx, model_id, member, role, scores)
    return (ModelStatus.APPRAISED_PASS if passed else ModelStatus.APPRAISED_FAIL).value


def _note(step: Transition) -> str:
    return {
        Transition.REGISTER: "Đăng ký tại hội nghị thôn",
        Transition.LAUNCH: "Ra mắt mô hình",
        Transition.PROPOSE: "Tờ trình đề nghị thẩm định",
        Transition.APPRAISE_PASS: "Hội đồng thẩm định thống nhất đạt",
        Transition.APPRAISE_FAIL: "Chưa rõ hiệu quả, đề nghị hoàn thiện",
        Transition.RECOGNISE: "Quyết định công nhận của UBND xã",
        Transition.STOP: "Không còn điều kiện duy trì",
        Transition.WITHDRAW: "Thu hồi do không duy trì hoạt động",
    }.get(step, "")


STEP = DemoStep("models", 10, build)
