"""Deadlines follow the commune's calendar edits through the areas' `calendar_changed`
(services.calendar): a day off added on an open voters' recommendation's due day moves it to
the next working day and removing it moves it back, as a petition's running clock does, with
the calendar module importing no area; an area added at run time is told too."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from danvan_desktop.services import areas, calendar
from danvan_desktop.services import petitions as P
from danvan_desktop.services.answers import owed
from danvan_desktop.services.areas import ServiceArea
from tests.unit.test_petition_services import _input as petition_input

TODAY = dt.date(2026, 11, 20)


def _voter(ctx, received: dt.date) -> str:  # noqa: ANN001
    return owed.save_item(
        ctx, owed.OwedInput("Đề nghị sửa đường", received, "voters", "HĐND xã", "Kỳ họp thứ 10")
    )


def test_a_day_off_on_a_due_day_moves_open_answers_and_back(ctx) -> None:  # noqa: ANN001
    item = _voter(ctx, dt.date(2026, 7, 20))
    answered = _voter(ctx, dt.date(2026, 7, 20))
    owed.record_answer(ctx, answered, dt.date(2026, 8, 18), "Đã trả lời", today=TODAY)
    assert owed.get_item(ctx, item, TODAY).due_on == dt.date(2026, 8, 19)  # a Wednesday
    day = calendar.add_day(ctx, dt.date(2026, 8, 19), "day_off", "Nghỉ lễ hội địa phương")
    assert owed.get_item(ctx, item, TODAY).due_on == dt.date(2026, 8, 20)
    # an answered item keeps the deadline it was judged against
    assert owed.get_item(ctx, answered, TODAY).due_on == dt.date(2026, 8, 19)
    assert owed.recompute_open_deadlines(ctx) == 0  # nothing left to move by hand
    calendar.remove_day(ctx, day)
    assert owed.get_item(ctx, item, TODAY).due_on == dt.date(2026, 8, 19)


def test_petitions_follow_through_the_same_hook(ctx) -> None:  # noqa: ANN001
    data = petition_input(ctx, type="denunciation", summary="Tố cáo")
    pid = P.register_petition(ctx, data, today=TODAY)
    assert P.get_petition(ctx, pid, TODAY).due_on == dt.date(2026, 3, 11)
    # the calendar module itself, not the petitions' wrapper
    day = calendar.add_day(ctx, dt.date(2026, 3, 11), "day_off", "Nghỉ do bão")
    assert P.get_petition(ctx, pid, TODAY).due_on == dt.date(2026, 3, 12)
    calendar.remove_day(ctx, day)
    assert P.get_petition(ctx, pid, TODAY).due_on == dt.date(2026, 3, 11)


def test_an_area_opts_in_from_its_own_package(ctx, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    told: list[object] = []
    extra = ServiceArea(key="hook_test", label="Thử", calendar_changed=told.append)
    monkeypatch.setattr(areas, "_cache", [*areas.areas(), extra])
    day = calendar.add_day(ctx, dt.date(2026, 9, 10), "day_off")
    calendar.remove_day(ctx, day)
    assert told == [ctx, ctx]
    hooked = {a.key for a in areas.areas() if a.calendar_changed is not None}
    assert {"petitions", "answers"} <= hooked


def test_the_calendar_imports_no_area() -> None:
    tree = ast.parse(Path(calendar.__file__).read_text(encoding="utf-8"))
    modules = {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    modules |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    area_packages = ("danvan_desktop.services.answers", "danvan_desktop.services.petitions")
    assert modules and not any(m.startswith(area_packages) for m in modules)
