"""The reception, petition and early-warning screens driven with pytest-qt on a fresh commune:
register a petition from a reception session, move it through its steps, see it go overdue on
the early-warning screen, link a duplicate, hide and reveal a denouncer by role."""

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select

from danvan_desktop.domain.petitions import Action
from danvan_desktop.domain.roles import Role
from danvan_desktop.services import petitions, receptions, units, users
from danvan_desktop.store.base import AuditEntry
from danvan_desktop.ui import petition_dialogs as pd
from danvan_desktop.ui.app import make_app
from danvan_desktop.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD, login_as

TODAY = dt.date.today()


def _window(qtbot, ctx) -> MainWindow:  # noqa: ANN001
    make_app()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def _fill(dialog: pd.PetitionDialog, **kw) -> None:  # noqa: ANN003
    # setText, not keyClicks: keyClicks aborts Qt on non-ASCII text.
    dialog.type.setCurrentIndex(dialog.type.findData(kw.get("type", "complaint")))
    dialog.hamlet.setCurrentIndex(1)
    dialog.summary.setPlainText(kw.get("summary", "Khiếu nại quyết định thu hồi đất làm đường"))
    dialog.citizen_name.setText(kw.get("name", "Nguyễn Văn An"))
    dialog.citizen_id.setText(kw.get("id_no", "042090001234"))


def _register(ctx, received: dt.date, **kw) -> str:  # noqa: ANN001, ANN003
    data = dict(
        received_on=received,
        channel="post",
        type="complaint",
        hamlet_code=units.hamlets(ctx)[0].code,
        summary="Khiếu nại quyết định thu hồi đất làm đường",
        citizen_name="Nguyễn Văn An",
        citizen_id_no="042090001234",
    )
    data.update(kw)
    return petitions.register_petition(ctx, petitions.PetitionInput(**data))


def test_register_from_a_reception_session_and_move_it_through_its_steps(
    qtbot, ctx, monkeypatch
) -> None:  # noqa: ANN001
    held = TODAY - dt.timedelta(days=20)
    receptions.create_session(
        ctx, receptions.SessionInput(held_on=held, presider_name="Lê Văn Hùng", visits=1, people=1)
    )
    window = _window(qtbot, ctx)
    screen = window.open_area("receptions")
    assert screen.sessions.rowCount() == 1
    screen.sessions.selectRow(0)
    opened: list[pd.PetitionDialog] = []

    def fill_and_save(dialog: pd.PetitionDialog) -> int:
        opened.append(dialog)
        assert dialog.received.value() == held and dialog.channel.currentData() == "reception"
        dialog.save()  # nothing typed yet: refused in place
        assert (
            not dialog.error.isHidden()
            and "tóm tắt" in dialog.error.text()
            and dialog.petition_id is None
        )
        _fill(dialog)
        dialog.save()
        return 1

    monkeypatch.setattr(pd.PetitionDialog, "exec", fill_and_save)
    screen.new_session_petition()
    dialog = opened[0]
    assert dialog.petition_id and dialog.detail.sessions[0]["held_on"] == held
    assert screen.session_petitions.rowCount() == 1
    assert screen.session_petitions.item(0, 0).text() == "001/" + str(held.year)

    def accept_step(step: pd.StepDialog) -> int:
        step.actor.setText("Trần Thị Lan")
        if step.action == Action.DECIDE:
            step.outcome.setPlainText("Công nhận một phần nội dung khiếu nại")
        return int(step.try_save())  # the step's form saves through the service itself

    monkeypatch.setattr(pd.StepDialog, "exec", accept_step)
    assert dialog.action_buttons["close"].isHidden()  # closing a case just received: not offered
    for action in (
        Action.CLASSIFY,
        Action.ACCEPT,
        Action.VERIFY,
        Action.DIALOGUE,
        Action.DECIDE,
        Action.NOTIFY,
        Action.CLOSE,
    ):
        button = dialog.action_buttons[action.value]
        assert not button.isHidden(), action
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert dialog.error.isHidden(), dialog.error.text()
    assert dialog.detail.status == "closed" and dialog.detail.on_time is True
    assert dialog.steps.rowCount() == 8 and dialog.steps.item(7, 1).text() == "Kết thúc hồ sơ"
    assert dialog.steps.item(5, 3).text() == "Trần Thị Lan"
    assert all(b.isHidden() for b in dialog.action_buttons.values())


