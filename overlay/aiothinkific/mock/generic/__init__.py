"""Generic, spec-driven behaviour for operations without a handler (moto's generic backends are
the model): :mod:`~aiothinkific.mock.generic.plan` reads what an operation does from the spec,
:mod:`~aiothinkific.mock.generic.backend` does it on the store, and
:mod:`~aiothinkific.mock.generic.render` makes every answer valid under the documented schema."""

from aiothinkific.mock.generic.backend import GenericBehaviour
from aiothinkific.mock.generic.plan import Action, Plan, plan

__all__ = ["Action", "GenericBehaviour", "Plan", "plan"]
