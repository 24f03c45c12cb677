from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Student")


@_attrs_define
class Student:
    """
    Attributes:
        id (str):
        username (str):
        name (str | Unset):
        status (str | Unset):
        date_created (str | Unset):
        account_id (str | Unset):
    """

    id: str
    username: str
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    date_created: str | Unset = UNSET
    account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        name = self.name

        status = self.status

        date_created = self.date_created

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if account_id is not UNSET:
            field_dict["account_id"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        username = d.pop("username")

        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        date_created = d.pop("date_created", UNSET)

        account_id = d.pop("account_id", UNSET)

        student = cls(
            id=id,
            username=username,
            name=name,
            status=status,
            date_created=date_created,
            account_id=account_id,
        )

        student.additional_properties = d
        return student

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
