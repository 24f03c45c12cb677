"""Typed errors. Each names the request (method and URL, which never hold credentials: those travel
in headers) and, for HTTP errors, the status and the parsed body."""

from __future__ import annotations

import json
from typing import Any

import httpx


class ThinkificError(Exception):
    """Base of every error this package raises about a request."""


class ConfigurationError(ThinkificError):
    """The client lacks a setting this call needs (e.g. the Webhooks API's root); raised before
    any request is sent."""


class APIConnectionError(ThinkificError):
    """The request got no response: DNS, refused connection, reset, TLS, ..."""

    def __init__(self, method: str, url: str, message: str = "connection failed") -> None:
        super().__init__(f"{method} {url}: {message}")
        self.method = method
        self.url = url


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or waiting for a pooled connection)."""

    def __init__(self, method: str, url: str) -> None:
        super().__init__(method, url, "timed out")


class APIStatusError(ThinkificError):
    """The API answered with a status of 400 or more."""

    def __init__(
        self,
        status_code: int,
        body: Any,
        method: str,
        url: str,
        headers: httpx.Headers | None = None,
    ) -> None:
        super().__init__(f"{method} {url} -> {status_code}: {_summary(body)}")
        self.status_code = status_code
        self.body = body
        self.method = method
        self.url = url
        self.headers = headers if headers is not None else httpx.Headers()


class BadRequestError(APIStatusError):
    """400: a malformed request, e.g. a missing parameter."""


class AuthenticationError(APIStatusError):
    """401: the API key, subdomain or access token was not accepted."""


class PermissionDeniedError(APIStatusError):
    """403, in one of the two flavours below."""


class AppsNotAvailableError(PermissionDeniedError):
    """403: the site's plan does not include API access ("Access to Apps is not available")."""


class InsufficientScopeError(PermissionDeniedError):
    """403: the OAuth access token lacks the scope this operation needs."""


class NotFoundError(APIStatusError):
    """404: no such record."""


class UnprocessableEntityError(APIStatusError):
    """422: the API rejected the input. ``errors`` maps each field to its messages."""

    @property
    def errors(self) -> dict[str, list[str]]:
        return field_errors(self.body)


class RateLimitError(APIStatusError):
    """429: over the rate limit. ``retry_after``: the wait the server asked for, if it said."""

    retry_after: float | None = None


class InternalServerError(APIStatusError):
    """5xx: the API failed."""


class UnexpectedResponseError(ThinkificError):
    """A success status whose body is not what the spec documents for it."""


def field_errors(body: Any) -> dict[str, list[str]]:
    """Thinkific's 422 ``{"errors": {"field": ["can't be blank"]}}``, also accepting a single
    message per field and a list of messages (kept under ``"base"``, as Rails does) or of
    ``{"field": "message"}`` objects (the spec allows both in the list form)."""
    errors = body.get("errors") if isinstance(body, dict) else None
    if isinstance(errors, dict):
        return {
            str(field): [str(m) for m in messages]
            if isinstance(messages, list)
            else [str(messages)]
            for field, messages in errors.items()
        }
    if isinstance(errors, list):
        result: dict[str, list[str]] = {}
        for item in errors:
            pairs = item.items() if isinstance(item, dict) else [("base", item)]
            for field, message in pairs:
                result.setdefault(str(field), []).append(str(message))
        return result
    if isinstance(errors, str):
        return {"base": [errors]}
    return {}


def error_from_response(response: httpx.Response, method: str, url: str) -> APIStatusError:
    """The typed error for an HTTP error response."""
    status = response.status_code
    body = parse_body(response)
    cls: type[APIStatusError]
    if status == 403:
        message = body.get("error", "") if isinstance(body, dict) else ""
        is_scope = isinstance(message, str) and "scope" in message.lower()
        cls = InsufficientScopeError if is_scope else AppsNotAvailableError
    elif status >= 500:
        cls = InternalServerError
    else:
        cls = _BY_STATUS.get(status, APIStatusError)
    return cls(status, body, method, url, response.headers)


def parse_body(response: httpx.Response) -> Any:
    """JSON when the body is JSON, else its text (an HTML error page, say), else None."""
    if not response.content:
        return None
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return response.text


def _summary(body: Any, limit: int = 300) -> str:
    text = body if isinstance(body, str) else json.dumps(body)
    return text if len(text) <= limit else text[: limit - 3] + "..."


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def thrivecart_error_from_response(
    response: httpx.Response, method: str, url: str
) -> APIStatusError:
    """The typed error for a ThriveCart error response: by status alone (its body is always
    ``{"error": ..., "reason"?: ..., "error_description"?: ...}``, see :func:`error_message`)."""
    status = response.status_code
    cls: type[APIStatusError]
    if status == 403:
        cls = PermissionDeniedError
    elif status >= 500:
        cls = InternalServerError
    else:
        cls = _BY_STATUS.get(status, APIStatusError)
    return cls(status, parse_body(response), method, url, response.headers)


def error_message(body: Any) -> str | None:
    """ThriveCart's ``"[error] reason"`` (as its SDK reports it) from an error body, if any."""
    if not isinstance(body, dict) or not body.get("error"):
        return None
    detail = body.get("reason") or body.get("error_description")
    return f"[{body['error']}] {detail}" if detail else str(body["error"])
