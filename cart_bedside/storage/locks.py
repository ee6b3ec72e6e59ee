"""Which processes have the ward database open, and the lock a restore takes.

Every process that opens the database holds a shared POSIX lock on a lock
file beside it (``cart_bedside.db.lock``, mode 0600) for as long as it has a
connection open. A restore takes the lock exclusively: it is refused while
another process holds it, and a process that opens the database while a
restore runs waits for it to finish. The processes holding the lock (and any
other SQLite program that has the WAL index open) are named from
``/proc/locks`` on Linux.

POSIX locks belong to the process: a second descriptor on the lock file,
closed, would drop them. So each process keeps one descriptor per lock file
(:data:`_HELD`), counted per connection, and closes it with the last one.
"""

from __future__ import annotations

import errno
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..logic.messages import msg
from .errors import DatabaseInUseError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory locks, no check
    fcntl = None  # type: ignore[assignment]  # the optional module's usual fallback

WAIT_FOR_RESTORE_S = 30.0
_HELD: dict[str, list[int]] = {}  # lock file → [descriptor, connections]
_GUARD = threading.Lock()


def lock_path(db_path: Path | str) -> Path:
    """The lock file of a database."""
    return Path(str(Path(db_path).resolve()) + ".lock")


def _open(path: Path) -> int:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.set_inheritable(fd, False)
    return fd


def _try(fd: int, kind: int) -> bool:
    try:
        fcntl.lockf(fd, kind | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EAGAIN):
            return False
        raise
    return True


def hold(db_path: Path | str) -> str | None:
    """Take (or count once more) this process's shared lock; returns the key for :func:`release`.

    Waits while a restore holds the lock exclusively, then raises
    :class:`DatabaseInUseError`.
    """
    if fcntl is None or str(db_path) in ("", ":memory:") or str(db_path).startswith("file:"):
        return None
    path = lock_path(db_path)
    key = str(path)
    with _GUARD:
        if key in _HELD:
            _HELD[key][1] += 1
            return key
        try:
            fd = _open(path)
        except OSError:
            return None  # a read-only folder: nothing to lock, nothing restores over it
        deadline = time.monotonic() + WAIT_FOR_RESTORE_S
        while not _try(fd, fcntl.LOCK_SH):
            if time.monotonic() > deadline:
                os.close(fd)
                raise DatabaseInUseError(msg("storage.error.restore_under_way", path=str(db_path)))
            time.sleep(0.05)
        _HELD[key] = [fd, 1]
        return key


def release(key: str | None) -> None:
    """One connection fewer; the lock goes with the last one."""
    if key is None:
        return
    with _GUARD:
        held = _HELD.get(key)
        if held is None:
            return
        held[1] -= 1
        if held[1] <= 0:
            del _HELD[key]
            os.close(held[0])  # closing drops the process's lock


def holders(db_path: Path | str) -> list[tuple[int, str]]:
    """Other processes (pid, program) holding the lock file or the WAL index (Linux only)."""
    db_path = Path(db_path).resolve()
    wanted = set()
    for candidate in (lock_path(db_path), Path(str(db_path) + "-shm")):
        try:
            st = os.stat(candidate)
        except OSError:
            continue
        wanted.add(f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}")
    pids: set[int] = set()
    try:
        with open("/proc/locks", encoding="ascii", errors="replace") as f:
            for line in f:
                parts = line.replace("->", " ").split()
                if len(parts) >= 6 and parts[5] in wanted and parts[4].isdigit():
                    pids.add(int(parts[4]))
    except OSError:
        return []
    pids.discard(os.getpid())
    return [(pid, _program(pid)) for pid in sorted(pids)]


def _program(pid: int) -> str:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return "?"
    words = [w.decode(errors="replace") for w in raw.split(b"\0") if w]
    if not words:
        return "?"
    name = os.path.basename(words[0])
    if name.startswith("python") and len(words) > 1:
        rest = words[2] if words[1] == "-m" and len(words) > 2 else os.path.basename(words[1])
        return f"{name} {rest}"
    return name


@contextmanager
def exclusive(db_path: Path | str) -> Iterator[None]:
    """Hold the database for a restore; refused (naming the processes) while others have it."""
    if fcntl is None:  # pragma: no cover
        yield
        return
    others = holders(db_path)
    key = str(lock_path(db_path))
    with _GUARD:
        if key not in _HELD:
            _HELD[key] = [_open(Path(key)), 0]
        _HELD[key][1] += 1  # this restore counts as one holder until it ends
        fd = _HELD[key][0]
        if others or not _try(fd, fcntl.LOCK_EX):
            taken = False
        else:
            taken = True
    if not taken:
        release(key)
        raise _in_use(db_path, others or holders(db_path))
    try:
        yield
    finally:
        fcntl.lockf(fd, fcntl.LOCK_SH)
        release(key)


def _in_use(db_path: Path | str, others: list[tuple[int, str]]) -> DatabaseInUseError:
    who = ", ".join(f"pid {pid} ({prog})" for pid, prog in others) or "another process"
    return DatabaseInUseError(msg("storage.error.database_in_use", path=str(db_path), who=who))


def platform_checks_locks() -> bool:
    """True where the lock is enforced (not on Windows)."""
    return fcntl is not None and not sys.platform.startswith("win")


# --- one sync round at a time a database ---------------------------------------------------

SYNC_WAIT_S = 2.0


def sync_lock_path(db_path: Path | str) -> Path:
    """The lock file a sync round holds (beside the database's own)."""
    return Path(str(Path(db_path).resolve()) + ".sync.lock")


@contextmanager
def sync_round(db_path: Path | str | None, wait_s: float = SYNC_WAIT_S) -> Iterator[bool]:
    """Hold the database's sync lock for one round; yields False when another round (this
    process's or another's: an ``flock`` on a descriptor of its own) kept it for ``wait_s``.

    ``flock`` locks belong to the open file, not the process, so the app's background
    round and a ``cart-bedside sync`` in a terminal exclude each other, and so do two
    threads of one app. The lock goes when the descriptor closes (or the process dies).
    """
    if fcntl is None or db_path is None or str(db_path) in ("", ":memory:"):
        yield True
        return
    try:
        fd = _open(sync_lock_path(db_path))
    except OSError:
        yield True  # a read-only folder: nothing else can sync it either
        return
    try:
        deadline = time.monotonic() + wait_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK):
                    raise
            if time.monotonic() >= deadline:
                yield False
                return
            time.sleep(0.05)
        yield True
    finally:
        os.close(fd)
