from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_forbidden_apps_not_available import ErrorForbiddenAppsNotAvailable
from ...models.group_request import GroupRequest
from ...models.group_response import GroupResponse
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GroupRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/groups",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorForbiddenAppsNotAvailable | GroupResponse | UnprocessableEntityError | None:
    if response.status_code == 200:
        response_200 = GroupResponse.from_dict(response.json())

        return response_200

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
    ErrorForbiddenAppsNotAvailable | GroupResponse | UnprocessableEntityError
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
    body: GroupRequest | Unset = UNSET,
) -> Response[
    ErrorForbiddenAppsNotAvailable | GroupResponse | UnprocessableEntityError
]:
    """Create Group

     Creates a group

    Args:
        body (GroupRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorForbiddenAppsNotAvailable | GroupResponse | UnprocessableEntityError]
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
    body: GroupRequest | Unset = UNSET,
) -> ErrorForbiddenAppsNotAvailable | GroupResponse | UnprocessableEntityError | None:
    """Create Group

     Creates a group

    Args:
        body (GroupRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorForbiddenAppsNotAvailable | GroupResponse | UnprocessableEntityError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GroupRequest | Unset = UNSET,
) -> Response[
    ErrorForbiddenAppsNotAvailable | GroupResponse | UnprocessableEntityError
]:
    """Create Group

     Creates a group

    Args:
        body (GroupRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorForbiddenAppsNotAvailable | GroupResponse | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GroupRequest | Unset = UNSET,
) -> ErrorForbiddenAppsNotAvailable | GroupResponse | UnprocessableEntityError | None:
    """Create Group

     Creates a group

    Args:
        body (GroupRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorForbiddenAppsNotAvailable | GroupResponse | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
