from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.validation_errors_errors import ValidationErrorsErrors


T = TypeVar("T", bound="ValidationErrors")


@_attrs_define
class ValidationErrors:
    """
    Attributes:
        errors (ValidationErrorsErrors): Field name -> message, e.g. {"url": "is not valid"}.
    """

    errors: ValidationErrorsErrors
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.validation_errors_errors import ValidationErrorsErrors

        d = dict(src_dict)
        errors = ValidationErrorsErrors.from_dict(d.pop("errors"))

        validation_errors = cls(
            errors=errors,
        )

        validation_errors.additional_properties = d
        return validation_errors

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
