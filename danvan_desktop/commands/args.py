"""Argument pieces every command module shares: a dd/mm/yyyy date whose refusal argparse shows
in Vietnamese, and a subcommand with the database options, the login and its handler."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import Any

from danvan_desktop.cli import add_db_args
from danvan_desktop.commands import auth
from danvan_desktop.domain.dates import parse_date
from danvan_desktop.domain.errors import RuleViolation


def date_arg(text: str) -> dt.date:
    """argparse `type=`: "dd/mm/yyyy" -> date; a bad date is argparse's error, in Vietnamese."""
    try:
        return parse_date(text)
    except RuleViolation as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def subcommand(
    sub: argparse._SubParsersAction,
    name: str,
    help_text: str,
    handler: Callable[[argparse.Namespace], int] | Any,
) -> argparse.ArgumentParser:
    """A subcommand that opens the database, logs in and runs `handler(args)`."""
    p: argparse.ArgumentParser = sub.add_parser(name, help=help_text)
    add_db_args(p)
    auth.add_user_arg(p)
    p.set_defaults(handler=handler)
    return p
