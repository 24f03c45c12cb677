"""Async Python client for the Thinkific APIs.

The typed core (``thinkific_admin_client``) is generated from the vendor's OpenAPI spec;
this package is the hand-written overlay around it.
"""

from thinkific_admin_client.types import UNSET, Unset

from aiothinkific._client import DEFAULT_BASE_URL, Thinkific
from aiothinkific._credentials import Credentials, CredentialsError
from aiothinkific._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AppsNotAvailableError,
    AuthenticationError,
    BadRequestError,
    InsufficientScopeError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ThinkificError,
    UnexpectedResponseError,
    UnprocessableEntityError,
)
from aiothinkific._pagination import AsyncPaginator, Page

__all__ = [
    "DEFAULT_BASE_URL",
    "UNSET",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AppsNotAvailableError",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "Credentials",
    "CredentialsError",
    "InsufficientScopeError",
    "InternalServerError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "Thinkific",
    "ThinkificError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "Unset",
]
