"""The package logger, ``aiothinkific``. Set ``THINKIFIC_LOG=debug`` (every request) or
``THINKIFIC_LOG=info`` (retries and failures) to see it on stderr without configuring logging.

Log lines carry method, path, status, duration and attempt, never headers, so credentials (which
travel only in headers) cannot reach a log.
"""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("aiothinkific")
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}


def configure_from_environment() -> None:
    """Honour ``THINKIFIC_LOG`` once; an application's own logging configuration wins."""
    level = _LEVELS.get(os.environ.get("THINKIFIC_LOG", "").strip().lower())
    if level is None or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
