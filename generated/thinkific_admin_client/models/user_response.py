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
        id (int): User's ID Example: 1.
        created_at (datetime.datetime | Unset): User's created date Example: 2018-07-12T23:19:00.154Z.
        first_name (None | str | Unset): The first name of the User. Example: Bob.
        last_name (None | str | Unset): The last name of the User. Example: Smith.
        full_name (None | str | Unset): The email of the User. Example: Bob Smith.
        company (None | str | Unset): The company of the User. Example: The user's company.
        email (str | Unset): User's email Example: bob@example.com.
        roles (list[UserResponseRolesItem] | Unset): Any specific roles that the User should be placed in. Possible
            roles are: affiliate, course_admin, group_analyst, site_admin. Example: ['affiliate'].
        avatar_url (None | str | Unset): The fully-qualified avatar url of the User. Example:
            https://example.com/avatar/123.
        bio (None | str | Unset): The bio of the User. Example: User's bio.
        headline (None | str | Unset): The headline/title of the User. Example: User's headline.
        affiliate_code (None | str | Unset): The affiliate code of the User. ** Required only if the User is an
            affiliate. ** Example: abc123.
        external_source (None | str | Unset): User's external source
        affiliate_commission (float | None | Unset): The affiliate commission % of the User. ** Required only if the
            User is an affiliate. This should be greater than 0 and less than or equal to 100. ** Example: 20.0.
        affiliate_commission_type (None | str | Unset): The affiliate payout type, it can be either % (percentage,
            default) or $ (fixed amount). ** Required only if the User is an affiliate. ** Example: %.
        affiliate_payout_email (None | str | Unset): The email of the User. ** Required only if the user is an
            affiliate. Used to pay the User out. ** Example: bob@example.com.
        administered_course_ids (list[int] | Unset): User's administered course ids Example: [10, 20, 30].
        custom_profile_fields (list[CustomProfileField] | Unset): Custom profile fields for the User.
    """

    id: int
    created_at: datetime.datetime | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    company: None | str | Unset = UNSET
    email: str | Unset = UNSET
    roles: list[UserResponseRolesItem] | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    bio: None | str | Unset = UNSET
    headline: None | str | Unset = UNSET
    affiliate_code: None | str | Unset = UNSET
    external_source: None | str | Unset = UNSET
    affiliate_commission: float | None | Unset = UNSET
    affiliate_commission_type: None | str | Unset = UNSET
    affiliate_payout_email: None | str | Unset = UNSET
    administered_course_ids: list[int] | Unset = UNSET
    custom_profile_fields: list[CustomProfileField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        company: None | str | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        email = self.email

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item: str = roles_item_data
                roles.append(roles_item)

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        bio: None | str | Unset
        if isinstance(self.bio, Unset):
            bio = UNSET
        else:
            bio = self.bio

        headline: None | str | Unset
        if isinstance(self.headline, Unset):
            headline = UNSET
        else:
            headline = self.headline

        affiliate_code: None | str | Unset
        if isinstance(self.affiliate_code, Unset):
            affiliate_code = UNSET
        else:
            affiliate_code = self.affiliate_code

        external_source: None | str | Unset
        if isinstance(self.external_source, Unset):
            external_source = UNSET
        else:
            external_source = self.external_source

        affiliate_commission: float | None | Unset
        if isinstance(self.affiliate_commission, Unset):
            affiliate_commission = UNSET
        else:
            affiliate_commission = self.affiliate_commission

        affiliate_commission_type: None | str | Unset
        if isinstance(self.affiliate_commission_type, Unset):
            affiliate_commission_type = UNSET
        else:
            affiliate_commission_type = self.affiliate_commission_type

        affiliate_payout_email: None | str | Unset
        if isinstance(self.affiliate_payout_email, Unset):
            affiliate_payout_email = UNSET
        else:
            affiliate_payout_email = self.affiliate_payout_email

        administered_course_ids: list[int] | Unset = UNSET
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
        field_dict.update(
            {
                "id": id,
            }
        )
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
        id = d.pop("id")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))

        def _parse_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company = _parse_company(d.pop("company", UNSET))

        email = d.pop("email", UNSET)

        _roles = d.pop("roles", UNSET)
        roles: list[UserResponseRolesItem] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = check_user_response_roles_item(roles_item_data)

                roles.append(roles_item)

        def _parse_avatar_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_url = _parse_avatar_url(d.pop("avatar_url", UNSET))

        def _parse_bio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bio = _parse_bio(d.pop("bio", UNSET))

        def _parse_headline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        headline = _parse_headline(d.pop("headline", UNSET))

        def _parse_affiliate_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        affiliate_code = _parse_affiliate_code(d.pop("affiliate_code", UNSET))

        def _parse_external_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_source = _parse_external_source(d.pop("external_source", UNSET))

        def _parse_affiliate_commission(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        affiliate_commission = _parse_affiliate_commission(
            d.pop("affiliate_commission", UNSET)
        )

        def _parse_affiliate_commission_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        affiliate_commission_type = _parse_affiliate_commission_type(
            d.pop("affiliate_commission_type", UNSET)
        )

        def _parse_affiliate_payout_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        affiliate_payout_email = _parse_affiliate_payout_email(
            d.pop("affiliate_payout_email", UNSET)
        )

        administered_course_ids = cast(
            list[int], d.pop("administered_course_ids", UNSET)
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
