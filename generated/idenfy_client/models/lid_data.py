from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LidData")


@_attrs_define
class LidData:
    """One document looked up in a lost and invalid documents register.

    Attributes:
        document_number (str | Unset): The document number looked up.
        document_type (None | str | Unset): Type of the document.
        valid (bool | Unset): Whether the register holds the document as valid.
        expiry_date (str | Unset): Expiry date (plain string).
        check_date (str | Unset): When the check ran (plain string).
    """

    document_number: str | Unset = UNSET
    document_type: None | str | Unset = UNSET
    valid: bool | Unset = UNSET
    expiry_date: str | Unset = UNSET
    check_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_number = self.document_number

        document_type: None | str | Unset
        if isinstance(self.document_type, Unset):
            document_type = UNSET
        else:
            document_type = self.document_type

        valid = self.valid

        expiry_date = self.expiry_date

        check_date = self.check_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_number is not UNSET:
            field_dict["documentNumber"] = document_number
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if valid is not UNSET:
            field_dict["valid"] = valid
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if check_date is not UNSET:
            field_dict["checkDate"] = check_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_number = d.pop("documentNumber", UNSET)

        def _parse_document_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_type = _parse_document_type(d.pop("documentType", UNSET))

        valid = d.pop("valid", UNSET)

        expiry_date = d.pop("expiryDate", UNSET)

        check_date = d.pop("checkDate", UNSET)

        lid_data = cls(
            document_number=document_number,
            document_type=document_type,
            valid=valid,
            expiry_date=expiry_date,
            check_date=check_date,
        )

        lid_data.additional_properties = d
        return lid_data

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
