from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Notify")


@_attrs_define
class Notify:
    """Hashed keys identifying the user to send a notification to. Any of the keys may be
    given, alone or combined. The documentation's example value is a 64-character hex
    digest (SHA-256); the hash function is not documented, so no pattern is enforced.

        Example:
            {'hashedPhonenumber': '4c0fe29edc91206df827fb98262f09429ddc0e650ae498f2f06bec1b36563dc1'}

        Attributes:
            hashed_phonenumber (str | Unset): Hash of the user's phone number. Example:
                4c0fe29edc91206df827fb98262f09429ddc0e650ae498f2f06bec1b36563dc1.
            hashed_email (str | Unset): Hash of the user's e-mail address.
            hashed_did (str | Unset): Hash of the user's decentralised identifier (DID).
            hashed_public_key (str | Unset): Hash of the user's public key.
    """

    hashed_phonenumber: str | Unset = UNSET
    hashed_email: str | Unset = UNSET
    hashed_did: str | Unset = UNSET
    hashed_public_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hashed_phonenumber = self.hashed_phonenumber

        hashed_email = self.hashed_email

        hashed_did = self.hashed_did

        hashed_public_key = self.hashed_public_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hashed_phonenumber is not UNSET:
            field_dict["hashedPhonenumber"] = hashed_phonenumber
        if hashed_email is not UNSET:
            field_dict["hashedEmail"] = hashed_email
        if hashed_did is not UNSET:
            field_dict["hashedDid"] = hashed_did
        if hashed_public_key is not UNSET:
            field_dict["hashedPublicKey"] = hashed_public_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hashed_phonenumber = d.pop("hashedPhonenumber", UNSET)

        hashed_email = d.pop("hashedEmail", UNSET)

        hashed_did = d.pop("hashedDid", UNSET)

        hashed_public_key = d.pop("hashedPublicKey", UNSET)

        notify = cls(
            hashed_phonenumber=hashed_phonenumber,
            hashed_email=hashed_email,
            hashed_did=hashed_did,
            hashed_public_key=hashed_public_key,
        )

        notify.additional_properties = d
        return notify

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
