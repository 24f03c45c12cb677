"""The engine's durable state in one SQLite file (WAL), or in PostgreSQL for several processes
(:mod:`~.pgstore`, the same SQL): every accepted delivery, raw, with what
became of it (the log), the actions each event planned, what the engine last did to each
customer's access, and what Thinkific told it (email -> user id, the school's catalogue).

Every change is one short transaction, so a ``kill -9`` at any point leaves a state the worker
resumes from: an event is ``pending`` until it is finished, and an action is marked
``started`` before its request is sent, so after a crash the worker knows which requests may
have reached Thinkific and checks before repeating them.

Event statuses: ``pending`` (waiting, or cut off by a crash), ``retrying`` (an action failed for
a reason that may pass; due again at ``next_at``), ``done``, ``ignored`` (no trigger, or no rule
matched), ``failed`` (parked with its reason; :meth:`EngineStore.replay` runs it again),
``unparsed`` (kept raw, shown as such). Action statuses: ``pending``, ``started``,
``confirming`` (Thinkific answered 202: asynchronous), ``done``, ``superseded`` (a later event
of the customer already decided that access), ``failed``.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

from aiothinkific.webhooks.store import immediate_transaction, owner_is_gone

DEFAULT_LOG_SIZE = 1000

SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    source TEXT NOT NULL,
    key TEXT NOT NULL,
    received_at REAL NOT NULL,
    content_type TEXT NOT NULL,
    raw BLOB NOT NULL,
    status TEXT NOT NULL,
    error TEXT,
    event TEXT,
    email TEXT,
    cart_event TEXT,
    trigger_name TEXT,
    products TEXT,
    occurred_at REAL,
    deliveries INTEGER NOT NULL DEFAULT 1,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at REAL,
    updated_at REAL,
    owner TEXT,
    lease_until REAL,
    UNIQUE (source, key)
);
CREATE INDEX IF NOT EXISTS events_open ON events (status, occurred_at, seq);
CREATE INDEX IF NOT EXISTS events_customer ON events (email, occurred_at, seq);
CREATE TABLE IF NOT EXISTS actions (
    event_seq INTEGER NOT NULL,
    n INTEGER NOT NULL,
    rule TEXT NOT NULL,
    kind TEXT NOT NULL,
    target_id INTEGER NOT NULL,
    target_name TEXT NOT NULL,
    item_ref TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    answer TEXT,
    error TEXT,
    updated_at REAL,
    PRIMARY KEY (event_seq, n)
);
CREATE TABLE IF NOT EXISTS access (
    email TEXT NOT NULL,
    target TEXT NOT NULL,
    target_id INTEGER NOT NULL,
    grants INTEGER NOT NULL,
    occurred_at REAL NOT NULL,
    event_seq INTEGER NOT NULL,
    order_id TEXT,
    enrollment_id INTEGER,
    PRIMARY KEY (email, target, target_id)
);
CREATE TABLE IF NOT EXISTS users (email TEXT PRIMARY KEY, user_id INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS forgotten (
    source TEXT NOT NULL,
    key TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (source, key)
);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS snapshots (name TEXT PRIMARY KEY, body TEXT NOT NULL, taken_at REAL);
"""

OPEN_STATUSES = ("pending", "retrying")
#: Statuses the log may forget once it holds more than its size: nothing left to do in them.
_FINISHED = ("done", "ignored")
_EVENT_COLUMNS = (
    "seq, source, key, received_at, content_type, raw, status, error, event, email, "
    "cart_event, trigger_name, products, occurred_at, deliveries, attempts, next_at, updated_at, "
    "owner, lease_until"
)
DEFAULT_LEASE_SECONDS = 30.0


@dataclass(frozen=True)
class StoredAction:
    event_seq: int
    n: int
    rule: str
    kind: str
    target_id: int
    target_name: str
    item_ref: str
    status: str
    attempts: int
    answer: str | None
    error: str | None
    updated_at: float | None


