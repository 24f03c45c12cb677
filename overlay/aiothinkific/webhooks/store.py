"""Which events a receiver has seen, in SQLite: a redelivered event id is not handled twice, and
an event whose handler failed keeps its body, so it can be replayed and nothing is lost.

An event being handled carries a lease: its owner (one receiver in one process) and an expiry the
owner renews while the handler runs. A lease that expired, or whose owner's process is gone, marks
an event a crash cut off; :meth:`EventStore.reclaim` hands it to a new owner, once.

Ids and topics are JSON strings, which may hold lone surrogates (``"evt-\\ud800"``) that SQLite's
UTF-8 text cannot: such a value is stored as the BLOB of its ``surrogatepass`` encoding, which no
text value equals, and read back as the same string."""

from __future__ import annotations

import os
import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass

_SCHEMA = """
CREATE TABLE IF NOT EXISTS webhook_events (
    id TEXT PRIMARY KEY,
    topic TEXT NOT NULL,
    body BLOB NOT NULL,
    status TEXT NOT NULL,          -- 'handling', 'done', 'failed'
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    received_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS webhook_events_status ON webhook_events (status);
"""
#: Columns added since the first schema (a database made by an older version gains them).
_ADDED = {"owner": "TEXT", "lease_until": "REAL", "note": "TEXT"}
_COLUMNS = "id, topic, body, status, attempts, error, note, owner, lease_until, received_at"

Key = str | bytes


