from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductPublishRequest")


@_attrs_define
class ProductPublishRequest:
    """
    Attributes:
        product_id (int): The ID pf the Product as an integer. Example: 1.
        status (str): The approval status of the Product Publish Request. Can be either 'approved' or 'denied'. Example:
            approved.
        requesting_user_id (int): The ID of the requesting User as an integer. Example: 1.
        id (int): The ID of the Product Publish Request as an integer. Example: 1.
        response_text (None | str | Unset): The text of the response provided by the approver. Example: Wow! Great
            course!.
        responding_user_id (int | None | Unset): The ID of the responding User as an integer. Example: 1.
        completed_at (None | str | Unset): The date/time the Product Publish Request was completed.
        created_at (str | Unset): The date/time the Product Publish Request was created.
        updated_at (str | Unset): The date/time the Product Publish Request was last updated.
    """

    product_id: int
    status: str
    requesting_user_id: int
    id: int
    response_text: None | str | Unset = UNSET
    responding_user_id: int | None | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        status = self.status

        requesting_user_id = self.requesting_user_id

        id = self.id

        response_text: None | str | Unset
        if isinstance(self.response_text, Unset):
            response_text = UNSET
        else:
            response_text = self.response_text

        responding_user_id: int | None | Unset
        if isinstance(self.responding_user_id, Unset):
            responding_user_id = UNSET
        else:
            responding_user_id = self.responding_user_id

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_id": product_id,
                "status": status,
                "requesting_user_id": requesting_user_id,
                "id": id,
            }
        )
        if response_text is not UNSET:
            field_dict["response_text"] = response_text
        if responding_user_id is not UNSET:
            field_dict["responding_user_id"] = responding_user_id
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_id = d.pop("product_id")

        status = d.pop("status")

        requesting_user_id = d.pop("requesting_user_id")

        id = d.pop("id")

        def _parse_response_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response_text = _parse_response_text(d.pop("response_text", UNSET))

        def _parse_responding_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        responding_user_id = _parse_responding_user_id(
            d.pop("responding_user_id", UNSET)
        )

        def _parse_completed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        product_publish_request = cls(
            product_id=product_id,
            status=status,
            requesting_user_id=requesting_user_id,
            id=id,
            response_text=response_text,
            responding_user_id=responding_user_id,
            completed_at=completed_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        product_publish_request.additional_properties = d
        return product_publish_request

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
