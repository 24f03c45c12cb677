"""The mock's state: JSON documents in SQLite, keyed by (kind, id).

One table of documents serves every resource, so adding a resource needs no schema change.
Documents are stored close to their API shape; handlers filter with ``json_extract`` and the
indexes below keep the filters the API offers fast on large tables. A kind that the API shows
as stored (cut to its response schema, nothing derived) also keeps each document so cut and
encoded, written with it: a page of them is answered without decoding anything. Links (group
members, category products, ...) are a second table of (relation, a, b) pairs. Ids are integers
handed out per kind and never reused. Every request runs in one transaction, so a failed write
leaves nothing behind.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from aiothinkific.mock import jsoncodec

Doc = dict[str, Any]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    kind TEXT NOT NULL,
    id INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sequences (kind TEXT PRIMARY KEY, last INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS links (
    rel TEXT NOT NULL,
    a INTEGER NOT NULL,
    b INTEGER NOT NULL,
    PRIMARY KEY (rel, a, b)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS links_by_b ON links (rel, b, a);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- Documents as the API shows them, for the kinds kept so (Store.show_as). A table of its own:
-- beside the body in one row, a row outgrows its page and every read slows down.
CREATE TABLE IF NOT EXISTS shown (
    kind TEXT NOT NULL,
    id INTEGER NOT NULL,
    doc BLOB NOT NULL,
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS docs_unshown AFTER DELETE ON docs BEGIN
    DELETE FROM shown WHERE kind = OLD.kind AND id = OLD.id;
END;
-- Documents per kind, kept by triggers: an unfiltered list need not count its whole kind.
CREATE TABLE IF NOT EXISTS counts (kind TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TRIGGER IF NOT EXISTS docs_counted AFTER INSERT ON docs BEGIN
    INSERT INTO counts (kind, n) VALUES (NEW.kind, 1)
        ON CONFLICT (kind) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS docs_uncounted AFTER DELETE ON docs BEGIN
    UPDATE counts SET n = n - 1 WHERE kind = OLD.kind;
END;
CREATE UNIQUE INDEX IF NOT EXISTS user_email_unique
    ON docs (lower(json_extract(body, '$.email'))) WHERE kind = 'user';
CREATE INDEX IF NOT EXISTS docs_email ON docs (kind, lower(json_extract(body, '$.email')));
CREATE INDEX IF NOT EXISTS docs_user_id ON docs (kind, json_extract(body, '$.user_id'));
CREATE INDEX IF NOT EXISTS docs_course_id ON docs (kind, json_extract(body, '$.course_id'));
"""


@dataclass(frozen=True)
class Filter:
    """One SQL condition on the ``body`` column with its bound values.

    Only this module writes SQL; handlers combine the constructors below, and every value they
    pass is bound, never spliced.
    """

    sql: str
    params: tuple[Any, ...] = ()


def _path(field: str) -> str:
    if not field.replace("_", "").isalnum():
        raise ValueError(f"bad field name {field!r}")
    return f"'$.{field}'"


def eq(field: str, value: Any) -> Filter:
    return Filter(f"json_extract(body, {_path(field)}) = ?", (value,))


def eq_nocase(field: str, value: str) -> Filter:
    """Case-insensitive equality (emails), served by the ``lower(...)`` index."""
    return Filter(f"lower(json_extract(body, {_path(field)})) = lower(?)", (value,))


def compare(field: str, op: str, value: Any) -> Filter:
    if op not in ("<", "<=", ">", ">=", "=", "!="):
        raise ValueError(f"bad operator {op!r}")
    return Filter(f"json_extract(body, {_path(field)}) {op} ?", (value,))


def day_compare(field: str, op: str, day: str) -> Filter:
    """Compare the date part (``YYYY-MM-DD``) of a stored timestamp."""
    if op not in ("<", "<=", ">", ">=", "="):
        raise ValueError(f"bad operator {op!r}")
    return Filter(f"substr(json_extract(body, {_path(field)}), 1, 10) {op} ?", (day,))


