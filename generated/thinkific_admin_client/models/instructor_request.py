from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstructorRequest")


@_attrs_define
class InstructorRequest:
    """
    Attributes:
        first_name (str): The first name of the Instructor Example: Bob.
        last_name (str): The last name of the Instructor Example: Jones.
        slug (str): The slug of the Instructor NOTE: This will be removed in future API versions Example: bob.
        user_id (int | Unset): The ID of the User owning the Instructor Example: 1.
        title (str | Unset): The title of the Instructor Example: Mr..
        bio (str | Unset): The bio of the Instructor Example: Bob Jones is an instructor of note..
        avatar_url (str | Unset): The fully-qualified url of the Instructor's avatar Example:
            https://example.com/avatar.png.
        email (str | Unset): The email of the Instructor Example: bob_jones@example.com.
    """

    first_name: str
    last_name: str
    slug: str
    user_id: int | Unset = UNSET
    title: str | Unset = UNSET
    bio: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        slug = self.slug

        user_id = self.user_id

        title = self.title

        bio = self.bio

        avatar_url = self.avatar_url

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
                "slug": slug,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if title is not UNSET:
            field_dict["title"] = title
        if bio is not UNSET:
            field_dict["bio"] = bio
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        slug = d.pop("slug")

        user_id = d.pop("user_id", UNSET)

        title = d.pop("title", UNSET)

        bio = d.pop("bio", UNSET)

        avatar_url = d.pop("avatar_url", UNSET)

        email = d.pop("email", UNSET)

        instructor_request = cls(
            first_name=first_name,
            last_name=last_name,
            slug=slug,
            user_id=user_id,
            title=title,
            bio=bio,
            avatar_url=avatar_url,
            email=email,
        )

        instructor_request.additional_properties = d
        return instructor_request

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
