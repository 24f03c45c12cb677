from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_response_contentable_type import (
    ContentResponseContentableType,
    check_content_response_contentable_type,
)

T = TypeVar("T", bound="ContentResponse")


@_attrs_define
class ContentResponse:
    """
    Attributes:
        id (int): The ID of the Content as an integer Example: 1.
        name (str): The name of the Content Example: Video Lesson.
        position (int): The position of the Content within a Chapter. Example: 1.
        chapter_id (int): The ID of the Chapter that the Content is in as an integer Example: 1.
        contentable_type (ContentResponseContentableType): The type of the Content Example: Lesson.
        free (bool): A boolean indicating whether the Content is free Example: False.
        take_url (str): The url of the Content in the Course Player Example:
            http://somesite.thinkific.com/courses/take/xxx/yyy.
    """

    id: int
    name: str
    position: int
    chapter_id: int
    contentable_type: ContentResponseContentableType
    free: bool
    take_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        position = self.position

        chapter_id = self.chapter_id

        contentable_type: str = self.contentable_type

        free = self.free

        take_url = self.take_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "position": position,
                "chapter_id": chapter_id,
                "contentable_type": contentable_type,
                "free": free,
                "take_url": take_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        position = d.pop("position")

        chapter_id = d.pop("chapter_id")

        contentable_type = check_content_response_contentable_type(
            d.pop("contentable_type")
        )

        free = d.pop("free")

        take_url = d.pop("take_url")

        content_response = cls(
            id=id,
            name=name,
            position=position,
            chapter_id=chapter_id,
            contentable_type=contentable_type,
            free=free,
            take_url=take_url,
        )

        content_response.additional_properties = d
        return content_response

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
