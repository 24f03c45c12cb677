"""Affiliates: created, found by user id, affiliate id or email, favourited, registered for
products, approved or rejected per product, given custom commissions, deleted."""

from __future__ import annotations

import json
from typing import Any

from aiothinkific.mock.engine import Call
from aiothinkific.mock.store import Doc
from aiothinkific.mock.thrivecart.records import ACCOUNT, AFFILIATE, PRODUCT, error, handles
from aiothinkific.mock.validation import digits_value

#: A product's affiliate status: its code and its words.
PENDING, ACTIVE, REJECTED = "1", "2", "3"
STATUS_WORDS = {PENDING: "pending", ACTIVE: "active", REJECTED: "rejected"}
NOT_FOUND = "The requested affiliate cannot be identified."


def show(call: Call, doc: Doc) -> Doc:
    handle, account = doc["affiliate_id"], ACCOUNT
    products = [
        {"product_id": pid, "product_name": item["name"],
         "status_string": STATUS_WORDS[item["status"]], "status": item["status"],
         "affiliate_link": f"https://{handle}--{account}.thrivecart.com/{item['slug']}/"}
        for pid, item in doc["products"].items()
    ]  # fmt: skip
    return {"user_id": str(doc["id"]), "email": doc["email"], "affiliate_id": handle,
            "label": f"{handle} ({doc['email']})", "name": doc["name"],
            "is_favourite": doc["is_favourite"], "products": products}  # fmt: skip


def find(call: Call, key: str) -> Doc:
    """By numeric user id, affiliate id or email."""
    key = key.strip()
    number = digits_value(key)
    if number is not None:
        doc = call.store.get(AFFILIATE, number)
        if doc is not None:
            return doc
    for doc in call.store.select(AFFILIATE):
        if key.lower() in (doc["affiliate_id"].lower(), doc["email"].lower()):
            return doc
    raise error(NOT_FOUND, 404)


def product_ids(call: Call, raw: Any) -> list[Doc]:
    """``"[12, 14]"`` (JSON, as the SDK sends it), ``"12,14"`` or ``"12"``: the products, or
    400 naming what is wrong."""
    values: Any
    try:
        values = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        values = str(raw).split(",")
    if not isinstance(values, list):
        values = [values]
    ids = [digits_value(str(value).strip()) for value in values]
    if not ids or None in ids:
        raise error("You must provide a valid list of product IDs.")
    found = call.store.get_many(PRODUCT, [i for i in ids if i is not None])
    missing = [str(i) for i in ids if i not in found]
    if missing:
        raise error(f"The requested product cannot be identified ({', '.join(missing)}).")
    return list(found.values())


def add_products(doc: Doc, products: list[Doc], status: str) -> None:
    for product in products:
        doc["products"][str(product["id"])] = {"status": status, "name": product["name"],
                                               "slug": product["slug"]}  # fmt: skip


@handles("searchAffiliates")
def search_affiliates(call: Call) -> Any:
    query = (call.query.get("query") or "").strip().lower()
    product = call.query.get("product_id") or ""
    matching = [
        doc for doc in call.store.select(AFFILIATE)
        if (not product or product in doc["products"])
        and (not query or any(query in doc[f].lower() for f in ("affiliate_id", "email", "name")))
    ]  # fmt: skip
    page, size = call.query["page"], call.query["perPage"]
    shown = [show(call, doc) for doc in matching[(page - 1) * size : page * size]]
    return {"affiliates": shown, "meta": {"total": len(matching), "results": len(shown)}}


@handles("createAffiliate")
def create_affiliate(call: Call) -> Any:
    data = call.data
    email = data["email"].strip()
    existing = call.store.select(AFFILIATE)
    if any(doc["email"].lower() == email.lower() for doc in existing):
        raise error("An affiliate with this email address already exists.")
    name = data.get("name") or " ".join(
        part for part in (data.get("first_name"), data.get("last_name")) if part
    )
    wanted = (data.get("affiliate_id") or email.split("@")[0]).strip().lower().replace(" ", "_")
    taken = {doc["affiliate_id"] for doc in existing}
    handle, suffix = wanted, 1
    while handle in taken:  # "may be updated by the system"
        suffix += 1
        handle = f"{wanted}{suffix}"
    doc: Doc = {"email": email, "affiliate_id": handle, "name": name or handle,
                "is_favourite": False, "commissions": {}, "products": {}}  # fmt: skip
    for field in ("company", "country", "city", "state", "zip", "parent_affiliate"):
        if data.get(field):
            doc[field] = data[field]
    raw = data.get("product_ids") or data.get("product_id")
    products = product_ids(call, raw) if raw else []
    add_products(doc, products, ACTIVE if data.get("auto_approve") else PENDING)
    call.store.insert(AFFILIATE, doc)
    return show(call, doc)


@handles("getAffiliate")
def get_affiliate(call: Call) -> Any:
    return show(call, find(call, call.data["affiliate_id"]))


def done(message: str) -> Doc:
    return {"success": True, "message": message}


def favourite(value: bool) -> Any:
    def mark(call: Call) -> Any:
        doc = find(call, call.path["affiliate_id"])
        doc["is_favourite"] = value
        call.store.replace(AFFILIATE, doc)
        return done(f"The affiliate has been {'' if value else 'un'}marked as a favourite.")

    return mark


handles("favoriteAffiliate")(favourite(True))
handles("unfavoriteAffiliate")(favourite(False))


@handles("registerAffiliate")
def register_affiliate(call: Call) -> Any:
    doc = find(call, call.path["affiliate_id"])
    products = product_ids(call, call.data["product_ids"])
    add_products(doc, products, ACTIVE if call.data.get("auto_approve") else PENDING)
    call.store.replace(AFFILIATE, doc)
    return done("The affiliate has been registered for these products.")


def decide(status: str, verb: str) -> Any:
    def change(call: Call) -> Any:
        doc = find(call, call.path["affiliate_id"])
        products = product_ids(call, call.data["product_ids"])
        unregistered = [str(p["id"]) for p in products if str(p["id"]) not in doc["products"]]
        if unregistered:
            raise error(
                f"The affiliate has not applied to promote product {', '.join(unregistered)}."
            )
        add_products(doc, products, status)
        call.store.replace(AFFILIATE, doc)
        return done(f"The affiliate has been {verb} for these products.")

    return change


handles("approveAffiliate")(decide(ACTIVE, "approved"))
handles("rejectAffiliate")(decide(REJECTED, "rejected"))


@handles("setCustomCommissions")
def set_custom_commissions(call: Call) -> Any:
    doc = find(call, call.path["affiliate_id"])
    product = call.store.get(PRODUCT, digits_value(call.data["product_id"]) or 0)
    if product is None:
        raise error("You must provide a valid product ID.")
    try:
        commissions = json.loads(call.data["commission_object"])
    except ValueError:
        raise error("You must provide a valid commission object (JSON, or null).") from None
    if commissions is not None and not isinstance(commissions, dict):
        raise error("You must provide a valid commission object (JSON, or null).")
    if commissions is None:
        doc["commissions"].pop(str(product["id"]), None)
    else:
        doc["commissions"][str(product["id"])] = commissions
    call.store.replace(AFFILIATE, doc)
    return done("The custom commissions have been saved.")


@handles("deleteAffiliate")
def delete_affiliate(call: Call) -> Any:
    doc = find(call, call.path["affiliate_id"])
    call.store.delete(AFFILIATE, doc["id"])
    return done("The affiliate has been deleted.")
