from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionResponse")


@_attrs_define
class CollectionResponse:
    """
    Attributes:
        id (int): The ID of the Category as an integer Example: 1.
        name (str): The name of the Category Example: All Courses.
        description (None | str): The description of the Category Example: All the Courses in the Site.
        created_at (datetime.datetime): The date and time when the Category was created Example: 2018-01-01T01:01:00Z.
        product_ids (list[int]):  Example: [1, 2].
        default (bool): A boolean indicating whether the Category is the default Example: True.
        slug (None | str | Unset): courses (string, required) - The slug of the Category Example: all.
    """

    id: int
    name: str
    description: None | str
    created_at: datetime.datetime
    product_ids: list[int]
    default: bool
    slug: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        created_at = self.created_at.isoformat()

        product_ids = self.product_ids

        default = self.default

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "created_at": created_at,
                "product_ids": product_ids,
                "default": default,
            }
        )
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        product_ids = cast(list[int], d.pop("product_ids"))

        default = d.pop("default")

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        collection_response = cls(
            id=id,
            name=name,
            description=description,
            created_at=created_at,
            product_ids=product_ids,
            default=default,
            slug=slug,
        )

        collection_response.additional_properties = d
        return collection_response

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
