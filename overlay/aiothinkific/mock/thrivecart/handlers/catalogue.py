"""The account and its catalogue: products, bumps, upsells, downsells and their pricing options.
Read only; a bump's id is its product's."""

from __future__ import annotations

from typing import Any

from aiothinkific.mock.engine import Call, project
from aiothinkific.mock.store import Doc, eq
from aiothinkific.mock.thrivecart.records import (
    BUMP,
    DOWNSELL,
    PRODUCT,
    UPSELL,
    error,
    handles,
)
from aiothinkific.mock.validation import digits_value


@handles("ping")
def ping(call: Call) -> Any:
    return {
        "account_name": "myaccount",
        "account_id": "1",
        "account_version": "pro",
        "account_url": "https://myaccount.thrivecart.com/",
        "user_id": "1",
        "user_username": "owner@thrivecart.com",
        "user_name": "Mock Owner",
        "custom_domain_enabled": False,
        "custom_domain": None,
    }


def find(call: Call, kind: str, raw: str, noun: str) -> Doc:
    doc = call.store.get(kind, digits_value(raw) or 0)
    if doc is None:
        raise error("method.exception", 404, reason=f"The requested {noun} cannot be identified.")
    return doc


def shown(call: Call, schema: str, doc: Doc) -> Any:
    # A bump's public "id" is text, the store's an integer.
    return project(call.spec, schema, {**doc, "id": str(doc["id"])})


def lister(kind: str, schema: str) -> Any:
    def list_items(call: Call) -> Any:
        filters = [eq("statusString", call.query["status"])] if call.query.get("status") else []
        return [shown(call, schema, doc) for doc in call.store.select(kind, filters)]

    return list_items


def getter(kind: str, schema: str, param: str, noun: str) -> Any:
    def get_item(call: Call) -> Any:
        return shown(call, schema, find(call, kind, call.path[param], noun))

    return get_item


def pricing(kind: str, param: str, noun: str) -> Any:
    def pricing_options(call: Call) -> Any:
        return find(call, kind, call.path[param], noun)["pricing"]

    return pricing_options


for _noun, _kind in (("product", PRODUCT), ("bump", BUMP), ("upsell", UPSELL),
                     ("downsell", DOWNSELL)):  # fmt: skip
    _name = _noun.capitalize()
    handles(f"get{_name}s")(lister(_kind, f"{_name}Summary"))
    handles(f"get{_name}")(getter(_kind, _name, f"{_noun}_id", _noun))
    handles(f"get{_name}Pricing")(pricing(_kind, f"{_noun}_id", _noun))
