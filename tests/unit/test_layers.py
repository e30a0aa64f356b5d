"""DESIGN §1: imports go down only; only ui/ imports Qt; domain is plain Python."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[2] / "danvan_desktop"
ORDER = {"domain": 0, "store": 1, "services": 2, "sync": 3, "reports": 3, "demo": 3, "ui": 4}
ALLOWED = {
    "domain": {"domain"},
    "store": {"domain", "store"},
    "services": {"domain", "store", "services"},
    "sync": {"domain", "store", "services", "sync"},
    "reports": {"domain", "store", "services", "reports"},
    "demo": {"domain", "store", "services", "demo"},
    "ui": {"domain", "store", "services", "sync", "reports", "ui"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports_only_downward(layer: str) -> None:
    bad = []
    for path in (PKG / layer).rglob("*.py"):
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "PySide6" and layer != "ui":
                bad.append(f"{path.relative_to(PKG)} imports {name}")
            upward = parts[0] == "danvan_desktop" and len(parts) > 1 and parts[1] in ALLOWED
            if upward and parts[1] not in ALLOWED[layer]:
                bad.append(f"{path.relative_to(PKG)} imports {name}")
            if layer == "domain" and parts[0] in {"sqlalchemy", "alembic", "openpyxl", "reportlab"}:
                bad.append(f"{path.relative_to(PKG)} imports {name}")
    assert bad == []


def test_import_linter_contracts_hold() -> None:
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not Path(exe).exists():
        pytest.skip("import-linter is not installed (pip install -e .[test])")
    result = subprocess.run(
        [exe, "--no-cache"], cwd=PKG.parent, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
