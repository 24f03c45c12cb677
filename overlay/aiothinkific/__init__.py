"""Async Python client for the Thinkific APIs, and for ThriveCart's.

The typed core (``thinkific_admin_client``) is generated from the vendor's OpenAPI spec;
this package is the overlay around it. An optional argument left out is ``NOT_GIVEN`` (nothing
is sent); ``None`` clears a field where the spec allows null. In the models the API answers
with, a field the answer did not carry is ``Unset``.
"""

from thinkific_admin_client.types import Unset

from aiothinkific._client import DEFAULT_BASE_URL, Thinkific
from aiothinkific._credentials import Credentials, CredentialsError
from aiothinkific._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AppsNotAvailableError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
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
from aiothinkific._thrivecart import ThriveCart, ThriveCartCredentials
from aiothinkific._types import NOT_GIVEN, NotGiven

__all__ = [
    "DEFAULT_BASE_URL",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AppsNotAvailableError",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "Credentials",
    "CredentialsError",
    "InsufficientScopeError",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "Thinkific",
    "ThinkificError",
    "ThriveCart",
    "ThriveCartCredentials",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "Unset",
]
