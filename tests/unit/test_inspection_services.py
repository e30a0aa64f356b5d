"""Use cases of the inspection board and the supervision boards, on a real SQLite file."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from danvan_desktop.domain.deadlines import DeadlineStatus
from danvan_desktop.domain.errors import PermissionDenied, RuleViolation
from danvan_desktop.domain.inspection import period
from danvan_desktop.domain.roles import Role
from danvan_desktop.services import inspection as svc
from danvan_desktop.services import investment_supervision as inv
from danvan_desktop.services import units, users
from danvan_desktop.services.context import AppContext, CurrentUser
from danvan_desktop.store.base import AuditEntry
from danvan_desktop.store.inspection import BoardRecommendation
from tests.inspection_support import build_template, open_copy

D = dt.date
TODAY = D(2026, 11, 20)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_template(tmp_path_factory.mktemp("commune"))


@pytest.fixture
def ctx(template: Path, tmp_path: Path) -> Iterator[AppContext]:
    context = open_copy(template, tmp_path)
    yield context
    context.close()


def make_term(ctx: AppContext, full: bool = True) -> tuple[str, list[str]]:
    term = svc.create_term(
        ctx, svc.TermInput("Nhiệm kỳ 2024–2029", D(2024, 7, 1), D(2029, 6, 30), "12/QĐ-MTTQ")
    )
    hamlets = [u.code for u in units.hamlets(ctx)]
    names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em"]
    roles = ["head", "deputy", "member", "member", "member"]
    count = 5 if full else 4
    ids = [
        svc.add_member(ctx, term, svc.MemberInput(names[i], hamlets[i], roles[i], D(2024, 6, 20)))
        for i in range(count)
    ]
    return term, ids


def codes(ctx: AppContext, term: str) -> list[str]:
    return [w.code for w in svc.check_members(ctx, term, TODAY)]


def test_members_warnings_follow_the_records(ctx: AppContext) -> None:
    term, ids = make_term(ctx, full=False)
    assert codes(ctx, term) == ["too_few", "hamlet_missing"]
    hamlet5 = units.hamlets(ctx)[4]
    fifth = svc.add_member(
        ctx,
        term,
        svc.MemberInput(
            "Hoàng Văn Em", hamlet5.code, "member", D(2024, 6, 20), commune_post="official"
        ),
    )
    assert codes(ctx, term) == ["commune_official"]
    row = next(m for m in svc.list_members(ctx, term, TODAY) if m.id == fifth)
    row.commune_post = "none"
    svc.update_member(
        ctx,
        fifth,
        svc.MemberInput(**{k: getattr(row, k) for k in svc.MemberInput.__dataclass_fields__}),
        row.revision,
    )
    assert codes(ctx, term) == []

    svc.member_leaves(ctx, ids[2], D(2026, 5, 1), "Chuyển nơi ở", today=TODAY)
    assert set(codes(ctx, term)) == {"hamlet_missing", "vacancy", "too_few"}
    hamlet3 = units.hamlets(ctx)[2]
    svc.add_member(
        ctx,
        term,
        svc.MemberInput("Đỗ Văn Phúc", hamlet3.code, "member", D(2026, 6, 1), replaces_id=ids[2]),
    )
    assert codes(ctx, term) == []
    members = svc.list_members(ctx, term, TODAY)
    assert members[0].role == "head" and members[-1].active is False  # the one who left is last
    assert svc.get_term(ctx, term, TODAY).members == 5


def test_terms_may_not_overlap_and_are_validated(ctx: AppContext) -> None:
    make_term(ctx)
    with pytest.raises(RuleViolation, match="trùng thời gian"):
        svc.create_term(ctx, svc.TermInput("Nhiệm kỳ khác", D(2028, 1, 1), D(2031, 1, 1)))
    with pytest.raises(RuleViolation):
        svc.create_term(ctx, svc.TermInput("", D(2020, 1, 1), D(2022, 1, 1)))
    old = svc.create_term(ctx, svc.TermInput("Nhiệm kỳ 2022–2024", D(2022, 7, 1), D(2024, 6, 30)))
    assert [t.name for t in svc.list_terms(ctx, TODAY)] == [
        "Nhiệm kỳ 2024–2029",
        "Nhiệm kỳ 2022–2024",
    ]
    assert svc.current_term(ctx, TODAY).name == "Nhiệm kỳ 2024–2029"
    svc.delete_term(ctx, old)
    assert len(svc.list_terms(ctx, TODAY)) == 1


def test_late_notice_is_recorded_and_flagged(ctx: AppContext) -> None:
    term, _ = make_term(ctx)
    plan = svc.create_plan(
        ctx,
        term,
        svc.PlanInput(
            "quarter",
            "Kế hoạch giám sát quý I năm 2026",
            2026,
            1,
            issued_on=D(2026, 1, 5),
            budget_vnd=3_000_000,
        ),
    )
    in_time = svc.create_activity(
        ctx,
        term,
        svc.ActivityInput(
            "supervision",
            "Việc thu, chi quỹ phòng, chống thiên tai",
            D(2026, 3, 16),
            plan_id=plan,
            sent_mttq_on=D(2026, 3, 9),
            sent_chairman_on=D(2026, 3, 9),
            sent_subject_on=D(2026, 3, 6),
        ),
    )
    late = svc.create_activity(
        ctx,
        term,
        svc.ActivityInput(
            "inspection",
            "Việc cấp giấy chứng nhận quyền sử dụng đất thôn Hạ Bắc",
            D(2026, 3, 16),
            sent_mttq_on=D(2026, 3, 9),
            sent_chairman_on=D(2026, 3, 9),
            sent_subject_on=D(2026, 3, 12),
        ),
    )
    rows = {a.id: a for a in svc.list_activities(ctx, svc.ActivityFilter(term_id=term))}
    assert not rows[in_time].notice_late and rows[in_time].notice_message == ""
    assert rows[late].notice_late
    assert "đối tượng được giám sát, kiểm tra" in rows[late].notice_message
    assert rows[late].latest_notice_on == D(2026, 3, 9)
    flagged = svc.list_activities(ctx, svc.ActivityFilter(notice_late_only=True))
    assert [a.id for a in flagged] == [late]
    assert svc.count_activities(ctx, svc.ActivityFilter(text="giay chung nhan")) == 1
    assert svc.list_plans(ctx, term)[0].activities == 1

    # Sent on time after all (the date was mistyped): the flag clears.
    data = svc._activity_input(rows[late])
    data.sent_subject_on = D(2026, 3, 5)
    svc.update_activity(ctx, late, data, rows[late].revision)
    assert not svc.get_activity(ctx, late).notice_late

    with pytest.raises(RuleViolation, match="sau ngày bắt đầu"):
        svc.create_activity(
            ctx,
            term,
            svc.ActivityInput("inspection", "X", D(2026, 3, 16), sent_mttq_on=D(2026, 3, 17)),
        )


def test_minutes_confirmed_and_petitions_linked(ctx: AppContext) -> None:
    term, _ = make_term(ctx)
    act = svc.create_activity(
        ctx, term, svc.ActivityInput("verification", "Đơn của bà Nguyễn Thị H.", D(2026, 4, 6))
    )
    svc.link_petition(
        ctx, act, "0190aaaa-0000-7000-8000-000000000001", "Đơn số 15/2026", "Đúng một phần"
    )
    with pytest.raises(RuleViolation, match="đã được gắn"):
        svc.link_petition(ctx, act, "0190aaaa-0000-7000-8000-000000000001")
    svc.confirm_minutes(
        ctx, act, D(2026, 4, 8), D(2026, 4, 10), "Nguyễn Văn Tư, Chủ tịch UB MTTQ xã", today=TODAY
    )
    row = svc.get_activity(ctx, act)
    assert row.minutes_confirmed and row.petitions[0]["ref"] == "Đơn số 15/2026"
    f = svc.board_figures(ctx, period("year", 2026), TODAY)
    assert (f.verifications, f.minutes_confirmed, f.petitions_verified) == (1, 1, 1)


def test_recommendation_goes_overdue_then_is_answered_late(ctx: AppContext) -> None:
    term, _ = make_term(ctx)
    rec = svc.create_recommendation(
        ctx,
        term,
        svc.RecommendationInput(
            svc.DEFAULT_ADDRESSEE,
            "Đề nghị công khai danh sách hộ được hỗ trợ làm nhà",
            D(2026, 3, 6),
            doc_no="03/KN-BTTND",
        ),
        today=D(2026, 3, 6),
    )
    row = svc.get_recommendation(ctx, rec, today=D(2026, 3, 10))
    assert row.due_on == D(2026, 3, 23)  # 21/03 is a Saturday
    assert row.status == DeadlineStatus.ON_TRACK
    assert svc.get_recommendation(ctx, rec, today=D(2026, 3, 20)).status == DeadlineStatus.DUE_SOON
    overdue = svc.get_recommendation(ctx, rec, today=D(2026, 3, 30))
    assert overdue.overdue and overdue.days_late(D(2026, 3, 30)) == 7
    assert [
        r.id
        for r in svc.list_recommendations(
            ctx, svc.RecommendationFilter(state="overdue"), D(2026, 3, 30)
        )
    ] == [rec]
    assert (
        svc.count_recommendations(ctx, svc.RecommendationFilter(state="overdue"), D(2026, 3, 20))
        == 0
    )

    with pytest.raises(RuleViolation):
        svc.record_follow_up(ctx, rec, "done", D(2026, 4, 1), today=TODAY)
    status = svc.record_answer(
        ctx, rec, D(2026, 3, 31), "45/UBND", "Đã niêm yết công khai tại nhà văn hóa", today=TODAY
    )
    assert status == DeadlineStatus.CLOSED_LATE
    svc.record_follow_up(ctx, rec, "done", D(2026, 4, 15), "Đã kiểm tra việc niêm yết", today=TODAY)
    row = svc.get_recommendation(ctx, rec, TODAY)
    assert row.status_label == "Đã trả lời quá hạn" and row.follow_up_label == "Đã thực hiện"
    assert svc.count_recommendations(ctx, svc.RecommendationFilter(state="late"), TODAY) == 1
    assert svc.count_recommendations(ctx, svc.RecommendationFilter(text="dat dai"), TODAY) == 0
    assert (
        svc.count_recommendations(ctx, svc.RecommendationFilter(text="ho tro lam nha"), TODAY) == 1
    )

    with ctx.read() as s:
        stored = s.get(BoardRecommendation, rec)
        assert stored.revision == 3  # created, answered, followed up
        actions = [
            a for (a,) in s.execute(select(AuditEntry.action).where(AuditEntry.record_id == rec))
        ]
    assert actions == ["create", "update", "update"]


def test_due_dates_follow_the_communes_calendar_edits(ctx: AppContext) -> None:
    from danvan_desktop.services import petitions

    term, _ = make_term(ctx)
    rec = svc.create_recommendation(
        ctx,
        term,
        svc.RecommendationInput("Chủ tịch UBND xã", "Kiến nghị", D(2026, 3, 2)),
        today=TODAY,
    )
    assert svc.get_recommendation(ctx, rec, TODAY).due_on == D(2026, 3, 17)
    petitions.add_calendar_day(ctx, D(2026, 3, 17), "day_off", "Nghỉ bù do địa phương quyết định")
    # the calendar's edit already moved it (the area's calendar_changed hook): nothing left
    assert svc.get_recommendation(ctx, rec, TODAY).due_on == D(2026, 3, 18)
    assert svc.recompute_due_dates(ctx) == 0


def test_report_figures_and_editable_narrative(ctx: AppContext) -> None:
    term, _ = make_term(ctx)
    svc.create_plan(
        ctx, term, svc.PlanInput("year", "Kế hoạch năm 2026", 2026, issued_on=D(2026, 1, 5))
    )
    svc.create_activity(ctx, term, svc.ActivityInput("supervision", "Chợ xã", D(2026, 2, 2)))
    for sent, answered in (
        (D(2026, 2, 10), D(2026, 2, 20)),
        (D(2026, 3, 2), None),
        (D(2026, 11, 16), None),
    ):
        rec = svc.create_recommendation(
            ctx, term, svc.RecommendationInput("Chủ tịch UBND xã", "Kiến nghị", sent), today=TODAY
        )
        if answered:
            svc.record_answer(ctx, rec, answered, "01/UBND", today=TODAY)
    f = svc.board_figures(ctx, period("year", 2026), TODAY)
    assert (f.members, f.plans, f.activities, f.recommendations) == (5, 1, 1, 3)
    assert (f.answers.on_time, f.answers.overdue, f.answers.waiting) == (1, 1, 1)
    assert f.answers.on_time_rate == 0.5

    report = svc.create_report(ctx, svc.ReportInput("year", 2026, doc_no="05/BC-TTND"), today=TODAY)
    info = svc.get_report(ctx, report)
    assert info.title.endswith("năm 2026") and "50%" in info.narrative
    assert info.figures["answers"]["on_time_rate"] == 0.5
    svc.update_report(
        ctx,
        report,
        narrative=info.narrative + "\nBan đề nghị UBND xã trả lời đúng hạn.",
        title=info.title,
        doc_no="05/BC-TTND",
        expected_revision=info.revision,
    )
    with pytest.raises(RuleViolation, match="sửa sau khi bạn mở"):
        svc.update_report(ctx, report, narrative="x", title="y", expected_revision=info.revision)
    svc.create_activity(ctx, term, svc.ActivityInput("inspection", "Trường mầm non", D(2026, 5, 4)))
    assert svc.refresh_report_figures(ctx, report, TODAY).activities == 2
    again = svc.get_report(ctx, report)
    assert again.narrative.endswith("trả lời đúng hạn.") and again.figures["activities"] == 2
    assert [r.id for r in svc.list_reports(ctx, 2026)] == [report]
    with pytest.raises(RuleViolation, match="chưa bắt đầu"):
        svc.create_report(ctx, svc.ReportInput("year", 2027), today=TODAY)
    by_unit = svc.figures_by_unit(ctx, period("year", 2026), TODAY)
    assert [(u.unit_code, u.figures.recommendations) for u in by_unit] == [(ctx.unit_code, 3)]
    assert json.loads(json.dumps(svc.figures_dict(f))) == svc.figures_dict(
        svc.figures_from_dict(svc.figures_dict(f))
    )


def test_viewer_cannot_edit(ctx: AppContext) -> None:
    term, _ = make_term(ctx)
    users.create_user(ctx, "xem", "matkhau123", "Người xem", Role.VIEWER, "")
    ctx.user = CurrentUser("xem", "Người xem", Role.VIEWER)
    with pytest.raises(PermissionDenied):
        svc.create_plan(ctx, term, svc.PlanInput("year", "Kế hoạch", 2026))
    assert codes(ctx, term) == []  # reading is allowed


def test_supervision_board_figures_per_quarter(ctx: AppContext) -> None:
    hamlet = units.hamlets(ctx)[0]
    project = inv.create_project(
        ctx,
        inv.ProjectInput(
            "Đường bê tông thôn Trung Hà",
            "UBND xã",
            "Ngân sách xã và nhân dân đóng góp",
            "Thôn Trung Hà",
            hamlet.code,
            D(2026, 3, 1),
            D(2026, 9, 30),
            2_500_000_000,
            "05/QĐ-MTTQ",
            D(2026, 2, 20),
        ),
    )
    assert {w.code for w in inv.check_board(ctx, project, TODAY)} == {
        "too_few",
        "no_mttq",
        "no_bttnd",
        "no_resident",
    }
    for name, side, role in (
        ("Nguyễn Văn Tư", "mttq", "head"),
        ("Trần Văn Năm", "bttnd", "member"),
        ("Lê Thị Sáu", "resident", "member"),
        ("Võ Văn Bảy", "resident", "member"),
    ):
        inv.add_supervisor(
            ctx, project, inv.SupervisorInput(name, side, role, joined_on=D(2026, 2, 20))
        )
    assert [w.code for w in inv.check_board(ctx, project, TODAY)] == ["too_few"]
    inv.add_supervisor(
        ctx, project, inv.SupervisorInput("Phan Thị Tám", "resident", joined_on=D(2026, 2, 20))
    )
    assert inv.check_board(ctx, project, TODAY) == []

    sup1 = inv.save_supervision(
        ctx,
        project,
        inv.SupervisionInput(D(2026, 3, 20), "Kiểm tra vật liệu", "Cát bẩn"),
        today=TODAY,
    )
    inv.save_supervision(
        ctx, project, inv.SupervisionInput(D(2026, 5, 12), "Kiểm tra độ dày mặt đường"), today=TODAY
    )
    inv.save_violation(
        ctx,
        project,
        inv.ViolationInput(
            D(2026, 5, 12),
            "Mặt đường mỏng hơn thiết kế 2 cm",
            45_000_000,
            handled_on=D(2026, 7, 2),
            handling="Giảm trừ",
            recovered_vnd=5_000_000,
            reduced_vnd=40_000_000,
        ),
        today=TODAY,
    )
    inv.save_violation(
        ctx,
        project,
        inv.ViolationInput(D(2026, 3, 20), "Cát lẫn đất", supervision_id=sup1),
        today=TODAY,
    )
    inv.save_recommendation(
        ctx,
        project,
        inv.ProjectRecInput(
            D(2026, 5, 13),
            "UBND xã (chủ đầu tư)",
            "Đề nghị yêu cầu nhà thầu làm lại đoạn đường",
            answered_on=D(2026, 5, 25),
        ),
        today=TODAY,
    )
    with pytest.raises(RuleViolation, match="thu hồi"):
        inv.save_violation(
            ctx, project, inv.ViolationInput(D(2026, 5, 12), "X", recovered_vnd=1), today=TODAY
        )

    rows = inv.year_by_quarter(ctx, 2026)
    q1, q2, q3, q4, year = (r.figures for r in rows)
    assert (q1.works_supervised, q1.supervisions, q1.violations, q1.boards_established) == (
        1,
        1,
        1,
        1,
    )
    assert (q2.supervisions, q2.violations, q2.violation_value_vnd, q2.recommendations) == (
        1,
        1,
        45_000_000,
        1,
    )
    assert (q3.recovered_vnd, q3.reduced_vnd, q3.supervisions) == (5_000_000, 40_000_000, 0)
    assert (
        year.works_supervised,
        year.supervisions,
        year.violations,
        year.recommendations_answered,
    ) == (1, 2, 2, 1)
    assert year.works_value_vnd == 2_500_000_000 and q4.boards_active == 1

    notes = inv.dissolve_board(
        ctx, project, D(2026, 10, 15), "09/QĐ-MTTQ", "Công trình đã quyết toán", today=TODAY
    )
    assert notes == ["Còn 1 vi phạm chưa được xử lý."]
    row = inv.get_project(ctx, project, TODAY)
    assert (
        row.status_label.startswith("Đã giải thể")
        and row.recovered_vnd == 5_000_000
        and row.warnings == 0
    )
    assert inv.figures(ctx, period("quarter", 2026, 4)).boards_dissolved == 1
    with pytest.raises(RuleViolation, match="giải thể"):
        inv.save_supervision(
            ctx, project, inv.SupervisionInput(D(2026, 11, 1), "Sau giải thể"), today=TODAY
        )
    with pytest.raises(RuleViolation, match="buổi giám sát"):
        inv.delete_project(ctx, project)
    assert [u.figures.supervisions for u in inv.figures_by_unit(ctx, period("year", 2026))] == [2]


def test_migration_upgrades_a_populated_database_with_nothing_lost(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import text

    from danvan_desktop.store.engine import make_engine, sqlite_url
    from danvan_desktop.store.migrate import alembic_config, current_revision, row_counts

    engine = make_engine(sqlite_url(tmp_path / "old.sqlite"))
    cfg = alembic_config()

    def upgrade_to(revision: str) -> None:  # exactly this revision, whatever later ones exist
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            conn.commit()

    upgrade_to("petitions")  # the revision before this one, filled with plain SQL of its time
    record = "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, 0, 1"
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO setting (key, value, updated_at) VALUES ('unit_code', '18673', '2026-01-01')"
            )
        )
        for i, name in enumerate(("Thôn A", "Thôn B")):
            conn.execute(
                text(
                    "INSERT INTO unit (code, name, level, kind_label, parent_code, sort_order, id, "
                    "unit_code, created_at, "
                    f"updated_at, revision, deleted, change_seq) VALUES ('18673-{i}', '{name}', "
                    f"'hamlet', '', '18673', {i}, "
                    f"'0190aaaa-0000-7000-8000-00000000000{i}', '18673', {record})"
                )
            )
    before = row_counts(engine)
    upgrade_to("inspection_boards")
    after = row_counts(engine)
    assert current_revision(engine) == "inspection_boards"
    assert all(after[name] == n for name, n in before.items() if name != "alembic_version")
    assert (
        after["unit"] == 2
        and after["inspection_board_term"] == 0
        and after["investment_project"] == 0
    )
    engine.dispose()


def test_demo_builder_makes_what_the_issue_asks(ctx: AppContext) -> None:
    import random

    from danvan_desktop import demo
    from danvan_desktop.demo import inspection as inspection_demo

    assert inspection_demo.STEP in demo.steps()
    today = D(2026, 11, 20)
    summary = inspection_demo.build(ctx, random.Random(2026), today)
    assert summary.startswith("Ban Thanh tra nhân dân: 2 nhiệm kỳ")
    terms = svc.list_terms(ctx, today)
    assert len(terms) == 2 and terms[0].current
    members = svc.list_members(ctx, terms[0].id, today)
    assert {m.hamlet_code for m in members} == {u.code for u in units.hamlets(ctx)}
    assert "vacancy" in codes(ctx, terms[0].id)  # a seat to refill, so the warning shows
    recs = svc.list_recommendations(ctx, today=today, limit=100)
    assert any(r.status == DeadlineStatus.CLOSED_LATE for r in recs)
    assert [r.doc_no for r in recs if r.status == DeadlineStatus.OVERDUE] == ["08/KN-TTND"]
    assert svc.count_activities(ctx, svc.ActivityFilter(notice_late_only=True)) == 2
    assert len(svc.list_plans(ctx, terms[0].id, 2026)) >= 5
    assert len(svc.list_reports(ctx, 2026)) == 3
    projects = inv.list_projects(ctx, today=today)
    assert len(projects) == 2 and any(p.dissolved_on for p in projects)
    assert inv.figures(ctx, period("year", 2026)).recovered_vnd > 0
