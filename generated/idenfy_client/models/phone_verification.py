from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneVerification")


@_attrs_define
class PhoneVerification:
    """Result of the phone verification.

    Attributes:
        phone (str | Unset): The phone number (E.164).
        phone_verified (bool | Unset): Whether the client confirmed it.
    """

    phone: str | Unset = UNSET
    phone_verified: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        phone_verified = self.phone_verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phone_verified is not UNSET:
            field_dict["phoneVerified"] = phone_verified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone = d.pop("phone", UNSET)

        phone_verified = d.pop("phoneVerified", UNSET)

        phone_verification = cls(
            phone=phone,
            phone_verified=phone_verified,
        )

        phone_verification.additional_properties = d
        return phone_verification

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
