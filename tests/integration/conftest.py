"""Integration fixtures: a real PostgreSQL server for the session, one fresh database per test.

The server is started here (initdb + pg_ctl into a temp dir, free port on 127.0.0.1), so the
suite needs no running service; without Debian's `postgresql` package the PostgreSQL tests are
skipped with the reason printed.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration.pg_server import PgServer, find_bin_dir


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        reason = (
            "PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin): "
            "apt-get install postgresql"
        )
        print(f"\nSKIP: {reason}")
        pytest.skip(reason)
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install -e .[postgres])")
    server = PgServer(bin_dir)
    try:
        server.start()
    except Exception as exc:
        server.stop()
        print(f"\nSKIP: PostgreSQL could not start: {exc}")
        pytest.skip(f"PostgreSQL could not start: {str(exc)[:500]}")
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """`postgresql+psycopg://postgres@127.0.0.1:PORT/db` of a new empty database."""
    return pg_server.create_database()
