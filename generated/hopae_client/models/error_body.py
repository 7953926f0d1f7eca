from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_details import ErrorDetails


T = TypeVar("T", bound="ErrorBody")


@_attrs_define
class ErrorBody:
    """The error itself; `code` identifies it.

    Attributes:
        code (str): Machine-readable error code. Documented values:
            - `AUTH_INVALID_CREDENTIALS` (401);
            - `VALIDATION_MISSING_PARAMETER`, `VALIDATION_INVALID_PARAMETER`,
              `VALIDATION_MISSING_USER_DATA` (400);
            - `verification_not_completed` (400 on `/userinfo`);
            - `evidence_not_available` (400 on `/evidence`, official file).
            The codes for 404 (unknown verification), 422 (LoA not achievable) and 400 on
            cancel (already terminal) are not documented beyond being lower_snake. Kept a plain
            string rather than an enum for that reason.
             Example: verification_not_completed.
        message (str | Unset): Human-readable explanation.
        details (ErrorDetails | Unset): Extra context; keys depend on the error. For `verification_not_completed` and
            `evidence_not_available`: the verification's current `status` and its `verificationId`.
    """

    code: str
    message: str | Unset = UNSET
    details: ErrorDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_details import ErrorDetails  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message", UNSET)

        _details = d.pop("details", UNSET)
        details: ErrorDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = ErrorDetails.from_dict(_details)

        error_body = cls(
            code=code,
            message=message,
            details=details,
        )

        error_body.additional_properties = d
        return error_body

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
