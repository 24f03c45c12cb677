from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseReviewResponse")


@_attrs_define
class CourseReviewResponse:
    """
    Attributes:
        id (int): The ID of the Course Review as an integer. Example: 1.
        rating (int): The rating, out of 5, of the Course Review. Example: 4.
        title (str): The Course Review title. Example: My Review.
        review_text (str): The body of the Course Review. Example: It was great!.
        user_id (int): The ID of the User writing the Course Review as an integer. Example: 1.
        course_id (int): The ID of the Course being reviewed as an integer. Example: 1.
        approved (bool): A boolean indicating whether the Course Review has been approved. Example: True.
        created_at (datetime.datetime | Unset): The date and time the Course Review was created. Example:
            2017-04-30T01:00:00Z.
    """

    id: int
    rating: int
    title: str
    review_text: str
    user_id: int
    course_id: int
    approved: bool
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        rating = self.rating

        title = self.title

        review_text = self.review_text

        user_id = self.user_id

        course_id = self.course_id

        approved = self.approved

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "rating": rating,
                "title": title,
                "review_text": review_text,
                "user_id": user_id,
                "course_id": course_id,
                "approved": approved,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        rating = d.pop("rating")

        title = d.pop("title")

        review_text = d.pop("review_text")

        user_id = d.pop("user_id")

        course_id = d.pop("course_id")

        approved = d.pop("approved")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        course_review_response = cls(
            id=id,
            rating=rating,
            title=title,
            review_text=review_text,
            user_id=user_id,
            course_id=course_id,
            approved=approved,
            created_at=created_at,
        )

        course_review_response.additional_properties = d
        return course_review_response

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
