"""Screenshot every screen of the app on a demo database, in a real X window.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python packaging/take_screenshots.py OUT_DIR

Small screens (what commune offices have) — every screen must fit and work there:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python packaging/take_screenshots.py OUT
    QT_SCALE_FACTOR=1.5 xvfb-run -a -s "-screen 0 1920x1080x24" \
        .venv/bin/python packaging/take_screenshots.py OUT

Builds a fresh demo commune in a temporary folder, signs in as the demo administrator, then
grabs the first-run wizard, the login, every navigation area (the window sized as on a first
start: to the available screen; the home screen once loaded, and its early-warning tab), the
model and petition records' tabs, a form refusing a save
(every bad field named) and an inspection form. The PNGs in packaging/screenshots/ (used by the
README) are made with this script.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from danvan_desktop import demo
from danvan_desktop.services import install, users
from danvan_desktop.services.context import open_context
from danvan_desktop.ui.app import make_app
from danvan_desktop.ui.login import LoginDialog
from danvan_desktop.ui.main_window import MainWindow
from danvan_desktop.ui.model_dialog import ModelDialog
from danvan_desktop.ui.setup_wizard import SetupWizard


def settle(app: QApplication, ms: int = 300) -> None:
    end = dt.datetime.now() + dt.timedelta(milliseconds=ms)
    while dt.datetime.now() < end:
        app.processEvents()


def shoot(app: QApplication, widget: QWidget, path: Path) -> None:
    widget.show()
    widget.raise_()
    settle(app)
    screen = widget.screen()
    geo = widget.frameGeometry()
    # the real screen (window frame included) when there is one, else the widget's own rendering
    image = (
        screen.grabWindow(0, geo.x(), geo.y(), geo.width(), geo.height())
        if screen
        else widget.grab()
    )
    if image.isNull() or image.width() < 10:
        image = widget.grab()
    image.save(str(path))
    print(path)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = make_app()
    folder = Path(tempfile.mkdtemp(prefix="danvan-shots-"))

    fresh = open_context(folder / "new.sqlite")
    install.prepare_reference_data(fresh)
    wizard = SetupWizard(fresh)
    wizard.resize(760, 520)
    page = wizard.unit_page
    page.province.setCurrentIndex(page.province.findData("42"))
    page.commune.setCurrentIndex(page.commune.findData("18673"))
    shoot(app, wizard, out / "wizard_unit.png")
    wizard.next()
    wizard.hamlet_page.text.setPlainText("\n".join(demo.HAMLETS[:6]))
    shoot(app, wizard, out / "wizard_hamlets.png")
    wizard.close()
    fresh.close()

    ctx = open_context(folder / "demo.sqlite")
    demo.build_demo(ctx)
    login = LoginDialog(ctx)
    login.username.setText("admin")
    shoot(app, login, out / "login.png")
    login.close()
    users.authenticate(ctx, "admin", demo.DEMO_PASSWORD)
    from danvan_desktop.ui.main_window import settings

    settings().remove("main/geometry")  # sized as on a first start
    window = MainWindow(ctx)
    for row, area in enumerate(window.areas):
        window.nav.setCurrentRow(row)
        settle(app, 500)
        if area.key == "home":
            shoot_home(app, window, out)
            continue
        shoot(app, window, out / f"area_{area.key}.png")
    screen = window.open_area("models")
    model_id = screen.table_model.row_object(4).id
    dialog = ModelDialog(ctx, model_id, window)
    for i, name in enumerate(("register", "steps", "reviews", "evidence", "copies")):
        dialog.tabs.setCurrentIndex(i)
        shoot(app, dialog, out / f"model_{name}.png")
    dialog.close()
    shoot_records(app, ctx, window, out)
    QTimer.singleShot(0, app.quit)
    app.exec()
    ctx.close()


def shoot_home(app: QApplication, window: MainWindow, out: Path) -> None:
    """The home screen once its figures (read on a worker thread) are in, and its second tab."""
    home = window.screens["home"]
    end = dt.datetime.now() + dt.timedelta(seconds=60)
    while home.data is None and dt.datetime.now() < end:
        settle(app, 100)
    shoot(app, window, out / "area_home.png")
    home.tabs.setCurrentIndex(1)
    shoot(app, window, out / "home_early_warning.png")
    home.tabs.setCurrentIndex(0)


def shoot_records(app: QApplication, ctx, window: MainWindow, out: Path) -> None:  # noqa: ANN001
    """A petition's record, a new petition refused with every reason, an inspection form."""
    from danvan_desktop.ui.inspection.board import BoardTab
    from danvan_desktop.ui.petition_dialogs import PetitionDialog

    if "petitions" not in [a.key for a in window.areas]:
        return
    screen = window.open_area("petitions")
    petition_id = screen.table_model.row_object(0).id
    dialog = PetitionDialog(ctx, petition_id, window)
    for i, name in enumerate(("form", "steps", "links")):
        dialog.tabs.setCurrentIndex(i)
        shoot(app, dialog, out / f"petition_{name}.png")
    dialog.close()
    new = PetitionDialog(ctx, None, window)
    new.citizen_id.setText("12345")
    new.show()
    settle(app)
    new.save()
    shoot(app, new, out / "petition_refused.png")
    new.close()
    inspection = window.open_area("inspection")
    board: BoardTab = inspection.board_tab
    shown: list = []

    def grab(form) -> bool:  # noqa: ANN001
        shoot(app, form, out / "inspection_member_form.png")
        shown.append(form)
        return False

    inspection.dialog_runner = grab
    board.add_member()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("screenshots"))
