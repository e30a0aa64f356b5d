"""Commendations in the demo: the commune's round for the tradition day 15/10 of 2025 with
proposals for a recognised model, a hamlet and two officers, a decision of the commune granting
three of them (the fourth not commended), and the province's 2026 round where the commune's
proposal is submitted and still waits for a decision."""

from __future__ import annotations

import datetime as dt
import random

from danvan_desktop.demo.commune import HAMLETS, DemoStep
from danvan_desktop.services import units
from danvan_desktop.services.commendations import queries, vocab
from danvan_desktop.services.commendations import records as cr
from danvan_desktop.services.context import AppContext

PROPOSED_2025 = dt.date(2025, 9, 25)
DECIDED_2025 = dt.date(2025, 10, 10)


def build(ctx: AppContext, rng: random.Random, today: dt.date) -> str:
    if today < DECIDED_2025:
        return ""  # a demo dated before the round: nothing to show yet
    rule = vocab.load_cycle()
    commune = units.get(ctx, ctx.unit_code)
    commune_name = commune.full_name if commune else ctx.unit_code
    r2025 = cr.save_round(ctx, cr.RoundInput(rule.occasion, 2025, "commune")).id
    recognised = [
        m
        for m in queries.model_choices(ctx, recognised_only=True)
        if m.recognised_on is not None and m.recognised_on <= PROPOSED_2025
    ]
    ids: list[str] = []
    if recognised:
        model = recognised[-1]  # the longest recognised
        ids.append(
            cr.save_proposal(
                ctx,
                cr.ProposalInput(
                    round_id=r2025,
                    subject_kind="model",
                    subject_name="",
                    model_id=model.id,
                    subject_unit=model.owner_name or commune_name,
                    achievements=f"Xây dựng và duy trì hiệu quả mô hình “{model.name}”.",
                    grounds=f"Mô hình được công nhận cấp xã năm {model.recognised_on.year}."
                    if model.recognised_on
                    else "",
                    proposed_on=PROPOSED_2025,
                ),
                today=today,
            ).id
        )
    people = [
        (
            "collective",
            HAMLETS[0],
            "",
            f"{HAMLETS[0]}, {commune_name}",
            "Dẫn đầu phong trào hiến đất mở rộng đường giao thông nông thôn năm 2025.",
        ),
        (
            "individual",
            "Nguyễn Thị Mai",
            "Trưởng khối Dân vận",
            commune_name,
            "Tham mưu tổ chức tốt các hội nghị đối thoại và tiếp công dân tại thôn.",
        ),
        (
            "individual",
            "Trần Văn Đức",
            "Trưởng thôn",
            HAMLETS[1],
            "Tiên phong vận động nhân dân hiến đất làm đường.",
        ),
    ]
    for kind, name, position, unit, achievements in people:
        ids.append(
            cr.save_proposal(
                ctx,
                cr.ProposalInput(
                    round_id=r2025,
                    subject_kind=kind,
                    subject_name=name,
                    position=position,
                    subject_unit=unit,
                    achievements=achievements,
                    proposed_on=PROPOSED_2025,
                    status=vocab.SUBMITTED,
                ),
                today=today,
            ).id
        )
    granted, refused = ids[:3], ids[3:]
    cr.save_decision(
        ctx,
        cr.DecisionInput(
            number="125/QĐ-UBND",  # fixed: the shared random stream stays as it was
            signed_on=DECIDED_2025,
            issuing_body=f"Ủy ban nhân dân {commune_name}",
            signer="Lê Văn Hùng",
            signer_title="Chủ tịch",
            level="commune",
            round_id=r2025,
        ),
        granted,
        today=today,
    )
    cr.set_status(ctx, refused, vocab.REFUSED)
    pending = 0
    if today >= dt.date(2026, 9, 1):
        r2026 = cr.save_round(ctx, cr.RoundInput(rule.occasion, 2026, "province")).id
        cr.save_proposal(
            ctx,
            cr.ProposalInput(
                round_id=r2026,
                subject_kind="collective",
                subject_name=f"Nhân dân và cán bộ {commune_name}",
                form="bang_khen",
                level="province",
                subject_unit=commune_name,
                achievements="Có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” "
                "giai đoạn 2021–2026.",
                proposed_on=min(dt.date(2026, 9, 20), today),
                status=vocab.SUBMITTED,
            ),
            today=today,
        )
        pending = 1
    return (
        f"Khen thưởng: đợt 15/10/2025 có {len(ids)} đề nghị, {len(granted)} được khen; "
        f"{pending} đề nghị năm 2026 đang chờ quyết định."
    )


STEP = DemoStep("commendations", 78, build)
