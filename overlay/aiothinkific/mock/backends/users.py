"""Users: CRUD with unique emails, filters, custom profile fields, single sign-on identities."""

from __future__ import annotations

import sqlite3
from typing import Any

from aiothinkific.mock import webhooks
from aiothinkific.mock.backends.records import (
    CUSTOM_FIELDS,
    ENROLLMENTS,
    GROUP_ANALYST,
    GROUP_USER,
    ORDERS,
    USERS,
)
from aiothinkific.mock.engine import Call, changes
from aiothinkific.mock.errors import field_error, not_found, taken
from aiothinkific.mock.registry import handles
from aiothinkific.mock.store import Doc, Filter, contains, eq, eq_nocase, has_item, linked_to
from aiothinkific.mock.validation import digits_value, is_blank
from aiothinkific.specs import JSON

PROFILE_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "roles",
    "avatar_url",
    "bio",
    "company",
    "headline",
    "external_source",
    "affiliate_code",
    "affiliate_commission",
    "affiliate_commission_type",
    "affiliate_payout_email",
)


def full_name(doc: Doc) -> str | None:
    name = " ".join(part for part in (doc.get("first_name"), doc.get("last_name")) if part)
    return name or None


def find_user(call: Call) -> Doc:
    """The user named by the ``{id}`` path parameter: a Thinkific id, or an external id when the
    ``provider`` query parameter is given."""
    raw = str(call.path["id"])
    provider = call.query.get("provider")
    if provider is not None:
        found = call.store.first(USERS.kind, [eq("external_id", raw), eq("provider", provider)])
        if found is None:
            raise not_found()
        return found
    user_id = digits_value(raw)
    if user_id is None:
        raise not_found()
    return USERS.find(call, user_id)


def _profile_fields(call: Call, sent: list[JSON], current: list[JSON]) -> list[JSON]:
    """``current`` custom profile field values updated with ``sent`` (by definition id)."""
    wanted = {item["custom_profile_field_definition_id"] for item in sent}
    definitions = call.store.get_many(CUSTOM_FIELDS.kind, wanted)
    unknown = sorted(wanted - definitions.keys())
    if unknown:
        raise field_error(
            "custom_profile_fields", f"custom_profile_field_definition_id {unknown[0]} not found"
        )
    by_definition = {item["custom_profile_field_definition_id"]: item for item in current}
    for item in sent:
        definition_id = item["custom_profile_field_definition_id"]
        existing = by_definition.get(definition_id)
        if existing is None:
            (new_id,) = call.store.next_ids("custom_profile_field")
            existing = by_definition[definition_id] = {
                "id": new_id,
                "label": definitions[definition_id]["label"],
                "custom_profile_field_definition_id": definition_id,
            }
        if "value" in item:  # a field sent without a value keeps the one it had (if any)
            existing["value"] = item["value"]
    return list(by_definition.values())


@handles("getUsers")
def get_users(call: Call) -> JSON:
    query = call.query
    filters: list[Filter] = []
    if "query[email]" in query:
        filters.append(eq_nocase("email", query["query[email]"]))
    if "query[role]" in query:
        filters.append(contains("roles", query["query[role]"]))
    if "query[external_source]" in query:
        filters.append(eq("external_source", query["query[external_source]"]))
    field_match: dict[str, Any] = {}
    if "query[custom_profile_field_label]" in query:
        field_match["label"] = query["query[custom_profile_field_label]"]
    if "query[custom_profile_field_value]" in query:
        field_match["value"] = query["query[custom_profile_field_value]"]
    if field_match:
        filters.append(has_item("custom_profile_fields", field_match))
    if "query[group_id]" in query:
        filters.append(linked_to(GROUP_USER, query["query[group_id]"]))
    return USERS.page(call, filters)


@handles("createUser")
def create_user(call: Call) -> JSON:
    data = call.data
    USERS.check_unique(call, "email", data["email"], nocase=True)
    external_id = data.get("external_id")
    provider = data.get("provider", "SSO") if external_id is not None else None
    if external_id is not None and call.store.first(
        USERS.kind, [eq("external_id", external_id), eq("provider", provider)]
    ):
        raise taken("external_id")
    doc: Doc = {
        "created_at": call.timestamp,
        "first_name": data["first_name"],
        "last_name": data["last_name"],
        "company": data.get("company"),
        "email": data["email"],
        "roles": sorted(set(data.get("roles", []))),
        "avatar_url": None,
        "bio": data.get("bio"),
        "headline": data.get("headline"),
        "affiliate_code": data.get("affiliate_code"),
        "external_source": None,
        "affiliate_commission": data.get("affiliate_commission"),
        "affiliate_commission_type": data.get("affiliate_commission_type"),
        "affiliate_payout_email": data.get("affiliate_payout_email"),
        "administered_course_ids": [],
        "custom_profile_fields": _profile_fields(call, data.get("custom_profile_fields", []), []),
        # Not shown by the API: the single sign-on identity.
        "external_id": external_id,
        "provider": provider,
    }
    doc["full_name"] = full_name(doc)
    try:
        USERS.insert(call, doc)
    except sqlite3.IntegrityError:  # the unique email index, should the check above miss
        raise taken("email") from None
    webhooks.emit(call, "user.signup", USERS.show(call, doc))
    return USERS.show(call, doc)


@handles("getUserByID")
def get_user(call: Call) -> JSON:
    return USERS.show(call, find_user(call))


@handles("updateUserByID")
def update_user(call: Call) -> None:
    doc = find_user(call)
    sent = changes(call, PROFILE_FIELDS)
    if "email" in sent:
        USERS.check_unique(call, "email", sent["email"], current=doc["id"], nocase=True)
    for name in ("first_name", "last_name"):
        if name in sent and is_blank(sent[name]):
            raise field_error(name, "can't be blank")
    if "roles" in sent:
        sent["roles"] = sorted(set(sent["roles"]))
    doc.update(sent)
    if "custom_profile_fields" in call.data:
        doc["custom_profile_fields"] = _profile_fields(
            call, call.data["custom_profile_fields"], doc["custom_profile_fields"]
        )
    doc["full_name"] = full_name(doc)
    USERS.save(call, doc)
    # Enrollments and orders keep a copy of the user's name and email, as the API shows them.
    copies = {"user_email": doc["email"], "user_name": doc["full_name"] or doc["email"]}
    for kept in (ENROLLMENTS, ORDERS):
        call.store.update_where(kept.kind, [eq("user_id", doc["id"])], copies)


@handles("deleteUserByID")
def delete_user(call: Call) -> None:
    doc = find_user(call)
    USERS.delete(call, doc["id"])
    call.store.delete_where(ENROLLMENTS.kind, [eq("user_id", doc["id"])])
    for rel in (GROUP_USER, GROUP_ANALYST):
        call.store.unlink(rel, b=doc["id"])


@handles("getUserAuthByIDAndProvider")
def get_user_authentication(call: Call) -> JSON:
    doc = find_user(call)
    provider = call.path["provider"]
    if doc.get("external_id") is None or doc.get("provider") != provider:
        raise not_found()
    return {"provider": provider, "external_id": doc["external_id"]}
