from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_level import RiskLevel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_account import BankAccount


T = TypeVar("T", bound="BankVerification")


@_attrs_define
class BankVerification:
    """Result of the bank verification.

    Attributes:
        id (str): Identifier of the bank verification (a UUID).
        country (None | str | Unset): Country of the bank (alpha-2).
        bank (None | str | Unset): Name of the bank.
        accounts (list[BankAccount] | Unset): The accounts read.
        risk_level (None | RiskLevel | Unset): Risk level of the bank verification.
    """

    id: str
    country: None | str | Unset = UNSET
    bank: None | str | Unset = UNSET
    accounts: list[BankAccount] | Unset = UNSET
    risk_level: None | RiskLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        bank: None | str | Unset
        if isinstance(self.bank, Unset):
            bank = UNSET
        else:
            bank = self.bank

        accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for accounts_item_data in self.accounts:
                accounts_item = accounts_item_data.to_dict()
                accounts.append(accounts_item)

        risk_level: None | str | Unset
        if isinstance(self.risk_level, Unset):
            risk_level = UNSET
        elif isinstance(self.risk_level, RiskLevel):
            risk_level = self.risk_level.value
        else:
            risk_level = self.risk_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country
        if bank is not UNSET:
            field_dict["bank"] = bank
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if risk_level is not UNSET:
            field_dict["riskLevel"] = risk_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_account import BankAccount  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_bank(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank = _parse_bank(d.pop("bank", UNSET))

        _accounts = d.pop("accounts", UNSET)
        accounts: list[BankAccount] | Unset = UNSET
        if _accounts is not UNSET:
            accounts = []
            for accounts_item_data in _accounts:
                accounts_item = BankAccount.from_dict(accounts_item_data)

                accounts.append(accounts_item)

        def _parse_risk_level(data: object) -> None | RiskLevel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                risk_level_type_0 = RiskLevel(data)

                return risk_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskLevel | Unset, data)

        risk_level = _parse_risk_level(d.pop("riskLevel", UNSET))

        bank_verification = cls(
            id=id,
            country=country,
            bank=bank,
            accounts=accounts,
            risk_level=risk_level,
        )

        bank_verification.additional_properties = d
        return bank_verification

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
