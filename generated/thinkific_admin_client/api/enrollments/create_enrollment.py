from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_enrollment_request import CreateEnrollmentRequest
from ...models.enrollment_response import EnrollmentResponse
from ...models.error_bad_request import ErrorBadRequest
from ...models.error_forbidden_apps_not_available import ErrorForbiddenAppsNotAvailable
from ...models.error_unauthorized import ErrorUnauthorized
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...types import Response


def _get_kwargs(
    *,
    body: CreateEnrollmentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/enrollments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    EnrollmentResponse
    | ErrorBadRequest
    | ErrorForbiddenAppsNotAvailable
    | ErrorUnauthorized
    | UnprocessableEntityError
    | None
):
    if response.status_code == 201:
        response_201 = EnrollmentResponse.from_dict(response.json())

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
    EnrollmentResponse
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
    body: CreateEnrollmentRequest,
) -> Response[
    EnrollmentResponse
    | ErrorBadRequest
    | ErrorForbiddenAppsNotAvailable
    | ErrorUnauthorized
    | UnprocessableEntityError
]:
    """Create enrollment

     Creates a new Enrollment for specified student in specified course

    Args:
        body (CreateEnrollmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrollmentResponse | ErrorBadRequest | ErrorForbiddenAppsNotAvailable | ErrorUnauthorized | UnprocessableEntityError]
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
    body: CreateEnrollmentRequest,
) -> (
    EnrollmentResponse
    | ErrorBadRequest
    | ErrorForbiddenAppsNotAvailable
    | ErrorUnauthorized
    | UnprocessableEntityError
    | None
):
    """Create enrollment

     Creates a new Enrollment for specified student in specified course

    Args:
        body (CreateEnrollmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrollmentResponse | ErrorBadRequest | ErrorForbiddenAppsNotAvailable | ErrorUnauthorized | UnprocessableEntityError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEnrollmentRequest,
) -> Response[
    EnrollmentResponse
    | ErrorBadRequest
    | ErrorForbiddenAppsNotAvailable
    | ErrorUnauthorized
    | UnprocessableEntityError
]:
    """Create enrollment

     Creates a new Enrollment for specified student in specified course

    Args:
        body (CreateEnrollmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrollmentResponse | ErrorBadRequest | ErrorForbiddenAppsNotAvailable | ErrorUnauthorized | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEnrollmentRequest,
) -> (
    EnrollmentResponse
    | ErrorBadRequest
    | ErrorForbiddenAppsNotAvailable
    | ErrorUnauthorized
    | UnprocessableEntityError
    | None
):
    """Create enrollment

     Creates a new Enrollment for specified student in specified course

    Args:
        body (CreateEnrollmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrollmentResponse | ErrorBadRequest | ErrorForbiddenAppsNotAvailable | ErrorUnauthorized | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
