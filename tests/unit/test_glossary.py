"""The README's glossary is generated from the code and must match it."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from glossary import END, README, START, markdown  # noqa: E402


def test_readme_glossary_matches_the_code() -> None:
    text = README.read_text(encoding="utf-8")
    current = text[text.index(START) : text.index(END) + len(END)]
    assert current == markdown(), "run: .venv/bin/python packaging/glossary.py --write"
    assert "| `dvk_model` | `models` | Mô hình, điển hình |" in current
    assert "`complaint` Khiếu nại" in current
