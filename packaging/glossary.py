"""Print the code ↔ Vietnamese glossary (entities and enumerations) for the README.

    .venv/bin/python packaging/glossary.py --write   # rewrite the README section in place

The names come from the code itself (each table's __label__, each enum's .label), so the
glossary cannot drift; tests/unit/test_glossary.py fails when the README is out of date.
It extends the glossary of ../shared/DOMAIN.md §1.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
from enum import Enum
from pathlib import Path

import danvan_desktop.domain as domain_pkg
from danvan_desktop.store.base import Base
from danvan_desktop.store.schema import metadata  # noqa: F401  (every table mapped)

START = "<!-- glossary:start (packaging/glossary.py --write) -->"
END = "<!-- glossary:end -->"
README = Path(__file__).resolve().parents[1] / "README.md"


def _enums() -> list[type[Enum]]:
    found: dict[str, type[Enum]] = {}
    for info in pkgutil.iter_modules(domain_pkg.__path__):
        module = importlib.import_module(f"danvan_desktop.domain.{info.name}")
        for _name, obj in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(obj, Enum)
                and obj.__module__ == module.__name__
                and hasattr(obj, "label")
            ):
                try:
                    [m.label for m in obj]
                except Exception:  # an enum whose label needs arguments is skipped
                    continue
                found[f"{info.name}.{obj.__name__}"] = obj  # by class name: aliases (S = …) once
    return [found[k] for k in sorted(found)]


def markdown() -> str:
    lines = [
        START,
        "",
        "### Records (tables) — `code` ↔ what users see",
        "",
        "| table | in bundles | Vietnamese |",
        "|---|---|---|",
    ]
    mappers = sorted(Base.registry.mappers, key=lambda m: m.class_.__tablename__)
    for mapper in mappers:
        cls = mapper.class_
        label = getattr(cls, "__label__", "")
        if not label:
            continue
        synced = getattr(cls, "__synced__", True)
        entity = (getattr(cls, "__entity__", None) or cls.__tablename__) if synced else "— (local)"
        lines.append(f"| `{cls.__tablename__}` | `{entity}` | {label} |")
    lines += [
        "",
        "### Values — `code` ↔ Vietnamese label",
        "",
        "| enumeration | values |",
        "|---|---|",
    ]
    for enum in _enums():
        values = "; ".join(f"`{m.value}` {m.label}" for m in enum)
        lines.append(f"| `{enum.__module__.rsplit('.', 1)[-1]}.{enum.__name__}` | {values} |")
    lines += ["", END]
    return "\n".join(lines)


def write() -> None:
    text = README.read_text(encoding="utf-8")
    start, end = text.index(START), text.index(END) + len(END)
    README.write_text(text[:start] + markdown() + text[end:], encoding="utf-8")


if __name__ == "__main__":
    write() if "--write" in sys.argv else print(markdown())
