"""Text of an official PDF document: Unicode normalisation, Vietnamese dates and numbers, the body
and heading paragraph styles and the balanced line breaks of a document's header lines.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import unicodedata
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    HRFlowable,
    Paragraph,
)

from danvan_desktop.reports.fonts import SERIF, face, register_fonts

BODY_SIZE = 14
BODY_LEADING = 17  # about Word's "single" spacing for Times 14
FIRST_LINE_INDENT = 10 * mm


# --------------------------------------------------------------------------- text helpers


def _nfc(text: str) -> str:
    # Decomposed (NFD) text puts reportlab's accents in the wrong place.
    return unicodedata.normalize("NFC", text)


def escape_markup(text: str) -> str:
    return escape(_nfc(text)).replace("\n", "<br/>")


def _upper(text: str) -> str:
    return _nfc(text).upper()


def format_date(value: dt.date) -> str:
    """dd/mm/yyyy (and hh:mm for a datetime), as every date shown to users."""
    text = f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    if isinstance(value, dt.datetime):
        text += f" {value.hour:02d}:{value.minute:02d}"
    return text


def format_place_date(place: str, date: dt.date) -> str:
    """ "Hà Tĩnh, ngày 05 tháng 02 năm 2026".

    NĐ 30/2020 Phụ lục I (and HD 36 the same): a day below 10 and the months 1 and 2 take a
    leading zero, so "1" cannot later be turned into "11" or "12"; months 3-12 are written as is.
    """
    day = f"{date.day:02d}"
    month = f"{date.month:02d}" if date.month <= 2 else str(date.month)
    return f"{_nfc(place)}, ngày {day} tháng {month} năm {date.year}"


def format_number(value: int | float | Decimal) -> str:
    """Vietnamese number style: 12.345.678 and 12,5 (at most two decimals).

    Four-digit whole numbers stay ungrouped so a year (2025) or a row number (1196) never
    reads "2.025"; from 10.000 up the thousands are grouped.
    """
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, int) or value == int(value):
        whole = int(value)
        return f"{whole:,}".replace(",", ".") if abs(whole) >= 10_000 else str(whole)
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if abs(value) < 10_000:
        text = text.replace(",", "")
    return text.translate(str.maketrans({",": ".", ".": ","}))


def cell_text(value: object) -> str:
    """How one table cell reads: dates dd/mm/yyyy, numbers Vietnamese style, bool Có/Không."""
    if value is None:
        return ""
    if isinstance(value, str):
        return _nfc(value)
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, (int, float, Decimal)):
        return format_number(value)
    return _nfc(str(value))


def is_number(value: object) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


# --------------------------------------------------------------------------- styles


@functools.cache
def paragraph_style(
    name: str,
    font: str,
    size: float,
    *,
    align: int = TA_CENTER,
    leading: float = 0,
    indent: float = 0,
    space_after: float = 0,
    space_before: float = 0,
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading or size * 1.2,
        alignment=align,
        firstLineIndent=indent,
        spaceAfter=space_after,
        spaceBefore=space_before,
    )


def _p(
    text_markup: str, font: str, size: float, align: int = TA_CENTER, leading: float = 0
) -> Paragraph:
    return Paragraph(
        text_markup,
        paragraph_style(f"{font}-{size}-{align}", font, size, align=align, leading=leading),
    )


def paragraph(text: str, *, markup: bool = False, indent: bool = True) -> Paragraph:
    """Body text: serif 14, justified, first-line indent 1 cm, 6 pt after.

    ``text`` is plain text (escaped) unless ``markup=True`` (reportlab's <b>, <i>, <u>).
    """
    register_fonts()
    body = _nfc(text) if markup else escape_markup(text)
    style = paragraph_style(
        "body" if indent else "body-flat",
        SERIF,
        BODY_SIZE,
        align=TA_JUSTIFY,
        leading=BODY_LEADING,
        indent=FIRST_LINE_INDENT if indent else 0,
        space_after=6,
    )
    return Paragraph(body, style)


def heading(text: str) -> Paragraph:
    """A section heading ("I. MỤC ĐÍCH, YÊU CẦU"): bold body text kept with what follows."""
    register_fonts()
    style = paragraph_style(
        "heading",
        face(SERIF, bold=True),
        BODY_SIZE,
        align=TA_JUSTIFY,
        leading=BODY_LEADING,
        indent=FIRST_LINE_INDENT,
        space_after=6,
        space_before=6,
    )
    para = Paragraph(escape_markup(text), style)
    para.keepWithNext = True
    return para


def _rule(
    width: float, thickness: float = 0.6, space_before: float = 3, space_after: float = 2
) -> HRFlowable:
    # 3 pt clears the dot below "Ạ"/"Ộ" of the line above.
    return HRFlowable(
        width=width,
        thickness=thickness,
        color=colors.black,
        lineCap="butt",
        spaceBefore=space_before,
        spaceAfter=space_after,
        hAlign="CENTER",
    )


# Words that start the place part of a Vietnamese agency name: the natural line break.
_PLACE_WORDS = (
    "TỈNH",
    "THÀNH PHỐ",
    "XÃ",
    "PHƯỜNG",
    "ĐẶC KHU",
    "HUYỆN",
    "QUẬN",
    "THỊ XÃ",
    "THÔN",
    "TỔ DÂN PHỐ",
)


def _balanced_lines(text: str, font: str, size: float, width: float) -> str:
    """Markup for an agency name: explicit "\n" kept; one too-long line split in two.

    "ỦY BAN NHÂN DÂN XÃ THẠCH HÀ" is split before the place ("ỦY BAN NHÂN DÂN" / "XÃ THẠCH HÀ")
    as officers write it; failing that into two even halves, never a full line plus one word.
    """
    if "\n" in text or stringWidth(text, font, size) <= width:
        return escape_markup(text)
    words = text.split()

    def fits(k: int) -> float:
        return max(
            stringWidth(" ".join(words[:k]), font, size),
            stringWidth(" ".join(words[k:]), font, size),
        )

    for k in range(len(words) - 1, 0, -1):  # the last place word, so "THỊ XÃ" stays whole
        tail = " ".join(words[k:])
        if any(tail.startswith(w + " ") for w in _PLACE_WORDS) and fits(k) <= width:
            break
    else:
        k = min(range(1, len(words)), key=fits, default=0)
        if not k or fits(k) > width:
            return escape_markup(text)  # too long for two lines: let the paragraph wrap it
    return escape_markup(" ".join(words[:k])) + "<br/>" + escape_markup(" ".join(words[k:]))


def _widest_line(text: str, font: str, size: float, width: float) -> float:
    lines = text.split("\n")
    return min(width, max(stringWidth(line, font, size) for line in lines))
