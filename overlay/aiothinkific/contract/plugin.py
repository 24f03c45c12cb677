"""The contract harness as a pytest plugin: its options, the shared tally, and the per-operation
summary at the end. ``aiothinkific contract run`` runs the suites with it; this repository's
``contract_tests/`` loads it from its conftest.

``--contract-profile=fast|deep`` (or ``THINKIFIC_CONTRACT_PROFILE``): the example budget.
``--thrivecart-base-url URL`` (or ``THRIVECART_CONTRACT_BASE_URL``): test that ThriveCart server
instead of its mock (credentials ``THRIVECART_API_KEY`` or ``THRIVECART_ACCESS_TOKEN``).
``--base-url URL`` (or ``THINKIFIC_CONTRACT_BASE_URL``): test that server instead of the in-process
mock, with credentials from ``THINKIFIC_API_KEY`` + ``THINKIFIC_SUBDOMAIN`` or
``THINKIFIC_ACCESS_TOKEN``; only GET operations run there unless ``--allow-writes`` is given,
at 100 requests a minute (``THINKIFIC_CONTRACT_RATE_LIMIT``, e.g. ``600/m`` or ``off``). Its
Webhooks API is tested at the root the client derives (``.../api/public/v1`` -> ``.../api/v2``)
or at ``--webhooks-base-url URL`` (or ``THINKIFIC_CONTRACT_WEBHOOKS_BASE_URL``).
The summary table is printed and written to ``--contract-report`` (``reports/contract-summary.md``
by default, under the directory pytest runs in); on the mock it marks the operations served by
generic behaviour (a vendor update's, until they have a handler).
"""

from __future__ import annotations

import fnmatch
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

from aiothinkific.contract import settings as contract_settings
from aiothinkific.contract.apis import ADMIN, APIS, Api
from aiothinkific.contract.cleanup import CLEANUP
from aiothinkific.contract.profiles import PROFILES
from aiothinkific.contract.summary import SUITES, Tally
from aiothinkific.mock import generic_operations

DEFAULT_REPORT = Path("reports") / "contract-summary.md"
WORKER_OUTPUT_KEY = "aiothinkific_contract"
TALLY = Tally()
_ran = False


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("contract", "contract tests (spec, server and client)")
    group.addoption(
        "--contract-profile",
        choices=sorted(PROFILES),
        default=None,
        help="example budget: fast (default, derandomized, for CI) or deep "
        "(env THINKIFIC_CONTRACT_PROFILE)",
    )
    group.addoption(
        "--base-url",
        default=None,
        metavar="URL",
        help="API base URL to test instead of the in-process mock "
        "(env THINKIFIC_CONTRACT_BASE_URL; credentials from THINKIFIC_API_KEY + "
        "THINKIFIC_SUBDOMAIN or THINKIFIC_ACCESS_TOKEN)",
    )
    group.addoption(
        "--webhooks-base-url",
        default=None,
        metavar="URL",
        help="Webhooks API (v2) root of the --base-url target, when it is not beside the base "
        "URL as on Thinkific (.../api/public/v1 -> .../api/v2) "
        "(env THINKIFIC_CONTRACT_WEBHOOKS_BASE_URL)",
    )
    group.addoption(
        "--thrivecart-base-url",
        default=None,
        metavar="URL",
        help="ThriveCart API base URL to test instead of its in-process mock "
        "(env THRIVECART_CONTRACT_BASE_URL; credentials from THRIVECART_API_KEY or "
        "THRIVECART_ACCESS_TOKEN; orders, refunds and cancellations in test mode)",
    )
    group.addoption(
        "--contract-report",
        default=None,
        metavar="FILE",
        help="where the summary table and failures (Markdown) are written ('-': nowhere; "
        f"default: {DEFAULT_REPORT})",
    )
    group.addoption(
        "--contract-operations",
        default=None,
        metavar="PATTERNS",
        help="only these operations: comma-separated operationId patterns (getUser*, "
        "thrivecart.*); the tests of other operations are deselected",
    )
    group.addoption(
        "--allow-writes",
        action="store_true",
        default=False,
        help="also run operations that change data against a --base-url target",
    )


def pytest_configure(config: pytest.Config) -> None:
    try:
        resolved = contract_settings.resolve(
            profile=config.getoption("--contract-profile"),
            base_url=config.getoption("--base-url"),
            allow_writes=config.getoption("--allow-writes"),
            webhooks_base_url=config.getoption("--webhooks-base-url"),
            thrivecart_base_url=config.getoption("--thrivecart-base-url"),
        )
    except contract_settings.SettingsError as error:
        raise pytest.UsageError(str(error)) from None
    contract_settings.configure(resolved)
    if resolved.target.is_mock:  # its Webhooks API has handlers for all its operations
        TALLY.generic = frozenset(generic_operations())


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    label_node_ids(items)
    patterns = config.getoption("--contract-operations")
    if patterns:
        keep, drop = select_operations(items, patterns)
        if drop:
            config.hook.pytest_deselected(items=drop)
            items[:] = keep


