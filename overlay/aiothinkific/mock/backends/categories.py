"""Categories (``/collections``) and their products (``/collection_memberships``)."""

from __future__ import annotations

from aiothinkific.mock.backends.records import COLLECTION_PRODUCT, COLLECTIONS, PRODUCTS
from aiothinkific.mock.engine import Call
from aiothinkific.mock.errors import not_found
from aiothinkific.mock.registry import handles
from aiothinkific.mock.store import linked_to
from aiothinkific.specs import JSON

FIELDS = ("name", "description", "slug")


def _products(call: Call) -> list[int]:
    """The body's product ids; 404 if one names no product."""
    ids: list[int] = sorted(set(call.data["product_ids"]))
    if not PRODUCTS.all_exist(call, ids):
        raise not_found()
    return ids


@handles("getCollections")
def get_collections(call: Call) -> JSON:
    return COLLECTIONS.page(call)


@handles("createCollection")
def create_collection(call: Call) -> JSON:
    COLLECTIONS.check_unique(call, "slug", call.data["slug"])
    doc = {name: call.data[name] for name in FIELDS}
    doc.update(created_at=call.timestamp, default=False)
    return COLLECTIONS.show(call, COLLECTIONS.insert(call, doc))


@handles("getCollectionByID")
def get_collection(call: Call) -> JSON:
    return COLLECTIONS.show(call, COLLECTIONS.find(call, call.id))


@handles("updateCollectionByID")
def update_collection(call: Call) -> None:
    doc = COLLECTIONS.find(call, call.id)
    COLLECTIONS.check_unique(call, "slug", call.data["slug"], current=doc["id"])
    doc.update({name: call.data[name] for name in FIELDS})
    COLLECTIONS.save(call, doc)


@handles("deleteCollectionByID")
def delete_collection(call: Call) -> None:
    COLLECTIONS.delete(call, call.id)
    call.store.unlink(COLLECTION_PRODUCT, a=call.id)


@handles("getProductsByCollectionID")
def get_collection_products(call: Call) -> JSON:
    COLLECTIONS.find(call, call.id)
    return PRODUCTS.page(call, [linked_to(COLLECTION_PRODUCT, call.id)])


@handles("addProductsToCategory")
def add_products(call: Call) -> None:
    COLLECTIONS.find(call, call.id)
    for product_id in _products(call):
        call.store.link(COLLECTION_PRODUCT, call.id, product_id)


@handles("removeProductsFromCategory")
def remove_products(call: Call) -> None:
    COLLECTIONS.find(call, call.id)
    for product_id in _products(call):
        call.store.unlink(COLLECTION_PRODUCT, a=call.id, b=product_id)
