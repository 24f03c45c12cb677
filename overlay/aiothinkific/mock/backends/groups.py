"""Groups, their members (``/group_users``) and their analysts, seen from either side."""

from __future__ import annotations

from aiothinkific.mock.backends.records import GROUP_ANALYST, GROUP_USER, GROUPS, USERS
from aiothinkific.mock.engine import Call
from aiothinkific.mock.errors import field_error, invalid, not_found
from aiothinkific.mock.registry import handles
from aiothinkific.mock.store import eq
from aiothinkific.specs import JSON

TOKEN_DIGITS = "0123456789abcdef"


@handles("getGroups")
def get_groups(call: Call) -> JSON:
    return GROUPS.page(call)


@handles("createGroup")
def create_group(call: Call) -> JSON:
    GROUPS.check_unique(call, "name", call.data["name"])
    token = "".join(call.rng.choice(TOKEN_DIGITS) for _ in range(8))
    doc = {"name": call.data["name"], "token": token, "created_at": call.timestamp}
    return GROUPS.show(call, GROUPS.insert(call, doc))


@handles("getGroup")
def get_group(call: Call) -> JSON:
    return GROUPS.show(call, GROUPS.find(call, call.id))


@handles("deleteGroupByID")
def delete_group(call: Call) -> None:
    GROUPS.delete(call, call.id)
    for rel in (GROUP_USER, GROUP_ANALYST):
        call.store.unlink(rel, a=call.id)


@handles("createGroupUsers")
def add_user_to_groups(call: Call) -> None:
    """Add a user to groups named by name; an unknown name fails the whole request."""
    user = USERS.must_exist(call, call.data["user_id"], "user_id")
    group_ids = []
    for name in call.data["group_names"]:
        group = call.store.first(GROUPS.kind, [eq("name", name)])
        if group is None:
            raise invalid(["Invalid group_names"])
        group_ids.append(group["id"])
    for group_id in group_ids:
        call.store.link(GROUP_USER, group_id, user["id"])


@handles("getGroupAnalysts")
def get_group_analysts(call: Call) -> JSON:
    group = GROUPS.find(call, call.path["group_id"])
    return {"group_analysts": call.store.linked(GROUP_ANALYST, a=group["id"])}


@handles("postGroupAnalysts")
def add_group_analysts(call: Call) -> None:
    group = GROUPS.find(call, call.path["group_id"])
    user_ids = sorted(set(call.data["user_ids"]))
    if not USERS.all_exist(call, user_ids):
        raise field_error("user_ids", "must exist")
    for user_id in user_ids:
        call.store.link(GROUP_ANALYST, group["id"], user_id)


@handles("removeAnalystFromGroup")
def remove_group_analyst(call: Call) -> None:
    group = GROUPS.find(call, call.path["group_id"])
    if not call.store.unlink(GROUP_ANALYST, a=group["id"], b=call.path["user_id"]):
        raise not_found()


@handles("addGroupToAnalyst")
def add_groups_to_analyst(call: Call) -> None:
    user = USERS.find(call, call.path["user_id"])
    group_ids = sorted(set(call.data["group_ids"]))
    if not GROUPS.all_exist(call, group_ids):
        raise field_error("group_ids", "must exist")
    for group_id in group_ids:
        call.store.link(GROUP_ANALYST, group_id, user["id"])


@handles("removeGroupFromAnalyst")
def remove_group_from_analyst(call: Call) -> None:
    user = USERS.find(call, call.path["user_id"])
    group = GROUPS.find(call, call.path["group_id"])
    if not call.store.unlink(GROUP_ANALYST, a=group["id"], b=user["id"]):
        raise not_found()
