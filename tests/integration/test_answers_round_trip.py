"""Answers owed and self-inspections travel up through real bundles: two communes record voters'
petitions, the Front's recommendations and a self-inspection through the services and export
their data bundles; the province (SQLite, then PostgreSQL) imports the folder and counts the
same figures per commune, the same indicator values with their records, and the same
consolidated report section, as each commune counts for itself."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

TODAY = dt.date(2026, 11, 20)
PASSWORD = "matkhau123"
PERIOD = "2026-11"
#: code -> voters' petitions (received, answered on or None), Front recommendations likewise
PLAN = {
    "18673": (
        [
            (dt.date(2026, 7, 20), dt.date(2026, 8, 19)),  # on the due day: on time
            (dt.date(2026, 7, 20), dt.date(2026, 8, 25)),  # late
            (dt.date(2026, 7, 20), None),  # overdue
            (dt.date(2026, 11, 10), None),  # not yet due
        ],
        [(dt.date(2026, 9, 22), dt.date(2026, 10, 1)), (dt.date(2026, 9, 22), None)],
    ),
    "18652": ([(dt.date(2026, 6, 1), dt.date(2026, 6, 20))], []),
}


@dataclass(frozen=True)
class Communes:
    bundles: Path
    keys: list[Path]
    #: what each commune computed for itself before sending
    figures: dict[str, dict[str, float | None]]


def _build(folder: Path, code: str, bundles: Path) -> tuple[Path, dict[str, float | None]]:
    from danvan_desktop.services import areas, install
    from danvan_desktop.services.answers import owed, selfcheck
    from danvan_desktop.services.areas import FigureSpan
    from danvan_desktop.services.context import open_context
    from danvan_desktop.sync import exporter, trust

    ctx = open_context(folder / f"{code}.sqlite")
    install.initialise(ctx, code, "admin", PASSWORD, f"Quản trị {code}", ["Thôn Một"])
    voters, front = PLAN[code]
    for i, (received, answered) in enumerate(voters):
        item = owed.save_item(
            ctx,
            owed.OwedInput(f"Kiến nghị cử tri số {i}", received, "voters", "HĐND xã", "Giữa năm"),
        )
        if answered:
            owed.record_answer(ctx, item, answered, "Đã trả lời", "1/UBND", today=TODAY)
    if front:
        act = owed.save_activity(
            ctx, owed.ActivityInput("Giám sát hộ nghèo", dt.date(2026, 9, 15), "supervision")
        )
        for i, (received, answered) in enumerate(front):
            item = owed.save_item(
                ctx, owed.OwedInput(f"Kiến nghị MTTQ {i}", received, "front", activity_id=act)
            )
            if answered:
                owed.record_answer(ctx, item, answered, "Đã làm", today=TODAY)
        insp = selfcheck.save_inspection(
            ctx, selfcheck.InspectionInput("Tự kiểm tra 6 tháng", dt.date(2026, 7, 8))
        )
        f = selfcheck.add_finding(ctx, insp, selfcheck.FindingInput("Thiếu biên bản"))
        up = selfcheck.add_followup(
            ctx, f, selfcheck.FollowUpInput("Bổ sung", dt.date(2026, 8, 15))
        )
        selfcheck.mark_done(ctx, up, dt.date(2026, 8, 10), TODAY)
    span = FigureSpan((code,), 2026, dt.date(2026, 1, 1), dt.date(2026, 12, 31), TODAY)
    with ctx.read() as s:
        mine = {k: v[code] for k, v in areas.commune_figures(s, span)["answers"].items()}
    exporter.export_data(ctx, bundles, period=PERIOD)
    key = folder / f"{code}.key.json"
    trust.export_own_key(ctx, key)
    ctx.close()
    return key, mine


@pytest.fixture(scope="module")
def communes(tmp_path_factory: pytest.TempPathFactory) -> Communes:
    folder = tmp_path_factory.mktemp("answers_communes")
    bundles = folder / "bundles"
    bundles.mkdir()
    built = {code: _build(folder, code, bundles) for code in PLAN}
    return Communes(bundles, [k for k, _ in built.values()], {c: f for c, (_, f) in built.items()})


def _round_trip(ctx, communes: Communes, acks: Path) -> None:  # noqa: ANN001
    from danvan_desktop.services import areas, install
    from danvan_desktop.services.areas import FigureSpan
    from danvan_desktop.services.report_parts import ReportPeriod, SectionQuery
    from danvan_desktop.services.scoring.indicators import catalogue
    from danvan_desktop.services.sheet_rows import UnitColumn
    from danvan_desktop.store.answers import FollowUpAction, OwedAnswer, SelfInspection
    from danvan_desktop.sync import rollup, trust

    install.initialise(ctx, "42", "admin", PASSWORD, "Trần Văn Tỉnh")
    for key in communes.keys:
        trust.trust_key_file(ctx, key)
    result = rollup.import_folder(ctx, communes.bundles, ack_dir=acks)
    assert result.imported == 2, result.summary()
    codes = tuple(PLAN)
    with ctx.read() as s:

        def n(cls) -> int:  # noqa: ANN001
            return s.scalar(select(func.count()).select_from(cls).where(cls.deleted.is_(False)))

        assert n(OwedAnswer) == 7 and n(SelfInspection) == 1 and n(FollowUpAction) == 1
        span = FigureSpan(codes, 2026, dt.date(2026, 1, 1), dt.date(2026, 12, 31), TODAY)
        got = areas.commune_figures(s, span)["answers"]
        for code in codes:  # the province counts what each commune counted for itself
            assert {k: v[code] for k, v in got.items()} == communes.figures[code]
        assert got["voter_answers_rate"]["18673"] == pytest.approx(33.3)
        assert got["voter_answers_rate"]["18652"] == 100.0
        assert got["answers_overdue_now"]["18673"] == 2
        cat = catalogue()
        v = cat["voter_answers_on_time_rate"].compute(s, span)["18673"]
        assert (v.numerator, v.denominator) == (1, 3)
        assert cat["front_answers_on_time_rate"].compute(s, span)["18673"].value == 50.0
        assert cat["self_inspections_held"].compute(s, span)["18673"].value == 1.0
        done = cat["self_inspection_followups_done_rate"].compute(s, span)["18673"]
        assert done.value == 100.0
        assert len(cat["voter_answers_on_time_rate"].records(s, "18673", span)) == 3
        q3 = ReportPeriod("quarter", dt.date(2026, 7, 1), dt.date(2026, 9, 30), "quý III năm 2026")
        sec = areas.area("answers").report_section(s, SectionQuery(codes, q3, TODAY))
        assert sec is not None
        # consolidated: 18673's three July petitions; 18652's June one fell due on 01/07
        assert sec.figures["voters_received"] == 3
        assert sec.figures["voters_due"] == 4 and sec.figures["voters_due_on_time"] == 2
        assert sec.figures["front_received"] == 2 and sec.figures["front_activities"] == 1
        sheets = areas.area("answers").sheets(s, list(codes), TODAY)
        assert sheets[0].headers[0] == "Đơn vị"  # the commune's name, as in every area's sheets
        names = UnitColumn(s, list(codes)).names or {}
        assert {r[0] for r in sheets[0].rows} == {names[c] for c in codes}


def test_round_trip_on_sqlite(communes: Communes, tmp_path: Path) -> None:
    from danvan_desktop.services.context import open_context

    ctx = open_context(tmp_path / "tinh.sqlite")
    try:
        _round_trip(ctx, communes, tmp_path / "acks")
    finally:
        ctx.close()


@pytest.mark.postgres
def test_round_trip_on_postgresql(communes: Communes, pg_url: str, tmp_path: Path) -> None:
    from danvan_desktop.services.context import open_context

    ctx = open_context(database_url=pg_url)
    try:
        _round_trip(ctx, communes, tmp_path / "acks")
    finally:
        ctx.close()
