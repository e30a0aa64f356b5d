"""The hubs find their pieces by discovery (issue 9): a new area's command module, demo step
and table module are picked up with no line added to cli.py, demo/ or store/schema.py."""

from __future__ import annotations

import pkgutil
import sys
from pathlib import Path

import pytest

import danvan_desktop.commands as commands_pkg
import danvan_desktop.store as store_pkg
from danvan_desktop import cli, demo


def test_cli_finds_a_new_command_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "zz_trial.py").write_text(
        "def register(sub):\n"
        "    p = sub.add_parser('zz-trial', help='lệnh thử')\n"
        "    p.set_defaults(handler=lambda args: 7)\n",
        encoding="utf-8",
    )
    (tmp_path / "zz_helpers.py").write_text("X = 1  # no register(): not a command\n")
    monkeypatch.setattr(commands_pkg, "__path__", [*commands_pkg.__path__, str(tmp_path)])
    for name in ("zz_trial", "zz_helpers"):
        monkeypatch.delitem(sys.modules, f"danvan_desktop.commands.{name}", raising=False)
    modules = cli.command_modules()
    assert modules[:2] == ["danvan_desktop.commands.db", "danvan_desktop.commands.setup"]
    assert modules[2:] == sorted(modules[2:])  # a stable order: the help lists them so
    assert cli.main(["zz-trial"]) == 7


def test_demo_steps_run_in_order_and_cover_every_area() -> None:
    steps = demo.steps()
    keys = [s.key for s in steps]
    assert keys[:3] == ["models", "petitions", "inspection"] and "scoring" in keys
    assert keys[-1] == "upper_level"
    assert [s.order for s in steps] == sorted(s.order for s in steps)


def test_schema_imports_every_store_module() -> None:
    import danvan_desktop.store.schema  # noqa: F401

    names = [i.name for i in pkgutil.walk_packages(store_pkg.__path__, "danvan_desktop.store.")]
    assert "danvan_desktop.store.petitions" in names
    assert [n for n in names if n not in sys.modules] == []