@dataclass(frozen=True)
class StoredEvent:
    seq: int
    source: str
    key: str
    received_at: float
    content_type: str
    raw: bytes
    status: str
    error: str | None
    #: The canonical event as JSON (:func:`aiothinkific.engine.codec.event_to_json`), or None.
    event: str | None
    email: str | None
    cart_event: str | None
    trigger: str | None
    products: str | None
    occurred_at: float | None
    deliveries: int
    attempts: int
    next_at: float | None
    updated_at: float | None
    #: The worker running it, until ``lease_until`` (renewed while it runs).
    owner: str | None = None
    lease_until: float | None = None


@dataclass(frozen=True)
class Access:
    """What the engine last did to one customer's access to one course or bundle."""

    grants: bool
    occurred_at: float
    event_seq: int
    order_id: str | None
    enrollment_id: int | None


@dataclass(frozen=True)
class LogQuery:
    """A search of the log; every field narrows it (``None``: any)."""

    email: str | None = None
    product: str | None = None
    trigger: str | None = None
    status: str | None = None
    since: float | None = None
    until: float | None = None
    limit: int = 50


class Db(Protocol):
    """The part of a DB-API connection the shared SQL needs (``?`` placeholders)."""

    def execute(self, sql: str, args: Sequence[Any] = (), /) -> Any: ...

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]], /) -> Any: ...


