from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_response_roles_item import (
    UserResponseRolesItem,
    check_user_response_roles_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_profile_field import CustomProfileField


T = TypeVar("T", bound="UserResponse")


@_attrs_define
class UserResponse:
    """
    Attributes:
        id (float | Unset): User's ID Example: 1.0.
        created_at (datetime.datetime | Unset): User's created date Example: 2018-07-12T23:19:00.154Z.
        first_name (str | Unset): The first name of the User. Example: Bob.
        last_name (str | Unset): The last name of the User. Example: Smith.
        full_name (str | Unset): The email of the User. Example: Bob Smith.
        company (str | Unset): The company of the User. Example: The user's company.
        email (str | Unset): User's email Example: bob@example.com.
        roles (list[UserResponseRolesItem] | Unset): Any specific roles that the User should be placed in. Possible
            roles are: affiliate, course_admin, group_analyst, site_admin. Example: ['affiliate'].
        avatar_url (str | Unset): The fully-qualified avatar url of the User. Example: https://example.com/avatar/123.
        bio (str | Unset): The bio of the User. Example: User's bio.
        headline (str | Unset): The headline/title of the User. Example: User's headline.
        affiliate_code (str | Unset): The affiliate code of the User. ** Required only if the User is an affiliate. **
            Example: abc123.
        external_source (str | Unset): User's external source
        affiliate_commission (float | Unset): The affiliate commission % of the User. ** Required only if the User is an
            affiliate. This should be greater than 0 and less than or equal to 100. ** Example: 20.0.
        affiliate_commission_type (str | Unset): The affiliate payout type, it can be either % (percentage, default) or
            $ (fixed amount). ** Required only if the User is an affiliate. ** Example: %.
        affiliate_payout_email (str | Unset): The email of the User. ** Required only if the user is an affiliate. Used
            to pay the User out. ** Example: bob@example.com.
        administered_course_ids (list[float] | Unset): User's administered course ids Example: [10, 20, 30].
        custom_profile_fields (list[CustomProfileField] | Unset): Custom profile fields for the User.
    """

    id: float | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    full_name: str | Unset = UNSET
    company: str | Unset = UNSET
    email: str | Unset = UNSET
    roles: list[UserResponseRolesItem] | Unset = UNSET
    avatar_url: str | Unset = UNSET
    bio: str | Unset = UNSET
    headline: str | Unset = UNSET
    affiliate_code: str | Unset = UNSET
    external_source: str | Unset = UNSET
    affiliate_commission: float | Unset = UNSET
    affiliate_commission_type: str | Unset = UNSET
    affiliate_payout_email: str | Unset = UNSET
    administered_course_ids: list[float] | Unset = UNSET
    custom_profile_fields: list[CustomProfileField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        first_name = self.first_name

        last_name = self.last_name

        full_name = self.full_name

        company = self.company

        email = self.email

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item: str = roles_item_data
                roles.append(roles_item)

        avatar_url = self.avatar_url

        bio = self.bio

        headline = self.headline

        affiliate_code = self.affiliate_code

        external_source = self.external_source

        affiliate_commission = self.affiliate_commission

        affiliate_commission_type = self.affiliate_commission_type

        affiliate_payout_email = self.affiliate_payout_email

        administered_course_ids: list[float] | Unset = UNSET
        if not isinstance(self.administered_course_ids, Unset):
            administered_course_ids = self.administered_course_ids

        custom_profile_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_profile_fields, Unset):
            custom_profile_fields = []
            for custom_profile_fields_item_data in self.custom_profile_fields:
                custom_profile_fields_item = custom_profile_fields_item_data.to_dict()
                custom_profile_fields.append(custom_profile_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if company is not UNSET:
            field_dict["company"] = company
        if email is not UNSET:
            field_dict["email"] = email
        if roles is not UNSET:
            field_dict["roles"] = roles
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if bio is not UNSET:
            field_dict["bio"] = bio
        if headline is not UNSET:
            field_dict["headline"] = headline
        if affiliate_code is not UNSET:
            field_dict["affiliate_code"] = affiliate_code
        if external_source is not UNSET:
            field_dict["external_source"] = external_source
        if affiliate_commission is not UNSET:
            field_dict["affiliate_commission"] = affiliate_commission
        if affiliate_commission_type is not UNSET:
            field_dict["affiliate_commission_type"] = affiliate_commission_type
        if affiliate_payout_email is not UNSET:
            field_dict["affiliate_payout_email"] = affiliate_payout_email
        if administered_course_ids is not UNSET:
            field_dict["administered_course_ids"] = administered_course_ids
        if custom_profile_fields is not UNSET:
            field_dict["custom_profile_fields"] = custom_profile_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_profile_field import CustomProfileField

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        full_name = d.pop("full_name", UNSET)

        company = d.pop("company", UNSET)

        email = d.pop("email", UNSET)

        _roles = d.pop("roles", UNSET)
        roles: list[UserResponseRolesItem] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = check_user_response_roles_item(roles_item_data)

                roles.append(roles_item)

        avatar_url = d.pop("avatar_url", UNSET)

        bio = d.pop("bio", UNSET)

        headline = d.pop("headline", UNSET)

        affiliate_code = d.pop("affiliate_code", UNSET)

        external_source = d.pop("external_source", UNSET)

        affiliate_commission = d.pop("affiliate_commission", UNSET)

        affiliate_commission_type = d.pop("affiliate_commission_type", UNSET)

        affiliate_payout_email = d.pop("affiliate_payout_email", UNSET)

        administered_course_ids = cast(
            list[float], d.pop("administered_course_ids", UNSET)
        )

        _custom_profile_fields = d.pop("custom_profile_fields", UNSET)
        custom_profile_fields: list[CustomProfileField] | Unset = UNSET
        if _custom_profile_fields is not UNSET:
            custom_profile_fields = []
            for custom_profile_fields_item_data in _custom_profile_fields:
                custom_profile_fields_item = CustomProfileField.from_dict(
                    custom_profile_fields_item_data
                )

                custom_profile_fields.append(custom_profile_fields_item)

        user_response = cls(
            id=id,
            created_at=created_at,
            first_name=first_name,
            last_name=last_name,
            full_name=full_name,
            company=company,
            email=email,
            roles=roles,
            avatar_url=avatar_url,
            bio=bio,
            headline=headline,
            affiliate_code=affiliate_code,
            external_source=external_source,
            affiliate_commission=affiliate_commission,
            affiliate_commission_type=affiliate_commission_type,
            affiliate_payout_email=affiliate_payout_email,
            administered_course_ids=administered_course_ids,
            custom_profile_fields=custom_profile_fields,
        )

        user_response.additional_properties = d
        return user_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