def select_operations(
    items: list[pytest.Item], patterns: str
) -> tuple[list[pytest.Item], list[pytest.Item]]:
    """(kept, deselected): the items of the operations the patterns match (each an fnmatch
    pattern on the harness's name of an operation, case-insensitive), and the others. An
    unknown name or a pattern that matches nothing is a usage error."""
    wanted = [p.strip() for p in patterns.split(",") if p.strip()]
    known = list(TALLY.operations)
    unmatched = [p for p in wanted if not fnmatch.filter([k.lower() for k in known], p.lower())]
    if unmatched:
        raise pytest.UsageError(
            f"--contract-operations: no operation matches {', '.join(unmatched)} "
            f"(operations are named by operationId: {', '.join(known[:3])}, ...)"
        )
    keep: list[pytest.Item] = []
    drop: list[pytest.Item] = []
    for item in items:
        operation = operation_of(item)
        chosen = operation is not None and any(
            fnmatch.fnmatch(operation.lower(), p.lower()) for p in wanted
        )
        (keep if chosen else drop).append(item)
    return keep, drop


def label_node_ids(items: list[pytest.Item]) -> None:
    """Give each schemathesis item its operation in its node id.

    pytest 9 builds a node id from the function's original name and its parameters, and
    schemathesis parametrizes without parameters, so all the provider items would share the id
    ``test_provider`` (one name in the JUnit report, ``-k`` and ``--lf`` unable to tell them
    apart). The label goes back in as the id's parameters (pytest 8 had it there already)."""
    for item in items:
        label = getattr(item, "operation_label", None)
        if label is None or item.nodeid.endswith("]"):
            continue
        node_id = getattr(item, "_id", None)  # pytest 9's structured id (its only store)
        if node_id is not None and hasattr(node_id, "with_params"):
            item._id = node_id.with_params(label)


@pytest.fixture(scope="session")
def tally() -> Tally:
    """Where the suites count their examples and failures, per operation."""
    global _ran
    _ran = True
    return TALLY


@pytest.fixture(scope="session")
def run_settings() -> contract_settings.ContractSettings:
    return contract_settings.current()


def api_of_test(item: pytest.Item) -> Api:
    """The API a schemathesis test item covers: ``test_provider_<api>`` covers that API,
    ``test_provider`` the Admin API."""
    name = getattr(item, "originalname", item.name)
    return next((api for api in APIS if name.endswith(f"_{api.name}")), ADMIN)


def operation_of(item: pytest.Item) -> str | None:
    """The operation an item tests (its harness name), if it tests one."""
    label = getattr(item, "operation_label", None)
    if label is not None:
        method, path = label.split(" ", 1)
        api = api_of_test(item)
        for op in api.spec.operations:
            if op.method.upper() == method.upper() and op.path == path:
                return api.label(op.operation_id)
    callspec = getattr(item, "callspec", None)
    param = callspec.params.get("operation_id") if callspec is not None else None
    return param if isinstance(param, str) else None


def _suite_and_operation(item: pytest.Item) -> tuple[str, str] | None:
    """Which suite an item belongs to and which operation it tests, if it tests one."""
    module = item.module.__name__ if isinstance(item, pytest.Function) else ""
    suite = module.rsplit(".test_", 1)[-1]
    operation = operation_of(item)
    return (suite, operation) if suite in SUITES and operation is not None else None


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """A test that failed without a failing example (an error in setup, a health check) still
    counts against its operation."""
    report = yield
    where = _suite_and_operation(item)
    if report.failed and where is not None and not TALLY.has_failures(*where):
        TALLY.fail(*where, f"{report.when} failed", report.longreprtext.strip()[-4000:])
    return report


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    """Remove what the run created on a real target (tagged writes; see ``cleanup``). A
    pytest-xdist worker then hands its counts to the controller, which reports for all."""
    CLEANUP.remove_all()
    worker_output = getattr(session.config, "workeroutput", None)
    if worker_output is not None and _ran:
        worker_output[WORKER_OUTPUT_KEY] = {
            "tally": TALLY.to_data(),
            "cleanup": CLEANUP.outcome(),
        }


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """On the pytest-xdist controller: add a finished worker's counts to the summary."""
    global _ran
    output = getattr(node, "workeroutput", {}).get(WORKER_OUTPUT_KEY)
    if output is not None:
        _ran = True
        TALLY.merge(output["tally"])
        CLEANUP.merge(output["cleanup"])


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    if not _ran or hasattr(config, "workeroutput"):  # a worker: the controller reports
        return
    report_option = config.getoption("--contract-report")
    run = contract_settings.current()
    profile = run.profile
    details = [
        f"profile: {profile.name} ({'derandomized' if profile.derandomize else 'random'}; "
        f"{profile.max_examples} fuzzing examples per operation, stateful "
        f"{profile.stateful_scenarios} x {profile.stateful_steps} steps, "
        f"{profile.consumer_examples} bodies per documented response)",
        f"target: Thinkific {run.target.describe()}; ThriveCart {run.thrivecart.describe()}",
        "examples: " + ", ".join(f"{suite} {TALLY.examples(suite)}" for suite in SUITES),
        f"distinct failures: {TALLY.failures()}",
    ]
    if run.target.is_mock:
        details.append(TALLY.generic_line())
    details += CLEANUP.lines()
    report = None if report_option == "-" else Path(report_option or DEFAULT_REPORT)
    if report is not None:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(TALLY.markdown("Contract test summary", details), encoding="utf-8")
    write = terminalreporter.write_line
    terminalreporter.section("contract summary")
    for line in details:
        write(line)
    for line in TALLY.text():
        write(line)
    for line in TALLY.failure_lines():
        write(line)
    if report is not None:
        write(f"written to {report}")
