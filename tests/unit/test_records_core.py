"""The records core every area's services share (services.records): get, ownership, the
stale-edit check, tombstones, and `save` normalising text once from the column declaration."""

from __future__ import annotations

import dataclasses
import json
import unicodedata

import pytest
from sqlalchemy import String, Text, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from danvan_desktop.domain.errors import NotFound, PermissionDenied, RuleViolation
from danvan_desktop.domain.roles import Role
from danvan_desktop.services import receptions, records
from danvan_desktop.services.context import CurrentUser
from danvan_desktop.store.base import AuditEntry
from danvan_desktop.store.dvk_models import DvkModel
from danvan_desktop.store.petitions import ReceptionSession

NFD_NAME = unicodedata.normalize("NFD", "Dân vận khéo")


class _Base(DeclarativeBase):
    """A separate metadata: the probe table never joins the app's schema or the synced set."""


class Probe(_Base):
    __tablename__ = "probe"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    body: Mapped[str] = mapped_column(Text)
    lines: Mapped[str] = mapped_column(String(500), info={"multiline": True})
    code: Mapped[str] = mapped_column(Text, info={"multiline": False})
    count: Mapped[int] = mapped_column()


def _model(name: str = "Thắp sáng đường quê", **extra: object) -> DvkModel:
    return DvkModel(name=name, field_code="culture_society", year=2026, **extra)


def _add(ctx, row):  # noqa: ANN001, ANN202
    with ctx.session() as s:
        s.add(row)
        s.flush()
        return row.id


# ---- text normalisation from the column --------------------------------------------------------


def test_single_or_multi_line_is_read_from_the_column_declaration() -> None:
    assert records.multiline(Probe, "title") is False  # String(n)
    assert records.multiline(Probe, "body") is True  # Text
    assert records.multiline(Probe, "lines") is True  # String, declared multi-line
    assert records.multiline(Probe, "code") is False  # Text, declared single-line
    assert records.multiline(Probe, "count") is None  # not text
    assert records.multiline(Probe, "nope") is None  # not a column
    assert records.multiline(DvkModel, "goals") is True
    assert records.multiline(DvkModel, "name") is False


def test_normalise_nfc_trims_and_collapses_single_line_only() -> None:
    typed = f"  {NFD_NAME}\n  xã   Cẩm\tXuyên  \n"
    assert records.normalise(Probe, "title", typed) == "Dân vận khéo xã Cẩm Xuyên"
    body = records.normalise(Probe, "body", typed)
    assert body == "Dân vận khéo\n  xã   Cẩm\tXuyên"  # line breaks kept, ends trimmed
    assert unicodedata.is_normalized("NFC", body)
    assert records.normalise(Probe, "lines", "a\nb ") == "a\nb"
    assert records.normalise(Probe, "code", " a\nb ") == "a b"
    assert records.normalise(Probe, "count", 3) == 3
    assert records.normalise(Probe, "unknown", " x \n y ") == "x y"


def test_normalised_copies_a_dataclass_or_mapping_without_touching_the_input() -> None:
    @dataclasses.dataclass
    class Form:
        title: str
        body: str
        count: int = 0

    form = Form(f" {NFD_NAME} \n", " dòng 1\ndòng 2 ", 2)
    out = records.normalised(Probe, form)
    assert out == Form("Dân vận khéo", "dòng 1\ndòng 2", 2)
    assert form.title == f" {NFD_NAME} \n"
    assert records.normalised(Probe, {"title": " a  b ", "count": 1}) == {
        "title": "a b",
        "count": 1,
    }


# ---- get, ownership, stale edits ---------------------------------------------------------------


def test_get_owned_and_stale_checks_speak_vietnamese(ctx) -> None:  # noqa: ANN001
    mine = _add(ctx, _model())
    theirs = _add(ctx, _model("Của xã khác", unit_code="99999"))
    with ctx.session() as s:
        with pytest.raises(NotFound, match="Không tìm thấy mô hình \\(có thể đã bị xóa\\)"):
            records.get(s, DvkModel, "khong-co", "mô hình")
        with pytest.raises(NotFound):
            records.get(s, DvkModel, None)
        row = records.get_owned(ctx, s, DvkModel, mine, "mô hình", expected_revision=1)
        assert row.id == mine
        with pytest.raises(RuleViolation, match="Đây là đơn của đơn vị khác: chỉ được xem"):
            records.get_owned(ctx, s, DvkModel, theirs, "mô hình", owner="đơn")
        with pytest.raises(RuleViolation, match="Mô hình đã được admin sửa sau khi bạn mở"):
            records.get_owned(ctx, s, DvkModel, mine, "mô hình", expected_revision=7)
        s.get(DvkModel, mine).deleted = True
        s.flush()
        with pytest.raises(NotFound):
            records.get(s, DvkModel, mine, "mô hình")
    # An install without a unit of its own (a fresh province) edits any record it holds.
    ctx.unit_code = ""
    with ctx.read() as s:
        records.check_owned(ctx, s.get(DvkModel, theirs))


