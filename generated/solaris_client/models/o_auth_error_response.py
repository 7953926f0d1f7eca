from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.o_auth_error_code import OAuthErrorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthErrorResponse")


@_attrs_define
class OAuthErrorResponse:
    """Error body of the **authorization server** (RFC 6749 §5.2), used only by
    `create_token`. This is not the API's `errors` array.

        Attributes:
            error (OAuthErrorCode): RFC 6749 §5.2 error code. Solaris documents `invalid_request` and
                `unsupported_grant_type` (400) and `invalid_client` (401); the other RFC codes are
                listed because an RFC-conformant server may send them. `server_error` and
                `temporarily_unavailable` are the RFC 6749 §4.1.2.1 codes an authorization server
                uses for its own failures (5xx, overload): the local emulator answers them for
                injected faults on this endpoint.
            error_description (str | Unset): Human-readable explanation. Example: Client authentication failed..
    """

    error: OAuthErrorCode
    error_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.value

        error_description = self.error_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if error_description is not UNSET:
            field_dict["error_description"] = error_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = OAuthErrorCode(d.pop("error"))

        error_description = d.pop("error_description", UNSET)

        o_auth_error_response = cls(
            error=error,
            error_description=error_description,
        )

        o_auth_error_response.additional_properties = d
        return o_auth_error_response

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
