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
        id (int): The ID of the Bundle Example: 1.
        name (str): The name of the Bundle Example: A Bundle.
        course_ids (list[int]):
        description (None | str | Unset): The description on the Bundle Example: The Bundle description.
        tagline (None | str | Unset): The tagline for the Bundle (Deprecated) Example: Bundle tagline.
        banner_image_url (None | str | Unset): Deprecated - use 'bundle_card_image_url'* - The banner image url for the
            Bundle. Example: http://example.com/image.jpg.
        bundle_card_image_url (None | str | Unset): The card image url for the Bundle Example:
            http://example.com/image.jpg.
    """

    id: int
    name: str
    course_ids: list[int]
    description: None | str | Unset = UNSET
    tagline: None | str | Unset = UNSET
    banner_image_url: None | str | Unset = UNSET
    bundle_card_image_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        course_ids = self.course_ids

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tagline: None | str | Unset
        if isinstance(self.tagline, Unset):
            tagline = UNSET
        else:
            tagline = self.tagline

        banner_image_url: None | str | Unset
        if isinstance(self.banner_image_url, Unset):
            banner_image_url = UNSET
        else:
            banner_image_url = self.banner_image_url

        bundle_card_image_url: None | str | Unset
        if isinstance(self.bundle_card_image_url, Unset):
            bundle_card_image_url = UNSET
        else:
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

        course_ids = cast(list[int], d.pop("course_ids"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_tagline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tagline = _parse_tagline(d.pop("tagline", UNSET))

        def _parse_banner_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        banner_image_url = _parse_banner_image_url(d.pop("banner_image_url", UNSET))

        def _parse_bundle_card_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bundle_card_image_url = _parse_bundle_card_image_url(
            d.pop("bundle_card_image_url", UNSET)
        )

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
