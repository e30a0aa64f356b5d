"""The installed wheel carries migrations/ and resources/ and runs from a fresh virtualenv."""

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_installs_and_runs_from_a_fresh_venv(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if build.returncode != 0 and "No module named build" in build.stderr:
        pytest.skip("the 'build' package is not installed (pip install -e .[test])")
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-2000:]
    wheel = next(dist.glob("danvan_desktop-*.whl"))

    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.startswith("danvan_desktop/migrations/versions/") for n in names)
    assert "danvan_desktop/migrations/env.py" in names
    assert any(n.startswith("danvan_desktop/resources/fonts/LiberationSerif") for n in names)
    assert any(n.startswith("danvan_desktop/resources/rules/") for n in names)

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    subprocess.run(
        [str(py), "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True, timeout=300
    )
    # Dependencies come from the test environment's site-packages (a plain path line: its own
    # .pth files, such as the editable install of this checkout, are not processed).
    site = Path(
        subprocess.check_output(
            [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
        ).strip()
    )
    (site / "zz_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    work = tmp_path / "elsewhere"
    work.mkdir()
    danvan = env_dir / "bin" / "danvan"
    version = subprocess.run(
        [str(danvan), "--version"], capture_output=True, text=True, cwd=work, timeout=120
    )
    assert version.returncode == 0 and version.stdout.startswith("danvan-desktop"), version.stderr
    where = subprocess.check_output(
        [
            str(py),
            "-c",
            "import danvan_desktop.paths as p; print(p.migrations_dir()); print(p.resources_dir())",
        ],
        text=True,
        cwd=work,
    ).split()
    assert all(str(site) in w for w in where), (
        where
    )  # found inside the installed wheel, not the checkout
    db = tmp_path / "x.sqlite"
    upgraded = subprocess.run(
        [str(danvan), "db", "upgrade", "--db", str(db)],
        capture_output=True,
        text=True,
        cwd=work,
        timeout=300,
    )
    assert upgraded.returncode == 0, upgraded.stderr
    assert "Đã nâng cấp" in upgraded.stdout
    check = subprocess.run(
        [str(danvan), "db", "check", "--db", str(db)], capture_output=True, text=True, cwd=work
    )
    assert check.returncode == 0 and "Toàn vẹn: tốt" in check.stdout
