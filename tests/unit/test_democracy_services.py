"""Dissemination, publicity, decided matters and village charters through the services, on a
real commune database: what is refused (in Vietnamese, nothing written), what is computed."""

import datetime as dt
from pathlib import Path

import pytest

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.services import units
from danvan_desktop.services.democracy import charters as C
from danvan_desktop.services.democracy import dissemination as E
from danvan_desktop.services.democracy import matters as M
from danvan_desktop.services.democracy import publicity as P
from danvan_desktop.store.democracy import PublicityItem
from danvan_desktop.store.queries import count_live

TODAY = dt.date(2026, 6, 15)
D = dt.date


def event(ctx, **kw) -> str:  # noqa: ANN001, ANN003
    data = {
        "kind": "conference",
        "held_on": D(2026, 5, 20),
        "title": "Hội nghị quán triệt Chỉ thị số 08-CT/TU",
        "document": "Chỉ thị số 08-CT/TU ngày 18/3/2026 của Ban Thường vụ Tỉnh ủy",
        "place": "Hội trường UBND xã",
        "cadres": 25,
        "party_members": 80,
        "union_members": 40,
        "citizens": 15,
        **kw,
    }
    return E.create_event(ctx, E.EventInput(**data), TODAY)


def test_an_event_totals_its_groups_and_is_found_without_diacritics(ctx) -> None:  # noqa: ANN001
    eid = event(ctx)
    row = E.get_event(ctx, eid)
    assert row.total == 160 and row.kind_label.startswith("Hội nghị quán triệt")
    assert [r.id for r in E.list_events(ctx, 2026, "hoi nghi quan triet 08")] == [eid]
    assert E.list_events(ctx, 2025) == [] and E.list_events(ctx, 2026, "tap huan") == []
    data = E.as_input(row)
    data.citizens = 115
    E.update_event(ctx, eid, data, row.revision, TODAY)
    assert E.get_event(ctx, eid).total == 260
    with pytest.raises(RuleViolation, match="đã được .* sửa sau khi bạn mở"):
        E.update_event(ctx, eid, data, row.revision, TODAY)


def test_events_are_refused_with_the_field_named(ctx) -> None:  # noqa: ANN001
    cases = [
        ({"held_on": TODAY + dt.timedelta(days=1)}, "held_on", "tương lai"),
        ({"title": "  "}, "title", "tên hoạt động"),
        ({"kind": "ai_biet"}, "kind", "hình thức"),
        ({"citizens": -3}, "citizens", "số âm"),
        ({"cadres": 0, "party_members": 0, "union_members": 0, "citizens": 0}, "cadres", "tham dự"),
        ({"kind": "loudspeaker", "items": 0}, "items", "lần phát"),
    ]
    for kw, field, words in cases:
        with pytest.raises(RuleViolation, match=words) as exc:
            event(ctx, **kw)
        assert exc.value.field == field
    assert E.list_events(ctx) == []
    # a broadcast counts its broadcasts; nobody need be counted as present
    eid = event(
        ctx, kind="loudspeaker", items=12, cadres=0, party_members=0, union_members=0, citizens=0
    )
    assert E.get_event(ctx, eid).items == 12


