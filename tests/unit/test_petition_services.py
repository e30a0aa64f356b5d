"""The petition register's use cases (DOMAIN §4) on a real SQLite file: numbering, deadlines from
the rules engine, the workflow with illegal moves refused, extensions, suspension, calendar edits,
duplicates at entry, confidentiality of a denouncer's identity, and searching the list."""

import datetime as dt
import json

import pytest
from sqlalchemy import select

from danvan_desktop.domain.errors import PermissionDenied, RuleViolation
from danvan_desktop.domain.petitions import Action
from danvan_desktop.domain.roles import Role
from danvan_desktop.services import petitions as P
from danvan_desktop.services import receptions, units, users
from danvan_desktop.store.base import AuditEntry
from danvan_desktop.store.petitions import Petition
from tests.conftest import ADMIN_PASSWORD, login_as

TODAY = dt.date(2026, 11, 20)


def _input(ctx, **kw) -> P.PetitionInput:  # noqa: ANN001
    base = dict(
        received_on=dt.date(2026, 3, 2),
        channel="post",
        type="complaint",
        summary="Tranh chấp ranh giới đất với hộ liền kề",
        field="Đất đai",
        hamlet_code=units.hamlets(ctx)[0].code,
        citizen_name="Nguyễn Văn Án",
        citizen_id_no="042090001234",
        citizen_address="Thôn Trung Hà",
    )
    base.update(kw)
    return P.PetitionInput(**base)


def _walk(ctx, pid: str, steps: list[tuple[Action, dt.date]], **kw) -> str:  # noqa: ANN001, ANN003
    status = ""
    for action, on in steps:
        extra = dict(kw)
        if action == Action.DECIDE:
            extra.setdefault("outcome", "Công nhận một phần nội dung khiếu nại")
        if action == Action.TRANSFER:
            extra.setdefault("transferred_to", "UBND tỉnh")
        status = P.take_step(ctx, pid, action, on, today=TODAY, **extra)
    return status


def test_numbers_run_within_the_year_and_the_deadline_comes_from_the_rules(ctx) -> None:  # noqa: ANN001
    a = P.register_petition(ctx, _input(ctx), today=TODAY)
    b = P.register_petition(
        ctx,
        _input(ctx, received_on=dt.date(2026, 3, 3), citizen_name="Lê Thị Bình", citizen_id_no=""),
        today=TODAY,
    )
    c = P.register_petition(
        ctx,
        _input(ctx, received_on=dt.date(2025, 12, 30), citizen_name="Hồ Văn Cư", citizen_id_no=""),
        today=TODAY,
    )
    assert [P.get_petition(ctx, x, TODAY).number_label for x in (a, b, c)] == [
        "001/2026",
        "002/2026",
        "001/2025",
    ]
    d = P.get_petition(ctx, a, TODAY)
    # Accepting a complaint: 10 days from receipt (Mon 2/3/2026, the day itself not counted) → Thu 12/3.
    assert (d.due_on, d.due_step, d.rule_version) == (
        dt.date(2026, 3, 12),
        "accept_complaint",
        "vn-don-thu 2019.1",
    )
    assert "Luật Khiếu nại" in d.due_explanation
    assert d.deadline == "overdue"  # still not accepted on 20/11/2026
    assert [r.deadline for r in P.list_petitions(ctx, P.PetitionFilter(today=TODAY))] == [
        "overdue"
    ] * 3


def test_the_rule_in_force_on_the_receipt_date_applies(ctx) -> None:  # noqa: ANN001
    old = P.register_petition(ctx, _input(ctx, received_on=dt.date(2026, 6, 26)), today=TODAY)
    new = P.register_petition(
        ctx, _input(ctx, received_on=dt.date(2026, 7, 3), citizen_name="B"), today=TODAY
    )
    o, n = P.get_petition(ctx, old, TODAY), P.get_petition(ctx, new, TODAY)
    # Before 1/7/2026: 10 calendar days (Fri 26/6 → Mon 6/7). From 1/7/2026: 7 working days
    # (Fri 3/7 → 6,7,8,9,10,13,14/7).
    assert (o.due_on, o.rule_version) == (dt.date(2026, 7, 6), "vn-don-thu 2019.1")
    assert (n.due_on, n.rule_version) == (dt.date(2026, 7, 14), "vn-don-thu 2026.1")


