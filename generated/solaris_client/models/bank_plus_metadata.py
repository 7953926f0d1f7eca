from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankPlusMetadata")


@_attrs_define
class BankPlusMetadata:
    """Account details of a `bank_plus` identification.

    Attributes:
        account_bic (str | Unset): BIC of the verified account. Example: SOBKDEBBXXX.
        account_currency (str | Unset): Currency of the verified account. Example: EUR.
        account_id (str | Unset): ID of the verified account. Example: 4b2d8c9e0f1a2b3c4d5e6f7a8b9c0d1eacct.
        iban (str | Unset): IBAN of the verified account. Example: DE11010101010101010100.
    """

    account_bic: str | Unset = UNSET
    account_currency: str | Unset = UNSET
    account_id: str | Unset = UNSET
    iban: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_bic = self.account_bic

        account_currency = self.account_currency

        account_id = self.account_id

        iban = self.iban

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_bic is not UNSET:
            field_dict["account_bic"] = account_bic
        if account_currency is not UNSET:
            field_dict["account_currency"] = account_currency
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if iban is not UNSET:
            field_dict["iban"] = iban

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_bic = d.pop("account_bic", UNSET)

        account_currency = d.pop("account_currency", UNSET)

        account_id = d.pop("account_id", UNSET)

        iban = d.pop("iban", UNSET)

        bank_plus_metadata = cls(
            account_bic=account_bic,
            account_currency=account_currency,
            account_id=account_id,
            iban=iban,
        )

        bank_plus_metadata.additional_properties = d
        return bank_plus_metadata

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
