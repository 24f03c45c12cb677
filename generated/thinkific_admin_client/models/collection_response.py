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
        id (float): The ID of the Category as an integer Example: 1.0.
        name (str): The name of the Category Example: All Courses.
        description (str): The description of the Category Example: All the Courses in the Site.
        created_at (datetime.datetime): The date and time when the Category was created Example: 2018-01-01T01:01:00Z.
        product_ids (list[float]):  Example: [1, 2].
        default (bool): A boolean indicating whether the Category is the default Example: True.
        slug (str | Unset): courses (string, required) - The slug of the Category Example: all.
    """

    id: float
    name: str
    description: str
    created_at: datetime.datetime
    product_ids: list[float]
    default: bool
    slug: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        created_at = self.created_at.isoformat()

        product_ids = self.product_ids

        default = self.default

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

        description = d.pop("description")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        product_ids = cast(list[float], d.pop("product_ids"))

        default = d.pop("default")

        slug = d.pop("slug", UNSET)

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
