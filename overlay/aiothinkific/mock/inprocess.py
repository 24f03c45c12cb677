"""A client wired to a fresh mock site in the same process: no port, no network."""

from __future__ import annotations

from typing import Any

import httpx

from aiothinkific._client import Thinkific
from aiothinkific.mock.app import create_app
from aiothinkific.mock.settings import MockSettings

MOCK_HOST = "http://mock.thinkific.test"


def mock_client(
    settings: MockSettings | None = None, *, app: Any = None, **options: Any
) -> Thinkific:
    """A ``Thinkific`` client talking to an in-process mock site (``httpx.ASGITransport``): ``app``
    if given (made with the same ``settings``), else a new one.

    The mock does not rate-limit unless its settings say so, so client-side pacing is off
    unless ``requests_per_minute`` is passed.
    """
    settings = settings or MockSettings()
    options.setdefault("requests_per_minute", None)
    options.setdefault("webhooks_base_url", MOCK_HOST + settings.webhooks_base_path)
    use_key = settings.api_key is not None
    return Thinkific(
        api_key=settings.api_key,
        subdomain=settings.subdomain if use_key else None,
        access_token=None if use_key else settings.access_token,
        base_url=MOCK_HOST + settings.base_path,
        transport=httpx.ASGITransport(app=app if app is not None else create_app(settings)),
        **options,
    )