def test_evidence_attaches_to_an_event_and_leaves_with_it(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    eid = event(ctx)
    photo = tmp_path / "hoi-nghi.jpg"
    photo.write_bytes(b"\xff\xd8 anh hoi nghi")
    E.attach_evidence(ctx, eid, photo, "Ảnh hội nghị")
    files = E.list_evidence(ctx, eid)
    assert [f.file_name for f in files] == ["hoi-nghi.jpg"] and files[
        0
    ].size == photo.stat().st_size
    assert E.list_events(ctx)[0].evidence == 1
    E.delete_event(ctx, eid)
    assert E.list_events(ctx) == [] and E.list_evidence(ctx, eid) == []


def publicity(ctx, **kw) -> str:  # noqa: ANN001, ANN003
    data = {
        "content": "Dự toán ngân sách xã năm 2026",
        "category": "budget",
        "form": "posting_office",
        "posted_from": D(2026, 5, 1),
        "posted_until": D(2026, 6, 19),
        "place": "Bảng tin trụ sở UBND xã",
        **kw,
    }
    return P.create_item(ctx, P.PublicityInput(**data), TODAY)


def test_publicity_until_before_from_is_refused_and_nothing_written(ctx) -> None:  # noqa: ANN001
    with pytest.raises(RuleViolation) as exc:
        publicity(ctx, posted_until=D(2026, 4, 30))
    assert exc.value.field == "posted_until"
    assert "Ngày kết thúc công khai (30/04/2026) không thể trước ngày bắt đầu (01/05/2026)" in (
        exc.value.message
    )
    with ctx.read() as s:
        assert count_live(s, PublicityItem) == 0


def test_publicity_status_today(ctx) -> None:  # noqa: ANN001
    soon = publicity(ctx)
    brief = publicity(
        ctx,
        content="Kế hoạch sử dụng đất",
        category="land_use",
        posted_from=D(2026, 3, 1),
        posted_until=D(2026, 3, 20),
    )
    done = publicity(
        ctx,
        content="Thủ tục hành chính",
        category="admin_procedures",
        posted_from=D(2026, 1, 5),
        posted_until=D(2026, 3, 5),
    )
    ongoing = publicity(
        ctx,
        content="Các khoản đóng góp",
        category="contributions",
        form="website",
        posted_until=None,
    )
    rows = {r.id: r for r in P.list_items(ctx, 2026, today=TODAY)}
    assert rows[soon].posted_now and rows[soon].ending_soon and rows[soon].days == 50
    assert rows[soon].status == "Sắp hết hạn công khai"
    assert rows[brief].too_short and rows[brief].status == "Chưa đủ 30 ngày"
    assert not rows[done].posted_now and rows[done].status == "Đã kết thúc"
    assert rows[ongoing].posted_now and not rows[ongoing].ending_soon
    assert [r.id for r in P.list_items(ctx, search="ke hoach su dung dat", today=TODAY)] == [brief]


def test_a_matters_result_follows_the_rule(ctx) -> None:  # noqa: ANN001
    hamlet = units.hamlets(ctx)[0]
    data = M.MatterInput(
        "Mức đóng góp làm đường giao thông nông thôn",
        D(2026, 4, 12),
        hamlet.code,
        households_total=180,
        households_attending=150,
        votes_for=91,
        votes_against=50,
        follow_up="Thôn lập danh sách đóng góp, khởi công tháng 6",
    )
    mid = M.create_matter(ctx, data, TODAY)
    row = M.get_matter(ctx, mid)
    assert row.passed and row.result_label == "Thông qua" and row.hamlet_name == hamlet.full_name
    assert row.agree_share == "50,6 %"
    data.votes_for, data.votes_against = 90, 55
    M.update_matter(ctx, mid, data, row.revision, TODAY)
    assert not M.get_matter(ctx, mid).passed  # 90 of 180 is not more than half
    assert M.preview_result(data)[1].startswith("Kết quả: Không thông qua (90/180 hộ tán thành")
    for kw, field in (
        ({"households_attending": 181}, "households_attending"),
        ({"votes_for": 100, "votes_against": 60}, "votes_for"),
        (
            {"households_total": 0, "households_attending": 0, "votes_for": 0, "votes_against": 0},
            "households_total",
        ),
        ({"hamlet_code": "99999-khong-co"}, "hamlet_code"),
        ({"hamlet_code": None, "hamlet_name": ""}, "hamlet_code"),
    ):
        bad = M.MatterInput(**{**vars(data), **kw})
        with pytest.raises(RuleViolation) as exc:
            M.create_matter(ctx, bad, TODAY)
        assert exc.value.field == field
    typed = M.MatterInput(**{**vars(data), "hamlet_code": None, "hamlet_name": "Xóm Mới"})
    assert M.get_matter(ctx, M.create_matter(ctx, typed, TODAY)).hamlet_name == "Xóm Mới"
    assert len(M.list_matters(ctx, 2026)) == 2


def test_charter_revisions_build_its_history(ctx) -> None:  # noqa: ANN001
    hamlet = units.hamlets(ctx)[1]
    cid = C.create_charter(
        ctx,
        C.CharterInput(
            "Hương ước thôn Thượng Nam",
            D(2019, 3, 10),
            hamlet.code,
            decision_no="45/QĐ-UBND",
            decision_on=D(2019, 4, 2),
        ),
        TODAY,
    )
    assert C.get_charter(ctx, cid, TODAY).due_review  # 7 years without a change
    with pytest.raises(RuleViolation) as exc:
        C.add_revision(ctx, cid, C.RevisionInput(D(2018, 1, 1), "Sớm hơn ngày thông qua"), TODAY)
    assert exc.value.field == "revised_on"
    C.add_revision(
        ctx,
        cid,
        C.RevisionInput(
            D(2024, 8, 5), "Bổ sung quy định về phân loại rác", "112/QĐ-UBND", D(2024, 8, 20)
        ),
        TODAY,
    )
    row = C.get_charter(ctx, cid, TODAY)
    assert row.version == 2 and row.last_change == D(2024, 8, 5) and not row.due_review
    assert [r.changes for r in row.revisions] == ["Bổ sung quy định về phân loại rác"]
    rev = row.revisions[0]
    fix = C.revision_input(rev)
    fix.changes = "Bổ sung quy định về phân loại rác tại nguồn"
    C.update_revision(ctx, rev.id, fix, rev.revision, TODAY)
    with pytest.raises(RuleViolation) as exc:
        fix.decision_on = D(2024, 8, 1)  # approved before it was adopted by the hamlet
        C.update_revision(ctx, rev.id, fix, rev.revision + 1, TODAY)
    assert exc.value.field == "decision_on"
    extra = C.add_revision(ctx, cid, C.RevisionInput(D(2025, 3, 1), "Sửa điều 3"), TODAY)
    C.delete_revision(ctx, extra)
    row = C.get_charter(ctx, cid, TODAY)
    assert [r.changes for r in row.revisions] == ["Bổ sung quy định về phân loại rác tại nguồn"]
    # the first revision bounds how late the adoption date may be moved
    with pytest.raises(RuleViolation) as exc:
        C.update_charter(
            ctx,
            cid,
            C.CharterInput(
                **{**vars(C.as_input(row)), "adopted_on": D(2025, 1, 1), "decision_on": None}
            ),
            row.revision,
            TODAY,
        )
    assert exc.value.field == "adopted_on"
    # a new charter of the same hamlet and kind is current; the old one is history
    new = C.create_charter(
        ctx, C.CharterInput("Hương ước thôn Thượng Nam (2026)", D(2026, 2, 1), hamlet.code), TODAY
    )
    current = {c.id: c.current for c in C.list_charters(ctx, today=TODAY)}
    assert current == {cid: False, new: True}
    assert [c.id for c in C.list_charters(ctx, today=TODAY, year=2024)] == [cid]
    C.delete_charter(ctx, cid)
    assert [c.id for c in C.list_charters(ctx, today=TODAY)] == [new]
