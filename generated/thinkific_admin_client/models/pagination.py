from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Pagination metadata

    Attributes:
        current_page (int | Unset): Current page number Example: 1.
        next_page (int | None | Unset): Next page number Example: 2.
        prev_page (int | None | Unset): Previous page number
        total_pages (int | Unset): Number of total pages Example: 10.
        total_items (int | Unset): Number of total items Example: 250.
        entries_info (str | Unset): Entries info Example: 1-10 of 10.
    """

    current_page: int | Unset = UNSET
    next_page: int | None | Unset = UNSET
    prev_page: int | None | Unset = UNSET
    total_pages: int | Unset = UNSET
    total_items: int | Unset = UNSET
    entries_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        next_page: int | None | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        prev_page: int | None | Unset
        if isinstance(self.prev_page, Unset):
            prev_page = UNSET
        else:
            prev_page = self.prev_page

        total_pages = self.total_pages

        total_items = self.total_items

        entries_info = self.entries_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if next_page is not UNSET:
            field_dict["next_page"] = next_page
        if prev_page is not UNSET:
            field_dict["prev_page"] = prev_page
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if total_items is not UNSET:
            field_dict["total_items"] = total_items
        if entries_info is not UNSET:
            field_dict["entries_info"] = entries_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        current_page = d.pop("current_page", UNSET)

        def _parse_next_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_page = _parse_next_page(d.pop("next_page", UNSET))

        def _parse_prev_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        prev_page = _parse_prev_page(d.pop("prev_page", UNSET))

        total_pages = d.pop("total_pages", UNSET)

        total_items = d.pop("total_items", UNSET)

        entries_info = d.pop("entries_info", UNSET)

        pagination = cls(
            current_page=current_page,
            next_page=next_page,
            prev_page=prev_page,
            total_pages=total_pages,
            total_items=total_items,
            entries_info=entries_info,
        )

        pagination.additional_properties = d
        return pagination

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
