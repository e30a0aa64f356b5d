"""services.upper_level: periods, completeness from ledger entries (late, missing, superseded,
gaps per install), the upper level's decisions and their rules, ranks among peers."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import insert

from danvan_desktop.domain.errors import PermissionDenied, RuleViolation
from danvan_desktop.domain.ids import uuid7
from danvan_desktop.domain.roles import Role
from danvan_desktop.services import areas, install
from danvan_desktop.services import upper_level as ul
from danvan_desktop.services.context import CurrentUser, open_context
from danvan_desktop.store.model_register import DvkModel
from danvan_desktop.store.upper_level import RollupStanding
from tests.upper_level_support import three_communes

TODAY = dt.date(2026, 11, 25)
ADMIN_PASSWORD = "matkhau123"


@pytest.fixture(scope="module")
def province_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tinh") / "tinh.sqlite"
    ctx = open_context(path)
    install.initialise(ctx, "42", "admin", ADMIN_PASSWORD, "Trần Văn Tỉnh")
    ctx.close()
    return path


@pytest.fixture
def province(province_template: Path, tmp_path: Path):  # noqa: ANN201
    path = tmp_path / "tinh.sqlite"
    shutil.copyfile(province_template, path)
    ctx = open_context(path)
    ctx.unit_code = "42"
    ctx.user = CurrentUser("admin", "Trần Văn Tỉnh", Role.ADMIN)
    yield ctx
    ctx.close()


def _models(ctx, unit: str, statuses: list[str]) -> list[str]:  # noqa: ANN001
    """Commune records as an import leaves them (owned by the commune)."""
    now = dt.datetime(2026, 10, 1)
    rows = [
        dict(
            id=uuid7(),
            unit_code=unit,
            created_at=now,
            updated_at=now,
            revision=1,
            deleted=False,
            change_seq=0,
            kind="model",
            name=f"Mô hình {i} của {unit}",
            field_code="economy",
            status=st,
            year=2026,
            owner_kind="hamlet",
            owner_name="",
            person_name="",
            situation="",
            goals="",
            criteria="",
            content="",
            scope="",
            beneficiaries="",
            lead_force="",
            coordinating_forces="",
            participating_forces="",
            budget_vnd=0,
            labour_days=0,
            contributions_vnd=0,
            milestones="",
            outputs="",
            sustainability="",
            decision_no="",
            search_text="",
            sort_name="",
        )
        for i, st in enumerate(statuses)
    ]
    with ctx.session() as s:
        s.execute(insert(DvkModel), rows)
    return [r["id"] for r in rows]


def _entry(
    unit: str,
    seq: int,
    period: str,
    made: dt.date,
    *,
    full: bool = False,
    since: int | None = None,
    install: str = "may-1",
    records: int = 10,
) -> ul.LedgerEntry:
    at = dt.datetime.combine(made, dt.time(9, 0))
    return ul.LedgerEntry(
        unit,
        install,
        seq,
        period,
        at,
        at + dt.timedelta(days=1),
        records,
        full,
        None if full else (since if since is not None else seq - 1),
    )


@pytest.mark.parametrize(
    ("period", "end"),
    [
        ("2026", dt.date(2026, 12, 31)),
        ("2026-11", dt.date(2026, 11, 30)),
        ("2026-02", dt.date(2026, 2, 28)),
        ("2026-Q1", dt.date(2026, 3, 31)),
        ("2026-H1", dt.date(2026, 6, 30)),
        ("2026-13", None),
        ("dot-1", None),
    ],
)
def test_period_end(period: str, end: dt.date | None) -> None:
    assert ul.period_end(period) == end


def test_bad_period_refused_in_vietnamese() -> None:
    with pytest.raises(RuleViolation, match="Kỳ báo cáo"):
        ul.check_period("2026/11")


def test_completeness_late_missing_pending_superseded_and_gaps(province) -> None:  # noqa: ANN001
    ul.set_deadline(province, "2026-11", dt.date(2026, 12, 5))
    entries = [
        # Cẩm Xuyên: full in October, on time in November, then seq 4 since 3: seq 3 never came.
        _entry("18673", 1, "2026-10", dt.date(2026, 10, 30), full=True),
        _entry("18673", 2, "2026-11", dt.date(2026, 11, 28)),
        _entry("18673", 4, "2026-11", dt.date(2026, 11, 30), since=3),
        # Hà Huy Tập: an incremental, then a full one in the same period replacing it, late.
        _entry("18652", 1, "2026-11", dt.date(2026, 11, 20), since=0),
        _entry("18652", 2, "2026-11", dt.date(2026, 12, 9), full=True),
        # Kỳ Anh: seq 2 missing but seq 3 carries everything since 1 (covered: no gap);
        # a second install of the commune has its own stream with a real gap.
        _entry("18754", 1, "2026-11", dt.date(2026, 11, 2), full=True),
        _entry("18754", 3, "2026-11", dt.date(2026, 11, 3), since=1),
        _entry("18754", 1, "2026-11", dt.date(2026, 11, 4), full=True, install="may-2"),
        _entry("18754", 3, "2026-11", dt.date(2026, 11, 5), since=2, install="may-2"),
    ]
    before = {
        r.code: r
        for r in ul.completeness(province, "2026-11", dt.date(2026, 12, 1), entries=entries)
    }
    after = {
        r.code: r
        for r in ul.completeness(province, "2026-11", dt.date(2026, 12, 20), entries=entries)
    }
    cx, hht, ka = after["18673"], after["18652"], after["18754"]
    assert (cx.status, cx.received, cx.last_seq, cx.gaps, cx.superseded, cx.records) == (
        ul.Submission.ON_TIME,
        2,
        4,
        (3,),
        0,
        20,
    )
    assert (hht.status, hht.received, hht.superseded, hht.days_late) == (
        ul.Submission.LATE,
        2,
        1,
        4,
    )
    assert (ka.status, ka.gaps) == (ul.Submission.ON_TIME, (2,))
    other = after["18115"]  # Phường Bắc Hồng Lĩnh sent nothing
    assert (other.status, other.received, other.last_seq) == (ul.Submission.MISSING, 0, None)
    assert before["18115"].status == ul.Submission.PENDING
    s = ul.summarise(list(after.values()))
    assert (s.communes, s.on_time, s.late, s.missing, s.pending, s.with_gaps) == (
        69,
        2,
        1,
        66,
        0,
        2,
    )
    assert s.due_on == dt.date(2026, 12, 5)


def test_default_deadline_follows_the_period(province) -> None:  # noqa: ANN001
    rows = ul.completeness(province, "2026-Q3", TODAY, entries=[])
    assert rows[0].due_on == dt.date(2026, 9, 30) + dt.timedelta(days=ul.DEFAULT_GRACE_DAYS)
    assert ul.completeness(province, "dot-1", TODAY, entries=[])[0].due_on is None


def test_decisions_are_the_upper_levels_own_records(province) -> None:  # noqa: ANN001
    a, b = _models(province, "18673", ["draft", "recognised"])
    own = _models(province, "42", ["draft"])[0]
    outside = _models(province, "26734", ["draft"])[0]  # a commune of another province
    with pytest.raises(RuleViolation, match="tương lai"):
        ul.record_decision(
            province, "models", a, "comment", "Tốt", TODAY + dt.timedelta(days=1), today=TODAY
        )
    with pytest.raises(RuleViolation, match="số quyết định"):
        ul.record_decision(province, "models", b, "recognition", "", TODAY, today=TODAY)
    with pytest.raises(RuleViolation, match="nội dung"):
        ul.record_decision(province, "models", a, "return_for_correction", "  ", TODAY, today=TODAY)
    with pytest.raises(RuleViolation, match="chính đơn vị mình"):
        ul.record_decision(province, "models", own, "comment", "x", TODAY, today=TODAY)
    with pytest.raises(RuleViolation, match="không trực thuộc"):
        ul.record_decision(province, "models", outside, "comment", "x", TODAY, today=TODAY)
    with pytest.raises(Exception, match="Không tìm thấy"):
        ul.record_decision(province, "models", uuid7(), "comment", "x", TODAY, today=TODAY)
    returned = ul.record_decision(
        province,
        "models",
        a,
        "return_for_correction",
        "Bổ sung minh chứng",
        TODAY,
        due_on=TODAY + dt.timedelta(days=7),
        today=TODAY,
    )
    ul.record_decision(
        province, "models", b, "recognition", "", TODAY, decision_no="99/QĐ-UBND", today=TODAY
    )
    rows = ul.decisions(province, commune_code="18673")
    assert {(d.kind.value, d.target_label, d.level, d.decided_by) for d in rows} == {
        ("return_for_correction", "Mô hình 0 của 18673", "province", "Trần Văn Tỉnh"),
        ("recognition", "Mô hình 1 của 18673", "province", "Trần Văn Tỉnh"),
    }
    assert ul.decision_counts(province)["18673"] == {"return_for_correction": 1, "recognition": 1}
    ul.withdraw_decision(province, returned)
    assert [d.kind.value for d in ul.decisions(province)] == ["recognition"]
    province.user = CurrentUser("xem", "Người xem", Role.VIEWER)
    with pytest.raises(PermissionDenied):
        ul.record_decision(province, "models", a, "comment", "x", TODAY, today=TODAY)
    province.user = CurrentUser("canbo", "Cán bộ", Role.OFFICER)
    with pytest.raises(PermissionDenied):  # recognition needs a leader
        ul.record_decision(
            province, "models", a, "recognition", "", TODAY, decision_no="1/QĐ", today=TODAY
        )


def test_ranks_share_ties_and_skip(province) -> None:  # noqa: ANN001
    _models(province, "18673", ["recognised", "recognised", "registered"])
    _models(province, "18652", ["recognised", "recognised", "registered"])
    _models(province, "18754", ["recognised", "draft"])
    figures = {f.commune_code: f for f in ul.compute_standings(province, "2026", today=TODAY)}
    assert (figures["18673"].rank, figures["18652"].rank, figures["18754"].rank) == (1, 1, 3)
    assert figures["18754"].metrics["models_registered"] == {
        "label": "Mô hình, điển hình đã đăng ký",
        "value": 1,
        "rank": 3,
        "average": round(7 / 69, 2),
        "max": 3,
        "min": 0,
    }
    ids = ul.publish_standings(province, "2026", today=TODAY)
    again = ul.publish_standings(province, "2026", today=TODAY)
    assert ids == again and len(ids) == 69  # recomputed in place, one per commune and period
    with province.read() as s:
        assert s.get(RollupStanding, ids[0]).revision == 1  # nothing changed: same revision
    _models(province, "18754", ["recognised"])
    ul.publish_standings(province, "2026", today=TODAY)
    with province.read() as s:
        revs = {r.commune_code: r.revision for r in s.query(RollupStanding)}
    assert revs["18754"] == 2 and revs["18115"] == 2  # 18754 rose; every peer table changed
    got = ul.received_standings(province, "18754")[0]
    assert (got.rank, got.peers, got.figures.models_by_field_status) == (
        3,
        69,
        {"economy": {"recognised": 2, "draft": 1}},
    )


def test_commune_database_cannot_act_as_upper_level(ctx) -> None:  # noqa: ANN001
    with pytest.raises(RuleViolation, match="cấp tỉnh"):
        ul.set_deadline(ctx, "2026-11", TODAY)
    assert not ul.is_upper_level(ctx)


# ---- petitions and the People's Inspection Board per commune ------------------------------


@pytest.mark.parametrize(
    ("period", "span"),
    [
        ("2026", (dt.date(2026, 1, 1), dt.date(2026, 12, 31))),
        ("2026-02", (dt.date(2026, 2, 1), dt.date(2026, 2, 28))),
        ("2026-Q4", (dt.date(2026, 10, 1), dt.date(2026, 12, 31))),
        ("2026-H2", (dt.date(2026, 7, 1), dt.date(2026, 12, 31))),
        ("dot-1", None),
    ],
)
def test_period_span(period: str, span: tuple | None) -> None:
    assert ul.period_span(period) == span


def test_petition_and_board_figures_per_commune(province) -> None:  # noqa: ANN001
    three_communes(province)
    rows = {a.code: a for a in ul.activity_figures(province, "2026", TODAY)}
    assert len(rows) == 69
    cx, hht, st = rows["18673"], rows["18652"], rows["18754"]

    def pick(row, *keys: str) -> tuple:  # noqa: ANN001
        return tuple(row[k] for k in keys)

    assert pick(
        cx,
        "petitions_total",
        "petitions_received",
        "petitions_resolved",
        "petitions_on_time",
        "petitions_overdue",
    ) == (9, 7, 5, 3, 2)
    assert pick(cx, "petitions_on_time_rate", "petitions_overdue") == (60.0, 2)
    assert pick(
        cx,
        "board_activities",
        "board_supervisions",
        "board_inspections",
        "board_verifications",
        "board_recommendations",
    ) == (3, 1, 1, 1, 4)
    assert pick(
        cx,
        "board_answers_on_time",
        "board_answers_late",
        "board_answers_overdue",
        "board_answers_counted",
    ) == (1, 1, 1, 3)
    assert cx["board_answer_rate"] == 33.3
    # The models area fills the same mapping (no models anywhere here).
    assert pick(cx, "models_recognised", "models_registered") == (0, 0)
    # The grouped SQL gives what the board's own report counts for that commune.
    from danvan_desktop.domain.inspection import period as board_period
    from danvan_desktop.services import inspection

    own = inspection.board_figures(province, board_period("year", 2026), TODAY, unit_code="18673")
    assert (own.activities, own.answers.on_time, own.answers.overdue) == pick(
        cx, "board_activities", "board_answers_on_time", "board_answers_overdue"
    )
    ranked = (
        "petitions_on_time_rate",
        "petitions_overdue",
        "board_answer_rate",
        "board_activities",
    )
    assert pick(hht, *ranked) == (100.0, 0, 100.0, 1)
    # Nothing sent: no rate and no overdue count (not a perfect 0), zero activities.
    assert pick(st, *ranked) == (None, None, None, 0)

    # A quarter counts its own days: nothing resolved in Q4 at Cẩm Xuyên; the backlog stays.
    q4 = {a.code: a for a in ul.activity_figures(province, "2026-Q4", TODAY)}["18673"]
    assert pick(
        q4,
        "petitions_received",
        "petitions_resolved",
        "petitions_on_time_rate",
        "petitions_overdue",
    ) == (2, 0, None, 2)
    assert pick(q4, "board_activities", "board_recommendations", "board_answer_rate") == (0, 2, 0.0)


def test_metrics_rank_missing_figures_last(province) -> None:  # noqa: ANN001
    three_communes(province)
    keys = [m.key for m in areas.ranked_metrics()]
    # The keys stored in rollups before the areas registered themselves, in the same order.
    assert keys == [
        "models_recognised",
        "models_registered",
        "petitions_on_time_rate",
        "petitions_overdue",
        "board_answer_rate",
        "board_activities",
    ]
    assert not next(
        m for m in areas.ranked_metrics() if m.key == "petitions_overdue"
    ).higher_is_better
    figures = {f.commune_code: f for f in ul.compute_standings(province, "2026", today=TODAY)}
    cx, hht, st = (figures[c].metrics for c in ("18673", "18652", "18754"))
    # Rates: the commune with nothing to judge shares the last rank with the other 66.
    assert [m["petitions_on_time_rate"]["rank"] for m in (hht, cx, st)] == [1, 2, 3]
    assert st["petitions_on_time_rate"]["value"] is None
    assert cx["petitions_on_time_rate"] == {
        "label": "Tỷ lệ đơn thư giải quyết đúng hạn (%)",
        "value": 60.0,
        "rank": 2,
        "average": 80.0,
        "max": 100.0,
        "min": 60.0,
    }
    # Overdue: fewer is better, and sending nothing is not "0 overdue".
    assert [m["petitions_overdue"]["value"] for m in (hht, cx, st)] == [0, 2, None]
    assert [m["petitions_overdue"]["rank"] for m in (hht, cx, st)] == [1, 2, 3]
    assert [m["board_answer_rate"]["rank"] for m in (hht, cx, st)] == [1, 2, 3]
    assert [m["board_activities"]["value"] for m in (cx, hht, st)] == [3, 1, 0]
    assert [m["board_activities"]["rank"] for m in (cx, hht, st)] == [1, 2, 3]
    # No models anywhere: the overall rank falls to the petitions figures in ranking order.
    assert (figures["18652"].rank, figures["18673"].rank, figures["18754"].rank) == (1, 2, 3)
    assert figures["18115"].rank == 3
    # Stored and read back (the rollup carries None as null).
    again = ul.StandingFigures.from_json(figures["18754"].to_json())
    assert again.metrics["petitions_on_time_rate"]["value"] is None
    assert [
        k for k, _ in ul.ordered_metrics(again.metrics)
    ] == keys  # JSON sorted them; shown in ranking order
    assert next(p for p in again.peer_table if p["code"] == "18754")["petitions_overdue"] is None


def test_demo_commune_sent_up_shows_its_own_figures(tmp_path: Path, demo_template: Path) -> None:
    """The demo commune exports; the province imports and sees what the commune sees at home."""
    from danvan_desktop.domain.inspection import period as board_period
    from danvan_desktop.services import inspection
    from danvan_desktop.services.petitions import area as petitions_area
    from danvan_desktop.sync import exporter, importer
    from tests.conftest import COMMUNE
    from tests.sync_support import DEMO_PASSWORD, build_province, introduce, open_copy

    today = dt.date(2026, 11, 20)  # the day the demo template is built for
    commune = open_copy(demo_template, tmp_path / "xa" / "xa.sqlite", DEMO_PASSWORD)
    province = open_copy(build_province(tmp_path), tmp_path / "tinh" / "tinh.sqlite")
    try:
        introduce(commune, province, tmp_path / "keys")
        home = petitions_area.commune_summary(commune, 2026, today)[0]
        board = inspection.board_figures(commune, board_period("year", 2026), today)
        report = importer.import_bundle(
            province,
            exporter.export_data(commune, tmp_path / "usb").path,
            ack_dir=tmp_path / "acks",
        )
        assert report.status == "applied", report.message
        up = {a.code: a for a in ul.activity_figures(province, "2026", today)}[COMMUNE]
        assert tuple(
            up[k]
            for k in (
                "petitions_received",
                "petitions_resolved",
                "petitions_on_time",
                "petitions_on_time_rate",
                "petitions_overdue",
            )
        ) == (home["received"], home["resolved"], home["on_time"], home["rate"], home["overdue"])
        assert (
            home["received"] > 200 and home["overdue"] > 0
        )  # the demo: a year of petitions, some overdue
        assert (up["board_activities"], up["board_answers_overdue"]) == (
            board.activities,
            board.answers.overdue,
        )
        assert up["board_answer_rate"] == round(100 * board.answers.on_time_rate, 1)
        st = {f.commune_code: f for f in ul.compute_standings(province, "2026", today=today)}[
            COMMUNE
        ]
        assert st.metrics["petitions_on_time_rate"]["rank"] == 1  # the only commune with a figure
        assert st.metrics["petitions_overdue"]["value"] == home["overdue"]
    finally:
        commune.close()
        province.close()


def test_a_new_area_registers_itself_without_hub_edits(
    province,  # noqa: ANN001
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An area module no hub names shows up in the registry, the commune figures, the ranking,
    the stored standings, the Excel export and `danvan upper figures`."""
    import openpyxl

    from danvan_desktop.cli import main
    from danvan_desktop.reports import upper_level_reports
    from tests.upper_level_support import add_throwaway_area

    three_communes(province)
    before = [m.key for m in areas.ranked_metrics()]
    add_throwaway_area(monkeypatch, tmp_path / "area")
    assert "zz_throwaway" in [a.key for a in areas.areas()]
    assert [m.key for m in areas.ranked_metrics()] == [*before, "zz_digit"]  # after the others
    rows = {a.code: a for a in ul.activity_figures(province, "2026", TODAY)}
    assert (rows["18673"]["zz_digit"], rows["18652"]["zz_digit"]) == (3, 2)
    figures = {f.commune_code: f for f in ul.compute_standings(province, "2026", today=TODAY)}
    mine = ul.StandingFigures.from_json(figures["18673"].to_json()).metrics
    assert set(before) | {"zz_digit"} == set(mine)  # the old keys stay, the new one joins
    assert mine["zz_digit"]["label"] == "Chữ số cuối của mã" and mine["zz_digit"]["value"] == 3

    out = upper_level_reports.export_completeness_xlsx(
        province, tmp_path / "x.xlsx", "2026", today=TODAY
    )
    sheet = openpyxl.load_workbook(out)["Lĩnh vực thử nghiệm"]
    assert "Chữ số cuối của mã" in [c.value for row in sheet.iter_rows() for c in row]

    province.close()
    assert main(["upper", "figures", "--db", str(province.db_path), "--period", "2026"]) == 0
    printed = capsys.readouterr().out
    assert "# Lĩnh vực thử nghiệm — kỳ 2026" in printed
    assert "18673\tXã Cẩm Xuyên\t3" in printed


