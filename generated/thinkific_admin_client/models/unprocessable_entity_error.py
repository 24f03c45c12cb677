from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unprocessable_entity_error_errors_type_0 import (
        UnprocessableEntityErrorErrorsType0,
    )
    from ..models.unprocessable_entity_error_errors_type_1_item_type_1 import (
        UnprocessableEntityErrorErrorsType1ItemType1,
    )


T = TypeVar("T", bound="UnprocessableEntityError")


@_attrs_define
class UnprocessableEntityError:
    """
    Attributes:
        errors (list[str | UnprocessableEntityErrorErrorsType1ItemType1] | UnprocessableEntityErrorErrorsType0 | Unset):
            Field errors ({"field": ["can't be blank"]}, the usual form), or a list of messages.
    """

    errors: (
        list[str | UnprocessableEntityErrorErrorsType1ItemType1]
        | UnprocessableEntityErrorErrorsType0
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.unprocessable_entity_error_errors_type_0 import (
            UnprocessableEntityErrorErrorsType0,
        )
        from ..models.unprocessable_entity_error_errors_type_1_item_type_1 import (
            UnprocessableEntityErrorErrorsType1ItemType1,
        )

        errors: dict[str, Any] | list[dict[str, Any] | str] | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, UnprocessableEntityErrorErrorsType0):
            errors = self.errors.to_dict()
        else:
            errors = []
            for errors_type_1_item_data in self.errors:
                errors_type_1_item: dict[str, Any] | str
                if isinstance(
                    errors_type_1_item_data,
                    UnprocessableEntityErrorErrorsType1ItemType1,
                ):
                    errors_type_1_item = errors_type_1_item_data.to_dict()
                else:
                    errors_type_1_item = errors_type_1_item_data
                errors.append(errors_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.unprocessable_entity_error_errors_type_0 import (
            UnprocessableEntityErrorErrorsType0,
        )
        from ..models.unprocessable_entity_error_errors_type_1_item_type_1 import (
            UnprocessableEntityErrorErrorsType1ItemType1,
        )

        d = dict(src_dict)

        def _parse_errors(
            data: object,
        ) -> (
            list[str | UnprocessableEntityErrorErrorsType1ItemType1]
            | UnprocessableEntityErrorErrorsType0
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                errors_type_0 = UnprocessableEntityErrorErrorsType0.from_dict(data)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            errors_type_1 = []
            _errors_type_1 = data
            for errors_type_1_item_data in _errors_type_1:

                def _parse_errors_type_1_item(
                    data: object,
                ) -> str | UnprocessableEntityErrorErrorsType1ItemType1:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        errors_type_1_item_type_1 = (
                            UnprocessableEntityErrorErrorsType1ItemType1.from_dict(data)
                        )

                        return errors_type_1_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(
                        str | UnprocessableEntityErrorErrorsType1ItemType1, data
                    )

                errors_type_1_item = _parse_errors_type_1_item(errors_type_1_item_data)

                errors_type_1.append(errors_type_1_item)

            return errors_type_1

        errors = _parse_errors(d.pop("errors", UNSET))

        unprocessable_entity_error = cls(
            errors=errors,
        )

        unprocessable_entity_error.additional_properties = d
        return unprocessable_entity_error

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
