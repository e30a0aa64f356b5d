"""Engine and session factory: SQLite (WAL, foreign keys, transactional DDL) or PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from danvan_desktop.domain.text import collate, fold
from danvan_desktop.store import audit as _audit  # noqa: F401  (registers the audit hook)
from danvan_desktop.store import schema as _schema  # noqa: F401  (every table mapped)
from danvan_desktop.store.faults import busy_timeout_seconds

#: execution option of a read-only use (`AppContext.read`): its transaction starts DEFERRED.
READ_ONLY = "danvan_read_only"


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine; for SQLite apply the pragmas and the transactional-DDL recipe.

    pysqlite does not put DDL inside the transaction, so a failed batch migration could leave
    `_alembic_tmp_*` tables behind. SQLAlchemy's documented recipe hands transaction control to
    us: isolation_level=None on connect and an explicit BEGIN (DESIGN §7).

    Write transactions start with BEGIN IMMEDIATE: a deferred transaction that read first and
    then writes cannot wait for another process's lock in WAL mode (its snapshot is stale, so
    SQLite answers "database is locked" at once, ignoring the busy timeout); IMMEDIATE takes the
    write lock up front, where the busy timeout applies, so writers queue. Reads marked
    READ_ONLY stay DEFERRED and never wait for writers.
    """
    if url.startswith("sqlite"):
        timeout = busy_timeout_seconds()
        engine = create_engine(url, echo=echo, connect_args={"timeout": timeout})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record) -> None:  # noqa: ANN001
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
            cur.close()
            # Vietnamese order and diacritic-free search inside SQL.
            dbapi_conn.create_collation("vi", collate)
            dbapi_conn.create_function("vi_fold", 1, fold, deterministic=True)

        @event.listens_for(engine, "begin")
        def _on_begin(conn) -> None:  # noqa: ANN001
            read_only = conn.get_execution_options().get(READ_ONLY, False)
            conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # Short sessions handing plain data to the UI: objects stay readable after commit.
    return sessionmaker(engine, expire_on_commit=False)


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"
