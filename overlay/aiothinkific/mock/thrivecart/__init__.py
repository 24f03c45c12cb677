"""The stateful mock of ThriveCart, on the same engine as Thinkific's mock.

- :func:`create_thrivecart_app` (:class:`ThriveCartSettings`): the account as an ASGI app;
  :func:`thrivecart_mock_client`: a ``ThriveCart`` client wired to one in process;
  :func:`purchase_notices`: the webhook bodies a run of purchases makes.
- :mod:`.records`: the store's kinds, the handler registry, the error style;
  :mod:`.handlers`: the API's operations; :mod:`.orders`: purchases, rebills, refunds and the
  subscription changes; :mod:`.events` and :mod:`.delivery`: the webhooks;
  :mod:`.control`: the mock-only control routes; :mod:`.seed`: the starting account.
"""

from aiothinkific.mock.thrivecart.app import (
    MOCK_THRIVECART_HOST,
    create_thrivecart_app,
    purchase_notices,
    thrivecart_mock_client,
)
from aiothinkific.mock.thrivecart.settings import ThriveCartSettings

__all__ = [
    "MOCK_THRIVECART_HOST",
    "ThriveCartSettings",
    "create_thrivecart_app",
    "purchase_notices",
    "thrivecart_mock_client",
]
