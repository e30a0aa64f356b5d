"""Our own user-visible texts through Qt's translation mechanism.

Every Vietnamese text in ui/ is written as ``translate("<module>", "text")``: the Vietnamese is
the source text, so the app looks the same with no translation loaded, and an installed
QTranslator (e.g. an English .qm compiled from resources/translations/danvan.ts) replaces it.

Why this form: pyside6-lupdate recognises a call named ``translate`` with a literal context and
text, but not an alias or a context held in a variable; ``self.tr`` uses the class name at run
time, which is the subclass's name when an inherited method runs, while lupdate files the text
under the class that lexically contains it, so the two would not meet. f-strings cannot be
extracted: texts with values are templates, ``translate("ctx", "Có {n} hồ sơ").format(n=n)``.

packaging/i18n_wrap.py writes these calls; tests/ui/test_translations.py keeps the .ts current.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from danvan_desktop.paths import resources_dir

TS_NAME = "danvan.ts"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The translation of text in context, or text itself when none is installed."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def ts_path() -> Path:
    return resources_dir() / "translations" / TS_NAME


def install_ui_translation(app: QCoreApplication, qm: Path) -> QTranslator | None:
    """Load a compiled translation of our own texts (None when the file cannot be loaded).

    Texts are translated when a widget is built, so this must run before the screens are made.
    """
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        return None
    app.installTranslator(translator)
    return translator
