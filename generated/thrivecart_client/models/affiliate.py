from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.affiliate_product import AffiliateProduct


T = TypeVar("T", bound="Affiliate")


@_attrs_define
class Affiliate:
    """
    Attributes:
        user_id (str):
        email (str):
        affiliate_id (str):
        products (list[AffiliateProduct]):
        label (str | Unset):
        name (str | Unset):
        is_favourite (bool | Unset):
    """

    user_id: str
    email: str
    affiliate_id: str
    products: list[AffiliateProduct]
    label: str | Unset = UNSET
    name: str | Unset = UNSET
    is_favourite: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        email = self.email

        affiliate_id = self.affiliate_id

        products = []
        for products_item_data in self.products:
            products_item = products_item_data.to_dict()
            products.append(products_item)

        label = self.label

        name = self.name

        is_favourite = self.is_favourite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "email": email,
                "affiliate_id": affiliate_id,
                "products": products,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if name is not UNSET:
            field_dict["name"] = name
        if is_favourite is not UNSET:
            field_dict["is_favourite"] = is_favourite

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.affiliate_product import AffiliateProduct

        d = dict(src_dict)
        user_id = d.pop("user_id")

        email = d.pop("email")

        affiliate_id = d.pop("affiliate_id")

        products = []
        _products = d.pop("products")
        for products_item_data in _products:
            products_item = AffiliateProduct.from_dict(products_item_data)

            products.append(products_item)

        label = d.pop("label", UNSET)

        name = d.pop("name", UNSET)

        is_favourite = d.pop("is_favourite", UNSET)

        affiliate = cls(
            user_id=user_id,
            email=email,
            affiliate_id=affiliate_id,
            products=products,
            label=label,
            name=name,
            is_favourite=is_favourite,
        )

        affiliate.additional_properties = d
        return affiliate

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
