"""Provider conformance: every operation of each API's spec (Thinkific's Admin and Webhooks APIs,
ThriveCart's) against its target, with every schemathesis check (examples, coverage and fuzzing
phases; positive and negative data) and the harness's own. After an operation's examples, it
fails if its schema-valid requests were all refused with 422 (:class:`PositiveOutcomes`)."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from typing import Any

import hypothesis
import pytest
import schemathesis

from aiothinkific.contract.apis import THRIVECART, WEBHOOKS, api_of
from aiothinkific.contract.checks import ADDITIONAL_CHECKS, PositiveOutcomes, excluded_checks
from aiothinkific.contract.cleanup import tag_writes
from aiothinkific.contract.schemas import load_schema, operation_id, target_of
from aiothinkific.contract.settings import current
from aiothinkific.contract.summary import Tally

schema = load_schema(current())
webhooks_schema = load_schema(current(), WEBHOOKS)
thrivecart_schema = load_schema(current(), THRIVECART)


@pytest.fixture
def outcomes(request: pytest.FixtureRequest) -> Iterator[PositiveOutcomes]:
    """The statuses of one operation's schema-valid requests; checked after all its examples."""
    seen = PositiveOutcomes()
    yield seen
    label = getattr(request.node, "operation_label", "")
    problem = seen.problem(label)
    if problem is not None:
        pytest.fail(f"Valid data refused: {problem}", pytrace=False)


#: A number per example, unique in the run (and, by the clock, across runs): the tag of its
#: writes on a real target.
EXAMPLES = itertools.count(int(time.time() * 1000) % 10**9)


def check(case: schemathesis.Case[Any], tally: Tally, outcomes: PositiveOutcomes) -> None:
    operation = operation_id(case.operation)
    if not target_of(current(), api_of(case.operation.schema.raw_schema)).is_mock:
        tag_writes(case, next(EXAMPLES))
    with tally.example("provider", operation):
        response = case.call_and_validate(
            additional_checks=ADDITIONAL_CHECKS, excluded_checks=excluded_checks(operation, case)
        )
        outcomes.record(case, response)


#: ``outcomes`` is meant to be per test (one operation, all its examples), not per example.
ONE_FIXTURE_PER_OPERATION = hypothesis.settings(
    suppress_health_check=[hypothesis.HealthCheck.function_scoped_fixture]
)


@schema.parametrize()
@ONE_FIXTURE_PER_OPERATION
def test_provider(case: schemathesis.Case[Any], tally: Tally, outcomes: PositiveOutcomes) -> None:
    check(case, tally, outcomes)


@webhooks_schema.parametrize()
@ONE_FIXTURE_PER_OPERATION
def test_provider_webhooks(
    case: schemathesis.Case[Any], tally: Tally, outcomes: PositiveOutcomes
) -> None:
    check(case, tally, outcomes)


@thrivecart_schema.parametrize()
@ONE_FIXTURE_PER_OPERATION
def test_provider_thrivecart(
    case: schemathesis.Case[Any], tally: Tally, outcomes: PositiveOutcomes
) -> None:
    check(case, tally, outcomes)
