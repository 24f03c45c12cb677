"""The deterministic account a fresh ThriveCart mock starts with.

First the records the vendor's Postman collection shows in its saved answers (products 1 and 2,
bump 4, the upsells and downsells, the customers of orders 851411 and 851362, affiliates
alexis_fortier and edward_mann...), so the collection's own requests are answered like its saved
responses; then ``seed_customers`` customers drawn from ``random.Random(seed)``, with orders over
a fixed past year (never the wall clock), all in live mode. Test mode starts empty.
"""

from __future__ import annotations

import datetime
import heapq
import random

from aiothinkific.mock.store import Doc, Store
from aiothinkific.mock.thrivecart import orders
from aiothinkific.mock.thrivecart.records import (
    AFFILIATE,
    BUMP,
    DOWNSELL,
    PRODUCT,
    SUBSCRIPTION,
    UPSELL,
)

START = datetime.datetime(2020, 9, 1, tzinfo=datetime.UTC)
#: The seed's last day, counted from START.
LAST_DAY = 365.0
ACCOUNT_URL = "https://myaccount.thrivecart.com"
TYPES = {"1": "digital", "2": "physical"}
STATUSES = {"1": "test", "2": "live"}


def price(option_id: int, name: str, kind: str, amount: int, currency: str = "USD",
          frequency: str | None = None, payments: int = 0) -> Doc:  # fmt: skip
    option: Doc = {"id": str(option_id), "name": name, "type": kind, "amount": amount,
                   "currency": currency, "frequency": frequency}  # fmt: skip
    if payments:
        option["payments"] = payments
    return option


def product(product_id: int, name: str, pricing: list[Doc], *, label: str = "",
            status: str = "2", kind: str = "1") -> Doc:  # fmt: skip
    slug = name.lower().replace("+", "").replace("#", "").replace(" ", "-").replace("--", "-")
    return {
        "id": product_id,
        "product_id": str(product_id),
        "name": name,
        "slug": slug,
        "label": label,
        "status": status,
        "statusString": STATUSES[status],
        "type": kind,
        "typeString": TYPES[kind],
        "payment_currency": pricing[0]["currency"],
        "url": f"{ACCOUNT_URL}/{slug}/",
        "embed_type": "standard",
        "pricing": pricing,
    }


def offer(kind: str, offer_id: int, name: str, pricing: list[Doc], label: str = "") -> Doc:
    """An upsell or downsell."""
    return {"id": offer_id, f"{kind}_id": str(offer_id), "name": name, "label": label,
            "type": "1", "typeString": "digital", "pricing": pricing}  # fmt: skip


def bump(base: Doc, name: str, pricing: list[Doc]) -> Doc:
    """A bump offer: its id is its product's."""
    return {**base, "product_name": base["name"], "product_label": base["label"],
            "bump_id": str(base["id"]), "bump_name": name, "name": name,
            "payment_currency": pricing[0]["currency"], "payment_amount": pricing[0]["amount"],
            "pricing": pricing}  # fmt: skip


def catalogue() -> dict[str, list[Doc]]:
    """The collection's catalogue, and the products its other records name."""
    one_off = price(1, "One payment", "single", 9500)
    monthly = price(1, "Monthly", "subscription", 12500, frequency="month")
    products = [
        product(1, "My First Product", [price(1, "One payment", "single", 4900)],
                label="Optional internal label", status="1", kind="2"),
        product(2, "My Example Product", [one_off], label="Internal label for this product"),
        product(4, "My Product + Bump", [price(1, "One payment", "single", 9900, "GBP")],
                label="Internal product label"),
        product(5, "My Course", [price(1, "One payment", "single", 19900)]),
        # The products the collection's example affiliate is created for.
        product(15, "Affiliate Starter Course", [price(1, "One payment", "single", 2900)]),
        product(99, "Partner Bundle", [price(1, "One payment", "single", 14900, "GBP")]),
        product(250, "My Demo Subscription", [price(1, "Monthly", "subscription", 2900,
                                                    frequency="month")]),
        product(296, "Demo Product", [price(1, "One payment", "single", 4700)]),
        product(299, "My Example Product", [one_off]),
        product(366, "My Bump Product", [price(1, "One payment", "single", 1200)]),
        product(373, "Trial Funnel", [monthly]),
        product(380, "Three Payments", [price(1, "3 x $100", "split", 10000,
                                              frequency="month", payments=3)]),
    ]  # fmt: skip
    by_id = {doc["id"]: doc for doc in products}
    return {
        PRODUCT: products,
        BUMP: [
            bump(by_id[4], "Special Bump Offer", [price(1, "Bump", "single", 3200, "GBP")]),
            bump(by_id[366], "My Bump", [price(1, "Bump", "single", 1200)]),
        ],
        UPSELL: [
            offer("upsell", 1, "My First Upsell", [price(1, "Upsell", "single", 4700)],
                  "Optional internal label"),
            offer("upsell", 2, "My Example Upsell", [price(1, "Monthly", "subscription", 1900,
                                                           frequency="month")],
                  "Internal label for this upsell"),
        ],
        DOWNSELL: [
            offer("downsell", 1, "My Example Downsell", [price(1, "Downsell", "single", 2700)],
                  "Optional internal label"),
            offer("downsell", 2, "My Demo Downsell", [price(1, "Downsell", "single", 1700)],
                  "Internal label for this downsell"),
        ],
    }  # fmt: skip


