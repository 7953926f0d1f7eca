from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowDetails")


@_attrs_define
class FlowDetails:
    """How to continue the flow; which key is present depends on `flowType`.

    Attributes:
        qr_data (str | Unset): Data for QR code generation (`flowType: qr`). Documented as "Base64 data", but the
            documented example is a deep-link URL (`qr-deep-link-url`): treat it as an opaque string and encode it into the
            QR code as is. No `contentEncoding` for that reason. Example: qr-deep-link-url.
        authorization_url (str | Unset): URL for browser redirection (`flowType: redirect`).
    """

    qr_data: str | Unset = UNSET
    authorization_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        qr_data = self.qr_data

        authorization_url = self.authorization_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if qr_data is not UNSET:
            field_dict["qrData"] = qr_data
        if authorization_url is not UNSET:
            field_dict["authorizationUrl"] = authorization_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        qr_data = d.pop("qrData", UNSET)

        authorization_url = d.pop("authorizationUrl", UNSET)

        flow_details = cls(
            qr_data=qr_data,
            authorization_url=authorization_url,
        )

        flow_details.additional_properties = d
        return flow_details

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
