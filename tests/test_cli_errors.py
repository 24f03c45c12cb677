"""The real command, in a subprocess: every failure is one line on stderr and an exit code (2 bad
usage or settings, 1 an API or connection failure), never a traceback, never a secret; a closed
stdout ends quietly; --version, completion, the mock's URL once it listens, a progress count
only on a terminal."""

from __future__ import annotations

import json
import os
import pty
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

SECRET = "sekrit-key-4242"
COMMAND = [sys.executable, "-m", "aiothinkific"]
#: Runs the command as if the mock extra (starlette, uvicorn) were not installed.
WITHOUT_MOCK_EXTRA = (
    "import sys; sys.modules['starlette'] = sys.modules['uvicorn'] = None; "
    "sys.argv[0] = 'aiothinkific'; from aiothinkific.cli import main; main()"
)


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("THINKIFIC_")}
    return {**env, "COLUMNS": "200", **extra}


def run(
    *args: str, env: dict[str, str] | None = None, prefix: list[str] = COMMAND
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, *args],
        capture_output=True,
        text=True,
        env=env if env is not None else clean_env(),
        timeout=60,
    )


def one_line_error(result: subprocess.CompletedProcess[str], code: int, *says: str) -> None:
    assert result.returncode == code, (result.stdout, result.stderr)
    for stream in (result.stdout, result.stderr):
        assert "Traceback" not in stream
        assert SECRET not in stream
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for text in says:
        assert text in lines[0]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


CREDENTIALS = {"THINKIFIC_API_KEY": SECRET, "THINKIFIC_SUBDOMAIN": "mock"}
CLOSED = "http://127.0.0.1:9/api/public/v1"  # the discard port: nothing listens


@pytest.mark.parametrize(
    ("args", "env", "code", "says"),
    [
        (["demo", "--base-url", CLOSED], CREDENTIALS, 1, ["POST", "ConnectError"]),
        (["demo", "--base-url", CLOSED], {}, 2, ["missing api_key and subdomain"]),
        (["demo", "--base-url", "not-a-url"], CREDENTIALS, 2, ["--base-url 'not-a-url'"]),
        (["demo"], {**CREDENTIALS, "THINKIFIC_BASE_URL": CLOSED}, 1, ["127.0.0.1:9"]),
        (["demo"], {"THINKIFIC_BASE_URL": "mailto:x@y"}, 2, ["THINKIFIC_BASE_URL 'mailto:x@y'"]),
        (
            ["modules", "run", "getUser", "-i", '{"user_id": 1}', "--base-url", "http://[::1"],
            CREDENTIALS,
            2,
            ["--base-url 'http://[::1'", "Invalid port"],
        ),
        (
            ["modules", "run", "getUser", "-i", '{"user_id": 1}', "--base-url", "http://h:99999/"],
            CREDENTIALS,
            2,
            ["--base-url", "port 99999"],
        ),
        (
            ["modules", "run", "getUser", "--base-url", f"https://ada:{SECRET}@host/x"],
            {},
            2,
            ["--base-url must not hold a user name or password"],
        ),
        (["mock", "serve", "--port", "70000"], {}, 2, ["'--port'", "70000"]),
        (["modules", "watch", "watchNewUser", "--base-url", CLOSED, "--port", "-1"], {}, 2, []),
        (
            # not Thinkific's, not .../api/public/v1: no Webhooks root is derived (it used to be
            # https://api.thinkific.com/api/v2, with the environment's credentials)
            ["modules", "watch", "watchNewUser", "--base-url", "https://proxy.example/thinkific"],
            CREDENTIALS,
            2,
            ["no Webhooks API beside --base-url", "--webhooks-base-url"],
        ),
        (["modules", "list"], {"THINKIFIC_LOG": "bogus"}, 2, ["THINKIFIC_LOG", "debug, info"]),
        (["nope"], {}, 2, ["No such command 'nope'"]),
        (["--nope"], {}, 2, ["No such option: --nope"]),
    ],
)
def test_a_failure_is_one_line_and_an_exit_code(
    args: list[str], env: dict[str, str], code: int, says: list[str]
) -> None:
    one_line_error(run(*args, env=clean_env(**env)), code, *says)


def test_a_refused_key_is_one_line_without_the_key(thinkific_mock_server: str) -> None:
    result = run("demo", "--base-url", thinkific_mock_server, env=clean_env(**CREDENTIALS))
    one_line_error(result, 1, "401")


