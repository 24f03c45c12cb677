"""The vendor's Postman collection replayed against the ThriveCart mock, as the collection writes
each request (its method, headers, and body: urlencoded, form-data, raw JSON): for a saved
response its ``originalRequest``, answered with the saved status, a body valid against the
spec's schema for that status and the saved body's keys; a request without a saved response
answered with the spec's success status.

The requests run in one account, in the collection's order except that cancelling subscription
253 comes after pausing and resuming it (the collection saves a successful pause and resume of
the subscription its earlier request cancels). Values the collection leaves blank in requests
without a saved response are filled from the seeded account (:data:`FILLS`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
from aiothinkific.mock.thrivecart import (
    MOCK_THRIVECART_HOST,
    ThriveCartSettings,
    create_thrivecart_app,
)
from aiothinkific.specs import thrivecart_spec

COLLECTION = Path(__file__).resolve().parents[1] / "spec/vendor/thrivecart.postman_collection.json"
VENDOR_BASE = "https://thrivecart.com/api/external"
BASE = MOCK_THRIVECART_HOST + "/api/external"
KEY = "mock-thrivecart-key"
#: Blank values in the collection, filled from the seeded account.
FILLS = {
    "product_id": "2",
    "bump_id": "4",
    "upsell_id": "1",
    "downsell_id": "1",
    "affiliate_id": "alexis_fortier",
    "product_ids": "[250]",
    "commission_object": json.dumps({"type": "percentage", "amount": 30}),
}
#: Requests replayed after the others of the collection, in this order.
LATE = ("Cancel a subscription",)


@dataclass(frozen=True)
class Replay:
    name: str
    method: str
    url: str
    headers: dict[str, str]
    content: bytes | None
    files: list[tuple[str, tuple[None, str]]] | None
    status: int | None  # None: no saved response, the spec's success status is expected
    saved: Any

    def send(self, http: httpx.AsyncClient) -> Any:
        if self.files is not None:
            return http.request(self.method, self.url, headers=self.headers, files=self.files)
        return http.request(self.method, self.url, headers=self.headers, content=self.content)


def items(nodes: list[Any]) -> Iterator[Any]:
    for node in nodes:
        if "item" in node:
            yield from items(node["item"])
        else:
            yield node


def filled(key: str, value: str, fill: bool) -> str:
    return FILLS.get(key, value) if fill and value == "" else value


def url_of(request: Any, fill: bool) -> str:
    url = request["url"]
    raw: str = url if isinstance(url, str) else url["raw"]
    path, _, query = raw.partition("?")
    for variable in [] if isinstance(url, str) else url.get("variable", []):
        # Path variables the collection leaves blank name no record: filled always.
        path = path.replace(f":{variable['key']}", filled(variable["key"], variable["value"], True))
    segments = [FILLS.get(seg[1:], seg) if seg.startswith(":") else seg for seg in path.split("/")]
    path = "/".join(segments).replace(VENDOR_BASE, BASE)
    return f"{path}?{query}" if query else path


def replay_of(name: str, request: Any, status: int | None, saved: Any) -> Replay:
    fill = status is None
    headers = {h["key"]: h["value"] for h in request.get("header", []) if not h.get("disabled")}
    headers["Authorization"] = f"Bearer {'<bearer token here>' if status == 401 else KEY}"
    body = request.get("body") or {}
    mode = body.get("mode")
    fields = [
        (field["key"], filled(field["key"], field.get("value", ""), fill))
        for field in body.get(mode, []) if isinstance(body.get(mode), list)
        if not field.get("disabled")
    ]  # fmt: skip
    content: bytes | None = None
    files = None
    if request["method"] != "GET" and mode == "urlencoded":
        content = urlencode(fields).encode()
        headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
    elif request["method"] != "GET" and mode == "formdata":
        files = [(key, (None, value)) for key, value in fields]
    elif mode == "raw":
        content = body["raw"].encode()
        headers.setdefault("Content-Type", "application/json")
    return Replay(name, request["method"], url_of(request, fill), headers, content, files,
                  status, saved)  # fmt: skip


def replays() -> list[Replay]:
    collection = json.loads(COLLECTION.read_text())
    found = []
    for item in items(collection["item"]):
        saved = [r for r in item.get("response", []) if r.get("code")]
        # A response saved without a status still shows the request as sent.
        unsaved = [r["originalRequest"] for r in item.get("response", []) if not r.get("code")]
        if not saved:
            request = unsaved[0] if unsaved else item["request"]
            found.append(replay_of(item["name"], request, None, None))
        for response in saved:
            body = json.loads(response["body"]) if response.get("body") else None
            found.append(replay_of(item["name"], response["originalRequest"], response["code"],
                                   body))  # fmt: skip
    return [r for r in found if r.name not in LATE] + [
        r for name in LATE for r in found if r.name == name
    ]


def keys(body: Any) -> set[str] | None:
    """The top-level keys of an object, or of a list's first object."""
    if isinstance(body, list):
        return keys(body[0]) if body else None
    return set(body) if isinstance(body, dict) else None


async def test_the_collection_is_answered_like_its_saved_responses() -> None:
    spec = thrivecart_spec()
    app = create_thrivecart_app(ThriveCartSettings())
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as http:
        mismatches, operations = [], set()
        for replay in replays():
            answer = await replay.send(http)
            path = httpx.URL(replay.url).path.removeprefix("/api/external")
            matched = spec.match(replay.method, path)
            assert matched is not None, replay.url
            operation = matched[0]
            operations.add(operation.operation_id)
            expected = replay.status or operation.success_status
            body = answer.json()
            schema = operation.responses.get(answer.status_code)
            problems = []
            if answer.status_code != expected:
                problems.append(f"status {answer.status_code}, saved {expected}")
            if schema is None or not spec.is_valid(schema, body):
                problems.append("body not valid against the spec")
            saved_keys = keys(replay.saved)
            if saved_keys is not None and keys(body) != saved_keys:
                problems.append(f"keys {sorted(keys(body) or ())}, saved {sorted(saved_keys)}")
            if problems:
                mismatches.append(f"{replay.name} ({replay.status}): {problems}: {body}")
    assert mismatches == [], "\n".join(mismatches)
    assert operations == {op.operation_id for op in spec.operations}
