from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_bad_request import ErrorBadRequest
from ...models.error_forbidden_insufficient_scope import ErrorForbiddenInsufficientScope
from ...models.error_unauthorized import ErrorUnauthorized
from ...models.site_script_request import SiteScriptRequest
from ...models.site_script_response import SiteScriptResponse
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...types import Response


def _get_kwargs(
    *,
    body: SiteScriptRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/site_scripts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorBadRequest
    | ErrorForbiddenInsufficientScope
    | ErrorUnauthorized
    | SiteScriptResponse
    | UnprocessableEntityError
    | None
):
    if response.status_code == 201:
        response_201 = SiteScriptResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorBadRequest.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorUnauthorized.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorForbiddenInsufficientScope.from_dict(response.json())

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
    ErrorBadRequest
    | ErrorForbiddenInsufficientScope
    | ErrorUnauthorized
    | SiteScriptResponse
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
    body: SiteScriptRequest,
) -> Response[
    ErrorBadRequest
    | ErrorForbiddenInsufficientScope
    | ErrorUnauthorized
    | SiteScriptResponse
    | UnprocessableEntityError
]:
    """Create Site Script

     Create a new Site Script

    Args:
        body (SiteScriptRequest): A site script is given by exactly one of `src` (a URL on the
            app's domain) or `content` (signed with the HMAC-SHA256-SIGNATURE header): a request with
            neither, or with both, is refused with 422 ("must provide one of: src or content", "must
            provide only one of: src or content").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBadRequest | ErrorForbiddenInsufficientScope | ErrorUnauthorized | SiteScriptResponse | UnprocessableEntityError]
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
    body: SiteScriptRequest,
) -> (
    ErrorBadRequest
    | ErrorForbiddenInsufficientScope
    | ErrorUnauthorized
    | SiteScriptResponse
    | UnprocessableEntityError
    | None
):
    """Create Site Script

     Create a new Site Script

    Args:
        body (SiteScriptRequest): A site script is given by exactly one of `src` (a URL on the
            app's domain) or `content` (signed with the HMAC-SHA256-SIGNATURE header): a request with
            neither, or with both, is refused with 422 ("must provide one of: src or content", "must
            provide only one of: src or content").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBadRequest | ErrorForbiddenInsufficientScope | ErrorUnauthorized | SiteScriptResponse | UnprocessableEntityError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SiteScriptRequest,
) -> Response[
    ErrorBadRequest
    | ErrorForbiddenInsufficientScope
    | ErrorUnauthorized
    | SiteScriptResponse
    | UnprocessableEntityError
]:
    """Create Site Script

     Create a new Site Script

    Args:
        body (SiteScriptRequest): A site script is given by exactly one of `src` (a URL on the
            app's domain) or `content` (signed with the HMAC-SHA256-SIGNATURE header): a request with
            neither, or with both, is refused with 422 ("must provide one of: src or content", "must
            provide only one of: src or content").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBadRequest | ErrorForbiddenInsufficientScope | ErrorUnauthorized | SiteScriptResponse | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SiteScriptRequest,
) -> (
    ErrorBadRequest
    | ErrorForbiddenInsufficientScope
    | ErrorUnauthorized
    | SiteScriptResponse
    | UnprocessableEntityError
    | None
):
    """Create Site Script

     Create a new Site Script

    Args:
        body (SiteScriptRequest): A site script is given by exactly one of `src` (a URL on the
            app's domain) or `content` (signed with the HMAC-SHA256-SIGNATURE header): a request with
            neither, or with both, is refused with 422 ("must provide one of: src or content", "must
            provide only one of: src or content").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBadRequest | ErrorForbiddenInsufficientScope | ErrorUnauthorized | SiteScriptResponse | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
