from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.affiliate import Affiliate
    from ..models.list_meta import ListMeta


T = TypeVar("T", bound="AffiliateList")


@_attrs_define
class AffiliateList:
    """
    Attributes:
        affiliates (list[Affiliate]):
        meta (ListMeta):
    """

    affiliates: list[Affiliate]
    meta: ListMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        affiliates = []
        for affiliates_item_data in self.affiliates:
            affiliates_item = affiliates_item_data.to_dict()
            affiliates.append(affiliates_item)

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "affiliates": affiliates,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.affiliate import Affiliate
        from ..models.list_meta import ListMeta

        d = dict(src_dict)
        affiliates = []
        _affiliates = d.pop("affiliates")
        for affiliates_item_data in _affiliates:
            affiliates_item = Affiliate.from_dict(affiliates_item_data)

            affiliates.append(affiliates_item)

        meta = ListMeta.from_dict(d.pop("meta"))

        affiliate_list = cls(
            affiliates=affiliates,
            meta=meta,
        )

        affiliate_list.additional_properties = d
        return affiliate_list

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