def test_tombstone_needs_edit_right_guard_and_ownership(ctx) -> None:  # noqa: ANN001
    model_id = _add(ctx, _model())
    other = _add(ctx, _model("Của xã khác", unit_code="99999"))

    def refuse(_s, row) -> None:  # noqa: ANN001
        raise RuleViolation(f"Không xóa được {row.name}.")

    with pytest.raises(RuleViolation, match="Không xóa được"):
        records.tombstone(ctx, DvkModel, model_id, "mô hình", guard=refuse)
    with pytest.raises(RuleViolation, match="đơn vị khác"):
        records.tombstone(ctx, DvkModel, other, "mô hình")
    admin = ctx.user
    ctx.user = CurrentUser("xem", "Người xem", Role.VIEWER)
    with pytest.raises(PermissionDenied):
        records.tombstone(ctx, DvkModel, model_id, "mô hình")
    ctx.user = admin
    with ctx.read() as s:
        assert s.get(DvkModel, model_id).deleted is False  # every refusal left it as it was
    records.tombstone(ctx, DvkModel, model_id, "mô hình")
    with ctx.read() as s:
        assert s.get(DvkModel, model_id).deleted is True
        actions = s.execute(
            select(AuditEntry.action).where(AuditEntry.record_id == model_id)
        ).scalars()
        assert list(actions) == ["create", "delete"]
    with pytest.raises(NotFound):
        records.tombstone(ctx, DvkModel, model_id, "mô hình")


# ---- save ---------------------------------------------------------------------------------------


def test_save_creates_and_updates_with_one_revision_per_save(ctx) -> None:  # noqa: ANN001
    form = {
        "name": f"  {NFD_NAME}\n mới ",
        "field_code": "culture_society",
        "year": 2026,
        "goals": f" {NFD_NAME}\n\n- giảm rác  ",
        "not_a_column": "ignored",
    }
    seen: list[dict] = []
    with ctx.session() as s:
        row = records.save(
            s,
            DvkModel,
            form,
            seen.append,
            values=lambda d: {"unit_code": ctx.unit_code, "owner_name": d["name"].upper()},
            derive=lambda m: setattr(m, "sort_name", m.name.lower()),
        )
        model_id = row.id
    assert seen[0]["name"] == "Dân vận khéo mới"  # validate sees the clean data
    with ctx.read() as s:
        m = s.get(DvkModel, model_id)
        assert (m.name, m.goals) == ("Dân vận khéo mới", "Dân vận khéo\n\n- giảm rác")
        assert m.owner_name == "DÂN VẬN KHÉO MỚI" and m.sort_name == "dân vận khéo mới"
        assert m.revision == 1
    with ctx.session() as s:
        row = records.save(
            s, DvkModel, {"goals": "a\nb", "scope": "xã"}, ctx=ctx, row=model_id, what="mô hình"
        )
        assert row.revision == 2
    with ctx.read() as s:
        audit = s.execute(
            select(AuditEntry).where(AuditEntry.record_id == model_id).order_by(AuditEntry.id)
        ).scalars()
        changes = [json.loads(a.changes) for a in audit]
    assert changes[-1] == {"goals": ["Dân vận khéo\n\n- giảm rác", "a\nb"], "scope": ["", "xã"]}


def test_save_refuses_stale_foreign_or_invalid_edits_writing_nothing(ctx) -> None:  # noqa: ANN001
    model_id = _add(ctx, _model())
    other = _add(ctx, _model("Của xã khác", unit_code="99999"))

    def invalid(d: dict) -> None:
        raise RuleViolation("Tên không hợp lệ.", "name")

    with pytest.raises(RuleViolation, match="Tên không hợp lệ"), ctx.session() as s:
        records.save(s, DvkModel, {"name": "Mới"}, invalid, row=model_id)
    with (
        pytest.raises(RuleViolation, match="Hồ sơ đã được admin sửa sau khi bạn mở"),
        ctx.session() as s,
    ):
        records.save(s, DvkModel, {"name": "Mới"}, expected_revision=3, row=model_id)
    with pytest.raises(RuleViolation, match="đơn vị khác"), ctx.session() as s:
        records.save(s, DvkModel, {"name": "Mới"}, ctx=ctx, row=other)
    with pytest.raises(RuleViolation), ctx.session() as s:  # a refused create leaves no row behind
        records.save(s, DvkModel, {"name": "Thêm", "field_code": "x", "year": 1}, invalid)
    with ctx.read() as s:
        names = set(s.execute(select(DvkModel.name)).scalars())
        assert names == {"Thắp sáng đường quê", "Của xã khác"}
        assert s.get(DvkModel, model_id).revision == 1


