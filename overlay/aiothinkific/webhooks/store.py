"""Which events a receiver has seen, in SQLite: a redelivered event id is not handled twice, and
an event whose handler failed keeps its body, so it can be replayed and nothing is lost."""

from __future__ import annotations

import sqlite3
import threading
import time
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


@dataclass(frozen=True)
class StoredEvent:
    id: str
    topic: str
    body: bytes
    status: str
    attempts: int
    error: str | None


class EventStore:
    """``database`` is a file (kept across restarts, so dedupe survives them) or ``:memory:``.
    Safe to share between threads (uvicorn may run the receiver in another one)."""

    def __init__(self, database: str = ":memory:") -> None:
        self._db = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
        if database != ":memory:":
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA busy_timeout = 5000")
        self._db.executescript(_SCHEMA)
        self._lock = threading.Lock()

    def claim(self, event_id: str, topic: str, body: bytes) -> bool:
        """Record a new event as being handled; ``False`` if its id was seen before."""
        with self._lock:
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO webhook_events (id, topic, body, status, received_at) "
                "VALUES (?, ?, ?, 'handling', ?)",
                (event_id, topic, body, time.time()),
            )
            return cursor.rowcount == 1

    def finish(self, event_id: str, error: str | None = None) -> None:
        """Mark an attempt done, or failed with ``error`` (a short description, no secrets)."""
        with self._lock:
            self._db.execute(
                "UPDATE webhook_events SET status = ?, error = ?, attempts = attempts + 1 "
                "WHERE id = ?",
                ("failed" if error else "done", error, event_id),
            )

    def get(self, event_id: str) -> StoredEvent | None:
        with self._lock:
            row = self._db.execute(
                "SELECT id, topic, body, status, attempts, error FROM webhook_events WHERE id = ?",
                (event_id,),
            ).fetchone()
        return None if row is None else StoredEvent(*row)

    def with_status(
        self, status: str, *, received_before: float | None = None
    ) -> list[StoredEvent]:
        """The events in ``status``, oldest first; only those received before the epoch time
        ``received_before`` when it is given."""
        before = float("inf") if received_before is None else received_before
        with self._lock:
            rows = self._db.execute(
                "SELECT id, topic, body, status, attempts, error FROM webhook_events "
                "WHERE status = ? AND received_at < ? ORDER BY received_at",
                (status, before),
            ).fetchall()
        return [StoredEvent(*row) for row in rows]

    def close(self) -> None:
        self._db.close()