def test_a_petition_goes_overdue_on_the_early_warning_screen(qtbot, ctx) -> None:  # noqa: ANN001
    pid = _register(ctx, TODAY - dt.timedelta(days=3))
    window = _window(qtbot, ctx)
    home = window.open_area("home")  # the early warning is the home screen's second tab
    qtbot.waitUntil(lambda: home.data is not None, timeout=20000)
    ew = home.early_warning
    assert ew.cards["overdue"].value.text() == "0" and ew.cards["open"].value.text() == "1"
    ew.today = TODAY + dt.timedelta(days=30)  # a month later, still not accepted
    ew.refresh()
    assert ew.cards["overdue"].value.text() == "1"
    assert ew.overdue_list.count() == 1 and "001/" in ew.overdue_list.item(0).text()
    overdue_set = ew.type_chart.series()[0].barSets()[0]
    assert overdue_set.at(ew.type_keys.index("complaint")) == 1
    qtbot.mouseClick(ew.cards["overdue"], Qt.MouseButton.LeftButton)
    register = window.screens["petitions"]
    assert window.current_screen() is register and "Đơn quá hạn" in register.drill_label.text()
    assert register.table_model.rowCount() == 1
    row = register.table_model.row_object(0)
    assert row.id == pid and row.deadline == "overdue"
    due_col = [c.header for c in register.table_model.columns].index("Hạn xử lý")
    brush = register.table_model.data(
        register.table_model.index(0, due_col), Qt.ItemDataRole.BackgroundRole
    )
    assert brush.color().name() == pd.DEADLINE_COLOURS["overdue"]
    register.clear_drill()
    register.today = TODAY
    register.refresh()
    assert register.table_model.row_object(0).deadline in ("on_track", "due_soon")


def test_a_duplicate_is_flagged_at_entry_and_linked(qtbot, ctx, monkeypatch) -> None:  # noqa: ANN001
    first = _register(ctx, TODAY - dt.timedelta(days=40))
    window = _window(qtbot, ctx)
    screen = window.open_area("petitions")
    seen: list[list] = []

    def fill_and_save(dialog: pd.PetitionDialog) -> int:
        _fill(
            dialog,
            name="nguyen van an",
            summary="khieu nai quyet dinh thu hoi dat lam duong (gui lai)",
        )
        dialog.save()
        return 1

    def pick_first(dialog: pd.DuplicatesDialog) -> int:
        seen.append([h.id for h in dialog.hits])
        assert dialog.table.item(0, 0).text().startswith("001/") and dialog.link_choice.isChecked()
        return 1

    monkeypatch.setattr(pd.PetitionDialog, "exec", fill_and_save)
    monkeypatch.setattr(pd.DuplicatesDialog, "exec", pick_first)
    screen.new_record()
    assert seen == [[first]]
    assert screen.table_model.rowCount() == 2
    newest = screen.table_model.row_object(0)
    assert newest.duplicate_of_id == first
    dup_col = [c.header for c in screen.table_model.columns].index("Trùng")
    assert screen.table_model.data(screen.table_model.index(0, dup_col)) == "Đơn trùng"
    detail = pd.PetitionDialog(ctx, newest.id)
    qtbot.addWidget(detail)
    assert detail.links.rowCount() == 1 and "gửi trước" in detail.links.item(0, 2).text()


def test_a_denouncer_is_hidden_and_revealed_by_role(qtbot, ctx) -> None:  # noqa: ANN001
    users.create_user(ctx, "canbo", ADMIN_PASSWORD, "Trần Thị Lan", Role.OFFICER)
    users.create_user(ctx, "chutich", ADMIN_PASSWORD, "Lê Văn Hùng", Role.LEADER)
    pid = _register(
        ctx,
        TODAY - dt.timedelta(days=2),
        type="denunciation",
        citizen_name="Đỗ Văn Tố",
        summary="Tố cáo trưởng thôn thu tiền sai quy định",
    )
    ctx.user = login_as(ctx, "canbo")
    window = _window(qtbot, ctx)
    screen = window.open_area("petitions")
    citizen_col = [c.header for c in screen.table_model.columns].index("Người gửi")
    assert screen.table_model.data(screen.table_model.index(0, citizen_col)) == petitions.HIDDEN
    officer_view = pd.PetitionDialog(ctx, pid)
    qtbot.addWidget(officer_view)
    assert (
        officer_view.citizen_name.text() == petitions.HIDDEN
        and officer_view.citizen_name.isReadOnly()
    )
    assert not officer_view.reveal_button.isHidden() and not officer_view.reveal_button.isEnabled()
    officer_view.summary.setPlainText("Tố cáo trưởng thôn thu tiền sai quy định (bổ sung)")
    officer_view.save()  # saving while hidden keeps the identity
    assert officer_view.error.isHidden(), officer_view.error.text()

    ctx.user = login_as(ctx, "chutich")
    leader_view = pd.PetitionDialog(ctx, pid)
    qtbot.addWidget(leader_view)
    assert leader_view.reveal_button.isEnabled()
    qtbot.mouseClick(leader_view.reveal_button, Qt.MouseButton.LeftButton)
    assert (
        leader_view.citizen_name.text() == "Đỗ Văn Tố"
        and leader_view.citizen_id.text() == "042090001234"
    )
    assert leader_view.reveal_button.isHidden() and not leader_view.citizen_name.isReadOnly()
    with ctx.read() as s:
        views = (
            s.execute(
                select(AuditEntry.user).where(
                    AuditEntry.record_id == pid, AuditEntry.action == "view"
                )
            )
            .scalars()
            .all()
        )
    assert views == ["chutich"]
    assert petitions.reveal_identity(ctx, pid).name == "Đỗ Văn Tố"
