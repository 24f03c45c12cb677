"""The engine's stores as test fixtures: ``engine_db`` is a fresh database for each test, a
SQLite file or a database on a throwaway PostgreSQL server the session starts itself (initdb
into a temporary folder, as an unprivileged user when the tests run as root). Without the
PostgreSQL binaries the postgres variants are skipped, unless ``AIOTHINKIFIC_REQUIRE_POSTGRES=1``
(CI) makes that a failure."""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

STORES = ["sqlite", "postgres"]
REQUIRE = "AIOTHINKIFIC_REQUIRE_POSTGRES"


def postgres_binaries() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``: on the PATH, or where ``pg_config`` says."""
    found = shutil.which("initdb")
    if found is not None and shutil.which("pg_ctl") is not None:
        return Path(found).parent
    config = shutil.which("pg_config")
    if config is not None:
        bindir = subprocess.run([config, "--bindir"], capture_output=True, text=True).stdout
        folder = Path(bindir.strip())
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _server_user() -> str | None:
    """Who runs the server: initdb refuses root, so as root an unprivileged account."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise RuntimeError("running as root and no unprivileged user (postgres, nobody) to run as")


class PostgresServer:
    """A PostgreSQL server for the session, trusting local connections, without fsync."""

    def __init__(self, binaries: Path) -> None:
        self.binaries = binaries
        self.user = _server_user()
        self.folder = Path(tempfile.mkdtemp(prefix="aiothinkific-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self._numbers = itertools.count()
        if self.user is not None:
            account = pwd.getpwnam(self.user)
            os.chown(self.folder, account.pw_uid, account.pw_gid)

    def _run(self, tool: str, *args: str) -> None:
        line = [str(self.binaries / tool), *args]
        if self.user is not None:
            line = ["runuser", "-u", self.user, "--", *line]
        done = subprocess.run(line, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{tool} failed: {done.stderr.strip() or done.stdout.strip()}")

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")  # fmt: skip
        log = str(self.folder / "server.log")
        self._run("pg_ctl", "-D", str(self.data), "-l", log, "-o", options, "-w", "start")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """The URL of a database made now, empty."""
        import psycopg

        name = f"engine_{next(self._numbers)}"
        with psycopg.connect(self.url(), autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {name}")
        return self.url(name)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer | str]:
    """The session's server, or why there is none (a test then skips, or fails in CI)."""
    binaries = postgres_binaries()
    if binaries is None:
        yield "no PostgreSQL binaries (initdb, pg_ctl) on the PATH or from pg_config"
        return
    server = PostgresServer(binaries)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def postgres_database(server: PostgresServer | str) -> str:
    if isinstance(server, str):
        if os.environ.get(REQUIRE) == "1":
            pytest.fail(f"{REQUIRE}=1 but {server}")
        pytest.skip(server)
    return server.new_database()


@pytest.fixture(params=STORES)
def engine_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh engine database: a SQLite file, or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "engine.sqlite")
    return postgres_database(request.getfixturevalue("postgres_server"))


@pytest.fixture
def postgres_db(postgres_server: PostgresServer | str) -> str:
    """A fresh PostgreSQL database's URL (the tests of several processes need one)."""
    return postgres_database(postgres_server)
