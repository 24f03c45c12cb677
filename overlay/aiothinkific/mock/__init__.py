"""A stateful mock of the Thinkific Admin API, built from the patched spec.

``create_app(MockSettings(...))`` returns a Starlette app serving all operations of the spec (or
of ``spec=``, a vendor update or a test's variant): requests are validated against it, state
lives in SQLite, the read-only catalogue comes from a deterministic seed, and rate limits and
faults can be switched on. Operations without a handler get generic, spec-driven behaviour;
``create_spec_app(spec)`` serves any spec with that behaviour alone. Layout (moto is the model):
``server`` (the spec-driven core: routing, per-request flow), ``app`` (Thinkific's site on it),
``middleware`` (auth, rate-limit emulation, faults), ``validation``, ``store`` (SQLite),
``engine`` (what every backend shares), ``registry`` (which handler serves which operation),
``backends`` (one module per resource group), ``generic`` (operations without a handler),
``seed``, ``webhooks`` (events, deliveries, the Webhooks API) and ``control`` (mock-only routes).
"""

from aiothinkific.mock.app import create_app
from aiothinkific.mock.inprocess import MOCK_HOST, mock_client
from aiothinkific.mock.middleware import DroppedConnection
from aiothinkific.mock.registry import generic_operations, stale_handlers
from aiothinkific.mock.server import create_spec_app
from aiothinkific.mock.settings import MockSettings

__all__ = [
    "MOCK_HOST",
    "DroppedConnection",
    "MockSettings",
    "create_app",
    "create_spec_app",
    "generic_operations",
    "mock_client",
    "stale_handlers",
]
