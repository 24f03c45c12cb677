"""The schemathesis view of the target: each API's spec, its config, the operations that run."""

from __future__ import annotations

import copy
from typing import Any

import schemathesis
from starlette.applications import Starlette

from aiothinkific.contract.apis import ADMIN, THRIVECART, WEBHOOKS, Api, api_of
from aiothinkific.contract.checks import positive_statuses
from aiothinkific.contract.settings import ContractSettings, Target
from aiothinkific.mock import MockSettings, create_app
from aiothinkific.mock.thrivecart import ThriveCartSettings, create_thrivecart_app

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


#: The rate limiter of each request rate, shared by every schema of the run.
_LIMITERS: dict[str, Any] = {}


def auth_config(target: Target, api: Api = ADMIN) -> dict[str, Any]:
    """Credentials as the spec's security schemes, so every call carries them and schemathesis
    knows them for what they are (``ignored_auth`` drops them and expects a 401)."""
    if api == THRIVECART:
        return {"bearerAuth": {"bearer": target.credentials.bearer}}
    credentials = target.thinkific_credentials
    if api == WEBHOOKS:
        return {"bearer": {"bearer": credentials.bearer}}
    if credentials.access_token:
        return {"OAuthAccessToken": {"bearer": credentials.access_token}}
    return {
        "ApiKey": {"api_key": credentials.api_key},
        "ApiKeySubdomain": {"api_key": credentials.subdomain},
    }


def target_of(settings: ContractSettings, api: Api) -> Target:
    """Where ``api`` is tested: ThriveCart's target, or Thinkific's for both its APIs."""
    return settings.thrivecart if api.vendor == "thrivecart" else settings.target


def contract_config(settings: ContractSettings, api: Api = ADMIN) -> schemathesis.Config:
    """Every check enabled; budgets from the profile; credentials and limits from the target."""
    profile, target = settings.profile, target_of(settings, api)
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
        "checks": {"positive_data_acceptance": {"expected-statuses": positive_statuses(api)}},
        "auth": {"openapi": auth_config(target, api)},
    }
    if target.is_mock and api == ADMIN:
        data.update(SEEDED_IDS)
    if api == THRIVECART and not target.is_mock:
        # On a real account, orders, refunds and cancellations stay in test mode.
        data["parameters"] = {"header.X-TC-Mode": "test"}
    if profile.seed is not None:
        data["seed"] = profile.seed
    base_url = target.webhooks_base_url if api == WEBHOOKS else target.base_url
    if base_url is not None:
        data.update({"base-url": base_url, "request-timeout": 30})
    if target.rate_limit is not None:
        data["rate-limit"] = target.rate_limit
    config = schemathesis.Config.from_dict(data)
    if target.rate_limit is not None:
        # One budget per vendor for the whole run, as the client's one limiter serves both of
        # Thinkific's APIs: every schema (each API's, each suite's) draws on the same limiter.
        project = config.projects.default
        key = f"{api.vendor}:{target.rate_limit}"
        project.rate_limit = _LIMITERS.setdefault(key, project.rate_limit)
    return config


#: The mock's clock in the contract suites: a fixed instant, so a replayed example sees the same
#: answers (timestamps decide "expired" flags and date filters).
MOCK_EPOCH = 1_700_000_000.0


def mock_app() -> Starlette:
    """A fresh Thinkific mock site: the default seed and credentials, a fixed clock."""
    return create_app(MockSettings(clock=lambda: MOCK_EPOCH))


def thrivecart_mock_app() -> Starlette:
    """A fresh ThriveCart mock account: the default seed, a fixed clock."""
    return create_thrivecart_app(ThriveCartSettings(clock=lambda: MOCK_EPOCH))


def mock_app_for(api: Api) -> Starlette:
    return thrivecart_mock_app() if api.vendor == "thrivecart" else mock_app()


def load_schema(settings: ContractSettings, api: Api = ADMIN) -> schemathesis.BaseSchema:
    """An API's spec against its target: a fresh mock app each call (each suite its own
    state), or the real base URL, read-only there unless writes are allowed. A mock serves its
    spec itself; the Webhooks API's is pointed at the Thinkific mock's ``/api/v2``."""
    config = contract_config(settings, api)
    target = target_of(settings, api)
    if target.is_mock and api != WEBHOOKS:
        return schemathesis.openapi.from_asgi("/openapi.json", mock_app_for(api), config=config)
    spec = copy.deepcopy(api.spec.document)
    if target.is_mock:
        spec["servers"] = [{"url": MockSettings().webhooks_base_path}]
    schema = schemathesis.openapi.from_dict(spec, config=config)
    if target.is_mock:
        schema.app = mock_app()
    return schema.include(method="GET") if target.read_only else schema


def operation_id(operation: schemathesis.APIOperation[Any, Any, Any, Any]) -> str:
    """The harness's name for the operation: its operationId, qualified by its API where ids
    are shared across vendors (``thrivecart.getProducts``)."""
    api = api_of(operation.schema.raw_schema)
    return api.label(str(operation.definition.raw["operationId"]))
