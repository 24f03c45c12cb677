"""One timestamp format for everything stored: ISO-8601 UTC with milliseconds, as Rails writes
it. Stored timestamps all share it, so SQLite compares them as plain strings."""

from __future__ import annotations

import datetime
import re

UTC = datetime.UTC
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso(moment: datetime.datetime) -> str:
    """``2024-01-01T00:00:00.000Z``."""
    m = moment.astimezone(UTC)
    # Not strftime: "%Y" does not pad years below 1000 on every platform.
    return (
        f"{m.year:04d}-{m.month:02d}-{m.day:02d}T{m.hour:02d}:{m.minute:02d}:{m.second:02d}"
        f".{m.microsecond // 1000:03d}Z"
    )


def from_epoch(seconds: float) -> datetime.datetime:
    return datetime.datetime.fromtimestamp(seconds, UTC)


def parse(text: str, *, allow_date: bool = False) -> datetime.datetime | None:
    """A date-time (RFC 3339; a bare date too when ``allow_date``), or ``None`` if it is not one.
    Times without an offset are taken as UTC."""
    if not isinstance(text, str) or not 10 <= len(text) <= 40 or not text[:4].isdigit():
        return None
    if _DATE.fullmatch(text) and not allow_date:
        return None
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        # A valid RFC 3339 time whose UTC falls in year 0 or 10000 ("0001-01-01T00:00:00+02:00"),
        # which Python cannot hold (Rails can): the first or last instant Python can.
        edge = datetime.datetime.min if moment.year == 1 else datetime.datetime.max
        return edge.replace(tzinfo=UTC)


def normalize(text: str, *, allow_date: bool = False) -> str | None:
    """``text`` in the stored format, or ``None`` if it is not a date-time."""
    moment = parse(text, allow_date=allow_date)
    return None if moment is None else iso(moment)
