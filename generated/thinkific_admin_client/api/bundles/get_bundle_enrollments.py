import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_forbidden_apps_not_available import ErrorForbiddenAppsNotAvailable
from ...models.error_not_found import ErrorNotFound
from ...models.error_unauthorized import ErrorUnauthorized
from ...models.get_enrollments_response import GetEnrollmentsResponse
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    queryuser_id: int | Unset = UNSET,
    queryemail: str | Unset = UNSET,
    querycompleted: bool | Unset = UNSET,
    queryexpired: bool | Unset = UNSET,
    querycreated_after: datetime.datetime | Unset = UNSET,
    querycreated_before: datetime.datetime | Unset = UNSET,
    querycreated_on: datetime.datetime | Unset = UNSET,
    querycreated_on_or_after: datetime.datetime | Unset = UNSET,
    querycreated_on_or_before: datetime.datetime | Unset = UNSET,
    queryupdated_after: datetime.datetime | Unset = UNSET,
    queryupdated_before: datetime.datetime | Unset = UNSET,
    queryupdated_on: datetime.datetime | Unset = UNSET,
    queryupdated_on_or_after: datetime.datetime | Unset = UNSET,
    queryupdated_on_or_before: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["query[user_id]"] = queryuser_id

    params["query[email]"] = queryemail

    params["query[completed]"] = querycompleted

    params["query[expired]"] = queryexpired

    json_querycreated_after: str | Unset = UNSET
    if not isinstance(querycreated_after, Unset):
        json_querycreated_after = querycreated_after.isoformat()
    params["query[created_after]"] = json_querycreated_after

    json_querycreated_before: str | Unset = UNSET
    if not isinstance(querycreated_before, Unset):
        json_querycreated_before = querycreated_before.isoformat()
    params["query[created_before]"] = json_querycreated_before

    json_querycreated_on: str | Unset = UNSET
    if not isinstance(querycreated_on, Unset):
        json_querycreated_on = querycreated_on.isoformat()
    params["query[created_on]"] = json_querycreated_on

    json_querycreated_on_or_after: str | Unset = UNSET
    if not isinstance(querycreated_on_or_after, Unset):
        json_querycreated_on_or_after = querycreated_on_or_after.isoformat()
    params["query[created_on_or_after]"] = json_querycreated_on_or_after

    json_querycreated_on_or_before: str | Unset = UNSET
    if not isinstance(querycreated_on_or_before, Unset):
        json_querycreated_on_or_before = querycreated_on_or_before.isoformat()
    params["query[created_on_or_before]"] = json_querycreated_on_or_before

    json_queryupdated_after: str | Unset = UNSET
    if not isinstance(queryupdated_after, Unset):
        json_queryupdated_after = queryupdated_after.isoformat()
    params["query[updated_after]"] = json_queryupdated_after

    json_queryupdated_before: str | Unset = UNSET
    if not isinstance(queryupdated_before, Unset):
        json_queryupdated_before = queryupdated_before.isoformat()
    params["query[updated_before]"] = json_queryupdated_before

    json_queryupdated_on: str | Unset = UNSET
    if not isinstance(queryupdated_on, Unset):
        json_queryupdated_on = queryupdated_on.isoformat()
    params["query[updated_on]"] = json_queryupdated_on

    json_queryupdated_on_or_after: str | Unset = UNSET
    if not isinstance(queryupdated_on_or_after, Unset):
        json_queryupdated_on_or_after = queryupdated_on_or_after.isoformat()
    params["query[updated_on_or_after]"] = json_queryupdated_on_or_after

    json_queryupdated_on_or_before: str | Unset = UNSET
    if not isinstance(queryupdated_on_or_before, Unset):
        json_queryupdated_on_or_before = queryupdated_on_or_before.isoformat()
    params["query[updated_on_or_before]"] = json_queryupdated_on_or_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bundles/{id}/enrollments".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | GetEnrollmentsResponse
    | UnprocessableEntityError
    | None
):
    if response.status_code == 200:
        response_200 = GetEnrollmentsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorUnauthorized.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorForbiddenAppsNotAvailable.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorNotFound.from_dict(response.json())

        return response_404

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
    | ErrorNotFound
    | ErrorUnauthorized
    | GetEnrollmentsResponse
    | UnprocessableEntityError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    queryuser_id: int | Unset = UNSET,
    queryemail: str | Unset = UNSET,
    querycompleted: bool | Unset = UNSET,
    queryexpired: bool | Unset = UNSET,
    querycreated_after: datetime.datetime | Unset = UNSET,
    querycreated_before: datetime.datetime | Unset = UNSET,
    querycreated_on: datetime.datetime | Unset = UNSET,
    querycreated_on_or_after: datetime.datetime | Unset = UNSET,
    querycreated_on_or_before: datetime.datetime | Unset = UNSET,
    queryupdated_after: datetime.datetime | Unset = UNSET,
    queryupdated_before: datetime.datetime | Unset = UNSET,
    queryupdated_on: datetime.datetime | Unset = UNSET,
    queryupdated_on_or_after: datetime.datetime | Unset = UNSET,
    queryupdated_on_or_before: datetime.datetime | Unset = UNSET,
) -> Response[
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | GetEnrollmentsResponse
    | UnprocessableEntityError
]:
    """List a enrollments in a bundle

     Retrieves all the enrollments in the bundle identified by the provided id

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 25.
        queryuser_id (int | Unset):
        queryemail (str | Unset):
        querycompleted (bool | Unset):
        queryexpired (bool | Unset):
        querycreated_after (datetime.datetime | Unset):
        querycreated_before (datetime.datetime | Unset):
        querycreated_on (datetime.datetime | Unset):
        querycreated_on_or_after (datetime.datetime | Unset):
        querycreated_on_or_before (datetime.datetime | Unset):
        queryupdated_after (datetime.datetime | Unset):
        queryupdated_before (datetime.datetime | Unset):
        queryupdated_on (datetime.datetime | Unset):
        queryupdated_on_or_after (datetime.datetime | Unset):
        queryupdated_on_or_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | GetEnrollmentsResponse | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        limit=limit,
        queryuser_id=queryuser_id,
        queryemail=queryemail,
        querycompleted=querycompleted,
        queryexpired=queryexpired,
        querycreated_after=querycreated_after,
        querycreated_before=querycreated_before,
        querycreated_on=querycreated_on,
        querycreated_on_or_after=querycreated_on_or_after,
        querycreated_on_or_before=querycreated_on_or_before,
        queryupdated_after=queryupdated_after,
        queryupdated_before=queryupdated_before,
        queryupdated_on=queryupdated_on,
        queryupdated_on_or_after=queryupdated_on_or_after,
        queryupdated_on_or_before=queryupdated_on_or_before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    queryuser_id: int | Unset = UNSET,
    queryemail: str | Unset = UNSET,
    querycompleted: bool | Unset = UNSET,
    queryexpired: bool | Unset = UNSET,
    querycreated_after: datetime.datetime | Unset = UNSET,
    querycreated_before: datetime.datetime | Unset = UNSET,
    querycreated_on: datetime.datetime | Unset = UNSET,
    querycreated_on_or_after: datetime.datetime | Unset = UNSET,
    querycreated_on_or_before: datetime.datetime | Unset = UNSET,
    queryupdated_after: datetime.datetime | Unset = UNSET,
    queryupdated_before: datetime.datetime | Unset = UNSET,
    queryupdated_on: datetime.datetime | Unset = UNSET,
    queryupdated_on_or_after: datetime.datetime | Unset = UNSET,
    queryupdated_on_or_before: datetime.datetime | Unset = UNSET,
) -> (
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | GetEnrollmentsResponse
    | UnprocessableEntityError
    | None
):
    """List a enrollments in a bundle

     Retrieves all the enrollments in the bundle identified by the provided id

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 25.
        queryuser_id (int | Unset):
        queryemail (str | Unset):
        querycompleted (bool | Unset):
        queryexpired (bool | Unset):
        querycreated_after (datetime.datetime | Unset):
        querycreated_before (datetime.datetime | Unset):
        querycreated_on (datetime.datetime | Unset):
        querycreated_on_or_after (datetime.datetime | Unset):
        querycreated_on_or_before (datetime.datetime | Unset):
        queryupdated_after (datetime.datetime | Unset):
        queryupdated_before (datetime.datetime | Unset):
        queryupdated_on (datetime.datetime | Unset):
        queryupdated_on_or_after (datetime.datetime | Unset):
        queryupdated_on_or_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | GetEnrollmentsResponse | UnprocessableEntityError
    """

    return sync_detailed(
        id=id,
        client=client,
        page=page,
        limit=limit,
        queryuser_id=queryuser_id,
        queryemail=queryemail,
        querycompleted=querycompleted,
        queryexpired=queryexpired,
        querycreated_after=querycreated_after,
        querycreated_before=querycreated_before,
        querycreated_on=querycreated_on,
        querycreated_on_or_after=querycreated_on_or_after,
        querycreated_on_or_before=querycreated_on_or_before,
        queryupdated_after=queryupdated_after,
        queryupdated_before=queryupdated_before,
        queryupdated_on=queryupdated_on,
        queryupdated_on_or_after=queryupdated_on_or_after,
        queryupdated_on_or_before=queryupdated_on_or_before,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    queryuser_id: int | Unset = UNSET,
    queryemail: str | Unset = UNSET,
    querycompleted: bool | Unset = UNSET,
    queryexpired: bool | Unset = UNSET,
    querycreated_after: datetime.datetime | Unset = UNSET,
    querycreated_before: datetime.datetime | Unset = UNSET,
    querycreated_on: datetime.datetime | Unset = UNSET,
    querycreated_on_or_after: datetime.datetime | Unset = UNSET,
    querycreated_on_or_before: datetime.datetime | Unset = UNSET,
    queryupdated_after: datetime.datetime | Unset = UNSET,
    queryupdated_before: datetime.datetime | Unset = UNSET,
    queryupdated_on: datetime.datetime | Unset = UNSET,
    queryupdated_on_or_after: datetime.datetime | Unset = UNSET,
    queryupdated_on_or_before: datetime.datetime | Unset = UNSET,
) -> Response[
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | GetEnrollmentsResponse
    | UnprocessableEntityError
]:
    """List a enrollments in a bundle

     Retrieves all the enrollments in the bundle identified by the provided id

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 25.
        queryuser_id (int | Unset):
        queryemail (str | Unset):
        querycompleted (bool | Unset):
        queryexpired (bool | Unset):
        querycreated_after (datetime.datetime | Unset):
        querycreated_before (datetime.datetime | Unset):
        querycreated_on (datetime.datetime | Unset):
        querycreated_on_or_after (datetime.datetime | Unset):
        querycreated_on_or_before (datetime.datetime | Unset):
        queryupdated_after (datetime.datetime | Unset):
        queryupdated_before (datetime.datetime | Unset):
        queryupdated_on (datetime.datetime | Unset):
        queryupdated_on_or_after (datetime.datetime | Unset):
        queryupdated_on_or_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | GetEnrollmentsResponse | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        limit=limit,
        queryuser_id=queryuser_id,
        queryemail=queryemail,
        querycompleted=querycompleted,
        queryexpired=queryexpired,
        querycreated_after=querycreated_after,
        querycreated_before=querycreated_before,
        querycreated_on=querycreated_on,
        querycreated_on_or_after=querycreated_on_or_after,
        querycreated_on_or_before=querycreated_on_or_before,
        queryupdated_after=queryupdated_after,
        queryupdated_before=queryupdated_before,
        queryupdated_on=queryupdated_on,
        queryupdated_on_or_after=queryupdated_on_or_after,
        queryupdated_on_or_before=queryupdated_on_or_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    queryuser_id: int | Unset = UNSET,
    queryemail: str | Unset = UNSET,
    querycompleted: bool | Unset = UNSET,
    queryexpired: bool | Unset = UNSET,
    querycreated_after: datetime.datetime | Unset = UNSET,
    querycreated_before: datetime.datetime | Unset = UNSET,
    querycreated_on: datetime.datetime | Unset = UNSET,
    querycreated_on_or_after: datetime.datetime | Unset = UNSET,
    querycreated_on_or_before: datetime.datetime | Unset = UNSET,
    queryupdated_after: datetime.datetime | Unset = UNSET,
    queryupdated_before: datetime.datetime | Unset = UNSET,
    queryupdated_on: datetime.datetime | Unset = UNSET,
    queryupdated_on_or_after: datetime.datetime | Unset = UNSET,
    queryupdated_on_or_before: datetime.datetime | Unset = UNSET,
) -> (
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | GetEnrollmentsResponse
    | UnprocessableEntityError
    | None
):
    """List a enrollments in a bundle

     Retrieves all the enrollments in the bundle identified by the provided id

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 25.
        queryuser_id (int | Unset):
        queryemail (str | Unset):
        querycompleted (bool | Unset):
        queryexpired (bool | Unset):
        querycreated_after (datetime.datetime | Unset):
        querycreated_before (datetime.datetime | Unset):
        querycreated_on (datetime.datetime | Unset):
        querycreated_on_or_after (datetime.datetime | Unset):
        querycreated_on_or_before (datetime.datetime | Unset):
        queryupdated_after (datetime.datetime | Unset):
        queryupdated_before (datetime.datetime | Unset):
        queryupdated_on (datetime.datetime | Unset):
        queryupdated_on_or_after (datetime.datetime | Unset):
        queryupdated_on_or_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | GetEnrollmentsResponse | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            page=page,
            limit=limit,
            queryuser_id=queryuser_id,
            queryemail=queryemail,
            querycompleted=querycompleted,
            queryexpired=queryexpired,
            querycreated_after=querycreated_after,
            querycreated_before=querycreated_before,
            querycreated_on=querycreated_on,
            querycreated_on_or_after=querycreated_on_or_after,
            querycreated_on_or_before=querycreated_on_or_before,
            queryupdated_after=queryupdated_after,
            queryupdated_before=queryupdated_before,
            queryupdated_on=queryupdated_on,
            queryupdated_on_or_after=queryupdated_on_or_after,
            queryupdated_on_or_before=queryupdated_on_or_before,
        )
    ).parsed
