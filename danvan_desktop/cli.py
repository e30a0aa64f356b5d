"""The `danvan` command: without a subcommand it opens the app; subcommands work headless.

Every module of `danvan_desktop.commands` that defines `register(subparsers)` adds its
subcommands (discovered, see `command_modules`), so a new area adds its own module and no line
here. Errors meant for users exit non-zero with a
Vietnamese message on stderr.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from danvan_desktop import __version__

#: commands listed first in `danvan --help` (the newcomer's path); the others follow by name.
FIRST = ("db", "setup")


def command_modules() -> list[str]:
    """Modules under danvan_desktop.commands, in a stable order (FIRST, then alphabetical)."""
    import pkgutil

    import danvan_desktop.commands as pkg

    names = sorted(i.name for i in pkgutil.iter_modules(pkg.__path__) if not i.name.startswith("_"))
    ordered = [n for n in FIRST if n in names] + [n for n in names if n not in FIRST]
    return [f"{pkg.__name__}.{n}" for n in ordered]


class CliError(Exception):
    """A failure to report to the user as one line (exit code 2)."""


def default_db_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("danvan-desktop", appauthor=False) / "danvan.sqlite"


def add_db_args(p: argparse.ArgumentParser, required: bool = False, *, top: bool = False) -> None:
    # On subcommands the default is SUPPRESS, so `danvan --db X demo` keeps the X given before the
    # subcommand instead of a subparser's None silently replacing it.
    default = None if top else argparse.SUPPRESS
    p.add_argument(
        "--db",
        type=Path,
        help="tệp cơ sở dữ liệu SQLite (mặc định: thư mục dữ liệu người dùng)",
        required=required,
        default=default,
    )
    p.add_argument(
        "--database-url",
        help="chuỗi kết nối, ví dụ postgresql+psycopg://user@host/db (cấp trên)",
        default=default,
    )


def open_ctx(args: argparse.Namespace, *, migrate: bool = True):  # noqa: ANN201
    """Open the database named by --db/--database-url (imports late so --version stays fast)."""
    from danvan_desktop.services.context import open_context

    url = getattr(args, "database_url", None) or os.environ.get("DANVAN_DATABASE_URL")
    if url:
        return open_context(database_url=url, migrate=migrate)
    return open_context(getattr(args, "db", None) or default_db_path(), migrate=migrate)


def read_secret(env_name: str, prompt: str) -> str:
    """A password from the environment or stdin (never from the command line)."""
    value = os.environ.get(env_name)
    if value:
        return value
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    if not line:
        raise CliError(f"Thiếu mật khẩu: đặt biến môi trường {env_name} hoặc đưa qua stdin.")
    return line.rstrip("\r\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="danvan", description='Phần mềm "Dân vận khéo" cho cấp xã.'
    )
    parser.add_argument("--version", action="version", version=f"danvan-desktop {__version__}")
    add_db_args(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="LỆNH")
    for name in command_modules():
        register = getattr(importlib.import_module(name), "register", None)
        if register is not None:
            register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        from danvan_desktop.ui.app import run_gui

        return run_gui(args.db or default_db_path(), args.database_url)
    try:
        return handler(args) or 0
    except CliError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:
        return _report_failure(exc, args)


def _report_failure(exc: Exception, args: argparse.Namespace) -> int:
    """One Vietnamese sentence on stderr and exit 2 for every expected failure.

    Faults of the disk or the database file (full, read-only, not a database, busy), however
    deep SQLAlchemy or SQLite wrapped them, and our own errors (rule, permission, bundle,
    migration…) carry a `message`; anything else is a bug and keeps its traceback."""
    from danvan_desktop.store.faults import os_error_message, storage_fault

    message = getattr(exc, "message", None)
    fault = None if message else storage_fault(exc, getattr(args, "db", None))
    if fault is not None:
        message = fault.message
    if not message and isinstance(exc, OSError):
        message = os_error_message(exc)
    if not message:
        raise exc
    print(f"Lỗi: {message}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
