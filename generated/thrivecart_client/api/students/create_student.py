from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_student_body import CreateStudentBody
from ...models.error import Error
from ...models.student_access import StudentAccess
from ...types import Response


def _get_kwargs(
    *,
    body: CreateStudentBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/students",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StudentAccess | None:
    if response.status_code == 200:
        response_200 = StudentAccess.from_dict(response.json())

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
) -> Response[Error | StudentAccess]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateStudentBody,
) -> Response[Error | StudentAccess]:
    """Create new student

     Create a new student in your Learn account.

    Specify the student's email address (which they will use to sign in), and the numeric course ID to
    add them to.

    You will receive a key `auto_signin_url` which will either take them to set up their password for
    the first time (if they aren't a student of yours already), or to sign in to your course
    automatically. Students should be taken here immediately after creating their access.

    You may specify an array of tags to apply to them.

    You may also specify an order ID, purchase type and purchase ID to assign this relationship to a
    purchase of theirs. The system will then automatically cancel their membership if the corresponding
    subscription is cancelled (depending on your course settings).

    Args:
        body (CreateStudentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StudentAccess]
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
    body: CreateStudentBody,
) -> Error | StudentAccess | None:
    """Create new student

     Create a new student in your Learn account.

    Specify the student's email address (which they will use to sign in), and the numeric course ID to
    add them to.

    You will receive a key `auto_signin_url` which will either take them to set up their password for
    the first time (if they aren't a student of yours already), or to sign in to your course
    automatically. Students should be taken here immediately after creating their access.

    You may specify an array of tags to apply to them.

    You may also specify an order ID, purchase type and purchase ID to assign this relationship to a
    purchase of theirs. The system will then automatically cancel their membership if the corresponding
    subscription is cancelled (depending on your course settings).

    Args:
        body (CreateStudentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StudentAccess
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateStudentBody,
) -> Response[Error | StudentAccess]:
    """Create new student

     Create a new student in your Learn account.

    Specify the student's email address (which they will use to sign in), and the numeric course ID to
    add them to.

    You will receive a key `auto_signin_url` which will either take them to set up their password for
    the first time (if they aren't a student of yours already), or to sign in to your course
    automatically. Students should be taken here immediately after creating their access.

    You may specify an array of tags to apply to them.

    You may also specify an order ID, purchase type and purchase ID to assign this relationship to a
    purchase of theirs. The system will then automatically cancel their membership if the corresponding
    subscription is cancelled (depending on your course settings).

    Args:
        body (CreateStudentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StudentAccess]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateStudentBody,
) -> Error | StudentAccess | None:
    """Create new student

     Create a new student in your Learn account.

    Specify the student's email address (which they will use to sign in), and the numeric course ID to
    add them to.

    You will receive a key `auto_signin_url` which will either take them to set up their password for
    the first time (if they aren't a student of yours already), or to sign in to your course
    automatically. Students should be taken here immediately after creating their access.

    You may specify an array of tags to apply to them.

    You may also specify an order ID, purchase type and purchase ID to assign this relationship to a
    purchase of theirs. The system will then automatically cancel their membership if the corresponding
    subscription is cancelled (depending on your course settings).

    Args:
        body (CreateStudentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StudentAccess
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
