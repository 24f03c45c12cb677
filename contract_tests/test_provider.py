"""Provider conformance: every operation of the patched spec and of the Webhooks API's spec
against the target, with every schemathesis check (examples, coverage and fuzzing phases;
positive and negative data)."""

from __future__ import annotations

from typing import Any

import schemathesis

from contract_tests.apis import WEBHOOKS
from contract_tests.checks import ADDITIONAL_CHECKS, excluded_checks
from contract_tests.schemas import load_schema, operation_id
from contract_tests.settings import current
from contract_tests.summary import Tally

schema = load_schema(current())
webhooks_schema = load_schema(current(), WEBHOOKS)


def check(case: schemathesis.Case[Any], tally: Tally) -> None:
    operation = operation_id(case.operation)
    with tally.example("provider", operation):
        case.call_and_validate(
            additional_checks=ADDITIONAL_CHECKS, excluded_checks=excluded_checks(operation)
        )


@schema.parametrize()
def test_provider(case: schemathesis.Case[Any], tally: Tally) -> None:
    check(case, tally)


@webhooks_schema.parametrize()
def test_provider_webhooks(case: schemathesis.Case[Any], tally: Tally) -> None:
    check(case, tally)
