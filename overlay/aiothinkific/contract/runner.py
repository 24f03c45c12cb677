"""``aiothinkific contract run``: the contract suites of the installed package, run by pytest
with the harness's plugin, in any project (its own pytest settings and conftests left out).

Exit codes: 0 every check held, 1 a check failed (or the run broke), 2 bad usage (an option, a
setting, missing credentials, a wrong target, a pattern that matches no operation).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from aiothinkific.contract.profiles import DEFAULT_PROFILE

SUITES_PACKAGE = "aiothinkific.contract.suites"
PLUGIN = "aiothinkific.contract.plugin"
#: pytest's exit codes as the command's: failures 1, usage problems 2.
EXIT_CODES = {
    pytest.ExitCode.OK: 0,
    pytest.ExitCode.TESTS_FAILED: 1,
    pytest.ExitCode.INTERRUPTED: 1,
    pytest.ExitCode.INTERNAL_ERROR: 1,
    pytest.ExitCode.USAGE_ERROR: 2,
    pytest.ExitCode.NO_TESTS_COLLECTED: 2,
}


@dataclass(frozen=True)
class RunOptions:
    base_url: str | None = None
    webhooks_base_url: str | None = None
    thrivecart_base_url: str | None = None
    allow_writes: bool = False
    profile: str = DEFAULT_PROFILE
    junitxml: Path | None = None
    report: Path | None = None
    operations: str | None = None


def pytest_args(options: RunOptions, ini: Path) -> list[str]:
    """The pytest command line of a run (``ini``: an empty settings file of the run's own)."""
    args = [
        "--pyargs",
        SUITES_PACKAGE,
        "-p",
        PLUGIN,
        "-c",
        str(ini),
        "--rootdir",
        str(ini.parent),
        # Left out: the cache, and plugins the suites do not use (this package's fixtures, an
        # asyncio runner) whose settings the user's project may not give.
        "-p",
        "no:cacheprovider",
        "-p",
        "no:aiothinkific",
        "-p",
        "no:asyncio",
        # pytest would rewrite the asserts of this distribution's packages, which the command
        # imported before it started: a warning per package, about nothing the user can change.
        "-W",
        "ignore::pytest.PytestAssertRewriteWarning",
        "-q",
        "--no-header",
        "--tb=short",
        f"--contract-profile={options.profile}",
    ]
    for flag, value in (
        ("--base-url", options.base_url),
        ("--webhooks-base-url", options.webhooks_base_url),
        ("--thrivecart-base-url", options.thrivecart_base_url),
        ("--junitxml", options.junitxml),
        ("--contract-report", options.report or "-"),  # printed in any case
        ("--contract-operations", options.operations),
    ):
        if value is not None:
            args.append(f"{flag}={value}")
    if options.allow_writes:
        args.append("--allow-writes")
    return args


def run(options: RunOptions) -> int:
    """Run the suites; the command's exit code."""
    with tempfile.TemporaryDirectory(prefix="aiothinkific-contract-") as tmp:
        ini = Path(tmp) / "pytest.ini"
        ini.write_text("[pytest]\n", encoding="utf-8")
        code = pytest.main(pytest_args(options, ini))
    return EXIT_CODES.get(pytest.ExitCode(code), 1)
