from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_forbidden_apps_not_available import ErrorForbiddenAppsNotAvailable
from ...models.error_unauthorized import ErrorUnauthorized
from ...models.get_users_response import GetUsersResponse
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    queryemail: str | Unset = UNSET,
    queryrole: str | Unset = UNSET,
    queryexternal_source: str | Unset = UNSET,
    querycustom_profile_field_label: str | Unset = UNSET,
    querycustom_profile_field_value: str | Unset = UNSET,
    querygroup_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["query[email]"] = queryemail

    params["query[role]"] = queryrole

    params["query[external_source]"] = queryexternal_source

    params["query[custom_profile_field_label]"] = querycustom_profile_field_label

    params["query[custom_profile_field_value]"] = querycustom_profile_field_value

    params["query[group_id]"] = querygroup_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorForbiddenAppsNotAvailable
    | ErrorUnauthorized
    | GetUsersResponse
    | UnprocessableEntityError
    | None
):
    if response.status_code == 200:
        response_200 = GetUsersResponse.from_dict(response.json())

        return response_200

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
    ErrorForbiddenAppsNotAvailable
    | ErrorUnauthorized
    | GetUsersResponse
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
    page: int | Unset = 1,
    limit: int | Unset = 25,
    queryemail: str | Unset = UNSET,
    queryrole: str | Unset = UNSET,
    queryexternal_source: str | Unset = UNSET,
    querycustom_profile_field_label: str | Unset = UNSET,
    querycustom_profile_field_value: str | Unset = UNSET,
    querygroup_id: int | Unset = UNSET,
) -> Response[
    ErrorForbiddenAppsNotAvailable
    | ErrorUnauthorized
    | GetUsersResponse
    | UnprocessableEntityError
]:
    """List Users

     Retrieve a list of users

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 25.
        queryemail (str | Unset):
        queryrole (str | Unset):
        queryexternal_source (str | Unset):
        querycustom_profile_field_label (str | Unset):
        querycustom_profile_field_value (str | Unset):
        querygroup_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorForbiddenAppsNotAvailable | ErrorUnauthorized | GetUsersResponse | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        queryemail=queryemail,
        queryrole=queryrole,
        queryexternal_source=queryexternal_source,
        querycustom_profile_field_label=querycustom_profile_field_label,
        querycustom_profile_field_value=querycustom_profile_field_value,
        querygroup_id=querygroup_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    queryemail: str | Unset = UNSET,
    queryrole: str | Unset = UNSET,
    queryexternal_source: str | Unset = UNSET,
    querycustom_profile_field_label: str | Unset = UNSET,
    querycustom_profile_field_value: str | Unset = UNSET,
    querygroup_id: int | Unset = UNSET,
) -> (
    ErrorForbiddenAppsNotAvailable
    | ErrorUnauthorized
    | GetUsersResponse
    | UnprocessableEntityError
    | None
):
    """List Users

     Retrieve a list of users

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 25.
        queryemail (str | Unset):
        queryrole (str | Unset):
        queryexternal_source (str | Unset):
        querycustom_profile_field_label (str | Unset):
        querycustom_profile_field_value (str | Unset):
        querygroup_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorForbiddenAppsNotAvailable | ErrorUnauthorized | GetUsersResponse | UnprocessableEntityError
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        queryemail=queryemail,
        queryrole=queryrole,
        queryexternal_source=queryexternal_source,
        querycustom_profile_field_label=querycustom_profile_field_label,
        querycustom_profile_field_value=querycustom_profile_field_value,
        querygroup_id=querygroup_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    queryemail: str | Unset = UNSET,
    queryrole: str | Unset = UNSET,
    queryexternal_source: str | Unset = UNSET,
    querycustom_profile_field_label: str | Unset = UNSET,
    querycustom_profile_field_value: str | Unset = UNSET,
    querygroup_id: int | Unset = UNSET,
) -> Response[
    ErrorForbiddenAppsNotAvailable
    | ErrorUnauthorized
    | GetUsersResponse
    | UnprocessableEntityError
]:
    """List Users

     Retrieve a list of users

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 25.
        queryemail (str | Unset):
        queryrole (str | Unset):
        queryexternal_source (str | Unset):
        querycustom_profile_field_label (str | Unset):
        querycustom_profile_field_value (str | Unset):
        querygroup_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorForbiddenAppsNotAvailable | ErrorUnauthorized | GetUsersResponse | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        queryemail=queryemail,
        queryrole=queryrole,
        queryexternal_source=queryexternal_source,
        querycustom_profile_field_label=querycustom_profile_field_label,
        querycustom_profile_field_value=querycustom_profile_field_value,
        querygroup_id=querygroup_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    queryemail: str | Unset = UNSET,
    queryrole: str | Unset = UNSET,
    queryexternal_source: str | Unset = UNSET,
    querycustom_profile_field_label: str | Unset = UNSET,
    querycustom_profile_field_value: str | Unset = UNSET,
    querygroup_id: int | Unset = UNSET,
) -> (
    ErrorForbiddenAppsNotAvailable
    | ErrorUnauthorized
    | GetUsersResponse
    | UnprocessableEntityError
    | None
):
    """List Users

     Retrieve a list of users

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 25.
        queryemail (str | Unset):
        queryrole (str | Unset):
        queryexternal_source (str | Unset):
        querycustom_profile_field_label (str | Unset):
        querycustom_profile_field_value (str | Unset):
        querygroup_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorForbiddenAppsNotAvailable | ErrorUnauthorized | GetUsersResponse | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            queryemail=queryemail,
            queryrole=queryrole,
            queryexternal_source=queryexternal_source,
            querycustom_profile_field_label=querycustom_profile_field_label,
            querycustom_profile_field_value=querycustom_profile_field_value,
            querygroup_id=querygroup_id,
        )
    ).parsed
