from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateGroupUsersRequest")


@_attrs_define
class CreateGroupUsersRequest:
    """
    Attributes:
        user_id (int): The ID of the User to add to Groups Example: 1.
        group_names (list[str]): The list of Group names to add selected User to Example: ['New Group 1', 'New Group
            2'].
    """

    user_id: int
    group_names: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        group_names = self.group_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "group_names": group_names,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        group_names = cast(list[str], d.pop("group_names"))

        create_group_users_request = cls(
            user_id=user_id,
            group_names=group_names,
        )

        create_group_users_request.additional_properties = d
        return create_group_users_request

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
