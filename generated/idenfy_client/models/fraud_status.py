from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aml_check_suspicion import AmlCheckSuspicion
from ..types import UNSET, Unset

T = TypeVar("T", bound="FraudStatus")


@_attrs_define
class FraudStatus:
    """What a fraud service (AML, LID, criminal check) concluded.

    Attributes:
        overall_status (AmlCheckSuspicion): Whether an AML, LID or criminal check service found the person suspicious.
             Example: NOT_SUSPECTED.
        service_suspected (bool | Unset): Whether the service found the person suspicious.
        service_used (bool | Unset): Whether the service ran.
        service_found (bool | Unset): Whether the service found any record.
        check_successful (bool | Unset): Whether the check completed.
    """

    overall_status: AmlCheckSuspicion
    service_suspected: bool | Unset = UNSET
    service_used: bool | Unset = UNSET
    service_found: bool | Unset = UNSET
    check_successful: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overall_status = self.overall_status.value

        service_suspected = self.service_suspected

        service_used = self.service_used

        service_found = self.service_found

        check_successful = self.check_successful

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "overallStatus": overall_status,
            }
        )
        if service_suspected is not UNSET:
            field_dict["serviceSuspected"] = service_suspected
        if service_used is not UNSET:
            field_dict["serviceUsed"] = service_used
        if service_found is not UNSET:
            field_dict["serviceFound"] = service_found
        if check_successful is not UNSET:
            field_dict["checkSuccessful"] = check_successful

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        overall_status = AmlCheckSuspicion(d.pop("overallStatus"))

        service_suspected = d.pop("serviceSuspected", UNSET)

        service_used = d.pop("serviceUsed", UNSET)

        service_found = d.pop("serviceFound", UNSET)

        check_successful = d.pop("checkSuccessful", UNSET)

        fraud_status = cls(
            overall_status=overall_status,
            service_suspected=service_suspected,
            service_used=service_used,
            service_found=service_found,
            check_successful=check_successful,
        )

        fraud_status.additional_properties = d
        return fraud_status

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
