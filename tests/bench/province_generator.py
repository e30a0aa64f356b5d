"""A province of communes with demo-like records of every area, as imports leave them (a bench
helper): models with their lifecycle steps and reviews, reception days by both presiders,
dialogues and commitments, petitions in every state, a People's Inspection Board with activities
and recommendations, community supervision, for each commune and year. Inserted with SQLAlchemy
Core in bulk, so 170 communes build in seconds; the shapes and rates vary per commune (seeded)
so that indicators, scores and ranks differ the way real communes do."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable
from typing import Any

from sqlalchemy import insert, select

from danvan_desktop.domain.ids import uuid7
from danvan_desktop.store.inspection import (
    BoardActivity,
    BoardRecommendation,
    BoardTerm,
    InvestmentProject,
    ProjectSupervision,
)
from danvan_desktop.store.model_register import DvkModel, ModelReview, ModelTransition
from danvan_desktop.store.petitions import Commitment, Dialogue, Petition, ReceptionSession
from danvan_desktop.store.units import Unit

FIELDS = ("economy", "culture_society", "defence_security", "political_system")
NOW = dt.datetime(2026, 11, 1)


def _base(unit: str) -> dict[str, Any]:
    return dict(
        id=uuid7(),
        unit_code=unit,
        created_at=NOW,
        updated_at=NOW,
        revision=1,
        deleted=False,
        change_seq=0,
    )


def _hamlets(ctx, unit: str) -> list[str]:  # noqa: ANN001
    with ctx.read() as s:
        return list(s.scalars(select(Unit.code).where(Unit.parent_code == unit)))


def hamlet_rows(unit: str, n: int) -> list[dict[str, Any]]:
    """`n` hamlet units of a commune as the commune's install makes them (code = commune-…),
    for a province that learns them from the commune's bundle."""
    return [
        _base(unit)
        | dict(
            code=f"{unit}-{uuid7()[-12:]}",
            name=f"Thôn {i + 1}",
            level="hamlet",
            kind_label="Thôn",
            parent_code=unit,
            sort_order=i + 1,
        )
        for i in range(n)
    ]


def commune_year(ctx, unit: str, year: int, rng: random.Random, hamlets: list[str]) -> int:  # noqa: ANN001
    """One commune's year of records inserted; returns how many rows were written."""
    rows = commune_rows(unit, year, rng, hamlets)
    with ctx.session() as s:
        for entity, batch in rows.items():
            s.execute(insert(entity), batch)
    return sum(len(b) for b in rows.values())


