from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.affiliate import Affiliate
from ...models.create_affiliate_body import CreateAffiliateBody
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: CreateAffiliateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/affiliates",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Affiliate | Error | None:
    if response.status_code == 200:
        response_200 = Affiliate.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Affiliate | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAffiliateBody,
) -> Response[Affiliate | Error]:
    """Create new affiliate

     Create a new affiliate in your account.

    You can optionally specify an `affiliate_id` key to set their preferred affiliate ID. Affiliate IDs
    are unique across the system, so this may be modified by the system to ensure uniqueness.

    If you do not specify any `affiliate_id`, we will generate one based on the user's name or email
    address.

    If the user already exists in the system and has an affiliate ID set already, your parameter will be
    ignored and their affiliate ID will not be modified.

    Args:
        body (CreateAffiliateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Affiliate | Error]
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
    body: CreateAffiliateBody,
) -> Affiliate | Error | None:
    """Create new affiliate

     Create a new affiliate in your account.

    You can optionally specify an `affiliate_id` key to set their preferred affiliate ID. Affiliate IDs
    are unique across the system, so this may be modified by the system to ensure uniqueness.

    If you do not specify any `affiliate_id`, we will generate one based on the user's name or email
    address.

    If the user already exists in the system and has an affiliate ID set already, your parameter will be
    ignored and their affiliate ID will not be modified.

    Args:
        body (CreateAffiliateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Affiliate | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAffiliateBody,
) -> Response[Affiliate | Error]:
    """Create new affiliate

     Create a new affiliate in your account.

    You can optionally specify an `affiliate_id` key to set their preferred affiliate ID. Affiliate IDs
    are unique across the system, so this may be modified by the system to ensure uniqueness.

    If you do not specify any `affiliate_id`, we will generate one based on the user's name or email
    address.

    If the user already exists in the system and has an affiliate ID set already, your parameter will be
    ignored and their affiliate ID will not be modified.

    Args:
        body (CreateAffiliateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Affiliate | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAffiliateBody,
) -> Affiliate | Error | None:
    """Create new affiliate

     Create a new affiliate in your account.

    You can optionally specify an `affiliate_id` key to set their preferred affiliate ID. Affiliate IDs
    are unique across the system, so this may be modified by the system to ensure uniqueness.

    If you do not specify any `affiliate_id`, we will generate one based on the user's name or email
    address.

    If the user already exists in the system and has an affiliate ID set already, your parameter will be
    ignored and their affiliate ID will not be modified.

    Args:
        body (CreateAffiliateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Affiliate | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
