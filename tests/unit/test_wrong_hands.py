"""The app in the wrong hands (issue 8, items 4 and 5), each finding a test that failed before:
commands without a login, password guessing, a tampered audit log, a stolen database file."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, update

from danvan_desktop.cli import main
from danvan_desktop.domain.dates import utcnow
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.roles import Role
from danvan_desktop.domain.text import fold
from danvan_desktop.services import petitions as P
from danvan_desktop.services import units, users
from danvan_desktop.services.context import open_context
from danvan_desktop.store.audit import verify_chain
from danvan_desktop.store.backup import backup_sqlite
from danvan_desktop.store.petitions import Petition
from danvan_desktop.store.sealed import PLACEHOLDER, UNREADABLE
from danvan_desktop.store.users import User
from tests.conftest import ADMIN_PASSWORD

DEMO_PASSWORD = "danvan2026"


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "xa.sqlite"
    shutil.copyfile(demo_template, path)
    return path


def _citizens(db: Path) -> list[tuple[str, str, str]]:
    """(id, name, ID number) of the demo's unprotected petitions, read as the admin."""
    ctx = open_context(db)
    try:
        users.authenticate(ctx, "admin", DEMO_PASSWORD)
        with ctx.read() as s:
            rows = s.execute(
                select(Petition.id, Petition.citizen_name, Petition.citizen_id_no).where(
                    Petition.identity_protected.is_(False), Petition.citizen_name != ""
                )
            ).all()
    finally:
        ctx.close()
    return [tuple(r) for r in rows]


def _no_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DANVAN_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))


# ---- commands need a login ------------------------------------------------------------------


