from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_body import ErrorBody


T = TypeVar("T", bound="TokenErrorResponse")


@_attrs_define
class TokenErrorResponse:
    """Error body of `exchange_code_for_token`: an OAuth 2.0 error (`error` a code string, RFC 6749 §5.2) — or, for errors
    outside the exchange itself (429, 5xx), Hopae's usual envelope, whose `error` is an object. The official file
    documents no body for these statuses.

        Attributes:
            error (ErrorBody | str | Unset): `invalid_request`, `invalid_client`, `invalid_grant`, `unsupported_grant_type`,
                … (a string), or Hopae's error object.
            error_description (str | Unset): Human-readable explanation.
    """

    error: ErrorBody | str | Unset = UNSET
    error_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_body import ErrorBody  # noqa: PLC0415

        error: dict[str, Any] | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorBody):
            error = self.error.to_dict()
        else:
            error = self.error

        error_description = self.error_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["error_description"] = error_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_body import ErrorBody  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_error(data: object) -> ErrorBody | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = ErrorBody.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorBody | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        error_description = d.pop("error_description", UNSET)

        token_error_response = cls(
            error=error,
            error_description=error_description,
        )

        token_error_response.additional_properties = d
        return token_error_response

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
