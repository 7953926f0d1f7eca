from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_type import FlowType
from ..models.verification_model import VerificationModel
from ..models.verification_status import VerificationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_details import FlowDetails


T = TypeVar("T", bound="Verification")


@_attrs_define
class Verification:
    """Answer of `create_verification`. A new verification's `status` is `initiated` or
    `pending`.

    Unlike `VerificationMetadata` (the status call) it carries `flowDetails` and
    `verification_model`. Quirk: `verification_model` is snake_case among camelCase
    fields and is returned only on this creation response, never on status calls; it is
    absent from the documented example, hence optional.

        Attributes:
            verification_id (str): The unique identifier for the verification session (32 hex characters). Example:
                058ff1aa613a40a883d367a07d7b3713.
            status (VerificationStatus): Status of a verification. `initiated`, `pending`, `authenticating`, `completed`,
                `failed`, `expired` and `cancelled` are listed on the API reference;
                `awaiting_user_action` appears only in the verification lifecycle guide and is
                included so that it parses as a known value.

                Terminal statuses: `completed`, `failed`, `expired`, `cancelled`. A new verification
                is `initiated` or `pending`; past `expiresAt` it reads `expired`; a final Level of
                Assurance below `requestedLoa` makes it `failed`.
            provider_id (str): The identifier of the eID provider. Example: frejaid.
            flow_type (FlowType): How the user completes the verification: `qr` (scan `flowDetails.qrData`), `redirect`
                (open `flowDetails.authorizationUrl`), `push` (confirm in the eID app).
            expires_at (datetime.datetime): ISO 8601 timestamp when the verification session expires. Once the current time
                passes this value, treat the verification as expired — the user can no longer complete it, and subsequent status
                calls will report `status: "expired"`. Stop polling and start a new verification if the user still needs to
                authenticate. Example: 2025-08-06T12:00:00Z.
            created_at (datetime.datetime): ISO 8601 timestamp when the verification session was created. Example:
                2025-08-06T11:00:00Z.
            flow_details (FlowDetails | Unset): How to continue the flow; which key is present depends on `flowType`.
            verification_model (VerificationModel | Unset): Resolved from the provider's capability. `disclosure` returns
                user attributes (`user` in `/userinfo`); `match` returns a comparison envelope (`match` in `/userinfo`).
    """

    verification_id: str
    status: VerificationStatus
    provider_id: str
    flow_type: FlowType
    expires_at: datetime.datetime
    created_at: datetime.datetime
    flow_details: FlowDetails | Unset = UNSET
    verification_model: VerificationModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verification_id = self.verification_id

        status = self.status.value

        provider_id = self.provider_id

        flow_type = self.flow_type.value

        expires_at = self.expires_at.isoformat()

        created_at = self.created_at.isoformat()

        flow_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flow_details, Unset):
            flow_details = self.flow_details.to_dict()

        verification_model: str | Unset = UNSET
        if not isinstance(self.verification_model, Unset):
            verification_model = self.verification_model.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verificationId": verification_id,
                "status": status,
                "providerId": provider_id,
                "flowType": flow_type,
                "expiresAt": expires_at,
                "createdAt": created_at,
            }
        )
        if flow_details is not UNSET:
            field_dict["flowDetails"] = flow_details
        if verification_model is not UNSET:
            field_dict["verification_model"] = verification_model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flow_details import FlowDetails  # noqa: PLC0415

        d = dict(src_dict)
        verification_id = d.pop("verificationId")

        status = VerificationStatus(d.pop("status"))

        provider_id = d.pop("providerId")

        flow_type = FlowType(d.pop("flowType"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        _flow_details = d.pop("flowDetails", UNSET)
        flow_details: FlowDetails | Unset
        if isinstance(_flow_details, Unset):
            flow_details = UNSET
        else:
            flow_details = FlowDetails.from_dict(_flow_details)

        _verification_model = d.pop("verification_model", UNSET)
        verification_model: VerificationModel | Unset
        if isinstance(_verification_model, Unset):
            verification_model = UNSET
        else:
            verification_model = VerificationModel(_verification_model)

        verification = cls(
            verification_id=verification_id,
            status=status,
            provider_id=provider_id,
            flow_type=flow_type,
            expires_at=expires_at,
            created_at=created_at,
            flow_details=flow_details,
            verification_model=verification_model,
        )

        verification.additional_properties = d
        return verification

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
