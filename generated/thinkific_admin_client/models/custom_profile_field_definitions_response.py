from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomProfileFieldDefinitionsResponse")


@_attrs_define
class CustomProfileFieldDefinitionsResponse:
    """
    Attributes:
        id (int): The ID of the Custom Profile Field Definition as an integer. Example: 1.
        label (str): The label of the Custom Profile Field Definition. Example: Phone.
        field_type (str): The Course's Product ID as an integer. Example: 1.
        required (bool): A boolean indicating whether the Custom Profile Field Definition is required. Example: True.
    """

    id: int
    label: str
    field_type: str
    required: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        field_type = self.field_type

        required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "label": label,
                "field_type": field_type,
                "required": required,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label")

        field_type = d.pop("field_type")

        required = d.pop("required")

        custom_profile_field_definitions_response = cls(
            id=id,
            label=label,
            field_type=field_type,
            required=required,
        )

        custom_profile_field_definitions_response.additional_properties = d
        return custom_profile_field_definitions_response

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
