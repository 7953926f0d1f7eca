from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_data import UserData


T = TypeVar("T", bound="DcRequest")


@_attrs_define
class DcRequest:
    """Body of `create_dc_request` (official `DcRequestDto`).

    Attributes:
        verification_id (str): The verification (created with `flowType` `dc`) to open the wallet session for. Example:
            058ff1aa613a40a883d367a07d7b3713.
        user_data (UserData | Unset): User information required by certain eID providers (see `VerificationCreate` for
            which keys each provider needs). Returns HTTP 400 if required fields are missing.
            The keys below are the documented ones; the object is open for others.

            The official file's `AuthenticationHint` lists `personalNumber`, `cprNumber`,
            `phoneNumber`, `nric`, `emiratesId`, `documentNumber`, `mobileNumber` and `email`,
            but not the seed page's `registrationId`; the seed wins, so both sets are here.
            `get_provider_configuration` tells which keys one provider needs.
             Example: {'registrationId': 'PNOLT-40504040001'}.
    """

    verification_id: str
    user_data: UserData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verification_id = self.verification_id

        user_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_data, Unset):
            user_data = self.user_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verificationId": verification_id,
            }
        )
        if user_data is not UNSET:
            field_dict["userData"] = user_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_data import UserData  # noqa: PLC0415

        d = dict(src_dict)
        verification_id = d.pop("verificationId")

        _user_data = d.pop("userData", UNSET)
        user_data: UserData | Unset
        if isinstance(_user_data, Unset):
            user_data = UNSET
        else:
            user_data = UserData.from_dict(_user_data)

        dc_request = cls(
            verification_id=verification_id,
            user_data=user_data,
        )

        dc_request.additional_properties = d
        return dc_request

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