def test_workflow_to_closure_with_on_time_judgement_and_dated_steps(ctx) -> None:  # noqa: ANN001
    pid = P.register_petition(ctx, _input(ctx), actor="Trần Thị Lan", today=TODAY)
    _walk(ctx, pid, [(Action.CLASSIFY, dt.date(2026, 3, 3)), (Action.ACCEPT, dt.date(2026, 3, 9))])
    d = P.get_petition(ctx, pid, TODAY)
    # Settling a first complaint: 30 days from acceptance (9/3 → 8/4/2026, a Wednesday).
    assert (d.status, d.accepted_on, d.due_on, d.due_step) == (
        "accepted",
        dt.date(2026, 3, 9),
        dt.date(2026, 4, 8),
        "settle_first_complaint",
    )
    assert "dialogue" in d.allowed and "close" not in d.allowed
    status = _walk(
        ctx,
        pid,
        [
            (Action.VERIFY, dt.date(2026, 3, 12)),
            (Action.DIALOGUE, dt.date(2026, 3, 20)),
            (Action.DECIDE, dt.date(2026, 4, 2)),
            (Action.NOTIFY, dt.date(2026, 4, 3)),
            (Action.CLOSE, dt.date(2026, 4, 10)),
        ],
    )
    d = P.get_petition(ctx, pid, TODAY)
    assert status == "closed" and d.on_time is True and d.resolved_on == dt.date(2026, 4, 2)
    assert (
        d.due_on is None and d.last_due_on == dt.date(2026, 4, 8) and d.deadline == "closed_on_time"
    )
    assert [s["action"] for s in d.steps] == [
        "receive",
        "classify",
        "accept",
        "verify",
        "dialogue",
        "decide",
        "notify",
        "close",
    ]
    assert d.steps[0]["actor"] == "Trần Thị Lan" and all(s["by"] == "admin" for s in d.steps)
    assert not any(s["late"] for s in d.steps)


def test_late_steps_are_flagged_and_counted_late(ctx) -> None:  # noqa: ANN001
    pid = P.register_petition(ctx, _input(ctx), today=TODAY)
    _walk(
        ctx,
        pid,
        [
            (Action.CLASSIFY, dt.date(2026, 3, 3)),
            (Action.ACCEPT, dt.date(2026, 3, 20)),
            (Action.DECIDE, dt.date(2026, 5, 20)),
        ],
    )
    d = P.get_petition(ctx, pid, TODAY)
    assert [s["late"] for s in d.steps] == [False, False, True, True]
    assert d.on_time is False and d.deadline == "closed_late"


def test_illegal_moves_and_bad_input_are_refused_with_the_reason(ctx) -> None:  # noqa: ANN001
    with pytest.raises(RuleViolation, match="Thôn, tổ dân phố không có trong danh mục") as e:
        P.register_petition(ctx, _input(ctx, hamlet_code="99999-khong-co"), today=TODAY)
    assert e.value.field == "hamlet_code"
    with pytest.raises(RuleViolation, match="tương lai"):
        P.register_petition(ctx, _input(ctx, received_on=TODAY + dt.timedelta(days=1)), today=TODAY)
    with pytest.raises(RuleViolation, match="tóm tắt"):
        P.register_petition(ctx, _input(ctx, summary="  "), today=TODAY)
    with pytest.raises(RuleViolation, match="CCCD"):
        P.register_petition(ctx, _input(ctx, citizen_id_no="12345"), today=TODAY)
    pid = P.register_petition(ctx, _input(ctx), today=TODAY)
    with pytest.raises(RuleViolation, match="Kết thúc hồ sơ"):  # closing a case just received
        P.take_step(ctx, pid, Action.CLOSE, dt.date(2026, 3, 5), today=TODAY)
    P.take_step(ctx, pid, Action.CLASSIFY, dt.date(2026, 3, 3), today=TODAY)
    with pytest.raises(RuleViolation, match="trước khi thụ lý"):  # a decision before acceptance
        P.take_step(ctx, pid, Action.DECIDE, dt.date(2026, 3, 5), outcome="x", today=TODAY)
    with pytest.raises(RuleViolation, match="trước ngày tiếp nhận"):
        P.take_step(ctx, pid, Action.ACCEPT, dt.date(2026, 3, 1), today=TODAY)
    with pytest.raises(RuleViolation, match="tương lai"):
        P.take_step(ctx, pid, Action.ACCEPT, TODAY + dt.timedelta(days=2), today=TODAY)
    with pytest.raises(RuleViolation, match="cơ quan có thẩm quyền"):
        P.take_step(ctx, pid, Action.TRANSFER, dt.date(2026, 3, 5), today=TODAY)
    assert P.get_petition(ctx, pid, TODAY).status == "classified"  # nothing half-saved


