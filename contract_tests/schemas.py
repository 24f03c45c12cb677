"""The schemathesis view of the target: the patched spec, its config, the operations that run."""

from __future__ import annotations

import copy
from typing import Any

import schemathesis
from aiothinkific.examples_transport import patched_spec
from aiothinkific.mock import MockSettings, create_app
from starlette.applications import Starlette

from contract_tests.checks import POSITIVE_STATUSES
from contract_tests.settings import ContractSettings, Target

#: On the mock, references to records (a user, course or product id in a body or query) are one
#: of the seeded records half of the time, so creates that need them (an enrollment, a review, an
#: external order) succeed often enough to start chains; the other half stays random.
SEEDED_IDS: dict[str, Any] = {
    "dictionaries": {"seeded_ids": {"values": [1, 2, 3]}},
    "parameters": {
        key: {"dictionary": "seeded_ids", "probability": 0.5}
        for key in (
            "body.user_id",
            "body.course_id",
            "body.product_id",
            "query.course_id",
            "query.product_id",
            "body.product_ids[*]",
        )
    },
}


def auth_config(target: Target) -> dict[str, Any]:
    """Credentials as the spec's security schemes, so every call carries them and schemathesis
    knows them for what they are (``ignored_auth`` drops them and expects a 401)."""
    credentials = target.credentials
    if credentials.access_token:
        return {"OAuthAccessToken": {"bearer": credentials.access_token}}
    return {
        "ApiKey": {"api_key": credentials.api_key},
        "ApiKeySubdomain": {"api_key": credentials.subdomain},
    }


def contract_config(settings: ContractSettings) -> schemathesis.Config:
    """Every check enabled; budgets from the profile; credentials and limits from the target."""
    profile, target = settings.profile, settings.target
    data: dict[str, Any] = {
        "generation": {
            "max-examples": profile.max_examples,
            "deterministic": profile.derandomize,
            "database": "none",
        },
        "phases": {
            "coverage": {"enabled": profile.coverage},
            # Chains follow the spec's links only (they are what the contract promises), with
            # valid requests: refusing invalid ones is the provider suite's job.
            "stateful": {
                "max-steps": profile.stateful_steps,
                "inference": {"algorithms": []},
                "generation": {"mode": "positive"},
            },
        },
        "checks": {"positive_data_acceptance": {"expected-statuses": POSITIVE_STATUSES}},
        "auth": {"openapi": auth_config(target)},
    }
    if target.is_mock:
        data.update(SEEDED_IDS)
    if profile.seed is not None:
        data["seed"] = profile.seed
    if target.base_url is not None:
        data.update({"base-url": target.base_url, "request-timeout": 30})
    if target.rate_limit is not None:
        data["rate-limit"] = target.rate_limit
    return schemathesis.Config.from_dict(data)


#: The mock's clock in the contract suites: a fixed instant, so a replayed example sees the same
#: answers (timestamps decide "expired" flags and date filters).
MOCK_EPOCH = 1_700_000_000.0


def mock_app() -> Starlette:
    """A fresh mock site: the default seed and credentials, a fixed clock."""
    return create_app(MockSettings(clock=lambda: MOCK_EPOCH))


def load_schema(settings: ContractSettings) -> schemathesis.BaseSchema:
    """The patched spec against the target: a fresh mock app each call (each suite its own
    state), or the real base URL, read-only there unless writes are allowed."""
    config = contract_config(settings)
    target = settings.target
    if target.is_mock:
        return schemathesis.openapi.from_asgi("/openapi.json", mock_app(), config=config)
    schema = schemathesis.openapi.from_dict(copy.deepcopy(patched_spec()), config=config)
    return schema.include(method="GET") if target.read_only else schema


def operation_id(operation: schemathesis.APIOperation[Any, Any, Any, Any]) -> str:
    """The operation's operationId (the harness's name for it)."""
    return str(operation.definition.raw["operationId"])
