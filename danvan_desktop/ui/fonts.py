"""Ship and use Liberation fonts so Vietnamese stacked accents ("Ủ", "Ẩ") render on any machine."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from danvan_desktop.paths import resources_dir

UI_FAMILY = "Liberation Sans"


def install_fonts(app: QApplication, point_size: int = 10) -> str:
    """Register bundled TTFs and make Liberation Sans the application font; returns the family."""
    families: set[str] = set()
    for ttf in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    family = UI_FAMILY if UI_FAMILY in families else app.font().family()
    font = QFont(family, point_size)
    app.setFont(font)
    return family
