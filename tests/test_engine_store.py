"""The engine's store as several workers share it, on SQLite and on PostgreSQL: two stores on
one database (as two processes have) claim at once and never take the same event; a
customer's order holds across owners; a lease whose owner's process died is taken over. And a
PostgreSQL URL that cannot be used is one line, naming the host, never the password."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time

import pytest
from aiothinkific.cli import app
from aiothinkific.engine.pgstore import masked_url
from aiothinkific.engine.store import LogQuery, SqlStore
from aiothinkific.engine.stores import StoreError, open_store
from aiothinkific.webhooks.store import new_owner
from typer.testing import CliRunner

EVENTS = 300


def accept(store: SqlStore, key: str, email: str, occurred_at: float) -> int:
    seq, new = store.accept("thrivecart", key, b"raw", "text/plain", event=json.dumps({}),
                            email=email, occurred_at=occurred_at)  # fmt: skip
    assert new
    return seq


def test_two_stores_claiming_at_once_never_take_the_same_event(engine_db: str) -> None:
    first, second = open_store(engine_db), open_store(engine_db)
    try:
        seqs = {accept(first, f"k{n}", f"c{n}@example.com", 1000.0 + n) for n in range(EVENTS)}
        taken: dict[str, list[int]] = {"a": [], "b": []}

        def work(store: SqlStore, name: str) -> None:
            owner = new_owner()
            while batch := store.claim(owner, time.time(), 7):
                for event in batch:
                    taken[name].append(event.seq)
                    store.finish(event.seq, "done")

        threads = [threading.Thread(target=work, args=(store, name))
                   for store, name in ((first, "a"), (second, "b"))]  # fmt: skip
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        both = taken["a"] + taken["b"]
        assert len(both) == len(set(both)) == EVENTS  # none twice, none left
        assert set(both) == seqs
        assert first.status_counts() == {"done": EVENTS}
    finally:
        first.close()
        second.close()


def test_a_customers_later_event_waits_for_the_earlier_one_under_another_owner(
    engine_db: str,
) -> None:
    one, other = open_store(engine_db), open_store(engine_db)
    try:
        later = accept(one, "later", "ann@example.com", 2000.0)  # arrives first
        earlier = accept(one, "earlier", "ann@example.com", 1000.0)
        bo = accept(one, "bo", "bo@example.com", 1500.0)
        now = time.time()
        assert [e.seq for e in one.claim(new_owner(), now, 1)] == [earlier]
        # The other owner gets Bo's event, not Ann's later one: hers is still open.
        assert [e.seq for e in other.claim(new_owner(), now, 10)] == [bo]
        assert other.claim(new_owner(), now, 10) == []
        one.finish(earlier, "done")
        assert [e.seq for e in other.claim(new_owner(), now, 10)] == [later]
        # A retrying event holds the customer's next one back too, for every owner.
        one.retry_later(later, now + 3600, "Thinkific is down")
        accept(one, "last", "ann@example.com", 3000.0)
        assert other.claim(new_owner(), now, 10) == []
    finally:
        one.close()
        other.close()


CLAIM_AND_DIE = """
import sys, time
from aiothinkific.engine.stores import open_store
from aiothinkific.webhooks.store import new_owner
store = open_store(sys.argv[1])
print(store.claim(new_owner(), time.time(), 10, lease=3600)[0].seq)
"""


def test_a_dead_owners_lease_is_taken_over_and_a_live_ones_kept(engine_db: str) -> None:
    store = open_store(engine_db)
    try:
        dead = accept(store, "dead", "cy@example.com", 1000.0)
        done = subprocess.run([sys.executable, "-c", CLAIM_AND_DIE, engine_db],
                              capture_output=True, text=True, timeout=60, check=True)  # fmt: skip
        assert int(done.stdout) == dead  # leased for an hour, then the process exited
        live = accept(store, "live", "di@example.com", 1100.0)
        assert [e.seq for e in store.claim(new_owner(), time.time(), 10, lease=3600)] == [
            dead,
            live,
        ]
        # Both are held now, by an owner alive in this process: nobody takes them...
        assert store.claim(new_owner(), time.time(), 10) == []
        # ...until the lease expires.
        later = time.time() + 7200
        assert {e.seq for e in store.claim(new_owner(), later, 10)} == {dead, live}
    finally:
        store.close()


def test_two_stores_accepting_one_delivery_at_once_keep_it_once(engine_db: str) -> None:
    stores = [open_store(engine_db) for _ in range(4)]
    try:
        answers: list[tuple[int, bool]] = []
        start = threading.Barrier(len(stores))

        def deliver(store: SqlStore) -> None:
            start.wait()
            answers.append(store.accept("thrivecart", "same", b"raw", "text/plain", event="{}"))

        threads = [threading.Thread(target=deliver, args=(store,)) for store in stores]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert len({seq for seq, _ in answers}) == 1
        assert sorted(new for _, new in answers) == [False, False, False, True]
        (event,) = stores[0].search(LogQuery())
        assert event.deliveries == 4
    finally:
        for store in stores:
            store.close()


# -- a URL that cannot be used ---------------------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_unreachable_postgres_url_is_one_line_without_its_password() -> None:
    url = f"postgresql://engine:hunter2@127.0.0.1:{_closed_port()}/queue"
    with pytest.raises(StoreError) as raised:
        open_store(url)
    message = str(raised.value)
    assert "127.0.0.1" in message and "engine:***@" in message
    assert "hunter2" not in message and "\n" not in message


def test_the_cli_names_the_host_of_a_bad_db_url_and_exits_2() -> None:
    url = f"postgres://engine:hunter2@127.0.0.1:{_closed_port()}/queue"
    result = CliRunner().invoke(app, ["engine", "log", "--db", url])
    assert result.exit_code == 2, result.output
    (line,) = result.stderr.strip().splitlines()
    assert "cannot connect to PostgreSQL at 127.0.0.1" in line and "hunter2" not in line


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://u:pw@h:5/d", "postgresql://u:***@h:5/d"),
        ("postgresql://u@h/d", "postgresql://u@h/d"),
        ("postgres://h/d?user=u&password=pw", "postgres://h/d?user=u&password=***"),
    ],
)
def test_a_url_is_shown_without_its_password(url: str, shown: str) -> None:
    assert masked_url(url) == shown


def test_a_stores_repr_hides_the_password(postgres_db: str) -> None:
    with_password = postgres_db.replace("postgres@", "postgres:not-checked@")  # trust auth
    store = open_store(with_password)
    try:
        assert "not-checked" not in repr(store) and "not-checked" not in store.database
        assert "postgres:***@" in repr(store)
    finally:
        store.close()


def test_without_postgresql_its_variants_skip_unless_it_is_required(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from engine_stores import REQUIRE, postgres_database

    monkeypatch.delenv(REQUIRE, raising=False)
    with pytest.raises(pytest.skip.Exception, match="no PostgreSQL binaries"):
        postgres_database("no PostgreSQL binaries")
    monkeypatch.setenv(REQUIRE, "1")
    with pytest.raises(pytest.fail.Exception, match=f"{REQUIRE}=1 but no PostgreSQL"):
        postgres_database("no PostgreSQL binaries")


def test_a_broken_postgres_connection_is_made_again(postgres_db: str) -> None:
    import psycopg

    store = open_store(postgres_db)
    try:
        store.count("before")
        with psycopg.connect(postgres_db, autocommit=True) as admin:  # the server drops it
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        with pytest.raises(psycopg.OperationalError):
            store.counters()
        store.count("after")
        assert store.counters() == {"after": 1, "before": 1}
    finally:
        store.close()


def test_an_older_event_arriving_while_a_later_one_runs_waits_for_it(engine_db: str) -> None:
    """A refund is running when its purchase (older in the cart's time) arrives: the purchase
    is not taken until the refund is finished, so it sees what the refund decided."""
    store, other = open_store(engine_db), open_store(engine_db)
    try:
        refund = accept(store, "refund", "cy@example.com", 2000.0)
        now = time.time()
        assert [e.seq for e in store.claim(new_owner(), now, 5)] == [refund]
        purchase = accept(store, "purchase", "cy@example.com", 1000.0)
        assert other.claim(new_owner(), now, 5) == []
        store.finish(refund, "done")
        assert [e.seq for e in other.claim(new_owner(), now, 5)] == [purchase]
    finally:
        store.close()
        other.close()


def test_an_older_decision_never_overwrites_a_newer_one(engine_db: str) -> None:
    from aiothinkific.engine.store import Access

    store = open_store(engine_db)
    try:
        store.set_access("cy@example.com", "course", 1, Access(False, 2000.0, 2, "o1", 7))
        store.set_access("cy@example.com", "course", 1, Access(True, 1000.0, 1, "o1", 7))
        assert store.access("cy@example.com", "course", 1) == Access(False, 2000.0, 2, "o1", 7)
    finally:
        store.close()


def test_a_redelivery_of_an_event_the_log_has_forgotten_is_still_a_duplicate(
    engine_db: str,
) -> None:
    store = open_store(engine_db, log_size=2)
    try:
        first = accept(store, "k1", "a@example.com", 1.0)
        store.finish(first, "done")
        for n in (2, 3):
            store.finish(accept(store, f"k{n}", "a@example.com", float(n)), "done")
        assert store.event(first) is None  # dropped from the log
        seq, new = store.accept("thrivecart", "k1", b"raw", "text/plain", event="{}",
                                email="a@example.com", occurred_at=1.0)  # fmt: skip
        assert (seq, new) == (first, False)
        assert not store.has_open()
    finally:
        store.close()
