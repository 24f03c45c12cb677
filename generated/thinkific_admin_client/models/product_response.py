from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_price_response import ProductPriceResponse


T = TypeVar("T", bound="ProductResponse")


@_attrs_define
class ProductResponse:
    """
    Attributes:
        id (int): The ID of the Product as an integer. Example: 1.
        created_at (datetime.datetime | Unset): The date and time that the Product was created. Example:
            2018-01-01T01:01:00Z.
        productable_id (int | Unset): The ID of the Course or Bundle that is represented by the Product. Example: 1.
        productable_type (str | Unset): The type of item that the Product represents. Example: Course.
        price (float | None | Unset): The price of the Product. ** NOTE: price will be deprecated in future versions of
            the API ** Example: 10.99.
        position (int | Unset): The position of the Product within the site. Used for ordering. Example: 1.
        status (str | Unset): The status of the Product. Can be either 'published' or 'draft'. Example: published.
        name (str | Unset): The name of the Product. Example: My Course.
        private (bool | Unset): A boolean indicating whether the Product is private. When private, a Product cannot be
            purchased. A user must be enrolled manually. Example: False.
        hidden (bool | Unset): A boolean indicating whether the Product is hidden. When hidden, the Product will not
            appear on any site pages. It's landing page will be still be accessible via a link, however. Example: False.
        subscription (bool | Unset): A boolean indicating whether the Product is a subscription or not.  Example: False.
        days_until_expiry (int | None | Unset): If access to a Product can end, this value controls how many days access
            is granted for from the date of enrollment. Example: 365.
        has_certificate (bool | Unset): A boolean indicating whether the Product has a certificate. Example: False.
        keywords (None | str | Unset): Keywords associated with the Product. Example: some key words.
        seo_title (None | str | Unset): The SEO title of the Product. Example: Product Title.
        seo_description (None | str | Unset): The SEO description of the Product. Example: Description.
        collection_ids (list[int] | Unset): The IDs of the Categories to which this Product belongs as integers.
            Example: [2, 3, 5].
        related_product_ids (list[int] | Unset): The IDs of any related Products as integers. Example: [16, 22].
        description (None | str | Unset): The description of the product (course or bundle) Example: Product
            Description.
        card_image_url (None | str | Unset): The card image URL for the product. Example: http://example.com/card.jpg.
        slug (str | Unset): The slug of the product Example: new-product.
        product_prices (list[ProductPriceResponse] | Unset): The Product Price objects for the Product.
    """

    id: int
    created_at: datetime.datetime | Unset = UNSET
    productable_id: int | Unset = UNSET
    productable_type: str | Unset = UNSET
    price: float | None | Unset = UNSET
    position: int | Unset = UNSET
    status: str | Unset = UNSET
    name: str | Unset = UNSET
    private: bool | Unset = UNSET
    hidden: bool | Unset = UNSET
    subscription: bool | Unset = UNSET
    days_until_expiry: int | None | Unset = UNSET
    has_certificate: bool | Unset = UNSET
    keywords: None | str | Unset = UNSET
    seo_title: None | str | Unset = UNSET
    seo_description: None | str | Unset = UNSET
    collection_ids: list[int] | Unset = UNSET
    related_product_ids: list[int] | Unset = UNSET
    description: None | str | Unset = UNSET
    card_image_url: None | str | Unset = UNSET
    slug: str | Unset = UNSET
    product_prices: list[ProductPriceResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        productable_id = self.productable_id

        productable_type = self.productable_type

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        position = self.position

        status = self.status

        name = self.name

        private = self.private

        hidden = self.hidden

        subscription = self.subscription

        days_until_expiry: int | None | Unset
        if isinstance(self.days_until_expiry, Unset):
            days_until_expiry = UNSET
        else:
            days_until_expiry = self.days_until_expiry

        has_certificate = self.has_certificate

        keywords: None | str | Unset
        if isinstance(self.keywords, Unset):
            keywords = UNSET
        else:
            keywords = self.keywords

        seo_title: None | str | Unset
        if isinstance(self.seo_title, Unset):
            seo_title = UNSET
        else:
            seo_title = self.seo_title

        seo_description: None | str | Unset
        if isinstance(self.seo_description, Unset):
            seo_description = UNSET
        else:
            seo_description = self.seo_description

        collection_ids: list[int] | Unset = UNSET
        if not isinstance(self.collection_ids, Unset):
            collection_ids = self.collection_ids

        related_product_ids: list[int] | Unset = UNSET
        if not isinstance(self.related_product_ids, Unset):
            related_product_ids = self.related_product_ids

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        card_image_url: None | str | Unset
        if isinstance(self.card_image_url, Unset):
            card_image_url = UNSET
        else:
            card_image_url = self.card_image_url

        slug = self.slug

        product_prices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_prices, Unset):
            product_prices = []
            for product_prices_item_data in self.product_prices:
                product_prices_item = product_prices_item_data.to_dict()
                product_prices.append(product_prices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if productable_id is not UNSET:
            field_dict["productable_id"] = productable_id
        if productable_type is not UNSET:
            field_dict["productable_type"] = productable_type
        if price is not UNSET:
            field_dict["price"] = price
        if position is not UNSET:
            field_dict["position"] = position
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name
        if private is not UNSET:
            field_dict["private"] = private
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if days_until_expiry is not UNSET:
            field_dict["days_until_expiry"] = days_until_expiry
        if has_certificate is not UNSET:
            field_dict["has_certificate"] = has_certificate
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if seo_title is not UNSET:
            field_dict["seo_title"] = seo_title
        if seo_description is not UNSET:
            field_dict["seo_description"] = seo_description
        if collection_ids is not UNSET:
            field_dict["collection_ids"] = collection_ids
        if related_product_ids is not UNSET:
            field_dict["related_product_ids"] = related_product_ids
        if description is not UNSET:
            field_dict["description"] = description
        if card_image_url is not UNSET:
            field_dict["card_image_url"] = card_image_url
        if slug is not UNSET:
            field_dict["slug"] = slug
        if product_prices is not UNSET:
            field_dict["product_prices"] = product_prices

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.product_price_response import ProductPriceResponse

        d = dict(src_dict)
        id = d.pop("id")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        productable_id = d.pop("productable_id", UNSET)

        productable_type = d.pop("productable_type", UNSET)

        def _parse_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        position = d.pop("position", UNSET)

        status = d.pop("status", UNSET)

        name = d.pop("name", UNSET)

        private = d.pop("private", UNSET)

        hidden = d.pop("hidden", UNSET)

        subscription = d.pop("subscription", UNSET)

        def _parse_days_until_expiry(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days_until_expiry = _parse_days_until_expiry(d.pop("days_until_expiry", UNSET))

        has_certificate = d.pop("has_certificate", UNSET)

        def _parse_keywords(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        keywords = _parse_keywords(d.pop("keywords", UNSET))

        def _parse_seo_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seo_title = _parse_seo_title(d.pop("seo_title", UNSET))

        def _parse_seo_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seo_description = _parse_seo_description(d.pop("seo_description", UNSET))

        collection_ids = cast(list[int], d.pop("collection_ids", UNSET))

        related_product_ids = cast(list[int], d.pop("related_product_ids", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_card_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_image_url = _parse_card_image_url(d.pop("card_image_url", UNSET))

        slug = d.pop("slug", UNSET)

        _product_prices = d.pop("product_prices", UNSET)
        product_prices: list[ProductPriceResponse] | Unset = UNSET
        if _product_prices is not UNSET:
            product_prices = []
            for product_prices_item_data in _product_prices:
                product_prices_item = ProductPriceResponse.from_dict(
                    product_prices_item_data
                )

                product_prices.append(product_prices_item)

        product_response = cls(
            id=id,
            created_at=created_at,
            productable_id=productable_id,
            productable_type=productable_type,
            price=price,
            position=position,
            status=status,
            name=name,
            private=private,
            hidden=hidden,
            subscription=subscription,
            days_until_expiry=days_until_expiry,
            has_certificate=has_certificate,
            keywords=keywords,
            seo_title=seo_title,
            seo_description=seo_description,
            collection_ids=collection_ids,
            related_product_ids=related_product_ids,
            description=description,
            card_image_url=card_image_url,
            slug=slug,
            product_prices=product_prices,
        )

        product_response.additional_properties = d
        return product_response

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
