"""What the rules point at: the Thinkific site's courses, bundles and custom profile fields
(:class:`School`) and, optionally, the ThriveCart account's products (:class:`CartCatalogue`).

Both are fetched once and kept as JSON snapshots (:meth:`School.to_json`): checking a rules file
needs no network, and "refresh" (the seed's Refresh button) is fetching again and saving.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from thinkific_admin_client.types import Unset

from aiothinkific._pagination import DEFAULT_PAGE_SIZE
from aiothinkific.engine.model import Item, ItemKind

if TYPE_CHECKING:
    from aiothinkific import Thinkific, ThriveCart


@dataclass(frozen=True)
class ProfileField:
    """A custom profile field definition (a custom signup field)."""

    label: str
    field_type: str


@dataclass(frozen=True)
class School:
    """A Thinkific site's courses and bundles (id -> name) and custom profile field
    definitions (id -> :class:`ProfileField`)."""

    courses: Mapping[int, str] = field(default_factory=dict)
    bundles: Mapping[int, str] = field(default_factory=dict)
    profile_fields: Mapping[int, ProfileField] = field(default_factory=dict)
    fetched_at: datetime.datetime | None = None
    #: The product that sells each course and bundle (``"course-3"`` -> product id): what an
    #: external order names.
    products: Mapping[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON data (``json.dumps`` it); ids become strings, as JSON keys must."""
        return {
            "courses": {str(k): v for k, v in self.courses.items()},
            "bundles": {str(k): v for k, v in self.bundles.items()},
            "profile_fields": {
                str(k): {"label": f.label, "field_type": f.field_type}
                for k, f in self.profile_fields.items()
            },
            "fetched_at": self.fetched_at.isoformat() if self.fetched_at else None,
            "products": dict(self.products),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> School:
        """The school :meth:`to_json` gave; ``ValueError`` for anything else."""
        try:
            fetched = data.get("fetched_at")
            return cls(
                courses={int(k): str(v) for k, v in data["courses"].items()},
                bundles={int(k): str(v) for k, v in data["bundles"].items()},
                profile_fields={
                    int(k): ProfileField(str(v["label"]), str(v["field_type"]))
                    for k, v in data["profile_fields"].items()
                },
                fetched_at=datetime.datetime.fromisoformat(fetched) if fetched else None,
                products={str(k): int(v) for k, v in data.get("products", {}).items()},
            )
        except (KeyError, TypeError, AttributeError, ValueError) as error:
            raise ValueError(f"not a school snapshot: {error!r}") from error


async def fetch_school(tk: Thinkific, *, page_size: int = DEFAULT_PAGE_SIZE) -> School:
    """Every course, bundle and custom profile field definition of the site, all pages."""
    courses: dict[int, str] = {}
    products: dict[str, int] = {}
    async for course in tk.courses.list(page_size=page_size):
        courses[course.id] = course.name
        products[f"course-{course.id}"] = course.product_id
    # The Admin API lists no bundles; each bundle is sold as a product pointing at it.
    bundles: dict[int, str] = {}
    async for product in tk.products.list(page_size=page_size):
        target, name = product.productable_id, product.name
        if product.productable_type == "Bundle" and not isinstance(target, Unset):
            bundles[target] = "" if isinstance(name, Unset) else name
            products[f"bundle-{target}"] = product.id
    fields = {
        definition.id: ProfileField(definition.label, definition.field_type)
        async for definition in tk.custom_profile_fields.list(page_size=page_size)
    }
    return School(
        courses=courses,
        bundles=bundles,
        profile_fields=fields,
        fetched_at=datetime.datetime.now(datetime.UTC),
        products=products,
    )


@dataclass(frozen=True)
class CartCatalogue:
    """A ThriveCart account's products, bumps (a bump's id is its product's), upsells and
    downsells: id (text, as :attr:`Item.product_id`) -> name."""

    products: Mapping[str, str] = field(default_factory=dict)
    bumps: Mapping[str, str] = field(default_factory=dict)
    upsells: Mapping[str, str] = field(default_factory=dict)
    downsells: Mapping[str, str] = field(default_factory=dict)

    def of_kind(self, kind: ItemKind) -> Mapping[str, str]:
        return {
            ItemKind.PRODUCT: self.products,
            ItemKind.BUMP: self.bumps,
            ItemKind.UPSELL: self.upsells,
            ItemKind.DOWNSELL: self.downsells,
        }[kind]

    def name(self, item: Item) -> str | None:
        return self.of_kind(item.kind).get(item.product_id)

    def to_json(self) -> dict[str, Any]:
        return {kind.value: dict(self.of_kind(kind)) for kind in ItemKind}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CartCatalogue:
        try:
            parts = {
                kind: {str(k): str(v) for k, v in data[kind.value].items()} for kind in ItemKind
            }
        except (KeyError, TypeError, AttributeError) as error:
            raise ValueError(f"not a cart catalogue snapshot: {error!r}") from error
        return cls(
            products=parts[ItemKind.PRODUCT],
            bumps=parts[ItemKind.BUMP],
            upsells=parts[ItemKind.UPSELL],
            downsells=parts[ItemKind.DOWNSELL],
        )


async def fetch_thrivecart_products(tc: ThriveCart) -> CartCatalogue:
    """The account's products, bumps, upsells and downsells (ThriveCart lists each in one
    response)."""
    return CartCatalogue(
        products={p.product_id: p.name for p in await tc.products.list()},
        bumps={b.bump_id: b.name for b in await tc.bumps.list()},
        upsells={u.upsell_id: u.name for u in await tc.upsells.list()},
        downsells={d.downsell_id: d.name for d in await tc.downsells.list()},
    )
