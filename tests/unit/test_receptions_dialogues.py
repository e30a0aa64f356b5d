"""Reception sessions with monthly compliance per presiding role, and dialogues with issues,
answers and commitments followed up to closure (DOMAIN §4), on a real SQLite file."""

import datetime as dt

import pytest

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.petitions import Action
from danvan_desktop.services import dialogues as D
from danvan_desktop.services import petitions as P
from danvan_desktop.services import receptions as R
from danvan_desktop.services import units

TODAY = dt.date(2026, 3, 20)  # a Friday


def _session(ctx, day: dt.date, role: str = "chairman", **kw) -> str:  # noqa: ANN001, ANN003
    return R.create_session(ctx, R.SessionInput(held_on=day, presider_role=role, **kw), today=TODAY)


def test_sessions_are_validated_and_listed(ctx) -> None:  # noqa: ANN001
    with pytest.raises(RuleViolation, match="tương lai"):
        _session(ctx, TODAY + dt.timedelta(days=1))
    with pytest.raises(RuleViolation, match="số âm"):
        _session(ctx, TODAY, people=-1)
    with pytest.raises(RuleViolation, match="kết luận"):
        _session(ctx, dt.date(2026, 3, 10), conclusion_on=dt.date(2026, 3, 9))
    with pytest.raises(RuleViolation, match="chủ trì"):
        _session(ctx, TODAY, role="ai_do")
    sid = _session(
        ctx,
        dt.date(2026, 3, 10),
        presider_name="Lê Văn Hùng",
        visits=3,
        people=5,
        crowd_cases=1,
        form="online",
        conclusion_no="15/TB-UBND",
        conclusion_on=dt.date(2026, 3, 11),
        conclusion_text="Giao công chức địa chính xác minh.",
    )
    rows = R.list_sessions(ctx, 2026)
    assert [(r.id, r.people, r.crowd_cases, r.has_conclusion, r.presider_label) for r in rows] == [
        (sid, 5, 1, True, "Chủ tịch UBND xã")
    ]
    d = R.get_session(ctx, sid)
    assert d.form == "online" and d.conclusion_no == "15/TB-UBND"
    d.place = "Nhà văn hóa thôn"
    R.update_session(
        ctx,
        sid,
        R.SessionInput(**{k: getattr(d, k) for k in R.SessionInput.__dataclass_fields__}),
        today=TODAY,
    )
    assert R.get_session(ctx, sid).place == "Nhà văn hóa thôn"
    R.delete_session(ctx, sid)
    assert R.list_sessions(ctx, 2026) == []


def test_monthly_compliance_held_against_required(ctx) -> None:  # noqa: ANN001
    # January 2026 has 4 Mondays (5, 12, 19, 26): the chairman received in 3 of those weeks,
    # twice in one of them; the Party secretary received on 1 day (2 required).
    for day in (
        dt.date(2026, 1, 6),
        dt.date(2026, 1, 7),
        dt.date(2026, 1, 14),
        dt.date(2026, 1, 28),
    ):
        _session(ctx, day)
    _session(ctx, dt.date(2026, 1, 20), "party_secretary")
    _session(ctx, dt.date(2026, 3, 2), "party_secretary")
    _session(ctx, dt.date(2026, 3, 16), "party_secretary")
    _session(ctx, dt.date(2026, 3, 17), "vice_chairman")  # not the chairman: does not count for him
    rows = {(r.month, r.role): r for r in R.compliance(ctx, 2026, today=TODAY)}
    assert (rows[1, "chairman"].held, rows[1, "chairman"].required) == (3, 4)
    assert (rows[1, "party_secretary"].held, rows[1, "party_secretary"].required) == (1, 2)
    assert not rows[1, "chairman"].ok and rows[3, "party_secretary"].ok
    # March so far: Mondays 2, 9 and 16 have started by Friday 20/3.
    assert (rows[3, "chairman"].held, rows[3, "chairman"].required) == (0, 3)
    assert max(m for m, _ in rows) == 3  # months not yet begun are left out
    assert "Điều 15" in rows[1, "chairman"].legal_basis


