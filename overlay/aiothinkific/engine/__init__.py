"""The enrollment engine: cart events (ThriveCart, SamCart) -> product-level and global rules
-> Create/Expire Course/Bundle Enrollment in Thinkific, durably, with a searchable log.

The parts, in the order an event meets them: :mod:`~.receiver` (verify, store raw, parse with
:mod:`~.sources`), :mod:`~.store` (the queue and the log), :mod:`~.worker` (plan with
:mod:`~.rules`, act with :mod:`~.thinkific`). :class:`Engine` puts them together; the
``aiothinkific engine`` commands (:mod:`aiothinkific.engine_cli`) call it. Needs the
``engine`` extra (and ``postgres`` for a PostgreSQL store, :mod:`~.pgstore`).
"""

from aiothinkific.engine.engine import Engine
from aiothinkific.engine.model import (
    ActionKind,
    CartEvent,
    Customer,
    EventParseError,
    Item,
    ItemKind,
    PlannedAction,
    Source,
    Trigger,
)
from aiothinkific.engine.receiver import CartReceiver, Secrets
from aiothinkific.engine.rules import Rules, RulesError, RulesFile, load_rules, plan, resolve
from aiothinkific.engine.store import EngineStore, LogQuery, SqlStore
from aiothinkific.engine.stores import StoreError, open_store
from aiothinkific.engine.worker import Backoff, Worker

__all__ = [
    "ActionKind",
    "Backoff",
    "CartEvent",
    "CartReceiver",
    "Customer",
    "Engine",
    "EngineStore",
    "EventParseError",
    "Item",
    "ItemKind",
    "LogQuery",
    "PlannedAction",
    "Rules",
    "RulesError",
    "RulesFile",
    "Secrets",
    "Source",
    "SqlStore",
    "StoreError",
    "Trigger",
    "Worker",
    "load_rules",
    "open_store",
    "plan",
    "resolve",
]
