"""Students of the account's courses (ThriveCart Learn), optionally tied to a purchase."""

from __future__ import annotations

import base64
from typing import Any
from urllib.parse import quote

from aiothinkific.mock.engine import Call
from aiothinkific.mock.store import eq_nocase
from aiothinkific.mock.thrivecart import orders
from aiothinkific.mock.thrivecart.records import ACCOUNT, ORDER, STUDENT, error, handles, mode_of
from aiothinkific.mock.validation import digits_value

ORDER_REQUIRED = "To associate with an order, you must provide a valid order ID from your account."


def _b64(text: str) -> str:
    return quote(base64.b64encode(text.encode()).decode(), safe="")


@handles("createStudent")
def create_student(call: Call) -> Any:
    data = call.data
    email = data["email"].strip()
    order_id = data.get("order_info[order_id]")
    if order_id is not None:
        order = call.store.get(ORDER, digits_value(str(order_id)) or 0)
        if order is None or order["mode"] != mode_of(call):
            raise error(ORDER_REQUIRED)
    student = call.store.first(STUDENT, [eq_nocase("username", email)])
    created = student is None
    if student is None:
        student = call.store.insert(STUDENT, {
            "username": email, "name": data.get("name") or email.split("@")[0], "status": "1",
            "date_created": orders.stamp(call.now), "account_id": "1", "courses": [],
            "tags": [], "orders": [],
        })  # fmt: skip
    student["courses"] = sorted({*student["courses"], data["course_id"]})
    tag = data.get("tags[]")  # the spec documents one tag field, as the collection sends it
    student["tags"] = sorted({*student["tags"], *([tag] if tag else [])})
    if order_id is not None:
        student["orders"].append({"order_id": str(order_id),
                                  "purchase_type": data.get("order_info[purchase_type]"),
                                  "purchase_id": data.get("order_info[purchase_id]")})  # fmt: skip
    call.store.replace(STUDENT, student)
    # A new student sets a password first (an access key); one who has one signs in.
    key = _b64(str(student["id"]).zfill(32))
    access = f"access={key}&" if created else ""
    return {
        "auto_signin_url": f"https://{ACCOUNT}.thrivecart.com/signin/?{access}"
        f"username={_b64(email)}",
        "signin_url": f"https://{ACCOUNT}.thrivecart.com/l/course-{data['course_id']}/",
        "student": {key: str(student[key]) for key in ("id", "username", "name", "status",
                                                        "date_created", "account_id")},
    }  # fmt: skip
