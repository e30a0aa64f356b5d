"""The upper-level round trip with the province on SQLite (the suite: upper_level_suite.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from danvan_desktop.store.engine import sqlite_url
from tests.integration.scoring_suite import ScoringSuite
from tests.integration.upper_level_suite import UpperLevelSuite, communes  # noqa: F401  (the session fixture)


@pytest.fixture
def province_url(tmp_path: Path) -> str:
    return sqlite_url(tmp_path / "tinh.sqlite")


class TestUpperLevelSqlite(UpperLevelSuite, ScoringSuite):
    pass
