"""Crash-safe file writing for the sync layer: temp file in the same folder, fsync, os.replace."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open a folder and does not need it."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def temp_file(folder: Path, suffix: str = ".part") -> Iterator[tuple[BinaryIO, Path]]:
    """A new private (0600) temp file in `folder`, removed if the block fails or does not keep it.

    The caller renames it into place with `commit()`; anything left behind is deleted, so an
    exception, a cancel or a full disk never leaves a half-written file under a real name.
    """
    fd, name = tempfile.mkstemp(dir=folder, prefix=".", suffix=suffix)
    path = Path(name)
    fh = os.fdopen(fd, "w+b")
    try:
        yield fh, path
    finally:
        if not fh.closed:
            fh.close()
        path.unlink(missing_ok=True)  # no-op once commit() renamed it


def commit(fh: BinaryIO, tmp: Path, final: Path, mode: int | None = None) -> None:
    """fsync and close `fh`, then atomically rename `tmp` to `final` (replacing it)."""
    fh.flush()
    os.fsync(fh.fileno())
    fh.close()
    if mode is not None:
        os.chmod(tmp, mode)
    os.replace(tmp, final)
    fsync_dir(final.parent)


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write `data` to `path` so that a crash leaves either the old file or the new one."""
    path = Path(path)
    with temp_file(path.parent) as (fh, tmp):
        fh.write(data)
        commit(fh, tmp, path, mode)
