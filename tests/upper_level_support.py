"""Commune records as an import leaves them at a province (petitions, the People's Inspection
Board), inserted directly so tests of the upper level's per-commune figures build in milliseconds;
the figures they give are worked out by hand in `three_communes`."""

from __future__ import annotations

import datetime as dt
import sys

from sqlalchemy import insert

from danvan_desktop.domain.ids import uuid7
from danvan_desktop.store.inspection import BoardActivity, BoardRecommendation, BoardTerm
from danvan_desktop.store.petitions import Petition


def petitions(ctx, unit: str, specs: list[dict]) -> None:  # noqa: ANN001
    """Petitions as an import leaves them: counts and dates only (identities stay at home)."""
    now = dt.datetime(2026, 11, 1)
    rows = []
    for i, spec in enumerate(specs, start=1):
        row = dict(
            id=uuid7(),
            unit_code=unit,
            created_at=now,
            updated_at=now,
            revision=1,
            deleted=False,
            change_seq=0,
            year=spec["received_on"].year,
            number=i,
            channel="post",
            type="recommendation",
            status="received",
            is_open=True,
            due_on=None,
            resolved_on=None,
            on_time=None,
            closed_on=None,
        )
        row.update(spec)
        rows.append(row)
    with ctx.session() as s:
        s.execute(insert(Petition), rows)


def board(
    ctx,
    unit: str,
    activities: list[tuple[str, dt.date]],  # noqa: ANN001
    recommendations: list[tuple[dt.date, dt.date, dt.date | None]],
) -> None:
    """A board term with activities (kind, start) and recommendations (sent, due, answered)."""
    now = dt.datetime(2026, 11, 1)
    base = dict(
        unit_code=unit, created_at=now, updated_at=now, revision=1, deleted=False, change_seq=0
    )
    term = uuid7()
    with ctx.session() as s:
        s.execute(
            insert(BoardTerm),
            [
                dict(
                    id=term,
                    name="Nhiệm kỳ 2024–2029",
                    starts_on=dt.date(2024, 6, 1),
                    ends_on=dt.date(2029, 5, 31),
                    **base,
                )
            ],
        )
        if activities:
            s.execute(
                insert(BoardActivity),
                [
                    dict(
                        id=uuid7(),
                        term_id=term,
                        kind=kind,
                        subject=f"Giám sát {i}",
                        starts_on=on,
                        **base,
                    )
                    for i, (kind, on) in enumerate(activities)
                ],
            )
        if recommendations:
            s.execute(
                insert(BoardRecommendation),
                [
                    dict(
                        id=uuid7(),
                        term_id=term,
                        sent_on=sent,
                        received_on=sent,
                        due_on=due,
                        answered_on=answered,
                        addressee="Chủ tịch UBND xã",
                        content=f"Kiến nghị {i}",
                        **base,
                    )
                    for i, (sent, due, answered) in enumerate(recommendations)
                ],
            )


def three_communes(ctx) -> None:  # noqa: ANN001
    d = dt.date
    # Cẩm Xuyên: 7 received in 2026 (one withdrawn); resolved in 2026: 5, 3 on time (one received
    # in 2025); overdue now: one of 2026 and one left from 2025; a case closed late (its last
    # deadline long past) and a deleted one are not overdue.
    petitions(
        ctx,
        "18673",
        [
            dict(
                received_on=d(2026, 2, 1),
                resolved_on=d(2026, 2, 10),
                on_time=True,
                status="guided",
                is_open=False,
            ),
            dict(
                received_on=d(2026, 3, 1),
                resolved_on=d(2026, 3, 20),
                on_time=True,
                status="closed",
                is_open=False,
                closed_on=d(2026, 4, 1),
            ),
            dict(
                received_on=d(2026, 4, 1),
                resolved_on=d(2026, 6, 1),
                on_time=False,
                status="decided",
                is_open=False,
            ),
            dict(received_on=d(2026, 10, 1), due_on=d(2026, 11, 10)),
            dict(
                received_on=d(2025, 12, 20),
                resolved_on=d(2026, 1, 15),
                on_time=True,
                status="guided",
                is_open=False,
            ),
            dict(received_on=d(2025, 11, 1), due_on=d(2025, 12, 1)),
            dict(
                received_on=d(2026, 5, 1),
                resolved_on=d(2026, 7, 1),
                on_time=False,
                status="closed",
                is_open=False,
                last_due_on=d(2026, 6, 1),
                closed_on=d(2026, 7, 2),
            ),
            dict(received_on=d(2026, 9, 1), due_on=d(2026, 9, 10), deleted=True),
            dict(received_on=d(2026, 11, 20), due_on=d(2026, 12, 4)),
            dict(received_on=d(2026, 8, 1), status="withdrawn", is_open=False),
        ],
    )
    board(
        ctx,
        "18673",
        [
            ("supervision", d(2026, 3, 1)),
            ("inspection", d(2026, 5, 1)),
            ("verification", d(2026, 9, 1)),
            ("supervision", d(2025, 10, 1)),
        ],
        [
            (d(2026, 3, 5), d(2026, 3, 20), d(2026, 3, 18)),  # on time
            (d(2026, 5, 5), d(2026, 5, 20), d(2026, 5, 25)),  # late
            (d(2026, 10, 1), d(2026, 10, 16), None),  # overdue
            (d(2026, 11, 20), d(2026, 12, 5), None),  # waiting
            (d(2025, 6, 1), d(2025, 6, 16), None),
        ],
    )  # sent in 2025: not this year's
    # Hà Huy Tập: two received and settled on time; one supervision, one answer on time.
    petitions(
        ctx,
        "18652",
        [
            dict(
                received_on=d(2026, 6, 1),
                resolved_on=d(2026, 6, 5),
                on_time=True,
                status="guided",
                is_open=False,
            ),
            dict(
                received_on=d(2026, 7, 1),
                resolved_on=d(2026, 7, 8),
                on_time=True,
                status="transferred",
                is_open=False,
            ),
        ],
    )
    board(
        ctx,
        "18652",
        [("supervision", d(2026, 6, 1))],
        [(d(2026, 6, 2), d(2026, 6, 17), d(2026, 6, 10))],
    )
    # Sông Trí (18754) sent nothing.


THROWAWAY = '''
"""An area defined by a test only: nothing in the hubs names it."""

from danvan_desktop.services.areas import FigureGroup, Metric, ServiceArea


def _figures(session, span):
    # The last digit of the commune's code: deterministic, and a 0 ranks last.
    return {"zz_digit": {code: int(code[-1]) for code in span.unit_codes}}


AREA = ServiceArea(
    key="zz_throwaway",
    label="Lĩnh vực thử",
    order=999,
    figures=(
        FigureGroup(
            key="zz_throwaway",
            label="Lĩnh vực thử nghiệm",
            metrics=(Metric("zz_digit", "Chữ số cuối của mã"),),
            compute=_figures,
        ),
    ),
)
'''


def add_throwaway_area(monkeypatch, folder) -> None:  # noqa: ANN001
    """Put a new area module where discovery looks (services' package path), as a new area's
    own file would be, without editing any hub; undone by monkeypatch (and areas.reset)."""
    import danvan_desktop.services as services
    from danvan_desktop.services import areas

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "zz_throwaway_area.py").write_text(THROWAWAY, encoding="utf-8")
    monkeypatch.setattr(services, "__path__", [*services.__path__, str(folder)])
    monkeypatch.delitem(sys.modules, "danvan_desktop.services.zz_throwaway_area", raising=False)
    monkeypatch.setattr(areas, "_cache", None)  # rediscovered now, forgotten after the test
