from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_type import TokenType
from ..types import UNSET, Unset


def _redacted(value: object) -> str:
    """repr() of a field marked `x-sensitive` in the spec: whether it is set, never its value."""
    return repr(value) if value is None or isinstance(value, Unset) else "'<redacted>'"


T = TypeVar("T", bound="TokenResponse")


@_attrs_define
class TokenResponse:
    """An OAuth2 access token (RFC 6749 §5.1). Only `access_token` is required (tolerant
    reader): RFC 6749 also makes `token_type` mandatory and the documented example
    carries every field, but a token answer without `token_type` is still a usable token,
    so its absence must not fail parsing.

        Attributes:
            access_token (str): The bearer token to send as `Authorization: Bearer <access_token>`. Example:
                c5f2a9e8-3f4b-4a52-9a6e-8d1b2c3d4e5f.
            expires_in (int | Unset): Lifetime in seconds (one hour minus one second). Example: 3599.
            scope (str | Unset): Granted scope. Example: partners.
            token_type (TokenType | Unset): Token type; Solaris answers lowercase `bearer`.
    """

    access_token: str = _attrs_field(repr=_redacted)
    expires_in: int | Unset = UNSET
    scope: str | Unset = UNSET
    token_type: TokenType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_in = self.expires_in

        scope = self.scope

        token_type: str | Unset = UNSET
        if not isinstance(self.token_type, Unset):
            token_type = self.token_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
            }
        )
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if scope is not UNSET:
            field_dict["scope"] = scope
        if token_type is not UNSET:
            field_dict["token_type"] = token_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token")

        expires_in = d.pop("expires_in", UNSET)

        scope = d.pop("scope", UNSET)

        _token_type = d.pop("token_type", UNSET)
        token_type: TokenType | Unset
        if isinstance(_token_type, Unset):
            token_type = UNSET
        else:
            token_type = TokenType(_token_type)

        token_response = cls(
            access_token=access_token,
            expires_in=expires_in,
            scope=scope,
            token_type=token_type,
        )

        token_response.additional_properties = d
        return token_response

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
