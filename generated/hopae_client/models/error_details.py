from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verification_status import VerificationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorDetails")


@_attrs_define
class ErrorDetails:
    """Extra context; keys depend on the error. For `verification_not_completed` and `evidence_not_available`: the
    verification's current `status` and its `verificationId`.

        Attributes:
            status (VerificationStatus | Unset): Status of a verification. `initiated`, `pending`, `authenticating`,
                `completed`,
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
            verification_id (str | Unset):
    """

    status: VerificationStatus | Unset = UNSET
    verification_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        verification_id = self.verification_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if verification_id is not UNSET:
            field_dict["verificationId"] = verification_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: VerificationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = VerificationStatus(_status)

        verification_id = d.pop("verificationId", UNSET)

        error_details = cls(
            status=status,
            verification_id=verification_id,
        )

        error_details.additional_properties = d
        return error_details

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