def is_null(field: str, null: bool = True) -> Filter:
    return Filter(f"json_extract(body, {_path(field)}) IS {'' if null else 'NOT '}NULL")


def contains(field: str, value: Any) -> Filter:
    """The array ``field`` holds ``value``."""
    return Filter(
        f"EXISTS (SELECT 1 FROM json_each(body, {_path(field)}) WHERE value = ?)", (value,)
    )


def has_item(field: str, match: dict[str, Any]) -> Filter:
    """The array of objects ``field`` holds one whose keys equal ``match``."""
    terms = " AND ".join(f"json_extract(value, {_path(key)}) = ?" for key in match)
    return Filter(
        f"EXISTS (SELECT 1 FROM json_each(body, {_path(field)}) WHERE {terms})",
        tuple(match.values()),
    )


def negate(condition: Filter) -> Filter:
    """Not ``condition``; a condition on a missing (NULL) field counts as false."""
    return Filter(f"NOT coalesce(({condition.sql}), 0)", condition.params)


def linked_to(rel: str, a: int) -> Filter:
    """The document is the ``b`` side of a ``rel`` link from ``a``."""
    return Filter("id IN (SELECT b FROM links WHERE rel = ? AND a = ?)", (rel, a))


def id_in(ids: Sequence[int]) -> Filter:
    return Filter(f"id IN ({','.join('?' * len(ids))})" if ids else "0", tuple(ids))


