from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankBalancesOverview")


@_attrs_define
class BankBalancesOverview:
    """Balances of a bank account.

    Attributes:
        booked_balance (float | None | Unset): Booked balance.
        available_balance (float | None | Unset): Available balance.
    """

    booked_balance: float | None | Unset = UNSET
    available_balance: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        booked_balance: float | None | Unset
        if isinstance(self.booked_balance, Unset):
            booked_balance = UNSET
        else:
            booked_balance = self.booked_balance

        available_balance: float | None | Unset
        if isinstance(self.available_balance, Unset):
            available_balance = UNSET
        else:
            available_balance = self.available_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if booked_balance is not UNSET:
            field_dict["bookedBalance"] = booked_balance
        if available_balance is not UNSET:
            field_dict["availableBalance"] = available_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_booked_balance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        booked_balance = _parse_booked_balance(d.pop("bookedBalance", UNSET))

        def _parse_available_balance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        available_balance = _parse_available_balance(d.pop("availableBalance", UNSET))

        bank_balances_overview = cls(
            booked_balance=booked_balance,
            available_balance=available_balance,
        )

        bank_balances_overview.additional_properties = d
        return bank_balances_overview

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
