"""The package logger, ``aiothinkific``. Set ``THINKIFIC_LOG=debug`` (every request),
``THINKIFIC_LOG=info`` (retries and failures) or ``warning`` to see it on stderr without
configuring logging. Any other value is reported once on stderr and ignored (the ``aiothinkific``
command refuses it instead).

Log lines carry method, path, status, duration and attempt, never headers, so credentials (which
travel only in headers) cannot reach a log.
"""

from __future__ import annotations

import logging
import os
import sys

logger = logging.getLogger("aiothinkific")
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}


_warned: set[str] = set()


def log_setting_problem() -> str | None:
    """What is wrong with ``THINKIFIC_LOG``, naming the allowed values; ``None`` when it is
    unset, empty or one of them."""
    value = os.environ.get("THINKIFIC_LOG", "").strip()
    if not value or value.lower() in _LEVELS:
        return None
    return f"THINKIFIC_LOG={value!r} is not one of: {', '.join(_LEVELS)} (or unset)"


def configure_from_environment() -> None:
    """Honour ``THINKIFIC_LOG`` once; an application's own logging configuration wins. A value
    that is not a level is reported once on stderr and ignored."""
    problem = log_setting_problem()
    if problem is not None and problem not in _warned:
        _warned.add(problem)
        print(f"aiothinkific: ignoring {problem}", file=sys.stderr)
    level = _LEVELS.get(os.environ.get("THINKIFIC_LOG", "").strip().lower())
    if level is None or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
