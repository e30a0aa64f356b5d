"""Qt's own texts in Vietnamese (a compiled .qm matching its table, the file dialog read back),
and our own texts: all in translate(), extracted by pyside6-lupdate into a current .ts."""

import ast
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QTreeView,
)

from danvan_desktop.ui.app import make_app
from danvan_desktop.ui.i18n import install_ui_translation, ts_path
from danvan_desktop.ui.login import LoginDialog
from danvan_desktop.ui.translator import QM_NAME, translations_dir, ts_text

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import i18n_wrap  # noqa: E402
from build_translations import build  # noqa: E402

UI = i18n_wrap.UI


def test_committed_translation_files_are_up_to_date(tmp_path: Path) -> None:
    assert (translations_dir() / "qt_vi.ts").read_text(encoding="utf-8") == ts_text(), (
        "run packaging/build_translations.py"
    )
    fresh = build(tmp_path)
    assert fresh.read_bytes() == (translations_dir() / QM_NAME).read_bytes(), (
        "run packaging/build_translations.py"
    )


def test_standard_texts_translate_in_their_qt_contexts(qtbot) -> None:  # noqa: ANN001
    make_app()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
    assert QCoreApplication.translate("QWizard", "&Finish") == "Hoàn tất"
    assert QCoreApplication.translate("QLineEdit", "Select All") == "Chọn tất cả"
    assert QCoreApplication.translate("QMessageBox", "Show Details...") == "Xem chi tiết..."


def test_many_lookups_do_not_crash(qtbot) -> None:  # noqa: ANN001
    """The old Python-side translator aborted the interpreter after enough calls."""
    make_app()
    for _ in range(300_000):
        QCoreApplication.translate("QPlatformTheme", "OK")
    assert QCoreApplication.translate("QPlatformTheme", "OK") == "Đồng ý"


# --- Qt's file dialog ------------------------------------------------------------------------


def _widget_file_dialog(mode: QFileDialog.FileMode, qtbot) -> QFileDialog:  # noqa: ANN001
    """The dialog QFileDialog.get*() builds where the platform has no native one (Linux)."""
    dialog = QFileDialog(None, "Chọn tệp", str(Path.cwd()), "Bảng tính Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _label(dialog: QFileDialog, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def test_file_dialog_labels_are_vietnamese(qtbot) -> None:  # noqa: ANN001
    make_app()
    dialog = _widget_file_dialog(QFileDialog.FileMode.ExistingFiles, qtbot)
    assert _label(dialog, "lookInLabel") == "Tìm trong:"
    assert _label(dialog, "fileNameLabel") == "Tên tệp:"
    assert _label(dialog, "fileTypeLabel") == "Loại tệp:"
    assert dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Open
    ).text() == ("Mở")
    folders = _widget_file_dialog(QFileDialog.FileMode.Directory, qtbot)
    assert _label(folders, "fileNameLabel") == "Thư mục:"
    types = folders.findChild(QComboBox, "fileTypeCombo")
    assert [types.itemText(i) for i in range(types.count())] == ["Thư mục"]


def test_file_dialog_column_headers_fit(qtbot) -> None:  # noqa: ANN001
    """Qt sizes the columns for English ("128.88 GB"): a longer word was cut ("Kích thướ")."""
    make_app()
    dialog = _widget_file_dialog(QFileDialog.FileMode.AnyFile, qtbot)
    tree = dialog.findChild(QTreeView, "treeView")
    header, model = tree.header(), tree.model()
    titles = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert titles == ["Tên", "Cỡ", "Loại", "Ngày sửa"]
    for column, title in enumerate(titles):
        needed = header.sectionSizeFromContents(column).width()
        assert header.sectionSize(column) >= needed, (title, header.sectionSize(column), needed)


# --- Our own texts: translate() calls, the .ts, the codemod ------------------------------------


def _translate_calls() -> set[tuple[str, str]]:
    """(context, text) of every translate("ctx", "text") call in ui/, read with ast."""
    found = set()
    for path in i18n_wrap.ui_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "translate"
                and len(node.args) >= 2
                and all(isinstance(a, ast.Constant) for a in node.args[:2])
            ):
                found.add((node.args[0].value, node.args[1].value))
    return found


def test_no_user_visible_vietnamese_literal_is_left_untranslated() -> None:
    bare = []
    for path in i18n_wrap.ui_files():
        source = path.read_text(encoding="utf-8")
        edits, _skipped = i18n_wrap.plan(source, i18n_wrap.context_for(path))
        bare += [f"{path.relative_to(UI)}:{e.line}" for e in edits]
    assert not bare, f"run packaging/i18n_wrap.py: bare or in another module's context: {bare[:20]}"


def test_committed_ts_lists_every_text_lupdate_finds(tmp_path: Path) -> None:
    fresh = i18n_wrap.ts_messages(i18n_wrap.extract_ts(tmp_path / "danvan.ts"))
    committed = i18n_wrap.ts_messages(ts_path())
    assert fresh == committed, (
        "run packaging/i18n_wrap.py to refresh resources/translations/danvan.ts: "
        f"missing {sorted(fresh - committed)[:5]}, stale {sorted(committed - fresh)[:5]}"
    )
    # lupdate reads the same texts Python does: no call form it skips, no escape it misreads.
    calls = _translate_calls()
    assert fresh == calls, (
        f"write texts as translate('<module>', 'text'): {sorted(fresh ^ calls)[:5]}"
    )
    assert len(fresh) > 900


