from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_student_body_order_infopurchase_type import (
    CreateStudentBodyOrderInfopurchaseType,
    check_create_student_body_order_infopurchase_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateStudentBody")


@_attrs_define
class CreateStudentBody:
    """
    Attributes:
        email (str): Student's email (used to sign in)
        course_id (str): Course ID to grant access to
        name (str | Unset): (Optional) Student's name (max length: 150 characters)
        tags (str | Unset): (Optional) Array of tags to apply to the student
        order_infoorder_id (str | Unset): (Optional) Associate this with a ThriveCart order
        order_infopurchase_type (CreateStudentBodyOrderInfopurchaseType | Unset): (Optional) If associating with a
            ThriveCart order, specify the type of purchase (product, bump, upsell, downsell)
        order_infopurchase_id (str | Unset): (Optional) If associating with a ThriveCart order, specify the numeric ID
            of the item purchased
        trigger_emails (bool | Unset): (Optional) Trigger email to student? Defaults to true Example: True.
    """

    email: str
    course_id: str
    name: str | Unset = UNSET
    tags: str | Unset = UNSET
    order_infoorder_id: str | Unset = UNSET
    order_infopurchase_type: CreateStudentBodyOrderInfopurchaseType | Unset = UNSET
    order_infopurchase_id: str | Unset = UNSET
    trigger_emails: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        course_id = self.course_id

        name = self.name

        tags = self.tags

        order_infoorder_id = self.order_infoorder_id

        order_infopurchase_type: str | Unset = UNSET
        if not isinstance(self.order_infopurchase_type, Unset):
            order_infopurchase_type = self.order_infopurchase_type

        order_infopurchase_id = self.order_infopurchase_id

        trigger_emails = self.trigger_emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "course_id": course_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags[]"] = tags
        if order_infoorder_id is not UNSET:
            field_dict["order_info[order_id]"] = order_infoorder_id
        if order_infopurchase_type is not UNSET:
            field_dict["order_info[purchase_type]"] = order_infopurchase_type
        if order_infopurchase_id is not UNSET:
            field_dict["order_info[purchase_id]"] = order_infopurchase_id
        if trigger_emails is not UNSET:
            field_dict["trigger_emails"] = trigger_emails

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("email", (None, str(self.email).encode(), "text/plain")))

        files.append(("course_id", (None, str(self.course_id).encode(), "text/plain")))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.tags, Unset):
            files.append(("tags[]", (None, str(self.tags).encode(), "text/plain")))

        if not isinstance(self.order_infoorder_id, Unset):
            files.append(
                (
                    "order_info[order_id]",
                    (None, str(self.order_infoorder_id).encode(), "text/plain"),
                )
            )

        if not isinstance(self.order_infopurchase_type, Unset):
            files.append(
                (
                    "order_info[purchase_type]",
                    (None, str(self.order_infopurchase_type).encode(), "text/plain"),
                )
            )

        if not isinstance(self.order_infopurchase_id, Unset):
            files.append(
                (
                    "order_info[purchase_id]",
                    (None, str(self.order_infopurchase_id).encode(), "text/plain"),
                )
            )

        if not isinstance(self.trigger_emails, Unset):
            files.append(
                (
                    "trigger_emails",
                    (None, str(self.trigger_emails).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        course_id = d.pop("course_id")

        name = d.pop("name", UNSET)

        tags = d.pop("tags[]", UNSET)

        order_infoorder_id = d.pop("order_info[order_id]", UNSET)

        _order_infopurchase_type = d.pop("order_info[purchase_type]", UNSET)
        order_infopurchase_type: CreateStudentBodyOrderInfopurchaseType | Unset
        if isinstance(_order_infopurchase_type, Unset):
            order_infopurchase_type = UNSET
        else:
            order_infopurchase_type = check_create_student_body_order_infopurchase_type(
                _order_infopurchase_type
            )

        order_infopurchase_id = d.pop("order_info[purchase_id]", UNSET)

        trigger_emails = d.pop("trigger_emails", UNSET)

        create_student_body = cls(
            email=email,
            course_id=course_id,
            name=name,
            tags=tags,
            order_infoorder_id=order_infoorder_id,
            order_infopurchase_type=order_infopurchase_type,
            order_infopurchase_id=order_infopurchase_id,
            trigger_emails=trigger_emails,
        )

        create_student_body.additional_properties = d
        return create_student_body

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
