"""The mock's webhooks: events emitted by the backends, their signed deliveries, and the
Webhooks API (v2) that registers them.

- :mod:`~aiothinkific.mock.webhooks.outbox`: :func:`emit` records an event inside a request's
  transaction; :func:`collect_events` keeps them until it commits.
- :mod:`~aiothinkific.mock.webhooks.payloads`: the payloads Thinkific sends per topic.
- :mod:`~aiothinkific.mock.webhooks.deliverer`: :class:`Deliverer` POSTs committed events.
- :mod:`~aiothinkific.mock.webhooks.api`: the Webhooks API routes (``/api/v2``).
"""

from aiothinkific.mock.webhooks.api import create_webhooks_app
from aiothinkific.mock.webhooks.deliverer import Deliverer
from aiothinkific.mock.webhooks.outbox import collect_events, emit, emit_at
from aiothinkific.mock.webhooks.payloads import enrollment_payload, order_payload, user_summary

__all__ = [
    "Deliverer",
    "collect_events",
    "create_webhooks_app",
    "emit",
    "emit_at",
    "enrollment_payload",
    "order_payload",
    "user_summary",
]
