"""``aiothinkific thrivecart ...``: ThriveCart from the command line. Each command prints what it
reads as JSON lines as they arrive (a count on stderr when that is a terminal), against a real
account (``--base-url`` or ``THRIVECART_BASE_URL``, credentials from ``THRIVECART_API_KEY`` or
``THRIVECART_ACCESS_TOKEN``) or, by default, the bundled mock account in-process."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any

import typer

from aiothinkific._cli import CommandGroup, progress, url_option
from aiothinkific._thrivecart import Mode, ThriveCart, resolve_mode

thrivecart_app = typer.Typer(
    cls=CommandGroup,
    help="ThriveCart: the account, its catalogue, transactions, customers, affiliates.",
    no_args_is_help=True,
)

BaseUrl = Annotated[
    str | None,
    typer.Option(
        envvar="THRIVECART_BASE_URL",
        callback=url_option,
        help="API root of a real account (credentials from THRIVECART_* variables); default: "
        "the bundled mock, in-process.",
    ),
]
ModeOption = Annotated[
    str | None,
    typer.Option(
        envvar="THRIVECART_MODE", help="live or test records (default: live).", show_default=False
    ),
]
Limit = Annotated[int | None, typer.Option(min=0, help="The most items printed in all.")]
PageSize = Annotated[int, typer.Option(min=1, max=100, help="Items asked for per request.")]
RequestsPerMinute = Annotated[
    float | None,
    typer.Option(
        min=1,
        help="Client-side pacing; default: ThriveCart's 60 against an account, none on "
        "the bundled mock.",
    ),
]


def client(base_url: str | None, mode: str | None, requests_per_minute: float | None) -> ThriveCart:
    """A client of the account at ``base_url``, or of a fresh bundled mock account."""
    options: dict[str, Any] = {"mode": _mode(mode)}
    if requests_per_minute is not None:
        options["requests_per_minute"] = requests_per_minute
    if base_url is not None:
        return ThriveCart(base_url=base_url, **options)
    from aiothinkific.mock.thrivecart import thrivecart_mock_client

    return thrivecart_mock_client(**options)


def _mode(value: str | None) -> Mode | None:
    """``--mode`` as the client takes it (None: the client's default), or a usage error."""
    if value is None:
        return None
    try:
        return resolve_mode(value)
    except ValueError as error:
        raise typer.BadParameter(str(error).removeprefix("mode: "), param_hint="--mode") from None


def _emit(tc: ThriveCart, label: str, items: Callable[[ThriveCart], AsyncIterator[Any]]) -> None:
    async def run() -> None:
        with progress(label) as count:
            async with tc:
                async for item in items(tc):
                    body = item.to_dict() if hasattr(item, "to_dict") else item
                    sys.stdout.write(json.dumps(body, ensure_ascii=False) + "\n")
                    sys.stdout.flush()
                    count()

    asyncio.run(run())


async def _one(value: Any) -> AsyncIterator[Any]:
    yield await value


async def _each(values: Any) -> AsyncIterator[Any]:
    for value in await values:
        yield value


@thrivecart_app.command("ping")
def ping_command(base_url: BaseUrl = None, mode: ModeOption = None) -> None:
    """The account the credentials give access to."""
    _emit(client(base_url, mode, None), "account", lambda tc: _one(tc.account.ping()))


@thrivecart_app.command("catalogue")
def catalogue_command(
    kind: Annotated[
        str, typer.Argument(help="products, bumps, upsells or downsells.", show_default=False)
    ] = "products",
    base_url: BaseUrl = None,
    mode: ModeOption = None,
) -> None:
    """Every product, bump, upsell or downsell of the account."""
    kinds = {"products", "bumps", "upsells", "downsells"}
    if kind not in kinds:
        raise typer.BadParameter(f"{kind!r} is not one of {', '.join(sorted(kinds))}")
    _emit(client(base_url, mode, None), kind, lambda tc: _each(getattr(tc, kind).list()))


@thrivecart_app.command("transactions")
def transactions_command(
    query: Annotated[
        str | None, typer.Option(help="Customer email, order id, invoice id, ...")
    ] = None,
    transaction_type: Annotated[
        str, typer.Option("--type", help="any, charge, rebill, refund or cancel.")
    ] = "any",
    currency: Annotated[str | None, typer.Option(help="A three-letter currency code.")] = None,
    limit: Limit = None,
    page_size: PageSize = 25,
    base_url: BaseUrl = None,
    mode: ModeOption = None,
    requests_per_minute: RequestsPerMinute = None,
) -> None:
    """Search the transaction log (charges, rebills, refunds, cancellations), newest first."""
    types = ("any", "charge", "rebill", "refund", "cancel")
    if transaction_type not in types:
        raise typer.BadParameter(
            f"{transaction_type!r} is not one of {', '.join(types)}", param_hint="--type"
        )
    filters: dict[str, Any] = {"transaction_type": transaction_type}
    if query is not None:
        filters["query"] = query
    if currency is not None:
        filters["currency"] = currency
    _emit(
        client(base_url, mode, requests_per_minute),
        "transactions",
        lambda tc: aiter(tc.transactions.search(limit=limit, page_size=page_size, **filters)),
    )


@thrivecart_app.command("customer")
def customer_command(
    email: Annotated[str, typer.Argument(help="The customer's email address.")],
    base_url: BaseUrl = None,
    mode: ModeOption = None,
) -> None:
    """A customer's purchases and subscriptions."""
    _emit(client(base_url, mode, None), "customer", lambda tc: _one(tc.customers.get(email=email)))


@thrivecart_app.command("affiliates")
def affiliates_command(
    query: Annotated[str | None, typer.Option(help="Affiliate name, email or id.")] = None,
    product_id: Annotated[
        str | None, typer.Option(help="Only those approved for this product.")
    ] = None,
    limit: Limit = None,
    page_size: Annotated[
        int, typer.Option(min=1, max=25, help="Items asked for per request.")
    ] = 25,
    base_url: BaseUrl = None,
    requests_per_minute: RequestsPerMinute = None,
) -> None:
    """Search the account's affiliates."""
    filters: dict[str, Any] = {}
    if query is not None:
        filters["query"] = query
    if product_id is not None:
        filters["product_id"] = product_id
    _emit(
        client(base_url, None, requests_per_minute),
        "affiliates",
        lambda tc: aiter(tc.affiliates.search(limit=limit, page_size=page_size, **filters)),
    )
