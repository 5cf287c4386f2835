"""One coopdesk per data folder: a QLockFile on ``<data_dir>/coopdesk.lock``.

A lock left by a crashed process is detected (its PID is gone) and taken over; a live one refuses the
second instance, which tells the user instead of opening the same database twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_FILENAME = "coopdesk.lock"


@dataclass(frozen=True)
class LockHolder:
    pid: int
    hostname: str
    app: str


class InstanceLock:
    def __init__(self, data_dir: Path, stale_after_ms: int = 0) -> None:
        Path(data_dir).mkdir(parents=True, exist_ok=True)
        self.path = Path(data_dir) / LOCK_FILENAME
        self._lock = QLockFile(str(self.path))
        # 0: never stale by age (Qt's default 30 s would break a live lock); a lock is stale when
        # its process is gone on this host, which QLockFile checks by itself.
        self._lock.setStaleLockTime(stale_after_ms)

    def acquire(self, timeout_ms: int = 0) -> bool:
        """True when this process now holds the lock. Qt takes over a lock whose process is gone.

        False either because another live process holds it (``cannot_write`` False: see ``holder()``)
        or because the lock file could not be written (``cannot_write`` True: disk full, read-only)."""
        return self._lock.tryLock(timeout_ms)

    @property
    def cannot_write(self) -> bool:
        """After a failed ``acquire``: True when the lock file could not be written (a full or read-only
        disk, no permission) rather than held by another coopdesk."""
        return self._lock.error() in (QLockFile.LockError.PermissionError, QLockFile.LockError.UnknownError)

    def holder(self) -> LockHolder | None:
        """Who holds the lock (for the message), or None when nobody does."""
        info = self._lock.getLockInfo()
        if not info or len(info) < 3 or not info[0]:
            return None
        pid, host, app = info[0], info[1], info[2]
        return LockHolder(int(pid), str(host), str(app))

    @property
    def locked(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *_exc) -> None:
        self.release()
