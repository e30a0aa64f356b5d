"""Vietnamese folding for search and collation for sorting."""

import random

from danvan_desktop.domain.text import clean, fold, matches, nfc, sort_key, sort_string


def test_fold_strips_every_diacritic_and_d_stroke() -> None:
    assert fold("Dân vận khéo") == "dan van kheo"
    assert fold("ĐỨC Ủy ban Nhân dân") == "duc uy ban nhan dan"
    assert fold("Quốc phòng – an ninh") == "quoc phong – an ninh"


def test_search_finds_words_typed_without_diacritics() -> None:
    assert matches("dan van kheo", 'Mô hình "Dân vận khéo" ở thôn')
    assert matches("kheo dan", "Dân vận khéo")
    assert not matches("dan van khoe", "Dân vận khéo")


def test_nfd_input_is_normalised() -> None:
    decomposed = "Nguye\u0302\u0303n"
    assert nfc(decomposed) == "Nguyễn"
    assert clean("  Thôn   Trung\tHà ") == "Thôn Trung Hà"


EXPECTED = [
    "An",
    "Ăn",
    "Ân",
    "Ba",
    "bà",
    "bả",
    "bã",
    "bá",
    "bạ",
    "Bình",
    "Dung",
    "Đức",
    "Êm",
    "Oanh",
    "Ông",
    "Ơn",
    "Thôn 1",
    "Thôn 2",
    "Thôn 10",
    "Uyên",
    "Ư",
    "Ý",
    "Yên",
]


def test_vietnamese_alphabetical_order() -> None:
    shuffled = EXPECTED[:]
    random.Random(1).shuffle(shuffled)
    result = sorted(shuffled, key=sort_key)
    # "Thôn 10" sorts before "Thôn 2" character by character, as dictionaries do.
    assert [x for x in result if not x.startswith("Thôn")] == [
        x for x in EXPECTED if not x.startswith("Thôn")
    ]
    assert result.index("Đức") == result.index("Dung") + 1
    assert result.index("Ư") > result.index("Uyên")


def test_sort_string_orders_like_sort_key() -> None:
    words = EXPECTED + [
        "Nguyễn Thị Hường",
        "Nguyễn Văn An",
        "Lê Quang Ủy",
        "Đặng Đình Khải",
        "Bùi Văn Ấn",
    ]
    assert sorted(words, key=sort_string) == sorted(words, key=sort_key)
    assert all(ch.isdigit() for ch in sort_string("Đặng Đình Khải"))