def test_services_store_text_by_column_kind(ctx) -> None:  # noqa: ANN001
    """A reception session through its service: the place (String) is one line, the content
    and conclusion (Text) keep the officer's line breaks; both NFC and trimmed."""
    import datetime as dt

    session_id = receptions.create_session(
        ctx,
        receptions.SessionInput(
            held_on=dt.date(2026, 3, 2),
            place=f" Trụ sở\n {NFD_NAME} ",
            content=f" 1. {NFD_NAME}\n2. Đường thôn  ",
            conclusion_no="  12 / TB ",
        ),
        today=dt.date(2026, 3, 3),
    )
    with ctx.read() as s:
        r = s.get(ReceptionSession, session_id)
        assert r.place == "Trụ sở Dân vận khéo"
        assert r.content == "1. Dân vận khéo\n2. Đường thôn"
        assert r.conclusion_no == "12 / TB"
        assert all(unicodedata.is_normalized("NFC", v) for v in (r.place, r.content))


def test_one_working_day_calendar_for_petitions_and_the_inspection_board(ctx) -> None:  # noqa: ANN001
    """The calendar is its own module: both areas count on the same days off from the DB."""
    import datetime as dt

    from danvan_desktop.services import calendar, inspection, petitions

    assert petitions.work_calendar is calendar.work_calendar is inspection.work_calendar
    day = dt.date(2026, 3, 5)  # a Thursday
    assert calendar.work_calendar(ctx).is_working_day(day)
    entry = petitions.add_calendar_day(ctx, day, "day_off", "  Nghỉ\n do bão ")
    assert [(e.on_date, e.name) for e in calendar.calendar_days(ctx, 2026)] == [
        (day, "Nghỉ do bão")
    ]
    assert not calendar.work_calendar(ctx).is_working_day(day)
    with pytest.raises(RuleViolation, match="đã có trong lịch"):
        calendar.add_day(ctx, day, "make_up")
    calendar.remove_day(ctx, entry)
    assert calendar.work_calendar(ctx).is_working_day(day)
    with pytest.raises(NotFound, match="ngày điều chỉnh"):
        calendar.remove_day(ctx, entry)


def test_every_area_edits_through_the_same_checks_and_text_rules(ctx) -> None:  # noqa: ANN001
    """Petitions, the inspection board and DVK models: a stale edit is refused with the same
    sentence naming the record, and a one-line field collapses while a text keeps its lines."""
    import datetime as dt

    from danvan_desktop.services import inspection, models, petitions

    today = dt.date(2026, 3, 10)
    pid = petitions.register_petition(
        ctx,
        petitions.PetitionInput(
            received_on=dt.date(2026, 3, 2),
            channel="post",
            type="recommendation",
            summary=f" Đường {NFD_NAME}\n  bị hỏng  ",
            citizen_name=" Nguyễn\n  Văn   A ",
        ),
        today=today,
    )
    d = petitions.get_petition(ctx, pid, today)
    assert (d.summary, d.citizen_name) == ("Đường Dân vận khéo\n  bị hỏng", "Nguyễn Văn A")
    with pytest.raises(RuleViolation, match="Đơn đã được admin sửa sau khi bạn mở"):
        petitions.update_petition(ctx, pid, petitions.as_input(d), d.revision + 1, today)
    assert petitions.update_petition(ctx, pid, petitions.as_input(d), d.revision, today) == 1

    term = inspection.create_term(
        ctx,
        inspection.TermInput(" Nhiệm kỳ\n2024–2029 ", dt.date(2024, 7, 1), dt.date(2029, 6, 30)),
    )
    plan = inspection.create_plan(
        ctx, term, inspection.PlanInput("year", " Kế hoạch\n năm ", 2026, content=" a\nb ")
    )
    row = inspection.list_plans(ctx, term)[0]
    assert (row.title, row.content) == ("Kế hoạch năm", "a\nb")
    with pytest.raises(RuleViolation, match="Kế hoạch đã được admin sửa sau khi bạn mở"):
        inspection.update_plan(ctx, plan, inspection.PlanInput("year", "Mới", 2026), 5)
    with pytest.raises(NotFound, match="Không tìm thấy kế hoạch"):
        inspection.update_plan(ctx, "khong-co", inspection.PlanInput("year", "Mới", 2026))
    assert inspection.list_terms(ctx)[0].name == "Nhiệm kỳ 2024–2029"

    mid = models.create_model(
        ctx, models.ModelInput(name=" Mô\nhình ", field_code="culture_society", year=2026)
    )
    with pytest.raises(RuleViolation, match="Mô hình đã được admin sửa sau khi bạn mở"):
        models.update_model(ctx, mid, models.ModelInput("Khác", "culture_society", 2026), 9)
    assert models.get_model(ctx, mid).name == "Mô hình"
