"""What the module handlers share: turning API models into bundles, picking inputs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, TypeVar

from thinkific_admin_client.types import Unset

from aiothinkific._pagination import AsyncPaginator
from aiothinkific.modules._model import Bundle, Listing


class Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


M = TypeVar("M", bound=Model)


def bundle(model: Model) -> list[Bundle]:
    """One record as Make's output: a single bundle."""
    return [model.to_dict()]


def bundles(paginator: AsyncPaginator[M]) -> Listing:
    """One bundle per item of a listing, streamed as its pages come (the paginator's ``limit``
    caps them across pages)."""
    return Listing(paginator)


def deleted(record_id: int) -> list[Bundle]:
    """The output of every Delete module: the id of what is gone."""
    return [{"id": record_id, "deleted": True}]


def pick(inputs: Mapping[str, Any], *names: str) -> dict[str, Any]:
    """The inputs among ``names`` that were given."""
    return {name: inputs[name] for name in names if name in inputs}


def known(model: object, *names: str) -> dict[str, Any]:
    """The attributes among ``names`` that hold a value on ``model`` (not null, not unset)."""
    values = {name: getattr(model, name) for name in names}
    return {name: v for name, v in values.items() if v is not None and not isinstance(v, Unset)}
