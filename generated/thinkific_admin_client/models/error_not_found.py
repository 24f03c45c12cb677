from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_not_found_error_type_1_item_type_1 import (
        ErrorNotFoundErrorType1ItemType1,
    )
    from ..models.error_not_found_error_type_2 import ErrorNotFoundErrorType2


T = TypeVar("T", bound="ErrorNotFound")


@_attrs_define
class ErrorNotFound:
    """
    Example:
        {'error': 'Record not found.'}

    Attributes:
        error (ErrorNotFoundErrorType2 | list[ErrorNotFoundErrorType1ItemType1 | str] | str | Unset): A message, or
            messages, or messages per field (as the examples show).
    """

    error: (
        ErrorNotFoundErrorType2
        | list[ErrorNotFoundErrorType1ItemType1 | str]
        | str
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_not_found_error_type_1_item_type_1 import (
            ErrorNotFoundErrorType1ItemType1,
        )
        from ..models.error_not_found_error_type_2 import ErrorNotFoundErrorType2

        error: dict[str, Any] | list[dict[str, Any] | str] | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, list):
            error = []
            for error_type_1_item_data in self.error:
                error_type_1_item: dict[str, Any] | str
                if isinstance(error_type_1_item_data, ErrorNotFoundErrorType1ItemType1):
                    error_type_1_item = error_type_1_item_data.to_dict()
                else:
                    error_type_1_item = error_type_1_item_data
                error.append(error_type_1_item)

        elif isinstance(self.error, ErrorNotFoundErrorType2):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_not_found_error_type_1_item_type_1 import (
            ErrorNotFoundErrorType1ItemType1,
        )
        from ..models.error_not_found_error_type_2 import ErrorNotFoundErrorType2

        d = dict(src_dict)

        def _parse_error(
            data: object,
        ) -> (
            ErrorNotFoundErrorType2
            | list[ErrorNotFoundErrorType1ItemType1 | str]
            | str
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                error_type_1 = []
                _error_type_1 = data
                for error_type_1_item_data in _error_type_1:

                    def _parse_error_type_1_item(
                        data: object,
                    ) -> ErrorNotFoundErrorType1ItemType1 | str:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            error_type_1_item_type_1 = (
                                ErrorNotFoundErrorType1ItemType1.from_dict(data)
                            )

                            return error_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(ErrorNotFoundErrorType1ItemType1 | str, data)

                    error_type_1_item = _parse_error_type_1_item(error_type_1_item_data)

                    error_type_1.append(error_type_1_item)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_2 = ErrorNotFoundErrorType2.from_dict(data)

                return error_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ErrorNotFoundErrorType2
                | list[ErrorNotFoundErrorType1ItemType1 | str]
                | str
                | Unset,
                data,
            )

        error = _parse_error(d.pop("error", UNSET))

        error_not_found = cls(
            error=error,
        )

        error_not_found.additional_properties = d
        return error_not_found

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
