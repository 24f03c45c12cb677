"""A stateful mock of the Thinkific Admin API, built from the patched spec.

``create_app(MockSettings(...))`` returns a Starlette app serving all operations of the spec:
requests are validated against it, state lives in SQLite, the read-only catalogue comes from a
deterministic seed, and rate limits and faults can be switched on. Layout (moto is the model):
``app`` (routing from the spec, per-request flow), ``middleware`` (auth, rate limit, faults),
``validation``, ``store`` (SQLite), ``engine`` (what every backend shares), ``seed``, and one
module per resource group under ``backends``.
"""

from aiothinkific.mock.app import create_app
from aiothinkific.mock.inprocess import MOCK_HOST, mock_client
from aiothinkific.mock.middleware import DroppedConnection
from aiothinkific.mock.settings import MockSettings

__all__ = ["MOCK_HOST", "DroppedConnection", "MockSettings", "create_app", "mock_client"]
