from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductPublishRequestBody")


@_attrs_define
class ProductPublishRequestBody:
    """
    Attributes:
        user_id (int): user responding for publish request Example: 1.
        response_text (str | Unset): approval or declining message Example: Course approved.
        notify_requester (bool | Unset): whether it should notify the user who made the request Example: True.
    """

    user_id: int
    response_text: str | Unset = UNSET
    notify_requester: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        response_text = self.response_text

        notify_requester = self.notify_requester

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if response_text is not UNSET:
            field_dict["response_text"] = response_text
        if notify_requester is not UNSET:
            field_dict["notify_requester"] = notify_requester

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        response_text = d.pop("response_text", UNSET)

        notify_requester = d.pop("notify_requester", UNSET)

        product_publish_request_body = cls(
            user_id=user_id,
            response_text=response_text,
            notify_requester=notify_requester,
        )

        product_publish_request_body.additional_properties = d
        return product_publish_request_body

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
