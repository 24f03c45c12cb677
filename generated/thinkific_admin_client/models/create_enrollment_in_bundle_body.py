from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEnrollmentInBundleBody")


@_attrs_define
class CreateEnrollmentInBundleBody:
    """
    Attributes:
        user_id (int):
        activated_at (datetime.datetime | Unset): The date/time at which the Enrollment is to be activated. If not
            provided, the Enrollment will only provide access to free preview content within the Courses. Provide full
            access to courses by setting this value to the current date/time.
        expiry_date (datetime.datetime | Unset): The date/time at which the Enrollment should be expired. If not
            provided, the Enrollment does not expire.
    """

    user_id: int
    activated_at: datetime.datetime | Unset = UNSET
    expiry_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        activated_at: str | Unset = UNSET
        if not isinstance(self.activated_at, Unset):
            activated_at = self.activated_at.isoformat()

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if activated_at is not UNSET:
            field_dict["activated_at"] = activated_at
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        _activated_at = d.pop("activated_at", UNSET)
        activated_at: datetime.datetime | Unset
        if isinstance(_activated_at, Unset):
            activated_at = UNSET
        else:
            activated_at = datetime.datetime.fromisoformat(_activated_at)

        _expiry_date = d.pop("expiry_date", UNSET)
        expiry_date: datetime.datetime | Unset
        if isinstance(_expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = datetime.datetime.fromisoformat(_expiry_date)

        create_enrollment_in_bundle_body = cls(
            user_id=user_id,
            activated_at=activated_at,
            expiry_date=expiry_date,
        )

        create_enrollment_in_bundle_body.additional_properties = d
        return create_enrollment_in_bundle_body

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
