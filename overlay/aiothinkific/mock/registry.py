"""Which handler serves which operation.

Backends register their handlers with ``@handles("operationId")`` of their vendor's
:class:`HandlerRegistry` (Thinkific's: :data:`THINKIFIC`). A spec is then covered in
three parts (:func:`coverage`): operations with a handler; operations without one, which the mock
serves with generic, spec-driven behaviour (:mod:`aiothinkific.mock.generic`); and stale
handlers, for operations the spec no longer has, which are ignored. After a vendor update,
:func:`generic_operations` and :func:`stale_handlers` say what a regeneration should report.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from aiothinkific.mock.engine import Handler
from aiothinkific.specs import Spec, admin_spec


class HandlerRegistry:
    """The handlers of one vendor's mock, registered by the modules of ``package`` (imported
    the first time :meth:`handlers` is called). Each vendor has its own, so operation ids of
    different vendors never collide."""

    def __init__(self, package: str) -> None:
        self.package = package
        self._registered: dict[str, Handler] = {}
        self._loaded: dict[str, Handler] | None = None

    def handles(self, operation_id: str) -> Callable[[Handler], Handler]:
        """Register the decorated function as the handler of ``operation_id``."""

        def register(handler: Handler) -> Handler:
            if operation_id in self._registered:
                raise RuntimeError(f"two handlers for {operation_id}")
            self._registered[operation_id] = handler
            return handler

        return register

    def handlers(self) -> dict[str, Handler]:
        """Every registered handler, once each module of the package has been imported. The
        same dict every time, so a test may swap a handler in it before building an app."""
        if self._loaded is None:
            root = importlib.import_module(self.package)
            for module in pkgutil.iter_modules(root.__path__):
                importlib.import_module(f"{self.package}.{module.name}")
            self._loaded = dict(self._registered)
        return self._loaded


#: Thinkific's handlers, in :mod:`aiothinkific.mock.backends`.
THINKIFIC = HandlerRegistry("aiothinkific.mock.backends")
handles = THINKIFIC.handles
handlers = THINKIFIC.handlers


@dataclass(frozen=True)
class Coverage:
    """How the handlers cover one spec: ``handled`` maps each operation that has a handler to
    it; ``generic`` lists the operations without one (in spec order); ``stale`` the handlers of
    operations the spec does not have (sorted)."""

    handled: Mapping[str, Handler]
    generic: tuple[str, ...]
    stale: tuple[str, ...]


def coverage(spec: Spec, registry: Mapping[str, Handler] | None = None) -> Coverage:
    """How ``registry`` (the registered handlers unless given) covers ``spec``. Read when an app
    is built, so a test may swap a handler in :func:`handlers` before building one."""
    registry = handlers() if registry is None else registry
    ids = [op.operation_id for op in spec.operations]
    return Coverage(
        handled={op_id: registry[op_id] for op_id in ids if op_id in registry},
        generic=tuple(op_id for op_id in ids if op_id not in registry),
        stale=tuple(sorted(set(registry) - set(ids))),
    )


def generic_operations(spec: Spec | None = None) -> tuple[str, ...]:
    """Operations of ``spec`` (the packaged one unless given) served by generic behaviour."""
    return coverage(spec or admin_spec()).generic


def stale_handlers(spec: Spec | None = None) -> tuple[str, ...]:
    """Handlers for operations ``spec`` (the packaged one unless given) does not have."""
    return coverage(spec or admin_spec()).stale
