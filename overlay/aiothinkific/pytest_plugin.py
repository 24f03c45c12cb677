"""pytest fixtures for testing code that uses Thinkific, registered as the ``aiothinkific`` plugin.

- ``thinkific_mock_settings``: the ``MockSettings`` of the mock site; override it in your
  conftest to change credentials, seed, rate limits or faults.
- ``thinkific_mock_app``: a fresh mock site (an ASGI app) per test.
- ``thinkific_client``: a ``Thinkific`` client talking to that site in-process (needs
  pytest-asyncio, as any async fixture does).
- ``thinkific_mock_server``: the same site served by uvicorn on a free local port; its value is
  the API root URL, for code that builds its own client or is not Python.
- ``thrivecart_mock_settings``, ``thrivecart_mock_app``, ``thrivecart_client``: the same for a
  mock ThriveCart account (``ThriveCartSettings``, ``create_thrivecart_app``, a ``ThriveCart``
  client); ``thrivecart_mock``: that account served on a free local port, its value the API
  root URL (``http://127.0.0.1:PORT/api/external``).

Only pytest is imported here: the plugin loads in every pytest run of an environment where this
package is installed, so the mock's dependencies are imported when a fixture is first used.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from aiothinkific._client import Thinkific
    from aiothinkific._thrivecart import ThriveCart
    from aiothinkific.mock import MockSettings
    from aiothinkific.mock.thrivecart import ThriveCartSettings


@pytest.fixture
def thinkific_mock_settings() -> MockSettings:
    from aiothinkific.mock import MockSettings

    return MockSettings()


@pytest.fixture
def thinkific_mock_app(thinkific_mock_settings: MockSettings) -> Any:
    from aiothinkific.mock import create_app

    return create_app(thinkific_mock_settings)


def _served(app: Any, path: str, name: str) -> Iterator[str]:
    """``app`` served by uvicorn on a free local port, in a thread, until the test is done."""
    import uvicorn

    from aiothinkific.webhooks.serving import config

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    # The serving module's protocol: no 40 ms Nagle stall on a kept-alive connection.
    server = uvicorn.Server(config(app, lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError(f"the mock {name} server failed to start")
            threading.Event().wait(0.01)
        yield f"http://127.0.0.1:{port}{path}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture
def thinkific_mock_server(
    thinkific_mock_app: Any, thinkific_mock_settings: MockSettings
) -> Iterator[str]:
    yield from _served(thinkific_mock_app, thinkific_mock_settings.base_path, "Thinkific")


@pytest.fixture
def thrivecart_mock_settings() -> ThriveCartSettings:
    from aiothinkific.mock.thrivecart import ThriveCartSettings

    return ThriveCartSettings()


@pytest.fixture
def thrivecart_mock_app(thrivecart_mock_settings: ThriveCartSettings) -> Any:
    from aiothinkific.mock.thrivecart import create_thrivecart_app

    return create_thrivecart_app(thrivecart_mock_settings)


@pytest.fixture
def thrivecart_mock(
    thrivecart_mock_app: Any, thrivecart_mock_settings: ThriveCartSettings
) -> Iterator[str]:
    yield from _served(thrivecart_mock_app, thrivecart_mock_settings.base_path, "ThriveCart")


try:
    import pytest_asyncio
except ImportError:  # pragma: no cover - the async fixture needs pytest-asyncio
    pass
else:

    @pytest_asyncio.fixture
    async def thinkific_client(
        thinkific_mock_app: Any, thinkific_mock_settings: MockSettings
    ) -> AsyncIterator[Thinkific]:
        from aiothinkific.mock import mock_client

        async with mock_client(thinkific_mock_settings, app=thinkific_mock_app) as client:
            yield client

    @pytest_asyncio.fixture
    async def thrivecart_client(
        thrivecart_mock_app: Any, thrivecart_mock_settings: ThriveCartSettings
    ) -> AsyncIterator[ThriveCart]:
        from aiothinkific.mock.thrivecart import thrivecart_mock_client

        async with thrivecart_mock_client(thrivecart_mock_settings, app=thrivecart_mock_app) as tc:
            yield tc
