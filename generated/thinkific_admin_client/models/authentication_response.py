from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authentication_response_provider import (
    AuthenticationResponseProvider,
    check_authentication_response_provider,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthenticationResponse")


@_attrs_define
class AuthenticationResponse:
    """
    Attributes:
        provider (AuthenticationResponseProvider | Unset): Authentication provider associated with the user. Example:
            OPENID_CONNECT.
        external_id (str | Unset): User External Id given by the provider. Example: abc123.
    """

    provider: AuthenticationResponseProvider | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["provider"] = provider
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _provider = d.pop("provider", UNSET)
        provider: AuthenticationResponseProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = check_authentication_response_provider(_provider)

        external_id = d.pop("external_id", UNSET)

        authentication_response = cls(
            provider=provider,
            external_id=external_id,
        )

        authentication_response.additional_properties = d
        return authentication_response

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
