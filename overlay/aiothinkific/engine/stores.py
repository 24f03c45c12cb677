"""Opening the engine's store from what a user writes: a ``postgresql://`` (or ``postgres://``)
URL is PostgreSQL, shared by several engine processes; anything else is a SQLite file."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from aiothinkific.engine.store import DEFAULT_LOG_SIZE, EngineStore

if TYPE_CHECKING:
    from aiothinkific.engine.pgstore import PostgresEngineStore

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


class StoreError(Exception):
    """The store cannot be opened; the message is one line, with no password in it."""


def is_postgres(database: str) -> bool:
    return database.lower().startswith(POSTGRES_SCHEMES)


def open_store(
    database: str, *, log_size: int = DEFAULT_LOG_SIZE
) -> EngineStore | PostgresEngineStore:
    """The store at ``database``; :class:`StoreError` if it cannot be used."""
    if not is_postgres(database):
        try:
            return EngineStore(database, log_size=log_size)
        except sqlite3.Error as error:
            raise StoreError(f"cannot use the SQLite database {database}: {error}") from None
    try:
        import psycopg

        from aiothinkific.engine.pgstore import PostgresEngineStore, masked_url
    except ImportError:
        raise StoreError(
            "a PostgreSQL store needs the postgres extra: pip install 'aiothinkific[postgres]'"
        ) from None
    try:
        return PostgresEngineStore(database, log_size=log_size)
    except psycopg.Error as error:
        raise StoreError(_postgres_failure(database, masked_url(database), error)) from None


def _postgres_failure(database: str, shown: str, error: Exception) -> str:
    """One line naming the server; libpq's own words, with the password (if any) cut out."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(database)
        host, password = parts.hostname or "localhost", parts.password
    except ValueError:  # an unreadable URL: libpq said why
        host, password = shown, None
    reason = " ".join(str(error).split())  # libpq's message spans lines
    if password:
        reason = reason.replace(password, "***")
    return f"cannot connect to PostgreSQL at {host} ({shown}): {reason}"
