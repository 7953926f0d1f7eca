from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_identifier import ErrorIdentifier
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiError")


@_attrs_define
class ApiError:
    """iDenfy's error envelope, sent with HTTP 400 or the fitting status (401, 404, 429,
    5xx, …). The official file documents no error bodies; this is the documentation's
    envelope. Only `identifier` is guaranteed.

        Attributes:
            identifier (ErrorIdentifier): Machine-readable error code of the error envelope. Open: other values parse.
                 Example: MISSING_VALUE.
            message (str | Unset): Human-readable explanation (every documented error has one, but a client must not crash
                without it). Example: Missing parameter: clientId..
            documentation (None | str | Unset): Link to the documentation of this error, when sent.
            severity (None | str | Unset): Severity of the error, when sent.
    """

    identifier: ErrorIdentifier
    message: str | Unset = UNSET
    documentation: None | str | Unset = UNSET
    severity: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier.value

        message = self.message

        documentation: None | str | Unset
        if isinstance(self.documentation, Unset):
            documentation = UNSET
        else:
            documentation = self.documentation

        severity: None | str | Unset
        if isinstance(self.severity, Unset):
            severity = UNSET
        else:
            severity = self.severity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if documentation is not UNSET:
            field_dict["documentation"] = documentation
        if severity is not UNSET:
            field_dict["severity"] = severity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifier = ErrorIdentifier(d.pop("identifier"))

        message = d.pop("message", UNSET)

        def _parse_documentation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        documentation = _parse_documentation(d.pop("documentation", UNSET))

        def _parse_severity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        severity = _parse_severity(d.pop("severity", UNSET))

        api_error = cls(
            identifier=identifier,
            message=message,
            documentation=documentation,
            severity=severity,
        )

        api_error.additional_properties = d
        return api_error

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
