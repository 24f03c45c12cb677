from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomProfileFieldRequest")


@_attrs_define
class CustomProfileFieldRequest:
    """
    Attributes:
        custom_profile_field_definition_id (int): Custom profile field definition id Example: 1.
        value (str | Unset): Custom profile field value Example: 887 909 9999.
    """

    custom_profile_field_definition_id: int
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_profile_field_definition_id = self.custom_profile_field_definition_id

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_profile_field_definition_id": custom_profile_field_definition_id,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        custom_profile_field_definition_id = d.pop("custom_profile_field_definition_id")

        value = d.pop("value", UNSET)

        custom_profile_field_request = cls(
            custom_profile_field_definition_id=custom_profile_field_definition_id,
            value=value,
        )

        custom_profile_field_request.additional_properties = d
        return custom_profile_field_request

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
