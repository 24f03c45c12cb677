"""What a webhook's fields may be, checked before anything is sent: a target URL, a topic.

``tk.webhooks`` itself is generated (``aiothinkific.resources.thinkific_webhooks``); its requests go
through the client's requester for that API (its base URL, bearer auth), which shares the HTTP
connections, the rate limiter and the retry policy with the Admin API.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from thinkific_webhooks_client.models import Topic
from thinkific_webhooks_client.models.topic import check_topic


def is_web_url(url: object) -> bool:
    """An absolute http(s) URL with a host: what a webhook's target can be."""
    try:
        parts = urlsplit(url) if isinstance(url, str) else None
        return parts is not None and parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:  # "http://[::1": an unclosed IPv6 address
        return False


def topic_of(value: str) -> Topic:
    """``value`` as a documented topic, or a ``ValueError`` naming the field (no request sent)."""
    try:
        return check_topic(value)
    except TypeError:
        raise ValueError(f"topic: {value!r} is not a Thinkific webhook topic") from None
