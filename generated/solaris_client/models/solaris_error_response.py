from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.solaris_error import SolarisError


T = TypeVar("T", bound="SolarisErrorResponse")


@_attrs_define
class SolarisErrorResponse:
    """Error body of every `/v1` endpoint: an `errors` array of error objects. The
    per-endpoint documentation pages show the error fields flattened (a single object
    with `id`, `status`, `code`, `title`, `detail`); the real response wraps them in
    `errors`, as the Solaris errors page shows, and that is what this schema models.

        Attributes:
            errors (list[SolarisError]):
    """

    errors: list[SolarisError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.solaris_error import SolarisError  # noqa: PLC0415

        d = dict(src_dict)
        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = SolarisError.from_dict(errors_item_data)

            errors.append(errors_item)

        solaris_error_response = cls(
            errors=errors,
        )

        solaris_error_response.additional_properties = d
        return solaris_error_response

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