def test_codemod_moves_texts_to_the_context_of_their_module() -> None:
    """Code moved from inspection_screen.py into inspection/plans.py: its texts follow it."""
    moved = 'x = translate("inspection_screen", "Kế hoạch")\ny = f"Kế hoạch {x}"\n'
    rewritten = i18n_wrap.rewrite(moved, "inspection.plans")
    assert 'x = translate("inspection.plans", "Kế hoạch")' in rewritten
    assert 'translate("inspection.plans", "Kế hoạch {x}").format(x=x)' in rewritten
    assert "from danvan_desktop.ui.i18n import translate" in rewritten
    assert i18n_wrap.context_for(UI / "inspection" / "plans.py") == "inspection.plans"
    assert i18n_wrap.context_for(UI / "kit" / "__init__.py") == "kit"


def test_loading_a_translation_changes_a_label(qtbot, ctx, tmp_path: Path) -> None:  # noqa: ANN001
    """One English text compiled with lrelease: the login dialog shows it once loaded."""
    app = make_app()
    ts = tmp_path / "danvan_en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="en" sourcelanguage="vi_VN">\n'
        "<context><name>login</name><message><source>Mật khẩu:</source>"
        "<translation>Password:</translation></message></context>\n</TS>\n",
        encoding="utf-8",
    )
    qm = tmp_path / "danvan_en.qm"
    lrelease = i18n_wrap.qt_tool("pyside6-lrelease")
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)

    def password_label() -> str:
        dialog = LoginDialog(ctx)
        qtbot.addWidget(dialog)
        return dialog.findChild(QFormLayout).labelForField(dialog.password).text()

    assert password_label() == "Mật khẩu:"
    translator = install_ui_translation(app, qm)
    assert translator is not None
    try:
        assert password_label() == "Password:"
    finally:
        app.removeTranslator(translator)
    assert password_label() == "Mật khẩu:"


SAMPLE = """
import logging

log = logging.getLogger("sample")


class Item:
    count = 3
    _hidden = "ẩn"


def render(p, items):
    n = 5
    out = [f"Có {n} hồ sơ", "Dòng thường", 'Nháy "kép" và \\\\ gạch\\n']
    out.append(f"Có {p.count:>4} mục, {n!r} và {len(items)} phần tử {{ngoặc}}")
    out.append(f"{p._hidden} — {items[0]} và {items[0]} và {items[-1]}")
    out.append(f"Tổng {n + 1:,} đồng" f" và {n:.2f} nữa; {n * 1000:,}")
    out.append(f"{n}{' (hiện tại)' if n else ''}")
    out.append({"Khóa": "Giá trị"}["Khóa"])
    out.append({}.get("Khóa phụ", "Mặc định"))
    get = str
    out.append(get("Hàm riêng tên get"))
    if out[0] == "Có 5 hồ sơ":
        out.append(f"Dòng rất dài để phải cắt thành nhiều đoạn khi viết lại, {n} lần, còn dài nữa")
    log.info("Nhật ký %s", n)
    return out
"""


def _run(source: str) -> list[str]:
    namespace: dict[str, object] = {}
    exec(compile(source, "sample", "exec"), namespace)  # noqa: S102
    cls = namespace["Item"]
    return namespace["render"](cls(), ["một", "hai"])  # type: ignore[operator]


def test_codemod_keeps_the_text_and_is_idempotent() -> None:
    rewritten = i18n_wrap.rewrite(SAMPLE, "sample")
    assert _run(rewritten) == _run(SAMPLE)
    assert i18n_wrap.rewrite(rewritten, "sample") == rewritten
    assert 'translate("sample", "Có {n} hồ sơ").format(n=n)' in rewritten
    assert '"{p.count}"' not in rewritten and "count=p.count" in rewritten
    assert "{hidden} — {0} và {0} và {1}" in rewritten  # one placeholder per expression
    assert "translate(\"sample\", ' (hiện tại)')" in rewritten  # a literal inside an expression
    skipped = {s.text: s.reason for s in i18n_wrap.plan(rewritten, "sample")[1]}
    assert skipped["Khóa"].startswith(("dict key", "subscript key"))
    assert skipped["Có 5 hồ sơ"] == "compared with data"
    assert skipped["Nhật ký %s"].startswith("log message")
    assert skipped["Khóa phụ"] == "get() key" and "Mặc định" not in skipped
    assert 'get(translate("sample", "Hàm riêng tên get"))' in rewritten
    assert 'getLogger("sample")' in rewritten
    assert '"Dòng rất dài để phải cắt thành nhiều đoạn khi viết lại, {n} lần, còn " "dài nữa"' in (
        rewritten
    )  # split after a space: no line over the limit
