from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_external_order_response_201 import CreateExternalOrderResponse201
from ...models.error_bad_request import ErrorBadRequest
from ...models.error_forbidden_apps_not_available import ErrorForbiddenAppsNotAvailable
from ...models.error_unauthorized import ErrorUnauthorized
from ...models.external_order_request import ExternalOrderRequest
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...types import Response


def _get_kwargs(
    *,
    body: ExternalOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/external_orders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateExternalOrderResponse201
    | ErrorBadRequest
    | ErrorForbiddenAppsNotAvailable
    | ErrorUnauthorized
    | UnprocessableEntityError
    | None
):
    if response.status_code == 201:
        response_201 = CreateExternalOrderResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorBadRequest.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorUnauthorized.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorForbiddenAppsNotAvailable.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = UnprocessableEntityError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateExternalOrderResponse201
    | ErrorBadRequest
    | ErrorForbiddenAppsNotAvailable
    | ErrorUnauthorized
    | UnprocessableEntityError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExternalOrderRequest,
) -> Response[
    CreateExternalOrderResponse201
    | ErrorBadRequest
    | ErrorForbiddenAppsNotAvailable
    | ErrorUnauthorized
    | UnprocessableEntityError
]:
    """Create a new external order

     Please note that any External Orders created through the API do not appear on the orders report or
    dashboard in your Thinkific site. Using the External Orders endpoints will simply store the
    information in our database.

    Args:
        body (ExternalOrderRequest): External Order Request

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateExternalOrderResponse201 | ErrorBadRequest | ErrorForbiddenAppsNotAvailable | ErrorUnauthorized | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ExternalOrderRequest,
) -> (
    CreateExternalOrderResponse201
    | ErrorBadRequest
    | ErrorForbiddenAppsNotAvailable
    | ErrorUnauthorized
    | UnprocessableEntityError
    | None
):
    """Create a new external order

     Please note that any External Orders created through the API do not appear on the orders report or
    dashboard in your Thinkific site. Using the External Orders endpoints will simply store the
    information in our database.

    Args:
        body (ExternalOrderRequest): External Order Request

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateExternalOrderResponse201 | ErrorBadRequest | ErrorForbiddenAppsNotAvailable | ErrorUnauthorized | UnprocessableEntityError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExternalOrderRequest,
) -> Response[
    CreateExternalOrderResponse201
    | ErrorBadRequest
    | ErrorForbiddenAppsNotAvailable
    | ErrorUnauthorized
    | UnprocessableEntityError
]:
    """Create a new external order

     Please note that any External Orders created through the API do not appear on the orders report or
    dashboard in your Thinkific site. Using the External Orders endpoints will simply store the
    information in our database.

    Args:
        body (ExternalOrderRequest): External Order Request

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateExternalOrderResponse201 | ErrorBadRequest | ErrorForbiddenAppsNotAvailable | ErrorUnauthorized | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExternalOrderRequest,
) -> (
    CreateExternalOrderResponse201
    | ErrorBadRequest
    | ErrorForbiddenAppsNotAvailable
    | ErrorUnauthorized
    | UnprocessableEntityError
    | None
):
    """Create a new external order

     Please note that any External Orders created through the API do not appear on the orders report or
    dashboard in your Thinkific site. Using the External Orders endpoints will simply store the
    information in our database.

    Args:
        body (ExternalOrderRequest): External Order Request

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateExternalOrderResponse201 | ErrorBadRequest | ErrorForbiddenAppsNotAvailable | ErrorUnauthorized | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
