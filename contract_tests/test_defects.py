"""The four defects the harness used to miss, each injected by the defect proxy
(``contract_tests.defects``) in front of the mock: the check that now catches it fails with the
defect and passes without. ``scripts/defect_sweep.py`` runs the whole harness against every
seeded defect."""

from __future__ import annotations

import dataclasses
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import hypothesis
import pytest
import schemathesis
import uvicorn
from _pytest.outcomes import Failed
from aiothinkific.contract.checks import (
    PositiveOutcomes,
    created_resource_exists,
    pagination_metadata_consistent,
)
from aiothinkific.contract.cleanup import tag_writes
from aiothinkific.contract.schemas import contract_config, load_schema, mock_app
from aiothinkific.contract.settings import MOCK_CREDENTIALS, ContractSettings, resolve
from aiothinkific.contract.suites import test_stateful
from aiothinkific.contract.suites.test_pagination import walk_problems
from aiothinkific.contract.summary import Tally
from hypothesis.errors import FlakyStrategyDefinition
from schemathesis import GenerationMode
from schemathesis.core.failures import FailureGroup

from contract_tests.defects import DEFECTS, DefectProxy

AUTH = MOCK_CREDENTIALS.headers()
USER = {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com"}
LIVE_ENV = {"THINKIFIC_API_KEY": "mock-key", "THINKIFIC_SUBDOMAIN": "mock"}


def proxied(defect: str | None) -> DefectProxy:
    return DefectProxy(mock_app(), DEFECTS[defect] if defect else None)


def in_process(defect: str | None) -> schemathesis.BaseSchema:
    """The Admin API's schema against the mock behind the proxy, in process."""
    config = contract_config(resolve(environ={}))
    return schemathesis.openapi.from_asgi("/openapi.json", proxied(defect), config=config)


@pytest.fixture
def live() -> Iterator[Any]:
    """Serve the mock behind a proxy on a real local port: ``live(defect)`` -> the settings of a
    ``--base-url --allow-writes`` run against it."""
    servers: list[uvicorn.Server] = []
    threads: list[threading.Thread] = []

    def serve(defect: str | None) -> ContractSettings:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        config = uvicorn.Config(proxied(defect), host="127.0.0.1", port=port, log_level="error")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        servers.append(server)
        threads.append(thread)
        base_url = f"http://127.0.0.1:{port}/api/public/v1"
        return resolve(base_url=base_url, allow_writes=True, environ=LIVE_ENV)

    yield serve
    for server in servers:
        server.should_exit = True
    for thread in threads:
        thread.join(10)


# 1. Pagination metadata that lies.


@pytest.mark.parametrize("defect", ["total-items-plus-one", "next-page-null"])
def test_pagination_metadata_that_lies_fails_the_walk(defect: str, live: Any) -> None:
    clean, lying = live(None), live(defect)
    assert walk_problems(load_schema(clean).find_operation_by_id("getUsers"), clean) == []
    problems = walk_problems(load_schema(lying).find_operation_by_id("getUsers"), lying)
    assert problems, f"{defect} passed the pagination walk"


def test_a_page_whose_metadata_lies_fails_the_page_check() -> None:
    for defect, expected in [
        (None, None),
        ("total-items-plus-one", "total_items 31, but the last page"),
        ("next-page-null", "next_page None on page 1 of 2"),
    ]:
        case = in_process(defect)["/users"]["GET"].Case(
            query={"page": 1 if defect != "total-items-plus-one" else 2, "limit": 25}, headers=AUTH
        )
        if expected is None:
            case.call_and_validate(additional_checks=[pagination_metadata_consistent])
            continue
        with pytest.raises(FailureGroup, match=expected):
            case.call_and_validate(additional_checks=[pagination_metadata_consistent])


# 2. A create that answers an id which does not exist.


def test_a_created_id_that_does_not_exist_fails_against_a_base_url(live: Any) -> None:
    clean, phantom = load_schema(live(None)), load_schema(live("phantom-create-id"))
    create = clean["/users"]["POST"].Case(body=USER, headers=AUTH)
    assert create.call_and_validate(additional_checks=[created_resource_exists]).status_code == 201
    create = phantom["/users"]["POST"].Case(body=USER, headers=AUTH)
    with pytest.raises(FailureGroup, match="Created resource not found"):
        create.call_and_validate(additional_checks=[created_resource_exists])


# 3. Valid creates refused with a JSON 422 (worded as a business rule).


def test_valid_creates_refused_with_a_422_fail_the_operation() -> None:
    outcomes = {name: PositiveOutcomes() for name in ("clean", "refused")}
    for name, defect in [("clean", None), ("refused", "valid-create-422")]:
        operation = in_process(defect)["/users"]["POST"]
        for n in range(3):
            case = hypothesis.find(
                operation.as_strategy(generation_mode=GenerationMode.POSITIVE), lambda _: True
            )
            case.body = {**USER, "email": f"ada{n}@example.com"}
            outcomes[name].record(case, case.call_and_validate())
    assert outcomes["clean"].problem("createUser") is None
    problem = outcomes["refused"].problem("createUser")
    assert problem is not None and "base: could not be saved" in problem


def test_valid_creates_refused_with_a_422_start_no_chain() -> None:
    run = resolve(environ={})
    small = dataclasses.replace(run.profile, stateful_scenarios=6, stateful_steps=6)
    run = dataclasses.replace(run, profile=small)
    family = test_stateful.SCHEMA.include(operation_id=test_stateful.FAMILIES["createSiteScript"])
    for defect in (None, "valid-create-422"):
        machine: Any = type("Chains", (test_stateful.ContractSteps, family.as_state_machine()), {})
        machine.tally, machine.links, machine.fresh_mock = Tally(), Counter(), True
        machine.app_factory = staticmethod(lambda defect=defect: proxied(defect))
        test_stateful.run_machine("createSiteScript", machine, run)
        if defect is None:
            test_stateful.check_chains("createSiteScript", machine.links, run)
        else:
            with pytest.raises(AssertionError, match="links never followed"):
                test_stateful.check_chains("createSiteScript", machine.links, run)


# 4. Stateful chains cut short against a live server.


def test_chains_cut_short_on_a_live_server_fail(live: Any) -> None:
    class CutShort:
        @classmethod
        def run(cls, settings: Any) -> None:
            raise FlakyStrategyDefinition("Inconsistent data generation!")

    with pytest.raises(Failed, match="stateful chains cut short"):
        test_stateful.run_machine("createUser", CutShort, live(None))  # type: ignore[arg-type]


def test_scenarios_on_a_live_server_take_unique_values() -> None:
    operation = load_schema(resolve(environ={}))["/users"]["POST"]
    first, again = (operation.Case(body=dict(USER), headers=AUTH) for _ in range(2))
    tag_writes(first, 1)
    tag_writes(again, 2)
    assert first.body["email"] == "ada+aiothinkific-contract-1@example.com"
    assert again.body["email"] == "ada+aiothinkific-contract-2@example.com"
    group = load_schema(resolve(environ={}))["/groups"]["POST"].Case(body={"name": "G"})
    tag_writes(group, 3)
    assert group.body == {"name": "G-aiothinkific-contract-3"}
