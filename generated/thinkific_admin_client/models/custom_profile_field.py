from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomProfileField")


@_attrs_define
class CustomProfileField:
    """
    Attributes:
        id (int | Unset): Custom profile field ID Example: 1.
        value (str | Unset): Custom profile field value Example: 887 909 9999.
        label (str | Unset): Custom profile field label Example: Phone.
        custom_profile_field_definition_id (int | Unset): Custom profile field definition ID Example: 1.
    """

    id: int | Unset = UNSET
    value: str | Unset = UNSET
    label: str | Unset = UNSET
    custom_profile_field_definition_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value = self.value

        label = self.label

        custom_profile_field_definition_id = self.custom_profile_field_definition_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if value is not UNSET:
            field_dict["value"] = value
        if label is not UNSET:
            field_dict["label"] = label
        if custom_profile_field_definition_id is not UNSET:
            field_dict["custom_profile_field_definition_id"] = (
                custom_profile_field_definition_id
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        value = d.pop("value", UNSET)

        label = d.pop("label", UNSET)

        custom_profile_field_definition_id = d.pop(
            "custom_profile_field_definition_id", UNSET
        )

        custom_profile_field = cls(
            id=id,
            value=value,
            label=label,
            custom_profile_field_definition_id=custom_profile_field_definition_id,
        )

        custom_profile_field.additional_properties = d
        return custom_profile_field

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
