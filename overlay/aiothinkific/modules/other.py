"""Make an API Call: any Admin API request, with the connection's auth, rate limit and retries.

The URL is relative to the API root ``https://api.thinkific.com/api/public`` as in Make
(``/v1/users``, ``/v1/instructors?limit=10``); the client's base URL is that root plus ``/v1``, so
the ``/v1`` is mapped onto it. Auth headers are the client's own: user headers of that name (and
the framing headers the HTTP layer sets) are dropped. An error status raises the client's typed
error, as Make stops the module with the error; otherwise the output is one bundle
``{"status": ..., "headers": {...}, "body": ...}`` (body: parsed JSON, else text, else null).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlsplit

from aiothinkific._exceptions import parse_body
from aiothinkific.modules._fields import Field, Option, select
from aiothinkific.modules._model import Bundle, Group, Inputs

if TYPE_CHECKING:
    from aiothinkific._client import Thinkific

other = Group("Other")

API_ROOT = "https://api.thinkific.com/api/public"
VERSION_PREFIX = "/v1"
METHODS = tuple(Option(method) for method in ("GET", "POST", "PUT", "PATCH", "DELETE"))
# Set by the client for every request; a user header of one of these names is ignored.
RESERVED_HEADERS = frozenset(
    {
        "authorization",
        "x-auth-api-key",
        "x-auth-subdomain",
        "host",
        "content-length",
        "transfer-encoding",
        "connection",
    }
)
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")


def api_path(url: str) -> str:
    """``url`` if it is a path under the API root's ``/v1``, else ``ValueError`` saying why."""
    url = url.strip()
    example = f"a path relative to {API_ROOT} such as /v1/users"
    if "://" in url or url.startswith("//"):
        raise ValueError(f"must be {example}, not an absolute URL; got {url!r}")
    if not url.startswith("/"):
        raise ValueError(f"must be {example}; got {url!r}")
    if any(char.isspace() or ord(char) < 0x20 or char in "\\#" for char in url):
        raise ValueError(f"must not contain spaces, control characters, '\\' or '#'; got {url!r}")
    path = url.partition("?")[0]
    if any(segment in (".", "..") for segment in unquote(path).split("/")):
        raise ValueError(f"must not contain '.' or '..' segments; got {url!r}")
    if path != VERSION_PREFIX and not path.startswith(VERSION_PREFIX + "/"):
        raise ValueError(f"must start with {VERSION_PREFIX}/ (the Admin API v1); got {url!r}")
    return url


def header_pairs(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Headers as HTTP allows them: token names, printable ASCII values."""
    for name, value in pairs:
        if not _HEADER_NAME.fullmatch(name):
            raise ValueError(f"{name!r} is not a valid header name")
        if not _HEADER_VALUE.fullmatch(value):
            raise ValueError(f"the value of {name!r} must be printable ASCII on one line")
    return pairs


@other.universal(
    "makeApiCall",
    "Make an API Call",
    "Performs an arbitrary authorized API call.",
    (
        Field(
            "url",
            "URL",
            "text",
            f"Enter a path relative to {API_ROOT}. For example: /v1/users",
            required=True,
            check=api_path,
        ),
        select(
            "method",
            "Method",
            METHODS,
            "Select the HTTP method you want to use: GET to retrieve information for an entry, "
            "POST to create a new entry, PUT to update/replace an existing entry, PATCH to make "
            "a partial entry update, DELETE to delete an entry.",
            required=True,
            default="GET",
        ),
        Field(
            "headers",
            "Headers",
            "map",
            "Enter the desired request headers. You don't have to add authorization headers; we "
            "already did that for you.",
            check=header_pairs,
        ),
        Field("qs", "Query String", "map", "Enter the request query string."),
        Field("body", "Body", "json", "Enter the body content for your API call (JSON)."),
    ),
)
async def make_api_call(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    url = urlsplit(inputs["url"])
    params: dict[str, list[str]] = {}
    for name, value in [*parse_qsl(url.query, keep_blank_values=True), *inputs.get("qs", [])]:
        params.setdefault(name, []).append(value)
    headers = {
        name: value
        for name, value in inputs.get("headers", [])
        if name.lower() not in RESERVED_HEADERS
    }
    options: dict[str, Any] = {"params": params or None, "headers": headers or None}
    if "body" in inputs:
        options["json"] = inputs["body"]
    response = await tk.request(inputs["method"], url.path[len(VERSION_PREFIX) :] or "/", **options)
    return [
        {
            "status": response.status_code,
            "headers": dict(response.headers),
            "body": parse_body(response),
        }
    ]
