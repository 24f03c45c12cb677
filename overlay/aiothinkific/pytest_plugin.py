"""pytest fixtures for testing code that uses Thinkific, registered as the ``aiothinkific`` plugin.

- ``thinkific_mock_settings``: the ``MockSettings`` of the mock site; override it in your
  conftest to change credentials, seed, rate limits or faults.
- ``thinkific_mock_app``: a fresh mock site (an ASGI app) per test.
- ``thinkific_client``: a ``Thinkific`` client talking to that site in-process (needs
  pytest-asyncio, as any async fixture does).
- ``thinkific_mock_server``: the same site served by uvicorn on a free local port; its value is
  the API root URL, for code that builds its own client or is not Python.

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
    from aiothinkific.mock import MockSettings


@pytest.fixture
def thinkific_mock_settings() -> MockSettings:
    from aiothinkific.mock import MockSettings

    return MockSettings()


@pytest.fixture
def thinkific_mock_app(thinkific_mock_settings: MockSettings) -> Any:
    from aiothinkific.mock import create_app

    return create_app(thinkific_mock_settings)


@pytest.fixture
def thinkific_mock_server(
    thinkific_mock_app: Any, thinkific_mock_settings: MockSettings
) -> Iterator[str]:
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(thinkific_mock_app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError("the mock Thinkific server failed to start")
            threading.Event().wait(0.01)
        yield f"http://127.0.0.1:{port}{thinkific_mock_settings.base_path}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


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
