from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BundleResponse")


@_attrs_define
class BundleResponse:
    """
    Attributes:
        id (float): The ID of the Bundle Example: 1.0.
        name (str): The name of the Bundle Example: A Bundle.
        course_ids (list[float]):
        description (str | Unset): The description on the Bundle Example: The Bundle description.
        tagline (str | Unset): The tagline for the Bundle (Deprecated) Example: Bundle tagline.
        banner_image_url (str | Unset): Deprecated - use 'bundle_card_image_url'* - The banner image url for the Bundle.
            Example: http://example.com/image.jpg.
        bundle_card_image_url (str | Unset): The card image url for the Bundle Example: http://example.com/image.jpg.
    """

    id: float
    name: str
    course_ids: list[float]
    description: str | Unset = UNSET
    tagline: str | Unset = UNSET
    banner_image_url: str | Unset = UNSET
    bundle_card_image_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        course_ids = self.course_ids

        description = self.description

        tagline = self.tagline

        banner_image_url = self.banner_image_url

        bundle_card_image_url = self.bundle_card_image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "course_ids": course_ids,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if tagline is not UNSET:
            field_dict["tagline"] = tagline
        if banner_image_url is not UNSET:
            field_dict["banner_image_url"] = banner_image_url
        if bundle_card_image_url is not UNSET:
            field_dict["bundle_card_image_url"] = bundle_card_image_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        course_ids = cast(list[float], d.pop("course_ids"))

        description = d.pop("description", UNSET)

        tagline = d.pop("tagline", UNSET)

        banner_image_url = d.pop("banner_image_url", UNSET)

        bundle_card_image_url = d.pop("bundle_card_image_url", UNSET)

        bundle_response = cls(
            id=id,
            name=name,
            course_ids=course_ids,
            description=description,
            tagline=tagline,
            banner_image_url=banner_image_url,
            bundle_card_image_url=bundle_card_image_url,
        )

        bundle_response.additional_properties = d
        return bundle_response

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
