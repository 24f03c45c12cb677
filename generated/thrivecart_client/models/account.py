from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """
    Attributes:
        account_name (str):
        account_id (str):
        account_url (str):
        account_version (str | Unset):
        user_id (str | Unset):
        user_username (str | Unset):
        user_name (str | Unset):
        custom_domain_enabled (bool | Unset):
        custom_domain (None | str | Unset):
    """

    account_name: str
    account_id: str
    account_url: str
    account_version: str | Unset = UNSET
    user_id: str | Unset = UNSET
    user_username: str | Unset = UNSET
    user_name: str | Unset = UNSET
    custom_domain_enabled: bool | Unset = UNSET
    custom_domain: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_name = self.account_name

        account_id = self.account_id

        account_url = self.account_url

        account_version = self.account_version

        user_id = self.user_id

        user_username = self.user_username

        user_name = self.user_name

        custom_domain_enabled = self.custom_domain_enabled

        custom_domain: None | str | Unset
        if isinstance(self.custom_domain, Unset):
            custom_domain = UNSET
        else:
            custom_domain = self.custom_domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_name": account_name,
                "account_id": account_id,
                "account_url": account_url,
            }
        )
        if account_version is not UNSET:
            field_dict["account_version"] = account_version
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_username is not UNSET:
            field_dict["user_username"] = user_username
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if custom_domain_enabled is not UNSET:
            field_dict["custom_domain_enabled"] = custom_domain_enabled
        if custom_domain is not UNSET:
            field_dict["custom_domain"] = custom_domain

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_name = d.pop("account_name")

        account_id = d.pop("account_id")

        account_url = d.pop("account_url")

        account_version = d.pop("account_version", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_username = d.pop("user_username", UNSET)

        user_name = d.pop("user_name", UNSET)

        custom_domain_enabled = d.pop("custom_domain_enabled", UNSET)

        def _parse_custom_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_domain = _parse_custom_domain(d.pop("custom_domain", UNSET))

        account = cls(
            account_name=account_name,
            account_id=account_id,
            account_url=account_url,
            account_version=account_version,
            user_id=user_id,
            user_username=user_username,
            user_name=user_name,
            custom_domain_enabled=custom_domain_enabled,
            custom_domain=custom_domain,
        )

        account.additional_properties = d
        return account

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
