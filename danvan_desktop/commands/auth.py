"""Login for headless commands: who runs a command that reads citizens' data or changes anything.

The account comes from `--user` (default `admin`, or DANVAN_USER), the password from
DANVAN_PASSWORD or stdin (never the command line), checked by `services.users.authenticate`
like the GUI's login: the same lockout, the signing key and the data key opened for the run.
Commands that stay open without a login: `--version`, `--help`, `init` and `demo` (they make
the first administrator), `db upgrade` (what opening the app does anyway) and `db check`
(integrity and counts, no citizen's data), `keys export`/`keys list` (public keys only) and
`bundle verify` (reads a file, writes nothing).
"""

from __future__ import annotations

import argparse
import os

from danvan_desktop.cli import CliError, read_secret


def add_user_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--user",
        default=None,
        help="tài khoản đăng nhập (mặc định admin; mật khẩu qua biến DANVAN_PASSWORD hoặc stdin)",
    )


def username(args: argparse.Namespace) -> str:
    return getattr(args, "user", None) or os.environ.get("DANVAN_USER") or "admin"


def login(ctx, args: argparse.Namespace, *need: object) -> None:  # noqa: ANN001
    """Authenticate on `ctx` (refused: CliError) and check the permissions `need` (Permission)."""
    from danvan_desktop.domain.errors import RuleViolation
    from danvan_desktop.services import users

    name = username(args)
    password = read_secret("DANVAN_PASSWORD", f"Mật khẩu của {name}: ")
    try:
        users.authenticate(ctx, name, password)
    except RuleViolation as exc:
        raise CliError(exc.message) from None
    for permission in need:
        if not ctx.can(permission):
            raise CliError(
                f'Tài khoản "{ctx.user.username}" ({ctx.user.role.label}) không có quyền '
                "thực hiện lệnh này."
            )