class SqlStore:
    """The queue and the log in SQL both stores share (:class:`EngineStore` on SQLite,
    :class:`~aiothinkific.engine.pgstore.PostgresEngineStore`); a subclass opens the database
    and runs :meth:`_transaction` and :meth:`_read` on it. Thread-safe."""

    #: Appended to the queries that pick rows to change: PostgreSQL's ``FOR UPDATE SKIP
    #: LOCKED``, so concurrent processes pass over the rows another is taking.
    _SKIP_LOCKED = ""
    #: What the database raises when it is unavailable, locked or refuses a value: a
    #: receiver answers 503 (the cart sends it again), a page says so.
    errors: tuple[type[Exception], ...] = (sqlite3.Error,)

    def __init__(self, database: str, *, log_size: int) -> None:
        if log_size < 1:
            raise ValueError(f"log_size must be 1 or more, got {log_size}")
        #: Where the store is, fit to show (a URL's password masked).
        self.database = database
        self.log_size = log_size
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.database!r})"

    def close(self) -> None:
        raise NotImplementedError

    def _transaction(self) -> AbstractContextManager[Db]:
        raise NotImplementedError

    def _read(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    # -- receiving ---------------------------------------------------------------------------

    def accept(
        self,
        source: str,
        key: str,
        raw: bytes,
        content_type: str,
        *,
        event: str | None,
        error: str | None = None,
        email: str | None = None,
        cart_event: str | None = None,
        trigger: str | None = None,
        products: str | None = None,
        occurred_at: float | None = None,
    ) -> tuple[int, bool]:
        """Record a delivery; ``(seq, True)`` for a new event, ``(seq, False)`` for another
        delivery of one already recorded (counted, not queued again). ``event`` is the
        canonical JSON; ``None`` with an ``error`` keeps the delivery as ``unparsed``."""
        now = time.time()
        status = "pending" if event is not None else "unparsed"
        with self._transaction() as db:
            forgotten = db.execute(
                "SELECT seq FROM forgotten WHERE source = ? AND key = ?", (source, key)
            ).fetchall()
            if forgotten:  # done long ago, and dropped from the log since
                return int(forgotten[0][0]), False
            # ON CONFLICT: another process may be inserting the same delivery right now.
            inserted = db.execute(
                "INSERT INTO events (source, key, received_at, content_type, raw, status, "
                "error, event, email, cart_event, trigger_name, products, occurred_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (source, key) DO NOTHING RETURNING seq",
                (source, key, now, content_type, raw, status, error, event, email,
                 cart_event, trigger, products, occurred_at, now),
            ).fetchall()  # fmt: skip
            if not inserted:
                (row,) = db.execute(
                    "UPDATE events SET deliveries = deliveries + 1 "
                    "WHERE source = ? AND key = ? RETURNING seq",
                    (source, key),
                ).fetchall()
                return int(row[0]), False
            seq = int(inserted[0][0])
            self._forget_old(db)
        return seq, True

    def accept_planned(
        self,
        source: str,
        key: str,
        event: str,
        actions: Sequence[tuple[str, str, int, str, str]],
        *,
        email: str,
        cart_event: str,
        products: str,
        occurred_at: float,
    ) -> tuple[int, bool]:
        """Queue an event that brings its own plan (a fix, not a cart's delivery): the event
        and its actions in one transaction, so no worker sees it without them. ``(seq, False)``
        when ``(source, key)`` is already stored: nothing is queued again."""
        now = time.time()
        with self._transaction() as db:
            inserted = db.execute(
                "INSERT INTO events (source, key, received_at, content_type, raw, status, "
                "event, email, cart_event, products, occurred_at, updated_at) "
                "VALUES (?, ?, ?, 'application/json', ?, 'pending', ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (source, key) DO NOTHING RETURNING seq",
                (source, key, now, event.encode(), event, email, cart_event, products,
                 occurred_at, now),
            ).fetchall()  # fmt: skip
            if not inserted:
                (row,) = db.execute(
                    "SELECT seq FROM events WHERE source = ? AND key = ?", (source, key)
                ).fetchall()
                return int(row[0]), False
            seq = int(inserted[0][0])
            db.executemany(
                "INSERT INTO actions (event_seq, n, rule, kind, target_id, target_name, "
                "item_ref, status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?)",
                [(seq, n, *action, now) for n, action in enumerate(actions)],
            )
            self._forget_old(db)
        return seq, True

    def parsed_events(self) -> list[StoredEvent]:
        """Every parsed event of the log, in the cart's order (for reconciling)."""
        rows = self._read(
            f"SELECT {_EVENT_COLUMNS} FROM events WHERE event IS NOT NULL ORDER BY occurred_at, seq"
        )
        return [StoredEvent(*row) for row in rows]

    def accesses(self) -> list[tuple[str, str, int, Access]]:
        """Everything the engine last did: ``(email, target, target_id, access)``."""
        rows = self._read(
            "SELECT email, target, target_id, grants, occurred_at, event_seq, order_id, "
            "enrollment_id FROM access ORDER BY email, target, target_id"
        )
        return [(e, t, i, Access(bool(g), *rest)) for e, t, i, g, *rest in rows]

    def _forget_old(self, db: Db) -> None:
        """Keep the log to ``log_size`` events: the oldest finished ones go first; events with
        something left to do (or failed, or unparsed) are never forgotten."""
        (count,) = db.execute("SELECT COUNT(*) FROM events").fetchone()
        excess = count - self.log_size
        if excess <= 0:
            return
        old = [
            seq
            for (seq,) in db.execute(
                "SELECT seq FROM events WHERE status IN (?, ?) ORDER BY seq LIMIT ?"
                + self._SKIP_LOCKED,
                (*_FINISHED, excess),
            )
        ]
        if old:
            marks = ",".join("?" * len(old))
            # The keys stay: a cart's late retry of a forgotten event is still a duplicate.
            db.execute(
                "INSERT INTO forgotten (source, key, seq) SELECT source, key, seq FROM events "
                f"WHERE seq IN ({marks}) ON CONFLICT (source, key) DO NOTHING",
                old,
            )
            db.execute(f"DELETE FROM actions WHERE event_seq IN ({marks})", old)
            db.execute(f"DELETE FROM events WHERE seq IN ({marks})", old)

    def count(self, name: str, by: int = 1) -> None:
        """Add to a counter (requests refused, pings answered): the only trace they leave."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO counters (name, value) VALUES (?, ?) "
                "ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value",
                (name, by),
            )

    def counters(self) -> dict[str, int]:
        return dict(self._read("SELECT name, value FROM counters ORDER BY name"))

    # -- the queue ---------------------------------------------------------------------------

    def claim(
        self, owner: str, now: float, limit: int, lease: float = DEFAULT_LEASE_SECONDS
    ) -> list[StoredEvent]:
        """Take up to ``limit`` events to run now, oldest (by the cart's time) first, leased to
        ``owner`` for ``lease`` seconds: each customer's earliest open event, if it is due and
        no live worker holds it. A customer's later events wait while an earlier one runs or
        is retrying, so they run in the cart's order. A lease whose owner's process is gone (a
        crash) is taken over at once; one on another host when it expires. While any event of a
        customer runs, none other of theirs is taken, not even an older one that arrived late:
        the running one's decision is written before the late one looks at it."""
        with self._transaction() as db:
            gone = self._gone_owners(db, now)
            marks = ",".join("?" * len(gone)) or "NULL"
            # NOT IN (NULL) is never true: with no dead owner, every live lease holds.
            alive = f"AND r.owner NOT IN ({marks})" if gone else ""
            rows = db.execute(
                f"SELECT {_EVENT_COLUMNS} FROM events e WHERE status IN (?, ?) "
                "AND (next_at IS NULL OR next_at <= ?) "
                f"AND (lease_until IS NULL OR lease_until <= ? OR owner IN ({marks})) "
                "AND NOT EXISTS (SELECT 1 FROM events p WHERE p.email = e.email "
                "  AND p.status IN (?, ?) AND (p.occurred_at < e.occurred_at "
                "  OR (p.occurred_at = e.occurred_at AND p.seq < e.seq))) "
                "AND NOT EXISTS (SELECT 1 FROM events r WHERE r.email = e.email "
                f"  AND r.seq <> e.seq AND r.status IN (?, ?) AND r.lease_until > ? {alive}) "
                "ORDER BY occurred_at, seq LIMIT ?" + self._SKIP_LOCKED,
                (*OPEN_STATUSES, now, now, *gone, *OPEN_STATUSES, *OPEN_STATUSES, now, *gone,
                 limit),
            ).fetchall()  # fmt: skip
            taken = [StoredEvent(*row) for row in rows]
            db.executemany(
                "UPDATE events SET owner = ?, lease_until = ? WHERE seq = ?",
                [(owner, now + lease, event.seq) for event in taken],
            )
        return taken

    @staticmethod
    def _gone_owners(db: Db, now: float) -> list[str]:
        """The owners of live leases whose process is gone (this host only can tell)."""
        held = db.execute(
            "SELECT DISTINCT owner FROM events WHERE status IN (?, ?) AND lease_until > ?",
            (*OPEN_STATUSES, now),
        ).fetchall()
        return [owner for (owner,) in held if owner is not None and owner_is_gone(owner)]

    def renew(self, owner: str, seqs: Sequence[int], lease: float = DEFAULT_LEASE_SECONDS) -> None:
        """Extend ``owner``'s leases on the events it is running."""
        if not seqs:
            return
        marks = ",".join("?" * len(seqs))
        with self._transaction() as db:
            db.execute(
                f"UPDATE events SET lease_until = ? WHERE owner = ? AND seq IN ({marks})",
                (time.time() + lease, owner, *seqs),
            )

    def next_due_at(self) -> float | None:
        """When the earliest retrying event is due (``None``: none waits)."""
        (when,) = self._read("SELECT MIN(next_at) FROM events WHERE status = 'retrying'")[0]
        return float(when) if when is not None else None

    def has_open(self) -> bool:
        rows = self._read("SELECT 1 FROM events WHERE status IN (?, ?) LIMIT 1", OPEN_STATUSES)
        return bool(rows)

    def plan(self, seq: int, actions: Sequence[tuple[str, str, int, str, str]]) -> None:
        """Add to an event's stored plan the actions ``(rule, kind, target_id, target_name,
        item_ref)`` it does not hold yet (the same kind on the same target): planning again
        after a crash changes nothing, after a replay it adds what the rules now ask for."""
        now = time.time()
        with self._transaction() as db:
            held = db.execute(
                "SELECT n, kind, target_id FROM actions WHERE event_seq = ?", (seq,)
            ).fetchall()
            have = {(kind, target) for _, kind, target in held}
            first = max((n for n, _, _ in held), default=-1) + 1
            new = [a for a in actions if (a[1], a[2]) not in have]
            db.executemany(
                "INSERT INTO actions (event_seq, n, rule, kind, target_id, target_name, "
                "item_ref, status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?)",
                [(seq, first + i, *action, now) for i, action in enumerate(new)],
            )

    def actions(self, seq: int) -> list[StoredAction]:
        rows = self._read(
            "SELECT event_seq, n, rule, kind, target_id, target_name, item_ref, status, "
            "attempts, answer, error, updated_at FROM actions WHERE event_seq = ? ORDER BY n",
            (seq,),
        )
        return [StoredAction(*row) for row in rows]

    def set_action(
        self,
        seq: int,
        n: int,
        status: str,
        *,
        answer: str | None = None,
        error: str | None = None,
        attempt: bool = False,
    ) -> None:
        """Move an action on; ``attempt`` counts a request about to be sent (``started``)."""
        with self._transaction() as db:
            db.execute(
                "UPDATE actions SET status = ?, answer = COALESCE(?, answer), error = ?, "
                "attempts = attempts + ?, updated_at = ? WHERE event_seq = ? AND n = ?",
                (status, answer, error, int(attempt), time.time(), seq, n),
            )

    def finish(self, seq: int, status: str, error: str | None = None) -> None:
        """An event's end: ``done``, ``ignored`` or ``failed`` (with the reason)."""
        with self._transaction() as db:
            db.execute(
                "UPDATE events SET status = ?, error = ?, next_at = NULL, updated_at = ?, "
                "owner = NULL, lease_until = NULL WHERE seq = ?",
                (status, error, time.time(), seq),
            )

    def retry_later(self, seq: int, at: float, error: str) -> int:
        """Put an event back for ``at`` (epoch seconds); its attempts so far are returned."""
        with self._transaction() as db:
            db.execute(
                "UPDATE events SET status = 'retrying', error = ?, next_at = ?, "
                "attempts = attempts + 1, updated_at = ?, owner = NULL, lease_until = NULL "
                "WHERE seq = ?",
                (error, at, time.time(), seq),
            )
            (attempts,) = db.execute("SELECT attempts FROM events WHERE seq = ?", (seq,)).fetchone()
        return int(attempts)

    def replay(self, seqs: Sequence[int] | None = None) -> list[int]:
        """Queue failed events again (all of them, or those of ``seqs``): their failed actions
        are planned afresh from the rules in use then (a course fixed in the rules file is
        the new target); what was done stays done. The events queued are returned."""
        with self._transaction() as db:
            if seqs is None:
                chosen = [
                    s for (s,) in db.execute("SELECT seq FROM events WHERE status = 'failed'")
                ]
            else:
                marks = ",".join("?" * len(seqs)) or "NULL"
                chosen = [
                    s
                    for (s,) in db.execute(
                        f"SELECT seq FROM events WHERE status = 'failed' AND seq IN ({marks})",
                        list(seqs),
                    )
                ]
            for seq in chosen:
                (source,) = db.execute("SELECT source FROM events WHERE seq = ?", (seq,)).fetchone()
                if source == "reconcile":  # its plan is its own (no rule plans it): keep it
                    db.execute(
                        "UPDATE actions SET status = 'pending', error = NULL "
                        "WHERE event_seq = ? AND status = 'failed'",
                        (seq,),
                    )
                else:
                    db.execute(
                        "DELETE FROM actions WHERE event_seq = ? AND status = 'failed'", (seq,)
                    )
                db.execute(
                    "UPDATE events SET status = 'pending', attempts = 0, next_at = NULL, "
                    "updated_at = ? WHERE seq = ?",
                    (time.time(), seq),
                )
        return chosen

    # -- what the engine knows of Thinkific --------------------------------------------------

    def access(self, email: str, target: str, target_id: int) -> Access | None:
        rows = self._read(
            "SELECT grants, occurred_at, event_seq, order_id, enrollment_id FROM access "
            "WHERE email = ? AND target = ? AND target_id = ?",
            (email, target, target_id),
        )
        if not rows:
            return None
        grants, *rest = rows[0]
        return Access(bool(grants), *rest)

    def set_access(self, email: str, target: str, target_id: int, access: Access) -> None:
        """Record what an action did to the access; an older decision (in the cart's time)
        never overwrites a newer one."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO access (email, target, target_id, grants, occurred_at, event_seq, "
                "order_id, enrollment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (email, "
                "target, target_id) DO UPDATE SET grants = excluded.grants, occurred_at = "
                "excluded.occurred_at, event_seq = excluded.event_seq, order_id = "
                "excluded.order_id, enrollment_id = "
                "COALESCE(excluded.enrollment_id, access.enrollment_id) "
                "WHERE excluded.occurred_at >= access.occurred_at",
                (email, target, target_id, int(access.grants), access.occurred_at,
                 access.event_seq, access.order_id, access.enrollment_id),
            )  # fmt: skip

    def user_id(self, email: str) -> int | None:
        rows = self._read("SELECT user_id FROM users WHERE email = ?", (email,))
        return int(rows[0][0]) if rows else None

    def remember_user(self, email: str, user_id: int) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT INTO users (email, user_id) VALUES (?, ?) "
                "ON CONFLICT (email) DO UPDATE SET user_id = excluded.user_id",
                (email, user_id),
            )

    def save_snapshot(self, name: str, body: Any) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT INTO snapshots (name, body, taken_at) VALUES (?, ?, ?) "
                "ON CONFLICT (name) DO UPDATE SET body = excluded.body, taken_at = "
                "excluded.taken_at",
                (name, json.dumps(body), time.time()),
            )

    def snapshot(self, name: str) -> Any | None:
        rows = self._read("SELECT body FROM snapshots WHERE name = ?", (name,))
        return json.loads(rows[0][0]) if rows else None

    # -- the log -----------------------------------------------------------------------------

    def event(self, seq: int) -> StoredEvent | None:
        rows = self._read(f"SELECT {_EVENT_COLUMNS} FROM events WHERE seq = ?", (seq,))
        return StoredEvent(*rows[0]) if rows else None

    def search(self, query: LogQuery) -> list[StoredEvent]:
        """The log's events matching ``query``, newest first."""
        where: list[str] = ["1 = 1"]
        args: list[str | float] = []
        if query.email is not None:
            where.append("email = ?")
            args.append(query.email.strip().lower())
        if query.product is not None:
            # ``products`` is " product-12 bump-12 ": a product id matches its bump too.
            product = query.product.strip()
            refs = [product] if "-" in product else [f"product-{product}", f"bump-{product}"]
            where.append("(" + " OR ".join("products LIKE ?" for _ in refs) + ")")
            args += [f"% {ref} %" for ref in refs]
        if query.trigger is not None:
            where.append("trigger_name = ?")
            args.append(query.trigger)
        if query.status is not None:
            where.append("status = ?")
            args.append(query.status)
        if query.since is not None:
            where.append("received_at >= ?")
            args.append(query.since)
        if query.until is not None:
            where.append("received_at < ?")
            args.append(query.until)
        rows = self._read(
            f"SELECT {_EVENT_COLUMNS} FROM events WHERE {' AND '.join(where)} "
            "ORDER BY seq DESC LIMIT ?",
            (*args, query.limit),
        )
        return [StoredEvent(*row) for row in rows]

    def status_counts(self) -> dict[str, int]:
        return dict(self._read("SELECT status, COUNT(*) FROM events GROUP BY status"))


class EngineStore(SqlStore):
    """``database`` is a SQLite file (or ``":memory:"`` for tests). One engine process owns a
    file (several processes share a queue on PostgreSQL: :func:`~.stores.open_store`)."""

    def __init__(self, database: str = ":memory:", *, log_size: int = DEFAULT_LOG_SIZE) -> None:
        super().__init__(database, log_size=log_size)
        self._db = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA busy_timeout = 5000")
        if database != ":memory:":
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _transaction(self) -> AbstractContextManager[Db]:
        return immediate_transaction(self._db, self._lock)

    def _read(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()
