from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_info_details import ErrorInfoDetails


T = TypeVar("T", bound="ErrorInfo")


@_attrs_define
class ErrorInfo:
    """Why a verification failed, in the status answer (official `ErrorInfo`, and the legacy inline `error` with `code` and
    `message`). Not an HTTP error body. The official file also requires `type` and `message`; no documentation example
    shows the object, so only the `code`, its identifier, is guaranteed.

        Attributes:
            code (str): Machine-readable failure code. Example: loa_not_met.
            type_ (str | Unset): Category of the failure.
            message (str | Unset): Human-readable explanation.
            details (ErrorInfoDetails | Unset): Extra context about the failure.
            occurred_at (datetime.datetime | Unset): When the failure happened.
            provider_error (Any | Unset): The eID provider's own error, as it reported it (any JSON value).
    """

    code: str
    type_: str | Unset = UNSET
    message: str | Unset = UNSET
    details: ErrorInfoDetails | Unset = UNSET
    occurred_at: datetime.datetime | Unset = UNSET
    provider_error: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        type_ = self.type_

        message = self.message

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        occurred_at: str | Unset = UNSET
        if not isinstance(self.occurred_at, Unset):
            occurred_at = self.occurred_at.isoformat()

        provider_error = self.provider_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details
        if occurred_at is not UNSET:
            field_dict["occurredAt"] = occurred_at
        if provider_error is not UNSET:
            field_dict["providerError"] = provider_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_info_details import ErrorInfoDetails  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        type_ = d.pop("type", UNSET)

        message = d.pop("message", UNSET)

        _details = d.pop("details", UNSET)
        details: ErrorInfoDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = ErrorInfoDetails.from_dict(_details)

        _occurred_at = d.pop("occurredAt", UNSET)
        occurred_at: datetime.datetime | Unset
        if isinstance(_occurred_at, Unset):
            occurred_at = UNSET
        else:
            occurred_at = datetime.datetime.fromisoformat(_occurred_at)

        provider_error = d.pop("providerError", UNSET)

        error_info = cls(
            code=code,
            type_=type_,
            message=message,
            details=details,
            occurred_at=occurred_at,
            provider_error=provider_error,
        )

        error_info.additional_properties = d
        return error_info

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
