"""Seeded defects: what the contract harness must catch, one at a time.

Three layers, each defect named:

- **server** defects live in :class:`DefectProxy`, a reverse proxy (ASGI, forwarding with httpx
  to a URL or to an ASGI app in process) between the harness and the mock that changes requests
  or responses, the way a faulty server would answer;
- **spec** defects change the patched spec the harness reads (not the one the mock serves);
- **client** defects change how the generated client parses bodies.

Spec and client defects apply in the harness's process, as a pytest plugin:
``pytest -p contract_tests.defects`` with ``THINKIFIC_CONTRACT_DEFECT=<name>``.
``python -m contract_tests.defects proxy --upstream URL --defect NAME --port N`` serves the proxy;
``scripts/defect_sweep.py`` runs the harness against each defect and writes the catch table.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: Where a server defect may change an exchange: (method, path, query, status, body) -> a new
#: (status, body, content type); None leaves the answer as it is.
Answer = tuple[int, Any, str]
ResponseChange = Callable[[str, str, dict[str, str], int, Any], Answer | None]
RequestChange = Callable[[str, str, dict[str, str], dict[str, str]], "Forward | Answer"]

ADMIN_ROOT = "/api/public/v1"
JSON = "application/json"


@dataclass(frozen=True)
class Forward:
    """A request to forward (possibly changed)."""

    query: dict[str, str]
    headers: dict[str, str]
    method: str | None = None


#: Where a user is read: the provider's GETs (on a real target, with random ids: mostly 404s)
#: and the createUser chain, which reads the user it created.
USER_READS = (
    "(test_provider and GET and users and not authentications) or (test_stateful and createUser)"
)


@dataclass(frozen=True)
class Defect:
    """One seeded defect: its layer, what it does, and the test scope that should catch it
    (a ``pytest -k`` expression over the suites' node ids)."""

    name: str
    layer: str
    description: str
    scope: str
    response: ResponseChange | None = None
    request: RequestChange | None = None
    apply: Callable[[], None] | None = None


def _admin(path: str) -> str | None:
    """The path under the Admin API root, or None for another path."""
    return path[len(ADMIN_ROOT) :] if path.startswith(ADMIN_ROOT) else None


def _is_page(body: Any) -> bool:
    return isinstance(body, dict) and isinstance(body.get("meta", {}).get("pagination"), dict)


def _paginate(change: Callable[[dict[str, Any]], None]) -> ResponseChange:
    def answer(method: str, path: str, query: dict[str, str], status: int, body: Any) -> Any:
        if status != 200 or not _is_page(body):
            return None
        change(body["meta"]["pagination"])
        return status, body, JSON

    return answer


def _total_items_plus_one(pagination: dict[str, Any]) -> None:
    pagination["total_items"] += 1


def _next_page_null(pagination: dict[str, Any]) -> None:
    pagination["next_page"] = None


def _total_pages_plus_one(pagination: dict[str, Any]) -> None:
    pagination["total_pages"] += 1


def _prev_page_wrong(pagination: dict[str, Any]) -> None:
    pagination["prev_page"] = pagination["current_page"]


def _creates(method: str, path: str) -> bool:
    """A create of the Admin API: POST to a collection (``/users``, ``/site_scripts``...)."""
    sub = _admin(path)
    return method == "POST" and sub is not None and sub.count("/") == 1


def phantom_id(method: str, path: str, query: dict[str, str], status: int, body: Any) -> Any:
    if not (_creates(method, path) and 200 <= status < 300 and isinstance(body, dict)):
        return None
    identifier = body.get("id")
    if isinstance(identifier, int):
        body["id"] = identifier + 1_000_000
    elif isinstance(identifier, str):  # site scripts' ids are strings
        body["id"] = f"phantom-{identifier}"
    return status, body, JSON


def refuse_valid_creates(
    method: str, path: str, query: dict[str, str], status: int, body: Any
) -> Any:
    if not (_creates(method, path) and 200 <= status < 300):
        return None
    return 422, {"errors": {"base": ["could not be saved"]}}, JSON


def _by_id(method: str, path: str, resource: str) -> bool:
    sub = _admin(path)
    return method == "GET" and sub is not None and sub.startswith(f"/{resource}/")


def _record(resource: str, change: Callable[[dict[str, Any]], None]) -> ResponseChange:
    """Change the body of a successful GET /<resource>/{id}."""

    def answer(method: str, path: str, query: dict[str, str], status: int, body: Any) -> Any:
        if status != 200 or not _by_id(method, path, resource) or not isinstance(body, dict):
            return None
        change(body)
        return status, body, JSON

    return answer


def _items(resource: str, change: Callable[[dict[str, Any]], None]) -> ResponseChange:
    """Change every item of a page of GET /<resource>."""

    def answer(method: str, path: str, query: dict[str, str], status: int, body: Any) -> Any:
        if method != "GET" or _admin(path) != f"/{resource}" or not _is_page(body):
            return None
        for item in body["items"]:
            change(item)
        return status, body, JSON

    return answer


def _set(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        doc[key] = value

    return change


def _drop(key: str) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        doc.pop(key, None)

    return change


def _id_as_string(doc: dict[str, Any]) -> None:
    doc["id"] = str(doc.get("id"))


def page_two_fails(method: str, path: str, query: dict[str, str], status: int, body: Any) -> Any:
    if method == "GET" and query.get("page") == "2" and _is_page(body):
        return 500, {"error": "Internal server error"}, JSON
    return None


def create_answers_200(
    method: str, path: str, query: dict[str, str], status: int, body: Any
) -> Any:
    return (200, body, JSON) if _creates(method, path) and status == 201 else None


def html_content_type(method: str, path: str, query: dict[str, str], status: int, body: Any) -> Any:
    sub = _admin(path)
    if method == "GET" and sub is not None and sub.startswith("/courses") and status == 200:
        return status, body, "text/html; charset=utf-8"
    return None


def accept_invalid(method: str, path: str, query: dict[str, str], status: int, body: Any) -> Any:
    """Answer a refused user create as if it had worked (with a user that exists)."""
    if method == "POST" and _admin(path) == "/users" and status in (400, 422):
        return (
            201,
            {
                "id": 1,
                "first_name": "Ada",
                "last_name": "L",
                "email": "a@example.com",
                "full_name": "Ada L",
                "roles": [],
                "created_at": "2024-01-01T00:00:00.000Z",
            },
            JSON,
        )
    return None


def webhook_unknown_topic(
    method: str, path: str, query: dict[str, str], status: int, body: Any
) -> Any:
    if method == "GET" and path.startswith("/api/v2/webhooks/") and isinstance(body, dict):
        body["topic"] = "webhook.unknown"
        return status, body, JSON
    return None


def error_without_body(
    method: str, path: str, query: dict[str, str], status: int, body: Any
) -> Any:
    """A 404 answered with an HTML page instead of Thinkific's JSON error."""
    if status == 404 and _admin(path) is not None:
        return 404, "<html>Not Found</html>", "text/html"
    return None


def _delete_does_nothing(
    method: str, path: str, query: dict[str, str], headers: dict[str, str]
) -> Forward | Answer:
    if method == "DELETE" and _admin(path) is not None:
        return 204, None, JSON
    return Forward(query, headers)


def _update_does_nothing(
    method: str, path: str, query: dict[str, str], headers: dict[str, str]
) -> Forward | Answer:
    """PUT answered with the record as it was (the update is read, not applied)."""
    if method == "PUT" and _admin(path) is not None:
        return Forward(query, headers, method="GET")
    return Forward(query, headers)


def _ignore_limit(
    method: str, path: str, query: dict[str, str], headers: dict[str, str]
) -> Forward | Answer:
    if method == "GET":
        query = {k: v for k, v in query.items() if k != "limit"}
    return Forward(query, headers)


def _ignore_page(
    method: str, path: str, query: dict[str, str], headers: dict[str, str]
) -> Forward | Answer:
    if method == "GET":
        query = {k: v for k, v in query.items() if k != "page"}
    return Forward(query, headers)


def _ignore_auth(
    method: str, path: str, query: dict[str, str], headers: dict[str, str]
) -> Forward | Answer:
    """Every request reaches the server with valid credentials, whatever it carried."""
    fixed = {
        k: v
        for k, v in headers.items()
        if k.lower() not in ("x-auth-api-key", "x-auth-subdomain", "authorization")
    }
    if path.startswith("/api/v2"):
        fixed["authorization"] = "Bearer mock-key"
    else:
        fixed.update({"x-auth-api-key": "mock-key", "x-auth-subdomain": "mock"})
    return Forward(query, fixed)


# Spec and client defects: applied in the harness's process.


def _admin_spec() -> dict[str, Any]:
    from aiothinkific.specs import admin_spec

    return admin_spec().document


def _spec_user_email_integer() -> None:
    _admin_spec()["components"]["schemas"]["UserResponse"]["properties"]["email"] = {
        "type": "integer"
    }


def _spec_user_requires_phone() -> None:
    schema = _admin_spec()["components"]["schemas"]["UserResponse"]
    schema["properties"]["phone_number"] = {"type": "string"}
    schema.setdefault("required", []).append("phone_number")


def _spec_link_wrong_field() -> None:
    links = _admin_spec()["paths"]["/site_scripts"]["post"]["responses"]["201"]["links"]
    links["GetSiteScriptByID"]["parameters"] = {"id": "$response.body#/created_at"}


def _spec_course_id_string() -> None:
    schema = _admin_spec()["components"]["schemas"]["CourseResponse"]
    schema["properties"]["id"] = {"type": "string"}


def _spec_pagination_drop_total() -> None:
    schema = _admin_spec()["components"]["schemas"]["Pagination"]
    schema.setdefault("required", []).append("total_count")


def _client_user_drops_email() -> None:
    from thinkific_admin_client.models import user_response

    model = user_response.UserResponse
    original = model.from_dict.__func__  # type: ignore[attr-defined]

    def from_dict(cls: type[Any], src_dict: Any) -> Any:
        data = dict(src_dict)
        data.pop("email", None)
        data["email"] = ""
        return original(cls, data)

    model.from_dict = classmethod(from_dict)  # type: ignore[assignment,method-assign]


def _client_group_id_str() -> None:
    from thinkific_admin_client.models import group_response

    model = group_response.GroupResponse
    original = model.from_dict.__func__  # type: ignore[attr-defined]

    def from_dict(cls: type[Any], src_dict: Any) -> Any:
        parsed = original(cls, src_dict)
        parsed.id = str(parsed.id)
        return parsed

    model.from_dict = classmethod(from_dict)  # type: ignore[assignment,method-assign]


DEFECTS: dict[str, Defect] = {
    d.name: d
    for d in [
        Defect(
            "total-items-plus-one",
            "server",
            "pages report one item more than the listing has",
            "test_pagination and getUsers",
            response=_paginate(_total_items_plus_one),
        ),
        Defect(
            "next-page-null",
            "server",
            "next_page is always null",
            "test_pagination and getUsers",
            response=_paginate(_next_page_null),
        ),
        Defect(
            "total-pages-plus-one",
            "server",
            "total_pages one too high",
            "test_pagination and getUsers",
            response=_paginate(_total_pages_plus_one),
        ),
        Defect(
            "prev-page-wrong",
            "server",
            "prev_page is the current page",
            "test_pagination and getUsers",
            response=_paginate(_prev_page_wrong),
        ),
        Defect(
            "limit-ignored",
            "server",
            "the limit parameter is ignored (25 a page)",
            "test_pagination and getUsers",
            request=_ignore_limit,
        ),
        Defect(
            "page-ignored",
            "server",
            "the page parameter is ignored (always page 1)",
            "test_pagination and getUsers",
            request=_ignore_page,
        ),
        Defect(
            "page-two-500",
            "server",
            "page 2 of any listing answers 500",
            "test_pagination and getUsers",
            response=page_two_fails,
        ),
        Defect(
            "phantom-create-id",
            "server",
            "creates answer an id that does not exist",
            "test_stateful and createSiteScript",
            response=phantom_id,
        ),
        Defect(
            "valid-create-422",
            "server",
            "valid creates refused with a JSON 422 (business-worded)",
            "test_stateful and createSiteScript",
            response=refuse_valid_creates,
        ),
        Defect(
            "create-200",
            "server",
            "creates answer 200 instead of the documented 201",
            "test_stateful and createSiteScript",
            response=create_answers_200,
        ),
        Defect(
            "delete-noop",
            "server",
            "DELETE answers 204 and deletes nothing",
            "test_stateful and createSiteScript",
            request=_delete_does_nothing,
        ),
        Defect(
            "update-noop",
            "server",
            "PUT answers the record unchanged (nothing is updated)",
            "test_stateful and createSiteScript",
            request=_update_does_nothing,
        ),
        Defect(
            "user-drop-id",
            "server",
            "GET /users/{id} answers without its id",
            USER_READS,
            response=_record("users", _drop("id")),
        ),
        Defect(
            "user-id-string",
            "server",
            "GET /users/{id} answers its id as a string",
            USER_READS,
            response=_record("users", _id_as_string),
        ),
        Defect(
            "user-email-null",
            "server",
            "GET /users/{id} answers a null email",
            USER_READS,
            response=_record("users", _set("email", None)),
        ),
        Defect(
            "users-drop-created-at",
            "server",
            "GET /users items lack created_at",
            "test_provider and GET and users and not authentications",
            response=_items("users", _drop("created_at")),
        ),
        Defect(
            "courses-html",
            "server",
            "course reads answer text/html",
            "test_provider and GET and courses",
            response=html_content_type,
        ),
        Defect(
            "invalid-user-accepted",
            "server",
            "invalid user creates answered 201",
            "test_provider and POST and users and not group",
            response=accept_invalid,
        ),
        Defect(
            "auth-ignored",
            "server",
            "requests without valid credentials are served",
            "test_provider and GET and users and not authentications",
            request=_ignore_auth,
        ),
        Defect(
            "not-found-html",
            "server",
            "404s answered with an HTML page",
            "test_provider and GET and users and not authentications",
            response=error_without_body,
        ),
        Defect(
            "webhook-unknown-topic",
            "server",
            "GET /webhooks/{id} answers a topic not in the enum",
            "test_provider_webhooks and GET",
            response=webhook_unknown_topic,
        ),
        Defect(
            "spec-email-integer",
            "spec",
            "the spec types a user's email as an integer",
            "test_provider and GET and users and not authentications",
            apply=_spec_user_email_integer,
        ),
        Defect(
            "spec-user-phone-required",
            "spec",
            "the spec requires a field users never have",
            "test_provider and GET and users and not authentications",
            apply=_spec_user_requires_phone,
        ),
        Defect(
            "spec-link-wrong-field",
            "spec",
            "createSiteScript's read link takes the id from created_at",
            "test_stateful and createSiteScript",
            apply=_spec_link_wrong_field,
        ),
        Defect(
            "spec-course-id-string",
            "spec",
            "the spec types a course's id as a string",
            "test_provider and GET and courses",
            apply=_spec_course_id_string,
        ),
        Defect(
            "spec-pagination-total-count",
            "spec",
            "the spec requires a pagination field no page has",
            "test_provider and GET and users and not authentications",
            apply=_spec_pagination_drop_total,
        ),
        Defect(
            "client-user-drops-email",
            "client",
            "the client parses a user without its email",
            "test_consumer and getUserByID",
            apply=_client_user_drops_email,
        ),
        Defect(
            "client-group-id-str",
            "client",
            "the client parses a group's id as a string",
            "test_consumer and getGroup",
            apply=_client_group_id_str,
        ),
    ]
}


class DefectProxy:
    """A reverse proxy with one server defect: every request is forwarded to ``upstream`` (a base
    URL such as ``http://127.0.0.1:8080``, or an ASGI app), and the defect may change the request
    or the answer."""

    def __init__(self, upstream: str | ASGIApp, defect: Defect | None) -> None:
        self.defect = defect
        if isinstance(upstream, str):
            self.client = httpx.AsyncClient(base_url=upstream, timeout=60)
        else:
            transport = httpx.ASGITransport(app=upstream)
            self.client = httpx.AsyncClient(transport=transport, base_url="http://testserver")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message: Message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        method, path = scope["method"], scope["path"]
        raw_query = scope.get("query_string", b"").decode()
        query = dict(httpx.QueryParams(raw_query))
        headers = {k.decode(): v.decode() for k, v in scope["headers"] if k.lower() != b"host"}
        defect = self.defect
        forward: Forward | Answer = Forward(query, headers)
        if defect is not None and defect.request is not None:
            forward = defect.request(method, path, query, headers)
        if not isinstance(forward, Forward):
            await self._send(send, *forward)
            return
        params: Any = raw_query if forward.query == query else forward.query
        headers = {k: v for k, v in forward.headers.items() if k.lower() != "content-length"}
        raw_path = scope.get("raw_path") or path.encode()
        url = self.client.base_url.copy_with(raw_path=raw_path)
        upstream = await self.client.request(
            forward.method or method,
            url,
            params=params,
            headers=headers,
            content=body if (forward.method or method) != "GET" else None,
        )
        status = upstream.status_code
        content_type = upstream.headers.get("content-type", "")
        changed: Answer | None = None
        if defect is not None and defect.response is not None and content_type.startswith(JSON):
            try:
                parsed = json.loads(upstream.content) if upstream.content else None
            except ValueError:
                parsed = None
            if parsed is not None:
                changed = defect.response(method, path, query, status, copy.deepcopy(parsed))
        if changed is not None:
            await self._send(send, *changed)
            return
        passed = [
            (k.encode(), v.encode())
            for k, v in upstream.headers.items()
            if k.lower() not in ("content-length", "content-encoding", "transfer-encoding")
        ]
        await send({"type": "http.response.start", "status": status, "headers": passed})
        await send({"type": "http.response.body", "body": upstream.content})

    async def _send(self, send: Send, status: int, body: Any, content_type: str) -> None:
        if body is None:
            content = b""
        elif isinstance(body, str) and not content_type.startswith(JSON):
            content = body.encode()
        else:
            content = json.dumps(body).encode()
        headers = [(b"content-type", content_type.encode())] if content else []
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": content})


def pytest_configure(config: Any) -> None:
    """As a pytest plugin: apply the spec or client defect ``THINKIFIC_CONTRACT_DEFECT`` names
    (before the suites build their schemas from the spec)."""
    name = os.environ.get("THINKIFIC_CONTRACT_DEFECT")
    if not name:
        return
    defect = DEFECTS[name]
    if defect.apply is not None:
        defect.apply()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    proxy = commands.add_parser("proxy", help="serve the defect-injecting reverse proxy")
    proxy.add_argument("--upstream", required=True, help="the server's root, http://host:port")
    proxy.add_argument("--defect", default=None, choices=sorted(DEFECTS))
    proxy.add_argument("--host", default="127.0.0.1")
    proxy.add_argument("--port", type=int, default=8081)
    commands.add_parser("list", help="list the seeded defects")
    args = parser.parse_args(argv)
    if args.command == "list":
        for defect in DEFECTS.values():
            print(f"{defect.name:32} {defect.layer:7} {defect.description}")
        return
    import uvicorn

    defect = DEFECTS[args.defect] if args.defect else None
    uvicorn.run(
        DefectProxy(args.upstream, defect), host=args.host, port=args.port, log_level="warning"
    )


if __name__ == "__main__":
    main()