class Store:
    """A SQLite database of documents. Not shared between threads: the mock calls it from the
    event loop only, and no ``await`` happens inside a transaction."""

    def __init__(self, database: str = ":memory:") -> None:
        self.db = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA foreign_keys = OFF")
        #: Whether another connection may see the database (a file): in-memory, nothing can
        #: write between one request's statements, so its reads need no transaction.
        self.shared = database != ":memory:"
        if self.shared:
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA busy_timeout = 5000")
        self.db.executescript(_SCHEMA)
        if self.get_meta("counted") is None:  # a file from before ``counts``: count it once
            with self.transaction():
                self.db.execute("DELETE FROM counts")
                self.db.execute("INSERT INTO counts SELECT kind, count(*) FROM docs GROUP BY kind")
                self.set_meta("counted", "1")
        #: Per kind, the fields its documents are shown with (see :meth:`show_as`).
        self.shown_fields: dict[str, tuple[str, ...]] = {}

    def close(self) -> None:
        self.db.close()

    def transaction(self, write: bool = True) -> Transaction:
        """All or nothing: an exception rolls back every write made inside."""
        return Transaction(self, write)

    # -- meta ---------------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # -- documents ----------------------------------------------------------------------------

    def show_as(self, kind: str, fields: tuple[str, ...]) -> None:
        """Keep every document of ``kind`` also as the API shows it: only ``fields``, in their
        order, encoded (:meth:`select_shown`). Documents stored before, or shown with other
        fields (a database file from another spec), are shown anew now."""
        self.shown_fields[kind] = fields
        key = f"shown:{kind}"
        if self.get_meta(key) == json.dumps(fields):
            return
        with self.transaction():
            self.show_anew(kind)
            self.set_meta(key, json.dumps(fields))

    def show_anew(self, kind: str, ids: Sequence[int] | None = None) -> None:
        """Derive the shown form of these documents of ``kind`` (all of them by default) from
        their bodies, after a change made in SQL."""
        where, params = _where(kind, [] if ids is None else [id_in(ids)])
        rows = self.db.execute(f"SELECT id, body FROM docs WHERE {where}", params).fetchall()
        self._show(kind, [_load(body) for _, body in rows])

    def _show(self, kind: str, docs: Iterable[Doc]) -> None:
        fields = self.shown_fields.get(kind)
        if fields is None:
            return
        rows = [(kind, doc["id"], _dump_shown(doc, fields)) for doc in docs]
        self.db.executemany("INSERT OR REPLACE INTO shown (kind, id, doc) VALUES (?, ?, ?)", rows)

    def next_ids(self, kind: str, count: int = 1) -> range:
        """``count`` fresh ids of ``kind``; ids are never handed out twice."""
        self.db.execute(
            "INSERT INTO sequences (kind, last) VALUES (?, ?) "
            "ON CONFLICT (kind) DO UPDATE SET last = last + excluded.last",
            (kind, count),
        )
        row = self.db.execute("SELECT last FROM sequences WHERE kind = ?", (kind,)).fetchone()
        last = int(row[0])
        return range(last - count + 1, last + 1)

    def insert(self, kind: str, doc: Doc) -> Doc:
        """Store ``doc`` under a fresh id, which is set on it and returned with it."""
        (doc["id"],) = self.next_ids(kind)
        self.put_many(kind, [doc])
        return doc

    def put_many(self, kind: str, docs: Iterable[Doc]) -> None:
        """Store documents whose ids were taken from :meth:`next_ids` (seeding)."""
        docs = list(docs)
        self.db.executemany(
            "INSERT INTO docs (kind, id, body) VALUES (?, ?, ?)",
            ((kind, doc["id"], _dump(doc)) for doc in docs),
        )
        self._show(kind, docs)

    def get(self, kind: str, doc_id: int) -> Doc | None:
        if not is_id(doc_id):
            return None
        row = self.db.execute(
            "SELECT body FROM docs WHERE kind = ? AND id = ?", (kind, doc_id)
        ).fetchone()
        return None if row is None else _load(row[0])

    def get_many(self, kind: str, ids: Iterable[int]) -> dict[int, Doc]:
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        return {doc["id"]: doc for doc in self.select(kind, [id_in(wanted)])}

    def replace(self, kind: str, doc: Doc) -> None:
        updated = self.db.execute(
            "UPDATE docs SET body = ? WHERE kind = ? AND id = ?", (_dump(doc), kind, doc["id"])
        )
        if updated.rowcount:
            self._show(kind, [doc])

    def delete(self, kind: str, doc_id: int) -> bool:
        if not is_id(doc_id):
            return False
        cursor = self.db.execute("DELETE FROM docs WHERE kind = ? AND id = ?", (kind, doc_id))
        return cursor.rowcount > 0

    def delete_where(self, kind: str, filters: Sequence[Filter]) -> int:
        where, params = _where(kind, filters)
        return self.db.execute(f"DELETE FROM docs WHERE {where}", params).rowcount

    def select(
        self,
        kind: str,
        filters: Sequence[Filter] = (),
        *,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Doc]:
        """Documents of ``kind`` matching every filter, by id."""
        where, params = _where(kind, filters)
        sql = f"SELECT body FROM docs WHERE {where} ORDER BY id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = (*params, limit, offset)
        return jsoncodec.loads_all([body for (body,) in self.db.execute(sql, params)])

    def select_shown(
        self, kind: str, filters: Sequence[Filter] = (), *, limit: int, offset: int = 0
    ) -> list[bytes]:
        """Like :meth:`select`, the documents as the API shows them: encoded JSON objects, for
        a kind kept so (:meth:`show_as`)."""
        if kind not in self.shown_fields:
            raise ValueError(f"documents of {kind!r} are not kept as shown")
        where, params = _where(kind, filters)
        if filters:  # on the bodies; ``kind`` and ``id`` are the join's
            sql = f"SELECT doc FROM docs JOIN shown USING (kind, id) WHERE {where}"
        else:
            sql = "SELECT doc FROM shown WHERE kind = ?"
        sql += " ORDER BY id LIMIT ? OFFSET ?"
        return [doc for (doc,) in self.db.execute(sql, (*params, limit, offset))]

    def first(self, kind: str, filters: Sequence[Filter]) -> Doc | None:
        found = self.select(kind, filters, limit=1)
        return found[0] if found else None

    def count(self, kind: str, filters: Sequence[Filter] = ()) -> int:
        if not filters:
            row = self.db.execute("SELECT n FROM counts WHERE kind = ?", (kind,)).fetchone()
            return 0 if row is None else int(row[0])
        where, params = _where(kind, filters)
        return int(
            self.db.execute(f"SELECT count(*) FROM docs WHERE {where}", params).fetchone()[0]
        )

    def update_where(self, kind: str, filters: Sequence[Filter], changes: Doc) -> int:
        """Set top-level fields on every matching document (kept copies of a user's name...)."""
        where, params = _where(kind, filters)
        assignments = ", ".join(f"{_path(field)}, json(?)" for field in changes)
        values = tuple(json.dumps(value) for value in changes.values())
        ids: list[int] = []
        if kind in self.shown_fields:  # to show anew; found first: the change may unmatch them
            ids = [i for (i,) in self.db.execute(f"SELECT id FROM docs WHERE {where}", params)]
        updated = self.db.execute(
            f"UPDATE docs SET body = json_set(body, {assignments}) WHERE {where}",
            (*values, *params),
        ).rowcount
        if ids:
            self.show_anew(kind, ids)
        return updated

    # -- links --------------------------------------------------------------------------------

    def link(self, rel: str, a: int, b: int) -> None:
        self.db.execute("INSERT OR IGNORE INTO links (rel, a, b) VALUES (?, ?, ?)", (rel, a, b))

    def unlink(self, rel: str, a: int | None = None, b: int | None = None) -> int:
        """Remove the links of ``rel`` from ``a`` and/or to ``b``; how many went."""
        sql, params = "DELETE FROM links WHERE rel = ?", list[Any]([rel])
        for column, value in (("a", a), ("b", b)):
            if value is not None:
                sql += f" AND {column} = ?"
                params.append(value)
        return self.db.execute(sql, params).rowcount

    def linked(self, rel: str, *, a: int | None = None, b: int | None = None) -> list[int]:
        """The other ends of the links of ``rel`` from ``a`` (or to ``b``), ascending."""
        if a is not None and b is None:
            query, params = "SELECT b FROM links WHERE rel = ? AND a = ? ORDER BY b", (rel, a)
        elif b is not None and a is None:
            query, params = "SELECT a FROM links WHERE rel = ? AND b = ? ORDER BY a", (rel, b)
        else:
            raise ValueError("give exactly one of a, b")
        return [int(other) for (other,) in self.db.execute(query, params)]

    def is_linked(self, rel: str, a: int, b: int) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM links WHERE rel = ? AND a = ? AND b = ?", (rel, a, b)
        ).fetchone()
        return row is not None