def test_a_standing_stored_before_the_areas_registered_reads_the_same() -> None:
    """A rollup made by the version with the fixed METRICS list: its JSON (keys sorted) reads
    back, in the same order, and a metric this install does not know (an area it lacks)
    comes after the known ones instead of failing."""
    import json

    old = {
        "period": "2026",
        "year": 2026,
        "commune_code": "18673",
        "commune_name": "Xã Cẩm Xuyên",
        "peers": 69,
        "rank": 2,
        "metrics": {
            key: {"label": key, "value": 1, "rank": 2, "average": 1.0, "max": 3, "min": 0}
            for key in (
                "board_activities",
                "board_answer_rate",
                "models_recognised",
                "models_registered",
                "petitions_on_time_rate",
                "petitions_overdue",
                "scoring_total",  # from a newer province with an area this install lacks
            )
        },
        "peer_table": [],
        "submission": {},
        "decisions": {},
        "a_field_from_the_future": True,
    }
    got = ul.StandingFigures.from_json(json.dumps(old, sort_keys=True))
    assert (got.rank, got.peers, got.commune_name) == (2, 69, "Xã Cẩm Xuyên")
    assert [k for k, _ in ul.ordered_metrics(got.metrics)] == [
        "models_recognised",
        "models_registered",
        "petitions_on_time_rate",
        "petitions_overdue",
        "board_answer_rate",
        "board_activities",
        "scoring_total",
    ]
