"""The overlay's one convention for an argument that was not given."""

from __future__ import annotations

from typing import Final, final


@final
class NotGiven:
    """The type of ``NOT_GIVEN``: an optional argument left out, so nothing is sent for it.

    ``None`` is a value (it clears a field, where the API allows that); ``NOT_GIVEN`` is its
    absence. It is falsy, so ``if value:`` reads naturally.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
