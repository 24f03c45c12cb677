from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstructorResponse")


@_attrs_define
class InstructorResponse:
    """
    Attributes:
        id (float): The ID of the Instructor as an integer. Example: 1.0.
        first_name (str): The first name of the Instructor. Example: My Course.
        last_name (str): The last name of the Instructor. Example: My Course.
        created_at (str): The date/time that the Instructor was created.
        user_id (float | Unset): The ID of the User owning the Instructor Example: 12.0.
        title (str | Unset): The title of the Instructor Example: Mr..
        bio (str | Unset): The bio of the Instructor Example: Bob Jones is an instructor of note..
        slug (str | Unset): The slug of the Instructor NOTE: This will be removed in future API versions Example: bob.
        avatar_url (str | Unset): The fully-qualified url of the Instructor's avatar Example:
            https://example.com/avatar.png.
        email (str | Unset): The email of the Instructor Example: bob_jones@example.com.
    """

    id: float
    first_name: str
    last_name: str
    created_at: str
    user_id: float | Unset = UNSET
    title: str | Unset = UNSET
    bio: str | Unset = UNSET
    slug: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        created_at = self.created_at

        user_id = self.user_id

        title = self.title

        bio = self.bio

        slug = self.slug

        avatar_url = self.avatar_url

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "first_name": first_name,
                "last_name": last_name,
                "created_at": created_at,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if title is not UNSET:
            field_dict["title"] = title
        if bio is not UNSET:
            field_dict["bio"] = bio
        if slug is not UNSET:
            field_dict["slug"] = slug
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        created_at = d.pop("created_at")

        user_id = d.pop("user_id", UNSET)

        title = d.pop("title", UNSET)

        bio = d.pop("bio", UNSET)

        slug = d.pop("slug", UNSET)

        avatar_url = d.pop("avatar_url", UNSET)

        email = d.pop("email", UNSET)

        instructor_response = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            created_at=created_at,
            user_id=user_id,
            title=title,
            bio=bio,
            slug=slug,
            avatar_url=avatar_url,
            email=email,
        )

        instructor_response.additional_properties = d
        return instructor_response

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
