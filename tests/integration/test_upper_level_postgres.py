"""The upper-level round trip with the province on a real PostgreSQL server started by the
fixture (conftest.py), exactly the suite the SQLite file runs (upper_level_suite.py)."""

from __future__ import annotations

import pytest

from tests.integration.scoring_suite import ScoringSuite
from tests.integration.upper_level_suite import UpperLevelSuite, communes  # noqa: F401  (the session fixture)

pytestmark = pytest.mark.postgres


@pytest.fixture
def province_url(pg_url: str) -> str:
    return pg_url


class TestUpperLevelPostgres(UpperLevelSuite, ScoringSuite):
    pass