def test_extension_of_a_complex_denunciation_recomputes_the_deadline(ctx) -> None:  # noqa: ANN001
    pid = P.register_petition(
        ctx,
        _input(
            ctx,
            type="denunciation",
            complexity="complex",
            summary="Tố cáo cán bộ địa chính nhận tiền",
        ),
        today=TODAY,
    )
    _walk(ctx, pid, [(Action.CLASSIFY, dt.date(2026, 3, 2)), (Action.ACCEPT, dt.date(2026, 3, 2))])
    assert P.get_petition(ctx, pid, TODAY).due_on == dt.date(2026, 4, 1)  # 30 days
    with pytest.raises(RuleViolation, match="lý do"):
        P.take_step(ctx, pid, Action.EXTEND, dt.date(2026, 3, 25), today=TODAY)
    new_due = P.extend(ctx, pid, dt.date(2026, 3, 25), "Cần giám định chữ ký", today=TODAY)
    # 60 days → Fri 1/5/2026 (Labour Day; 30/4 too) → the next working day, Mon 4/5/2026.
    assert new_due == dt.date(2026, 5, 4)
    d = P.get_petition(ctx, pid, TODAY)
    assert d.extensions == 1 and d.extension_list[0]["old_due"] == dt.date(2026, 4, 1)
    assert (
        d.extension_list[0]["new_due"] == dt.date(2026, 5, 4) and d.extension_list[0]["days"] == 30
    )
    with pytest.raises(RuleViolation, match="tối đa 1 lần"):
        P.extend(ctx, pid, dt.date(2026, 3, 30), "Gia hạn lần hai", today=TODAY)
    plain = P.register_petition(
        ctx, _input(ctx, type="denunciation", summary="Tố cáo khác"), today=TODAY
    )
    _walk(
        ctx, plain, [(Action.CLASSIFY, dt.date(2026, 3, 2)), (Action.ACCEPT, dt.date(2026, 3, 2))]
    )
    with pytest.raises(RuleViolation, match="phức tạp"):
        P.extend(ctx, plain, dt.date(2026, 3, 25), "Chưa xác minh xong", today=TODAY)


def test_suspension_stops_the_clock_and_resuming_pushes_the_deadline(ctx) -> None:  # noqa: ANN001
    pid = P.register_petition(ctx, _input(ctx), today=TODAY)
    _walk(ctx, pid, [(Action.CLASSIFY, dt.date(2026, 3, 3)), (Action.ACCEPT, dt.date(2026, 3, 9))])
    P.take_step(
        ctx, pid, Action.SUSPEND, dt.date(2026, 3, 16), reason="Chờ kết quả giám định", today=TODAY
    )
    d = P.get_petition(ctx, pid, TODAY)
    assert d.status == "suspended" and d.due_on is None and d.deadline == ""
    assert P.count_petitions(ctx, P.PetitionFilter(deadline="overdue", today=TODAY)) == 0
    P.take_step(ctx, pid, Action.RESUME, dt.date(2026, 3, 26), today=TODAY)
    d = P.get_petition(ctx, pid, TODAY)
    # 8/4/2026 + 10 days suspended = Sat 18/4 → Mon 20/4.
    assert d.status == "accepted" and d.due_on == dt.date(2026, 4, 20)


def test_calendar_edits_move_working_day_deadlines(ctx) -> None:  # noqa: ANN001
    pid = P.register_petition(ctx, _input(ctx, type="denunciation", summary="Tố cáo"), today=TODAY)
    # Handling a denunciation: 7 working days from Mon 2/3/2026 → Wed 11/3.
    assert P.get_petition(ctx, pid, TODAY).due_on == dt.date(2026, 3, 11)
    off = P.add_calendar_day(ctx, dt.date(2026, 3, 5), "day_off", "Nghỉ do bão")
    assert P.get_petition(ctx, pid, TODAY).due_on == dt.date(2026, 3, 12)
    P.add_calendar_day(ctx, dt.date(2026, 3, 7), "make_up", "Làm bù thứ Bảy")
    assert P.get_petition(ctx, pid, TODAY).due_on == dt.date(2026, 3, 11)
    with pytest.raises(RuleViolation, match="đã có"):
        P.add_calendar_day(ctx, dt.date(2026, 3, 7), "day_off")
    P.remove_calendar_day(ctx, off)
    assert P.get_petition(ctx, pid, TODAY).due_on == dt.date(2026, 3, 10)
    assert [e.kind for e in P.calendar_days(ctx, 2026)] == ["make_up"]


