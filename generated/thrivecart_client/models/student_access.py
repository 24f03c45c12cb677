from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.student import Student


T = TypeVar("T", bound="StudentAccess")


@_attrs_define
class StudentAccess:
    """Show `auto_signin_url` to the student at once (docs).

    Attributes:
        auto_signin_url (str):
        student (Student):
        signin_url (str | Unset):
    """

    auto_signin_url: str
    student: Student
    signin_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_signin_url = self.auto_signin_url

        student = self.student.to_dict()

        signin_url = self.signin_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auto_signin_url": auto_signin_url,
                "student": student,
            }
        )
        if signin_url is not UNSET:
            field_dict["signin_url"] = signin_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.student import Student

        d = dict(src_dict)
        auto_signin_url = d.pop("auto_signin_url")

        student = Student.from_dict(d.pop("student"))

        signin_url = d.pop("signin_url", UNSET)

        student_access = cls(
            auto_signin_url=auto_signin_url,
            student=student,
            signin_url=signin_url,
        )

        student_access.additional_properties = d
        return student_access

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
