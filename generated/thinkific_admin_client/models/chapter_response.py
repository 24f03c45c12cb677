from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChapterResponse")


@_attrs_define
class ChapterResponse:
    """
    Attributes:
        id (int): The ID of the Chapter as an integer Example: 1.
        name (str): The name of the Chapter Example: Chapter 1.
        position (int): The position of the Chapter within the Course Example: 1.
        content_ids (list[int]):  Example: [1, 2, 3].
        description (None | str | Unset): The description of the Chapter Example: The first Chapter.
        duration_in_seconds (int | None | Unset): The duration of the Chapter in seconds. This is the sum of the length
            of the video lessons in the Chapter Example: 60.
    """

    id: int
    name: str
    position: int
    content_ids: list[int]
    description: None | str | Unset = UNSET
    duration_in_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        position = self.position

        content_ids = self.content_ids

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        duration_in_seconds: int | None | Unset
        if isinstance(self.duration_in_seconds, Unset):
            duration_in_seconds = UNSET
        else:
            duration_in_seconds = self.duration_in_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "position": position,
                "content_ids": content_ids,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if duration_in_seconds is not UNSET:
            field_dict["duration_in_seconds"] = duration_in_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        position = d.pop("position")

        content_ids = cast(list[int], d.pop("content_ids"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_duration_in_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_in_seconds = _parse_duration_in_seconds(
            d.pop("duration_in_seconds", UNSET)
        )

        chapter_response = cls(
            id=id,
            name=name,
            position=position,
            content_ids=content_ids,
            description=description,
            duration_in_seconds=duration_in_seconds,
        )

        chapter_response.additional_properties = d
        return chapter_response

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