def test_duplicates_are_flagged_at_entry_and_linked(ctx) -> None:  # noqa: ANN001
    first = P.register_petition(ctx, _input(ctx), today=TODAY)
    P.register_petition(
        ctx,
        _input(
            ctx,
            citizen_name="Phạm Thị Mai",
            citizen_id_no="042190009999",
            summary="Kiến nghị sửa đường liên thôn",
            type="recommendation",
        ),
        today=TODAY,
    )
    again = _input(
        ctx,
        received_on=dt.date(2026, 4, 10),
        citizen_name="nguyen van an",
        citizen_id_no="",
        summary="tranh chap ranh gioi dat voi ho lien ke, de nghi giai quyet",
    )
    hits = P.find_duplicates(ctx, again)
    assert (
        [h.id for h in hits] == [first]
        and hits[0].number_label == "001/2026"
        and hits[0].score >= 0.75
    )
    second = P.register_petition(ctx, again, duplicate_of=first, today=TODAY)
    d = P.get_petition(ctx, second, TODAY)
    assert d.duplicate_of_id == first and d.links[0]["id"] == first
    assert P.get_petition(ctx, first, TODAY).links[0]["direction"] == "later"
    assert P.count_petitions(ctx, P.PetitionFilter(duplicates_only=True)) == 1
    with pytest.raises(RuleViolation, match="đã được liên kết"):
        P.link_duplicate(ctx, second, first)
    P.unlink_duplicate(ctx, second, first)
    assert P.get_petition(ctx, second, TODAY).duplicate_of_id is None


def test_a_denouncers_identity_is_hidden_and_each_reveal_is_audited(ctx) -> None:  # noqa: ANN001
    users.create_user(ctx, "canbo", ADMIN_PASSWORD, "Trần Thị Lan", Role.OFFICER)
    users.create_user(ctx, "chutich", ADMIN_PASSWORD, "Lê Văn Hùng", Role.LEADER)
    pid = P.register_petition(
        ctx,
        _input(
            ctx,
            type="denunciation",
            citizen_name="Đỗ Văn Tố",
            summary="Tố cáo trưởng thôn thu tiền sai quy định",
        ),
        today=TODAY,
    )
    row = P.list_petitions(ctx, P.PetitionFilter(today=TODAY))[0]
    assert row.citizen == P.HIDDEN
    d = P.get_petition(ctx, pid, TODAY)
    assert d.identity_hidden and d.citizen_name == P.HIDDEN and d.citizen_id_no == P.HIDDEN
    assert P.count_petitions(ctx, P.PetitionFilter(text="do van to")) == 0  # no search by the name
    assert (
        P.find_duplicates(
            ctx, _input(ctx, citizen_name="Đỗ Văn Tố", summary="Tố cáo trưởng thôn thu tiền")
        )[0].citizen
        == P.HIDDEN
    )
    ctx.user = login_as(ctx, "canbo")
    with pytest.raises(PermissionDenied):
        P.reveal_identity(ctx, pid)
    ctx.user = login_as(ctx, "chutich")
    ident = P.reveal_identity(ctx, pid)
    assert (ident.name, ident.id_no) == ("Đỗ Văn Tố", "042090001234")
    with ctx.read() as s:
        views = (
            s.execute(
                select(AuditEntry).where(AuditEntry.record_id == pid, AuditEntry.action == "view")
            )
            .scalars()
            .all()
        )
        created = s.execute(
            select(AuditEntry).where(AuditEntry.record_id == pid, AuditEntry.action == "create")
        ).scalar_one()
    assert [v.user for v in views] == ["chutich"]
    assert json.loads(created.changes)["citizen_name"] == [
        None,
        "***",
    ]  # the audit log keeps no name either
    for col in (
        "citizen_name",
        "citizen_id_no",
        "citizen_address",
        "citizen_phone",
        "search_text",
        "name_key",
    ):
        assert col in Petition.__confidential__  # never leaves the commune in a bundle
    # Re-saving a protected petition needs the revealed identity: nothing is overwritten with "***".
    with pytest.raises(RuleViolation, match="bảo mật"):
        P.as_input(P.get_petition(ctx, pid, TODAY))
    P.update_petition(ctx, pid, P.as_input(P.get_petition(ctx, pid, TODAY), ident), today=TODAY)
    assert P.reveal_identity(ctx, pid).name == "Đỗ Văn Tố"


