"""The harness itself: its checks fail on what they are meant to catch, its options select the
target, and its summary counts. (A contract check that cannot fail checks nothing.)"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import requests
import schemathesis
from aiothinkific.contract.apis import WEBHOOKS
from aiothinkific.contract.calls import operations
from aiothinkific.contract.checks import (
    shadowed_operations,
    valid_input_refused_for_schema_reasons,
)
from aiothinkific.contract.profiles import PROFILES
from aiothinkific.contract.schemas import contract_config, load_schema, mock_app
from aiothinkific.contract.settings import MOCK_CREDENTIALS, SettingsError, resolve
from aiothinkific.contract.suites.test_consumer import exercise
from aiothinkific.contract.suites.test_stateful import FAMILIES
from aiothinkific.contract.summary import Tally, spec_operations
from aiothinkific.specs import admin_spec
from schemathesis import GenerationMode, Response
from schemathesis.core.failures import FailureGroup
from schemathesis.core.result import Ok
from starlette.types import Message, Receive, Scope, Send

AUTH = MOCK_CREDENTIALS.headers()
WEBHOOKS_AUTH = {"Authorization": f"Bearer {MOCK_CREDENTIALS.api_key}"}
WEBHOOK = {"topic": "enrollment.created", "target_url": "https://example.com/thinkific"}
REAL = {"THINKIFIC_API_KEY": "key", "THINKIFIC_SUBDOMAIN": "school"}


def mock_schema() -> schemathesis.BaseSchema:
    return load_schema(resolve(environ={}))


class CorruptUsers:
    """ASGI middleware over the mock: GET /users/{id} answers an email that is a number."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        target = scope["type"] == "http" and scope["method"] == "GET" and "/users/" in scope["path"]
        if not target:
            await self.app(scope, receive, send)
            return

        async def corrupt(message: Message) -> None:
            if message["type"] == "http.response.body" and message.get("body"):
                body = json.loads(message["body"])
                body["email"] = 5
                message = {**message, "body": json.dumps(body).encode()}
            elif message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message["headers"] if k != b"content-length"]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, corrupt)


def test_provider_checks_catch_a_response_the_spec_does_not_allow() -> None:
    operation = mock_schema()["/users/{id}"]["GET"]
    case = operation.Case(path_parameters={"id": "1"}, headers=AUTH)
    case.call_and_validate()  # the mock answers as the spec says
    with pytest.raises(FailureGroup, match="Response violates schema"):
        case.call_and_validate(app=CorruptUsers(mock_app()))


def test_webhooks_provider_runs_on_the_mock_and_catches_a_bad_response() -> None:
    schema = load_schema(resolve(environ={}), WEBHOOKS)
    create = schema["/webhooks"]["POST"].Case(body=WEBHOOK, headers=WEBHOOKS_AUTH)
    created = create.call_and_validate()  # the mock's /api/v2 answers as the spec says
    assert created.status_code == 201
    webhook = created.json()
    get = schema["/webhooks/{id}"]["GET"].Case(
        path_parameters={"id": webhook["id"]}, headers=WEBHOOKS_AUTH
    )
    assert get.call_and_validate().json() == webhook
    with pytest.raises(FailureGroup, match="Response violates schema"):
        get.validate_response(answer(200, {**webhook, "topic": "webhook.unknown"}))


def test_provider_checks_catch_an_undocumented_status() -> None:
    operation = mock_schema()["/users/{id}"]["GET"]
    case = operation.Case(path_parameters={"id": "1"}, headers=AUTH)
    with pytest.raises(FailureGroup, match="Undocumented status code"):
        case.validate_response(answer(418, {"error": "teapot"}))


def answer(status: int, body: Any) -> Response:
    """A JSON response as schemathesis sees it."""
    request = requests.Request("GET", "http://testserver/api/public/v1/users/1").prepare()
    return Response(
        status_code=status,
        headers={"content-type": ["application/json"]},
        content=json.dumps(body).encode(),
        request=request,
        elapsed=0.0,
        verify=True,
    )


def test_schema_valid_input_refused_for_a_schema_reason_fails() -> None:
    operation = mock_schema()["/enrollments"]["POST"]
    case = hypothesis.find(
        operation.as_strategy(generation_mode=GenerationMode.POSITIVE), lambda _: True
    )
    business = answer(422, {"errors": {"user_id": ["must exist"]}})
    schema_reason = answer(422, {"errors": {"user_id": ["must be an integer"]}})
    assert valid_input_refused_for_schema_reasons(None, business, case) is None  # type: ignore[arg-type]
    with pytest.raises(AssertionError, match="user_id: must be an integer"):
        valid_input_refused_for_schema_reasons(None, schema_reason, case)  # type: ignore[arg-type]


