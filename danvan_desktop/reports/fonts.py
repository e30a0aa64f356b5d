"""Register the bundled Liberation fonts with reportlab (built-in Helvetica drops Vietnamese)."""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from danvan_desktop.paths import resources_dir

# Liberation Serif has Times New Roman's metrics, the font NĐ 30/2020 and HD 36 ask for.
SERIF = "LiberationSerif"
SANS = "LiberationSans"
FAMILIES = (SERIF, SANS)
_STYLES = ("Regular", "Bold", "Italic", "BoldItalic")

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def face(family: str, bold: bool = False, italic: bool = False) -> str:
    """reportlab font name of one face, e.g. ``face(SERIF, bold=True) == "LiberationSerif-Bold"``."""
    if bold and italic:
        return f"{family}-BoldItalic"
    if bold:
        return f"{family}-Bold"
    if italic:
        return f"{family}-Italic"
    return family


def register_fonts() -> None:
    """Register both families (four faces each) once; later calls return at once.

    The family mapping lets ``<b>``/``<i>`` inside Paragraph markup pick the right face.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        for family in FAMILIES:
            for style in _STYLES:
                path = folder / f"{family}-{style}.ttf"
                if not path.is_file():
                    raise FileNotFoundError(
                        f"Thiếu tệp phông chữ “{path.name}” trong thư mục {folder}. "
                        "Hãy cài đặt lại phần mềm."
                    )
                name = family if style == "Regular" else f"{family}-{style}"
                pdfmetrics.registerFont(TTFont(name, str(path)))
            pdfmetrics.registerFontFamily(
                family,
                normal=family,
                bold=face(family, bold=True),
                italic=face(family, italic=True),
                boldItalic=face(family, True, True),
            )
        _registered = True
