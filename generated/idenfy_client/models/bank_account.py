from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_balances_overview import BankBalancesOverview


T = TypeVar("T", bound="BankAccount")


@_attrs_define
class BankAccount:
    """One bank account read by the bank verification.

    Attributes:
        id (str): Identifier of the account (a UUID).
        name (None | str | Unset): Name of the account holder.
        iban (None | str | Unset): IBAN.
        currency (str | Unset): Currency (ISO 4217).
        balances_overview (BankBalancesOverview | None | Unset): Balances.
        transactions_count (int | None | Unset): Number of transactions read.
    """

    id: str
    name: None | str | Unset = UNSET
    iban: None | str | Unset = UNSET
    currency: str | Unset = UNSET
    balances_overview: BankBalancesOverview | None | Unset = UNSET
    transactions_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bank_balances_overview import BankBalancesOverview  # noqa: PLC0415

        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        iban: None | str | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        else:
            iban = self.iban

        currency = self.currency

        balances_overview: dict[str, Any] | None | Unset
        if isinstance(self.balances_overview, Unset):
            balances_overview = UNSET
        elif isinstance(self.balances_overview, BankBalancesOverview):
            balances_overview = self.balances_overview.to_dict()
        else:
            balances_overview = self.balances_overview

        transactions_count: int | None | Unset
        if isinstance(self.transactions_count, Unset):
            transactions_count = UNSET
        else:
            transactions_count = self.transactions_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if iban is not UNSET:
            field_dict["iban"] = iban
        if currency is not UNSET:
            field_dict["currency"] = currency
        if balances_overview is not UNSET:
            field_dict["balancesOverview"] = balances_overview
        if transactions_count is not UNSET:
            field_dict["transactionsCount"] = transactions_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_balances_overview import BankBalancesOverview  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_iban(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iban = _parse_iban(d.pop("iban", UNSET))

        currency = d.pop("currency", UNSET)

        def _parse_balances_overview(data: object) -> BankBalancesOverview | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                balances_overview_type_0 = BankBalancesOverview.from_dict(data)

                return balances_overview_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BankBalancesOverview | None | Unset, data)

        balances_overview = _parse_balances_overview(d.pop("balancesOverview", UNSET))

        def _parse_transactions_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        transactions_count = _parse_transactions_count(d.pop("transactionsCount", UNSET))

        bank_account = cls(
            id=id,
            name=name,
            iban=iban,
            currency=currency,
            balances_overview=balances_overview,
            transactions_count=transactions_count,
        )

        bank_account.additional_properties = d
        return bank_account

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
