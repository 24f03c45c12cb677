from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_user_request_roles_item import (
    UpdateUserRequestRolesItem,
    check_update_user_request_roles_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_profile_field_request import CustomProfileFieldRequest


T = TypeVar("T", bound="UpdateUserRequest")


@_attrs_define
class UpdateUserRequest:
    """
    Attributes:
        first_name (str | Unset): User's first name  Example: Bob.
        last_name (str | Unset): User's last name Example: Smith.
        email (str | Unset): User's email. This can only be updated by private integrations. Example: bob@example.com.
        password (str | Unset): The password of the User. Example: password.
        roles (list[UpdateUserRequestRolesItem] | Unset): User's roles Example: ['affiliate'].
        avatar_url (None | str | Unset): The fully-qualified avatar url of the User. Example:
            https://example.com/avatar/123.
        bio (None | str | Unset): User's bio Example: The user's bio.
        company (None | str | Unset): User's Company Name Example: The user's company.
        headline (None | str | Unset): User's headline Example: The user's job title.
        external_source (None | str | Unset): User's external source Example: The external source that the user was
            created from.
        affiliate_code (None | str | Unset): User's affiliate code Example: abc123.
        affiliate_commission (float | None | Unset): Required only if the User is an affiliate. This should be greater
            than 0 and less than or equal to 100 if the type is percentage or lower than 9999.99 if is a fixed type.
            Example: 20.0.
        affiliate_commission_type (None | str | Unset): The affiliate payout type, it can be either % (percentage,
            default) or $ (fixed amount). Required only if the User is an affiliate. Example: %.
        affiliate_payout_email (None | str | Unset): The email of the User. Required only if the user is an affiliate.
            Used to pay the User out. Example: bob@example.com.
        custom_profile_fields (list[CustomProfileFieldRequest] | Unset): Custom profile fields for the User.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    password: str | Unset = UNSET
    roles: list[UpdateUserRequestRolesItem] | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    bio: None | str | Unset = UNSET
    company: None | str | Unset = UNSET
    headline: None | str | Unset = UNSET
    external_source: None | str | Unset = UNSET
    affiliate_code: None | str | Unset = UNSET
    affiliate_commission: float | None | Unset = UNSET
    affiliate_commission_type: None | str | Unset = UNSET
    affiliate_payout_email: None | str | Unset = UNSET
    custom_profile_fields: list[CustomProfileFieldRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        password = self.password

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

        company: None | str | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        headline: None | str | Unset
        if isinstance(self.headline, Unset):
            headline = UNSET
        else:
            headline = self.headline

        external_source: None | str | Unset
        if isinstance(self.external_source, Unset):
            external_source = UNSET
        else:
            external_source = self.external_source

        affiliate_code: None | str | Unset
        if isinstance(self.affiliate_code, Unset):
            affiliate_code = UNSET
        else:
            affiliate_code = self.affiliate_code

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

        custom_profile_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_profile_fields, Unset):
            custom_profile_fields = []
            for custom_profile_fields_item_data in self.custom_profile_fields:
                custom_profile_fields_item = custom_profile_fields_item_data.to_dict()
                custom_profile_fields.append(custom_profile_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if password is not UNSET:
            field_dict["password"] = password
        if roles is not UNSET:
            field_dict["roles"] = roles
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if bio is not UNSET:
            field_dict["bio"] = bio
        if company is not UNSET:
            field_dict["company"] = company
        if headline is not UNSET:
            field_dict["headline"] = headline
        if external_source is not UNSET:
            field_dict["external_source"] = external_source
        if affiliate_code is not UNSET:
            field_dict["affiliate_code"] = affiliate_code
        if affiliate_commission is not UNSET:
            field_dict["affiliate_commission"] = affiliate_commission
        if affiliate_commission_type is not UNSET:
            field_dict["affiliate_commission_type"] = affiliate_commission_type
        if affiliate_payout_email is not UNSET:
            field_dict["affiliate_payout_email"] = affiliate_payout_email
        if custom_profile_fields is not UNSET:
            field_dict["custom_profile_fields"] = custom_profile_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_profile_field_request import CustomProfileFieldRequest

        d = dict(src_dict)
        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        email = d.pop("email", UNSET)

        password = d.pop("password", UNSET)

        _roles = d.pop("roles", UNSET)
        roles: list[UpdateUserRequestRolesItem] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = check_update_user_request_roles_item(roles_item_data)

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

        def _parse_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company = _parse_company(d.pop("company", UNSET))

        def _parse_headline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        headline = _parse_headline(d.pop("headline", UNSET))

        def _parse_external_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_source = _parse_external_source(d.pop("external_source", UNSET))

        def _parse_affiliate_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        affiliate_code = _parse_affiliate_code(d.pop("affiliate_code", UNSET))

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

        _custom_profile_fields = d.pop("custom_profile_fields", UNSET)
        custom_profile_fields: list[CustomProfileFieldRequest] | Unset = UNSET
        if _custom_profile_fields is not UNSET:
            custom_profile_fields = []
            for custom_profile_fields_item_data in _custom_profile_fields:
                custom_profile_fields_item = CustomProfileFieldRequest.from_dict(
                    custom_profile_fields_item_data
                )

                custom_profile_fields.append(custom_profile_fields_item)

        update_user_request = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            password=password,
            roles=roles,
            avatar_url=avatar_url,
            bio=bio,
            company=company,
            headline=headline,
            external_source=external_source,
            affiliate_code=affiliate_code,
            affiliate_commission=affiliate_commission,
            affiliate_commission_type=affiliate_commission_type,
            affiliate_payout_email=affiliate_payout_email,
            custom_profile_fields=custom_profile_fields,
        )

        update_user_request.additional_properties = d
        return update_user_request

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
