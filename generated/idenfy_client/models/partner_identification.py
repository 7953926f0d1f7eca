from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.overall_status import OverallStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerIdentification")


@_attrs_define
class PartnerIdentification:
    """A verification in the list.

    Attributes:
        scan_ref (str): iDenfy's identifier of the verification. Example: ec6a7108-8c26-11e9-9758-309c231b1bac.
        status (OverallStatus): Overall status of a verification: `APPROVED`, `DENIED`, `SUSPECTED` (passed, but with
            fraud or mismatch tags), `REVIEWING` (in manual review), `EXPIRED` (the token expired
            unused), `ACTIVE` (the session is in progress), `DELETED` (its data was deleted),
            `ARCHIVED`.
             Example: APPROVED.
        suspected (bool | Unset): Whether the verification was flagged as suspected (fraud or mismatch tags).
    """

    scan_ref: str
    status: OverallStatus
    suspected: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scan_ref = self.scan_ref

        status = self.status.value

        suspected = self.suspected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scanRef": scan_ref,
                "status": status,
            }
        )
        if suspected is not UNSET:
            field_dict["suspected"] = suspected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scan_ref = d.pop("scanRef")

        status = OverallStatus(d.pop("status"))

        suspected = d.pop("suspected", UNSET)

        partner_identification = cls(
            scan_ref=scan_ref,
            status=status,
            suspected=suspected,
        )

        partner_identification.additional_properties = d
        return partner_identification

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
