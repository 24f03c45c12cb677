"""OpenAPI path templates (``/courses/{id}/chapters``): matching a concrete path, filling one in,
and the order in which templates are tried.

Every place that maps a request path to its operation uses this one reading of a template: a
``{name}`` stands for any non-empty text without ``/``, and a literal segment wins over a
parameter, so ``/promotions/by_coupon`` is not read as ``/promotions/{id}``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

_PARAM = re.compile(r"\{([^{}/]+)\}")


def _segment_pattern(segment: str) -> re.Pattern[str] | None:
    """A regex for a segment holding parameters (``{id}``, ``{name}.{ext}``), or ``None`` for a
    literal one."""
    if "{" not in segment:
        return None
    parts, position = [], 0
    for found in _PARAM.finditer(segment):
        parts += [re.escape(segment[position : found.start()]), f"(?P<{found.group(1)}>[^/]+?)"]
        position = found.end()
    parts.append(re.escape(segment[position:]))
    return re.compile("".join(parts))


@dataclass(frozen=True)
class PathTemplate:
    """One path template of a spec, such as ``/users/{id}/authentications/{provider}``."""

    text: str
    segments: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _patterns: tuple[re.Pattern[str] | None, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        segments = tuple(self.text.split("/"))
        object.__setattr__(self, "segments", segments)
        object.__setattr__(self, "_patterns", tuple(_segment_pattern(s) for s in segments))

    def __str__(self) -> str:
        return self.text

    @property
    def params(self) -> tuple[str, ...]:
        """The parameter names, in path order."""
        return tuple(_PARAM.findall(self.text))

    @property
    def shape(self) -> str:
        """The template with every parameter as ``{}``: two templates of the same shape name the
        same paths (``/groups/{id}`` and ``/groups/{group_id}``)."""
        return _PARAM.sub("{}", self.text)

    @property
    def ends_with_param(self) -> bool:
        """Whether the last segment names a record (``/things/{id}``) rather than a collection."""
        return self._patterns[-1] is not None

    @property
    def parent(self) -> PathTemplate | None:
        """The template without its last segment (``/things/{id}`` -> ``/things``)."""
        if len(self.segments) <= 2:
            return None
        return PathTemplate("/".join(self.segments[:-1]))

    def ancestors(self) -> list[PathTemplate]:
        """Every shorter template of this path, nearest first (``/a/{id}/b`` -> ``/a/{id}``,
        ``/a``)."""
        found, current = [], self.parent
        while current is not None:
            found.append(current)
            current = current.parent
        return found

    @property
    def order_key(self) -> tuple[tuple[bool, str], ...]:
        """Sorting by it tries literal segments before parameters."""
        pairs = zip(self.segments, self._patterns, strict=True)
        return tuple((pattern is not None, segment) for segment, pattern in pairs)

    def match(self, path: str) -> dict[str, str] | None:
        """The parameters of a concrete ``path`` this template matches, or ``None``."""
        parts = path.split("/")
        if len(parts) != len(self.segments):
            return None
        values: dict[str, str] = {}
        for part, segment, pattern in zip(parts, self.segments, self._patterns, strict=True):
            if pattern is None:
                if part != segment:
                    return None
                continue
            found = pattern.fullmatch(part)
            if found is None:
                return None
            values.update(found.groupdict())
        return values

    def fill(self, values: Mapping[str, object]) -> str:
        """The concrete path with each parameter replaced by ``str(values[name])``, as is (no
        quoting: the caller decides what a value may contain)."""
        return _PARAM.sub(lambda found: str(values[found.group(1)]), self.text)

    def covers(self, other: PathTemplate) -> bool:
        """Whether this template also matches ``other``'s literal paths: ``/coupons/{id}`` covers
        ``/coupons/bulk_create``, so a request there could mean either operation."""
        if other.text == self.text or len(other.segments) != len(self.segments):
            return False
        return all(
            theirs == ours or pattern is not None
            for theirs, ours, pattern in zip(
                other.segments, self.segments, self._patterns, strict=True
            )
        )
