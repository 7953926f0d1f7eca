from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_confirmation_confirmed_identity import UserConfirmationConfirmedIdentity


T = TypeVar("T", bound="UserConfirmation")


@_attrs_define
class UserConfirmation:
    """The identity the user is asked to confirm (official Dto, which requires `confirmedIdentity`; no documentation
    example shows it).

        Attributes:
            confirmed_identity (UserConfirmationConfirmedIdentity | Unset): The identity attributes to confirm.
    """

    confirmed_identity: UserConfirmationConfirmedIdentity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirmed_identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confirmed_identity, Unset):
            confirmed_identity = self.confirmed_identity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confirmed_identity is not UNSET:
            field_dict["confirmedIdentity"] = confirmed_identity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_confirmation_confirmed_identity import UserConfirmationConfirmedIdentity  # noqa: PLC0415

        d = dict(src_dict)
        _confirmed_identity = d.pop("confirmedIdentity", UNSET)
        confirmed_identity: UserConfirmationConfirmedIdentity | Unset
        if isinstance(_confirmed_identity, Unset):
            confirmed_identity = UNSET
        else:
            confirmed_identity = UserConfirmationConfirmedIdentity.from_dict(_confirmed_identity)

        user_confirmation = cls(
            confirmed_identity=confirmed_identity,
        )

        user_confirmation.additional_properties = d
        return user_confirmation

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