def test_mock_serve_names_an_unusable_db_or_port(tmp_path: Path, busy_port: int) -> None:
    one_line_error(run("mock", "serve", "--db", str(tmp_path / "no" / "x.sqlite")), 2, "--db")
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("hello, not a database\n" * 100)
    one_line_error(run("mock", "serve", "--db", str(not_a_db)), 2, "not a database")
    one_line_error(run("mock", "serve", "--port", str(busy_port)), 2, "cannot listen on")


def test_an_install_without_the_mock_extras_http_parser_says_what_to_install() -> None:
    """httptools joined the mock extra later: an older install's extras lack it."""
    extra = "sys.modules['starlette'] = sys.modules['uvicorn'] = None"
    without = WITHOUT_MOCK_EXTRA.replace(extra, "sys.modules['httptools'] = None")
    result = run("mock", "serve", "--port", "0", prefix=[sys.executable, "-c", without])
    one_line_error(result, 2, "pip install 'aiothinkific[mock]'", "httptools")


@pytest.mark.parametrize(
    "args",
    [
        ["demo"],
        ["modules", "run", "getUser", "-i", '{"user_id": 1}'],
        ["mock", "serve", "--port", "0"],
        ["modules", "watch", "watchNewUser", "--base-url", CLOSED, "--port", "0"],
    ],
)
def test_without_the_mock_extra_the_command_says_what_to_install(args: list[str]) -> None:
    result = run(
        *args, env=clean_env(**CREDENTIALS), prefix=[sys.executable, "-c", WITHOUT_MOCK_EXTRA]
    )
    one_line_error(result, 2, "pip install 'aiothinkific[mock]'", "starlette")


@pytest.mark.parametrize(
    "args",
    [
        ["modules", "describe", "searchUsers"],
        ["modules", "list"],
        ["modules", "run", "searchUsers", "-i", '{"limit": 40}'],
        ["demo"],
        ["mock", "handlers"],
        ["--version"],
        ["--help"],
    ],
)
def test_a_closed_stdout_ends_quietly(args: list[str]) -> None:
    process = subprocess.Popen(
        [*COMMAND, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=clean_env(),
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # before the command writes: its first write meets a closed pipe
    stderr = process.stderr.read()
    assert process.wait(timeout=60) == 0, stderr
    assert stderr == ""


def test_version_and_shell_completion() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("aiothinkific ")
    script = Path(sys.executable).with_name("aiothinkific")
    result = run("--show-completion", "bash", prefix=[str(script)])
    assert result.returncode == 0, result.stderr
    assert "_aiothinkific_completion" in result.stdout
    assert "--install-completion" in run("--help").stdout


def test_mock_serve_prints_its_url_once_it_listens() -> None:
    process = subprocess.Popen(
        [*COMMAND, "mock", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=clean_env(PYTHONUNBUFFERED="1"),
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        root = line.split()[4]  # "mock Thinkific API at http://127.0.0.1:PORT/api/public/v1 ..."
        assert root.startswith("http://127.0.0.1:") and root.endswith("/api/public/v1")
        # No waiting: the port answers as soon as the URL is printed.
        answer = httpx.get(root + "/users", headers={"Authorization": "Bearer mock-token"})
        assert answer.status_code == 200
    finally:
        process.terminate()
        assert process.wait(timeout=20) == 0


def test_run_prints_bundles_as_json_lines_with_progress_only_on_a_terminal() -> None:
    args = ["modules", "run", "searchUsers", "-i", '{"limit": 25}', "--page-size", "10"]
    result = run(*args)
    assert result.returncode == 0 and result.stderr == ""
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == list(range(1, 26))

    leader, follower = pty.openpty()
    try:
        process = subprocess.run(
            [*COMMAND, *args], stdout=subprocess.PIPE, stderr=follower, env=clean_env(), timeout=60
        )
        os.close(follower)
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # EIO: the terminal's other end is closed and drained
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(leader)
    assert process.returncode == 0
    assert len(process.stdout.splitlines()) == 25
    assert b"Search Users (bundles): " in seen  # the progress count, drawn on the terminal


def test_the_library_reports_a_bad_thinkific_log_once(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from aiothinkific import Thinkific, _logging

    monkeypatch.setenv("THINKIFIC_LOG", "loud")
    monkeypatch.setattr(_logging, "_warned", set())
    Thinkific(api_key="k", subdomain="s")
    Thinkific(api_key="k", subdomain="s")
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "aiothinkific: ignoring THINKIFIC_LOG='loud' is not one of: debug, info, warning (or unset)"
    ]
