"""The "Chính quyền chủ động" figures on a small register worked out by hand; each item's filter
opens exactly the cases behind it."""

import datetime as dt

from danvan_desktop.domain.petitions import Action
from danvan_desktop.services import dialogues as D
from danvan_desktop.services import early_warning as E
from danvan_desktop.services import petitions as P
from danvan_desktop.services import units
from danvan_desktop.services.petitions import area as petitions_area
from tests.conftest import ADMIN_PASSWORD

TODAY = dt.date(2026, 11, 20)  # a Friday; the week ends on Sunday 22/11


def _reg(ctx, received: dt.date, ptype: str = "recommendation", hamlet: int = 0, **kw) -> str:  # noqa: ANN001, ANN003
    data = dict(
        received_on=received,
        channel="post",
        type=ptype,
        summary=kw.pop("summary", "Kiến nghị sửa đường"),
        field=kw.pop("field", "Xây dựng, trật tự đô thị"),
        hamlet_code=units.hamlets(ctx)[hamlet].code,
        citizen_name=kw.pop("name", "Nguyễn Văn An"),
    )
    data.update(kw)
    return P.register_petition(ctx, P.PetitionInput(**data), today=TODAY)


def _steps(ctx, pid: str, *steps: tuple[Action, dt.date]) -> None:  # noqa: ANN001
    for action, on in steps:
        P.take_step(
            ctx, pid, action, on, today=TODAY, outcome="Đã trả lời", transferred_to="UBND tỉnh"
        )


def test_early_warning_figures(ctx) -> None:  # noqa: ANN001
    # Overdue: a complaint received 1/10 never accepted (accept by Sun 11/10 → Mon 12/10);
    # a denunciation 2/11 (7 wd → 11/11).
    late_complaint = _reg(
        ctx,
        dt.date(2026, 10, 1),
        "complaint",
        summary="Khiếu nại thu hồi đất",
        field="Đất đai",
        name="Trần Văn Bình",
    )
    late_denunciation = _reg(
        ctx,
        dt.date(2026, 11, 2),
        "denunciation",
        summary="Tố cáo thu tiền",
        field="Đất đai",
        name="Lê Văn Cường",
    )
    # Due this week: a recommendation received 6/11 → inform within 10 working days → Fri 20/11.
    due_today = _reg(ctx, dt.date(2026, 11, 6), name="Phạm Thị Dung")
    # Resolved this year: two recommendations on time, one complaint late.
    on_time_1 = _reg(ctx, dt.date(2026, 4, 1), name="Hồ Văn Em")
    _steps(
        ctx, on_time_1, (Action.CLASSIFY, dt.date(2026, 4, 2)), (Action.GUIDE, dt.date(2026, 4, 6))
    )
    on_time_2 = _reg(ctx, dt.date(2026, 5, 4), name="Đỗ Thị Gấm")
    _steps(
        ctx,
        on_time_2,
        (Action.CLASSIFY, dt.date(2026, 5, 5)),
        (Action.TRANSFER, dt.date(2026, 5, 7)),
    )
    late = _reg(
        ctx, dt.date(2026, 5, 4), "complaint", summary="Khiếu nại bồi thường", name="Ngô Văn Hải"
    )
    _steps(
        ctx,
        late,
        (Action.CLASSIFY, dt.date(2026, 5, 5)),
        (Action.ACCEPT, dt.date(2026, 5, 8)),
        (Action.DECIDE, dt.date(2026, 7, 1)),
    )
    # A hot spot: 5 petitions on pollution from hamlet 2 in the last days, one a crowd.
    hot = [
        _reg(
            ctx,
            dt.date(2026, 11, 9) + dt.timedelta(days=2 * i),
            "feedback",
            hamlet=2,
            field="Môi trường",
            summary="Phản ánh trang trại lợn gây ô nhiễm",
            name=f"Người {i}",
            is_crowd=i == 0,
            people_count=12 if i == 0 else 1,
        )
        for i in range(5)
    ]
    for pid in hot:
        _steps(ctx, pid, (Action.CLASSIFY, dt.date(2026, 11, 18)))
    repeat = _reg(
        ctx,
        dt.date(2026, 11, 19),
        "feedback",
        hamlet=2,
        field="Môi trường",
        summary="Phản ánh trang trại lợn gây ô nhiễm",
        name="Người 0",
    )
    P.link_duplicate(ctx, repeat, hot[0])
    # A commitment past due.
    D.create_dialogue(
        ctx,
        D.DialogueInput(held_on=dt.date(2026, 10, 1), presider="Chủ tịch UBND xã"),
        commitments=[D.CommitmentInput("Nạo vét kênh", "Thủy lợi xã", dt.date(2026, 11, 1))],
        today=TODAY,
    )

    ew = E.compute(ctx, TODAY)
    assert ew.overdue == 2 + 0 and ew.overdue_by_type == {"complaint": 1, "denunciation": 1}
    assert {r.id for r in ew.overdue_list} == {late_complaint, late_denunciation}
    assert ew.overdue_list[0].id == late_complaint  # the longest past due first
    assert due_today in {r.id for r in ew.due_week_list}
    assert ew.on_time_by_type["recommendation"] == E.Rate(2, 2)
    assert ew.on_time_by_type["complaint"] == E.Rate(0, 1)
    assert ew.on_time.percent == 66.7
    may = next(p for p in ew.trend if (p.year, p.month) == (2026, 5))
    assert (may.received, may.resolved, may.on_time) == (2, 1, 1)
    assert len(ew.trend) == 12 and ew.trend[-1].label == "11/2026"
    top = ew.hamlets[0]
    assert (top.key, top.count, top.crowds, top.hot) == (units.hamlets(ctx)[2].code, 6, 1, True)
    assert ew.topics[0].label == "Môi trường" and ew.topics[0].hot
    assert ew.repeats[0].key == hot[0] and ew.repeats[0].count == 2
    assert ew.crowds == 1
    assert ew.longest_open[0].id == late_complaint
    assert [c.what for c in ew.commitments_overdue] == ["Nạo vét kênh"]

    # Each item opens exactly the cases behind it.
    def ids(f: P.PetitionFilter) -> set[str]:
        return {r.id for r in P.list_petitions(ctx, f)}

    assert ids(ew.filters["overdue"]) == {late_complaint, late_denunciation}
    assert ids(ew.filters["overdue:complaint"]) == {late_complaint}
    assert ids(ew.filters["late:complaint"]) == {late}
    assert ids(top.filter) == {*hot, repeat}
    assert ids(ew.repeats[0].filter) == {hot[0], repeat}
    assert ids(ew.filters["crowds"]) == {hot[0]}
    assert P.count_petitions(ctx, ew.filters["month:2026-05"]) == 1

    summary = petitions_area.commune_summary(ctx, 2026, TODAY)
    assert summary == [
        {
            "unit_code": "18673",
            "received": 12,
            "resolved": 3,
            "on_time": 2,
            "rate": 66.7,
            "overdue": 2,
        }
    ]


