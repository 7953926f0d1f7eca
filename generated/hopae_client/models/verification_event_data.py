from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verification_status import VerificationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="VerificationEventData")


@_attrs_define
class VerificationEventData:
    """The verification concerned, in the shape of the status answer; open for further fields.

    Attributes:
        verification_id (str):  Example: 058ff1aa613a40a883d367a07d7b3713.
        status (VerificationStatus): Status of a verification. `initiated`, `pending`, `authenticating`, `completed`,
            `failed`, `expired` and `cancelled` are listed on the API reference (the seed page);
            `awaiting_user_action` appears in the verification lifecycle guide.

            Conflict with the official file: its Dto status enum has `awaiting_user_action` and
            `processing` and no `pending`; its legacy create schema has only `initiated` and
            `pending`. Answers may use either vocabulary, so all nine values are known here.
            `processing` (the provider's answer is being checked) and `awaiting_user_action` (the
            user must do something, see `action`) are intermediate, like `authenticating`.

            Terminal statuses: `completed`, `failed`, `expired`, `cancelled`. A new verification
            is `initiated` or `pending`; past `expiresAt` it reads `expired`; a final Level of
            Assurance below `requestedLoa` makes it `failed`.
        provider_id (str | Unset):  Example: smartid.
        reference_id (None | str | Unset): Your `referenceId` from `create_verification`, when you gave one. Example:
            ORDER-2024-12345.
    """

    verification_id: str
    status: VerificationStatus
    provider_id: str | Unset = UNSET
    reference_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verification_id = self.verification_id

        status = self.status.value

        provider_id = self.provider_id

        reference_id: None | str | Unset
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = self.reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verificationId": verification_id,
                "status": status,
            }
        )
        if provider_id is not UNSET:
            field_dict["providerId"] = provider_id
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        verification_id = d.pop("verificationId")

        status = VerificationStatus(d.pop("status"))

        provider_id = d.pop("providerId", UNSET)

        def _parse_reference_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_id = _parse_reference_id(d.pop("referenceId", UNSET))

        verification_event_data = cls(
            verification_id=verification_id,
            status=status,
            provider_id=provider_id,
            reference_id=reference_id,
        )

        verification_event_data.additional_properties = d
        return verification_event_data

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
