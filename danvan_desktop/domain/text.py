"""Vietnamese text: NFC normalisation, diacritic folding for search, alphabetical collation.

Folding lets "dan van kheo" find "Dân vận khéo"; collation sorts in the Vietnamese alphabet
(a ă â b c d đ e ê g … o ô ơ … u ư …) with tones as a secondary key, which Unicode code-point
order gets wrong (it puts "Đ" after "Z" and "ă" after "z").
"""

from __future__ import annotations

import unicodedata

_VI_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {ch: i for i, ch in enumerate(_VI_ALPHABET)}
# Tone order used by Vietnamese dictionaries: none, huyền, hỏi, ngã, sắc, nặng.
_TONE_RANK = {"": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Combining marks that change the letter itself (not the tone).
_SHAPE_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn


def nfc(text: str | None) -> str:
    """Normalise text entering the app to NFC (reportlab and Qt misplace NFD accents)."""
    if text is None:
        return ""
    return unicodedata.normalize("NFC", text)


def clean(text: str | None) -> str:
    """NFC plus trimmed and inner runs of whitespace collapsed: what a form should store."""
    return " ".join(nfc(text).split())


def fold(text: str | None) -> str:
    """Lower-case, strip every diacritic, map đ→d: the key that search compares."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.lower())
    out = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(out.replace("đ", "d").split())


def _letter_key(ch: str) -> tuple[int, int, int]:
    """(base letter rank, tone rank, case) of one NFC character."""
    lower = ch.lower()
    case = 0 if ch == lower else 1
    parts = unicodedata.normalize("NFD", lower)
    base, marks = parts[0], parts[1:]
    tone = 0
    for mark in marks:
        if mark in _TONE_RANK:
            tone = _TONE_RANK[mark]
        elif mark in _SHAPE_MARKS:
            base = unicodedata.normalize("NFC", base + mark)
    if base == "đ" or lower == "đ":
        base = "đ"
    rank = _LETTER_RANK.get(base)
    if rank is None:
        # Digits and punctuation sort before letters, by code point.
        return (-1_000_000 + ord(base[0]) if base else -1, tone, case)
    return (rank, tone, case)


def sort_key(text: str | None) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Key for sorting Vietnamese strings in dictionary order.

    Primary: letters without tones; secondary: tones left to right; tertiary: case.
    """
    # Syllable by syllable: a word boundary sorts before any letter ("An toàn" < "Ánh sáng").
    keys = [(-2_000_000, 0, 0) if ch == " " else _letter_key(ch) for ch in clean(text)]
    primary = tuple(k[0] for k in keys)
    secondary = tuple(k[1] for k in keys)
    tertiary = tuple(k[2] for k in keys)
    return (primary, secondary, tertiary)


def collate(a: str, b: str) -> int:
    """-1/0/1 comparison in Vietnamese order (for SQLite's create_collation)."""
    ka, kb = sort_key(a), sort_key(b)
    return (ka > kb) - (ka < kb)


def matches(query: str, text: str) -> bool:
    """True when every folded word of the query occurs in the folded text."""
    haystack = fold(text)
    return all(word in haystack for word in fold(query).split())


def sort_string(text: str | None) -> str:
    """A digits-only key whose plain string order is Vietnamese order.

    Stored in a column it sorts correctly under any database collation (SQLite BINARY,
    PostgreSQL locales) and can be indexed: two digits per character (word boundary 01, digits
    10–19, letters 20–53), "00" as the separator, then one tone digit per letter.
    """
    primary: list[str] = []
    tones: list[str] = []
    for ch in clean(text).lower():
        if ch == " ":
            primary.append("01")  # word boundary: above the "00" separator, below every character
            continue
        if ch.isdigit() and ch.isascii():
            primary.append(f"{10 + int(ch)}")
            continue
        rank, tone, _case = _letter_key(ch)
        if rank < 0:
            continue  # spaces and punctuation do not decide the order
        primary.append(f"{20 + rank}")
        tones.append(str(tone))
    return "".join(primary) + "00" + "".join(tones)