def commune_rows(  # noqa: C901
    unit: str, year: int, rng: random.Random, hamlets: list[str]
) -> dict[Any, list[dict[str, Any]]]:
    """One commune's year of records as row dicts per entity class (parents before children
    within an entity's list), not written anywhere."""
    quality = rng.uniform(0.55, 1.0)  # how well this commune works: drives every rate
    rows: dict[Any, list[dict[str, Any]]] = {}

    def add(entity: Any, unit_row: dict[str, Any]) -> dict[str, Any]:
        row = _base(unit) | unit_row
        rows.setdefault(entity, []).append(row)
        return row

    last = dt.date(year, 12, 31)
    # Models: ~40 a year, a share recognised (with their steps), some replicated, reviews.
    for i in range(rng.randint(30, 45)):
        status = rng.choices(
            ["draft", "registered", "in_progress", "recognised", "replicated", "maintained"],
            [1, 3, 3, 3, 1, 1],
        )[0]
        owner = rng.choice(hamlets) if hamlets and rng.random() < quality else None
        recognised_on = dt.date(year, rng.randint(5, 11), rng.randint(1, 28))
        m = add(
            DvkModel,
            dict(
                kind="model",
                name=f"Mô hình {i + 1} năm {year} của {unit}",
                field_code=rng.choice(FIELDS),
                status=status,
                year=year,
                owner_unit_code=owner,
                owner_kind="hamlet" if owner else "mass_org",
                owner_name="",
                recognised_level=("province" if rng.random() < 0.1 else "commune")
                if status in ("recognised", "replicated", "maintained")
                else None,
                recognised_on=recognised_on
                if status in ("recognised", "replicated", "maintained")
                else None,
            ),
        )
        if m["recognised_on"]:
            add(
                ModelTransition,
                dict(
                    model_id=m["id"],
                    action="recognise",
                    from_status="appraised_pass",
                    to_status="recognised",
                    on_date=recognised_on,
                ),
            )
            if rng.random() < quality:
                add(
                    ModelReview,
                    dict(
                        model_id=m["id"],
                        year=year,
                        result="maintained",
                        reviewed_on=dt.date(year, 12, 10),
                    ),
                )
        if status == "replicated":
            add(
                ModelTransition,
                dict(
                    model_id=m["id"],
                    action="replicate",
                    from_status="recognised",
                    to_status="replicated",
                    on_date=dt.date(year, 11, 20),
                ),
            )
    # Reception: the chairman most weeks, the secretary about twice a month.
    day = dt.date(year, 1, 5)
    while day <= last:
        if rng.random() < quality:
            add(
                ReceptionSession,
                dict(held_on=day, presider_role="chairman", visits=rng.randint(0, 6)),
            )
        if day.day <= 14 and rng.random() < quality:
            add(
                ReceptionSession,
                dict(held_on=day + dt.timedelta(days=2), presider_role="party_secretary"),
            )
        day += dt.timedelta(days=7)
    # Dialogues with commitments.
    for k in range(1 if rng.random() < quality + 0.2 else 0):
        d = add(Dialogue, dict(held_on=dt.date(year, 6, 15 + k), title="Hội nghị đối thoại"))
        for c in range(rng.randint(3, 8)):
            due = dt.date(year, 8, 1) + dt.timedelta(days=10 * c)
            closed = due - dt.timedelta(days=2) if rng.random() < quality else None
            add(
                Commitment,
                dict(
                    dialogue_id=d["id"],
                    what=f"Cam kết {c + 1}",
                    due_on=due,
                    status="done" if closed else "open",
                    closed_on=closed,
                ),
            )
    # Petitions: ~300 a year in every state.
    for n in range(rng.randint(220, 330)):
        received = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 350))
        kind = rng.choice(["complaint", "denunciation", "recommendation", "feedback"])
        resolved = received + dt.timedelta(days=rng.randint(5, 60))
        open_case = resolved > last or rng.random() < 0.05
        add(
            Petition,
            dict(
                year=year,
                number=n + 1,
                received_on=received,
                channel="post",
                type=kind,
                hamlet_code=rng.choice(hamlets) if hamlets else None,
                is_crowd=rng.random() < 0.01,
                status="received" if open_case else "closed",
                is_open=open_case,
                due_on=received + dt.timedelta(days=30) if open_case else None,
                resolved_on=None if open_case else resolved,
                on_time=None if open_case else rng.random() < quality + 0.1,
            ),
        )
    # The People's Inspection Board and community supervision.
    term = add(
        BoardTerm, dict(name=f"Nhiệm kỳ {year}", starts_on=dt.date(year, 1, 1), ends_on=last)
    )
    for a in range(rng.randint(3, 9)):
        add(
            BoardActivity,
            dict(
                term_id=term["id"], subject=f"Giám sát {a + 1}", starts_on=dt.date(year, 2 + a, 10)
            ),
        )
    for r in range(rng.randint(4, 12)):
        sent = dt.date(year, 3, 1) + dt.timedelta(days=20 * r)
        due = sent + dt.timedelta(days=15)
        answered = due - dt.timedelta(days=3) if rng.random() < quality else None
        add(
            BoardRecommendation,
            dict(
                term_id=term["id"],
                sent_on=sent,
                received_on=sent,
                addressee="UBND xã",
                content="Kiến nghị",
                due_on=due,
                answered_on=answered,
            ),
        )
    for p in range(rng.randint(1, 5)):
        proj = add(InvestmentProject, dict(name=f"Công trình {p + 1} năm {year}"))
        add(ProjectSupervision, dict(project_id=proj["id"], on_date=dt.date(year, 9, 1 + p)))
    return rows


def fill(ctx, communes: Iterable[str], years: Iterable[int], seed: int = 28) -> int:  # noqa: ANN001
    total = 0
    for unit in communes:
        hamlets = _hamlets(ctx, unit)
        for year in years:
            total += commune_year(ctx, unit, year, random.Random(f"{seed}-{unit}-{year}"), hamlets)
    return total
