from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateCourseReviewRequest")


@_attrs_define
class CreateCourseReviewRequest:
    """
    Attributes:
        rating (int): The rating, out of 5, of the Course Review. Example: 4.
        title (str): The Course Review title. Example: My Review.
        review_text (str): The body of the Course Review. Example: It was great!.
        user_id (int): The ID of the User writing the Course Review as an integer. Example: 1.
        approved (bool): A boolean indicating whether the Course Review has been approved. Example: True.
    """

    rating: int
    title: str
    review_text: str
    user_id: int
    approved: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rating = self.rating

        title = self.title

        review_text = self.review_text

        user_id = self.user_id

        approved = self.approved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rating": rating,
                "title": title,
                "review_text": review_text,
                "user_id": user_id,
                "approved": approved,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rating = d.pop("rating")

        title = d.pop("title")

        review_text = d.pop("review_text")

        user_id = d.pop("user_id")

        approved = d.pop("approved")

        create_course_review_request = cls(
            rating=rating,
            title=title,
            review_text=review_text,
            user_id=user_id,
            approved=approved,
        )

        create_course_review_request.additional_properties = d
        return create_course_review_request

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