class Transaction:
    """:meth:`Store.transaction`: one begun inside another is part of it; the one that began
    commits (or rolls back). Reads of an in-memory database begin none (``Store.shared``); a
    write inside them begins its own. (A class: on every request, a generator costs more.)"""

    __slots__ = ("began", "db", "needed", "write")

    def __init__(self, store: Store, write: bool) -> None:
        self.db = store.db
        self.write = write
        self.needed = write or store.shared
        self.began = False

    def __enter__(self) -> None:
        if self.needed and not self.db.in_transaction:
            self.db.execute("BEGIN IMMEDIATE" if self.write else "BEGIN")
            self.began = True

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if not self.began:
            return
        if kind is not None:
            self.db.execute("ROLLBACK")
            return
        try:
            self.db.execute("COMMIT")
        except BaseException:  # not committed (a busy database): nothing of it stays
            self.db.execute("ROLLBACK")
            raise


def is_id(value: object) -> bool:
    """An integer SQLite can hold (anything else names no document)."""
    return isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63


def _where(kind: str, filters: Sequence[Filter]) -> tuple[str, tuple[Any, ...]]:
    sql = " AND ".join(["kind = ?", *(f"({f.sql})" for f in filters)])
    params: tuple[Any, ...] = (kind,)
    for f in filters:
        params += f.params
    return sql, params


def _dump(doc: Doc) -> str:
    return json.dumps(doc, separators=(",", ":"))


def _dump_shown(doc: Doc, fields: tuple[str, ...]) -> bytes:
    return jsoncodec.dumps({name: doc[name] for name in fields if name in doc})


def _load(body: str) -> Doc:
    doc: Doc = jsoncodec.loads(body)
    return doc
