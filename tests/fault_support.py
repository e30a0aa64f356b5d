"""Real storage faults for tests: a small tmpfs to fill (a full disk), remounted read-only (a
write-protected USB stick). Mounting needs root; without it the tests skip and say why.

chmod 0555 would not do: root ignores permission bits. A read-only mount is refused by the
kernel for everyone, as a write-protected stick is."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def small_disk(where: Path, size: str = "8m") -> Iterator[Path]:
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs to simulate a full disk: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def read_only(where: Path) -> None:
    """Remount a small_disk read-only (what a write-protected stick looks like)."""
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)


def leave_free(folder: Path, nbytes: int) -> Path:
    """Fill the disk holding `folder` until only about `nbytes` stay free."""
    filler = folder / "filler.bin"
    free = shutil.disk_usage(folder).free
    chunk = b"\0" * (1 << 20)
    todo = max(free - nbytes, 0)
    with filler.open("ab") as fh:
        while todo > 0:
            n = min(todo, len(chunk))
            fh.write(chunk[:n])
            todo -= n
    return filler