def test_dialogue_with_issues_commitments_and_follow_up(ctx) -> None:  # noqa: ANN001
    with pytest.raises(RuleViolation, match="chủ trì"):
        D.create_dialogue(ctx, D.DialogueInput(held_on=dt.date(2026, 2, 10)), today=TODAY)
    with pytest.raises(RuleViolation, match="Hạn thực hiện cam kết"):
        D.create_dialogue(
            ctx,
            D.DialogueInput(held_on=dt.date(2026, 2, 10), presider="Chủ tịch UBND xã"),
            commitments=[D.CommitmentInput("Sửa đường", "Ban QLDA", dt.date(2026, 2, 1))],
            today=TODAY,
        )
    did = D.create_dialogue(
        ctx,
        D.DialogueInput(
            held_on=dt.date(2026, 2, 10),
            presider="Chủ tịch UBND xã",
            participant_count=80,
            participants="Nhân dân các thôn",
        ),
        [
            D.IssueInput(
                "Đường liên thôn xuống cấp",
                "Ông Bình",
                "Đưa vào kế hoạch năm nay",
                "Chủ tịch UBND xã",
            )
        ],
        [
            D.CommitmentInput("Sửa đường liên thôn", "Ban QLDA xã", dt.date(2026, 3, 10)),
            D.CommitmentInput("Chi trả hỗ trợ bão", "Kế toán xã", dt.date(2026, 4, 30)),
        ],
        today=TODAY,
    )
    d = D.get_dialogue(ctx, did)
    assert d.title == "Đối thoại với Nhân dân" and "Điều 32" in d.legal_basis
    assert d.issues[0]["answer"] == "Đưa vào kế hoạch năm nay" and len(d.commitments) == 2
    road, money = d.commitments[0]["id"], d.commitments[1]["id"]
    issue = D.add_issue(ctx, did, D.IssueInput("Rác thải chưa thu gom"))
    D.answer_issue(ctx, issue, "Bố trí thêm điểm tập kết", "Phó Chủ tịch")
    assert D.get_dialogue(ctx, did).issues[1]["answer"] == "Bố trí thêm điểm tập kết"

    open_list = D.open_commitments(ctx, TODAY)
    assert [(c.id, c.days_overdue) for c in open_list] == [(road, 10), (money, 0)]
    assert [c.id for c in D.open_commitments(ctx, TODAY, overdue_only=True)] == [road]
    D.add_commitment_note(ctx, road, dt.date(2026, 3, 12), "Đã khảo sát, lập dự toán", today=TODAY)
    c = D.open_commitments(ctx, TODAY)[0]
    assert c.status == "in_progress" and c.last_note == "Đã khảo sát, lập dự toán"
    with pytest.raises(RuleViolation, match="kết quả"):
        D.set_commitment_status(ctx, road, "done", dt.date(2026, 3, 18), today=TODAY)
    with pytest.raises(RuleViolation, match="tương lai"):
        D.set_commitment_status(ctx, road, "done", dt.date(2026, 3, 30), "Xong", today=TODAY)
    D.set_commitment_status(
        ctx, road, "done", dt.date(2026, 3, 18), "Đã sửa xong 800 m", today=TODAY
    )
    assert [c.id for c in D.open_commitments(ctx, TODAY)] == [money]
    assert D.list_dialogues(ctx, 2026)[0].commitments_open == 1
    assert R.dialogue_compliance(ctx, 2026)[0].held == 1


def test_a_complainants_dialogue_records_the_step_of_the_complaint(ctx) -> None:  # noqa: ANN001
    pid = P.register_petition(
        ctx,
        P.PetitionInput(
            received_on=dt.date(2026, 2, 2),
            channel="post",
            type="complaint",
            summary="Khiếu nại thu hồi đất",
            hamlet_code=units.hamlets(ctx)[0].code,
            citizen_name="Võ Văn Khải",
        ),
        today=TODAY,
    )
    with pytest.raises(RuleViolation, match="chọn đơn"):
        D.create_dialogue(
            ctx,
            D.DialogueInput(held_on=dt.date(2026, 2, 20), kind="complainant", presider="Chủ tịch"),
            today=TODAY,
        )
    P.take_step(ctx, pid, Action.CLASSIFY, dt.date(2026, 2, 3), today=TODAY)
    P.take_step(ctx, pid, Action.ACCEPT, dt.date(2026, 2, 9), today=TODAY)
    with pytest.raises(RuleViolation, match="trước ngày của bước trước"):
        D.create_dialogue(
            ctx,
            D.DialogueInput(
                held_on=dt.date(2026, 2, 5),
                kind="complainant",
                presider="Chủ tịch",
                petition_id=pid,
            ),
            today=TODAY,
        )
    assert D.list_dialogues(ctx) == []  # refused whole
    did = D.create_dialogue(
        ctx,
        D.DialogueInput(
            held_on=dt.date(2026, 2, 20), kind="complainant", presider="Chủ tịch", petition_id=pid
        ),
        today=TODAY,
    )
    assert P.get_petition(ctx, pid, TODAY).status == "dialogue"
    assert D.get_dialogue(ctx, did).petition_label == "001/2026"
