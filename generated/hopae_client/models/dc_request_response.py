from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DcRequestResponse")


@_attrs_define
class DcRequestResponse:
    """Answer of `create_dc_request` (official `DcRequestResponseDto`, which requires both fields; no documentation example
    exists, so only the session id, an identifier, is guaranteed).

        Attributes:
            dc_session_id (str): Id of the wallet session.
            request_base_64 (str | Unset): The Digital Credentials request for the wallet, base64-encoded.
    """

    dc_session_id: str
    request_base_64: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dc_session_id = self.dc_session_id

        request_base_64 = self.request_base_64

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dcSessionId": dc_session_id,
            }
        )
        if request_base_64 is not UNSET:
            field_dict["requestBase64"] = request_base_64

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dc_session_id = d.pop("dcSessionId")

        request_base_64 = d.pop("requestBase64", UNSET)

        dc_request_response = cls(
            dc_session_id=dc_session_id,
            request_base_64=request_base_64,
        )

        dc_request_response.additional_properties = d
        return dc_request_response

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
