from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.identification_session_request_method import IdentificationSessionRequestMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateIdentificationSessionRequest")


@_attrs_define
class CreateIdentificationSessionRequest:
    """Identification session to open. Choice: `identification_methods` is required and
    non-empty (a session offering no method is useless; the docs show it always set).

        Attributes:
            identification_methods (list[IdentificationSessionRequestMethod]): The identification methods the customer may
                choose from. Example: ['idnow', 'bank_id'].
            callback_url (None | str | Unset): Where the customer's browser is sent after the hosted session. Example:
                https://example.com/kyc/callback.
    """

    identification_methods: list[IdentificationSessionRequestMethod]
    callback_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identification_methods = []
        for identification_methods_item_data in self.identification_methods:
            identification_methods_item = identification_methods_item_data.value
            identification_methods.append(identification_methods_item)

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identification_methods": identification_methods,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identification_methods = []
        _identification_methods = d.pop("identification_methods")
        for identification_methods_item_data in _identification_methods:
            identification_methods_item = IdentificationSessionRequestMethod(identification_methods_item_data)

            identification_methods.append(identification_methods_item)

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        create_identification_session_request = cls(
            identification_methods=identification_methods,
            callback_url=callback_url,
        )

        create_identification_session_request.additional_properties = d
        return create_identification_session_request

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