def test_a_webhook_topic_refused_as_invalid_format_is_a_schema_reason() -> None:
    operation = load_schema(resolve(environ={}), WEBHOOKS)["/webhooks"]["POST"]
    case = hypothesis.find(
        operation.as_strategy(generation_mode=GenerationMode.POSITIVE), lambda _: True
    )
    business = answer(422, {"errors": {"url": "is not valid"}})  # https and a real host
    schema_reason = answer(422, {"errors": {"topic": "invalid format"}})
    assert valid_input_refused_for_schema_reasons(None, business, case) is None  # type: ignore[arg-type]
    with pytest.raises(AssertionError, match="topic: invalid format"):
        valid_input_refused_for_schema_reasons(None, schema_reason, case)  # type: ignore[arg-type]


def test_consumer_fails_on_a_body_the_client_cannot_parse() -> None:
    op = operations()["getGroup"]
    with pytest.raises(KeyError):  # GroupResponse without its required id
        asyncio.run(
            exercise(op, 200, {"name": "G", "token": "t", "created_at": "2024-01-01"}, True)
        )


def test_webhooks_consumer_reads_a_cursor_page_and_fails_on_a_webhook_without_topic() -> None:
    webhook = {"id": "7", "status": "active", **WEBHOOK}
    page = {"items": [webhook], "meta": {"next": "7"}}
    asyncio.run(exercise(operations()["listWebhooks"], 200, page, True))
    with pytest.raises(KeyError):
        asyncio.run(exercise(operations()["getWebhook"], 200, {"id": "7", "status": "x"}, True))


def test_consumer_fails_when_the_overlay_raises_the_wrong_error() -> None:
    op = operations()["getSiteScripts"]  # documents the insufficient-scope 403
    asyncio.run(exercise(op, 403, {"error": "Access token has insufficient scope."}, True))
    with pytest.raises(AssertionError, match="AppsNotAvailableError"):
        asyncio.run(exercise(op, 403, {"error": "Access to Apps is not available"}, True))


def test_the_default_target_is_the_mock_and_a_real_one_needs_credentials() -> None:
    default = resolve(environ={})
    assert default.target.is_mock and default.profile.name == "fast"
    assert not default.target.read_only
    with pytest.raises(SettingsError, match="credentials"):
        resolve(base_url="https://school.example.com/api/public/v1", environ={})
    with pytest.raises(SettingsError, match="unknown contract profile"):
        resolve(profile="slow", environ={})
    env = {**REAL, "THINKIFIC_CONTRACT_BASE_URL": "https://x.example/api/public/v1/"}
    real = resolve(environ={**env, "THINKIFIC_CONTRACT_PROFILE": "deep"})
    assert real.target.base_url == "https://x.example/api/public/v1"
    assert real.target.read_only and real.profile is PROFILES["deep"]
    assert not resolve(allow_writes=True, environ=env).target.read_only


def test_a_real_target_runs_only_safe_operations_unless_writes_are_allowed() -> None:
    env = {**REAL, "THINKIFIC_CONTRACT_BASE_URL": "https://x.example/api/public/v1"}
    read_only = load_schema(resolve(environ=env))
    assert methods(read_only) == {"get"}
    writes = load_schema(resolve(allow_writes=True, environ=env))
    assert methods(writes) == {"get", "post", "put", "delete"}
    config = contract_config(resolve(environ=env)).projects.get_default()
    assert config.base_url == "https://x.example/api/public/v1"
    assert methods(load_schema(resolve(environ=env), WEBHOOKS)) == {"get"}
    webhooks = load_schema(resolve(allow_writes=True, environ=env), WEBHOOKS)
    assert methods(webhooks) == {"get", "post", "put", "delete"}


def test_a_real_targets_webhooks_api_is_beside_its_base_url_unless_given() -> None:
    env = {**REAL, "THINKIFIC_CONTRACT_BASE_URL": "https://x.example/api/public/v1"}
    config = contract_config(resolve(environ=env), WEBHOOKS).projects.get_default()
    assert config.base_url == "https://x.example/api/v2"  # where the client looks for it
    assert config.auth.openapi.schemes["bearer"].bearer == "key"  # a private app's API key
    admin = contract_config(resolve(environ=env)).projects.get_default()
    assert config.rate_limit is admin.rate_limit is not None  # one budget for both APIs
    token = {"THINKIFIC_ACCESS_TOKEN": "token", "THINKIFIC_CONTRACT_BASE_URL": "https://x.example/"}
    given = resolve(webhooks_base_url="https://hooks.example/v2/", environ=token).target
    assert given.webhooks_base_url == "https://hooks.example/v2"
    assert given.credentials.bearer == "token"
    from_env = {**token, "THINKIFIC_CONTRACT_WEBHOOKS_BASE_URL": "https://hooks.example/v2"}
    assert resolve(environ=from_env).target.webhooks_base_url == "https://hooks.example/v2"
    # Beside a base URL not laid out as Thinkific's, the client would use Thinkific's own root.
    with pytest.raises(SettingsError, match="pass --webhooks-base-url"):
        resolve(environ=token)
    with pytest.raises(SettingsError, match="needs --base-url"):
        resolve(webhooks_base_url="https://hooks.example/v2", environ={})


def methods(schema: schemathesis.BaseSchema) -> set[str]:
    """The HTTP methods of the operations a schema runs."""
    return {result.ok().method for result in schema.get_all_operations() if isinstance(result, Ok)}


