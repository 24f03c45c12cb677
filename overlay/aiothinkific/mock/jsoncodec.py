"""JSON in and out of the mock's hot path: documents read from SQLite, bodies answered.

Decoding each document of a page and encoding the page were most of the server's time per
listing request with the standard library's ``json``; ``orjson`` (a dependency of the ``mock``
extra) does both several times faster. Its output is what Starlette's ``JSONResponse`` writes
(compact, UTF-8, keys in order); what it cannot take (an integer beyond 64 bits, a key that is
not a string) goes through ``json`` exactly as before, and without ``orjson`` installed
everything does.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from starlette.background import BackgroundTask
from starlette.responses import JSONResponse

try:
    import orjson
except ImportError:  # pragma: no cover - the mock extra installs it
    orjson = None  # type: ignore[assignment]


class EncodedArray:
    """A JSON array the mock encoded itself (a page of documents as shown), which :func:`dumps`
    writes into its output as it is: nothing to decode, nothing to encode again."""

    __slots__ = ("count", "text")

    def __init__(self, items: list[bytes]) -> None:
        self.text = b"[" + b",".join(items) + b"]"
        self.count = len(items)

    def __len__(self) -> int:
        return self.count


def _orjson_default(value: Any) -> Any:
    if isinstance(value, EncodedArray):
        return orjson.Fragment(value.text)
    raise TypeError(f"Type is not JSON serializable: {type(value).__name__}")


def _stdlib_default(value: Any) -> Any:
    if isinstance(value, EncodedArray):
        return json.loads(value.text)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _stdlib_dumps(value: Any) -> bytes:
    return json.dumps(
        value,
        ensure_ascii=False,
        allow_nan=False,
        indent=None,
        separators=(",", ":"),
        default=_stdlib_default,
    ).encode("utf-8")


def dumps(value: Any) -> bytes:
    """``value`` as compact UTF-8 JSON, byte for byte what ``JSONResponse`` renders."""
    if orjson is not None:
        try:
            return orjson.dumps(value, default=_orjson_default)
        except TypeError:  # beyond orjson: big integers, non-string keys
            pass
    return _stdlib_dumps(value)


def loads(text: str | bytes) -> Any:
    """A JSON text the mock wrote itself (a stored document) as Python values."""
    if orjson is not None:
        try:
            return orjson.loads(text)
        except orjson.JSONDecodeError:  # beyond orjson: integers of more than 64 bits
            pass
    return json.loads(text)


def loads_all(texts: list[str]) -> list[Any]:
    """JSON texts the mock wrote itself, decoded in one call (a page of stored documents)."""
    if not texts:
        return []
    loaded: list[Any] = loads("[" + ",".join(texts) + "]")
    return loaded


class FastJSONResponse(JSONResponse):
    """``JSONResponse`` rendered by :func:`dumps`. A plain answer (no extra headers, a status
    with a body) gets the two headers Starlette would give it, without its general path."""

    def __init__(
        self,
        content: Any,
        status_code: int = 200,
        headers: Mapping[str, str] | None = None,
        media_type: str | None = None,
        background: BackgroundTask | None = None,
    ) -> None:
        plain = headers is None and media_type is None and background is None
        if not plain or status_code < 200 or status_code in (204, 304):
            super().__init__(content, status_code, headers, media_type, background)
            return
        self.status_code = status_code
        self.background = None
        self.body = dumps(content)
        self.raw_headers = [
            (b"content-length", b"%d" % len(self.body)),
            (b"content-type", b"application/json"),
        ]

    def render(self, content: Any) -> bytes:
        return dumps(content)
