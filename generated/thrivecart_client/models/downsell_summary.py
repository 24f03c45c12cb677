from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DownsellSummary")


@_attrs_define
class DownsellSummary:
    """
    Attributes:
        downsell_id (str):
        name (str):
        label (str | Unset):
        type_ (str | Unset):
        type_string (str | Unset):
    """

    downsell_id: str
    name: str
    label: str | Unset = UNSET
    type_: str | Unset = UNSET
    type_string: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        downsell_id = self.downsell_id

        name = self.name

        label = self.label

        type_ = self.type_

        type_string = self.type_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "downsell_id": downsell_id,
                "name": name,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_string is not UNSET:
            field_dict["typeString"] = type_string

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        downsell_id = d.pop("downsell_id")

        name = d.pop("name")

        label = d.pop("label", UNSET)

        type_ = d.pop("type", UNSET)

        type_string = d.pop("typeString", UNSET)

        downsell_summary = cls(
            downsell_id=downsell_id,
            name=name,
            label=label,
            type_=type_,
            type_string=type_string,
        )

        downsell_summary.additional_properties = d
        return downsell_summary

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
