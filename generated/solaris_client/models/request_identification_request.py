from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


def _redacted(value: object) -> str:
    """repr() of a field marked `x-sensitive` in the spec: whether it is set, never its value."""
    return repr(value) if value is None or isinstance(value, Unset) else "'<redacted>'"


T = TypeVar("T", bound="RequestIdentificationRequest")


@_attrs_define
class RequestIdentificationRequest:
    """Optional body of "Request an identification". General request rules apply (no
    leading/trailing whitespace, `null` ignored, unknown fields dropped).

        Attributes:
            secret (None | str | Unset): Identification secret (e.g. the one-time code the customer received); a wrong value
                gives 422 `invalid_secret`. Example: 123456.
            device_data (None | str | Unset): Encoded device fingerprint generated using the Seon SDK (https://seon.io); see
                the
                device monitoring guide (https://docs.solarisgroup.com/guides/kyc/device-monitoring).
                An opaque, long string.
                 Example: Web;179ac83968ab42f79e960c1753a4078fdcon;jVl14emA+OcyALb9F+CMFg==;NU7aFh0jdzM15wj8hQtqbA5LbzEFWDI1bUwZ
                f/zbau0P2MIEUE+Lsif.
    """

    secret: None | str | Unset = _attrs_field(default=UNSET, repr=_redacted)
    device_data: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        device_data: None | str | Unset
        if isinstance(self.device_data, Unset):
            device_data = UNSET
        else:
            device_data = self.device_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if secret is not UNSET:
            field_dict["secret"] = secret
        if device_data is not UNSET:
            field_dict["device_data"] = device_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))

        def _parse_device_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_data = _parse_device_data(d.pop("device_data", UNSET))

        request_identification_request = cls(
            secret=secret,
            device_data=device_data,
        )

        request_identification_request.additional_properties = d
        return request_identification_request

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
