"""Users: Watch New User, Get / Create / Update / Delete a User, Search Users."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiothinkific.modules._bundles import bundle, bundles, deleted, pick
from aiothinkific.modules._fields import (
    Option,
    array,
    boolean,
    collection,
    email,
    limit,
    number,
    record_id,
    requiring,
    select,
    text,
)
from aiothinkific.modules._model import Bundle, Group, Inputs, Listing
from aiothinkific.modules.triggers import WEBHOOK_NAME

if TYPE_CHECKING:
    from aiothinkific._client import Thinkific

users = Group("Users")

ROLES = (
    Option("site_admin", "Site Admin"),
    Option("course_admin", "Course Admin"),
    Option("group_analyst", "Group Analyst"),
    Option("affiliate", "Affiliate"),
)
COMMISSION_TYPES = (Option("%"), Option("$"))

PROFILE = (
    text("first_name", "First Name", "Enter (map) the user's first name."),
    text("last_name", "Last Name", "Enter (map) the user's last name."),
    email("email", "Email", "Enter (map) the user's email address."),
    text("password", "Password", "Enter (map) the user's login password."),
    array(
        "roles",
        "Roles",
        select("role", "Role", ROLES),
        "Enter (map) user's role. For example, Site Admin. You can add multiple roles.",
    ),
    text("bio", "Bio", "Enter (map) the user's biodata. For example, date of birth."),
    text("company", "Company", "Enter (map) the user's company name."),
    text(
        "headline",
        "Headline",
        "Enter (map) the user's job position. For example, Software Engineering Manager.",
    ),
    boolean(
        "affiliate_program",
        "Affiliate Program",
        "Select whether the user is an affiliate. For example, the user enrolled here through "
        "a third-party company. (Adds or removes the affiliate role.)",
    ),
    number(
        "affiliate_commission",
        "Affiliate Commission",
        "Enter (map) the commission payable to the third party. This is only applicable if the "
        "user is an affiliate.",
    ),
    email(
        "affiliate_payout_email",
        "Affiliate Payout Email",
        "Enter (map) the email address of the user. This is only applicable if the user is an "
        "affiliate. For example, bob@example.com",
    ),
    text(
        "affiliate_code",
        "Affiliate Code",
        "Enter (map) the user's affiliate code. For example, abce123.",
    ),
    select(
        "affiliate_commission_type",
        "Affiliate Commission Type",
        COMMISSION_TYPES,
        "Select or map the commission type applicable to the user: % for percentage, $ for a "
        "fixed amount.",
    ),
)
PROFILE_NAMES = tuple(field.name for field in PROFILE if field.name != "affiliate_program")


def _roles(roles: list[str], affiliate: bool | None) -> list[str]:
    """``roles`` with the affiliate role added or removed as Affiliate Program says."""
    kept = [role for role in roles if role != "affiliate"]
    if affiliate is None:
        return roles
    return [*kept, "affiliate"] if affiliate else kept


users.trigger(
    "watchNewUser",
    "Watch New User",
    "Triggers when registering a new user.",
    topic="user.signup",
    fields=WEBHOOK_NAME,
)


@users.action(
    "getUser",
    "Get a User",
    "Retrieves a user identified by the provided ID.",
    (
        record_id(
            "user_id", "User", "Select or map the User ID whose details you want to retrieve."
        ),
    ),
)
async def get_user(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    return bundle(await tk.users.get(inputs["user_id"]))


@users.action(
    "createUser",
    "Create a User",
    "Creates a user object in Thinkific under the specified data source.",
    (
        *requiring(PROFILE, "first_name", "last_name", "email"),
        boolean(
            "send_welcome_email",
            "Send Welcome Mail",
            "Select whether you want to send the welcome mail to the user on successful "
            "registration.",
        ),
        text(
            "external_id",
            "External ID",
            "Enter (map) the user's External ID to identify the user in an external system.",
        ),
    ),
)
async def create_user(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    body = pick(inputs, *PROFILE_NAMES, "send_welcome_email", "external_id")
    if "affiliate_program" in inputs:
        body["roles"] = _roles(body.get("roles", []), inputs["affiliate_program"])
    return bundle(await tk.users.create(**body))


@users.action(
    "updateUser",
    "Update a User",
    "Updates the user specified by the provided ID.",
    (
        record_id(
            "user_id", "User ID", "Select or map the User ID whose details you want to update."
        ),
        *PROFILE,
    ),
)
async def update_user(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    user_id = inputs["user_id"]
    body = pick(inputs, *PROFILE_NAMES)
    if "affiliate_program" in inputs:
        roles = body.get("roles")
        if roles is None:
            current = (await tk.users.get(user_id)).roles
            roles = list(current) if isinstance(current, list) else []
        body["roles"] = _roles(roles, inputs["affiliate_program"])
    await tk.users.update(user_id, **body)
    return bundle(await tk.users.get(user_id))


@users.action(
    "deleteUser",
    "Delete a User",
    "Deletes a user identified by the provided ID.",
    (record_id("user_id", "User", "Select or map the User ID you want to delete."),),
)
async def delete_user(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    await tk.users.delete(inputs["user_id"])
    return deleted(inputs["user_id"])


@users.search(
    "searchUsers",
    "Search Users",
    "Retrieve a list of users.",
    (
        limit("users"),
        email("email", "Email", "Enter (map) the user's email address you want to search."),
        select(
            "role",
            "Role",
            ROLES,
            "Enter (map) the user's role to search for the users that match the specified role.",
        ),
        text(
            "external_source",
            "External Source",
            "Enter (map) the external source to search the users that match the specified source.",
        ),
        collection(
            "custom_profile_field",
            "Custom Profile Field",
            (
                text("label", "Label", "The label of the custom profile field."),
                text("value", "Value", "The value the field must have."),
            ),
            "Select or map the custom profile field and its values to search the user that "
            "matches the specified fields.",
        ),
        record_id(
            "group_id",
            "Group ID",
            "Enter (map) the Group ID to search the users that match the specified ID.",
            required=False,
        ),
    ),
)
async def search_users(tk: Thinkific, inputs: Inputs) -> Listing:
    profile_field = inputs.get("custom_profile_field", {})
    return bundles(
        tk.users.list(
            **pick(inputs, "limit", "email", "role", "external_source", "group_id"),
            custom_profile_field_label=profile_field.get("label"),
            custom_profile_field_value=profile_field.get("value"),
        )
    )
