"""What a mock ThriveCart account is configured with: the mock's settings (store, seed, rate
limit, faults, webhook transport) with ThriveCart's credentials, paths and account."""

from __future__ import annotations

from dataclasses import dataclass

from aiothinkific.mock.settings import MockSettings

THRIVECART_BASE_PATH = "/api/external"
#: The mock-only control routes (purchases, rebills...) and account webhooks, under this prefix.
THRIVECART_CONTROL_PATH = "/_mock/thrivecart"
#: Account-wide webhooks ("Webhooks & notifications") an account may have.
MAX_ACCOUNT_WEBHOOKS = 5


@dataclass(frozen=True)
class ThriveCartSettings(MockSettings):
    """Settings of one mock ThriveCart account (see :class:`MockSettings` for the shared ones).

    ``api_key`` is the bearer token accepted (an API key or an OAuth access token alike);
    ``subdomain`` is the account (``thrivecart_account`` in webhooks, ``myaccount`` as in the
    vendor's examples); ``secret_word`` is sent as ``thrivecart_secret`` in every account
    webhook. ``seed`` decides the generated part of the data (``seed_customers`` customers with
    their orders, in live mode); the records of the vendor's Postman collection are always
    there. ``requests_per_minute`` emulates ThriveCart's 60 a minute (off unless set). A
    delivery that fails is sent again up to ``webhook_retries`` times. The mock-only control
    routes are under ``control_path``.
    """

    api_key: str | None = "mock-thrivecart-key"
    access_token: str | None = None
    subdomain: str = "myaccount"
    base_path: str = THRIVECART_BASE_PATH
    secret_word: str = "MOCKSECRETWORD"
    seed_customers: int = 20
    control_path: str = THRIVECART_CONTROL_PATH
    webhook_retries: int = 3
