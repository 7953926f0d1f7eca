from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.address_verification_quality import AddressVerificationQuality
from ..models.address_verification_status import AddressVerificationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddressVerification")


@_attrs_define
class AddressVerification:
    """Result of the address verification.

    Attributes:
        status (AddressVerificationStatus): Result of the address verification (`verifyAddress`).
             Example: VERIFIED.
        address (str | Unset): The address that was verified.
        country (None | str | Unset): Country of the address (alpha-2; the official file's country list is not
            repeated here).
        accuracy (int | None | Unset): Accuracy of the match.
        quality (AddressVerificationQuality | None | Unset): Quality of the match.
    """

    status: AddressVerificationStatus
    address: str | Unset = UNSET
    country: None | str | Unset = UNSET
    accuracy: int | None | Unset = UNSET
    quality: AddressVerificationQuality | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        address = self.address

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        accuracy: int | None | Unset
        if isinstance(self.accuracy, Unset):
            accuracy = UNSET
        else:
            accuracy = self.accuracy

        quality: None | str | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        elif isinstance(self.quality, AddressVerificationQuality):
            quality = self.quality.value
        else:
            quality = self.quality

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if country is not UNSET:
            field_dict["country"] = country
        if accuracy is not UNSET:
            field_dict["accuracy"] = accuracy
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = AddressVerificationStatus(d.pop("status"))

        address = d.pop("address", UNSET)

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_accuracy(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        accuracy = _parse_accuracy(d.pop("accuracy", UNSET))

        def _parse_quality(data: object) -> AddressVerificationQuality | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quality_type_0 = AddressVerificationQuality(data)

                return quality_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressVerificationQuality | None | Unset, data)

        quality = _parse_quality(d.pop("quality", UNSET))

        address_verification = cls(
            status=status,
            address=address,
            country=country,
            accuracy=accuracy,
            quality=quality,
        )

        address_verification.additional_properties = d
        return address_verification

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
