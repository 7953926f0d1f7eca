from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_card_no_match_reason import BankCardNoMatchReason
from ..models.bank_card_verification_status import BankCardVerificationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BankCardVerification")


@_attrs_define
class BankCardVerification:
    """Result of the bank card verification.

    Attributes:
        id (str): Identifier of the card verification (a UUID).
        status (BankCardVerificationStatus): Result of comparing the photographed bank card with the client.
             Example: MATCH.
        no_match_reason (BankCardNoMatchReason | None | Unset): Why the card did not match.
        name (None | str | Unset): Name on the card.
        first_six (None | str | Unset): First six digits of the card number.
        last_four (None | str | Unset): Last four digits of the card number.
        expiry_date (None | str | Unset): Expiry date (plain string).
        name_match (bool | None | Unset): Whether the name matched.
        last_four_match (bool | None | Unset): Whether the last four digits matched the expected ones.
    """

    id: str
    status: BankCardVerificationStatus
    no_match_reason: BankCardNoMatchReason | None | Unset = UNSET
    name: None | str | Unset = UNSET
    first_six: None | str | Unset = UNSET
    last_four: None | str | Unset = UNSET
    expiry_date: None | str | Unset = UNSET
    name_match: bool | None | Unset = UNSET
    last_four_match: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        no_match_reason: None | str | Unset
        if isinstance(self.no_match_reason, Unset):
            no_match_reason = UNSET
        elif isinstance(self.no_match_reason, BankCardNoMatchReason):
            no_match_reason = self.no_match_reason.value
        else:
            no_match_reason = self.no_match_reason

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        first_six: None | str | Unset
        if isinstance(self.first_six, Unset):
            first_six = UNSET
        else:
            first_six = self.first_six

        last_four: None | str | Unset
        if isinstance(self.last_four, Unset):
            last_four = UNSET
        else:
            last_four = self.last_four

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = self.expiry_date

        name_match: bool | None | Unset
        if isinstance(self.name_match, Unset):
            name_match = UNSET
        else:
            name_match = self.name_match

        last_four_match: bool | None | Unset
        if isinstance(self.last_four_match, Unset):
            last_four_match = UNSET
        else:
            last_four_match = self.last_four_match

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if no_match_reason is not UNSET:
            field_dict["noMatchReason"] = no_match_reason
        if name is not UNSET:
            field_dict["name"] = name
        if first_six is not UNSET:
            field_dict["firstSix"] = first_six
        if last_four is not UNSET:
            field_dict["lastFour"] = last_four
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if name_match is not UNSET:
            field_dict["nameMatch"] = name_match
        if last_four_match is not UNSET:
            field_dict["lastFourMatch"] = last_four_match

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = BankCardVerificationStatus(d.pop("status"))

        def _parse_no_match_reason(data: object) -> BankCardNoMatchReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                no_match_reason_type_0 = BankCardNoMatchReason(data)

                return no_match_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BankCardNoMatchReason | None | Unset, data)

        no_match_reason = _parse_no_match_reason(d.pop("noMatchReason", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_first_six(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_six = _parse_first_six(d.pop("firstSix", UNSET))

        def _parse_last_four(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_four = _parse_last_four(d.pop("lastFour", UNSET))

        def _parse_expiry_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiry_date = _parse_expiry_date(d.pop("expiryDate", UNSET))

        def _parse_name_match(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        name_match = _parse_name_match(d.pop("nameMatch", UNSET))

        def _parse_last_four_match(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        last_four_match = _parse_last_four_match(d.pop("lastFourMatch", UNSET))

        bank_card_verification = cls(
            id=id,
            status=status,
            no_match_reason=no_match_reason,
            name=name,
            first_six=first_six,
            last_four=last_four,
            expiry_date=expiry_date,
            name_match=name_match,
            last_four_match=last_four_match,
        )

        bank_card_verification.additional_properties = d
        return bank_card_verification

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