def test_cli_warnings_and_list(ctx, db_path, capsys, monkeypatch) -> None:  # noqa: ANN001
    from danvan_desktop.cli import main

    monkeypatch.setenv("DANVAN_PASSWORD", ADMIN_PASSWORD)  # the fixture's admin logs in

    _reg(ctx, dt.date(2026, 10, 1), "complaint", summary="Khiếu nại thu hồi đất", field="Đất đai")
    assert main(["petitions", "warnings", "--db", str(db_path), "--today", "20/11/2026"]) == 0
    out = capsys.readouterr().out
    assert (
        "Quá hạn: 1; Khiếu nại: 1" in out and "001/2026 hạn 12/10/2026" in out
    )  # 11/10 is a Sunday: the next working day
    assert (
        main(["petitions", "list", "--db", str(db_path), "--search", "thu hoi", "--overdue"]) == 0
    )
    assert "Tổng số: 1" in capsys.readouterr().out
    assert (
        main(["petitions", "export", "--db", str(db_path), "--out", str(db_path.parent / "x.pdf")])
        == 2
    )
    assert "đuôi .xlsx" in capsys.readouterr().err


def test_overdue_counts_open_cases_only(ctx) -> None:  # noqa: ANN001
    """A case past its deadline is overdue until it is handled; handled late, then closed or
    suspended, it leaves the overdue count (what the upper level reads per commune)."""
    late = _reg(ctx, dt.date(2026, 9, 1), name="Trần Văn Bình")
    paused = _reg(ctx, dt.date(2026, 9, 2), "complaint", name="Lê Văn Cường")
    assert petitions_area.commune_summary(ctx, 2026, TODAY)[0]["overdue"] == 2
    _steps(
        ctx,
        late,
        (Action.CLASSIFY, dt.date(2026, 9, 3)),
        (Action.GUIDE, dt.date(2026, 11, 2)),
        (Action.CLOSE, dt.date(2026, 11, 3)),
    )
    _steps(
        ctx, paused, (Action.CLASSIFY, dt.date(2026, 9, 3)), (Action.ACCEPT, dt.date(2026, 9, 10))
    )
    P.take_step(
        ctx,
        paused,
        Action.SUSPEND,
        dt.date(2026, 9, 20),
        reason="Chờ kết quả giám định",
        today=TODAY,
    )
    got = petitions_area.commune_summary(ctx, 2026, TODAY)[0]
    assert (got["received"], got["resolved"], got["on_time"], got["overdue"]) == (2, 1, 0, 0)


def test_areas_warnings_agree_with_the_screens(demo_ctx) -> None:  # noqa: ANN001
    """Each registered area's early-warning lines (the home screen's "needs attention") count
    what the early-warning screen and the board's figures count, on the demo commune."""
    import datetime as dt

    from danvan_desktop.domain.inspection import period as board_period
    from danvan_desktop.services import areas, inspection

    today = dt.date(2026, 11, 20)  # the day the demo template is built for
    lines = {w.key: w for w in areas.warnings(demo_ctx, today)}
    ew = E.compute(demo_ctx, today)
    assert lines["petitions_overdue"].count == ew.overdue > 0
    assert lines["petitions_due_week"].count == ew.due_this_week
    assert lines["petitions_due_soon"].count == ew.due_soon
    assert lines["commitments_overdue"].count == len(ew.commitments_overdue)
    assert set(lines["commitments_overdue"].record_ids) == {c.id for c in ew.commitments_overdue}
    board = inspection.board_figures(demo_ctx, board_period("year", 2026), today)
    assert lines["board_answers_overdue"].count == board.answers.overdue == 1
    assert "reception_days_short" in lines
    # In area order: petitions before the board.
    keys = list(lines)
    assert keys.index("petitions_overdue") < keys.index("board_answers_overdue")