def _key(text: str) -> Key:
    """``text`` as SQLite can bind it: itself, or the bytes of a string with lone surrogates."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")
    return text


def _text(value: Key) -> str:
    return value.decode("utf-8", "surrogatepass") if isinstance(value, bytes) else value


@dataclass(frozen=True)
class StoredEvent:
    id: str
    topic: str
    body: bytes
    status: str
    attempts: int
    error: str | None
    #: Fields of the payload that did not convert to their types (``"payload.user.id: ..."``).
    note: str | None = None
    owner: str | None = None
    lease_until: float | None = None
    received_at: float = 0.0


def _stored(row: tuple[object, ...]) -> StoredEvent:
    id_, topic, *rest = row
    return StoredEvent(_text(id_), _text(topic), *rest)  # type: ignore[arg-type]


# -- owners ------------------------------------------------------------------------------------


def _pid_namespace() -> str:
    try:
        return os.readlink("/proc/self/ns/pid")
    except OSError:
        return ""


_HOST = f"{socket.gethostname()}:{_pid_namespace()}"
#: The owners of this process's receivers (a process that reuses a dead one's pid is told apart).
_LIVE_OWNERS: set[str] = set()


def new_owner() -> str:
    """A lease owner for one receiver: ``host:pid-namespace|pid|random``."""
    owner = f"{_HOST}|{os.getpid()}|{uuid.uuid4().hex[:12]}"
    _LIVE_OWNERS.add(owner)
    return owner


def owner_is_gone(owner: str | None) -> bool:
    """Whether ``owner`` certainly no longer runs: no owner, or one on this host whose process
    has exited (or is this one, which does not know it). On another host only a lease's expiry
    tells."""
    if owner is None:
        return True
    parts = owner.rsplit("|", 2)
    if len(parts) != 3 or parts[0] != _HOST or not parts[1].isdigit():
        return False
    pid = int(parts[1])
    if pid == os.getpid():
        return owner not in _LIVE_OWNERS
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # it exists, under another user
        return False
    return False


@contextmanager
def immediate_transaction(
    db: sqlite3.Connection, lock: threading.Lock
) -> Iterator[sqlite3.Connection]:
    """One write transaction on ``db`` (autocommit mode), taking the write lock at once so a
    reader never has to upgrade, under ``lock`` for the threads sharing the connection."""
    with lock:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")


class EventStore:
    """``database`` is a file (kept across restarts, so dedupe survives them) or ``:memory:``.
    Safe to share between threads (uvicorn may run the receiver in another one) and between
    processes on one file (claims are transactions)."""

    def __init__(self, database: str = ":memory:") -> None:
        self._db = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
        if database != ":memory:":
            self._db.execute("PRAGMA busy_timeout = 5000")
            self._db.execute("PRAGMA journal_mode = WAL")
        self._db.executescript(_SCHEMA)
        present = {row[1] for row in self._db.execute("PRAGMA table_info(webhook_events)")}
        for column, kind in _ADDED.items():
            if column not in present:
                self._db.execute(f"ALTER TABLE webhook_events ADD COLUMN {column} {kind}")
        self._lock = threading.Lock()

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return immediate_transaction(self._db, self._lock)

    def claim(
        self,
        event_id: str,
        topic: str,
        body: bytes,
        *,
        owner: str | None = None,
        lease: float = 0.0,
        note: str | None = None,
    ) -> bool:
        """Record a new event as being handled by ``owner`` for ``lease`` seconds; ``True`` if
        the caller is to handle it: a new id, or one whose handling a crash cut off (its lease
        expired or its owner is gone). ``False`` for an event done, failed (replayed by
        :meth:`reclaim`) or being handled."""
        key, now = _key(event_id), time.time()
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO webhook_events "
                "(id, topic, body, status, received_at, owner, lease_until, note) "
                "VALUES (?, ?, ?, 'handling', ?, ?, ?, ?)",
                (key, _key(topic), body, now, owner, now + lease, note),
            )
            if cursor.rowcount == 1:
                return True
            return self._take(db, key, owner, lease, now, failed=False)

    def reclaim(
        self, event_id: str, *, owner: str | None, lease: float, failed: bool = True,
        interrupted_before: float | None = None,
    ) -> bool:  # fmt: skip
        """Take a stored event to handle it again: one that failed (when ``failed``), or one a
        crash cut off (an expired lease, an owner gone, or, for a record without a lease, one
        received before ``interrupted_before``). ``True`` once for each: the caller runs it."""
        with self._transaction() as db:
            return self._take(
                db, _key(event_id), owner, lease, time.time(), failed, interrupted_before
            )

    @staticmethod
    def _take(
        db: sqlite3.Connection, key: Key, owner: str | None, lease: float, now: float,
        failed: bool, interrupted_before: float | None = None,
    ) -> bool:  # fmt: skip
        row = db.execute(
            "SELECT status, owner, lease_until, received_at FROM webhook_events WHERE id = ?",
            (key,),
        ).fetchone()
        if row is None:
            return False
        status, holder, lease_until, received_at = row
        if status == "failed":
            take = failed
        elif status == "handling" and holder != owner:
            if lease_until is None:  # recorded before leases: its age tells
                take = interrupted_before is not None and received_at < interrupted_before
            else:
                take = lease_until < now or owner_is_gone(holder)
        else:
            take = False
        if take:
            db.execute(
                "UPDATE webhook_events SET status = 'handling', owner = ?, lease_until = ? "
                "WHERE id = ?",
                (owner, now + lease, key),
            )
        return take

    def renew(self, event_id: str, owner: str, lease: float) -> bool:
        """Extend ``owner``'s lease on an event it handles; ``False`` if it no longer holds it."""
        with self._lock:
            cursor = self._db.execute(
                "UPDATE webhook_events SET lease_until = ? "
                "WHERE id = ? AND owner = ? AND status = 'handling'",
                (time.time() + lease, _key(event_id), owner),
            )
            return cursor.rowcount == 1

    def release(self, event_id: str, owner: str | None) -> None:
        """Give up a lease without finishing (the handler was cancelled): anyone may take the
        event at once."""
        with self._lock:
            self._db.execute(
                "UPDATE webhook_events SET owner = NULL, lease_until = 0 "
                "WHERE id = ? AND owner IS ? AND status = 'handling'",
                (_key(event_id), owner),
            )

    def finish(self, event_id: str, error: str | None = None, *, owner: str | None = None) -> bool:
        """Mark an attempt done, or failed with ``error`` (a short description, no secrets).
        With ``owner``, only while it holds the event; ``False`` if it lost it to another."""
        with self._lock:
            cursor = self._db.execute(
                "UPDATE webhook_events SET status = ?, error = ?, attempts = attempts + 1, "
                "lease_until = NULL WHERE id = ? AND (? IS NULL OR owner = ?)",
                ("failed" if error else "done", error, _key(event_id), owner, owner),
            )
            return cursor.rowcount == 1

    def get(self, event_id: str) -> StoredEvent | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT {_COLUMNS} FROM webhook_events WHERE id = ?", (_key(event_id),)
            ).fetchone()
        return None if row is None else _stored(row)

    def with_status(
        self, status: str, *, received_before: float | None = None
    ) -> list[StoredEvent]:
        """The events in ``status``, oldest first; only those received before the epoch time
        ``received_before`` when it is given."""
        before = float("inf") if received_before is None else received_before
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM webhook_events "
                "WHERE status = ? AND received_at < ? ORDER BY received_at",
                (status, before),
            ).fetchall()
        return [_stored(row) for row in rows]

    def close(self) -> None:
        self._db.close()