def test_shadowed_paths_and_link_families_come_from_the_spec() -> None:
    assert shadowed_operations() == {"bulkCreateCoupons", "getPromotionByCoupon"}
    assert set(FAMILIES) == {
        "createUser",
        "createInstructor",
        "createCollection",
        "createPromotion",
        "createGroup",
        "createSiteScript",
        "createCourseReview",
        "createExternalOrder",
        # ThriveCart's: catalogue reads, the transaction log (-> customer -> subscription
        # changes, refunds), affiliates, event subscriptions.
        "thrivecart.getProducts",
        "thrivecart.getBumps",
        "thrivecart.getUpsells",
        "thrivecart.getDownsells",
        "thrivecart.searchTransactions",
        "thrivecart.createAffiliate",
        "thrivecart.createEventSubscription",
    }
    assert {"getCustomer", "cancelSubscription"} <= set(FAMILIES["thrivecart.searchTransactions"])
    assert {"createEnrollment", "getEnrollmentsByID"} <= set(FAMILIES["createUser"])
    assert {"createCoupon", "deleteCouponByID"} <= set(FAMILIES["createPromotion"])
    linked = [
        response["links"]
        for op in admin_spec().operations
        for response in op.definition["responses"].values()
        if "links" in response
    ]
    assert len(linked) == 10


def test_the_summary_counts_examples_and_distinct_failures() -> None:
    tally = Tally()
    tally.record("provider", "getUsers")
    for _ in range(3):  # a failing example replayed while Hypothesis shrinks it counts once
        with pytest.raises(ValueError), tally.example("consumer", "getUsers"):
            raise ValueError("bad body")
    rows = {op: (examples, failures) for op, _, examples, failures in tally.rows()}
    assert rows["getUsers"] == ([1, 0, 3], 1)
    assert rows["createUser"] == ([0, 0, 0], 0)
    table = tally.markdown("Contract test summary", ["profile: fast"])
    assert "| getUsers | `GET /users` | 1 | 0 | 3 | **1** |" in table
    assert "| **total** | | 1 | 0 | 3 | 1 |" in table


def test_counts_from_several_processes_add_up_to_one_processs() -> None:
    """pytest-xdist workers each count their share; the controller's sum is the whole run's."""
    alone, first, second = Tally(), Tally(), Tally()
    for tally, suite in ((first, "provider"), (second, "provider"), (second, "consumer")):
        for counted in (alone, tally):
            counted.record(suite, "getUsers")
            counted.record(suite, "getUsers", "ValueError: bad body", "the whole report")
    merged = Tally()
    merged.merge(first.to_data())
    merged.merge(second.to_data())
    assert merged.rows() == alone.rows()
    assert merged.failing()[0][1].first_report == "the whole report"
    assert merged.markdown("t", []) == alone.markdown("t", [])


def test_a_multi_process_run_reports_every_workers_examples(tmp_path: Path) -> None:
    report = tmp_path / "summary.md"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", str(Path(__file__).parent), "-n", "2", "-q",
         "-p", "no:cacheprovider", "--contract-operations", "getUsers,getCourses",
         "--contract-report", str(report)],
        capture_output=True, text=True, timeout=600, cwd=Path(__file__).parents[1],
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    rows = {line.split(" | ")[0]: line for line in report.read_text().splitlines()}
    for operation in ("| getUsers", "| getCourses"):
        provider, _, consumer = (int(n) for n in rows[operation].split(" | ")[2:5])
        assert provider > 0 and consumer > 0, rows[operation]
    assert "contract summary" in done.stdout
    assert done.stdout.count("written to") == 1  # by the controller alone


def test_the_summary_marks_the_operations_on_generic_behaviour() -> None:
    assert Tally().generic_line().endswith(": none")
    tally = Tally(generic=frozenset({"getCourses", "listWebhooks"}))
    table = tally.markdown("Contract test summary", [tally.generic_line()])
    assert "- generic behaviour (no mock handler): getCourses, listWebhooks" in table
    assert "| getCourses (generic) | `GET /courses` |" in table
    assert "| getUsers | `GET /users` |" in table
    assert any(line.startswith("listWebhooks (generic) ") for line in tally.text())


def test_the_summary_lists_the_apis_one_after_the_other() -> None:
    """Admin API, then Webhooks API, then ThriveCart's (whose names are qualified: both vendors
    have a getProducts, on GET /products)."""
    requests = spec_operations()
    assert requests["getUsers"] == "GET /users"
    assert requests["getProducts"] == requests["thrivecart.getProducts"] == "GET /products"
    names = list(requests)
    first_thrivecart = names.index("thrivecart.ping")
    assert all(name.startswith("thrivecart.") for name in names[first_thrivecart:])
    assert names[first_thrivecart - 6 : first_thrivecart] == [
        "listWebhooks",
        "createWebhook",
        "getWebhook",
        "updateWebhook",
        "deleteWebhook",
        "getEvent",
    ]
    assert requests["getEvent"] == "GET /events/{id}"
