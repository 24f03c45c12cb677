"""Product publish requests (seeded): listed, fetched, and approved or denied once."""

from __future__ import annotations

from aiothinkific.mock.backends.records import PUBLISH_REQUESTS, USERS
from aiothinkific.mock.engine import Call
from aiothinkific.mock.errors import invalid
from aiothinkific.mock.registry import handles
from aiothinkific.specs import JSON

PENDING = "pending"


@handles("getProductPublishRequests")
def get_publish_requests(call: Call) -> JSON:
    return PUBLISH_REQUESTS.page(call)


@handles("getProductPublishRequestByID")
def get_publish_request(call: Call) -> JSON:
    return PUBLISH_REQUESTS.show(call, PUBLISH_REQUESTS.find(call, call.id))


def _respond(call: Call, status: str) -> None:
    doc = PUBLISH_REQUESTS.find(call, call.id)
    call.required("user_id")
    if USERS.get(call, call.data["user_id"]) is None:
        raise invalid([{"user_id": "not found"}])  # the shape the spec's example shows
    if doc["status"] != PENDING:
        raise invalid({"status": [f"has already been {doc['status']}"]})
    doc.update(
        status=status,
        responding_user_id=call.data["user_id"],
        response_text=call.data.get("response_text"),
        completed_at=call.timestamp,
        updated_at=call.timestamp,
    )
    PUBLISH_REQUESTS.save(call, doc)


@handles("approvePublishRequest")
def approve(call: Call) -> None:
    _respond(call, "approved")


@handles("denyPublicationRequest")
def deny(call: Call) -> None:
    _respond(call, "denied")
