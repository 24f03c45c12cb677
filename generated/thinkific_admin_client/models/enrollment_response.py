from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EnrollmentResponse")


@_attrs_define
class EnrollmentResponse:
    """
    Attributes:
        id (int): The ID of the Enrollment as an integer. Example: 1.
        user_email (str): The email of the User owning the Enrollment. Example: bob@example.com.
        user_name (str): The full name of the User owning the Enrollment. Example: Bob Smith.
        user_id (int): The ID of the User owning the Enrollment as an integer. Example: 1.
        course_name (str): The name of the Course. Example: My Course.
        course_id (int): The ID of the Course as an integer. Example: 1.
        percentage_completed (float): The percentage complete of the Enrollment. A number between 0.0 and 1.0. For
            example, to represent a percentage complete of 75%, this value would be 0.75. Example: 1.0.
        expired (bool): A boolean indicating whether the Enrollment is expired. Example: False.
        is_free_trial (bool): A boolean indicating whether the Enrollment is a free trial. Example: False.
        completed (bool): A boolean indicating whether the Enrollment is complete. Example: True.
        started_at (datetime.datetime | None): The date/time that the Enrollment started. Example: 2018-01-01T01:01:00Z.
        activated_at (datetime.datetime | None): The date/time that the Enrollment was activated. Example:
            2018-01-01T01:01:00Z.
        completed_at (datetime.datetime | None): The date/time that the Enrollment was completed. Example:
            2018-01-31T01:01:00Z.
        updated_at (datetime.datetime): The date/time that the Enrollment was updated last. Example:
            2018-01-31T01:01:00Z.
        expiry_date (datetime.datetime | None): The date/time that the Enrollment expires. Example:
            2019-01-01T01:01:00Z.
    """

    id: int
    user_email: str
    user_name: str
    user_id: int
    course_name: str
    course_id: int
    percentage_completed: float
    expired: bool
    is_free_trial: bool
    completed: bool
    started_at: datetime.datetime | None
    activated_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    updated_at: datetime.datetime
    expiry_date: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_email = self.user_email

        user_name = self.user_name

        user_id = self.user_id

        course_name = self.course_name

        course_id = self.course_id

        percentage_completed = self.percentage_completed

        expired = self.expired

        is_free_trial = self.is_free_trial

        completed = self.completed

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        activated_at: None | str
        if isinstance(self.activated_at, datetime.datetime):
            activated_at = self.activated_at.isoformat()
        else:
            activated_at = self.activated_at

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        updated_at = self.updated_at.isoformat()

        expiry_date: None | str
        if isinstance(self.expiry_date, datetime.datetime):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_email": user_email,
                "user_name": user_name,
                "user_id": user_id,
                "course_name": course_name,
                "course_id": course_id,
                "percentage_completed": percentage_completed,
                "expired": expired,
                "is_free_trial": is_free_trial,
                "completed": completed,
                "started_at": started_at,
                "activated_at": activated_at,
                "completed_at": completed_at,
                "updated_at": updated_at,
                "expiry_date": expiry_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        user_email = d.pop("user_email")

        user_name = d.pop("user_name")

        user_id = d.pop("user_id")

        course_name = d.pop("course_name")

        course_id = d.pop("course_id")

        percentage_completed = d.pop("percentage_completed")

        expired = d.pop("expired")

        is_free_trial = d.pop("is_free_trial")

        completed = d.pop("completed")

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        def _parse_activated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activated_at_type_0 = datetime.datetime.fromisoformat(data)

                return activated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        activated_at = _parse_activated_at(d.pop("activated_at"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_expiry_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiry_date_type_0 = datetime.datetime.fromisoformat(data)

                return expiry_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expiry_date = _parse_expiry_date(d.pop("expiry_date"))

        enrollment_response = cls(
            id=id,
            user_email=user_email,
            user_name=user_name,
            user_id=user_id,
            course_name=course_name,
            course_id=course_id,
            percentage_completed=percentage_completed,
            expired=expired,
            is_free_trial=is_free_trial,
            completed=completed,
            started_at=started_at,
            activated_at=activated_at,
            completed_at=completed_at,
            updated_at=updated_at,
            expiry_date=expiry_date,
        )

        enrollment_response.additional_properties = d
        return enrollment_response

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
