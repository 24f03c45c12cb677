"""Mock-only controls of a ThriveCart account: what no API call can cause (a customer's
purchase, a rebill, a failed rebill, a refund or cancellation from the dashboard) and the
account-wide webhooks, which ThriveCart configures in its UI. Under ``settings.control_path``
(``/_mock/thrivecart``), with the API's credentials; bodies and answers are JSON.

- ``POST /purchases`` ``{"product_id": 2, "bump_id"?, "upsell_id"?, "downsell_id"?, "email",
  "name"?, "mode"?: "live"|"test", "processor"?}`` -> 201 ``{"order_id", "invoice_id",
  "customer_id", "mode", "references": [...], "subscription_ids": {"product-373": 254}}``
- ``POST /subscriptions/{id}/rebill``, ``/rebill_failed``, ``/cancel`` -> 200
  ``{"subscription_id", "order_id", "status", "event_id"}`` (``event_id``: the transaction
  logged, ``null`` for a failed rebill)
- ``POST /orders/{id}/refund`` ``{"reference", "reason"?}`` -> 200 ``{"order_id", "reference",
  "event_id"}``
- ``POST /webhooks`` ``{"url", "format"?: "form"|"json"}`` -> 201 ``{"id", "url", "format"}``
  once the URL answered 2xx to a HEAD and to a POST ping (else 400, as are a sixth URL and a
  URL already there); ``GET /webhooks`` -> ``[...]``; ``DELETE /webhooks/{id}`` -> 204.

Errors are ThriveCart's ``{"error": "<sentence>"}``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from aiothinkific.mock import timefmt
from aiothinkific.mock.errors import ApiError
from aiothinkific.mock.store import Doc, Store
from aiothinkific.mock.thrivecart import orders
from aiothinkific.mock.thrivecart.records import (
    ACCOUNT_WEBHOOK,
    MODES,
    ORDER,
    SUBSCRIPTION,
    error,
)
from aiothinkific.mock.thrivecart.settings import MAX_ACCOUNT_WEBHOOKS, ThriveCartSettings
from aiothinkific.mock.validation import digits_value
from aiothinkific.mock.webhooks import collect_events
from aiothinkific.webhooks._api import is_web_url

Action = Callable[[Store, Any, Doc], Any]


async def json_body(request: Request) -> Doc:
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise error("The request body must be a JSON object.") from None
    if not isinstance(data, dict):
        raise error("The request body must be a JSON object.")
    return data


def number(data: Doc, name: str, *, required: bool = True) -> int | None:
    value = data.get(name)
    if value is None and not required:
        return None
    found = None if isinstance(value, bool) else digits_value(str(value))
    if not found:
        raise error(f"You must provide a valid {name.replace('_id', ' ID')}.")
    return found


def make_routes(settings: ThriveCartSettings) -> list[Route]:
    """The control routes of the app whose ``state`` holds the store and the deliverer."""

    async def run(request: Request, action: Action, status: int = 200) -> Response:
        """``action(store, now, body)`` in one transaction; its events delivered after."""
        store: Store = request.app.state.store
        now = timefmt.from_epoch(settings.clock())
        try:
            data = await json_body(request)
            with collect_events() as events, store.transaction():
                answer = action(store, now, data)
        except ApiError as raised:
            return JSONResponse(raised.body, raised.status)
        request.app.state.deliverer.publish(events)
        return JSONResponse(answer, status)

    async def purchase(request: Request) -> Response:
        def buy(store: Store, now: Any, data: Doc) -> Any:
            mode = data.get("mode", "live")
            if mode not in MODES:
                raise error("The mode must be live or test.")
            email = data.get("email")
            if not isinstance(email, str) or "@" not in email:
                raise error("You must provide a valid customer email address.")
            order = orders.purchase(
                store, now, mode=mode, email=email.strip(),
                name=str(data.get("name") or email.split("@")[0]),
                product_id=number(data, "product_id") or 0,
                bump_id=number(data, "bump_id", required=False),
                upsell_id=number(data, "upsell_id", required=False),
                downsell_id=number(data, "downsell_id", required=False),
                processor=str(data.get("processor") or "stripe"),
            )  # fmt: skip
            return {
                "order_id": order["id"],
                "invoice_id": order["invoice_id"],
                "customer_id": order["customer_id"],
                "mode": mode,
                "references": [item["reference"] for item in order["items"]],
                "subscription_ids": {
                    f"{i['type']}-{i['id']}": i["subscription_id"]
                    for i in order["items"]
                    if "subscription_id" in i
                },
            }

        return await run(request, buy, 201)

    def on_subscription(change: Callable[[Store, Any, Doc], Doc | None]) -> Any:
        async def endpoint(request: Request) -> Response:
            def act(store: Store, now: Any, data: Doc) -> Any:
                sub = store.get(SUBSCRIPTION, digits_value(request.path_params["id"]) or 0)
                if sub is None:
                    raise error("The requested subscription cannot be identified.", 404)
                logged = change(store, now, sub)
                return {"subscription_id": sub["id"], "order_id": sub["order_id"],
                        "status": sub["status"],
                        "event_id": None if logged is None else logged["id"]}  # fmt: skip

            return await run(request, act)

        return endpoint

    async def refund(request: Request) -> Response:
        def act(store: Store, now: Any, data: Doc) -> Any:
            order = store.get(ORDER, digits_value(request.path_params["id"]) or 0)
            if order is None:
                raise error("You must provide a valid order ID.")
            reference = data.get("reference")
            if not isinstance(reference, str) or not reference:
                raise error("You must provide a valid reference.")
            reason = data.get("reason")
            logged = orders.refund(store, now, order, reference, str(reason) if reason else None)
            return {"order_id": order["id"], "reference": reference, "event_id": logged["id"]}

        return await run(request, act)

    async def add_webhook(request: Request) -> Response:
        store: Store = request.app.state.store
        try:
            data = await json_body(request)
            url, form = data.get("url"), data.get("format", "form")
            if not is_web_url(url) or not isinstance(url, str):
                raise error("You must provide a valid webhook URL.")
            if form not in ("form", "json"):
                raise error("The format must be form or json.")
            with store.transaction(write=False):
                hooks = store.select(ACCOUNT_WEBHOOK)
            if len(hooks) >= MAX_ACCOUNT_WEBHOOKS:
                raise error(f"An account may have at most {MAX_ACCOUNT_WEBHOOKS} webhook URLs.")
            if any(hook["url"] == url for hook in hooks):
                raise error("This webhook URL has already been added.")
            await ping(url)
        except ApiError as raised:
            return JSONResponse(raised.body, raised.status)
        with store.transaction():
            doc = store.insert(ACCOUNT_WEBHOOK, {"url": url, "format": form})
        return JSONResponse(doc, 201)

    async def ping(url: str) -> None:
        """The URL must answer 2xx to a HEAD and to a POST before it is added."""
        async with httpx.AsyncClient(transport=settings.webhook_transport, timeout=10.0) as http:
            for method in ("HEAD", "POST"):
                try:
                    answer = await http.request(method, url, data={"ping": "1"} if method ==
                                                "POST" else None)  # fmt: skip
                except httpx.HTTPError:
                    raise error(f"The webhook URL could not be reached ({method}).") from None
                if not answer.is_success:
                    raise error(
                        f"The webhook URL answered {answer.status_code} to a {method} request; "
                        "it must answer 2xx."
                    )

    async def list_webhooks(request: Request) -> Response:
        store: Store = request.app.state.store
        with store.transaction(write=False):
            return JSONResponse(store.select(ACCOUNT_WEBHOOK))

    async def remove_webhook(request: Request) -> Response:
        store: Store = request.app.state.store
        with store.transaction():
            gone = store.delete(ACCOUNT_WEBHOOK, digits_value(request.path_params["id"]) or 0)
        if not gone:
            return JSONResponse({"error": "The requested webhook cannot be identified."}, 404)
        return Response(status_code=204)

    base = settings.control_path
    return [
        Route(f"{base}/purchases", purchase, methods=["POST"]),
        Route(f"{base}/subscriptions/{{id}}/rebill", on_subscription(orders.rebill),
              methods=["POST"]),
        Route(f"{base}/subscriptions/{{id}}/rebill_failed",
              on_subscription(orders.rebill_failed), methods=["POST"]),
        Route(f"{base}/subscriptions/{{id}}/cancel", on_subscription(orders.cancel),
              methods=["POST"]),
        Route(f"{base}/orders/{{id}}/refund", refund, methods=["POST"]),
        Route(f"{base}/webhooks", add_webhook, methods=["POST"]),
        Route(f"{base}/webhooks", list_webhooks, methods=["GET"]),
        Route(f"{base}/webhooks/{{id}}", remove_webhook, methods=["DELETE"]),
    ]  # fmt: skip
