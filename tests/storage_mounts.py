"""Real full and read-only storage for the fault tests (issue 6 point 6): a tiny tmpfs filled to the
last byte, and read-only mounts (of a folder, or bind-mounted over one file). Root only: a test using
them is skipped otherwise, and every mount is undone when the block ends."""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def need_root() -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root: mounts a tmpfs / a read-only bind mount")


def _run(*argv: str) -> None:
    subprocess.run(argv, check=True, capture_output=True)


def _mount(*argv: str) -> None:
    """The first mount of a test: skipped (not failed) where even root may not mount (a container
    without CAP_SYS_ADMIN)."""
    done = subprocess.run(["mount", *argv], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount here: {done.stderr.strip()}")


@contextmanager
def tmpfs(folder: Path, size: str = "4m") -> Iterator[Path]:
    """``folder`` on a tmpfs of ``size`` (unmounted at the end, whatever happens)."""
    need_root()
    folder.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True)


def fill(folder: Path) -> Path:
    """Write a file in ``folder`` until the disk is full; return it (delete it to free the space)."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        for size in (1 << 20, 4096, 1):  # big pieces, then the last page byte by byte
            while True:
                try:
                    os.write(fd, b"\0" * size)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
                    break
    finally:
        os.close(fd)
    return filler


@contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """``path`` (a folder or one file) read-only for everyone, root too: a read-only bind mount over it."""
    need_root()
    _mount("--bind", str(path), str(path))
    try:
        _run("mount", "-o", "remount,ro,bind", str(path))
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False, capture_output=True)