def test_commands_refuse_without_login(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:  # noqa: ANN001
    names = [name for _id, name, _no in _citizens(demo_db)]
    assert len(names) > 20
    ctx = open_context(demo_db)
    from danvan_desktop.sync import trust

    key_file = tmp_path / "xa.json"
    trust.export_own_key(ctx, key_file)
    ctx.close()
    backup = backup_sqlite(demo_db, "test")
    reference = tmp_path / "holidays.json"
    reference.write_text("{}", encoding="utf-8")
    before = sqlite3.connect(demo_db).execute("SELECT count(*) FROM sync_peer_key").fetchone()
    db = ["--db", str(demo_db)]
    refused = [
        ["keys", "trust", *db, str(key_file)],
        ["db", "restore", *db, str(backup)],
        ["db", "backup", *db],
        ["upper", "deadline", *db, "--period", "2026-11", "--due", "30/11/2026"],
        ["upper", "publish-reference", *db, "--kind", "holidays", "--file", str(reference)],
        ["petitions", "list", *db],
        ["petitions", "export", *db, "--out", str(tmp_path / "so.xlsx")],
        ["models", "list", *db],
        ["conflicts", "list", *db],
        ["inspection", "check", *db],
    ]
    _no_password(monkeypatch)
    for argv in refused:
        assert main(argv) == 2, argv
        out, err = capsys.readouterr()
        assert "Thiếu mật khẩu" in err, (argv, err)
        assert not any(name in out for name in names), argv
    assert not (tmp_path / "so.xlsx").exists()
    monkeypatch.setenv("DANVAN_PASSWORD", "sai-mat-khau")
    assert main(["petitions", "list", *db]) == 2
    assert "mật khẩu không đúng" in capsys.readouterr().err
    with sqlite3.connect(demo_db) as con:
        assert con.execute("SELECT count(*) FROM sync_peer_key").fetchone() == before
    # Open without a login: the version, the integrity check (no citizen's data).
    assert main(["db", "check", *db]) == 0
    assert not any(name in capsys.readouterr().out for name in names)
    # With the password, the same list shows the names.
    monkeypatch.setenv("DANVAN_PASSWORD", DEMO_PASSWORD)
    assert main(["petitions", "list", *db]) == 0
    out = capsys.readouterr().out
    assert sum(name in out for name in names) > 20, out[:800]


def test_a_viewer_cannot_trust_a_key_or_restore(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:  # noqa: ANN001
    ctx = open_context(demo_db)
    users.authenticate(ctx, "admin", DEMO_PASSWORD)
    users.create_user(ctx, "nguoixem", "xemxem123", "Người xem", Role.VIEWER)
    from danvan_desktop.sync import trust

    trust.export_own_key(ctx, tmp_path / "k.json")
    ctx.close()
    backup = backup_sqlite(demo_db, "test")
    monkeypatch.setenv("DANVAN_USER", "nguoixem")
    monkeypatch.setenv("DANVAN_PASSWORD", "xemxem123")
    db = ["--db", str(demo_db)]
    assert main(["keys", "trust", *db, str(tmp_path / "k.json")]) == 2
    assert "không có quyền" in capsys.readouterr().err
    assert main(["db", "restore", *db, str(backup)]) == 2
    assert "không có quyền" in capsys.readouterr().err
    assert main(["petitions", "list", *db]) == 0  # reading is what a viewer may do


# ---- guessing passwords ---------------------------------------------------------------------


def _age_last_failure(ctx, username: str) -> None:  # noqa: ANN001
    """Stand in for waiting: move the last failure an hour back."""
    with ctx.session() as s:
        s.execute(
            update(User)
            .where(User.username == username)
            .values(last_failed_at=utcnow() - dt.timedelta(hours=1))
        )


def test_wrong_passwords_slow_then_lock_until_an_admin_unlocks(ctx, monkeypatch) -> None:  # noqa: ANN001
    users.create_user(ctx, "canbo", "matkhau456", "Cán bộ", Role.OFFICER)
    for _ in range(users.SLOW_AFTER):
        with pytest.raises(RuleViolation, match="không đúng"):
            users.authenticate(ctx, "canbo", "doan-bua")
    # At once after the third: refused without even checking, however right the password.
    with pytest.raises(RuleViolation, match=r"Hãy chờ 1 giây"):
        users.authenticate(ctx, "canbo", "matkhau456")
    _age_last_failure(ctx, "canbo")
    with pytest.raises(RuleViolation, match="không đúng"):
        users.authenticate(ctx, "canbo", "doan-bua")
    with pytest.raises(RuleViolation, match=r"Hãy chờ 2 giây"):  # the wait doubles
        users.authenticate(ctx, "canbo", "doan-bua")
    for _ in range(users.LOCK_AFTER - users.SLOW_AFTER - 2):
        _age_last_failure(ctx, "canbo")
        with pytest.raises(RuleViolation, match="không đúng"):
            users.authenticate(ctx, "canbo", "doan-bua")
    _age_last_failure(ctx, "canbo")
    with pytest.raises(RuleViolation, match="bị khóa"):
        users.authenticate(ctx, "canbo", "doan-bua")
    _age_last_failure(ctx, "canbo")
    with pytest.raises(RuleViolation, match="bị khóa"):  # the right password too
        users.authenticate(ctx, "canbo", "matkhau456")
    # The command line goes through the same rule.
    db = ctx.db_path
    monkeypatch.setenv("DANVAN_USER", "canbo")
    monkeypatch.setenv("DANVAN_PASSWORD", "matkhau456")
    assert main(["models", "list", "--db", str(db)]) == 2
    users.authenticate(ctx, "admin", ADMIN_PASSWORD)
    assert next(u for u in users.list_users(ctx) if u.username == "canbo").locked
    users.unlock_user(ctx, "canbo")
    assert users.authenticate(ctx, "canbo", "matkhau456").role == Role.OFFICER
    with ctx.read() as s:
        user = s.execute(select(User).where(User.username == "canbo")).scalar_one()
        assert (user.failed_logins, user.locked) == (0, False)


def test_an_admin_password_reset_also_unlocks(ctx) -> None:  # noqa: ANN001
    users.create_user(ctx, "canbo", "matkhau456", "Cán bộ", Role.OFFICER)
    with ctx.session() as s:
        s.execute(
            update(User).where(User.username == "canbo").values(locked=True, failed_logins=10)
        )
    users.change_password(ctx, "canbo", "matkhau789")
    assert users.authenticate(ctx, "canbo", "matkhau789").username == "canbo"


# ---- the audit log is a hash chain ----------------------------------------------------------


def _check(db: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["db", "check", "--db", str(db)])
    return code, capsys.readouterr().out


def test_db_check_passes_on_an_untouched_database(demo_db: Path, capsys) -> None:  # noqa: ANN001
    code, out = _check(demo_db, capsys)
    assert code == 0 and "Toàn vẹn: tốt" in out, out


def test_an_edited_audit_row_is_named(demo_db: Path, capsys) -> None:  # noqa: ANN001
    with sqlite3.connect(demo_db) as con:
        con.execute("UPDATE audit_log SET user = 'ai-do' WHERE id = 120")
    code, out = _check(demo_db, capsys)
    assert code == 1 and "Toàn vẹn: LỖI" in out and "Toàn vẹn: tốt" not in out
    assert "Dòng nhật ký 120: nội dung đã bị sửa" in out


def test_fifty_deleted_audit_rows_are_named(demo_db: Path, capsys) -> None:  # noqa: ANN001
    with sqlite3.connect(demo_db) as con:
        con.execute("DELETE FROM audit_log WHERE id BETWEEN 300 AND 349")
    code, out = _check(demo_db, capsys)
    assert code == 1 and "Dòng nhật ký 300–349: đã bị xóa" in out, out


def test_rows_cut_off_the_end_are_named(demo_db: Path, capsys) -> None:  # noqa: ANN001
    with sqlite3.connect(demo_db) as con:
        last = con.execute("SELECT max(id) FROM audit_log").fetchone()[0]
        con.execute("DELETE FROM audit_log WHERE id > ?", (last - 5,))
    code, out = _check(demo_db, capsys)
    assert code == 1 and f"Dòng nhật ký {last - 4}–{last}: đã bị xóa (cuối nhật ký)" in out


def test_a_petition_changed_by_sql_is_named(demo_db: Path, capsys) -> None:  # noqa: ANN001
    with sqlite3.connect(demo_db) as con:
        pid = con.execute("SELECT id FROM petition ORDER BY received_on LIMIT 1").fetchone()[0]
        con.execute("UPDATE petition SET summary = 'Đã xóa dấu vết' WHERE id = ?", (pid,))
    code, out = _check(demo_db, capsys)
    assert code == 1 and f"Đơn thư {pid}: đã bị sửa ngoài phần mềm" in out, out


def test_changes_through_the_app_keep_the_chain_whole(ctx) -> None:  # noqa: ANN001
    """ORM changes, a confidential view (a Core insert) and a login all chain."""
    data = P.PetitionInput(
        received_on=dt.date(2026, 3, 2),
        channel="post",
        type="denunciation",
        summary="Tố cáo cán bộ thôn",
        hamlet_code=units.hamlets(ctx)[0].code,
        citizen_name="Phạm Thị Tố",
        citizen_id_no="042090009999",
    )
    pid = P.register_petition(ctx, data, today=dt.date(2026, 3, 2))
    P.reveal_identity(ctx, pid)
    users.authenticate(ctx, "admin", ADMIN_PASSWORD)
    with ctx.engine.connect() as conn:
        report = verify_chain(conn)
    assert report.ok and report.rows >= 3, report.problems


# ---- a stolen laptop: the confidential columns are sealed ----------------------------------


def test_identities_are_not_in_the_file_or_its_backup(demo_db: Path) -> None:
    citizens = _citizens(demo_db)
    with sqlite3.connect(demo_db) as con:
        raw = con.execute(
            "SELECT citizen_name, citizen_id_no, citizen_address, citizen_phone, name_key, "
            "address_key, search_text FROM petition"
        ).fetchall()
    assert raw
    for name, id_no, address, phone, name_key, address_key, _search in raw:
        assert not name or name.startswith("dk1:")
        assert not id_no or id_no.startswith("dks1:")
        assert not address or address.startswith("dk1:")
        assert not phone or phone.startswith("dk1:")
        assert not name_key or name_key.startswith("dkh1:")
        assert not address_key or address_key.startswith("dkh1:")
    searches = " | ".join(r[6] for r in raw)
    ids = [no for _pid, _name, no in citizens if no]
    assert ids and len(citizens) > 20
    copy = backup_sqlite(demo_db, "stolen")
    for path in (demo_db, copy):
        data = path.read_bytes()
        for _pid, name, no in citizens:
            assert fold(name) not in searches
            assert no.encode() not in data if no else True
    # Without a login the file opens, lists, and shows a placeholder, never a name.
    ctx = open_context(copy)
    try:
        rows = P.list_petitions(ctx, P.PetitionFilter(), limit=500)
        shown = {r.citizen for r in rows}
        assert PLACEHOLDER in shown
        assert not shown & {name for _pid, name, _no in citizens}
    finally:
        ctx.close()


def test_search_and_duplicates_still_work_for_an_officer(demo_db: Path) -> None:
    citizens = _citizens(demo_db)
    pid, name, id_no = next(c for c in citizens if c[2])
    ctx = open_context(demo_db)
    try:
        users.authenticate(ctx, "admin", DEMO_PASSWORD)
        users.create_user(ctx, "canbomoi", "matkhau456", "Cán bộ mới", Role.OFFICER)
        users.authenticate(ctx, "canbomoi", "matkhau456")
        # Part of the name, without diacritics, as typed.
        hits = P.list_petitions(ctx, P.PetitionFilter(text=fold(name).split()[-1]), limit=500)
        assert pid in {r.id for r in hits}
        assert P.count_petitions(ctx, P.PetitionFilter(text=fold(name))) >= 1
        with ctx.read() as s:
            p = s.get(Petition, pid)
            data = P.PetitionInput(
                received_on=p.received_on,
                channel=p.channel,
                type=p.type,
                summary=p.summary,
                hamlet_code=None,
                citizen_name=name,
                citizen_id_no=id_no,
            )
        dupes = P.find_duplicates(ctx, data)
        assert pid in {d.id for d in dupes}
    finally:
        ctx.close()


def test_a_database_from_before_is_sealed_at_the_first_admin_login(ctx) -> None:  # noqa: ANN001
    """A database made before the data key (simulated: no wrap, written in clear) gets its key
    at the first administrator login, and what was in clear is sealed and searchable."""
    path = ctx.db_path
    with ctx.session() as s:
        s.execute(__import__("sqlalchemy").text("DELETE FROM data_key_wrap"))
    ctx.close()
    old = open_context(path)
    old.unit_code = "18673"
    data = P.PetitionInput(
        received_on=dt.date(2026, 3, 2),
        channel="post",
        type="complaint",
        summary="Khiếu nại về bồi thường",
        hamlet_code=units.hamlets(old)[0].code,
        citizen_name="Hoàng Văn Khiếu",
        citizen_id_no="042090001111",
        citizen_address="Thôn Đông",
    )
    pid = P.register_petition(old, data, today=dt.date(2026, 3, 2))
    old.close()
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT citizen_name FROM petition").fetchone()[0] == "Hoàng Văn Khiếu"
    fresh = open_context(path)
    try:
        users.authenticate(fresh, "admin", ADMIN_PASSWORD)
        with sqlite3.connect(path) as con:
            name, search = con.execute("SELECT citizen_name, search_text FROM petition").fetchone()
            fts = " ".join(r[0] for r in con.execute("SELECT search_text FROM petition_fts"))
        assert name.startswith("dk1:") and "khieu" not in search.split("boi thuong")[-1]
        assert "hoang van" not in search and "hoang van" not in fts
        assert b"Ho\xc3\xa0ng V\xc4\x83n Khi\xe1\xbb\x83u" not in path.read_bytes()
        assert [r.id for r in P.list_petitions(fresh, P.PetitionFilter(text="hoang van"))] == [pid]
        assert P.reveal_identity(fresh, pid).name == "Hoàng Văn Khiếu"
        with sqlite3.connect(path) as con:  # both keys under one salt: one scrypt per login
            salts = con.execute(
                "SELECT k.salt = d.salt FROM sync_key_wrap k JOIN data_key_wrap d "
                "ON d.username = k.username WHERE k.username = 'admin'"
            ).fetchone()
        assert salts == (1,)
    finally:
        fresh.close()


def test_an_account_without_the_key_reads_a_placeholder(ctx) -> None:  # noqa: ANN001
    data = P.PetitionInput(
        received_on=dt.date(2026, 3, 2),
        channel="post",
        type="complaint",
        summary="Khiếu nại",
        hamlet_code=units.hamlets(ctx)[0].code,
        citizen_name="Đỗ Văn Bí",
    )
    pid = P.register_petition(ctx, data, today=dt.date(2026, 3, 2))
    path = ctx.db_path
    ctx.close()
    with sqlite3.connect(path) as con:  # a value altered in the file no longer opens
        con.execute("UPDATE petition SET citizen_address = 'dk1:AAAA' WHERE id = ?", (pid,))
    other = open_context(path)
    try:
        row = P.list_petitions(other, P.PetitionFilter())[0]
        assert row.citizen == PLACEHOLDER
        with pytest.raises(RuleViolation, match="khóa dữ liệu"):
            P.register_petition(other, data, today=dt.date(2026, 3, 2))
        users.authenticate(other, "admin", ADMIN_PASSWORD)
        identity = P.reveal_identity(other, pid)
        assert identity.name == "Đỗ Văn Bí" and identity.address == UNREADABLE
    finally:
        other.close()


def test_an_import_joins_the_chain_and_keeps_check_good(demo_db: Path, tmp_path: Path) -> None:
    """The importer writes its audit rows in bulk (Core inserts): they are chained too, and a
    province that imported a commune's bundle still checks good."""
    from danvan_desktop.sync import exporter, importer
    from tests.sync_support import build_province, introduce, open_copy

    commune = open_context(demo_db)
    users.authenticate(commune, "admin", DEMO_PASSWORD)
    province = open_copy(build_province(tmp_path), tmp_path / "tinh" / "tinh.sqlite")
    try:
        introduce(commune, province, tmp_path / "keys")
        bundle = exporter.export_data(commune, tmp_path / "usb")
        with province.engine.connect() as conn:
            before = verify_chain(conn).rows
        report = importer.import_bundle(province, bundle.path, ack_dir=tmp_path / "acks")
        assert report.status == "applied", report.message
        with province.engine.connect() as conn:
            after = verify_chain(conn)
        assert after.ok, after.problems
        assert after.rows > before  # the import wrote its rows, each with its hash
    finally:
        commune.close()
        province.close()


def test_migration_chains_the_rows_a_database_already_had(demo_db: Path) -> None:
    """Upgrading a populated database from the revision before: its audit rows are chained
    in id order and the check is good; an edit afterwards is caught."""
    from alembic import command

    from danvan_desktop.store.engine import make_engine, sqlite_url
    from danvan_desktop.store.migrate import alembic_config, upgrade

    engine = make_engine(sqlite_url(demo_db))
    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "sync_state")
        conn.commit()
    with sqlite3.connect(demo_db) as con:
        rows = con.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    upgrade(engine)
    with engine.connect() as conn:
        report = verify_chain(conn)
        assert report.ok and report.rows == rows > 1000, report.problems
        head = conn.exec_driver_sql("SELECT last_id FROM audit_head").scalar()
        assert head == conn.exec_driver_sql("SELECT max(id) FROM audit_log").scalar()
    engine.dispose()
    with sqlite3.connect(demo_db) as con:
        con.execute("UPDATE audit_log SET action = 'view' WHERE id = 7")
    engine = make_engine(sqlite_url(demo_db))
    with engine.connect() as conn:
        assert verify_chain(conn).first_broken == 7
    engine.dispose()
