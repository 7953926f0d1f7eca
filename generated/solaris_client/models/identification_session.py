from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.identification_session_method import IdentificationSessionMethod
from ..models.identification_session_status import IdentificationSessionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="IdentificationSession")


@_attrs_define
class IdentificationSession:
    """An identification session. Only `id` and `status` are required (tolerant reader):
    Solaris documents the answer as `{id, url, callback_url, identification_methods,
    status}` but promises nothing beyond the identifier and the state.

        Attributes:
            id (str): ID of the identification session (32 hex characters plus `ises`). Example:
                4c9c1ef1a4c2a14e0d0cbfe15b0a5a4fises.
            status (IdentificationSessionStatus): Status of an identification session.
            url (None | str | Unset): Hosted onboarding page to send the customer to. Example:
                https://onboarding.solarisbank.de/identification-sessions/4c9c1ef1a4c2a14e0d0cbfe15b0a5a4fises.
            callback_url (None | str | Unset): Where the customer is sent after the session. Example:
                https://example.com/kyc/callback.
            identification_methods (list[IdentificationSessionMethod] | Unset): Methods offered in this session (may include
                `manual`, `postident`). Example: ['idnow', 'bank_id'].
    """

    id: str
    status: IdentificationSessionStatus
    url: None | str | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    identification_methods: list[IdentificationSessionMethod] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        identification_methods: list[str] | Unset = UNSET
        if not isinstance(self.identification_methods, Unset):
            identification_methods = []
            for identification_methods_item_data in self.identification_methods:
                identification_methods_item = identification_methods_item_data.value
                identification_methods.append(identification_methods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if identification_methods is not UNSET:
            field_dict["identification_methods"] = identification_methods

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = IdentificationSessionStatus(d.pop("status"))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        _identification_methods = d.pop("identification_methods", UNSET)
        identification_methods: list[IdentificationSessionMethod] | Unset = UNSET
        if _identification_methods is not UNSET:
            identification_methods = []
            for identification_methods_item_data in _identification_methods:
                identification_methods_item = IdentificationSessionMethod(identification_methods_item_data)

                identification_methods.append(identification_methods_item)

        identification_session = cls(
            id=id,
            status=status,
            url=url,
            callback_url=callback_url,
            identification_methods=identification_methods,
        )

        identification_session.additional_properties = d
        return identification_session

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
