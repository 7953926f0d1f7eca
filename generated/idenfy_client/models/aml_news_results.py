from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adverse_media_data import AdverseMediaData
    from ..models.fraud_status import FraudStatus


T = TypeVar("T", bound="AmlNewsResults")


@_attrs_define
class AmlNewsResults:
    """Result of an adverse-media search.

    Attributes:
        status (FraudStatus): What a fraud service (AML, LID, criminal check) concluded.
        service_name (str): The service that ran (e.g. `AML_NAMES_CHECK`, `AML_NEWS`, `LID`); no fixed list.
        uid (str): Identifier of this check run.
        service_group_type (str | Unset): The service group.
        error_message (None | str | Unset): Why the service failed, if it did.
        data (list[AdverseMediaData] | Unset): The service's hits.
    """

    status: FraudStatus
    service_name: str
    uid: str
    service_group_type: str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    data: list[AdverseMediaData] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        service_name = self.service_name

        uid = self.uid

        service_group_type = self.service_group_type

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "serviceName": service_name,
                "uid": uid,
            }
        )
        if service_group_type is not UNSET:
            field_dict["serviceGroupType"] = service_group_type
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.adverse_media_data import AdverseMediaData  # noqa: PLC0415
        from ..models.fraud_status import FraudStatus  # noqa: PLC0415

        d = dict(src_dict)
        status = FraudStatus.from_dict(d.pop("status"))

        service_name = d.pop("serviceName")

        uid = d.pop("uid")

        service_group_type = d.pop("serviceGroupType", UNSET)

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("errorMessage", UNSET))

        _data = d.pop("data", UNSET)
        data: list[AdverseMediaData] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = AdverseMediaData.from_dict(data_item_data)

                data.append(data_item)

        aml_news_results = cls(
            status=status,
            service_name=service_name,
            uid=uid,
            service_group_type=service_group_type,
            error_message=error_message,
            data=data,
        )

        aml_news_results.additional_properties = d
        return aml_news_results

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
