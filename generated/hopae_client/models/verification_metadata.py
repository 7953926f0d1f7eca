from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_type import FlowType
from ..models.hopae_loa_label import HopaeLoaLabel
from ..models.verification_status import VerificationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_info import ErrorInfo
    from ..models.flow_details import FlowDetails
    from ..models.verification_action import VerificationAction
    from ..models.verification_metadata_verified_attributes_type_0 import VerificationMetadataVerifiedAttributesType0


def _redacted(value: object) -> str:
    """repr() of a field marked `x-sensitive` in the spec: whether it is set, never its value."""
    return repr(value) if value is None or isinstance(value, Unset) else "'<redacted>'"


T = TypeVar("T", bound="VerificationMetadata")


@_attrs_define
class VerificationMetadata:
    """Answer of `get_verification`: status metadata. `verifiedAt`, `acr`, `hopae_loa` and
    `hopae_loa_label` are only filled once the verification is `completed` (absent or
    `null` before); `failedAt` and `error` once it `failed`; `cancelledAt` once it was
    cancelled. No `verification_model` here.

    Holds both generations of the official file. Legacy `GetVerificationResponse`:
    `authorizationCode` and `verifiedAttributes` once completed — which contradicts the
    documentation's "no personal data" on this call; both are accepted. Dto
    `GetVerificationResponseDto`: `workflowId`, `referenceId`, `flowDetails`, `action`,
    `links`, `failedAt`, `cancelledAt`, `error`. Neither generation requires `flowType`,
    `createdAt` or `expiresAt`, so only the identifiers and the status are guaranteed
    (the Dto's required `links` is in no example).

        Attributes:
            verification_id (str): The unique identifier for the verification session. Example:
                058ff1aa613a40a883d367a07d7b3713.
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
            provider_id (str): The identifier of the eID provider. Example: smartid.
            workflow_id (None | str | Unset): The workflow the verification runs in, if your application uses workflows.
            reference_id (None | str | Unset): Your `referenceId` from `create_verification`. Example: ORDER-2024-12345.
            flow_type (FlowType | Unset): How the user completes the verification: `qr` (scan `flowDetails.qrData`),
                `redirect` (open `flowDetails.authorizationUrl`), `push` (confirm in the eID app) or `dc` (a wallet presents a
                digital credential through the Digital Credentials API; the request comes from `create_dc_request`). The seed
                page lists `qr`, `redirect` and `push`; `dc` is from the official file's Dto schemas.
            flow_details (FlowDetails | Unset): How to continue the flow; which keys are present depends on `flowType` and
                on the eID provider. The seed page documents `qrData` and `authorizationUrl` (also the official legacy schema);
                the other keys are from the official Dto `flowDetails`.
            action (VerificationAction | Unset): A step the user has to take, e.g. a face liveness check behind a redirect
                (official `VerificationActionDto`). The official file requires `type`; no documentation example shows an action,
                so nothing is required here.
            created_at (datetime.datetime | Unset): When the verification session was created.
            expires_at (datetime.datetime | Unset): When the verification session expires; afterwards the status reads
                `expired`.
            verified_at (datetime.datetime | None | Unset): When the user completed the verification; only set once
                `completed`.
            failed_at (datetime.datetime | None | Unset): When the verification failed; only set once `failed`.
            cancelled_at (datetime.datetime | None | Unset): When the verification was cancelled; only set once `cancelled`.
            error (ErrorInfo | Unset): Why a verification failed, in the status answer (official `ErrorInfo`, and the legacy
                inline `error` with `code` and `message`). Not an HTTP error body. The official file also requires `type` and
                `message`; no documentation example shows the object, so only the `code`, its identifier, is guaranteed.
            acr (None | str | Unset): Authentication context class reference of the achieved LoA; set once completed.
                Example: urn:hopae:loa:3.
            hopae_loa (float | None | Unset): Achieved Hopae Level of Assurance (1–5); set once completed. The official file
                gives no bounds, so none are enforced on answers. Example: 3.
            hopae_loa_label (HopaeLoaLabel | None | Unset): Name of `hopae_loa` (`none` 1, `low` 2, `substantial` 3, `high`
                4, `qualified` 5). The documentation shows it as free text (`substantial`); the official file gives the enum.
            links (Any | Unset): Related resources. The official Dtos require `links` but type it a plain string, and no
                documentation example shows it; its shape is unknown, so any JSON value (or none) is accepted.
            authorization_code (None | str | Unset): Legacy answers, once completed: the OAuth 2.0 authorization code to
                exchange at `exchange_code_for_token` for an ID token. Works once; redacted in reprs.
            verified_attributes (None | Unset | VerificationMetadataVerifiedAttributesType0): Legacy answers, once
                completed: the verified user data. Read `/userinfo` for the normalized claims.
    """

    verification_id: str
    status: VerificationStatus
    provider_id: str
    workflow_id: None | str | Unset = UNSET
    reference_id: None | str | Unset = UNSET
    flow_type: FlowType | Unset = UNSET
    flow_details: FlowDetails | Unset = UNSET
    action: VerificationAction | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    verified_at: datetime.datetime | None | Unset = UNSET
    failed_at: datetime.datetime | None | Unset = UNSET
    cancelled_at: datetime.datetime | None | Unset = UNSET
    error: ErrorInfo | Unset = UNSET
    acr: None | str | Unset = UNSET
    hopae_loa: float | None | Unset = UNSET
    hopae_loa_label: HopaeLoaLabel | None | Unset = UNSET
    links: Any | Unset = UNSET
    authorization_code: None | str | Unset = _attrs_field(default=UNSET, repr=_redacted)
    verified_attributes: None | Unset | VerificationMetadataVerifiedAttributesType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.verification_metadata_verified_attributes_type_0 import (
            VerificationMetadataVerifiedAttributesType0,  # noqa: PLC0415
        )

        verification_id = self.verification_id

        status = self.status.value

        provider_id = self.provider_id

        workflow_id: None | str | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id

        reference_id: None | str | Unset
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = self.reference_id

        flow_type: str | Unset = UNSET
        if not isinstance(self.flow_type, Unset):
            flow_type = self.flow_type.value

        flow_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flow_details, Unset):
            flow_details = self.flow_details.to_dict()

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        verified_at: None | str | Unset
        if isinstance(self.verified_at, Unset):
            verified_at = UNSET
        elif isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at

        failed_at: None | str | Unset
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        elif isinstance(self.failed_at, datetime.datetime):
            failed_at = self.failed_at.isoformat()
        else:
            failed_at = self.failed_at

        cancelled_at: None | str | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        elif isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        acr: None | str | Unset
        if isinstance(self.acr, Unset):
            acr = UNSET
        else:
            acr = self.acr

        hopae_loa: float | None | Unset
        if isinstance(self.hopae_loa, Unset):
            hopae_loa = UNSET
        else:
            hopae_loa = self.hopae_loa

        hopae_loa_label: None | str | Unset
        if isinstance(self.hopae_loa_label, Unset):
            hopae_loa_label = UNSET
        elif isinstance(self.hopae_loa_label, HopaeLoaLabel):
            hopae_loa_label = self.hopae_loa_label.value
        else:
            hopae_loa_label = self.hopae_loa_label

        links = self.links

        authorization_code: None | str | Unset
        if isinstance(self.authorization_code, Unset):
            authorization_code = UNSET
        else:
            authorization_code = self.authorization_code

        verified_attributes: dict[str, Any] | None | Unset
        if isinstance(self.verified_attributes, Unset):
            verified_attributes = UNSET
        elif isinstance(self.verified_attributes, VerificationMetadataVerifiedAttributesType0):
            verified_attributes = self.verified_attributes.to_dict()
        else:
            verified_attributes = self.verified_attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verificationId": verification_id,
                "status": status,
                "providerId": provider_id,
            }
        )
        if workflow_id is not UNSET:
            field_dict["workflowId"] = workflow_id
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id
        if flow_type is not UNSET:
            field_dict["flowType"] = flow_type
        if flow_details is not UNSET:
            field_dict["flowDetails"] = flow_details
        if action is not UNSET:
            field_dict["action"] = action
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if verified_at is not UNSET:
            field_dict["verifiedAt"] = verified_at
        if failed_at is not UNSET:
            field_dict["failedAt"] = failed_at
        if cancelled_at is not UNSET:
            field_dict["cancelledAt"] = cancelled_at
        if error is not UNSET:
            field_dict["error"] = error
        if acr is not UNSET:
            field_dict["acr"] = acr
        if hopae_loa is not UNSET:
            field_dict["hopae_loa"] = hopae_loa
        if hopae_loa_label is not UNSET:
            field_dict["hopae_loa_label"] = hopae_loa_label
        if links is not UNSET:
            field_dict["links"] = links
        if authorization_code is not UNSET:
            field_dict["authorizationCode"] = authorization_code
        if verified_attributes is not UNSET:
            field_dict["verifiedAttributes"] = verified_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415
        from ..models.flow_details import FlowDetails  # noqa: PLC0415
        from ..models.verification_action import VerificationAction  # noqa: PLC0415
        from ..models.verification_metadata_verified_attributes_type_0 import (
            VerificationMetadataVerifiedAttributesType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        verification_id = d.pop("verificationId")

        status = VerificationStatus(d.pop("status"))

        provider_id = d.pop("providerId")

        def _parse_workflow_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_id = _parse_workflow_id(d.pop("workflowId", UNSET))

        def _parse_reference_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_id = _parse_reference_id(d.pop("referenceId", UNSET))

        _flow_type = d.pop("flowType", UNSET)
        flow_type: FlowType | Unset
        if isinstance(_flow_type, Unset):
            flow_type = UNSET
        else:
            flow_type = FlowType(_flow_type)

        _flow_details = d.pop("flowDetails", UNSET)
        flow_details: FlowDetails | Unset
        if isinstance(_flow_details, Unset):
            flow_details = UNSET
        else:
            flow_details = FlowDetails.from_dict(_flow_details)

        _action = d.pop("action", UNSET)
        action: VerificationAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = VerificationAction.from_dict(_action)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        def _parse_verified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verified_at_type_0 = datetime.datetime.fromisoformat(data)

                return verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        verified_at = _parse_verified_at(d.pop("verifiedAt", UNSET))

        def _parse_failed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                failed_at_type_0 = datetime.datetime.fromisoformat(data)

                return failed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        failed_at = _parse_failed_at(d.pop("failedAt", UNSET))

        def _parse_cancelled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)

                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelledAt", UNSET))

        _error = d.pop("error", UNSET)
        error: ErrorInfo | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorInfo.from_dict(_error)

        def _parse_acr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        acr = _parse_acr(d.pop("acr", UNSET))

        def _parse_hopae_loa(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        hopae_loa = _parse_hopae_loa(d.pop("hopae_loa", UNSET))

        def _parse_hopae_loa_label(data: object) -> HopaeLoaLabel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hopae_loa_label_type_0 = HopaeLoaLabel(data)

                return hopae_loa_label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HopaeLoaLabel | None | Unset, data)

        hopae_loa_label = _parse_hopae_loa_label(d.pop("hopae_loa_label", UNSET))

        links = d.pop("links", UNSET)

        def _parse_authorization_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authorization_code = _parse_authorization_code(d.pop("authorizationCode", UNSET))

        def _parse_verified_attributes(data: object) -> None | Unset | VerificationMetadataVerifiedAttributesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                verified_attributes_type_0 = VerificationMetadataVerifiedAttributesType0.from_dict(data)

                return verified_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VerificationMetadataVerifiedAttributesType0, data)

        verified_attributes = _parse_verified_attributes(d.pop("verifiedAttributes", UNSET))

        verification_metadata = cls(
            verification_id=verification_id,
            status=status,
            provider_id=provider_id,
            workflow_id=workflow_id,
            reference_id=reference_id,
            flow_type=flow_type,
            flow_details=flow_details,
            action=action,
            created_at=created_at,
            expires_at=expires_at,
            verified_at=verified_at,
            failed_at=failed_at,
            cancelled_at=cancelled_at,
            error=error,
            acr=acr,
            hopae_loa=hopae_loa,
            hopae_loa_label=hopae_loa_label,
            links=links,
            authorization_code=authorization_code,
            verified_attributes=verified_attributes,
        )

        verification_metadata.additional_properties = d
        return verification_metadata

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
