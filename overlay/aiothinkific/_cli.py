"""What every command of ``aiothinkific`` shares: one error path, the check of a URL option, and
output that ends quietly when its reader goes away.

A failure is one line on stderr, ``Error: ...``, and an exit code: 2 for bad usage or settings
(an option, missing credentials, a missing extra, a file or port that cannot be used), 1 when the
API or the connection failed. Never a traceback (``THINKIFIC_LOG=debug`` adds one to an
unexpected error), never a secret: messages name options and URLs, not credentials. A closed
stdout (``... | head -1``) ends the command quietly with exit code 0.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from typing import Any, NoReturn

import httpx
import typer
from rich.console import Console
from rich.live import Live
from rich.spinner import Spinner
from typer.core import TyperGroup

from aiothinkific._credentials import CredentialsError
from aiothinkific._exceptions import ConfigurationError, ThinkificError
from aiothinkific._logging import log_setting_problem, logger

try:  # typer >= 0.24 vendors click
    from typer._click import exceptions as click_exceptions
except ImportError:  # pragma: no cover - older typer runs on click itself
    from click import exceptions as click_exceptions  # type: ignore[no-redef]

USAGE = 2  #: bad usage or settings
FAILURE = 1  #: the API or the connection failed

#: Top-level modules of the ``mock`` extra (the mock server, the webhook receiver, serving).
MOCK_EXTRA_MODULES = frozenset(
    {"starlette", "uvicorn", "httptools", "openapi_schema_validator", "jsonschema"}
)
MOCK_EXTRA_HINT = "pip install 'aiothinkific[mock]'"
#: Top-level modules of the ``contract`` extra (the contract harness).
CONTRACT_EXTRA_MODULES = frozenset({"schemathesis", "hypothesis", "pytest"})

_PASS_THROUGH = (typer.Exit, typer.Abort)  # (click's own, on a typer that runs on click)


class CommandError(Exception):
    """A problem a command names itself: the one-line message and the exit code."""

    def __init__(self, message: str, code: int = USAGE) -> None:
        super().__init__(message)
        self.code = code


def fail(message: str, code: int = USAGE) -> NoReturn:
    raise CommandError(message, code)


def describe(error: BaseException) -> tuple[str, int]:
    """The one-line message and exit code of an error raised by a command."""
    message, code = _describe(error)
    return " ".join(message.split()), code


def _describe(error: BaseException) -> tuple[str, int]:
    from aiothinkific.modules._convert import ModuleError

    if isinstance(error, CommandError):
        return str(error), error.code
    if isinstance(error, click_exceptions.UsageError):
        hint = f" (see '{error.ctx.command_path} --help')" if error.ctx is not None else ""
        return error.format_message() + hint, error.exit_code
    if isinstance(error, click_exceptions.ClickException):
        return error.format_message(), error.exit_code
    if isinstance(error, CredentialsError | ConfigurationError | ModuleError):
        return str(error), USAGE
    rules = sys.modules.get("aiothinkific.engine.rules")  # loaded if a rules file was read
    if rules is not None and isinstance(error, rules.RulesError):
        return str(error), USAGE
    if isinstance(error, ThinkificError):  # APIConnectionError, APIStatusError...
        return str(error), FAILURE
    if isinstance(error, ModuleNotFoundError):
        top = (error.name or "").partition(".")[0]
        if top in MOCK_EXTRA_MODULES:
            hint = f"this command needs the mock extra: {MOCK_EXTRA_HINT} (no module {top!r})"
            return hint, USAGE
        if top == "yaml":
            hint = "this command needs the engine extra: pip install 'aiothinkific[engine]'"
            return f"{hint} (no module {top!r})", USAGE
        if top in CONTRACT_EXTRA_MODULES:
            hint = "this command needs the contract extra: pip install 'aiothinkific[contract]'"
            return f"{hint} (no module {top!r})", USAGE
        return f"a module is missing: {error}", USAGE
    return f"unexpected {type(error).__name__}: {error}", FAILURE


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so that flushing it at exit does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):  # not a real file (tests)
        pass


class CommandGroup(TyperGroup):
    """A typer group whose commands fail through :func:`describe`: one line, an exit code."""

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: Any = None,
        **extra: Any,
    ) -> Any:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click_exceptions.NoArgsIsHelpError:
            raise
        except click_exceptions.UsageError as error:  # the group's own options
            _report(error)
        except BrokenPipeError:  # --version
            _quiet_stdout()
            raise typer.Exit(0) from None
        except SystemExit as exit:  # --help: rich exits 1 on a closed stdout (and silences it)
            if isinstance(exit.__context__, BrokenPipeError):
                raise typer.Exit(0) from None
            raise

    def invoke(self, ctx: Any) -> Any:
        # Without THINKIFIC_LOG the package logs nothing: a failure is the one error line, not
        # also the logging module's last-resort print of the warning that preceded it.
        quiet = logging.NullHandler()
        if not os.environ.get("THINKIFIC_LOG", "").strip():
            logger.addHandler(quiet)
        try:
            problem = log_setting_problem()
            if problem is not None:
                fail(problem)
            return super().invoke(ctx)
        except _PASS_THROUGH:
            raise
        except click_exceptions.NoArgsIsHelpError:
            raise
        except BrokenPipeError:
            _quiet_stdout()
            raise typer.Exit(0) from None
        except Exception as error:
            _report(error)
        finally:
            logger.removeHandler(quiet)


def _report(error: BaseException) -> NoReturn:
    message, code = describe(error)
    if os.environ.get("THINKIFIC_LOG", "").strip().lower() == "debug":
        traceback.print_exception(error, file=sys.stderr)
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code) from None


class _Console(Console):
    def on_broken_pipe(self) -> None:
        raise BrokenPipeError  # rich would exit 1; the command group ends quietly instead


def console(**options: Any) -> Console:
    """A rich console for a command's output; a closed stdout ends the command quietly."""
    return _Console(highlight=False, **options)