def test_search_is_diacritic_insensitive_and_fts_agrees_with_like(ctx) -> None:  # noqa: ANN001
    names = ["Nguyễn Văn Án", "Nguyễn Thị Bình", "Trần Văn Cường", "Lê Thị Dung"]
    for i, name in enumerate(names * 5):
        P.register_petition(
            ctx,
            _input(
                ctx,
                citizen_name=name,
                citizen_id_no="",
                received_on=dt.date(2026, 3, 1) + dt.timedelta(days=i),
                summary=["Tranh chấp đất", "Ô nhiễm môi trường"][i % 2],
            ),
            today=TODAY,
        )
    assert P.count_petitions(ctx, P.PetitionFilter(text="nguyen")) == 10
    assert P.count_petitions(ctx, P.PetitionFilter(text="Nguyễn văn")) == 5
    # A one- or two-letter word is matched together with its neighbour, as typed.
    assert P.search_chunks("Ô nhiễm  môi lê v") == ["o nhiem", "moi", "le v"]
    assert P.search_chunks("nguyễn v") == ["nguyen v"] and P.search_chunks("n") == ["n"]
    assert P.count_petitions(ctx, P.PetitionFilter(text="lê thị")) == 5
    # Identities are encrypted at rest, out of the search text (matched in memory after
    # decryption): a query mixing a name with words of the content still finds the case.
    assert P.count_petitions(ctx, P.PetitionFilter(text="lê thị ô nhiễm")) == 5
    assert P.count_petitions(ctx, P.PetitionFilter(text="lê thị tranh chấp")) == 0
    assert P.count_petitions(ctx, P.PetitionFilter(text="lê"), cap=3) == 4  # "more than 3"
    assert P.count_petitions(ctx, P.PetitionFilter(text="o nhi", type="complaint")) == 10
    assert P.count_petitions(ctx, P.PetitionFilter(text="012/2026")) == 1
    rows = P.list_petitions(ctx, P.PetitionFilter(text="nguyen van"), limit=3)
    assert len(rows) == 3 and all(r.citizen == "Nguyễn Văn Án" for r in rows)
    assert rows[0].received_on > rows[1].received_on  # newest first
    # The dense-hit path (LIKE on the folded column) gives the same rows as the index path.
    old = P.FTS_DENSE
    try:
        P.FTS_DENSE = 0
        assert [r.id for r in P.list_petitions(ctx, P.PetitionFilter(text="nguyen van"))] == [
            r.id for r in P.list_petitions(ctx, P.PetitionFilter(text="nguyen van"))
        ]
        like_ids = [r.id for r in P.list_petitions(ctx, P.PetitionFilter(text="nguyen van"))]
    finally:
        P.FTS_DENSE = old
    assert like_ids == [r.id for r in P.list_petitions(ctx, P.PetitionFilter(text="nguyen van"))]
    page = P.list_petitions(ctx, P.PetitionFilter(), offset=15, limit=10)
    assert len(page) == 5


def test_petition_received_at_a_reception_session(ctx) -> None:  # noqa: ANN001
    sid = receptions.create_session(
        ctx, receptions.SessionInput(held_on=dt.date(2026, 3, 2), visits=1, people=1), today=TODAY
    )
    pid = P.register_petition(
        ctx, _input(ctx, channel="reception", reception_session_id=sid), today=TODAY
    )
    assert receptions.get_session(ctx, sid).petitions[0]["id"] == pid
    assert P.get_petition(ctx, pid, TODAY).sessions[0]["id"] == sid
    with pytest.raises(RuleViolation, match="trước ngày của buổi tiếp"):
        P.register_petition(
            ctx, _input(ctx, received_on=dt.date(2026, 3, 1), reception_session_id=sid), today=TODAY
        )
    with pytest.raises(RuleViolation, match="gỡ liên kết"):
        receptions.delete_session(ctx, sid)
