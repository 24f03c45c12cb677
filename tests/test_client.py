"""The Thinkific client: credentials checked up front, auth headers sent, secrets never shown."""

from __future__ import annotations

import httpx
import pytest
from aiothinkific import DEFAULT_BASE_URL, CredentialsError, Thinkific
from thinkific_admin_client.api.users import get_users


def recording_transport(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200,
            json={
                "items": [],
                "meta": {
                    "pagination": {
                        "current_page": 1,
                        "next_page": None,
                        "prev_page": None,
                        "total_pages": 1,
                        "total_items": 0,
                        "entries_info": "0-0 of 0",
                    }
                },
            },
        )

    return httpx.MockTransport(handler)


@pytest.fixture(autouse=True)
def no_env_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "THINKIFIC_API_KEY",
        "THINKIFIC_SUBDOMAIN",
        "THINKIFIC_ACCESS_TOKEN",
        "THINKIFIC_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)


async def test_api_key_auth_headers_reach_the_api() -> None:
    seen: list[httpx.Request] = []
    async with Thinkific(
        api_key="k-123", subdomain="myschool", transport=recording_transport(seen)
    ) as tk:
        page = await get_users.asyncio(client=tk.generated, page=2, limit=10)
    assert page is not None and page.items == []
    (request,) = seen
    assert request.headers["X-Auth-API-Key"] == "k-123"
    assert request.headers["X-Auth-Subdomain"] == "myschool"
    assert "Authorization" not in request.headers
    assert str(request.url) == f"{DEFAULT_BASE_URL}/users?page=2&limit=10"


async def test_bearer_token_and_base_url_override() -> None:
    seen: list[httpx.Request] = []
    async with Thinkific(
        access_token="tok-9",
        base_url="http://127.0.0.1:9/api/public/v1",
        transport=recording_transport(seen),
    ) as tk:
        await get_users.asyncio(client=tk.generated)
    assert seen[0].headers["Authorization"] == "Bearer tok-9"
    assert str(seen[0].url).startswith("http://127.0.0.1:9/api/public/v1/users")


async def test_settings_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THINKIFIC_API_KEY", "env-key")
    monkeypatch.setenv("THINKIFIC_SUBDOMAIN", "envschool")
    monkeypatch.setenv("THINKIFIC_BASE_URL", "http://localhost:8080/api/public/v1")
    async with Thinkific() as tk:
        assert tk.base_url == "http://localhost:8080/api/public/v1"
        assert tk.credentials.headers()["X-Auth-Subdomain"] == "envschool"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "missing api_key and subdomain"),
        ({"api_key": "k"}, "missing subdomain"),
        ({"subdomain": "s"}, "missing api_key"),
        ({"api_key": "k", "subdomain": "s", "access_token": "t"}, "not both"),
    ],
)
def test_missing_or_conflicting_credentials_fail_at_construction(
    kwargs: dict[str, str], message: str
) -> None:
    with pytest.raises(CredentialsError, match=message):
        Thinkific(**kwargs)


async def test_secrets_never_appear_in_reprs() -> None:
    async with Thinkific(api_key="secret-key-1", subdomain="s") as tk:
        assert "secret-key-1" not in repr(tk)
        assert "secret-key-1" not in repr(tk.credentials)
        assert "subdomain='s'" in repr(tk)
    async with Thinkific(access_token="secret-token-2") as tk:
        assert "secret-token-2" not in repr(tk)