@contextlib.contextmanager
def progress(label: str) -> Iterator[Callable[[], None]]:
    """A count of the items received (call the result for each), drawn on stderr while it is a
    terminal and stdout is not (when stdout is the terminal, the items show themselves)."""
    if not sys.stderr.isatty() or sys.stdout.isatty():
        yield lambda: None
        return
    received = 0
    spinner = Spinner("dots", f"{label}: waiting for the first item")
    with Live(
        spinner,
        console=console(stderr=True),
        transient=True,
        redirect_stdout=False,
        redirect_stderr=False,
    ):

        def count() -> None:
            nonlocal received
            received += 1
            spinner.update(text=f"{label}: {received} received")

        yield count


def check_web_url(value: str, option: str) -> str:
    """``value`` if it is an http(s) URL with a host and a valid port, else a one-line
    ``CommandError`` naming ``option`` (an option, or the variable it came from)."""
    try:
        url = httpx.URL(value)
        port = url.port
    except httpx.InvalidURL as error:
        fail(f"{option} {value!r} is not a valid http(s) URL: {error}")
    if url.userinfo:  # never echo it: it holds a password
        fail(f"{option} must not hold a user name or password (credentials: THINKIFIC_* variables)")
    if url.scheme not in ("http", "https") or not url.host:
        fail(f"{option} {value!r} is not an http(s) URL with a host (e.g. https://host/path)")
    if port is not None and not 0 < port < 65536:
        fail(f"{option} {value!r} has port {port}, outside 1-65535")
    return value


def url_option(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> str | None:
    """Typer callback of a URL option (``--base-url``...): :func:`check_web_url`, naming the
    environment variable instead when the value came from it."""
    if value is None:
        return None
    name = f"--{(param.name or 'url').replace('_', '-')}"
    source = ctx.get_parameter_source(param.name) if param.name else None
    if source is not None and source.name == "ENVIRONMENT" and param.envvar:
        envvar = param.envvar if isinstance(param.envvar, str) else param.envvar[0]
        name = envvar
    return check_web_url(value, name)