def affiliate(user_id: int, handle: str, name: str, email: str, products: list[Doc]) -> Doc:
    return {"id": user_id, "user_id": str(user_id), "email": email, "affiliate_id": handle,
            "name": name, "is_favourite": False, "commissions": {},
            "products": {str(p["id"]): {"status": "2", "name": p["name"], "slug": p["slug"]}
                         for p in products}}  # fmt: skip


def seed_thrivecart(store: Store, *, seed: int = 0, customers: int = 20) -> None:
    """Fill an empty store (a store already seeded is left as it is)."""
    with store.transaction():
        if store.count(PRODUCT):
            return
        items = catalogue()
        for kind, docs in items.items():
            store.put_many(kind, docs)
        by_id = {doc["id"]: doc for doc in items[PRODUCT]}
        store.put_many(AFFILIATE, [
            affiliate(649, "alexis_fortier", "Alexis Fortier", "alexis_fortier@thrivecart.com",
                      [by_id[250], by_id[296]]),
            affiliate(650, "amy_greene_dittz", "Amy Greene-Dittz",
                      "amy_greene_dittz@thrivecart.com", [by_id[250], by_id[296]]),
            affiliate(651, "edward_mann", "Edward Mann", "edwardmann@thrivecart.com",
                      [by_id[250]]),
        ])  # fmt: skip
        store.next_ids(AFFILIATE, 651)
        _collection_orders(store)
        _generated_orders(store, random.Random(f"thrivecart:{seed}"), customers, items)


#: The orders the collection's saved answers show: (day after START, email, name, product,
#: order id, invoice id, subscription ids). 7700 and 18584 are the search's examples, 851411
#: and 851362 the customer lookups', 9938882 the student tied to an order.
COLLECTION_ORDERS = [
    (0.0, "demo@thrivecart.com", "Demo Customer", 1, 7700, 1467, []),
    (1.0, "demo-2@thrivecart.com", "Other Demo Customer", 2, 18584, 2563, []),
    (30.22, "faux-customer-616855039-78@thrivecartfaux.com", "Katerine Patterson", 373, 851411,
     147484955, [253]),
    (31.0, "faux-customer-778560761-14@thrivecartfaux.com", "Narcisa Joshua", 299, 851362,
     147484906, []),
    (32.0, "student@thrivecart.com", "Jane Smith", 5, 9938882, 147500000, []),
]  # fmt: skip


def _collection_orders(store: Store) -> None:
    for day, email, name, product_id, order_id, invoice_id, subscription_ids in COLLECTION_ORDERS:
        ids = orders.Ids(
            order_id=order_id, invoice_id=invoice_id, subscription_ids=subscription_ids
        )
        moment = START + datetime.timedelta(days=day)
        orders.purchase(store, moment, mode="live", email=email, name=name,
                        product_id=product_id, ids=ids)  # fmt: skip


FIRST_NAMES = ("Ada", "Ben", "Chloe", "Dev", "Elena", "Femi", "Grace", "Hugo", "Ines", "Jun")
LAST_NAMES = ("Okafor", "Schmidt", "Tanaka", "Silva", "Novak", "Haddad", "Walsh", "Kim", "Rossi")


def _generated_orders(
    store: Store, rng: random.Random, customers: int, items: dict[str, list[Doc]]
) -> None:
    """``customers`` customers with one to three orders each, in time order, some with a bump,
    upsell or downsell, subscriptions rebilled once a month until the seed's last day."""
    products = [p for p in items[PRODUCT] if p["statusString"] == "live"]
    purchases = []
    for number in range(customers):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        email = f"{first.lower()}.{last.lower()}.{number}@example.com"
        for _ in range(rng.randint(1, 3)):
            day = rng.uniform(40, 360)
            purchases.append((day, email, f"{first} {last}", rng.choice(products)["id"],
                              rng.random() < 0.2, rng.random() < 0.2))  # fmt: skip
    purchases.sort()
    bumps = {b["id"] for b in items[BUMP]}
    # Rebills due, by day, merged with the purchases so the log stays in time order.
    due: list[tuple[float, int]] = []
    for day, email, name, product_id, upsell, downsell in [
        *purchases,
        (LAST_DAY, "", "", 0, False, False),
    ]:
        while due and due[0][0] < day:
            rebill_day, sub_id = heapq.heappop(due)
            sub = store.get(SUBSCRIPTION, sub_id)
            assert sub is not None
            if sub["status"] == "active":
                orders.rebill(store, START + datetime.timedelta(days=rebill_day), sub)
                heapq.heappush(due, (rebill_day + 30, sub_id))
        if not email:
            break
        order = orders.purchase(
            store, START + datetime.timedelta(days=day), mode="live", email=email, name=name,
            product_id=product_id, bump_id=product_id if product_id in bumps else None,
            upsell_id=1 if upsell else None, downsell_id=2 if downsell else None,
        )  # fmt: skip
        for item in order["items"]:
            if "subscription_id" in item:
                heapq.heappush(due, (day + 30, item["subscription_id"]))
